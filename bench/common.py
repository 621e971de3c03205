"""What the benchmarks share: the project root, and writing their section of a docs/*.md file."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCHMARKS = ROOT / "docs" / "benchmarks.md"


def replace_section(path: Path, heading: str, text: str) -> None:
    """Put `text` (which starts with `## heading`) in place of that section, or append it;
    the other sections, written by other benchmarks, are left as they are."""
    current = path.read_text(encoding="utf-8") if path.exists() else f"# {path.stem.title()}\n"
    marker = f"\n## {heading}\n"
    start = current.find(marker)
    if start == -1:
        current = current.rstrip("\n") + "\n\n" + text
    else:
        end = current.find("\n## ", start + 1)
        current = current[: start + 1] + text.rstrip("\n") + "\n" + (current[end:] if end != -1 else "")
    path.write_text(current.rstrip("\n") + "\n", encoding="utf-8")
