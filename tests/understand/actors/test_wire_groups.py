"""A fifth blind set, in the shape of the 2004 AG News "World" items (a headline, then a lead that opens with a
dateline and agency), no article date. It covers what the earlier sets leave out:

- namesakes: a person whose full name the dated dictionary holds for someone else (a Malian president, a Guinean
  minister), named here with a title that says another role or country;
- ethnic, religious and sectarian groups ("Kurds", "Kurdish fighters", "Shiite clerics", "Islamists"), coded as
  docs/actors.md says: the country the item places them in, and the role their own noun names, if any;
- groups whose country is not the place they are in: Israeli settlers in Gaza, British hostages in Iraq, U.S.
  contractors, foreign workers, expatriates;
- headlines in title case whose verbs and adverbs must not become entities.

Every code was written down by events_guidelines.md's actor rules before the coder's output on these leads was
seen. A gold code of three letters is checked on the country (the guidelines' scorer); a longer one in full; an
empty one means the actor has no country.
"""

from __future__ import annotations

import pytest

from newsgraph.evaluate.actors_news import first_match

from .test_wire_blind import headlined_entities, wire_params

pytestmark = pytest.mark.model

# (headline, lead, actor as named, gold code)
# declarative table:
CASES: list[tuple[str, str, str, str]] = [
    # Namesakes: the text's own title and country beat a dictionary entry for another person of the same name.
    ("Ivorian rebels refuse to disarm", "BOUAKE, Ivory Coast (Reuters) - Rebel commander Moussa Traore said on "
     "Sunday his fighters would not hand over their weapons before the elections.", "Moussa Traore", "CIVREB"),
    ("Ivorian rebels refuse to disarm", "BOUAKE, Ivory Coast (Reuters) - Moussa Traore, a rebel spokesman, said "
     "on Sunday his fighters would keep their weapons.", "Moussa Traore", "CIVREB"),
    ("Senegal opposition calls protest", "DAKAR (AFP) - Senegalese opposition leader Amadou Diallo called on "
     "Friday for a march against the new electoral law.", "Amadou Diallo", "SENOPP"),
    ("Mali leader visits Paris", "PARIS (Reuters) - Malian President Amadou Toumani Toure met French "
     "President Jacques Chirac on Tuesday to discuss aid.", "Amadou Toumani Toure", "MLIGOV"),
    ("Kenyan trader freed", "NAIROBI (Reuters) - Kenyan businessman Moussa Traore was freed by kidnappers on "
     "Monday after his family paid a ransom, police said.", "Moussa Traore", "KEN"),
    # Ethnic, religious and sectarian groups.
    ("Kurds rally in Kirkuk", "KIRKUK, Iraq (Reuters) - Thousands of Kurds marched through Kirkuk on Monday to "
     "demand that the city join their autonomous region.", "Kurds", "IRQ"),
    ("Kurdish fighters kill Turkish soldiers", "DIYARBAKIR, Turkey (Reuters) - Kurdish fighters killed three "
     "Turkish soldiers in a clash near the Iraqi border, the army said on Sunday.", "Kurdish fighters", "TURREB"),
    ("Kurdish rebels ambush patrol", "ANKARA (Reuters) - Kurdish rebels killed two soldiers in southeast Turkey, "
     "the military said on Wednesday.", "Kurdish rebels", "TURREB"),
    ("Shiite clerics call for calm", "BAGHDAD (Reuters) - Senior Shiite clerics called on Tuesday for calm after a "
     "bomb killed 30 people at a mosque in Karbala.", "Shiite clerics", "IRQ"),
    ("Sunni leaders urge vote boycott", "BAGHDAD (AP) - Sunni Muslim leaders urged their followers on Sunday to "
     "boycott January's election in Iraq.", "Sunni Muslim leaders", "IRQ"),
    ("Islamists gain in Moroccan vote", "RABAT (Reuters) - Islamists won a quarter of the seats in Morocco's "
     "parliament, officials said on Saturday.", "Islamists", "MAR"),
    ("Hindu nationalists burn effigies", "NEW DELHI (Reuters) - Hindu nationalists burned effigies of the prime "
     "minister outside parliament in New Delhi on Friday.", "Hindu nationalists", "IND"),
    ("Shiite protesters march in Manama", "MANAMA, Bahrain (AFP) - Shiite protesters marched through Manama on "
     "Friday to demand the release of a jailed activist.", "Shiite protesters", "BHRCVL"),
    ("Shiite militiamen battle U.S. troops", "NAJAF, Iraq (Reuters) - Shiite militiamen fought U.S. troops near "
     "the Imam Ali shrine on Thursday, witnesses said.", "Shiite militiamen", "IRQREB"),
    ("Sunni insurgents attack police", "RAMADI, Iraq (AP) - Sunni insurgents attacked a police station in Ramadi "
     "on Monday, killing five officers.", "Sunni insurgents", "IRQREB"),
    ("Muslim separatists blamed for blast", "BANGKOK (Reuters) - Thai police blamed Muslim separatists on "
     "Saturday for a bomb that killed two people in the south of Thailand.", "Muslim separatists", "THA"),
    ("Ethnic Albanians rally in Skopje", "SKOPJE, Macedonia (Reuters) - Thousands of ethnic Albanians rallied in "
     "Skopje on Sunday against a new law on local government.", "ethnic Albanians", "MKD"),
    ("Christians leave Mosul", "MOSUL, Iraq (AP) - Hundreds of Christians left Mosul after a wave of church "
     "bombings, priests said on Monday.", "Christians", "IRQ"),
    ("Hindus and Muslims clash in Gujarat", "AHMEDABAD, India (Reuters) - Hindus and Muslims clashed in the "
     "old city on Friday, police said.", "Muslims", "IND"),
    ("China blames Uighur separatists", "BEIJING (Reuters) - China blamed Uighur separatists on Monday for a bomb "
     "in the western region of Xinjiang.", "Uighur separatists", "CHN"),
    # Groups whose country is not the place they are in.
    ("Settlers clash with farmers", "GAZA CITY (Reuters) - Jewish settlers clashed with Palestinian farmers near "
     "a Gaza Strip settlement on Tuesday, witnesses said.", "Jewish settlers", "ISRCVL"),
    ("Settlers rally against pullout", "JERUSALEM (Reuters) - Tens of thousands of Jewish settlers rallied in "
     "Jerusalem on Sunday against the Gaza pullout plan.", "Jewish settlers", "ISRCVL"),
    ("Settlers attack olive pickers", "NABLUS, West Bank (AP) - Settlers attacked Palestinian olive pickers near "
     "Nablus on Saturday, Palestinian officials said.", "Settlers", "ISRCVL"),
    ("Israeli settlers stone cars", "HEBRON, West Bank (Reuters) - Israeli settlers threw stones at Palestinian "
     "cars near Hebron on Friday, witnesses said.", "Israeli settlers", "ISRCVL"),
    ("British hostage appeals to Blair", "BAGHDAD (Reuters) - A British hostage held by militants in Iraq "
     "appealed to the British government in a video released on Wednesday.", "British hostage", "GBR"),
    ("Gunmen seize U.S. contractors", "BAGHDAD (AP) - Gunmen seized two U.S. contractors in a Baghdad "
     "neighbourhood on Thursday, the Interior Ministry said.", "U.S. contractors", "USABUS"),
    ("Foreign workers leave Saudi Arabia", "RIYADH (Reuters) - Hundreds of foreign workers left Saudi Arabia "
     "after gunmen attacked a housing compound in Riyadh, diplomats said.", "foreign workers", ""),
    ("Expatriates flee Abidjan", "ABIDJAN (AFP) - Thousands of expatriates fled Abidjan on Wednesday as "
     "looters roamed the city.", "expatriates", ""),
    ("Nepalese hostages killed", "KATHMANDU (Reuters) - Militants in Iraq killed 12 Nepalese hostages, Nepal's "
     "government said on Wednesday.", "Nepalese hostages", "NPL"),
    ("Turkish truckers freed in Iraq", "ANKARA (Reuters) - Two Turkish truck drivers kidnapped in Iraq were freed "
     "on Friday, Turkey's foreign ministry said.", "Turkish truck drivers", "TUR"),
    ("Filipinos told to leave Kuwait camps", "KUWAIT CITY (AP) - Filipino expatriates in Kuwait were told on "
     "Monday to stay away from U.S. military camps, the Philippine embassy said.", "Filipino expatriates", "PHL"),
    ("Iraqi Kurds back charter", "ARBIL, Iraq (Reuters) - Iraqi Kurds voted overwhelmingly for the new "
     "constitution, Kurdish officials said on Sunday.", "Iraqi Kurds", "IRQ"),
    ("Sunni clerics condemn kidnappings", "BAGHDAD (Reuters) - The Association of Muslim Scholars, Iraq's main "
     "Sunni clerics' group, condemned the kidnapping of two French journalists on Sunday.", "French journalists",
     "FRAMED"),
    ("Settlers leave Gaza homes", "NEVE DEKALIM, Gaza Strip (Reuters) - Hundreds of settlers packed their "
     "belongings on Monday as soldiers went from house to house.", "settlers", "ISRCVL"),
    ("Settlers leave Gaza homes", "NEVE DEKALIM, Gaza Strip (Reuters) - Hundreds of settlers packed their "
     "belongings on Monday as soldiers went from house to house.", "soldiers", "ISRMIL"),
    ("Gunmen storm Gaza police post", "GAZA CITY (Reuters) - Palestinian security forces exchanged fire with "
     "gunmen who stormed a police post in Gaza City on Tuesday, witnesses said.", "Palestinian security forces",
     "PSE"),
    ("Gunmen storm Gaza police post", "GAZA CITY (Reuters) - Palestinian security forces exchanged fire with "
     "gunmen who stormed a police post in Gaza City on Tuesday, witnesses said.", "Gaza police", "PSECOP"),
    # Headline groups and names glued to their verbs.
    (*("Rebels Vow Fresh Attacks", "KATHMANDU (Reuters) - Maoist rebels vowed on Tuesday to step up attacks on "
     "government targets."), "Rebels", "NPLREB"),
    (*("Hostage Takers Set Deadline", "BAGHDAD (Reuters) - Kidnappers holding two Italian aid workers set a deadline "
     "on Monday for the withdrawal of Italian troops."), "Hostage Takers", "IRQ"),
    (*("Iraq Vote Will Go Ahead, Allawi Insists", "BAGHDAD (Reuters) - Iraq's interim prime minister insisted on "
     "Sunday that the election would go ahead in January."), "Allawi", "IRQ"),
]

# Headlines whose title-case words are no names: (headline, lead, words that must not be an entity).
# declarative table:
HEADLINES: list[tuple[str, str, str]] = [
    ("Talks Will Resume Next Week", "GENEVA (Reuters) - Talks between the two sides will resume next week, "
     "officials said on Friday.", "Will Resume"),
    ("Iran Says It Will Keep Enriching", "TEHRAN (Reuters) - Iran will keep enriching uranium, its foreign "
     "minister said on Monday.", "Will Keep Enriching"),
    ("Sharon Vows Tough Line on Gaza", "JERUSALEM (Reuters) - Prime Minister Ariel Sharon vowed on Sunday to take "
     "a tough line with militants in Gaza.", "Vows Tough"),
    ("Rebels Say Ready to Talk", "KHARTOUM (AFP) - Darfur rebels said on Monday they were ready to talk to the "
     "government.", "Say Ready"),
    (*("Rebels Vow Fresh Attacks", "KATHMANDU (Reuters) - Maoist rebels vowed on Tuesday to step up attacks on "
     "government targets."), "Vow Fresh"),
    (*("Hostage Takers Set Deadline", "BAGHDAD (Reuters) - Kidnappers holding two Italian aid workers set a deadline "
     "on Monday for the withdrawal of Italian troops."), "Set Deadline"),
    (*("Iraq Vote Will Go Ahead, Allawi Insists", "BAGHDAD (Reuters) - Iraq's interim prime minister insisted on "
     "Sunday that the election would go ahead in January."), "Insists"),
]


entities = headlined_entities([*CASES, *HEADLINES])  # the headline fragments go through once with the set


# Known misses, left visible rather than hidden: index into CASES -> why.
XFAIL: dict[int, str] = {}


@pytest.mark.parametrize(
    ("title", "text", "name", "gold"),
    wire_params(CASES, XFAIL),
)
def test_group_wire_actor(title: str, text: str, name: str, gold: str) -> None:
    found = first_match(entities(title, text), name)
    code = str(found.get("code") or "") if found else ""
    if not gold:
        assert found is not None and not found.get("country"), (name, code)
    elif len(gold) == 3:
        assert code[:3] == gold, (name, code)
    else:
        assert code == gold, (name, code)


@pytest.mark.parametrize(("title", "text", "junk"), HEADLINES, ids=[h[2] for h in HEADLINES])
def test_headline_fragment_is_no_entity(title: str, text: str, junk: str) -> None:
    names = [str(e.get("name") or "") for e in entities(title, text)]
    assert not any(junk.lower() in n.lower() for n in names), names
