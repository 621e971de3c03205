"""A blind set of international web news for the places stage: short articles written in session 17
in the style of GeoWebNews (international web news of 2015-2020), each toponym and its GeoNames
point (web_points.py) written down before the geoparser ran on them. The incidents follow the news
of those years in outline; people and details are generic or fictional, the places real.

Stories come from Africa, South and Southeast Asia, Latin America, the Middle East, Eastern Europe,
Australia and Canada: provinces and states, districts, small towns and villages, rivers, mountains,
seas and regions, airports and ports; places as adjectives and metonyms ("Kenyan police", "Canberra
said", "the Kremlin"), marked with the country or the capital they stand for; homonyms ("Victoria",
"Santiago", "Cordoba", "San Jose", "Hyderabad", "Kingston", "Perth", "Tripoli") settled by the story;
long names that contain shorter ones ("New South Wales", "Papua New Guinea", "Santiago de los
Caballeros"). How names are marked follows the local set (local_cases.py): a place named as a place,
a demonym or a capital standing for its government is [[surface|key]]; people, teams, firms,
newspapers, banks, airlines and universities that contain a place word are not marked, so any place
found in them is a false positive. Roads and streets are not marked.
"""

from __future__ import annotations

from newsgraph.testing.places import Case

AFRICA = [
    Case(
        "[[Kenyan|Kenya]] police said four people died when a bus plunged off the road near "
        "[[Naivasha|Naivasha]] on Sunday. The bus was travelling from [[Nairobi|Nairobi]] to "
        "[[Kisumu|Kisumu]] on the shores of [[Lake Victoria|Lake Victoria]]."
    ),
    Case(
        "Floods have displaced more than 20,000 people in [[Tana River County|Tana River County]], the "
        "Red Cross said. The river burst its banks near [[Garissa|Garissa]] after a week of heavy rain."
    ),
    Case(
        "[[Ugandan|Uganda]] troops crossed into [[Ituri|Ituri]] province of the "
        "[[Democratic Republic of Congo|DR Congo]] to pursue rebels, the army said in [[Kampala|Kampala]]. "
        "Residents of [[Bunia|Bunia]] reported gunfire overnight."
    ),
    Case(
        "[[Tanzanian|Tanzania]] authorities closed the port of [[Mtwara|Mtwara]] after a fuel tanker ran "
        "aground. Ships were diverted to [[Dar es Salaam|Dar es Salaam]], about 500 km to the north."
    ),
    Case(
        "Fighting spread from [[Tigray|Tigray]] into the neighbouring [[Afar|Afar]] region, "
        "[[Ethiopian|Ethiopia]] officials said. Aid convoys waited in [[Semera|Semera]] for permission "
        "to travel north towards [[Mekelle|Mekelle]]."
    ),
    Case(
        "A car bomb exploded at a checkpoint in [[Mogadishu|Mogadishu]] on Saturday, killing at least "
        "nine people. Al-Shabaab fighters also attacked an army base near [[Kismayo|Kismayo]] in the "
        "[[Lower Juba|Lower Juba]] region."
    ),
    Case(
        "Thousands fled [[Malakal|Malakal]] as clashes resumed in [[Upper Nile|Upper Nile]] state, the "
        "UN mission said. Many crossed into [[Sudan|Sudan]] on foot."
    ),
    Case(
        "Gunmen abducted 42 pupils and teachers from a school in [[Kagara|Kagara]], "
        "[[Niger State|Niger State]], [[Nigerian|Nigeria]] police said. It was the second mass "
        "abduction in the northwest in a week, after one in [[Zamfara|Zamfara]]."
    ),
    Case(
        "The [[Borno|Borno]] state governor visited [[Monguno|Monguno]] after jihadists attacked the "
        "town's military base. Displaced families have been moved to camps in [[Maiduguri|Maiduguri]]."
    ),
    Case(
        "Residents of [[Kumasi|Kumasi]] protested against power cuts on Monday. [[Ghanaian|Ghana]] "
        "officials blamed low water behind the [[Akosombo|Akosombo]] dam on the [[Volta|Volta River]]."
    ),
    Case(
        "Jihadists killed 17 soldiers in an attack on a post near [[Menaka|Menaka]] in northeastern "
        "[[Mali|Mali]], close to the border with [[Niger|Niger]]. The army sent reinforcements from "
        "[[Gao|Gao]]."
    ),
    Case(
        "Separatists set fire to a school in [[Kumba|Kumba]] in [[Cameroon|Cameroon]]'s "
        "[[Southwest Region|Southwest Region]], killing seven children. Teachers in "
        "[[Buea|Buea]] went on strike in protest."
    ),
    Case(
        "An Ebola case was confirmed in [[Goma|Goma]], a city of two million on the border with "
        "[[Rwanda|Rwanda]]. [[Rwandan|Rwanda]] officials briefly closed the crossing to "
        "[[Gisenyi|Gisenyi]]."
    ),
    Case(
        "[[Burundi|Burundi]] moved its political capital from [[Bujumbura|Bujumbura]] to "
        "[[Gitega|Gitega]], a town in the country's hilly centre, the government said."
    ),
    Case(
        "Wildfires swept through the [[Western Cape|Western Cape]] over the weekend, forcing the "
        "evacuation of homes in [[Knysna|Knysna]] and [[Plettenberg Bay|Plettenberg Bay]]. "
        "[[Cape Town|Cape Town]] sent 60 firefighters."
    ),
    Case(
        "Police in [[KwaZulu-Natal|KwaZulu-Natal]] arrested 12 people after looting in "
        "[[Pietermaritzburg|Pietermaritzburg]] and [[Durban|Durban]]. The defence ministry in "
        "[[Pretoria|Pretoria]] deployed 2,500 soldiers."
    ),
    Case(
        "Cyclone Idai destroyed bridges in [[Chimanimani|Chimanimani]] in eastern "
        "[[Zimbabwe|Zimbabwe]], and the death toll in [[Beira|Beira]], [[Mozambique|Mozambique]], "
        "rose to 400."
    ),
    Case(
        "Floods swept away houses in [[Chikwawa|Chikwawa]] and [[Nsanje|Nsanje]] districts of southern "
        "[[Malawi|Malawi]], and 80,000 people sheltered in schools."
    ),
    Case(
        "[[Egyptian|Egypt]] authorities reopened the [[Rafah|Rafah]] crossing for three days. Buses "
        "carrying students left [[Khan Younis|Khan Younis]] for [[Cairo|Cairo]] by way of "
        "[[El Arish|El Arish]] in [[North Sinai|North Sinai]]."
    ),
    Case(
        "Forces loyal to Khalifa Haftar shelled [[Mitiga|Mitiga]] airport in [[Tripoli|Tripoli Libya]], "
        "suspending all flights. The government said it would move flights to [[Misrata|Misrata]]."
    ),
    Case(
        "Protests spread from [[Sidi Bouzid|Sidi Bouzid]] to [[Kasserine|Kasserine]] and "
        "[[Gafsa|Gafsa]], the [[Tunisian|Tunisia]] interior ministry said."
    ),
    Case(
        "An earthquake of magnitude 5.2 struck near [[Al Hoceima|Al Hoceima]] on "
        "[[Morocco|Morocco]]'s [[Mediterranean|Mediterranean Sea]] coast. It was felt in [[Nador|Nador]] and in the "
        "[[Spanish|Spain]] enclave of [[Melilla|Melilla]]."
    ),
    Case(
        "[[Senegalese|Senegal]] fishermen from [[Saint-Louis|Saint-Louis Senegal]] say foreign trawlers "
        "have emptied the waters off [[Mauritania|Mauritania]]. Many now try the crossing to the "
        "[[Canary Islands|Canary Islands]]."
    ),
    Case(
        "Plague cases rose in [[Antananarivo|Antananarivo]] and in the port of "
        "[[Toamasina|Toamasina]], the health ministry of [[Madagascar|Madagascar]] said."
    ),
    Case(
        "Armed men attacked a camp for displaced people near [[Nyala|Nyala]], the capital of "
        "[[South Darfur|South Darfur]], the [[Sudanese|Sudan]] news agency said."
    ),
    Case(
        "A mudslide buried homes in [[Regent|Regent]], on the edge of [[Freetown|Freetown]], "
        "[[Sierra Leone|Sierra Leone]], killing more than 300 people."
    ),
    Case(
        "Troops from [[Guinea-Bissau|Guinea-Bissau]] and [[Equatorial Guinea|Equatorial Guinea]] "
        "joined the regional force in [[Gambia|Gambia]], officials in [[Banjul|Banjul]] said."
    ),
    Case(
        "The president of [[South Sudan|South Sudan]] flew to [[Khartoum|Khartoum]] for talks, and "
        "rebels in [[Central African Republic|Central African Republic]] attacked [[Bangui|Bangui]]."
    ),
    Case(
        "An Ethiopian Airlines jet crashed six minutes after take-off from [[Addis Ababa|Addis Ababa]], "
        "near the town of [[Bishoftu|Bishoftu]], killing all 157 people on board."
    ),
]

SOUTH_ASIA = [
    Case(
        "Heavy rain lashed [[Mumbai|Mumbai]] for a third day, flooding tracks in [[Kurla|Kurla]] and "
        "[[Andheri|Andheri]]. The weather office warned of more rain across coastal "
        "[[Maharashtra|Maharashtra]] and [[Goa|Goa]]."
    ),
    Case(
        "Police in [[Hyderabad|Hyderabad India]], the capital of [[Telangana|Telangana]], arrested three "
        "men over a bank fraud. The gang had also worked in [[Vijayawada|Vijayawada]] in neighbouring "
        "[[Andhra Pradesh|Andhra Pradesh]]."
    ),
    Case(
        "A bus overturned on the motorway between [[Karachi|Karachi]] and "
        "[[Hyderabad|Hyderabad Pakistan]] in [[Sindh|Sindh]] province, killing 11 passengers."
    ),
    Case(
        "A landslide blocked the Karakoram Highway near [[Gilgit|Gilgit]], stranding hundreds of "
        "tourists headed for [[Hunza|Hunza]] in [[Gilgit-Baltistan|Gilgit-Baltistan]]."
    ),
    Case(
        "A suicide bomber struck a mosque in [[Peshawar|Peshawar]], the capital of "
        "[[Khyber Pakhtunkhwa|Khyber Pakhtunkhwa]] province, killing 57 worshippers, police said."
    ),
    Case(
        "Farmers from [[Punjab|Punjab India]] and [[Haryana|Haryana]] blocked the highways into "
        "[[New Delhi|New Delhi]] for a second week."
    ),
    Case(
        "Fire swept through a refugee camp in [[Cox's Bazar|Cox's Bazar]], [[Bangladesh|Bangladesh]], "
        "destroying 10,000 shelters. Most of the refugees fled [[Rakhine|Rakhine]] state in "
        "[[Myanmar|Myanmar]] in 2017."
    ),
    Case(
        "Cyclone Amphan made landfall near the [[Sundarbans|Sundarbans]], flattening homes in "
        "[[Satkhira|Satkhira]] and across [[West Bengal|West Bengal]]. The airport in "
        "[[Kolkata|Kolkata]] was flooded."
    ),
    Case(
        "Climbers returned to [[Kathmandu|Kathmandu]] after the season on "
        "[[Mount Everest|Mount Everest]] was cut short. Avalanches also hit the "
        "[[Annapurna|Annapurna]] region, north of [[Pokhara|Pokhara]]."
    ),
    Case(
        "Bombs tore through churches in [[Colombo|Colombo]] and [[Negombo|Negombo]] and a church in "
        "the eastern city of [[Batticaloa|Batticaloa]], [[Sri Lankan|Sri Lanka]] officials said."
    ),
    Case(
        "Taliban fighters overran a district centre in [[Helmand|Helmand]] province and besieged "
        "[[Lashkar Gah|Lashkar Gah]], the provincial capital. [[Afghan|Afghanistan]] forces pulled "
        "back to [[Kandahar|Kandahar]]."
    ),
    Case(
        "Security forces killed two militants in [[Pulwama|Pulwama]] district of "
        "[[Indian|India]]-administered [[Kashmir|Kashmir]], police in [[Srinagar|Srinagar]] said."
    ),
    Case(
        "Floods in [[Kerala|Kerala]] killed 37 people and closed the airport at [[Kochi|Kochi]], the "
        "state government said in [[Thiruvananthapuram|Thiruvananthapuram]]."
    ),
    Case(
        "Cyclone Fani struck [[Puri|Puri]] on the coast of [[Odisha|Odisha]] with winds of 175 km an "
        "hour. More than a million people had been moved from low-lying villages, officials in "
        "[[Bhubaneswar|Bhubaneswar]] said."
    ),
    Case(
        "The river rose above the danger mark at [[Patna|Patna]] in [[Bihar|Bihar]], and villages "
        "downstream near [[Bhagalpur|Bhagalpur]] were evacuated."
    ),
    Case(
        "Water trains from [[Jolarpettai|Jolarpettai]] reached [[Chennai|Chennai]] as the city's "
        "reservoirs ran dry, the [[Tamil Nadu|Tamil Nadu]] government said."
    ),
    Case(
        "Tourists were stranded at the airport in [[Male|Male]], the capital of the "
        "[[Maldives|Maldives]], after protests over the election."
    ),
    Case(
        "The Times of India reported that a wall collapsed in [[Lucknow|Lucknow]], the capital of "
        "[[Uttar Pradesh|Uttar Pradesh]], killing nine workers."
    ),
    Case(
        "Pilgrims began the climb to the [[Amarnath|Amarnath]] cave shrine from base camps at "
        "[[Pahalgam|Pahalgam]] and [[Baltal|Baltal]] under heavy security."
    ),
    Case(
        "A boat capsized on the [[Brahmaputra|Brahmaputra]] near [[Guwahati|Guwahati]] in "
        "[[Assam|Assam]], and 30 passengers were missing."
    ),
    Case(
        "[[Islamabad|Islamabad]] protested after shells fired across the Line of Control killed three "
        "villagers in the [[Neelum Valley|Neelum Valley]]."
    ),
]

SOUTHEAST_ASIA = [
    Case(
        "A 7.5-magnitude earthquake and tsunami struck [[Palu|Palu]] on the island of "
        "[[Sulawesi|Sulawesi]], [[Indonesia|Indonesia]]'s disaster agency said. Rescue teams flew in "
        "from [[Jakarta|Jakarta]] and [[Makassar|Makassar]]."
    ),
    Case(
        "Ash from [[Mount Agung|Mount Agung]] shut the airport at [[Denpasar|Denpasar]], stranding "
        "59,000 travellers on [[Bali|Bali]]. Flights to [[Lombok|Lombok]] were also cancelled."
    ),
    Case(
        "Protesters set fire to the local parliament in [[Manokwari|Manokwari]], in "
        "[[West Papua|West Papua]] province, and unrest spread to [[Jayapura|Jayapura]]."
    ),
    Case(
        "Floods in [[Kelantan|Kelantan]] and [[Terengganu|Terengganu]] forced 50,000 people from their "
        "homes, [[Malaysian|Malaysia]] officials said. Roads to [[Kota Bharu|Kota Bharu]] were cut."
    ),
    Case(
        "[[Sabah|Sabah]] police said gunmen from the [[Sulu|Sulu]] archipelago seized two fishermen "
        "off [[Lahad Datu|Lahad Datu]] on Tuesday night."
    ),
    Case(
        "Typhoon Haiyan flattened [[Tacloban|Tacloban]] on the island of [[Leyte|Leyte]], and aid "
        "flights began landing in [[Cebu|Cebu]] three days later."
    ),
    Case(
        "Troops retook [[Marawi|Marawi]] on the southern island of [[Mindanao|Mindanao]] after a "
        "five-month siege, the [[Philippine|Philippines]] military said in [[Manila|Manila]]."
    ),
    Case(
        "A ferry capsized off [[San Jose|San Jose Mindoro]], [[Occidental Mindoro|Occidental Mindoro]], "
        "and the coast guard rescued 120 passengers."
    ),
    Case(
        "Divers rescued 12 boys and their coach from the [[Tham Luang|Tham Luang]] cave in "
        "[[Chiang Rai|Chiang Rai]] province, near [[Thailand|Thailand]]'s border with "
        "[[Myanmar|Myanmar]]."
    ),
    Case(
        "A bomb killed two rangers in [[Narathiwat|Narathiwat]], one of three southern provinces where "
        "insurgents have fought since 2004, along with [[Pattani|Pattani]] and [[Yala|Yala]]."
    ),
    Case(
        "Typhoon Damrey killed 27 people in [[Khanh Hoa|Khanh Hoa]] province and damaged hotels in "
        "[[Nha Trang|Nha Trang]], days before leaders arrived in [[Da Nang|Da Nang]] for a summit."
    ),
    Case(
        "Salt water pushed 90 km up the [[Mekong Delta|Mekong Delta]], ruining rice in "
        "[[Ben Tre|Ben Tre]] and [[Ca Mau|Ca Mau]], [[Vietnamese|Vietnam]] officials said."
    ),
    Case(
        "[[Cambodian|Cambodia]] authorities evicted families from land near [[Siem Reap|Siem Reap]], "
        "the gateway to the temples of [[Angkor|Angkor]]."
    ),
    Case(
        "Protesters marched in [[Yangon|Yangon]] and [[Mandalay|Mandalay]] against the coup, and police "
        "fired on a crowd in [[Monywa|Monywa]], in the [[Sagaing|Sagaing]] region."
    ),
    Case(
        "Commuters crossing the causeway from [[Johor Bahru|Johor Bahru]] into "
        "[[Singapore|Singapore]] faced three-hour queues after [[Malaysia|Malaysia]] tightened checks."
    ),
    Case(
        "Floods in [[Dili|Dili]], the capital of [[Timor-Leste|Timor-Leste]], killed 27 people and "
        "cut the road to [[Baucau|Baucau]]."
    ),
    Case(
        "A dam under construction collapsed in [[Attapeu|Attapeu]] province of [[Laos|Laos]], "
        "flooding six villages in [[Sanamxay|Sanamxay]] district."
    ),
    Case(
        "Protesters occupied the airport in [[Hong Kong|Hong Kong]] for a second day, and "
        "[[Beijing|Beijing]] warned of a firm response."
    ),
]

LATIN_AMERICA = [
    Case(
        "Students clashed with police in [[Santiago|Santiago Chile]] after the metro fare rose, and "
        "protests spread to [[Valparaiso|Valparaiso]] and [[Concepcion|Concepcion Chile]]."
    ),
    Case(
        "A fire at a cigar factory in [[Santiago de los Caballeros|Santiago de los Caballeros]], the "
        "[[Dominican Republic|Dominican Republic]]'s second city, killed four workers."
    ),
    Case(
        "Fires burned 30,000 hectares in the hills of [[Cordoba|Cordoba Argentina province]] province "
        "in central [[Argentina|Argentina]], near the town of [[Villa Carlos Paz|Villa Carlos Paz]]."
    ),
    Case(
        "Olive growers in [[Jaen|Jaen]] and [[Cordoba|Cordoba Spain]] say [[American|United States]] "
        "tariffs have cut their sales by a fifth."
    ),
    Case(
        "Flights from [[San Jose|San Jose Costa Rica]] to [[Managua|Managua]] were suspended as unrest "
        "in [[Nicaragua|Nicaragua]] spread, [[Costa Rican|Costa Rica]] officials said."
    ),
    Case(
        "Gunmen killed nine members of a family on a dirt road near [[Bavispe|Bavispe]], "
        "[[Sonora|Sonora]], close to the border with [[Chihuahua|Chihuahua state]], "
        "[[Mexican|Mexico]] officials said."
    ),
    Case(
        "The [[Popocatepetl|Popocatepetl]] volcano spewed ash over [[Puebla|Puebla]], and "
        "authorities in [[Mexico City|Mexico City]] warned residents to stay indoors."
    ),
    Case(
        "Migrants from [[Honduras|Honduras]] waded across the [[Suchiate|Suchiate]] river from "
        "[[Guatemala|Guatemala]] into [[Ciudad Hidalgo|Ciudad Hidalgo]], in the state of "
        "[[Chiapas|Chiapas]]."
    ),
    Case(
        "Thousands of asylum seekers waited in [[Tijuana|Tijuana]] to cross at "
        "[[San Ysidro|San Ysidro]] into [[California|California]]."
    ),
    Case(
        "The [[Volcan de Fuego|Volcan de Fuego]] erupted, burying villages near "
        "[[Escuintla|Escuintla]], and ash fell on the colonial city of [[Antigua|Antigua Guatemala]]."
    ),
    Case(
        "A gang killed 18 inmates at a prison in [[El Progreso|El Progreso]], near "
        "[[San Pedro Sula|San Pedro Sula]] in northern [[Honduras|Honduras]]."
    ),
    Case(
        "[[Colombian|Colombia]] troops clashed with dissidents in [[Cauca|Cauca]] department, and "
        "three wounded soldiers were flown to [[Cali|Cali]]."
    ),
    Case(
        "Thousands of [[Venezuelan|Venezuela]] migrants crossed the bridge from "
        "[[San Antonio del Tachira|San Antonio del Tachira]] into [[Cucuta|Cucuta]] on Friday."
    ),
    Case(
        "Blackouts hit [[Maracaibo|Maracaibo]] and the rest of [[Zulia|Zulia]] state for a fifth day, "
        "and looters emptied shops near the lake."
    ),
    Case(
        "A landslide buried homes in the [[Cusco|Cusco region]] region near "
        "[[Machu Picchu|Machu Picchu]], and trains from [[Ollantaytambo|Ollantaytambo]] were halted."
    ),
    Case(
        "Oil spilled from a pipeline into a tributary of the [[Amazon|Amazon River]] in [[Loreto|Loreto]], and "
        "indigenous leaders flew to [[Iquitos|Iquitos]] to demand a clean-up."
    ),
    Case(
        "A mining dam burst near [[Brumadinho|Brumadinho]] in [[Minas Gerais|Minas Gerais]] state, "
        "burying workers in mud, [[Brazilian|Brazil]] officials said."
    ),
    Case(
        "Fires spread across [[Rondonia|Rondonia]] and [[Para|Para state]], and smoke darkened the "
        "afternoon sky over [[Sao Paulo|Sao Paulo]]."
    ),
    Case(
        "Police in [[Rio de Janeiro|Rio de Janeiro]] killed 25 people in a raid on the "
        "[[Jacarezinho|Jacarezinho]] favela, the deadliest in the city's history."
    ),
    Case(
        "Supporters of the former president blocked roads out of [[El Alto|El Alto]], cutting fuel "
        "supplies to [[La Paz|La Paz Bolivia]], and clashed with police in [[Cochabamba|Cochabamba]]."
    ),
    Case(
        "The earthquake killed hundreds in [[Manabi|Manabi]] province. [[Pedernales|Pedernales]] and "
        "[[Portoviejo|Portoviejo]] were worst hit, and aid came in through [[Guayaquil|Guayaquil]]."
    ),
    Case(
        "Hurricane Matthew destroyed much of [[Jeremie|Jeremie]] and [[Les Cayes|Les Cayes]] in "
        "southwestern [[Haiti|Haiti]], and cholera cases rose within days."
    ),
    Case(
        "Police in [[Kingston|Kingston Jamaica]] imposed a curfew on parts of "
        "[[Spanish Town|Spanish Town]] after a wave of shootings in [[St Catherine|St Catherine]] parish."
    ),
    Case(
        "Hurricane Irma battered the north coast of [[Cuba|Cuba]], flooding the seafront in "
        "[[Havana|Havana]] and damaging hotels in [[Varadero|Varadero]]."
    ),
    Case(
        "Two climbers died on [[Aconcagua|Aconcagua]], the highest peak in the [[Andes|Andes]], rescuers "
        "in [[Mendoza|Mendoza city]] said."
    ),
    Case(
        "The [[Paraguay River|Paraguay River]] fell to its lowest level in half a century at "
        "[[Asuncion|Asuncion]], stranding barges bound for [[Concepcion|Concepcion Paraguay]]."
    ),
    Case(
        "Prosecutors in [[Lima|Lima]] charged two former mayors of [[Arequipa|Arequipa]] over a bridge "
        "contract, [[Peruvian|Peru]] media reported."
    ),
]

MIDDLE_EAST = [
    Case(
        "Clashes in [[Tripoli|Tripoli Lebanon]] between the [[Bab al-Tabbaneh|Bab al-Tabbaneh]] and "
        "[[Jabal Mohsen|Jabal Mohsen]] districts killed three people, the [[Lebanese|Lebanon]] army said."
    ),
    Case(
        "Government forces advanced on [[Maarat al-Numan|Maarat al-Numan]] in southern "
        "[[Idlib|Idlib province]] province, and tens of thousands fled towards the "
        "[[Turkish|Turkey]] border."
    ),
    Case(
        "[[Turkish|Turkey]] troops and allied [[Syrian|Syria]] fighters entered [[Ras al-Ain|Ras al-Ain]] "
        "and [[Tal Abyad|Tal Abyad]], [[Ankara|Ankara]] said."
    ),
    Case(
        "[[Iraqi|Iraq]] forces said they had cleared the last districts of western [[Mosul|Mosul]]. "
        "Families began returning from camps near [[Erbil|Erbil]] in the "
        "[[Kurdistan Region|Kurdistan Region]]."
    ),
    Case(
        "Protesters stormed the [[Iranian|Iran]] consulate in [[Basra|Basra]] after a summer without "
        "clean water, and workers blocked the port of [[Umm Qasr|Umm Qasr]]."
    ),
    Case(
        "[[Saudi|Saudi Arabia]]-led coalition air strikes hit the port of [[Hodeidah|Hodeidah]] on the "
        "[[Red Sea|Red Sea]], and the rebels in [[Sanaa|Sanaa]] said 20 civilians were killed."
    ),
    Case(
        "Separatists seized the presidential palace in [[Aden|Aden]], and the fighting spread to "
        "[[Abyan|Abyan]] province, residents said."
    ),
    Case(
        "Flash floods swept away a school bus near the [[Dead Sea|Dead Sea]], killing 21 people, "
        "[[Jordanian|Jordan]] officials said."
    ),
    Case(
        "Rockets fired from [[Gaza|Gaza]] struck [[Ashkelon|Ashkelon]] and [[Sderot|Sderot]], and "
        "[[Israeli|Israel]] jets hit targets in [[Khan Younis|Khan Younis]]."
    ),
    Case(
        "Settlers set fire to olive groves near [[Nablus|Nablus]] in the occupied "
        "[[West Bank|West Bank]], the [[Palestinian|Palestine]] agriculture ministry said."
    ),
    Case(
        "An earthquake struck [[Kermanshah|Kermanshah]] province near the border with "
        "[[Iraq|Iraq]], flattening homes in [[Sarpol-e Zahab|Sarpol-e Zahab]]."
    ),
    Case(
        "Protests over fuel prices broke out in [[Mashhad|Mashhad]] and [[Shiraz|Shiraz]], and "
        "[[Tehran|Tehran]] cut the internet across the country."
    ),
    Case(
        "Drone attacks set fire to oil plants at [[Abqaiq|Abqaiq]] and [[Khurais|Khurais]] in "
        "[[Saudi Arabia|Saudi Arabia]]'s [[Eastern Province|Eastern Province]]."
    ),
    Case(
        "[[Doha|Doha]] said the blockade by [[Saudi Arabia|Saudi Arabia]], the "
        "[[United Arab Emirates|United Arab Emirates]], [[Bahrain|Bahrain]] and [[Egypt|Egypt]] "
        "broke international law."
    ),
    Case(
        "A 6.8-magnitude quake struck [[Elazig|Elazig]] province in eastern [[Turkey|Turkey]], and "
        "buildings collapsed in [[Sivrice|Sivrice]] on the shore of [[Lake Hazar|Lake Hazar]]."
    ),
    Case(
        "Rescuers pulled a girl from the rubble in [[Izmir|Izmir]] four days after the quake, which "
        "was centred off the [[Greek|Greece]] island of [[Samos|Samos]]."
    ),
    Case(
        "The blast at the port of [[Beirut|Beirut]] was heard in [[Cyprus|Cyprus]], more than 200 km "
        "away, and shattered windows across the city."
    ),
    Case(
        "[[Washington|Washington]] recognised [[Israeli|Israel]] sovereignty over the "
        "[[Golan Heights|Golan Heights]], drawing protests from [[Damascus|Damascus]]."
    ),
    Case(
        "[[Oman|Oman]]'s sultan received the envoy in [[Muscat|Muscat]], and ships were told to avoid the "
        "[[Strait of Hormuz|Strait of Hormuz]] after a tanker was seized."
    ),
]

EASTERN_EUROPE = [
    Case(
        "Shelling killed two civilians in [[Avdiivka|Avdiivka]], near [[Donetsk|Donetsk]] in eastern "
        "[[Ukraine|Ukraine]], and monitors reported fighting near [[Mariupol|Mariupol]] on the "
        "[[Sea of Azov|Sea of Azov]]."
    ),
    Case(
        "[[Kiev|Kyiv]] accused [[Moscow|Moscow]] of sending tanks across the border near "
        "[[Luhansk|Luhansk]], and the [[Kremlin|Moscow]] denied it."
    ),
    Case(
        "[[Russian|Russia]] forces seized three [[Ukrainian|Ukraine]] navy ships in the "
        "[[Kerch Strait|Kerch Strait]] off [[Crimea|Crimea]] on Sunday."
    ),
    Case(
        "Protesters filled the streets of [[Minsk|Minsk]] for a fourth Sunday, and strikes spread to "
        "the potash mines at [[Soligorsk|Soligorsk]] and factories in [[Grodno|Grodno]]."
    ),
    Case(
        "Troops in [[Transnistria|Transnistria]], the breakaway strip of [[Moldova|Moldova]] on the "
        "[[Dniester|Dniester]] river, held exercises near [[Tiraspol|Tiraspol]]."
    ),
    Case(
        "[[Georgian|Georgia country]] police broke up a protest outside parliament in "
        "[[Tbilisi|Tbilisi]] against a visiting [[Russian|Russia]] lawmaker. [[Moscow|Moscow]] recognises "
        "[[Abkhazia|Abkhazia]] and [[South Ossetia|South Ossetia]] as states."
    ),
    Case(
        "Fighting over [[Nagorno-Karabakh|Nagorno-Karabakh]] intensified as shells fell on "
        "[[Stepanakert|Stepanakert]] and on the [[Azerbaijani|Azerbaijan]] city of [[Ganja|Ganja]]."
    ),
    Case(
        "Activists near [[Bialowieza|Bialowieza]] chained themselves to logging machines in the "
        "ancient forest on [[Poland|Poland]]'s border with [[Belarus|Belarus]]."
    ),
    Case(
        "Floods swept through villages in [[Suceava|Suceava]] county in northeastern "
        "[[Romania|Romania]] after days of rain, and the army built dams near [[Radauti|Radauti]]."
    ),
    Case(
        "[[Serbia|Serbia]] put its troops on alert after [[Kosovo|Kosovo]] police arrested ethnic "
        "Serbs in [[Mitrovica|Mitrovica]]."
    ),
    Case(
        "Migrants camped in the woods outside [[Velika Kladusa|Velika Kladusa]] and [[Bihac|Bihac]], "
        "hoping to cross into [[Croatia|Croatia]]."
    ),
    Case(
        "Wildfires burned across [[Yakutia|Yakutia]], and smoke from [[Siberia|Siberia]] hung over "
        "[[Yakutsk|Yakutsk]] for a week."
    ),
    Case(
        "An airliner landed in a cornfield after birds hit its engines on take-off from "
        "[[Zhukovsky|Zhukovsky]] airport outside [[Moscow|Moscow]], and all 233 people survived."
    ),
    Case(
        "[[Lithuania|Lithuania]] began building a fence on its border with [[Belarus|Belarus]] after "
        "migrants crossed near [[Druskininkai|Druskininkai]]."
    ),
    Case(
        "[[Hungarian|Hungary]] police stopped refugees at the border near [[Roszke|Roszke]], and "
        "thousands waited in [[Horgos|Horgos]] on the [[Serbian|Serbia]] side."
    ),
    Case(
        "Prosecutors in [[Skopje|Skopje]] said the vote in [[North Macedonia|North Macedonia]] was "
        "fair, and observers in [[Ohrid|Ohrid]] agreed."
    ),
]

AUSTRALIA = [
    Case(
        "Bushfires in [[New South Wales|New South Wales]] destroyed 200 homes around "
        "[[Batemans Bay|Batemans Bay]], and 4,000 people fled to the beach at "
        "[[Mallacoota|Mallacoota]] across the border in [[Victoria|Victoria Australia]]."
    ),
    Case(
        "[[Perth|Perth Australia]] recorded its hottest December day, and fires burned near "
        "[[Bunbury|Bunbury]], south of the [[Western Australia|Western Australia]] capital."
    ),
    Case(
        "Cyclone Debbie crossed the [[Queensland|Queensland]] coast near [[Airlie Beach|Airlie Beach]], "
        "cutting power to [[Mackay|Mackay]] and [[Bowen|Bowen]]."
    ),
    Case(
        "[[Canberra|Canberra]] said it would send two frigates to the "
        "[[South China Sea|South China Sea]], and [[Beijing|Beijing]] warned against interference."
    ),
    Case(
        "A crocodile took a fisherman on the [[Adelaide River|Adelaide River]] south of "
        "[[Darwin|Darwin]], [[Northern Territory|Northern Territory]] police said."
    ),
    Case(
        "Firefighters battled blazes in the southwest of [[Tasmania|Tasmania]], and smoke drifted over "
        "[[Hobart|Hobart]]."
    ),
    Case(
        "A storm cut power to all of [[South Australia|South Australia]], from "
        "[[Adelaide|Adelaide]] to [[Port Augusta|Port Augusta]]."
    ),
    Case(
        "The [[Victoria|Victoria Australia]] premier ordered a lockdown of [[Melbourne|Melbourne]] and "
        "the town of [[Shepparton|Shepparton]] after new cases."
    ),
    Case(
        "An earthquake struck the highlands of [[Papua New Guinea|Papua New Guinea]], killing 31 "
        "people in [[Hela|Hela]] province near [[Tari|Tari]], officials in "
        "[[Port Moresby|Port Moresby]] said."
    ),
    Case(
        "A gunman attacked two mosques in [[Christchurch|Christchurch]], [[New Zealand|New Zealand]], "
        "killing 51 worshippers."
    ),
    Case(
        "Gold miners in [[Kalgoorlie|Kalgoorlie]] walked off the job, and the union said the dispute "
        "could spread to the [[Pilbara|Pilbara]]."
    ),
    Case(
        "The Sydney Morning Herald reported that the reef off [[Cairns|Cairns]] had lost half its coral, "
        "and scientists in [[Townsville|Townsville]] agreed."
    ),
]

CANADA = [
    Case(
        "A ferry from [[Vancouver|Vancouver]] to [[Victoria|Victoria BC]] struck the dock at "
        "[[Swartz Bay|Swartz Bay]], [[British Columbia|British Columbia]] officials said."
    ),
    Case(
        "Students in [[Kingston|Kingston Ontario]], [[Ontario|Ontario]], returned to class after the "
        "strike ended."
    ),
    Case(
        "Wildfire forced the evacuation of [[Fort McMurray|Fort McMurray]], and oil sands plants north "
        "of the city shut down, [[Alberta|Alberta]] officials said in [[Edmonton|Edmonton]]."
    ),
    Case(
        "Floods on the [[Ottawa River|Ottawa River]] forced evacuations in [[Gatineau|Gatineau]] and "
        "[[Rigaud|Rigaud]], [[Quebec|Quebec]], and soldiers filled sandbags."
    ),
    Case(
        "A gunman killed 22 people in rural [[Nova Scotia|Nova Scotia]], starting in "
        "[[Portapique|Portapique]] and ending at a petrol station in [[Enfield|Enfield NS]]."
    ),
    Case(
        "[[Ottawa|Ottawa]] expelled four [[Russian|Russia]] diplomats, and the prime minister said "
        "[[Canada|Canada]] stood with [[Britain|United Kingdom]]."
    ),
    Case(
        "A train derailed near [[Churchill|Churchill]], [[Manitoba|Manitoba]], cutting the only land "
        "link to the town on [[Hudson Bay|Hudson Bay]]."
    ),
    Case(
        "A bus carrying the Humboldt Broncos collided with a truck near [[Tisdale|Tisdale]], "
        "[[Saskatchewan|Saskatchewan]], killing 16 people."
    ),
    Case(
        "Snow buried [[St. John's|St. John's]], and [[Newfoundland and Labrador|Newfoundland and Labrador]] "
        "declared a state of emergency."
    ),
    Case(
        "[[Iqaluit|Iqaluit]], the capital of [[Nunavut|Nunavut]], ran short of drinking water after fuel "
        "was found in its tanks."
    ),
    Case(
        "The Toronto Raptors beat the Golden State Warriors to win their first NBA title, and fans "
        "poured into the streets of [[Toronto|Toronto]]."
    ),
]

# People, teams, firms, papers and banks that contain a place word: nothing in them is a place.
NEGATIVES = [
    Case(
        "Real Madrid agreed to pay 45 million euros for the forward, the club said. He will join the "
        "squad in [[Madrid|Madrid]] in July."
    ),
    Case("Paris Hilton opened a store in the biggest mall in [[Dubai|Dubai]] on Thursday."),
    Case(
        "The Washington Post reported that the [[Saudi|Saudi Arabia]] journalist was killed inside "
        "the consulate in [[Istanbul|Istanbul]]."
    ),
    Case("The Bank of England and the Reserve Bank of India both held interest rates on Thursday."),
    Case(
        "Lawyers for Florence Adeyemi, a nurse from [[Lagos|Lagos]], said she would appeal the "
        "verdict."
    ),
    Case("Georgia Mensah, a teacher in [[Accra|Accra]], won the national prize for science teaching."),
    Case(
        "Qatar Airways and Kenya Airways cancelled their flights to [[Juba|Juba]] after fighting near "
        "the airport."
    ),
    Case("Lord Kingston, the peer, said the inquiry had been too slow."),
    Case("Jordan Henderson scored twice as Liverpool beat Chelsea."),
    Case("Santiago Ramos, a lawyer for the family, said the autopsy raised new questions."),
]

CASES: list[Case] = [
    *AFRICA,
    *SOUTH_ASIA,
    *SOUTHEAST_ASIA,
    *LATIN_AMERICA,
    *MIDDLE_EAST,
    *EASTERN_EUROPE,
    *AUSTRALIA,
    *CANADA,
    *NEGATIVES,
]
