"""The `newsgraph` command. Each command lives in its own module under `newsgraph.cli` and is a
thin wrapper: parse options, call one library function, render the result.

Errors from the library (`NewsgraphError`) are caught once, in `main`, and printed as one line
with the class's exit code; a traceback means a bug, never bad input.
"""

from __future__ import annotations

import importlib
import sys

import typer

from newsgraph.errors import NewsgraphError

app = typer.Typer(
    name="newsgraph",
    help="Turn raw news into articles, actors, events, quotes, places and dates.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

# Command modules register themselves on `app` when imported.
_COMMANDS = ("extract", "analyze", "ingest", "query", "export", "eval", "serve", "stories", "errors")


def _load_commands() -> None:
    for name in _COMMANDS:
        try:
            importlib.import_module(f"newsgraph.cli.{name}")
        except ModuleNotFoundError as exc:
            # A command module not yet written must not break the others.
            if exc.name != f"newsgraph.cli.{name}":
                raise


def main() -> None:
    _load_commands()
    try:
        code = app(standalone_mode=False)
    except NewsgraphError as exc:
        typer.echo(f"error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except typer.Abort:
        typer.echo("aborted", err=True)
        sys.exit(130)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.TyperException as exc:
        # Typer's own usage errors (unknown command, bad option value): one line, exit 2.
        show = getattr(exc, "show", None)
        if callable(show):
            show()
        else:
            typer.echo(f"error: {exc}", err=True)
        sys.exit(getattr(exc, "exit_code", 2))
    sys.exit(code if isinstance(code, int) else 0)
