"""The CoNLL-2003 scorer: documents read whole, gold mentions from IOB tags, multiset matching."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.evaluate.conll import Counts, newsgraph_mentions, read_conll

# Written for this test in the CoNLL format (token, POS, chunk, IOB1 tag).
SAMPLE = """-DOCSTART- -X- O O

RIVERTON NNP I-NP I-LOC
1997-03-02 CD I-NP O

Mayor NNP I-NP O
Anna NNP I-NP I-PER
Berg NNP I-NP I-PER
met IN I-VP O
Northwind NNP I-NP I-ORG
Shipping NNP I-NP I-ORG
officials NNS I-NP O
. . O O

-DOCSTART- -X- O O

Berg NNP I-NP I-PER
Lund NNP I-NP B-PER
spoke VBD I-VP O
in IN I-PP O
Danish JJ I-NP I-MISC
. . O O
"""


def test_conll_reads_documents_whole_with_their_mentions(tmp_path: Path) -> None:
    path = tmp_path / "sample.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    docs = read_conll(path)
    assert len(docs) == 2
    assert docs[0].text == "RIVERTON 1997-03-02\nMayor Anna Berg met Northwind Shipping officials ."
    assert docs[0].gold == (("RIVERTON", "LOC"), ("Anna Berg", "PER"), ("Northwind Shipping", "ORG"))
    # B- starts a second entity right after the first; MISC is no actor kind.
    assert docs[1].gold == (("Berg", "PER"), ("Lund", "PER"))


def test_conll_counts_a_mention_once_and_by_type() -> None:
    counts = Counts()
    counts.add(
        "d1",
        [("Anna Berg", "PER"), ("Anna Berg", "PER"), ("Riverton", "ORG")],
        [("Anna Berg", "PER"), ("Riverton", "LOC")],
    )
    assert (counts.tp, counts.fp, counts.fn) == (1, 2, 1)
    assert counts.f1() == pytest.approx(0.4)


def test_conll_newsgraph_mentions_are_proper_names_of_named_entities() -> None:
    article = {
        "entities": [
            {
                "kind": "person",
                "name": "Anna Berg",
                "mentions": [{"text": "Anna Berg"}, {"text": "Berg"}, {"text": "She"}],
            },
            {"kind": "organisation", "name": "Iraqi police", "mentions": [{"text": "Iraqi police"}]},
            {"kind": "country", "name": "United States", "mentions": [{"text": "U.S."}]},
            {"kind": "organisation", "name": "Northwind Shipping", "mentions": [{"text": "the company"}]},
        ]
    }
    assert newsgraph_mentions([article]) == [("Anna Berg", "PER"), ("Berg", "PER"), ("U.S.", "LOC")]
