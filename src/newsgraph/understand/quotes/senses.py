"""Objects that give a verb of attitude another sense, so that it tells no one's attitude.

A verb of feeling or belief with a thing as its object ("values the company's cash flow", "recognized the
problem") attributes an attitude toward the thing. Two of them also name an act that has nothing to do with
one's view of the thing, told apart by the object and what follows it:

- "value" with a sum or a number after "at" ("valued the stake at $2 billion") puts a price on the thing;
- "recognize" with a state's standing for object ("recognized the independence of Kosovo", "the state
  recognizes same-sex marriages") grants it in law, an act of state (CAMEO's diplomatic recognition), not a fact
  owned to;
- "ignore" or "disregard" with a rule, an order or a pact for object ("ignored the ceasefire", "disregarded the
  court's ruling", "ignored the curfew") tells of defying it, as "respected the ceasefire" tells of keeping
  to it (the reason "respect" is no cue): an act, not a view of the thing.
"""

from __future__ import annotations

from spacy.tokens import Token

# A standing a state or a court grants: what "recognize" grants rather than owns to.
_STANDING = frozenset({"independence", "sovereignty", "statehood", "annexation", "marriage", "union"})
_AMOUNTS = frozenset({"MONEY", "CARDINAL", "PERCENT", "QUANTITY"})
# What one keeps to or defies: "ignoring" one of these is defiance, not an attitude toward it. Not a warning, an
# advice or a call: what one is told, and ignoring it is a view of it ("ignored repeated warnings about the levees").
_BINDING = frozenset({
    "ceasefire", "cease-fire", "truce", "resolution", "ruling", "order", "law", "curfew", "ban", "embargo",
    "deadline", "ultimatum", "summons", "subpoena", "agreement", "accord", "deal", "treaty", "sanction", "rule",
    "injunction", "verdict", "instruction",
})


def other_sense(obj: Token) -> bool:
    """The object (or a passive subject) `obj` makes its verb one of pricing or granting, not of attitude."""
    verb = obj.head
    lemma = verb.lemma_.lower()
    if lemma == "value":
        return any(_priced_at(prep) for prep in (*verb.children, *obj.children))
    if lemma in ("recognize", "recognise"):
        return obj.lemma_.lower() in _STANDING
    if lemma in ("ignore", "disregard"):
        return obj.lemma_.lower() in _BINDING
    return False


def _priced_at(prep: Token) -> bool:
    """ "at $2 billion", "at 30 times earnings": an "at" phrase holding a sum or a number."""
    if prep.dep_ != "prep" or prep.lower_ != "at":
        return False
    return any(t.like_num or t.ent_type_ in _AMOUNTS or t.tag_ == "$" for t in prep.subtree)
