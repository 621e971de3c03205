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
    unless only the gerund says whom it hit."""
    by_trigger = {f.match.trigger.i: f for f in frames}
    out: list[Frame] = []
    for f in frames:
        beside = adjunct_verb(table, f.match.trigger.i)
        main = by_trigger.get(beside) if beside is not None else None
        if (
            main is not None
            and main is not f
            and f.code[:2] in _FORCE_ROOTS
            and main.code[:2] in _FORCE_ROOTS
            and {s.code for s in f.sources} == {s.code for s in main.sources}
            and (main.targets or not f.targets)  # "broke a truce by bombing rebel positions"
        ):
            continue
        out.append(f)
    return out


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
