# declarative table: the leads of the 2004 Africa and Americas blind set.
"""The leads of the blind set of real 2004 wire stories on Africa, the Americas and international bodies,
kept apart from their tests for length. Every lead, actor code and gold event was written by hand, from memory
of the period's news, by events_guidelines.md and the CAMEO codebook before the coder's output on them was
seen; no article text is copied. The corpus's apostrophe noise comes both as "Sudan #39;s" (an export's space
for the lost "&") and glued, "Sudan#39;s"."""

from __future__ import annotations

from tests.understand.actors.lead_sets import Lead

# fmt: off
LEADS: tuple[Lead, ...] = (
    # Sudan: Darfur, the north-south talks
    Lead("d-khartoum-annan", "Annan presses Sudan on militias", "KHARTOUM (Reuters) - U.N. "
         "Secretary-General Kofi Annan urged Sudan#39;s government on Wednesday to disarm the Janjaweed "
         "militias blamed for atrocities in Darfur, as he began a two-day visit to the country.",
         ("Kofi Annan=IGOUNO", "Janjaweed=SDNREB"),
         gold=("IGOUNO>SDNGOV:02|020|025|10|100|105", "IGOUNO>SDN:04|042"), ok=(">SDNREB:11|112",),
         kind="dl"),
    Lead("b-nyala-raid", "Militia raid kills 15 in Darfur", "Janjaweed militiamen on horseback raided a "
         "village in South Darfur on Monday, killing at least 15 people and burning huts, African Union "
         "monitors said.", ("Janjaweed militiamen=SDNREB", "African Union=IGOAFRAU"),
         gold=("SDNREB>SDN:18|180|19|190|20|200|202|17|171",), kind="bare"),
    Lead("d-abuja-walkout", "Darfur talks collapse", "ABUJA (Reuters) - Darfur rebels walked out of African "
         "Union-sponsored peace talks with the Sudanese government in Abuja on Friday, accusing Khartoum of "
         "bombing villages during a ceasefire.",
         ("Darfur rebels=SDNREB", "Sudanese government=SDNGOV", "Khartoum=SDNGOV"),
         gold=("SDNREB>SDNGOV:16|164|160|12|120", "SDNREB>SDNGOV:11|112|1123"),
         ok=("SDNREB>SDNGOV:04|046", "SDNGOV>SDNREB:04|046"), kind="dl"),
    Lead("b-sla-police", "Rebels kill policemen in Darfur", "Rebels of the Sudan Liberation Army attacked a "
         "police station in North Darfur on Saturday, killing four policemen, the Sudanese army said.",
         ("Sudan Liberation Army=SDNREB", "policemen=SDNCOP", "Sudanese army=SDNMIL"),
         gold=("SDNREB>SDNCOP:18|180|19|190",), kind="bare"),
    Lead("d-ndjamena-jem", "JEM accuses army", "N'DJAMENA (Reuters) - The Justice and Equality Movement, "
         "one of two rebel groups in Darfur, accused Sudanese government forces on Tuesday of attacking its "
         "positions in violation of a ceasefire signed in Chad in April.",
         ("Justice and Equality Movement=SDNREB", "Sudanese government forces=SDNMIL"),
         gold=("SDNREB>SDNMIL:11|112|1123",), kind="dl"),
    Lead("d-washington-genocide", "Powell: genocide in Darfur", "WASHINGTON (Reuters) - Secretary of State "
         "Colin Powell said on Thursday that genocide had been committed in Darfur and that Sudan #39;s "
         "government and the Janjaweed militias bore responsibility.",
         ("Colin Powell=USAGOV", "Janjaweed militias=SDNREB"),
         gold=("USAGOV>SDNGOV:11|112|1122|1124", "USAGOV>SDNREB:11|112|1122|1124"), kind="dl"),
    Lead("d-un-oil-threat", "U.N. threatens Sudan with sanctions", "UNITED NATIONS (Reuters) - The U.N. "
         "Security Council on Friday threatened Sudan with oil sanctions if it failed to rein in the "
         "militias in Darfur, in a resolution passed 11-0 with four abstentions.",
         ("U.N. Security Council=IGOUNO", "Sudan=SDN"), gold=("IGOUNO>SDN:13|130|131|1312",), kind="dl"),
    Lead("c-pronk-fails", "U.N. envoy faults Khartoum", "AP - The U.N. envoy to Sudan, Jan Pronk, said "
         "Thursday that the government had failed to stop attacks on civilians in Darfur and that militias "
         "were still burning villages.", ("Jan Pronk=IGOUNO", "militias=SDNREB"),
         gold=("IGOUNO>SDNGOV:11|111|112",), ok=("SDNREB>SDN:17|171|18|180|19|190",), kind="credit"),
    Lead("c-au-expand", "AU to expand Darfur force", "Reuters - The African Union said on Wednesday it "
         "would expand its force in Darfur to more than 3,000 troops to protect civilians and monitor a "
         "shaky ceasefire.", ("African Union=IGOAFRAU",), gold=("IGOAFRAU>SDN:03|033|0334|07|074|15|154",),
         kind="credit"),
    Lead("b-bashir-rejects", "Bashir rejects foreign troops", "Sudanese President Omar al-Bashir rejected "
         "on Sunday any deployment of foreign troops in Darfur, saying his government could restore "
         "security in the region on its own.", ("Omar al-Bashir=SDNGOV",), gold=("SDNGOV>:12|120|124",),
         kind="bare"),
    Lead("c-ismail-votes", "Sudan says U.S. plays politics", "Reuters - Sudan#39;s Foreign Minister Mustafa "
         "Osman Ismail accused the United States on Tuesday of using the Darfur crisis to win votes in the "
         "November election.", ("Mustafa Osman Ismail=SDNGOV", "United States=USA"),
         gold=("SDNGOV>USA:11|112",), kind="credit"),
    Lead("c-chad-refugees", "Refugees stream into Chad", "AP - Thousands more refugees from Darfur streamed "
         "across the border into eastern Chad this week, where aid agencies are struggling to feed some "
         "180,000 people living in camps.", ("refugees from Darfur=SDNREF",), kind="credit"),
    Lead("b-konare-small", "AU chief says Darfur force must grow", "African Union Commission chairman Alpha "
         "Oumar Konare said on Monday the 300-strong protection force in Darfur was far too small to "
         "protect civilians in a region the size of France.", ("Alpha Oumar Konare=IGOAFRAU",), kind="bare"),
    Lead("b-darfur-analysis", "Analysis: Darfur tests Africa's new union", "The crisis in Darfur has become "
         "the first real test of the African Union #39;s ambition to solve the continent #39;s conflicts "
         "without Western troops, analysts say.", ("African Union=IGOAFRAU",), kind="bare"),
    Lead("b-nigerian-troops", "Nigerian troops arrive in Darfur", "The first of 150 Nigerian soldiers "
         "landed in Darfur on Saturday to protect African Union ceasefire monitors, a week after Sudan "
         "agreed to let them in.", ("Nigerian soldiers=NGAMIL", "African Union=IGOAFRAU", "Sudan=SDN"),
         gold=("NGAMIL>SDN:07|074|15|154|150",), ok=("NGAMIL>IGOAFRAU:07|074", "SDN>NGA:08|086|0861|03|030"),
         kind="bare"),
    Lead("b-sudan-expels", "Sudan expels British aid chiefs", "Sudan ordered the heads of two British aid "
         "agencies to leave the country on Monday, accusing them of making political statements about "
         "Darfur.", ("Sudan=SDN", "British aid agencies=GBRNGO"),
         gold=("SDN>GBRNGO:17|174|16|166|1663", "SDN>GBRNGO:11|112"), kind="bare"),
    Lead("b-eu-warns", "EU warns Sudan of sanctions", "The European Union warned Sudan on Monday it could "
         "face sanctions unless it disarmed the Arab militias in Darfur, but stopped short of imposing them.",
         ("European Union=IGOEUREEC", "Sudan=SDN", "Arab militias=SDNREB"),
         gold=("IGOEUREEC>SDN:13|130|131|1312",), kind="bare"),
    Lead("b-powell-camp", "Powell tours Darfur camp", "Secretary of State Colin Powell toured a camp for "
         "displaced people in Darfur on Wednesday and told Sudan #39;s government to rein in the militias or "
         "face action by the U.N. Security Council.",
         ("Colin Powell=USAGOV", "militias=SDNREB", "U.N. Security Council=IGOUNO"),
         gold=("USAGOV>SDN:04|042", "USAGOV>SDNGOV:13|130|139|10|100|105"), kind="bare"),
    Lead("c-bush-darfur-aid", "Bush signs Darfur aid bill", "AFP - President George W. Bush signed a law on "
         "Thursday granting 95 million dollars in humanitarian aid for Darfur, and called on Khartoum to "
         "stop the killing.", ("George W. Bush=USAGOV", "Khartoum=SDNGOV"),
         gold=("USAGOV>SDN:07|073|070|03|033|0333", "USAGOV>SDNGOV:02|020|025|10|100|105"), kind="credit"),
    Lead("b-amnesty-rape", "Amnesty accuses Sudan forces of rape", "Amnesty International accused Sudanese "
         "troops and the Janjaweed militia on Monday of raping hundreds of women in Darfur, and urged the "
         "government to bring those responsible to justice.",
         ("Amnesty International=NGO", "Sudanese troops=SDNMIL", "Janjaweed militia=SDNREB"),
         gold=("NGO>SDNMIL:11|112|1122", "NGO>SDNREB:11|112|1122", "NGO>SDNGOV:02|020|10|100|104|105"),
         kind="bare"),
    Lead("d-naivasha-deal", "Sudan, southern rebels sign power-sharing deal", "NAIVASHA, Kenya (Reuters) - "
         "Sudanese Vice President Ali Osman Taha and southern rebel leader John Garang signed agreements on "
         "power-sharing on Wednesday, bringing an end to Africa#39;s longest civil war closer.",
         ("Ali Osman Taha=SDNGOV", "John Garang=SDNREB"),
         gold=("SDNGOV>SDNREB:05|057|06|03|030", "SDNREB>SDNGOV:05|057|06|03|030"), kind="dl"),
    Lead("d-rome-wfp", "WFP appeals for Chad funds", "ROME (Reuters) - The World Food Programme appealed on "
         "Tuesday for 50 million dollars to feed Darfur refugees in Chad, saying its stocks would run out "
         "within weeks.", ("World Food Programme=IGOUNO",), gold=("IGOUNO>:02|020|021|023|0231",), kind="dl"),
    Lead("d-geneva-icrc", "Red Cross pulls staff from camp", "GENEVA (Reuters) - The International "
         "Committee of the Red Cross said on Thursday it had pulled its foreign staff out of a camp in "
         "Darfur after gunmen attacked one of its convoys.",
         ("International Committee of the Red Cross=NGO",),
         gold=("NGO>SDN:16|166|160|08|087", ">NGO:18|180|19|190"), kind="dl"),
    Lead("c-us-could", "U.S. weighs Sudan oil sanctions", "Reuters - The United States could seek U.N. "
         "sanctions against Sudan #39;s oil industry if Khartoum fails to stop the violence in Darfur, a "
         "senior U.S. official said on Monday.", ("Khartoum=SDNGOV", "senior U.S. official=USAGOV"),
         kind="credit"),
    Lead("d-brussels-solana", "EU to fund AU Darfur mission", "BRUSSELS (Reuters) - EU foreign policy chief "
         "Javier Solana said on Tuesday the bloc would give 80 million euros to fund the African Union#39;s "
         "peacekeeping mission in Darfur.", ("Javier Solana=IGOEUREEC", "African Union=IGOAFRAU"),
         gold=("IGOEUREEC>IGOAFRAU:03|033|0331|07|071",), kind="dl"),
    # Ivory Coast
    Lead("d-abidjan-airforce", "France wipes out Ivorian air force", "ABIDJAN (Reuters) - French troops "
         "destroyed Ivory Coast #39;s small air force on Saturday, hours after Ivorian warplanes bombed a "
         "French base in the rebel-held north and killed nine French soldiers.",
         ("French troops=FRAMIL", "Ivorian warplanes=CIVMIL", "French soldiers=FRAMIL"),
         gold=("FRAMIL>CIV:19|190|195|17|171|1712", "CIV>FRAMIL:19|190|195|18|180|183"), kind="dl"),
    Lead("d-accra-summit", "Ivory Coast foes agree to revive peace plan", "ACCRA (Reuters) - Ivory Coast "
         "President Laurent Gbagbo and rebel leader Guillaume Soro agreed on Friday at a summit in the "
         "Ghanaian capital to resume a stalled peace process, West African officials said.",
         ("Laurent Gbagbo=CIVGOV", "Guillaume Soro=CIVREB"),
         gold=("CIVGOV>CIVREB:03|030|036|037|05|057|06", "CIVREB>CIVGOV:03|030|036|037|05|057|06"),
         ok=("CIVGOV>CIVREB:04|040|044", "CIVREB>CIVGOV:04|040|044"), kind="dl"),
    Lead("c-abidjan-curfew", "Curfew in Abidjan after riots", "AFP - Ivory Coast #39;s government imposed a "
         "nighttime curfew on Abidjan on Sunday after thousands of young government supporters rampaged "
         "through the city, attacking French homes and schools.", ("government supporters=CIV",),
         gold=("CIVGOV>CIV:17|172|1723", "CIV>FRA:14|145|18|180|17|171"), kind="credit"),
    Lead("c-annan-embargo", "Annan calls for Ivory Coast arms embargo", "Reuters - U.N. Secretary-General "
         "Kofi Annan called on Monday for an arms embargo on Ivory Coast and urged President Laurent Gbagbo "
         "to halt attacks on rebel-held areas.", ("Kofi Annan=IGOUNO", "Laurent Gbagbo=CIVGOV"),
         gold=("IGOUNO>CIV:02|020|025|10|100|101|105",), kind="credit"),
    Lead("c-mbeki-abidjan", "Mbeki in Abidjan to save peace deal", "AFP - South African President Thabo "
         "Mbeki flew to Abidjan on Tuesday on an African Union mission to revive Ivory Coast #39;s peace "
         "process, meeting President Laurent Gbagbo for three hours.",
         ("Thabo Mbeki=ZAFGOV", "African Union=IGOAFRAU", "Laurent Gbagbo=CIVGOV"),
         gold=("ZAFGOV>CIV:04|042|040|045", "CIVGOV>ZAFGOV:04|040|043"), kind="credit"),
    Lead("b-un-ivory-embargo", "U.N. imposes arms embargo on Ivory Coast", "The U.N. Security Council voted "
         "unanimously on Monday to impose an immediate arms embargo on Ivory Coast and threatened travel "
         "bans on those blocking peace.", ("U.N. Security Council=IGOUNO", "Ivory Coast=CIV"),
         gold=("IGOUNO>CIV:16|163|160", "IGOUNO>CIV:13|131|1312|130"), ok=("IGOUNO>:13|131|1312",),
         kind="bare"),
    Lead("b-french-evacuate", "France flies citizens out of Ivory Coast", "French military planes flew "
         "hundreds of French and other foreign nationals out of Abidjan on Wednesday after days of "
         "anti-French riots.", (), kind="bare"),
    Lead("d-abidjan-radio", "Ivory Coast cuts foreign radio", "ABIDJAN (AFP) - Ivorian authorities cut the "
         "FM signals of Radio France Internationale and the BBC on Saturday, accusing them of inciting "
         "unrest.", ("Ivorian authorities=CIVGOV", "Radio France Internationale=FRAMED", "BBC=GBRMED"),
         gold=("CIVGOV>FRAMED:17|172|1721|170", "CIVGOV>GBRMED:17|172|1721|170", "CIVGOV>FRAMED:11|112",
               "CIVGOV>GBRMED:11|112"),
         kind="dl"),
    # Congo, Rwanda, Burundi, Uganda
    Lead("d-kinshasa-bukavu", "Renegade troops seize Bukavu", "KINSHASA (Reuters) - Renegade soldiers led "
         "by General Laurent Nkunda seized the eastern Congolese town of Bukavu on Wednesday, defying U.N. "
         "peacekeepers and the government of President Joseph Kabila.",
         ("Renegade soldiers=CODREB", "Laurent Nkunda=CODREB", "U.N. peacekeepers=IGOUNO",
               "Joseph Kabila=CODGOV"),
         gold=("CODREB>COD:19|192|190",), ok=("CODREB>IGOUNO:12|128|120", "CODREB>CODGOV:12|128|120"),
         kind="dl"),
    Lead("d-kinshasa-protest", "Troops fire on Kinshasa protesters", "KINSHASA (AFP) - Congolese troops "
         "opened fire on protesters who attacked U.N. buildings in Kinshasa on Thursday, angry that "
         "peacekeepers had failed to prevent the fall of Bukavu, witnesses said.",
         ("Congolese troops=CODMIL", "protesters=CODCVL"),
         gold=("CODMIL>CODCVL:18|180|17|175|19|190", "CODCVL>IGOUNO:14|145|18|180|17|171"), kind="dl"),
    Lead("d-kigali-threat", "Rwanda threatens to enter Congo", "KIGALI (Reuters) - Rwanda threatened on "
         "Tuesday to send troops into neighbouring Congo to hunt down Hutu rebels it blames for the 1994 "
         "genocide, drawing a warning from the United Nations.",
         ("Rwanda=RWA", "Congo=COD", "Hutu rebels=RWAREB", "United Nations=IGOUNO"),
         gold=("RWA>COD:13|130|138|1384",), ok=("RWA>RWAREB:13|138|130", "IGOUNO>RWA:13|130|11|111|02|020"),
         kind="dl"),
    Lead("b-kabila-accuses", "Kabila accuses Rwanda", "Congo#39;s President Joseph Kabila accused Rwanda on "
         "Thursday of sending troops across the border to back renegade soldiers in the east, and ordered "
         "10,000 troops to the region.", ("Joseph Kabila=CODGOV", "Rwanda=RWA"),
         gold=("CODGOV>RWA:11|112|1123", "CODGOV>:15|154|150"), kind="bare"),
    Lead("c-kagame-denies", "Kagame denies troops in Congo", "AP - Rwandan President Paul Kagame denied "
         "Friday that his troops had crossed into Congo, calling the charges a smokescreen for "
         "Kinshasa #39;s failure to disarm Hutu militias.", ("Paul Kagame=RWAGOV", "Hutu militias=RWAREB"),
         gold=("RWAGOV>COD:12|120|11|111",), kind="credit"),
    Lead("c-monuc-ituri", "Peacekeepers kill militiamen", "AFP - U.N. peacekeepers in northeastern Congo "
         "killed four militiamen in a gunbattle in the Ituri district on Saturday after the fighters fired "
         "on a patrol, a U.N. spokesman said.",
         ("U.N. peacekeepers=IGOUNO", "militiamen=CODREB", "U.N. spokesman=IGOUNO"),
         gold=("IGOUNO>CODREB:18|180|19|190", "CODREB>IGOUNO:19|190|18|180"), kind="credit"),
    Lead("b-un-congo-troops", "U.N. council adds Congo troops", "The U.N. Security Council voted on Friday "
         "to add 5,900 troops to its peacekeeping mission in Congo, fewer than half the number "
         "Secretary-General Kofi Annan had requested.", ("U.N. Security Council=IGOUNO", "Kofi Annan=IGOUNO"),
         gold=("IGOUNO>COD:07|074|03|033|0334|08|086",), ok=("IGOUNO>IGOUNO:10|02",), kind="bare"),
    Lead("b-ruberwa-quits", "Congo vice-president suspends role", "Congo#39;s Vice-President Azarias "
         "Ruberwa suspended his participation in the transitional government on Monday, protesting the "
         "killing of Congolese Tutsi refugees in Burundi.", ("Azarias Ruberwa=CODGOV",),
         gold=("CODGOV>CODGOV:16|160|14|140",), kind="bare"),
    Lead("d-bujumbura-gatumba", "Burundi rebels claim refugee massacre", "BUJUMBURA (Reuters) - "
         "Burundi #39;s Hutu rebel Forces for National Liberation said on Saturday it carried out the "
         "massacre of more than 150 Congolese Tutsi refugees at the Gatumba camp, near the border with "
         "Congo.", ("Forces for National Liberation=BDIREB", "Congolese Tutsi refugees=CODREF"),
         gold=("BDIREB>CODREF:20|202|200|18|180",), kind="dl"),
    Lead("b-burundi-army", "Burundi army kills rebels", "Burundi#39;s army said on Tuesday it had killed 20 "
         "rebels of the Forces for National Liberation in fighting in the hills around the capital "
         "Bujumbura.", ("army=BDIMIL", "Forces for National Liberation=BDIREB"),
         gold=("BDIMIL>BDIREB:19|190|18|180",), ok=("BDIREB>BDIMIL:19|190",), kind="bare"),
    Lead("d-gulu-camp", "LRA kills 190 in camp", "GULU, Uganda (Reuters) - Lord #39;s Resistance Army rebels "
         "killed more than 190 people in an attack on a camp for displaced people in northern Uganda, "
         "survivors said on Sunday.", ("Resistance Army=UGAREB",),
         gold=("UGAREB>UGA:18|180|20|202|200|19|190",), kind="dl"),
    Lead("c-museveni-truce", "Museveni declares limited truce", "Reuters - Uganda#39;s President Yoweri "
         "Museveni declared a limited ceasefire on Sunday in part of the north to allow Lord#39;s "
         "Resistance Army rebels to gather for peace talks, mediator Betty Bigombe said.",
         ("Yoweri Museveni=UGAGOV", "Resistance Army=UGAREB", "Betty Bigombe=UGA"),
         gold=("UGAGOV>UGAREB:08|087|0871",), kind="credit"),
    Lead("b-icc-uganda", "ICC opens Uganda investigation", "The International Criminal Court #39;s chief "
         "prosecutor Luis Moreno Ocampo opened a formal investigation on Thursday into crimes committed by "
         "the Lord #39;s Resistance Army in northern Uganda.",
         ("International Criminal Court=IGO", "Luis Moreno Ocampo=IGO", "Resistance Army=UGAREB"),
         gold=("IGO>UGAREB:09|090|091|094",), kind="bare"),
    Lead("b-rwanda-mourns", "Rwanda remembers genocide", "Rwandans gathered in stadiums across the country "
         "on Wednesday to mourn the 800,000 people killed in the 1994 genocide, ten years after the "
         "slaughter began.", ("Rwandans=RWA",), kind="bare"),
    Lead("c-congo-cholera", "Cholera kills 40 in Congo camp", "AP - A cholera outbreak has killed at least "
         "40 people in a crowded refugee camp in eastern Congo, the World Health Organization said Tuesday.",
         ("World Health Organization=IGO",), kind="credit"),
    Lead("c-lake-victoria", "Boat capsizes on Lake Victoria", "Reuters - At least 30 people drowned when an "
         "overloaded boat capsized on Lake Victoria off the Ugandan shore, police said on Friday.", (),
         kind="credit"),
    # Horn and East Africa
    Lead("d-nairobi-yusuf", "Somali MPs elect warlord president", "NAIROBI (Reuters) - Somalia #39;s new "
         "parliament elected warlord Abdullahi Yusuf Ahmed as president on Sunday, in the 14th attempt to "
         "form a central government since 1991.", ("Abdullahi Yusuf Ahmed=SOMGOV",), kind="dl"),
    Lead("b-yusuf-sworn", "Somalia's new president sworn in", "Abdullahi Yusuf Ahmed was sworn in as "
         "Somalia#39;s president in Nairobi on Thursday and appealed to the world for 20,000 peacekeepers "
         "to help him disarm the militias.", ("Abdullahi Yusuf Ahmed=SOMGOV",),
         gold=("SOMGOV>:02|020|021|023|0234",), kind="bare"),
    Lead("c-somali-parliament", "Somali leaders agree on parliament", "AP - Somali warlords and politicians "
         "meeting in Kenya signed a deal on Thursday to set up a 275-seat transitional parliament, the "
         "latest step in a two-year peace process.", ("Somali warlords=SOM",),
         gold=("SOM>SOM:05|057|06|03|030",), ok=("SOM>SOM:04|040|044",), kind="credit"),
    Lead("d-nairobi-clay", "British envoy blasts Kenyan graft", "NAIROBI (Reuters) - Britain#39;s envoy to "
         "Kenya, Edward Clay, accused government ministers on Tuesday of looting public funds and said "
         "corruption was eating away at President Mwai Kibaki#39;s reform drive.",
         ("Edward Clay=GBRGOV", "government ministers=KENGOV", "Mwai Kibaki=KENGOV"),
         gold=("GBRGOV>KENGOV:11|111|112|1121",), kind="dl"),
    Lead("c-maathai-nobel", "Kenyan ecologist wins Nobel", "AP - Kenyan environmentalist Wangari Maathai "
         "won the Nobel Peace Prize on Friday, the first African woman to receive the award.",
         ("Wangari Maathai=KEN",), kind="credit"),
    Lead("b-kenya-drought", "Kenya declares drought a disaster", "Kenya#39;s government declared the "
         "drought in the country#39;s north a national disaster on Tuesday and said 2.3 million people "
         "needed food aid.", ("government=KENGOV",), ok=("KENGOV>:02|023",), kind="bare"),
    Lead("c-awori-aid", "Kenya expects more aid", "Reuters - Kenya #39;s Vice President Moody Awori said on "
         "Tuesday he was confident the country would receive more donor aid once new anti-graft laws took "
         "effect.", ("Moody Awori=KENGOV",), kind="credit"),
    # Nigeria, West Africa
    Lead("d-lagos-strike", "Nigeria strike shuts Lagos", "LAGOS (Reuters) - Nigeria#39;s main labour union "
         "launched a four-day general strike on Monday to protest against higher fuel prices, shutting "
         "banks and markets in the commercial capital.", ("labour union=NGALAB",),
         gold=("NGALAB>:14|143|140",), kind="dl"),
    Lead("c-strike-off", "Nigeria unions call off strike", "AFP - Nigeria #39;s labour leaders suspended a "
         "general strike on Thursday after the government agreed to cut fuel prices, union leader Adams "
         "Oshiomhole said.", ("labour leaders=NGALAB", "Adams Oshiomhole=NGALAB"),
         gold=("NGALAB>NGAGOV:08|080", "NGAGOV>NGALAB:08|080|083|03|030|06|061"), kind="credit"),
    Lead("d-ph-asari", "Delta militia threatens oil", "PORT HARCOURT, Nigeria (Reuters) - Militia leader "
         "Mujahid Dokubo-Asari threatened on Tuesday to attack oil installations in the Niger Delta unless "
         "the government pulled its troops out of the region.", ("Mujahid Dokubo-Asari=NGAREB",),
         gold=("NGAREB>NGAGOV:13|130|138|1383|139",), ok=("NGAREB>NGAGOV:10|105",), kind="dl"),
    Lead("d-abuja-plateau", "Obasanjo declares emergency in Plateau", "ABUJA (AFP) - President Olusegun "
         "Obasanjo declared a state of emergency in central Plateau state on Tuesday and suspended its "
         "governor, after Muslim-Christian clashes that killed hundreds.",
         ("Olusegun Obasanjo=NGAGOV", "governor=NGAGOV"), gold=("NGAGOV>NGA:17|172|1724|170",),
         ok=(">NGA:19|190|18|180|20|200|14|145",), kind="dl"),
    Lead("b-halliburton", "Nigeria questions Halliburton staff", "Nigeria#39;s anti-corruption police "
         "questioned officials of U.S. oil services firm Halliburton on Tuesday over allegations that 180 "
         "million dollars in bribes were paid to win a gas plant contract.",
         ("anti-corruption police=NGACOP", "Halliburton=USABUS"), gold=("NGACOP>USABUS:09|090|091",),
         kind="bare"),
    Lead("b-chevron-delta", "Youths seize Chevron stations", "ChevronTexaco said on Wednesday it had shut "
         "in 30,000 barrels a day of oil production in Nigeria after armed youths occupied three of its "
         "flow stations in the delta.", ("ChevronTexaco=USABUS",),
         gold=("NGA>USABUS:17|171|19|192|14|144|18|180",), kind="bare"),
    Lead("c-taylor-nigeria", "Nigeria won't hand over Taylor", "AP - Nigeria said on Thursday it would not "
         "hand over former Liberian President Charles Taylor to a U.N.-backed war crimes court in Sierra "
         "Leone unless Liberia#39;s government asked for him.", ("Nigeria=NGA", "Charles Taylor=LBR"),
         gold=("NGA>:12|120|124",), kind="credit"),
    Lead("d-monrovia-riots", "Peacekeepers quell Monrovia riots", "MONROVIA (Reuters) - U.N. peacekeepers "
         "fired tear gas to disperse rioters who burned mosques and churches in Liberia #39;s capital on "
         "Friday, in the worst violence since the end of the civil war.",
         ("U.N. peacekeepers=IGOUNO", "rioters=LBRCVL"),
         gold=("IGOUNO>LBRCVL:17|175|170", "LBRCVL>:14|145|17|171|1712"), kind="dl"),
    Lead("b-liberia-disarm", "Liberia disarmament ends", "More than 90,000 former fighters have handed in "
         "their guns in Liberia under a U.N. disarmament programme that ended on Saturday, the U.N. mission "
         "said.", ("former fighters=LBRREB", "U.N. mission=IGOUNO"), gold=("LBRREB>:08|087|0873|080",),
         kind="bare"),
    Lead("b-bryant-donors", "Liberia leader appeals for aid", "Liberia #39;s transitional leader Gyude "
         "Bryant appealed to donors on Wednesday to deliver the 520 million dollars they pledged last year "
         "to rebuild the war-shattered country.", ("Gyude Bryant=LBRGOV",),
         gold=("LBRGOV>:02|020|021|023|0231",), kind="bare"),
    Lead("d-dakar-locusts", "Locusts strip West African crops", "DAKAR (Reuters) - Swarms of locusts have "
         "destroyed crops across West Africa this year, and U.N. officials warned on Thursday of food "
         "shortages in Mauritania, Mali and Niger.", ("U.N. officials=IGOUNO",), kind="dl"),
    Lead("c-ghana-kufuor", "Kufuor wins second term", "AP - Ghana #39;s President John Kufuor won a second "
         "four-year term, the electoral commission announced Thursday, defeating opposition leader John "
         "Atta Mills.", ("John Kufuor=GHAGOV", "John Atta Mills=GHAOPP"), kind="credit"),
    Lead("d-malabo-dutoit", "Coup plotter jailed in Malabo", "MALABO (Reuters) - A court in Equatorial "
         "Guinea sentenced South African Nick du Toit to 34 years in prison on Friday for his role in a "
         "plot to overthrow President Teodoro Obiang.", ("Nick du Toit=ZAF", "Teodoro Obiang=GNQGOV"),
         gold=("GNQJUD>ZAF:11|116|17|173",), kind="dl"),
    # Southern Africa
    Lead("d-harare-mercenaries", "Zimbabwe holds suspected mercenaries", "HARARE (Reuters) - Zimbabwe "
         "police arrested 67 suspected mercenaries on Monday after their plane landed at Harare airport, "
         "and the government said they were plotting a coup in Equatorial Guinea.",
         ("Zimbabwe police=ZWECOP", "suspected mercenaries=", "Equatorial Guinea=GNQ"),
         gold=("ZWECOP>:17|173", "ZWEGOV>:11|112"), kind="dl"),
    Lead("d-capetown-thatcher", "Thatcher's son arrested", "CAPE TOWN (Reuters) - South African police "
         "arrested Mark Thatcher, son of former British prime minister Margaret Thatcher, on Wednesday on "
         "suspicion of helping to finance a coup plot in Equatorial Guinea.",
         ("South African police=ZAFCOP", "Mark Thatcher=GBR", "Margaret Thatcher=GBR"),
         gold=("ZAFCOP>GBR:17|173",), kind="dl"),
    Lead("d-jburg-anc", "ANC wins landslide", "JOHANNESBURG (Reuters) - The African National Congress won "
         "nearly 70 percent of the vote in South Africa #39;s general election, final results showed on "
         "Saturday, handing President Thabo Mbeki a second term.",
         ("African National Congress=ZAFGOV", "Thabo Mbeki=ZAFGOV"), kind="dl"),
    Lead("b-zuma-trial", "Zuma named at fraud trial", "South Africa#39;s Deputy President Jacob Zuma had a "
         "corrupt relationship with his financial adviser, prosecutors told a Durban court on Monday at the "
         "opening of Schabir Shaik#39;s fraud trial.", ("Jacob Zuma=ZAFGOV", "prosecutors=ZAFJUD"),
         gold=("ZAFJUD>ZAFGOV:11|112|1121",), kind="bare"),
    Lead("c-zim-ngo-law", "Zimbabwe bans foreign-funded rights groups", "AP - Zimbabwe #39;s parliament "
         "passed a law on Thursday banning foreign-funded human rights groups, a measure critics say is "
         "aimed at silencing opponents of President Robert Mugabe.",
         ("parliament=ZWELEG", "human rights groups=ZWENGO", "Robert Mugabe=ZWEGOV"),
         gold=("ZWELEG>ZWENGO:17|172|1721|170",), kind="credit"),
    Lead("c-tsvangirai-freed", "Tsvangirai acquitted of treason", "Reuters - A Zimbabwe court acquitted "
         "opposition leader Morgan Tsvangirai of treason on Friday, throwing out charges that he plotted to "
         "assassinate President Robert Mugabe.", ("Morgan Tsvangirai=ZWEOPP", "Robert Mugabe=ZWEGOV"),
         ok=("ZWEJUD>ZWEOPP:08|080|12|120",), kind="credit"),
    Lead("c-cosatu-expelled", "Zimbabwe expels S.African unionists", "AP - Zimbabwe expelled a delegation "
         "of the Congress of South African Trade Unions on Tuesday, hours after it arrived in Harare to "
         "investigate rights abuses, police said.",
         ("Zimbabwe=ZWE", "Congress of South African Trade Unions=ZAFLAB"), gold=("ZWE>ZAFLAB:17|174|170",),
         ok=("ZAFLAB>ZWE:04|042|09|092",), kind="credit"),
    Lead("b-mdc-boycott", "Zimbabwe opposition weighs boycott", "Zimbabwe#39;s main opposition party, the "
         "Movement for Democratic Change, is weighing whether to boycott next year#39;s parliamentary "
         "elections, which it says cannot be free under current laws.",
         ("Movement for Democratic Change=ZWEOPP",), kind="bare"),
    Lead("c-sa-no-troops", "S.Africa rules out Ivory Coast troops", "AFP - South Africa #39;s government "
         "said on Thursday it had no plans to send troops to Ivory Coast to evacuate its citizens.",
         ("government=ZAFGOV",), kind="credit"),
    Lead("c-mozambique-vote", "Guebuza wins Mozambique vote", "Reuters - Armando Guebuza, the candidate of "
         "Mozambique#39;s ruling Frelimo party, won the presidential election by a landslide, official "
         "results showed on Tuesday.", ("Armando Guebuza=MOZ", "Frelimo=MOZ"), kind="credit"),
    # Haiti
    Lead("d-pap-aristide", "Aristide flees Haiti", "PORT-AU-PRINCE, Haiti (Reuters) - President "
         "Jean-Bertrand Aristide resigned and fled Haiti on Sunday as rebels closed in on the capital, and "
         "U.S. Marines began landing hours later.",
         ("Jean-Bertrand Aristide=HTIGOV", "rebels=HTIREB", "U.S. Marines=USAMIL"),
         gold=("HTIGOV>HTIREB:08|083|0831|080", "USAMIL>HTI:15|154|150|07|074|08|086"),
         ok=("HTIREB>HTI:19|192|190|15|154",), kind="dl"),
    Lead("d-bangui-kidnap", "Aristide says U.S. kidnapped him", "BANGUI (Reuters) - Ousted Haitian "
         "President Jean-Bertrand Aristide accused the United States on Monday of forcing him from power in "
         "what he called a modern-day kidnapping.", ("Jean-Bertrand Aristide=HTI", "United States=USA"),
         gold=("HTI>USA:11|112",), kind="dl"),
    Lead("d-gonaives-floods", "Storm toll tops 1,000 in Haiti", "GONAIVES, Haiti (AP) - Floodwaters left by "
         "Tropical Storm Jeanne have killed more than 1,000 people in Haiti, and aid workers struggled on "
         "Wednesday to reach thousands of survivors.", ("aid workers=",), kind="dl"),
    Lead("c-latortue-accuses", "Haiti PM blames Aristide backers", "AP - Haiti#39;s interim Prime Minister "
         "Gerard Latortue accused supporters of ousted President Jean-Bertrand Aristide on Monday of "
         "beheading police officers in a campaign of violence in the capital.",
         ("Gerard Latortue=HTIGOV", "supporters of ousted President=HTI"), gold=("HTIGOV>HTI:11|112|1121",),
         kind="credit"),
    Lead("c-caricom-refuses", "Caribbean leaders snub Haiti government", "Reuters - Caribbean leaders "
         "refused on Thursday to recognise Haiti #39;s U.S.-backed interim government and called for a U.N. "
         "inquiry into Jean-Bertrand Aristide #39;s departure.",
         ("Caribbean leaders=CRBGOV", "interim government=HTIGOV"),
         gold=("CRBGOV>HTIGOV:12|120|16|161", "CRBGOV>:02|020|10|100"), kind="credit"),
    Lead("b-bel-air-raid", "Peacekeepers raid Haiti slum", "Brazilian-led U.N. peacekeepers and Haitian "
         "police stormed the Port-au-Prince slum of Bel Air on Tuesday, arresting dozens of suspected gang "
         "members loyal to ousted President Jean-Bertrand Aristide.",
         ("U.N. peacekeepers=IGOUNO", "Haitian police=HTICOP", "suspected gang members=HTI"),
         gold=("IGOUNO>HTI:17|173|170|19|190", "HTICOP>HTI:17|173|170"), kind="bare"),
    Lead("d-brasilia-haiti", "Brazil to lead Haiti force", "BRASILIA (Reuters) - Brazil will send 1,200 "
         "troops to lead a U.N. peacekeeping force in Haiti, Foreign Minister Celso Amorim said on Tuesday.",
         ("Brazil=BRA", "Celso Amorim=BRAGOV"), gold=("BRA>HTI:03|033|0334|07|074",), kind="dl"),
    # Venezuela, Colombia, Cuba
    Lead("d-caracas-recall", "Chavez survives recall", "CARACAS, Venezuela (Reuters) - President Hugo "
         "Chavez survived a recall referendum on Sunday, and opposition leaders immediately accused the "
         "government of fraud.", ("Hugo Chavez=VENGOV", "opposition leaders=VENOPP"),
         gold=("VENOPP>VENGOV:11|112",), kind="dl"),
    Lead("d-caracas-carter", "Carter, OAS back Chavez win", "CARACAS (Reuters) - Former U.S. President "
         "Jimmy Carter and the Organization of American States endorsed on Tuesday the official results of "
         "Venezuela #39;s recall vote, rejecting opposition claims of fraud.",
         ("Jimmy Carter=USA", "Organization of American States=IGO"),
         gold=("USA>:05|051|050", "IGO>:05|051|050", "USA>VENOPP:12|120", "IGO>VENOPP:12|120"), kind="dl"),
    Lead("c-chavez-oil", "Chavez threatens U.S. oil cut", "AFP - Venezuelan President Hugo Chavez accused "
         "the Bush administration on Sunday of financing his opponents and warned that he would cut off oil "
         "shipments to the United States if Washington tried to oust him.",
         ("Hugo Chavez=VENGOV", "Bush administration=USAGOV", "United States=USA"),
         gold=("VENGOV>USAGOV:11|112", "VENGOV>USA:13|130|131|1312"), kind="credit"),
    Lead("c-opposition-rejects", "Venezuela opposition rejects result", "Reuters - Venezuela #39;s "
         "opposition coalition said on Monday it would not recognise the results of the recall referendum, "
         "which President Hugo Chavez won by a wide margin.",
         ("opposition coalition=VENOPP", "Hugo Chavez=VENGOV"), gold=("VENOPP>VENGOV:12|120",),
         kind="credit"),
    Lead("b-paramilitaries-held", "Venezuela arrests Colombians", "Venezuelan authorities arrested more "
         "than 80 Colombian paramilitaries at a ranch outside Caracas on Sunday, accusing them of plotting "
         "to overthrow President Hugo Chavez.",
         ("Venezuelan authorities=VENGOV", "Colombian paramilitaries=COLREB", "Hugo Chavez=VENGOV"),
         gold=("VENGOV>COLREB:17|173", "VENGOV>COLREB:11|112"), kind="bare"),
    Lead("b-venezuela-analysis", "Analysis: Venezuela's opposition adrift", "Stunned by their defeat in "
         "Sunday #39;s recall vote, leaders of Venezuela #39;s fractured opposition are debating whether to "
         "contest October #39;s regional elections at all.", ("leaders of Venezuela=VENOPP",), kind="bare"),
    Lead("b-pdvsa-china", "Venezuela, China sign oil deal", "Venezuela#39;s state oil company PDVSA signed "
         "a deal on Monday with China National Petroleum Corp to develop two oil fields in the east of the "
         "country.", ("PDVSA=VEN", "China National Petroleum Corp=CHN"),
         gold=("VEN>CHN:05|057|06|061", "CHN>VEN:05|057|06|061"), kind="bare"),
    Lead("d-bogota-ambush", "FARC kills seven soldiers", "BOGOTA, Colombia (Reuters) - FARC rebels killed "
         "seven soldiers in an ambush in southern Colombia on Thursday, the army said, days after President "
         "Alvaro Uribe offered to free jailed guerrillas in exchange for hostages.",
         ("FARC rebels=COLREB", "soldiers=COLMIL", "Alvaro Uribe=COLGOV"),
         gold=("COLREB>COLMIL:18|180|19|190", "COLGOV>COLREB:03|030|035|0353"), kind="dl"),
    Lead("d-quito-trinidad", "FARC commander captured in Ecuador", "QUITO, Ecuador (Reuters) - Ecuadorean "
         "police captured Simon Trinidad, a senior commander of Colombia#39;s FARC guerrillas, in Quito and "
         "handed him over to Colombian authorities, officials said on Saturday.",
         ("Ecuadorean police=ECUCOP", "Simon Trinidad=COLREB", "Colombian authorities=COLGOV"),
         gold=("ECUCOP>COLREB:17|173", "ECUCOP>COLGOV:06|063|08|084|0841"), kind="dl"),
    Lead("c-auc-disarm", "Paramilitaries agree to disarm", "AP - Right-wing paramilitary leaders signed an "
         "agreement with the government on Thursday to disarm their fighters by the end of 2005, President "
         "Alvaro Uribe #39;s peace commissioner said.",
         ("paramilitary leaders=COLREB", "Alvaro Uribe=COLGOV"),
         gold=("COLREB>COLGOV:05|057|03|030|035", "COLGOV>COLREB:05|057|03|030"), kind="credit"),
    Lead("c-eln-bishop", "Rebels kidnap Colombian bishop", "Reuters - Colombia#39;s ELN rebels kidnapped a "
         "Roman Catholic bishop in northern Colombia on Saturday, the army said.",
         ("ELN rebels=COLREB", "army=COLMIL"), gold=("COLREB>COL:18|181",), kind="credit"),
    Lead("b-farc-rejects", "FARC rejects prisoner swap offer", "Colombia #39;s FARC rebels on Friday "
         "rejected a government offer to free 50 jailed guerrillas in exchange for hostages, calling it a "
         "publicity stunt.", ("FARC rebels=COLREB",), gold=("COLREB>COLGOV:12|120|125",), kind="bare"),
    Lead("b-coca-shrinks", "Colombia coca crop shrinks", "Colombia#39;s coca crop shrank by 16 percent last "
         "year, the U.N. Office on Drugs and Crime said on Tuesday, crediting an aerial spraying campaign "
         "backed by the United States.", ("U.N. Office on Drugs and Crime=IGO",), kind="bare"),
    Lead("d-havana-dollar", "Castro bans dollar in stores", "HAVANA (Reuters) - Cuban President Fidel "
         "Castro on Monday banned the use of the U.S. dollar in stores and businesses, calling it a "
         "response to tightened U.S. sanctions.", ("Fidel Castro=CUBGOV",), gold=("CUBGOV>:17|172|16|163",),
         kind="dl"),
    Lead("c-cuba-frees", "Cuba frees dissidents", "AFP - Cuba freed five jailed dissidents on Tuesday, "
         "including poet Raul Rivero, in a move European diplomats said was meant to ease tensions with the "
         "European Union.", ("Cuba=CUB", "Raul Rivero=CUB", "European Union=IGO"),
         gold=("CUB>CUB:08|084|0841",), kind="credit"),
    Lead("b-cuba-travel", "U.S. tightens Cuba travel rules", "The Bush administration on Wednesday "
         "tightened restrictions on travel and cash transfers to Cuba by Cuban Americans, in a move aimed "
         "at hastening the end of Fidel Castro #39;s rule.",
         ("Bush administration=USAGOV", "Fidel Castro=CUBGOV"), gold=("USAGOV>CUB:16|163|160|17|172",),
         ok=("USAGOV>USA:17|172",), kind="bare"),
    Lead("b-castro-fall", "Castro breaks knee in fall", "Fidel Castro fell and shattered his left kneecap "
         "after giving a speech in Santa Clara on Wednesday, but Cuban television said the 78-year-old "
         "leader remained in charge.", ("Fidel Castro=CUBGOV", "Cuban television=CUBMED"), kind="bare"),
    Lead("b-ivan-cuba", "Hurricane Ivan spares Cuba", "Hurricane Ivan swept past Cuba #39;s western tip on "
         "Monday without the devastation forecasters had feared, after killing at least 60 people across "
         "the Caribbean.", (), kind="bare"),
    # Mexico, Brazil, Argentina, the rest of the Americas
    Lead("d-mexico-cuba", "Mexico downgrades Cuba ties", "MEXICO CITY (Reuters) - Mexico recalled its "
         "ambassador to Cuba and ordered Havana#39;s envoy to leave the country on Sunday, accusing Fidel "
         "Castro#39;s government of meddling in its internal affairs.", ("Mexico=MEX", "Fidel Castro=CUBGOV"),
         gold=("MEX>CUB:16|161|160|17|174", "MEX>CUB:11|112"), kind="dl"),
    Lead("b-fox-migration", "Fox urges U.S. migration deal", "Mexican President Vicente Fox urged the "
         "United States on Monday to reach a migration accord, saying millions of Mexicans working north of "
         "the border deserved legal status.", ("Vicente Fox=MEXGOV", "United States=USA"),
         gold=("MEXGOV>USA:02|020|10|100|03|036",), kind="bare"),
    Lead("b-matamoros-arrest", "Mexico arrests drug lord", "Mexican federal agents arrested one of the "
         "country#39;s most wanted drug traffickers in the border city of Matamoros on Wednesday, the "
         "attorney general#39;s office said.", ("Mexican federal agents=MEXCOP", "drug traffickers=MEX"),
         gold=("MEXCOP>MEX:17|173",), kind="bare"),
    Lead("c-lula-china", "Lula, Hu sign trade deals", "Reuters - Brazilian President Luiz Inacio Lula da "
         "Silva met Chinese President Hu Jintao in Beijing on Monday and the two signed a series of trade "
         "agreements.", ("Luiz Inacio Lula da Silva=BRAGOV", "Hu Jintao=CHNGOV"),
         gold=("BRAGOV>CHNGOV:04|040|042|05|057|06|061", "CHNGOV>BRAGOV:04|040|043|05|057|06|061"),
         kind="credit"),
    Lead("b-mst-farms", "Landless activists occupy farms", "Thousands of activists from Brazil#39;s "
         "Landless Workers Movement occupied more than 20 farms on Sunday to press President Luiz Inacio "
         "Lula da Silva to speed up land reform.",
         ("Landless Workers Movement=BRA", "Luiz Inacio Lula da Silva=BRAGOV"),
         gold=("BRA>BRAGOV:14|140|141|144|10|104",), ok=("BRA>BRA:17|171|19|192|14|144",), kind="bare"),
    Lead("c-brazil-soy", "Brazil soy exports hit record", "AP - Brazil #39;s soybean exports reached a "
         "record 19 million tonnes in the first eight months of the year, the agriculture ministry said "
         "Monday.", ("agriculture ministry=BRAGOV",), kind="credit"),
    Lead("d-vienna-resende", "IAEA to see Brazil enrichment plant", "VIENNA (Reuters) - U.N. inspectors "
         "will visit Brazil#39;s Resende uranium enrichment plant next month after Brasilia agreed to let "
         "them see parts of its centrifuges, the International Atomic Energy Agency said on Tuesday.",
         ("U.N. inspectors=IGO", "Brasilia=BRA", "International Atomic Energy Agency=IGO"),
         gold=("BRA>IGO:08|086|080|03|030|035",), ok=("IGO>BRA:03|036|04|042",), kind="dl"),
    Lead("b-ba-imf", "Argentina halts IMF talks", "Argentina suspended talks with the International "
         "Monetary Fund on Friday over its debt restructuring, Economy Minister Roberto Lavagna said.",
         ("Argentina=ARG", "International Monetary Fund=IGO", "Roberto Lavagna=ARGGOV"),
         gold=("ARG>IGO:16|164|160",), kind="bare"),
    Lead("c-kirchner-gas", "Argentina cuts gas to Chile", "AFP - Argentine President Nestor Kirchner on "
         "Wednesday cut natural gas exports to Chile to ease an energy shortage at home, angering the "
         "government in Santiago.", ("Nestor Kirchner=ARGGOV", "Chile=CHL"),
         gold=("ARGGOV>CHL:16|160|162|163",), kind="credit"),
    Lead("b-argentina-growth", "Argentine economy grows 8.7 pct", "Argentina #39;s economy grew 8.7 percent "
         "in the second quarter, the government said on Thursday, as the country recovered from its "
         "2001-2002 crisis.", ("government=ARGGOV",), kind="bare"),
    Lead("c-uruguay-vazquez", "Leftist wins Uruguay presidency", "Reuters - Socialist Tabare Vazquez won "
         "Uruguay#39;s presidential election on Sunday, ending 170 years of rule by two traditional parties.",
         ("Tabare Vazquez=URY",), kind="credit"),
    Lead("c-oas-rodriguez", "OAS chief resigns", "AP - Miguel Angel Rodriguez resigned as secretary-general "
         "of the Organization of American States on Friday, less than a month into his term, to face "
         "corruption charges in his native Costa Rica.", ("Organization of American States=IGO",),
         ok=("IGO>:08|083",), kind="credit"),
    # The United States and the campaign, international bodies
    Lead("b-kerry-misled", "Kerry says Bush misled on Iraq", "Democratic presidential candidate John Kerry "
         "accused President Bush on Monday of misleading Americans about the war in Iraq and said the "
         "conflict had made the United States less safe.", ("John Kerry=USA", "President Bush=USAGOV"),
         gold=("USA>USAGOV:11|112|111",), kind="bare"),
    Lead("b-debate", "Bush and Kerry clash over Iraq", "President George W. Bush and Democratic challenger "
         "John Kerry sparred over Iraq in their first televised debate on Thursday, with Kerry calling the "
         "war a colossal error of judgment.", ("George W. Bush=USAGOV", "John Kerry=USA"),
         gold=("USA>USA:11|111",), ok=("USA>USA:04|040",), kind="bare"),
    Lead("b-annan-illegal", "Annan says Iraq war illegal", "U.N. Secretary-General Kofi Annan said the "
         "U.S.-led invasion of Iraq was illegal because it was not sanctioned by the Security Council, in "
         "remarks that drew sharp rebukes from Washington and London.",
         ("Kofi Annan=IGOUNO", "Washington=USAGOV", "London=GBRGOV"), gold=("IGOUNO>USA:11|111|112",),
         ok=("USA>IGO:11|111", "GBR>IGO:11|111"), kind="bare"),
    Lead("d-vienna-iran", "ElBaradei presses Iran", "VIENNA (Reuters) - IAEA chief Mohamed ElBaradei urged "
         "Iran on Monday to suspend all uranium enrichment activities, saying the agency could not yet rule "
         "out a weapons programme.", ("Mohamed ElBaradei=IGO", "Iran=IRN"),
         gold=("IGO>IRN:02|020|025|10|100|105",), kind="dl"),
    Lead("d-vienna-libya", "Libya hands over nuclear designs", "VIENNA (Reuters) - Libya has handed over "
         "nuclear weapons designs and centrifuge parts to U.S. and British experts, the International "
         "Atomic Energy Agency said on Monday.", ("Libya=LBY", "International Atomic Energy Agency=IGO"),
         gold=("LBY>USA:08|084|0842|06|060", "LBY>GBR:08|084|0842|06|060"), kind="dl"),
    Lead("d-brussels-libya", "EU lifts Libya arms embargo", "BRUSSELS (Reuters) - European Union foreign "
         "ministers lifted an 18-year-old arms embargo on Libya on Monday, rewarding Muammar Gaddafi for "
         "giving up his weapons of mass destruction programmes.",
         ("European Union=IGO", "Libya=LBY", "Muammar Gaddafi=LBYGOV"), gold=("IGO>LBY:08|081|085|080",),
         ok=("IGO>LBYGOV:05|051", "LBYGOV>:08|080"), kind="dl"),
    Lead("d-brussels-nato", "NATO agrees to train Iraqi forces", "BRUSSELS (Reuters) - NATO agreed on "
         "Wednesday to send up to 300 officers to train Iraqi security forces, Secretary-General Jaap de "
         "Hoop Scheffer said, ending months of wrangling among allies.",
         ("NATO=IGO", "Iraqi security forces=IRQ", "Jaap de Hoop Scheffer=IGO"),
         gold=("IGO>IRQ:03|033|0332|06|062|07|072",), kind="dl"),
    # No codable event: hypothetical, expected, background, opinion
    Lead("c-nlc-may-strike", "Nigerian unions may strike again", "AFP - Nigeria #39;s unions may call a "
         "fresh general strike next month if fuel prices are not cut, a union official said on Sunday.",
         ("union official=NGALAB",), kind="credit"),
    Lead("c-au-expected", "AU expected to enlarge Darfur force", "AP - The African Union is expected to "
         "approve a larger Darfur force at a summit next week, diplomats said.", ("African Union=IGOAFRAU",),
         kind="credit"),
    Lead("b-rwanda-economy", "Rwanda economy rebounds", "Rwanda, which lost 800,000 people in the 1994 "
         "genocide, is now one of Africa #39;s fastest-growing economies, the World Bank said in a report on "
         "Thursday.", ("World Bank=IGO",), kind="bare"),
    Lead("b-haiti-elections", "Haiti sets election date", "Haiti#39;s interim government will hold "
         "presidential and legislative elections in late 2005, an electoral official said on Tuesday.",
         ("interim government=HTIGOV",), kind="bare"),
    Lead("b-venezuela-revenue", "Venezuela oil income to hit record", "Venezuela #39;s oil revenues are "
         "expected to reach a record this year as crude prices climb above 50 dollars a barrel, the energy "
         "ministry said.", ("energy ministry=VENGOV",), kind="bare"),
    Lead("d-abuja-obasanjo", "Obasanjo doubts Darfur genocide", "ABUJA (Reuters) - Nigerian President "
         "Olusegun Obasanjo, the current African Union chairman, said on Sunday he did not believe genocide "
         "was taking place in Darfur.", ("Olusegun Obasanjo=NGAGOV", "African Union=IGOAFRAU"), kind="dl"),
    Lead("d-kampala-museveni", "Museveni hints at third term", "KAMPALA (Reuters) - Ugandan President "
         "Yoweri Museveni said on Saturday he might stand for a third term if parliament changed the "
         "constitution.", ("Yoweri Museveni=UGAGOV", "parliament=UGALEG"), kind="dl"),
    Lead("c-sudan-denies", "Sudan denies arming militias", "Reuters - Sudan#39;s government denied on "
         "Tuesday that it was arming the Janjaweed militias and said the United States was exaggerating the "
         "crisis in Darfur.", ("Janjaweed militias=SDNREB", "United States=USA"),
         gold=("SDNGOV>USA:12|120|11|111|112",), ok=("SDNGOV>SDNREB:12|120",), kind="credit"),
)
# fmt: on
