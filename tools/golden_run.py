"""Golden run: ingest a fixed corpus through the installed CLI and export every table.

A restructuring that claims "behaviour unchanged" is checked by running this before and after
and comparing the two output directories byte for byte (`diff -r BEFORE AFTER`). The corpus is
the bundled examples plus `--articles` synthetic wire articles of varied length, written as a
mix of the formats users bring (one JSONL export, plain-text dumps, and HTML pages), so the
readers, the pipeline and the store's exports are all on the path.

Run: python tools/golden_run.py OUTDIR [--articles 200]
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import shutil
import subprocess
import sys
from pathlib import Path

from newsgraph.testing.synthetic import wire_article, wire_date

ROOT = Path(__file__).resolve().parents[1]
# Fields whose values are clock readings taken at ingest, not results of the pipeline.
CLOCK_FIELDS = ("stored_at", "ingested_at", "first_seen", "last_seen")


def write_corpus(folder: Path, articles: int) -> None:
    """The examples plus `articles` synthetic stories: a third JSONL, a third text, a third HTML."""
    folder.mkdir(parents=True)
    for example in sorted((ROOT / "examples").iterdir()):
        shutil.copy(example, folder / example.name)
    with (folder / "wire.jsonl").open("w", encoding="utf-8") as jsonl:
        for n in range(articles):
            text = wire_article(n, words=(120, 400, 900)[n % 3], seed=11)
            title, _, body = text.partition("\n\n")
            if n % 3 == 0:
                record = {"id": f"golden-{n}", "title": title, "text": body,
                          "date": wire_date(n, seed=11).isoformat()}  # fmt: skip
                jsonl.write(json.dumps(record) + "\n")
            elif n % 3 == 1:
                (folder / f"wire-{n:03d}.txt").write_text(text, encoding="utf-8")
            else:
                paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n\n"))
                page = f"<html><head><title>{html.escape(title)}</title></head><body><article><h1>{html.escape(title)}</h1>{paragraphs}</article></body></html>"
                (folder / f"wire-{n:03d}.html").write_text(page, encoding="utf-8")


def _cli(*args: str) -> None:
    subprocess.run(["newsgraph", *args], check=True, stdout=subprocess.DEVNULL)


def _normalise(path: Path, corpus: Path) -> None:
    """Drop clock readings and the corpus folder's own path so two runs compare on results only."""
    text = path.read_text(encoding="utf-8").replace(str(corpus), "CORPUS")
    lines = []
    for line in text.splitlines():
        if path.suffix == ".jsonl":
            row = json.loads(line)
            for field in CLOCK_FIELDS:
                row.pop(field, None)
            line = json.dumps(row, sort_keys=True)
        elif path.suffix == ".gdelt":  # DATEADDED, the next-to-last GDELT 2.0 column, is ingest time
            cells = line.split("\t")
            cells[-2] = "DATEADDED"
            line = "\t".join(cells)
        lines.append(line)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=200)
    args = parser.parse_args()
    out: Path = args.out
    if out.exists():
        shutil.rmtree(out)
    write_corpus(out / "corpus", args.articles)
    db = out / "golden.db"
    _cli("ingest", str(out / "corpus"), "--db", str(db))
    exports = out / "exports"
    exports.mkdir()
    tables = ("events", "articles", "quotes", "entities", "places", "dates")
    for table in tables:
        target = exports / f"{table}.jsonl"
        _cli("export", "--db", str(db), "--table", table, "-f", "jsonl", "-o", str(target))
    for fmt in ("gdelt", "geojson"):
        _cli("export", "--db", str(db), "-f", fmt, "-o", str(exports / f"events.{fmt}"))
    for path in exports.iterdir():
        _normalise(path, out / "corpus")
    sums = [f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.name}" for p in sorted(exports.iterdir())]
    (out / "SHA256SUMS").write_text("\n".join(sums) + "\n", encoding="utf-8")
    print("\n".join(sums))
    return 0


if __name__ == "__main__":
    sys.exit(main())
