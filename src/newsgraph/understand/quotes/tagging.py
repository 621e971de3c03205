"""Cue verbs the tagger takes for nouns while the parser reads them as verbs, and clause verbs taken for adjectives.

"Republicans in the House hope the governor will sign the bill": after a name ("the House hope") the
small tagger reads a bare cue verb that is also a noun ("hope", "fear", "plan", "doubt") as a noun, though
the parse gives it what only a verb has: a subject and a clause of its own. The stage read the word as a
noun cue, found no noun frame, and reported nothing; the same sentence with "Congress" reads as a verb.
Fused with a place before it ("in the Senate hope to ..."), the cue is read as the object of "in". And the verb
of a reported clause that is also an adjective ("the shutdown could last weeks") is read as a modifier of the noun
after it, leaving the cue with no clause. A quantity of people opening the sentence ("Some worry that ...") is
read as the article of the verb after it, leaving the verb with no subject. After a subject with an apposition
set off by commas ("The clerk, Maria Hollis, confessed ..."), the sentence's verb is read as a participle of it.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.understand.quotes.frame import Frame
from newsgraph.understand.quotes.lexicon import QuoteCues
from newsgraph.understand.quotes.tokens import trim

_CLAUSES = frozenset({"ccomp", "xcomp"})


def verb_read_as_noun(tok: Token, cues: QuoteCues) -> bool:
    """`tok` is tagged a noun but is a present-tense cue verb ("hope", "fears") heading a clause: the parse
    gives it a subject before it and a clause or to-clause after it, and nothing a noun takes (no article,
    possessor or adjective)."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("ROOT", "ccomp", "conj"):
        return False
    word = tok.lower_
    if word not in cues.verbs and not (word.endswith("s") and word[:-1] in cues.verbs):
        return False
    children = list(tok.children)
    if any(c.dep_ in ("det", "poss", "amod", "nummod") for c in children):
        return False
    subject = any(c.dep_ == "nsubj" and c.i < tok.i for c in children)
    return subject and any(c.dep_ in _CLAUSES and c.i > tok.i and c.pos_ in ("VERB", "AUX") for c in children)


# Who can stand before "in the Senate" as the subject of a belief or plan: a quantity of people ("Some in the
# party", "Many on Capitol Hill"), a name, a pronoun or a noun for people (`holder_nouns`).
_QUANTITIES = frozenset({"some", "many", "most", "others", "those", "few", "several", "all", "both"})


def cue_read_as_object(tok: Token, cues: QuoteCues) -> Frame | None:
    """ "Some Democrats in the Senate hope to pass the bill", "Some in the party hope the polls will recover":
    the tagger fuses the place with the cue ("the Senate hope") and the parser makes the cue the object of
    "in", so the sentence has no verb before it. When the cue is a present-tense verb cue with nothing finite
    before it, the one "in" the place (a holder) is the source and the clause or to-clause after the cue the
    content."""
    cue = cues.verbs.get(tok.lower_) or (cues.verbs.get(tok.lower_[:-1]) if tok.lower_.endswith("s") else None)
    prep = tok.head
    if cue is None or tok.pos_ != "NOUN" or tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i > prep.i:
        return None
    holder = prep.head
    if not _can_hold(holder, cues) or any(t.tag_ in _FINITE for t in tok.doc[tok.sent.start : tok.i]):
        return None
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < tok.sent.end else None
    infinitive = nxt is not None and nxt.lower_ == "to" and "infinitive" in cue.content
    if nxt is None or not (infinitive or ("clause" in cue.content and _opens_clause(nxt, tok))):
        return None
    start, end = trim(doc, tok.i + 1, tok.sent.end)
    if end <= start:
        return None
    return Frame(tok, cue.lemma, cue.kind, tok.text, (holder.left_edge.i, tok.i), holder, [(start, end)])


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _can_hold(tok: Token, cues: QuoteCues) -> bool:
    if tok.pos_ in ("PROPN", "PRON") or tok.lower_ in _QUANTITIES:
        return True
    return tok.lemma_.lower() in cues.holder_nouns or tok.ent_type_ in ("PERSON", "NORP", "ORG")


def _opens_clause(first: Token, cue: Token) -> bool:
    """The words after the cue open a clause of their own: "that", or the left edge of a verb's subject."""
    if first.lower_ == "that":
        return True
    return any(
        t.dep_ in ("nsubj", "nsubjpass") and t.left_edge.i == first.i and t.head.pos_ in ("VERB", "AUX")
        for t in first.doc[first.i : cue.sent.end]
    )


def clause_read_as_modifier(verb: Token) -> list[tuple[int, int]]:
    """ "warned that the shutdown could last weeks": the parser reads the clause's verb ("last") as an adjective
    of the noun after it ("last weeks") and hangs that noun on the cue, though the "adjective" has a subject
    and a modal of its own, as only a verb does. The clause is the content: from its left edge to the noun's
    end."""
    for noun in verb.children:
        if noun.i < verb.i or noun.dep_ not in ("npadvmod", "dobj"):
            continue
        for word in noun.children:
            children = list(word.children)
            own = any(c.dep_ == "nsubj" for c in children) and any(c.dep_ == "aux" and c.tag_ == "MD" for c in children)
            if word.dep_ == "amod" and word.i < noun.i and own:
                return [(word.left_edge.i, noun.right_edge.i + 1)]
    return []


def quantity_as_article(verb: Token) -> Token | None:
    """ "Some worry that the party is divided": the parser reads a quantity of people opening the sentence as the
    article of the present-tense verb after it ("some worry", a noun phrase), and the verb has no subject. The
    quantity is the subject."""
    if verb.tag_ != "VBP" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    det = verb.doc[verb.i - 1] if verb.i > 0 else None
    if det is None or det.dep_ != "det" or det.head.i != verb.i or det.lower_ not in _QUANTITIES:
        return None
    return det


def verb_read_as_participle(verb: Token) -> bool:
    """ "The clerk, Maria Hollis, confessed to taking the keys", "Acme's parent, Beta Holdings, announced that
    ...": after a subject with an apposition set off by commas, the small parser reads the sentence's only verb
    as a participle modifying the subject, and the subject as the root of a verbless sentence. A past form right
    after the closing comma, hung on the root noun, is that sentence's verb, and the noun its subject."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or head.dep_ != "ROOT":
        return False
    return head.pos_ in ("NOUN", "PROPN") and verb.i > 0 and verb.doc[verb.i - 1].text == ","
