"""Wire leads for the event rules the 2004 Europe, former Soviet Union and Latin America set
(tests/understand/actors/test_wire_2004_europe.py) led to, each with counter-cases that must keep their code.

- Filling an office is a succession, no event (the guidelines: election results are not events): "nominated X as
  prime minister", "was named interim premier", "appointed a new defence minister", "nominated X to head the
  Commission". Counter-cases: appointing a committee is an investigation, naming a mediator intent to mediate.
- Leaving an office is a succession too: "resigned", "said he would step down" with no demand told are no event
  (CAMEO's 0831 is acceding to demands for a change of leader). Counter-cases: "called on him to resign" is an
  appeal, "refused to step down" a rejection, "bowed to opposition demands" yielding.
- "defeating X in a runoff" is an election result; defeating rebels in a battle is force.
- A killing "in a shootout with X" is X's, as one "in a clash with X" is.
- Beating someone "to death" is an assault whoever the victim is; a sports "beat" stays no event.
- "Suicide bombers struck X" is a suicide bombing (1831), not an air strike by bomber aircraft; and a headline
  act of force between the same sides' countries as the lead's ("Bombers strike embassy") is the lead's one act,
  whatever word tells it (the guidelines: an event told in both headline and text is coded once, from the text).
- People seized are captured (181, 173) whatever compound names their post ("seized 40 interior ministry troops"),
  not occupied as the ministry building would be. Counter-case: a police station seized is occupied (192). A
  headline act with no doer is the lead's act told with the same verb, whatever its tense ("seize" / "seized").
- Those who march for their own ("wives of jailed dissidents", "relatives", "millions of Spaniards") are a
  crowd: their march is a protest (141) with its purpose ("to demand the release of X"). Counter-case: troops sent
  "to restore order" are still on an errand, not told as done.

The gold was coded by `events_guidelines.md` and the CAMEO codebook before the coder's output was seen. Sentences
were written for this test; people other than the period's well-known leaders, and the incidents, are generic or
fictional. The case format and scoring are the first blind set's."""

from __future__ import annotations

import pytest

from .test_wire_blind import Case, Tuple, assert_coded_as_gold, params

pytestmark = pytest.mark.model

# declarative table: leads for the rules of the 2004 Europe set.
# fmt: off
CASES: tuple[Case, ...] = (
    # filling an office
    Case("o-nominated-as", "Reuters - Ruritania's president on Monday nominated Finance Minister Ivo Brandt as "
         "prime minister, a week after the government resigned.", kind="no-event"),
    Case("o-named-premier", "AP - Former central banker Anton Kovac was named Freedonia's interim prime minister on "
         "Tuesday by a council of party leaders.", kind="no-event"),
    Case("o-appointed-minister", "Reuters - Ruritania's prime minister appointed a new defence minister on Friday "
         "after the previous one quit over a bribery scandal.", kind="no-event"),
    Case("o-to-head", "BRUSSELS (Reuters) - European Union leaders on Tuesday nominated a former Dutch prime "
         "minister to head the bloc's executive Commission.", kind="no-event"),
    Case("c-appointed-committee", "AP - Romania's parliament appointed a committee on Wednesday to investigate "
         "the killing of three protesters by police.", gold=("ROULEG>:09|090",), ok=("ROUCOP>ROUCVL:18|180|19|190",),
         kind="counter"),
    # leaving an office
    Case("r-resigned", "Reuters - Polish Prime Minister Leszek Miller resigned on Sunday, a day after leading his "
         "country into the European Union.", kind="no-event"),
    Case("r-would-step-down", "AP - German Chancellor Gerhard Schroeder said on Friday he would step down as leader "
         "of his Social Democratic Party.", kind="no-event"),
    Case("c-called-to-resign", "Reuters - Spain's opposition leader called on the interior minister on Tuesday to "
         "resign over the handling of the train bombings inquiry.", gold=("ESP>ESPGOV:02|024|0241|10|104|1041",),
         kind="counter"),
    Case("c-refused-to-step-down", "AP - Haitian President Jean-Bertrand Aristide refused on Monday to step down "
         "despite weeks of protests and a rebel advance on the capital.", gold=("HTIGOV>:12|123|1231|124|120",),
         kind="counter"),
    # an election rival defeated
    Case("e-defeating-runoff", "Reuters - Reformist Marko Jovic won Freedonia's presidential election on Sunday, "
         "defeating nationalist Petar Lazic in a runoff.", kind="no-event"),
    Case("c-defeated-rebels", "AP - Colombian troops defeated leftist rebels in a battle near the northern town of "
         "Kalo on Monday, the army said.", gold=("COL>COL:19|190",), kind="counter"),
    # a killing in a shootout
    Case("s-shootout-with", "Reuters - A wanted rebel commander was killed in a shootout with Russian border guards "
         "in the mountains of Dagestan, officials said on Monday.", gold=("RUS>RUS:19|190|193|18|180",),
         kind="doer"),
    # beaten to death
    Case("b-beat-to-death", "AP - A mob beat a town mayor to death in southern Peru on Monday, accusing him of "
         "stealing public funds.", gold=("PER>PER:18|182|180", "PER>PER:11|112|1121"), kind="assault"),
    Case("c-beat-in-final", "Reuters - Greece beat Portugal 1-0 in the final in Lisbon on Sunday to win the "
         "European Championship.", kind="no-event"),
    # suicide bombers
    Case("s-suicide-bombers-struck", "AP - Suicide bombers struck a police station and a market in Tashkent on "
         "Monday, killing at least 10 people, Uzbek officials said.", gold=("UZB>UZB:18|183|1831|180",),
         kind="bombing"),
    Case("s-headline-strike", "AP - Suicide bombers struck the Israeli embassy in Tashkent on Friday, killing two "
         "Uzbek guards, officials said.", title="Bombers strike Israeli embassy",
         gold=("UZB>ISR:18|183|1831|180",), ok=("UZB>UZB:18|183|1831|180",), kind="headline"),
    # people seized
    Case("s-seized-troops", "TBILISI (Reuters) - Separatist militia in South Ossetia seized 40 Georgian interior "
         "ministry troops near Tskhinvali on Thursday, Georgian officials said.", gold=("GEO>GEO:18|181|17|173",),
         kind="capture"),
    # the headline's present tense is the lead's past: "seize" is the lead's "seized", no second act
    Case("h-seize-seized", "TBILISI (Reuters) - Separatist militia in South Ossetia seized 40 Georgian interior "
         "ministry troops near Tskhinvali on Thursday, Georgian officials said.",
         title="Ossetians seize Georgian troops", gold=("GEO>GEO:18|181|17|173",), kind="headline"),
    Case("c-seized-station", "AP - Rebels seized a police station in the Georgian town of Gori on Monday, officials "
         "said.", gold=("GEO>GEO:19|192|17|171",), kind="counter"),
    # a march by those who march for their own
    Case("p-marched-to-demand", "HAVANA (Reuters) - Wives of jailed dissidents marched through Havana on Sunday to "
         "demand the release of their husbands, jailed a year ago in a crackdown on dissent.",
         gold=("CUB>CUB:14|141|10|100|1044",), ok=("CUB>CUB:17|173",), kind="protest"),
    Case("p-millions-marched", "Reuters - Millions of Spaniards marched through Madrid and other cities on Friday to "
         "protest against terrorism.", gold=("ESP>:14|141",), kind="protest"),
    Case("p-rallied-to-demand", "AP - Thousands of farmers rallied outside parliament in Warsaw on Tuesday to demand "
         "higher subsidies from the government.", gold=("POL>POL:14|141|10|100",), kind="protest"),
    Case("c-sent-to-restore", "Reuters - Georgia sent 500 troops to its northern border on Friday to restore "
         "order after a week of riots.", gold=("GEO>:15|150|154",), kind="counter"),
)
# fmt: on

KNOWN_MISSES: dict[str, str] = {}


@pytest.mark.parametrize("case", params(CASES, KNOWN_MISSES))
def test_wire_lead_is_coded_as_the_guidelines_say(coded: dict[str, set[Tuple]], case: Case) -> None:
    assert_coded_as_gold(case, coded[case.id])
