"""The noun phrases the group step reads: spaCy's noun chunks with the phrases it drops.

A group phrase is found by its head noun and the modifiers that hang off it. spaCy's `doc.noun_chunks` loses some
of wire copy's: a possessor inside its owner's chunk ("the government's decision"), a lead's subject that hangs its
dateline off itself, and a head whose hyphenated adjective the parser reads as a preposition ("an off-duty
policeman": "off" a modifier, "duty" its object), which leaves the head without its determiner, so that nothing
picks out one person.
"""

from __future__ import annotations

from spacy.lang.en.syntax_iterators import noun_chunks as english_noun_chunks
from spacy.strings import get_string_id
from spacy.symbols import NOUN, PRON, PROPN
from spacy.tokens import Doc, Span, Token

from newsgraph.understand.docview import DocIndex

DASHES = frozenset({"-", "--", "—", "–"})
_NP_HEADS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "conj", "appos", "dative", "ROOT"})
_NP_HEAD_IDS = frozenset(get_string_id(d) for d in _NP_HEADS)
_NOUN_POS = frozenset({NOUN, PROPN})
_POSS = get_string_id("poss")
_COMPOUND = get_string_id("compound")
_NP_MODIFIERS = frozenset({"det", "amod", "compound", "nummod", "poss", "case", "quantmod", "advmod", "cc", "conj"})
# spaCy's English noun chunks (spacy/lang/en/syntax_iterators.py): a noun or pronoun in one of these relations, or
# the conjunct of one, from its left edge, when no chunk already reached that far.
_CHUNK_POS = frozenset({NOUN, PROPN, PRON})
_CHUNK_DEPS = frozenset(
    get_string_id(d) for d in ("oprd", "nsubj", "dobj", "nsubjpass", "pcomp", "pobj", "dative", "appos", "attr", "ROOT")
)
_CONJ = get_string_id("conj")
# Relations the parser gives the parts of one hyphenated adjective ("off-duty", "on-duty", "in-house"): a
# preposition and its object, which inside a noun phrase are no phrase of their own when a hyphen joins them.
_HYPHENED_PARTS = frozenset({"nmod", "prep", "pobj"})


def noun_chunks(index: DocIndex) -> list[tuple[int, int, int]]:
    """`doc.noun_chunks` as (start, end, label), read once per article, with the noun phrases it drops.

    spaCy drops a possessor inside its owner's chunk, and a phrase whose left edge overlaps an earlier chunk: a
    wire lead's subject hangs its dateline off itself ("ISLAMABAD (Reuters) - Pakistani security forces killed
    ..."), so the lead's first actor would be lost; "an off-duty policeman" leaves "policeman" after a chunk
    "-duty". Such a head gets a chunk of its own, from its nearest modifiers only."""
    doc = index.doc
    chunks = base_chunks(index)
    covered = {i for start, end, _ in chunks for i in range(start, end)}
    label = doc.vocab.strings.add("NP")
    pos, dep = index.pos, index.dep
    for i in range(len(doc)):
        # A common noun's possessor heads a phrase of its own: "the government" in "the government's decision".
        owner = dep[i] == _POSS and pos[i] == NOUN
        # A subject the parser glued to its verb as the verb's compound ("A Palestinian sniper shot dead ...",
        # read as a noun "sniper shot") is still a phrase: the verb's tag says it is none of its modifiers.
        glued = dep[i] == _COMPOUND and pos[i] in _NOUN_POS and glued_subject(doc[i])
        if (i in covered and not (owner or glued)) or pos[i] not in _NOUN_POS or (
            dep[i] not in _NP_HEAD_IDS and not (owner or glued)
        ):
            continue
        tok = doc[i]  # a Token only for the heads that make a phrase: this runs over every word
        start = i
        # The glued subject's own modifiers hang off the verb the parser took for its head ("A Palestinian").
        owners = (tok, tok.head) if glued else (tok,)
        while start > 0 and any(_modifies(doc[start - 1], o) for o in owners):
            start -= 1
        if glued:  # spaCy's chunk of the glued noun alone ("sniper") gives way to the whole phrase
            chunks = [c for c in chunks if c[:2] != (i, i + 1)]
        chunks.append((start, tok.i + 1, label))
    chunks.sort()
    return [(_after_dash(doc, start, end), end, label) for start, end, label in chunks]


def base_chunks(index: DocIndex) -> list[tuple[int, int, int]]:
    """`doc.noun_chunks` as (start, end, label). For English, spaCy's own rule read off the index's arrays: spaCy's
    iterator makes a Token of every word and of every noun's left edge; this makes one for the nouns it keeps."""
    doc = index.doc
    if getattr(doc, "noun_chunks_iterator", None) is not english_noun_chunks:  # a Cython attribute the stubs lack
        return [(chunk.start, chunk.end, chunk.label) for chunk in doc.noun_chunks]
    pos, dep, head = index.pos, index.dep, index.head
    label = doc.vocab.strings.add("NP")
    chunks = []
    prev_end = -1  # the last chunk's head: a chunk whose left edge reaches it would nest
    for i, (p, d) in enumerate(zip(pos, dep, strict=True)):
        if p not in _CHUNK_POS:
            continue
        if d not in _CHUNK_DEPS:
            if d != _CONJ:
                continue
            h = head[i]  # a conjunct is a chunk when the first of its conjuncts is one
            while dep[h] == _CONJ and head[h] < h:
                h = head[h]
            if dep[h] not in _CHUNK_DEPS:
                continue
        left = doc[i].left_edge.i
        if left > prev_end:
            prev_end = i
            chunks.append((left, i + 1, label))
    return chunks


def _after_dash(doc: Doc, start: int, end: int) -> int:
    """Where a chunk starts once a spaced dash inside it is cut off: an AG-style lead with no dateline ("Reuters -
    Gunmen killed ...") hangs the agency off its subject, and the agency's country is not the gunmen's. A hyphen
    ("U.S.-led") has no spaces and stays."""
    for k in range(end - 2, start - 1, -1):
        if doc[k].text in DASHES and doc[k].whitespace_ and k > 0 and doc[k - 1].whitespace_:
            return k + 1
    return start


def _modifies(prev: Token, head: Token) -> bool:
    """Whether `prev` is a modifier inside `head`'s own phrase: "Pakistani", "security", "U.S.-", "the",
    "off-duty"."""
    x = prev
    while x.i != head.i:
        hyphen = x.dep_ == "punct" and x.text == "-" and not x.whitespace_
        part = x.dep_ in _HYPHENED_PARTS and _hyphened(x)
        if not (x.dep_ in _NP_MODIFIERS or hyphen or part) or x.head.i == x.i:
            return False
        x = x.head
    return True


def _hyphened(tok: Token) -> bool:
    """Whether an unspaced hyphen joins `tok` to a neighbour: one part of a hyphenated word."""
    doc = tok.doc
    after = tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and not (tok.whitespace_ or doc[tok.i + 1].whitespace_)
    before = tok.i > 1 and doc[tok.i - 1].text == "-" and not (doc[tok.i - 1].whitespace_ or doc[tok.i - 2].whitespace_)
    return after or before


def glued_subject(tok: Token) -> bool:
    """Whether `tok` is a subject the parser glued to the verb right after it as that verb's compound ("A Palestinian
    sniper shot dead ...": "sniper" a compound of "shot")."""
    return tok.dep_ == "compound" and tok.head.i == tok.i + 1 and tok.head.tag_.startswith("VB")


def phrase_head(chunk: Span) -> Token:
    """The head noun of a group's phrase: its root, or its last word when that is a subject glued to its verb (the
    parser then hangs "A" and "Palestinian" off the verb, and spaCy's root of the phrase would be "A")."""
    last = chunk[-1]
    return last if glued_subject(last) else chunk.root
