"""References back to a named entity: titles, descriptions and pronouns in attribution frames."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.understand.actors.clusters import Draft
from newsgraph.understand.actors.names import add_names
from newsgraph.understand.actors.references import attach_titles, resolve_descriptions, resolve_pronouns
from tests.understand.actors.actor_drafts import draft
from tests.understand.actors.test_wire_blind import analyse_headlined

pytestmark = pytest.mark.model


def _resolved(nlp: Any, *paragraphs: str) -> Draft:
    d = draft(nlp, *paragraphs)
    add_names(d)
    d.timeline.sort()
    attach_titles(d)
    resolve_descriptions(d)
    resolve_pronouns(d)
    return d


def _refs(d: Draft, name: str) -> list[str]:
    cluster = next(c for c in d.clusters.values() if any(m.text == name for m in c.names))
    return [m.text for m in cluster.refs]


def test_references_title_lets_a_description_point_back(nlp: Any) -> None:
    d = _resolved(
        nlp,
        "FBI Director Kash Patel removed two deputies on Monday.",
        "A union of agents said the director had ignored the rules.",
    )
    patel = next(c for c in d.clusters.values() if any(m.text == "Kash Patel" for m in c.names))
    assert patel.title == "Director"
    assert _refs(d, "Kash Patel") == ["the director"]


def test_references_pronoun_only_in_an_attribution_frame(nlp: Any) -> None:
    d = _resolved(nlp, "Belta reported the agreement on Wednesday.", "It said the leaders would meet again.")
    assert _refs(d, "Belta") == ["It"]
    d = _resolved(nlp, "Belta reported the agreement on Wednesday.", "It was signed in Minsk.")
    assert _refs(d, "Belta") == []


def test_references_a_headline_s_bare_ministry_is_the_body_s_country_ministry() -> None:
    # "Health Ministry" in the headline, "The Palestinian Health Ministry" in the body: one body, the country's.
    found = analyse_headlined(
        [("Health Ministry says three dead", "AP - The Palestinian Health Ministry said three people were killed.")]
    )
    entities = [e for a in next(iter(found.values())) for e in a["entities"]]
    ministries = [(e["name"], e["code"]) for e in entities if "Ministry" in e["name"]]
    assert ministries == [("Palestinian Health Ministry", "PSEHLH")], ministries
