"""A sixth blind set of wire leads, on the verbal-conflict and political-pressure roots the coder
hears least in wire copy: disapproval (11) in verbs the earlier sets lack (lambasted, assailed,
castigated, rapped, censured, chided, branded, decried, complained, described X as, slammed as,
held X responsible), in nominal forms (a rebuke issued, a swipe at, a broadside fired, criticism
faced, condemnation drawn, a formal complaint lodged or filed, charges levelled, accusations
traded) and in reported forms (X said Y was to blame, X insisted Y was to blame, a blame passive
with a late agent, a statement denouncing); rejections (12: spurned, brushed aside, ruled out,
defied, blocked, refused demands, dismissed as baseless, "X said Y's plan was unacceptable",
a rejection told as a noun, a trailing participle); demands (10: a demand "from" its target, a
subjunctive "insisted that X crack down", "gave X until Friday to"); threats (13: threatened X
with, warned of consequences, vowed to avenge, would not rule out force, issued a threat,
threatened to veto); protests (14: demonstrated, burned flags, a strike called by, walked off
the job, walked out in protest, sparked protests, clashed with police, picketed, boycotted); and
statements that are no events (a blame on the weather, a warning about a disease, a threat that
is a state, "stressed that", a fight against inflation, background accusations, a conditional
protest). The gold was coded by `events_guidelines.md` and the CAMEO codebook before the coder's
output was seen. An accusation or demand told as a noun inside another event's clause ("denied
U.S. charges that ...") is in `ok`: a careful coder may record it, the main event is the gold.
The case format and the scoring are the first set's. All sentences were written for this test;
people and incidents are generic or fictional.

`python -m pytest tests/understand/events/test_wire_blind6.py -q -s -k score` prints the scores."""

from __future__ import annotations

import pytest

from newsgraph.settings import Settings

from .test_wire_blind import Case, Tuple, assert_coded_as_gold, params, score
from .test_wire_constructions import claims, events_of, roots

pytestmark = pytest.mark.model

# declarative table: the sixth blind set.
# fmt: off
CASES: tuple[Case, ...] = (
    # 11 disapprove: verbs
    Case("w11-lambasted", "BRASILIA (Reuters) - Brazil's foreign minister on Wednesday lambasted rich "
         "nations for keeping farm subsidies that he said were ruining poor farmers.",
         gold=("BRAGOV>:111|11",)),
    Case("w11-assailed", "MANILA (AP) - Philippine opposition senators on Monday assailed the "
         "president's decision to withdraw troops from Iraq, calling it a surrender to terrorists.",
         gold=("PHLOPP>PHLGOV:111|11",), ok=("PHLGOV>IRQ:08|087", "PHLGOV>:08|087")),
    Case("w11-castigated", "NEW DELHI (Reuters) - India castigated Pakistan on Thursday for failing to "
         "stop militants crossing into Kashmir, a foreign ministry spokesman said.",
         gold=("IND>PAK:111|112|11",)),
    Case("w11-rapped", "TOKYO (Reuters) - China rapped Japan on Friday over a new school textbook that "
         "it said glossed over wartime atrocities.", gold=("CHN>JPN:111|11",)),
    Case("w11-censured", "STRASBOURG (Reuters) - The European Parliament censured Turkey on Wednesday "
         "over its treatment of Kurdish journalists.", gold=("IGOEUREEC>TUR:111|11",)),
    Case("w11-chided", "WASHINGTON (Reuters) - The U.S. State Department chided Russia on Friday for "
         "backsliding on democracy.", gold=("USAGOV>RUS:111|11",)),
    Case("w11-branded", "CARACAS (Reuters) - Venezuela's president branded the U.S. ambassador a liar "
         "on Tuesday.", gold=("VENGOV>USAGOV:111|11",)),
    Case("w11-described-as", "BEIJING (AP) - China on Wednesday described a U.S. congressional "
         "resolution on Tibet as gross interference in its internal affairs.",
         gold=("CHN>USALEG:111|11",)),
    Case("w11-decried-as", "NAIROBI (Reuters) - Kenya's main opposition party decried on Friday the "
         "arrest of two of its lawmakers as an attack on democracy.", gold=("KENOPP>:111|11",),
         ok=(">KENOPP:173|17", "KENCOP>KENOPP:173|17", "KENGOV>KENOPP:173|17"), kind="figurative"),
    Case("w11-slammed-as", "NEW DELHI (Reuters) - India slammed as irresponsible on Monday remarks by a "
         "senior Pakistani minister on Kashmir.", gold=("IND>PAKGOV:111|11",)),
    Case("w11-complained-that", "BEIJING (Reuters) - China complained on Monday that the United States "
         "was interfering in its internal affairs.", gold=("CHN>USA:111|114|112|11",)),
    Case("w11-held-responsible", "ISLAMABAD (AFP) - Pakistan held India responsible on Tuesday for the "
         "deaths of three soldiers in a border clash.", gold=("PAK>IND:112|11",),
         ok=("IND>PAK:19|190", "PAK>IND:19|190", "INDMIL>PAKMIL:19|190")),
    Case("w11-criticised-saying", "TEHRAN (AFP) - Iran criticised the U.N. nuclear watchdog on Saturday, "
         "saying its latest report was politically motivated.", gold=("IRN>IGOUNOIAEA:111|11",)),
    Case("w11-attacked-as", "BRUSSELS (Reuters) - Farm ministers from France and Italy on Tuesday "
         "attacked a European Commission proposal to cut sugar subsidies as a threat to thousands of "
         "jobs.", gold=("FRAGOV>IGOEUREEC:111|11", "ITAGOV>IGOEUREEC:111|11"), kind="figurative"),
    # 11 disapprove: nominal and figurative
    Case("w11-issued-rebuke", "BEIJING (Reuters) - China issued a sharp rebuke to Washington on Tuesday "
         "over arms sales to Taiwan.", gold=("CHN>USA:111|11",), kind="nominal"),
    Case("w11-swipe-at", "PARIS (AFP) - France's president said on Monday that no country could wage war "
         "alone, in a thinly veiled swipe at the United States.", gold=("FRAGOV>USA:111|11",),
         kind="nominal"),
    Case("w11-fired-broadside", "PARIS (Reuters) - France's finance minister fired a broadside at the "
         "European Commission on Monday over its budget rules.", gold=("FRAGOV>IGOEUREEC:111|11",),
         kind="figurative"),
    Case("w11-faced-criticism", "ROME (Reuters) - Italy's prime minister faced fierce criticism from "
         "Germany and France on Wednesday over his remarks on immigration.",
         gold=("DEU>ITAGOV:111|11", "FRA>ITAGOV:111|11"), kind="nominal"),
    Case("w11-drew-condemnation", "MOSCOW (Reuters) - Russia's decision to expel two Polish diplomats drew "
         "swift condemnation from Warsaw on Thursday.", gold=("POL>RUS:111|11",),
         ok=("RUS>POL:166|16|17|174",), kind="nominal"),
    Case("w11-lodged-complaint", "MANILA (Reuters) - The Philippines lodged a formal complaint with China "
         "on Thursday over the detention of Filipino fishermen near a disputed shoal.",
         gold=("PHL>CHN:114|11",), ok=("CHN>PHL:173|17", "CHN>PHLCVL:173|17"), kind="nominal"),
    Case("w11-filed-complaint", "ADDIS ABABA (AFP) - Ethiopia filed a complaint with the United Nations "
         "on Tuesday accusing Eritrea of moving troops into the border zone.",
         gold=("ETH>ERI:112|114|11",), ok=("ETH>IGOUNO:114|11", "ERI>:15|152"), kind="nominal"),
    Case("w11-levelled-charges", "ABUJA (Reuters) - Nigeria's government levelled corruption charges on "
         "Monday against three former state governors.", gold=("NGAGOV>NGA:1121|112|11|115",),
         kind="nominal"),
    Case("w11-traded-accusations", "TAIPEI (Reuters) - China and Taiwan traded accusations on Tuesday "
         "over a military drill in the Taiwan Strait.",
         gold=("CHN>TWN:112|111|11", "TWN>CHN:112|111|11"), kind="reciprocal"),
    Case("w11-denouncing-statement", "BAGHDAD (Reuters) - Iraq's most senior Shi'ite cleric issued a "
         "statement on Sunday denouncing attacks on churches in Baghdad.", gold=("IRQ>:111|11",),
         ok=(">IRQ:18|180|183", ">IRQCVL:18|180|183"), kind="participle"),
    # 11 disapprove: reported forms and passives
    Case("w11-said-to-blame", "KABUL (Reuters) - Afghanistan's interior minister said on Saturday that "
         "Taliban remnants were to blame for a bomb blast that killed five people in the south.",
         gold=("AFGGOV>AFGREB:112|11",), ok=("AFGREB>AFG:18|180|183", ">AFG:18|180|183",
         "AFGREB>AFGCVL:18|180|183", ">AFGCVL:18|180|183"), kind="reported"),
    Case("w11-insisted-to-blame", "MOSCOW (Reuters) - Russia insisted on Friday that Georgia was to blame "
         "for the fighting in South Ossetia.", gold=("RUS>GEO:112|11",), kind="reported"),
    Case("w11-blamed-on-by", "JERUSALEM (AP) - A suicide bombing that killed eight Israelis on a "
         "Jerusalem bus was blamed on Hamas by Israeli officials on Sunday.",
         gold=("ISRGOV>PSEREB:112|11",), ok=("PSEREB>ISR:18|180|183", ">ISR:18|180|183",
         "PSEREB>ISRCVL:18|180|183", ">ISRCVL:18|180|183"), kind="passive"),
    Case("w11-said-harbouring", "JERUSALEM (Reuters) - Israel said on Monday that Syria was harbouring "
         "the Hamas leaders behind a double suicide bombing in the southern town of Beersheba.",
         gold=("ISR>SYR:112|11",), ok=("PSEREB>ISR:18|180", ">ISR:18|180"), kind="reported"),
    Case("w11-condemned-as-adj", "UNITED NATIONS (Reuters) - The U.N. secretary-general on Tuesday "
         "condemned as abhorrent the beheading of a South Korean hostage in Iraq.",
         gold=("IGOUNO>:111|11",), ok=(">KOR:18|180|186", ">KORCVL:18|180|186",
         "IRQREB>KOR:18|180|186", "IRQREB>KORCVL:18|180|186")),
    # 12 reject
    Case("w12-rejection-noun", "JERUSALEM (Reuters) - Israel's rejection of a Palestinian offer of a "
         "truce drew criticism from the United Nations on Tuesday.",
         gold=("IGOUNO>ISR:111|11",), ok=("ISR>PSE:12|120|125|127", "PSE>ISR:03|036|08"),
         kind="nominal"),
    Case("w12-spurned", "KABUL (Reuters) - The Taliban on Thursday spurned an offer of amnesty from the "
         "Afghan president.", gold=("AFGREB>AFGGOV:12|120|121|127",), ok=("AFGGOV>AFGREB:03|08",)),
    Case("w12-brushed-aside", "WASHINGTON (Reuters) - The White House on Monday brushed aside French "
         "criticism of U.S. policy in Iraq.", gold=("USAGOV>FRA:12|120",),
         ok=("FRA>USA:111|11", "FRA>USAGOV:111|11")),
    Case("w12-ruled-out", "ANKARA (Reuters) - Turkey's prime minister ruled out on Tuesday any talks with "
         "Kurdish rebels.", gold=("TURGOV>TURREB:125|12|120",)),
    Case("w12-would-not-negotiate", "BAGHDAD (AP) - Iraq's interim prime minister said on Wednesday he "
         "would not negotiate with kidnappers holding two French journalists.",
         gold=("IRQGOV>:125|12|120",), ok=("IRQREB>FRAMED:181|18", ">FRAMED:181|18"),
         kind="reported"),
    Case("w12-refused-demands", "TEHRAN (Reuters) - Iran on Monday refused British demands that it free "
         "eight sailors detained in the Shatt al-Arab waterway.", gold=("IRN>GBR:12|123|124|120",),
         ok=("GBR>IRN:10|105|1056", "IRN>GBR:173|17", "IRN>GBRMIL:173|17")),
    Case("w12-defied-deadline", "UNITED NATIONS (Reuters) - Sudan defied a U.N. Security Council "
         "deadline on Monday to disarm Arab militias in Darfur.", gold=("SDN>IGOUNO:128|12|120",),
         ok=("IGOUNO>SDN:10|13|139",)),
    Case("w12-blocked-plan", "BRUSSELS (Reuters) - France on Tuesday blocked a European Union plan to "
         "lift sanctions on Myanmar.", gold=("FRA>IGOEUREEC:12|127|129|120",)),
    Case("w12-rejecting-participle", "PYONGYANG (AP) - North Korea accused Washington on Sunday of "
         "plotting an invasion, rejecting a U.S. call for new disarmament talks.",
         gold=("PRK>USA:112|11", "PRK>USA:125|12"), ok=("USA>PRK:02|10",), kind="participle"),
    Case("w12-said-unacceptable", "MOSCOW (Reuters) - Russia said on Friday that a U.S. plan to station "
         "missile defence radars in Poland was unacceptable.", gold=("RUS>USA:12|127|111|11",),
         kind="reported"),
    Case("w12-dismissed-as-baseless", "MOSCOW (AP) - Russia on Thursday dismissed as baseless Georgian "
         "accusations that Russian jets had bombed a village near the border.",
         gold=("RUS>GEO:12|120|125",), ok=("GEO>RUS:112|11",)),
    Case("w12-denied-charges", "KHARTOUM (Reuters) - Sudan on Wednesday denied U.S. charges that its army "
         "was backing Arab militias in Darfur.", gold=("SDN>USA:12|120",), ok=("USA>SDN:112|11",)),
    # 10 demand
    Case("w10-demanded-apology-from", "BEIJING (Reuters) - China demanded an apology from Japan on "
         "Tuesday after a Japanese submarine entered its territorial waters.",
         gold=("CHN>JPN:10|100|1056",), ok=("JPN>CHN:15|17|19", "JPNMIL>CHN:15|17|19")),
    Case("w10-insisted-subjunctive", "JERUSALEM (Reuters) - Israel insisted on Monday that the "
         "Palestinian Authority crack down on militants before any peace talks.",
         gold=("ISR>PSEGOV:10|100|02",), kind="reported"),
    Case("w10-gave-until", "KATHMANDU (AP) - Maoist rebels gave the Nepalese government until Friday to "
         "free their jailed leaders or face a blockade of the capital.",
         gold=("NPLREB>NPLGOV:139|13|10",)),
    Case("w10-demand-from-noun", "OTTAWA (Reuters) - Canada demanded an explanation from Syria on "
         "Thursday for the detention of a Canadian citizen in Damascus.",
         gold=("CAN>SYR:10|100",), ok=("SYR>CAN:173|17", "SYR>CANCVL:173|17")),
    # 13 threaten
    Case("w13-threatened-with", "WASHINGTON (Reuters) - The United States threatened Sudan with sanctions "
         "on Thursday unless it reins in militias in Darfur.", gold=("USA>SDN:13|130|131|1312",)),
    Case("w13-warned-consequences", "TEHRAN (Reuters) - Iran warned the European Union on Sunday of "
         "serious consequences if it referred Tehran's nuclear file to the U.N. Security Council.",
         gold=("IRN>IGOEUREEC:13|130",)),
    Case("w13-vowed-avenge", "GAZA (AP) - Hamas vowed on Monday to avenge the killing of its leader in an "
         "Israeli air strike.", gold=("PSEREB>ISR:13|138|130",),
         ok=("ISR>PSEREB:18|19|190|186", "ISRMIL>PSEREB:18|19|190|186")),
    Case("w13-not-rule-out", "BEIJING (Reuters) - China's defence ministry said on Tuesday it would not "
         "rule out the use of force against Taiwan.", gold=("CHNMIL>TWN:138|13",),
         ok=("CHNGOV>TWN:138|13",), kind="reported"),
    Case("w13-issued-threat", "PARIS (Reuters) - An Islamic militant group in Iraq issued a new threat "
         "against France on Sunday over its headscarf ban.", gold=("IRQREB>FRA:13|130",),
         ok=(">FRA:13|130",), kind="nominal"),
    Case("w13-threatened-veto", "UNITED NATIONS (Reuters) - Russia threatened on Wednesday to veto any "
         "U.N. resolution imposing sanctions on Sudan.", gold=("RUS>:13|131|1312|130",)),
    Case("w13-warned-would", "SEOUL (Reuters) - North Korea warned on Friday that it would boost its "
         "nuclear deterrent if Washington did not drop its hostile policy.",
         gold=("PRK>USA:13|130|138",), kind="reported"),
    # 14 protest
    Case("w14-demonstrated-outside", "ISLAMABAD (Reuters) - Thousands of Pakistani Islamists "
         "demonstrated outside parliament on Friday against the army's offensive in the tribal areas.",
         gold=("PAKCVL>:141|14",), ok=("PAKMIL>:19|190",)),
    Case("w14-burned-flags", "AMMAN (AP) - Hundreds of Jordanian protesters burned U.S. and Israeli flags "
         "outside the parliament on Tuesday.", gold=("JORCVL>:141|14",)),
    Case("w14-strike-called-by", "ATHENS (Reuters) - A general strike called by Greek unions shut down "
         "public services across the country on Thursday.", gold=("GRCLAB>:143|14",),
         kind="nominal"),
    Case("w14-walked-off-job", "BUENOS AIRES (Reuters) - Argentine state workers walked off the job on "
         "Tuesday to demand higher wages.", gold=("ARGLAB>:143|14",),
         ok=("ARGLAB>ARGGOV:10|143|14", "ARGLAB>ARG:10|143|14")),
    Case("w14-walked-out-in-protest", "KIEV (Reuters) - Ukraine's opposition walked out of parliament on "
         "Tuesday in protest at the government's handling of the election.",
         gold=("UKROPP>:14|140|143|12",)),
    Case("w14-sparked-protests", "CAIRO (Reuters) - An Israeli raid on a Gaza refugee camp sparked angry "
         "protests in Cairo on Friday.", gold=("EGYCVL>ISR:141|14",),
         ok=("ISR>PSE:17|18|19|190", "ISRMIL>PSE:17|18|19|190", "ISRMIL>PSECVL:17|18|19|190",
             "ISR>PSECVL:17|18|19|190", "EGYCVL>:141|14"), kind="nominal"),
    Case("w14-clashed-with-police", "DHAKA (AP) - Opposition protesters clashed with police in the "
         "Bangladeshi capital on Sunday during a general strike.", gold=("BGDOPP>BGDCOP:145|14|19",),
         ok=("BGDCOP>BGDOPP:175|17|19|145", "BGDCVL>BGDCOP:145|14|19", "BGDCOP>BGDCVL:175|17|19",
             "BGDOPP>:143|14")),
    Case("w14-picketed", "SEOUL (AP) - Hundreds of South Korean activists picketed the U.S. embassy on "
         "Thursday to protest the deployment of more American troops.", gold=("KORCVL>USA:141|14",)),
    Case("w14-boycotted-election", "DHAKA (AP) - Bangladesh's main opposition party boycotted a "
         "by-election on Thursday, saying the vote would be rigged.", gold=("BGDOPP>:143|14|12",)),
    # no events: blame on nature, warnings about a disease, threats as a state, opinions,
    # figurative fights, background accusations, a conditional protest
    Case("w00-blamed-monsoon", "NEW DELHI (Reuters) - India's farm minister blamed a weak monsoon on "
         "Tuesday for a sharp fall in wheat output.", kind="no-event"),
    Case("w00-warned-outbreak", "BANGKOK (Reuters) - Thai health officials warned on Monday that the bird "
         "flu outbreak could spread to neighbouring countries.", kind="no-event"),
    Case("w00-threat-remained", "LONDON (Reuters) - Britain's interior minister said on Tuesday the "
         "threat of a terror attack on London remained high.", kind="no-event"),
    Case("w00-stressed-dialogue", "BERLIN (Reuters) - Germany's foreign minister stressed on Wednesday "
         "that dialogue remained the best way to settle the nuclear dispute with Iran.",
         kind="no-event"),
    Case("w00-fight-inflation", "ANKARA (Reuters) - Turkey's central bank vowed on Monday to keep "
         "fighting inflation after prices rose for a third month.", ok=("TUR>:03|030",),
         kind="figurative"),
    Case("w00-amid-accusations", "LAGOS (Reuters) - Nigeria's oil minister resigned on Monday amid "
         "accusations of corruption.", ok=("NGAGOV>:08|11",), kind="background"),
    # Coded no event before the run; the coder's 133 (threaten political dissent) is what CAMEO
    # codes a conditional protest announced as a warning, so it was moved to `ok` after the run.
    Case("w00-would-take-to-streets", "KIEV (Reuters) - Ukraine's opposition said on Sunday its "
         "supporters would take to the streets if the presidential vote was rigged.",
         ok=("UKROPP>:133|13", "UKRCVL>:133|13"), kind="hypothetical"),
    Case("w00-market-rejection", "FRANKFURT (Reuters) - Investors rejected the euro on Friday after weak "
         "German data, sending it to a two-week low against the dollar.", kind="no-event"),
)
# fmt: on

# Cases the coder still gets wrong, with the cause (strict: they fail loudly once fixed).
KNOWN_MISSES: dict[str, str] = {
    "w11-decried-as": "the parser reads 'party decried' as a participle on the party and 'arrest' as the root",
    "w11-swipe-at": "'in a swipe at X' hangs on the reported clause, whose subject ('no country') is no actor",
    "w11-denouncing-statement": "the parser reads 'Sunday denouncing attacks' as one noun phrase",
    "w11-said-harbouring": "an accusation told only by the reported clause ('said Syria was harbouring') "
    "has no accusing verb",
    "w12-refused-demands": "the parser hangs 'that it free ...' on the verb, not on 'demands', so the "
    "demanded release is coded as done",
    "w12-rejecting-participle": "the parser hangs the participle inside the accusation's 'of' clause",
    "w10-gave-until": "'gave X until Friday to ...': the time phrase is the only mark of the ultimatum",
    "w13-not-rule-out": "'would not rule out the use of force against' is read as a refusal, not a threat",
    "w14-sparked-protests": "protests told only as what an act sparked, with a place for their actors",
}


@pytest.mark.parametrize("case", params(CASES, KNOWN_MISSES))
def test_wire_lead_is_coded_as_the_guidelines_say(coded: dict[str, set[Tuple]], case: Case) -> None:
    assert_coded_as_gold(case, coded[case.id])


def test_score_on_the_sixth_blind_set(coded: dict[str, set[Tuple]]) -> None:
    scores = score(coded, CASES)
    print(scores)
    # Floors just under the scores when the set was fixed (tuple P/R .948/.815, root P/R
    # .964/.862; on main before any fix .780/.492 and .812/.631): the set must not get worse.
    assert scores["tuple_precision"] >= 0.93
    assert scores["tuple_recall"] >= 0.80
    assert scores["root_precision"] >= 0.94
    assert scores["root_recall"] >= 0.84


# Written after the blind run, for the fixes it led to: each rule with its counter-case.


def test_blame_needs_someone_blamed(settings: Settings) -> None:
    assert ("NOR", "SWE", "11") in claims(events_of(settings, "Norway blamed Sweden on Monday for the oil spill."))
    # A storm, a market or the weather accuses no one.
    assert not roots(events_of(settings, "Norway's fisheries minister blamed a cold winter for the poor catch."))


def test_to_blame_is_blamed_by_whoever_says_so(settings: Settings) -> None:
    events = events_of(settings, "Chile's foreign minister said on Monday that Bolivia was to blame for the dispute.")
    assert ("CHL", "BOL", "11") in claims(events)
    assert ("BOL", "", "11") not in claims(events)


def test_a_warning_about_a_thing_is_no_threat(settings: Settings) -> None:
    assert not roots(events_of(settings, "Norwegian officials warned that the storm could reach the coast."))
    assert "13" in roots(events_of(settings, "Norway warned Sweden on Monday against moving troops north."))
    assert ("NOR", "SWE", "13") in claims(
        events_of(settings, "Norway warned that Sweden would face sanctions over the fishing dispute.")
    )


def test_a_denial_of_charges_is_a_rejection_of_their_maker(settings: Settings) -> None:
    events = events_of(settings, "Chile denied Peruvian charges that its navy had seized a fishing boat.")
    assert ("CHL", "PER", "12") in claims(events)
    assert "17" not in roots(events)


def test_insisting_that_someone_act_is_a_demand(settings: Settings) -> None:
    events = events_of(settings, "Peru insisted on Monday that Chile withdraw its warships from the bay.")
    assert ("PER", "CHL", "10") in claims(events)
    # With "had" the clause reports what happened: a statement, no demand.
    events = events_of(settings, "Peru insisted on Monday that Chile had withdrawn its warships from the bay.")
    assert "10" not in roots(events)


def test_criticism_told_as_a_noun_with_a_light_verb(settings: Settings) -> None:
    assert ("NOR", "SWE", "11") in claims(
        events_of(settings, "Norway issued a sharp rebuke to Sweden on Monday over fishing quotas.")
    )
    assert ("SWE", "NOR", "11") in claims(
        events_of(settings, "Norway's prime minister faced criticism from Sweden on Monday over fishing quotas.")
    )
    events = events_of(settings, "Norway and Sweden traded accusations on Monday over fishing quotas.")
    assert {("NOR", "SWE", "11"), ("SWE", "NOR", "11")} <= claims(events)
    events = events_of(settings, "Norway's finance minister fired a broadside at Sweden on Monday over tax rules.")
    assert ("NOR", "SWE", "11") in claims(events) and "19" not in roots(events)
    # A threat as a state of affairs is no event.
    assert not roots(events_of(settings, "The threat of floods in Norway remained high on Monday."))


def test_a_text_issued_does_what_its_participle_says_a_vetoed_one_does_not(settings: Settings) -> None:
    events = events_of(settings, "Norway issued a statement on Monday condemning Sweden's fishing policy.")
    assert ("NOR", "SWE", "11") in claims(events)
    events = events_of(settings, "Norway vetoed a resolution condemning Sweden's fishing policy.")
    assert ("NOR", "SWE", "11") not in claims(events)


def test_described_as_is_criticism_only_with_a_condemning_word(settings: Settings) -> None:
    events = events_of(settings, "Norway described a Swedish fishing law as a violation of the treaty.")
    assert ("NOR", "SWE", "11") in claims(events)
    assert "11" not in roots(events_of(settings, "Norway described its talks with Sweden as constructive."))


def test_a_strike_called_by_unions_is_theirs(settings: Settings) -> None:
    events = events_of(settings, "A general strike called by Norwegian unions shut down ports on Monday.")
    assert any(e.root == "14" and e.source and e.source.country == "NOR" for e in events)
