"""The part of the near-duplicate index (newsgraph.store.dedup) a run has used, in memory.

Why: templated news shares many LSH bands. At 20,000 synthetic wire articles one band in a
hundred is shared by over 200 articles and the largest by thousands, so a check's candidates
(every article sharing a band) grow with the store, and few of them pass the signature
estimate and fewer the names guard. Reading them from SQL row by row in Python made the writer
slow down as the store grew (docs/benchmarks.md, "Store writer"); here a check gathers them,
estimates their similarity and applies the names guard with a few array operations over all
of them at once, with the same results.

What is held: for each band read so far, the row numbers of the articles that have it; for
each row, its signature and its names (as ids into a vocabulary, so the names guard is an
array lookup). Stored articles enter band by band, the first time a check asks for a band
(one query), so a short run over a large store reads only what it touches.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

import numpy as np


def _equal_counts(equal: np.ndarray) -> np.ndarray:
    """Per row, how many entries of a C-contiguous boolean matrix are true.

    numpy's reductions along a short last axis are slow; adding the rows as uint64 words, eight
    byte lanes at a time, and then the lanes with one multiply is much faster. Exact while a lane holds at most 255 and a row at most 255 (widths up to
    248, a multiple of 8: BandIndex checks)."""
    words = equal.view(np.uint64)
    total = words[:, 0].copy()
    for column in range(1, words.shape[1]):
        total += words[:, column]
    return (total * np.uint64(0x0101010101010101)) >> np.uint64(56)


def _grown(array: np.ndarray, needed: int) -> np.ndarray:
    if needed <= len(array):
        return array
    bigger = np.empty((max(needed, 2 * len(array)), *array.shape[1:]), dtype=array.dtype)
    bigger[: len(array)] = array
    return bigger


class BandIndex:
    """Rows (articles) by LSH band, with their signatures and names."""

    def __init__(self, num_perm: int) -> None:
        if num_perm % 8 or num_perm > 248:
            raise ValueError(f"signatures of {num_perm} values are not supported (a multiple of 8 up to 248)")
        self.ids: list[str] = []
        self.rows: dict[str, int] = {}
        self.signatures = np.empty((256, num_perm), dtype=np.uint32)
        self._low_bytes = np.empty((256, num_perm), dtype=np.uint8)
        self._vocabulary: dict[str, int] = {}
        self._names = np.empty(4096, dtype=np.int32)  # every row's name ids, one after another
        self._names_used = 0
        self._names_start = np.empty(256, dtype=np.int64)
        self._names_count = np.empty(256, dtype=np.int64)
        self._members: dict[int, np.ndarray] = {}
        self._sizes: dict[int, int] = {}

    # --- building -------------------------------------------------------------------------

    def row(self, article_id: str, signature: np.ndarray, names: Iterable[str]) -> int:
        """The row of an article, added when new."""
        row = self.rows.get(article_id)
        if row is not None:
            return row
        row = len(self.ids)
        self.signatures = _grown(self.signatures, row + 1)
        self._low_bytes = _grown(self._low_bytes, row + 1)
        self._names_start = _grown(self._names_start, row + 1)
        self._names_count = _grown(self._names_count, row + 1)
        self.signatures[row] = signature
        self._low_bytes[row] = signature.astype(np.uint8)
        ids = [self._vocabulary.setdefault(name, len(self._vocabulary)) for name in names]
        start = self._names_used
        self._names = _grown(self._names, start + len(ids))
        self._names[start : start + len(ids)] = ids
        self._names_used = start + len(ids)
        self._names_start[row], self._names_count[row] = start, len(ids)
        self.ids.append(article_id)
        self.rows[article_id] = row
        return row

    def loaded(self, band: int) -> bool:
        return band in self._members

    def add(self, band: int, row: int) -> None:
        """File a row under a band already loaded."""
        size = self._sizes[band]
        members = self._members[band] = _grown(self._members[band], size + 1)
        members[size] = row
        self._sizes[band] = size + 1

    def load(self, conn: sqlite3.Connection, bands: Iterable[int]) -> None:
        """Read the stored members of the bands not read yet."""
        missing = sorted({b for b in bands if b not in self._members})
        if not missing:
            return
        found: dict[int, list[int]] = {b: [] for b in missing}
        marks = ",".join("?" * len(missing))
        for band, article_id, signature, names in conn.execute(
            f"SELECT b.band, b.article_id, s.signature, s.names FROM dedup_bands b "
            f"JOIN dedup_signatures s ON s.article_id = b.article_id WHERE b.band IN ({marks})",
            missing,
        ):
            row = self.rows.get(article_id)
            if row is None:
                row = self.row(article_id, np.frombuffer(signature, dtype=np.uint32), json.loads(names))
            found[band].append(row)
        for band, rows in found.items():
            self._members[band] = np.array(rows + [0] * max(4, len(rows)), dtype=np.int64)
            self._sizes[band] = len(rows)

    # --- screening ------------------------------------------------------------------------

    def candidates(self, bands: Iterable[int]) -> np.ndarray:
        """Rows sharing at least one of `bands` (all loaded), each once, in row order."""
        parts = [self._members[b][: self._sizes[b]] for b in bands if self._sizes.get(b)]
        if not parts:
            return np.empty(0, dtype=np.int64)
        seen = np.zeros(len(self.ids), dtype=bool)
        for part in parts:
            seen[part] = True
        return np.flatnonzero(seen)

    def similar(self, rows: np.ndarray, signature: np.ndarray, floor: float) -> np.ndarray:
        """The rows whose MinHash estimate against `signature` (the share of equal positions,
        as dedup.estimate computes it) is at least `floor`.

        The low bytes of two equal values are equal, so counting equal low bytes first (a
        quarter of the memory to gather) over-counts only, and rows that fail it fail the
        real count; the real count is then taken for the few left."""
        low = _equal_counts(self._low_bytes[rows] == signature.astype(np.uint8))
        rows = rows[low / signature.size >= floor]
        equal = _equal_counts(self.signatures[rows] == signature)
        return rows[equal / signature.size >= floor]

    def names_agree(
        self, rows: np.ndarray, names: frozenset[str], min_names: int, share: float
    ) -> np.ndarray:
        """For each row, dedup's names guard: true when either side has fewer than `min_names`
        names, else when the shared names are at least `share` of all names of the two."""
        counts = self._names_count[rows]
        if len(names) < min_names:
            return np.ones(len(rows), dtype=bool)
        known = np.zeros(len(self._vocabulary) + 1, dtype=bool)
        for name in names:
            vid = self._vocabulary.get(name)
            if vid is not None:
                known[vid] = True
        starts = self._names_start[rows]
        offsets = np.cumsum(counts) - counts
        flat = np.arange(int(counts.sum())) - np.repeat(offsets - starts, counts)
        hits = np.concatenate([[0], np.cumsum(known[self._names[flat]])])
        shared = hits[offsets + counts] - hits[offsets]
        union = len(names) + counts - shared
        agree: np.ndarray = counts < min_names
        judged = ~agree
        agree[judged] = shared[judged] / union[judged] >= share
        return agree
