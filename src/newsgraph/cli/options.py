"""Options shared by several commands, and the Settings they build."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from newsgraph.cli.render import Format
from newsgraph.settings import SETTINGS, Settings, load_settings
from newsgraph.store.filters import EVENT_FILTER_TABLE, QUOTE_FILTER_TABLE, EventFilter

R = TypeVar("R")

# The output format of every command that prints rows.
RowsFormatOpt = Annotated[Format, typer.Option("--format", "-f", help="table, json, jsonl or csv.")]
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


def setting_option(name: str, **options: Any) -> Any:
    """An option overriding the setting `name`: its help and the default it shows come from the
    settings table; left out, it is None and the setting's value (file, environment, --set) stands."""
    (setting,) = [f for f in SETTINGS if f.name == name]
    default, dashed = setting.default, name.replace("_", "-")
    if isinstance(default, bool):
        return typer.Option(f"--{dashed}/--no-{dashed}", help=setting.metadata["help"], metavar="",
                            show_default=dashed if default else f"no-{dashed}")  # fmt: skip
    return typer.Option(
        f"--{dashed}", help=setting.metadata["help"], show_default=str(default) or False, **options
    )


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


def _option(name: str, kind: type, help: str) -> inspect.Parameter:
    # The annotation is built at run time from the table, which mypy cannot follow.
    annotation = Annotated[kind | None, typer.Option(help=help)]  # type: ignore[valid-type]
    return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=annotation)


def with_filters(table: tuple[EventFilter, ...]) -> Callable[[Callable[..., R]], Callable[..., R]]:
    """A decorator giving a command one `--NAME` option per filter of `table` (in
    `newsgraph.store.filters`) that has an option, in place of its `filters` parameter, which
    gets the given ones as a dict.

    Typer reads a command's options from its signature, so the signature is made from the table."""

    def decorate(command: Callable[..., R]) -> Callable[..., R]:
        signature = inspect.signature(command, eval_str=True)
        options = [_option(f.name, f.kind, f.option_help or f.help) for f in table if f.option]
        params: list[inspect.Parameter] = []
        for param in signature.parameters.values():
            keyword = param.replace(kind=inspect.Parameter.KEYWORD_ONLY)
            params += options if param.name == "filters" else [keyword]

        @functools.wraps(command)
        def with_filters(**values: Any) -> R:
            given = {p.name: values.pop(p.name) for p in options}
            return command(filters={k: v for k, v in given.items() if v is not None}, **values)

        with_filters.__signature__ = signature.replace(parameters=params)  # type: ignore[attr-defined]
        with_filters.__annotations__ = {p.name: p.annotation for p in params}
        return with_filters

    return decorate


with_event_filters = with_filters(EVENT_FILTER_TABLE)
with_quote_filters = with_filters(QUOTE_FILTER_TABLE)
