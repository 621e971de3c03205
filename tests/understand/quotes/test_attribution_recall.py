"""Recall of indirect attributions on the constructions wire copy uses most.

Each passage holds one reported attribution in the PARC / PolNeAR sense (a source, a cue, a
content) and no quotation marks: reporting verbs in several tenses and voices, the speaker after
the content, "according to", "X told Y that", anonymous and relative-clause sources, content as a
to-infinitive, coordinated cues, and headlines. Passages are written for this test in wire style
(fictional people, places and firms). The first 40 cases were written before the stage was run
on them (34 of 40 held then, 0.85); the comments mark the three corrected after that run and the
two later batches (15 cases, all held when first run; 10 cases, 9 held).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.understand.quotes import test_constructions as base

pytestmark = pytest.mark.model

Case = base.Case


def _is(text: str, content: str, speaker: str | None) -> Case:
    """A passage whose one attribution holds `content`, said by `speaker`."""
    return Case((text,), content, speaker, direct=False)


ATTRIBUTIONS: dict[str, Case] = {
    # -- reporting verbs in several tenses and voices ------------------------------------------------
    "has-said": _is("Prime Minister Lena Varga has said the government will not raise taxes this year.", "will not raise taxes", "Lena Varga"),
    "had-said": _is("The airline had said earlier that all flights would resume by Friday.", "all flights would resume", "airline"),
    "will-say": _is("The central bank is expected to say on Thursday that inflation has peaked.", "inflation has peaked", "central bank"),
    "quoted-as-saying": _is("Defence Minister Karl Osei was quoted as saying the army would leave the border zone.", "army would leave the border zone", "Karl Osei"),
    # Corrected after the first run: "is reported" names no reporter, so in PARC the source is
    # implicit; the commander is the subject of the content, not its source.
    "reported-to-have": _is("The rebel commander is reported to have agreed to a three-day truce.", "a three-day truce", None),
    "passive-it-was-announced": _is("It was announced by the ministry on Monday that the schools would reopen.", "schools would reopen", "ministry"),
    "says-present": _is("Dorvan Oil says output at its northern field fell 12 percent in March.", "output at its northern field fell", "Dorvan Oil"),
    # -- the speaker after the content ---------------------------------------------------------------
    "after-ministry-statement": _is("The border crossing will stay closed until further notice, the interior ministry said in a statement.", "border crossing will stay closed", "ministry"),
    "after-inverted-name": _is("Talks with the unions will resume next week, said Labour Minister Petra Holm.", "Talks with the unions will resume", "Petra Holm"),
    "after-mid-sentence": _is("The new bridge, the mayor said on Tuesday, will open to traffic in October.", "will open to traffic", "mayor"),
    "after-told-reporters": _is("Exports would recover in the second half, Finance Minister Ivo Marek told reporters.", "Exports would recover", "Ivo Marek"),
    # -- according to ------------------------------------------------------------------------------
    "according-to-document": _is("According to a draft of the agreement, the troops would withdraw within 90 days.", "troops would withdraw", "draft"),
    "according-to-officials": _is("The fire destroyed more than 200 homes, according to local officials.", "fire destroyed more than 200 homes", "officials"),
    "according-to-named": _is("According to Health Minister Sara Lind, the vaccine will reach rural clinics in May.", "vaccine will reach rural clinics", "Sara Lind"),
    # Rewritten after the first run: the first version ("The company plans to cut ...") held a
    # second, nested attribution (the company's intention), rightly its own record.
    "according-to-sources": _is("The company will cut 3,000 jobs, according to two sources familiar with the matter.", "cut 3,000 jobs", "sources"),
    # -- told, interviews, spokesmen ---------------------------------------------------------------
    "told-that": _is("The foreign minister told parliament that the embassy would reopen in June.", "embassy would reopen", "foreign minister"),
    "told-bare": _is("Governor Mira Sand told a local radio station the dam was safe.", "dam was safe", "Mira Sand"),
    "in-an-interview": _is("In an interview with a national newspaper, President Omar Vale said he would not seek a third term.", "would not seek a third term", "Omar Vale"),
    "spokesman-possessive": _is("The minister's spokesman said the visit had been postponed.", "visit had been postponed", "spokesman"),
    "spokeswoman-for": _is("A spokeswoman for Orvik Steel said the plant would close by the end of the year.", "plant would close", "spokeswoman"),
    # -- anonymous sources -------------------------------------------------------------------------
    "officials-said": _is("Officials said at least 14 people were killed in the blast.", "14 people were killed", "Officials"),
    "diplomat-not-named": _is("A diplomat who asked not to be named said the talks had stalled over the border issue.", "talks had stalled", "diplomat"),
    "sources-said": _is("Sources close to the negotiations said a deal could be signed on Friday.", "deal could be signed", "Sources"),
    "police-said-after": _is("Two men were arrested near the station, police said.", "Two men were arrested", "police"),
    # -- the speaker inside a relative clause or apposition ----------------------------------------
    "relative-who-said": _is("The senator, who said the bill would hurt farmers, voted against it.", "bill would hurt farmers", "senator"),
    "relative-who-told": _is("Jonas Pell, who told investors the firm would double its dividend, resigned on Monday.", "firm would double its dividend", "Jonas Pell"),
    # -- content as a to-infinitive ----------------------------------------------------------------
    "urged-to": _is("The United Nations urged both sides to return to the negotiating table.", "return to the negotiating table", "United Nations"),
    "called-on-to": _is("The opposition called on the president to resign.", "resign", "opposition"),
    "promised-to": _is("The new mayor promised to clean up the river within two years.", "clean up the river", "mayor"),
    "threatened-to": _is("The union threatened to strike if wages were not raised.", "strike", "union"),
    # -- coordinated cues --------------------------------------------------------------------------
    "said-and-added": _is("The minister said the port was open and added that fuel supplies were normal.", "fuel supplies were normal", "minister"),
    "denied-and-said": _is("The company denied any wrongdoing and said it would cooperate with investigators.", "would cooperate with investigators", "company"),
    # -- warn, accuse, admit, acknowledge, insist, deny with a clause ------------------------------
    "warned-that": _is("Aid agencies warned that food stocks in the camps would run out within a month.", "food stocks in the camps would run out", "agencies"),
    "accused-of": _is("The opposition leader accused the government of rigging the election.", "rigging the election", "opposition leader"),
    "admitted-that": _is("The ministry admitted that the figures had been wrong.", "figures had been wrong", "ministry"),
    "acknowledged-that": _is("The coach acknowledged that the team had played badly.", "team had played badly", "coach"),
    "insisted-that": _is("The general insisted that his troops had not fired on civilians.", "troops had not fired on civilians", "general"),
    "denied-that": _is("The embassy denied that the ambassador had been recalled.", "ambassador had been recalled", "embassy"),
    # -- headlines ---------------------------------------------------------------------------------
    "headline-says": _is("Minister says fuel prices will fall next month", "fuel prices will fall", "Minister"),
    # Rewritten after the first run to stand as the article's title, where headlines are read.
    "headline-colon": Case(
        ("Finance Minister Lena Varga spoke in parliament on Monday.",),
        "No new taxes this year", "Varga", direct=False, title="Varga: No new taxes this year",
    ),
    # -- written after the fixes, before running them: more of the verbs and frames of wire copy ----
    "statement-said": _is("A statement from the foreign ministry said the ambassador would return on Monday.", "ambassador would return", "ministry"),
    "report-said": _is("The report said prices in the capital had risen 8 percent in a year.", "prices in the capital had risen", "report"),
    "wrote-in-letter": _is("In a letter to shareholders, chief executive Anna Berg wrote that profits would fall.", "profits would fall", "Anna Berg"),
    "said-on-social": _is("The president said on social media that the talks had gone well.", "talks had gone well", "president"),
    "vowed-to": _is("The interior minister vowed to find those responsible for the attack.", "find those responsible", "minister"),
    "pledged-to": _is("Donor countries pledged to send 40,000 tonnes of grain.", "send 40,000 tonnes of grain", "countries"),
    "asked-to": _is("The mayor asked residents to stay indoors during the storm.", "stay indoors", "mayor"),
    "argued-that": _is("Lawyers for the firm argued that the contract was void.", "contract was void", "Lawyers"),
    "predicted-that": _is("Economists predicted that the currency would weaken further.", "currency would weaken", "Economists"),
    "claimed-that": _is("The rebels claimed that they had shot down a helicopter.", "shot down a helicopter", "rebels"),
    "announced-that": _is("The airline announced that it would cut 500 jobs.", "would cut 500 jobs", "airline"),
    "cited-as-saying": _is("The news agency cited a senior official as saying the border would reopen.", "border would reopen", "official"),
    "citing-source": _is("The newspaper, citing unnamed officials, said the minister would resign.", "minister would resign", "newspaper"),
    "said-he-believed": _is("The coach said he believed the team could still win the title.", "team could still win the title", "coach"),
    "estimated-that": _is("The United Nations estimated that 2 million people had fled the fighting.", "2 million people had fled", "United Nations"),
    # -- a third batch, written after the second ran, before running it: harder frames ------------
    "said-name-who": _is("The dam is safe, said Omar Vale, who heads the water authority.", "dam is safe", "Omar Vale"),
    "is-said-to": _is("The minister is said to be furious about the leak.", "furious about the leak", None),
    "told-ap-mid": _is("The vote, the senator told the Associated Press, would take place in May.", "would take place in May", "senator"),
    "as-reported-by": _is("As reported by the state news agency, the president will visit Lorvia next week.", "president will visit Lorvia", "agency"),
    "say-plural-officials-told": _is("Officials told reporters the bridge would be closed for repairs.", "bridge would be closed", "Officials"),
    "who-spoke-anonymously": _is("One official, who spoke on condition of anonymity, said the convoy had been attacked.", "convoy had been attacked", "official"),
    "said-in-a-speech": _is("Speaking at a rally in the capital, the prime minister said the election would be held in June.", "election would be held in June", "prime minister"),
    "added-that-second": _is("Police said two men had been arrested. They added that a third suspect was being sought.", "third suspect was being sought", "Police"),
    "confirmed-that": _is("The health ministry confirmed that a second case had been found.", "second case had been found", "ministry"),
    "expects-that": _is("The central bank expects that growth will slow to 2 percent.", "growth will slow", "central bank"),
    # -- session 7b: a cue in an "after"/"when" clause the parser inverted, its report made the head --
    "inverted-after-admitted": _is("“You should step down,” the senator told the banker, after Mark Hale admitted under sharp questioning he had not been disciplined.", "had not been disciplined", "Mark Hale"),
    "inverted-after-conceded": _is("The coach resigned on Sunday after Dana Fry conceded in a radio interview the team had lost its way.", "team had lost its way", "Dana Fry"),
    "inverted-when-agreed": _is("The strike ended when the bus company agreed the drivers would get a raise.", "drivers would get a raise", "bus company"),
}  # fmt: skip


# Cases the stage still gets wrong, each for a reason a rule on the parse cannot reach.
XFAIL: dict[str, str] = {
    "headline-colon": "a verbless phrase after a headline colon ('Varga: No new taxes') reads like a topic "
    "label ('Syria: a timeline'); the stage asks for a clause after the colon to tell them apart",
    "denied-that": "issue 20 asks that a denied claim go to its owner or be marked rejected, never to "
    "the one denying it; PARC / PolNeAR give the denier as the source (a choice for the lead)",
}


def test_the_set_is_large() -> None:
    assert len(ATTRIBUTIONS) >= 40


@pytest.mark.parametrize("name", base.case_params(ATTRIBUTIONS, XFAIL))
def test_attribution(nlp: Any, dictionary: Any, name: str) -> None:
    base.check_case(nlp, dictionary, ATTRIBUTIONS[name])
