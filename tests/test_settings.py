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
