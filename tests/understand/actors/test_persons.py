"""The coder's reading of people (persons.py), through the real model and coder on sentences written for it: a
title word that ends a name is a surname, an honorific gives way to the person's own descriptor, an armed group's
commander is the group's, and a common noun for one person gives the role its plural names."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.evaluate.userpath import run_user_path
from newsgraph.understand.actors.persons import Code, PersonEvidence

from .test_coding import actors, code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # A title word as a name's last word is a surname: no office, and no country from the story.
        ("CHICAGO (Reuters) - Larry King interviewed the governor on Tuesday.", "Larry King", ""),
        ("KARACHI (Reuters) - Omar Sheikh appealed his sentence on Monday.", "Omar Sheikh", ""),
        ("LAHORE (Reuters) - Pakistani police arrested Nadeem Sheikh, a suspected Pakistani militant, on Monday.",
         "Nadeem Sheikh", "PAKREB"),
        ("SYDNEY (Reuters) - Australian journalist Colin Judge was freed on Sunday.", "Colin Judge", "AUSMED"),
        # ... but a title before a name still counts.
        ("AMMAN (Reuters) - Jordan's King Abdullah flew to Cairo on Tuesday.", "Abdullah", "JORGOV"),
        ("NEW YORK (Reuters) - U.S. District Judge Nora Quinn blocked the law on Tuesday.", "Nora Quinn", "USAJUD"),
        # An honorific gives way to the person's own descriptor, and alone gives no country.
        ("GAZA (Reuters) - Sheikh Adel Haroun, the founder of the militant group Hamas, spoke on Sunday.",
         "Adel Haroun", "PSEREB"),
        ("FALLUJA, Iraq (Reuters) - Sheikh Nawaf al-Jubouri, an Iraqi tribal leader, condemned the raid.",
         "Nawaf al-Jubouri", "IRQELI"),
        ("DOHA (Reuters) - Sheikh Khalid bin Saud, Qatar's energy minister, met OPEC envoys on Monday.",
         "Khalid bin Saud", "QATGOV"),
        ("LONDON (Reuters) - Sheikh Walid al-Janabi was kidnapped on Tuesday, a relative said.",
         "Walid al-Janabi", "ELI"),
        # An armed group's commander is the group's, not an army's.
        ("MANILA (Reuters) - Troops captured Abu Sayyaf commander Jumadil Hassan on Sunday.", "Jumadil Hassan",
         "PHLREB"),
        # A nationality noun before the name or in apposition to it is the person's country.
        ("BAGHDAD (Reuters) - Kevin Hale, a Briton, pleaded for his life on a video released on Wednesday.",
         "Kevin Hale", "GBR"),
        ("BAGHDAD (Reuters) - Militants killed Sami Farouk, an Egyptian, on Tuesday.", "Sami Farouk", "EGY"),
        ("KAMPALA (Reuters) - Ugandan rebel Joseph Okello surrendered on Monday.", "Joseph Okello", "UGAREB"),
        # One of a people under "a" or "an" is no surname of the dictionary's ("Kurd", "Chechen" end names there).
        ("MOSCOW, Oct 3, 2004 (Reuters) - A Chechen was jailed for nine years on Friday.", "Chechen", "RUS"),
        ("KIRKUK, Iraq, Oct 3, 2004 (AP) - A Kurd was shot dead in the market on Friday.", "Kurd", ""),
        # A title an armed group owns is the group's, as coded on the article's date; a rank names no body.
        ("BEIRUT (AP) - Hezbollah's leader warned Israel on Friday against any attack.", "Hezbollah's leader",
         "LBNREB"),
        ("LONDON, Oct 3, 2004 (Reuters) - Labour's deputy leader criticised the plan.", "Labour's deputy leader",
         "GBRGOV"),
        # A bare "leader" in apposition lets the dated office speak.
        ("LONDON, Oct 3, 2004 (Reuters) - Michael Howard, the Conservative leader, criticised Tony Blair.",
         "Michael Howard", "GBROPP"),
        # A common noun for one person takes its plural's role.
        ("LONDON (Reuters) - Neil Carver, a British hostage, was freed on Thursday.", "Neil Carver", "GBRCVL"),
        ("LONDON (Reuters) - British banker Oliver Thane was charged on Thursday.", "Oliver Thane", "GBRBUS"),
        # A leader of something that is no state is that thing's: a gang's, a union's, students'.
        ("SAO PAULO (Reuters) - Police shot dead a gang leader in a slum on Friday.", "gang leader", "CRM"),
        ("ACCRA (Reuters) - A union leader called a general strike on Monday.", "union leader", "LAB"),
        ("DHAKA (Reuters) - A student leader was arrested at the university on Sunday.", "student leader", "EDU"),
        ("ABUJA (Reuters) - The Nigerian leader met his Ghanaian counterpart on Monday.", "Nigerian leader", "NGAGOV"),
        # A spokesman or an official serves a body: the body's role, not the plural noun's.
        ("An army spokesman denied the report on Tuesday.", "army spokesman", "MIL"),
        ("A defence ministry official said the patrols would go on.", "defence ministry official", "MIL"),
    ],
)
def test_person_code(nlp: Any, text: str, name: str, expected: str) -> None:
    assert code(actors(nlp, text), name) == expected


def test_code_defaults_to_no_evidence() -> None:
    assert Code() == Code(None, None, "")


def test_the_mixin_names_what_the_coder_must_supply() -> None:
    with pytest.raises(TypeError, match="code_of") as raised:
        PersonEvidence()  # type: ignore[abstract]
    assert all(hook in str(raised.value) for hook in ("entity_at", "names", "owner_country"))


def test_a_title_the_group_owns_takes_the_group_s_code_on_the_article_s_date(settings: Any) -> None:
    """The dictionary's undated entry for the Taliban is today's government; the group the article's date knows owns
    the spokesman."""
    text = "KABUL, Oct 3, 2004 (AP) - The Taliban's spokesman denied the report on Sunday."
    run = run_user_path([{"id": "x", "title": "", "text": text}], settings)
    assert {e["name"]: e["code"] for e in run.articles["x"][0]["entities"]}["Taliban's spokesman"] == "AFGREB"


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a serving title's own body noun is the body the article names with its country (no dateline, no home)
        ("AP - The Pakistani army said Thursday it killed 20 militants near the Afghan border, and an army "
         "spokesman said the operation would go on.", "army spokesman", "PAKMIL"),
        ("AFP - The Sudanese foreign ministry rejected the report on Monday, a ministry official said.",
         "ministry official", "SDNGOV"),
    ],
)
def test_a_serving_title_takes_the_country_of_its_named_body(nlp: Any, text: str, name: str, expected: str) -> None:
    assert code(actors(nlp, text), name) == expected


def test_a_serving_title_takes_no_body_s_country_when_the_named_bodies_disagree(nlp: Any) -> None:
    # two armies of two countries: the noun alone does not say whose spokesman he is, so the first army named
    # (Pakistan's) does not give him its country; the story's home default, as for any nameless official, may
    text = ("AP - Indian and Pakistani troops exchanged fire, the Pakistani army said, and an army spokesman "
            "blamed the Indian army.")
    assert code(actors(nlp, text), "army spokesman") != "PAKMIL"


def test_troops_a_body_said_it_would_send_are_that_body_s(nlp: Any) -> None:
    # "it" is the African Union, the speaker: its troops are an IGO's, not Sudan's
    text = ("AFP - Sudan's foreign minister rejected a UN demand on Thursday, and the African Union said it would "
            "send more troops.")
    assert code(actors(nlp, text), "more troops") == "IGO"


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # an international organisation owning a title by its possessive, however long its name: no state's
        ("BRUSSELS (Reuters) - The North Atlantic Treaty Organisation's spokesman said a naval exercise in the "
         "Baltic would end next week.", "North Atlantic Treaty Organisation's spokesman", "IGONATO"),
        # an officer's rank under an international organisation's title is the organisation's, not an army's
        ("SKOPJE (Reuters) - NATO spokeswoman Lieutenant-Colonel Ingrid Vos said a patrol had cleared a road.",
         "Ingrid Vos", "IGONATO"),
        # a name in apposition to a title the article holds as an office holder of its own
        ("GENEVA (Reuters) - The delegates handed a letter on trade quotas to Egypt's charge "
         "d'affaires, Samir Fahmy.", "Samir Fahmy", "EGYGOV"),
        ("NAIROBI (Reuters) - The rebels met the British special envoy to Angola, Margaret Dunn, on Wednesday.",
         "Margaret Dunn", "GBRGOV"),
    ],
)
def test_an_organisation_or_title_the_person_serves_speaks(nlp: Any, text: str, name: str, expected: str) -> None:
    assert code(actors(nlp, text), name) == expected


def test_a_state_s_own_possessor_and_an_army_rank_keep_their_reading(nlp: Any) -> None:
    # negative cases: a state's possessive still gives its country, and a rank of a state's army stays MIL
    found = actors(nlp, "KIEV (Reuters) - Ukraine's foreign ministry spokesman told reporters that talks would continue. "
                        "Army spokesman Colonel Ivan Petrenko said units had withdrawn.")
    assert code(found, "Ivan Petrenko") == "UKRMIL"


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # the body a title's words name, in several words: "a Red Cross spokeswoman" speaks for the Red Cross
        ("GENEVA (Reuters) - A Red Cross spokeswoman said on Monday aid had reached the town.",
         "Red Cross spokeswoman", "NGO"),
        # an envoy's "to" or "for" names where he is sent, never whose he is
        ("OTTAWA (Reuters) - Laura Finch, the Canadian ambassador to the World Trade Organisation, spoke on Monday.",
         "Laura Finch", "CANGOV"),
        ("WASHINGTON (Reuters) - Nora Blix, the special envoy to Moldova, spoke to senators on Monday. Moldova's "
         "president received her in Chisinau in March.", "Nora Blix", "GOV"),
    ],
)
def test_the_body_a_title_serves_and_the_place_an_envoy_is_sent(nlp: Any, text: str, name: str, expected: str) -> None:
    assert code(actors(nlp, text), name) == expected


def test_a_title_in_apposition_gives_only_the_country_its_own_words_name(nlp: Any) -> None:
    # negative case: "aid worker" names no country; the place of the kidnapping is not the worker's
    found = actors(nlp, "Reuters - Canada's Trade Minister, Paul Grey, calls the kidnapping in Chad "
                        "of aid worker, Lena Moss, an outrage.")
    assert not code(found, "Lena Moss").startswith("TCD")


def test_an_own_country_word_before_an_envoy_still_speaks(nlp: Any) -> None:
    # negative case: the envoy's own country word stays his ("the Iraqi ambassador to Jordan" is Iraq's)
    found = actors(nlp, "AMMAN (Reuters) - Ali Hassan, the Iraqi ambassador to Jordan, was summoned on Monday.")
    assert code(found, "Ali Hassan") == "IRQGOV"


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # A title phrase, a comma, then the name and more people: the parser hangs the name as one more conjunct.
        ("ACCRA (Reuters) - The ministers held talks with the German special envoy to Liberia, Peter Lund, and "
         "the Oxfam team on Sunday.", "Peter Lund", "DEUGOV"),
        ("GENEVA (Reuters) - The mediators met the British ambassador to Kenya, Paul Bryce, and two aides on "
         "Monday.", "Paul Bryce", "GBRGOV"),
        # negative cases: a list of names after a named person, and a name after "and", take no one's title
        ("ACCRA (Reuters) - The ministers held talks with Tom Cole, Peter Lund and Ann Lee on Sunday.", "Peter Lund",
         ""),
        ("ACCRA (Reuters) - The ministers met the German special envoy to Liberia and Peter Lund on Sunday.",
         "Peter Lund", ""),
    ],
)
def test_a_title_before_a_comma_names_the_person_the_parser_joins_to_a_list(
    nlp: Any, text: str, name: str, expected: str
) -> None:
    assert code(actors(nlp, text), name) == expected
