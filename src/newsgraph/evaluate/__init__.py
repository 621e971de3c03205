"""`newsgraph eval`: score newsgraph against the development sets in ../shared/eval.

Each family (articles, actors, places, quotes, events, extraction) has a scorer module in
this package, registered as `register("eval", name)`. A scorer takes the eval directory and
Settings and returns Score rows. Floors live in `floors.json` beside this file: CI fails when
a score drops below its floor. Raising a floor is a normal commit; lowering one is a visible
decision in review.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from newsgraph.errors import UsageError
from newsgraph.registry import get, names
from newsgraph.settings import Settings

# Metrics where more is worse: their pinned value in floors.json is a ceiling. `items_lost`
# counts the items of a set that gave no article on the user's path (see userpath.py);
# `fragments` the quote records that only repeat a piece of another (evaluate/quotes.py).
CEILINGS = frozenset({"items_lost", "fragments"})


@dataclass(frozen=True)
class Score:
    family: str  # "articles", "actors", "places", "quotes", "events", "extraction"
    dataset: str  # "seed", "plover_dev", "petrarch2_gsr", "quotes_dev", "html"
    metric: str  # "precision", "recall", "f1", "type_accuracy", "root_agreement", ...
    value: float
    n: int  # how many items the score is over
    floor: float | None = None

    @property
    def key(self) -> str:
        return f"{self.dataset}.{self.family}.{self.metric}"

    @property
    def passed(self) -> bool:
        if self.floor is not None and self.metric in CEILINGS:
            return self.value <= self.floor + 1e-9
        return self.floor is None or self.value + 1e-9 >= self.floor


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1 from counts; an empty denominator scores 0."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def shared_dir() -> Path:
    """../shared beside the project checkout, or $NEWSGRAPH_SHARED."""
    env = os.environ.get("NEWSGRAPH_SHARED")
    candidates = [Path(env)] if env else []
    candidates += [Path.cwd().parent / "shared", Path(__file__).resolve().parents[3].parent / "shared"]
    for c in candidates:
        if (c / "eval").is_dir():
            return c
    raise UsageError("cannot find ../shared/eval; set NEWSGRAPH_SHARED to the shared folder")


@lru_cache(maxsize=1)
def floors() -> dict[str, float]:
    # The pinned floors ship inside this package (evaluate/floors.json), beside the scorers.
    text = resources.files("newsgraph.evaluate").joinpath("floors.json").read_text(encoding="utf-8")
    data: dict[str, float] = json.loads(text)
    return data


def evaluate(settings: Settings, only: Iterable[str] = (), shared: Path | None = None) -> list[Score]:
    """Run the scorers (all, or those named) and attach each score's floor."""
    root = shared or shared_dir()
    wanted = list(only) or names("eval")
    pinned = floors()
    out: list[Score] = []
    for name in wanted:
        scorer = get("eval", name)
        for s in scorer(root / "eval", settings):
            out.append(Score(s.family, s.dataset, s.metric, s.value, s.n, pinned.get(s.key)))
    return out
