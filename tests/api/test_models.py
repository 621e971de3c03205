"""The response models must have a place for every field the store's records carry."""

from __future__ import annotations

from dataclasses import fields

import pytest
from pydantic import BaseModel

from newsgraph.api import models
from newsgraph.model import DateMention, Entity, Place
from newsgraph.store import records


@pytest.mark.parametrize(
    ("record", "model"),
    [
        (records.StoredEvent, models.EventOut),
        (records.StoredQuote, models.QuoteOut),
        (records.ActorCount, models.ActorOut),
        (records.SearchHit, models.SearchHitOut),
        (records.Stats, models.StatsOut),
        (records.TimelinePoint, models.TimelinePointOut),
        (records.Edge, models.EdgeOut),
        (records.Mark, models.MarkOut),
        (Entity, models.EntityOut),
        (Place, models.PlaceOut),
        (DateMention, models.DateOut),
    ],
)
def test_models_cover_record_fields(record: type, model: type[BaseModel]) -> None:
    missing = {f.name for f in fields(record)} - set(model.model_fields)
    assert not missing, f"{model.__name__} lacks {sorted(missing)}"


def test_models_jsonable_turns_records_into_plain_values() -> None:
    mark = records.Mark(1, 4, "entity", "FIN", "e1")
    assert models.jsonable((mark,)) == [{"start": 1, "end": 4, "kind": "entity", "label": "FIN", "ref": "e1"}]
