"""Lint, types and size are part of the suite, so CI fails on any of them (mypy --strict, ruff, module and
function length)."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "newsgraph"
MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 60
# A declarative table (an SQL schema, a code table) reads as one list however long it is, so it may be longer:
# the comment goes on the line before its `def` (or its first decorator), or in a module's first five lines.
_TABLE_MARK = re.compile(r"#\s*declarative table:\s*\S")


def _marked(line: str) -> bool:
    return _TABLE_MARK.search(line) is not None


def oversized(source: str, name: str) -> list[str]:
    """What in one module is over the limits and not marked as a declarative table."""
    lines = source.splitlines()
    found: list[str] = []
    if len(lines) > MAX_MODULE_LINES and not any(_marked(line) for line in lines[:5]):
        found.append(f"{name}: module of {len(lines)} lines")
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        # From the def line to the last line: decorators are not counted.
        length = (node.end_lineno or node.lineno) - node.lineno + 1
        first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
        if length > MAX_FUNCTION_LINES and not (first > 1 and _marked(lines[first - 2])):
            found.append(f"{name}:{node.lineno} {node.name}: function of {length} lines")
    return found


def test_quality_sizes_are_within_limits() -> None:
    found = [
        item
        for path in sorted(PACKAGE.rglob("*.py"))
        for item in oversized(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    ]
    assert not found, "split these along their meaning:\n" + "\n".join(found)


def _function(length: int, before: str = "") -> str:
    body = "".join(f"    x{i} = {i}\n" for i in range(length - 2))
    return f"{before}@staticmethod\ndef f() -> None:\n{body}    return None\n"


def test_quality_sizes_catch_long_functions_and_modules_unless_marked_tables() -> None:
    assert oversized(_function(60), "m.py") == []
    assert oversized(_function(61), "m.py") == ["m.py:2 f: function of 61 lines"]
    assert oversized(_function(61, "# declarative table: test codes\n"), "m.py") == []
    assert oversized(_function(61, "# a table, really\n"), "m.py") != []  # the marker must be the exact one
    long_module = "x = 1\n" * 601
    assert oversized(long_module, "m.py") == ["m.py: module of 601 lines"]
    assert oversized("# declarative table: test schema\n" + long_module, "m.py") == []


@pytest.mark.slow
def test_quality_ruff_is_clean() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "src", "tests", "bench"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_quality_mypy_strict_is_clean() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True, timeout=900
    )
    assert result.returncode == 0, result.stdout + result.stderr
