"""Tests mirror the package: every source module with behaviour has a test module at the same
path under tests/ (src/newsgraph/store/lsh.py -> tests/store/test_lsh.py; a package's
__init__.py -> tests/<package>/test_<package>.py, or test_main.py where the __init__ is the
package's entry point, as cli's `main`; newsgraph/__init__.py -> tests/test_newsgraph.py), so a
newcomer finds a module's tests without searching."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "newsgraph"
TESTS = ROOT / "tests"

# Modules whose behaviour is exercised elsewhere, each for the reason given. Keep it short:
# a new module gets a test module, not a line here. (`__main__` needs no line: it defines
# nothing, it only runs cli.main, which tests/cli tests.)
ALLOWED: dict[str, str] = {}


def has_behaviour(path: Path) -> bool:
    """A module has behaviour when it defines at least one function or class; a module of
    imports, re-exports and constants (a package's __init__ exporting its stage) has none."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return any(isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) for n in tree.body)


def mirrored(module: Path) -> Path:
    """Where the test module of `module` (a path relative to src/newsgraph) lives."""
    if module.name == "__init__.py":
        package = module.parent.name or "newsgraph"
        return TESTS / module.parent / f"test_{package}.py"
    return TESTS / module.parent / f"test_{module.stem}.py"


def has_tests(module: Path) -> bool:
    """A test module at the mirrored path (for an entry-point __init__, test_main.py too)."""
    if mirrored(module).is_file():
        return True
    entry = TESTS / module.parent / "test_main.py"
    return (
        module.name == "__init__.py"
        and entry.is_file()
        and not (PACKAGE / module.parent / "main.py").exists()
    )


def modules_with_behaviour() -> list[Path]:
    return sorted(p.relative_to(PACKAGE) for p in PACKAGE.rglob("*.py") if has_behaviour(p))


def test_mirror_finds_behaviour_and_its_mirrored_path() -> None:
    modules = {str(m) for m in modules_with_behaviour()}
    assert {"store/lsh.py", "understand/docview.py", "model.py", "cli/__init__.py"} <= modules
    # Packages that only export their stage function have no behaviour of their own.
    assert "understand/quotes/__init__.py" not in modules
    assert mirrored(Path("store/lsh.py")) == TESTS / "store" / "test_lsh.py"
    assert mirrored(Path("cli/__init__.py")) == TESTS / "cli" / "test_cli.py"
    assert mirrored(Path("__init__.py")) == TESTS / "test_newsgraph.py"


def test_mirror_every_module_with_behaviour_has_a_test_module() -> None:
    missing = [
        f"{m} -> {mirrored(m).relative_to(ROOT)}"
        for m in modules_with_behaviour()
        if str(m) not in ALLOWED and not has_tests(m)
    ]
    assert not missing, "modules without a mirrored test module:\n" + "\n".join(missing)


def test_mirror_allow_list_names_only_real_modules_that_lack_one() -> None:
    for name in ALLOWED:
        assert (PACKAGE / name).is_file(), f"{name} is allowed but no longer exists"
        assert not has_tests(Path(name)), f"{name} has a test module now; drop it from ALLOWED"
