"""Structured text -> exactly one Article, whole.

When a reader knows where the article body is (a JSONL text field, a feed entry), that text
*is* the body. It is cleaned (encoding repair, whitespace, hard-wrapped lines joined, a date
line, byline or wire opening moved into its fields) but never split into several articles
and never dropped line by line: a one-sentence record is a valid article, and tables, lists
and all-caps lines stay. The scraped-dump segmenter (segment.py) is for text that is a whole
page; `should_segment` decides which is which, by the `segment` setting.
"""

from __future__ import annotations

import datetime as dt

from newsgraph.errors import UsageError
from newsgraph.extract.build import build_article, normalise_space
from newsgraph.extract.clean import decode_text, restore_stripped_entities
from newsgraph.extract.dates import fetch_time, parse_date
from newsgraph.extract.lines import count_words, fold, is_furniture, is_title_like
from newsgraph.extract.meta import read_byline, read_date_line
from newsgraph.extract.opening import read_head
from newsgraph.model import Article, DatePrecision, RawDocument
from newsgraph.settings import Settings

SEGMENT_MODES = ("auto", "always", "never")
# A text field holds a whole scraped page when page furniture (share buttons, menus, cookie
# and subscription lines, comment headers) makes up this share of its lines, and there are
# at least this many such lines. Articles have none; a page saved as text has them by dozens.
_DUMP_SHARE = 0.15
_DUMP_MIN_LINES = 4
# A first line this short with no closing stop, above a longer one, is the record's headline.
_MAX_HEADLINE_WORDS = 15
_SENTENCE_END = (".", "!", "?", "…", '"', "”", "’", "'", ")", ":", ";")


def check_segment_mode(settings: Settings) -> str:
    mode = settings.segment
    if mode not in SEGMENT_MODES:
        raise UsageError(f"setting segment: {mode!r} is not one of {', '.join(SEGMENT_MODES)}")
    return mode


def should_segment(document: RawDocument, text: str, settings: Settings) -> bool:
    """Whether plain text goes through the dump segmenter (see the `segment` setting)."""
    mode = check_segment_mode(settings)
    if mode != "auto":
        return mode == "always"
    return not document.structured or looks_like_page(text)


def looks_like_page(text: str) -> bool:
    """A text field that holds a scraped page rather than an article body."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < _DUMP_MIN_LINES:
        return False
    furniture = sum(1 for line in lines if is_furniture(line))
    return furniture >= _DUMP_MIN_LINES and furniture >= _DUMP_SHARE * len(lines)


def extract_record(document: RawDocument, settings: Settings, text: str | None = None) -> Article:
    """The one article a structured text holds. Raises DocumentFailed only for empty or binary content."""
    if text is None:
        text = decode_text(document.content, document.uri)
    base = fetch_time(document, settings)
    lines = paragraphs(text)
    meta_title = restore_stripped_entities(document.meta.get("title") or "") or None
    title = meta_title
    if len(lines) > 1 and meta_title and fold(lines[0]) == fold(meta_title):
        lines = lines[1:]  # the text repeats its headline: it is the title block, not a paragraph
    elif len(lines) > 1 and meta_title is None and _is_headline(lines[0], lines[1]):
        title, lines = lines[0], lines[1:]
    head = read_head(lines, base)
    published: dt.date | dt.datetime | None = None
    precision: DatePrecision = "unknown"
    source: str | None = None
    meta_date = document.meta.get("published")
    found = parse_date(meta_date, base) if meta_date else None
    if found is not None and found.value is not None:
        published, precision, source = found.value, found.precision, "metadata"
    elif head.published is not None:
        published, precision = head.published.value, head.published.precision
        source = "relative" if head.published.relative else "text"
    elif head.dateline_date is not None:
        published, precision, source = head.dateline_date, "day", "dateline"
    return build_article(
        source=document.uri,
        paragraphs=head.paragraphs,
        title=title,
        source_id=document.source_id,
        url=document.meta.get("url") or None,
        published=published,
        date_precision=precision,
        date_source=source,
        dateline=head.dateline or document.meta.get("dateline") or None,
        agency=head.agency or document.meta.get("agency") or None,
        author=document.meta.get("author") or head.author,
        site=document.meta.get("site") or None,
        caption=document.meta.get("caption") or None,
        fetched_at=document.fetched_at,
    )


def paragraphs(text: str) -> list[str]:
    """Non-blank lines, each a paragraph, except that a hard-wrapped line (one that does not
    end a sentence, followed by a line that starts in lower case) is joined to the next."""
    out: list[str] = []
    joinable = False
    for raw in text.splitlines():
        line = normalise_space(raw)
        if not line:
            joinable = False
            continue
        if joinable and out and line[0].islower():
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        joinable = not out[-1].endswith(_SENTENCE_END)
    return out


def _is_headline(first: str, second: str) -> bool:
    """A short headline-shaped first line above a longer lead (a record with no title field)."""
    words = count_words(first)
    return (
        words <= _MAX_HEADLINE_WORDS
        and is_title_like(first, words)
        and not first.endswith(_SENTENCE_END)
        and len(second) > len(first)
        and read_byline(first) is None  # "By Ana Ruiz, Reuters" is headline-shaped too
        and read_date_line(first, None) is None
    )
