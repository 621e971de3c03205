"""Classify the lines of a scraped text dump.

A scraper's dump is a page flattened to lines: headlines (often printed several times),
photo captions, date stamps, bylines, share buttons, menus, cookie banners, summary bullets
and the body paragraphs. Each line gets one kind here, from its own wording; the segmenter
(segment.py) then reads the sequence of kinds to find where articles start and where their
bodies run.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from newsgraph.extract.meta import Credit, DateLine, read_byline, read_credit, read_date_line

LineKind = Literal[
    "blank",
    "junk",
    "rule",
    "bullet",
    "date",
    "byline",
    "credit",
    "boiler",
    "comments",
    "caption",
    "short",
    "prose",
]


@dataclass(frozen=True)
class Line:
    index: int
    text: str  # stripped; bullets without their marker
    kind: LineKind
    key: str  # case- and punctuation-folded, for spotting repeated lines
    words: int
    title_like: bool = False
    # A long line cut off mid-sentence ("... the high-end laptop can be a tablet, l"): the
    # excerpt a teaser list or a gallery caption shows, not a paragraph of the story.
    cut: bool = False
    dates: DateLine | None = None
    credit: Credit | None = None


# Short interface words scrapers keep: share buttons, menus, gallery controls, consent
# buttons. Compared against the whole line, so "Share" is dropped but a sentence about
# shares is not.
_UI_TEXT = """short url|share|share this|share this article|share this story|share article|share on facebook
    |share on twitter|share on x|share via email|tweet|email|e-mail|print|print this article|comments|comment
    |view comments|show comments|leave a comment|read more|read more stories|continue reading|read full article
    |advertisement|advertising|ad|ads|sponsored|sponsored content|promoted|related|related articles
    |related stories|related content|related news|related topics|more from|most read|most popular|most viewed
    |trending|trending now|top stories|latest|latest news|latest stories|recommended|recommended for you
    |you may also like|you might also like|more stories|more news|follow us|subscribe|subscribe now|sign in
    |sign up|log in|login|logout|log out|register|my account|account|menu|main menu|search|home|close|skip to content
    |skip to main content|skip to navigation|back to top|return to top|top|next|previous|prev|next article
    |previous article|loading|loading...|caption|hide caption|toggle caption|enlarge this image|expand
    |image|photo|photos|video|videos|watch|watch live|listen|listen to this article|play|pause|copy link
    |link copied|copied|whatsapp|facebook|twitter|linkedin|reddit|telegram|pinterest|flipboard|messenger|x
    |newsletter|newsletters|cookie settings|cookie policy|accept|accept all|accept cookies|reject all
    |manage preferences|manage cookies|ok|got it|sections|topics|tags|more|show more|load more|see more
    |see all|view all|back|gallery|back to gallery|open gallery|view gallery|rss|feedback|contact us|about us
    |privacy|privacy policy|terms|terms of use|terms of service|site map|sitemap|help|faq|careers|archives
    |teilen|drucken|mehr|weiterlesen|anzeige|werbung|partager|imprimer|lire aussi|lire la suite|publicité
    |compartir|imprimir|leer más|publicidad"""
# Sentences that are page furniture wherever they appear: consent banners, copyright
# footers, subscription pitches, app and social prompts, gallery counters. Matched against
# the case-folded line (a case-insensitive pattern this size is several times slower).
_BOILER = re.compile(
    r"\bcookies?\b|\bprivacy (?:policy|notice|statement|settings)\b|\bterms (?:of (?:use|service)|and conditions)\b"
    r"|\ball rights reserved\b|^©|^copyright\b|\bsubscribe (?:to|now|for|today)\b|\bsign up (?:for|to|now)\b"
    r"|\bnewsletters?\b|\b(?:log|sign) in to\b|\bjavascript\b|\byour browser\b|\bad ?blocker\b"
    r"|\bthis material may not be published\b|\bclick here\b|\bfollow us on\b|\bdownload (?:the|our) app\b"
    r"|\bimage \d+ of \d+\b|\bopens in a new (?:tab|window)\b"
    r"|\bshare (?:this|on|via)\b|\bclick to (?:share|print|email)\b"
    r"|\b(?:permalink|short ?url|shortlink)\b|\breport (?:an? )?(?:error|typo|correction)\b"
    r"|\bcomments? (?:are|is) (?:closed|moderated)\b|\bsend us (?:a|your) (?:tip|story|feedback)\b"
)
_BOILER_START = re.compile(
    r"(?:read more|related|see also|watch|listen|also read|read also|recommended|more on this|more from)\s?[:|»›>]"
    r"|\d+\s?/\s?\d+$|(?:photo|image|video|slide|picture) \d+ (?:of|/)"
    # A stamp with a clock time but no date ("Updated at 1:23 p.m."): nothing to read from it.
    r"|(?:last )?(?:updated|published|posted)(?: at| on)? \d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)?\s?[a-z]{0,4}\.?$"
)
# Python's re tries every alternative at every position; these plain substrings (one per
# alternative above) let most lines skip the search altogether.
_BOILER_HINTS = re.compile(
    "|".join(
        re.escape(h)
        for h in (
            "cookie", "privacy", "terms", "rights reserved", "©", "copyright", "subscribe", "sign up",
            "newsletter", " in to", "javascript", "browser", "blocker", "may not be published", "click",
            "follow us", "app", " of ", "opens in", "share", "permalink", "url", "shortlink", "report",
            "comment", "send us",
        )
    )
)  # fmt: skip


def is_boilerplate(text: str) -> bool:
    folded = text.casefold()
    if _BOILER_START.match(folded):
        return True
    return _BOILER_HINTS.search(folded) is not None and _BOILER.search(folded) is not None


# Photo credits: "(AP Photo/Efrem Lukatsky)", "Photo: Jane Doe/Reuters", "REUTERS/Vasily
# Fedosenko", "(Reuters)" or "Getty Images" closing a line, "FILE PHOTO:". Credits mark the
# descriptive line they sit on (or just above) as a caption, not body text.
_CAPTION_CREDIT = re.compile(
    r"\((?:[A-Z][\w.'’-]{0,20}\s){0,2}(?:Photo|Foto|Image|Picture)s?(?:/[^()]{0,80})?\)"
    r"|\b(?:Photo|Photograph|Picture|Image|Foto|Bild|Credit|Crédit)s?\s?(?:by\b|:|/|©|credit\b)"
    r"|\b(?:REUTERS|AFP|EPA|EPA-EFE|AP|ANADOLU|XINHUA|GETTY)/[A-Z][\w.'’ -]{1,40}"
    r"|\((?:Reuters|AFP|AP|EPA|EPA-EFE|Getty Images|Xinhua|Anadolu|dpa|AFP via Getty Images)\)\s*$"
    r"|\b(?:via )?Getty Images\s*\)?$|\bFILE PHOTO\b|^FILE\s?[-–—:]\s",
    re.UNICODE,
)
_BULLET = re.compile(r"^(?:[•·▪●◦‣■□►▶*]|[-–—](?=\s))\s*")
_RULE = re.compile(r"^[\W_]{3,}$")
_WORD = re.compile(r"\w+(?:['’.-]\w+)*")
_SENTENCE_END = tuple(".!?…:\"”»)]’'。！？」』")
# "Week 12 power rankings (133)": a comment or view count closing a link line, not a sentence.
_COUNT_END = re.compile(r"\(\d[\d,.]*[km]?\)$", re.IGNORECASE)
# Scripts written without spaces between words; two characters make roughly one word.
_CRUMB_SEPARATORS = (" > ", " › ", " » ", " >> ", " / ")
_CUT_ELLIPSIS = re.compile(r"\w(?:\.\.\.|…)$")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Where the reader comments begin: nothing after this belongs to the article.
_COMMENTS = re.compile(
    r"^\d+\s+(?:comments?|responses?|replies|thoughts?)(?:\s+(?:to|on)\b.*)?$|^(?:reader comments|responses to\b.*)$"
    r"|^(?:leave|post|add|write) (?:a|your) (?:reply|comment)\b|^join the (?:conversation|discussion)\b"
    r"|^comments? (?:are|is) (?:closed|moderated)\b|^(?:show|view|load|read) (?:\d+ )?comments?\b",
    re.IGNORECASE,
)
_DECORATION = re.compile(r"[\s\W_]+")
_TWO_LETTERS = re.compile(r"[^\W\d_]{2}")


def fold(text: str) -> str:
    """Key for spotting repeated lines: case, spacing and punctuation do not matter."""
    return _DECORATION.sub(" ", text.casefold()).strip()


_UI_WORDS = frozenset(fold(w) for w in _UI_TEXT.split("|"))


def is_furniture(text: str) -> bool:
    """A page's interface or boilerplate line ("Share", "Sign in", a cookie banner), by the same
    tests `classify` gives the "boiler" kind, without the date and credit readings."""
    text = " ".join(text.split())
    return fold(text) in _UI_WORDS or (len(text) < 400 and is_boilerplate(text))


def is_junk(text: str) -> bool:
    """Lines without two letters in a row: mis-decoded logos (a lone combining mark), icon
    glyphs, stray numbers and symbols. They are neither titles nor text."""
    return _TWO_LETTERS.search(text) is None


# Direction marks a right-to-left headline may start with (LRM, RLM, embeddings, isolates).
_BIDI_MARKS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def is_title_like(text: str, words: int) -> bool:
    """A headline's shape: 3 to 25 words, capitalised, no closing full stop or comma."""
    if not 3 <= words <= 25 or len(text) > 220:
        return False
    if any(sep in text for sep in _CRUMB_SEPARATORS):
        return False  # a breadcrumb trail ("Home > World > Europe"), not a headline
    first = text.lstrip(_BIDI_MARKS)[:1] or text[0]
    # Scripts without capitals (Arabic, Hebrew, CJK, Devanagari, ...) start headlines with a
    # letter that is neither upper nor lower case: that letter counts as a capital.
    caseless = first.isalpha() and first.lower() == first.upper()
    if not (first.isupper() or caseless or first.isdigit() or first in "\"“‘'«„¿¡"):
        return False
    # Closing quotes do not hide a full stop: '... he said."' is a sentence.
    return not text.rstrip("\"”’'»)").endswith((".", ",", ";", ":", "…", "|", ">", "›"))


_CREDIT_HINTS = re.compile(r"photo|foto|image|picture|credit|crédit|bild|/|getty|file|\)", re.IGNORECASE)


def is_caption_credit(text: str) -> bool:
    return _CREDIT_HINTS.search(text) is not None and _CAPTION_CREDIT.search(text) is not None


def _is_prose(text: str, words: int) -> bool:
    """Body text: a sentence (closing punctuation, a few words) or a line long enough to be
    a paragraph whatever its ending (truncated teasers, paragraphs without final stop)."""
    if words >= 25:
        return True
    return (
        words >= 4
        and text.endswith(_SENTENCE_END)
        and not text.endswith((" |", ">", "»", "›"))
        and _COUNT_END.search(text) is None
    )


def count_words(text: str) -> int:
    words = len(_WORD.findall(text))
    if _CJK.search(text) is None:
        return words
    return max(words, len(_CJK.findall(text)) // 2)


def classify(raw: str, index: int, base: dt.datetime | None) -> Line:
    text = " ".join(raw.split())
    if not text:
        return Line(index, "", "blank", "", 0)
    if _RULE.match(text):
        return Line(index, text, "rule", "", 0)
    if is_junk(text):
        return Line(index, text, "junk", "", 0)
    bullet = _BULLET.match(text)
    if bullet is not None and bullet.end() < len(text):
        body = text[bullet.end() :]
        n = count_words(body)
        if n >= 3:
            return Line(index, body, "bullet", fold(body), n)
    key = fold(text)
    words = count_words(text)
    if words <= 20:
        dates = read_date_line(text, base)
        if dates is not None:
            credit = Credit(author=dates.author) if dates.author else None
            return Line(index, text, "date", key, words, dates=dates, credit=credit)
    if words <= 12 and _COMMENTS.match(text):
        return Line(index, text, "comments", key, words)
    if key in _UI_WORDS or (words < 40 and is_boilerplate(text)):
        return Line(index, text, "boiler", key, words)
    if words >= 2 and is_caption_credit(text):
        return Line(index, text, "caption", key, words)
    if words <= 16:
        credit = read_byline(text)
        if credit is not None:
            return Line(index, text, "byline", key, words, credit=credit)
        credit = read_credit(text)
        if credit is not None:
            return Line(index, text, "credit", key, words, credit=credit)
    elif text.startswith("(") or re.match(r"(?i)(?:additional\s)?reporting by\b", text):
        credit = read_credit(text)
        if credit is not None:
            return Line(index, text, "credit", key, words, credit=credit)
    title_like = is_title_like(text, words)
    # A headline that ends in a quotation or a question ("Lynn: 'We needed to win'") is
    # still a headline, not a paragraph.
    prose = _is_prose(text, words) and not (title_like and words <= 15)
    kind: LineKind = "prose" if prose else "short"
    cut = prose and (not text.endswith(_SENTENCE_END) or _CUT_ELLIPSIS.search(text) is not None)
    return Line(index, text, kind, key, words, title_like=title_like, cut=cut)
