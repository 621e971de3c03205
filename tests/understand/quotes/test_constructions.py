"""Quote attribution on constructions written for these tests, in wire style, run the way the
pipeline runs the stage (real model, entity and actor stages first).

Each case is one short passage (fictional people and places) and what an analyst reads out
of it: the one record holding some words (one attribution, one record: no fragment beside
it), its speaker, whether it holds quoted words, and where it matters its spans, kind,
addressee, reporting chain or rejected flag.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from newsgraph.extract.build import build_article
from newsgraph.model import Article, Quote
from newsgraph.understand.actors.coding import code_actors
from newsgraph.understand.actors.entities import find_entities
from newsgraph.understand.quotes.find import find_quotes
from newsgraph.understand.quotes.lexicon import load_quote_cues

pytestmark = pytest.mark.model


@dataclass(frozen=True)
class Case:
    paragraphs: tuple[str, ...]
    contains: str
    speaker: str | None  # part of the speaker's name; None: no speaker may be named
    direct: bool | None = None
    spans: int | None = None  # how many content pieces
    quoted: tuple[str, ...] | None = None  # the words inside quotation marks
    kind: str | None = None  # speech, belief, intention
    target: str | None = None  # whom the words were addressed to
    via: str | None = None  # a reporting source in the chain
    rejected: bool | None = None
    not_speaker: tuple[str, ...] = field(default=())
    title: str | None = None
    absent: bool = False  # no record may hold the words (not an attribution)


CASES: dict[str, Case] = {
    # -- direct quotes, cue after -------------------------------------------------------------
    "cue-after-said-name": Case(
        ("“The port will reopen on Monday,” Harbour Master Ilse Brandt said.",),
        "port will reopen", "Ilse Brandt", direct=True, spans=1,
    ),
    "cue-after-inverted": Case(
        ("“We have enough grain for the winter,” said Tomas Reyes, the agriculture minister.",),
        "enough grain", "Tomas Reyes", direct=True,
    ),
    "cue-after-title-resolves": Case(
        ("Mayor Ana Silva toured the flooded district on Sunday.",
         "“Nobody will be left without shelter,” the mayor said."),
        "left without shelter", "Ana Silva", direct=True,
    ),
    "cue-after-role-then-name": Case(
        ("“The bridge will carry traffic again by June,” said the Norland transport minister, Ana Reyes.",),
        "bridge will carry traffic", "Ana Reyes", direct=True,
    ),
    "cue-after-role-name-told": Case(
        ("“We have enough seed for the spring,” the Varnian farm minister, Ivo Kral, told reporters.",),
        "enough seed", "Ivo Kral", direct=True, target="reporters",
    ),
    "cue-after-organisation": Case(
        ("“The strike will go ahead as planned,” the Dock Workers Union said in a statement.",),
        "strike will go ahead", "Dock Workers Union", direct=True,
    ),
    "cue-after-question": Case(
        ("“Who will pay for the repairs?” asked opposition leader Marek Novak.",),
        "Who will pay", "Marek Novak", direct=True,
    ),
    "cue-after-wrote": Case(
        ("“The budget is balanced for the first time in a decade,” Finance Minister Lena Hart wrote on social media.",),
        "budget is balanced", "Lena Hart", direct=True,
    ),
    "cue-after-told-reporters": Case(
        ("“We will not sign this deal,” Foreign Minister Karl Eder told reporters in Vienna.",),
        "not sign this deal", "Karl Eder", direct=True, target="reporters",
    ),
    "cue-after-added": Case(
        ("Defence Minister Piotr Wolny spoke after the drill.",
         "“The exercise went well,” Wolny added."),
        "exercise went well", "Piotr Wolny", direct=True,
    ),
    "cue-after-exclaimed-said": Case(
        ("“This is a victory for every farmer,” Senator Grace Okafor said after the vote.",),
        "victory for every farmer", "Grace Okafor", direct=True,
    ),
    "cue-after-spokesman": Case(
        ("“The talks were constructive,” ministry spokesman Daniel Ferro said.",),
        "talks were constructive", "Daniel Ferro", direct=True,
    ),
    # -- direct quotes, cue before ------------------------------------------------------------------
    "colon-lead-said": Case(
        ("President Elena Marsh said: “Our borders will stay open to trade.”",),
        "borders will stay open", "Elena Marsh", direct=True,
    ),
    "colon-lead-told": Case(
        ("Central bank governor Rui Costa told parliament: “Inflation has peaked.”",),
        "Inflation has peaked", "Rui Costa", direct=True, target="parliament",
    ),
    "colon-lead-statement": Case(
        ("The Red Crescent said in a statement: “Our teams reached the village at dawn.”",),
        "teams reached the village", "Red Crescent", direct=True,
    ),
    "colon-lead-surname": Case(
        ("Prime Minister Jonas Varga met farmers in the north.",
         "Varga said: “We will cut the fuel tax by half.”"),
        "cut the fuel tax", "Jonas Varga", direct=True,
    ),
    "comma-lead-said": Case(
        ("Health Minister Sara Lind said, “Every clinic will get a new ambulance.”",),
        "Every clinic", "Sara Lind", direct=True,
    ),
    # -- interrupted and discontinuous quotes --------------------------------------------------------
    "interrupted-one-record": Case(
        ("“We will rebuild the bridge,” Mayor Ana Silva said, “and we will do it this year.”",),
        "rebuild the bridge", "Ana Silva", direct=True, spans=2,
    ),
    "interrupted-pronoun": Case(
        ("Governor Paul Dent visited the dam on Friday.",
         "“The wall held,” he said, “but only just.”"),
        "wall held", "Paul Dent", direct=True, spans=2,
    ),
    "discontinuous-here-there": Case(
        ("“Here,” Nurse Maria Ortiz said. “Put the supplies here.”",),
        "Here", "Maria Ortiz", direct=True, spans=2,
    ),
    "discontinuous-she-said": Case(
        ("Judge Helen Park read the ruling aloud.",
         "“The law is clear,” she said. “The council acted beyond its powers.”"),
        "law is clear", "Helen Park", direct=True, spans=2,
    ),
    "discontinuous-three-pieces": Case(
        ("“We are tired,” said Amir Haddad, a teacher in the camp. “We want to go home. We want our schools back.”",),
        "We are tired", "Amir Haddad", direct=True, spans=2,
    ),
    # -- quotes over several paragraphs --------------------------------------------------------------
    "multi-paragraph": Case(
        ("Interior Minister Olga Brandt addressed parliament on Tuesday.",
         "“The police will get more officers,” Brandt said. “Every district will have a station.",
         "“We will also hire two thousand more staff.”"),
        "two thousand more staff", "Olga Brandt", direct=True,
    ),
    "new-paragraph-continues-speaker": Case(
        ("“Our harvest is ruined,” said farmer Jan Kowal.",
         "“I do not know how we will pay the bank this year.”"),
        "pay the bank", "Jan Kowal", direct=True,
    ),
    # -- speakers across sentences -------------------------------------------------------------------
    "she-added-previous-speaker": Case(
        ("Green Party leader Carla Lucci criticised the treaty on Monday.",
         "“This treaty ignores the climate,” Lucci said. But she added: “We will not block it.”"),
        "not block it", "Carla Lucci", direct=True,
    ),
    "she-added-after-other-man": Case(
        ("Carla Lucci spoke after Prime Minister Tom Baird left the chamber.",
         "“This treaty is a flawed document,” she added."),
        "flawed document", "Carla Lucci", direct=True, not_speaker=("Baird",),
    ),
    "he-said-gender-by-title": Case(
        ("Ms. Hanna Berg met Mr. Luis Ortega in Madrid on Tuesday.",
         "“The agreement is ready to sign,” he said."),
        "ready to sign", "Luis Ortega", direct=True, not_speaker=("Berg",),
    ),
    "she-said-gender-by-title": Case(
        ("Mr. Luis Ortega met Ms. Hanna Berg in Madrid on Tuesday.",
         "“We still need a week,” she said."),
        "still need a week", "Hanna Berg", direct=True, not_speaker=("Ortega",),
    ),
    "he-said-spokesman-vs-spokeswoman": Case(
        ("Spokeswoman Nadia Faris and spokesman Omar Saleh spoke at the briefing.",
         "“The convoy left at noon,” he said."),
        "convoy left", "Omar Saleh", direct=True, not_speaker=("Faris",),
    ),
    "she-indirect-after-named": Case(
        ("Education Minister Rosa Klein visited a school in Dunmore.",
         "She said the government would build forty new schools by 2030."),
        "forty new schools", "Rosa Klein", direct=False,
    ),
    "he-indirect-running-speaker": Case(
        ("“The army will leave the city,” General Viktor Sala said.",
         "He said the withdrawal would take three weeks."),
        "withdrawal would take", "Viktor Sala", direct=False,
    ),
    "pronoun-two-men-takes-the-subject": Case(
        ("Jonas Varga met Pavel Orlov in Riga on Friday.",
         "“The border must stay open,” he said."),
        "border must stay open", "Jonas Varga", direct=True, not_speaker=("Orlov",),
    ),
    "pronoun-no-antecedent-unknown": Case(
        ("“We are leaving tomorrow,” he said.",),
        "leaving tomorrow", None, direct=True,
    ),
    "pronoun-new-subject-moves-on": Case(
        ("“We did our best,” coach Anna Weiss said.",
         "Her captain, Lena Brook, disagreed with the decision.",
         "“We were not ready,” she said."),
        "were not ready", "Lena Brook", direct=True,
    ),
    "it-said-organisation": Case(
        ("The World Food Agency warned of shortages in the region.",
         "It said that food prices had doubled since March."),
        "food prices had doubled", "World Food Agency", direct=False,
    ),
    "his-statement-he-added": Case(
        ("Opposition leader Marek Novak called for new elections on Sunday.",
         "“The government has lost its majority,” he added."),
        "lost its majority", "Marek Novak", direct=True,
    ),
    # -- plural pronouns ----------------------------------------------------------------------------
    "they-said-group-speaker": Case(
        ("Striking nurses said they would return to work on Monday.",
         "They said the hospital had agreed to hire more staff."),
        "agreed to hire", "nurses", direct=False,
    ),
    "they-said-plural-subject": Case(
        ("Dozens of lawmakers signed the letter on Thursday.",
         "They said the new rules would hurt small businesses."),
        "hurt small businesses", "lawmakers", direct=False,
    ),
    "they-said-named-pair": Case(
        ("Senators Ruth Abel and Mark Dunn wrote to the agency.",
         "“The agency must explain the delay,” they said."),
        "explain the delay", "Abel", direct=True,
    ),
    "they-direct-after-group": Case(
        ("“We want fair pay,” the striking miners said.",
         "“We will stay out until we get it,” they said."),
        "stay out until", "miners", direct=True,
    ),
    # -- participles borrowing the subject ----------------------------------------------------------
    "participle-asserting-direct": Case(
        ("Mr. Varga did little to settle the question, laughing the charge off at first and, when pressed by reporters at the rally, asserting, “Of course, I pay my taxes.”",),
        "I pay my taxes", "Varga", direct=True,
    ),
    "participle-adding-that": Case(
        ("Foreign Minister Karl Eder met his counterpart in Vienna, adding that trade talks would resume in June.",),
        "trade talks would resume", "Karl Eder", direct=False,
    ),
    # -- nominal speakers ---------------------------------------------------------------------------
    "the-minister-resolves": Case(
        ("Trade Minister Sven Holt arrived in Tokyo on Monday.",
         "The minister said exports of cars would rise this year."),
        "exports of cars", "Sven Holt", direct=False,
    ),
    "the-group-resolves": Case(
        ("The Coastal Fishers Association held a protest in the harbour.",
         "The association said the new quotas would ruin small boats."),
        "new quotas would ruin", "Coastal Fishers Association", direct=False,
    ),
    "the-company-resolves": Case(
        ("Northwind Energy cut its forecast on Tuesday.",
         "“Demand has slowed sharply,” the company said."),
        "Demand has slowed", "Northwind Energy", direct=True,
    ),
    "the-president-resolves": Case(
        ("President Elena Marsh flew to Lagos for the summit.",
         "“Africa is our partner,” the president told the summit."),
        "Africa is our partner", "Elena Marsh", direct=True,
    ),
    "the-spokesman-unnamed": Case(
        ("“No decision has been made,” a government spokesman said.",),
        "No decision has been made", "spokesman", direct=True,
    ),
    "officials-said-group": Case(
        ("Health officials said the outbreak was under control.",),
        "outbreak was under control", "officials", direct=False,
    ),
    # -- according to -------------------------------------------------------------------------------
    "according-to-end": Case(
        ("The dam will be finished in 2027, according to the Water Ministry.",),
        "dam will be finished", "Water Ministry", direct=False,
    ),
    "according-to-start": Case(
        ("According to police, three people were injured in the blast.",),
        "three people were injured", "police", direct=False,
    ),
    "according-to-whole-sentence": Case(
        ("The workers were sent home on Friday but the plant reopened on Monday, according to two union officials.",),
        "workers were sent home", "union officials", direct=False,
    ),
    "according-to-person": Case(
        ("The convoy carried medicine and flour, according to aid coordinator Lisa Grant.",),
        "convoy carried medicine", "Lisa Grant", direct=False,
    ),
    "according-to-outlet-relays-speaker": Case(
        ("“We have decided to turn a new page,” Foreign Minister Ali Demir told reporters, according to the broadcaster TRN.",),
        "turn a new page", "Ali Demir", direct=True, not_speaker=("TRN",),
    ),
    "according-to-middle": Case(
        ("Prices, according to the statistics office, rose by four percent in May.",),
        "rose by four percent", "statistics office", direct=False,
    ),
    "according-to-report": Case(
        ("Unemployment fell to a record low last year, according to a government report.",),
        "Unemployment fell", "report", direct=False,
    ),
    "according-to-quoted": Case(
        ("The plan is “dead on arrival,” according to Senator Ruth Abel.",),
        "dead on arrival", "Ruth Abel", direct=True,
    ),
    # -- told -------------------------------------------------------------------------------------------
    "told-addressee-person": Case(
        ("President Elena Marsh told Prime Minister Jonas Varga that the border would stay open.",),
        "border would stay open", "Elena Marsh", direct=False, target="Jonas Varga",
    ),
    "told-reporters-indirect": Case(
        ("Police chief Ivan Petrov told reporters that two suspects had been arrested.",),
        "two suspects had been arrested", "Ivan Petrov", direct=False, target="reporters",
    ),
    "told-outlet-is-via": Case(
        ("Three officials told Reuters that the talks had collapsed.",),
        "talks had collapsed", "officials", direct=False,
    ),
    "told-infinitive": Case(
        ("The commander told his troops to hold the bridge.",),
        "hold the bridge", "commander", direct=False, target="troops",
    ),
    "told-direct-addressee": Case(
        ("“You will get your money back,” Finance Minister Lena Hart told savers in Dunmore.",),
        "get your money back", "Lena Hart", direct=True, target="savers",
    ),
    "told-inverted-addressee": Case(
        ("“The vote will be fair,” election chief Sam Oduya told the Associated Press.",),
        "vote will be fair", "Sam Oduya", direct=True,
    ),
    "told-parliament": Case(
        ("Defence Minister Piotr Wolny told parliament the army needed new helicopters.",),
        "army needed new helicopters", "Piotr Wolny", direct=False, target="parliament",
    ),
    "told-him": Case(
        ("Senator Ruth Abel called Governor Paul Dent on Friday.",
         "She told him that the bill would pass."),
        "bill would pass", "Ruth Abel", direct=False,
    ),
    # -- partial quotes inside reported speech ---------------------------------------------------------
    "partial-one-record": Case(
        ("Agriculture Minister Petra Holm said the tariffs would “crush small farmers” within a year.",),
        "crush small farmers", "Petra Holm", direct=True, quoted=("crush small farmers",),
    ),
    "partial-single-word": Case(
        ("Foreign Minister Karl Eder said his country was ready to help Freedonia “neutralize” such threats.",),
        "neutralize", "Karl Eder", direct=True, quoted=("neutralize",),
    ),
    "partial-two-pieces": Case(
        ("Governor Paul Dent said the storm was “the worst in memory” and the damage “beyond anything we planned for.”",),
        "worst in memory", "Paul Dent", direct=True, quoted=("the worst in memory", "beyond anything we planned for."),
    ),
    "partial-via-agency": Case(
        ("State news agency Tempo quoted President Elena Marsh as saying the economy would “grow faster than ever.”",),
        "grow faster than ever", "Elena Marsh", direct=True, via="Tempo",
    ),
    "partial-adding-that": Case(
        ("“We are ready to talk,” Karl Eder said, adding that the two countries could work together in “every field.”",),
        "every field", "Karl Eder", direct=True, quoted=("every field.",),
    ),
    "partial-accusing": Case(
        ("Three fired officials sued the agency, accusing its chief of running a “campaign of revenge.”",),
        "campaign of revenge", "officials", direct=True,
    ),
    "partial-described-as": Case(
        ("Both countries face what Foreign Minister Karl Eder described as “illegal sanctions.”",),
        "illegal sanctions", "Karl Eder", direct=True,
    ),
    "called-x-y-two-objects": Case(
        ("Senator Ruth Abel has called the new tax rules on imported grain a disaster for small farmers.",),
        "a disaster for small farmers", "Ruth Abel", direct=False,
    ),
    "partial-warned": Case(
        ("The central bank warned that prices could “spiral out of control” next year.",),
        "spiral out of control", "central bank", direct=True,
    ),
    # -- agency chains ----------------------------------------------------------------------------------
    "chain-quoted-as-saying": Case(
        ("“The two nations are closer than ever,” the Tempo agency quoted President Elena Marsh as saying.",),
        "closer than ever", "Elena Marsh", direct=True, via="Tempo",
    ),
    "chain-it-said": Case(
        ("State news agency Tempo reported on the talks. It said Foreign Minister Karl Eder said the deal was near.",),
        "deal was near", "Karl Eder", direct=False, via="Tempo",
    ),
    "chain-reported-indirect": Case(
        ("State broadcaster RVN reported that the army had left the town.",),
        "army had left the town", "RVN", direct=False,
    ),
    "chain-quoting-telling": Case(
        ("“Our views must be put into practice,” the Tempo agency quoted Karl Eder as telling his counterpart.",),
        "views must be put into practice", "Karl Eder", direct=True, via="Tempo",
    ),
    "chain-people-familiar": Case(
        ("The talks stalled over money, people familiar with the matter told the Associated Press.",),
        "talks stalled over money", "people familiar", direct=False, via="Associated Press",
    ),
    "chain-anonymous-according": Case(
        ("The plans were paused, according to two officials who spoke on condition of anonymity.",),
        "plans were paused", "officials", direct=False,
    ),
    # -- rejected claims ------------------------------------------------------------------------------
    "denied-that": Case(
        ("Interior Minister Olga Brandt denied that police had used tear gas.",),
        "police had used tear gas", None, direct=False, rejected=True, not_speaker=("Brandt",),
    ),
    "dismissed-claims-that-owner-named": Case(
        ("Home Secretary Tom Baird dismissed claims by civil rights groups that ID cards would erode civil liberties.",),
        "ID cards would erode", "civil rights groups", direct=False, not_speaker=("Baird",),
    ),
    "rejected-possessive-claim": Case(
        ("Home Secretary Tom Baird rejected the critics' claim that ID cards would erode civil liberties.",),
        "ID cards would erode", "critics", direct=False, rejected=True, not_speaker=("Baird",),
    ),
    "rejected-claims-unnamed": Case(
        ("The ministry rejected claims that the vaccine was unsafe.",),
        "vaccine was unsafe", None, direct=False, rejected=True, not_speaker=("ministry",),
    ),
    "dismissed-suggestions": Case(
        ("Coach Anna Weiss dismissed suggestions that she would resign.",),
        "she would resign", None, direct=False, rejected=True, not_speaker=("Weiss",),
    ),
    "denied-allegations-possessive": Case(
        ("The company denied the union's allegation that workers had been underpaid.",),
        "workers had been underpaid", "union", direct=False, not_speaker=("company",),
    ),
    "denied-reports-that": Case(
        ("The palace denied reports that the king was ill.",),
        "king was ill", None, direct=False, rejected=True, not_speaker=("palace",),
    ),
    # -- implicit sources (passive reporting verbs) -----------------------------------------------
    "passive-it-was-reported": Case(
        ("It was reported on Monday that the northern pipeline had been shut.",),
        "northern pipeline had been shut", None, direct=False,
    ),
    "passive-accused-of": Case(
        ("The mayor was accused of hiding the cost of the new stadium.",),
        "hiding the cost", None, direct=False, not_speaker=("mayor",),
    ),
    "passive-asked-to-is-no-attribution": Case(
        ("Senator Ruth Abel was asked to lead the inquiry.",),
        "lead the inquiry", None, absent=True,
    ),
    "passive-with-agent": Case(
        ("It was announced by the Water Ministry that the dam would open in May.",),
        "dam would open in May", "Water Ministry", direct=False,
    ),
    # -- headlines with a colon -----------------------------------------------------------------------
    "headline-colon-person": Case(
        ("Vice President Mark Pence spoke to reporters in Dunmore on Friday.",),
        "Flowers will not be at the debate", "Pence", direct=False,
        title="Pence: Flowers will not be at the debate",
    ),
    "headline-colon-quoted": Case(
        ("Senator Bruno Sanders spoke on Sunday.",),
        "get away from personality", "Sanders", title="Sanders: Rival needs to 'get away from personality' fights",
    ),
    "headline-colon-poll": Case(
        ("The survey of 2,000 adults was taken in May.",),
        "Voters turn against the tax", "Poll", title="Poll: Voters turn against the tax",
    ),
    "headline-colon-organisation": Case(
        ("The agency released its report on Monday.",),
        "Famine is spreading", "UN", title="UN: Famine is spreading in the north",
    ),
    "headline-label-not-speaker": Case(
        ("The agency released its report on Monday.",),
        "Famine is spreading", None, title="Update: Famine is spreading in the north", absent=True,
    ),
    "headline-topic-not-speaker": Case(
        ("Lawmakers will vote on the deal next week.",),
        "lawmakers vote", None, title="Budget: lawmakers vote on the deal", absent=True,
    ),
    # -- beliefs and intentions -----------------------------------------------------------------------
    "belief-believes": Case(
        ("Finance Minister Lena Hart believes the recession is over.",),
        "recession is over", "Lena Hart", direct=False, kind="belief",
    ),
    "intention-wants": Case(
        ("Governor Paul Dent wants to close the coal plant by 2030.",),
        "close the coal plant", "Paul Dent", direct=False, kind="intention",
    ),
    "belief-fears": Case(
        ("The Dock Workers Union fears that thousands of jobs will be lost.",),
        "thousands of jobs", "Dock Workers Union", direct=False, kind="belief",
    ),
    "intention-plans": Case(
        ("Northwind Energy plans to build three wind farms in the north.",),
        "build three wind farms", "Northwind Energy", direct=False, kind="intention",
    ),
    "belief-thinks": Case(
        ("Senator Ruth Abel thinks the bill will fail in the house.",),
        "bill will fail", "Ruth Abel", direct=False, kind="belief",
    ),
    "speech-kind": Case(
        ("Senator Ruth Abel said the bill would fail in the house.",),
        "bill would fail", "Ruth Abel", direct=False, kind="speech",
    ),
}  # fmt: skip


def case_params(cases: dict[str, Case], xfail: dict[str, str]) -> list[object]:
    """Case names as pytest params; a known miss is a strict xfail, so fixing it fails loudly until it is removed."""
    return [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=xfail[name])) if name in xfail else name
        for name in sorted(cases)
    ]


def _analyse(nlp: Any, dictionary: Any, case: Case) -> tuple[Article, tuple[Quote, ...]]:
    article = build_article(source="test", title=case.title, paragraphs=case.paragraphs)
    doc = nlp(article.text[: article.analysis_end])
    entities = code_actors(article, doc, find_entities(article, doc, dictionary), dictionary)
    return article, find_quotes(article, doc, entities, load_quote_cues())


def _folded(text: str | None) -> str:
    return (text or "").casefold()


def test_quote_constructions_are_many() -> None:
    assert len(CASES) >= 80


@pytest.mark.parametrize("name", sorted(CASES))
def test_quote_construction(nlp: Any, dictionary: Any, name: str) -> None:
    check_case(nlp, dictionary, CASES[name])


def check_case(nlp: Any, dictionary: Any, case: Case) -> None:
    """What an analyst reads out of the case's passage holds (shared with the other construction tests)."""
    article, quotes = _analyse(nlp, dictionary, case)
    holding = [q for q in quotes if case.contains in article.text[q.start : q.end]]
    shown = [(q.text, q.speaker_text, q.speaker and q.speaker.name) for q in quotes]
    if case.absent:
        assert not holding, shown
        return
    assert len(holding) == 1, f"{len(holding)} records hold {case.contains!r}: {shown}"
    q = holding[0]
    who = q.speaker.name if q.speaker is not None else None
    if case.speaker is None:
        assert who is None, f"speaker {who!r}, expected none: {shown}"
    else:
        names = _folded(who) + " " + _folded(q.speaker_text)
        assert _folded(case.speaker) in names, f"speaker {who!r} ({q.speaker_text!r}): {shown}"
    for wrong in case.not_speaker:
        assert _folded(wrong) not in _folded(who), f"{wrong!r} must not be the speaker: {shown}"
    if case.direct is not None:
        assert q.direct == case.direct
    if case.spans is not None:
        assert len(q.pieces) == case.spans, [article.text[p.start : p.end] for p in q.pieces]
    if case.quoted is not None:
        assert tuple(article.text[p.start : p.end] for p in q.quoted) == case.quoted
    if case.kind is not None:
        assert q.cue_kind == case.kind
    if case.target is not None:
        assert q.target is not None and _folded(case.target) in _folded(q.target.name), q.target
    if case.via is not None:
        assert any(_folded(case.via) in _folded(v.name) for v in q.via), q.via
    if case.rejected is not None:
        assert q.rejected == case.rejected
