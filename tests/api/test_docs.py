"""docs/api.md documents every route; docs/ui.md's screenshots exist."""

from __future__ import annotations

import re
from pathlib import Path

from tests.api.api_helpers import Client

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_docs_every_route_is_documented(client: Client) -> None:
    text = (DOCS / "api.md").read_text(encoding="utf-8")
    for path, operations in client.get("/openapi.json").json()["paths"].items():
        for method in operations:
            assert f"`{method.upper()} {path}`" in text, f"{method.upper()} {path} missing from docs/api.md"


def test_docs_serve_options_are_documented() -> None:
    text = (DOCS / "api.md").read_text(encoding="utf-8")
    for option in ("--db", "--host", "--port", "--read-only", "--token", "--max-body-mb", "NEWSGRAPH_TOKEN"):
        assert option in text


def test_docs_ui_screenshots_exist() -> None:
    text = (DOCS / "ui.md").read_text(encoding="utf-8")
    images = re.findall(r"\]\((img/[^)]+)\)", text)
    assert len(images) >= 6
    for image in images:
        assert (DOCS / image).is_file(), image
