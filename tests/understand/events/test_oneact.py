"""One act told twice in a clause is one event (`understand.events.oneact`), through the coder."""

from __future__ import annotations

import pytest

from newsgraph.settings import Settings

from .test_find import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # the purpose clause names what the march is against: one protest, at that
        ("Thousands of Kenyans marched in Mombasa to protest against Uganda's border closure.", {("KEN", "UGA", "14")}),
        # neither names a target: one protest, at the marchers' own government
        ("Hundreds of Chileans marched through Santiago to protest.", {("CHL", "CHL", "14")}),
        # the main verb names it already: the purpose clause adds nothing
        ("Angry Bolivians protested outside the Peruvian embassy to demonstrate their anger.", None),
    ],
)
def test_oneact_a_protest_and_its_purpose_clause_are_one_protest(
    settings: Settings, sentence: str, want: set[tuple[str, str, str]] | None
) -> None:
    _, events = code(settings, sentence)
    protests = [e for e in events if e.cameo.startswith("14")]
    assert len(protests) == 1
    got = {(e.source.country if e.source else "", e.target.country if e.target else "", e.cameo[:2]) for e in protests}
    if want is not None:
        assert got == want


def test_oneact_the_purpose_clause_s_target_beats_the_marchers_venue(settings: Settings) -> None:
    # "rallied in Lima" places the rally; what it is against is what the purpose clause names.
    _, events = code(settings, "Peruvian teachers rallied in Lima to protest against the government of Toledo.")
    protests = [e for e in events if e.cameo.startswith("14")]
    assert len(protests) == 1 and protests[0].target is not None and protests[0].target.code == "PERGOV"
