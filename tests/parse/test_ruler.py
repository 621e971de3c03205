"""The gazetteer ruler writes the same entities as spaCy's EntityRuler, on real parsed wire copy."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.pipeline import EntityRuler

from newsgraph.parse.nlp import RULER_NAME
from newsgraph.parse.ruler import GazetteerRuler
from newsgraph.testing.synthetic import wire_article

pytestmark = pytest.mark.model

_WIRE = [
    "BAGHDAD (Reuters) - Iraqi Prime Minister Nuri al-Maliki met U.S. Ambassador Zalmay Khalilzad on Monday, "
    "an aide said, as Shi'ite militiamen of the Mehdi Army clashed with police near the Imam Ali shrine.",
    "MOSCOW, March 3 (AP) - Russia's Foreign Minister Sergei Lavrov told Georgia to pull its troops back "
    "from South Ossetia. M. Dunlow, a spokesman for the European Union, said the Sea of Japan talks would wait.",
    "Pieter van der Berg and K. Marlowe of the Justice and Equality Movement flew to Khartoum, where the "
    "Sudanese government and the rebel Sudan Liberation Army signed a truce with the African Union.",
    "TEHRAN\n\nIran said on Tuesday it would not halt uranium enrichment, defying the United Nations Security "
    "Council, while Israeli and Palestinian negotiators met in Jerusalem with Condoleezza Rice.",
]


def _ents(doc: Any) -> list[tuple[int, int, str, str]]:
    return [(e.start, e.end, e.label_, e.ent_id_) for e in doc.ents]


def test_the_gazetteer_ruler_writes_what_the_stock_ruler_writes(nlp: Any) -> None:
    ruler = nlp.get_pipe(RULER_NAME)
    assert isinstance(ruler, GazetteerRuler) and ruler.overwrite
    texts = _WIRE + [wire_article(n, words=300, seed=23) for n in range(12)]
    changed = 0
    with nlp.select_pipes(disable=[RULER_NAME]):
        docs = list(nlp.pipe(texts))
    for doc in docs:
        matches = ruler.match(doc)
        model_ents = doc.ents
        EntityRuler.set_annotations(ruler, doc, matches)  # the stock code, on the same matcher's matches
        stock = _ents(doc)
        doc.ents = model_ents
        ruler.set_annotations(doc, matches)
        assert _ents(doc) == stock
        changed += stock != [(e.start, e.end, e.label_, e.ent_id_) for e in model_ents]
    assert changed >= len(docs) // 2  # the comparison saw the ruler overwrite the model's entities


def test_a_ruler_that_keeps_the_model_s_entities_falls_back_to_the_stock_code(nlp: Any) -> None:
    ruler = GazetteerRuler(nlp, "keeping", overwrite_ents=False)
    ruler.add_patterns([{"label": "ORG", "pattern": "Mehdi Army"}, {"label": "GPE", "pattern": "Iraq"}])
    doc = nlp.make_doc("The Mehdi Army fought in Iraq.")
    ruler(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Mehdi Army", "ORG"), ("Iraq", "GPE")]


def test_a_ruler_without_patterns_still_warns(nlp: Any) -> None:
    empty = GazetteerRuler(nlp, "empty", overwrite_ents=True)
    with pytest.warns(UserWarning, match="W036"):
        empty(nlp.make_doc("Nothing to match here."))
