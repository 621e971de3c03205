"""One act told twice in a clause is one event: a verb and the gerund beside it, a protest and its purpose
clause, a passive head and the participle that names its doer."""

from __future__ import annotations

from dataclasses import replace

from newsgraph.understand.events.clauses import adjunct_verb
from newsgraph.understand.events.match import TokenTable
from newsgraph.understand.events.nominal import Frame
from newsgraph.understand.events.voice import passive_participle

_FORCE_ROOTS = frozenset({"18", "19", "20"})


def one_attack(table: TokenTable, frames: list[Frame]) -> list[Frame]:
    """ "Rebels kill 12 soldiers after ambushing convoy": force told by a verb and by a gerund
    beside it (`adjunct_verb`), by the same doer, is one attack, coded once by the main verb,
    unless only the gerund says whom it hit; a toll (", killing 15") is read by `_toll_of`."""
    by_trigger = {f.match.trigger.i: f for f in frames}
    out: list[Frame] = []
    for f in frames:
        beside = adjunct_verb(table, f.match.trigger.i)
        toll = beside is None and _toll_clause(table, f.match.trigger.i)
        if toll:
            beside = table.head[f.match.trigger.i]
        main = by_trigger.get(beside) if beside is not None else None
        if (
            main is not None
            and main is not f
            and f.code[:2] in _FORCE_ROOTS
            and main.code[:2] in _FORCE_ROOTS
            and {s.code for s in f.sources} == {s.code for s in main.sources}
        ):
            kept = _toll_of(main, f) if toll else None if main.targets or not f.targets else f
            if kept is not None:  # an adjunct gerund stays only where it alone names whom it hit
                out.append(kept)  # ("broke a truce by bombing rebel positions")
            continue
        out.append(f)
    return out


# Verbs of a toll: ", killing 15" after an attack counts its dead, it tells no second attack.
_TOLL = frozenset({"kill", "wound", "injure", "maim"})


def _toll_clause(table: TokenTable, i: int) -> bool:
    """ "blew himself up among police recruits, killing 15": a gerund clause of killing or wounding
    hung on a verb is the result of that verb's act, as the toll of a bombing is the bombing's."""
    return (
        table.dep[i] == "advcl"
        and table.tag[i] == "VBG"
        and table.lemma[i] in _TOLL
        and table.pos[table.head[i]] in ("VERB", "AUX")
    )


def _toll_of(main: Frame, toll: Frame) -> Frame | None:
    """The toll of an attack by the same doer: when only the toll says whom the attack hit, the
    attack's own code aimed there (a bombing's dead were bombed, not shot); after a bombing that
    names whom it hit, nothing more when the dead are of the same side. A toll of other victims
    ("attacked a British patrol, killing two Iraqi policemen"), or after another act ("fired mortar
    bombs at an army post, wounding two soldiers"), stays an event of its own."""
    if not main.targets:
        return replace(toll, code=main.code) if toll.targets else None
    hit = {t.code[:3] for t in main.targets}
    if main.code[:3] == "183" and {t.code[:3] for t in toll.targets} <= hit:
        return None
    return toll


def one_protest(table: TokenTable, frames: list[Frame]) -> list[Frame]:
    """ "Thousands marched in Ramallah to protest against the barrier": a protest told by a verb and by its
    purpose clause is one protest, by the same people. It is coded once: by the purpose clause when that names
    what it is against (the main verb's "target" is often only where the march went), else by the main verb."""
    by_trigger = {f.match.trigger.i: f for f in frames}
    dropped: set[int] = set()
    for f in frames:
        i = f.match.trigger.i
        main = by_trigger.get(table.head[i])
        if (
            main is None
            or main is f
            or table.dep[i] not in ("advcl", "xcomp")
            or f.code[:2] != "14"
            or main.code[:2] != "14"
            or {s.code for s in f.sources} != {s.code for s in main.sources}
        ):
            continue
        dropped.add(main.match.trigger.i if f.targets else i)
    return [f for f in frames if f.match.trigger.i not in dropped]


def agents_told_after(table: TokenTable, frames: list[Frame]) -> list[Frame]:
    """ "Two oil workers were abducted on Monday, seized by gunmen": a participle with a "by" agent
    that repeats its head's act names that act's doer. One event, the head's, with the agent."""
    by_trigger = {f.match.trigger.i: f for f in frames}
    dropped: set[int] = set()
    doers: dict[int, Frame] = {}
    for f in frames:
        i = f.match.trigger.i
        main = by_trigger.get(table.head[i])
        if main is None or main is f or not passive_participle(table, i) or f.code[:2] != main.code[:2]:
            continue
        dropped.add(i)
        if not any(s.name or s.code for s in main.sources):  # the head's doer was unknown
            doers[main.match.trigger.i] = replace(main, sources=f.sources)
    return [doers.get(f.match.trigger.i, f) for f in frames if f.match.trigger.i not in dropped]
