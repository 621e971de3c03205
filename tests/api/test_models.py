"""The response models must have a place for every field the store's records carry."""

from __future__ import annotations

from dataclasses import MISSING, fields

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
    # `serialize.date_dict` prints a date's TimeML type as `type`, in `analyze` and the API alike.
    renamed = {"timex_type": "type"} if record is DateMention else {}
    missing = {renamed.get(f.name, f.name) for f in fields(record)} - set(model.model_fields)
    assert not missing, f"{model.__name__} lacks {sorted(missing)}"


def test_models_derived_schema_has_every_record_field_with_its_type_and_default() -> None:
    schema = models.EventOut.model_json_schema()
    record = {f.name: f for f in fields(records.StoredEvent)}
    assert set(record) <= set(schema["properties"])
    required = {name for name, f in record.items() if f.default is MISSING}
    assert required <= set(schema["required"]) and not (set(record) - required) & set(schema["required"])
    assert schema["properties"]["goldstein"]["type"] == "number"
    assert schema["properties"]["cameo"]["examples"] == ["057"]
    assert {"place", "evidence", "cursor"} <= set(schema["properties"])  # added by newsgraph.serialize


def test_models_derived_class_fields_replace_record_fields() -> None:
    mentions = models.EntityOut.model_fields["mentions"]
    assert mentions.annotation == list[models.MentionOut]
    assert list(models.EntityOut.model_fields)[-1] == "code"
    assert "fetched_at" not in models.ArticleDetailOut.model_fields
