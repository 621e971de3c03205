"""The quote cue lexicon: the shipped file loads, and malformed entries are refused."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.strings import get_string_id

from newsgraph.errors import UsageError
from newsgraph.understand.quotes.lexicon import load_quote_cues, parse_quote_cues
from tests.understand.quotes import test_constructions as base


def _minimal(**verbs: object) -> dict[str, object]:
    return {"verbs": verbs, "media_names": ["The Associated Press"]}


def test_quote_lexicon_ships_the_core_reporting_verbs() -> None:
    cues = load_quote_cues()
    for lemma in ("say", "tell", "add", "warn", "insist", "deny", "claim", "argue", "note", "state",
                  "announce", "accuse", "urge", "describe", "believe", "think", "want"):  # fmt: skip
        assert cues.verb(lemma) is not None, lemma
    assert cues.verb("say").kind == "speech"  # type: ignore[union-attr]
    assert cues.verb("believe").kind == "belief"  # type: ignore[union-attr]
    assert cues.verb("want").kind == "intention"  # type: ignore[union-attr]
    # "agreed to work on a treaty" is an action: agree counts only with a that-clause.
    assert cues.verb("agree").content == frozenset({"clause"})  # type: ignore[union-attr]
    assert ("call", "for") in cues.phrasal
    assert get_string_id("according") in cues.trigger_ids


def test_quote_lexicon_inventory_verbs_keep_their_narrow_frames() -> None:
    """Session 22: verbs of writing, sending and saying in a manner report a that-clause only ("snapped a photo",
    "texted a friend" report none); "air" and "back" stay out (their broadcast and vehicle senses share the
    reporting sense's form)."""
    cues = load_quote_cues()
    for lemma in ("allow", "grant", "blog", "text", "email", "leak", "snap", "scoff", "suppose", "certify"):
        assert cues.verb(lemma).content == frozenset({"clause"}), lemma  # type: ignore[union-attr]
    assert cues.verb("echo").content == frozenset({"judged"})  # type: ignore[union-attr]
    assert cues.verb("term").content == frozenset({"as"})  # type: ignore[union-attr]
    assert cues.verb("air") is None and cues.verb("back") is None
    assert cues.lemma("texted", "texte") == "text" and cues.lemma("blogged", "blogge") == "blog"


def test_quote_lexicon_attitude_verbs_take_a_thing_and_need_a_holder() -> None:
    """Session 25: feelings and neglect (Levin's "admire" verbs, "ignore") are beliefs about a thing named by a
    common noun (`topic`), held only by someone; judgment verbs that name a person only ("thanked", "berated")
    take the deed after "for"/"on" and no object as content; "enjoy", "respect" and "miss" stay out (possession,
    compliance and absence share the form of an attitude)."""
    cues = load_quote_cues()
    for lemma in ("love", "like", "hate", "admire", "dislike", "resent", "value", "dread", "ignore", "disregard"):
        cue = cues.verb(lemma)
        assert cue is not None and cue.kind == "belief" and cue.holder, lemma
        assert cue.content == frozenset({"topic"}), lemma
    for lemma in ("thank", "congratulate", "berate", "reprimand"):
        cue = cues.verb(lemma)
        assert cue is not None and cue.kind == "speech" and cue.target, lemma
        assert cue.content == frozenset({"quoted"}), lemma
    assert cues.verb("overlook").content == frozenset({"judged"})  # type: ignore[union-attr]
    assert cues.verb("salute").content == frozenset({"quoted", "judged"})  # type: ignore[union-attr]
    assert all(cues.verb(lemma) is None for lemma in ("enjoy", "respect", "miss", "mind"))
    assert ("look", "ahead") in cues.phrasal and ("speak", "of") in cues.phrasal
    assert cues.lemma("extolled", "extoll") == "extol" and cues.lemma("dwelt", "dwelt") == "dwell"


def test_quote_lexicon_media_names_ignore_case_and_article() -> None:
    cues = parse_quote_cues(_minimal(say={"kind": "speech", "content": ["clause"]}))
    assert cues.is_media_name("the associated press")
    assert cues.is_media_name("Associated Press")
    assert not cues.is_media_name("Associated")


@pytest.mark.parametrize(
    "entry",
    [
        {"kind": "gossip", "content": ["clause"]},
        {"kind": "speech", "content": ["paragraph"]},
        {"kind": "speech", "content": []},
        "say",
    ],
)
def test_quote_lexicon_refuses_malformed_cues(entry: object) -> None:
    with pytest.raises(UsageError):
        parse_quote_cues(_minimal(say=entry))


def test_quote_lexicon_ships_rejecting_cues_claim_nouns_and_headline_words() -> None:
    cues = load_quote_cues()
    # Every rejecting cue is a cue the frame finder knows, with a clause or object content.
    for lemma in cues.rejecting:
        assert cues.verb(lemma) is not None, lemma
    assert {"deny", "dismiss", "reject"} <= cues.rejecting
    assert {"claim", "allegation", "report"} <= cues.claim_nouns
    assert "poll" in cues.colon_sources and "update" in cues.colon_labels
    assert not cues.colon_sources & cues.colon_labels


def test_quote_lexicon_ships_stances_and_noun_requests() -> None:
    cues = load_quote_cues()
    # A stance's object is its content; what is decided against is an intention.
    assert cues.verb("support").content == frozenset({"object"})  # type: ignore[union-attr]
    assert cues.phrasal[("decide", "against")].kind == "intention"
    assert cues.nouns["call"] == "request" and cues.nouns["decision"] == "intention"
    assert "call" in cues.phrasal_verbs and "say" not in cues.phrasal_verbs


def test_quote_lexicon_refuses_a_noun_of_unknown_kind() -> None:
    data = _minimal(say={"kind": "speech", "content": ["clause"]})
    data["nouns"] = {"statement": "speech", "rumour": "gossip"}
    with pytest.raises(UsageError, match="rumour"):
        parse_quote_cues(data)


def test_quote_lexicon_marks_cues_that_need_a_holder() -> None:
    cues = load_quote_cues()
    # Words that also name what things do ("the bridge supports", "the engine refused").
    for lemma in ("support", "oppose", "seek", "refuse", "consider", "offer"):
        assert cues.verb(lemma).holder, lemma  # type: ignore[union-attr]
    assert not cues.verb("say").holder  # type: ignore[union-attr]
    assert {"minister", "union", "voter", "percent", "bill"} <= cues.holder_nouns
    assert not {"bridge", "engine", "figure", "machine"} & cues.holder_nouns


def test_quote_lexicon_reads_misread_forms_as_their_cue() -> None:
    cues = load_quote_cues()
    # The small model lemmatizes "hopes", "hoped", "hoping" as "hop".
    assert cues.lemma("hopes", "hop") == "hope"
    assert cues.lemma("hops", "hop") == "hop"
    assert get_string_id("hoping") in cues.trigger_ids


def test_quote_lexicon_tells_texts_from_people_and_lists_noun_objects() -> None:
    cues = load_quote_cues()
    # Texts hold attitudes ("the bill seeks to ...") and are what one judges ("criticized the bill").
    assert {"bill", "plan", "ruling"} <= cues.text_nouns <= cues.holder_nouns
    assert not {"minister", "voter"} & cues.text_nouns
    assert cues.noun_objects["support"] == frozenset({"for"}) and cues.noun_objects["opposition"] == frozenset({"to"})
    assert "hope" not in cues.noun_objects and cues.nouns["case"] == "stance"
    # Judgment and topic verbs take their object; those that also name blows take only someone's deed.
    assert "topic" in cues.verb("criticize").content  # type: ignore[union-attr]
    assert "judged" in cues.verb("attack").content and "topic" not in cues.verb("attack").content  # type: ignore[union-attr]
    assert cues.phrasal[("talk", "about")].holder


def test_quote_lexicon_reads_every_noun_preposition_as_a_word() -> None:
    # A bare `on` in YAML is a boolean: the shipped list must quote it, and a list that does not is refused.
    cues = load_quote_cues()
    assert cues.noun_objects["stance"] == frozenset({"on"}) and "on" in cues.noun_objects["disagreement"]
    data = {"verbs": {"say": {"kind": "speech", "content": ["clause"]}}, "noun_objects": {"stance": [True]}}
    with pytest.raises(UsageError, match="stance"):
        parse_quote_cues(data)


# Session 27 entries, run the way the pipeline runs the stage: a deed claimed, a stance ruled out, and uses of
# "claim" that claim nothing said.
_ENTRY_CASES: dict[str, base.Case] = {
    "claimed-responsibility-for": base.Case(
        ("The Northern Front claimed responsibility for the bombing of the Kessel pipeline.",),
        "the bombing of the Kessel pipeline", "Northern Front", direct=False,
    ),
    "ruled-out-object": base.Case(
        ("The Varnian army has ruled out a ceasefire before the elections.",),
        "a ceasefire", "army", direct=False,
    ),
    "trap-claimed-the-lives": base.Case(
        ("The flood claimed the lives of 20 people in the Kessel valley.",),
        "the lives", None, absent=True,
    ),
    "trap-claimed-the-title": base.Case(
        ("Kessel United claimed the title with a 2-0 win in Varna.",),
        "the title", None, absent=True,
    ),
}


@pytest.mark.model
@pytest.mark.parametrize("name", sorted(_ENTRY_CASES))
def test_lexicon_session27_entries(nlp: Any, dictionary: Any, name: str) -> None:
    base.check_case(nlp, dictionary, _ENTRY_CASES[name])
