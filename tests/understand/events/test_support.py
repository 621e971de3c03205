"""Support verbs that put their object's act into force: the backer does the act.

Sentences written for the test."""

from __future__ import annotations

import pytest

from newsgraph.settings import Settings

from .test_targets import dyads, events_of

pytestmark = pytest.mark.model


def codes(settings: Settings, text: str) -> set[tuple[str, str, str]]:
    """(root, source country, target country) of every asserted event."""
    return {
        (e.root, e.source.country if e.source else "", e.target.country if e.target else "")
        for e in events_of(settings, text)
        if not e.negated
    }


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("BRUSSELS (Reuters) - European Union foreign ministers on Monday approved new sanctions against "
         "Belarus over the disputed election.", ("IGO", "BLR")),
        ("NEW YORK (Reuters) - The U.N. Security Council backed sanctions against Sudan on Thursday over the "
         "violence in Darfur.", ("IGO", "SDN")),
        ("BEIJING (Reuters) - China said on Tuesday it backed U.N. sanctions against North Korea.",
         ("CHN", "PRK")),
        ("TOKYO (AP) - Japan on Friday endorsed tougher sanctions against Iran over its nuclear programme.",
         ("JPN", "IRN")),
        ("MOSCOW (Reuters) - Russia supported limited sanctions against Iran, the foreign ministry said on "
         "Wednesday.", ("RUS", "IRN")),
        ("BRUSSELS (AFP) - The European Union agreed sanctions against Zimbabwe on Monday.", ("IGO", "ZWE")),
        ("WASHINGTON (Reuters) - The U.S. Congress voted for new sanctions against Syria on Tuesday.",
         ("USA", "SYR")),
        ("BRUSSELS (Reuters) - The European Union adopted sanctions against Myanmar on Monday after the "
         "crackdown.", ("IGO", "MMR")),
        ("BRUSSELS (Reuters) - EU governments approved an arms embargo on Sudan on Monday.", ("IGO", "SDN")),
        ("BRUSSELS (Reuters) - New sanctions against Belarus were approved by EU foreign ministers on "
         "Monday.", ("IGO", "BLR")),
    ],
)
def test_support_verb_imposes_the_sanctions_it_backs(
    settings: Settings, text: str, dyad: tuple[str, str]
) -> None:
    events = events_of(settings, text)
    assert dyad in dyads(events, "16")
    # The verb's own sense (080 yield for "approve", 051 endorse for "back") is not coded beside it.
    assert not dyads(events, "08") and not dyads(events, "05")


def test_support_verb_carries_a_blockade_and_aid(settings: Settings) -> None:
    text = "JERUSALEM (Reuters) - Israel's cabinet approved a blockade of Gaza on Sunday."
    assert ("ISR", "PSE") in dyads(events_of(settings, text), "19")
    text = "TOKYO (Reuters) - Japan approved aid to Indonesia on Tuesday after the tsunami."
    assert ("JPN", "IDN") in dyads(events_of(settings, text), "07")


def test_support_verb_with_coordinated_targets_gives_one_event_each(settings: Settings) -> None:
    text = "WASHINGTON (Reuters) - The United States approved sanctions against Iran and Syria on Tuesday."
    assert {("USA", "IRN"), ("USA", "SYR")} <= dyads(events_of(settings, text), "16")
    text = (
        "NEW YORK (Reuters) - The Security Council on Friday extended an arms embargo on Liberia and "
        "Sierra Leone."
    )
    assert {("IGO", "LBR"), ("IGO", "SLE")} <= dyads(events_of(settings, text), "16")


@pytest.mark.parametrize(
    "text",
    [
        "LONDON (Reuters) - Britain opposed sanctions against Zimbabwe on Tuesday.",
        "BEIJING (Reuters) - China criticised U.S. sanctions against Iran on Monday.",
        "MOSCOW (AP) - Russia rejected sanctions against Iran on Thursday.",
        "MOSCOW (Reuters) - Russia has refused to back sanctions against Iran.",
    ],
)
def test_support_verbs_against_the_act_are_not_it(settings: Settings, text: str) -> None:
    events = events_of(settings, text)
    subject = text.split(" - ")[1].split()[0]
    country = {"Britain": "GBR", "China": "CHN", "Russia": "RUS"}[subject]
    assert not any(s == country for s, _ in dyads(events, "16"))


def test_support_verb_keeps_talks_an_intent(settings: Settings) -> None:
    # Backing talks does not hold them: the other side has still to come (036, intent to meet).
    text = "ANKARA (Reuters) - Turkey's cabinet backed talks with the European Union on Wednesday."
    assert ("TUR", "IGO") in dyads(events_of(settings, text), "03")


@pytest.mark.parametrize(
    "text",
    [
        "BAGHDAD (Reuters) - The Iraqi government imposed a curfew on Tuesday.",
        "PARIS (AFP) - France backed the plan on Monday.",
        "LONDON (Reuters) - The British parliament approved the budget on Wednesday.",
    ],
)
def test_support_verb_with_no_actor_keeps_an_empty_target(settings: Settings, text: str) -> None:
    assert all(target == "" for _, _, target in codes(settings, text))


@pytest.mark.parametrize(
    ("text", "root", "dyad"),
    [
        # Criticism of a sanction is criticism (11) of whoever imposes it, not support for the
        # sanctioned (053).
        ("BEIJING (Reuters) - China criticised U.S. sanctions against Iran on Monday.", "11", ("CHN", "USA")),
        ("MOSCOW (Reuters) - Russia criticised the EU's sanctions against Belarus on Tuesday.", "11",
         ("RUS", "IGO")),
        ("HAVANA (Reuters) - Cuba condemned the U.S. embargo on Monday.", "11", ("CUB", "USA")),
        ("TEHRAN (Reuters) - Iran condemned the blockade of Gaza by Israel on Sunday.", "11", ("IRN", "ISR")),
        # No imposer named: aimed at no one, not at the side sanctioned (PETRARCH2's 040 "debate").
        ("LONDON (Reuters) - Britain opposed sanctions against Zimbabwe on Tuesday.", "11", ("GBR", "")),
        ("MOSCOW (AP) - Russia rejected sanctions against Iran on Thursday.", "12", ("RUS", "")),
    ],
)
def test_a_verb_against_the_act_keeps_its_own_code_aimed_at_the_doer(
    settings: Settings, text: str, root: str, dyad: tuple[str, str]
) -> None:
    events = events_of(settings, text)
    assert dyad in dyads(events, root)
    assert not dyads(events, "05") and not dyads(events, "04")


def test_support_verb_with_more_verbs_and_measures(settings: Settings) -> None:
    text = "WASHINGTON (Reuters) - The U.S. Senate passed sanctions against Syria on Thursday."
    assert ("USA", "SYR") in dyads(events_of(settings, text), "16")
    text = "BRUSSELS (Reuters) - The European Union renewed its arms embargo on China on Monday."
    assert ("IGO", "CHN") in dyads(events_of(settings, text), "16")


@pytest.mark.parametrize(
    ("text", "root", "dyad"),
    [
        # Backing another state's own act endorses that state: the backer gives nothing, blockades nothing.
        ("TOKYO (Reuters) - Japan supported U.S. aid to Iraq on Monday.", "07", ("JPN", "IRQ")),
        ("LONDON (Reuters) - Britain backed the Israeli blockade of Gaza on Monday.", "19", ("GBR", "PSE")),
    ],
)
def test_support_for_another_states_act_is_not_the_backers(
    settings: Settings, text: str, root: str, dyad: tuple[str, str]
) -> None:
    events = events_of(settings, text)
    assert dyad not in dyads(events, root)
    assert dyads(events, "05")


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # Backing a war or an invasion endorses the fight; the backer does not fight it (only a blockade, 191,
        # is carried of root 19). Backing a halt to talks is the doer's act, not a sanction the backer imposes.
        ("WASHINGTON (Reuters) - Most Democrats in Congress backed the invasion of Iraq in 2002, records show.",
         "19"),
        ("LONDON (Reuters) - Britain backed the war in Iraq on Tuesday.", "19"),
        ("WASHINGTON (AP) - The United States supported the suspension of talks with North Korea.", "16"),
    ],
)
def test_support_verb_carries_no_fight_and_no_halt(settings: Settings, text: str, root: str) -> None:
    events = events_of(settings, text)
    assert not any(e.root == root and e.trigger in ("backed", "supported") for e in events), events
    assert dyads(events, "05")
