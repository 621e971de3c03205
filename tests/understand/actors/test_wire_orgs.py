"""A blind set of organisations that 2004-era world news names often: armed groups, parties and movements, state
bodies, media, companies, and international organisations and NGOs, each named in a short wire lead written for
this test. The gold code is the one events_guidelines.md gives ("the country the item states or that any
informed reader knows for the period"), written down before the coder's output on these leads was seen.

As the guidelines' scorer does, the actor is the first entity whose text contains the name or lies inside it, and
only the country part counts (the code's first three letters: `IGO`, `NGO` for international bodies; `REB` for al
Qaeda, which newsgraph codes with no state, shown with the guidelines' role for insurgents: `understand.shown`).
Several names carry a generic word ("Alliance", "Front", "Union", "League", "Council", "Congress") that must not
make them an IGO or another country's body.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from newsgraph.evaluate.actors_news import first_match
from newsgraph.evaluate.userpath import run_user_path
from newsgraph.settings import Settings

from .test_wire_blind import analyse_dated, wire_params

pytestmark = pytest.mark.model

# (article date, lead, organisation as named, gold code)
# declarative table:
CASES: list[tuple[str, str, str, str]] = [
    # Armed groups, 2004.
    ("2004-03-22", "GAZA (Reuters) - Hamas vowed revenge on Monday after an Israeli missile strike killed its "
     "founder.", "Hamas", "PSEREB"),
    ("2004-05-03", "JERUSALEM (Reuters) - Islamic Jihad claimed responsibility for a shooting near a settlement on "
     "Monday.", "Islamic Jihad", "PSEREB"),
    ("2004-01-14", "JERUSALEM (AP) - The al-Aqsa Martyrs Brigades said it carried out the attack at the Erez "
     "crossing on Wednesday.", "al-Aqsa Martyrs Brigades", "PSEREB"),
    ("2004-08-02", "BEIRUT (Reuters) - Hezbollah accused Israel on Monday of killing one of its officials in a car "
     "bomb.", "Hezbollah", "LBNREB"),
    ("2004-08-10", "NAJAF, Iraq (Reuters) - The Mahdi Army fought U.S. Marines near the Imam Ali shrine on "
     "Tuesday.", "Mahdi Army", "IRQREB"),
    ("2004-09-21", "BAGHDAD (Reuters) - Ansar al-Sunna said on its website it had beheaded a Turkish driver.",
     "Ansar al-Sunna", "IRQREB"),
    ("2004-10-17", "BAGHDAD (Reuters) - Tawhid and Jihad, the group led by Abu Musab al-Zarqawi, claimed the "
     "bombings in a statement on Sunday.", "Tawhid and Jihad", "IRQREB"),
    ("2004-10-29", "DUBAI (Reuters) - Al Qaeda released a videotape of its leader on Friday threatening new "
     "attacks.", "Al Qaeda", "REB"),
    ("2004-06-11", "KABUL (Reuters) - The Taliban said on Friday they had killed 11 Chinese road workers.",
     "Taliban", "AFGREB"),
    ("2004-07-06", "KABUL (Reuters) - Hizb-e-Islami fighters fired rockets at a U.S. base in Kunar province on "
     "Tuesday.", "Hizb-e-Islami", "AFGREB"),
    ("2004-04-12", "SRINAGAR, India (Reuters) - Lashkar-e-Toiba denied on Monday that it was behind the grenade "
     "attack.", "Lashkar-e-Toiba", "PAKREB"),
    ("2004-02-16", "ISLAMABAD (Reuters) - Jaish-e-Mohammed was banned by Pakistan in 2002, officials said.",
     "Jaish-e-Mohammed", "PAKREB"),
    ("2004-04-10", "COLOMBO (Reuters) - The Tamil Tigers said on Saturday their renegade eastern commander had "
     "fled.", "Tamil Tigers", "LKAREB"),
    ("2004-07-12", "COLOMBO (Reuters) - The Liberation Tigers of Tamil Eelam accused the army on Monday of "
     "backing a breakaway faction.", "Liberation Tigers of Tamil Eelam", "LKAREB"),
    ("2004-08-18", "KATHMANDU (Reuters) - Maoist rebels blockaded the Nepali capital for a second day on "
     "Wednesday.", "Maoist rebels", "NPLREB"),
    ("2004-05-25", "BOGOTA (Reuters) - The Revolutionary Armed Forces of Colombia kidnapped a mayor on Tuesday, "
     "police said.", "Revolutionary Armed Forces of Colombia", "COLREB"),
    ("2004-05-25", "BOGOTA (Reuters) - FARC rebels kidnapped a mayor in the south on Tuesday, police said.",
     "FARC", "COLREB"),
    ("2004-06-30", "BOGOTA (Reuters) - The National Liberation Army said on Wednesday it would free two "
     "hostages.", "National Liberation Army", "COLREB"),
    ("2004-06-30", "BOGOTA (AP) - ELN guerrillas freed two hostages on Wednesday.", "ELN", "COLREB"),
    ("2004-07-01", "BOGOTA (Reuters) - The AUC paramilitary leaders began peace talks with the government on "
     "Thursday.", "AUC", "COLREB"),
    ("2004-03-12", "MADRID (Reuters) - ETA denied on Friday that it was behind the train bombings.", "ETA",
     "ESPREB"),
    ("2004-12-09", "BELFAST (Reuters) - The IRA refused on Thursday to let its disarmament be photographed.",
     "IRA", "GBRREB"),
    ("2004-08-20", "BELFAST (Reuters) - The Ulster Volunteer Force was blamed on Friday for a shooting in east "
     "Belfast.", "Ulster Volunteer Force", "GBRREB"),
    ("2004-02-27", "MANILA (Reuters) - Abu Sayyaf claimed on Friday it had bombed a ferry in Manila Bay.",
     "Abu Sayyaf", "PHLREB"),
    ("2004-03-05", "MANILA (Reuters) - The Moro Islamic Liberation Front agreed on Friday to resume peace talks "
     "in Malaysia.", "Moro Islamic Liberation Front", "PHLREB"),
    ("2004-03-05", "MANILA (AP) - MILF rebels agreed on Friday to resume talks with the government.", "MILF",
     "PHLREB"),
    ("2004-11-22", "MANILA (Reuters) - The New People's Army ambushed an army patrol in the north on Monday.",
     "New People's Army", "PHLREB"),
    ("2004-09-09", "JAKARTA (Reuters) - Police blamed Jemaah Islamiyah on Thursday for the bombing outside the "
     "Australian embassy.", "Jemaah Islamiyah", "IDNREB"),
    ("2004-05-19", "BANDA ACEH, Indonesia (Reuters) - The Free Aceh Movement said on Wednesday troops had killed "
     "five of its fighters.", "Free Aceh Movement", "IDNREB"),
    ("2004-05-26", "NAIROBI (Reuters) - The Sudan People's Liberation Army signed three protocols with Khartoum "
     "on Wednesday.", "Sudan People's Liberation Army", "SDNREB"),
    ("2004-07-22", "KHARTOUM (Reuters) - The Janjaweed militia burned villages in Darfur, refugees said on "
     "Thursday.", "Janjaweed", "SDNREB"),
    ("2004-08-23", "ABUJA (Reuters) - The Justice and Equality Movement walked out of the Darfur talks on "
     "Monday.", "Justice and Equality Movement", "SDNREB"),
    ("2004-08-23", "ABUJA (Reuters) - The Sudan Liberation Army demanded on Monday that the militias be disarmed.",
     "Sudan Liberation Army", "SDNREB"),
    ("2004-02-23", "KAMPALA (Reuters) - The Lord's Resistance Army killed more than 200 people in a camp in "
     "the north, the army said.", "Lord's Resistance Army", "UGAREB"),
    ("2004-06-01", "ANKARA (Reuters) - Kongra-Gel said on Tuesday it was ending its five-year ceasefire.",
     "Kongra-Gel", "TURREB"),
    ("2004-06-01", "ANKARA (AP) - The PKK ended its ceasefire on Tuesday, a pro-Kurdish news agency said.", "PKK",
     "TURREB"),
    # Parties and movements.
    ("2004-11-12", "RAMALLAH (Reuters) - Fatah named Mahmoud Abbas its candidate for president on Friday.",
     "Fatah", "PSEGOV"),
    ("2004-06-06", "JERUSALEM (Reuters) - Likud ministers voted on Sunday for the Gaza withdrawal plan.", "Likud",
     "ISRGOV"),
    ("2004-12-18", "JERUSALEM (Reuters) - Israel's Labour Party voted on Thursday to join Sharon's coalition.",
     "Labour Party", "ISROPP"),
    ("2004-09-28", "BRIGHTON (Reuters) - The Labour Party opened its annual conference on Tuesday.",
     "Labour Party", "GBRGOV"),
    ("2004-12-02", "JERUSALEM (AP) - Shinui voted against the budget on Wednesday, bringing down the coalition.",
     "Shinui", "ISRGOV"),
    ("2006-03-29", "JERUSALEM (Reuters) - Kadima won the most seats in Israel's election on Tuesday.", "Kadima",
     "ISRGOV"),
    ("2004-11-30", "CAIRO (Reuters) - The Muslim Brotherhood called on Tuesday for political reform in Egypt.",
     "Muslim Brotherhood", "EGYOPP"),
    ("2004-12-08", "BELFAST (Reuters) - Sinn Fein said on Wednesday the IRA would not be humiliated.",
     "Sinn Fein", "GBROPP"),
    ("2004-12-08", "BELFAST (AP) - The Democratic Unionist Party rejected the deal on Wednesday.",
     "Democratic Unionist Party", "GBROPP"),
    ("2004-05-13", "NEW DELHI (Reuters) - The Bharatiya Janata Party conceded defeat on Thursday.",
     "Bharatiya Janata Party", "INDOPP"),
    ("2004-05-14", "NEW DELHI (Reuters) - The Congress party named its leaders on Friday after winning the "
     "election.", "Congress party", "INDGOV"),
    ("2004-04-15", "JOHANNESBURG (Reuters) - The African National Congress won nearly 70 percent of the vote, "
     "officials said on Thursday.", "African National Congress", "ZAFGOV"),
    ("2004-08-11", "HARARE (Reuters) - ZANU-PF accused the opposition on Wednesday of plotting with Britain.",
     "ZANU-PF", "ZWEGOV"),
    ("2004-08-25", "HARARE (Reuters) - The Movement for Democratic Change said on Wednesday it would boycott the "
     "elections.", "Movement for Democratic Change", "ZWEOPP"),
    ("2004-09-12", "KIRKUK, Iraq (Reuters) - The Patriotic Union of Kurdistan said on Sunday its offices had been "
     "attacked.", "Patriotic Union of Kurdistan", "IRQ"),
    ("2004-09-12", "ARBIL, Iraq (Reuters) - The Kurdistan Democratic Party said on Sunday it would run on a joint "
     "list.", "Kurdistan Democratic Party", "IRQ"),
    ("2004-05-20", "BAGHDAD (Reuters) - The Iraqi National Congress said on Thursday police had raided its "
     "offices.", "Iraqi National Congress", "IRQ"),
    ("2004-12-10", "BAGHDAD (Reuters) - The Supreme Council for the Islamic Revolution in Iraq joined a Shiite "
     "list on Friday.", "Supreme Council for the Islamic Revolution in Iraq", "IRQ"),
    ("2004-11-18", "BAGHDAD (Reuters) - The Association of Muslim Scholars called for a boycott of the "
     "election.", "Association of Muslim Scholars", "IRQ"),
    ("2004-10-04", "COLOMBO (Reuters) - The Tamil National Alliance walked out of parliament on Monday.",
     "Tamil National Alliance", "LKA"),
    ("2004-10-04", "KABUL (Reuters) - Former Northern Alliance commanders backed Karzai on Monday.",
     "Northern Alliance", "AFG"),
    ("2004-07-20", "DHAKA (Reuters) - The Awami League called a general strike on Tuesday.", "Awami League",
     "BGDOPP"),
    ("2004-09-20", "YANGON (Reuters) - The National League for Democracy said on Monday its leader was still "
     "under arrest.", "National League for Democracy", "MMROPP"),
    ("2004-12-27", "KIEV (Reuters) - Our Ukraine said on Monday its candidate had won the rerun.", "Our Ukraine",
     "UKROPP"),
    ("2004-12-07", "MOSCOW (Reuters) - United Russia backed the Kremlin's plan to appoint governors on Tuesday.",
     "United Russia", "RUSGOV"),
    ("2004-03-01", "ALGIERS (Reuters) - The Islamic Salvation Front called for a boycott of the election.",
     "Islamic Salvation Front", "DZAOPP"),
    ("2004-10-10", "MANILA (Reuters) - The Moro National Liberation Front accused the army of breaking the "
     "truce.", "Moro National Liberation Front", "PHLREB"),
    ("2004-09-15", "BERLIN (Reuters) - The Christian Democratic Union gained in a state election on Sunday.",
     "Christian Democratic Union", "DEUOPP"),
    ("2004-07-05", "ANKARA (Reuters) - The Justice and Development Party won a majority of the mayors' races.",
     "Justice and Development Party", "TURGOV"),
    # State bodies.
    ("2004-03-24", "JERUSALEM (Reuters) - The Mossad was blamed by Syria on Wednesday for the killing.", "Mossad",
     "ISRSPY"),
    ("2004-09-26", "JERUSALEM (Reuters) - Shin Bet said on Sunday it had foiled a plot to bomb a bus.",
     "Shin Bet", "ISRSPY"),
    ("2004-06-03", "ISLAMABAD (Reuters) - The ISI arrested three men linked to the plot, officials said.", "ISI",
     "PAKSPY"),
    ("2004-09-06", "MOSCOW (Reuters) - The FSB said on Monday it had killed the gunmen's leader.", "FSB",
     "RUSSPY"),
    ("2004-06-12", "TEHRAN (Reuters) - The Revolutionary Guards seized eight British sailors in the Shatt "
     "al-Arab.", "Revolutionary Guards", "IRNMIL"),
    ("2004-02-20", "TEHRAN (Reuters) - The Guardian Council barred thousands of reformists from the election.",
     "Guardian Council", "IRNGOV"),
    ("2004-10-26", "JERUSALEM (Reuters) - The Knesset approved the Gaza withdrawal plan on Tuesday.", "Knesset",
     "ISRLEG"),
    ("2004-06-01", "BAGHDAD (Reuters) - The Iraqi Governing Council dissolved itself on Tuesday.",
     "Iraqi Governing Council", "IRQGOV"),
    ("2004-11-11", "RAMALLAH (Reuters) - The Palestinian Authority declared 40 days of mourning on Thursday.",
     "Palestinian Authority", "PSEGOV"),
    # Media.
    ("2004-04-15", "DOHA (Reuters) - Al Jazeera aired a videotape of four Italian hostages on Tuesday.",
     "Al Jazeera", "QATMED"),
    ("2004-10-30", "DUBAI (Reuters) - Al Arabiya television showed the tape on Friday.", "Al Arabiya", "AREMED"),
    ("2004-09-01", "BEIJING (Reuters) - Xinhua news agency said on Wednesday 60 miners were trapped.", "Xinhua",
     "CHNMED"),
    ("2004-04-23", "SEOUL (Reuters) - KCNA said on Friday the blast had caused heavy casualties.", "KCNA",
     "PRKMED"),
    ("2004-08-09", "TEHRAN (Reuters) - IRNA news agency said on Monday the missile had been tested.", "IRNA",
     "IRNMED"),
    ("2004-09-02", "MOSCOW (Reuters) - Interfax news agency said on Thursday the gunmen had freed 26 hostages.",
     "Interfax", "RUSMED"),
    ("2004-09-02", "MOSCOW (AP) - ITAR-TASS said on Thursday the school was surrounded.", "ITAR-TASS",
     "RUSMED"),
    ("2004-01-28", "LONDON (Reuters) - The BBC apologised on Wednesday after the Hutton report.", "BBC",
     "GBRMED"),
    ("2004-11-15", "SEOUL (Reuters) - Yonhap news agency said on Monday the talks would resume.", "Yonhap",
     "KORMED"),
    ("2004-05-10", "TOKYO (Reuters) - Kyodo news agency said on Monday the hostages were safe.", "Kyodo",
     "JPNMED"),
    ("2004-07-19", "BEIRUT (Reuters) - Al-Manar television broadcast the statement on Monday.", "Al-Manar",
     "LBNMED"),
    # Companies.
    ("2004-07-01", "MOSCOW (Reuters) - Yukos said on Thursday it could go bankrupt within weeks.", "Yukos",
     "RUSBUS"),
    ("2004-12-21", "MOSCOW (Reuters) - Gazprom said on Tuesday it would not bid for Yuganskneftegaz.", "Gazprom",
     "RUSBUS"),
    ("2004-02-03", "WASHINGTON (Reuters) - Halliburton said on Tuesday it would repay $27 million for meals it "
     "never served troops in Iraq.", "Halliburton", "USABUS"),
    ("2004-09-15", "MOSCOW (Reuters) - Lukoil said on Wednesday ConocoPhillips would buy a stake.", "Lukoil",
     "RUSBUS"),
    ("2004-01-05", "ROME (Reuters) - Parmalat's founder was questioned by prosecutors on Monday.", "Parmalat",
     "ITABUS"),
    ("2004-04-14", "RIYADH (Reuters) - Saudi Aramco said on Wednesday it would raise output.", "Saudi Aramco",
     "SAUBUS"),
    ("2004-06-08", "BAGHDAD (Reuters) - Bechtel said on Tuesday it had finished repairs to the water plant.",
     "Bechtel", "USABUS"),
    # International organisations and NGOs.
    ("2004-06-08", "UNITED NATIONS (Reuters) - The U.N. Security Council voted on Tuesday to endorse the handover "
     "in Iraq.", "U.N. Security Council", "IGOUNO"),
    ("2004-07-02", "GENEVA (Reuters) - The UNHCR said on Friday 200,000 refugees had fled Darfur into Chad.",
     "UNHCR", "IGOUNO"),
    ("2004-05-11", "GENEVA (Reuters) - The World Health Organisation warned on Tuesday of a polio outbreak.",
     "World Health Organisation", "IGOUNO"),
    ("2004-08-05", "ROME (Reuters) - The World Food Programme said on Thursday it needed more trucks in Darfur.",
     "World Food Programme", "IGOUNO"),
    ("2004-03-04", "GAZA (Reuters) - UNRWA said on Thursday Israeli troops had demolished 40 homes.", "UNRWA",
     "IGOUNO"),
    ("2004-12-29", "NEW YORK (Reuters) - UNICEF said on Wednesday a third of the tsunami's victims were "
     "children.", "UNICEF", "IGOUNO"),
    ("2004-12-17", "BRUSSELS (Reuters) - The European Commission said on Friday Turkey could start membership "
     "talks.", "European Commission", "IGOEUREEC"),
    ("2004-06-28", "ISTANBUL (Reuters) - NATO agreed on Monday to train Iraq's security forces.", "NATO",
     "IGONATO"),
    ("2004-06-03", "BEIRUT (Reuters) - OPEC ministers agreed on Thursday to raise output.", "OPEC", "IGOOPC"),
    ("2004-05-23", "TUNIS (Reuters) - The Arab League condemned Israel's raid on Rafah on Sunday.",
     "Arab League", "IGOARBARL"),
    ("2004-10-21", "ADDIS ABABA (Reuters) - The African Union agreed on Wednesday to send more troops to "
     "Darfur.", "African Union", "IGOAFRAU"),
    ("2004-11-29", "VIENTIANE (Reuters) - ASEAN leaders signed a free trade pact with China on Monday.", "ASEAN",
     "IGOSEAASN"),
    ("2004-11-29", "VIENNA (Reuters) - The IAEA said on Monday Iran had frozen enrichment.", "IAEA", "IGOIAEA"),
    ("2004-07-31", "GENEVA (Reuters) - The World Trade Organization agreed on Saturday to cut farm subsidies.",
     "World Trade Organization", "IGO"),
    ("2004-09-20", "BUENOS AIRES (Reuters) - The IMF approved a review of Argentina's loan on Monday.", "IMF",
     "IGO"),
    ("2004-10-05", "WASHINGTON (Reuters) - The World Bank said on Tuesday it would lend Iraq $500 million.",
     "World Bank", "IGO"),
    ("2004-12-28", "KIEV (Reuters) - The OSCE said on Tuesday the rerun met democratic standards.", "OSCE",
     "IGO"),
    ("2004-06-07", "QUITO (Reuters) - The Organization of American States opened its assembly on Monday.",
     "Organization of American States", "IGO"),
    ("2004-05-17", "LYON (Reuters) - Interpol issued an arrest warrant on Monday for the former minister.",
     "Interpol", "IGO"),
    ("2004-07-29", "THE HAGUE (Reuters) - The International Criminal Court opened an inquiry into Uganda on "
     "Thursday.", "International Criminal Court", "IGO"),
    ("2004-07-09", "THE HAGUE (Reuters) - The International Court of Justice ruled on Friday that Israel's "
     "barrier was illegal.", "International Court of Justice", "IGO"),
    ("2004-12-21", "MANAMA (Reuters) - The Gulf Cooperation Council called on Iran on Tuesday to end its "
     "occupation of three islands.", "Gulf Cooperation Council", "IGO"),
    ("2004-06-16", "PUTRAJAYA (Reuters) - The Organisation of the Islamic Conference urged members on Wednesday "
     "to help Iraq.", "Organisation of the Islamic Conference", "IGO"),
    ("2004-08-06", "GENEVA (Reuters) - The International Committee of the Red Cross said on Friday it had "
     "visited Saddam Hussein.", "International Committee of the Red Cross", "NGO"),
    ("2004-05-07", "LONDON (Reuters) - Amnesty International accused U.S. forces on Friday of torturing "
     "prisoners.", "Amnesty International", "NGO"),
    ("2004-05-07", "NEW YORK (Reuters) - Human Rights Watch accused the Sudanese government of ethnic "
     "cleansing.", "Human Rights Watch", "NGO"),
    ("2004-07-28", "NAIROBI (Reuters) - Medecins Sans Frontieres said on Wednesday children were dying in "
     "Darfur.", "Medecins Sans Frontieres", "NGO"),
    ("2004-10-20", "BAGHDAD (Reuters) - CARE International suspended its work in Iraq after its director was "
     "kidnapped.", "CARE International", "NGO"),
    ("2004-05-03", "PARIS (Reuters) - Reporters Without Borders said on Monday 2004 was the deadliest year for "
     "journalists in Iraq.", "Reporters Without Borders", "NGO"),
    ("2004-09-10", "LONDON (Reuters) - Oxfam called on Friday for a U.N. arms embargo on Sudan.", "Oxfam",
     "NGO"),
    # Parties whose names end in a generic word: neither an IGO ("Alliance") nor another body ("Union", "League").
    ("2004-05-20", "NEW DELHI (Reuters) - The United Progressive Alliance chose its leader for parliament on "
     "Wednesday.", "United Progressive Alliance", "INDGOV"),
    ("2004-06-10", "ROME (Reuters) - The National Alliance threatened on Thursday to quit Berlusconi's "
     "government.", "National Alliance", "ITAGOV"),
    ("2004-04-20", "ROME (Reuters) - The Northern League threatened on Tuesday to leave the ruling coalition.",
     "Northern League", "ITAGOV"),
    ("2004-06-14", "PARIS (Reuters) - The National Front won seven seats in the European Parliament election.",
     "National Front", "FRAOPP"),
    ("2004-03-15", "MOSCOW (Reuters) - The Union of Right Forces said on Monday it would not contest the "
     "by-election.", "Union of Right Forces", "RUSOPP"),
    ("2004-04-15", "CAPE TOWN (Reuters) - The Democratic Alliance came second in the election, officials said.",
     "Democratic Alliance", "ZAFOPP"),
    ("2004-10-06", "LA PAZ (Reuters) - The Movement Toward Socialism called new road blockades on Wednesday.",
     "Movement Toward Socialism", "BOLOPP"),
    # A bare "Treasury" is the home state's (Britain, Canada, Australia have one); the U.S. one named as such is not.
    ("2004-06-11", "OTTAWA (Reuters) - The Treasury said on Friday it would sell more bills next week.", "Treasury",
     "CAN"),
    ("2004-06-11", "LONDON (Reuters) - The Treasury said on Friday public borrowing rose in May.", "Treasury", "GBR"),
    ("2004-06-11", "WASHINGTON (Reuters) - The Treasury said on Friday it would sell $20 billion in bills.",
     "Treasury", "USA"),
    ("2004-06-11", "TOKYO (Reuters) - The U.S. Treasury said on Friday Japan was not manipulating the yen.",
     "U.S. Treasury", "USA"),
]


@cache
def analysed() -> dict[str, dict[str, Any]]:
    """Every lead of this set, once; keyed by "date|lead"."""
    return analyse_dated(CASES)


def found_country(date: str, text: str, name: str) -> str | None:
    """The country part (three letters) the scorer reads for `name` in this lead; None when no entity matches."""
    article = analysed().get(f"{date}|{text}")
    found = first_match(article["entities"] if article else [], name)
    return None if found is None else str(found.get("code") or found.get("country") or "")[:3]


# Known misses, left visible rather than hidden: index into CASES -> why.
XFAIL: dict[int, str] = {
    40: "a one-word party name the model leaves untagged: the dated entry knows Shinui, but no entity carries it",
}


@pytest.mark.parametrize(("date", "text", "name", "gold"), wire_params(CASES, XFAIL))
def test_wire_organisation_country(date: str, text: str, name: str, gold: str) -> None:
    assert found_country(date, text, name) == gold[:3], (name, gold)


# Names no dictionary holds, ending in a generic word: the word alone makes no IGO (a coalition of parties in one
# state) and gives no country of its own.
GENERIC: list[tuple[str, str]] = [
    ("LUSAKA (Reuters) - The Patriotic Reform Alliance walked out of parliament on Tuesday.", "Patriotic Reform Alliance"),
    ("BAMAKO (Reuters) - The Democratic Renewal Alliance called for a boycott of the vote.", "Democratic Renewal Alliance"),
    ("TIRANA (Reuters) - The Democratic Unity Bloc said on Monday it would contest the result.", "Democratic Unity Bloc"),
]


@cache
def analysed_generic() -> dict[str, dict[str, Any]]:
    records = {t: {"id": f"g{n}", "text": t, "date": "2004-07-01"} for n, (t, _) in enumerate(GENERIC)}
    run = run_user_path(records.values(), Settings())
    return {t: run.articles[r["id"]][0] for t, r in records.items() if run.articles.get(r["id"])}


@pytest.mark.parametrize(("text", "name"), GENERIC)
def test_generic_word_makes_no_igo(text: str, name: str) -> None:
    article = analysed_generic().get(text)
    found = first_match(article["entities"] if article else [], name)
    assert found is not None, name
    assert not str(found.get("code") or "").startswith("IGO"), (name, found.get("code"))
