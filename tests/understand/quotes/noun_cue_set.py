"""A fourth blind set: attributions told by nouns, and short contents.

Written for these tests in the style of 2016 US political coverage (fictional people, real offices
and parties) and coded by the shared eval README's PolNeAR rules -- a source, a cue, a content;
beliefs and intentions count; the content may be a short noun phrase -- before the quote stage was
run on any of it. `attitude_set` holds the first noun cues (refusal, decision, allegations of,
criticism of, support for, call for); this set holds the wider class: nouns of saying, believing and
wanting the earlier sets never used ("prediction", "estimate", "explanation", "willingness",
"reluctance", "ambition", "skepticism", "preference", "outrage", "stance"), their content as a
that-clause, a to-clause or a short "of/for/about/on/over/to/at" phrase, their source as a possessor,
a "by/from/among/between" phrase, a name or party compounded with the noun ("a Republican proposal
to", "the White House plan to") or the subject of a verb that only issues or holds the noun ("took
the position that", "unveiled a plan to", "put forward a proposal to", "has long held the view
that"); the noun as the subject of "is" with the content as its complement ("Her argument is that
...", "The campaign's goal is to ..."); texts issued with a participle ("filed a lawsuit alleging
that ..."); coordinated readiness ("willing and able to"); and verbs of stance with a short object
not in the lexicon before ("echoed", "reaffirmed", "championed", "lambasted"). The traps use the
same nouns for no one's attitude: a statement read by a clerk, an agreement that expired, a
proposal's cost, a request for comment, support from steel cables, a place on the ballot.

Recoded after the first run (coding slips, not the stage's answers): `preference-for` lists the
belief inside it ("a candidate who opposes the trade pact", as "support" and "oppose" are cues in
every earlier set), and the source of "The White House plan" is the compound "White House" (the
article belongs to "plan"). In the second batch, `clarified-that` lists the stance inside it
("had not endorsed either candidate": "endorse" is a cue of the earlier sets). In the third batch,
`supports-name` lists its gold in text order (the scorer gives a prediction to the first gold it
covers), as `attitude_set`'s understands-concerns does.
"""

from __future__ import annotations

from tests.understand.quotes.political_set import Paragraph, g, p

PARAGRAPHS: dict[str, Paragraph] = {
    # -- nouns of saying and believing with a that-clause ----------------------------------------------
    "prediction-that": p(
        "The pollster's prediction that Democrats would retake the Senate proved wrong.",
        g("Democrats would retake the Senate", "The pollster's"),
    ),
    "estimate-that": p(
        "The budget office's estimate that the plan would add $2 trillion to the deficit alarmed fiscal conservatives.",
        g("the plan would add $2 trillion to the deficit", "The budget office's"),
    ),
    "explanation-that": p(
        "The campaign's explanation that the donation was a clerical error satisfied few of its critics.",
        g("the donation was a clerical error", "The campaign's"),
    ),
    "impression-that": p(
        "The delegates' impression that the chairman would step aside turned out to be wrong.",
        g("the chairman would step aside", "The delegates'"),
    ),
    "feeling-among": p(
        "There is a growing feeling among House Republicans that the speaker has lost control of his caucus.",
        g("the speaker has lost control of his caucus", "House Republicans"),
    ),
    "confession-that": p(
        "His confession that he had never read the bill drew laughter in the chamber.",
        g("he had never read the bill", "His"),
    ),
    "boast-that": p(
        "The candidate's boast that he would build the wall in a year drew skepticism from engineers.",
        g("he would build the wall in a year", "The candidate's"),
    ),
    "recommendation-that": p(
        "The panel's recommendation that the agency be split in two was ignored by Congress.",
        g("the agency be split in two", "The panel's"),
    ),
    "theory-that": p(
        "The campaign's theory that suburban women would decide the race shaped its advertising.",
        g("suburban women would decide the race", "The campaign's"),
    ),
    "speculation-that": p(
        "Speculation that the vice president would enter the race grew after his visit to Iowa.",
        g("the vice president would enter the race", None),
    ),
    "answer-that": p(
        "Her answer that she did not recall the briefing frustrated Republicans on the committee.",
        g("she did not recall the briefing", "Her"),
    ),
    "objection-that": p(
        "The Democrats' objection that the hearing was rushed was overruled by the chairman.",
        g("the hearing was rushed", "The Democrats'"),
    ),
    "reply-that": p(
        "The candidate's reply that the question was unfair drew applause from the audience.",
        g("the question was unfair", "The candidate's"),
    ),
    "admission-by": p(
        "An admission by the campaign chairman that he had lobbied for a foreign party forced his resignation.",
        g("he had lobbied for a foreign party", "the campaign chairman"),
    ),
    "suggestion-from": p(
        "The suggestion from aides that the candidate was exhausted angered her supporters.",
        g("the candidate was exhausted", "aides"),
    ),
    "demands-from-that": p(
        "Demands from civil rights groups that the officer be charged grew after the video was released.",
        g("the officer be charged", "civil rights groups"),
    ),
    "assurances-from": p(
        "Republican senators sought assurances from the nominee that he would protect Medicare.",
        g("he would protect Medicare", "the nominee"),
    ),
    "confidence-expressed": p(
        "The White House expressed confidence that the nominee would be confirmed by the end of the month.",
        g("the nominee would be confirmed by the end of the month", "The White House"),
    ),
    # -- a verb that holds or issues the noun: its subject is the source -------------------------------
    "took-position": p(
        "The administration has taken the position that the law does not apply to former officials.",
        g("the law does not apply to former officials", "The administration"),
    ),
    "held-view": p(
        "Sen. Alma Reyes has long held the view that the filibuster protects the minority party.",
        g("the filibuster protects the minority party", "Sen. Alma Reyes"),
    ),
    "unveiled-plan": p(
        "Gov. Tom Hale unveiled a plan to cut the state's prison population by a third.",
        g("cut the state's prison population by a third", "Gov. Tom Hale"),
    ),
    "announced-plan": p(
        "The White House announced a plan to resettle 10,000 Syrian refugees this year.",
        g("resettle 10,000 Syrian refugees this year", "The White House"),
    ),
    "put-forward-proposal": p(
        "House Democrats put forward a proposal to expand background checks to gun shows.",
        g("expand background checks to gun shows", "House Democrats"),
    ),
    "signaled-willingness": p(
        "The Senate majority leader signaled a willingness to hold hearings after the election.",
        g("hold hearings after the election", "The Senate majority leader"),
    ),
    "renewed-calls-for": p(
        "Three Democratic senators renewed calls for an independent commission on Monday.",
        g("an independent commission", "Three Democratic senators"),
    ),
    "won-promise-from": p(
        "Union leaders won a promise from the governor to keep the plant open.",
        g("keep the plant open", "the governor"),
    ),
    "secured-commitment-from": p(
        "Environmental groups secured a commitment from the nominee to reject the pipeline.",
        g("reject the pipeline", "the nominee"),
    ),
    "reached-agreement-with": p(
        "Democrats reached an agreement with Republicans to fund the government through December.",
        g("fund the government through December", "Democrats"),
    ),
    # -- the noun as the subject of "is", the content its complement ------------------------------------
    "message-was-that": p(
        "The governor's message to voters was that the state could not afford another tax cut.",
        g("the state could not afford another tax cut", "The governor's"),
    ),
    "argument-is-that": p(
        "Her argument is that the trade deal would hurt manufacturing workers in the Midwest.",
        g("the trade deal would hurt manufacturing workers in the Midwest", "Her"),
    ),
    "view-is-that": p(
        "The senator's view is that the Supreme Court seat should remain open until after the election.",
        g("the Supreme Court seat should remain open until after the election", "The senator's"),
    ),
    "fear-is-that": p(
        "Their fear is that turnout among young voters will collapse without Sanders on the ballot.",
        g("turnout among young voters will collapse without Sanders on the ballot", "Their"),
    ),
    "hope-is-that": p(
        "The campaign's hope is that early voting will lock in a lead before the final debate.",
        g("early voting will lock in a lead before the final debate", "The campaign's"),
    ),
    "worry-among-is": p(
        "The worry among Republican leaders is that the nominee will drag down candidates further down the ballot.",
        g("the nominee will drag down candidates further down the ballot", "Republican leaders"),
    ),
    "goal-is-to": p(
        "The campaign's goal is to register 100,000 new voters in Florida by October.",
        g("register 100,000 new voters in Florida by October", "The campaign's"),
    ),
    # -- nouns of wanting and readiness with a to-clause ------------------------------------------------
    "willingness-to": p(
        "The speaker's willingness to work with the White House on infrastructure surprised conservatives.",
        g("work with the White House on infrastructure", "The speaker's"),
    ),
    "reluctance-to": p(
        "The senator's reluctance to endorse the nominee has angered party activists.",
        g("endorse the nominee", "The senator's"),
    ),
    "eagerness-to": p(
        "Party leaders' eagerness to move past the primary was evident at the convention.",
        g("move past the primary", "Party leaders'"),
    ),
    "ambition-to": p(
        "The governor's ambition to run for president in 2020 is no secret in the capital.",
        g("run for president in 2020", "The governor's"),
    ),
    "intent-to": p(
        "The senator's intent to seek a third term was an open secret in Columbus.",
        g("seek a third term", "The senator's"),
    ),
    "wish-to": p(
        "The family's wish to keep the funeral private was respected by both campaigns.",
        g("keep the funeral private", "The family's"),
    ),
    "readiness-to": p(
        "Tehran's readiness to renegotiate the nuclear deal came as a surprise.",
        g("renegotiate the nuclear deal", "Tehran's"),
    ),
    "invitation-to": p(
        "The prime minister accepted the president's invitation to visit Washington in the spring.",
        g("visit Washington in the spring", "the president's"),
    ),
    "offer-to": p(
        "The governor's offer to mediate between the two unions came too late.",
        g("mediate between the two unions", "The governor's"),
    ),
    "decision-not-to": p(
        "The senator's decision not to seek re-election opened a rare seat in Indiana.",
        g("not to seek re-election", "The senator's"),
    ),
    "threat-by-to": p(
        "A threat by conservative members to oppose the rule forced the speaker to pull the bill.",
        g("oppose the rule", "conservative members"),
    ),
    "call-by-to": p(
        "A call by the party chairwoman to unite behind the nominee was met with boos.",
        g("unite behind the nominee", "the party chairwoman"),
    ),
    "request-from-to": p(
        "A request from the FBI to delay the release of the report arrived on Friday.",
        g("delay the release of the report", "the FBI"),
    ),
    "agreement-between-to": p(
        "An agreement between the two campaigns to hold three debates was announced on Friday.",
        g("hold three debates", "the two campaigns"),
    ),
    # -- a name or a party compounded with the noun -----------------------------------------------------
    "republican-proposal-to": p(
        "A Republican proposal to cut the corporate tax rate to 15 percent faces resistance from deficit hawks.",
        g("cut the corporate tax rate to 15 percent", "Republican"),
    ),
    "white-house-plan-to": p(
        "The White House plan to send more troops to Iraq drew fire from both parties.",
        g("send more troops to Iraq", "White House"),
    ),
    "calls-for-to": p(
        "Calls from Democrats for the FBI director to resign grew louder on Monday.",
        g("the FBI director to resign", "Democrats"),
    ),
    # -- nouns with a short object: of, for, about, on, over, to, at ------------------------------------
    "denial-of": p(
        "The senator's denial of any wrongdoing did little to quiet his critics.",
        g("any wrongdoing", "The senator's"),
    ),
    "rejection-of": p(
        "The governor's rejection of the Medicaid expansion left 300,000 people without coverage.",
        g("the Medicaid expansion", "The governor's"),
    ),
    "insistence-on": p(
        "The nominee's insistence on a border wall has alienated Hispanic voters.",
        g("a border wall", "The nominee's"),
    ),
    "objections-from-to": p(
        "Objections from Senate Democrats to the nominee's record on abortion delayed the hearing.",
        g("the nominee's record on abortion", "Senate Democrats"),
    ),
    "skepticism-about": p(
        "Skepticism among economists about the tax plan's growth targets has not moved the campaign.",
        g("the tax plan's growth targets", "economists"),
    ),
    "preference-for": p(
        "The union's preference for a candidate who opposes the trade pact is well known.",
        g("a candidate who opposes the trade pact", "The union's"),
        g("the trade pact", "a candidate"),
    ),
    "fears-of-among": p(
        "Fears among investors of a trade war with China sent stocks lower on Tuesday.",
        g("a trade war with China", "investors"),
    ),
    "hopes-of": p(
        "The party's hopes of winning back the House rest on suburban districts.",
        g("winning back the House", "The party's"),
    ),
    "stance-on": p(
        "The senator's stance on gun control has shifted since the shooting in Orlando.",
        g("gun control", "The senator's"),
    ),
    "position-on": p(
        "The candidate's position on the minimum wage has changed three times this year.",
        g("the minimum wage", "The candidate's"),
    ),
    "views-on": p(
        "Her views on trade policy have hardened since the primary.",
        g("trade policy", "Her"),
    ),
    "support-among": p(
        "Support for the measure among Republicans has fallen to 40 percent.",
        g("the measure", "Republicans"),
    ),
    "outrage-over": p(
        "Outrage among veterans over the nominee's remarks spread quickly online.",
        g("the nominee's remarks", "veterans"),
    ),
    "anger-at": p(
        "Coal miners' anger at the administration's climate rules has reshaped politics in West Virginia.",
        g("the administration's climate rules", "Coal miners'"),
    ),
    "plans-for": p(
        "The governor's plans for a new stadium downtown were unveiled on Monday.",
        g("a new stadium downtown", "The governor's"),
    ),
    "proposal-for": p(
        "The senator's proposal for a carbon tax won few Republican votes.",
        g("a carbon tax", "The senator's"),
    ),
    "warning-of": p(
        "The Pentagon's warning of a Russian buildup on the border reached the White House in March.",
        g("a Russian buildup on the border", "The Pentagon's"),
    ),
    "criticism-from-over": p(
        "The governor faced criticism from teachers over the pension cuts.",
        g("the pension cuts", "teachers"),
    ),
    "complaints-from-about": p(
        "Complaints from voters about long lines in Maricopa County prompted an investigation.",
        g("long lines in Maricopa County", "voters"),
    ),
    "doubts-among-about": p(
        "Doubts among Republicans about the nominee's temperament have grown since the debate.",
        g("the nominee's temperament", "Republicans"),
    ),
    "enthusiasm-for-poll": p(
        "Voters' enthusiasm for the Democratic ticket lags behind 2008 levels, the poll found.",
        g("Voters' enthusiasm for the Democratic ticket lags behind 2008 levels", "the poll"),
        g("the Democratic ticket", "Voters'"),
    ),
    # -- texts issued with a participle -----------------------------------------------------------------
    "statement-saying": p(
        "The Clinton campaign issued a statement saying the emails contained no classified information.",
        g("the emails contained no classified information", "The Clinton campaign"),
    ),
    "letter-urging": p(
        "Forty House Republicans sent a letter to the speaker urging him to delay the vote.",
        g("him to delay the vote", "Forty House Republicans"),
    ),
    "lawsuit-alleging": p(
        "The Democratic Party filed a lawsuit alleging that the state's voter ID law discriminates against minorities.",
        g("the state's voter ID law discriminates against minorities", "The Democratic Party"),
    ),
    "memo-arguing": p(
        "Campaign manager Robin Marsh wrote a memo arguing that the race would be decided in Pennsylvania.",
        g("the race would be decided in Pennsylvania", "Campaign manager Robin Marsh"),
    ),
    # -- coordinated readiness, and verbs of stance with a short object --------------------------------
    "willing-and-able": p(
        "Senate Republicans say they are willing and able to block any nominee until after the election.",
        g("they are willing and able to block any nominee until after the election", "Senate Republicans"),
        g("block any nominee until after the election", "they"),
    ),
    "echoed-call": p(
        "Sen. Ron Wexler echoed the governor's call for a special session on the budget.",
        g("the governor's call for a special session on the budget", "Sen. Ron Wexler"),
        g("a special session on the budget", "the governor's"),
    ),
    "reaffirmed-support": p(
        "The mayor reaffirmed his support for the stadium project at a news conference.",
        g("his support for the stadium project", "The mayor"),
        g("the stadium project", "his"),
    ),
    "championed-wage": p(
        "The Vermont senator championed a $15 federal minimum wage throughout the primary.",
        g("a $15 federal minimum wage", "The Vermont senator"),
    ),
    "lambasted-plan": p(
        "The Democratic nominee lambasted her opponent's tax plan in a speech in Detroit.",
        g("her opponent's tax plan", "The Democratic nominee"),
    ),
    "assailed-record": p(
        "Republicans assailed the former secretary's record on Libya at every campaign stop.",
        g("the former secretary's record on Libya", "Republicans"),
    ),
    # -- written after the first run, coded before the second: verbs of saying, believing and wanting
    # outside the lexicon, with a clause, a to-clause or an as-phrase ------------------------------------
    "position-is-that": p(
        "The administration's position is that the subpoena is invalid.",
        g("the subpoena is invalid", "The administration's"),
    ),
    "implied-that": p(
        "The senator implied that his opponent had profited from the bailout.",
        g("his opponent had profited from the bailout", "The senator"),
    ),
    "reaffirmed-that": p(
        "The secretary of state reaffirmed that the United States would defend its allies in the Pacific.",
        g("the United States would defend its allies in the Pacific", "The secretary of state"),
    ),
    "clarified-that": p(
        "A spokeswoman later clarified that the governor had not endorsed either candidate.",
        g("the governor had not endorsed either candidate", "A spokeswoman"),
        g("either candidate", "the governor"),
    ),
    "guaranteed-that": p(
        "The nominee guaranteed that Mexico would pay for the wall.",
        g("Mexico would pay for the wall", "The nominee"),
    ),
    "reassured-voters": p(
        "The congresswoman reassured voters that their Social Security checks were safe.",
        g("their Social Security checks were safe", "The congresswoman"),
    ),
    "notified-congress": p(
        "The FBI director notified Congress that agents had found new emails.",
        g("agents had found new emails", "The FBI director"),
    ),
    "swore-that": p(
        "The former aide swore that she had never seen the documents.",
        g("she had never seen the documents", "The former aide"),
    ),
    "determined-that": p(
        "Investigators determined that the server had been hacked at least twice.",
        g("the server had been hacked at least twice", "Investigators"),
    ),
    "figured-that": p(
        "Campaign strategists figured that the debates would matter less than the ground game.",
        g("the debates would matter less than the ground game", "Campaign strategists"),
    ),
    "anticipated-that": p(
        "Party officials anticipated that turnout would exceed 70 percent.",
        g("turnout would exceed 70 percent", "Party officials"),
    ),
    "forecast-that": p(
        "The economist forecast that the tax plan would slow growth.",
        g("the tax plan would slow growth", "The economist"),
    ),
    "accepted-that": p(
        "Even his allies accepted that the nomination was out of reach.",
        g("the nomination was out of reach", "Even his allies"),
    ),
    "regretted-that": p(
        "The chairman regretted that the hearing had become so partisan.",
        g("the hearing had become so partisan", "The chairman"),
    ),
    "views-as": p(
        "The Vermont senator views the trade pact as a giveaway to corporations.",
        g("the trade pact as a giveaway to corporations", "The Vermont senator"),
    ),
    "regards-as": p(
        "The White House regards the ruling as an overreach by the courts.",
        g("the ruling as an overreach by the courts", "The White House"),
    ),
    "characterized-as": p(
        "The campaign characterized the report as a partisan hit job.",
        g("the report as a partisan hit job", "The campaign"),
    ),
    "portrayed-as": p(
        "Republican ads portrayed the governor as soft on crime.",
        g("the governor as soft on crime", "Republican ads"),
    ),
    "agreed-to": p(
        "The former secretary agreed to testify before the committee in October.",
        g("testify before the committee in October", "The former secretary"),
    ),
    "declined-to": p(
        "The governor declined to endorse the party's nominee.",
        g("endorse the party's nominee", "The governor"),
    ),
    "trap-chose-to": p(  # recoded in session 11: a choice reports the act done, not an intention held
        "The senator chose to skip the convention in Cleveland.",
    ),
    "persuaded-to": p(
        "Party leaders persuaded the congressman to drop his primary challenge.",
        g("the congressman to drop his primary challenge", "Party leaders"),
    ),
    "convinced-that": p(
        "The campaign manager convinced the candidate that a third debate would help her.",
        g("a third debate would help her", "The campaign manager"),
    ),
    "volunteered-to": p(
        "Two Republican senators volunteered to campaign for the nominee in Ohio.",
        g("campaign for the nominee in Ohio", "Two Republican senators"),
    ),
    "trap-agreed-weather": p(
        "The weather agreed with the organizers, and the rally went ahead under clear skies.",
    ),
    "trap-declined-shares": p(
        "Shares of the company declined 4 percent after the announcement.",
    ),
    "trap-cast-ballot": p(
        "The senator cast her ballot at a school in Chappaqua on Tuesday morning.",
    ),
    "trap-painted-wall": p(
        "Volunteers painted the campaign office in red and white before the opening.",
    ),
    "trap-figured-prominently": p(
        "Immigration figured prominently in the first debate.",
    ),
    "trap-projected-onto": p(
        "The campaign projected its logo onto the side of the hotel.",
    ),
    "trap-discovered-documents": p(
        "Workers discovered the documents in a basement storage room in 2014.",
    ),
    "trap-chose-venue": p(
        "Organizers chose a hotel ballroom near the airport for the debate.",
    ),
    # -- written after the dev aggregate, coded before the third run: contents of one word -------------
    "allegations-of-fraud": p(
        "The campaign has faced allegations of fraud since the primary.",
        g("fraud", None),
    ),
    "support-for-name": p(
        "The union's support for Clinton was never in doubt.",
        g("Clinton", "The union's"),
    ),
    "opposition-to-name": p(
        "The governor's opposition to Obamacare cost him votes in the suburbs.",
        g("Obamacare", "The governor's"),
    ),
    "supports-name": p(
        "The senator supports Kasich, her spokesman said.",
        g("The senator supports Kasich", "her spokesman"),
        g("Kasich", "The senator"),
    ),
    "opposes-word": p(
        "The mayor opposes fracking.",
        g("fracking", "The mayor"),
    ),
    "praise-for-name": p(
        "The mayor's praise for Obama surprised Republicans in the legislature.",
        g("Obama", "The mayor's"),
    ),
    "call-for-calm": p(
        "The president's call for calm went unheeded in Charlotte.",
        g("calm", "The president's"),
    ),
    "demands-for-justice": p(
        "Demands from protesters for justice grew louder after the verdict.",
        g("justice", "protesters"),
    ),
    "endorsement-of-name": p(
        "The newspaper's endorsement of Johnson was its first for a Libertarian.",
        g("Johnson", "The newspaper's"),
    ),
    "concern-over-word": p(
        "Voters in the poll expressed concern over immigration.",
        g("immigration", "Voters in the poll"),
    ),
    "talked-about-word": p(
        "The candidate talked about jobs at every stop in Ohio.",
        g("jobs", "The candidate"),
    ),
    "insisted-on-word": p(
        "The union insisted on arbitration.",
        g("arbitration", "The union"),
    ),
    "trap-one-word-support": p(
        "The old beams still offered support.",
    ),
    "one-word-said-so": p(
        # Was a trap (no one-word pro-form content). Recoded in session 18 (`short_set`): PolNeAR marks a
        # source, cue and content even when the content is a pro-form standing for what was said, and a
        # court speaks in its rulings; "so" here stands for "the map looked odd".
        "The map of the district looked odd, and the court said so.",
        g("so", "the court"),
    ),
    "trap-one-word-warning-sign": p(
        "A warning sign on the door said danger.",
    ),
    # -- coded before the fourth run: an attitude the subject faces, draws or receives -----------------
    "faced-questions-about": p(
        "The former secretary has faced questions about her private email server for months.",
        g("her private email server", None),
    ),
    "faced-criticism-from-over": p(
        "The nominee faced criticism from veterans over his remarks about a fallen soldier.",
        g("his remarks about a fallen soldier", "veterans"),
    ),
    "drew-criticism-for": p(
        "The governor drew criticism for his handling of the water crisis.",
        g("his handling of the water crisis", None),
    ),
    "received-praise-from-for": p(
        "The senator received praise from both parties for her work on the opioid bill.",
        g("her work on the opioid bill", "both parties"),
    ),
    "fielded-questions-about": p(
        "The press secretary fielded questions about the president's health.",
        g("the president's health", None),
    ),
    "sparked-concerns-about": p(
        "The report sparked concerns about the security of voting machines.",
        g("the security of voting machines", None),
    ),
    "faced-calls-for": p(
        "The chairwoman faced calls for her resignation after the leaks.",
        g("her resignation", None),
    ),
    "trap-faced-questions-bare": p(
        "The nominee faced tough questions at the town hall.",
    ),
    "trap-answered-for-an-hour": p(
        "The mayor answered questions for an hour.",
    ),
    "trap-drew-crowd": p(
        "The rally drew supporters from three states.",
    ),
    # -- traps: the same nouns for no one's attitude ----------------------------------------------------
    "trap-statement-read": p(
        "The statement was read aloud by a clerk at the start of the hearing.",
    ),
    "trap-agreement-expired": p(
        "The agreement expired at the end of September.",
    ),
    "trap-proposal-cost": p(
        "The proposal's cost came to $1.2 trillion over ten years.",
    ),
    "trap-plan-shelved": p(
        "A plan to rebuild the bridge was shelved for lack of money.",
    ),
    "trap-statement-length": p(
        "The senator's statement ran to four pages.",
    ),
    "trap-decision-came": p(
        "Her decision came after weeks of deliberation with her family.",
    ),
    "trap-promise-cheers": p(
        "The nominee's promise drew loud cheers from the crowd in Tampa.",
    ),
    "trap-goal-of-event": p(
        "The goal of the event was to raise money for the county party.",
    ),
    "trap-truth-is": p(
        "The truth is that nobody in the room knew who would win the state.",
    ),
    "trap-problem-is": p(
        "The problem is that the bill has no money attached to it.",
    ),
    "trap-view-from-deck": p(
        "The view from the observation deck takes in the whole of Lake Michigan.",
    ),
    "trap-position-council": p(
        "A position on the city council opened up when the incumbent moved to Denver.",
    ),
    "trap-position-ballot": p(
        "The candidate's position on the ballot was decided by a coin toss.",
    ),
    "trap-call-at-3am": p(
        "The campaign's call came at 3 a.m., long after the polls had closed.",
    ),
    "trap-plan-criticism": p(
        "The White House plan drew criticism.",
    ),
    "trap-report-release": p(
        "The report's release was delayed by a week.",
    ),
    "trap-agreement-covers": p(
        "The agreement between the two airlines covers routes to Europe.",
    ),
    "trap-threat-of-rain": p(
        "The threat of rain kept turnout low in the morning.",
    ),
    "trap-ruling-expected": p(
        "The judge's ruling on the case is expected Friday.",
    ),
    "trap-support-cables": p(
        "Support for the bridge comes from two steel cables anchored in the river bed.",
    ),
    "trap-warning-to-drivers": p(
        "The state issued a warning to drivers ahead of the storm.",
    ),
    "trap-willingness-bare": p(
        "The senator's willingness was never in doubt.",
    ),
    "trap-estimate-revised": p(
        "The estimate was revised downward on Tuesday.",
    ),
    "trap-answer-came": p(
        "The answer came two days later in a brief email.",
    ),
    "trap-proposal-copies": p(
        "Copies of the proposal were handed to reporters outside the chamber.",
    ),
    "trap-lawsuit-filed": p(
        "The lawsuit was filed in federal court in Richmond.",
    ),
    "trap-idea-came": p(
        "The idea came to her during a trip to Iowa.",
    ),
    "trap-request-for-comment": p(
        "The senator's office did not respond to a request for comment.",
    ),
    "trap-request-not-returned": p(
        "A request for comment was not returned on Friday.",
    ),
    "trap-wish-list": p(
        "The governor's wish list includes a new stadium and a light rail line.",
    ),
    "trap-agreement-worth": p(
        "The agreement is worth $3 billion over five years.",
    ),
    "trap-ambition-of-project": p(
        "The ambition of the project impressed the architects.",
    ),
    "trap-message-posted": p(
        "The message was posted on a billboard along Interstate 95.",
    ),
    "trap-stance-podium": p(
        "Photographers crowded around the podium before the speech.",
    ),
    "trap-hopes-dashed": p(
        "The team's hopes were dashed in the final minute.",
    ),
}
