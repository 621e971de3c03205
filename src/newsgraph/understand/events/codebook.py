"""The event codebook: CAMEO code tables and the verb/noun pattern dictionary.

`load_codebook(settings)` reads `data/cameo/event_codes.tsv` (names, Goldstein, QuadClass, PLOVER
type and mode per CAMEO code) and `data/event_patterns.yaml` (which words and constructions carry
which code) once per process. The event stage gets the Codebook passed in and never reads files.

The pattern file is meant to be read and extended by analysts, so its format is small:

    classes:            # word classes a pattern can name as "@class"
      weapon: [missile, rocket, drone]
    verbs:
      fire:             # a verb lemma, optionally with a particle: "call on", "pull out"
        - code: "190"
          object: "@weapon"     # the direct object's lemma must be one of these
          target: [at, on]      # where the target is: prepositions, "dobj", "iobj"
        - code: null            # a recognised sense that is not an event ("fire staff")
          object: "@staff"
    nouns:
      visit:
        - code: "042"
          target: [to]
    derive:             # how a complement changes a code: "plans to meet" -> intent (036)
      intent: {"04": "036", "057": "030"}

A sense with `code: null` is a deliberate non-event: it wins over later senses of the same
word so that "FBI fires agents" can never fall through to "fire" as use of weapons.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import yaml

from newsgraph.data import read_json, read_tsv, read_yaml, safe_loader
from newsgraph.errors import UsageError
from newsgraph.settings import Settings
from newsgraph.understand.actors.dictionary import load_actor_dictionary
from newsgraph.understand.events.gates import SenseGate, gates

# The built-in files, by their names in the data package (`newsgraph.data`).
CODES_FILE = "cameo/event_codes.tsv"
PATTERNS_FILE = "event_patterns.yaml"
ACTOR_WORDS_FILE = "cameo/actor_words.tsv"
IMPORTED_VERBS_FILE = "cameo_verbs.json"
# Where an imported pattern's target may sit when the pattern does not say (PETRARCH reads the
# target off the phrase after the verb; these are its usual prepositions; "from" last, for what
# is withdrawn, expelled or demanded from someone).
_IMPORTED_TARGETS = ("dobj", "iobj", "with", "against", "on", "to", "at", "into", "from")

# The meetings an imported consultation pattern names as its object: the codebook's "talks" class, as PETRARCH2
# spells them (plurals, its "&negotiation" set); the imported dictionary is read before the classes are.
_MEETINGS = frozenset({"talks", "talk", "negotiation", "negotiations", "&negotiation", "meeting", "summit", "discussion"}
                      | {"discussions", "consultation", "consultations", "conference", "session", "dialogue"})
_DERIVATIONS = ("intent", "threaten", "appeal", "demand", "reject", "refuse")


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: str | None
    plover_mode: str | None

    @property
    def root(self) -> str:
        return self.code[:2]


@dataclass(frozen=True)
class Sense:
    """One way a word carries an event. Conditions left empty always hold."""

    code: str | None  # None: recognised, deliberately not an event
    objects: frozenset[str] = frozenset()  # dobj lemma must be in it ("" never matches)
    no_object: bool = False  # only when the verb has no direct object
    preps: frozenset[str] = frozenset()  # a child preposition that must be present
    subjects: frozenset[str] = frozenset()  # subject head lemma must be in it
    complements: frozenset[str] = frozenset()  # lemma of an object/complement noun anywhere below
    target: tuple[str, ...] = ("dobj",)
    symmetric: bool = False  # "X and Y met": X->Y and Y->X when no other target
    needs_target: bool = False  # holds only when a target actor is found
    reverse: bool = False  # the target slot holds the doer: "received weapons from X"
    passive_only: bool = False
    note: str = ""
    # Imported dictionary patterns (cameo_verbs.json): every group must name the object /
    # the preposition's object; a group is one word or a synonym set's members.
    objects_all: tuple[frozenset[str], ...] = ()
    pobj_all: tuple[frozenset[str], ...] = ()
    imported: bool = False


@dataclass(frozen=True)
class Codebook:
    codes: Mapping[str, CameoCode]
    verbs: Mapping[str, tuple[Sense, ...]]  # "lemma" or "lemma particle"
    nouns: Mapping[str, tuple[Sense, ...]]
    classes: Mapping[str, frozenset[str]]
    derive: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    # Verbs whose "to VERB" complement changes the embedded code (plan to, threaten to, urge to...).
    modal_verbs: Mapping[str, str] = field(default_factory=dict)  # lemma -> derivation name
    modal_adjectives: Mapping[str, str] = field(default_factory=dict)  # "ready" -> intent
    # Fallback actor coding (used when the entity stages left a participant uncoded).
    actor_words: Mapping[str, str] = field(default_factory=dict)  # "iranian" -> "IRN", "US" -> "USA"
    actor_roles: Mapping[str, str] = field(default_factory=dict)  # "official" -> "GOV"
    # The actor dictionary (names, demonyms, known leaders) that `load_codebook` attaches:
    # the event coder's fallback for participants the entity stages left uncoded.
    actors: object | None = None

    @cached_property
    def phrasal(self) -> frozenset[str]:
        """What starts a longer entry ("call" of "call on", "open" of "open fire"): only these
        verbs need their particles, objects and prepositions tried as keys."""
        return frozenset(key[:i] for key in self.verbs for i, ch in enumerate(key) if ch == " ")

    @cached_property
    def verb_gates(self) -> Mapping[str, SenseGate]:
        """`verbs`, each key's senses indexed by the words its imported patterns need (`gates.py`)."""
        return gates(self.verbs)

    def code(self, code: str) -> CameoCode:
        try:
            return self.codes[code]
        except KeyError:
            raise UsageError(f"unknown CAMEO code {code!r}") from None

    def derived(self, kind: str, code: str) -> str | None:
        """The code a complement verb turns `code` into, by the longest matching prefix."""
        table = self.derive.get(kind, {})
        for n in range(len(code), 1, -1):
            hit = table.get(code[:n])
            if hit is not None:
                return hit
        return table.get("*")


def read_codes(source: str | Path = CODES_FILE) -> dict[str, CameoCode]:
    out: dict[str, CameoCode] = {}
    for rec in read_tsv(source):
        out[rec["code"]] = CameoCode(
            code=rec["code"],
            name=rec["name"],
            goldstein=float(rec["goldstein"]),
            quad_class=int(rec["quad_class"]),
            plover=rec["plover_type"] or None,
            plover_mode=rec["plover_mode"] or None,
        )
    return out


def _words(value: Any, classes: Mapping[str, frozenset[str]], where: str) -> frozenset[str]:
    items = [value] if isinstance(value, str) else list(value or [])
    out: set[str] = set()
    for item in items:
        item = str(item)
        if item.startswith("@"):
            if item[1:] not in classes:
                raise UsageError(f"{where}: unknown word class {item}")
            out |= classes[item[1:]]
        else:
            out.add(item.lower())
    return frozenset(out)


def _sense(
    raw: Mapping[str, Any], classes: Mapping[str, frozenset[str]], codes: Mapping[str, CameoCode], where: str
) -> Sense:
    known = {
        "code",
        "object",
        "no_object",
        "prep",
        "subject",
        "complement",
        "target",
        "symmetric",
        "needs_target",
        "passive_only",
        "reverse",
        "note",
    }
    extra = set(raw) - known
    if extra:
        raise UsageError(f"{where}: unknown keys {sorted(extra)}")
    code = raw.get("code")
    if code is not None:
        code = str(code)
        if code not in codes:
            raise UsageError(f"{where}: unknown CAMEO code {code!r}")
    target = raw.get("target")
    preps = _words(raw.get("prep"), classes, where)
    if target is None:
        target_t: tuple[str, ...] = tuple(sorted(preps)) if preps else ("dobj",)
    else:
        target_t = tuple(str(t) for t in ([target] if isinstance(target, str) else target))
    for slot in target_t:
        if slot.lower() != slot or " " in slot:
            raise UsageError(
                f"{where}: bad target slot {slot!r} (use dobj, iobj, xsubj, xobj, poss or a preposition)"
            )
    return Sense(
        code=code,
        objects=_words(raw.get("object"), classes, where),
        no_object=bool(raw.get("no_object", False)),
        preps=preps,
        subjects=_words(raw.get("subject"), classes, where),
        complements=_words(raw.get("complement"), classes, where),
        target=target_t,
        symmetric=bool(raw.get("symmetric", False)),
        needs_target=bool(raw.get("needs_target", False)),
        reverse=bool(raw.get("reverse", False)),
        passive_only=bool(raw.get("passive_only", False)),
        note=str(raw.get("note", "")),
    )


def parse_patterns(data: Mapping[str, Any], codes: Mapping[str, CameoCode]) -> Codebook:
    """Validate a pattern mapping (the YAML's content) and build the Codebook from it."""
    classes: dict[str, frozenset[str]] = {}
    for name, words in (data.get("classes") or {}).items():
        classes[str(name)] = frozenset(str(w).lower() for w in words)
    tables: dict[str, dict[str, tuple[Sense, ...]]] = {"verbs": {}, "nouns": {}}
    for section in ("verbs", "nouns"):
        for word, senses in (data.get(section) or {}).items():
            if isinstance(senses, Mapping):
                senses = [senses]
            tables[section][str(word).lower()] = tuple(
                _sense(s, classes, codes, f"{section}.{word}[{i}]") for i, s in enumerate(senses)
            )
    derive: dict[str, dict[str, str]] = {}
    for kind, table in (data.get("derive") or {}).items():
        if kind not in _DERIVATIONS:
            raise UsageError(f"derive.{kind}: unknown derivation; known: {', '.join(_DERIVATIONS)}")
        for prefix, code in table.items():
            if str(code) not in codes:
                raise UsageError(f"derive.{kind}.{prefix}: unknown CAMEO code {code!r}")
        derive[kind] = {str(k): str(v) for k, v in table.items()}
    actor_roles: dict[str, str] = {}
    for role, words in (data.get("actor_roles") or {}).items():
        actor_roles.update({str(w).lower(): str(role) for w in words})
    modal_verbs: dict[str, str] = {}
    modal_adjectives: dict[str, str] = {}
    for kind, words in (data.get("modal_verbs") or {}).items():
        modal_verbs.update({str(w).lower(): kind for w in words})
    for kind, words in (data.get("modal_adjectives") or {}).items():
        modal_adjectives.update({str(w).lower(): kind for w in words})
    for kind in set(modal_verbs.values()) | set(modal_adjectives.values()):
        if kind not in _DERIVATIONS:
            raise UsageError(f"modal: unknown derivation {kind!r}")
    return Codebook(
        codes=codes,
        verbs=tables["verbs"],
        nouns=tables["nouns"],
        classes=classes,
        derive=derive,
        modal_verbs=modal_verbs,
        modal_adjectives=modal_adjectives,
        actor_roles=actor_roles,
    )


class _PatternLoader(safe_loader()):  # type: ignore[misc]
    """YAML 1.1 reads bare on/off/yes/no as booleans; in a pattern file they are prepositions
    ("impose sanctions on"), so only true/false are booleans here."""


_PatternLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in safe_loader().yaml_implicit_resolvers.items()
}
_PatternLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def read_patterns(paths: tuple[str | Path, ...], codes: Mapping[str, CameoCode]) -> Codebook:
    """Merge pattern files in order: a later file's senses for a word come before earlier ones."""
    merged: dict[str, Any] = {
        "classes": {},
        "verbs": {},
        "nouns": {},
        "derive": {},
        "modal_verbs": {},
        "modal_adjectives": {},
        "actor_roles": {},
    }
    for path in paths:
        try:
            data = read_yaml(path, _PatternLoader) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise UsageError(f"event patterns {path}: {exc}") from exc
        for key in merged:
            for name, value in (data.get(key) or {}).items():
                if key in ("verbs", "nouns"):
                    value = [value] if isinstance(value, Mapping) else list(value)
                    merged[key][name] = value + list(merged[key].get(name, []))
                elif key in ("classes", "modal_verbs", "modal_adjectives", "actor_roles"):
                    merged[key][name] = list(merged[key].get(name, [])) + list(value)
                else:
                    merged[key].setdefault(name, {}).update(value)
    return parse_patterns(merged, codes)


def read_actor_words(source: str | Path = ACTOR_WORDS_FILE) -> dict[str, str]:
    """Phrase -> actor code. Abbreviations ("US", "U.S.") keep their case so "us" never matches;
    other phrases are stored lower-cased."""
    out: dict[str, str] = {}
    for rec in read_tsv(source):
        phrase = rec["phrase"]
        key = phrase if phrase.isupper() or "." in phrase else phrase.lower()
        out.setdefault(key, rec["code"])
    return out


def _imported_sense(
    raw: list[Any], sets: Mapping[str, frozenset[str]], codes: Mapping[str, CameoCode]
) -> Sense:
    code, _, objects, prep, pobj, subjects = raw
    code = None if code == "-" else _known_code(str(code), codes)

    def groups(words: list[str]) -> tuple[frozenset[str], ...]:
        return tuple(sets.get(w[1:], frozenset()) if w.startswith("&") else frozenset({w}) for w in words)

    subject_words = frozenset().union(*groups(subjects)) if subjects else frozenset()
    if prep and pobj:
        # "- * (BY TELEPHONE) [041]": the named phrase is how the act was done, not whom it was
        # aimed at, so the target may stand in any other slot ("conferred by telephone with X").
        target: tuple[str, ...] = (
            ("dobj", *(t for t in _IMPORTED_TARGETS if t not in ("dobj", prep)))
            if not objects
            else _IMPORTED_TARGETS
        )
    elif prep:
        target = (prep, "dobj")
    else:
        target = _IMPORTED_TARGETS
    # Talks begun, opened or held ("- * TALKS [046:046]") are between the sides: "on" names their topic and
    # "in" their venue, and two subjects ("India and Pakistan began talks") are each other's counterparts.
    mutual = (code or "")[:2] == "04" and code != "045" and any(w in _MEETINGS for w in objects)  # 045: a mediator
    if mutual:
        target = ("with", "between")
    # A pattern names its event precisely enough to stand without a target, except a
    # consultation (04), which needs its counterpart; a verb's bare default
    # (read_imported_verbs) holds only with a target.
    return Sense(
        symmetric=mutual,
        needs_target=(code or "")[:2] == "04",
        code=code,
        preps=frozenset({prep}) if prep else frozenset(),
        subjects=subject_words,
        target=target,
        objects_all=groups(objects),
        pobj_all=groups(pobj),
        imported=True,
    )


def _known_code(code: str, codes: Mapping[str, CameoCode]) -> str | None:
    """The code, or its nearest parent the code table knows (the dictionary has a few codes
    CAMEO 1.1b3 dropped)."""
    for n in range(len(code), 1, -1):
        if code[:n] in codes:
            return code[:n]
        if code[:n] + "0" in codes:
            return code[:n] + "0"
    return None


def read_imported_verbs(
    codes: Mapping[str, CameoCode], source: str | Path = IMPORTED_VERBS_FILE
) -> dict[str, list[Sense]]:
    """The imported CAMEO verb dictionary: verb key -> senses, most specific pattern first,
    the verb's default code (only with a target actor) last."""
    data = read_json(source)
    sets = {str(k): frozenset(str(w) for w in v) for k, v in data["sets"].items()}
    out: dict[str, list[tuple[int, Sense]]] = {}
    for block in data["blocks"]:
        # Each pattern remembers its block's code: which sense of its verbs the block is about.
        block_code = f"block {block['code']}" if block["code"] else ""
        senses = [
            (p[1], dataclasses.replace(s, note=block_code))
            for p in block["patterns"]
            for s in (_imported_sense(p, sets, codes),)
        ]
        owned = {o for _, o in block["verbs"] if o is not None and o != block["code"]}
        for verb, own in block["verbs"]:
            for particle, sense in senses:
                if sense.code is None and not sense.objects_all and not sense.pobj_all and not sense.subjects:
                    continue
                if _owned_default(particle, sense, owned, own):
                    # "MOCK [111]" in the REPEAT block: a bare "- * + [111]" is mock's own sense,
                    # not the sense of every verb in the block ("repeated its demand").
                    continue
                key = f"{verb} {particle}" if particle else verb
                weight = (
                    len(sense.objects_all) + len(sense.pobj_all) + bool(sense.preps) + bool(sense.subjects)
                )
                out.setdefault(key, []).append((weight, sense))
            default = own if own is not None else block["code"]
            code = _known_code(str(default), codes) if default and default != "-" else None
            if code is not None:
                out.setdefault(verb, []).append(
                    (-1, Sense(code=code, target=_IMPORTED_TARGETS, needs_target=True, imported=True))
                )
    return {k: [s for _, s in sorted(v, key=lambda ws: -ws[0])] for k, v in out.items()}


def _owned_default(particle: str, sense: Sense, owned: set[str], own: str | None) -> bool:
    """Whether a bare pattern carries the code one verb of the block has of its own, for another verb."""
    bare = not (particle or sense.objects_all or sense.pobj_all or sense.preps or sense.subjects)
    return bare and sense.code is not None and sense.code in owned and sense.code != own


def _conditional(s: Sense) -> bool:
    return bool(
        s.objects or s.no_object or s.preps or s.subjects or s.complements or s.passive_only or s.needs_target
    )


def merge_imported(book: Codebook, imported: Mapping[str, list[Sense]]) -> Codebook:
    """Merge the imported senses into the book's own, which keep precedence.

    A word the book does not know takes the imported senses. For a word it knows, the imported
    patterns only refine the book's own default event sense ("kill" in an accident is no
    assault): they go after its conditional senses and before its unconditional event sense.
    A word whose own senses are all conditional ("fly" only for officials) or end in a null
    catch-all ("provide" anything else) already says what else it means, so nothing is added.
    A pattern from a synonym block of another root is another sense's, and is left out.
    """
    verbs = dict(book.verbs)
    for key, senses in imported.items():
        own = verbs.get(key, ())
        if not own:
            verbs[key] = tuple(senses)
            continue
        default = next((n for n, s in enumerate(own) if not _conditional(s)), None)
        if default is None or own[default].code is None:
            continue
        base = own[default]
        patterns = [
            # A mutual act stays mutual in the imported refinements of the same root, between the sides the own
            # sense names: "Bush and Putin discussed Iraq by telephone" (041) is between them; Iraq is the topic.
            dataclasses.replace(s, symmetric=True, target=base.target)
            if base.symmetric and (s.code or "")[:2] == (base.code or "")[:2]
            # A pattern of the own default's very code only restates it: the own sense says where
            # the target sits ("extradited a suspect to X" is aimed at X, not at the suspect).
            else dataclasses.replace(s, target=base.target)
            if s.code == base.code
            else _demanded(book, base, s)
            for s in senses
            if (s.objects_all or s.pobj_all or s.preps or s.subjects)
            and not _other_sense(s, base)
            and not _occupation_by_subject(s, base)
            and not _ally_fought(s, base)
        ]
        verbs[key] = (*own[:default], *patterns, *own[default:])
    return dataclasses.replace(book, verbs=verbs)


# Armed sides a verb of force may be done to.
_ARMED_SIDES = frozenset({"insurgents", "insurgent", "rebels", "rebel", "militants", "guerrillas", "troops", "soldiers"})


def _ally_fought(imported: Sense, base: Sense) -> bool:
    """An imported cooperation pattern (01-08) on a verb of force (18-20) that names only an armed side as its
    object: PETRARCH2's conflict block codes "- * INSURGENTS" as military cooperation (062), which would make
    "U.S. Marines battled insurgents" an alliance. Fighting a side is force against it ("fight alongside" names
    no side and stays)."""
    return (
        (base.code or "")[:2] in ("18", "19", "20")
        and "01" <= (imported.code or "99")[:2] <= "08"
        and any(group & _ARMED_SIDES for group in imported.objects_all)
    )


def _demanded(book: Codebook, base: Sense, imported: Sense) -> Sense:
    """For a verb whose own event is a demand (10), an imported pattern coding a cooperative act
    (01-09) names what is demanded: "demanded an explanation from X" is a demand (101), not an
    investigation (090), as `derive` codes "demanded that X withdraw" (105)."""
    code = imported.code
    if (base.code or "")[:2] != "10" or code is None or not "01" <= code[:2] <= "09":
        return imported
    return dataclasses.replace(imported, code=book.derived("demand", code) or "100")


def _occupation_by_subject(imported: Sense, base: Sense) -> bool:
    """An imported occupation pattern (192) that only names who acts ("troops seize"): CAMEO 192
    is occupying territory, which the subject does not name, so it does not make every synonym
    done by troops an occupation: "troops arrested five men" is still an arrest (173). (Other
    subject patterns do tell the sense: "a rocket slammed into", "protesters attacked".)"""
    conditioned = imported.objects_all or imported.pobj_all or imported.preps or imported.complements
    return (
        bool(imported.subjects)
        and not conditioned
        and imported.code == "192"
        and (base.code or "")[:2] != "19"
    )


def _other_sense(imported: Sense, base: Sense) -> bool:
    """An imported pattern from a synonym block of another root than the word's own default
    sense: PETRARCH2's verbal-conflict block (110) reads "contest / compete ... election" as no
    event, which says nothing about "protest" (141) election results, while its kill block's
    (190) "killed in an accident" does refine "kill". A block without a code of its own is a set
    of sense distinctions and refines any word."""
    if not imported.note.startswith("block "):
        return False
    return imported.note[6:8] != (base.code or "")[:2]


@lru_cache(maxsize=4)
def _load(extra: tuple[str, ...], imported: bool = True) -> Codebook:
    codes = read_codes()
    book = read_patterns((PATTERNS_FILE, *(Path(p) for p in extra)), codes)
    if imported:
        book = merge_imported(book, read_imported_verbs(codes))
    return dataclasses.replace(book, actor_words=read_actor_words())


def load_codebook(settings: Settings) -> Codebook:
    """The built-in code tables and patterns, plus any files in the `event_patterns` setting,
    with the actor dictionary attached (both loaders are cached, so this is cheap to repeat)."""
    extra = settings.event_patterns
    files = tuple(p.strip() for p in str(extra).split(",") if p.strip())
    return dataclasses.replace(_load(files), actors=load_actor_dictionary(settings))
