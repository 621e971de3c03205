"""A blind set of organisations of 2000-2006 wire copy, of many kinds, in the countries whose news names them most
(India, Pakistan, Turkey, Iraq, Lebanon, Nigeria, Kenya, Zimbabwe, Venezuela, Ukraine, Georgia, Indonesia, the
Philippines, Thailand, Sri Lanka, Nepal and others): ruling and opposition parties, armed groups and militias, trade
unions, national oil and other major companies, state agencies, central banks, courts, election commissions, news
media and domestic NGOs. Each lead was written for this test (the incidents are generic); some give the country,
some leave it to what an informed reader of the time knows.

The gold code is the one events_guidelines.md asks for (ISO3 country + CAMEO role; the party's role is the one it
held on the lead's date), written down before the coder's output on these leads was seen. As the guidelines'
scorer does, the actor is the first entity whose text contains the name or lies inside it. The country part (the
code's first three letters) is always checked; a six-letter gold checks the role too (REB stands for INS and SEP,
as the guidelines let it); a three-letter gold is a body whose role an analyst could argue either way.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from newsgraph.evaluate.actors_news import first_match

from .test_wire_blind import analyse_dated, wire_params

pytestmark = pytest.mark.model

# (article date, lead, organisation as named, gold code)
# declarative table:
CASES: list[tuple[str, str, str, str]] = [
    # Pakistan
    ("2003-02-10", "ISLAMABAD (Reuters) - The Pakistan People's Party accused President Pervez Musharraf on Monday "
     "of rigging the by-elections.", "Pakistan People's Party", "PAKOPP"),
    ("2004-06-18", "LAHORE (Reuters) - The Pakistan Muslim League-Nawaz called a nationwide strike on Friday over "
     "fuel prices.", "Pakistan Muslim League-Nawaz", "PAKOPP"),
    ("2003-12-30", "PESHAWAR, Pakistan (AP) - The Muttahida Majlis-e-Amal, an alliance of six religious parties, "
     "threatened on Tuesday to quit parliament.", "Muttahida Majlis-e-Amal", "PAKOPP"),
    ("2002-10-12", "ISLAMABAD (Reuters) - The Election Commission of Pakistan said on Saturday turnout in the "
     "general election was 41 percent.", "Election Commission of Pakistan", "PAKGOV"),
    ("2005-07-29", "KARACHI (Reuters) - The State Bank of Pakistan raised its discount rate by half a point on "
     "Friday.", "State Bank of Pakistan", "PAKGOV"),
    ("2006-03-02", "ISLAMABAD (Reuters) - Officials of Inter-Services Intelligence questioned two British men on "
     "Thursday, security sources said.", "Inter-Services Intelligence", "PAKSPY"),
    ("2004-11-22", "KARACHI (Reuters) - The Human Rights Commission of Pakistan said on Monday police had tortured "
     "detainees in Baluchistan.", "Human Rights Commission of Pakistan", "PAKNGO"),
    # India
    ("2004-11-15", "MUMBAI (Reuters) - The Shiv Sena called a strike in the city on Monday to protest the arrest of "
     "its workers.", "Shiv Sena", "INDOPP"),
    ("2004-03-01", "NEW DELHI (Reuters) - The Election Commission of India announced on Monday a four-phase general "
     "election.", "Election Commission of India", "INDGOV"),
    ("2005-04-28", "MUMBAI (Reuters) - The Reserve Bank of India kept its key lending rate unchanged on Thursday.",
     "Reserve Bank of India", "INDGOV"),
    ("2005-09-05", "NEW DELHI (Reuters) - Oil and Natural Gas Corp signed a deal on Monday to explore for oil off "
     "Vietnam.", "Oil and Natural Gas Corp", "INDBUS"),
    ("2006-02-14", "NEW DELHI (Reuters) - The Central Bureau of Investigation arrested a senior customs official on "
     "Tuesday on bribery charges.", "Central Bureau of Investigation", "INDCOP"),
    ("2005-10-30", "SRINAGAR, India (Reuters) - Lashkar-e-Qahhar, a little-known militant group, claimed the Delhi "
     "market bombings on Sunday.", "Lashkar-e-Qahhar", "REB"),
    # Turkey
    ("2004-03-29", "ANKARA (Reuters) - The Republican People's Party lost ground to the ruling party in Sunday's "
     "local elections.", "Republican People's Party", "TUROPP"),
    ("2005-04-12", "ANKARA (Reuters) - The Turkish General Staff said on Tuesday troops had killed five Kurdish "
     "rebels near the Iraqi border.", "Turkish General Staff", "TURMIL"),
    ("2006-05-17", "ANKARA (Reuters) - A gunman opened fire at the Council of State, Turkey's top administrative "
     "court, on Wednesday.", "Council of State", "TURJUD"),
    ("2004-06-01", "DIYARBAKIR, Turkey (Reuters) - The Kurdistan Workers Party said on Tuesday it would end its "
     "five-year ceasefire.", "Kurdistan Workers Party", "TURREB"),
    ("2004-07-14", "ISTANBUL (Reuters) - Tupras, the state oil refiner, said on Wednesday it had drawn four bids in "
     "its privatisation.", "Tupras", "TURBUS"),
    # Iraq
    ("2005-05-10", "BAGHDAD (Reuters) - The Dawa Party said on Tuesday it would not let Sunni Arabs be shut out "
     "of drafting the constitution.", "Dawa Party", "IRQGOV"),
    ("2005-01-31", "BAGHDAD (Reuters) - The Independent Electoral Commission of Iraq said on Monday turnout had "
     "been about 60 percent.", "Independent Electoral Commission of Iraq", "IRQGOV"),
    ("2004-10-05", "BAGHDAD (Reuters) - The Central Bank of Iraq said on Tuesday the new dinar was holding its "
     "value.", "Central Bank of Iraq", "IRQGOV"),
    ("2004-09-20", "BAGHDAD (Reuters) - The Islamic Army in Iraq said on Monday it had kidnapped two French "
     "journalists.", "Islamic Army in Iraq", "IRQREB"),
    ("2005-06-14", "BAGHDAD (Reuters) - Fighters of the Badr Brigade clashed with Sunni gunmen south of the capital "
     "on Tuesday.", "Badr Brigade", "IRQ"),
    ("2004-11-09", "BAGHDAD (Reuters) - The Iraqi Islamic Party pulled out of the interim government on Tuesday "
     "over the assault on Falluja.", "Iraqi Islamic Party", "IRQ"),
    ("2005-02-08", "BAGHDAD (AP) - The State Oil Marketing Organisation cut its crude exports from the southern "
     "port on Tuesday.", "State Oil Marketing Organisation", "IRQBUS"),
    # Lebanon
    ("2006-07-20", "BEIRUT (Reuters) - The Amal movement, Hezbollah's Shi'ite ally, called on Thursday for an "
     "immediate ceasefire.", "Amal", "LBN"),
    ("2006-02-14", "BEIRUT (Reuters) - The Future Movement led a rally of tens of thousands on Tuesday on the "
     "anniversary of Hariri's killing.", "Future Movement", "LBNGOV"),
    ("2006-11-21", "BEIRUT (Reuters) - The Lebanese Forces, a Christian party, accused Syria on Tuesday of killing "
     "the minister.", "Lebanese Forces", "LBN"),
    ("2006-12-01", "BEIRUT (Reuters) - The Free Patriotic Movement joined Hezbollah's sit-in against the government "
     "on Friday.", "Free Patriotic Movement", "LBNOPP"),
    ("2005-03-16", "BEIRUT (Reuters) - The Progressive Socialist Party called on Wednesday for Syrian troops to "
     "leave before the election.", "Progressive Socialist Party", "LBN"),
    ("2006-07-16", "BEIRUT (Reuters) - Al-Manar television said on Sunday Israeli jets had struck its offices "
     "again.", "Al-Manar", "LBNMED"),
    # Nigeria
    ("2003-04-22", "ABUJA (Reuters) - The People's Democratic Party won a majority in both houses of parliament, "
     "officials said on Tuesday.", "People's Democratic Party", "NGAGOV"),
    ("2003-04-23", "ABUJA (Reuters) - The All Nigeria People's Party rejected the election results on Wednesday.",
     "All Nigeria People's Party", "NGAOPP"),
    ("2006-02-18", "PORT HARCOURT, Nigeria (Reuters) - The Movement for the Emancipation of the Niger Delta said "
     "on Saturday it had seized nine foreign oil workers.", "Movement for the Emancipation of the Niger Delta",
     "NGAREB"),
    ("2004-09-27", "PORT HARCOURT, Nigeria (Reuters) - The Niger Delta People's Volunteer Force threatened on "
     "Monday to attack oil installations.", "Niger Delta People's Volunteer Force", "NGAREB"),
    ("2004-10-11", "LAGOS (Reuters) - The Nigeria Labour Congress began a general strike on Monday over fuel "
     "prices.", "Nigeria Labour Congress", "NGALAB"),
    ("2005-08-03", "LAGOS (Reuters) - The Nigerian National Petroleum Corporation raised the price of petrol on "
     "Wednesday.", "Nigerian National Petroleum Corporation", "NGABUS"),
    ("2005-04-05", "ABUJA (Reuters) - The Economic and Financial Crimes Commission charged a former police chief "
     "with theft on Tuesday.", "Economic and Financial Crimes Commission", "NGA"),
    # Kenya
    ("2004-07-07", "NAIROBI (Reuters) - The Kenya African National Union led a walkout from parliament on "
     "Wednesday.", "Kenya African National Union", "KENOPP"),
    ("2003-01-03", "NAIROBI (Reuters) - The National Rainbow Coalition named its ministers on Friday after its "
     "landslide win.", "National Rainbow Coalition", "KENGOV"),
    ("2006-09-12", "NAIROBI (Reuters) - The Orange Democratic Movement said on Tuesday it would field one "
     "presidential candidate.", "Orange Democratic Movement", "KENOPP"),
    ("2005-02-09", "NAIROBI (Reuters) - The Kenya Anti-Corruption Commission questioned two ministers on "
     "Wednesday.", "Kenya Anti-Corruption Commission", "KENGOV"),
    ("2006-03-04", "NAIROBI (Reuters) - The Kenya Human Rights Commission condemned a police raid on a newspaper on "
     "Saturday.", "Kenya Human Rights Commission", "KENNGO"),
    # Zimbabwe
    ("2005-06-01", "HARARE (Reuters) - The Reserve Bank of Zimbabwe devalued the currency by a third on "
     "Wednesday.", "Reserve Bank of Zimbabwe", "ZWEGOV"),
    ("2004-11-18", "HARARE (Reuters) - The Zimbabwe Congress of Trade Unions called off a strike on Thursday after "
     "police arrested its leaders.", "Zimbabwe Congress of Trade Unions", "ZWELAB"),
    ("2003-09-12", "HARARE (Reuters) - Police shut down the Daily News, Zimbabwe's only independent daily, on "
     "Friday.", "Daily News", "ZWEMED"),
    ("2005-05-10", "HARARE (Reuters) - The National Constitutional Assembly, a civic group, marched on parliament "
     "on Tuesday.", "National Constitutional Assembly", "ZWENGO"),
    # Venezuela
    ("2003-01-20", "CARACAS (Reuters) - Petroleos de Venezuela said on Monday oil output was recovering from the "
     "strike.", "Petroleos de Venezuela", "VENBUS"),
    ("2004-08-16", "CARACAS (Reuters) - The National Electoral Council said on Monday Chavez had won the recall "
     "referendum.", "National Electoral Council", "VENGOV"),
    ("2002-12-09", "CARACAS (Reuters) - Fedecamaras, the main business federation, extended the general strike on "
     "Monday.", "Fedecamaras", "VENBUS"),
    ("2002-12-02", "CARACAS (AP) - The Confederation of Venezuelan Workers joined the strike against Chavez on "
     "Monday.", "Confederation of Venezuelan Workers", "VENLAB"),
    ("2004-06-04", "CARACAS (Reuters) - Sumate, the group that organised the petition drive, said on Friday the "
     "recall vote would go ahead.", "Sumate", "VENNGO"),
    ("2005-12-05", "CARACAS (Reuters) - The Fifth Republic Movement won most seats in a congressional vote the "
     "opposition boycotted.", "Fifth Republic Movement", "VENGOV"),
    ("2004-10-31", "CARACAS (Reuters) - Democratic Action, the old social democratic party, lost most of its "
     "governorships on Sunday.", "Democratic Action", "VENOPP"),
    # Ukraine
    ("2004-11-22", "KIEV (Reuters) - Our Ukraine called on Monday for a general strike over the disputed "
     "run-off.", "Our Ukraine", "UKROPP"),
    ("2005-09-22", "KIEV (Reuters) - The Party of Regions said on Thursday it would back the new prime minister's "
     "nomination.", "Party of Regions", "UKROPP"),
    ("2004-11-24", "KIEV (Reuters) - The Central Election Commission declared Viktor Yanukovich the winner on "
     "Wednesday.", "Central Election Commission", "UKRGOV"),
    ("2006-01-02", "KIEV (Reuters) - Naftogaz said on Monday Russian gas supplies to Europe were flowing normally.",
     "Naftogaz", "UKRBUS"),
    # Georgia
    ("2004-03-29", "TBILISI (Reuters) - The National Movement won most seats in Georgia's parliamentary election, "
     "officials said on Monday.", "National Movement", "GEOGOV"),
    ("2003-11-02", "TBILISI (Reuters) - Rustavi-2, an independent television station, said on Sunday the "
     "parliamentary vote was rigged.", "Rustavi-2", "GEOMED"),
    ("2004-03-30", "TBILISI (Reuters) - Georgia's Labour Party said on Tuesday it would challenge the result in "
     "court.", "Labour Party", "GEOOPP"),
    # Indonesia
    ("2003-08-12", "JAKARTA (Reuters) - The Indonesian Democratic Party of Struggle backed the president's plan on "
     "Tuesday.", "Indonesian Democratic Party of Struggle", "IDNGOV"),
    ("2004-04-26", "JAKARTA (Reuters) - Golkar, the party of former president Suharto, won the most votes in the "
     "parliamentary election.", "Golkar", "IDN"),
    ("2005-03-20", "JAKARTA (Reuters) - The Prosperous Justice Party led a rally against fuel price rises on "
     "Sunday.", "Prosperous Justice Party", "IDN"),
    ("2005-06-01", "JAKARTA (Reuters) - Pertamina said on Wednesday it would import more fuel to end shortages.",
     "Pertamina", "IDNBUS"),
    ("2001-07-10", "AMBON, Indonesia (Reuters) - Laskar Jihad fighters attacked a Christian village on Tuesday.",
     "Laskar Jihad", "IDNREB"),
    # Philippines
    ("2004-05-20", "MANILA (Reuters) - The Commission on Elections said on Thursday the vote count would take weeks.",
     "Commission on Elections", "PHLGOV"),
    ("2005-08-18", "MANILA (Reuters) - The Bangko Sentral ng Pilipinas raised interest rates on Thursday.",
     "Bangko Sentral ng Pilipinas", "PHLGOV"),
    ("2006-02-26", "MANILA (Reuters) - The Communist Party of the Philippines called on Sunday for the president's "
     "ouster.", "Communist Party of the Philippines", "PHLREB"),
    ("2005-07-08", "MANILA (Reuters) - The Philippine Daily Inquirer said on Friday it would publish the tapes.",
     "Philippine Daily Inquirer", "PHLMED"),
    # Thailand
    ("2005-02-07", "BANGKOK (Reuters) - Thai Rak Thai won a landslide in Sunday's general election.",
     "Thai Rak Thai", "THAGOV"),
    ("2006-02-27", "BANGKOK (Reuters) - The Democrat Party said on Monday it would boycott the snap election.",
     "Democrat Party", "THAOPP"),
    ("2004-05-02", "PATTANI, Thailand (Reuters) - The Pattani United Liberation Organisation denied on Sunday "
     "it had led the attacks.", "Pattani United Liberation Organisation", "THAREB"),
    ("2005-11-14", "BANGKOK (Reuters) - PTT, the state oil and gas firm, raised retail diesel prices on Monday.",
     "PTT", "THABUS"),
    # Sri Lanka
    ("2005-11-18", "COLOMBO (Reuters) - The Sri Lanka Freedom Party said on Friday its candidate had won the "
     "presidency.", "Sri Lanka Freedom Party", "LKAGOV"),
    ("2005-11-19", "COLOMBO (Reuters) - The United National Party challenged the presidential result on Saturday.",
     "United National Party", "LKAOPP"),
    ("2005-06-16", "COLOMBO (Reuters) - The Janatha Vimukthi Peramuna quit the ruling coalition on Thursday over "
     "tsunami aid.", "Janatha Vimukthi Peramuna", "LKA"),
    # Nepal
    ("2005-04-08", "KATHMANDU (Reuters) - The Nepali Congress led a protest against the king's seizure of power "
     "on Friday.", "Nepali Congress", "NPLOPP"),
    ("2005-11-22", "KATHMANDU (Reuters) - The Royal Nepalese Army said on Tuesday it had killed 20 Maoist rebels.",
     "Royal Nepalese Army", "NPLMIL"),
    # Companies, unions, media and NGOs elsewhere
    ("2004-05-30", "DHAHRAN, Saudi Arabia (Reuters) - Saudi Aramco said on Sunday its oil exports were unaffected "
     "by the attack.", "Saudi Aramco", "SAUBUS"),
    ("2005-06-20", "TEHRAN (Reuters) - The National Iranian Oil Company signed a gas deal with India on Monday.",
     "National Iranian Oil Company", "IRNBUS"),
    ("2004-01-20", "ALGIERS (Reuters) - Sonatrach said on Tuesday a blast had hit its gas plant at Skikda.",
     "Sonatrach", "DZABUS"),
    ("2004-12-19", "MOSCOW (Reuters) - Yukos said on Sunday it would sue over the auction of its main unit.",
     "Yukos", "RUSBUS"),
    ("2003-07-02", "SEOUL (Reuters) - The Korean Confederation of Trade Unions began a general strike on "
     "Wednesday.", "Korean Confederation of Trade Unions", "KORLAB"),
    ("2005-06-27", "JOHANNESBURG (Reuters) - The Congress of South African Trade Unions staged a general strike on "
     "Monday.", "Congress of South African Trade Unions", "ZAFLAB"),
    ("2006-03-09", "TOKYO (Reuters) - The Bank of Japan ended its policy of pumping cash into the economy on "
     "Thursday.", "Bank of Japan", "JPNGOV"),
    ("2005-04-14", "KARACHI (Reuters) - Dawn, the English-language daily, said on Thursday its reporter had been "
     "detained.", "Dawn", "PAKMED"),
]


@cache
def analysed() -> dict[str, dict[str, Any]]:
    """Every lead of this set, once; keyed by "date|lead"."""
    return analyse_dated(CASES)


_ARMED = {"INS": "REB", "SEP": "REB"}


def found_code(date: str, text: str, name: str) -> str | None:
    """The code the scorer reads for `name` in this lead; None when no entity matches."""
    article = analysed().get(f"{date}|{text}")
    found = first_match(article["entities"] if article else [], name)
    return None if found is None else str(found.get("code") or found.get("country") or "")


def agrees(code: str | None, gold: str) -> bool:
    """The code carries the gold country, and the gold role where the gold gives one (a role alone: the role)."""
    if code is None:
        return False
    if len(gold) == 3 and gold in ("REB", "INS"):
        return _ARMED.get(code[-3:], code[-3:]) == "REB" if code else False
    if code[:3] != gold[:3]:
        return False
    return len(gold) == 3 or _ARMED.get(code[3:6], code[3:6]) == gold[3:]


# Known misses, left visible rather than hidden: index into CASES -> why.
XFAIL: dict[int, str] = {
    53: "'Democratic Action' is no dictionary name: the event coder's fallback reads names without case, and the "
    "English words are a common phrase ('urged democratic action'); only 'Accion Democratica' is listed",
    12: "an unknown group named only by an apposition ('a little-known militant group'): the descriptor gives no role",
    33: "'Niger' inside the name speaks before the name's own entry (NGA): a whole-name rule fixed it but cost a dev actor",
    34: "'Niger' inside the name speaks before the name's own entry (NGA), as for the Movement for the Emancipation",
    47: "the model tags only 'Venezuela' inside 'Petroleos de Venezuela', and the dictionary's alias does not win the span",
    58: "'National Movement' alone is too generic a phrase to list; only 'United National Movement' is in the dictionary",
    60: "'Labour Party' spells the British entry as an actor inside the name, whose standing (GOV) stays the role",
}


@pytest.mark.parametrize(("date", "text", "name", "gold"), wire_params(CASES, XFAIL))
def test_wire_organisation_code(date: str, text: str, name: str, gold: str) -> None:
    assert agrees(found_code(date, text, name), gold), (name, found_code(date, text, name), gold)


# The rule this set led to, on leads of its own: a party name many states' parties bear takes its British standing
# only in Britain, and there the standing of the article's date; an entry's acronym alone keeps its country.
# declarative table:
RULES: list[tuple[str, str, str, str]] = [
    ("2006-01-16", "LAGOS (Reuters) - MEND said on Monday it would release the hostages.", "MEND", "NGAREB"),
    ("2012-03-21", "LONDON (Reuters) - The Labour Party attacked the budget on Wednesday.", "Labour Party", "GBROPP"),
    ("2004-03-30", "JERUSALEM (Reuters) - The Labour Party said on Tuesday it would not join the government.",
     "Labour Party", "ISR"),
]


@cache
def analysed_rules() -> dict[str, dict[str, Any]]:
    return analyse_dated(RULES)


@pytest.mark.parametrize(("date", "text", "name", "gold"), RULES, ids=[f"{c[0]}-{c[2]}" for c in RULES])
def test_organisation_rule(date: str, text: str, name: str, gold: str) -> None:
    article = analysed_rules().get(f"{date}|{text}")
    found = first_match(article["entities"] if article else [], name)
    code = None if found is None else str(found.get("code") or found.get("country") or "")
    assert agrees(code, gold), (name, code, gold)


def test_score() -> None:
    """Prints the set's agreement (country, and country + role), for before/after comparison."""
    codes = [(found_code(d, t, n), g) for d, t, n, g in CASES]
    country = sum(1 for c, g in codes if c is not None and (c[:3] == g[:3] or g in ("REB", "INS")))
    full = sum(1 for c, g in codes if agrees(c, g))
    print(f"\norgs: {len(CASES)} actors; country {country}/{len(CASES)}; code {full}/{len(CASES)}")
    for i, ((c, g), case) in enumerate(zip(codes, CASES, strict=True)):
        if not agrees(c, g):
            print(f"  miss {i} {case[2]!r}: got {c!r}, gold {g}")
