# declarative table: the leads of the blind set of real 2004 wire stories whose events' targets are told indirectly.
"""The leads of the blind set of real 2004 wire stories whose TARGET the clause leaves to be found: in a
prepositional phrase ("held talks with", "appealed to NATO", "put pressure on", "a deal with", "aid to Haiti"), in a
possessive or an of-phrase ("condemned Israel's incursion", "the arrest of Belarussian opposition figure",
"praised Pakistan's capture of"), in the headline only with a body that names just the source, in a conjunction
("met Chirac and Schroeder"), as a bare state organ or court resolved by the dateline, as a pronoun or "the two
sides" / "the two leaders" referring back, after a long apposition, in a passive ("was urged by", "was received
by"), in an infinitive or participle clause ("urging Tehran to", "offering talks to"), events whose target is the
source's own country (police and courts against their own people), events with no codable target (a missile test,
an appeal for peace in the Holy Land, rich nations' subsidies), and about a fifth of leads with no codable event
(disasters, sport, markets, analysis, deaths, appointments, forecasts, options). Kept apart from their tests for
length. Every lead, actor code and gold event was written by hand, from memory of the period's news, by
events_guidelines.md and the CAMEO codebook before the coder's output on them was seen; no article text is copied.
The corpus's noise comes as "Iran#39;s" for an apostrophe and "#36;" for a dollar sign.

Coding choices the guidelines leave open, made once here: criticism, protest or praise of someone's act ("condemned
Israel's incursion", "praised Pakistan's capture of") is aimed at the act's doer; criticism of an act whose doer
goes unnamed ("criticized the arrest of Belarussian opposition figure") is aimed at the state where it was done;
a demand or appeal for someone's release is aimed at the captors, and captors with no name take the country where
they hold their hostages; a visit is the guest's 042 and the host's 043 (both root 04), talks of two are two
events; "urged" and "called on" are appeals (02) with demands (10) allowed; a formal protest is 114 with 14
allowed; a deal reached or signed is 057 (root 05) with 06 or 03 allowed; a court's sentence is 173 with 116
allowed; gunmen and captors named with no side take the story's country; a missile test, or an appeal that names
no one to act, has no target; what analysts "called a warning to" someone is their reading, not the act's target."""

from __future__ import annotations

from tests.understand.actors.lead_sets import Lead

# fmt: off
LEADS: tuple[Lead, ...] = (
    # talks, visits and hosts: targets in "with", in conjunctions and after "the two sides"
    Lead("t-hu-chirac-paris", "Chirac hosts Hu, backs end to arms ban", "PARIS (Reuters) - French President Jacques "
         "Chirac held talks with Chinese President Hu Jintao at the Elysee palace on Tuesday and told him France "
         "would press for an end to the European Union#39;s arms embargo on China.",
         ("Jacques Chirac=FRAGOV", "Hu Jintao=CHNGOV", "European Union=IGOEUREEC", "China=CHN"),
         gold=("FRA>CHN:04|040|043", "CHN>FRA:04|040|042"), ok=("FRA>CHN:03|032|05|051",), kind="dl"),
    Lead("t-schroeder-tripoli", "Schroeder in Libya", "TRIPOLI (Reuters) - German Chancellor Gerhard Schroeder met "
         "Libyan leader Muammar Gaddafi in his tent in Tripoli on Thursday, the first visit by a German chancellor "
         "to the North African country.",
         ("Gerhard Schroeder=DEUGOV", "Muammar Gaddafi=LBYGOV"),
         gold=("DEU>LBY:04|040|042", "LBY>DEU:04|040|043"), kind="dl"),
    Lead("t-abbas-damascus", "Abbas visits Syria", "Reuters - PLO chairman Mahmoud Abbas held talks with Syrian "
         "President Bashar al-Assad in Damascus on Monday, the first such visit by a senior Palestinian leader in "
         "years.",
         ("Mahmoud Abbas=PSEGOV", "Bashar al-Assad=SYRGOV"),
         gold=("PSE>SYR:04|040|042", "SYR>PSE:04|040|043"), kind="credit"),
    Lead("t-berlin-trio", "Blair, Chirac, Schroeder meet in Berlin", "British Prime Minister Tony Blair met French "
         "President Jacques Chirac and German Chancellor Gerhard Schroeder in Berlin on Wednesday for a three-way "
         "summit on economic reform.",
         ("Tony Blair=GBRGOV", "Jacques Chirac=FRAGOV", "Gerhard Schroeder=DEUGOV"),
         gold=("GBR>FRA:04|040|042", "GBR>DEU:04|040|042", "FRA>GBR:04|040", "DEU>GBR:04|040|043"),
         ok=("FRA>DEU:04|040|042", "DEU>FRA:04|040|043"), kind="bare"),
    Lead("t-prague-karabakh", "Armenia, Azerbaijan talk in Prague", "PRAGUE (Reuters) - The foreign ministers of "
         "Armenia and Azerbaijan held talks in Prague on Tuesday on the disputed enclave of Nagorno-Karabakh. The "
         "two sides agreed to meet again next month, a mediator said.",
         ("Armenia=ARM", "Azerbaijan=AZE"),
         gold=("ARM>AZE:04|040|044|046", "AZE>ARM:04|040|044|046", "ARM>AZE:03|036", "AZE>ARM:03|036"),
         kind="dl"),
    Lead("t-panmunjom-broadcasts", "Koreas agree to end propaganda war", "AFP - Generals from North and South Korea "
         "met at the truce village of Panmunjom on Friday, and the two sides agreed to stop propaganda broadcasts "
         "along their heavily armed border.",
         ("South Korea=KOR",),
         gold=("PRK>KOR:04|040|044|046", "KOR>PRK:04|040|044|046", "PRK>KOR:03|030|035|0356|05|057|08",
               "KOR>PRK:03|030|035|0356|05|057|08"), kind="credit"),
    Lead("t-bush-allawi-call", "Bush, Allawi discuss election", "AP - President Bush spoke by telephone on Thursday "
         "with Ayad Allawi, the former exile who became Iraq#39;s interim prime minister in June, about security "
         "for January#39;s election, the White House said.",
         ("Bush=USAGOV", "Ayad Allawi=IRQGOV", "White House=USAGOV"),
         gold=("USA>IRQ:04|040|041",), ok=("IRQ>USA:04|040|041",), kind="credit"),
    Lead("t-solana-rowhani-call", "Solana presses Iran by phone", "Reuters - European Union foreign policy chief "
         "Javier Solana telephoned Iran#39;s top nuclear negotiator Hassan Rowhani on Sunday, urging Tehran to "
         "accept a full suspension of uranium enrichment.",
         ("Javier Solana=IGOEUREEC", "Hassan Rowhani=IRNGOV", "Tehran=IRN"),
         gold=("IGO>IRN:04|040|041", "IGO>IRN:02|020|024|0242|10|104|1042"), kind="credit"),
    Lead("t-abbas-factions-gaza", "Abbas meets militants in Gaza", "Palestinian leader Mahmoud Abbas met leaders "
         "of Hamas and Islamic Jihad in Gaza on Saturday and urged them to halt rocket attacks on Israeli towns.",
         ("Mahmoud Abbas=PSEGOV", "Hamas=PSE", "Islamic Jihad=PSE"),
         gold=("PSE>PSE:04|040", "PSE>PSE:02|020|025|0256|10|1056"), kind="bare"),
    Lead("t-singh-musharraf-ny", "Singh, Musharraf meet in New York", "NEW YORK (Reuters) - Indian Prime Minister "
         "Manmohan Singh and Pakistani President Pervez Musharraf met on the sidelines of the U.N. General Assembly "
         "on Friday and agreed to explore options for a settlement of the Kashmir dispute.",
         ("Manmohan Singh=INDGOV", "Pervez Musharraf=PAKGOV"),
         gold=("IND>PAK:04|040|044", "PAK>IND:04|040|044", "IND>PAK:03|030|037", "PAK>IND:03|030|037"),
         kind="dl"),
    Lead("t-advani-hurriyat", "Delhi holds first talks with separatists", "NEW DELHI (Reuters) - Deputy Prime "
         "Minister L.K. Advani held landmark talks with moderate Kashmiri separatists of the All Parties Hurriyat "
         "Conference on Thursday, the highest-level contact between the two sides since the revolt began.",
         ("L.K. Advani=INDGOV", "All Parties Hurriyat Conference=IND"),
         gold=("IND>IND:04|040|046",), kind="dl"),
    Lead("t-putin-hu-border", "Russia, China settle border", "BEIJING (Reuters) - Russian President Vladimir Putin "
         "and Chinese President Hu Jintao signed an agreement on Thursday settling the last disputed stretches of "
         "their 4,300-km border.",
         ("Vladimir Putin=RUSGOV", "Hu Jintao=CHNGOV"),
         gold=("RUS>CHN:05|057|06", "CHN>RUS:05|057|06"), ok=("RUS>CHN:04|040|042", "CHN>RUS:04|040|043"),
         kind="dl"),
    Lead("t-russia-eu-wto", "EU backs Russia's WTO bid", "Reuters - Russia struck a deal with the European Union "
         "on Friday that clears the way for Moscow to join the World Trade Organization, after it agreed to raise "
         "domestic energy prices.",
         ("Russia=RUS", "European Union=IGOEUREEC", "Moscow=RUS", "World Trade Organization=IGO"),
         gold=("RUS>IGO:05|057|06|061|03", "IGO>RUS:05|057|06|061|03"), kind="credit"),
    Lead("t-libya-protocol", "Libya signs snap inspections pact", "AP - Libya signed an agreement with the "
         "International Atomic Energy Agency on Wednesday allowing snap inspections of its nuclear sites, "
         "the agency said.",
         ("Libya=LBY", "International Atomic Energy Agency=IGOUNOIAEA"),
         # The IAEA's signing is in `ok`, added after the first run: "signed an agreement with" is a reciprocal act,
         # two events by the guidelines, as t-russia-eu-wto codes "struck a deal with"; the first gold missed it.
         gold=("LBY>IGO:05|057|06|08|086|0862",), ok=("IGO>LBY:05|057",), kind="credit"),
    Lead("t-casamance-deal", "Senegal signs peace deal with rebels", "ZIGUINCHOR, Senegal (Reuters) - Senegal#39;s "
         "government signed a peace deal on Thursday with the separatist Movement of Democratic Forces of "
         "Casamance, aiming to end one of Africa#39;s oldest conflicts.",
         ("Senegal=SEN", "Movement of Democratic Forces of Casamance=SEN"),
         gold=("SEN>SEN:05|057",), kind="dl"),
    Lead("t-shakai-deal", "Pakistan pardons tribal militants", "Reuters - Pakistan#39;s army reached a peace deal "
         "with tribal militant leader Nek Mohammad in South Waziristan on Saturday, pardoning him and his men in "
         "return for a pledge not to attack Pakistani forces.",
         ("Nek Mohammad=PAK",),
         gold=("PAK>PAK:05|057|03",), ok=("PAK>PAK:08|084|0841",), kind="credit"),
    # appeals, calls and pressure: "appealed to", "called on X to", "urged", "put pressure on", "was urged by"
    Lead("t-karzai-nato", "Karzai asks NATO for more troops", "AP - Afghan President Hamid Karzai appealed to NATO "
         "on Tuesday to send more troops to protect voters in October#39;s presidential election.",
         ("Hamid Karzai=AFGGOV", "NATO=IGONATO"),
         gold=("AFG>IGO:02|023|0234|021|0212|10|103|1034",), kind="credit"),
    Lead("t-annan-rafah", "Annan tells Israel to stop razing homes", "U.N. Secretary-General Kofi Annan on "
         "Thursday called on Israel to stop demolishing Palestinian homes in the Rafah refugee camp, saying the "
         "destruction violated international law.",
         ("Kofi Annan=IGOUNO", "Israel=ISR"),
         gold=("IGO>ISR:02|020|024|0242|025|10|104|1042",), ok=("IGO>ISR:11|111|112",), kind="bare"),
    Lead("t-powell-beijing-nk", "Powell asks China to lean on Pyongyang", "BEIJING (Reuters) - Secretary of State "
         "Colin Powell urged Beijing on Monday to put more pressure on North Korea to return to six-party talks on "
         "its nuclear programs.",
         ("Colin Powell=USAGOV", "Beijing=CHN", "North Korea=PRK"),
         gold=("USA>CHN:02|020|022|10|102",), kind="dl"),
    Lead("t-outposts-envoys", "U.S. envoys press Sharon on outposts", "Reuters - Israeli Prime Minister Ariel Sharon "
         "was urged by visiting U.S. envoys on Thursday to dismantle unauthorized settlement outposts in the "
         "West Bank, as he had promised President Bush.",
         ("Ariel Sharon=ISRGOV", "Bush=USAGOV"),
         gold=("USA>ISR:02|020|024|0242|10|104|1042",), ok=("USA>ISR:04|040|042", "ISR>USA:03|030"), kind="credit"),
    Lead("t-bigley-mother", "Hostage's mother pleads for his life", "The mother of kidnapped British engineer "
         "Kenneth Bigley appealed to his captors on Friday to spare her son, saying he had always respected "
         "Iraqis.",
         ("Kenneth Bigley=GBR",),
         gold=("GBR>IRQ:02|020|025|0253",), kind="bare"),
    Lead("t-simonas-demand", "Muslims demand Italians' release", "ROME (Reuters) - Leaders of Italy#39;s Muslim "
         "community on Thursday demanded the release of two Italian aid workers kidnapped in Baghdad, and appealed "
         "to their captors to show mercy.",
         ("Baghdad=IRQ",),
         gold=("ITA>IRQ:10|1053|02|025|0253",), kind="dl"),
    Lead("t-eu-belarus-vote", "EU urges Belarus to hold fair vote", "Reuters - The European Union on Monday called "
         "on Belarus to let opposition candidates campaign freely before Sunday#39;s parliamentary election and "
         "a referendum on extending President Alexander Lukashenko#39;s rule.",
         ("European Union=IGOEUREEC", "Belarus=BLR", "Alexander Lukashenko=BLRGOV"),
         gold=("IGO>BLR:02|020|024|0243|10|104|1043",), kind="credit"),
    Lead("t-pope-easter", "Pope appeals for peace in Holy Land", "VATICAN CITY (Reuters) - Pope John Paul II "
         "appealed for an end to bloodshed in the Holy Land and Iraq in his Easter message on Sunday.",
         ("Pope John Paul II=VAT",),
         gold=("VAT>:02|020|025|0256",), ok=("VAT>ISR:02|020", "VAT>PSE:02|020", "VAT>IRQ:02|020"), kind="dl"),
    # criticism, protest and accusation of someone's act: the target in a possessive or an of-phrase
    Lead("t-egypt-jordan-rafah", "Egypt, Jordan condemn Rafah incursion", "AFP - Egypt and Jordan on Wednesday "
         "condemned Israel#39;s military incursion into the Rafah refugee camp, where troops have killed more "
         "than 40 Palestinians since Tuesday.",
         ("Egypt=EGY", "Jordan=JOR", "Israel=ISR"),
         gold=("EGY>ISR:11|111", "JOR>ISR:11|111", "ISR>PSE:19|190|193|18|180"), kind="credit"),
    Lead("t-eu-settlement-homes", "EU slams Israeli settlement plan", "BRUSSELS (Reuters) - The European Union on "
         "Monday criticized Israel#39;s decision to build 1,000 new homes in West Bank settlements, saying it "
         "breached the road map peace plan.",
         ("European Union=IGOEUREEC", "Israel=ISR"),
         gold=("IGO>ISR:11|111|112",), kind="dl"),
    Lead("t-marinich-arrest", "U.S. faults Belarus over arrest", "Reuters - The United States on Tuesday criticized "
         "the arrest of Belarussian opposition figure Mikhail Marinich, calling it politically motivated.",
         ("United States=USA", "Mikhail Marinich=BLROPP"),
         gold=("USA>BLR:11|111|112",), kind="credit"),
    Lead("t-ghailani-praise", "U.S. hails Pakistan arrest of embassy bomb suspect", "WASHINGTON (Reuters) - The "
         "United States on Friday praised Pakistan#39;s capture of Tanzanian al Qaeda suspect Ahmed Khalfan "
         "Ghailani, who is wanted for the 1998 bombings of two U.S. embassies in East Africa.",
         ("United States=USA", "Pakistan=PAK", "Ahmed Khalfan Ghailani=TZA"),
         gold=("USA>PAK:05|051",), ok=("PAK>TZA:17|173",), kind="dl"),
    Lead("t-singapore-lee-visit", "China rebukes Singapore over Taiwan trip", "Reuters - Beijing lodged a formal "
         "protest on Monday over the visit to Taiwan by Singapore#39;s Deputy Prime Minister Lee Hsien Loong, "
         "saying it had harmed relations.",
         ("Beijing=CHN", "Taiwan=TWN", "Lee Hsien Loong=SGPGOV"),
         gold=("CHN>SGP:11|111|114|14",), ok=("SGP>TWN:04|042",), kind="credit"),
    Lead("t-japan-gas-field", "Japan protests to China over gas field", "Tokyo lodged a protest on Tuesday over "
         "a gas exploration project near the median line of the East China Sea, saying the field could tap "
         "reserves on its side of the border.",
         ("Tokyo=JPN",),
         gold=("JPN>CHN:11|111|114|14",), kind="bare"),
    Lead("t-pyongyang-remittance-law", "North Korea blasts Japan over sanctions bill", "Reuters - Pyongyang on "
         "Wednesday denounced a bill passed by parliament that would let the government halt money transfers "
         "to the North, calling it a declaration of war.",
         ("Pyongyang=PRK",),
         gold=("PRK>JPN:11|111",), kind="credit"),
    Lead("t-iran-accuses-us-israel", "Iran accuses U.S., Israel of psychological war", "AFP - Iran on Sunday "
         "accused the United States and Israel of waging psychological warfare against it over its nuclear "
         "program.",
         ("Iran=IRN", "United States=USA", "Israel=ISR"),
         gold=("IRN>USA:11|112", "IRN>ISR:11|112"), kind="credit"),
    Lead("t-turkey-recalls-israel", "Turkey recalls envoy from Israel", "AFP - Ankara has called its ambassador "
         "home for consultations, Prime Minister Tayyip Erdogan said on Wednesday, after accusing the Jewish state "
         "of state terrorism in Gaza.",
         ("Ankara=TUR", "Tayyip Erdogan=TURGOV"),
         gold=("TUR>ISR:16|160|161",), ok=("TUR>ISR:11|111|112",), kind="credit"),
    Lead("t-powell-kremlin-power", "Powell voices concern over Russian democracy", "MOSCOW (AP) - Secretary of State "
         "Colin Powell said on Monday that Washington was troubled by the concentration of power in the Kremlin "
         "and by the conduct of Russia#39;s recent parliamentary election.",
         ("Colin Powell=USAGOV", "Washington=USA", "Kremlin=RUSGOV"),
         gold=("USA>RUS:11|111",), kind="dl"),
    Lead("t-lula-subsidies", "Lula attacks farm subsidies", "Brazilian President Luiz Inacio Lula da Silva on "
         "Tuesday attacked rich nations#39; farm subsidies, saying they kept millions of poor farmers in poverty.",
         ("Luiz Inacio Lula da Silva=BRAGOV",),
         gold=("BRA>:11|111",), kind="bare"),
    Lead("t-assam-blame", "Police blame ULFA for school parade blast", "GUWAHATI, India (Reuters) - Police blamed "
         "separatist rebels of the United Liberation Front of Asom for a bomb that killed 15 people, most of them "
         "schoolchildren, at an Independence Day parade in Assam on Sunday.",
         ("United Liberation Front of Asom=IND",),
         gold=("IND>IND:11|112|1121",), ok=("IND>IND:18|180|183",), kind="dl"),
    # sanctions, recalls and cuts aimed "on", "to" and "from" someone
    Lead("t-imf-turkey", "IMF to lend Turkey $10 billion", "Reuters - The International Monetary Fund agreed in "
         "principle on Wednesday to lend Turkey #36;10 billion over three years to support its economic reforms.",
         ("International Monetary Fund=IGO", "Turkey=TUR"),
         gold=("IGO>TUR:07|071|03|033|0331|05|057",), kind="credit"),
    Lead("t-eu-aid-haiti", "EU sends aid to flood-hit Haiti", "Reuters - The European Commission on Monday "
         "approved 1.6 million euros in emergency aid to Haiti, where floods from Tropical Storm Jeanne killed "
         "more than 1,500 people.",
         ("European Commission=IGOEUREEC", "Haiti=HTI"),
         gold=("IGO>HTI:07|070|073|03|033",), kind="credit"),
    Lead("t-japan-samawah", "Japanese troops arrive in Samawah", "SAMAWAH, Iraq (Reuters) - The main body of "
         "Japanese ground troops arrived in the southern Iraqi city of Samawah on Sunday on a mission to purify "
         "water and rebuild schools, Japan#39;s first deployment to a country at war since 1945.",
         ("Japan=JPN",),
         gold=("JPN>IRQ:07|070|073|074|06|062",), kind="dl"),
    Lead("t-trinidad-extradited", "Colombia extradites FARC leader to U.S.", "Reuters - Colombia extradited senior "
         "FARC rebel Simon Trinidad to the United States on Friday to face drug trafficking and kidnapping "
         "charges.",
         ("Colombia=COL", "FARC=COLREB", "Simon Trinidad=COLREB", "United States=USA"),
         gold=("COL>USA:06|063",), ok=("COL>COL:17|174|08|084",), kind="credit"),
    Lead("t-powell-pakistan-ally", "U.S. to name Pakistan a major ally", "ISLAMABAD (Reuters) - Secretary of State "
         "Colin Powell said on Thursday Washington would designate Pakistan a major non-NATO ally, a day after he "
         "visited New Delhi.",
         ("Colin Powell=USAGOV", "Washington=USA", "Pakistan=PAK", "New Delhi=IND"),
         gold=("USA>PAK:03|030|032|0312|05|050", "USA>IND:04|042"), ok=("USA>PAK:04|042",), kind="dl"),
    # coercion at home: police, courts and prosecutors against their own people, the country from the dateline
    Lead("t-natbol-detained", "Police detain radicals in Kremlin office", "MOSCOW (Reuters) - Police detained about "
         "40 members of the radical National Bolshevik Party on Tuesday after they occupied a reception room of "
         "the presidential administration and demanded Putin#39;s resignation.",
         ("National Bolshevik Party=RUSOPP", "Putin=RUSGOV"),
         gold=("RUS>RUS:17|173", "RUS>RUS:14|140|141|144|10|104|1041"), kind="dl"),
    Lead("t-kenya-teargas", "Kenyan police tear-gas constitution marchers", "NAIROBI (Reuters) - Police fired tear "
         "gas at thousands of protesters demanding a new constitution in central Nairobi on Wednesday.",
         ("Nairobi=KEN",),
         gold=("KEN>KEN:17|175", "KEN>KEN:14|140|141|1414|10|104"), kind="dl"),
    Lead("t-jean-juste", "Haitian police arrest pro-Aristide priest", "Reuters - Haitian police arrested Roman "
         "Catholic priest Gerard Jean-Juste, an outspoken supporter of ousted President Jean-Bertrand Aristide, "
         "at his church in Port-au-Prince on Wednesday.",
         ("Gerard Jean-Juste=HTI", "Jean-Bertrand Aristide=HTI"),
         gold=("HTI>HTI:17|173",), kind="credit"),
    Lead("t-shevardnadze-son-in-law", "Shevardnadze's son-in-law held", "TBILISI (Reuters) - Prosecutors arrested "
         "the son-in-law of former President Eduard Shevardnadze on Sunday on suspicion of tax evasion, part of "
         "the new leadership#39;s anti-corruption drive.",
         ("Eduard Shevardnadze=GEO",),
         gold=("GEO>GEO:17|173",), kind="dl"),
    Lead("t-rios-montt-house-arrest", "Rios Montt under house arrest", "A Guatemalan judge placed former "
         "dictator Efrain Rios Montt under house arrest on Tuesday over riots that killed a journalist last year.",
         ("Efrain Rios Montt=GTM",),
         gold=("GTM>GTM:17|173",), kind="bare"),
    Lead("t-asahara-sentenced", "Japan sentences cult guru to death", "TOKYO (Reuters) - A Tokyo court sentenced "
         "Aum Shinrikyo guru Shoko Asahara to death on Friday for masterminding the 1995 nerve gas attack on the "
         "city#39;s subway that killed 12 people.",
         ("Shoko Asahara=JPN", "Aum Shinrikyo=JPN"),
         gold=("JPN>JPN:17|173|11|116",), kind="dl"),
    Lead("t-egypt-hizb-britons", "Egypt jails three Britons", "CAIRO (Reuters) - An Egyptian state security court "
         "sentenced 26 men, among them three Britons, to prison on Thursday for belonging to the banned Islamic "
         "Liberation Party.",
         ("Islamic Liberation Party=EGY",),
         gold=("EGY>EGY:17|173|11|116", "EGY>GBR:17|173|11|116"), kind="dl"),
    Lead("t-zarqawi-sentenced", "Jordan sentences Zarqawi to death in absentia", "Reuters - A Jordanian military "
         "court sentenced eight Islamist militants to death on Tuesday, including Abu Musab al-Zarqawi in absentia, "
         "for the 2002 killing of U.S. diplomat Laurence Foley in Amman.",
         ("Abu Musab al-Zarqawi=JOR", "Laurence Foley=USAGOV"),
         gold=("JOR>JOR:17|173|11|116",), kind="credit"),
    Lead("t-motassadeq-freed", "German court frees Sept. 11 suspect", "HAMBURG (Reuters) - A German court on "
         "Wednesday ordered the release of Moroccan Mounir el Motassadeq, the only man convicted over the Sept. "
         "11 attacks, pending his retrial.",
         ("Mounir el Motassadeq=MAR",),
         gold=("DEU>MAR:08|084|0841",), kind="dl"),
    Lead("t-mauritania-trial", "Mauritania tries 181 coup suspects", "Reuters - A Mauritanian military court on "
         "Sunday began the trial of 181 soldiers and politicians accused of plotting to overthrow President Maaouya "
         "Ould Taya.",
         ("Maaouya Ould Taya=MRTGOV",),
         gold=("MRT>MRT:17|173|11|112",), kind="credit"),
    Lead("t-saddam-arraigned", "Saddam faces Iraqi judge", "Reuters - A defiant Saddam Hussein appeared before an "
         "Iraqi judge on Thursday, who read him seven preliminary charges including the gassing of Kurds at "
         "Halabja.",
         ("Saddam Hussein=IRQ",),
         gold=("IRQ>IRQ:17|173|11|112",), kind="credit"),
    # assault and force: doers and victims in passives, participles and appositions
    Lead("t-ghoul-killed", "Hamas bomb maker killed in Gaza strike", "Reuters - Adnan al-Ghoul, a senior Hamas "
         "commander who Israel says developed the group#39;s Qassam rockets, was killed by a missile fired from an "
         "Israeli helicopter in Gaza City late on Thursday.",
         ("Adnan al-Ghoul=PSE", "Hamas=PSE", "Israel=ISR"),
         gold=("ISR>PSE:18|180|186|19|190|195",), ok=("ISR>PSE:11|112",), kind="credit"),
    Lead("t-beersheba-buses", "Hamas claims Beersheba bus bombings", "AP - Hamas claimed responsibility for twin "
         "suicide bombings that tore through two buses in the southern Israeli city of Beersheba on Tuesday, "
         "killing 16 people.",
         ("Hamas=PSE",),
         gold=("PSE>ISR:18|180|183|1831",), kind="credit"),
    Lead("t-chen-shot", "Taiwan's Chen shot on eve of vote", "TAINAN, Taiwan (Reuters) - President Chen Shui-bian "
         "and Vice President Annette Lu were shot and slightly wounded by a gunman as they campaigned in an open "
         "jeep in the southern city of Tainan on Friday.",
         ("Chen Shui-bian=TWNGOV", "Annette Lu=TWNGOV"),
         gold=("TWN>TWN:18|180|182|185",), kind="dl"),
    Lead("t-kmt-recount-protest", "Opposition rallies for recount", "Reuters - Tens of thousands of opposition "
         "supporters protested outside the presidential office in Taipei for a second night on Sunday, "
         "demanding a recount of the disputed election.",
         ("Taipei=TWN",),
         gold=("TWN>TWN:14|140|141|10|100",), kind="credit"),
    Lead("t-karuna-attacked", "Tigers attack renegade commander", "Tamil Tiger fighters attacked forces loyal to "
         "renegade eastern commander Karuna on Friday, killing at least 20 of his men in the first fighting "
         "between the two factions.",
         ("Tamil Tiger=LKA", "Karuna=LKA"),
         gold=("LKA>LKA:19|190|193|18",), kind="bare"),
    Lead("t-muqrin-killed", "Saudis kill al Qaeda leader", "RIYADH (Reuters) - Saudi security forces killed "
         "Abdulaziz al-Muqrin, the leader of al Qaeda in the kingdom, hours after his group beheaded an American "
         "hostage, state television said.",
         ("Abdulaziz al-Muqrin=SAU",),
         gold=("SAU>SAU:18|180|19|190|193", "SAU>USA:18|180|1823|181"), kind="dl"),
    Lead("t-houthi-killed", "Yemen kills rebel cleric", "SANAA (Reuters) - Yemeni troops killed rebel cleric "
         "Hussein Badreddin al-Houthi in a mountain hideout on Friday, ending a three-month revolt in the north, "
         "the Defense Ministry said.",
         ("Hussein Badreddin al-Houthi=YEM",),
         gold=("YEM>YEM:18|180|19|190|193",), kind="dl"),
    Lead("t-iran-seizes-boats", "Iran seizes British boats", "Reuters - Iranian forces seized three British navy "
         "patrol boats and their eight crew on the Shatt al-Arab waterway on Monday, saying they had strayed into "
         "Iranian waters.",
         (),
         gold=("IRN>GBR:17|171|173|18|181",), ok=("IRN>GBR:11|112",), kind="credit"),
    Lead("t-fo-summons-iran", "Britain summons Iranian envoy", "LONDON (Reuters) - The Foreign Office summoned "
         "Iran#39;s ambassador on Tuesday to demand the immediate release of eight servicemen held by Iranian "
         "forces.",
         ("Foreign Office=GBRGOV",),
         gold=("GBR>IRN:10|1053",), ok=("GBR>IRN:11|114|04|040", "IRN>GBR:17|173"), kind="dl"),
    Lead("t-french-journalists-handed", "Freed French reporters in French hands", "Reuters - Two French journalists "
         "held hostage in Iraq for four months were freed by the Islamic Army in Iraq and handed to French "
         "diplomats in Baghdad on Tuesday.",
         ("Islamic Army in Iraq=IRQREB",),
         gold=("IRQ>FRA:08|084|0841",), kind="credit"),
    Lead("t-kongra-gel-truce", "Kurdish rebels end truce", "AFP - The Kurdish rebel group Kongra-Gel, formerly "
         "the PKK, called off its five-year unilateral ceasefire on Tuesday, saying Turkish forces had kept up "
         "operations against its fighters.",
         ("Kongra-Gel=TUR", "PKK=TUR"),
         gold=("TUR>TUR:13|138|19|196|12|1246",), ok=("TUR>TUR:11|112",), kind="credit"),
    Lead("t-pakistan-shaheen", "Pakistan test-fires missile", "AP - Pakistan test-fired a nuclear-capable "
         "Shaheen ballistic missile on Tuesday, the army said, its third test this year.",
         ("Pakistan=PAK",),
         gold=("PAK>:15|150",), kind="credit"),
    Lead("t-alkhanov-congratulated", "Putin greets new Chechen leader", "Reuters - Russian President Vladimir Putin "
         "on Monday congratulated Alu Alkhanov, the Kremlin-backed police chief elected Chechen president a day "
         "earlier, and promised him help rebuilding the region.",
         ("Vladimir Putin=RUSGOV", "Alu Alkhanov=RUS"),
         gold=("RUS>RUS:05|051", "RUS>RUS:03|033|0331"), kind="credit"),
    Lead("t-iran-dole", "Iran turns down U.S. aid mission", "TEHRAN (Reuters) - Iran on Monday turned down a U.S. "
         "offer to send a humanitarian delegation led by Senator Elizabeth Dole to the quake-hit city of Bam.",
         ("Iran=IRN", "Elizabeth Dole=USALEG"),
         gold=("IRN>USA:12|120|122|1223",), ok=("USA>IRN:03|033|0333",), kind="dl"),
    # the target only in the headline, in a pronoun or "the two leaders", or from the dateline
    Lead("t-eljahmi-freed", "Libya frees dissident after Biden visit", "Reuters - Fathi Eljahmi, jailed since 2002 "
         "for calling for free elections, was freed on Friday, a day after U.S. Senator Joseph Biden met Muammar "
         "Gaddafi in Tripoli.",
         ("Fathi Eljahmi=LBY", "Joseph Biden=USALEG", "Muammar Gaddafi=LBYGOV"),
         gold=("LBY>LBY:08|084|0841", "USA>LBY:04|040|042"), ok=("LBY>USA:04|040|043",), kind="credit"),
    Lead("t-koguryo-protest", "Seoul protests to Beijing over ancient kingdom", "South Korea lodged a protest on "
         "Friday over a government website that dropped references to the ancient Koguryo kingdom as part of "
         "Korean history.",
         ("South Korea=KOR",),
         gold=("KOR>CHN:11|111|114|14",), kind="bare"),
    Lead("t-maoists-free-soldiers", "Maoists free captured soldiers", "KATHMANDU (Reuters) - Maoist rebels freed 10 "
         "soldiers they had captured in a raid last month, handing them over to the Red Cross in western Nepal on "
         "Sunday.",
         ("Red Cross=NGO",),
         gold=("NPL>NPL:08|084|0841",), ok=("NPL>NGO:08|084|06|063",), kind="dl"),
    Lead("t-abdullah-mubarak", "Jordan, Egypt leaders meet on Gaza pullout", "Reuters - Jordan#39;s King Abdullah "
         "and Egyptian President Hosni Mubarak met in Sharm el-Sheikh on Saturday. The two leaders urged Israel "
         "to coordinate its Gaza pullout with the Palestinians.",
         ("King Abdullah=JORGOV", "Hosni Mubarak=EGYGOV", "Israel=ISR"),
         gold=("JOR>EGY:04|040|042", "EGY>JOR:04|040|043", "JOR>ISR:02|020|022|0242",
               "EGY>ISR:02|020|022|0242"), kind="credit"),
    Lead("t-singh-kashmir-offer", "Singh offers talks in Kashmir", "SRINAGAR, India (Reuters) - Indian Prime "
         "Minister Manmohan Singh arrived in Kashmir on Wednesday for his first visit, offering talks to any "
         "group that renounces violence.",
         ("Manmohan Singh=INDGOV",),
         gold=("IND>IND:03|030|036",), kind="dl"),
    Lead("t-sahraoui-killed", "Algeria kills Islamist leader", "ALGIERS (Reuters) - The army killed Nabil Sahraoui, "
         "leader of the Salafist Group for Preaching and Combat, and three of his aides in the Kabylie mountains, "
         "newspapers said on Monday.",
         ("Nabil Sahraoui=DZA", "Salafist Group for Preaching and Combat=DZA"),
         gold=("DZA>DZA:19|190|193|18|180",), kind="dl"),
    Lead("t-azahari-named", "Police name Malaysian as embassy bomb mastermind", "JAKARTA (Reuters) - Police named "
         "fugitive Malaysian bomb maker Azahari bin Husin on Friday as the mastermind of the car bomb outside the "
         "Australian embassy.",
         ("Azahari bin Husin=MYS",),
         gold=("IDN>MYS:11|112|1121",), kind="dl"),
    Lead("t-roh-reinstated", "Court restores Roh to office", "SEOUL (Reuters) - The Constitutional Court on Friday "
         "threw out parliament#39;s impeachment of President Roh Moo-hyun, restoring him to office two months after "
         "he was suspended.",
         ("Roh Moo-hyun=KORGOV",),
         gold=("KOR>KOR:12|120",), ok=("KOR>KOR:08|080|083",), kind="dl"),
    Lead("t-topol-warning", "Russia tests new missile", "AP - Russia test-fired an intercontinental ballistic "
         "missile during strategic exercises on Wednesday, in what analysts called a warning to Washington over "
         "its missile defense plans.",
         ("Russia=RUS", "Washington=USA"),
         gold=("RUS>:15|150",), ok=("RUS>USA:15|150|13",), kind="credit"),
    Lead("t-allawi-kuwait", "Allawi in Kuwait", "Iraqi interim Prime Minister Ayad Allawi was received by Kuwait#39;s "
         "emir on Saturday on the first visit by an Iraqi head of government since the 1990 invasion.",
         ("Ayad Allawi=IRQGOV",),
         gold=("IRQ>KWT:04|040|042", "KWT>IRQ:04|040|043"), kind="bare"),
    Lead("t-qurei-suleiman", "Qurei meets Egypt's spy chief", "Reuters - Ahmed Qurei, the Palestinian prime minister "
         "who offered to resign last month in a row over control of the security forces, met Egyptian intelligence "
         "chief Omar Suleiman in Cairo on Sunday.",
         ("Ahmed Qurei=PSEGOV", "Omar Suleiman=EGYGOV"),
         gold=("PSE>EGY:04|040|042", "EGY>PSE:04|040|043"), kind="credit"),
    Lead("t-sinai-roundup", "Egypt rounds up Bedouin after Taba", "Egyptian police have rounded up hundreds of "
         "Bedouin in northern Sinai in the hunt for the Taba bombers, human rights groups said on Monday.",
         (),
         gold=("EGY>EGY:17|173",), kind="bare"),
    Lead("t-manila-ndf-talks", "Manila, communist rebels resume talks", "Reuters - The Philippine government and "
         "communist rebels resumed peace talks in Oslo on Saturday after a break of more than two years.",
         (),
         gold=("PHL>PHL:04|040|044|046",), kind="credit"),
    Lead("t-nca-marchers", "Zimbabwe police arrest constitution marchers", "HARARE (Reuters) - Police arrested 48 "
         "members of the National Constitutional Assembly on Wednesday as they marched through the capital "
         "demanding a new constitution.",
         ("National Constitutional Assembly=ZWE",),
         gold=("ZWE>ZWE:17|173", "ZWE>ZWE:14|140|141|1414|10|104"), kind="dl"),
    Lead("t-amnesty-tak-bai", "Amnesty wants probe into Thai deaths", "AP - Amnesty International on Tuesday called "
         "for an independent inquiry into the deaths of 78 Muslim protesters in Thai army custody.",
         ("Amnesty International=NGO",),
         gold=("NGO>THA:10|101|02|020",), kind="credit"),
    # no codable event: disasters, sport, markets, analysis, deaths, appointments, forecasts and options
    Lead("t-ivan-jamaica", "Hurricane Ivan batters Jamaica", "Reuters - Hurricane Ivan pounded Jamaica with "
         "155-mph winds on Saturday, killing at least 15 people and tearing roofs off homes.",
         ("Jamaica=JAM",), kind="credit"),
    Lead("t-ryongchon", "Train blast kills 161 in North Korea", "BEIJING (Reuters) - A train carrying fuel exploded "
         "at Ryongchon station near North Korea#39;s border with China, killing 161 people, many of them "
         "schoolchildren, the Red Cross said on Saturday.",
         ("Red Cross=NGO",), kind="dl"),
    Lead("t-brent-falls", "Oil falls as Iraq fears ease", "Reuters - Brent crude fell below #36;40 a barrel on Monday "
         "as fears of supply disruption in southern Iraq eased.",
         (), kind="credit"),
    Lead("t-analysis-putin-kiev", "Analysis: Putin's Ukraine gamble backfires", "Vladimir Putin#39;s open support "
         "for Viktor Yanukovich may have cost Moscow influence in Kiev for years, analysts say.",
         ("Vladimir Putin=RUSGOV", "Viktor Yanukovich=UKRGOV"), kind="bare"),
    Lead("t-zayed-dies", "UAE founder Sheikh Zayed dies", "ABU DHABI (Reuters) - Sheikh Zayed bin Sultan "
         "al-Nahayan, who founded the United Arab Emirates and ruled it for 33 years, died on Tuesday, state "
         "television said.",
         ("Zayed bin Sultan al-Nahayan=ARE",), kind="dl"),
    Lead("t-hoon-may-send", "Britain may send more troops to Iraq", "Reuters - Britain may send more troops to Iraq "
         "if U.S. commanders ask for them, Defence Secretary Geoff Hoon said on Monday.",
         ("Geoff Hoon=GBRGOV",), kind="credit"),
    Lead("t-gasparovic-wins", "Gasparovic wins Slovak presidency", "BRATISLAVA (Reuters) - Ivan Gasparovic won "
         "Slovakia#39;s presidential runoff on Saturday, defeating his former mentor Vladimir Meciar.",
         ("Ivan Gasparovic=SVK", "Vladimir Meciar=SVK"), kind="dl"),
    Lead("t-china-satellite", "China launches science satellite", "AFP - China launched a scientific research "
         "satellite from the Jiuquan space centre on Monday, state media said.",
         ("China=CHN",), kind="credit"),
    Lead("t-japan-poll", "Most Japanese oppose extending Iraq mission", "Reuters - Most Japanese oppose extending "
         "the mission of their troops in Iraq beyond December, a newspaper poll showed on Monday.",
         (), kind="credit"),
    Lead("t-pipeline-expected", "India, Pakistan may discuss gas pipeline", "Indian and Pakistani officials are "
         "expected to discuss a gas pipeline from Iran through Pakistan when they meet next month.",
         (), kind="bare"),
    Lead("t-asuncion-fire", "Supermarket fire kills hundreds in Paraguay", "ASUNCION (Reuters) - A fire swept "
         "through a crowded supermarket in Paraguay#39;s capital on Sunday, killing at least 300 people.",
         (), kind="dl"),
    Lead("t-cabinet-to-vote", "Israeli cabinet to vote on Gaza plan", "AP - Israel#39;s cabinet is set to vote on "
         "Prime Minister Ariel Sharon#39;s plan to withdraw from Gaza next week, officials said.",
         ("Ariel Sharon=ISRGOV",), kind="credit"),
    Lead("t-sihanouk-abdicates", "Sihanouk abdicates", "Reuters - Cambodia#39;s ailing King Norodom Sihanouk said on "
         "Thursday he was abdicating, leaving the country to choose a new monarch.",
         ("Norodom Sihanouk=KHM",), kind="credit"),
    Lead("t-meghna-ferry", "Ferry sinks in Bangladesh", "DHAKA (Reuters) - An overcrowded ferry capsized in a storm "
         "on the Meghna river on Sunday, and more than 100 passengers were feared drowned.",
         (), kind="dl"),
    Lead("t-bernhard-dies", "Dutch Prince Bernhard dies at 93", "Reuters - Prince Bernhard of the Netherlands, "
         "husband of the late Queen Juliana, died on Wednesday at the age of 93.",
         ("Prince Bernhard=NLD",), kind="credit"),
    Lead("t-el-guerrouj", "El Guerrouj completes Olympic double", "ATHENS (Reuters) - Morocco#39;s Hicham El "
         "Guerrouj beat Kenya#39;s Eliud Kipchoge in the 5,000 metres on Saturday to complete a rare Olympic "
         "double.",
         ("Hicham El Guerrouj=MAR", "Eliud Kipchoge=KEN"), kind="dl"),
    Lead("t-yudhoyono-sworn", "Yudhoyono sworn in", "AP - Susilo Bambang Yudhoyono was sworn in as Indonesia#39;s "
         "president on Wednesday, promising to fight corruption and terrorism.",
         ("Susilo Bambang Yudhoyono=IDNGOV",), kind="credit"),
    Lead("t-koizumi-postal-battle", "Koizumi wins party battle over postal plan", "Reuters - Japanese Prime Minister "
         "Junichiro Koizumi won a bruising battle with his party#39;s old guard on Friday over his plan to "
         "privatise the postal system.",
         ("Junichiro Koizumi=JPNGOV",), kind="credit"),
    Lead("t-sarkozy-ump", "Sarkozy takes over Chirac's party", "PARIS (Reuters) - Nicolas Sarkozy was elected leader "
         "of President Jacques Chirac#39;s ruling UMP party on Sunday, setting up a possible challenge for the "
         "2007 presidency.",
         ("Nicolas Sarkozy=FRA", "Jacques Chirac=FRAGOV"), kind="dl"),
    Lead("t-unaids-asia", "AIDS spreading fast in Asia", "AFP - HIV infections are rising fastest in East Asia, "
         "the U.N. AIDS agency said in a report on Tuesday.",
         ("U.N. AIDS agency=IGOUNO",), kind="credit"),
    Lead("t-putin-japan-expected", "Putin may visit Japan next year", "Russian officials said on Tuesday President "
         "Vladimir Putin was expected to visit Japan early next year, though no date has been set.",
         ("Vladimir Putin=RUSGOV",), kind="bare"),
)
# fmt: on
