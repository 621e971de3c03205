"""The actor dictionary and the EntityRuler patterns built from it."""

from __future__ import annotations

from pathlib import Path

import pycountry
import pytest

from newsgraph.errors import UsageError
from newsgraph.evaluate.userpath import run_user_path
from newsgraph.roles import CAMEO_ROLES
from newsgraph.settings import Settings
from newsgraph.understand.actors.dictionary import load_actor_dictionary
from newsgraph.understand.actors.ruler import gazetteer_patterns, iter_names

# The 30 countries the dictionary promises institutions and leaders for.
TOP_30 = [
    "USA",
    "RUS",
    "CHN",
    "UKR",
    "GBR",
    "FRA",
    "DEU",
    "ISR",
    "PSE",
    "IRN",
    "IND",
    "PAK",
    "JPN",
    "KOR",
    "PRK",
    "TUR",
    "SAU",
    "IRQ",
    "EGY",
    "BRA",
    "MEX",
    "CAN",
    "VEN",
    "POL",
    "BLR",
    "ZAF",
    "NGA",
    "AUS",
    "TWN",
    "ITA",
]


@pytest.fixture(scope="module")
def dictionary():  # type: ignore[no-untyped-def]
    return load_actor_dictionary(Settings())


def test_gazetteer_covers_every_iso_country(dictionary) -> None:  # type: ignore[no-untyped-def]
    missing = [c.alpha_3 for c in pycountry.countries if c.alpha_3 not in dictionary.countries]
    # Bouvet Island and the like may lack a capital, never a row.
    assert missing == []
    assert dictionary.countries["BLR"].capital == "Minsk"


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Türkiye", "TUR"),
        ("Turkey", "TUR"),
        ("U.S.", "USA"),
        ("US", "USA"),
        ("America", "USA"),
        ("Britain", "GBR"),
        ("UK", "GBR"),
        ("Belarusian", "BLR"),
        ("Iranian", "IRN"),
        ("Israelis", "ISR"),
        ("Ivory Coast", "CIV"),
        ("Burma", "MMR"),
    ],
)
def test_gazetteer_country_variants(dictionary, text: str, iso3: str) -> None:  # type: ignore[no-untyped-def]
    assert dictionary.country_of(text) == iso3


def test_gazetteer_capital_spellings_share_one_city(dictionary) -> None:  # type: ignore[no-untyped-def]
    assert dictionary.city("Kiev") == ("UKR", "Kyiv")
    assert dictionary.city("Kyiv") == ("UKR", "Kyiv")
    assert dictionary.city("D.C.") == ("USA", "Washington")


def test_gazetteer_top_countries_have_institutions_and_leaders(dictionary) -> None:  # type: ignore[no-untyped-def]
    for iso3 in TOP_30:
        kinds = {e.kind for e in dictionary.entries.values() if e.country == iso3}
        assert "person" in kinds, iso3
        assert kinds & {"organisation", "media"}, iso3


def test_gazetteer_entries_use_cameo_roles(dictionary) -> None:  # type: ignore[no-untyped-def]
    for entry in dictionary.entries.values():
        assert entry.role is None or entry.role in CAMEO_ROLES
    assert dictionary.find("FBI").country == "USA"
    assert dictionary.find("the Associated Press").role == "MED"
    assert dictionary.find("NATO").role == "IGO"
    # An organisation's tag, from its `cameo` code, as the events guidelines write it; other kinds carry none.
    tags = {
        name: dictionary.find(name).group
        for name in ("U.N.", "EU", "NATO", "African Union", "IAEA", "Red Cross")
    }
    assert tags == {
        "U.N.": "UNO",
        "EU": "EUREEC",
        "NATO": "NATO",
        "African Union": "AFRAU",
        "IAEA": "IAEA",
        "Red Cross": None,
    }


def test_gazetteer_titles_and_descriptors(dictionary) -> None:  # type: ignore[no-untyped-def]
    assert dictionary.title_role(["Sen."]) == "LEG"
    assert dictionary.title_role(["Attorney", "General"]) == "JUD"
    assert dictionary.title_role(["Director"]) == ""
    assert dictionary.title_role(["weather"]) is None
    assert dictionary.head_role(["Kazakh", "Defence", "Ministry"]) == "MIL"
    assert dictionary.head_role(["Kazakh", "Foreign", "Ministry"]) == "GOV"


def test_a_named_alliance_is_no_igo(dictionary) -> None:  # type: ignore[no-untyped-def]
    # "the alliance" of a NATO story is the IGO; a party coalition's proper name ending in the word is not.
    assert dictionary.name_head_role(["the", "alliance"]) == "IGO"
    assert dictionary.name_head_role(["Western", "alliance"]) == "IGO"
    assert dictionary.name_head_role(["Tamil", "National", "Alliance"]) is None
    assert dictionary.name_head_role(["Alliance", "of", "the", "Democratic", "Bloc"]) is None
    assert dictionary.name_head_role(["Kazakh", "Foreign", "Ministry"]) == "GOV"  # other heads as head_role


def test_a_name_with_a_preposition_is_headed_by_the_noun_before_it(dictionary) -> None:  # type: ignore[no-untyped-def]
    assert dictionary.name_head_role(["University", "of", "Malawi"]) == "EDU"
    assert dictionary.name_head_role(["Central", "Bank", "of", "Malawi"]) == "GOV"
    assert (
        dictionary.name_head_role(["Ministry", "of", "Defence"]) == "MIL"
    )  # the whole name's head comes first
    assert dictionary.name_head_role(["Ministry", "of", "Defence", "of", "Malawi"]) == "MIL"


def test_gazetteer_patterns_are_unique_phrases_plus_few_token_patterns() -> None:
    patterns = gazetteer_patterns(Settings())
    phrases = [p for p in patterns if isinstance(p["pattern"], str)]
    tokens = [p for p in patterns if not isinstance(p["pattern"], str)]
    assert len(phrases) > 2000
    # Token patterns cost per token; names must stay phrase patterns (two keep places and bodies named after a
    # person from becoming the person: "Nasser City", "the Salah Eddin Brigades"; two keep seas named after a
    # country from being the country: "the Sea of Japan", "the East China Sea").
    assert len(tokens) <= 11
    surfaces = [p["pattern"] for p in phrases]
    assert len(surfaces) == len(set(surfaces))
    assert all(p["label"] in {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"} and p["id"] for p in patterns)
    by_surface = dict(iter_names(load_actor_dictionary(Settings())))
    assert by_surface["Belarus"] == "country:BLR"
    assert by_surface["Georgia"] == "country:GEO"  # the entity stage decides when it is the US state
    assert by_surface["Iranian"] == "norp:IRN"
    assert by_surface["Kiev"] == "city:UKR:Kyiv"


def test_gazetteer_user_yaml_adds_and_overrides(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "# my actors\nactors:\n"
        "  - {name: Zorvian Liberation Front, aliases: [ZLF], country: MDA, role: REB}\n"
        "  - {name: Reuters, country: CAN, role: MED, kind: media}\n",
        encoding="utf-8",
    )
    d = load_actor_dictionary(Settings(actors=str(extra)))
    assert d.find("ZLF").name == "Zorvian Liberation Front"
    assert d.find("ZLF").role == "REB"
    assert d.find("Reuters").country == "CAN"
    assert load_actor_dictionary(Settings()).find("Reuters").country == "GBR"
    surfaces = {
        p["pattern"] for p in gazetteer_patterns(Settings(actors=str(extra))) if isinstance(p["pattern"], str)
    }
    assert "Zorvian Liberation Front" in surfaces


def test_gazetteer_user_tsv(tmp_path: Path) -> None:
    extra = tmp_path / "mine.tsv"
    extra.write_text(
        "# name\taliases\tkind\tcountry\trole\ttitle\n"
        "name\taliases\tkind\tcountry\trole\ttitle\n"
        "Dana Whitlock\tWhitlock\tperson\tNZL\tGOV\tForeign Minister\n",
        encoding="utf-8",
    )
    d = load_actor_dictionary(Settings(actors=str(extra)))
    entry = d.find("Whitlock")
    assert (entry.name, entry.kind, entry.country, entry.role, entry.title) == (
        "Dana Whitlock",
        "person",
        "NZL",
        "GOV",
        "Foreign Minister",
    )


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("  - {name: Bad Role, role: XYZ}\n", "CAMEO agent code"),
        ("  - {name: Bad Country, country: ZZZ}\n", "unknown ISO 3166"),
        ("  - {aliases: [nameless]}\n", "no name"),
        ("  - {name: Odd Kind, kind: animal}\n", "kind"),
    ],
)
def test_gazetteer_rejects_bad_entries(tmp_path: Path, line: str, message: str) -> None:
    extra = tmp_path / "bad.yaml"
    extra.write_text("actors:\n" + line, encoding="utf-8")
    with pytest.raises(UsageError, match=message):
        load_actor_dictionary(Settings(actors=str(extra)))


def test_gazetteer_missing_user_file_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no such file"):
        load_actor_dictionary(Settings(actors=str(tmp_path / "nope.yaml")))


@pytest.mark.model
def test_gazetteer_ruler_fixes_model_labels(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Belarus hosted talks. US Attorney Jeanine Pirro spoke to Rep. Jim Jordan about Jordan.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Belarus", "GPE") in ents
    assert ("Jeanine Pirro", "PERSON") in ents
    assert ("Jim Jordan", "PERSON") in ents
    assert ("Jordan", "GPE") in ents
    ids = {e.text: e.ent_id_ for e in doc.ents}
    assert ids["Belarus"] == "country:BLR"


def test_gazetteer_docs_example_file_loads(tmp_path: Path) -> None:
    """The worked example in docs/actors.md is a valid actor file and does what the page says."""
    doc = (Path(__file__).resolve().parents[3] / "docs" / "actors.md").read_text(encoding="utf-8")
    yaml_block = doc.split("```yaml\n", 1)[1].split("```", 1)[0]
    tsv_block = doc.split("```\n# my_actors.tsv\n", 1)[1].split("```", 1)[0]
    (tmp_path / "my_actors.yaml").write_text(yaml_block, encoding="utf-8")
    (tmp_path / "my_actors.tsv").write_text(tsv_block, encoding="utf-8")
    for name in ("my_actors.yaml", "my_actors.tsv"):
        d = load_actor_dictionary(Settings(actors=str(tmp_path / name)))
        assert d.find("PAS").country == "MDA"
        assert d.find("Sandu").title == "President"
    d = load_actor_dictionary(Settings(actors=str(tmp_path / "my_actors.yaml")))
    assert "Reuters News" in d.find("Reuters").aliases
    assert d.title_role(["deputy", "speaker"]) == "LEG"


def test_gazetteer_companies_are_business_organisations(dictionary) -> None:  # type: ignore[no-untyped-def]
    for name, iso3 in [
        ("Yukos", "RUS"),
        ("Lockheed Martin", "USA"),
        ("Saudi Aramco", "SAU"),
        ("Air France", "FRA"),
    ]:
        entry = dictionary.find(name)
        assert (entry.kind, entry.country, entry.role) == ("organisation", iso3, "BUS"), name
    # Names that are mostly something else are not companies: the river, the country's people.
    assert dictionary.find("Amazon") is None and dictionary.find("Emirates") is None


def test_gazetteer_regions_carry_cameo_region_codes(dictionary) -> None:  # type: ignore[no-untyped-def]
    assert (dictionary.find("Africa").kind, dictionary.find("Africa").country) == ("place", "AFR")
    assert dictionary.find("the Middle East").country == "MEA"
    assert dictionary.region_of(["European", "diplomats"]) == "EUR"
    assert dictionary.region_of(["Latin", "American", "leaders"]) == "LAM"
    assert dictionary.region_of(["Kenyan", "officials"]) is None
    assert (
        dictionary.country_of("African") is None
    )  # a region is never a country: "African Union" stays an IGO


def test_gazetteer_region_codes_are_checked(tmp_path: Path) -> None:
    extra = tmp_path / "regions.yaml"
    extra.write_text(
        "actors:\n  - {name: Sahel, kind: place, country: WAF}\nregions:\n  WAF: [Sahelian]\n", "utf-8"
    )
    d = load_actor_dictionary(Settings(actors=str(extra)))
    sahel = d.find("Sahel")
    assert sahel is not None and sahel.country == "WAF" and d.region_of(["Sahelian", "troops"]) == "WAF"
    bad = tmp_path / "bad_regions.yaml"  # a new file: dictionaries are cached by their list of files
    bad.write_text("regions:\n  XYZ: [Nowhere]\n", "utf-8")
    with pytest.raises(UsageError, match="CAMEO region"):
        load_actor_dictionary(Settings(actors=str(bad)))


def test_gazetteer_dated_project_entries_outrank_built_in_yaml_not_user_files(
    tmp_path: Path, dictionary
) -> None:  # type: ignore[no-untyped-def]
    # The Taliban and Labour are in the built-in YAML as of 2025 and in the dated figures with their history.
    assert {dictionary.find("Taliban").key, dictionary.find("Labour").key} <= dictionary.dated_first
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "actors:\n  - {name: Labour Party, aliases: [Labour], country: GBR, role: OPP}\n", "utf-8"
    )
    mine = load_actor_dictionary(Settings(actors=str(extra)))
    labour = mine.find("Labour")
    assert labour is not None and labour.source == str(extra) and labour.key not in mine.dated_first


def test_dictionary_the_eu_three_are_european_governments_not_the_union() -> None:
    d = load_actor_dictionary(Settings())
    for name in ("EU-3", "EU3", "EU-three", "E3"):
        entry = d.find(name)
        assert entry is not None and (entry.country, entry.role) == ("EUR", "GOV"), name
    union = d.find("European Union")
    assert union is not None and union.country != "EUR"


@pytest.mark.parametrize(
    ("words", "iso3"),
    [
        ("a senior North Korean official", "PRK"),
        ("the South African envoy", "ZAF"),
        ("a Korean diplomat", "KOR"),
        ("the Sri Lankan navy", "LKA"),
        ("a senior official", None),
    ],
)
def test_country_in_reads_two_words_before_one(dictionary, words: str, iso3: str | None) -> None:  # type: ignore[no-untyped-def]
    assert dictionary.country_in(words.split()) == iso3


@pytest.mark.parametrize("name", ["Liberal Democrats", "Lib Dems", "SNP", "Plaid Cymru", "UKIP"])
def test_britain_s_opposition_parties_are_britain_s(dictionary, name: str) -> None:  # type: ignore[no-untyped-def]
    entry = dictionary.find(name)
    assert entry is not None and (entry.country, entry.role) == ("GBR", "OPP")


def test_a_party_name_several_states_use_is_generic(dictionary) -> None:  # type: ignore[no-untyped-def]
    # Israel, Ireland, New Zealand and Norway have Labour parties: the story's country decides.
    entry = dictionary.find("Labour")
    assert entry is not None and entry.generic


def test_gazetteer_regions_of_one_country_are_its_places(dictionary) -> None:  # type: ignore[no-untyped-def]
    """The places stage's regions ("Darfur", "Niger Delta") are the actor stage's places of their country too."""
    assert dictionary.city("Niger Delta") == ("NGA", "Niger Delta")
    assert dictionary.city("Gaza Strip")[0] == "PSE"


def test_phoenix_agents_come_with_their_english_plurals(dictionary) -> None:  # type: ignore[no-untyped-def]
    # PETRARCH makes regular plurals itself, so Phoenix.agents.txt lists singulars; the converter writes the plural
    # English makes ("emissary": "emissaries", "airman {}": "airmen"), never "emissarys" or "airmans".
    assert dictionary.descriptors[("emissaries",)] == "GOV"
    assert dictionary.descriptors[("mercenaries",)] == "UAF"
    assert dictionary.descriptors[("airmen",)] == "MIL"
    assert dictionary.descriptors[("triggermen",)] == "UAF"
    for wrong in ("emissarys", "mercenarys", "airmans", "triggermans", "armys", "bosss"):
        assert (wrong,) not in dictionary.descriptors, wrong


def test_role_nouns_of_wire_copy_have_their_roles(dictionary) -> None:  # type: ignore[no-untyped-def]
    # issue 16: head nouns of group phrases the role tables lacked (session 23, tests/understand/actors/
    # role_phrases.py); the project's own list speaks before Phoenix's
    expected = {
        "negotiators": "GOV", "gendarmes": "COP", "state troopers": "COP", "conscripts": "MIL",
        "infantrymen": "MIL", "infiltrators": "REB", "mujahideen": "REB", "worshipers": "CVL",
        "labourers": "LAB", "paramedics": "HLH", "mullahs": "ELI", "sheikhs": "ELI", "tribal chiefs": "ELI",
        "growers": "AGR", "herders": "AGR", "editors": "MED", "cameramen": "MED", "monastery": "ELI",
        "missionaries": "",
    }
    for words, role in expected.items():
        assert dictionary.head_role(words.split()) == role, words
    assert dictionary.title_role(["emissary"]) == "GOV"


def test_a_peoples_word_is_no_outlet_named_with_the(dictionary) -> None:  # type: ignore[no-untyped-def]
    # "Hindu pilgrims": the model's NORP "Hindu" is the people's word, not the daily The Hindu, unless "the" stands
    # before it; a word the model reads otherwise ("Guardian reporters") still names its outlet
    assert dictionary.find_word("Hindu", people_word=True, after_the=False) is None
    hindu = dictionary.find_word("Hindu", people_word=True, after_the=True)
    assert hindu is not None and hindu.role == "MED"
    assert dictionary.find_word("Hindu", people_word=False, after_the=False) is not None


def test_petitioners_are_civilians(dictionary) -> None:  # type: ignore[no-untyped-def]
    # "Chinese police detained dozens of petitioners near Tiananmen Square": citizens with a grievance, as
    # protesters are; the plural alone and after a modifier.
    assert dictionary.head_role(["petitioners"]) == "CVL"
    assert dictionary.head_role(["rural", "petitioners"]) == "CVL"
    assert dictionary.head_role(["petition"]) is None
    # a crowd that acts as one, as "crowds" are
    assert dictionary.head_role(["mob"]) == dictionary.head_role(["angry", "mobs"]) == "CVL"


def test_the_foreign_office_is_also_pakistan_s_and_germany_s(dictionary) -> None:  # type: ignore[no-untyped-def]
    # Wire copy calls Pakistan's foreign ministry and Germany's Auswaertiges Amt the "Foreign Office" too: in a
    # story placed there the name is that state's, elsewhere the British one.
    entry = dictionary.find("Foreign Office")
    assert entry is not None and entry.country == "GBR"
    assert {"PAK", "DEU"} <= set(entry.generic_in)
    assert not entry.generic


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("ISLAMABAD (AP) - Islamabad accused New Delhi on Monday of violating the ceasefire, a Foreign Office "
         "spokesman said.", "PAKGOV"),
        ("BERLIN (Reuters) - The Foreign Office summoned the Iranian ambassador on Monday.", "DEUGOV"),
        ("LONDON (Reuters) - The Foreign Office summoned the Iranian ambassador on Monday.", "GBRGOV"),
        ("KABUL (Reuters) - The British Foreign Office said on Monday it would send more aid.", "GBRGOV"),
    ],
)
def test_the_foreign_office_of_a_story_placed_in_pakistan_or_germany(text: str, code: str) -> None:
    run = run_user_path([{"id": "1", "text": text}], Settings())
    found = [e["code"] for a in run.articles["1"] for e in a["entities"] if "Foreign Office" in e["name"]]
    assert found == [code]


def test_a_lower_case_word_is_no_one_state_s_capitalised_body(dictionary) -> None:  # type: ignore[no-untyped-def]
    # "a rebel congress" of a party is no U.S. Congress; a name many states bear is looked up either way
    assert dictionary.find("congress") is not None
    assert dictionary.find_name("congress") is None
    assert dictionary.find_name("Congress") is not None
    assert dictionary.find_name("communists") is not None  # generic: the home state's party


def test_a_generic_word_inside_a_name_is_the_home_state_s(dictionary) -> None:  # type: ignore[no-untyped-def]
    labour = dictionary.find("Labour")
    assert labour.word_code("USA") == ("USA", None)  # "the Labour Department" of a Washington story
    assert labour.word_code("GBR") == ("GBR", labour.role)  # its standing only in its own state
    assert labour.word_code(None) == ("GBR", labour.role)  # no home: the default, as for the whole name
    commerce = dictionary.find("Commerce Department")
    assert commerce.word_code("IDN") == ("USA", "GOV")  # not generic: always America's
