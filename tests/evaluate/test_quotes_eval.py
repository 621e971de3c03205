"""The quotes scorer: matching rules on rows written here, and the floors on PolNeAR dev."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsgraph.evaluate import floors
from newsgraph.evaluate.quotes import (
    QuoteCounts,
    article_for,
    evaluate_rows,
    score,
    score_row,
    scores_from,
)
from newsgraph.model import ActorRef, Quote
from newsgraph.settings import Settings

pytestmark = pytest.mark.model

_TEXT = "“The dam will hold,” the engineer said. Officials said the town was safe."


def _row() -> dict[str, Any]:
    dam = _TEXT.index("“The dam")
    close = _TEXT.index("”") + 1
    eng = _TEXT.index("the engineer")
    safe = _TEXT.index("the town was safe")
    officials = _TEXT.index("Officials")
    return {
        "id": "row-1",
        "text": _TEXT,
        "quotes": [
            {"quote": _TEXT[dam:close], "speaker": "the engineer", "cue": "said", "direct": True,
             "quote_spans": [[dam, close]], "speaker_spans": [[eng, eng + 12]], "cue_spans": [[eng + 13, eng + 17]]},
            {"quote": "the town was safe", "speaker": "Officials", "cue": "said", "direct": False,
             "quote_spans": [[safe, safe + 17]], "speaker_spans": [[officials, officials + 9]], "cue_spans": [[officials + 10, officials + 14]]},
        ],
    }  # fmt: skip


def _quote(text: str, direct: bool, speaker_text: str | None, cue_start: int | None = None) -> Quote:
    start = _TEXT.index(text)
    s_start = _TEXT.index(speaker_text) if speaker_text else None
    return Quote(
        text=text,
        direct=direct,
        start=start,
        end=start + len(text),
        speaker=ActorRef(speaker_text) if speaker_text else None,
        speaker_text=speaker_text,
        speaker_start=s_start,
        speaker_end=s_start + len(speaker_text) if s_start is not None and speaker_text else None,
        cue_start=cue_start,
    )


def test_quotes_eval_counts_matches_misses_and_speakers(nlp: Any) -> None:
    row = _row()
    doc = nlp(row["text"])
    counts = QuoteCounts()
    predictions = (
        _quote("The dam will hold", True, "the engineer"),
        # Shares only one of the gold span's four tokens: not a match.
        _quote("safe", False, "Officials", cue_start=999),
    )
    score_row(row, doc, predictions, counts)
    assert counts.tp == {True: 1, False: 0}
    assert counts.predicted == {True: 1, False: 1}
    assert counts.found == {True: 1, False: 0}
    assert counts.gold == {True: 1, False: 1}
    assert (counts.speaker_right, counts.speaker_total) == (1, 1)
    by_metric = {s.metric: s.value for s in scores_from(counts)}
    assert by_metric["direct_precision"] == 1.0 and by_metric["indirect_precision"] == 0.0
    assert by_metric["indirect_recall"] == 0.0 and by_metric["speaker_accuracy"] == 1.0


def test_quotes_eval_merges_parts_of_one_attribution_and_checks_speaker_heads(nlp: Any) -> None:
    row = _row()
    doc = nlp(row["text"])
    counts = QuoteCounts()
    # Two predicted pieces of one attribution (same cue) count as one; the wrong speaker counts against us.
    predictions = (
        _quote("the town", False, "the engineer", cue_start=50),
        _quote("was safe", True, "the engineer", cue_start=50),
    )
    score_row(row, doc, predictions, counts)
    assert counts.predicted == {True: 1, False: 0}
    assert counts.tp == {True: 1, False: 0}
    assert counts.found[False] == 1
    assert (counts.speaker_right, counts.speaker_total) == (0, 1)


def test_quotes_eval_article_keeps_gold_offsets() -> None:
    text = "First line here.\n  Second line, indented.\n\nThird."
    article = article_for("x", text)
    assert article.text == text
    assert [text[b.start : b.end] for b in article.blocks] == [
        "First line here.",
        "Second line, indented.",
        "Third.",
    ]


def test_quotes_eval_runs_find_quotes_end_to_end(nlp: Any, settings: Settings) -> None:
    counts = evaluate_rows([_row()], nlp, settings)
    assert counts.found[True] == 1 and counts.found[False] == 1
    assert counts.speaker_right == counts.speaker_total == 2


@pytest.mark.shared
@pytest.mark.slow
def test_quotes_eval_meets_floors_on_polnear_dev(shared: Path, settings: Settings) -> None:
    scores = score(shared / "eval", settings)
    pinned = floors()
    keys = {s.key for s in scores}
    for metric in (
        "direct_precision",
        "direct_recall",
        "indirect_precision",
        "indirect_recall",
        "speaker_accuracy",
        "f1",
    ):
        assert f"quotes_dev.quotes.{metric}" in keys
    for s in scores:
        floor = pinned.get(s.key)
        assert floor is not None, f"no floor pinned for {s.key}"
        assert s.value + 1e-9 >= floor, f"{s.key} = {s.value:.3f} fell below its floor {floor}"
