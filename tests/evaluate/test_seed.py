"""The seed scorer's matching rules, on records built by hand (no model needed)."""

from __future__ import annotations

from newsgraph.evaluate.seed import actor_problems, event_matches, forbidden, place_matches, quote_matches
from newsgraph.extract.build import build_article
from newsgraph.model import ActorRef, Analysis, Entity, Event, Mention, Place, Quote, Span

ARTICLE = build_article(
    source="t",
    paragraphs=["Belarusian President Alexander Lukashenko met Putin. Lukashenko said the talks went well."],
)
LUKASHENKO = Entity(
    id="e1",
    name="Alexander Lukashenko",
    kind="person",
    mentions=(Mention("Alexander Lukashenko", 21, 41), Mention("Lukashenko", 53, 63)),
    title="President",
    country="BLR",
    role="GOV",
    aliases=("Lukashenko",),
)
WANT = {
    "name": "Alexander Lukashenko",
    "aliases": ["Lukashenko"],
    "country": "BLR",
    "role": "GOV",
    "title": "President",
}


def analysis(*entities: Entity) -> Analysis:
    return Analysis(article=ARTICLE, entities=entities)


def test_seed_actor_found_with_code_title_and_aliases() -> None:
    assert ARTICLE.text[53:63] == "Lukashenko"
    assert actor_problems(WANT, analysis(LUKASHENKO)) == []


def test_seed_actor_wrong_role_and_unresolved_alias_are_reported() -> None:
    wrong = Entity("e1", "Alexander Lukashenko", "person", LUKASHENKO.mentions[:1], "President", "BLR", "MIL")
    problems = actor_problems({**WANT, "role": ["GOV", "LEG"]}, analysis(wrong))
    assert any("role" in p for p in problems)
    assert any("'Lukashenko' at 53" in p for p in problems)


def test_seed_actor_alias_inside_longer_name_of_other_entity_is_not_required() -> None:
    article = build_article(source="t", paragraphs=["The Trump administration and Donald Trump disagreed."])
    admin = Entity("e1", "Trump administration", "organisation", (Mention("Trump administration", 4, 24),))
    trump = Entity(
        "e2", "Donald Trump", "person", (Mention("Donald Trump", 29, 41),), country="USA", role="GOV"
    )
    got = Analysis(article=article, entities=(admin, trump))
    assert (
        actor_problems({"name": "Donald Trump", "aliases": ["Trump"], "country": "USA", "role": "GOV"}, got)
        == []
    )


def test_seed_place_quote_and_event_rules() -> None:
    minsk = Place("Minsk", "BLR", 53.9, 27.56, "city", 0.9, 0, 5)
    assert place_matches(
        {"name": "Minsk", "country": "BLR", "lat": 53.90, "lon": 27.57, "tolerance_km": 25}, minsk
    )
    assert not place_matches(
        {"name": "Minsk", "country": "BLR", "lat": 55.0, "lon": 27.57, "tolerance_km": 25}, minsk
    )
    quote = Quote(
        text="we have no “closed topics”",
        direct=True,
        start=0,
        end=10,
        speaker=ActorRef("Alexander Lukashenko", "BLRGOV"),
        via=(ActorRef("Belta", "BLRMED"),),
    )
    assert quote_matches(
        {"contains": 'no "closed topics"', "speaker": "Lukashenko", "via": ["Belta"], "direct": True}, quote
    )
    assert not quote_matches({"contains": "closed topics", "speaker": "Lukashenko", "via": ["TASS"]}, quote)
    event = Event(
        source=ActorRef("Iran", "IRN"),
        target=ActorRef("Russia", "RUS"),
        cameo="070",
        plover="AID",
        goldstein=7.0,
        quad_class=2,
        evidence=Span(0, 10),
        evidence_text="Iran has supplied drones to Russia",
    )
    assert event_matches({"source": "IRN", "target": "RUS", "root": "07"}, event)
    assert not event_matches({"source": "IRN", "target": "RUS", "root": ["03", "05"]}, event)
    assert forbidden({"forbidden_events": [{"root": ["07"]}]}, event)
