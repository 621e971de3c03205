# declarative table: the leads of the blind set of real 2004 wire stories whose actors are mostly not governments.
"""The leads of the blind set of real 2004 wire stories about actors who are not governments (media and reporters,
hostages, workers and residents, former leaders and clerics, companies, aid groups, U.N. agencies, courts,
parliaments and parties, unions, rebels, police and soldiers), kept apart from their tests for length. Every
lead, actor code and gold event was written by hand, from memory of the period's news, by events_guidelines.md
and the CAMEO codebook before the coder's output on them was seen; no article text is copied. The corpus's
noise comes as "Iraq #39;s" (an export's space for the lost "&"), glued "Iraq#39;s", and "#36;" for a dollar
sign.

Coding choices the guidelines leave open, made once here: international aid and rights groups (Red Cross, MSF,
Amnesty) are `NGO` alone; a U.N. agency or official is `IGOUNO` (the tag after it is not scored); a nameless
gunman or mob takes the country where the text puts it; a hostage, worker or reporter takes the nationality the
text gives, a named one the nationality an informed reader knows; pilgrims, tourists and crowds whose
nationality cannot be known are found and given no country."""

from __future__ import annotations

from tests.understand.actors.lead_sets import Lead

# fmt: off
LEADS: tuple[Lead, ...] = (
    # Media: outlets, agencies, reporters
    Lead("m-gardner-shot", "BBC reporter shot in Riyadh", "RIYADH (Reuters) - Gunmen shot and seriously "
         "wounded BBC security correspondent Frank Gardner and killed his Irish cameraman Simon Cumbers in a "
         "Riyadh suburb on Sunday, the BBC said.",
         ("Gunmen=SAU", "BBC=GBRMED", "Frank Gardner=GBRMED", "Simon Cumbers=IRL"),
         gold=("SAU>GBR:18|180", "SAU>IRL:18|180"), kind="dl"),
    Lead("m-arabiya-bomb", "Car bomb hits Al-Arabiya office", "A car bomb exploded outside the Baghdad "
         "offices of Al-Arabiya television on Saturday, killing seven people and wounding more than a dozen "
         "staff of the Arabic news channel.", ("Al-Arabiya=AREMED",),
         # Session 20: two blind sets disagreed (SAU here, ARE in test_wire_orgs.py); the channel is Dubai-based, as the
         # wire says, and media.yaml now codes it ARE.
         gold=(">ARE:18|180|183",), ok=(">IRQ:18|180|183",), kind="bare"),
    Lead("m-kcna-ryongchon", "North Korea gives blast toll", "AFP - North Korea#39;s official KCNA news "
         "agency said on Thursday that 161 people, 76 of them children, were killed in last week#39;s train "
         "explosion at Ryongchon near the Chinese border.", ("KCNA=PRKMED",), kind="credit"),
    Lead("m-xinhua-kunduz", "Chinese workers killed in Afghanistan", "BEIJING (Reuters) - Gunmen killed 11 "
         "Chinese construction workers as they slept at a road project in northern Afghanistan#39;s Kunduz "
         "province, Xinhua news agency said on Thursday.",
         ("Gunmen=AFG", "Chinese construction workers=CHN", "Xinhua=CHNMED"),
         gold=("AFG>CHN:18|180",), kind="dl"),
    Lead("m-irna-shahab", "Iran tests upgraded missile", "Reuters - Iran test-fired an upgraded version of its "
         "Shahab-3 ballistic missile on Wednesday, the official IRNA news agency reported, a move likely to "
         "deepen Israeli unease over Tehran#39;s weapons programmes.", ("Iran=IRN", "IRNA=IRNMED"),
         gold=("IRN>:15|150",), kind="credit"),
    Lead("m-mena-mubarak", "Mubarak recovering after surgery", "Egyptian President Hosni Mubarak is "
         "recovering well after an operation on a slipped disc in Munich, the state news agency MENA said on "
         "Sunday, quoting his doctors.", ("Hosni Mubarak=EGYGOV", "MENA=EGYMED"), kind="bare"),
    Lead("m-vanunu-freed", "Vanunu walks free", "JERUSALEM (Reuters) - Israel freed nuclear whistleblower "
         "Mordechai Vanunu on Wednesday after 18 years in jail, but barred him from leaving the country or "
         "speaking to foreigners, Haaretz newspaper reported.",
         ("Israel=ISR", "Mordechai Vanunu=ISR", "Haaretz=ISRMED"),
         gold=("ISR>ISR:08|084|0841", "ISR>ISR:17|172"), kind="dl"),
    Lead("m-manezh-fire", "Fire guts Moscow's Manezh", "A huge fire gutted the historic Manezh exhibition "
         "hall next to the Kremlin late on Sunday, killing two firefighters, the Itar-Tass news agency said.",
         ("Itar-Tass=RUSMED",), kind="bare"),
    Lead("m-gazprom-rosneft", "Gazprom to swallow Rosneft", "AP - Russia#39;s government said on Tuesday that "
         "gas monopoly Gazprom would absorb state oil company Rosneft, Interfax news agency reported, creating "
         "a national energy giant.", ("Gazprom=RUSBUS", "Rosneft=RUSBUS", "Interfax=RUSMED"),
         ok=("RUS>RUS:03|06",), kind="credit"),
    Lead("m-rsf-deadliest", "Deadliest year for reporters", "AFP - Reporters Without Borders said on Thursday "
         "that 2004 had been the deadliest year for journalists in a decade, with more than 50 killed, nearly "
         "half of them in Iraq.", ("Reporters Without Borders=NGO",), kind="credit"),
    Lead("m-garen-freed", "Kidnappers free U.S. journalist", "Kidnappers in southern Iraq freed American "
         "journalist Micah Garen on Sunday, more than a week after he was seized with his Iraqi translator in "
         "Nasiriyah, following appeals from aides of Shi'ite cleric Moqtada al-Sadr.",
         ("Kidnappers=IRQ", "Micah Garen=USA", "Moqtada al-Sadr=IRQ"),
         gold=("IRQ>USA:08|084|0841",), ok=("IRQ>USA:18|181", "IRQ>IRQ:02|020"), kind="bare"),
    Lead("m-yandarbiyev", "Car bomb kills ex-Chechen leader in Qatar", "DOHA, Qatar (Reuters) - Former "
         "Chechen separatist president Zelimkhan Yandarbiyev was killed when a bomb ripped through his car "
         "after Friday prayers in the Qatari capital, Al Jazeera television said.",
         ("Zelimkhan Yandarbiyev=RUS", "Al Jazeera=QATMED"), gold=(">RUS:18|180|183|186",), kind="dl"),
    Lead("m-yawar-awsat", "Yawar wants foreign troops to stay", "AFP - Iraq#39;s interim President Ghazi "
         "al-Yawar told the Saudi-owned daily Asharq al-Awsat that foreign troops should stay until Iraqi forces "
         "could keep order on their own.", ("Ghazi al-Yawar=IRQGOV", "Asharq al-Awsat=SAUMED"), kind="credit"),
    Lead("m-zarqawi-pledge", "Zarqawi pledges loyalty to bin Laden", "The group of Jordanian militant Abu "
         "Musab al-Zarqawi pledged allegiance to Osama bin Laden in a statement posted on an Islamist Web site "
         "on Sunday, the Arabic daily Al-Hayat reported.",
         ("Abu Musab al-Zarqawi=JOR", "Osama bin Laden=", "Al-Hayat=SAUMED"),
         gold=("IRQREB>:03|05|050|057",), ok=("JOR>:03|05|050|057",), kind="bare"),
    Lead("m-nek-mohammed", "Pakistan kills tribal militant leader", "AP - Pakistani security forces killed "
         "tribal militant leader Nek Mohammed, who had sheltered foreign al-Qaida fighters in South "
         "Waziristan, in a rocket attack on Friday, state television said.",
         ("Pakistani security forces=PAKMIL", "Nek Mohammed=PAKREB"),
         gold=("PAK>PAK:18|180|186|19|190|195",), kind="credit"),
    Lead("m-klebnikov", "Forbes editor shot dead in Moscow", "MOSCOW (Reuters) - Paul Klebnikov, the "
         "American editor of the Russian edition of Forbes magazine, was shot dead outside his Moscow office "
         "late on Friday, police said.", ("Paul Klebnikov=USA", "police=RUSCOP"),
         gold=(">USA:18|180|186",), kind="dl"),
    Lead("m-channel5-strike", "Ukrainian TV staff on hunger strike", "Journalists at Ukraine#39;s "
         "opposition-leaning Channel 5 television went on hunger strike on Monday after a court froze the "
         "station#39;s bank accounts in a libel case brought by a pro-government deputy.",
         ("Journalists=UKRMED", "Channel 5=UKRMED", "court=UKRJUD"),
         gold=("UKRMED>:14|142", "UKRJUD>UKRMED:17|172|16"), kind="bare"),
    Lead("m-nyt-researcher", "China detains New York Times researcher", "BEIJING (Reuters) - Chinese state "
         "security agents have detained Zhao Yan, a Chinese researcher for The New York Times, on suspicion of "
         "leaking state secrets, the newspaper said on Wednesday.",
         ("state security agents=CHNSPY", "Zhao Yan=CHN", "The New York Times=USAMED"),
         gold=("CHNSPY>CHN:17|173",), kind="dl"),
    # Hostages, workers, residents, private people
    Lead("c-berg-video", "Video shows U.S. man beheaded", "AP - A video posted on an Islamist Web site on "
         "Tuesday showed masked militants beheading American civilian Nicholas Berg, and said the killing was "
         "revenge for the abuse of Iraqi prisoners at Abu Ghraib.",
         ("militants=IRQREB", "Nicholas Berg=USA"), gold=("IRQREB>USA:18|180|186",), kind="credit"),
    Lead("c-kim-sunil", "South Korea stands firm after beheading", "South Korea said on Wednesday it would "
         "go ahead with sending 3,000 more troops to Iraq despite the beheading of translator Kim Sun-il by "
         "militants, as thousands of protesters marched in Seoul.",
         ("South Korea=KOR", "Kim Sun-il=KOR", "militants=IRQREB", "protesters=KORCVL"),
         gold=("KORCVL>:14|141",), ok=("KOR>IRQ:03|15|036", "IRQREB>KOR:18|180", "KORCVL>KOR:14|141"),
         kind="bare"),
    Lead("c-mosul-missionaries", "U.S. aid workers killed in Mosul", "MOSUL, Iraq (Reuters) - Gunmen opened "
         "fire on a car carrying American Christian aid workers in Mosul on Monday, killing four of them and "
         "wounding a fifth, the U.S. military said.",
         ("Gunmen=IRQ", "American Christian aid workers=USA", "U.S. military=USAMIL"),
         gold=("IRQ>USA:18|180",), kind="dl"),
    Lead("c-bulgarian-nurses", "Libya sentences nurses to death", "A Libyan court sentenced five Bulgarian "
         "nurses and a Palestinian doctor to death on Thursday for infecting hundreds of children with HIV, a "
         "verdict Sofia called absurd.",
         ("Libyan court=LBYJUD", "Bulgarian nurses=BGR", "Palestinian doctor=PSE", "Sofia=BGRGOV"),
         gold=("LBYJUD>BGR:17|173|172", "LBYJUD>PSE:17|173|172", "BGRGOV>LBY:11|111"), kind="bare"),
    Lead("c-hajj-stampede", "Stampede kills pilgrims at hajj", "AFP - At least 244 pilgrims were crushed to "
         "death in a stampede during the stoning ritual of the hajj near Mecca on Sunday, Saudi officials "
         "said.", ("pilgrims=", "Saudi officials=SAUGOV"), kind="credit"),
    Lead("c-turkish-truckers", "Turkish truckers stop Iraq runs", "ANKARA (Reuters) - Turkey#39;s main "
         "truckers#39; association said on Thursday its members would stop carrying goods for U.S. forces in "
         "Iraq after militants killed a Turkish driver and kidnapped several others.",
         ("truckers' association=TURBUS", "U.S. forces=USAMIL", "militants=IRQREB", "Turkish driver=TUR"),
         gold=("TURBUS>USA:16|163|161|12", "IRQREB>TUR:18|180|181"), kind="dl"),
    Lead("c-ilave-mayor", "Mob kills Peruvian mayor", "A mob of angry residents beat to death the mayor of "
         "the Peruvian town of Ilave on Monday, accusing him of corruption, as police stood by unable to stop "
         "them.", ("residents=PERCVL", "mayor=PERGOV", "police=PERCOP"),
         gold=("PERCVL>PERGOV:18|180|145", "PERCVL>PERGOV:11|112"), kind="bare"),
    Lead("c-tlahuac-lynching", "Mexican mob burns police agents", "Reuters - Residents of a poor district on "
         "the edge of Mexico City beat and burned two federal police agents to death on Tuesday after "
         "mistaking them for child kidnappers.", ("Residents=MEXCVL", "federal police agents=MEXCOP"),
         gold=("MEXCVL>MEXCOP:18|180|145",), kind="credit"),
    Lead("c-cromagnon-fire", "Nightclub fire kills 175 in Buenos Aires", "Fire swept through a crowded "
         "Buenos Aires nightclub during a rock concert on Thursday, killing at least 175 young people after a "
         "flare set the ceiling alight, officials said.", ("young people=ARG",), kind="bare"),
    Lead("c-kathmandu-students", "Nepal police detain protesters", "KATHMANDU (Reuters) - Riot police in Nepal "
         "detained hundreds of students and opposition activists on Thursday who defied a ban on rallies to "
         "demand that King Gyanendra restore democracy.",
         ("Riot police=NPLCOP", "students=NPLEDU", "opposition activists=NPLOPP", "King Gyanendra=NPLGOV"),
         gold=("NPLCOP>NPL:17|173", "NPL>NPLGOV:10|104|14|141"), kind="dl"),
    Lead("c-soldiers-mothers", "Soldiers' mothers to form party", "AP - Russia#39;s Committee of "
         "Soldiers#39; Mothers, which has campaigned for years against abuse in the army and the war in "
         "Chechnya, said on Saturday it would form a political party to run in the next parliamentary "
         "election.", ("Committee of Soldiers' Mothers=RUSNGO",), kind="credit"),
    Lead("c-phuket-tourists", "Tourists among tsunami dead in Thailand", "PHUKET, Thailand (Reuters) - Hundreds "
         "of foreign tourists were among the dead on Thailand#39;s Andaman coast on Monday, and hotel staff "
         "searched beaches for survivors a day after the giant waves struck.",
         ("foreign tourists=", "hotel staff=THA"), kind="dl"),
    Lead("c-wanzhou-riot", "Thousands riot in Chinese city", "AFP - Tens of thousands of people rioted in the "
         "Chinese city of Wanzhou, torching police cars and storming government offices after a man posing as "
         "an official beat a porter in the street, residents said on Tuesday.", ("residents=CHNCVL",),
         gold=("CHN>CHN:14|145|18|180",), kind="credit"),
    Lead("c-falluja-families", "Families flee Falluja", "Thousands of families streamed out of Falluja on "
         "Friday, loading belongings onto cars and pickup trucks as U.S. commanders massed troops around the "
         "rebel-held city for an expected assault.", ("families=IRQ", "U.S. commanders=USAMIL"),
         gold=("USAMIL>IRQ:15|154|152",), ok=("USAMIL>IRQREB:15|154|152",), kind="bare"),
    Lead("c-iraq-contractors", "Three Turks, one Iraqi killed", "AP - Gunmen ambushed a convoy of Turkish "
         "contractors on the road to Tikrit on Saturday, killing three of the Turks and their Iraqi driver, "
         "police said.", ("Gunmen=IRQ", "Turkish contractors=TUR", "Iraqi driver=IRQ", "police=IRQCOP"),
         gold=("IRQ>TUR:18|180", "IRQ>IRQ:18|180"), kind="credit"),
    Lead("c-ashura-pilgrims", "Blasts kill Shi'ite pilgrims in Karbala", "Suicide bombers and mortars struck "
         "crowds of Shi'ite pilgrims at shrines in Karbala and Baghdad on Tuesday during the Ashura "
         "festival, killing more than 140 people in the bloodiest day since the fall of Saddam Hussein.",
         ("Shi'ite pilgrims=IRQ",), gold=(">IRQ:18|180|183",), kind="bare"),
    Lead("c-asian-cup-fans", "Chinese fans vent anger at Japan", "BEIJING (Reuters) - Chinese football fans "
         "burned Japanese flags and surrounded a car carrying Japanese diplomats after Japan beat China in the "
         "Asian Cup final in Beijing on Saturday, smashing its rear window.",
         ("Chinese football fans=CHNCVL", "Japanese diplomats=JPNGOV"),
         gold=("CHNCVL>JPN:14|145|18|180",), kind="dl"),
    Lead("c-iraqi-doctors", "Iraqi doctors flee kidnappers", "Reuters - Hundreds of Iraqi doctors have left "
         "the country in the past year, the Iraqi Medical Association said, driven out by a wave of "
         "kidnappings and killings of physicians for ransom.",
         ("Iraqi doctors=IRQ", "Iraqi Medical Association=IRQ"), kind="credit"),
    # Former leaders, royals, laureates, clerics
    Lead("e-sistani-vote", "Sistani urges Iraqis to vote", "Iraq#39;s top Shi'ite cleric, Grand Ayatollah "
         "Ali al-Sistani, issued a religious edict on Friday urging all Iraqis, men and women, to register and "
         "vote in January#39;s elections, his aides said.", ("Ali al-Sistani=IRQ",),
         gold=("IRQ>IRQ:02|020",), ok=("IRQ>:02|020",), kind="bare"),
    Lead("e-kazan-icon", "Vatican returns icon to Russia", "MOSCOW (Reuters) - A Vatican delegation handed a "
         "revered icon of the Virgin of Kazan to Russian Orthodox Patriarch Alexiy II on Saturday, a gift from "
         "Pope John Paul that the Vatican hopes will thaw relations between the two churches.",
         ("Vatican delegation=VAT", "Patriarch Alexiy II=RUS", "Pope John Paul=VAT"),
         gold=("VAT>RUS:08|084|0842|05|050|07|070",), kind="dl"),
    Lead("e-dalai-kalmykia", "Dalai Lama visits Russia", "Reuters - The Dalai Lama arrived in the Russian "
         "region of Kalmykia on Monday for his first visit in over a decade, after Moscow granted him a visa "
         "despite objections from China.", ("Dalai Lama=CHN", "Moscow=RUSGOV", "China=CHN"),
         gold=("CHN>RUS:04|042",), ok=("RUS>CHN:03|05|07", "CHN>RUS:11|111"), kind="credit"),
    Lead("e-mandela-retires", "Mandela to retire from public life", "Nelson Mandela, South Africa#39;s first "
         "black president, said on Tuesday he would retire from public life at 85 to spend more time with his "
         "family and friends.", ("Nelson Mandela=ZAF",), kind="bare"),
    Lead("e-pinochet-indicted", "Pinochet indicted, put under house arrest", "AFP - A Chilean judge indicted "
         "former dictator Augusto Pinochet on Monday for the kidnapping of nine dissidents and the murder of "
         "one during his 1973-1990 rule, and ordered him placed under house arrest.",
         ("Chilean judge=CHLJUD", "Augusto Pinochet=CHL"),
         gold=("CHLJUD>CHL:17|173|172|11|115",), kind="credit"),
    Lead("e-zardari-bail", "Bhutto's husband freed on bail", "Asif Ali Zardari, the husband of former "
         "Pakistani Prime Minister Benazir Bhutto, walked free on Monday after eight years in jail when the "
         "Supreme Court granted him bail in the last case against him.",
         ("Asif Ali Zardari=PAK", "Benazir Bhutto=PAK", "Supreme Court=PAKJUD"),
         gold=("PAKJUD>PAK:08|084|0841",), kind="bare"),
    Lead("e-mufti-riyadh", "Saudi mufti condemns Riyadh bombing", "Reuters - Saudi Arabia#39;s top cleric, "
         "Grand Mufti Sheikh Abdulaziz al-Sheikh, condemned Wednesday#39;s suicide car bombing of a security "
         "headquarters in Riyadh as a heinous crime that no Muslim could justify.",
         ("Abdulaziz al-Sheikh=SAU",), gold=("SAU>:11|111",), kind="credit"),
    Lead("e-ebadi-sues", "Ebadi sues U.S. over publishing ban", "AP - Iranian Nobel peace laureate Shirin "
         "Ebadi sued the U.S. Treasury Department on Monday, challenging trade rules that she says stop her "
         "from publishing her memoirs in the United States.",
         ("Shirin Ebadi=IRN", "U.S. Treasury Department=USAGOV"), gold=("IRN>USAGOV:11|115",), kind="credit"),
    Lead("e-suu-kyi-extended", "Suu Kyi's detention extended", "YANGON (Reuters) - Myanmar#39;s military "
         "government has extended the house arrest of Nobel peace laureate Aung San Suu Kyi for another year, "
         "officials of her National League for Democracy said on Monday.",
         ("military government=MMRGOV", "Aung San Suu Kyi=MMR", "National League for Democracy=MMROPP"),
         gold=("MMRGOV>MMR:17|173",), kind="dl"),
    Lead("e-frederik-wedding", "Danish prince weds Australian", "COPENHAGEN (Reuters) - Denmark#39;s Crown "
         "Prince Frederik married Australian Mary Donaldson in Copenhagen Cathedral on Friday, with thousands "
         "of flag-waving Danes lining the streets.",
         ("Crown Prince Frederik=DNK", "Mary Donaldson=AUS"), kind="dl"),
    Lead("e-shahbaz-deported", "Pakistan deports Sharif's brother", "LAHORE, Pakistan (Reuters) - Pakistani "
         "authorities put Shahbaz Sharif, the brother of ousted Prime Minister Nawaz Sharif, on a plane back "
         "to Saudi Arabia hours after he flew home from exile on Tuesday, and police detained hundreds of his "
         "supporters.", ("Pakistani authorities=PAKGOV", "Shahbaz Sharif=PAK", "Nawaz Sharif=PAK",
                         "police=PAKCOP", "supporters=PAK"),
         gold=("PAKGOV>PAK:17|174", "PAKCOP>PAK:17|173"), kind="dl"),
    Lead("e-lazarenko-convicted", "Ex-Ukraine PM convicted in U.S.", "Former Ukrainian Prime Minister Pavlo "
         "Lazarenko was convicted by a U.S. federal jury in San Francisco on Thursday of laundering millions of "
         "dollars he extorted while in office.", ("Pavlo Lazarenko=UKR", "U.S. federal jury=USAJUD"),
         gold=("USAJUD>UKR:17|173|11|115",), kind="bare"),
    Lead("e-juppe-convicted", "Juppe convicted in funding scandal", "PARIS (Reuters) - A French court "
         "convicted former Prime Minister Alain Juppe on Friday in a party funding scandal and barred him from "
         "holding public office for 10 years, a blow to President Jacques Chirac#39;s chosen heir.",
         ("French court=FRAJUD", "Alain Juppe=FRA", "Jacques Chirac=FRAGOV"),
         gold=("FRAJUD>FRA:17|172|173",), kind="dl"),
    Lead("e-pope-lourdes", "Frail Pope prays at Lourdes", "Reuters - Pope John Paul, frail and struggling "
         "to speak, knelt in prayer at the grotto of Lourdes on Saturday on a pilgrimage he called a journey "
         "of the sick to join thousands of ailing Catholics.", ("Pope John Paul=VAT",),
         gold=("VAT>FRA:04|042",), kind="credit"),
    # Businesses
    Lead("b-halliburton-repay", "Halliburton to repay kickbacks", "AP - Halliburton said on Friday it would "
         "repay the U.S. government #36;6.3 million after two of its employees took kickbacks from a Kuwaiti "
         "subcontractor supplying U.S. troops in Iraq.",
         ("Halliburton=USABUS", "U.S. government=USAGOV", "Kuwaiti subcontractor=KWTBUS"), kind="credit"),
    Lead("b-alitalia-strike", "Alitalia flights grounded by strike", "ROME (Reuters) - Hundreds of Alitalia "
         "flights were cancelled on Friday as pilots and flight attendants staged a 24-hour strike against the "
         "troubled Italian airline#39;s plan to cut thousands of jobs.",
         ("Alitalia=ITABUS", "pilots=ITA", "flight attendants=ITA"),
         gold=("ITALAB>ITABUS:14|143",), kind="dl"),
    Lead("b-cnpc-pipeline", "China, Kazakhstan agree oil pipeline", "China National Petroleum Corp. signed an "
         "agreement with Kazakhstan#39;s state oil company KazMunaiGaz to build a pipeline carrying Kazakh crude "
         "to western China, the companies said.",
         ("China National Petroleum Corp.=CHNBUS", "KazMunaiGaz=KAZBUS"),
         gold=("CHNBUS>KAZBUS:05|057|06|061",), ok=("KAZBUS>CHNBUS:05|057|06|061",), kind="bare"),
    Lead("b-flash-crash", "Charter jet crashes in Red Sea", "Reuters - A Boeing 737 of Egypt#39;s Flash "
         "Airlines carrying French tourists crashed into the Red Sea after taking off from Sharm el-Sheikh on "
         "Saturday, killing all 148 people on board, officials said.",
         ("Flash Airlines=EGYBUS", "French tourists=FRA"), kind="credit"),
    Lead("b-riggs-fined", "Riggs Bank fined #36;25 million", "WASHINGTON (Reuters) - U.S. regulators fined "
         "Riggs Bank a record #36;25 million on Thursday for failing to report suspicious transactions in "
         "accounts held by Saudi Arabia#39;s embassy and the government of Equatorial Guinea.",
         ("U.S. regulators=USAGOV", "Riggs Bank=USABUS", "Saudi Arabia's embassy=SAUGOV",
          "government of Equatorial Guinea=GNQGOV"),
         gold=("USAGOV>USABUS:17|172|16",), kind="dl"),
    Lead("b-mitsubishi-arrests", "Ex-Mitsubishi Motors chief arrested", "Japanese police arrested former "
         "Mitsubishi Motors president Katsuhiko Kawasoe and five other executives on Thursday on suspicion of "
         "covering up a defect blamed for a fatal crash.",
         ("Japanese police=JPNCOP", "Mitsubishi Motors=JPNBUS", "Katsuhiko Kawasoe=JPN"),
         gold=("JPNCOP>JPN:17|173",), kind="bare"),
    Lead("b-mittal-isg", "Mittal to create steel giant", "AP - Billionaire Lakshmi Mittal agreed on Monday to "
         "buy International Steel Group for #36;4.5 billion, creating the world#39;s largest steelmaker.",
         ("Lakshmi Mittal=IND", "International Steel Group=USABUS"), kind="credit"),
    Lead("b-unocal-settles", "Unocal settles Myanmar suits", "LOS ANGELES (Reuters) - Unocal Corp. agreed on "
         "Monday to settle lawsuits by Myanmar villagers who accused the U.S. oil company of complicity in "
         "forced labour, rape and murder by soldiers guarding a gas pipeline.",
         ("Unocal=USABUS", "Myanmar villagers=MMRCVL", "soldiers=MMRMIL"),
         gold=("USABUS>MMRCVL:05|057|08|03|030",), ok=("MMRCVL>USABUS:11|112|115",), kind="dl"),
    # Aid and rights groups
    Lead("n-msf-afghan", "MSF quits Afghanistan", "Medecins Sans Frontieres said on Wednesday it was pulling "
         "out of Afghanistan after 24 years, blaming the government for failing to arrest the killers of five "
         "of its workers in June.", ("Medecins Sans Frontieres=NGO", "government=AFGGOV"),
         gold=("NGO>AFG:16|166|162", "NGO>AFGGOV:11|112"), kind="bare"),
    Lead("n-icrc-warned", "Red Cross says it warned U.S. on abuse", "GENEVA (Reuters) - The International "
         "Committee of the Red Cross said on Friday it had repeatedly told U.S. authorities about the abuse of "
         "Iraqi prisoners at Abu Ghraib for more than a year before the scandal broke.",
         ("International Committee of the Red Cross=NGO", "U.S. authorities=USAGOV"),
         gold=("NGO>USA:11|111|112",), kind="dl"),
    Lead("n-amnesty-report", "Amnesty says war on terror failing", "AP - Amnesty International said in its "
         "annual report on Wednesday that the U.S.-led war on terror had made the world more dangerous, and "
         "accused Washington of abusing detainees in Iraq, Afghanistan and Guantanamo Bay.",
         ("Amnesty International=NGO", "Washington=USAGOV"), gold=("NGO>USA:11|112",), kind="credit"),
    Lead("n-hrw-tribunal", "Rights group faults Saddam tribunal", "Human Rights Watch said on Monday that "
         "Iraq#39;s special tribunal for Saddam Hussein lacked experienced judges and could not ensure a fair "
         "trial, and urged the United Nations to help.",
         ("Human Rights Watch=NGO", "Saddam Hussein=IRQ", "special tribunal=IRQJUD", "United Nations=IGOUNO"),
         gold=("NGO>IRQ:11|111", "NGO>IGO:02|020"), kind="bare"),
    Lead("n-red-crescent-falluja", "Aid convoy turned back from Falluja", "Reuters - U.S. troops turned back "
         "an Iraqi Red Crescent convoy carrying food and medicine to Falluja on Saturday, saying the fighting "
         "made the city too dangerous, the aid group said.",
         ("U.S. troops=USAMIL", "Iraqi Red Crescent=IRQNGO"),
         gold=("USAMIL>IRQNGO:12|129|17|19|191",), kind="credit"),
    Lead("n-transparency", "Bangladesh, Haiti most corrupt", "Transparency International named Bangladesh and "
         "Haiti as the world#39;s most corrupt countries in its annual index on Wednesday, with Finland judged "
         "the cleanest.", ("Transparency International=NGO", "Bangladesh=BGD", "Haiti=HTI", "Finland=FIN"),
         ok=("NGO>BGD:11|111", "NGO>HTI:11|111"), kind="bare"),
    Lead("n-erkel-freed", "Dutch aid worker freed in Dagestan", "MOSCOW (Reuters) - Dutch aid worker Arjan "
         "Erkel, head of Medecins Sans Frontieres#39; mission in Dagestan, was freed on Sunday after 20 months "
         "in captivity in Russia#39;s North Caucasus, Russian officials said.",
         ("Arjan Erkel=NLD", "Medecins Sans Frontieres=NGO", "Russian officials=RUSGOV"),
         gold=(">NLD:08|084|0841",), kind="dl"),
    Lead("n-icrc-saddam", "Red Cross visits Saddam", "AFP - Red Cross officials visited Saddam Hussein for the "
         "first time since his capture on Saturday and found him in good health, the International Committee "
         "of the Red Cross said.", ("Red Cross=NGO", "Saddam Hussein=IRQ"), gold=("NGO>IRQ:04|042|040",),
         kind="credit"),
    # U.N. agencies and officials
    Lead("u-unhcr-afghans", "Three million Afghans home", "GENEVA (Reuters) - More than three million Afghan "
         "refugees have returned home from Pakistan and Iran since the fall of the Taliban, the U.N. refugee "
         "agency said on Tuesday, but millions more remain abroad.",
         ("Afghan refugees=AFG", "U.N. refugee agency=IGOUNO"), kind="dl"),
    Lead("u-wfp-korea", "WFP appeals for North Korea food", "AFP - The World Food Programme appealed to donors "
         "on Thursday for more food for North Korea, warning that it would have to cut rations to millions of "
         "children and pregnant women within weeks.", ("World Food Programme=IGOUNO",),
         gold=("IGO>:02|023|0233",), kind="credit"),
    Lead("u-unicef-report", "Half the world's children deprived", "More than half of the world#39;s children "
         "suffer from poverty, war or AIDS, UNICEF said on Thursday in its annual report on the state of the "
         "world#39;s children.", ("UNICEF=IGOUNO",), kind="bare"),
    Lead("u-elbaradei-iraq", "Nuclear equipment vanishing from Iraq", "VIENNA (Reuters) - U.N. nuclear "
         "watchdog chief Mohamed ElBaradei told the Security Council that equipment and materials that could "
         "be used to make nuclear weapons had vanished from sites in Iraq without the agency#39;s knowledge.",
         ("Mohamed ElBaradei=IGOUNO", "Security Council=IGOUNO"), kind="dl"),
    Lead("u-annan-son", "Annan 'disappointed' over son", "Kofi Annan said on Monday he was surprised and "
         "disappointed to learn that his son Kojo had kept receiving payments from Cotecna, a Swiss company that "
         "won an oil-for-food contract in Iraq.",
         ("Kofi Annan=IGOUNO", "Kojo=GHA", "Cotecna=CHEBUS"), kind="bare"),
    Lead("u-brahimi-poison", "Israel protests Brahimi remarks", "AP - Israel lodged a protest with the United "
         "Nations on Friday after U.N. envoy Lakhdar Brahimi called its policies toward the Palestinians the "
         "#39;great poison#39; in the Middle East.",
         ("Israel=ISR", "United Nations=IGOUNO", "Lakhdar Brahimi=IGOUNO"),
         gold=("ISR>IGO:11|114", "IGO>ISR:11|111"), kind="credit"),
    Lead("u-congo-abuse", "U.N. finds peacekeepers abused girls", "KINSHASA (Reuters) - U.N. investigators "
         "found that peacekeepers in eastern Congo had sexually exploited girls as young as 13 in return for "
         "food or a few dollars, the United Nations said.",
         ("U.N. investigators=IGOUNO", "peacekeepers=IGOUNO", "United Nations=IGOUNO"),
         gold=("IGO>COD:18|182|1821",), ok=("IGO>IGO:09|090",), kind="dl"),
    Lead("u-qazi-named", "Annan names new Iraq envoy", "Kofi Annan named Pakistani diplomat Ashraf Jehangir "
         "Qazi on Monday as his new special envoy to Iraq, a post left empty since a bomb killed Sergio Vieira "
         "de Mello in Baghdad last year.", ("Kofi Annan=IGOUNO", "Ashraf Jehangir Qazi=IGOUNO"), kind="bare"),
    Lead("u-kano-polio", "Kano resumes polio vaccination", "AFP - Nigeria#39;s Kano state resumed polio "
         "vaccinations on Saturday after an 11-month boycott by Muslim leaders who had claimed the vaccine was "
         "laced with drugs to make women sterile, the World Health Organisation said.",
         ("Kano state=NGAGOV", "Muslim leaders=NGA", "World Health Organisation=IGOUNO"), kind="credit"),
    Lead("u-ictr-life", "Rwanda tribunal jails ex-minister for life", "ARUSHA, Tanzania (Reuters) - The U.N. "
         "war crimes tribunal for Rwanda sentenced former finance minister Emmanuel Ndindabahizi to life in "
         "prison on Thursday for genocide and crimes against humanity.",
         ("U.N. war crimes tribunal=IGOUNO", "Emmanuel Ndindabahizi=RWA"),
         gold=("IGO>RWA:17|173",), kind="dl"),
    # Courts, parliaments, parties
    Lead("p-arroyo-proclaimed", "Congress proclaims Arroyo winner", "MANILA (Reuters) - The Philippine "
         "Congress proclaimed Gloria Macapagal Arroyo the winner of last month#39;s presidential election on "
         "Thursday, as supporters of her rival Fernando Poe Jr. protested outside.",
         ("Philippine Congress=PHLLEG", "Gloria Macapagal Arroyo=PHLGOV", "Fernando Poe Jr.=PHLOPP",
          "supporters=PHL"), gold=("PHL>:14|141",), kind="dl"),
    Lead("p-bali-retroactive", "Court rules against Bali law", "Reuters - Indonesia#39;s Constitutional Court "
         "ruled on Friday that an anti-terror law could not be applied retroactively to the 2002 Bali "
         "bombings, raising doubts over the convictions of more than 30 militants.",
         ("Constitutional Court=IDNJUD",), kind="credit"),
    Lead("p-barrier-reroute", "Israeli court orders barrier rerouted", "Israel#39;s Supreme Court ordered the "
         "government on Wednesday to reroute part of the West Bank barrier near Jerusalem, saying it caused "
         "Palestinian villagers too much hardship.",
         ("Supreme Court=ISRJUD", "government=ISRGOV", "Palestinian villagers=PSECVL"),
         gold=("ISRJUD>ISRGOV:10|17|172",), kind="bare"),
    Lead("p-roh-impeached", "South Korea impeaches Roh", "SEOUL (Reuters) - South Korea#39;s opposition-"
         "controlled parliament voted on Friday to impeach President Roh Moo-hyun for breaching election laws, "
         "as scuffles broke out and ruling party lawmakers wept in the chamber.",
         ("parliament=KORLEG", "Roh Moo-hyun=KORGOV", "ruling party lawmakers=KORLEG"),
         gold=("KORLEG>KORGOV:17|172|11|115",), kind="dl"),
    Lead("p-anwar-freed", "Anwar freed as court overturns conviction", "Malaysia#39;s top court overturned the "
         "sodomy conviction of former deputy prime minister Anwar Ibrahim on Thursday, freeing him after six "
         "years in jail.", ("top court=MYSJUD", "Anwar Ibrahim=MYS"),
         gold=("MYSJUD>MYS:08|084|0841",), kind="bare"),
    Lead("p-cambodia-coalition", "Cambodia ends deadlock", "PHNOM PENH (Reuters) - Cambodia#39;s parliament "
         "approved a new coalition government led by Hun Sen on Thursday, ending an 11-month deadlock, as the "
         "opposition Sam Rainsy Party boycotted the vote.",
         ("parliament=KHMLEG", "Hun Sen=KHMGOV", "Sam Rainsy Party=KHMOPP"),
         gold=("KHMOPP>KHMLEG:14|143|12",), kind="dl"),
    Lead("p-berlusconi-acquitted", "Berlusconi cleared of bribery", "AP - A Milan court acquitted Prime "
         "Minister Silvio Berlusconi on Friday of bribing judges in one case, and ruled that the statute of "
         "limitations had run out on a second charge.",
         ("Milan court=ITAJUD", "Silvio Berlusconi=ITAGOV"), kind="credit"),
    Lead("p-kefaya", "Egyptians protest against Mubarak term", "Hundreds of Egyptian opposition activists held "
         "a rare silent protest in Cairo on Sunday against a fifth term for President Hosni Mubarak, with tape "
         "over their mouths.", ("Egyptian opposition activists=EGYOPP", "Hosni Mubarak=EGYGOV"),
         gold=("EGYOPP>EGYGOV:14|141",), kind="bare"),
    Lead("p-loya-jirga", "Afghan assembly adopts constitution", "KABUL (Reuters) - Afghanistan#39;s grand "
         "assembly approved a new constitution on Sunday after three weeks of often bitter debate, setting up "
         "a strong presidency.", ("grand assembly=AFGLEG",), kind="dl"),
    # Unions and strikers
    Lead("l-sa-public-strike", "S.African public servants strike", "JOHANNESBURG (Reuters) - Hundreds of "
         "thousands of South African public servants went on strike on Thursday demanding higher pay, shutting "
         "schools and courts in the country#39;s biggest strike since apartheid ended.",
         ("public servants=ZAF",), gold=("ZAF>ZAF:14|143|10|103",), kind="dl"),
    Lead("l-hartz-protests", "Eastern Germans march against cuts", "Reuters - Tens of thousands of protesters "
         "marched through cities in eastern Germany on Monday against Chancellor Gerhard Schroeder#39;s cuts to "
         "unemployment benefits, reviving the #39;Monday demonstrations#39; that helped topple communism.",
         ("protesters=DEUCVL", "Gerhard Schroeder=DEUGOV"), gold=("DEUCVL>DEUGOV:14|141",), kind="credit"),
    Lead("l-edf-cuts", "French power workers cut supply", "Striking workers at French state utility Electricite "
         "de France cut power to thousands of homes and businesses on Tuesday in protest at government plans to "
         "partly privatise the company.", ("workers=FRALAB", "Electricite de France=FRABUS"),
         gold=("FRALAB>:14|143",), ok=("FRALAB>FRAGOV:14|143",), kind="bare"),
    Lead("l-hyundai-strike", "Hyundai Motor workers strike", "SEOUL (Reuters) - Workers at Hyundai Motor Co., "
         "South Korea#39;s biggest carmaker, began a partial strike on Friday to press demands for higher wages "
         "and a say in management, the union said.",
         ("Workers=KORLAB", "Hyundai Motor=KORBUS", "union=KORLAB"),
         gold=("KORLAB>KORBUS:14|143|10|103",), kind="dl"),
    Lead("l-italy-general-strike", "Italian unions stage general strike", "Millions of Italian workers walked "
         "off the job on Tuesday in a general strike called by the country#39;s three main unions against Prime "
         "Minister Silvio Berlusconi#39;s budget and tax cuts.",
         ("Italian workers=ITA", "unions=ITALAB", "Silvio Berlusconi=ITAGOV"),
         gold=("ITALAB>ITAGOV:14|143",), kind="bare"),
    # Rebels and militias
    Lead("r-superferry", "Arroyo blames Abu Sayyaf for ferry blast", "AFP - President Gloria Arroyo said on "
         "Monday that Abu Sayyaf militants had planted the bomb that set off a fire aboard a ferry in Manila Bay "
         "in February, killing more than 100 people, and that police had arrested the bombers.",
         ("Gloria Arroyo=PHLGOV", "Abu Sayyaf=PHLREB", "police=PHLCOP"),
         gold=("PHLGOV>PHLREB:11|112", "PHLCOP>PHLREB:17|173"), ok=("PHLREB>PHL:18|183|180",), kind="credit"),
    Lead("r-krue-se", "Thai forces kill 107 in south", "PATTANI, Thailand (Reuters) - Thai security forces "
         "killed 107 machete-wielding young men who attacked police posts across the Muslim south on Wednesday, "
         "storming an ancient mosque where some had taken refuge.",
         ("Thai security forces=THAMIL", "young men=THA"),
         gold=("THA>THA:19|190|18|180",), kind="dl"),
    Lead("r-sahraoui", "Algeria kills Islamist rebel leader", "Reuters - Algerian troops killed Nabil "
         "Sahraoui, leader of the Salafist Group for Preaching and Combat, and three of his aides in a clash in "
         "the mountains east of Algiers, the army said on Sunday.",
         ("Algerian troops=DZAMIL", "Nabil Sahraoui=DZAREB", "Salafist Group for Preaching and Combat=DZAREB"),
         gold=("DZAMIL>DZAREB:19|190|18|180",), kind="credit"),
    Lead("r-assam-parade", "Bomb kills children at Indian parade", "A bomb blamed on separatist rebels exploded "
         "at an Independence Day parade in India#39;s northeastern state of Assam on Sunday, killing at least "
         "13 people, most of them schoolchildren, police said.",
         ("separatist rebels=IND", "police=INDCOP"), gold=("IND>IND:18|180|183",), ok=(">IND:18|180|183",),
         kind="bare"),
    Lead("r-mosul-mess-tent", "Blast kills 22 at U.S. base in Mosul", "MOSUL, Iraq (Reuters) - A blast tore "
         "through a mess tent at a U.S. base in Mosul at lunchtime on Tuesday, killing 22 people, most of them "
         "American soldiers, and the militant group Ansar al-Sunna claimed responsibility.",
         ("American soldiers=USAMIL", "Ansar al-Sunna=IRQREB"),
         gold=("IRQREB>USA:18|180|183|19|190",), ok=(">USA:18|180|183|19|190",), kind="dl"),
    Lead("r-ira-photos", "IRA rejects photos of disarmament", "Reuters - The IRA on Thursday rejected demands "
         "by Protestant leader Ian Paisley for photographs of its weapons being destroyed, saying it would not "
         "submit to a process of humiliation.", ("IRA=GBRREB", "Ian Paisley=GBR"),
         gold=("GBRREB>GBR:12|120",), kind="credit"),
    Lead("r-dyncorp-bomb", "Car bomb hits U.S. firm in Kabul", "A car bomb exploded outside the Kabul office "
         "of U.S. security firm DynCorp, which guards President Hamid Karzai, on Sunday, killing at least seven "
         "people including three Americans, and the Taliban claimed responsibility.",
         ("DynCorp=USABUS", "Hamid Karzai=AFGGOV", "Americans=USA", "Taliban=AFGREB"),
         gold=("AFGREB>USA:18|180|183",), ok=(">USA:18|180|183",), kind="bare"),
    Lead("r-khobar-siege", "Saudi commandos end Khobar siege", "KHOBAR, Saudi Arabia (Reuters) - Saudi "
         "commandos stormed a residential compound in Khobar on Sunday to free hostages held by Islamic "
         "militants, ending a 25-hour siege in which 22 people, most of them foreign oil workers, were killed.",
         ("Saudi commandos=SAUMIL", "Islamic militants=SAUREB", "foreign oil workers="),
         gold=("SAUMIL>SAUREB:19|190|18|180",), ok=("SAUREB>:18|181",), kind="dl"),
    # Police and soldiers
    Lead("s-sivits", "First soldier sentenced over Abu Ghraib", "AP - A U.S. military court in Baghdad "
         "sentenced Army Spc. Jeremy Sivits on Wednesday to a year in prison for abusing Iraqi prisoners at Abu "
         "Ghraib, the first soldier convicted in the scandal.",
         ("U.S. military court=USAJUD", "Jeremy Sivits=USAMIL", "Iraqi prisoners=IRQ"),
         gold=("USA>USA:17|173",), ok=("USAMIL>IRQ:18|180",), kind="credit"),
    Lead("s-hague-siege", "Dutch police end siege, arrest two", "THE HAGUE (Reuters) - Dutch police stormed a "
         "house in The Hague on Wednesday after a 14-hour siege, arresting two suspected Islamic militants who "
         "had thrown a grenade that wounded three officers.",
         ("Dutch police=NLDCOP", "suspected Islamic militants=NLD", "officers=NLDCOP"),
         gold=("NLDCOP>NLD:17|173", "NLD>NLDCOP:18|180"), kind="dl"),
    Lead("s-manipur-women", "Women strip in protest at army", "IMPHAL, India (Reuters) - Women protesters "
         "stripped naked outside an army base in India#39;s northeastern state of Manipur on Thursday against "
         "the killing of a woman they said was raped and shot by soldiers of the paramilitary Assam Rifles.",
         ("Women protesters=INDCVL", "Assam Rifles=INDMIL", "soldiers=INDMIL"),
         gold=("INDCVL>INDMIL:14|141|11|112",), kind="dl"),
    Lead("s-falluja-mosque-film", "U.S. probes Marine filmed shooting Iraqi", "Reuters - The U.S. military "
         "said on Tuesday it was investigating a Marine filmed by a television crew shooting dead an unarmed and "
         "wounded Iraqi prisoner in a Falluja mosque.",
         ("U.S. military=USAMIL", "Marine=USAMIL", "Iraqi prisoner=IRQ"),
         gold=("USA>USA:09|090",), ok=("USAMIL>IRQ:18|180",), kind="credit"),
    Lead("s-nll-shots", "South Korea fires warning shots", "South Korean navy ships fired warning shots on "
         "Wednesday at a North Korean patrol boat that crossed the disputed sea border off the west coast, the "
         "Joint Chiefs of Staff said.",
         ("South Korean navy=KORMIL", "North Korean patrol boat=PRKMIL", "Joint Chiefs of Staff=KORMIL"),
         gold=("KORMIL>PRKMIL:15|150|13|138|19",), ok=("PRKMIL>KOR:15|150|19|192",), kind="bare"),
    Lead("s-rocinha", "Police occupy Rio slum", "RIO DE JANEIRO (Reuters) - Hundreds of police backed by "
         "armoured cars occupied Rio de Janeiro#39;s biggest slum, Rocinha, on Monday after days of gun battles "
         "between rival drug gangs that killed at least 10 people.",
         ("police=BRACOP", "drug gangs=BRA"), gold=("BRACOP>BRA:17|175|19|192",),
         ok=("BRA>BRA:19|190|18",), kind="dl"),
    Lead("s-kut-pullout", "Ukrainian troops quit Kut", "Reuters - Ukrainian troops pulled out of the southern "
         "Iraqi city of Kut on Wednesday after a day of fighting with militiamen loyal to Moqtada al-Sadr.",
         ("Ukrainian troops=UKRMIL", "militiamen=IRQREB", "Moqtada al-Sadr=IRQ"),
         gold=("UKRMIL>IRQ:08|087|0874",), ok=("UKRMIL>IRQREB:19|190", "IRQREB>UKRMIL:19|190"), kind="credit"),
    Lead("s-saudi-reformists", "Saudis detain reform advocates", "Saudi police detained about a dozen reform "
         "advocates on Tuesday who had petitioned Crown Prince Abdullah for a constitutional monarchy, a human "
         "rights activist said.",
         ("Saudi police=SAUCOP", "reform advocates=SAU", "Crown Prince Abdullah=SAUGOV"),
         gold=("SAUCOP>SAU:17|173",), ok=("SAU>SAUGOV:10|02",), kind="bare"),
    # More leads that tell no codable event, and a few more elites and strikers
    Lead("x-jelinek-nobel", "Jelinek wins Nobel literature prize", "AP - Austrian writer Elfriede Jelinek, "
         "known for her bleak portraits of violence against women, won the Nobel Prize for Literature on "
         "Thursday, the Swedish Academy said.", ("Elfriede Jelinek=AUT", "Swedish Academy=SWE"), kind="credit"),
    Lead("x-bali-tourists", "Tourists trickle back to Bali", "Foreign tourists are returning to Bali two years "
         "after the nightclub bombings that killed 202 people, hotel owners say, with occupancy rates back "
         "near 70 percent.", ("Foreign tourists=", "hotel owners=IDN"), kind="bare"),
    Lead("x-conoco-lukoil", "ConocoPhillips buys Lukoil stake", "Reuters - ConocoPhillips agreed on Wednesday "
         "to buy the Russian government#39;s 7.6 percent stake in Lukoil for nearly #36;2 billion, the biggest "
         "foreign investment in Russia#39;s oil sector since the Yukos affair began.",
         ("ConocoPhillips=USABUS", "Russian government=RUSGOV", "Lukoil=RUSBUS"), kind="credit"),
    Lead("x-asahi-poll", "Koizumi support slips", "Support for Prime Minister Junichiro Koizumi#39;s cabinet "
         "fell to 40 percent in a poll published by the Asahi Shimbun on Tuesday, after a scandal over unpaid "
         "pension premiums.", ("Junichiro Koizumi=JPNGOV", "Asahi Shimbun=JPNMED"), kind="bare"),
    Lead("x-chechen-camps", "Chechen refugees fear camp closures", "AFP - Thousands of Chechen refugees still "
         "living in tent camps in Ingushetia say they fear being forced home as the camps close, though fighting "
         "goes on in Chechnya, aid workers said.", ("Chechen refugees=RUS", "aid workers="), kind="credit"),
    Lead("x-who-sars", "New SARS cases in China", "The World Health Organisation said on Friday that China had "
         "reported two more suspected SARS cases linked to a Beijing laboratory, but that there was no sign "
         "the virus was spreading widely.", ("World Health Organisation=IGOUNO", "China=CHN"), kind="bare"),
    Lead("x-alwaleed-disney", "Saudi prince to help Euro Disney", "AFP - Saudi Prince Alwaleed bin Talal, "
         "one of the world#39;s richest men, said on Monday he would keep his stake in Euro Disney and put more "
         "money into the loss-making theme park near Paris.",
         ("Alwaleed bin Talal=SAU", "Euro Disney=FRABUS"), kind="credit"),
    Lead("x-gorbachev-governors", "Gorbachev faults Putin plan", "Former Soviet leader Mikhail Gorbachev said "
         "on Tuesday that the Kremlin#39;s plan to scrap elections for regional governors was a step back from "
         "democracy, joining a chorus of criticism of President Vladimir Putin.",
         ("Mikhail Gorbachev=RUS", "Kremlin=RUSGOV", "Vladimir Putin=RUSGOV"),
         gold=("RUS>RUSGOV:11|111",), kind="bare"),
    Lead("x-queen-berlin", "Queen begins German visit", "BERLIN (Reuters) - Queen Elizabeth began a state "
         "visit to Germany on Tuesday, her first in 12 years, meeting President Horst Koehler on the eve of a "
         "concert for reconciliation in Berlin.", ("Queen Elizabeth=GBR", "Horst Koehler=DEUGOV"),
         gold=("GBR>DEU:04|042|040",), ok=("GBR>DEUGOV:04|040|042", "DEUGOV>GBR:04|040"), kind="dl"),
    Lead("x-norway-oil-strike", "Norway ends oil strike", "Reuters - Norway#39;s government ordered striking "
         "offshore oil workers back to work on Monday under compulsory arbitration, ending a walkout that had "
         "threatened to shut down much of the country#39;s oil output.",
         ("government=NORGOV", "offshore oil workers=NORLAB"),
         gold=("NORGOV>NOR:17|172|10|103",), kind="credit"),
)
