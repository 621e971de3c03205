"""The HTTP API (FastAPI, under /api/v1) and the web UI it serves at /."""

from __future__ import annotations

from newsgraph.api.app import create_app

__all__ = ["create_app"]
