"""A blind set of local and regional news for the places stage: short articles written in session 11
in the style of US local newspapers (city council, school board, sheriff, weather, sports,
obituaries, regional business) and of provincial news from Canada, Australia, India, Nigeria and
the UK, each toponym and its GeoNames point (local_points.py) written down before the geoparser
ran on them. The events and people are fictional, the places real.

How names are marked, as LGL's and GeoWebNews' literal toponyms are: a town, county, parish,
borough, neighbourhood, state or province named as a place is marked [[surface|key]], and so is
an abbreviation standing for a state ("Wis.", "N.M.", "Alta."). Not marked, so any place found
there is a false positive: people ("Councilman Aaron Jackson"), streets ("Washington Street",
"Georgia Avenue"), companies ("Bank of America"), sports teams ("the Dallas Mavericks": the team's
home is an associative mention, not the place an event happens, and GDELT geocodes none of them),
titles of programmes and days ("Today"). The gazetteer held no rivers or lakes when the set was
written, so it names a river only where its name must not be taken for the state of the same name;
since session 19 the gazetteer holds the major US rivers, and that river is marked as LGL marks
rivers (at GeoNames' point for a stream, its mouth).
"""

from __future__ import annotations

from newsgraph.testing.places import Case

# --- US local: parishes, counties, boroughs, townships, towns with AP state abbreviations -------
US_COUNTIES = [
    Case(
        "The [[Ouachita Parish|Ouachita Parish]] Police Jury approved a drainage contract for "
        "roads east of [[Monroe|Monroe LA]].",
        dateline="[[WEST MONROE|West Monroe]], [[La.|Louisiana]]",
    ),
    Case(
        "Flooding closed roads in [[Livingston Parish|Livingston Parish]] and "
        "[[Denham Springs|Denham Springs]], and [[Baton Rouge|Baton Rouge]] opened two shelters."
    ),
    Case(
        "A [[Lafourche Parish|Lafourche Parish]] fisherman was rescued off [[Grand Isle|Grand Isle]] "
        "on Monday after his boat took on water."
    ),
    Case(
        "A [[Fond du Lac County|Fond du Lac County]] jury convicted an [[Oshkosh|Oshkosh]] man of "
        "setting fire to his neighbor's garage."
    ),
    Case(
        "The [[Orange County|Orange County FL]] Sheriff's Office said deputies found the missing "
        "canoe near [[Apopka|Apopka]] late Sunday."
    ),
    Case(
        "[[Orange County|Orange County CA]] supervisors voted to expand the shelter in "
        "[[Santa Ana|Santa Ana]] by 120 beds."
    ),
    Case(
        "[[Richland County|Richland County SC]] deputies arrested two men after a shooting in "
        "northeast [[Columbia|Columbia SC]]."
    ),
    Case(
        "The township committee voted to buy 40 acres of farmland for a park.",
        dateline="[[CHERRY HILL|Cherry Hill]], [[N.J.|New Jersey]]",
    ),
    Case(
        "[[Ocean County|Ocean County]] freeholders said beach replenishment in [[Toms River|Toms River]] "
        "would start after Labor Day."
    ),
    Case(
        "The borough council agreed to share a police chief with neighboring "
        "[[Bellefonte|Bellefonte]], [[Centre County|Centre County]] officials said.",
        dateline="[[STATE COLLEGE|State College]], [[Pa.|Pennsylvania]]",
    ),
    Case(
        "The [[Kenai Peninsula Borough|Kenai Peninsula Borough]] assembly approved a new clinic in "
        "[[Soldotna|Soldotna]], the first in [[Alaska|Alaska]] built with the federal grant."
    ),
    Case(
        "Two horses died in a barn fire north of town, [[Marion County|Marion County FL]] Fire "
        "Rescue said.",
        dateline="[[OCALA|Ocala]], [[Fla.|Florida]]",
    ),
    Case(
        "The [[Deschutes County|Deschutes County]] commission approved a shelter near "
        "[[Redmond|Redmond OR]] on a 2-1 vote.",
        dateline="[[BEND|Bend]], [[Ore.|Oregon]]",
    ),
    Case(
        "[[Story County|Story County]] supervisors set a hearing on the wind farm north of town.",
        dateline="[[AMES|Ames]], [[Iowa|Iowa]]",
    ),
    Case(
        "Snowplows could not keep up in [[Duluth|Duluth]], [[Minn.|Minnesota]], and "
        "[[St. Louis County|St. Louis County MN]] closed its offices."
    ),
    Case(
        "[[Boulder County|Boulder County]] deputies closed the canyon road above [[Lyons|Lyons CO]] "
        "after a rockslide on Wednesday."
    ),
    Case(
        "A [[Knox County|Knox County TN]] school bus slid off the road on the way to "
        "[[Maryville|Maryville TN]], [[Tenn.|Tennessee]]; no children were hurt."
    ),
    Case(
        "[[Wake County|Wake County]] schools will start 30 minutes later next year, the board "
        "decided at its meeting in [[Raleigh|Raleigh]]."
    ),
    Case(
        "The [[Bourbon County|Bourbon County KY]] fiscal court approved a new jail budget.",
        dateline="[[PARIS|Paris KY]], [[Ky.|Kentucky]]",
    ),
    Case(
        "Flood waters reached the fire station in [[Barre|Barre VT]], and state offices were "
        "closed.",
        dateline="[[MONTPELIER|Montpelier]], [[Vt.|Vermont]]",
    ),
    Case(
        "[[Dona Ana County|Dona Ana County]] commissioners approved a pecan processing plant.",
        dateline="[[LAS CRUCES|Las Cruces]], [[N.M.|New Mexico]]",
    ),
    Case(
        "[[Coconino County|Coconino County]] officials closed campgrounds as the fire grew.",
        dateline="[[FLAGSTAFF|Flagstaff]], [[Ariz.|Arizona]]",
    ),
]

# --- US local: homonyms settled by the story's state, towns by their state ---------------------
US_TOWNS = [
    Case(
        "The school board in [[Ripon|Ripon WI]], [[Wis.|Wisconsin]], will ask voters for $12 "
        "million to repair the high school roof."
    ),
    Case(
        "Aldermen voted 7-3 to raise water rates. Residents in nearby [[Chatham|Chatham IL]] buy "
        "their water from the city.",
        dateline="[[SPRINGFIELD|Springfield IL]], [[Ill.|Illinois]]",
    ),
    Case(
        "Police in [[Springfield|Springfield MO]] said the crash closed two lanes, and "
        "[[Greene County|Greene County MO]] deputies directed traffic, [[Missouri|Missouri]] "
        "troopers said."
    ),
    Case(
        "The casino in [[Springfield|Springfield MA]] reported record revenue in March, "
        "[[Massachusetts|Massachusetts]] gaming regulators said."
    ),
    Case(
        "Margaret Ellen Hayes, 87, of [[Bardstown|Bardstown]], died Saturday at her home. She was "
        "born in [[Nelson County|Nelson County KY]] and taught school in [[Louisville|Louisville]] "
        "for 31 years."
    ),
    Case(
        "Born in [[Dubuque|Dubuque]], [[Iowa|Iowa]], he farmed near [[Galena|Galena IL]] for 40 "
        "years and served on the [[Jo Daviess County|Jo Daviess County]] board."
    ),
    Case(
        "The plant in [[Decatur|Decatur AL]], [[Ala.|Alabama]], will add 200 jobs, "
        "[[Morgan County|Morgan County AL]] officials said."
    ),
    Case(
        "Ferry service between [[Portland|Portland ME]] and [[South Portland|South Portland]], "
        "[[Maine|Maine]], resumed after the storm."
    ),
    Case(
        "A line of storms dropped hail on [[Norman|Norman]] and [[Moore|Moore OK]], and forecasters "
        "warned [[Cleveland County|Cleveland County OK]] residents to stay indoors.",
        dateline="[[OKLAHOMA CITY|Oklahoma City]]",
    ),
    Case(
        "[[Allen|Allen TX]] beat [[Plano|Plano]] 28-21 in the regional final at the stadium in "
        "[[Arlington|Arlington TX]], [[Texas|Texas]]."
    ),
    Case(
        "The city's water plant in [[Jackson|Jackson MS]], [[Miss.|Mississippi]], failed again on "
        "Sunday. \"We need the state's help,\" Councilman Aaron Jackson said."
    ),
    Case(
        "Crews repaved Washington Street and Lincoln Avenue in downtown [[Peoria|Peoria IL]], "
        "[[Ill.|Illinois]], city engineer Tom Jackson said."
    ),
    Case(
        "Bank of America will close its branch on Main Street, and Wells Fargo said it would keep "
        "two branches open in [[Greenville|Greenville SC]], [[S.C.|South Carolina]]."
    ),
    Case(
        "Today, the fair opens in [[Indianapolis|Indianapolis]], and [[Marion County|Marion County IN]] "
        "health officials will check food stands on Tuesday."
    ),
    Case(
        "A water main broke under Georgia Avenue in [[Silver Spring|Silver Spring]], "
        "[[Md.|Maryland]], flooding three basements."
    ),
    Case(
        "Lincoln Financial said it would move 300 jobs to [[Charlotte|Charlotte]], "
        "[[N.C.|North Carolina]], next year."
    ),
    Case(
        "Barges stalled on the [[Mississippi River|Mississippi River]] near [[Vicksburg|Vicksburg]] as the water fell."
    ),
    Case(
        "Wheat farmers near [[Hays|Hays]], [[Kan.|Kansas]], lost half their crop to hail."
    ),
    Case(
        "The hospital in [[Kearney|Kearney]], [[Neb.|Nebraska]], will open a cancer center in May."
    ),
    Case(
        "A brush fire forced evacuations in the [[Los Angeles|Los Angeles]] neighborhoods of "
        "[[Sylmar|Sylmar]] and [[Pacoima|Pacoima]] on Thursday."
    ),
    Case(
        "Police said the shooting happened in [[Harlem|Harlem]] shortly after midnight; a second "
        "took place in [[Bushwick|Bushwick]], [[Brooklyn|Brooklyn]]."
    ),
    Case(
        "Residents of [[Pilsen|Pilsen]] and [[Little Village|Little Village]] asked the "
        "[[Chicago|Chicago]] City Council for a new bus line."
    ),
]

# --- not places: people, teams, companies, streets, days, programmes ---------------------------
NEGATIVES = [
    Case("The Dallas Mavericks beat the Denver Nuggets 112-104, and the Orlando Magic lost at home."),
    Case("Madison Brooks scored 22 points and Austin Reed added 15 as the Wildcats won."),
    Case("Sheriff Charlotte Sanders said deputies would patrol the fair every night."),
    Case("Faith Hill and Tim McGraw will headline the festival, organizers said Tuesday."),
    Case("She told the Today programme that the plan would fail."),
    Case("Today's forecast calls for rain, and Saturday will be sunny and warm."),
    Case("Coach Tyler Houston said the Vikings would start a freshman at quarterback."),
]

# --- provincial news abroad: first-level divisions and their towns -----------------------------
ABROAD = [
    Case(
        "City council approved a new arena, and crews from [[Lacombe|Lacombe]] will help build it.",
        dateline="[[RED DEER|Red Deer]], [[Alta.|Alberta]]",
    ),
    Case(
        "Police in [[Kingston|Kingston ON]], [[Ont.|Ontario]], said a truck crashed on Highway 401 "
        "east of [[Belleville|Belleville ON]]."
    ),
    Case(
        "Farmers near [[Saskatoon|Saskatoon]] and [[Prince Albert|Prince Albert]] said the drought "
        "was the worst in [[Saskatchewan|Saskatchewan]] in 20 years."
    ),
    Case(
        "The [[New Brunswick|New Brunswick]] government will fund a new emergency room in "
        "[[Moncton|Moncton]]."
    ),
    Case(
        "A ferry from [[Nanaimo|Nanaimo]], [[B.C.|British Columbia]], was cancelled because of high "
        "winds."
    ),
    Case(
        "Flash floods cut the highway between [[Toowoomba|Toowoomba]] and [[Brisbane|Brisbane]], "
        "[[Queensland|Queensland]] police said."
    ),
    Case(
        "Bushfires threatened homes west of [[Ballarat|Ballarat]] as [[Victoria|Victoria AU]] "
        "declared a state of disaster."
    ),
    Case(
        "The council in [[Wagga Wagga|Wagga Wagga]], in southern [[NSW|New South Wales]], voted "
        "to build a new levee."
    ),
    Case(
        "The port in [[Fremantle|Fremantle]] reopened after the strike, [[Western Australia|Western "
        "Australia]]'s premier said in [[Perth|Perth AU]]."
    ),
    Case(
        "Farmers in [[Bathinda|Bathinda]] and [[Sangrur|Sangrur]] districts of [[Punjab|Punjab IN]] "
        "blocked highways to protest crop prices."
    ),
    Case(
        "Heavy rain flooded low-lying areas of [[Nagpur|Nagpur]], and the [[Maharashtra|Maharashtra]] "
        "government sent relief teams to [[Wardha|Wardha]]."
    ),
    Case(
        "Fishermen from [[Thoothukudi|Thoothukudi]] were told to stay ashore, and schools in "
        "[[Madurai|Madurai]] closed, [[Tamil Nadu|Tamil Nadu]] officials said."
    ),
    Case(
        "Traders in [[Ikeja|Ikeja]] shut their shops as the [[Lagos State|Lagos State]] government "
        "began demolitions."
    ),
    Case(
        "Gunmen kidnapped 14 travellers near [[Zaria|Zaria]], the [[Kaduna State|Kaduna State]] "
        "police command said."
    ),
    Case(
        "Traders from [[Onitsha|Onitsha]] in [[Anambra|Anambra]] marched to [[Enugu|Enugu]] to "
        "protest new market levies."
    ),
    Case(
        "A bus crashed on the motorway near [[Stockport|Stockport]], and [[Greater Manchester|Greater "
        "Manchester]] police closed two junctions."
    ),
    Case(
        "Walkers were rescued near [[Keswick|Keswick]] and taken to hospital in "
        "[[Penrith|Penrith UK]], [[Cumbria|Cumbria]] police said."
    ),
    Case(
        "Snow closed the A9 between [[Perth|Perth UK]] and [[Inverness|Inverness]] on Monday, "
        "[[Scottish|Scotland]] road officials said."
    ),
    Case(
        "The flower show in [[Harrogate|Harrogate]], [[North Yorkshire|North Yorkshire]], drew "
        "record crowds."
    ),
]

CASES = US_COUNTIES + US_TOWNS + NEGATIVES + ABROAD
