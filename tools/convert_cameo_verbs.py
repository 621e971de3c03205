#!/usr/bin/env python3
"""Convert PETRARCH2's CAMEO verb dictionary into newsgraph's imported verb table.

Usage:
  python tools/convert_cameo_verbs.py ../shared/reference/petrarch2/CAMEO.2.0.txt \
      src/newsgraph/data/cameo_verbs.json

Source: openeventdata/petrarch2, petrarch2/data/dictionaries/CAMEO.2.0.txt, commit
676801cd9cb2924bbbad09f86d15c9323e7097bf (2019-03-18), MIT licence (Copyright (c) 2015 Open
Event Data Alliance); the notice is repeated in the output's header.

The dictionary is a list of verb blocks (a synonym set with a default code) and phrase
patterns ("- * SANCTIONS (ON) [163]": the verb, its object words, a prepositional phrase). The
JSON written here keeps, per block, what newsgraph's dependency matcher can test:

  verbs     [lemma or "lemma particle", own code or null ("-": no default for this verb)]
  code      the block's default code (null when not imported, see _default_ok)
  patterns  [code, particle, object words, prep, prep-object words, subject words]; code "-" is
            a recognised non-event (the dictionary's [---], and the 01x statement codes,
            which the guidelines do not code as events); a word "&name" is a synonym set
  sets      the synonym sets the patterns name, with their one-word members
  forms     irregular forms the dictionary lists for a one-word verb ("overflew": "overfly")

newsgraph.understand.codebook.read_imported_verbs reads it: patterns need all their words,
defaults hold only when a target actor is found.

What is dropped, and why: the dictionary's source/target markers ($ + ^ %) are positions in a
flat phrase, which the dependency parse gives directly; a second prepositional phrase is
dropped (the pattern then asks less, never something else); a pattern's second code
("[042:043]", the reverse event) is dropped; synonym sets (&WEAPON) stay references, shipped with their
one-word members; a block's default code is kept only where it is specific (_default_ok);
verbs whose everyday sense is not political ("match", "go", "hit") keep their
patterns but not the block's default code (STOP_DEFAULTS); a preposition written without
parentheses heads its phrase ("- * FROM &DETENTION"), and alone ("- * INTO") the pattern is
dropped. Within a block, patterns that name words come before those naming only a preposition
or particle, the order the codebook keeps between patterns of equal weight.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

SOURCE_COMMIT = "676801cd9cb2924bbbad09f86d15c9323e7097bf"
PARTICLES = frozenset({"up", "out", "off", "down", "back", "away", "over", "in", "on", "forward", "aside"})
# Verbs whose commonest sense in news is not the block's event: the default would code
# sport, business and everyday motion ("Arsenal hit three goals", "prices went up").
STOP_DEFAULTS = frozenset(
    {
        "go", "come", "get", "make", "take", "put", "set", "hit", "match", "hammer", "kick", "pit",
        "beat", "cross", "run", "move", "turn", "bring", "carry", "hold", "keep", "hear", "see",
        "look", "seem", "appear", "play", "score", "win", "lose", "pass", "post", "place", "base",
        "stand", "meet", "call", "open", "close", "cut", "drop", "fall", "rise", "raise", "lift",
        "push", "pull", "draw", "fire", "shoot", "strike", "charge", "press", "address", "mark",
        "note", "observe", "point", "show", "tell", "say", "state", "report", "add", "consider",
        "hope", "expect", "plan", "prepare", "work", "help", "serve", "introduce", "present",
        "pose", "head", "lead", "follow", "join", "leave", "return", "reach", "land", "arrive",
        "travel", "fly", "drive", "sail", "ride", "walk", "enter", "exit", "use", "need", "want",
        "like", "love", "hate", "feel", "think", "believe", "know", "find", "discover", "record",
        "quarrel", "conflict", "duel", "grapple", "clobber", "pummel",
    }
)  # fmt: skip
PREPOSITIONS = frozenset(
    {"about", "across", "against", "at", "by", "for", "from", "into", "of", "onto", "over", "to", "toward",
     "towards", "under", "upon", "with", "within", "without"}
)  # fmt: skip
_CODE = re.compile(r"\[([^\]]*)\]")


def _words(text: str) -> list[str]:
    """A run's words: "SPECIAL_CLAUSE" is two words that must both hold, as "{AIR STRIKE}" is;
    an article ("CALL * A DEVIL") is no word the parse's object can name."""
    words = [w.lower() for w in text.replace("_", " ").split()]
    return [w for w in words if w not in ("a", "an", "the")]


def read_sets(lines: list[str]) -> dict[str, list[str]]:
    """&NAME -> its one-word members (multi-word members cannot be one dependency word)."""
    sets: dict[str, list[str]] = {}
    name = None
    for line in lines:
        s = line.split("#", 1)[0].strip()
        if s.startswith("&"):
            name = s.rstrip("_")
            sets[name] = []
        elif s.startswith("+") and name:
            word = s[1:].strip("_ ")
            if word and "_" not in word:
                sets[name].append(word.lower())
        elif not s:
            continue
        else:
            name = None
    return sets


def _code(raw: str) -> str | None:
    """The pattern's own code: "-" for a non-event, None when it has none."""
    first = raw.split(":", 1)[0].strip()
    if not first:
        return None
    if first == "---" or first.startswith("01"):
        return "-"
    return first if first.isdigit() else None


def _phrase(tokens: list[str]) -> list[str]:
    """The words of a run that must all hold; a synonym set stays a reference ("&weapon")."""
    out: list[str] = []
    for t in tokens:
        if t in ("$", "+", "^", "%") or not t:
            continue
        out += [t.rstrip("_").lower()] if t.startswith("&") else _words(t)
    return out


def parse_pattern(body: str) -> list[object] | None:
    """[particle, object words, prep, pobj words, subject words] of one "- pre * post" body
    (code and comment already removed); None when newsgraph cannot test it."""
    if "*" not in body:
        return None
    pre, post = body.split("*", 1)
    pre_words = [w for w in pre.replace("{", " ").replace("}", " ").split() if w not in ("$", "+", "^", "%")]
    if len(pre_words) > 1:
        return None  # a multi-word subject phrase ("WHEN A SMALL AIRCRAFT") is no head word
    groups = re.findall(r"\(([^)]*)\)", post)
    flat = re.sub(r"\([^)]*\)", " ", post).replace("{", " ").replace("}", " ").split()
    particle = ""
    if flat and flat[0].lower() in PARTICLES:
        particle = flat.pop(0).lower()
    prep, pobj = "", []
    if groups:
        words = groups[0].replace("{", " ").replace("}", " ").split()
        if words and not words[0].startswith("&") and words[0] not in ("$", "+", "^", "%"):
            prep = words[0].lower()
            pobj = _phrase(words[1:])
    elif flat and flat[0].lower() in PREPOSITIONS:
        # "- * FROM &DETENTION [0841]": a preposition written without its parentheses still
        # heads a prepositional phrase, never the verb's object. Alone ("- * INTO [190]" for
        # every verb of the continue/advance/proceed block) it names no event: dropped.
        if len(flat) == 1:
            return None
        prep, pobj, flat = flat[0].lower(), _phrase(flat[1:]), []
    return [particle, _phrase(flat), prep, pobj, _phrase(pre_words)]


def _default_ok(code: str) -> bool:
    """Whether a synonym block's default code is imported. A block's default is only as good as
    its weakest synonym: it is kept for material and hostile acts (07-20) and the specific
    cooperation codes (05x/06x but not the generic 050/060), never for 02-04, whose blocks
    (HOPE, GO_SOMEWHERE, HEAR, PREPARE, CONSIDER) mostly gather verbs that report no event.
    A verb's own code on its line is always kept."""
    return code[:2] >= "07" or (code[:2] in ("05", "06") and code not in ("050", "060"))


def _verb_line(line: str) -> tuple[str, str | None] | None:
    """(verb key, own code) of a block's verb line: "ASK [020]", "+ASK_FOR {...} [020]"."""
    s = line.split("#", 1)[0]
    code_m = _CODE.search(s)
    code = _code(code_m.group(1)) if code_m else None
    head = re.sub(r"\{[^}]*\}", " ", _CODE.sub(" ", s)).split()
    if not head:
        return None
    word = head[0]
    if word.startswith("+"):
        parts = word[1:].strip("_").lower().split("_")
        if len(parts) != 2 or not parts[1] or parts[1] in ("and", "or"):
            return None
        return " ".join(parts), code
    if "_" in word.strip("_") or (not word.isalpha() and "-" not in word):
        return None
    return word.strip("_").lower(), code


def convert(text: str) -> dict[str, object]:
    lines = text.splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.startswith("####### VERB PATTERNS"))
    end = next(i for i, ln in enumerate(lines) if ln.startswith("######## TRANSFORMATIONS"))
    blocks: list[dict[str, Any]] = []
    block: dict[str, Any] = {}
    forms: dict[str, str] = {}
    for line in lines[start + 1 : end]:
        if line.startswith("---"):
            m = _CODE.search(line)
            block = {"name": line.strip("- ").split()[0], "verbs": [], "patterns": []}
            block_code = _code(m.group(1)) if m else None
            block["code"] = block_code if block_code and _default_ok(block_code) else None
            blocks.append(block)
            continue
        if not line.strip() or line.startswith("#") or not block:
            continue
        if line.startswith("-"):
            m = _CODE.search(line)
            code = _code(m.group(1)) if m else None
            parsed = parse_pattern(line[1 : m.start()]) if m and code else None
            patterns = block["patterns"]
            assert isinstance(patterns, list)
            if parsed is not None and [code, *parsed] not in patterns:
                patterns.append([code, *parsed])
            continue
        parsed_verb = _verb_line(line)
        if parsed_verb is None:
            continue
        verb, own = parsed_verb
        forms.update(_irregular_forms(line, verb))
        if own is None and verb in STOP_DEFAULTS:
            own = "-"  # patterns still apply; the block's default does not
        verbs = block["verbs"]
        assert isinstance(verbs, list)
        verbs.append([verb, own])
    for b in blocks:
        # A pattern that names words goes before one that names only a preposition or particle
        # ("- * (TO) [042]" after "- * AID [070]"): the codebook keeps this order between
        # patterns of equal weight, and "rushed aid to X" is aid before it is a visit.
        b["patterns"].sort(key=lambda p: not (p[2] or p[4] or p[5]))
    used = {
        w[1:]
        for b in blocks
        for p in b["patterns"]
        for part in (p[2], p[4], p[5])
        for w in part
        if w.startswith("&")
    }
    sets = {k[1:].lower(): v for k, v in read_sets(lines[:start]).items() if k[1:].lower() in used}
    return {
        "source": f"openeventdata/petrarch2 CAMEO.2.0.txt @ {SOURCE_COMMIT}",
        "sets": sets,
        "blocks": blocks,
        "forms": dict(sorted(forms.items())),
    }


def _irregular_forms(line: str, verb: str) -> dict[str, str]:
    """A one-word verb's inflected forms the dictionary lists ("OVERFLY {OVERFLEW OVERFLOWN}")
    that regular suffixes do not give: the lemmatizer misses some ("overflew", "forsook")."""
    listed = re.findall(r"\{([^}]*)\}", line.split("#", 1)[0])
    if " " in verb or not listed:
        return {}
    regular = (verb + "s", verb + "es", verb + "ed", verb + "d", verb + "ing", verb[:-1] + "ing")
    return {
        f.lower(): verb
        for f in listed[0].split()
        if f.isalpha()
        and f.lower() != verb
        and not f.lower().startswith(regular)
        and not f.lower().endswith("ing")
    }


LICENCE = (
    "Imported by tools/convert_cameo_verbs.py from PETRARCH2's CAMEO.2.0.txt. The MIT License (MIT). "
    "Copyright (c) 2015 Open Event Data Alliance. Permission is hereby granted, free of charge, to any "
    "person obtaining a copy of this software and associated documentation files (the 'Software'), to "
    "deal in the Software without restriction, including without limitation the rights to use, copy, "
    "modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit "
    "persons to whom the Software is furnished to do so, subject to the following conditions: The above "
    "copyright notice and this permission notice shall be included in all copies or substantial portions "
    "of the Software. THE SOFTWARE IS PROVIDED 'AS IS', WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED."
)


def main(argv: list[str]) -> int:
    src, dst = Path(argv[1]), Path(argv[2])
    data = convert(src.read_text(encoding="latin-1"))
    data = {"licence": LICENCE, "format": "see tools/convert_cameo_verbs.py", **data}
    dst.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    blocks = data["blocks"]
    assert isinstance(blocks, list)
    n_pat = sum(len(b["patterns"]) for b in blocks)
    n_verbs = sum(len(b["verbs"]) for b in blocks)
    print(f"{len(blocks)} blocks, {n_verbs} verbs, {n_pat} patterns -> {dst}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
