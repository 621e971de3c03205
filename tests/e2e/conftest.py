"""Browser fixtures: one headless Chromium per module, a fresh page per test, and the folder the
screenshots go to (build/screenshots/, kept as CI artifacts; docs/img/ with NEWSGRAPH_SCREENSHOTS=1)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.ui_helpers import ARGS, CHROMIUM, ROOT


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def shots() -> Path:
    if os.environ.get("NEWSGRAPH_SCREENSHOTS") == "1":
        out = ROOT / "docs" / "img"
    else:
        out = Path(os.environ.get("NEWSGRAPH_SCREENSHOT_DIR") or ROOT / "build" / "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    return out


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1366, "height": 860}, accept_downloads=True)
    context.set_default_timeout(20_000)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on("dialog", lambda dialog: errors.append(f"unexpected dialog: {dialog.message}"))
    yield pg
    context.close()
    assert not errors, errors
