from __future__ import annotations

import dataclasses

import pytest

from newsgraph.errors import InvalidQuery, NotFound
from newsgraph.model import ActorRef, Analysis
from newsgraph.store import Store
from newsgraph.store import query as q
from tests.store.conftest import as_read_back


def _cameos(events: list[q.StoredEvent]) -> list[str]:
    return [e.cameo for e in events]


def test_query_events_newest_first_with_article_fields(filled: Store) -> None:
    events = filled.events()
    assert _cameos(events) == ["010", "112", "057", "190", "195"]
    assert [e.day for e in events] == ["2024-06-01", "2024-06-01", "2024-05-06", "2024-05-04", ""]
    deal = events[2]
    assert (deal.source_country, deal.source_role, deal.target_country) == ("IRN", "GOV", "IRQ")
    assert (deal.place_name, deal.lat, deal.lon) == ("Baghdad", 33.3406, 44.4009)
    assert deal.article_url == "https://example.org/border-deal"
    assert deal.article_title == "Tehran and Baghdad sign border accord"


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"actor": "iranian"}, ["057", "190"]),
        ({"actor": "USAGOV"}, ["010", "112"]),
        ({"country": "irn"}, ["112", "057", "190"]),
        ({"source_country": "IRN"}, ["057", "190"]),
        ({"target_country": "IRN"}, ["112"]),
        ({"cameo": "19"}, ["190", "195"]),
        ({"cameo": "057"}, ["057"]),
        ({"root": "19"}, ["190", "195"]),
        ({"root": 5}, ["057"]),
        ({"plover": "assault"}, ["190", "195"]),
        ({"quad_class": 4}, ["190", "195"]),
        ({"since": "2024-05-05"}, ["010", "112", "057"]),
        ({"until": "2024-05"}, ["057", "190"]),
        ({"since": "2024-05-05", "until": "2024-05-31"}, ["057"]),
        ({"place": "baghdad"}, ["057"]),
        ({"place": "UKR"}, ["195"]),
        ({"text": "drones"}, ["112"]),
        ({"max_tone": -0.01}, ["190", "195"]),
        ({"min_tone": 0}, ["010", "112", "057"]),
        ({"country": "IRN", "root": "19", "since": "2024-01-01", "until": "2024-12-31"}, ["190"]),
    ],
)
def test_query_events_filters(filled: Store, filters: dict[str, object], expected: list[str]) -> None:
    assert _cameos(q.events(filled, **filters)) == expected


def test_query_events_by_article(filled: Store, analyses: list[Analysis]) -> None:
    assert _cameos(filled.events(article_id=analyses[0].article.id)) == ["057", "190"]


def test_query_events_cursor_and_offset_pages(filled: Store) -> None:
    first = filled.events(limit=2)
    cursor = q.next_cursor(first, 2)
    assert cursor is not None
    second = filled.events(limit=2, cursor=cursor)
    third = filled.events(limit=2, cursor=second[-1].cursor)
    assert _cameos(first + second + third) == _cameos(filled.events())
    assert q.next_cursor(third, 2) is None
    assert _cameos(filled.events(limit=2, offset=2)) == _cameos(second)


@pytest.mark.parametrize(
    "evil",
    [
        "' OR 1=1 --",
        "x'); DROP TABLE events; --",
        '" OR ""="',
        "%%",
        "_",
        "\\",
        "IRN' UNION SELECT * FROM articles --",
    ],
)
def test_query_injection_strings_are_bound(filled: Store, evil: str) -> None:
    assert filled.events(actor=evil) == []
    assert filled.events(text=evil) == []
    assert filled.events(place=evil) == []
    assert filled.quotes(speaker=evil) == []
    assert filled.actors(name=evil) == []
    assert filled.stats().events == 5


def test_query_like_wildcards_are_literal(filled: Store) -> None:
    # "50%" appears in the Kharkiv sentence; "%" alone must not match everything.
    assert _cameos(filled.events(text="50%")) == ["195"]
    assert filled.events(text="5_%") == []


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"since": "2024-13-01"}, "invalid date '2024-13-01' for since"),
        ({"until": "yesterday"}, "invalid date 'yesterday' for until"),
        ({"since": "2024-02-30"}, "invalid date"),
        ({"country": "Iran"}, "3-letter ISO 3166 alpha-3 code"),
        ({"root": "21"}, "CAMEO root class 01-20"),
        ({"cameo": "04a"}, "CAMEO code of 2 to 4 digits"),
        ({"quad_class": 5}, "quad_class must be 1, 2, 3 or 4"),
        ({"colour": "red"}, "unknown filter 'colour'"),
        ({"limit": 0}, "limit must be between 1"),
        ({"cursor": "garbage"}, "invalid cursor"),
    ],
)
def test_query_events_bad_input_is_invalid_query(
    filled: Store, filters: dict[str, object], message: str
) -> None:
    with pytest.raises(InvalidQuery, match=message.replace("(", r"\(")) as info:
        filled.events(**filters)
    assert "\n" not in str(info.value)
    assert info.value.http_status == 400


def test_query_parse_filters_types_and_rejects_unknown() -> None:
    assert q.parse_filters(["country=IRN", "quad-class=4", "min_tone=-2.5"]) == {
        "country": "IRN",
        "quad_class": 4,
        "min_tone": -2.5,
    }
    assert q.parse_filters({"root": "03"}) == {"root": "03"}
    with pytest.raises(InvalidQuery, match="unknown filter 'speaker'; known: actor"):
        q.parse_filters(["speaker=x"])
    with pytest.raises(InvalidQuery, match="quad_class needs an integer"):
        q.parse_filters(["quad_class=many"])
    with pytest.raises(InvalidQuery, match="NAME=VALUE"):
        q.parse_filters(["country"])


def test_query_search_ranks_and_snippets(filled: Store, analyses: list[Analysis]) -> None:
    hits = filled.search("accord")
    assert [h.article_id for h in hits] == [analyses[0].article.id]
    assert "[accord]" in hits[0].snippet
    assert hits[0].day == "2024-05-06"
    # A title match ("Shelling") outranks a body match ("struck").
    ranked = filled.search("shelling OR struck")
    assert [h.article_id for h in ranked] == [analyses[2].article.id, analyses[0].article.id]
    assert [h.article_id for h in filled.search('"border agreement"')] == [analyses[0].article.id]
    assert len(filled.search("drone*")) == 1
    assert filled.search("accord", since="2024-06-01") == []


@pytest.mark.parametrize("bad", ['"unclosed', "AND", "nosuchcol:word", "(a OR"])
def test_query_search_syntax_error_is_invalid_query(filled: Store, bad: str) -> None:
    with pytest.raises(InvalidQuery, match=r"full-text query .* is not valid"):
        filled.search(bad)


def test_query_search_empty_is_invalid(filled: Store) -> None:
    with pytest.raises(InvalidQuery, match="empty"):
        filled.search("  ")


def test_query_quotes_by_speaker_and_text(filled: Store, analyses: list[Analysis]) -> None:
    (quote,) = filled.quotes(speaker="foreign minister")
    assert quote.speaker_code == "IRNGOV"
    assert quote.via == ("Reuters",)
    assert quote.article_day == "2024-05-06"
    text = filled.analysis(quote.article_id).article.text
    assert text[quote.start : quote.end] == quote.text
    assert filled.quotes(text="new chapter") == [quote]
    assert filled.quotes(text="sanctions") == []
    hits = filled.search_quotes("friendship")
    assert [h.quote_id for h in hits] == [quote.id]
    assert "[friendship]" in hits[0].snippet


def test_query_actors_most_frequent_first(filled: Store) -> None:
    actors = filled.actors()
    assert actors[0].name == "Iranian government"  # 2 mentions in one article
    names = {(a.name, a.code) for a in actors}
    assert ("United States", "USAGOV") in names
    coded = filled.actors(country="IRN")
    assert {a.code for a in coded} == {"IRNGOV", "IRNMIL", "IRN"}


def test_query_article_view_with_marks(filled: Store, analyses: list[Analysis]) -> None:
    view = filled.article(analyses[0].article.id)
    assert view.analysis == as_read_back(analyses[0])
    assert view.document_uri == "file:///news/wire.txt"
    assert _cameos(list(view.events)) == ["057", "190"]
    kinds = {m.kind for m in view.marks}
    assert kinds == {"entity", "quote", "event", "place", "date"}
    assert [m.start for m in view.marks] == sorted(m.start for m in view.marks)
    text = view.analysis.article.text
    place = next(m for m in view.marks if m.kind == "place")
    assert text[place.start : place.end] == "Baghdad"


def test_query_unknown_article_is_not_found(filled: Store) -> None:
    with pytest.raises(NotFound, match="no article with id"):
        filled.article("0000000000000000")


def test_query_stats_counts_every_table(filled: Store) -> None:
    stats = filled.stats()
    assert dataclasses.astuple(stats)[:9] == (2, 3, 5, 7, 5, 1, 2, 1, 0)
    assert (stats.first_day, stats.last_day) == ("2024-05-04", "2024-06-01")


def test_query_timeline_by_quad_class(filled: Store) -> None:
    points = filled.timeline()
    rows = [
        (p.day, p.verbal_cooperation, p.verbal_conflict, p.material_conflict, p.precision) for p in points
    ]
    # The event dated "2024-06" is filed under its article's day, June 1: a day like the others.
    assert rows == [
        ("2024-05-04", 0, 0, 1, "day"),
        ("2024-05-06", 1, 0, 0, "day"),
        ("2024-06-01", 1, 1, 0, "day"),
    ]
    assert [p.total for p in filled.timeline(country="USA")] == [2]


def test_query_network_edges(filled: Store) -> None:
    edges = {(e.source, e.target): e for e in filled.network()}
    assert set(edges) == {("IRNGOV", "IRQ"), ("IRNMIL", "fighters"), ("USAGOV", "IRN"), ("RUSMIL", "UKR")}
    assert edges[("USAGOV", "IRN")].mean_goldstein == -2.0
    assert edges[("RUSMIL", "UKR")].conflict == 1
    by_name = {(e.source, e.target) for e in filled.network(by="name", country="IRN")}
    assert by_name == {
        ("Iranian government", "Iraq"),
        ("Iranian military", "fighters"),
        ("United States", "Iran"),
    }
    with pytest.raises(InvalidQuery, match="by must be"):
        filled.network(by="colour")


def test_query_country_event_on_both_sides_counted_once(store: Store, analyses: list[Analysis]) -> None:
    a = analyses[1]
    inner = dataclasses.replace(
        a.events[0], source=ActorRef("Iran", "IRNGOV"), target=ActorRef("Iran", "IRNOPP")
    )
    store.write_document("u", "h", None, [dataclasses.replace(a, events=(inner,))])
    assert len(store.events(country="IRN")) == 1


def test_query_country_pages_match_the_full_list(filled: Store) -> None:
    full = _cameos(filled.events(country="IRN"))
    assert _cameos(filled.events(country="IRN", limit=1, offset=1)) == full[1:2]
    pages, cursor = [], None
    while True:
        page = filled.events(country="IRN", limit=1, cursor=cursor)
        pages += _cameos(page)
        cursor = q.next_cursor(page, 1)
        if cursor is None:
            break
    assert pages == full
