"""The home country: where the article's dateline and its place and country names put its story."""

from __future__ import annotations

import pytest

from newsgraph.extract.build import build_article
from newsgraph.model import Entity, Mention, Place
from newsgraph.settings import Settings
from newsgraph.understand.actors.dictionary import load_actor_dictionary
from newsgraph.understand.actors.entities import find_entities
from newsgraph.understand.actors.placing import (
    acting,
    asked_for,
    home_country,
    locative,
    members,
    own_region,
    placed_in,
    venue,
    with_place_countries,
)
from newsgraph.understand.docview import index_for

pytestmark = pytest.mark.model


def home(nlp, text: str, dateline: str | None = None) -> str | None:  # type: ignore[no-untyped-def]
    article = build_article(source="test", paragraphs=[text], dateline=dateline)
    doc = nlp(article.text[: article.analysis_end])
    d = load_actor_dictionary(Settings())
    entities = find_entities(article, doc, d)
    return home_country(article, doc, entities, index_for(article, doc, None), d, lambda e: None)


@pytest.mark.parametrize(
    ("text", "dateline", "expected"),
    [
        # A dateline alone places the story.
        ("Insurgents attacked a police station on Tuesday, killing four officers.", "NAJAF, Iraq", "IRQ"),
        # The story's own places outvote the city it was filed from.
        ("Talks on Darfur resumed as Sudan promised to disarm militias in Darfur.", "ABUJA, Nigeria", "SDN"),
        # A story filed from Moscow about Budapest is Hungary's.
        ("Hungary blocked the statement, the Hungarian Foreign Ministry said in Budapest.", "MOSCOW", "HUN"),
        # A tie between the dateline and a country only adjectives and modifiers name goes to the dateline: the
        # Italians are foreigners in a story from Baghdad.
        (
            "Kidnappers holding two Italian engineers demanded the withdrawal of Italian troops.",
            "BAGHDAD",
            "IRQ",
        ),
        ("Gunmen fired on U.S. troops, and U.S. helicopters returned fire.", "FALLUJA, Iraq", "IRQ"),
        # However often a story calls its foreigners "Jordanian", they weigh no more than its dateline.
        (
            "A Jordanian driver was freed, the Jordanian Foreign Ministry and his Jordanian employer said.",
            "BAGHDAD",
            "IRQ",
        ),
        # A dateline town the dated dictionary knows as a place ("Rangoon"), though no table of cities has it.
        ("The junta freed a senior politician on Tuesday, his party said.", "RANGOON", "MMR"),
        # A state's police serve at home: their adjective places a story with no dateline.
        ("Gunmen fired on a bus on Friday, Bolivian police said.", None, "BOL"),
        # A foreign ministry speaks for its citizens abroad: its adjective does not.
        ("Gunmen freed a Chilean engineer on Monday, the Chilean Foreign Ministry said.", None, None),
        # Nor does an embassy, named by its adjective.
        (
            "Gunmen freed an engineer on Monday, the Peruvian embassy said, and a Peruvian embassy official agreed.",
            None,
            None,
        ),
        # One passing mention with no dateline places nothing.
        ("Troops fired on a crowd, witnesses said, a day after talks with France.", None, None),
        # With no dateline, the office holders the dictionaries know say whose politics it is, though the
        # war the story debates was fought elsewhere.
        (
            "Tony Blair defended his decision to go to war in Iraq. Conservative leader Michael Howard and "
            "Foreign Secretary Jack Straw clashed over the legal advice.",
            None,
            "GBR",
        ),
        # One vote a person: a foreign leader named twice does not outvote where the story happens.
        (
            "Floods in Dhaka have killed 200 people, police said. President George W. Bush pledged aid, and "
            "Mr Bush sent his condolences.",
            None,
            "BGD",
        ),
        # A named office holder who acts is the story's protagonist, like a country that acts: two votes
        # (session 14, no-dateline set), against one for a country the story only names as its topic.
        ("President Hamid Karzai ordered commanders to hand over their weapons to the government.", None, "AFG"),
        ("President Hugo Chavez accused opposition leaders of plotting with the United States.", None, "VEN"),
        # Nor one whose act is aimed at another country: that story is the other country's.
        ("Secretary of State Colin Powell urged Sudan on Monday to disarm the militias.", None, None),
        # One who only speaks comments on any country's story: one vote.
        ("President George W. Bush said on Monday that the insurgents would be defeated.", None, None),
        # One only named ("loyal to") still has one vote.
        ("Police loyal to President Alexander Lukashenko broke up a rally in the capital.", None, None),
        # A state's opposition and authorities are domestic bodies, like its police.
        ("Indian opposition parties walked out of parliament over the talks.", None, "IND"),
        ("Uzbek authorities jailed 15 men for plotting a coup.", None, "UZB"),
        # A country's troops may be abroad: their adjective alone still places nothing.
        ("Turkish troops killed five rebels in clashes on Sunday.", None, None),
        # A country whose name is its adjective too ("Myanmar") still votes by name (review, session 12).
        ("Myanmar freed 4,000 prisoners on Friday, and officials said more would follow in Myanmar.", "BANGKOK", "MMR"),
        # A country joined to a nationality ("U.S. and Iraqi troops") only modifies the troops, even where the parse
        # makes it the subject: the dateline places the story.
        ("U.S. and Iraqi troops took control of the city on Friday after an offensive against insurgents, the U.S. "
         "military said.", "SAMARRA, Iraq", "IRQ"),
        ("U.S. and Afghan troops raided a village on Monday, the U.S. military said.", "KABUL", "AFG"),
        # A country's base a story happens at is its post abroad, not where the story is: the town near it places it.
        ("Insurgents fired mortar rounds at a U.S. base near Baquba on Tuesday.", None, "IRQ"),
        # Hostages, drivers and reporters held or freed are abroad: their nationality places nothing. Nor does it
        # when they are named twice, as a headline and its lead name them.
        ("Kidnappers freed a Turkish truck driver on Friday, and the Turkish driver thanked his employer.", None, None),
        ("Gunmen seized two Italian aid workers and a Filipino truck driver from their offices.", None, None),
        # When they act, they are where the story is.
        (
            "Bangladeshi drivers blocked the main highway on Monday, and Bangladeshi drivers in the port joined them.",
            None,
            "BGD",
        ),
        # With a dateline they do not vote: a foreign leader quoted in a Baghdad story is not its place.
        ("President George W. Bush said on Monday that Bush would not pull out troops.", "BAGHDAD", "IRQ"),
        # A state's part of a place where things happen ("in Indian Kashmir") places the story as a dateline does.
        ("Suspected Islamic militants shot dead four civilians in Indian Kashmir on Monday, police said.", None, "IND"),
        ("Rebels killed 10 people in Indonesian Papua on Sunday, police said.", None, "IDN"),
        # The adjective on a place name that is no place of events votes as any adjective, once.
        ("Delegates from Indonesian Papua met the envoys on Monday.", None, None),
    ],
)
def test_home_country(nlp, text: str, dateline: str | None, expected: str | None) -> None:  # type: ignore[no-untyped-def]
    assert home(nlp, text, dateline) == expected


def test_a_country_the_headline_names_places_a_story_with_no_dateline(nlp) -> None:  # type: ignore[no-untyped-def]
    d = load_actor_dictionary(Settings())

    def headed(title: str, text: str, dateline: str | None = None) -> str | None:
        article = build_article(source="test", paragraphs=[text], title=title, dateline=dateline)
        doc = nlp(article.text[: article.analysis_end])
        entities = find_entities(article, doc, d)
        return home_country(article, doc, entities, index_for(article, doc, None), d, lambda e: None)

    assert headed("Uganda rebels kill villagers", "Rebels killed 15 villagers in the north.") == "UGA"
    assert headed("Kenya minister accused", "The president sacked his health minister on Monday.") == "KEN"
    # In the text, the same words are one vote: a passing modifier places nothing.
    assert headed("Villagers killed", "Uganda rebels killed 15 villagers in the north.") is None
    # Not the country of people abroad in the story, whom a headline names by it.
    assert headed("U.S. troops kill 10 in raid", "Troops killed 10 insurgents in a raid on Sunday.") is None
    # With a dateline, the headline's country named once is one vote: the dateline outweighs it.
    assert headed("Kenya minister accused", "The president sacked his health minister.", "KAMPALA") == "UGA"
    # A counterpart the headline names is no place of the story: the residents plead with the United States.
    text = "U.S. troops barred residents from returning to their homes in the besieged city of Mosul on Monday."
    assert headed("Iraqis Plead With U.S. to Let Them Return", text) != "USA"


def test_locative_and_acting(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Pakistan will send troops to a base in the city of Najaf and a camp in Kenya.")
    assert acting("country", doc[0:1]) and not acting("place", doc[0:1])
    assert locative(doc[11:12])  # "the city of Najaf"
    assert locative(doc[16:17])  # "in Kenya"
    assert not locative(doc[0:1]) and not locative(None)


def test_place_takes_the_geocoded_country_the_article_confirms() -> None:
    town = Entity("e1", "Bouake", "place", (Mention("Bouake", 40, 46),))
    other = Entity("e2", "Gulu", "place", (Mention("Gulu", 60, 64),))
    army = Entity(
        "e3", "Ivorian army", "organisation", (Mention("Ivorian army", 0, 12),), country="CIV", role="MIL"
    )
    places = [
        Place("Bouaké", "CIV", 7.7, -5.0, "city", 0.9, 40, 46),
        Place("Gulu", "UGA", 2.8, 32.3, "city", 0.9, 60, 64),
    ]
    got = with_place_countries([town, other, army], places)
    # Gulu's Uganda is named nowhere else in the article: an ambiguous name's geocoding is not trusted alone.
    assert [e.code for e in got] == ["CIV", "", "CIVMIL"]


def test_groups_take_the_one_country_of_the_article_towns() -> None:
    # "Reuters - Insurgents in Karbala fired on a convoy": no dateline, a town the actor dictionary does not know.
    town = Entity("e1", "Karbala", "place", (Mention("Karbala", 25, 32),))
    rebels = Entity("e2", "Insurgents", "organisation", (Mention("Insurgents", 10, 20),), role="REB")
    troops = Entity("e3", "foreign troops", "organisation", (Mention("foreign troops", 40, 54),), role="MIL")
    monitors = Entity("e4", "U.N. monitors", "organisation", (Mention("U.N. monitors", 60, 73),), role="IGO")
    us = Place("United States", "USA", 39.8, -98.6, "country", 1.0, 80, 84)
    karbala = Place("Karbala", "IRQ", 32.6, 44.0, "city", 0.8, 25, 32)
    d = load_actor_dictionary(Settings())
    got = with_place_countries([town, rebels, troops, monitors], [karbala, us], d)
    # A country's own name only modifies ("U.S. troops"): the town places the story. Foreign troops and a stateless
    # body stay without a country.
    assert [e.code for e in got] == ["", "IRQREB", "MIL", "IGO"]
    # Towns of two countries place nothing.
    gulu = Place("Gulu", "UGA", 2.8, 32.3, "city", 0.9, 90, 94)
    assert with_place_countries([rebels], [karbala, gulu], d)[0].code == "REB"


def test_a_demanded_act_does_not_place_the_story(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(
        "Kidnappers demanded that Norway withdraw its troops, and threatened to kill him unless Chile pays."
    )
    norway, chile = doc[3:4], doc[14:15]
    assert asked_for(norway) and asked_for(chile)
    assert not acting("country", norway) and not acting("country", chile)
    assert not asked_for(nlp("Norway will withdraw its troops.")[0:1])


@pytest.mark.parametrize(
    ("text", "dateline", "expected"),
    [
        # The country a kidnapper's demand is aimed at is not where the story is.
        (
            "Kidnappers holding two Norwegian engineers demanded that Norway withdraw its troops.",
            "BAGHDAD",
            "IRQ",
        ),
    ],
)
def test_home_country_leaves_out_demands(nlp, text: str, dateline: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert home(nlp, text, dateline) == expected


def test_own_region_and_members() -> None:
    assert own_region("regional", ["regional", "powers"]) and not own_region(
        "regional", ["regional", "ministry"]
    )
    assert own_region("foreign", ["foreign", "ministry"])  # the portfolio is the caller's to read
    # A state's own people in its regions are the state's: "regional warlords", "regional commanders".
    assert not own_region("regional", ["regional", "warlords"]) and not own_region("regional", ["regional", "officials"])
    assert own_region("regional", ["regional", "leaders"]) and own_region("regional", ["regional", "states"])
    assert members("officials") and not members("critics")


@pytest.mark.parametrize(
    ("text", "dateline", "expected"),
    [
        # A venue of talks abroad is not where the parties are from: the dateline places the story.
        ("The government will resume peace talks with communist rebels in Oslo next month.", "MANILA", "PHL"),
        (
            "The government will ask donors for aid at a conference in Tokyo, after ministers met in Tokyo.",
            "KABUL",
            "AFG",
        ),
        # A dateline in the venue's country (the reporter is at the talks) weighs one: the parties' country wins.
        (
            "The Sudanese government and rebels resumed talks in the Kenyan town of Naivasha, Sudan said.",
            "NAIROBI",
            "SDN",
        ),
        # Talks at home place the story at home.
        ("The government will hold talks with rebels in Manila next week.", "MANILA", "PHL"),
        # A meeting in the dateline's own country is the story's place, not a venue that lowers the dateline.
        (
            "Iraq's foreign minister told a news conference in Baghdad on Sunday that the United States would "
            "withdraw. U.S. officials said Washington agreed. The government said the troops would leave.",
            "BAGHDAD",
            "IRQ",
        ),
    ],
)
def test_home_country_leaves_out_venues(nlp, text: str, dateline: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert home(nlp, text, dateline) == expected


def test_venue(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(
        "Rebels met in Oslo, and talks with the government in Geneva failed, while gunmen fired in Najaf."
    )
    oslo, geneva, najaf = doc[3:4], doc[11:12], doc[18:19]
    assert venue(oslo) and venue(geneva)
    assert not venue(najaf) and locative(najaf) and not venue(None)


def test_placed_in_by_the_groups_own_act(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Gunmen kidnapped two drivers in Baghdad, and foreign fighters fought in Ramadi.")
    baghdad = Entity("e1", "Baghdad", "place", (Mention("Baghdad", 32, 39),), country="IRQ")
    ramadi = Entity("e2", "Ramadi", "place", (Mention("Ramadi", 72, 78),), country="IRQ")
    at = {32: baghdad, 72: ramadi}

    def country_of(e: Entity) -> str | None:
        return e.country

    gunmen, fighters = doc[0:1], doc[8:10]
    assert placed_in(gunmen, at.get, country_of, "REB", "Gunmen") == "IRQ"
    # A state's organs act abroad too, a group set apart as foreign is no one's of the place, and with no role
    # given, only the group's own phrase counts.
    assert placed_in(gunmen, at.get, country_of, "MIL", "Gunmen") is None
    assert placed_in(fighters, at.get, country_of, "REB", "foreign fighters") is None
    assert placed_in(fighters[1:], at.get, country_of, "REB", "fighters") == "IRQ"
    assert placed_in(gunmen, at.get, country_of) is None


def test_placed_in_not_by_a_statement_or_an_opposition_meeting_abroad(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(
        "Rebels told reporters in Nairobi, opposition leaders gathered in Pretoria and protesters marched in Amman."
    )
    where = {
        i: Entity(f"e{i}", t.text, "place", (Mention(t.text, t.idx, t.idx + len(t.text)),), country=c)
        for i, t, c in ((4, doc[4], "KEN"), (10, doc[10], "ZAF"), (15, doc[15], "JOR"))
    }
    at = {e.mentions[0].start: e for e in where.values()}

    def country_of(e: Entity) -> str | None:
        return e.country

    assert placed_in(doc[0:1], at.get, country_of, "REB", "Rebels") is None
    assert placed_in(doc[6:8], at.get, country_of, "OPP", "opposition leaders") is None
    assert placed_in(doc[12:13], at.get, country_of, "CVL", "protesters") == "JOR"


def test_placed_in_near_a_country_is_outside_it(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The navy said sailors clashed with rebels near India on Sunday.")
    india = Entity("e1", "India", "country", (Mention("India", doc[8].idx, doc[8].idx + 5),), country="IND")
    assert placed_in(doc[6:7], {india.mentions[0].start: india}.get, lambda e: e.country) is None


_OWNED = {
    # a possessive pronoun's owner is the subject of its clause or of a clause above it, before any place
    ("Cuts announced", "WARSAW (AP) - Poland will cut the number of its soldiers in Iraq next year, the defense "
     "ministry said."): ("soldiers", "POLMIL"),
    ("Envoy recalled", "MANILA (AP) - The Philippines recalled its ambassador to Iraq on Monday."): ("ambassador",
                                                                                                      "PHLGOV"),
    ("Leave now", "NEW DELHI (AP) - India told its citizens in Iraq to leave the country."): ("citizens", "INDCVL"),
    # a capital that speaks for its state owns what "its" names
    ("Warning issued", "BEIRUT, Lebanon (AP) - Washington told its citizens in Lebanon on Monday to leave the "
     "country."): ("citizens", "USACVL"),
    # a verb that asks its object to act: the object owns it
    ("Border row", "ISLAMABAD (AP) - The United States urged Pakistan on Monday to pull back its troops from the "
     "Afghan border."): ("troops", "PAKMIL"),
    # "their" of a plural subject: the group's own country
    ("Truce agreed", "NAIROBI, Kenya (Reuters) - Somali warlords and their militiamen in Mogadishu agreed to a "
     "truce."): ("militiamen", "SOMREB"),
    # "his", "her", "their" of a person: that person's own state, with no dateline to place the story
    ("Hostage video", "A Japanese hostage appeared in a video pleading with his government to withdraw its "
     "troops."): ("government", "JPNGOV"),
    ("Captive begs", "AP - A Filipino truck driver held by militants begged his government in a video to save his "
     "life."): ("government", "PHLGOV"),
    ("Envoy's letter", "The Pakistani envoy met his counterpart on Monday and handed him a letter from his "
     "government."): ("government", "PAKGOV"),
    ("Rebel chief speaks", "AP - Ivorian rebel leader Guillaume Soro told his fighters on Sunday to stay in their "
     "barracks."): ("fighters", "CIVREB"),
    # a hostile act on "its" people is done to another state's: the pronoun points to the reporting state
    ("Envoy expelled", "TEHRAN, Iran (AP) - Iran said on Monday that Britain had expelled its ambassador."): (
        "ambassador", "IRNGOV"),
    ("Fishermen held", "BEIJING (AP) - China said the Philippines had detained its citizens near the shoal."): (
        "citizens", "CHNCVL"),
    # a subject whose own phrase names a place gives no owner (its country may be the place's)
    ("Appeal to Paris", "PARIS (AP) - The families of French hostages held in Mali urged their government on "
     "Monday to negotiate."): ("government", "FRAGOV"),
    # a state and its opponents paired by "and": each side takes the other's country, not the venue's
    ("Peace deal signed", "NAIROBI, Kenya (Reuters) - Sudan's government and southern rebels signed a peace deal "
     "in Nairobi on Sunday."): ("southern rebels", "SDNREB"),
    ("Talks resume", "OSLO (Reuters) - The Philippine government and communist rebels resumed talks in Oslo on "
     "Monday."): ("communist rebels", "PHLREB"),
    ("Talks open", "ABUJA (AP) - The government and Darfur rebels met in Abuja on Monday."): ("government", "SDNGOV"),
    # foreign troops are no state side: the militia is of the place its own phrase names
    ("Fighting flares", "NAJAF, Iraq (AP) - Clashes between U.S. troops and Shi'ite militiamen in Najaf killed 15 "
     "people on Thursday."): ("Shi'ite militiamen", "IRQREB"),
    # a side's arms are its own: the warplanes of the military that reports the strike
    ("Strike reported", "BAGHDAD (Reuters) - The U.S. military said on Sunday its warplanes had struck a suspected "
     "hideout of militants in Falluja."): ("warplanes", "USAMIL"),
    # a noun of a relation to the other side is not the possessor's own: the kidnappers of Dutch aid workers
    ("Aid workers freed", "KABUL, Afghanistan (AP) - Three Dutch aid workers were freed on Friday, and their "
     "kidnappers fled into the hills of Kunar province."): ("kidnappers", "AFGCRM"),
}


@pytest.fixture(scope="module")
def owned() -> dict[str, list[dict[str, object]]]:
    from tests.understand.actors.test_wire_blind import analyse_headlined

    return analyse_headlined(_OWNED)


@pytest.mark.parametrize("item", list(_OWNED), ids=[v[0] + "-" + v[1] for v in _OWNED.values()])
def test_pronoun_owner_gives_the_group_its_state(owned: dict[str, list[dict[str, object]]], item: tuple[str, str]) -> None:
    name, code = _OWNED[item]
    (article,) = owned["|".join(item)]
    entities = article["entities"]
    assert isinstance(entities, list)
    assert [e["code"] for e in entities if e["name"] == name] == [code]




# A sea whose name holds a people's adjective is no state's part of a place (review, session 26): "in the Indian
# Ocean" does not place the story in India, so the dead the Sri Lankan officials count are not India's; a state's
# part of a land ("in Indian Kashmir") still places it. Each item: a name, the country, whether it is that one's.
_EXPANSES = {
    ("Tsunami toll rises", "A tsunami struck coastal towns in the Indian Ocean, and Sri Lankan officials said 3,000 "
     "people were killed."): ("3,000 people", "IND", False),
    ("Kashmir attack", "Suspected militants shot dead four civilians in Indian Kashmir on Monday, police said."): (
        "four civilians", "IND", True,
    ),
}  # fmt: skip


def test_a_sea_named_for_a_people_places_no_story() -> None:
    from tests.understand.actors.test_wire_blind import analyse_headlined

    analysed = analyse_headlined(_EXPANSES)
    for item, (name, country, placed) in _EXPANSES.items():
        (article,) = analysed["|".join(item)]
        entities = article["entities"]
        assert isinstance(entities, list)
        codes = [str(e["code"]) for e in entities if e["name"] == name]
        assert len(codes) == 1 and codes[0].startswith(country) == placed, (item, codes)
