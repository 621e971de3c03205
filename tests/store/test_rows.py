"""Model records <-> table rows, with the records of tests/store/conftest.py and one article
written here that fills every optional field (a quote's target and pieces, flags, an event's
quote, an update time, unordered mentions).

The round trip runs through an in-memory SQLite database whose tables have exactly the
columns the rows module names, so it checks this module alone: that each row tuple lines up
with its column list and that the reads give back the records the writes were given."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3

import pytest

from newsgraph.extract.build import build_article
from newsgraph.model import ActorRef, Analysis, DateMention, Entity, Mention, Quote, Span, Tone
from newsgraph.serialize import article_day, event_day
from newsgraph.store.rows import (
    ARTICLE_COLUMNS,
    DATE_COLUMNS,
    ENTITY_COLUMNS,
    EVENT_COLUMNS,
    PLACE_COLUMNS,
    QUOTE_COLUMNS,
    article_from,
    article_row,
    date_from,
    date_rows,
    entity_from,
    entity_rows,
    event_from,
    event_rows,
    iso,
    load_fips,
    mention_rows,
    parse_when,
    place_from,
    place_rows,
    quote_from,
    quote_rows,
    tone_from,
)
from tests.store.conftest import as_read_back, border_deal, event, mention, ref, sanctions, span_of, undated

MENTION_COLUMNS = 'article_id, entity_id, text, start, "end"'
STORED_AT = "2024-09-04T10:00:00+00:00"


def envoy() -> Analysis:
    a = build_article(
        source="file:///news/envoy.txt",
        title="Palestinian envoy rejects boycott claims",
        paragraphs=[
            "The Palestinian Authority denied claims that it would boycott the talks, its envoy told "
            "the United Nations on Tuesday.",
            '"We are ready," the envoy said. "Any day, any place."',
            "The talks have stalled for three years.",
        ],
        published=dt.datetime(2024, 9, 3, 9, 15, tzinfo=dt.UTC),
        updated=dt.datetime(2024, 9, 3, 11, 0, tzinfo=dt.UTC),
        fetched_at=dt.datetime(2024, 9, 4, 6, 30, 5, tzinfo=dt.UTC),
        date_precision="minute",
        date_source="metadata",
        dateline="RAMALLAH",
        author="A. Writer",
        site="example.org",
        language="en",
    )
    # Mentions out of text order: the entity row keeps the first one in the text.
    pa = Entity(
        "e1",
        "Palestinian Authority",
        "organisation",
        (mention(a, "its envoy"), mention(a, "The Palestinian Authority")),
        title="Authority",
        country="PSE",
        role="GOV",
        aliases=("PA", "Ramallah"),
    )
    un = Entity("e2", "United Nations", "organisation", (mention(a, "the United Nations"),), role="UNO")
    t0, t1 = span_of(a, "Tuesday")
    tuesday = DateMention("on Tuesday", "2024-09-03", "day", t0 - 3, t1, end_value="2024-09-03")
    # A duration has no value; its type must survive the store (rows before migration 9 read DATE).
    stalled = DateMention("three years", None, "unknown", *span_of(a, "three years"), timex_type="DURATION")
    claim0, claim1 = span_of(a, "it would boycott the talks")
    here, there = span_of(a, "We are ready,"), span_of(a, "Any day, any place.")
    cue0, cue1 = span_of(a, "denied")
    denial = Quote(
        text=a.text[claim0:claim1],
        direct=False,
        start=claim0,
        end=claim1,
        speaker=ref(a, "The Palestinian Authority", "PSEGOV", pa),
        cue="denied",
        cue_lemma="deny",
        cue_kind="speech",
        cue_start=cue0,
        cue_end=cue1,
        target=ref(a, "the United Nations", "UNO", un),
        rejected=True,
    )
    ready = Quote(
        text=a.text[here[0] : there[1]],
        direct=True,
        start=here[0],
        end=there[1],
        speaker=None,
        speaker_text="the envoy",
        anonymous=True,
        date="2024-09-03",
        spans=(Span(*here), Span(*there)),
        quoted=(Span(*here), Span(*there)),
        via=(ActorRef("Wire", "MED"), ActorRef("Ramallah radio", "PSEMED", None, 1, 4)),
    )
    deny = event(
        a,
        "denied claims",
        ref(a, "The Palestinian Authority", "PSEGOV", pa),
        ref(a, "the United Nations", "UNO", un),
        cameo="0231",
        plover="REJECT",
        plover_mode="deny",
        goldstein=-2.0,
        quad_class=3,
        date="2024-09",
        date_precision="month",
        negated=True,
        hypothetical=True,
        confidence=0.4,
        trigger="denied",
        quote_start=claim0,
        quote_end=claim1,
    )
    return Analysis(a, (pa, un), (tuesday, stalled), (), (denial, ready), (deny,), None, skipped=None)


ANALYSES = {"border_deal": border_deal, "sanctions": sanctions, "undated": undated, "envoy": envoy}


def _write(analysis: Analysis) -> sqlite3.Connection:
    """A database holding `analysis` as the rows functions lay it out."""
    conn = sqlite3.connect(":memory:")
    conn.row_factory = sqlite3.Row
    for table, columns, values in (
        ("articles", ARTICLE_COLUMNS, [article_row(analysis, 1, STORED_AT)]),
        ("entities", ENTITY_COLUMNS, entity_rows(analysis)),
        ("mentions", MENTION_COLUMNS, mention_rows(analysis)),
        ("events", EVENT_COLUMNS, event_rows(analysis, [e.tone for e in analysis.events])),
        ("quotes", QUOTE_COLUMNS, quote_rows(analysis)),
        ("places", PLACE_COLUMNS, place_rows(analysis)),
        ("dates", DATE_COLUMNS, date_rows(analysis)),
    ):
        width = len(columns.split(","))
        assert all(len(v) == width for v in values), table  # each tuple fills its column list
        conn.execute(f"CREATE TABLE {table} ({columns})")
        conn.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * width)})", values)
    return conn


def _read(conn: sqlite3.Connection) -> Analysis:
    def select(table: str) -> list[sqlite3.Row]:
        return conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()

    row = select("articles")[0]
    mentions = [(m["entity_id"], m) for m in select("mentions")]
    return Analysis(
        article=article_from(row),
        entities=tuple(
            entity_from(
                e, [Mention(m["text"], m["start"], m["end"]) for eid, m in mentions if eid == e["entity_id"]]
            )
            for e in select("entities")
        ),
        dates=tuple(date_from(d) for d in select("dates")),
        places=tuple(place_from(p) for p in select("places")),
        quotes=tuple(quote_from(q) for q in select("quotes")),
        events=tuple(event_from(e) for e in select("events")),
        tone=tone_from(row),
        skipped=row["skipped"],
    )


@pytest.mark.parametrize("name", sorted(ANALYSES))
def test_rows_records_round_trip_through_the_tables(name: str) -> None:
    analysis = ANALYSES[name]()
    assert _read(_write(analysis)) == as_read_back(analysis)


def test_rows_article_row_stores_dates_as_iso_and_blocks_as_json() -> None:
    analysis = sanctions()
    conn = _write(analysis)
    row = conn.execute("SELECT * FROM articles").fetchone()
    assert row["published"] == "2024-06-01T14:30:00+00:00"
    assert row["day"] == "2024-06-01"
    assert row["stored_at"] == STORED_AT and row["document_id"] == 1
    assert row["blocks"].startswith('[["title", 0, ')
    tone = analysis.tone
    assert tone is not None
    assert (row["tone_compound"], row["tone"]) == (tone.compound, tone.tone)


def test_rows_article_without_tone_reads_back_none() -> None:
    conn = _write(envoy())
    row = conn.execute("SELECT * FROM articles").fetchone()
    assert row["tone_compound"] is None and tone_from(row) is None
    assert isinstance(article_from(row).published, dt.datetime)


def test_rows_entity_row_counts_mentions_and_keeps_the_first_in_the_text() -> None:
    analysis = envoy()
    rows = entity_rows(analysis)
    pa = analysis.entities[0]
    first = analysis.article.text.index("The Palestinian Authority")
    assert rows[0][1:8] == (
        "e1",
        "Palestinian Authority",
        "organisation",
        "Authority",
        "PSE",
        "GOV",
        "PSEGOV",
    )
    assert rows[0][8:] == ('["PA", "Ramallah"]', 2, first, first + len("The Palestinian Authority"))
    assert [r[1:3] for r in mention_rows(analysis)] == [("e1", m.text) for m in pa.mentions] + [
        ("e2", "the United Nations")
    ]


def test_rows_event_actor_columns_prefer_the_entity_fields() -> None:
    conn = _write(envoy())
    row = conn.execute("SELECT * FROM events").fetchone()
    # "PSE" is also a CAMEO known-group code: split alone, "PSEGOV" would have no country.
    assert (row["source_code"], row["source_country"], row["source_role"]) == ("PSEGOV", "PSE", "GOV")
    assert (row["target_code"], row["target_country"], row["target_role"]) == ("UNO", "", "UNO")
    assert (row["base_code"], row["root"]) == ("023", "02")
    assert (row["negated"], row["hypothetical"]) == (1, 1)
    assert row["day"] == "2024-09-03"  # the month of the event holds the article's day


def test_rows_event_actor_columns_split_the_code_without_a_matching_entity() -> None:
    analysis = envoy()
    deny = analysis.events[0]
    assert deny.source is not None
    # A ref that names the entity but carries another code, and one with no entity at all.
    recoded = dataclasses.replace(deny.source, code="PSEMIL")
    loose = ActorRef("Ramallah", "PSEGOV")
    changed = dataclasses.replace(deny, source=recoded, target=loose)
    (row,) = event_rows(dataclasses.replace(analysis, events=(changed,)), [None])
    columns = [c.strip() for c in EVENT_COLUMNS.split(",")]
    values = dict(zip(columns, row, strict=True))
    # PSE is Palestine's country code (GDELT's known-group table also lists it; the country wins).
    assert (values["source_country"], values["source_role"]) == ("PSE", "MIL")
    assert (values["target_country"], values["target_role"], values["target_entity_id"]) == ("PSE", "GOV", None)
    assert values["tone"] is None and values["tone_compound"] is None


def test_rows_event_without_actors_or_place() -> None:
    analysis = sanctions()
    statement = analysis.events[1]
    (row,) = event_rows(
        dataclasses.replace(analysis, events=(dataclasses.replace(statement, source=None),)), [None]
    )
    columns = [c.strip() for c in EVENT_COLUMNS.split(",")]
    values = dict(zip(columns, row, strict=True))
    for side in ("source", "target"):
        assert values[f"{side}_name"] is None and values[f"{side}_entity_id"] is None
        assert values[f"{side}_code"] == values[f"{side}_country"] == values[f"{side}_role"] == ""
    assert values["place_name"] is None and values["place_geonameid"] is None


def test_rows_event_rows_need_one_tone_per_event() -> None:
    analysis = border_deal()
    with pytest.raises(ValueError):
        event_rows(analysis, [None])


@pytest.mark.parametrize(
    ("date", "published", "day"),
    [
        ("2024-05-06", dt.date(2024, 6, 1), "2024-05-06"),  # its own day
        ("2024-05-06T21:00:00", None, "2024-05-06"),
        ("2024-06", dt.datetime(2024, 6, 12, 8, 0, tzinfo=dt.UTC), "2024-06-12"),  # the article's day, in it
        ("2024", dt.date(2024, 6, 12), "2024-06-12"),
        ("2024-05", dt.date(2024, 6, 12), "2024-05-01"),  # outside: the period's first day
        ("2023", dt.date(2024, 6, 12), "2023-01-01"),
        ("2024-05", None, "2024-05-01"),
        (None, dt.date(2024, 6, 12), "2024-06-12"),  # undated: filed under the article's day
        ("last spring", dt.date(2024, 6, 12), "2024-06-12"),
        (None, None, ""),
    ],
)
def test_rows_event_day(date: str | None, published: dt.date | None, day: str) -> None:
    analysis = sanctions()
    article = dataclasses.replace(analysis.article, published=published)
    assert event_day(dataclasses.replace(analysis.events[0], date=date), article) == day
    assert article_day(article) == (published.isoformat()[:10] if published else "")


@pytest.mark.parametrize(
    "value",
    [
        dt.date(2024, 2, 29),
        dt.datetime(2024, 2, 29, 23, 5, 1, tzinfo=dt.UTC),
        dt.datetime(2024, 2, 29, 23, 5),
    ],
)
def test_rows_iso_and_parse_when_are_inverses(value: dt.date) -> None:
    text = iso(value)
    assert text is not None
    assert parse_when(text) == value
    assert type(parse_when(text)) is type(value)


def test_rows_iso_passes_strings_and_none_through() -> None:
    assert iso("2024-05") == "2024-05"
    assert iso(None) is None and parse_when(None) is None
    assert parse_when("2024-05-06 10:00:00") == dt.datetime(2024, 5, 6, 10, 0)


def test_rows_load_fips_maps_iso3_to_fips_and_name() -> None:
    fips = load_fips()
    # FIPS 10-4 codes are not ISO alpha-2: Germany is GM, the United Kingdom UK.
    assert fips["DEU"] == ("GM", "Germany")
    assert fips["GBR"] == ("UK", "United Kingdom")
    assert fips["FIN"] == ("FI", "Finland")
    assert len(fips) > 200 and all(len(code) == 3 for code in fips)
    assert load_fips() is fips  # read once


def test_rows_tone_from_reads_the_prefixed_columns() -> None:
    conn = sqlite3.connect(":memory:")
    conn.row_factory = sqlite3.Row
    row = conn.execute(
        "SELECT 0.5 AS x_compound, 0.1 AS x_positive, 0.02 AS x_negative, 8.0 AS tone"
    ).fetchone()
    assert tone_from(row, "x_") == Tone(0.5, 0.1, 0.02, 8.0)
