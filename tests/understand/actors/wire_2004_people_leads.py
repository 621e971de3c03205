# declarative table: the leads of the blind set of real 2004 wire stories whose actors' countries are told indirectly.
"""The leads of the blind set of real 2004 wire stories dense in actors whose country the text gives only
indirectly: people named once with a descriptor, in lists or in the headline alone; relatives, lawyers and
spokesmen of someone named; hostages and aid workers; clerics and elites; companies and their staff; rebels and
militias named by a place or a leader; state organs named bare ("the army", "parliament", "the court", "the
ministry"); troops, police and diplomats acting abroad; and the other side's people in two-country stories. Kept
apart from their tests for length. Every lead, actor code and gold event was written by hand, from memory of the
period's news, by events_guidelines.md and the CAMEO codebook before the coder's output on them was seen; no
article text is copied.

Coding choices the guidelines leave open, made once here (as in `wire_2004_roles_leads.py`): international aid
and rights groups are `NGO` alone; a U.N. agency or official is `IGOUNO`; a nameless gunman or mob takes the
country where the text puts it; a hostage, worker or reporter takes the nationality the text gives, a named one
the nationality an informed reader knows; a rebel group takes the country it fights in; a person of two
nationalities the one the wire of the period gave him."""

from __future__ import annotations

from tests.understand.actors.lead_sets import Lead

# fmt: off
LEADS: tuple[Lead, ...] = (
    # Hostages and aid workers
    Lead("h-kabul-un-workers", "U.N. workers seized in Kabul", "AP - Gunmen in Kabul seized three foreigners "
         "working for the United Nations on Thursday, among them Annetta Flanigan of Northern Ireland and "
         "Filipino diplomat Angelito Nayan, officials said.",
         ("Gunmen=AFG", "United Nations=IGO", "Annetta Flanigan=GBR", "Angelito Nayan=PHL"),
         gold=("AFG>GBR:18|181", "AFG>PHL:18|181"), ok=("AFG>IGO:18|181",), kind="credit"),
    Lead("h-jaish-demands", "Kidnappers make demands", "KABUL (Reuters) - The Taliban splinter group "
         "Jaish-e-Muslimeen, which says it holds three U.N. workers, demanded on Sunday that the government free "
         "its jailed fighters and that British troops leave the country.",
         ("Jaish-e-Muslimeen=AFG", "British troops=GBR"),
         gold=("AFG>AFG:10|100|101", "AFG>GBR:10|100|101"), kind="dl"),
    Lead("h-hamill-escapes", "Kidnapped truck driver escapes", "Thomas Hamill, the Mississippi truck driver "
         "kidnapped near Falluja three weeks ago, escaped from his captors and flagged down a passing army patrol, "
         "his employer Kellogg Brown and Root said on Sunday.",
         ("Thomas Hamill=USA", "Kellogg Brown and Root=USA"), kind="bare"),
    Lead("h-quattrocchi-rome", "Berlusconi defiant after hostage killed", "AFP - Prime Minister Silvio "
         "Berlusconi said on Thursday that the killing of security guard Fabrizio Quattrocchi by his captors "
         "in Iraq would not change Rome#39;s policy, as three other guards seized with him were still held.",
         ("Silvio Berlusconi=ITA", "Fabrizio Quattrocchi=ITA", "Rome=ITA"), kind="credit"),
    Lead("h-hassoun-beirut", "Missing Marine turns up in Lebanon", "Marine Cpl. Wassef Ali Hassoun, who "
         "vanished from his unit in Iraq and was shown blindfolded in a militant video, turned up at the "
         "embassy in Beirut on Thursday, officials said.", ("Wassef Ali Hassoun=USA",), kind="bare"),
    Lead("h-jahani-karbala", "Iranian envoy seized in Iraq", "Reuters - Iran said on Thursday that gunmen "
         "had kidnapped Fereydoun Jahani, its consul in Karbala, on the road to Baghdad, and demanded that "
         "U.S. forces secure his release.",
         ("Iran=IRN", "gunmen=IRQ", "Fereydoun Jahani=IRN", "U.S. forces=USA"),
         gold=("IRQ>IRN:18|181", "IRN>USA:10|102"), kind="credit"),
    Lead("h-begg-lawyers", "Guantanamo Briton says he was abused", "LONDON (Reuters) - Lawyers for "
         "Moazzam Begg, a Birmingham man held at Guantanamo Bay for two years, said on Friday he had written to "
         "them that he was beaten by interrogators at Bagram air base.",
         ("Moazzam Begg=GBR",), kind="dl"),
    Lead("h-hicks-charged", "Detainee faces tribunal", "A military commission formally charged Guantanamo "
         "detainee David Hicks, a former kangaroo skinner from Adelaide, with conspiracy and aiding the enemy "
         "on Wednesday, the Pentagon said.",
         ("military commission=USA", "David Hicks=AUS", "Pentagon=USA"),
         gold=("USA>AUS:11|111|112",), kind="bare"),
    Lead("h-mayfield-freed", "Lawyer freed in Madrid bomb case", "Brandon Mayfield, the Portland lawyer "
         "arrested by the FBI over a fingerprint on a bag of detonators found in Madrid, was freed on Thursday "
         "after Spanish police matched the print to an Algerian.",
         ("Brandon Mayfield=USA", "FBI=USA", "Spanish police=ESP"),
         gold=(">USA:08|084|0841",), ok=("USA>USA:17|173", "USA>USA:08|084|0841"), kind="bare"),
    Lead("h-gwadar-engineers", "Car bomb kills Chinese in Pakistan", "KARACHI (Reuters) - A car bomb killed "
         "three engineers from China working on a port project in Gwadar on Monday, and Beijing demanded that "
         "Islamabad protect its workers.",
         ("engineers=CHN", "Beijing=CHN", "Islamabad=PAK"), gold=(">CHN:18|183", "CHN>PAK:10|102"),
         ok=("PAK>CHN:18|183",), kind="dl"),
    Lead("h-kgl-drivers", "Kenyan and Indian drivers freed", "AFP - Militants in Iraq freed three Indians, "
         "two Kenyans and an Egyptian on Wednesday after their employer, Kuwait and Gulf Link Transport, agreed "
         "to stop working in the country.",
         ("Militants=IRQ", "Indians=IND", "Kenyans=KEN", "Egyptian=EGY", "Kuwait and Gulf Link Transport=KWT"),
         gold=("IRQ>IND:08|084|0841", "IRQ>KEN:08|084|0841", "IRQ>EGY:08|084|0841"), ok=("KWT>IRQ:08|06",),
         kind="credit"),
    Lead("h-dunning-honiara", "Peacekeeper shot dead in Solomons", "HONIARA (Reuters) - Gunmen shot dead "
         "Adam Dunning, a federal police officer serving with the Australian-led regional mission, in the "
         "Solomon Islands capital on Wednesday, Prime Minister John Howard said.",
         ("Gunmen=SLB", "Adam Dunning=AUS", "John Howard=AUS"), gold=("SLB>AUS:18|180",), kind="dl"),
    # Relatives, lawyers and spokesmen of someone named
    Lead("r-raghad-lawyers", "Saddam's daughter hires lawyers", "AP - Saddam Hussein#39;s eldest daughter "
         "Raghad, who lives in Amman, said on Thursday she had hired a team of lawyers led by Mohammed Rashdan "
         "to defend her father.", ("Saddam Hussein=IRQ", "Raghad=IRQ", "Mohammed Rashdan=JOR"), kind="credit"),
    Lead("r-kidwa-records", "Arafat nephew to collect records", "Nasser al-Kidwa, Yasser Arafat#39;s nephew "
         "and envoy to the United Nations, arrived at the Percy military hospital on Monday to collect his "
         "late uncle#39;s medical records.", ("Nasser al-Kidwa=PSE", "Yasser Arafat=PSE"), kind="bare"),
    Lead("r-omri-sharon", "No charges for Sharon", "Attorney General Menachem Mazuz said on Tuesday he would "
         "not indict Ariel Sharon in a bribery case involving property developer David Appel, but the prime "
         "minister#39;s son Omri still faces charges over campaign funds.",
         ("Menachem Mazuz=ISR", "Ariel Sharon=ISR", "David Appel=ISR", "Omri=ISR"), kind="bare"),
    Lead("r-khazali-disarm", "Sadr aide rules out disarming", "Reuters - Qais al-Khazali, a spokesman for "
         "radical cleric Moqtada al-Sadr, said on Saturday that the cleric#39;s militia would not lay down its "
         "arms while U.S. troops remained in Najaf.",
         ("Qais al-Khazali=IRQ", "Moqtada al-Sadr=IRQ", "militia=IRQ", "U.S. troops=USA"),
         gold=("IRQ>:12|120",), ok=("IRQ>USA:12|120",), kind="credit"),
    Lead("r-kong-quan", "China warns Japan over Taiwan visa", "BEIJING (Reuters) - Foreign Ministry spokesman "
         "Kong Quan said on Tuesday that Tokyo would harm relations if it gave former Taiwan leader Lee "
         "Teng-hui a visa.", ("Kong Quan=CHN", "Tokyo=JPN", "Lee Teng-hui=TWN"),
         gold=("CHN>JPN:13|130|138",), ok=("CHN>JPN:11|111",), kind="dl"),
    Lead("r-asefi-weekly", "Iran says talks with Europe useful", "Foreign Ministry spokesman Hamid Reza "
         "Asefi told his weekly news conference on Sunday that talks with Britain, France and Germany on the "
         "nuclear programme had been useful.", ("Hamid Reza Asefi=IRN", "Britain=GBR"), kind="bare"),
    Lead("r-boucher-uzbek", "U.S. cuts aid to Uzbekistan", "State Department spokesman Richard Boucher said "
         "on Tuesday that Washington would withhold #36;18 million in aid to Tashkent over its failure to "
         "improve human rights.", ("Richard Boucher=USA", "Washington=USA", "Tashkent=UZB"),
         gold=("USA>UZB:16|160|163",), kind="bare"),
    Lead("r-regev-barrier", "Israel rejects court opinion", "AFP - Foreign Ministry spokesman Mark Regev said "
         "on Friday that the World Court had no right to rule on the barrier, which he said had saved "
         "hundreds of lives.", ("Mark Regev=ISR", "World Court=IGO"), gold=("ISR>IGO:12|11|111",),
         kind="credit"),
    Lead("r-gissin-arafat", "Sharon aide says Arafat must go", "JERUSALEM (Reuters) - Raanan Gissin, an aide "
         "to Prime Minister Ariel Sharon, said on Monday that Yasser Arafat was the main obstacle to peace.",
         ("Raanan Gissin=ISR", "Ariel Sharon=ISR", "Yasser Arafat=PSE"), gold=("ISR>PSE:11|111",), kind="dl"),
    Lead("r-erekat-settlements", "Palestinians condemn settlement plan", "Chief negotiator Saeb Erekat "
         "condemned on Thursday Israel#39;s plan to build 1,000 new homes in West Bank settlements.",
         ("Saeb Erekat=PSE", "Israel=ISR"), gold=("PSE>ISR:11|111",), kind="bare"),
    Lead("r-eckhard-oil", "Annan's office on oil probe", "Fred Eckhard, Kofi Annan#39;s spokesman, said on "
         "Wednesday that the secretary-general welcomed the inquiry into the oil-for-food programme.",
         ("Fred Eckhard=IGO", "Kofi Annan=IGO"), gold=("IGO>:05|051",), kind="bare"),
    Lead("r-mcclellan-kerry", "White House dismisses Kerry charge", "AP - White House spokesman Scott "
         "McClellan on Monday dismissed Sen. John Kerry#39;s charge that the president had misled the country "
         "about Iraq.", ("Scott McClellan=USA", "John Kerry=USA"), gold=("USA>USA:12|120|11",), kind="credit"),
    Lead("r-prikhodko-ukraine", "Kremlin aide warns West on Ukraine", "Sergei Prikhodko, the Kremlin#39;s "
         "foreign policy aide, said on Friday that Western meddling in the vote in Kiev was unacceptable.",
         ("Sergei Prikhodko=RUS",), gold=("RUS>:11|111",), kind="bare"),
    Lead("r-abu-zuhri", "Hamas vows to keep fighting", "GAZA (Reuters) - Hamas spokesman Sami Abu Zuhri said "
         "on Sunday the group would keep up attacks on Israel until its forces left the Gaza Strip.",
         ("Sami Abu Zuhri=PSE", "Hamas=PSE", "Israel=ISR"), gold=("PSE>ISR:13|138",), kind="dl"),
    Lead("r-pulecio-appeal", "Betancourt's mother pleads with rebels", "Yolanda Pulecio, the mother of "
         "kidnapped former presidential candidate Ingrid Betancourt, appealed on Friday to FARC rebels to free "
         "her daughter after two years in the jungle.",
         ("Yolanda Pulecio=COL", "Ingrid Betancourt=COL", "FARC=COL"), gold=("COL>COL:02|020|024",),
         kind="bare"),
    # Clerics and elites
    Lead("c-sistani-london", "Sistani flies to London", "Grand Ayatollah Ali al-Sistani flew to London on "
         "Friday for treatment of a heart condition, his aides said, leaving Najaf as fighting raged around "
         "the Imam Ali shrine.", ("Ali al-Sistani=IRQ",), kind="bare"),
    Lead("c-dari-scholars", "Sunni clerics condemn raids", "Reuters - Sheikh Harith al-Dari, head of an "
         "influential group of Sunni clerics, condemned on Thursday raids by U.S. troops on mosques in "
         "Baghdad.", ("Harith al-Dari=IRQ", "U.S. troops=USA"), gold=("IRQ>USA:11|111",), kind="credit"),
    Lead("c-saraswathi-held", "Hindu seer arrested over murder", "HYDERABAD, India (Reuters) - Police arrested "
         "Jayendra Saraswathi, the head of a revered Hindu monastery in Kanchipuram, on suspicion of plotting "
         "the murder of a temple manager, officials said on Friday.",
         ("Police=IND", "Jayendra Saraswathi=IND"), gold=("IND>IND:17|173",), kind="dl"),
    Lead("c-bashir-rearrested", "Cleric rearrested on release", "AP - Police rearrested Muslim cleric Abu "
         "Bakar Bashir as he walked out of a Jakarta prison on Friday and named him a suspect in the 2002 Bali "
         "bombings.", ("Police=IDN", "Abu Bakar Bashir=IDN"), gold=("IDN>IDN:17|173",), kind="credit"),
    Lead("c-tantawi-beheadings", "Al-Azhar chief condemns beheadings", "Sheikh Mohammed Sayed Tantawi, the "
         "grand imam of al-Azhar, condemned on Tuesday the beheading of foreign hostages in Iraq as a crime "
         "against Islam.", ("Mohammed Sayed Tantawi=EGY",), gold=("EGY>:11|111",), ok=("EGY>IRQ:11|111",),
         kind="bare"),
    Lead("c-jiang-yanyong", "SARS whistleblower detained", "Reuters - Jiang Yanyong, the army surgeon who "
         "exposed the SARS cover-up last year, has been held by the military since writing a letter calling "
         "for a verdict on the 1989 crackdown, his family said on Friday.",
         ("Jiang Yanyong=CHN", "military=CHN"), gold=("CHN>CHN:17|173",), kind="credit"),
    Lead("c-somchai-missing", "Muslim lawyer missing", "BANGKOK (Reuters) - Somchai Neelaphaijit, a lawyer who "
         "defended Muslim militant suspects from the south, has been missing since men dragged him from his car "
         "a week ago, his wife Angkhana said on Friday.",
         ("Somchai Neelaphaijit=THA", "Angkhana=THA"), gold=(">THA:18|181",), ok=("THA>THA:18|181",), kind="dl"),
    Lead("c-sutyagin-jailed", "Scientist jailed for spying", "A Moscow court sentenced arms control researcher "
         "Igor Sutyagin to 15 years in prison on Wednesday for passing secrets to a British firm that prosecutors "
         "said was a front for U.S. intelligence.",
         ("Moscow court=RUS", "Igor Sutyagin=RUS"), gold=("RUS>RUS:17|173|11|111",), kind="bare"),
    Lead("c-politkovskaya-ill", "Reporter falls ill on way to Beslan", "Anna Politkovskaya, the Novaya Gazeta "
         "reporter known for her Chechnya coverage, fell seriously ill after drinking tea on a flight to Rostov "
         "on her way to Beslan, her newspaper said on Friday.",
         ("Anna Politkovskaya=RUS", "Novaya Gazeta=RUS"), kind="bare"),
    Lead("c-slim-embratel", "Telmex wins Embratel", "Telmex, the telephone company controlled by billionaire "
         "Carlos Slim, completed its purchase of Brazilian long-distance carrier Embratel from MCI on Friday.",
         ("Telmex=MEX", "Carlos Slim=MEX", "Embratel=BRA", "MCI=USA"), kind="bare"),
    Lead("c-fernandez-wins", "Fernandez wins back presidency", "SANTO DOMINGO (Reuters) - Former president "
         "Leonel Fernandez won Sunday#39;s election by a wide margin, and President Hipolito Mejia conceded "
         "defeat as the peso slumped.", ("Leonel Fernandez=DOM", "Hipolito Mejia=DOM"), kind="dl"),
    Lead("c-saca-wins", "Saca defeats former guerrilla", "Tony Saca of the ruling ARENA party won Sunday#39;s "
         "presidential election, defeating former guerrilla commander Schafik Handal of the FMLN, electoral "
         "officials said.", ("Tony Saca=SLV", "ARENA=SLV", "Schafik Handal=SLV", "FMLN=SLV"), kind="bare"),
    Lead("c-benflis-rejects", "Bouteflika rival rejects result", "AFP - Former prime minister Ali Benflis "
         "rejected on Friday the official result giving President Abdelaziz Bouteflika 85 percent of the vote, "
         "calling it a fraud.", ("Ali Benflis=DZA", "Abdelaziz Bouteflika=DZA"), gold=("DZA>DZA:12|11|111",),
         kind="credit"),
    Lead("c-bejarano-video", "Mexico City official caught on tape", "Rene Bejarano, a close ally of Mexico "
         "City mayor Andres Manuel Lopez Obrador, was shown on television stuffing bundles of cash from a "
         "businessman into a briefcase.", ("Rene Bejarano=MEX", "Andres Manuel Lopez Obrador=MEX"), kind="bare"),
    Lead("c-poe-supporters", "Poe supporters rally", "MANILA (Reuters) - Thousands of supporters of film star "
         "Fernando Poe Jr. rallied outside Congress on Tuesday, accusing President Gloria Arroyo of stealing the "
         "election.", ("Fernando Poe Jr.=PHL", "Congress=PHL", "Gloria Arroyo=PHL"),
         gold=("PHL>PHL:14|141", "PHL>PHL:11|112"), kind="dl"),
    Lead("c-latham-troops", "Latham vows troops home by Christmas", "Opposition leader Mark Latham pledged on "
         "Wednesday to bring the country#39;s troops home from Iraq by Christmas if Labor won the election, "
         "drawing a rebuke from Prime Minister John Howard.", ("Mark Latham=AUS", "John Howard=AUS"),
         gold=("AUS>AUS:11|111",), kind="bare"),
    Lead("c-jiang-steps-down", "Jiang hands army post to Hu", "AP - Jiang Zemin stepped down on Sunday as "
         "chairman of the Central Military Commission, handing the last of his posts to President Hu Jintao.",
         ("Jiang Zemin=CHN", "Central Military Commission=CHN", "Hu Jintao=CHN"), kind="credit"),
    Lead("c-tenet-resigns", "CIA chief resigns", "George Tenet resigned on Thursday as director of central "
         "intelligence, citing personal reasons, as reports on pre-war intelligence about Iraq loomed.",
         ("George Tenet=USA",), kind="bare"),
    Lead("c-clarke-testifies", "Former aide says Bush ignored threat", "Reuters - Richard Clarke, the former "
         "counterterrorism chief, told the Sept. 11 commission on Wednesday that the administration had not "
         "treated al Qaeda as urgent before the attacks.", ("Richard Clarke=USA", "Sept. 11 commission=USA"),
         gold=("USA>USA:11|111",), kind="credit"),
    # Companies and their staff
    Lead("b-lenovo-ibm", "Lenovo to buy IBM PC unit", "Lenovo agreed on Wednesday to buy the personal computer "
         "business of IBM for #36;1.25 billion, creating the world#39;s third-largest PC maker.",
         ("Lenovo=CHN", "IBM=USA"), kind="bare"),
    Lead("b-ufj-merger", "Banks agree to merge", "TOKYO (Reuters) - Mitsubishi Tokyo Financial Group and UFJ "
         "Holdings agreed on Thursday to merge, creating the world#39;s largest bank by assets.",
         ("Mitsubishi Tokyo Financial Group=JPN", "UFJ Holdings=JPN"), gold=("JPN>JPN:06|061",),
         ok=("JPN>JPN:03|057",), kind="dl"),
    Lead("b-alstom-rescue", "EU clears Alstom rescue", "Competition Commissioner Mario Monti approved on "
         "Wednesday a state rescue of engineering group Alstom after Finance Minister Nicolas Sarkozy agreed "
         "to sell part of it.", ("Mario Monti=IGO", "Alstom=FRA", "Nicolas Sarkozy=FRA"), kind="bare"),
    Lead("b-baikal-yugansk", "Unknown firm buys Yukos unit", "A little-known company, Baikal Finance Group, "
         "bought Yukos#39;s main production unit Yuganskneftegaz at auction on Sunday for #36;9.35 billion.",
         ("Baikal Finance Group=RUS", "Yukos=RUS", "Yuganskneftegaz=RUS"), kind="bare"),
    Lead("b-caci-interrogators", "Contractor denies role in abuse", "AP - CACI International, whose "
         "interrogators worked at Abu Ghraib, said on Monday none of its employees had been charged over the "
         "abuse of prisoners.", ("CACI International=USA",), kind="credit"),
    Lead("b-blackwater-bodies", "Mob mutilates contractors", "A mob in Falluja dragged the burned bodies of "
         "four contractors working for Blackwater Security Consulting through the streets on Wednesday after "
         "gunmen ambushed their cars.", ("mob=IRQ", "Blackwater Security Consulting=USA", "gunmen=IRQ"),
         gold=("IRQ>USA:18|180|186",), kind="bare"),
    Lead("b-aramco-output", "Saudi Aramco ready to pump more", "Reuters - Saudi Aramco chief executive "
         "Abdallah Jumah said on Tuesday the company could raise output quickly to calm oil prices.",
         ("Saudi Aramco=SAU", "Abdallah Jumah=SAU"), kind="credit"),
    # Rebels and militias named by a place or a leader
    Lead("g-sadr-militia-kufa", "Sadr militia clashes with troops", "Fighters of Moqtada al-Sadr#39;s militia "
         "battled U.S. troops in Kufa on Wednesday, and a spokesman for the cleric said they would not "
         "surrender.", ("Moqtada al-Sadr=IRQ", "militia=IRQ", "U.S. troops=USA"),
         gold=("IRQ>USA:19|190", "USA>IRQ:19|190"), kind="bare"),
    Lead("g-yaqoubi-arrest", "Sadr aide arrested", "NAJAF, Iraq (Reuters) - Coalition forces arrested Mustafa "
         "al-Yaqoubi, a senior aide to radical cleric Moqtada al-Sadr, on Saturday, and thousands of the "
         "cleric#39;s followers marched in protest.",
         ("Coalition forces=USA", "Mustafa al-Yaqoubi=IRQ", "Moqtada al-Sadr=IRQ", "followers=IRQ"),
         gold=("USA>IRQ:17|173", "IRQ>USA:14|141"), ok=("IRQ>:14|141",), kind="dl"),
    Lead("g-hawza-closed", "U.S. shuts Sadr newspaper", "Paul Bremer, the U.S. administrator, ordered Sadr#39;s "
         "weekly al-Hawza closed for 60 days on Sunday, accusing it of inciting violence.",
         ("Paul Bremer=USA", "al-Hawza=IRQ"), gold=("USA>IRQ:17|172", "USA>IRQ:11|112"), kind="bare"),
    Lead("g-waziristan-uzbeks", "Army says Uzbek militant trapped", "AP - The army said on Friday it had "
         "surrounded hundreds of fighters in South Waziristan and believed they were shielding Tahir Yuldashev, "
         "leader of the Islamic Movement of Uzbekistan.",
         ("army=PAK", "Tahir Yuldashev=UZB", "Islamic Movement of Uzbekistan=UZB"),
         gold=("PAK>:19|190|15",), kind="credit"),
    Lead("g-pwg-talks", "Indian Maoists hold talks", "HYDERABAD, India (Reuters) - Maoist rebels of the "
         "People#39;s War Group held their first talks with the Andhra Pradesh government on Friday after "
         "coming out of the forests.", ("People#39;s War Group=IND", "Andhra Pradesh government=IND"),
         gold=("IND>IND:04|043", "IND>IND:04|043"), kind="dl"),
    Lead("g-karen-talks", "Karen rebels, junta agree truce", "Leaders of the Karen National Union agreed with "
         "the ruling generals in Yangon on Thursday to an informal ceasefire, ending one of the world#39;s "
         "longest insurgencies.", ("Karen National Union=MMR", "generals=MMR"),
         gold=("MMR>MMR:06|08|083", "MMR>MMR:06|08|083"), kind="bare"),
    Lead("g-pkk-truce-ends", "Kurdish rebels end truce", "AFP - Kurdish rebels of the PKK, now calling "
         "themselves Kongra-Gel, said on Tuesday they would end their five-year unilateral ceasefire from "
         "June 1.", ("PKK=TUR", "Kongra-Gel=TUR"), gold=("TUR>:13|138",), kind="credit"),
    Lead("g-el-para", "Algeria gets Islamist chief", "ALGIERS (Reuters) - Islamist militant Amari Saifi, "
         "known as El Para, who was captured by rebels in Chad, has been handed over to Algeria by Libya, the "
         "Interior Ministry said.",
         ("Amari Saifi=DZA", "rebels=TCD", "Algeria=DZA", "Libya=LBY", "Interior Ministry=DZA"),
         gold=("LBY>DZA:08|084|0842",), ok=("LBY>DZA:07|06",), kind="dl"),
    Lead("g-npa-ambush", "Communist rebels kill soldiers", "Guerrillas of the New People#39;s Army killed "
         "five soldiers in an ambush in Mindanao on Sunday, the army said.",
         ("New People#39;s Army=PHL", "soldiers=PHL", "army=PHL"), gold=("PHL>PHL:18|19|190",), kind="bare"),
    Lead("g-zarqawi-group-claims", "Zarqawi group claims bombing", "Reuters - Tawhid and Jihad, the group led "
         "by Abu Musab al-Zarqawi, said on Web site on Saturday it carried out the car bombing that killed "
         "Izzedine Salim, head of the Governing Council.",
         ("Tawhid and Jihad=IRQ", "Abu Musab al-Zarqawi=JOR", "Izzedine Salim=IRQ", "Governing Council=IRQ"),
         gold=("IRQ>IRQ:18|183",), kind="credit"),
    Lead("g-chechen-nazran", "Rebels raid Ingushetia", "Chechen rebels dressed as police raided Nazran and "
         "other towns in Ingushetia overnight, killing the acting interior minister and dozens of police "
         "officers, officials said on Tuesday.", ("Chechen rebels=RUS", "police officers=RUS"),
         gold=("RUS>RUS:19|190|18",), kind="bare"),
    Lead("g-zakayev-asylum", "Maskhadov envoy in London", "AP - Akhmed Zakayev, the London-based envoy of "
         "rebel leader Aslan Maskhadov, said on Monday that Maskhadov had no part in the school siege in "
         "Beslan.", ("Akhmed Zakayev=RUS", "Aslan Maskhadov=RUS"), gold=("RUS>:12|125",), kind="credit"),
    # State organs named bare
    Lead("o-roh-reinstated", "Court reinstates Roh", "The Constitutional Court threw out the impeachment of "
         "President Roh Moo-hyun on Friday, restoring his powers after two months.",
         ("Constitutional Court=KOR", "Roh Moo-hyun=KOR"), gold=("KOR>KOR:08|081",), ok=("KOR>KOR:12|120",),
         kind="bare"),
    Lead("o-rasul-ruling", "Court rules for Guantanamo detainees", "AP - The Supreme Court ruled on Monday that "
         "foreigners held at Guantanamo Bay can challenge their detention in civilian courts, a rebuke to the "
         "Bush administration.", ("Supreme Court=USA", "Bush administration=USA"),
         ok=("USA>USA:11|111",), kind="credit"),
    Lead("o-aziz-elected", "Aziz elected premier", "ISLAMABAD (Reuters) - The National Assembly elected "
         "Finance Minister Shaukat Aziz prime minister on Friday, and opposition members walked out.",
         ("National Assembly=PAK", "Shaukat Aziz=PAK", "opposition members=PAK"),
         ok=("PAK>PAK:14|141",), kind="dl"),
    Lead("o-duma-kyoto", "Duma ratifies Kyoto", "The State Duma ratified the Kyoto Protocol on Friday by 334 "
         "votes to 73, clearing the way for the climate pact to take effect.",
         ("State Duma=RUS",), kind="bare"),
    Lead("o-npc-amendment", "Parliament enshrines property rights", "Reuters - The National People#39;s "
         "Congress amended the constitution on Sunday to protect private property and human rights.",
         ("National People#39;s Congress=CHN",), kind="credit"),
    Lead("o-majlis-deal", "Parliament moves to bind nuclear talks", "TEHRAN (Reuters) - Parliament passed a "
         "bill on Sunday obliging the government to resume uranium enrichment, a move diplomats said could "
         "wreck talks with Europe.", ("Parliament=IRN",), kind="dl"),
    Lead("o-majlis-bare", "Hardliners take over parliament", "Conservatives took their seats in the Majlis on "
         "Thursday after an election in which the Guardian Council barred hundreds of reformists from "
         "standing.", ("Majlis=IRN", "Guardian Council=IRN"), gold=("IRN>IRN:17|172",), kind="bare"),
    Lead("o-lok-sabha", "Opposition disrupts parliament", "NEW DELHI (Reuters) - BJP members forced the Lok "
         "Sabha to adjourn for a third day on Wednesday, demanding the removal of ministers facing criminal "
         "charges.", ("BJP=IND", "Lok Sabha=IND"), gold=("IND>IND:10|14",), kind="dl"),
    Lead("o-rada-vote", "Ukrainian lawmakers vote no confidence", "The Verkhovna Rada passed a vote of no "
         "confidence in Prime Minister Viktor Yanukovich#39;s government on Wednesday, but he refused to step "
         "down.", ("Verkhovna Rada=UKR", "Viktor Yanukovich=UKR"), gold=("UKR>UKR:11|12", "UKR>UKR:12|120"),
         kind="bare"),
    Lead("o-ecuador-court", "Congress fires top judges", "QUITO (Reuters) - Congress voted on Wednesday to "
         "replace most Supreme Court judges, a move allies of President Lucio Gutierrez said would end bias.",
         ("Congress=ECU", "Supreme Court=ECU", "Lucio Gutierrez=ECU"), gold=("ECU>ECU:17|172",),
         kind="dl"),
    Lead("o-tbmm-adultery", "Turkey drops adultery plan", "AP - The Grand National Assembly passed a new "
         "penal code on Sunday after the ruling party dropped a plan to make adultery a crime that had angered "
         "the European Union.", ("Grand National Assembly=TUR", "European Union=IGO"), kind="credit"),
    Lead("o-army-waziristan", "Troops kill militants", "The army said its troops killed 24 militants in an "
         "attack on a hideout near Wana, the main town of the tribal region, on Thursday.",
         ("army=PAK", "troops=PAK"), gold=("PAK>PAK:19|190",), kind="bare"),
    Lead("o-commission-yudhoyono", "Yudhoyono declared winner", "The General Elections Commission declared "
         "former security minister Susilo Bambang Yudhoyono the winner of the presidential run-off on "
         "Monday, defeating incumbent Megawati Sukarnoputri.",
         ("General Elections Commission=IDN", "Susilo Bambang Yudhoyono=IDN", "Megawati Sukarnoputri=IDN"),
         kind="bare"),
    # Troops, police and diplomats acting abroad; the other side's people
    Lead("a-beijing-riot-police", "Chinese police arrive in Haiti", "PORT-AU-PRINCE (Reuters) - A contingent "
         "of 125 riot police sent by Beijing arrived in the Haitian capital on Sunday to join the U.N. "
         "peacekeeping force.", ("riot police=CHN", "Beijing=CHN"), kind="dl"),
    Lead("a-dutch-marines", "Dutch marine killed in Iraq", "Attackers threw a grenade at a patrol of Dutch "
         "marines in Samawah on Monday, killing one, the Defence Ministry in The Hague said.",
         ("Attackers=IRQ", "Dutch marines=NLD", "Defence Ministry=NLD"), gold=("IRQ>NLD:18|180|183",), kind="bare"),
    Lead("a-thai-medics", "Thai troops leave Iraq", "Reuters - The last of Thailand#39;s 450 army medics and "
         "engineers left Karbala on Friday, ending a year-long mission after Bangkok declined to extend it.",
         ("army medics=THA", "Bangkok=THA"), gold=("THA>:08|087",), kind="credit"),
    Lead("a-isaf-patrol", "Bomb hits peacekeepers in Kabul", "A suicide bomber attacked a patrol of NATO-led "
         "peacekeepers in Kabul on Tuesday, killing a Canadian soldier.",
         ("NATO-led peacekeepers=IGO", "Canadian soldier=CAN"),
         gold=(">IGO:18|183", ">CAN:18|183"), ok=("AFG>IGO:18|183", "AFG>CAN:18|183"), kind="bare"),
    Lead("a-bulgarian-karbala", "Bulgarian soldier killed", "SOFIA (Reuters) - A soldier of the country#39;s "
         "battalion in Karbala was killed by a roadside bomb on Saturday, the Defence Ministry said.",
         ("soldier=BGR", "Defence Ministry=BGR"), gold=(">BGR:18|183",), ok=("IRQ>BGR:18|183",), kind="dl"),
    Lead("a-okinawa-activists", "Japan arrests island activists", "AP - Police in Okinawa arrested seven "
         "Chinese activists who had landed on a disputed island chain in the East China Sea, and Beijing "
         "demanded their immediate release.", ("Police=JPN", "Chinese activists=CHN", "Beijing=CHN"),
         gold=("JPN>CHN:17|173", "CHN>JPN:10|102"), kind="credit"),
    Lead("a-defectors-airlift", "Hundreds of defectors reach Seoul", "Two chartered planes carrying 468 North "
         "Korean defectors landed in Seoul on Wednesday from an unnamed Southeast Asian country, and Pyongyang "
         "accused the South of abduction.",
         ("North Korean defectors=PRK", "Pyongyang=PRK", "South=KOR"), gold=("PRK>KOR:11|112",), kind="bare"),
    Lead("a-kaplan-deported", "Germany deports Islamist preacher", "BERLIN (Reuters) - Germany deported "
         "Islamist preacher Metin Kaplan, known as the Caliph of Cologne, to Turkey on Tuesday, where he "
         "faces trial for plotting attacks.", ("Germany=DEU", "Metin Kaplan=TUR", "Turkey=TUR"),
         gold=("DEU>TUR:17|174",), kind="dl"),
    Lead("a-kazemi-verdict", "Iran acquits agent in photographer case", "Reuters - A Tehran court acquitted an "
         "intelligence agent on Saturday of killing photographer Zahra Kazemi, and Ottawa recalled its "
         "ambassador in protest.",
         ("Tehran court=IRN", "Zahra Kazemi=CAN", "Ottawa=CAN"), gold=("CAN>IRN:16|161",),
         ok=("CAN>IRN:14|141",), kind="credit"),
    Lead("a-russian-spies-qatar", "Moscow demands release of agents", "Two Russian agents jailed in Doha for "
         "killing Zelimkhan Yandarbiyev will be handed over to Moscow, Foreign Minister Sergei Lavrov said.",
         ("Russian agents=RUS", "Zelimkhan Yandarbiyev=RUS", "Moscow=RUS", "Sergei Lavrov=RUS"),
         kind="bare"),
    # People named in lists or in the headline alone
    Lead("l-chirac-schroeder-putin", "Chirac, Schroeder, Putin meet in Sochi", "The leaders of France and "
         "Germany met the Russian president at his Black Sea residence on Tuesday to discuss Iraq and energy.",
         ("Chirac=FRA", "Schroeder=DEU", "Putin=RUS"),
         gold=("FRA>RUS:04|040|043", "DEU>RUS:04|040|043", "RUS>FRA:04|040|043", "RUS>DEU:04|040|043"),
         kind="bare"),
    Lead("l-kwasniewski-headline", "Kwasniewski says Poland to cut Iraq force", "The president said on "
         "Thursday Poland would begin reducing its 2,400 troops in Iraq early next year.",
         ("Kwasniewski=POL", "Poland=POL"), gold=("POL>:08|087",), ok=("POL>IRQ:08|087",), kind="bare"),
    Lead("l-lula-headline", "Lula visits Beijing", "The Brazilian president arrived in China on Sunday with "
         "400 businessmen, hoping to double trade.", ("Lula=BRA", "China=CHN"), gold=("BRA>CHN:04|042",),
         kind="bare"),
    Lead("l-g8-leaders", "G8 leaders gather at Sea Island", "AP - Bush welcomed Blair, Chirac, Schroeder, "
         "Koizumi, Berlusconi, Martin and Putin to the Georgia coast on Tuesday for the summit of the Group of "
         "Eight.", ("Bush=USA", "Blair=GBR", "Chirac=FRA", "Schroeder=DEU", "Koizumi=JPN", "Berlusconi=ITA",
                    "Martin=CAN", "Putin=RUS"),
         gold=("USA>GBR:04|042|043", "USA>FRA:04|042|043", "USA>DEU:04|042|043", "USA>JPN:04|042|043",
               "USA>ITA:04|042|043", "USA>CAN:04|042|043", "USA>RUS:04|042|043"),
         ok=("GBR>USA:04|042", "FRA>USA:04|042", "DEU>USA:04|042", "JPN>USA:04|042", "ITA>USA:04|042",
             "CAN>USA:04|042", "RUS>USA:04|042"), kind="credit"),
    Lead("l-abu-ghraib-list", "More soldiers charged", "The army charged Staff Sgt. Ivan Frederick, Spc. "
         "Charles Graner and Pfc. Lynndie England over the abuse of prisoners at Abu Ghraib on Thursday.",
         ("army=USA", "Ivan Frederick=USA", "Charles Graner=USA", "Lynndie England=USA"),
         gold=("USA>USA:11|112",), kind="bare"),
    Lead("l-karpinski-taguba", "General faults prison chief", "Maj. Gen. Antonio Taguba told senators on "
         "Tuesday that Brig. Gen. Janis Karpinski had failed to run the prison properly.",
         ("Antonio Taguba=USA", "Janis Karpinski=USA"), gold=("USA>USA:11|111",), kind="bare"),
    Lead("l-hersh-new-yorker", "Reporter says abuse was policy", "AP - Seymour Hersh wrote in The New Yorker "
         "on Sunday that Defense Secretary Donald Rumsfeld approved a secret program that led to the abuse.",
         ("Seymour Hersh=USA", "The New Yorker=USA", "Donald Rumsfeld=USA"), gold=("USA>USA:11|112",),
         kind="credit"),
    Lead("l-dynasty-list", "Asian dynasties dominate polls", "Megawati Sukarnoputri, Gloria Arroyo and "
         "Sonia Gandhi all led their parties into elections this year.",
         ("Megawati Sukarnoputri=IDN", "Gloria Arroyo=PHL", "Sonia Gandhi=IND"), kind="bare"),
    Lead("l-kenteris-thanou", "Star sprinters quit Games", "Kostas Kenteris and Katerina Thanou, the host "
         "nation#39;s best medal hopes, withdrew from the Athens Olympics on Wednesday after missing drug "
         "tests.", ("Kostas Kenteris=GRC", "Katerina Thanou=GRC"), kind="bare"),
    Lead("l-abashidze-ivanov", "Ajarian leader flies to Moscow", "Reuters - The leader of the rebel Black Sea "
         "region resigned and flew to Moscow early on Thursday with Security Council secretary Igor Ivanov, "
         "who had brokered his exit.", ("Igor Ivanov=RUS",), kind="credit"),
    Lead("l-tymoshenko-rally", "Tymoshenko leads march", "KIEV (Reuters) - Yulia Tymoshenko, the firebrand "
         "ally of Viktor Yushchenko, led tens of thousands to the presidential administration on Saturday.",
         ("Yulia Tymoshenko=UKR", "Viktor Yushchenko=UKR"), gold=("UKR>UKR:14|141",), kind="dl"),
    Lead("l-fahima-zubeidi", "Israeli activist held", "Police arrested Tali Fahima, a Tel Aviv secretary who "
         "befriended Zakaria Zubeidi, the leader of the Al Aqsa Martyrs Brigades in Jenin, on suspicion of "
         "aiding the enemy.", ("Police=ISR", "Tali Fahima=ISR", "Zakaria Zubeidi=PSE",
                               "Al Aqsa Martyrs Brigades=PSE"), gold=("ISR>ISR:17|173",), kind="bare"),
    Lead("l-barghouti-sentenced", "Barghouti gets five life terms", "AFP - A Tel Aviv court sentenced "
         "uprising leader Marwan Barghouti to five life terms on Sunday for murders committed by militants he "
         "led.", ("Tel Aviv court=ISR", "Marwan Barghouti=PSE"), gold=("ISR>PSE:17|11|111",), kind="credit"),
    Lead("l-sanchez-relieved", "Commander in Iraq to leave", "Lt. Gen. Ricardo Sanchez, the top commander "
         "in Iraq, will hand over to Gen. George Casey this summer, defense officials said.",
         ("Ricardo Sanchez=USA", "George Casey=USA"), kind="bare"),
    Lead("l-negroponte-arrives", "Negroponte takes up Baghdad post", "John Negroponte arrived in Baghdad on "
         "Tuesday to head the largest embassy in the world, as Paul Bremer left the country.",
         ("John Negroponte=USA", "Paul Bremer=USA"), kind="bare"),
    Lead("l-zebari-hakim", "Iraqi leaders appeal to neighbours", "Reuters - Foreign Minister Hoshyar Zebari and "
         "Abdel Aziz al-Hakim of the Supreme Council for the Islamic Revolution in Iraq urged neighbours on "
         "Sunday to stop fighters crossing the borders.", ("Hoshyar Zebari=IRQ", "Abdel Aziz al-Hakim=IRQ",
                                                              "Supreme Council for the Islamic Revolution in Iraq=IRQ"),
         gold=("IRQ>:10|02",), kind="credit"),
    Lead("l-chalabi-allies", "Iraqi judge orders arrests", "An Iraqi judge issued arrest warrants on Sunday "
         "for Ahmad Chalabi#39;s nephew Salem, who heads the tribunal trying Saddam, on a murder charge.",
         ("Salem=IRQ",), gold=("IRQ>IRQ:17|173|11",), kind="bare"),
    Lead("l-burns-syria", "U.S. envoy in Damascus", "DAMASCUS (Reuters) - Assistant Secretary of State "
         "William Burns met President Bashar al-Assad on Monday to press for tighter border controls.",
         ("William Burns=USA", "Bashar al-Assad=SYR"),
         gold=("USA>SYR:04|040|043", "SYR>USA:04|040|043", "USA>SYR:10|02"), kind="dl"),
    Lead("l-downer-jakarta", "Downer visits blast site", "AP - Foreign Minister Alexander Downer toured the "
         "wrecked embassy gates in Jakarta on Friday with Indonesian police chief Da#39;i Bachtiar.",
         ("Alexander Downer=AUS", "Da#39;i Bachtiar=IDN"), kind="credit"),
    Lead("l-moratinos-rabat", "Spanish minister in Morocco", "Foreign Minister Miguel Angel Moratinos met King "
         "Mohammed on Monday to discuss the Western Sahara and migration.",
         ("Miguel Angel Moratinos=ESP", "King Mohammed=MAR"),
         gold=("ESP>MAR:04|040|043", "MAR>ESP:04|040|043"), kind="bare"),
    Lead("l-ahern-presidency", "Ahern hails EU constitution deal", "Irish Prime Minister Bertie Ahern, who "
         "chairs the EU, hailed the deal on a constitution struck by leaders in Brussels on Friday.",
         ("Bertie Ahern=IRL",), kind="bare"),
    Lead("l-verhofstadt-line", "Belgian premier backs Turkey bid", "Guy Verhofstadt said on Monday that "
         "Turkey should get a date for entry talks with the European Union.",
         ("Guy Verhofstadt=BEL", "Turkey=TUR", "European Union=IGO"), kind="bare"),
)
