"""The article's own country: whose bare sector words ("police", "protesters") are when a
sentence does not say, weighed from the dateline, the title, the countries the text names and
the places it tells of."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from flashpoint.codebook import Codebook
    from flashpoint.records import Place
    from flashpoint.stages.names import NameHit

PLACED_WEIGHT = 0.5  # a place where things happen counts half a country named
TITLE_WEIGHT = 3.0  # a country the headline names counts three times
COUNTRY_NAMES = ("country", "adjective", "metonym")
# a capital before these nouns names where an organisation keeps an office abroad ("the
# rebels' London office"), not its state
OFFICE_NOUNS = frozenset({"office", "bureau", "headquarters", "representative",
                          "representation", "spokesman", "spokeswoman"})


def home_country(dateline: Place | None, hits: dict[int, NameHit], book: Codebook,
                 sentences: list[tuple[Span, list[Place]]],
                 title_hits: dict[int, NameHit] | None = None,
                 doc: Doc | None = None) -> str | None:
    """The dateline's country; else, in a text of more than one sentence that names a
    country, the best scored: a naming in the text counts one, in the headline three, and a
    place the text tells of half ("Mexican victims" in a story told in El Paso, Texas, are
    in America); else the country the text names most, else that of the national
    organisations it names ("UNITA"), else that of the office holders it names ("President
    Joseph Estrada"), else that of the places. In a text of one sentence places come last:
    what it says happens there is coded by the place itself (``places.where_country``).
    With ``doc``, a capital that only says where an organisation's office is ("the Tamil
    Tigers' London office") is no naming of its country."""
    if dateline is not None and dateline.country:
        return dateline.country
    named, organised, held = _names(hits, book, doc)
    titled, _, _ = _names(title_hits or {}, book)
    placed = Counter(p.country for _, found in sentences for p in found if p.country)
    scores = {c: named[c] + TITLE_WEIGHT * titled[c] + PLACED_WEIGHT * placed[c]
              for c in named | titled | placed} if named and len(sentences) > 1 else {}
    counts = scores or named or organised or held or placed
    return max(counts, key=lambda c: counts[c]) if counts else None


def _names(hits: dict[int, NameHit], book: Codebook, doc: Doc | None = None
           ) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """How often each country is named, is the country of a named organisation, and is the
    country of a named office holder."""
    named: Counter[str] = Counter()
    organised: Counter[str] = Counter()
    held: Counter[str] = Counter()
    for hit in {id(h): h for h in hits.values()}.values():
        if not (doc is not None and hit.best.what == "metonym" and _office_of(doc[hit.end - 1])):
            named.update(n.key for n in hit.names if n.what in COUNTRY_NAMES)
        org = book.organizations.get(hit.best.key) if hit.best.what == "organization" else None
        if org is not None and org.country:
            organised[org.country] += 1
        roles = book.people.get(hit.best.key, ()) if hit.best.what == "person" else ()
        held.update({r.country for r in roles})
    return named, organised, held


def _office_of(head: Token) -> bool:
    """ "the rebels' London office", "the group's Beirut spokesman": where, not whose."""
    owner = next((c for c in head.head.children if c.dep_ == "poss"), None)
    return head.dep_ == "compound" and head.head.lemma_.lower() in OFFICE_NOUNS \
        and owner is not None
