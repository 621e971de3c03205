"""A blind set of wire leads about real events of 2004 in Asia and Europe, written for what an informed reader of
2004 knows: the country and role of the period's named people (presidents, ministers, rebel leaders, clerics,
opposition politicians), parties, ministries, companies, media, armed groups and international bodies, beside the
nameless groups of the feed ("insurgents", "police", "the government"). Leads come as the AG's News "World" feed
carries them: a third with a dateline ("KABUL (Reuters) -"), a third with an "AP - " style credit and no dateline,
a third a headline and a bare sentence; some keep the feed's `#39;` for an apostrophe and `#36;` for a dollar sign.
About a third assert no codable event (election results, disasters, analysis, polls, negated or expected acts): the
coder must stay silent on them.

Each lead lists every actor it names with its gold code ("text=CODE"; checked on the country, as the guidelines'
scorer does, with `first_match`; an empty code means the actor is found and given no country) and its gold events in
the format of the event blind sets (`tests/understand/events/test_wire_blind.py`). Every code was written down by
events_guidelines.md and the CAMEO codebook before the coder's output on these leads was seen. Kosovo and Serbia of
2004 are coded SRB (Kosovo was a province of Serbia under U.N. rule). The sentences were written for this test from
memory of the period's news; they copy no article.

`python -m pytest tests/understand/actors/test_wire_2004_asia.py -q -s -k score` prints the scores."""

from __future__ import annotations

import pytest

from tests.understand.actors.lead_sets import Lead, LeadSet

pytestmark = pytest.mark.model

# declarative table: the blind set of 2004 leads from Asia and Europe.
# fmt: off
LEADS: tuple[Lead, ...] = (
    # Afghanistan
    Lead("a-karzai-warlords", "Karzai accuses warlords", "KABUL (Reuters) - President Hamid Karzai on Sunday accused "
         "regional warlords of intimidating voters ahead of the country #39;s first presidential election, and vowed "
         "to disarm their militias.", ("Hamid Karzai=AFGGOV", "warlords=AFG"),
         gold=("AFGGOV>AFG:11|112",), ok=("AFGGOV>AFG:13|130|03|030|17",), kind="dateline"),
    Lead("a-uruzgan-ambush", "Election workers killed", "AP - Taliban rebels killed two election workers and wounded "
         "four others in an ambush in southern Uruzgan province on Saturday, a provincial official said.",
         ("Taliban rebels=AFGREB", "election workers=AFG", "provincial official=AFGGOV"),
         gold=("AFGREB>AFG:18|180|19|190",), kind="credit"),
    Lead("a-vote-count", "Karzai leads Afghan vote count", "Hamid Karzai held a commanding lead on Tuesday as counting "
         "from the October 9 presidential election moved into its second week, with his closest rival Yunus Qanuni "
         "trailing far behind.", ("Hamid Karzai=AFGGOV", "Yunus Qanuni=AFGOPP"), kind="bare"),
    Lead("a-kandahar-raid", "Taliban suspects held", "Reuters - U.S.-led troops detained 12 suspected Taliban fighters "
         "in a raid on a village in Kandahar province on Wednesday, a U.S. military spokesman said.",
         ("U.S.-led troops=USAMIL", "suspected Taliban fighters=AFGREB", "U.S. military spokesman=USAMIL"),
         gold=("USAMIL>AFGREB:17|173",), kind="credit"),
    Lead("a-un-kidnap", "U.N. workers kidnapped in Kabul", "KABUL (AFP) - Gunmen kidnapped three foreign United Nations "
         "workers in Kabul on Thursday, the first abduction of foreigners in the Afghan capital since the fall of the "
         "Taliban.", ("Gunmen=AFG", "United Nations workers=IGOUNO"), gold=("AFG>IGOUNO:18|181",), kind="dateline"),
    Lead("a-opium", "Afghan opium crop hits record", "Opium poppy cultivation in Afghanistan rose by two-thirds this "
         "year to a record, the United Nations drug agency said in a report on Thursday, warning that the country "
         "risked becoming a narco-state.", ("United Nations drug agency=IGOUNO",), kind="bare"),
    # Pakistan
    Lead("p-wana-offensive", "Army pounds al Qaeda hideouts", "WANA, Pakistan (Reuters) - Pakistani troops backed by "
         "helicopter gunships attacked suspected al Qaeda hideouts in the South Waziristan tribal region on Tuesday, "
         "killing at least 10 militants, the army said.",
         ("Pakistani troops=PAKMIL", "al Qaeda=", "army=PAKMIL"), gold=("PAKMIL>:19|190|195|18|180",),
         kind="dateline"),
    Lead("p-musharraf-singh", "Musharraf, Singh meet in New York", "AP - President Pervez Musharraf and Indian Prime "
         "Minister Manmohan Singh met in New York on Friday and agreed to explore options for a peaceful settlement "
         "of the Kashmir dispute.", ("Pervez Musharraf=PAKGOV", "Manmohan Singh=INDGOV"),
         gold=("PAKGOV>INDGOV:04|040|043", "INDGOV>PAKGOV:04|040|043"),
         ok=("PAKGOV>INDGOV:03|030|036|057", "INDGOV>PAKGOV:03|030|036|057"), kind="credit"),
    Lead("p-aq-khan", "Pakistan rules out handing over scientist", "Pakistan will not hand over disgraced nuclear "
         "scientist Abdul Qadeer Khan to any foreign country for questioning, Information Minister Sheikh Rashid "
         "Ahmed said on Saturday.", ("Pakistan=PAK", "Abdul Qadeer Khan=PAK", "Sheikh Rashid Ahmed=PAKGOV"),
         gold=("PAKGOV>:12|120|125|128",), kind="bare"),
    Lead("p-aziz-sworn", "Aziz sworn in", "Reuters - Finance Minister Shaukat Aziz was sworn in as Pakistan #39;s prime "
         "minister on Saturday after winning a vote in the National Assembly, promising to press on with economic "
         "reforms.", ("Shaukat Aziz=PAKGOV", "National Assembly=PAKLEG"), kind="credit"),
    Lead("p-karachi-mosque", "Mosque bombing in Karachi", "KARACHI, Pakistan (AP) - A suicide bomber blew himself up "
         "inside a Shiite mosque in the southern city of Karachi during Friday prayers, killing at least 15 "
         "worshippers, police said.", ("worshippers=PAKCVL", "police=PAKCOP"), gold=(">PAK:18|183|180",),
         kind="dateline"),
    Lead("p-no-offensive", "No new offensive planned", "Reuters - Pakistan #39;s army has no plans to launch a new "
         "offensive in the tribal areas along the Afghan border, military spokesman Major General Shaukat Sultan "
         "said on Monday.", ("army=PAKMIL", "Shaukat Sultan=PAKMIL"), kind="credit"),
    # India
    Lead("i-kupwara", "Militants killed in Kashmir", "SRINAGAR, India (Reuters) - Indian troops killed four suspected "
         "Islamic militants in a gunbattle in Kashmir #39;s Kupwara district on Sunday, an army spokesman said.",
         ("Indian troops=INDMIL", "suspected Islamic militants=INDREB", "army spokesman=INDMIL"),
         gold=("INDMIL>INDREB:19|190|18|180",), kind="dateline"),
    Lead("i-congress-wins", "Congress wins Indian election", "The Congress party led by Sonia Gandhi won the most seats "
         "in India #39;s general election, final results showed on Thursday, in a stunning defeat for Prime Minister "
         "Atal Bihari Vajpayee.", ("Congress party=INDOPP", "Sonia Gandhi=IND", "Atal Bihari Vajpayee=INDGOV"),
         kind="bare"),
    Lead("i-natwar-camps", "India urges Pakistan to shut camps", "Reuters - Foreign Minister Natwar Singh on Tuesday "
         "urged Pakistan to dismantle militant training camps in its part of Kashmir, saying cross-border "
         "infiltration had not stopped.", ("Natwar Singh=INDGOV", "Pakistan=PAK"),
         gold=("INDGOV>PAK:10|100|02|020",), ok=("INDGOV>PAK:11|112",), kind="credit"),
    # Sri Lanka and Nepal
    Lead("s-tigers-reject", "Tigers reject talks offer", "COLOMBO (Reuters) - Tamil Tiger rebels on Monday rejected a "
         "government offer to resume peace talks in Norway, saying Colombo must first accept their proposal for an "
         "interim administration in the north and east.", ("Tamil Tiger rebels=LKAREB", "Colombo=LKA"),
         gold=("LKAREB>LKAGOV:12|120|125|128",), ok=("LKAREB>LKAGOV:10|100", "LKAGOV>LKAREB:03|036"),
         kind="dateline"),
    Lead("s-karuna-clash", "Rebel factions clash", "AP - Fighters loyal to renegade rebel commander Karuna clashed with "
         "mainstream Tamil Tiger guerrillas in eastern Sri Lanka on Friday, leaving at least 10 dead, the military "
         "said.", ("Karuna=LKAREB", "Tamil Tiger guerrillas=LKAREB", "military=LKAMIL"),
         gold=("LKAREB>LKAREB:19|190|18|180",), kind="credit"),
    Lead("s-snap-poll", "Sri Lanka votes", "Sri Lankans voted on Friday in a snap parliamentary election, the third in "
         "four years, with President Chandrika Kumaratunga #39;s alliance expected to win the most seats.",
         ("Chandrika Kumaratunga=LKAGOV",), kind="bare"),
    Lead("n-blockade", "Maoists blockade Kathmandu", "Reuters - Maoist rebels began a blockade of Kathmandu on "
         "Wednesday, cutting off the Nepali capital from the rest of the country in a bid to press the government to "
         "free jailed comrades.", ("Maoist rebels=NPLREB", "government=NPLGOV"),
         gold=("NPLREB>NPL:19|191|17|170",), ok=("NPLREB>NPLGOV:10|100",), kind="credit"),
    Lead("n-deuba", "King reappoints Deuba", "KATHMANDU (AFP) - Nepal #39;s King Gyanendra on Wednesday reappointed "
         "Sher Bahadur Deuba as prime minister and asked him to hold elections and open peace talks with Maoist "
         "rebels.", ("King Gyanendra=NPLGOV", "Sher Bahadur Deuba=NPLGOV", "Maoist rebels=NPLREB"),
         gold=("NPLGOV>NPLGOV:10|100|02|020",), kind="dateline"),
    # China, Taiwan, Hong Kong
    Lead("c-referendum-warning", "China warns Chen", "TAIPEI (Reuters) - China warned Taiwan #39;s President Chen "
         "Shui-bian on Wednesday that his plan to hold a referendum alongside next month #39;s presidential election "
         "could push the island toward war.", ("China=CHN", "Chen Shui-bian=TWNGOV"),
         gold=("CHN>TWNGOV:13|130|138|11|111",), kind="dateline"),
    Lead("c-taiwan-protest", "Protests go on in Taipei", "AP - Taiwan #39;s High Court began a recount of the disputed "
         "presidential election on Monday, as opposition leader Lien Chan #39;s supporters kept up their protests "
         "outside the presidential office.", ("High Court=TWNJUD", "Lien Chan=TWNOPP"),
         gold=("TWNOPP>TWNGOV:14|140|141",), ok=("TWNJUD>:09|090",), kind="credit"),
    Lead("c-hk-vote", "Beijing rules out direct elections", "China #39;s parliament ruled out on Monday direct "
         "elections for Hong Kong #39;s next leader in 2007, dealing a blow to the territory #39;s pro-democracy "
         "camp.", ("parliament=CHNLEG", "pro-democracy camp=HKGOPP"), gold=("CHNLEG>HKG:12|120|125",), kind="bare"),
    Lead("c-jiang-quits", "Jiang hands over army post", "BEIJING (Reuters) - Former President Jiang Zemin resigned as "
         "chairman of China #39;s military commission on Sunday, handing his last major post to President Hu "
         "Jintao, state media said.", ("Jiang Zemin=CHN", "Hu Jintao=CHNGOV"), kind="dateline"),
    Lead("c-submarine-protest", "Japan protests to China", "AP - Japan lodged a formal protest with China on Friday "
         "after identifying a submarine that intruded into its territorial waters near Okinawa as Chinese, Chief "
         "Cabinet Secretary Hiroyuki Hosoda said.", ("Japan=JPN", "China=CHN", "Hiroyuki Hosoda=JPNGOV"),
         gold=("JPN>CHN:11|114|111",), ok=("CHN>JPN:15|150|19|190",), kind="credit"),
    Lead("c-taiwan-drill", "Taiwan stages war games", "Taiwan #39;s armed forces staged their biggest annual military "
         "exercise on Wednesday, simulating a Chinese invasion of the island, as President Chen Shui-bian watched "
         "from a command post.", ("armed forces=TWNMIL", "Chen Shui-bian=TWNGOV"), gold=("TWNMIL>:15|150|152",),
         kind="bare"),
    Lead("c-mine-blast", "Chinese mine blast kills 148", "A gas explosion tore through a coal mine in China #39;s "
         "Shaanxi province on Sunday, killing at least 148 miners in the country #39;s worst mining disaster in "
         "years, state media said.", (), kind="bare"),
    Lead("c-dalai-lama", "No talks with Dalai Lama soon", "Reuters - China is unlikely to open talks with the Dalai "
         "Lama soon despite two visits by his envoys to Beijing in the past two years, Tibet experts said.",
         ("China=CHN", "Dalai Lama=CHN"), kind="credit"),
    # the Koreas and Japan
    Lead("k-six-party", "Nuclear talks end without breakthrough", "BEIJING (Reuters) - North Korea, the United States "
         "and four other nations ended a third round of six-party talks on Pyongyang #39;s nuclear programs on "
         "Saturday without a breakthrough but agreed to meet again by September.",
         ("North Korea=PRK", "United States=USA"),
         gold=("PRK>USA:04|040|043|046|03|036", "USA>PRK:04|040|043|046|03|036"), kind="dateline"),
    Lead("k-kcna-bush", "North Korea insults Bush", "AP - North Korea on Monday called President Bush a \"political "
         "imbecile\" and said it saw no reason to attend further nuclear talks, the official KCNA news agency "
         "reported.", ("North Korea=PRK", "President Bush=USAGOV", "KCNA=PRKMED"),
         gold=("PRK>USAGOV:11|110|111|112",), ok=("PRK>USA:12|120|125",), kind="credit"),
    Lead("k-uri-wins", "Roh's party wins majority", "Roh Moo-hyun #39;s Uri Party won a majority in South Korea #39;s "
         "parliamentary election on Thursday, the first time a liberal party has controlled the legislature in four "
         "decades.", ("Roh Moo-hyun=KORGOV", "Uri Party=KORGOV"), kind="bare"),
    Lead("k-defectors", "Hundreds of defectors arrive", "SEOUL (AP) - More than 450 North Koreans who fled through a "
         "third country arrived in Seoul on Wednesday, the largest mass defection since the Korean War, officials "
         "said.", ("North Koreans=PRK",), kind="dateline"),
    Lead("k-koizumi-pyongyang", "Koizumi in Pyongyang", "Reuters - Prime Minister Junichiro Koizumi flew to Pyongyang "
         "on Saturday for talks with North Korean leader Kim Jong-il on the fate of Japanese citizens abducted by the "
         "North decades ago.", ("Junichiro Koizumi=JPNGOV", "Kim Jong-il=PRKGOV"),
         gold=("JPNGOV>PRK:04|040|042|043",), ok=("PRKGOV>JPNGOV:04|040|043", "PRK>JPN:18|181"), kind="credit"),
    Lead("k-iaea-seoul", "IAEA concerned over Seoul", "VIENNA (Reuters) - The U.N. nuclear watchdog said on Thursday "
         "South Korean scientists had enriched uranium to near weapons-grade in 2000 without reporting it, and IAEA "
         "chief Mohamed ElBaradei called the failure a matter of serious concern.",
         ("U.N. nuclear watchdog=IGOIAEA", "South Korean scientists=KOR", "Mohamed ElBaradei=IGOIAEA"),
         gold=("IGOIAEA>KOR:11|111|112",), kind="dateline"),
    Lead("j-hostage-refusal", "Japan won't pull troops", "Reuters - Japan refused on Wednesday to pull its troops out of "
         "Iraq after militants threatened to behead a Japanese hostage unless Tokyo withdrew its forces within 48 "
         "hours.", ("Japan=JPN", "militants=IRQREB", "Japanese hostage=JPN", "Tokyo=JPN"),
         gold=("JPN>IRQREB:12|120|125|128", "IRQREB>JPN:13|130|138|10|100"), ok=("IRQREB>JPN:18|181",),
         kind="credit"),
    Lead("j-quake", "Quake kills 18 in Japan", "TOKYO (Reuters) - A powerful earthquake struck northern Japan on "
         "Saturday, killing at least 18 people and injuring hundreds, the Fire and Disaster Management Agency said.",
         ("Fire and Disaster Management Agency=JPNGOV",), kind="dateline"),
    Lead("j-poll", "Japanese oppose longer mission", "TOKYO (Reuters) - Most Japanese oppose extending the deployment "
         "of troops in Iraq beyond December, a newspaper poll showed on Monday, adding to pressure on Prime Minister "
         "Junichiro Koizumi.", ("Junichiro Koizumi=JPNGOV",), kind="dateline"),
    Lead("k-analysts", "North unlikely to return to talks", "Reuters - Analysts say North Korea is unlikely to return "
         "to six-party talks before the U.S. presidential election in November, hoping for a softer line from a new "
         "administration.", ("North Korea=PRK",), kind="credit"),
    # Indonesia, the Philippines, Thailand
    Lead("d-embassy-bomb", "Bomb hits Australian embassy", "JAKARTA (Reuters) - A car bomb exploded outside the "
         "Australian embassy in Jakarta on Thursday, killing at least nine people, and police blamed the Jemaah "
         "Islamiyah militant network.", ("Australian embassy=AUSGOV", "police=IDNCOP", "Jemaah Islamiyah=IDNREB"),
         gold=(">AUS:18|183|180", "IDNCOP>IDNREB:11|112"), kind="dateline"),
    Lead("d-bashir-charged", "Bashir charged", "AP - Indonesian prosecutors on Thursday charged militant cleric Abu "
         "Bakar Bashir with leading the Jemaah Islamiyah network and inciting the 2003 bombing of Jakarta #39;s "
         "Marriott hotel.", ("Indonesian prosecutors=IDNJUD", "Abu Bakar Bashir=IDN", "Jemaah Islamiyah=IDNREB"),
         gold=("IDNJUD>IDN:17|173|11|112",), kind="credit"),
    Lead("d-aceh-clash", "Aceh rebels killed", "Indonesian soldiers killed 11 Free Aceh Movement rebels in clashes in "
         "the province #39;s east on Monday, the military said, a year after Jakarta launched a major offensive "
         "against the separatists.",
         ("Indonesian soldiers=IDNMIL", "Free Aceh Movement=IDNREB", "military=IDNMIL", "Jakarta=IDNGOV"),
         gold=("IDNMIL>IDNREB:19|190|18|180",), ok=("IDNGOV>IDNREB:19|190",), kind="bare"),
    Lead("d-sby-wins", "Yudhoyono wins Indonesian vote", "Reuters - Former general Susilo Bambang Yudhoyono was declared "
         "winner of Indonesia #39;s first direct presidential election on Monday, defeating incumbent Megawati "
         "Sukarnoputri by a wide margin.", ("Susilo Bambang Yudhoyono=IDN", "Megawati Sukarnoputri=IDNGOV"),
         kind="credit"),
    Lead("d-tsunami", "Tsunami toll passes 50,000", "The death toll from the earthquake and tsunamis that struck "
         "coastlines across the Indian Ocean rose above 50,000 on Tuesday, with Indonesia #39;s Aceh province worst "
         "hit, officials said.", (), kind="bare"),
    Lead("f-pullout", "Manila starts Iraq pullout", "MANILA (Reuters) - The Philippines began withdrawing its small "
         "contingent of troops from Iraq on Wednesday, bowing to the demands of militants holding a Filipino truck "
         "driver hostage.", ("Philippines=PHL", "militants=IRQREB", "Filipino truck driver=PHL"),
         gold=("PHL>IRQ:08|080|087|0874|084",), ok=("IRQREB>PHL:18|181|10|100",), kind="dateline"),
    Lead("f-abu-sayyaf", "Abu Sayyaf commander killed", "AP - Philippine troops killed a senior Abu Sayyaf commander in "
         "a firefight on the southern island of Basilan on Sunday, the military said.",
         ("Philippine troops=PHLMIL", "Abu Sayyaf=PHLREB", "military=PHLMIL"),
         gold=("PHLMIL>PHLREB:19|190|18|180",), kind="credit"),
    Lead("f-milf-talks", "Manila, Muslim rebels to resume talks", "The Philippine government and the Moro Islamic "
         "Liberation Front agreed on Tuesday to resume formal peace talks in Malaysia early next year, a government "
         "negotiator said.", ("Philippine government=PHLGOV", "Moro Islamic Liberation Front=PHLREB",
                              "government negotiator=PHLGOV"),
         gold=("PHLGOV>PHLREB:03|030|036|04|046", "PHLREB>PHLGOV:03|030|036|04|046"), kind="bare"),
    Lead("t-tak-bai", "Muslim protesters die in custody", "NARATHIWAT, Thailand (Reuters) - At least 78 Muslim "
         "protesters detained by Thai security forces suffocated or were crushed to death in army trucks after a riot "
         "in southern Thailand, officials said on Tuesday.",
         ("Muslim protesters=THACVL", "Thai security forces=THA"), gold=("THA>THACVL:17|173|18|20",),
         ok=("THACVL>:14|145",), kind="dateline"),
    Lead("t-thaksin-crackdown", "Thaksin orders crackdown", "AP - Prime Minister Thaksin Shinawatra on Friday ordered a "
         "crackdown on Muslim separatists in the south after gunmen raided an army depot and stole hundreds of "
         "rifles.", ("Thaksin Shinawatra=THAGOV", "Muslim separatists=THAREB", "gunmen=THA"),
         gold=("THAGOV>THAREB:17|170|15|10", "THA>THAMIL:18|180|19|190|17"), kind="credit"),
    Lead("x-bird-flu", "Bird flu spreads in Asia", "Bird flu has killed eight people in Vietnam and Thailand and led to "
         "the culling of millions of chickens across Asia, the World Health Organization said on Friday.",
         ("World Health Organization=IGOWHO",), kind="bare"),
    # Russia
    Lead("r-beslan", "School seized in Beslan", "BESLAN, Russia (Reuters) - Heavily armed guerrillas seized a school in "
         "the southern Russian town of Beslan on Wednesday, taking hundreds of children and parents hostage, "
         "officials said.", ("guerrillas=RUSREB", "children=RUSCVL"), gold=("RUSREB>RUSCVL:18|181",),
         kind="dateline"),
    Lead("r-putin-blames", "Putin blames foreign forces", "AP - President Vladimir Putin on Saturday accused foreign "
         "forces of backing terrorists who seized a school in Beslan and vowed to strengthen Russia #39;s security, a "
         "day after the siege ended in a bloodbath.", ("Vladimir Putin=RUSGOV", "foreign forces="),
         gold=("RUSGOV>:11|112",), ok=("RUSREB>:18|181",), kind="credit"),
    Lead("r-khodorkovsky", "Yukos founder faces new charges", "Russian prosecutors on Thursday charged jailed Yukos "
         "founder Mikhail Khodorkovsky with tax evasion in a new case, deepening a legal onslaught that has pushed the "
         "oil major to the brink of bankruptcy.",
         ("Russian prosecutors=RUSJUD", "Yukos=RUSBUS", "Mikhail Khodorkovsky=RUSBUS"),
         gold=("RUSJUD>RUSBUS:17|173|11|112",), kind="bare"),
    Lead("r-yukos-auction", "Yukos unit sold", "MOSCOW (Reuters) - Russia sold Yukos #39;s main production unit "
         "Yuganskneftegaz at auction on Sunday to a little-known company for #36;9.35 billion, completing the "
         "dismantling of the country #39;s largest oil firm.", ("Russia=RUS", "Yukos=RUSBUS"),
         ok=("RUS>RUSBUS:17|171|1711",), kind="dateline"),
    Lead("r-maskhadov", "Maskhadov denies role", "Reuters - Chechen rebel leader Aslan Maskhadov on Monday denied any "
         "role in the Beslan school siege and called for talks with the Kremlin to end the war in Chechnya.",
         ("Aslan Maskhadov=RUSREB", "Kremlin=RUSGOV"), gold=("RUSREB>RUSGOV:02|020|10|100|03|036|04",),
         ok=("RUSREB>:12|120",), kind="credit"),
    Lead("r-putin-wins", "Putin wins second term", "Vladimir Putin won a landslide victory in Russia #39;s "
         "presidential election on Sunday, securing a second four-year term with more than 70 percent of the vote, "
         "preliminary results showed.", ("Vladimir Putin=RUSGOV",), kind="bare"),
    Lead("r-kadyrov", "Chechen president killed", "GROZNY, Russia (AP) - A bomb tore through a stadium in the Chechen "
         "capital on Sunday during a Victory Day parade, killing the region #39;s Kremlin-backed president, Akhmad "
         "Kadyrov, officials said.", ("Akhmad Kadyrov=RUSGOV",), gold=(">RUSGOV:18|183|180|185",), kind="dateline"),
    Lead("r-ingushetia", "Rebels raid Ingushetia", "AP - Hundreds of rebels attacked police and government buildings in "
         "Ingushetia overnight, killing at least 48 people, including the region #39;s acting interior minister, "
         "officials said Tuesday.", ("rebels=RUSREB", "police=RUSCOP", "acting interior minister=RUSGOV"),
         gold=("RUSREB>RUSCOP:18|180|19|190",), ok=("RUSREB>RUSGOV:18|180|19|190",), kind="credit"),
    Lead("r-alkhanov", "Chechnya votes", "AP - Voters in Chechnya cast ballots on Sunday to choose a successor to the "
         "slain Kremlin-backed president, in an election the Moscow-backed candidate, interior minister Alu "
         "Alkhanov, was expected to win easily.", ("Alu Alkhanov=RUSGOV",), kind="credit"),
    # Ukraine and Georgia
    Lead("u-kiev-rally", "Protesters fill Kiev", "KIEV, Ukraine (Reuters) - Tens of thousands of opposition supporters "
         "rallied in central Kiev for a third day on Wednesday, accusing Prime Minister Viktor Yanukovich #39;s camp "
         "of rigging the presidential runoff.", ("opposition supporters=UKROPP", "Viktor Yanukovich=UKRGOV"),
         gold=("UKROPP>UKRGOV:14|140|141", "UKROPP>UKRGOV:11|112"), kind="dateline"),
    Lead("u-dioxin", "Yushchenko was poisoned", "Reuters - Doctors in Vienna said on Saturday that Ukrainian opposition "
         "leader Viktor Yushchenko had been poisoned with dioxin, a finding that could shake up the rerun of the "
         "presidential election.", ("Viktor Yushchenko=UKROPP",), gold=(">UKROPP:18|180|185",), kind="credit"),
    Lead("u-putin-congratulates", "Putin congratulates Yanukovich", "Reuters - President Vladimir Putin congratulated "
         "Prime Minister Viktor Yanukovich on Monday on his victory in Ukraine #39;s presidential runoff, even before "
         "official results were announced.", ("Vladimir Putin=RUSGOV", "Viktor Yanukovich=UKRGOV"),
         gold=("RUSGOV>UKRGOV:05|051",), kind="credit"),
    Lead("u-solana", "EU envoy flies to Kiev", "EU foreign policy chief Javier Solana flew to Kiev on Thursday to "
         "mediate between President Leonid Kuchma and opposition leader Viktor Yushchenko in the deepening crisis over "
         "the disputed election.",
         ("Javier Solana=IGOEUREEC", "Leonid Kuchma=UKRGOV", "Viktor Yushchenko=UKROPP"),
         gold=("IGOEUREEC>UKR:04|040|042|043|046",), kind="bare"),
    Lead("g-ajaria", "Ajaria leader quits", "BATUMI, Georgia (Reuters) - Ajarian leader Aslan Abashidze resigned and "
         "flew to Moscow early on Thursday, ending a standoff with President Mikheil Saakashvili that had brought the "
         "region to the brink of armed conflict.", ("Aslan Abashidze=GEO", "Mikheil Saakashvili=GEOGOV"),
         ok=("GEO>GEOGOV:08|080",), kind="dateline"),
    Lead("g-ossetia", "Clashes near Tskhinvali", "AP - South Ossetian forces and Georgian troops exchanged mortar and "
         "machinegun fire overnight near the breakaway region #39;s capital Tskhinvali, killing three Georgian "
         "soldiers, officials said Thursday.",
         ("South Ossetian forces=GEOREB", "Georgian troops=GEOMIL", "Georgian soldiers=GEOMIL"),
         gold=("GEOREB>GEOMIL:19|190|18|180",), kind="credit"),
    # the Balkans
    Lead("b-kosovo-riots", "Violence sweeps Kosovo", "PRISTINA, Serbia-Montenegro (Reuters) - Ethnic Albanian rioters "
         "torched Serb homes and Orthodox churches across Kosovo on Thursday in the worst violence since 1999, and "
         "NATO rushed in extra troops, officials said.", ("Ethnic Albanian rioters=SRBCVL", "NATO=IGONATO"),
         gold=("SRBCVL>SRB:18|180|20|14|145", "IGONATO>SRB:07|074|15|150"), kind="dateline"),
    Lead("b-milosevic", "Milosevic opens defence", "AP - Slobodan Milosevic on Tuesday opened his defence at the U.N. "
         "war crimes tribunal in The Hague, accusing NATO of genocide during its 1999 bombing of Yugoslavia.",
         ("Slobodan Milosevic=SRB", "NATO=IGONATO", "U.N. war crimes tribunal=IGOUNO"),
         gold=("SRB>IGONATO:11|112",), kind="credit"),
    Lead("b-croatia-eu", "EU opens door to Croatia", "European Union leaders agreed on Friday to open membership talks "
         "with Croatia next March, provided Zagreb cooperates fully with the U.N. war crimes tribunal.",
         ("European Union leaders=IGOEUREEC", "Croatia=HRV", "Zagreb=HRV", "U.N. war crimes tribunal=IGOUNO"),
         gold=("IGOEUREEC>HRV:03|030|036|04",), ok=("IGOEUREEC>HRV:10|100",), kind="bare"),
    Lead("b-eufor", "EU takes over in Bosnia", "Reuters - The European Union took over peacekeeping in Bosnia from NATO "
         "on Thursday, launching its biggest military mission with 7,000 troops.",
         ("European Union=IGOEUREEC", "NATO=IGONATO"), gold=("IGOEUREEC>BIH:07|074|15",),
         ok=("IGONATO>BIH:08|087",), kind="credit"),
    # the European Union, Britain, France, Germany, Spain, Italy, Turkey
    Lead("e-turkey-talks", "EU to open talks with Turkey", "BRUSSELS (Reuters) - European Union leaders agreed on "
         "Friday to open entry talks with Turkey next October, a historic decision welcomed by Prime Minister Tayyip "
         "Erdogan after last-minute haggling over Cyprus.",
         ("European Union leaders=IGOEUREEC", "Turkey=TUR", "Tayyip Erdogan=TURGOV"),
         gold=("IGOEUREEC>TUR:03|030|036|04", "TURGOV>IGOEUREEC:05|051"), kind="dateline"),
    Lead("e-iran-offer", "Europeans make Iran offer", "AP - Britain, France and Germany offered Iran nuclear technology "
         "and trade concessions on Thursday in return for a permanent halt to uranium enrichment, diplomats said.",
         ("Britain=GBR", "France=FRA", "Germany=DEU", "Iran=IRN"),
         gold=("GBR>IRN:03|030|031|033|07", "FRA>IRN:03|030|031|033|07", "DEU>IRN:03|030|031|033|07"),
         ok=("GBR>IRN:10|100", "FRA>IRN:10|100", "DEU>IRN:10|100"), kind="credit"),
    Lead("e-enlarge", "EU welcomes 10 new members", "Ten countries, most of them former communist states of eastern "
         "Europe, joined the European Union on Saturday in the biggest expansion in the bloc #39;s history.",
         ("European Union=IGOEUREEC",), kind="bare"),
    Lead("uk-butler", "Inquiry faults Blair government", "LONDON (Reuters) - An official inquiry into pre-war "
         "intelligence on Iraq criticised the way Prime Minister Tony Blair #39;s government used intelligence to make "
         "the case for war, but found no deliberate distortion, its chairman Lord Butler said on Wednesday.",
         ("Tony Blair=GBRGOV", "Lord Butler=GBR"), gold=("GBR>GBRGOV:11|111",), kind="dateline"),
    Lead("uk-howard", "Howard tells Blair to quit", "AP - Conservative leader Michael Howard accused Prime Minister Tony "
         "Blair on Wednesday of misleading parliament over the legal advice on the Iraq war and called on him to "
         "resign.", ("Michael Howard=GBROPP", "Tony Blair=GBRGOV"),
         gold=("GBROPP>GBRGOV:11|112", "GBROPP>GBRGOV:10|104|1041|100|02|020"), kind="credit"),
    Lead("uk-hutton", "Hutton clears Blair, blasts BBC", "A judge #39;s inquiry into the death of weapons expert David "
         "Kelly cleared Prime Minister Tony Blair #39;s government of wrongdoing on Wednesday and sharply criticised "
         "the BBC for its reporting.", ("David Kelly=GBR", "Tony Blair=GBRGOV", "BBC=GBRMED"),
         gold=("GBR>GBRMED:11|111",), kind="bare"),
    Lead("uk-third-term", "Blair to seek third term", "Reuters - Prime Minister Tony Blair said on Thursday he would "
         "stand for a third term but would not seek a fourth, ending months of speculation about his future.",
         ("Tony Blair=GBRGOV",), kind="credit"),
    Lead("fr-headscarf", "French MPs vote headscarf ban", "PARIS (Reuters) - France #39;s National Assembly voted "
         "overwhelmingly on Tuesday to ban Islamic headscarves and other conspicuous religious symbols from state "
         "schools.", ("National Assembly=FRALEG",), gold=("FRALEG>:17|172|170",), kind="dateline"),
    Lead("fr-ivory-jets", "France destroys Ivorian air force", "AP - French troops destroyed Ivory Coast #39;s small air "
         "force on Saturday after an air strike by government jets killed nine French peacekeepers in the rebel-held "
         "north, the French military said.",
         ("French troops=FRAMIL", "French peacekeepers=FRAMIL", "French military=FRAMIL"),
         gold=("FRAMIL>CIVMIL:19|190|18|180", "CIVMIL>FRAMIL:19|195|190|18|180"), kind="credit"),
    Lead("fr-sarkozy-ump", "Sarkozy takes over ruling party", "Finance Minister Nicolas Sarkozy was elected leader of "
         "France #39;s ruling UMP party on Sunday, setting the stage for a bid for the presidency in 2007 and a "
         "rivalry with President Jacques Chirac.",
         ("Nicolas Sarkozy=FRAGOV", "UMP=FRAGOV", "Jacques Chirac=FRAGOV"), kind="bare"),
    Lead("de-schroeder-iraq", "Schroeder rules out troops", "Reuters - Chancellor Gerhard Schroeder said on Thursday "
         "Germany would not send troops to Iraq under any circumstances, but offered to train Iraqi security forces "
         "outside the country.", ("Gerhard Schroeder=DEUGOV", "Germany=DEU", "Iraqi security forces=IRQ"),
         gold=("DEUGOV>IRQ:03|030|032|033",), ok=("DEU>IRQ:12|120",), kind="credit"),
    Lead("de-opel-strike", "Opel workers strike", "General Motors said on Thursday it would cut up to 12,000 jobs in "
         "Europe, most of them at its German Opel unit, prompting workers to stage spontaneous strikes at the Bochum "
         "plant.", ("General Motors=USABUS", "Opel=DEUBUS", "workers=DEULAB"), gold=("DEULAB>:14|143|140",),
         kind="bare"),
    Lead("sp-madrid-trains", "Bombs rip through Madrid trains", "MADRID (Reuters) - Bombs ripped through three "
         "commuter trains in Madrid during the morning rush hour on Thursday, killing at least 170 people, and the "
         "government blamed the Basque separatist group ETA.", ("government=ESPGOV", "ETA=ESPREB"),
         gold=(">ESP:18|183|180|20", "ESPGOV>ESPREB:11|112"), kind="dateline"),
    Lead("sp-troops-home", "Zapatero orders troops home", "AP - Spain #39;s new Prime Minister Jose Luis Rodriguez "
         "Zapatero ordered the country #39;s 1,300 troops home from Iraq on Sunday, a day after taking office.",
         ("Jose Luis Rodriguez Zapatero=ESPGOV",), gold=("ESPGOV>IRQ:08|080|087|0874",), kind="credit"),
    Lead("sp-socialists-win", "Socialists win Spanish election", "Spain #39;s Socialists swept to a surprise victory in "
         "Sunday #39;s general election, ousting the ruling Popular Party three days after the Madrid train "
         "bombings.", ("Socialists=ESPOPP", "Popular Party=ESPGOV"), kind="bare"),
    Lead("it-aid-workers", "Italian aid workers seized", "Reuters - Gunmen seized two Italian aid workers from their "
         "office in central Baghdad on Tuesday, the latest in a wave of kidnappings of foreigners in Iraq, Italian "
         "officials said.", ("Gunmen=IRQ", "Italian aid workers=ITA", "Italian officials=ITAGOV"),
         gold=("IRQ>ITA:18|181",), kind="credit"),
    Lead("it-parmalat", "Parmalat indictments sought", "Italian prosecutors on Friday sought indictments against "
         "Parmalat founder Calisto Tanzi and 28 others over the dairy group #39;s collapse.",
         ("Italian prosecutors=ITAJUD", "Parmalat=ITABUS", "Calisto Tanzi=ITABUS"),
         gold=("ITAJUD>ITABUS:17|173|11|112",), kind="bare"),
    Lead("tr-pkk-truce", "Kurdish rebels to end truce", "ANKARA (Reuters) - Kurdish rebels said on Tuesday they would "
         "end a five-year unilateral ceasefire on June 1, accusing Turkey of ignoring their calls for peace and "
         "pressing on with military operations.", ("Kurdish rebels=TURREB", "Turkey=TUR"),
         gold=("TURREB>TUR:13|130|138", "TURREB>TUR:11|112"), kind="dateline"),
    Lead("tr-growth", "Turkish economy surges", "AP - Turkey #39;s economy grew by 13.4 percent in the first quarter, "
         "the fastest pace in the world, the State Institute of Statistics said on Monday.",
         ("State Institute of Statistics=TURGOV",), kind="credit"),
    Lead("x-athens", "Athens opens Games", "ATHENS (Reuters) - Greece staged a dazzling opening ceremony for the Olympic "
         "Games on Friday, welcoming athletes from a record 202 nations amid the tightest security in the event #39;s "
         "history.", ("Greece=GRC",), kind="dateline"),
)
# fmt: on

# Actors the stages still code wrong, "lead id:actor text" -> cause (strict xfails).
_HOSTAGE_TAKERS = "militants holding a foreign hostage over troops in Iraq take the hostage's country, the story's home"
ACTOR_MISSES: dict[str, str] = {
    "i-congress-wins:Congress party": "the headline's bare 'Congress' (the U.S. Congress by the dictionary) comes "
    "first, and the scorer's containment match takes it for 'Congress party'",
    "c-hk-vote:pro-democracy camp": "'camp' is no role noun: no entity",
    "j-hostage-refusal:militants": _HOSTAGE_TAKERS,
    "f-pullout:militants": _HOSTAGE_TAKERS,
    "b-kosovo-riots:Ethnic Albanian rioters": "Kosovo is coded XKX (its own code since 2008); an informed reader of "
    "2004 gives Serbia (SRB), of which it was a province under U.N. rule",
}
# Leads whose events the coder still gets wrong, lead id -> what it codes (strict xfails).
KNOWN_MISSES: dict[str, str] = {
    "p-karachi-mosque": "the suicide bomber is placed in Pakistan (PAKREB): the guidelines give an unknown bomber no "
    "country",
    "c-taiwan-protest": "'kept up their protests' (a protest told as a noun after 'keep up') is coded as nothing",
    "c-hk-vote": "'ruled out direct elections for Hong Kong's next leader': the rejection gets no target",
    "c-jiang-quits": "the headline's 'hands over army post' is coded as aid (070)",
    "c-mine-blast": "the headline's 'Chinese mine blast kills 148' is coded as a bombing by China",
    "k-six-party": "'ended a round of talks' is coded as reducing relations (160, PETRARCH2's 'end talks')",
    "k-defectors": "refugees who 'arrived in Seoul' are coded as a visit (042)",
    "k-koizumi-pyongyang": "'abducted by the North' gets no doer: 'the North' is not read as North Korea",
    "k-iaea-seoul": "'called the failure a matter of serious concern' is coded as nothing",
    "j-hostage-refusal": _HOSTAGE_TAKERS + "; 'refused to pull its troops out' is aimed at the troops too",
    "j-poll": "the headline's 'Japanese oppose longer mission' (a poll's finding the headline does not mark) is coded",
    "f-pullout": _HOSTAGE_TAKERS + ", so the pullout is aimed at the Philippines",
    "r-beslan": "'seized a school' is coded as a confiscation (171) and 'taking hundreds of children and parents "
    "hostage' as nothing in this parse",
    "r-putin-blames": "'terrorists who seized a school' is coded as a confiscation (171), and 'vowed' is given to "
    "the terrorists",
    "r-ingushetia": "the headline's 'Rebels raid Ingushetia' is coded as a seizure (171) with no target",
    "u-dioxin": "'had been poisoned' is no act in the codebook's verbs",
    "g-ajaria": "'flew to Moscow' (into exile) is coded as a visit (042)",
    "b-kosovo-riots": "Kosovo is XKX, not Serbia; 'NATO rushed in extra troops' is coded as nothing",
    "b-eufor": "'took over peacekeeping' (074) is coded as nothing, and 'launching its biggest military mission' as "
    "intent (036)",
    "e-turkey-talks": "'talks' the EU agreed to open are coded as held both ways (040), and 'welcomed by' Erdogan "
    "(a passive praise) as nothing",
    "e-iran-offer": "the headline 'Europeans make Iran offer' is parsed with Iran as the offer's subject",
    "uk-butler": "'an official inquiry ... criticised the way' is coded as nothing",
    "uk-hutton": "'a judge's inquiry ... criticised the BBC' is coded as an investigation (09), not a criticism",
    "fr-ivory-jets": "'government jets' are read as France's (the story's other government), so the air strike is "
    "France's on its own peacekeepers",
    "de-schroeder-iraq": "'offered to train Iraqi security forces' is coded as nothing, and the ruled-out troops "
    "are the target of a rejection",
    "sp-madrid-trains": "with this headline, 'Bombs ripped through trains ..., killing' is coded as nothing",
    "sp-troops-home": "'ordered the country's troops home from Iraq' is coded as nothing",
    "it-parmalat": "'sought indictments against' is coded as nothing",
    "tr-pkk-truce": "'would end a ceasefire' is coded as a threat (13) with no target",
    "x-athens": "'welcoming athletes' is coded as hosting a visit (043)",
}


SET = LeadSet(LEADS)


@pytest.mark.parametrize(("lead_id", "spec"), SET.actor_params(ACTOR_MISSES))
def test_2004_actor_has_its_gold_country(lead_id: str, spec: str) -> None:
    SET.assert_actor(lead_id, spec)


@pytest.mark.parametrize("lead", SET.lead_params(KNOWN_MISSES))
def test_2004_lead_events_are_coded_as_gold(lead: Lead) -> None:
    SET.assert_events(lead)


def test_score_on_the_2004_asia_europe_set() -> None:
    scores = SET.scores()
    # Floors just under the scores when the set was last fixed (tuple P/R .690/.711, actor country .969, one split
    # code; before any fix .554/.632, .876 and two): the set must not get worse.
    assert scores["tuple_precision"] >= 0.67
    assert scores["tuple_recall"] >= 0.68
    assert scores["actor_country"] >= 0.95
    assert scores["split_codes"] <= 3
