"""A blind set of real wire leads of 2004 dense in actors whose country the text gives only indirectly, as AG's
News carries the "World" class (headline plus one to three sentences): people named once with a descriptor
before or after them ("Thomas Hamill, the Mississippi truck driver"), in lists, or in the headline alone;
relatives, lawyers and spokesmen of someone named ("Saddam Hussein's eldest daughter Raghad", "Foreign Ministry
spokesman Kong Quan"); hostages and aid workers; clerics and elites; companies and their staff; rebels and
militias named by a place or a leader ("Moqtada al-Sadr's militia", "Chechen rebels", "the Islamic Movement of
Uzbekistan"); state organs named bare ("the army", "Parliament", "The Constitutional Court", "the Verkhovna
Rada"), with and without a dateline; troops, police and diplomats acting abroad; and the other side's people in
two-country stories. The stories are others than those of the earlier 2004 sets (`test_wire_2004_*.py`). More
than half carry no dateline.

Each lead lists every actor it names with its gold code ("text=CODE", checked on the country with the
guidelines' `first_match`; an empty code means the actor is found and given no country) and its gold events in
the format of the event blind sets (`tests/understand/events/test_wire_blind.py`). The sentences were written
for this test, in wire style, from memory of the period's events; no article text is copied. Codes and events
were written down by events_guidelines.md and the CAMEO codebook before the coder's output on these leads was
seen; the leads and the coding choices the guidelines leave open live in `wire_2004_people_leads.py`.

`python -m pytest tests/understand/actors/test_wire_2004_people.py -q -s -k score` prints the scores, overall
and by the lead's kind."""

from __future__ import annotations

import pytest

from tests.understand.actors.lead_sets import Lead, LeadSet
from tests.understand.actors.wire_2004_people_leads import LEADS

pytestmark = pytest.mark.model

# Actors the stages still code wrong, "lead id:actor text" -> cause (strict xfails).
ACTOR_MISSES: dict[str, str] = {
    "h-hicks-charged:military commission": "'A military commission' gets the role and no country: nothing places the "
    "Guantanamo tribunal",
    "r-raghad-lawyers:Raghad": "a given name alone after 'eldest daughter' is no entity",
    "r-omri-sharon:Omri": "a given name alone after 'the prime minister's son' is no entity",
    "c-jiang-yanyong:military": "'held by the military' with no dateline and only China's past named: no country",
    "c-somchai-missing:Angkhana": "the wife named by her given name alone is no entity",
    "c-slim-embratel:Embratel": "'Brazilian long-distance carrier Embratel': the name is no entity the model tags",
    "c-saca-wins:ARENA": "the upper-case party acronym is no entity the model tags",
    "b-alstom-rescue:Mario Monti": "undated, the dictionary gives Monti his last office (Italy's premier, 2011), not "
    "the EU commissioner he was in 2004",
    "g-yaqoubi-arrest:Coalition forces": "'Coalition forces' in Najaf take the story's country",
    "g-yaqoubi-arrest:followers": "'the cleric's followers' is no entity",
    "g-hawza-closed:al-Hawza": "'Sadr's weekly al-Hawza' takes the country of Bremer, the U.S. administrator",
    "g-pwg-talks:People#39;s War Group": "the gold keeps the corpus's '#39;', the entity the cleaned apostrophe",
    "g-npa-ambush:New People#39;s Army": "the gold keeps the corpus's '#39;', the entity the cleaned apostrophe",
    "g-zarqawi-group-claims:Abu Musab al-Zarqawi": "the dictionary has Zarqawi as an Iraqi insurgent, not the "
    "Jordanian he is",
    "g-zarqawi-group-claims:Governing Council": "the bare 'Governing Council' gets no country",
    "o-aziz-elected:opposition members": "'opposition members walked out' is no entity",
    "o-npc-amendment:National People#39;s Congress": "the gold keeps the corpus's '#39;', the entity the cleaned "
    "apostrophe",
    "a-defectors-airlift:South": "'the South' (South Korea) is no actor",
    "l-g8-leaders:Martin": "the surname 'Martin' is too common for the dictionary to give Paul Martin",
    "l-abu-ghraib-list:army": "no dateline and Abu Ghraib named: 'The army' takes Iraq",
    "l-abu-ghraib-list:Lynndie England": "the model splits the name into 'Lynndie' and 'England' (a country)",
    "l-fahima-zubeidi:Police": "no dateline and Jenin named: the police take the Palestinian territories",
    "l-chalabi-allies:Salem": "a given name alone after 'nephew' is no entity",
}
# Leads whose events the coder still gets wrong, lead id -> what it misses and what it codes besides gold and `ok`
# ("?" for no actor), as the set's run shows it (strict xfails; the event stage is another helper's).
KNOWN_MISSES: dict[str, str] = {
    "h-kabul-un-workers": "misses AFG>GBR 18, AFG>PHL 18; codes AFG>? 17",
    "h-jaish-demands": "misses AFG>GBR 10",
    "h-quattrocchi-rome": "codes IRQ>ITA 18",
    "h-begg-lawyers": "codes ?>? 18",
    "h-hicks-charged": "misses USA>AUS 11; codes AUS>AUS 17",
    "h-kgl-drivers": "codes IRQ>? 03",
    "r-khazali-disarm": "misses IRQ>? 12",
    "r-kong-quan": "codes JPN>CHN 13",
    "r-boucher-uzbek": "misses USA>UZB 16; codes USA>UZB 13",
    "r-regev-barrier": "misses ISR>IGO 11; codes ISR>ISR 12",
    "r-gissin-arafat": "misses ISR>PSE 11",
    "r-erekat-settlements": "misses PSE>ISR 11",
    "r-eckhard-oil": "misses IGO>? 05",
    "r-prikhodko-ukraine": "misses RUS>? 11; codes RUS>? 13",
    "r-abu-zuhri": "misses PSE>ISR 13",
    "c-sistani-london": "codes IRQ>GBR 07",
    "c-dari-scholars": "misses IRQ>USA 11",
    "c-tantawi-beheadings": "misses EGY>? 11; codes ?>? 11",
    "c-jiang-yanyong": "misses CHN>CHN 17",
    "c-somchai-missing": "misses ?>THA 18",
    "c-fernandez-wins": "codes DOM>? 08",
    "c-saca-wins": "codes SLV>SLV 19",
    "c-benflis-rejects": "misses DZA>DZA 11",
    "c-latham-troops": "codes AUS>AUS 03",
    "c-clarke-testifies": "misses USA>USA 11",
    "b-ufj-merger": "misses JPN>JPN 06",
    "b-alstom-rescue": "codes FRA>? 03, IGO>FRA 08, ITA>FRA 08",
    "b-baikal-yugansk": "codes RUS>RUS 06",
    "b-blackwater-bodies": "misses IRQ>USA 18",
    "g-yaqoubi-arrest": "misses USA>IRQ 17, IRQ>USA 14; codes IRQ>IRQ 17",
    "g-hawza-closed": "misses USA>IRQ 17, USA>IRQ 11",
    "g-karen-talks": "codes MMR>? 03",
    "g-el-para": "misses LBY>DZA 08; codes TCD>? 17",
    "g-zarqawi-group-claims": "misses IRQ>IRQ 18; codes ?>IRQ 18",
    "g-chechen-nazran": "misses RUS>RUS 18; codes RUS>RUS 17",
    "g-zakayev-asylum": "misses RUS>? 12",
    "o-roh-reinstated": "misses KOR>KOR 08; codes KOR>KOR 16",
    "o-aziz-elected": "codes PAK>PAK 06",
    "o-duma-kyoto": "codes RUS>? 05",
    "o-npc-amendment": "codes CHN>? 03",
    "o-majlis-bare": "misses IRN>IRN 17; codes GBR>GBR 17, IRN>GBR 16",
    "o-lok-sabha": "codes IND>IND 17",
    "o-rada-vote": "misses UKR>UKR 11, UKR>UKR 12; codes UKR>? 05",
    "o-ecuador-court": "misses ECU>ECU 17",
    "o-tbmm-adultery": "codes TUR>? 12",
    "a-beijing-riot-police": "codes CHN>CHN 17, CHN>HTI 04",
    "a-dutch-marines": "misses IRQ>NLD 18; codes IRQ>IRQ 18, IRQ>IRQ 19",
    "a-isaf-patrol": "misses ?>IGO 18, ?>CAN 18; codes AFG>AFG 18",
    "a-okinawa-activists": "misses CHN>JPN 10; codes JPN>JPN 17",
    "a-defectors-airlift": "misses PRK>KOR 11",
    "a-kazemi-verdict": "misses CAN>IRN 16; codes IRN>IRN 08",
    "a-russian-spies-qatar": "codes ?>RUS 03, RUS>RUS 10",
    "l-chirac-schroeder-putin": "codes DEU>FRA 04, FRA>DEU 04",
    "l-kwasniewski-headline": "misses POL>? 08",
    "l-g8-leaders": "misses USA>CAN 04",
    "l-abu-ghraib-list": "misses USA>USA 11; codes IRQ>GBR 11, IRQ>IRQ 17, IRQ>USA 11",
    "l-karpinski-taguba": "misses USA>USA 11",
    "l-hersh-new-yorker": "misses USA>USA 11",
    "l-abashidze-ivanov": "codes GEO>RUS 04, RUS>RUS 04",
    "l-tymoshenko-rally": "misses UKR>UKR 14; codes UKR>UKR 04",
    "l-fahima-zubeidi": "misses ISR>ISR 17; codes PSE>ISR 17",
    "l-sanchez-relieved": "codes USA>USA 03",
    "l-negroponte-arrives": "codes USA>IRQ 04, USA>IRQ 15",
    "l-chalabi-allies": "misses IRQ>IRQ 11",
    "l-burns-syria": "misses USA>SYR 02",
    "l-downer-jakarta": "codes AUS>IDN 04",
    "l-ahern-presidency": "codes IRL>? 05, IRL>IGO 05",
    "l-verhofstadt-line": "codes BEL>TUR 02, BEL>TUR 05",
}


SET = LeadSet(LEADS)


@pytest.mark.parametrize(("lead_id", "spec"), SET.actor_params(ACTOR_MISSES))
def test_people_actor_has_its_gold_country(lead_id: str, spec: str) -> None:
    SET.assert_actor(lead_id, spec)


@pytest.mark.parametrize("lead", SET.lead_params(KNOWN_MISSES))
def test_people_lead_events_are_coded_as_gold(lead: Lead) -> None:
    SET.assert_events(lead)


# Leads written for the actor rules the set led to (generic incidents): a bare "Congress" in a story placed in a
# state whose legislature is called Congress is that state's, and elsewhere the U.S. one; where a person serves or
# lives ("its consul in Mosul", "the new commander in Iraq", "the London-based envoy") is not whose he is (a
# company's seat is), and "its" is the state the clause reports; a ministry is of the capital it sits in; police
# and troops "sent by" a state are its own; a "Security Council secretary" is a state's officer, not the U.N.'s.
RULES = LeadSet((
    Lead("r-congress-manila", "Congress opens canvass", "MANILA (Reuters) - Congress began counting the votes for "
         "president on Monday, and lawmakers of the opposition walked out.", ("Congress=PHLLEG",)),
    Lead("r-congress-quito", "Congress ousts judges", "QUITO (Reuters) - Congress voted on Wednesday to dismiss "
         "the electoral court, a move the opposition called a coup.", ("Congress=ECULEG",)),
    Lead("r-congress-baghdad", "Congress approves Iraq funds", "BAGHDAD (Reuters) - Congress approved billions of "
         "dollars on Thursday to rebuild Iraq, and the U.S. administrator welcomed the vote.", ("Congress=USALEG",)),
    Lead("r-consul-in-town", "Envoy seized in Iraq", "Reuters - Turkey said on Monday that gunmen had kidnapped "
         "Ahmet Korkmaz, its consul in Mosul, on the road to Baghdad.", ("Ahmet Korkmaz=TURGOV",)),
    Lead("r-commander-in", "Commander sees long fight", "AP - Gen. George Casey, the new commander in Iraq, said "
         "on Sunday the insurgency in the country could last years.", ("George Casey=USAMIL",)),
    Lead("r-cleric-at", "Cleric condemns killings", "Sheikh Mohammed Sayed Tantawi, the grand imam at Cairo#39;s "
         "al-Azhar mosque, condemned the killing of foreign hostages in Iraq on Tuesday.",
         ("Mohammed Sayed Tantawi=EGY",)),
    Lead("r-ministry-in", "Aid workers wounded", "Reuters - A roadside bomb wounded two aid workers in Samawah on "
         "Sunday, the Foreign Ministry in Tokyo said.", ("Foreign Ministry=JPNGOV",)),
    Lead("r-ministry-bare", "Police chief shot", "BAGHDAD (Reuters) - Gunmen shot dead a police chief in the "
         "capital on Sunday, the Interior Ministry said.", ("Interior Ministry=IRQGOV",)),
    Lead("r-based-person", "Envoy denies role", "Reuters - Akhmed Zakayev, the London-based envoy of the "
         "separatists, denied on Sunday that they had planned the raid.", ("Akhmed Zakayev=RUS",)),
    Lead("r-based-company", "Miner wins licence", "The London-based company Kestrel Mining said on Monday it had won "
         "a licence to dig for copper in Zambia.", ("Kestrel Mining=GBR",)),
    Lead("r-council-secretary", "Kiev rejects talks", "KIEV (Reuters) - Security Council secretary Petro Markov "
         "said on Friday the government would not negotiate with the protesters.", ("Petro Markov=UKRGOV",)),
    Lead("r-police-sent-by", "Reinforcements arrive", "PORT-AU-PRINCE (Reuters) - Two hundred police officers "
         "sent by Pakistan arrived in the capital on Monday to join the U.N. mission.",
         ("police officers=PAKCOP",)),
    Lead("r-troops-sent-by", "Patrols resume in Dili", "DILI (Reuters) - Troops sent by Portugal took "
         "over patrols of the capital on Tuesday after a night of riots.", ("Troops=PRTMIL",)),
))


@pytest.mark.parametrize(("lead_id", "spec"), RULES.actor_params({}))
def test_people_rule_actor_has_its_country(lead_id: str, spec: str) -> None:
    RULES.assert_actor(lead_id, spec)


def test_score_on_the_people_set() -> None:
    scores = SET.scores()
    by_kind: dict[str, list[int]] = {}
    for lead in LEADS:
        for spec in lead.actors:
            tally = by_kind.setdefault(lead.kind, [0, 0])
            tally[0] += SET.actor_right(lead.id, spec)
            tally[1] += 1
    print("by kind", {k: f"{v[0]}/{v[1]}" for k, v in sorted(by_kind.items())})
    # Floors just under the scores when the set was last fixed (tuple P/R .500/.515, actor country .908, five split
    # codes; main before any fix, on the same leads, .446/.434, .777 and five).
    assert scores["tuple_precision"] >= 0.49
    assert scores["tuple_recall"] >= 0.50
    assert scores["actor_country"] >= 0.89
    assert scores["split_codes"] <= 5
