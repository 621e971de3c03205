"""`newsgraph analyze` over input files, no store: what it writes in each format, and its own
output read back (`extract -f jsonl > out.jsonl && analyze out.jsonl`) keeping the metadata."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.cli.analyze import ARTICLE_COLUMNS
from tests.cli.conftest import newsgraph

pytestmark = pytest.mark.model

STORY = (
    "Port strike ends after pay offer\n\n"
    "MINSK, Aug 20, 2025 (AFP) - Port workers ended a two-week strike on Wednesday after the owners "
    "raised their pay offer, union leaders said.\n\n"
    "The first ships were unloaded on Thursday morning, and the harbour master expected the backlog "
    "to clear by Monday.\n"
)
KEPT = ("title", "published", "agency", "dateline")


def _rows(output: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_analyze_extract_output_analyses_with_its_metadata(tmp_path: Path) -> None:
    source = tmp_path / "story.txt"
    source.write_text(STORY, encoding="utf-8")
    extracted = newsgraph("extract", str(source), "-f", "jsonl")
    assert extracted.exit_code == 0, extracted.output
    [first] = _rows(extracted.stdout)
    assert first["dateline"] == "MINSK" and first["agency"] == "AFP" and first["published"] == "2025-08-20"
    out = tmp_path / "out.jsonl"
    out.write_text(extracted.stdout, encoding="utf-8")
    analysed = newsgraph("analyze", str(out), "-f", "jsonl")
    assert analysed.exit_code == 0, analysed.output
    [second] = _rows(analysed.stdout)
    assert {k: second[k] for k in KEPT} == {k: first[k] for k in KEPT}
    assert second["paragraphs"] == first["paragraphs"]  # the title is not read back as a paragraph
    # The dateline and agency were moved out of the text, so neither is taken for an actor.
    names = {e["name"] for e in second["entities"]}  # type: ignore[attr-defined]
    assert not names & {"MINSK", "Minsk", "AFP"}


def test_analyze_csv_is_one_summary_row_and_failures_exit_1(tmp_path: Path) -> None:
    source = tmp_path / "story.txt"
    source.write_text(STORY, encoding="utf-8")
    errors_path = tmp_path / "errors.jsonl"
    result = newsgraph(
        "analyze", str(source), str(tmp_path / "gone.txt"), "-f", "csv", "--errors", str(errors_path)
    )
    assert result.exit_code == 1
    header, row = result.stdout.splitlines()
    assert header == ",".join(ARTICLE_COLUMNS)
    assert row.startswith("Port strike ends after pay offer,2025-08-20,")
    assert "gone.txt" in result.stderr
    assert [json.loads(line)["stage"] for line in errors_path.read_text().splitlines()] == ["read"]
