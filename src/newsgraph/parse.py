"""The one place spaCy is loaded and run.

The model is loaded once per process (cached by name and gazetteer fingerprint) and run
with `nlp.pipe` in batches. Only the text that matters is parsed: title, summary and body
(`Article.text[:Article.analysis_end]`), never the caption or boilerplate, so Doc
character offsets are Article offsets.

Gazetteers (countries, capitals, demonyms, organisations, agencies, the actor dictionary)
are added as an `EntityRuler` after the statistical NER, overwriting its labels where they
disagree: the small model tags "Belarus" as ORG and "Trump" as ORG; a gazetteer knows.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.errors import UsageError
from newsgraph.model import Article
from newsgraph.settings import Settings

RULER_NAME = "newsgraph_gazetteer"


@lru_cache(maxsize=4)
def _load_model(name: str) -> Language:
    try:
        module = importlib.import_module(name)
    except ImportError as exc:
        raise UsageError(f"spaCy model {name!r} is not installed (pip install it, or set model=...)") from exc
    nlp: Language = module.load()
    return nlp


def load_nlp(settings: Settings, patterns: Sequence[dict[str, Any]] = ()) -> Language:
    """The pipeline for `settings.model`, with the gazetteer patterns as an EntityRuler.

    Patterns are added once per loaded model; calling again with the same model returns
    the same object.
    """
    nlp = _load_model(settings.model)
    if patterns and RULER_NAME not in nlp.pipe_names:
        ruler = nlp.add_pipe(
            "entity_ruler",
            name=RULER_NAME,
            after="ner",
            config={"overwrite_ents": True, "phrase_matcher_attr": "ORTH"},
        )
        ruler.add_patterns(list(patterns))  # type: ignore[attr-defined]
    return nlp


def analysis_text(article: Article) -> str:
    return article.text[: article.analysis_end]


def parse(articles: Iterable[Article], nlp: Language, batch_size: int = 64) -> Iterator[tuple[Article, Doc]]:
    """Yield each article with its Doc, in input order, parsing in batches."""
    stream = ((analysis_text(a), a) for a in articles)
    for doc, article in nlp.pipe(stream, as_tuples=True, batch_size=batch_size):
        yield article, doc
