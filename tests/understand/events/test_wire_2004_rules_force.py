"""Wire leads for the event rules the 2004 set of hostages, attacks and coercion
(tests/understand/actors/test_wire_2004_force.py) led to, each with counter-cases that must keep their code.

- Holding a hostage or captive is taking hostages (181) whoever holds them, a named group too; a state holding
  prisoners, sailors or suspects detains them (173).
- "X held hostage in Iraq for a week were freed": "held" with a bare "hostage" is done to X (a reduced relative
  the parser reads as a clause), not X holding someone.
- "gunmen seized him": "him" and "her" are persons taken (181 by armed men who hold no office), and point back to
  the person named last before them when no earlier act's object does ("threatened on Tuesday to kill him").
- An attack only feared or expected ("fearing a U.S. offensive") is no event, nor an act someone expects of another
  ("few expect him to give up his fighters").
- An election or campaign rally is no protest (141): a bomb at one tells where the bombing was.
- Fighting a policy, a plan or a claim is a figure of speech, no force.
- Armed men with no office killing or wounding people who bear no arms commit an assault (180), not a fight (190);
  against soldiers or police it stays fighting.

The gold was coded by `events_guidelines.md` and the CAMEO codebook before the coder's output was seen. Sentences
were written for this test; people and incidents are generic or fictional. The case format and scoring are the
first blind set's."""

from __future__ import annotations

import pytest

from .test_wire_blind import Case, Tuple, assert_coded_as_gold, params

pytestmark = pytest.mark.model

# declarative table: leads for the rules of the 2004 force set.
# fmt: off
CASES: tuple[Case, ...] = (
    # holding hostages is taking hostages; a state holding prisoners detains them
    # First written with "The Islamic Front", a name the dictionary knows as a Syrian group; the fictional group
    # is renamed. The conditional promise to free them may be coded 03 by the guidelines ("promises (03)").
    Case("h-front-holding-hostages", "BAGHDAD (Reuters) - The Salah Group, which is holding two Danish hostages, "
         "said on Tuesday it would free them if Denmark withdrew its troops.", gold=("IRQ>DNK:18|181",),
         ok=("IRQ>DNK:08|03", "IRQ>:03", "IRQ>DNK:10|13"), kind="relative"),
    Case("c-iran-held-sailors", "Reuters - Iran held eight British sailors for three days before releasing them "
         "on Thursday.", gold=("IRN>GBR:17|173", "IRN>GBR:08|084|0841"), kind="counter"),
    Case("c-police-holding-suspects", "KARACHI (Reuters) - Police said on Monday they were holding two suspects "
         "over the bombing of a mosque.", gold=("PAK>:17|173",), kind="counter"),
    # "X held hostage" is done to X
    Case("h-drivers-held-hostage", "AP - Two Jordanian truck drivers held hostage in Iraq for a week were freed on "
         "Sunday, their company said.", gold=(">JOR:18|181", ">JOR:08|084|0841"),
         ok=("IRQ>JOR:18|08",), kind="participle"),
    Case("h-sailors-held-hostage", "Reuters - Three Filipino sailors held hostage by pirates off Somalia for two "
         "months were freed on Friday.", gold=("SOM>PHL:18|181", ">PHL:08|084|0841"),
         ok=(">PHL:18", "SOM>PHL:08"), kind="participle"),
    Case("c-militants-held-women", "Militants in Iraq held two Italian women for three weeks before freeing them "
         "on Tuesday.", gold=("IRQ>ITA:18|181", "IRQ>ITA:08|084|0841"), kind="counter"),
    # him / her taken, and whom "him" points back to
    Case("h-seized-him", "BEIRUT (Reuters) - A Lebanese engineer, Ali Hamza, was freed in Iraq on Monday, two days "
         "after gunmen seized him outside his office in Baghdad.", gold=("IRQ>LBN:18|181",),
         ok=(">LBN:08|18", "IRQ>LBN:08"), kind="pronoun"),
    Case("h-threatened-to-kill-him", "The Black Banners Brigade, which is holding Turkish driver Murat Yilmaz, "
         "threatened on Sunday to kill him unless his company left Iraq.",
         gold=("IRQ>TUR:18|181", "IRQ>TUR:13|138"), ok=("IRQ>TUR:10", "IRQ>:13|10"), kind="pronoun"),
    Case("c-praised-him", "President George W. Bush met Russian President Vladimir Putin on Monday and praised him "
         "for his help.", gold=("USA>RUS:04|040|043", "RUS>USA:04|040|042", "USA>RUS:05|051"), kind="counter"),
    # attacks only feared are no events
    Case("f-fearing-offensive", "Reuters - Hundreds of families fled Ramadi on Sunday, fearing a U.S. offensive "
         "against the town.", kind="no-event"),
    Case("f-residents-fear", "AP - Residents of Kandahar said on Monday they feared a Taliban attack on the city "
         "before the election.", kind="no-event"),
    Case("c-launched-offensive", "AP - U.S. troops launched an offensive against insurgents in Ramadi on Sunday, "
         "residents said.", gold=("USA>IRQ:19|190",), kind="counter"),
    # someone else's expectation of an act is no event; one's own expected act is a plan
    Case("e-few-expect", "Reuters - Few diplomats expect Iran to suspend its uranium enrichment before the "
         "meeting, analysts said.", kind="no-event"),
    Case("c-expects-to-resume", "AP - Iran said on Monday it expects to resume talks with the European Union "
         "next month.", gold=("IRN>IGO:03|036|030",), ok=("IRN>IGO:04",), kind="counter"),
    # an election rally is no protest
    Case("r-bomb-at-election-rally", "AP - A bomb exploded at an election rally in eastern Sri Lanka on Tuesday, "
         "killing three people, police said.", gold=(">LKA:18|183",), ok=("LKA>LKA:18",), kind="noun"),
    Case("c-rally-against-government", "DHAKA (Reuters) - Tens of thousands of opposition supporters held a rally "
         "against the government in Dhaka on Sunday.", gold=("BGD>BGD:14|141",), kind="counter"),
    # fighting a plan is no force
    Case("a-fight-reform-plan", "AP - Bolivia#39;s opposition vowed on Monday to fight the government#39;s "
         "reform plan in Congress.", ok=("BOL>BOL:11|12",), kind="figurative"),
    Case("c-fought-troops", "KAMPALA (Reuters) - Ugandan rebels fought government troops near the Sudanese border "
         "on Monday, the army said.", gold=("UGA>UGA:19|190",), kind="counter"),
    # armed men with no office killing unarmed people: assault
    Case("k-rebels-killed-workers", "Reuters - Rebels killed 12 farm workers in northern Uganda on Monday, the army "
         "said.", gold=("UGA>UGA:18|180",), kind="one-sided"),
    Case("k-group-said-it-killed", "AP - An Iraqi militant group said on Tuesday it had killed three Macedonian "
         "workers.", gold=("IRQ>MKD:18|180",), kind="one-sided"),
    Case("c-rebels-killed-soldiers", "Reuters - Rebels killed 12 soldiers in an ambush in northern Uganda on "
         "Monday, the army said.", gold=("UGA>UGA:19|190|18",), kind="counter"),
    Case("c-troops-killed-civilians", "AP - Israeli troops killed two Palestinian civilians in the Gaza Strip on "
         "Monday, hospital officials said.", gold=("ISR>PSE:19|190|18|180",), kind="counter"),
)
# fmt: on

KNOWN_MISSES: dict[str, str] = {
    "h-front-holding-hostages": "a group the dictionary does not know gets no country from the Baghdad dateline",
    "c-iran-held-sailors": "'before releasing them' is not coded",
    "h-sailors-held-hostage": "the pirates take the sailors' country, and the release is not coded",
    "c-militants-held-women": "'before freeing them': 'them' is not traced to the women",
    "h-threatened-to-kill-him": "a group named '... Brigade' is coded as a military unit (MIL): its holding the "
    "driver is no abduction",
    "a-fight-reform-plan": "'vowed to fight the plan' is coded as intent to cooperate (03)",
}


@pytest.mark.parametrize("case", params(CASES, KNOWN_MISSES))
def test_wire_lead_is_coded_as_the_guidelines_say(coded: dict[str, set[Tuple]], case: Case) -> None:
    assert_coded_as_gold(case, coded[case.id])
