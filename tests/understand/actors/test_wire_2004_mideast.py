"""A blind set of 2004 Middle East wire leads, written for what real news of the period asks of the coder most: the
knowledge an informed reader of 2004 has. The leads tell real events of 2004 (Iraq's insurgency, interim government,
Najaf and Falluja, kidnappings; Israel and the Palestinians, the Gaza pullout plan and the barrier; Iran's nuclear
talks with the EU-3 and the IAEA; Syria, Lebanon, Saudi Arabia, Egypt, Yemen, Jordan and the Gulf) in the mix the real
feed carries: a third with a dateline ("BAGHDAD (Reuters) -"), a third with a bare credit ("AP - "), a third a headline
and a bare sentence, some with the corpus's `#39;` for an apostrophe, and about a third with no codable event
(analysis, election results, deaths, the economy, sport, what is expected or negated), on which the coder must stay
silent. They name the period's ministers, rebel leaders, clerics, opposition politicians, parties, companies, media,
armed groups and international bodies, and nameless groups ("insurgents", "police", "gunmen").

Every sentence was written for this test from memory of the period's news, not copied from any article. Each lead
lists every actor it names with its gold code ("text=CODE"; checked on the country, as the guidelines' scorer does,
with `first_match`; an empty code means the actor is found and given no country) and its gold events in the format of
the event blind sets (`tests/understand/events/test_wire_blind.py`); `kind` says how the lead opens ("dateline",
"credit", "bare"). Every code was written down by events_guidelines.md and the CAMEO codebook, and committed, before
the coder's output on these leads was seen. The score also counts the event slots whose code disagrees with the
entity they name (one actor, two codes).

`python -m pytest tests/understand/actors/test_wire_2004_mideast.py -q -s -k score` prints the scores."""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from newsgraph.evaluate.actors_news import first_match
from newsgraph.evaluate.userpath import run_user_path
from newsgraph.settings import Settings
from tests.understand.actors.lead_sets import Lead, LeadSet

pytestmark = pytest.mark.model




# declarative table: the blind set of 2004 Middle East leads.
# fmt: off
LEADS: tuple[Lead, ...] = (
    # Iraq
    Lead("iq-allawi-sheikhs", "Allawi meets Sunni sheikhs", "BAGHDAD (Reuters) - Iraq#39;s interim Prime Minister Ayad "
         "Allawi met Sunni tribal leaders from Anbar province on Sunday to urge them to back January#39;s elections, his "
         "office said.", ("Ayad Allawi=IRQGOV", "Sunni tribal leaders=IRQ"),
         gold=("IRQGOV>IRQ:04|040|043", "IRQGOV>IRQ:02|020|10")),
    Lead("iq-baquba-mortar", "Mortars hit U.S. base", "AP - Insurgents fired mortar rounds at a U.S. base near Baquba on "
         "Tuesday, wounding four American soldiers, the military said.",
         ("Insurgents=IRQREB", "American soldiers=USAMIL", "military=USAMIL"),
         gold=("IRQREB>USAMIL:19|190|194|18|180",), kind="credit"),
    Lead("iq-shrine-keys", "Sadr militia hands over shrine", "Fighters of Moqtada al-Sadr#39;s Mehdi Army handed the keys "
         "of the Imam Ali shrine in Najaf to representatives of Grand Ayatollah Ali al-Sistani on Friday, ending a "
         "three-week standoff.", ("Moqtada al-Sadr=IRQ", "Mehdi Army=IRQ", "Ali al-Sistani=IRQ"),
         gold=("IRQ>IRQ:08|084|0842|087|080",), kind="bare"),
    Lead("iq-voter-rolls", "Iraq to register voters", "BAGHDAD (AFP) - Iraq#39;s electoral commission said on Wednesday "
         "that voter registration would begin next month, as officials struggled to prepare for the country#39;s first "
         "free election in decades.", ("electoral commission=IRQGOV",)),
    Lead("iq-italian-women", "Italian aid workers seized", "AP - Gunmen kidnapped two Italian aid workers from their "
         "office in central Baghdad on Tuesday, the Italian foreign ministry said.",
         ("Gunmen=IRQREB", "Italian aid workers=ITA", "Italian foreign ministry=ITAGOV"),
         gold=("IRQREB>ITA:18|181|180",), kind="credit"),
    Lead("iq-no-delay", "Allawi rules out election delay", "Iraq#39;s interim prime minister said on Monday that "
         "elections would go ahead in January despite the violence, rejecting calls from Sunni politicians for a "
         "postponement.", ("interim prime minister=IRQGOV", "Sunni politicians=IRQ"),
         gold=("IRQGOV>IRQ:12|120",), kind="bare"),
    Lead("iq-falluja-strike", "U.S. jets strike Falluja", "FALLUJA, Iraq (Reuters) - U.S. warplanes struck a house in "
         "Falluja on Thursday that the military said was used by followers of Abu Musab al-Zarqawi, killing at least "
         "five people, residents said.",
         ("U.S. warplanes=USAMIL", "Abu Musab al-Zarqawi=IRQREB", "residents=IRQCVL"),
         gold=("USAMIL>IRQ:19|195|190|18|180",)),
    Lead("iq-mosul-raids", "Mosul raids net suspects", "AP - Iraqi police arrested 20 suspected insurgents in raids in "
         "the northern city of Mosul on Saturday, Interior Minister Falah al-Naqib said.",
         ("Iraqi police=IRQCOP", "suspected insurgents=IRQREB", "Falah al-Naqib=IRQGOV"),
         gold=("IRQCOP>IRQREB:17|173",), kind="credit"),
    Lead("iq-south-oil", "Southern oil exports recover", "Oil exports from southern Iraq recovered to about 1.8 "
         "million barrels a day this week, officials of the state-run South Oil Company said on Monday.",
         ("South Oil Company=IRQBUS",), kind="bare"),
    Lead("iq-zebari-borders", "Zebari presses neighbours", "BAGHDAD (Reuters) - Iraqi Foreign Minister Hoshyar Zebari "
         "on Tuesday urged neighbouring countries to stop foreign fighters crossing into Iraq, and accused Syria and "
         "Iran of not doing enough.", ("Hoshyar Zebari=IRQGOV", "Syria=SYR", "Iran=IRN"),
         gold=("IRQGOV>SYR:11|111|112", "IRQGOV>IRN:11|111|112"), ok=("IRQGOV>:02|020|10",)),
    Lead("iq-haifa-street", "Bomb kills dozens at police centre", "AP - A suicide car bomber blew himself up outside a "
         "police recruiting centre in Baghdad on Monday, killing 47 people, the interior ministry said.",
         ("interior ministry=IRQGOV",), gold=(">IRQ:18|183|180",), kind="credit"),
    Lead("iq-sistani-returns", "Sistani returns to Najaf", "NAJAF, Iraq (AP) - Grand Ayatollah Ali al-Sistani returned "
         "to Najaf on Thursday at the head of a convoy of thousands of followers and called on all armed men to leave "
         "the holy city.", ("Ali al-Sistani=IRQ",), gold=("IRQ>IRQ:02|020|10|100",), ok=("IRQ>:02|020|10",)),
    Lead("iq-kufa-aide", "Sadr aide detained", "Iraqi police detained a senior aide to radical Shi#39;ite cleric "
         "Moqtada al-Sadr in the southern city of Kufa on Wednesday, a spokesman for the cleric said.",
         ("Iraqi police=IRQCOP", "Moqtada al-Sadr=IRQ", "senior aide=IRQ"),
         gold=("IRQCOP>IRQ:17|173",), kind="bare"),
    Lead("iq-sunni-task", "Sunni vote in doubt", "AP - Iraq#39;s interim government faces a daunting task in persuading "
         "Sunni Arabs to vote in January, analysts say, with violence raging across the so-called Sunni Triangle.",
         ("interim government=IRQGOV", "Sunni Arabs=IRQ"), kind="credit"),
    Lead("iq-bigley-plea", "Hostage's brother pleads", "LIVERPOOL, England (Reuters) - The brother of British hostage "
         "Ken Bigley appealed on Sunday to his kidnappers in Iraq to spare his life.",
         ("Ken Bigley=GBR",), gold=("GBR>IRQ:02|020|10|105",), ok=("GBR>:02|020|10",)),
    Lead("iq-french-freed", "French journalists freed", "AP - The Islamic Army in Iraq freed French journalists "
         "Christian Chesnot and Georges Malbrunot on Tuesday after holding them for four months, French officials said.",
         ("Islamic Army in Iraq=IRQREB", "Christian Chesnot=FRA", "Georges Malbrunot=FRA", "French officials=FRAGOV"),
         gold=("IRQREB>FRA:08|084|0841",), kind="credit"),
    Lead("iq-chalabi-raid", "Chalabi's home raided", "U.S. soldiers and Iraqi police raided the Baghdad home and offices "
         "of Ahmed Chalabi on Thursday, a one-time Pentagon favourite who sits on the Iraqi Governing Council.",
         ("U.S. soldiers=USAMIL", "Iraqi police=IRQCOP", "Ahmed Chalabi=IRQ", "Iraqi Governing Council=IRQGOV"),
         gold=("USAMIL>IRQ:17|171|173|170", "IRQCOP>IRQ:17|171|173|170"), kind="bare"),
    Lead("iq-basra-heat", "Heat and power cuts", "BASRA, Iraq (Reuters) - Temperatures above 50 degrees Celsius and daily "
         "power cuts have left residents of Basra fuming at the slow pace of reconstruction.", ("residents=IRQCVL",)),
    Lead("iq-shaalan-falluja", "Minister warns Falluja", "AP - Iraq#39;s interim Defence Minister Hazem Shaalan threatened "
         "on Monday to crush insurgents in Falluja unless they handed over foreign fighters.",
         ("Hazem Shaalan=IRQGOV", "insurgents=IRQREB"), gold=("IRQGOV>IRQREB:13|138|130",), kind="credit"),
    Lead("iq-scholars-undecided", "Sunni clerics weigh boycott", "The Association of Muslim Scholars, an influential "
         "group of Sunni clerics, has yet to decide whether to call for a boycott of January#39;s election, a spokesman "
         "said on Saturday.", ("Association of Muslim Scholars=IRQ",), kind="bare"),
    Lead("iq-scholars-boycott", "Clerics call for boycott", "BAGHDAD (Reuters) - The Association of Muslim Scholars "
         "called on Iraqis on Thursday to boycott January#39;s elections in protest at the U.S. assault on Falluja.",
         ("Association of Muslim Scholars=IRQ", "Iraqis=IRQ"), gold=("IRQ>IRQ:02|020|14|140",),
         ok=("IRQ>USA:14|140|11|111", "IRQ>:02|020|14|140")),
    Lead("iq-anbar-marines", "Two Marines killed", "AP - Two U.S. Marines were killed in fighting in Anbar province on "
         "Sunday, the military said.", ("U.S. Marines=USAMIL", "military=USAMIL"),
         # Session 21: gold source changed from none to IRQREB by the guidelines' "any informed reader knows for
         # the period": a fight has two sides, and the side fighting U.S. Marines in Anbar in 2004 is Iraq's
         # insurgents (events.insurgency). The source the item leaves unnamed stays acceptable.
         gold=("IRQREB>USAMIL:19|190|18|180",), ok=(">USAMIL:19|190|18|180",), kind="credit"),
    Lead("iq-allawi-bush", "Bush hosts Allawi", "WASHINGTON (Reuters) - President Bush hosted Iraq#39;s interim Prime "
         "Minister Ayad Allawi at the White House on Thursday and praised him as a strong leader.",
         ("Bush=USAGOV", "Ayad Allawi=IRQGOV", "White House=USAGOV"),
         gold=("USAGOV>IRQGOV:04|043|040", "USAGOV>IRQGOV:05|051"), ok=("IRQGOV>USA:04|042|040",)),
    Lead("iq-yawar-kuwait", "Iraqi president in Kuwait", "Iraq#39;s interim President Ghazi al-Yawar arrived in Kuwait on "
         "Monday for talks with the emir on debts left from Saddam Hussein#39;s rule.",
         ("Ghazi al-Yawar=IRQGOV", "Kuwait=KWT", "emir=KWTGOV"),
         gold=("IRQGOV>KWT:04|042|040|046",), ok=("KWTGOV>IRQGOV:04|043|040|046", "IRQGOV>KWTGOV:04|040|046"),
         kind="bare"),
    Lead("iq-saddam-trial", "Saddam trial not before next year", "AP - Saddam Hussein#39;s trial is unlikely to begin "
         "before next year, Iraqi officials said on Tuesday, as investigators sift through mass graves and documents.",
         ("Saddam Hussein=IRQ", "Iraqi officials=IRQGOV"), kind="credit"),
    Lead("iq-kirkuk-pipeline", "Pipeline blown up", "KIRKUK, Iraq (AP) - Saboteurs blew up an oil pipeline linking "
         "Kirkuk to the Turkish port of Ceyhan on Friday, halting exports to the north, oil officials said.",
         ("Saboteurs=IRQREB",), gold=("IRQREB>:17|171|1712|18|183|180",)),
    Lead("iq-guard-ambush", "Guardsmen ambushed", "Insurgents ambushed a minibus carrying members of the Iraqi National "
         "Guard north of Baghdad on Saturday, killing 12 of them, police said.",
         ("Insurgents=IRQREB", "Iraqi National Guard=IRQMIL", "police=IRQCOP"),
         gold=("IRQREB>IRQMIL:18|180|19|190",), kind="bare"),
    Lead("iq-shaalan-iran", "Minister accuses Iran", "BAGHDAD (Reuters) - Iraq#39;s defence minister accused Iran on "
         "Sunday of meddling in Iraq#39;s affairs and of sending fighters across the border.",
         ("defence minister=IRQGOV", "Iran=IRN"), gold=("IRQGOV>IRN:11|112|111",)),
    Lead("iq-brahimi-council", "Brahimi meets council", "AP - U.N. envoy Lakhdar Brahimi held talks with members of the "
         "Iraqi Governing Council in Baghdad on Monday on forming an interim government to take power on June 30.",
         ("Lakhdar Brahimi=IGOUNO", "Iraqi Governing Council=IRQGOV"),
         gold=("IGO>IRQGOV:04|040|046", "IRQGOV>IGO:04|040|046"), kind="credit"),
    Lead("iq-olympic-soccer", "Iraq stuns Portugal", "Iraq#39;s Olympic soccer team beat Portugal 4-2 in Athens on "
         "Thursday, sparking celebrations in the streets of Baghdad.", ("Portugal=PRT",), kind="bare"),
    Lead("iq-samarra-retaken", "Troops retake Samarra", "SAMARRA, Iraq (Reuters) - U.S. and Iraqi troops took control of "
         "Samarra on Friday after a two-day offensive against insurgents, the U.S. military said.",
         ("Iraqi troops=IRQMIL", "insurgents=IRQREB", "U.S. military=USAMIL"),
         gold=("USAMIL>IRQREB:19|190", "IRQMIL>IRQREB:19|190")),
    Lead("iq-fuel-queues", "Fuel queues in Baghdad", "BAGHDAD (Reuters) - Long queues formed at petrol stations across "
         "Baghdad on Sunday as fuel shortages worsened in oil-rich Iraq, residents said.", ("residents=IRQCVL",)),
    Lead("iq-power-minister", "Power to improve, minister says", "AP - Iraq#39;s electricity minister said power "
         "supplies would improve next summer once new generating plants come on line.",
         ("electricity minister=IRQGOV",), kind="credit"),
    Lead("iq-sadr-next", "Sadr's next move unclear", "Radical Shi#39;ite cleric Moqtada al-Sadr may turn to politics "
         "after his militia#39;s defeat in Najaf, but few in Baghdad expect him to give up his fighters, analysts said.",
         ("Moqtada al-Sadr=IRQ",), kind="bare"),
    Lead("iq-hassan-seized", "Aid chief kidnapped", "BAGHDAD (AP) - Margaret Hassan, the head of CARE International in "
         "Iraq, was kidnapped by gunmen on her way to work in Baghdad on Tuesday, the aid group said.",
         ("Margaret Hassan=GBR", "gunmen=IRQREB"), gold=("IRQREB>GBR:18|181|180",), ok=("IRQREB>IRQ:18|181|180",)),
    Lead("iq-jazeera-closed", "Al-Jazeera office shut", "Iraq#39;s interim government ordered the Baghdad office of "
         "Al-Jazeera television closed for a month on Saturday, accusing the Qatar-based station of inciting violence.",
         ("interim government=IRQGOV", "Al-Jazeera=QATMED"),
         gold=("IRQGOV>QAT:17|172|170|16", "IRQGOV>QAT:11|112|111"), kind="bare"),
    # Israel and the Palestinians
    Lead("il-cabinet-pullout", "Cabinet backs Gaza pullout", "JERUSALEM (Reuters) - Prime Minister Ariel Sharon#39;s "
         "cabinet approved on Sunday his plan to withdraw from the Gaza Strip and four West Bank settlements by the end "
         "of 2005.", ("Ariel Sharon=ISRGOV", "cabinet=ISRGOV"), gold=("ISRGOV>:03|035|0356|08|087",)),
    Lead("il-yassin-killed", "Israel kills Hamas founder", "AP - Israeli helicopters fired missiles at Hamas spiritual "
         "leader Sheikh Ahmed Yassin as he left a mosque in Gaza City on Monday, killing him and seven others.",
         ("Hamas=PSEREB", "Sheikh Ahmed Yassin=PSEREB"), gold=("ISRMIL>PSEREB:18|186|180|19|195|190",),
         ok=("ISR>PSEREB:18|186|180|19|195|190",), kind="credit"),
    Lead("il-hamas-vow", "Hamas vows revenge", "Hamas vowed on Tuesday to avenge the killing of its Gaza leader Abdel "
         "Aziz al-Rantissi, who died in an Israeli air strike on Saturday.",
         ("Hamas=PSEREB", "Abdel Aziz al-Rantissi=PSEREB"), gold=("PSEREB>ISR:13|138|130",),
         ok=("ISR>PSEREB:18|186|180|19|195|190", "ISRMIL>PSEREB:18|186|180|19|195|190"), kind="bare"),
    Lead("il-qurei-quits", "Arafat rejects Qurei resignation", "RAMALLAH, West Bank (Reuters) - Palestinian Prime "
         "Minister Ahmed Qurei submitted his resignation to President Yasser Arafat on Saturday amid chaos in Gaza, but "
         "Arafat rejected it, officials said.", ("Ahmed Qurei=PSEGOV", "Yasser Arafat=PSEGOV"),
         gold=("PSEGOV>PSEGOV:12|120",), ok=("PSEGOV>PSEGOV:08|083|0831",)),
    Lead("il-rafah-homes", "Troops raze Rafah homes", "AP - Israeli troops demolished 13 Palestinian homes in the Rafah "
         "refugee camp on Tuesday, saying they hid tunnels used to smuggle weapons, Defence Minister Shaul Mofaz said.",
         ("Israeli troops=ISRMIL", "Shaul Mofaz=ISRGOV"), gold=("ISRMIL>PSE:17|171|1712",),
         ok=("ISRMIL>:17|171|1712",), kind="credit"),
    Lead("il-labour-split", "Labour split on coalition", "Israel#39;s Labour Party, led by Shimon Peres, is divided over "
         "whether to join Sharon#39;s coalition, party officials said on Wednesday.",
         ("Labour Party=ISR", "Shimon Peres=ISR", "Sharon=ISRGOV"), kind="bare"),
    Lead("il-gaza-mourns", "Gaza mourns Arafat", "GAZA CITY (Reuters) - Tens of thousands of Palestinians poured into the "
         "streets of Gaza on Thursday to mourn Yasser Arafat, who died in a Paris hospital aged 75.",
         ("Palestinians=PSE", "Yasser Arafat=PSEGOV")),
    Lead("il-abbas-plo", "Abbas to head PLO", "AP - Mahmoud Abbas was chosen on Thursday to head the Palestine "
         "Liberation Organization, hours after Yasser Arafat#39;s death.",
         ("Mahmoud Abbas=PSE", "Palestine Liberation Organization=PSE"), kind="credit"),
    Lead("il-world-court", "World Court rules against barrier", "THE HAGUE (Reuters) - The World Court ruled on Friday "
         "that Israel#39;s barrier in the West Bank breaches international law and must be torn down.",
         ("World Court=IGO", "Israel=ISR"), gold=("IGO>ISR:11|111|112|10|100",)),
    Lead("il-shalom-rejects", "Israel rejects ruling", "AP - Israeli Foreign Minister Silvan Shalom rejected the World "
         "Court#39;s ruling on the West Bank barrier on Saturday and said construction would continue.",
         ("Silvan Shalom=ISRGOV", "World Court=IGO"), gold=("ISRGOV>IGO:12|120",), kind="credit"),
    Lead("il-beersheba", "Twin bus bombings", "Two Palestinian suicide bombers blew up buses in the southern Israeli city "
         "of Beersheba on Tuesday, killing 16 people, and Hamas claimed responsibility.",
         ("Palestinian suicide bombers=PSEREB", "Hamas=PSEREB"), gold=("PSE>ISR:18|183|1831|180",),
         ok=("PSE>:18|183|1831|180",), kind="bare"),
    Lead("il-nablus-commander", "Militant commander killed", "NABLUS, West Bank (AP) - Israeli soldiers killed a senior "
         "commander of the Al Aqsa Martyrs Brigades in a gunbattle in Nablus on Sunday, Palestinian security officials "
         "said.", ("Israeli soldiers=ISRMIL", "Al Aqsa Martyrs Brigades=PSEREB", "Palestinian security officials=PSE"),
         gold=("ISRMIL>PSEREB:18|186|180|19|190|193",), ok=("PSEREB>ISRMIL:19|190|193",)),
    Lead("il-egypt-police", "Egypt offers to train police", "Reuters - Egypt has offered to train Palestinian police in "
         "Gaza after Israel#39;s planned pullout, Egyptian officials said on Monday.",
         ("Egypt=EGY", "Palestinian police=PSECOP", "Egyptian officials=EGYGOV"),
         gold=("EGY>PSECOP:03|033|0332|031|030",), kind="credit"),
    Lead("il-sderot-rockets", "Rockets hit Sderot", "AFP - Islamic Jihad militants fired two rockets at the Israeli town "
         "of Sderot on Wednesday, causing no casualties, the army said.",
         ("Islamic Jihad=PSEREB", "army=ISRMIL"), gold=("PSEREB>ISR:19|190|194|18|180",), kind="credit"),
    Lead("il-mazuz-sharon", "No indictment for Sharon", "JERUSALEM (AP) - Israel#39;s Attorney General Menachem Mazuz "
         "decided on Tuesday not to indict Prime Minister Ariel Sharon in a bribery case, citing a lack of evidence.",
         ("Menachem Mazuz=ISRJUD", "Ariel Sharon=ISRGOV")),
    Lead("il-settler-held", "Settler arrested", "AP - Israeli police arrested a Jewish settler on Sunday on suspicion of "
         "plotting to attack Palestinians in the West Bank.", ("Israeli police=ISRCOP", "Jewish settler=ISR"),
         gold=("ISRCOP>ISR:17|173",), kind="credit"),
    Lead("il-world-bank", "Palestinian economy shrinks", "The World Bank said on Monday the Palestinian economy had shrunk "
         "by a third since 2000 and would recover only if Israel eased its closures.",
         ("World Bank=IGO", "Israel=ISR"), kind="bare"),
    Lead("il-cairo-factions", "Egypt hosts factions", "CAIRO (Reuters) - Egypt hosted talks on Tuesday between Palestinian "
         "factions including Hamas and Islamic Jihad on a truce with Israel.",
         ("Egypt=EGY", "Hamas=PSEREB", "Islamic Jihad=PSEREB", "Israel=ISR"),
         gold=("EGY>PSE:04|043|045|040",), ok=("PSE>EGY:04|042|040", "PSE>PSE:04|040|046")),
    Lead("il-jabali-kidnap", "Gaza police chief kidnapped", "AP - Palestinian gunmen kidnapped the police chief of Gaza, "
         "Ghazi al-Jabali, on Friday and released him hours later.",
         ("Palestinian gunmen=PSEREB", "Ghazi al-Jabali=PSECOP"),
         gold=("PSEREB>PSECOP:18|181|180", "PSEREB>PSECOP:08|084|0841"), kind="credit"),
    Lead("il-us-veto", "U.S. vetoes Gaza resolution", "The United States vetoed a U.N. Security Council resolution on "
         "Tuesday that demanded Israel end its military offensive in northern Gaza.",
         ("United States=USA", "U.N. Security Council=IGO", "Israel=ISR"), gold=("USA>IGO:12|120",), kind="bare"),
    Lead("il-tel-aviv-rally", "Israelis rally for pullout", "TEL AVIV (Reuters) - Tens of thousands of Israelis rallied "
         "in Tel Aviv on Saturday in support of Prime Minister Ariel Sharon#39;s plan to pull out of Gaza.",
         ("Israelis=ISR", "Ariel Sharon=ISRGOV"), gold=("ISR>:14|141|140",), ok=("ISR>ISRGOV:05|051",)),
    Lead("il-shaath-accuses", "Shaath accuses Israel", "AP - Palestinian Foreign Minister Nabil Shaath accused Israel on "
         "Wednesday of using the Gaza pullout plan to tighten its grip on the West Bank.",
         ("Nabil Shaath=PSEGOV", "Israel=ISR"), gold=("PSEGOV>ISR:11|112|111",), kind="credit"),
    Lead("il-arafat-stable", "Arafat stable", "Yasser Arafat#39;s condition was stable on Saturday at a military hospital "
         "near Paris, a French spokesman said.", ("Yasser Arafat=PSEGOV",), kind="bare"),
    Lead("il-bush-sharon", "Bush backs Sharon plan", "WASHINGTON (Reuters) - President Bush on Wednesday backed Ariel "
         "Sharon#39;s plan to withdraw from Gaza, calling it historic and courageous, as the Israeli leader visited the "
         "White House.", ("Bush=USAGOV", "Ariel Sharon=ISRGOV", "White House=USAGOV"),
         gold=("USAGOV>ISRGOV:05|051|03|032", "ISRGOV>USA:04|042|040"), ok=("USAGOV>ISRGOV:04|043|040",)),
    Lead("il-biddu-protest", "Barrier protest dispersed", "AP - Hundreds of Palestinians protested against Israel#39;s "
         "separation barrier in the West Bank village of Biddu on Friday, and Israeli troops fired tear gas to disperse "
         "them, witnesses said.", ("Palestinians=PSE", "Israeli troops=ISRMIL"),
         gold=("PSE>ISR:14|141|140", "ISRMIL>PSE:17|175|170|18"), ok=("PSE>:14|141|140",), kind="credit"),
    Lead("il-growth", "Israeli economy grows", "Israel#39;s economy grew 4 percent in 2004 as tourism recovered from four "
         "years of violence, the central bank said on Thursday.", ("central bank=ISR",), kind="bare"),
    Lead("il-polls", "Most Israelis back pullout", "JERUSALEM (AP) - Opinion polls show most Israelis support Prime "
         "Minister Ariel Sharon#39;s plan to withdraw from Gaza, though many in his Likud party remain opposed.",
         ("Ariel Sharon=ISRGOV", "Likud=ISR")),
    # Iran
    Lead("ir-iaea-rebuke", "IAEA rebukes Iran", "VIENNA (Reuters) - The board of the International Atomic Energy Agency "
         "rebuked Iran on Friday for failing to cooperate fully with its inspectors, in a resolution drafted by Britain, "
         "France and Germany.",
         ("International Atomic Energy Agency=IGO", "Iran=IRN", "Britain=GBR", "France=FRA", "Germany=DEU"),
         gold=("IGO>IRN:11|111|112",), ok=("GBR>IRN:11|111", "FRA>IRN:11|111", "DEU>IRN:11|111")),
    Lead("ir-paris-deal", "Iran agrees to suspend enrichment", "AP - Iran agreed on Sunday to suspend all uranium "
         "enrichment under a deal with Britain, France and Germany, the country#39;s top nuclear negotiator Hassan "
         "Rowhani said.", ("Iran=IRN", "Britain=GBR", "France=FRA", "Germany=DEU", "Hassan Rowhani=IRNGOV"),
         gold=("IRN>GBR:06|057|08|03", "IRN>FRA:06|057|08|03", "IRN>DEU:06|057|08|03"), ok=("IRN>:08|06|03",),
         kind="credit"),
    Lead("ir-kharrazi-dismisses", "Kharrazi dismisses U.S. call", "Iran#39;s Foreign Minister Kamal Kharrazi on Monday "
         "dismissed a U.S. call to refer Tehran to the U.N. Security Council, calling it politically motivated.",
         ("Kamal Kharrazi=IRNGOV",), gold=("IRNGOV>USA:12|120|11|111",), kind="bare"),
    Lead("ir-majlis-vote", "Conservatives win Iran vote", "TEHRAN (Reuters) - Conservatives won a clear majority in "
         "Iran#39;s parliamentary election, official results showed on Sunday, with turnout at just over 50 percent.",
         ("Conservatives=IRN",)),
    Lead("ir-sit-in", "Reformists stage sit-in", "AP - Dozens of reformist lawmakers staged a sit-in at Iran#39;s "
         "parliament on Monday to protest against the Guardian Council#39;s disqualification of thousands of "
         "candidates.", ("reformist lawmakers=IRNLEG", "Guardian Council=IRNGOV"),
         gold=("IRNLEG>IRNGOV:14|141|140",), ok=("IRNLEG>:14|141|140", "IRNLEG>IRN:14|141|140"), kind="credit"),
    Lead("ir-sailors-held", "Iran detains British sailors", "Iran detained eight British sailors and marines on Monday "
         "after their boats strayed into Iranian waters on the Shatt al-Arab waterway, Britain#39;s Ministry of Defence "
         "said.", ("Iran=IRN", "British sailors=GBRMIL", "Ministry of Defence=GBRGOV"),
         gold=("IRN>GBRMIL:17|173",), kind="bare"),
    Lead("ir-sailors-freed", "Iran frees Britons", "TEHRAN (AFP) - Iran on Thursday released the eight British "
         "servicemen it had held for three days, the British embassy said.",
         ("Iran=IRN", "British servicemen=GBRMIL", "British embassy=GBRGOV"), gold=("IRN>GBRMIL:08|084|0841",)),
    Lead("ir-board-agenda", "Iran tops IAEA agenda", "Reuters - Iran#39;s nuclear programme will top the agenda when the "
         "International Atomic Energy Agency#39;s board meets in Vienna next week, diplomats said on Friday.",
         ("Iran=IRN", "International Atomic Energy Agency=IGO"), kind="credit"),
    Lead("ir-elbaradei-urges", "ElBaradei urges Iran", "U.N. nuclear chief Mohamed ElBaradei urged Iran on Monday to "
         "answer all outstanding questions about its nuclear programme before the board meets in November.",
         ("Mohamed ElBaradei=IGO", "Iran=IRN"), gold=("IGO>IRN:02|020|10|100",), kind="bare"),
    Lead("ir-bam-tents", "Bam survivors in tents", "AP - Survivors of the Bam earthquake in southeastern Iran are still "
         "living in tents a year after the disaster, which killed more than 26,000 people, the Red Crescent said.",
         (), kind="credit"),
    # Syria and Lebanon
    Lead("sy-resolution-1559", "Council demands pullout from Lebanon", "UNITED NATIONS (Reuters) - The U.N. Security "
         "Council on Thursday demanded that foreign forces leave Lebanon, in a resolution aimed at Syria, which keeps "
         "about 15,000 troops there.", ("U.N. Security Council=IGO", "Lebanon=LBN", "Syria=SYR"),
         gold=("IGO>SYR:10|100|106",), ok=("IGO>:10|100|106", "IGO>LBN:10|100|106")),
    Lead("lb-lahoud-term", "Lebanon extends Lahoud's term", "AP - Lebanon#39;s parliament voted on Friday to extend "
         "President Emile Lahoud#39;s term by three years, bowing to pressure from Syria.",
         ("parliament=LBNLEG", "Emile Lahoud=LBNGOV", "Syria=SYR"), ok=("LBNLEG>SYR:08|080|083",), kind="credit"),
    Lead("lb-hariri-quits", "Hariri resigns", "Lebanese Prime Minister Rafik Hariri resigned on Wednesday, weeks after a "
         "Syrian-backed extension of President Emile Lahoud#39;s term.",
         ("Rafik Hariri=LBNGOV", "Emile Lahoud=LBNGOV"), kind="bare"),
    Lead("sy-assad-talks", "Assad ready for talks", "DAMASCUS (Reuters) - Syrian President Bashar al-Assad said on Monday "
         "he was ready to resume peace talks with Israel without preconditions.",
         ("Bashar al-Assad=SYRGOV", "Israel=ISR"), gold=("SYRGOV>ISR:03|036|030",)),
    Lead("sy-israel-rebuffs", "Israel rebuffs Syria", "AP - Israel on Tuesday rejected Syria#39;s offer to resume peace "
         "talks, saying Damascus must first stop backing militant groups.",
         ("Israel=ISR", "Syria=SYR", "Damascus=SYR"), gold=("ISR>SYR:12|125|120",), ok=("ISR>SYR:10|100",),
         kind="credit"),
    Lead("sy-sanctions", "Bush imposes Syria sanctions", "President Bush imposed economic sanctions on Syria on Tuesday, "
         "banning most U.S. exports to the country over its support for militant groups.",
         ("Bush=USAGOV", "Syria=SYR"), gold=("USAGOV>SYR:16|163",), kind="bare"),
    Lead("lb-shebaa-fire", "Hezbollah, Israel trade fire", "BEIRUT (Reuters) - Hezbollah guerrillas fired mortar rounds "
         "at Israeli army posts in the disputed Shebaa Farms area on Monday, and Israeli artillery shelled the area in "
         "response, Lebanese security sources said.", ("Hezbollah=LBN", "Israeli army=ISRMIL"),
         gold=("LBN>ISRMIL:19|190|194", "ISR>LBN:19|194|190"), ok=("ISR>:19|194|190",)),
    Lead("lb-prisoner-swap", "Israel, Hezbollah swap prisoners", "AP - Israel and Hezbollah swapped prisoners on Thursday "
         "in a German-brokered deal, with Israel freeing some 400 Arab prisoners in return for an Israeli businessman "
         "and the bodies of three soldiers.", ("Israel=ISR", "Hezbollah=LBN"),
         gold=("ISR>LBN:08|084|0841", "LBN>ISR:08|084|0841"),
         ok=("DEU>ISR:04|045", "DEU>LBN:04|045", "ISR>:08|084|0841"), kind="credit"),
    Lead("sy-economy", "Syria opens banking slowly", "Syria#39;s economy is growing slowly as the government of President "
         "Bashar al-Assad moves cautiously to open its banking sector to private investors, analysts say.",
         ("Bashar al-Assad=SYRGOV",), kind="bare"),
    # Saudi Arabia, Egypt, Yemen, Jordan and the Gulf
    Lead("sa-muqrin-killed", "Saudis kill al Qaeda leader", "RIYADH (Reuters) - Saudi security forces killed the leader "
         "of al Qaeda in Saudi Arabia, Abdulaziz al-Muqrin, in a shootout in Riyadh on Friday, hours after his group "
         "beheaded American hostage Paul Johnson.",
         ("Saudi security forces=SAU", "Abdulaziz al-Muqrin=SAUREB", "Paul Johnson=USA"),
         gold=("SAU>SAUREB:18|186|180|19|190|193", "SAUREB>USA:18|182|1823|180")),
    Lead("sa-jeddah-consulate", "Gunmen storm U.S. consulate", "AP - Gunmen attacked the U.S. consulate in the Saudi city "
         "of Jeddah on Monday, killing five of its staff before security forces stormed the compound.",
         ("Gunmen=SAUREB", "U.S. consulate=USAGOV", "security forces=SAU"),
         gold=("SAUREB>USA:18|180|19|190", "SAU>SAUREB:19|190|18|180|17"), kind="credit"),
    Lead("sa-amnesty", "Saudi Arabia offers militants amnesty", "Saudi Arabia#39;s Crown Prince Abdullah offered "
         "militants a one-month amnesty on Wednesday, promising they would not face execution if they surrendered.",
         ("Crown Prince Abdullah=SAUGOV", "militants=SAUREB"), gold=("SAUGOV>SAUREB:03|035|0351|08|081",),
         kind="bare"),
    Lead("sa-aramco-output", "Aramco to keep output steady", "RIYADH (AFP) - Oil prices rose on Tuesday after Saudi "
         "Aramco said it would keep output steady at about 9.5 million barrels a day.", ("Saudi Aramco=SAUBUS",)),
    Lead("sa-muslim-force", "Saudis propose Muslim force", "Reuters - Saudi Foreign Minister Prince Saud al-Faisal "
         "proposed on Thursday that Muslim countries send troops to Iraq to replace U.S.-led forces.",
         ("Prince Saud al-Faisal=SAUGOV",), gold=("SAUGOV>:02|020|03|030",), kind="credit"),
    Lead("eg-taba-bomb", "Bomb hits Taba hotel", "TABA, Egypt (Reuters) - A car bomb ripped through the Hilton hotel in "
         "the Egyptian Red Sea resort of Taba on Thursday, killing at least 30 people, many of them Israeli tourists.",
         ("Israeli tourists=ISR",), gold=(">ISR:18|183|1832|180",), ok=(">EGY:18|183|1832|180",)),
    Lead("eg-azzam-freed", "Egypt frees Israeli spy", "AP - Egypt freed Israeli businessman Azzam Azzam on Sunday after "
         "eight years in prison for spying, and Israel released six Egyptian students in return.",
         ("Egypt=EGY", "Azzam Azzam=ISR", "Israel=ISR", "Egyptian students=EGY"),
         gold=("EGY>ISR:08|084|0841", "ISR>EGY:08|084|0841"), kind="credit"),
    Lead("eg-nazif-cabinet", "Mubarak swears in cabinet", "Egypt#39;s President Hosni Mubarak swore in a new cabinet "
         "headed by Ahmed Nazif on Friday, bringing in several business-minded reformers.",
         ("Hosni Mubarak=EGYGOV", "Ahmed Nazif=EGYGOV"), kind="bare"),
    Lead("eg-brotherhood-held", "Brotherhood members held", "CAIRO (Reuters) - Egyptian police arrested dozens of "
         "members of the banned Muslim Brotherhood in dawn raids on Sunday, the group said.",
         ("Egyptian police=EGYCOP", "Muslim Brotherhood=EGY"), gold=("EGYCOP>EGY:17|173",)),
    Lead("eg-moussa-summit", "Arab summit expected in May", "CAIRO (AFP) - Arab League Secretary-General Amr Moussa said "
         "on Monday he expected the delayed Arab summit to take place in Tunis in May.", ("Amr Moussa=IGO",)),
    Lead("ye-houthi-killed", "Yemen kills rebel cleric", "AP - Yemeni troops killed rebel cleric Hussein al-Houthi in a "
         "mountain hideout in the north of the country on Friday, ending a three-month revolt, officials said.",
         ("Yemeni troops=YEMMIL", "Hussein al-Houthi=YEM"), gold=("YEMMIL>YEM:18|186|180|19|190",), kind="credit"),
    Lead("gu-zayed-dies", "UAE founder dies", "ABU DHABI (Reuters) - Sheikh Zayed bin Sultan al-Nahayan, who ruled the "
         "United Arab Emirates since its founding in 1971, died on Tuesday aged about 86, state television said.",
         ("Sheikh Zayed bin Sultan al-Nahayan=ARE",)),
    Lead("gu-bahrain-stocks", "Bahrain shares at record", "Bahrain#39;s stock market rose to a record high on Monday, "
         "lifted by banking shares.", (), kind="bare"),
    Lead("jo-foley-verdict", "Eight sentenced over Foley killing", "AP - A Jordanian military court on Tuesday sentenced "
         "eight militants to death over the 2002 killing of U.S. diplomat Laurence Foley, including Abu Musab "
         "al-Zarqawi, who was tried in absentia.",
         ("Jordanian military court=JORJUD", "Laurence Foley=USA", "Abu Musab al-Zarqawi=IRQREB"),
         gold=("JORJUD>:17|173|170",), kind="credit"),
)
# fmt: on

# The fixes this set led to, each checked on sentences of ours that are not in the set: (title, text, actor, country).
# fmt: off
FIXES: tuple[tuple[str, str, str, str], ...] = (
    # "#39;" glued to a word: the possessive gives the office its country.
    ("Talks", "Egypt#39;s foreign minister met Israeli officials in Cairo on Sunday.", "foreign minister", "EGY"),
    # A headline's "X, Israel trade fire": the state after the comma is the other side, not X's home.
    ("Hezbollah, Israel trade fire", "Guerrillas fired mortar rounds at army posts on Monday.", "Hezbollah", "LBN"),
    # "U.S. and Iraqi troops" neither acts for the U.S. nor outvotes the dateline.
    ("Offensive in Tal Afar", "TAL AFAR, Iraq (AP) - U.S. and Iraqi forces pressed an offensive against insurgents "
     "on Sunday, the U.S. military said.", "insurgents", "IRQ"),
    # A U.S. base is the U.S.'s post abroad; the town near it places the story.
    ("Base shelled", "Insurgents fired mortars at a U.S. base near Baqouba on Sunday, the military said.",
     "Insurgents", "IRQ"),
    # Towns of the region the tables lacked.
    ("Police killed", "Gunmen shot dead two policemen in Hilla on Sunday, police said.", "Gunmen", "IRQ"),
    ("Rocket lands", "A rocket landed near a school in Sderot on Monday, police said.", "police", "ISR"),
    # Conservatives are a party or camp of many states: the story's.
    ("Iran vote", "TEHRAN (Reuters) - Conservatives tightened their grip on parliament on Friday.", "Conservatives",
     "IRN"),
    ("Tories attack Blair", "LONDON (Reuters) - The Conservatives accused Prime Minister Tony Blair on Monday of "
     "misleading parliament.", "Conservatives", "GBR"),
    # One settler is settled as the many are.
    ("Settler held", "AP - Police arrested a Jewish settler near Hebron on Monday on suspicion of stoning Palestinian "
     "farmers.", "Jewish settler", "ISR"),
    # A leader or commander of an armed group is the group's, not the state's the story is in.
    ("Commander killed", "Israeli soldiers killed a senior commander of the Al Aqsa Martyrs Brigades in a raid on "
     "Sunday, the army said.", "senior commander", "PSE"),
    ("Raid", "Israeli troops arrested a leader of Hamas in a raid on Monday.", "leader", "PSE"),
    # A plural joined to another shares the nationality before the first.
    ("Britons held", "Iran detained six British sailors and marines on the Shatt al-Arab on Monday.", "marines", "GBR"),
    # Figures, groups, companies and media of the period.
    ("Yemen offensive", "Yemeni forces shelled the mountain hideouts of Hussein al-Houthi on Tuesday.",
     "Hussein al-Houthi", "YEM"),
    ("Claim", "A group led by Abdulaziz al-Muqrin said it had killed an American engineer.", "Abdulaziz al-Muqrin",
     "SAU"),
    ("Exports resume", "Exports from Basra resumed on Sunday, the North Oil Company said.", "North Oil Company", "IRQ"),
    ("Report", "The Kuwait News Agency said the emir would travel to Riyadh.", "Kuwait News Agency", "KWT"),
    ("Islah", "Yemen#39;s Islah party called for a boycott of the vote.", "Islah party", "YEM"),
)
# fmt: on


@cache
def fixed() -> dict[str, list[dict[str, Any]]]:
    records = [{"id": str(i), "title": t, "text": x} for i, (t, x, _, _) in enumerate(FIXES)]
    run = run_user_path(records, Settings())
    return {str(i): [e for a in run.articles.get(str(i), []) for e in a.get("entities") or []] for i in range(len(FIXES))}


@pytest.mark.parametrize(("i", "case"), list(enumerate(FIXES)), ids=[c[2] + ":" + c[3] for c in FIXES])
def test_mideast_fix_gives_the_country(i: int, case: tuple[str, str, str, str]) -> None:
    found = first_match(fixed()[str(i)], case[2])
    assert found is not None and str(found.get("country") or "") == case[3], found


# Actors the stages still code wrong, "lead id:actor text" -> cause (strict xfails).
ACTOR_MISSES: dict[str, str] = {
    "iq-no-delay:Sunni politicians": "'Sunni politicians' is no entity",
    "iq-kufa-aide:senior aide": "'a senior aide to' a named cleric is no entity",
    "iq-sunni-task:Sunni Arabs": "'Sunni Arabs' is no entity",
    "iq-anbar-marines:military": "'the military said' after U.S. Marines takes the story's home, not the Marines' side",
    "iq-yawar-kuwait:emir": "the host's 'emir' takes the visitor's country, the story's home",
    "iq-hassan-seized:Margaret Hassan": "'the head of CARE International in Iraq' gives the aid group's place, not "
    "her British nationality",
    "ir-elbaradei-urges:Mohamed ElBaradei": "with no date the dated dictionary takes the office that ended last "
    "(Egypt's vice-president, 2013), not the IAEA post of 2004",
}
# Leads whose events the coder still gets wrong, lead id -> what it codes (strict xfails).
_NO_TARGET = "the act is coded with no target"
KNOWN_MISSES: dict[str, str] = {
    "iq-allawi-sheikhs": "'to urge them to back' is read as a hypothetical appeal, not the meeting's purpose",
    "iq-shrine-keys": "'handed the keys ... to' is coded as giving (07) with no target, not a return (08)",
    "iq-italian-women": "a detention (17) is coded with the Italian workers as its doer",
    "iq-no-delay": _NO_TARGET + " ('rejecting calls from Sunni politicians')",
    "iq-haifa-street": "the bombing is coded once more, with the police as its doer",
    "iq-kufa-aide": _NO_TARGET + " (the aide is no entity)",
    "iq-hassan-seized": "the hostage is coded by the aid group's place (IRQ), not as British",
    "iq-jazeera-closed": "'ordered the office ... closed, accusing' codes nothing",
    "il-cabinet-pullout": "'approved his plan' is coded as support (05) for the Palestinians",
    "il-hamas-vow": "'avenge the killing of its leader' takes the dead leader, not Israel, as the target",
    "il-gaza-mourns": "mourning crowds are coded as a demonstration (14) and a condolence (018)",
    "il-beersheba": "'claimed responsibility' is coded (015, root 01, which the guidelines do not code)",
    "ir-paris-deal": _NO_TARGET + " ('under a deal with Britain, France and Germany')",
    "ir-elbaradei-urges": "ElBaradei is coded as Egypt's (see ACTOR_MISSES)",
    "sy-resolution-1559": _NO_TARGET + " ('in a resolution aimed at Syria')",
    "sy-sanctions": "'banning most U.S. exports to the country' targets the exports' country, not Syria",
    "lb-shebaa-fire": "'shelled the area' gets no target",
    "lb-prisoner-swap": "'Arab prisoners' Israel freed take Israel's home",
    "sa-muqrin-killed": "'al Qaeda' is stateless (INS), and 'his group beheaded' codes nothing",
    "sa-jeddah-consulate": "'security forces stormed the compound' gets no target",
    "sa-muslim-force": "'proposed that Muslim countries send troops' codes nothing",
    "eg-taba-bomb": "the victims, 'many of them Israeli tourists', are not read as the target",
    "jo-foley-verdict": "the sentenced militants take Jordan's home, and the 2002 killing is coded",
}


SET = LeadSet(LEADS)


@pytest.mark.parametrize(("lead_id", "spec"), SET.actor_params(ACTOR_MISSES))
def test_mideast_actor_has_its_gold_country(lead_id: str, spec: str) -> None:
    SET.assert_actor(lead_id, spec)


@pytest.mark.parametrize("lead", SET.lead_params(KNOWN_MISSES))
def test_mideast_lead_events_are_coded_as_gold(lead: Lead) -> None:
    SET.assert_events(lead)


def test_score_on_the_mideast_set() -> None:
    scores = SET.scores()
    # Floors just under the scores when the set was last fixed (tuple P/R .747/.726, actor country .951, two split
    # codes; before any fix .684/.655, .848 and 2): the set must not get worse.
    assert scores["tuple_precision"] >= 0.73
    assert scores["tuple_recall"] >= 0.71
    assert scores["actor_country"] >= 0.94
    assert scores["split_codes"] <= 2
