"""Options shared by several commands, and the Settings they build."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from newsgraph.settings import Settings, load_settings

ConfigOpt = Annotated[
    Path | None, typer.Option("--config", help="TOML config file (default: ./newsgraph.toml if present).")
]
SetOpt = Annotated[
    list[str] | None,
    typer.Option("--set", help="Override a setting: NAME=VALUE (repeatable). See docs/settings.md."),
]
FetchedAtOpt = Annotated[
    str | None,
    typer.Option("--fetched-at", help="When the input was fetched (ISO); resolves relative dates."),
]
ErrorsOpt = Annotated[
    Path | None,
    typer.Option("--errors", help="Write one JSON error record per failed document to this file."),
]


def flag(name: str, help: str) -> Any:
    """A yes/no option read as a flag (`--name` / `--no-name`), never as `--name true`.
    The empty metavar keeps Typer's help from showing `<bool>`, which reads as "takes a value"."""
    return typer.Option(f"--{name}/--no-{name}", help=help, metavar="")


def settings_from(config: Path | None, assignments: list[str] | None, **overrides: Any) -> Settings:
    return load_settings(config=config, assignments=assignments or (), overrides=overrides)


SegmentOpt = Annotated[
    str | None,
    typer.Option(
        "--segment",
        help="auto, always or never: which plain text the scraped-dump segmenter splits (setting `segment`; "
        "auto: text files and text fields holding a whole page, never a JSONL record's or feed entry's body).",
    ),
]
