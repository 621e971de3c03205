"""A fifth blind set: what is and is not an attribution, and where its content ends.

Written for these tests in the style of 2016 US political coverage -- campaigns, congressional
hearings, court rulings, business scandals; fictional people and companies beside real offices and
parties -- and coded by the shared eval README's PolNeAR rules (a source, a cue, a content; speech,
beliefs and intentions count; nested chains are flattened to the innermost source) before the quote
stage was run on any of it. The earlier sets (`political_set`, `news_set`, `attitude_set`,
`noun_cue_set`) hold the plain cues; this one holds the near misses around them:

- infinitives of purpose, effort and result that say nothing ("flew to Youngstown to campaign",
  "worked through the night to count", "managed to raise", "was forced to recall"), beside efforts
  to say something, whose content is the that-clause ("tried to argue that", "tried to make the
  case that", "went on to argue that");
- claims told by a gerund ("boasts of being", "claims of being") beside the same nouns with no
  content;
- admissions and findings whose content is a passive clause with its own "by" agent (the agent is
  inside the content, never its source), and passives of saying ("was told by X that");
- "according to" at the head of a long paragraph, inside a clause that points back ("That,
  according to ..., is why"), and in its senses of "in keeping with";
- verbs of perception (saw, watched, heard, noticed, looked on), none of them attributions;
- contents that stop at a participle which says something new (", explaining that", ", adding
  that", ", noting that", ", saying") and contents that run on through a relative clause, a
  when-clause, a purpose infinitive or a coordinated that-clause of their own;
- "that" which opens no content: relative clauses on a cue noun, "so that", "so broad that",
  "the fact that", "it was clear that";
- a saying the sentence denies ("stopped short of saying"), beside negated cues, which PARC and
  PolNeAR still count ("did not say whether", "did not mention").
"""

from __future__ import annotations

from tests.understand.quotes.political_set import Paragraph, g, p

PARAGRAPHS: dict[str, Paragraph] = {
    # -- efforts to say something: the content is the that-clause, not the infinitive ------------------
    "tried-to-argue-that": p(
        "Defense lawyer Mona Greer tried to argue that the recordings had been made without a warrant, "
        "but Judge Alan Pike cut her off.",
        g("the recordings had been made without a warrant", "Defense lawyer Mona Greer"),
    ),
    "tried-to-make-the-case": p(
        "The campaign has tried to make the case that the nominee's business failures were the fault of a weak economy.",
        g("the nominee's business failures were the fault of a weak economy", "The campaign"),
    ),
    "made-the-case": p(
        "Sen. Roy Danforth made the case on Tuesday that the tax cut would pay for itself within a decade.",
        g("the tax cut would pay for itself within a decade", "Sen. Roy Danforth"),
    ),
    "went-on-to-argue": p(
        "The lawyer for the former governor went on to argue that the bribery statute did not reach routine favors.",
        g("the bribery statute did not reach routine favors", "The lawyer for the former governor"),
    ),
    "began-to-argue": p(
        "By the third day of the hearing, Republicans on the panel began to argue that the agency had overstepped its authority.",
        g("the agency had overstepped its authority", "Republicans on the panel"),
    ),
    "appeared-to-suggest": p(
        "The White House appeared to suggest on Monday that the president would not sign the pipeline bill.",
        g("the president would not sign the pipeline bill", "The White House"),
    ),
    # -- infinitives of purpose, effort and result: nothing is said ------------------------------------
    "trap-purpose-flew": p(
        "Sen. Harlan Pruitt flew to Youngstown on Monday to campaign for the party's nominee.",
    ),
    "trap-purpose-used-hearing": p(
        "Republicans used the hearing to question the director about the private server.",
    ),
    "trap-worked-to-count": p(
        "Volunteers worked through the night to count the absentee ballots in Dane County.",
    ),
    "trap-in-order-to": p(
        "The campaign moved the rally indoors in order to avoid the thunderstorms forecast for Saturday.",
    ),
    "trap-managed-to-raise": p(
        "The nominee managed to raise $12 million in the final week of the quarter.",
    ),
    "trap-forced-to-recall": p(
        "Halvorsen Medical was forced to recall 40,000 of its insulin pumps after the federal review.",
    ),
    "trap-helped-to-win": p(
        "The union's endorsement helped the governor to win over voters in the Mahoning Valley.",
    ),
    "trap-afford-to-ignore": p(
        "Few Republican candidates can afford to ignore the state's growing number of Hispanic voters.",
    ),
    "trap-tried-to-reach": p(
        "Reporters tried to reach the congressman at his district office on Friday.",
    ),
    "trap-tried-to-change-subject": p(
        "After the second debate, the campaign tried to change the subject to trade.",
    ),
    "trap-bid-to-win": p(
        "In a bid to win over suburban women, the campaign released a new television ad on school safety.",
    ),
    "trap-hired-to-push": p(
        "The company hired a Washington lobbying firm to push for the tax break.",
    ),
    "trap-returned-to-vote": p(
        "Lawmakers returned to the Capitol on Tuesday to vote on the spending bill.",
    ),
    "trap-voted-to-confirm": p(
        "The Senate voted 52 to 48 on Thursday to confirm the nominee as commerce secretary.",
    ),
    "trap-loss-forced-end": p(
        "The loss in Indiana forced the senator to end his campaign.",
    ),
    "trap-so-that-return": p(
        "The speaker moved the vote to Tuesday so that absent members could return from their districts.",
    ),
    "trap-result-so-broad": p(
        "The ruling was so broad that it could reach every school district in the state.",
    ),
    # -- claims told by a gerund, and the same nouns with no content -----------------------------------
    "boasts-of-being": p(
        "The developer's boasts of being the richest man in the county have drawn the attention of state tax officials.",
        g("being the richest man in the county", "The developer's"),
    ),
    "claims-of-being": p(
        "Her claims of being an outsider ring hollow to voters who remember her two terms in the legislature.",
        g("being an outsider", "Her"),
    ),
    "accused-of-being": p(
        "Rep. Carl Upton accused his primary opponent of being a puppet of Wall Street banks.",
        g("his primary opponent of being a puppet of Wall Street banks", "Rep. Carl Upton"),
    ),
    "trap-boasts-no-content": p(
        "The nominee's boasts have become a fixture of his rallies.",
    ),
    "trap-explanation-late": p(
        "The spokesman's explanation came too late for the morning newspapers.",
    ),
    "trap-claim-relative": p(
        "The claim that the campaign made on Sunday was withdrawn within hours.",
    ),
    # -- admissions and findings whose content holds its own "by" agent --------------------------------
    "forced-admission-from": p(
        "The audit forced an admission from the agency that its payroll records had been altered by contractors.",
        g("its payroll records had been altered by contractors", "the agency"),
    ),
    "forced-acknowledgment": p(
        "The leak forced an acknowledgment that the senator's calls had been monitored by the bureau.",
        g("the senator's calls had been monitored by the bureau", None),
    ),
    "recognition-among": p(
        "The defeat brought a recognition among party leaders that the old coalition had collapsed.",
        g("the old coalition had collapsed", "party leaders"),
    ),
    "concession-by": p(
        "The vote amounted to a concession by the leadership that the bill could not pass without Democrats.",
        g("the bill could not pass without Democrats", "the leadership"),
    ),
    "alleged-paid-by": p(
        "Prosecutors alleged that the bribes were paid by a shell company controlled by the mayor's brother.",
        g("the bribes were paid by a shell company controlled by the mayor's brother", "Prosecutors"),
    ),
    "approved-by-company-said": p(
        "The contract was approved by the full board, the company said Tuesday.",
        g("The contract was approved by the full board", "the company"),
    ),
    "found-withheld-by": p(
        "The inspector general found that the documents had been withheld by senior agency officials.",
        g("the documents had been withheld by senior agency officials", "The inspector general"),
    ),
    "told-ordered-by": p(
        "The whistleblower told investigators that she had been ordered by her supervisor to shred the files.",
        g("she had been ordered by her supervisor to shred the files", "The whistleblower"),
        # Recoded after review (session 11): an order is a speech act (a directive), as "told by
        # police to leave" and "urged by X to resign" are; the supervisor's, nested in the report.
        g("to shred the files", "her supervisor"),
    ),
    "was-told-by": p(
        "The FBI was told by the company that the breach affected more than 500,000 accounts.",
        g("the breach affected more than 500,000 accounts", "the company"),
    ),
    "were-told-no-source": p(
        "Investigators were told that the hard drives had been destroyed.",
        g("the hard drives had been destroyed", None),
    ),
    "court-found-drawn": p(
        "The appeals court found that the district lines had been drawn to dilute the votes of black residents.",
        g("the district lines had been drawn to dilute the votes of black residents", "The appeals court"),
    ),
    "trap-signed-by": p(
        "The bill was signed by the governor on Friday in a ceremony at the statehouse.",
    ),
    "trap-reported-by": p(
        "The emails were first reported by The Tribune in August.",
    ),
    "trap-found-guilty": p(
        "A federal jury found the former aide guilty of lying to investigators.",
    ),
    # -- according to: at the head of a long paragraph, pointing back, or meaning "in keeping with" ----
    "according-long-source": p(
        "According to the complaint filed Monday in federal court in Newark, which names three former "
        "executives, the company hid $40 million in losses from its investors.",
        g("the company hid $40 million in losses from its investors",
          "the complaint filed Monday in federal court in Newark, which names three former executives"),
    ),
    "according-then-second-sentence": p(
        "According to the indictment, the scheme began in 2011. The school district's payments to the "
        "firm stopped only after a state audit in 2014.",
        g("the scheme began in 2011", "the indictment"),
    ),
    "according-points-back": p(
        "That, according to the senator's aides, is why he skipped the vote.",
        g(("That", "is why he skipped the vote"), "the senator's aides"),
    ),
    "according-after-said": p(
        "The nominee said he had never met the Russian ambassador, according to a transcript of the interview.",
        g("he had never met the Russian ambassador", "The nominee"),
    ),
    "trap-according-schedule": p(
        "The hearing went ahead according to the schedule the committee released in May.",
    ),
    "trap-according-rules": p(
        "Delegates will be seated according to the rules the party adopted in 2012.",
    ),
    # -- verbs of perception ---------------------------------------------------------------------------
    "trap-watched-leave": p(
        "Reporters watched the nominee leave the stage without taking questions.",
    ),
    "trap-saw-enter": p(
        "Witnesses saw the congressman enter the building shortly after midnight.",
    ),
    "trap-heard-verdict": p(
        "The senator heard the verdict from the front row of the courtroom.",
    ),
    "trap-noticed-protesters": p(
        "The candidate noticed the protesters near the back of the hall and stopped speaking.",
    ),
    "trap-looked-on": p(
        "Aides looked on as the governor signed the bill.",
    ),
    "trap-saw-numbers-fall": p(
        "The governor saw her approval rating fall eleven points over the summer.",
    ),
    # -- a content that stops at a participle saying something new ------------------------------------
    "ruled-explaining": p(
        "Judge Carla Benning ruled that the state's voter identification law was unconstitutional, explaining "
        "that it had been written to keep minority voters from the polls.",
        g("the state's voter identification law was unconstitutional", "Judge Carla Benning"),
        g("it had been written to keep minority voters from the polls", "Judge Carla Benning"),
    ),
    "said-adding-that": p(
        "The governor said the state would appeal the ruling, adding that the papers would be filed within a week.",
        g("the state would appeal the ruling", "The governor"),
        g("the papers would be filed within a week", "The governor"),
    ),
    "dismissed-saying": p(
        "Campaign officials dismissed the poll, saying its sample held too few young voters.",
        g("its sample held too few young voters", "Campaign officials"),
    ),
    "wrote-noting": p(
        "In a 40-page opinion, the judge wrote that the agency had exceeded its authority, noting that "
        "Congress had never approved the rule.",
        g("the agency had exceeded its authority", "the judge"),
        g("Congress had never approved the rule", "the judge"),
    ),
    "said-leaving": p(
        "The mayor said the city would close two fire stations in March, leaving the east side without an engine company.",
        g("the city would close two fire stations in March, leaving the east side without an engine company", "The mayor"),
    ),
    # -- a content that runs on through a clause of its own --------------------------------------------
    "alleges-relative": p(
        "The lawsuit alleges that the dealership sold cars that had been recalled in Europe.",
        g("the dealership sold cars that had been recalled in Europe", "The lawsuit"),
    ),
    "memo-relative-source": p(
        "The memo that the aide wrote in March warned that the server was open to hackers.",
        g("the server was open to hackers", "The memo that the aide wrote in March"),
    ),
    "said-when": p(
        "Ms. Lena Alvarez said she was at home with her children when the fire started.",
        g("she was at home with her children when the fire started", "Ms. Lena Alvarez"),
    ),
    "said-two-that-clauses": p(
        "Rep. Tom Hendricks said the bill was dead and that leaders should start over in January.",
        g("the bill was dead and that leaders should start over in January", "Rep. Tom Hendricks"),
    ),
    "admitted-purpose-inside": p(
        "The automaker admitted that it had installed software to cheat on emissions tests.",
        g("it had installed software to cheat on emissions tests", "The automaker"),
    ),
    "critics-said-purpose-inside": p(
        "The drugmaker raised the price of the injector to $600 to increase its profits, critics said.",
        g("The drugmaker raised the price of the injector to $600 to increase its profits", "critics"),
    ),
    "trap-raised-price": p(
        "The drugmaker raised the price of the injector to $600 last year.",
    ),
    "because-said": p(
        "The judge delayed the trial because prosecutors said they needed more time to review the documents.",
        g("they needed more time to review the documents", "prosecutors"),
    ),
    "because-said-first": p(
        "Because the governor said she would veto the bill, leaders never brought it to a vote.",
        g("she would veto the bill", "the governor"),
    ),
    "said-but-did-not-say": p(
        "The spokesman said the senator would attend the hearing, but he did not say whether she would testify.",
        g("the senator would attend the hearing", "The spokesman"),
        g("whether she would testify", "he"),
    ),
    "critics-who-argue": p(
        "Critics of the plan, who argue that it would raise premiums for older workers, rallied outside the Capitol.",
        g("it would raise premiums for older workers", "Critics of the plan"),
    ),
    "said-she-believed": p(
        "The senator said that she believed the nominee would be confirmed by the fall.",
        g("the nominee would be confirmed by the fall", "she"),
    ),
    # -- "that" which opens no content ------------------------------------------------------------------
    "trap-fact-that": p(
        "The fact that the nominee never released his tax returns became an issue in the final debate.",
    ),
    "trap-it-was-clear": p(
        "By Thursday it was clear that the speaker did not have the votes.",
    ),
    "trap-stopped-short": p(
        "The governor stopped short of saying that the senator should resign.",
    ),
    "statement-no-mention": p(
        "The company's statement did not mention the lawsuit.",
        g("the lawsuit", "The company's statement"),
    ),
    "trap-raised-questions": p(
        "The scandal raised questions about the charity's spending on travel.",
    ),
    "trap-hearing-focused-whether": p(
        "The hearing focused on whether the agency had misled Congress.",
    ),
    # -- court rulings and business scandals: plain cues with new sources --------------------------------
    "court-held": p(
        "The appeals court held that the agency had no authority to set the fees.",
        g("the agency had no authority to set the fees", "The appeals court"),
    ),
    "shareholders-allege-in-suit": p(
        "Shareholders allege in the suit that the bank opened millions of accounts without its customers' consent.",
        g("the bank opened millions of accounts without its customers' consent", "Shareholders"),
    ),
    "told-committee-sorry": p(
        "The bank's chief executive told the Senate Banking Committee he was deeply sorry.",
        g("he was deeply sorry", "The bank's chief executive"),
    ),
    "testified-had-not-known": p(
        "The company's chief executive testified that she had not known about the price increases until August.",
        g("she had not known about the price increases until August", "The company's chief executive"),
    ),
    "judge-ordered-to": p(
        "In a ruling issued Friday, the judge ordered the state to count the provisional ballots.",
        g("the state to count the provisional ballots", "the judge"),
    ),
    "trap-threw-out": p(
        "A federal judge threw out the lawsuit on Friday.",
    ),
    "direct-by-agent-inside": p(
        "\u201cThe documents were shredded by people who knew exactly what they were doing,\u201d the prosecutor told jurors.",
        g("The documents were shredded by people who knew exactly what they were doing", "the prosecutor", True),
    ),
    # -- found by a code review of this round (sentences the reviewer wrote) -------------------------
    "review-according-plan-seen-by": p(
        "But according to a draft plan seen by Reuters, the government will cut fuel subsidies by half next year.",
        g("the government will cut fuel subsidies by half next year", "a draft plan seen by Reuters"),
    ),
    "review-according-plan-after": p(
        "The government will cut fuel subsidies by half next year according to a draft plan seen by Reuters.",
        g("The government will cut fuel subsidies by half next year", "a draft plan seen by Reuters"),
    ),
    "review-according-rules-published": p(
        "Turnout was high, and according to the rules published by the electoral commission, results must be "
        "announced within a week.",
        g("results must be announced within a week", "the rules published by the electoral commission"),
    ),
    "review-urged-by": p(
        "The minister said he was urged by the prime minister to resign.",
        g("he was urged by the prime minister to resign", "The minister"),
        g("to resign", "the prime minister"),
    ),
    "review-told-by-police": p(
        "She said she had been told by police to leave the house.",
        g("she had been told by police to leave the house", "She"),
        g("to leave the house", "police"),
    ),
    "review-explaining-other": p(
        "Police said the driver fled the scene, explaining that he had panicked.",
        g("the driver fled the scene, explaining that he had panicked", "Police"),
        g("he had panicked", "the driver"),
    ),
}  # fmt: skip
