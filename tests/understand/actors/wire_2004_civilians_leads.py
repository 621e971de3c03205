# declarative table: the leads of the blind set of real 2004 wire stories dense in civilians, companies and soldiers.
"""The leads of the blind set of real 2004 wire stories dense in civilians named once or in groups ("villagers",
"residents", "pilgrims", "a 17-year-old"), companies and their staff (named, and "the company", "its chief
executive"), soldiers and officers named by rank, military bodies (units, brigades, "the coalition"), two-country
stories where each side's people keep their own country, and people whose country only the dateline or the
headline gives. Kept apart from their tests for length. Every lead, actor code and gold event was written by hand,
from memory of the period's news, by events_guidelines.md and the CAMEO codebook before the coder's output on them
was seen; no article text is copied; civilians quoted by name are generic ("a shopkeeper, Ali Hassan").

Coding choices the guidelines leave open, made once here (as in `wire_2004_people_leads.py`): a nameless group of
civilians (villagers, residents, mourners, pilgrims) takes the country where the text puts them, unless the text
gives their nationality; a company takes the country of its seat, and its staff the company's country unless the
text gives their own; a soldier, unit or "the coalition" takes the army it serves (the U.S.-led coalition in Iraq is
the United States'); a nameless gunman or bomber takes the country where the text puts him; aid and rights groups
are `NGO` alone; a U.N. body `IGO`."""

from __future__ import annotations

from tests.understand.actors.lead_sets import Lead

# fmt: off
LEADS: tuple[Lead, ...] = (
    # Iraq: civilians, soldiers and contractors
    Lead("i-mukaradeeb-wedding", "Villagers say U.S. strike hit wedding", "AP - Villagers in Mukaradeeb, near the "
         "Syrian border, said on Thursday that U.S. aircraft had killed more than 40 people at a wedding party, but "
         "Brig. Gen. Mark Kimmitt said troops had struck a safe house used by foreign fighters.",
         ("Villagers=IRQ", "Mark Kimmitt=USA"), gold=("USA>IRQ:19|195|18|180",), ok=("IRQ>USA:11|112",), kind="two"),
    Lead("i-mattis-wedding", "Marine general doubts wedding account", "Maj. Gen. James Mattis, commander of the 1st "
         "Marine Division, said on Friday his men had attacked a gathering of foreign fighters, not a wedding, and "
         "that he would not apologise to the families.",
         ("James Mattis=USA", "1st Marine Division=USA"), ok=("USA>:12|11|19",), kind="mil"),
    Lead("i-343rd-refuse", "Reservists refuse convoy order", "AP - Eighteen soldiers of an Army Reserve supply unit, "
         "the 343rd Quartermaster Company, refused an order to drive fuel to a base north of Baghdad, saying their "
         "trucks were unsafe, the military said on Friday.",
         ("soldiers=USA", "343rd Quartermaster Company=USA"), gold=("USA>USA:12|120",), kind="mil"),
    Lead("i-mosul-mess-tent", "Bomber kills 22 at U.S. base in Mosul", "A suicide bomber wearing an Iraqi uniform "
         "blew himself up in a mess tent at a U.S. base in Mosul on Tuesday, killing 22 people, among them U.S. "
         "soldiers and contractors, the military said.",
         ("suicide bomber=IRQ", "U.S. soldiers=USA"), gold=("IRQ>USA:18|183|1831",), kind="two"),
    Lead("i-recruits-massacre", "Insurgents kill 49 army recruits", "BAQUBA, Iraq (Reuters) - Insurgents stopped "
         "three minibuses carrying unarmed army recruits home from training and shot dead 49 of them, the Interior "
         "Ministry said on Sunday.",
         ("Insurgents=IRQ", "army recruits=IRQ", "Interior Ministry=IRQ"), gold=("IRQ>IRQ:18|180|20|202",), kind="cvl"),
    Lead("i-church-bombs", "Car bombs hit Iraqi churches", "AP - Car bombs exploded outside five churches in Baghdad "
         "and Mosul as worshippers left Sunday evening services, killing at least 11 people in the first coordinated "
         "attack on the country#39;s Christians.",
         ("worshippers=IRQ", "Christians=IRQ"), gold=(">IRQ:18|183|1832",), kind="cvl"),
    Lead("i-tillman-killed", "Football star killed in Afghanistan", "Cpl. Pat Tillman, the Arizona Cardinals safety "
         "who turned down a #36;3.6 million contract to join the Army Rangers, was killed in a firefight in eastern "
         "Afghanistan, the military said on Friday.",
         ("Pat Tillman=USA", "Arizona Cardinals=USA", "Army Rangers=USA"), gold=(">USA:19|190|18",), kind="mil"),
    Lead("i-caci-titan", "Contractors named in prison abuse", "Army investigators found that interrogators from CACI "
         "International and an interpreter from Titan Corp. took part in the abuse of Iraqi detainees at Abu Ghraib, "
         "a report released on Wednesday said.",
         ("Army investigators=USA", "CACI International=USA", "Titan Corp.=USA", "Iraqi detainees=IRQ"),
         ok=("USA>IRQ:18|182", "USA>USA:11|112"), kind="bus"),
    Lead("i-kbr-meals", "Halliburton unit to repay meal bills", "Pentagon auditors said on Monday that "
         "Halliburton#39;s KBR unit may have overcharged the Army #36;16 million for meals at a camp in Kuwait, and "
         "the company said it would hold back the sum until the dispute was settled.",
         ("Pentagon auditors=USA", "KBR=USA", "Halliburton=USA"), gold=("USA>USA:11|112",), kind="bus"),
    Lead("i-black-watch", "Bomber kills three Black Watch soldiers", "Three soldiers of the Black Watch regiment "
         "were killed by a suicide car bomber at a checkpoint south of Baghdad on Thursday, days after the British "
         "battalion moved north to free U.S. Marines for an assault on Falluja.",
         ("soldiers=GBR", "Black Watch=GBR", "U.S. Marines=USA"), gold=(">GBR:18|183|1832",), kind="mil"),
    Lead("i-salvadoran-najaf", "Salvadoran soldier killed in Najaf", "AP - A Salvadoran soldier, Pvt. Natividad "
         "Mendez, was killed and a dozen of his comrades wounded when Shiite militiamen attacked their base in Najaf "
         "on Sunday, the Central American country#39;s defence ministry said.",
         ("Natividad Mendez=SLV", "militiamen=IRQ", "defence ministry=SLV"), gold=("IRQ>SLV:19|190|18",), kind="two"),
    Lead("i-polish-major", "Polish officer killed in ambush", "Reuters - A Polish soldier was killed and two others "
         "wounded when gunmen ambushed their patrol near Hilla on Friday, the Polish-led division in south-central "
         "Iraq said.",
         ("gunmen=IRQ", "Polish-led division=POL"), gold=("IRQ>POL:18|180|19",), kind="mil"),
    Lead("i-sadr-city-cavalry", "U.S. tanks push into Sadr City", "BAGHDAD (Reuters) - Tanks of the 1st Cavalry "
         "Division pushed into Sadr City on Thursday, and residents said helicopters fired on houses as Mehdi Army "
         "fighters fought back with rocket-propelled grenades.",
         ("1st Cavalry Division=USA", "residents=IRQ", "Mehdi Army=IRQ"),
         gold=("USA>IRQ:19|190|194|195", "IRQ>USA:19|190"), kind="two"),
    Lead("i-yuce-killed", "Militants say they killed Turkish driver", "AFP - Militants in Iraq said in a video "
         "posted on Monday that they had shot dead a Turkish worker, Murat Yuce, who worked for a firm supplying a "
         "U.S. base.",
         ("Militants=IRQ", "Murat Yuce=TUR"), gold=("IRQ>TUR:18|180",), kind="cvl"),
    Lead("i-frederick-plea", "Sergeant pleads guilty to abuse", "BAGHDAD (Reuters) - Staff Sgt. Ivan Frederick, a "
         "reservist from Virginia, pleaded guilty on Wednesday to abusing prisoners at Abu Ghraib, telling the "
         "military judge that what he did was wrong.",
         ("Ivan Frederick=USA", "military judge=USA"), kind="mil"),
    Lead("i-mosque-shooting-video", "Marines probe mosque shooting", "The Marines said on Tuesday they were "
         "investigating a Marine shown on pool video shooting a wounded and unarmed Iraqi inside a mosque in "
         "Falluja.",
         ("Marines=USA", "Marine=USA", "Iraqi=IRQ"), gold=("USA>USA:09|090", "USA>IRQ:18|180"), kind="two"),
    Lead("i-kirkuk-pipeline", "Saboteurs hit northern pipeline", "Saboteurs blew up an oil pipeline near Kirkuk on "
         "Sunday, halting exports to Turkey, an official of the North Oil Company said.",
         ("Saboteurs=IRQ", "North Oil Company=IRQ"), ok=("IRQ>:18|17|1712",), kind="bus"),
    Lead("i-adhamiya-shopkeeper", "Raids anger Baghdad district", "A Baghdad shopkeeper, Ali Hassan, said on "
         "Saturday that American soldiers had broken down his door at night and taken away his two sons, as raids in "
         "the Adhamiya district went on.",
         ("Ali Hassan=IRQ", "American soldiers=USA"), gold=("USA>IRQ:17|173|171",), kind="cvl"),
    Lead("i-shrine-pilgrims", "Pilgrims return to Najaf shrine", "NAJAF, Iraq (Reuters) - Thousands of pilgrims "
         "streamed into the Imam Ali shrine on Saturday after militiamen handed the keys to representatives of the "
         "top Shiite cleric.",
         ("pilgrims=IRQ", "militiamen=IRQ"), gold=("IRQ>IRQ:08|080",), kind="place"),
    Lead("i-fallujah-families", "Families flee Falluja ahead of assault", "Families loaded cars with mattresses and "
         "fled Falluja on Tuesday after U.S. commanders warned that an assault on the city was near, and Marines "
         "fired artillery at insurgent positions on its edge.",
         ("Families=IRQ", "U.S. commanders=USA", "Marines=USA"), gold=("USA>IRQ:19|194",), ok=("USA>IRQ:13|138",),
         kind="two"),
    Lead("i-iraqi-guard-falluja", "Iraqi troops join Falluja push", "AP - Soldiers of Iraq#39;s new army fought "
         "alongside U.S. Marines in the streets of Falluja on Wednesday, and an Iraqi officer said his men had "
         "cleared two mosques.",
         ("Marines=USA", "Iraqi officer=IRQ"), gold=("IRQ>IRQ:19|190", "USA>IRQ:19|190"), kind="two"),
    Lead("i-karbala-polish-bulgarian", "Bulgarian troops fight in Karbala", "Reuters - Bulgarian and Polish soldiers "
         "fought Shiite militiamen near the city hall in Karbala on Sunday, and a Bulgarian officer said his "
         "battalion had not lost a man.",
         ("militiamen=IRQ", "Bulgarian officer=BGR"),
         gold=("BGR>IRQ:19|190", "POL>IRQ:19|190", "IRQ>BGR:19|190", "IRQ>POL:19|190"), kind="mil"),
    Lead("i-japanese-samawah-water", "Japanese troops hand out water", "SAMAWAH, Iraq (Reuters) - Japanese troops "
         "began delivering drinking water to residents of the southern city on Monday, the first mission of the "
         "Ground Self-Defense Force abroad since the war.",
         ("Japanese troops=JPN", "residents=IRQ", "Ground Self-Defense Force=JPN"), gold=("JPN>IRQ:07|070|073",),
         kind="two"),
    Lead("i-danish-basra", "Danish troops raid village", "A Danish battalion serving under British command raided a "
         "village north of Basra on Tuesday and detained 12 men suspected of attacking a patrol, the army in "
         "Copenhagen said.",
         ("Danish battalion=DNK", "men=IRQ"), gold=("DNK>IRQ:17|173",), kind="mil"),
    Lead("i-italian-carabinieri", "Italian police train Iraqi officers", "Carabinieri officers from Italy began "
         "training Iraqi police in Nasiriya on Monday, the coalition said, months after a truck bomb killed 19 "
         "Italians at their base in the city.",
         ("Carabinieri=ITA", "Iraqi police=IRQ", "coalition=USA"), gold=("ITA>IRQ:07|074|06",), kind="two"),
    # Israel and the Palestinians: each side's people
    Lead("p-tel-sultan-march", "Israeli fire kills marchers in Rafah", "Israeli tank shells and helicopter missiles "
         "struck a crowd of Palestinian marchers in Rafah on Wednesday, killing at least ten people, witnesses said; "
         "the army said it had fired at an empty building to stop the crowd.",
         ("marchers=PSE", "army=ISR"), gold=("ISR>PSE:19|194|195|18",), kind="two"),
    Lead("p-rafah-demolitions", "Troops raze homes in Rafah", "AP - Israeli bulldozers razed dozens of homes in the "
         "Rafah refugee camp on Tuesday, leaving hundreds of families homeless, as troops hunted for tunnels used to "
         "smuggle weapons from Egypt.",
         ("families=PSE", "troops=ISR"), gold=("ISR>PSE:17|171|1712|20",), kind="two"),
    Lead("p-hawara-teenager", "Teenager caught with bomb belt", "Israeli soldiers at the Hawara checkpoint near "
         "Nablus stopped a Palestinian teenager wearing an explosives belt on Wednesday and made him take it off in "
         "front of television cameras.",
         ("Israeli soldiers=ISR", "Palestinian teenager=PSE"), gold=("ISR>PSE:17|173",), kind="two"),
    Lead("p-sderot-boy", "Rocket kills boy in Sderot", "Reuters - A rocket fired by militants from the Gaza Strip "
         "killed a man and a four-year-old boy in the Israeli town of Sderot on Monday, the first deaths from the "
         "crude rockets, and Israeli troops moved into Beit Hanoun.",
         ("militants=PSE", "four-year-old boy=ISR", "Israeli troops=ISR"),
         gold=("PSE>ISR:18|180|19", "ISR>PSE:19|190|192"), kind="two"),
    Lead("p-jerusalem-bus-jan", "Bomber kills 10 on Jerusalem bus", "JERUSALEM (Reuters) - A Palestinian policeman "
         "blew himself up on a packed bus near the prime minister#39;s residence on Thursday, killing ten people, "
         "and the al-Aqsa Martyrs Brigades said it had sent him.",
         ("policeman=PSE", "al-Aqsa Martyrs Brigades=PSE"), gold=("PSE>ISR:18|183|1831",), kind="two"),
    Lead("p-settlers-olive", "Settlers attack Palestinian farmers", "AP - Jewish settlers beat Palestinian farmers "
         "picking olives near Nablus on Sunday, and two foreign peace activists were hurt, villagers said.",
         ("settlers=ISR", "farmers=PSE", "villagers=PSE"), gold=("ISR>PSE:18|182",), kind="two"),
    Lead("p-pullout-rally", "Israelis rally for Gaza pullout", "Tens of thousands of Israelis rallied in Tel Aviv on "
         "Saturday for Prime Minister Ariel Sharon#39;s plan to remove the settlements of the Gaza Strip, two weeks "
         "after his own party voted it down.",
         ("Israelis=ISR", "Ariel Sharon=ISR"), gold=("ISR>ISR:14|141",), kind="cvl"),
    Lead("p-balata-raid", "Troops kill gunman in Nablus camp", "NABLUS, West Bank (Reuters) - Israeli troops killed "
         "a Palestinian gunman and a 17-year-old bystander during a raid on the Balata refugee camp on Monday, "
         "medics said.",
         ("Israeli troops=ISR", "gunman=PSE", "bystander=PSE"), gold=("ISR>PSE:18|180|19|190",), kind="two"),
    Lead("p-ism-activist", "Israeli soldier charged over activist", "An Israeli army sergeant was charged on Tuesday "
         "with killing Tom Hurndall, a British peace activist shot in the head in Rafah a year ago, the army said.",
         ("sergeant=ISR", "Tom Hurndall=GBR"), ok=("ISR>ISR:17|11|111",), kind="two"),
    Lead("p-ashkelon-workers", "Gaza workers barred from Israel", "Israel barred thousands of Palestinian labourers "
         "from crossing into its territory from the Gaza Strip on Sunday after an attack at the Erez crossing, and "
         "the Palestinian Authority called the closure collective punishment.",
         ("Israel=ISR", "Palestinian labourers=PSE", "Palestinian Authority=PSE"),
         gold=("ISR>PSE:17|172|16", "PSE>ISR:11|111"), kind="two"),
    # Russia and Chechnya
    Lead("r-grozny-raid", "Rebels raid Grozny before vote", "Hundreds of Chechen rebels raided Grozny on Saturday "
         "night and killed at least 20 police officers a week before the election of a new regional leader, a "
         "pro-Moscow official said.",
         ("Chechen rebels=RUS", "police officers=RUS", "pro-Moscow official=RUS"), gold=("RUS>RUS:19|190|18",),
         kind="two"),
    Lead("r-grozny-villagers", "Chechens say troops seized villagers", "AP - Relatives said on Tuesday that masked "
         "Russian soldiers had driven into a village near Grozny before dawn and taken away five young men, who have "
         "not been seen since.",
         ("Relatives=RUS", "Russian soldiers=RUS", "young men=RUS"), gold=("RUS>RUS:18|181|17|173",), kind="two"),
    Lead("r-beslan-families", "Beslan families demand answers", "VLADIKAVKAZ, Russia (Reuters) - Relatives of "
         "children killed in the Beslan school siege rallied in the regional capital on Friday and demanded that the "
         "regional president resign.",
         ("Relatives=RUS", "regional president=RUS"), gold=("RUS>RUS:10|1041|14", "RUS>RUS:14|141"), kind="place"),
    Lead("r-theede-yukos", "Yukos chief flees Moscow", "Steven Theede, the American who became chief executive of "
         "Yukos in the summer, left Moscow on Wednesday after prosecutors summoned him, the oil company said.",
         ("Steven Theede=USA", "Yukos=RUS", "prosecutors=RUS"), kind="bus"),
    Lead("r-gazprom-rosneft", "Gazprom to absorb Rosneft", "Gas monopoly Gazprom will take over state oil firm "
         "Rosneft, the government said on Tuesday, and Gazprom#39;s chief executive, Alexei Miller, said the deal "
         "would make the company a global energy giant.",
         ("Gazprom=RUS", "Rosneft=RUS", "Alexei Miller=RUS"), kind="bus"),
    # Sudan and Chad: militia, refugees and aid workers
    Lead("s-janjaweed-tine", "Chad troops clash with Sudanese militia", "N'DJAMENA (Reuters) - Chadian soldiers "
         "fought Janjaweed militiamen who crossed the border from Darfur to raid refugee camps near Tine, killing "
         "dozens of them, the army said on Tuesday.",
         ("Chadian soldiers=TCD", "Janjaweed=SDN"), gold=("TCD>SDN:19|190", "SDN>SDN:18|180|19"), kind="two"),
    Lead("s-refugee-women", "Darfur women tell of rape", "Women who fled Darfur to camps in eastern Chad told aid "
         "workers on Friday that militiamen on horseback had raped them as they gathered firewood outside their "
         "villages.",
         ("Women=SDN", "aid workers=NGO", "militiamen=SDN"), gold=("SDN>SDN:18|182|1821",), kind="two"),
    Lead("s-chadians-host", "Chadian villagers strain under refugees", "AP - Villagers in eastern Chad said on "
         "Sunday that the 200,000 refugees from Sudan camped around their wells were using up scarce water, and "
         "asked the government for help.",
         ("Villagers=TCD", "refugees=SDN"), gold=("TCD>TCD:10|102",), kind="two"),
    Lead("s-save-children", "Two aid workers killed in Darfur", "Save the Children said on Monday that two of its "
         "workers were killed when gunmen fired on their convoy in South Darfur, and the British charity said it "
         "would pull out of the region.",
         ("Save the Children=NGO", "workers=NGO"), ok=("NGO>:16|166",), kind="cvl"),
    Lead("s-nyala-camp-razed", "Sudan police raze camp", "Reuters - Sudanese police fired tear gas and bulldozed "
         "shelters at a camp for displaced people outside Nyala on Wednesday to move the families living there, U.N. "
         "officials said.",
         ("Sudanese police=SDN", "families=SDN", "U.N. officials=IGO"), gold=("SDN>SDN:17|175|171",), kind="cvl"),
    # Asia
    Lead("a-tak-bai", "Scores die in Thai army custody", "BANGKOK (Reuters) - Seventy-eight Muslim protesters died "
         "of suffocation in army trucks after soldiers broke up a demonstration outside the police station in Tak "
         "Bai on Monday, officials said on Tuesday.",
         ("Muslim protesters=THA", "soldiers=THA"), gold=("THA>THA:17|175|20",), ok=("THA>THA:14|141",), kind="cvl"),
    Lead("a-krue-se", "Troops storm mosque in Pattani", "Thai troops stormed the ancient Krue Se mosque in Pattani "
         "on Wednesday, killing 32 young men armed mostly with machetes who had sheltered there after attacks on "
         "police posts.",
         ("Thai troops=THA", "young men=THA"), gold=("THA>THA:19|190|18",), kind="mil"),
    Lead("a-manorama-protest", "Manipur women protest army killing", "IMPHAL, India (Reuters) - Women stripped in "
         "protest outside the headquarters of the Assam Rifles on Thursday over the death of Thangjam Manorama, who "
         "was found shot after the paramilitary force arrested her.",
         ("Women=IND", "Assam Rifles=IND", "Thangjam Manorama=IND"), gold=("IND>IND:14|141", "IND>IND:17|173|18"),
         kind="place"),
    Lead("a-kunduz-chinese", "Gunmen kill 11 Chinese workers", "AFP - Gunmen burst into a camp of Chinese road "
         "builders near Kunduz before dawn on Thursday and shot dead 11 of the workers as they slept, Afghan "
         "officials said, and Beijing demanded that the killers be caught.",
         ("Gunmen=AFG", "workers=CHN", "Afghan officials=AFG", "Beijing=CHN"),
         gold=("AFG>CHN:18|180", "CHN>AFG:10|102"), kind="two"),
    Lead("a-wang-ende", "Chinese engineer killed in rescue raid", "One of two Chinese engineers kidnapped in South "
         "Waziristan was killed on Thursday when Pakistani commandos stormed the hideout of tribal militants holding "
         "them, and the other, Wang Peng, was freed.",
         ("Chinese engineers=CHN", "Pakistani commandos=PAK", "militants=PAK", "Wang Peng=CHN"),
         gold=("PAK>PAK:19|190",), ok=("PAK>CHN:18|181", "PAK>CHN:08|084"), kind="two"),
    Lead("a-jamie-murphy", "Canadian soldier killed in Kabul", "A suicide bomber killed a Canadian soldier, Cpl. "
         "Jamie Murphy, and an Afghan civilian on Tuesday when he blew himself up beside a peacekeeping jeep in "
         "western Kabul.",
         ("suicide bomber=AFG", "Jamie Murphy=CAN", "Afghan civilian=AFG"), gold=("AFG>CAN:18|183|1831",), kind="two"),
    Lead("a-election-workers", "Bomb kills Afghan election workers", "AP - A bomb hidden on a minibus killed two "
         "female election workers and wounded 13 others near Jalalabad on Sunday, U.N. officials said, and Taliban "
         "rebels claimed the attack.",
         ("election workers=AFG", "U.N. officials=IGO", "Taliban=AFG"), gold=("AFG>AFG:18|183|1833",), kind="cvl"),
    Lead("a-kim-sun-il", "Korean hostage beheaded", "SEOUL (Reuters) - Militants in Iraq beheaded Kim Sun-il, an "
         "interpreter for a South Korean supplier to the U.S. military, and Seoul said it would still send 3,000 "
         "troops.",
         ("Militants=IRQ", "Kim Sun-il=KOR", "Seoul=KOR"), gold=("IRQ>KOR:18|180",), kind="two"),
    Lead("a-gana-trading", "Firm says it sought hostage talks", "The head of Gana General Trading, Kim Chun-ho, said "
         "on Friday his company had tried for weeks to negotiate with the kidnappers of its employee and had not "
         "told the government.",
         ("Gana General Trading=KOR", "Kim Chun-ho=KOR"), kind="bus"),
    Lead("a-asian-cup-fans", "Chinese fans jeer Japan after final", "BEIJING (Reuters) - Chinese fans surrounded the "
         "Japanese team bus and burned flags after Japan beat China in the Asian Cup final on Saturday, and Tokyo "
         "protested to Beijing about the treatment of its supporters.",
         ("Chinese fans=CHN", "Tokyo=JPN", "Beijing=CHN"), gold=("CHN>JPN:14|145", "JPN>CHN:11|111|14"), kind="two"),
    Lead("a-taipei-protesters", "Lien supporters besiege palace", "TAIPEI (Reuters) - Thousands of opposition "
         "supporters camped outside the presidential office for a third night on Monday, demanding a recount of the "
         "vote that President Chen Shui-bian won by 30,000 ballots.",
         ("opposition supporters=TWN", "Chen Shui-bian=TWN"), gold=("TWN>TWN:14|141", "TWN>TWN:10|1041"), kind="place"),
    Lead("a-hk-march", "Hong Kong marchers demand vote", "Hundreds of thousands of people marched through Hong Kong "
         "on Thursday to demand the right to elect the city#39;s leader, after Beijing ruled out direct elections in "
         "2007.",
         ("Beijing=CHN",), ok=("CHN>CHN:14|141", "HKG>CHN:14|141"), kind="cvl"),
    Lead("a-nepal-villagers", "Maoists abduct students", "KATHMANDU (Reuters) - Maoist rebels abducted about 300 "
         "students and teachers from a school in western Nepal on Tuesday to take them to a political meeting, the "
         "army said.",
         ("Maoist rebels=NPL", "students=NPL", "army=NPL"), gold=("NPL>NPL:18|181",), kind="cvl"),
    Lead("a-karachi-shia", "Bomb kills worshippers in Karachi mosque", "A suicide bomber blew himself up during "
         "Friday prayers at a Shiite mosque in Karachi, killing 16 worshippers, and mourners later set fire to cars, "
         "police said.",
         ("worshippers=PAK", "mourners=PAK", "police=PAK"), gold=("PAK>PAK:18|183|1831", "PAK>:14|145"), kind="cvl"),
    Lead("a-abu-sayyaf-clash", "Philippine troops kill Abu Sayyaf men", "Reuters - Philippine marines killed eight "
         "Abu Sayyaf guerrillas in a clash on Basilan island on Sunday, a military spokesman, Lt. Col. Daniel "
         "Lucero, said.",
         ("Philippine marines=PHL", "Abu Sayyaf=PHL", "Daniel Lucero=PHL"), gold=("PHL>PHL:19|190",), kind="mil"),
    Lead("a-aceh-troops", "Indonesian troops kill rebels in Aceh", "BANDA ACEH, Indonesia (Reuters) - Soldiers "
         "killed nine rebels of the Free Aceh Movement in a gunfight on Saturday, a military spokesman, Lt. Col. "
         "Ahmad Yani Basuki, said, and villagers fled to the provincial capital.",
         ("Soldiers=IDN", "Free Aceh Movement=IDN", "Ahmad Yani Basuki=IDN", "villagers=IDN"),
         gold=("IDN>IDN:19|190",), kind="place"),
    Lead("a-ryongchon-survivors", "Aid reaches blast town", "Trucks carrying Chinese food aid reached Ryongchon on "
         "Monday, where a train explosion destroyed a school and killed dozens of children, and South Korea shipped "
         "medicine across the border.",
         ("children=PRK", "South Korea=KOR"), gold=("CHN>PRK:07|070", "KOR>PRK:07|070"), kind="cvl"),
    # The Middle East beyond Iraq and Israel
    Lead("m-yanbu-abb", "Gunmen kill Westerners in Yanbu", "Gunmen attacked the Yanbu offices of ABB Lummus Global, "
         "a U.S.-based engineering firm, on Saturday and killed five of its Western employees, among them two "
         "Americans, before police shot them dead.",
         ("Gunmen=SAU", "ABB Lummus Global=USA", "Americans=USA", "police=SAU"),
         gold=("SAU>USA:18|180", "SAU>SAU:19|190|18"), kind="bus"),
    Lead("m-paul-johnson", "Saudi militants behead U.S. engineer", "RIYADH (Reuters) - Militants beheaded Paul "
         "Johnson, an engineer with Lockheed Martin who worked on Apache helicopters, and Saudi security forces "
         "killed their leader hours later.",
         ("Militants=SAU", "Paul Johnson=USA", "Lockheed Martin=USA", "security forces=SAU"),
         gold=("SAU>USA:18|180", "SAU>SAU:18|180|19"), kind="two"),
    Lead("m-frank-gardner-hospital", "BBC reporter flown home", "Frank Gardner, the BBC security correspondent shot "
         "by gunmen in Riyadh, was flown home to London on Tuesday, his employer said; his cameraman Simon Cumbers, "
         "an Irishman, died in the attack.",
         ("Frank Gardner=GBR", "BBC=GBR", "Simon Cumbers=IRL"), kind="cvl"),
    Lead("m-taba-israelis", "Israelis flee Sinai after bombing", "Thousands of Israeli tourists crossed home from "
         "Sinai on Friday after a bombing at the Taba Hilton killed at least 30 people, and Egyptian rescuers dug "
         "through the hotel#39;s rubble.",
         ("Israeli tourists=ISR", "Egyptian rescuers=EGY"), gold=(">ISR:18|183",), kind="two"),
    Lead("m-iran-bam-survivors", "Bam survivors protest slow aid", "Survivors of the Bam earthquake blocked the road "
         "to the city on Saturday, complaining that tents and heaters had not reached them, and police fired tear "
         "gas, residents said.",
         ("Survivors=IRN", "police=IRN", "residents=IRN"), gold=("IRN>IRN:14|144", "IRN>IRN:17|175"), kind="cvl"),
    # Europe: civilians, companies and workers
    Lead("e-van-gogh", "Dutch filmmaker killed in Amsterdam", "Theo van Gogh, the filmmaker who made a film about "
         "violence against Muslim women, was shot and stabbed to death on an Amsterdam street on Tuesday, and police "
         "arrested a 26-year-old suspect.",
         ("Theo van Gogh=NLD", "police=NLD"), gold=(">NLD:18|180", "NLD>:17|173"), kind="cvl"),
    Lead("e-mosques-burned", "Serbs torch mosques after Kosovo clashes", "BELGRADE (Reuters) - Crowds set fire to "
         "mosques in Belgrade and Nis overnight in anger at attacks on Serbs in Kosovo, and police fired tear gas to "
         "protect the buildings.",
         ("Crowds=SRB", "Serbs=SRB", "police=SRB"), gold=("SRB>SRB:14|145", "SRB>SRB:17|175"), kind="place"),
    Lead("e-northern-bank", "Robbers take millions from Belfast bank", "Robbers who held the families of two "
         "Northern Bank officials hostage overnight took more than 20 million pounds from the bank#39;s Belfast "
         "headquarters, police said on Tuesday.",
         ("families=GBR", "Northern Bank=GBR", "police=GBR"), gold=(">GBR:18|181",), kind="bus"),
    Lead("e-morecambe-cocklers", "Chinese cockle pickers drown", "Police arrested two men on Saturday after at least "
         "19 Chinese cockle pickers drowned when the tide swept in across Morecambe Bay, in northwest England.",
         ("Police=GBR", "Chinese cockle pickers=CHN"), gold=("GBR>:17|173",), kind="cvl"),
    Lead("e-shell-watts", "Shell chairman quits over reserves", "Sir Philip Watts stepped down as chairman of Royal "
         "Dutch/Shell on Wednesday after the oil group cut its estimate of its proven reserves by a fifth, and its "
         "head of exploration left with him.",
         ("Philip Watts=GBR",), kind="bus"),
    Lead("e-airbus-boeing", "U.S. takes Airbus dispute to WTO", "The United States asked the World Trade "
         "Organization on Wednesday to rule on European aid to Airbus, and the European Union filed a "
         "counter-complaint over state help for Boeing.",
         ("United States=USA", "World Trade Organization=IGO", "European Union=IGO", "Boeing=USA"),
         gold=("USA>IGO:11|115|10", "IGO>USA:11|115|10"), ok=("USA>IGO:10|101", "IGO>IGO:10|101"), kind="bus"),
    Lead("e-alitalia-strike", "Alitalia pilots strike", "ROME (Reuters) - Pilots and cabin crew of Alitalia walked "
         "off the job on Friday, grounding half the airline#39;s flights, to protest against a rescue plan that "
         "would cut 5,000 jobs.",
         ("Pilots=ITA", "Alitalia=ITA"), gold=("ITA>ITA:14|143",), kind="place"),
    Lead("e-af-klm", "Air France completes KLM takeover", "Air France completed its takeover of KLM on Wednesday, "
         "creating the world#39;s largest airline by revenue, and the Dutch carrier#39;s chief executive, Leo van "
         "Wijk, joined the board.",
         ("Air France=FRA", "KLM=NLD", "Leo van Wijk=NLD"), ok=("FRA>NLD:06|057",), kind="bus"),
    Lead("e-volkswagen-workers", "VW workers strike over wages", "AP - Tens of thousands of Volkswagen workers in "
         "western Germany staged short strikes on Tuesday as the carmaker sought a two-year wage freeze, the IG "
         "Metall union said.",
         ("Volkswagen workers=DEU", "IG Metall=DEU"), gold=("DEU>DEU:14|143",), kind="bus"),
    Lead("e-opel-jobs", "Opel workers walk out", "Workers at Opel#39;s plant in Bochum stopped production on Friday "
         "after General Motors said it would cut 12,000 jobs in Europe.",
         ("Workers=DEU", "Opel=DEU", "General Motors=USA"), gold=("DEU>DEU:14|143",), kind="bus"),
    Lead("e-madrid-victims", "Victims' families face lawmakers", "MADRID (Reuters) - Families of the victims of the "
         "March 11 train bombings told a parliamentary commission on Wednesday that politicians had used their dead "
         "for the election.",
         ("Families of the victims=ESP", "parliamentary commission=ESP"), gold=("ESP>ESP:11|111|112",), kind="place"),
    Lead("e-libya-uta-families", "Libya pays French families", "Libya agreed on Friday to pay #36;170 million to the "
         "families of the victims of the 1989 bombing of a UTA airliner over Niger, a French group of relatives "
         "said.",
         ("Libya=LBY", "families=FRA", "relatives=FRA"), gold=("LBY>FRA:06|057|07",), kind="two"),
    Lead("e-la-belle", "Libya to compensate disco victims", "Libya agreed on Tuesday to pay #36;35 million to German "
         "and other victims of the 1986 bombing of the La Belle disco in Berlin, lawyers said.",
         ("Libya=LBY", "victims=DEU"), gold=("LBY>DEU:06|057|07",), kind="two"),
    Lead("e-greek-olympic-guards", "Greek police guard Olympic venues", "Thousands of Greek police and soldiers "
         "guarded the Olympic venues on Friday, and NATO AWACS planes circled Athens for the opening ceremony.",
         ("Greek police=GRC", "NATO=IGO"), ok=("GRC>:15|150", "IGO>GRC:07|074"), kind="cvl"),
    Lead("r-ingush-camps", "Last Chechen tent camp closed", "Officials closed the last tent camp for Chechen "
         "refugees in Ingushetia on Monday, and families said they had been pressed to go back to Chechnya though "
         "the fighting there goes on.",
         ("Chechen refugees=RUS", "families=RUS"), gold=("RUS>RUS:17|174|172",), kind="cvl"),
    # The Americas
    Lead("am-yee-cleared", "Army drops case against chaplain", "The Army dropped all charges on Friday against Capt. "
         "James Yee, a Muslim chaplain at Guantanamo Bay who was once suspected of spying for the detainees.",
         ("Army=USA", "James Yee=USA"), gold=("USA>USA:08|080",), kind="mil"),
    Lead("am-marine-deserter", "Missing Marine charged with desertion", "The Marine Corps charged Cpl. Wassef Ali "
         "Hassoun with desertion on Wednesday, months after he vanished from his unit in Iraq and turned up in "
         "Lebanon.",
         ("Marine Corps=USA", "Wassef Ali Hassoun=USA"), gold=("USA>USA:17|11|111",), kind="mil"),
    Lead("am-merck-vioxx", "Merck pulls Vioxx", "Merck and Co. withdrew its arthritis drug Vioxx from markets "
         "worldwide on Thursday after a study showed a higher risk of heart attacks, and its chief executive, "
         "Raymond Gilmartin, said patients came first.",
         ("Merck and Co.=USA", "Raymond Gilmartin=USA"), kind="bus"),
    Lead("am-haiti-peacekeepers", "Brazilian troops patrol Cite Soleil", "PORT-AU-PRINCE (Reuters) - Brazilian "
         "peacekeepers patrolled the Cite Soleil slum on Saturday after gunmen loyal to Jean-Bertrand Aristide shot "
         "dead three policemen, residents said.",
         ("Brazilian peacekeepers=BRA", "gunmen=HTI", "Jean-Bertrand Aristide=HTI", "policemen=HTI", "residents=HTI"),
         gold=("HTI>HTI:18|180",), kind="two"),
    Lead("am-colombia-soldiers-peasants", "Soldiers kill five peasants by mistake", "BOGOTA (Reuters) - Soldiers "
         "killed five peasants, among them a 6-month-old baby, in a village in Cajamarca, the army said on Sunday, "
         "blaming a mistake in the dark.",
         ("Soldiers=COL", "peasants=COL", "army=COL"), gold=("COL>COL:18|180|19",), kind="place"),
    Lead("am-nueva-linda", "Eviction clash kills farm workers", "Police evicting hundreds of peasants from the Nueva "
         "Linda estate in Guatemala clashed with them on Tuesday, and at least nine people, among them three "
         "officers, were killed.",
         ("Police=GTM", "peasants=GTM"), gold=("GTM>GTM:17|174|171", "GTM>GTM:19|190|18"), kind="cvl"),
    Lead("am-argentina-nightclub", "Nightclub fire kills 175", "Hundreds of relatives marched to the mayor#39;s "
         "office in Buenos Aires on Saturday demanding justice after a fire at the Republica Cromanon nightclub "
         "killed 175 young people, and police arrested the club#39;s owner.",
         ("relatives=ARG", "police=ARG"), gold=("ARG>ARG:14|141", "ARG>ARG:17|173"), kind="cvl"),
    Lead("am-venezuela-guard", "Guardsmen clash with marchers", "National Guard troops fired tear gas and plastic "
         "bullets at opposition marchers in Caracas on Friday, and the marchers hurled stones.",
         ("National Guard=VEN", "opposition marchers=VEN"), gold=("VEN>VEN:17|175", "VEN>VEN:14|145"), kind="cvl"),
    Lead("am-mexico-lynching", "Mob burns police agents in Mexico City", "A mob in the Tlahuac district of Mexico "
         "City beat and burned two federal police agents on Tuesday after residents mistook them for child "
         "kidnappers.",
         ("mob=MEX", "federal police agents=MEX", "residents=MEX"), gold=("MEX>MEX:18|182|1823",), kind="cvl"),
    # Africa
    Lead("af-hoceima-quake", "Quake villagers clash with police", "Villagers angry at the slow arrival of tents and "
         "food after the earthquake near Al Hoceima blocked roads and threw stones at police on Thursday, and "
         "officers fired tear gas, residents said.",
         ("Villagers=MAR", "police=MAR", "residents=MAR"), gold=("MAR>MAR:14|145|144", "MAR>MAR:17|175"), kind="cvl"),
    Lead("af-shell-delta", "Shell pulls staff from Delta", "Shell#39;s Nigerian unit evacuated staff from two oil "
         "platforms in the Niger Delta on Wednesday after armed youths threatened them, and the company said output "
         "fell by 30,000 barrels a day.",
         ("armed youths=NGA",), gold=("NGA>:13|138",), kind="bus"),
    Lead("af-zimbabwe-farmers", "White farmers evicted", "Police evicted three white farmers from their land in "
         "Mashonaland on Friday, and the Commercial Farmers Union said the seizures had begun again.",
         ("Police=ZWE", "white farmers=ZWE", "Commercial Farmers Union=ZWE"), gold=("ZWE>ZWE:17|171|174",), kind="cvl"),
    Lead("af-nairobi-katiba", "Police tear-gas constitution marchers", "NAIROBI (Reuters) - Police fired tear gas at "
         "thousands of protesters demanding a new constitution in central Nairobi on Saturday, and a student, James "
         "Mwangi, said officers had beaten him with batons.",
         ("Police=KEN", "protesters=KEN", "James Mwangi=KEN"), gold=("KEN>KEN:17|175|18", "KEN>KEN:14|141|10"),
         kind="place"),
    Lead("af-angola-diggers", "Angola expels Congolese diggers", "Angolan soldiers expelled tens of thousands of "
         "Congolese diamond diggers from the Lunda provinces this year, and many said troops had beaten and robbed "
         "them, Doctors Without Borders said on Tuesday.",
         ("Angolan soldiers=AGO", "Congolese diamond diggers=COD", "Doctors Without Borders=NGO"),
         gold=("AGO>COD:17|174|20|201",), ok=("AGO>COD:18|182",), kind="two"),
    Lead("af-somali-traders", "Mogadishu traders pay gunmen", "Traders in Mogadishu#39;s Bakara market said on "
         "Sunday they paid militiamen to guard their stalls after gunmen looted shops overnight.",
         ("Traders=SOM", "militiamen=SOM", "gunmen=SOM"), gold=("SOM>SOM:17|171",), kind="cvl"),
    Lead("af-algeria-salafists", "Algerian troops kill Islamist rebels", "Reuters - Algerian soldiers killed ten "
         "members of the Salafist Group for Preaching and Combat in the mountains east of Algiers on Sunday, the "
         "newspaper El Watan said.",
         ("Algerian soldiers=DZA", "Salafist Group for Preaching and Combat=DZA", "El Watan=DZA"),
         gold=("DZA>DZA:19|190|18",), kind="mil"),
    Lead("af-nigeria-plateau-villagers", "Villagers killed in Nigerian clashes", "LAGOS (Reuters) - Gunmen killed "
         "dozens of villagers in Yelwa on Sunday, residents said, in the worst violence between Christian and Muslim "
         "groups in the region this year.",
         ("Gunmen=NGA", "villagers=NGA", "residents=NGA"), gold=("NGA>NGA:18|180|20",), kind="place"),
    # People whose country only the dateline gives
    Lead("d-lima-teacher", "Peruvian teachers strike", "LIMA (Reuters) - Thousands of teachers walked out of their "
         "classrooms on Monday to demand higher pay, and a union leader, Nilver Lopez, said the strike would last "
         "until President Alejandro Toledo met them.",
         ("teachers=PER", "Nilver Lopez=PER", "Alejandro Toledo=PER"), gold=("PER>PER:14|143",), kind="place"),
    Lead("d-dhaka-garment", "Garment workers riot in Dhaka", "DHAKA (Reuters) - Garment workers demanding unpaid "
         "wages smashed cars and clashed with police outside a factory on Wednesday, and its owner said he would pay "
         "them.",
         ("Garment workers=BGD", "police=BGD", "owner=BGD"), gold=("BGD>BGD:14|145",), kind="place"),
    Lead("d-jakarta-maids", "Maids return from Malaysia", "JAKARTA (Reuters) - Thousands of maids and labourers "
         "arrived by ferry on Sunday after Malaysia ordered illegal workers to leave, and a returning housemaid, "
         "Siti Aminah, said her employer had not paid her.",
         ("maids=IDN", "Malaysia=MYS", "Siti Aminah=IDN"), gold=("MYS>IDN:17|174",), kind="two"),
    Lead("d-kiev-miners", "Coal miners block Kiev street", "KIEV (Reuters) - Coal miners from the east blocked a "
         "street outside the cabinet office on Wednesday demanding back pay, and their leader said they would stay.",
         ("Coal miners=UKR",), gold=("UKR>UKR:14|144|141", "UKR>UKR:10|1041"), kind="place"),
    Lead("d-gaza-funeral", "Mourners vow revenge", "GAZA (Reuters) - Tens of thousands of mourners marched behind "
         "the body of a Hamas commander killed in an air strike on Monday, and gunmen fired in the air and vowed "
         "revenge.",
         ("mourners=PSE", "gunmen=PSE"), gold=("PSE>:13|138",), ok=("ISR>PSE:18|19",), kind="place"),
    # People whose country only the headline or a nationality gives
    Lead("h-filipino-workers", "Filipino workers barred from Iraq", "Manila banned its citizens from working in Iraq "
         "on Wednesday, and a recruiter, Vic Gutierrez, said hundreds of workers already hired for U.S. bases were "
         "stranded.",
         ("Manila=PHL", "Vic Gutierrez=PHL", "workers=PHL"), gold=("PHL>PHL:17|172",), kind="place"),
    Lead("h-kenya-drivers-headline", "Kenyan truckers refuse Iraq runs", "Truck drivers from Kenya working for firms "
         "in Kuwait said on Monday they would no longer drive into Iraq after three colleagues were kidnapped.",
         ("Truck drivers=KEN", "colleagues=KEN"), gold=("KEN>:12|120",), kind="place"),
)
