# declarative table: headline + lead pairs written for the headline-clause tests.
"""Headline + lead pairs in the style of 2004 wire copy, written for `test_clauses.py`; no article text is
copied. Each item is (headline, lead, the headline's verb as printed, the headline's actors an analyst expects).
Half the headlines are in Title Case, half in sentence case, as wire services and aggregators print them. The
subjects are role nouns, named groups, people and countries; the verbs are mostly ones that are also nouns
(attack, strike, fire, raid, arrest, hit, charge, claim, plan, talks, vow, bid, call), the words the model
glues to the subject as part of a name.

A headline entity that holds the verb is a clause taken for a name (junk); an expected actor is found when an
entity has a mention in the headline with that text."""

from __future__ import annotations

# fmt: off
HEADLINES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    # Role nouns as subjects, sentence case
    ("Police arrest militants", "KARACHI, Pakistan (AP) - Police arrested three militants in Karachi on Monday, "
     "officials said.", "arrest", ("Police",)),
    ("Militants attack checkpoint", "KARACHI, Pakistan (AP) - Militants attacked a police checkpoint in Karachi on "
     "Monday, killing two officers, officials said.", "attack", ("Militants",)),
    ("Riot police fire tear gas at Belfast marchers", "BELFAST, Northern Ireland (Reuters) - Riot police fired tear "
     "gas at Protestant marchers in north Belfast on Monday night.", "fire", ("Riot police", "Belfast")),
    ("Rebels raid army post", "KATHMANDU, Nepal (Reuters) - Maoist rebels raided an army post in western Nepal on "
     "Sunday, killing four soldiers, the army said.", "raid", ("Rebels",)),
    ("Soldiers fire on protesters", "PORT-AU-PRINCE, Haiti (AP) - Soldiers fired on protesters in the capital on "
     "Friday, wounding six people, witnesses said.", "fire", ("Soldiers",)),
    ("Gunmen attack convoy", "BAGHDAD (Reuters) - Gunmen attacked a convoy of fuel trucks south of Baghdad on "
     "Tuesday, killing two drivers, police said.", "attack", ("Gunmen",)),
    ("Troops raid mosque", "FALLUJA, Iraq (Reuters) - U.S. troops raided a mosque in Falluja on Thursday and "
     "detained 20 people, the military said.", "raid", ("Troops",)),
    ("Insurgents strike oil pipeline", "BAGHDAD (AP) - Insurgents struck an oil pipeline near Kirkuk on Saturday, "
     "setting it ablaze, officials said.", "strike", ("Insurgents",)),
    ("Police charge opposition leader", "HARARE (Reuters) - Zimbabwe police charged an opposition leader with "
     "treason on Monday, his lawyer said.", "charge", ("Police",)),
    ("Workers strike over pay", "SEOUL (Reuters) - Thousands of workers went on strike at Hyundai Motor on "
     "Wednesday over pay, the union said.", "strike", ("Workers",)),
    ("Protesters call for ban on GM crops", "LONDON (Reuters) - Protesters called on Tuesday for a ban on "
     "genetically modified crops outside Parliament.", "call", ("Protesters",)),
    ("Kidnappers free Japanese hostages", "BAGHDAD (AP) - Kidnappers freed three Japanese hostages in Iraq on "
     "Thursday, the Japanese government said.", "free", ("Kidnappers",)),
    ("Hijackers seize bus", "MANILA (Reuters) - Hijackers seized a bus with 20 passengers in southern Manila on "
     "Monday, police said.", "seize", ("Hijackers",)),
    ("Guerrillas hit army base", "BOGOTA, Colombia (Reuters) - Leftist guerrillas hit an army base in southern "
     "Colombia on Sunday, killing seven soldiers, the army said.", "hit", ("Guerrillas",)),
    ("Settlers attack Palestinian farmers", "NABLUS, West Bank (Reuters) - Jewish settlers attacked Palestinian "
     "farmers picking olives near Nablus on Saturday, witnesses said.", "attack", ("Settlers",)),
    ("Students plan protest", "TEHRAN (AP) - Students plan a protest at Tehran University on Tuesday, student "
     "leaders said.", "plan", ("Students",)),
    ("Police fire at crowd", "DHAKA (Reuters) - Police fired rubber bullets at a crowd in Dhaka on Sunday, "
     "wounding 30 people, witnesses said.", "fire", ("Police",)),
    ("Militants claim attack on pipeline", "BAGHDAD (Reuters) - Militants claimed responsibility on Monday for an "
     "attack on an oil pipeline in northern Iraq.", "claim", ("Militants",)),
    ("Rebels vow more attacks", "KATHMANDU (Reuters) - Maoist rebels vowed more attacks on Monday after troops "
     "killed 12 of their fighters.", "vow", ("Rebels",)),
    ("Peacekeepers arrest warlord", "MONROVIA, Liberia (AP) - U.N. peacekeepers arrested a former warlord in "
     "Monrovia on Wednesday, the U.N. mission said.", "arrest", ("Peacekeepers",)),
    ("Strikers block roads", "LA PAZ, Bolivia (Reuters) - Strikers blocked roads across Bolivia on Monday, "
     "demanding the nationalisation of gas.", "block", ("Strikers",)),
    ("Mourners bury slain cleric", "NAJAF, Iraq (AP) - Thousands of mourners buried a slain cleric in Najaf on "
     "Friday.", "bury", ("Mourners",)),
    ("Pirates attack tanker", "SINGAPORE (Reuters) - Pirates attacked a tanker in the Malacca Strait on Sunday, "
     "taking the captain hostage, the shipping bureau said.", "attack", ("Pirates",)),
    ("Bombers target police station", "KIRKUK, Iraq (Reuters) - Suicide bombers targeted a police station in "
     "Kirkuk on Monday, killing 12 people.", "target", ("Bombers",)),
    ("Villagers flee fighting", "KHARTOUM (Reuters) - Villagers fled fighting in Darfur on Tuesday, aid workers "
     "said.", "flee", ("Villagers",)),
    # Role nouns as subjects, Title Case
    ("Police Arrest Suspects in Madrid Bombings", "MADRID (Reuters) - Spanish police arrested five suspects in the "
     "Madrid train bombings on Saturday, the Interior Ministry said.", "Arrest", ("Police", "Madrid")),
    ("Militants Attack Checkpoint in Mosul", "MOSUL, Iraq (AP) - Militants attacked an Iraqi checkpoint in Mosul "
     "on Sunday, killing three policemen, police said.", "Attack", ("Militants", "Mosul")),
    ("Rebels Raid Town in Eastern Congo", "KINSHASA (Reuters) - Rebels raided a town in eastern Congo on Monday, "
     "the U.N. mission said.", "Raid", ("Rebels", "Congo")),
    ("Soldiers Fire on Crowd in Abidjan", "ABIDJAN (Reuters) - Soldiers fired on a crowd in Abidjan on Saturday, "
     "killing two people, witnesses said.", "Fire", ("Soldiers", "Abidjan")),
    ("Gunmen Kill Five in Baghdad", "BAGHDAD (Reuters) - Gunmen killed five Iraqis in western Baghdad on "
     "Tuesday, police said.", "Kill", ("Gunmen", "Baghdad")),
    ("Troops Storm Rebel Stronghold", "GROZNY, Russia (Reuters) - Russian troops stormed a rebel stronghold in "
     "Chechnya on Sunday, officials said.", "Storm", ("Troops",)),
    ("Insurgents Hit Convoy Near Falluja", "FALLUJA, Iraq (AP) - Insurgents hit a U.S. convoy near Falluja on "
     "Wednesday, the military said.", "Hit", ("Insurgents", "Falluja")),
    ("Police Charge Cleric With Incitement", "LONDON (Reuters) - British police charged a Muslim cleric with "
     "incitement to murder on Tuesday.", "Charge", ("Police",)),
    ("Workers Strike at Airbus Plants", "PARIS (Reuters) - Workers went on strike at Airbus plants in France on "
     "Thursday, the unions said.", "Strike", ("Workers", "Airbus")),
    ("Protesters Call for Resignation", "KIEV (Reuters) - Protesters called for the resignation of the "
     "government on Monday in Kiev.", "Call", ("Protesters",)),
    ("Kidnappers Free Turkish Drivers", "BAGHDAD (Reuters) - Kidnappers freed two Turkish drivers in Iraq on "
     "Sunday, Turkish officials said.", "Free", ("Kidnappers",)),
    ("Militants Claim Beheading of Hostage", "BAGHDAD (AP) - Militants claimed the beheading of a hostage in a "
     "video posted on Monday.", "Claim", ("Militants",)),
    ("Rebels Vow to Fight On", "KATHMANDU (Reuters) - Maoist rebels vowed on Sunday to fight on after the "
     "government rejected talks.", "Vow", ("Rebels",)),
    ("Hostage Takers Set Deadline", "BAGHDAD (AP) - Hostage takers set a deadline on Tuesday for the release of "
     "their prisoners.", "Set", ("Hostage Takers",)),
    ("U.S. Troops Battle Militia in Najaf", "NAJAF, Iraq (Reuters) - U.S. troops battled militiamen loyal to "
     "Moqtada al-Sadr in Najaf on Thursday.", "Battle", ("U.S. Troops", "Najaf")),
    ("Riot Police Fire Tear Gas at Students", "JAKARTA (Reuters) - Riot police fired tear gas at students in "
     "Jakarta on Monday.", "Fire", ("Riot Police",)),
    ("Settlers Attack Palestinian Olive Pickers", "HEBRON, West Bank (AP) - Jewish settlers attacked Palestinian "
     "olive pickers near Hebron on Sunday.", "Attack", ("Settlers",)),
    ("Guerrillas Attack Oil Pipeline", "BOGOTA (Reuters) - Leftist guerrillas attacked an oil pipeline in "
     "northeastern Colombia on Tuesday.", "Attack", ("Guerrillas",)),
    ("Pirates Seize Tanker Off Somalia", "NAIROBI (Reuters) - Pirates seized a tanker off Somalia on Friday, a "
     "maritime official said.", "Seize", ("Pirates", "Somalia")),
    ("Students Plan March", "TEHRAN (Reuters) - Students plan a march in Tehran on Thursday to mark the "
     "anniversary of the 1999 protests.", "Plan", ("Students",)),
    # Named groups
    ("Hamas vows revenge", "GAZA (Reuters) - Hamas vowed revenge on Monday after an Israeli air strike killed one "
     "of its leaders.", "vows", ("Hamas",)),
    ("Hamas Vows Revenge for Killing", "GAZA (AP) - Hamas vowed revenge on Sunday for the killing of its founder "
     "in an Israeli air strike.", "Vows", ("Hamas",)),
    ("Hezbollah fires rockets at Israel", "BEIRUT (Reuters) - Hezbollah guerrillas fired rockets at Israeli "
     "positions on Monday, security sources said.", "fires", ("Hezbollah", "Israel")),
    ("Hezbollah Fires Rockets at Israeli Posts", "BEIRUT (AP) - Hezbollah fired rockets at Israeli army posts in "
     "the disputed Shebaa Farms on Tuesday.", "Fires", ("Hezbollah",)),
    ("Islamic Jihad claims bombing", "JERUSALEM (Reuters) - Islamic Jihad claimed responsibility on Sunday for a "
     "suicide bombing in Tel Aviv.", "claims", ("Islamic Jihad",)),
    ("Islamic Jihad Claims Bombing in Tel Aviv", "JERUSALEM (AP) - Islamic Jihad claimed a suicide bombing in Tel "
     "Aviv on Monday that killed three Israelis.", "Claims", ("Islamic Jihad", "Tel Aviv")),
    ("Shining Path attacks police post", "LIMA, Peru (Reuters) - Shining Path rebels attacked a police post in "
     "the Andes on Sunday, killing two officers.", "attacks", ("Shining Path",)),
    ("Shining Path Attacks Police Patrol", "LIMA (AP) - Shining Path guerrillas attacked a police patrol in "
     "central Peru on Tuesday.", "Attacks", ("Shining Path",)),
    ("Red Cross calls for access to prisoners", "GENEVA (Reuters) - The International Committee of the Red Cross "
     "called on Tuesday for access to prisoners held in Iraq.", "calls", ("Red Cross",)),
    ("Red Cross Calls for Access to Detainees", "GENEVA (AP) - The Red Cross called on Monday for access to "
     "detainees held by U.S. forces.", "Calls", ("Red Cross",)),
    ("Al Qaeda claims Madrid attack", "MADRID (Reuters) - A group linked to al Qaeda claimed responsibility for the "
     "Madrid train bombings in a video found on Saturday.", "claims", ("Al Qaeda", "Madrid")),
    ("FARC Rebels Attack Town", "BOGOTA (Reuters) - FARC rebels attacked a town in southwest Colombia on "
     "Monday, killing four police officers.", "Attack", ("FARC",)),
    ("Tamil Tigers Accuse Army of Attack", "COLOMBO (Reuters) - Sri Lanka's Tamil Tiger rebels accused the army "
     "on Sunday of an attack on their positions.", "Accuse", ("Tamil Tigers",)),
    ("Justice and Equality Movement rejects talks", "KHARTOUM (Reuters) - The rebel Justice and Equality Movement "
     "rejected talks with the government on Monday.", "rejects", ("Justice and Equality Movement",)),
    ("Justice and Equality Movement Rejects Talks", "KHARTOUM (AP) - The Justice and Equality Movement rejected "
     "peace talks with Khartoum on Tuesday.", "Rejects", ("Justice and Equality Movement",)),
    ("Home Office plans asylum curbs", "LONDON (Reuters) - The Home Office plans new curbs on asylum seekers, "
     "Home Secretary David Blunkett said on Monday.", "plans", ("Home Office",)),
    ("Home Office Plans Asylum Curbs", "LONDON (AP) - The Home Office plans curbs on asylum appeals, officials "
     "said on Tuesday.", "Plans", ("Home Office",)),
    ("Amnesty calls for inquiry", "LONDON (Reuters) - Amnesty International called on Monday for an inquiry into "
     "the deaths of prisoners in Iraq.", "calls", ("Amnesty",)),
    ("Greenpeace Activists Board Ship", "HAMBURG (Reuters) - Greenpeace activists boarded a ship carrying "
     "timber in Hamburg on Monday.", "Board", ("Greenpeace",)),
    ("Taliban attack police station", "KABUL (Reuters) - Taliban fighters attacked a police station in "
     "southern Afghanistan on Monday, killing three policemen.", "attack", ("Taliban",)),
    ("Taliban Attack Police Post", "KABUL (AP) - Taliban guerrillas attacked a police post in Zabul province on "
     "Tuesday, officials said.", "Attack", ("Taliban",)),
    ("NATO plans training mission", "BRUSSELS (Reuters) - NATO plans a training mission for Iraqi security "
     "forces, diplomats said on Monday.", "plans", ("NATO",)),
    ("EU calls for ceasefire in Darfur", "BRUSSELS (Reuters) - The European Union called on Monday for a "
     "ceasefire in Darfur.", "calls", ("EU", "Darfur")),
    ("Hamas Gunmen Fire Rockets at Sderot", "GAZA (Reuters) - Hamas gunmen fired rockets at the Israeli town of "
     "Sderot on Tuesday.", "Fire", ("Hamas", "Sderot")),
    ("Mahdi Army Attacks Police Station", "BAGHDAD (Reuters) - Fighters of the Mahdi Army attacked a police "
     "station in Sadr City on Monday.", "Attacks", ("Mahdi Army",)),
    # People
    ("Howard attacks Blair over Iraq", "LONDON (Reuters) - Conservative leader Michael Howard accused Prime "
     "Minister Tony Blair on Monday of misleading parliament over the Iraq war.", "attacks", ("Howard", "Blair")),
    ("Howard Attacks Blair Over Iraq", "LONDON (AP) - Conservative leader Michael Howard attacked Prime Minister "
     "Tony Blair on Tuesday over the Iraq war.", "Attacks", ("Howard", "Blair")),
    ("Sharon vows to press on with pullout", "JERUSALEM (Reuters) - Prime Minister Ariel Sharon vowed on Monday to "
     "press on with his plan to pull out of Gaza.", "vows", ("Sharon",)),
    ("Sharon Vows to Press On With Pullout", "JERUSALEM (AP) - Israeli Prime Minister Ariel Sharon vowed on "
     "Sunday to press on with the Gaza pullout.", "Vows", ("Sharon",)),
    ("Kerry attacks Bush on jobs", "DETROIT (Reuters) - Democrat John Kerry attacked President Bush on Monday "
     "over the loss of jobs.", "attacks", ("Kerry", "Bush")),
    ("Kerry Attacks Bush on Jobs", "DETROIT (AP) - Democratic challenger John Kerry attacked President Bush on "
     "Tuesday over jobs.", "Attacks", ("Kerry", "Bush")),
    ("Putin calls for unity", "MOSCOW (Reuters) - President Vladimir Putin called for national unity on Monday "
     "after the Beslan school siege.", "calls", ("Putin",)),
    ("Putin Calls for Unity After Siege", "MOSCOW (AP) - President Vladimir Putin called for unity on Sunday "
     "after the school siege.", "Calls", ("Putin",)),
    ("Chavez claims victory in referendum", "CARACAS (Reuters) - President Hugo Chavez claimed victory on Monday "
     "in a referendum on his rule.", "claims", ("Chavez",)),
    ("Chavez Claims Victory in Referendum", "CARACAS (AP) - Venezuelan President Hugo Chavez claimed victory in "
     "the recall referendum on Monday.", "Claims", ("Chavez",)),
    ("Arafat calls for calm", "RAMALLAH, West Bank (Reuters) - Palestinian leader Yasser Arafat called for calm "
     "on Monday after clashes in Gaza.", "calls", ("Arafat",)),
    ("Arafat Calls for Calm in Gaza", "RAMALLAH (AP) - Yasser Arafat called for calm in Gaza on Sunday.",
     "Calls", ("Arafat", "Gaza")),
    ("Musharraf vows to hunt militants", "ISLAMABAD (Reuters) - President Pervez Musharraf vowed on Monday to "
     "hunt down militants who tried to kill him.", "vows", ("Musharraf",)),
    ("Musharraf Vows to Hunt Militants", "ISLAMABAD (AP) - President Pervez Musharraf vowed on Sunday to hunt "
     "the militants behind the attack.", "Vows", ("Musharraf",)),
    ("Annan calls for restraint", "UNITED NATIONS (Reuters) - U.N. Secretary-General Kofi Annan called for "
     "restraint on Monday.", "calls", ("Annan",)),
    ("Annan Calls for Restraint in Ivory Coast", "UNITED NATIONS (AP) - Secretary-General Kofi Annan called for "
     "restraint in Ivory Coast on Sunday.", "Calls", ("Annan", "Ivory Coast")),
    ("Berlusconi plans tax cuts", "ROME (Reuters) - Prime Minister Silvio Berlusconi plans tax cuts worth 6 "
     "billion euros, he said on Monday.", "plans", ("Berlusconi",)),
    ("Berlusconi Plans Tax Cuts", "ROME (AP) - Prime Minister Silvio Berlusconi plans to cut taxes next year, he "
     "said on Tuesday.", "Plans", ("Berlusconi",)),
    ("Abbas calls for end to attacks", "GAZA (Reuters) - Palestinian leader Mahmoud Abbas called on Monday for an "
     "end to attacks on Israelis.", "calls", ("Abbas",)),
    ("Allawi Vows Tough Action", "BAGHDAD (Reuters) - Iraqi Prime Minister Iyad Allawi vowed tough action on "
     "Monday against insurgents.", "Vows", ("Allawi",)),
    ("Schroeder bids to revive reforms", "BERLIN (Reuters) - Chancellor Gerhard Schroeder sought on Monday to "
     "revive his stalled reforms.", "bids", ("Schroeder",)),
    ("Blair Plans Visit to Libya", "LONDON (Reuters) - Prime Minister Tony Blair plans a visit to Libya, his "
     "office said on Monday.", "Plans", ("Blair", "Libya")),
    ("Sadr Calls for Truce in Najaf", "NAJAF, Iraq (Reuters) - Radical cleric Moqtada al-Sadr called for a truce "
     "in Najaf on Monday.", "Calls", ("Sadr", "Najaf")),
    ("Mugabe charges opposition with treason", "HARARE (Reuters) - President Robert Mugabe accused the opposition "
     "on Monday of treason.", "charges", ("Mugabe",)),
    # Countries and capitals
    ("Iran vows to resume enrichment", "TEHRAN (Reuters) - Iran vowed on Monday to resume uranium enrichment, "
     "defying the U.N. nuclear watchdog.", "vows", ("Iran",)),
    ("Iran Vows to Resume Enrichment", "TEHRAN (AP) - Iran vowed on Sunday to resume enriching uranium.",
     "Vows", ("Iran",)),
    ("Israel strikes Gaza", "GAZA (Reuters) - Israel struck targets in Gaza on Monday after rockets hit Sderot, "
     "the army said.", "strikes", ("Israel", "Gaza")),
    ("Israel Strikes Hamas Targets in Gaza", "GAZA (AP) - Israeli aircraft struck Hamas targets in Gaza on "
     "Sunday.", "Strikes", ("Israel", "Hamas", "Gaza")),
    ("North Korea calls off talks", "SEOUL (Reuters) - North Korea called off talks with South Korea on Monday.",
     "calls", ("North Korea",)),
    ("North Korea Calls Off Talks", "SEOUL (AP) - North Korea called off planned talks with the South on "
     "Tuesday.", "Calls", ("North Korea",)),
    ("Sudan rejects U.N. demands", "KHARTOUM (Reuters) - Sudan rejected U.N. demands on Monday to disarm "
     "militias in Darfur.", "rejects", ("Sudan",)),
    ("Russia Plans Troop Cuts", "MOSCOW (Reuters) - Russia plans to cut its troops in Georgia, officials said on "
     "Monday.", "Plans", ("Russia",)),
    ("China Bids to Host Talks", "BEIJING (Reuters) - China offered on Monday to host new talks on North "
     "Korea's nuclear plans.", "Bids", ("China",)),
    ("Pakistan Arrests Al Qaeda Suspects", "ISLAMABAD (Reuters) - Pakistan arrested four al Qaeda suspects in "
     "Lahore on Monday.", "Arrests", ("Pakistan", "Al Qaeda")),
    ("Pakistan arrests al Qaeda suspect", "ISLAMABAD (AP) - Pakistan arrested a suspected al Qaeda operative in "
     "Karachi on Sunday, officials said.", "arrests", ("Pakistan",)),
    ("Turkey Vows to Join EU", "ANKARA (Reuters) - Turkey vowed on Monday to meet the terms for joining the "
     "European Union.", "Vows", ("Turkey", "EU")),
    ("Syria calls for talks with Israel", "DAMASCUS (Reuters) - Syria called on Monday for the resumption of "
     "talks with Israel.", "calls", ("Syria", "Israel")),
    ("Venezuela Charges Opposition Leaders", "CARACAS (Reuters) - Venezuela charged four opposition leaders on "
     "Monday with rebellion.", "Charges", ("Venezuela",)),
    ("U.S. plans troop cuts in Korea", "WASHINGTON (Reuters) - The United States plans to cut its troops in South "
     "Korea by a third, officials said on Monday.", "plans", ("U.S.", "Korea")),
    ("India test-fires missile", "NEW DELHI (Reuters) - India test-fired a nuclear-capable missile on Monday.",
     "test-fires", ("India",)),
    ("Indonesia Arrests Bali Suspect", "JAKARTA (Reuters) - Indonesia arrested a suspect in the Bali bombings on "
     "Monday.", "Arrests", ("Indonesia", "Bali")),
    ("Libya Hits Back at U.S. Charges", "TRIPOLI (Reuters) - Libya on Monday rejected U.S. charges that it had "
     "plotted to kill the Saudi crown prince.", "Hits", ("Libya", "U.S.")),
    ("Japan Plans Tougher Sanctions", "TOKYO (Reuters) - Japan plans tougher sanctions on North Korea, officials "
     "said on Monday.", "Plans", ("Japan",)),
    # Subjects with descriptors and talks
    ("Sudan, rebels hold talks", "ABUJA, Nigeria (Reuters) - Sudan and Darfur rebels held talks in Abuja on "
     "Monday.", "hold", ("Sudan",)),
    ("Iraqi Police Arrest Suspects", "BAQUBA, Iraq (Reuters) - Iraqi police arrested 20 suspects in Baquba on "
     "Monday.", "Arrest", ("Iraqi Police",)),
    ("Afghan troops raid Taliban hideout", "KABUL (Reuters) - Afghan troops raided a Taliban hideout on Monday.",
     "raid", ("Afghan troops", "Taliban")),
    ("Israeli Troops Raid Nablus", "NABLUS (Reuters) - Israeli troops raided Nablus on Monday, arresting ten "
     "militants.", "Raid", ("Israeli Troops", "Nablus")),
    ("Palestinian Gunmen Fire at Settlers", "GAZA (AP) - Palestinian gunmen fired at Jewish settlers in Gaza on "
     "Monday.", "Fire", ("Palestinian Gunmen",)),
    ("Nepal Rebels Call Strike", "KATHMANDU (Reuters) - Maoist rebels called a general strike in Nepal on "
     "Monday.", "Call", ("Nepal",)),
    ("Pakistani troops strike al Qaeda hideout", "WANA, Pakistan (Reuters) - Pakistani troops struck an al Qaeda "
     "hideout near the Afghan border on Monday.", "strike", ("Pakistani troops",)),
    ("Thai police charge suspects", "BANGKOK (Reuters) - Thai police charged five suspects with treason on "
     "Monday.", "charge", ("Thai police",)),
    ("Colombian Army Kills Rebel Leader", "BOGOTA (Reuters) - The Colombian army killed a rebel leader on "
     "Monday, officials said.", "Kills", ("Colombian Army",)),
    ("Maoists Attack Police Post", "KATHMANDU (AP) - Maoist rebels attacked a police post in western Nepal on "
     "Monday.", "Attack", ("Maoists",)),
    ("Basque Separatists Claim Bombing", "MADRID (Reuters) - Basque separatist group ETA claimed a bombing in "
     "Madrid on Monday.", "Claim", ("Basque Separatists",)),
    ("Chechen rebels claim downing of helicopter", "MOSCOW (Reuters) - Chechen rebels claimed on Monday to have "
     "downed a Russian army helicopter.", "claim", ("Chechen rebels",)),
    ("Iraqi Insurgents Target Police Recruits", "BAGHDAD (Reuters) - Iraqi insurgents targeted police recruits "
     "in Baghdad on Monday, killing 40.", "Target", ("Iraqi Insurgents",)),
    ("Sunni Clerics Call for Boycott", "BAGHDAD (Reuters) - Sunni clerics called on Monday for a boycott of "
     "the January election.", "Call", ("Sunni Clerics",)),
    ("Kurdish Rebels Attack Turkish Troops", "ANKARA (Reuters) - Kurdish rebels attacked Turkish troops in the "
     "southeast on Monday.", "Attack", ("Kurdish Rebels",)),
    ("U.N. Inspectors Plan Return", "VIENNA (Reuters) - U.N. inspectors plan to return to Iran next week, "
     "diplomats said on Monday.", "Plan", ("U.N.",)),
    ("Indian Police Arrest Militants in Kashmir", "SRINAGAR, India (Reuters) - Indian police arrested three "
     "militants in Kashmir on Monday.", "Arrest", ("Indian Police", "Kashmir")),
    ("Saudi Forces Raid Militant Hideout", "RIYADH (Reuters) - Saudi security forces raided a militant hideout in "
     "Riyadh on Monday.", "Raid", ("Saudi Forces",)),
    ("Police arrest protesters in Minsk", "MINSK (Reuters) - Police arrested dozens of protesters in Minsk on "
     "Monday.", "arrest", ("Police", "Minsk")),
    ("Militants fire mortars at Green Zone", "BAGHDAD (Reuters) - Militants fired mortars at the Green Zone on "
     "Monday.", "fire", ("Militants",)),
    ("Rebels hit army convoy in Chechnya", "GROZNY (Reuters) - Rebels hit an army convoy in Chechnya on Monday, "
     "killing five soldiers.", "hit", ("Rebels", "Chechnya")),
    ("Insurgents Fire Mortars at Base", "BAGHDAD (AP) - Insurgents fired mortars at a U.S. base on Monday.",
     "Fire", ("Insurgents",)),
    # A gerund after a preposition takes its object: the act is no part of the group
    ("Liberia accused of training rebels", "FREETOWN, Sierra Leone (Reuters) - Sierra Leone accused Liberia on "
     "Monday of training rebels and supplying fighters.", "training", ("Liberia", "rebels")),
    ("Sudan accused of arming militias", "KHARTOUM (Reuters) - Rights groups accused Sudan on Monday of arming "
     "militias in Darfur.", "arming", ("Sudan", "militias")),
    ("Iran accused of harbouring al Qaeda leaders", "WASHINGTON (Reuters) - U.S. officials accused Iran on Monday "
     "of harbouring al Qaeda leaders.", "harbouring", ("Iran",)),
    ("Blair accused of misleading parliament", "LONDON (Reuters) - Opposition leaders accused Tony Blair on "
     "Tuesday of misleading parliament over Iraq.", "misleading", ("Blair",)),
    ("Syria charged with backing militants", "WASHINGTON (AP) - U.S. officials charged Syria on Monday with "
     "backing militants in Iraq.", "backing", ("Syria", "militants")),
    ("Rwanda accused of supporting Congo rebels", "KINSHASA (Reuters) - Congo accused Rwanda on Monday of "
     "supporting rebels in its east.", "supporting", ("Rwanda",)),
    ("Zimbabwe Accused of Starving Opponents", "HARARE (Reuters) - Rights groups accused Zimbabwe on Monday of "
     "starving opposition supporters of food aid.", "Starving", ("Zimbabwe",)),
    ("Chad Accused of Sheltering Rebels", "KHARTOUM (AP) - Sudan accused Chad on Tuesday of sheltering Darfur "
     "rebels.", "Sheltering", ("Chad",)),
)
# fmt: on
