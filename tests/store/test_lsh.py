"""The in-memory part of the near-duplicate index: rows by LSH band with their MinHash
signatures and names, read from the store's band tables the first time a band is asked for."""

from __future__ import annotations

import numpy as np
import pytest

from newsgraph.model import Analysis
from newsgraph.settings import Settings
from newsgraph.store import Store
from newsgraph.store.dedup import NUM_PERM, Fingerprint, body_of
from newsgraph.store.links import ArticleLinker
from newsgraph.store.lsh import BandIndex


def sig(*values: int) -> np.ndarray:
    """A signature of NUM_PERM values: `values` repeated."""
    return np.resize(np.array(values, dtype=np.uint32), NUM_PERM)


@pytest.mark.parametrize("num_perm", [100, 256])
def test_lsh_signature_width_must_fit_the_counting(num_perm: int) -> None:
    with pytest.raises(ValueError, match="multiple of 8 up to 248"):
        BandIndex(num_perm)


def test_lsh_an_article_gets_one_row() -> None:
    index = BandIndex(NUM_PERM)
    assert index.row("a", sig(1), ["Minsk"]) == 0
    assert index.row("b", sig(2), []) == 1
    assert index.row("a", sig(9), ["Riga"]) == 0  # known: not added again
    assert index.ids == ["a", "b"] and np.array_equal(index.signatures[0], sig(1))


def test_lsh_candidates_share_a_band_each_once_in_row_order(store: Store) -> None:
    index = BandIndex(NUM_PERM)
    rows = [index.row(f"a{i}", sig(i), []) for i in range(600)]  # past the first allocation
    index.load(store.conn, [7, 8])  # an empty store: the bands are known and empty
    assert index.loaded(7) and not index.loaded(9)
    for row in (rows[599], rows[3], rows[40]):
        index.add(7, row)
    for row in (rows[40], rows[2]):
        index.add(8, row)
    assert index.candidates([7, 8]).tolist() == [2, 3, 40, 599]
    assert index.candidates([8]).tolist() == [2, 40]
    assert index.candidates([]).size == 0


def test_lsh_similar_keeps_rows_whose_estimate_reaches_the_floor() -> None:
    index = BandIndex(NUM_PERM)
    query = np.arange(NUM_PERM, dtype=np.uint32)
    half = query.copy()
    half[::2] += 256  # same low byte, different value: the prefilter passes it, the count does not
    quarter = query.copy()
    quarter[NUM_PERM // 4 :] += 1
    rows = np.array(
        [index.row("same", query, []), index.row("half", half, []), index.row("quarter", quarter, [])]
    )
    assert index.similar(rows, query, 1.0).tolist() == [0]
    assert index.similar(rows, query, 0.5).tolist() == [0, 1]
    assert index.similar(rows, query, 0.25).tolist() == [0, 1, 2]


def test_lsh_names_guard_judges_only_when_both_sides_name_enough() -> None:
    index = BandIndex(NUM_PERM)
    rows = np.array(
        [
            index.row("same", sig(1), ["Minsk", "Lukashenko", "Tsikhanouskaya"]),
            index.row("other", sig(1), ["Riga", "Rinkevics", "Silina"]),
            index.row("terse", sig(1), ["Riga"]),
        ]
    )
    names = frozenset({"Minsk", "Lukashenko", "Tsikhanouskaya", "Vilnius"})
    assert index.names_agree(rows, names, 3, 0.5).tolist() == [True, False, True]
    assert index.names_agree(rows, frozenset({"Minsk"}), 3, 0.5).tolist() == [True, True, True]


def test_lsh_load_reads_stored_members_of_the_asked_bands(store: Store, analyses: list[Analysis]) -> None:
    linker = ArticleLinker(store, Settings(stories=0))
    store.write_document("wire.txt", "h-wire", None, analyses[:2], after=linker.after_write)
    stored = store.conn.execute("SELECT id, text, blocks FROM articles ORDER BY pk").fetchall()
    fingerprints = {row["id"]: Fingerprint.of(body_of(row["text"], row["blocks"])) for row in stored}
    first = stored[0]["id"]
    index = BandIndex(NUM_PERM)
    bands = fingerprints[first].bands
    index.load(store.conn, bands)
    assert all(index.loaded(b) for b in bands)
    assert [index.ids[r] for r in index.candidates(bands)] == [first]
    assert np.array_equal(index.signatures[index.rows[first]], fingerprints[first].signature)
    index.load(store.conn, bands)  # loaded once: nothing read again
    assert index.ids == [first]
