"""The README says which languages are analysed, and agrees with the setting's default."""

from __future__ import annotations

from pathlib import Path

from newsgraph.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def test_readme_says_which_languages_are_analysed() -> None:
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert Settings().language_set == frozenset({"en"})
    assert "only English text is analysed" in readme
    assert "`languages` setting" in readme
