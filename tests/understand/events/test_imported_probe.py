"""A stratified sample of PETRARCH2's CAMEO verb dictionary (CAMEO.2.0.txt, MIT), told in wire
sentences written for this test and coded through the user's path (`newsgraph analyze`).

Each case is one dictionary entry (a verb's own code, a verb + object noun pattern, a verb +
preposition pattern, a synonym of the pattern's verb) over roots 02-20; the expected root is the
dictionary's. Known misses are strict xfails with the reason, so fixing one fails loudly.
The wider probe (hundreds of entries, generated) is described in docs/accuracy.md.
"""

from __future__ import annotations

import pytest

from newsgraph.evaluate.userpath import run_user_path
from newsgraph.settings import Settings

pytestmark = pytest.mark.model

# (root, dictionary entry, sentence)
CASES = (
    ("02", "APPEAL * (FOR &FOOD)", "The Chilean government appealed to Peru for food on Tuesday."),
    (
        "02",
        "ASK * EVACUATION",
        "The Chilean embassy requested the evacuation of its nationals from Peru on Monday.",
    ),
    ("03", "PROMISE * AID", "The Chilean government promised aid to Peru on Tuesday."),
    ("03", "PLEDGE * SUPPORT", "Chile pledged support to Peru on Wednesday."),
    ("04", "START * TALKS", "Chile launched talks with Peru on Tuesday."),
    ("04", "HOLD * TALKS", "Chilean officials held talks with Peruvian envoys in Lima on Monday."),
    ("04", "START * &NEGOTIATION", "Chile opened negotiations with Peru on Thursday."),
    ("05", "SEND * AMBASSADOR", "Chile sent an ambassador to Peru on Friday."),
    ("05", "RESTORE * TIES", "Chile restored ties with Peru on Tuesday."),
    ("06", "START * TRADE", "Chile opened trade with Peru on Monday."),
    (
        "06",
        "RELEASE * &INFORMATION",
        "The Chilean interior ministry released intelligence to Peru on Monday.",
    ),
    ("07", "ACCELERATE * AID", "The Chilean government rushed aid to Peru on Tuesday."),
    ("07", "FLY * {RELIEF SUPPLIES}", "The Chilean air force flew relief supplies to Peru on Sunday."),
    ("08", "RETREAT &MILITARY *", "Chilean troops withdrew from Peru on Saturday."),
    ("08", "LIFT * &CURFEW", "The Chilean army lifted the curfew in the Peruvian border town on Monday."),
    (
        "09",
        "BOOST * &INVESTIGATION",
        "Chilean prosecutors expanded their investigation into the Peruvian bank on Monday.",
    ),
    ("10", "STEP_UP * PRESSURE", "The Chilean government stepped up pressure on Peru on Tuesday."),
    ("10", "DEMAND * EXPLANATION", "Chile demanded an explanation from Peru on Wednesday."),
    ("11", "EXPRESS * CONDEMNATION", "The Chilean government expressed condemnation of Peru on Tuesday."),
    ("11", "ACCUSE", "Chile accused Peru of spying on Monday."),
    ("12", "REJECT * &PROPOSAL", "Chile rejected the Peruvian proposal on Tuesday."),
    ("12", "EXCLUDE * {PEACE PROCESS}", "Chile boycotted the peace process with Peru on Friday."),
    ("13", "GIVE * WARNING", "Chile issued a warning to Peru on Tuesday."),
    ("13", "THREATEN * (WITH SANCTIONS)", "Chile threatened Peru with sanctions on Thursday."),
    ("14", "STAGE * RALLIES", "Chilean students staged rallies against Peru on Sunday."),
    (
        "14",
        "GO * (ON STRIKE)",
        "Chilean dock workers went on strike against the Peruvian shipping line on Monday.",
    ),
    ("15", "MOBILIZE * TROOPS", "Chile mobilized troops on its border with Peru on Tuesday."),
    ("15", "START * MANEUVERS", "The Chilean navy launched maneuvers near Peru on Monday."),
    ("16", "IMPOSE * SANCTIONS", "Chile imposed sanctions on Peru on Tuesday."),
    ("16", "CUT * TIES", "Chile cut ties with Peru on Wednesday."),
    ("17", "ARREST", "Chilean police arrested two Peruvian journalists on Monday."),
    ("17", "SEIZE", "Chilean customs officers seized a Peruvian cargo ship on Friday."),
    ("18", "KIDNAP", "Chilean gunmen kidnapped a Peruvian engineer on Tuesday."),
    ("18", "TORTURE", "Chilean guards tortured Peruvian prisoners, the report said on Monday."),
    ("19", "SHELL", "Chilean artillery shelled Peruvian positions on Sunday."),
    ("19", "CONTINUE * INTO", "Chilean troops advanced into Peru on Sunday."),
    (
        "20",
        "CLEANSE ETHNICALLY *",
        "Chilean forces ethnically cleansed the Peruvian villages, the report said on Monday.",
    ),
    # The passive, where the dictionary's pattern names the agent ("+ * (BY FORCES)") or implies it.
    ("19", "SHELL (passive)", "Peruvian villages were shelled by Chilean artillery on Sunday."),
    ("16", "EXPEL * AMBASSADOR (passive)", "The Peruvian ambassador was expelled by Chile on Monday."),
    ("04", "HOST * (BY)", "The Chilean president was hosted by Peru on Monday."),
    ("06", "BACK + * (BY FORCES)", "The Peruvian government was backed by Chilean forces on Monday."),
    ("16", "IMPOSE * SANCTIONS (passive)", "Sanctions were imposed on Peru by Chile on Tuesday."),
    ("07", "SEND * AID (passive)", "Aid was sent to Peru by Chile on Tuesday."),
)
KNOWN_MISSES = {
    "12-EXCLUDE * {PEACE PROCESS}": "own word sense: a boycott is coded as a protest act (143), not 125",
}


@pytest.fixture(scope="module")
def coded(settings: Settings) -> dict[str, set[str]]:
    records = [{"id": f"{r}-{e}", "title": "", "text": t, "published": "2025-03-12"} for r, e, t in CASES]
    run = run_user_path(records, settings)
    return {
        rec["id"]: {ev["root"] for a in run.articles.get(rec["id"], []) for ev in a["events"]}
        for rec in records
    }


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(
            c,
            id=f"{c[0]}-{c[1]}",
            marks=[pytest.mark.xfail(reason=KNOWN_MISSES[k], strict=True)]
            if (k := f"{c[0]}-{c[1]}") in KNOWN_MISSES
            else [],
        )
        for c in CASES
    ],
)
def test_dictionary_entry_is_coded_with_its_root(
    coded: dict[str, set[str]], case: tuple[str, str, str]
) -> None:
    root, entry, _ = case
    assert root in coded[f"{root}-{entry}"]


def test_dictionary_sample_coverage(coded: dict[str, set[str]]) -> None:
    right = sum(r in coded[f"{r}-{e}"] for r, e, _ in CASES)
    # 35 of 43 when the set was written (29 before the import fallback and the converter fixes).
    assert right >= 35
