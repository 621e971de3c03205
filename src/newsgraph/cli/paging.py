"""No silent caps: how many rows a query command writes, and how failures are named.

`json`, `jsonl` and `csv` write every row unless `--limit` is given; a table shows a first
page and says on stderr how many rows there are ("showing 100 of 2,345; --limit to see
more"). `--limit 0` means all rows in every format. The store answers at most MAX_LIMIT rows
a query, so `Pager` asks page after page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Annotated, Generic, TypeVar

import typer

from newsgraph.cli.render import Format
from newsgraph.model import DocumentError
from newsgraph.store.filters import MAX_LIMIT

T = TypeVar("T")
# Counting the rows a table leaves out pages through them; past this many it says "more than".
COUNT_BOUND = 100_000
# Failures `ingest` names one per line; the rest are counted (`newsgraph errors` lists them).
SHOWN_FAILURES = 20

LimitOpt = Annotated[
    int | None,
    typer.Option(
        "--limit",
        help="At most this many rows; 0: all. Default: all rows in json/jsonl/csv, a first page in a table.",
    ),
]


class Pager(Generic[T]):
    """The rows a command writes, fetched from the store page by page.

    `page(size, offset)` returns up to `size` rows from `offset`; `default_page` is how many
    rows a table shows when no `--limit` is given.
    """

    def __init__(
        self, page: Callable[[int, int], Sequence[T]], limit: int | None, fmt: Format, default_page: int
    ) -> None:
        if limit is not None and limit < 0:
            raise typer.BadParameter("must be 0 (all rows) or more", param_hint="--limit")
        self._page = page
        self._default = limit is None and fmt is Format.table
        self.want: int | None = default_page if self._default else (limit or None)
        self.shown = 0
        self._offset = 0
        self._exhausted = False

    def __iter__(self) -> Iterator[T]:
        while self.want is None or self.shown < self.want:
            size = MAX_LIMIT if self.want is None else min(MAX_LIMIT, self.want - self.shown)
            rows = self._page(size, self._offset)
            self._offset += len(rows)
            for row in rows:
                self.shown += 1
                yield row
            if len(rows) < size:
                self._exhausted = True
                return

    def note(self) -> None:
        """On stderr, when a default table page left rows out: how many there are."""
        if not self._default or self._exhausted or self.want is None or self.shown < self.want:
            return
        total = self._offset
        while total < COUNT_BOUND:
            rows = self._page(MAX_LIMIT, total)
            total += len(rows)
            if len(rows) < MAX_LIMIT:
                break
        if total == self.shown:
            return
        of = f"more than {total:,}" if total >= COUNT_BOUND else f"{total:,}"
        typer.echo(f"showing {self.shown:,} of {of}; --limit to see more (--limit 0: all)", err=True)


def print_failures(failures: Sequence[DocumentError], total: int, db: str | None = None) -> None:
    """One line per failed document on stderr (`error: URI: [stage] reason`), the first
    SHOWN_FAILURES of them, then how many more there were and where to see them."""
    for f in failures[:SHOWN_FAILURES]:
        typer.echo(f"error: {f.uri}: [{f.stage}] {f.reason}", err=True)
    rest = total - min(len(failures), SHOWN_FAILURES)
    if rest > 0:
        where = f" --db {db}" if db else ""
        typer.echo(
            f"... and {rest:,} more failures; `newsgraph errors{where} --limit 0` lists them all", err=True
        )
