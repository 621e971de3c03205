"""Attributions the source set (`source_set`, session 20) showed the stage missing: replies told with a
particle ("shot back that ..."), court papers and projections as sources ("the complaint accuses ...",
"projections show ..."), the charge of "accused X of Y" hung on the one accused, a source set after a long
content and hung on it, a participle cue on a passive verb of perceiving ("was caught on tape telling ..."),
and manner-of-speaking verbs with a clause ("mused that", "grumbled that").

Passages are written for these tests in wire style (fictional people and places) and checked the way
`test_constructions` checks its own: one record holds the words, with the right speaker, or no record
holds them at all.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.understand.quotes import test_constructions as base

pytestmark = pytest.mark.model

Case = base.Case

CASES: dict[str, Case] = {
    # -- a reply told with a particle takes a clause ------------------------------------------------
    "shot-back-that": Case(
        ("Governor Lena Marsh shot back that the senator had never run a business.",),
        "the senator had never run a business", "Lena Marsh", direct=False,
    ),
    "fired-back-that": Case(
        ("The mayor's office fired back that the audit was politically motivated.",),
        "the audit was politically motivated", "office", direct=False,
    ),
    "trap-fired-back-at-gunmen": Case(
        ("The police officers fired back at the gunmen from behind their cars.",),
        "the gunmen", None, absent=True,
    ),
    # -- court papers and projections speak for those who drew them up ------------------------------
    "complaint-accuses-gerund-read-as-noun": Case(
        ("The complaint accuses the Varnian Port Authority of opening accounts in the names of dead dockworkers.",),
        "opening accounts", "complaint", direct=False,
    ),
    "lawsuit-seeks-to": Case(
        ("The lawsuit seeks to block the new pipeline permits along the river.",),
        "block the new pipeline permits", "lawsuit", direct=False,
    ),
    "projections-show-small-clause": Case(
        ("The state's revenue projections show the deficit growing to $2 billion by 2019.",),
        "the deficit growing", "projections", direct=False,
    ),
    # -- the charge of "accused X of Y" hung on the one accused --------------------------------------
    "accused-board-of-fraud": Case(
        ("Opposition lawmakers accused the election board of fraud.",),
        "fraud", "lawmakers", direct=False,
    ),
    "accused-head-of-agency-of-lying": Case(
        ("The senator accused the head of the port agency of lying to the committee.",),
        "lying to the committee", "senator", direct=False,
    ),
    "trap-accused-head-of-agency": Case(
        ("In a long speech, the senator accused the head of the port agency.",),
        "the port agency", None, absent=True,
    ),
    "trap-to-warn-each-other-of": Case(
        ("The two governments agreed to set up a hotline to warn each other of chemical spills on the river.",),
        "chemical spills", None, absent=True,
    ),
    "trap-warned-people-of-town": Case(
        ("The governor warned the people of Cedar Falls on Sunday night.",),
        "Cedar Falls", None, absent=True,
    ),
    # -- a source after a long content, hung on the content's last noun ------------------------------
    "content-then-role-and-name": Case(
        ("The bridge will reopen before the winter and the tolls will stay the same for commuters in Tarnow, "
         "the city's transport director, Ana Reyes, said on Monday.",),
        "the tolls will stay the same", "Ana Reyes", direct=False,
    ),
    "content-then-name-and-relative": Case(
        ("The new tariffs would cost the state thousands of jobs in the steel mills, Senator Tom Reyes, who "
         "chairs the trade committee, told reporters.",),
        "thousands of jobs in the steel mills", "Tom Reyes", direct=False,
    ),
    "trap-apposition-then-conjoined-cue": Case(
        ("The council hired Ana Reyes, a former city engineer, and said the search was over.",),
        "the search was over", "council", direct=False, not_speaker=("Ana Reyes",),
    ),
    # -- a participle cue on a passive verb: the passive's subject speaks ----------------------------
    "caught-on-tape-telling": Case(
        ("The mayor was caught on tape telling donors that the stadium deal was already done.",),
        "the stadium deal was already done", "mayor", direct=False,
    ),
    "heard-telling-colleague-that": Case(
        ("Senator Ivo Kral was heard on a hot microphone telling a colleague that the vote was lost.",),
        "the vote was lost", "Ivo Kral", direct=False,
    ),
    "trap-seen-leaving": Case(
        ("Senator Ivo Kral was seen leaving the meeting early, and aides said he was ill.",),
        "he was ill", "aides", direct=False, not_speaker=("Ivo Kral",),
    ),
    # -- manner-of-speaking verbs report a clause; with none they report nothing -----------------------
    "mused-that": Case(
        ("Governor Lena Marsh mused that she might not seek a third term.",),
        "she might not seek a third term", "Lena Marsh", direct=False,
    ),
    "grumbled-that": Case(
        ("Several council members grumbled that the mayor had not consulted them.",),
        "the mayor had not consulted them", "council members", direct=False,
    ),
    "opined-that": Case(
        ("Justice Ivo Kral opined that the statute could not stand.",),
        "the statute could not stand", "Ivo Kral", direct=False,
    ),
    "reasoned-that": Case(
        ("Senator Tom Reyes reasoned that voters cared more about jobs than about the scandal.",),
        "voters cared more about jobs", "Tom Reyes", direct=False,
    ),
    "mused-after-quote": Case(
        ("“I have never seen a winter like this one,” Governor Lena Marsh mused.",),
        "never seen a winter", "Lena Marsh", direct=True,
    ),
    "trap-fumed-at-delay": Case(
        ("Senator Tom Reyes fumed at the delay and left the hearing early.",),
        "the delay", None, absent=True,
    ),
    "trap-elaborate-adjective": Case(
        ("The campaign built an elaborate field operation in the northern counties.",),
        "field operation", None, absent=True,
    ),
}


def test_a_quotation_before_name_and_role_keeps_the_name(nlp: Any, dictionary: Any) -> None:
    """ "“...,” Ryan, the House speaker, said": the parser may read the name as the cue's subject and the role as its
    apposition, which is the shape of a source after a reported content; before a quotation the name is the source.
    (A real surname: the small model reads it as a person, which it does not do for the fictional ones.)"""
    case = Case(
        ("“This is not who we are,” Ryan, the House speaker, said in a statement, adding that he was sickened.",),
        "This is not who we are", "Ryan", direct=True,
    )
    _, quotes = base._analyse(nlp, dictionary, case)
    assert [q.speaker_text for q in quotes if "not who we are" in q.text] == ["Ryan"]


@pytest.mark.parametrize("name", sorted(CASES))
def test_source_construction(nlp: Any, dictionary: Any, name: str) -> None:
    base.check_case(nlp, dictionary, CASES[name])
