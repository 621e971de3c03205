"""The gazetteer's EntityRuler, with spaCy's own matching and a cheaper way of writing the matches.

`GazetteerRuler` is spaCy's `EntityRuler` (same Matcher, PhraseMatcher, match order and
longest-first choice); only two of its per-Doc costs go. The stock ruler counts its patterns on
every Doc to warn when it has none (a sum over its ~2,500 phrase-pattern keys), and writes the
matches by filtering the model's entities again for every match it keeps, after building each
match's Tokens to test whether they carry an entity, a test it ignores when it overwrites them,
as this one is set up to (docs/benchmarks.md, session 23).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.pipeline.entityruler import DEFAULT_ENT_ID_SEP
from spacy.tokens import Doc, Span

from newsgraph.parse.factories import factory

NAME = "newsgraph_entity_ruler"


class GazetteerRuler(EntityRuler):
    def _require_patterns(self) -> None:
        # The stock test sums every pattern list; either matcher holding a key is the same answer.
        if not len(self.matcher) and not len(self.phrase_matcher):
            super()._require_patterns()

    def set_annotations(self, doc: Doc, matches: Sequence[tuple[int, int, int]]) -> None:
        """As `EntityRuler.set_annotations`: the matches, longest first, each kept unless its first or
        last token is already taken by a kept one; a model entity overlapping a kept match is dropped."""
        if not self.overwrite:
            super().set_annotations(doc, matches)  # type: ignore[no-untyped-call]
            return
        seen: set[int] = set()
        new_entities: list[Span] = []
        for match_id, start, end in matches:
            if start in seen or end - 1 in seen:
                continue
            if match_id in self._ent_ids:
                label, ent_id = self._ent_ids[match_id]
                new_entities.append(Span(doc, start, end, label=label, span_id=ent_id))
            else:
                new_entities.append(Span(doc, start, end, label=match_id))
            seen.update(range(start, end))
        # An entity overlaps a kept match exactly when one of its tokens is among the kept matches' tokens.
        entities = [e for e in doc.ents if seen.isdisjoint(range(e.start, e.end))]
        doc.ents = entities + new_entities


@factory(
    NAME,
    assigns=["doc.ents", "token.ent_type", "token.ent_iob"],
    default_config={
        "phrase_matcher_attr": None,
        "matcher_fuzzy_compare": {"@misc": "spacy.levenshtein_compare.v1"},
        "validate": False,
        "overwrite_ents": False,
        "ent_id_sep": DEFAULT_ENT_ID_SEP,
        "scorer": {"@scorers": "spacy.entity_ruler_scorer.v1"},
    },
)
def make_gazetteer_ruler(
    nlp: Language,
    name: str,
    phrase_matcher_attr: int | str | None,
    matcher_fuzzy_compare: Callable[..., bool],
    validate: bool,
    overwrite_ents: bool,
    ent_id_sep: str,
    scorer: Callable[..., dict[str, float]] | None,
) -> GazetteerRuler:
    return GazetteerRuler(
        nlp,
        name,
        phrase_matcher_attr=phrase_matcher_attr,
        matcher_fuzzy_compare=matcher_fuzzy_compare,
        validate=validate,
        overwrite_ents=overwrite_ents,
        ent_id_sep=ent_id_sep,
        scorer=scorer,
    )
