"""Bytes to clean text: detect the encoding, decode, repair mojibake.

Scraped dumps arrive in every encoding and often already mis-decoded once ("â€œ" for a
curly quote). charset-normalizer guesses the encoding from the bytes; ftfy then repairs
text that was decoded with the wrong codec somewhere upstream.
"""

from __future__ import annotations

import re

import ftfy
from charset_normalizer import from_bytes

from newsgraph.errors import DocumentFailed

# A share of control characters above this means the bytes are not text at all.
_MAX_CONTROL_SHARE = 0.05
# Text made only of these characters gives ftfy nothing to repair, so it is not asked (a
# sixth of extracting a text dump). For ftfy to re-decode text as UTF-8 it needs both a lead
# byte and continuation bytes in some legacy encoding, and no character here maps to a
# continuation byte in MacRoman or to a lead byte in the cp125x encodings; none is an HTML
# entity's "&", a line-break variant, a control or compatibility character, or changed by
# NFC. Most English wire copy is such text; anything else (accents, other scripts, entities)
# still goes through ftfy. tests/extract/test_clean.py checks the claim against ftfy itself.
NOTHING_TO_FIX = frozenset(
    [chr(c) for c in range(0x20, 0x7F) if chr(c) != "&"] + ["\n", "\t", "‘", "’", "“", "”", "–", "—", "…"]
)


# HTML entities whose "&" an earlier export turned into a space (" #39;s", " quot;Yes quot;"), as
# some news corpora and scrapes carry them. No prose writes "#39;" or "quot;", so each is read
# back as the character it names; a whole entity ("&#39;") is ftfy's job and left alone.
_STRIPPED_ENTITY = re.compile(r"(?P<space> ?)(?:#(?P<code>\d{2,5})|(?P<name>quot|amp|apos|lt|gt|nbsp));")
_NAMED = {"quot": '"', "amp": "&", "apos": "'", "lt": "<", "gt": ">", "nbsp": " "}
# What follows an apostrophe that ends a word: possessive and contractions ("Iran's", "don't").
_CONTRACTION = re.compile(r"(?:s|t|d|m|re|ll|ve)\b")


def restore_stripped_entities(text: str) -> str:
    """`text` with each entity that lost its "&" turned back into its character. The space that
    stood for the "&" goes too where the character closes a word: an apostrophe before "s" or "t"
    ("Iran's"), a closing quote, "AT&T"; an opening quote keeps the space in front of it."""
    if ";" not in text:
        return text

    def character(m: re.Match[str]) -> str:
        before = text[m.start() - 1] if m.start() else " "
        code = int(m["code"]) if m["code"] else None
        # Glued to the word it closes: "Japan#39;s", and a plural's possessive before a space
        # ("Palestinians#39; struggle", "Medecins Sans Frontieres#39; mission").
        glued = (
            before.isalpha()
            and code in (39, 8217)
            and bool(_CONTRACTION.match(text, m.end()) or (before == "s" and text[m.end() : m.end() + 1].isspace()))
        )
        if not m["space"] and (before.isalnum() or before in "&#_") and not glued:
            return m[0]  # part of a word or a whole entity, not a stripped one; but "Japan#39;s" lost its "&"
        if code is not None and not (32 <= code < 0x110000 and not 0xD800 <= code < 0xE000):
            return m[0]
        ch = chr(code) if code is not None else _NAMED[m["name"]]
        after = text[m.end() : m.end() + 3]
        word_before = (m["space"] or glued) and before.isalnum()
        closes = (ch in "'\u2019" and word_before and _CONTRACTION.match(after)) or (
            ch in "\"'" and not after[:1].isalnum()
        )
        joins = ch == "&" and word_before and after[:1].isalnum()
        return ch if closes or joins else m["space"] + ch

    return _STRIPPED_ENTITY.sub(character, text)


def decode_text(content: bytes | str, uri: str) -> str:
    """Decoded, mojibake-repaired text. Raises DocumentFailed for binary or undecodable input."""
    if isinstance(content, str):
        text = content
    else:
        if not content.strip():
            raise DocumentFailed("empty document", uri=uri, stage="read")
        if content.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
            text = (
                content.decode("utf-8-sig")
                if content.startswith(b"\xef\xbb\xbf")
                else content.decode("utf-16")
            )
        else:
            try:
                text = content.decode("utf-8")
            except UnicodeDecodeError:
                if b"\x00" in content[:4096]:
                    raise DocumentFailed(
                        "binary content (NUL bytes), not text", uri=uri, stage="read"
                    ) from None
                best = from_bytes(content).best()
                if best is None:
                    raise DocumentFailed(
                        "undecodable bytes: no text encoding fits", uri=uri, stage="read"
                    ) from None
                text = str(best)
    if not text.strip():
        raise DocumentFailed("empty document", uri=uri, stage="read")
    sample = text[:10000]
    control = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    if control / max(len(sample), 1) > _MAX_CONTROL_SHARE:
        raise DocumentFailed("binary content (control characters), not text", uri=uri, stage="read")
    text = restore_stripped_entities(text)
    if NOTHING_TO_FIX.issuperset(text):
        return text
    # Curly quotes stay curly: their direction tells the quote stage where a quotation opens.
    return ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False)
