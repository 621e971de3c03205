"""A blind set aimed at entity coverage: wire leads whose actors the entity stage must turn into entities at all
(names with particles, hyphens and apostrophes; organisations with lowercase words and acronyms; possessive
subjects; counted groups; descriptor groups in object position; Title Case headlines; actors named only in the
second sentence). Written before the coder's output on them was seen. Scored as events_guidelines.md scores
actors: the country part (first three letters) of the code of the first entity whose name or alias contains the
gold name or is contained in it; no entity at all is a miss."""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from newsgraph.evaluate.actors_news import first_match

from .test_wire_blind import analyse_dated, wire_params

pytestmark = pytest.mark.model

# (article date, lead, actor as named, gold code)
# declarative table:
CASES: list[tuple[str, str, str, str]] = [
    # names with particles, hyphens and apostrophes
    ("2005-04-11", "RIYADH (Reuters) - Saudi Foreign Minister Prince Saud al-Faisal met his Egyptian counterpart "
     "on Monday.", "Saud al-Faisal", "SAUGOV"),
    ("2004-12-16", "DUBAI (Reuters) - Osama bin Laden urged militants in a new audio tape to attack oil "
     "installations in the Gulf.", "Osama bin Laden", "SAUREB"),
    ("2005-01-09", "RAMALLAH (Reuters) - Mahmoud Abbas won the Palestinian presidential election on Sunday.",
     "Mahmoud Abbas", "PSEGOV"),
    ("2004-06-24", "BAGHDAD (Reuters) - Abu Musab al-Zarqawi's group claimed responsibility for the bombings.",
     "Abu Musab al-Zarqawi", "JORREB"),
    ("2008-09-02", "THE HAGUE (Reuters) - Dutch Foreign Minister Maxime Verhagen said on Tuesday the Netherlands "
     "would send more troops.", "Maxime Verhagen", "NLDGOV"),
    ("2010-03-03", "BRUSSELS (Reuters) - Herman Van Rompuy, the European Union's president, called for a summit "
     "on Greece.", "Herman Van Rompuy", "IGO"),
    ("2006-10-30", "MEXICO CITY (Reuters) - Mexican President Vicente Fox sent federal police to Oaxaca, where "
     "protesters led by Flavio Sosa de la Cruz held the city square.", "protesters", "MEXCVL"),
    ("2004-05-12", "DUBLIN (Reuters) - Irish Prime Minister Bertie Ahern met Sinn Fein leader Gerry Adams on "
     "Wednesday.", "Gerry Adams", "GBROPP"),
    ("2007-02-08", "MECCA (Reuters) - Hamas leader Khaled Meshaal and Fatah's Mahmoud Abbas agreed on a unity "
     "government.", "Khaled Meshaal", "PSEREB"),
    ("2009-11-02", "KABUL (Reuters) - Abdullah Abdullah pulled out of Afghanistan's presidential run-off on "
     "Sunday.", "Abdullah Abdullah", "AFGOPP"),
    ("2006-01-15", "SANTIAGO (Reuters) - Michelle Bachelet won Chile's presidential election on Sunday.",
     "Michelle Bachelet", "CHL"),
    ("2004-04-05", "NAJAF, Iraq (Reuters) - Followers of radical cleric Moqtada al-Sadr clashed with Spanish "
     "troops on Sunday.", "Moqtada al-Sadr", "IRQ"),
    ("2004-04-05", "NAJAF, Iraq (Reuters) - Followers of radical cleric Moqtada al-Sadr clashed with Spanish "
     "troops on Sunday.", "Spanish troops", "ESPMIL"),
    # organisations with lowercase words, "of", acronyms in parentheses
    ("2005-12-08", "MECCA (Reuters) - The Organisation of the Islamic Conference condemned the Danish cartoons on "
     "Thursday.", "Organisation of the Islamic Conference", "IGO"),
    ("2006-01-30", "VIENNA (Reuters) - The International Atomic Energy Agency (IAEA) said Iran had resumed "
     "enrichment work.", "International Atomic Energy Agency", "IGO"),
    ("2006-01-30", "VIENNA (Reuters) - The International Atomic Energy Agency (IAEA) said Iran had resumed "
     "enrichment work.", "Iran", "IRN"),
    ("2004-09-09", "KHARTOUM (Reuters) - The Sudan Liberation Army (SLA) accused government troops of bombing "
     "villages in Darfur.", "Sudan Liberation Army", "SDNREB"),
    ("2007-06-14", "GAZA (Reuters) - The Popular Front for the Liberation of Palestine said its fighters had left "
     "the Fatah compound.", "Popular Front for the Liberation of Palestine", "PSEREB"),
    ("2005-05-03", "COLOMBO (Reuters) - The Liberation Tigers of Tamil Eelam accused the army of violating the "
     "truce.", "Liberation Tigers of Tamil Eelam", "LKAREB"),
    ("2008-03-01", "BOGOTA (Reuters) - Colombian troops killed Raul Reyes, a senior commander of the Revolutionary "
     "Armed Forces of Colombia (FARC), on Saturday.", "Colombian troops", "COLMIL"),
    ("2008-03-01", "BOGOTA (Reuters) - Colombian troops killed Raul Reyes, a senior commander of the Revolutionary "
     "Armed Forces of Colombia (FARC), on Saturday.", "Raul Reyes", "COLREB"),
    # possessive subjects
    ("2007-03-23", "TEHRAN (Reuters) - Iran's Revolutionary Guards seized 15 British sailors in the northern Gulf "
     "on Friday.", "Revolutionary Guards", "IRNMIL"),
    ("2007-03-23", "TEHRAN (Reuters) - Iran's Revolutionary Guards seized 15 British sailors in the northern Gulf "
     "on Friday.", "British sailors", "GBRMIL"),
    ("2004-10-28", "SEOUL (Reuters) - North Korea's foreign ministry rejected fresh talks on its nuclear "
     "programme.", "foreign ministry", "PRKGOV"),
    ("2011-03-19", "TRIPOLI (Reuters) - Libya's state news agency said Western warplanes had struck civilian "
     "targets.", "state news agency", "LBYMED"),
    # counted groups
    ("2004-07-30", "ISLAMABAD (Reuters) - Three Chinese engineers were kidnapped in South Waziristan on Saturday, "
     "officials said.", "Chinese engineers", "CHN"),
    ("2014-10-07", "SURUC, Turkey (Reuters) - Dozens of Kurdish fighters crossed the border to defend the town of "
     "Kobani.", "Kurdish fighters", "SYRREB"),
    ("2005-09-19", "BASRA, Iraq (Reuters) - Two British soldiers were arrested by Iraqi police in Basra on Monday.",
     "British soldiers", "GBRMIL"),
    ("2008-12-10", "MUMBAI (Reuters) - Hundreds of Indian commandos stormed the hotel on Thursday.",
     "Indian commandos", "INDMIL"),
    ("2009-04-12", "MOGADISHU (Reuters) - Somali pirates freed 11 Filipino sailors on Sunday.", "Filipino sailors",
     "PHLCVL"),
    # descriptor groups in object position
    ("2006-09-18", "KABUL (Reuters) - A suicide bomber attacked a convoy of Afghan soldiers in Kabul on Monday.",
     "Afghan soldiers", "AFGMIL"),
    ("2005-11-03", "PARIS (Reuters) - Youths set fire to cars and clashed with French riot police overnight.",
     "French riot police", "FRACOP"),
    ("2009-07-06", "URUMQI, China (Reuters) - Chinese police detained hundreds of Uighur protesters after the "
     "riots.", "Uighur protesters", "CHNCVL"),
    ("2010-05-14", "BANGKOK (Reuters) - Thai troops fired on red-shirted protesters in the capital on Friday.",
     "Thai troops", "THAMIL"),
    ("2004-02-29", "PORT-AU-PRINCE (Reuters) - Rebels threatened to attack the capital as U.S. Marines landed to "
     "protect American citizens.", "U.S. Marines", "USAMIL"),
    # Title Case headlines
    ("2005-07-22", "Egyptian Police Arrest Suspects After Sharm el-Sheikh Bombings", "Egyptian Police", "EGYCOP"),
    ("2006-06-08", "Zarqawi Killed In U.S. Air Strike, Iraqi Prime Minister Says", "Iraqi Prime Minister",
     "IRQGOV"),
    ("2004-11-11", "Yasser Arafat Dies In Paris Hospital", "Yasser Arafat", "PSEGOV"),
    # actors only in the second sentence
    ("2007-12-28", "ISLAMABAD (Reuters) - Riots spread across Pakistan on Friday. Angry supporters of Benazir "
     "Bhutto burned banks and cars in Karachi.", "Benazir Bhutto", "PAKOPP"),
    ("2010-04-10", "MOSCOW (Reuters) - A plane crashed near Smolensk on Saturday. Polish President Lech Kaczynski "
     "was on board, officials said.", "Lech Kaczynski", "POLGOV"),
    ("2013-07-03", "CAIRO (Reuters) - Tanks rolled into the streets of Cairo on Wednesday. The Egyptian army "
     "removed President Mohamed Mursi from power.", "Egyptian army", "EGYMIL"),
    ("2013-07-03", "CAIRO (Reuters) - Tanks rolled into the streets of Cairo on Wednesday. The Egyptian army "
     "removed President Mohamed Mursi from power.", "Mohamed Mursi", "EGYGOV"),
]


@cache
def analysed() -> dict[str, dict[str, Any]]:
    """Every lead of this set, once; keyed by "date|lead"."""
    return analyse_dated(CASES)


def found_code(date: str, text: str, name: str) -> str | None:
    """The code of the first entity the scorer would take for `name`; None when none matches."""
    article = analysed().get(f"{date}|{text}")
    found = first_match(article["entities"] if article else [], name)
    return None if found is None else str(found.get("code") or "")


# Known misses, left visible rather than hidden: index into CASES -> why.
_HEADLINE = "a Title Case headline given as the whole text, not as the article's title: the headline rules do not run"
XFAIL: dict[int, str] = {
    1: "the Phoenix entry codes him by a region (ARE...); a Saudi home is the gold's reading, and arguable",
    3: "coded IRQREB from where he fought; the gold takes his Jordanian nationality, an arguable reading",
    10: "a president-elect: the dated dictionary starts at the inauguration and nothing else in the lead codes her",
    26: "Kurds live in four countries; the dateline's Turkey is taken, the gold reads Kobani's Syria",
    36: _HEADLINE,
    37: _HEADLINE,
}


@pytest.mark.parametrize(
    ("date", "text", "name", "gold"),
    wire_params(CASES, XFAIL),
)
def test_wire_actor_coverage(date: str, text: str, name: str, gold: str) -> None:
    got = found_code(date, text, name)
    assert got is not None, f"no entity for {name!r}"
    assert got[:3] == gold[:3], (name, got)
