"""A blind set of wire leads with no dateline ("AP - ...", "Reuters - ...", or a headline and a bare sentence),
written for where the story's country comes from when no dateline gives it. A group or nameless office holder
("insurgents", "police", "the government", "the prime minister") takes the country the text places the story in:
a town or province ("in Najaf", "near Kandahar"), a domestic body ("Pakistani police", "the Iraqi interior
ministry"), a named leader ("President Hamid Karzai"). Foreigners in the story (a U.S. convoy, occupying troops,
hostages, embassies, aid workers) and a country named only as a topic or target ("over the war in Iraq",
"against Israel") do not place it; two-country stories keep each side's own country.

Each lead lists every actor it names with its gold code ("text=CODE"; checked on the country, as the guidelines'
scorer does, with `first_match`; an empty code means the actor is found and given no country) and the gold events
of its main act in the format of the event blind sets (`tests/understand/events/test_wire_blind.py`). Every code
was written down by events_guidelines.md and the CAMEO codebook before the coder's output on these leads was seen.
The entity stage and the event coder must give one actor one code in an article, so the score also counts the
events whose source or target code disagrees with the entity it names. Sentences were written for this test;
people other than the period's well-known leaders, and the incidents, are generic or fictional.

`python -m pytest tests/understand/actors/test_wire_nodl.py -q -s -k score` prints the scores."""

from __future__ import annotations

import pytest

from tests.understand.actors.lead_sets import Lead, LeadSet

pytestmark = pytest.mark.model




# declarative table: the blind set of leads with no dateline.
# fmt: off
LEADS: tuple[Lead, ...] = (
    # placed by a town or province
    Lead("n-najaf-militia", "Clashes in Najaf", "AP - Militiamen loyal to a radical cleric fought police in Najaf on "
         "Thursday, leaving five officers dead, hospital officials said.",
         ("Militiamen=IRQREB", "police=IRQCOP"), gold=("IRQREB>IRQCOP:19|190|18|180",),
         ok=("IRQCOP>IRQREB:19|190",)),
    Lead("n-kandahar-ambush", "Police ambushed", "Reuters - Taliban fighters ambushed a police patrol near Kandahar on "
         "Tuesday, killing three policemen, a provincial official said.",
         ("Taliban fighters=AFGREB", "police patrol=AFGCOP", "provincial official=AFGGOV"),
         gold=("AFGREB>AFGCOP:18|180|19|190",)),
    Lead("n-mosul-bomb", "Car bomb in Mosul", "AP - A car bomb exploded outside a police station in Mosul on Monday, "
         "killing seven people, police said.", ("police=IRQCOP",), gold=(">IRQ:18|183|180",)),
    Lead("n-chechnya-rebels", "Soldiers killed in Chechnya", "Reuters - Rebels in Chechnya killed four Russian soldiers "
         "in an ambush on Wednesday, the army said.",
         ("Rebels=RUSREB", "Russian soldiers=RUSMIL", "army=RUSMIL"), gold=("RUSREB>RUSMIL:18|180|19|190",)),
    Lead("n-aceh-soldiers", "Rebels shot", "AP - Soldiers shot dead three suspected rebels in Aceh province on "
         "Saturday, a military spokesman said.",
         ("Soldiers=IDNMIL", "suspected rebels=IDNREB", "military spokesman=IDNMIL"),
         gold=("IDNMIL>IDNREB:18|180|186|19|190",)),
    Lead("n-darfur-village", "Village attacked", "Reuters - Arab militiamen attacked a village in South Darfur on Sunday, "
         "killing 12 civilians, the African Union said.",
         ("Arab militiamen=SDNREB", "civilians=SDNCVL", "African Union=IGOAFRAU"),
         gold=("SDNREB>SDN:18|180|19|190|20",)),
    Lead("n-basra-march", "Jobless march in Basra", "AP - Thousands of protesters marched through Basra on Friday to "
         "demand jobs and better power supplies.", ("protesters=IRQCVL",), gold=("IRQCVL>:14|141|140",)),
    Lead("n-srinagar-grenade", "Grenade attack", "Reuters - Suspected militants hurled a grenade at a police post in "
         "Srinagar on Monday, wounding four policemen, police said.",
         ("Suspected militants=INDREB", "policemen=INDCOP"), gold=("INDREB>INDCOP:18|180|183",)),
    Lead("n-mindanao-clash", "Clash in south", "AP - Troops clashed with Muslim rebels on the southern island of "
         "Mindanao on Wednesday, leaving two soldiers dead, the army said.",
         ("Troops=PHLMIL", "Muslim rebels=PHLREB", "army=PHLMIL"),
         gold=("PHLMIL>PHLREB:19|190", "PHLREB>PHLMIL:19|190")),
    Lead("n-falluja-air", "Air strike in Falluja", "Reuters - U.S. warplanes bombed a house in Falluja on Saturday, "
         "killing five people, residents said.", ("U.S. warplanes=USAMIL", "residents=IRQCVL"),
         gold=("USAMIL>IRQ:19|195|190|18|180",), kind="foreigners"),
    Lead("n-helmand-chief", "Police chief killed in Helmand", "Suspected Taliban gunmen shot dead a district police "
         "chief in Helmand province on Thursday, a provincial spokesman said.",
         ("Suspected Taliban gunmen=AFGREB", "district police chief=AFGCOP", "provincial spokesman=AFGGOV"),
         gold=("AFGREB>AFGCOP:18|180|186",)),
    Lead("n-jenin-raid", "Raid on Jenin camp", "AP - Israeli troops raided the Jenin refugee camp on Tuesday, arresting "
         "15 suspected militants, witnesses said.", ("Israeli troops=ISRMIL", "suspected militants=PSEREB"),
         gold=("ISRMIL>PSEREB:17|173|19|190",)),
    Lead("n-niger-delta", "Army warns delta rebels", "Reuters - The army chief warned rebels in the Niger Delta on "
         "Monday to lay down their arms or face a military offensive.",
         ("army chief=NGAMIL", "rebels=NGAREB"), gold=("NGAMIL>NGAREB:13|130|138|10|100",)),
    Lead("n-diyala-governor", "Governor killed", "AP - Insurgents killed the deputy governor of Diyala province in a "
         "roadside bombing on Monday, police said.",
         ("Insurgents=IRQREB", "deputy governor=IRQGOV", "police=IRQCOP"),
         gold=("IRQREB>IRQGOV:18|180|183|186",)),
    Lead("n-sinaloa-police", "Police officers held", "AP - Soldiers arrested 12 municipal police officers in the "
         "northern state of Sinaloa on Friday on suspicion of working for drug traffickers.",
         ("Soldiers=MEXMIL", "municipal police officers=MEXCOP"), gold=("MEXMIL>MEXCOP:17|173",)),
    # placed by a domestic body
    Lead("b-pak-police", "Militants arrested", "Reuters - Pakistani police arrested 20 suspected militants in raids in "
         "the north-west on Friday, officials said.",
         ("Pakistani police=PAKCOP", "suspected militants=PAKREB", "officials=PAKGOV"),
         gold=("PAKCOP>PAKREB:17|173",), kind="body"),
    Lead("b-iraq-interior", "Aide captured", "AP - The Iraqi interior ministry said on Sunday that police had captured a "
         "senior aide of an al Qaeda leader north of Baghdad.",
         ("Iraqi interior ministry=IRQGOV", "police=IRQCOP"), gold=("IRQCOP>:17|173",), kind="body"),
    Lead("b-afghan-army", "Offensive in south", "Reuters - The Afghan army launched an offensive against Taliban fighters "
         "in the south on Monday, a defence ministry spokesman said.",
         ("Afghan army=AFGMIL", "Taliban fighters=AFGREB", "defence ministry spokesman=AFGGOV"),
         gold=("AFGMIL>AFGREB:19|190",), kind="body"),
    Lead("b-saudi-forces", "Shootout in Riyadh", "AP - Saudi security forces killed two suspected militants in a "
         "shootout in Riyadh on Wednesday, the interior ministry said.",
         ("Saudi security forces=SAUCOP", "suspected militants=SAUREB", "interior ministry=SAUGOV"),
         gold=("SAUCOP>SAUREB:18|180|186|19|190",), kind="body"),
    Lead("b-nepal-army", "Maoists killed", "Reuters - The Royal Nepalese Army said on Thursday it had killed 30 Maoist "
         "rebels in a gunbattle in the west of the country.",
         ("Royal Nepalese Army=NPLMIL", "Maoist rebels=NPLREB"), gold=("NPLMIL>NPLREB:19|190|18|180",),
         kind="body"),
    Lead("b-turkish-troops", "Kurdish rebels killed", "AP - Turkish troops killed five Kurdish rebels in clashes in the "
         "southeast on Sunday, the military said.",
         ("Turkish troops=TURMIL", "Kurdish rebels=TURREB", "military=TURMIL"),
         gold=("TURMIL>TURREB:19|190|18|180",), kind="body"),
    Lead("b-egypt-riot-police", "Protesters detained", "AP - Egyptian riot police beat and detained dozens of opposition "
         "protesters in central Cairo on Wednesday.",
         ("Egyptian riot police=EGYCOP", "opposition protesters=EGYOPP"),
         gold=("EGYCOP>EGYOPP:17|173|175|18|180",), kind="body"),
    Lead("b-uzbek-jail", "Muslims jailed", "Reuters - Uzbek authorities jailed 15 Muslims on Tuesday for trying to "
         "overthrow the government, a human rights group said.",
         ("Uzbek authorities=UZBGOV", "government=UZBGOV", "human rights group="),
         gold=("UZBGOV>:17|173",), kind="body"),
    Lead("b-lanka-navy", "Rebel boats sunk", "Reuters - The Sri Lankan navy sank two boats belonging to Tamil Tiger "
         "rebels off the north-east coast on Monday, a military spokesman said.",
         ("Sri Lankan navy=LKAMIL", "Tamil Tiger rebels=LKAREB", "military spokesman=LKAMIL"),
         gold=("LKAMIL>LKAREB:19|190|18",), kind="body"),
    Lead("b-haiti-asks", "Haiti asks for troops", "Reuters - The Haitian government on Sunday asked the United Nations "
         "to send more peacekeepers to curb gang violence in the capital's slums.",
         ("Haitian government=HTIGOV", "United Nations=IGOUNO"), gold=("HTIGOV>IGOUNO:02|020|10|100",),
         kind="body"),
    Lead("b-indian-opposition", "Walkout in parliament", "Reuters - Indian opposition parties walked out of parliament on "
         "Thursday in protest at the government's handling of peace talks with Pakistan.",
         ("Indian opposition parties=INDOPP", "government=INDGOV", "Pakistan=PAK"),
         gold=("INDOPP>INDGOV:14|140|141|11|111",), kind="topic"),
    # placed by a named leader
    Lead("l-blair-iraq", "Blair under fire", "Reuters - Prime Minister Tony Blair defended his Iraq policy in parliament "
         "on Wednesday as opposition lawmakers accused the government of misleading the country.",
         ("Tony Blair=GBRGOV", "opposition lawmakers=GBROPP", "government=GBRGOV"),
         gold=("GBROPP>GBRGOV:11|112",), kind="leader"),
    Lead("l-karzai-commanders", "Karzai orders disarmament", "AP - President Hamid Karzai ordered regional commanders to "
         "hand over their heavy weapons on Monday, warning that the government would act against those who refused.",
         ("Hamid Karzai=AFGGOV", "regional commanders=AFG", "government=AFGGOV"),
         gold=("AFGGOV>AFG:10|100|02|020",), ok=("AFGGOV>AFG:13|130",), kind="leader"),
    Lead("l-sharon-settlers", "Sharon meets settlers", "Reuters - Prime Minister Ariel Sharon met the leaders of the "
         "settler movement on Sunday to discuss the planned withdrawal from Gaza.",
         ("Ariel Sharon=ISRGOV", "leaders of the settler movement=ISR"), gold=("ISRGOV>ISR:04|040|043",),
         ok=("ISR>ISRGOV:04|040|042",), kind="leader"),
    Lead("l-putin-ministry", "Putin scolds ministry", "AP - President Vladimir Putin criticised the interior ministry on "
         "Tuesday for failing to stop attacks by Chechen rebels, the Kremlin said.",
         ("Vladimir Putin=RUSGOV", "interior ministry=RUSGOV", "Chechen rebels=RUSREB", "Kremlin=RUSGOV"),
         gold=("RUSGOV>RUSGOV:11|111",), ok=("RUSREB>:18|180|19|190",), kind="leader"),
    Lead("l-chavez-coup", "Chavez accuses foes", "Reuters - President Hugo Chavez accused opposition leaders on Saturday "
         "of plotting a coup with the help of the United States.",
         ("Hugo Chavez=VENGOV", "opposition leaders=VENOPP", "United States=USA"),
         gold=("VENGOV>VENOPP:11|112",), ok=("VENGOV>USA:11|112",), kind="leader"),
    Lead("l-musharraf-army", "Musharraf orders hunt", "AP - President Pervez Musharraf ordered the army on Wednesday to "
         "hunt down tribal militants sheltering foreign fighters near the Afghan border.",
         ("Pervez Musharraf=PAKGOV", "army=PAKMIL", "tribal militants=PAKREB", "foreign fighters="),
         gold=("PAKGOV>PAKMIL:10|100|02|020",), ok=("PAKMIL>PAKREB:19|190|15|150",), kind="leader"),
    Lead("l-mugabe-farms", "More farms seized", "Reuters - President Robert Mugabe's government seized 20 more "
         "white-owned farms on Monday, the farmers' union said.",
         ("Robert Mugabe=ZWEGOV", "government=ZWEGOV", "farmers' union=ZWELAB"),
         gold=("ZWEGOV>:17|171|1711",), kind="leader"),
    Lead("l-gbagbo-bombs", "Ceasefire broken", "AP - President Laurent Gbagbo's troops bombed rebel positions in the "
         "north on Thursday, breaking an 18-month ceasefire.",
         ("Laurent Gbagbo=CIVGOV", "troops=CIVMIL"), gold=("CIVMIL>CIVREB:19|195|190",), kind="leader"),
    Lead("l-uribe-swap", "Uribe offers swap", "AP - President Alvaro Uribe offered on Friday to free jailed guerrillas in "
         "exchange for hostages held by the rebels.",
         ("Alvaro Uribe=COLGOV", "jailed guerrillas=COLREB", "rebels=COLREB"),
         gold=("COLGOV>COLREB:03|030|031|037|08|081",), kind="leader"),
    Lead("l-lukashenko-rally", "Rally broken up", "Reuters - Police loyal to President Alexander Lukashenko broke up an "
         "opposition rally in the capital on Sunday and detained its leader.",
         ("Police=BLRCOP", "Alexander Lukashenko=BLRGOV"), gold=("BLRCOP>BLROPP:17|173|175",), kind="leader"),
    Lead("l-koizumi-shrine", "Koizumi at shrine", "AP - Prime Minister Junichiro Koizumi visited a war shrine on Monday, "
         "drawing protests from China and South Korea.",
         ("Junichiro Koizumi=JPNGOV", "China=CHN", "South Korea=KOR"),
         gold=("CHN>JPN:11|111|14|140", "KOR>JPN:11|111|14|140"), kind="leader"),
    Lead("l-putin-delhi", "Putin in India", "AP - President Vladimir Putin arrived in New Delhi on Friday for talks with "
         "Indian leaders on arms sales.", ("Vladimir Putin=RUSGOV", "Indian leaders=INDGOV"),
         gold=("RUSGOV>IND:04|042|043|036",), ok=("INDGOV>RUSGOV:04|043|040",), kind="leader"),
    Lead("l-howard-blair", "Howard attacks Blair", "Reuters - Conservative leader Michael Howard accused Prime Minister "
         "Tony Blair on Tuesday of misleading parliament over the war in Iraq.",
         ("Michael Howard=GBROPP", "Tony Blair=GBRGOV"), gold=("GBROPP>GBRGOV:11|112",), kind="topic"),
    # a nameless office holder placed by the headline
    Lead("h-kenya-minister", "Kenya minister accused", "AP - The president sacked his health minister on Monday after "
         "opposition lawmakers accused her of taking bribes, state radio reported.",
         ("president=KENGOV", "health minister=KENGOV", "opposition lawmakers=KENOPP"),
         gold=("KENOPP>KENGOV:11|112",), kind="headline"),
    Lead("h-lahore-gas", "Tear gas in Lahore", "Police fired tear gas at stone-throwing protesters on Friday as they "
         "tried to march on the governor's residence.", ("Police=PAKCOP", "protesters=PAKCVL"),
         gold=("PAKCOP>PAKCVL:17|175|18|180",), ok=("PAKCVL>:14|140|141|145",), kind="headline"),
    Lead("h-peru-coca", "Peru police clash with coca growers", "Reuters - Police clashed with coca farmers blocking a "
         "highway in the south on Tuesday, leaving one farmer dead.", ("Police=PERCOP", "coca farmers=PERCVL"),
         gold=("PERCOP>PERCVL:18|180|19|190|17|175",), ok=("PERCVL>PERCOP:18|180|19|190", "PERCVL>:14|144"),
         kind="headline"),
    Lead("h-burundi-mortar", "Rebels shell Burundi capital", "Hutu rebels fired mortar shells into the capital on "
         "Wednesday, killing three civilians, the army said.",
         ("Hutu rebels=BDIREB", "civilians=BDICVL", "army=BDIMIL"), gold=("BDIREB>BDI:19|190|194|18|180",),
         kind="headline"),
    Lead("h-uganda-lra", "Uganda rebels kill villagers", "Lord's Resistance Army rebels hacked to death 15 villagers in "
         "the north on Saturday, an army spokesman said.",
         ("Lord's Resistance Army=UGAREB", "villagers=UGACVL", "army spokesman=UGAMIL"),
         gold=("UGAREB>UGACVL:18|180|20|202",), kind="headline"),
    Lead("h-thai-south", "Thai PM visits south", "The prime minister flew to the restive south on Sunday after Muslim "
         "militants killed two teachers in Narathiwat province.",
         ("prime minister=THAGOV", "Muslim militants=THAREB", "teachers=THAEDU"),
         gold=("THAREB>THA:18|180|186",), ok=("THAGOV>:04|042",), kind="headline"),
    Lead("h-ivory-rebels", "Ivory Coast rebels say no", "AP - Rebels in the north rejected on Monday a government plan to "
         "disarm by October, a rebel spokesman said.",
         ("Rebels=CIVREB", "government=CIVGOV", "rebel spokesman=CIVREB"), gold=("CIVREB>CIVGOV:12|120|125",),
         kind="headline"),
    # foreigners in a domestic story
    Lead("f-french-hostages", "Kidnappers make demand", "AP - Kidnappers holding two French journalists demanded on "
         "Saturday that France lift its ban on Islamic headscarves in schools.",
         ("Kidnappers=", "French journalists=FRA", "France=FRA"), gold=(">FRA:10|100",), kind="foreigners"),
    Lead("f-us-convoy-baghdad", "Convoy ambushed", "Reuters - Insurgents ambushed a U.S. convoy in Baghdad on Monday, "
         "killing two soldiers, the military said.", ("Insurgents=IRQREB", "U.S. convoy=USAMIL"),
         gold=("IRQREB>USAMIL:18|180|19|190",), kind="foreigners"),
    Lead("f-jakarta-embassy", "Students rally against war", "AP - Hundreds of students protested outside the U.S. "
         "embassy in Jakarta on Friday against the war in Iraq.", ("students=IDNEDU", "U.S. embassy=USAGOV"),
         gold=("IDNEDU>USA:14|141|140",), kind="foreigners"),
    Lead("f-un-workers", "Election workers seized", "Reuters - Taliban militants seized three U.N. election workers in "
         "Kabul on Thursday, an Afghan interior ministry spokesman said.",
         ("Taliban militants=AFGREB", "U.N. election workers=IGOUNO", "Afghan interior ministry spokesman=AFGGOV"),
         gold=("AFGREB>IGOUNO:18|181",), kind="foreigners"),
    Lead("f-ramadi-mosque", "Mosque raided", "AP - American soldiers raided a mosque in Ramadi on Friday and detained a "
         "local cleric, angering residents.", ("American soldiers=USAMIL", "local cleric=IRQ", "residents=IRQCVL"),
         gold=("USAMIL>IRQ:17|173|171|19|190",), kind="foreigners"),
    Lead("f-basra-patrol", "British patrol attacked", "Reuters - Shi'ite militiamen fired rocket-propelled grenades at a "
         "British patrol in Basra on Sunday, wounding three soldiers, a British military spokesman said.",
         ("Shi'ite militiamen=IRQREB", "British patrol=GBRMIL", "British military spokesman=GBRMIL"),
         gold=("IRQREB>GBRMIL:19|190|18|180",), kind="foreigners"),
    Lead("f-chinese-engineers", "Engineers kidnapped", "AP - Tribal gunmen kidnapped two Chinese engineers working on a "
         "dam in Waziristan on Saturday, a government official said.",
         ("Tribal gunmen=PAK", "Chinese engineers=CHN", "government official=PAKGOV"),
         gold=("PAK>CHN:18|181",), kind="foreigners"),
    Lead("f-ituri-peacekeepers", "Peacekeepers killed", "Reuters - Militiamen killed two Bangladeshi peacekeepers in an "
         "ambush in Ituri province on Tuesday, the U.N. mission said.",
         ("Militiamen=CODREB", "Bangladeshi peacekeepers=BGD", "U.N. mission=IGOUNO"),
         gold=("CODREB>BGD:18|180|19|190",), kind="foreigners"),
    Lead("f-wfp-convoy", "Aid convoy attacked", "AP - Rebels attacked a convoy of the World Food Programme in North "
         "Darfur on Monday, wounding two drivers, a U.N. spokeswoman said.",
         ("Rebels=SDNREB", "World Food Programme=IGOUNOWFP", "U.N. spokeswoman=IGOUNO"),
         gold=("SDNREB>IGOUNOWFP:18|180|19|190",), kind="foreigners"),
    Lead("f-russian-diplomats", "Diplomat killed", "Reuters - Insurgents opened fire on a car carrying Russian embassy "
         "staff in western Baghdad on Friday, killing one diplomat, Iraqi police said.",
         ("Insurgents=IRQREB", "Russian embassy staff=RUSGOV", "Iraqi police=IRQCOP"),
         gold=("IRQREB>RUSGOV:18|180|19|190",), kind="foreigners"),
    Lead("f-dutch-samawa", "Dutch troops make arrests", "AP - Dutch troops arrested five suspected insurgents in a raid "
         "near Samawa on Tuesday, a Dutch military spokesman said.",
         ("Dutch troops=NLDMIL", "suspected insurgents=IRQREB", "Dutch military spokesman=NLDMIL"),
         gold=("NLDMIL>IRQREB:17|173",), kind="foreigners"),
    Lead("f-turkish-driver", "Driver beheaded", "Reuters - Insurgents beheaded a Turkish truck driver they had taken "
         "hostage in northern Iraq, a video posted on the Internet showed.",
         ("Insurgents=IRQREB", "Turkish truck driver=TUR"), gold=("IRQREB>TUR:18|180|186",), kind="foreigners"),
    Lead("f-ghazni-charity", "Aid workers shot", "AP - Suspected Taliban rebels shot dead two Afghan aid workers "
         "employed by a British charity in Ghazni province on Wednesday.",
         ("Suspected Taliban rebels=AFGREB", "Afghan aid workers=AFG", "British charity=GBRNGO"),
         gold=("AFGREB>AFG:18|180|186",), kind="foreigners"),
    # a country named only as a topic or a target
    Lead("t-mubarak-israel", "Mubarak condemns killing", "Reuters - Egypt's President Hosni Mubarak on Sunday condemned "
         "Israel's killing of a Hamas leader in Gaza, saying it would fuel violence in the region.",
         ("Hosni Mubarak=EGYGOV", "Israel=ISR"), gold=("EGYGOV>ISR:11|111",), ok=("ISR>PSE:18|180|186",),
         kind="topic"),
    Lead("t-iran-lawmakers", "Iran MPs defy Europe", "Reuters - Iranian lawmakers passed a bill on Sunday obliging the "
         "government to resume uranium enrichment, defying pressure from the European Union.",
         ("Iranian lawmakers=IRNLEG", "government=IRNGOV", "European Union=IGOEUREEC"),
         gold=("IRNLEG>IGOEUREEC:12|120|125|128",), ok=("IRNLEG>IRNGOV:10|100|02",), kind="topic"),
    Lead("t-amman-flags", "Anger in Amman", "AP - Protesters in Amman burned flags and chanted slogans against Israel on "
         "Friday after the killing of a Hamas leader.", ("Protesters=JORCVL", "Israel=ISR"),
         gold=("JORCVL>ISR:14|141|140",), kind="topic"),
    Lead("t-madrid-march", "Spaniards march against war", "Reuters - Thousands of Spaniards marched in Madrid on Saturday "
         "against the government's decision to keep troops in Iraq.", ("Spaniards=ESPCVL", "government=ESPGOV"),
         gold=("ESPCVL>ESPGOV:14|141|140",), kind="topic"),
    Lead("t-china-taiwan", "China protests arms sale", "AP - The Chinese foreign ministry accused Washington on Tuesday "
         "of interfering in its internal affairs by selling weapons to Taiwan.",
         ("Chinese foreign ministry=CHNGOV", "Washington=USA"), gold=("CHNGOV>USA:11|112",), kind="topic"),
    Lead("t-beirut-students", "Students rally in Beirut", "AP - Lebanese students rallied in Beirut on Monday against "
         "the presence of Syrian troops in their country.", ("Lebanese students=LBNEDU", "Syrian troops=SYRMIL"),
         gold=("LBNEDU>SYR:14|141|140",), kind="topic"),
    Lead("t-us-iran", "U.S. accuses Iran", "AP - The United States accused Iran on Thursday of allowing al Qaeda "
         "members to cross its border into Iraq.", ("United States=USA", "Iran=IRN"),
         gold=("USA>IRN:11|112",), kind="topic"),
    # two-country stories
    Lead("c-kashmir-shells", "Shelling in Kashmir", "Reuters - Pakistani troops fired mortar shells across the Kashmir "
         "ceasefire line on Sunday, killing two Indian soldiers, the Indian army said.",
         ("Pakistani troops=PAKMIL", "Indian soldiers=INDMIL", "Indian army=INDMIL"),
         gold=("PAKMIL>INDMIL:19|190|194|18|180",), kind="two"),
    Lead("c-georgia-russia", "Georgia accuses Russia", "AP - Georgia accused Russia on Tuesday of sending troops into "
         "the breakaway region of South Ossetia without permission.", ("Georgia=GEO", "Russia=RUS"),
         gold=("GEO>RUS:11|112",), kind="two"),
    Lead("c-eritrea-post", "Border clash", "Reuters - Ethiopian troops crossed the border and attacked an Eritrean army "
         "post on Monday, the Eritrean information ministry said.",
         ("Ethiopian troops=ETHMIL", "Eritrean army post=ERIMIL", "Eritrean information ministry=ERIGOV"),
         gold=("ETHMIL>ERIMIL:19|190",), kind="two"),
    Lead("c-venezuela-recall", "Caracas recalls envoy", "AP - Venezuela recalled its ambassador from Bogota on Friday, "
         "accusing Colombian agents of kidnapping a rebel leader in Caracas.",
         ("Venezuela=VEN", "Colombian agents=COL"), gold=("VEN>COL:16|161", "VEN>COL:11|112"), kind="two"),
    Lead("c-korea-expel", "North expels aid workers", "Reuters - North Korea expelled two South Korean aid workers on "
         "Wednesday, accusing them of spying, the South's unification ministry said.",
         ("North Korea=PRK", "South Korean aid workers=KOR", "unification ministry=KORGOV"),
         gold=("PRK>KOR:17|174|16", "PRK>KOR:11|112"), kind="two"),
    Lead("c-japan-submarine", "Submarine chased", "AP - Japanese coast guard ships chased a Chinese submarine out of "
         "Japanese waters near Okinawa on Wednesday, the defence agency said.",
         ("Japanese coast guard ships=JPN", "Chinese submarine=CHNMIL", "defence agency=JPNGOV"),
         gold=("JPN>CHN:15|150|17|170|19|190",), kind="two"),
    Lead("c-phnom-penh", "Embassy stormed", "Reuters - Cambodian protesters stormed the Thai embassy in Phnom Penh on "
         "Wednesday, setting it on fire.", ("Cambodian protesters=KHMCVL", "Thai embassy=THAGOV"),
         gold=("KHMCVL>THAGOV:14|145|18|180|17",), kind="two"),
    Lead("c-poland-cut", "Poland to cut troops", "Reuters - Poland will cut the number of its troops in Iraq by a third "
         "next year, the defence minister said on Tuesday.", ("Poland=POL", "defence minister=POLGOV"),
         gold=("POL>IRQ:08|087|0874|03|030",), kind="two"),
    Lead("c-gaza-rockets", "Rockets and air strikes", "Reuters - Palestinian militants fired rockets at an Israeli town "
         "on Tuesday, and Israeli aircraft struck back at a workshop in Gaza City.",
         ("Palestinian militants=PSEREB", "Israeli aircraft=ISRMIL"),
         gold=("PSEREB>ISR:19|190|195|18|180", "ISRMIL>PSE:19|195|190|18|180"), kind="two"),
)
# fmt: on

# Actors the stages still code wrong, "lead id:actor text" -> cause (strict xfails).
_ONE_ADJECTIVE = "a country's troops or navy may be abroad: their adjective is one vote, so no home is found"
ACTOR_MISSES: dict[str, str] = {
    "b-afghan-army:defence ministry spokesman": "'Afghan army' is one vote and 'Taliban' names no country: no home",
    "b-turkish-troops:military": _ONE_ADJECTIVE,
    "b-lanka-navy:military spokesman": _ONE_ADJECTIVE,
    "l-sharon-settlers:leaders of the settler movement": "the entity is 'settlers', whose text does not hold the "
    "gold phrase",
    "l-mugabe-farms:farmers' union": "Mugabe is the possessor of the acting government, not its subject: one vote, "
    "no home",
    "h-ivory-rebels:government": "'a government plan': the government only modifies the plan and is no entity",
    "f-russian-diplomats:Russian embassy staff": "no entity's text holds 'Russian embassy staff'",
    "t-iran-lawmakers:European Union": "the headline's 'Europe' (EUR) comes first, and the scorer's containment match "
    "takes it for 'European Union'",
    "c-eritrea-post:Eritrean army post": "an army post is a place, and no entity holds it",
    "c-korea-expel:unification ministry": "'the South's' is not read as South Korea, so the ministry takes the "
    "home, North Korea",
    "c-gaza-rockets:Israeli aircraft": "'aircraft' is no role noun: no entity",
}
# Leads whose events the coder still gets wrong, lead id -> what it codes (strict xfails).
KNOWN_MISSES: dict[str, str] = {
    "n-najaf-militia": "nothing is coded for 'fought police' after a subject with its own 'loyal to' phrase",
    "n-srinagar-grenade": "the wounding is coded once more as a fight (19)",
    "b-lanka-navy": "'sank two boats belonging to rebels' is coded as nothing",
    "b-haiti-asks": "'to curb gang violence in the capital's slums' adds an appeal to Haiti",
    "b-indian-opposition": "'walked out of parliament in protest' is coded as reducing relations (16)",
    "l-blair-iraq": "'defended his Iraq policy' is coded as support (05) for Iraq",
    "l-musharraf-army": "'militants sheltering foreign fighters' is coded as aid (07)",
    "l-uribe-swap": "'hostages held by the rebels', a background state, is coded as a kidnapping",
    "l-koizumi-shrine": "'visited a war shrine' is coded as a visit with no target",
    "f-french-hostages": "the demand is not coded; the holding of the journalists is (181, from kidnappers coded CRM)",
    "t-iran-lawmakers": "the headline's 'defy Europe' gives a second rejection, of 'Europe' (EUR)",
    "t-amman-flags": "the flag burning is coded as a protest against Jordan too",
    "t-beirut-students": "'against the presence of Syrian troops' is not read as the protest's target",
    "c-japan-submarine": "'chased ... out of Japanese waters' is coded as nothing",
    "c-phnom-penh": "'setting it on fire' is coded with the embassy as its doer",
    "c-poland-cut": "'its troops in Iraq': the troops' place is not read as the target of the cut",
}


SET = LeadSet(LEADS)


@pytest.mark.parametrize(("lead_id", "spec"), SET.actor_params(ACTOR_MISSES))
def test_nodl_actor_has_its_gold_country(lead_id: str, spec: str) -> None:
    SET.assert_actor(lead_id, spec)


@pytest.mark.parametrize("lead", SET.lead_params(KNOWN_MISSES))
def test_nodl_lead_events_are_coded_as_gold(lead: Lead) -> None:
    SET.assert_events(lead)


def test_score_on_the_nodl_set() -> None:
    scores = SET.scores()
    # Floors just under the scores when the set was last fixed (tuple P/R .692/.838, actor country .901, six
    # split codes; before any fix .600/.487, .781 and 21): the set must not get worse.
    assert scores["tuple_precision"] >= 0.68
    assert scores["tuple_recall"] >= 0.83
    assert scores["actor_country"] >= 0.89
    assert scores["split_codes"] <= 6
