"""The `newsgraph` group (newsgraph.cli): one line and the error class's exit code for bad
input, 2 for usage errors, the documented exit codes, and the installed command run once for
real in a subprocess."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import newsgraph
from newsgraph import errors
from tests.cli.conftest import EXAMPLES
from tests.cli.conftest import newsgraph as run

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_main_library_error_is_one_line_with_its_class_exit_code(tmp_path: Path) -> None:
    result = run("stats", "--db", str(tmp_path / "none.db"))
    assert result.exit_code == errors.NotFound.exit_code
    assert result.stderr == f"error: no store at {tmp_path / 'none.db'}\n"


@pytest.mark.parametrize("args", [["no-such-command"], ["extract"], ["extract", "x.txt", "--format", "yaml"]])
def test_main_usage_errors_exit_2(args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert "Error" in result.stderr and "Traceback" not in result.stderr


def test_main_a_command_return_value_is_its_exit_code(tmp_path: Path) -> None:
    assert run("extract", str(tmp_path / "missing.txt"), "-f", "jsonl").exit_code == 1
    assert run("--help").exit_code == 0


def _exit_table() -> dict[int, str]:
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    section = text.split("## Exit codes", 1)[1].split("\n## ", 1)[0]
    return {int(m[1]): m[2] for m in re.finditer(r"^\| (\d+) \|(.*)$", section, flags=re.M)}


def _classes() -> list[type[errors.NewsgraphError]]:
    found = (getattr(errors, name) for name in dir(errors))
    return [c for c in found if isinstance(c, type) and issubclass(c, errors.NewsgraphError)]


def test_main_docs_exit_code_table_matches_the_error_hierarchy() -> None:
    table = _exit_table()
    classes = _classes()
    # 0 success, 130 Ctrl-C (newsgraph.cli.main); every other code comes from an error class.
    assert set(table) == {0, 130} | {c.exit_code for c in classes}
    for cls in classes:
        assert f"`{cls.__name__}`" in table[cls.exit_code], (
            f"{cls.__name__} not in the row for {cls.exit_code}"
        )


@pytest.mark.model
def test_main_installed_command_analyses_input_files_without_a_store(tmp_path: Path) -> None:
    """The one subprocess test: the `newsgraph` script installed beside this Python, running
    this source tree, reads a file, runs the pipeline and prints GDELT rows, creating no store."""
    script = shutil.which("newsgraph", path=str(Path(sys.executable).parent))
    assert script is not None, "the newsgraph command is not installed beside this Python"
    src = str(Path(newsgraph.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    result = subprocess.run(
        [script, "events", str(EXAMPLES / "dump_wire_single.txt"), "--format", "gdelt"],
        capture_output=True, cwd=tmp_path, env=env, timeout=300, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    rows = result.stdout.splitlines()
    assert rows and all(len(line.split("\t")) == 61 for line in rows)
    assert not (tmp_path / "newsgraph.db").exists()
