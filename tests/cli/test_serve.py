"""`newsgraph serve`: its options override the settings host, port, token, max_body_mb and
read_only, which also come from the environment; a busy port fails before the banner."""

from __future__ import annotations

import socket
from pathlib import Path

from typer.testing import CliRunner

from newsgraph import errors
from newsgraph.cli import app


def _serve(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["serve", *args], env=env, catch_exceptions=False)
    return result.exit_code, result.stderr


def test_serve_on_a_busy_port_fails_before_the_banner(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        code, err = _serve("--db", str(tmp_path / "s.db"), "--port", str(port))
        assert code == errors.Unavailable.exit_code == 3
        assert f"port {port} on 127.0.0.1 is in use" in err and "serving" not in err
        # The port setting, from the environment, is used the same way.
        code, err = _serve("--db", str(tmp_path / "s.db"), env={"NEWSGRAPH_PORT": str(port)})
        assert code == 3 and f"port {port}" in err


def test_serve_read_only_setting_needs_an_existing_store(tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    code, err = _serve("--db", str(missing), env={"NEWSGRAPH_READ_ONLY": "true"})
    assert code == 2 and f"--read-only needs an existing store; {missing} does not exist" in err
    code, err = _serve("--db", str(missing), "--read-only")
    assert code == 2 and "needs an existing store" in err


def test_serve_warns_when_exposed_without_a_token(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("0.0.0.0", 0))
        busy.listen(1)
        port = str(busy.getsockname()[1])
        code, err = _serve("--db", str(tmp_path / "s.db"), "--host", "0.0.0.0", "--port", port)
        assert code == 3 and "warning: serving on 0.0.0.0 without a token" in err
        code, err = _serve("--db", str(tmp_path / "s.db"), "--host", "0.0.0.0", "--port", port,
                           env={"NEWSGRAPH_TOKEN": "s3cret"})  # fmt: skip
        assert code == 3 and "warning" not in err


def test_serve_option_ranges_are_checked(tmp_path: Path) -> None:
    code, err = _serve("--db", str(tmp_path / "s.db"), "--port", "70000")
    assert code == 2 and "--port" in err
    code, err = _serve("--db", str(tmp_path / "s.db"), "--max-body-mb", "0")
    assert code == 2 and "--max-body-mb" in err
    code, err = _serve("--db", str(tmp_path / "s.db"), env={"NEWSGRAPH_PORT": "70000"})
    assert code == 2 and "port must be between 0 and 65535, got 70000" in err
