"""A Rich progress bar on stderr for long runs, silent when stderr is not a terminal."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

from rich.console import Console
from rich.progress import MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from newsgraph.model import DocumentError

T = TypeVar("T")


def tracked(items: Iterable[T], label: str, *, force: bool = False) -> Iterator[T]:
    """Yield items unchanged while showing a count, a rate and the failures so far."""
    if not (force or sys.stderr.isatty()):
        yield from items
        return
    console = Console(stderr=True)
    with Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.description}"),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:.1f}/s  failed: {task.fields[failed]}"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as progress:
        task = progress.add_task(label, total=None, rate=0.0, failed=0)
        failed = 0
        for n, item in enumerate(items, 1):
            if isinstance(item, DocumentError):
                failed += 1
            elapsed = progress.tasks[0].elapsed or 1e-9
            progress.update(task, completed=n, rate=n / elapsed, failed=failed)
            yield item
