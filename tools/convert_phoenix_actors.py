#!/usr/bin/env python3
"""Convert the Phoenix/PETRARCH2 actor and agent dictionaries into newsgraph's dated actor data.

Usage (from the project root):

    python tools/convert_phoenix_actors.py ../shared/reference/petrarch2 src/newsgraph/data/actors/phoenix

Reads `Phoenix.Countries.actors.txt`, `Phoenix.International.actors.txt`, `Phoenix.MilNonState.actors.txt` and
`Phoenix.agents.txt` (MIT, Open Event Data Alliance; openeventdata/petrarch2, commit in SOURCE_COMMIT below) and
writes, into the output folder:

- `actors.tsv`: one row per dictionary entry: `names` (every name variant, `|`-separated, words joined by spaces
  as written in the source), `codes` (space-separated; `CODE` holds at any date, `CODE@FROM-TO` holds between two
  ISO dates given as YYYYMMDD, either end may be empty), `file` (C countries, I international, M armed non-state).
- `agents.tsv`: one row per role phrase: `phrase` (lower case, macros and plurals expanded) and `code` (the
  CAMEO role codes the phrase adds to a country, e.g. `GOV`, `GOVMIL`, `OPP`).
- `LICENSE` (the MIT notice of the source) and `README.md` (source, commit, counts).

The TABARI format (see the files' headers): an entry is a phrase with words joined by `_`; lines starting with `+`
are further names of the entry above; codes stand in brackets on the entry's line or on tab-indented lines below,
each optionally with a date range `YYMMDD-YYMMDD`, `>YYMMDD` (from) or `<YYMMDD` (until); `#` starts a comment.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

SOURCE_REPO = "https://github.com/openeventdata/petrarch2"
SOURCE_COMMIT = "676801cd9cb2924bbbad09f86d15c9323e7097bf"
ACTOR_FILES = (
    ("C", "Phoenix.Countries.actors.txt"),
    ("I", "Phoenix.International.actors.txt"),
    ("M", "Phoenix.MilNonState.actors.txt"),
)
_CODE = re.compile(r"\[([^\]]*)\]")
_BAD_CODE = re.compile(r"[^A-Z]")


@dataclass
class Entry:
    names: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)


def _date(text: str) -> str:
    """A TABARI date as YYYYMMDD: six digits are YYMMDD (years before 30 are 20xx, as TABARI reads them); eight
    or more digits starting 19/20 are YYYYMMDD (a few entries give the full year, some with a stray digit)."""
    digits = re.sub(r"\D", "", text)
    if len(digits) >= 8 and digits[:2] in ("19", "20"):
        return digits[:8]
    if len(digits) >= 6:
        yy = int(digits[:2])
        return f"{2000 + yy if yy < 30 else 1900 + yy}{digits[2:6]}"
    return ""


def _code(bracket: str) -> str | None:
    """`GBRGOV 970502-070627` -> `GBRGOV@19970502-20070627`; None for an empty or `---` code."""
    parts = bracket.replace("> ", ">").replace("< ", "<").split()
    if not parts or _BAD_CODE.search(parts[0]) or len(parts[0]) < 3:
        return None
    code = parts[0]
    if len(parts) == 1:
        return code
    rng = "".join(parts[1:])
    if rng.startswith(">"):
        return f"{code}@{_date(rng[1:])}-"
    if rng.startswith("<"):
        return f"{code}@-{_date(rng[1:])}"
    start, _, end = rng.partition("-")
    return f"{code}@{_date(start)}-{_date(end)}"


def _name(raw: str) -> str:
    """`TONY_BLAIR_` -> `TONY BLAIR`; a parenthesised acronym inside a name is dropped (kept as written nowhere)."""
    text = re.sub(r"\([^)]*\)", " ", raw).replace("_", " ")
    return " ".join(text.split())


def read_actors(path: Path) -> Iterator[Entry]:
    entry: Entry | None = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body = line.split("#", 1)[0]
        if not body.strip():
            continue
        codes = [c for c in (_code(m) for m in _CODE.findall(body)) if c]
        text = _CODE.sub(" ", body).strip()
        if line[:1] in ("\t", " ") and not text:
            if entry is not None:
                entry.codes.extend(codes)
            continue
        if text.startswith("+"):
            if entry is None:
                continue
            names = [_name(n) for n in text.split("+")]
            entry.names.extend(n for n in names if n)
            entry.codes.extend(codes)
            continue
        if entry is not None and entry.names and entry.codes:
            yield entry
        entry = Entry(names=[n for n in (_name(x) for x in text.split("+")) if n], codes=codes)
    if entry is not None and entry.names and entry.codes:
        yield entry


def read_agents(path: Path) -> Iterator[tuple[str, str]]:
    """(phrase, role codes) for every agent phrase, `!MACRO!`s and `{plural}` forms expanded."""
    macros: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body = line.split("#", 1)[0].strip()
        if not body:
            continue
        macro = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", body)
        if macro:
            macros[macro.group(1)] = [w.strip() for w in macro.group(2).split(",") if w.strip()]
            continue
        found = _CODE.search(body)
        if not found or not found.group(1).strip().startswith("~"):
            continue
        code = found.group(1).strip()[1:].split()[0]
        head = body[: found.start()]
        plural = re.search(r"\{([^}]*)\}", head)
        phrase = re.sub(r"\{[^}]*\}", " ", head).strip()
        forms = [phrase]
        if plural is not None and plural.group(1).strip():
            forms.append(plural.group(1).strip())
        elif plural is None or phrase.endswith("MAN"):
            # TABARI adds a regular plural unless told otherwise; an empty "{}" tells it not to, which the file
            # writes after "-MAN" ("AIRMAN {}", "GUNMAN {}") because "-MANS" is wrong, not because "-MEN" is.
            forms.extend(_plural(phrase))
        for form in forms:
            for expanded in _expand(form, macros):
                words = " ".join(expanded.replace("_", " ").lower().split())
                if words:
                    yield words, code


def _plural(phrase: str) -> list[str]:
    """The regular English plural of a phrase's last word, as PETRARCH makes it: "EMISSARY" -> "EMISSARIES",
    "AIRMAN" -> "AIRMEN", "WITNESS" -> "WITNESSES", "SOLDIER" -> "SOLDIERS"; none for a word already plural or a
    macro. The file's header says regular plurals were removed because the coder makes them."""
    last = phrase.rsplit("_", 1)[-1]
    if phrase.endswith("!") or (last.endswith("S") and not last.endswith("SS")) or last.endswith("ISH"):
        return []  # already plural, a macro, or an adjective ("JEWISH")
    if re.search(r"[^AEIOU]Y$", last):
        return [phrase[:-1] + "IES"]
    if last.endswith(("SS", "SH", "CH", "X", "Z")) and not last.endswith("ARCH"):  # "MONARCH" -> "MONARCHS"
        return [phrase + "ES"]
    if last.endswith("MAN") and last not in ("HUMAN", "GERMAN", "ROMAN", "OTTOMAN"):
        return [phrase[:-3] + "MEN"]
    return [phrase + "S"]


def _expand(form: str, macros: dict[str, list[str]]) -> Iterator[str]:
    found = re.search(r"![A-Z]+!", form)
    if found is None:
        yield form
        return
    for value in macros.get(found.group(0), []):
        # A macro glued to a word ("POLICE!PERSON!") is a compound written as one word ("policeman").
        yield from _expand(form[: found.start()] + value.lower() + form[found.end() :], macros)


def _licence(source: Path) -> str:
    return (source / "LICENSE").read_text(encoding="utf-8")


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    source, out = Path(argv[1]), Path(argv[2])
    out.mkdir(parents=True, exist_ok=True)
    counts: dict[str, tuple[int, int]] = {}
    with (out / "actors.tsv").open("w", encoding="utf-8") as fh:
        fh.write(
            f"# Converted by tools/convert_phoenix_actors.py from {SOURCE_REPO} @ {SOURCE_COMMIT} (MIT)\n"
        )
        fh.write("names\tcodes\tfile\n")
        for tag, name in ACTOR_FILES:
            entries = list(read_actors(source / name))
            for e in entries:
                names = list(dict.fromkeys(e.names))
                fh.write(f"{'|'.join(names)}\t{' '.join(dict.fromkeys(e.codes))}\t{tag}\n")
            counts[name] = (len(entries), sum(len(e.names) for e in entries))
    agents = dict.fromkeys(read_agents(source / "Phoenix.agents.txt"))
    with (out / "agents.tsv").open("w", encoding="utf-8") as fh:
        fh.write(
            f"# Converted by tools/convert_phoenix_actors.py from {SOURCE_REPO} @ {SOURCE_COMMIT} (MIT)\n"
        )
        fh.write("phrase\tcode\n")
        for phrase, code in agents:
            fh.write(f"{phrase}\t{code}\n")
    (out / "LICENSE").write_text(_licence(source), encoding="utf-8")
    lines = [f"- `{n}`: {e} entries, {v} names" for n, (e, v) in counts.items()]
    (out / "README.md").write_text(
        "# Phoenix/PETRARCH2 actor dictionaries, converted\n\n"
        f"Source: {SOURCE_REPO}, folder `petrarch2/data/dictionaries/`, commit {SOURCE_COMMIT} (2019-03-18).\n"
        "Licence: MIT, Copyright (c) 2014 Open Event Data Alliance: see `LICENSE` beside this file.\n"
        "Converted by `tools/convert_phoenix_actors.py`; do not edit by hand, re-run the script.\n"
        "Format and precedence: docs/actors.md.\n\n"
        + "\n".join(lines)
        + f"\n- `Phoenix.agents.txt`: {len(agents)} role phrases\n",
        encoding="utf-8",
    )
    print("\n".join(lines), f"agents: {len(agents)}", sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
