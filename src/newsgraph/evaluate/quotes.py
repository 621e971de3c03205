"""Score quote attribution on PolNeAR dev paragraphs (../shared/eval/quotes_dev.jsonl).

Scoring, as ../shared/eval/README.md asks:

- Units are attributions. PolNeAR gives one attribution per (source, cue, content) even
  when the content is discontinuous ("“Here,” she said. “There.”") or mixes reported and
  quoted words; newsgraph reports a partial quote inside reported speech as its own
  direct Quote beside the indirect one. Predicted quotes that share a cue (same cue
  offset and speaker offset) are therefore merged into one predicted attribution before
  matching; it is direct when any part is direct, as PolNeAR's `direct` flag means "the
  content contains quotation marks".
- Spans are compared as sets of `\\w+` tokens: a prediction matches a gold attribution when
  it holds at least half of the gold span's tokens.
- Precision and recall are reported separately for direct and indirect attributions:
  precision over predictions of that kind (a prediction is right when it matches any gold
  attribution), recall over gold attributions of that kind (found when any prediction
  matches it).
- Speaker accuracy is over matched predictions: the head word of the predicted speaker
  phrase must equal the head word of the gold source span (case-insensitive), or the
  entity the phrase resolved to must have that word in its name (a resolved pronoun); a
  gold attribution without a source (PolNeAR's implicit sources) is right only when we
  report no speaker phrase either.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.evaluate import Score, prf
from newsgraph.model import Article, Block, Entity, Quote
from newsgraph.registry import register
from newsgraph.settings import Settings
from newsgraph.understand.quote_lexicon import load_quote_cues
from newsgraph.understand.quotes import find_quotes

DATASET = "quotes_dev"
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Attribution:
    tokens: frozenset[int]  # start offsets of the \w+ tokens the content covers
    direct: bool
    speaker_head: str | None  # lower-cased head word of the speaker phrase
    text: str = ""
    speaker_text: str | None = None
    speaker_name: str | None = None  # the entity the speaker phrase resolved to


@dataclass
class QuoteCounts:
    """Running counts; `errors` keeps (kind, row id, text, ...) for error analysis."""

    tp: dict[bool, int] = field(default_factory=lambda: {True: 0, False: 0})
    predicted: dict[bool, int] = field(default_factory=lambda: {True: 0, False: 0})
    found: dict[bool, int] = field(default_factory=lambda: {True: 0, False: 0})
    gold: dict[bool, int] = field(default_factory=lambda: {True: 0, False: 0})
    speaker_right: int = 0
    speaker_total: int = 0
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)


def _tokens(text: str, spans: Iterable[tuple[int, int]]) -> frozenset[int]:
    out: set[int] = set()
    for start, end in spans:
        out.update(m.start() + start for m in _WORD.finditer(text[start:end]))
    return frozenset(out)


def _head(doc: Doc, start: int | None, end: int | None) -> str | None:
    if start is None or end is None or end <= start:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root.lower_


def article_for(row_id: str, text: str) -> Article:
    """An Article over the paragraph text as given, so gold offsets stay valid: each line is a block."""
    blocks: list[Block] = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            blocks.append(Block("paragraph", pos + lead, pos + lead + len(stripped)))
        pos += len(line) + 1
    return Article(id=row_id, source=row_id, text=text, blocks=tuple(blocks))


def gold_attributions(row: dict[str, Any], doc: Doc) -> list[Attribution]:
    text = row["text"]
    out = []
    for q in row["quotes"]:
        spk = q.get("speaker_spans") or []
        head = _head(doc, spk[0][0], spk[-1][1]) if spk and q.get("speaker") else None
        out.append(
            Attribution(
                _tokens(text, [tuple(s) for s in q["quote_spans"]]),
                bool(q["direct"]),
                head,
                q["quote"],
                q.get("speaker"),
            )
        )
    return [a for a in out if a.tokens]


def predicted_attributions(text: str, quotes: Sequence[Quote], doc: Doc) -> list[Attribution]:
    groups: dict[tuple[Any, ...], list[Quote]] = {}
    for n, q in enumerate(quotes):
        key: tuple[Any, ...] = (q.cue_start, q.speaker_start) if q.cue_start is not None else ("alone", n)
        groups.setdefault(key, []).append(q)
    out = []
    for qs in groups.values():
        first = qs[0]
        tokens = _tokens(text, [(q.start, q.end) for q in qs])
        head = _head(doc, first.speaker_start, first.speaker_end)
        joined = " | ".join(q.text for q in qs)
        name = first.speaker.name if first.speaker is not None else None
        out.append(Attribution(tokens, any(q.direct for q in qs), head, joined, first.speaker_text, name))
    return [a for a in out if a.tokens]


def _overlap(pred: Attribution, gold: Attribution) -> float:
    return len(pred.tokens & gold.tokens) / len(gold.tokens)


def _same_speaker(pred: Attribution, gold: Attribution) -> bool:
    """Head words agree, or the predicted speaker resolved to a name holding the gold head
    ("she" resolved to Hillary Clinton where the gold source is "Clinton")."""
    if gold.speaker_head == pred.speaker_head:
        return True
    if gold.speaker_head is None or pred.speaker_name is None:
        return False
    return gold.speaker_head in {w.casefold() for w in _WORD.findall(pred.speaker_name)}


def score_row(row: dict[str, Any], doc: Doc, quotes: Sequence[Quote], counts: QuoteCounts) -> None:
    gold = gold_attributions(row, doc)
    pred = predicted_attributions(row["text"], quotes, doc)
    matched_gold: set[int] = set()
    for p in pred:
        counts.predicted[p.direct] += 1
        best = max(range(len(gold)), key=lambda k: _overlap(p, gold[k]), default=None)
        if best is None or _overlap(p, gold[best]) < 0.5:
            counts.errors.append(
                ("fp-direct" if p.direct else "fp-indirect", row["id"], p.text, str(p.speaker_text))
            )
            continue
        counts.tp[p.direct] += 1
        matched_gold.add(best)
        g = gold[best]
        counts.speaker_total += 1
        if _same_speaker(p, g):
            counts.speaker_right += 1
        else:
            counts.errors.append(
                ("speaker", row["id"], p.text, f"{p.speaker_text!r} vs gold {g.speaker_text!r}")
            )
    for k, g in enumerate(gold):
        counts.gold[g.direct] += 1
        if k in matched_gold or any(_overlap(p, g) >= 0.5 for p in pred):
            counts.found[g.direct] += 1
        else:
            counts.errors.append(
                ("fn-direct" if g.direct else "fn-indirect", row["id"], g.text, str(g.speaker_text))
            )


def _entities_stage(settings: Settings) -> Any:
    """The entity stage's callable when it is installed, so speakers resolve as in the pipeline."""
    try:
        from newsgraph.understand.entities import find_entities
        from newsgraph.understand.gazetteer import load_actor_dictionary
    except ImportError:
        return None
    dictionary = load_actor_dictionary(settings)

    def run(article: Article, doc: Doc) -> tuple[Entity, ...]:
        return tuple(find_entities(article, doc, dictionary))

    return run


def load_nlp_for_eval(settings: Settings) -> Language:
    from newsgraph.parse import load_nlp

    try:
        from newsgraph.understand.gazetteer import gazetteer_patterns

        patterns = gazetteer_patterns(settings)
    except ImportError:
        patterns = []
    return load_nlp(settings, patterns)


def evaluate_rows(rows: Sequence[dict[str, Any]], nlp: Language, settings: Settings) -> QuoteCounts:
    cues = load_quote_cues()
    entities_of = _entities_stage(settings)
    counts = QuoteCounts()
    articles = [article_for(r["id"], r["text"]) for r in rows]
    for row, article, doc in zip(rows, articles, nlp.pipe([a.text for a in articles]), strict=True):
        entities = entities_of(article, doc) if entities_of is not None else ()
        score_row(row, doc, find_quotes(article, doc, entities, cues), counts)
    return counts


def scores_from(counts: QuoteCounts) -> list[Score]:
    out: list[Score] = []
    for direct, name in ((True, "direct"), (False, "indirect")):
        p = counts.tp[direct] / counts.predicted[direct] if counts.predicted[direct] else 0.0
        r = counts.found[direct] / counts.gold[direct] if counts.gold[direct] else 0.0
        out.append(Score("quotes", DATASET, f"{name}_precision", p, counts.predicted[direct]))
        out.append(Score("quotes", DATASET, f"{name}_recall", r, counts.gold[direct]))
    tp = counts.tp[True] + counts.tp[False]
    pred = counts.predicted[True] + counts.predicted[False]
    found = counts.found[True] + counts.found[False]
    gold = counts.gold[True] + counts.gold[False]
    p_all, _, _ = prf(tp, pred - tp, 0)
    r_all = found / gold if gold else 0.0
    f_all = 2 * p_all * r_all / (p_all + r_all) if p_all + r_all else 0.0
    out.append(Score("quotes", DATASET, "f1", f_all, gold))
    acc = counts.speaker_right / counts.speaker_total if counts.speaker_total else 0.0
    out.append(Score("quotes", DATASET, "speaker_accuracy", acc, counts.speaker_total))
    return out


def read_rows(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@register("eval", "quotes")
def score(eval_dir: Path, settings: Settings) -> list[Score]:
    rows = read_rows(eval_dir / "quotes_dev.jsonl")
    counts = evaluate_rows(rows, load_nlp_for_eval(settings), settings)
    return scores_from(counts)
