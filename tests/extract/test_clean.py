from __future__ import annotations

from pathlib import Path

import ftfy
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.errors import DocumentFailed
from newsgraph.extract.clean import NOTHING_TO_FIX, decode_text, restore_stripped_entities

DATA = Path(__file__).resolve().parents[1] / "data" / "sources"


def test_clean_utf8_passes_through_with_its_accents() -> None:
    text = decode_text((DATA / "src_utf8.txt").read_bytes(), "u")
    assert "GDAŃSK" in text and "Wiśniewska" in text


def test_clean_cp1252_is_detected_and_decoded() -> None:
    text = decode_text((DATA / "src_cp1252.txt").read_bytes(), "c")
    assert "José Martín" in text and "Écija" in text


def test_clean_mojibake_is_repaired() -> None:
    text = decode_text((DATA / "src_mojibake.txt").read_bytes(), "m")
    assert "Café owners" in text and "last week" in text
    assert "â€" not in text and "Ã" not in text


def test_clean_utf16_with_bom_is_decoded() -> None:
    assert decode_text("Zürich talks resumed.".encode("utf-16"), "z") == "Zürich talks resumed."


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty document"),
        (b"  \n\t ", "empty document"),
        (b"\x00\x01\x02\x03binary\x00\xff\xfe\x00" * 20, "binary content"),
        (bytes(range(128, 256)) * 8, "undecodable bytes"),
    ],
)
def test_clean_refuses_what_is_not_text(content: bytes, reason: str) -> None:
    with pytest.raises(DocumentFailed, match=reason) as caught:
        decode_text(content, "bad.txt")
    assert caught.value.uri == "bad.txt"


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=sorted(NOTHING_TO_FIX), min_size=1, max_size=80))
def test_clean_skips_ftfy_only_for_text_ftfy_would_leave_alone(text: str) -> None:
    # The fast path's premise, checked against ftfy itself: it would change nothing.
    assert ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False) == text


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        (
            "He said \u00e2\u20ac\u0153yes\u00e2\u20ac\u009d to the plan.",
            "He said \u201cyes\u201d to the plan.",
        ),
        ("Talks &amp; sanctions", "Talks & sanctions"),
        ("line one\r\nline two", "line one\nline two"),
    ],
)
def test_clean_text_outside_the_fast_path_is_still_repaired(raw: str, clean: str) -> None:
    assert decode_text(raw.encode("utf-8"), "t.txt") == clean


@pytest.mark.parametrize(
    ("scraped", "restored"),
    [
        ("The minister #39;s plan", "The minister's plan"),
        ("They don #39;t agree", "They don't agree"),
        ("Japan#39;s prime minister", "Japan's prime minister"),
        ("They don#39;t agree", "They don't agree"),
        ("the Palestinians#39; struggle", "the Palestinians' struggle"),
        ("Medecins Sans Frontieres#39; mission", "Medecins Sans Frontieres' mission"),
        ("a so-called #39;peace dividend #39; was promised", "a so-called 'peace dividend' was promised"),
        ("he called it quot;a dead end quot;.", 'he called it "a dead end".'),
        ("shares of AT amp;T rose", "shares of AT&T rose"),
        ("rates  lt;5% gt; here", "rates  <5% > here"),
    ],
)
def test_entities_that_lost_their_ampersand_are_read_back(scraped: str, restored: str) -> None:
    assert restore_stripped_entities(scraped) == restored
    assert decode_text(scraped.encode(), "x.txt") == restored


@pytest.mark.parametrize("kept", ["item #5; next", "C&#39;s", "x#39;", "Rs&amp;D", "no entity here"])
def test_text_that_only_looks_like_a_stripped_entity_is_kept(kept: str) -> None:
    assert restore_stripped_entities(kept) == kept
