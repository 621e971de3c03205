"""Known misses of the hand-written sets, kept visible: a case the code still gets wrong is a strict xfail with
its reason, so the day a fix makes it pass the test fails until the mark is removed."""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import Any

import pytest


def known_miss(*values: object, key: Hashable, misses: Mapping[Any, str], id: str | None = None) -> Any:
    """One pytest param of `values`, a strict xfail with `misses[key]` as its reason when `key` is a known miss."""
    marks = [pytest.mark.xfail(strict=True, reason=misses[key])] if key in misses else []
    return pytest.param(*values, id=id, marks=marks)
