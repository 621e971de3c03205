"""Criticism or rejection of someone's deed, idea or text is aimed at its owner.

Sentences written for the test."""

from __future__ import annotations

import pytest

from newsgraph.settings import Settings

from .test_targets import dyads, events_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "root", "dyad"),
    [
        # A named owner: already aimed so, pinned here beside the pronouns.
        ("TEHRAN (Reuters) - Iran condemned Washington's decision to send more troops on Sunday.", "11",
         ("IRN", "USA")),
        ("ANKARA (Reuters) - Turkey rejected the EU's demands on Cyprus on Friday.", "12", ("TUR", "IGO")),
        ("RAMALLAH (Reuters) - Palestinian leaders denounced Israel's construction of the barrier on "
         "Monday.", "11", ("PSE", "ISR")),
        ("LONDON (Reuters) - Britain criticised Iran's nuclear programme on Monday.", "11", ("GBR", "IRN")),
        # A pronoun owner: the actor named last before it that agrees with it.
        ("BRUSSELS (Reuters) - France and Germany put forward a plan for the EU budget on Monday. Britain "
         "rejected their proposal.", "12", ("GBR", "FRA")),
        ("BRUSSELS (Reuters) - France and Germany put forward a plan for the EU budget on Monday. Britain "
         "rejected their proposal.", "12", ("GBR", "DEU")),
        ("MOSCOW (Reuters) - Ukraine proposed a gas deal on Tuesday. Russia rejected its terms on "
         "Wednesday.", "12", ("RUS", "UKR")),
        # The author of a demand or a decision is the doer of a clause before, not any name nearer.
        ("JERUSALEM (Reuters) - Hamas demanded the release of prisoners on Monday. Israel dismissed their "
         "demands.", "12", ("ISR", "PSE")),
        ("TEHRAN (Reuters) - The United States decided to send more troops to Iraq. Iran denounced its "
         "decision on Sunday.", "11", ("IRN", "USA")),
        ("LONDON (Reuters) - Prince Charles spoke on farming on Monday. A government minister called his "
         "views outdated.", "11", ("GBR", "GBR")),
    ],
)
def test_owner_of_what_is_criticised_is_the_target(
    settings: Settings, text: str, root: str, dyad: tuple[str, str]
) -> None:
    assert dyad in dyads(events_of(settings, text), root)


def test_owner_pronoun_is_not_the_critic(settings: Settings) -> None:
    text = (
        "WASHINGTON (Reuters) - Kerry campaigned in Ohio on Monday against President Bush. "
        "Kerry criticised his policies on the economy."
    )
    events = [e for e in events_of(settings, text) if e.root == "11"]
    assert any(e.target is not None and e.target.name == "Bush" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        # "his own": the critic's; no one before it to point to.
        "WASHINGTON (Reuters) - President Bush criticised his own party on Monday.",
        "PARIS (Reuters) - France rejected its budget plan on Monday.",
    ],
)
def test_owner_pronoun_with_no_other_actor_adds_no_target(settings: Settings, text: str) -> None:
    events = events_of(settings, text)
    assert all(t in ("", s) for s, t in dyads(events, "11") | dyads(events, "12"))


def test_owner_pronoun_names_the_owner_not_only_its_country(settings: Settings) -> None:
    # The ("GBR", "GBR") dyad above holds for any British target, the minister's own government included: the
    # owner must be the one named.
    text = (
        "LONDON (Reuters) - Prince Charles spoke on farming on Monday. A government minister called his "
        "views outdated."
    )
    events = [e for e in events_of(settings, text) if e.root == "11"]
    assert any(e.target is not None and "Charles" in e.target.name for e in events), events


def test_owner_pronoun_is_not_the_critic_under_another_name(settings: Settings) -> None:
    # "their demand" is the militants' (a clause's doer), not that of "Japan's government", which is Tokyo itself;
    # the militants' own country is the force set's known actor miss (test_wire_2004_force).
    text = (
        "Militants loyal to Abu Musab al-Zarqawi beheaded Japanese backpacker Shosei Koda, Japan's government "
        "said on Saturday, after Tokyo refused their demand to withdraw its troops from Iraq."
    )
    events = [e for e in events_of(settings, text) if e.root == "12"]
    assert events and all(e.target is None or e.target.code[3:6] != "GOV" for e in events), events
    assert any(e.target is not None and e.target.name == "Militants" for e in events), events
