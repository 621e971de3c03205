"""`newsgraph eval`: score against the development sets in ../shared/eval, check the floors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from newsgraph.cli import app
from newsgraph.cli.options import ConfigOpt, SetOpt, settings_from
from newsgraph.evaluate import CEILINGS, Score, evaluate


def _value(score: Score) -> str:
    return f"{score.value:.0f}" if score.metric in CEILINGS else f"{score.value:.3f}"


@app.command("eval")
def eval_command(
    only: Annotated[
        list[str] | None,
        typer.Argument(
            help="Scorers to run (seed, plover, petrarch, events_news, actors_news, quotes, html, conll); default all."
        ),
    ] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    shared: Annotated[
        Path | None, typer.Option("--shared", help="The shared folder (default ../shared).")
    ] = None,
    config: ConfigOpt = None,
    set_: SetOpt = None,
) -> int:
    """Score newsgraph on the gold sets; exit 1 when any score is below its pinned floor."""
    scores = evaluate(settings_from(config, set_), only or (), shared)
    if format == "json":
        typer.echo(json.dumps([_json_row(s) for s in scores], indent=2))
    else:
        Console().print(_table(scores))
        lost = [s for s in scores if s.metric == "items_lost"]
        if lost:
            typer.echo("items lost: " + ", ".join(f"{s.dataset} {s.value:.0f} of {s.n}" for s in lost))
    return 0 if all(s.passed for s in scores) else 1


def _json_row(s: Score) -> dict[str, object]:
    return {"dataset": s.dataset, "family": s.family, "metric": s.metric, "value": round(s.value, 4),
            "n": s.n, "floor": s.floor, "passed": s.passed}  # fmt: skip


def _table(scores: list[Score]) -> Table:
    table = Table(title="newsgraph eval")
    for col in ("dataset", "family", "metric", "value", "n", "floor", ""):
        table.add_column(col)
    for s in scores:
        failed = "[red]ABOVE CEILING[/red]" if s.metric in CEILINGS else "[red]BELOW FLOOR[/red]"
        mark = "" if s.floor is None else ("ok" if s.passed else failed)
        floor = "" if s.floor is None else (f"<= {s.floor:.0f}" if s.metric in CEILINGS else f"{s.floor:.3f}")
        table.add_row(s.dataset, s.family, s.metric, _value(s), str(s.n), floor, mark)
    return table
