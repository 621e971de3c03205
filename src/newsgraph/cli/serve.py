"""`newsgraph serve`: the HTTP API and web UI over a store, under uvicorn.

Host, port, token, body size and read-only are settings (`newsgraph.settings`: config file,
NEWSGRAPH_* variables, `--set`); the options below override them."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsgraph.cli import app
from newsgraph.cli.options import ConfigOpt, SetOpt, setting_option, settings_from


@app.command()
def serve(
    db: Annotated[Path | None, typer.Option("--db", help="SQLite store (default: the `db` setting).")] = None,
    host: Annotated[str | None, setting_option("host")] = None,
    port: Annotated[int | None, setting_option("port", min=0, max=65535)] = None,
    read_only: Annotated[bool | None, setting_option("read_only")] = None,
    token: Annotated[str | None, setting_option("token")] = None,
    max_body_mb: Annotated[float | None, setting_option("max_body_mb", min=0.001)] = None,
    config: ConfigOpt = None,
    set_: SetOpt = None,
) -> int:
    """Serve the JSON API (/api/v1, schema at /openapi.json, docs at /docs) and the web UI (/)."""
    # FastAPI and uvicorn load here, for `serve` only: imported with the other commands they
    # would add about a second to every command.
    from newsgraph.api import server

    settings = settings_from(
        config, set_, db=db, host=host, port=port, read_only=read_only, token=token, max_body_mb=max_body_mb
    )
    server.check(settings)
    if warning := server.exposure_warning(settings):
        typer.echo(f"warning: {warning}", err=True)
    server.check_port(settings.host, settings.port)
    application = server.app_for(settings)
    typer.echo(server.banner(settings), err=True)
    server.run(application, settings)
    return 0
