"""Small helpers the source tests share (not fixtures: plain functions)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from newsgraph.model import DocumentError, RawDocument
from newsgraph.settings import Settings
from newsgraph.sources import read_paths

DATA = Path(__file__).resolve().parents[1] / "data" / "sources"


def read(paths: Iterable[str | Path], settings: Settings | None = None) -> list[RawDocument | DocumentError]:
    return list(read_paths([str(p) for p in paths], settings or Settings()))


def documents(items: Iterable[RawDocument | DocumentError]) -> list[RawDocument]:
    return [d for d in items if isinstance(d, RawDocument)]


def errors(items: Iterable[RawDocument | DocumentError]) -> list[DocumentError]:
    return [d for d in items if isinstance(d, DocumentError)]
