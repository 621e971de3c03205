"""The quote cue lexicon (data/quote_cues.yaml), loaded once and passed to `find_quotes`.

Kept apart from the stage so the stage does no I/O: `load_quote_cues()` is read once per
process (it is cached) into the pipeline's `Resources`, which hand it to the stage.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.strings import get_string_id

from newsgraph.data import read_yaml
from newsgraph.errors import UsageError

CONTENT_KINDS = frozenset({"clause", "infinitive", "of", "as", "object", "quoted", "judged", "topic"})
CUE_KINDS = frozenset({"speech", "belief", "intention"})
# Sources whose findings are reported with "in": "X leads by six points in a new poll".
FINDING_NOUNS = frozenset({"poll", "survey"})
# A request noun takes a to-clause ("calls to ..."); a stance noun only its object ("the case for ...").
NOUN_KINDS = CUE_KINDS | {"request", "stance"}


@dataclass(frozen=True)
class VerbCue:
    lemma: str
    kind: str  # speech | belief | intention
    content: frozenset[str]  # subset of CONTENT_KINDS
    target: bool = False  # the object is the person addressed or acted on
    holder: bool = False  # the words also name what things do: the source must be able to hold an attitude
    personal: bool = False  # a text does it as an act, not as speech ("the bill addresses the backlog")


@dataclass(frozen=True)
class QuoteCues:
    verbs: dict[str, VerbCue]
    phrasal: dict[tuple[str, str], VerbCue]  # (verb lemma, particle) -> cue
    nouns: dict[str, str]  # noun lemma -> kind
    adjectives: dict[str, str]  # adjective lemma -> kind ("afraid that ...")
    quoting_verbs: frozenset[str]
    anonymous_heads: frozenset[str]
    anonymity_markers: tuple[str, ...]
    media_nouns: frozenset[str]
    media_names: frozenset[str]  # case-folded
    rejecting: frozenset[str] = frozenset()  # cues whose subject rejects the content ("deny")
    claim_nouns: frozenset[str] = frozenset()  # "claims that ...", "reports that ..."
    colon_sources: frozenset[str] = frozenset()  # "Poll: ..." (a name before a colon needs none)
    colon_labels: frozenset[str] = frozenset()  # "Update: ...", never a speaker
    forms: dict[str, str] = field(default_factory=dict)  # misread word form -> cue lemma
    holder_nouns: frozenset[str] = frozenset()  # who can hold a belief, intention or stance
    text_nouns: frozenset[str] = frozenset()  # texts: they hold attitudes, and are what one judges
    people_nouns: frozenset[str] = frozenset()  # holders that are no text: who is judged, not what
    # noun lemma -> the prepositions taking what it is about, for or against ("support for")
    noun_objects: dict[str, frozenset[str]] = field(default_factory=dict)
    gatherings: frozenset[str] = frozenset()  # an audience addressed, never a topic ("addressed the rally")
    granted: frozenset[str] = frozenset()  # what an authority grants or withholds ("denied the permit")
    phrasal_verbs: frozenset[str] = frozenset()  # the verbs of `phrasal`, to skip the rest quickly
    # spaCy string ids of every cue word (lemmas, and "according"), so the stage can pick
    # candidate tokens from the Doc's arrays without building a Token for every word.
    trigger_ids: frozenset[int] = frozenset()

    def verb(self, lemma: str) -> VerbCue | None:
        return self.verbs.get(lemma.lower())

    def lemma(self, lower: str, lemma: str) -> str:
        """The cue lemma of a word, where the lemmatizer is known to misread its form."""
        return self.forms.get(lower, lemma.lower())

    def is_media_name(self, text: str) -> bool:
        folded = text.casefold().strip()
        if folded.startswith("the "):
            folded = folded[4:]
        return folded in self.media_names


def _verb_cue(lemma: str, raw: Any) -> VerbCue:
    if not isinstance(raw, dict) or raw.get("kind") not in CUE_KINDS:
        raise UsageError(f"quote_cues.yaml: cue {lemma!r} needs kind one of {sorted(CUE_KINDS)}")
    content = frozenset(raw.get("content", ()))
    unknown = content - CONTENT_KINDS
    if unknown or not content:
        raise UsageError(f"quote_cues.yaml: cue {lemma!r} has bad content kinds {sorted(unknown) or '[]'}")
    return VerbCue(
        lemma,
        str(raw["kind"]),
        content,
        bool(raw.get("target", False)),
        bool(raw.get("holder", False)),
        bool(raw.get("personal", False)),
    )


def parse_quote_cues(data: dict[str, Any]) -> QuoteCues:
    """Validate the YAML structure into a QuoteCues (separate from reading for tests)."""
    verbs = {str(k): _verb_cue(str(k), v) for k, v in data["verbs"].items()}
    phrasal: dict[tuple[str, str], VerbCue] = {}
    for key, raw in data.get("phrasal", {}).items():
        verb, _, particle = str(key).partition(" ")
        phrasal[(verb, particle)] = _verb_cue(str(key), raw)
    nouns = {str(k): str(v) for k, v in data.get("nouns", {}).items()}
    bad = sorted(k for k, v in nouns.items() if v not in NOUN_KINDS)
    if bad:
        raise UsageError(f"quote_cues.yaml: nouns {bad} need a kind among {sorted(NOUN_KINDS)}")
    adjectives = {str(k): str(v) for k, v in data.get("adjectives", {}).items()}
    objects = data.get("noun_objects", {})
    # YAML reads a bare `on` as true: every preposition must come through as a word.
    bad = sorted(str(k) for k, v in objects.items() if not all(isinstance(w, str) for w in v))
    if bad:
        raise UsageError(f"quote_cues.yaml: noun_objects {bad} need prepositions as words (quote \"on\")")
    quoting = frozenset(str(v) for v in data.get("quoting_verbs", ()))
    forms = {str(k): str(v) for k, v in data.get("forms", {}).items()}
    words = (
        set(forms)
        | set(verbs)
        | {v for v, _ in phrasal}
        | set(nouns)
        | set(adjectives)
        | quoting
        | {"according"}
        | FINDING_NOUNS
    )
    texts = [str(v) for v in data.get("text_nouns", ())]
    names = {str(n).casefold() for n in data.get("media_names", ())}
    names |= {n[4:] for n in names if n.startswith("the ")}
    return QuoteCues(
        verbs=verbs,
        phrasal=phrasal,
        nouns=nouns,
        adjectives=adjectives,
        quoting_verbs=quoting,
        anonymous_heads=frozenset(data.get("anonymous_heads", ())),
        anonymity_markers=tuple(str(m).lower() for m in data.get("anonymity_markers", ())),
        media_nouns=frozenset(data.get("media_nouns", ())),
        media_names=frozenset(names),
        rejecting=frozenset(str(v) for v in data.get("rejecting", ())),
        claim_nouns=frozenset(str(v) for v in data.get("claim_nouns", ())),
        colon_sources=frozenset(str(v) for v in data.get("colon_sources", ())),
        colon_labels=frozenset(str(v).casefold() for v in data.get("colon_labels", ())),
        forms=forms,
        holder_nouns=frozenset(str(v) for v in (*data.get("holder_nouns", ()), *texts)),
        text_nouns=frozenset(texts),
        people_nouns=frozenset(str(v) for v in (*data.get("holder_nouns", ()), *data.get("anonymous_heads", ())))
        - frozenset(texts),
        noun_objects={str(k): frozenset(str(p) for p in v) for k, v in objects.items()},
        phrasal_verbs=frozenset(v for v, _ in phrasal),
        gatherings=frozenset(str(v) for v in data.get("gatherings", ())),
        granted=frozenset(str(v) for v in data.get("granted_nouns", ())),
        trigger_ids=frozenset(get_string_id(w) for w in words),
    )


@lru_cache(maxsize=1)
def load_quote_cues() -> QuoteCues:
    return parse_quote_cues(read_yaml("quote_cues.yaml"))
