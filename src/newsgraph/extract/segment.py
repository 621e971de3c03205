"""Plain-text dumps -> Articles.

A scraped dump holds one or several articles flattened to lines, with the page furniture
left in. The segmenter works in three passes, all linear in the number of lines:

1. classify every line (lines.py): blank, junk, rule, bullet, date, byline, credit,
   boilerplate, caption, short, prose;
2. find where articles start: a headline-shaped line that is repeated close by (scrapers
   print a page's headline several times), or is followed by a date line or byline, or by a
   paragraph opening with a dateline/wire prefix, or stands after a section break, and that
   has prose after it;
3. within each article, pick the body as the run of lines with the most prose in it (a
   maximum-sum run: paragraphs score their length, menu and button lines cost a little,
   date lines and repeated headlines end the run), and read the title, dates, caption,
   summary bullets, byline and agency credits around it.

Every heuristic looks at the shape of lines, not at particular sites.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from newsgraph.extract.build import build_article
from newsgraph.extract.clean import decode_text
from newsgraph.extract.dates import FoundDate, fetch_time, parse_date
from newsgraph.extract.lines import Line, classify, fold, is_caption_credit
from newsgraph.extract.meta import Credit, Opening, read_opening
from newsgraph.extract.opening import wire_date
from newsgraph.model import Article, DatePrecision, RawDocument
from newsgraph.settings import Settings

# How many non-blank lines may stand between a headline and its first paragraph (bylines,
# dates, a caption, share buttons, the headline again, summary bullets).
_LOOKAHEAD = 8
# A headline printed again within this many lines is the page's own headline block.
_REPEAT_WINDOW = 20
_REPEAT_LOOKAHEAD = 16
# What a furniture line costs inside a body run: a paragraph of ~30 characters outweighs one,
# so an "Advertisement" between paragraphs does not cut the body, a menu of ten items does.
_PENALTY = 30
_BREAK = -(10**9)
# A "short real article" still comes out when the page has nothing longer: at least one
# sentence of this many words.
_MIN_SENTENCE_WORDS = 8
# The earliest run of body lines scoring at least 1/_RUN_SHARE of the best run is the body.
_RUN_SHARE = 2
# Copies of a line within this many lines of each other are page furniture, not body.
_DUPLICATE_WINDOW = 40
# How far above a headline its caption or date line may stand.
_ABOVE = 4
# A comments header ends the article only once some article text has gone by; at the top
# of a page it is a share-bar link.
_MIN_BODY_BEFORE_COMMENTS = 150
_FULL_DATE = re.compile(r"\b(?:\d{1,2}\s[A-Z][a-z]{2,8}\.?,?\s\d{4}|[A-Z][a-z]{2,8}\.?\s\d{1,2},\s\d{4})\b")
_QUOTES = re.compile(r"[\"“”«»„]")


@dataclass(frozen=True)
class _Start:
    index: int
    strength: int


@dataclass
class _Draft:
    """One article's parts as the segmenter finds them, before build_article."""

    title: str | None = None
    summary: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    caption: str | None = None
    published: FoundDate | None = None
    updated: FoundDate | None = None
    credits: list[Credit] = field(default_factory=list)
    dateline: str | None = None
    agency: str | None = None
    opening: Opening | None = None

    @property
    def body_chars(self) -> int:
        return sum(len(p) for p in self.paragraphs)


def segment_text(doc: RawDocument, settings: Settings, text: str | None = None) -> list[Article]:
    """The articles in a plain-text document (a scraped dump may hold several); `text` is
    its content when the caller has decoded it already."""
    if text is None:
        text = decode_text(doc.content, doc.uri)
    base = fetch_time(doc, settings)
    lines = _classify_all(text, base)
    repeated = _repeated(lines)
    meta_title = fold(doc.meta.get("title", "")) if doc.meta.get("title") else ""
    starts = _find_starts(lines, repeated, meta_title)
    drafts = _drafts(lines, repeated, starts)
    # A start that only a section break supported and that leaves a fragment (one
    # paragraph, or less text than an article) was a section heading inside the article
    # above (AP puts "___" between the sections of a story): undo it.
    weak = {
        start.index
        for start, draft in zip(starts, drafts[len(drafts) - len(starts) :], strict=True)
        if start.strength == 1
        and (draft.body_chars < settings.min_article_chars or len(draft.paragraphs) < 2)
    }
    if weak and len(weak) < len(starts):
        starts = [s for s in starts if s.index not in weak]
        drafts = _drafts(lines, repeated, starts)
    drafts = _keep(drafts, settings.min_article_chars)
    if len(drafts) == 1 and meta_title:
        # The container (feed entry, JSONL record) names its one article's title.
        drafts[0].title = doc.meta["title"]
    return [_build(doc, draft, n, len(drafts), base, meta_title) for n, draft in enumerate(drafts, 1)]


def _drafts(lines: Sequence[Line], repeated: Sequence[bool], starts: Sequence[_Start]) -> list[_Draft]:
    """One draft per start, plus one for the lines above the first start (if any)."""
    tops = [_top(lines, start.index) for start in starts]
    bounds: list[tuple[int | None, int, int]] = []
    first = tops[0] if starts else len(lines)
    if first > 0:
        bounds.append((None, 0, first))
    for n, start in enumerate(starts):
        end = tops[n + 1] if n + 1 < len(starts) else len(lines)
        bounds.append((start.index, tops[n], end))
    return [_assemble(lines, repeated, title, lo, hi) for title, lo, hi in bounds]


def _classify_all(text: str, base: dt.datetime | None) -> list[Line]:
    # Menus, share bars and headlines recur on a page (and on every page of a multi-page
    # dump): each distinct line is classified once.
    seen: dict[str, Line] = {}
    out: list[Line] = []
    for i, raw in enumerate(text.splitlines()):
        line = seen.get(raw)
        if line is None:
            line = seen[raw] = classify(raw, i, base)
        elif line.index != i:
            line = dataclasses.replace(line, index=i)
        out.append(line)
    return out


# --- where articles start -----------------------------------------------------------------


@dataclass(frozen=True)
class _Ahead:
    """For each line: the next prose line, the next date/byline line and the next line with the
    same text; and the count of non-blank lines before it. Built by scans from the end, so
    every candidate headline is judged in constant time."""

    next_prose: list[int]
    next_meta: list[int]
    next_same: list[int]
    filled: list[int]


def _look_ahead(lines: Sequence[Line], repeated: Sequence[bool]) -> _Ahead:
    n = len(lines)
    next_prose = [n] * (n + 1)
    next_meta = [n] * (n + 1)
    next_same = [n] * n
    seen: dict[str, int] = {}
    for i in range(n - 1, -1, -1):
        line = lines[i]
        next_prose[i] = i if _is_body(line, repeated) else next_prose[i + 1]
        next_meta[i] = i if line.kind in ("date", "byline") else next_meta[i + 1]
        if line.key:
            next_same[i] = seen.get(line.key, n)
            seen[line.key] = i
    filled = [0] * (n + 1)  # non-blank lines before each index
    for i, line in enumerate(lines):
        filled[i + 1] = filled[i] + (line.kind != "blank")
    return _Ahead(next_prose, next_meta, next_same, filled)


def _find_starts(lines: Sequence[Line], repeated: Sequence[bool], meta_title: str) -> list[_Start]:
    ahead = _look_ahead(lines, repeated)
    starts: list[_Start] = []
    seen_body = False
    in_comments = False
    blanks = 0
    after_rule = True  # the top of the page counts as a section break
    for i, line in enumerate(lines):
        if line.title_like and line.kind in ("short", "prose"):
            current = lines[starts[-1].index].key if starts else None
            if line.key == current and not seen_body:
                continue  # the headline printed again above its story
            strength = _strength(
                lines, i, ahead, meta_title, section_break=blanks >= 2 or after_rule, first=not starts
            )
            if in_comments and strength < 3:
                # Comment titles and commenters' dates look like headlines over datelines.
                strength = 0
            if strength:
                in_comments = False
                if not starts or seen_body:
                    starts.append(_Start(i, strength))
                    seen_body = False
                elif strength >= starts[-1].strength:
                    # Still in the previous start's head (no paragraph yet): the stronger
                    # headline wins, and of two equal ones the nearer to the body (the first
                    # was a menu or section line above the real headline).
                    starts[-1] = _Start(i, strength)
                blanks, after_rule = 0, False
                continue
        if _is_body(line, repeated) and starts:
            seen_body = True
        if line.kind == "comments" and seen_body:
            in_comments = True
        if line.kind == "blank":
            blanks += 1
        else:
            after_rule = line.kind == "rule"
            blanks = 0
    return starts


def _strength(
    lines: Sequence[Line], i: int, ahead: _Ahead, meta_title: str, *, section_break: bool, first: bool
) -> int:
    """How surely the headline-shaped line `i` starts an article: 4 the container's title, 3 the
    page's headline block, 2 the headline of a dated story, 1 a headline after a section break
    (`first`: no article has started yet); 0 none."""
    n = len(lines)
    line = lines[i]
    prose = ahead.next_prose[i + 1]
    if prose >= n:
        return 0
    filled, next_meta, next_same = ahead.filled, ahead.next_meta, ahead.next_same
    gap = filled[prose] - filled[i + 1]
    if line.key == meta_title:
        return 4
    if next_same[i] - i <= _REPEAT_WINDOW and next_same[i] < prose and gap <= _REPEAT_LOOKAHEAD:
        # Printed again before any paragraph: the page's headline block. A line
        # repeated with paragraphs between is a recurring subheading instead.
        return 3
    if gap <= _LOOKAHEAD and next_meta[i + 1] < prose and filled[next_meta[i + 1]] - filled[i + 1] <= 3:
        # A date or byline right under it: the headline of a dated story (a menu
        # line further up the page has the same meta below it, only further away).
        return 2
    if gap <= 3 and read_opening(lines[prose].text).found:
        return 2
    if (gap <= 3 and section_break) or (first and gap <= 4):
        # After a section break, or the page's first headline-shaped line
        # right above its first paragraph.
        return 1
    return 0


def _top(lines: Sequence[Line], start: int) -> int:
    """Where an article's lines begin: its headline, or the photo caption or date line
    printed just above the headline (some pages put the picture or the date first)."""
    top = start
    i = start - 1
    while i >= 0 and start - i <= _ABOVE and lines[i].kind in ("blank", "caption", "date"):
        if lines[i].kind != "blank":
            top = i
        i -= 1
    return top


def _repeated(lines: Sequence[Line]) -> list[bool]:
    """Lines whose text comes again close by. A paragraph printed twice within a few lines
    is a caption shown in two galleries or a teaser beside its link; body paragraphs appear
    once. Only nearby copies count, so a page that holds the same story twice (two
    scrapes glued together) still yields both."""
    flags = [False] * len(lines)
    last: dict[str, int] = {}
    for i, line in enumerate(lines):
        if not line.key:
            continue
        j = last.get(line.key)
        if j is not None and i - j <= _DUPLICATE_WINDOW:
            flags[i] = flags[j] = True
        last[line.key] = i
    # The last copy of a repeated paragraph is the body's own when the story goes on right
    # after it (pages print the lede once more as the photo caption or the standfirst).
    following = len(lines)
    done: set[str] = set()
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if flags[i] and line.kind == "prose" and line.key not in done:
            done.add(line.key)
            if following < len(lines) and _is_body(lines[following], flags):
                flags[i] = False
        if line.kind != "blank":
            following = i
    return flags


def _is_body(line: Line, repeated: Sequence[bool]) -> bool:
    return line.kind == "prose" and not repeated[line.index]


# --- one article ---------------------------------------------------------------------------


def _assemble(lines: Sequence[Line], repeated: Sequence[bool], title: int | None, lo: int, hi: int) -> _Draft:
    draft = _Draft(title=lines[title].text if title is not None else None)
    title_key = lines[title].key if title is not None else None
    part = [line for line in lines[lo:hi] if line.index != title]
    roles, scores = _score(part, repeated, title_key)
    first, last = _best_run(scores)
    # Whether the page's metadata (a date, a byline, the headline again) still follows a
    # line before the body: prose up there is then part of the picture block, not a dek.
    meta_after = [False] * (len(part) + 1)
    for pos in range(min(first, len(part)) - 1, -1, -1):
        meta_after[pos] = meta_after[pos + 1] or scores[pos] == _BREAK
    caption_pos = -2
    for pos, line in enumerate(part):
        role = roles[pos]
        inside = first <= pos <= last
        if role == "date" and line.dates is not None and (pos < first or pos <= last + 3):
            draft.published = draft.published or line.dates.published
            draft.updated = draft.updated or line.dates.updated
            if line.credit is not None:
                draft.credits.append(line.credit)
        elif role in ("credit", "byline") and line.credit is not None:
            draft.credits.append(line.credit)
        elif role == "caption" and (last < 0 or pos < last):
            # Captions after the body belong to the related-stories boxes below it.
            if draft.caption is None and line.words >= 5:
                draft.caption, caption_pos = line.text, pos
            elif line.words < 5 and caption_pos == pos - 1:
                draft.caption = f"{draft.caption} {line.text}"  # the bare credit under it
        elif role == "summary":
            draft.summary.append(line.text)
        elif inside and (role in ("body", "cut") or (role == "short" and _subhead(line))):
            draft.paragraphs.append(line.text)
        elif pos < first and role == "body":
            # Prose between the headline and the body: a caption when it carries a credit or
            # a full date, or stands above the date/byline block; else the standfirst.
            if draft.caption is None and (_caption_like(line.text) or meta_after[pos + 1]):
                draft.caption = line.text
            else:
                draft.summary.append(line.text)
        elif pos < first and role == "short" and draft.title is None and line.title_like:
            draft.title = line.text
    _read_opening(draft)
    return draft


def _score(
    part: Sequence[Line], repeated: Sequence[bool], title_key: str | None
) -> tuple[list[str], list[int]]:
    """Each line's role in the article and its score for the body run."""
    roles: list[str] = []
    scores: list[int] = []
    seen_prose = False
    prose_chars = 0
    body_lines = 0
    in_comments = False
    for line in part:
        kind = line.kind
        role, score = "drop", -_PENALTY
        if kind == "comments" and prose_chars >= _MIN_BODY_BEFORE_COMMENTS:
            in_comments = True
        if in_comments:
            # Reader comments run to the next article: none of it is the article.
            role, score = "drop", _BREAK
        elif kind == "blank" or kind == "junk":
            role, score = "drop", 0
        elif line.key == title_key or kind in ("date", "byline"):
            role, score = ("date" if kind == "date" else "byline" if kind == "byline" else "drop"), _BREAK
        elif kind == "credit":
            # An agency credit closes the story: what follows is page furniture.
            role, score = "credit", (_BREAK if seen_prose else -_PENALTY)
        elif kind == "caption":
            role = "caption"
            if line.words < 5 and roles and roles[-1] == "body" and body_lines == 1:
                # A bare credit ("Photo: Jane Doe/AP") under the first prose line: that line
                # was the photo's caption, not the first paragraph.
                roles[-1], scores[-1] = "caption", -_PENALTY
                seen_prose, body_lines, prose_chars = False, 0, 0
        elif kind == "bullet":
            if not seen_prose:
                role, score = "summary", _BREAK
            elif line.words >= 4:
                role, score = "body", len(line.text)
        elif kind == "prose":
            if repeated[line.index]:
                role = "drop"
            elif line.cut:
                # Teaser lists and gallery captions are made of such excerpts: worth nothing
                # on its own, kept when it stands inside the body.
                role, score = "cut", 0
            else:
                role, score = "body", len(line.text)
                seen_prose = True
                prose_chars += score
                body_lines += 1
        elif kind == "short":
            role = "short"
        roles.append(role)
        scores.append(score)
    return roles, scores


def _best_run(scores: Sequence[int]) -> tuple[int, int]:
    """The stretch of lines that is the body: maximum-sum runs (Kadane) of prose net of
    furniture, and of the runs that score at least half the best one, the first. The body
    follows its headline; a footer blurb or a comment further down may be longer."""
    runs: list[tuple[int, int, int]] = []
    best: tuple[int, int, int] = (0, 0, -1)
    total, lo = 0, 0
    for i, score in enumerate(scores):
        if total <= 0:
            if best[0] > 0:
                runs.append(best)
            best = (0, 0, -1)
            total, lo = score, i
        else:
            total += score
        if total > best[0]:
            best = (total, lo, i)
    if best[0] > 0:
        runs.append(best)
    if not runs:
        return 0, -1
    top = max(r[0] for r in runs)
    first = next(r for r in runs if r[0] * _RUN_SHARE >= top)
    return first[1], first[2]


def _subhead(line: Line) -> bool:
    """Short lines inside a body are kept when they read as section headings."""
    return line.words >= 2 and (line.title_like or line.text.isupper())


def _caption_like(text: str) -> bool:
    """Captions describe a picture with its place and full date ("... in Minsk, Belarus,
    August 20, 2025") or carry a credit; they do not quote anyone."""
    if is_caption_credit(text):
        return True
    return not _QUOTES.search(text) and _FULL_DATE.search(text) is not None


def _read_opening(draft: _Draft) -> None:
    if not draft.paragraphs:
        return
    opening = read_opening(draft.paragraphs[0])
    if opening.found:
        draft.paragraphs[0] = opening.text
        draft.dateline = opening.dateline
        draft.agency = opening.agency
        draft.opening = opening
    if draft.agency is None:
        draft.agency = next((c.agency for c in draft.credits if c.agency), None)


def _keep(drafts: list[_Draft], min_chars: int) -> list[_Draft]:
    """Drop fragments (teasers, menus, footers); a lone short article still counts."""
    kept = [d for d in drafts if d.paragraphs and d.body_chars >= min_chars]
    if kept:
        return kept
    real = [
        d
        for d in drafts
        if any(
            len(p.split()) >= _MIN_SENTENCE_WORDS and p.rstrip().endswith((".", "!", "?", "”", '"'))
            for p in d.paragraphs
        )
    ]
    return [max(real, key=lambda d: d.body_chars)] if real else []


# --- building -------------------------------------------------------------------------------


def _build(
    doc: RawDocument, draft: _Draft, n: int, total: int, base: dt.datetime | None, meta_title: str
) -> Article:
    published: dt.date | dt.datetime | None = None
    precision: DatePrecision = "unknown"
    source: str | None = None
    meta_date = doc.meta.get("published") or doc.meta.get("date")
    applies = total == 1 or (bool(meta_title) and draft.title is not None and fold(draft.title) == meta_title)
    found_meta = parse_date(meta_date, base) if meta_date and applies else None
    stamp = draft.published if draft.published and draft.published.value else None
    if found_meta is not None and found_meta.value is not None:
        published, precision, source = found_meta.value, found_meta.precision, "metadata"
    elif stamp is None and draft.updated is not None and draft.updated.value is not None:
        # The page's only date is its "Updated ..." stamp: the best date the page gives.
        stamp = draft.updated
    if published is None and stamp is not None:
        published, precision = stamp.value, stamp.precision
        source = "relative" if stamp.relative else "text"
    if published is None and draft.opening is not None:
        day = wire_date(draft.opening, base)
        if day is not None:
            published, precision, source = day, "day", "dateline"
    authors = [c.author for c in draft.credits if c.author]
    return build_article(
        source=f"{doc.uri}#{n}" if total > 1 else doc.uri,
        paragraphs=draft.paragraphs,
        title=draft.title,
        summary=draft.summary,
        caption=draft.caption,
        source_id=doc.source_id,
        url=doc.meta.get("url") or None,
        published=published,
        date_precision=precision,
        date_source=source,
        updated=draft.updated.value if draft.updated is not None else None,
        dateline=draft.dateline,
        agency=draft.agency,
        author=(doc.meta.get("author") if applies else None) or ", ".join(dict.fromkeys(authors)) or None,
        site=doc.meta.get("site") or None,
        fetched_at=doc.fetched_at,
    )
