"""Actor country accuracy on the real wire leads of ../shared/eval/events_news_dev.jsonl.

The items (id, title, text) go through the user's path (`run_user_path`); each gold actor is then looked for among
the entities of its item's articles exactly as `events_guidelines.md` and the reference scorer beside it
(`score_news_events.py`) do: the first entity (in the article's order) one of whose name, aliases or mention
texts contains the gold text, or is contained in it (for texts over three characters), gives the country, the
first three letters of its code. A gold actor with an empty code is not scored; a lost item finds nothing.

Rows: `country_accuracy` over all items, `read_country_accuracy` and `held_country_accuracy` by
`newsgraph.evaluate.halves`, and `items_lost`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from newsgraph.evaluate import Score
from newsgraph.evaluate.halves import half
from newsgraph.evaluate.userpath import run_user_path
from newsgraph.registry import register
from newsgraph.settings import Settings

DATASET = "events_news_dev"


def _cc(code: object) -> str:
    return str(code or "").upper()[:3]


def entity_texts(entity: Mapping[str, Any]) -> set[str]:
    """The lower-cased texts the scorer matches a gold actor against: name, aliases and mention texts."""
    texts = {str(entity.get("name") or "").lower()}
    texts |= {str(x).lower() for x in entity.get("aliases") or []}
    return texts | {
        str(m.get("text") if isinstance(m, Mapping) else m).lower() for m in entity.get("mentions") or []
    }


def first_match(entities: Iterable[Mapping[str, Any]], name: str) -> Mapping[str, Any] | None:
    """The entity the guidelines' scorer takes for a gold actor `name`: the first, in the article's order, one of
    whose texts contains the name or lies inside it (texts over three characters); None when none does."""
    want = name.lower()
    for entity in entities:
        texts = entity_texts(entity)
        if want in texts or any(want and (want in x or x in want) for x in texts if len(x) > 3):
            return entity
    return None


def actor_hits(item: Mapping[str, Any], articles: list[dict[str, Any]]) -> tuple[int, int]:
    """(right, scored) gold actors of one item."""
    entities = [e for a in articles for e in a.get("entities") or []]
    right = scored = 0
    for actor in item.get("actors") or []:
        want = _cc(actor.get("code"))
        if not want:
            continue
        scored += 1
        found = first_match(entities, str(actor.get("text") or ""))
        right += found is not None and _cc(found.get("code") or found.get("country")) == want
    return right, scored


@register("eval", "actors_news")
def score(eval_dir: Path, settings: Settings) -> list[Score]:
    path = eval_dir / "events_news_dev.jsonl"
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    run = run_user_path(({"id": i["id"], "title": i["title"], "text": i["text"]} for i in items), settings)
    totals = {"all": [0, 0], "read": [0, 0], "held": [0, 0]}
    for item in items:
        right, scored = actor_hits(item, run.articles.get(item["id"], []))
        for key in ("all", half(item["id"])):
            totals[key][0] += right
            totals[key][1] += scored
    rows = [
        Score("actors", DATASET, f"{prefix}country_accuracy", r / n if n else 0.0, n)
        for prefix, (r, n) in (("", totals["all"]), ("read_", totals["read"]), ("held_", totals["held"]))
    ]
    rows.append(Score("actors", DATASET, "items_lost", float(run.lost(i["id"] for i in items)), len(items)))
    return rows
