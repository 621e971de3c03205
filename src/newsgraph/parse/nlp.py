"""The one place spaCy is loaded and run.

The model is loaded once per process and pattern set (keyed by name and gazetteer fingerprint) and run
with `nlp.pipe` in batches. Only the text that matters is parsed: title, summary and body
(`Article.text[:Article.analysis_end]`), never the caption or boilerplate, so Doc
character offsets are Article offsets.

Gazetteers (countries, capitals, demonyms, organisations, agencies, the actor dictionary)
are added as an `EntityRuler` after the statistical NER, overwriting its labels where they
disagree: the small model tags "Belarus" as ORG and "Trump" as ORG; a gazetteer knows.

The model's own attribute ruler is swapped for `parse.attributes`, which applies the same
rules with the same result by lookup instead of a Matcher pass, and its lemmatizer is asked
once per distinct word form (`parse.lemmas`). The tokenizer keeps wire copy's abbreviated titles
whole ("Col.", "Sgt.": `parse.abbreviations`), which it would otherwise split into a word and
a sentence-ending full stop.

Figures (what each part costs, by how much the choices below speed the parse) are kept in
docs/benchmarks.md, with the command and machine that measured them, not here.

The layers' matrix products run on numpy's OpenBLAS instead of thinc's default, blis
(`matmul` setting): on this project's benchmark machine (AVX-512) OpenBLAS multiplies the
tok2vec and NER layers' matrices faster on one core, and the parse is shorter for it
(docs/benchmarks.md, "Matrix multiplication"; `python -m bench.throughput --components`).
The two libraries sum the products in a different order, so scores differ in the last bits; on the 647 articles checked every tag,
head, entity and lemma came out the same, but a near tie could in principle tip the other way.

Loading the model with `matmul=numpy` holds numpy's OpenBLAS to one thread for the rest of
the process, on purpose: newsgraph runs one model per process and parallelises over processes
(`workers`), and a BLAS thread pool in each would spin on the same cores (OpenBLAS's default
pool costs more CPU time for the same parse, same section). A program that embeds newsgraph and
wants threaded numpy elsewhere sets `matmul=blis`, or raises the limit again with threadpoolctl
after loading.
"""

from __future__ import annotations

import hashlib
import importlib
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from spacy.attrs import IS_PUNCT, IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc, Span
from thinc.api import NumpyOps
from threadpoolctl import threadpool_limits

from newsgraph.errors import UsageError
from newsgraph.model import Article
from newsgraph.parse.abbreviations import hold_titles_to_names, use_title_abbreviations
from newsgraph.parse.attributes import use_attribute_rules
from newsgraph.parse.headline import headline_cased
from newsgraph.parse.lemmas import use_memo_lemmas
from newsgraph.parse.ruler import NAME as RULER_FACTORY
from newsgraph.settings import Settings

RULER_NAME = "newsgraph_gazetteer"
BLOCKS_NAME = "newsgraph_blocks"


@Language.component(BLOCKS_NAME)
def mark_block_starts(doc: Doc) -> Doc:
    """Make every title/summary/paragraph boundary a sentence start.

    Blocks are joined by blank lines; left to itself the parser sometimes runs a sentence
    across them (a headline without a full stop glued to the first paragraph), and then an
    event's evidence would span two paragraphs. The parser keeps boundaries set before it.

    Its second word never starts a sentence: held off the headline it would have continued,
    the parser otherwise cuts a block's first word off as a sentence of its own ("Border
    talks to resume" over "India and China agreed ...": "India" alone, "and China agreed"
    without its subject). A one-word sentence is never a lead's opening. Nor does a sentence
    start after an abbreviated title ("Capt. Adnan Jabbar": `parse.abbreviations`).
    """
    if not len(doc):
        return doc
    # Read as arrays: a Token made for every word cost more than the marking itself.
    space, punct = doc.to_array([IS_SPACE, IS_PUNCT]).T.tolist()
    after_break = True  # the first block starts the Doc
    for i, is_space in enumerate(space):
        if after_break and not is_space:
            doc[i].is_sent_start = True
            after_break = False
            if i + 1 < len(space) and not (punct[i + 1] or space[i + 1]):
                doc[i + 1].is_sent_start = False
        # A token's trailing whitespace is one space at most: blank lines are tokens of their own.
        if is_space and "\n\n" in doc[i].text:
            after_break = True
    hold_titles_to_names(doc)
    return doc


BLOCK_ENTS_NAME = "newsgraph_block_ents"


@Language.component(BLOCK_ENTS_NAME)
def cut_ents_at_blocks(doc: Doc) -> Doc:
    """Cut every entity at a line break: no name runs from the headline into the lead.

    A headline without a full stop ends in a name the model may join to the lead's first name
    ("EU opens door to Croatia" over "European Union leaders agreed ..." gives one entity
    "Croatia\n\nEuropean Union"); each side of the break is a name of its own, with the entity's
    label and id."""
    if not any(t.is_space and "\n" in t.text for t in doc):
        return doc
    out: list[Span] = []
    for ent in doc.ents:
        start = ent.start
        for k in range(ent.start, ent.end + 1):
            if k == ent.end or (doc[k].is_space and "\n" in doc[k].text):
                if k > start:
                    out.append(Span(doc, start, k, label=ent.label, kb_id=ent.kb_id, span_id=ent.ent_id))
                start = k + 1
    doc.ents = out
    return doc


MATMULS = ("numpy", "blis")


def use_numpy_matmul(nlp: Language) -> None:
    """Run every layer's gemm on numpy (OpenBLAS, one thread) instead of blis.

    Only thinc's `Ops.gemm` moves; the parser's and NER's per-step C loop keeps blis, which
    cannot be swapped from Python. Models on other ops (a GPU) are left as they are.
    """

    threadpool_limits(limits=1, user_api="blas")  # process-wide, on purpose: see the module doc
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.components:  # disabled ones too, should a caller enable them
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if isinstance(node.ops, NumpyOps):
                node.ops = ops


def _load_model(name: str, matmul: str) -> Language:
    if matmul not in MATMULS:
        raise UsageError(f"setting matmul: {matmul!r} is not one of {', '.join(MATMULS)}")
    try:
        module = importlib.import_module(name)
    except ImportError as exc:
        raise UsageError(f"spaCy model {name!r} is not installed (pip install it, or set model=...)") from exc
    nlp: Language = module.load()
    if matmul == "numpy":
        use_numpy_matmul(nlp)
    use_title_abbreviations(nlp)
    use_attribute_rules(nlp)
    use_memo_lemmas(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(BLOCKS_NAME, before="parser")
    if "ner" in nlp.pipe_names:
        # Right after the model's NER; the gazetteer, added later "after ner", comes before it.
        nlp.add_pipe(BLOCK_ENTS_NAME, after="ner")
    return nlp


def _fingerprint(patterns: Sequence[dict[str, Any]]) -> str:
    return hashlib.sha1(json.dumps(list(patterns), sort_keys=True).encode("utf-8")).hexdigest()


_LOADED: dict[tuple[str, str, str], Language] = {}


def load_nlp(settings: Settings, patterns: Sequence[dict[str, Any]] = ()) -> Language:
    """The pipeline for `settings.model`, with the gazetteer patterns as an EntityRuler.

    One pipeline per (model, pattern set) per process: the same patterns return the same
    object, and a different set (a user's extra actor file) gets a pipeline of its own
    instead of being silently ignored by one already built.
    """
    key = (settings.model, settings.matmul, _fingerprint(patterns))
    nlp = _LOADED.get(key)
    if nlp is None:
        nlp = _load_model(settings.model, settings.matmul)
        if patterns:
            ruler = nlp.add_pipe(
                RULER_FACTORY,
                name=RULER_NAME,
                after="ner",
                config={"overwrite_ents": True, "phrase_matcher_attr": "ORTH"},
            )
            # spaCy's `add_patterns` runs every component before the ruler (tagger, parser, NER) over each of
            # the ~5,100 phrase patterns only to read their ORTH, which the tokenizer alone gives (no component
            # before the ruler retokenizes): 3 s CPU of every process's start, a pool worker's inside the run.
            with nlp.select_pipes(enable=[RULER_NAME]):
                ruler.add_patterns(list(patterns))  # type: ignore[attr-defined]
        _LOADED[key] = nlp
    return nlp


def analysis_text(article: Article) -> str:
    """What the model parses: the text up to `analysis_end`, a Title Case headline's verbs in
    lower case (`parse.headline`), so that the headline parses as the sentence it is."""
    return headline_cased(article)


def parse(articles: Iterable[Article], nlp: Language, batch_size: int = 64) -> Iterator[tuple[Article, Doc]]:
    """Yield each article with its Doc, in input order, parsing in batches."""
    stream = ((analysis_text(a), a) for a in articles)
    for doc, article in nlp.pipe(stream, as_tuples=True, batch_size=batch_size):
        yield article, doc
