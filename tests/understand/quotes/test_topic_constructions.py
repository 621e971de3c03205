"""Attributions whose content is the topic spoken of (session 17): "discussed the flood plan", "addressed the
shortage", "asked the mayor about the budget", "sparred over taxes", and the same words telling no speech
(a meeting's purpose, an audience addressed, a question put by no one named).

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
    # -- a verb with its own object takes no preposition from a phrase of time or place after it ---------
    "called-verdict-during": Case(
        ("Governor Lena Marsh called it a common hazard during long campaigns for office.",),
        "it a common hazard", "Lena Marsh", direct=False,
    ),
    # -- discuss: the topic talked of; not the purpose of a call, a trip or an anonymous source -------
    "discussed-topic": Case(
        ("Governor Irena Koval discussed the flood relief plan with farmers in Tarnow on Monday.",),
        "flood relief plan", "Irena Koval", direct=False,
    ),
    "declined-to-discuss": Case(
        ("The finance minister, Pavel Ostrov, declined to discuss the audit of the port authority.",),
        "audit of the port authority", "Pavel Ostrov", direct=False,
    ),
    "discussed-wh-clause": Case(
        ("The two ministers discussed how the new border posts would be staffed.",),
        "how the new border posts would be staffed", "ministers", direct=False,
    ),
    "trap-flew-to-discuss": Case(
        ("The foreign minister flew to Oslo on Sunday to discuss the fishing treaty.",),
        "the fishing treaty", None, absent=True,
    ),
    "trap-anonymity-to-discuss": Case(
        ("An official, who spoke on condition of anonymity to discuss the talks, said they would resume.",),
        "the talks", None, absent=True,
    ),
    # -- address: a topic dealt with in words, not the audience spoken to ----------------------------
    "addressed-topic": Case(
        ("Mayor Lena Brook addressed the housing shortage in her speech to the council.",),
        "the housing shortage", "Lena Brook", direct=False,
    ),
    "trap-addressed-rally": Case(
        ("Senator Tom Reyes addressed a rally of about 3,000 people in Cedar Falls.",),
        "a rally of about 3,000 people", None, absent=True,
    ),
    "trap-addressed-joint-session": Case(
        ("The visiting president addressed a joint session of parliament on Wednesday.",),
        "a joint session of parliament", None, absent=True,
    ),
    "trap-bill-addresses": Case(
        ("The new bill addresses the shortage of rural doctors and funds twelve clinics.",),
        "the shortage of rural doctors", None, absent=True,
    ),
    # -- details, advice and wh-clauses told; people questioned are no topic ---------------------------
    "offered-details-about": Case(
        ("The mayor offered few details about how the new stadium would be paid for.",),
        "how the new stadium would be paid for", "mayor", direct=False,
    ),
    "gave-advice-on": Case(
        ("Her predecessor gave the new governor advice on the budget talks.",),
        "the budget talks", "predecessor", direct=False,
    ),
    "details-on-how": Case(
        ("The mayor offered no details on how the stadium would be paid for.",),
        "how the stadium would be paid for", "mayor", direct=False,
    ),
    "detailed-how": Case(
        ("The audit detailed how the agency had spent its travel budget.",),
        "how the agency had spent its travel budget", "audit", direct=False,
    ),
    "trap-detailed-agents": Case(
        ("The Secret Service detailed two agents to the hotel.",),
        "two agents to the hotel", None, absent=True,
    ),
    "trap-details-emerged": Case(
        ("Details of the port deal emerged on Friday.",),
        "the port deal", None, absent=True,
    ),
    "would-not-describe-what": Case(
        ("The spokesman confirmed the meeting but would not describe what was said.",),
        "what was said", "spokesman", direct=False,
    ),
    "trap-driver-questioned-by-police": Case(
        ("The driver was questioned by police in Tarnow and released on Tuesday.",),
        "The driver", None, absent=True,
    ),
    "holder-name-keeps-its-of": Case(
        ("The plan drew a rebuke from the Chamber of Commerce over its cost.",),
        "its cost", "Chamber of Commerce", direct=False,
    ),
    # -- remarks and comments on a topic, not on a place, a day or a medium ---------------------------
    "remarks-on-topic": Case(
        ("The governor's remarks on farm subsidies drew cheers in Tarnow.",),
        "farm subsidies", "governor", direct=False,
    ),
    "trap-remarks-on-the-floor": Case(
        ("The senator's remarks on the Senate floor lasted an hour.",),
        "the Senate floor", None, absent=True,
    ),
    "trap-comments-on-a-day": Case(
        ("Her comments on Tuesday surprised her aides.",),
        "Tuesday", None, absent=True,
    ),
    "trap-remarks-on-a-medium": Case(
        ("His remarks on Twitter angered donors in the county.",),
        "Twitter", None, absent=True,
    ),
    # -- asked X about Y: the one asked is named; a passive question is put by no one named ----------
    "asked-someone-about": Case(
        ("Reporters asked the mayor about the stadium deal as she left the hearing.",),
        "the stadium deal", "Reporters", direct=False,
    ),
    "moderator-asked-about": Case(
        ("The moderator asked the three candidates about the water tax.",),
        "the water tax", "moderator", direct=False,
    ),
    "assurances-to-someone-that": Case(
        ("The minister offered assurances to worried farmers that the subsidy would stay.",),
        "the subsidy would stay", "minister", direct=False,
    ),
    "trap-was-asked-about": Case(
        ("The mayor was asked about the stadium deal as she left the hearing.",),
        "the stadium deal", None, absent=True,
    ),
    "called-him-on-the-radio-is-no-call-on": Case(
        ("The challenger called the mayor a coward on the radio.",),
        "the mayor a coward", "challenger", direct=False,
    ),
    # -- the preposition hung on the place or the people spoken to; talk asked for is no report ---------
    "spoke-on-floor-about": Case(
        ("Senator Ana Ruiz spoke on the Senate floor about the pipeline permit on Tuesday.",),
        "the pipeline permit", "Ana Ruiz", direct=False,
    ),
    "talked-to-reporters-about": Case(
        ("The governor talked to reporters about the bridge closure.",),
        "the bridge closure", "governor", direct=False,
    ),
    "insisted-in-interview-on-a-day-keeps-its-clause": Case(
        ("The governor insisted in an interview on Sunday that the budget would pass.",),
        "the budget would pass", "governor", direct=False,
    ),
    "used-ad-to-argue-is-the-subject": Case(
        ("The campaign used the ad to argue that the senator had lied about the port deal.",),
        "the senator had lied about the port deal", "campaign", direct=False,
    ),
    "trap-warned-not-to-speak-about": Case(
        ("The whip warned members not to speak to the press about the leadership race.",),
        "the leadership race", "whip", direct=False,  # in the whip's warning, not a talk of its own
    ),
    # -- a dispute in words, testimony about a topic, and who can hold a worry ---------------------------
    "sparred-over": Case(
        ("The two candidates sparred over taxes and schools in their last debate.",),
        "taxes and schools", "candidates", direct=False,
    ),
    "testimony-about": Case(
        ("The banker's testimony about the loans angered the committee.",),
        "the loans", "banker", direct=False,
    ),
    "officeholders-worried-about": Case(
        ("Many officeholders in the province have worried about the future of the party.",),
        "the future of the party", "officeholders", direct=False, kind="belief",
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(CASES))
def test_topic_construction(nlp: Any, dictionary: Any, name: str) -> None:
    base.check_case(nlp, dictionary, CASES[name])
