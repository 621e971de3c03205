from __future__ import annotations

import pytest

from newsgraph.roles import CAMEO_ROLES, _split, first_role, igo_group, load_known_groups, split_code


def test_roles_table_holds_cameo_agent_codes_only() -> None:
    assert {"GOV", "MIL", "COP", "JUD", "OPP", "REB", "MED", "IGO", "NGO", "UNO"} <= CAMEO_ROLES
    assert all(len(code) == 3 and code.isupper() for code in CAMEO_ROLES)
    # Countries are not roles: a country block must never read as one.
    assert not {"IRN", "USA", "FIN", "BLR"} & CAMEO_ROLES


def test_roles_known_groups_read_from_the_data_file() -> None:
    groups = load_known_groups()
    assert {"NAT", "UNO", "ALQ", "EEC", "HRW"} <= groups
    assert "code" not in groups  # the header is not a code
    assert not any(code.startswith("#") for code in groups)  # nor the comment lines
    assert "IRN" not in groups
    assert load_known_groups() is groups  # read once


@pytest.mark.parametrize(
    ("code", "role"),
    [
        ("GOVMIL", "GOV"),
        ("MIL", "MIL"),
        ("CHRGOV", "GOV"),  # a religion block first, then the agent code
        ("CHRSUNMIL", "MIL"),
        ("CHR", None),
        ("", None),
        ("GO", None),
        ("XGOV", None),  # blocks are three letters from the start: "XGO", then a stub
        ("ABCDGOV", None),
    ],
)
def test_roles_first_role_takes_the_first_agent_block(code: str, role: str | None) -> None:
    assert first_role(code) == role


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("BLRGOV", ("BLR", "GOV")),
        ("USACOPMIL", ("USA", "COPMIL")),
        ("FIN", ("FIN", "")),
        ("IGO", ("", "IGO")),  # a CAMEO type, not a country
        ("MEDGOV", ("", "MEDGOV")),
        ("NAT", ("", "NAT")),  # known groups: NATO and the UN have no country block
        ("NATMIL", ("", "NATMIL")),
        ("UNO", ("", "UNO")),
        ("ALQ", ("", "ALQ")),  # a known group that is no agent code
        ("PSEREB", ("PSE", "REB")),  # GDELT also lists PSE as a known group; it is Palestine's country code
        ("PSE", ("PSE", "")),
        ("", ("", "")),
        ("US", ("", "US")),  # too short to hold a country
        ("12X", ("", "12X")),  # not letters
    ],
)
def test_roles_split_code_into_country_and_role(code: str, expected: tuple[str, str]) -> None:
    assert split_code(code) == expected


def test_roles_split_code_entity_fields_override_the_code() -> None:
    # The entity's own fields are exact; the code is not consulted at all.
    assert split_code("IRNGOV", "IRQ", "MIL") == ("IRQ", "MIL")
    assert split_code("IGO", "BEL", None) == ("BEL", "")
    assert split_code("BLRGOV", None, "OPP") == ("", "OPP")
    assert split_code("", "", "GOV") == ("", "GOV")


@pytest.mark.parametrize(
    ("code", "group"),
    [
        ("IGOUNO", "UNO"),
        ("IGOEUREEC", "EUREEC"),
        ("IGOWSTNAT", "NATO"),  # PETRARCH's spelling, the guidelines' tag
        ("IGOAFRAFU", "AFRAU"),
        ("IGOUNOIAE", "IAEA"),
        ("IGOUNOREF", "UNOREF"),
        ("IGO", None),
        ("USAGOV", None),
        ("IGO@2004", None),
    ],
)
def test_roles_igo_group_is_the_tag_after_igo(code: str, group: str | None) -> None:
    assert igo_group(code) == group


def test_split_code_remembered_answers_are_those_worked_out() -> None:
    codes = ["IRQGOV", "PSEREB", "IGOUNO", "UNO", "MEDGOV", "GOV", "US", "", "IRQ"]
    first = [split_code(c) for c in codes]
    assert [split_code(c) for c in codes] == first == [_split.__wrapped__(c) for c in codes]
    assert first[0] == ("IRQ", "GOV") and first[3] == ("", "UNO")
    assert split_code("IRQGOV", country="SYR") == ("SYR", "")  # the entity's own fields still come first
