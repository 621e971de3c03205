"""A ninth blind set of wire items (a headline, then a lead with its dateline and agency, as the 2004 AG News
"World" items come), written for NAMED organisations and people the dictionaries do not know (the names are
invented): companies, parties, militias, media, aid groups, unions, churches, and their officials and staff. Each
is placed by its own words only:

- a descriptor in front of the name ("Russian oil giant Volganeft", "Jordanian businessman Khaled Nabulsi", "the
  Egyptian opposition group Sawt al-Shaab");
- an apposition after it ("Volganeft, Russia's second-largest oil producer", "Fiona Maclean, a British aid
  worker", "Al-Waqt, a Kuwaiti daily"), with a place of registration ("the Cyprus-registered ...");
- a possessive ("South Korea's Daehan Motors") or "the country's" of a story placed in one country;
- a relative clause ("Hoshida Heavy Industries, which is based in Osaka");
- "of" and "for" phrases: the officials, spokesmen, chief executives and leaders of a body are that body's.

And counter-cases where a word near the actor that is not part of its own phrase must NOT give the country: the
dateline ("LONDON - Volganeft, Russia's ..."), a place the actor works in ("a Canadian company with oil fields in
southern Sudan", "a Dutch relief group in Kabul", "said in Baghdad"), the other actor of the sentence ("Israeli
troops arrested Mahmoud Saleh, a Hamas activist"), a country of birth ("a Lebanese-born American businessman"),
and names with no descriptor at all, which keep no country (a wrong country is worse than none).

Every code was written down by events_guidelines.md's actor rules before the coder's output on these items was
seen. The check is the guidelines' scorer's (`first_match`): the first entity whose texts contain the gold text
(or lie inside it) must carry the gold country (the first three letters); an empty gold code means the text gives
no country (the entity must be found and carry none).
"""

from __future__ import annotations

import pytest

from newsgraph.evaluate.actors_news import first_match

from .test_wire_blind import headlined_entities, wire_params

pytestmark = pytest.mark.model

_TAX = ("Russian oil firm faces tax claim", "MOSCOW (Reuters) - Russian oil giant Volganeft said on Tuesday it could "
        "not pay a $3 billion tax bill, and its main shareholder, the Cyprus-registered Sibirsky Holdings, warned of "
        "bankruptcy.")
_OUTPUT = ("Volganeft output falls", "LONDON (Reuters) - Volganeft, Russia's second-largest oil producer, said on "
           "Monday its output fell 4 percent in May.")
_KESTREL = ("Canadian firm to quit Sudan", "KHARTOUM (Reuters) - Kestrel Petroleum, a Canadian company with oil "
            "fields in southern Sudan, said on Wednesday it would sell its stake under pressure from rights groups.")
_ENGINEER = ("Polish engineer freed in Iraq", "BAGHDAD (Reuters) - Kidnappers freed Marek Zielinski, a Polish engineer "
             "working for the Iraqi firm Al-Rafidain Contracting, on Sunday, police said.")
_NABULSI = ("Drivers seized on Baghdad road", "AMMAN (Reuters) - Jordanian businessman Khaled Nabulsi said on "
            "Thursday that gunmen had seized two of his drivers on the road to Baghdad.")
_CLERIC = ("Cleric calls for calm in Basra", "BAGHDAD (Reuters) - Sheikh Hazem al-Tamimi, a senior Shi'ite cleric in "
           "the southern city of Basra, called on Friday for calm after a British raid on his office.")
_NORDHILFE = ("Aid group, ministry discuss vaccines", "KABUL (Reuters) - Officials of Nordhilfe, a German relief "
              "agency, met Afghan health ministry officials on Monday to discuss a vaccination campaign.")
_CAREBRIDGE = ("Aid group suspends work", "KABUL (Reuters) - Officials of CareBridge International said on Tuesday "
               "they had suspended work in two provinces after an attack on a clinic.")
_HULP = ("Aid driver killed", "KABUL (AFP) - Stichting Hulp, a Dutch relief group in Kabul, said on Wednesday that "
         "one of its drivers had been shot dead in the south.")
_SWISS = ("Swiss firm to resume work in Iraq", "AMMAN (Reuters) - Brunnen Technik, a Swiss company, said in Baghdad "
          "on Monday that it would resume work on a power plant in the north.")
_SAWT = ("Egyptian opposition protests", "CAIRO (Reuters) - The Egyptian opposition group Sawt al-Shaab staged a "
         "protest outside parliament on Wednesday, demanding an end to emergency law.")
_MACLEAN = ("Briton freed in Iraq", "LONDON (Reuters) - Fiona Maclean, a British aid worker, was freed by her "
            "captors in Iraq on Friday, the Foreign Office said.")
_DAILY = ("Paper says Syrians leaving Bekaa", "BEIRUT (Reuters) - The Lebanese daily Al-Mustaqbal al-Jadid reported "
          "on Tuesday that Syrian troops had begun pulling out of the Bekaa valley.")
_WAQT = ("Militants cross Kuwait border", "KUWAIT CITY (Reuters) - Al-Waqt, a Kuwaiti daily, said on Sunday that "
         "three Saudi militants had crossed the border into Iraq.")
_JAMAAT = ("Islamists call strike", "ISLAMABAD (Reuters) - Pakistan's largest Islamic party, Jamaat-e-Rahmat, called "
           "a nationwide strike on Friday against the army's operation in Waziristan.")
_VISTARA = ("Indian firm wins British deal", "NEW DELHI (Reuters) - Indian software firm Vistara Systems signed a "
            "$200 million deal with Britain's Wexford Utilities on Tuesday.")
_SALEH = ("Troops arrest Hamas activist", "JERUSALEM (Reuters) - Israeli troops arrested Mahmoud Saleh, a Hamas "
          "activist, in the West Bank city of Nablus on Thursday.")
_MOYO = ("Zimbabwe opposition figure held", "HARARE (Reuters) - Zimbabwean opposition figure Tendai Moyo was "
         "arrested on Monday, his lawyer said.")
_MAU = ("Protest over forest logging", "NAIROBI (Reuters) - Kenyan environmentalist Grace Wanjiku led hundreds of "
        "protesters against the logging of the Mau forest on Saturday.")
_HOSHIDA = ("Shipbuilder to cut jobs", "TOKYO (Reuters) - Hoshida Heavy Industries, which is based in Osaka, said on "
            "Friday it would cut 2,000 jobs.")
_VERT = ("Greens accuse government", "PARIS (Reuters) - Rassemblement Vert, a French environmental group, accused "
         "the government on Tuesday of hiding the results of nuclear safety tests.")
_MEDISANS = ("Aid teams reach Bunia", "GENEVA (Reuters) - A spokesman for Medisans, a French medical charity, said on "
             "Monday its teams had reached the town of Bunia in northeastern Congo.")
_BRIGADE = ("Hardline leader arrested", "JAKARTA (Reuters) - Police arrested Budi Santoso, the leader of the Islamic "
            "Defenders Brigade, a hardline Indonesian group, on Sunday.")
_ORLOV = ("Oil chief charged", "MOSCOW (Reuters) - Mikhail Orlov, the chief executive of Russian oil firm Volganeft, "
          "was charged with fraud on Thursday, prosecutors said.")
_HADDAD = ("American detained in Beirut", "WASHINGTON (Reuters) - Tarek Haddad, a Lebanese-born American "
           "businessman, was detained in Beirut on Wednesday, the State Department said.")
_QURESHI = ("Briton freed from Guantanamo", "LONDON (Reuters) - Imran Qureshi, a British citizen of Pakistani "
            "descent, was released from U.S. custody at Guantanamo Bay on Tuesday.")
_REDGUM = ("Miner's chief to quit", "SYDNEY (Reuters) - Australian mining company Red Gum Resources said on Monday "
           "that its chief executive, Peter Hollis, would step down.")
_DIALOGUE = ("Sunni party to boycott vote", "BAGHDAD (Reuters) - The National Dialogue Council, Iraq's main Sunni "
             "Arab party, said on Saturday it would boycott the election.")
_VELAYAT = ("Hardliners attack students", "TEHRAN (Reuters) - Iran's hardline Ansar-e Velayat group attacked a "
            "meeting of reformist students on Thursday, the students said.")
_ANADOLU = ("Turkish engineers kidnapped", "ANKARA (Reuters) - Turkish construction firm Anadolu Insaat said on "
            "Tuesday two of its engineers had been kidnapped in Iraq.")
_BLOQUE = ("Militia to disarm", "BOGOTA (Reuters) - Bloque Central, a right-wing Colombian militia, said on Sunday it "
           "would disarm 1,000 fighters.")
_IJAW = ("Militants seize oil platforms", "LAGOS (Reuters) - The Ijaw Freedom Front, a Nigerian militia, seized two "
         "oil platforms on Monday and took nine workers of Norsk Offshore, a Norwegian contractor, hostage.")
_PETROLERA = ("Venezuela oil output up", "CARACAS (Reuters) - Venezuela's state oil company, Petrolera del Sur, "
              "said on Thursday its output had risen to 3 million barrels a day.")
_LIANXIANG = ("Chinese firm buys U.S. rival's PC arm", "BEIJING (Reuters) - The Chinese computer maker Lianxiang Tech "
              "said on Wednesday it would buy the PC unit of its American rival Corvus Systems.")
_DAEHAN = ("Korean carmaker to build plant", "SEOUL (Reuters) - South Korea's Daehan Motors said on Friday it would "
           "build a $1 billion plant in Slovakia.")
_PONTE = ("Italian aid workers kidnapped", "ROME (Reuters) - Italian aid group Ponte Solidale said on Tuesday that "
          "two of its workers had been kidnapped in Baghdad.")
_DONAU = ("Steelmaker posts profit", "VIENNA (Reuters) - Donaustahl, which is Austria's biggest steelmaker, said on "
          "Thursday its profit had doubled.")
_BLOC = ("Opposition rejects vote count", "KIEV (Reuters) - Nasha Zemlya, the main Ukrainian opposition bloc, said "
         "on Monday the vote count had been rigged.")
_MAID = ("Filipino maid sentenced", "MANILA (Reuters) - Filipino maid Rosalinda Cruz was sentenced to death by a "
         "Saudi court on Monday, the Philippine foreign ministry said.")
_HAMWI = ("Syrian dissident freed", "DAMASCUS (Reuters) - Syrian dissident Riad Hamwi was released on Tuesday after "
          "five years in jail, his family said.")
_KARRAS = ("Pirates seize Greek tanker", "ATHENS (Reuters) - Greek shipowner Yannis Karras said on Friday that "
           "pirates had seized one of his tankers off Somalia.")
_MERIDIAN = ("Fund sells oil stake", "LONDON (Reuters) - Meridian Capital said on Monday it had sold its stake in the "
             "Russian oil firm Volganeft.")
_SENTINEL = ("Guards killed in ambush", "KABUL (Reuters) - Taliban fighters ambushed a convoy of Sentinel Security, "
             "which guards the U.S. embassy, killing three guards on Tuesday.")
_KALININ = ("Tycoon buys football club", "LONDON (Reuters) - Russia's richest man, Boris Kalinin, bought the "
            "football club on Wednesday.")
_RASHED = ("U.S. citizen jailed in Egypt", "CAIRO (Reuters) - An Egyptian court sentenced Ayman Rashed, a U.S. "
           "citizen, to five years in prison on Sunday for spying.")
_UNION = ("Bolivian union calls strike", "LA PAZ (Reuters) - Bolivia's largest union, the Central Obrera Andina, "
          "called a general strike on Monday over gas exports.")
_BISHOP = ("Bishop condemns killings", "LAGOS (Reuters) - Bishop Samuel Okoro, head of Nigeria's Anglican church, "
           "condemned the killings in Plateau state on Sunday.")
_SPOKESMAN = ("Iran rejects charge", "BEIRUT (Reuters) - Hamid Rezaei, a spokesman for the Iranian Foreign Ministry, "
              "rejected charges on Monday that Tehran was arming militias in Lebanon.")
_COUNTRY = ("Mobile operator posts profit", "CAIRO (Reuters) - Nilecom, the country's biggest mobile phone operator, "
            "said on Sunday its profit rose 30 percent.")
_DIRECTOR = ("Aid chief in Darfur", "KHARTOUM (Reuters) - Anna Lindqvist, the Swedish director of the aid group Hope "
             "Without Borders, said on Tuesday that militias had burned a clinic in Darfur.")
_TARVIK = ("Canadian miner halts work", "LIMA (Reuters) - A spokeswoman for Tarvik Mining, a Canadian company, said on "
           "Friday that it had halted work at its Andean mine after villagers blocked the road.")
_AMANECER = ("Rights group accuses army", "MEXICO CITY (Reuters) - Nuevo Amanecer, a Mexican human rights group, "
             "accused soldiers on Wednesday of torturing three farmers in Guerrero state.")
_GULFSTAR = ("Ship seized off Yemen", "SANAA (Reuters) - Gulf Star Shipping, a Dubai-based company, said on Monday "
             "that one of its ships had been seized off the coast of Yemen.")
_SERIKOV = ("Kazakh opposition leader jailed", "ALMATY (Reuters) - Kazakh opposition leader Galymzhan Serikov was "
            "jailed for three years on Tuesday.")
_COUNCIL = ("Council member escapes attack", "BAGHDAD (Reuters) - Ahmad Jalali, a member of Iraq's Governing "
            "Council, escaped an assassination attempt on Saturday.")
_MAHDI = ("Cleric's militia vows to fight", "NAJAF, Iraq (Reuters) - Abu Khaled, a commander of the Mahdi Army, "
          "vowed on Monday to fight on until U.S. troops left the city.")
_BATTALION = ("Militants claim shooting", "GAZA (Reuters) - The Al-Quds Martyrs Battalion, a Palestinian militant "
              "group, said on Friday it had carried out the shooting near a Jewish settlement.")
# A second batch, written after the first was fixed and before it was run: "of" after a name, a later description
# of a named person, a unit of a foreign owner, and more counter-cases.
_OF_RED = ("Aid convoy reaches Falluja", "BAGHDAD (Reuters) - Ali Hassan of the Iraqi Red Crescent said on Sunday a "
           "convoy of food had reached Falluja.")
_OF_PARTY = ("Opposition leader arrested", "TUNIS (Reuters) - Police arrested Moncef Ben Salah of the opposition "
             "Tunisian Progressive Front on Wednesday, his party said.")
_LATER = ("Gunmen seize contractor", "BAGHDAD (Reuters) - Gunmen seized Jan Kowalski outside his hotel on Monday. The "
          "Polish contractor had been working on a water project, police said.")
_UNIT = ("Oil unit sold", "LONDON (Reuters) - Kestrel Oil, a unit of the British group Caledon Holdings, said on "
         "Thursday it had sold its fields in Kazakhstan.")
_GUARDS = ("Rebels free hostages", "BOGOTA (Reuters) - Rebels freed two engineers of Brazilian builder Construtora "
           "Serra on Friday, the company said.")
_CHURCH = ("Church urges calm", "NAIROBI (Reuters) - The Anglican Church of Kenya urged calm on Sunday after clashes "
           "between rival groups in the Rift Valley.")
_REPORTER = ("Reporter expelled", "MOSCOW (Reuters) - Russia expelled Thomas Berg, a correspondent for the Swedish "
             "daily Nordposten, on Tuesday.")
_SAID_IN = ("Dutch firm wins contract", "DUBAI (Reuters) - Dutch dredging company Van Oord-Hals said in Dubai on "
            "Monday it had won a contract to build an island.")
_SPONSOR = ("Egyptian paper closed", "CAIRO (Reuters) - Egyptian authorities closed the weekly Al-Fajr al-Jadid on "
            "Sunday, its editor, Hani Sabri, said.")
_NGO_IN = ("Aid group pulls out of Darfur", "KHARTOUM (Reuters) - Aide Sans Frontieres, a Belgian charity working in "
           "Darfur, said on Monday it was pulling out its staff after an attack.")
_HEADLINE = ("Russian oil firm cannot pay tax bill", "LONDON (Reuters) - Volganeft said on Tuesday it could not pay "
             "a $3 billion tax bill, and its shares fell 20 percent.")
_INQUIRY = ("Guards killed near Kabul", "KABUL (Reuters) - Taliban fighters killed three guards of Sentinel Security on "
            "Tuesday, and the Afghan interior ministry said it would investigate.")
# A third batch, written after the second was fixed and before it was run: people named in a list after a plural
# descriptor, an age in the apposition, seats and a region's adjective on media, a possessive company.
_TWO = ("Two Italians kidnapped", "BAGHDAD (Reuters) - Two Italian aid workers, Laura Benedetti and Chiara Rossi, "
        "were kidnapped from their office on Tuesday.")
_AGE = ("Briton shot dead", "RIYADH (Reuters) - Gunmen shot dead Simon Leach, 41, a British engineer, in the Saudi "
        "capital on Sunday.")
_PAN = ("Channel airs hostage tape", "DUBAI (Reuters) - The Arabic satellite channel Al-Sahra aired a videotape on "
        "Monday showing two hostages.")
_SEATED = ("Channel airs tape", "DUBAI (Reuters) - Qatar-based Al-Sahra television aired a videotape on Monday "
           "showing two hostages.")
_PAIR = ("Journalists freed", "PARIS (Reuters) - French journalists Pierre Lamy and Marc Dufour were freed in Iraq "
         "on Tuesday after four months in captivity.")
_CHARITY = ("Charity suspends aid", "LONDON (Reuters) - The British charity Hands of Hope said on Friday it had "
            "suspended its work in Iraq after the kidnapping of its country director.")
_OWN_CHIEF = ("Oil boss quits", "MOSCOW (Reuters) - Volganeft's chief executive, Mikhail Orlov, resigned on Monday, "
              "the Russian oil company said.")
_HARROW = ("Firm wins port contract", "DUBAI (Reuters) - Harrow Engineering, a construction company, said on Monday it "
           "had won a $50 million contract to build a port.")
_STATION = ("Station airs tape", "DUBAI (Reuters) - Arabic television station Al-Sahra aired a tape on Monday showing "
            "two hostages.")

# (headline, lead, actor as named, gold code: ISO3 + role, role alone, or "" when the text gives no country)
# declarative table:
CASES: list[tuple[str, str, str, str]] = [
    (*_TAX, "Volganeft", "RUSBUS"),
    (*_TAX, "Sibirsky Holdings", "CYPBUS"),
    (*_OUTPUT, "Volganeft", "RUSBUS"),
    (*_KESTREL, "Kestrel Petroleum", "CANBUS"),
    (*_ENGINEER, "Marek Zielinski", "POLBUS"),
    (*_ENGINEER, "Al-Rafidain Contracting", "IRQBUS"),
    (*_NABULSI, "Khaled Nabulsi", "JORBUS"),
    (*_CLERIC, "Hazem al-Tamimi", "IRQREL"),
    (*_NORDHILFE, "Officials", "DEUNGO"),
    (*_NORDHILFE, "Nordhilfe", "DEUNGO"),
    (*_CAREBRIDGE, "Officials", ""),
    (*_CAREBRIDGE, "CareBridge International", ""),
    (*_HULP, "Stichting Hulp", "NLDNGO"),
    (*_SWISS, "Brunnen Technik", "CHEBUS"),
    (*_SAWT, "Sawt al-Shaab", "EGYOPP"),
    (*_MACLEAN, "Fiona Maclean", "GBRNGO"),
    (*_MACLEAN, "Foreign Office", "GBRGOV"),
    (*_DAILY, "Al-Mustaqbal al-Jadid", "LBNMED"),
    (*_DAILY, "Syrian troops", "SYRMIL"),
    (*_WAQT, "Al-Waqt", "KWTMED"),
    (*_WAQT, "Saudi militants", "SAUREB"),
    (*_JAMAAT, "Jamaat-e-Rahmat", "PAKOPP"),
    (*_VISTARA, "Vistara Systems", "INDBUS"),
    (*_VISTARA, "Wexford Utilities", "GBRBUS"),
    (*_SALEH, "Mahmoud Saleh", "PSEREB"),
    (*_SALEH, "Israeli troops", "ISRMIL"),
    (*_MOYO, "Tendai Moyo", "ZWEOPP"),
    (*_MAU, "Grace Wanjiku", "KENCVL"),
    (*_MAU, "protesters", "KENCVL"),
    (*_HOSHIDA, "Hoshida Heavy Industries", "JPNBUS"),
    (*_VERT, "Rassemblement Vert", "FRANGO"),
    (*_MEDISANS, "spokesman", "FRANGO"),
    (*_MEDISANS, "Medisans", "FRANGO"),
    (*_BRIGADE, "Budi Santoso", "IDNREB"),
    (*_BRIGADE, "Islamic Defenders Brigade", "IDNREB"),
    (*_ORLOV, "Mikhail Orlov", "RUSBUS"),
    (*_ORLOV, "Volganeft", "RUSBUS"),
    (*_HADDAD, "Tarek Haddad", "USABUS"),
    (*_HADDAD, "State Department", "USAGOV"),
    (*_QURESHI, "Imran Qureshi", "GBRCVL"),
    (*_REDGUM, "Red Gum Resources", "AUSBUS"),
    (*_REDGUM, "Peter Hollis", "AUSBUS"),
    (*_DIALOGUE, "National Dialogue Council", "IRQOPP"),
    (*_VELAYAT, "Ansar-e Velayat", "IRNREB"),
    (*_ANADOLU, "Anadolu Insaat", "TURBUS"),
    (*_BLOQUE, "Bloque Central", "COLREB"),
    (*_IJAW, "Ijaw Freedom Front", "NGAREB"),
    (*_IJAW, "Norsk Offshore", "NORBUS"),
    (*_PETROLERA, "Petrolera del Sur", "VENBUS"),
    (*_LIANXIANG, "Lianxiang Tech", "CHNBUS"),
    (*_LIANXIANG, "Corvus Systems", "USABUS"),
    (*_DAEHAN, "Daehan Motors", "KORBUS"),
    (*_PONTE, "Ponte Solidale", "ITANGO"),
    (*_DONAU, "Donaustahl", "AUTBUS"),
    (*_BLOC, "Nasha Zemlya", "UKROPP"),
    (*_MAID, "Rosalinda Cruz", "PHLCVL"),
    (*_MAID, "Saudi court", "SAUJUD"),
    (*_MAID, "Philippine foreign ministry", "PHLGOV"),
    (*_HAMWI, "Riad Hamwi", "SYROPP"),
    (*_KARRAS, "Yannis Karras", "GRCBUS"),
    (*_MERIDIAN, "Meridian Capital", ""),
    (*_MERIDIAN, "Volganeft", "RUSBUS"),
    (*_SENTINEL, "Sentinel Security", ""),
    (*_SENTINEL, "Taliban fighters", "AFGREB"),
    (*_KALININ, "Boris Kalinin", "RUSBUS"),
    (*_RASHED, "Ayman Rashed", "USACVL"),
    (*_RASHED, "Egyptian court", "EGYJUD"),
    (*_UNION, "Central Obrera Andina", "BOLLAB"),
    (*_BISHOP, "Samuel Okoro", "NGAREL"),
    (*_SPOKESMAN, "Hamid Rezaei", "IRNGOV"),
    (*_SPOKESMAN, "Iranian Foreign Ministry", "IRNGOV"),
    (*_COUNTRY, "Nilecom", "EGYBUS"),
    (*_DIRECTOR, "Anna Lindqvist", "SWENGO"),
    (*_DIRECTOR, "Hope Without Borders", ""),
    (*_TARVIK, "spokeswoman", "CANBUS"),
    (*_TARVIK, "Tarvik Mining", "CANBUS"),
    (*_AMANECER, "Nuevo Amanecer", "MEXNGO"),
    (*_AMANECER, "soldiers", "MEXMIL"),
    (*_GULFSTAR, "Gulf Star Shipping", "AREBUS"),
    (*_SERIKOV, "Galymzhan Serikov", "KAZOPP"),
    (*_COUNCIL, "Ahmad Jalali", "IRQGOV"),
    (*_MAHDI, "Abu Khaled", "IRQREB"),
    (*_BATTALION, "Al-Quds Martyrs Battalion", "PSEREB"),
    (*_OF_RED, "Ali Hassan", "IRQNGO"),
    (*_OF_RED, "Iraqi Red Crescent", "IRQNGO"),
    (*_OF_PARTY, "Moncef Ben Salah", "TUNOPP"),
    (*_LATER, "Jan Kowalski", "POLBUS"),
    (*_UNIT, "Kestrel Oil", "GBRBUS"),
    (*_UNIT, "Caledon Holdings", "GBRBUS"),
    (*_GUARDS, "Construtora Serra", "BRABUS"),
    (*_GUARDS, "Rebels", "COLREB"),
    (*_CHURCH, "Anglican Church of Kenya", "KENREL"),
    (*_REPORTER, "Thomas Berg", "SWEMED"),
    (*_REPORTER, "Nordposten", "SWEMED"),
    (*_SAID_IN, "Van Oord-Hals", "NLDBUS"),
    (*_SPONSOR, "Al-Fajr al-Jadid", "EGYMED"),
    (*_SPONSOR, "Hani Sabri", "EGYMED"),
    (*_NGO_IN, "Aide Sans Frontieres", "BELNGO"),
    (*_HEADLINE, "Volganeft", "RUSBUS"),
    (*_INQUIRY, "Sentinel Security", ""),
    (*_TWO, "Laura Benedetti", "ITANGO"),
    (*_TWO, "Chiara Rossi", "ITANGO"),
    (*_AGE, "Simon Leach", "GBRBUS"),
    (*_PAN, "Al-Sahra", ""),  # MED: a pan-Arab channel, of no one country
    (*_SEATED, "Al-Sahra", "QATMED"),
    (*_PAIR, "Pierre Lamy", "FRAMED"),
    (*_PAIR, "Marc Dufour", "FRAMED"),
    (*_CHARITY, "Hands of Hope", "GBRNGO"),
    (*_OWN_CHIEF, "Mikhail Orlov", "RUSBUS"),
    (*_OWN_CHIEF, "Volganeft", "RUSBUS"),
    (*_HARROW, "Harrow Engineering", ""),
    (*_STATION, "Al-Sahra", ""),  # MED: a language is no country
]


entities = headlined_entities(CASES)


# Known misses, left visible rather than hidden: index into CASES -> why.
XFAIL: dict[int, str] = {}


@pytest.mark.parametrize(
    ("title", "text", "name", "gold"),
    wire_params(CASES, XFAIL),
)
def test_named_wire_actor(title: str, text: str, name: str, gold: str) -> None:
    found = first_match(entities(title, text), name)
    code = str(found.get("code") or found.get("country") or "") if found else ""
    if not gold:  # an actor whose country the text does not give: found, and given none
        assert found is not None and not found.get("country"), (name, code)
    else:
        assert found is not None and code[:3] == gold[:3], (name, code)
