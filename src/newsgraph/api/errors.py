"""GET /errors: the failures the store recorded, so a client can name what did not go in."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from newsgraph.api.deps import ReadStore
from newsgraph.api.models import ERRORS
from newsgraph.serialize import plain
from newsgraph.store.filters import MAX_LIMIT

router = APIRouter(tags=["errors"])


class StoredErrorOut(BaseModel):
    id: int
    uri: str = Field(description="The document (file, file:line for JSONL, file#n for feeds, or URL).")
    stage: str = Field(examples=["extract"], description="read, extract or understand.")
    reason: str = Field(examples=["invalid JSON: Expecting ',' delimiter at column 82"])
    source_id: str | None = Field(None, description="The record's own id, when it had one.")
    time: str = Field(description="Last seen (UTC ISO).")
    count: int = Field(description="Times seen.")
    document_id: int | None = Field(None, description="The stored document, when it was read at all.")


class ErrorPage(BaseModel):
    items: list[StoredErrorOut]
    next_offset: int | None = Field(None, description="Offset of the next page; null on the last one.")


@router.get("/errors", response_model=ErrorPage, responses=ERRORS, summary="Recorded failures, latest first")
def list_errors(
    store: ReadStore,
    stage: Annotated[str | None, Query(description="Only this stage.", max_length=40)] = None,
    uri: Annotated[str | None, Query(description="Document uri contains this.", max_length=2000)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> dict[str, object]:
    """Documents that failed to be read, extracted or analysed, with the stage and the reason.
    A document that later goes in whole clears its earlier failures."""
    # One row past the page tells whether there is a next one (the store's cap allowing).
    found = store.errors(stage=stage, uri=uri, limit=min(limit + 1, MAX_LIMIT), offset=offset)
    more = len(found) > limit or len(found) == MAX_LIMIT
    return {"items": plain(found[:limit]), "next_offset": offset + limit if more else None}
