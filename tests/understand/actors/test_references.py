"""References back to a named entity: titles, descriptions and pronouns in attribution frames."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.understand.actors.clusters import Draft
from newsgraph.understand.actors.names import add_names
from newsgraph.understand.actors.references import attach_titles, resolve_descriptions, resolve_pronouns
from tests.understand.actors.actor_drafts import draft

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
