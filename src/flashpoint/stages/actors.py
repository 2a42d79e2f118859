"""Actor recognition: codebook names found in a parsed sentence, turned into CAMEO actor codes.

A noun phrase becomes an actor from (in order) a codebook name it contains (person, organization,
capital or metonym, country, demonym), or a sector word ("police", "Kazakh president") combined
with the country that modifies it ("Kazakh", "of Kazakhstan", "Russia's"). People's codes depend
on the date: a head of state is ``XXXGOV`` during their term and ``XXXELI`` after it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from flashpoint.codebook import Codebook
from flashpoint.gazetteer import country_on
from flashpoint.records import Actor
from flashpoint.stages.actor_words import (
    FORMER,
    LOCAL_SECTORS,
    RELATIVE,
    SECTOR_LABELS,
    SPEAKS_FOR,
    descriptions,
    indefinite_singular,
    is_personal,
    kind_of,
    led_by,
    located,
    loyal_to,
    named_body,
    named_elsewhere,
    partitive_of,
    phrase_text,
    prep_object,
    residence,
    sector_word,
    where_phrase,
)
from flashpoint.stages.coref import Antecedents
from flashpoint.stages.names import (
    NAME_PRECEDENCE,
    Matchers,
    NameHit,
    build_matchers,
    find_names,
    in_a_sea_name,
)
from flashpoint.stages.owners import modified_by_country, owning_country
from flashpoint.stages.people import person_actor, person_on_day
from flashpoint.stages.places import minority_home, where_country
from flashpoint.stages.reports import inverted_report, reporting_verb
from flashpoint.stages.seats import seat_country
from flashpoint.stages.syntax import partitive_whole, prep_objects, stray_conjuncts, subject
from flashpoint.stages.titles import related_named, title_words, titled_elsewhere, titled_known

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["NAME_PRECEDENCE", "ActorBuilder", "Matchers", "NameHit", "Resolved", "build_matchers",
           "find_names"]

# parties and state bodies that other countries have namesakes of ("Turkey's National Security
# Council", "Albania's Democratic Party")
NAMESAKES = frozenset({"PTY", "GOV", "LEG"})
UNKNOWN_COUNTRY = "---"  # CAMEO's country part of an actor code when no country is known


@dataclass(frozen=True, slots=True)
class Resolved:
    """An actor and how it was found (explicit words, a pronoun, or the article's context)."""

    actor: Actor
    how: str  # name | sector | pronoun | context


STATES = frozenset({"government", "state", "nation", "country", "regime", "parliament"})
FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our"})


class ActorBuilder:
    """Turns noun-phrase heads of one document into actors, on a given day."""

    def __init__(self, book: Codebook, hits: dict[int, NameHit], day: str,
                 default_country: str | None,
                 place_country: Callable[[str], str | None] | None = None) -> None:
        self.book = book
        self.hits = hits
        self.day = day
        self.default_country = default_country
        self.place_country = place_country  # a place name's country (the gazetteer), if any
        self.antecedents = Antecedents()

    # -- names -------------------------------------------------------------------------
    def from_name(self, hit: NameHit, text: str) -> Actor | None:
        name = hit.best
        if name.what == "person":
            return person_actor(self.book, self.day, person_on_day(self.book, self.day, hit),
                                text)
        if name.what == "metonym":  # a capital; before its state was born, a town of the old
            then = country_on(name.key, self.day)  # one ("Juba" in 1995: Sudan's)
            return self.state(then, "GOV" if then == name.key else None, text)
        return self.coded(name.key, text)

    def coded(self, code: str, text: str) -> Actor:
        """The actor a country or organization code stands for."""
        if code in self.book.organizations:
            org = self.book.organizations[code]
            home = country_on(org.country, self.day) if org.country else None  # KLA, 1998
            code = home + org.code[3:] if home != org.country and home else org.code
            return Actor(text, code, home, org.sector, org.kind, org.name, org.wikidata)
        country = self.book.countries[country_on(code, self.day)]  # "Kosovo" in 1999: Serbia
        return Actor(text, country.code, country.code, None, "state", country.name,
                     country.wikidata)

    def state(self, country: str | None, sector: str | None, text: str) -> Actor:
        country = country_on(country, self.day) if country else country  # "Kosovo" in 1999
        entry = self.book.countries.get(country or "")
        label = SECTOR_LABELS.get(sector or "", sector or "")
        if entry and label:
            name = f"{label} of {entry.name}"
        else:
            name = entry.name if entry else label
        prefix = country or (UNKNOWN_COUNTRY if sector else "")  # "---OPP": nobody's known
        return Actor(text, prefix + (sector or ""), country, sector,
                     kind_of(sector), name, entry.wikidata if entry and not sector else None)

    # -- noun phrases ------------------------------------------------------------------
    def resolve(self, head: Token) -> Resolved | None:
        """The actor a noun-phrase head names, or None; an ethnic minority's state is the one
        the sentence places it in (``places.minority_home``)."""
        found, lookup = self._resolve(head), self.place_country
        if found is not None and lookup is not None and (found.actor.kind == "state" or (
                found.how != "name" and found.actor.kind in ("person_group", "armed_group"))) \
                and (home := minority_home(head, found.actor.country, lookup, self.hits)):
            return Resolved(self.state(home, found.actor.sector, found.actor.text), found.how)
        return found

    def _resolve(self, head: Token) -> Resolved | None:
        if head.pos_ == "PRON":
            return self.pronoun(head)
        hit = self.hits.get(head.i)
        if hit is not None:
            actor = self.from_name(hit, phrase_text(head, hit))
            return Resolved(self._in_context(actor, head, hit), "name") if actor else None
        if (group := self.antecedents.for_group_noun(head)
                or self.antecedents.for_state_noun(head)) is not None:
            return Resolved(group, "pronoun")  # "the group", "the country", named before
        if (person := self.antecedents.for_surname(head)) is not None:
            return Resolved(person, "name")
        sector = self.sector_of(head)
        if sector is not None:
            return self._sector_actor(head, sector)
        if head.pos_ == "PROPN" and (titled := self._titled_person(head)) is not None:
            return titled
        if (of := partitive_of(head)) is not None:
            return self.resolve(of)
        if (body := named_body(head, self.hits)) is not None:  # "the Henry Dunant Centre"
            return Resolved(body, "name")
        related = related_named(head, self.hits)  # "key U.S. ally Pakistan": Pakistan
        found = (self.resolve(related) if related is not None else None) \
            or self._owned(head) or self._by_apposition(head) \
            or self._place_state(head) or self._countryman(head)
        if found is None and head.pos_ == "PROPN" and head.ent_type_ in ("ORG", "PERSON") \
                and self.default_country is not None \
                and not named_elsewhere(head, self.hits, self.default_country):
            return Resolved(self.state(self.default_country, None, phrase_text(head, None)),
                            "context")
        return found

    def town(self, head: Token) -> bool:
        """Whether a name is a place the gazetteer knows below the level of a country."""
        return head.i not in self.hits and self._place_state(head) is not None

    def _place_state(self, head: Token) -> Resolved | None:
        """A town or region named as an actor stands for its country ("shelled Kharkiv",
        "Aleppo was bombed"): the gazetteer's country, as the state."""
        if head.pos_ != "PROPN" or head.ent_type_ in ("PERSON", "DATE", "TIME") \
                or self.place_country is None or where_phrase(head) \
                or in_a_sea_name(head.doc, head.i, head.i + 1):
            return None
        if any(c.dep_ == "prep" and c.lower_ == "of" and any(
                o.pos_ == "PROPN" for o in c.children) for c in head.rights):
            return None  # "the Confederation of Indigenous Nationalities": a body's name
        text = phrase_text(head, None)
        country = self.place_country(text)
        if country is None or country not in self.book.countries:  # own dictionaries alone
            return None
        return Resolved(self.state(country, None, text), "context")

    def _by_apposition(self, head: Token) -> Resolved | None:
        """An unknown name its ``descriptions`` place ("Tomas Reyes of the army"); one
        nobody's own is its owner's ("Tom Ray, who was Trump's envoy,": a U.S. official)."""
        if head.pos_ != "PROPN":
            return None
        said = descriptions(head)
        for c, how in (d for d in said if d[1] != "title"):
            found = self.resolve(c)  # "of UNICEF", not "Joe Ray of Texas"
            if found and (how != "places" or len(found.actor.code) > 3):
                return Resolved(replace(found.actor, text=phrase_text(head, None)), found.how)
        for c in (c for c, how in said if how != "places" and c.pos_ in ("NOUN", "PROPN")):
            owner = next((o for o in c.lefts if o.dep_ == "poss" and o.pos_ == "PROPN"), None)
            found = self.resolve(owner) if owner is not None else None
            if found is not None and found.how == "name" and found.actor.country:
                return Resolved(replace(found.actor, text=phrase_text(head, None)), "sector")
        return None

    def _in_context(self, actor: Actor, head: Token, hit: NameHit) -> Actor:
        """What the words around a name change: a title ("Bree Prime Minister Romendacil"),
        where an ethnic group lives ("Bosnian Serbs" are Bosnia's), a sector noun shared
        with a conjunct ("Sierra Leonean and Liberian refugees")."""
        what, key = hit.best.what, hit.best.key
        if what in ("person", "country"):
            title = title_words(head, self.book.sectors)  # read once, used by both rules
            titled = titled_elsewhere(self.book, self.hits, actor, title) \
                if what == "person" else None  # "NATO Secretary-General Javier Solana"
            return titled or titled_known(actor, title)
        igo = actor.code.startswith("IGO")  # "Algeria's High Security Council": its own body
        if what == "organization" and (actor.sector in NAMESAKES or igo) and (  # a namesake
                owner := owning_country(head, self.hits)) not in (None, actor.country):
            return self.state(owner, "GOV" if igo else actor.sector, actor.text)  # abroad:
            # "Albania's Democratic Party"
        if what != "adjective":
            return actor
        if (home := residence(head, key, self.hits)) is not None:
            return self.coded(home, actor.text)
        shared = self._shared_sector(head)
        return self.state(key, shared, actor.text) if shared is not None else actor

    def _shared_sector(self, head: Token) -> str | None:
        """ "Sierra Leonean and Liberian refugees" parsed as "Sierra Leonean" and "Liberian
        refugees": the demonym shares the sector noun of the conjunct after it."""
        for conj in (c for c in head.conjuncts if c.i > head.i):
            if any(m.i in self.hits for m in conj.lefts if m.dep_ == "amod"):
                return self.sector_of(conj)
        return None

    def _owned(self, head: Token) -> Resolved | None:
        actor = modified_by_country(self, head)  # "two Borvian engineers" (owners.py)
        return Resolved(actor, "sector") if actor is not None else None

    def resolve_many(self, head: Token) -> list[Resolved]:
        """Like ``resolve``, but "Russian and American diplomats" and "the ambassadors of
        France and Italy" give two actors."""
        first = self.resolve(head)
        if first is None:
            return []
        found = [first]
        hit = self.hits.get(head.i)
        if first.how == "name" and hit is not None:  # "the E3": each member
            found += [Resolved(self.coded(c, first.actor.text), "name") for c in hit.best.group]
        if first.how == "sector":  # "Russian and American diplomats", "Turkish and Greek sides"
            owners = [c for c in head.lefts if c.i in self.hits]
            whole = partitive_whole(head)
            owners += [o for h in {head, whole} for p in ("of", "from", "in")  # "hundreds of
                       for o in prep_objects(h, p)]  # soldiers from A and B"
            strays = stray_conjuncts(head)  # "lawmakers in Fornost and Gondor"
            for conj in [*(c for owner in owners for c in owner.conjuncts), *strays]:
                hit = self.hits.get(conj.i)  # "warships from the Indian navy and Sri Lanka's
                country = hit.best.key if hit is not None and hit.best.what in (  # navy"
                    "adjective", "country", "metonym") else self._state_of(conj)
                actor = self.state(country, first.actor.sector, phrase_text(head, None))
                if country and all(actor.code != f.actor.code for f in found):
                    found.append(Resolved(actor, "sector"))
        return found

    def _state_of(self, head: Token) -> str | None:
        """The country of a state actor an unnamed phrase stands for ("Sri Lanka's navy")."""
        found = self.resolve(head) if head.i not in self.hits else None
        return found.actor.country if found is not None and found.actor.kind == "state" else None

    def _countryman(self, head: Token) -> Resolved | None:
        """ "U.S. Trade Representative Carla Hills": a person the codebook does not know, under
        a title it does not know either, is of the country named in front of the name."""
        if head.ent_type_ != "PERSON":
            return None
        for word in (t for t in head.subtree if t.i < head.i and t.dep_ in ("compound", "amod")):
            hit = self.hits.get(word.i)
            if hit is not None and hit.best.what in ("adjective", "country"):
                return Resolved(self.state(hit.best.key, None, phrase_text(head, None)), "sector")
        return None

    def _titled_person(self, head: Token) -> Resolved | None:
        """ "Zimbabwean Prime Minister Robert Mugabe": a person the codebook does not know,
        coded by their title and the country that modifies it, else the article's country."""
        words, sector = title_words(head, self.book.sectors)
        if sector is None:
            return None
        of = prep_object(head, ("of",))  # "King Hassan of Morocco"
        for word in [*words, *([of] if of is not None else [])]:
            hit = self.hits.get(word.i)
            if hit is not None and hit.best.what == "organization" \
                    and (group := self.from_name(hit, phrase_text(word, hit))) is not None:
                return Resolved(group, "name")  # "Hamas political leader Khaled Meshaal"
            if hit is not None and hit.best.what in ("adjective", "country", "metonym"):
                if any(w.lemma_.lower() in FORMER for w in words) and sector == "GOV":
                    sector = "ELI"
                return Resolved(self.state(hit.best.key, sector, phrase_text(head, None)),
                                "sector")
        if (described := self._by_apposition(head)) is not None:
            return described  # "Qassem Soleimani, commander of the Revolutionary Guards"
        if self.default_country is None or head.ent_type_ not in ("PERSON", "ORG", ""):
            return None
        actor = self.state(self.default_country, sector, phrase_text(head, None))
        return Resolved(actor, "context")  # "President Museveni" in an article about Uganda

    def sector_of(self, head: Token) -> str | None:
        return sector_word(head, self.book.sectors, self.hits)

    def _sector_actor(self, head: Token, sector: str) -> Resolved | None:
        text = phrase_text(head, None)
        if sector == "GOV" and any(c.lemma_.lower() in FORMER for c in head.lefts):
            sector = "ELI"
        owner = self._owner(head)
        if owner is not None and owner.actor.kind in ("igo", "ngo", "party", "armed_group"):
            return Resolved(owner.actor, owner.how)
        if owner is not None and owner.actor.country:
            how = "sector" if owner.how == "name" else owner.how
            return Resolved(self.state(owner.actor.country, sector, text), how)
        if (country := located(head, self.place_country, self.hits)) is not None:
            return Resolved(self.state(country, sector, text), "sector")
        if indefinite_singular(head) or (head.tag_ == "NNS" and head.lemma_.lower() in STATES):
            return None  # "a student"; "Western governments" are several states, not this one
        if sector in LOCAL_SECTORS and self.place_country is not None \
                and (country := where_country(head.sent, self.place_country)):
            return Resolved(self.state(country, sector, text), "context")
        if (home := seat_country(head, self.default_country, self.place_country)) is None:
            return Resolved(replace(self.state(None, sector, text),  # "rebels", nowhere: "---REB"
                                    code=UNKNOWN_COUNTRY + sector), "sector")
        return Resolved(self.state(home, sector, text), "context")

    def _owner(self, head: Token) -> Resolved | None:
        """The country or organization a sector word belongs to ("Kazakh", "of the CSTO")."""
        for child in head.lefts:
            child = led_by(child, self.hits)
            if child.i in self.hits:
                actor = self.from_name(self.hits[child.i], child.text)
                if actor is not None:
                    return Resolved(actor, "name")
            if child.dep_ == "poss" and child.pos_ == "PRON":
                return self.pronoun(child)
            if (child.dep_ == "compound" or (child.dep_ == "poss" and child.pos_ == "NOUN")) \
                    and child.i not in self.hits and (
                    (found := self.resolve(child)) is not None) and found.how != "context":
                return found  # "US Navy helicopters": the US Navy's; "Australian dockers'
                # unions": Australia's
        preps = ("of", "from", "in", *(("for",) if head.lemma_.lower() in SPEAKS_FOR else ()))
        whole = partitive_whole(head)  # "hundreds of soldiers and police from Fiji"
        for obj in (*(prep_object(head, (prep,)) for prep in preps), loyal_to(head),
                    *(prep_object(whole, (prep,)) for prep in ("from", "in") if whole != head)):
            if obj is not None and (found := self.resolve(obj)) is not None:
                return found  # "militants loyal to bin Laden": bin Laden's
        return None

    # -- pronouns ----------------------------------------------------------------------
    def remember_sentence(self, sent: Span) -> None:
        """Every explicit actor mention, in order, as a possible antecedent of later pronouns
        and group nouns; an organisation named as a modifier counts ("an Islamic State
        target")."""
        for token in sent:
            if token.pos_ not in ("NOUN", "PROPN"):
                continue
            hit = self.hits.get(token.i)
            named_org = hit is not None and hit.best.what == "organization" \
                and token.i == hit.end - 1
            if token.dep_ not in ("compound", "amod") or named_org:
                found = self.resolve(token)
                if found is not None:
                    self.remember(found, token)

    def remember(self, found: Resolved, head: Token) -> None:
        """Record an explicit actor as a later pronoun's possible antecedent; a person the
        codebook does not know counts too ("Gillibrand ... she": the article's country), and
        so does a sector word placed by context ("the rebels said they ...")."""
        if found.how in ("name", "sector") or (
                found.how == "context" and (head.ent_type_ == "PERSON" or head.pos_ == "NOUN")):
            hit = self.hits.get(head.i)
            place = hit is not None and head.ent_iob_ != "I" and hit.best.what in (
                "country", "capital", "metonym", "organization")  # "Khartoum said it would":
            personal = (hit is not None and hit.best.what == "person") or (  # a capital the
                not place and is_personal(head))  # tagger took for a person is an "it"; not
            self.antecedents.add(found.actor, head, personal)  # inside a person's name
            # ("Sudesh Amman")

    def pronoun(self, token: Token) -> Resolved | None:
        word = token.lower_
        if word in FIRST_PERSON:
            return self._speaker(token)
        if word in RELATIVE and token.head.dep_ == "relcl":
            antecedent = token.head.head
            return self.resolve(antecedent) if antecedent.pos_ != "PRON" else None
        found = self.antecedents.for_pronoun(token)
        return Resolved(found, "pronoun") if found is not None else None

    def _speaker(self, token: Token) -> Resolved | None:
        """ "'We appreciate the swift response,' the U.S. embassy said": "I" and "we" in what a
        speech verb reports are its speaker, also before a colon ("responded: 'I ...'")."""
        speech = reporting_verb(token, self.book) or inverted_report(token, self.book)
        doer = subject(speech) if speech is not None else None
        if doer is None or doer.i == token.i or doer.lower_ in FIRST_PERSON:
            return None
        return self.resolve(doer)
