"""The DuckDB and pandas snippets in docs/scale.md run against real shards."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

from newsgraph.pipeline import process_documents
from newsgraph.settings import Settings
from newsgraph.sources import read_paths
from newsgraph.store.shards import write_shards

ROOT = Path(__file__).resolve().parents[1]
pytestmark = [pytest.mark.model, pytest.mark.slow]


def test_scale_docs_python_snippets_read_the_shards(tmp_path: Path) -> None:
    pytest.importorskip("duckdb")
    pytest.importorskip("pandas")
    settings = Settings()
    # What one Dask task does (distributed._run_task), without starting a cluster.
    processed = list(process_documents(read_paths([str(ROOT / "examples")], settings), settings))
    counts = write_shards(processed, str(tmp_path / "shards"), "00000")
    assert counts.events > 0 and counts.quotes > 0

    text = (ROOT / "docs" / "scale.md").read_text(encoding="utf-8")
    snippets = re.findall(r"```python\n(.*?)```", text, flags=re.S)
    assert len(snippets) == 2
    for snippet in snippets:
        assert "/tmp/shards" in snippet
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(
                compile(snippet.replace("/tmp/shards", str(tmp_path / "shards")), "docs/scale.md", "exec"), {}
            )
        assert out.getvalue().strip()
    assert re.search(r"\b(AGREE|CONSULT|SUPPORT)\b", out.getvalue()), (
        "the pandas snippet printed no PLOVER counts"
    )
