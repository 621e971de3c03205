# declarative table: the leads of the blind set of real wire stories of August to December 2004.
"""The leads of the blind set of real wire stories of August to December 2004, kept apart from their tests for
length. Every lead, actor code and gold event was written by hand, from memory of the period's news, by
events_guidelines.md and the CAMEO codebook before the coder's output on them was seen; no article text is
copied. The corpus's noise comes as "Iraq #39;s" (an export's space for the lost "&"), glued "Iraq#39;s", and
"#36;" for a dollar sign."""

from __future__ import annotations

from tests.understand.actors.lead_sets import Lead

# fmt: off
LEADS: tuple[Lead, ...] = (
    # Iraq: Najaf, Falluja, hostages, the election run-up
    Lead("n-najaf-battle", "U.S. troops battle Sadr militia in Najaf", "NAJAF, Iraq (Reuters) - U.S. Marines "
         "and tanks fought Mehdi Army militiamen in the Old City of Najaf on Thursday, edging closer to the "
         "Imam Ali shrine where Shi'ite cleric Moqtada al-Sadr's fighters are holed up.",
         ("U.S. Marines=USAMIL", "Mehdi Army=IRQREB", "Moqtada al-Sadr=IRQ"),
         gold=("USAMIL>IRQREB:19|190", "IRQREB>USAMIL:19|190"), kind="dl"),
    Lead("n-najaf-journalists", "Police round up journalists in Najaf", "Iraqi police burst into a Najaf "
         "hotel on Sunday and detained dozens of foreign and Iraqi journalists, after the government ordered "
         "reporters to leave the city.", ("Iraqi police=IRQCOP",),
         gold=("IRQCOP>:17|173", "IRQGOV>:17|172|174"), ok=("IRQCOP>IRQ:17|173",), kind="bare"),
    Lead("c-sadr-city-arms", "Sadr City fighters hand in weapons", "AP - Militiamen loyal to radical cleric "
         "Moqtada al-Sadr began handing in rocket launchers and mortars to Iraqi police in Baghdad#39;s Sadr "
         "City on Monday under a deal to end weeks of fighting.",
         ("Militiamen=IRQREB", "Moqtada al-Sadr=IRQ", "Iraqi police=IRQCOP"),
         gold=("IRQREB>IRQCOP:08|087|0873",), kind="credit"),
    Lead("d-falluja-assault", "U.S. troops storm Falluja", "FALLUJA, Iraq (Reuters) - Thousands of U.S. "
         "Marines and Iraqi troops pushed into the rebel city of Falluja on Monday night, backed by tanks and "
         "air strikes, in the biggest offensive since the fall of Saddam Hussein.",
         ("U.S. Marines=USAMIL", "Iraqi troops=IRQMIL"),
         gold=("USAMIL>IRQREB:19|190|195", "IRQMIL>IRQREB:19|190"), ok=("USAMIL>IRQ:19|190|195",
         "IRQMIL>IRQ:19|190"), kind="dl"),
    Lead("b-allawi-emergency", "Iraq declares state of emergency", "Iraq #39;s interim Prime Minister Iyad "
         "Allawi declared a 60-day state of emergency across most of the country on Sunday as insurgents "
         "stepped up attacks ahead of a U.S. assault on Falluja.", ("Iyad Allawi=IRQGOV", "insurgents=IRQREB"),
         gold=("IRQGOV>IRQ:17|172|1724",), kind="bare"),
    Lead("c-nepalis-killed", "Militants say they killed 12 Nepalis", "AFP - An Iraqi militant group, the "
         "Army of Ansar al-Sunna, said on Tuesday it had killed 12 Nepalese hostages, and posted pictures on a "
         "Web site of one being beheaded.", ("Army of Ansar al-Sunna=IRQREB", "Nepalese hostages=NPL"),
         gold=("IRQREB>NPL:18|180|182|1823",), kind="credit"),
    Lead("d-kathmandu-riot", "Nepalis riot over hostage killings", "KATHMANDU (Reuters) - Angry mobs "
         "ransacked a mosque and attacked the offices of Arab airlines in Kathmandu on Wednesday after the "
         "killing of 12 Nepalese workers in Iraq, and the government imposed a curfew.",
         ("Angry mobs=NPLCVL",), gold=("NPLCVL>:14|145", "NPLGOV>NPL:17|172|1723"),
         ok=("NPLCVL>:18|180",), kind="dl"),
    Lead("c-baldoni", "Italian journalist killed in Iraq", "Reuters - The Islamic Army in Iraq said it had "
         "killed Italian freelance journalist Enzo Baldoni after Rome refused its demand to pull Italian "
         "troops out of the country within 48 hours.",
         ("Islamic Army in Iraq=IRQREB", "Enzo Baldoni=ITA", "Rome=ITAGOV"),
         gold=("IRQREB>ITA:18|180|182|1823", "ITAGOV>IRQREB:12|120|124"), kind="credit"),
    Lead("b-recruits-massacre", "49 Iraqi recruits found shot", "Insurgents ambushed three minibuses "
         "carrying unarmed Iraqi army recruits home from training near the Iranian border on Saturday, "
         "lining up 49 of them and shooting them in the head.",
         ("Insurgents=IRQREB", "Iraqi army recruits=IRQMIL"),
         gold=("IRQREB>IRQMIL:18|180|20|202|19|190",), kind="bare"),
    Lead("b-children-bombs", "Bombs kill 35 children in Baghdad", "Car bombs tore through a crowd of "
         "children gathered to receive sweets from U.S. soldiers at the opening of a sewage plant in western "
         "Baghdad on Thursday, killing 35 of them.", ("U.S. soldiers=USAMIL",),
         gold=(">IRQ:18|183|180",), ok=(">USAMIL:18|183|180",), kind="bare"),
    Lead("c-koda-threat", "Koizumi refuses to pull troops", "AP - Prime Minister Junichiro Koizumi refused on "
         "Wednesday to withdraw Japanese troops from Iraq, after militants threatened in a video to behead a "
         "young Japanese man unless Tokyo did so within 48 hours.",
         ("Junichiro Koizumi=JPNGOV", "militants=IRQREB", "Tokyo=JPNGOV"),
         gold=("JPNGOV>IRQREB:12|120|124", "IRQREB>JPN:13|130|133|18|181"), ok=("IRQREB>JPNGOV:13|130|133",),
         kind="credit"),
    Lead("b-election-date", "Iraq sets Jan. 30 election date", "Iraq #39;s electoral commission said on "
         "Sunday the country would hold its first free elections in half a century on January 30, despite a "
         "wave of violence in the Sunni Muslim heartland.", ("electoral commission=IRQGOV",), kind="bare"),
    Lead("c-shiite-list", "Shi'ite parties unveil joint list", "Reuters - Iraq#39;s main Shi'ite parties, "
         "backed by Grand Ayatollah Ali al-Sistani, registered a single list of 228 candidates for January#39;s "
         "election on Thursday, with Sunni Arab groups still weighing a boycott.",
         ("Ali al-Sistani=IRQ",), kind="credit"),
    Lead("d-mosul-police", "Insurgents overrun Mosul police stations", "MOSUL, Iraq (Reuters) - Insurgents "
         "attacked police stations across Mosul on Thursday, seizing weapons and setting buildings on fire "
         "as many policemen abandoned their posts.", ("Insurgents=IRQREB", "policemen=IRQCOP"),
         gold=("IRQREB>IRQCOP:18|180|19|190",), kind="dl"),
    Lead("d-hungary-pullout", "Hungary to bring troops home", "BUDAPEST (Reuters) - Hungary will withdraw its "
         "300 troops from Iraq by the end of March, Prime Minister Ferenc Gyurcsany said on Wednesday, after "
         "parliament refused to extend their mandate.",
         ("Hungary=HUN", "Ferenc Gyurcsany=HUNGOV", "parliament=HUNLEG"),
         gold=("HUNGOV>IRQ:08|087|0874|03|030",), ok=("HUN>IRQ:08|087|0874|03|030", "HUNLEG>HUNGOV:12|120"),
         kind="dl"),
    Lead("c-black-watch", "British troops to move nearer Baghdad", "AP - Britain will send about 850 troops "
         "of the Black Watch regiment to an area south of Baghdad to free U.S. forces for an offensive, Defence "
         "Secretary Geoff Hoon told parliament on Thursday.",
         ("Britain=GBR", "Black Watch=GBRMIL", "Geoff Hoon=GBRGOV"),
         gold=("GBR>IRQ:03|15|150|154",), ok=("GBRGOV>IRQ:03|15|150|154", "GBR>USA:07|074|03"),
         kind="credit"),
    Lead("b-iraq-sunni-boycott-analysis", "Analysis: Sunni turnout is key", "With most Sunni Arab parties "
         "threatening to stay away, analysts say a low turnout in the Sunni heartland could rob January#39;s "
         "Iraqi election of legitimacy in the eyes of many Iraqis.", (), kind="bare"),
    Lead("d-baghdad-jazeera-tape", "Hostage tape shows British engineer", "DUBAI (Reuters) - Al Jazeera "
         "television broadcast a video on Wednesday showing a kidnapped British engineer pleading with "
         "Prime Minister Tony Blair to save his life.",
         ("Al Jazeera=QATMED", "Tony Blair=GBRGOV"),
         gold=("GBR>GBRGOV:02|020|10|105",), ok=("GBRCVL>GBRGOV:02|020|10|105",), kind="dl"),
    # Palestinians and Israel
    Lead("d-chirac-arafat", "Chirac visits ailing Arafat", "PARIS (Reuters) - President Jacques Chirac "
         "visited Yasser Arafat at a military hospital near Paris on Monday, where the Palestinian leader has "
         "been treated since being flown out of Ramallah last week.",
         ("Jacques Chirac=FRAGOV", "Yasser Arafat=PSEGOV"),
         gold=("FRAGOV>PSEGOV:04|042|040",), kind="dl"),
    Lead("c-suha-accuses", "Arafat's wife accuses leaders", "AFP - Suha Arafat accused senior Palestinian "
         "officials on Monday of trying to bury her husband alive, as Prime Minister Ahmed Qurei and Mahmoud "
         "Abbas prepared to fly to Paris to visit the ailing leader.",
         ("Suha Arafat=PSE", "Ahmed Qurei=PSEGOV", "Mahmoud Abbas=PSEGOV"),
         gold=("PSE>PSEGOV:11|112",), ok=("PSECVL>PSEGOV:11|112",), kind="credit"),
    Lead("b-arafat-dies", "Arafat dies at 75", "Yasser Arafat, who led the Palestinians#39; struggle for "
         "statehood for four decades, died in a Paris hospital early on Thursday, Palestinian officials said.",
         ("Yasser Arafat=PSEGOV", "Palestinian officials=PSEGOV"), kind="bare"),
    Lead("d-ramallah-burial", "Arafat buried in Ramallah", "RAMALLAH, West Bank (Reuters) - Tens of "
         "thousands of grieving Palestinians swarmed Yasser Arafat#39;s compound on Friday as his coffin was "
         "lowered into the ground, firing guns in the air and chanting his name.",
         ("Yasser Arafat=PSEGOV",), kind="dl"),
    Lead("b-abbas-tent-shots", "Gunmen fire at Abbas mourning tent", "Gunmen opened fire at a mourning tent "
         "for Yasser Arafat in Gaza City on Sunday minutes after Mahmoud Abbas arrived, killing two security "
         "guards, in a sign of the turmoil facing the new Palestinian leadership.",
         ("Gunmen=PSE", "Mahmoud Abbas=PSEGOV", "security guards=PSECOP"),
         gold=("PSE>PSECOP:18|180|19|190", "PSE>PSEGOV:18|180|19|190"), kind="bare"),
    Lead("c-barghouti-runs", "Barghouti to run from jail", "Reuters - Jailed uprising leader Marwan Barghouti "
         "registered on Wednesday as a candidate in the January 9 Palestinian presidential election, "
         "challenging Mahmoud Abbas, the choice of the ruling Fatah movement.",
         ("Marwan Barghouti=PSE", "Mahmoud Abbas=PSEGOV", "Fatah=PSE"), kind="credit"),
    Lead("d-gaza-jabalya", "Israel pushes into Gaza camp", "GAZA (Reuters) - Israeli troops backed by tanks "
         "and helicopters pushed into the Jabalya refugee camp on Thursday, a day after a Palestinian rocket "
         "killed two Israeli children in the town of Sderot.",
         ("Israeli troops=ISRMIL",),
         gold=("ISRMIL>PSE:19|190|195",), ok=(">ISR:18|180|19|190", "PSE>ISR:19|190|18|180"), kind="dl"),
    Lead("c-rafah-girl", "Troops shoot dead schoolgirl", "AP - Israeli soldiers shot dead a 13-year-old "
         "Palestinian girl near an army post in Rafah on Tuesday, and the army said it had opened an "
         "investigation into the shooting.", ("Israeli soldiers=ISRMIL", "Palestinian girl=PSE"),
         gold=("ISRMIL>PSE:18|180|19|190", "ISRMIL>ISRMIL:09|090"), ok=("ISRMIL>:09|090",), kind="credit"),
    Lead("d-jerusalem-egypt-police", "Sharon apologises to Egypt", "JERUSALEM (Reuters) - Prime Minister Ariel "
         "Sharon apologised to Egypt on Friday after an Israeli tank crew shot dead three Egyptian policemen "
         "on the Gaza border, mistaking them for Palestinian militants.",
         ("Ariel Sharon=ISRGOV", "Egypt=EGY", "Egyptian policemen=EGYCOP"),
         gold=("ISRGOV>EGY:05|055", "ISRMIL>EGYCOP:18|180|19|190"), kind="dl"),
    Lead("b-qiz-deal", "Egypt, Israel sign trade pact", "Egypt and Israel signed a trade deal on Tuesday that "
         "lets Egyptian factories using Israeli inputs export duty-free to the United States, the biggest "
         "economic accord between the neighbours in two decades.", ("Egypt=EGY", "Israel=ISR"),
         gold=("EGY>ISR:05|057|06|061", "ISR>EGY:05|057|06|061"), kind="bare"),
    Lead("c-damascus-hamas", "Syria blames Israel for car bomb", "Reuters - A car bomb killed a senior Hamas "
         "official in Damascus on Sunday, and Syria accused Israel of carrying out the attack.",
         ("Hamas=PSEREB", "Syria=SYR", "Israel=ISR"),
         gold=(">PSEREB:18|183|180", "SYR>ISR:11|112"), ok=("ISR>PSEREB:18|183|180",), kind="credit"),
    Lead("b-knesset-pullout", "Knesset backs Gaza plan", "Israel #39;s parliament approved Prime Minister "
         "Ariel Sharon#39;s plan to withdraw from the Gaza Strip on Tuesday by 67 votes to 45, after a stormy "
         "debate in which settlers rallied outside.",
         ("Israel #39;s parliament=ISRLEG", "Ariel Sharon=ISRGOV"),
         gold=("ISRLEG>ISRGOV:05|051",), ok=("ISR>PSE:08|087|0874|03|030", "ISRLEG>PSE:08|087|0874|03|030",
         "ISRCVL>ISRLEG:14|141"), kind="bare"),
    Lead("b-abbas-uprising", "Abbas calls armed uprising a mistake", "Palestinian leader Mahmoud Abbas said "
         "the use of weapons in the four-year uprising against Israel had been a mistake and should end, in "
         "an interview published on Tuesday.", ("Mahmoud Abbas=PSEGOV",),
         gold=("PSEGOV>:11|111|02|020",), kind="bare"),
    # Iran and the nuclear talks
    Lead("d-tehran-rowhani", "Iran rejects IAEA call", "TEHRAN (Reuters) - Iran#39;s top nuclear negotiator "
         "Hassan Rowhani rejected on Sunday a U.N. nuclear watchdog demand that Tehran halt all uranium "
         "enrichment work, saying the resolution was illegal.",
         ("Hassan Rowhani=IRNGOV", "Tehran=IRNGOV"),
         gold=("IRNGOV>IGOIAEA:12|120|124|11|111",), kind="dl"),
    Lead("c-iran-uf6", "Iran to convert uranium", "AP - Iran has begun converting 37 tons of raw uranium into "
         "the gas used for enrichment, its atomic energy chief Gholamreza Aghazadeh said on Tuesday.",
         ("Gholamreza Aghazadeh=IRNGOV",), kind="credit"),
    Lead("c-iran-talks-brussels", "Iran, Europeans hold nuclear talks", "Reuters - Iranian negotiators met "
         "officials from Britain, France and Germany in Brussels on Wednesday, seeking a deal that would avert "
         "U.N. sanctions over Tehran#39;s nuclear program.",
         ("Iranian negotiators=IRNGOV", "Britain=GBR", "France=FRA", "Germany=DEU"),
         gold=("IRNGOV>GBR:04|040|043|046", "IRNGOV>FRA:04|040|043|046", "IRNGOV>DEU:04|040|043|046",
               "GBR>IRNGOV:04|040|046", "FRA>IRNGOV:04|040|046", "DEU>IRNGOV:04|040|046"),
         ok=("GBRGOV>IRNGOV:04|040|046", "FRAGOV>IRNGOV:04|040|046", "DEUGOV>IRNGOV:04|040|046"),
         kind="credit"),
    Lead("b-bolton-iran", "U.S. doubts Iran deal", "Iran cannot be trusted to keep its promise to freeze "
         "uranium enrichment, a senior U.S. official said on Monday, adding that Washington still wanted "
         "the case sent to the U.N. Security Council.", ("senior U.S. official=USAGOV",),
         gold=("USAGOV>IRN:11|111|112",), ok=("USAGOV>IGOUNO:10|02",), kind="bare"),
    # North Korea, Japan, China, Taiwan
    Lead("d-tokyo-aid-freeze", "Japan freezes aid to North Korea", "TOKYO (Reuters) - Japan froze food aid "
         "to North Korea on Tuesday after DNA tests showed that remains Pyongyang handed over as those of an "
         "abducted Japanese woman belonged to someone else.",
         ("Japan=JPN", "North Korea=PRK", "Pyongyang=PRKGOV"),
         gold=("JPN>PRK:16|162|1623",), ok=("JPN>PRKGOV:11|112", "PRKGOV>JPN:08|084"), kind="dl"),
    Lead("c-choe-weapons", "North Korea says plutonium used for bombs", "AFP - North Korea said on Monday "
         "it had turned plutonium from 8,000 spent fuel rods into nuclear weapons, and Vice Foreign Minister "
         "Choe Su-hon told the U.N. General Assembly the arms were a deterrent against U.S. threats.",
         ("North Korea=PRK", "Choe Su-hon=PRKGOV"),
         gold=("PRKGOV>USA:11|112",), ok=("PRK>USA:15|150|11|112",), kind="credit"),
    Lead("b-ryanggang-blast", "Blast in North Korea not nuclear", "A huge explosion in North Korea near the "
         "Chinese border last week was not a nuclear test, South Korean and U.S. officials said on Monday, "
         "though the cause remains unclear.", ("South Korean=KOR",), kind="bare"),
    Lead("d-santiago-hu-koizumi", "Hu, Koizumi meet at APEC", "SANTIAGO, Chile (Reuters) - Chinese President "
         "Hu Jintao told Japanese Prime Minister Junichiro Koizumi on Sunday to stop visiting a war shrine "
         "that honours war criminals, as the two leaders met on the sidelines of the APEC summit.",
         ("Hu Jintao=CHNGOV", "Junichiro Koizumi=JPNGOV"),
         gold=("CHNGOV>JPNGOV:10|100|02|020", "CHNGOV>JPNGOV:04|040|043", "JPNGOV>CHNGOV:04|040|043"),
         ok=("CHNGOV>JPNGOV:11|111",), kind="dl"),
    Lead("c-secession-law", "Taiwan condemns China law", "Reuters - Taiwan#39;s government condemned on "
         "Saturday a plan by China#39;s parliament to pass an anti-secession law, saying it could be used to "
         "justify an attack on the island.",
         ("Taiwan#39;s government=TWNGOV", "China#39;s parliament=CHNLEG"),
         gold=("TWNGOV>CHNLEG:11|111",), ok=("TWNGOV>CHN:11|111",), kind="credit"),
    Lead("b-taiwan-poll", "Chen's camp fails to win majority", "Taiwan President Chen Shui-bian #39;s ruling "
         "party and its allies failed to win a majority in legislative elections on Saturday, a blow to his "
         "plans to rewrite the constitution.", ("Chen Shui-bian=TWNGOV",), kind="bare"),
    Lead("c-hanyuan-protest", "Farmers protest over dam in China", "AP - Tens of thousands of farmers "
         "protesting against a hydropower dam in China#39;s southwestern Sichuan province clashed with police "
         "this week, and Beijing sent paramilitary troops to restore order.",
         ("farmers=CHNCVL", "police=CHNCOP", "Beijing=CHNGOV", "paramilitary troops=CHNMIL"),
         gold=("CHNCVL>CHNGOV:14|141|145", "CHNCVL>CHNCOP:14|145|18|180", "CHNGOV>CHNCVL:15|150|17|175"),
         ok=("CHNCOP>CHNCVL:17|175|18|180", "CHNMIL>CHNCVL:15|150|17|175"), kind="credit"),
    Lead("d-beijing-growth", "China's growth eases", "BEIJING (Reuters) - China#39;s economy grew 9.1 percent "
         "in the third quarter from a year earlier, slowing slightly as government curbs on lending and "
         "investment began to bite, the statistics bureau said.", ("statistics bureau=CHNGOV",), kind="dl"),
    # Russia, Chechnya, Ukraine, Belarus
    Lead("c-baluyevsky-strike", "Russia says it may strike abroad", "Reuters - Russia#39;s armed forces chief "
         "of staff, General Yuri Baluyevsky, said on Wednesday that Moscow would take any measures to destroy "
         "terrorist bases anywhere in the world after the Beslan school siege.",
         ("Yuri Baluyevsky=RUSMIL", "Moscow=RUSGOV"),
         gold=("RUSMIL>:13|130|138",), kind="credit"),
    Lead("b-planes-explosive", "Traces of explosive found in plane wreck", "Investigators found traces of "
         "explosive in the wreckage of one of two Russian airliners that crashed almost simultaneously on "
         "Tuesday night, killing all 89 people aboard, the FSB security service said.",
         ("FSB=RUSGOV",), kind="bare"),
    Lead("d-grozny-raid", "Rebels raid Grozny", "GROZNY, Russia (Reuters) - Hundreds of Chechen rebels swept "
         "into Grozny on Saturday night, attacking polling stations and police posts and killing more than 40 "
         "people, a week before the election of a new Chechen president.",
         ("Chechen rebels=RUSREB",), gold=("RUSREB>RUSCOP:19|190|18|180",), ok=("RUSREB>RUS:19|190|18|180",),
         kind="dl"),
    Lead("c-metro-bomber", "Suicide bomber kills 10 in Moscow", "AP - A woman suicide bomber blew herself up "
         "outside a Moscow subway station on Tuesday night, killing at least 10 people, a week after two "
         "airliners were downed.", ("suicide bomber=RUSREB",),
         gold=("RUSREB>RUS:18|183|1831",), ok=("RUSREB>RUSCVL:18|183|1831",), kind="credit"),
    Lead("d-kiev-blockade", "Protesters blockade Kiev government", "KIEV (Reuters) - Thousands of supporters "
         "of opposition leader Viktor Yushchenko blockaded the main government building in Kiev on Friday, "
         "preventing Prime Minister Viktor Yanukovich from entering.",
         ("Viktor Yushchenko=UKROPP", "Viktor Yanukovich=UKRGOV"),
         gold=("UKROPP>UKRGOV:14|144|141",), ok=("UKRCVL>UKRGOV:14|144|141",), kind="dl"),
    Lead("c-powell-ukraine", "Powell rejects Ukraine result", "Reuters - Secretary of State Colin Powell said "
         "on Wednesday the United States could not accept the result of Ukraine#39;s presidential runoff as "
         "legitimate, and warned of consequences for relations.",
         ("Colin Powell=USAGOV", "United States=USA"),
         gold=("USAGOV>UKR:12|120|11|111", "USAGOV>UKR:13|130"), ok=("USAGOV>UKRGOV:12|120|11|111|13|130",),
         kind="credit"),
    Lead("b-kiev-roundtable", "Kuchma, rivals hold talks with mediators", "Ukraine #39;s President Leonid "
         "Kuchma met opposition leader Viktor Yushchenko and Prime Minister Viktor Yanukovich on Friday, with "
         "Polish President Aleksander Kwasniewski and EU foreign policy chief Javier Solana mediating.",
         ("Leonid Kuchma=UKRGOV", "Viktor Yushchenko=UKROPP", "Viktor Yanukovich=UKRGOV",
          "Aleksander Kwasniewski=POLGOV", "Javier Solana=IGOEUREEC"),
         gold=("UKRGOV>UKROPP:04|040", "UKROPP>UKRGOV:04|040", "POLGOV>UKR:04|045|040",
               "IGOEUREEC>UKR:04|045|040"), kind="bare"),
    Lead("d-kiev-court", "Supreme Court annuls Ukraine vote", "KIEV (Reuters) - Ukraine#39;s Supreme Court "
         "annulled the result of last month#39;s presidential runoff on Friday and ordered a new vote by "
         "December 26, handing a victory to opposition leader Viktor Yushchenko.",
         ("Ukraine#39;s Supreme Court=UKRJUD", "Viktor Yushchenko=UKROPP"), kind="dl"),
    Lead("c-yushchenko-wins", "Yushchenko wins rerun", "AP - Opposition leader Viktor Yushchenko won "
         "Ukraine#39;s repeat presidential runoff with 52 percent of the vote, the election commission said on "
         "Monday, with nearly all ballots counted.", ("Viktor Yushchenko=UKROPP",), kind="credit"),
    Lead("d-minsk-protest", "Police beat protesters in Minsk", "MINSK (Reuters) - Riot police in Belarus beat "
         "and detained dozens of protesters on Tuesday who had marched on President Alexander Lukashenko#39;s "
         "offices to denounce a referendum letting him run for a third term.",
         ("Riot police=BLRCOP", "protesters=BLRCVL", "Alexander Lukashenko=BLRGOV"),
         gold=("BLRCOP>BLRCVL:17|173|175|18|180", "BLRCVL>BLRGOV:14|141|11"), kind="dl"),
    # Europe
    Lead("d-amsterdam-vangogh", "Dutch filmmaker murdered", "AMSTERDAM (Reuters) - A man shot and stabbed "
         "Dutch filmmaker Theo van Gogh to death on an Amsterdam street on Tuesday, weeks after he made a film "
         "criticising the treatment of women in Islam.", ("Theo van Gogh=NLD",),
         gold=(">NLD:18|180|182",), kind="dl"),
    Lead("c-uden-school", "Muslim school set on fire", "Reuters - An Islamic primary school in the southern "
         "Dutch town of Uden was destroyed by fire on Tuesday in an arson attack, as tension grew after the "
         "murder of a filmmaker.", (), gold=(">NLD:18|180",), kind="credit"),
    Lead("b-leipzig-hartz", "Thousands protest German reforms", "Tens of thousands of people marched through "
         "Leipzig and other eastern German cities on Monday to protest against Chancellor Gerhard "
         "Schroeder#39;s cuts to unemployment benefits.", ("Gerhard Schroeder=DEUGOV",),
         gold=("DEUCVL>DEUGOV:14|141",), ok=("DEU>DEUGOV:14|141",), kind="bare"),
    Lead("d-paris-eta", "ETA leaders held in France", "PARIS (Reuters) - French police arrested the suspected "
         "political chief of Basque separatist group ETA, Mikel Albisu, and his partner in southwest France on "
         "Sunday, in what Spain called a decisive blow to the group.",
         ("French police=FRACOP", "ETA=ESPSEP", "Mikel Albisu=ESPSEP", "Spain=ESP"),
         gold=("FRACOP>ESPSEP:17|173",), ok=("ESP>FRACOP:05|051",), kind="dl"),
    Lead("c-eta-bombs", "ETA bombs hit petrol stations", "AFP - Basque separatist group ETA set off five small "
         "bombs at petrol stations around Madrid on Monday after phoning warnings, causing no injuries.",
         ("ETA=ESPSEP",), gold=("ESPSEP>:18|183",), ok=("ESPSEP>ESP:18|183",), kind="credit"),
    Lead("b-madrid-court-plot", "Spain holds suspects in court bomb plot", "Spanish police arrested eight "
         "suspected Islamic militants on Monday accused of plotting to blow up the National Court in Madrid "
         "with a truck bomb, the Interior Ministry said.",
         ("Spanish police=ESPCOP", "Interior Ministry=ESPGOV"),
         gold=("ESPCOP>:17|173",), ok=("ESPCOP>ESP:17|173", "ESPCOP>ESPREB:17|173"), kind="bare"),
    Lead("d-brussels-barroso", "Barroso withdraws his team", "STRASBOURG (Reuters) - European Commission "
         "President-designate Jose Manuel Barroso withdrew his proposed team on Wednesday, hours before "
         "European Parliament lawmakers were expected to reject it over Italy#39;s nominee Rocco Buttiglione.",
         ("Jose Manuel Barroso=IGOEUREEC", "European Parliament=IGOEUREEC", "Rocco Buttiglione=ITA"),
         gold=("IGOEUREEC>IGOEUREEC:08|080",), kind="dl"),
    Lead("c-abu-hamza", "Abu Hamza charged in London", "Reuters - British police charged radical Muslim "
         "cleric Abu Hamza al-Masri on Tuesday with 16 offences including soliciting murder, delaying his "
         "extradition to the United States.",
         ("British police=GBRCOP", "Abu Hamza al-Masri=GBR"), gold=("GBRCOP>GBR:17|173",), kind="credit"),
    Lead("b-kyoto-ratify", "Putin signs Kyoto law", "President Vladimir Putin signed a law on Friday ratifying "
         "the Kyoto Protocol on climate change, clearing the way for the pact to take effect early next year.",
         ("Vladimir Putin=RUSGOV",), kind="bare"),
    Lead("b-romania-vote", "Basescu wins Romanian presidency", "Bucharest mayor Traian Basescu won "
         "Romania#39;s presidential runoff on Sunday, beating Prime Minister Adrian Nastase in an upset, "
         "partial results showed.", ("Traian Basescu=ROU", "Adrian Nastase=ROUGOV"), kind="bare"),
    # Afghanistan, Pakistan, India, Nepal, Bangladesh
    Lead("c-afghan-ink", "Karzai rivals call for vote to be annulled", "AP - Fifteen candidates challenging "
         "President Hamid Karzai called on Saturday for the presidential election to be annulled, saying ink "
         "meant to stop people voting twice could be rubbed off.",
         ("Hamid Karzai=AFGGOV",), gold=("AFGOPP>:10|100|104",), ok=("AFGOPP>AFGGOV:10|100|104|11",),
         kind="credit"),
    Lead("d-kabul-cheney", "Cheney attends Karzai inauguration", "KABUL (Reuters) - Vice President Dick Cheney "
         "flew into Kabul on Tuesday for the swearing-in of Hamid Karzai as Afghanistan#39;s first elected "
         "president, amid tight security.", ("Dick Cheney=USAGOV", "Hamid Karzai=AFGGOV"),
         gold=("USAGOV>AFG:04|042",), ok=("USAGOV>AFGGOV:04|042",), kind="dl"),
    Lead("b-gardez-rocket", "Rocket fired at Karzai helicopter", "Suspected Taliban militants fired a rocket "
         "at a U.S. military helicopter carrying President Hamid Karzai as it landed in the eastern town of "
         "Gardez on Thursday, forcing him to abandon his first campaign trip.",
         ("Taliban militants=AFGREB", "Hamid Karzai=AFGGOV"),
         gold=("AFGREB>AFGGOV:18|180|19|190",), ok=("AFGREB>USAMIL:18|180|19|190",), kind="bare"),
    Lead("d-herat-riots", "Rioters attack U.N. offices in Herat", "HERAT, Afghanistan (Reuters) - Supporters "
         "of ousted governor Ismail Khan set fire to United Nations offices in the western city of Herat on "
         "Sunday, a day after President Hamid Karzai removed him from his post.",
         ("Ismail Khan=AFG", "United Nations=IGOUNO", "Hamid Karzai=AFGGOV"),
         gold=("AFG>IGOUNO:14|145|18|180", "AFGGOV>AFG:17|172|16"), ok=("AFGCVL>IGOUNO:14|145|18|180",),
         kind="dl"),
    Lead("c-farooqi-killed", "Pakistan kills militant wanted for Musharraf plots", "Reuters - Pakistani "
         "security forces killed Amjad Farooqi, a militant wanted over two attempts on President Pervez "
         "Musharraf#39;s life, in a gun battle in the southern town of Nawabshah on Sunday.",
         ("Amjad Farooqi=PAKREB", "Pervez Musharraf=PAKGOV"),
         gold=("PAK>PAKREB:18|180|19|190",), ok=("PAKMIL>PAKREB:18|180|19|190",
         "PAKCOP>PAKREB:18|180|19|190"), kind="credit"),
    Lead("d-wana-chinese", "Chinese engineers kidnapped", "WANA, Pakistan (Reuters) - Militants loyal to "
         "tribal commander Abdullah Mehsud kidnapped two Chinese engineers working on a dam in South "
         "Waziristan on Saturday and threatened to kill them unless troops pulled back.",
         ("Abdullah Mehsud=PAKREB", "Chinese engineers=CHN"),
         gold=("PAKREB>CHN:18|181", "PAKREB>PAK:13|130|1382|10"), ok=("PAKREB>CHN:13|130",
         "PAKREB>PAKMIL:13|130|10"), kind="dl"),
    Lead("d-delhi-fm-talks", "India, Pakistan foreign ministers meet", "NEW DELHI (Reuters) - Indian Foreign "
         "Minister Natwar Singh and his Pakistani counterpart Khurshid Kasuri held talks in New Delhi on "
         "Monday on Kashmir and other disputes, and agreed to keep the peace process going.",
         ("Natwar Singh=INDGOV", "Khurshid Kasuri=PAKGOV"),
         gold=("INDGOV>PAKGOV:04|040|043", "PAKGOV>INDGOV:04|040|042",
               "INDGOV>PAKGOV:03|030|036", "PAKGOV>INDGOV:03|030|036"), kind="dl"),
    Lead("b-kashmir-troop-cut", "India to cut troops in Kashmir", "India will reduce its troops in Kashmir "
         "this winter because of an improvement in the security situation, Prime Minister Manmohan Singh#39;s "
         "office said on Thursday.", ("Manmohan Singh=INDGOV",),
         gold=("INDGOV>:08|087|0874|03|030",), ok=("INDGOV>IND:08|087|0874",), kind="bare"),
    Lead("c-maoist-truce", "Nepal's Maoists call Dashain truce", "Reuters - Nepal#39;s Maoist rebels "
         "declared a one-week ceasefire on Monday for the country#39;s biggest Hindu festival, Dashain, but the "
         "government said its security forces would stay on alert.",
         ("Maoist rebels=NPLREB",), gold=("NPLREB>NPLGOV:08|087|0871",), ok=("NPLREB>:08|087|0871",),
         kind="credit"),
    Lead("b-nepal-police-post", "Maoists kill 12 police in Nepal", "Maoist rebels attacked a police post in "
         "western Nepal before dawn on Wednesday, killing 12 policemen in one of the deadliest raids since "
         "peace talks collapsed last year, officials said.",
         ("Maoist rebels=NPLREB", "policemen=NPLCOP"), gold=("NPLREB>NPLCOP:18|180|19|190",), kind="bare"),
    Lead("b-hasina-grenades", "Grenades hit Hasina rally", "Grenades were thrown into a rally of Bangladesh "
         "opposition leader Sheikh Hasina in Dhaka on Saturday, killing at least 16 people, but she escaped "
         "with minor injuries.", ("Sheikh Hasina=BGDOPP",), gold=(">BGDOPP:18|180|183",), kind="bare"),
    Lead("c-awami-strike", "Bangladesh opposition calls strike", "AP - Bangladesh#39;s main opposition Awami "
         "League called a 30-hour general strike on Sunday to protest the grenade attack on its rally, and "
         "accused the government of failing to protect its leader.",
         ("Awami League=BGDOPP",), gold=("BGDOPP>BGDGOV:14|143|1431", "BGDOPP>BGDGOV:11|112"),
         kind="credit"),
    # South-East Asia
    Lead("d-yangon-khin-nyunt", "Myanmar premier ousted", "YANGON (Reuters) - Myanmar#39;s military rulers "
         "ousted Prime Minister Khin Nyunt on Tuesday and placed him under house arrest, accusing him of "
         "corruption, state media said.", ("Khin Nyunt=MMRGOV",),
         gold=("MMRGOV>MMRGOV:17|173|172", "MMRGOV>MMRGOV:11|112"), kind="dl"),
    Lead("c-myanmar-frees", "Myanmar frees prisoners", "Reuters - Myanmar#39;s junta said on Thursday it had "
         "freed nearly 4,000 prisoners, including veteran student activist Min Ko Naing, saying they had been "
         "wrongly jailed by the disbanded intelligence service.",
         ("junta=MMRGOV", "Min Ko Naing=MMR"), gold=("MMRGOV>MMR:08|084|0841",), kind="credit"),
    Lead("b-munir-arsenic", "Arsenic found in activist's body", "Dutch forensic tests found a lethal dose of "
         "arsenic in the body of Indonesian human rights activist Munir, who died on a flight to Amsterdam in "
         "September, his widow said.", ("Munir=IDN",), kind="bare"),
    Lead("c-solo-crash", "Plane skids off runway in Indonesia", "AP - A Lion Air jet skidded off a wet runway "
         "while landing in the central Javanese city of Solo on Tuesday night, killing at least 26 people.",
         ("Lion Air=IDNBUS",), kind="credit"),
    Lead("b-quezon-floods", "Storms kill hundreds in Philippines", "Landslides and flash floods triggered by "
         "a tropical storm have killed more than 400 people in the northeastern Philippine province of "
         "Quezon, with hundreds missing, officials said on Thursday.", (), kind="bare"),
    # The tsunami
    Lead("d-colombo-tsunami", "Tsunami kills thousands in Sri Lanka", "COLOMBO (Reuters) - Giant waves "
         "triggered by a massive undersea earthquake off Indonesia smashed into Sri Lanka#39;s coast on "
         "Sunday, killing more than 4,500 people, officials said.", (), kind="dl"),
    Lead("c-india-aid", "India declines foreign aid", "Reuters - India said on Tuesday it would not seek "
         "foreign aid for tsunami relief, saying it could cope on its own, and offered help to neighbouring "
         "Sri Lanka and the Maldives.", ("India=IND", "Sri Lanka=LKA", "Maldives=MDV"),
         gold=("IND>:12|120|121", "IND>LKA:07|070|073|03|033", "IND>MDV:07|070|073|03|033"), kind="credit"),
    Lead("c-egeland-stingy", "U.N. official calls rich nations stingy", "AP - The U.N. emergency relief "
         "coordinator, Jan Egeland, said on Monday that rich countries were being stingy with foreign aid, "
         "drawing a sharp response from Secretary of State Colin Powell.",
         ("Jan Egeland=IGOUNO", "Colin Powell=USAGOV"),
         gold=("IGOUNO>:11|111",), ok=("USAGOV>IGOUNO:11|111|12",), kind="credit"),
    Lead("b-us-pledge", "U.S. raises tsunami aid", "The United States raised its pledge of aid to the "
         "countries hit by the tsunami to #36;350 million on Friday, ten times its first offer.",
         ("United States=USA",), gold=("USA>:03|033|0331|07|071",), kind="bare"),
    Lead("d-phuket-tourists", "Tourists among dead in Thailand", "PHUKET, Thailand (Reuters) - Hundreds of "
         "foreign tourists were among more than 1,500 people killed when the tsunami swept over beaches on "
         "Thailand#39;s Andaman coast, officials said on Tuesday.", (), kind="dl"),
    # Africa
    Lead("d-capetown-thatcher", "Mark Thatcher arrested", "CAPE TOWN (Reuters) - South African police "
         "arrested Mark Thatcher, son of former British Prime Minister Margaret Thatcher, at his Cape Town "
         "home on Wednesday on suspicion of helping to fund a coup plot in Equatorial Guinea.",
         ("South African police=ZAFCOP", "Mark Thatcher=GBR"),
         gold=("ZAFCOP>GBR:17|173",), ok=("ZAFCOP>GBR:11|112",), kind="dl"),
    Lead("c-ngo-bill", "Zimbabwe bans foreign rights groups", "AP - Zimbabwe#39;s parliament passed a law on "
         "Thursday banning foreign human rights groups and barring local ones from taking foreign funds, a "
         "measure critics said aimed to silence dissent before March elections.",
         ("Zimbabwe#39;s parliament=ZWELEG",), gold=("ZWELEG>NGO:17|172|1721",),
         ok=("ZWELEG>ZWENGO:17|172|1721", "ZWELEG>:17|172|1721"), kind="credit"),
    Lead("b-tsvangirai-acquitted", "Tsvangirai cleared of treason", "Zimbabwe#39;s opposition leader Morgan "
         "Tsvangirai was acquitted of treason by the High Court on Friday, ending a trial over charges that "
         "he plotted to kill President Robert Mugabe.",
         ("Morgan Tsvangirai=ZWEOPP", "High Court=ZWEJUD", "Robert Mugabe=ZWEGOV"), kind="bare"),
    Lead("d-bouake-raids", "Ivorian jets bomb rebel north", "ABIDJAN (Reuters) - Ivory Coast#39;s air force "
         "bombed the rebel stronghold of Bouake for a second day on Friday, shattering an 18-month ceasefire "
         "and drawing condemnation from the United Nations.",
         ("Ivory Coast#39;s air force=CIVMIL", "United Nations=IGOUNO"),
         gold=("CIVMIL>CIVREB:19|190|195", "IGOUNO>CIVMIL:11|111"), ok=("CIVMIL>CIV:19|190|195",
         "IGOUNO>CIV:11|111", "IGOUNO>CIVGOV:11|111"), kind="dl"),
    Lead("b-sudan-nairobi-council", "Council meets in Nairobi", "The U.N. Security Council opened a rare "
         "session outside New York in Nairobi on Thursday, hoping to push Sudan#39;s government and southern "
         "rebels to sign a final peace deal by the end of the year.", ("U.N. Security Council=IGOUNO",),
         kind="bare"),
    # The Americas
    Lead("d-caracas-fraud", "Venezuelan opposition cries fraud", "CARACAS (Reuters) - Venezuela#39;s "
         "opposition said on Monday that President Hugo Chavez had won Sunday#39;s recall referendum through "
         "massive fraud, and refused to accept the result.",
         ("Hugo Chavez=VENGOV",), gold=("VENOPP>VENGOV:11|112", "VENOPP>VENGOV:12|120"), kind="dl"),
    Lead("c-carter-endorses", "Carter backs Chavez win", "Reuters - Former U.S. President Jimmy Carter and "
         "Organization of American States chief Cesar Gaviria endorsed on Tuesday the official result of "
         "Venezuela#39;s recall vote, which President Hugo Chavez won easily.",
         ("Jimmy Carter=USA", "Organization of American States=IGOOAS", "Cesar Gaviria=IGOOAS",
          "Hugo Chavez=VENGOV"),
         gold=("USA>VEN:05|051", "IGOOAS>VEN:05|051"), ok=("USA>VENGOV:05|051", "IGOOAS>VENGOV:05|051"),
         kind="credit"),
    Lead("b-anderson-bomb", "Car bomb kills Venezuelan prosecutor", "A car bomb killed Venezuelan state "
         "prosecutor Danilo Anderson in Caracas on Thursday night, as he investigated those accused of "
         "backing a 2002 coup against President Hugo Chavez.",
         ("Danilo Anderson=VENJUD", "Hugo Chavez=VENGOV"), gold=(">VENJUD:18|183",), kind="bare"),
    Lead("d-santiago-pinochet", "Pinochet charged over murders", "SANTIAGO, Chile (Reuters) - A Chilean "
         "judge indicted former dictator Augusto Pinochet on Monday on charges of kidnapping and murder under "
         "Operation Condor, and ordered him placed under house arrest.",
         ("Augusto Pinochet=CHL",), gold=("CHLJUD>CHL:17|173",), kind="dl"),
    Lead("c-tlahuac-lynching", "Mob burns police in Mexico City", "AP - An angry mob in a poor district of "
         "Mexico City beat two federal police officers and burned them alive on Tuesday, after rumours spread "
         "that they were child kidnappers.", ("federal police officers=MEXCOP",),
         gold=("MEXCVL>MEXCOP:18|180|182|14|145",), kind="credit"),
    Lead("b-gonaives-floods", "Floods devastate Haitian city", "Floods unleashed by Tropical Storm Jeanne "
         "have killed more than 1,500 people in Haiti, most of them in the northern city of Gonaives, where "
         "survivors fought over scarce food and water.", (), kind="bare"),
    Lead("d-pap-latortue", "Haiti blames Aristide backers for police killings", "PORT-AU-PRINCE, Haiti "
         "(Reuters) - Haiti#39;s interim Prime Minister Gerard Latortue accused supporters of ousted President "
         "Jean-Bertrand Aristide on Monday of beheading three policemen in a wave of violence in the "
         "capital.", ("Gerard Latortue=HTIGOV", "Jean-Bertrand Aristide=HTI"),
         gold=("HTIGOV>HTI:11|112",), ok=("HTI>HTICOP:18|180",), kind="dl"),
    Lead("c-cromagnon", "Fire kills 175 at Buenos Aires club", "Reuters - A fire tore through a packed "
         "nightclub in Buenos Aires during a rock concert on Thursday night, killing at least 175 people, most "
         "of them teenagers, officials said.", (), kind="credit"),
    # The U.S. election from abroad
    Lead("c-binladen-tape", "Bin Laden warns Americans in tape", "AFP - Osama bin Laden appeared in a new "
         "video aired by Al Jazeera on Friday, telling Americans their security was in their own hands and "
         "mocking President George W. Bush, days before the U.S. election.",
         ("Osama bin Laden=", "Al Jazeera=QATMED", "George W. Bush=USAGOV"),
         gold=(">USAGOV:11|111", ">USA:13|130"), kind="credit"),
    Lead("b-europe-reacts", "Europe reacts warily to Bush win", "European leaders offered cautious "
         "congratulations to President George W. Bush on his re-election on Wednesday, while newspapers from "
         "Paris to Berlin lamented four more years of strained ties.", ("George W. Bush=USAGOV",),
         gold=("EUR>USAGOV:05|051",), ok=("IGO>USAGOV:05|051",), kind="bare"),
    Lead("c-powell-resigns", "Powell resigns", "Reuters - Secretary of State Colin Powell, the moderate face of "
         "the Bush administration abroad, resigned on Monday, and officials said national security adviser "
         "Condoleezza Rice was likely to succeed him.",
         ("Colin Powell=USAGOV", "Condoleezza Rice=USAGOV"), kind="credit"),
    # Lebanon and Syria
    Lead("d-beirut-redeploy", "Syria pulls troops back in Lebanon", "BEIRUT (Reuters) - Syrian troops began "
         "pulling out of positions south of Beirut on Tuesday in a redeployment Damascus said was agreed with "
         "Lebanon, weeks after a U.N. resolution demanded their withdrawal.",
         ("Syrian troops=SYRMIL", "Damascus=SYRGOV", "Lebanon=LBN"),
         gold=("SYRMIL>LBN:08|087|0874",), ok=("SYRGOV>LBN:05|057|06",), kind="dl"),
    Lead("b-hamadeh-bomb", "Car bomb wounds Lebanese politician", "A car bomb wounded Lebanese opposition "
         "politician Marwan Hamadeh and killed his driver in Beirut on Friday, weeks after he resigned from the "
         "cabinet in protest at Syria#39;s hold on the country.",
         ("Marwan Hamadeh=LBNOPP",), gold=(">LBNOPP:18|183",), ok=(">LBN:18|183",), kind="bare"),
    # Odds and ends
    Lead("c-kasuri-no-deal", "No breakthrough expected on Kashmir", "Reuters - Few analysts expect Pakistan "
         "and India to make real progress on Kashmir soon, but both sides seem keen to keep talking, and a "
         "cricket series has helped warm ties.", ("Pakistan=PAK", "India=IND"), kind="credit"),
    Lead("b-eu-china-embargo", "EU moves toward lifting China arms ban", "The European Union told China on "
         "Wednesday it would work toward lifting an arms embargo imposed after the 1989 Tiananmen crackdown, "
         "but set no date, at a summit in The Hague.", ("European Union=IGOEUREEC", "China=CHN"),
         gold=("IGOEUREEC>CHN:03|034|0343|030",), ok=("IGOEUREEC>CHN:04|040|043",
         "CHN>IGOEUREEC:04|040|042"), kind="bare"),
    Lead("c-hu-latin", "Hu tours Latin America", "AP - Chinese President Hu Jintao arrived in Brazil on "
         "Thursday at the start of a Latin American tour aimed at securing oil, iron ore and soybeans for "
         "China#39;s booming economy.", ("Hu Jintao=CHNGOV",),
         gold=("CHNGOV>BRA:04|042",), kind="credit"),
    Lead("b-oil-record", "Oil hits record above #36;55", "Oil prices hit a record above #36;55 a barrel on "
         "Monday on worries about supply from Nigeria and Iraq and a slow recovery of U.S. output after "
         "Hurricane Ivan.", (), kind="bare"),
    # Leads with nothing to code: disasters, analysis, expected or hypothetical acts
    Lead("b-ivan-grenada", "Hurricane Ivan flattens Grenada", "Hurricane Ivan tore through Grenada on "
         "Tuesday, killing at least 12 people and damaging nine out of ten homes, before heading toward "
         "Jamaica and the Cayman Islands.", (), kind="bare"),
    Lead("d-tokyo-typhoon", "Typhoon kills dozens in Japan", "TOKYO (Reuters) - Typhoon Tokage, the deadliest "
         "to hit Japan in more than two decades, left at least 70 people dead or missing on Thursday after "
         "triggering floods and landslides across western Japan.", (), kind="dl"),
    Lead("c-ukraine-analysis", "Ukraine crisis pits East against West", "Reuters - Ukraine#39;s disputed "
         "election has turned into a test of wills between Russia and the West, analysts say, with Moscow "
         "backing Prime Minister Viktor Yanukovich and Europe leaning toward his rival.",
         ("Russia=RUS", "Viktor Yanukovich=UKRGOV"), kind="credit"),
    Lead("b-iran-could-face", "Iran could face Council, diplomats say", "Iran could be reported to the U.N. "
         "Security Council if it fails to freeze uranium enrichment before the IAEA board meets in November, "
         "Western diplomats said on Friday.", ("Western diplomats=WST",), kind="bare"),
    Lead("c-prisoners-may", "Israel may free prisoners after vote", "AP - Israel may release some Palestinian "
         "prisoners as a goodwill gesture after the Palestinian presidential election in January, if the new "
         "leadership acts against militants, Israeli officials said on Sunday.",
         ("Israeli officials=ISRGOV",), kind="credit"),
    Lead("d-kabul-turnout", "Afghans turn out in millions", "KABUL (Reuters) - Millions of Afghans, many of "
         "them women voting for the first time, queued for hours on Saturday to vote in the country#39;s first "
         "presidential election, with little of the violence the Taliban had promised.",
         ("Taliban=AFGREB",), kind="dl"),
    Lead("b-euro-record", "Euro hits record against dollar", "The euro rose to a record high above #36;1.33 "
         "on Tuesday as worries about the U.S. trade and budget deficits weighed on the dollar, and European "
         "exporters warned of damage to the recovery.", (), kind="bare"),
    Lead("c-bangkok-birds", "Bird flu kills another Thai boy", "Reuters - A nine-year-old boy died of bird flu "
         "in central Thailand, the health ministry said on Friday, bringing the country#39;s death toll from "
         "the virus this year to 12.", ("health ministry=THAGOV",), kind="credit"),
)
# fmt: on
