"""A vow of revenge that names no one is aimed at whoever dealt the blow its sentence tells, through the user's
path, on leads written for these tests (incidents generic or fictional)."""

from __future__ import annotations

import pytest

from newsgraph.settings import Settings

from .test_wire_blind import Case, Tuple, code_all

pytestmark = pytest.mark.model

CASES = (
    Case("vowed-after", "GAZA (Reuters) - Hamas vowed revenge on Sunday after Israeli troops killed three of its gunmen."),
    Case("vowed-and", "NAJAF, Iraq (Reuters) - U.S. forces killed 20 militiamen loyal to a Shi'ite cleric on Monday, "
         "and the cleric's aides vowed revenge."),
    Case("promised-retaliation", "GAZA (Reuters) - Hamas promised swift retaliation after an Israeli air strike "
         "killed a senior Hamas commander."),
    Case("vowed-civilians", "GAZA (Reuters) - Hamas vowed revenge on Sunday after Israeli troops killed three "
         "Palestinians in Gaza."),
    Case("threatened-reprisals", "GAZA (Reuters) - Israeli troops killed three Hamas gunmen in Gaza on Sunday, and "
         "Hamas threatened reprisals against Israel."),
    Case("vowed-background", "GAZA (Reuters) - Hamas vowed revenge on Sunday for the killing of its leader last year."),
    Case("vowed-denied", "GAZA (Reuters) - Hamas vowed revenge on Sunday after Israeli troops said they had not "
         "killed three of its gunmen."),
    Case("vowed-fight-on", "GAZA (Reuters) - Hamas vowed on Sunday to fight on after Israeli troops killed three of "
         "its gunmen."),
)  # fmt: skip


@pytest.fixture(scope="module")
def coded(settings: Settings) -> dict[str, set[Tuple]]:
    return code_all(settings, CASES)


@pytest.mark.parametrize(
    ("lead", "tuple_"),
    [
        ("vowed-after", ("PSE", "ISR", "13")),
        ("vowed-and", ("IRQ", "USA", "13")),
        ("promised-retaliation", ("PSE", "ISR", "13")),
        ("vowed-civilians", ("PSE", "ISR", "13")),
        ("threatened-reprisals", ("PSE", "ISR", "13")),
    ],
)
def test_revenge_vow_aimed_at_the_one_who_dealt_the_blow(coded: dict[str, set[Tuple]], lead: str, tuple_: Tuple) -> None:
    assert tuple_ in coded[lead]


@pytest.mark.parametrize("lead", ["vowed-background", "vowed-denied", "vowed-fight-on"])
def test_revenge_no_told_blow_aims_no_vow(coded: dict[str, set[Tuple]], lead: str) -> None:
    """A blow only named ("for the killing of its leader last year") or denied aims nothing, and a vow to fight
    on is no revenge: the threat keeps no target."""
    assert not any(t[2] == "13" and t[1] for t in coded[lead])
