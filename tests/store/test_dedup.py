"""Near-duplicate detection: exact copies by id, near copies by MinHash LSH over 3-grams, the
names guard for templated news, and an index that persists in the store across runs."""

from __future__ import annotations

import dataclasses
import random
import sqlite3
from pathlib import Path

import numpy as np
import pytest

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


def test_dedup_signature_is_datasketch_minhash() -> None:
    # dedup computes datasketch's affine32 MinHash in one array expression; stored signatures
    # and bands depend on it giving exactly datasketch's values.
    from datasketch import MinHash

    from newsgraph.store.dedup import NUM_PERM, signature

    grams = shingles(" ".join(PARAGRAPHS))
    reference = MinHash(num_perm=NUM_PERM, seed=1, hashfunc=lambda v: v, scheme="affine32")
    reference.update_batch(((grams * np.uint64(0x9E3779B97F4A7C15)) >> np.uint64(32)).tolist())
    assert np.array_equal(signature(grams), reference.hashvalues)
    assert np.array_equal(signature(shingles("")), MinHash(num_perm=NUM_PERM, seed=1).hashvalues)


def test_dedup_band_index_screens_as_the_scalar_tests_do() -> None:
    from newsgraph.store.dedup import MIN_NAMES, NAMES_AGREEMENT, NUM_PERM, estimate, names_agree
    from newsgraph.store.lsh import BandIndex

    rng = np.random.default_rng(3)
    vocabulary = [f"Name{i}" for i in range(40)]
    index = BandIndex(NUM_PERM)
    query_sig = rng.integers(0, 6, NUM_PERM).astype(np.uint32)
    query_names = frozenset(rng.choice(vocabulary, 12, replace=False).tolist())
    rows, sigs, names_of = [], [], []
    for i in range(400):
        # Signatures drawn from few values share many positions, so estimates spread over 0..1;
        # low bytes collide more than whole values (256 + k), as the prefilter must allow for.
        sig = rng.integers(0, 6, NUM_PERM).astype(np.uint32) + np.uint32(256) * rng.integers(
            0, 2, NUM_PERM
        ).astype(np.uint32)
        sig[: i % NUM_PERM] = query_sig[: i % NUM_PERM]
        names = frozenset(rng.choice(vocabulary, int(rng.integers(0, 20)), replace=False).tolist())
        rows.append(index.row(f"a{i}", sig, names))
        sigs.append(sig)
        names_of.append(names)
    all_rows = np.array(rows)
    for floor in (0.3, 0.65, 0.9):
        expected = [r for r in rows if estimate(query_sig, sigs[r]) >= floor]
        assert index.similar(all_rows, query_sig, floor).tolist() == expected
    empty = sqlite3.connect(":memory:")  # bands read from a store that has none yet
    empty.execute("CREATE TABLE dedup_bands(article_id, band)")
    empty.execute("CREATE TABLE dedup_signatures(article_id, signature, names)")
    index.load(empty, range(32))
    bands_of = [rng.choice(30, 4, replace=False).tolist() for _ in rows]
    for row, row_bands in zip(rows, bands_of, strict=True):
        for band in row_bands:
            index.add(band, row)
    asked = [3, 7, 11, 29, 31]  # 31: a band no row has
    sharing = [r for r in rows if set(bands_of[r]) & set(asked)]
    assert index.candidates(asked).tolist() == sharing
    agree = index.names_agree(all_rows, query_names, MIN_NAMES, NAMES_AGREEMENT)
    assert agree.tolist() == [names_agree(query_names, names_of[r]) for r in rows]
    assert 0 < agree.sum() < len(rows)


def _reference_duplicates(bodies: list[str], threshold: float) -> list[str | None]:
    """Dedup's decisions as defined: candidates are earlier kept bodies sharing an LSH band;
    the best by (Jaccard, id) among those passing the estimate floor, names guard and threshold."""
    from newsgraph.store.dedup import estimate, names_agree

    kept: list[tuple[str, Fingerprint]] = []
    out: list[str | None] = []
    for n, body in enumerate(bodies):
        fp = Fingerprint.of(body)
        best: tuple[float, str] | None = None
        for aid, other in kept:
            if not set(fp.bands) & set(other.bands):
                continue
            if estimate(fp.signature, other.signature) < threshold - 0.15 or not names_agree(
                fp.names, other.names
            ):
                continue
            similarity = jaccard(fp.grams, other.grams)
            if similarity >= threshold and (best is None or (similarity, aid) > best):
                best = (similarity, aid)
        out.append(best[1] if best else None)
        if best is None:
            kept.append((f"body-{n}", fp))
    return out


@pytest.mark.parametrize("held", [40_000, 7])
def test_dedup_decisions_match_the_definition_on_templated_news(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, held: int
) -> None:
    # Synthetic wire copy shares many bands (the case the in-memory index is for); every tenth
    # article is followed by an edited copy of an earlier one. With a small bound on what the
    # in-memory band index holds it is dropped and re-read many times: same decisions.
    from newsgraph.store import dedup
    from newsgraph.testing.synthetic import wire_article

    monkeypatch.setattr(dedup, "BAND_INDEX_ROWS", held)

    bodies: list[str] = []
    for n in range(120):
        bodies.append("\n\n".join(wire_article(n, words=250, seed=11).split("\n\n")[2:]))
        if n % 10 == 9:
            paragraphs = bodies[n - 5].split("\n\n")
            bodies.append("\n\n".join(edited(paragraphs[::-1], 0.05, seed=n)))
    expected = _reference_duplicates(bodies, 0.8)
    assert sum(1 for e in expected if e) >= 10
    with open_store(tmp_path / "s.db") as store:
        linker = ArticleLinker(store, Settings(stories=0))
        found: list[str | None] = []
        for n, body in enumerate(bodies):
            a = article(body.split("\n\n"), f"{n}.txt")
            a = dataclasses.replace(a, id=f"body-{n}")
            canonical = linker.before_parse(a)
            found.append(canonical)
            analysis = as_duplicate(a, canonical) if canonical else Analysis(a)
            store.write_document(f"{n}.txt", f"h{n}", None, [analysis], after=linker.after_write)
    assert found == expected


def test_dedup_sees_articles_another_connection_stores_during_the_run(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with open_store(path) as store, open_store(path) as other:
        index = DuplicateIndex(store)
        assert index.check(article(PARAGRAPHS[1:], "first.txt")) is None  # reads the (empty) bands
        elsewhere = ArticleLinker(other, Settings(stories=0))
        original = article(PARAGRAPHS, "a.txt")
        assert elsewhere.before_parse(original) is None
        other.write_document("a.txt", "h-a", None, [Analysis(original)], after=elsewhere.after_write)
        copy = article([*PARAGRAPHS, "Follow our live coverage for more."], "b.txt")
        assert index.check(copy) == original.id
