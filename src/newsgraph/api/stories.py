"""Routes for stories: articles grouped by the happening they report, and the merged events
that count one happening once however many outlets report it (newsgraph.store.stories).

A story's articles come with the quotes each carried, so outlets can be compared side by
side: who was quoted, in which words, by whom and by whom not.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query
from pydantic import BaseModel, Field

from newsgraph.api.deps import ReadStore
from newsgraph.api.models import ERRORS, NOT_FOUND, QuoteOut
from newsgraph.serialize import plain, stored_quote_dict
from newsgraph.store.filters import DAY_PATTERN, MAX_LIMIT
from newsgraph.store.records import StoredQuote
from newsgraph.store.sqlite import Store
from newsgraph.store.stories import stories, story

router = APIRouter(tags=["stories"])


class StoryOut(BaseModel):
    id: int = Field(examples=[3])
    label: str | None = Field(None, description="The story's most central headline.")
    label_article: str | None = Field(None, description="Id of the article the label comes from.")
    first_day: str = Field(examples=["2025-03-04"])
    last_day: str = Field(examples=["2025-03-05"])
    articles: int = Field(description="Articles in the story, exact copies included.")
    sources: int = Field(description="Distinct outlets (agency, else site, else URL host).")
    events: int = Field(description="Merged events.")
    actors: list[str] = Field(description="The story's most shared named actors.")


class StoryPage(BaseModel):
    items: list[StoryOut]


class StoryArticleOut(BaseModel):
    id: str
    title: str | None = None
    day: str
    outlet: str
    url: str | None = None
    source: str
    duplicate_of: str | None = Field(None, description="Set for near copies, which were not analysed.")
    copies: list[str] = Field(description="Sources of exact copies stored as links to this article.")
    quotes: list[QuoteOut] = Field(
        [], description="The quotes the article carried, in text order (none for near copies, not analysed)."
    )


class EvidenceOut(BaseModel):
    article_id: str
    event_id: int
    start: int
    end: int
    text: str


class MergedEventOut(BaseModel):
    id: int
    day: str
    cameo: str
    source_name: str | None = None
    source_code: str
    target_name: str | None = None
    target_code: str
    goldstein: float
    quad_class: int
    num_mentions: int = Field(description="Sentences coding the event, in articles and their copies.")
    num_articles: int = Field(description="Articles (and copies) reporting the event.")
    num_sources: int = Field(description="Distinct outlets reporting the event.")
    evidence: list[EvidenceOut] = Field(description="Every sentence that coded the event, across articles.")


class StoryDetailOut(BaseModel):
    story: StoryOut
    articles: list[StoryArticleOut]
    events: list[MergedEventOut]


@router.get("/stories", response_model=StoryPage, responses=ERRORS, summary="Stories, latest first")
def list_stories(
    store: ReadStore,
    actor: Annotated[
        str | None, Query(description="An actor of the story, any spelling (substring).", max_length=200)
    ] = None,
    since: Annotated[
        str | None, Query(description="Reported on or after (YYYY[-MM[-DD]]).", pattern=DAY_PATTERN)
    ] = None,
    until: Annotated[str | None, Query(description="Reported on or before, inclusive.", pattern=DAY_PATTERN)] = None,
    min_articles: Annotated[int, Query(ge=1, le=100_000, description="Only stories this large.")] = 1,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> dict[str, object]:
    """Stories with their size, outlets, merged events and main actors."""
    found = stories(
        store, actor=actor, since=since, until=until, min_articles=min_articles, limit=limit, offset=offset
    )
    return {"items": plain(found)}


@router.get(
    "/stories/{story_id}",
    response_model=StoryDetailOut,
    responses={**ERRORS, **NOT_FOUND},
    summary="One story with its articles and merged events",
)
def get_story(store: ReadStore, story_id: Annotated[int, Path(ge=1, le=2**62)]) -> dict[str, object]:
    """The story's articles (near copies marked, exact copies listed) and its merged events,
    each with its NumMentions/NumArticles/NumSources and the evidence sentences; each article
    with the quotes it carried."""
    out: dict[str, Any] = plain(story(store, story_id))
    for article in out["articles"]:
        article["quotes"] = [stored_quote_dict(q) for q in _quotes(store, article["id"])]
    return out


def _quotes(store: Store, article_id: str) -> list[StoredQuote]:
    # The store lists quotes newest article first, latest first; a column reads in text order.
    found = store.quotes(article_id=article_id, limit=MAX_LIMIT)
    return sorted(found, key=lambda q: (q.start, q.end, q.seq))
