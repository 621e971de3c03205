"""Score what the user gets: write a set as JSONL, read it back through `newsgraph analyze`'s path.

Every evaluator hands its items here as plain records (id, title, text, date ...). They are
written to a JSONL file, read by the same reader and pipeline that `newsgraph analyze
FILE.jsonl --format jsonl` runs, and returned as that command's JSON, grouped by the record's
id. An item that comes back with no article is *lost*, and evaluators report how many.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.model import DocumentError
from newsgraph.pipeline import analyze
from newsgraph.serialize import analysis_dict
from newsgraph.settings import Settings


@dataclass(frozen=True)
class UserPathRun:
    """`analyze -f jsonl` output grouped by input record id, and the failures it printed."""

    articles: dict[str, list[dict[str, Any]]]
    errors: list[DocumentError] = field(default_factory=list)

    def lost(self, ids: Iterable[str]) -> int:
        """How many of these records gave no article."""
        return sum(1 for i in ids if not self.articles.get(i))


def run_user_path(records: Iterable[Mapping[str, Any]], settings: Settings) -> UserPathRun:
    """Write `records` (each with an `id`) as JSONL and analyse the file as a user would."""
    with tempfile.TemporaryDirectory(prefix="newsgraph-eval-") as tmp:
        path = Path(tmp) / "items.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for record in records:
                out.write(json.dumps(dict(record), ensure_ascii=False) + "\n")
        grouped: dict[str, list[dict[str, Any]]] = {}
        errors: list[DocumentError] = []
        for item in analyze([str(path)], settings):
            if isinstance(item, DocumentError):
                errors.append(item)
                continue
            row = analysis_dict(item)
            key = str(row.get("source_id") or row.get("id"))
            grouped.setdefault(key, []).append(row)
    return UserPathRun(grouped, errors)
