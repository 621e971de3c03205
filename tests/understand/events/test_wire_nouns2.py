"""A blind set of wire leads whose event is told by a noun the event patterns did not list when the
set was written: offers, pledges and promises (03), appeals and requests (02), demands (10),
invitations (036/040), endorsements and congratulations (051), recognition of a state (054),
deployments (15/07), pullbacks and surrenders (0874), handovers of prisoners and suspects (0841, 063),
evacuations, rescues, airlifts, donations, loans and grants (07), takeovers and captures (192, 173),
coup attempts (19), curfews and bans (172x). Each noun stands in the shapes wire copy uses: as the
object of a light verb ("made an offer", "issued an appeal", "extended an invitation", "announced
the deployment of"), as its clause's subject, with a possessor, an actor word or a "by" agent.

Counter-cases keep the coder honest: the noun as background ("since the 1999 coup", "since the
handover to Chinese rule in 1997", "since the capture of the town by rebels in 2002"), rejected
or declined ("rejected an Israeli offer of talks" is the rejection only), negated or possible
("no offer had been made", "the possible deployment"), generic or commercial ("a ban on smoking",
"a loan to a mining company", "an offer for a rival brewer", "a takeover by a rival", "strong
demand from China", "a request for comment"), other senses ("broad appeal among voters",
"growing recognition that", "a coup for France", an appeal against a conviction), and
condolences (CAMEO 018, root 01, which the guidelines do not code).

The gold was coded by `events_guidelines.md` and the CAMEO codebook (and the PETRARCH2 verb
dictionary for the noun's verb: "evacuate refugees" 073, "rescue" 073, "airlift" 073, "donate"
070/071, "extend a loan" 071, "recognise independence" 054, "invite" 040, "surrender" 0874,
"curfew" 1723) before the coder's output was seen. An offer or a pledge is intent (03) whatever
its content; an invitation is coded with its meeting readings (036, 040, 043) and its appeal
reading (02) as alternatives; an evacuation, a rescue or an airlift by troops is humanitarian
aid (073); a coup attempt is force (190) against the government. The case format and the scoring
are the first blind set's. All sentences were written for this test; people and incidents are
generic or fictional.

`python -m pytest tests/understand/events/test_wire_nouns2.py -q -s -k score` prints the scores."""

from __future__ import annotations

import pytest

from newsgraph.evaluate.userpath import run_user_path
from newsgraph.settings import Settings

from .test_wire_blind import Case, Tuple, assert_coded_as_gold, claims, params, score

pytestmark = pytest.mark.model

# declarative table: the blind set of events told by new event nouns.
# fmt: off
CASES: tuple[Case, ...] = (
    # 03: offers, pledges, promises.
    Case("n2-offer-made-aid", "TOKYO (Reuters) - Japan on Tuesday made an offer of $50 million in emergency aid "
         "to tsunami-hit Indonesia, the foreign ministry said.",
         gold=("JPN>IDN:033|0331|0333|030",), ok=("JPN>IDN:07|070|071|073",), kind="light-verb"),
    Case("n2-offer-poss-subject", "KABUL (Reuters) - Britain's offer of 1,000 extra troops to NATO's force in "
         "Afghanistan won praise from the alliance's secretary-general on Wednesday.",
         gold=("GBR>IGONATO:033|0334|0312|031|030",), ok=("IGONATO>GBR:051|050", "GBR>AFG:033|0334|030"),
         kind="subject"),
    Case("n2-offer-by", "ISLAMABAD (Reuters) - An offer by Pakistan to send troops to Iraq under a U.N. flag "
         "was welcomed in Washington on Tuesday.", gold=("PAK>IRQ:033|0334|0312|031|030",),
         ok=("USA>PAK:051|050",), kind="subject"),
    Case("n2-pledge-made", "ADDIS ABABA (Reuters) - The European Union made a pledge of 80 million euros to "
         "the African Union's peace mission in Darfur on Monday, an AU spokesman said.",
         gold=("IGOEUREEC>IGOAFRAU:033|0334|0331|030",), ok=("IGOEUREEC>IGOAFRAU:07|070|071",),
         kind="light-verb"),
    Case("n2-pledge-poss-subject", "BERLIN (Reuters) - Japan's pledge of $400 million for Afghan reconstruction "
         "was the largest at a donors' conference in Berlin on Thursday.",
         gold=("JPN>AFG:033|0331|030",), kind="subject"),
    Case("n2-promise-gave", "KHARTOUM (Reuters) - Sudan's president gave a promise to U.N. Secretary-General "
         "Kofi Annan on Saturday to disarm Arab militias in Darfur within 90 days.",
         gold=("SDNGOV>IGOUNO:030|035|0356|034",), kind="light-verb"),
    # 02: appeals and requests.
    Case("n2-appeal-issued", "NAIROBI (Reuters) - The United Nations issued an appeal to donor countries on "
         "Friday for $200 million in food aid for drought-hit Kenya.",
         gold=("IGOUNO>:0233|023|020",), kind="light-verb"),
    Case("n2-appeal-pope", "VATICAN CITY (Reuters) - Pope John Paul made a personal appeal on Sunday to the "
         "kidnappers of an Italian aid worker in Iraq to release her unharmed.",
         gold=("VAT>:0253|025|020",), ok=("IRQ>ITA:18|181",), kind="light-verb"),
    Case("n2-appeal-by-subject", "GENEVA (Reuters) - An appeal by the U.N. refugee agency to Tanzania to keep "
         "its border open to Burundian refugees went unheeded on Monday.",
         gold=("IGOUNO>TZA:0255|025|020",), kind="subject"),
    Case("n2-request-made", "KABUL (Reuters) - Afghanistan's president made a formal request to NATO on "
         "Thursday for more troops to secure the October elections.",
         gold=("AFGGOV>IGONATO:0234|0212|021|023|020",), kind="light-verb"),
    Case("n2-request-sent", "BAGHDAD (Reuters) - Iraq's interim government sent a request to the United "
         "Nations on Tuesday for election experts to help organise January's vote.",
         gold=("IRQGOV>IGOUNO:020|021|022",), kind="light-verb"),
    # 10: demands.
    Case("n2-demand-issued", "MOSCOW (Reuters) - Russia issued a demand to Georgia on Tuesday for the "
         "immediate release of four Russian officers arrested in Tbilisi on spying charges.",
         gold=("RUS>GEO:1053|105|100",), ok=("GEO>RUSMIL:173|17", "GEO>RUS:173|17"), kind="light-verb"),
    Case("n2-demand-by-kidnappers", "MANILA (Reuters) - The Philippines said on Wednesday it would meet a "
         "demand by kidnappers in Iraq to pull its troops out of the country to save the life of a "
         "Filipino truck driver.",
         gold=("PHL>IRQREB:035|0356|030|08|083|0832", "IRQREB>PHL:1056|105|100"),
         ok=("IRQREB>PHLCVL:181|18",), kind="pp"),
    # 04 / 03: invitations.
    Case("n2-invitation-extended", "CAIRO (Reuters) - Egypt extended an invitation to Israeli Prime Minister "
         "Ariel Sharon on Sunday to attend a summit with Palestinian leaders in Sharm el-Sheikh.",
         gold=("EGY>ISRGOV:036|040|043|020|026",), kind="light-verb"),
    Case("n2-invitation-accepted", "JERUSALEM (Reuters) - Israeli Prime Minister Ariel Sharon on Monday accepted "
         "an invitation from Egyptian President Hosni Mubarak to a summit at the Red Sea resort of Sharm "
         "el-Sheikh.", gold=("ISRGOV>EGYGOV:036|030|040",),
         ok=("EGYGOV>ISRGOV:036|040|043|020|026",), kind="pp"),
    # 05: endorsements, congratulations, recognition.
    Case("n2-endorsement-gave", "PARIS (Reuters) - France gave its endorsement on Tuesday to Turkey's bid to "
         "open membership talks with the European Union.", gold=("FRA>TUR:051|050|032",), kind="light-verb"),
    Case("n2-endorsement-subject", "NEW YORK (Reuters) - The U.N. Security Council's endorsement of a peace "
         "deal between Sudan's government and southern rebels on Friday cleared the way for 10,000 "
         "peacekeepers.", gold=("IGOUNO>SDN:051|050",), ok=("IGOUNO>SDNGOV:051|050",), kind="subject"),
    Case("n2-congratulations-sent", "MOSCOW (Reuters) - Russian President Vladimir Putin sent his "
         "congratulations on Monday to Ukrainian Prime Minister Viktor Yanukovich on his victory in the "
         "presidential election.", gold=("RUSGOV>UKRGOV:051|050",), kind="light-verb"),
    Case("n2-recognition-by-condemned", "BEIJING (Reuters) - China on Monday condemned the recognition of "
         "Taiwan by the Pacific island state of Kiribati and suspended diplomatic ties with it.",
         gold=("CHN>KIR:111|11", "KIR>TWN:054|050|05", "CHN>KIR:161|160|16"), kind="pp"),
    Case("n2-recognition-won", "SKOPJE (Reuters) - Macedonia won U.S. recognition under its constitutional "
         "name on Thursday, angering neighbouring Greece.", gold=("USA>MKD:054|050",), kind="actor-word"),
    # 15 / 07: deployments.
    Case("n2-deployment-announced", "SEOUL (Reuters) - South Korea announced on Monday the deployment of 3,000 "
         "troops to northern Iraq to help rebuild the region.",
         gold=("KOR>IRQ:074|072|070|154|150|033|0334|030",), kind="light-verb"),
    Case("n2-deployment-subject", "NEW DELHI (Reuters) - The deployment of thousands of Indian troops along the "
         "border with Pakistan raised fears of a new conflict on Monday.",
         gold=("IND>PAK:154|152|150",), ok=("INDMIL>PAK:154|152|150",), kind="subject"),
    # 08: pullbacks, surrenders, handovers.
    Case("n2-pullback-began", "JENIN, West Bank (Reuters) - The Israeli army began a pullback of its troops "
         "from the West Bank city of Jenin on Tuesday, witnesses said.",
         gold=("ISRMIL>PSE:0874|087|080",), kind="light-verb"),
    Case("n2-pullback-subject", "ASMARA (Reuters) - A pullback of Ethiopian troops from positions near the "
         "disputed border began on Saturday, U.N. peacekeepers said.",
         gold=("ETHMIL>:0874|087|080",), kind="subject"),
    Case("n2-surrender-subject", "HYDERABAD, India (Reuters) - The surrender of 50 Maoist rebels to police in "
         "the southern Indian state of Andhra Pradesh on Tuesday was the biggest in a decade, officials "
         "said.", gold=("INDREB>INDCOP:0874|080|087",), kind="subject"),
    Case("n2-handover-by-rebels", "COLOMBO (Reuters) - The handover of 12 captured soldiers to the Red Cross by "
         "Tamil Tiger rebels on Monday was seen as a goodwill gesture before peace talks.",
         gold=("LKAREB>:0841|084|080",), kind="subject"),
    Case("n2-handover-poss", "DAMASCUS (Reuters) - Syria's handover of 30 suspected insurgents to the Iraqi "
         "government on Sunday was the first since the fall of Saddam Hussein, officials said.",
         gold=("SYR>IRQGOV:063|060|0841|084|174",), kind="subject"),
    # 07: evacuations, rescues, airlifts, donations, loans, grants.
    Case("n2-evacuation-began", "ABIDJAN (Reuters) - French troops began the evacuation of foreigners from "
         "Ivory Coast's main city Abidjan on Wednesday, a French military spokesman said.",
         gold=("FRAMIL>:073|070|074",), kind="light-verb"),
    Case("n2-rescue-by", "ZAMBOANGA, Philippines (Reuters) - The rescue of three kidnapped Chinese engineers by "
         "Philippine troops on Saturday ended a week-long hostage drama in the south, the army said.",
         gold=("PHLMIL>CHN:073|070|074",), ok=("PHLMIL>PHLREB:190|19",), kind="subject"),
    Case("n2-airlift-began", "NEW DELHI (Reuters) - An Indian airlift of food and medicine to quake-hit "
         "Pakistani Kashmir began on Sunday, the foreign ministry said.",
         gold=("IND>PAK:073|070",), kind="subject"),
    Case("n2-donation-announced", "BEIJING (Reuters) - China on Tuesday announced a donation of 20 million "
         "yuan to tsunami victims in Sri Lanka.", gold=("CHN>LKA:073|071|070",), kind="light-verb"),
    Case("n2-loan-approved", "WASHINGTON (Reuters) - The World Bank approved a $100 million loan to "
         "Afghanistan on Thursday to rebuild roads destroyed in two decades of war.",
         gold=("IGO>AFG:071|070|061",), kind="object"),
    Case("n2-grant-announced", "LONDON (Reuters) - Britain announced a grant of 10 million pounds to the "
         "African Union on Wednesday for its peacekeeping mission in Darfur.",
         gold=("GBR>IGOAFRAU:071|070|072|074",), kind="light-verb"),
    # 19 / 17: takeovers, captures, coups.
    Case("n2-takeover-subject", "KANDAHAR, Afghanistan (Reuters) - The Taliban takeover of a district "
         "headquarters in southern Helmand province on Sunday forced police to flee, officials said.",
         gold=("AFGREB>AFG:192|190",), ok=("AFGREB>AFGCOP:192|190",), kind="subject"),
    Case("n2-capture-by", "GROZNY (Reuters) - The capture of a senior rebel commander by Russian troops in "
         "southern Chechnya on Friday was a blow to the separatists, officials said.",
         gold=("RUSMIL>RUSREB:173|170|181",), kind="subject"),
    Case("n2-capture-town-condemned", "KINSHASA (Reuters) - The capture of the eastern town of Bukavu by "
         "renegade soldiers on Wednesday drew condemnation from the U.N. Security Council.",
         gold=("CODMIL>COD:192|190", "IGOUNO>COD:111|110"), ok=("IGOUNO>CODMIL:111|110",), kind="subject"),
    Case("n2-coup-attempt-crushed", "NOUAKCHOTT (Reuters) - Mauritania's government crushed a coup attempt by "
         "army officers on Sunday after a day of fighting in the capital, state radio said.",
         gold=("MRTGOV>MRTMIL:190|175|170", "MRTMIL>MRTGOV:190|180"), kind="pp"),
    # 17: curfews and bans.
    Case("n2-curfew-imposed-by", "SRINAGAR, India (Reuters) - A curfew imposed by police on the old quarter of "
         "Srinagar after overnight clashes kept thousands of people indoors on Sunday.",
         gold=("INDCOP>IND:1723|172|170",), ok=("INDCOP>INDCVL:1723|172|170",), kind="subject"),
    Case("n2-curfew-announced", "MOSUL, Iraq (Reuters) - The U.S. military announced a dusk-to-dawn curfew in "
         "the northern Iraqi city of Mosul on Thursday after insurgents attacked five police stations.",
         gold=("USAMIL>IRQ:1723|172|170", "IRQREB>IRQCOP:190|180"), kind="light-verb"),
    Case("n2-ban-announced", "KATHMANDU (Reuters) - Nepal's royal government announced a ban on all political "
         "rallies in the capital on Thursday, ahead of a planned opposition protest.",
         gold=("NPLGOV>NPL:1721|172|170",), ok=("NPLGOV>NPLOPP:1721|172|170",), kind="light-verb"),
    Case("n2-ban-poss-protests", "TASHKENT (Reuters) - Uzbekistan's ban on a U.S.-funded rights group drew a "
         "protest from Washington on Tuesday.",
         gold=("UZB>:172|1721|170", "USA>UZB:111|110|140|141"), kind="subject"),
    Case("n2-curfew-lifted", "JAKARTA (Reuters) - Indonesian police lifted a night curfew in the Aceh capital "
         "Banda Aceh on Saturday after a week of calm.", gold=("IDNCOP>IDN:0813|081|080",),
         ok=("IDNCOP>:0813|081|080",), kind="object"),
    # Counter-cases: rejected, declined, negated or possible acts.
    Case("n2-x-offer-rejected", "DAMASCUS (Reuters) - Syria on Sunday rejected an Israeli offer of talks "
         "without preconditions, calling it a public relations stunt.",
         gold=("SYR>ISR:120|125|12",), kind="counter"),
    Case("n2-x-invitation-declined", "SEOUL (Reuters) - North Korea turned down on Thursday an invitation from "
         "South Korea to join talks on reuniting families separated by the war.",
         gold=("PRK>KOR:120|125|1246",), kind="counter"),
    Case("n2-x-request-turned-down", "ISLAMABAD (Reuters) - A U.S. request for Pakistani troops to join the "
         "force in Iraq was turned down by Islamabad on Wednesday.", gold=("PAK>USA:120|122|1222|121",),
         ok=("USA>PAK:020|021|0212|100",), kind="counter"),
    Case("n2-x-surrender-called-for", "BOGOTA (Reuters) - Colombia's president on Sunday called for the "
         "surrender of left-wing rebels holding three hostages in the south of the country.",
         gold=("COLGOV>COLREB:020|025|100|105",), ok=("COLREB>:181|18",), kind="counter"),
    Case("n2-x-no-offer", "ANKARA (Reuters) - Turkish officials said on Monday that no offer of troops had been "
         "made to the United States for the force in Iraq.", kind="counter"),
    Case("n2-x-possible-deployment", "BRUSSELS (Reuters) - NATO is studying the possible deployment of troops "
         "to Darfur, an alliance spokesman said on Tuesday.", kind="counter"),
    Case("n2-x-would-study-offer", "TEHRAN (Reuters) - Iran said on Monday it would study any European offer "
         "on its nuclear programme.", kind="counter"),
    # Counter-cases: background nouns.
    Case("n2-x-since-coup", "ISLAMABAD (Reuters) - Pakistan's economy has grown steadily since the 1999 coup "
         "that brought General Pervez Musharraf to power, the finance minister said on Monday.",
         kind="counter"),
    Case("n2-x-since-handover", "HONG KONG (Reuters) - Hong Kong's economy has grown every year since the "
         "handover to Chinese rule in 1997, the government said on Monday.", kind="counter"),
    Case("n2-x-since-capture-2002", "BOUAKE, Ivory Coast (Reuters) - Cotton exports from Bouake have fallen by "
         "half since the capture of the town by rebels in 2002, traders said on Monday.", kind="counter"),
    Case("n2-x-pledges-last-year", "KABUL (Reuters) - Only a third of the aid pledges made at a donors' "
         "conference last year have been paid, a U.N. official said on Tuesday.", kind="counter"),
    Case("n2-x-since-deployment-2003", "MONROVIA (Reuters) - Schools have reopened across Liberia since the "
         "deployment of U.N. peacekeepers in 2003, the education minister said on Friday.", kind="counter"),
    # Counter-cases: generic and commercial nouns.
    Case("n2-x-smoking-ban", "DUBLIN (Reuters) - Ireland's ban on smoking in pubs and restaurants came into "
         "force on Monday, making it the first country to outlaw smoking in the workplace.", kind="counter"),
    Case("n2-x-loan-company", "SYDNEY (Reuters) - Australia's biggest bank extended a loan of A$500 million to "
         "a mining company on Monday to fund a new copper mine.", kind="counter"),
    Case("n2-x-offer-for-brewer", "LONDON (Reuters) - A Dutch brewer made an offer of 2 billion pounds for a "
         "British rival on Monday, sending its shares up 10 percent.", kind="counter"),
    Case("n2-x-takeover-by-rival", "LONDON (Reuters) - Shares in a British brewer rose on Monday after it agreed "
         "to a takeover by a Belgian rival.", kind="counter"),
    Case("n2-x-demand-for-oil", "SINGAPORE (Reuters) - Oil prices rose on Tuesday on strong demand from China "
         "and India, traders said.", kind="counter"),
    Case("n2-x-request-for-comment", "WASHINGTON (Reuters) - The Saudi embassy in Washington did not respond on "
         "Monday to a request for comment.", kind="counter"),
    Case("n2-x-donation-museum", "AMSTERDAM (Reuters) - A Dutch museum said on Monday it had received a "
         "donation of 40 paintings from a private collector.", kind="counter"),
    # Counter-cases: other senses of the noun, and condolences (root 01).
    Case("n2-x-broad-appeal", "LONDON (Reuters) - The opposition leader's tax plan has broad appeal among "
         "middle-class voters, a poll showed on Sunday.", kind="counter"),
    Case("n2-x-growing-recognition", "BRUSSELS (Reuters) - There is growing recognition in Europe that the "
         "farm subsidy system has failed, the EU farm commissioner said on Wednesday.", kind="counter"),
    Case("n2-x-coup-for", "PARIS (Reuters) - Winning the right to host the 2012 Olympics would be a coup for "
         "Paris, French sports officials said on Tuesday.", kind="counter"),
    Case("n2-x-court-appeal", "KUALA LUMPUR (Reuters) - Lawyers for a jailed former deputy prime minister "
         "filed an appeal against his conviction on Monday, saying the trial had been unfair.",
         ok=("MYS>MYSJUD:115|110|111", "MYS>MYS:115|110|111"), kind="counter"),
    # After the first run: condolences are CAMEO 018, which the guidelines do not code but the project's
    # first sets leave acceptable (u05-condolences in test_wire_blind3): the gold stays empty, 018 is ok.
    Case("n2-x-condolences", "MADRID (Reuters) - Spain's king expressed his condolences to the families of "
         "the victims on Friday.", ok=("ESPGOV>:018",), kind="counter"),
    Case("n2-x-condolences-to", "ANKARA (Reuters) - Turkey's prime minister sent a message of condolences to "
         "his Greek counterpart on Thursday.", ok=("TURGOV>GRCGOV:018",), kind="counter"),
)
# fmt: on
# Cases the coder still gets wrong, with the cause (strict: they fail loudly once fixed).
KNOWN_MISSES: dict[str, str] = {
    "n2-offer-made-aid": "the parser reads 'to tsunami-hit Indonesia' as an infinitive ('to hit Indonesia'): no target",
    "n2-offer-poss-subject": "'the alliance's secretary-general' gets the dateline's country (actor layer), so the "
    "praise the offer won is Afghanistan's",
    "n2-offer-by": "the offer's target sits in its infinitive ('to send troops to Iraq'); 'welcomed in Washington' "
    "gets no source",
    "n2-pledge-poss-subject": "'for Afghan reconstruction' names no actor: the pledge has no target",
    "n2-demand-by-kidnappers": "'would meet a demand by kidnappers' codes neither the yielding nor the demand",
    "n2-endorsement-gave": "'Turkey's bid to open membership talks' codes the talks wished for",
    "n2-endorsement-subject": "the endorsed 'peace deal between Sudan's government and rebels' gives no target",
    "n2-recognition-by-condemned": "the parser hangs 'by ... Kiribati' on 'condemned' as its agent: Kiribati "
    "becomes the condemner",
    "n2-evacuation-began": "PETRARCH2's 'start evacuation' (0874, of positions) is merged into 'begin' and wins",
    "n2-takeover-subject": "'the Taliban' resolves to Afghanistan's government (actor layer); 'forced police to "
    "flee' is coded as an expulsion",
    "n2-capture-town-condemned": "'drew condemnation from the Security Council' finds no target in the capture's doer",
    "n2-curfew-imposed-by": "the curfew's place ('on the old quarter of Srinagar') gives no target",
    "n2-ban-announced": "'rallies in the capital' gives no target country",
    "n2-curfew-lifted": "'a night curfew in the Aceh capital' gives no target country",
    "n2-x-possible-deployment": "'NATO is studying' the deployment is read as an investigation (09) of Sudan",
    "n2-x-court-appeal": "PETRARCH2's 'file * appeal' (020) reads a court appeal as a plea",
    "n2-x-condolences-to": "'sent a message' is read as a consultation (040)",
}


@pytest.mark.parametrize("case", params(CASES, KNOWN_MISSES))
def test_wire_lead_is_coded_as_the_guidelines_say(coded: dict[str, set[Tuple]], case: Case) -> None:
    assert_coded_as_gold(case, coded[case.id])


def test_score_on_the_new_nouns_set(coded: dict[str, set[Tuple]]) -> None:
    scores = score(coded, CASES)
    print(scores)
    assert len(CASES) >= 60 and sum(c.kind == "counter" for c in CASES) >= 20
    # Floors just under the scores when the set was last fixed (tuple P/R .759/.679, root P/R .863/.830;
    # main before any fix .538/.208 and .640/.321).
    assert scores["tuple_precision"] >= 0.75
    assert scores["tuple_recall"] >= 0.66
    assert scores["root_precision"] >= 0.85
    assert scores["root_recall"] >= 0.81


# Leads for the rules the set led to, written for these tests (variants, not the set's own leads).
LATER = {
    "gave-pledge": "Norway gave a pledge to Haiti on Monday of 20 million dollars for rebuilding schools.",
    "sent-congratulations": "The Indian prime minister sent his congratulations to Afghanistan's president on Friday.",
    "extended-invitation": "Jordan extended an invitation to the Iraqi prime minister on Tuesday to visit Amman.",
    "won-recognition": "East Timor won Australian recognition on Wednesday.",
    "won-recognition-from": "Montenegro won recognition from Russia on Wednesday, officials said.",
    "declined-offer": "Sri Lanka declined on Friday an offer by India to mediate with the Tamil rebels.",
    "back-on-request": "Iran turned its back on a Russian request on Monday to ship its spent fuel abroad.",
    "bank-loan": "A German bank granted a loan of 300 million euros to a steel company on Monday.",
    "company-takeover": "A Swiss drug maker completed the capture of a British rival on Monday.",
    "deployment-of-troops": "The deployment of Pakistani troops along the Afghan border began on Sunday.",
    "planned-deployment": "Japan's planned deployment of troops to Iraq was delayed on Monday.",
    "smoking-ban": "Italy's ban on smoking in bars took effect on Monday.",
    # Written after the first eval run, for shapes of real wire copy the set lacked.
    "at-the-invitation": "Nigerian troops entered the town at the invitation of the Liberian government on Monday.",
    "on-appeal": "A Kenyan court upheld the sentence on appeal on Friday.",
    "deployment-in": "The deployment of British troops in Iraq has cost two billion pounds, officials said.",
    "capture-in-month": "The capture of the rebel leader by Russian troops in March was a turning point.",
    "surrender-no-target": "The Nepali government said the surrender of the rebels was not a condition for talks.",
    "accepted-demand": "Manila accepted the Iraqi militants' demand on Monday.",
    "welcomed-offer": "Iran welcomed the European offer on Monday.",
    "plotted-coup": "A South African arms dealer admitted on Monday that he had plotted a coup against the "
    "president of Equatorial Guinea.",
    "granted-recognition": "The Palestinian Authority granted recognition to Israel on Monday.",
    "protested-deployment": "Thousands of South Koreans protested the deployment of 3,000 troops to Iraq on Sunday.",
}


@pytest.fixture(scope="module")
def later(settings: Settings) -> dict[str, set[Tuple]]:
    run = run_user_path([{"id": k, "title": "", "text": v} for k, v in LATER.items()], settings)
    return {k: claims([e for a in run.articles[k] for e in a["events"]]) for k in LATER}


def test_a_light_verb_that_hands_over_its_noun_tells_the_noun_s_act(later: dict[str, set[Tuple]]) -> None:
    assert ("NOR", "HTI", "03") in later["gave-pledge"]
    assert ("IND", "AFG", "05") in later["sent-congratulations"]
    assert {t for t in later["extended-invitation"] if t[:2] == ("JOR", "IRQ") and t[2] in ("03", "04")}


def test_who_wins_an_act_is_its_target(later: dict[str, set[Tuple]]) -> None:
    assert ("AUS", "TLS", "05") in later["won-recognition"]
    assert ("RUS", "MNE", "05") in later["won-recognition-from"]


def test_an_offer_or_request_rejected_is_the_rejection_only(later: dict[str, set[Tuple]]) -> None:
    assert ("LKA", "IND", "12") in later["declined-offer"]
    assert not {t for t in later["declined-offer"] if t[0] == "IND"}
    assert ("IRN", "RUS", "12") in later["back-on-request"]
    assert not {t for t in later["back-on-request"] if t[0] == "RUS"}


def test_trade_between_companies_is_no_aid_or_force(later: dict[str, set[Tuple]]) -> None:
    assert not later["bank-loan"]
    assert not later["company-takeover"]
    assert not later["smoking-ban"]


def test_a_deployment_is_of_the_forces_country_and_a_planned_one_is_none(later: dict[str, set[Tuple]]) -> None:
    assert {t for t in later["deployment-of-troops"] if t[0] == "PAK" and t[2] == "15"}
    assert not {t for t in later["planned-deployment"] if t[2] == "15"}


def test_a_request_an_act_came_at_a_presence_and_an_earlier_act_are_no_new_event(later: dict[str, set[Tuple]]) -> None:
    assert not {t for t in later["at-the-invitation"] if t[2] in ("02", "03", "04")}
    assert not {t for t in later["on-appeal"] if t[2] == "02"}
    assert not later["deployment-in"]
    assert not {t for t in later["capture-in-month"] if t[2] in ("17", "19")}
    assert not {t for t in later["surrender-no-target"] if t[2] == "08"}


def test_an_offer_acted_on_and_a_coup_plotted_are_no_act_of_their_own(later: dict[str, set[Tuple]]) -> None:
    assert not {t for t in later["accepted-demand"] if t[2] == "10"}
    assert not {t for t in later["welcomed-offer"] if t[0] == "IGO" and t[2] == "03"}
    assert not {t for t in later["plotted-coup"] if t[2] == "19"}
    assert ("PSE", "ISR", "05") in later["granted-recognition"]
    assert not {t for t in later["protested-deployment"] if t[2] == "15"}
