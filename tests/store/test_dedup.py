"""Near-duplicate detection: exact copies by id, near copies by MinHash LSH over 3-grams, the
names guard for templated news, and an index that persists in the store across runs."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np

from newsgraph.extract.build import build_article
from newsgraph.model import Analysis, Article
from newsgraph.settings import Settings
from newsgraph.store import open_store
from newsgraph.store.dedup import (
    BANDS,
    DuplicateIndex,
    Fingerprint,
    jaccard,
    names,
    normalise,
    shingles,
)
from newsgraph.store.links import ArticleLinker, as_duplicate

PARAGRAPHS = [
    "Farmers in the Ebro valley blocked three motorways with tractors on Thursday, demanding compensation "
    "for a drought that has cut the region's olive harvest by nearly half.",
    "Regional agriculture chief Lucia Ferrandis said the government in Madrid had promised 120 million euros "
    "in March but that not a single payment had reached growers.",
    "Police diverted traffic near Zaragoza for most of the afternoon, and a cooperative leader, Tomas Abadia, "
    "warned that the protests would spread to Lleida and Huesca next week.",
    "The agriculture ministry said the first transfers would be made before the end of the month and urged "
    "farmers to clear the roads, adding that talks with unions would resume on Monday.",
    "Reservoirs in the basin stood at 31 percent of capacity this week, the lowest level for the season since "
    "records began, according to the river authority.",
]


def article(paragraphs: list[str], source: str, title: str = "Farmers block motorways") -> Article:
    return build_article(source=source, title=title, paragraphs=paragraphs, language="en")


def edited(paragraphs: list[str], share: float, seed: int) -> list[str]:
    """Every tenth word (on average) replaced, dropped or doubled, as a rewrite desk might."""
    rng = random.Random(seed)
    out = []
    for para in paragraphs:
        words = []
        for word in para.split():
            r = rng.random()
            if r < share / 3:
                words.append("reportedly")
            elif r < 2 * share / 3:
                continue
            elif r < share:
                words += [word, "also"]
            else:
                words.append(word)
        out.append(" ".join(words))
    return out


def test_dedup_shingles_are_case_accent_and_punctuation_blind() -> None:
    assert normalise("Ébro  Valley, said: “Yes”") == "ebro valley said yes"
    assert np.array_equal(shingles("Ébro Valley!"), shingles("ebro valley"))
    assert shingles("ab").size == 0


def test_dedup_names_take_capitalised_words_inside_sentences_and_numbers() -> None:
    found = names("Police met Tomas Abadia in Zaragoza. They counted 120 tractors.")
    assert {"Tomas", "Abadia", "Zaragoza", "120"} <= found
    assert "Police" not in found and "They" not in found  # sentence openers say nothing


def test_dedup_exact_copy_is_found_by_id(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.db")
    index = DuplicateIndex(store)
    first = article(PARAGRAPHS, "a.txt")
    assert index.check(first) is None
    again = article(PARAGRAPHS, "b.txt", title="Another headline")
    assert again.id == first.id
    assert index.check(again) == first.id
    assert index.matches[again.id].kind == "exact"


def test_dedup_reordered_padded_and_edited_copy_is_a_near_duplicate(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.db")
    index = DuplicateIndex(store, 0.8)
    original = article(PARAGRAPHS, "a.txt")
    assert index.check(original) is None
    rewritten = edited(
        [PARAGRAPHS[2], PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[4], PARAGRAPHS[3]], 0.1, seed=4
    )
    rewritten.append("Sign up for our morning newsletter and follow us for the latest updates.")
    copy = article(rewritten, "b.txt")
    assert copy.id != original.id
    assert index.check(copy) == original.id
    match = index.matches[copy.id]
    assert match.kind == "near" and 0.8 <= match.similarity < 1.0


def test_dedup_a_different_article_on_the_same_subject_is_not_a_duplicate(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.db")
    index = DuplicateIndex(store)
    assert index.check(article(PARAGRAPHS, "a.txt")) is None
    other = article(
        [
            "Spain's agriculture ministry began paying drought compensation to olive growers on Friday, a day "
            "after tractors blocked motorways around Zaragoza.",
            "The first 40 million euros went to cooperatives in Jaen and Cordoba, officials said, and the Ebro "
            "valley would follow once regional lists were checked.",
            "Union leaders called the payments a first step but kept a protest planned for Monday in Madrid.",
        ],
        "c.txt",
    )
    assert index.check(other) is None


def test_dedup_templated_story_about_other_people_is_not_a_duplicate(tmp_path: Path) -> None:
    # Same template, different names and figures: a different event, however many words agree.
    # At a threshold of 0.7 the words alone would call it a copy; the names guard does not.
    store = open_store(tmp_path / "s.db")
    index = DuplicateIndex(store, 0.7)
    assert index.check(article(PARAGRAPHS, "a.txt")) is None
    swaps = {"Ebro": "Guadalquivir", "Lucia": "Marta", "Ferrandis": "Olmedo", "120": "85", "Zaragoza": "Sevilla",
             "Tomas": "Rafael", "Abadia": "Cuesta", "Lleida": "Cordoba", "Huesca": "Jaen", "31": "24",
             "Madrid": "Seville", "Thursday": "Tuesday", "March": "May", "Monday": "Friday"}  # fmt: skip
    templated = []
    for para in PARAGRAPHS:
        for old, new in swaps.items():
            para = para.replace(old, new)
        templated.append(para)
    fp_a, fp_b = Fingerprint.of("\n\n".join(PARAGRAPHS)), Fingerprint.of("\n\n".join(templated))
    assert jaccard(fp_a.grams, fp_b.grams) > 0.7
    assert index.check(article(templated, "b.txt")) is None


def test_dedup_index_persists_in_the_store_across_runs(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    original = article(PARAGRAPHS, "a.txt")
    with open_store(path) as store:
        linker = ArticleLinker(store, Settings(stories=0))
        assert linker.before_parse(original) is None
        store.write_document("a.txt", "h-a", None, [Analysis(original)], after=linker.after_write)
        assert store.conn.execute("SELECT COUNT(*) FROM dedup_bands").fetchone()[0] == BANDS
    copy = article([*PARAGRAPHS[1:], PARAGRAPHS[0], "Copyright 2025. All rights reserved."], "b.txt")
    with open_store(path) as store:  # a new run: nothing in memory
        linker = ArticleLinker(store, Settings(stories=0))
        canonical = linker.before_parse(copy)
        assert canonical == original.id
        store.write_document("b.txt", "h-b", None, [as_duplicate(copy, canonical)], after=linker.after_write)
        row = store.conn.execute(
            "SELECT duplicate_of, skipped FROM articles WHERE id = ?", (copy.id,)
        ).fetchone()
        assert tuple(row) == (original.id, f"duplicate of {original.id}")
        link = store.conn.execute("SELECT kind, source FROM article_copies").fetchone()
        assert tuple(link) == ("near", "b.txt")
        # A copy is not indexed itself: later copies link to the canonical article.
        assert store.conn.execute("SELECT COUNT(*) FROM dedup_signatures").fetchone()[0] == 1
        assert store.analysis(copy.id).duplicate_of == original.id


def test_dedup_backfills_articles_stored_before_the_index(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    original = article(PARAGRAPHS, "a.txt")
    with open_store(path) as store:
        store.write_document("a.txt", "h-a", None, [Analysis(original)])  # no linker: not indexed
        assert store.conn.execute("SELECT COUNT(*) FROM dedup_signatures").fetchone()[0] == 0
        index = DuplicateIndex(store)
        copy = article([*PARAGRAPHS, "Follow our live coverage for more."], "b.txt")
        assert index.check(copy) == original.id
        assert store.conn.execute("SELECT COUNT(*) FROM dedup_signatures").fetchone()[0] == 1


def test_dedup_threshold_zero_turns_it_off(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.db") as store:
        assert ArticleLinker.for_settings(store, Settings(dedup_threshold=0.0, stories=0)) is None
        linker = ArticleLinker(store, Settings(dedup_threshold=0.0))
        assert linker.before_parse(article(PARAGRAPHS, "a.txt")) is None
        assert linker.before_parse(article(PARAGRAPHS, "b.txt")) is None


def test_dedup_pooled_results_are_marked_as_they_arrive(tmp_path: Path) -> None:
    # With a worker pool the parse happens elsewhere; ingest checks each analysed article in
    # the writer and keeps only the link for copies.
    from newsgraph.model import ProcessedDocument

    original = article(PARAGRAPHS, "a.txt")
    copy = article([*PARAGRAPHS, "Follow our live coverage for more."], "b.txt")
    docs = [
        ProcessedDocument("a.txt", "h-a", (Analysis(original),)),
        ProcessedDocument("b.txt", "h-b", (Analysis(copy),)),
    ]
    with open_store(tmp_path / "s.db") as store:
        linker = ArticleLinker(store, Settings(stories=0))
        marked = list(linker.mark_duplicates(docs))
    assert marked[0].analyses[0].duplicate_of is None
    assert marked[1].analyses[0].duplicate_of == original.id
    assert marked[1].analyses[0].skipped == f"duplicate of {original.id}"
