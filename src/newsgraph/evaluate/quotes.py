"""Score quote attribution on PolNeAR dev paragraphs (../shared/eval/quotes_dev.jsonl).

The paragraphs go through the user's path: written as JSONL records (id, text) and read
back through `newsgraph analyze FILE.jsonl` (`userpath.run_user_path`). A paragraph that
comes back with no article is *lost*: its gold attributions count as missed.

Scoring, as ../shared/eval/README.md asks:

- Units are attributions, one predicted record each, as the user gets them. A record's
  content is its `spans` (several for a discontinuous quote, "“Here,” she said. “There.”");
  nothing is merged here, so a fragment the stage emits beside its attribution counts
  against precision. A record is direct when it holds words inside quotation marks, as
  PolNeAR's `direct` flag means "the content contains quotation marks".
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
- Every score is given for the whole set and for each diagnosis half (`halves.half` of
  the item's document): errors are read on the `read` half only, `held` is only scored.
- `attributions` counts predicted records; `fragments` those whose content lies wholly
  inside another record's with the same speaker words (a partial quote reported again).
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.evaluate import Score, prf, shared_dir
from newsgraph.evaluate.halves import HALVES, half
from newsgraph.evaluate.userpath import run_user_path
from newsgraph.parse.nlp import load_nlp
from newsgraph.registry import register
from newsgraph.settings import Settings

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
    spans: tuple[tuple[int, int], ...] = ()


@dataclass
class QuoteCounts:
    """Running counts; `errors` keeps (kind, row id, text, ...) for error analysis."""

    tp: dict[bool, int] = field(default_factory=lambda: {True: 0, False: 0})
    predicted: dict[bool, int] = field(default_factory=lambda: {True: 0, False: 0})
    found: dict[bool, int] = field(default_factory=lambda: {True: 0, False: 0})
    gold: dict[bool, int] = field(default_factory=lambda: {True: 0, False: 0})
    speaker_right: int = 0
    speaker_total: int = 0
    items: int = 0
    lost: int = 0
    fragments: int = 0
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


def gold_attributions(row: dict[str, Any], doc: Doc) -> list[Attribution]:
    text = row["text"]
    out = []
    for q in row["quotes"]:
        spk = q.get("speaker_spans") or []
        head = _head(doc, spk[0][0], spk[-1][1]) if spk and q.get("speaker") else None
        spans = tuple((int(s), int(e)) for s, e in q["quote_spans"])
        out.append(
            Attribution(
                _tokens(text, spans), bool(q["direct"]), head, q["quote"], q.get("speaker"), None, spans
            )
        )
    return [a for a in out if a.tokens]


def offset_map(source: str, produced: str) -> Callable[[int], int]:
    """Maps offsets in the article text the pipeline produced back to the input paragraph
    (the reader normalises spaces and marks, so the two may differ slightly)."""
    if source == produced:
        return lambda i: i
    blocks = difflib.SequenceMatcher(None, produced, source, autojunk=False).get_matching_blocks()

    def back(i: int) -> int:
        for a, b, size in blocks:
            if a <= i <= a + size:
                return b + (i - a)
            if a > i:
                return b
        return len(source)

    return back


def record_spans(q: dict[str, Any]) -> list[tuple[int, int]]:
    """A quote record's content pieces (`spans`, as [start, end] pairs), or its one [start, end) range."""
    spans = q.get("spans") or [[q["start"], q["end"]]]
    return [(int(s), int(e)) for s, e in spans]


def predicted_attributions(row_text: str, articles: Sequence[dict[str, Any]], doc: Doc) -> list[Attribution]:
    """Every quote record of the articles a paragraph came back as, in paragraph offsets."""
    out = []
    for art in articles:
        back = offset_map(row_text, art.get("text") or "")
        for q in art.get("quotes", []):
            spans = tuple((back(s), back(e)) for s, e in record_spans(q))
            s_start, s_end = q.get("speaker_start"), q.get("speaker_end")
            head = (
                _head(doc, back(s_start), back(s_end)) if s_start is not None and s_end is not None else None
            )
            name = (q.get("speaker") or {}).get("name")
            tokens = _tokens(row_text, spans)
            if tokens:
                out.append(
                    Attribution(
                        tokens, bool(q["direct"]), head, q["text"], q.get("speaker_text"), name, spans
                    )
                )
    return out


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


def fragments(pred: Sequence[Attribution]) -> int:
    """Records whose content lies wholly inside another record's with the same speaker words:
    a piece of one attribution reported again on its own. A nested attribution ("they said
    the two countries plan to ...") has a speaker of its own and is not one."""
    return sum(
        1
        for k, p in enumerate(pred)
        if any(
            j != k and p.tokens < o.tokens and p.speaker_text == o.speaker_text for j, o in enumerate(pred)
        )
    )


def score_row(row: dict[str, Any], doc: Doc, pred: Sequence[Attribution], counts: QuoteCounts) -> None:
    gold = gold_attributions(row, doc)
    counts.items += 1
    counts.fragments += fragments(pred)
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


def load_nlp_for_eval(settings: Settings) -> Language:
    """The pipeline's model, to read head words of gold and predicted speaker phrases."""
    return load_nlp(settings, [])


def evaluate_rows(
    rows: Sequence[dict[str, Any]], nlp: Language, settings: Settings
) -> dict[str, QuoteCounts]:
    """Counts for the whole set ("all") and for each half, through `newsgraph analyze`."""
    run = run_user_path(({"id": r["id"], "text": r["text"]} for r in rows), settings)
    counts = {name: QuoteCounts() for name in ("all", *HALVES)}
    for row, doc in zip(rows, nlp.pipe(r["text"] for r in rows), strict=True):
        articles = run.articles.get(row["id"], [])
        pred = predicted_attributions(row["text"], articles, doc)
        for name in ("all", half(row.get("doc") or row["id"])):
            score_row(row, doc, pred, counts[name])
            counts[name].lost += 0 if articles else 1
    return counts


def scores_from(counts: QuoteCounts, dataset: str = DATASET) -> list[Score]:
    out: list[Score] = []
    for direct, name in ((True, "direct"), (False, "indirect")):
        p = counts.tp[direct] / counts.predicted[direct] if counts.predicted[direct] else 0.0
        r = counts.found[direct] / counts.gold[direct] if counts.gold[direct] else 0.0
        out.append(Score("quotes", dataset, f"{name}_precision", p, counts.predicted[direct]))
        out.append(Score("quotes", dataset, f"{name}_recall", r, counts.gold[direct]))
    tp = counts.tp[True] + counts.tp[False]
    pred = counts.predicted[True] + counts.predicted[False]
    found = counts.found[True] + counts.found[False]
    gold = counts.gold[True] + counts.gold[False]
    p_all, _, _ = prf(tp, pred - tp, 0)
    r_all = found / gold if gold else 0.0
    f_all = 2 * p_all * r_all / (p_all + r_all) if p_all + r_all else 0.0
    out.append(Score("quotes", dataset, "f1", f_all, gold))
    acc = counts.speaker_right / counts.speaker_total if counts.speaker_total else 0.0
    out.append(Score("quotes", dataset, "speaker_accuracy", acc, counts.speaker_total))
    # Counts, not rates (no floors): what the user got, and what fell through.
    out.append(Score("quotes", dataset, "attributions", float(pred), gold))
    out.append(Score("quotes", dataset, "fragments", float(counts.fragments), pred))
    out.append(Score("quotes", dataset, "items_lost", float(counts.lost), counts.items))
    return out


def read_rows(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def all_scores(counts: dict[str, QuoteCounts]) -> list[Score]:
    """The whole set as `quotes_dev`, the halves as `quotes_dev_read` and `quotes_dev_held`."""
    out = scores_from(counts["all"])
    for name in HALVES:
        out += scores_from(counts[name], f"{DATASET}_{name}")
    return out


@register("eval", "quotes")
def score(eval_dir: Path, settings: Settings) -> list[Score]:
    rows = read_rows(eval_dir / "quotes_dev.jsonl")
    return all_scores(evaluate_rows(rows, load_nlp_for_eval(settings), settings))


def main() -> None:  # pragma: no cover - a diagnosis aid, `python -m newsgraph.evaluate.quotes`
    """Print the scores, then the errors of the `read` half only (never the held half's)."""
    settings = Settings()
    rows = read_rows(shared_dir() / "eval" / "quotes_dev.jsonl")
    counts = evaluate_rows(rows, load_nlp_for_eval(settings), settings)
    for s in all_scores(counts):
        print(f"{s.dataset:18} {s.metric:20} {s.value:7.3f}  n={s.n}")
    for err in counts["read"].errors:
        print(" | ".join(err))


if __name__ == "__main__":  # pragma: no cover
    main()
