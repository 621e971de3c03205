"""Print one stored article with its findings marked in the text (Rich styles on a terminal)."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from newsgraph.serialize import article_view_dict
from newsgraph.store.records import ArticleView

# One style per kind of mark; entities are underlined so quotes and events can colour them.
STYLES = {
    "quote": "italic green",
    "event": "bold yellow",
    "entity": "underline cyan",
    "place": "magenta",
    "date": "blue",
}


def article_row(view: ArticleView) -> dict[str, Any]:
    """The article with its findings in the one article shape (`serialize.article_view_dict`,
    also the API's): every field, for JSON, JSONL and CSV."""
    return article_view_dict(view)


def _actor(name: str | None, code: str | None) -> Text:
    return Text(f"{name or ''} [{code or '-'}]")


def print_article(view: ArticleView, console: Console | None = None) -> None:
    out = console or Console()
    article = view.analysis.article
    text = Text(article.text)
    # Wider marks first so narrower ones (an entity inside a quote) are styled on top.
    for mark in sorted(view.marks, key=lambda m: (m.start - m.end, m.start)):
        text.stylize(STYLES.get(mark.kind, "bold"), mark.start, mark.end)
    # Text everywhere: titles and names may hold "[...]", which Rich would read as markup.
    out.rule(Text(article.title or article.id))
    meta = [f"id {article.id}", f"published {article.published or 'unknown'}", f"source {view.document_uri}"]
    if article.agency:
        meta.append(f"agency {article.agency}")
    if article.dateline:
        meta.append(f"dateline {article.dateline}")
    if view.analysis.skipped:
        meta.append(f"not analysed: {view.analysis.skipped}")
    out.print(Text("  ".join(meta), style="dim"))
    out.print(text)
    legend = "  ".join(f"[{style}]{kind}[/]" for kind, style in STYLES.items())
    out.print(legend)
    if view.analysis.entities:
        table = Table(title="actors")
        for col in ("name", "kind", "code", "title", "mentions"):
            table.add_column(col)
        for e in view.analysis.entities:
            table.add_row(Text(e.name), e.kind, Text(e.code or ""), Text(e.title or ""), str(len(e.mentions)))
        out.print(table)
    if view.events:
        table = Table(title="events")
        for col in ("source", "cameo", "plover", "target", "goldstein", "date", "place"):
            table.add_column(col)
        for ev in view.events:
            table.add_row(_actor(ev.source_name, ev.source_code), ev.cameo, ev.plover or "",
                          _actor(ev.target_name, ev.target_code), f"{ev.goldstein:+.1f}",
                          ev.date or "", Text(ev.place_name or ""))  # fmt: skip
        out.print(table)
    if view.quotes:
        table = Table(title="quotes")
        for col in ("speaker", "via", "cue", "direct", "text"):
            table.add_column(col, overflow="fold")
        for q in view.quotes:
            table.add_row(Text(q.speaker_name or "(unknown)"), Text(", ".join(q.via)), q.cue or "",
                          "yes" if q.direct else "", Text(q.text))  # fmt: skip
        out.print(table)
