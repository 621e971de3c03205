"""read_paths: paths, directories, globs, stdin, gzip, and failures that do not stop the run."""

from __future__ import annotations

import gzip
import io
import shutil
import sys
from pathlib import Path

import pytest

from newsgraph.errors import UsageError
from newsgraph.model import DocumentError, RawDocument
from newsgraph.settings import Settings
from newsgraph.sources import read_paths

from .helpers import DATA, documents, errors, read


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "news"
    (root / "b_sub").mkdir(parents=True)
    (root / ".cache").mkdir()
    shutil.copy(DATA / "src_utf8.txt", root / "c.txt")
    shutil.copy(DATA / "src_page.html", root / "a.html")
    shutil.copy(DATA / "src_feed.rss", root / "b_sub" / "feed.xml")
    shutil.copy(DATA / "src_utf8.txt", root / ".hidden.txt")
    shutil.copy(DATA / "src_utf8.txt", root / ".cache" / "copy.txt")
    return root


def test_sources_directory_is_walked_sorted_recursively_skipping_hidden(folder: Path) -> None:
    uris = [d.uri for d in read([folder])]
    assert uris == [
        str(folder / "a.html"),
        str(folder / "c.txt"),
        str(folder / "b_sub" / "feed.xml") + "#1",
        str(folder / "b_sub" / "feed.xml") + "#2",
        str(folder / "b_sub" / "feed.xml") + "#3",
    ]


def test_sources_glob_expands_sorted_and_reports_an_empty_match(folder: Path) -> None:
    items = read([str(folder / "*.txt"), str(folder / "*.pdf")])
    assert [d.uri for d in documents(items)] == [str(folder / "c.txt")]
    [error] = errors(items)
    assert error.uri == str(folder / "*.pdf") and error.reason == "no files match the pattern"


def test_sources_recursive_glob_reaches_subfolders(folder: Path) -> None:
    items = read([str(folder / "**" / "*.xml")])
    assert {d.content_type for d in documents(items)} == {"text/html", "text/plain"}


def test_sources_missing_path_is_an_error_and_the_run_goes_on(folder: Path) -> None:
    items = read([folder / "nope.txt", folder / "c.txt"])
    assert isinstance(items[0], DocumentError) and items[0].reason == "no such file or directory"
    assert isinstance(items[1], RawDocument)


def test_sources_content_sniffing_beats_a_wrong_extension(tmp_path: Path) -> None:
    misnamed = tmp_path / "page.txt"
    misnamed.write_bytes((DATA / "src_page.html").read_bytes())
    feed = tmp_path / "feed.html"
    feed.write_bytes((DATA / "src_feed.atom").read_bytes())
    items = documents(read([misnamed, feed]))
    assert [d.content_type for d in items] == ["text/html", "text/html", "text/plain"]
    assert items[1].uri == f"{feed}#1"


def test_sources_stdin_is_read_as_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    data = (DATA / "src_cp1252.txt").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    [doc] = read(["-"])
    assert isinstance(doc, RawDocument)
    assert doc.uri == "<stdin>" and doc.content == data and doc.content_type == "text/plain"


def test_sources_stdin_jsonl_is_split_into_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b'{"text": "First story from a pipe."}\n{"text": "Second story from a pipe."}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert [d.uri for d in read(["-"])] == ["<stdin>:1", "<stdin>:2"]


def test_sources_gzip_is_decompressed_before_sniffing(tmp_path: Path) -> None:
    packed = tmp_path / "page.gz"
    packed.write_bytes(gzip.compress((DATA / "src_page.html").read_bytes()))
    [doc] = read([packed])
    assert isinstance(doc, RawDocument)
    assert doc.content_type == "text/html" and doc.content == (DATA / "src_page.html").read_bytes()


def test_sources_truncated_gzip_is_an_error_naming_the_file(tmp_path: Path) -> None:
    whole = gzip.compress((DATA / "src_utf8.txt").read_bytes() * 50)
    cut = tmp_path / "story.txt.gz"
    cut.write_bytes(whole[: len(whole) // 2])
    items = read([cut, DATA / "src_utf8.txt"])
    [error] = errors(items)
    assert error.uri == str(cut) and error.reason.startswith("truncated gzip")
    assert len(documents(items)) == 1


def test_sources_invalid_fetched_at_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="fetched_at"):
        list(read_paths([str(DATA / "src_utf8.txt")], Settings(fetched_at="yesterday")))


def test_sources_reader_bug_becomes_an_error_record(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsgraph import registry

    def broken(source: object, settings: Settings) -> list[RawDocument]:
        raise RuntimeError("reader exploded")

    registry.load_builtins()
    monkeypatch.setitem(registry._REGISTRY["sources"], "text", broken)
    items = read([DATA / "src_utf8.txt", DATA / "src_page.html"])
    assert isinstance(items[0], DocumentError) and items[0].reason == "RuntimeError: reader exploded"
    assert isinstance(items[1], RawDocument)


def test_sources_every_bad_input_in_one_run_is_a_named_error_and_good_ones_still_extract(
    tmp_path: Path,
) -> None:
    from newsgraph.model import Article
    from newsgraph.pipeline import extract_documents

    run = tmp_path / "mixed"
    run.mkdir()
    for name in (
        "src_empty.txt",
        "src_binary.txt",
        "src_undecodable.txt",
        "src_invalid_feed.xml",
        "src_no_text.html",
        "src_utf8.txt",
        "src_page.html",
        "src_feed.atom",
    ):
        shutil.copy(DATA / name, run / name)
    whole = gzip.compress((DATA / "src_utf8.txt").read_bytes())
    (run / "src_cut.txt.gz").write_bytes(whole[: len(whole) // 2])
    results = list(extract_documents([str(run)], Settings()))
    failures = {Path(r.uri).name: r.reason for r in results if isinstance(r, DocumentError)}
    assert set(failures) == {
        "src_empty.txt",
        "src_binary.txt",
        "src_undecodable.txt",
        "src_invalid_feed.xml",
        "src_no_text.html",
        "src_cut.txt.gz",
    }
    assert failures["src_empty.txt"] == "empty file"
    assert failures["src_binary.txt"].startswith("binary file")
    assert failures["src_undecodable.txt"].startswith("undecodable bytes")
    assert failures["src_invalid_feed.xml"].startswith("invalid feed XML")
    assert failures["src_no_text.html"].startswith("no article text in HTML")
    assert failures["src_cut.txt.gz"].startswith("truncated gzip")
    articles = [r for r in results if isinstance(r, Article)]
    sources = {Path(a.source).name for a in articles}
    assert {"src_utf8.txt", "src_page.html", "src_feed.atom#1"} <= sources


def test_sources_text_only_stdin_is_encoded_as_utf8(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("Zürich talks resumed on Monday after a pause."))
    [doc] = read(["-"])
    assert (
        isinstance(doc, RawDocument)
        and doc.content == "Zürich talks resumed on Monday after a pause.".encode()
    )
