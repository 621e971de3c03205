"""One quote, four faces: the JSON of the quotes from `newsgraph quotes -f jsonl`,
`GET /api/v1/quotes` (and an article's quotes from `GET /api/v1/articles/{id}`, a real
`newsgraph serve` on loopback), `newsgraph export --table quotes -f jsonl` and
`newsgraph analyze -f jsonl`, for the same example file (its quotes have a reporting chain and
a target). And one article, two faces: `newsgraph show -f jsonl` and `GET /api/v1/articles/{id}`
print the one article shape (`serialize.article_view_dict`).

All print the one quote shape (`serialize.stored_quote_dict`, and for a quote not yet stored
`serialize.analysed_quote_dict`): the same keys, and the same JSON type under each key. Only
the store id is null in `analyze`, so a null there stands for any type.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from newsgraph.cli import _load_commands
from tests.e2e.test_api_server import serve
from tests.e2e.test_event_shape import _cli, _shape

pytestmark = pytest.mark.model

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "dump_three_articles.txt"
Quotes = list[dict[str, Any]]


def _by_id(rows: Quotes) -> Quotes:
    return sorted(rows, key=lambda q: q["id"])


@pytest.fixture(scope="module")
def faces(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Every quote of the example as each face prints it, in stored order."""
    _load_commands()
    runner = CliRunner()
    root = tmp_path_factory.mktemp("quote_shape")
    db, exported = root / "news.db", root / "quotes.jsonl"
    _cli(runner, "ingest", str(EXAMPLE), "--db", str(db))
    cli = _by_id(
        [json.loads(line) for line in _cli(runner, "quotes", "--db", str(db), "-f", "jsonl").splitlines()]
    )
    _cli(runner, "export", "--db", str(db), "--table", "quotes", "-f", "jsonl", "-o", str(exported))
    export = [json.loads(line) for line in exported.read_text().splitlines()]
    analysed = [
        json.loads(line) for line in _cli(runner, "analyze", str(EXAMPLE), "-f", "jsonl").splitlines()
    ]
    order = {(q["article_id"], q["seq"]): n for n, q in enumerate(cli)}
    analyze = sorted(
        (q for a in analysed for q in a["quotes"]), key=lambda q: order[q["article_id"], q["seq"]]
    )
    with serve("--db", str(db)) as base:
        api = _by_id(httpx.get(f"{base}/api/v1/quotes", params={"limit": 1000}, timeout=30).json()["items"])
        detail = httpx.get(f"{base}/api/v1/articles/{cli[0]['article_id']}", timeout=30).json()
    show = json.loads(_cli(runner, "show", cli[0]["article_id"], "--db", str(db), "-f", "jsonl"))
    return {
        "cli": cli, "api": api, "article": detail["quotes"], "export": export, "analyze": analyze,
        "detail": detail, "show": show,
    }  # fmt: skip


def test_quote_shape_example_has_every_part(faces: dict[str, Any]) -> None:
    quotes = faces["cli"]
    assert quotes and any(q["via"] for q in quotes) and any(q["target"] for q in quotes)


def test_quote_shape_cli_api_and_export_are_one(faces: dict[str, Any]) -> None:
    assert faces["api"] == faces["cli"]
    assert faces["export"] == faces["cli"]
    assert faces["article"] == [
        q for q in faces["cli"] if q["article_id"] == faces["article"][0]["article_id"]
    ]
    via = next(q["via"] for q in faces["cli"] if q["via"])
    assert [set(v) for v in via] == [{"name", "code"}] * len(via)


def test_quote_shape_analyze_has_the_same_keys_and_types(faces: dict[str, Any]) -> None:
    assert len(faces["analyze"]) == len(faces["cli"])
    for stored, analysed in zip(faces["cli"], faces["analyze"], strict=True):
        cli, analyze = _shape(stored), _shape(analysed)
        assert list(analyze) == list(cli)
        differ = {k for k in cli if analyze[k] != cli[k] and "null" not in (analyze[k], cli[k])}
        assert not differ, {k: (analyze[k], cli[k]) for k in differ}
        assert analysed["id"] is None


def test_quote_shape_analyze_values_are_the_stored_ones(faces: dict[str, Any]) -> None:
    for stored, analysed in zip(faces["cli"], faces["analyze"], strict=True):
        assert {k: v for k, v in analysed.items() if k != "id"} == {
            k: v for k, v in stored.items() if k != "id"
        }


def test_article_shape_show_and_api_are_one(faces: dict[str, Any]) -> None:
    assert faces["show"] == faces["detail"]
    assert faces["detail"]["marks"] and all("block" in d and "type" in d for d in faces["detail"]["dates"])
