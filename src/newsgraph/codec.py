"""Lossless JSON for the model's records: `encode(record)` and `decode(Type, data)`.

Shards written by cluster workers carry each processed document in this form so that
`newsgraph load` can rebuild the exact records and store them through the same write path
as a local ingest (one transaction per document, idempotent by content hash). `serialize.py`
is the presentation shape for people and tools; this module is the round-trip shape.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import types
import typing
from collections.abc import Mapping
from functools import cache
from typing import Any, TypeVar, get_args, get_origin

from newsgraph import model

T = TypeVar("T")


def to_plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dt.datetime):
        return {"$dt": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$d": value.isoformat()}
    if isinstance(value, list | tuple):
        return [to_plain(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): to_plain(v) for k, v in value.items()}
    if isinstance(value, bytes):
        return {"$b": value.decode("latin-1")}
    return value


def encode(record: Any) -> str:
    return json.dumps(to_plain(record), ensure_ascii=False, separators=(",", ":"))


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(model))


def from_plain(kind: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, dict) and len(value) == 1:
        (tag, raw), = value.items()
        if tag == "$dt":
            return dt.datetime.fromisoformat(raw)
        if tag == "$d":
            return dt.date.fromisoformat(raw)
        if tag == "$b":
            return raw.encode("latin-1")
    origin = get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in get_args(kind) if a is not type(None)]
        for option in options:
            if dataclasses.is_dataclass(option) and isinstance(value, dict):
                return from_plain(option, value)
        return from_plain(options[0], value) if len(options) == 1 else value
    if origin is tuple:
        args = get_args(kind)
        item = args[0] if args else Any
        return tuple(from_plain(item, v) for v in value)
    if origin in (list,):
        return [from_plain(get_args(kind)[0], v) for v in value]
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        hints = _hints(kind)
        return kind(**{k: from_plain(hints[k], v) for k, v in value.items() if k in hints})
    return value


def decode(cls: type[T], data: str) -> T:
    result: T = from_plain(cls, json.loads(data))
    return result
