"""A blind set of wire items (headline and lead) whose events are told by nouns: headlines that
are bare noun phrases or whose verb the tagger may take for a noun ("Blast kills", "Rebels
attack", "Talks stall", "Bush visit to ..."); event nouns as objects of prepositions with actors
around them ("in protest at the arrest of", "amid clashes between X and Y", "during talks with",
"after a raid by X on Y", "following an appeal from X to Y", "in an ambush by"); event nouns as
subjects ("A suicide attack on a police post killed ...", "Israeli air strikes on Gaza wounded
...", "A crackdown by police on protesters drew ..."); possessive and compound actors ("Sudan's
rejection of the plan", "the army's assault on", "a U.S. air raid", "Palestinian rocket fire on
Israeli towns"); with counter-cases: background nouns ("since the war", "after the 2002
bombings"), nouns of hopes and plans, a reported question, negated and future nouns, figurative
fights and battles.

The gold was coded by `events_guidelines.md` and the CAMEO codebook before the coder's output was
seen. A headline that repeats the lead's event is that one event (coded once, from the text); an
attacker the item does not name is an empty source; a target the item does not name is an empty
target (any predicted target matches). The case format and the scoring are the first set's. All
sentences were written for this test; people and incidents are generic or fictional.

`python -m pytest tests/understand/events/test_wire_nouns.py -q -s -k score` prints the scores."""

from __future__ import annotations

import pytest

from .test_wire_blind import Case, Tuple, assert_coded_as_gold, params, score

pytestmark = pytest.mark.model

# declarative table: the blind set of events told by nouns.
# fmt: off
CASES: tuple[Case, ...] = (
    # Headlines: bare noun phrases, and verbs the tagger may read as nouns.
    Case("n-h-car-bomb-kills", "BAGHDAD (Reuters) - A car bomb exploded near a police station in "
         "southern Baghdad on Monday, killing seven Iraqi policemen and wounding 20 people, police said.",
         title="Car bomb kills seven in Baghdad", gold=(">IRQCOP:1832|183|180",), kind="headline"),
    Case("n-h-rebels-attack", "KATHMANDU (Reuters) - Hundreds of Maoist rebels stormed an army post in "
         "western Nepal overnight, killing at least 15 soldiers, the army said on Sunday.",
         title="Rebels attack army post in Nepal", gold=("NPLREB>NPLMIL:190|193|180",), kind="headline"),
    Case("n-h-talks-stall", "ABUJA (Reuters) - Peace talks between the Sudanese government and Darfur "
         "rebels stalled on Thursday over the rebels' demand for a no-fly zone, African Union "
         "mediators said.", title="Sudan peace talks stall",
         gold=("SDNGOV>SDNREB:046|040|04", "SDNREB>SDNGOV:046|040|04"),
         ok=("SDNREB>SDNGOV:10|100",), kind="headline"),
    Case("n-h-pakistan-arrests", "ISLAMABAD (AP) - Pakistani security forces arrested a suspected al "
         "Qaeda operative in the eastern city of Lahore on Friday, the interior minister said.",
         title="Pakistan arrests al Qaeda suspect", gold=("PAK>:173|170",), kind="headline"),
    Case("n-h-bush-visit-protests", "OTTAWA (Reuters) - Thousands of protesters marched through Ottawa "
         "on Tuesday as U.S. President George W. Bush arrived for his first official visit to Canada, "
         "police said.", title="Bush visit to Canada draws protests",
         gold=("USAGOV>CAN:042|040", "CANCVL>USAGOV:141|140"), ok=("CAN>USAGOV:043|040",),
         kind="headline"),
    Case("n-h-fresh-talks", "VIENNA (Reuters) - Iran and the European Union opened fresh talks in Vienna "
         "on Wednesday on Tehran's nuclear programme, diplomats said.",
         title="Fresh talks on Iran nuclear programme",
         gold=("IRN>IGOEUREEC:046|040|04", "IGOEUREEC>IRN:046|040|04"), kind="headline"),
    Case("n-h-clashes-leave-dead", "SRINAGAR, India (Reuters) - Indian troops fought Islamic militants "
         "for six hours in a village in Kashmir on Sunday, leaving 12 people dead, police said.",
         title="Clashes in Kashmir leave 12 dead", gold=("INDMIL>INDREB:190|193",),
         ok=("INDREB>INDMIL:190|193",), kind="headline"),
    Case("n-h-blast-hits-embassy", "JAKARTA (Reuters) - A powerful car bomb exploded outside the "
         "Australian embassy in Jakarta on Thursday, killing at least nine people, police said.",
         title="Blast hits Jakarta embassy", gold=(">AUSGOV:1832|183|180",), kind="headline"),
    Case("n-h-anger-at-raid", "NABLUS, West Bank (Reuters) - Israeli troops backed by tanks raided the "
         "West Bank city of Nablus before dawn on Monday, arresting 14 Palestinians wanted by the "
         "army, witnesses said.", title="Palestinian anger at Israeli raid on Nablus",
         gold=("ISRMIL>PSE:173|171|170|190",), kind="headline"),
    Case("n-h-us-air-raid", "FALLUJA, Iraq (Reuters) - U.S. warplanes bombed a house in the rebel-held "
         "Iraqi city of Falluja on Saturday, killing eight people, hospital officials said.",
         title="U.S. air raid on Falluja kills 8", gold=("USAMIL>IRQ:195|190|183|180",), kind="headline"),
    Case("n-h-raids-camp-kills", "GAZA CITY (Reuters) - Israeli troops backed by helicopters killed "
         "three Palestinian gunmen in a raid on a refugee camp in the southern Gaza Strip on "
         "Tuesday, witnesses said.", title="Israel Raids Gaza Camp, Kills Three",
         gold=("ISRMIL>PSE:190|193|180|171",), kind="headline"),
    Case("n-h-blast-mosque", "KARACHI (AP) - A bomb tore through a Shi'ite mosque in the southern "
         "Pakistani city of Karachi during Friday prayers, killing at least 20 worshippers, police "
         "said.", title="Blast kills 20 in Pakistan mosque", gold=(">PAK:183|180",), kind="headline"),
    Case("n-h-rebels-ambush", "GROZNY (Reuters) - Separatist rebels ambushed a Russian military convoy "
         "near the Chechen capital on Monday, killing three soldiers, officials said.",
         title="Rebels ambush convoy in Chechnya", gold=("RUSREB>RUSMIL:190|193|180",), kind="headline"),
    Case("n-h-protests-spread", "KATHMANDU (Reuters) - Thousands of students and opposition supporters "
         "took to the streets of Kathmandu for a third day on Wednesday, demanding the resignation of "
         "King Gyanendra's government.", title="Protests spread in Nepal",
         gold=("NPLCVL>NPLGOV:141|140",), ok=("NPLCVL>NPLGOV:1041|104|10",), kind="headline"),
    Case("n-h-in-talks-with", "NEW YORK (Reuters) - Pakistani President Pervez Musharraf and Indian "
         "Prime Minister Manmohan Singh met for the first time on Friday on the sidelines of the "
         "U.N. General Assembly, officials said.", title="Musharraf in talks with Singh",
         gold=("PAKGOV>INDGOV:040|04|046", "INDGOV>PAKGOV:040|04|046"), kind="headline"),
    Case("n-h-japan-protest", "TOKYO (Reuters) - Japan lodged a formal protest with China on Friday "
         "after a Chinese nuclear submarine entered Japanese waters near Okinawa, the foreign "
         "ministry said.", title="Japan protest over Chinese sub", gold=("JPN>CHN:111|11|14",),
         ok=("CHN>JPN:15|150|19",), kind="headline"),
    Case("n-h-eu-sanctions", "BRUSSELS (Reuters) - European Union foreign ministers agreed on Monday to "
         "widen sanctions against Myanmar's military government, including a ban on investment in "
         "state-owned firms.", title="EU tightens Burma sanctions",
         gold=("IGOEUREEC>MMRGOV:163|16|03|036",), kind="headline"),
    Case("n-h-foes-march", "CARACAS (Reuters) - Tens of thousands of opponents of President Hugo Chavez "
         "marched through Caracas on Saturday to demand a referendum on his rule, police said.",
         title="Chavez foes march on Caracas", gold=("VEN>VENGOV:141|140",),
         ok=("VEN>VENGOV:10|104|1041",), kind="headline"),
    Case("n-h-kidnappers-free", "BAGHDAD (AP) - Militants in Iraq released a Turkish truck driver they "
         "had held for a week, the Turkish foreign ministry said on Monday.",
         title="Kidnappers free Turkish driver", gold=("IRQREB>TUR:0841|084|08",), kind="headline"),
    Case("n-h-powell-visit", "KHARTOUM (Reuters) - U.S. Secretary of State Colin Powell arrived in Sudan "
         "on Tuesday for talks with President Omar Hassan al-Bashir on the crisis in Darfur.",
         title="Powell in Sudan visit", gold=("USAGOV>SDN:042|040|04", "USAGOV>SDNGOV:040|046|042|04"),
         ok=("SDNGOV>USAGOV:040|043|046|04", "SDN>USAGOV:043|040"), kind="headline"),
    Case("n-h-deadly-clashes", "BANGKOK (Reuters) - Thai security forces killed 17 suspected Muslim "
         "militants in clashes in the south on Wednesday, the army said.",
         title="Deadly clashes in southern Thailand", gold=("THA>THAREB:190|193|180",),
         ok=("THAREB>THA:190|193",), kind="headline"),
    Case("n-h-raid-kills-militant", "GAZA CITY (Reuters) - Israeli troops shot dead a Hamas militant "
         "during a raid on the Khan Younis refugee camp in the southern Gaza Strip on Monday, "
         "witnesses said.", title="Israeli raid kills Hamas militant in Gaza",
         gold=("ISRMIL>PSE:190|193|180|186|171",), kind="headline"),
    Case("n-h-annan-appeal", "NEW YORK (Reuters) - U.N. Secretary-General Kofi Annan appealed to donor "
         "countries on Friday to send more aid to the western Sudanese region of Darfur.",
         title="Annan appeal for Darfur aid", gold=("IGOUNO>:02|020|0233",), kind="headline"),
    # Event nouns as objects of prepositions, with their actors around them.
    Case("n-p-protest-at-arrest", "DHAKA (Reuters) - Opposition activists clashed with police in Dhaka "
         "on Sunday in protest at the arrest of a senior opposition leader, witnesses said.",
         gold=("BGDOPP>BGDCOP:145|140|190|14", "BGDCOP>BGDOPP:190|175|17|145"),
         ok=("BGD>BGDOPP:173|170",), kind="pp"),
    Case("n-p-amid-clashes-between", "ABIDJAN (Reuters) - France flew more troops to Ivory Coast on "
         "Sunday amid clashes between French soldiers and government supporters in the main city "
         "Abidjan.", gold=("FRAMIL>CIV:190|193", "CIV>FRAMIL:190|145|193"),
         ok=("FRA>CIV:15|150|152|154",), kind="pp"),
    Case("n-p-during-talks-with", "BEIJING (Reuters) - Chinese Premier Wen Jiabao pressed North Korea to "
         "return to six-party nuclear negotiations during talks with a senior North Korean official "
         "in Beijing on Tuesday.", gold=("CHNGOV>PRK:02|020|10", "CHNGOV>PRKGOV:040|046|04"),
         ok=("PRKGOV>CHNGOV:040|046|04",), kind="pp"),
    Case("n-p-after-raid-by-on", "MANILA (Reuters) - Five soldiers were killed on Monday after a raid by "
         "communist rebels on an army camp in the northern Philippines, the military said.",
         gold=("PHLREB>PHLMIL:190|180|193",), kind="pp"),
    Case("n-p-following-appeal", "NAIROBI (Reuters) - Somali warlords agreed to a ceasefire on Wednesday "
         "following an appeal from Kenyan President Mwai Kibaki to the warlords to end the fighting in "
         "Mogadishu.", gold=("KENGOV>SOM:020|02",), ok=("SOM>SOM:08|083|03|036",), kind="pp"),
    Case("n-p-retaliation-bombing-by", "GAZA CITY (Reuters) - Israeli helicopters fired missiles at a "
         "Hamas workshop in Gaza City on Thursday in retaliation for a suicide bombing by Hamas in "
         "Jerusalem.", gold=("ISRMIL>PSE:195|190", "PSE>ISR:1831|183|180"), kind="pp"),
    Case("n-p-with-arrest-of", "LONDON (Reuters) - British police said on Tuesday they had made a "
         "breakthrough in an anti-terrorism inquiry with the arrest of eight men in raids across "
         "southern England.", gold=("GBRCOP>:173|170",), ok=("GBRCOP>:09|090",), kind="pp"),
    Case("n-p-after-meeting-with", "CAIRO (Reuters) - Egyptian President Hosni Mubarak said after a "
         "meeting with Jordan's King Abdullah on Sunday that the two leaders backed the Palestinian "
         "leadership's efforts to restore calm.",
         gold=("EGYGOV>JORGOV:040|04|043", "JORGOV>EGYGOV:040|04|042"),
         ok=("EGYGOV>PSEGOV:05|051", "JORGOV>PSEGOV:05|051"), kind="pp"),
    Case("n-p-under-attack-from", "MONROVIA (Reuters) - U.N. peacekeepers came under attack from armed "
         "gangs in the Liberian capital on Friday, a U.N. spokesman said.",
         gold=("LBR>IGOUNO:190|180|193",), kind="pp"),
    Case("n-p-in-crackdown-on", "TASHKENT (Reuters) - Uzbek police have detained dozens of suspected "
         "Islamic militants in a crackdown on an outlawed group, rights activists said on Tuesday.",
         gold=("UZBCOP>UZB:173|175|17",), kind="pp"),
    Case("n-p-during-raid-on", "LAGOS (Reuters) - Nigerian troops killed 14 militants during a raid on a "
         "village in the oil-rich Niger Delta on Saturday, the army said.",
         gold=("NGAMIL>NGA:190|193|180",), kind="pp"),
    Case("n-p-amid-protests-by", "TBILISI (AP) - Georgia's parliament approved a new government on "
         "Friday amid protests by opposition supporters outside the building.",
         gold=("GEOOPP>GEO:141|140|14",), kind="pp"),
    Case("n-p-after-appeal-by", "MANILA (Reuters) - Muslim rebels in the southern Philippines freed "
         "three hostages on Thursday after an appeal by Libyan leader Muammar Gaddafi, officials said.",
         gold=("PHLREB>:0841|084|08", "LBYGOV>:02|020"), kind="pp"),
    Case("n-p-during-visit-to", "BANGKOK (Reuters) - Chinese Premier Wen Jiabao signed a trade accord "
         "with Thailand during a visit to Bangkok on Sunday.",
         gold=("CHNGOV>THA:057|06", "CHNGOV>THA:042|040"), ok=("THA>CHNGOV:057|043",), kind="pp"),
    Case("n-p-in-ambush-by", "KATHMANDU (AP) - Seven Nepali policemen were killed in an ambush by Maoist "
         "rebels in western Nepal on Tuesday, officials said.",
         gold=("NPLREB>NPLCOP:190|180|193",), kind="pp"),
    Case("n-p-in-attack-on", "KABUL (Reuters) - Taliban guerrillas killed two Afghan soldiers in an "
         "attack on a checkpoint in the southern province of Helmand on Sunday, a provincial official "
         "said.", gold=("AFGREB>AFGMIL:190|180|193",), kind="pp"),
    # Event nouns as subjects.
    Case("n-s-suicide-attack-on", "KABUL (Reuters) - A suicide attack on a police post in the southern "
         "Afghan city of Kandahar killed four policemen on Saturday, officials said.",
         gold=(">AFGCOP:1831|183|180",), kind="subject"),
    Case("n-s-air-strikes-wounded", "GAZA CITY (Reuters) - Israeli air strikes on the Gaza Strip wounded "
         "11 Palestinians overnight, hospital officials said on Wednesday.",
         gold=("ISR>PSE:195|190",), kind="subject"),
    Case("n-s-crackdown-drew", "TBILISI (Reuters) - A crackdown by police on opposition protesters in "
         "the Georgian capital drew condemnation from the United States on Friday.",
         gold=("GEOCOP>GEO:175|17|170", "USA>GEO:111|11"), kind="subject"),
    Case("n-s-fighting-between-forced", "KINSHASA (Reuters) - Heavy fighting between Congolese army "
         "troops and renegade soldiers forced thousands of civilians to flee the eastern town of "
         "Bukavu on Wednesday, U.N. officials said.", gold=("CODMIL>COD:190|193", "COD>CODMIL:190|193"),
         kind="subject"),
    Case("n-s-russian-air-raid", "MOSCOW (Reuters) - A Russian air raid on rebel bases in the mountains "
         "of southern Chechnya killed at least 20 fighters, the military said on Tuesday.",
         gold=("RUS>RUSREB:195|190",), kind="subject"),
    Case("n-s-missile-strike-car", "GAZA CITY (AP) - An Israeli missile strike on a car in Gaza City "
         "killed a senior Hamas commander and his two bodyguards on Sunday, Palestinian witnesses said.",
         gold=("ISR>PSE:195|190|186|180",), kind="subject"),
    Case("n-s-protests-by-against", "LA PAZ (Reuters) - Protests by miners against the government's gas "
         "export plans turned violent on Monday, with dozens of people hurt in clashes with police in "
         "the Bolivian capital.", gold=("BOL>BOLGOV:145|141|140|14",),
         ok=("BOL>BOLCOP:190|145", "BOLCOP>BOL:190|175"), kind="subject"),
    Case("n-s-talks-between-ended", "ISTANBUL (Reuters) - Talks between Turkey and Armenia on reopening "
         "their border ended without agreement on Tuesday, diplomats said.",
         gold=("TUR>ARM:046|040|04", "ARM>TUR:046|040|04"), kind="subject"),
    Case("n-s-us-raid-led-to", "BAGHDAD (Reuters) - A U.S. raid on a suspected militant safe house in the "
         "northern city of Mosul led to the arrest of five men, the military said on Sunday.",
         gold=("USAMIL>IRQ:171|173|17|190",), kind="subject"),
    Case("n-s-seizure-by-entered", "MOSCOW (Reuters) - The seizure of a school in southern Russia by "
         "heavily armed Chechen rebels entered its second day on Thursday, with hundreds of children "
         "held hostage.", gold=("RUSREB>RUS:181|180|171",), kind="subject"),
    # Possessive and compound actors.
    Case("n-c-rejection-of-plan", "KHARTOUM (Reuters) - Sudan's rejection of a U.N. plan to send more "
         "peacekeepers to Darfur drew sharp criticism from the United States on Tuesday.",
         gold=("SDN>IGOUNO:120|12", "USA>SDN:111|11"), kind="possessive"),
    Case("n-c-army-assault-on", "COLOMBO (Reuters) - The army's assault on Tamil Tiger positions in the "
         "east killed at least 20 rebels on Friday, a military spokesman said.",
         gold=("LKAMIL>LKAREB:190|193",), kind="possessive"),
    Case("n-c-rocket-fire-on-towns", "JERUSALEM (AP) - Israel threatened on Monday to step up its "
         "operations in Gaza after Palestinian rocket fire on Israeli towns wounded three people.",
         gold=("PSE>ISR:190|194|195|180", "ISR>PSE:138|13|130"), kind="compound"),
    Case("n-c-visit-to-possessive", "ANKARA (Reuters) - Syrian President Bashar al-Assad's visit to "
         "Turkey this week, the first by a Syrian leader, marks a thaw between the two neighbours, "
         "Turkish officials said on Tuesday.", gold=("SYRGOV>TUR:042|040",),
         ok=("TUR>SYRGOV:043|040",), kind="possessive"),
    Case("n-c-talks-with-possessive", "MOSCOW (AFP) - French President Jacques Chirac's talks with "
         "Russian President Vladimir Putin on Friday focused on Iraq and energy, the Kremlin said.",
         gold=("FRAGOV>RUSGOV:040|046|04", "RUSGOV>FRAGOV:040|046|04"), kind="possessive"),
    Case("n-c-ban-on-rallies", "ALGIERS (Reuters) - The Algerian government's ban on opposition rallies "
         "in the capital drew protests from rights groups on Thursday.",
         gold=("DZAGOV>DZAOPP:172|1722|17",), ok=("DZANGO>DZAGOV:11|111|14", "NGO>DZAGOV:11|111|14"),
         kind="possessive"),
    Case("n-c-expulsion-protested", "RANGOON (Reuters) - Myanmar protested on Monday against Thailand's "
         "expulsion of two Myanmar diplomats accused of spying.",
         gold=("MMR>THA:111|11|14", "THA>MMRGOV:174|17|16|166"), kind="possessive"),
    Case("n-c-army-offensive-against", "SRINAGAR (Reuters) - An Indian army offensive against militants "
         "in the forests of Kashmir entered its fifth day on Saturday, with 18 rebels killed so far, "
         "the army said.", gold=("INDMIL>IND:190|193",), kind="compound"),
    Case("n-c-chinese-crackdown", "WASHINGTON (Reuters) - The U.S. State Department on Tuesday condemned "
         "a Chinese crackdown on underground Christian churches in which dozens of worshippers were "
         "detained.", gold=("USAGOV>CHN:111|11", "CHN>CHN:175|173|17"), kind="compound"),
    Case("n-c-kidnapping-by", "BOGOTA (Reuters) - Colombia's government on Monday demanded the release "
         "of a provincial governor, a day after his kidnapping by leftist FARC rebels in the south of "
         "the country.", gold=("COLGOV>COLREB:10|100|1041", "COLREB>COLGOV:181|180"), kind="possessive"),
    # Counter-cases: background nouns, hopes and plans, questions, negated and future nouns, figures.
    Case("n-x-since-the-war", "BAGHDAD (Reuters) - Oil exports from southern Iraq have reached their "
         "highest level since the war, the oil ministry said on Sunday.", kind="background"),
    Case("n-x-before-attacks", "NEW YORK (Reuters) - Airline bookings to New York have recovered to their "
         "level before the September 11 attacks, an industry group said on Thursday.", kind="background"),
    Case("n-x-after-2002-bombings", "SYDNEY (Reuters) - Australia has kept its embassies in Southeast "
         "Asia on high alert since the 2002 Bali bombings, the foreign minister said on Friday.",
         kind="background"),
    Case("n-x-hopes-for-talks", "NEW DELHI (Reuters) - Hopes for a resumption of peace talks between "
         "India and Pakistan rose on Monday, analysts said.", kind="plan"),
    Case("n-x-no-talks-planned", "JERUSALEM (Reuters) - No talks between Israeli and Palestinian "
         "officials are planned before the Israeli election, an Israeli official said on Sunday.",
         kind="negated"),
    Case("n-x-asked-whether", "MOSCOW (Reuters) - Russian investigators are trying to establish whether "
         "Chechen rebels were behind the bombing of a Moscow metro train, officials said on Tuesday.",
         ok=(">RUS:183|180", ">RUSCVL:183|180"), kind="question"),
    Case("n-x-future-visit", "BEIJING (Reuters) - Japan's foreign minister will make a visit to China "
         "next month, the first such trip in two years, officials said.",
         ok=("JPNGOV>CHN:036|03",), kind="future"),
    Case("n-x-no-attacks-reported", "KABUL (Reuters) - No attacks on polling stations were reported as "
         "Afghans voted on Saturday in the country's first presidential election, officials said.",
         kind="negated"),
    Case("n-x-fight-against-corruption", "JAKARTA (Reuters) - Indonesia's new president promised on "
         "Wednesday a tougher fight against corruption in the police and the courts.",
         ok=("IDNGOV>:03|030",), kind="figurative"),
    Case("n-x-battle-over-budget", "WASHINGTON (AP) - The battle over the budget between the White House "
         "and Congress intensified on Friday as lawmakers returned from their recess.",
         ok=("USAGOV>USALEG:11|111", "USALEG>USAGOV:11|111"), kind="figurative"),
    Case("n-x-threat-of-strikes", "PARIS (Reuters) - The threat of a rail strike hung over France's "
         "holiday weekend on Thursday as unions and management met for last-ditch talks.",
         ok=("FRALAB>FRABUS:040|046|04", "FRABUS>FRALAB:040|046|04"), kind="future"),
    Case("n-x-denied-involvement", "DAMASCUS (AP) - Syria denied any involvement on Monday in the "
         "car bombing that killed a Hamas official in Damascus on Sunday.",
         gold=("SYR>:12|120",), ok=(">PSE:183|186|180", ">PSEREB:183|186|180"), kind="denial"),
)
# fmt: on

# Cases the coder still gets wrong, with the cause (strict: they fail loudly once fixed).
KNOWN_MISSES: dict[str, str] = {
    "n-h-bush-visit-protests": "the protesters' target is read as the dateline's government, not the visitor they march against",
    "n-h-eu-sanctions": "'agreed to widen sanctions' is derived as a threat (1312), not the decision (163) or an intent",
    "n-p-during-talks-with": "'a senior North Korean official' is coded South Korean, and the talks hang on the asked act",
    "n-p-following-appeal": "'appeal' is no event noun and its 'from' phrase names no doer; the asked ceasefire is coded",
    "n-p-retaliation-bombing-by": "the bombing's target is the place ('in Jerusalem'), which is not read as its country",
    "n-p-with-arrest-of": "an arrest told 'with the arrest of' has no doer (the 'with' phrase frames no clause)",
    "n-p-after-meeting-with": "a meeting 'after' which someone spoke, with its party in 'with', is read as background",
    "n-p-amid-protests-by": "'approved a new government' is coded as cooperation (060)",
    "n-p-after-appeal-by": "'appeal' is no event noun",
    "n-s-crackdown-drew": "'drew condemnation from X' is not aimed at the crackdown's doer, and the protesters are civilians",
    "n-s-protests-by-against": "'people hurt in clashes with police' makes the hurt people the attackers",
    "n-c-rocket-fire-on-towns": "the threatened side sits in 'its operations in Gaza'",
    "n-c-chinese-crackdown": "the crackdown's target ('underground Christian churches') is no actor, and 'were detained' "
    "in its relative clause gets the dateline's country as victims",
    "n-c-kidnapping-by": "'his kidnapping' finds no victim in the possessive, and 'demanded the release of' is aimed at "
    "the captive's side, not the captors",
}


@pytest.mark.parametrize("case", params(CASES, KNOWN_MISSES))
def test_wire_lead_is_coded_as_the_guidelines_say(coded: dict[str, set[Tuple]], case: Case) -> None:
    assert_coded_as_gold(case, coded[case.id])


def test_score_on_the_noun_set(coded: dict[str, set[Tuple]]) -> None:
    scores = score(coded, CASES)
    print(scores)
    # Floors just under the scores when the set was fixed (tuple P/R .884/.815, root P/R .932/.914;
    # on main before any fix .814/.741 and .893/.864): the set must not get worse.
    assert scores["tuple_precision"] >= 0.87
    assert scores["tuple_recall"] >= 0.80
    assert scores["root_precision"] >= 0.92
    assert scores["root_recall"] >= 0.90
