"""Who a speaker phrase refers to: the entity stage's entity, a name, a description matched to
a name given before, a pronoun with one fitting referent, an anonymous source, or a group."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from newsgraph.evaluate.userpath import run_user_path
from newsgraph.model import ActorRef, Entity, Mention
from newsgraph.understand.quotes.lexicon import load_quote_cues
from newsgraph.understand.quotes.speakers import (
    Speaker,
    SpeakerResolver,
    _surname_read_as_body,
    gender_of,
    name_key,
)

pytestmark = pytest.mark.model

TEXT = (
    "Foreign Minister Abbas Araghchi arrived in Minsk on Monday. He said trade would grow. "
    "The Belarusian Farmers Association welcomed the visit. The association said exports would double. "
    "A senior official said the talks were useful. "
    "Araghchi and Lukashenko said they were pleased."
)


def speaker(resolver: SpeakerResolver, doc: Doc, words: str) -> Speaker:
    start = TEXT.index(words)
    span = doc.char_span(start, start + len(words))
    assert span is not None
    return resolver.resolve(span.start, span.end, span.root)


def test_speakers_a_name_is_the_full_name_without_its_title(doc: Doc) -> None:
    found = speaker(SpeakerResolver(doc, [], load_quote_cues()), doc, "Foreign Minister Abbas Araghchi")
    assert found.ref is not None and found.ref.name == "Abbas Araghchi" and found.kind == "person"
    assert (found.start, found.end) == (0, len("Foreign Minister Abbas Araghchi"))


def test_speakers_a_pronoun_with_one_person_before_it(doc: Doc) -> None:
    found = speaker(SpeakerResolver(doc, [], load_quote_cues()), doc, "He")
    assert found.ref is not None and found.ref.name == "Abbas Araghchi"
    assert found.text == "He" and found.ref.start == TEXT.index("He said")


def test_speakers_a_description_names_the_one_named_before(doc: Doc) -> None:
    found = speaker(SpeakerResolver(doc, [], load_quote_cues()), doc, "The association")
    assert found.ref is not None and found.ref.name == "The Belarusian Farmers Association"
    assert found.kind == "organisation"


def test_speakers_anonymous_sources_and_groups(doc: Doc) -> None:
    resolver = SpeakerResolver(doc, [], load_quote_cues())
    official = speaker(resolver, doc, "A senior official")
    assert official.anonymous and official.kind == "group"
    both = speaker(resolver, doc, "Araghchi and Lukashenko")
    assert both.kind == "group" and not both.anonymous


def test_speakers_the_entity_stages_entity_comes_first(doc: Doc) -> None:
    start = TEXT.index("Abbas Araghchi")
    araghchi = Entity(
        "e1",
        "Abbas Araghchi",
        "person",
        (Mention("Abbas Araghchi", start, start + 14),),
        country="IRN",
        role="GOV",
    )
    found = speaker(
        SpeakerResolver(doc, [araghchi], load_quote_cues()), doc, "Foreign Minister Abbas Araghchi"
    )
    assert found.ref is not None and (found.ref.entity_id, found.ref.code) == ("e1", "IRNGOV")


def test_speakers_a_surname_named_in_full_elsewhere(doc: Doc) -> None:
    resolver = SpeakerResolver(doc, [], load_quote_cues())
    start = TEXT.index("Araghchi and")
    span = doc.char_span(start, start + len("Araghchi"))
    assert span is not None
    found = resolver.named_elsewhere(span.start, span.end)
    assert found is not None and found.kind == "person" and found.text == "Araghchi"
    assert resolver.named_elsewhere(doc[0].i, doc[0].i + 1) is None  # "Foreign"


def test_speakers_remember_keeps_only_resolved_speakers(doc: Doc) -> None:
    resolver = SpeakerResolver(doc, [], load_quote_cues())
    resolver.remember(Speaker(None, "someone", 0, 7, "unknown"))
    assert resolver.seen == []
    known = speaker(resolver, doc, "He")
    resolver.remember(known)
    assert resolver.seen == [(known.start, known)]


def test_speakers_gender_and_name_keys() -> None:
    assert gender_of({"mr", "minister"}) == "m"
    assert gender_of({"mrs"}) == "f"
    assert gender_of({"mr", "mrs"}) is None and gender_of(set()) is None
    assert name_key("Abbas Araghchi", "person") == "araghchi"
    assert name_key("The Belarusian Farmers Association", "organisation") == "belarusian farmers association"


def test_speakers_he_after_a_surname_the_entity_stage_took_for_a_body(settings: Any) -> None:
    # The small model tags a bare "Rendell" an organisation; "He added" is still the man who spoke before.
    text = "Rendell, a campaign surrogate, said he had been ill in 2002. He added that the governor would recover."
    run = run_user_path([{"id": "r", "text": text}], settings)
    added = [q for a in run.articles["r"] for q in a["quotes"] if q["cue"] == "added"]
    assert [(q["speaker"] or {}).get("name") for q in added] == ["Rendell"]
    body = Speaker(ActorRef("Kestrel Oil", "", None, 0, 11), "Kestrel Oil", 0, 11, "organisation")
    assert not _surname_read_as_body(body, ("person",))  # a body of two words is a body
