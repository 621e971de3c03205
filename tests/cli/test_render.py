"""Rows as a Rich table, JSON, JSONL or CSV: text shown as written, snippets centred on their match."""

from __future__ import annotations

import datetime as dt
import io
import json

from newsgraph.cli.render import Format, centred, highlighted, render

ROWS = [{"title": "Talks [resume]", "day": dt.date(2025, 3, 4), "actors": ["FIN", "EST"], "n": 2}]


def _rendered(fmt: Format) -> str:
    out = io.StringIO()
    assert render(iter(ROWS), fmt, ("title", "day", "actors"), out=out) == 1
    return out.getvalue()


def test_render_every_format_writes_the_rows() -> None:
    assert json.loads(_rendered(Format.json)) == [
        {"title": "Talks [resume]", "day": "2025-03-04", "actors": ["FIN", "EST"], "n": 2}
    ]
    assert json.loads(_rendered(Format.jsonl)) == json.loads(_rendered(Format.json))[0]
    assert _rendered(Format.csv).splitlines() == ["title,day,actors", "Talks [resume],2025-03-04,FIN; EST"]
    table = _rendered(Format.table)
    assert "Talks [resume]" in table and "FIN; EST" in table and "n" not in table.split("title", 1)[0]


def test_render_table_cells_keep_square_brackets() -> None:
    out = io.StringIO()
    render([{"title": "Ministers sign the [treaty] text", "snippet": "…the [treaty] was signed"}], Format.table,
           ("title", "snippet"), out=out, snippets=("snippet",))  # fmt: skip
    assert "Ministers sign the [treaty] text" in out.getvalue()
    assert "…the [treaty] was signed" in out.getvalue()


def test_render_snippet_is_centred_on_its_match() -> None:
    snippet = "…" + "words before the match, " * 4 + "[radar] and then the words after it, " * 3 + "end…"
    shown, spans = centred(snippet)
    assert len(shown) == 60 and "[radar]" in shown
    assert shown.startswith("…") and shown.endswith("…")
    left, right = shown.index("[radar]"), 60 - shown.index("[radar]") - len("[radar]")
    assert abs(left - right) <= 2
    assert shown[spans[0][0] : spans[0][1]] == "[radar]"
    assert centred("short [one]") == ("short [one]", [(6, 11)])
    assert centred("end of one.\n\nNext [one]")[0] == "end of one.  Next [one]"


def test_render_snippet_uses_the_search_s_matches_over_brackets_in_the_text() -> None:
    snippet = "[sic] " + "filler words here, " * 5 + "the [radar] posts"
    at = snippet.index("[radar]")
    shown, spans = centred(snippet, [(at, at + 7)], width=40)
    assert [shown[s:e] for s, e in spans] == ["[radar]"]
    text = highlighted(shown, spans)
    assert [text.plain[s.start : s.end] for s in text.spans] == ["[radar]"]
    out = io.StringIO()
    render([{"snippet": snippet, "matches": [(at, at + 7)]}], Format.table, ("snippet",), out=out, snippets=("snippet",))
    assert "[radar]" in out.getvalue()


def test_render_highlighted_styles_each_match_with_its_brackets() -> None:
    text = highlighted("the [radar] and [border] posts")
    assert text.plain == "the [radar] and [border] posts"
    assert [(s.start, s.end) for s in text.spans] == [(4, 11), (16, 24)]
