"""People a target names are of the place named right after them (sentences written for the test)."""

from __future__ import annotations

import pytest

from newsgraph.settings import Settings

from .test_targets import events_of

pytestmark = pytest.mark.model


def target_codes(settings: Settings, text: str, root: str) -> set[str]:
    return {e.target.code for e in events_of(settings, text) if e.root == root and e.target is not None}


@pytest.mark.parametrize(
    ("text", "root", "code"),
    [
        # The parser hangs "in Darfur" on "aid": the refugees are still Darfur's, not the dateline's.
        ("LONDON (Reuters) - Britain approved aid to refugees in Darfur on Wednesday.", "07", "SDNREF"),
        ("LONDON (Reuters) - Britain sent food aid to refugees in Darfur on Wednesday.", "07", "SDNREF"),
        ("GENEVA (Reuters) - The United States pledged aid to refugees in Chad on Monday.", "03", "TCDREF"),
        ("BRUSSELS (Reuters) - The EU approved food aid for civilians in Gaza on Tuesday.", "07", "PSECVL"),
        # A nationality says whose they are, wherever they are.
        ("LONDON (Reuters) - Britain approved aid to British citizens in Lebanon on Monday.", "07", "GBRCVL"),
        ("ROME (Reuters) - Italy approved aid to Iraqi refugees in Jordan on Monday.", "07", "IRQREF"),
    ],
)
def test_placed_people_are_of_the_place_after_them(
    settings: Settings, text: str, root: str, code: str
) -> None:
    assert code in target_codes(settings, text, root)


def test_placed_keeps_a_state_body_where_it_meets(settings: Settings) -> None:
    # Rebel leaders met in Nairobi are not Kenya's: only civilians and refugees are of where they are.
    text = "LONDON (Reuters) - Britain held talks with rebel leaders in Nairobi on Monday."
    assert not any(c.startswith("KEN") for c in target_codes(settings, text, "04"))
