"""The dated actor dictionary: a name's code on the article's date, codes split into country
and CAMEO role, and bare surnames coded only when their holders agree."""

from __future__ import annotations

import datetime as dt

import pycountry
import pytest

from newsgraph.data import location, read_tsv, read_yaml
from newsgraph.extract.build import build_article
from newsgraph.model import Entity
from newsgraph.roles import CAMEO_ROLES, igo_group
from newsgraph.settings import Settings
from newsgraph.understand.actors.coding import code_actors
from newsgraph.understand.actors.dated import (
    ActorCode,
    DatedCode,
    DatedDictionary,
    load_dated,
    namesake,
    parse_code,
)
from newsgraph.understand.actors.dictionary import load_actor_dictionary
from newsgraph.understand.actors.entities import find_entities


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
    assert d.split("IGOUNO") == ActorCode(None, "IGO", "UNO")
    assert d.split("IGOWSTNAT") == ActorCode(None, "IGO", "NATO")  # the guidelines' tag, whichever table spells it
    assert d.split("MNCUSA") == ActorCode("USA", "BUS")
    assert d.split("REB") == ActorCode(None, "REB")
    assert d.code("United Nations", None) == ActorCode(None, "IGO", "UNO")
    assert d.code("Acme", None) == ActorCode("USA", "BUS")


def test_dated_surname_codes_only_when_its_holders_agree() -> None:
    d = dictionary()
    assert d.surname_code("Marin", dt.date(2003, 1, 1)) == ActorCode("BGR", "GOV")
    assert d.surname_code("Marin", dt.date(2010, 1, 1)) == ActorCode("BGR", None)  # GOV and BUS disagree
    assert d.surname_code("Kovac", dt.date(2010, 1, 1)) == ActorCode("HRV", None)
    assert d.surname_code("Unheard", None) is None


def test_dated_surname_is_first_the_projects_own_figure() -> None:
    # Two holders of one surname, one in each country: alone they split the vote, so the surname spoke for no
    # one, and a story naming the United States gave it to the American. The project's own figure speaks first.
    d = DatedDictionary(
        codes={
            "tomas verhoek": (parse_code("NLDGOV@20020101-20100101"),),
            "walt verhoek": (parse_code("USAELI"),),
            "walter verhoek": (parse_code("USAELI"),),
        },
        surnames={"verhoek": ("tomas verhoek", "walt verhoek", "walter verhoek")},
        project=frozenset({"tomas verhoek"}),
        countries=frozenset({"NLD", "USA"}),
    )
    assert d.surname_code("Verhoek", dt.date(2004, 1, 1)) == ActorCode("NLD", "GOV")
    # Out of office the figure is still his country's; before his first office he is one holder among the others.
    assert d.surname_code("Verhoek", dt.date(2015, 1, 1)) == ActorCode("NLD", None)
    assert d.surname_code("Verhoek", dt.date(1999, 1, 1)) is None
    assert d.surname_code("Verhoek", None) == ActorCode("NLD", "GOV")  # undated: the office he is known for
    assert d.surname_code("Verhoek", dt.date(2004, 1, 1), frozenset({"USA"})) == ActorCode("USA", "ELI")
    without = DatedDictionary(codes=d.codes, surnames=d.surnames, countries=d.countries)
    assert without.surname_code("Verhoek", dt.date(2004, 1, 1)) is None


def test_dated_surname_shared_by_a_sitting_and_a_former_leader_is_the_sitting_one() -> None:
    d = DatedDictionary(
        codes={
            "ana ostrava": (parse_code("RURGOV@19890101-19930101 RURELI@19930102-"),),
            "ben ostrava": (parse_code("RURGOV@20010101-20090101 RURELI@20090102-"),),
            "cora ostrava": (parse_code("RURLEG@20010101-20090101"),),
        },
        surnames={"ostrava": ("ana ostrava", "ben ostrava")},
        countries=frozenset({"RUR"}),
    )
    assert d.surname_code("Ostrava", dt.date(2004, 1, 1)) == ActorCode("RUR", "GOV")
    # A sitting legislator beside a former leader: no role is the likelier one.
    other = DatedDictionary(
        codes=d.codes, surnames={"ostrava": ("ana ostrava", "cora ostrava")}, countries=d.countries
    )
    assert other.surname_code("Ostrava", dt.date(2004, 1, 1)) == ActorCode("RUR", None)


def test_dated_bare_blair_in_2004_is_the_british_prime_minister() -> None:
    d = load_dated()
    assert d.surname_code("Blair", dt.date(2004, 6, 1)) == ActorCode("GBR", "GOV")
    assert d.surname_code("Blair", dt.date(2004, 6, 1), frozenset({"USA", "GBR"})) == ActorCode("GBR", "GOV")


def test_dated_surname_of_international_officials_gives_their_role() -> None:
    d = DatedDictionary(codes={"lena holm": (parse_code("IGOUNO"),)}, surnames={"holm": ("lena holm",)})
    assert d.surname_code("Holm", None) == ActorCode(None, "IGO", "UNO")


def test_dated_a_given_name_spelt_otherwise_is_the_same_person() -> None:
    d = DatedDictionary(
        codes={"hoshyar zebar": (parse_code("IRQGOV"),), "viktor marin": (parse_code("BGRGOV"),)},
        countries=frozenset({"IRQ", "BGR"}),
        surnames={"zebar": ("hoshyar zebar",), "marin": ("viktor marin",)},
    )
    assert d.variant_code("Hoshiyar Zebar", None) == ActorCode("IRQ", "GOV")
    assert d.variant_code("Victor Marin", None) == ActorCode("BGR", "GOV")
    assert d.variant_code("Hristo Marin", None) is None  # another given name: another person
    assert d.variant_code("Marin", None) is None


def test_dated_a_given_name_two_letters_off_is_another_name() -> None:
    # "Cpl. Jamie Kerrow" is no namesake of a minister James Kerrow: five-letter names two letters apart ("Jamie",
    # "James"; "Maria", "Mario") are other names, not spellings of one.
    d = DatedDictionary(
        codes={"james kerrow": (parse_code("GBRGOV"),), "maria delane": (parse_code("FRAGOV"),)},
        countries=frozenset({"GBR", "FRA"}),
        surnames={"kerrow": ("james kerrow",), "delane": ("maria delane",)},
    )
    assert d.variant_code("Jamie Kerrow", None) is None
    assert d.variant_code("Mario Delane", None) is None
    assert d.variant_code("Mariya Delane", None) == ActorCode("FRA", "GOV")


def test_dated_the_bundled_dictionary_dates_offices() -> None:
    d = load_dated()
    assert d.code("Angela Merkel", dt.date(2010, 1, 1)) == ActorCode("DEU", "GOV")
    # The project's own dated entry (data/actors/dated/figures.tsv) replaces Phoenix's: a minister from 1991, the
    # country alone before any office.
    assert d.code("Angela Merkel", dt.date(1995, 1, 1)) == ActorCode("DEU", "GOV")
    assert d.code("Angela Merkel", dt.date(2023, 1, 1)) == ActorCode("DEU", "ELI")
    assert d.code("Angela Merkel", dt.date(1990, 1, 1)) == ActorCode("DEU", None)
    assert d.surname_code("Merkel", dt.date(2010, 1, 1)) == ActorCode("DEU", "GOV")


def test_dated_without_a_date_the_office_beats_the_years_after_it() -> None:
    d = DatedDictionary(
        codes={"lena berg": (parse_code("SWEGOV@20000101-20060101"), parse_code("SWEELI@20060102-"))},
        countries=frozenset({"SWE"}),
    )
    assert d.code("Lena Berg", None) == ActorCode("SWE", "GOV")
    assert d.code("Lena Berg", dt.date(2010, 1, 1)) == ActorCode("SWE", "ELI")


def test_dated_project_files_replace_phoenix_for_their_names() -> None:
    d = load_dated()
    assert "john kerry" in d.project and "tony blair" in d.project
    assert d.code("John Kerry", dt.date(2004, 6, 1)) == ActorCode("USA", "LEG")  # a senator, not the government
    assert d.code("John Kerry", dt.date(2014, 6, 1)) == ActorCode("USA", "GOV")
    assert d.code("Kofi Annan", None) == ActorCode(None, "IGO", "UNO")
    assert d.code("Osama bin Laden", dt.date(2004, 6, 1)) == ActorCode(None, "INS")  # al Qaeda names no state
    assert d.code("Ali al-Sistani", dt.date(2004, 6, 1)) == ActorCode("IRQ", None)  # a cleric: country, no office
    assert d.surname_code("Chirac", dt.date(2004, 6, 1)) == ActorCode("FRA", "GOV")


def test_dated_project_codes_are_well_formed() -> None:
    """Every code of the project's dated files: a country or CAMEO region with a CAMEO role, or a role alone, and
    ranges that start before they end."""
    countries = {c.alpha_3 for c in pycountry.countries}
    # An organisation's tag is one its own entry carries (data/actors/international.yaml), so a person of the UN
    # and the UN itself have one code.
    tags = {igo_group(str(a["cameo"])) for a in read_yaml(location("actors/international.yaml"))["actors"]}
    files = [p.name for p in location("actors/dated").iterdir() if p.name.endswith(".tsv")]
    assert files
    rows = [row for name in files for row in read_tsv(f"actors/dated/{name}")]
    assert len(rows) > 1000
    for row in rows:
        assert row["kind"] in {"person", "organisation"}, row
        for cell in row["codes"].split():
            code = parse_code(cell)
            head, rest = code.code[:3], code.code[3:]
            tagged = head == "IGO" and igo_group(code.code) in tags
            assert (head in countries and (not rest or rest in CAMEO_ROLES)) or code.code in CAMEO_ROLES or tagged, row
            assert not (code.start and code.end) or code.start <= code.end, row


def _coded(nlp, text: str, on: dt.date) -> tuple[Entity, ...]:  # type: ignore[no-untyped-def]
    article = build_article(source="test", paragraphs=[text], published=on)
    doc = nlp(article.text[: article.analysis_end])
    d = load_actor_dictionary(Settings())
    return code_actors(article, doc, find_entities(article, doc, d), d)


def _one(found: tuple[Entity, ...], name: str) -> Entity:
    match = [e for e in found if e.name == name or name in e.aliases]
    assert match, f"{name!r} not among {[(e.name, e.code) for e in found]}"
    return match[0]


# Wire-style sentences written for these tests with the real names the project's dated files hold.
WIRE = [
    # a leader either side of a change of office
    ("Angela Merkel attacked the government's tax plans on Monday.", dt.date(2004, 3, 1), "Angela Merkel", "DEUOPP"),
    ("Angela Merkel said the budget would pass.", dt.date(2007, 3, 1), "Angela Merkel", "DEUGOV"),
    ("Ehud Olmert told the cabinet the talks would go on.", dt.date(2007, 3, 1), "Ehud Olmert", "ISRGOV"),
    ("Ehud Olmert appeared in court on Tuesday.", dt.date(2012, 3, 1), "Ehud Olmert", "ISRELI"),
    # former leaders are elites of their country
    ("Gerhard Schroeder opened the pipeline company's office.", dt.date(2007, 3, 1), "Gerhard Schroeder", "DEUELI"),
    ("Mikhail Gorbachev called for talks between the two sides.", dt.date(2005, 3, 1), "Mikhail Gorbachev", "RUSELI"),
    # militant leaders and their movements
    ("Abu Musab al-Zarqawi claimed the bombing.", dt.date(2004, 9, 1), "Abu Musab al-Zarqawi", "IRQREB"),
    ("Hassan Nasrallah said the fighters would not disarm.", dt.date(2006, 8, 1), "Hassan Nasrallah", "LBNREB"),
    ("The Taliban claimed the attack on the convoy.", dt.date(2004, 9, 1), "Taliban", "AFGREB"),
    ("The Taliban closed the girls' schools.", dt.date(2023, 9, 1), "Taliban", "AFGGOV"),
    # parties follow the government of the day
    ("Labour lost the by-election, the party said.", dt.date(2004, 9, 1), "Labour", "GBRGOV"),
    ("Labour won the by-election, the party said.", dt.date(2012, 9, 1), "Labour", "GBROPP"),
    # the Holy See
    ("Pope John Paul II received the delegation.", dt.date(2003, 9, 1), "John Paul II", "VATGOV"),
    # companies are organisations that do business
    ("Yukos said it would appeal against the tax ruling.", dt.date(2004, 9, 1), "Yukos", "RUSBUS"),
    ("Lockheed Martin won a contract to build the jets.", dt.date(2004, 9, 1), "Lockheed Martin", "USABUS"),
    # regions, and a region's adjective on a group
    ("Africa faces its worst food crisis in a decade, the agency said.", dt.date(2004, 9, 1), "Africa", "AFR"),
    ("European diplomats said the talks had stalled.", dt.date(2004, 9, 1), "European diplomats", "EURGOV"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "on", "name", "expected"), WIRE)
def test_dated_wire_sentences(nlp, text: str, on: dt.date, name: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert _one(_coded(nlp, text, on), name).code == expected


@pytest.mark.model
def test_dated_companies_are_never_people(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _coded(nlp, "Halliburton and Gazprom said on Friday they would bid.", dt.date(2004, 9, 1))
    assert {(e.name, e.kind) for e in found} >= {("Halliburton", "organisation"), ("Gazprom", "organisation")}


def test_dated_a_double_surname_without_the_given_name() -> None:
    d = load_dated()
    # "Fogh Rasmussen": news drops "Anders"; the code is the full name's on the day.
    assert d.code("Fogh Rasmussen", dt.date(2011, 6, 1)) == d.code("Anders Fogh Rasmussen", dt.date(2011, 6, 1))
    assert d.code("Fogh Rasmussen", dt.date(2011, 6, 1)) is not None


def test_dated_project_parties_of_several_words_or_an_acronym_are_tagged_whole() -> None:
    # The ruler takes the longer match, so "Liberal Democrats" never reads as "Democrats"; words joined by hyphens
    # ("Jaish-e-Mohammed") are several words too, and the model alone misses them, as it misses acronyms ("ELN").
    # Any other one-word name ("Shas") is left to the model: such a word may be an ordinary one.
    names = set(load_dated().org_names)
    assert {"Liberal Democrats", "Jaish-e-Mohammed", "ELN", "SPLA"} <= names
    assert not [n for n in names if " " not in n and "-" not in n and not n.isupper()]
    assert "MEND" not in names  # an acronym that is an English word


@pytest.mark.parametrize(
    ("country", "role", "dated", "expected"),
    [
        (None, "REB", ActorCode("MLI", "GOV"), True),  # "Rebel commander X": not the Malian president X
        ("KEN", "BUS", ActorCode("MLI", "GOV"), True),  # "Kenyan businessman X"
        (None, "OPP", ActorCode("GBR", "GOV"), False),  # a minister now in opposition is the same person
        ("GBR", "GOV", ActorCode("GBR", "ELI"), False),
        (None, "INS", ActorCode("IRQ", "REB"), False),
        (None, None, ActorCode("MLI", "GOV"), False),
        # A standing goes with any career: "radical cleric X" may lead the militia the dictionary knows him by.
        (None, "ELI", ActorCode("IRQ", "REB"), False),
        ("IRQ", "ELI", ActorCode("IRQ", "REB"), False),
    ],
)
def test_namesake(country: str | None, role: str | None, dated: ActorCode, expected: bool) -> None:
    assert namesake(country, role, dated) is expected


def test_dated_undated_surname_of_a_one_term_holder_names_no_one() -> None:
    # A minister Phoenix lists by one spelling for one term is no one a reader knows by the surname alone: with no
    # date and no country named, "Varga" in a sports or business story is no minister of a few months.
    d = DatedDictionary(
        codes={
            "ana varga": (parse_code("PERGOV@20030901-20031231"),),
            "tom hale": (parse_code("USAELI@19500101-19850103"), parse_code("USALEG@19850103-19960611")),
            "lena holm": (parse_code("IGOUNO"),),
            "piet kroon": (parse_code("NLDGOV@20040101-20060101"),),
            "p. kroon": (parse_code("NLDGOV@20040101-20060101"),),
        },
        countries=frozenset({"PER", "USA", "NLD"}),
        surnames={"varga": ("ana varga",), "hale": ("tom hale",), "holm": ("lena holm",),
                  "kroon": ("piet kroon", "p. kroon")},
    )
    assert d.surname_code("Varga", None) is None
    assert d.surname_code("Varga", None, frozenset({"PER"})) == ActorCode("PER", "GOV")  # the article names Peru
    assert d.surname_code("Varga", dt.date(2003, 10, 1)) == ActorCode("PER", "GOV")  # dated: in office that day
    assert d.surname_code("Hale", None) == ActorCode("USA", "LEG")  # a career of several terms
    assert d.surname_code("Holm", None) == ActorCode(None, "IGO", "UNO")  # an undated entry
    assert d.surname_code("Kroon", None) == ActorCode("NLD", "GOV")  # two spellings of one holder
