"""A tenth blind set of wire items (a headline, then a lead with its dateline and agency, as the 2004 AG News
"World" items come), written for how wire copy names PEOPLE (the names are invented unless the person is a head of
state any reader knows):

- surnames that are also title words ("Dale King", "Tariq Sheikh", "Tom Bishop", "Peter Judge", "Simon Major",
  "Robert Pope", "David Chancellor"): a title word counts before the name or as the head of the person's own
  descriptor, never as the name's last word;
- honorifics that tell standing or religion, not office ("Sheikh", "Mullah", "Sayyid", "Rabbi", "Grand
  Ayatollah"): the person's own descriptor comes first, and an honorific alone is at most its own role;
- lowercase name particles ("dela", "van der", "von", "bin", "ibn", "el-", "dos", "da", "ter") that are part of
  one name;
- names coordinated under one descriptor ("Italian aid workers A and B", "A and B, two French journalists");
- "-born", "former", "suspected", and an apposition after the name;
- counter-cases where the title before the name is a real one ("Jordan's King Abdullah", "Sheikh Hamad, Qatar's
  foreign minister", "U.S. District Judge", "Army Major") and must still count;
- a U.N. tribunal, which is an international organisation, not its host country.

Every code was written down by events_guidelines.md's actor rules before the coder's output on these items was
seen. The check is the guidelines' scorer's (`first_match`): the first entity whose texts contain the gold text
(or lie inside it) must carry the gold country (the first three letters; IGO for organisations); an empty gold
code means the text gives no country (the entity must be found and carry none). Where the text gives the person's
role (a hostage, a judge, a militant, a cleric), the role is checked too (the last field is True).
"""

from __future__ import annotations

import pytest

from newsgraph.evaluate.actors_news import first_match

from .test_wire_blind import headlined_entities, wire_params

pytestmark = pytest.mark.model

# Surnames that are title words.
_KING = ("Host quizzes senator on Iraq", "WASHINGTON (Reuters) - U.S. talk show host Dale King interviewed Senator "
         "Harold Voss on Tuesday about the cost of the war in Iraq.")
_WIDOW = ("Rights campaigner urges vote", "ATLANTA (AP) - Marian Scott King, an American civil rights campaigner, "
          "met church leaders on Saturday to urge a big turnout in the November election.")
_SHEIKH_HELD = ("Militant held in Lahore", "ISLAMABAD (Reuters) - Pakistani police arrested Tariq Sheikh, a suspected "
                "Pakistani militant, in the eastern city of Lahore on Monday, officials said.")
_SHEIKH_APPEAL = ("Militant appeals sentence", "KARACHI (Reuters) - Rashid Sheikh appealed his death sentence on "
                  "Tuesday, his lawyer said.")
_BISHOP = ("Briton freed in Iraq", "LONDON (Reuters) - Tom Bishop, a British hostage held in Iraq for three weeks, "
           "was freed on Thursday, the Foreign Office said.")
_JUDGE = ("Australian reporter released", "SYDNEY (Reuters) - Australian journalist Peter Judge was released by his "
          "captors in Iraq on Sunday after two days in captivity.")
_MAJOR = ("Mercenary on trial", "JOHANNESBURG (Reuters) - Simon Major, a South African mercenary accused of plotting "
          "a coup in Equatorial Guinea, went on trial in Malabo on Monday.")
_KAISER = ("Neo-Nazi held over plot", "BERLIN (Reuters) - Police detained Karl Kaiser, a German neo-Nazi, on "
           "Wednesday over a plot to bomb a synagogue in Munich.")
_MARSHAL = ("Novelist wins prize", "PARIS (AFP) - French novelist Anne Marshal won the Goncourt prize on Monday for "
            "a book about the war in Algeria.")
_POPE = ("Captured Marine shown on tape", "WASHINGTON (Reuters) - Robert Pope, a U.S. Marine captured in Iraq, was "
         "shown on a videotape aired by an Arabic television station on Monday.")
_CHANCELLOR = ("Banker charged", "LONDON (Reuters) - British banker David Chancellor was charged with fraud on "
               "Thursday over the collapse of a pension fund.")
_MAYOR = ("American kidnapped in Kabul", "KABUL (Reuters) - Gunmen kidnapped Sarah Mayor, an American aid worker, "
          "from her car in the Afghan capital on Tuesday.")
_PRINCE = ("Engineer shot in Riyadh", "RIYADH (Reuters) - Gunmen shot dead Alan Prince, an Irish engineer, outside his "
           "home in the Saudi capital on Sunday.")
# Lowercase particles.
_DELA = ("Filipino driver freed", "MANILA (Reuters) - Filipino truck driver Angelo dela Paz was freed by his "
         "kidnappers in Iraq on Tuesday, the foreign ministry said.")
_VANDER = ("Dutch lawmaker threatened", "THE HAGUE (Reuters) - Dutch lawmaker Pieter van der Berg was put under police "
           "guard on Friday after threats from Islamic militants.")
_VON = ("Industrialist detained", "BERLIN (Reuters) - German industrialist Friedrich von Hallberg was detained on "
        "Monday on suspicion of selling arms parts to Libya.")
_BIN = ("Qaeda suspect held", "SANAA (Reuters) - Yemeni police arrested Abdullah bin Salem al-Harthi, a "
        "Yemeni al Qaeda suspect, in the eastern province of Marib on Sunday.")
_IBN = ("Saudi dissident speaks out", "LONDON (Reuters) - Saudi dissident Saad ibn Faisal al-Oteibi called on "
        "Tuesday for protests against the royal family.")
_EL = ("Hamas leader vows revenge", "GAZA (Reuters) - Hamas leader Abu Yusuf el-Hayek vowed on Monday to avenge the "
       "killing of three militants in an Israeli air strike.")
_DOS = ("Judge orders arrest", "LISBON (Reuters) - Portuguese judge Maria dos Santos Ferreira ordered the arrest of "
        "a former minister on Wednesday.")
_DA = ("Trafficker arrested", "RIO DE JANEIRO (Reuters) - Brazilian police arrested Joao da Silva Costa, a Brazilian "
       "drug trafficker, in a slum on Thursday.")
_TER = ("Filmmaker threatened", "AMSTERDAM (Reuters) - Dutch filmmaker Theo ter Horst said on Friday he had received "
        "death threats over a film about Islam.")
_DE_LA = ("Spanish aid worker freed", "MADRID (Reuters) - Spanish aid worker Carmen de la Fuente was freed by her "
          "captors in Colombia on Monday.")
# Honorifics and the person's own descriptor.
_FOUNDER = ("Hamas founder speaks", "GAZA (Reuters) - Sheikh Ibrahim Qudsi, the founder of the militant group Hamas, "
            "said on Sunday the group would keep fighting Israel.")
_TRIBAL = ("Tribal chief condemns raid", "RAMADI, Iraq (Reuters) - Sheikh Faris al-Dulaimi, an Iraqi tribal leader, "
           "condemned a U.S. raid on his village on Sunday.")
_MULLAH = ("Taliban commander arrested", "QUETTA, Pakistan (Reuters) - Pakistani police arrested Mullah Abdul Rauf, "
           "a senior Taliban commander, on Friday, officials said.")
_SAYYID = ("Cleric calls for calm", "NAJAF, Iraq (Reuters) - Sayyid Hassan al-Hakimi, an Iraqi Shi'ite cleric, called "
           "for calm on Monday after clashes in the city.")
_RABBI = ("Settler leader vows to resist", "JERUSALEM (Reuters) - Rabbi Yosef Adler, an Israeli settler leader, vowed "
          "on Tuesday to resist the evacuation of settlements in Gaza.")
_AYATOLLAH = ("Top cleric backs vote", "NAJAF, Iraq (Reuters) - Grand Ayatollah Mohammed Kadhim al-Hasani, Iraq's most "
              "senior Shi'ite cleric, urged Iraqis on Friday to vote in the January election.")
_SHEIKH_ALONE = ("Tribal figure kidnapped", "LONDON (Reuters) - Sheikh Jamal al-Obeidi was kidnapped on Tuesday, a "
                 "relative said.")
_MULLAH_ALONE = ("Cleric arrested", "LONDON (Reuters) - Police arrested Mullah Karim Ahmadi on Wednesday, his lawyer "
                 "said.")
# Real titles before the name: they still count.
_EMIR = ("Qatar minister visits Gaza", "DOHA (Reuters) - Sheikh Hamad bin Jassim, Qatar's foreign minister, met "
         "Palestinian leaders on Monday to discuss a truce.")
_KUWAIT = ("Kuwait premier meets envoy", "KUWAIT CITY (Reuters) - Kuwaiti Prime Minister Sheikh Sabah al-Ahmad met a "
           "U.S. envoy on Sunday to discuss the security of the border with Iraq.")
_ABDULLAH = ("Jordan's king meets Bush", "AMMAN (Reuters) - Jordan's King Abdullah flew to Washington on Tuesday for "
             "talks on the Middle East.")
_DISTRICT = ("Judge blocks law", "NEW YORK (Reuters) - U.S. District Judge Ellen Harper blocked a new abortion law on "
             "Tuesday, ruling it unconstitutional.")
_ARMY_MAJOR = ("Officer describes battle", "BAGHDAD (Reuters) - U.S. Army Major Kevin Ross said on Monday that "
               "insurgents had fired mortars at his base overnight.")
_DEPUTY_PM = ("Mayor opposes barrier route", "JERUSALEM (Reuters) - Israeli Deputy Prime Minister Uri Levin said on "
              "Sunday the barrier would be moved.")
# "-born", "former", "suspected", appositions.
_BORN = ("Dutch Islamist arrested", "AMSTERDAM (Reuters) - Dutch police arrested Samir Azzouni, a Moroccan-born Dutch "
         "national, on suspicion of planning attacks on Monday.")
_BORN_BRIT = ("Briton held in Pakistan", "ISLAMABAD (Reuters) - Pakistani agents arrested Imran Siddiq, a "
              "Pakistani-born British citizen, on Wednesday.")
_FORMER = ("Ex-minister jailed", "CAIRO (Reuters) - Former Egyptian interior minister Hassan Abdel-Fattah was "
           "sentenced to seven years in prison on Monday for corruption.")
_FORMER_AFTER = ("Ex-premier charged", "KIEV (Reuters) - Oleh Marchuk, a former Ukrainian prime minister, was "
                 "charged with abuse of office on Tuesday.")
_PKK = ("Kurdish militant held", "ISTANBUL (Reuters) - Turkish police detained Mehmet Yildiz, a suspected Kurdish "
        "rebel, in the southeastern city of Diyarbakir on Wednesday.")
_MADRID = ("Moroccan charged over bombings", "MADRID (Reuters) - Spanish police arrested Moroccan national Youssef "
           "Benali on Tuesday on suspicion of taking part in the train bombings.")
_TANZANIAN = ("Qaeda suspect held", "ISLAMABAD (Reuters) - Pakistani agents arrested Tanzanian al Qaeda suspect "
              "Khalfan Mbarak in the town of Gujrat on Sunday.")
_DEPUTY = ("Iraqi official killed", "BAGHDAD (Reuters) - Iraq's deputy interior minister, Adnan Jabbar, was killed "
           "by a roadside bomb on Saturday.")
_OPPOSED = ("Opposition leader arrested", "KIEV (Reuters) - Police arrested Ukrainian opposition leader Taras "
            "Hordienko on Monday.")
_MILITANT_AFTER = ("Militant leader killed", "GAZA (Reuters) - Israeli troops killed Mahmoud Zeidan, a local "
                   "commander of the Islamic Jihad militant group, on Sunday.")
# Coordinated names under one descriptor.
_THREE = ("Indian drivers freed", "NEW DELHI (Reuters) - Indian drivers Antar Singh, Tilak Raj and Sukhdev Kumar were "
          "freed by their kidnappers in Iraq on Wednesday.")
_TWO_AFTER = ("French reporters still held", "PARIS (Reuters) - Christian Moreau and Georges Lavigne, two French "
              "journalists held in Iraq since August, are alive, the foreign minister said on Monday.")
_ENGINEERS = ("Russian engineers kidnapped", "MOSCOW (Reuters) - Russian engineers Ivan Petrov and Sergei Volkov "
              "were kidnapped in Iraq on Tuesday, the foreign ministry said.")
_DIPLOMATS = ("Egyptian diplomats seized", "CAIRO (Reuters) - Egyptian diplomats Ahmed Shawqi and Tarek Mansour were "
              "kidnapped in Baghdad on Friday.")
_AID_PAIR = ("Aid workers freed", "ROME (Reuters) - Italian aid workers Simona Ferri and Paola Marchetti were freed in "
             "Baghdad on Tuesday after three weeks in captivity.")
# Journalists, victims, militants.
_KOREAN = ("Korean hostage killed", "SEOUL (Reuters) - South Korean translator Park Jin-ho was killed by his captors "
           "in Iraq, the foreign ministry said on Wednesday.")
_TRUCKER = ("Turkish driver freed", "ANKARA (Reuters) - Turkish truck driver Murat Yuce, kidnapped in Iraq last week, "
            "was freed on Monday.")
_IRAQI_REPORTER = ("Reporter shot", "BAGHDAD (Reuters) - Gunmen shot dead Ali Hussein al-Khafaji, an Iraqi "
                   "journalist, on Tuesday.")
_INDO = ("Reporter freed in Iraq", "JAKARTA (Reuters) - Indonesian reporter Dewi Lestari was freed by her kidnappers "
         "in Iraq on Monday.")
_CHECHEN = ("Rebel commander killed", "MOSCOW (Reuters) - Russian troops killed Chechen rebel commander Doku "
            "Umarkhanov in a raid on Thursday.")
_SAYYAF = ("Militant commander captured", "MANILA (Reuters) - Philippine troops captured Abu Sayyaf commander Amin "
           "Jaljalis on the southern island of Jolo on Sunday.")
_KENYAN = ("Kenyan hostages freed", "NAIROBI (Reuters) - Kenyan truck drivers Joseph Mwangi and Peter Otieno were "
           "freed in Iraq on Friday.")
# A U.N. tribunal is an international organisation.
_ICTY = ("Tribunal indicts general", "THE HAGUE (Reuters) - The U.N. war crimes tribunal for the former Yugoslavia "
         "indicted four Serb generals on Tuesday for crimes in Kosovo.")
_TRIBUNAL = ("Court sets trial date", "THE HAGUE (Reuters) - The International Criminal Tribunal for the former "
             "Yugoslavia said on Monday the trial of a Bosnian Serb commander would open in March.")
# Review round: a singular descriptor after a list is the last name's own; an office before an honorific; an
# honorific alone takes the story's home; an honorific does not keep the apposition from the person.
_ENVOY_PAIR = ("Annan meets U.S. envoy", "UNITED NATIONS (Reuters) - Kofi Annan and Daniel Whitford, the U.S. "
               "ambassador to the United Nations, met on Tuesday to discuss the crisis in Darfur.")
_INTERPRETER = ("Two seized near airport", "BAGHDAD (Reuters) - Kidnappers seized Mark Dalton and Haidar Jabbar, an "
                "Iraqi interpreter, on the airport road on Sunday, police said.")
_GUARD = ("Two shot near Falluja", "BAGHDAD (Reuters) - Gunmen killed Brian Kessler and Paolo Ferraro, an Italian "
          "security guard, near Falluja on Monday.")
_TRIO = ("Three shot at compound", "RIYADH (Reuters) - Gunmen killed Paul Avery, Dean Moss and Colin Heath, a British "
         "engineer, at a housing compound on Saturday.")
_PRESIDENT_PAIR = ("Leaders meet on Iraq", "PARIS (Reuters) - Tony Blair and Jacques Chirac, the French president, "
                   "agreed on Monday to send more aid to Iraq.")
_OMAN = ("Oman minister visits Yemen", "MUSCAT (Reuters) - Omani Interior Minister Sheikh Salim bin Hilal al-Harthi "
         "met Yemeni officials on Monday to discuss border security.")
_CROWN = ("Crown prince opens port", "ABU DHABI (Reuters) - Abu Dhabi Crown Prince Sheikh Khalifa bin Saeed opened a "
          "new container port on Wednesday.")
_DOHA = ("Sheikh meets delegation", "DOHA, Qatar (Reuters) - Sheikh Mansour al-Thani met a visiting U.S. trade "
         "delegation on Monday.")
_MANAMA = ("Parliament opens", "MANAMA, Bahrain (Reuters) - Sheikh Rashid bin Ali al-Khalifa opened a new session of "
           "parliament on Sunday.")
_HOJAT = ("Iran rejects demand", "TEHRAN (Reuters) - Hojatoleslam Reza Nourani, Iran's chief nuclear negotiator, "
          "rejected European demands on Monday.")
_MAULANA = ("Opposition threatens protests", "ISLAMABAD (Reuters) - Maulana Abdul Ghani, the leader of the "
            "opposition in parliament, threatened street protests on Friday.")
_TURK = ("Businessman arrested", "ISTANBUL (Reuters) - Turkish police arrested Mehmet Ali Ozkan, a Turkish "
         "businessman, on Thursday over a bank fraud.")

# (headline, lead, actor as named, gold code: ISO3 + role, role alone, or "" when the text gives no country, and
# whether the text gives the actor's role, so that the role is checked too)
# declarative table:
CASES: list[tuple[str, str, str, str, bool]] = [
    (*_KING, "Dale King", "USAMED", True),
    (*_WIDOW, "Marian Scott King", "USA", False),
    (*_SHEIKH_HELD, "Tariq Sheikh", "PAKREB", True),
    (*_SHEIKH_HELD, "Pakistani police", "PAKCOP", True),
    (*_SHEIKH_APPEAL, "Rashid Sheikh", "", False),
    (*_BISHOP, "Tom Bishop", "GBRCVL", True),
    (*_BISHOP, "Foreign Office", "GBRGOV", True),
    (*_JUDGE, "Peter Judge", "AUSMED", True),
    (*_MAJOR, "Simon Major", "ZAF", False),
    (*_KAISER, "Karl Kaiser", "DEU", False),
    (*_MARSHAL, "Anne Marshal", "FRA", False),
    (*_POPE, "Robert Pope", "USAMIL", True),
    (*_CHANCELLOR, "David Chancellor", "GBRBUS", True),
    (*_MAYOR, "Sarah Mayor", "USANGO", True),
    (*_PRINCE, "Alan Prince", "IRLBUS", True),
    (*_DELA, "Angelo dela Paz", "PHL", False),
    (*_DELA, "foreign ministry", "PHLGOV", True),
    (*_VANDER, "Pieter van der Berg", "NLDLEG", True),
    (*_VON, "Friedrich von Hallberg", "DEUBUS", True),
    (*_BIN, "Abdullah bin Salem al-Harthi", "YEMREB", True),
    (*_BIN, "Yemeni police", "YEMCOP", True),
    (*_IBN, "Saad ibn Faisal al-Oteibi", "SAUOPP", True),
    (*_EL, "Abu Yusuf el-Hayek", "PSEREB", True),
    (*_DOS, "Maria dos Santos Ferreira", "PRTJUD", True),
    (*_DA, "Joao da Silva Costa", "BRA", False),
    (*_DA, "Brazilian police", "BRACOP", True),
    (*_TER, "Theo ter Horst", "NLD", False),
    (*_DE_LA, "Carmen de la Fuente", "ESPNGO", True),
    (*_FOUNDER, "Ibrahim Qudsi", "PSEREB", True),
    (*_TRIBAL, "Faris al-Dulaimi", "IRQ", False),
    (*_MULLAH, "Abdul Rauf", "AFGREB", True),
    (*_MULLAH, "Pakistani police", "PAKCOP", True),
    (*_SAYYID, "Hassan al-Hakimi", "IRQELI", True),
    (*_RABBI, "Yosef Adler", "ISR", False),
    (*_AYATOLLAH, "Mohammed Kadhim al-Hasani", "IRQELI", True),
    (*_SHEIKH_ALONE, "Jamal al-Obeidi", "GBRELI", True),
    (*_MULLAH_ALONE, "Karim Ahmadi", "GBRELI", True),
    (*_EMIR, "Hamad bin Jassim", "QATGOV", True),
    (*_KUWAIT, "Sabah al-Ahmad", "KWTGOV", True),
    (*_ABDULLAH, "King Abdullah", "JORGOV", True),
    (*_DISTRICT, "Ellen Harper", "USAJUD", True),
    (*_ARMY_MAJOR, "Kevin Ross", "USAMIL", True),
    (*_DEPUTY_PM, "Uri Levin", "ISRGOV", True),
    (*_BORN, "Samir Azzouni", "NLD", False),
    (*_BORN, "Dutch police", "NLDCOP", True),
    (*_BORN_BRIT, "Imran Siddiq", "GBR", False),
    (*_FORMER, "Hassan Abdel-Fattah", "EGY", False),
    (*_FORMER_AFTER, "Oleh Marchuk", "UKR", False),
    (*_PKK, "Mehmet Yildiz", "TURREB", True),
    (*_PKK, "Turkish police", "TURCOP", True),
    (*_MADRID, "Youssef Benali", "MAR", False),
    (*_MADRID, "Spanish police", "ESPCOP", True),
    (*_TANZANIAN, "Khalfan Mbarak", "TZAREB", True),
    (*_DEPUTY, "Adnan Jabbar", "IRQGOV", True),
    (*_OPPOSED, "Taras Hordienko", "UKROPP", True),
    (*_MILITANT_AFTER, "Mahmoud Zeidan", "PSEREB", True),
    (*_MILITANT_AFTER, "Israeli troops", "ISRMIL", True),
    (*_THREE, "Antar Singh", "IND", False),
    (*_THREE, "Tilak Raj", "IND", False),
    (*_THREE, "Sukhdev Kumar", "IND", False),
    (*_TWO_AFTER, "Christian Moreau", "FRAMED", True),
    (*_TWO_AFTER, "Georges Lavigne", "FRAMED", True),
    (*_ENGINEERS, "Ivan Petrov", "RUS", False),
    (*_ENGINEERS, "Sergei Volkov", "RUS", False),
    (*_DIPLOMATS, "Ahmed Shawqi", "EGYGOV", True),
    (*_DIPLOMATS, "Tarek Mansour", "EGYGOV", True),
    (*_AID_PAIR, "Simona Ferri", "ITANGO", True),
    (*_AID_PAIR, "Paola Marchetti", "ITANGO", True),
    (*_KOREAN, "Park Jin-ho", "KOR", False),
    (*_TRUCKER, "Murat Yuce", "TUR", False),
    (*_IRAQI_REPORTER, "Ali Hussein al-Khafaji", "IRQMED", True),
    (*_INDO, "Dewi Lestari", "IDNMED", True),
    (*_CHECHEN, "Doku Umarkhanov", "RUSREB", True),
    (*_CHECHEN, "Russian troops", "RUSMIL", True),
    (*_SAYYAF, "Amin Jaljalis", "PHLREB", True),
    (*_SAYYAF, "Philippine troops", "PHLMIL", True),
    (*_KENYAN, "Joseph Mwangi", "KEN", False),
    (*_KENYAN, "Peter Otieno", "KEN", False),
    (*_ICTY, "war crimes tribunal", "IGO", False),
    (*_TRIBUNAL, "International Criminal Tribunal", "IGO", False),
    (*_ENVOY_PAIR, "Kofi Annan", "IGO", False),
    (*_ENVOY_PAIR, "Daniel Whitford", "USA", False),
    (*_INTERPRETER, "Mark Dalton", "", False),
    (*_INTERPRETER, "Haidar Jabbar", "IRQ", False),
    (*_GUARD, "Brian Kessler", "", False),
    (*_GUARD, "Paolo Ferraro", "ITA", False),
    (*_TRIO, "Paul Avery", "", False),
    (*_TRIO, "Dean Moss", "", False),
    (*_TRIO, "Colin Heath", "GBR", False),
    (*_PRESIDENT_PAIR, "Tony Blair", "GBRGOV", True),
    (*_PRESIDENT_PAIR, "Jacques Chirac", "FRAGOV", True),
    (*_OMAN, "Salim bin Hilal al-Harthi", "OMNGOV", True),
    (*_CROWN, "Khalifa bin Saeed", "AREGOV", True),
    (*_DOHA, "Mansour al-Thani", "QATELI", True),
    (*_MANAMA, "Rashid bin Ali al-Khalifa", "BHRELI", True),
    (*_HOJAT, "Reza Nourani", "IRNGOV", True),
    (*_MAULANA, "Abdul Ghani", "PAKOPP", True),
    (*_TURK, "Mehmet Ali Ozkan", "TURBUS", True),
]


entities = headlined_entities(CASES)
_ARMED = {"INS": "REB", "SEP": "REB"}


# Known misses, left visible rather than hidden: index into CASES -> why.
XFAIL: dict[int, str] = {
    9: "'neo-Nazi' is no common noun for a person in titles.py (the model splits it and capitalises 'Nazi')",
    11: "'a U.S. Marine': a capitalised 'Marine' is no title (as one it would make 'Marine Le Pen' a soldier)",
    14: "'engineer' has a role only in Phoenix's agents list (CVL), which the project leaves open for a person",
    30: "the dictionary codes the Taliban AFGGOV on an undated item; in 2004 they are insurgents (a dated entry)",
    52: "the model reads 'Tanzanian al Qaeda' as a person and 'suspect' as a verb, so no descriptor is read",
}


@pytest.mark.parametrize(
    ("title", "text", "name", "gold", "role_given"),
    wire_params(CASES, XFAIL),
)
def test_names_wire_actor(title: str, text: str, name: str, gold: str, role_given: bool) -> None:
    found = first_match(entities(title, text), name)
    code = str(found.get("code") or found.get("country") or "") if found else ""
    if not gold:  # a person whose country the text does not give: found, and given none
        assert found is not None and not found.get("country"), (name, code)
        return
    assert found is not None and code[:3] == gold[:3], (name, code)
    if role_given:  # the guidelines let INS or SEP stand for REB
        assert _ARMED.get(code[3:], code[3:]) == gold[3:], (name, code)


# Words that must make no person of their own: an apposition that an honorific stood before ("Hojatoleslam A, Iran's
# chief nuclear negotiator" is one person), a place or body named after a person, a given name inside a longer
# name.
_SHRINE = ("Pilgrims gather", "KARBALA, Iraq (Reuters) - Thousands of pilgrims gathered at the Imam Hussein shrine "
           "on Friday for a religious festival.")
_HOSPITAL = ("Bomb hits hospital", "MOSUL, Iraq (Reuters) - A car bomb exploded outside the Omar Hospital in the "
             "northern city on Tuesday, killing four people.")
_BRIGADES = ("Group claims attack", "GAZA (Reuters) - A group calling itself the Khalid Rashid Brigades claimed "
             "responsibility on Monday for a rocket attack on an Israeli town.")
_BATTALION = ("Militants claim kidnap", "BAGHDAD (Reuters) - A group calling itself the Hamza Battalion said on "
              "Sunday it had kidnapped two Turkish drivers.")
_MUFTI = ("Mufti condemns raid", "BEIRUT (Reuters) - Sheikh Omar Haddad, the grand mufti of Lebanon, condemned an "
          "Israeli air raid on Sunday.")
_RABBI_LEADER = ("Rabbi opposes pullout", "JERUSALEM (Reuters) - Rabbi David Ezra, spiritual leader of the Shas "
                 "party, urged ministers on Sunday to vote against the Gaza pullout.")
# A headline capitalises the word after a name: "Over" is no surname (review, session 12).
_HEADLINE_OVER = ("Pakistan Arrests Ahmed Ali Over Bombing", "KARACHI (Reuters) - Police arrested a man on Monday.")
_HEADLINE_AFTER = ("Militants Free Ali Hassan After Ransom", "BAGHDAD (Reuters) - A driver was freed on Sunday.")
# declarative table:
NO_PERSON: list[tuple[str, str, str]] = [
    (*_HEADLINE_OVER, "Ali Over"),
    (*_HEADLINE_AFTER, "Hassan After"),
    (*_HOJAT, "negotiator"),
    (*_MAULANA, "leader"),
    (*_MUFTI, "mufti"),
    (*_RABBI_LEADER, "spiritual leader"),
    (*_SHRINE, "Hussein"),
    (*_HOSPITAL, "Omar"),
    (*_BRIGADES, "Khalid Rashid"),
    (*_BATTALION, "Hamza"),
    (*_TURK, "Mehmet Ali"),
]
lookup = headlined_entities(NO_PERSON)


@pytest.mark.parametrize(("title", "text", "words"), NO_PERSON, ids=[c[2] for c in NO_PERSON])
def test_no_person_of_its_own(title: str, text: str, words: str) -> None:
    people = [e["name"] for e in lookup(title, text) if e["kind"] == "person"]
    assert not [p for p in people if words in p and p.split()[-1] in words.split()], people


# A state's adjective on the noun of its act is the state acting: a mention of the country (lead's probes, session 12).
# declarative table:
STATE_ACTS: list[tuple[str, str, str | None]] = [
    ("Strike kills militant", "GAZA (Reuters) - An Israeli air strike killed a Hamas militant on Tuesday.", "ISR"),
    ("Offer rejected", "TEHRAN (Reuters) - Iran rejected a French proposal on nuclear fuel on Sunday.", "FRA"),
    # An "anti-" adjective names the target, not the actor.
    ("Attacks kill 12", "BAGHDAD (Reuters) - Anti-American attacks killed 12 people on Sunday.", None),
    # An adjective on a group names the group's country, not a second actor.
    ("Troops kill two", "GAZA (Reuters) - Israeli troops killed two gunmen on Monday.", None),
]
state_lookup = headlined_entities(STATE_ACTS)


@pytest.mark.parametrize(("title", "text", "country"), STATE_ACTS, ids=[c[0] for c in STATE_ACTS])
def test_a_state_adjective_on_its_act_is_the_state(title: str, text: str, country: str | None) -> None:
    states = [e["code"] for e in state_lookup(title, text) if e["kind"] == "country" and e["code"] not in ("PSE", "IRN")]
    assert states == ([country] if country else [])
