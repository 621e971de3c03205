from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from newsgraph.data import read_yaml
from newsgraph.errors import UsageError
from newsgraph.settings import Settings
from newsgraph.understand.events.codebook import (
    PATTERNS_FILE,
    _PatternLoader,
    load_codebook,
    parse_patterns,
    read_codes,
    read_patterns,
)
from tests.data.test_data import typed

from .test_wire_blind import RuleLeads

PLOVER_TYPES = {
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
}


def test_codebook_every_code_has_goldstein_score() -> None:
    codes = read_codes()
    assert len(codes) == 311
    for info in codes.values():
        assert -10.0 <= info.goldstein <= 10.0, info.code


def test_codebook_quad_class_follows_root() -> None:
    for info in read_codes().values():
        root = int(info.root)
        expected = 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4
        assert info.quad_class == expected, info.code


def test_codebook_every_code_maps_to_a_plover_type() -> None:
    # PLOVER has no type for plain public statements (CAMEO 01): those are the only unmapped codes.
    for info in read_codes().values():
        if info.root == "01":
            assert info.plover is None
        else:
            assert info.plover in PLOVER_TYPES, info.code


def test_codebook_uses_the_cameo_manual_names() -> None:
    codes = read_codes()
    # GDELT's label file calls 101 "Demand information, investigation"; the manual does not.
    assert codes["101"].name.startswith("Demand material cooperation")
    assert codes["106"].name == "Demand meeting, negotiation"
    assert codes["183"].name  # blank in the manual column, filled from GDELT's wording


def test_codebook_plover_modes_where_plover_defines_them() -> None:
    codes = read_codes()
    assert (codes["042"].plover, codes["042"].plover_mode) == ("CONSULT", "visit")
    assert (codes["0871"].plover, codes["0871"].plover_mode) == ("RETREAT", "ceasefire")
    assert (codes["163"].plover, codes["173"].plover_mode) == ("SANCTION", "arrest")


def test_codebook_patterns_cover_every_root() -> None:
    book = load_codebook(Settings())
    roots = {s.code[:2] for senses in (*book.verbs.values(), *book.nouns.values()) for s in senses if s.code}
    assert roots >= {f"{n:02d}" for n in range(1, 21)}


def test_codebook_reads_on_as_a_preposition_not_a_boolean() -> None:
    book = load_codebook(Settings())
    assert "on" in book.verbs["call on"][0].target
    assert "on" in book.verbs["impose"][0].target


class _PurePythonPatternLoader(yaml.SafeLoader):
    """The pattern loader's rules on yaml's pure-Python parser, as it was before libyaml read the file."""


_PurePythonPatternLoader.yaml_implicit_resolvers = _PatternLoader.yaml_implicit_resolvers


def test_codebook_pattern_file_reads_the_same_with_libyaml() -> None:
    assert _PatternLoader.__mro__[1] is yaml.CSafeLoader  # the fast parser is the one under test
    fast, slow = read_yaml(PATTERNS_FILE, _PatternLoader), read_yaml(PATTERNS_FILE, _PurePythonPatternLoader)
    assert typed(fast) == typed(slow)


def test_codebook_fire_at_staff_is_a_non_event_before_weapons() -> None:
    senses = load_codebook(Settings()).verbs["fire"]
    assert senses[0].code is None and "agent" in senses[0].objects
    assert any(s.code == "190" and "missile" in s.objects for s in senses)


def test_codebook_derives_by_longest_prefix() -> None:
    book = load_codebook(Settings())
    assert book.derived("intent", "072") == "0332"
    assert book.derived("intent", "070") == "033"
    assert book.derived("threaten", "163") == "1312"
    assert book.derived("appeal", "195") == "020"  # "*" fallback
    assert book.derived("intent", "190") is None


def test_codebook_rejects_unknown_codes_and_keys() -> None:
    codes = read_codes()
    with pytest.raises(UsageError, match="unknown CAMEO code"):
        parse_patterns({"verbs": {"parley": [{"code": "999"}]}}, codes)
    with pytest.raises(UsageError, match="unknown keys"):
        parse_patterns({"verbs": {"parley": [{"code": "040", "objet": ["x"]}]}}, codes)
    with pytest.raises(UsageError, match="unknown word class"):
        parse_patterns({"verbs": {"parley": [{"code": "040", "object": "@nothing"}]}}, codes)


def test_codebook_user_file_senses_come_first(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        'verbs:\n  parley:\n    - {code: "046", target: [with]}\n  meet:\n    - {code: "044"}\n',
        encoding="utf-8",
    )
    book = read_patterns((PATTERNS_FILE, extra), read_codes())
    assert book.verbs["parley"][0].code == "046"
    assert book.verbs["meet"][0].code == "044"
    assert len(book.verbs["meet"]) > 1  # the built-in senses are still there, after the user's


@pytest.mark.model
def test_proclaiming_a_winner_is_a_result_not_praise() -> None:
    run = RuleLeads({
        "headline": "Congress proclaims Arroyo winner || MANILA (Reuters) - The vote count ended on Thursday.",
        "text": "MANILA (Reuters) - The Philippine Congress proclaimed Gloria Arroyo the winner of the "
        "presidential election on Thursday.",
        "support": "KABUL (Reuters) - Afghan President Hamid Karzai proclaimed his support for the U.S. plan on Monday.",
    })
    assert run.coded("headline") == set() and run.coded("text") == set()
    assert any(r == "05" for _, _, r in run.coded("support")), run.coded("support")


@pytest.mark.model
def test_words_of_force_used_of_occasions_and_rivals_are_figurative() -> None:
    run = RuleLeads({
        "overshadowed": "CAIRO (Reuters) - Shalom's visit to Egypt on Monday was overshadowed by violence in Gaza.",
        "marred": "CAIRO (Reuters) - The Israeli minister's visit to Egypt on Monday was marred by violence in Gaza.",
        "overcame": "ATHENS (Reuters) - Turkey and Greece overcame their differences on Cyprus on Monday.",
        "overtook": "SEOUL (Reuters) - China overtook Japan as South Korea's biggest trading partner last year.",
        "town": "FREETOWN (Reuters) - Rebels overtook the town of Kenema on Monday.",
    })
    for lead in ("overshadowed", "marred", "overcame", "overtook"):
        assert not any(r in ("18", "19") for _, _, r in run.coded(lead)), (lead, run.coded(lead))
    assert any(r == "19" for _, _, r in run.coded("town")), run.coded("town")


@pytest.mark.model
def test_welcoming_what_someone_said_or_did_endorses_it_and_hosts_no_one() -> None:
    run = RuleLeads({
        "criticism": "DAMASCUS (Reuters) - Syria welcomed the international criticism of Israel's settlement policies.",
        "eu": "TEHRAN (Reuters) - Iran welcomed the European Union's criticism of Israel on Monday.",
        "ruling": "BAGHDAD (Reuters) - Iraq's interim government welcomed the court's ruling on Saddam's trial.",
        "visitor": "TEHRAN (Reuters) - Iran welcomed the Iraqi foreign minister on Sunday.",
    })
    for lead in ("criticism", "eu", "ruling"):
        assert not any(r == "04" for _, _, r in run.coded(lead)), (lead, run.coded(lead))
    assert ("IRN", "IGO", "05") in run.coded("eu"), run.coded("eu")
    assert any(r == "04" for _, _, r in run.coded("visitor")), run.coded("visitor")
