"""A blind set of small US local newspapers for the places stage: short articles written in session 19
in the style of LGL (the Local-Global Lexicon corpus: articles from small US local papers around
2009), each toponym and its GeoNames point (lgl_points.py) written down before the geoparser ran on
them. The incidents are generic or fictional, the places real.

What the set stresses, beside the local set (local_cases.py): datelines of small towns with AP state
abbreviations ("CLINTON, Iowa", "ROME, Ga."), homonyms that only the paper's region settles (Lebanon,
Ohio; Columbia, Missouri; Rome, Georgia; Manchester, New Hampshire; Peru, Indiana; Mexico, Missouri),
counties and parishes whose names are also states, presidents or big cities (Delaware County, Houston
County, Clinton County, Lincoln), townships, neighbourhoods, rivers and lakes, and names inside longer
names ("New London", "New Mexico", "Lake Charles").

How names are marked follows the local and web sets: a town, county, parish, township,
neighbourhood, river, lake, state or country named as a place is [[surface|key]], and so is an AP
abbreviation standing for a state ("Ala.", "Mich.", "N.C."); a county named inside an office's name
("the Marshall County Sheriff's Office", "Kanawha County commissioners") is marked, as LGL marks it.
A demonym standing for its country ("a Canadian firm") is marked with the country. Not marked, so any
place found there is a false positive: people ("Jack London", "Sheriff Dallas Jones", "Lincoln" the
president), teams ("the Houston Astros"), firms and universities ("Kentucky Fried Chicken", "the
University of Missouri"), and streets and roads ("Georgia Avenue", "Highway 30"). Rivers sit at
GeoNames' point for a stream, its mouth.
"""

from __future__ import annotations

from newsgraph.testing.places import Case

# --- the Midwest: datelines, counties that share a name, townships ------------------------------
MIDWEST = [
    Case(
        "[[Clinton County|Clinton County IA]] supervisors voted Tuesday to repave six miles of road "
        "between [[Camanche|Camanche]] and [[DeWitt|DeWitt IA]].",
        dateline="[[CLINTON|Clinton IA]], [[Iowa|Iowa]]",
    ),
    Case(
        "The [[Marshall County|Marshall County IA]] Sheriff's Office said a [[Marshalltown|Marshalltown]] "
        "woman, 34, was hurt when her car hit a deer on Highway 30 west of [[State Center|State Center]]."
    ),
    Case(
        "[[Warren County|Warren County OH]] commissioners approved a water line from the city to "
        "[[Mason|Mason OH]] and [[Morrow|Morrow OH]]. Crews will bore under the "
        "[[Little Miami River|Little Miami River]] this fall.",
        dateline="[[LEBANON|Lebanon OH]], [[Ohio|Ohio]]",
    ),
    Case(
        "[[Columbia|Columbia MO]] police arrested a [[Jefferson City|Jefferson City]] man on Friday after "
        "a break-in near the University of Missouri. He was taken to the [[Boone County|Boone County MO]] "
        "jail."
    ),
    Case(
        "[[Portage|Portage MI]] city commissioners and the [[Kalamazoo County|Kalamazoo County]] road "
        "commission will share the cost of the new bridge, a spokesman said from [[Lansing|Lansing]].",
        dateline="[[KALAMAZOO|Kalamazoo]], [[Mich.|Michigan]]",
    ),
    Case(
        "[[Canton Township|Canton MI]] trustees agreed to buy two fire trucks with neighboring "
        "[[Plymouth|Plymouth MI]], the first shared purchase in [[Wayne County|Wayne County MI]]."
    ),
    Case(
        "The [[McLean County|McLean County]] Board approved a bus route linking downtown "
        "[[Bloomington|Bloomington IL]] with [[Normal|Normal IL]] and the Illinois State University "
        "campus."
    ),
    Case(
        "The clinic expects more patients from [[Winona|Winona]] and from [[La Crosse|La Crosse]], "
        "[[Wis.|Wisconsin]], once the [[Olmsted County|Olmsted County]] expansion opens.",
        dateline="[[ROCHESTER|Rochester MN]], [[Minn.|Minnesota]]",
    ),
    Case(
        "Sandbagging began in [[Fargo|Fargo]] and across the river in [[Moorhead|Moorhead]], "
        "[[Minn.|Minnesota]], as [[Cass County|Cass County ND]] officials warned of a crest next week."
    ),
    Case(
        "[[Delaware County|Delaware County IN]] deputies arrested a [[Yorktown|Yorktown IN]] man after a "
        "chase that ended in [[Anderson|Anderson IN]].",
        dateline="[[MUNCIE|Muncie]], [[Ind.|Indiana]]",
    ),
    Case(
        "Boaters on [[Lake Wissota|Lake Wissota]] were told to stay off the water after the storm, and "
        "power was out for 3,000 homes in [[Chippewa Falls|Chippewa Falls]] and [[Eau Claire|Eau Claire]]."
    ),
    Case(
        "[[Saline County|Saline County KS]] commissioners set a hearing on the landfill near "
        "[[Abilene|Abilene KS]]. The [[Smoky Hill River|Smoky Hill River]] flooded the site in 2007.",
        dateline="[[SALINA|Salina]], [[Kan.|Kansas]]",
    ),
    Case(
        "Farmers in [[Hall County|Hall County NE]] will get water from the [[Platte River|Platte River]] "
        "again this summer, the district board in [[Grand Island|Grand Island]] said. Growers near "
        "[[Hastings|Hastings NE]] are still waiting."
    ),
    Case(
        "The [[Allen County|Allen County OH]] fair opens Saturday in [[Lima|Lima OH]], and the "
        "[[Wapakoneta|Wapakoneta]] marching band will lead the parade."
    ),
    Case(
        "Volunteers pulled 200 tires out of the [[Hocking River|Hocking River]] between "
        "[[Nelsonville|Nelsonville]] and [[Athens|Athens OH]] on Saturday, the [[Athens County|Athens County]] "
        "engineer said."
    ),
]

# --- the South: parishes, homonyms the region settles --------------------------------------------
SOUTH = [
    Case(
        "[[Avoyelles Parish|Avoyelles Parish]] deputies said a [[Marksville|Marksville]] man drowned "
        "Sunday when his boat overturned.",
        dateline="[[ALEXANDRIA|Alexandria LA]], [[La.|Louisiana]]",
    ),
    Case(
        "The [[Terrebonne Parish|Terrebonne Parish]] Council voted to raise the levee south of "
        "[[Houma|Houma]], and [[Thibodaux|Thibodaux]] officials asked to join the project."
    ),
    Case(
        "Refinery workers from [[Lake Charles|Lake Charles]] and [[Sulphur|Sulphur LA]] drove north to "
        "[[DeRidder|DeRidder]] to help [[Beauregard Parish|Beauregard Parish]] residents clear trees."
    ),
    Case(
        "The [[Lamar County|Lamar County TX]] Sheriff's Office is looking for a man who robbed a store in "
        "[[Clarksville|Clarksville TX]] and was last seen heading toward [[Hugo|Hugo OK]], "
        "[[Okla.|Oklahoma]].",
        dateline="[[PARIS|Paris TX]], [[Texas|Texas]]",
    ),
    Case(
        "[[Smith County|Smith County TX]] commissioners approved a new road between [[Tyler|Tyler TX]] "
        "and [[Lindale|Lindale]]. Drivers headed to [[Longview|Longview TX]] will save ten minutes."
    ),
    Case(
        "[[Floyd County|Floyd County GA]] schools will close early Friday, and [[Cartersville|Cartersville]] "
        "schools will follow.",
        dateline="[[ROME|Rome GA]], [[Ga.|Georgia]]",
    ),
    Case(
        "The [[Flint River|Flint River]] crested at 30 feet in [[Albany|Albany GA]] on Thursday, and "
        "[[Dougherty County|Dougherty County]] opened two shelters."
    ),
    Case(
        "[[Houston County|Houston County AL]] deputies and police in [[Enterprise|Enterprise AL]] are "
        "searching for two inmates who walked away from a work crew.",
        dateline="[[DOTHAN|Dothan]], [[Ala.|Alabama]]",
    ),
    Case(
        "A tornado damaged 40 homes in [[Petal|Petal]] and [[Hattiesburg|Hattiesburg]], "
        "[[Forrest County|Forrest County]] emergency managers said. Crews from [[Laurel|Laurel MS]] "
        "helped clear roads."
    ),
    Case(
        "[[Putnam County|Putnam County TN]] rescuers found two missing kayakers on "
        "[[Center Hill Lake|Center Hill Lake]] late Sunday. Both were from [[Sparta|Sparta TN]].",
        dateline="[[COOKEVILLE|Cookeville]], [[Tenn.|Tennessee]]",
    ),
    Case(
        "The [[Kentucky River|Kentucky River]] rose above flood stage in [[Frankfort|Frankfort]], and "
        "[[Franklin County|Franklin County KY]] closed three roads. A Kentucky Fried Chicken on the "
        "bypass was sandbagged."
    ),
    Case(
        "A [[Pitt County|Pitt County]] man was charged after boats were stolen from a dock on the "
        "[[Tar River|Tar River]] in [[Greenville|Greenville NC]], [[N.C.|North Carolina]]."
    ),
    Case(
        "[[Bedford County|Bedford County VA]] supervisors approved 120 homes near [[Forest|Forest VA]], "
        "and a second plan near [[Appomattox|Appomattox]] was tabled.",
        dateline="[[LYNCHBURG|Lynchburg]], [[Va.|Virginia]]",
    ),
    Case(
        "[[Kanawha County|Kanawha County]] commissioners met in [[Charleston|Charleston WV]], "
        "[[W.Va.|West Virginia]], to discuss the chemical leak that left 300,000 people without tap water."
    ),
    Case(
        "[[Florence County|Florence County SC]] deputies said two men from [[Darlington|Darlington SC]] "
        "robbed a pharmacy in [[Florence|Florence SC]] on Tuesday night."
    ),
    Case(
        "[[Craighead County|Craighead County]] voters approved a sales tax for a new jail. A similar "
        "measure failed in [[Paragould|Paragould]] last year.",
        dateline="[[JONESBORO|Jonesboro]], [[Ark.|Arkansas]]",
    ),
    Case(
        "[[Polk County|Polk County FL]] deputies arrested a [[Winter Haven|Winter Haven]] man who they "
        "said sold stolen lawn mowers in [[Lakeland|Lakeland]]."
    ),
    Case(
        "Tourists crowded the cigar shops of [[Ybor City|Ybor City]] as the festival opened in "
        "[[Tampa|Tampa]] on Saturday."
    ),
]

# --- the Northeast: townships, boroughs, rivers and lakes, homonyms of English towns -------------
NORTHEAST = [
    Case(
        "[[Edison|Edison NJ]] and [[Woodbridge|Woodbridge NJ]] will share a new pump station on the "
        "[[Raritan River|Raritan River]], [[Middlesex County|Middlesex County NJ]] officials said."
    ),
    Case(
        "[[Lower Merion Township|Lower Merion]] commissioners approved parking meters in "
        "[[Ardmore|Ardmore PA]], and shoppers said they would drive to [[Philadelphia|Philadelphia]] "
        "instead. The [[Montgomery County|Montgomery County PA]] planning board must still agree."
    ),
    Case(
        "[[Luzerne County|Luzerne County]] officials warned residents along the "
        "[[Susquehanna River|Susquehanna River]] to be ready to leave, and [[Hazleton|Hazleton]] "
        "opened a shelter.",
        dateline="[[WILKES-BARRE|Wilkes-Barre]], [[Pa.|Pennsylvania]]",
    ),
    Case(
        "Algae closed two beaches on [[Cayuga Lake|Cayuga Lake]] north of [[Ithaca|Ithaca]], the "
        "[[Tompkins County|Tompkins County]] health department said. Beaches near [[Cortland|Cortland]] "
        "stayed open."
    ),
    Case(
        "[[Clinton County|Clinton County NY]] legislators want a new ferry across "
        "[[Lake Champlain|Lake Champlain]] to [[Burlington|Burlington VT]], [[Vt.|Vermont]].",
        dateline="[[PLATTSBURGH|Plattsburgh]], [[N.Y.|New York state]]",
    ),
    Case(
        "Tanglewood will open a week early this summer, [[Lenox|Lenox MA]] officials said, and "
        "[[Pittsfield|Pittsfield MA]] hotels are nearly full. [[Berkshire County|Berkshire County]] "
        "tourism is up 8 percent."
    ),
    Case(
        "The submarine base on the [[Thames River|Thames River CT]] will add 300 jobs, and many of the "
        "workers are expected to live in [[New London|New London]] and [[Norwich|Norwich CT]], "
        "[[Conn.|Connecticut]]."
    ),
    Case(
        "[[Kennebec County|Kennebec County]] will dredge the [[Kennebec River|Kennebec River]] below "
        "[[Waterville|Waterville]] this summer.",
        dateline="[[AUGUSTA|Augusta ME]], [[Maine|Maine]]",
    ),
    Case(
        "[[Concord|Concord NH]], [[N.H.|New Hampshire]], and [[Manchester|Manchester NH]] will share a "
        "crime lab, [[Merrimack County|Merrimack County]] officials said on Monday."
    ),
    Case(
        "Over 40 restaurants in [[Fells Point|Fells Point]] joined the [[Baltimore|Baltimore]] food "
        "week, and a water taxi ran to the harbor every half hour."
    ),
    Case(
        "Residents of [[Over-the-Rhine|Over-the-Rhine]] asked the [[Cincinnati|Cincinnati]] council "
        "for more street lights on Vine Street."
    ),
    Case(
        "[[Mercer County|Mercer County NJ]] prosecutors charged two men with stealing copper wire, "
        "a scheme that reached from [[New Jersey|New Jersey]] into [[New York|New York state]].",
        dateline="[[TRENTON|Trenton]], [[N.J.|New Jersey]]",
    ),
]

# --- the West: Salem with and without its state, rivers, counties named for states --------------
WEST = [
    Case(
        "A fire destroyed a warehouse in [[Salem|Salem OR]], [[Ore.|Oregon]], on Monday. "
        "[[Marion County|Marion County OR]] crews also answered a call in [[Keizer|Keizer]] on the "
        "[[Willamette River|Willamette River]]. [[Salem|Salem OR]]'s fire chief said no one was hurt."
    ),
    Case(
        "Tour buses will be banned from downtown [[Salem|Salem MA]] in October, and visitors will park "
        "in [[Peabody|Peabody]] and [[Beverly|Beverly MA]], [[Essex County|Essex County MA]] officials said."
    ),
    Case(
        "Irrigators in [[Jerome|Jerome ID]] and [[Burley|Burley]] will get less water from the "
        "[[Snake River|Snake River]] this year.",
        dateline="[[TWIN FALLS|Twin Falls]], [[Idaho|Idaho]]",
    ),
    Case(
        "[[Missoula County|Missoula County]] crews closed the highway south of [[Lolo|Lolo MT]] as a fire "
        "grew to 2,000 acres.",
        dateline="[[MISSOULA|Missoula]], [[Mont.|Montana]]",
    ),
    Case(
        "Rafters were pulled from the [[Colorado River|Colorado River]] near [[Fruita|Fruita]], "
        "[[Mesa County|Mesa County]] deputies said.",
        dateline="[[GRAND JUNCTION|Grand Junction]], [[Colo.|Colorado]]",
    ),
    Case(
        "Growers in [[Sunnyside|Sunnyside WA]] and [[Toppenish|Toppenish]] lost part of the cherry "
        "crop to hail, [[Yakima County|Yakima County]] extension agents said.",
        dateline="[[YAKIMA|Yakima]], [[Wash.|Washington state]]",
    ),
    Case(
        "[[Kern County|Kern County]] supervisors approved a wind farm near [[Tehachapi|Tehachapi]], "
        "and grape growers in [[Delano|Delano]] asked for help with water. The vote was held in "
        "[[Bakersfield|Bakersfield]]."
    ),
    Case(
        "The mine near [[Carlin|Carlin]] will hire 150 workers, many of them from [[Reno|Reno]].",
        dateline="[[ELKO|Elko]], [[Nev.|Nevada]]",
    ),
    Case(
        "[[San Juan County|San Juan County NM]] commissioners asked the state to fix the road to "
        "[[Shiprock|Shiprock]].",
        dateline="[[FARMINGTON|Farmington NM]], [[N.M.|New Mexico]]",
    ),
    Case(
        "Carp are choking [[Utah Lake|Utah Lake]], and [[Provo|Provo]] and [[Orem|Orem]] will pay "
        "fishermen to remove them, [[Utah County|Utah County]] officials said."
    ),
]

# --- people, teams, firms and streets with place words; a few national and foreign places ---------
NAMES_AND_ABROAD = [
    Case(
        "The library in [[Oakland|Oakland]] will show a film about Jack London's years on the "
        "waterfront."
    ),
    Case(
        "A bronze statue of Lincoln was unveiled Saturday on the courthouse lawn in "
        "[[Hodgenville|Hodgenville]], [[Ky.|Kentucky]], near where the 16th president was born."
    ),
    Case(
        "The Houston Astros beat the Kansas City Royals 5-3 on Sunday in front of 31,000 fans in "
        "[[Houston|Houston]]."
    ),
    Case(
        "Police closed Georgia Avenue and Washington Street after a water main broke near the courthouse "
        "in [[Tuscaloosa|Tuscaloosa]]."
    ),
    Case(
        "Councilwoman Carolyn Austin and Sheriff Dallas Jones spoke at the meeting in [[Waco|Waco]] on "
        "Tuesday night."
    ),
    Case(
        "A [[Canadian|Canada]] company will build a steel mill outside [[Owensboro|Owensboro]], creating "
        "400 jobs, the mayor said."
    ),
    Case(
        "The Virginia Tech Hokies beat Boston College 28-14 in [[Blacksburg|Blacksburg]] on Saturday."
    ),
    Case(
        "A [[Fort Wayne|Fort Wayne]] church sent 12 volunteers to [[Haiti|Haiti]] to rebuild a school "
        "outside [[Port-au-Prince|Port-au-Prince]]."
    ),
    Case(
        "Army Sgt. James Carter, 24, of [[Hope|Hope AR]], [[Ark.|Arkansas]], was killed in "
        "[[Kandahar|Kandahar]] province, [[Afghanistan|Afghanistan]], the Army said."
    ),
    Case(
        "Exchange students from [[Mexico|Mexico]] and [[Germany|Germany]] will spend the spring at a high "
        "school in [[Wausau|Wausau]]."
    ),
    Case(
        "The plastics plant in [[Peru|Peru IN]], [[Ind.|Indiana]], will ship more parts to "
        "[[China|China]] and [[Canada|Canada]] next year, its manager said."
    ),
    Case(
        "The [[Audrain County|Audrain County]] fair drew a record crowd this week.",
        dateline="[[MEXICO|Mexico MO]], [[Mo.|Missouri]]",
    ),
    Case(
        "Bass boats filled the ramps at [[Lake Ouachita|Lake Ouachita]] for the weekend tournament, "
        "and motels in [[Hot Springs|Hot Springs]] were full."
    ),
    Case(
        "Students from Lincoln High School raised $4,000 for flood victims in [[Iowa|Iowa]] and "
        "[[Wisconsin|Wisconsin]]."
    ),
    Case(
        "A [[Minot|Minot]] man was sentenced to 10 years for a robbery in [[Williston|Williston ND]], "
        "[[N.D.|North Dakota]]."
    ),
    Case(
        "Sister-city visitors from [[Japan|Japan]] toured the [[Findlay|Findlay]] Whirlpool plant on "
        "Monday and left for [[Toledo|Toledo OH]] on Tuesday."
    ),
]

CASES = MIDWEST + SOUTH + NORTHEAST + WEST + NAMES_AND_ABROAD
