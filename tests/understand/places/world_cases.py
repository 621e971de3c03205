"""A second blind set of international web news for the places stage (session 21), beside the web set
(web_cases.py): short items in the style of GeoWebNews, each toponym and its point (world_points.py)
written down from general knowledge before the geoparser ran on them. Incidents are generic or
fictional, the places real.

It leans on what the issue names for web news: demonyms ("Russian warplanes", "a Syrian man"),
capitals and buildings standing for governments ("Washington said", "the Kremlin", marked with the city
they stand for), regions ("the Middle East", "the Sahel", "the Balkans", "the Horn of Africa"), seas
and straits, and small foreign towns named with their province or state ("Banjarnegara, Central Java
province"). Marking follows web_cases.py: newspapers, firms and teams that contain a place word are not
marked, so any place found in them is a false positive.
"""

from __future__ import annotations

from newsgraph.testing.places import Case

DEMONYMS = [
    Case(
        "[[Russian|Russia]] warplanes struck targets near [[Idlib|Idlib]] in northwestern [[Syria|Syria]], "
        "a monitoring group said."
    ),
    Case(
        "[[Turkish|Turkey]] police detained 12 suspects in the southeastern province of "
        "[[Sanliurfa|Sanliurfa Province]] on Tuesday."
    ),
    Case(
        "[[Nigerian|Nigeria]] troops freed 30 hostages in northeastern [[Borno|Borno State]], near the border "
        "with [[Cameroon|Cameroon]]."
    ),
    Case(
        "Protesters in [[Minsk|Minsk]] marched toward the presidential palace as [[Belarusian|Belarus]] riot "
        "police blocked the road."
    ),
    Case(
        "[[Ethiopian|Ethiopia]] forces captured the town of [[Shire|Shire]] in the [[Tigray|Tigray]] region, "
        "aid workers said."
    ),
    Case(
        "[[Venezuelan|Venezuela]] migrants crossed into [[Cucuta|Cucuta]], [[Colombia|Colombia]], at a rate "
        "of 5,000 a day."
    ),
    Case(
        "Heavy rain in [[Minas Gerais|Minas Gerais]] state killed 30 people, [[Brazilian|Brazil]] "
        "authorities said."
    ),
    Case(
        "The [[Philippine|Philippines]] coast guard said [[Chinese|China]] vessels blocked a resupply "
        "mission near [[Second Thomas Shoal|Second Thomas Shoal]]."
    ),
    Case(
        "[[Greek|Greece]] coast guard vessels rescued 80 migrants off the island of [[Lesbos|Lesbos]]."
    ),
    Case(
        "[[Mexican|Mexico]] soldiers found 19 bodies near [[Fresnillo|Fresnillo]], in the state of "
        "[[Zacatecas|Zacatecas]]."
    ),
    Case(
        "[[German|Germany]] police arrested a [[Syrian|Syria]] man in [[Passau|Passau]], "
        "[[Bavaria|Bavaria]], on suspicion of planning an attack."
    ),
    Case(
        "[[Colombian|Colombia]] officials said the cocaine was bound for [[Rotterdam|Rotterdam]] and "
        "[[Antwerp|Antwerp]]."
    ),
    Case(
        "[[Kazakh|Kazakhstan]] authorities said the fire at a coal mine in [[Karaganda|Karaganda Region]] "
        "region killed 32 miners."
    ),
    Case(
        "[[Indian|India]] and [[Pakistani|Pakistan]] troops exchanged fire across the de facto border in "
        "[[Kashmir|Kashmir]] overnight."
    ),
]

METONYMS = [
    Case(
        "[[Washington|Washington DC]] said it would send more troops to [[Poland|Poland]], while the "
        "[[Kremlin|Moscow]] warned of a response."
    ),
    Case(
        "[[Beijing|Beijing]] accused [[Tokyo|Tokyo]] of stoking tensions over islands in the "
        "[[East China Sea|East China Sea]]."
    ),
    Case(
        "[[London|London]] and [[Paris|Paris]] pledged another 500 million euros for "
        "[[Ukraine|Ukraine]]'s reconstruction."
    ),
    Case(
        "[[Canberra|Canberra]] summoned [[China|China]]'s ambassador after a cyber attack on "
        "[[Australian|Australia]] universities."
    ),
    Case(
        "[[Tehran|Tehran]] blamed [[Israel|Israel]] for the explosion at the [[Natanz|Natanz]] nuclear site."
    ),
    Case(
        "The [[Kyiv|Kyiv]] government said [[Russian|Russia]] drones hit energy facilities in "
        "[[Odesa|Odesa]] overnight."
    ),
    Case(
        "Police in [[Karachi|Karachi]] said a bomb exploded outside the [[Chinese|China]] consulate."
    ),
    Case(
        "Thousands rallied in [[Tbilisi|Tbilisi]] against the bill, which critics say copies a "
        "[[Russian|Russia]] law."
    ),
]

REGIONS = [
    Case(
        "The [[Middle East|Middle East]] envoy arrived in [[Amman|Amman]] on Sunday for talks with "
        "[[Jordanian|Jordan]] officials."
    ),
    Case(
        "Militants have killed hundreds of civilians across the [[Sahel|Sahel]] this year, from "
        "[[Mali|Mali]] to [[Burkina Faso|Burkina Faso]]."
    ),
    Case(
        "Migrants stranded in the [[Balkans|Balkans]] tried to reach [[Hungary|Hungary]] through "
        "[[Serbia|Serbia]]."
    ),
    Case(
        "Aid agencies warned of famine in the [[Horn of Africa|Horn of Africa]], where "
        "[[Somalia|Somalia]] faces a fifth failed rainy season."
    ),
    Case(
        "The [[Iranian|Iran]] navy seized a tanker in the [[Strait of Hormuz|Strait of Hormuz]]."
    ),
    Case(
        "Coalition jets bombed the port of [[Mokha|Mokha]] on [[Yemen|Yemen]]'s [[Red Sea|Red Sea]] coast."
    ),
    Case(
        "Authorities in [[Xinjiang|Xinjiang]] denied the reports, [[Chinese|China]] state media said."
    ),
    Case(
        "[[Moroccan|Morocco]] rescuers searched for survivors in villages of the [[High Atlas|High Atlas]] "
        "mountains south of [[Marrakech|Marrakech]]."
    ),
    Case(
        "A ferry capsized on [[Lake Victoria|Lake Victoria]] near [[Ukerewe|Ukerewe]], "
        "[[Tanzanian|Tanzania]] officials said."
    ),
]

TOWNS = [
    Case(
        "A landslide buried 14 homes in [[Banjarnegara|Banjarnegara]], [[Central Java|Central Java]] "
        "province, officials said."
    ),
    Case(
        "Gunmen attacked a checkpoint in [[Dera Ismail Khan|Dera Ismail Khan]] district of "
        "[[Khyber Pakhtunkhwa|Khyber Pakhtunkhwa]] province, [[Pakistani|Pakistan]] police said."
    ),
    Case("Floodwaters reached the town of [[Sylhet|Sylhet]] in northeastern [[Bangladesh|Bangladesh]]."),
    Case(
        "An earthquake of magnitude 6.1 struck near [[Petrinja|Petrinja]], about 50 km from "
        "[[Zagreb|Zagreb]], [[Croatian|Croatia]] seismologists said."
    ),
    Case("Wildfires forced evacuations around [[Mati|Mati]], east of [[Athens|Athens]]."),
    Case(
        "[[Afghan|Afghanistan]] officials said fighting had spread to [[Kunduz|Kunduz Province]] and "
        "[[Baghlan|Baghlan Province]] provinces."
    ),
    Case(
        "Residents of [[Goma|Goma]], on the [[Rwandan|Rwanda]] border, fled as rebels advanced on the city."
    ),
    Case(
        "Fighting between the army and rebels displaced thousands in [[Rakhine|Rakhine]] state, western "
        "[[Myanmar|Myanmar]]."
    ),
    Case(
        "[[Sudanese|Sudan]] paramilitaries seized [[Wad Madani|Wad Madani]], the capital of "
        "[[Gezira|Gezira State]] state."
    ),
    Case(
        "A cholera outbreak has killed 40 people in [[Cabo Delgado|Cabo Delgado]] province in northern "
        "[[Mozambique|Mozambique]]."
    ),
    Case(
        "Volunteers delivered food to villages around [[Kherson|Kherson]] after [[Ukrainian|Ukraine]] "
        "forces retook the city."
    ),
    Case("Torrential rain flooded parts of [[Valencia|Valencia]] in eastern [[Spain|Spain]]."),
    Case(
        "[[Chilean|Chile]] firefighters battled blazes near [[Vina del Mar|Vina del Mar]] in the "
        "[[Valparaiso|Valparaiso Region]] region."
    ),
    Case(
        "The [[Thai|Thailand]] government extended the state of emergency in [[Yala|Yala]], "
        "[[Pattani|Pattani]] and [[Narathiwat|Narathiwat]] provinces."
    ),
    Case(
        "[[Haitian|Haiti]] gangs blocked the road between [[Port-au-Prince|Port-au-Prince]] and "
        "[[Cap-Haitien|Cap-Haitien]]."
    ),
]

NEGATIVES = [
    Case("Real Madrid beat Paris Saint-Germain 2-1 on Tuesday."),
    Case("The Sydney Morning Herald first reported the deal."),
    Case("Shares of Bank of America and Deutsche Bank rose in early trading."),
]

CASES: list[Case] = [*DEMONYMS, *METONYMS, *REGIONS, *TOWNS, *NEGATIVES]
