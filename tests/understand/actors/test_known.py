"""Names the dated dictionary knows that the model left untagged: a figure's full name, and the bare surname of a
figure the project's own dated files know, standing as a noun of its own. Sentences written for this test."""

from __future__ import annotations

import pytest

from newsgraph.evaluate.userpath import run_user_path
from newsgraph.settings import Settings

pytestmark = pytest.mark.model

DAY = "2004-06-01"


def coded(settings: Settings, text: str) -> dict[str, str]:
    run = run_user_path([{"id": "1", "text": text, "date": DAY}], settings)
    return {e["name"]: e["code"] for a in run.articles["1"] for e in a["entities"]}


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # the small model tags neither surname; both figures held office on the day
        ("Musharraf escaped an attack on his convoy near Islamabad on Thursday.", "Musharraf", "PAKGOV"),
        ("Schroeder and Chirac talked in Paris for two hours.", "Schroeder", "DEUGOV"),
    ],
)
def test_known_bare_surname_of_a_figure_in_office_is_that_figure(
    settings: Settings, text: str, name: str, code: str
) -> None:
    assert coded(settings, text).get(name) == code


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Short of money, the ministry closed four schools on Friday.", "Short"),  # an ordinary word
        ("Paul criticized the spending plan at a town meeting in Ohio.", "Paul"),  # a given name of "Pope John Paul"
    ],
)
def test_known_an_ordinary_word_or_a_given_name_names_no_figure(settings: Settings, text: str, word: str) -> None:
    found = coded(settings, text)
    assert not (found.get(word) or "").startswith(("VAT", "GBR"))


def test_known_a_figure_s_surname_that_is_an_ordinary_word_opening_a_sentence_is_the_word(settings: Settings) -> None:
    # "Snow" is a treasury secretary's surname too; opening a sentence it is the weather.
    found = coded(settings, "Snow covered the runways at the airport on Monday.")
    assert "Snow" not in found


def test_known_a_figure_not_yet_in_office_and_a_two_letter_surname_make_no_person(settings: Settings) -> None:
    run = run_user_path(
        [
            {"id": "1", "text": "Ma won the race in Shanghai on Sunday.", "date": "2006-05-01"},
            {"id": "2", "text": "Benedict visited a mosque in Istanbul on Thursday.", "date": "2006-11-30"},
        ],
        settings,
    )
    first = {e["name"]: e["code"] for a in run.articles["1"] for e in a["entities"]}
    second = {e["name"]: e["code"] for a in run.articles["2"] for e in a["entities"]}
    assert "Ma" not in first
    assert second.get("Benedict") == "VATGOV"  # "Pope Benedict": the one name after the style is his


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # a possessor the dictionaries know and the thing he owns are two names, not one person
        ("Roh Moo-hyun's Uri Party won a majority in South Korea's parliamentary election.", "Uri Party", "KORGOV"),
        ("Roh Moo-hyun's Uri Party won a majority in South Korea's parliamentary election.", "Roh Moo-hyun", "KORGOV"),
        # the generic head "party" on a known party's name, or on the longer name the dictionaries give
        ("Nicolas Sarkozy was elected leader of France's ruling UMP party on Sunday.", "UMP", "FRAGOV"),
        ("The Congress party led by Sonia Gandhi won the most seats in the election.", "Congress party", "INDGOV"),
        # a peer's title the model leaves off the name
        ("The inquiry was critical of the government, its chairman Lord Butler said.", "Lord Butler", "GBR"),
    ],
)
def test_known_a_model_name_takes_the_shape_the_dictionaries_know(
    settings: Settings, text: str, name: str, code: str
) -> None:
    assert (coded(settings, text).get(name) or "")[:3] == code[:3]


@pytest.mark.parametrize(
    ("title", "text", "name"),
    [
        # the model reads the headline's two-word surname as a place; the body names the prosecutor in full
        ("Del Ponte Says Belgrade Hides Fugitives", "THE HAGUE (Reuters) - U.N. war crimes prosecutor Carla Del Ponte "
         "accused Serbia on Monday of hiding war crimes fugitives.", "Carla Del Ponte"),
        ("Van der Berg Quits Ruritanian Cabinet", "AP - Ruritanian Finance Minister Johan Van der Berg resigned on "
         "Friday over a budget row.", "Johan Van der Berg"),
    ],
)
def test_known_a_headline_surname_of_a_person_the_body_names_in_full_is_that_person(
    settings: Settings, title: str, text: str, name: str
) -> None:
    run = run_user_path([{"id": "1", "title": title, "text": text}], settings)
    entities = [e for a in run.articles["1"] for e in a["entities"]]
    person = next(e for e in entities if e["name"] == name)
    assert person["mentions"][0]["start"] < len(title)  # the headline's mention is the person's
    assert not any(e["kind"] == "place" and e["name"] in name for e in entities)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # the model tags "Aung San" alone (her father's name); the dated files know the whole name
        ("Suu Kyi's detention extended", "YANGON (AP) - Myanmar's junta extended the house arrest of opposition "
         "leader Aung San Suu Kyi by a year, officials of her party said on Monday."),
        ("Suu Kyi to stay in detention", "BANGKOK (Reuters) - Myanmar's military rulers will keep Aung San Suu Kyi "
         "under house arrest, diplomats said on Tuesday."),
    ],
)
def test_known_a_model_name_short_of_a_known_full_name_is_the_whole_name(
    settings: Settings, title: str, text: str
) -> None:
    run = run_user_path([{"id": "1", "title": title, "text": text, "date": DAY}], settings)
    entities = [e for a in run.articles["1"] for e in a["entities"]]
    person = next(e for e in entities if e["name"] == "Aung San Suu Kyi")
    assert person["code"] == "MMROPP"
    assert person["mentions"][0]["start"] < len(title)  # the headline's "Suu Kyi" is hers
    assert not any(e["name"] in ("Aung San", "Suu Kyi") for e in entities)


def test_known_a_model_name_before_capitalised_words_no_dictionary_completes_stays_as_it_is(
    settings: Settings,
) -> None:
    # "Tony Blair Said" in running text is no longer name: the words after a name make a known name or nothing.
    found = coded(settings, "LONDON (Reuters) - Prime Minister Tony Blair told Parliament on Monday the war was just.")
    assert found.get("Tony Blair") == "GBRGOV"
    assert not any(name.startswith("Tony Blair ") for name in found)


def test_known_a_body_s_second_mention_of_a_two_word_surname_is_the_person_named_before(settings: Settings) -> None:
    run = run_user_path(
        [{"id": "1", "title": "Prosecutor in Belgrade", "text": "BELGRADE (Reuters) - U.N. war crimes prosecutor "
          "Carla Del Ponte arrived in Belgrade on Monday, and Del Ponte said Serbia must hand over fugitives."}],
        settings,
    )
    entities = [e for a in run.articles["1"] for e in a["entities"]]
    assert [e["name"] for e in entities if "Del Ponte" in e["name"]] == ["Carla Del Ponte"]
