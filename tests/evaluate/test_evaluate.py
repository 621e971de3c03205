"""`newsgraph eval`'s frame: scores with their pinned floors (ceilings for counts of losses),
precision/recall/F1 from counts, the shared folder found or a usage error, and scorers run
by name through the registry."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsgraph.evaluate as evaluate_package
from newsgraph import registry
from newsgraph.errors import UsageError
from newsgraph.evaluate import Score, evaluate, floors, prf, shared_dir
from newsgraph.settings import Settings


def test_evaluate_a_floor_is_met_from_above_a_ceiling_from_below() -> None:
    assert Score("events", "plover_dev", "f1", 0.61, 100, floor=0.6).passed
    assert not Score("events", "plover_dev", "f1", 0.59, 100, floor=0.6).passed
    assert Score("events", "events_news", "items_lost", 0.0, 10, floor=0.0).passed
    assert not Score("events", "events_news", "items_lost", 1.0, 10, floor=0.0).passed
    assert Score("events", "plover_dev", "f1", 0.0, 0).passed  # nothing pinned
    assert Score("quotes", "quotes_dev", "recall", 0.5, 1).key == "quotes_dev.quotes.recall"


def test_evaluate_prf_from_counts() -> None:
    assert prf(8, 2, 2) == pytest.approx((0.8, 0.8, 0.8))
    assert prf(1, 0, 3) == pytest.approx((1.0, 0.25, 0.4))
    assert prf(0, 0, 0) == (0.0, 0.0, 0.0)


def test_evaluate_floors_are_pinned_per_key() -> None:
    pinned = floors()
    assert pinned and all(key.count(".") == 2 for key in pinned)
    assert all(isinstance(value, float | int) for value in pinned.values())


def test_evaluate_shared_folder_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "eval").mkdir()
    monkeypatch.setenv("NEWSGRAPH_SHARED", str(tmp_path))
    assert shared_dir() == tmp_path
    monkeypatch.setenv("NEWSGRAPH_SHARED", str(tmp_path / "nowhere"))
    monkeypatch.chdir(tmp_path)  # no ../shared beside the working folder either
    beside_checkout = Path(evaluate_package.__file__).resolve().parents[3].parent / "shared"
    if not (beside_checkout / "eval").is_dir():  # else that one is found, rightly
        with pytest.raises(UsageError, match="NEWSGRAPH_SHARED"):
            shared_dir()


def test_evaluate_runs_the_named_scorers_and_attaches_floors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = next(iter(floors()))
    dataset, family, metric = key.split(".")

    def scorer(eval_dir: Path, settings: Settings) -> list[Score]:
        assert eval_dir == tmp_path / "eval"
        return [Score(family, dataset, metric, 0.5, 3), Score("x", "y", "z", 1.0, 1)]

    # Registered for this test only (test_floors runs every registered scorer): the built-ins
    # first, then this one beside them until the test ends.
    registry.names("eval")
    monkeypatch.setitem(registry._REGISTRY["eval"], "test-only-scorer", scorer)
    scores = evaluate(Settings(), only=["test-only-scorer"], shared=tmp_path)
    assert [(s.key, s.floor) for s in scores] == [(key, floors()[key]), ("y.x.z", None)]
    with pytest.raises(UsageError):
        evaluate(Settings(), only=["no-such-scorer"], shared=tmp_path)
