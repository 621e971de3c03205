"""A blind set of wire leads whose events are told outside a finite main clause: in participial
adjuncts (", killing three soldiers", ", ending a two-day visit", "backed by tanks", "after
meeting", "before flying to", "accompanied by"), in verbs coordinated under one subject ("arrived
in Damascus and met", "condemned the bombing and demanded", "was detained and deported"), in
infinitival complements and purpose clauses ("flew to Cairo to meet", "agreed to release",
"vowed to punish", "promised to withdraw", "sought to mediate") and in relative clauses, full or
reduced ("militants who kidnapped", "the envoy, who met", "a delegation led by", "a commander
thought to be behind"). The doer of such a clause is the main clause's subject, or the noun the
relative or the participle hangs on; its target sits in the clause's own object or phrase.

Counter-cases keep the coder honest: a purpose that is only hoped for is not an act done ("sent
an envoy to press Khartoum"), a plan to consider sanctions is none, a denial is a rejection and
not the act denied, a group "blamed for" or fugitives "wanted for" earlier bombings add no event,
and a comment is no event.

The gold was coded by `events_guidelines.md` and the CAMEO codebook before the coder's output was
seen. A visit is coded toward the host (042) with the talks it is for in `ok`; an earlier event a
relative clause tells with its doers is coded, as the guidelines' own example codes a background
"troops from both sides exchanged fire"; a promise or an agreement to act is an intent (03), a
vow to punish a threat (13). The case format and the scoring are the first blind set's. All
sentences were written for this test; people and incidents are generic or fictional.

`python -m pytest tests/understand/events/test_wire_clauses.py -q -s -k score` prints the scores."""

from __future__ import annotations

import pytest

from newsgraph.evaluate.userpath import run_user_path
from newsgraph.settings import Settings

from .test_wire_blind import Case, Tuple, assert_coded_as_gold, claims, params, score

pytestmark = pytest.mark.model

# declarative table: the blind set of events told outside a finite main clause.
# fmt: off
CASES: tuple[Case, ...] = (
    # participial adjuncts: the main clause's subject does what the participle says
    Case("k04-left-ending-visit", "ANKARA (Reuters) - Iran's foreign minister left Ankara on Thursday, "
         "ending a two-day visit to Turkey in which he discussed border security with Turkish leaders, "
         "officials said.", gold=("IRNGOV>TUR:042|040|043",),
         ok=("TURGOV>IRNGOV:040|043|046", "IRNGOV>TURGOV:040|043|046"), kind="adjunct"),
    Case("k04-said-after-meeting", "MOSCOW (Reuters) - Russia's president said on Friday, after meeting "
         "Germany's chancellor at his residence outside Moscow, that the two countries would expand their "
         "energy ties.", gold=("RUSGOV>DEUGOV:040|043|036",),
         ok=("DEUGOV>RUSGOV:040|043|036", "RUS>DEU:03|030|031|036", "RUSGOV>DEU:03|030|031"), kind="adjunct"),
    Case("k04-talks-before-flying-to", "SEOUL (Reuters) - Japan's prime minister held talks with South "
         "Korea's president in Seoul on Saturday before flying to China for a three-day visit, officials "
         "said.", gold=("JPNGOV>KORGOV:040|043|046", "KORGOV>JPNGOV:040|043|046", "JPNGOV>CHN:042|040|043"),
         ok=("JPNGOV>KOR:042|040",), kind="adjunct"),
    Case("k17-backed-by-tanks-arresting", "RAMALLAH, West Bank (Reuters) - Israeli troops backed by tanks and "
         "helicopters raided the old city of Nablus before dawn on Monday, arresting 14 Palestinians "
         "wanted by the army, witnesses said.", gold=("ISRMIL>PSE:173|17|170|171|190|19",),
         kind="adjunct"),
    Case("k04-accompanied-by-arrived", "KABUL (Reuters) - Britain's defence secretary, accompanied by senior "
         "military commanders, arrived in Afghanistan on Wednesday for talks with Afghan leaders on "
         "security before next month's election, the ministry said.", gold=("GBRGOV>AFG:042|040|043",),
         ok=("GBRGOV>AFGGOV:040|043|046", "AFGGOV>GBRGOV:040|043|046"), kind="adjunct"),
    Case("k18-hurled-grenade-wounding", "NEW DELHI (Reuters) - Suspected militants hurled a grenade at a "
         "police patrol in the Indian city of Srinagar on Sunday, wounding six policemen and two "
         "passers-by, police said.", gold=("INDREB>INDCOP:18|180|183|190|19",),
         ok=("REB>INDCOP:18|180|183|190|19", ">INDCOP:18|180|183|190|19"), kind="adjunct"),
    Case("k18-ambushed-killing", "COLOMBO (Reuters) - Tamil Tiger rebels ambushed an army patrol in "
         "eastern Sri Lanka on Friday, killing three soldiers, the military said.",
         gold=("LKAREB>LKAMIL:18|180|186|190|19",), kind="adjunct"),
    Case("k17-charged-after-arresting", "LAGOS (Reuters) - Nigerian police charged four men with kidnapping "
         "on Tuesday after arresting them in a raid on a creek in the oil-rich south, a police "
         "spokesman said.", gold=("NGACOP>NGA:173|17|170|11|112",), kind="adjunct"),
    Case("k19-blockaded-forcing", "KATHMANDU (Reuters) - Maoist rebels blockaded the roads into Nepal's "
         "capital for a fifth day on Sunday, forcing the government to fly in food supplies, officials "
         "said.", gold=("NPLREB>NPL:191|19|17|171|15",), ok=("NPLREB>NPLGOV:191|19|17|171|15",),
         kind="adjunct"),
    Case("k14-marched-demanding", "DHAKA (Reuters) - Thousands of opposition supporters marched through "
         "the Bangladeshi capital on Monday, demanding the resignation of the prime minister, police said.",
         gold=("BGDOPP>BGD:14|141|1411", "BGDOPP>BGDGOV:10|104|1041|14|141"),
         ok=("BGDCVL>BGD:14|141|1411", "BGDCVL>BGDGOV:10|104|1041"), kind="adjunct"),
    Case("k11-condemned-calling", "WASHINGTON (Reuters) - The White House condemned the execution of a "
         "Turkish hostage by militants in Iraq on Tuesday, calling it a barbaric act.",
         gold=("USAGOV>:111|11|112",), ok=("IRQREB>TUR:18|180|186",), kind="adjunct"),
    Case("k05-summit-signing", "NEW DELHI (Reuters) - India and Russia wrapped up a summit in New Delhi "
         "on Friday, signing agreements on space and defence cooperation, officials said.",
         gold=("IND>RUS:057|06|061|062|036|03", "RUS>IND:057|06|061|062|036|03"),
         ok=("IND>RUS:04|040|043", "RUS>IND:04|040|043|042"), kind="adjunct"),
    Case("k19-bombed-leaving-dead", "KHARTOUM (Reuters) - Sudanese government aircraft bombed villages in "
         "the west of Sudan on Wednesday, leaving at least 20 civilians dead, rebels said.",
         gold=("SDNMIL>SDN:195|190|19|18|180|20",), ok=("SDNGOV>SDN:195|190|19|18|180|20",), kind="adjunct"),
    Case("k05-thanked-praising", "TOKYO (Reuters) - Japan's prime minister thanked Australia on Tuesday "
         "for sending troops to guard Japanese engineers in southern Iraq, praising Canberra as a "
         "trusted ally.", gold=("JPNGOV>AUS:051|05|050",), ok=("AUS>JPN:07|074|15|06",), kind="adjunct"),
    Case("k06-returned-after-signing", "KHARTOUM (Reuters) - Sudan's vice president returned to Khartoum on "
         "Saturday after signing a deal with southern rebels in Kenya to share the country's oil "
         "wealth, officials said.", gold=("SDNGOV>SDNREB:057|06|0311|03",),
         ok=("SDNREB>SDNGOV:057|06|0311|03", "SDNGOV>KEN:042|040"), kind="adjunct"),
    Case("k04-while-visiting-pledged", "HANOI (Reuters) - South Korea's president, while visiting Vietnam on "
         "Thursday, pledged $100 million in development aid to Hanoi, officials said.",
         gold=("KORGOV>VNM:042|040|043", "KORGOV>VNM:033|03|07|070|071"), kind="adjunct"),
    Case("k17-moved-in-firing-beating", "NAIROBI (Reuters) - Kenyan riot police moved in to break up a "
         "protest by opposition supporters in central Nairobi on Friday, firing tear gas and beating "
         "demonstrators, witnesses said.", gold=("KENCOP>KENOPP:175|17|18|180|182",),
         ok=("KENCOP>KENCVL:175|17|18|180|182", "KENOPP>KEN:14|141", "KENOPP>KENGOV:14|141"),
         kind="adjunct"),
    # verbs coordinated under one subject
    Case("k04-arrived-and-met", "DAMASCUS (Reuters) - Lebanon's prime minister arrived in Damascus on "
         "Tuesday and met Syria's president for talks on the Syrian troops stationed in Lebanon, "
         "officials said.", gold=("LBNGOV>SYR:042|040|043|046",), ok=("SYRGOV>LBNGOV:040|043|046",),
         kind="coordinated"),
    Case("k11-condemned-and-demanded", "LONDON (Reuters) - Britain condemned a suicide bombing in Tel Aviv on "
         "Thursday and demanded that the Palestinian Authority act against militant groups, the Foreign "
         "Office said.", gold=("GBR>:111|11|112", "GBR>PSEGOV:10|100|102|1041|02|020"),
         ok=(">ISR:18|180|183",), kind="coordinated"),
    Case("k17-arrested-and-charged", "MADRID (Reuters) - Spanish police arrested a Moroccan man in Madrid on "
         "Friday and charged him with belonging to a militant cell, the interior ministry said.",
         gold=("ESPCOP>MAR:173|17|170|11|112",), ok=("ESPCOP>MARREB:173|17|11|112",), kind="coordinated"),
    Case("k19-stormed-and-freed", "MANILA (Reuters) - Philippine troops stormed a rebel camp on the southern "
         "island of Jolo on Saturday and freed three hostages held there for two months, the army said.",
         gold=("PHLMIL>PHLREB:190|19|17|171|192",), ok=("PHLREB>PHL:181|18",), kind="coordinated"),
    Case("k19-crossed-and-attacked", "ISLAMABAD (Reuters) - Pakistan said on Monday that Afghan militiamen "
         "crossed the border and attacked a Pakistani border post overnight, wounding two soldiers.",
         gold=("AFG>PAKMIL:190|19|18|180|192",), ok=("AFG>PAK:190|19|18|180|192",), kind="coordinated"),
    Case("k04-met-and-agreed", "ISLAMABAD (Reuters) - Pakistan's foreign minister met his Indian counterpart "
         "in Islamabad on Tuesday and agreed to reopen a bus service across Kashmir, officials said.",
         gold=("PAKGOV>INDGOV:040|043|046|036", "PAKGOV>INDGOV:03|030|031|036|057|06"),
         ok=("INDGOV>PAKGOV:040|043|046|03|030|036|057|06",), kind="coordinated"),
    Case("k11-accused-and-threatened", "TEHRAN (Reuters) - Iran accused Britain on Sunday of stirring unrest "
         "in its south-west and threatened to expel British diplomats, state radio reported.",
         gold=("IRN>GBR:112|11|111", "IRN>GBR:13|130|131|1312|16|166"), kind="coordinated"),
    Case("k12-rejected-and-vowed", "KHARTOUM (Reuters) - Sudan rejected a U.N. Security Council deadline on "
         "Saturday and vowed to resist any foreign intervention in its western region, state media said.",
         gold=("SDN>IGOUNO:12|120|125|128",), ok=("SDN>:13|130|138",), kind="coordinated"),
    Case("k19-shot-and-killed", "JAKARTA (Reuters) - Indonesian soldiers shot and killed five separatist "
         "rebels in a clash in Aceh province on Monday, the military said.",
         gold=("IDNMIL>IDNREB:190|19|18|180|186|193",), ok=("IDNREB>IDNMIL:190|19",), kind="coordinated"),
    Case("k17-detained-and-questioned", "MOSCOW (Reuters) - Russian police detained and questioned an "
         "American journalist in Moscow on Wednesday, the U.S. embassy said.",
         gold=("RUSCOP>USA:173|17|170|09|090",), ok=("RUSCOP>USAMED:173|17|09",), kind="coordinated"),
    Case("k05-welcomed-and-pledged", "WASHINGTON (Reuters) - The United States welcomed Libya's decision to "
         "give up its banned weapons programmes and pledged on Friday to lift sanctions against "
         "Tripoli.", gold=("USA>LBY:051|05|050", "USA>LBY:035|0354|03|030"), ok=("USA>LBY:08|081",),
         kind="coordinated"),
    Case("k18-surrounded-and-stormed", "NEW DELHI (Reuters) - Indian police surrounded a house in the "
         "capital on Saturday and stormed it, killing two suspected militants, officials said.",
         gold=("INDCOP>INDREB:18|180|186|190|19|17|171",), ok=("INDCOP>IND:17|171|190|19",),
         kind="coordinated"),
    Case("k19-stormed-and-seized", "KATHMANDU (Reuters) - Hundreds of Maoist rebels stormed a district "
         "headquarters in western Nepal on Saturday and seized weapons from a police armoury, the army "
         "said.", gold=("NPLREB>NPL:19|190|192|17|171",),
         ok=("NPLREB>NPLCOP:19|190|192|17|171", "NPLREB>NPLGOV:19|190|192|17|171"), kind="coordinated"),
    Case("k04-met-and-discussed", "HANOI (Reuters) - Japan's foreign minister met his Chinese counterpart in "
         "Hanoi on Friday and discussed a dispute over gas fields in the East China Sea, officials said.",
         gold=("JPNGOV>CHNGOV:040|043|046|04",), ok=("CHNGOV>JPNGOV:040|043|046|04",), kind="coordinated"),
    Case("k11-condemned-and-called-on", "KABUL (Reuters) - Afghanistan's president condemned a suicide "
         "attack on a NATO patrol in Kabul on Monday and called on Afghans to help catch the attackers.",
         gold=("AFGGOV>:111|11|112",), ok=("AFGGOV>AFG:02|020|025", ">IGONATO:18|180|183"), kind="coordinated"),
    Case("k17-detained-and-deported", "LONDON (Reuters) - Russian border guards detained a British "
         "journalist at a Moscow airport on Sunday and deported him to London, the British embassy said.",
         gold=("RUS>GBR:173|17|174|170",), ok=("RUSGOV>GBRMED:173|17|174",), kind="coordinated"),
    Case("k09-questioned-not-charged", "JAKARTA (Reuters) - Indonesian police questioned a Muslim cleric for "
         "six hours on Sunday but did not charge him, his lawyer said.",
         gold=("IDNCOP>IDN:09|090|092|17|173",), kind="coordinated"),
    # infinitival complements and purpose clauses
    Case("k04-flew-to-meet", "CAIRO (Reuters) - Israel's foreign minister flew to Cairo on Monday to meet "
         "Egyptian officials on a plan to withdraw from Gaza, officials said.",
         gold=("ISRGOV>EGY:042|040|043",), ok=("ISRGOV>EGYGOV:040|043|036", "EGYGOV>ISRGOV:040|043|036"),
         kind="infinitive"),
    Case("k04-travelled-to-sign", "KIEV (Reuters) - Russia's president travelled to Kiev on Friday to sign a "
         "gas transit agreement with Ukraine's president, officials said.", gold=("RUSGOV>UKR:042|040|043",),
         ok=("RUSGOV>UKRGOV:057|06|036|040", "UKRGOV>RUSGOV:057|06|036|040"), kind="infinitive"),
    Case("k03-agreed-to-release", "ISLAMABAD (Reuters) - India agreed on Tuesday to release 200 Pakistani "
         "fishermen held in its jails, in a goodwill gesture ahead of peace talks, officials said.",
         gold=("IND>PAK:0353|035|03|030",), ok=("IND>PAK:08|084|0841",), kind="infinitive"),
    Case("k13-vowed-to-punish", "MANILA (Reuters) - The Philippine president vowed on Sunday to punish those "
         "behind the bombing of a ferry in Manila Bay, her spokesman said.",
         gold=("PHLGOV>:13|130|138|03",), kind="infinitive"),
    Case("k03-promised-to-withdraw", "KIEV (Reuters) - Ukraine's defence minister promised on Wednesday to "
         "withdraw Ukrainian troops from Iraq by the middle of next year, a ministry spokesman said.",
         gold=("UKRGOV>IRQ:0356|035|03|030|08|087",), kind="infinitive"),
    Case("k04-sought-to-mediate", "NAIROBI (Reuters) - Kenya's president sought to mediate between rival "
         "Somali faction leaders at talks in Nairobi on Thursday, officials said.",
         gold=("KENGOV>SOM:045|04|043|046|039|03",), kind="infinitive"),
    Case("k03-vowed-to-step-up-search", "ATHENS (Reuters) - Greece's public order minister vowed on Monday "
         "to step up the search for the gunmen who kidnapped a shipping executive in Athens last week, "
         "officials said.", gold=("GRCGOV>GRC:03|030|13|130|09|090",), ok=("GRC>GRC:181|18",),
         kind="infinitive"),
    Case("k03-rebels-agreed-to-hold-talks", "COLOMBO (Reuters) - Tamil Tiger rebels agreed on Monday to hold "
         "peace talks with the Sri Lankan government in Norway next month, a Norwegian envoy said.",
         gold=("LKAREB>LKAGOV:036|03|030|04",), kind="infinitive"),
    Case("k16-decided-to-expel", "MOSCOW (Reuters) - Russia decided on Friday to expel two Georgian "
         "diplomats accused of spying, the foreign ministry said.", gold=("RUS>GEO:16|166|1663|17|174",),
         ok=("RUS>GEO:112|11", "RUS>GEOGOV:112|11|16|166|174"), kind="infinitive"),
    Case("k04-came-to-ask", "TOKYO (Reuters) - Sri Lanka's prime minister came to Tokyo on Monday to ask "
         "Japan for more reconstruction aid, officials said.", gold=("LKAGOV>JPN:042|040|043",),
         ok=("LKAGOV>JPN:02|020|021|0211|10",), kind="infinitive"),
    Case("k04-will-fly-to-discuss", "CANBERRA (Reuters) - Australia's foreign minister will fly to Jakarta "
         "next week to discuss security cooperation with Indonesian leaders, his office said on Tuesday.",
         gold=("AUSGOV>IDN:036|03|030|042",), ok=("AUSGOV>IDNGOV:036|03|030|040",), kind="infinitive"),
    # relative clauses, full and reduced
    Case("k18-militants-who-kidnapped", "BAGHDAD (Reuters) - Militants who kidnapped two Italian aid workers "
         "in Baghdad last week threatened on Monday to kill them unless Italy withdrew its troops, an Arab "
         "television station said.", gold=("IRQREB>ITA:181|18|180", "IRQREB>ITA:13|138|1384|130"),
         ok=("IRQREB>ITAGOV:13|130|10|1043",), kind="relative"),
    Case("k04-envoy-who-met", "JERUSALEM (Reuters) - The U.N. Middle East envoy, who met Israeli and "
         "Palestinian officials on Monday, said on Tuesday that both sides must do more to end the "
         "violence.", gold=("IGOUNO>ISRGOV:040|043|046", "IGOUNO>PSEGOV:040|043|046"),
         ok=("IGOUNO>ISR:02|020|025", "IGOUNO>PSE:02|020|025", "ISRGOV>IGOUNO:040|043",
             "PSEGOV>IGOUNO:040|043"), kind="relative"),
    Case("k17-group-blamed-for", "JAKARTA (Reuters) - Indonesian police on Sunday arrested a senior member of "
         "a militant group blamed for a string of bombings in Bali and Jakarta, officials said.",
         gold=("IDNCOP>IDNREB:173|17|170",), ok=("IDNCOP>IDN:173|17|170",), kind="relative"),
    Case("k18-fugitives-wanted-for", "MOSCOW (Reuters) - Russian security forces killed two fugitives wanted "
         "for a series of bombings in Moscow, in a shootout in Dagestan on Sunday, officials said.",
         gold=("RUS>RUS:18|180|186|190|19",), kind="relative"),
    Case("k17-arrested-men-who-attacked", "CAIRO (Reuters) - Egyptian police on Tuesday arrested three men "
         "who attacked a tourist bus near the pyramids last week, the interior ministry said.",
         gold=("EGYCOP>EGY:173|17|170",), ok=("EGY>EGY:18|180|190|19", ">EGY:18|180|190|19"),
         kind="relative"),
    Case("k18-soldiers-who-fired-on", "KATHMANDU (Reuters) - Nepal's army said on Monday that soldiers who "
         "fired on a crowd of protesters in western Nepal on Saturday, killing five people, would face a "
         "military court.", gold=("NPLMIL>NPL:18|180|190|19|175|17",),
         ok=("NPLMIL>NPLCVL:18|180|190|19|175|17", "NPLMIL>NPLMIL:17|173|13"), kind="relative"),
    Case("k18-commander-thought-to-be-behind", "ISLAMABAD (Reuters) - Pakistani forces killed a senior al Qaeda "
         "commander thought to be behind two attempts on the president's life, in a raid near the Afghan "
         "border on Tuesday, officials said.", gold=("PAK>:18|180|186|190|19",),
         ok=("PAK>:17|171|170",), kind="relative"),
    Case("k19-retook-from-who-had-seized", "KINSHASA (Reuters) - Congolese troops on Friday retook the "
         "eastern town of Bukavu from renegade soldiers, who had seized it a week ago, a U.N. spokesman "
         "said.", gold=("CODMIL>COD:19|190|192",), ok=("COD>COD:19|190|192",), kind="relative"),
    Case("k04-delegation-which-arrived", "SEOUL (Reuters) - A North Korean delegation, which arrived in Seoul "
         "on Monday for talks on family reunions, met South Korea's unification minister on Tuesday, "
         "officials said.", gold=("PRK>KOR:042|040|043|046",), ok=("KORGOV>PRKGOV:040|043|046",),
         kind="relative"),
    Case("k04-delegation-led-by", "BRUSSELS (Reuters) - A delegation led by Iran's deputy foreign minister "
         "held talks with European Union officials in Brussels on Monday on Tehran's nuclear programme, "
         "diplomats said.", gold=("IRNGOV>IGOEUREEC:040|043|046",), ok=("IGOEUREEC>IRNGOV:040|043|046",),
         kind="relative"),
    Case("k19-troops-sent-by-attacked", "ADDIS ABABA (Reuters) - Gunmen attacked African Union troops sent "
         "to monitor a ceasefire in western Sudan on Tuesday, wounding two officers, the African Union said.",
         gold=("SDN>IGOAFRAU:190|19|18|180",), ok=(">IGOAFRAU:190|19|18|180", "REB>IGOAFRAU:190|19|18|180"),
         kind="relative"),
    # counter-cases: purpose, plans, denials, comments
    Case("k00-sent-envoy-to-press", "WASHINGTON (Reuters) - The United States sent a senior envoy to Sudan "
         "on Monday to press Khartoum to disarm militias in the west of the country, the State "
         "Department said.", gold=("USAGOV>SDN:042|040|043",), ok=("USA>SDN:042|040|043",),
         kind="counter"),
    Case("k00-met-to-consider-sanctions", "BRUSSELS (Reuters) - European Union foreign ministers met in "
         "Brussels on Monday to consider sanctions against Uzbekistan over its crackdown on protesters, "
         "diplomats said.", ok=("IGOEUREEC>UZB:03|036|13", "UZBGOV>UZB:17|175"), kind="counter"),
    Case("k00-denied-troops-fired", "ISLAMABAD (Reuters) - Pakistan denied on Saturday that its troops had "
         "fired across the ceasefire line in Kashmir, saying Indian forces had started the shooting.",
         gold=("PAK>IND:12|120|11|112",), ok=("INDMIL>PAK:19|190",), kind="counter"),
    Case("k00-commenting-on", "BEIJING (Reuters) - China's foreign ministry, commenting on a U.S. arms sale "
         "to Taiwan, said on Thursday that the island was an internal affair.",
         ok=("USA>TWN:07|072|06|062",), kind="counter"),
    Case("k00-insisted-peaceful", "TEHRAN (Reuters) - Iran insisted on Monday that its nuclear programme was "
         "peaceful, speaking days before a meeting of the U.N. nuclear watchdog's board.", kind="counter"),
    Case("k00-tightened-after-bombing", "NEW DELHI (Reuters) - India tightened security at airports on "
         "Friday, a day after a bomb killed 12 people at a market in the capital, police said.",
         gold=("IND>:15|150|151",), ok=(">IND:18|180|183",), kind="counter"),
    Case("k00-closed-embassy-citing", "SANAA (Reuters) - The United States closed its embassy in Yemen on "
         "Sunday, citing a threat of attack by militants, officials said.",
         ok=("USA>YEM:16|164|166|161",), kind="counter"),
    Case("k00-joined-in-condemning", "PARIS (Reuters) - France joined Germany on Monday in condemning a U.S. "
         "decision to cut troop numbers in Europe, officials said.", gold=("FRA>USA:111|11|112",),
         ok=("DEU>USA:111|11|112", "FRA>DEU:05|050"), kind="counter"),
)
# fmt: on

# Cases the coder still gets wrong, with the cause (strict: they fail loudly once fixed).
KNOWN_MISSES: dict[str, str] = {
    "k06-returned-after-signing": "'southern rebels' take the country of the place the deal was signed in (Kenya)",
    "k17-moved-in-firing-beating": "'moved in to break up' is read as a threat (137); 'firing tear gas' finds no target",
    "k11-condemned-and-demanded": "'the Palestinian Authority' resolves to the dateline's government in this sentence",
    "k19-stormed-and-freed": "troops freeing hostages are coded as a release (0841), which is the captor's act",
    "k12-rejected-and-vowed": "a bare 'vowed' over a conditional act ('resist any intervention') is coded 030",
    "k18-surrounded-and-stormed": "the imported pattern codes 'surround' as 080",
    "k11-condemned-and-called-on": "'help catch' under an appeal is coded as aid (033) and an act (171), not the appeal",
    "k03-vowed-to-step-up-search": "the target of 'the search for the gunmen' sits in the object's 'for' phrase",
    "k16-decided-to-expel": "'decided to expel' is derived as a threat (1313), not the expulsion decided",
    "k04-envoy-who-met": "'both sides must do more' is coded a demand (10), not an appeal",
    "k18-fugitives-wanted-for": "'fugitives' with no nationality get no country (the story's)",
    "k19-retook-from-who-had-seized": "'retook the town' is not coded; the relative's seizure is 171, not 192",
    "k19-troops-sent-by-attacked": "the parser reads 'troops sent to monitor' as a clause of its own: no target, wrong doer",
    "k00-met-to-consider-sanctions": "a meeting of one side's ministers among themselves is coded 040 with no target",
    "k00-denied-troops-fired": "the denial's target is in 'saying Indian forces had started the shooting'",
}


@pytest.mark.parametrize("case", params(CASES, KNOWN_MISSES))
def test_wire_lead_is_coded_as_the_guidelines_say(coded: dict[str, set[Tuple]], case: Case) -> None:
    assert_coded_as_gold(case, coded[case.id])


def test_score_on_the_clauses_set(coded: dict[str, set[Tuple]]) -> None:
    scores = score(coded, CASES)
    print(scores)
    # Floors just under the scores when the set was last fixed (tuple P/R .835/.845, root P/R
    # .875/.958; main before any fix, on the same gold, .783/.732 and .823/.887).
    assert scores["tuple_precision"] >= 0.83
    assert scores["tuple_recall"] >= 0.84
    assert scores["root_precision"] >= 0.87
    assert scores["root_recall"] >= 0.95


# Leads written after the blind run, for the limits of the fixes it led to.
LATER = {
    "took-part-in": "WASHINGTON (Reuters) - Two agents who took part in investigating the senator were "
    "dismissed on Friday, the bureau said.",
    "accused-of-arming": "TEHRAN (Reuters) - Iran accused Britain on Sunday of arming rebels in its south-west, "
    "state radio reported.",
    "will-join-in-hunting": "ALGIERS (Reuters) - Algeria will join France in hunting down Islamist militants, "
    "the interior minister said on Monday.",
    "will-send-and-join": "ANKARA (Reuters) - Turkey will send troops to Lebanon and join a U.N. peacekeeping "
    "force there, the prime minister said on Tuesday.",
    "to-urge-to-freeze-and-cooperate": "MOSCOW (Reuters) - Russia's foreign minister flew to Tehran on Monday to urge "
    "Iran to freeze uranium enrichment and cooperate with U.N. inspectors.",
    "killing-hung-on-object": "KABUL (Reuters) - A bomb exploded near a crowded market in the city of Kandahar on "
    "Monday, killing seven people, police said.",
    # Leads a code review of the clauses round wrote, and variants of them.
    "un-panel-led-by": "A UN panel led by former Federal Reserve chairman Paul Volcker accused Iraqi officials of "
    "taking bribes.",
    "au-mission-led-by": "An African Union mission led by a Nigerian general arrived in Darfur and met rebel leaders.",
    "delegation-led-by": "A delegation led by Iran's deputy foreign minister held talks with European envoys in Vienna.",
    "agreed-on-holding": "The two sides agreed on holding talks with the rebels next month.",
    "working-on-imposing": "The European Union is working on imposing sanctions against Burma.",
    "on-arriving": "On arriving in Cairo, Japan's foreign minister met Egypt's president.",
    "since-lifting": "The United States has rebuilt ties with Libya since lifting sanctions in April.",
    "since-invading": "US forces have not faced such resistance since invading Iraq in March 2003.",
    "years-after-accusing": "Venezuela expelled the envoy, two years after accusing Washington of backing a coup "
    "in 2002.",
    "plans-before-meeting": "Rice plans to visit Israel next week before meeting Palestinian leader Mahmoud Abbas.",
    "expected-after-meeting": "Powell is expected to travel to Sudan after meeting Mubarak.",
    "killed-and-demolished": "Israeli troops killed two Hamas militants and demolished three houses in Rafah.",
    "met-and-praised": "Britain's prime minister met Russia's president in Moscow and praised the new energy "
    "agreement.",
    "withdrew-and-shelled": "The rebels withdrew and shelled the town.",
    "will-not-withdraw-and-dismantle": "Israel will not withdraw from Gaza and dismantle settlements, Sharon said.",
    "will-after-rejecting": "Iran will pull out of the talks, officials said, after rejecting the European offer.",
    "will-after-accusing": "Zimbabwe will expel the journalist after accusing him of spying.",
    "killed-after-ambushing": "KABUL (Reuters) - Taliban fighters killed five Afghan soldiers on Monday after "
    "ambushing their convoy in the south.",
}


@pytest.fixture(scope="module")
def later(settings: Settings) -> dict[str, set[Tuple]]:
    run = run_user_path([{"id": k, "title": "", "text": v} for k, v in LATER.items()], settings)
    return {k: claims([e for a in run.articles[k] for e in a["events"]]) for k in LATER}


def test_a_gerund_beside_a_verb_is_a_second_act_only_where_it_is_told_as_one(
    later: dict[str, set[Tuple]],
) -> None:
    # "took part in investigating" says what the agents' part was: no investigation of their own.
    assert not {t for t in later["took-part-in"] if t[2] == "09"}
    # "accused Britain of arming rebels": the arming is Britain's, and only claimed.
    assert not {t for t in later["accused-of-arming"] if t[0] == "IRN" and t[2] == "07"}
    assert ("IRN", "GBR", "11") in later["accused-of-arming"]
    # An act told beside a future one is not asserted.
    assert not {t for t in later["will-join-in-hunting"] if t[2] in ("17", "18", "19")}


def test_a_participle_hung_on_a_place_does_not_make_the_place_its_doer(later: dict[str, set[Tuple]]) -> None:
    assert later["killing-hung-on-object"]
    assert all(t[0] == "" for t in later["killing-hung-on-object"])


def test_a_bare_second_verb_is_under_the_first_one_s_modal_words(later: dict[str, set[Tuple]]) -> None:
    # "will send troops and join a U.N. force": joining is announced, an intent (03), not aid given.
    assert not {t for t in later["will-send-and-join"] if t[0] == "TUR" and t[2] in ("06", "07")}
    assert ("TUR", "IGO", "03") in later["will-send-and-join"]
    # "to urge Iran to freeze ... and cooperate with inspectors": the cooperation is what was to be asked.
    assert not {t for t in later["to-urge-to-freeze-and-cooperate"] if t[0] == "IRN"}
    assert ("RUS", "IRN", "04") in later["to-urge-to-freeze-and-cooperate"]


def test_a_body_led_by_someone_keeps_its_own_code_and_else_acts_for_its_leader(
    later: dict[str, set[Tuple]],
) -> None:
    assert ("IGO", "IRQ", "11") in later["un-panel-led-by"]
    assert not {t for t in later["un-panel-led-by"] if t[0] == "USA"}
    assert ("IGO", "SDN", "04") in later["au-mission-led-by"]
    assert not {t for t in later["au-mission-led-by"] if t[0] == "NGA" and t[1] == "SDN"}
    assert ("IRN", "EUR", "04") in later["delegation-led-by"]


def test_a_gerund_a_verb_takes_as_its_object_is_a_plan_or_topic_not_an_act(
    later: dict[str, set[Tuple]],
) -> None:
    assert not {t for t in later["agreed-on-holding"] if t[2] == "04"}
    assert not {t for t in later["working-on-imposing"] if t[2] == "16"}
    # An "on" that opens the clause is a time: the arrival and the meeting are both told.
    assert ("JPN", "EGY", "04") in later["on-arriving"]


def test_a_gerund_since_or_years_before_the_story_is_background(later: dict[str, set[Tuple]]) -> None:
    assert not {t for t in later["since-lifting"] if t[2] == "08"}
    assert not {t for t in later["since-invading"] if t[2] == "19"}
    assert ("VEN", "USA", "16") in later["years-after-accusing"]
    assert not {t for t in later["years-after-accusing"] if t[2] == "11"}


def test_a_gerund_beside_a_planned_or_expected_act_is_not_asserted(later: dict[str, set[Tuple]]) -> None:
    assert not {t for t in later["plans-before-meeting"] if t[2] == "04"}
    assert not {t for t in later["expected-after-meeting"] if t[2] == "04"}


def test_a_bare_future_does_not_pass_to_an_act_done_before_it(later: dict[str, set[Tuple]]) -> None:
    assert ("IRN", "", "12") in later["will-after-rejecting"]
    assert ("ZWE", "ZWE", "11") in later["will-after-accusing"]


def test_a_second_verb_with_an_object_of_its_own_keeps_its_own_target(later: dict[str, set[Tuple]]) -> None:
    # The houses are the Palestinians' (the country), whoever the militants were.
    assert {("ISR", "PSE", "19"), ("ISR", "PSE", "17")} <= later["killed-and-demolished"]
    assert ("GBR", "RUS", "04") in later["met-and-praised"]
    assert not {t for t in later["met-and-praised"] if t[1] == "RUS" and t[2] == "05"}


def test_a_first_verb_shares_an_object_only_when_it_codes_it(later: dict[str, set[Tuple]]) -> None:
    assert {("REB", "", "08"), ("REB", "", "19")} <= later["withdrew-and-shelled"]


def test_a_negated_future_passes_to_the_bare_second_verb(later: dict[str, set[Tuple]]) -> None:
    assert not {t for t in later["will-not-withdraw-and-dismantle"] if t[2] == "03"}
    assert ("ISR", "ISR", "12") in later["will-not-withdraw-and-dismantle"]


def test_force_told_by_a_verb_and_its_gerund_is_one_attack(later: dict[str, set[Tuple]]) -> None:
    assert ("AFG", "AFG", "19") in later["killed-after-ambushing"]
    assert not {t for t in later["killed-after-ambushing"] if t[2] == "18"}


def test_a_headline_s_attack_and_its_gerund_are_one_event(settings: Settings) -> None:
    item = {
        "id": "h",
        "title": "Rebels kill 12 soldiers after ambushing convoy",
        "text": "The attack was on Monday.",
    }
    run = run_user_path([item], settings)
    roots = [e["cameo"][:2] for a in run.articles["h"] for e in a["events"] if e["cameo"][:2] in ("18", "19")]
    assert roots == ["19"]
