"""CAMEO actor role tables: the agent codes and the known-group codes, and splitting a code.

They sit at the bottom layer because both sides need them: the actor dictionary
(`understand.actors`) refuses roles outside `CAMEO_ROLES`, and the store splits stored codes
into country and role with `split_code`. Reading them loads neither pycountry nor yaml.
"""

from __future__ import annotations

from functools import cache, lru_cache

from newsgraph.data import read_tsv

# CAMEO agent codes (CAMEO manual 1.1b3 ch. 3; GDELT CAMEO.type.txt). Roles outside this set are refused at load
# time so a typo in a user file fails loudly instead of producing codes no tool understands.
CAMEO_ROLES = frozenset({
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF",
    "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF",
    "MOD", "RAD", "AMN", "IRC", "GRP", "UNO", "PKO", "UIS", "IGO", "IMG", "INT", "MNC", "NGM", "NGO", "SET",
})  # fmt: skip


# The guidelines' tags (shared/eval/events_guidelines.md) for organisations the PETRARCH/Phoenix tables spell
# otherwise, so that one organisation has one code whichever table names it.
_GUIDELINE_TAGS = {"WSTNAT": "NATO", "AFRAFU": "AFRAU", "UNOIAE": "IAEA"}


def igo_group(code: str) -> str | None:
    """The sub-tag of an international organisation's code: "IGOUNO" -> "UNO", "IGOWSTNAT" -> "NATO",
    "IGO" or a code of another kind -> None."""
    if not code.startswith("IGO") or len(code) <= 3 or not code.isalpha():
        return None
    tag = code[3:]
    for old, new in _GUIDELINE_TAGS.items():
        if tag.startswith(old):
            return new + tag[len(old) :]
    return tag


@cache
def load_known_groups() -> frozenset[str]:
    """CAMEO known-group codes (UNO, NATO's NAT, ...), read once."""
    return frozenset(r["code"] for r in read_tsv("gdelt_known_groups.tsv"))


@cache
def _country_codes() -> frozenset[str]:
    """The ISO3 codes the GDELT country table knows, read once."""
    return frozenset(r["iso3"] for r in read_tsv("gdelt_fips_countries.tsv"))


def first_role(code: str) -> str | None:
    """The first CAMEO agent code among a code's three-letter blocks ("GOVMIL" -> GOV), if any."""
    for k in range(0, len(code) - 2, 3):
        if code[k : k + 3] in CAMEO_ROLES:
            return code[k : k + 3]
    return None


def split_code(code: str, country: str | None = None, role: str | None = None) -> tuple[str, str]:
    """Actor code -> (country, role), preferring the entity's own fields when known.

    A code that starts with a CAMEO actor type or a known-group code has no country block:
    "IGO", "MEDGOV" and "UNO" are not countries. GDELT's known-group table also lists "PSE"
    (Occupied Palestinian Territories), which is ISO 3166's code for Palestine and the country
    newsgraph gives Palestinian actors: a block that is a country code is a country ("PSEREB").
    """
    if country is not None or role is not None:
        return country or "", role or ""
    return _split(code)


@lru_cache(maxsize=1 << 12)
def _split(code: str) -> tuple[str, str]:
    # The store writer splits the same few codes some 240 times an article (cross-article actors, story keys).
    head = code[:3]
    if len(code) < 3 or not head.isalpha() or head in CAMEO_ROLES:
        return "", code
    if head in load_known_groups() and head not in _country_codes():
        return "", code
    return head, code[3:]
