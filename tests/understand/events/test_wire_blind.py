"""A blind set of wire leads: sentences written for this test, with their gold events coded by
`events_guidelines.md` before the coder's output was seen, spread over the CAMEO roots about as
often as wire copy reports them, in the constructions wire copy uses (active, passive with
agent, nominal, reciprocal, headline, reported, negated, hypothetical, figurative violence, no
event). All people and most incidents are generic or fictional.

Each case gives its gold events as "SOURCE>TARGET:CODES" (actor codes; an empty target is a
null target, which any predicted target matches, as the scorer of the real-news sets says;
CODES lists the CAMEO code and the alternatives a careful coder could defend, "|"-separated).
`ok` lists events a careful coder might also record: emitting them is neither right nor wrong.
Scoring follows `score_news_events.py`: (source country, target country, root) tuples, a
prediction with no target is incomplete rather than false when source and root match.
Negated and hypothetical events are not claims: they must carry their flag.

`python -m pytest tests/understand/events/test_wire_blind.py -q -s -k score` prints the
set's scores."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from newsgraph.evaluate.userpath import run_user_path
from newsgraph.settings import Settings
from tests.known_misses import known_miss

pytestmark = pytest.mark.model

Tuple = tuple[str, str, str]


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    gold: tuple[str, ...] = ()
    ok: tuple[str, ...] = ()
    title: str | None = None
    kind: str = field(default="active")


# declarative table: the blind set.
# fmt: off
CASES: tuple[Case, ...] = (
    # 01: statements and comments are not events by the guidelines (no 01x is coded).
    Case("s01-growth", "NAIROBI (Reuters) - Kenya's finance minister said on Tuesday the economy "
         "would grow by five percent this year.", kind="no-event"),
    Case("s01-optimist", "PARIS (AFP) - French Prime Minister Jean Marot said on Wednesday he was "
         "optimistic that the economy would recover by the end of the year.", kind="no-event"),
    Case("s01-no-comment", "MANILA (AP) - The Philippine army declined to comment on Monday on "
         "reports of a clash in the south.", kind="no-event"),
    Case("s01-coalition", "BERLIN (Reuters) - German Chancellor Klaus Berger said on Thursday that the "
         "coalition remained stable despite weeks of internal debate.", kind="no-event"),
    Case("s01-exports", "TOKYO (AP) - Japan's trade minister acknowledged on Friday that exports had "
         "slowed in the second quarter.", kind="no-event"),
    # 02 appeals
    Case("s02-urge", "GENEVA (Reuters) - The United Nations urged Sudan on Monday to allow aid "
         "workers into the western region.", gold=("IGOUNO>SDNGOV:0233|020",)),
    Case("s02-call-on-two", "BRUSSELS (AP) - The European Union called on Israel and the "
         "Palestinians to return to peace talks.", gold=("IGOEUREEC>ISR:020", "IGOEUREEC>PSE:020"),
         kind="coordinated"),
    Case("s02-should", "WASHINGTON (Reuters) - The U.S. secretary of state said Pakistan should do "
         "more to stop militants crossing the border.", gold=("USAGOV>PAK:020",), kind="reported"),
    Case("s02-appeal-to", "LONDON (Reuters) - Britain appealed to Iran on Tuesday to release a "
         "British aid worker.", gold=("GBR>IRN:0256|020",)),
    Case("s02-ask-help", "SEOUL (AFP) - South Korea's president asked China to help persuade North "
         "Korea to return to disarmament talks.", gold=("KORGOV>CHN:020",)),
    Case("s02-headline", "VATICAN CITY (Reuters) - Pope Benedict on Sunday urged an end to "
         "sectarian violence in Nigeria.", title="Pope urges end to violence in Nigeria",
         gold=("VAT>NGA:020",), ok=("VAT>:020",), kind="headline"),
    Case("s02-calm", "KABUL (AP) - Afghan President Hamid Karzai appealed for calm on Friday in a "
         "nationwide radio address.", gold=("AFGGOV>:020",)),
    # 03 intent to cooperate
    Case("s03-ready", "MOSCOW (Reuters) - Russia said on Wednesday it was ready to supply fuel to "
         "the new nuclear plant in Iran.", gold=("RUS>IRN:031|030|033",), kind="reported"),
    Case("s03-pledge", "BEIJING (AP) - China pledged on Monday to provide 50 million dollars in aid "
         "to earthquake-hit Pakistan.", gold=("CHN>PAK:033|030",)),
    Case("s03-mediate", "ANKARA (Reuters) - Turkey offered to mediate between Syria and Israel, the "
         "Turkish foreign minister said.", gold=("TUR>SYR:039|030", "TUR>ISR:039|030")),
    Case("s03-promise", "JAKARTA (AFP) - Indonesia promised on Tuesday to hand over two suspected "
         "militants to Malaysia.", gold=("IDN>MYS:030|036|065",)),
    # 04 consult
    Case("s04-met", "MOSCOW (Reuters) - Russian President Vladimir Putin met Chinese President Hu "
         "Jintao in the Kremlin on Thursday.", gold=("RUSGOV>CHNGOV:040|043|036",),
         ok=("CHNGOV>RUSGOV:040|042",)),
    Case("s04-arrived-for-talks", "TEHRAN (AFP) - The head of the U.N. nuclear watchdog arrived in "
         "Tehran on Monday for talks with Iranian officials.", gold=("IGOUNOIAEA>IRNGOV:042|040|043",),
         ok=("IRNGOV>IGOUNOIAEA:043|040",)),
    Case("s04-held-talks", "NEW DELHI (Reuters) - India and Pakistan held talks on the disputed "
         "Kashmir region in New Delhi on Tuesday.", gold=("IND>PAK:040|043", "PAK>IND:040|043"),
         kind="reciprocal"),
    Case("s04-talks-between", "BAGHDAD (AP) - Talks between Iraqi leaders and Kurdish parties resumed "
         "in Baghdad on Sunday.", gold=("IRQGOV>IRQ:040|043",), kind="nominal"),
    Case("s04-telephone", "LONDON (Reuters) - British Prime Minister Tony Blair spoke by telephone "
         "with U.S. President George Bush on Friday about Iraq.", gold=("GBRGOV>USAGOV:040|041",),
         ok=("USAGOV>GBRGOV:040|041",)),
    Case("s04-visit-noun", "KHARTOUM (Reuters) - The Egyptian foreign minister's visit to Khartoum on "
         "Saturday was his second in a month.", gold=("EGYGOV>SDN:042|040",), kind="nominal"),
    Case("s04-received-by", "PARIS (AFP) - The Lebanese prime minister was received by French "
         "President Jacques Chirac at the Elysee on Wednesday.", gold=("FRAGOV>LBNGOV:043|040",),
         ok=("LBNGOV>FRAGOV:042|040",), kind="passive"),
    Case("s04-met-to-discuss", "HANOI (AP) - Vietnamese and Chinese negotiators met in Hanoi on "
         "Thursday to discuss the border dispute.", gold=("VNM>CHN:040|043", "CHN>VNM:040|043"),
         kind="reciprocal"),
    # 05 diplomatic cooperation
    Case("s05-praise", "WASHINGTON (Reuters) - President Bush praised Libya on Monday for giving up "
         "its weapons programmes.", gold=("USAGOV>LBY:051",), ok=("LBY>:08",)),
    Case("s05-welcome", "BRUSSELS (Reuters) - NATO welcomed on Tuesday the decision by Serbia to hand "
         "over a war crimes suspect.", gold=("IGONATO>SRB:051|050",), ok=("SRB>:08|065|06",)),
    Case("s05-restore", "ADDIS ABABA (AFP) - Ethiopia and Eritrea restored diplomatic relations on "
         "Friday after a two-year break.", gold=("ETH>ERI:054|050", "ERI>ETH:054|050"),
         kind="reciprocal"),
    Case("s05-thank", "SEOUL (Reuters) - South Korea thanked Japan for its help in the search for a "
         "missing fishing boat.", gold=("KOR>JPN:051",), ok=("JPN>KOR:07|06",)),
    Case("s05-sign", "LIMA (AP) - Peru and Chile signed a defence cooperation agreement in Lima on "
         "Monday.", gold=("PER>CHL:057", "CHL>PER:057"), kind="reciprocal"),
    # 06 material cooperation
    Case("s06-joint-op", "KABUL (Reuters) - Afghan and U.S. troops launched a joint operation against "
         "Taliban fighters in the south.", gold=("AFGMIL>AFGREB:190", "USAMIL>AFGREB:190"),
         ok=("AFGMIL>USAMIL:062|060", "USAMIL>AFGMIL:062|060"), kind="coordinated"),
    Case("s06-exercises", "MANILA (Reuters) - Philippine and U.S. forces began annual joint military "
         "exercises on Monday.", gold=("PHLMIL>USAMIL:062|150", "USAMIL>PHLMIL:062|150"),
         kind="reciprocal"),
    Case("s06-extradite", "PARIS (Reuters) - France extradited a Spanish separatist suspect to Spain "
         "on Thursday.", gold=("FRA>ESP:063|060|17",)),
    # 07 aid
    Case("s07-food-aid", "GENEVA (Reuters) - The World Food Programme began delivering food aid to "
         "flood victims in Bangladesh on Tuesday.", gold=("IGOUNOWFP>BGD:073|070",)),
    Case("s07-will-give", "TOKYO (AP) - Japan will give 30 million dollars in emergency aid to "
         "tsunami-hit Sri Lanka, the foreign ministry said.", gold=("JPN>LKA:070|071|033",)),
    Case("s07-given-by", "KATHMANDU (Reuters) - Nepal was given two military helicopters by India "
         "last year, officials said.", gold=("IND>NPL:072|070",), kind="passive"),
    # 08 yield
    Case("s08-release", "GAZA (Reuters) - Israel released 400 Palestinian prisoners on Wednesday as a "
         "goodwill gesture.", gold=("ISR>PSE:0841|080",)),
    Case("s08-withdraw", "BAGHDAD (AP) - Polish troops withdrew from the central Iraqi town of "
         "Karbala on Sunday.", gold=("POLMIL>IRQ:0874|087|080",)),
    Case("s08-freed", "COLOMBO (AFP) - Tamil Tiger rebels freed two captured Sri Lankan soldiers on "
         "Friday.", gold=("LKAREB>LKAMIL:0841|080",)),
    Case("s08-lift-emergency", "KATHMANDU (Reuters) - Nepal's king lifted the state of emergency on "
         "Saturday.", gold=("NPLGOV>:0813|081|080",)),
    # 09 investigate
    Case("s09-police", "MANILA (AP) - Philippine police are investigating the killing of a local "
         "radio journalist in the south.", gold=("PHLCOP>:091|090",),
         ok=(">PHLMED:180|18",)),
    Case("s09-prosecutors", "THE HAGUE (Reuters) - U.N. war crimes prosecutors opened an investigation "
         "into alleged abuses by Congolese militias.", gold=("IGOUNOJUD>COD:092|090",)),
    # 10 demand
    Case("s10-demand-that", "JERUSALEM (Reuters) - Israel demanded on Monday that the Palestinian "
         "Authority arrest the gunmen behind the attack.", gold=("ISR>PSEGOV:100|10",)),
    Case("s10-demand-dismantle", "WASHINGTON (AP) - The United States demanded that North Korea "
         "dismantle its nuclear programme immediately.", gold=("USA>PRK:1053|100|10",)),
    Case("s10-call-for-resign", "NAIROBI (AFP) - Kenyan opposition leaders called for the resignation "
         "of the health minister over a drugs scandal.", gold=("KENOPP>KENGOV:1041|0241",)),
    # 11 disapprove
    Case("s11-criticise", "BEIJING (Reuters) - China criticised Japan on Thursday over the prime "
         "minister's visit to a war shrine.", gold=("CHN>JPN:111",)),
    Case("s11-accuse", "MOSCOW (AFP) - Russia accused Georgia of massing troops on the border of the "
         "breakaway region.", gold=("RUS>GEO:112",)),
    Case("s11-attacked-plan", "LONDON (Reuters) - British airlines attacked the government's new "
         "aviation tax as a bad piece of legislation.", gold=("GBRBUS>GBRGOV:111",),
         kind="figurative"),
    Case("s11-blasted", "WASHINGTON (AP) - Democrats in Congress blasted the president's budget "
         "proposal on Tuesday.", gold=("USALEG>USAGOV:111",), kind="figurative"),
    Case("s11-condemn-for", "PARIS (Reuters) - Human rights groups condemned France on Wednesday for "
         "expelling a Muslim cleric to Algeria.", gold=("NGO>FRA:111",),
         ok=("FRA>DZA:174|17",)),
    Case("s11-passive-by", "TEHRAN (Reuters) - The nuclear deal was sharply criticised by Iranian "
         "hardliners on Sunday.", gold=("IRN>:111",), kind="passive"),
    Case("s11-rigging", "KIEV (Reuters) - Ukraine's opposition leader accused the government of "
         "rigging the presidential election.", gold=("UKROPP>UKRGOV:112",)),
    Case("s11-lawsuit", "NEW YORK (Reuters) - Relatives of the victims sued the Saudi government in a "
         "U.S. court on Monday.", gold=("CVL>SAUGOV:115",), ok=(">SAUGOV:115",)),
    Case("s17-convict", "THE HAGUE (AP) - The U.N. war crimes tribunal convicted a former Serbian "
         "army officer of genocide on Thursday.", gold=("IGOUNOJUD>SRBMIL:173|17|115",)),
    # 12 reject
    Case("s12-reject", "TEHRAN (Reuters) - Iran rejected on Tuesday a European proposal to halt "
         "uranium enrichment.", gold=("IRN>IGOEUREEC:120|125",), ok=("IRN>:120|125",)),
    Case("s12-deny", "KHARTOUM (AFP) - Sudan denied on Monday that its army had bombed villages in "
         "Darfur.", gold=("SDN>:120|12",), kind="negated"),
    Case("s12-refuse", "PYONGYANG (Reuters) - North Korea refused to attend a new round of six-party "
         "talks.", gold=("PRK>:120|1246|12",)),
    Case("s12-dismiss", "ISLAMABAD (AP) - Pakistan's army chief dismissed Indian accusations that "
         "militants were being trained on its soil.", gold=("PAKMIL>IND:120|12",),
         ok=("IND>PAK:112",)),
    Case("s12-vote-down", "WARSAW (Reuters) - Polish lawmakers voted down a government plan to send "
         "more troops to Iraq.", gold=("POLLEG>POLGOV:120|12",)),
    Case("s12-headline", "CARACAS (Reuters) - Venezuela on Wednesday rejected criticism from "
         "Washington over its arms purchases from Russia.", title="Venezuela rejects U.S. criticism",
         gold=("VEN>USA:120|12",), ok=("USA>VEN:111", "RUS>VEN:06|07"), kind="headline"),
    # 13 threaten
    Case("s13-threaten-to-stop", "TEHRAN (AFP) - Iran threatened on Sunday to stop cooperating with "
         "U.N. nuclear inspectors.", gold=("IRN>IGOUNOIAEA:130|13",), ok=("IRN>:130|13",)),
    Case("s13-warn-sanctions", "WASHINGTON (Reuters) - The United States warned Syria it could face "
         "sanctions if it did not stop militants entering Iraq.", gold=("USA>SYR:1312|130|13",),
         kind="hypothetical"),
    Case("s13-hostages", "MOSCOW (AP) - Chechen rebels threatened to kill the hostages unless Russian "
         "troops left the region.", gold=("RUSREB>:138|130|13",), ok=("RUSREB>RUSMIL:13",),
         kind="hypothetical"),
    # 14 protest
    Case("s14-farmers", "SEOUL (Reuters) - Thousands of South Korean farmers protested in Seoul on "
         "Friday against a rice trade deal.", gold=("KORCVL>:140|141",)),
    Case("s14-embassy", "ISLAMABAD (AP) - Hundreds of Pakistani students staged a protest outside the "
         "Danish embassy on Monday.", gold=("PAKEDU>DNK:140|141",), ok=("PAKEDU>:140|141",)),
    Case("s14-blockade", "PARIS (Reuters) - French truck drivers blocked motorways on Tuesday in "
         "protest at rising fuel prices.", gold=("FRALAB>:144|140",)),
    # 15 posture
    Case("s15-deployed", "TAIPEI (Reuters) - China has deployed hundreds of missiles facing Taiwan, "
         "the Taiwanese defence ministry said.", gold=("CHNMIL>TWN:152|154|150",),
         kind="reported"),
    Case("s15-alert", "NEW DELHI (AFP) - India put its troops on high alert along the border with "
         "Pakistan.", gold=("INDMIL>PAK:151|152|150",)),
    # 16 reduce relations
    Case("s16-sanctions", "WASHINGTON (Reuters) - The United States imposed new sanctions on Iran's "
         "oil sector on Friday.", gold=("USA>IRN:163",)),
    Case("s16-recall", "TEHRAN (AP) - Iran recalled its ambassador from London on Monday in protest "
         "over British comments.", gold=("IRN>GBR:161|16",)),
    Case("s16-suspend-aid", "BRUSSELS (Reuters) - The European Union suspended aid to Togo over the "
         "conduct of its elections.", gold=("IGOEUREEC>TGO:1621|162",)),
    # 17 coerce
    Case("s17-arrest", "ISTANBUL (Reuters) - Turkish police arrested 12 suspected Kurdish militants "
         "in raids across Istanbul on Tuesday.", gold=("TURCOP>TURREB:173",)),
    Case("s17-detained-by", "MOSCOW (AP) - A British journalist was detained by Russian security "
         "police in Moscow on Saturday.", gold=("RUSCOP>GBRMED:173",), kind="passive"),
    Case("s17-expel", "NAIROBI (AFP) - Kenya expelled two Sudanese diplomats on Wednesday, accusing "
         "them of spying.", gold=("KEN>SDNGOV:174|161", "KEN>SDNGOV:112")),
    Case("s17-ban", "CAIRO (Reuters) - Egyptian authorities banned a planned opposition rally in "
         "Cairo.", gold=("EGYGOV>EGYOPP:172|17",), ok=("EGYGOV>:172|17",)),
    Case("s17-detain-protesters", "BEIJING (AP) - Chinese police detained dozens of Tibetan "
         "protesters in Lhasa.", gold=("CHNCOP>CHN:173",)),
    Case("s17-arrest-noun", "ANKARA (Reuters) - The arrest of a Kurdish mayor by Turkish police "
         "sparked protests in the southeast on Thursday.", gold=("TURCOP>TURGOV:173",),
         ok=("TUR>:14", "TUR>TUR:14"), kind="nominal"),
    Case("s17-demolish", "JERUSALEM (AP) - Israeli troops demolished the homes of two Palestinian "
         "militants in the West Bank on Monday.", gold=("ISRMIL>PSEREB:1712|17",)),
    # 18 assault
    Case("s18-car-bomb", "BAGHDAD (Reuters) - A suicide car bomb killed 12 Iraqi policemen in "
         "Baghdad on Monday.", gold=(">IRQCOP:183|1831|18",)),
    Case("s18-kidnapped-by", "KABUL (AP) - Two Italian aid workers were kidnapped by gunmen in Kabul "
         "on Sunday.", gold=(">ITA:181",), ok=("AFG>ITA:181",), kind="passive"),
    Case("s18-attempt-noun", "GAZA (Reuters) - An Israeli assassination attempt on a senior Hamas "
         "leader failed on Wednesday.", gold=("ISR>PSEREB:185|18",), kind="nominal"),
    Case("s18-suicide-bomber", "JERUSALEM (Reuters) - A Palestinian suicide bomber blew himself up on "
         "a bus in Jerusalem, killing eight Israelis.", gold=("PSE>ISR:1831|183|18",)),
    Case("s18-shot-dead", "MOGADISHU (AP) - Somali gunmen shot dead a Kenyan aid worker in Mogadishu "
         "on Tuesday.", gold=("SOM>KEN:186|18|190",)),
    Case("s18-background", "WASHINGTON (Reuters) - Air travel in the United States has still not "
         "recovered from the September 11 attacks, an airline group said.", kind="no-event"),
    Case("s18-fight-corruption", "MANILA (AP) - The Philippine president vowed on Monday to fight "
         "corruption in the customs bureau.", ok=("PHLGOV>:030|03",), kind="figurative"),
    Case("s18-fight-crime", "LAGOS (Reuters) - Nigerian police said they would help fight crime in "
         "the oil-rich delta.", ok=("NGACOP>:030|03",), kind="figurative"),
    # 19 fight
    Case("s19-warplanes", "BAGHDAD (AP) - U.S. warplanes bombed suspected insurgent positions in the "
         "city of Falluja on Sunday.", gold=("USAMIL>IRQREB:195|190",)),
    Case("s19-shot-by-troops", "KABUL (Reuters) - Five suspected Taliban fighters were shot dead by "
         "Afghan and U.S.-led troops in Kandahar province.",
         gold=("AFGMIL>AFGREB:190|18", "USAMIL>AFGREB:190|18"), kind="passive"),
    Case("s19-exchanged-fire", "ISLAMABAD (AFP) - Indian and Pakistani troops exchanged fire across "
         "the line of control in Kashmir.", gold=("INDMIL>PAKMIL:190", "PAKMIL>INDMIL:190"),
         kind="reciprocal"),
    Case("s19-rebels-attacked", "MONROVIA (Reuters) - Liberian rebels attacked government positions "
         "near the capital on Thursday.", gold=("LBRREB>LBRGOV:190|18",)),
    Case("s19-clashed", "SANAA (AP) - Yemeni forces clashed with Shiite rebels in the north on "
         "Friday, killing at least 20.", gold=("YEMMIL>YEMREB:190",), ok=("YEMREB>YEMMIL:190",)),
    Case("s19-attack-noun", "GROZNY (Reuters) - The attack on a Russian army convoy in Chechnya "
         "killed 14 soldiers.", gold=(">RUSMIL:190|18",), kind="nominal"),
    Case("s19-could-threaten", "TAIPEI (AFP) - Taiwan's president warned that China could use its "
         "new missiles to threaten the island.", ok=("TWNGOV>CHN:11|13",), kind="hypothetical"),
    Case("s19-not-withdrawn", "BEIRUT (Reuters) - Syria has not withdrawn its troops from Lebanon, a "
         "U.N. envoy said on Monday.", kind="negated"),
    Case("s19-would-impose", "WASHINGTON (AP) - The U.S. would impose sanctions on Sudan if the "
         "killings in Darfur continued, a senior official said.", ok=("USA>SDN:13",),
         kind="hypothetical"),
    Case("s19-may-plan", "LONDON (Reuters) - British officials fear al Qaeda may be planning attacks "
         "on London's transport network.", kind="hypothetical"),
    Case("s19-not-fired", "BEIRUT (AP) - Hezbollah said on Sunday it had not fired rockets into "
         "Israel.", ok=("LBN>:12", "LBNREB>:12"), kind="negated"),
    # 20 mass violence
    Case("s20-massacre", "KIGALI (AFP) - Hutu militias massacred hundreds of Tutsi civilians in the "
         "village in 1994, a U.N. tribunal heard.", gold=("RWAREB>RWACVL:202|20|18",),
         kind="reported"),
    Case("s20-cleansing", "KHARTOUM (Reuters) - Militias backed by Sudan's government have carried "
         "out ethnic cleansing in Darfur, a U.N. report said.", gold=("SDNREB>:203|20",),
         ok=("SDNREB>SDN:203|20", "SDNGOV>SDNREB:07|06"), kind="reported"),
    # No event: disasters, sport, markets.
    Case("s00-quake", "TOKYO (Reuters) - A strong earthquake struck northern Japan on Monday, killing "
         "at least three people.", kind="no-event"),
    Case("s00-football", "ATHENS (AP) - Greece beat Portugal 1-0 in the final on Sunday to win the "
         "European championship.", kind="no-event"),
    Case("s00-oil", "LONDON (Reuters) - Oil prices fell sharply on Tuesday as fears of supply "
         "disruption in Nigeria eased.", kind="no-event"),
    Case("s00-shares", "NEW YORK (Reuters) - Shares of the airline jumped 12 percent after it "
         "reported a surprise profit.", kind="no-event"),
)


# fmt: on
# Cases the coder still gets wrong, with the cause (strict: they fail loudly once fixed).
KNOWN_MISSES: dict[str, str] = {
    "s09-prosecutors": "'U.N. war crimes prosecutors' is coded with the dateline's country, not as the UN",
    "s11-condemn-for": "'human rights groups' is coded with the dateline's country (actor layer)",
    "s11-lawsuit": "'relatives of the victims' resolves to no actor, so the lawsuit has no source",
    "s12-reject": "'a European proposal': 'European' is not resolved to the EU as the proposal's holder",
    "s15-deployed": "the target sits in a participle on the object ('missiles facing Taiwan')",
    "s18-kidnapped-by": "unidentified gunmen get the place's country; the guidelines give them none",
}


def _cc(code: str) -> str:
    return code.upper()[:3]


def gold_tuples(specs: tuple[str, ...]) -> list[tuple[str, str | None, set[str]]]:
    """(source country, target country or None for any, roots) of "SRC>TGT:CODE|CODE" specs."""
    out = []
    for spec in specs:
        dyad, codes = spec.split(":")
        source, target = dyad.split(">")
        out.append((_cc(source), _cc(target) or None, {c[:2] for c in codes.split("|")}))
    return out


class RuleLeads:
    """Leads written for a rules test (id -> text, or "headline || text"), analysed once through the user's path."""

    def __init__(self, leads: dict[str, str]) -> None:
        self.leads = leads
        self._analysed: dict[str, list[dict[str, Any]]] | None = None

    def analysed(self) -> dict[str, list[dict[str, Any]]]:
        if self._analysed is None:
            records = [{"id": k, "title": v.rpartition(" || ")[0], "text": v.rpartition(" || ")[2]} for k, v in self.leads.items()]
            run = run_user_path(records, Settings())
            self._analysed = {k: run.articles.get(k, []) for k in self.leads}
        return self._analysed

    def events(self, lead: str) -> list[dict[str, Any]]:
        return [e for a in self.analysed()[lead] for e in a.get("events") or []]

    def coded(self, lead: str) -> set[Tuple]:
        return claims(self.events(lead))

    def codes(self, lead: str) -> set[str]:
        return {str(e.get("cameo")) for e in self.events(lead)}


def claims(events: list[dict[str, Any]]) -> set[Tuple]:
    """(source country, target country, root) of the events neither negated nor hypothetical."""
    return {
        (_cc(e["source_code"]), _cc(e["target_code"]), str(e["cameo"])[:2])
        for e in events
        if not e["negated"] and not e["hypothetical"]
    }


def _hit(p: Tuple, g: tuple[str, str | None, set[str]]) -> bool:
    return p[0] == g[0] and (g[1] is None or p[1] == g[1]) and p[2] in g[2]


def _fair(p: Tuple, g: tuple[str, str | None, set[str]]) -> bool:
    return _hit(p, g) or (p[1] == "" and p[0] == g[0] and p[2] in g[2])


def judge(case: Case, predicted: set[Tuple]) -> dict[str, int]:
    """Counts for one case: tuple and root true positives over predictions and over gold."""
    gold, ok = gold_tuples(case.gold), gold_tuples(case.ok)
    counted = {p for p in predicted if not any(_fair(p, g) for g in ok) or any(_fair(p, g) for g in gold)}
    gold_roots = set().union(*(g[2] for g in gold)) if gold else set()
    ok_roots = set().union(*(g[2] for g in ok)) if ok else set()
    roots = {p[2] for p in predicted} - (ok_roots - gold_roots)
    return {
        "tp_p": sum(any(_fair(p, g) for g in gold) for p in counted),
        "n_p": len(counted),
        "tp_g": sum(any(_hit(p, g) for p in predicted) for g in gold),
        "n_g": len(gold),
        "rtp_p": len(roots & gold_roots),
        "rn_p": len(roots),
        "rtp_g": sum(bool(g[2] & {p[2] for p in predicted}) for g in gold),
    }


def code_all(settings: Settings, cases: tuple[Case, ...] = CASES) -> dict[str, set[Tuple]]:
    """Every case through the user's path (`newsgraph analyze FILE.jsonl`), as its claims."""
    records = [{"id": c.id, "title": c.title or "", "text": c.text, "published": "2025-03-12"} for c in cases]
    run = run_user_path(records, settings)
    return {c.id: claims([e for a in run.articles.get(c.id, []) for e in a["events"]]) for c in cases}


def score(coded: dict[str, set[Tuple]], cases: tuple[Case, ...] = CASES) -> dict[str, float]:
    """Micro-averaged tuple and root precision / recall of the coder on a whole set."""
    total: dict[str, int] = {}
    for case in cases:
        for key, value in judge(case, coded[case.id]).items():
            total[key] = total.get(key, 0) + value

    def ratio(a: int, b: int) -> float:
        return round(a / b, 3) if b else 1.0

    return {
        "tuple_precision": ratio(total["tp_p"], total["n_p"]),
        "tuple_recall": ratio(total["tp_g"], total["n_g"]),
        "root_precision": ratio(total["rtp_p"], total["rn_p"]),
        "root_recall": ratio(total["rtp_g"], total["n_g"]),
    }


def params(cases: tuple[Case, ...], misses: dict[str, str]) -> list[object]:
    """One pytest param a case; a known miss is a strict xfail, so fixing it fails loudly until it is removed."""
    return [known_miss(c, key=c.id, misses=misses, id=c.id) for c in cases]


def assert_coded_as_gold(case: Case, predicted: set[Tuple]) -> None:
    counts = judge(case, predicted)
    assert counts["tp_g"] == counts["n_g"], f"missed gold events; coded {sorted(predicted)}"
    assert counts["tp_p"] == counts["n_p"], f"coded events not in gold: {sorted(predicted)}"


@pytest.mark.parametrize("case", params(CASES, KNOWN_MISSES))
def test_wire_lead_is_coded_as_the_guidelines_say(coded: dict[str, set[Tuple]], case: Case) -> None:
    assert_coded_as_gold(case, coded[case.id])


def test_score_on_the_blind_set(coded: dict[str, set[Tuple]]) -> None:
    scores = score(coded)
    print(scores)
    # Floors just under the scores when the set was last fixed (tuple P/R .968/.875, root P/R
    # 1.0/.979; before any fix .892/.698 and .939/.885): the set must not get worse.
    assert scores["tuple_precision"] >= 0.95
    assert scores["tuple_recall"] >= 0.85
    assert scores["root_precision"] >= 0.97
    assert scores["root_recall"] >= 0.96


def test_a_not_inside_an_appeal_or_threat_is_what_is_asked(settings: Settings) -> None:
    # Written after the blind run, for the fix it led to: the "not" belongs to the asked act.
    leads = {
        "appeal": "GENEVA (Reuters) - The United Nations urged Israel not to attack the Gaza Strip.",
        "threat": "TEHRAN (AP) - Iran threatened to stop cooperating with U.N. nuclear inspectors.",
        "negated": "LONDON (AP) - Britain did not urge Israel to attack the Gaza Strip.",
    }
    run = run_user_path([{"id": k, "title": "", "text": v} for k, v in leads.items()], settings)
    coded = {k: claims([e for a in run.articles[k] for e in a["events"]]) for k in leads}
    assert ("IGO", "ISR", "02") in coded["appeal"]
    # A threat is one side's: never coded back from the threatened to the threatener.
    assert ("IRN", "IGO", "13") in coded["threat"] and ("IGO", "IRN", "13") not in coded["threat"]
    assert not coded["negated"]


def test_a_headline_actor_with_no_code_is_the_lead_s(settings: Settings) -> None:
    # Written after the blind run, for the fix it led to: one act told twice is one event.
    record = {
        "id": "h",
        "title": "Pope urges end to fighting in Sudan",
        "text": "VATICAN CITY (AP) - Pope Benedict on Sunday urged an end to the fighting in western Sudan.",
    }
    run = run_user_path([record], settings)
    appeals = [e for a in run.articles["h"] for e in a["events"] if e["cameo"].startswith("02")]
    assert len(appeals) == 1
