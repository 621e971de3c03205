"""The Frame one attribution is read into: which tokens its content covers."""

from __future__ import annotations

import spacy

from newsgraph.understand.quotes.frame import Frame


def test_frame_covers_its_content_and_quoted_only_ranges() -> None:
    doc = spacy.blank("en")("The minister called the plan a disgrace , aides said .")
    said = doc[10]
    frame = Frame(cue=said, lemma="say", kind="speech", cue_text="said", speaker=(9, 10), speaker_head=doc[9])
    frame.content.append((0, 8))
    assert frame.covers(0) and frame.covers(7)
    assert not frame.covers(8) and not frame.covers(10)
    frame.quoted_only.append((8, 9))
    assert frame.covers(8)


def test_frame_starts_with_no_relay_rejection_or_chain() -> None:
    doc = spacy.blank("en")("Officials said .")
    frame = Frame(cue=doc[1], lemma="say", kind="speech", cue_text="said", speaker=(0, 1), speaker_head=doc[0])
    assert (frame.relay, frame.rejected, frame.tentative, frame.implicit) == (False, False, False, False)
    assert frame.via == [] and frame.content == []


def test_frame_addressed_end_reaches_the_one_told() -> None:
    """ "told reporters, “...”": a quotation after the one addressed is still right after the cue."""
    doc = spacy.blank("en")("The mayor told local reporters , “ We will rebuild . ”")
    frame = Frame(cue=doc[2], lemma="tell", kind="speech", cue_text="told", speaker=(0, 2), speaker_head=doc[1])
    assert frame.addressed_end() == 2
    doc[3].head = doc[4]
    frame.target = doc[4]
    assert frame.addressed_end() == 4
