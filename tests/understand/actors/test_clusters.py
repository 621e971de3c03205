"""The clusters an article's entities are built in, and the look-ups the steps share."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.understand.actors.clusters import head_noun
from tests.understand.actors.actor_drafts import draft

pytestmark = pytest.mark.model


def test_clusters_head_noun_is_the_noun_before_of() -> None:
    assert head_noun("Federal Bureau of Investigation") == "bureau"
    assert head_noun("The National Farmers Union") == "union"
    assert head_noun("") == ""


def test_clusters_most_recent_is_the_last_named_before_the_offset(nlp: Any) -> None:
    d = draft(nlp, "Ruiz met Patel. Then Ruiz left and Patel stayed.")
    text = d.article.text
    ruiz = d.cluster("person:ruiz", "person", text.index("Ruiz"))
    patel = d.cluster("person:patel", "person", text.index("Patel"))
    for cluster, word in ((ruiz, "Ruiz"), (patel, "Patel")):
        start = -1
        while (start := text.find(word, start + 1)) >= 0:
            d.add_name(cluster, d.doc.char_span(start, start + len(word)))
    d.timeline.sort()
    left = text.index("left")
    assert d.most_recent(left) == "person:ruiz"
    assert d.most_recent(left, kinds=("organisation",)) == ""
    assert d.most_recent(len(text), keys=["person:ruiz", "person:patel"]) == "person:patel"
    assert d.last_mention_before("person:patel", left) == text.index("Patel")
