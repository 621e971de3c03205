"""The imported CAMEO verb dictionary (PETRARCH2's CAMEO.2.0.txt, tools/convert_cameo_verbs.py)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

from newsgraph.evaluate.plover import load_stages
from newsgraph.evaluate.userpath import run_user_path
from newsgraph.extract.build import build_article
from newsgraph.model import Event
from newsgraph.settings import Settings
from newsgraph.understand.events.codebook import load_codebook, read_codes, read_imported_verbs
from newsgraph.understand.events.imported import catch_all, fallback_senses
from newsgraph.understand.events.match import match_verb, read_tokens

ROOT = Path(__file__).resolve().parents[3]


def _converter() -> object:
    spec = importlib.util.spec_from_file_location(
        "convert_cameo_verbs", ROOT / "tools" / "convert_cameo_verbs.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_imported_converter_reads_blocks_patterns_and_sets() -> None:
    conv = _converter()
    text = "\n".join(
        [
            "&WEAPON",
            "+ROCKET",
            "+MORTAR_",
            "+TEAR_GAS",
            "",
            "####### VERB PATTERNS #######",
            "---  HURL   [---]  ---",
            "HURL",
            "LOB {LOBS LOBBED}",
            "- * &WEAPON (AT)                 [190]   # HURL",
            "- * INSULTS                      [111]   # HURL",
            "- * REMARKS (AT PRESS)           [012]   # HURL",
            "---  DETAIN   [173]  ---",
            "DETAIN",
            "GO",
            "######## TRANSFORMATIONS ##########",
        ]
    )
    data = conv.convert(text)  # type: ignore[attr-defined]
    hurl, detain = data["blocks"]
    assert [v for v, _ in hurl["verbs"]] == ["hurl", "lob"]
    assert ["190", "", ["&weapon"], "at", [], []] in hurl["patterns"]
    assert ["-", "", ["remarks"], "at", ["press"], []] in hurl["patterns"]  # 01x: not an event
    assert data["sets"]["weapon"] == ["rocket", "mortar"]  # multi-word members cannot be one word
    assert detain["code"] == "173"
    assert dict(detain["verbs"])["go"] == "-"  # no default code for an everyday verb


def test_imported_dictionary_ships_with_its_licence_and_source() -> None:
    head = (ROOT / "src" / "newsgraph" / "data" / "cameo_verbs.json").read_text(encoding="utf-8")[:1500]
    assert "MIT License" in head and "676801cd9cb2924bbbad09f86d15c9323e7097bf" in head


def test_imported_own_patterns_keep_precedence() -> None:
    book = load_codebook(Settings())
    fire = book.verbs["fire"]
    assert not fire[0].imported and fire[0].code is None  # "fire" + staff is a dismissal
    assert any(s.imported for s in book.verbs["pummel"])  # a verb only the import knows


def test_imported_defaults_need_a_target_and_come_last() -> None:
    imported = read_imported_verbs(read_codes())
    for senses in imported.values():
        conditioned = [bool(s.objects_all or s.pobj_all or s.preps or s.subjects) for s in senses]
        assert conditioned == sorted(conditioned, reverse=True)  # patterns first, defaults after
        # An imported consultation (04) holds only with its counterpart.
        assert all(s.needs_target for s in senses if (s.code or "")[:2] == "04")


def test_imported_patterns_refine_only_an_own_default_event_sense() -> None:
    book = load_codebook(Settings())
    fly = book.verbs["fly"]  # own senses all conditional: officials flying somewhere
    assert not any(s.imported for s in fly)
    kill = book.verbs["kill"]
    first_imported = next(n for n, s in enumerate(kill) if s.imported)
    own_default = next(n for n, s in enumerate(kill) if not s.imported and not s.subjects and not s.objects)
    assert first_imported < own_default


def _code(settings: Settings, text: str) -> tuple[Event, ...]:
    article = build_article(
        source="t", paragraphs=[text], published=dt.date(2025, 3, 12), date_precision="day", language="en"
    )
    ((_, events),) = list(load_stages(settings).events([article]))
    return events


@pytest.mark.model
def test_imported_verb_codes_an_event_the_own_patterns_lack(settings: Settings) -> None:
    events = _code(settings, "Gunmen gunned down a Kenyan police officer in Mombasa on Tuesday.")
    assert any(e.root in ("18", "19") and e.target and e.target.country == "KEN" for e in events)


@pytest.mark.model
def test_imported_accident_pattern_is_no_event(settings: Settings) -> None:
    events = _code(settings, "Two Ruritanian soldiers were killed in a training accident on Monday.")
    assert not any(e.root in ("18", "19") and not e.negated for e in events)


def test_imported_patterns_of_another_sense_do_not_refine_a_word() -> None:
    book = load_codebook(Settings())
    # "protest" is 141 here; PETRARCH2 lists it in its verbal-conflict block (110), whose
    # "contest ... election" is no event: that pattern is another verb's sense.
    protest = book.verbs["protest"]
    assert not any(s.imported and s.code is None and s.objects_all for s in protest)
    # The kill block (190) refines "kill": "killed in an accident" stays no event.
    kill = book.verbs["kill"]
    assert any(s.imported and s.code is None for s in kill)


@pytest.mark.model
def test_protesters_protesting_results_are_a_protest(settings: Settings) -> None:
    events = _code(
        settings, "Kenyan riot police dispersed demonstrators protesting election results in Nairobi."
    )
    assert any(e.root == "14" and e.source and e.source.country == "KEN" for e in events)


def test_imported_converter_reads_a_bare_preposition_as_a_phrase_and_orders_patterns() -> None:
    conv = _converter()
    text = "\n".join(
        [
            "####### VERB PATTERNS #######",
            "---  RUSH   [---]  ---",
            "RUSH",
            "- * (TO)                         [042]   # RUSH",
            "- * INTO                         [190]   # RUSH",
            "- * FROM &PRISON                 [0841]  # RUSH",
            "- * SPECIAL_CLAUSE               [106]   # RUSH",
            "- * A DEVIL                      [111]   # RUSH",
            "- * AID                          [070]   # RUSH",
            "######## TRANSFORMATIONS ##########",
        ]
    )
    (rush,) = conv.convert(text)["blocks"]  # type: ignore[attr-defined]
    # "- * FROM &PRISON": the preposition heads a phrase, it is not the verb's object; alone
    # ("- * INTO") it names no event for a whole synonym block and is dropped.
    assert ["0841", "", [], "from", ["&prison"], []] in rush["patterns"]
    # Patterns that name words come before the one naming only a preposition: "rushed aid to X".
    assert [p[0] for p in rush["patterns"]] == ["0841", "106", "111", "070", "042"]
    # "SPECIAL_CLAUSE" is two words that must both hold; an article is no word to match.
    assert ["106", "", ["special", "clause"], "", [], []] in rush["patterns"]
    assert ["111", "", ["devil"], "", [], []] in rush["patterns"]


def test_imported_fallback_only_for_verbs_the_merge_left_out() -> None:
    book = load_codebook(Settings())
    # "launch": own senses all conditional (an attack, an inquiry, mediation).
    launch = fallback_senses(book, "launch", lambda: {"talks"})
    assert launch and all(s.imported and (s.objects_all or s.pobj_all or s.subjects) for s in launch)
    assert any(s.code == "046" for s in launch)
    # Only the patterns the object's words may satisfy are tried.
    assert len(launch) < len(fallback_senses(book, "launch", lambda: {"talks", "offensive", "probe"}))
    assert not any(s.objects_all and "talks" not in s.objects_all[0] for s in launch)
    assert (
        fallback_senses(book, "kill", lambda: {"soldier"}) == []
    )  # its imported patterns were merged already
    assert fallback_senses(book, "gun down", lambda: {"soldier"}) == []  # known only through the import
    send = book.verbs["send"]
    assert catch_all(send[-1])  # "send" anything else: gives way to a pattern that names its words
    assert not catch_all(book.verbs["fire"][0])  # "fire" + staff: a word sense, which holds first


# Sentences written for this test, each telling one entry of PETRARCH2's dictionary in plain wire
# style; the root is the dictionary's, which the guidelines agree with for these.
WIRE = (
    ("02", "The Chilean government appealed to Peru for food on Tuesday."),
    ("03", "The Chilean government promised aid to Peru on Tuesday."),
    ("05", "Chile sent an ambassador to Peru on Friday."),
    ("06", "Chile opened trade with Peru on Monday."),
    ("07", "The Chilean government rushed aid to Peru on Tuesday."),
    ("07", "The Chilean air force flew relief supplies to Peru on Sunday."),
    ("15", "The Chilean navy launched maneuvers near Peru on Monday."),
    ("19", "Chilean troops advanced into Peru on Sunday."),
    ("20", "Chilean forces ethnically cleansed the Peruvian villages, the report said on Monday."),
    ("11", "Peru reacted angrily to Chile's decision on Tuesday."),
    ("12", "The Peruvian government remained defiant toward Chile on Tuesday."),
    ("11", "The Chilean president called the Peruvian leader a devil on Monday."),
)


@pytest.mark.model
@pytest.mark.parametrize(("root", "text"), WIRE, ids=[f"{r}-{t.split()[2]}" for r, t in WIRE])
def test_imported_dictionary_entry_is_coded_with_its_root(settings: Settings, root: str, text: str) -> None:
    assert root in {e.root for e in _code(settings, text)}


@pytest.mark.model
def test_imported_fallback_leaves_an_own_word_sense_alone(settings: Settings) -> None:
    # "fire" + staff is a dismissal (own null sense): no imported pattern turns it into force.
    assert not _code(settings, "The Chilean mining company fired 40 staff on Monday.")


@pytest.mark.model
def test_imported_fallback_leaves_an_own_event_noun_to_the_book(nlp: Any) -> None:
    book = load_codebook(Settings())
    # "extend" has no own event sense, but "ceasefire" is an own event noun: the imported
    # "extend ... ceasefire" (081) does not take the phrase from the book's ceasefire (0871).
    doc = nlp("Chile and Peru agreed on Friday to extend their ceasefire.")
    found = match_verb(read_tokens(doc), next(t for t in doc if t.text == "extend"), book)
    assert found is None or not found.sense.imported
    # With an object the book has no word for, the imported pattern holds (cooperate, 050).
    doc = nlp("Chile extended an olive branch to Peru on Tuesday.")
    found = match_verb(read_tokens(doc), next(t for t in doc if t.text == "extended"), book)
    assert found is not None and found.sense.imported and found.sense.code == "050"


def test_imported_converter_lists_irregular_forms() -> None:
    conv = _converter()
    text = "\n".join(
        [
            "####### VERB PATTERNS #######",
            "---  OVERFLY   [150]  ---",
            "OVERFLY {OVERFLEW OVERFLOWN OVERFLIES OVERFLYING}",
            "BAN {BANNED BANS BANNING}",
            "######## TRANSFORMATIONS ##########",
        ]
    )
    forms = conv.convert(text)["forms"]  # type: ignore[attr-defined]
    assert forms["overflew"] == "overfly" and forms["overflown"] == "overfly"
    assert "overflying" not in forms and "bans" not in forms  # regular: the stems give them


@pytest.mark.model
def test_imported_irregular_form_the_lemmatizer_misses(nlp: Any) -> None:
    book = load_codebook(Settings())
    doc = nlp("Chilean jets overflew Peru on Monday.")
    found = match_verb(read_tokens(doc), next(t for t in doc if t.text == "overflew"), book)
    assert found is not None and found.key == "overfly" and (found.sense.code or "")[:2] == "15"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # "launch * CAMPAIGN [020]": an appeal with no one appealed to.
        "The Chilean president launched a campaign for re-election on Monday.",
        # "launch * CAMPAIGN (AGAINST) [111]": the target stands after "against"; tax evasion is no actor.
        "The Chilean government launched a campaign against tax evasion on Monday.",
    ],
)
def test_imported_fallback_without_its_target_is_no_event(settings: Settings, text: str) -> None:
    assert not _code(settings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan began talks on the disputed region on Monday.",
        "Armenia and Azerbaijan began talks in Prague on Monday.",
    ],
)
def test_imported_talks_begun_are_between_the_sides_not_on_their_topic_or_venue(settings: Settings, text: str) -> None:
    """ "- * TALKS [046:046]": two subjects are each other's counterparts; "on" names the topic, "in" the venue."""
    run = run_user_path([{"id": "x", "title": "", "text": text}], settings)
    pairs = {(e["source_code"][:3], e["target_code"][:3]) for a in run.articles["x"] for e in a["events"]}
    assert pairs == {("ARM", "AZE"), ("AZE", "ARM")}
