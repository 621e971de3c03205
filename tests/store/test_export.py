from __future__ import annotations

import dataclasses
import io
import json
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from newsgraph import registry
from newsgraph.errors import InvalidQuery, UsageError
from newsgraph.model import Analysis, Span
from newsgraph.serialize import stored_event_dict, stored_quote_dict
from newsgraph.store import Store
from newsgraph.store.export import EXPORTERS, export_options
from newsgraph.store.gdelt import gdelt_columns
from newsgraph.store.tables import TABLES
from tests.store.conftest import border_deal

TABLE_COUNTS = {"events": 5, "articles": 3, "quotes": 1, "entities": 5, "places": 2, "dates": 1}


def _gdelt_frame(path: Path) -> pd.DataFrame:
    return pd.read_csv(
        path, sep="\t", header=None, names=list(gdelt_columns()), dtype=str, keep_default_na=False
    )


def test_export_gdelt_has_61_columns_in_gdelt_order(filled: Store, tmp_path: Path) -> None:
    cols = gdelt_columns()
    assert len(cols) == 61
    assert cols[:5] == ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    assert cols[25:35] == (
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
        "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    )  # fmt: skip
    assert cols[-2:] == ("DATEADDED", "SOURCEURL")
    path = tmp_path / "events.tsv"
    assert filled.export("gdelt", path) == 5
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5
    assert all(len(line.split("\t")) == 61 for line in lines)
    assert not lines[0].startswith("GLOBALEVENTID")  # no header, like GDELT's files


def test_export_gdelt_values(filled: Store, tmp_path: Path, analyses: list[Analysis]) -> None:
    path = tmp_path / "events.tsv"
    filled.export("gdelt", path)
    frame = _gdelt_frame(path).set_index("EventCode")
    deal = frame.loc["057"]
    assert (deal["SQLDATE"], deal["MonthYear"], deal["Year"]) == ("20240506", "202405", "2024")
    assert deal["FractionDate"] == f"{2024 + (5 * 30 + 6) / 365:.4f}"
    assert (deal["Actor1Code"], deal["Actor1Name"], deal["Actor1CountryCode"], deal["Actor1Type1Code"]) == (
        "IRNGOV", "IRANIAN GOVERNMENT", "IRN", "GOV",
    )  # fmt: skip
    assert (deal["Actor2Code"], deal["Actor2CountryCode"], deal["Actor2Type1Code"]) == ("IRQ", "IRQ", "")
    assert (deal["EventBaseCode"], deal["EventRootCode"], deal["QuadClass"], deal["GoldsteinScale"]) == (
        "057", "05", "1", "8",
    )  # fmt: skip
    assert (deal["NumMentions"], deal["NumSources"], deal["NumArticles"]) == ("1", "1", "1")
    assert float(deal["AvgTone"]) == pytest.approx(analyses[0].tone.tone)  # type: ignore[union-attr]
    assert deal["IsRootEvent"] == "1"  # first paragraph
    assert frame.loc["190"]["IsRootEvent"] == "0"
    # GDELT's geo columns use FIPS 10-4: Iraq is IZ, Ukraine UP.
    assert (deal["ActionGeo_Type"], deal["ActionGeo_FullName"], deal["ActionGeo_CountryCode"]) == (
        "4", "Baghdad, Iraq", "IZ",
    )  # fmt: skip
    assert (float(deal["ActionGeo_Lat"]), float(deal["ActionGeo_Long"])) == (33.3406, 44.4009)
    assert deal["ActionGeo_FeatureID"] == "98182"
    assert frame.loc["195"]["ActionGeo_CountryCode"] == "UP"
    assert deal["Actor1Geo_CountryCode"] == ""
    assert len(deal["DATEADDED"]) == 14
    assert deal["SOURCEURL"] == "https://example.org/border-deal"
    assert frame.loc["195"]["SOURCEURL"] == "file:///news/blog.html"
    assert frame.loc["195"]["SQLDATE"] == ""  # undated article, undated event


def test_export_gdelt_read_by_duckdb_with_filters(filled: Store, tmp_path: Path) -> None:
    path = tmp_path / "irn.tsv"
    assert filled.export("gdelt", path, where={"country": "IRN", "root": "19"}) == 1
    cols = ", ".join(f"'{c}': 'VARCHAR'" for c in gdelt_columns())
    rows = duckdb.sql(
        f"SELECT EventCode, Actor1Code FROM read_csv('{path}', delim='\t', header=false, columns={{{cols}}})"
    ).fetchall()
    assert rows == [("190", "IRNMIL")]


@pytest.mark.parametrize("table", list(TABLE_COUNTS))
def test_export_csv_and_jsonl_read_back(filled: Store, tmp_path: Path, table: str) -> None:
    csv_path, jsonl_path = tmp_path / f"{table}.csv", tmp_path / f"{table}.jsonl"
    assert filled.export("csv", csv_path, table=table) == TABLE_COUNTS[table]
    assert filled.export("jsonl", jsonl_path, table=table) == TABLE_COUNTS[table]
    names = list(TABLES[table].names)
    frame = pd.read_csv(csv_path, dtype={"day": str})
    assert list(frame.columns) == names and len(frame) == TABLE_COUNTS[table]
    lines = pd.read_json(jsonl_path, lines=True)
    # Events and quotes print their one shape (what `newsgraph events`, `quotes` and the API
    # print); the other tables print their export columns.
    if table == "events":
        names = list(stored_event_dict(filled.events(limit=1)[0]))
    if table == "quotes":
        names = list(stored_quote_dict(filled.quotes(limit=1)[0]))
    assert list(lines.columns) == names and len(lines) == TABLE_COUNTS[table]
    assert duckdb.sql(f"SELECT COUNT(*) FROM read_csv_auto('{csv_path}')").fetchall() == [
        (TABLE_COUNTS[table],)
    ]
    assert duckdb.sql(f"SELECT COUNT(*) FROM read_json_auto('{jsonl_path}')").fetchall() == [
        (TABLE_COUNTS[table],)
    ]


def test_export_jsonl_values_are_typed(filled: Store) -> None:
    buffer = io.StringIO()
    filled.export("jsonl", buffer, table="quotes")
    (row,) = [json.loads(line) for line in buffer.getvalue().splitlines()]
    assert row["direct"] is True and row["anonymous"] is False
    assert row["via"] == [{"name": "Reuters", "code": "MED"}]
    assert row["speaker"]["code"] == row["speaker_code"] == "IRNGOV"


def test_export_writes_to_binary_streams(filled: Store) -> None:
    buffer = io.BytesIO()
    assert filled.export("csv", buffer, table="articles") == 3
    assert not buffer.closed
    text = buffer.getvalue().decode("utf-8")
    assert text.startswith("id,source,")


@pytest.mark.parametrize("table", list(TABLE_COUNTS))
def test_export_parquet_read_back(filled: Store, tmp_path: Path, table: str) -> None:
    path = tmp_path / f"{table}.parquet"
    assert filled.export("parquet", path, table=table) == TABLE_COUNTS[table]
    frame = pd.read_parquet(path)
    assert list(frame.columns) == list(TABLES[table].names)
    assert len(frame) == TABLE_COUNTS[table]
    assert duckdb.sql(f"SELECT COUNT(*) FROM read_parquet('{path}')").fetchall() == [(TABLE_COUNTS[table],)]


def test_export_parquet_events_types(filled: Store, tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    filled.export("parquet", path)
    rows = duckdb.sql(
        f"SELECT cameo, goldstein, negated, quad_class FROM read_parquet('{path}') WHERE cameo = '057'"
    ).fetchall()
    assert rows == [("057", 8.0, False, 1)]


def test_export_parquet_partitioned_by_date(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "events"
    assert filled.export("parquet", out, partition_by_date=True) == 5
    parts = sorted(p.name for p in out.iterdir())
    assert parts == ["day=2024-05-04", "day=2024-05-06", "day=2024-06-01", "day=undated"]
    frame = pd.read_parquet(out)
    assert len(frame) == 5
    assert sorted(frame["cameo"]) == ["010", "057", "112", "190", "195"]
    counts = duckdb.sql(
        f"SELECT CAST(day AS VARCHAR), COUNT(*) FROM read_parquet('{out}/**/*.parquet', hive_partitioning=true) "
        "GROUP BY ALL ORDER BY 1"
    ).fetchall()
    assert counts == [("2024-05-04", 1), ("2024-05-06", 1), ("2024-06-01", 2), ("undated", 1)]


def test_export_parquet_articles_partitioned(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "articles"
    assert filled.export("parquet", out, table="articles", partition_by_date=True) == 3
    assert len(pd.read_parquet(out)) == 3


def test_export_parquet_needs_a_path(filled: Store) -> None:
    with pytest.raises(UsageError, match="needs a file or directory path"):
        filled.export("parquet", io.BytesIO())


def test_export_geojson_located_events(filled: Store, tmp_path: Path) -> None:
    path = tmp_path / "events.geojson"
    assert filled.export("geojson", path) == 2
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["type"] == "FeatureCollection"
    by_code = {f["properties"]["cameo"]: f for f in doc["features"]}
    assert by_code["057"]["geometry"] == {"type": "Point", "coordinates": [44.4009, 33.3406]}
    assert by_code["195"]["properties"]["place_name"] == "Kharkiv"
    # DuckDB recognises GeoJSON and reads one row per feature.
    assert duckdb.sql(f"SELECT COUNT(*) FROM read_json_auto('{path}')").fetchall() == [(2,)]


def test_export_registered_and_errors(filled: Store, tmp_path: Path) -> None:
    assert set(EXPORTERS) == {"gdelt", "csv", "jsonl", "parquet", "geojson"}
    for name, func in EXPORTERS.items():
        assert registry._REGISTRY["export"][name] is func
    with pytest.raises(InvalidQuery, match="unknown table 'people'"):
        filled.export("csv", tmp_path / "x.csv", table="people")
    with pytest.raises(InvalidQuery, match="events table only"):
        filled.export("csv", tmp_path / "x.csv", table="quotes", where={"country": "IRN"})
    for table in ("quotes", "articles"):  # JSONL prints quotes in their own shape: still no filters
        with pytest.raises(InvalidQuery, match="events table only"):
            filled.export("jsonl", tmp_path / "x.jsonl", table=table, where={"country": "IRN"})
    with pytest.raises(InvalidQuery, match="unknown filter 'colour'"):
        filled.export("gdelt", tmp_path / "x.tsv", where={"colour": "red"})


def test_export_gdelt_free_text_cannot_break_rows(
    store: Store, analyses: list[Analysis], tmp_path: Path
) -> None:
    import dataclasses

    from newsgraph.model import ActorRef

    a = analyses[1]
    odd = dataclasses.replace(a.events[0], source=ActorRef("Tab\tand\nnewline", "USAGOV"))
    store.write_document("u", "h", None, [dataclasses.replace(a, events=(odd,))])
    path = tmp_path / "x.tsv"
    store.export("gdelt", path)
    (line,) = path.read_text(encoding="utf-8").splitlines()
    fields = line.split("\t")
    assert len(fields) == 61
    assert fields[6] == "TAB AND NEWLINE"


def test_export_quotes_carry_each_attributions_spans(store: Store, tmp_path: Path) -> None:
    base = border_deal()
    quote = base.quotes[0]
    # One attribution in two pieces ("“A,” he said. “B.”"), the second a quoted word.
    pieces = (Span(quote.start, quote.start + 4), Span(quote.start + 5, quote.end))
    analysis = dataclasses.replace(
        base, quotes=(dataclasses.replace(quote, spans=pieces, quoted=pieces[1:], rejected=True),)
    )
    store.write_document("file:///spans", "spans", None, [analysis])
    path = tmp_path / "quotes.jsonl"
    assert store.export("jsonl", path, table="quotes") == 1
    row = json.loads(path.read_text(encoding="utf-8"))
    assert row["spans"] == [[p.start, p.end] for p in pieces]
    assert row["quoted"] == [[pieces[1].start, pieces[1].end]]
    assert row["rejected"] is True
    [stored] = store.quotes()
    assert stored.spans == tuple((p.start, p.end) for p in pieces)


def test_export_options_say_what_each_format_takes() -> None:
    assert export_options("csv", "quotes") == {"where": None, "table": "quotes"}
    assert export_options("gdelt", where={"country": "IRN"}) == {"where": {"country": "IRN"}}
    assert export_options("parquet", "articles", partition_by_date=True) == {
        "where": None,
        "table": "articles",
        "partition_by_date": True,
    }
    assert export_options("jsonl", include_hypothetical=True) == {
        "where": {"include_hypothetical": "true"},
        "table": "events",
    }


@pytest.mark.parametrize(
    ("fmt", "table", "options", "message"),
    [
        ("gdelt", "articles", {}, "gdelt exports the events table only, not articles"),
        ("geojson", "quotes", {}, "geojson exports the events table only"),
        ("csv", "people", {}, "unknown table 'people'"),
        ("csv", "quotes", {"where": {"country": "IRN"}}, "filters apply to the events table only"),
        ("csv", "quotes", {"include_hypothetical": True}, "include_hypothetical applies to the events table only"),
        ("parquet", "events", {"to_stream": True}, "--output"),
        ("jsonl", "events", {"where": {"colour": "red"}}, "unknown filter 'colour'"),
        ("jsonl", "events", {"where": {"since": "2025-02-30"}}, "invalid date"),
    ],
)
def test_export_options_refuse_what_does_not_go_together(
    fmt: str, table: str, options: dict[str, object], message: str
) -> None:
    with pytest.raises(InvalidQuery, match=message):
        export_options(fmt, table, **options)  # type: ignore[arg-type]
