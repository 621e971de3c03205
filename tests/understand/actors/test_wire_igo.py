"""International organisations carry their CAMEO tag (docs/actors.md, "International organisations"): IGOUNO,
IGOEUREEC, IGONATO, IGOAFRAU, IGOIAEA as shared/eval/events_guidelines.md writes them, and the same code in the
entity list, the events and the GDELT export. Wire sentences written for these tests; codes set by the
guidelines before the coder ran."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest

from newsgraph.evaluate.userpath import run_user_path
from newsgraph.model import Analysis
from newsgraph.pipeline import analyze
from newsgraph.settings import Settings
from newsgraph.store import open_store
from newsgraph.store.gdelt import gdelt_columns, gdelt_rows

pytestmark = pytest.mark.model

# (date, lead, actor, expected code)
CASES: list[tuple[str, str, str, str]] = [
    ("2004-07-13", "UNITED NATIONS (Reuters) - U.N. Secretary-General Kofi Annan urged Sudan on Tuesday to disarm "
     "the militias in Darfur.", "Kofi Annan", "IGOUNO"),
    ("2004-07-13", "BRUSSELS (Reuters) - The European Union imposed an arms embargo on Sudan on Monday.",
     "European Union", "IGOEUREEC"),
    ("2004-07-13", "KABUL (Reuters) - NATO troops patrolled the streets of the capital on Sunday after a rocket "
     "attack.", "NATO troops", "IGONATO"),
    ("2004-07-13", "ADDIS ABABA (Reuters) - The African Union sent 300 troops to Darfur on Thursday to protect its "
     "ceasefire monitors.", "African Union", "IGOAFRAU"),
    ("2004-07-13", "TEHRAN (Reuters) - IAEA inspectors arrived in Tehran on Saturday to visit a uranium "
     "enrichment plant.", "IAEA inspectors", "IGOIAEA"),
    ("2004-07-13", "CAIRO (Reuters) - The Arab League called on Syria on Wednesday to end its dispute with "
     "Lebanon.", "Arab League", "IGOARBARL"),
    ("2004-07-13", "VIENNA (Reuters) - OPEC agreed on Wednesday to raise oil output by two million barrels a day.",
     "OPEC", "IGOOPC"),
    ("2004-07-13", "JAKARTA (Reuters) - ASEAN foreign ministers urged Myanmar on Thursday to free detained "
     "opposition leaders.", "ASEAN foreign ministers", "IGOSEAASN"),
    # A dated figure: the office the name held on the day says which organisation.
    ("2000-05-10", "BRUSSELS (Reuters) - Javier Solana said on Wednesday the alliance's new members were ready.",
     "Javier Solana", "IGOEUREEC"),
    ("1997-05-10", "BRUSSELS (Reuters) - Javier Solana said on Wednesday the alliance's new members were ready.",
     "Javier Solana", "IGONATO"),
    # The organisation's role stays IGO, and a state keeps its own code.
    ("2004-07-13", "GENEVA (Reuters) - The United Nations condemned Israel on Friday over the raid.", "Israel",
     "ISR"),
    # A state's "president" named next is no description of an international official.
    ("2004-07-13", "Annan met the Sudanese president on Tuesday to press for an end to the violence.", "Annan",
     "IGOUNO"),
]


@cache
def analysed() -> dict[str, dict[str, Any]]:
    records = [{"id": str(n), "text": text, "date": date} for n, (date, text, *_) in enumerate(CASES)]
    run = run_user_path(records, Settings())
    return {r["id"]: run.articles[r["id"]][0] for r in records if run.articles.get(r["id"])}


@pytest.mark.parametrize(("n", "case"), list(enumerate(CASES)), ids=[c[2] for c in CASES])
def test_igo_entity_code(n: int, case: tuple[str, str, str, str]) -> None:
    article = analysed()[str(n)]
    codes = {e["name"]: e["code"] for e in article["entities"]}
    assert codes.get(case[2]) == case[3], codes


def test_igo_event_source_and_target_carry_the_tag() -> None:
    events = analysed()["10"]["events"]  # the United Nations condemned Israel
    assert any(e["source_code"] == "IGOUNO" and e["target_code"] == "ISR" and e["cameo"][:2] == "11" for e in events)
    events = analysed()["1"]["events"]  # the European Union imposed an embargo on Sudan
    assert any(e["source_code"] == "IGOEUREEC" and e["target_code"] == "SDN" for e in events), events


def test_igo_one_code_for_the_entity_and_its_events() -> None:
    for article in analysed().values():
        by_id = {e["id"]: e["code"] for e in article["entities"]}
        for ev in article["events"]:
            for side in ("source", "target"):
                if ev.get(f"{side}_entity_id") in by_id and by_id[ev[f"{side}_entity_id"]].startswith("IGO"):
                    assert ev[f"{side}_code"] == by_id[ev[f"{side}_entity_id"]], ev


def test_igo_store_and_gdelt_export_keep_the_tag(tmp_path: Path) -> None:
    lead = ("NEW YORK (Reuters) - The United Nations condemned Israel on Friday over the raid on a refugee camp.\n\n"
            "NATO troops took control of the airport in Kabul on Saturday.")
    path = tmp_path / "wire.txt"
    path.write_text(lead, encoding="utf-8")
    analyses = [a for a in analyze([str(path)], Settings()) if isinstance(a, Analysis)]
    store = open_store(tmp_path / "news.db")
    store.write_document(path.as_uri(), "hash-igo", None, analyses)
    stored = store.analysis(analyses[0].article.id)
    assert {e.name: e.code for e in stored.entities}["United Nations"] == "IGOUNO"  # read back, no column lost
    names = gdelt_columns()
    rows = [dict(zip(names, row, strict=True)) for row in gdelt_rows(store)]
    un = [r for r in rows if r["Actor1Code"] == "IGOUNO"]
    assert un and un[0]["Actor1KnownGroupCode"] == "UNO" and un[0]["Actor1Type1Code"] == "IGO"
    assert un[0]["Actor1CountryCode"] == "" and un[0]["Actor2Code"] == "ISR"
