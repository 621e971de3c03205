"""The quotes scorer: matching rules on rows written here, the user's path, and the floors on PolNeAR dev."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsgraph.evaluate import Score, floors
from newsgraph.evaluate.quotes import (
    QuoteCounts,
    evaluate_rows,
    fragments,
    offset_map,
    predicted_attributions,
    score,
    score_row,
    scores_from,
)
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
        "doc": "doc-1",
        "text": _TEXT,
        "quotes": [
            {"quote": _TEXT[dam:close], "speaker": "the engineer", "cue": "said", "direct": True,
             "quote_spans": [[dam, close]], "speaker_spans": [[eng, eng + 12]], "cue_spans": [[eng + 13, eng + 17]]},
            {"quote": "the town was safe", "speaker": "Officials", "cue": "said", "direct": False,
             "quote_spans": [[safe, safe + 17]], "speaker_spans": [[officials, officials + 9]], "cue_spans": [[officials + 10, officials + 14]]},
        ],
    }  # fmt: skip


def _record(pieces: list[str], direct: bool, speaker_text: str | None, text: str = _TEXT) -> dict[str, Any]:
    """A quote record in `newsgraph analyze`'s JSON shape."""
    spans = [[text.index(p), text.index(p) + len(p)] for p in pieces]
    s_start = text.index(speaker_text) if speaker_text else None
    return {
        "text": " ".join(pieces),
        "direct": direct,
        "start": spans[0][0],
        "end": spans[-1][1],
        "spans": spans,
        "speaker": {"name": speaker_text, "code": ""} if speaker_text else None,
        "speaker_text": speaker_text,
        "speaker_start": s_start,
        "speaker_end": s_start + len(speaker_text) if s_start is not None and speaker_text else None,
    }


def test_quotes_eval_counts_matches_misses_and_speakers(nlp: Any) -> None:
    row = _row()
    doc = nlp(row["text"])
    counts = QuoteCounts()
    article = {"text": _TEXT, "quotes": [
        _record(["The dam will hold"], True, "the engineer"),
        # Shares only one of the gold span's four tokens: not a match.
        _record(["safe"], False, "Officials"),
    ]}  # fmt: skip
    score_row(row, doc, predicted_attributions(_TEXT, [article], doc), counts)
    assert counts.tp == {True: 1, False: 0}
    assert counts.predicted == {True: 1, False: 1}
    assert counts.found == {True: 1, False: 0}
    assert counts.gold == {True: 1, False: 1}
    assert (counts.speaker_right, counts.speaker_total) == (1, 1)
    by_metric = {s.metric: s.value for s in scores_from(counts)}
    assert by_metric["direct_precision"] == 1.0 and by_metric["indirect_precision"] == 0.0
    assert by_metric["indirect_recall"] == 0.0 and by_metric["speaker_accuracy"] == 1.0


def test_quotes_eval_scores_each_record_and_counts_fragments(nlp: Any) -> None:
    row = _row()
    doc = nlp(row["text"])
    counts = QuoteCounts()
    # A fragment reported beside its attribution is a record of its own: it costs precision.
    article = {"text": _TEXT, "quotes": [
        _record(["the town was safe"], False, "the engineer"),
        _record(["safe"], True, "the engineer"),
    ]}  # fmt: skip
    pred = predicted_attributions(_TEXT, [article], doc)
    assert fragments(pred) == 1
    score_row(row, doc, pred, counts)
    assert counts.predicted == {True: 1, False: 1}
    assert counts.tp == {True: 0, False: 1}
    assert counts.found[False] == 1 and counts.fragments == 1
    assert (counts.speaker_right, counts.speaker_total) == (0, 1)


def test_quotes_eval_maps_offsets_of_a_normalised_text_back() -> None:
    source = "A\xa0poll\xa0shows  that voters left."
    produced = "A poll shows that voters left."
    back = offset_map(source, produced)
    at = produced.index("voters")
    assert source[back(at) : back(at + 6)] == "voters"
    assert offset_map(produced, produced)(5) == 5


def test_quotes_eval_runs_the_users_path_by_halves(nlp: Any, settings: Settings) -> None:
    counts = evaluate_rows([_row()], nlp, settings)
    whole = counts["all"]
    assert whole.found[True] == 1 and whole.found[False] == 1
    assert whole.speaker_right == whole.speaker_total == 2
    assert whole.lost == 0 and whole.items == 1
    assert counts["read"].items + counts["held"].items == 1


@pytest.mark.shared
@pytest.mark.slow
def test_quotes_eval_meets_floors_on_polnear_dev(shared: Path, settings: Settings) -> None:
    scores = score(shared / "eval", settings)
    pinned = floors()
    keys = {s.key for s in scores}
    rates = (
        "direct_precision",
        "direct_recall",
        "indirect_precision",
        "indirect_recall",
        "speaker_accuracy",
        "f1",
    )
    for dataset in ("quotes_dev", "quotes_dev_read", "quotes_dev_held"):
        for metric in (*rates, "attributions", "fragments", "items_lost"):
            assert f"{dataset}.quotes.{metric}" in keys
    for s in scores:
        floor = pinned.get(s.key)
        if s.dataset == "quotes_dev" and s.metric in (*rates, "items_lost", "fragments"):
            assert floor is not None, f"no floor pinned for {s.key}"
        pinned_score = Score(s.family, s.dataset, s.metric, s.value, s.n, floor)
        assert pinned_score.passed, f"{s.key} = {s.value:.3f} is past its pinned value {floor}"
