"""The package's imports point down its layers and go round no cycle; docs/architecture.md draws the
same layers and names every module.

Every `import` and `from ... import` in src/newsgraph is read with `ast`: module level, inside
functions and under `if TYPE_CHECKING:` alike, since a function-local import is a dependency
all the same. An edge goes from the importing module to the module imported (`from newsgraph
import model` names the module `newsgraph.model`; `from newsgraph.store import open_store` names
`newsgraph.store`).

Decisions the table below encodes:

- `registry.py` (bottom) names the built-in reader, exporter and scorer modules as strings and
  imports them with importlib when a component is first asked for. That is the plugin mechanism
  (the same path as the `newsgraph.plugins` entry points): the registry depends on no code of
  theirs, the modules register themselves with it. Strings are not imports, so it is not an
  upward edge; `test_registry_builtins_are_modules` keeps the names true.
- `testing/` (synthetic wire copy, the places cases) builds test inputs through the real
  extractor, like the tests and bench that use it, so it sits with the faces: it may import
  any layer, and nothing in the package may import it.
- Type-only imports (under `if TYPE_CHECKING:`) count for the layers, since naming a type is a
  dependency, but not for cycles: they never run, so they cannot make an import cycle.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import newsgraph
from newsgraph import registry

SRC = Path(newsgraph.__file__).resolve().parent
ARCHITECTURE = Path(__file__).resolve().parents[1] / "docs" / "architecture.md"

# The one table of layers, bottom (0) to top (3), by the first name under `newsgraph`.
# "" is the package root (`newsgraph/__init__.py`: open() and ingest(), the Python face).
LAYERS: dict[str, int] = {
    # bottom: records, errors, settings, the registry, data and the formats made from records
    "model": 0,
    "errors": 0,
    "settings": 0,
    "registry": 0,
    "roles": 0,
    "datelines": 0,
    "data": 0,
    "codec": 0,
    "serialize": 0,
    # stages and the store: siblings, see SIDEWAYS
    "sources": 1,
    "extract": 1,
    "parse": 1,
    "understand": 1,
    "store": 1,
    # orchestration
    "pipeline": 2,
    "ingestion": 2,
    # faces
    "distributed": 3,
    "evaluate": 3,
    "cli": 3,
    "api": 3,
    "": 3,
    "__main__": 3,
    "testing": 3,
}

# The only imports allowed between different packages of one layer above the bottom, with
# the reason. (The bottom's modules may use each other; the cycle check keeps that a tree.)
SIDEWAYS: dict[tuple[str, str], str] = {
    # A reader checks the `segment` setting before any work, and warns when a JSONL date field
    # holds a date the extractor's date rules cannot read; both rules live in extract.
    ("sources", "extract"): "readers apply the extractor's own rules early",
    ("understand", "parse"): "the stages read the Doc the parse made",
    ("ingestion", "pipeline"): "ingestion runs the pipeline and writes what it returns",
    ("cli", "api"): "`newsgraph serve` starts the API",
    ("cli", "evaluate"): "`newsgraph eval` runs the scorers",
    ("cli", "distributed"): "`newsgraph ingest --engine dask` runs on Dask",
    ("__main__", "cli"): "`python -m newsgraph` is the CLI",
    ("testing", "evaluate"): "the places cases measure distance as the seed eval does (`km`)",
}


@dataclass(frozen=True)
class Edge:
    source: str  # dotted module name
    target: str
    path: Path
    line: int
    type_only: bool

    def where(self) -> str:
        return f"{self.path.relative_to(SRC.parent)}:{self.line}: {self.source} -> {self.target}"


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(SRC.rglob("*.py"))}


def _type_checking_lines(tree: ast.Module) -> set[int]:
    """Line numbers of the imports under `if TYPE_CHECKING:` (or `typing.TYPE_CHECKING`)."""
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and ast.unparse(node.test) in {"TYPE_CHECKING", "typing.TYPE_CHECKING"}:
            for child in node.body:
                lines.update(n.lineno for n in ast.walk(child) if isinstance(n, ast.Import | ast.ImportFrom))
    return lines


def _targets(
    node: ast.Import | ast.ImportFrom, source: str, is_package: bool, known: set[str]
) -> Iterator[str]:
    if isinstance(node, ast.Import):
        yield from (alias.name for alias in node.names)
        return
    base = node.module or ""
    if node.level:
        package = source.split(".") if is_package else source.split(".")[:-1]
        anchor = package[: len(package) - node.level + 1]
        base = ".".join([*anchor, base] if base else anchor)
    for alias in node.names:
        sub = f"{base}.{alias.name}"
        yield sub if sub in known else base


def edges() -> list[Edge]:
    found = modules()
    known = set(found)
    out: list[Edge] = []
    for source, path in found.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        type_only = _type_checking_lines(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Import | ast.ImportFrom):
                continue
            for target in _targets(node, source, path.name == "__init__.py", known):
                if target == "newsgraph" or target.startswith("newsgraph."):
                    out.append(Edge(source, target, path, node.lineno, node.lineno in type_only))
    # One edge per (module, line, target), however many names the line imports.
    return sorted(set(out), key=lambda e: (str(e.path), e.line, e.target))


def package(module: str) -> str:
    """The first name under `newsgraph` ("" for the root), the unit the layers are drawn in."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def upward(edge: Edge) -> str | None:
    """Why this edge breaks the layering, or None when it points down or stays in its package."""
    a, b = package(edge.source), package(edge.target)
    if a == b:
        return None
    if LAYERS[b] > LAYERS[a]:
        return f"layer {LAYERS[a]} imports layer {LAYERS[b]}"
    if LAYERS[b] == LAYERS[a] > 0 and (a, b) not in SIDEWAYS:
        return f"sideways in layer {LAYERS[a]}, not in SIDEWAYS"
    return None


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), and self-imports."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1 or node in graph.get(node, ()):
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_every_package_has_a_layer() -> None:
    missing = sorted({package(m) for m in modules()} - set(LAYERS))
    assert not missing, f"add these to LAYERS in tests/test_layers.py and docs/architecture.md: {missing}"


def test_imports_point_down() -> None:
    bad = [f"{e.where()} ({why})" for e in edges() if (why := upward(e))]
    assert not bad, "imports that point up or sideways a layer:\n" + "\n".join(bad)


def test_no_import_cycles() -> None:
    run = [e for e in edges() if not e.type_only]
    graph: dict[str, set[str]] = {}
    for e in run:
        graph.setdefault(e.source, set()).add(e.target)
    report = []
    for component in cycles(graph):
        members = set(component)
        report.append(" <-> ".join(component))
        report += [f"    {e.where()}" for e in run if e.source in members and e.target in members]
    assert not report, "import cycles:\n" + "\n".join(report)


def test_registry_builtins_are_modules() -> None:
    # The registry's strings are its only reach upward (see the module docstring): they must
    # name real modules, or a built-in would go missing only when first asked for.
    known = set(modules())
    assert set(registry._BUILTINS) <= known, set(registry._BUILTINS) - known


def test_the_walker_sees_every_kind_of_import() -> None:
    # The checks above are only as good as the walk: hand it a module with each kind.
    source = (
        "from __future__ import annotations\n"
        "import typing\n"
        "from typing import TYPE_CHECKING\n"
        "import newsgraph.store\n"
        "from newsgraph import model, open\n"
        "from . import tokens\n"
        "if TYPE_CHECKING:\n"
        "    from newsgraph.api.app import create_app\n"
        "def f() -> None:\n"
        "    from newsgraph.cli import app\n"
    )
    tree = ast.parse(source)
    known = {"newsgraph.model", "newsgraph.parse.tokens", "newsgraph.api.app", "newsgraph.store"}
    imports = [n for n in ast.walk(tree) if isinstance(n, ast.Import | ast.ImportFrom)]
    found = [t for n in imports for t in _targets(n, "newsgraph.parse.nlp", False, known)]
    assert sorted(t for t in found if t.startswith("newsgraph")) == [
        "newsgraph",
        "newsgraph.api.app",
        "newsgraph.cli",
        "newsgraph.model",
        "newsgraph.parse.tokens",
        "newsgraph.store",
    ]
    assert _type_checking_lines(tree) == {8}
    edge = Edge("newsgraph.parse.nlp", "newsgraph.api.app", SRC / "parse" / "nlp.py", 8, True)
    assert upward(edge) == "layer 1 imports layer 3"
    assert upward(Edge("newsgraph.store.rows", "newsgraph.understand", SRC, 1, False)) is not None
    assert upward(Edge("newsgraph.sources.jsonl", "newsgraph.extract.dates", SRC, 1, False)) is None
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"a"}}) == [["a"]]


def _doc_section(heading: str) -> str:
    text = ARCHITECTURE.read_text(encoding="utf-8")
    start = text.index(f"\n## {heading}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def test_architecture_doc_draws_the_layers_of_this_table() -> None:
    # The diagram's rows: " 3  faces           cli/  api/  ...": layer, label, then names.
    drawn: dict[str, int] = {}
    for layer, names in re.findall(r"^ (\d)  \S.*?   +(\S.*)$", _doc_section("Layers"), flags=re.M):
        for name in names.split():
            stem = name.removesuffix("/").removesuffix(".py")
            drawn["" if stem == "__init__" else stem] = int(layer)
    assert drawn == LAYERS


def documented_modules() -> set[str]:
    """The modules the trees under "## Modules" name: a line's indent (two spaces a level) says
    which package above it the file or folder is in."""
    section = _doc_section("Modules").split("### Outside the package")[0]
    found: set[str] = set()
    folders: list[str] = []
    for block in re.findall(r"```\n(.*?)```", section, flags=re.S):
        for line in block.splitlines():
            m = re.match(r"( *)(\S+)(?:  |$)", line)
            if not m or not m.group(2).endswith(("/", ".py")):
                continue  # a continuation line of a description
            depth = len(m.group(1)) // 2
            del folders[depth:]
            if m.group(2).endswith("/"):
                folders.append(m.group(2).removesuffix("/"))
            else:
                stem = m.group(2).removesuffix(".py")
                found.add(".".join(["newsgraph", *folders, *([] if stem == "__init__" else [stem])]))
    return found


def test_architecture_doc_names_every_module() -> None:
    known = set(modules())
    listed = documented_modules()
    assert not known - listed, f"add to docs/architecture.md, under their layer: {sorted(known - listed)}"
    assert not listed - known, f"docs/architecture.md names modules that are gone: {sorted(listed - known)}"


def test_reading_a_store_loads_no_stage_and_no_model() -> None:
    # A reader of a store (the API's read routes, a notebook) must not pay for spaCy and the
    # stages: `newsgraph.ingest` is loaded on first use, not by `import newsgraph`.
    probe = (
        "import sys, newsgraph.store, newsgraph.serialize; "
        "print(sorted(m for m in sys.modules if m.startswith(('newsgraph.understand', "
        "'newsgraph.pipeline', 'newsgraph.ingestion', 'spacy'))))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout


def test_newsgraph_ingest_is_the_function_whatever_was_imported_first() -> None:
    probe = (
        "import newsgraph, newsgraph.ingestion, inspect; "
        "print(inspect.isfunction(newsgraph.ingest), newsgraph.ingest is newsgraph.ingestion.ingest)"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "True"]
