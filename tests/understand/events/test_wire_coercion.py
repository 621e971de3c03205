"""A blind set of wire leads whose main events are coercion (CAMEO 17: arrests, detentions,
deportations, expulsions, curfews, bans, raids, confiscations, demolitions, sentences, martial law,
house arrest, seized property) and assault (18: abductions, hostage-taking, beheadings, torture,
suicide and car bombs, assassinations and attempts, stabbings, sexual violence), told in the shapes
wire copy gives them beside the plain active clause: a participle on a noun ("the body of a driver
kidnapped by gunmen"), a relative clause ("militants who kidnapped"), conjoined verbs ("raided ...
and arrested"), a headline subject with a participle ("Opposition leader arrested in Belarus"), the
passive with and without "by", a noun with its actors ("the kidnapping of two aid workers by"), a
purpose or result clause, and a report verb above the act ("police said rebels had torched").

Counter-cases must code no coercion or assault: figurative force ("torpedoed the plan", "sentenced
to obscurity", "killed off a proposal", "hijacking the debate"), hypothetical or threatened acts
("could be arrested", "will expel any diplomat caught", "threatened to behead"), negated and denied
acts, background nouns ("the anniversary of the arrest", "months after their abduction by"), and
court acts that coerce no one (an acquittal, an adjourned trial, a ban overturned).

The gold was coded by `events_guidelines.md` and the CAMEO codebook before the coder's output was
seen: attackers named with no side take the story's country (REB where they are armed militants,
the role alone or none in `ok`); victims with no nationality are the story's country; an act told
in an agentless passive has no source, unless the body that reports it is the one that does such
acts (police on an arrest), which is then its doer, the empty source in `ok`; an act told in a
participle or relative clause with its doer is asserted, as is an act a full "after" clause tells;
a sentence to prison is 173. The case format and the scoring are the first blind set's. All
sentences were written for this test; people and incidents are generic or fictional.

`python -m pytest tests/understand/events/test_wire_coercion.py -q -s -k score` prints the scores."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.evaluate.userpath import run_user_path
from newsgraph.settings import Settings

from .test_wire_blind import Case, Tuple, assert_coded_as_gold, params, score

pytestmark = pytest.mark.model

# declarative table: the blind set of coercion and assault in varied shapes.
# fmt: off
CASES: tuple[Case, ...] = (
    # a participle on a noun
    Case("c18-body-of-driver-kidnapped-by", "MOSUL, Iraq (Reuters) - Iraqi police found on Tuesday the body "
         "of a Turkish truck driver kidnapped by gunmen near Mosul last week.",
         gold=("IRQREB>TUR:181|18",), ok=(">TUR:181|18", "REB>TUR:181|18"), kind="participle"),
    Case("c18-mourned-driver-beheaded-by", "SOFIA (Reuters) - Bulgaria on Thursday mourned a truck driver "
         "beheaded by Islamic militants in Iraq and vowed to keep its troops in the country.",
         gold=("IRQREB>BGR:1823|182|180|186",), ok=("BGR>IRQ:03|030|15|150", ">BGR:18"),
         kind="participle"),
    Case("c18-rescued-businessmen-abducted-by", "MANILA (AP) - Philippine troops on Monday rescued two "
         "Chinese businessmen abducted by Abu Sayyaf rebels on the southern island of Jolo.",
         gold=("PHLREB>CHN:181",), ok=("PHLMIL>PHLREB:19|190|17", "PHLMIL>CHN:08|07"), kind="participle"),
    Case("c17-demolished-homes-of-militants-accused", "JERUSALEM (Reuters) - The Israeli army demolished on "
         "Wednesday the homes of three Palestinian militants accused of planning suicide attacks.",
         gold=("ISRMIL>PSE:1712|171",), ok=("ISRMIL>PSE:11|112", "ISR>PSE:11|112"), kind="participle"),
    Case("c18-video-contractor-kidnapped-in", "DUBAI (Reuters) - Al Jazeera television aired a video on "
         "Sunday showing a Turkish contractor kidnapped in Iraq pleading for his life.",
         gold=(">TUR:181",), ok=("IRQREB>TUR:181", "REB>TUR:181", "TUR>:02|020"), kind="participle"),
    # a relative clause
    Case("c18-killed-militants-who-kidnapped", "RIYADH (Reuters) - Saudi security forces on Monday killed "
         "three militants who kidnapped an American engineer in Riyadh last week, the Interior Ministry "
         "said.", gold=("SAUREB>USA:181", "SAUCOP>SAUREB:18|180|19|190|193"),
         ok=("SAU>USA:181", "REB>USA:181"), kind="relative"),
    Case("c17-arrested-men-who-tried-to-assassinate", "ISLAMABAD (Reuters) - Pakistani police arrested two "
         "men who tried to assassinate President Pervez Musharraf with a car bomb in December, officials "
         "said on Tuesday.", gold=("PAKCOP>PAK:173", "PAK>PAKGOV:185|183|1832"),
         ok=("PAKREB>PAKGOV:185|183|1832", ">PAKGOV:185|183"), kind="relative"),
    Case("c17-sentenced-militant-who-helped-plan", "JAKARTA (AP) - An Indonesian court on Thursday sentenced "
         "to death a militant who helped plan the bombing of the Australian embassy in Jakarta.",
         gold=("IDNJUD>IDNREB:173|17|170",), ok=("IDNREB>AUS:183|180|18", "IDNJUD>IDN:173|17"),
         kind="relative"),
    Case("c17-ordered-arrest-of-general-who-led", "CARACAS (Reuters) - Venezuela's president on Monday "
         "ordered the arrest of a retired general who led a protest against his government last year.",
         gold=("VENGOV>VENMIL:173|17",), ok=("VENMIL>VENGOV:14|141", "VENGOV>VEN:173|17"),
         kind="relative"),
    Case("c18-killed-insurgents-who-fired-rockets", "TIKRIT, Iraq (AP) - U.S. troops killed two insurgents "
         "who fired rockets at an American base near Tikrit on Friday, the military said.",
         gold=("USAMIL>IRQREB:18|180|19|190|193", "IRQREB>USAMIL:19|190|195|18|180"), kind="relative"),
    # conjoined verbs
    Case("c17-raided-camp-and-arrested", "GAZA CITY (Reuters) - Israeli troops raided a refugee camp in the "
         "southern Gaza Strip on Tuesday and arrested 15 Palestinians, witnesses said.",
         gold=("ISRMIL>PSE:173|17|171",), ok=("ISRMIL>PSE:19|190",), kind="conjoined"),
    Case("c18-stopped-dragged-shot-policemen", "MOSUL, Iraq (AP) - Gunmen stopped a minibus north of Mosul "
         "on Sunday, dragged out two Kurdish policemen and shot them dead, police said.",
         gold=("IRQREB>IRQCOP:18|180|181|19|190|193",), ok=(">IRQ:18|19", "REB>IRQ:18|19"),
         kind="conjoined"),
    Case("c18-abducted-and-beat-to-death", "KATHMANDU (Reuters) - Maoist rebels abducted a village teacher "
         "in western Nepal and beat him to death, police said on Friday.",
         gold=("NPLREB>NPL:181|18|182|1823",), kind="conjoined"),
    Case("c17-broke-up-rally-and-detained", "HARARE (Reuters) - Zimbabwean police broke up an opposition "
         "rally on Saturday and detained 30 supporters of the Movement for Democratic Change.",
         gold=("ZWECOP>ZWEOPP:173|175|17",), kind="conjoined"),
    Case("c17-confiscated-bibles-and-detained", "HONG KONG (Reuters) - Chinese authorities confiscated "
         "thousands of Bibles from a house church in Henan province and detained its pastor, a U.S.-based "
         "rights group said on Friday.", gold=("CHNGOV>CHN:1711|171|173|17",), kind="conjoined"),
    Case("c18-seized-school-took-hostage", "BESLAN, Russia (Reuters) - Armed rebels seized a school in "
         "southern Russia on Wednesday and took hundreds of children hostage, officials said.",
         gold=("RUSREB>RUS:181|18|171|17",), ok=("REB>RUS:181|18",), kind="conjoined"),
    Case("c18-seized-businessman-demanded-ransom", "BEIRUT (Reuters) - Gunmen seized a Lebanese businessman "
         "outside his home in Beirut on Tuesday and demanded a $1 million ransom, police said.",
         gold=("LBNREB>LBNBUS:181|18",), ok=("REB>LBN:181", ">LBN:181", "LBN>LBN:10|100|1041"),
         kind="conjoined"),
    # a headline subject with a participle, and the text that tells it
    Case("c18-headline-hostage-beheaded", "TOKYO (Reuters) - Japan said on Saturday a body found in Baghdad "
         "was that of a Japanese backpacker taken hostage by militants last week.",
         title="Japanese hostage beheaded in Iraq", gold=("IRQREB>JPN:181|18|180|1823",),
         ok=(">JPN:18|180|1823", "REB>JPN:18"), kind="headline"),
    Case("c17-headline-leader-arrested", "MINSK (AP) - Police in Belarus detained an opposition leader on "
         "Tuesday as he left a meeting with supporters, his party said.",
         title="Opposition leader arrested in Belarus", gold=("BLRCOP>BLROPP:173",), kind="headline"),
    Case("c18-headline-aid-workers-seized", "BAGHDAD (Reuters) - Gunmen stormed the offices of an Italian "
         "aid group in central Baghdad on Tuesday and seized two Italian women who worked there, colleagues "
         "said.", title="Two Italian aid workers seized in Baghdad", gold=("IRQREB>ITA:181|18",),
         ok=("IRQREB>ITA:19|190|17|171", ">ITA:181", "REB>ITA:181"), kind="headline"),
    Case("c18-headline-car-bomb-kills", "BAGHDAD (Reuters) - A car bomb exploded near a police recruiting "
         "centre in Baghdad on Wednesday, killing 12 would-be recruits, police said.",
         title="Car bomb kills 12 in Baghdad", gold=(">IRQ:1832|183|180",),
         ok=("IRQREB>IRQ:1832|183|180", "REB>IRQ:183"), kind="headline"),
    # the passive with "by"
    Case("c17-journalist-detained-by", "CAIRO (Reuters) - An Egyptian journalist was detained by state "
         "security police on Sunday after writing an article critical of the president, his newspaper "
         "said.", gold=("EGYCOP>EGYMED:173",), ok=("EGYMED>EGYGOV:11|111",), kind="passive-by"),
    Case("c18-drivers-taken-hostage-by", "NAIROBI (AP) - Three Kenyan truck drivers were taken hostage by "
         "gunmen in Iraq, Kenya's foreign ministry said on Thursday.",
         gold=("IRQREB>KEN:181",), ok=(">KEN:181", "REB>KEN:181"), kind="passive-by"),
    Case("c17-dissident-sentenced-by-court", "BEIJING (Reuters) - A Chinese dissident was sentenced to 10 "
         "years in prison by a Beijing court on Friday for posting essays on the Internet, his lawyer said.",
         gold=("CHNJUD>CHN:173|17",), kind="passive-by"),
    Case("c17-sailors-seized-by-guards", "TEHRAN (Reuters) - Two British sailors were seized by Iranian "
         "Revolutionary Guards in the Shatt al-Arab waterway on Monday, Britain's defence ministry said.",
         gold=("IRNMIL>GBRMIL:173|17|181|18",), kind="passive-by"),
    Case("c18-engineers-kidnapped-by-militants", "ISLAMABAD (Reuters) - Two Chinese engineers working on a "
         "dam in Pakistan were kidnapped by tribal militants on Saturday, police said.",
         gold=("PAKREB>CHN:181",), ok=(">CHN:181", "REB>CHN:181"), kind="passive-by"),
    Case("c18-gunman-shot-dead-by-soldiers", "HEBRON, West Bank (AP) - Israeli officials said a Palestinian "
         "gunman stabbed and wounded two Israeli settlers near Hebron on Tuesday before he was shot dead by "
         "soldiers.", gold=("PSE>ISR:182|18|180", "ISRMIL>PSE:18|180|186|19|190|193"), kind="passive-by"),
    # the passive with no "by"
    Case("c18-activist-abducted-from-home", "MOSCOW (AP) - A Chechen human rights activist was abducted "
         "from her home in Grozny overnight, colleagues said on Wednesday.",
         gold=(">RUS:181",), ok=("RUSREB>RUS:181", "RUSMIL>RUS:181"), kind="passive"),
    Case("c17-curfew-was-imposed", "ABIDJAN (Reuters) - A curfew was imposed on Ivory Coast's main city "
         "Abidjan on Saturday after a night of looting, the army said.",
         gold=("CIVMIL>CIV:1723|172|17",), ok=(">CIV:1723|172|17",), kind="passive"),
    Case("c17-militants-were-arrested-police-said", "DHAKA (AP) - Two suspected Islamic militants were "
         "arrested on Monday in connection with grenade attacks on opposition rallies, police said.",
         gold=("BGDCOP>BGDREB:173",), ok=(">BGD:173",), kind="passive"),
    Case("c17-placed-under-house-arrest", "SRINAGAR, India (Reuters) - A senior Kashmiri separatist leader "
         "was placed under house arrest on Friday, hours before he was due to lead a protest march, his "
         "aides said.", gold=(">IND:173|17|1721",), ok=("INDCOP>IND:173|17", "IND>IND:173|17"),
         kind="passive"),
    Case("c17-journalists-were-expelled", "KIGALI (AP) - Four foreign journalists were expelled from Rwanda "
         "on Tuesday for working without accreditation, the information ministry said.",
         gold=("RWAGOV>:174|17",), ok=(">:174|17",), kind="passive"),
    Case("c18-journalist-was-shot-dead", "KIEV (AP) - A prominent Ukrainian opposition journalist was shot "
         "dead outside his home in Kiev on Monday in what colleagues called a political assassination.",
         gold=(">UKR:186|180|18",), kind="passive"),
    # a noun with its actors
    Case("c18-condemned-kidnapping-of-by", "ROME (Reuters) - Italy on Monday condemned the kidnapping of two "
         "Italian aid workers by gunmen in Baghdad and called for their immediate release.",
         gold=("IRQREB>ITA:181", "ITA>IRQREB:11|111"),
         ok=("ITA>:10|100|02|020|0233|1041", ">ITA:181", "REB>ITA:181"), kind="noun"),
    Case("c17-arrest-of-cleric-by-police-sparked", "PATTANI, Thailand (AP) - The arrest of a senior Muslim "
         "cleric by police in southern Thailand on Sunday sparked protests by hundreds of villagers.",
         gold=("THACOP>THA:173",), ok=("THACVL>THA:14|141", "THA>THA:14|141"), kind="noun"),
    Case("c18-suicide-attack-by-militant-killed", "KARACHI, Pakistan (AP) - A suicide attack by a militant "
         "on a Shiite mosque in Karachi killed 20 worshippers on Friday, police said.",
         gold=("PAKREB>PAK:1831|183|180",), ok=(">PAK:1831|183", "REB>PAK:1831|183"), kind="noun"),
    Case("c17-announced-ban-on-demonstrations", "ALGIERS (Reuters) - Algeria's interior ministry announced "
         "on Sunday a ban on all demonstrations in the capital, citing security concerns.",
         gold=("DZAGOV>DZA:172|1721|17",), kind="noun"),
    Case("c18-attempt-by-militants-to-kill", "DUSHANBE (Reuters) - Tajik security forces foiled an attempt "
         "by Islamic militants to kill the country's interior minister with a car bomb, officials said on "
         "Wednesday.", gold=("TJKREB>TJKGOV:185|183|1832",), ok=("TJKCOP>TJKREB:173|17",), kind="noun"),
    Case("c17-extended-house-arrest", "YANGON (AP) - Myanmar's military government extended the house "
         "arrest of opposition leader Aung San Suu Kyi by another year on Saturday, her party said.",
         gold=("MMRGOV>MMROPP:173|17|172",), kind="noun"),
    # a purpose or result clause
    Case("c18-car-bomb-to-punish", "BAQUBA, Iraq (Reuters) - Insurgents detonated a car bomb outside a "
         "police station in Baquba on Tuesday to punish Iraqis who joined the new security forces, a "
         "statement posted on the Internet said.", gold=("IRQREB>IRQCOP:1832|183|180",), kind="purpose"),
    Case("c17-raided-house-freeing-hostages", "KABUL (Reuters) - Afghan police raided a house in Kabul on "
         "Saturday, freeing three U.N. workers held hostage by a criminal gang for four weeks.",
         gold=("AFGCOP>AFG:171|17|173", "AFG>IGOUNO:181"),
         ok=("AFGCOP>IGOUNO:08|07", ">IGOUNO:181", "AFGCOP>AFG:19|190"), kind="purpose"),
    Case("c17-detained-men-forcing-residents", "GROZNY, Russia (AP) - Russian troops surrounded a village "
         "in Chechnya on Monday and detained dozens of men, forcing residents to flee their homes, "
         "witnesses said.", gold=("RUSMIL>RUS:173|17|174|175",), ok=("RUSMIL>RUS:15|19|190",),
         kind="purpose"),
    # a report verb above the act
    Case("c18-military-said-rebels-had-abducted", "COLOMBO (Reuters) - Sri Lanka's military said on "
         "Tuesday that Tamil Tiger rebels had abducted 12 teenagers from a school in the east to serve as "
         "child soldiers.", gold=("LKAREB>LKA:181",), kind="report"),
    Case("c18-groups-said-militias-had-raped", "KHARTOUM (AP) - Human rights groups said on Thursday that "
         "government-backed militias had raped hundreds of women in Sudan's Darfur region.",
         gold=("SDNREB>SDN:1821|182|18",),
         ok=("SDNGOV>SDN:1821|182|18", "SDNMIL>SDN:18", ">SDN:18", "NGO>SDN:11|112", "SDN>SDN:11|112"),
         kind="report"),
    Case("c17-police-said-rebels-had-torched", "MANILA (Reuters) - Police said on Monday that communist "
         "rebels had torched three mobile phone towers in the northern Philippines after the company that "
         "owns them refused to pay them.", gold=("PHLREB>PHLBUS:1712|171|17",),
         # ok amended after the first run: the company's refusal is an asserted act told in a full
         # "after" clause, which the guidelines code (12); the first gold overlooked it.
         ok=("PHLREB>PHL:1712|171", "PHLBUS>PHLREB:12|120"), kind="report"),
    Case("c18-police-said-tortured-to-death", "CAIRO (AP) - Egyptian police tortured a detained opposition "
         "activist to death in a Cairo police station, his family said on Saturday.",
         gold=("EGYCOP>EGYOPP:1822|182|1823|18|175",), kind="report"),
    Case("c17-said-it-had-arrested-militants-planning", "AMMAN (AP) - Jordan said on Monday it had "
         "arrested militants planning to attack the U.S. embassy in Amman.",
         gold=("JOR>JORREB:173",), ok=("JOR>JOR:173",), kind="report"),
    # plain actives, each with its own code
    Case("c17-curfew-after-bomber-killed", "NABLUS, West Bank (Reuters) - Israeli forces imposed a curfew "
         "on the West Bank city of Nablus on Sunday after a Palestinian suicide bomber killed three "
         "Israelis in Tel Aviv.", gold=("ISRMIL>PSE:1723|172|17", "PSE>ISR:1831|183|180"), kind="active"),
    Case("c17-deported-refugees", "ISLAMABAD (AP) - Pakistan deported 40 Afghan refugees on Tuesday after "
         "they were found living without papers in Peshawar, officials said.",
         gold=("PAK>AFG:174|17",), kind="active"),
    Case("c17-declared-martial-law-after-raided", "BANGKOK (Reuters) - Thailand declared martial law in "
         "three southern provinces on Monday after gunmen raided an army depot and stole hundreds of "
         "rifles.", gold=("THA>THA:1724|172|17", "THAREB>THAMIL:171|1711|18|180|19|190"),
         ok=("REB>THA:171|18", ">THA:171|18"), kind="active"),
    Case("c18-roadside-bomb-struck-patrol", "NAJAF, Iraq (Reuters) - A roadside bomb struck a Polish "
         "patrol south of Najaf on Wednesday, wounding three soldiers, the Polish military said.",
         gold=(">POLMIL:1833|183|180",), ok=("IRQREB>POL:1833|183", "REB>POL:183"), kind="agentless"),
    Case("c18-blew-himself-up-among-recruits", "BAGHDAD (AP) - A man wearing an explosives belt blew "
         "himself up among police recruits in Baghdad on Thursday, killing 15, officials said.",
         gold=("IRQ>IRQCOP:1831|183|180",), ok=("REB>IRQ:1831|183", ">IRQ:1831|183"), kind="active"),
    Case("c17-expelled-diplomats-moscow-would-respond", "WARSAW (Reuters) - Poland expelled two Russian "
         "diplomats on Friday for spying, and Moscow said it would respond in kind.",
         gold=("POL>RUS:174|161|16|17",), ok=("RUS>POL:13|130|16|174",), kind="active"),
    Case("c18-hijacked-airliner", "ISTANBUL (AP) - Two armed men hijacked a Turkish airliner on a domestic "
         "flight on Sunday and forced it to land in Ankara, officials said.",
         gold=("TUR>TURBUS:181",), ok=("TURREB>TUR:181", ">TUR:181"), kind="active"),
    Case("c17-veterans-seized-farms", "HARARE (AP) - Zimbabwean war veterans seized three white-owned farms "
         "in the north of the country on Sunday, farmers' union officials said.",
         gold=("ZWE>ZWE:1711|171",), kind="active"),
    Case("c17-banned-rally", "CAIRO (Reuters) - Egypt's government on Monday banned a planned rally by the "
         "Muslim Brotherhood in central Cairo.", gold=("EGYGOV>EGY:172|1721|1722|17",), kind="active"),
    # counter-cases: figurative force
    Case("c00-torpedoed-plan", "WASHINGTON (Reuters) - A Senate committee on Thursday torpedoed the White "
         "House plan to overhaul the intelligence agencies.",
         ok=("USALEG>USAGOV:12|120|11|111", "USA>USA:12|11"), kind="figurative"),
    Case("c00-sentenced-to-obscurity", "LONDON (AP) - The novelist's last book was savaged by critics and "
         "sentenced to obscurity, his publisher said on Monday.", kind="figurative"),
    Case("c00-killed-off-proposal", "BRUSSELS (Reuters) - European Union foreign ministers on Monday killed "
         "off a proposal to lift the arms embargo on China, diplomats said.",
         ok=("IGOEUREEC>:12|120", "IGOEUREEC>CHN:12|120|16"), kind="figurative"),
    Case("c11-accused-of-hijacking-debate", "NEW DELHI (Reuters) - India's opposition accused the "
         "government on Thursday of hijacking the budget debate to push through tax rises.",
         gold=("INDOPP>INDGOV:11|112|111",), kind="figurative"),
    # counter-cases: hypothetical, threatened, negated, denied
    Case("c00-could-be-arrested", "MOSCOW (Reuters) - Russia's prosecutor-general said on Tuesday that "
         "anyone who financed Chechen rebels could be arrested and tried.",
         ok=("RUSJUD>:13|130|1313", "RUS>:13|130"), kind="hypothetical"),
    Case("c13-will-expel-any-diplomat", "SEOUL (AP) - South Korea will expel any North Korean diplomat "
         "caught spying, the foreign minister warned on Monday.",
         gold=("KORGOV>PRK:13|130|1313|138",), ok=("KOR>PRK:13|130",), kind="hypothetical"),
    Case("c13-threatened-to-behead", "MANILA (Reuters) - Abu Sayyaf rebels threatened on Tuesday to behead "
         "a Filipino hostage unless troops withdrew from the island of Jolo.",
         gold=("PHLREB>PHL:13|138|130|1383",), ok=("PHLREB>PHL:181|18",), kind="hypothetical"),
    Case("c00-had-not-arrested-over-bombing", "NAIROBI (Reuters) - Kenyan police said on Wednesday they had "
         "not arrested anyone over the bombing of a hotel on the coast.", kind="negated"),
    Case("c12-denied-troops-had-tortured", "BAGHDAD (AP) - The U.S. military denied on Saturday that its "
         "troops had tortured prisoners at a detention centre near Baghdad.",
         gold=("USAMIL>:12|120|125|128|129",), kind="negated"),
    # counter-cases: background nouns
    Case("c00-anniversary-of-arrest", "ISTANBUL (Reuters) - Kurds in Turkey marked on Monday the sixth "
         "anniversary of the arrest of rebel leader Abdullah Ocalan with rallies in several cities.",
         ok=("TUR>:14|141", "TUR>TUR:14|141"), kind="background"),
    Case("c00-year-after-embassy-bombings", "WASHINGTON (AP) - The United States has stepped up security "
         "at its embassies in Africa, a year after the bombing of two U.S. embassies in Kenya and Tanzania.",
         ok=("USA>:15|150", "USA>USA:15|150"), kind="background"),
    Case("c00-months-after-abduction-by", "PARIS (Reuters) - France on Wednesday welcomed the release of two "
         "French journalists, four months after their abduction by the Islamic Army in Iraq.",
         ok=("IRQREB>FRA:08|0841|084", "FRA>IRQREB:05|051", "FRA>:05|051"), kind="background"),
    # counter-cases: court acts that coerce no one
    Case("c00-court-acquitted", "THE HAGUE (Reuters) - A Dutch court on Tuesday acquitted four men charged "
         "with plotting attacks on government buildings.", ok=("NLDJUD>NLD:08|084",), kind="court"),
    Case("c00-court-adjourned-trial", "JAKARTA (AP) - An Indonesian court on Monday adjourned the trial of "
         "a Muslim cleric accused of leading a militant network.", kind="court"),
    Case("c08-court-overturned-ban", "ANKARA (Reuters) - Turkey's constitutional court on Wednesday "
         "overturned a ban on a pro-Kurdish political party.", gold=("TURJUD>TUR:08|081|0811",),
         kind="court"),
)
# fmt: on

# Cases the coder still gets wrong, with the cause (strict: they fail loudly once fixed).
KNOWN_MISSES: dict[str, str] = {
    "c18-mourned-driver-beheaded-by": "'a truck driver' has no nationality of his own: that he is Bulgarian "
    "follows only from who mourns him, so the beheading has no target",
    "c18-video-contractor-kidnapped-in": "a bare participle with no 'by' agent ('a contractor kidnapped in Iraq') "
    "only labels its noun, and 'pleading for his life' is coded as an appeal",
    "c17-confiscated-bibles-and-detained": "'a house church in Henan province' is no actor and its province is "
    "not placed, so the confiscation has no target",
    "c18-headline-hostage-beheaded": "unnamed 'militants' in a Tokyo-datelined lead take Japan's country, not "
    "Iraq's where the body was found (actor layer)",
    "c18-gunman-shot-dead-by-soldiers": "'he' in the 'before' clause is not read as the gunman, so the "
    "shooting has no target",
    "c17-journalists-were-expelled": "an agentless passive of coercion is coded only with a doer, and the "
    "reporting authority is read as the doer only of acts on its own country's people, which foreign "
    "journalists need not be",
    "c17-announced-ban-on-demonstrations": "a ban 'on all demonstrations in the capital' names no target: the "
    "capital's country is not read from the demonstrations' place",
    "c18-car-bomb-to-punish": "'Iraqis who joined the new security forces' is coded as cooperation (06)",
    "c18-hijacked-airliner": "'forced it to land' is coded as a second coercion (17) beside the hijacking",
    "c17-veterans-seized-farms": "'farms in the north of the country' are not placed in the country, so the "
    "seizure has no target",
    "c13-will-expel-any-diplomat": "the trailing 'the foreign minister warned' is coded as a threat aimed at "
    "the reported clause's own subject",
}


@pytest.mark.parametrize("case", params(CASES, KNOWN_MISSES))
def test_wire_lead_is_coded_as_the_guidelines_say(coded: dict[str, set[Tuple]], case: Case) -> None:
    assert_coded_as_gold(case, coded[case.id])


def test_score_on_the_coercion_set(coded: dict[str, set[Tuple]]) -> None:
    scores = score(coded, CASES)
    print(scores)
    # Floors just under the scores when the set was last fixed (tuple P/R .931/.884, root P/R
    # .957/.971; main before any fix, on the same gold, .803/.725 and .855/.870).
    assert scores["tuple_precision"] >= 0.91
    assert scores["tuple_recall"] >= 0.87
    assert scores["root_precision"] >= 0.94
    assert scores["root_recall"] >= 0.95


# Leads for the fixes the set led to, written for these tests (none is in the set above).
LATER = {
    "ban-on-rallies": "DHAKA (Reuters) - Police imposed a ban on rallies in Dhaka on Sunday.",
    "ban-on-imports": "BRUSSELS (Reuters) - The European Union announced a ban on imports of Chinese textiles.",
    "ordered-arrest": "ISLAMABAD (AP) - Pakistan's president ordered the arrest of a former minister on Monday.",
    "ordered-expulsion": "TASHKENT (Reuters) - Uzbekistan ordered the expulsion of a British aid worker on Friday.",
    "extended-detention": "KUALA LUMPUR (AP) - Malaysia extended the detention of two suspected militants "
    "on Tuesday.",
    "overturned-ban": "ANKARA (AP) - A Turkish court overturned a ban on a Kurdish newspaper on Monday.",
    "overturned-cars": "LA PAZ (AP) - Protesters overturned cars in the Bolivian capital on Monday.",
    "months-after-by": "TOKYO (Reuters) - Japan thanked Jordan on Friday, two months after the kidnapping "
    "of a Japanese aid worker by militants in Iraq.",
    "hours-after-by": "TOKYO (Reuters) - Japan put its embassies on alert on Friday, hours after the "
    "kidnapping of a Japanese aid worker by militants in Iraq.",
    "held-hostage-by": "KATHMANDU (AP) - Nepalese troops freed two Indian engineers held hostage by Maoist "
    "rebels in the west.",
    "condemned-detention-by": "CAIRO (Reuters) - Egypt condemned the detention of two Egyptian diplomats by "
    "Israeli troops.",
    "arrested-men-planning": "AMMAN (AP) - Jordanian police arrested four men planning to bomb the Israeli "
    "embassy.",
    "rebels-plan-to-attack": "KATHMANDU (AP) - Maoist rebels plan to attack the Nepalese capital, their leader "
    "said on Monday.",
    "helped-plan": "MANILA (AP) - A Philippine court jailed a militant who helped plan the bombing of a "
    "ferry.",
    "helped-iraq-plan": "TOKYO (AP) - Japan helped Iraq plan its elections.",
    "bomber-toll": "KARACHI, Pakistan (AP) - A man blew himself up at a bus stop in Karachi on Monday, killing "
    "12 people.",
    "threatened-on-day-to": "MANILA (AP) - Kidnappers threatened on Sunday to kill a Filipino truck driver.",
    "attempt-to-kill": "KABUL (AP) - Gunmen made an attempt on Friday to kill an Afghan provincial governor.",
    "attempt-to-divide": "COLOMBO (AP) - The rebels foiled a government attempt to divide them.",
    "arrested-police-said": "KARACHI, Pakistan (AP) - Three suspected militants were arrested on Sunday, "
    "police said.",
    "detained-paper-said": "BAGHDAD (AP) - Two Iraqi journalists were detained on Monday, their newspaper said.",
    "kidnapped-police-said": "BAGHDAD (AP) - Two Iraqi policemen were kidnapped on Monday, police said.",
    "raid-toll": "NABLUS, West Bank (AP) - Israeli troops raided a village near Nablus, killing two Palestinians.",
}


@pytest.fixture(scope="module")
def later(settings: Settings) -> dict[str, list[dict[str, Any]]]:
    records = [{"id": k, "title": "", "text": t, "published": "2025-03-12"} for k, t in LATER.items()]
    run = run_user_path(records, settings)
    return {k: [e for a in run.articles.get(k, []) for e in a["events"]] for k in LATER}


def _codes(events: list[dict[str, Any]]) -> set[str]:
    return {str(e["cameo"]) for e in events if not e["negated"] and not e["hypothetical"]}


def test_a_ban_on_gatherings_curbs_freedom_and_a_ban_on_goods_is_a_sanction(later: dict[str, Any]) -> None:
    assert "1721" in _codes(later["ban-on-rallies"])
    assert "163" in _codes(later["ban-on-imports"]) and "1721" not in _codes(later["ban-on-imports"])


def test_an_ordered_or_extended_arrest_is_coercion(later: dict[str, Any]) -> None:
    assert "173" in _codes(later["ordered-arrest"])
    assert "174" in _codes(later["ordered-expulsion"])
    assert "173" in _codes(later["extended-detention"])


def test_overturning_a_ban_eases_it_and_overturning_cars_does_not(later: dict[str, Any]) -> None:
    assert "081" in _codes(later["overturned-ban"])
    assert not {c for c in _codes(later["overturned-ban"]) if c[:2] == "17"}
    assert "081" not in _codes(later["overturned-cars"])


def test_an_act_months_before_is_background_and_hours_before_is_told(later: dict[str, Any]) -> None:
    assert not {c for c in _codes(later["months-after-by"]) if c[:2] == "18"}
    assert "181" in _codes(later["hours-after-by"])


def test_a_participle_held_hostage_by_is_the_agent_s_act_on_the_noun(later: dict[str, Any]) -> None:
    held = [e for e in later["held-hostage-by"] if str(e["cameo"]).startswith("18")]
    assert held and all(e["source_code"].endswith("REB") and e["target_code"][:3] == "IND" for e in held)


def test_disapproval_of_an_act_with_its_doer_is_aimed_at_the_doer(later: dict[str, Any]) -> None:
    condemned = [e for e in later["condemned-detention-by"] if str(e["cameo"]).startswith("11")]
    assert condemned and {e["target_code"][:3] for e in condemned} == {"ISR"}


def test_a_plan_a_participle_describes_is_no_threat(later: dict[str, Any]) -> None:
    assert not {c for c in _codes(later["arrested-men-planning"]) if c[:2] in ("13", "18", "19")}
    assert {c for c in _codes(later["rebels-plan-to-attack"]) if c[:2] == "13"}


def test_helping_plan_an_act_is_no_aid(later: dict[str, Any]) -> None:
    assert not {c for c in _codes(later["helped-plan"]) if c[:2] == "07"}
    assert {c for c in _codes(later["helped-iraq-plan"]) if c[:2] == "07"}


def test_a_toll_clause_is_the_attack_s_own_and_a_raid_s_toll_tells_force(later: dict[str, Any]) -> None:
    # ", killing 12" after a bombing counts its dead: one bombing (183), no second killing (190).
    assert {c[:2] for c in _codes(later["bomber-toll"])} == {"18"}
    # A raid is coercion (171); the dead its toll names are what tell force.
    assert {c[:2] for c in _codes(later["raid-toll"])} >= {"17", "19"}


def test_an_infinitive_after_an_adverbial_or_on_a_noun_names_the_target(later: dict[str, Any]) -> None:
    threats = [e for e in later["threatened-on-day-to"] if str(e["cameo"]).startswith("13")]
    assert threats and {e["target_code"][:3] for e in threats} == {"PHL"}
    tried = [e for e in later["attempt-to-kill"] if str(e["cameo"]) == "185"]
    assert tried and {e["target_code"][:3] for e in tried} == {"AFG"}
    assert not _codes(later["attempt-to-divide"])


def test_an_agentless_coercion_reported_by_the_home_authority_is_its_act(later: dict[str, Any]) -> None:
    arrests = [e for e in later["arrested-police-said"] if str(e["cameo"]).startswith("17")]
    assert arrests and {e["source_code"] for e in arrests} == {"PAKCOP"}
    # A newspaper does not detain, and police who report a kidnapping did not do it.
    assert not {e["source_code"] for e in later["detained-paper-said"]} - {""}
    assert not {e["source_code"] for e in later["kidnapped-police-said"] if e["source_code"].endswith("COP")}
