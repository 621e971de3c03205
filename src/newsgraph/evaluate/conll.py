"""Named-entity quality on CoNLL-2003 English dev (../shared/eval/conll2003_dev.txt), against the bare model.

Each CoNLL document goes through the user's path whole, as one JSONL record (`run_user_path`): its sentences,
tokens joined by spaces, one sentence a line. newsgraph's entities are then compared with the gold PER, ORG and
LOC mentions (MISC is no actor kind and is left out), and so are the spans the bare spaCy model
(`settings.model`, no gazetteer, no entity stage) tags on the same record text. Both are scored the same way:

- a mention is its text and type; per document, predictions and gold are multisets of (text, type) and a
  prediction is right when an equal gold mention is still unmatched (the pipeline may move text, e.g. a dateline,
  so offsets are not compared);
- newsgraph's kinds map to CoNLL types as person -> PER, organisation and media -> ORG, country and place -> LOC;
  its mentions are the proper names of each entity (not pronouns, not "the ministry"), and groups named by a
  descriptor ("Iraqi police") are no named entities;
- the bare model's labels map as PERSON -> PER, ORG -> ORG, GPE, LOC and FAC -> LOC.

Rows: `f1`, `precision`, `recall` for newsgraph, `bare_f1` for the model alone, `f1_gain` (newsgraph minus
bare), and `items_lost` (documents that gave no article: they count as finding nothing). Each also per half
(`read_f1`, `held_f1`) as `newsgraph.evaluate.halves` splits the documents.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import spacy

from newsgraph.evaluate import Score, prf
from newsgraph.evaluate.halves import half
from newsgraph.evaluate.userpath import run_user_path
from newsgraph.registry import register
from newsgraph.settings import Settings

DATASET = "conll2003_dev"
TYPES = ("PER", "ORG", "LOC")
KIND_TYPES: Mapping[str, str] = {
    "person": "PER",
    "organisation": "ORG",
    "media": "ORG",
    "country": "LOC",
    "place": "LOC",
}
MODEL_TYPES: Mapping[str, str] = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "it", "its", "they", "them", "their", "we", "i"})

Mention = tuple[str, str]  # (text, type)


@dataclass(frozen=True)
class Document:
    id: str
    text: str
    gold: tuple[Mention, ...]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)  # (doc id, "fp"/"fn", text, type)

    def add(self, doc_id: str, predicted: Iterable[Mention], gold: Iterable[Mention]) -> None:
        p, g = Counter(predicted), Counter(gold)
        hit = p & g
        self.tp += sum(hit.values())
        for m, n in (p - hit).items():
            self.fp += n
            self.errors.append((doc_id, "fp", *m))
        for m, n in (g - hit).items():
            self.fn += n
            self.errors.append((doc_id, "fn", *m))

    def f1(self) -> float:
        return prf(self.tp, self.fp, self.fn)[2]


def read_conll(path: Path) -> list[Document]:
    """The documents of a CoNLL-2003 file (IOB1 or IOB2 tags), text one sentence a line."""
    docs: list[Document] = []
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []

    def close_doc() -> None:
        if current:
            sentences.append(list(current))
            current.clear()
        if sentences:
            docs.append(_document(f"conll-dev-{len(docs) + 1:03d}", sentences))
            sentences.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("-DOCSTART-"):
            close_doc()
            continue
        if not line.strip():
            if current:
                sentences.append(list(current))
                current.clear()
            continue
        parts = line.split()
        current.append((parts[0], parts[-1]))
    close_doc()
    return docs


def _document(doc_id: str, sentences: list[list[tuple[str, str]]]) -> Document:
    lines: list[str] = []
    gold: list[Mention] = []
    for sentence in sentences:
        lines.append(" ".join(tok for tok, _ in sentence))
        gold.extend(_mentions(sentence))
    return Document(doc_id, "\n".join(lines), tuple(gold))


def _mentions(sentence: list[tuple[str, str]]) -> Iterator[Mention]:
    words: list[str] = []
    kind = ""
    for tok, tag in [*sentence, ("", "O")]:
        prefix, _, label = tag.partition("-")
        continues = prefix == "I" and label == kind
        if words and not continues:
            if kind in TYPES:
                yield " ".join(words), kind
            words, kind = [], ""
        if prefix in ("B", "I"):
            words.append(tok)
            kind = label
    return


def newsgraph_mentions(articles: Iterable[Mapping[str, Any]]) -> list[Mention]:
    """The proper-name mentions of every named entity newsgraph reports, typed by entity kind."""
    out: list[Mention] = []
    for article in articles:
        for e in article.get("entities") or []:
            kind = KIND_TYPES.get(str(e.get("kind")))
            name = str(e.get("name") or "")
            if kind is None or not name or name[:1].islower() or name.split()[-1].islower():
                continue  # a group named by a descriptor ("Iraqi police") is not a named entity
            for m in e.get("mentions") or []:
                text = str(m.get("text") if isinstance(m, Mapping) else m)
                if text[:1].isupper() and text.casefold() not in _PRONOUNS and not text.startswith("The "):
                    out.append((" ".join(text.split()), kind))
    return out


def bare_mentions(texts: Iterable[str], settings: Settings) -> Iterator[list[Mention]]:
    """What the bare spaCy model tags in each text, typed the CoNLL way."""
    nlp = spacy.load(settings.model)
    for doc in nlp.pipe(texts, batch_size=16):
        yield [
            (" ".join(ent.text.split()), MODEL_TYPES[ent.label_])
            for ent in doc.ents
            if ent.label_ in MODEL_TYPES
        ]


def score_conll(eval_dir: Path, settings: Settings) -> tuple[list[Score], dict[str, Counts]]:
    docs = read_conll(eval_dir / "conll2003_dev.txt")
    run = run_user_path(({"id": d.id, "text": d.text} for d in docs), settings)
    counts = {key: Counts() for key in ("ng", "bare", "ng:read", "ng:held", "bare:read", "bare:held")}
    for doc, bare in zip(docs, bare_mentions((d.text for d in docs), settings), strict=True):
        ours = newsgraph_mentions(run.articles.get(doc.id, []))
        for key, found in (("ng", ours), ("bare", bare)):
            counts[key].add(doc.id, found, doc.gold)
            counts[f"{key}:{half(doc.id)}"].add(doc.id, found, doc.gold)
    p, r, f = prf(counts["ng"].tp, counts["ng"].fp, counts["ng"].fn)
    n = len(docs)
    bare_f1 = counts["bare"].f1()
    rows = [
        Score("entities", DATASET, "f1", f, n),
        Score("entities", DATASET, "precision", p, n),
        Score("entities", DATASET, "recall", r, n),
        Score("entities", DATASET, "bare_f1", bare_f1, n),
        Score("entities", DATASET, "f1_gain", f - bare_f1, n),
        Score("entities", DATASET, "items_lost", float(run.lost(d.id for d in docs)), n),
    ]
    for h in ("read", "held"):
        size = sum(1 for d in docs if half(d.id) == h)
        rows.append(Score("entities", DATASET, f"{h}_f1", counts[f"ng:{h}"].f1(), size))
        rows.append(Score("entities", DATASET, f"{h}_bare_f1", counts[f"bare:{h}"].f1(), size))
    return rows, counts


@register("eval", "conll")
def score(eval_dir: Path, settings: Settings) -> list[Score]:
    return score_conll(eval_dir, settings)[0]
