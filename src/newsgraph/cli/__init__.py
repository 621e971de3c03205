"""The `newsgraph` command. Each command lives in its own module under `newsgraph.cli` and is a
thin wrapper: parse options, call one library function, render the result.

Errors from the library (`NewsgraphError`) are caught once, in `NewsgraphGroup.main`, and
printed as one line with the class's exit code; a traceback means a bug, never bad input.
Because the group itself does this, Typer's `CliRunner` runs a command exactly as the
installed `newsgraph` does, exit codes included.
"""

from __future__ import annotations

import functools
import importlib
import sys
from collections.abc import Callable, Sequence
from typing import Any

import typer
from typer.core import TyperGroup

from newsgraph.errors import NewsgraphError


def _exit_code(run: Callable[[], Any]) -> int:
    """Run the command line (Typer not standalone: errors come back as exceptions) and say how
    it ended, as one line on stderr for an error."""
    try:
        code = run()
    except NewsgraphError as exc:
        typer.echo(f"error: {exc}", err=True)
        return exc.exit_code
    except typer.Abort:
        typer.echo("aborted", err=True)
        return 130
    except typer.Exit as exc:
        return exc.exit_code
    except typer.TyperException as exc:
        # Typer's own usage errors (unknown command, bad option value): one line, exit 2.
        show = getattr(exc, "show", None)
        if callable(show):
            show()
        else:
            typer.echo(f"error: {exc}", err=True)
        return int(getattr(exc, "exit_code", 2))
    return code if isinstance(code, int) else 0


class NewsgraphGroup(TyperGroup):
    """The `newsgraph` group: a command's return value is its exit code, and an error exits
    with its class's code after one line on stderr."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        run = functools.partial(
            super().main, args, prog_name, complete_var, False, windows_expand_args, **extra
        )
        if not standalone_mode:
            return run()
        sys.exit(_exit_code(run))


app = typer.Typer(
    name="newsgraph",
    help="Turn raw news into articles, actors, events, quotes, places and dates.",
    cls=NewsgraphGroup,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

# Command modules register themselves on `app` when imported.
_COMMANDS = ("extract", "analyze", "ingest", "query", "export", "eval", "serve", "stories", "errors")


def _load_commands() -> None:
    for name in _COMMANDS:
        importlib.import_module(f"newsgraph.cli.{name}")


def main() -> None:
    _load_commands()
    app()
