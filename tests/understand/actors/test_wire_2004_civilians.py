"""A blind set of real wire leads of 2004 dense in the actors the held half of the dev set codes worst, as AG's News
carries the "World" class (headline plus one to three sentences): civilians named once ("a Baghdad shopkeeper, Ali
Hassan") or in groups ("villagers", "residents", "pilgrims", "mourners", "families of the victims", "a
four-year-old boy"); companies and their staff, named and unnamed ("the company", "its chief executive");
soldiers and officers named by rank ("Cpl. Pat Tillman", "Brig. Gen. Mark Kimmitt"); military bodies (units,
regiments, divisions, "the coalition"); two-country stories where each side's people keep their own country
(Israeli troops in Rafah, U.S. Marines in Falluja, Russian soldiers in Chechnya, Sudanese militia and Chadian
villagers, Chinese workers in Afghanistan); and people whose country only the dateline or the headline gives. The
stories are others than those of the earlier 2004 sets (`test_wire_2004_*.py`). More than half carry no dateline.

Each lead lists every actor it names with its gold code ("text=CODE", checked on the country with the
guidelines' `first_match`) and its gold events in the format of the event blind sets
(`tests/understand/events/test_wire_blind.py`). The sentences were written for this test, in wire style, from
memory of the period's events; no article text is copied, and the civilians quoted by name are generic. Codes and
events were written down by events_guidelines.md and the CAMEO codebook before the coder's output on these leads
was seen; the leads and the coding choices the guidelines leave open live in `wire_2004_civilians_leads.py`.

`python -m pytest tests/understand/actors/test_wire_2004_civilians.py -q -s -k score` prints the scores, overall
and by the lead's kind (cvl civilians, bus companies, mil soldiers and units, two two-country stories, place
people placed only by the dateline or headline)."""

from __future__ import annotations

import pytest

from tests.understand.actors.lead_sets import Lead, LeadSet
from tests.understand.actors.wire_2004_civilians_leads import LEADS

pytestmark = pytest.mark.model

# Actors the stages still code wrong, "lead id:actor text" -> cause (strict xfails).
ACTOR_MISSES: dict[str, str] = {
    "i-mukaradeeb-wedding:Villagers": "the places stage geocodes the unknown 'Mukaradeeb' abroad, and its one "
    "country is given to the villagers",
    "i-343rd-refuse:343rd Quartermaster Company": "the model tags 'Quartermaster Company' without the number, a "
    "company (BUS) of no country",
    "i-tillman-killed:Pat Tillman": "a named corporal with no nationality takes the place of the firefight "
    "(Afghanistan)",
    "i-caci-titan:Army investigators": "'Army investigators' (the U.S. Army's) take the home the Iraqi detainees "
    "give",
    "i-frederick-plea:military judge": "the U.S. court-martial's judge takes the Baghdad dateline",
    "i-fallujah-families:Families": "'fled Falluja': the town has no country when the actor stage reads it (the "
    "places stage gives it later)",
    "i-danish-basra:men": "'12 men' is no entity",
    "i-italian-carabinieri:coalition": "the lower-case 'the coalition' is no entity",
    "p-sderot-boy:four-year-old boy": "'a four-year-old boy' is no entity",
    "r-beslan-families:regional president": "'the regional president' is no entity",
    "a-manorama-protest:Thangjam Manorama": "a named woman with nothing of her own but the Imphal dateline gets no "
    "country",
    "a-gana-trading:Gana General Trading": "the small Korean firm is unknown and nothing in the lead places it",
    "a-gana-trading:Kim Chun-ho": "its head takes the unknown firm's (no) country",
    "a-ryongchon-survivors:children": "'Ryongchon' is unknown to the dictionaries and the places stage; the "
    "children now get no country rather than South Korea's",
    "m-taba-israelis:Egyptian rescuers": "'Egyptian rescuers' is no entity",
    "m-iran-bam-survivors:Survivors": "'Survivors of the Bam earthquake' is no entity",
    "m-iran-bam-survivors:police": "'Bam' is unknown: nothing places the story in Iran",
    "m-iran-bam-survivors:residents": "'Bam' is unknown: nothing places the story in Iran",
    "e-shell-watts:Philip Watts": "the chairman of the Anglo-Dutch group gets no country (the dictionary does not "
    "know him)",
    "e-madrid-victims:parliamentary commission": "'a parliamentary commission' is no entity",
    "e-libya-uta-families:relatives": "'a French group of relatives': the adjective on 'group' does not reach the "
    "relatives (now none, not Libya's)",
    "e-la-belle:victims": "the headline's 'disco victims' is matched first and gets none (no longer Libya's)",
    "am-yee-cleared:Army": "the capitalised 'The Army' of a Guantanamo story gets no country",
    "am-yee-cleared:James Yee": "the chaplain at Guantanamo Bay gets no country",
    "am-merck-vioxx:Merck and Co.": "the model tags 'Merck' alone, a name the dictionary leaves out as ambiguous",
    "am-merck-vioxx:Raymond Gilmartin": "'its chief executive' takes the unplaced 'Merck'",
    "af-zimbabwe-farmers:white farmers": "'Mashonaland' is unknown: nothing places the story in Zimbabwe",
    "d-dhaka-garment:owner": "'its owner' is no entity",
    "d-jakarta-maids:maids": "'Malaysia ordered' outvotes the Jakarta dateline, and the maids take Malaysia",
    "d-jakarta-maids:Siti Aminah": "a returning housemaid named with no nationality gets no country",
    "h-filipino-workers:Vic Gutierrez": "'a recruiter' in a story from Manila gets no country",
    "h-kenya-drivers-headline:Truck drivers": "'Truck drivers from Kenya' is no entity (drivers are no descriptor: "
    "their role stays open)",
    "h-kenya-drivers-headline:colleagues": "'three colleagues' is no entity",
}
# Leads whose events the coder still gets wrong, lead id -> what it misses and what it codes besides gold and `ok`
# ("?" for no actor), as the set's run shows it (strict xfails; the event stage is another helper's).
KNOWN_MISSES: dict[str, str] = {
    "i-mukaradeeb-wedding": "misses USA>IRQ 18; codes USA>CHE 19, USA>USA 14",
    "i-343rd-refuse": "misses USA>USA 12; codes IRQ>? 12",
    "i-recruits-massacre": "codes IRQ>IRQ 06",
    "i-church-bombs": "misses ?>IRQ 18; codes IRQ>IRQ 18",
    "i-tillman-killed": "misses ?>USA 18; codes ?>AFG 19",
    "i-kbr-meals": "misses USA>USA 11",
    "i-black-watch": "misses ?>GBR 18; codes IRQ>GBR 18",
    "i-salvadoran-najaf": "misses IRQ>SLV 18; codes ?>SLV 19",
    "i-polish-major": "misses IRQ>POL 18; codes ?>POL 19, IRQ>IRQ 18",
    "i-sadr-city-cavalry": "misses IRQ>USA 19; codes IRQ>IRQ 19",
    "i-yuce-killed": "misses IRQ>TUR 18; codes IRQ>? 19, IRQ>USA 07",
    "i-mosque-shooting-video": "misses USA>USA 09, USA>IRQ 18; codes USA>IRQ 09",
    "i-adhamiya-shopkeeper": "misses USA>IRQ 17; codes USA>? 19",
    "i-shrine-pilgrims": "misses IRQ>IRQ 08",
    "i-fallujah-families": "misses USA>IRQ 19; codes USA>USA 19",
    "i-iraqi-guard-falluja": "misses IRQ>IRQ 19, USA>IRQ 19; codes IRQ>? 08",
    "i-karbala-polish-bulgarian": "misses POL>IRQ 19, IRQ>POL 19",
    "i-danish-basra": "misses DNK>IRQ 17; codes DNK>DNK 17",
    "i-italian-carabinieri": "codes ?>ITA 18",
    "p-rafah-demolitions": "misses ISR>PSE 17",
    "p-hawara-teenager": "misses ISR>PSE 17",
    "p-sderot-boy": "misses PSE>ISR 18, ISR>PSE 19",
    "p-settlers-olive": "misses ISR>PSE 18; codes ?>? 18, ISR>PSE 19",
    "p-pullout-rally": "codes ISR>? 12",
    "p-ashkelon-workers": "misses PSE>ISR 11",
    "r-grozny-raid": "codes RUS>RUS 17",
    "r-gazprom-rosneft": "codes RUS>RUS 13",
    "s-janjaweed-tine": "misses SDN>SDN 18; codes SDN>TCD 19",
    "s-refugee-women": "misses SDN>SDN 18; codes SDN>SDN 03",
    "s-chadians-host": "misses TCD>TCD 10; codes SDN>TCD 02",
    "s-save-children": "codes GBR>? 03, SDN>SDN 18, SDN>SDN 19",
    "s-nyala-camp-razed": "misses SDN>SDN 17",
    "a-tak-bai": "misses THA>THA 17",
    "a-manorama-protest": "misses IND>IND 17; codes ?>? 18",
    "a-wang-ende": "codes ?>CHN 08, PAK>CHN 19",
    "a-election-workers": "misses AFG>AFG 18; codes ?>AFG 18",
    "a-kim-sun-il": "codes KOR>? 15",
    "a-gana-trading": "codes BUS>? 03, BUS>CRM 03",
    "a-asian-cup-fans": "misses CHN>JPN 14; codes CHN>CHN 14, CHN>JPN 11, CHN>JPN 19",
    "a-taipei-protesters": "misses TWN>TWN 10",
    "a-hk-march": "codes CHN>? 12, HKG>? 10, HKG>HKG 14",
    "a-karachi-shia": "misses PAK>? 14; codes PAK>? 17",
    "a-ryongchon-survivors": "misses CHN>PRK 07, KOR>PRK 07; codes ?>KOR 17, ?>KOR 18",
    "m-frank-gardner-hospital": "codes IRL>? 19, SAU>GBR 18",
    "m-taba-israelis": "misses ?>ISR 18; codes ?>EGY 18",
    "m-iran-bam-survivors": "misses IRN>IRN 14, IRN>IRN 17; codes COP>? 17",
    "e-van-gogh": "codes NLD>? 18",
    "e-mosques-burned": "misses SRB>SRB 14, SRB>SRB 17; codes SRB>SCG 17",
    "e-northern-bank": "misses ?>GBR 18",
    "e-airbus-boeing": "misses USA>IGO 10, IGO>USA 10; codes IGO>FRA 07, USA>IGO 02",
    "e-opel-jobs": "misses DEU>DEU 14",
    "e-madrid-victims": "misses ESP>ESP 11",
    "e-libya-uta-families": "codes LBY>NER 03",
    "e-la-belle": "misses LBY>DEU 05; codes LBY>DEU 03, LBY>LBY 11",
    "e-greek-olympic-guards": "codes IGO>GRC 15",
    "r-ingush-camps": "misses RUS>RUS 17; codes ?>RUS 02, RUS>? 08",
    "am-yee-cleared": "misses USA>USA 08; codes MIL>MIL 08",
    "am-haiti-peacekeepers": "misses HTI>HTI 18; codes BRA>HTI 19",
    "am-nueva-linda": "misses GTM>GTM 18; codes ?>GTM 18",
    "am-argentina-nightclub": "misses ARG>ARG 17; codes ARG>? 10, ARG>ARG 18",
    "am-venezuela-guard": "codes VEN>VEN 19",
    "af-hoceima-quake": "misses MAR>MAR 17; codes MAR>MAR 18",
    "af-shell-delta": "codes GBR>NGA 16",
    "af-somali-traders": "misses SOM>SOM 17; codes SOM>SOM 06",
    "d-dhaka-garment": "codes BGD>? 10, BGD>? 17",
    "d-jakarta-maids": "misses MYS>IDN 17; codes MYS>MYS 17",
    "d-kiev-miners": "misses UKR>UKR 10",
    "d-gaza-funeral": "codes PSE>? 19, PSE>PSE 14",
}


SET = LeadSet(LEADS)


@pytest.mark.parametrize(("lead_id", "spec"), SET.actor_params(ACTOR_MISSES))
def test_civilians_actor_has_its_gold_country(lead_id: str, spec: str) -> None:
    SET.assert_actor(lead_id, spec)


@pytest.mark.parametrize("lead", SET.lead_params(KNOWN_MISSES))
def test_civilians_lead_events_are_coded_as_gold(lead: Lead) -> None:
    SET.assert_events(lead)


# Leads written for the actor rules the set led to (generic people and incidents): a rank between a noun and the
# name in apposition to it keeps the apposition ("a Polish soldier, Cpl. X,"); a seat in one token places a firm
# ("a U.S.-based contractor"); an appositive's employer is the first owner its phrase names, by adjective as well
# ("a driver for a Jordanian firm supplying the U.S. army"); civilians and armed men take the story's home only
# where a place puts the story there, not a state striking or paying from outside; the units of the U.S., British
# and Japanese forces of 2004 are their states'; crowds and workers named by what they do are actors; a group is
# placed by the verbs joined to its own, the participle it is the agent of, and a place of several words.
RULES = LeadSet((
    Lead("r-rank-apposed", "Soldier killed", "A roadside bomb killed a Polish soldier, Cpl. Tomasz Wrona, and "
         "wounded two others near Hilla on Monday.", ("Tomasz Wrona=POL",)),
    Lead("r-rank-apposed-subject", "Sergeant wounded", "An Estonian soldier, Sgt. Andres Kull, was wounded "
         "when his patrol came under fire in Baghdad.", ("Andres Kull=EST",)),
    Lead("r-seat-one-token", "Contractor staff seized", "Gunmen seized two engineers of Marlow Engineering, a "
         "U.S.-based contractor, near Kirkuk on Sunday.", ("Marlow Engineering=USA",)),
    Lead("r-employer-adjective", "Driver seized", "Kidnappers in Iraq seized Samir Haddad, a driver for a "
         "Jordanian firm supplying the U.S. army, the company said.", ("Samir Haddad=JOR",)),
    Lead("r-struck-villagers", "Villagers say jets hit homes", "Villagers said on Tuesday that U.S. jets had "
         "bombed their homes, killing 12 people, and a U.S. general said the planes hit a rebel camp.",
         ("Villagers=",)),
    Lead("r-paid-victims", "State to pay victims", "Libya agreed on Monday to pay the victims of a 1980s bombing "
         "of an airliner, lawyers said.", ("victims=",)),
    Lead("r-placed-villagers", "Villagers protest", "Villagers in the Peruvian town of Tambo blocked a road on "
         "Monday to protest against a mining project, and Peruvian police fired tear gas.", ("Villagers=PER",)),
    Lead("r-us-units", "Troops raid district", "Soldiers of the 1st Cavalry Division raided houses in a Baghdad "
         "district on Friday, and the Marines said they had detained 20 men in Ramadi.",
         ("1st Cavalry Division=USA", "Marines=USA")),
    Lead("r-allied-units", "Regiment in patrol", "Three Black Watch soldiers were hurt in a blast south of Baghdad, "
         "and the Ground Self-Defense Force said its camp in Samawah was safe.",
         ("Black Watch=GBR", "Ground Self-Defense Force=JPN")),
    Lead("r-from-multiword-place", "Rocket hits town", "Reuters - A rocket fired by militants from the Gaza Strip "
         "hit a house in the Israeli town of Sderot on Tuesday, wounding a woman.", ("militants=PSE",)),
    Lead("r-fled-town", "Families flee", "Families loaded their cars and fled Kabul on Monday after U.S. jets "
         "bombed the hills north of the city.", ("Families=AFG",)),
    Lead("r-named-by-deed", "Crowds and workers", "NAIROBI (Reuters) - Marchers blocked a road into the city on "
         "Friday as saboteurs cut a power line.",
         ("Marchers=KEN", "saboteurs=KEN")),
))


@pytest.mark.parametrize(("lead_id", "spec"), RULES.actor_params({}))
def test_civilians_rule_actor_has_its_country(lead_id: str, spec: str) -> None:
    RULES.assert_actor(lead_id, spec)


def test_score_on_the_civilians_set() -> None:
    scores = SET.scores()
    by_kind: dict[str, list[int]] = {}
    for lead in LEADS:
        for spec in lead.actors:
            tally = by_kind.setdefault(lead.kind, [0, 0])
            tally[0] += SET.actor_right(lead.id, spec)
            tally[1] += 1
    print("by kind", {k: f"{v[0]}/{v[1]}" for k, v in sorted(by_kind.items())})
    # Floors just under the scores when the set was last fixed (tuple P/R .503/.513, actor country .875, six split
    # codes; main before any fix, on the same leads, .470/.471, .788 and three: the new splits are actors that lost
    # the other side's country while the event stage still fills their slots from the story's home).
    assert scores["tuple_precision"] >= 0.49
    assert scores["tuple_recall"] >= 0.50
    assert scores["actor_country"] >= 0.86
    assert scores["split_codes"] <= 6
