"""References back to a named entity: its titles, the descriptions that reuse them, and pronouns.

- a title attached to a person ("FBI Director Kash Patel") lets a later definite description point back
  ("the director"), as an organisation's head noun does ("the association", "the ministry", "the bureau");
- a pronoun in an attribution frame ("Belta quoted him as telling Lukashenko", "it said") is resolved to
  the speaker, and no other pronoun is;
- a headline's bare name of a country's institution ("Congress proclaims Arroyo winner") is the body's name of it
  ("The Philippine Congress"), not the dictionary's reading of the bare word (names.py calls it before clustering).
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Span

from newsgraph.model import Mention
from newsgraph.understand.actors.clusters import SPEECH_VERBS, Draft, head_noun
from newsgraph.understand.actors.honorifics import honorific, office_premodifiers
from newsgraph.understand.actors.keys import fold
from newsgraph.understand.actors.titles import PERSON_NOUNS, appositive_title

_PERSON_PRONOUNS = frozenset({"he", "him", "she", "her"})
_PRONOUN_IDS = frozenset(get_string_id(w) for w in (*_PERSON_PRONOUNS, "it"))  # LOWER ids
_THE = get_string_id("the")
# Titles that say how a person relates to another, not what office they hold: used for the role, shown only when
# the text gives no proper title.
_RELATIONAL_TITLES = frozenset({"counterpart", "leader", "envoy", "official", "aide", "member"})


def attach_titles(draft: Draft) -> None:
    """Each person's title from the words around their names; its words are what a description reuses."""
    for c in draft.clusters.values():
        if c.kind != "person":
            continue
        found: list[tuple[int, int, str]] = []
        for n, m in enumerate(sorted(c.names, key=lambda m: m.start)):
            span = draft.doc.char_span(m.start, m.end)
            if span is None:
                continue
            pre = office_premodifiers(draft.index, span.start, draft.d)
            # An honorific ("Sheikh", "Mullah") is no office: the apposition's title is the person's, if any.
            office = None if honorific(pre.title) else pre.title
            title = office or appositive_title(span, draft.d) or pre.title
            if title:
                # A proper title ("President") beats a relational one ("his Iranian counterpart").
                rank = 1 if title.casefold() in _RELATIONAL_TITLES else 0
                found.append((rank, n, title))
        if found:
            c.title = min(found)[2]
        words = {w.casefold() for w in (c.title or "").split()}
        c.heads = frozenset(words)


def resolve_descriptions(draft: Draft) -> None:
    """"the director", "the ministry": the last one named before it whose head noun the description reuses."""
    for c in draft.clusters.values():
        if c.kind in ("organisation", "media") and not c.group:
            forms = [m.text for m in c.names] + (list(c.entry.names) if c.entry else [])
            c.heads = frozenset(h for h in (head_noun(f) for f in forms) if h.isalpha())
        elif c.kind == "person" and c.group:
            # "a Turkish truck driver ... The driver said": one person named by a common noun, pointed back at by it.
            c.heads = frozenset(w for w in (head_noun(m.text) for m in c.names) if w in PERSON_NOUNS)
        elif c.kind == "organisation" and c.group:
            # "the Sudanese government ... the government said", "Sri Lanka navy ... The navy sank": an institution
            # a description named before is the one "the" and its head noun point back at.
            c.heads = frozenset(h for h in (head_noun(m.text) for m in c.names) if h.isalpha() and _singular(draft, h))
    doc = draft.doc
    lower = draft.index.lower
    for i in [i for i, word in enumerate(lower[:-1]) if word == _THE]:
        det = doc[i]
        noun = doc[i + 1]
        if not noun.is_lower or not noun.is_alpha or draft.ent_at[i + 1] >= 0:
            continue
        after = doc[i + 2] if i + 2 < len(doc) else None
        # "the director who ..." or "the head of ..." picks out someone new, not the one named before.
        if after is not None and after.lower_ in ("of", "who", "that", "which", "whose"):
            continue
        word = noun.lower_
        key = _described(draft, word, det.idx)
        if key:
            draft.clusters[key].refs.append(Mention(doc[i : i + 2].text, det.idx, noun.idx + len(noun.text)))


def _singular(draft: Draft, word: str) -> bool:
    """An institution's head noun ("government", "navy", "cabinet"), not a plural group's ("rebels", "troops"):
    "the troops" may be any of the article's troops."""
    return draft.d.head_role([word]) is not None and not word.endswith("s") and word != "police"


def _described(draft: Draft, word: str, char: int) -> str:
    is_title = draft.d.title_role([word]) is not None
    best = ""
    for start, key in draft.timeline:
        if start >= char:
            break
        c = draft.clusters.get(key)
        if c is None or word not in c.heads:
            continue
        if c.kind == "person" and not is_title and not c.group:
            continue
        best = key
    return best


def resolve_pronouns(draft: Draft) -> None:
    """Resolve "he/him/she/her/it" only where the pronoun is the subject or object of an attribution verb.

    Heuristic: a person pronoun refers to the most recent person named before it who is not named in the same
    sentence after it (in "Belta quoted him as telling Lukashenko", Lukashenko is the other participant, so
    "him" is the person talked about before: Pezeshkian). "it" as speaker refers to the most recent
    organisation or news outlet named in this or the two sentences before. Other pronouns are left alone:
    a wrong speaker is worse than none.
    """
    doc = draft.doc
    for i in [i for i, lower in enumerate(draft.index.lower) if lower in _PRONOUN_IDS]:
        tok = doc[i]
        low = tok.lower_
        if tok.dep_ not in ("nsubj", "dobj", "nsubjpass") or tok.head.lemma_ not in SPEECH_VERBS:
            continue
        char = tok.idx
        sent = draft.sent_of(char)
        if low == "it":
            key = draft.most_recent(char, kinds=("organisation", "media"))
            if key and draft.sent_of(draft.last_mention_before(key, char)) < sent - 2:
                key = ""
        else:
            later = draft.keys_in_sentence_after(sent, char)
            candidates = [k for k, c in draft.clusters.items() if c.kind == "person" and k not in later]
            key = draft.most_recent(char, candidates) if candidates else ""
            if key and draft.last_mention_before(key, char) < 0:
                key = ""
        if key:
            draft.clusters[key].refs.append(Mention(tok.text, char, char + len(tok.text)))


def headline_short_forms(draft: Draft, pending: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """ "Congress proclaims Arroyo winner" over "The Philippine Congress proclaimed ...": a headline shortens the
    body's name of a country's institution to its head, and the dictionary's reading of the bare head (the U.S.
    Congress) is not the story's, nor has a bare "Health Ministry" any country. A headline name of an organisation
    (the dictionary's or the model's) joins the body's name that is a country's word followed by exactly that name,
    when the body never names it bare."""
    title = next((b for b in draft.article.blocks if b.kind == "title"), None)
    if title is None:
        return pending
    body = [(s, k) for s, k in pending if s.start_char >= title.end]
    out: list[tuple[Span, str]] = []
    for span, kind in pending:
        entry = draft.d.entries[kind[6:]] if kind.startswith("actor:") else None
        # A name the dictionary knows as an organisation, or one the model tagged so ("Health Ministry").
        named_body = kind == "org" or (entry is not None and entry.kind == "organisation")
        if span.start_char < title.end and named_body:
            bare = fold(span.text)
            longer = [
                s for s, k in body if k == "org" and fold(s.text).endswith(" " + bare)
                and draft.d.country_in(s.text[: -len(span.text)].split()) is not None
            ]
            if longer and not any(fold(s.text) == bare for s, _ in body):
                out.append((span, "org=" + longer[0].text))
                continue
        out.append((span, kind))
    return out
