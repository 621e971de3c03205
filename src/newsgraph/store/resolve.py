"""Cross-article entity resolution: one global actor for the same person in every article.

Within an article the entities stage already joins "Alexander Lukashenko" and "Lukashenko".
Across articles the same person appears under other spellings: outlets transliterate
(Lukashenko / Lukashenka, Zelensky / Zelenskyy, Aleksandr / Alexander) and drop first names.
Each stored entity gets `entities.actor_id`, a row of `global_actors`, and every spelling seen
is kept in `actor_aliases`, so `newsgraph actors` counts a person once.

How a person's name is matched, cheapest first:
1. an alias already seen (normalised: case, accents, punctuation folded);
2. otherwise candidates sharing the surname's consonant skeleton (an index lookup), accepted
   when the surnames are within edit distance 2, the first names agree (one side missing, or
   the same initial within edit distance 2), and their countries do not contradict.
Organisations, countries, places and outlets are matched on their normalised name and code
only: their spelling variants are rarer and a fuzzy match between two ministries is wrong far
more often than right.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence

from newsgraph.model import Analysis, Entity
from newsgraph.roles import split_code
from newsgraph.store.dedup import normalise

MAX_SURNAME_EDITS = 2
MAX_FIRST_NAME_EDITS = 2
_VOWELS = re.compile(r"[aeiouy]+")
# Transliteration pairs that differ in letters but not in sound.
_SOUNDS = (("x", "ks"), ("ph", "f"), ("w", "v"), ("ck", "k"), ("q", "k"), ("c", "k"), ("j", "y"))


def _phonetic(word: str) -> str:
    for a, b in _SOUNDS:
        word = word.replace(a, b)
    return word


def skeleton(word: str) -> str:
    """A surname's consonant skeleton: first letter kept, vowels dropped, doubles collapsed.
    "lukashenko" and "lukashenka" both give "lkshnk"."""
    w = _phonetic(word)
    if not w:
        return ""
    rest = _VOWELS.sub("", w[1:])
    out = w[0]
    for ch in rest:
        if ch != out[-1]:
            out += ch
    return out


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def _first_names_agree(a: str, b: str) -> bool:
    if not a or not b:
        return True
    if a[0] != b[0]:
        return False
    return edit_distance(_phonetic(a), _phonetic(b), MAX_FIRST_NAME_EDITS) <= MAX_FIRST_NAME_EDITS


def _countries_agree(code_a: str, code_b: str) -> bool:
    a, b = split_code(code_a)[0], split_code(code_b)[0]
    return not a or not b or a == b


def same_person(name_a: str, code_a: str, name_b: str, code_b: str) -> bool:
    """Whether two person names (any spelling) can be one person, by the rules above."""
    ta, tb = normalise(name_a).split(), normalise(name_b).split()
    if not ta or not tb or not _countries_agree(code_a, code_b):
        return False
    if skeleton(ta[-1]) != skeleton(tb[-1]):
        return False
    if edit_distance(_phonetic(ta[-1]), _phonetic(tb[-1]), MAX_SURNAME_EDITS) > MAX_SURNAME_EDITS:
        return False
    first_a = ta[0] if len(ta) > 1 else ""
    first_b = tb[0] if len(tb) > 1 else ""
    return _first_names_agree(first_a, first_b)


def resolve_entity(conn: sqlite3.Connection, entity: Entity) -> int:
    """The global actor id for an entity, creating the actor (and alias) when new."""
    alias = normalise(entity.name)
    code = entity.code
    row = conn.execute(
        "SELECT g.id, g.code FROM actor_aliases x JOIN global_actors g ON g.id = x.actor_id "
        "WHERE x.alias = ? AND x.kind = ? ORDER BY g.n_articles DESC, g.id",
        (alias, entity.kind),
    ).fetchall()
    for r in row:
        if _countries_agree(code, r["code"]):
            _touch(conn, r["id"], entity, code, r["code"])
            return int(r["id"])
    surname = alias.split()[-1] if alias else ""
    if entity.kind == "person" and surname:
        for r in conn.execute(
            "SELECT id, name, code FROM global_actors WHERE kind = 'person' AND skeleton = ? "
            "ORDER BY n_articles DESC, id",
            (skeleton(surname),),
        ):
            if same_person(entity.name, code, r["name"], r["code"]):
                _add_alias(conn, r["id"], alias, entity)
                _touch(conn, r["id"], entity, code, r["code"], name=r["name"])
                return int(r["id"])
    cur = conn.execute(
        "INSERT INTO global_actors(name, kind, code, skeleton, n_articles) VALUES (?, ?, ?, ?, 0)",
        (entity.name, entity.kind, code, skeleton(surname) if entity.kind == "person" else ""),
    )
    actor_id = cur.lastrowid
    assert actor_id is not None
    _add_alias(conn, actor_id, alias, entity)
    return actor_id


def _add_alias(conn: sqlite3.Connection, actor_id: int, alias: str, entity: Entity) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO actor_aliases(alias, kind, actor_id, name) VALUES (?, ?, ?, ?)",
        (alias, entity.kind, actor_id, entity.name),
    )


def _touch(
    conn: sqlite3.Connection,
    actor_id: int,
    entity: Entity,
    code: str,
    known_code: str,
    name: str | None = None,
) -> None:
    # The fullest spelling names the actor ("Alexander Lukashenko" over "Lukashenko"), and a
    # code fills in once some article codes the actor.
    if name is not None and len(entity.name.split()) > len(name.split()):
        conn.execute("UPDATE global_actors SET name = ? WHERE id = ?", (entity.name, actor_id))
    if code and not known_code:
        conn.execute("UPDATE global_actors SET code = ? WHERE id = ?", (code, actor_id))


def resolve_article(conn: sqlite3.Connection, analysis: Analysis) -> dict[str, int]:
    """Global actor ids for a stored article's entities (entity id -> actor id), written to
    `entities.actor_id`, with each actor's article count raised once per article."""
    ids: dict[str, int] = {}
    for entity in analysis.entities:
        ids[entity.id] = resolve_entity(conn, entity)
    aid = analysis.article.id
    conn.executemany(
        "UPDATE entities SET actor_id = ? WHERE article_id = ? AND entity_id = ?",
        [(actor, aid, eid) for eid, actor in ids.items()],
    )
    conn.executemany(
        "UPDATE global_actors SET n_articles = n_articles + 1 WHERE id = ?", [(a,) for a in set(ids.values())]
    )
    return ids


def aliases(conn: sqlite3.Connection, actor_ids: Sequence[int]) -> dict[int, list[str]]:
    """Every spelling seen for each actor."""
    out: dict[int, list[str]] = {}
    for start in range(0, len(actor_ids), 500):
        part = actor_ids[start : start + 500]
        marks = ",".join("?" * len(part))
        for r in conn.execute(
            f"SELECT actor_id, name FROM actor_aliases WHERE actor_id IN ({marks}) ORDER BY name", part
        ):
            names = out.setdefault(r[0], [])
            if r[1] not in names:
                names.append(r[1])
    return out
