"""newsgraph.api.server: the app `newsgraph serve` runs, made from the settings (token, body
size, read-only, loopback hosts), the checks before it binds, and the address it prints."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.api.server import address, app_for, banner, check, exposure_warning
from newsgraph.errors import UsageError
from newsgraph.settings import Settings
from tests.api.api_helpers import Client
from tests.api.api_sample import write_sample


def test_server_app_takes_token_body_size_and_mode_from_settings(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    write_sample(db).close()
    settings = Settings(db=str(db), token="s3cret", max_body_mb=0.001, read_only=True)
    client = Client(app_for(settings))
    local = {"Host": "127.0.0.1:8000"}
    assert client.get("/api/v1/stats", headers=local).status_code == 401
    auth = {**local, "Authorization": "Bearer s3cret"}
    assert client.get("/api/v1/stats", headers=auth).status_code == 200
    assert client.post("/api/v1/ingest", headers=auth, content=b"x" * 2000).status_code == 413
    assert client.post("/api/v1/ingest", headers=auth, content=b"Some text.").json()["error"] == "read_only"
    # Bound to loopback (the default host), another Host header is refused.
    assert client.get("/", headers={"Host": "evil.example"}).status_code == 403


def test_server_check_refuses_what_cannot_start(tmp_path: Path) -> None:
    check(Settings(db=str(tmp_path / "new.db")))
    with pytest.raises(UsageError, match="port must be between"):
        check(Settings(port=-1))
    with pytest.raises(UsageError, match="max_body_mb"):
        check(Settings(max_body_mb=0))
    with pytest.raises(UsageError, match="needs an existing store"):
        check(Settings(db=str(tmp_path / "new.db"), read_only=True))


def test_server_exposure_warning_and_banner() -> None:
    assert exposure_warning(Settings()) is None
    assert exposure_warning(Settings(host="0.0.0.0", token="t")) is None
    assert "without a token" in (exposure_warning(Settings(host="0.0.0.0")) or "")
    assert (
        banner(Settings(db="x.db", token="t"))
        == "newsgraph: serving x.db (read-write); open http://127.0.0.1:8000/?token=t"
    )


def test_server_banner_address_carries_the_token() -> None:
    assert address("127.0.0.1", 8000, "s3cret") == "http://127.0.0.1:8000/?token=s3cret"
    assert address("::1", 8000, None) == "http://[::1]:8000/"
