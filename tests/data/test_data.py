"""The one data loader: packaged tables by name, a user's files by path, with the same rules."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import newsgraph.data
from newsgraph.data import HeaderError, location, read_json, read_text, read_tsv, read_yaml, safe_loader


def test_data_read_tsv_packaged_table_by_name() -> None:
    rows = read_tsv("gdelt_columns.tsv")
    # 61 GDELT columns; the '#' lines above the header are comments, not rows.
    assert len(rows) == 61
    assert rows[0] == {"position": "1", "name": "GLOBALEVENTID", "type": "INTEGER"}
    assert all(set(r) == {"position", "name", "type"} for r in rows)


def test_data_read_tsv_nested_name() -> None:
    codes = {r["code"]: r for r in read_tsv("cameo/event_codes.tsv")}
    assert codes["190"]["quad_class"] == "4"


def test_data_read_tsv_users_file_rules(tmp_path: Path) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text(
        '# a comment\nname\tkind\trole\n\n   \nAcme\torganisation\tBUS\textra\nSolo\n"Q" Corp\t\t\n'
    )
    rows = read_tsv(path)
    assert rows == [
        {"name": "Acme", "kind": "organisation", "role": "BUS"},  # cells past the header dropped
        {"name": "Solo", "kind": "", "role": ""},  # a short row gets "" for what it lacks
        {"name": '"Q" Corp', "kind": "", "role": ""},  # no quoting unless asked: '"' is a character
    ]


def test_data_read_tsv_quoted_reads_csv_quoting(tmp_path: Path) -> None:
    path = tmp_path / "quoted.tsv"
    path.write_text('name\taliases\r\n"Smith\tand Sons"\t"A|B"\r\n"two\nlines"\tx\n')
    assert read_tsv(path, quoted=True) == [
        {"name": "Smith\tand Sons", "aliases": "A|B"},
        {"name": "two\nlines", "aliases": "x"},
    ]


def test_data_read_tsv_required_column(tmp_path: Path) -> None:
    path = tmp_path / "nohead.tsv"
    path.write_text("# only comments\nfoo\tbar\n")
    with pytest.raises(HeaderError, match="header with a 'name' column"):
        read_tsv(path, required="name")
    path.write_text("# nothing but comments\n")
    assert read_tsv(path) == []
    with pytest.raises(HeaderError):
        read_tsv(path, required="name")


def test_data_read_tsv_missing_file(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        read_tsv(tmp_path / "absent.tsv")
    with pytest.raises(OSError):
        read_tsv("no_such_table.tsv")


def test_data_read_yaml_packaged_and_users(tmp_path: Path) -> None:
    cues = read_yaml("quote_cues.yaml")
    assert cues["verbs"]["say"]["kind"] == "speech"
    path = tmp_path / "mine.yaml"
    path.write_text("flag: yes\n")
    assert read_yaml(path) == {"flag": True}
    assert read_yaml(path, yaml.BaseLoader) == {"flag": "yes"}  # a loader of the caller's


def test_data_read_yaml_refuses_a_key_written_twice(tmp_path: Path) -> None:
    # A pattern or dictionary file that lists a word twice would silently lose the first entry.
    path = tmp_path / "twice.yaml"
    path.write_text("verbs:\n  meet: {code: '036'}\n  visit: {code: '042'}\n  meet: {code: '040'}\n")
    with pytest.raises(yaml.YAMLError, match=r"'meet' written twice \(lines 2 and 4\)"):
        read_yaml(path)
    path.write_text("verbs:\n  meet: {code: '036'}\nnouns:\n  meet: {code: '040'}\n")
    assert read_yaml(path)["nouns"]["meet"] == {"code": "040"}  # the same word in two tables is fine


class _NoBooleans(yaml.SafeLoader):
    """A caller's own loader keeps its rules and gains the check."""


def test_data_read_yaml_with_a_callers_loader_still_refuses_repeats(tmp_path: Path) -> None:
    path = tmp_path / "twice.yaml"
    path.write_text("a: 1\na: 2\n")
    with pytest.raises(yaml.YAMLError):
        read_yaml(path, _NoBooleans)
    path.write_text("a: [x, y]\n")
    assert read_yaml(path, _NoBooleans) == {"a": ["x", "y"]}


def typed(value: object) -> object:
    """`value` with every scalar paired with its type: True == 1 and 1.0 == 1 in Python, and a parser
    reading "yes" as a word where the other reads a boolean must not pass for the same."""
    if isinstance(value, dict):
        return {typed(k): typed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [typed(v) for v in value]
    return (type(value).__name__, value)


def test_data_safe_loader_reads_every_packaged_file_as_the_pure_python_parser_does() -> None:
    # read_yaml parses with libyaml (a sixth of the time at every start); the tables must not change.
    assert safe_loader() is yaml.CSafeLoader  # the installed yaml has libyaml: the fast path is under test
    files = sorted(Path(newsgraph.data.__file__).parent.rglob("*.yaml"))
    assert len(files) >= 14
    for path in files:
        assert typed(read_yaml(path)) == typed(read_yaml(path, yaml.SafeLoader)), path.name


def test_data_safe_loader_reads_yaml_11_scalars_and_refuses_repeats(tmp_path: Path) -> None:
    path = tmp_path / "scalars.yaml"
    path.write_text("a: yes\nb: off\nc: '036'\nd: 036\ne: 1.5\nf: ~\ng: [x, 'y z']\nh: {k: v}\n")
    assert typed(read_yaml(path)) == typed(read_yaml(path, yaml.SafeLoader))
    assert read_yaml(path)["a"] is True and read_yaml(path)["c"] == "036"
    path.write_text("verbs:\n  meet: 1\n  meet: 2\n")
    with pytest.raises(yaml.YAMLError, match=r"'meet' written twice \(lines 2 and 3\)"):
        read_yaml(path, safe_loader())


def test_data_read_json_and_text() -> None:
    verbs = read_json("cameo_verbs.json")
    assert verbs["blocks"] and verbs["sets"]
    assert read_text("gdelt_columns.tsv").startswith("#")


def test_data_location_lists_a_folder() -> None:
    names = {p.name for p in location("actors").iterdir()}
    assert {"roles.yaml", "phoenix"} <= names
    assert location("places/aliases.tsv").is_file()
