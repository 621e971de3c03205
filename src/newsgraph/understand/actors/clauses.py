"""Clauses the parser read as one noun phrase or one name: a headline's verb glued to its subject and object, and
a gerund glued to its object.

A headline drops its articles and puts its verb in the present ("Police arrest militants", "Militants attack
checkpoint", "Taliban attack police station"), so the small model reads the verb as a noun modifying the object
and the whole clause as one noun phrase; the group stage then makes an actor of it, coded by its last noun. The
headline's verb is known from the body, which tells the same act with a verb of the same lemma ("Police arrested
three militants"): a headline word whose base form the body uses as a verb, written there in lower case, is the
verb, and the phrase stops before it. The same holds for a name the model tagged across the verb ("Seize Tanker
Off Somalia"), and for a headline word that is only the first word of a role phrase ("Riot" in "Riot police").
In the body, a gerund after a preposition takes the noun after it as its object ("accused Liberia of training
rebels"): the group is the object, not the act.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.symbols import ADP
from spacy.tokens import Span, Token

from newsgraph.parse.headline import event_verbs, present_stems
from newsgraph.understand.actors.clusters import BodyWords, Draft

_DASHES = frozenset({"-", "--", "—", "–"})
Chunk = tuple[int, int, int]  # start, end, label: as `chunks.noun_chunks` gives them


def _title_end(draft: Draft) -> int | None:
    title = next((b for b in draft.article.blocks if b.kind == "title"), None)
    return None if title is None else title.end


def _title_start(draft: Draft) -> int:
    return next((b.start for b in draft.article.blocks if b.kind == "title"), 0)


def _headline_verb(draft: Draft, i: int, evidence: BodyWords) -> bool:
    """Whether the headline's word `i` is its verb: the body uses its base form as a verb, never writes it as a
    name, and neither the dictionary nor the role tables know it as a name or an actor ("Guard", "Jihad")."""
    word = draft.index.folded[i]
    if not draft.doc[i].is_alpha or word in evidence.capital or (word,) in draft.d.descriptors:
        return False
    stems = (word, *present_stems(word))
    return any(s in evidence.verb_lemmas for s in stems) and draft.d.find(draft.doc[i].text) is None


def clause_chunks(draft: Draft, chunks: list[Chunk]) -> list[Chunk]:
    """The noun phrases of the article with a headline's verb cut out ("Police arrest militants": "Police" and
    "militants") and a gerund after a preposition cut off its object ("of training rebels": "rebels"). A subject
    the parse leaves headless is added to the draft as its group here (`_subject_group`)."""
    end_char = _title_end(draft)
    evidence = draft.body_words()
    out: list[Chunk] = []
    for chunk in chunks:
        start, end, label = _object_of_gerund(draft, chunk, evidence)
        if end_char is None or draft.doc[start].idx >= end_char:
            out.append((start, end, label))
            continue
        cut = _verb_in(draft, start, end, evidence)
        if cut is None:
            out.append((start, end, label))
            continue
        if cut > start and not _subject_group(draft, start, cut):
            out.append((start, cut, label))
        if end > cut + 1:
            out.append((cut + 1, end, label))
    return out


def _subject_group(draft: Draft, start: int, end: int) -> bool:
    """ "Thai police charge suspects": the subject's words hang on the verb the parser took for a noun, so a span
    of them has its first word for its root (or its head is in a name glued to the verb) and no group would be
    found; a role phrase ("Thai police", "Nepal Rebels") is added here as the group it is, headed by its last word. Whether it was added."""
    span, ent = draft.doc[start:end], draft.ent_at[end - 1]
    # "Nepal Rebels Call Strike": the model's name "Rebels Call" runs into the verb, and the group stage leaves a
    # head inside a name alone.
    glued = ent >= 0 and draft.ents[ent].end > end
    if not (glued or span.root.i != end - 1):
        return False
    if draft.d.head_role(draft.index.folded[start:end]) is None or _named(draft, span):
        return False
    draft.add_group(span, end - 1, "organisation")
    return True


def _verb_in(draft: Draft, start: int, end: int, evidence: BodyWords) -> int | None:
    """The headline verb inside a headline's noun phrase, where the words before it (if any) are an actor: a role
    phrase ("Thai police") or a name ("Taliban"). The phrase that opens the headline opens with its subject, and
    may end with the verb ("Police fire at crowd"); a later one may open with the verb ("Militants attack
    checkpoint") but ends with its own head noun ("killed by police fire"). A word that with the words after it
    forms a role phrase ("attack helicopters") is no verb."""
    folded = draft.index.folded
    opens = draft.doc[start].idx <= _title_start(draft)
    for i in range(start + 1 if opens else start, end if opens else end - 1):
        if not _headline_verb(draft, i, evidence) or tuple(folded[i:end]) in draft.d.descriptors:
            continue
        actor = i == start or draft.ent_at[i - 1] >= 0 or draft.d.head_role(folded[start:i]) is not None
        return i if actor else None
    return None


def _named(draft: Draft, span: Span) -> bool:
    """Whether the names stage made a name of these words already ("Hostage Takers" cut from the model's "Hostage
    Takers Set Deadline")."""
    return any(m.start == span.start_char and m.end == span.end_char for c in draft.clusters.values() for m in c.names)


def _object_of_gerund(draft: Draft, chunk: Chunk, evidence: BodyWords) -> Chunk:
    """ "accused Liberia of training rebels": a gerund right after a preposition is an act, and the noun after it
    its object; a role phrase that opens with the word ("ruling party", "peacekeeping troops") is left whole."""
    start, end, label = chunk
    doc, folded = draft.doc, draft.index.folded
    if end - start < 2 or start == 0 or doc[start - 1].pos != ADP or not _gerund(doc[start], evidence):
        return chunk
    if folded[start] in evidence.capital:
        return chunk  # "the leader of Shining Path rebels": a word the body writes as a name's is no act
    if any(tuple(folded[start : start + n]) in draft.d.descriptors for n in range(2, end - start + 1)):
        return chunk
    return start + 1, end, label


def _gerund(word: Token, evidence: BodyWords) -> bool:
    """The tagger's gerund, or a word in "-ing" it took for a noun ("training", "Starving" in a headline) whose
    base form is a verb of the event dictionary or one the body uses."""
    if word.tag_ == "VBG":
        return True
    low = word.lower_
    if not (low.endswith("ing") and len(low) > 5) or not (word.is_lower or word.is_title):
        return False
    base = low[:-3]
    stems = {base, base + "e", base[:-1] if base[-1] == base[-2] else base}
    return bool(stems & (event_verbs() | evidence.verb_lemmas))


def clause_names(
    draft: Draft, pending: list[tuple[Span, str]], classify: Callable[[Span], str]
) -> list[tuple[Span, str]]:
    """The names less the clauses and fragments the model tagged as names: a headline name that opens with the
    headline's verb ("Seize Tanker Off Somalia") keeps only the words after it that the body writes as a name
    ("Somalia", classified anew by `classify`); a word capitalised only by a headline or a sentence's start that
    opens a role phrase ("Riot" in "Riot police") is no name, the group stage finds the phrase."""
    end_char = _title_end(draft)
    evidence = draft.body_words()
    out: list[tuple[Span, str]] = []
    for span, kind in pending:
        if kind not in ("person", "org") or draft.d.find(span.text) is not None:
            out.append((span, kind))
        elif _opens_role_phrase(draft, span, end_char):
            continue
        elif end_char is None or span.start_char >= end_char:
            out.append((span, kind))
        elif _headline_verb(draft, span.start, evidence) and span.start_char > _title_start(draft):
            rest = _after_verb(draft, span, evidence)
            if rest is not None:
                out.append((rest, classify(rest)))
        else:
            out.append((span, kind))
    return out


def _opens_role_phrase(draft: Draft, span: Span, end_char: int | None) -> bool:
    """ "Riot police fire tear gas", "Riot police fired ...": a name in a headline or opening a sentence (or a
    lead, after its dateline's dash) that forms a role phrase the tables list with the words after it."""
    first = draft.doc[span.start]
    at_start = first.is_sent_start or (span.start > 0 and draft.doc[span.start - 1].text in _DASHES)
    if not (at_start or (end_char is not None and span.start_char < end_char)):
        return False
    folded = draft.index.folded
    longest = min(draft.d.descriptor_max, len(folded) - span.start)
    return any(
        tuple(folded[span.start : span.start + n]) in draft.d.descriptors for n in range(len(span) + 1, longest + 1)
    )


def _after_verb(draft: Draft, span: Span, evidence: BodyWords) -> Span | None:
    """The words of a name after its leading verb, from the first one the body writes capitalised or the
    dictionary knows ("Somalia" of "Seize Tanker Off Somalia"); None when there is none."""
    for i in range(span.start + 1, span.end):
        word = draft.doc[i]
        if word.is_alpha and (draft.index.folded[i] in evidence.capital or draft.d.find(word.text) is not None):
            return draft.doc[i : span.end]
    return None
