"""Parquet shards: what cluster workers write and `newsgraph load` reads.

A shard set is a directory (or any fsspec URL) holding one Hive-partitioned Parquet dataset
per table, partitioned by day:

    SHARDS/articles/day=2025-08-20/part-<task>-0.parquet
    SHARDS/events/day=2025-08-20/...
    SHARDS/quotes/..., SHARDS/entities/..., SHARDS/errors/...
    SHARDS/documents/...   one row per input document with its records in lossless JSON

The flat tables are for DuckDB, pandas or Spark to read directly; `documents` is what `load`
replays through `Store.write_document`, so a loaded store is the same as one a local ingest
would have written, and loading twice stores everything once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from newsgraph.codec import decode, encode
from newsgraph.model import ProcessedDocument
from newsgraph.serialize import article_dict, entity_dict, event_dict, quote_dict

TABLES = ("documents", "articles", "events", "quotes", "entities", "errors")


def _filesystem(root: str) -> tuple[Any, str]:
    """A pyarrow filesystem for a local path or an fsspec URL (s3://, gcs://, memory://, ...)."""
    if "://" not in root:
        return None, root
    # fsspec is optional (the dask extra): only shard sets at a URL need it.
    import fsspec
    from pyarrow.fs import FSSpecHandler, PyFileSystem

    fs, path = fsspec.core.url_to_fs(root)
    return PyFileSystem(FSSpecHandler(fs)), path


def _day(value: str | None) -> str | None:
    return value[:10] if value and len(value) >= 10 else None


def shard_rows(documents: Iterable[ProcessedDocument]) -> dict[str, list[dict[str, Any]]]:
    """The rows each shard table gets for these processed documents."""
    out: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    for d in documents:
        days = [a.article.published.isoformat()[:10] for a in d.analyses if a.article.published is not None]
        out["documents"].append(
            {
                "uri": d.uri,
                "content_hash": d.content_hash,
                "day": days[0] if days else None,
                "record": encode(d),
            }
        )
        for e in d.errors:
            out["errors"].append(
                {"uri": e.uri, "stage": e.stage, "reason": e.reason, "source_id": e.source_id, "day": None}
            )
        for a in d.analyses:
            art = article_dict(a.article)
            day = _day(art["published"])
            art.pop("blocks")
            art.update(summary="\n".join(art["summary"]), paragraphs=len(art["paragraphs"]), day=day,
                       skipped=a.skipped, tone=a.tone.tone if a.tone else None)  # fmt: skip
            out["articles"].append(art)
            for ev in a.events:
                row = event_dict(ev, a.article)
                evidence = row.pop("evidence")
                row.update(evidence_text=evidence["text"], evidence_start=evidence["start"],
                           evidence_end=evidence["end"], day=_day(row["date"]) or day)  # fmt: skip
                out["events"].append(row)
            for q in a.quotes:
                row = quote_dict(q, a.article)
                speaker, via = row.pop("speaker"), row.pop("via")
                row.update(speaker_name=speaker["name"] if speaker else None, speaker_code=speaker["code"] if speaker else None,
                           via="; ".join(v["name"] for v in via if v), day=day)  # fmt: skip
                out["quotes"].append(row)
            for ent in a.entities:
                row = entity_dict(ent)
                row.update(article_id=a.article.id, aliases="; ".join(row["aliases"]),
                           mentions=len(row["mentions"]), day=day)  # fmt: skip
                out["entities"].append(row)
    return out


@dataclass(frozen=True)
class ShardCounts:
    documents: int = 0
    articles: int = 0
    events: int = 0
    quotes: int = 0
    entities: int = 0
    errors: int = 0


def write_shards(documents: Sequence[ProcessedDocument], root: str, task: str) -> ShardCounts:
    """Write one task's documents under `root`, one Parquet file per table and day."""
    fs, base = _filesystem(root)
    rows = shard_rows(documents)
    for table, items in rows.items():
        if not items:
            continue
        arrow = pa.Table.from_pylist(items)
        pq.write_to_dataset(
            arrow,
            root_path=f"{base.rstrip('/')}/{table}",
            partition_cols=["day"],
            basename_template=f"part-{task}-{{i}}.parquet",
            filesystem=fs,
            existing_data_behavior="overwrite_or_ignore",
        )
    return ShardCounts(**{t: len(v) for t, v in rows.items()})


def read_documents(root: str) -> Iterator[ProcessedDocument]:
    """Every processed document in a shard set, decoded back into records."""
    fs, base = _filesystem(root)
    # An explicit string schema for the partition key: inferring it fails when every
    # document in the set is undated (day=__HIVE_DEFAULT_PARTITION__ only).
    partitioning = ds.partitioning(pa.schema([("day", pa.string())]), flavor="hive")
    dataset = ds.dataset(
        f"{base.rstrip('/')}/documents", format="parquet", partitioning=partitioning, filesystem=fs
    )
    for batch in dataset.to_batches(columns=["record"]):
        for record in batch.column(0).to_pylist():
            yield decode(ProcessedDocument, record)
