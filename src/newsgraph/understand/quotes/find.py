"""Quotes and attribution: who said what, and through whom.

`find_quotes(article, doc, entities, cues)` returns every direct quote (words inside quotation
marks, however the page marks them) and indirect quote ("X said that ...", "according to
X, ...") with its speaker, cue, chain of reporting sources (`via`) and character span.

How a quotation gets its speaker, in order:
1. Its words lie inside the content of an attribution frame (frames): a partial
   quote inside reported speech ("said Iran was ready to 'neutralize ...'") belongs to
   the reported speaker, a full quote ("“...,” it quoted Lukashenko as saying") to the
   frame's speaker.
2. A cue clause touches it: "“...,” said X." after it, "X said: “...”" before it; a cue
   in the middle ("“We will not yield,” he said, “whatever the cost.”") joins both halves
   into one quote.
3. Otherwise a quote that opens a paragraph or sentence continues the previous quote's
   speaker when that quote ended in the same or the previous paragraph (wire style);
   with no previous quote its speaker stays unknown.
4. Quotation marks around a few words with no cue (scare quotes, titles of films or
   books) are not speech: they are dropped, not reported with an unknown speaker.

Speakers resolve through the entity stage's mentions when given (pronouns and titles
included), else through the names spaCy found (speakers). Unresolvable speakers
give `speaker=None` with the words in `speaker_text`: a wrong name is worse than none.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from newsgraph.model import ActorRef, Article, Entity, Quote
from newsgraph.understand.docview import doc_text
from newsgraph.understand.quotes.frame import Frame
from newsgraph.understand.quotes.frames import find_frames
from newsgraph.understand.quotes.lexicon import QuoteCues
from newsgraph.understand.quotes.marks import (
    ALL_MARKS,
    DOUBLE_CLOSE,
    SINGLE_CLOSE,
    QuoteSpan,
    find_quote_spans,
)
from newsgraph.understand.quotes.proforms import is_pro_form
from newsgraph.understand.quotes.records import dedupe, extend, spans_of
from newsgraph.understand.quotes.relatives import is_relative_object
from newsgraph.understand.quotes.speakers import Speaker, SpeakerResolver
from newsgraph.understand.quotes.tokens import CharIndex, speaker_range

_TITLE_NOUNS = frozenset(
    {"film", "movie", "book", "song", "album", "show", "series", "play", "novel", "documentary",
     "programme", "program", "article", "essay", "poem", "opera", "musical", "episode", "podcast",
     "titled", "entitled", "named", "dubbed", "headlined", "single", "report", "column", "exhibition"}
)  # fmt: skip
_MIN_FREE_WORDS = 4  # a cue-less quote shorter than this is a scare quote or a title


@dataclass
class _Attribution:
    speaker: Speaker | None
    via: tuple[ActorRef, ...]
    frame: Frame | None
    anonymous: bool


def find_quotes(article: Article, doc: Doc, entities: Sequence[Entity], cues: QuoteCues) -> tuple[Quote, ...]:
    """Direct and indirect quotes of one article, in text order. `cues` is the lexicon from
    `load_quote_cues()`, which the pipeline loads once with the other resources."""
    finder = _Finder(article, doc, tuple(entities), cues)
    return finder.run()


class _Finder:
    def __init__(self, article: Article, doc: Doc, entities: tuple[Entity, ...], cues: QuoteCues) -> None:
        self.article = article
        self.doc = doc
        self.text = article.text
        self.cues = cues
        self.index = CharIndex(doc, doc_text(article, doc))
        self.resolver = SpeakerResolver(doc, entities, cues, self.index)
        self.date = _iso_date(article.published)
        self.doc_chars = self.index.chars
        limit = min(article.analysis_end, self.doc_chars)
        self.spans = find_quote_spans(article.text, article.blocks, limit)
        self.frames = find_frames(
            doc, cues, [(b.start, b.end) for b in article.blocks if b.start < limit], self.index
        )
        self.attributions: dict[int, _Attribution] = {}  # id(frame) -> resolved
        self.inside_quote: set[int] = set()  # token indices inside quotation marks
        self.block_starts = [b.start for b in article.blocks]

    # -- orchestration -------------------------------------------------------------------
    def run(self) -> tuple[Quote, ...]:
        quote_tokens = [self._tokens(s) for s in self.spans]
        inside_quote: set[int] = set()
        for rng in quote_tokens:
            if rng is not None:
                inside_quote.update(range(*rng))
        # Frames whose cue sits inside quotation marks are the quoted person's own words
        # ("I told them ..."); they are part of that quote, not new attributions.
        frames = [f for f in self.frames if f.cue.i not in inside_quote]
        self.inside_quote = inside_quote
        for frame in sorted(frames, key=lambda f: (f.speaker or (f.cue.i, 0))[0]):
            self._resolve(frame)
        frames = [
            f
            for f in frames
            if not f.folded
            and (not f.tentative or self._named_speaker(f))
            and (not f.unsure_holder or self._actor_speaker(f))
        ]
        quotes, owners, quoted = self._direct_quotes(frames, quote_tokens)
        folded: set[int] = set()
        for frame in frames:
            if frame.relay or not frame.content:
                continue
            indirect = self._indirect(frame, quote_tokens, quoted.get(id(frame), []))
            if indirect is None:
                continue
            # A partial quote inside this reported speech is part of it, not a record of its own.
            inner = [
                n
                for n, f in owners.items()
                if f is frame
                and n not in folded
                and all(indirect.start <= p.start and p.end <= indirect.end + 1 for p in quotes[n].pieces)
            ]
            if inner:
                folded.update(inner)
                marks = tuple(p for n in inner for p in quotes[n].pieces)
                indirect = replace(indirect, direct=True, quoted=marks)
            quotes.append(indirect)
        self._join_pieces(quotes, owners, folded)
        quotes = [q for n, q in enumerate(quotes) if n not in folded]
        quotes.sort(key=lambda q: (q.start, q.end))
        return tuple(dedupe(quotes))

    def _direct_quotes(
        self, frames: list[Frame], quote_tokens: list[tuple[int, int] | None]
    ) -> tuple[list[Quote], dict[int, Frame], dict[int, list[tuple[int, int]]]]:
        """Quotations in text order, with the frame owning each (by index) and, per frame
        (by id), the token ranges of its direct quotes."""
        quoted: dict[int, list[tuple[int, int]]] = {}
        quotes: list[Quote] = []
        owners: dict[int, Frame] = {}
        previous: Quote | None = None
        skip_next = False
        for k, span in enumerate(self.spans):
            rng = quote_tokens[k]
            if skip_next or rng is None:
                skip_next = False
                continue
            owner = self._frame_for(span, rng, frames)
            if owner is not None:
                nxt = self.spans[k + 1] if k + 1 < len(self.spans) else None
                merged = span
                if (
                    nxt is not None
                    and quote_tokens[k + 1] is not None
                    and self._interrupted(span, nxt, owner)
                ):
                    skip_next = True
                    merged = nxt
                    quoted.setdefault(id(owner), []).append(quote_tokens[k + 1] or rng)
                quoted.setdefault(id(owner), []).append(rng)
                owners[len(quotes)] = owner
                previous = self._direct(span, merged, owner)
                quotes.append(previous)
                continue
            speaker_from = previous if previous is not None and self._same_run(previous, span) else None
            follows = speaker_from is not None and self._block_index(span.open_at) == self._block_index(
                speaker_from.end
            )
            if not self._free_standing(span, rng, short_ok=follows):
                continue  # scare quotes, titles: not speech
            if follows and speaker_from is not None and speaker_from.cue is not None:
                # "“Here,” she said. “There.”": the same act of speech, one record.
                previous = quotes[-1] = extend(speaker_from, self.text, span.pieces)
                continue
            previous = self._continuation(span, speaker_from)
            quotes.append(previous)
        return quotes, owners, quoted

    def _join_pieces(self, quotes: list[Quote], owners: dict[int, Frame], folded: set[int]) -> None:
        """Several quoted pieces of one frame ("Mills “got immunity,” Jordan said, and still
        “sat in on the interview”") are one attribution: one record with several spans.
        The later pieces join the first; their indices go into `folded`."""
        first_of: dict[int, int] = {}
        for n, f in sorted(owners.items()):
            if n in folded:
                continue
            if id(f) in first_of:
                k = first_of[id(f)]
                quotes[k] = extend(quotes[k], self.text, [(p.start, p.end) for p in quotes[n].pieces])
                folded.add(n)
            else:
                first_of[id(f)] = n

    # -- speakers ------------------------------------------------------------------------------
    def _resolve(self, frame: Frame) -> _Attribution:
        got = self.attributions.get(id(frame))
        if got is not None:
            return got
        via: list[ActorRef] = []
        for start, end in frame.via:
            head = self.doc[start:end].root
            sp = self.resolver.resolve(start, end, head)
            if sp.ref is not None:
                via.append(sp.ref)
                self.resolver.remember(sp if sp.kind != "unknown" else replace(sp, kind="organisation"))
        speaker: Speaker | None = None
        # A "subject" inside someone's quoted words is a misparse, never the speaker.
        inside = frame.speaker_head is not None and frame.speaker_head.i in self.inside_quote
        if frame.tentative and frame.speaker is not None:
            speaker = self.resolver.named_elsewhere(*frame.speaker)
        elif frame.speaker is not None and frame.speaker_head is not None and not inside:
            speaker = self.resolver.resolve(frame.speaker[0], frame.speaker[1], frame.speaker_head)
            if frame.relative is not None:
                rel = frame.relative
                speaker = replace(speaker, text=rel.text, start=rel.idx, end=rel.idx + len(rel.text))
            # The person a media source reports is the speaker; the medium itself is a relay
            # when someone else is quoted through it ("people familiar ... told The AP").
            self.resolver.remember(speaker)
        if speaker is not None:
            for outlet in self._outlets(frame):
                heard = self.resolver.resolve(*_np(outlet), outlet)
                if (
                    heard.kind == "media"
                    and heard.ref is not None
                    and heard.ref.name not in {v.name for v in via}
                ):
                    via.append(heard.ref)
        if speaker is not None and speaker.ref is not None:
            # "Varga said he wanted ...": the speaker does not relay their own words.
            via = [v for v in via if v.name != speaker.ref.name]
        att = _Attribution(speaker, tuple(via), frame, bool(speaker and speaker.anonymous))
        self.attributions[id(frame)] = att
        return att

    def _named_speaker(self, frame: Frame) -> bool:
        """A tentative frame's speaker resolved to a known person or organisation."""
        return self.attributions[id(frame)].speaker is not None

    def _actor_speaker(self, frame: Frame) -> bool:
        """The subject of an attitude that names no person or group resolved to an actor."""
        sp = self.attributions[id(frame)].speaker
        if sp is None or sp.ref is None:
            return False
        return sp.ref.entity_id is not None or sp.kind in ("person", "organisation", "country", "media")

    def _outlets(self, frame: Frame) -> list[Token]:
        """Whom the words were given to, when that may be a news outlet: "told The Associated
        Press", "said in an interview with Reuters", "told CNN in a statement"."""
        found: list[Token] = []
        if frame.target is not None and frame.lemma == "tell":
            found.append(frame.target)
        if frame.kind != "speech" or frame.lemma == "according to":
            return found
        for prep in frame.cue.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("to", "with", "in", "on"):
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                if prep.lower_ in ("to", "with") or obj.pos_ == "PROPN":
                    found.append(obj)
                # "in an interview with X", "in a statement to X"
                found.extend(
                    g
                    for inner in obj.children
                    if inner.dep_ == "prep" and inner.lower_ in ("with", "to", "on")
                    for g in inner.children
                    if g.dep_ == "pobj"
                )
        return found

    def _target(self, frame: Frame) -> ActorRef | None:
        if frame.target is None:
            return None
        tok = frame.target
        # The target's own words, without the complement hanging from it ("the opposition"
        # in "accused the opposition of ...").
        start, end = tok.left_edge.i, tok.i + 1
        for child in tok.rights:
            if child.dep_ in ("compound", "flat", "appos") and child.pos_ == "PROPN":
                end = child.right_edge.i + 1
        if tok.pos_ == "PRON" and tok.lower_ in ("him", "her", "them"):
            # An object pronoun most often points at the last person named in its sentence
            # who is not the subject ("sued Patel ..., accusing him of ...").
            for prior in reversed(list(self.doc[self.index.sent_range(tok.i)[0] : tok.i])):
                if prior.ent_type_ == "PERSON" and (
                    frame.speaker is None or not frame.speaker[0] <= prior.i < frame.speaker[1]
                ):
                    ent = self.index.ent_at(prior.i)
                    if ent is not None:
                        ref = self.resolver.lookup.ref(ent.start_char, ent.end_char, ent.text)
                        return replace(ref, start=tok.idx, end=tok.idx + len(tok))
        sp = self.resolver.resolve(start, end, tok)
        if sp.ref is None and tok.pos_ != "PRON":
            # An unnamed target is still a target: "accused the opposition of ...".
            return ActorRef(sp.text, "", None, sp.start, sp.end)
        return sp.ref

    # -- direct quotes ---------------------------------------------------------------------
    def _tokens(self, span: QuoteSpan) -> tuple[int, int] | None:
        if span.start >= self.doc_chars:
            return None
        return self.index.tokens(span.start, min(span.end, self.doc_chars))

    def _frame_for(self, span: QuoteSpan, rng: tuple[int, int], frames: list[Frame]) -> Frame | None:
        """The frame attributing this quotation, or None (no cue: a continuation or not speech)."""
        first, last = rng[0], rng[1] - 1
        # Punctuation inside the marks ("... retribution.”") is not part of a frame's content.
        while last > first and (self.doc[last].is_punct or self.doc[last].is_space):
            last -= 1
        while first < last and (self.doc[first].is_punct or self.doc[first].is_space):
            first += 1
        best: tuple[int, Frame] | None = None
        for f in frames:
            if rng[0] <= f.cue.i < rng[1]:
                continue
            ranges = f.content + f.quoted_only
            if any(s <= first and last < e for s, e in ranges):
                size = sum(e - s for s, e in ranges)
                if best is None or size < best[0]:
                    best = (size, f)
        if best is not None:
            return None if self._is_title(span, rng) else best[1]
        adjacent = self._adjacent_frame(span, rng, frames)
        if adjacent is not None:
            return adjacent
        # The cue clause is further away but its content is this quote:
        # "“...,” state news agency Belta quoted President Alexander Lukashenko as saying."
        sentences = {self.index.sent_range(first)[0], self.index.sent_range(last)[0]}
        for f in frames:
            if rng[0] <= f.cue.i < rng[1] or f.sent_start not in sentences:
                continue
            if any(_share(piece, rng) >= 0.6 for piece in f.content):
                return f
        return None

    def _adjacent_frame(self, span: QuoteSpan, rng: tuple[int, int], frames: list[Frame]) -> Frame | None:
        """A cue clause touching the quote: "“...,” said X." / "“...,” X said." / "X said: “...”"."""
        doc = self.doc
        after = rng[1]
        while (
            after < len(doc)
            and (doc[after].is_punct or doc[after].is_space)
            and doc[after].text not in (".", "!", "?")
        ):
            after += 1
        before = rng[0] - 1
        while (
            before >= 0
            and (doc[before].is_punct or doc[before].is_space)
            and doc[before].text not in (".", "!", "?")
        ):
            before -= 1
        ends_open = self.text[span.end - 1 : span.end] in (",", "?", "!", "—", "–", "-") or not span.closed
        same_sentence = (
            after < len(doc) and self.index.sent_range(rng[1] - 1)[0] == self.index.sent_range(after)[0]
        )
        for f in frames:
            if rng[0] <= f.cue.i < rng[1]:
                continue
            lo = min(f.cue.i, f.speaker[0] if f.speaker else f.cue.i)
            hi = max(f.addressed_end(), (f.speaker[1] - 1) if f.speaker else f.cue.i)
            touches_content = not f.content or any(_share(piece, rng) > 0 for piece in f.content)
            if after < len(doc) and lo == after and (ends_open or same_sentence):
                return f
            if before >= 0 and hi == before and touches_content and doc[before + 1].text in (":", ","):
                return f
        return None

    def _interrupted(self, span: QuoteSpan, nxt: QuoteSpan, frame: Frame) -> bool:
        """ "“We will not yield,” he said, “whatever the cost.”": one quote, cue inside."""
        close = span.close_at
        if close is None or nxt.open_at <= close:
            return False
        between = self.text[close + 1 : nxt.open_at]
        cue_end = frame.cue.idx + len(frame.cue)
        if frame.speaker is not None:
            cue_end = max(cue_end, self.doc[frame.speaker[1] - 1].idx + len(self.doc[frame.speaker[1] - 1]))
        if not (close < frame.cue.idx < nxt.open_at):
            return False
        tail = self.text[cue_end : nxt.open_at].strip()
        if tail not in (",", ":", ";", "—", "–"):
            return False
        first_word = self.text[nxt.start : nxt.start + 1]
        return (
            self.text[span.end - 1 : span.end] in (",", "—", "–")
            or first_word.islower()
            or "\n" not in between
        )

    def _direct(self, span: QuoteSpan, last: QuoteSpan, frame: Frame) -> Quote:
        att = self._resolve(frame)
        text = span.text(self.text)
        end = span.end
        pieces = list(span.pieces)
        if last is not span:
            text = f"{text.rstrip()} {last.text(self.text).lstrip()}"
            end = last.end
            pieces += last.pieces
        # A comma before the closing mark belongs to the sentence around the quote.
        while text and text[-1] in ",;: ":
            text = text[:-1]
            end -= 1
        spans = spans_of(self.text, [*pieces[:-1], (pieces[-1][0], end)])
        return replace(self._quote(text, True, span.start, end, att), spans=spans, quoted=spans)

    def _is_title(self, span: QuoteSpan, rng: tuple[int, int]) -> bool:
        """Title Case words after "the film"/"titled": a work's name, not someone's words."""
        words = [t for t in Span(self.doc, rng[0], rng[1]) if t.is_alpha]
        if not words or len(words) > 8:
            return False
        caps = sum(1 for t in words if t.text[0].isupper() or t.is_stop)
        if caps < len(words) or not words[0].text[0].isupper():
            return False
        before = Span(self.doc, max(0, rng[0] - 3), rng[0])
        return any(t.lower_ in _TITLE_NOUNS or t.lemma_.lower() in _TITLE_NOUNS for t in before)

    def _free_standing(self, span: QuoteSpan, rng: tuple[int, int], short_ok: bool = False) -> bool:
        """A cue-less quotation that is a whole sentence of speech, not a term in quotes.

        A short one counts only right after a quote of the same paragraph ("“I would,” she
        said. “I would.”"), where it continues that speaker's words."""
        words = [t for t in Span(self.doc, rng[0], rng[1]) if t.is_alpha]
        if (len(words) < _MIN_FREE_WORDS and not short_ok) or not words or self._is_title(span, rng):
            return False
        # Every word capitalised and no closing full stop: a title or slogan ("The Medium Is
        # the Message"), not a sentence somebody said.
        text = span.text(self.text).rstrip()
        if all(t.text[0].isupper() or t.is_stop for t in words) and not text.endswith((".", "!", "?", ",")):
            return False
        opener = self.doc[rng[0]]
        at_block_start = span.open_at in self.block_starts
        at_sentence_start = bool(opener.is_sent_start) or (
            rng[0] > 0 and bool(self.doc[rng[0] - 1].is_sent_start)
        )
        has_verb = any(t.pos_ in ("VERB", "AUX") for t in Span(self.doc, rng[0], rng[1]))
        return (at_block_start or at_sentence_start) and has_verb

    def _block_index(self, offset: int) -> int:
        idx = 0
        for k, start in enumerate(self.block_starts):
            if start <= offset:
                idx = k
        return idx

    def _same_run(self, previous: Quote, span: QuoteSpan) -> bool:
        return 0 <= self._block_index(span.open_at) - self._block_index(previous.end) <= 1

    def _continuation(self, span: QuoteSpan, previous: Quote | None) -> Quote:
        text = span.text(self.text)
        spans = spans_of(self.text, span.pieces)
        if previous is None:
            return Quote(
                text=text, direct=True, start=span.start, end=span.end, speaker=None, date=self.date,
                spans=spans, quoted=spans,
            )  # fmt: skip
        # Within one paragraph ("“...,” she said. “...”") the quote continues the same act of
        # speech and shares its cue; a new paragraph is a new quote with no cue of its own.
        same_block = self._block_index(span.open_at) == self._block_index(previous.end)
        cue = previous if same_block else None
        return Quote(
            cue=cue.cue if cue else None,
            cue_lemma=cue.cue_lemma if cue else None,
            cue_kind=cue.cue_kind if cue else None,
            cue_start=cue.cue_start if cue else None,
            cue_end=cue.cue_end if cue else None,
            text=text,
            direct=True,
            start=span.start,
            end=span.end,
            speaker=previous.speaker,
            speaker_text=previous.speaker_text,
            speaker_start=previous.speaker_start,
            speaker_end=previous.speaker_end,
            via=previous.via,
            anonymous=previous.anonymous,
            date=self.date,
            spans=spans,
            quoted=spans,
        )

    # -- indirect quotes ----------------------------------------------------------------
    def _indirect(
        self, frame: Frame, quote_tokens: list[tuple[int, int] | None], quoted: list[tuple[int, int]]
    ) -> Quote | None:
        # A content piece that is mostly this frame's own direct quote was reported as that
        # quote; a piece holding only a partial quote stays an indirect quote around it.
        ranges = [r for r in frame.content if sum(_share(r, q) for q in quoted) < 0.6]
        if not ranges:
            return None
        # Content inside someone's quotation (the frame sits in a quote) is not new.
        for rng in quote_tokens:
            if rng is not None and all(rng[0] <= s and e <= rng[1] for s, e in ranges):
                return None
        start, end = self._chars(*ranges[0])[0], self._chars(*ranges[-1])[1]
        if len(ranges) == 1:
            # Keep a partial quote's closing mark when the content ends inside it.
            if (
                end < len(self.text)
                and self.text[end] in DOUBLE_CLOSE | SINGLE_CLOSE
                and _unbalanced(self.text[start:end])
            ):
                end += 1
            text = self.text[start:end]
        else:
            text = " ".join(_clean(self._span_text(s, e)) for s, e in ranges)
        if len(text.split()) < 2 and not self._one_noun(frame, ranges):
            return None
        pieces = [self._chars(*r) for r in ranges]
        pieces[-1] = (pieces[-1][0], end)
        quote = self._quote(text, False, start, end, self._resolve(frame))
        return replace(quote, spans=spans_of(self.text, pieces))

    def _one_noun(self, frame: Frame, ranges: list[tuple[int, int]]) -> bool:
        """A content of one word, PolNeAR's shortest: one noun (or a gerund named as one) that a noun cue
        or a preposition makes the content ("allegations of fraud", "support for Clinton", "insisted on
        arbitration"), or that a belief or an intention holds ("opposes fracking"). A bare object of a
        verb of saying is as often a thing done ("without recommending charges"), and a lone pronoun,
        adverb or finite verb is no content of its own, unless it is a pro-form standing for what was
        said ("said so", "denied it") or a relative pronoun object ("which critics denounced")."""
        words = [t for s, e in ranges for t in self.doc[s:e] if not (t.is_punct or t.is_space)]
        one = words[0] if len(words) == 1 else None
        if one is not None and (is_pro_form(one) or (frame.kind == "speech" and is_relative_object(one))):
            return True  # "said so", "denied it", "which critics denounced": it stands for what was said
        if one is None or not one.is_alpha or not (one.pos_ in ("NOUN", "PROPN") or one.tag_ == "VBG"):
            return False
        return frame.cue.pos_ == "NOUN" or frame.kind in ("belief", "intention") or one.dep_ in ("pobj", "pcomp")

    def _chars(self, start: int, end: int) -> tuple[int, int]:
        """Character offsets of the tokens [start, end): `doc[start:end]`'s start_char, end_char."""
        if end > start:
            return self.index.starts[start], self.index.ends[end - 1]
        span = self.doc[start:end]
        return span.start_char, span.end_char

    def _span_text(self, start: int, end: int) -> str:
        """`doc[start:end].text`."""
        return self.index.span_text(self.doc, start, end) if end > start else ""

    def _quote(self, text: str, direct: bool, start: int, end: int, att: _Attribution) -> Quote:
        frame = att.frame
        speaker = att.speaker
        return Quote(
            text=text,
            direct=direct,
            start=start,
            end=end,
            speaker=speaker.ref if speaker else None,
            speaker_text=speaker.text if speaker else None,
            speaker_start=speaker.start if speaker else None,
            speaker_end=speaker.end if speaker else None,
            cue=frame.cue_text if frame else None,
            via=att.via,
            anonymous=att.anonymous,
            date=self.date,
            cue_lemma=frame.lemma if frame else None,
            cue_kind=frame.kind if frame else None,
            cue_start=frame.cue.idx if frame else None,
            cue_end=frame.cue.idx + len(frame.cue) if frame else None,
            target=self._target(frame) if frame else None,
            rejected=bool(frame and frame.rejected),
        )


def _np(tok: Token) -> tuple[int, int]:
    return speaker_range(tok)


def _share(piece: tuple[int, int], rng: tuple[int, int]) -> float:
    """Share of the token range `piece` that lies inside `rng`."""
    size = piece[1] - piece[0]
    if size <= 0:
        return 0.0
    return max(0, min(piece[1], rng[1]) - max(piece[0], rng[0])) / size


def _unbalanced(text: str) -> bool:
    return sum(1 for ch in text if ch in ALL_MARKS and ch not in "'’") % 2 == 1


def _clean(text: str) -> str:
    return text.strip().strip('“”"«»„').strip()


def _iso_date(value: dt.date | dt.datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    return value.isoformat()
