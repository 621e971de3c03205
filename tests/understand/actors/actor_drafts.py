"""A `Draft` over a small article written for these tests, for the entity steps run one by one."""

from __future__ import annotations

from typing import Any

from newsgraph.extract.build import build_article
from newsgraph.settings import Settings
from newsgraph.understand.actors.clusters import Draft
from newsgraph.understand.actors.dictionary import load_actor_dictionary


def draft(nlp: Any, *paragraphs: str) -> Draft:
    article = build_article(source="test", paragraphs=list(paragraphs))
    doc = nlp(article.text[: article.analysis_end])
    return Draft(article, doc, load_actor_dictionary(Settings()), None)


def names_of(d: Draft) -> dict[str, list[str]]:
    """Cluster key -> the texts of its name mentions, in text order."""
    return {key: [m.text for m in sorted(c.names, key=lambda m: m.start)] for key, c in d.clusters.items()}
