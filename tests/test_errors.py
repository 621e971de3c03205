from __future__ import annotations

import inspect

from newsgraph import errors


def _classes() -> list[type[errors.NewsgraphError]]:
    return [
        c for _, c in inspect.getmembers(errors, inspect.isclass) if issubclass(c, errors.NewsgraphError)
    ]


def test_errors_every_class_carries_exit_code_status_and_unique_code() -> None:
    classes = _classes()
    assert len(classes) >= 8
    codes = [c.code for c in classes]
    assert len(codes) == len(set(codes)), "error codes must be unique so clients can match on them"
    for c in classes:
        assert c.exit_code in (1, 2, 3)
        assert 400 <= c.http_status < 600


def test_errors_message_names_the_document() -> None:
    e = errors.DocumentFailed("truncated gzip", uri="news/a.txt.gz", stage="read")
    assert str(e) == "news/a.txt.gz: truncated gzip"
    assert e.stage == "read" and e.reason == "truncated gzip"
    assert errors.UsageError("x").exit_code == 2
    assert errors.NotFound("x").http_status == 404
