"""A sixth blind set in the shape of the 2004 AG News "World" items (a headline, then a lead that opens with a
dateline and agency; no article date), written for the constructions the earlier sets leave out:

- bare role nouns and groups with no country word of their own ("soldiers", "gunmen", "officials", "witnesses",
  "a military spokesman", "security forces", "the kidnappers", "the hostage-takers", "the junta", "the cabinet",
  "state television", "the ministry"), which take the country the story's dateline or its own words place them in;
- foreigners in a story datelined elsewhere ("BAGHDAD - A Jordanian truck driver..."), who keep their own country;
- plurals of two countries ("British and Iraqi troops", "Chinese and Japanese diplomats");
- actors named only in the headline, towns acted on, and parties or offices named with a country word;
- a country word near an actor that is not part of the actor's own phrase, which must not lend it its country.

Every code was written down by events_guidelines.md's actor rules before the coder's output on these leads was
seen. The check is the guidelines' scorer's: the first entity whose texts contain the gold text (or lie inside
it) must carry the gold country (the first three letters; IGO for organisations); an empty gold code means an
actor the text gives no country (a bare "the embassy" in a story from Kabul is some foreign state's).
"""

from __future__ import annotations

import pytest

from newsgraph.evaluate.actors_news import first_match

from .test_wire_blind import headlined_entities, wire_params

pytestmark = pytest.mark.model

_SUDAN = ("Sudanese troops kill rebels in Darfur", "KHARTOUM (Reuters) - Soldiers killed 12 rebels in an attack on a "
          "village in North Darfur on Monday, a military spokesman said.")
_KASHMIR = ("Gunmen kill five in Kashmir", "SRINAGAR, India (Reuters) - Suspected militants shot dead five "
            "villagers in Indian Kashmir overnight, police said on Tuesday.")
_BUNIA = ("Congo peacekeepers come under fire", "BUNIA, Congo (Reuters) - Militiamen attacked a U.N. base in "
          "northeastern Congo on Thursday, wounding two Pakistani peacekeepers, a U.N. spokesman said.")
_BOUAKE = ("Ivory Coast bombs rebel towns", "ABIDJAN (Reuters) - Ivorian warplanes bombed the rebel-held town of "
           "Bouake on Thursday, residents said.")
_FRENCH = ("French soldiers killed in Ivory Coast", "ABIDJAN (AFP) - Nine French soldiers were killed when "
           "Ivorian jets bombed their base in the north, the French military said.")
_NEPAL = ("Maoists blockade Kathmandu", "KATHMANDU (Reuters) - Maoist insurgents cut off roads into the Nepali "
          "capital for a third day on Friday, and the government said security forces would escort supply trucks.")
_LANKA = ("Sri Lanka navy sinks rebel boat", "COLOMBO (Reuters) - The navy sank a boat carrying Tamil Tiger "
          "guerrillas off the northeast coast on Sunday, a defence ministry official said.")
_INGUSH = ("Chechen rebels raid Ingushetia", "NAZRAN, Russia (Reuters) - Hundreds of Chechen rebels raided police "
           "stations in Ingushetia overnight, killing dozens of officers, Russian officials said.")
_OSSETIA = ("Georgia, South Ossetia trade fire", "TBILISI (Reuters) - Georgian troops and South Ossetian "
            "separatists exchanged fire overnight, Georgia's Interior Ministry said on Friday.")
_HAITI = ("Haiti rebels seize second city", "PORT-AU-PRINCE, Haiti (Reuters) - Armed rebels seized Haiti's "
          "second city on Sunday as police fled, and the president appealed for international help.")
_COLOMBIA = ("Colombian rebels kidnap mayor", "BOGOTA (Reuters) - Leftist guerrillas kidnapped a town mayor in "
             "southern Colombia on Wednesday, the army said.")
_CARACAS = ("Venezuela opposition marches", "CARACAS (Reuters) - Tens of thousands of opposition supporters marched "
            "through Caracas on Saturday to demand a recall vote, and National Guard troops fired tear gas.")
_JOLO = ("Philippine troops clash with Abu Sayyaf", "MANILA (Reuters) - Philippine marines killed six Abu Sayyaf "
         "guerrillas on the southern island of Jolo, a military spokesman said on Monday.")
_JAKARTA = ("Indonesia arrests bomb suspects", "JAKARTA (Reuters) - Indonesian police arrested three suspected "
            "militants over the bombing of the Australian embassy, a police spokesman said on Sunday.")
_PATTANI = ("Thai troops storm mosque", "PATTANI, Thailand (Reuters) - Thai security forces stormed a mosque where "
            "insurgents were hiding on Wednesday, killing 32, officials said.")
_KCNA = ("North Korea rejects talks", "SEOUL (Reuters) - North Korea said on Monday it would not return to nuclear "
         "talks, the North's official KCNA news agency said.")
_DEFECT = ("Defectors reach South Korea", "SEOUL (Reuters) - More than 400 North Korean defectors arrived in Seoul "
           "on a chartered flight on Tuesday, the Unification Ministry said.")
_KIEV = ("Ukraine opposition blockades government", "KIEV (Reuters) - Opposition protesters blockaded government "
         "buildings in Kiev on Friday, and the outgoing president urged talks.")
_MADRID = ("Spain blames Basque separatists for blasts", "MADRID (Reuters) - Spain's interior minister blamed "
           "Basque separatists on Thursday for a string of small bombs in the capital.")
_BELFAST = ("IRA says more arms put beyond use", "BELFAST (Reuters) - The Irish Republican Army said on Monday it "
            "had put more weapons beyond use, and Protestant politicians demanded proof.")
_JORDAN = ("Jordanian hostage freed", "BAGHDAD (Reuters) - A Jordanian truck driver kidnapped by insurgents last "
           "week was freed on Tuesday, the Jordanian Foreign Ministry said.")
_MANILA = ("Manila pulls troops from Iraq", "MANILA (Reuters) - The Philippines began withdrawing its troops from "
           "Iraq on Tuesday to save the life of a Filipino hostage, officials said.")
_FALLUJA = ("Marines push into Falluja", "FALLUJA, Iraq (Reuters) - U.S. Marines pushed into the heart of Falluja "
            "on Tuesday, backed by Iraqi troops, as guerrillas fired rockets from rooftops.")
_GASFIELD = ("China, Japan hold gas field talks", "BEIJING (Reuters) - Chinese and Japanese diplomats met in "
             "Beijing on Monday to ease a row over a gas field in the East China Sea.")
_BASRA = ("Troops raid militia offices in Basra", "BASRA, Iraq (Reuters) - British and Iraqi troops raided the "
          "offices of a Shiite militia in Basra on Saturday, a British military spokesman said.")
_ANNAN = ("Annan Urges Restraint in Ivory Coast", "UNITED NATIONS (Reuters) - The U.N. secretary-general urged both "
          "sides on Saturday to halt the fighting and return to talks.")
_KHARTOUM = ("Sudan Rejects Foreign Troops", "KHARTOUM (Reuters) - The government said on Tuesday it would not "
             "allow foreign troops into Darfur, state radio reported.")
_RANGOON = ("Junta frees opposition politician", "RANGOON (Reuters) - Myanmar's military junta freed a senior "
            "opposition politician from house arrest on Tuesday, his party said.")
_CABINET = ("Israeli cabinet approves barrier route", "JERUSALEM (Reuters) - The cabinet approved a new route for "
            "the West Bank barrier on Sunday, and Palestinian officials condemned the decision.")
_CHINESE = ("Kidnappers free Chinese workers", "BAGHDAD (Reuters) - Kidnappers freed eight Chinese construction "
            "workers on Saturday, the Chinese embassy said.")
_BESLAN = ("Hostage-takers make demands", "BESLAN, Russia (Reuters) - The hostage-takers holding hundreds of "
           "children in a school in southern Russia demanded the release of Chechen fighters, officials said.")
_KARACHI = ("Pakistani minister survives blast", "KARACHI (Reuters) - Pakistan's Information Minister Ali Hassan "
            "escaped unhurt when a bomb exploded near his car, police said.")
_CONGRESS = ("Nepal party calls strike", "KATHMANDU (Reuters) - The Nepali Congress party called a general strike "
             "on Thursday to protest against the king's dismissal of parliament.")
_PAL = ("Strike grounds Philippine Airlines flights", "MANILA (Reuters) - A strike by cabin crew grounded dozens of "
        "Philippine Airlines flights on Monday, the company said.")
_PYONGYANG = ("North Korean leader goes to China", "PYONGYANG (Reuters) - North Korean leader Kim Jong-il left for "
              "China by train on Monday, South Korean officials said.")
_TEHRAN = ("Iran ready for talks with Europe", "TEHRAN (Reuters) - A senior negotiator said on Sunday Iran was ready "
           "to resume talks with Britain, France and Germany on its nuclear programme.")
_EGYPT = ("Egyptian diplomat kidnapped", "BAGHDAD (Reuters) - Gunmen kidnapped an Egyptian diplomat in Baghdad on "
          "Friday, Egypt's foreign ministry said.")
_BUKAVU = ("Renegade troops seize Congo town", "KINSHASA (Reuters) - Renegade soldiers seized the eastern town of "
           "Bukavu on Wednesday as U.N. peacekeepers looked on, and the president accused Rwanda of backing them.")
_EXPEL = ("Venezuela expels U.S. diplomat", "CARACAS (Reuters) - The foreign ministry ordered a U.S. diplomat to "
          "leave the country on Friday, accusing him of spying.")
_ABIDJAN = ("Ivorian police fire on crowd", "ABIDJAN (Reuters) - Police opened fire on youths protesting in the "
            "main city on Thursday, killing two, witnesses said.")
_NYALA = ("Darfur rebels accuse militias", "NYALA, Sudan (Reuters) - Rebels accused government-backed Arab militias "
          "of burning three villages in South Darfur on Monday, an African Union official said.")
_UGANDA = ("Rebels ambush Ugandan army convoy", "KAMPALA (Reuters) - Lord's Resistance Army rebels ambushed an army "
           "convoy in northern Uganda on Tuesday, a military spokesman said.")
_TBILISI = ("Georgia accuses Russian peacekeepers", "TBILISI (Reuters) - The ministry said Russian peacekeepers had "
            "fired on Georgian villages overnight, and Moscow denied it.")
_MASHHAD = ("Iran hangs two smugglers", "TEHRAN (AFP) - Iran hanged two drug smugglers in a prison in the city of "
            "Mashhad on Sunday, state television reported.")
_SPAIN = ("Spanish troops leave Iraq", "MADRID (Reuters) - The last Spanish troops left Iraq on Friday, the defence "
          "ministry said, fulfilling a pledge of the new Socialist government.")
_LOYAL = ("Loyalists riot in Belfast", "BELFAST (Reuters) - Loyalist rioters attacked police with petrol bombs in "
          "north Belfast overnight, the Police Service of Northern Ireland said.")
_GROZNY = ("Rebels kill Russian soldiers", "GROZNY, Russia (Reuters) - Rebels killed four federal soldiers in an "
           "ambush in southern Chechnya, a pro-Moscow official said on Monday.")
_SLUM = ("Peacekeepers raid Haiti slum", "PORT-AU-PRINCE, Haiti (Reuters) - Brazilian peacekeepers and Haitian "
         "police raided a slum on Friday in search of gang members.")
_JAKMIN = ("Indonesia protests to Malaysia", "JAKARTA (Reuters) - Indonesian Foreign Minister Budi Santoso summoned "
           "Malaysia's ambassador on Monday over the treatment of migrant workers.")
_NODATE = ("Gunmen kill aid workers in Darfur", "Reuters - Gunmen killed two Sudanese aid workers near Nyala on "
           "Tuesday, a spokesman for the interior ministry said.")
_CHECHNYA = ("Soldiers killed in Chechnya", "AFP - Four Russian soldiers were killed by rebels in Chechnya, officials "
             "said on Sunday.")
_TBILISI2 = ("Protesters storm parliament", "TBILISI (Reuters) - Thousands of protesters stormed parliament on "
             "Saturday, and a spokesman said the president would not resign.")
_JAFFNA = ("Bomber kills four in Jaffna", "JAFFNA, Sri Lanka (Reuters) - A suicide bomber blew herself up at a police "
           "station on Wednesday, killing four officers, a witness said.")
_KHARTOUM2 = ("Sudan rejects U.N. plan", "KHARTOUM (Reuters) - The Sudanese government rejected a U.N. plan for "
              "Darfur on Monday. The government said it would disarm the militias itself.")
_CARACAS2 = ("Rival rallies in Caracas", "CARACAS (Reuters) - Supporters of the president clashed with opponents in "
             "the capital on Sunday, police said.")
_MONKS = ("Monks lead protest", "COLOMBO (Reuters) - Buddhist monks led a protest against the peace talks on Friday.")
_HEBRON = ("Settlers stone pupils", "HEBRON, West Bank (Reuters) - Settlers stoned Palestinian schoolchildren on "
           "their way to school on Sunday, the army said.")
_HOSTAGE = ("British hostage appeals to Blair", "BAGHDAD (Reuters) - Militants released a video of a British hostage "
            "on Tuesday. The hostage appealed to the prime minister to save his life.")
_TALKS = ("Darfur talks collapse", "KHARTOUM (Reuters) - Darfur rebels said on Monday that talks with the government "
          "had collapsed.")
_KABUL = ("Blast near embassy", "KABUL (Reuters) - An attack on the embassy killed two guards on Sunday, and a "
          "roadside bomb hit a U.S. convoy in the south.")
_CHECHEN = ("Chechen prisoner dies", "MOSCOW (Reuters) - A Chechen prisoner died in custody, rights groups said on "
            "Tuesday.")
_COOK = ("Nepali cook kidnapped", "KABUL (Reuters) - Gunmen kidnapped a Nepali cook working for an aid group on "
         "Monday, and rebels stormed a police station in the south.")
_PATROL = ("Patrol ambushed in Basra", "BASRA, Iraq (Reuters) - Gunmen ambushed a British patrol in the city on "
           "Sunday, wounding two soldiers.")
_BANK = ("Bank raises rates", "SEOUL (Reuters) - The central bank raised interest rates on Thursday, and the "
         "finance ministry welcomed the move.")
_SCIENTIST = ("Scientist pardoned", "ISLAMABAD (Reuters) - Pakistani nuclear scientist Abdul Karim Rana was "
              "pardoned on Thursday.")
_CLERIC = ("Cleric urges calm in Karbala", "KARBALA, Iraq (Reuters) - Shiite cleric Ali Hakim called for calm on "
           "Friday after clashes near the shrine.")
_MARSH = ("Hostage pleads for life", "BAGHDAD (Reuters) - Kenneth Marsh, 62, a British engineer, pleaded for his life "
          "in a video shown on Wednesday.")
_ENVOY = ("Dutch envoy meets rebels", "KHARTOUM (Reuters) - Jan Smit, the Dutch envoy to Sudan, met rebel leaders on "
          "Monday.")
_TYCOON = ("Tycoon arrested", "MOSCOW (Reuters) - Oil tycoon Igor Petrov was arrested on Saturday, prosecutors said.")

# (headline, lead, actor as named, gold code by events_guidelines.md)
# declarative table:
CASES: list[tuple[str, str, str, str]] = [
    # Bare role nouns placed by the dateline.
    (*_SUDAN, "Soldiers", "SDNMIL"),
    (*_SUDAN, "rebels", "SDNREB"),
    (*_SUDAN, "a military spokesman", "SDNMIL"),
    (*_KASHMIR, "Suspected militants", "INDREB"),
    (*_KASHMIR, "villagers", "INDCVL"),
    (*_KASHMIR, "police", "INDCOP"),
    (*_BUNIA, "Militiamen", "CODREB"),
    (*_BUNIA, "Pakistani peacekeepers", "PAKMIL"),
    (*_BUNIA, "a U.N. spokesman", "IGOUNO"),
    (*_BOUAKE, "Ivorian warplanes", "CIVMIL"),
    (*_BOUAKE, "residents", "CIVCVL"),
    (*_BOUAKE, "Bouake", "CIV"),
    (*_NEPAL, "Maoist insurgents", "NPLREB"),
    (*_NEPAL, "the government", "NPLGOV"),
    (*_NEPAL, "security forces", "NPLMIL"),
    (*_LANKA, "The navy", "LKAMIL"),
    (*_LANKA, "Tamil Tiger guerrillas", "LKAREB"),
    (*_LANKA, "a defence ministry official", "LKAGOV"),
    (*_HAITI, "Armed rebels", "HTIREB"),
    (*_HAITI, "police", "HTICOP"),
    (*_HAITI, "the president", "HTIGOV"),
    (*_COLOMBIA, "Leftist guerrillas", "COLREB"),
    (*_COLOMBIA, "a town mayor", "COLGOV"),
    (*_COLOMBIA, "the army", "COLMIL"),
    (*_CARACAS, "opposition supporters", "VENOPP"),
    (*_CARACAS, "National Guard troops", "VENMIL"),
    (*_JOLO, "Philippine marines", "PHLMIL"),
    (*_JOLO, "Abu Sayyaf guerrillas", "PHLREB"),
    (*_JOLO, "a military spokesman", "PHLMIL"),
    (*_JAKARTA, "Indonesian police", "IDNCOP"),
    (*_JAKARTA, "suspected militants", "IDNREB"),
    (*_JAKARTA, "the Australian embassy", "AUSGOV"),
    (*_PATTANI, "Thai security forces", "THAMIL"),
    (*_PATTANI, "insurgents", "THAREB"),
    (*_PATTANI, "officials", "THAGOV"),
    (*_KIEV, "Opposition protesters", "UKROPP"),
    (*_KIEV, "the outgoing president", "UKRGOV"),
    (*_KHARTOUM, "The government", "SDNGOV"),
    (*_KHARTOUM, "state radio", "SDNMED"),
    (*_RANGOON, "military junta", "MMRGOV"),
    (*_RANGOON, "a senior opposition politician", "MMROPP"),
    (*_CABINET, "The cabinet", "ISRGOV"),
    (*_CABINET, "Palestinian officials", "PSEGOV"),
    (*_BESLAN, "The hostage-takers", "RUSREB"),
    (*_BESLAN, "Chechen fighters", "RUSREB"),
    (*_BESLAN, "officials", "RUSGOV"),
    (*_EXPEL, "The foreign ministry", "VENGOV"),
    (*_EXPEL, "a U.S. diplomat", "USAGOV"),
    (*_ABIDJAN, "Police", "CIVCOP"),
    (*_ABIDJAN, "youths", "CIVCVL"),
    (*_ABIDJAN, "witnesses", "CIVCVL"),
    (*_NYALA, "Rebels", "SDNREB"),
    (*_NYALA, "Arab militias", "SDNREB"),
    (*_NYALA, "an African Union official", "IGOAFRAU"),
    (*_UGANDA, "Lord's Resistance Army rebels", "UGAREB"),
    (*_UGANDA, "a military spokesman", "UGAMIL"),
    (*_TBILISI, "The ministry", "GEOGOV"),
    (*_TBILISI, "Russian peacekeepers", "RUSMIL"),
    (*_TBILISI, "Moscow", "RUSGOV"),
    (*_MASHHAD, "drug smugglers", "IRNCRM"),
    (*_MASHHAD, "state television", "IRNMED"),
    (*_SPAIN, "Spanish troops", "ESPMIL"),
    (*_SPAIN, "the defence ministry", "ESPGOV"),
    (*_SPAIN, "the new Socialist government", "ESPGOV"),
    (*_LOYAL, "Loyalist rioters", "GBRCVL"),
    (*_LOYAL, "police", "GBRCOP"),
    (*_LOYAL, "the Police Service of Northern Ireland", "GBRCOP"),
    (*_GROZNY, "Rebels", "RUSREB"),
    (*_GROZNY, "federal soldiers", "RUSMIL"),
    (*_GROZNY, "a pro-Moscow official", "RUSGOV"),
    (*_NODATE, "Gunmen", "SDNREB"),
    (*_NODATE, "a spokesman for the interior ministry", "SDNGOV"),
    (*_CHECHNYA, "officials", "RUSGOV"),
    (*_CHECHNYA, "rebels", "RUSREB"),
    (*_TBILISI2, "parliament", "GEOLEG"),
    (*_TBILISI2, "a spokesman", "GEOGOV"),
    (*_JAFFNA, "A suicide bomber", "LKAREB"),
    (*_JAFFNA, "officers", "LKACOP"),
    (*_JAFFNA, "a witness", "LKACVL"),
    (*_KHARTOUM2, "The government", "SDNGOV"),
    (*_KHARTOUM2, "the militias", "SDNREB"),
    (*_CARACAS2, "opponents", "VENOPP"),
    (*_MONKS, "Buddhist monks", "LKA"),
    (*_HEBRON, "Palestinian schoolchildren", "PSECVL"),
    (*_HEBRON, "the army", "ISRMIL"),
    (*_HOSTAGE, "The hostage", "GBRCVL"),
    (*_TALKS, "the government", "SDNGOV"),
    (*_KABUL, "the embassy", ""),
    (*_KABUL, "a U.S. convoy", "USAMIL"),
    (*_CHECHEN, "A Chechen prisoner", "RUSCVL"),
    (*_COOK, "a Nepali cook", "NPLCVL"),
    (*_COOK, "a police station", "AFGCOP"),
    (*_PATROL, "a British patrol", "GBRMIL"),
    (*_BANK, "the finance ministry", "KORGOV"),
    # Groups whose own words give the country, in a story datelined elsewhere.
    (*_FRENCH, "French soldiers", "FRAMIL"),
    (*_FRENCH, "Ivorian jets", "CIVMIL"),
    (*_FRENCH, "the French military", "FRAMIL"),
    (*_INGUSH, "Chechen rebels", "RUSREB"),
    (*_INGUSH, "officers", "RUSCOP"),
    (*_INGUSH, "Russian officials", "RUSGOV"),
    (*_OSSETIA, "Georgian troops", "GEOMIL"),
    (*_OSSETIA, "South Ossetian separatists", "GEOREB"),
    (*_OSSETIA, "Georgia's Interior Ministry", "GEOGOV"),
    (*_KCNA, "North Korea", "PRK"),
    (*_KCNA, "KCNA", "PRKMED"),
    (*_DEFECT, "North Korean defectors", "PRKREF"),
    (*_DEFECT, "the Unification Ministry", "KORGOV"),
    (*_MADRID, "Spain's interior minister", "ESPGOV"),
    (*_MADRID, "Basque separatists", "ESPREB"),
    (*_BELFAST, "The Irish Republican Army", "GBRREB"),
    (*_BELFAST, "Protestant politicians", "GBR"),
    (*_JORDAN, "A Jordanian truck driver", "JORCVL"),
    (*_JORDAN, "insurgents", "IRQREB"),
    (*_JORDAN, "the Jordanian Foreign Ministry", "JORGOV"),
    (*_MANILA, "The Philippines", "PHL"),
    (*_MANILA, "a Filipino hostage", "PHLCVL"),
    (*_MANILA, "officials", "PHLGOV"),
    (*_FALLUJA, "U.S. Marines", "USAMIL"),
    (*_FALLUJA, "Iraqi troops", "IRQMIL"),
    (*_FALLUJA, "guerrillas", "IRQREB"),
    (*_CHINESE, "Kidnappers", "IRQREB"),
    (*_CHINESE, "Chinese construction workers", "CHNCVL"),
    (*_CHINESE, "the Chinese embassy", "CHNGOV"),
    (*_EGYPT, "Gunmen", "IRQREB"),
    (*_EGYPT, "an Egyptian diplomat", "EGYGOV"),
    (*_EGYPT, "Egypt's foreign ministry", "EGYGOV"),
    (*_BUKAVU, "Renegade soldiers", "CODMIL"),
    (*_BUKAVU, "U.N. peacekeepers", "IGOUNO"),
    (*_BUKAVU, "Rwanda", "RWA"),
    (*_BUKAVU, "the president", "CODGOV"),
    (*_SLUM, "Brazilian peacekeepers", "BRAMIL"),
    (*_SLUM, "Haitian police", "HTICOP"),
    (*_SLUM, "gang members", "HTICRM"),
    # People whose own title or apposition says the country.
    (*_SCIENTIST, "Abdul Karim Rana", "PAKCVL"),
    (*_CLERIC, "Ali Hakim", "IRQELI"),
    (*_MARSH, "Kenneth Marsh", "GBRCVL"),
    (*_ENVOY, "Jan Smit", "NLDGOV"),
    (*_TYCOON, "Igor Petrov", "RUSBUS"),
    (*_TYCOON, "prosecutors", "RUSJUD"),
    # Plurals of two countries.
    (*_GASFIELD, "Chinese", "CHNGOV"),
    (*_GASFIELD, "Japanese diplomats", "JPNGOV"),
    (*_BASRA, "British", "GBRMIL"),
    (*_BASRA, "Iraqi troops", "IRQMIL"),
    (*_BASRA, "a Shiite militia", "IRQREB"),
    (*_BASRA, "a British military spokesman", "GBRMIL"),
    # Headline-only actors; titled people, parties and companies named with a country word.
    (*_ANNAN, "Annan", "IGOUNO"),
    (*_ANNAN, "The U.N. secretary-general", "IGOUNO"),
    (*_KARACHI, "Ali Hassan", "PAKGOV"),
    (*_KARACHI, "police", "PAKCOP"),
    (*_CONGRESS, "The Nepali Congress", "NPLOPP"),
    (*_PAL, "Philippine Airlines", "PHLBUS"),
    (*_JAKMIN, "Budi Santoso", "IDNGOV"),
    (*_JAKMIN, "Malaysia's ambassador", "MYSGOV"),
    # A country word beside the actor that is not part of its phrase.
    (*_PYONGYANG, "Kim Jong-il", "PRKGOV"),
    (*_PYONGYANG, "South Korean officials", "KORGOV"),
    (*_TEHRAN, "A senior negotiator", "IRNGOV"),
    (*_TEHRAN, "Iran", "IRN"),
]


entities = headlined_entities(CASES)


# Known misses, left visible rather than hidden: index into CASES -> why.
XFAIL: dict[int, str] = {
    109: "Phoenix codes the IRA IRL; Northern Ireland is the United Kingdom's, a dictionary entry to correct, not a rule",
    110: "'politicians' is no role noun in roles.yaml (Phoenix's PTY is not a role newsgraph emits), so the community "
    "takes no country",
}


@pytest.mark.parametrize(
    ("title", "text", "name", "gold"),
    wire_params(CASES, XFAIL),
)
def test_role_wire_actor(title: str, text: str, name: str, gold: str) -> None:
    found = first_match(entities(title, text), name)
    code = str(found.get("code") or found.get("country") or "") if found else ""
    if not gold:  # an actor whose country the text does not give: found, and given none
        assert found is not None and not found.get("country"), (name, code)
    else:
        assert code[:3] == gold[:3], (name, code)
