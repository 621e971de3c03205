"""A governing modal rewrites an event's code: intent, threat, refusal, or nothing at all."""

from __future__ import annotations

from newsgraph.evaluate.userpath import run_user_path
from newsgraph.settings import Settings
from newsgraph.understand.events.codebook import load_codebook
from newsgraph.understand.events.modality import Modality, derive


def _mod(kind: str | None = None, *, will: bool = False, negated: bool = False) -> Modality:
    return Modality(kind, None, will, False, negated)


def test_modality_intent_to_cooperate_is_03x_and_refusal_when_negated() -> None:
    book = load_codebook(Settings())
    assert derive(book, "072", _mod("intent")) == ("0332", False)  # "plans to provide aid"
    assert derive(book, "072", _mod("intent", negated=True)) == (book.derived("refuse", "072"), False)
    assert derive(book, "072", _mod(will=True)) == ("0332", False)  # "will provide aid"


def test_modality_intent_to_use_force_is_a_threat() -> None:
    book = load_codebook(Settings())
    assert derive(book, "163", _mod("intent")) == ("1312", False)  # "plans to impose sanctions"
    assert derive(book, "190", _mod(will=True)) == (book.derived("threaten", "190") or "190", False)


def test_modality_coercion_a_speaker_says_it_may_use_is_a_threat_any_other_step_stays_possible() -> None:
    book = load_codebook(Settings())
    assert derive(book, "163", _mod("possible")) == ("1312", False)  # "said it could impose sanctions"
    assert derive(book, "073", _mod("possible")) == ("073", True)  # "said it may send observers"
    assert derive(book, "090", _mod("possible")) == ("090", True)  # "said they may investigate"


def test_a_speaker_s_own_possible_coercion_is_coded_as_a_threat_a_guess_is_not(settings: Settings) -> None:
    texts = {
        "own": "The Foreign Ministry of Freedonia said on Friday it could impose sanctions on Sylvania.",
        "guess": "Analysts in Freedonia said the government could impose sanctions on Sylvania.",
    }
    run = run_user_path(({"id": k, "text": t} for k, t in texts.items()), settings)
    coded = {k: [(e["cameo"], e["hypothetical"]) for a in run.articles[k] for e in a["events"]] for k in texts}
    assert [c for c, hyp in coded["own"] if c.startswith("13") and not hyp], coded
    assert all(hyp for c, hyp in coded["guess"]), coded


def test_modality_appeals_and_demands_take_their_own_codes() -> None:
    book = load_codebook(Settings())
    assert derive(book, "042", _mod("appeal")) == ("026", False)  # "urged X to visit"
    assert derive(book, "072", _mod("demand")) == ("1032", False)  # "demanded X provide aid"
    assert derive(book, "042", _mod()) == ("042", False)  # no modal: unchanged
    assert derive(book, "010", _mod("intent")) == ("010", True)  # neither cooperation nor force: hypothetical


def test_modality_a_force_posture_agreed_to_is_announced_one_vowed_a_threat(nlp) -> None:  # type: ignore[no-untyped-def]
    book = load_codebook(Settings())
    agreed = nlp("Canada agreed to send 500 troops to Haiti.")
    vowed = nlp("Russia vowed to send troops to the border.")
    head_agreed = next(t for t in agreed if t.lemma_ == "agree")
    head_vowed = next(t for t in vowed if t.lemma_ == "vow")
    assert derive(book, "154", Modality("intent", head_agreed, False, False, False)) == ("154", False)
    assert derive(book, "154", Modality("intent", head_vowed, False, False, False)) == ("138", False)
    iffy = nlp("Syria promised to put its army on alert if Israel attacked.")
    head_iffy = next(t for t in iffy if t.lemma_ == "promise")
    assert derive(book, "152", Modality("intent", head_iffy, False, False, False))[0].startswith("13")


def test_modality_a_clause_of_time_on_a_future_act_is_not_yet_done() -> None:
    texts = [
        # (A board sitting alone is no meeting at all, session 18: the future meeting here is between two sides.)
        "Iran's nuclear programme will top the agenda when Iran's foreign minister meets his French counterpart in "
        "Paris next week, diplomats said.",
        "Israel will free 400 prisoners once Hezbollah returns the bodies of three soldiers.",
        "Israeli troops withdrew from the town when militants attacked a patrol on Monday.",
    ]
    run = run_user_path([{"id": str(i), "text": t} for i, t in enumerate(texts)], Settings())
    flags = {
        (i, e["trigger"]): e["hypothetical"]
        for i in range(len(texts))
        for a in run.articles[str(i)]
        for e in a["events"]
    }
    assert flags[(0, "meets")] and flags[(1, "returns")]
    assert not flags[(2, "attacked")]  # a clause of time on a past act tells what happened


def test_modality_what_a_poll_finds_is_an_opinion() -> None:
    texts = ["JERUSALEM (AP) - Opinion polls show most Israelis support Prime Minister Ariel Sharon's plan to withdraw "
             "from Gaza.", "A survey found that most Iraqis back the interim government.",
             "Police said the gunmen attacked the convoy on Monday."]
    run = run_user_path([{"id": str(i), "text": t} for i, t in enumerate(texts)], Settings())
    flags = {e["trigger"]: e["hypothetical"] for i in range(3) for a in run.articles[str(i)] for e in a["events"]}
    assert flags["support"] and flags["back"] and not flags["attacked"]


def test_modality_a_poll_the_parser_makes_a_subject_still_finds_an_opinion() -> None:
    """ "A survey found on Tuesday that ...": the small parser hangs "found" on the survey as a modifier (session 21)."""
    text = "Reuters - A survey found on Tuesday that most Poles oppose the government#39;s Iraq policy."
    run = run_user_path([{"id": "x", "text": text}], Settings())
    flags = [e["hypothetical"] for a in run.articles["x"] for e in a["events"] if e["trigger"] == "oppose"]
    assert flags and all(flags)


def test_a_past_act_in_a_time_clause_on_a_future_one_is_done(settings: Settings) -> None:
    """ "will free the prisoners after Hezbollah freed a businessman": the freeing told in the past has happened."""
    text = "Israel will free 400 prisoners after Hezbollah freed an Israeli businessman on Thursday."
    run = run_user_path([{"id": "x", "title": "", "text": text}], settings)
    done = [e for a in run.articles["x"] for e in a["events"] if e["source_code"].startswith("LBN")]
    assert done and not any(e["hypothetical"] for e in done)
