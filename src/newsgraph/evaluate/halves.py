"""The diagnosis split: every dev set is cut in two halves by a stable hash of its items' keys.

Error analysis reads the `read` half only; the `held` half is scored and reported beside it,
never read. The split is by a key that keeps related items together (a PolNeAR document, a
CoNLL document, a wire item), so paragraphs of one story never sit on both sides.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from typing import Literal, TypeVar

Half = Literal["read", "held"]
HALVES: tuple[Half, Half] = ("read", "held")

T = TypeVar("T")


def half(key: str) -> Half:
    """`read` or `held` for an item key; the same key always falls in the same half."""
    digest = hashlib.sha1(key.encode("utf-8")).digest()
    return "read" if digest[0] % 2 == 0 else "held"


def split(items: Iterable[T], key: Callable[[T], str]) -> dict[Half, list[T]]:
    """Items grouped by half, in their original order."""
    out: dict[Half, list[T]] = {"read": [], "held": []}
    for item in items:
        out[half(key(item))].append(item)
    return out
