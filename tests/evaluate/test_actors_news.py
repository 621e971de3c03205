"""Actor country accuracy on the wire set, matched the way the reference scorer matches (events_guidelines.md)."""

from __future__ import annotations

from newsgraph.evaluate.actors_news import actor_hits


def test_actors_news_first_matching_entity_gives_the_country() -> None:
    item = {
        "actors": [
            {"text": "Ruritanian troops", "code": "RURMIL"},
            {"text": "Jan Novak", "code": "RURGOV"},
            {"text": "residents", "code": ""},  # no code: not scored
            {"text": "Freedonia", "code": "FRE"},
        ]
    }
    articles = [
        {
            "entities": [
                {"name": "Ruritanian troops", "code": "RURMIL", "mentions": [{"text": "Ruritanian troops"}]},
                {"name": "Jan Novak", "code": "FREGOV", "aliases": ["Novak"], "mentions": [{"text": "Novak"}]},
            ]
        }
    ]
    assert actor_hits(item, articles) == (1, 3)
