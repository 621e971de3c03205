"""A blind set of wire leads whose main events are legal and investigative acts: investigations
(09: "launched an investigation into", "probed", "questioned", "is under investigation by", "an
inquiry by X into"), formal accusations and lawsuits (11: "charged X with", "indicted", "brought
charges against", "sued", "filed a lawsuit against"), court acts (a court "sentenced", "jailed",
"convicted", "found guilty", "acquitted", "ordered the release of", "overturned a ban", "ruled"),
extraditions (06, with the requests, refusals and agreements around them), arrests on warrants
(173) and asking a court or an agency to act (02/10). They are told in the shapes wire copy uses:
main verb, passive with and without its agent, a noun with its actors ("the trial of X opened",
"an inquiry by the U.N. into ..."), a reported clause ("prosecutors said they had charged ..."),
participle adjuncts (", detaining 30 ...", ", convicting them of ...").

The gold was coded by `events_guidelines.md` and the CAMEO codebook before the coder's output was
seen. Courts, judges, juries and prosecutors are JUD of their country, the U.N. tribunals and the
International Criminal Court are IGO; the accused keep their own code. A charge or an indictment is
115 (the 173 usage note: "charges or lawsuits are coded as 115"), with 112 and 173 ("charge with
legal action") as alternatives, as the earlier sets coded it. A sentence or a conviction of a
person is 173 (the 116 usage note: individuals found guilty and detained are 173), of a company or
a state 116. An acquittal alone is no CAMEO act; an acquittal with an order to free, a court's
order of release or a pardon is a release (0841). An extradition is judicial cooperation (063)
from the state handing over to the state receiving. A passive with no agent ("was sentenced",
"was charged") is the court's or the prosecutors' of the country the act is told in, as any
reader knows; the same event with no source is listed in `ok`.

Counter-cases keep the coder honest: a verdict or a charge only expected or possible ("will rule
next month", "is expected to deliver its verdict", "may charge"), negated ("was not charged"), a
conviction told only as background ("convicted in 1998 of ..."), figurative ("the court of public
opinion", "a charged atmosphere", "charged the batteries") and sports tribunals are no events.
The case format and the scoring are the first blind set's. All sentences were written for this
test; people and incidents are generic or fictional.

`python -m pytest tests/understand/events/test_wire_legal.py -q -s -k score` prints the scores."""

from __future__ import annotations

import pytest

from newsgraph.evaluate.userpath import run_user_path
from newsgraph.settings import Settings

from .test_wire_blind import Case, Tuple, assert_coded_as_gold, claims, params, score

pytestmark = pytest.mark.model

# declarative table: the blind set of legal and investigative leads.
# fmt: off
CASES: tuple[Case, ...] = (
    # 09 investigations, active, passive, nominal, reported
    Case("l09-launched-investigation-graft", "NAIROBI (Reuters) - Kenya's anti-corruption commission "
         "launched an investigation on Monday into alleged graft by two former cabinet ministers.",
         gold=("KENGOV>KENGOV:091|090",)),
    Case("l09-police-investigating-killing", "LAGOS (AP) - Nigerian police are investigating the killing "
         "of an opposition politician in Lagos, a police spokesman said on Tuesday.",
         gold=("NGACOP>:091|090",), ok=(">NGAOPP:18|180|186",)),
    Case("l09-probed-allegations", "MANILA (Reuters) - Philippine military investigators probed on "
         "Wednesday allegations that soldiers had shot dead three farmers during a raid in the south.",
         gold=("PHLMIL>PHLMIL:093|092|091|090",), ok=("PHLMIL>PHLCVL:18|180|186", "PHLMIL>:17|171")),
    Case("l09-ordered-inquiry", "ISLAMABAD (Reuters) - Pakistan's president ordered an inquiry on Thursday "
         "into the deaths of four protesters shot by police in Karachi.",
         gold=("PAKGOV>:091|092|090",), ok=("PAKCOP>PAKCVL:18|180|175|17",)),
    Case("l09-under-investigation-by", "SEOUL (Reuters) - South Korea's former defence minister is under "
         "investigation by prosecutors for taking bribes from an arms dealer, officials said on Friday.",
         gold=("KORJUD>KORGOV:091|090",), kind="passive"),
    Case("l09-being-investigated-by", "ROME (AP) - Italy's prime minister is being investigated by Milan "
         "prosecutors over alleged tax fraud at his media company, his lawyer said on Monday.",
         gold=("ITAJUD>ITAGOV:091|090",), kind="passive"),
    Case("l09-icc-opened-investigation", "THE HAGUE (Reuters) - The prosecutor of the International "
         "Criminal Court opened an investigation on Tuesday into war crimes committed in northern Uganda.",
         gold=("IGOICC>:094|092|090",)),
    Case("l09-said-investigating", "MOSCOW (Reuters) - Russian prosecutors said on Wednesday they were "
         "investigating the head of a Russian oil company for tax evasion.",
         gold=("RUSJUD>RUSBUS:091|090",), kind="reported"),
    Case("l09-military-investigating-strike", "KABUL (Reuters) - The U.S. military said on Sunday it was "
         "investigating an air strike in eastern Afghanistan that villagers said killed 12 civilians.",
         gold=("USAMIL>:093|092|090",), ok=("USAMIL>AFGCVL:19|195|18|180", "USAMIL>AFG:19|195|18|180"),
         kind="reported"),
    Case("l09-raided-investigating", "BOGOTA (AP) - Colombian prosecutors raided the offices of a "
         "Colombian senator on Tuesday, investigating alleged links between politicians and right-wing "
         "paramilitaries.", gold=("COLJUD>COLLEG:171|170|173", "COLJUD>:091|090"), kind="adjunct"),
    Case("l09-commission-inquiry-whether", "BRUSSELS (Reuters) - The European Commission opened an inquiry "
         "on Wednesday into whether Italy had broken EU rules by bailing out its national airline.",
         gold=("IGOEUREEC>ITA:090|091",)),
    Case("l09-inquiry-by-found", "NEW YORK (Reuters) - An inquiry by the United Nations into the killing "
         "of a former Lebanese prime minister found on Thursday that Syrian officials were involved.",
         gold=("IGOUNO>:091|090", "IGOUNO>SYRGOV:112|1121|111"), kind="nominal"),
    Case("l09-questioned-over", "JERUSALEM (Reuters) - Israeli police questioned the country's prime minister "
         "for three hours on Thursday over allegations that he took bribes from a property developer.",
         gold=("ISRCOP>ISRGOV:091|090",)),
    Case("l09-would-set-up-inquiry", "BANGKOK (Reuters) - Thailand's prime minister said on Monday the "
         "government would set up an independent inquiry into the deaths of 78 Muslim protesters in army "
         "custody.", ok=("THAGOV>:03|030|031",), kind="hypothetical"),
    # 11 accusations, charges and lawsuits
    Case("l11-charged-with", "JAKARTA (Reuters) - Indonesian prosecutors charged an Indonesian Muslim "
         "cleric on Tuesday with leading the militant group blamed for the Bali bombings.",
         gold=("IDNJUD>IDN:115|112|1121|173",)),
    Case("l11-grand-jury-indicted", "WASHINGTON (Reuters) - A U.S. federal grand jury indicted two "
         "Pakistani men on Thursday on charges of supplying weapons to al Qaeda.",
         gold=("USAJUD>PAK:115|112|1121|173",)),
    Case("l11-filed-lawsuit-against", "NEW YORK (Reuters) - A group of American families filed a lawsuit in "
         "a U.S. court on Wednesday against three Saudi banks they accuse of funding al Qaeda.",
         gold=("USACVL>SAUBUS:115|112",)),
    Case("l11-sued-to-stop", "LONDON (AP) - The British government sued a former British intelligence "
         "officer on Monday to stop publication of his memoirs.", gold=("GBRGOV>GBR:115",)),
    Case("l11-brought-charges-against", "MADRID (Reuters) - A Spanish judge brought terrorism charges on "
         "Friday against 12 suspected members of the Basque separatist group ETA.",
         gold=("ESPJUD>ESPREB:115|112|1121|173",)),
    Case("l11-passive-charged-no-agent", "ANKARA (Reuters) - Two Turkish journalists were charged on Monday "
         "with insulting the army over an article on the Kurdish conflict, their lawyer said.",
         gold=("TURJUD>TURMED:115|112|1121|173",), ok=(">TURMED:115|112|173",), kind="passive"),
    Case("l11-passive-charged-by", "CAIRO (AP) - A leading Egyptian human rights activist was charged by "
         "state security prosecutors on Sunday with defaming Egypt abroad.",
         gold=("EGYJUD>EGY:115|112|1121|173",), kind="passive"),
    Case("l11-said-had-charged", "PARIS (Reuters) - French prosecutors said on Thursday they had charged a "
         "former Rwandan army officer with genocide.", gold=("FRAJUD>RWAMIL:115|112|1124|173",),
         kind="reported"),
    Case("l08-dropped-charges", "KIEV (Reuters) - Ukrainian prosecutors dropped all charges on Friday "
         "against a Ukrainian opposition leader accused of abuse of office.",
         gold=("UKRJUD>UKROPP:080|081|0841",)),
    Case("l11-sued-by-passive", "TOKYO (Reuters) - Japan's government was sued on Tuesday by a group of "
         "Chinese women forced into sexual slavery by Japanese troops during World War Two.",
         gold=("CHNCVL>JPNGOV:115|112",), ok=("JPNMIL>CHNCVL:18|180|17",), kind="passive"),
    Case("l11-filed-suit", "SEOUL (Reuters) - South Korean farmers filed suit against their government on "
         "Monday over a rice trade deal with the United States, their lawyers said.",
         gold=("KORAGR>KORGOV:115|112|111",)),
    Case("l11-accused-of-ordering", "LIMA (Reuters) - Peruvian prosecutors accused the country's former "
         "president on Monday of ordering the killing of 25 people by a death squad.",
         gold=("PERJUD>PERGOV:112|1121|1122|115",)),
    Case("l11-indicted-un-prosecutors", "THE HAGUE (Reuters) - U.N. war crimes prosecutors indicted three "
         "former Croatian army generals on Wednesday for crimes against Serb civilians.",
         gold=("IGOUNOJUD>HRVMIL:115|112|1124|173",)),
    # 17 / 11 / 08 court acts
    Case("l17-sentenced-passive-by", "TEHRAN (AP) - An Iranian journalist was sentenced to 14 years in "
         "prison by a Tehran court on Tuesday for spying for the United States.",
         gold=("IRNJUD>IRNMED:173|170|116",), kind="passive"),
    Case("l17-sentenced-passive-no-agent", "BEIJING (Reuters) - A Chinese democracy activist was sentenced "
         "to 10 years in prison on Friday for subversion, his lawyer said.",
         gold=("CHNJUD>CHN:173|170|116",), ok=(">CHN:173|170|116",), kind="passive"),
    Case("l17-jailed-for-years", "DHAKA (Reuters) - A Bangladeshi court jailed an opposition lawmaker for "
         "seven years on Sunday for corruption.", gold=("BGDJUD>BGDOPP:173|170|116",)),
    Case("l17-convicted-and-jailed", "THE HAGUE (Reuters) - The U.N. war crimes tribunal for the former "
         "Yugoslavia convicted a former Croatian general on Thursday of murdering Serb civilians and jailed "
         "him for 35 years.", gold=("IGOUNOJUD>HRVMIL:173|116|170",)),
    Case("l11-found-company-guilty", "PARIS (Reuters) - A French court found a state-owned French oil "
         "company guilty of bribery on Wednesday and fined it 1 million euros.",
         gold=("FRAJUD>FRABUS:116|11|172",)),
    Case("l17-convicted-in-absentia", "ALGIERS (Reuters) - An Algerian court convicted an exiled Algerian "
         "Islamist leader in absentia on Monday and sentenced him to death.",
         gold=("DZAJUD>DZA:173|116|170",)),
    Case("l00-acquitted", "JAKARTA (Reuters) - An Indonesian court acquitted a former Indonesian army "
         "general on Tuesday of human rights abuses in East Timor.",
         ok=("IDNJUD>IDNMIL:08|080|0841",), kind="no-event"),
    Case("l08-ordered-release-of", "CAIRO (AP) - An Egyptian court ordered the release on Sunday of a "
         "leading Egyptian opposition politician held for six weeks on forgery charges.",
         gold=("EGYJUD>EGYOPP:0841|084|080",)),
    Case("l08-acquitted-ordered-freed", "ANKARA (Reuters) - A Turkish court acquitted four Kurdish former "
         "lawmakers on Friday and ordered them freed after 10 years in jail.",
         gold=("TURJUD>TUR:0841|084|080",)),
    Case("l08-overturned-ban", "BISHKEK (Reuters) - Kyrgyzstan's Supreme Court overturned on Monday a "
         "government ban on the main Kyrgyz opposition party, its lawyers said.",
         gold=("KGZJUD>KGZ:0812|081|080",)),
    Case("l11-ruled-illegal", "JERUSALEM (Reuters) - Israel's Supreme Court ruled on Wednesday that the "
         "government's route for the West Bank barrier near a Palestinian village was illegal and must be "
         "changed.", gold=("ISRJUD>ISRGOV:116|11|100|10",)),
    Case("l17-trial-of-opened", "BAGHDAD (Reuters) - The trial of a former Iraqi intelligence chief on "
         "charges of killing Shi'ite clerics opened before a special tribunal in Baghdad on Tuesday.",
         gold=("IRQJUD>IRQGOV:173|115|170",), ok=(">IRQGOV:173|115|170",), kind="nominal"),
    Case("l17-went-on-trial", "HARARE (Reuters) - Zimbabwe's opposition leader went on trial for treason "
         "in a Harare court on Monday.", gold=("ZWEJUD>ZWEOPP:173|115|170",),
         ok=(">ZWEOPP:173|115|170",)),
    Case("l17-upheld-conviction", "KUALA LUMPUR (Reuters) - Malaysia's highest court upheld on Tuesday the "
         "sodomy conviction of the country's former deputy prime minister, keeping him in jail.",
         gold=("MYSJUD>MYSGOV:173|170|116|1243|12",)),
    Case("l17-sentenced-convicting", "TASHKENT (Reuters) - An Uzbek court sentenced 15 Uzbek men to prison "
         "terms on Monday, convicting them of plotting to overthrow the government.",
         gold=("UZBJUD>UZB:173|116|170",), kind="adjunct"),
    Case("l17-jailed-for-spying-for", "MOSCOW (AP) - A Russian scientist was jailed for 15 years on "
         "Wednesday for spying for China.", gold=("RUSJUD>RUS:173|170|116",), ok=(">RUS:173|170",),
         kind="passive"),
    Case("l17-court-in-sentenced", "JAKARTA (AP) - A court in Jakarta sentenced an Indonesian militant to "
         "death on Thursday for his role in the bombing of the Australian embassy.",
         gold=("IDNJUD>IDNREB:173|170|116",)),
    Case("l17-handed-sentence", "BEIJING (Reuters) - A Chinese court handed a Chinese human rights lawyer a "
         "three-year prison sentence on Monday for inciting subversion.",
         gold=("CHNJUD>CHN:173|170|116",)),
    Case("l12-dismissed-lawsuit", "TOKYO (Reuters) - A Tokyo court dismissed on Tuesday a lawsuit by Chinese "
         "victims of wartime forced labour seeking compensation from the Japanese government.",
         gold=("JPNJUD>CHN:120|12",), ok=("CHN>JPNGOV:115|112|10|100", "CHNCVL>JPNGOV:115|112|10|100")),
    # 06 extraditions and the requests around them
    Case("l06-extradited-to", "BOGOTA (Reuters) - Colombia extradited a leading Colombian drug trafficker "
         "to the United States on Friday to face cocaine smuggling charges.",
         gold=("COL>USA:063|060|174",), ok=("COL>COL:174|17", "COL>COLCRM:174|17")),
    Case("l06-extradited-passive-from-to", "MADRID (AP) - A Syrian businessman suspected of financing al "
         "Qaeda was extradited from Britain to Spain on Thursday, Spanish police said.",
         gold=("GBR>ESP:063|060",), ok=("GBR>SYR:174|17", ">SYR:174|17|063|060")),
    Case("l02-asked-to-extradite", "LIMA (Reuters) - Peru formally asked Japan on Monday to extradite "
         "Peru's former president, who fled to Tokyo in 2000.",
         gold=("PER>JPN:0213|020|1013|101|10",)),
    Case("l12-refused-to-extradite", "TOKYO (Reuters) - Japan refused on Tuesday to extradite a former "
         "Peruvian president to Peru, saying he was a Japanese citizen.", gold=("JPN>PER:120|121|12",)),
    Case("l03-agreed-to-hand-over", "ANKARA (Reuters) - Syria agreed on Wednesday to hand over to Turkey 22 "
         "Turkish suspects in last year's Istanbul bombings.", gold=("SYR>TUR:0313|030|057|063|06",)),
    Case("l06-handed-over-to-tribunal", "BELGRADE (Reuters) - Serbia handed over a former Serbian army "
         "general to the U.N. war crimes tribunal in The Hague on Monday.",
         gold=("SRB>IGOUNOJUD:063|060|084",), ok=("SRB>SRBMIL:17|173|174",)),
    # 173 arrests on warrants
    Case("l17-arrested-on-warrant", "LONDON (Reuters) - British police arrested a Moroccan cleric on "
         "Tuesday on a Spanish warrant accusing him of recruiting for al Qaeda.",
         gold=("GBRCOP>MAR:173|170",), ok=("ESPJUD>MAR:173|112|115|11|17",)),
    Case("l17-issued-warrant", "MADRID (Reuters) - A Spanish judge issued an international arrest warrant "
         "on Friday for a Moroccan man suspected of helping to plan the Madrid train bombings.",
         gold=("ESPJUD>MAR:173|170",)),
    Case("l17-detained-in-on-warrant", "BUENOS AIRES (AP) - A former Argentine navy officer was detained in "
         "Mexico on Friday on an arrest warrant issued by a Spanish judge, police said.",
         gold=("MEXCOP>ARGMIL:173|170",), ok=(">ARGMIL:173|170", "ESPJUD>ARGMIL:173|170"),
         kind="passive"),
    Case("l17-police-said-had-arrested", "KARACHI (Reuters) - Pakistani police said on Sunday they had "
         "arrested two Pakistani men wanted for the killing of an American journalist.",
         gold=("PAKCOP>PAK:173|170",), kind="reported"),
    Case("l17-arrested-and-charged", "NAIROBI (AP) - Kenyan police arrested a former Kenyan finance "
         "minister on Thursday and charged him with fraud over a passport contract.",
         gold=("KENCOP>KENGOV:173|170", "KENCOP>KENGOV:115|112|1121|173"), kind="two-events"),
    Case("l17-raided-detaining", "ISTANBUL (Reuters) - Turkish police raided homes across Istanbul on "
         "Friday, detaining 30 suspected members of an outlawed Turkish leftist group.",
         gold=("TURCOP>TUR:173|170|171",), kind="adjunct"),
    # 02 / 10 asking a court or an agency to act
    Case("l02-asked-court-to-ban", "ANKARA (Reuters) - Turkey's chief prosecutor asked the Constitutional "
         "Court on Tuesday to ban a pro-Kurdish political party for links to separatist rebels.",
         gold=("TURJUD>TURJUD:020|0213|100|10",), ok=("TURJUD>TUR:115|112|1121|17|172|1722",)),
    Case("l10-demanded-investigation", "BAGHDAD (Reuters) - Iraq's human rights minister demanded on Monday "
         "an international investigation into the abuse of Iraqi prisoners by U.S. soldiers.",
         gold=("IRQGOV>:101|100|10|020",), ok=("IRQGOV>USAMIL:112|1122|11", "USAMIL>IRQ:18|180|17|175")),
    Case("l02-urged-court-to-stop", "MANILA (AP) - Philippine human rights groups urged the Supreme Court on "
         "Wednesday to stop the execution of seven convicted kidnappers.",
         gold=("PHLNGO>PHLJUD:020|0253|100|10",), ok=("NGO>PHLJUD:020|0253|100|10",)),
    Case("l02-petitioned-court", "BANGKOK (Reuters) - Thai opposition lawmakers petitioned the "
         "Constitutional Court on Friday to disqualify the prime minister over hidden shares.",
         gold=("THAOPP>THAJUD:020|100|10",), ok=("THAOPP>THAGOV:112|115|11",)),
    # counter-cases: expected, possible, negated, background, figurative, sport
    Case("l00-will-rule-next-month", "THE HAGUE (AP) - The World Court will rule next month on the legality "
         "of Israel's West Bank barrier, court officials said on Monday.", kind="hypothetical"),
    Case("l00-expected-verdict", "JAKARTA (Reuters) - An Indonesian court is expected to deliver its verdict "
         "on Thursday in the trial of an Indonesian cleric accused of leading a militant network.",
         kind="hypothetical"),
    Case("l00-may-charge", "ROME (Reuters) - Italian prosecutors may charge the country's central bank "
         "governor over a takeover battle, newspapers reported on Tuesday.", kind="hypothetical"),
    Case("l08-released-not-charged", "ISLAMABAD (AP) - A British man questioned by Pakistani police over "
         "the London bombings was released on Monday and was not charged, officials said.",
         gold=("PAKCOP>GBR:0841|084|080",), ok=(">GBR:0841|084|080", "PAKCOP>GBR:09|090|091"),
         kind="negated"),
    Case("l12-denied-charges-at-trial", "MOSCOW (Reuters) - A Russian oil tycoon denied all charges of fraud "
         "and tax evasion at the opening of his trial in Moscow on Wednesday.",
         gold=("RUSBUS>:120|12",), ok=("RUSJUD>RUSBUS:173|115|170", ">RUSBUS:173|115|170")),
    Case("l08-background-convicted-freed", "TUNIS (AP) - A Tunisian dissident convicted in 1999 of "
         "belonging to an illegal group was freed from prison on Saturday under a presidential pardon.",
         gold=("TUNGOV>TUN:0841|084|080",), ok=(">TUN:0841|084|080",), kind="background"),
    Case("l00-background-convicted-died", "ANKARA (Reuters) - A Kurdish militant convicted in 1998 of "
         "bombing an Istanbul shopping mall died in a prison hospital on Tuesday, officials said.",
         kind="background"),
    Case("l00-court-of-public-opinion", "LONDON (Reuters) - Britain's prime minister said on Tuesday his "
         "government would be judged in the court of public opinion over its decision to go to war in "
         "Iraq.", kind="figurative"),
    Case("l00-charged-atmosphere", "BELGRADE (Reuters) - Serbia's parliament opened its first session in a "
         "highly charged atmosphere on Monday after weeks of political deadlock.", kind="figurative"),
    Case("l00-charged-batteries", "KABUL (AP) - Aid workers in the Afghan capital charged the batteries of "
         "their radios from generators on Friday as power cuts hit the city for a third day.",
         kind="figurative"),
    Case("l00-sport-court-upheld-ban", "ATHENS (Reuters) - The Court of Arbitration for Sport upheld on "
         "Wednesday a two-year doping ban on a Greek sprinter, ruling her out of the Olympic Games.",
         kind="sport"),
    Case("l00-sport-suspended", "ZURICH (AP) - FIFA's disciplinary committee suspended the president of "
         "Argentina's football federation for six months on Monday for insulting a referee.", kind="sport"),
)
# fmt: on
# Cases the coder still gets wrong, with the cause (strict: they fail loudly once fixed).
KNOWN_MISSES: dict[str, str] = {
    "l09-probed-allegations": "the parser makes 'on Wednesday allegations' one phrase, so the probe has no object "
    "and 'soldiers' of the alleged clause is not reached",
    "l09-inquiry-by-found": "'found that Syrian officials were involved' is not read as the inquiry's accusation (112)",
    "l11-indicted-un-prosecutors": "the parser makes 'crimes' the root of 'U.N. war crimes prosecutors indicted', so "
    "the prosecutors take the dateline's country",
    "l17-trial-of-opened": "'the trial of X opened' is not coded: a trial noun would also code every background "
    "'in the trial of X' ('is expected to deliver its verdict in the trial of')",
    "l17-upheld-conviction": "the parser makes 'court' the root and 'upheld' its modifier, and the conviction's "
    "'of' holder is not the target",
    "l17-detained-in-on-warrant": "an agentless 'was detained in Mexico' is not the Mexican police's (the reporting "
    "police take the dateline's country)",
    "l17-police-said-had-arrested": "the parser reads 'men wanted for' as a clause, so the arrest has no object",
    "l08-released-not-charged": "'was released' has no doer; the police of the participle 'questioned by' are not "
    "carried over",
    "l08-background-convicted-freed": "'freed under a presidential pardon': the pardon's holder is not the release's "
    "doer",
    "l00-sport-court-upheld-ban": "a sports tribunal ('Court of Arbitration for Sport') is coded as a court of the "
    "dateline's country, and 'upheld a doping ban' (1241) and 'ruling her out of' (120) as events",
}


@pytest.mark.parametrize("case", params(CASES, KNOWN_MISSES))
def test_wire_lead_is_coded_as_the_guidelines_say(coded: dict[str, set[Tuple]], case: Case) -> None:
    assert_coded_as_gold(case, coded[case.id])


def test_score_on_the_legal_set(coded: dict[str, set[Tuple]]) -> None:
    scores = score(coded, CASES)
    print(scores)
    # Floors just under the scores when the set was last fixed (tuple P/R .967/.864, root P/R
    # .984/.970); main before any fix, on the same gold, .800/.591 and .869/.818.
    assert scores["tuple_precision"] >= 0.95
    assert scores["tuple_recall"] >= 0.85
    assert scores["root_precision"] >= 0.97
    assert scores["root_recall"] >= 0.96


# Leads for the fixes the set led to, each with the verb's other uses: written for these tests.
LATER = {
    "prosecutors-accused": "ROME (Reuters) - Italian prosecutors accused a former Italian minister on Monday of "
    "taking bribes from a construction firm.",
    "brought-charges": "LIMA (Reuters) - A Peruvian judge brought murder charges against two former Peruvian army "
    "officers on Friday.",
    "brought-aid": "KABUL (Reuters) - U.S. helicopters brought food aid to Afghan villagers cut off by snow.",
    "brought-case-to": "TOKYO (Reuters) - Japan brought its fishing dispute with South Korea to the United Nations "
    "on Monday.",
    "handed-sentence": "HANOI (Reuters) - A Vietnamese court handed a Vietnamese dissident a five-year prison "
    "sentence on Tuesday.",
    "police-questioned": "MANILA (Reuters) - Philippine police questioned a Philippine senator for five hours on "
    "Monday over a bombing in the south.",
    "questioned-wisdom": "BERLIN (Reuters) - Germany's foreign minister questioned the wisdom of a U.S. plan to "
    "move troops out of Germany.",
    "ordered-release-of": "DHAKA (Reuters) - A Bangladeshi court ordered the release of a Bangladeshi opposition "
    "leader on Sunday.",
    "ordered-release-of-report": "LONDON (Reuters) - A British judge ordered the release of a police report on "
    "the shooting on Monday.",
    # The participle as the order's complement; "ordered three journalists freed", where the parser hangs it on
    # the noun, is not coded yet (a participle describing a noun is no act of its own).
    "ordered-freed": "LAGOS (Reuters) - A Nigerian court acquitted three Nigerian journalists on Friday and ordered "
    "them freed.",
    "ordered-to-withdraw": "JERUSALEM (Reuters) - Israel's Supreme Court ordered the government on Monday to "
    "dismantle a Jewish settlement outpost.",
    "found-guilty": "OSLO (Reuters) - A Norwegian court found a Somali man guilty of plotting attacks on Monday.",
    "stood-trial": "ISTANBUL (Reuters) - A Turkish novelist stood trial in an Istanbul court on Friday for "
    "insulting Turkishness.",
    "dismissed-lawsuit": "SEOUL (Reuters) - A South Korean court dismissed a lawsuit by North Korean defectors "
    "on Wednesday.",
    "handed-over-general": "ZAGREB (Reuters) - Croatia handed over a former Croatian general to the U.N. war "
    "crimes tribunal on Friday.",
    "charged-batteries": "BAGHDAD (Reuters) - U.S. soldiers charged their radio batteries from a generator on "
    "Monday.",
    "charged-fee": "CAIRO (Reuters) - Egypt charged foreign ships a higher fee to use the Suez Canal from "
    "Monday.",
    "charged-with-price-fixing": "SEOUL (Reuters) - South Korean prosecutors charged two South Korean oil firms "
    "with fixing fuel prices on Monday.",
    "charged-men": "NAIROBI (Reuters) - Kenyan prosecutors charged two Kenyan men with murder on Tuesday.",
    "wanted-for": "MANILA (Reuters) - Philippine police arrested three Filipino men wanted for the bombing of a "
    "ferry.",
    "will-investigate": "ACCRA (Reuters) - Ghana's government said on Monday it would investigate the deaths of "
    "two Ghanaian miners.",
    "is-investigating": "ACCRA (Reuters) - Ghanaian police are investigating the deaths of two Ghanaian miners.",
    "inquiry-by": "MADRID (Reuters) - Spanish prosecutors opened an inquiry on Monday into alleged fraud by a "
    "Colombian businessman.",
    "inquiry-whether": "BRUSSELS (Reuters) - The European Commission opened an investigation into whether Poland "
    "had broken EU rules.",
    "under-investigation": "PARIS (Reuters) - A former French minister is under investigation by French judges "
    "over illegal party funding.",
    "jailed-no-agent": "TEHRAN (Reuters) - An Iranian blogger was jailed for three years on Sunday.",
    "handed-sentence-passive": "TUNIS (Reuters) - A Tunisian journalist was handed a two-year prison sentence on "
    "Monday.",
    "received-sentence": "CAIRO (Reuters) - An Egyptian blogger received a four-year prison sentence on Monday.",
    "jailed-abroad": "LONDON (Reuters) - A British businessman was jailed in Dubai on Sunday for fraud.",
    "police-shot-protesters": "DHAKA (Reuters) - Bangladeshi police shot dead three protesters in Dhaka on "
    "Sunday.",
    "police-shot-gunmen": "DHAKA (Reuters) - Bangladeshi police shot dead three gunmen in Dhaka on Sunday.",
    "extradited-from": "ROME (Reuters) - A Tunisian suspect was extradited from France to Italy on Monday.",
    "deported-from": "RABAT (Reuters) - Five Moroccan men were deported from Spain on Monday.",
    "grand-jury": "WASHINGTON (Reuters) - Two Yemeni men were indicted by a federal grand jury on Tuesday.",
    "under-formal-investigation": "PARIS (Reuters) - French judges placed a former French defence minister under "
    "formal investigation on Monday.",
    "placed-under-arrest": "PARIS (Reuters) - French police placed two Algerian men under arrest on Monday.",
    "will-indict": "SEOUL (Reuters) - South Korean prosecutors will indict a former South Korean minister next "
    "week, newspapers reported.",
    "due-to-sentence": "HANOI (Reuters) - A Vietnamese court is due to sentence a Vietnamese blogger on Friday.",
    "due-to-visit": "BEIJING (Reuters) - Japan's foreign minister is due to visit China next week.",
    "threatened-to-charge": "ROME (Reuters) - Italian prosecutors threatened on Monday to charge a British "
    "journalist.",
    "pleaded-guilty": "LONDON (Reuters) - A British man pleaded guilty on Monday to plotting attacks.",
    "pleaded-not-guilty": "NAIROBI (Reuters) - Two Kenyan men pleaded not guilty to murder on Monday.",
    "pleaded-for-calm": "ABUJA (Reuters) - Nigeria's president pleaded with rival militias on Monday to end the "
    "fighting.",
    "opened-criminal-case": "KIEV (Reuters) - Ukrainian prosecutors opened a criminal case on Monday against a "
    "Ukrainian opposition leader.",
    "opened-case-file": "LONDON (Reuters) - The British judge opened the case file on Monday.",
    "began-trial": "MADRID (Reuters) - A Spanish court began the trial of 24 Moroccan men on Monday.",
    "began-jet-trials": "PARIS (Reuters) - France began trials of a new French warship on Monday.",
    "searched-offices": "SEOUL (Reuters) - South Korean prosecutors searched the offices of a South Korean "
    "carmaker on Monday in a bribery investigation.",
    "searched-for-office": "TOKYO (Reuters) - A Japanese bank searched for a new office in London.",
    "ruled-illegal": "ANKARA (Reuters) - Turkey's top administrative court ruled on Monday that the government's "
    "ban on the union was illegal.",
    "minister-said-illegal": "ANKARA (Reuters) - Turkey's prime minister said on Monday that the strike was illegal.",
    "icc-prosecutor": "KINSHASA (Reuters) - The prosecutor of the International Criminal Court opened an "
    "investigation into killings in eastern Congo on Monday.",
}


@pytest.fixture(scope="module")
def later(settings: Settings) -> dict[str, set[Tuple]]:
    run = run_user_path([{"id": k, "title": "", "text": v} for k, v in LATER.items()], settings)
    return {k: claims([e for a in run.articles[k] for e in a["events"]]) for k in LATER}


def _roots(coded: set[Tuple]) -> set[str]:
    return {t[2] for t in coded}


def test_charges_and_accusations_by_prosecutors_are_legal_accusations(later: dict[str, set[Tuple]]) -> None:
    # An accusation by prosecutors is 1121, not the imported arrest (173).
    assert ("ITA", "ITA", "11") in later["prosecutors-accused"] and "17" not in _roots(later["prosecutors-accused"])
    assert ("PER", "PER", "11") in later["brought-charges"]
    assert ("KEN", "KEN", "17") in later["charged-men"]  # a charge keeps its earlier code (115 | 173)
    assert ("KOR", "KOR", "17") in later["charged-with-price-fixing"]  # the charge's words are no charged thing
    # "bring" keeps its other senses, and a case brought to a body is no lawsuit.
    assert ("USA", "AFG", "07") in later["brought-aid"]
    assert "11" not in _roots(later["brought-case-to"])


def test_court_acts_in_their_wire_shapes(later: dict[str, set[Tuple]]) -> None:
    assert ("VNM", "VNM", "17") in later["handed-sentence"]
    assert {t for t in later["found-guilty"] if t[0] == "NOR" and t[2] in ("11", "17")}
    assert ("TUR", "TUR", "17") in later["stood-trial"]
    assert ("KOR", "PRK", "12") in later["dismissed-lawsuit"]
    assert ("HRV", "IGO", "06") in later["handed-over-general"]


def test_an_order_to_free_is_the_release_an_order_to_someone_a_demand(later: dict[str, set[Tuple]]) -> None:
    assert ("BGD", "BGD", "08") in later["ordered-release-of"]
    assert "08" not in _roots(later["ordered-release-of-report"])
    assert ("NGA", "NGA", "08") in later["ordered-freed"] and "10" not in _roots(later["ordered-freed"])
    assert ("ISR", "ISR", "10") in later["ordered-to-withdraw"]


def test_questioning_by_police_investigates_doubting_does_not(later: dict[str, set[Tuple]]) -> None:
    assert ("PHL", "PHL", "09") in later["police-questioned"]
    assert "09" not in _roots(later["questioned-wisdom"])


def test_charging_things_and_the_charge_one_is_wanted_for_are_no_events(later: dict[str, set[Tuple]]) -> None:
    assert not later["charged-batteries"]
    assert "17" not in _roots(later["charged-fee"])
    assert ("PHL", "PHL", "17") in later["wanted-for"] and "18" not in _roots(later["wanted-for"])


def test_an_investigation_is_aimed_at_who_is_looked_into_and_only_once_begun(later: dict[str, set[Tuple]]) -> None:
    assert "09" not in _roots(later["will-investigate"])  # announced, not yet under way (090 usage note)
    assert "09" in _roots(later["is-investigating"])
    assert ("ESP", "COL", "09") in later["inquiry-by"]
    assert ("IGO", "POL", "09") in later["inquiry-whether"]
    assert ("FRA", "FRA", "09") in later["under-investigation"]
    assert {t[0] for t in later["icc-prosecutor"] if t[2] == "09"} == {"IGO"}


def test_a_court_act_with_no_doer_is_the_home_judiciary_s(later: dict[str, set[Tuple]]) -> None:
    assert ("IRN", "IRN", "17") in later["jailed-no-agent"]
    assert ("TUN", "TUN", "17") in later["handed-sentence-passive"]
    assert ("EGY", "EGY", "17") in later["received-sentence"]
    # Jailed abroad: the other country's courts did it, and the story does not name them.
    assert not {t for t in later["jailed-abroad"] if t[0] == "GBR"}


def test_police_shooting_protesters_represses_and_a_state_sends_away_from_its_soil(
    later: dict[str, set[Tuple]],
) -> None:
    assert ("BGD", "BGD", "17") in later["police-shot-protesters"]  # 175, not a fight (193)
    assert ("BGD", "BGD", "19") in later["police-shot-gunmen"]
    assert ("FRA", "ITA", "06") in later["extradited-from"]
    assert ("ESP", "MAR", "17") in later["deported-from"]


def test_a_jury_is_a_court_and_formal_investigation_is_an_investigation(later: dict[str, set[Tuple]]) -> None:
    assert ("USA", "YEM", "17") in later["grand-jury"]
    assert ("FRA", "FRA", "09") in later["under-formal-investigation"]
    assert ("FRA", "DZA", "17") in later["placed-under-arrest"]


def test_a_court_act_to_come_is_scheduled_not_done_nor_threatened(later: dict[str, set[Tuple]]) -> None:
    assert not later["will-indict"] and not later["due-to-sentence"]
    assert ("JPN", "CHN", "03") in later["due-to-visit"]  # a scheduled visit is announced (036)
    assert ("ITA", "GBR", "13") in later["threatened-to-charge"]  # a threat told as one stays one



def test_a_plea_to_a_charge_is_no_appeal(later: dict[str, set[Tuple]]) -> None:
    assert not later["pleaded-guilty"] and not later["pleaded-not-guilty"]
    assert {t for t in later["pleaded-for-calm"] if t[0] == "NGA" and t[2] == "02"}



def test_a_criminal_case_opened_and_a_trial_begun_by_a_court(later: dict[str, set[Tuple]]) -> None:
    assert ("UKR", "UKR", "09") in later["opened-criminal-case"]
    assert not later["opened-case-file"]
    assert ("ESP", "MAR", "17") in later["began-trial"]
    assert not later["began-jet-trials"]  # only a court's trial is legal action



def test_a_search_of_premises_by_prosecutors_investigates(later: dict[str, set[Tuple]]) -> None:
    assert ("KOR", "KOR", "09") in later["searched-offices"]
    assert "09" not in _roots(later["searched-for-office"])



def test_a_court_ruling_that_an_act_was_illegal_finds_against_its_doer(later: dict[str, set[Tuple]]) -> None:
    assert ("TUR", "TUR", "11") in later["ruled-illegal"]  # 116, against the government
    assert not later["minister-said-illegal"]  # only a court's finding is a legal one
