"""One error hierarchy. Each class knows its CLI exit code and its HTTP status.

The CLI has one handler (print `str(error)` on one line, exit with `exit_code`) and the
API has one handler (JSON `{"error": code, "message": ...}` with `http_status`). Codes
are stable strings that scripts may match on; messages are for people.
"""

from __future__ import annotations


class NewsgraphError(Exception):
    code = "error"
    exit_code = 1
    http_status = 500

    def __init__(self, message: str, *, uri: str | None = None) -> None:
        self.uri = uri
        super().__init__(f"{uri}: {message}" if uri else message)


class UsageError(NewsgraphError):
    """The caller asked for something malformed: an unknown option, a bad value."""

    code = "usage"
    exit_code = 2
    http_status = 400


class InvalidQuery(UsageError):
    """A filter, date or full-text query that cannot be run."""

    code = "invalid_query"


class NotFound(NewsgraphError):
    code = "not_found"
    exit_code = 1
    http_status = 404


class DocumentFailed(NewsgraphError):
    """One document could not be read or processed. The batch records it and goes on."""

    code = "document_failed"
    exit_code = 1
    http_status = 422

    def __init__(self, message: str, *, uri: str | None = None, stage: str = "read") -> None:
        self.stage = stage
        self.reason = message
        super().__init__(message, uri=uri)


class ReadOnly(NewsgraphError):
    code = "read_only"
    exit_code = 1
    http_status = 403


class Unauthorized(NewsgraphError):
    code = "unauthorized"
    exit_code = 1
    http_status = 401


class TooLarge(NewsgraphError):
    code = "too_large"
    exit_code = 1
    http_status = 413


class StoreError(NewsgraphError):
    code = "store"
    exit_code = 1
    http_status = 500


class Unavailable(NewsgraphError):
    """Something the command needs is taken by another program: `serve`'s port."""

    code = "unavailable"
    exit_code = 3
    http_status = 503
