# declarative table: the leads of the 2004 Europe, former Soviet Union and Latin America blind set.
"""The leads of the blind set of real wire stories of January to July 2004 on Europe, Russia and the former
Soviet Union, the Balkans, Turkey and Cyprus, and Latin America and the Caribbean, kept apart from their tests
for length. Every lead, actor code and gold event was written by hand, from memory of the period's news, by
events_guidelines.md and the CAMEO codebook before the coder's output on them was seen; no article text is
copied.
The corpus's apostrophe noise comes glued ("Spain#39;s"), and its dollar sign once ("#36;100 billion")."""

from __future__ import annotations

from tests.understand.actors.lead_sets import Lead

# fmt: off
LEADS: tuple[Lead, ...] = (
    Lead("d-madrid-moroccans", "Three Moroccans held over Madrid blasts",
         "MADRID (Reuters) - Spanish police arrested three Moroccans on Saturday in connection with the "
         "train bombings that killed 190 people in Madrid, Interior Minister Angel Acebes said.",
         ("Spanish police=ESPCOP", "Moroccans=MAR", "Angel Acebes=ESPGOV"), gold=("ESPCOP>MAR:17|173",),
         # ok added after the first run: the guidelines' own example codes a background event a clause tells, and
         # "the bombings that killed 190 people" tells one in a relative clause (first gold left it out).
         ok=(">ESP:18|180|183",), kind="dl"),
    Lead("c-acebes-eta", "Spain points finger at ETA",
         "AP - Interior Minister Angel Acebes said Thursday the Basque separatist group ETA was the main "
         "suspect in the rush-hour bombings of four Madrid commuter trains.",
         ("Angel Acebes=ESPGOV", "ETA=ESPREB"), gold=("ESPGOV>ESPREB:11|112",), kind="credit"),
    Lead("b-madrid-march", "Millions march against terror in Spain",
         "Millions of Spaniards marched through Madrid and other cities in pouring rain on Friday to "
         "protest against the train bombings, a day after the attacks that killed 190 people.",
         # ok added after the first run, as for "d-madrid-moroccans": a background killing told in a clause.
         ("Spaniards=ESP",), gold=("ESP>:14|141",), ok=(">ESP:18|180|183",), kind="bare"),
    Lead("b-video-claim", "Tape claims Madrid attacks for al Qaeda",
         "A videotape found near a mosque in Madrid showed a man claiming responsibility for the train "
         "bombings on behalf of al Qaeda, Spain#39;s interior minister said on Sunday.",
         ("al Qaeda=",), kind="bare"),
    Lead("d-zougam-charged", "Moroccan charged over Madrid bombings",
         "MADRID (Reuters) - A Spanish judge charged Moroccan Jamal Zougam on Friday with 190 counts of "
         "murder over the Madrid train bombings, court officials said.",
         ("Spanish judge=ESPJUD", "Jamal Zougam=MAR"), gold=("ESPJUD>MAR:17|173",), kind="dl"),
    Lead("c-eta-van", "Police seize ETA explosives van",
         "AP - Spanish police intercepted a van loaded with 500 kilograms of explosives on a road east of "
         "Madrid on Sunday and arrested two suspected members of the Basque separatist group ETA, officials"
         " said.",
         ("Spanish police=ESPCOP", "ETA=ESPREB"), gold=("ESPCOP>ESPREB:17|173",), kind="credit"),
    Lead("d-rabat-zapatero", "Zapatero makes Morocco first trip",
         "RABAT (Reuters) - Spanish Prime Minister Jose Luis Rodriguez Zapatero arrived in Morocco on "
         "Saturday on his first foreign trip since taking office, seeking closer cooperation with Rabat in "
         "fighting terrorism.",
         ("Jose Luis Rodriguez Zapatero=ESPGOV", "Morocco=MAR", "Rabat=MAR"), gold=("ESPGOV>MAR:04|042",),
         ok=("ESPGOV>MAR:03|030|02|020",), kind="dl"),
    Lead("c-spain-expected", "Spain's new leaders weigh Iraq exit",
         "Reuters - Spain#39;s incoming Socialist government is widely expected to bring the country#39;s "
         "1,300 troops home from Iraq, analysts said on Tuesday, a move that could strain ties with "
         "Washington.",
         ("Socialist government=ESPGOV", "Washington=USA"), kind="credit"),
    Lead("b-miller-quits", "Polish PM quits after EU entry",
         "Polish Prime Minister Leszek Miller resigned on Sunday, a day after leading his country into the "
         "European Union, leaving a caretaker cabinet to run the country until parliament picks a "
         "successor.",
         ("Leszek Miller=POLGOV", "European Union=IGOEUREEC"), kind="bare"),
    Lead("d-barroso-named", "EU leaders pick Barroso",
         "BRUSSELS (Reuters) - European Union leaders on Tuesday nominated Portuguese Prime Minister Jose "
         "Manuel Durao Barroso to head the European Commission, ending weeks of wrangling over the post.",
         ("European Union leaders=IGOEUREEC",
         "Jose Manuel Durao Barroso=PRTGOV", "European Commission=IGOEUREEC"), kind="dl"),
    Lead("b-ep-turnout", "Turnout hits record low in EU vote",
         "Turnout in elections to the European Parliament fell to a record low of about 45 percent, with "
         "voters in the bloc#39;s new eastern members staying away in droves, officials said on Monday.",
         ("European Parliament=IGOEUREEC",), kind="bare"),
    Lead("d-lux-pca", "Russia, EU settle enlargement row",
         "LUXEMBOURG (Reuters) - Russia and the European Union signed a protocol on Tuesday extending their"
         " partnership accord to the bloc's 10 new members, ending months of wrangling over trade and "
         "transit to Kaliningrad.",
         ("Russia=RUS", "European Union=IGOEUREEC"),
         gold=("RUS>IGOEUREEC:05|057|06|061", "IGOEUREEC>RUS:05|057|06|061"), kind="dl"),
    Lead("d-nicosia-vote", "Greek Cypriots reject U.N. plan",
         "NICOSIA (Reuters) - Greek Cypriots voted overwhelmingly against a U.N. plan to reunite Cyprus in "
         "a referendum on Saturday, while Turkish Cypriots voted in favour, leaving the divided island to "
         "join the EU next week without its north.",
         ("Greek Cypriots=CYP", "Turkish Cypriots=CYP"), ok=("CYP>IGOUNO:12|120|125",), kind="dl"),
    Lead("c-papadopoulos-no", "Cypriot leader urges 'no' vote",
         "AP - Greek Cypriot President Tassos Papadopoulos urged his people on Wednesday to reject the U.N."
         " reunification plan in the weekend referendum, saying in a tearful televised address that it "
         "failed to meet the island#39;s needs.",
         ("Tassos Papadopoulos=CYPGOV",), gold=("CYPGOV>CYP:02|020",), ok=("CYPGOV>IGOUNO:11|111|12|120",),
         kind="credit"),
    Lead("d-brussels-tc-aid", "EU offers aid to Turkish Cypriots",
         "BRUSSELS (Reuters) - The European Commission proposed on Wednesday 259 million euros in aid for "
         "Turkish Cypriots, rewarding them for backing reunification in last weekend's referendum.",
         ("European Commission=IGOEUREEC", "Turkish Cypriots=CYP"),
         gold=("IGOEUREEC>CYP:07|071|03|033|0331",), kind="dl"),
    Lead("d-ankara-zana", "Turkish court frees Kurdish ex-MPs",
         "ANKARA (Reuters) - A Turkish appeals court ordered the release of Kurdish activist Leyla Zana and"
         " three other former lawmakers on Wednesday after 10 years in jail, a ruling the European Union "
         "quickly welcomed.",
         ("Turkish appeals court=TURJUD", "Leyla Zana=TUR", "European Union=IGOEUREEC"),
         gold=("TURJUD>TUR:08|084|0841",), ok=("IGOEUREEC>TURJUD:05|051|050",), kind="dl"),
    Lead("c-bingol-clash", "Turkish troops kill Kurdish rebels",
         "AP - Turkish troops killed five Kurdish rebels in a clash in the mountains of the southeastern "
         "province of Bingol on Tuesday, the first fighting since the end of the guerrillas#39; five-year "
         "truce, officials said.",
         ("Turkish troops=TURMIL", "Kurdish rebels=TURREB"), gold=("TURMIL>TURREB:19|190|193|18|180",),
         kind="credit"),
    Lead("b-istanbul-teargas", "Police tear-gas anti-NATO protesters",
         "Turkish police fired tear gas and water cannon at thousands of protesters in Istanbul on Sunday, "
         "on the eve of a NATO summit to be attended by President Bush.",
         ("Turkish police=TURCOP", "protesters=TURCVL", "NATO=IGONATO", "Bush=USAGOV"),
         gold=("TURCOP>TURCVL:17|175|18|180",), ok=("TURCVL>:14|141|145",), kind="bare"),
    Lead("c-istanbul-bus", "Bus bomb kills four in Istanbul",
         "AP - A bomb exploded on a passenger bus in Istanbul on Thursday, killing four people days before "
         "NATO leaders gather in the city, police said.",
         ("police=TURCOP", "NATO leaders=IGONATO"), gold=(">TUR:18|180|183|1832",), kind="credit"),
    Lead("b-state-courts", "Turkey scraps security courts",
         "Turkey#39;s parliament approved constitutional changes on Friday abolishing the state security "
         "courts and bringing the military budget under civilian audit, reforms aimed at winning a date for"
         " EU entry talks.",
         ("parliament=TURLEG",), kind="bare"),
    Lead("d-washington-erdogan", "Bush hosts Erdogan",
         "WASHINGTON (Reuters) - President Bush welcomed Turkish Prime Minister Tayyip Erdogan to the White"
         " House on Wednesday and praised Turkey as a model of democracy for the Muslim world.",
         ("Bush=USAGOV", "Tayyip Erdogan=TURGOV", "Turkey=TUR"),
         gold=("USAGOV>TURGOV:04|043|040", "TURGOV>USAGOV:04|042|040", "USAGOV>TUR:05|051"),
         ok=("USAGOV>TURGOV:05|051",), kind="dl"),
    Lead("d-moscow-kasyanov", "Putin fires government",
         "MOSCOW (Reuters) - President Vladimir Putin sacked Prime Minister Mikhail Kasyanov and his whole "
         "cabinet on Tuesday, less than three weeks before a presidential election he is sure to win.",
         ("Vladimir Putin=RUSGOV", "Mikhail Kasyanov=RUSGOV"), ok=("RUSGOV>RUSGOV:17|172",), kind="dl"),
    Lead("c-fradkov", "Putin names little-known envoy as PM",
         "Reuters - President Vladimir Putin on Monday nominated Mikhail Fradkov, Russia#39;s little-known "
         "envoy to the European Union, as prime minister.",
         ("Vladimir Putin=RUSGOV", "Mikhail Fradkov=RUSGOV", "European Union=IGOEUREEC"), kind="credit"),
    Lead("b-metro-bomb", "Moscow metro blast kills 39",
         "A bomb ripped through a crowded Moscow subway car during the morning rush hour on Friday, killing"
         " at least 39 people, and Russian officials blamed Chechen separatists.",
         ("Chechen separatists=RUSREB",), gold=(">RUS:18|180|183", "RUSGOV>RUSREB:11|112"), kind="bare"),
    Lead("c-qatar-agents", "Qatar charges Russians with murder",
         "AP - Qatar charged two Russian intelligence agents on Tuesday with the murder of exiled Chechen "
         "rebel leader Zelimkhan Yandarbiyev, and Moscow demanded their release.",
         ("Qatar=QAT", "Russian intelligence agents=RUSGOV", "Zelimkhan Yandarbiyev=RUSREB", "Moscow=RUS"),
         gold=("QAT>RUSGOV:17|173", "RUS>QAT:10|100"), kind="credit"),
    Lead("c-rybkin", "Missing Russian candidate turns up in Kiev",
         "AP - Russian presidential candidate Ivan Rybkin reappeared in Kiev on Tuesday after vanishing for"
         " five days, saying he had simply wanted a rest from the campaign.",
         ("Ivan Rybkin=RUS",), kind="credit"),
    Lead("c-yukos-freeze", "Bailiffs freeze Yukos assets",
         "AP - Russian court bailiffs froze the main production assets of oil major Yukos on Friday, "
         "deepening a crisis at the company whose founder, Mikhail Khodorkovsky, is in jail.",
         ("Russian court bailiffs=RUSJUD", "Yukos=RUSBUS", "Mikhail Khodorkovsky=RUSBUS"),
         gold=("RUSJUD>RUSBUS:17|171|172|170",), kind="credit"),
    Lead("d-grozny-ambush", "Rebels ambush army convoy",
         "GROZNY, Russia (Reuters) - Rebels ambushed a Russian army convoy in the mountains of southern "
         "Chechnya on Tuesday, killing five servicemen, a military spokesman said.",
         ("Rebels=RUSREB", "Russian army=RUSMIL"), gold=("RUSREB>RUSMIL:19|190|18|180",), kind="dl"),
    Lead("c-ramzan-named", "Slain leader's son gets top post",
         "AP - Ramzan Kadyrov, the son of Chechnya#39;s assassinated president, was appointed first deputy "
         "prime minister of the region on Monday, hours after his father was buried.",
         ("Ramzan Kadyrov=RUS",), kind="credit"),
    Lead("d-moscow-vows", "Putin vows to punish Kadyrov killers",
         "MOSCOW (Reuters) - President Vladimir Putin vowed on Monday that the killers of Chechnya's "
         "Kremlin-backed president would be hunted down and punished.",
         ("Vladimir Putin=RUSGOV",), gold=("RUSGOV>:13|130",), kind="dl"),
    Lead("d-moscow-saakashvili", "Saakashvili meets Putin",
         "MOSCOW (Reuters) - Georgia's new President Mikheil Saakashvili held talks with Vladimir Putin in "
         "the Kremlin on Wednesday, promising to open a new chapter in relations with Russia.",
         ("Mikheil Saakashvili=GEOGOV", "Vladimir Putin=RUSGOV", "Russia=RUS"),
         gold=("GEOGOV>RUSGOV:04|040|042", "RUSGOV>GEOGOV:04|040|043"), ok=("GEOGOV>RUS:03|030",), kind="dl"),
    Lead("d-makhachkala-gelayev", "Chechen warlord Gelayev killed",
         "MAKHACHKALA, Russia (Reuters) - Chechen warlord Ruslan Gelayev was killed in a shootout with "
         "Russian border guards in the mountains of Dagestan, officials said on Monday.",
         ("Ruslan Gelayev=RUSREB", "Russian border guards=RUSMIL"),
         gold=("RUSMIL>RUSREB:19|190|193|18|180",), ok=("RUSREB>RUSMIL:19|190|193",), kind="dl"),
    Lead("c-baltic-jets", "Moscow complains about NATO jets",
         "Reuters - Russia#39;s Foreign Ministry complained on Monday about NATO warplanes patrolling the "
         "skies over the Baltic states, saying the move ran against the spirit of partnership.",
         ("Foreign Ministry=RUSGOV", "NATO=IGONATO"), gold=("RUSGOV>IGONATO:11|111|114",),
         kind="credit"),
    Lead("c-waterpark", "Roof collapse kills 25 at Moscow pool",
         "AP - The glass roof of a Moscow water park collapsed on Saturday, killing at least 25 people, "
         "many of them children, Mayor Yuri Luzhkov said.",
         ("Yuri Luzhkov=RUSGOV",), kind="credit"),
    Lead("b-putin-address", "Putin sets goal of doubling economy",
         "President Vladimir Putin told Russia#39;s parliament on Wednesday in his annual state of the "
         "nation address that the country must double its economy within a decade and fight poverty.",
         ("Vladimir Putin=RUSGOV",), kind="bare"),
    Lead("c-gref-growth", "Russian economy grows 7.4 pct",
         "AP - Russia#39;s economy grew 7.4 percent in the first half of the year on high world oil prices,"
         " Economy Minister German Gref said Thursday.",
         ("German Gref=RUSGOV",), kind="credit"),
    Lead("b-saakashvili-sworn", "Saakashvili sworn in",
         "Mikheil Saakashvili, the U.S.-educated lawyer who led Georgia#39;s bloodless revolution, was "
         "sworn in as president on Sunday, pledging to fight corruption and poverty.",
         ("Mikheil Saakashvili=GEOGOV",), kind="bare"),
    Lead("d-batumi-bridges", "Ajaria blows up bridges",
         "BATUMI, Georgia (Reuters) - Supporters of Ajarian leader Aslan Abashidze blew up bridges linking "
         "the region to the rest of Georgia on Sunday, and President Mikheil Saakashvili gave him 10 days "
         "to disarm his militias.",
         ("Aslan Abashidze=GEO", "Mikheil Saakashvili=GEOGOV"),
         gold=("GEO>GEO:17|171|18|180", "GEOGOV>GEO:13|139|130|10|100"), kind="dl"),
    Lead("d-tbilisi-seized", "Ossetians seize Georgian troops",
         "TBILISI (Reuters) - South Ossetian militia seized about 50 Georgian interior ministry troops near"
         " the breakaway region's capital on Thursday, the Georgian government said.",
         ("South Ossetian militia=GEOREB",
         "Georgian interior ministry troops=GEO", "Georgian government=GEOGOV"),
         gold=("GEOREB>GEO:17|173|18|181",), kind="dl"),
    Lead("c-russia-warns", "Russia warns Georgia over Ossetia",
         "AP - Russia warned Georgia on Tuesday against any attempt to take the breakaway region of South "
         "Ossetia by force.",
         ("Russia=RUS", "Georgia=GEO"), gold=("RUS>GEO:13|130|11|111|02|020",), kind="credit"),
    Lead("d-chisinau-voronin", "Moldova accuses Russia over schools",
         "CHISINAU (Reuters) - Moldovan President Vladimir Voronin accused Russia on Thursday of backing "
         "separatists in the breakaway Transdniestria region who have shut down schools teaching in the "
         "Latin script.",
         ("Vladimir Voronin=MDAGOV", "Russia=RUS", "separatists=MDAREB"), gold=("MDAGOV>RUS:11|112",),
         ok=("MDAREB>MDA:17|172|171",), kind="dl"),
    Lead("b-transdniestria", "Transdniestria: a frozen conflict",
         "Transdniestria, a sliver of land on Moldova#39;s border with Ukraine, has run its own affairs "
         "since a brief war in 1992, and some 1,500 Russian troops remain there despite Moscow#39;s "
         "promises to withdraw them.",
         ("Russian troops=RUSMIL",), kind="bare"),
    Lead("d-minsk-gas", "Gazprom cuts gas to Belarus",
         "MINSK (Reuters) - Russia's Gazprom cut off gas supplies to Belarus on Wednesday in a price "
         "dispute, and President Alexander Lukashenko called the move an act of terrorism.",
         ("Gazprom=RUSBUS", "Belarus=BLR", "Alexander Lukashenko=BLRGOV"),
         gold=("RUSBUS>BLR:16|160|163", "BLRGOV>RUSBUS:11|111|112"), kind="dl"),
    Lead("c-minsk-detained", "Belarus police detain marchers",
         "AP - Police in Belarus detained dozens of opposition activists on Wednesday as they marched "
         "through Minsk to mark 10 years of President Alexander Lukashenko#39;s rule.",
         ("Police=BLRCOP", "opposition activists=BLROPP", "Alexander Lukashenko=BLRGOV"),
         gold=("BLRCOP>BLROPP:17|173",), ok=("BLROPP>BLRGOV:14|141", "BLROPP>:14|141"), kind="credit"),
    Lead("d-belgrade-tadic", "Pro-Western Tadic wins Serbian vote",
         "BELGRADE (Reuters) - Democrat Boris Tadic won Serbia's presidential election on Sunday, defeating"
         " ultranationalist Tomislav Nikolic in a runoff.",
         ("Boris Tadic=SRB", "Tomislav Nikolic=SRB"), kind="dl"),
    Lead("c-kostunica-cabinet", "Kostunica government approved",
         "AP - Serbia#39;s parliament approved a minority government led by Vojislav Kostunica on "
         "Wednesday, which will rely on the votes of Slobodan Milosevic#39;s Socialist Party.",
         ("parliament=SRBLEG", "Vojislav Kostunica=SRBGOV", "Slobodan Milosevic=SRB", "Socialist Party=SRB"),
         kind="credit"),
    Lead("d-mostar-crash", "Macedonian president dies in crash",
         "MOSTAR, Bosnia-Herzegovina (Reuters) - A plane carrying Macedonian President Boris Trajkovski "
         "crashed in fog in southern Bosnia on Thursday, killing all nine people on board, officials said.",
         ("Boris Trajkovski=MKDGOV",), kind="dl"),
    Lead("c-crvenkovski-fraud", "Macedonian opposition cries fraud",
         "AP - Prime Minister Branko Crvenkovski won Macedonia#39;s presidential runoff on Wednesday, but "
         "the opposition accused the government of stuffing ballot boxes in ethnic Albanian areas.",
         ("Branko Crvenkovski=MKDGOV", "opposition=MKDOPP"), gold=("MKDOPP>MKDGOV:11|112|1121",),
         kind="credit"),
    Lead("b-struga-stones", "Macedonians stone ministers in Struga",
         "Hundreds of ethnic Macedonians hurled stones at government ministers in the lakeside town of "
         "Struga on Thursday, protesting against a plan to give ethnic Albanians more local power.",
         ("ethnic Macedonians=MKD", "government ministers=MKDGOV"), gold=("MKD>MKDGOV:14|145|141|18|180",),
         kind="bare"),
    Lead("d-pale-raid", "Peacekeepers raid church in Karadzic hunt",
         "SARAJEVO (Reuters) - NATO-led peacekeepers raided a Serb Orthodox church in the Bosnian town of "
         "Pale on Thursday in search of war crimes fugitive Radovan Karadzic, wounding a priest and his "
         "son.",
         ("NATO-led peacekeepers=IGONATO", "Radovan Karadzic=BIH"),
         gold=("IGONATO>BIH:17|170|171|18|180|182",), kind="dl"),
    Lead("c-ashdown-sacks", "Ashdown sacks Bosnian Serb officials",
         "Reuters - Bosnia#39;s international peace envoy Paddy Ashdown sacked 60 Bosnian Serb officials on"
         " Wednesday for failing to help arrest war crimes suspects, including Radovan Karadzic.",
         ("Paddy Ashdown=IGO", "Bosnian Serb officials=BIHGOV", "Radovan Karadzic=BIH"),
         gold=("IGO>BIHGOV:17|172|170",), kind="credit"),
    Lead("b-milosevic-delay", "Milosevic defence delayed again",
         "The U.N. war crimes tribunal in The Hague postponed the start of Slobodan Milosevic#39;s defence "
         "on Monday because of the former Yugoslav president#39;s high blood pressure.",
         ("U.N. war crimes tribunal=IGOUNO", "Slobodan Milosevic=SRB"), kind="bare"),
    Lead("d-hague-delponte", "Del Ponte says Serbia shields Mladic",
         "THE HAGUE (Reuters) - U.N. war crimes prosecutor Carla Del Ponte accused Serbia on Monday of "
         "sheltering the fugitive Bosnian Serb general Ratko Mladic, and urged the West to keep up pressure"
         " on Belgrade.",
         ("Carla Del Ponte=IGOUNO", "Serbia=SRB", "Ratko Mladic=BIH", "Belgrade=SRB"),
         gold=("IGOUNO>SRB:11|112",), ok=("IGOUNO>:02|020|10|100",), kind="dl"),
    Lead("c-srebrenica", "Bosnian Serbs admit Srebrenica",
         "AP - The Bosnian Serb government acknowledged for the first time on Friday that its forces had "
         "killed thousands of Muslims at Srebrenica in 1995, in a report commissioned by international "
         "officials.",
         # Gold corrected after the first run: the guidelines' example codes a background event told in a full
         # clause ("troops ... exchanged fire" a week before), and this clause tells the 1995 killings.
         ("Bosnian Serb government=BIHGOV",), gold=("BIH>BIH:20|202|19|190|18|180",), kind="credit"),
    Lead("d-zagreb-generals", "Croatian generals surrender",
         "ZAGREB (Reuters) - Two retired Croatian generals indicted for war crimes against Serbs flew to "
         "The Hague on Thursday to surrender to the U.N. tribunal, Croatia's government said.",
         ("U.N. tribunal=IGOUNO", "Croatia's government=HRVGOV"), gold=("HRV>IGOUNO:08|080",), kind="dl"),
    Lead("d-nasiriya-battle", "Italians battle Sadr militia",
         "NASIRIYA, Iraq (Reuters) - Italian troops fought Shi'ite militiamen loyal to cleric Moqtada "
         "al-Sadr for control of bridges in the southern city of Nasiriya on Sunday, killing at least 15 of"
         " them.",
         ("Italian troops=ITAMIL", "Shi'ite militiamen=IRQREB", "Moqtada al-Sadr=IRQ"),
         gold=("ITAMIL>IRQREB:19|190|193", "IRQREB>ITAMIL:19|190|193"), kind="dl"),
    Lead("c-berlusconi-stays", "Berlusconi rules out Iraq pullout",
         "AP - Prime Minister Silvio Berlusconi ruled out on Thursday pulling Italy#39;s 2,700 troops out "
         "of Iraq, a day after the killing of an Italian hostage.",
         ("Silvio Berlusconi=ITAGOV",), gold=("ITAGOV>:12|120|124",), kind="credit"),
    Lead("d-warsaw-misled", "Kwasniewski says Poland misled",
         "WARSAW (Reuters) - Polish President Aleksander Kwasniewski said on Thursday the United States had"
         " misled Poland about Iraq's weapons of mass destruction, but ruled out withdrawing his country's "
         "troops.",
         ("Aleksander Kwasniewski=POLGOV", "United States=USA"),
         gold=("POLGOV>USA:11|112", "POLGOV>:12|120|124"), kind="dl"),
    Lead("c-dutch-extend", "Dutch extend Iraq mission",
         "Reuters - The Dutch government said on Friday it would keep its 1,300 troops in southern Iraq "
         "until March, extending their mission by eight months.",
         ("Dutch government=NLDGOV",), ok=("NLDGOV>IRQ:03|033|15|07|074",), kind="credit"),
    Lead("d-basra-amara", "British troops kill 20 gunmen",
         "BASRA, Iraq (Reuters) - British troops killed about 20 Shi'ite gunmen who ambushed a patrol near "
         "the southern town of Amara on Friday, the British military said.",
         ("British troops=GBRMIL", "Shi'ite gunmen=IRQREB"),
         gold=("GBRMIL>IRQREB:19|190|193|18|180", "IRQREB>GBRMIL:19|190|18|180"), kind="dl"),
    Lead("c-mirror-editor", "Mirror editor fired over fake photos",
         "AP - Daily Mirror editor Piers Morgan was fired on Friday after the tabloid admitted that photos "
         "purporting to show British soldiers abusing an Iraqi prisoner were fakes.",
         ("Daily Mirror=GBRMED", "Piers Morgan=GBRMED", "British soldiers=GBRMIL"), kind="credit"),
    Lead("d-london-britons", "Four Guantanamo Britons freed",
         "LONDON (Reuters) - British police freed four of the five Britons returned from Guantanamo Bay "
         "without charge on Wednesday, a day after they were arrested on arrival from the U.S. prison camp "
         "in Cuba.",
         ("British police=GBRCOP",), gold=("GBRCOP>GBR:08|084|0841",), ok=("GBRCOP>GBR:17|173",), kind="dl"),
    Lead("d-lyon-imam", "France expels imam over wife-beating",
         "LYON, France (Reuters) - France expelled an Algerian imam to Algeria on Wednesday after he told a"
         " magazine that the Koran allowed men to beat their wives, Interior Minister Dominique de Villepin"
         " said.",
         ("France=FRA", "Dominique de Villepin=FRAGOV"), gold=("FRA>DZA:17|174",), ok=("FRA>FRA:17|174",),
         kind="dl"),
    Lead("d-vatican-bush", "Pope rebukes Bush over prisoner abuse",
         "VATICAN CITY (Reuters) - Pope John Paul told President Bush on Friday that the abuse of Iraqi "
         "prisoners was deplorable and urged a swift return of sovereignty to Iraq.",
         ("Pope John Paul=VAT", "Bush=USAGOV"), gold=("VAT>USAGOV:11|111", "VAT>USAGOV:02|020"),
         ok=("VAT>USAGOV:04|040|043",), kind="dl"),
    Lead("b-schroeder-party", "Schroeder gives up party post",
         "German Chancellor Gerhard Schroeder said on Friday he would step down as leader of his Social "
         "Democratic Party, handing the job to parliamentary floor leader Franz Muentefering.",
         ("Gerhard Schroeder=DEUGOV", "Social Democratic Party=DEU", "Franz Muentefering=DEU"), kind="bare"),
    Lead("d-riga-schools", "Russian students protest in Riga",
         "RIGA (Reuters) - Thousands of ethnic Russian students rallied in Riga on Wednesday against a "
         "reform requiring most lessons to be taught in Latvian, and Moscow accused Latvia of "
         "discriminating against its Russian minority.",
         ("Moscow=RUS", "Latvia=LVA"), gold=("LVA>LVA:14|141", "RUS>LVA:11|112"),
         ok=("RUS>LVA:14|141", "LVA>:14|141", "RUS>:14|141"), kind="dl"),
    Lead("c-paksas-ousted", "Lithuania impeaches president",
         "AP - Lithuania#39;s parliament removed President Rolandas Paksas from office on Tuesday over his "
         "ties to a Russian businessman, the first impeachment of a European head of state.",
         ("parliament=LTULEG", "Rolandas Paksas=LTUGOV"), ok=("LTULEG>LTUGOV:17|172",), kind="credit"),
    Lead("d-yerevan-rally", "Police break up Armenian rally",
         "YEREVAN (Reuters) - Armenian police used water cannon and stun grenades early on Tuesday to break"
         " up a rally of thousands of opposition supporters demanding the resignation of President Robert "
         "Kocharyan.",
         ("Armenian police=ARMCOP", "opposition supporters=ARMOPP", "Robert Kocharyan=ARMGOV"),
         gold=("ARMCOP>ARMOPP:17|175|18", "ARMOPP>ARMGOV:14|141|10|100|1041"), kind="dl"),
    Lead("d-tashkent-bombers", "Suicide bombers hit Uzbekistan",
         "TASHKENT (Reuters) - Suicide bombers and gunmen attacked police in the Uzbek capital and in the "
         "city of Bukhara, killing at least 19 people, the government said on Monday, blaming Islamic "
         "militants.",
         ("police=UZBCOP", "Islamic militants=UZBREB"),
         gold=("UZB>UZBCOP:18|180|183|1831", "UZBGOV>UZBREB:11|112"), kind="dl"),
    Lead("c-tashkent-embassies", "Bombers strike U.S., Israeli embassies",
         "AP - Suicide bombers struck the U.S. and Israeli embassies in the Uzbek capital Tashkent on "
         "Friday, killing at least two Uzbek guards, officials said.",
         ("Uzbek guards=UZB",), gold=("UZB>USA:18|183|1831|180", "UZB>ISR:18|183|1831|180"),
         ok=("UZB>UZB:18|183|1831|180",), kind="credit"),
    Lead("d-gonaives", "Rebels seize Haitian city",
         "GONAIVES, Haiti (Reuters) - Armed rebels seized control of Haiti's fourth-largest city on "
         "Thursday, torching the police station and driving out police, residents said.",
         ("Armed rebels=HTIREB", "police=HTICOP"), gold=("HTIREB>HTICOP:19|190|192|18|180|17|171",),
         kind="dl"),
    Lead("c-philippe-vows", "Rebel leader vows to march on capital",
         "AP - Haitian rebel leader Guy Philippe said Tuesday his fighters would march on Port-au-Prince "
         "and arrest President Jean-Bertrand Aristide.",
         ("Guy Philippe=HTIREB", "Jean-Bertrand Aristide=HTIGOV"), gold=("HTIREB>HTIGOV:13|130|138",),
         kind="credit"),
    Lead("d-pap-reject", "Haiti opposition rejects peace plan",
         "PORT-AU-PRINCE, Haiti (Reuters) - Haiti's political opposition on Tuesday rejected an "
         "international peace plan that would have left President Jean-Bertrand Aristide in office with "
         "reduced powers.",
         ("opposition=HTIOPP", "Jean-Bertrand Aristide=HTIGOV"), gold=("HTIOPP>:12|120|125",), kind="dl"),
    Lead("c-latortue-named", "Haiti names interim premier",
         "Reuters - Gerard Latortue, a former U.N. official and foreign minister, was named Haiti#39;s "
         "interim prime minister on Tuesday by a council of elders.",
         ("Gerard Latortue=HTIGOV",), kind="credit"),
    Lead("b-haiti-jamaica", "Haiti recalls envoy to Jamaica",
         "Haiti#39;s interim government recalled its ambassador to Jamaica on Monday in protest at the "
         "decision to let ousted President Jean-Bertrand Aristide stay on the island.",
         ("interim government=HTIGOV", "Jamaica=JAM", "Jean-Bertrand Aristide=HTI"),
         gold=("HTIGOV>JAM:16|161|160",), ok=("HTIGOV>JAM:14|140|11|111",), kind="bare"),
    Lead("c-haiti-floods", "Floods kill hundreds in Haiti",
         "AP - Floods and mudslides killed more than 1,000 people in southeastern Haiti and the "
         "neighbouring Dominican Republic after days of torrential rain, the Red Cross said Friday.",
         ("Red Cross=NGO",), kind="credit"),
    Lead("d-paris-villepin", "France offers troops for Haiti",
         "PARIS (Reuters) - France offered on Thursday to send troops to Haiti as part of an international "
         "force, and Foreign Minister Dominique de Villepin urged President Jean-Bertrand Aristide to "
         "consider stepping down.",
         ("France=FRA", "Dominique de Villepin=FRAGOV", "Jean-Bertrand Aristide=HTIGOV"),
         gold=("FRA>HTI:03|033|036|07|074", "FRAGOV>HTIGOV:02|020|10|100|1041"), kind="dl"),
    Lead("d-caracas-guard", "Troops fire on Venezuela protesters",
         "CARACAS (Reuters) - Venezuelan troops fired tear gas and plastic bullets at opposition protesters"
         " in Caracas on Saturday after election officials disqualified many signatures on a petition to "
         "recall President Hugo Chavez.",
         ("Venezuelan troops=VENMIL", "opposition protesters=VENOPP", "Hugo Chavez=VENGOV"),
         gold=("VENMIL>VENOPP:17|175|18|180",), kind="dl"),
    Lead("c-chavez-accuses", "Chavez accuses Washington",
         "AP - President Hugo Chavez accused the Bush administration on Sunday of financing opponents who "
         "are trying to oust him, and told supporters the United States was behind a plot against "
         "Venezuela.",
         ("Hugo Chavez=VENGOV", "Bush administration=USAGOV", "United States=USA"),
         gold=("VENGOV>USAGOV:11|112",), kind="credit"),
    Lead("b-recall-signatures", "Venezuela recall vote set",
         "Venezuela#39;s election authorities said on Thursday the opposition had gathered enough "
         "signatures to force a recall referendum on President Hugo Chavez, setting the stage for a vote in"
         " August.",
         ("election authorities=VENGOV", "opposition=VENOPP", "Hugo Chavez=VENGOV"), kind="bare"),
    Lead("c-uribe-chavez", "Uribe, Chavez mend ties",
         "Reuters - Colombian President Alvaro Uribe and Venezuela#39;s Hugo Chavez met on Wednesday in "
         "eastern Venezuela and agreed to build a gas pipeline linking their countries.",
         ("Alvaro Uribe=COLGOV", "Hugo Chavez=VENGOV"),
         gold=("COLGOV>VENGOV:04|040|042", "VENGOV>COLGOV:04|040|043",
               "COLGOV>VENGOV:03|030|031|0311|06|061", "VENGOV>COLGOV:03|030|031|0311|06|061"),
         kind="credit"),
    Lead("d-bogota-mancuso", "Warlord addresses Colombian Congress",
         "BOGOTA (Reuters) - Paramilitary warlord Salvatore Mancuso addressed Colombia's Congress on "
         "Wednesday, defending his militia's war against leftist rebels in a speech that outraged victims' "
         "groups.",
         ("Salvatore Mancuso=COLREB", "Congress=COLLEG"), kind="dl"),
    Lead("b-farc-massacre", "Rebels kill 34 coca pickers",
         "Leftist rebels killed 34 coca farm workers as they slept in northeastern Colombia, the army said "
         "on Wednesday, blaming the Revolutionary Armed Forces of Colombia, or FARC.",
         ("Leftist rebels=COLREB", "army=COLMIL", "Revolutionary Armed Forces of Colombia=COLREB"),
         gold=("COLREB>COL:18|180|20|202", "COLMIL>COLREB:11|112"), kind="bare"),
    Lead("c-uribe-term", "Colombian House backs second term",
         "AP - Colombia#39;s lower house voted Tuesday to amend the constitution to let President Alvaro "
         "Uribe seek a second term.",
         ("Alvaro Uribe=COLGOV",), kind="credit"),
    Lead("d-lapaz-gas-vote", "Bolivians back gas plan",
         "LA PAZ, Bolivia (Reuters) - Bolivians voted overwhelmingly in a referendum on Sunday to back "
         "President Carlos Mesa's plan to increase state control over the country's vast natural gas "
         "reserves.",
         ("Carlos Mesa=BOLGOV",), kind="dl"),
    Lead("c-miners-dynamite", "Miners set off dynamite in La Paz",
         "Reuters - Protesting miners set off sticks of dynamite outside Bolivia#39;s Congress in La Paz on"
         " Wednesday to demand higher pensions, and police fired tear gas to drive them back.",
         ("miners=BOLLAB", "Congress=BOLLEG", "police=BOLCOP"),
         gold=("BOLLAB>BOLLEG:14|141|145", "BOLCOP>BOLLAB:17|175"),
         ok=("BOLLAB>:10|100|14|141", "BOLLAB>BOLGOV:10|100|14|141"), kind="credit"),
    Lead("d-baires-imf", "IMF approves Argentina payout",
         "BUENOS AIRES (Reuters) - The International Monetary Fund approved on Monday a $3.1 billion "
         "disbursement to Argentina after President Nestor Kirchner's government paid a maturing loan.",
         ("International Monetary Fund=IGO", "Argentina=ARG", "Nestor Kirchner=ARGGOV"),
         gold=("IGO>ARG:07|071",), kind="dl"),
    Lead("c-bondholders", "Argentina sweetens debt offer",
         "AP - Argentina sweetened its offer to holders of nearly #36;100 billion in defaulted bonds on "
         "Tuesday, but creditor groups quickly rejected it as inadequate.",
         ("Argentina=ARG",), gold=("ARG>:03|033|0331|08|081",), ok=(">ARG:12|120|125", "BUS>ARG:12|120|125"),
         kind="credit"),
    Lead("d-havana-wives", "Wives of Cuban dissidents march",
         "HAVANA (Reuters) - Wives of jailed Cuban dissidents marched through Havana on Sunday to demand "
         "the release of 75 government opponents jailed a year ago in a crackdown on dissent.",
         ("Wives of jailed Cuban dissidents=CUB", "government opponents=CUBOPP"),
         gold=("CUB>CUBGOV:14|141|10|100|1044",), ok=("CUB>:14|141|10|100",), kind="dl"),
    Lead("d-geneva-cuba", "U.N. rights body censures Cuba",
         "GENEVA (Reuters) - The U.N. Human Rights Commission narrowly passed a resolution on Thursday "
         "criticising Cuba's human rights record, and Havana accused Washington of bullying its allies into"
         " backing it.",
         ("U.N. Human Rights Commission=IGOUNO", "Cuba=CUB", "Havana=CUB", "Washington=USA"),
         gold=("IGOUNO>CUB:11|111|112|1122", "CUB>USA:11|112"), kind="dl"),
    Lead("b-castro-march", "Castro leads march past U.S. mission",
         "Fidel Castro led hundreds of thousands of Cubans in a march past the U.S. mission in Havana on "
         "Friday to protest against new U.S. sanctions on the island.",
         ("Fidel Castro=CUBGOV", "Cubans=CUB", "U.S. mission=USAGOV"), gold=("CUB>USA:14|141",), kind="bare"),
    Lead("d-mexico-march", "Mexicans march against crime",
         "MEXICO CITY (Reuters) - Hundreds of thousands of Mexicans dressed in white marched through the "
         "capital on Sunday to protest against a wave of kidnappings and demand that the government crack "
         "down on crime.",
         ("Mexicans=MEX", "government=MEXGOV"), gold=("MEX>MEXGOV:14|141|10|100",), kind="dl"),
    Lead("d-tijuana-editor", "Tijuana editor shot dead",
         "TIJUANA, Mexico (Reuters) - Gunmen shot dead an editor of the Tijuana weekly Zeta on Tuesday as "
         "he sat in his car with his two children, colleagues said.",
         ("Zeta=MEXMED",), gold=("MEX>MEXMED:18|180|186",), kind="dl"),
    Lead("c-martin-minority", "Canada's Liberals lose majority",
         "AP - Prime Minister Paul Martin#39;s Liberals won Canada#39;s general election on Monday but lost"
         " their majority in parliament, leaving them dependent on smaller parties.",
         ("Paul Martin=CANGOV", "Liberals=CAN"), kind="credit"),
    Lead("d-ottawa-haiti", "Canada to send troops to Haiti",
         "OTTAWA (Reuters) - Canada said on Monday it would send about 450 troops to Haiti to join a "
         "U.S.-led multinational force keeping order after the departure of President Jean-Bertrand "
         "Aristide.",
         ("Canada=CAN", "Jean-Bertrand Aristide=HTI"), gold=("CAN>HTI:03|033|036|07|074|15|154",), kind="dl"),
    Lead("b-arar-inquiry", "Canada orders Arar inquiry",
         "Canada ordered a public inquiry on Wednesday into the role of Canadian officials in the "
         "deportation of Maher Arar by U.S. authorities to Syria, where he says he was tortured.",
         ("Canada=CAN", "Maher Arar=CAN"), gold=("CAN>CAN:09|090",), kind="bare"),
    Lead("c-ilave-mayor", "Mob lynches Peruvian mayor",
         "AP - A mob in the southern Peruvian town of Ilave beat the town#39;s mayor to death on Monday, "
         "accusing him of corruption.",
         ("mob=PER", "mayor=PERGOV"), gold=("PER>PERGOV:18|180|182|186", "PER>PERGOV:11|112|1121"),
         kind="credit"),
    Lead("d-santiago-pinochet", "Court strips Pinochet of immunity",
         "SANTIAGO, Chile (Reuters) - A Chilean appeals court stripped former dictator Augusto Pinochet of "
         "immunity from prosecution on Friday, opening the way for him to be tried over the killing of "
         "leftists in the 1970s.",
         ("Chilean appeals court=CHLJUD", "Augusto Pinochet=CHL"), gold=("CHLJUD>CHL:17|172|173|170",),
         kind="dl"),
    Lead("b-euro-final", "Greece stuns Portugal to win Euro 2004",
         "Greece beat hosts Portugal 1-0 in Lisbon on Sunday to win the European Championship, capping one "
         "of the biggest upsets in the history of soccer.",
         ("Greece=GRC", "Portugal=PRT"), kind="bare"),
    Lead("c-karamanlis-wins", "Greek conservatives win election",
         "Reuters - Costas Karamanlis#39;s conservative New Democracy party won Greece#39;s general "
         "election on Sunday, ending more than a decade of Socialist rule.",
         ("Costas Karamanlis=GRC", "New Democracy=GRC"), kind="credit"),
    Lead("b-putin-analysis", "Analysis: Russia's liberals in disarray",
         "Vladimir Putin#39;s landslide has left Russia#39;s liberal parties without a seat in parliament "
         "or a leader to rally around, and analysts say they may take years to recover.",
         ("Vladimir Putin=RUSGOV",), kind="bare"),
    Lead("c-italy-hostages", "Italian hostages freed in Iraq",
         "Reuters - U.S. special forces freed three Italian security guards and a Polish businessman held "
         "hostage in Iraq for nearly two months, Prime Minister Silvio Berlusconi said on Tuesday.",
         ("U.S. special forces=USAMIL", "Silvio Berlusconi=ITAGOV"),
         ok=("USAMIL>ITA:08|084|0841", "USAMIL>POL:08|084|0841"), kind="credit"),
    Lead("b-kosovo-holkeri", "U.N. seeks calm in Kosovo",
         "The U.N. administrator in Kosovo, Harri Holkeri, said on Monday that local leaders must do more "
         "to protect Serbs, a month after ethnic riots, but ruled out any delay to talks on the "
         "province#39;s future.",
         ("Harri Holkeri=IGOUNO",), gold=("IGOUNO>:10|100|02|020", "IGOUNO>:12|120"), kind="bare"),
)
# fmt: on
