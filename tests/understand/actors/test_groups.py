"""Participants named by a description: groups, institutions and nameless office holders."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.extract.build import build_article
from newsgraph.model import Entity
from newsgraph.settings import Settings
from newsgraph.understand.actors.coding import code_actors
from newsgraph.understand.actors.dictionary import load_actor_dictionary
from newsgraph.understand.actors.entities import find_entities
from newsgraph.understand.actors.groups import add_groups
from newsgraph.understand.actors.names import add_names
from newsgraph.understand.actors.references import attach_titles
from tests.understand.actors.actor_drafts import draft

pytestmark = pytest.mark.model


def _groups(nlp: Any, text: str) -> dict[str, str]:
    d = draft(nlp, text)
    add_names(d)
    d.timeline.sort()
    attach_titles(d)
    add_groups(d)
    return {c.names[0].text: c.kind for c in d.clusters.values() if c.group}


def test_groups_descriptor_with_an_actor_modifier_is_a_group(nlp: Any) -> None:
    found = _groups(
        nlp, "Four senior FBI officials sued the bureau in May, and Iraqi police arrested protesters."
    )
    assert any("FBI officials" in name for name in found)
    assert found.get("Iraqi police") == "organisation"


def test_groups_a_bare_description_is_no_institution(nlp: Any) -> None:
    assert "government" not in _groups(
        nlp, "Protesters marched on the government offices and the government."
    )


def test_groups_a_bare_institution_that_acts_is_an_actor(nlp: Any) -> None:
    assert "government" in _groups(nlp, "The government said the port would reopen.")
    assert "military" in _groups(nlp, "The military killed four rebels on Monday.")


def test_groups_a_bare_state_organ_acted_on_is_an_actor(nlp: Any) -> None:
    assert "government" in _groups(nlp, "Darfur rebels accused the government on Monday of bombing villages.")
    assert "parliament" in _groups(nlp, "Thousands of protesters marched on parliament on Monday.")
    assert "opposition" in _groups(nlp, "The opposition called a general strike on Monday.")


def test_groups_two_role_nouns_joined_by_and_are_two_groups(nlp: Any) -> None:
    # The parser reads the first noun as a modifier of the second's: two actors, each with its own role noun.
    found = _groups(nlp, "The government and communist rebels agreed on Tuesday to a ceasefire.")
    assert "government" in found and "communist rebels" in found
    found = _groups(nlp, "Police and opposition supporters clashed in the capital on Sunday.")
    assert "Police" in found and "opposition supporters" in found
    assert not any(" and " in name for name in found)
    # The second of two that act together is an actor when it acts, as the first does.
    assert "government" in _groups(nlp, "Maoist rebels and the government agreed on Tuesday to meet.")
    # Two country adjectives on one noun stay the two sides of that noun.
    assert "Palestinian negotiators" in _groups(nlp, "Israeli and Palestinian negotiators met on Monday.")


def test_groups_a_bare_institution_is_the_named_one_with_its_head(nlp: Any) -> None:
    found = _groups(nlp, "The Sudanese government rejected the plan. The government said it would not yield.")
    assert "Sudanese government" in found and "government" not in found


def test_groups_capitalised_role_nouns_the_model_names_are_groups(nlp: Any) -> None:
    assert "Fighters" in _groups(nlp, "Fighters attacked a convoy near the city on Monday.")
    assert "Lawmakers" in _groups(nlp, "Lawmakers voted to extend the state of emergency.")


def _coded(nlp: Any, text: str, dateline: str | None = None, title: str | None = None) -> tuple[Entity, ...]:
    article = build_article(source="test", title=title, paragraphs=[text], dateline=dateline)
    doc = nlp(article.text[: article.analysis_end])
    d = load_actor_dictionary(Settings())
    return code_actors(article, doc, find_entities(article, doc, d), d)


def _code_of(found: tuple[Entity, ...], name: str) -> str:
    for e in found:
        if e.name == name:
            return e.code
    raise AssertionError(f"{name!r} not among {[(e.name, e.code) for e in found]}")


# Wire-copy phrases for actors named by a description (sentences written for these tests).
WIRE_GROUPS = [
    # a country's military hardware stands for its armed forces
    ("Israeli jets struck a workshop in the south overnight.", None, "Israeli jets", "ISRMIL"),
    ("Two U.S. helicopters fired on the convoy, killing four.", None, "Two U.S. helicopters", "USAMIL"),
    ("Israeli tanks rolled into the camp before dawn.", None, "Israeli tanks", "ISRMIL"),
    ("Russian and Syrian jets pounded the town.", None, "Syrian jets", "SYRMIL"),
    # an army's bulldozers razing homes (session 26), with or without "army"
    ("Israeli bulldozers razed dozens of homes in Rafah on Tuesday.", "RAFAH", "Israeli bulldozers", "ISRMIL"),
    ("Israeli army bulldozers demolished three houses.", None, "Israeli army bulldozers", "ISRMIL"),
    # a crowd acting as one (session 26)
    ("A mob lynched two federal police officers on Tuesday.", "MEXICO CITY", "mob", "MEXCVL"),
    ("Angry mobs attacked mosques on Wednesday.", "KATHMANDU", "Angry mobs", "NPLCVL"),
    # a country adjective on a business noun
    ("A French oil firm said it had halted drilling in the delta.", None, "French oil firm", "FRABUS"),
    # courts without a name, also behind the ruling they gave
    ("The appeals court upheld the sentence on Friday.", "DHAKA", "appeals court", "BGDJUD"),
    ("Lawyers asked the Supreme Court to overturn a lower court decision.", None, "lower court", "JUD"),
    # civilians, peacekeepers, guardsmen, aid workers
    (
        "Troops clashed with gunmen in Baghdad, sending passers-by running for cover.",
        None,
        "passers-by",
        "IRQCVL",
    ),
    (
        "A suicide bomber killed 12 Iraqi National Guardsmen at a checkpoint.",
        None,
        "12 Iraqi National Guardsmen",
        "IRQMIL",
    ),
    (
        "African Union peacekeepers arrived in the region on Friday.",
        None,
        "African Union peacekeepers",
        "IGOAFRAU",
    ),
    ("Foreign aid workers were evacuated after the attack.", None, "Foreign aid workers", "NGO"),
    # one person named by nationality and a common noun
    ("Kidnappers freed a Turkish truck driver on Monday.", None, "Turkish truck driver", "TUR"),
    ("An Iraqi man was killed when gunmen fired on his car.", None, "Iraqi man", "IRQ"),
    ("A senior Pakistani official said the talks would resume.", None, "senior Pakistani official", "PAKGOV"),
    ("An Israeli soldier was wounded in the raid.", None, "Israeli soldier", "ISRMIL"),
    # the lead's subject after a dateline, which spaCy's noun chunks drop
    (
        "ISLAMABAD (Reuters) - Pakistani security forces killed five militants.",
        "ISLAMABAD",
        "Pakistani security forces",
        "PAKCOP",
    ),
    (
        "BAGHDAD (Reuters) - Gunmen kidnapped 10 workers at a power plant, police said.",
        "BAGHDAD",
        "Gunmen",
        "IRQREB",
    ),
]


@pytest.mark.parametrize(("text", "dateline", "name", "expected"), WIRE_GROUPS)
def test_groups_wire_phrases(nlp: Any, text: str, dateline: str | None, name: str, expected: str) -> None:
    assert _code_of(_coded(nlp, text, dateline), name) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lufthansa jets were grounded on Monday.",
        "Israeli think tanks criticised the plan.",
        "The jets landed safely in Frankfurt.",
        "Construction workers drove bulldozers onto the site on Monday.",
    ],
)
def test_groups_hardware_needs_a_country(nlp: Any, text: str) -> None:
    assert not any(e.role == "MIL" for e in _coded(nlp, text))


def test_groups_court_ruling_without_modifier_is_no_new_court(nlp: Any) -> None:
    assert not any("court" in e.name for e in _coded(nlp, "The court ruling angered the opposition."))


def test_groups_apposition_describes_the_name(nlp: Any) -> None:
    found = _coded(nlp, "Ken Marsh, a British engineer, was seized from his home last week.")
    assert [e.name for e in found if "engineer" in e.name] == []
    assert _code_of(found, "Ken Marsh") == "GBR"


def test_groups_headline_bare_group_joins_the_body(nlp: Any) -> None:
    found = _coded(
        nlp,
        "Egyptian President Hany Farouk is in a coma, Farouk's senior aides said on Thursday.",
        title="Leader in hospital: aides",
    )
    aides = [e for e in found if "aides" in e.name]
    assert len(aides) == 1
    assert "aides" in [m.text for m in aides[0].mentions]
    assert aides[0].code == "EGYGOV"


def test_groups_descriptive_headline_name_leaves_the_body_phrase(nlp: Any) -> None:
    found = _coded(
        nlp,
        "A Turkish construction company said on Monday it would halt work in Iraq.",
        dateline="ANKARA",
        title="Turkish Company Quits Iraq",
    )
    assert _code_of(found, "Turkish construction company") == "TURBUS"


def test_groups_headline_glued_to_a_group_is_cut_at_its_noun(nlp: Any) -> None:
    found = _coded(
        nlp,
        "Chechen rebels seized a school in the south on Wednesday.",
        dateline="MOSCOW",
        title="Chechen Rebels Seize School",
    )
    assert _code_of(found, "Chechen Rebels") == "RUSREB"
    assert not any("School" in e.name for e in found)
    rebels = [e for e in found if "rebels" in e.name.casefold()]
    assert [sorted(m.text for m in e.mentions) for e in rebels] == [["Chechen Rebels", "Chechen rebels"]]


def test_groups_headline_group_compound_is_no_institution(nlp: Any) -> None:
    found = _coded(
        nlp,
        "U.S. troops battled militiamen in the city on Tuesday.",
        dateline="NAJAF, Iraq",
        title="U.S. Troops Battle Militia in Najaf",
    )
    assert not any("Battle" in e.name for e in found)
    assert _code_of(found, "U.S. troops") == "USAMIL"


def test_groups_counted_nationals_of_a_trade_are_their_country(nlp: Any) -> None:
    # A plural person noun no descriptor lists ("sailors", "fishermen") with a nationality: that country's people.
    found = _coded(nlp, "Pirates freed 11 Filipino sailors and two Japanese fishermen on Sunday.")
    assert _code_of(found, "11 Filipino sailors").startswith("PHL")
    assert _code_of(found, "two Japanese fishermen").startswith("JPN")
    assert "the sailors" not in _groups(nlp, "Pirates freed the sailors on Sunday.")


def test_groups_one_person_named_by_a_role_noun_is_an_actor(nlp: Any) -> None:
    found = _groups(nlp, "A roadside bomb killed a soldier, and police shot a protester near the market.")
    assert found.get("soldier") == "person" and found.get("protester") == "person"
    # A bare noun is no one person; a name beside the noun is the actor instead.
    found = _groups(nlp, "Soldier training resumed on Monday, and soldier Tom Reed was hurt.")
    assert "soldier" not in {name.casefold() for name in found}


def test_groups_two_countries_of_one_force_each_have_a_group(nlp: Any) -> None:
    found = _groups(nlp, "U.S. and Iraqi forces battled insurgents in the city on Friday.")
    assert "Iraqi forces" in found


def test_groups_western_diplomats_and_union_leaders_are_groups(nlp: Any) -> None:
    found = _groups(nlp, "Western diplomats met union leaders on Monday.")
    assert "Western diplomats" in found and "union leaders" in found


def test_groups_a_place_or_deed_of_a_role_is_no_person(nlp: Any) -> None:
    found = _groups(
        nlp,
        "A rocket hit a hospital in the town. The school was closed. The newspaper said the uprising "
        "had spread, and troops raided the village. A policeman and a refugee were hurt.",
    )
    assert not {"hospital", "school", "uprising", "village"} & set(found)
    # A newspaper that reports is an outlet acting (an organisation), never a person.
    assert found.get("newspaper") == "organisation"
    assert found.get("policeman") == "person" and found.get("refugee") == "person"


def test_groups_a_definite_plural_office_is_a_group_unless_the_article_named_holders_before(nlp: Any) -> None:
    # With no minister or lawmaker named before, "the ministers", "the lawmakers" introduce a group.
    found = _groups(nlp, "The lawmakers voted on Monday after the diplomats left, and the ministers met.")
    assert {"lawmakers", "diplomats", "ministers"} <= {name.split()[-1] for name in found}
    # After two ministers are named, "the ministers" points back at them: no group of its own.
    named = _groups(
        nlp, "Trade Minister Ana Ruiz and Farm Minister Luis Soto met on Monday. The ministers said talks went well."
    )
    assert not any(name.endswith("ministers") for name in named)
    # A plural title before names is theirs.
    assert not any(name.startswith("Presidents") for name in _groups(nlp, "Presidents Anna Berg and Jan Novak met."))


@pytest.mark.model
@pytest.mark.parametrize(
    ("lead", "name", "code"),
    [
        ("MIAMI (AP) - A Cuban defector said on Monday that he had fled by boat.", "Cuban defector", "CUBOPP"),
        ("ROME (AP) - An Eritrean migrant drowned on Monday off Sicily, officials said.", "Eritrean migrant", "ERIREF"),
    ],
)
def test_groups_one_national_named_by_a_role_noun(lead: str, name: str, code: str) -> None:
    from tests.understand.actors.test_wire_blind import analyse_headlined

    (article,) = analyse_headlined([("News", lead)])[f"News|{lead}"]
    assert [e["code"] for e in article["entities"] if e["name"] == name] == [code]


def test_groups_a_possessor_heads_a_phrase_of_its_own(nlp: Any) -> None:
    # spaCy's chunk "the government's decision" hides the government; the owner of a decision or an offensive acts.
    assert "government" in _groups(nlp, "Farmers criticised the government's decision to raise fuel prices.")
    assert "army" in _groups(nlp, "The army's offensive killed twenty rebels near the border.")
    assert not any("profits" in name for name in _groups(nlp, "The company's profits rose sharply."))


def test_groups_an_unnamed_outlet_that_reports_is_an_actor(nlp: Any) -> None:
    found = _groups(nlp, "Television showed the wreckage on Monday, and the newspaper said nine people died.")
    assert found.get("Television") == "organisation" and found.get("newspaper") == "organisation"
    # Spoken to, the media are the audience of a statement: no actor the stage adds for them.
    assert "press" not in _groups(nlp, "The minister told the press on Monday that the talks had failed.")


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Gunmen shot dead an off-duty policeman on Tuesday.", "off-duty policeman"),
        ("Rebels released three captives on Jolo island on Friday.", "three captives"),
        ("Tribesmen kidnapped two foreigners in the province of Marib.", "two foreigners"),
        ("Insurgents stormed a police station in Mosul on Monday.", "police station"),
    ],
)
def test_groups_role_nouns_of_wire_leads_are_actors(nlp: Any, text: str, group: str) -> None:
    assert any(name.endswith(group) for name in _groups(nlp, text)), group


@pytest.mark.parametrize(
    "text",
    [
        "The suspect was taken to a police station in Rawalpindi for questioning.",
        "Two men were arrested at the police station in Lahore on Tuesday.",
    ],
)
def test_groups_a_post_someone_is_taken_to_is_a_place(nlp: Any, text: str) -> None:
    assert not any("station" in name for name in _groups(nlp, text))
