"""One event, four faces: the JSON of an event from `newsgraph events -f jsonl`,
`GET /api/v1/events` (a real `newsgraph serve` on loopback), `newsgraph export --table events
-f jsonl` and `newsgraph analyze -f jsonl`, for the same example file.

All four print the one event shape (`serialize.stored_event_dict`, and for an event not yet
stored `serialize.analysed_event_dict`): the same keys, and the same JSON type under each key.
What only the store knows (its id, paging cursor, story and counts across articles) is null in
`analyze`, so a null there stands for any type.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from newsgraph.cli import _load_commands, app
from tests.e2e.test_api_server import serve

pytestmark = pytest.mark.model

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "dump_wire_single.txt"
# What only the store knows: null in `analyze`, whose events are not stored.
STORE_ONLY = {"id", "cursor", "source_entity_id", "target_entity_id", "merged_id", "story_id"}


def _shape(row: dict[str, Any]) -> dict[str, str]:
    """Key -> JSON type, nested objects by their own shape."""

    def kind(value: Any) -> str:
        if isinstance(value, dict):
            return json.dumps(_shape(value), sort_keys=True)
        return "null" if value is None else type(value).__name__

    return {key: kind(value) for key, value in row.items()}


def _cli(runner: CliRunner, *args: str) -> str:
    result = runner.invoke(app, list(args), standalone_mode=False)
    assert result.exit_code == 0 and result.return_value in (0, None), result.output
    return result.stdout


@pytest.fixture(scope="module")
def faces(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """The first event of the example as each face prints it."""
    _load_commands()
    runner = CliRunner()
    root = tmp_path_factory.mktemp("shape")
    db, exported = root / "news.db", root / "events.jsonl"
    _cli(runner, "ingest", str(EXAMPLE), "--db", str(db))
    cli = json.loads(_cli(runner, "events", "--db", str(db), "-f", "jsonl").splitlines()[0])
    _cli(runner, "export", "--db", str(db), "--table", "events", "-f", "jsonl", "-o", str(exported))
    export = next(r for r in map(json.loads, exported.read_text().splitlines()) if r["id"] == cli["id"])
    analysed = [
        json.loads(line) for line in _cli(runner, "analyze", str(EXAMPLE), "-f", "jsonl").splitlines()
    ]
    analyze = next(
        e
        for a in analysed
        for e in a["events"]
        if (e["article_id"], e["seq"]) == (cli["article_id"], cli["seq"])
    )
    with serve("--db", str(db)) as base:
        items = httpx.get(f"{base}/api/v1/events", params={"limit": 1000}, timeout=30).json()["items"]
    api = next(e for e in items if e["id"] == cli["id"])
    return {"cli": cli, "api": api, "export": export, "analyze": analyze}


def test_event_shape_cli_and_api_are_one(faces: dict[str, dict[str, Any]]) -> None:
    assert _shape(faces["cli"]) == _shape(faces["api"])
    assert faces["cli"] == faces["api"]


def test_event_shape_export_is_the_cli_shape(faces: dict[str, dict[str, Any]]) -> None:
    assert _shape(faces["export"]) == _shape(faces["cli"])
    assert faces["export"] == faces["cli"]


def test_event_shape_analyze_has_the_same_keys_and_types(faces: dict[str, dict[str, Any]]) -> None:
    cli, analyze = _shape(faces["cli"]), _shape(faces["analyze"])
    assert list(analyze) == list(cli)
    differ = {k for k in cli if analyze[k] != cli[k] and "null" not in (analyze[k], cli[k])}
    assert not differ, {k: (analyze[k], cli[k]) for k in differ}
    assert {k for k, v in faces["analyze"].items() if v is None} >= STORE_ONLY - {
        "source_entity_id",
        "target_entity_id",
    }


def test_event_shape_analyze_values_are_the_stored_ones(faces: dict[str, dict[str, Any]]) -> None:
    stored, analysed = faces["cli"], faces["analyze"]
    # num_mentions: the store counts mentions across the articles of a story (GDELT's
    # NumMentions); analyze counts the sentences of its one article that tell the event.
    same = {k for k in stored if k not in STORE_ONLY | {"num_mentions"}}
    assert {k: analysed[k] for k in same} == {k: stored[k] for k in same}
