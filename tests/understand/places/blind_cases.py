"""A blind set of place cases: news sentences written for newsgraph in session 8 WITHOUT reading
the stage's rules or its own case set (newsgraph.testing.place_cases), to estimate how the
places stage generalises to news corpora such as LGL and GeoWebNews.

Styles: US local news (towns, counties, parishes, state abbreviations, datelines), international
wire (provinces, regions, small towns, datelines), adjectival and metonymic country mentions,
homonyms decided by context, and persons, titles and organisations that contain a place word
(those carry no markup: any place found in them is a false positive). Every toponym in a case
is marked, [[surface|key]], key into BLIND_POINTS (tests/understand/places/blind_points.py);
the events are fictional, the places real.
"""

from __future__ import annotations

from newsgraph.testing.places import Case

# --- US local news: towns, counties, parishes, state abbreviations -----------------------------
US_LOCAL = [
    Case(
        "The [[Rapides Parish|Rapides Parish]] School Board voted to close two elementary schools "
        "in [[Pineville|Pineville LA]] at the end of the term.",
        dateline="[[ALEXANDRIA|Alexandria LA]], [[La.|Louisiana]]",
    ),
    Case(
        "Deputies from [[Tangipahoa Parish|Tangipahoa Parish]] arrested a [[Hammond|Hammond LA]] "
        "man after a chase on Interstate 55."
    ),
    Case(
        "A [[Bossier City|Bossier City]] woman was killed when her car left the road near "
        "[[Shreveport|Shreveport]], [[Caddo Parish|Caddo Parish]] sheriff's officials said."
    ),
    Case(
        "The refinery fire near [[Lake Charles|Lake Charles]] sent smoke across southwest "
        "[[Louisiana|Louisiana]] on Tuesday."
    ),
    Case(
        "The mayor of [[Marshall|Marshall TX]], [[Texas|Texas]], said the plant would bring 300 jobs "
        "to [[Harrison County|Harrison County TX]]."
    ),
    Case(
        "[[Smith County|Smith County TX]] commissioners approved a new jail annex in "
        "[[Tyler|Tyler TX]] on a 3-2 vote."
    ),
    Case(
        "The tornado touched down just north of [[Paris|Paris TX]], [[Texas|Texas]], destroying "
        "three barns in [[Lamar County|Lamar County TX]]."
    ),
    Case(
        "Police in [[Alexandria|Alexandria VA]], [[Va.|Virginia]], said the suspect fled into "
        "[[Fairfax County|Fairfax County]]."
    ),
    Case(
        "Students at the university in [[Athens|Athens OH]], [[Ohio|Ohio]], returned to class "
        "after the water main break was repaired."
    ),
    Case(
        "The [[Floyd County|Floyd County GA]] coroner said the victim was from [[Rome|Rome GA]], "
        "[[Ga.|Georgia US]]."
    ),
    Case(
        "A [[Valdosta|Valdosta]] pharmacist was charged with fraud, the [[Lowndes County|Lowndes County GA]] "
        "district attorney said."
    ),
    Case(
        "Snow closed schools across [[Ada County|Ada County]] and in [[Twin Falls|Twin Falls]], "
        "and the highway to [[Boise|Boise]] was shut for hours.",
        dateline="[[BOISE|Boise]], [[Idaho|Idaho]]",
    ),
    Case(
        "A grizzly bear was spotted near [[Bozeman|Bozeman]], [[Mont.|Montana]], on Sunday, wildlife "
        "officials in [[Gallatin County|Gallatin County]] said."
    ),
    Case(
        "The [[Pennington County|Pennington County SD]] sheriff said the fire west of "
        "[[Rapid City|Rapid City]] had burned 4,000 acres."
    ),
    Case(
        "Lawmakers in [[Cheyenne|Cheyenne]] passed a bill to fund the college in "
        "[[Laramie|Laramie]], the second in [[Wyoming|Wyoming]] this year."
    ),
    Case(
        "Flood waters reached the levee at [[Dubuque|Dubuque]], [[Iowa|Iowa]], and [[Linn County|Linn County IA]] "
        "officials urged residents of [[Cedar Rapids|Cedar Rapids]] to prepare."
    ),
    Case(
        "The [[Johnson County|Johnson County IA]] Board of Supervisors met in [[Iowa City|Iowa City]] "
        "to discuss a new courthouse."
    ),
    Case(
        "A [[Kalamazoo|Kalamazoo]], [[Mich.|Michigan]], company will move its headquarters to "
        "[[Grand Rapids|Grand Rapids]], in [[Kent County|Kent County MI]]."
    ),
    Case(
        "Residents of [[Flint|Flint]] have waited years for new pipes, the [[Genesee County|Genesee County MI]] "
        "health department said."
    ),
    Case(
        "Steelworkers in [[Gary|Gary IN]], [[Ind.|Indiana]], rallied outside the plant on Friday, "
        "and [[Lake County|Lake County IN]] officials joined them."
    ),
    Case(
        "The [[Lucas County|Lucas County OH]] prosecutor said the [[Toledo|Toledo]] man would face "
        "trial in the spring."
    ),
    Case(
        "Voters in [[Summit County|Summit County OH]] rejected the school levy, and [[Akron|Akron]] "
        "schools will cut 40 teachers."
    ),
    Case(
        "A bridge in [[Scranton|Scranton]], [[Pa.|Pennsylvania]], was closed after inspectors found "
        "cracks, [[Lackawanna County|Lackawanna County]] officials said."
    ),
    Case(
        "The casino in [[Camden|Camden NJ]], [[N.J.|New Jersey]], drew protests from residents who "
        "drove in from [[Trenton|Trenton]]."
    ),
    Case(
        "NEW JERSEY TRANSIT ANNOUNCED FARE INCREASES FOR [[NEWARK|Newark NJ]] RIDERS.",
    ),
    Case(
        "The [[Middlesex County|Middlesex County MA]] district attorney charged two [[Lowell|Lowell]] "
        "men in the robbery of a [[Worcester|Worcester]] bank."
    ),
    Case(
        "The fire in [[Burlington|Burlington VT]], [[Vt.|Vermont]], started in a bakery, "
        "[[Chittenden County|Chittenden County]] officials said."
    ),
    Case(
        "Lawmakers in [[Augusta|Augusta ME]], [[Maine|Maine]], debated a ban on offshore drilling."
    ),
    Case(
        "The [[Richmond County|Richmond County GA]] sheriff said the shooting outside "
        "[[Augusta|Augusta GA]] was gang-related."
    ),
    Case(
        "Rescue crews in [[Kanawha County|Kanawha County]] pulled two men from the river near "
        "[[Charleston|Charleston WV]], [[W.Va.|West Virginia]]."
    ),
    Case(
        "The [[Knox County|Knox County TN]] mayor said [[Knoxville|Knoxville]] would host the state "
        "basketball finals, moving them from [[Chattanooga|Chattanooga]]."
    ),
    Case(
        "[[Pulaski County|Pulaski County AR]] deputies arrested the suspect in [[Little Rock|Little Rock]] "
        "on Thursday."
    ),
    Case(
        "Soldiers from Fort Liberty live off base in [[Fayetteville|Fayetteville NC]], [[N.C.|North Carolina]], "
        "and across [[Cumberland County|Cumberland County NC]]."
    ),
    Case(
        "The [[Cleveland County|Cleveland County OK]] jail in [[Norman|Norman]], [[Okla.|Oklahoma]], "
        "reported a fourth death this year."
    ),
    Case(
        "A [[Wichita|Wichita]] aircraft maker will hire 500 workers, [[Sedgwick County|Sedgwick County]] "
        "leaders said."
    ),
    Case(
        "The [[Douglas County|Douglas County NE]] election office in [[Omaha|Omaha]] will open "
        "two extra polling places."
    ),
    Case(
        "A wildfire near [[Las Cruces|Las Cruces]], [[N.M.|New Mexico]], forced evacuations in "
        "[[Dona Ana County|Dona Ana County]]."
    ),
    Case(
        "The [[Pima County|Pima County]] medical examiner identified the hikers who died near "
        "[[Tucson|Tucson]] last week."
    ),
    Case(
        "Casinos in [[Reno|Reno]], [[Nev.|Nevada]], reported a record summer, and [[Washoe County|Washoe County]] "
        "collected more tax."
    ),
    Case(
        "Growers in [[Kern County|Kern County]] said the drought had cut the almond harvest near "
        "[[Bakersfield|Bakersfield]], [[Calif.|California]]."
    ),
    Case(
        "The redwood park near [[Eureka|Eureka CA]] in [[Humboldt County|Humboldt County]] reopened "
        "after the storm."
    ),
    Case(
        "Vineyards in [[Sonoma County|Sonoma County]] burned overnight as the fire moved toward "
        "[[Santa Rosa|Santa Rosa CA]]."
    ),
    Case(
        "The [[Pierce County|Pierce County WA]] council approved a homeless shelter in "
        "[[Tacoma|Tacoma]], [[Wash.|Washington state]]."
    ),
    Case(
        "Smoke from fires in [[Deschutes County|Deschutes County]] blanketed [[Bend|Bend]], "
        "[[Ore.|Oregon]], for a third day."
    ),
    Case(
        "A small plane crashed on approach to [[Fairbanks|Fairbanks]], [[Alaska|Alaska]], "
        "killing the pilot."
    ),
    Case(
        "The [[Alachua County|Alachua County]] school district in [[Gainesville|Gainesville FL]], "
        "[[Fla.|Florida]], will start classes a week later."
    ),
    Case(
        "Crews in [[Escambia County|Escambia County]] cleared roads around [[Pensacola|Pensacola]] "
        "after the hurricane."
    ),
    Case(
        "Casinos on the coast at [[Biloxi|Biloxi]], [[Miss.|Mississippi]], closed ahead of the storm, "
        "and [[Harrison County|Harrison County MS]] opened shelters."
    ),
    Case(
        "A rocket engine test in [[Huntsville|Huntsville]], [[Ala.|Alabama]], shook windows across "
        "[[Madison County|Madison County AL]]."
    ),
    Case(
        "The [[Fayette County|Fayette County KY]] coroner said the crash on the highway outside "
        "[[Lexington|Lexington KY]], [[Ky.|Kentucky]], killed two."
    ),
    Case(
        "Tornado sirens sounded in [[Joplin|Joplin]], [[Mo.|Missouri]], and across "
        "[[Jasper County|Jasper County MO]] on Sunday night."
    ),
    Case(
        "The [[Winnebago County|Winnebago County IL]] board approved a casino in [[Rockford|Rockford]], "
        "[[Ill.|Illinois]]."
    ),
    Case(
        "[[Dane County|Dane County]] officials in [[Madison|Madison WI]], [[Wis.|Wisconsin]], "
        "declared an emergency after the ice storm."
    ),
    Case(
        "The [[Stearns County|Stearns County]] sheriff found the missing boy near [[St. Cloud|St. Cloud]], "
        "[[Minn.|Minnesota]]."
    ),
    Case(
        "Snow fell on [[Rochester|Rochester NY]], [[N.Y.|New York state]], and [[Monroe County|Monroe County NY]] "
        "ran out of road salt."
    ),
    Case(
        "Water use in [[Albany|Albany GA]], [[Ga.|Georgia US]], rose as [[Dougherty County|Dougherty County]] "
        "farmers irrigated through the drought."
    ),
    Case(
        "The [[Tompkins County|Tompkins County]] health department reported measles at a school in "
        "[[Ithaca|Ithaca]]."
    ),
    Case(
        "The [[Onondaga County|Onondaga County]] executive said [[Syracuse|Syracuse]] would get a new "
        "chip plant."
    ),
]

# --- homonyms settled by the names around them, the dateline or the other places ---------------
HOMONYMS = [
    Case(
        "Officials in [[Georgia|Georgia country]] said [[Russian|Russia]]-backed forces had moved the border "
        "markers near [[Gori|Gori]], 60 km from [[Tbilisi|Tbilisi]]."
    ),
    Case(
        "Peach growers in [[Georgia|Georgia US]] lost half the crop to a late frost, farmers near "
        "[[Macon|Macon]] said."
    ),
    Case(
        "The festival in [[London|London ON]], [[Ontario|Ontario]], drew 50,000 people to the city's "
        "parks.",
    ),
    Case(
        "Firefighters in [[Hamilton|Hamilton ON]] fought a blaze at a steel plant on the harbour, "
        "40 miles from [[Toronto|Toronto]]."
    ),
    Case(
        "Flights at [[Stansted Airport|Stansted Airport]] in [[Essex|Essex]] were suspended after a "
        "drone was seen over the runway."
    ),
    Case(
        "The storm brought floods to [[Norfolk|Norfolk VA]], [[Virginia|Virginia]], where the Navy "
        "moved ships out to sea."
    ),
    Case(
        "Farmers in [[Norfolk|Norfolk UK]] and [[Lincolnshire|Lincolnshire]] said the wet spring had "
        "ruined the potato crop."
    ),
    Case(
        "The university in [[Lincoln|Lincoln NE]], [[Neb.|Nebraska]], will freeze tuition."
    ),
    Case(
        "Heavy rain flooded the road between [[Sydney|Sydney NS]] and [[Halifax|Halifax NS]] in "
        "[[Nova Scotia|Nova Scotia]]."
    ),
    Case(
        "Bushfires west of [[Sydney|Sydney AU]] forced thousands to flee towns in the Blue Mountains "
        "of [[New South Wales|New South Wales]]."
    ),
    Case(
        "[[Canterbury|Canterbury NZ]] farmers in [[New Zealand|New Zealand]] lost thousands of sheep "
        "in the snowstorm south of [[Christchurch|Christchurch]]."
    ),
    Case(
        "The port of [[Cartagena|Cartagena CO]] in [[Colombia|Colombia]] seized two tonnes of cocaine "
        "bound for [[Antwerp|Antwerp]]."
    ),
    Case(
        "Olive growers around [[Cordoba|Cordoba ES]] in [[Andalusia|Andalusia]] said the heat had "
        "halved the harvest.",
    ),
    Case(
        "Protesters in [[San Jose|San Jose CR]], [[Costa Rica|Costa Rica]], marched against the tax "
        "bill."
    ),
    Case(
        "Miners in [[La Paz|La Paz BO]] clashed with police as [[Bolivia|Bolivia]] raised fuel prices."
    ),
    Case(
        "The [[Alexandria|Alexandria EG]] library reopened as [[Egypt|Egypt]] marked its anniversary.",
    ),
    Case(
        "The hospital in [[Hamilton|Hamilton NZ]] on [[New Zealand|New Zealand]]'s North Island "
        "cancelled surgeries during the strike."
    ),
    Case(
        "The [[Perth|Perth AU]] mining company said exports from [[Western Australia|Western Australia]] "
        "fell in the quarter."
    ),
    Case(
        "Officials in [[Victoria|Victoria AU]] extended the fire ban to [[Ballarat|Ballarat]] and "
        "[[Bendigo|Bendigo]]."
    ),
]

# --- international wire: provinces, regions, small towns, datelines ----------------------------
WIRE = [
    Case(
        "Cyclone warnings were issued for [[Rockhampton|Rockhampton]] and [[Mackay|Mackay]] as the "
        "storm approached the [[Queensland|Queensland]] coast."
    ),
    Case(
        "Flames reached the outskirts of [[Kalgoorlie|Kalgoorlie]], the mining town in "
        "[[Western Australia|Western Australia]]."
    ),
    Case(
        "Police in [[Alice Springs|Alice Springs]] imposed a curfew, the [[Northern Territory|Northern Territory]] "
        "government said.",
    ),
    Case(
        "Oil sands workers were evacuated from [[Fort McMurray|Fort McMurray]] as wildfires spread "
        "across northern [[Alberta|Alberta]]."
    ),
    Case(
        "Hail flattened crops near [[Brandon|Brandon MB]] in western [[Manitoba|Manitoba]]."
    ),
    Case(
        "A train derailed outside [[Sherbrooke|Sherbrooke]], [[Quebec|Quebec]], spilling diesel "
        "into a river."
    ),
    Case(
        "Fishermen in [[Newfoundland and Labrador|Newfoundland and Labrador]] protested the cod quota "
        "in [[St. John's|St Johns NL]]."
    ),
    Case(
        "Rail strikes halted trains between [[Rennes|Rennes]] and [[Paris|Paris FR]], and farmers "
        "blocked roads across [[Brittany|Brittany]].",
    ),
    Case(
        "Migrants waited in camps near [[Calais|Calais]] for a chance to cross to [[England|England]].",
    ),
    Case(
        "Fires on [[Corsica|Corsica]] forced the evacuation of campsites near [[Ajaccio|Ajaccio]]."
    ),
    Case(
        "Far-right parties gained in [[Saxony|Saxony]] and [[Thuringia|Thuringia]], with strong results "
        "in [[Chemnitz|Chemnitz]] and [[Erfurt|Erfurt]].",
    ),
    Case(
        "Floods in [[North Rhine-Westphalia|North Rhine-Westphalia]] cut power to parts of "
        "[[Cologne|Cologne]] and [[Duisburg|Duisburg]]."
    ),
    Case(
        "Police in [[Palermo|Palermo]] arrested 30 suspected mafia members across western "
        "[[Sicily|Sicily]]."
    ),
    Case(
        "Rescue boats brought 400 migrants to [[Lampedusa|Lampedusa]], the [[Italian|Italy]] coast "
        "guard said."
    ),
    Case(
        "Floods in [[Emilia-Romagna|Emilia-Romagna]] left thousands homeless around [[Bologna|Bologna]]."
    ),
    Case(
        "The regional government of [[Galicia|Galicia]] closed shellfish beds near [[Vigo|Vigo]] "
        "after the spill."
    ),
    Case(
        "A boat carrying 200 migrants reached [[Tenerife|Tenerife]] in the [[Canary Islands|Canary Islands]]."
    ),
    Case(
        "Strikes at the port of [[Porto|Porto]] delayed exports from northern [[Portugal|Portugal]]."
    ),
    Case(
        "Shelling hit [[Zaporizhzhia|Zaporizhzhia]] and nearby villages overnight, the regional "
        "governor said.",
        dateline="[[KYIV|Kyiv]], [[Ukraine|Ukraine]]",
    ),
    Case(
        "[[Russian|Russia]] troops pressed toward [[Pokrovsk|Pokrovsk]] as [[Ukrainian|Ukraine]] units "
        "pulled back from villages east of [[Dnipro|Dnipro]]."
    ),
    Case(
        "Drones struck an oil depot in [[Belgorod|Belgorod]], and the governor of [[Kursk|Kursk]] "
        "region reported power cuts."
    ),
    Case(
        "Floods in [[Dagestan|Dagestan]] damaged homes in [[Makhachkala|Makhachkala]], regional "
        "officials said."
    ),
    Case(
        "Officials in [[Transnistria|Transnistria]] said gas supplies to [[Tiraspol|Tiraspol]] had "
        "stopped, leaving [[Moldova|Moldova]]'s breakaway region without heating."
    ),
    Case(
        "Protesters blocked the border crossing into [[Kosovo|Kosovo]] near [[Mitrovica|Mitrovica]]."
    ),
    Case(
        "Rescuers pulled survivors from rubble in [[Antakya|Antakya]], in [[Turkey|Turkey]]'s "
        "[[Hatay|Hatay]] province."
    ),
    Case(
        "Kurdish-led forces said they had retaken villages near [[Deir ez-Zor|Deir ez-Zor]] in "
        "eastern [[Syria|Syria]]."
    ),
    Case(
        "Rockets were fired at the airport in [[Erbil|Erbil]], capital of the [[Kurdistan Region|Kurdistan Region]] "
        "of [[Iraq|Iraq]]."
    ),
    Case(
        "Temperatures topped 50C in [[Ahvaz|Ahvaz]] in [[Iran|Iran]]'s [[Khuzestan|Khuzestan]] province."
    ),
    Case(
        "[[Israeli|Israel]] troops raided [[Jenin|Jenin]] and [[Nablus|Nablus]] in the occupied "
        "[[West Bank|West Bank]] overnight."
    ),
    Case(
        "Air strikes hit [[Tyre|Tyre]] and [[Nabatieh|Nabatieh]] in southern [[Lebanon|Lebanon]]."
    ),
    Case(
        "The Houthis said a strike on the port of [[Hodeidah|Hodeidah]] killed five dock workers."
    ),
    Case(
        "Militants killed 12 soldiers in [[North Sinai|North Sinai]], the [[Egyptian|Egypt]] army said."
    ),
    Case(
        "Floods swept through [[Derna|Derna]] in eastern [[Libya|Libya]] after two dams burst."
    ),
    Case(
        "Fighting spread to [[Nyala|Nyala]] in [[South Darfur|South Darfur]] and to "
        "[[El Geneina|El Geneina]] near the [[Chad|Chad]] border."
    ),
    Case(
        "Aid flights resumed to [[Bahir Dar|Bahir Dar]] in [[Ethiopia|Ethiopia]]'s [[Amhara|Amhara]] region."
    ),
    Case(
        "Drought has killed livestock across [[Turkana|Turkana]] in northern [[Kenya|Kenya]], the "
        "Red Cross said from [[Nairobi|Nairobi]]."
    ),
    Case(
        "Al-Shabaab fighters attacked a base near [[Baidoa|Baidoa]] in southwestern [[Somalia|Somalia]]."
    ),
    Case(
        "M23 rebels advanced on [[Goma|Goma]], the capital of [[North Kivu|North Kivu]] province in "
        "eastern [[Congo|DR Congo]]."
    ),
    Case(
        "Gunmen abducted 80 pupils from a school in [[Zamfara|Zamfara]] state in northwest "
        "[[Nigeria|Nigeria]]."
    ),
    Case(
        "Jihadists blockaded [[Djibo|Djibo]] in northern [[Burkina Faso|Burkina Faso]] for a year."
    ),
    Case(
        "Insurgents attacked the town of [[Palma|Palma MZ]] in [[Cabo Delgado|Cabo Delgado]] province, "
        "[[Mozambique|Mozambique]]."
    ),
    Case(
        "Cholera cases rose in [[Blantyre|Blantyre]], [[Malawi|Malawi]]'s commercial capital."
    ),
    Case(
        "Floods in [[KwaZulu-Natal|KwaZulu-Natal]] killed 400 people, most of them around "
        "[[Durban|Durban]] and [[Pietermaritzburg|Pietermaritzburg]]."
    ),
    Case(
        "Ethnic clashes in [[Manipur|Manipur]] spread from [[Imphal|Imphal]] to the hill districts."
    ),
    Case(
        "Floods in [[Assam|Assam]] displaced a million people, with [[Guwahati|Guwahati]] under water."
    ),
    Case(
        "The train collision in [[Odisha|Odisha]] killed 280 people near [[Balasore|Balasore]]."
    ),
    Case(
        "Police in [[Quetta|Quetta]], capital of [[Balochistan|Balochistan]] province, said the "
        "bomb killed 12."
    ),
    Case(
        "The Taliban said a bomb in [[Lashkar Gah|Lashkar Gah]], capital of "
        "[[Helmand|Helmand]] province, killed four."
    ),
    Case(
        "Monsoon landslides hit the Rohingya camps at [[Cox's Bazar|Coxs Bazar]] in southeastern "
        "[[Bangladesh|Bangladesh]]."
    ),
    Case(
        "The army shelled villages near [[Sittwe|Sittwe]], the capital of [[Myanmar|Myanmar]]'s "
        "[[Rakhine|Rakhine]] state."
    ),
    Case(
        "Bombings in [[Yala|Yala]] province in [[Thailand|Thailand]]'s deep south wounded six soldiers."
    ),
    Case(
        "Troops fought militants in [[Marawi|Marawi]] on the southern island of [[Mindanao|Mindanao]]."
    ),
    Case(
        "An earthquake near [[Palu|Palu]] on [[Sulawesi|Sulawesi]] triggered a tsunami, "
        "[[Indonesian|Indonesia]] officials said."
    ),
    Case(
        "Voters in [[Sabah|Sabah]] on [[Borneo|Borneo]] returned the ruling coalition, "
        "[[Malaysia|Malaysia]]'s election commission said."
    ),
    Case(
        "Authorities in [[Xinjiang|Xinjiang]] detained hundreds in [[Kashgar|Kashgar]], exiles said."
    ),
    Case(
        "Floods in [[Henan|Henan]] province trapped commuters in the subway of [[Zhengzhou|Zhengzhou]]."
    ),
    Case(
        "An earthquake off [[Hualien|Hualien]] rattled buildings in [[Taipei|Taipei]]."
    ),
    Case(
        "A quake on the [[Noto|Noto]] peninsula destroyed much of [[Wajima|Wajima]] in "
        "[[Ishikawa|Ishikawa]] prefecture."
    ),
    Case(
        "Cartel gunmen clashed with soldiers in [[Culiacan|Culiacan]], the capital of "
        "[[Sinaloa|Sinaloa]] state."
    ),
    Case(
        "Migrants set off on foot from [[Tapachula|Tapachula]] in [[Chiapas|Chiapas]] toward the "
        "[[U.S.|United States]] border."
    ),
    Case(
        "Hurricane Otis wrecked hotels in [[Acapulco|Acapulco]], in the southern state of "
        "[[Guerrero|Guerrero]]."
    ),
    Case(
        "Gangs in [[San Pedro Sula|San Pedro Sula]] forced families to flee [[Honduras|Honduras]]."
    ),
    Case(
        "Migrants crossing the [[Darien|Darien]] jungle into [[Panama|Panama]] reached a record."
    ),
    Case(
        "Guerrillas attacked a police post in [[Cauca|Cauca]] province in southwest [[Colombia|Colombia]]."
    ),
    Case(
        "Floods in [[Rio Grande do Sul|Rio Grande do Sul]] submerged much of [[Porto Alegre|Porto Alegre]]."
    ),
    Case(
        "Fires in the state of [[Para|Para]] doubled, [[Brazilian|Brazil]] researchers said."
    ),
    Case(
        "Wildfires near [[Valparaiso|Valparaiso]] and [[Vina del Mar|Vina del Mar]] killed 120 people "
        "in central [[Chile|Chile]]."
    ),
    Case(
        "Gunmen shot a port worker in [[Guayaquil|Guayaquil]], [[Ecuador|Ecuador]]'s largest city."
    ),
    Case(
        "The quake shook [[Port Moresby|Port Moresby]], and landslides buried villages in the "
        "highlands of [[Papua New Guinea|Papua New Guinea]]."
    ),
]

# --- adjectival and metonymic mentions, and names that only contain a place word ----------------
MENTIONS = [
    Case(
        "[[Beijing|Beijing]] said it would retaliate against the new tariffs, while [[Washington|Washington DC]] "
        "urged calm."
    ),
    Case(
        "The [[Kremlin|Moscow]] dismissed the report as propaganda."
    ),
    Case(
        "[[French|France]] and [[German|Germany]] officials met in [[Brussels|Brussels]] to discuss the "
        "[[EU|European Union]] budget."
    ),
    Case(
        "[[Chinese|China]] warships sailed near the [[Philippine|Philippines]] coast guard vessels off "
        "[[Scarborough Shoal|Scarborough Shoal]]."
    ),
    Case(
        "[[Iranian|Iran]] drones and [[North Korean|North Korea]] shells have reached the front, "
        "[[Pentagon|Washington DC]] officials said."
    ),
    Case(
        "[[Tokyo|Tokyo]] and [[Seoul|Seoul]] agreed to share missile warning data."
    ),
    Case(
        "[[Saudi|Saudi Arabia]] and [[Emirati|United Arab Emirates]] officials flew to [[Cairo|Cairo]] for "
        "the talks."
    ),
    Case(
        "Lord Hamilton, the senior judge, ruled that the appeal should be heard again."
    ),
    Case(
        "Paris Hilton arrived at the premiere with her sister."
    ),
    Case(
        "A new biography of Jack London was published this month."
    ),
    Case(
        "The Washington Post and the Boston Globe both endorsed the measure."
    ),
    Case(
        "Lawyers for Kevin Lincoln said their client would appeal."
    ),
    Case(
        "The Dallas Cowboys beat the Philadelphia Eagles 31-17 on Sunday."
    ),
    Case(
        "Georgia Tech said it had received a $30 million gift from an alumnus.",
    ),
    Case(
        "Texas Instruments shares rose 4 percent after the earnings report."
    ),
    Case(
        "Justice Florence Sheffield told the jury to disregard the statement."
    ),
    Case(
        "Brooklyn Beckham posted photos from the wedding."
    ),
    Case(
        "The Duke of York did not attend the service."
    ),
    Case(
        "[[Britain|United Kingdom]]'s Lord Chancellor said the courts in [[Scotland|Scotland]] would "
        "follow the ruling."
    ),
    Case(
        "Chelsea beat Liverpool 2-0 on Saturday."
    ),
    Case(
        "Coach Denver Smith resigned after the season."
    ),
    Case(
        "The [[American|United States]] ambassador met [[Indian|India]] officials in "
        "[[New Delhi|New Delhi]]."
    ),
    Case(
        "The [[European|Europe]] heatwave spread to [[Greece|Greece]] and [[Turkey|Turkey]]."
    ),
    Case(
        "The [[Davos|Davos]] meeting of the World Economic Forum opened with a warning on debt."
    ),
]

CASES = US_LOCAL + HOMONYMS + WIRE + MENTIONS
