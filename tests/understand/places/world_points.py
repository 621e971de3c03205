"""Gold points of the second web place set (world_cases.py): key -> (ISO 3166-1 alpha-3, lat, lon, GDELT
geo type: 1 country, 3 US city, 4 world city or feature, 5 world first-level division or region).
Written from general knowledge before the geoparser ran: countries and divisions at the unit's own
centre, not the capital; seas, straits, mountains and regions near their middle; a capital or building
standing for its government at the capital's point.
"""

from __future__ import annotations

WORLD_POINTS: dict[str, tuple[str, float, float, int]] = {
    # countries
    "Russia": ("RUS", 60.0, 100.0, 1), "Syria": ("SYR", 35.0, 38.0, 1), "Turkey": ("TUR", 39.0, 35.0, 1),
    "Nigeria": ("NGA", 10.0, 8.0, 1), "Cameroon": ("CMR", 6.0, 12.5, 1), "Belarus": ("BLR", 53.0, 28.0, 1),
    "Ethiopia": ("ETH", 9.0, 39.5, 1), "Venezuela": ("VEN", 8.0, -66.0, 1), "Colombia": ("COL", 4.0, -73.0, 1),
    "Brazil": ("BRA", -10.0, -55.0, 1), "Philippines": ("PHL", 13.0, 122.0, 1), "China": ("CHN", 35.0, 105.0, 1),
    "Greece": ("GRC", 39.0, 22.0, 1), "Mexico": ("MEX", 23.0, -102.0, 1), "Germany": ("DEU", 51.5, 10.5, 1),
    "Kazakhstan": ("KAZ", 48.0, 68.0, 1), "India": ("IND", 22.0, 79.0, 1), "Pakistan": ("PAK", 30.0, 70.0, 1),
    "Poland": ("POL", 52.0, 20.0, 1), "Ukraine": ("UKR", 49.0, 32.0, 1), "Australia": ("AUS", -25.0, 135.0, 1),
    "Israel": ("ISR", 31.5, 34.75, 1), "Jordan": ("JOR", 31.0, 36.0, 1), "Mali": ("MLI", 17.0, -4.0, 1),
    "Burkina Faso": ("BFA", 12.5, -1.7, 1), "Hungary": ("HUN", 47.0, 20.0, 1), "Serbia": ("SRB", 44.0, 21.0, 1),
    "Somalia": ("SOM", 6.0, 48.0, 1), "Iran": ("IRN", 32.0, 53.0, 1), "Yemen": ("YEM", 15.5, 47.5, 1),
    "Morocco": ("MAR", 32.0, -5.0, 1), "Tanzania": ("TZA", -6.0, 35.0, 1), "Bangladesh": ("BGD", 24.0, 90.0, 1),
    "Croatia": ("HRV", 45.2, 15.5, 1), "Afghanistan": ("AFG", 33.0, 66.0, 1), "Rwanda": ("RWA", -2.0, 30.0, 1),
    "Myanmar": ("MMR", 21.9, 95.9, 1), "Sudan": ("SDN", 16.0, 30.0, 1), "Mozambique": ("MOZ", -18.25, 35.0, 1),
    "Spain": ("ESP", 40.0, -4.0, 1), "Chile": ("CHL", -30.0, -71.0, 1), "Thailand": ("THA", 15.0, 100.0, 1),
    "Haiti": ("HTI", 19.0, -72.4, 1),
    # first-level divisions and regions of a country
    "Sanliurfa Province": ("TUR", 37.25, 39.0, 5), "Borno State": ("NGA", 11.5, 13.0, 5),
    "Tigray": ("ETH", 14.0, 38.5, 5), "Minas Gerais": ("BRA", -18.5, -44.5, 5), "Zacatecas": ("MEX", 23.0, -102.7, 5),
    "Bavaria": ("DEU", 48.95, 11.4, 5), "Karaganda Region": ("KAZ", 47.9, 71.5, 5), "Kashmir": ("IND", 34.0, 76.0, 5),
    "Xinjiang": ("CHN", 41.5, 85.0, 5), "Central Java": ("IDN", -7.25, 110.0, 5),
    "Khyber Pakhtunkhwa": ("PAK", 34.5, 72.0, 5), "Kunduz Province": ("AFG", 36.75, 68.75, 5),
    "Baghlan Province": ("AFG", 36.0, 68.9, 5), "Rakhine": ("MMR", 20.0, 93.8, 5), "Gezira State": ("SDN", 14.5, 33.3, 5),
    "Cabo Delgado": ("MOZ", -12.33, 39.32, 5), "Valparaiso Region": ("CHL", -33.0, -71.0, 5),
    "Yala": ("THA", 6.54, 101.28, 5), "Pattani": ("THA", 6.87, 101.25, 5), "Narathiwat": ("THA", 6.43, 101.82, 5),
    # regions across countries, seas, straits, lakes, mountains, shoals
    "Middle East": ("", 27.0, 45.0, 5), "Sahel": ("", 14.5, 8.0, 5), "Balkans": ("", 42.5, 21.0, 5),
    "Horn of Africa": ("", 8.0, 46.0, 5), "Strait of Hormuz": ("", 26.57, 56.25, 4), "Red Sea": ("", 20.0, 38.0, 4),
    "East China Sea": ("", 29.0, 125.0, 4), "High Atlas": ("MAR", 31.2, -7.5, 4), "Lake Victoria": ("", -1.0, 33.0, 4),
    "Second Thomas Shoal": ("PHL", 9.73, 115.87, 4),
    # cities, towns, islands
    "Idlib": ("SYR", 35.93, 36.63, 4), "Minsk": ("BLR", 53.9, 27.57, 4), "Shire": ("ETH", 14.1, 38.28, 4),
    "Cucuta": ("COL", 7.89, -72.5, 4), "Lesbos": ("GRC", 39.2, 26.3, 4), "Fresnillo": ("MEX", 23.17, -102.87, 4),
    "Passau": ("DEU", 48.57, 13.43, 4), "Rotterdam": ("NLD", 51.92, 4.48, 4), "Antwerp": ("BEL", 51.22, 4.4, 4),
    "Washington DC": ("USA", 38.9, -77.04, 3), "Moscow": ("RUS", 55.75, 37.62, 4), "Beijing": ("CHN", 39.9, 116.4, 4),
    "Tokyo": ("JPN", 35.69, 139.69, 4), "London": ("GBR", 51.51, -0.13, 4), "Paris": ("FRA", 48.85, 2.35, 4),
    "Canberra": ("AUS", -35.28, 149.13, 4), "Tehran": ("IRN", 35.69, 51.42, 4), "Natanz": ("IRN", 33.51, 51.92, 4),
    "Kyiv": ("UKR", 50.45, 30.52, 4), "Odesa": ("UKR", 46.48, 30.73, 4), "Karachi": ("PAK", 24.86, 67.01, 4),
    "Tbilisi": ("GEO", 41.69, 44.83, 4), "Amman": ("JOR", 31.95, 35.93, 4), "Mokha": ("YEM", 13.32, 43.25, 4),
    "Marrakech": ("MAR", 31.63, -8.0, 4), "Ukerewe": ("TZA", -2.05, 33.0, 4), "Banjarnegara": ("IDN", -7.4, 109.7, 4),
    "Dera Ismail Khan": ("PAK", 31.83, 70.9, 4), "Sylhet": ("BGD", 24.9, 91.87, 4), "Petrinja": ("HRV", 45.44, 16.28, 4),
    "Zagreb": ("HRV", 45.81, 15.98, 4), "Mati": ("GRC", 38.05, 24.0, 4), "Athens": ("GRC", 37.98, 23.73, 4),
    "Goma": ("COD", -1.68, 29.23, 4), "Wad Madani": ("SDN", 14.4, 33.52, 4), "Kherson": ("UKR", 46.64, 32.61, 4),
    "Valencia": ("ESP", 39.47, -0.38, 4), "Vina del Mar": ("CHL", -33.02, -71.55, 4),
    "Port-au-Prince": ("HTI", 18.54, -72.34, 4), "Cap-Haitien": ("HTI", 19.76, -72.2, 4),
}
