"""Event nouns the tagger misreads: a capitalised one opening the body as a proper name, a plural subject as a verb.

Below a headline the small model often tags a capitalised plural that opens the body as a proper
noun: "Talks between Thabo Mbeki and Robert Mugabe ended ...", "Negotiations between Sudan and the
rebels resumed ..." come back as PROPN/NNPS with the capitalised form as lemma, so the nominal
event ("talks between" X and Y: 040 both ways) is never looked up. A word the codebook lists as an
event noun, outside any named entity and not followed by more of a name ("Sanctions Committee"),
is the common noun it is spelt as.

After "said on Monday that" it tags the plural subject as a verb ("that talks/VBZ between Putin and
Chirac were useful"); a finite verb is never a clause's subject, so an event noun the parser makes
one is that noun.
"""

from __future__ import annotations

from collections.abc import Collection

from newsgraph.understand.events.tree import TokenTable

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def misread_nouns(table: TokenTable, nouns: Collection[str]) -> TokenTable:
    """Give each event noun the tagger took for a name or a verb its noun tag and lemma, in place."""
    pos, tokens = table.pos, table.tokens
    for i, p in enumerate(pos):
        if p == "PROPN":
            misread = not table.entity_type[i] and _opens(table, i) and not (i + 1 < len(pos) and pos[i + 1] == "PROPN")
        else:
            misread = p == "VERB" and table.tag[i] == "VBZ" and table.dep[i] in _SUBJECTS
        lemma = _singular(tokens[i].lower_, nouns) if misread else None
        if lemma is not None:
            pos[i], table.lemma[i] = "NOUN", lemma
            table.tag[i] = "NN" if lemma == tokens[i].lower_ else "NNS"
    return table


def _opens(table: TokenTable, i: int) -> bool:
    """Whether token `i` is the first word of its sentence or of a block (after a line break)."""
    return i == 0 or bool(table.tokens[i].is_sent_start) or table.pos[i - 1] == "SPACE"


def _singular(word: str, nouns: Collection[str]) -> str | None:
    """The codebook noun `word` is, as spelt or as a regular plural ("talks", "clashes", "parties")."""
    forms = [word]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    return next((f for f in forms if f in nouns), None)
