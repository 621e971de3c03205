"""Wire leads for the event rules the 2004 set of actors who are not governments
(tests/understand/actors/test_wire_2004_roles.py) led to, each with counter-cases that must keep their code.

- People crushed or trampled to death in a stampede or a collapse were killed by an accident, no actor's act (as
  for "killed in a bus crash"); crushed by an armed side, or crushing a revolt, stays force.
- Retiring from public life, politics or an office is a succession, no event (as a resignation with no pressure
  told is); troops retiring from their positions still retreat (0874).

The gold was coded by `events_guidelines.md` and the CAMEO codebook before the coder's output was seen. Sentences
were written for this test; people and incidents are generic or fictional. The case format and scoring are the
first blind set's."""

from __future__ import annotations

import pytest

from .test_wire_blind import Case, Tuple, assert_coded_as_gold, params

pytestmark = pytest.mark.model

# declarative table: leads for the rules of the 2004 roles set.
# fmt: off
CASES: tuple[Case, ...] = (
    # a crowd's death in a stampede is an accident
    Case("a-crushed-stampede", "AFP - At least 30 pilgrims were crushed to death in a stampede at a temple in "
         "western India on Tuesday, police said.", kind="no-event"),
    Case("a-trampled-stadium", "Reuters - Eleven football fans were trampled to death when a crowd surged toward "
         "the gates of a stadium in Lagos on Sunday, officials said.", kind="no-event"),
    Case("a-crushed-collapse", "AP - Seven workers were crushed to death when a wall collapsed at a building site "
         "in Cairo on Monday.", kind="no-event"),
    # retiring from public life or an office is a succession
    Case("r-retire-public-life", "Reuters - Former Zambian President Kenneth Mwale said on Monday he would retire "
         "from public life at the end of the year.", kind="no-event"),
    Case("r-retired-from-politics", "AP - A veteran Japanese opposition leader retired from politics on Friday "
         "after 40 years in parliament.", title="Opposition veteran to retire", kind="no-event"),
    Case("c-troops-retired", "AP - Ethiopian troops retired from their forward positions near the border on "
         "Monday after a week of clashes, the army said.", gold=("ETH>:08|087|0874",), kind="counter"),
    # First written with nameless "Government troops" and an empty source, which the guidelines code as the role
    # alone (MIL): the troops are now named by their country instead.
    Case("c-troops-crushed", "Reuters - Ugandan troops crushed a revolt by mutinous soldiers in the north of the "
         "country on Friday, killing 12 of them, the army said.", gold=("UGA>:19|190|17|175",),
         kind="counter"),
)
# fmt: on

KNOWN_MISSES: dict[str, str] = {}


@pytest.mark.parametrize("case", params(CASES, KNOWN_MISSES))
def test_wire_lead_is_coded_as_the_guidelines_say(coded: dict[str, set[Tuple]], case: Case) -> None:
    assert_coded_as_gold(case, coded[case.id])
