"""The side a group's loyalty names: "militants loyal to Abu Musab al-Zarqawi", "troops loyal to President
Gbagbo", "fighters allied to the Taliban". An armed group or force described by whom it serves is that leader's or
body's side, whatever country the story is told from (a Tokyo story of Zarqawi's militants does not make them
Japanese), so the country of the one it is loyal to comes before the story's home, as any of the group's own words
do."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from newsgraph.model import Entity

# Adjectives that tie a group to the one it serves; "close to" or "linked to" tell a contact, not a side.
_LOYAL = frozenset({"loyal", "allied", "faithful", "answerable"})


def loyal_to(
    span: Span, entity_at: Callable[[int], Entity | None], country_of: Callable[[Entity], str | None]
) -> str | None:
    """The country of the person or body named after "loyal to" on the group's own head; None when there is
    none, or it names no actor with a country."""
    for adj in span.root.children:
        if adj.lower_ not in _LOYAL or adj.dep_ not in ("amod", "acl", "relcl", "acomp"):
            continue
        for prep in adj.children:
            if prep.dep_ != "prep" or prep.lower_ != "to":
                continue
            for tok in prep.subtree:
                other = entity_at(tok.idx)
                if other is not None and other.kind in ("person", "organisation", "country"):
                    found = country_of(other)
                    if found:
                        return found
    return None
