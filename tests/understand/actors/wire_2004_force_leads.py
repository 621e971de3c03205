# declarative table: the leads of the blind set of real 2004 wire stories of hostages, attacks and coercion.
"""The leads of the blind set of real 2004 wire stories about hostages, attacks and coercion (kidnappings and
their releases, bombings and raids, fighting, arrests, curfews, expulsions and bans, with precision traps: attacks
that are only condemned, denied, feared, figurative or hypothetical), kept apart from their tests for length.
Every lead, actor code and gold event was written by hand, from memory of the period's news, by
events_guidelines.md and the CAMEO codebook before the coder's output on them was seen; no article text is
copied.

Coding choices the guidelines leave open, made once here: a hostage still held ("militants holding X", "X is
still being held", "held hostage for a week") is an abduction (181) the lead tells, and so is a kidnapping or
threat told in a clause or participle of a release story ("a day after gunmen seized him"); nameless gunmen,
bombers and kidnappers take the country where the text puts them, and a bombing with no doer named has an empty
source (a doer's country is then acceptable); a condemnation, accusation or denial of an attack is 11 or 12,
never the attack; a raid, a storming to free hostages, a curfew and a state of emergency are coercion (17, with
19 where troops fight); a court's jail sentence is 17; an overturned conviction is no event."""

from __future__ import annotations

from tests.understand.actors.lead_sets import Lead

# fmt: off
LEADS: tuple[Lead, ...] = (
    # Iraq: hostages held, threatened, killed and freed
    Lead("h-delacruz-freed", "Filipino hostage freed in Iraq", "MANILA (Reuters) - Iraqi militants freed Filipino "
         "truck driver Angelo de la Cruz on Tuesday, a day after the Philippines completed the withdrawal of its "
         "small contingent from Iraq.",
         ("Iraqi militants=IRQREB", "Angelo de la Cruz=PHL", "Philippines=PHL"),
         gold=("IRQ>PHL:08|084|0841", "PHL>IRQ:08|087|16"), kind="dl"),
    Lead("h-japanese-freed", "Three Japanese hostages released", "AP - Iraqi kidnappers freed three Japanese "
         "civilians on Thursday, handing them to Sunni clerics in Baghdad a week after threatening to burn them "
         "alive unless Japan pulled its troops out.",
         ("Iraqi kidnappers=IRQREB", "Japanese civilians=JPN", "Japan=JPN"),
         gold=("IRQ>JPN:08|084|0841", "IRQ>JPN:13|138"), ok=("IRQ>JPN:10", "IRQ>IRQ:08"), kind="credit"),
    Lead("h-koda-beheaded", "Japanese hostage beheaded", "Militants loyal to Abu Musab al-Zarqawi beheaded "
         "Japanese backpacker Shosei Koda, Japan#39;s government said on Saturday, after Tokyo refused their "
         "demand to withdraw its troops from Iraq.",
         ("Militants=IRQREB", "Abu Musab al-Zarqawi=JOR", "Shosei Koda=JPN", "Tokyo=JPN"),
         gold=("IRQ>JPN:18|180", "JPN>IRQ:12|120|124"), ok=("IRQ>JPN:10",), kind="bare"),
    Lead("h-nepalis-killed", "Nepal in anger after hostages killed", "Reuters - An Iraqi militant group said it "
         "had killed 12 Nepalese workers it seized last week, and rioters in Kathmandu attacked a mosque and the "
         "offices of Gulf airlines on Wednesday in anger at the killings.",
         ("Nepalese workers=NPL", "rioters=NPL"),
         gold=("IRQ>NPL:18|180|181", "NPL>:14|145|18|17"), kind="credit"),
    Lead("h-baldoni-deadline", "Italian journalist held in Iraq", "The Islamic Army in Iraq, which is holding "
         "Italian freelance journalist Enzo Baldoni, threatened on Tuesday to kill him within 48 hours unless "
         "Rome pulled its 3,000 troops out of the country.",
         ("Islamic Army in Iraq=IRQREB", "Enzo Baldoni=ITA", "Rome=ITA"),
         gold=("IRQ>ITA:18|181", "IRQ>ITA:13|138"), ok=("IRQ>ITA:10",), kind="bare"),
    Lead("h-qutb-freed", "Egyptian diplomat freed", "BAGHDAD (Reuters) - Kidnappers freed Egyptian diplomat "
         "Mohammed Mamdouh Qutb on Monday, five days after gunmen seized him outside a mosque in the capital, the "
         "Egyptian embassy said.",
         ("Kidnappers=IRQ", "Mohammed Mamdouh Qutb=EGYGOV", "Egyptian embassy=EGYGOV"),
         gold=("IRQ>EGY:08|084|0841", "IRQ>EGY:18|181"), kind="dl"),
    Lead("h-truckers-threat", "Militants threaten to behead truckers", "AFP - Militants holding three Indians, "
         "three Kenyans and an Egyptian threatened on Wednesday to behead one of the truck drivers every 72 hours "
         "unless their Kuwaiti employer pulled out of Iraq.",
         ("Militants=IRQREB", "Kuwaiti employer=KWTBUS"),
         gold=("IRQ>IND:18|181", "IRQ>KEN:18|181", "IRQ>EGY:18|181", "IRQ>KWT:13|138|10"),
         ok=("IRQ>IND:13", "IRQ>KEN:13", "IRQ>EGY:13"), kind="credit"),
    Lead("h-borcz-freed", "Polish hostage freed", "Teresa Borcz Khalifa, a Polish-born woman kidnapped in "
         "Baghdad last month, has been freed by her captors, Poland#39;s foreign minister said on Friday.",
         ("Teresa Borcz Khalifa=POL", "Poland=POL"),
         gold=("IRQ>POL:08|084|0841", "IRQ>POL:18|181"), ok=(">POL:08|18",), kind="bare"),
    Lead("h-martinkus-freed", "Australian reporter released in Iraq", "SYDNEY (Reuters) - Australian journalist "
         "John Martinkus was released unharmed on Sunday, a day after gunmen seized him outside his Baghdad "
         "hotel, Prime Minister John Howard said.",
         ("John Martinkus=AUS", "John Howard=AUSGOV", "gunmen=IRQ"),
         gold=("IRQ>AUS:08|084|0841", "IRQ>AUS:18|181"), ok=(">AUS:08",), kind="dl"),
    Lead("h-hensley-beheaded", "Second U.S. hostage beheaded", "Militants in Iraq beheaded a second American "
         "hostage, Jack Hensley, a day after killing his colleague Eugene Armstrong, according to a video posted on "
         "an Islamist website on Tuesday. A British engineer seized with them, Kenneth Bigley, is still being "
         "held.",
         ("Militants=IRQREB", "Jack Hensley=USA", "Eugene Armstrong=USA", "Kenneth Bigley=GBR"),
         gold=("IRQ>USA:18|180", "IRQ>GBR:18|181"), ok=(">GBR:18",), kind="bare"),
    Lead("h-turks-freed", "Turkish hostages freed", "AP - Iraqi militants released two Turkish hostages on "
         "Saturday after their employer, a Turkish construction company, agreed to stop working in Iraq.",
         ("Iraqi militants=IRQREB", "Turkish hostages=TUR"),
         gold=("IRQ>TUR:08|084|0841",), ok=("TUR>IRQ:08|16", "IRQ>TUR:18"), kind="credit"),
    Lead("h-jordan-drivers", "Jordanian drivers freed", "Two Jordanian truck drivers held hostage in Iraq for a "
         "week were freed on Sunday after their company agreed to stop doing business with the U.S. military, "
         "Jordan#39;s foreign ministry said.",
         ("Jordanian truck drivers=JOR", "U.S. military=USAMIL", "foreign ministry=JORGOV"),
         gold=("IRQ>JOR:08|084|0841", "IRQ>JOR:18|181"), ok=(">JOR:08|18", "JOR>USA:16|08"), kind="bare"),
    Lead("h-bulgaria-refuses", "Bulgaria identifies hostage's body", "AP - Bulgaria said on Wednesday that a "
         "headless body found in the Tigris was that of one of two Bulgarian truck drivers kidnapped in Iraq last "
         "month, and that it would not bow to the captors#39; demand to withdraw its troops.",
         ("Bulgaria=BGR", "Bulgarian truck drivers=BGR"),
         gold=("BGR>IRQ:12|120|124",), ok=("IRQ>BGR:18", ">BGR:18", "IRQ>BGR:10"), kind="credit"),
    Lead("h-milewicz-killed", "Polish reporter killed in Iraq", "Reuters - Gunmen ambushed a car carrying Polish "
         "television journalists south of Baghdad on Friday, killing veteran war correspondent Waldemar Milewicz "
         "and his Algerian-born cameraman.",
         ("Gunmen=IRQ", "Waldemar Milewicz=POL"),
         gold=("IRQ>POL:18|180|190",), ok=("IRQ>DZA:18",), kind="credit"),
    Lead("h-gaza-french", "French aid workers briefly held in Gaza", "AFP - Palestinian gunmen briefly kidnapped "
         "three French aid workers and a Palestinian official in the southern Gaza Strip on Saturday, releasing "
         "them unharmed hours later.",
         ("Palestinian gunmen=PSE", "French aid workers=FRA"),
         gold=("PSE>FRA:18|181", "PSE>FRA:08|084|0841"), ok=("PSE>PSE:18|08",), kind="credit"),
    # Iraq: bombings, raids, fighting, detentions
    Lead("i-najaf-karbala", "Bombs kill dozens in Najaf and Karbala", "Car bombs tore through a funeral procession "
         "in Najaf and a crowded bus station in Karbala on Sunday, killing at least 60 people in the bloodiest "
         "day in weeks.", (), gold=(">IRQ:18|183",), ok=("IRQ>IRQ:18",), kind="bare"),
    Lead("i-green-zone", "Bombers strike inside Green Zone", "Reuters - Two suicide bombers blew themselves up "
         "inside Baghdad#39;s heavily guarded Green Zone on Thursday, killing at least five people in the first "
         "such attack on the seat of the interim government.", ("interim government=IRQGOV",),
         gold=("IRQ>IRQ:18|183",), ok=(">IRQ:18",), kind="credit"),
    Lead("i-abu-ghraib-mortars", "Mortars kill 22 at Abu Ghraib", "AP - Insurgents fired a barrage of mortar "
         "rounds into the Abu Ghraib prison west of Baghdad on Tuesday, killing 22 Iraqi detainees and wounding "
         "dozens, the U.S. military said.",
         ("Insurgents=IRQREB", "U.S. military=USAMIL"),
         gold=("IRQ>IRQ:19|194|195|18",), ok=("IRQ>USA:19|18",), kind="credit"),
    Lead("i-sadr-city", "U.S. armour pounds Sadr City", "BAGHDAD (Reuters) - U.S. tanks and helicopter gunships "
         "pounded Mehdi Army positions in Baghdad#39;s Sadr City slum on Thursday, and hospital officials said 20 "
         "people were killed.",
         ("Mehdi Army=IRQREB",), gold=("USA>IRQ:19|190|194|195",), kind="dl"),
    Lead("i-falluja-halt", "Marines halt Falluja offensive", "AP - U.S. Marines declared a unilateral halt to "
         "offensive operations in Falluja on Friday to let aid reach the besieged city and open the way for talks "
         "with local leaders.",
         ("Marines=USAMIL",), gold=("USA>IRQ:08|087|0871",), ok=("USA>IRQ:19|03|04",), kind="credit"),
    Lead("i-arab-league-condemns", "Arab League condemns Falluja assault", "The Arab League on Monday condemned "
         "the U.S.-led assault on Falluja and called for an immediate halt to the fighting.",
         ("Arab League=IGO",), gold=("IGO>USA:11|111|112", "IGO>:02|020|10"), kind="bare"),
    Lead("i-emergency", "Iraq declares state of emergency", "BAGHDAD (Reuters) - Iraq#39;s interim government "
         "declared a 60-day state of emergency across most of the country on Sunday as U.S. and Iraqi forces "
         "massed for an assault on the rebel stronghold of Falluja.",
         ("interim government=IRQGOV",),
         gold=("IRQ>IRQ:17|172|1724",), ok=("USA>IRQ:15|19", "IRQ>IRQ:15|19"), kind="dl"),
    Lead("i-detainees-freed", "U.S. frees Abu Ghraib detainees", "AP - The U.S. military freed 315 detainees from "
         "Abu Ghraib prison on Friday, the third mass release since the prisoner abuse scandal broke.",
         ("U.S. military=USAMIL",), gold=("USA>IRQ:08|084|0841",), ok=("USA>:08",), kind="credit"),
    Lead("i-sivits-sentenced", "First Abu Ghraib soldier sentenced", "BAGHDAD (Reuters) - A U.S. military court "
         "sentenced Army Spc. Jeremy Sivits to a year in prison on Wednesday for abusing Iraqi prisoners at Abu "
         "Ghraib, the first soldier convicted in the scandal.",
         ("Jeremy Sivits=USAMIL",), gold=("USA>USA:17|173",), ok=("USA>IRQ:18",), kind="dl"),
    Lead("i-kirkuk-police", "Police chief shot in Kirkuk", "Gunmen shot dead a senior police officer and his two "
         "bodyguards as they drove to work in the northern city of Kirkuk on Monday, police said.",
         ("Gunmen=IRQ", "police=IRQCOP"), gold=("IRQ>IRQ:18|180",), kind="bare"),
    # Russia: Chechnya, Beslan, Moscow bombings, Yukos
    Lead("r-basayev-claims", "Basayev claims Beslan", "Reuters - Chechen warlord Shamil Basayev claimed "
         "responsibility on Friday for the Beslan school siege in which more than 330 hostages died, and "
         "threatened Russia with more attacks.",
         ("Shamil Basayev=RUSREB", "Russia=RUS"), gold=("RUS>RUS:13|138",), ok=("RUS>:18",), kind="credit"),
    Lead("r-beslan-mourning", "Russia mourns Beslan dead", "Russians observed two days of national mourning on "
         "Monday for the more than 330 people, half of them children, who died in the Beslan school siege.",
         ("Russians=RUS",), kind="bare"),
    Lead("r-rizhskaya", "Suicide bomber hits Moscow metro", "MOSCOW (Reuters) - A woman suicide bomber blew "
         "herself up outside a Moscow metro station on Tuesday evening, killing at least eight people, a week "
         "after two airliners crashed almost at the same time.", (),
         gold=("RUS>RUS:18|183",), ok=(">RUS:18",), kind="dl"),
    Lead("r-airliners-traces", "Traces of explosive found on airliners", "AFP - Russian investigators said on "
         "Friday they had found traces of explosive in the wreckage of both airliners that crashed within "
         "minutes of each other on Tuesday night, killing all 89 people on board.",
         ("Russian investigators=RUS",), ok=("RUS>:09",), kind="credit"),
    Lead("r-bakhmina", "Yukos lawyer arrested", "Reuters - Russian prosecutors arrested Svetlana Bakhmina, a "
         "deputy head of Yukos#39;s legal department, on Tuesday, the latest in a string of detentions of the "
         "oil major#39;s staff.",
         ("Svetlana Bakhmina=RUSBUS", "Yukos=RUSBUS"), gold=("RUS>RUS:17|173",), kind="credit"),
    Lead("r-yukos-fight", "Yukos vows court fight", "AP - Yukos said on Friday it would fight the "
         "government#39;s multibillion-dollar tax claims in every court open to it, including courts abroad.",
         ("Yukos=RUSBUS",), ok=("RUS>RUS:11|12",), kind="credit"),
    Lead("r-strike-abroad", "Russia ready to strike abroad", "MOSCOW (Reuters) - Russia#39;s chief of the general "
         "staff said on Wednesday Moscow was ready to strike terrorist bases anywhere in the world, days after "
         "the Beslan school siege.", ("Moscow=RUS",), gold=("RUS>:13|138",), ok=("RUS>:15",), kind="dl"),
    Lead("r-chechen-rebels-killed", "Rebel commander killed in Chechnya", "AFP - Russian special forces killed a "
         "senior Chechen rebel commander and three of his fighters in a shootout in a village east of Grozny on "
         "Sunday, a military spokesman said.",
         ("Russian special forces=RUSMIL", "Chechen rebel commander=RUSREB"),
         gold=("RUS>RUS:19|190|18",), kind="credit"),
    # Saudi Arabia
    Lead("s-khobar-stormed", "Saudi commandos end Khobar siege", "Reuters - Saudi commandos stormed a residential "
         "compound in the oil city of Khobar on Sunday, freeing dozens of hostages held by Islamist gunmen who had "
         "killed 22 people, most of them foreigners, in a rampage through oil company offices.",
         ("Saudi commandos=SAUMIL", "gunmen=SAUREB"),
         gold=("SAU>SAU:17|19|190", "SAU>:18|180|181"), kind="credit"),
    Lead("s-johnson-threat", "Militants threaten U.S. hostage", "Al Qaeda militants holding American engineer Paul "
         "Johnson threatened on Tuesday to kill him within 72 hours unless Saudi Arabia freed militants held in "
         "its jails.",
         ("Al Qaeda militants=SAUREB", "Paul Johnson=USA", "Saudi Arabia=SAU"),
         gold=("SAU>USA:18|181", "SAU>USA:13|138"), ok=("SAU>SAU:13|10|17", "SAU>USA:10"), kind="bare"),
    Lead("s-yanbu", "Gunmen kill Westerners in Yanbu", "RIYADH (Reuters) - Gunmen shot dead five Western workers at "
         "a petrochemical plant in the Red Sea port of Yanbu on Saturday before security forces killed four of "
         "the attackers, officials said.",
         ("Gunmen=SAU", "security forces=SAU"),
         gold=("SAU>:18|180", "SAU>SAU:19|190|18"), kind="dl"),
    Lead("s-riyadh-car-bombs", "Car bombs hit Riyadh", "AP - Militants set off two car bombs in the Saudi capital "
         "on Wednesday, one outside the Interior Ministry, and security forces killed seven suspected militants in "
         "a shootout elsewhere in Riyadh, officials said.",
         ("Militants=SAUREB", "Interior Ministry=SAUGOV", "security forces=SAU"),
         gold=("SAU>SAU:18|183", "SAU>SAU:19|190|18"), kind="credit"),
    Lead("s-sweep", "Saudi police round up suspects", "Saudi police said on Monday they had arrested 15 suspected "
         "militants in a sweep through Riyadh and Qassim province and seized weapons and explosives.",
         ("Saudi police=SAUCOP",), gold=("SAU>SAU:17|173",), ok=("SAU>:17",), kind="bare"),
    Lead("s-oil-fears", "Oil jumps on Saudi fears", "AP - Oil prices hit new highs on Monday as traders feared "
         "further attacks on Saudi oil installations after last weekend#39;s rampage in Khobar.", (),
         kind="bare"),
    Lead("s-terror-finance", "Saudis set up unit against terror funds", "Saudi Arabia set up a financial "
         "intelligence unit on Monday to fight money laundering and the financing of terrorism, the interior "
         "ministry said.", ("Saudi Arabia=SAU",), kind="bare"),
    # Madrid aftermath
    Lead("m-leganes", "Madrid suspects blow themselves up", "MADRID (Reuters) - Seven suspects in the Madrid train "
         "bombings blew themselves up as police closed in on their apartment in the suburb of Leganes on "
         "Saturday, killing a special forces officer, Interior Minister Angel Acebes said.",
         ("Angel Acebes=ESPGOV", "police=ESPCOP"),
         gold=("ESP>ESP:18|183",), ok=("ESP>:17|18",), kind="dl"),
    Lead("m-morocco-arrests", "Morocco arrests Madrid suspects", "Reuters - Moroccan police have arrested several "
         "people linked to the Madrid train bombings, including a brother of one of the men who blew themselves "
         "up in Leganes, security sources said on Wednesday.",
         ("Moroccan police=MARCOP",), gold=("MAR>:17|173",), kind="credit"),
    Lead("m-zapatero-poll", "Spaniards back troop pullout", "AFP - Nearly three quarters of Spaniards back Prime "
         "Minister Jose Luis Rodriguez Zapatero#39;s decision to bring the troops home from Iraq, a poll showed "
         "on Sunday.", ("Jose Luis Rodriguez Zapatero=ESPGOV",), kind="credit"),
    # Israel and the Palestinians
    Lead("p-jabaliya", "Israel pushes into Jabaliya", "Israeli troops backed by tanks pushed into the Jabaliya "
         "refugee camp in northern Gaza on Thursday after a Hamas rocket killed two children in the Israeli town "
         "of Sderot.",
         ("Israeli troops=ISRMIL", "Hamas=PSEREB"),
         gold=("ISR>PSE:19|190|192|17", "PSE>ISR:18|19|190|195"), kind="bare"),
    Lead("p-rantissi", "Israel kills Rantissi", "GAZA (Reuters) - An Israeli helicopter fired missiles at a car "
         "carrying Hamas leader Abdel Aziz al-Rantissi in Gaza City on Saturday, killing him and two bodyguards.",
         ("Hamas=PSEREB", "Abdel Aziz al-Rantissi=PSE"),
         gold=("ISR>PSE:18|186|19|195",), kind="dl"),
    Lead("p-west-bank-arrests", "Troops arrest 12 in West Bank", "AP - Israeli troops arrested 12 wanted "
         "Palestinians in overnight raids across the West Bank, the army said on Tuesday.",
         ("Israeli troops=ISRMIL", "Palestinians=PSE"), gold=("ISR>PSE:17|173",), kind="credit"),
    Lead("p-tulkarm-curfew", "Curfew on Tulkarm", "JERUSALEM (Reuters) - The Israeli army imposed a curfew on the "
         "West Bank town of Tulkarm on Tuesday after Palestinian gunmen shot dead an Israeli motorist nearby.",
         ("Israeli army=ISRMIL", "Palestinian gunmen=PSE"),
         gold=("ISR>PSE:17|172|1723", "PSE>ISR:18|180"), kind="dl"),
    Lead("p-qurei-condemns", "Qurei condemns Gaza raid", "Palestinian Prime Minister Ahmed Qurei condemned "
         "Israel#39;s raid on the Jabaliya camp as a massacre on Friday and urged the international community to "
         "intervene.",
         ("Ahmed Qurei=PSEGOV", "Israel=ISR"), gold=("PSE>ISR:11|111|112", "PSE>:02|020"), kind="bare"),
    Lead("p-ashdod", "Suicide bombers strike Ashdod port", "Reuters - Two Palestinian suicide bombers killed 10 "
         "people at Israel#39;s Ashdod port on Sunday, and Hamas and the Al-Aqsa Martyrs Brigades claimed joint "
         "responsibility.",
         ("Hamas=PSEREB", "Al-Aqsa Martyrs Brigades=PSEREB"), gold=("PSE>ISR:18|183",), kind="credit"),
    Lead("p-damascus-bomb", "Hamas official killed in Damascus", "DAMASCUS (Reuters) - A car bomb killed a senior "
         "Hamas official, Izz el-Deen al-Sheikh Khalil, in Damascus on Sunday, and Hamas blamed Israel and vowed "
         "revenge.",
         ("Hamas=PSEREB", "Israel=ISR"),
         gold=(">PSE:18|183", "PSE>ISR:11|112", "PSE>ISR:13|138"), ok=("ISR>PSE:18", "SYR>PSE:18"), kind="dl"),
    Lead("p-likud-vote", "Sharon loses Likud vote", "Reuters - Ariel Sharon lost a key vote at his Likud party#39;s "
         "convention on Wednesday, a blow in his battle to bring Labour into the government and save his plan to "
         "withdraw from Gaza.", ("Ariel Sharon=ISRGOV", "Likud=ISR", "Labour=ISR"), kind="credit"),
    # Sudan and Darfur
    Lead("d-janjaweed-camp", "Militia attacks Darfur camp", "Janjaweed militiamen on horseback attacked a camp for "
         "displaced people in South Darfur on Sunday, killing 15 people and abducting several women, rebels "
         "said.",
         ("Janjaweed militiamen=SDN", "rebels=SDNREB"), gold=("SDN>SDN:18|180|181|19",), kind="bare"),
    Lead("d-rebels-accuse", "Darfur rebels accuse Khartoum", "AFP - Darfur rebels accused Sudanese government "
         "aircraft on Tuesday of bombing villages in North Darfur in breach of the ceasefire, and said they would "
         "stay away from peace talks in Abuja.",
         ("Darfur rebels=SDNREB",), gold=("SDN>SDN:11|112", "SDN>SDN:12|125|16"), kind="credit"),
    Lead("d-turabi-arrested", "Sudan arrests Turabi", "KHARTOUM (Reuters) - Sudanese authorities arrested Islamist "
         "opposition leader Hassan al-Turabi and dozens of members of his party on Wednesday, accusing them of "
         "plotting a coup.",
         ("Hassan al-Turabi=SDNOPP", "Sudanese authorities=SDNGOV"),
         gold=("SDN>SDN:17|173", "SDN>SDN:11|112"), kind="dl"),
    # Nepal, Thailand, Pakistan, India
    Lead("n-maoists-attack-hq", "Maoists storm district headquarters", "KATHMANDU (Reuters) - Hundreds of Maoist "
         "rebels attacked a district headquarters in western Nepal overnight, killing at least 15 soldiers and "
         "police, the army said on Sunday.",
         ("Maoist rebels=NPLREB", "army=NPLMIL"), gold=("NPL>NPL:19|190|18",), kind="dl"),
    Lead("n-maoists-abduct", "Maoists abduct students", "AP - Maoist rebels abducted more than 80 students and "
         "teachers from a school in western Nepal to attend a political indoctrination session, police said on "
         "Thursday.", ("Maoist rebels=NPLREB",), gold=("NPL>NPL:18|181",), kind="credit"),
    Lead("n-deuba-pledge", "Deuba pledges talks", "AFP - Nepal#39;s new prime minister Sher Bahadur Deuba pledged "
         "on Friday to fight corruption and to bring the Maoist rebels to peace talks.",
         ("Sher Bahadur Deuba=NPLGOV",), gold=("NPL>NPL:03|036|030",), kind="credit"),
    Lead("t-krue-se", "Over 100 killed in Thai south", "Thai security forces killed 107 militants armed mostly "
         "with machetes in a day of clashes in the south on Wednesday, 32 of them inside the Krue Se mosque in "
         "Pattani.",
         ("Thai security forces=THA",), gold=("THA>THA:19|190|18",), kind="bare"),
    Lead("t-monk-hacked", "Monk killed in Thai south", "Reuters - Suspected Muslim insurgents hacked a Buddhist monk "
         "to death in southern Thailand on Saturday, police said.",
         ("insurgents=THAREB", "police=THACOP"), gold=("THA>THA:18|180",), kind="credit"),
    Lead("t-martial-law", "Thailand imposes martial law in south", "BANGKOK (Reuters) - Thailand imposed martial "
         "law in parts of its Muslim south on Monday, a day after gunmen raided an army depot, killed four "
         "soldiers and made off with hundreds of weapons.",
         ("Thailand=THA", "gunmen=THA"),
         gold=("THA>THA:17|172|1724", "THA>THA:18|180|19"), kind="dl"),
    Lead("k-karachi-convoy", "General escapes Karachi ambush", "KARACHI, Pakistan (Reuters) - Gunmen opened fire on "
         "the convoy of the Karachi corps commander on Thursday, killing 10 people, but the general escaped "
         "unhurt, police said.", ("Gunmen=PAK", "police=PAKCOP"),
         gold=("PAK>PAK:18|180|19",), kind="dl"),
    Lead("k-aziz-bomb", "Bomber targets Pakistan PM-designate", "AP - A suicide bomber blew himself up beside the "
         "car of Pakistan#39;s prime minister-designate Shaukat Aziz at an election rally on Friday, killing his "
         "driver and eight others; Aziz escaped unhurt.",
         ("Shaukat Aziz=PAKGOV",), gold=("PAK>PAK:18|183",), ok=(">PAK:18",), kind="credit"),
    Lead("k-ghailani", "Pakistan catches embassy bombing suspect", "LAHORE, Pakistan (Reuters) - Pakistani police "
         "arrested Tanzanian al Qaeda suspect Ahmed Khalfan Ghailani, wanted for the 1998 U.S. embassy bombings in "
         "Africa, after a 12-hour gunbattle in the eastern city of Gujrat.",
         ("Pakistani police=PAKCOP", "Ahmed Khalfan Ghailani=TZA"),
         gold=("PAK>TZA:17|173",), ok=("PAK>TZA:19|18",), kind="dl"),
    Lead("k-isi-chief", "Pakistan names new spy chief", "Reuters - Pakistan named a new head of its Inter-Services "
         "Intelligence agency on Friday, replacing the general who had led the powerful spy service for three "
         "years.", ("Pakistan=PAK",), kind="credit"),
    Lead("i-manipur", "Protesters torch offices in Manipur", "IMPHAL, India (Reuters) - Protesters set fire to "
         "government offices in the northeastern state of Manipur on Sunday, defying a curfew imposed after a "
         "woman suspected of links to separatist rebels died in army custody.",
         ("Protesters=IND",), gold=("IND>IND:14|145|18|17",), ok=("IND>IND:17|12",), kind="dl"),
    Lead("a-voter-workers", "Afghan voter registration workers killed", "Suspected Taliban rebels ambushed a "
         "minibus carrying voter registration workers in Nangarhar province on Saturday, killing two women, "
         "officials said.", ("Taliban rebels=AFGREB",), gold=("AFG>AFG:18|180|19",), kind="bare"),
    Lead("u-tashkent", "Wave of attacks hits Uzbekistan", "TASHKENT (Reuters) - A wave of suicide bombings and "
         "gun attacks on police in the Uzbek capital and the city of Bukhara killed at least 19 people, the "
         "government said on Monday, blaming Islamic militants.",
         ("government=UZBGOV",), gold=(">UZB:18|183", "UZB>UZB:11|112"), ok=("UZB>UZB:18",), kind="dl"),
    Lead("u-soros-closed", "Uzbekistan shuts Soros foundation", "TASHKENT (Reuters) - Uzbekistan has shut down the "
         "local office of George Soros#39;s Open Society Institute, refusing to renew its registration, the "
         "foundation said on Friday.",
         ("Uzbekistan=UZB", "George Soros=USA", "Open Society Institute=NGO"),
         gold=("UZB>NGO:17|172|16",), ok=("UZB>USA:17|16|12", "UZB>:17|12"), kind="dl"),
    # Colombia, Haiti, Southeast Asia
    Lead("c-cano-limon", "Rebels bomb Colombian pipeline", "AP - Leftist rebels blew up a section of Colombia#39;s "
         "Cano Limon oil pipeline on Monday, halting pumping for the 15th time this year, the state oil company "
         "Ecopetrol said.", ("rebels=COLREB", "Ecopetrol=COLBUS"),
         gold=("COL>COL:18|183|17|171",), kind="credit"),
    Lead("c-farc-offensive", "Colombian troops kill 15 rebels", "BOGOTA (Reuters) - Colombian troops backed by "
         "air force planes killed 15 FARC rebels in a two-day offensive in the southern jungle, the army said on "
         "Wednesday.", ("Colombian troops=COLMIL", "FARC rebels=COLREB"),
         gold=("COL>COL:19|190|195",), kind="dl"),
    Lead("c-bush-cartagena", "Bush pledges help in drug fight", "Reuters - President Bush, on a four-hour visit "
         "to the Colombian port of Cartagena on Monday, pledged to keep helping President Alvaro Uribe in his "
         "fight against drug traffickers and leftist rebels.",
         ("Bush=USAGOV", "Alvaro Uribe=COLGOV"),
         gold=("USA>COL:04|042", "USA>COL:03|033|030|07"), kind="credit"),
    Lead("c-cap-haitien", "Rebels seize Cap-Haitien", "Armed rebels seized Haiti#39;s second city of Cap-Haitien on "
         "Sunday, setting police stations on fire as officers fled.",
         ("Armed rebels=HTIREB",), gold=("HTI>HTI:19|190|192|18|17",), kind="bare"),
    Lead("c-neptune-arrested", "Haiti arrests former premier", "PORT-AU-PRINCE (Reuters) - Haitian police arrested "
         "former Prime Minister Yvon Neptune on Sunday over the killing of opponents of ousted President "
         "Jean-Bertrand Aristide in the town of Saint-Marc.",
         ("Haitian police=HTICOP", "Yvon Neptune=HTI", "Jean-Bertrand Aristide=HTI"),
         gold=("HTI>HTI:17|173",), kind="dl"),
    Lead("e-aceh-emergency", "Indonesia eases Aceh martial law", "JAKARTA (Reuters) - Indonesia downgraded martial "
         "law in the rebellious province of Aceh to a civil emergency on Wednesday but said troops would keep "
         "hunting Free Aceh Movement rebels.",
         ("Indonesia=IDN", "Free Aceh Movement=IDNREB"),
         gold=("IDN>IDN:08|081|17",), ok=("IDN>IDN:19|13",), kind="dl"),
    Lead("e-gam-negotiator", "Aceh rebel negotiator held", "AFP - Indonesian police arrested a senior Free Aceh "
         "Movement negotiator in Banda Aceh on Friday, accusing him of treason.",
         ("Indonesian police=IDNCOP", "Free Aceh Movement=IDNREB"),
         gold=("IDN>IDN:17|173", "IDN>IDN:11|112"), kind="credit"),
    Lead("e-superferry", "Ferry blaze was a bomb", "MANILA (Reuters) - Philippine investigators said on Monday that a "
         "bomb planted by Abu Sayyaf guerrillas caused the fire that sank a ferry in Manila Bay in February, "
         "killing more than 100 people.", ("Abu Sayyaf=PHLREB",), gold=("PHL>PHL:18|183",),
         ok=("PHL>:18", "PHL>PHL:09"), kind="dl"),
    Lead("e-myanmar-frees", "Myanmar frees student leader", "YANGON (Reuters) - Myanmar#39;s military government "
         "freed prominent student leader Min Ko Naing on Friday as part of a release of thousands of prisoners, "
         "but kept opposition leader Aung San Suu Kyi under house arrest.",
         ("Min Ko Naing=MMR", "Aung San Suu Kyi=MMROPP"),
         gold=("MMR>MMR:08|084|0841", "MMR>MMR:17|173"), kind="dl"),
    Lead("e-tandjung-cleared", "Indonesia court clears Tandjung", "JAKARTA (Reuters) - Indonesia#39;s Supreme "
         "Court overturned the corruption conviction of parliament speaker Akbar Tandjung on Thursday, clearing "
         "the way for him to run for president.", ("Akbar Tandjung=IDNLEG",), kind="dl"),
    # Arrests, detentions, expulsions, sanctions elsewhere
    Lead("x-nz-israel", "New Zealand punishes Israel over passports", "WELLINGTON (Reuters) - New Zealand imposed "
         "diplomatic sanctions on Israel on Thursday after a court jailed two suspected Israeli intelligence "
         "agents for trying to obtain a New Zealand passport by fraud.",
         ("New Zealand=NZL", "Israel=ISR"),
         gold=("NZL>ISR:16|160|161", "NZL>ISR:17|173"), kind="dl"),
    Lead("x-ding-zilin", "China detains Tiananmen mother", "BEIJING (Reuters) - Chinese police detained Ding Zilin, "
         "whose son was killed in the 1989 Tiananmen crackdown, and placed two other activists under house "
         "arrest ahead of the 15th anniversary, rights groups said.",
         ("Chinese police=CHNCOP", "Ding Zilin=CHN"), gold=("CHN>CHN:17|173",), kind="dl"),
    Lead("x-iran-bloggers", "Iran detains bloggers", "AFP - Iranian authorities have detained at least a dozen "
         "Internet journalists and bloggers in the past two months, a media rights group said on Monday.",
         ("Iranian authorities=IRNGOV",), gold=("IRN>IRN:17|173",), ok=("IRN>:17",), kind="credit"),
    Lead("x-syria-denies", "Syria denies harbouring insurgents", "Reuters - Syria on Tuesday denied accusations by "
         "Iraq#39;s interim government that it was harbouring insurgents and letting fighters cross into Iraq.",
         ("Syria=SYR", "interim government=IRQGOV"), gold=("SYR>IRQ:12|120|125",), ok=("IRQ>SYR:11",),
         kind="credit"),
    Lead("x-iran-no-strike", "Iran rules out first strike", "AFP - Iran#39;s defence minister said on Wednesday that "
         "Tehran would never launch a pre-emptive strike against Israel, but warned of a crushing response to any "
         "attack on its nuclear sites.", ("Tehran=IRN", "Israel=ISR"),
         gold=("IRN>ISR:13|138|130",), ok=("IRN>:13",), kind="credit"),
    Lead("x-schroeder-attacks", "Schroeder attacks health plan", "AP - German Chancellor Gerhard Schroeder attacked "
         "the opposition Christian Democrats#39; health reform plan on Saturday as unfair to low earners.",
         ("Gerhard Schroeder=DEUGOV", "Christian Democrats=DEUOPP"), gold=("DEU>DEU:11|111",), kind="credit"),
    Lead("x-koizumi-fight", "Koizumi vows to fight on", "Reuters - Japanese Prime Minister Junichiro Koizumi vowed "
         "on Friday to fight on for the privatisation of the postal system despite resistance from within his "
         "own party.", ("Junichiro Koizumi=JPNGOV",), kind="credit"),
    # No codable event: disasters, accidents, results, reports
    Lead("z-beslan-toll", "Beslan toll rises", "Officials said on Friday the death toll from the school siege in "
         "Beslan had risen to 335 as forensic experts identified more bodies.", (), kind="bare"),
    Lead("z-falluja-flee", "Residents flee Falluja", "Reuters - Thousands of residents streamed out of Falluja on "
         "Saturday, fearing a U.S. assault on the rebel-held city.", ("residents=IRQ",), kind="credit"),
    Lead("z-typhoon", "Storm kills hundreds in Philippines", "MANILA (Reuters) - Flash floods and landslides "
         "triggered by a tropical storm killed more than 400 people in the northeastern Philippines, officials "
         "said on Thursday.", (), kind="dl"),
    Lead("z-mine-blast", "Chinese mine blast kills 148", "AP - A gas explosion at a coal mine in China#39;s Shaanxi "
         "province killed 148 miners, state media said on Wednesday, the country#39;s worst mining disaster in "
         "years.", (), kind="credit"),
    Lead("z-golkar", "Golkar leads Indonesian poll", "Indonesia#39;s Golkar party, the political machine of former "
         "President Suharto, won the most votes in parliamentary elections, final results showed on Wednesday.",
         ("Golkar=IDN", "Suharto=IDN"), kind="bare"),
    Lead("z-nabire-quake", "Quake hits Papua", "An earthquake of magnitude 6.9 struck Indonesia#39;s Papua province "
         "on Friday, killing at least 20 people in the town of Nabire and flattening hundreds of houses.", (),
         kind="bare"),
    Lead("z-iraq-oil", "Iraq oil exports recover", "Reuters - Iraq#39;s southern oil exports recovered to about 1.9 "
         "million barrels a day on Tuesday after saboteurs hit a pipeline last week, a shipping official said.",
         (), ok=("IRQ>IRQ:18|17",), kind="credit"),
    Lead("z-afghan-athletes", "Afghan women make Olympic history", "Two Afghan women competed at the Athens "
         "Olympics on Friday, the first women to represent their country at the Games.", (), kind="bare"),
    Lead("z-bangladesh-floods", "Floods swamp Bangladesh", "AFP - Monsoon floods have killed more than 500 people "
         "in Bangladesh and left millions homeless, officials said on Sunday.", (), kind="credit"),
    Lead("z-russia-growth", "Russian economy grows", "MOSCOW (Reuters) - Russia#39;s economy grew 7.1 percent in "
         "the first half of the year, the economy ministry said on Monday, despite investor jitters over the "
         "Yukos affair.", ("economy ministry=RUSGOV",), kind="dl"),
    Lead("z-hostage-analysis", "Kidnapping becomes a business in Iraq", "AP - Kidnapping has become a thriving "
         "business in Iraq, where criminal gangs seize foreigners and wealthy Iraqis and sell some of them to "
         "militant groups, security experts say.", (), kind="credit"),
    Lead("z-karzai-poll", "Karzai leads vote count", "KABUL (Reuters) - Afghan President Hamid Karzai took a "
         "commanding lead in the count from the country#39;s first presidential election, officials said on "
         "Monday.", ("Hamid Karzai=AFGGOV",), kind="dl"),
)
# fmt: on
