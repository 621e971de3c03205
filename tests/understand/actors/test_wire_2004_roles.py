"""A blind set of real wire leads of 2004 whose actors are mostly not governments, as AG's News carries the
"World" class (headline plus one to three sentences): news agencies, papers and broadcasters and their reporters
(Xinhua, KCNA, IRNA, MENA, Itar-Tass, Interfax, Haaretz, Al Jazeera, Al-Arabiya, Asharq al-Awsat, Al-Hayat, the
BBC); hostages, workers, contractors, residents, pilgrims, tourists, fans and named private people; former
leaders, royals, Nobel laureates and clerics (Sistani, the Pope, the Dalai Lama, a patriarch, a grand mufti);
companies, airlines and banks; aid and rights groups (Red Cross, MSF, Amnesty, Human Rights Watch, Transparency
International, Reporters Without Borders); U.N. agencies and officials (UNHCR, WFP, UNICEF, WHO, the IAEA, Annan,
Brahimi, the Rwanda tribunal); courts, judges, parliaments and opposition parties; unions and strikers; rebels
and militias; police and soldiers of named or implied states. The stories are others than those of the earlier
2004 sets (`test_wire_2004_*.py`). About a third carry a dateline ("SEOUL (Reuters) -"), a third an agency
credit ("AP - "), a third a headline and a bare sentence; about a third tell no codable event (reports,
disasters, appointments, verdicts of acquittal, polls, business deals), and many carry the corpus's `#39;` for
an apostrophe and `#36;` for a dollar sign.

Each lead lists every actor it names with its gold code ("text=CODE", checked on the country with the
guidelines' `first_match`; an empty code means the actor is found and given no country) and its gold events in
the format of the event blind sets (`tests/understand/events/test_wire_blind.py`). The sentences were written
for this test, in wire style, from memory of the period's events; no article text is copied. Codes and events
were written down by events_guidelines.md and the CAMEO codebook before the coder's output on these leads was
seen; the leads and the coding choices the guidelines leave open live in `wire_2004_roles_leads.py`.

`python -m pytest tests/understand/actors/test_wire_2004_roles.py -q -s -k score` prints the scores, overall and
by the actor's gold role."""

from __future__ import annotations

import pytest

from tests.understand.actors.lead_sets import Lead, LeadSet
from tests.understand.actors.wire_2004_roles_leads import LEADS

pytestmark = pytest.mark.model

# Actors the stages still code wrong, "lead id:actor text" -> cause (strict xfails).
ACTOR_MISSES: dict[str, str] = {
    "m-gardner-shot:Frank Gardner": "the BBC's correspondent takes the Riyadh dateline's country; nothing gives a "
    "named reporter his outlet's or his own nationality",
    "m-rsf-deadliest:Reporters Without Borders": "the headline's 'reporters' (a group given Iraq) stands first for "
    "the name",
    "c-kim-sunil:militants": "no dateline and a Korean story: the nameless militants take Korea, not Iraq where "
    "they beheaded him",
    "c-hajj-stampede:pilgrims": "pilgrims take the country of the place they died in (Mecca), though hajj pilgrims "
    "come from everywhere",
    "e-kazan-icon:Patriarch Alexiy II": "the model leaves 'Russian Orthodox Patriarch Alexiy II' untagged; dated "
    "persons are no ruler patterns",
    "b-halliburton-repay:Kuwaiti subcontractor": "a singular 'subcontractor' is no group noun (it would take 'the "
    "Polish contractor' from the man named before)",
    "b-unocal-settles:soldiers": "the nameless soldiers take the Los Angeles dateline's country, not Myanmar's",
    "u-annan-son:Kojo": "Annan's son is known by his given name only; no entry",
    "u-congo-abuse:peacekeepers": "nameless peacekeepers get no country or organisation (they may be the U.N.'s, "
    "the AU's, NATO's)",
    "u-qazi-named:Ashraf Jehangir Qazi": "the U.N. envoy is coded by the text's 'Pakistani diplomat'",
    "u-kano-polio:Muslim leaders": "'Muslim leaders' of Kano state get no country",
    "p-roh-impeached:parliament": "the parse hangs 'opposition-controlled parliament' as an apposition of the "
    "dateline: no group",
    "l-hyundai-strike:union": "'the union said' with no name before it is no entity",
    "s-nll-shots:Joint Chiefs of Staff": "a Korean story with no dateline: the bare 'Joint Chiefs of Staff' is the "
    "dictionary's U.S. one",
}
# Leads whose events the coder still gets wrong, lead id -> what it codes (strict xfails).
KNOWN_MISSES: dict[str, str] = {
    "r-assam-parade": "contested gold: a bomb 'blamed on' rebels is only alleged to be theirs; the coder gives the bombing no source (session 20)",
    "m-gardner-shot": "the BBC correspondent is coded as Saudi (see ACTOR_MISSES)",
    "m-arabiya-bomb": "the bombing's target is Iraq (the place), not Al-Arabiya's offices",
    "m-kcna-ryongchon": "'killed in last week's train explosion' is coded as a bombing (183)",
    "m-vanunu-freed": "'barred him from leaving the country' is coded as reduced relations (16)",
    "m-yawar-awsat": "'foreign troops should stay' is coded as a demand (10)",
    "m-zarqawi-pledge": "the source is Zarqawi (JOR), not his group; bin Laden gets INS as a target",
    "m-nek-mohammed": "'who had sheltered foreign al-Qaida fighters' is coded as aid (07)",
    "m-channel5-strike": "the hunger strike and the court's freeze get the same source (UKR), the freeze no target",
    "m-nyt-researcher": "'a Chinese researcher for The New York Times' also gives a target of the newspaper's "
    "country",
    "c-kim-sunil": "the beheading (a noun) is coded with Korean militants; the march in Seoul is not coded",
    "c-mosul-missionaries": "'opened fire on a car carrying aid workers' is coded as fighting (19) besides the "
    "killing",
    "c-bulgarian-nurses": "'a verdict Sofia called absurd' is no criticism",
    "c-turkish-truckers": "'would stop carrying goods for U.S. forces' is coded as nothing",
    "c-kathmandu-students": "'defied a ban on rallies to demand that the king restore democracy' is coded as a "
    "rejection",
    "c-wanzhou-riot": "'a man posing as an official beat a porter' is coded as criticism (11)",
    "c-falluja-families": "'massed troops around the rebel-held city' gets no target",
    "c-ashura-pilgrims": "the nameless bombers are given Iraq as source",
    "e-kazan-icon": "'handed a revered icon to' is coded as nothing",
    "e-dalai-kalmykia": "'Moscow granted him a visa' is coded as cooperation (06) with no target",
    "e-juppe-convicted": "'convicted' and 'barred from holding office' are coded as criticism and reduced relations "
    "too",
    "e-pope-lourdes": "'knelt in prayer at the grotto of Lourdes' is no visit",
    "b-halliburton-repay": "'a subcontractor supplying U.S. troops' is coded as military aid",
    "b-cnpc-pipeline": "'to build a pipeline' is coded as the Kazakh firm's intent",
    "n-msf-afghan": "'pulling out of Afghanistan' is coded as yielding (08), not withdrawal of aid (16)",
    "n-icrc-warned": "'had repeatedly told U.S. authorities about the abuse' is coded as a threat (13)",
    "n-amnesty-report": "'said ..., and accused Washington of abusing detainees' is coded as nothing",
    "n-hrw-tribunal": "Human Rights Watch's criticism and appeal take Iraq as source",
    "n-red-crescent-falluja": "'turned back an aid convoy' is coded as nothing",
    "n-icrc-saddam": "'Red Cross officials visited Saddam Hussein' is coded as Iraq's",
    "u-unhcr-afghans": "refugees who 'returned home' are coded as a release (0841)",
    "u-wfp-korea": "'warning that it would have to cut rations' is coded as a threat (13)",
    "u-brahimi-poison": "'after Brahimi called its policies the great poison' is no criticism",
    "u-congo-abuse": "the peacekeepers' abuse takes Congo as source (see ACTOR_MISSES)",
    "u-qazi-named": "the background 'since a bomb killed Sergio Vieira de Mello last year' is coded",
    "u-ictr-life": "the sentence is coded a second time with the ex-minister as source",
    "p-arroyo-proclaimed": "'proclaimed X the winner' is coded as praise (051); the protest outside is not coded",
    "p-roh-impeached": "the parliament is no entity (see ACTOR_MISSES): the impeachment gets no source",
    "p-cambodia-coalition": "'approved a new coalition government' is coded as cooperation (06)",
    "p-berlusconi-acquitted": "an acquittal is coded as yielding (08)",
    "l-edf-cuts": "'cut power to thousands of homes' is coded as reduced relations (16)",
    "r-mosul-mess-tent": "'Ansar al-Sunna claimed responsibility' is coded as a claim (015, root 01, no event by the "
    "guidelines) and the blast gets no source; the parse has the soldiers claim too",
    "r-dyncorp-bomb": "'the Taliban claimed responsibility' is coded as a claim (015) and the bombing gets no source; "
    "'which guards President Hamid Karzai' is coded as military aid (074)",
    "s-hague-siege": "'had thrown a grenade that wounded three officers' gets no source; the siege is coded as force",
    "s-falluja-mosque-film": "'a Marine filmed shooting dead a prisoner' (a participle under the investigation) is "
    "coded as force",
    "x-bali-tourists": "the background 'the nightclub bombings that killed 202 people' is coded",
    "x-conoco-lukoil": "'agreed to buy a stake' is coded as intent and economic cooperation",
    "x-chechen-camps": "'fear being forced home' is coded as coercion",
    "x-alwaleed-disney": "'put more money into the theme park' is coded as aid (07)",
    "x-norway-oil-strike": "'ordered striking workers back to work' is coded as a meeting (04) and 'ending a "
    "walkout' as yielding",
}


SET = LeadSet(LEADS)


@pytest.mark.parametrize(("lead_id", "spec"), SET.actor_params(ACTOR_MISSES))
def test_roles_actor_has_its_gold_country(lead_id: str, spec: str) -> None:
    SET.assert_actor(lead_id, spec)


@pytest.mark.parametrize("lead", SET.lead_params(KNOWN_MISSES))
def test_roles_lead_events_are_coded_as_gold(lead: Lead) -> None:
    SET.assert_events(lead)


# Leads written for the actor rules the set led to (generic incidents): a headline's bare institution name is the
# body's country-qualified one, and a bare one the body does not qualify keeps the dictionary's reading; strikers
# named by their trade, football fans, subcontractors and a navy's patrol boat are groups of the country their
# words or the dateline give; a national Red Crescent society is its country's aid group; an Army specialist ("Spc.") is a U.S. soldier.
RULES = LeadSet((
    Lead("r-congress-headline", "Congress rejects budget", "LIMA (Reuters) - The Peruvian Congress voted on "
         "Thursday to reject the government#39;s budget for next year.", ("Congress=PERLEG",)),
    Lead("r-congress-bare", "Congress approves aid bill", "Reuters - Congress approved an emergency aid bill on "
         "Thursday, and President George W. Bush is expected to sign it.", ("Congress=USALEG",)),
    Lead("r-pilots-strike", "Greek airline grounded", "ATHENS (Reuters) - Greek pilots and flight attendants "
         "walked off the job on Tuesday, grounding most domestic flights.",
         ("Greek pilots=GRC", "flight attendants=GRC")),
    Lead("r-civil-servants", "Civil servants strike", "AFP - Thousands of Nigerian civil servants went on strike on "
         "Monday over unpaid wages.", ("Nigerian civil servants=NGA",)),
    Lead("r-fans-clash", "Fans clash with police", "WARSAW (Reuters) - Polish football fans fought riot police "
         "outside a stadium on Saturday after their team lost.", ("Polish football fans=POL", "riot police=POLCOP")),
    Lead("r-subcontractors", "Three seized near Ramadi", "Reuters - Gunmen seized three Jordanian subcontractors "
         "working for a U.S. company near Ramadi on Sunday.", ("Jordanian subcontractors=JOR",)),
    Lead("r-patrol-boat", "Navy boat sunk", "COLOMBO (Reuters) - Tamil Tiger rebels sank a Sri Lankan navy patrol "
         "boat off the east coast on Wednesday, the military said.", ("Sri Lankan navy patrol boat=LKAMIL",)),
    Lead("r-spc-rank", "Soldier charged over abuse", "BAGHDAD (Reuters) - A military court charged Army Spc. "
         "Daniel Harlow on Tuesday with beating a detainee at a prison north of the capital.",
         ("Daniel Harlow=USAMIL",)),
    Lead("r-red-crescent", "Aid group blocked", "AP - Israeli troops stopped Palestinian Red Crescent ambulances "
         "at a checkpoint near Nablus on Monday, the aid group said.", ("Palestinian Red Crescent=PSENGO",)),
))


@pytest.mark.parametrize(("lead_id", "spec"), RULES.actor_params({}))
def test_roles_rule_actor_has_its_country(lead_id: str, spec: str) -> None:
    RULES.assert_actor(lead_id, spec)


def _role(code: str) -> str:
    """The gold role an actor is scored under: IGO and NGO as such, a bare country as "state", else the role."""
    if not code:
        return "none"
    if code[:3] in ("IGO", "NGO"):
        return code[:3]
    return code[3:6] or "state"


def test_score_on_the_roles_set() -> None:
    scores = SET.scores()
    by_role: dict[str, list[int]] = {}
    for lead in LEADS:
        for spec in lead.actors:
            tally = by_role.setdefault(_role(spec.split("=")[1]), [0, 0])
            tally[0] += SET.actor_right(lead.id, spec)
            tally[1] += 1
    print("by role", {k: f"{v[0]}/{v[1]}" for k, v in sorted(by_role.items())})
    # Floors just under the scores when the set was last fixed (tuple P/R .605/.694, actor country .950, three
    # split codes; main before any fix, on the same leads, .568/.653, .864 and four).
    assert scores["tuple_precision"] >= 0.59
    assert scores["tuple_recall"] >= 0.68
    assert scores["actor_country"] >= 0.94
    assert scores["split_codes"] <= 3
