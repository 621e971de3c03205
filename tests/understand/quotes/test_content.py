"""What a cue verb says: its complement, its to-clause, its "of" phrase, or the clause it hangs from."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.understand.quotes.content import content_of
from newsgraph.understand.quotes.lexicon import VerbCue

pytestmark = pytest.mark.model

_SAY = VerbCue("say", "speech", frozenset({"clause"}))
_URGE = VerbCue("urge", "speech", frozenset({"infinitive"}), target=True)
_ACCUSE = VerbCue("accuse", "speech", frozenset({"of"}), target=True)


def _said(nlp: Any, text: str, verb: str, cue: VerbCue) -> tuple[list[str], str | None]:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == verb)
    content, _, target = content_of(tok, cue)
    return [doc[s:e].text for s, e in content], target.text if target is not None else None


def test_content_of_a_clausal_complement(nlp: Any) -> None:
    assert _said(nlp, "The minister said that the border would reopen.", "said", _SAY) == (
        ["the border would reopen"],
        None,
    )


def test_content_of_a_to_clause_with_the_one_addressed(nlp: Any) -> None:
    content, target = _said(nlp, "The union urged the government to raise wages.", "urged", _URGE)
    assert content == ["to raise wages"] and target == "government"


def test_content_of_an_of_phrase(nlp: Any) -> None:
    content, target = _said(nlp, "Kyiv accused Moscow of shelling the plant.", "accused", _ACCUSE)
    assert content == ["shelling the plant"] and target == "Moscow"


def test_content_before_a_cue_set_off_by_a_comma(nlp: Any) -> None:
    content, _ = _said(nlp, "The talks will resume next week, the ministry said.", "said", _SAY)
    assert content == ["The talks will resume next week"]


def test_content_of_a_judged_object_is_a_deed_not_a_person(nlp: Any) -> None:
    from newsgraph.understand.quotes.lexicon import load_quote_cues

    cues = load_quote_cues()
    attack, criticize = cues.verb("attack"), cues.verb("criticize")
    assert attack is not None and criticize is not None

    def read(text: str, verb: str, cue: VerbCue) -> tuple[list[str], str | None]:
        doc = nlp(text)
        content, _, target = content_of(next(t for t in doc if t.text == verb), cue, None, cues)
        return [doc[s:e].text for s, e in content], target.text if target is not None else None

    assert read("The nominee attacked his rival's record on trade.", "attacked", attack)[0] == [
        "his rival's record on trade"
    ]
    assert read("Rebels attacked an army base near the border.", "attacked", attack)[0] == []
    assert read("The senator criticized the decision.", "criticized", criticize)[0] == ["the decision"]
    # A person criticized is the target, not what was said.
    assert read("The senator criticized the mayor.", "criticized", criticize) == ([], "mayor")
    # A verb that also names a physical act takes "on" as where, not as the issue judged.
    assert read("Troops attacked the rebels on the outskirts of the city.", "attacked", attack)[0] == []
    assert read("The senator criticized the governor over the budget cuts.", "criticized", criticize)[0] != []
    assert read("The minister criticized Norway over Svalbard.", "criticized", criticize)[0] != []


_PORTRAY = VerbCue("portray", "speech", frozenset({"as"}), target=True)


def test_content_of_an_adjective_verdict_after_as(nlp: Any) -> None:
    text = "Republican ads portrayed the governor as soft on crime."
    content, target = _said(nlp, text, "portrayed", _PORTRAY)
    assert target == "governor" and content and content[0].endswith("soft on crime")


_THINK = VerbCue("think", "belief", frozenset({"clause"}))


@pytest.mark.parametrize(
    "text",
    [
        "Many farmers think the subsidy is unfair, a new poll found.",
        "Most Danes think the euro is too strong, a survey suggested on Monday.",
    ],
)
def test_content_stops_before_the_reports_source_set_after_it(nlp: Any, text: str) -> None:
    # The parser hangs ", a new poll found" under "think": it is the report's source, not a second thing thought.
    content, _ = _said(nlp, text, "think", _THINK)
    assert len(content) == 1 and "found" not in content[0] and "suggested" not in content[0]


_LOOK_AHEAD = VerbCue("look ahead", "speech", frozenset({"object"}), holder=True)
_SPEAK_OUT = VerbCue("speak out", "speech", frozenset({"object"}), holder=True)
_THANK = VerbCue("thank", "speech", frozenset({"quoted"}), target=True)


def test_content_after_a_particle_of_time_comes_with_to(nlp: Any) -> None:
    """ "looked ahead to the fall campaign": after "ahead" or "forward" the object takes "to"."""
    content, _ = _said(nlp, "The senator looked ahead to the fall campaign.", "looked", _LOOK_AHEAD)
    assert content == ["the fall campaign"]


def test_content_after_another_particle_never_comes_with_to(nlp: Any) -> None:
    """ "spoke out to reporters": after other particles "to" names whom one speaks to."""
    content, _ = _said(nlp, "The senator spoke out to reporters after the vote.", "spoke", _SPEAK_OUT)
    assert content == []


def test_content_of_thanks_is_the_deed_not_the_one_thanked(nlp: Any) -> None:
    content, target = _said(nlp, "The president thanked the mayor.", "thanked", _THANK)
    assert content == [] and target == "mayor"
    content, target = _said(nlp, "The president thanked the mayor for his help.", "thanked", _THANK)
    assert content == ["the mayor for his help"] and target == "mayor"


_CRITICIZE = VerbCue("criticize", "speech", frozenset({"quoted", "topic", "of"}), target=True)


def test_content_of_a_passive_judgment_is_the_deed_judged(nlp: Any) -> None:
    """ "was criticized by Democrats for his vote": the deed, as in the active; the one judged is no content. The
    cue table tells words for people ("senator") from things, as on the quote stage's path."""
    from newsgraph.understand.quotes.lexicon import load_quote_cues

    cues = load_quote_cues()

    def read(text: str, verb: str, cue: VerbCue) -> list[str]:
        doc = nlp(text)
        return [doc[s:e].text for s, e in content_of(next(t for t in doc if t.text == verb), cue, None, cues)[0]]

    assert read("The senator was criticized by Democrats for his vote on the bill.", "criticized", _CRITICIZE) == [
        "his vote on the bill"
    ]
    assert read("The senator was thanked by the president for his vote.", "thanked", _THANK) == ["his vote"]
    assert read("He was thanked by the president for his vote.", "thanked", _THANK) == ["his vote"]
    assert read("The senator was thanked by the president.", "thanked", _THANK) == []
    assert read("The plan was criticized by Democrats.", "criticized", _CRITICIZE) == ["The plan"]
    # A thing judged is the content itself, whatever it is judged for (as the active's object is).
    content = read("The plan was criticized by Democrats for its cost.", "criticized", _CRITICIZE)
    assert content and content[0].startswith("The plan"), content


_DECIDE = VerbCue("decide", "intention", frozenset({"clause", "infinitive"}))
_PLAN = VerbCue("plan", "intention", frozenset({"infinitive"}))


@pytest.mark.parametrize(
    ("text", "verb", "cue"),
    [
        ("The law allows states to decide how to run their elections.", "decide", _DECIDE),
        ("The senator would review the bill before deciding how to vote.", "deciding", _DECIDE),
        ("The party must decide what to do about its nominee.", "decide", _DECIDE),
        ("Obama will decide whether to veto the bill next week.", "decide", _DECIDE),
    ],
)
def test_content_of_an_intention_is_no_question_to_do(nlp: Any, text: str, verb: str, cue: VerbCue) -> None:
    """ "decide how to vote": what is to be done is still open; no intention is held yet."""
    assert _said(nlp, text, verb, cue)[0] == []


@pytest.mark.parametrize(
    ("text", "verb", "cue", "content"),
    [
        ("The governor decided to veto the bill.", "decided", _DECIDE, "to veto the bill"),
        ("Republicans plan to vote on the repeal next week.", "plan", _PLAN, "to vote on the repeal next week"),
    ],
)
def test_content_of_an_intention_to_do(nlp: Any, text: str, verb: str, cue: VerbCue, content: str) -> None:
    assert _said(nlp, text, verb, cue)[0] == [content]


def test_content_of_a_gerund_complement_of_a_clause_cue(nlp: Any) -> None:
    """ "admitted taking the money": the clause told in short (session 27)."""
    admit = VerbCue("admit", "speech", frozenset({"clause"}))
    assert _said(nlp, "The guard admitted taking money from the smugglers.", "admitted", admit)[0] == [
        "taking money from the smugglers"
    ]
    assert _said(nlp, "The guard admitted to having been paid by the smugglers.", "admitted", admit)[0] == [
        "having been paid by the smugglers"
    ]


def test_content_of_a_verb_and_noun_cue_takes_the_nouns_preposition(nlp: Any) -> None:
    """ "claimed responsibility for the bombing": the noun is part of the cue, its "for" phrase the deed claimed."""
    claim = VerbCue("claim responsibility", "speech", frozenset({"object"}), holder=True)
    got = _said(nlp, "The rebel group claimed responsibility for the bombing of the pipeline.", "claimed", claim)
    assert got[0] == ["the bombing of the pipeline"]
