"""Shared options: yes/no options are flags, `--config`/`--set`/a command's own option build the
Settings in that order, options that override a setting take its help, and `with_event_filters`
makes one option per event filter of the table."""

from __future__ import annotations

from pathlib import Path

import typer
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.cli.options import setting_option, settings_from, with_event_filters
from newsgraph.settings import SETTINGS
from newsgraph.store.filters import EVENT_FILTER_TABLE
from tests.cli.conftest import newsgraph


def test_options_boolean_options_are_flags() -> None:
    command = typer.main.get_command(app)
    for name, option in (("ingest", "reprocess"), ("serve", "read_only"), ("export", "partition_by_date")):
        (param,) = [p for p in command.commands[name].params if p.name == option]  # type: ignore[attr-defined]
        assert param.is_flag and param.secondary_opts, name
        result = newsgraph(name, "--help")
        (line,) = [x for x in result.stdout.splitlines() if f"--no-{option.replace('_', '-')}" in x]
        assert result.exit_code == 0 and "<bool>" not in line


def test_options_settings_from_config_then_set_then_own_option(tmp_path: Path) -> None:
    config = tmp_path / "newsgraph.toml"
    config.write_text('[newsgraph]\ndb = "file.db"\nworkers = 3\nport = 9000\n', encoding="utf-8")
    settings = settings_from(config, ["workers=5", "db=set.db"], db="option.db", port=None)
    assert (settings.db, settings.workers, settings.port) == ("option.db", 5, 9000)


def test_options_setting_options_take_the_setting_help_and_default() -> None:
    helps = {f.name: f.metadata["help"] for f in SETTINGS}
    assert setting_option("port").help == helps["port"]
    serve = typer.main.get_command(app).commands["serve"]  # type: ignore[attr-defined]
    params = {p.name: p for p in serve.params}
    for name in ("host", "port", "token", "max_body_mb", "read_only"):
        assert params[name].help == helps[name] and params[name].default is None, name
    assert params["port"].show_default == "8000" and params["token"].show_default is False
    assert params["read_only"].opts == ["--read-only"] and params["read_only"].secondary_opts == [
        "--no-read-only"
    ]


def test_options_with_event_filters_adds_one_option_per_filter() -> None:
    seen: list[dict[str, str]] = []

    def command(first: int = 0, filters: dict[str, str] | None = None, last: int = 0) -> int:
        seen.append(filters or {})
        return first + last

    probe = typer.Typer(add_completion=False)
    probe.command()(with_event_filters(command))
    names = [p.name for p in typer.main.get_command(probe).params]
    options = [f.name for f in EVENT_FILTER_TABLE if f.option]
    assert names == ["first", *options, "last"]
    result = CliRunner().invoke(probe, ["--first", "1", "--cameo", "04", "--actor", "", "--last", "2"])
    assert result.exit_code == 0, result.output
    assert seen == [{"cameo": "04", "actor": ""}]
