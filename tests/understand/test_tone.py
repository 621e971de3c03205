from __future__ import annotations

import pytest

from newsgraph.extract.build import build_article
from newsgraph.understand.tone import load_analyzer, score_tone, sentence_tone, sentences

VADER = load_analyzer()


def test_tone_positive_and_negative_sentences() -> None:
    good = sentence_tone("The ministers praised the generous aid and welcomed a peaceful agreement.", VADER)
    bad = sentence_tone("Gunmen killed twelve villagers and wounded dozens in a brutal attack.", VADER)
    assert good.compound > 0.5 and good.tone > 0
    assert bad.compound < -0.5 and bad.tone < 0
    assert good.negative == 0 and bad.positive == 0


def test_tone_is_gdelt_style_word_shares() -> None:
    # 10 words: "support" and "peace" positive, "war" negative.
    tone = sentence_tone("Leaders voiced support for peace after the war ended yesterday", VADER)
    assert tone.positive == pytest.approx(0.2)
    assert tone.negative == pytest.approx(0.1)
    assert tone.tone == pytest.approx(10.0)


def test_tone_negation_flips_a_word() -> None:
    plain = sentence_tone("The opposition welcomed the budget", VADER)
    negated = sentence_tone("The opposition did not welcome the budget", VADER)
    assert plain.tone > 0
    assert negated.tone < 0
    assert negated.compound < 0


def test_tone_empty_text_is_neutral() -> None:
    tone = sentence_tone("   ", VADER)
    assert (tone.compound, tone.positive, tone.negative, tone.tone) == (0.0, 0.0, 0.0, 0.0)


def test_tone_article_ignores_caption_and_averages_sentences() -> None:
    body = [
        "Rescuers saved forty people from the flood.",
        "Officials thanked the volunteers for their courage.",
    ]
    plain = build_article(source="t", title="Flood rescue", paragraphs=body, language="en")
    captioned = build_article(
        source="t",
        title="Flood rescue",
        paragraphs=body,
        caption="A destroyed house after the deadly disaster.",
        language="en",
    )
    assert plain.id == captioned.id
    assert score_tone(captioned, VADER) == score_tone(plain, VADER)
    assert score_tone(plain, VADER).tone > 0
    expected = sum(sentence_tone(s, VADER).compound for s in sentences(plain.text)) / 3
    assert score_tone(plain, VADER).compound == pytest.approx(expected, abs=1e-3)


def test_tone_sentences_split_on_ends_and_blocks() -> None:
    assert sentences('He said "we will fight." Then he left.\n\nA new day') == [
        'He said "we will fight."',
        "Then he left.",
        "A new day",
    ]


def test_tone_analyzer_loaded_once() -> None:
    assert load_analyzer() is load_analyzer()
