from __future__ import annotations

import pytest

from newsgraph.extract.build import build_article
from newsgraph.parse.nlp import RULER_NAME, analysis_text, load_nlp, parse
from newsgraph.settings import Settings
from newsgraph.understand.actors.ruler import gazetteer_patterns

pytestmark = pytest.mark.model


def test_parse_blocks_are_sentence_boundaries_and_caption_is_not_parsed() -> None:
    article = build_article(
        source="t",
        title="Ministers meet in Oslo without a full stop",
        paragraphs=["Delegates arrived on Monday. Talks began at noon.", "A second paragraph follows here."],
        caption="Delegates pose for a photograph in Oslo.",
    )
    nlp = load_nlp(Settings())
    ((_, doc),) = list(parse([article], nlp))
    assert doc.text == analysis_text(article) and "photograph" not in doc.text
    starts = [s.start_char for s in doc.sents]
    for block in article.blocks:
        if block.kind != "caption":
            assert block.start in starts


def test_parse_pipeline_is_cached_per_pattern_set() -> None:
    settings = Settings()
    first = [{"label": "ORG", "pattern": "Ministry of Silly Walks"}]
    second = [{"label": "ORG", "pattern": "Bureau of Odd Things"}]
    a = load_nlp(settings, first)
    assert load_nlp(settings, first) is a
    b = load_nlp(settings, second)
    assert b is not a
    patterns = [p["pattern"] for p in b.get_pipe(RULER_NAME).patterns]  # type: ignore[attr-defined]
    assert patterns == ["Bureau of Odd Things"]
    doc = b("The Bureau of Odd Things said so.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Bureau of Odd Things", "ORG")]


def _annotations(doc):  # type: ignore[no-untyped-def]
    return [(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.lemma_, t.is_sent_start) for t in doc]


def test_parse_ruler_holds_the_tokens_the_components_before_it_give_each_phrase_pattern() -> None:
    # The ruler's phrase patterns are tokenized alone at load; the components before the ruler (which
    # spaCy's add_patterns would run) must give the same words for every gazetteer name.
    settings = Settings()
    patterns = gazetteer_patterns(settings)
    nlp = load_nlp(settings, patterns)
    assert nlp.disabled == ["senter"]  # every component is back on after the load (the model ships senter off)
    ruler = nlp.get_pipe(RULER_NAME)
    texts = [p["pattern"] for p in patterns if isinstance(p["pattern"], str)]
    assert len(texts) > 5000
    before = nlp.pipe_names[: nlp.pipe_names.index(RULER_NAME)]
    assert {"tagger", "parser", "ner"} <= set(before)
    with nlp.select_pipes(enable=before):
        parsed = sorted([t.orth for t in doc] for doc in nlp.pipe(texts))
    held = sorted([t.orth for t in doc] for docs in ruler.phrase_patterns.values() for doc in docs)  # type: ignore[attr-defined]
    assert held == parsed
    doc = nlp("Officials from the European Union met in Brussels on Monday.")
    assert ("the European Union", "ORG") in [(e.text, e.label_) for e in doc.ents]


def test_numpy_matmul_annotates_as_blis_and_holds_blas_to_one_thread() -> None:
    from pathlib import Path

    from thinc.api import NumpyOps
    from threadpoolctl import threadpool_info

    fast, stock = load_nlp(Settings()), load_nlp(Settings(matmul="blis"))
    assert fast is not stock
    layers = [
        n for _, c in fast.components if hasattr(getattr(c, "model", None), "walk") for n in c.model.walk()
    ]  # type: ignore[attr-defined]
    assert layers and all(isinstance(n.ops, NumpyOps) and not n.ops.use_blis for n in layers)
    numpy_blas = [
        i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas" and "numpy" in i["filepath"]
    ]
    assert numpy_blas == [1]
    # Whole example dumps: thousands of tokens, every component's decisions compared. The two
    # libraries round differently, so a near tie may tip on another CPU or BLAS build: allow a
    # few tokens in a thousand (on the benchmark machine none differ, over 647 articles).
    texts = [
        p.read_text(encoding="utf-8")
        for p in sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.txt"))
    ]
    tokens = differ = 0
    for a, b in zip(fast.pipe(texts), stock.pipe(texts), strict=True):
        assert [t.text for t in a] == [t.text for t in b]
        tokens += len(a)
        differ += sum(x != y for x, y in zip(_annotations(a), _annotations(b), strict=True))
    assert tokens > 1000 and differ <= tokens * 0.003


def test_unknown_matmul_is_a_usage_error() -> None:
    from newsgraph.errors import UsageError

    with pytest.raises(UsageError, match="matmul"):
        load_nlp(Settings(matmul="mkl"))


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        ("Border talks to resume", "India and China agreed on Monday to resume border talks next month."),
        ("Airspace dispute eased", "Turkey and Greece said on Tuesday they would hold talks on airspace"),
        ("PORT TALKS COLLAPSE", "DOCKWORKERS AND EMPLOYERS FAILED TO AGREE ON A NEW CONTRACT ON FRIDAY"),
        ("Ministers meet in Oslo", "Norway and Sweden signed a fisheries accord. The deal ends a long dispute."),
    ],
)
def test_parse_headline_and_lead_never_share_a_sentence_or_lose_a_word(title: str, lead: str) -> None:
    article = build_article(source="t", title=title, paragraphs=[lead])
    ((_, doc),) = list(parse([article], load_nlp(Settings())))
    body = article.blocks[1]
    sentences = [s for s in doc.sents if s.start_char >= body.start]
    first_words = lead.split()[:3]
    assert sentences[0].start_char == body.start
    assert sentences[0].text.split()[:3] == first_words
    # The headline's sentence ends before the lead starts.
    assert all(s.end_char <= body.start or s.start_char >= body.start for s in doc.sents)


def test_parse_no_entity_runs_from_the_headline_into_the_lead() -> None:
    # The model joins a headline's last name to the lead's first ("Croatia\n\nEuropean Union"): cut at the break.
    article = build_article(
        source="test", title="EU opens door to Croatia",
        paragraphs=["European Union leaders agreed on Friday to open membership talks with Croatia next March."],
    )
    _, doc = next(parse([article], load_nlp(Settings())))
    assert all("\n" not in ent.text for ent in doc.ents)
    assert "European Union" in {ent.text for ent in doc.ents}


def _plain_block_starts(doc):  # type: ignore[no-untyped-def]
    """The Token-by-Token walk `mark_block_starts` replaced, kept to compare with."""
    from newsgraph.parse.abbreviations import _COMPLEMENT, _KNOWN_TITLES, TITLE_ABBREVIATIONS

    after_break = True
    for i, token in enumerate(doc):
        if after_break and not token.is_space:
            token.is_sent_start = True
            after_break = False
            if i + 1 < len(doc) and not (doc[i + 1].is_punct or doc[i + 1].is_space):
                doc[i + 1].is_sent_start = False
        if (token.is_space and "\n\n" in token.text) or "\n\n" in token.whitespace_:
            after_break = True
    for i in range(len(doc) - 1):
        text = doc[i].text
        if not (text in TITLE_ABBREVIATIONS or text in _KNOWN_TITLES):
            continue
        after_complement = i > 0 and doc[i - 1].lower_ in _COMPLEMENT
        if doc[i + 1].tag_ in ("NNP", "NNPS") and not after_complement:
            doc[i + 1].is_sent_start = False
    return doc


def test_block_starts_read_from_arrays_mark_what_the_token_walk_marked() -> None:
    from newsgraph.parse.nlp import BLOCKS_NAME, mark_block_starts
    from newsgraph.testing.synthetic import wire_article

    nlp = load_nlp(Settings())
    texts = [
        "Rebels seize border town\n\nKINSHASA (Reuters) - Rebels seized a town on Monday, Col. Jean Mbeki said."
        "\n\n\"We will hold it,\" he said.",
        "Talks to resume\n\n  \n\nIndia and China agreed to talk. The army promoted him to Sgt. He left.",
        "\n\nPolice Capt. Adnan Jabbar said the Senate confirmed Paul Lenz as a four-star Gen. The vote was 71.",
        "",
        "\n\n",
    ] + [wire_article(n, words=200, seed=23) for n in range(8)]
    upto = nlp.pipe_names[: nlp.pipe_names.index(BLOCKS_NAME)]
    with nlp.select_pipes(enable=upto):
        docs = list(nlp.pipe(texts))
    for doc in docs:
        plain = _plain_block_starts(doc.copy())
        fast = mark_block_starts(doc)
        assert [t.is_sent_start for t in fast] == [t.is_sent_start for t in plain]
