from __future__ import annotations

import pytest

from newsgraph.extract.build import build_article
from newsgraph.parse import RULER_NAME, analysis_text, load_nlp, parse
from newsgraph.settings import Settings

pytestmark = pytest.mark.model


def test_parse_blocks_are_sentence_boundaries_and_caption_is_not_parsed() -> None:
    article = build_article(
        source="t",
        title="Ministers meet in Oslo without a full stop",
        paragraphs=["Delegates arrived on Monday. Talks began at noon.", "A second paragraph follows here."],
        caption="Delegates pose for a photograph in Oslo.",
    )
    nlp = load_nlp(Settings())
    (_, doc), = list(parse([article], nlp))
    assert doc.text == analysis_text(article) and "photograph" not in doc.text
    starts = [s.start_char for s in doc.sents]
    for block in article.blocks:
        if block.kind != "caption":
            assert block.start in starts


def test_parse_pipeline_is_cached_per_pattern_set() -> None:
    settings = Settings()
    first = [{"label": "ORG", "pattern": "Ministry of Silly Walks"}]
    second = [{"label": "ORG", "pattern": "Bureau of Odd Things"}]
    a = load_nlp(settings, first)
    assert load_nlp(settings, first) is a
    b = load_nlp(settings, second)
    assert b is not a
    patterns = [p["pattern"] for p in b.get_pipe(RULER_NAME).patterns]  # type: ignore[attr-defined]
    assert patterns == ["Bureau of Odd Things"]
    doc = b("The Bureau of Odd Things said so.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Bureau of Odd Things", "ORG")]
