"""The pipeline on a Dask cluster: the same `process_documents`, mapped over input partitions.

The client only lists the input files and cuts them into partitions; each Dask task reads
its files, runs the whole pipeline (the model loads once per worker process and stays
cached there) and writes Parquet shards straight to the output location. Nothing but small
counts travels back to the client, so the client's memory does not grow with the corpus.
`newsgraph load SHARDS` then brings the shards into a SQLite store.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from newsgraph.errors import UsageError
from newsgraph.model import DocumentError, ProcessedDocument
from newsgraph.pipeline import process_documents
from newsgraph.settings import Settings
from newsgraph.sources import expand_paths, read_paths
from newsgraph.store.shards import ShardCounts, write_shards

# Files per Dask task: enough work to amortise scheduling, small enough to balance load.
FILES_PER_TASK = 16


@dataclass(frozen=True)
class DaskReport:
    tasks: int
    counts: ShardCounts
    out: str


def _run_task(files: list[str], settings: Settings, out: str, task: str) -> ShardCounts:
    # Workers run the pipeline single-process; parallelism is Dask's.
    processed = list(process_documents(read_paths(files, settings), settings.replace(workers=1)))
    return write_shards(processed, out, task)


def list_inputs(paths: Iterable[str]) -> tuple[list[str], list[DocumentError]]:
    """Input files expanded from directories and globs, in a stable order, and the paths
    that named nothing (recorded in the shards like any other failure)."""
    files: list[str] = []
    missing: list[DocumentError] = []
    for item in expand_paths(paths):
        if isinstance(item, Path):
            # Absolute, so workers started in another directory (or on another host sharing
            # the file system) find the same file.
            files.append(str(item.resolve()))
        else:
            missing.append(item)
    return files, missing


def run_dask(
    paths: Iterable[str],
    settings: Settings,
    out: str,
    *,
    scheduler: str | None = None,
    n_workers: int = 2,
    files_per_task: int = FILES_PER_TASK,
) -> DaskReport:
    """Process the inputs on a Dask cluster (a LocalCluster when no scheduler address is given)."""
    paths = list(paths)
    if "-" in paths:
        raise UsageError("--engine dask reads files, not stdin")
    try:  # dask is an optional extra, loaded only when this engine is asked for
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise UsageError("the dask engine needs the extra: pip install 'newsgraph[dask]'") from exc
    files, missing = list_inputs(paths)
    if not files:
        raise UsageError("no input files found")
    counts_missing = ShardCounts()
    if missing:
        counts_missing = write_shards(
            [ProcessedDocument(uri=e.uri, content_hash="", errors=(e,)) for e in missing], out, "inputs"
        )
    partitions = [files[i : i + files_per_task] for i in range(0, len(files), files_per_task)]
    cluster: Any = None
    if scheduler is None:
        cluster = LocalCluster(
            n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
    else:
        client = Client(scheduler)
    try:
        futures = [
            client.submit(
                _run_task, part, settings, out, f"{n:05d}", key=f"newsgraph-{n:05d}-{abs(hash(out))}"
            )
            for n, part in enumerate(partitions)
        ]
        results: list[ShardCounts] = [*client.gather(futures), counts_missing]
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    total = ShardCounts(**{f.name: sum(getattr(r, f.name) for r in results) for f in fields(ShardCounts)})
    return DaskReport(tasks=len(partitions), counts=total, out=out)
