"""The doers a noun's own phrase names, and when a background or object noun tells its event
with them (events.nounactors). Every sentence is written for the test (fictional or generic)."""

from __future__ import annotations

import pytest

from newsgraph.settings import Settings

from .test_nominal import claims, events_of

pytestmark = pytest.mark.model


def test_a_material_act_in_a_background_phrase_with_its_doer_is_told(settings: Settings) -> None:
    events = events_of(
        settings, "Norway's parliament met on Friday amid protests by opposition supporters in Oslo."
    )
    assert any(e.root == "14" and e.source and e.source.code[3:6] == "OPP" for e in events if not e.negated)


def test_an_act_between_two_named_sides_in_a_background_phrase_is_told(settings: Settings) -> None:
    events = events_of(
        settings, "Norway sent more troops on Sunday amid clashes between Swedish soldiers and Danish police."
    )
    assert ("SWE", "DNK", "190") in claims(events) and ("DNK", "SWE", "190") in claims(events)


def test_a_statement_or_another_time_in_a_background_phrase_is_no_event(settings: Settings) -> None:
    # "amid accusations by X" names a mood, not an act; "since" points to another time.
    for text in (
        "The talks opened in Oslo amid accusations of spying by Sweden.",
        "Trade between Norway and Sweden has doubled since protests by Swedish farmers.",
    ):
        assert not any(e.root in ("11", "14") for e in events_of(settings, text) if not e.negated), text


def test_an_act_a_statement_names_with_its_doer_is_told(settings: Settings) -> None:
    events = events_of(settings, "Sweden on Tuesday condemned a Norwegian crackdown on Danish fishermen.")
    assert ("SWE", "NOR", "111") in claims(events)
    assert any(e.root == "17" and e.source and e.source.country == "NOR" for e in events)


def test_an_act_only_a_hypothetical_statement_names_or_one_with_no_doer_is_not(settings: Settings) -> None:
    events = events_of(
        settings, "Sweden blocked a resolution that would have condemned Norway's offensive in Lapland."
    )
    assert not any(e.root == "19" for e in events if not e.negated and not e.hypothetical)
    events = events_of(settings, "Sweden on Tuesday condemned the attack on the Danish embassy.")
    assert not any(e.root == "19" for e in events)


def test_a_raid_by_rebels_is_an_armed_attack_and_its_doer_killed_the_victims(settings: Settings) -> None:
    events = events_of(
        settings, "Six Nepali soldiers were killed on Monday after a raid by Maoist rebels on an army base."
    )
    assert any(e.root == "19" and e.source and e.source.code[3:6] == "REB" for e in events)
    assert not any(e.cameo == "171" for e in events)


def test_an_investigation_is_one_with_what_it_looks_into_or_who_opened_it(settings: Settings) -> None:
    told = (
        "Norway's parliament on Monday opened an investigation into the sale of state land.",
        "The Norwegian parliament's inquiry concluded on Monday that ministers had misled voters.",
    )
    for text in told:
        assert any(e.root == "09" for e in events_of(settings, text)), text
    # A named probe or inquiry with nothing it looks into is a craft or a body, not an act.
    for text in (
        "The Norwegian space agency's Aurora probe landed on Mars on Monday.",
        "The Lindqvist inquiry on Monday cleared the Norwegian government of wrongdoing.",
    ):
        assert not any(e.root == "09" for e in events_of(settings, text)), text


def test_a_background_act_dated_to_another_time_is_not_told(settings: Settings) -> None:
    # Clashes on the story's day are told; clashes dated to May, or lasting since a year, are not.
    today = "Norway sent more troops on Sunday amid clashes between Swedish soldiers and Danish police."
    assert ("SWE", "DNK", "190") in claims(events_of(settings, today))
    for text in (
        "Norway sent more troops on Sunday after clashes between Swedish soldiers and Danish police in May.",
        "Norway sent more troops on Sunday amid clashes between Swedish soldiers and Danish police that "
        "have killed 40 people since 2019.",
    ):
        assert not any(e.root == "19" for e in events_of(settings, text)), text


def test_a_meeting_noun_a_meeting_verb_tells_is_that_meeting_and_no_other(settings: Settings) -> None:
    # "met X at a summit" is one meeting (the verb's); "sat with X at talks" codes none of its own.
    events = events_of(settings, "Norway's prime minister met the Swedish king at a summit in Oslo on Monday.")
    assert not any(e.root == "04" and not e.target for e in events)
    events = events_of(settings, "The Norwegian prime minister sat with Swedish rebels at talks in Oslo.")
    assert any(e.root == "04" for e in events)


def test_a_subject_s_act_its_clause_dates_to_another_time_is_no_event(settings: Settings) -> None:
    events = events_of(settings, "The Norwegian tribunal's indictment of a Swedish general was amended in 2001.")
    assert not any(e.root == "17" for e in events)
    events = events_of(settings, "The Norwegian tribunal's indictment of a Swedish general on Monday angered Sweden.")
    assert any(e.root == "17" for e in events)
    # A span is no date: the visit is the story's.
    for text in (
        "The Swedish king's visit to Oslo on Sunday was the first in two years.",
        "The Swedish foreign minister's visit to Oslo on Saturday was his second in a month.",
    ):
        assert any(e.root == "04" for e in events_of(settings, text)), text


def test_a_span_the_parser_hangs_after_on_puts_the_act_at_another_time(settings: Settings) -> None:
    events = events_of(
        settings, "A Swedish general said on Monday he would not go to Oslo, a year after his indictment by a Norwegian court."
    )
    assert not any(e.root == "17" for e in events)


def test_a_name_labelled_nmod_before_an_adjective_does_the_act(settings: Settings) -> None:
    events = events_of(settings, "A U.S. military offensive against rebels in Lapland killed 20 people on Monday.")
    assert any(e.root == "19" and e.source and e.source.country == "USA" for e in events)


def test_who_ends_a_walkout_did_not_walk_out(settings: Settings) -> None:
    events = events_of(
        settings, "The Norwegian government ordered oil workers back to work on Monday, ending a walkout."
    )
    assert not any(e.root == "14" and e.source and e.source.code[3:6] == "GOV" for e in events)


def test_an_apposition_ranking_the_act_among_earlier_ones_does_not_date_it(settings: Settings) -> None:
    for text in (
        "The Swedish king's visit to Norway, the first by a Swedish monarch in 30 years, ended on Monday.",
        "The Danish premier's visit to Finland, the first by a Danish leader since 1943, ended on Friday.",
        "The Swedish king's visit to Norway on Monday, the longest in a decade, produced two trade deals.",
    ):
        assert any(e.root == "04" for e in events_of(settings, text)), text
    # The act's own date still puts it at another time, whatever apposition follows.
    for text in (
        "The Swedish king's 1972 visit to Norway, the first since the war, was a turning point.",
        "The Swedish king's visit to Norway in 2001, his second trip abroad, was a turning point.",
    ):
        assert not any(e.root == "04" for e in events_of(settings, text)), text
