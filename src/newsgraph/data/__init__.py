"""The data files newsgraph ships (dictionaries, code tables, lexicons), and the one way to read them.

Every loader reads through here: `read_tsv("cameo/event_codes.tsv")`, `read_yaml("quote_cues.yaml")`,
`read_json("cameo_verbs.json")` name a file inside this package, found with `importlib.resources` so it is
read the same way from a checkout, a wheel or a zip. A `Path` instead of a name reads a file of the user's (the
`actors` and `event_patterns` settings), with the same rules.

The TSV rules, which every table here follows: lines that are blank or start with `#` are comments; the first
other line is the header; each row becomes a dict keyed by it. A row shorter than the header gets "" for
the cells it lacks, and cells past the header are dropped (a user's file may leave trailing columns out).
"""

from __future__ import annotations

import csv
import io
import json
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any


class HeaderError(ValueError):
    """A table's header lacks a column its reader needs."""


def location(name: str) -> Traversable:
    """The packaged file or folder `name` ("actors", "places/aliases.tsv")."""
    found = resources.files(__name__)
    for part in name.split("/"):
        found = found / part
    return found


def read_text(source: str | Path) -> str:
    """The text of a packaged file (by name) or of a user's file (by path)."""
    if isinstance(source, Path):
        return source.read_text(encoding="utf-8")
    return location(source).read_text(encoding="utf-8")


def read_tsv(
    source: str | Path, *, required: str | None = None, quoted: bool = False
) -> list[dict[str, str]]:
    """The rows of a TSV table, as dicts keyed by its header.

    `required` names a column the header must have (HeaderError otherwise). Cells are never quoted in the
    packaged tables (a `"` is a character like any other); `quoted=True` reads a user's file the way the
    csv module reads quoted cells, as the actor dictionary always has.
    """
    # Lines keep their ends, as when iterating over a file: a quoted cell may hold a line break.
    lines = [line for line in io.StringIO(read_text(source)) if line.strip() and not line.startswith("#")]
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_MINIMAL if quoted else csv.QUOTE_NONE)
    header = next(reader, [])
    if required is not None and required not in header:
        raise HeaderError(f"the first non-comment line must be a header with a {required!r} column")
    return [{column: row[i] if i < len(row) else "" for i, column in enumerate(header)} for row in reader]


def read_yaml(source: str | Path, loader: Any = None) -> Any:
    """A YAML file, read with `loader` (`safe_loader()` unless given one). A key written twice
    in one mapping is an error (yaml.YAMLError naming both lines), not a silent overwrite: in a
    dictionary or pattern file the second entry would otherwise drop the first without a word."""
    return yaml_module().load(read_text(source), Loader=_strict(loader or safe_loader()))


def yaml_module() -> Any:
    # yaml takes 30 ms to import, and only the stages' loaders need it: the store reads TSV only, so
    # `import newsgraph` goes without.
    import yaml

    return yaml


def safe_loader() -> Any:
    """yaml's SafeLoader on libyaml's parser where yaml was built with it (CSafeLoader: the same
    constructor and resolver, the same data from every packaged file, in a sixth of the time; 1.6 s
    of every process's start, a pool worker's inside the run, docs/benchmarks.md session 25)."""
    yaml = yaml_module()
    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


_STRICT: dict[Any, Any] = {}


def _strict(loader: Any) -> Any:
    """`loader` with mappings that refuse a repeated key."""
    if loader not in _STRICT:
        import yaml

        def mapping(self: Any, node: Any, deep: bool = False) -> Any:
            first: dict[Any, int] = {}
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=deep)
                line = key_node.start_mark.line + 1
                if key in first:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"key {key!r} written twice (lines {first[key]} and {line})", key_node.start_mark
                    )
                first[key] = line
            return loader.construct_mapping(self, node, deep)

        strict: Any = type(f"Strict{loader.__name__}", (loader,), {})
        strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
        _STRICT[loader] = strict
    return _STRICT[loader]


def read_json(source: str | Path) -> Any:
    return json.loads(read_text(source))
