"""Participants named by a description: groups, institutions and nameless office holders."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.understand.actors.groups import add_groups
from newsgraph.understand.actors.names import add_names
from newsgraph.understand.actors.references import attach_titles
from tests.understand.actors.actor_drafts import draft

pytestmark = pytest.mark.model


def _groups(nlp: Any, text: str) -> dict[str, str]:
    d = draft(nlp, text)
    add_names(d)
    d.timeline.sort()
    attach_titles(d)
    add_groups(d)
    return {c.names[0].text: c.kind for c in d.clusters.values() if c.group}


def test_groups_descriptor_with_an_actor_modifier_is_a_group(nlp: Any) -> None:
    found = _groups(
        nlp, "Four senior FBI officials sued the bureau in May, and Iraqi police arrested protesters."
    )
    assert any("FBI officials" in name for name in found)
    assert found.get("Iraqi police") == "organisation"


def test_groups_a_bare_description_is_no_institution(nlp: Any) -> None:
    assert "government" not in _groups(nlp, "The government said the port would reopen.")
