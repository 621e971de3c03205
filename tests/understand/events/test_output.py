"""From coded events to the article's records: one event once per article, the quote an
event's verb introduces, and the date and place of the event's own clause."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace as dataclasses_replace
from typing import Any

import pytest

from newsgraph.extract.build import build_article
from newsgraph.model import ActorRef, Article, DateMention, Entity, Event, Mention, Place, Quote, Span
from newsgraph.settings import Settings
from newsgraph.understand.events import output
from newsgraph.understand.events.codebook import load_codebook
from newsgraph.understand.events.match import read_tokens

ARTICLE = build_article(
    source="test",
    title="Kenya arrests opposition leader",
    paragraphs=[
        "Police arrested opposition leader Amos Wako in Nairobi on Tuesday, his party said.",
        "Police arrested opposition leader Amos Wako after a rally, the interior ministry said.",
        "The party accused the government of silencing critics.",
    ],
    published=dt.date(2025, 3, 12),
    date_precision="day",
    dateline="NAIROBI",
)

POLICE = ActorRef("Police", "KENCOP")
KENYA = ActorRef("Kenya", "KEN")
WAKO = ActorRef("Amos Wako", "KENOPP")


def sentence(article: Article, words: str) -> Span:
    start = article.text.index(words)
    return Span(start, article.text.index(".", start) + 1)


def arrest(article: Article, words: str, source: ActorRef, confidence: float = 0.5) -> Event:
    where = sentence(article, words)
    return Event(
        source, WAKO, "173", "ARREST", -5.0, 4, where, where.text(article.text), confidence=confidence
    )


def at(article: Article, words: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(words, start + 1)
    return start, start + len(words)


def test_output_the_same_event_told_again_is_kept_once() -> None:
    headline = arrest(ARTICLE, "Kenya arrests", KENYA)
    lead = arrest(ARTICLE, "Police arrested opposition leader Amos Wako in Nairobi", POLICE)
    second = arrest(ARTICLE, "Police arrested opposition leader Amos Wako after", POLICE, confidence=0.9)
    kept = output.once_per_article([headline, lead, second], ARTICLE)
    assert len(kept) == 1
    assert kept[0].evidence == second.evidence  # body before headline, then the most confident
    assert kept[0].num_mentions == 3  # the headline joins by country: Kenya's police


def test_output_different_events_are_all_kept() -> None:
    lead = arrest(ARTICLE, "Police arrested opposition leader Amos Wako in Nairobi", POLICE)
    where = sentence(ARTICLE, "The party accused")
    accuse = Event(
        ActorRef("The party", "KENOPP"),
        ActorRef("the government", "KENGOV"),
        "112",
        "ACCUSE",
        -2.0,
        3,
        where,
        "",
    )
    assert output.once_per_article([lead, accuse], ARTICLE) == (lead, accuse)


def test_output_an_event_carries_the_quote_its_verb_introduces() -> None:
    where = sentence(ARTICLE, "The party accused")
    accuse = Event(None, None, "112", "ACCUSE", -2.0, 3, where, "", trigger="accused")
    q0, q1 = at(ARTICLE, "the government of silencing critics")
    c0, c1 = at(ARTICLE, "accused")
    quote = Quote(
        "the government of silencing critics", False, q0, q1, None, cue="accused", cue_start=c0, cue_end=c1
    )
    (linked,) = output.attach_quotes([accuse], [quote])
    assert (linked.quote_start, linked.quote_end) == (q0, q1)
    other = Event(
        None, None, "173", "ARREST", -5.0, 4, sentence(ARTICLE, "Police arrested"), "", trigger="arrested"
    )
    assert output.attach_quotes([other], [quote]) == (other,)
    assert output.attach_quotes([accuse], []) == (accuse,)


def test_output_date_of_the_events_own_clause_else_the_articles() -> None:
    lead = sentence(ARTICLE, "Police arrested opposition leader Amos Wako in Nairobi")
    start, end = lead.start, lead.end
    t0, t1 = at(ARTICLE, "Tuesday")
    tuesday = DateMention("Tuesday", "2025-03-11", "day", t0, t1)
    assert output.date_for(ARTICLE, [(t0 - 3, t1)], start, end, [tuesday]) == ("2025-03-11", "day")
    assert output.date_for(ARTICLE, [(start, start + 6)], start, end, [tuesday]) == ("2025-03-12", "day")
    undated = build_article(source="test", paragraphs=["Police arrested him."])
    assert output.date_for(undated, [], 0, 20, []) == (None, "unknown")


def test_output_place_of_a_locative_phrase_else_the_datelines_in_the_lead() -> None:
    lead = sentence(ARTICLE, "Police arrested opposition leader Amos Wako in Nairobi")
    start, end = lead.start, lead.end
    n0, n1 = at(ARTICLE, "Nairobi")
    nairobi = Place("Nairobi", "KEN", -1.28, 36.82, "city", 0.9, n0, n1)
    assert output.place_for(ARTICLE, [(n0 - 3, n1)], start, end, [nairobi], []) == nairobi
    assert output.place_for(ARTICLE, [], start, end, [nairobi], []) == nairobi  # the dateline's city
    assert output.place_for(ARTICLE, [], start, end, [nairobi], [], lead=False) is None
    assert (
        output.place_for(ARTICLE, [(n0 - 3, n1)], start, end, [nairobi], [(n0, n1)], lead=False) is None
    )  # an actor


def test_output_lead_is_the_headline_and_first_paragraph() -> None:
    assert output.in_lead(ARTICLE, 0)
    assert output.in_lead(ARTICLE, at(ARTICLE, "in Nairobi")[0])
    assert not output.in_lead(ARTICLE, at(ARTICLE, "after a rally")[0])


@pytest.mark.model
def test_output_locative_phrases_and_sentence_bounds(nlp: Any) -> None:
    text = "  Troops shelled villages near the border. Talks were held in Minsk."
    doc = nlp(text)
    table = read_tokens(doc)
    shelled = next(t for t in doc if t.text == "shelled")
    assert [text[s:e] for s, e in output.locative_spans(table, shelled)] == ["near the border"]
    start, end = output.sentence_bounds(text, shelled.sent)  # without the blanks around it
    assert text[start:end] == "Troops shelled villages near the border."


def test_output_a_telling_with_no_target_beside_one_with_its_victims_is_one_event() -> None:
    # "A Palestinian suicide bomber blew himself up on a bus, killing eight Israelis": one act.
    where = sentence(ARTICLE, "Police arrested opposition leader Amos Wako in Nairobi")
    bomber = ActorRef("suicide bomber", "PSEREB")
    blew = Event(bomber, None, "183", "ASSAULT", -10.0, 4, where, "", trigger="blow up")
    killing = Event(bomber, ActorRef("eight Israelis", "ISR"), "180", "ASSAULT", -10.0, 4, where, "")
    arrested = Event(POLICE, None, "173", "ARREST", -5.0, 4, where, "")
    assert output.one_telling([blew, killing, arrested]) == [killing, arrested]
    # Another sentence, or a flagged event, is another telling.
    later = Event(bomber, None, "183", "ASSAULT", -10.0, 4, sentence(ARTICLE, "The party accused"), "")
    assert output.one_telling([later, killing]) == [later, killing]


def test_output_a_place_target_is_coded_by_its_country() -> None:
    # "Rebel fighters seized the eastern town of Uvira": the gazetteer places Uvira in Congo.
    start, end = at(ARTICLE, "Nairobi")
    town = ActorRef("Nairobi", "", start=start, end=end)
    nairobi = Place("Nairobi", "KEN", -1.28, 36.8, "city", 0.9, start, end)
    assert output.placed_target(town, [nairobi]) == ActorRef("Nairobi", "KEN", start=start, end=end)
    # A coded target keeps its code; a place elsewhere in the text says nothing of it.
    coded = ActorRef("Nairobi", "KENGOV", start=start, end=end)
    assert output.placed_target(coded, [nairobi]) == coded
    assert output.placed_target(town, [Place("Wako", "KEN", 0.0, 0.0, "city", 0.9, 0, 4)]) == town
    assert output.placed_target(None, [nairobi]) is None


def test_output_a_headline_act_with_no_target_is_the_leads_act_of_that_root_and_country() -> None:
    # "Kenya arrests ..." coded with no target and another arrest code than the lead's: the lead
    # tells the act (same root, same doer's country), so the headline adds no second event.
    where = sentence(ARTICLE, "Kenya arrests")
    headline = Event(KENYA, None, "170", "ARREST", -5.0, 4, where, where.text(ARTICLE.text))
    lead = arrest(ARTICLE, "Police arrested opposition leader Amos Wako in Nairobi", POLICE)
    kept = output.once_per_article([headline, lead], ARTICLE)
    assert kept == (dataclasses_replace(lead, num_mentions=2),)
    # A headline act of another root stays an event of its own.
    other = Event(KENYA, None, "111", "CRITICIZE", -2.0, 3, where, where.text(ARTICLE.text))
    assert len(output.once_per_article([other, lead], ARTICLE)) == 2


def test_output_a_headline_passive_with_no_doer_is_the_leads_act_told_with_the_same_word() -> None:
    # "Aid workers seized" (no doer, read as an arrest) over "Gunmen seized two aid workers" (a kidnapping): one act.
    article = build_article(
        source="test", title="Aid workers seized",
        paragraphs=["Gunmen seized two aid workers from their office in the capital on Tuesday."],
        published=dt.date(2004, 9, 7), date_precision="day",
    )
    workers, gunmen = ActorRef("aid workers", "ITANGO"), ActorRef("Gunmen", "IRQREB")
    top, lead = sentence(article, "Aid workers seized"), sentence(article, "Gunmen seized")
    headline = Event(ActorRef(name=""), workers, "173", "ARREST", -5.0, 4, top, top.text(article.text),
                     trigger="seized")
    told = Event(gunmen, workers, "181", "ASSAULT", -9.0, 4, lead, lead.text(article.text), trigger="seized")
    assert output.once_per_article([headline, told], article) == (dataclasses_replace(told, num_mentions=2),)
    # Another word is another act.
    freed = dataclasses_replace(headline, trigger="freed")
    assert len(output.once_per_article([freed, told], article)) == 2


def test_output_a_trip_inside_ones_own_country_is_no_visit() -> None:
    # "The opposition leader headed to Mombasa on Monday": a visit (042) goes to another side, not to one's own state.
    where = sentence(ARTICLE, "The party accused")
    home = Event(WAKO, KENYA, "042", "CONSULT", 1.9, 1, where, "", trigger="headed")
    abroad = Event(WAKO, ActorRef("Uganda", "UGA"), "042", "CONSULT", 1.9, 1, where, "", trigger="headed")
    troops = Event(WAKO, ActorRef("troops", "KENMIL"), "042", "CONSULT", 1.9, 1, where, "", trigger="visited")
    assert output.one_telling([home, abroad, troops]) == [abroad, troops]


def test_output_a_bare_state_organ_lent_the_state_it_acts_on_keeps_its_role_alone() -> None:
    # "The ministry thanked Kenya for its help": the ministry took the article's country, the very state it thanks.
    where = sentence(ARTICLE, "The party accused")
    kenya_at = at(ARTICLE, "Nairobi")
    ministry = Entity("e1", "ministry", "organisation", (Mention("party", 0, 5),), role="GOV")
    kenya = Entity("e2", "Kenya", "country", (Mention("Nairobi", *kenya_at),), country="KEN")
    wako = Entity("e3", "Amos Wako", "person", (Mention("Amos Wako", *at(ARTICLE, "Amos Wako")),), country="KEN")
    source = ActorRef("ministry", "KENGOV", "e1", 0, 5)
    to_state = Event(source, ActorRef("Kenya", "KEN", "e2", *kenya_at), "051", "", 3.4, 1, where, "", trigger="thanked")
    to_person = Event(source, ActorRef("Amos Wako", "KENOPP", "e3"), "051", "", 3.4, 1, where, "", trigger="thanked")
    got = output.own_state_unknown([to_state, to_person], [ministry, kenya, wako])
    assert got[0].source is not None and got[0].source.code == "GOV"
    assert got[1] == to_person


def test_output_a_visit_hosted_abroad_is_the_guests_visit_too(settings: Settings) -> None:
    book = load_codebook(settings)
    one, other = sentence(ARTICLE, "The party accused"), sentence(ARTICLE, "Police arrested opposition leader Amos Wako after")
    guest, host = ActorRef("Ayad Allawi", "IRQGOV"), ActorRef("the emir", "KWTGOV")
    hosted = Event(host, guest, "043", "CONSULT", 2.8, 1, one, one.text(ARTICLE.text), trigger="received")
    domestic = dataclasses_replace(hosted, target=ActorRef("the governor", "KWTGOV"), evidence=other)
    out = output.guests_visit([hosted, domestic], book)
    assert [(e.source, e.target) for e in out if e.cameo == "042"] == [(guest, host)]  # not the governor's
    told = out[-1]
    assert output.guests_visit([hosted, told], book) == [hosted, told]  # a visit told already is not told twice
    # "hosted talks between the government and the rebels": two sides hosted at once meet each other.
    both = [hosted, dataclasses_replace(hosted, target=ActorRef("Sudan", "SDN"))]
    assert output.guests_visit(both, book) == both


BUS = build_article(
    source="test",
    title="Suicide bomber kills eight on Jerusalem bus",
    paragraphs=[
        "A Palestinian suicide bomber blew himself up on a bus in Jerusalem on Sunday, killing eight Israelis.",
        "Israeli troops killed a Palestinian gunman near Nablus later on Sunday.",
    ],
    published=dt.date(2025, 3, 12),
    date_precision="day",
    dateline="JERUSALEM",
)


def _force(article: Article, words: str, source: ActorRef, target: ActorRef, code: str = "180") -> Event:
    where = sentence(article, words)
    return Event(source, target, code, "ASSAULT", -9.0, 4, where, where.text(article.text))


def test_output_a_headline_doer_of_the_same_role_on_the_same_side_is_the_lead_s() -> None:
    """The headline drops the bomber's nationality and the story's home lends its own (ISRREB): force on the same
    side's people by a doer of the same role is the lead's one act, kept once from the text."""
    headline = _force(BUS, "Suicide bomber kills", ActorRef("Suicide bomber", "ISRREB"), ActorRef("eight", "ISRCVL"))
    lead = _force(BUS, "A Palestinian suicide bomber", ActorRef("bomber", "PSEREB"), ActorRef("Israelis", "ISR"), "183")
    kept = output.once_per_article([headline, lead], BUS)
    assert kept == (dataclasses_replace(lead, num_mentions=2),)


def test_output_a_headline_doer_of_another_role_stays_its_own_act() -> None:
    """Troops are no bomber: a headline's soldiers striking the same side are not the lead's militant bombing."""
    headline = _force(BUS, "Suicide bomber kills", ActorRef("Troops", "LBNMIL"), ActorRef("eight", "ISRCVL"), "190")
    lead = _force(BUS, "A Palestinian suicide bomber", ActorRef("bomber", "PSEREB"), ActorRef("Israelis", "ISR"), "183")
    assert len(output.once_per_article([headline, lead], BUS)) == 2
