"""The Dask path on a real LocalCluster: shards loaded into a store equal a local run, record for record."""

from __future__ import annotations

from pathlib import Path

import pyarrow.dataset as ds
import pytest

from newsgraph.distributed import run_dask
from newsgraph.ingestion import ingest, load_shards
from newsgraph.settings import Settings
from newsgraph.store import open_store
from newsgraph.testing.synthetic import wire_article
from tests.test_ingestion import snapshot

pytestmark = [pytest.mark.model, pytest.mark.slow]


def test_distributed_dask_shards_equal_a_local_run(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(24):
        (corpus / f"w{i:03d}.txt").write_text(wire_article(i, words=120, seed=3), encoding="utf-8")
    (corpus / "broken.txt").write_bytes(b"")

    local_db = tmp_path / "local.db"
    with open_store(local_db) as store:
        ingest(store, [str(corpus)], Settings(db=str(local_db)))

    shards = tmp_path / "shards"
    report = run_dask([str(corpus)], Settings(), str(shards), n_workers=2, files_per_task=5)
    assert report.tasks == 5
    assert report.counts.articles == 24 and report.counts.errors == 1

    # DuckDB and pandas read the shards directly; they are partitioned by day.
    events = ds.dataset(shards / "events", format="parquet", partitioning="hive").to_table()
    assert events.num_rows == report.counts.events > 0
    assert any(p.name.startswith("day=") for p in (shards / "articles").iterdir())

    loaded_db = tmp_path / "loaded.db"
    with open_store(loaded_db) as store:
        # With settings, loading links copies and groups stories exactly as a local ingest does.
        load_shards(store, str(shards), settings=Settings(db=str(loaded_db)))
        load_shards(store, str(shards), settings=Settings(db=str(loaded_db)))  # loading twice stores everything once
    with open_store(local_db, read_only=True) as a, open_store(loaded_db, read_only=True) as b:
        assert snapshot(a) == snapshot(b)
        assert a.stats().events == b.stats().events
        assert a.stats().errors == b.stats().errors == 1
