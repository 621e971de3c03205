"""A fifth blind set of wire leads, on the non-military political acts the coder found least on
news it had not seen: material cooperation (06: shared intelligence, joint patrols and exercises,
extraditions and handovers), demands (10: "insisted that X must", ultimatums, a demand told as a
noun or a participle), disapproval (11) in surface forms the earlier sets lack ("hit out at",
"took aim at", "denounced", a headline-only verb, a quoted "strongly condemns", a passive with a
late agent), rejections (12: vetoed, rebuffed, turned down, dismissed, refused to allow, a
passive), protests (14: took to the streets, rallied against, sit-in, hunger strike, strike, a
protest told as a noun) and reduced relations (16: cut off aid, recalled, broke off ties, pulled
out of talks, suspended an agreement), with a few statements that are no events (voiced concern
is 012, root 01; a conditional condemnation; a protest named only in a background clause). The
gold was coded by `events_guidelines.md` and the CAMEO codebook before the coder's output was
seen (an ultimatum is 139, a boycott 143, an extradition 063). The case format and the scoring are
the first set's. All sentences were written for this test; people and incidents are generic or
fictional.

`python -m pytest tests/understand/events/test_wire_blind5.py -q -s -k score` prints the scores."""

from __future__ import annotations

import pytest

from .test_wire_blind import Case, Tuple, assert_coded_as_gold, params, score

pytestmark = pytest.mark.model

# declarative table: the fifth blind set.
# fmt: off
CASES: tuple[Case, ...] = (
    # 06 material cooperation (and 057 for a signed accord)
    Case("v06-will-cooperate-paired", "ISLAMABAD (Reuters) - Pakistan and Afghanistan will cooperate "
         "in hunting militants along their border, the two interior ministers said on Tuesday.",
         gold=("PAK>AFG:031|030|06", "AFG>PAK:031|030|06"), kind="reciprocal"),
    Case("v06-jointly-patrol", "JAKARTA (AP) - Indonesian and Malaysian warships will jointly patrol "
         "the Strait of Malacca from next month, naval officials said on Monday.",
         gold=("IDNMIL>MYS:062|06|03", "MYSMIL>IDN:062|06|03"), kind="reciprocal"),
    Case("v06-extradited", "MADRID (Reuters) - Spain extradited a Moroccan bombing suspect to France "
         "on Wednesday, the interior ministry said.", gold=("ESP>FRA:063|06",),
         ok=("ESP>MAR:174|17",)),
    Case("v06-handed-over", "ISLAMABAD (AP) - Pakistan handed over three suspected al Qaeda members "
         "to the United States on Friday, intelligence officials said.",
         gold=("PAK>USA:063|06|08",)),
    Case("v06-headline-share", "MOSCOW (Reuters) - Russia and China will share intelligence on "
         "Islamic militants, the Russian defence minister said on Friday after talks in Beijing.",
         title="Russia, China to Share Intelligence on Militants",
         gold=("RUS>CHN:064|06|03", "CHN>RUS:064|06|03"), ok=("RUS>CHN:04", "CHN>RUS:04"),
         kind="headline"),
    Case("v06-joint-exercises", "NEW DELHI (AFP) - Indian and U.S. troops began joint military "
         "exercises in the Himalayas on Monday.",
         gold=("INDMIL>USA:062|06", "USAMIL>IND:062|06"), kind="reciprocal"),
    Case("v057-signed-pipeline", "CAIRO (Reuters) - Egypt and Jordan signed an agreement on Sunday to "
         "build a gas pipeline between the two countries.",
         gold=("EGY>JOR:057|061|06", "JOR>EGY:057|061|06"), kind="reciprocal"),
    # 10 demand
    Case("v10-insisted-must", "TEHRAN (Reuters) - Iran insisted on Sunday that Britain must "
         "release eight Iranian fishermen detained in the Gulf.", gold=("IRN>GBR:1053|105|10|02",)),
    Case("v10-ultimatum", "KINSHASA (Reuters) - Congo's government gave rebel leaders a 48-hour "
         "ultimatum on Thursday to lay down their arms.", gold=("CODGOV>REB:139|13|10",),
         ok=("COD>CODREB:139|13|10", "COD>:139|13|10")),
    Case("v10-demanded-resign", "BUDAPEST (Reuters) - Hungary's opposition demanded on Monday that "
         "the prime minister resign over a spending scandal.",
         title="Opposition Demands Prime Minister Quit", gold=("HUNOPP>HUNGOV:1041|104|10",),
         kind="headline"),
    Case("v10-repeated-demand", "SEOUL (AP) - North Korea repeated its demand on Wednesday that the "
         "United States drop its hostile policy before new nuclear talks.",
         gold=("PRK>USA:1042|104|10",), kind="nominal"),
    Case("v10-demanding-participle", "ABIDJAN (Reuters) - Ivory Coast rebels accused the government "
         "on Tuesday of arming militias, demanding an international inquiry.",
         gold=("CIVREB>CIV:112|11", "CIVREB>:101|10"), kind="participle"),
    Case("v10-demanded-withdrawal", "RAMALLAH (Reuters) - The Palestinian Authority demanded on "
         "Saturday an immediate Israeli withdrawal from the Gaza Strip.",
         gold=("PSEGOV>ISR:106|10|1056",), kind="nominal"),
    # 11 disapprove
    Case("v11-headline-slams", "TEHRAN (Reuters) - Iran's foreign ministry said on Tuesday that a "
         "U.S. State Department report on its human rights record was full of lies.",
         title="Iran Slams U.S. Rights Report", gold=("IRN>USA:111|11",), kind="headline"),
    Case("v11-hit-out-at", "BERLIN (Reuters) - Germany's chancellor hit out at Washington on "
         "Thursday over new steel tariffs.", gold=("DEUGOV>USA:111|11",), kind="figurative"),
    Case("v11-took-aim-at", "PARIS (AFP) - France's foreign minister took aim at the United States "
         "on Monday over its treatment of prisoners in Iraq.", gold=("FRAGOV>USA:111|11",),
         kind="figurative"),
    Case("v11-strongly-condemns", "NEW DELHI (Reuters) - India said on Saturday it \"strongly "
         "condemns\" the bombing of a bus in Kashmir and blamed militants based in Pakistan.",
         gold=("IND>:111|11", "IND>PAK:112|111|11"), ok=(">IND:18",), kind="quoted"),
    Case("v11-condemned-by", "KATHMANDU (Reuters) - The killing of two journalists in western Nepal "
         "was condemned by the United Nations on Sunday.", gold=("IGOUNO>:111|11",),
         ok=(">NPLMED:18",), kind="passive"),
    Case("v11-drew-sharp-criticism", "WASHINGTON (Reuters) - A Pentagon plan to close U.S. bases in "
         "Germany drew sharp criticism from German politicians on Wednesday.",
         gold=("DEU>USA:111|11",), kind="nominal"),
    Case("v11-accusing-participle", "MOSCOW (AP) - Russia summoned Georgia's ambassador on Friday, "
         "accusing Tbilisi of provoking clashes in South Ossetia.", gold=("RUS>GEO:112|111|11",),
         ok=("RUS>GEO:04|16|10",), kind="participle"),
    Case("v11-denounced", "HAVANA (Reuters) - Cuba on Monday denounced new U.S. restrictions on "
         "family travel to the island.", gold=("CUB>USA:111|11",)),
    Case("v11-blamed-for", "BAGHDAD (Reuters) - Iraq's interim government blamed foreign fighters on "
         "Tuesday for a wave of car bombings in the capital.", gold=("IRQGOV>:112|11",),
         ok=("IRQGOV>REB:112|11",)),
    Case("v11-criticised-by-for", "JERUSALEM (Reuters) - Israel was sharply criticised by the "
         "European Union on Monday for building a barrier in the West Bank.",
         gold=("IGOEUREEC>ISR:111|11",), kind="passive"),
    Case("v11-headline-blasts", "CARACAS (Reuters) - Venezuela's president accused the United States "
         "on Sunday of backing plans to overthrow him.", title="Venezuela Blasts U.S. Over Coup Plot",
         gold=("VENGOV>USA:112|111|11",), kind="headline"),
    # 12 reject
    Case("v12-vetoed", "UNITED NATIONS (Reuters) - The United States vetoed a U.N. Security Council "
         "resolution on Tuesday that would have condemned Israel's offensive in Gaza.",
         gold=("USA>:129|12",)),
    Case("v12-refused-to-allow", "KHARTOUM (Reuters) - Sudan refused on Wednesday to allow foreign "
         "troops into its Darfur region.", gold=("SDN>:1245|124|12",)),
    Case("v12-dismissed-proposal", "TAIPEI (Reuters) - Taiwan on Friday dismissed a Chinese proposal "
         "for talks, calling it a propaganda ploy.", gold=("TWN>CHN:125|12",)),
    Case("v12-rebuffed", "PYONGYANG (Reuters) - North Korea rebuffed a U.S. offer of food aid on "
         "Thursday.", gold=("PRK>USA:122|121|12",)),
    Case("v12-boycott", "BAGHDAD (Reuters) - Iraq's main Sunni Muslim party said on Monday it would "
         "boycott the January elections.", gold=("IRQ>:143|14|12",), kind="announced"),
    Case("v12-turned-down", "ANKARA (AP) - Turkey's parliament turned down a U.S. request on Saturday "
         "to station troops on Turkish soil.", gold=("TURLEG>USA:1222|122|12",)),
    Case("v12-rejected-by", "JERUSALEM (Reuters) - An Israeli plan to remove settlers from Gaza was "
         "rejected on Sunday by Palestinian leaders as a ploy.", gold=("PSEGOV>ISR:127|120|12",),
         kind="passive"),
    # 14 protest
    Case("v14-took-to-streets", "TBILISI (Reuters) - Thousands of Georgians took to the streets of "
         "the capital on Saturday to demand the president's resignation.",
         gold=("GEOCVL>GEOGOV:1411|141|14|104|10",), ok=("GEOCVL>:1411|141|14",)),
    Case("v14-rallied-against", "TOKYO (AP) - Tens of thousands of Japanese rallied in Tokyo on "
         "Sunday against sending troops to Iraq.", gold=("JPNCVL>:141|14",)),
    Case("v14-sit-in", "DHAKA (Reuters) - Bangladeshi opposition activists staged a sit-in outside "
         "parliament on Tuesday.", gold=("BGDOPP>:141|140|14",)),
    Case("v14-hunger-strike", "ANKARA (Reuters) - Hundreds of Kurdish prisoners went on hunger "
         "strike in Turkish jails on Monday.", gold=("TUR>:142|14",),
         ok=("CVL>:142|14", ">:142|14")),
    Case("v14-protest-by", "BEIJING (AP) - A protest by hundreds of farmers against land seizures "
         "was broken up by police in eastern China on Friday.",
         gold=("CHNCVL>:141|14", "CHNCOP>CHNCVL:175|17"), kind="nominal"),
    Case("v14-went-on-strike", "SEOUL (Reuters) - Thousands of South Korean rail workers went on "
         "strike on Wednesday over plans to privatise the railway.", gold=("KORLAB>:143|14",)),
    Case("v14-headline-march", "JAKARTA (Reuters) - Several thousand Indonesian Muslims marched to "
         "the U.S. embassy in Jakarta on Friday, chanting anti-American slogans.",
         title="Protesters March on U.S. Embassy", gold=("IDNCVL>USA:141|14",),
         ok=("IDN>USA:141|14",), kind="headline"),
    # 16 reduce relations
    Case("v16-cut-off-aid", "TOKYO (Reuters) - Japan cut off economic aid to Myanmar on Thursday "
         "after the arrest of opposition leaders.", gold=("JPN>MMR:1621|162|16",)),
    Case("v16-recalled-consultations", "CANBERRA (AP) - Australia recalled its ambassador to "
         "Indonesia for consultations on Monday.", gold=("AUS>IDN:161|16",)),
    Case("v16-broke-off-relations", "MANAGUA (Reuters) - Nicaragua broke off diplomatic relations "
         "with Taiwan on Tuesday.", gold=("NIC>TWN:161|16",)),
    Case("v16-pulled-out-talks", "COLOMBO (Reuters) - Sri Lanka's Tamil Tiger rebels pulled out of "
         "peace talks with the government on Monday.", gold=("LKAREB>LKAGOV:164|16|12",)),
    Case("v16-suspended-agreement", "BRUSSELS (Reuters) - The European Union suspended a cooperation "
         "agreement with Belarus on Monday over a crackdown on the opposition.",
         gold=("IGOEUREEC>BLR:160|161|16",)),
    # no events: a 012 comment, a conditional, a protest named in a background clause
    Case("v00-voiced-concern", "TOKYO (Reuters) - Japan voiced concern on Friday over reports that "
         "North Korea was preparing a missile test.", kind="no-event"),
    Case("v00-would-condemn", "PARIS (Reuters) - France would condemn any military strike on Iran's "
         "nuclear sites, a French diplomat said on Tuesday.", kind="hypothetical"),
    Case("v00-repeated-position", "TOKYO (Reuters) - Japan's fisheries minister repeated on Monday "
         "the government's position on commercial whaling.", kind="no-event"),
    Case("v00-after-protests", "KIEV (Reuters) - Ukraine's president named a new cabinet on Monday, a "
         "week after mass protests in the capital.", kind="background"),
)
# fmt: on

# Cases the coder still gets wrong, with the cause (strict: they fail loudly once fixed).
KNOWN_MISSES: dict[str, str] = {
    "v06-jointly-patrol": "'jointly' does not turn a patrol (150, posture) into military cooperation (062)",
    "v10-ultimatum": "'rebel leaders' is coded as the government of the dateline's country, not as rebels",
    "v10-repeated-demand": "'demand' as a noun ('repeated its demand that ...') is no nominal event: "
    "a bare noun would code market demand too",
    "v10-demanding-participle": "the trailing participle is parsed inside the accusation's 'of' clause, "
    "whose content is no event",
    "v10-demanded-withdrawal": "the target of a demanded withdrawal is taken from 'from the Gaza Strip' "
    "(the place), not from the withdrawing side ('Israeli')",
    "v11-strongly-condemns": "a quoted verb ('it \"strongly condemns\" X') is not read as the "
    "speaker's act, and 'militants based in Pakistan' are coded INDREB",
    "v12-boycott": "an announced boycott ('said it would boycott') is coded a threat of dissent (133), "
    "as CAMEO.2.0's own 'SAY * BOYCOTT' pattern codes a threat (1312)",
    "v14-sit-in": "the tokenizer splits 'sit-in' and the parser hangs its pieces off the next noun",
    "v14-protest-by": "a protest that is the object of a repression ('was broken up') is not coded "
    "as a second event, and the repression's target (the protest's 'by' agent) is not found",
}


@pytest.mark.parametrize("case", params(CASES, KNOWN_MISSES))
def test_wire_lead_is_coded_as_the_guidelines_say(coded: dict[str, set[Tuple]], case: Case) -> None:
    assert_coded_as_gold(case, coded[case.id])


def test_score_on_the_fifth_blind_set(coded: dict[str, set[Tuple]]) -> None:
    scores = score(coded, CASES)
    print(scores)
    # Floors just under the scores when the set was fixed (tuple P/R .911/.765, root P/R
    # .950/.843; on main before any fix .787/.608 and .833/.784): the set must not get worse.
    assert scores["tuple_precision"] >= 0.89
    assert scores["tuple_recall"] >= 0.75
    assert scores["root_precision"] >= 0.93
    assert scores["root_recall"] >= 0.82
