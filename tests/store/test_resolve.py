"""Cross-article actors: transliterations and dropped first names resolve to one actor; other
people, and the same name in another country, do not."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.model import Entity, Mention
from newsgraph.store import open_store
from newsgraph.store.resolve import edit_distance, resolve_entity, same_person, skeleton


def person(name: str, country: str | None = None, role: str | None = None) -> Entity:
    return Entity("e1", name, "person", (Mention(name, 0, len(name)),), country=country, role=role)


def test_resolve_skeleton_folds_vowels_and_transliteration() -> None:
    assert skeleton("lukashenko") == skeleton("lukashenka") == "lkshnk"
    assert skeleton("zelensky") == skeleton("zelenskyy")
    assert skeleton("aleksandr") == skeleton("alexandr")


def test_resolve_edit_distance_gives_up_past_its_limit() -> None:
    assert edit_distance("kalesnikava", "kolesnikova") == 2
    assert edit_distance("tusk", "trump", limit=2) == 3


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Alexander Lukashenko", "Alexander Lukashenka"),
        ("Lukashenko", "Aleksandr Lukashenko"),
        ("Maria Kalesnikava", "Maria Kolesnikova"),
        ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
    ],
)
def test_resolve_same_person_across_spellings(a: str, b: str) -> None:
    assert same_person(a, "", b, "")


@pytest.mark.parametrize(
    ("a", "code_a", "b", "code_b"),
    [
        ("Donald Tusk", "POLGOV", "Donald Trump", "USAGOV"),
        ("Emmanuel Macron", "", "Brigitte Macron", ""),
        ("Viktor Orban", "HUNGOV", "Viktor Orban", "ROUGOV"),  # same words, countries differ
    ],
)
def test_resolve_different_people_stay_apart(a: str, code_a: str, b: str, code_b: str) -> None:
    assert not same_person(a, code_a, b, code_b)


def test_resolve_entity_keeps_one_actor_with_every_spelling(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.db") as store:
        conn = store.conn
        first = resolve_entity(conn, person("Lukashenko"))
        assert resolve_entity(conn, person("Alexander Lukashenka", "BLR", "GOV")) == first
        assert resolve_entity(conn, person("Alexander Lukashenko", "BLR", "GOV")) == first
        assert resolve_entity(conn, person("Tsikhanouskaya", "BLR", "OPP")) != first
        name, code = conn.execute("SELECT name, code FROM global_actors WHERE id = ?", (first,)).fetchone()
        assert name == "Alexander Lukashenka" and code == "BLRGOV"  # fullest spelling, code filled in
        spellings = {
            r[0] for r in conn.execute("SELECT name FROM actor_aliases WHERE actor_id = ?", (first,))
        }
        assert spellings == {"Lukashenko", "Alexander Lukashenka", "Alexander Lukashenko"}
