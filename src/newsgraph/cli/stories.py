"""`newsgraph stories`: stories in the store (articles grouped by what they report), and
`newsgraph stories show ID`: one story's articles and merged events with their counts."""

from __future__ import annotations

import dataclasses
from typing import Annotated

import typer

from newsgraph.cli import app
from newsgraph.cli.ingest import DbOpt
from newsgraph.cli.options import ConfigOpt, RowsFormatOpt, SetOpt, settings_from
from newsgraph.cli.paging import LimitOpt, Pager
from newsgraph.cli.render import Format, render
from newsgraph.store import open_store
from newsgraph.store.stories import stories, story

Opt = typer.Option
STORY_COLUMNS = ("id", "first_day", "last_day", "articles", "sources", "events", "label", "actors")
ARTICLE_COLUMNS = ("id", "day", "outlet", "title", "duplicate_of", "copies")
EVENT_COLUMNS = ("day", "source_name", "source_code", "cameo", "target_name", "target_code",
                 "num_mentions", "num_articles", "num_sources")  # fmt: skip

stories_app = typer.Typer(
    help="Stories: articles about the same happening, with their events counted once.",
    invoke_without_command=True,
    no_args_is_help=False,
)
app.add_typer(stories_app, name="stories")


@stories_app.callback(invoke_without_command=True)
def list_stories(
    ctx: typer.Context,
    actor: Annotated[str | None, Opt(help="An actor of the story (any spelling) contains this.")] = None,
    since: Annotated[str | None, Opt(help="Stories reported on or after this date (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[str | None, Opt(help="Stories reported on or before this date.")] = None,
    min_articles: Annotated[
        int, Opt("--min-articles", help="Only stories with at least this many articles.")
    ] = 1,
    limit: LimitOpt = None,
    format: RowsFormatOpt = Format.table,
    db: DbOpt = None,
    config: ConfigOpt = None,
    set_: SetOpt = None,
) -> None:
    """Stories, latest first, with their size, outlets and main actors."""
    if ctx.invoked_subcommand is not None:
        return
    settings = settings_from(config, set_, db=db)
    with open_store(settings.db, read_only=True) as store:
        pager = Pager(
            lambda n, at: stories(
                store, actor=actor, since=since, until=until, min_articles=min_articles, limit=n, offset=at
            ),
            limit,
            format,
            50,
        )
        render((dataclasses.asdict(s) for s in pager), format, STORY_COLUMNS, title="stories")
        pager.note()


@stories_app.command("show")
def show_story(
    story_id: Annotated[int, typer.Argument(help="Story id (see `newsgraph stories`).")],
    format: RowsFormatOpt = Format.table,
    db: DbOpt = None,
    config: ConfigOpt = None,
    set_: SetOpt = None,
) -> None:
    """One story: its articles (and their copies) and its merged events with counts."""
    settings = settings_from(config, set_, db=db)
    with open_store(settings.db, read_only=True) as store:
        view = story(store, story_id)
    if format is not Format.table:
        render([dataclasses.asdict(view)], format, ("story",), title="story")
        return
    s = view.story
    typer.echo(f"story {s.id}: {s.label or '(untitled)'}")
    typer.echo(
        f"{s.first_day} .. {s.last_day}   {s.articles} articles, {s.sources} outlets, {s.events} events"
    )
    if s.actors:
        typer.echo("actors: " + ", ".join(s.actors))
    render([dataclasses.asdict(a) for a in view.articles], format, ARTICLE_COLUMNS, title="articles")
    render([dataclasses.asdict(e) for e in view.events], format, EVENT_COLUMNS, title="events")
