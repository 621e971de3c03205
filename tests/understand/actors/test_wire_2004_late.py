"""A blind set of real wire leads of August to December 2004 (headline plus one to three sentences, as AG's News
carries the "World" class), across the world: Najaf and Falluja, hostage killings and videos, the Iraqi election
run-up, Arafat's illness, death and succession, the Gaza pullout vote, Iran's talks with the EU3, North Korea and
Japan, Taiwan and China, Beslan's aftermath and Chechnya, Ukraine's disputed election, Belarus, the Netherlands
after Theo van Gogh, ETA, Afghanistan's election, Pakistan's militants, Kashmir talks, Nepal's Maoists,
Bangladesh, Myanmar, the Indian Ocean tsunami, Zimbabwe, Ivory Coast, Venezuela's recall vote, Chile, Mexico,
Haiti, the U.S. election seen from abroad, Lebanon and Syria. Under a third carry a dateline ("KIEV (Reuters) -"),
a third an agency credit with no dateline ("AP - "), a third a headline and a bare sentence; about a third tell no
codable event (results, disasters, analysis, expected or hypothetical acts), and many carry the corpus's `#39;`
for an apostrophe and `#36;` for a dollar sign.

The leads name real people and bodies of the period, so they test what an informed reader of late 2004 knows: the
country of a minister, rebel leader, cleric, party, court or armed group the text does not place, and of nameless
groups ("insurgents", "riot police", "gunmen") with and without a dateline. Each lead lists every actor it names
with its gold code ("text=CODE", checked on the country with the guidelines' `first_match`; an empty code means
the actor is found and given no country) and its gold events in the format of the event blind sets
(`tests/understand/events/test_wire_blind.py`). The sentences were written for this test, in wire style, from
memory of the period's events; no article text is copied. Codes and events were written down by
events_guidelines.md and the CAMEO codebook before the coder's output on these leads was seen; the leads live in
`wire_2004_late_leads.py`.

`python -m pytest tests/understand/actors/test_wire_2004_late.py -q -s -k score` prints the scores."""

from __future__ import annotations

import pytest

from tests.understand.actors.lead_sets import Lead, LeadSet
from tests.understand.actors.wire_2004_late_leads import LEADS

pytestmark = pytest.mark.model

# Actors the stages still code wrong, "lead id:actor text" -> cause (strict xfails).
ACTOR_MISSES: dict[str, str] = {
    "b-recruits-massacre:Iraqi army recruits": "the span stops at 'unarmed Iraqi army' ('recruits' is left out)",
    "c-koda-threat:militants": "no dateline and a Japanese story: the nameless militants take Japan, not Iraq where "
    "Japan's troops are",
    "d-beijing-growth:statistics bureau": "'the statistics bureau' is no entity",
    "b-iran-could-face:Western diplomats": "'Western' gives no region code (WST)",
}
# Leads whose events the coder still gets wrong, lead id -> what it codes (strict xfails).
_NO_TARGET = "the target is not read"
KNOWN_MISSES: dict[str, str] = {
    "d-falluja-assault": "'pushed into the rebel city of Falluja' gets no target ('city of X' behind 'into'); the "
    "Iraqi troops of 'Marines and Iraqi troops' get no event",
    "b-allawi-emergency": "the background 'as insurgents stepped up attacks ahead of a U.S. assault' is coded twice",
    "c-nepalis-killed": "the headline's 'they killed 12 Nepalis' takes 'they' for the Nepalis",
    "d-kathmandu-riot": "'ransacked a mosque and attacked the offices of Arab airlines' is coded as assault (18) on "
    "Nepal, not as a riot (145)",
    "c-koda-threat": "the militants are Japan's (see ACTOR_MISSES): 'threatened in a video to behead' is coded "
    "as Japan's",
    "d-mosul-police": "'seizing weapons' is coded as a confiscation besides the attack",
    "d-hungary-pullout": "the headline's 'bring troops home' is coded as military aid (072)",
    "c-black-watch": "'send troops to an area south of Baghdad' gets no target; 'to free U.S. forces' is coded as a "
    "release",
    "b-iraq-sunni-boycott-analysis": "'with most Sunni Arab parties threatening to stay away' is coded as a threat",
    "d-baghdad-jazeera-tape": "'a video showing a kidnapped engineer pleading with Blair' is coded as nothing",
    "c-suha-accuses": "'as Qurei and Abbas prepared to fly to Paris to visit the ailing leader' is coded as intent "
    "aimed at France",
    "c-barghouti-runs": "'challenging Mahmoud Abbas' (as a candidate) is coded as criticism",
    "d-gaza-jabalya": "the background 'a Palestinian rocket killed two Israeli children' is coded as Israel's",
    "c-rafah-girl": "'opened an investigation into the shooting' is aimed at no one",
    "b-knesset-pullout": "'approved the plan' is coded as intent (03), not endorsement",
    "c-iran-talks-brussels": "'officials from Britain, France and Germany' are read as Iran's; the headline's "
    "'U.N. sanctions' the talks would avert are coded",
    "b-bolton-iran": "'Iran cannot be trusted to keep its promise, an official said' is no criticism",
    "d-tokyo-aid-freeze": "'remains Pyongyang handed over' is coded as aid with no target",
    "c-choe-weapons": "'the arms were a deterrent against U.S. threats' is no accusation",
    "d-santiago-hu-koizumi": "'the two leaders met' takes the dateline's Chile; the headline's 'Hu, Koizumi meet' "
    "codes Koizumi alone",
    "c-hanyuan-protest": "'sent paramilitary troops to restore order' gets no target",
    "c-baluyevsky-strike": "'would take any measures to destroy terrorist bases' is no threat",
    "b-planes-explosive": "'airliners that crashed ..., killing all 89' is coded as force by the investigators",
    "d-kiev-blockade": "'preventing the prime minister from entering' is coded as an administrative sanction",
    "c-powell-ukraine": "'warned of consequences for relations' gets no target",
    "b-kiev-roundtable": "'met X and Y' reads neither as its target; 'with X and Y mediating' codes no mediation",
    "d-minsk-protest": "'protesters who had marched on X's offices to denounce' is coded as nothing",
    "d-amsterdam-vangogh": "'a man' who killed him is given the dateline's country",
    "c-uden-school": "'destroyed by fire in an arson attack' is coded as nothing",
    "b-madrid-court-plot": "'accused of plotting' is coded as an accusation by the police",
    "d-brussels-barroso": "'withdrew his proposed team' is coded as nothing",
    "b-kyoto-ratify": "'signed a law ratifying the Kyoto Protocol' is coded as an agreement",
    "c-afghan-ink": "'candidates challenging President Karzai' get no country, so the call is dropped",
    "d-herat-riots": "'set fire to U.N. offices' is coded as destruction (17) besides the riot; 'removed him from "
    "his post' is coded as nothing",
    "c-farooqi-killed": _NO_TARGET + " as Farooqi's own country's rebel; the headline's 'militant wanted for "
    "Musharraf plots' is coded as intent",
    "d-wana-chinese": "'threatened to kill them unless troops pulled back' is aimed at the engineers, not Pakistan",
    "c-maoist-truce": "the truce gets no target",
    "b-hasina-grenades": "'grenades were thrown into a rally' is coded as force (19) on Bangladesh",
    "c-awami-strike": "the strike gets no target",
    "c-myanmar-frees": "'saying they had been wrongly jailed by the intelligence service' is coded as an arrest",
    "c-india-aid": "'would not seek foreign aid' is no refusal; 'offered help' is intent (03), not aid",
    "c-egeland-stingy": "'said rich countries were being stingy' is no criticism",
    "b-us-pledge": "'raised its pledge of aid' is coded as nothing",
    "c-ngo-bill": "'barring local ones from taking foreign funds' is coded as reduced relations (160)",
    "b-tsvangirai-acquitted": "an acquittal is coded as yielding (080)",
    "d-caracas-fraud": "'said Chavez had won through massive fraud' is no accusation; 'refused to accept' is "
    "Chavez's",
    "c-binladen-tape": "bin Laden's source is INS (role alone), gold has none",
    "b-europe-reacts": "the headline's 'reacts warily' is coded as criticism (110)",
    "d-beirut-redeploy": "'pulling out of positions south of Beirut' gets no target; 'agreed with Lebanon' gets "
    "no source",
    "b-eu-china-embargo": "'would work toward lifting an arms embargo' is coded as nothing",
    "c-hu-latin": "the headline's 'tours Latin America' is a second visit, to a region",
    "c-ukraine-analysis": "'analysts say, with Moscow backing X' is coded as support",
    "d-kabul-turnout": "'the violence the Taliban had promised' is coded as intent",
}


SET = LeadSet(LEADS)


@pytest.mark.parametrize(("lead_id", "spec"), SET.actor_params(ACTOR_MISSES))
def test_late_actor_has_its_gold_country(lead_id: str, spec: str) -> None:
    SET.assert_actor(lead_id, spec)


@pytest.mark.parametrize("lead", SET.lead_params(KNOWN_MISSES))
def test_late_lead_events_are_coded_as_gold(lead: Lead) -> None:
    SET.assert_events(lead)


# Leads written for the actor rules the set led to (generic incidents): a transnational armed leader the dated
# file gives no country keeps none whatever country the story names; security guards are the place's people
# (CVL), army recruits the state's (MIL).
RULES = LeadSet((
    Lead("r-zawahiri-tape", "Zawahiri tape", "AP - Ayman al-Zawahiri appeared in a new video on Friday, telling "
         "Americans and Britons they would pay for the war in Iraq.", ("Ayman al-Zawahiri=",)),
    Lead("r-guards-killed", "Guards killed", "KABUL (Reuters) - Gunmen killed three security guards outside a "
         "government office in eastern Afghanistan on Monday, officials said.", ("security guards=AFGCOP",)),
    Lead("r-recruits-bomb", "Recruits bombed", "BAGHDAD (Reuters) - A suicide bomber blew himself up among army "
         "recruits queuing outside a base in Baghdad on Tuesday, killing 20 of them.", ("army recruits=IRQMIL",)),
))


@pytest.mark.parametrize(("lead_id", "spec"), RULES.actor_params({}))
def test_late_rule_actor_has_its_country(lead_id: str, spec: str) -> None:
    RULES.assert_actor(lead_id, spec)


def test_score_on_the_late_set() -> None:
    scores = SET.scores()
    # Floors just under the scores when the set was last fixed (tuple P/R .685/.585, actor country .980, three
    # split codes; main before any fix, on the same leads, .623/.542, .954 and three).
    assert scores["tuple_precision"] >= 0.67
    assert scores["tuple_recall"] >= 0.57
    assert scores["actor_country"] >= 0.97
    # A fourth since the merge of session 16: once the hostages' nationality no longer places the story, the
    # headline "killed 12 Nepalis" (c-nepalis-killed) names its nameless militants by the event coder's home
    # (Iraq) while the actor stage leaves them without a country, and its target is the bare number "12".
    # Five since session 21: "Insurgents" of b-recruits-massacre lost the home only adjectives gave, and the event
    # stage still fills the slot from the story's home.
    assert scores["split_codes"] <= 5
