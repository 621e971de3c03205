"""What an article teaches the event coder about its actors before any clause is coded: the
names it introduces with a nationality ("Iranian President Masoud Pezeshkian" makes a later
"Pezeshkian" IRNGOV) and its home country (the dateline's, else the one its words name most)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from newsgraph.model import Entity
from newsgraph.understand.actors.sites import (
    asked_for,
    elsewhere,
    foreign_trade,
    foreigner_taken,
    headline_done_to,
)
from newsgraph.understand.events.actors import ActorContext, country_in, name_tokens, phrase_country, role_in

# Titles that, placed before a name, make the person a state actor of the nationality beside it.
_GOV_TITLES = frozenset({
    "president", "minister", "premier", "chancellor", "king", "queen", "leader", "counterpart",
    "ambassador", "envoy", "spokesman", "spokeswoman", "emir", "prince", "sultan", "secretary", "governor",
    "diplomat", "official"
})  # fmt: skip


def learn_names(ctx: ActorContext) -> None:
    """Remember names the article introduces with a nationality: "Iranian President Masoud Pezeshkian"."""
    table = ctx.table
    pos, dep, heads = table.pos, table.dep, table.head
    for i in [i for i, p in enumerate(pos) if p == "PROPN"]:
        if dep[i] == "compound" and pos[heads[i]] == "PROPN":
            continue
        words = name_tokens(ctx, table.tokens[i])
        if len(words) == 1 and not any(dep[c] == "appos" for c in table.children[i]):
            # A bare name ("Iran", "Pezeshkian") names no nationality for another word of it.
            continue
        country = country_in(ctx, [w for w in words if pos[w.i] != "PROPN" or ctx.token_code(w)])
        if not country:
            # Apposition: "Lukashenko, a close ally of ..." names no country; "Putin, the Russian
            # leader," does.
            for app in (table.tokens[c] for c in table.children[i] if dep[c] == "appos"):
                country = phrase_country(ctx, app)
                if country:
                    words = words + name_tokens(ctx, app)
                    break
        if not country or country.startswith("IGO"):
            continue
        titled = any(table.lemma[w.i] in _GOV_TITLES for w in words)
        role = role_in(ctx, [w for w in words if pos[w.i] != "PROPN"]) or ("GOV" if titled else "")
        propn = [w for w in words if pos[w.i] == "PROPN" and not ctx.token_code(w)]
        if not propn:
            continue
        code = country + role
        full = " ".join(w.text for w in propn)
        ctx.names.setdefault(full, code)
        ctx.names.setdefault(propn[-1].text, code)


def _sets_home(ctx: ActorContext, ent: Entity) -> bool:
    """Whether an entity tells where the story happens: not a mission abroad ("the British consulate"
    stands in another country). A nationality on people counts ("Indonesian students rallied outside
    parliament" is an Indonesian story), though foreigners in a story ("Chinese workers") count too;
    hostages, reporters and aid workers only when they act ("French journalists protested"), not when
    they are taken or held ("held two French journalists hostage": they are abroad)."""
    words = ent.name.lower().split()
    head = words[-1] if words else ""
    if head in _ABROAD or _named_outlet(ctx, ent, head):
        return False
    # A named person's trade is their title ("Giuliana Sgrena, an Italian journalist").
    if ent.mentions and all(_taken(ctx, m.start) for m in ent.mentions):
        return False  # "militants holding a Japanese man": a captive of any trade is abroad
    title = (ent.title or "").lower().split()
    if {head, *title[-1:]} & _CAPTIVES or any(_held_title(ctx, m.start) for m in ent.mentions):
        return False  # "British hostage Kenneth Bigley appealed to his captors": a hostage who speaks is still held
    foreigner = foreign_trade(words) or foreign_trade(title)
    return not foreigner or any(_acts(ctx, m.start) for m in ent.mentions)


_CAPTIVES = frozenset({"hostage", "hostages", "captive", "captives", "abductee", "abductees"})


def _held_title(ctx: ActorContext, start: int) -> bool:
    """Whether the name at `start` is titled as a captive ("British hostage Kenneth Bigley")."""
    i = bisect_left(ctx.table.start, start)
    return 0 < i <= len(ctx.table.start) and ctx.table.lemma[i - 1] in _CAPTIVES


def _named_outlet(ctx: ActorContext, ent: Entity, head: str) -> bool:
    """ "..., Al-Jazeera television reported": a broadcaster known by its name reports stories from anywhere; a
    nationality in front ("Iraqi state television") still says where its story is."""
    outlet = ent.kind == "media" or (ent.role == "MED" and head in ctx.codebook.classes.get("outlet", ()))
    return outlet and not ctx.word_code(ent.name.split(" ", 1)[0])


def _inside_another(start: int, end: int, country: str, spans: set[tuple[int, int, str]]) -> bool:
    """Whether another mention of the same country covers [start, end)."""
    return any(s <= start and end <= e and (s, e) != (start, end) and c == country for s, e, c in spans)


def _acts(ctx: ActorContext, start: int) -> bool:
    """Whether the phrase at `start` is the subject of a verb."""
    table = ctx.table
    i = bisect_left(table.start, start)
    while i < len(table.start) and table.dep[i] not in ("nsubj", "nsubjpass") and table.head[i] > i:
        i = table.head[i]  # from the phrase's first word up to its head
    return i < len(table.start) and table.dep[i] == "nsubj" and not headline_done_to(table.tokens[table.head[i]])


def _taken(ctx: ActorContext, start: int) -> bool:
    """Whether the phrase at `start` names people taken or freed (sites.foreigner_taken on its head word)."""
    table = ctx.table
    i = bisect_left(table.start, start)
    while i < len(table.start) and table.dep[i] in ("compound", "amod", "det", "nummod") and table.head[i] > i:
        i = table.head[i]
    return i < len(table.start) and foreigner_taken(table.tokens[i])


# Bodies and people that represent a country in another one.
_ABROAD = frozenset(
    {"embassy", "embassies", "consulate", "consulates", "ambassador", "ambassadors", "envoy", "envoys"}
    | {"counterpart", "counterparts"}  # "met his Chinese counterpart": the other side, not the story's
)


def learn_home(ctx: ActorContext, entities: Iterable[Entity], dateline: str | None) -> None:
    """The article's main country: the dateline's, else the one its words name most often.

    A "President X" or "the prime minister" with no nationality in an article about one
    country is that country's office holder far more often than not; wire copy names the
    nationality only when it is not the obvious one."""
    # "BAQUBA, Iraq": a town the dictionary does not know is placed by the country after it.
    for line in (dateline, dateline.rsplit(",", 1)[-1].strip()) if dateline else ():
        code = ctx.word_code(line)
        if code and not code.startswith("IGO"):
            ctx.home, ctx.home_from_dateline = code[:3], True
            town = dateline.rsplit(",", 1)[0].strip().title() if dateline and line != dateline else ""
            if town and not ctx.word_code(town):
                ctx.names.setdefault(town, ctx.home)  # and "Samarra" in the lead is that town, in Iraq
            return
    counts: dict[str, int] = {}
    spans = {(m.start, m.end, e.country) for e in entities if e.country for m in e.mentions}
    for ent in entities:
        if ent.country and _sets_home(ctx, ent):
            # The country a kidnapper's demand or a condition is aimed at ("demanded that France lift its ban")
            # stands outside the story, as the actor stage's home country has it. A name inside another mention
            # of its country ("U.S." in "U.S. warplanes") is that mention, counted once.
            # A venue of talks ("held talks with rebel leaders in Asmara") is where parties from elsewhere meet.
            told = [
                m
                for m in ent.mentions
                if not elsewhere(ctx.doc.char_span(m.start, m.end, "expand"))
                and not _inside_another(m.start, m.end, ent.country, spans)
            ]
            if told:
                counts[ent.country] = counts.get(ent.country, 0) + len(told)
    if not counts:
        # A named country sets the scene, and so does a nationality in a title ("Kenyan President"); one on a
        # common noun describes that noun ("burned a French flag", "Chinese workers").
        for tok, pos in zip(ctx.table.tokens, ctx.table.pos, strict=True):
            if tok.is_title and not asked_for(ctx.doc[tok.i : tok.i + 1]) and not foreigner_taken(tok) and (
                pos == "PROPN" or (pos == "ADJ" and tok.head.is_title and tok.head.i != tok.i)
            ):
                code = ctx.token_code(tok)
                if code and not code.startswith("IGO"):
                    counts[code[:3]] = counts.get(code[:3], 0) + 1
    if counts:
        ctx.home = max(sorted(counts), key=lambda c: counts[c])
