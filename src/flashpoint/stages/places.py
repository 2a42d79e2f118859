"""Where an event happened: the sentence's places, else the dateline, else the actors' country;
and which phrases only say where ("north of Baghdad")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashpoint.records import Place
from flashpoint.stages.actor_words import located

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from spacy.tokens import Doc, Span, Token

    from flashpoint.gazetteer import Gazetteer
    from flashpoint.records import Actor
    from flashpoint.stages.names import NameHit

LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "into",
                      "throughout", "within", "to"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
RANK = {"city": 0, "admin1": 1, "country": 2}

# bearings from a place: their "of" phrase says where, not whose ("a position northwest of
# Mosul", "bombed a compound north of Kabul")
BEARINGS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                      "southwest", "north-east", "north-west", "south-east", "south-west"})


# parts of a town: their "of" phrase says where too ("on the outskirts of Grozny")
TOWN_PARTS = frozenset({"outskirts", "outskirt", "suburbs", "suburb", "edge", "centre",
                        "center", "heart", "streets", "street"})


def bearing_from(head: Token) -> bool:
    """ "north of Baghdad", "on the outskirts of Grozny": the place a bearing is taken from,
    or whose part is meant."""
    return head.dep_ == "pobj" and head.head.lower_ == "of" \
        and head.head.head.lemma_.lower() in BEARINGS | TOWN_PARTS


# buildings and bodies named after the town they stand in ("Baghdad University")
PLACE_NAMED_BODIES = frozenset({"university", "airport", "hospital", "stadium", "station",
                                "port", "harbour", "harbor", "mosque", "cathedral", "church"})


# where things are, not where they go ("troops sent to Kazakhstan" are not Kazakh)
STATIC = LOCATIVE - {"to", "into", "across"}


def _locative(ent: Span, preps: frozenset[str] = LOCATIVE) -> bool:
    token = ent.root
    for _ in range(4):
        head = token.head
        if head.i == token.i:
            return False
        if token.dep_ == "pobj" and (head.lower_ in preps or bearing_from(token)
                                     or _marched_through(head)):
            return True  # "in Grozny", "on the road south of Tyre"
        if token.dep_ not in ("appos", "compound", "pobj", "conj", "nmod", "poss") \
                and not (token.dep_ == "prep" and token.lower_ == "of"):  # "the town of X"
            return False
        token = head
    return False


MARCHING = frozenset({"march", "parade", "rampage", "riot", "demonstrate", "protest", "rally"})


def _marched_through(prep: Token) -> bool:
    """ "marched through central Santiago": a crowd is where it marches through, as a convoy
    passing through a town is not."""
    return prep.lower_ == "through" and prep.head.lemma_.lower() in MARCHING


def _candidates(sent: Span) -> list[Span]:
    """Place-name candidates: the NER's places, and proper nouns it missed or mislabelled."""
    ents = list(sent.ents)  # once: a span's entities are looked up in the whole document
    spans = [e for e in ents if e.label_ in PLACE_LABELS or _placed_person(e)]
    covered = {t.i for e in ents if e.label_ in PLACE_LABELS | {"PERSON"} for t in e}
    for token in sent:
        if token.pos_ == "PROPN" and token.i not in covered and (token.dep_ != "compound" or (
                token.head.pos_ == "NOUN" and token.ent_type_ != "NORP")):  # "his Colombo home"
            left = min([token.i, *(c.i for c in token.lefts if c.dep_ == "compound")])
            spans.append(sent.doc[left:token.i + 1])
    return spans


def _placed_person(ent: Span) -> bool:
    """A one-word "person" the tagger found where only a place can be ("in Tetovo", "on the
    outskirts of Grozny"); the gazetteer still has to know it."""
    root = ent.root
    return ent.label_ == "PERSON" and len(ent) == 1 and root.dep_ == "pobj" \
        and (root.head.lower_ in LOCATIVE - {"to", "into"} or bearing_from(root))


def sentence_places(sent: Span, gazetteer: Gazetteer) -> list[Place]:
    found: list[Place] = []
    for span in _candidates(sent):
        if _locative(span):
            place = gazetteer.lookup(span.text.removeprefix("the ").removeprefix("The "))
            if place is not None and place not in found:
                found.append(place)
    return sorted(found, key=lambda p: RANK[p.precision])


def town_country(doc: Doc, gazetteer: Gazetteer) -> str | None:
    """The country of the first town or province a text names, whatever the preposition
    ("clamped a curfew on Srinagar", "the highway between Cochabamba and Santa Cruz"): the
    home of a text that names no country, so that its unnamed authorities and growers are
    someone's. Country names are left out (they are actors, counted in ``home_country``)."""
    for span in (e for e in doc.ents if e.label_ in PLACE_LABELS):  # not "Coca growers"
        place = gazetteer.lookup(span.text.removeprefix("the ").removeprefix("The "))
        if place is not None and place.country and place.precision != "country":
            return place.country
    return None


def event_place(places: list[Place], dateline: Place | None,
                actors: tuple[Actor | None, ...], gazetteer: Gazetteer) -> Place | None:
    if places:
        return places[0]
    if dateline is not None:
        return dateline
    for actor in actors:
        if actor is not None and actor.country:
            place = gazetteer.country_place(actor.country)
            if place is not None:
                return place
    return None


NOT_PLACES = frozenset({"ORG", "NORP", "PERSON", "PRODUCT", "WORK_OF_ART", "EVENT"})  # "Google"


def where_country(sent: Span, lookup: Callable[[str], str | None],
                  anywhere: bool = False) -> str | None:
    """The country of the first place, in reading order, the sentence says things are at ("in
    Grozny", "outside the embassy in Cairo", "in Siberia's Kuzbass region"; not the owner of
    "the U.S. embassy in Beijing"): by ``lookup``, a place name's country. With ``anywhere``,
    the first place named at all ("clamped a curfew on Srinagar")."""
    for span in sorted(_candidates(sent), key=lambda s: s.start):
        if (_locative(span, STATIC) or (anywhere and span.root.ent_type_ not in NOT_PLACES)) \
                and not _owns_outpost(span) \
                and (country := _qualified(span, lookup) or _lookup_place(span, lookup)):
            return country
    return None


def crowd_country(sent: Span, placed: list[str | None],
                  lookup: Callable[[str], str | None] | None, home: str | None) -> str | None:
    """Unnamed protesters' country: that of the place the protest is "in" (``placed``), else
    that of the sentence's first place ("in a rally outside the US embassy in Athens": Greek
    protesters, not American ones), else the article's (``home``)."""
    return next((c for c in placed if c), None) \
        or (where_country(sent, lookup) if lookup is not None else None) or home


def _qualified(span: Span, lookup: Callable[[str], str | None]) -> str | None:
    """ "near Oka, Quebec": the region or country after the comma says which Oka it is."""
    return next((country for c in span.root.children if c.dep_ == "appos"
                 and c.pos_ == "PROPN" and (country := lookup(
                     span.doc[c.left_edge.i:c.i + 1].text)) is not None), None)


OUTPOSTS = frozenset({"embassy", "consulate", "legation", "mission", "base"})


def _owns_outpost(span: Span) -> bool:
    """ "at the U.S. embassy in Beijing": the state that owns an embassy or a base abroad is
    not where it stands."""
    return span.root.dep_ in ("compound", "poss", "amod") \
        and span.root.head.lemma_.lower() in OUTPOSTS


def _lookup_place(span: Span, lookup: Callable[[str], str | None]) -> str | None:
    """A place name's country; for a building or body named after its town ("near Baghdad
    University", "outside Istanbul University"), the town's."""
    text = span.text.removeprefix("the ").removeprefix("The ")
    if len(span) == 1 and span[0].lower_ in PLACE_NAMED_BODIES:
        return None  # "the University of Nairobi": Nairobi says where, not a town "University"
    if (country := lookup(text)) is not None or len(span) < 2:
        return country
    return lookup(span[:-1].text.removeprefix("the ").removeprefix("The ")) \
        if span[-1].lower_ in PLACE_NAMED_BODIES else None


def minority_home(head: Token, country: str | None, lookup: Callable[[str], str | None],
                  hits: Mapping[int, NameHit]) -> str | None:
    """ "Ethnic Hungarian councillors in Romania's Harghita county", "ethnic Albanians
    marched in Skopje": an ethnic minority is coded with the country the sentence places it in,
    not the one its name comes from; None when it is placed nowhere else."""
    native = _native_american(head, country)
    if not native and not any(t.lower_ == "ethnic" for t in head.subtree if t.i < head.i):
        return None
    doer = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else head
    home = located(head, lookup, hits) or (  # "from Bhutan"; where the sentence's doers are
        where_country(head.sent, lookup) if doer.dep_ in ("nsubj", "nsubjpass") else None)
    if native and home not in native:
        return None
    return home if home is not None and home != country else None  # ("hundreds of ethnic
    # Hungarian teachers rallied in Cluj": the hundreds are the doers)


# the states of the Americas, where "Indians" are its native peoples, not India's; "Indian
# groups" only south of the United States, where they cannot be a diaspora's
AMERICAS = frozenset("""ARG ATG BHS BLZ BOL BRA BRB CAN CHL COL CRI CUB DMA DOM ECU GRD GTM GUY
    HND HTI JAM KNA LCA MEX NIC PAN PER PRY SLV SUR TTO URY USA VCT VEN""".split())
LATIN_AMERICA = AMERICAS - {"USA", "CAN"}
NATIVE_GROUPS = frozenset({"group", "community", "tribe", "village", "organization",
                           "organisation", "federation", "confederation", "people", "peasant"})


def _native_american(head: Token, country: str | None) -> frozenset[str]:
    """ "Mapuche Indians", "Indian groups": a native people of the Americas, named by a
    people's name before "Indians" or by its groups; the states it may be placed in (by
    ``minority_home``), none when it is India's."""
    if country != "IND":
        return frozenset()
    if head.lower_ == "indians":
        named = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.lefts)
        return AMERICAS if named else frozenset()
    grouped = head.lemma_.lower() in NATIVE_GROUPS and any(
        c.lower_ == "indian" and c.dep_ in ("amod", "compound") for c in head.lefts)
    return LATIN_AMERICA if grouped else frozenset()
