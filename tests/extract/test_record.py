"""Structured input is trusted: one JSONL record -> exactly one article, whole.

Every sentence here was written for these tests (fictional wire copy), through the same path
a user takes: a JSONL file read by `read_paths` and extracted by `extract_documents`.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from newsgraph.extract.build import normalise_space
from newsgraph.extract.record import looks_like_page, paragraphs
from newsgraph.model import Article, DocumentError
from newsgraph.pipeline import extract_documents
from newsgraph.settings import Settings

LEADS = [
    "The harbour authority of Valdora closed two piers on Monday after a fuel barge ran aground.",
    "Farmers in the northern provinces blocked three highways with tractors to protest grain prices.",
    "The central bank of Estravia raised its main interest rate by half a point.",
    "Rescue teams pulled eleven miners alive from a flooded shaft near the border town of Kessel.",
    "The foreign ministers of Norland and Oskia met in a lakeside hotel to discuss fishing quotas.",
    "Police arrested four men suspected of smuggling antiques across the southern border.",
    "A magnitude 5.8 earthquake shook the coastal city of Marrion, cutting power to thousands.",
    "The opposition called for a general strike after parliament passed a new press law",
    "Health officials reported the first cases of a new flu strain in two eastern districts.",
    "The prime minister of Veltria survived a confidence vote by a margin of six votes.",
    "Striking dockworkers returned to work after their union accepted a pay offer.",
    "Voters in the province of Drenmark rejected a plan to merge its three largest towns.",
    "The United Nations appealed for food aid for refugees camped along the Ostra river.",
    "Two rival militias agreed to a ceasefire in the hills north of the capital",
    "The national airline cancelled all flights to the island after a volcano erupted.",
    "A court in the capital sentenced a former mayor to nine years in prison for bribery.",
    "India and China agreed on Monday to resume border talks next month.",
    "Turkey and Greece said they would hold talks on disputed airspace in the spring.",
    "THE ARMY SAID ITS TROOPS HAD TAKEN CONTROL OF THE AIRPORT ROAD ON SUNDAY.",
    "Lawmakers approved a budget that doubles spending on rural schools.",
    "The president of Kaldoria pardoned forty prisoners to mark the national holiday.",
    "Firefighters battled a forest blaze that forced the evacuation of five villages",
    "Thousands marched through the old town demanding the release of a jailed journalist.",
    "The two neighbours signed an accord to share water from the Serin dam.",
    "Officials said the bridge would stay closed until engineers finish their inspection.",
    "An explosion at a chemical plant injured seven workers early on Thursday.",
    "Japan and South Korea agreed to restart regular meetings of their defence chiefs.",
    "The governing coalition collapsed when its smallest partner quit over pension reform.",
]
SECOND = [
    "Officials said the talks would take place in a neutral city.",
    "No one claimed responsibility.",
    "The government has denied any wrongdoing.",
    "A spokesman said more details would follow on Friday.",
    "The decision is expected to be challenged in court",
    "Witnesses described scenes of panic in the streets.",
]
HEADLINES = [
    "Piers closed after barge accident",
    "Farmers block highways",
    "Border talks to resume",
    "Airspace talks planned",
    "ARMY TAKES AIRPORT ROAD",
    "Mayor jailed for bribery",
]


def _corpus() -> list[dict[str, str]]:
    """One-sentence and two-sentence items, some with a headline in the title field."""
    items = []
    for n, lead in enumerate(LEADS):
        items.append({"id": f"one-{n}", "text": lead})
        record = {"id": f"two-{n}", "text": f"{lead} {SECOND[n % len(SECOND)]}"}
        if n % 2:
            record["title"] = HEADLINES[n % len(HEADLINES)]
        items.append(record)
    return items


def _write(path: Path, records: Sequence[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _by_id(
    path: Path, settings: Settings | None = None
) -> tuple[dict[str, list[Article]], list[DocumentError]]:
    out: dict[str, list[Article]] = {}
    errors: list[DocumentError] = []
    for item in extract_documents([str(path)], settings or Settings()):
        if isinstance(item, DocumentError):
            errors.append(item)
        else:
            out.setdefault(item.source_id or "", []).append(item)
    return out, errors


def test_record_short_wire_items_are_never_lost_and_keep_their_whole_text(tmp_path: Path) -> None:
    items = _corpus()
    assert len(items) >= 50
    found, errors = _by_id(_write(tmp_path / "leads.jsonl", items))
    assert errors == []
    for item in items:
        [article] = found[item["id"]]
        assert normalise_space(item["text"]) in article.text
        assert article.body == normalise_space(item["text"])
        assert article.title == item.get("title")


# --- 200 multi-paragraph records, with tables, lists and all-caps lines ---------------------

_PARAGRAPHS = [
    "The regional council met on Tuesday to review the flood defences built after last year's storms.",
    "Engineers told the council that two of the five barriers needed repairs before the autumn rains.",
    "Residents of the lower town said they had waited months for an answer from the water authority.",
    "The council's chairman promised a decision within weeks, but gave no figure for the cost.",
    "Opposition members said the budget had been cut three years running and called for an inquiry.",
    "A spokeswoman for the ministry said funds had been set aside and would be released in stages.",
]
_TABLES = [
    [
        "Barrier | Built | Condition",
        "North weir | 1998 | poor",
        "Mill gate | 2004 | fair",
        "Harbour wall | 2011 | good",
    ],
    ["District\tHomes at risk\tShare", "Lower town\t1,240\t38%", "Riverside\t610\t19%"],
    ["Year  Rainfall (mm)  Floods", "2021  812  1", "2022  1,054  3", "2023  967  2"],
]
_LISTS = [
    ["- raise the north weir by half a metre", "- replace the mill gate pumps", "- clear the harbour drains"],
    ["* Monday: council session", "* Wednesday: public hearing", "* Friday: vote on the repair plan"],
    ["1. Inspect every barrier", "2. Publish the engineers' report", "3. Consult residents"],
]
_CAPS = ["FLOOD WARNING REMAINS IN FORCE", "UPDATE: ROADS REOPENED", "WHAT HAPPENS NEXT"]


def _long_record(n: int, rng: random.Random) -> dict[str, str]:
    blocks: list[list[str]] = [[p] for p in rng.sample(_PARAGRAPHS, k=rng.randint(3, 6))]
    for extra in (rng.choice(_TABLES), rng.choice(_LISTS), [rng.choice(_CAPS)]):
        blocks.insert(rng.randint(1, len(blocks)), extra)
    separator = "\n\n" if n % 2 else "\n"
    return {
        "id": f"long-{n}",
        "title": f"Council weighs flood repairs, part {n}",
        "text": separator.join("\n".join(b) for b in blocks),
    }


def test_record_multi_paragraph_records_come_out_whole(tmp_path: Path) -> None:
    rng = random.Random(14)
    records = [_long_record(n, rng) for n in range(200)]
    found, errors = _by_id(_write(tmp_path / "long.jsonl", records))
    assert errors == []
    for record in records:
        [article] = found[record["id"]]
        lines = [normalise_space(line) for line in record["text"].splitlines() if line.strip()]
        kept = sum(len(line) for line in lines if line in article.text)
        assert kept >= 0.99 * sum(len(line) for line in lines), record["id"]


# --- headline and lead ------------------------------------------------------------------------


def test_record_without_title_field_splits_a_headline_line_from_the_lead(tmp_path: Path) -> None:
    records = [
        {
            "id": "a",
            "text": "Border talks to resume\nIndia and China agreed on Monday to resume border talks.",
        },
        {
            "id": "b",
            "text": "PORT TALKS COLLAPSE\nDOCKWORKERS AND EMPLOYERS FAILED TO AGREE ON A NEW CONTRACT",
        },
        {"id": "c", "text": "Turkey and Greece said they would hold talks on disputed airspace"},
    ]
    found, _ = _by_id(_write(tmp_path / "h.jsonl", records))
    a, b, c = found["a"][0], found["b"][0], found["c"][0]
    assert a.title == "Border talks to resume" and a.body.startswith("India and China agreed")
    assert b.title == "PORT TALKS COLLAPSE" and b.body.startswith("DOCKWORKERS AND EMPLOYERS")
    assert c.title is None and c.body == records[2]["text"]


def test_record_archived_dateline_line_gives_the_publication_day(tmp_path: Path) -> None:
    text = "Club fined after cup tie .\nSALINAS , Calif 2004-02-09\nThe federation fined the club on Friday ."
    found, _ = _by_id(_write(tmp_path / "d.jsonl", [{"id": "d", "text": text}]))
    [article] = found["d"]
    assert (article.published, article.date_precision, article.date_source) == (
        dt.date(2004, 2, 9),
        "day",
        "dateline",
    )
    assert "SALINAS , Calif 2004-02-09" in article.text  # the line is the story's place name too


def test_record_text_that_repeats_the_title_field_keeps_it_once(tmp_path: Path) -> None:
    records = [
        {
            "id": "x",
            "title": "Mayor jailed",
            "text": "Mayor jailed\nA court sentenced the former mayor on Friday.",
        }
    ]
    found, _ = _by_id(_write(tmp_path / "t.jsonl", records))
    [article] = found["x"]
    assert article.title == "Mayor jailed" and article.body == "A court sentenced the former mayor on Friday."


def test_record_hard_wrapped_lines_are_joined_but_list_lines_are_not() -> None:
    text = "The council met on Tuesday to review\nthe flood defences.\n- raise the weir\n- clear the drains"
    assert paragraphs(text) == [
        "The council met on Tuesday to review the flood defences.",
        "- raise the weir",
        "- clear the drains",
    ]


# --- which text is a scraped page -------------------------------------------------------------

_PAGE = "\n".join(
    [
        "Home", "World", "Share", "Tweet", "Sign in",
        "Council weighs flood repairs",
        "By Ana Ruiz",
        *_PARAGRAPHS,
        "Advertisement",
        "Subscribe to our newsletter for the latest news",
        "We use cookies to improve your experience",
        "Related stories",
    ]
)  # fmt: skip


def test_record_text_field_holding_a_whole_page_is_segmented_in_auto_mode(tmp_path: Path) -> None:
    assert looks_like_page(_PAGE)
    assert not looks_like_page("\n".join(_PARAGRAPHS + _CAPS + _TABLES[0] + _LISTS[0]))
    path = _write(tmp_path / "page.jsonl", [{"id": "p", "text": _PAGE}])
    [article] = _by_id(path)[0]["p"]
    assert "Advertisement" not in article.text and "cookies" not in article.text
    [whole] = _by_id(path, Settings(segment="never"))[0]["p"]
    assert "Advertisement" in whole.text


def test_record_segment_always_runs_the_segmenter_and_says_what_to_do(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "short.jsonl", [{"id": "s", "text": "Two rival militias agreed to a ceasefire."}]
    )
    found, errors = _by_id(path, Settings(segment="always"))
    assert not found
    [error] = errors
    assert (
        error.stage == "extract" and "segment=never" in error.reason and "min_article_chars" in error.reason
    )


def test_record_plain_text_file_segment_never_keeps_it_whole(tmp_path: Path) -> None:
    path = tmp_path / "brief.txt"
    path.write_text("Two rival militias agreed to a ceasefire.\n", encoding="utf-8")
    assert not _by_id(path)[0]
    [article] = _by_id(path, Settings(segment="never"))[0][""]
    assert article.body == "Two rival militias agreed to a ceasefire."


def test_record_unknown_segment_mode_is_a_usage_error(tmp_path: Path) -> None:
    from newsgraph.errors import UsageError

    path = _write(tmp_path / "x.jsonl", [{"text": "A story."}])
    with pytest.raises(UsageError, match="segment"):
        _by_id(path, Settings(segment="sometimes"))


def test_record_one_sentence_feed_entries_are_articles(tmp_path: Path) -> None:
    items = "".join(
        f"<item><title>Brief {n}</title><guid>b{n}</guid><description>{lead}</description></item>"
        for n, lead in enumerate(LEADS[:5])
    )
    path = tmp_path / "wire.rss"
    path.write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>{items}</channel></rss>'
    )
    found, errors = _by_id(path)
    assert errors == [] and len(found) == 5
    for n, lead in enumerate(LEADS[:5]):
        [article] = found[f"b{n}"]
        assert article.body == lead and article.title == f"Brief {n}"


def test_record_caption_field_becomes_the_caption_block(tmp_path: Path) -> None:
    records = [
        {"id": "p", "text": LEADS[0], "caption": "Piers stand empty in Valdora."},
        {"id": "h", "text": f"<p>{LEADS[1]}</p>", "captions": ["Tractors on a highway.", "A farmer."]},
    ]
    articles, errors = _by_id(_write(tmp_path / "c.jsonl", records))
    assert not errors
    for key, caption in (("p", "Piers stand empty in Valdora."), ("h", "Tractors on a highway. A farmer.")):
        [article] = articles[key]
        assert article.caption == caption
        assert [b.kind for b in article.blocks][-1] == "caption"
        assert caption not in article.text[: article.analysis_end]


def test_record_title_and_text_get_back_the_entities_an_export_stripped(tmp_path: Path) -> None:
    record = {
        "id": "w1",
        "title": "Ruritania #39;s premier rejects quot;ultimatum quot;",
        "text": "OSTRAVA (Reuters) - Ruritania #39;s prime minister on Monday rejected what he called a "
        "quot;humiliating ultimatum quot; from its neighbour.",
    }
    by_id, errors = _by_id(_write(tmp_path / "items.jsonl", [record]))
    assert errors == []
    (article,) = by_id["w1"]
    assert article.title == 'Ruritania\'s premier rejects "ultimatum"'
    assert "Ruritania's prime minister" in article.text and '"humiliating ultimatum" from' in article.text
    assert "#39;" not in article.text and "quot;" not in article.text
