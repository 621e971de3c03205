from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.evaluate.plover import OLD_LABELS, country, country_codes, match_triples, score_plover


def test_plover_old_labels_map_to_plover_2() -> None:
    assert OLD_LABELS == {
        "DISAPPROVE": "ACCUSE",
        "DEMAND": "REQUEST",
        "INVESTIGATE": "ACCUSE",
        "FIGHT": "ASSAULT",
    }


def test_plover_country_part_of_actor_codes() -> None:
    assert country("HUNGOV") == "HUN"
    assert country("JAP") == "JPN"
    assert country("IGOUNO") == "IGO"
    assert country("GOV") == ""
    assert country("") == ""
    assert country(None) == ""


@pytest.mark.shared
def test_plover_country_table_rejects_non_countries(shared: Path) -> None:
    known = country_codes(shared / "eval")
    assert "BLR" in known
    assert country("XYZGOV", known) == ""
    assert country("ITLGOV", known) == "ITA"


def test_plover_triples_empty_gold_target_accepts_any_target() -> None:
    gold = [("HUN", "", "AGREE"), ("ROU", "", "AGREE")]
    assert match_triples(gold, [("HUN", "ROU", "AGREE"), ("ROU", "HUN", "AGREE")]) == (2, 0, 0)


def test_plover_triples_each_gold_matched_once() -> None:
    gold = [("ISR", "PSE", "ASSAULT")]
    assert match_triples(gold, [("ISR", "PSE", "ASSAULT"), ("ISR", "PSE", "ASSAULT")]) == (1, 1, 0)
    assert match_triples(gold, [("ISR", "", "ASSAULT")]) == (0, 1, 1)
    assert match_triples(gold, []) == (0, 0, 1)


@pytest.mark.model
@pytest.mark.shared
@pytest.mark.slow
def test_plover_scorer_reports_every_metric(shared: Path) -> None:
    from newsgraph.settings import Settings

    scores = {s.metric: s for s in score_plover(shared / "eval", Settings())}
    whole = {"triple_precision", "triple_recall", "triple_f1", "type_accuracy", "type_exact", "items_lost"}
    assert set(scores) == whole | {f"{m}_{h}" for m in whole for h in ("read", "held")}
    assert scores["type_accuracy"].n == 164
    assert scores["type_accuracy_read"].n + scores["type_accuracy_held"].n == 164
    assert 0.0 < scores["triple_f1"].value <= 1.0
    assert scores["type_exact"].value <= scores["type_accuracy"].value
