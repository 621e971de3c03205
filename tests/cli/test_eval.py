"""`newsgraph eval`: scores as JSON or a table against the pinned floors, exit 1 below a floor."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rich.console import Console

from newsgraph.cli.eval import _table
from newsgraph.evaluate import Score
from tests.cli.conftest import newsgraph


@pytest.mark.shared
def test_eval_json_rows_with_floors_and_exit_0(shared: Path) -> None:
    result = newsgraph("eval", "html", "-f", "json", "--shared", str(shared))
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert {r["metric"] for r in rows} >= {"precision", "recall", "f1"}
    assert all(r["dataset"] == "html" and r["passed"] and r["floor"] is not None for r in rows)


def test_eval_unknown_scorer_is_a_usage_error(tmp_path: Path) -> None:
    result = newsgraph("eval", "nosuch", "--shared", str(tmp_path))
    assert result.exit_code == 2 and "no eval named 'nosuch'" in result.stderr


def test_eval_table_marks_scores_below_their_floor() -> None:
    scores = [
        Score("extraction", "html", "f1", 0.5, 10, floor=0.9),
        Score("quotes", "quotes_dev", "items_lost", 3, 40, floor=1),
        Score("events", "seed", "recall", 0.95, 20, floor=0.9),
        Score("events", "seed", "precision", 0.8, 20),
    ]
    console = Console(record=True, width=200)
    console.print(_table(scores))
    lines = {
        re.split(r"\s*│\s*", line.strip("│ "))[2]: line
        for line in console.export_text().splitlines()
        if "│" in line
    }
    assert "BELOW FLOOR" in lines["f1"] and "0.900" in lines["f1"]
    assert "ABOVE CEILING" in lines["items_lost"] and "<= 1" in lines["items_lost"]
    assert lines["recall"].rstrip(" │").endswith("ok")
    assert "ok" not in lines["precision"] and "FLOOR" not in lines["precision"]
