"""A blind set of paragraphs in the style of 2016 US political coverage, with their attributions.

Written for these tests (fictional politicians, pollsters and places beside the real offices and
parties), and coded the way a PolNeAR annotator marks attributions -- speech, beliefs and
intentions, a source, a cue, a content -- before the quote stage was run on any of it. Each
paragraph lists every attribution in it: the content (one or more pieces of the paragraph), the
source phrase (None for an implicit source) and whether the content is inside quotation marks.
A paragraph with no attribution is a precision trap: any record emitted from it is wrong.

The set covers what the earlier construction sets cover less: indirect speech with cues other
than "said", present and perfect tenses, the source after the content, "according to" in both
orders, nominal attributions, beliefs and intentions, unnamed sources, as-clauses, and the
words of saying used for no speech ("said to be", "so-called", questions, hypothetical speech).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from newsgraph.evaluate.quotes import (
    QuoteCounts,
    load_nlp_for_eval,
    predicted_attributions,
    score_row,
    scores_from,
)
from newsgraph.evaluate.userpath import run_user_path
from newsgraph.settings import Settings
from tests.known_misses import known_miss


@dataclass(frozen=True)
class Gold:
    content: tuple[str, ...]  # the content's pieces, each found in the paragraph (first occurrence)
    speaker: str | None  # the source phrase, None when the source is implicit
    direct: bool = False


@dataclass(frozen=True)
class Paragraph:
    text: str
    gold: tuple[Gold, ...]


def g(content: str | tuple[str, ...], speaker: str | None, direct: bool = False) -> Gold:
    return Gold((content,) if isinstance(content, str) else content, speaker, direct)


def p(text: str, *gold: Gold) -> Paragraph:
    return Paragraph(text, gold)


def _span(text: str, words: str) -> list[int]:
    """Where `words` first stand in `text` as whole words."""
    found = re.search(r"(?<!\w)" + re.escape(words) + r"(?!\w)", text)
    assert found is not None, words
    return [found.start(), found.end()]


def rows(paragraphs: dict[str, Paragraph]) -> list[dict[str, Any]]:
    """The paragraphs as rows of the shared quotes_dev set (id, text, gold quotes with character
    spans), so that `newsgraph.evaluate.quotes` scores them by the same rules."""
    out = []
    for name, para in paragraphs.items():
        quotes = [
            {
                "quote": " ... ".join(gold.content),
                "quote_spans": [_span(para.text, piece) for piece in gold.content],
                "speaker": gold.speaker,
                "speaker_spans": [_span(para.text, gold.speaker)] if gold.speaker else [],
                "direct": gold.direct,
            }
            for gold in para.gold
        ]
        out.append({"id": name, "text": para.text, "quotes": quotes})
    return out


def score_paragraphs(paragraphs: dict[str, Paragraph], settings: Settings) -> dict[str, QuoteCounts]:
    """Every paragraph through the user's path (`newsgraph analyze`, in process), scored one by
    one with the dev set's scorer; a paragraph that comes back with no article is lost."""
    items = rows(paragraphs)
    run = run_user_path(({"id": r["id"], "text": r["text"]} for r in items), settings)
    nlp = load_nlp_for_eval(settings)
    out: dict[str, QuoteCounts] = {}
    for row, doc in zip(items, nlp.pipe(r["text"] for r in items), strict=True):
        counts = QuoteCounts()
        score_row(row, doc, predicted_attributions(row["text"], run.articles.get(row["id"], []), doc), counts)
        counts.lost = 0 if run.articles.get(row["id"]) else 1
        out[row["id"]] = counts
    return out


def paragraph_params(paragraphs: Iterable[str], xfail: dict[str, str]) -> list[object]:
    """One test parameter per paragraph name, a strict xfail with its reason where `xfail` names it."""
    return [
        known_miss(name, key=name, misses=xfail, id=name)
        for name in sorted(paragraphs)
    ]


def summed(parts: Iterable[QuoteCounts]) -> QuoteCounts:
    """The counts of several paragraphs added up, to score a set as a whole."""
    total = QuoteCounts()
    for counts in parts:
        for kind in (True, False):
            total.tp[kind] += counts.tp[kind]
            total.predicted[kind] += counts.predicted[kind]
            total.found[kind] += counts.found[kind]
            total.gold[kind] += counts.gold[kind]
        total.speaker_right += counts.speaker_right
        total.speaker_total += counts.speaker_total
    return total


PARAGRAPHS: dict[str, Paragraph] = {
    # -- indirect speech with cues other than "said" -------------------------------------------------
    "argued-contended": p(
        "Sen. Dale Whitaker argued that the trade deal would cost Ohio thousands of manufacturing jobs. "
        "His Democratic challenger, former Gov. Ted Strickmore, contended that Whitaker had voted for the "
        "deal's framework only a year earlier.",
        g("the trade deal would cost Ohio thousands of manufacturing jobs", "Sen. Dale Whitaker"),
        g("Whitaker had voted for the deal's framework only a year earlier", "His Democratic challenger, former Gov. Ted Strickmore"),
    ),
    "insisted-sunday": p(
        "Campaign manager Kelly Morrow insisted on Sunday that the nominee had never mocked the reporter's disability.",
        g("the nominee had never mocked the reporter's disability", "Campaign manager Kelly Morrow"),
    ),
    "suggested-vote": p(
        "House Speaker Paul Redding suggested Tuesday that the chamber could vote on the spending bill before the August recess.",
        g("the chamber could vote on the spending bill before the August recess", "House Speaker Paul Redding"),
    ),
    "acknowledged-privately": p(
        "Campaign aides acknowledged privately that the email controversy had hurt the candidate with independent voters.",
        g("the email controversy had hurt the candidate with independent voters", "Campaign aides"),
    ),
    "conceded-and-vowed": p(
        "The Vermont senator conceded that he no longer had a realistic path to the nomination, but he vowed "
        "to take his fight to the convention floor in Philadelphia.",
        g("he no longer had a realistic path to the nomination", "The Vermont senator"),
        g("take his fight to the convention floor in Philadelphia", "he"),
    ),
    "predicted-turnout": p(
        "Pollster Marian Keller predicted that turnout among voters under 30 would fall below its 2012 level.",
        g("turnout among voters under 30 would fall below its 2012 level", "Pollster Marian Keller"),
    ),
    "promised-supporters": p(
        "The Republican nominee promised supporters in Scranton that he would renegotiate every trade agreement the country has signed.",
        g("he would renegotiate every trade agreement the country has signed", "The Republican nominee"),
    ),
    "warned-shutdown": p(
        "Senate Democrats warned that a shutdown would furlough hundreds of thousands of federal workers in the weeks before the election.",
        g("a shutdown would furlough hundreds of thousands of federal workers", "Senate Democrats"),
    ),
    "noted-judges": p(
        "Sen. Maria Cantrell noted that the Senate had confirmed only 18 judges this year, the fewest since 1952.",
        g("the Senate had confirmed only 18 judges this year", "Sen. Maria Cantrell"),
    ),
    "pointed-out-hearing": p(
        "Rep. Jim Hollister pointed out that the bill's authors had never held a hearing on it.",
        g("the bill's authors had never held a hearing on it", "Rep. Jim Hollister"),
    ),
    "claimed-crowd": p(
        "The campaign claimed that more than 20,000 people attended the rally in Tampa on Saturday.",
        g("more than 20,000 people attended the rally in Tampa", "The campaign"),
    ),
    "alleged-coached": p(
        "Lawyers for the developer alleged that the former students had been coached by a rival firm.",
        g("the former students had been coached by a rival firm", "Lawyers for the developer"),
    ),
    "complained-debates": p(
        "Supporters of the insurgent candidate complained that the party had scheduled the debates on weekend nights to keep the audience small.",
        g("the party had scheduled the debates on weekend nights", "Supporters of the insurgent candidate"),
    ),
    "asserted-voter-id": p(
        "The governor asserted that the state's voter identification law had not kept a single eligible citizen from the polls.",
        g("the state's voter identification law had not kept a single eligible citizen from the polls", "The governor"),
    ),
    "wrote-facebook": p(
        "In a Facebook post, Rep. Glen Ashby wrote that he would not vote for his party's nominee in November.",
        g("he would not vote for his party's nominee in November", "Rep. Glen Ashby"),
    ),
    "tweeted-director": p(
        "Rep. Paula Dunmore tweeted late Wednesday that the FBI director owed Congress a full explanation of the new inquiry.",
        g("the FBI director owed Congress a full explanation of the new inquiry", "Rep. Paula Dunmore"),
    ),
    "told-cnn-that": p(
        "Sen. Lisa Varnell told CNN that she had not decided whether to endorse anyone before the convention.",
        g("she had not decided whether to endorse anyone before the convention", "Sen. Lisa Varnell"),
    ),
    "told-board": p(
        "Gov. Rick Alder told the newspaper's editorial board the pipeline would go ahead regardless of the lawsuit.",
        g("the pipeline would go ahead regardless of the lawsuit", "Gov. Rick Alder"),
    ),
    "denied-knowing": p(
        "The state party chairman denied that he had known about the robocalls before primary day.",
        g("he had known about the robocalls before primary day", "The state party chairman"),
    ),
    "explained-why": p(
        "The senator explained that she had voted against the defense bill because it did not fund the pay raise for troops.",
        g("she had voted against the defense bill because it did not fund the pay raise for troops", "The senator"),
    ),
    # -- present and perfect tenses ------------------------------------------------------------------
    "has-said-repeatedly": p(
        "Senate Majority Leader Mitch Collard has said repeatedly that the next president should fill the court vacancy.",
        g("the next president should fill the court vacancy", "Senate Majority Leader Mitch Collard"),
    ),
    "says-raised": p(
        "The Dorsey campaign says it raised $80 million in July, most of it from donors who gave less than $200.",
        g("it raised $80 million in July, most of it from donors who gave less than $200", "The Dorsey campaign"),
    ),
    "has-argued-unfit": p(
        "The former secretary of state has argued that her opponent is temperamentally unfit to command the military.",
        g("her opponent is temperamentally unfit to command the military", "The former secretary of state"),
    ),
    "economists-say": p(
        "Economists say the candidate's tax plan would add $10 trillion to the national debt over a decade.",
        g("the candidate's tax plan would add $10 trillion to the national debt over a decade", "Economists"),
    ),
    "has-insisted-payment": p(
        "The White House has insisted that the cash payment was not connected to the release of the prisoners.",
        g("the cash payment was not connected to the release of the prisoners", "The White House"),
    ),
    "maintains-innocence": p(
        "The congressman maintains that he did nothing wrong and says he will run for re-election.",
        g("he did nothing wrong", "The congressman"),
        g("he will run for re-election", "The congressman"),
    ),
    # -- the source after the content ----------------------------------------------------------------
    "after-argued": p(
        "The convention will not be contested, the party chairman argued on Sunday.",
        g("The convention will not be contested", "the party chairman"),
    ),
    "after-told-reporters": p(
        "The nominee has no plans to release his tax returns before the election, his campaign manager told reporters on Monday.",
        g("The nominee has no plans to release his tax returns before the election", "his campaign manager"),
    ),
    "after-predicted": p(
        "The vote on the trade bill will slip into September, two Senate aides predicted.",
        g("The vote on the trade bill will slip into September", "two Senate aides"),
    ),
    "after-insisted": p(
        "Nobody in the department knew about the private server, the former secretary insisted in the interview.",
        g("Nobody in the department knew about the private server", "the former secretary"),
    ),
    "after-says-inverted": p(
        "The party platform will call for a $15 minimum wage, says Rep. Keith Ellings, who sat on the drafting committee.",
        g("The party platform will call for a $15 minimum wage", "Rep. Keith Ellings"),
    ),
    "after-noted-mid": p(
        "Turnout in the caucuses, the state party noted, was down a third from eight years ago.",
        g(("Turnout in the caucuses", "was down a third from eight years ago"), "the state party"),
    ),
    "after-wrote": p(
        "The bill would gut protections for people with pre-existing conditions, the senator wrote in an op-ed on Thursday.",
        g("The bill would gut protections for people with pre-existing conditions", "the senator"),
    ),
    # -- according to ----------------------------------------------------------------------------------
    "according-poll-first": p(
        "According to a Marlow University poll released Thursday, the two candidates are tied at 41 percent in Pennsylvania.",
        g("the two candidates are tied at 41 percent in Pennsylvania", "a Marlow University poll released Thursday"),
    ),
    "according-people-last": p(
        "The senator will endorse the nominee next week, according to three people familiar with his plans.",
        g("The senator will endorse the nominee next week", "three people familiar with his plans"),
    ),
    "according-filing": p(
        "According to the campaign's latest filing, it spent $2.3 million on private jet travel in August.",
        g("it spent $2.3 million on private jet travel in August", "the campaign's latest filing"),
    ),
    "according-office-last": p(
        "Turnout in the primary was the highest since 1980, according to the secretary of state's office.",
        g("Turnout in the primary was the highest since 1980", "the secretary of state's office"),
    ),
    "according-spokesman-mid": p(
        "The governor, according to a spokesman, has not spoken to the nominee since the primary.",
        g(("The governor", "has not spoken to the nominee since the primary"), "a spokesman"),
    ),
    # -- nominal attributions --------------------------------------------------------------------------
    "claim-that": p(
        "The candidate's claim that thousands of refugees had entered the state without screening drew a sharp response from the governor.",
        g("thousands of refugees had entered the state without screening", "The candidate's"),
    ),
    "argument-that-polls-show": p(
        "The campaign's argument that the nominee's business record qualifies him to fix the economy has not moved suburban women, polls show.",
        g("the nominee's business record qualifies him to fix the economy", "The campaign's"),
        g("The campaign's argument that the nominee's business record qualifies him to fix the economy has not moved suburban women", "polls"),
    ),
    "statement-from": p(
        "A statement from the Republican National Committee said the party would not spend money on the Senate race in Wisconsin.",
        g("the party would not spend money on the Senate race in Wisconsin", "A statement from the Republican National Committee"),
    ),
    "admission-that": p(
        "Democrats seized on the governor's admission that the state had not tested the water for lead since 2014.",
        g("the state had not tested the water for lead since 2014", "the governor's"),
    ),
    "promise-to": p(
        "Her promise to release the transcripts of her paid speeches was never kept.",
        g("release the transcripts of her paid speeches", "Her"),
    ),
    "assertion-by": p(
        "The assertion by the campaign that the debate moderator was biased drew criticism from both parties.",
        g("the debate moderator was biased", "the campaign"),
    ),
    # -- beliefs and intentions ------------------------------------------------------------------------
    "believe-majority": p(
        "Many Republicans in Congress believe the nominee will cost them their Senate majority.",
        g("the nominee will cost them their Senate majority", "Many Republicans in Congress"),
    ),
    "thinks-open-convention": p(
        "Rep. Carla Voss thinks the party should hold an open convention in Cleveland.",
        g("the party should hold an open convention in Cleveland", "Rep. Carla Voss"),
    ),
    "hopes-to-win-back": p(
        "The senator hopes to win back working-class voters who supported the party in 2012.",
        g("win back working-class voters who supported the party in 2012", "The senator"),
    ),
    "wants-to-expand": p(
        "The campaign wants to expand its map to Georgia and Arizona in the final weeks.",
        g("expand its map to Georgia and Arizona in the final weeks", "The campaign"),
    ),
    "expect-to-accept": p(
        "Party officials expect the nominee to accept the nomination on Thursday night.",
        g("the nominee to accept the nomination on Thursday night", "Party officials"),
    ),
    "fear-third-party": p(
        "Some Democrats fear that a third-party candidate will draw young voters away from their nominee.",
        g("a third-party candidate will draw young voters away from their nominee", "Some Democrats"),
    ),
    "is-convinced": p(
        "The governor is convinced that the state's economy will outgrow the national average next year.",
        g("the state's economy will outgrow the national average next year", "The governor"),
    ),
    "said-he-hopes": p(
        "Rep. Tom Briggs said he hopes the House will pass the bill before the recess.",
        g("the House will pass the bill before the recess", "he"),
    ),
    # -- unnamed sources -------------------------------------------------------------------------------
    "aides-said": p(
        "Aides said the candidate would skip the next debate if the network kept its moderator.",
        g("the candidate would skip the next debate if the network kept its moderator", "Aides"),
    ),
    "person-familiar": p(
        "A person familiar with the matter said the vice presidential shortlist had been narrowed to three names.",
        g("the vice presidential shortlist had been narrowed to three names", "A person familiar with the matter"),
    ),
    "polls-show": p(
        "Polls show the race tightening in Florida and North Carolina.",
        g("the race tightening in Florida and North Carolina", "Polls"),
    ),
    "officials-anonymity": p(
        "Campaign officials, speaking on condition of anonymity, said the nominee had spent the weekend preparing for the debate.",
        g("the nominee had spent the weekend preparing for the debate", "Campaign officials"),
    ),
    "senators-privately": p(
        "Two Republican senators said privately that they would not vote for the nominee.",
        g("they would not vote for the nominee", "Two Republican senators"),
    ),
    "survey-found": p(
        "A survey by the Pew Research Center found that 40 percent of voters had not heard of the Libertarian candidate.",
        g("40 percent of voters had not heard of the Libertarian candidate", "A survey by the Pew Research Center"),
    ),
    # -- as-clauses ------------------------------------------------------------------------------------
    "as-put-it": p(
        "As the senator put it on Sunday, the party has to decide whether it wants to win or to be right.",
        g("the party has to decide whether it wants to win or to be right", "the senator"),
    ),
    "as-noted-inside": p(
        "The primary calendar, as party officials have noted, favors candidates with early money.",
        g(("The primary calendar", "favors candidates with early money"), "party officials"),
    ),
    "as-noted-speech": p(
        "As the nominee noted in her speech, women still earn less than men for the same work.",
        g("women still earn less than men for the same work", "the nominee"),
    ),
    # -- direct quotes in campaign style ---------------------------------------------------------------
    "direct-rally-two-pieces": p(
        "“We are going to win this state,” the nominee told a rally in Des Moines. “And we are going to win it big.”",
        g(("We are going to win this state", "And we are going to win it big"), "the nominee", True),
    ),
    "direct-called-and-said": p(
        "Sen. Ruth Calder called the bill “a giveaway to the drug companies” and said she would vote against it.",
        g("a giveaway to the drug companies", "Sen. Ruth Calder", True),
        g("she would vote against it", "Sen. Ruth Calder"),
    ),
    "direct-colon-statement": p(
        "The campaign said in a statement: “The governor has never met the donor and has no plans to.”",
        g("The governor has never met the donor and has no plans to.", "The campaign", True),
    ),
    # -- precision traps: the words of saying used for no attribution ----------------------------------
    "trap-so-called": p(
        "The so-called “Gang of Six” met behind closed doors on Tuesday to draft a budget compromise.",
    ),
    "trap-says-nothing": p(
        "The 30-second ad, which began airing in Ohio on Monday, says nothing about the senator's votes on trade.",
    ),
    "trap-hypothetical": p(
        "Imagine a voter in Macomb County who has backed the party for 30 years and now cannot decide.",
    ),
    "trap-question": p(
        "Will the debate commission make room for a third podium in October?",
    ),
    "trap-needless-to-say": p(
        "Needless to say, the second debate did little to change the shape of the race.",
    ),
    "trap-hard-to-tell": p(
        "It is hard to tell whether the new ad will move voters in the suburbs of Philadelphia.",
    ),
    "trap-said-in-2005": p(
        "What the candidate said in 2005 matters less than what he does now, the strategist argued.",
        g("What the candidate said in 2005 matters less than what he does now", "the strategist"),
    ),
    "trap-said-to-be": p(
        "The congressman is said to be weighing a run for governor in 2018.",
        g("weighing a run for governor in 2018", None),
    ),
    "trap-tell-apart": p(
        "Few voters can tell the two tax plans apart, and fewer still have read either one.",
    ),
    "trap-speech-topic": p(
        "The nominee's speech on national security lasted 40 minutes and was interrupted twice by protesters.",
    ),
    "trap-talks-about": p(
        "The senator rarely talks about her years as a prosecutor on the campaign trail.",
    ),
    "trap-the-word": p(
        "The word “deplorables” appeared on T-shirts at the rally by Saturday afternoon.",
    ),
    # -- a second batch, written after the first ran and before running it: long contents, -------
    # -- participial cues ("saying", "adding"), several attributions in one paragraph ----------------
    "saying-participle": p(
        "The governor criticized the legislature on Friday, saying lawmakers had left town without funding the state's schools for the coming year.",
        g("lawmakers had left town without funding the state's schools for the coming year", "The governor"),
    ),
    "adding-that": p(
        "Sen. Alan Pruitt said the committee would hold hearings in September, adding that he expected the nominee to be confirmed before the election.",
        g("the committee would hold hearings in September", "Sen. Alan Pruitt"),
        g("he expected the nominee to be confirmed before the election", "Sen. Alan Pruitt"),
        g("the nominee to be confirmed before the election", "he"),
    ),
    "because-clause": p(
        "The mayor said she endorsed the challenger because he was the only candidate with a plan to fix the city's roads and bridges.",
        g("she endorsed the challenger because he was the only candidate with a plan to fix the city's roads and bridges", "The mayor"),
    ),
    "if-clause-first": p(
        "If the court strikes down the law, the attorney general said, the state will ask lawmakers to write a new one before the November election.",
        g(("If the court strikes down the law", "the state will ask lawmakers to write a new one before the November election"), "the attorney general"),
    ),
    "called-for": p(
        "The Republican nominee has called for a temporary ban on immigration from countries with a history of terrorism.",
        g("a temporary ban on immigration from countries with a history of terrorism", "The Republican nominee"),
    ),
    "accused-of-two": p(
        "Sen. Nora Blake accused the administration of misleading Congress about the deal, and she urged her colleagues to block the sale of the fighter jets.",
        g("misleading Congress about the deal", "Sen. Nora Blake"),
        g("block the sale of the fighter jets", "she"),
    ),
    "announced-plans": p(
        "The campaign announced Monday that it would open 40 new field offices in Florida, and it plans to hire 200 more organizers by September.",
        g("it would open 40 new field offices in Florida", "The campaign"),
        g("hire 200 more organizers by September", "it"),
    ),
    "is-expected-to": p(
        "The president is expected to campaign for the nominee in North Carolina next week.",
        g("campaign for the nominee in North Carolina next week", None),
    ),
    "refused-to-agreed-to": p(
        "The senator refused to say whether she would support the nominee, but she agreed to appear with him at a rally in Charlotte.",
        g("say whether she would support the nominee", "The senator"),
        g("appear with him at a rally in Charlotte", "she"),
    ),
    "speaking-to-reporters": p(
        "Speaking to reporters aboard Air Force One, the press secretary said the president had not been briefed on the new emails and would not comment on an open investigation.",
        g("the president had not been briefed on the new emails and would not comment on an open investigation", "the press secretary"),
    ),
    "who-said-relative": p(
        "Rep. Mark Fulton, who said last year that he would never support a tax increase, voted for the budget on Thursday.",
        g("he would never support a tax increase", "Rep. Mark Fulton"),
    ),
    "two-sources-paragraph": p(
        "The nominee will name his running mate on Friday, two campaign aides said. One of them said the choice had come down to the Indiana governor and a former House speaker.",
        g("The nominee will name his running mate on Friday", "two campaign aides"),
        g("the choice had come down to the Indiana governor and a former House speaker", "One of them"),
    ),
    "questioned-whether": p(
        "Democrats questioned whether the nominee's charity had ever given away the money it promised to veterans.",
        g("the nominee's charity had ever given away the money it promised to veterans", "Democrats"),
    ),
    "responded-that": p(
        "The campaign responded that the reporter had taken the remarks out of context.",
        g("the reporter had taken the remarks out of context", "The campaign"),
    ),
    "reiterated": p(
        "At a town hall in Manchester, the senator reiterated that he would not accept money from super PACs.",
        g("he would not accept money from super PACs", "the senator"),
    ),
    "direct-partial-in-indirect": p(
        "The nominee said the trade deal was “a disaster for our workers” and promised to withdraw from it on his first day in office.",
        g("the trade deal was “a disaster for our workers”", "The nominee", True),
        g("withdraw from it on his first day in office", "The nominee"),
    ),
    "direct-after-with-said-before": p(
        "Rep. Diane Ortega said she was disappointed by the vote. “We had the votes last week, and we let them slip away,” she said.",
        g("she was disappointed by the vote", "Rep. Diane Ortega"),
        g("We had the votes last week, and we let them slip away", "she", True),
    ),
    "recalled": p(
        "The former aide recalled that the candidate had rarely read the briefing papers his staff prepared.",
        g("the candidate had rarely read the briefing papers his staff prepared", "The former aide"),
    ),
    "data-show": p(
        "Federal Election Commission records show that the super PAC spent $12 million on television ads in Ohio in October.",
        g("the super PAC spent $12 million on television ads in Ohio in October", "Federal Election Commission records"),
    ),
    "told-that-with-colon-style": p(
        "The candidate told a crowd in Green Bay that the election was rigged and that his supporters should watch the polls closely.",
        g("the election was rigged and that his supporters should watch the polls closely", "The candidate"),
    ),
    "trap-said-it-all": p(
        "The empty seats at the back of the arena said it all on Tuesday night.",
    ),
    "trap-told-by-years": p(
        "All told, the campaign has spent $40 million on advertising since June.",
    ),
    "trap-speaking-of-time": p(
        "Strictly speaking, the nominee does not need the state to reach 270 electoral votes.",
    ),
    # -- a third batch, written after the second ran and before running it: longer paragraphs ---
    # -- of several sentences, as campaign stories run -------------------------------------------
    "long-town-hall": p(
        "At a town hall in Cedar Rapids on Monday, the Democratic nominee told voters that the Affordable Care Act "
        "needed to be fixed, not repealed. She said premiums in the state had risen too fast, and she promised to "
        "cap out-of-pocket costs for prescription drugs. Her Republican rival has vowed to scrap the law entirely.",
        g("the Affordable Care Act needed to be fixed, not repealed", "the Democratic nominee"),
        g("premiums in the state had risen too fast", "She"),
        g("cap out-of-pocket costs for prescription drugs", "she"),
        g("scrap the law entirely", "Her Republican rival"),
    ),
    "long-poll-story": p(
        "The poll, conducted by telephone from Sept. 10 to 14, found that 46 percent of likely voters favor the "
        "Democrat, while 43 percent back the Republican. Pollsters cautioned that the race remained within the "
        "margin of error. Most voters said the economy would decide their vote.",
        g("46 percent of likely voters favor the Democrat, while 43 percent back the Republican", "The poll"),
        g("the race remained within the margin of error", "Pollsters"),
        g("the economy would decide their vote", "Most voters"),
    ),
    "long-hill-leadership": p(
        "House Republicans emerged from a closed-door meeting on Wednesday divided over how to respond. Several "
        "conservatives argued that the party should withhold funding for the agency until its director resigns. "
        "Others worried that a fight over spending would hand Democrats an issue weeks before the election.",
        g("the party should withhold funding for the agency until its director resigns", "Several conservatives"),
        g("a fight over spending would hand Democrats an issue weeks before the election", "Others"),
    ),
    "long-white-house-briefing": p(
        "White House press secretary Dana Whitfield declined to say whether the president would sign the bill. "
        "She told reporters that the administration had \u201cserious concerns\u201d about several provisions and "
        "that talks with congressional leaders were continuing.",
        g("whether the president would sign the bill", "White House press secretary Dana Whitfield"),
        g(("the administration had \u201cserious concerns\u201d about several provisions", "talks with congressional leaders were continuing"), "She", True),
    ),
    "long-fundraising": p(
        "The campaign raised $52 million in August, its best month so far, according to figures it released on "
        "Tuesday. Officials said small donors accounted for more than half of the total and predicted that "
        "September would be even stronger.",
        g("The campaign raised $52 million in August, its best month so far", "figures it released on Tuesday"),
        g("small donors accounted for more than half of the total", "Officials"),
        g("September would be even stronger", "Officials"),
    ),
    "long-surrogate": p(
        "Speaking on Sunday talk shows, the running mate defended the nominee's remarks about the judge, arguing "
        "that they had been taken out of context. But he also said the nominee should have chosen his words more "
        "carefully.",
        g("they had been taken out of context", "the running mate"),
        g("the nominee should have chosen his words more carefully", "he"),
    ),
    "long-state-party": p(
        "Party leaders in Ohio are worried about turnout in the state's rural counties. The state chairman has "
        "said publicly that he expects a close race, and internal polls show the nominee trailing in two "
        "suburban districts the party carried four years ago.",
        g("about turnout in the state's rural counties", "Party leaders in Ohio"),
        g("he expects a close race", "The state chairman"),
        g("a close race", "he"),
        g("the nominee trailing in two suburban districts the party carried four years ago", "internal polls"),
    ),
    "long-debate-prep": p(
        "Advisers to the Republican nominee say he has resisted formal debate preparation, preferring to rely on "
        "his instincts. One adviser, who spoke on the condition of anonymity to discuss private conversations, "
        "said the nominee believes voters will reward him for being himself.",
        g("he has resisted formal debate preparation, preferring to rely on his instincts", "Advisers to the Republican nominee"),
        g("the nominee believes voters will reward him for being himself", "One adviser"),
        g("voters will reward him for being himself", "the nominee"),
    ),
    "long-senate-race": p(
        "In Pennsylvania, the Republican incumbent has tried to distance himself from the top of the ticket. He "
        "has refused to say whether he will vote for the nominee, telling reporters that he is focused on his own "
        "race.",
        g("distance himself from the top of the ticket", "the Republican incumbent"),
        g("whether he will vote for the nominee", "He"),
        g("he is focused on his own race", "He"),
    ),
    "long-email-inquiry": p(
        "The FBI director told lawmakers in a letter that agents had found new emails that appeared to be "
        "pertinent to the investigation. Democrats said the timing of the letter, 11 days before the election, "
        "was unprecedented, and the nominee's campaign chairman called on the director to release all the facts.",
        g("agents had found new emails that appeared to be pertinent to the investigation", "The FBI director"),
        g("the timing of the letter, 11 days before the election, was unprecedented", "Democrats"),
        g("release all the facts", "the nominee's campaign chairman"),
    ),
    "long-trade-speech": p(
        "In a speech in Monessen, the nominee said globalization had wiped out the middle class. He blamed "
        "politicians in both parties for trade deals that, he said, had shipped factories overseas.",
        g("globalization had wiped out the middle class", "the nominee"),
        g("had shipped factories overseas", "he"),
    ),
    "long-supreme-court": p(
        "Senate Republicans have refused to hold hearings on the president's nominee to the Supreme Court. They "
        "argue that voters should have a say in the choice through the November election. Democrats counter that "
        "the Constitution requires the Senate to act.",
        g("hold hearings on the president's nominee to the Supreme Court", "Senate Republicans"),
        g("voters should have a say in the choice through the November election", "They"),
        g("the Constitution requires the Senate to act", "Democrats"),
    ),
    "trap-long-schedule": p(
        "The nominee will hold rallies in Florida and North Carolina on Thursday before returning to New York for "
        "a fundraiser. Her running mate is scheduled to campaign in Iowa.",
    ),
    "trap-long-vote-count": p(
        "The Senate voted 52 to 47 to advance the bill, with three Democrats joining Republicans. A final vote is "
        "set for next week.",
    ),
    # -- a fourth batch, written after the dev aggregates did not move, before running it: -------
    # -- attributions inside subordinate clauses, long sentences, critics and supporters ---------
    "after-x-said": p(
        "The senator's numbers dropped sharply after he said that the nominee's comments about the judge were "
        "“the textbook definition” of a racist remark.",
        g("the nominee's comments about the judge were “the textbook definition” of a racist remark", "he", True),
    ),
    "when-asked": p(
        "When asked about the leaked recording, the Wisconsin congressman said he was sickened by what he heard "
        "and that the nominee would no longer appear with him at a rally in Elkhorn.",
        g("he was sickened by what he heard and that the nominee would no longer appear with him at a rally in Elkhorn", "the Wisconsin congressman"),
    ),
    "critics-say": p(
        "Critics say the foundation accepted millions of dollars from foreign governments while the nominee was "
        "secretary of state, though no evidence has emerged that donors received special treatment.",
        g("the foundation accepted millions of dollars from foreign governments while the nominee was secretary of state", "Critics"),
    ),
    "supporters-argue": p(
        "Supporters argue that the wall would stop drugs from crossing the border, but many economists doubt "
        "that Mexico will ever pay for it.",
        g("the wall would stop drugs from crossing the border", "Supporters"),
        g("Mexico will ever pay for it", "many economists"),
    ),
    "while-said": p(
        "While the campaign manager said the candidate would stay in the race, two senior advisers told donors on "
        "a conference call that he was considering dropping out before the Iowa caucuses.",
        g("the candidate would stay in the race", "the campaign manager"),
        g("he was considering dropping out before the Iowa caucuses", "two senior advisers"),
    ),
    "comments-that": p(
        "The nominee's comments that the election could be rigged alarmed election officials in both parties.",
        g("the election could be rigged", "The nominee's"),
    ),
    "decision-by-to": p(
        "The decision by the party chairman to schedule only six debates angered the other candidates.",
        g("schedule only six debates", "the party chairman"),
    ),
    "call-for-possessive": p(
        "The senator's call for a special prosecutor was rejected by the attorney general on Friday.",
        g("a special prosecutor", "The senator's"),
    ),
    "widely-believed": p(
        "It is widely believed in the capital that the speaker will not seek another term.",
        g("the speaker will not seek another term", None),
    ),
    "many-voters-believe": p(
        "Many voters believe the economy is still in recession, according to the survey, even though "
        "unemployment has fallen below 5 percent.",
        g("the economy is still in recession", "Many voters"),
        g("Many voters believe the economy is still in recession", "the survey"),
    ),
    "long-said-relative-chain": p(
        "Rep. Nina Lowell, a Democrat who represents a district the nominee won by 20 points, said on Tuesday that "
        "she would not campaign with him because his positions on trade were out of step with her constituents.",
        g("she would not campaign with him because his positions on trade were out of step with her constituents", "Rep. Nina Lowell, a Democrat who represents a district the nominee won by 20 points"),
    ),
    "long-quote-then-indirect": p(
        "“I'm not going to vote for him,” the governor said on a radio program Thursday. He added that he would "
        "write in the name of a Republican he respected but declined to say whom.",
        g("I'm not going to vote for him", "the governor", True),
        g("he would write in the name of a Republican he respected", "He"),
    ),
    "long-statement-saying": p(
        "The campaign issued a statement Sunday night saying the nominee had been “fully transparent” about his "
        "health and would release a letter from his doctor this week.",
        g("the nominee had been “fully transparent” about his health and would release a letter from his doctor this week", "The campaign", True),
    ),
    "long-in-his-view": p(
        "In the chairman's view, the party's problems with Hispanic voters began long before this year's primary.",
        g("the party's problems with Hispanic voters began long before this year's primary", "the chairman's"),
    ),
    "long-told-times": p(
        "The nominee's son-in-law has taken on a larger role in the campaign, several people close to the family "
        "told The New York Times, and he now approves every major expense.",
        g("The nominee's son-in-law has taken on a larger role in the campaign", "several people close to the family"),
    ),
    "long-data-suggest": p(
        "Early voting data suggest that turnout among black voters in North Carolina is down from four years ago, "
        "a trend that worries Democratic strategists.",
        g("turnout among black voters in North Carolina is down from four years ago", "Early voting data"),
    ),
    "long-said-in-interview-with": p(
        "In an interview with The Associated Press on Monday, the Libertarian candidate said he expected to reach "
        "15 percent in national polls by the end of September, the threshold for the debates.",
        g("he expected to reach 15 percent in national polls by the end of September", "the Libertarian candidate"),
    ),
    "trap-long-profile": p(
        "The governor, a former county prosecutor who was first elected in 2010, grew up on a dairy farm outside "
        "Green Bay and still lives in the house where he was raised.",
    ),
    "trap-long-ad-buy": p(
        "The super PAC will spend $6 million on television ads in Nevada and New Hampshire over the next three "
        "weeks, its largest buy of the cycle.",
    ),
    # -- a fifth batch, written before running it: requests with a to-clause, and praise or blame --
    # -- for a deed ("criticized X for Y") --------------------------------------------------------
    "criticized-for": p(
        "The senator criticized the administration for its handling of the refugee crisis.",
        g("the administration for its handling of the refugee crisis", "The senator"),
    ),
    "praised-for": p(
        "Democrats praised the governor for vetoing the bill, which would have closed dozens of polling places.",
        g("the governor for vetoing the bill", "Democrats"),
    ),
    "attacked-for": p(
        "The nominee attacked the trade pact for sending manufacturing jobs to Mexico and China.",
        g("the trade pact for sending manufacturing jobs to Mexico and China", "The nominee"),
    ),
    "encouraged-to": p(
        "The governor encouraged voters to register before the Oct. 11 deadline.",
        g("voters to register before the Oct. 11 deadline", "The governor"),
    ),
    "pressed-to": p(
        "House Republicans pressed the State Department to release the remaining emails before the election.",
        g("the State Department to release the remaining emails before the election", "House Republicans"),
    ),
    "challenged-to": p(
        "The campaign challenged its rival to release his full medical records.",
        g("its rival to release his full medical records", "The campaign"),
    ),
    "pushed-to": p(
        "Labor unions pushed the party to adopt a $15 minimum wage in its platform.",
        g("the party to adopt a $15 minimum wage in its platform", "Labor unions"),
    ),
    "trap-pushed-through": p(
        "Protesters pushed through the crowd outside the arena on Friday night.",
    ),
    "trap-thanked": p(
        "The nominee thanked the volunteers in Des Moines and flew to Omaha.",
    ),
    "trap-pressed-limit": p(
        "Heavy rain pressed the levees along the river to their limit last week.",
    ),
    # -- a sixth batch, written before running it: a poll as the source of a finding ("in a poll") --
    "in-a-poll": p(
        "The Democratic nominee leads her Republican rival by six points in a new Carver College poll of likely voters in Virginia.",
        g("The Democratic nominee leads her Republican rival by six points", "a new Carver College poll of likely voters in Virginia"),
    ),
    "in-the-survey-said": p(
        "In the survey, conducted for the Tribune, 52 percent of Republicans said the party should have picked another nominee.",
        g("the party should have picked another nominee", "52 percent of Republicans"),
    ),
    "poll-found-trailing": p(
        "The senator trails his challenger among independents, according to the poll, which was taken after the second debate.",
        g("The senator trails his challenger among independents", "the poll, which was taken after the second debate"),
    ),
    "trap-asked-in-poll": p(
        "Voters were asked about the economy and immigration in the poll, which was conducted by telephone.",
    ),
    # -- written while fixing, after the stage was run on them: the that-clause after a long -----
    # -- "in a letter ..." phrase, which the parser hangs inside the phrase --------------------------
    "letter-relative-then-that": p(
        "The senator said in a letter that she sent to colleagues on Friday that the bill would fail.",
        g("the bill would fail", "The senator"),
    ),
    "interview-with-that": p(
        "The mayor said in an interview on Tuesday with a local station that the city would appeal the ruling.",
        g("the city would appeal the ruling", "The mayor"),
    ),
    "statement-released-then-that": p(
        "The governor said in a statement that was released Monday that the budget was balanced.",
        g("the budget was balanced", "The governor"),
    ),
    "trap-statement-relative": p(
        "“We will win this state,” the governor said in a statement that the campaign released on Monday.",
        g("We will win this state", "the governor", True),
    ),
}  # fmt: skip


def set_scores(scored: dict[str, QuoteCounts], name: str) -> dict[str, float]:
    """A set's paragraphs scored as a whole, metric -> value."""
    return {s.metric: s.value for s in scores_from(summed(scored.values()), name)}


def assert_paragraph_right(counts: QuoteCounts) -> None:
    """One paragraph of a set: it reached the pipeline and its attributions are the gold ones."""
    assert not counts.lost, "paragraph lost"
    assert not counts.errors, counts.errors


def print_set(scored: dict[str, QuoteCounts], name: str) -> None:
    """A set's scores and each paragraph's errors, for `pytest -s` runs compared by eye."""
    print(f"\n{name} set:", {k: round(v, 3) for k, v in set_scores(scored, name).items()})
    for key, counts in sorted(scored.items()):
        for error in counts.errors:
            print("  ", key, error)
