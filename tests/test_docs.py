"""Docs are tested against code: every command, option and setting is documented."""

from __future__ import annotations

import re
from pathlib import Path

import typer

from newsgraph.cli import _load_commands, app
from newsgraph.settings import SETTINGS

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _sections(text: str) -> dict[str, str]:
    parts = re.split(r"^## `newsgraph ([\w-]+)`\s*$", text, flags=re.M)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts), 2)}


def test_docs_every_command_and_option_is_in_cli_md() -> None:
    _load_commands()
    command = typer.main.get_command(app)
    sections = _sections((DOCS / "cli.md").read_text(encoding="utf-8"))
    missing = []
    for name, sub in command.commands.items():  # type: ignore[attr-defined]
        if name not in sections:
            missing.append(name)
            continue
        for param in sub.params:
            documented = f"`{param.opts[0]}`" in sections[name]
            if param.param_type_name == "option" and param.name != "help" and not documented:
                missing.append(f"{name} {param.opts[0]}")
    assert not missing, f"undocumented in docs/cli.md: {missing}"


def test_docs_every_setting_is_in_settings_md() -> None:
    text = (DOCS / "settings.md").read_text(encoding="utf-8")
    missing = [f.name for f in SETTINGS if f"`{f.name}`" not in text or f"NEWSGRAPH_{f.name.upper()}" not in text]
    assert not missing, f"undocumented settings: {missing}"


def test_docs_readme_opens_with_the_two_line_quickstart() -> None:
    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```bash\n(.*?)```", readme, flags=re.S)
    assert block is not None
    lines = block.group(1).strip().splitlines()
    assert len(lines) == 2
    assert "newsgraph ingest examples/" in lines[0]
    ci = (DOCS.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert lines[1] in ci, ".ci/run must run exactly the quickstart's second line"
