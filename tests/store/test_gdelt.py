"""Stored events as GDELT 2.0 event rows: 61 columns in GDELT's order, actor codes split into
GDELT's blocks, lead-position IsRootEvent, FIPS action geography and SQLDATE from the day."""

from __future__ import annotations

from newsgraph.store import Store
from newsgraph.store.gdelt import _actor, gdelt_columns, gdelt_rows


def rows_by_code(store: Store, **where: object) -> dict[str, dict[str, str]]:
    names = gdelt_columns()
    return {row[26]: dict(zip(names, row, strict=True)) for row in gdelt_rows(store, where)}


def test_gdelt_columns_are_gdelts_61_in_file_order() -> None:
    cols = gdelt_columns()
    assert len(cols) == 61
    assert cols[0] == "GLOBALEVENTID" and cols[26] == "EventCode" and cols[-1] == "SOURCEURL"


def test_gdelt_rows_split_actor_codes_and_dates(filled: Store) -> None:
    rows = rows_by_code(filled)
    deal = rows["057"]
    assert (deal["SQLDATE"], deal["MonthYear"], deal["Year"]) == ("20240506", "202405", "2024")
    assert (deal["Actor1Code"], deal["Actor1Name"], deal["Actor1CountryCode"]) == (
        "IRNGOV",
        "IRANIAN GOVERNMENT",
        "IRN",
    )
    assert deal["Actor1Type1Code"] == "GOV" and deal["Actor2Code"] == "IRQ"
    assert (deal["EventRootCode"], deal["QuadClass"], deal["GoldsteinScale"]) == ("05", "1", "8")
    assert rows["195"]["SQLDATE"] == ""  # an undated article's event has no day to give


def test_gdelt_rows_lead_position_and_action_geo(filled: Store) -> None:
    rows = rows_by_code(filled)
    assert rows["057"]["IsRootEvent"] == "1"  # first paragraph
    assert rows["190"]["IsRootEvent"] == "0"  # second paragraph
    deal = rows["057"]
    assert (deal["ActionGeo_FullName"], deal["ActionGeo_CountryCode"]) == ("Baghdad, Iraq", "IZ")  # FIPS
    assert deal["SOURCEURL"] == "https://example.org/border-deal"
    assert rows["112"]["SOURCEURL"] == "file:///news/wire.txt#2"  # no URL: the source uri
    assert rows["190"]["ActionGeo_Type"] == ""


def test_gdelt_rows_take_the_event_filters(filled: Store) -> None:
    assert set(rows_by_code(filled, country="USA")) == {"112", "010"}
    assert set(rows_by_code(filled, quad_class=4)) == {"190", "195"}


def test_gdelt_actor_of_an_organisation_splits_its_tag() -> None:
    # GDELT 2.0: ActorCode IGOUNO, KnownGroupCode UNO, Type1Code IGO; the country column stays empty.
    un = _actor("United Nations", "IGOUNO", "", "IGO")
    assert (un[0], un[1], un[2], un[3], un[7]) == ("IGOUNO", "UNITED NATIONS", "", "UNO", "IGO")
    assert _actor("European Union", "IGOEUREEC", "", "IGO")[3] == "EEC"
    assert _actor("NATO", "IGONATO", "", "IGO")[3] == "NAT"
    assert _actor("IAEA", "IGOIAEA", "", "IGO")[3] == "IAE"
    refugees = _actor("UNHCR", "IGOUNOREF", "", "IGO")
    assert (refugees[3], refugees[7], refugees[8]) == ("UNO", "IGO", "REF")
    assert _actor("African Union", "IGOAFRAU", "", "IGO")[3] == ""  # no known-group code in GDELT's table
    assert _actor("Iranian government", "IRNGOV", "IRN", "GOV")[3:8] == ["", "", "", "", "GOV"]
