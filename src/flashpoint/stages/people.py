"""Which codebook person a name is on a given day, and the actor that person makes: the one in
office on the day, coded with that office's country (or organisation) and sector; a former
office-holder as an elite (``ELI``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashpoint.gazetteer import country_on
from flashpoint.records import Actor
from flashpoint.stages.actor_words import STATE_SECTORS

if TYPE_CHECKING:
    from flashpoint.codebook import Codebook
    from flashpoint.stages.names import NameHit


def person_on_day(book: Codebook, day: str, hit: NameHit) -> str:
    """Of the people a name can be ("Bush"), the one in office on the day, else the one
    whose first term began most recently before it, else the first."""
    people = sorted({n.key for n in hit.names if n.what == "person"})
    current = [p for p in people if book.roles(p, day)]
    if current:
        return current[0]
    first = {p: min(r.valid_from for r in book.people[p]) for p in people}
    began = [(start, p) for p, start in first.items() if start <= day]
    return max(began)[1] if began else people[0]


def person_actor(book: Codebook, day: str, person: str, text: str) -> Actor | None:
    """The actor a codebook person is on the day: by the office held then, else the last one
    held before it (as an elite), else the first one (no sector yet)."""
    roles = book.people[person]
    current = book.roles(person, day)
    if current:
        role = current[0]
        sector = role.sector
    elif roles[0].valid_from <= day:  # out of office: the last one held by then
        role = max((r for r in roles if r.valid_from <= day), key=lambda r: r.valid_from)
        sector = "ELI"
    else:
        role, sector = roles[0], ""
    if (org := book.organizations.get(role.country)) is not None:  # "Guterres": IGOUNO
        return Actor(text, role.country + sector, org.country, sector or None, org.kind,
                     person, role.wikidata)
    country = country_on(role.country, day)  # Rugova in 1998: Serbia's, its opposition
    sector = "OPP" if country != role.country and sector in STATE_SECTORS else sector
    return Actor(text, country + sector, country, sector or None,
                 "state" if sector in STATE_SECTORS else "person_group", person, role.wikidata)
