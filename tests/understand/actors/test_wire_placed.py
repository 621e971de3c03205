"""A seventh blind set of wire items (a headline, then a lead with or without its dateline; 60 items, 158 actors), written for actors
told by a role noun or a short generic phrase ("insurgents", "the interim government", "security forces loyal to
the Kabul government") and placed by what the text says about them rather than by their own country word:

- a place in their own clause ("insurgents in Najaf", "in southern Iraq", "in Thailand's restive south"), also
  where the item carries no dateline at all ("Reuters - ...");
- the country the phrase itself names further on ("troops of the interim government", "fighters loyal to the
  Kabul government", "militias backed by the Sudanese government");
- the story's other actors when nothing else places it ("Nepal's government offered talks ..., but rebels ...");
- one-word actors in a second sentence or in a prepositional phrase ("clashes between police and demonstrators",
  "their captors").

And counter-cases where the dateline country must NOT be given: foreign troops and ministers in the country,
officials of a foreign relief group, a country adjective that says otherwise ("Iraqi insurgents" in a story from
Amman), actors set apart as foreign ("foreign fighters", "Western diplomats").

Every code was written down by events_guidelines.md's actor rules before the coder's output on these items was
seen. The check is the guidelines' scorer's (`first_match`): the first entity whose texts contain the gold text
(or lie inside it) must carry the gold country; an empty gold code means the text gives no country (the entity
must be found and carry none).
"""

from __future__ import annotations

import pytest

from newsgraph.evaluate.actors_news import first_match

from .test_wire_blind import headlined_entities, wire_params

pytestmark = pytest.mark.model

_NAJAF = ("Fighting flares in Najaf", "Reuters - Insurgents in Najaf fired mortars at a police station on Monday, "
          "and U.S. troops returned fire.")
_MOSUL = ("Gunmen kill policemen in Mosul", "AFP - Gunmen killed four policemen in the northern Iraqi city of Mosul "
          "on Tuesday, hospital officials said.")
_HELMAND = ("Taliban ambush convoy", "Reuters - Suspected Taliban fighters ambushed a convoy of Afghan soldiers in "
            "southern Helmand province on Sunday, killing three, a provincial official said.")
_DARFUR = ("Militias raid Darfur villages", "Reuters - Armed militiamen raided three villages in North Darfur on "
           "Wednesday, and local leaders said thousands had fled.")
_GAZA = ("Troops raid refugee camp", "Reuters - Israeli troops backed by tanks raided a refugee camp in the Gaza "
         "Strip on Thursday, and militants fired rockets at the soldiers, witnesses said.")
_SOUTH = ("Car bomb kills policemen", "Reuters - A car bomb exploded outside a police station in southern Iraq on "
          "Saturday, killing five policemen, officials said.")
_CHECHNYA = ("Rebels attack convoy", "AFP - Separatist rebels in Chechnya attacked a convoy of federal troops on "
             "Friday, the regional interior ministry said.")
_LOYAL = ("Clashes in Afghan north", "Reuters - Security forces loyal to the Kabul government clashed with "
          "militiamen of a local warlord in the north of Afghanistan on Monday.")
_BACKED = ("Rebels accuse militias", "NAIROBI (Reuters) - Rebels accused militias backed by the Sudanese government "
           "of burning villages in Darfur on Tuesday.")
_TROOPS_OF = ("Troops storm mosque", "BAGHDAD (Reuters) - Troops of the interim government stormed a mosque in the "
              "south of the city on Friday, and gunmen fled across the river.")
_INTERIM = ("Election date set", "BAGHDAD (Reuters) - The interim government said on Sunday that elections would "
            "be held in January, and the electoral commission began registering voters.")
_RULING = ("Ruling party wins vote", "HARARE (Reuters) - The ruling party won a two-thirds majority, the election "
           "commission said on Monday, and the main opposition party rejected the result.")
_GROUP = ("Rebel group signs truce", "KAMPALA (Reuters) - The rebel group agreed to a ceasefire with the army on "
          "Thursday, a government negotiator said.")
_RIOT = ("Riot police break up march", "DHAKA (Reuters) - Riot police fired tear gas at thousands of opposition "
         "activists marching on parliament on Tuesday.")
_BORDER = ("Border guards trade fire", "NEW DELHI (Reuters) - Indian and Pakistani border guards exchanged fire "
           "across the frontier overnight, officials said.")
_COAST = ("Coast guard seizes boat", "COLOMBO (Reuters) - The coast guard seized a boat carrying arms off the east "
          "coast on Friday, and the navy said the crew had fled.")
_SPIES = ("Spy agency arrests plotters", "AMMAN (Reuters) - The intelligence service said on Sunday it had "
          "arrested three men plotting attacks, and state television showed their confessions.")
_PARAMIL = ("Paramilitaries hand in arms", "BOGOTA (Reuters) - Hundreds of right-wing paramilitary fighters handed "
            "in their weapons on Wednesday, the peace commissioner's office said.")
_KIDNAP = ("Aid worker seized", "BAGHDAD (Reuters) - A Dutch aid worker was seized on Monday. Kidnappers demanded "
           "that the Netherlands withdraw its troops, police said.")
_CLASH = ("Three die in Haiti clashes", "PORT-AU-PRINCE, Haiti (Reuters) - Clashes between police and demonstrators "
          "left three dead on Friday. Officials blamed gangs loyal to the former president.")
_AMBUSH = ("Soldiers killed in ambush", "KATHMANDU (Reuters) - Seven soldiers were killed when insurgents ambushed "
           "their patrol in the west on Saturday. The army said it had killed 20 of the attackers.")
_STRIKE = ("Oil workers strike", "LAGOS (Reuters) - Striking oil workers shut down three pumping stations on "
           "Monday. Union leaders said the strike would go on until the government raised wages.")
_CAMPUS = ("Students clash with police", "TEHRAN (Reuters) - Hundreds of students clashed with police at the "
           "university overnight. Vigilantes armed with clubs attacked the dormitories, witnesses said.")
_PIRATES = ("Pirates seize tanker", "NAIROBI (Reuters) - Pirates seized a Greek tanker off the coast of Somalia on "
            "Tuesday and took its crew ashore in the Somali port of Kismayo.")
_RAID = ("Troops raid Baghdad homes", "BAGHDAD (Reuters) - U.S. troops raided homes in a Sunni district of the "
         "capital on Sunday and detained 40 men, a U.S. military spokesman said.")
_VISIT = ("French minister in Kabul", "KABUL (AFP) - The visiting French defence minister met Afghan officials on "
          "Tuesday and promised more troops.")
_RELIEF = ("Aid group suspends work", "KABUL (Reuters) - Officials of a Dutch relief group said on Wednesday they "
           "would suspend work in the south after two staff were killed.")
_LONDON = ("Thousands march against war", "LONDON (Reuters) - Tens of thousands of protesters marched through London "
           "on Saturday against the war in Iraq, police said.")
_AMMAN = ("Insurgents threaten drivers", "AMMAN (Reuters) - Iraqi insurgents threatened on Sunday to kill two "
          "Jordanian truck drivers unless their company left Iraq, the Jordanian government said.")
_CAMPS = ("Afghan refugees go home", "ISLAMABAD (Reuters) - Thousands of Afghan refugees left camps in the "
          "northwest on Monday, U.N. officials said.")
_FOREIGN = ("Foreign fighters blamed", "BAGHDAD (Reuters) - Iraqi officials blamed foreign fighters on Tuesday for "
            "a wave of suicide bombings in the capital.")
_WESTERN = ("Diplomats urge calm", "ZAGREB (Reuters) - Western diplomats urged Croatian leaders on Friday to hand "
            "over a general wanted for war crimes.")
_BAZAAR = ("Tourists hurt in bombing", "CAIRO (Reuters) - A bomb wounded eight foreign tourists in a crowded bazaar "
           "on Thursday, and police arrested two men.")
_NEPALGOV = ("Nepal offers talks", "Reuters - Nepal's government offered talks to the Maoists on Sunday, but rebels "
             "killed six policemen in an attack on a district headquarters hours later.")
_TIGERS = ("Tigers accuse army", "AFP - Sri Lanka's Tamil Tiger rebels accused the army on Wednesday of killing two "
           "of their fighters in the east.")
_BASILAN = ("Troops hunt kidnappers", "AP - Philippine troops pursued kidnappers on the southern island of Basilan "
            "on Friday, a day after gunmen seized three teachers.")
_KARACHI = ("Policeman shot dead", "KARACHI (Reuters) - A gunman on a motorcycle shot dead a policeman guarding a "
            "mosque on Friday, a police official said.")
_SEPARATISTS = ("Monks shot in Thai south", "Reuters - Suspected separatists shot dead two Buddhist monks in "
                "Thailand's restive south on Sunday, police said.")
_PIPELINE = ("Rebels blow up pipeline", "Reuters - Leftist rebels blew up an oil pipeline in northeastern Colombia "
             "on Thursday, and the army sent troops to protect repair crews.")
_ALGIERS = ("Guerrillas kill soldiers", "ALGIERS (Reuters) - Islamist guerrillas killed nine soldiers in an ambush "
            "east of the capital on Tuesday, newspapers reported.")
_BUDGET = ("Lawmakers pass budget", "MANILA (Reuters) - Lawmakers approved the budget on Wednesday after the Senate "
           "dropped its objections, and the president signed it.")
_COURT = ("Court frees journalists", "ANKARA (Reuters) - A court freed two journalists on Monday, and prosecutors "
          "said they would appeal.")
_MINE = ("Rescuers reach trapped miners", "BEIJING (Reuters) - Rescuers reached 20 miners trapped in a flooded coal "
         "mine in northern China on Saturday, state media said.")
_WARLORDS = ("Warlords clash in Mogadishu", "NAIROBI (Reuters) - Fighters loyal to rival warlords clashed in the "
             "Somali capital Mogadishu on Sunday, residents said by telephone.")
_MIGRANTS = ("Migrants arrested", "BANGKOK (Reuters) - Thai police arrested 200 Burmese migrants working on fishing "
             "boats, officials said on Monday.")
_FREED = ("Journalists freed in Iraq", "Reuters - Two French journalists held hostage in Iraq for four months were "
          "freed on Tuesday, and their captors handed them to a Muslim charity.")
_BUFFER = ("Troops mass near buffer zone", "Reuters - Government troops in Ivory Coast massed near the buffer zone on "
           "Saturday, and the rebel movement said it would fight back.")
_CHAD = ("Chad repels attack", "N'DJAMENA (Reuters) - The armed forces repelled a rebel attack on a border town on "
         "Monday, and the presidential guard was deployed in the capital.")
_TRANSITION = ("Somali government to move", "NAIROBI (Reuters) - The transitional government said on Thursday it "
               "would move to Somalia within weeks, despite threats from Islamist militias in Mogadishu.")

_KIRKUK = ("Blast in Kirkuk", "KIRKUK, Iraq (Reuters) - A roadside bomb killed a soldier and wounded a policeman on "
           "Monday. The authorities blamed insurgents.")
_MARCH = ("Protester killed in Dhaka", "DHAKA (Reuters) - A protester was killed when police opened fire on a march on "
          "Sunday, and a student was wounded.")
_CROSSFIRE = ("Militant killed in raid", "MOSCOW (Reuters) - Troops killed a militant in a raid in Chechnya on Monday, "
              "and a civilian was wounded in the crossfire, the military said.")
_CLAIM = ("Group claims killing", "Reuters - A militant group linked to al Qaeda claimed responsibility on Sunday for "
          "killing two Turkish truck drivers in Iraq.")
_SOURCES = ("Gunmen seize foreigners", "GAZA (Reuters) - Palestinian gunmen briefly seized two foreigners in Gaza on "
            "Monday, security sources said.")
_JOINT = ("Forces battle insurgents", "SAMARRA, Iraq (Reuters) - U.S. and Iraqi forces battled insurgents in the city "
          "on Friday, the U.S. military said.")
_GUARD = ("Guard shot outside bank", "ABIDJAN (Reuters) - A gunman shot dead a security guard outside a bank on "
          "Tuesday, and a police officer was wounded.")

_UNLESS = ("Militants threaten drivers", "BAGHDAD (Reuters) - Militants threatened on Tuesday to behead two "
           "Bulgarian truck drivers unless Bulgaria pulls its troops out of Iraq, a videotape showed.")
_DEMAND = ("Kidnappers make demand", "BAGHDAD (Reuters) - Kidnappers holding two Italian aid workers demanded on "
           "Wednesday that Italy withdraw its troops, police said.")

_MARKET = ("Blast hits market", "AFP - A bomb exploded in a crowded market on Friday, killing six people, and "
           "gunmen fired on the wounded, Pakistani police said.")
_JAILED = ("Court jails activists", "Reuters - A court jailed five opposition activists on Tuesday, and protesters "
           "gathered outside, the Belarusian Interior Ministry said.")
_FREED_DRIVER = ("Driver freed", "Reuters - Insurgents freed a Turkish truck driver on Monday, the Turkish Foreign "
                 "Ministry said.")

# (headline, lead, actor as named, gold code by events_guidelines.md)
# declarative table:
CASES: list[tuple[str, str, str, str]] = [
    # A place in the actor's own clause, with no dateline or a dateline elsewhere.
    (*_NAJAF, "Insurgents", "IRQREB"),
    (*_NAJAF, "U.S. troops", "USAMIL"),
    (*_MOSUL, "Gunmen", "IRQREB"),
    (*_MOSUL, "policemen", "IRQCOP"),
    (*_MOSUL, "hospital officials", "IRQ"),
    (*_HELMAND, "Suspected Taliban fighters", "AFGREB"),
    (*_HELMAND, "Afghan soldiers", "AFGMIL"),
    (*_HELMAND, "a provincial official", "AFGGOV"),
    (*_DARFUR, "Armed militiamen", "SDNREB"),
    (*_DARFUR, "local leaders", "SDN"),
    (*_GAZA, "Israeli troops", "ISRMIL"),
    (*_GAZA, "militants", "PSEREB"),
    (*_GAZA, "witnesses", "PSECVL"),
    (*_SOUTH, "policemen", "IRQCOP"),
    (*_SOUTH, "officials", "IRQGOV"),
    (*_CHECHNYA, "Separatist rebels", "RUSREB"),
    (*_CHECHNYA, "federal troops", "RUSMIL"),
    (*_CHECHNYA, "the regional interior ministry", "RUSGOV"),
    (*_PIRATES, "Pirates", "SOMCRM"),
    (*_SEPARATISTS, "Suspected separatists", "THAREB"),
    (*_SEPARATISTS, "Buddhist monks", "THA"),
    (*_SEPARATISTS, "police", "THACOP"),
    (*_PIPELINE, "Leftist rebels", "COLREB"),
    (*_PIPELINE, "the army", "COLMIL"),
    (*_PIPELINE, "troops", "COLMIL"),
    (*_BUFFER, "Government troops", "CIVMIL"),
    (*_BUFFER, "the rebel movement", "CIVREB"),
    (*_MINE, "Rescuers", "CHN"),
    (*_MINE, "miners", "CHNLAB"),
    (*_MINE, "state media", "CHNMED"),
    (*_WARLORDS, "Fighters", "SOMREB"),
    (*_WARLORDS, "residents", "SOMCVL"),
    (*_TRANSITION, "The transitional government", "SOMGOV"),
    (*_TRANSITION, "Islamist militias", "SOMREB"),
    (*_FREED, "French journalists", "FRAMED"),
    (*_FREED, "their captors", "IRQREB"),
    # A country the actor's own phrase names further on.
    (*_LOYAL, "Security forces", "AFGMIL"),
    (*_LOYAL, "the Kabul government", "AFGGOV"),
    (*_LOYAL, "militiamen", "AFGREB"),
    (*_BACKED, "Rebels", "SDNREB"),
    (*_BACKED, "militias", "SDNREB"),
    (*_BACKED, "the Sudanese government", "SDNGOV"),
    (*_TROOPS_OF, "Troops", "IRQMIL"),
    (*_TROOPS_OF, "the interim government", "IRQGOV"),
    (*_TROOPS_OF, "gunmen", "IRQREB"),
    # The story's other actors place it when no dateline does.
    (*_NEPALGOV, "Nepal's government", "NPLGOV"),
    (*_NEPALGOV, "the Maoists", "NPLREB"),
    (*_NEPALGOV, "rebels", "NPLREB"),
    (*_NEPALGOV, "policemen", "NPLCOP"),
    (*_TIGERS, "Tamil Tiger rebels", "LKAREB"),
    (*_TIGERS, "the army", "LKAMIL"),
    (*_BASILAN, "Philippine troops", "PHLMIL"),
    (*_BASILAN, "kidnappers", "PHLREB"),
    (*_BASILAN, "gunmen", "PHLREB"),
    (*_BASILAN, "teachers", "PHLEDU"),
    # Short generic phrases the dateline places.
    (*_INTERIM, "The interim government", "IRQGOV"),
    (*_INTERIM, "the electoral commission", "IRQGOV"),
    (*_INTERIM, "voters", "IRQCVL"),
    (*_RULING, "The ruling party", "ZWEGOV"),
    (*_RULING, "the election commission", "ZWEGOV"),
    (*_RULING, "the main opposition party", "ZWEOPP"),
    (*_GROUP, "The rebel group", "UGAREB"),
    (*_GROUP, "the army", "UGAMIL"),
    (*_GROUP, "a government negotiator", "UGAGOV"),
    (*_RIOT, "Riot police", "BGDCOP"),
    (*_RIOT, "opposition activists", "BGDOPP"),
    (*_RIOT, "parliament", "BGDLEG"),
    (*_COAST, "The coast guard", "LKAMIL"),
    (*_COAST, "the navy", "LKAMIL"),
    (*_SPIES, "The intelligence service", "JORSPY"),
    (*_SPIES, "state television", "JORMED"),
    (*_PARAMIL, "right-wing paramilitary fighters", "COLREB"),
    (*_CHAD, "The armed forces", "TCDMIL"),
    (*_CHAD, "the presidential guard", "TCDMIL"),
    (*_ALGIERS, "Islamist guerrillas", "DZAREB"),
    (*_ALGIERS, "soldiers", "DZAMIL"),
    (*_ALGIERS, "newspapers", "DZAMED"),
    (*_BUDGET, "Lawmakers", "PHLLEG"),
    (*_BUDGET, "the Senate", "PHLLEG"),
    (*_BUDGET, "the president", "PHLGOV"),
    (*_COURT, "A court", "TURJUD"),
    (*_COURT, "two journalists", "TURMED"),
    (*_COURT, "prosecutors", "TURJUD"),
    # One-word actors in a second sentence, a prepositional phrase or a singular.
    (*_KIDNAP, "A Dutch aid worker", "NLDNGO"),
    (*_KIDNAP, "Kidnappers", "IRQREB"),
    (*_KIDNAP, "police", "IRQCOP"),
    (*_CLASH, "police", "HTICOP"),
    (*_CLASH, "demonstrators", "HTICVL"),
    (*_CLASH, "Officials", "HTIGOV"),
    (*_CLASH, "gangs", "HTICRM"),
    (*_AMBUSH, "soldiers", "NPLMIL"),
    (*_AMBUSH, "insurgents", "NPLREB"),
    (*_AMBUSH, "The army", "NPLMIL"),
    (*_AMBUSH, "the attackers", "NPLREB"),
    (*_STRIKE, "Striking oil workers", "NGALAB"),
    (*_STRIKE, "Union leaders", "NGALAB"),
    (*_STRIKE, "the government", "NGAGOV"),
    (*_CAMPUS, "students", "IRNEDU"),
    (*_CAMPUS, "police", "IRNCOP"),
    (*_CAMPUS, "Vigilantes", "IRN"),
    (*_CAMPUS, "witnesses", "IRNCVL"),
    (*_KARACHI, "A gunman", "PAKREB"),
    (*_KARACHI, "a policeman", "PAKCOP"),
    (*_KARACHI, "a police official", "PAKCOP"),
    # Foreigners and outsiders the dateline must not claim.
    (*_RAID, "U.S. troops", "USAMIL"),
    (*_RAID, "a U.S. military spokesman", "USAMIL"),
    (*_VISIT, "The visiting French defence minister", "FRAMIL"),
    (*_VISIT, "Afghan officials", "AFGGOV"),
    (*_RELIEF, "Officials of a Dutch relief group", "NLDNGO"),
    (*_LONDON, "protesters", "GBRCVL"),
    (*_LONDON, "police", "GBRCOP"),
    (*_AMMAN, "Iraqi insurgents", "IRQREB"),
    (*_AMMAN, "Jordanian truck drivers", "JORCVL"),
    (*_AMMAN, "the Jordanian government", "JORGOV"),
    (*_CAMPS, "Afghan refugees", "AFGREF"),
    (*_CAMPS, "U.N. officials", "IGOUNO"),
    (*_FOREIGN, "Iraqi officials", "IRQGOV"),
    (*_FOREIGN, "foreign fighters", ""),
    (*_WESTERN, "Western diplomats", ""),
    (*_WESTERN, "Croatian leaders", "HRVGOV"),
    (*_BAZAAR, "foreign tourists", ""),
    (*_BAZAAR, "police", "EGYCOP"),
    (*_MIGRANTS, "Thai police", "THACOP"),
    (*_MIGRANTS, "Burmese migrants", "MMR"),
    (*_MIGRANTS, "officials", "THAGOV"),
    # One person named by a role noun alone, and more groups.
    (*_KIRKUK, "a soldier", "IRQMIL"),
    (*_KIRKUK, "a policeman", "IRQCOP"),
    (*_KIRKUK, "The authorities", "IRQGOV"),
    (*_KIRKUK, "insurgents", "IRQREB"),
    (*_MARCH, "A protester", "BGDCVL"),
    (*_MARCH, "police", "BGDCOP"),
    (*_MARCH, "a student", "BGDEDU"),
    (*_CROSSFIRE, "Troops", "RUSMIL"),
    (*_CROSSFIRE, "a militant", "RUSREB"),
    (*_CROSSFIRE, "a civilian", "RUSCVL"),
    (*_CROSSFIRE, "the military", "RUSMIL"),
    (*_CLAIM, "A militant group", "IRQREB"),
    (*_CLAIM, "Turkish truck drivers", "TURCVL"),
    (*_SOURCES, "Palestinian gunmen", "PSEREB"),
    (*_SOURCES, "security sources", "PSECOP"),
    (*_JOINT, "Iraqi forces", "IRQMIL"),
    (*_JOINT, "insurgents", "IRQREB"),
    (*_JOINT, "the U.S. military", "USAMIL"),
    (*_GUARD, "A gunman", "CIVREB"),
    (*_GUARD, "a security guard", "CIVCVL"),
    (*_GUARD, "a police officer", "CIVCOP"),
    # A foreign country the kidnappers' demand or condition names is not where the story is.
    (*_UNLESS, "Militants", "IRQREB"),
    (*_UNLESS, "Bulgarian truck drivers", "BGRCVL"),
    (*_DEMAND, "Kidnappers", "IRQREB"),
    (*_DEMAND, "Italian aid workers", "ITANGO"),
    (*_DEMAND, "police", "IRQCOP"),
    # No dateline and no town: a state's domestic body (its police, courts, interior ministry) places the story;
    # a foreign ministry speaks of its citizens abroad and does not.
    (*_MARKET, "gunmen", "PAKREB"),
    (*_MARKET, "Pakistani police", "PAKCOP"),
    (*_JAILED, "A court", "BLRJUD"),
    (*_JAILED, "opposition activists", "BLROPP"),
    (*_JAILED, "protesters", "BLRCVL"),
    (*_FREED_DRIVER, "Insurgents", ""),
    (*_FREED_DRIVER, "a Turkish truck driver", "TURCVL"),
]


entities = headlined_entities(CASES)


# Known misses, left visible rather than hidden: index into CASES -> why.
XFAIL: dict[int, str] = {
    9: "the plural of a title with no country word ('local leaders') reads as office holders the article named before",
    27: "'rescuers' is no role noun in roles.yaml: CAMEO gives a rescue team no role of its own",
    99: "'vigilantes' is no role noun in roles.yaml (armed civilians: CAMEO gives them no role of their own)",
    156: "the event stage gives the insurgents who freed a Turkish driver the story's country (Turkey, of the driver and "
    "the ministry), and since session 21 the entity shows the code its events give it (understand.agreement)",
}


@pytest.mark.parametrize(
    ("title", "text", "name", "gold"),
    wire_params(CASES, XFAIL),
)
def test_placed_wire_actor(title: str, text: str, name: str, gold: str) -> None:
    found = first_match(entities(title, text), name)
    code = str(found.get("code") or found.get("country") or "") if found else ""
    if not gold:  # an actor whose country the text does not give: found, and given none
        assert found is not None and not found.get("country"), (name, code)
    else:
        assert code[:3] == gold[:3], (name, code)
