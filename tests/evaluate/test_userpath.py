import pytest

from newsgraph.evaluate.userpath import run_user_path
from newsgraph.settings import Settings

pytestmark = pytest.mark.model


def test_records_come_back_by_id_and_losses_are_counted() -> None:
    records = [
        {
            "id": "one",
            "title": "Ministers meet",
            "text": "Ruritania's foreign minister met his Freedonian counterpart on Monday.",
        },
        {"id": "two", "text": ""},
    ]
    run = run_user_path(records, Settings())
    assert [a["title"] for a in run.articles["one"]] == ["Ministers meet"]
    assert run.lost(["one", "two"]) == 1
    assert any(e.source_id == "two" for e in run.errors)
