"""Stories and merged events through a real ingest (real model, real store).

The documents in tests/data/stories were written for these tests: one meeting reported by
Reuters, AP and AFP (different headlines, paragraphs reordered and reworded, one with an extra
paragraph), and a different happening with the same actors eight days later. Then a verbatim
republication and a lightly edited copy arrive and must be linked without being parsed.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import newsgraph.pipeline
from newsgraph.errors import NotFound
from newsgraph.ingestion import IngestReport, ingest
from newsgraph.settings import Settings
from newsgraph.store import Store, open_store
from newsgraph.store.gdelt import gdelt_columns
from newsgraph.store.stories import stories, story

pytestmark = pytest.mark.model

DOCS = Path(__file__).resolve().parents[1] / "data" / "stories"
MEETING = ("BLRGOV", "POLGOV", "040", "2025-03-04")


@dataclass
class Run:
    store: Store
    first: IngestReport
    second: IngestReport
    parsed_in_second: list[str]
    ids: dict[str, str]  # file stem -> article id


def _republication(tmp: Path) -> list[str]:
    reuters = (DOCS / "01_reuters.txt").read_text(encoding="utf-8").split("\n\n")
    exact = tmp / "05_republished.txt"
    # Another site's headline over the same body: the same article id.
    exact.write_text("\n\n".join(["Minsk and Warsaw to reopen crossings", *reuters[1:]]), encoding="utf-8")
    afp = (DOCS / "03_afp.txt").read_text(encoding="utf-8").strip().split("\n\n")
    headline, date, lead, *rest = afp
    near = tmp / "06_afp_copy.txt"
    body = [headline, date, lead, *reversed(rest), "Read more stories like this on our Europe page."]
    near.write_text("\n\n".join(body) + "\n", encoding="utf-8")
    return [str(exact), str(near)]


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    tmp = tmp_path_factory.mktemp("stories")
    store = open_store(tmp / "news.db")
    settings = Settings(db=str(tmp / "news.db"))
    first = ingest(store, [str(p) for p in sorted(DOCS.glob("*.txt"))], settings)
    ids = {Path(a.source).stem: a.id for a in (store.analysis(i).article for i in first.article_ids)}
    parsed: list[str] = []
    real_parse = newsgraph.pipeline.parse

    def counting_parse(articles: Any, nlp: Any, batch_size: int) -> Any:
        for article, doc in real_parse(articles, nlp, batch_size):
            parsed.append(article.source)
            yield article, doc

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(newsgraph.pipeline, "parse", counting_parse)
        second = ingest(store, _republication(tmp), settings)
    yield Run(store, first, second, parsed, ids)
    store.close()


def _meeting_events(store: Store) -> list[Any]:
    return [
        e
        for e in store.events(limit=1000, cameo="040")
        if (e.source_code, e.target_code, e.cameo, e.day) == MEETING
    ]


def test_stories_three_outlets_make_one_story(run: Run) -> None:
    sids = {
        run.store.conn.execute("SELECT story_id FROM articles WHERE id = ?", (run.ids[stem],)).fetchone()[0]
        for stem in ("01_reuters", "02_ap", "03_afp")
    }
    assert len(sids) == 1 and None not in sids
    view = story(run.store, sids.pop())
    titles = {a.title for a in view.articles if a.duplicate_of is None}
    assert len(titles) == 3
    assert view.story.label in titles
    assert view.story.first_day == view.story.last_day == "2025-03-04"
    assert any("Lukashenko" in name for name in view.story.actors)


def test_stories_same_actors_a_week_later_is_another_story(run: Run) -> None:
    row = run.store.conn.execute
    later = row("SELECT story_id FROM articles WHERE id = ?", (run.ids["04_week_later"],)).fetchone()[0]
    meeting = row("SELECT story_id FROM articles WHERE id = ?", (run.ids["01_reuters"],)).fetchone()[0]
    assert later is not None and later != meeting
    assert story(run.store, later).story.first_day == "2025-03-12"


def test_stories_meeting_is_one_merged_event_counted_across_outlets(run: Run) -> None:
    events = _meeting_events(run.store)
    # Every sentence that coded the meeting, in every outlet, points at one merged event.
    assert {e.article_id for e in events} >= {run.ids[s] for s in ("01_reuters", "02_ap", "03_afp")}
    assert len({e.merged_id for e in events}) == 1
    view = story(run.store, events[0].story_id or 0)
    merged = next(m for m in view.events if m.id == events[0].merged_id)
    evidence_articles = {ev.article_id for ev in merged.evidence}
    assert len(evidence_articles) == 3
    for ev in merged.evidence:
        text = run.store.analysis(ev.article_id).article.text
        assert text[ev.start : ev.end] == ev.text and "met Polish Foreign Minister" in ev.text


def test_stories_copies_are_linked_not_parsed(run: Run) -> None:
    assert run.parsed_in_second == []  # neither copy reached the parser
    assert run.second.duplicates == 1 and run.second.near_duplicates == 1
    assert run.second.events == 0
    near = run.store.conn.execute(
        "SELECT id, duplicate_of, story_id FROM articles WHERE source LIKE '%06_afp_copy.txt'"
    ).fetchone()
    assert near["duplicate_of"] == run.ids["03_afp"]
    assert (
        run.store.conn.execute(
            "SELECT COUNT(*) FROM entities WHERE article_id = ?", (near["id"],)
        ).fetchone()[0]
        == 0
    )
    exact = run.store.conn.execute("SELECT * FROM article_copies WHERE kind = 'exact'").fetchone()
    assert exact["duplicate_of"] == run.ids["01_reuters"] and exact["source"].endswith("05_republished.txt")


def test_stories_counts_include_copies_and_gdelt_has_one_row(run: Run) -> None:
    events = _meeting_events(run.store)
    # Reuters, AP and AFP, plus the republication and the AFP copy: five articles; the copies
    # carry their agencies' datelines, so still three outlets.
    assert {(e.num_articles, e.num_sources) for e in events} == {(5, 3)}
    assert events[0].num_mentions >= 5
    out = io.StringIO()
    run.store.export("gdelt", out)
    cols = gdelt_columns()
    rows = [dict(zip(cols, line.split("\t"), strict=True)) for line in out.getvalue().splitlines()]
    meeting = [
        r for r in rows
        if (r["Actor1Code"], r["Actor2Code"], r["EventCode"], r["SQLDATE"]) == ("BLRGOV", "POLGOV", "040", "20250304")
    ]  # fmt: skip
    assert len(meeting) == 1
    assert (meeting[0]["NumArticles"], meeting[0]["NumSources"]) == ("5", "3")
    total = run.store.conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    assert len(rows) < total  # merged events are exported once


def test_stories_actor_spellings_count_once(run: Run) -> None:
    found = run.store.actors(limit=500)
    # "Lukashenko's office" is an actor of its own (the presidency, coded BLRGOV): only the
    # person must come out once across the four articles.
    lukashenko = [a for a in found if "Lukashenk" in a.name and a.kind == "person"]
    assert len(lukashenko) == 1 and lukashenko[0].articles == 4
    assert any(a.name == "Lukashenko's office" and a.code == "BLRGOV" for a in found)
    kolesnikova = [a for a in found if {"Maria Kalesnikava", "Maria Kolesnikova"} & set(a.aliases)]
    assert len(kolesnikova) == 1
    assert {"Maria Kalesnikava", "Maria Kolesnikova"} <= set(kolesnikova[0].aliases)
    assert kolesnikova[0].articles == 2


def test_stories_list_filters_and_missing_story(run: Run) -> None:
    listed = stories(run.store)
    assert [s.first_day for s in listed][:1] == ["2025-03-12"]  # latest first
    big = stories(run.store, min_articles=3)
    assert len(big) == 1 and big[0].sources == 3
    assert stories(run.store, actor="kolesnikova")  # any spelling finds the stories
    assert stories(run.store, since="2025-03-10", until="2025-03-31")[0].first_day == "2025-03-12"
    with pytest.raises(NotFound):
        story(run.store, 99_999)


def test_stories_off_leaves_events_unmerged(tmp_path: Path) -> None:
    store = open_store(tmp_path / "off.db")
    settings = Settings(stories=0, dedup_threshold=0.0)
    ingest(store, [str(DOCS / "01_reuters.txt"), str(DOCS / "02_ap.txt")], settings)
    assert store.conn.execute("SELECT COUNT(*) FROM stories").fetchone()[0] == 0
    assert {(e.num_articles, e.merged_id) for e in _meeting_events(store)} == {(1, None)}
    store.close()


def test_stories_loading_shards_groups_and_merges(tmp_path: Path) -> None:
    from newsgraph.ingestion import load_shards
    from newsgraph.pipeline import process_documents
    from newsgraph.sources import read_paths
    from newsgraph.store.shards import write_shards

    settings = Settings()
    paths = [str(DOCS / f) for f in ("01_reuters.txt", "02_ap.txt", "03_afp.txt")]
    write_shards(
        list(process_documents(read_paths(paths, settings), settings)), str(tmp_path / "shards"), "t0"
    )
    store = open_store(tmp_path / "loaded.db")
    load_shards(store, str(tmp_path / "shards"), settings=settings)
    assert {(e.num_articles, e.num_sources) for e in _meeting_events(store)} == {(3, 3)}
    assert len(stories(store)) == 1
    store.close()


def test_stories_read_only_open_of_an_older_store_says_how_to_upgrade(tmp_path: Path) -> None:
    import sqlite3

    from newsgraph.errors import StoreError
    from newsgraph.store.migrations import MIGRATIONS

    path = tmp_path / "old.db"
    open_store(path).close()
    with sqlite3.connect(path) as conn:  # as a store written before migration 5 would be
        conn.execute("DELETE FROM migrations WHERE number >= 5")
    with pytest.raises(StoreError, match="open it once for writing"):
        open_store(path, read_only=True)
    assert MIGRATIONS[-1].number >= 5
