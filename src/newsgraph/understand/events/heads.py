"""What an actor phrase's head word and the words hung on it say of the actor: "a suicide bomber" is a
militant; "a foreign engineer" is of no country the article's can stand for; "a separatist leader" is the
armed side's; a title with a coded name in apposition ("former prime minister Atal Bihari Vajpayee") is
that person."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from spacy.tokens import Token

from newsgraph.model import Entity
from newsgraph.understand.docview import EntityLookup
from newsgraph.understand.events.tree import TokenTable, subtree

# Adjectives by which wire copy sets a person or group apart from the country the story is in; peacekeepers and
# multinational forces serve in a country not their own (the actor stage's NOT_HOME says the same).
_SET_APART = frozenset(
    {"foreign", "overseas", "international", "multinational", "peacekeeping", "neighboring", "neighbouring", "western"}
)
# Heads "foreign" names a portfolio of, not a nationality: "the foreign minister" is the state's own.
_PORTFOLIOS = frozenset(
    {"minister", "ministry", "office", "secretary", "affair", "policy", "service", "intelligence"}
)


def set_apart(table: TokenTable, h: int) -> bool:
    """Whether the head's own adjective sets it apart from the article's country ("a foreign
    engineer", "foreign oil workers"); "the foreign ministry" is a state's office, and the word in an
    organisation's name ("an Amnesty International researcher") is no adjective of the head's."""
    return table.lemma[h] not in _PORTFOLIOS and any(
        table.dep[c] in ("amod", "compound")
        and table.tokens[c].lower_ in _SET_APART
        and table.tokens[c].ent_type_ != "ORG"
        for c in table.children[h]
    )


def suicide_bomber(table: TokenTable, h: int) -> bool:
    """ "A suicide bomber" is a militant (REB), as the actor stage codes "gunmen"; a bomber alone
    is an aircraft."""
    return table.lemma[h] == "bomber" and any(table.lemma[c] == "suicide" for c in table.children[h])


# Titles of a head of state or government.
_HEAD_TITLES = frozenset({
    "president", "premier", "chancellor", "king", "queen", "emir", "sultan", "prime", "vice-president",
    "monarch"
})


def home_office_holder(home: str, words: Sequence[Token], title: str | None) -> str:
    """ "President Yoweri Museveni" in an article about Uganda: a head-of-government title with
    no nationality takes the article's main country `home`. `title` is the entity's own title."""
    if not home:
        return ""
    titles = {w.lower_ for w in words} | {t.casefold() for t in (title or "").split()}
    return home + "GOV" if titles & _HEAD_TITLES else ""


def conflict_country(table: TokenTable, h: int, code_of: Callable[[Token], str]) -> str:
    """The country of the conflict or talks "both sides" are "in" or "of" ("both sides in Somalia's peace talks",
    "the two sides of the conflict in Sudan"), when the phrase names one; "" otherwise."""
    for prep in table.children[h]:
        if table.dep[prep] != "prep" or table.tokens[prep].lower_ not in ("in", "of"):
            continue
        for t in subtree(table, prep):
            code = code_of(table.tokens[t])
            if code[:3].isalpha() and len(code) >= 3 and not code.startswith("IGO"):
                return code[:3]
    return ""


# Nouns for the group a named person leads or commands: "Zarqawi's group", "Sadr's militia", "Dostum's fighters".
_FOLLOWING = frozenset({
    "group", "militia", "network", "movement", "faction", "organization", "organisation", "army", "fighter",
    "follower", "loyalist", "gunman", "militiaman", "guerrilla", "force"
})


def leader_of(table: TokenTable, h: int) -> int | None:
    """The named person whose group the head names ("Zarqawi's group", "Sadr's militia"): his token, whose
    code the group takes; None for any other head or possessor."""
    if table.lemma[h] not in _FOLLOWING:
        return None
    return next(
        (c for c in table.children[h] if table.dep[c] == "poss" and table.tokens[c].ent_type_ == "PERSON"), None
    )


def titled_name(table: TokenTable, lookup: EntityLookup, h: int) -> Entity | None:
    """The coded person a title introduces in apposition ("India's former prime minister Atal Bihari Vajpayee", the
    parse's title head with the name beside it): the actor is that person, with the code the entity stage gave him."""
    for c in table.children[h]:
        if table.dep[c] == "appos" and c > h:
            ent = lookup.covering(table.start[c], table.end[c])
            if ent is not None and ent.kind == "person" and ent.code:
                return ent
    return None


# Titles that name no sector of their own: a leader, spokesman or commander is of whatever body the words say.
_BODILESS_TITLES = frozenset({"leader", "spokesman", "spokeswoman", "spokesperson", "official", "chief", "commander"})


def title_role(table: TokenTable, roles: Mapping[str, str], h: int) -> str:
    """The role the head word gives, read through a modifier naming an armed side or the opposition when the head
    is a title of no sector ("a Kashmiri separatist leader", "a rebel spokesman": REB, not a state's GOV)."""
    role = roles.get(table.lemma[h], "")
    if table.lemma[h] not in _BODILESS_TITLES:
        return role
    sides = (roles.get(table.lemma[c], "") for c in table.children[h] if table.dep[c] in ("amod", "compound") and c < h)
    return next((r for r in sides if r in ("REB", "OPP")), role)
