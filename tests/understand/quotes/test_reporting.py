"""The reporting clause where the parser hangs it oddly, and the edges of what it reports (`quotes.reporting`).

Passages are written for these tests in wire style (fictional people and places beside real offices); each rule
has several phrasings and the cases it must leave alone.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.understand.quotes import test_constructions as base

pytestmark = pytest.mark.model

Case = base.Case

CASES: dict[str, Case] = {
    # -- a reporting clause set off by commas inside what it reports, read as an adverbial clause -------------
    "medial-has-promised": Case(
        ("If elected, Trump has promised, he would appoint a special prosecutor.",),
        "he would appoint a special prosecutor", "Trump", direct=False,
    ),
    "medial-has-vowed-after-phrase": Case(
        ("In his first year, the governor has vowed, the state will balance its budget.",),
        "the state will balance its budget", "governor", direct=False,
    ),
    "medial-warn-after-condition": Case(
        ("If the bill passes, Democrats warn, millions of people will lose their coverage.",),
        "millions of people will lose their coverage", "Democrats", direct=False,
    ),
    "medial-has-repeatedly-said": Case(
        ("Once in office, Clinton has repeatedly said, she would raise the minimum wage.",),
        "she would raise the minimum wage", "Clinton", direct=False,
    ),
    "trap-medial-with-conjunction": Case(
        ("Although Democrats warned against it, the bill passed the Senate easily.",),
        "the bill passed the Senate easily", None, absent=True,
    ),
    # -- a final reporting clause the parser makes an adverbial clause or a conjunct ---------------------------
    "final-reported-on-day": Case(
        ("The finance minister will resign after the budget vote, the Asahi newspaper reported on Saturday.",),
        "The finance minister will resign", "newspaper", direct=False,
    ),
    "final-announced-after-conjuncts": Case(
        ("The airline will cut 2,500 jobs and sell its cargo unit, chief executive Leo Mullin announced on Wednesday.",),
        "cut 2,500 jobs and sell its cargo unit", "Leo Mullin", direct=False,
    ),
    "final-said-after-conjuncts": Case(
        ("The mill will close in May and its workers will be moved to Lodz, manager Piotr Nowak said on Friday.",),
        "The mill will close in May", "Piotr Nowak", direct=False,
    ),
    "trap-final-with-and": Case(
        ("The rebels shelled the town overnight, and the army reported heavy losses on Saturday.",),
        "The rebels shelled the town overnight", None, absent=True,
    ),
    "trap-final-with-while": Case(
        ("Shares fell 3 percent in early trading, while the company said nothing about its plans.",),
        "Shares fell 3 percent", None, absent=True,
    ),
    "participle-saying-after": Case(
        ("Senator Ruth Abel withdrew her support for the levy on Friday, saying in a statement that the city "
         "could not afford it.",),
        "the city could not afford it", "Ruth Abel", direct=False,
    ),
    "trap-participle-saying-after": Case(
        ("Senator Ruth Abel withdrew her support for the levy on Friday, saying in a statement that the city "
         "could not afford it.",),
        "withdrew her support", None, absent=True,
    ),
    "trap-final-own-object": Case(
        ("Troops took the bridge before dawn, the army reported heavy losses.",),
        "Troops took the bridge", None, absent=True,
    ),
    "trap-final-own-object-casualties": Case(
        ("The rebels shelled the town, the army reported heavy casualties on Saturday.",),
        "The rebels shelled the town", None, absent=True,
    ),
    "final-day-read-as-object": Case(
        ("The company will cut 900 jobs, the chairman announced Monday.",),
        "The company will cut 900 jobs", "chairman", direct=False,
    ),
    "final-told-addressee": Case(
        ("The talks have failed, the minister told the Financial Times.",),
        "The talks have failed", "minister", direct=False,
    ),
    # -- inversion: the source after the cue, read as its object ---------------------------------------------
    "inverted-added": Case(
        ("Inspectors found no weapons at the site. The search would go on, added the official.",),
        "The search would go on", "official", direct=False,
    ),
    "inverted-said-still-read": Case(
        ("The army will not withdraw until the attacks stop, said General Arie Dolev.",),
        "The army will not withdraw", "Arie Dolev", direct=False,
    ),
    "trap-inverted-told-is-addressee": Case(
        ("He arrived late in Kabul, told reporters.",),
        "He arrived late", "reporters", absent=True,
    ),
    "participle-keeps-subject": Case(
        ("Three fired clerks sued the agency, accusing its director of running a campaign of revenge.",),
        "running a campaign of revenge", "clerks", direct=False, not_speaker=("director",),
    ),
    # -- a second source's report set beside the first --------------------------------------------------------
    "second-report-while": Case(
        ("The army said 12 rebels had been killed, while the rebels said they had lost only two men.",),
        "they had lost only two men", "rebels", direct=False, not_speaker=("army",),
    ),
    "second-report-whereas": Case(
        ("Police said 2,000 people marched, whereas the organisers said more than 10,000 had turned out.",),
        "more than 10,000 had turned out", "organisers", direct=False,
    ),
    "one-report-while-clause-kept": Case(
        ("The agency said that while it welcomed the move, more needed to be done to protect civilians.",),
        "more needed to be done", "agency", direct=False,
    ),
    # -- the second half of a report after a reporting clause set off by commas ----------------------------------
    "second-half-inverted": Case(
        ("The ceasefire is holding, said the U.N. envoy, and aid convoys have reached the northern towns.",),
        "aid convoys have reached the northern towns", "envoy", direct=False, spans=2,
    ),
    "trap-second-half-other-tense": Case(
        ("The ceasefire is holding, said the U.N. envoy, and the rebels fled.",),
        "the rebels fled", None, absent=True,
    ),
    "trap-second-half-a-cue": Case(
        ("The army will pull out of the valley, said the general, and warned the rebels.",),
        "the rebels", None, absent=True,
    ),
    # -- names and things withheld ----------------------------------------------------------------------------
    "trap-calling-itself": Case(
        ("A group calling itself the Islamic Army in Iraq claimed that it had kidnapped two French journalists.",),
        "the Islamic Army", None, absent=True,
    ),
    "calling-itself-source-kept": Case(
        ("A group calling itself the Islamic Army in Iraq claimed that it had kidnapped two French journalists.",),
        "it had kidnapped two French journalists", "Islamic Army", direct=False,
    ),
    "called-himself-verdict": Case(
        ("The deposed mayor called himself a victim of a political plot.",),
        "a victim of a political plot", "mayor", direct=False,
    ),
    "trap-denied-entry": Case(
        ("The activists were denied entry to the country at the airport in Minsk.",),
        "entry to the country", None, absent=True,
    ),
    "trap-refused-visas": Case(
        ("Two reporters were denied visas to cover the election.",),
        "visas", None, absent=True,
    ),
    "denied-passive-claim-kept": Case(
        ("It was denied that the minister had met the rebels.",),
        "the minister had met the rebels", None, direct=False,
    ),
}

# The content's words exactly: (passage, the record's text).
EXACT: dict[str, tuple[str, str]] = {
    "day-after-cue": (
        "The White House said late on Wednesday the president had signed the bill into law.",
        "the president had signed the bill into law",
    ),
    "day-after-cue-named": (
        "Japan's finance minister said on Friday he was watching currency markets closely.",
        "he was watching currency markets closely",
    ),
    "place-after-cue": (
        "Kofi Annan said in Nairobi the United Nations would send more peacekeepers to Darfur.",
        "the United Nations would send more peacekeepers to Darfur",
    ),
    "day-after-that-kept": (
        "The minister said that on Monday the troops had crossed the river.",
        "on Monday the troops had crossed the river",
    ),
    "day-of-content-kept": (
        "The minister said the troops had crossed the river on Monday.",
        "the troops had crossed the river on Monday",
    ),
    "only-that": (
        "The spokesman would say only that the talks had been useful.",
        "the talks had been useful",
    ),
    "that-read-as-object": (
        "Venezuela's oil minister told state television that output had recovered to 2.6 million barrels a day.",
        "output had recovered to 2.6 million barrels a day",
    ),
    "warned-of-if": (
        "The International Energy Agency warned of a supply crunch if investment in new fields did not pick up.",
        "a supply crunch if investment in new fields did not pick up",
    ),
    "warned-of-unless": (
        "Aid groups warned of famine unless the rains came by March.",
        "famine unless the rains came by March",
    ),
    "subject-read-as-adverbial": (
        "U.N. spokesman Stephane Dujarric said the secretary-general was deeply concerned by the fighting.",
        "the secretary-general was deeply concerned by the fighting",
    ),
    "subject-kept": (
        "The spokesman said the president was tired after the trip.",
        "the president was tired after the trip",
    ),
    "second-report-cut": (
        "The army said 12 rebels had been killed, while the rebels said they had lost only two men.",
        "12 rebels had been killed",
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_reporting_construction(nlp: Any, dictionary: Any, name: str) -> None:
    base.check_case(nlp, dictionary, CASES[name])


@pytest.mark.parametrize("name", sorted(EXACT))
def test_content_edges(nlp: Any, dictionary: Any, name: str) -> None:
    passage, words = EXACT[name]
    _article, quotes = base._analyse(nlp, dictionary, Case((passage,), words, None))
    assert words in [q.text for q in quotes], [q.text for q in quotes]
