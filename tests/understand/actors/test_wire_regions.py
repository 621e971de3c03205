"""A fourth blind set, in the shape of the 2004 AG News "World" items (a headline, then one to three sentences that
open with a dateline and agency, or with the agency alone), and no article date, as the dev set comes. It covers
what the earlier sets do not: regions beyond the Middle East; people in no dictionary whose country or role only
the text gives (apposition, "the foreign minister of X, Y", "Y, who heads X's ...", a surname on second mention,
"X's Y"); single-token actors (surnames, one-word groups and parties, plural role nouns at the head of a lead);
organisations named by a country adjective or an "of X" phrase; actors named only in the headline. Every name is
coded by events_guidelines.md's actor rules, written down before the coder's output on these leads was seen.

Scored as the guidelines' scorer scores actors: the country part (first three letters) of the code of the FIRST
entity whose name, aliases or mention texts contain the gold text or lie inside it (texts over three characters);
no such entity is a miss, and so is an entity with no code.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from newsgraph.evaluate.actors_news import first_match

from .test_wire_blind import analyse_headlined, wire_params

pytestmark = pytest.mark.model

# (headline, lead, actor as named, gold code)
# declarative table:
CASES: list[tuple[str, str, str, str]] = [
    # Sudan / Darfur
    ("Darfur rebels reject Khartoum offer", "ABUJA, Nigeria (Reuters) - Rebels from Sudan's Darfur region rejected a "
     "government peace offer on Tuesday, saying Khartoum had failed to disarm Arab militias.", "Rebels", "SDNREB"),
    ("Darfur rebels reject Khartoum offer", "ABUJA, Nigeria (Reuters) - Rebels from Sudan's Darfur region rejected a "
     "government peace offer on Tuesday, saying Khartoum had failed to disarm Arab militias.", "Khartoum", "SDNGOV"),
    ("Sudan accuses rebels of attacking aid convoy", "KHARTOUM (AFP) - Sudan's foreign minister, Mustafa Osman "
     "Ismail, accused rebels of attacking an aid convoy in South Darfur. Ismail said the attack broke the "
     "ceasefire.", "Ismail", "SDNGOV"),
    ("Rebel group denies raid", "NYALA, Sudan (Reuters) - Idris Abakar, a spokesman for the rebel Justice and "
     "Equality Movement, denied that its fighters had raided the town.", "Idris Abakar", "SDNREB"),
    ("Rebel group denies raid", "NYALA, Sudan (Reuters) - Idris Abakar, a spokesman for the rebel Justice and "
     "Equality Movement, denied that its fighters had raided the town.", "Justice and Equality Movement", "SDNREB"),
    # Ivory Coast
    ("Ivory Coast army bombs rebel north", "ABIDJAN (Reuters) - Ivory Coast's army bombed rebel positions in the "
     "north on Thursday, and French troops said they were on alert.", "French troops", "FRAMIL"),
    ("Ivory Coast army bombs rebel north", "ABIDJAN (Reuters) - Ivory Coast's army bombed rebel positions in the "
     "north on Thursday, and French troops said they were on alert.", "army", "CIVMIL"),
    ("Gbagbo blames France for unrest", "ABIDJAN (AFP) - Ivorian President Laurent Gbagbo accused France of arming "
     "the rebels.", "Laurent Gbagbo", "CIVGOV"),
    ("Ivorian rebels quit unity government", "BOUAKE, Ivory Coast (Reuters) - Rebel commander Seydou Kamagate said "
     "on Monday his men would not disarm.", "Seydou Kamagate", "CIVREB"),
    # Congo, Rwanda, Uganda
    ("Congo accuses Rwanda of sending troops", "KINSHASA (Reuters) - Congo's government accused Rwanda on Wednesday "
     "of sending troops across the border to hunt Hutu rebels.", "Rwanda", "RWA"),
    ("Congo accuses Rwanda of sending troops", "KINSHASA (Reuters) - Congo's government accused Rwanda on Wednesday "
     "of sending troops across the border to hunt Hutu rebels.", "Congo's government", "CODGOV"),
    ("Uganda's Museveni offers talks", "KAMPALA (Reuters) - Uganda's Museveni offered on Sunday to talk to the "
     "Lord's Resistance Army if its fighters laid down their guns.", "Museveni", "UGAGOV"),
    ("Uganda's Museveni offers talks", "KAMPALA (Reuters) - Uganda's Museveni offered on Sunday to talk to the "
     "Lord's Resistance Army if its fighters laid down their guns.", "Lord's Resistance Army", "UGAREB"),
    # Nepal, Sri Lanka, Kashmir
    ("Maoists call blockade of Kathmandu", "KATHMANDU (Reuters) - Nepal's Maoist rebels called a week-long "
     "blockade of the capital on Monday.", "Maoists", "NPLREB"),
    ("Nepal army says 20 rebels killed", "KATHMANDU (AFP) - Soldiers killed 20 rebels in a gunbattle in western "
     "Nepal, an army spokesman, Colonel Ramesh Thapa, said.", "Ramesh Thapa", "NPLMIL"),
    ("Nepal army says 20 rebels killed", "KATHMANDU (AFP) - Soldiers killed 20 rebels in a gunbattle in western "
     "Nepal, an army spokesman, Colonel Ramesh Thapa, said.", "Soldiers", "NPLMIL"),
    ("Tigers warn of return to war", "COLOMBO (Reuters) - The Tigers warned on Friday that Sri Lanka's peace "
     "process was close to collapse.", "Tigers", "LKAREB"),
    ("Sri Lanka president offers talks", "COLOMBO (Reuters) - Sri Lankan President Chandrika Kumaratunga offered "
     "on Tuesday to resume talks with the rebels.", "Chandrika Kumaratunga", "LKAGOV"),
    ("Militants kill five soldiers in Kashmir", "SRINAGAR, India (Reuters) - Militants killed five Indian soldiers "
     "in an ambush in Kashmir on Saturday, police said.", "Indian soldiers", "INDMIL"),
    ("Militants kill five soldiers in Kashmir", "SRINAGAR, India (Reuters) - Militants killed five Indian soldiers "
     "in an ambush in Kashmir on Saturday, police said.", "Militants", "INDREB"),
    # Chechnya, Caucasus, Central Asia
    ("Maskhadov denies role in school siege", "MOSCOW (Reuters) - Chechen rebel leader Aslan Maskhadov denied on "
     "Tuesday that his fighters had taken part in the school siege.", "Aslan Maskhadov", "RUSREB"),
    ("Chechen leader vows to crush rebels", "GROZNY, Russia (AFP) - Alu Alkhanov, the Kremlin-backed president of "
     "Chechnya, vowed to crush the rebels.", "Alu Alkhanov", "RUSGOV"),
    ("Georgia warns separatists", "TBILISI (Reuters) - Georgian President Mikheil Saakashvili warned South Ossetian "
     "separatists on Wednesday not to provoke his troops.", "Mikheil Saakashvili", "GEOGOV"),
    ("Uzbek rights group says activist held", "TASHKENT (Reuters) - The Uzbek Human Rights Society said on Monday "
     "police had detained one of its members.", "Uzbek Human Rights Society", "UZBNGO"),
    # Haiti, Colombia, Venezuela, Bolivia
    ("Aristide backers clash with police", "PORT-AU-PRINCE, Haiti (Reuters) - Supporters of ousted President "
     "Jean-Bertrand Aristide clashed with police in the capital on Thursday.", "Jean-Bertrand Aristide", "HTIELI"),
    ("Aristide backers clash with police", "PORT-AU-PRINCE, Haiti (Reuters) - Supporters of ousted President "
     "Jean-Bertrand Aristide clashed with police in the capital on Thursday.", "police", "HTICOP"),
    ("Haiti's Latortue appeals for aid", "PORT-AU-PRINCE, Haiti (AP) - Interim Prime Minister Gerard Latortue "
     "appealed for foreign aid after floods killed hundreds.", "Gerard Latortue", "HTIGOV"),
    ("Paramilitaries hand in weapons", "BOGOTA, Colombia (Reuters) - Hundreds of right-wing paramilitaries handed "
     "in their weapons on Friday, said Salvatore Mancuso, a top commander of the group.", "Salvatore Mancuso",
     "COLREB"),
    ("Paramilitaries hand in weapons", "BOGOTA, Colombia (Reuters) - Hundreds of right-wing paramilitaries handed "
     "in their weapons on Friday, said Salvatore Mancuso, a top commander of the group.", "paramilitaries",
     "COLREB"),
    ("Chavez hails referendum win", "CARACAS (Reuters) - Venezuela's president said on Monday the referendum result "
     "was a victory for the poor, and opposition leaders refused to accept it.", "Chavez", "VENGOV"),
    ("Chavez hails referendum win", "CARACAS (Reuters) - Venezuela's president said on Monday the referendum result "
     "was a victory for the poor, and opposition leaders refused to accept it.", "opposition leaders", "VENOPP"),
    ("Coca growers block roads", "LA PAZ, Bolivia (Reuters) - Pedro Alvarado, who heads Bolivia's main coca "
     "growers' union, said the blockades would go on.", "Pedro Alvarado", "BOLLAB"),
    # Balkans
    ("Kostunica rejects Kosovo plan", "BELGRADE (Reuters) - Serbian Prime Minister Vojislav Kostunica rejected a "
     "U.N. plan for Kosovo on Tuesday. Kostunica said Serbs would not take part.", "Kostunica", "SRBGOV"),
    ("Bosnian Serb police arrest suspect", "SARAJEVO (Reuters) - Bosnian Serb police arrested a man wanted for war "
     "crimes on Friday, the NATO-led peace force said.", "Bosnian Serb police", "BIHCOP"),
    # Indonesia, Philippines
    ("Indonesia police blame militants", "JAKARTA (Reuters) - Indonesian police said on Friday that Jemaah Islamiah "
     "militants were behind the embassy bombing.", "Indonesian police", "IDNCOP"),
    ("Indonesia police blame militants", "JAKARTA (Reuters) - Indonesian police said on Friday that Jemaah Islamiah "
     "militants were behind the embassy bombing.", "Jemaah Islamiah", "IDNREB"),
    ("Aceh rebels deny attack", "BANDA ACEH, Indonesia (AFP) - Separatist rebels in Aceh denied on Sunday that they "
     "had attacked a village.", "rebels", "IDNREB"),
    ("Arroyo orders hunt for kidnappers", "MANILA (Reuters) - Philippine President Gloria Arroyo ordered troops on "
     "Monday to hunt down kidnappers who seized two Chinese businessmen.", "Gloria Arroyo", "PHLGOV"),
    ("Muslim rebels agree to talks", "MANILA (AP) - The Moro Islamic Liberation Front agreed on Tuesday to resume "
     "peace talks with the government in Malaysia.", "Moro Islamic Liberation Front", "PHLREB"),
    # North Korea, Taiwan, China
    ("North Korea rejects talks", "SEOUL (Reuters) - North Korea said on Tuesday it would not return to talks on "
     "its nuclear programs, the official KCNA news agency reported.", "North Korea", "PRK"),
    ("North Korea rejects talks", "SEOUL (Reuters) - North Korea said on Tuesday it would not return to talks on "
     "its nuclear programs, the official KCNA news agency reported.", "KCNA", "PRKMED"),
    ("Chen vows to defend Taiwan", "TAIPEI (Reuters) - Taiwan President Chen Shui-bian vowed on Sunday to defend "
     "the island, and Beijing warned him against moves toward independence.", "Chen Shui-bian", "TWNGOV"),
    ("Chen vows to defend Taiwan", "TAIPEI (Reuters) - Taiwan President Chen Shui-bian vowed on Sunday to defend "
     "the island, and Beijing warned him against moves toward independence.", "Beijing", "CHNGOV"),
    ("Taiwan opposition demands recount", "TAIPEI (AFP) - The opposition Nationalist Party demanded a recount of "
     "Saturday's presidential vote.", "Nationalist Party", "TWNOPP"),
    # West Africa, Southern Africa
    ("Mali minister urges talks", "BAMAKO (Reuters) - The foreign minister of Mali, Amadou Sidibe, urged Tuareg "
     "leaders on Monday to return to talks. Sidibe said the army would hold its fire.", "Amadou Sidibe", "MLIGOV"),
    ("Mali minister urges talks", "BAMAKO (Reuters) - The foreign minister of Mali, Amadou Sidibe, urged Tuareg "
     "leaders on Monday to return to talks. Sidibe said the army would hold its fire.", "Sidibe", "MLIGOV"),
    ("Nigerian unions call strike over fuel", "LAGOS (Reuters) - The Nigeria Labour Congress called a general strike "
     "on Monday to protest against higher fuel prices.", "Nigeria Labour Congress", "NGALAB"),
    ("Guinea opposition boycotts vote", "CONAKRY (Reuters) - Opposition leader Alpha Conde said on Friday his party "
     "would boycott the presidential election.", "Alpha Conde", "GINOPP"),
    ("Tsvangirai acquitted of treason", "HARARE (Reuters) - Morgan Tsvangirai, who leads Zimbabwe's main opposition "
     "party, was acquitted of treason on Friday.", "Morgan Tsvangirai", "ZWEOPP"),
    ("Zimbabwe unions plan protest", "HARARE (AFP) - The Zimbabwe Congress of Trade Unions said it would stage a "
     "two-day strike next week.", "Zimbabwe Congress of Trade Unions", "ZWELAB"),
    # plural role nouns at the head of a lead
    ("Gunmen kill three in Baghdad", "BAGHDAD (Reuters) - Gunmen killed three policemen in western Baghdad on "
     "Tuesday, police said.", "Gunmen", "IRQREB"),
    ("Insurgents attack convoy", "MOSUL, Iraq (Reuters) - Insurgents attacked a U.S. convoy near the northern city "
     "on Sunday, the military said.", "Insurgents", "IRQREB"),
    ("Protesters storm parliament", "BISHKEK, Kyrgyzstan (Reuters) - Protesters stormed parliament on Thursday "
     "demanding the president resign.", "Protesters", "KGZCVL"),
    ("Troops kill rebels in Chechnya", "GROZNY, Russia (Reuters) - Troops killed four rebels in southern Chechnya on "
     "Monday, officials said.", "Troops", "RUSMIL"),
    ("Police raid opposition offices", "MINSK, Belarus (Reuters) - Police raided the offices of an opposition "
     "newspaper on Wednesday.", "Police", "BLRCOP"),
    # agency-only leads (no dateline) and headline-only actors
    ("Sharon wins cabinet vote on Gaza", "AFP - Israel's cabinet approved a plan to pull settlers out of the Gaza "
     "Strip on Sunday.", "Sharon", "ISRGOV"),
    ("Sharon wins cabinet vote on Gaza", "AFP - Israel's cabinet approved a plan to pull settlers out of the Gaza "
     "Strip on Sunday.", "Israel's cabinet", "ISRGOV"),
    ("Putin signs Kyoto bill", "Reuters - President Vladimir Putin signed a law on Friday ratifying the Kyoto "
     "protocol on climate change.", "Vladimir Putin", "RUSGOV"),
    ("Karzai rival concedes", "AP - Yunus Qanuni, the main challenger to Afghan President Hamid Karzai, conceded "
     "defeat on Wednesday.", "Hamid Karzai", "AFGGOV"),
    ("Karzai rival concedes", "AP - Yunus Qanuni, the main challenger to Afghan President Hamid Karzai, conceded "
     "defeat on Wednesday.", "Yunus Qanuni", "AFGOPP"),
    # organisations by country adjective or "of X"; parties by one word
    ("Pakistani Islamists rally", "LAHORE, Pakistan (Reuters) - A Pakistani Islamist party led thousands in a rally "
     "against Musharraf on Friday.", "Pakistani Islamist party", "PAKOPP"),
    ("Pakistani Islamists rally", "LAHORE, Pakistan (Reuters) - A Pakistani Islamist party led thousands in a rally "
     "against Musharraf on Friday.", "Musharraf", "PAKGOV"),
    ("Likud rebels defy Sharon", "JERUSALEM (Reuters) - Likud lawmakers voted against the Gaza plan on Tuesday, "
     "dealing a blow to Prime Minister Ariel Sharon.", "Likud lawmakers", "ISRLEG"),
    ("Ukraine court orders new vote", "KIEV (Reuters) - The Supreme Court of Ukraine ordered a rerun of the "
     "presidential election on Friday.", "Supreme Court of Ukraine", "UKRJUD"),
    ("Ukraine court orders new vote", "KIEV (Reuters) - The Supreme Court of Ukraine ordered a rerun of the "
     "presidential election on Friday. Opposition leader Viktor Yushchenko hailed the ruling.", "Viktor Yushchenko",
     "UKROPP"),
    ("Lebanese cabinet resigns", "BEIRUT (Reuters) - Lebanon's prime minister, Omar Karami, resigned on Monday "
     "amid protests against Syria.", "Omar Karami", "LBNGOV"),
    ("Lebanese cabinet resigns", "BEIRUT (Reuters) - Lebanon's prime minister, Omar Karami, resigned on Monday "
     "amid protests against Syria.", "Syria", "SYR"),
    ("Mexican police arrest cartel boss", "MEXICO CITY (Reuters) - Mexican federal police arrested a suspected drug "
     "lord on Saturday, the attorney general's office said.", "Mexican federal police", "MEXCOP"),
    ("Peru minister quits", "LIMA, Peru (Reuters) - Peru's interior minister, Javier Reyes, resigned on Tuesday "
     "after a police raid went wrong. Reyes denied any wrongdoing.", "Reyes", "PERGOV"),
    # A second batch, written after the first was scored and fixed, before it was run
    ("Uribe vows to crush rebels", "BOGOTA (Reuters) - Colombia's president vowed on Sunday to crush leftist "
     "rebels after guerrillas killed seven soldiers.", "Uribe", "COLGOV"),
    ("Uribe vows to crush rebels", "BOGOTA (Reuters) - Colombia's president vowed on Sunday to crush leftist "
     "rebels after guerrillas killed seven soldiers.", "guerrillas", "COLREB"),
    ("Annan urges Sudan to act", "UNITED NATIONS (Reuters) - U.N. Secretary-General Kofi Annan urged Sudan on "
     "Friday to rein in militias in Darfur.", "Kofi Annan", "IGOUNO"),
    ("Annan urges Sudan to act", "UNITED NATIONS (Reuters) - U.N. Secretary-General Kofi Annan urged Sudan on "
     "Friday to rein in militias in Darfur.", "Sudan", "SDN"),
    ("Janjaweed accused of new raids", "KHARTOUM (AFP) - The Janjaweed militia raided three villages in West "
     "Darfur this week, witnesses said.", "Janjaweed", "SDNREB"),
    ("Zimbabwe's Mugabe lashes out at Blair", "HARARE (AP) - President Robert Mugabe accused British Prime Minister "
     "Tony Blair on Saturday of plotting to topple him.", "Tony Blair", "GBRGOV"),
    ("Zimbabwe's Mugabe lashes out at Blair", "HARARE (AP) - President Robert Mugabe accused British Prime Minister "
     "Tony Blair on Saturday of plotting to topple him.", "Mugabe", "ZWEGOV"),
    ("Ivory Coast rebels say army attacked", "BOUAKE, Ivory Coast (Reuters) - Rebels said on Friday that "
     "government troops had attacked their positions near the ceasefire line.", "government troops", "CIVMIL"),
    ("Maoists kill policemen in Nepal", "AFP - Maoist rebels killed nine policemen in an attack on a police post in "
     "western Nepal, officials said.", "policemen", "NPLCOP"),
    ("Militants storm Srinagar hotel", "SRINAGAR, India (AP) - Two militants stormed a hotel in Indian Kashmir on "
     "Monday, and troops surrounded the building.", "troops", "INDMIL"),
    ("Haiti police kill gang leader", "PORT-AU-PRINCE, Haiti (Reuters) - Haitian police killed a gang leader loyal "
     "to Aristide in a raid on a slum, a police spokeswoman said.", "Haitian police", "HTICOP"),
    ("Haiti police kill gang leader", "PORT-AU-PRINCE, Haiti (Reuters) - Haitian police killed a gang leader loyal "
     "to Aristide in a raid on a slum, a police spokeswoman said.", "Aristide", "HTI"),
    ("Kim Jong-il meets Chinese envoy", "SEOUL (Reuters) - North Korean leader Kim Jong-il met a senior Chinese "
     "envoy in Pyongyang on Thursday, the North's official media said.", "Kim Jong-il", "PRKGOV"),
    ("Kim Jong-il meets Chinese envoy", "SEOUL (Reuters) - North Korean leader Kim Jong-il met a senior Chinese "
     "envoy in Pyongyang on Thursday, the North's official media said.", "senior Chinese envoy", "CHNGOV"),
    ("Taiwan's Lien demands recount", "TAIPEI (Reuters) - Opposition leader Lien Chan demanded a recount on "
     "Sunday after losing the presidential election by a few thousand votes.", "Lien Chan", "TWNOPP"),
    ("Abu Sayyaf beheads hostage", "MANILA (AFP) - Abu Sayyaf rebels beheaded a Filipino hostage on the southern "
     "island of Jolo, the military said.", "Abu Sayyaf", "PHLREB"),
    ("Indonesian troops kill Aceh rebels", "BANDA ACEH, Indonesia (Reuters) - Indonesian troops killed 12 rebels of "
     "the Free Aceh Movement in clashes on Sunday.", "Free Aceh Movement", "IDNREB"),
    ("Serb leaders reject Kosovo vote", "BELGRADE (AP) - Serbia's president, Boris Tadic, urged Kosovo Serbs on "
     "Friday to vote in the province's election.", "Boris Tadic", "SRBGOV"),
    ("Chechen rebels claim attack", "MOSCOW (Reuters) - Rebels in Chechnya said on a Web site that they had "
     "killed 10 Russian soldiers.", "Russian soldiers", "RUSMIL"),
    ("Venezuela opposition rejects audit", "CARACAS (AP) - Leaders of the Democratic Coordinator, an opposition "
     "coalition, rejected the audit of the referendum on Thursday.", "Democratic Coordinator", "VENOPP"),
    ("Congo rebels seize town", "GOMA, Congo (Reuters) - Renegade soldiers seized the eastern town of Bukavu on "
     "Wednesday, U.N. officials said.", "Renegade soldiers", "CODREB"),
    ("Burundi rebels sign ceasefire", "DAR ES SALAAM, Tanzania (Reuters) - Burundi's last active rebel group signed "
     "a ceasefire with the government on Sunday.", "Burundi's last active rebel group", "BDIREB"),
    ("Pakistani army kills militants", "WANA, Pakistan (Reuters) - Pakistani troops killed 24 foreign militants "
     "in the tribal region near the Afghan border, the army said.", "Pakistani troops", "PAKMIL"),
    ("Blast kills 10 in southern Thailand", "BANGKOK (AP) - A bomb exploded in a market in southern Thailand on "
     "Saturday, and Prime Minister Thaksin Shinawatra blamed Muslim separatists.", "Thaksin Shinawatra", "THAGOV"),
    ("Peru's Toledo names new cabinet", "LIMA, Peru (Reuters) - President Alejandro Toledo named a new cabinet on "
     "Monday. Toledo said the changes would restore confidence.", "Toledo", "PERGOV"),
]


@cache
def analysed() -> dict[str, list[dict[str, Any]]]:
    """Every item of this set, once; keyed by "headline|lead"."""
    return analyse_headlined((title, text) for title, text, *_ in CASES)


def first_code(title: str, text: str, name: str) -> str | None:
    """The code of the first entity the scorer would take for `name`; None when none matches."""
    found = first_match((e for a in analysed()[f"{title}|{text}"] for e in a.get("entities") or []), name)
    return None if found is None else str(found.get("code") or "")


# Known misses, left visible rather than hidden: index into CASES -> why.
XFAIL: dict[int, str] = {
    60: "'Pakistani Islamist party': the model splits the phrase into nationality words; 'party' alone is no "
    "descriptor with a role",
}


@pytest.mark.parametrize(
    ("title", "text", "name", "gold"),
    wire_params(CASES, XFAIL),
)
def test_regional_wire_actor(title: str, text: str, name: str, gold: str) -> None:
    assert (first_code(title, text, name) or "")[:3] == gold[:3], name
