"""Parts of an attribution the parser hangs on the wrong word (`attached`), read off parses of sentences
written for these tests (fictional people and places): the charge of "accused X of Y" hung on X, a source
after a long content hung on it, and a participle cue on a passive verb."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Token

from newsgraph.understand.quotes import attached
from newsgraph.understand.quotes.lexicon import load_quote_cues

pytestmark = pytest.mark.model


def _word(nlp: Any, text: str, word: str) -> Token:
    return next(t for t in nlp(text) if t.text == word)


def _words(tok: Token, rng: tuple[int, int]) -> str:
    return tok.doc[rng[0] : rng[1]].text


def test_charge_hung_on_the_one_accused(nlp: Any) -> None:
    cues = load_quote_cues()
    verb = _word(nlp, "The senator accused the head of the port agency of lying to the committee.", "accused")
    got = attached.charge_on_object(verb, cues.verbs["accuse"], cues.people_nouns)
    assert [_words(verb, r) for r in got] == ["lying to the committee"]


def test_an_of_phrase_naming_a_body_is_no_charge(nlp: Any) -> None:
    cues = load_quote_cues()
    verb = _word(nlp, "In a long speech, the senator accused the head of the port agency.", "accused")
    assert attached.charge_on_object(verb, cues.verbs["accuse"], cues.people_nouns) == []


def test_a_verb_with_no_charge_of_its_own_takes_none(nlp: Any) -> None:
    cues = load_quote_cues()
    verb = _word(nlp, "Opposition lawmakers praised the head of the election board.", "praised")
    assert attached.charge_on_object(verb, cues.verbs["praise"], cues.people_nouns) == []


def test_source_after_a_long_content(nlp: Any) -> None:
    cues = load_quote_cues()
    text = (
        "The bridge will reopen before the winter and the tolls will stay the same for commuters in Tarnow, "
        "the city's transport director, Ana Reyes, said on Monday."
    )
    verb = _word(nlp, text, "said")
    found = attached.source_after_content(verb, True, cues.people_nouns)
    assert found is not None, verb.dep_
    speaker, head, content = found
    assert _words(verb, speaker) == "the city's transport director, Ana Reyes" and head.text == "director"
    assert _words(verb, content).startswith("The bridge will reopen") and _words(verb, content).endswith("Tarnow")


def test_content_noun_read_as_the_subject(nlp: Any) -> None:
    cues = load_quote_cues()
    text = (
        "The new tariffs would cost the state thousands of jobs in the steel mills, Senator Tom Reyes, who "
        "chairs the trade committee, told reporters."
    )
    verb = _word(nlp, text, "told")
    found = attached.subject_read_from_content(verb, cues.people_nouns)
    assert found is not None, verb.dep_
    speaker, head, content = found
    assert _words(verb, speaker) == "Senator Tom Reyes, who chairs the trade committee" and head.text == "Reyes"
    assert _words(verb, content) == "The new tariffs would cost the state thousands of jobs in the steel mills"


def test_a_subject_set_off_by_a_comma_is_the_source(nlp: Any) -> None:
    cues = load_quote_cues()
    verb = _word(nlp, "The mills will close next year, Tom Reyes, the senator, said.", "said")
    assert attached.subject_read_from_content(verb, cues.people_nouns) is None


def test_a_conjoined_cue_keeps_its_subject(nlp: Any) -> None:
    cues = load_quote_cues()
    verb = _word(nlp, "The council hired Ana Reyes, a former city engineer, and said the search was over.", "said")
    assert attached.source_after_content(verb, True, cues.people_nouns) is None


def test_participle_on_a_passive(nlp: Any) -> None:
    verb = _word(nlp, "The mayor was caught on tape telling donors that the stadium deal was done.", "telling")
    host = attached.participle_host(verb)
    assert host is not None and host.lemma_ == "catch"
    speaker = attached.passive_speaker(host)
    assert speaker is not None and speaker.text == "mayor"


def test_no_passive_speaker_with_an_agent(nlp: Any) -> None:
    verb = _word(nlp, "The governor was praised by union leaders for saying that the plant would stay open.", "saying")
    host = attached.participle_host(verb)
    assert host is None or attached.passive_speaker(host) is None


def test_no_passive_speaker_under_a_verb_of_judgment(nlp: Any) -> None:
    verb = _word(nlp, "The senator was accused of saying that the plant would close.", "saying")
    host = attached.participle_host(verb)
    assert host is None or attached.passive_speaker(host) is None


def test_a_list_of_acts_is_no_source_after_content(nlp: Any) -> None:
    cues = load_quote_cues()
    text = "Trump mocked Clinton, the Democratic nominee, questioned her stamina and said she was weak."
    verb = _word(nlp, text, "questioned")
    assert attached.source_after_content(verb, True, cues.people_nouns) is None


@pytest.mark.parametrize(
    ("text", "verb", "cue", "content"),
    [
        (
            "Sen. Ruth Caldwell complimented the staff on the quality of the report.",
            "complimented",
            "compliment",
            "the staff on the quality of the report",
        ),
        (
            "The senator praised the staff for the quality of the report.",
            "praised",
            "praise",
            "the staff for the quality of the report",
        ),
    ],
)
def test_deed_hung_on_the_one_praised(nlp: Any, text: str, verb: str, cue: str, content: str) -> None:
    cues = load_quote_cues()
    tok = _word(nlp, text, verb)
    got = attached.deed_on_object(tok, cues.verbs[cue], cues.people_nouns)
    assert [_words(tok, r) for r in got] == [content]


@pytest.mark.parametrize(
    ("text", "verb", "cue"),
    [
        ("The senator praised the members on the committee.", "praised", "praise"),
        ("The senator praised the police officers on Tuesday.", "praised", "praise"),
        ("The coach congratulated the players after the game.", "congratulated", "congratulate"),
        # A thing praised is the content itself (`content._judged`), not a person with a deed.
        ("The senator praised the plan for its simplicity.", "praised", "praise"),
    ],
)
def test_people_a_time_or_a_thing_praised_is_no_deed_on_a_person(nlp: Any, text: str, verb: str, cue: str) -> None:
    cues = load_quote_cues()
    tok = _word(nlp, text, verb)
    assert attached.deed_on_object(tok, cues.verbs[cue], cues.people_nouns) == []


def test_charge_with_an_of_phrase_of_its_own(nlp: Any) -> None:
    """ "accused the militia of theft of cattle": the charge is the first "of" phrase naming no one, with its own
    "of" phrase; a body named first is who is accused ("the governor of Norland")."""
    cues = load_quote_cues()
    verb = _word(nlp, "Villagers accused the militia of widespread theft of cattle.", "accused")
    got = attached.charge_on_object(verb, cues.verbs["accuse"], cues.people_nouns)
    assert [_words(verb, r) for r in got] == ["widespread theft of cattle"]
    verb = _word(nlp, "The opposition accused the governor of Norland of abuse of power.", "accused")
    got = attached.charge_on_object(verb, cues.verbs["accuse"], cues.people_nouns)
    assert [_words(verb, r) for r in got] == ["abuse of power"]


def test_charge_hung_on_the_passive_agent(nlp: Any) -> None:
    cues = load_quote_cues()
    verb = _word(nlp, "The mayor is accused by critics of favouring his donors.", "accused")
    got = attached.charge_on_agent(verb, cues.verbs["accuse"], cues.people_nouns)
    assert [_words(verb, r) for r in got] == ["favouring his donors"]
    # "by the people of Ohio": the phrase says who the agent is, it is no charge.
    verb = _word(nlp, "The minister was accused by the people of Ohio.", "accused")
    assert attached.charge_on_agent(verb, cues.verbs["accuse"], cues.people_nouns) == []
