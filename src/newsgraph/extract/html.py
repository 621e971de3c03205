"""HTML page or snippet -> Article, with trafilatura for the body and metadata.

The options were chosen on the 91-page article-extraction benchmark in ../shared/eval/html;
docs/accuracy.md ("HTML extraction", `python -m bench.extraction`) has what each did to the
scores and the speed, beside trafilatura's default run:

- `favor_precision` and no comments: news pages carry related-story lists, share bars and
  reader comments that the default keeps;
- `fast` skips trafilatura's second opinion from its readability/jusText fallbacks, which
  costs much of the time and matters only where the main extractor lost text; so the full
  mode runs only when the fast body of a whole page is short (2 of 91 pages), which keeps
  the full mode's score at the fast mode's speed;
- tables stay in (dropping them cost recall: financial and election stories put content
  in tables), and an opening heading that restates the headline is dropped (the title
  block has it).

Dates: htmldate over the page markup first (meta tags, JSON-LD, URL); when that finds
nothing, htmldate's extensive search, which also reads the visible text and is slower, so
it runs only when needed. No date may fall after the fetch time.

Feed entries and JSONL texts are HTML snippets with no page around them; trafilatura often
refuses those as too short, so a snippet falls back to its own plain text.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import ftfy
import trafilatura
import trafilatura.metadata as tmeta
from charset_normalizer import from_bytes
from ftfy import badness
from htmldate import find_date
from lxml import etree  # type: ignore[import-untyped]
from lxml.html import HtmlElement, fragment_fromstring  # type: ignore[import-untyped]
from trafilatura.settings import Document

from newsgraph.errors import DocumentFailed
from newsgraph.extract.build import build_article, normalise_space
from newsgraph.extract.dates import fetch_time
from newsgraph.extract.meta import agency_name
from newsgraph.extract.opening import read_head
from newsgraph.model import Article, DatePrecision, RawDocument
from newsgraph.settings import Settings

_EXTRACT_OPTIONS: dict[str, Any] = {
    "favor_precision": True,
    "include_comments": False,
    "include_tables": True,
}
# A whole page has these; a feed entry or JSONL text usually has neither.
_PAGE_MARKUP_TEXT = re.compile(r"<(?:html|body|head)[\s>]|<!doctype", re.IGNORECASE)
# Elements whose text is never article text.
_SKIP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "button", "form", "nav")
# Elements that end a paragraph when a snippet is flattened to text.
_BLOCK_TAGS = frozenset(
    {
        *("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"),
        *("table", "tr", "section", "article", "header", "footer", "figure", "figcaption", "dd", "dt"),
    }
)
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)
# Two short paragraphs: a whole page yielding less has most likely lost part of its article.
_SHORT_BODY_CHARS = 500
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# An opening heading longer than this is a paragraph, whatever words it shares with the title.
_MAX_HEADLINE_CHARS = 200
_HEADLINE_OVERLAP = 0.6
_SENTENCE_END = (".", "!", "?", '"', "”", "»", ":")
_WORD = re.compile(r"\w+")
_MOJIBAKE_LEAD = re.compile("[\u00c2-\u00f4]")
_TITLE_SUFFIX = re.compile(r"^(.{10,}?)\s+[|\-–—·:]+\s+([^|\-–—·:]{2,60})$")
# Class names of the box a page shows only while the pointer rests on a link or a term: a
# person's hover card, a term's tooltip text. The CSS hides it, so trafilatura, which reads
# no CSS, splices its words into the sentence that holds the link ("Gov. Jane DoeJane Ann
# DoeState governor ... MORE"). The box is named for the widget and for being its box
# ("rollover-block", "tooltiptext", "popover-content"); the widget's wrapper and trigger
# ("rollover-people", "has-tooltip", "tooltip-wrapper") hold the visible words and stay.
_HOVER_BOX = (
    r"(?:^|\s)[\w-]*(?:rollover|tooltip|popover|hover)[\w-]*?(?:block|box|card|text|content|body|inner|panel)"
    r"(?:\s|$)"
)
_HOVER_BOX_CHARS = 600


def extract_html(doc: RawDocument, settings: Settings) -> Article:
    """One Article from an HTML page or snippet. Raises DocumentFailed when it holds no text."""
    html = _as_text(doc)
    tree = trafilatura.load_html(html)
    page = _page_meta(tree, doc, settings, snippet=_is_snippet(html)) if tree is not None else _PageMeta()
    paragraphs = _body_paragraphs(doc, html, tree)
    if not paragraphs:
        raise DocumentFailed(
            "no article text in HTML: neither the page extractor nor the markup's own text held any "
            "(a page that builds its text with JavaScript has none to read)",
            uri=doc.uri,
            stage="extract",
        )

    meta = doc.meta
    title = meta.get("title") or _strip_site(page.title, page.site)
    published, precision = _published(meta, page)
    paragraphs = _drop_leading_title(paragraphs, title)
    # The same wire rules as plain text: a date line or byline above the lead and the
    # dateline/agency opening move into their fields, so a story read from its HTML page and
    # from a text dump has the same body, hence the same article id.
    head = read_head(paragraphs, fetch_time(doc, settings))
    date_source = "metadata" if published is not None else None
    if published is None and head.published is not None and head.published.value is not None:
        published, precision, date_source = head.published.value, head.published.precision, "text"
    elif published is None and head.dateline_date is not None:
        published, precision, date_source = head.dateline_date, "day", "dateline"
    author = meta.get("author") or page.author or head.author
    return build_article(
        source=doc.uri,
        paragraphs=head.paragraphs,
        title=title,
        dateline=head.dateline or meta.get("dateline") or None,
        agency=head.agency or meta.get("agency") or (agency_name(author) if author else None),
        source_id=doc.source_id,
        url=meta.get("url") or page.url,
        published=published,
        date_precision=precision,
        date_source=date_source,
        author=author,
        site=meta.get("site") or page.site,
        language=meta.get("language"),
        caption=meta.get("caption") or None,
        fetched_at=doc.fetched_at,
    )


def _body_paragraphs(doc: RawDocument, html: str, tree: HtmlElement | None) -> list[str]:
    """The article's paragraphs: the page extractor's body, or the markup's own text for a snippet."""
    # A fragment whose reader knows it is the article body (a JSONL text field, a feed
    # entry's content) keeps all its text: trafilatura, made to find a body inside a page,
    # would drop its lists and short lines as page furniture.
    if doc.structured and _is_snippet(html):
        return _lines(_repair("\n".join(_snippet_paragraphs(html))))
    paragraphs: list[str] = []
    if tree is not None:
        # bare_extraction works on its own copy of the tree, so the metadata pass still
        # sees the page as it was.
        _drop_hover_boxes(tree)
        text = _body_text(tree, doc.meta.get("url"), fast=True)
        if len(text) < _SHORT_BODY_CHARS and not _is_snippet(html):
            # A short body from a whole page usually means the main extractor lost part of
            # the article; trafilatura's full mode compares it with its readability and
            # jusText fallbacks. Only these pages pay for the comparison.
            text = _body_text(tree, doc.meta.get("url"), fast=False) or text
        paragraphs = _lines(_repair(text))
    if not paragraphs and _is_snippet(html):
        paragraphs = _lines(_repair("\n".join(_snippet_paragraphs(html))))
    return paragraphs


def _drop_hover_boxes(tree: HtmlElement) -> None:
    """Remove the hover cards and tooltip texts (see `_HOVER_BOX`); their tails stay."""
    found = tree.xpath(
        "//*[re:test(@class, $pattern, 'i')]",
        namespaces={"re": "http://exslt.org/regular-expressions"},
        pattern=_HOVER_BOX,
    )
    for box in found:
        # A card or a tooltip is a few lines; a long box under such a class is the page's own text shown with a
        # hover effect ("story-body hoverable-content", "card-hover-body"), and the body must not go with it.
        if box.getparent() is not None and len(box.text_content()) <= _HOVER_BOX_CHARS:
            box.drop_tree()


def _body_text(tree: HtmlElement, url: str | None, *, fast: bool) -> str:
    result = trafilatura.bare_extraction(tree, url=url, fast=fast, **_EXTRACT_OPTIONS)
    return result.text or "" if isinstance(result, Document) else ""


@dataclass(frozen=True)
class _PageMeta:
    title: str | None = None
    author: str | None = None
    site: str | None = None
    url: str | None = None
    date: str | None = None


def _page_meta(tree: HtmlElement, doc: RawDocument, settings: Settings, *, snippet: bool) -> _PageMeta:
    """Title, author, site, canonical URL and date from the page's markup.

    The pieces of trafilatura's metadata pass we use, without its categories, tags and
    licence searches, which cost a fifth of the extraction time and feed nothing here.
    Dates: htmldate over the markup first (meta tags, JSON-LD, URL); only when that finds
    nothing, its extensive search, which also reads the visible text and is slower.
    """
    known_url = doc.meta.get("url") or (doc.uri if doc.uri.startswith(("http://", "https://")) else None)
    found = tmeta.examine_meta(tree)
    if found.author and " " not in found.author:
        found.author = None  # single tokens in author tags are handles and site names
    # Malformed JSON-LD is common and trafilatura's parser can trip on it; the meta tags still count.
    with contextlib.suppress(Exception):
        found = tmeta.extract_meta_json(tree, found)
    title = found.title or tmeta.extract_title(tree)
    # Authors come from meta tags and JSON-LD only: trafilatura's search of the page body for
    # a byline costs an eighth of the whole extraction and is the least reliable source.
    author = found.author
    url = found.url or tmeta.extract_url(tree, known_url)
    site = found.sitename or tmeta.extract_sitename(tree)
    if site:
        site = site.lstrip("@")
    max_date = _max_date(doc, settings)
    date = find_date(tree, extensive_search=False, original_date=True, url=url, max_date=max_date)
    if not date and not snippet:
        # Not for snippets: with no page around them the search would only find dates the
        # story's sentences mention, which are not its publication date.
        date = find_date(tree, extensive_search=True, original_date=True, url=url, max_date=max_date)
    return _PageMeta(
        title=_clean(title), author=_clean(author), site=_clean(site), url=_clean(url), date=date
    )


def _clean(value: str | None) -> str | None:
    return normalise_space(value) or None if value else None


def _repair(text: str) -> str:
    # ftfy over every page costs as much as extraction; only text that looks mis-decoded
    # needs it. UTF-8 read as Latin-1/cp1252 always shows a lead byte as one of Â..ô, so
    # text without one is skipped before ftfy's own (slower) test.
    if _MOJIBAKE_LEAD.search(text) and badness.is_bad(text):
        return ftfy.fix_text(text)
    return text


def _as_text(doc: RawDocument) -> str:
    """Decoded markup: UTF-8, else the page's declared charset, else a guess from the bytes.

    ftfy is not run over the whole page (slow on markup, and it would "repair" script
    bodies); the extracted text gets it instead.
    """
    if isinstance(doc.content, str):
        return doc.content
    content = doc.content
    if not content.strip():
        raise DocumentFailed("empty document", uri=doc.uri, stage="extract")
    if b"\x00" in content[:4096] and not content.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentFailed("binary content (NUL bytes), not HTML", uri=doc.uri, stage="extract")
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    match = _DECLARED_CHARSET.search(content[:8192])
    # The HTTP header (kept by the WARC reader) outranks the page's own declaration.
    for declared in (doc.meta.get("charset"), match.group(1).decode("ascii") if match else None):
        if declared:
            try:
                return content.decode(declared)
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong declaration is common; try the next, then guess from the bytes
    best = from_bytes(content[: 1 << 20]).best()
    if best is None or best.encoding is None:
        raise DocumentFailed("undecodable bytes: no text encoding fits", uri=doc.uri, stage="extract")
    return content.decode(best.encoding, errors="replace")


def _lines(text: str) -> list[str]:
    return [line for line in (normalise_space(x) for x in text.split("\n")) if line]


def _drop_leading_title(paragraphs: list[str], title: str | None) -> list[str]:
    """Drop an opening heading that restates the headline; the title block already has it.

    trafilatura keeps the in-body <h1>, which often differs from the <title> by a word or a
    site suffix ("HS Roundup" / "High School Roundup"), so the test is word overlap, not
    equality. A real first paragraph ends like a sentence, so one that does is kept.
    """
    if not title or len(paragraphs) < 2:
        return paragraphs
    first = paragraphs[0]
    if first.casefold() == normalise_space(title).casefold():
        return paragraphs[1:]
    if len(first) > _MAX_HEADLINE_CHARS or first.rstrip().endswith(_SENTENCE_END):
        return paragraphs
    head, words = set(_WORD.findall(first.casefold())), set(_WORD.findall(title.casefold()))
    if head and len(head & words) / len(head | words) >= _HEADLINE_OVERLAP:
        return paragraphs[1:]
    return paragraphs


def _strip_site(title: str | None, site: str | None) -> str | None:
    """Drop a site-name suffix: "Bridge opens | Valley Courier" -> "Bridge opens"."""
    if not title or not site:
        return title
    match = _TITLE_SUFFIX.match(title)
    if match is None:
        return title
    key = re.sub(r"\W+", "", site.casefold())
    suffix = re.sub(r"\W+", "", match.group(2).casefold())
    if suffix and (suffix == key or key.startswith(suffix) or suffix.startswith(key)):
        return match.group(1).strip()
    return title


def _is_snippet(html: str) -> bool:
    return not _PAGE_MARKUP_TEXT.search(html[:4096])


def _snippet_paragraphs(html: str) -> list[str]:
    """Plain-text paragraphs of an HTML fragment: block elements end a paragraph."""
    try:
        root = fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return []
    for bad in list(root.iter(*_SKIP_TAGS)):
        bad.drop_tree()
    chunks: list[str] = []
    _flatten(root, chunks)
    return _lines("".join(chunks))


def _flatten(element: HtmlElement, out: list[str]) -> None:
    block = isinstance(element.tag, str) and element.tag in _BLOCK_TAGS
    if block:
        out.append("\n")
    if element.text and isinstance(element.tag, str):
        out.append(element.text)
    for child in element:
        _flatten(child, out)
        if child.tail:
            out.append(child.tail)
    if block:
        out.append("\n")
    elif element.tag in ("td", "th"):
        out.append(" ")  # cells of a row stay words apart on the row's line


def _max_date(doc: RawDocument, settings: Settings) -> str:
    """No page is published after it was fetched; without a fetch time, after today."""
    fetched = fetch_time(doc, settings)
    return (fetched.date() if fetched is not None else dt.date.today()).isoformat()


def _published(
    meta: Mapping[str, str], page: _PageMeta
) -> tuple[dt.date | dt.datetime | None, DatePrecision]:
    """The container's date first (feed, JSONL), then the page's."""
    if meta.get("published"):
        parsed = parse_iso(meta["published"])
        if parsed is not None:
            return parsed
    if page.date and _ISO_DATE.match(page.date):
        return dt.date.fromisoformat(page.date), "day"
    return None, "unknown"


def parse_iso(value: str) -> tuple[dt.date | dt.datetime, DatePrecision] | None:
    """An ISO date or datetime with its precision; None when the string is not ISO."""
    value = value.strip()
    if _ISO_DATE.match(value):
        return dt.date.fromisoformat(value), "day"
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed, "second"
