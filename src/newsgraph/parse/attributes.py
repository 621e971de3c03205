"""The model's attribute rules (tag -> POS, morphology and lemma exceptions), applied by lookup.

spaCy's `AttributeRuler` runs a `Matcher` over all its patterns (179 in the English pipelines)
at every token (its share of the parse: docs/benchmarks.md, "Profile"), for rules that are, but
for a handful, "this tag (and this word) gets this POS and these features". What a token receives
depends only on its own tag, lower-case form, dependency label and whether it is whitespace, so
the set of rules that fire is computed once per distinct combination and cached; the few
two-token patterns are checked only where their first token can match.

Output is identical to the stock component: same rules, same precedence (rules in order, later
ones overwrite), same attribute setter. A pattern this module cannot compile (an operator, a
predicate or an attribute it does not know) keeps the stock component in the pipeline.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from spacy.attrs import IDS
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs  # the setter AttributeRuler itself uses
from spacy.vocab import Vocab

from newsgraph.parse.factories import factory

NAME = "newsgraph_attributes"
# The token attributes a rule may test. Each is read for the whole Doc with one to_array call.
_STRING_ATTRS = ("TAG", "LOWER", "DEP", "ORTH", "NORM", "POS", "LEMMA")
_FLAG_PREFIX = "IS_"
# Cache of token key -> rules that fire; cleared when it reaches this size (a new word per key).
_CACHE_LIMIT = 200_000

Test = Callable[[Any], bool]


class Unsupported(ValueError):
    """A pattern uses something the lookup cannot reproduce exactly."""


def _predicate(value: Any) -> Test:
    if isinstance(value, bool):
        return lambda v: bool(v) == value
    if isinstance(value, str):
        return lambda v: v == value
    if isinstance(value, dict) and len(value) == 1:
        ((op, arg),) = value.items()
        if op == "IN" and isinstance(arg, list):
            allowed = frozenset(arg)
            return lambda v: v in allowed
        if op == "NOT_IN" and isinstance(arg, list):
            banned = frozenset(arg)
            return lambda v: v not in banned
        if op == "REGEX" and isinstance(arg, str):
            search = re.compile(arg).search
            return lambda v: search(v) is not None
    raise Unsupported(f"predicate {value!r}")


def _compile_spec(spec: dict[str, Any], columns: list[str]) -> list[tuple[int, Test]]:
    tests = []
    for attr, value in spec.items():
        if attr not in _STRING_ATTRS and not attr.startswith(_FLAG_PREFIX):
            raise Unsupported(f"attribute {attr}")
        if attr.startswith(_FLAG_PREFIX) and not isinstance(value, bool):
            raise Unsupported(f"{attr}: {value!r}")
        if attr not in IDS:
            raise Unsupported(f"attribute {attr}")
        if attr not in columns:
            columns.append(attr)
        tests.append((columns.index(attr), _predicate(value)))
    return tests


class AttributeRules:
    """A drop-in for the stock `attribute_ruler`, built from its patterns."""

    def __init__(self, vocab: Vocab, patterns: Sequence[dict[str, Any]]) -> None:
        self.vocab = vocab
        self.columns: list[str] = []
        # Per rule: its attribute dict (as AttributeRuler normalises it) and target index.
        # Per rule: its attribute dict (as AttributeRuler normalises it) and target index.
        self.attrs: list[dict[int, Any]] = []
        self.single: list[tuple[int, list[tuple[int, Test]]]] = []  # (rule, tests)
        # Token specs of longer patterns, by position in `self.steps`; a key's cache entry
        # says which of them its token satisfies, as bits.
        self.steps: list[list[tuple[int, Test]]] = []
        self.multi: list[tuple[int, int, list[int]]] = []  # (rule, target index, step bits)
        stock = AttributeRuler(vocab)
        for rule, pattern in enumerate(patterns):
            if set(pattern) - {"patterns", "attrs", "index"}:
                raise Unsupported(f"rule keys {sorted(pattern)}")
            stock.add(pattern["patterns"], pattern["attrs"], pattern.get("index", 0))
            index = int(pattern.get("index", 0))
            for alternative in pattern["patterns"]:
                if any("OP" in spec for spec in alternative) or not alternative:
                    raise Unsupported("operators")
                specs = [_compile_spec(spec, self.columns) for spec in alternative]
                if len(specs) == 1:
                    if index not in (0, -1):
                        raise Unsupported(f"index {index} on a one-token pattern")
                    self.single.append((rule, specs[0]))
                    continue
                if not -len(specs) <= index < len(specs):
                    raise Unsupported(f"index {index} outside its pattern")
                bits = []
                for tests in specs:
                    bits.append(1 << len(self.steps))
                    self.steps.append(tests)
                self.multi.append((rule, index % len(specs), bits))
        self.attrs = list(stock.attrs)
        self.ids = [IDS[c] for c in self.columns]
        self.flags = [c.startswith(_FLAG_PREFIX) for c in self.columns]
        self._cache: dict[tuple[int, ...], tuple[tuple[int, ...], int]] = {}
        self._merged: dict[tuple[int, ...], dict[int, Any]] = {}

    def _lookup(self, key: tuple[int, ...]) -> tuple[tuple[int, ...], int]:
        """The one-token rules that fire on a token with these attribute values, and the
        bits of the longer patterns' token specs it satisfies."""
        found = self._cache.get(key)
        if found is None:
            strings = self.vocab.strings
            values = [bool(v) if flag else strings[v] for v, flag in zip(key, self.flags, strict=True)]
            fired = tuple(rule for rule, tests in self.single if all(t(values[c]) for c, t in tests))
            steps = 0
            for n, tests in enumerate(self.steps):
                if all(t(values[c]) for c, t in tests):
                    steps |= 1 << n
            found = (fired, steps)
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            self._cache[key] = found
        return found

    def _multi_matches(self, steps: list[int]) -> dict[int, list[int]]:
        """Token index -> rules of two-or-more-token patterns that target it."""
        found: dict[int, list[int]] = {}
        firsts = 0
        for _, _, bits in self.multi:
            firsts |= bits[0]
        starts = [i for i, satisfied in enumerate(steps) if satisfied & firsts]
        for rule, index, bits in self.multi:
            for start in starts:
                if start + len(bits) <= len(steps) and all(steps[start + k] & b for k, b in enumerate(bits)):
                    found.setdefault(start + index, []).append(rule)
        return found

    def _merge(self, rules: tuple[int, ...]) -> dict[int, Any]:
        merged = self._merged.get(rules)
        if merged is None:
            merged = {}
            for rule in rules:  # in rule order: later rules overwrite, as in AttributeRuler
                merged.update(self.attrs[rule])
            self._merged[rules] = merged
        return merged

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        found = [self._lookup(tuple(row)) for row in doc.to_array(self.ids).tolist()]
        extra = self._multi_matches([steps for _, steps in found]) if self.multi else {}
        for i, (rules, _) in enumerate(found):
            if i in extra:
                rules = tuple(sorted(set(rules).union(extra[i])))
            if rules:
                set_token_attrs(doc[i], self._merge(rules))
        return doc


def compile_rules(ruler: AttributeRuler) -> AttributeRules | None:
    """The lookup version of `ruler`, or None if one of its patterns needs the Matcher."""
    try:
        return AttributeRules(ruler.vocab, ruler.patterns)
    except Unsupported:
        return None


@factory(NAME, default_config={"patterns": []})
def _make(nlp: Language, name: str, patterns: list[dict[str, Any]]) -> AttributeRules:
    return AttributeRules(nlp.vocab, patterns)


def use_attribute_rules(nlp: Language) -> bool:
    """Swap the stock attribute ruler for the lookup version; False if it had to stay."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    stock = nlp.get_pipe("attribute_ruler")
    if not isinstance(stock, AttributeRuler):
        return False
    if compile_rules(stock) is None:
        return False
    nlp.add_pipe(NAME, before="attribute_ruler", config={"patterns": stock.patterns})
    nlp.remove_pipe("attribute_ruler")
    return True
