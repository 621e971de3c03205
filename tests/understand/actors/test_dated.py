"""The dated actor dictionary: a name's code on the article's date, codes split into country
and CAMEO role, and bare surnames coded only when their holders agree."""

from __future__ import annotations

import datetime as dt

from newsgraph.understand.actors.dated import ActorCode, DatedCode, DatedDictionary, load_dated, parse_code


def dictionary() -> DatedDictionary:
    """A small dictionary written for these tests (folded names, as the loader keys them)."""
    return DatedDictionary(
        codes={
            "ana petrova": (
                parse_code("BGRELI@19900101-20091231"),
                parse_code("BGRGOV@20100101-20140630"),
                parse_code("BGROPP@20140701-"),
            ),
            "ivo marin": (parse_code("BGRGOV@20010101-20050101"), parse_code("BGRBUS")),
            "dan kovac": (parse_code("HRVGOV@20000101-20040101"), parse_code("HRVMIL@20050101-20060101")),
            "karl marin": (parse_code("BGRGOV"),),
            "united nations": (parse_code("IGOUNO"),),
            "acme": (parse_code("MNCUSA"),),
        },
        countries=frozenset({"BGR", "HRV", "USA"}),
        surnames={"marin": ("ivo marin", "karl marin"), "kovac": ("dan kovac",)},
    )


def test_dated_parse_code_reads_open_and_closed_ranges() -> None:
    assert parse_code("GBRGOV@19970502-20070627") == DatedCode(
        "GBRGOV", dt.date(1997, 5, 2), dt.date(2007, 6, 27), dated=True
    )
    assert parse_code("GBRGOV@20100501-") == DatedCode("GBRGOV", dt.date(2010, 5, 1), None, dated=True)
    assert parse_code("GBRELI") == DatedCode("GBRELI")
    assert parse_code("RUSGOV@19780231-").start == dt.date(1978, 2, 1)  # an impossible day: its month
    assert parse_code("X@20100101-20101231").holds_on(dt.date(2010, 6, 1))
    assert not parse_code("X@20100101-20101231").holds_on(dt.date(2011, 1, 1))


def test_dated_code_on_a_date_is_the_range_holding_then() -> None:
    d = dictionary()
    assert d.code("Ana Petrova", dt.date(2012, 3, 1)) == ActorCode("BGR", "GOV")
    assert d.code("ANA PETROVA", dt.date(2020, 3, 1)) == ActorCode("BGR", "OPP")
    assert d.code("Ivo Marin", dt.date(2010, 1, 1)) == ActorCode("BGR", "BUS")  # outside: the undated code
    assert d.code("Dan Kovac", dt.date(2010, 1, 1)) == ActorCode("HRV", None)  # no range: the country alone
    assert d.code("Nobody Known", dt.date(2010, 1, 1)) is None
    assert "ana petrova" in d and "Nobody" not in d


def test_dated_code_without_a_date_is_the_last_ended_range() -> None:
    d = dictionary()
    assert d.code("Ana Petrova", None) == ActorCode("BGR", "OPP")  # open-ended: ended last
    assert d.code("Dan Kovac", None) == ActorCode("HRV", "MIL")
    assert d.code("Karl Marin", None) == ActorCode("BGR", "GOV")


def test_dated_split_reads_country_role_and_stateless_prefixes() -> None:
    d = dictionary()
    assert d.split("BGRGOVBUS") == ActorCode("BGR", "GOV")
    assert d.split("IGOUNO") == ActorCode(None, "IGO")
    assert d.split("MNCUSA") == ActorCode("USA", "BUS")
    assert d.split("REB") == ActorCode(None, "REB")
    assert d.code("United Nations", None) == ActorCode(None, "IGO")
    assert d.code("Acme", None) == ActorCode("USA", "BUS")


def test_dated_surname_codes_only_when_its_holders_agree() -> None:
    d = dictionary()
    assert d.surname_code("Marin", dt.date(2003, 1, 1)) == ActorCode("BGR", "GOV")
    assert d.surname_code("Marin", dt.date(2010, 1, 1)) == ActorCode("BGR", None)  # GOV and BUS disagree
    assert d.surname_code("Kovac", dt.date(2010, 1, 1)) == ActorCode("HRV", None)
    assert d.surname_code("Unheard", None) is None


def test_dated_the_bundled_dictionary_dates_offices() -> None:
    d = load_dated()
    assert d.code("Angela Merkel", dt.date(2010, 1, 1)) == ActorCode("DEU", "GOV")
    # The project's own dated entry (data/actors/dated/figures.tsv) replaces Phoenix's: a minister from 1991, the
    # country alone before any office.
    assert d.code("Angela Merkel", dt.date(1995, 1, 1)) == ActorCode("DEU", "GOV")
    assert d.code("Angela Merkel", dt.date(2023, 1, 1)) == ActorCode("DEU", "ELI")
    assert d.code("Angela Merkel", dt.date(1990, 1, 1)) == ActorCode("DEU", None)
    assert d.surname_code("Merkel", dt.date(2010, 1, 1)) == ActorCode("DEU", "GOV")
