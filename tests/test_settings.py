from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.errors import UsageError
from newsgraph.settings import SETTINGS, Settings, load_settings


def test_settings_precedence_default_file_env_cli(tmp_path: Path) -> None:
    config = tmp_path / "newsgraph.toml"
    config.write_text('[newsgraph]\nbatch_size = 8\nmodel = "from_file"\nworkers = 3\n', encoding="utf-8")
    env = {"NEWSGRAPH_BATCH_SIZE": "16", "NEWSGRAPH_WORKERS": "2"}
    s = load_settings(config=config, environ=env, assignments=["workers=4"])
    assert s.model == "from_file"  # file beats default
    assert s.batch_size == 16  # environment beats file
    assert s.workers == 4  # command line beats environment


def test_settings_unknown_name_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="unknown setting 'nonsense'"):
        load_settings(assignments=["nonsense=1"], environ={})


def test_settings_bad_value_names_setting_and_type() -> None:
    with pytest.raises(UsageError, match="batch_size: cannot read 'many' as int"):
        load_settings(assignments=["batch_size=many"], environ={})


def test_settings_assignment_needs_equals() -> None:
    with pytest.raises(UsageError, match="NAME=VALUE"):
        load_settings(assignments=["workers"], environ={})


def test_settings_every_field_has_help() -> None:
    assert all(f.metadata.get("help") for f in SETTINGS)
    assert Settings().language_set == frozenset({"en"})


def test_settings_yes_no_settings_read_words_not_truthiness(tmp_path: Path) -> None:
    assert load_settings(environ={"NEWSGRAPH_READ_ONLY": "0"}).read_only is False
    assert load_settings(environ={"NEWSGRAPH_READ_ONLY": "yes"}).read_only is True
    config = tmp_path / "newsgraph.toml"
    config.write_text("[newsgraph]\nread_only = true\n", encoding="utf-8")
    assert load_settings(config=config, environ={}).read_only is True
    with pytest.raises(UsageError, match="read_only: cannot read 'maybe' as true or false"):
        load_settings(assignments=["read_only=maybe"], environ={})


def test_settings_serve_settings_come_from_the_environment_and_the_token_stays_out_of_repr() -> None:
    env = {"NEWSGRAPH_HOST": "0.0.0.0", "NEWSGRAPH_PORT": "9000", "NEWSGRAPH_TOKEN": "s3cret",
           "NEWSGRAPH_MAX_BODY_MB": "2.5"}  # fmt: skip
    s = load_settings(environ=env)
    assert (s.host, s.port, s.token, s.max_body_mb, s.read_only) == ("0.0.0.0", 9000, "s3cret", 2.5, False)
    assert "s3cret" not in repr(s)
    assert load_settings(environ=env, overrides={"token": ""}).token == ""  # an explicit empty --token wins
