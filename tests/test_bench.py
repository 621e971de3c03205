"""The benchmarks are a package run as `python -m bench.NAME`: no sys.path edits, no imports from
tests/, and every bench command the docs show names a module that is there."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def test_bench_imports_nothing_from_tests_and_edits_no_sys_path() -> None:
    bad = []
    for path in sorted(BENCH.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            if any(n == "tests" or n.startswith(("tests.", "conftest")) for n in names):
                bad.append(f"{path.name}:{node.lineno}: imports {names}")
            if isinstance(node, ast.Attribute) and ast.unparse(node) == "sys.path":
                bad.append(f"{path.name}:{node.lineno}: touches sys.path")
    assert (BENCH / "__init__.py").is_file()
    assert not bad, "\n".join(bad)


def test_bench_commands_in_the_docs_name_bench_modules() -> None:
    shown: set[str] = set()
    for doc in DOCS:
        text = doc.read_text(encoding="utf-8")
        assert not re.search(r"python3? bench/", text), f"{doc.name}: run benchmarks as python -m bench.NAME"
        shown |= set(re.findall(r"python -m bench\.([a-z_]+)", text))
    assert shown, "the docs show no bench command"
    missing = sorted(name for name in shown if not (BENCH / f"{name}.py").is_file())
    assert not missing, missing
