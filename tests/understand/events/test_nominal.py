"""Nominal events: acts told as nouns with their actors, and the target slots matches share.
Every sentence is written for the test (fictional or generic wire style)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.evaluate.plover import load_stages
from newsgraph.extract.build import build_article
from newsgraph.model import Event
from newsgraph.settings import Settings

pytestmark = pytest.mark.model


def events_of(settings: Settings, text: str) -> tuple[Event, ...]:
    article = build_article(
        source="t", paragraphs=[text], published=dt.date(2025, 3, 12), date_precision="day", language="en"
    )
    ((_, events),) = list(load_stages(settings).events([article]))
    return events


def claims(events: tuple[Event, ...]) -> set[tuple[str, str, str]]:
    return {
        (e.source.country if e.source else "", e.target.country if e.target else "", e.cameo)
        for e in events
        if not e.negated and not e.hypothetical
    }


def test_an_assassination_attempt_the_victim_survived(settings: Settings) -> None:
    events = events_of(
        settings,
        "A senior Kenyan opposition leader survived a Ugandan assassination attempt in Kampala on Friday.",
    )
    assert ("UGA", "KEN", "185") in claims(events)


def test_a_told_bombing_has_its_target_and_no_guessed_bomber(settings: Settings) -> None:
    events = events_of(
        settings, "The bombing of the Kenyan embassy in Kampala killed four guards on Tuesday."
    )
    assert ("", "KEN", "183") in claims(events)
    # The embassy was bombed: it did not kill anyone.
    assert not any(e.source and e.source.country == "KEN" for e in events if e.root == "19")


def test_an_actor_word_before_the_act_is_its_source(settings: Settings) -> None:
    events = events_of(settings, "An Iranian drone attack killed three soldiers near the border on Tuesday.")
    assert any(e.source and e.source.country == "IRN" and e.root in ("18", "19") for e in events)


def test_a_place_before_the_act_is_where_not_who(settings: Settings) -> None:
    events = events_of(settings, "The Nairobi bombing was blamed on Somali militants by Kenyan police.")
    assert not any(e.root == "18" and e.source and e.source.country == "KEN" for e in events)


def test_a_light_verb_makes_its_subject_the_author(settings: Settings) -> None:
    events = events_of(
        settings,
        "Kenyan police arrested a Somali man who masterminded the kidnapping of two Italian engineers.",
    )
    assert any(e.cameo == "181" and e.target and e.target.country == "ITA" and e.source for e in events)


def test_a_background_noun_is_no_event(settings: Settings) -> None:
    events = events_of(
        settings, "Security was tightened in Nairobi after the 1998 bombing of the American embassy."
    )
    assert not any(e.root == "18" for e in events)


def test_the_helped_is_the_object_of_a_bare_infinitive(settings: Settings) -> None:
    events = events_of(settings, "Japan will help rebuild war-damaged Liberia, its foreign minister said.")
    assert any(
        e.source and e.source.country == "JPN" and e.target and e.target.country == "LBR" for e in events
    )


def test_what_an_appeal_asks_for_is_no_event(settings: Settings) -> None:
    events = events_of(settings, "Kenyan church leaders called for talks with the Somali rebels on Monday.")
    assert "04" not in {e.root for e in events}
    assert "02" in {e.root for e in events}


def test_taking_part_is_an_event_only_by_what_one_takes_part_in(settings: Settings) -> None:
    events = events_of(settings, "The Kenyan president took part in a live radio phone-in on Monday.")
    assert not events
    events = events_of(settings, "Kenyan ministers took part in talks with Ugandan officials on Monday.")
    assert "04" in {e.root for e in events}


def test_an_act_inside_a_denial_is_no_event(settings: Settings) -> None:
    # The denial is the verb's event; the killing it denies a role in did not happen by this text.
    events = events_of(
        settings, "Syria on Friday denied any role in the killing of a Hamas official in Damascus."
    )
    assert not {e.root for e in events} & {"18", "19"}
    told = events_of(settings, "Syria on Friday condemned the killing of a Hamas official in Damascus.")
    assert "11" in {e.root for e in told}


def test_victims_of_a_result_clause_are_the_struck_countrys_people(settings: Settings) -> None:
    # Role-only or dateline-coded victims ("two civilians") take the country the act struck and
    # keep their role: the wounded are Israeli civilians, not Palestinian or role-less.
    for text in (
        "GAZA CITY (Reuters) - Militants fired rockets at the Israeli town of Sderot, wounding two civilians.",
        "Militants fired rockets at the Israeli town of Sderot, wounding two civilians.",
    ):
        wounding = [e for e in events_of(settings, text) if e.trigger == "wounding"]
        assert wounding and wounding[0].target is not None and wounding[0].target.code == "ISRCVL", text


def test_the_of_phrase_of_an_intransitive_act_noun_is_its_doer(settings: Settings) -> None:
    # "troops withdrew": in "the withdrawal of Malian troops" the troops are who withdrew.
    events = events_of(settings, "The withdrawal of Malian troops from northern Niger began on Tuesday.")
    assert ("MLI", "NER", "087") in claims(events)


def test_a_passive_that_keeps_its_object_has_the_recipient_as_subject(settings: Settings) -> None:
    events = events_of(settings, "A Cuban dissident was granted asylum by Spain on Monday.")
    assert ("ESP", "CUB", "075") in claims(events)


def test_a_target_hung_on_a_particle_is_found(settings: Settings) -> None:
    events = events_of(settings, "Sudanese rebels walked away from peace talks with Chad on Friday.")
    assert ("SDN", "TCD", "164") in claims(events)


def test_a_demand_yielded_to_is_aimed_at_who_made_it(settings: Settings) -> None:
    events = events_of(settings, "The Peruvian government bowed to opposition demands on Monday.")
    assert any(s == "PER" and t == "PER" and c.startswith("08") for s, t, c in claims(events))


def test_an_act_hoped_for_planned_or_feared_is_no_event(settings: Settings) -> None:
    for text in (
        "Hopes for a resumption of talks between Norway and Sweden rose on Monday.",
        "Sweden rejected calls for sanctions against Norway on Monday.",
        "The prospect of an Indian offensive against Pakistan alarmed investors.",
    ):
        assert not any(e.root in ("04", "16", "19") for e in events_of(settings, text) if not e.negated), text


def test_acts_whose_verbs_are_coded_are_coded_as_nouns_with_their_actors(settings: Settings) -> None:
    cases = {
        "Japan's apology to China on Friday eased tensions.": ("JPN", "CHN", "055"),
        "A warning to Iran by the United States drew no reply on Monday.": ("USA", "IRN", "130"),
        "The beheading of a Turkish driver by militants in Iraq shocked Turkey.": ("IRQ", "TUR", "180"),
        "A summit between Sweden and Norway ended in Oslo on Friday.": ("SWE", "NOR", "040"),
        "Israel's release of 300 Palestinian prisoners was welcomed on Monday.": ("ISR", "PSE", "0841"),
    }
    for text, expected in cases.items():
        assert expected in claims(events_of(settings, text)), text
    # A warning of no one and the release of a thing are no events.
    for text in ("The storm warning was lifted on Monday.", "Sweden's release of its budget was delayed."):
        assert not any(e.root in ("13", "08") for e in events_of(settings, text)), text


def test_a_phrase_on_another_noun_frames_no_clause(settings: Settings) -> None:
    # "on opposition rallies" says what the ban is about: the government holds no rally.
    events = events_of(
        settings, "The Norwegian government's ban on opposition rallies in Oslo drew protests on Monday."
    )
    assert not any(e.root == "14" and e.source and e.source.code.endswith("GOV") for e in events)
    # On the clause's verb the phrase is the subject's: "said at talks with X".
    events = events_of(
        settings, "Norway's foreign minister said at talks with Sweden on Monday that ties were good."
    )
    assert any(e.root == "04" and e.source and e.source.country == "NOR" for e in events)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Militants made an attempt to assassinate the governor of Basra on Monday.", "18"),
        ("Egypt made a fresh attempt to mediate between the two Sudanese factions.", None),
        ("Turkey renewed its attempt to join the European Union on Monday.", None),
    ],
)
def test_an_attempt_is_an_assassination_attempt_only_when_it_tries_to_kill(
    settings: Settings, text: str, root: str | None
) -> None:
    attempts = [e for e in events_of(settings, text) if e.cameo == "185"]
    assert bool(attempts) is (root == "18")


@pytest.mark.parametrize(
    "text",
    [
        # a passive's subject underwent the act: delaying a delivery rejects no one
        "The delivery of the verdict by the court was postponed on Tuesday.",
        # "assigned to" says where a team works, not where it was sent: no meeting is planned
        "Norway sent a team assigned to its embassy in Colombo on Monday.",
        # street barricades are no military closure
        "The police removed the barricades after the protest.",
    ],
)
def test_review_cases_that_code_nothing(settings: Settings, text: str) -> None:
    assert not [e for e in events_of(settings, text) if e.cameo[:2] in ("03", "08", "12")]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The hijacking of a Greek ferry by Albanian gunmen ended on Sunday.", ("ALB", "GRC", "18")),
        ("The torture of Afghan detainees by Danish soldiers drew protests in Kabul.", ("DNK", "AFG", "18")),
        ("Norway's praise for the Sri Lankan president angered the rebels.", ("NOR", "LKA", "05")),
    ],
)
def test_an_assault_or_praise_told_as_a_noun_with_its_actors(
    settings: Settings, text: str, claim: tuple[str, str, str]
) -> None:
    assert claim in _roots(events_of(settings, text))


def test_welcoming_a_pledge_praises_it_and_sending_condolences_is_an_empathetic_comment(settings: Settings) -> None:
    welcomed = events_of(settings, "Norway's pledge of $20 million to Haiti was welcomed by the United Nations.")
    assert not [e for e in welcomed if e.root == "04"]  # no one is hosted
    assert ("IGO", "NOR", "05") in _roots(welcomed)
    sent = events_of(settings, "Brazil's president sent condolences to Chile on Saturday after the earthquake.")
    assert ("BRA", "CHL", "01") in _roots(sent)
    # "The hijacking of the debate" names no assault: it has no actor to do it.
    assert not [e for e in events_of(settings, "Critics decried the hijacking of the debate.") if e.root == "18"]


def _roots(events: tuple[Event, ...]) -> set[tuple[str, str, str]]:
    return {(s, t, code[:2]) for s, t, code in claims(events)}


def test_signing_a_constitution_and_extending_a_ceasefire(settings: Settings) -> None:
    signed = events_of(settings, "European Union leaders signed the new constitution at a ceremony in Rome on Friday.")
    assert "05" in {code[:2] for _, _, code in claims(signed)}
    extended = _roots(events_of(settings, "Sri Lanka extended its ceasefire with Tamil rebels by three months."))
    assert ("LKA", "LKA", "08") in extended


def test_a_meeting_is_no_actor_and_a_counted_party_owns_nothing(settings: Settings) -> None:
    text = "SEOUL (Reuters) - North Korea threatened on Monday to boycott six-party talks unless Washington backs down."
    events = events_of(settings, text)
    assert events and all(e.target is None or "PTY" not in e.target.code for e in events)
    # A party that owns the thing acted on is still its target.
    banned = _roots(events_of(settings, "Egypt banned an opposition rally in Cairo on Friday."))
    assert any(t for s, t, r in banned if r == "17")


def test_a_plea_to_voters_is_campaigning_not_an_appeal(settings: Settings) -> None:
    text = "The prime minister's plea for voters to trust him with the economy is paying off, a new poll shows."
    assert not [e for e in events_of(settings, text) if e.root == "02"]
    assert "02" in {c[:2] for _, _, c in claims(events_of(settings, "Egypt's appeal to Israel to halt the raids went unheard."))}


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Unions called a nationwide strike on Monday.", "14"),
        ("Maoist rebels called a week-long blockade of the capital.", "19"),
    ],
)
def test_a_strike_or_blockade_called_is_declared_not_asked_for(settings: Settings, text: str, root: str) -> None:
    """ "called a strike" declares it (the strike's own code); "called for a strike" asks for it (02)."""
    assert root in {e.cameo[:2] for e in events_of(settings, text)}
    asked = "Unions called for a nationwide strike on Monday."
    assert {e.cameo[:2] for e in events_of(settings, asked)} == {"02"}


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("The attack on the offices of a state oil company killed three guards.", "18"),
        ("The attack on the army base killed five soldiers on Monday.", "19"),
    ],
)
def test_an_attack_by_no_one_named_on_no_armed_side_is_an_assault(settings: Settings, text: str, root: str) -> None:
    """With the attackers unknown, an attack on a company or on civilians is assault (18); on troops, a fight (19)."""
    roots = {e.cameo[:2] for e in events_of(settings, text)}
    assert root in roots
    assert root == "19" or "19" not in roots


def test_a_deal_between_two_sides_is_theirs(settings: Settings) -> None:
    """ "welcomed the agreement between X and Y": the welcome is aimed at both sides of the deal."""
    text = "The Secretary-General welcomed the agreement between Ethiopia and Eritrea on Monday."
    targets = {e.target.code[:3] for e in events_of(settings, text) if e.target is not None}
    assert {"ETH", "ERI"} <= targets
