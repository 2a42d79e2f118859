"""Actor recognition: codebook names found in a parsed sentence, turned into CAMEO actor codes.

A noun phrase becomes an actor from (in order) a codebook name it contains (person, organization,
capital or metonym, country, demonym), or a sector word ("police", "Kazakh president") combined
with the country that modifies it ("Kazakh", "of Kazakhstan", "Russia's"). People's codes depend
on the date: a head of state is ``XXXGOV`` during their term and ``XXXELI`` after it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from flashpoint.codebook import ActorName, Codebook
from flashpoint.records import Actor

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc, Token

NAME_PRECEDENCE = {"person": 0, "organization": 1, "metonym": 2, "country": 3, "adjective": 4}
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


@dataclass(frozen=True, slots=True)
class NameHit:
    start: int
    end: int
    names: tuple[ActorName, ...]

    @property
    def best(self) -> ActorName:
        return min(self.names, key=lambda n: NAME_PRECEDENCE[n.what])


@dataclass(frozen=True, slots=True)
class Matchers:
    lower: PhraseMatcher
    exact: PhraseMatcher


def _surface_forms(surface: str) -> list[str]:
    forms = [surface]
    if surface.lower().startswith("the "):
        forms.append(surface[4:])
    return forms


@lru_cache(maxsize=4)
def build_matchers(book: Codebook, nlp: Language) -> Matchers:
    """PhraseMatchers over every codebook name (all-caps abbreviations match case-sensitively)."""
    from spacy.matcher import PhraseMatcher

    lower = PhraseMatcher(nlp.vocab, attr="LOWER")
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    for key, entries in book.names.items():
        for form in _surface_forms(entries[0].surface):
            if form.startswith("the "):
                continue
            doc = nlp.make_doc(form)
            target = exact if form.isupper() and len(form) <= 6 else lower
            target.add(key, [doc])
    return Matchers(lower, exact)


def find_names(doc: Doc, book: Codebook, matchers: Matchers) -> dict[int, NameHit]:
    """Token index -> the codebook name covering it (longest match wins)."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    spans = []
    for matcher in (matchers.exact, matchers.lower):
        for match_id, start, end in matcher(doc):
            if doc[start].text[:1].isupper():
                spans.append(Span(doc, start, end, label=match_id))
    hits: dict[int, NameHit] = {}
    for span in filter_spans(spans):
        names = book.names.get(span.label_, ())
        if not names:
            continue
        hit = NameHit(span.start, span.end, names)
        for i in range(span.start, span.end):
            hits[i] = hit
    return hits


SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@dataclass(frozen=True, slots=True)
class Mention:
    """An explicit actor mention, kept as a possible antecedent for later pronouns."""

    index: int
    sentence: int
    actor: Actor
    personal: bool
    plural: bool
    subject: bool


@dataclass(frozen=True, slots=True)
class Resolved:
    """An actor and how it was found (explicit words, a pronoun, or the article's context)."""

    actor: Actor
    how: str  # name | sector | pronoun | context


class ActorBuilder:
    """Turns noun-phrase heads of one document into actors, on a given day."""

    def __init__(self, book: Codebook, hits: dict[int, NameHit], day: str,
                 default_country: str | None) -> None:
        self.book = book
        self.hits = hits
        self.day = day
        self.default_country = default_country
        self.history: list[Mention] = []

    # -- names -------------------------------------------------------------------------
    def from_name(self, hit: NameHit, text: str) -> Actor | None:
        name = hit.best
        if name.what == "person":
            return self._person(name.key, text)
        if name.what == "organization":
            org = self.book.organizations[name.key]
            return Actor(text, org.code, org.country, org.sector, org.kind, org.name, org.wikidata)
        country = self.book.countries[name.key]
        if name.what == "metonym":
            return self.state(country.code, "GOV", text)
        return Actor(text, country.code, country.code, None, "state", country.name,
                     country.wikidata)

    def _person(self, person: str, text: str) -> Actor | None:
        roles = self.book.people[person]
        current = self.book.roles(person, self.day)
        if current:
            role = current[0]
            sector = role.sector
        elif roles[0].valid_from <= self.day:
            role, sector = roles[-1], "ELI"
        else:
            role, sector = roles[0], ""
        return Actor(text, role.country + sector, role.country, sector or None,
                     "state" if sector in STATE_SECTORS else "person_group", person, role.wikidata)

    def state(self, country: str | None, sector: str | None, text: str) -> Actor:
        entry = self.book.countries.get(country or "")
        label = SECTOR_LABELS.get(sector or "", sector or "")
        if entry and label:
            name = f"{label} of {entry.name}"
        else:
            name = entry.name if entry else label
        return Actor(text, (country or "") + (sector or ""), country, sector,
                     kind_of(sector), name, entry.wikidata if entry and not sector else None)

    # -- noun phrases ------------------------------------------------------------------
    def resolve(self, head: Token) -> Resolved | None:
        """The actor a noun-phrase head names, or None."""
        if head.pos_ == "PRON":
            return self.pronoun(head)
        hit = self.hits.get(head.i)
        if hit is not None:
            actor = self.from_name(hit, phrase_text(head, hit))
            return Resolved(actor, "name") if actor else None
        sector = self.sector_of(head)
        if sector is not None:
            return self._sector_actor(head, sector)
        if head.pos_ == "PROPN" and (titled := self._titled_person(head)) is not None:
            return titled
        of = _prep_object(head, ("of",))
        if of is not None and (head.lemma_.lower() in PARTITIVE_HEADS or head.like_num):
            return self.resolve(of)
        return self._modified_by_country(head)

    def _modified_by_country(self, head: Token) -> Resolved | None:
        """ "two Borvian engineers", "the Borvian proposal", "U.N. helicopters", "the al-Qaeda
        network": the country or organisation that owns it."""
        if head.pos_ != "NOUN":
            return None
        for child in head.lefts:
            hit = self.hits.get(child.i)
            if hit is not None and child.dep_ in ("amod", "compound", "poss", "nmod") \
                    and hit.best.what in ("adjective", "country", "organization"):
                actor = self.from_name(hit, phrase_text(head, None))
                return Resolved(actor, "sector") if actor else None
        return None

    def resolve_many(self, head: Token) -> list[Resolved]:
        """Like ``resolve``, but "Russian and American diplomats" and "the ambassadors of
        France and Italy" give two actors."""
        first = self.resolve(head)
        if first is None:
            return []
        found = [first]
        if first.how == "sector" and first.actor.sector:
            owners = [c for c in head.lefts if c.i in self.hits]
            owners += [o for o in (_prep_object(head, ("of", "from", "in")),)
                       if o is not None and o.i in self.hits]
            for conj in (c for owner in owners for c in owner.conjuncts):
                hit = self.hits.get(conj.i)
                if hit is not None and hit.best.what in ("adjective", "country"):
                    actor = self.state(hit.best.key, first.actor.sector,
                                       phrase_text(head, None))
                    if all(actor.code != f.actor.code for f in found):
                        found.append(Resolved(actor, "sector"))
        return found

    def _titled_person(self, head: Token) -> Resolved | None:
        """ "Zimbabwean Prime Minister Robert Mugabe": a person the codebook does not know,
        coded by their title and the country that modifies it, else the article's country."""
        words = [t for t in head.subtree if t.i < head.i and t.dep_ in ("compound", "amod", "nmod")
                 and not t.is_punct]  # "Vice-President": "vice", "president"
        lemmas = [w.lemma_.lower() for w in words]
        sector = None
        for size in (3, 2, 1):
            for start in range(len(lemmas) - size + 1):
                entry = self.book.sectors.get(" ".join(lemmas[start:start + size]))
                if entry is not None and sector is None:
                    sector = entry.sector
        if sector is None:
            return None
        of = _prep_object(head, ("of",))  # "King Hassan of Morocco"
        for word in [*words, *([of] if of is not None else [])]:
            hit = self.hits.get(word.i)
            if hit is not None and hit.best.what in ("adjective", "country", "metonym"):
                if any(w.lemma_.lower() in FORMER for w in words) and sector == "GOV":
                    sector = "ELI"
                return Resolved(self.state(hit.best.key, sector, phrase_text(head, None)),
                                "sector")
        if self.default_country is None or head.ent_type_ not in ("PERSON", "ORG", ""):
            return None
        actor = self.state(self.default_country, sector, phrase_text(head, None))
        return Resolved(actor, "context")  # "President Museveni" in an article about Uganda

    def sector_of(self, head: Token) -> str | None:
        words = [c for c in head.lefts if c.dep_ in ("compound", "amod") and c.i not in self.hits]
        for start in range(len(words) + 1):
            phrase = " ".join([*(w.lemma_.lower() for w in words[start:]), head.lemma_.lower()])
            entry = self.book.sectors.get(phrase)
            if entry is not None:
                return entry.sector
        return None

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
        if self.default_country is None or _indefinite_singular(head):
            return None
        return Resolved(self.state(self.default_country, sector, text), "context")

    def _owner(self, head: Token) -> Resolved | None:
        """The country or organization a sector word belongs to ("Kazakh", "of the CSTO")."""
        for child in head.lefts:
            if child.i in self.hits:
                actor = self.from_name(self.hits[child.i], child.text)
                if actor is not None:
                    return Resolved(actor, "name")
            if child.dep_ == "poss" and child.pos_ == "PRON":
                return self.pronoun(child)
        for prep in ("of", "from", "in"):
            obj = _prep_object(head, (prep,))
            if obj is not None and (found := self.resolve(obj)) is not None:
                return found
        return None

    # -- pronouns ----------------------------------------------------------------------
    def remember(self, found: Resolved, head: Token) -> None:
        """Record an explicit actor as a later pronoun's possible antecedent."""
        if found.how in ("name", "sector"):
            hit = self.hits.get(head.i)
            personal = _is_personal(head) or (hit is not None and hit.best.what == "person")
            self.history.append(Mention(head.i, head.sent.start, found.actor, personal,
                                        _is_plural(head), head.dep_ in SUBJECTS))

    def pronoun(self, token: Token) -> Resolved | None:
        word = token.lower_
        if word in RELATIVE and token.head.dep_ == "relcl":
            antecedent = token.head.head
            return self.resolve(antecedent) if antecedent.pos_ != "PRON" else None
        want = PRONOUNS.get(word)
        if want is None:
            return None
        before = [m for m in self.history if m.index < token.i
                  and _agrees(want, m.personal, m.plural)]
        same = [m for m in before if m.sentence == token.sent.start]
        if same:  # "Moscow, which said it would": the nearest mention in the sentence
            return Resolved(same[-1].actor, "pronoun")
        previous = [m for m in before if m.sentence == max((b.sentence for b in before),
                                                           default=-1)]
        subjects = [m for m in previous if m.subject]
        chosen = (subjects or previous)[:1]
        return Resolved(chosen[0].actor, "pronoun") if chosen else None



SECTOR_LABELS = {"GOV": "Government", "MIL": "Military", "COP": "Police", "OPP": "Opposition",
                 "ELI": "Former leaders", "JUD": "Judiciary", "LEG": "Legislature",
                 "REB": "Rebels", "INS": "Insurgents", "CVL": "Civilians", "MED": "Media",
                 "CRM": "Criminals", "UAF": "Armed groups", "BUS": "Business"}
FORMER = frozenset({"former", "ex", "ousted", "late", "deposed", "exiled"})
PARTITIVE_HEADS = frozenset({"unit", "member", "part", "group", "delegation", "contingent",
                             "representative", "head", "chief", "leader", "spokesman",
                             "spokeswoman", "spokesperson", "secretariat", "envoy", "dozen",
                             "hundred", "thousand", "million", "number", "score", "couple"})
RELATIVE = frozenset({"which", "who", "that", "whom"})
PRONOUNS = {"he": "person", "him": "person", "his": "person", "she": "person", "her": "person",
            "it": "thing", "its": "thing", "they": "plural", "them": "plural",
            "their": "plural"}


def kind_of(sector: str | None) -> str:
    if sector is None or sector in STATE_SECTORS:
        return "state"
    if sector in ("REB", "INS", "UAF"):
        return "armed_group"
    return {"PTY": "party", "NGO": "ngo", "IGO": "igo"}.get(sector, "person_group")


def phrase_text(head: Token, hit: NameHit | None) -> str:
    keep = ("compound", "amod", "poss", "nmod", "det", "nummod", "case", "punct")
    left = min([head.i, *(c.left_edge.i for c in head.lefts if c.dep_ in keep)])
    right = max(head.i, hit.end - 1 if hit else head.i)
    return head.doc[left:right + 1].text


def _prep_object(head: Token, preps: tuple[str, ...]) -> Token | None:
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in preps:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def _is_personal(head: Token) -> bool:
    return head.ent_type_ == "PERSON" or head.lemma_.lower() in PERSON_WORDS


def _agrees(want: str, personal: bool, plural: bool) -> bool:
    if want == "person":
        return personal
    if want == "thing":
        return not personal and not plural
    return plural or not personal


def _indefinite_singular(head: Token) -> bool:
    """ "a student" names nobody in particular; "the police", "protesters" do."""
    return head.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "some")
                                     for c in head.children)


def _is_plural(head: Token) -> bool:
    return head.tag_ in ("NNS", "NNPS")


PERSON_WORDS = frozenset({"president", "minister", "leader", "spokesman", "spokeswoman",
                          "official", "chancellor", "king", "queen", "premier", "ambassador",
                          "envoy", "general", "commander", "secretary", "governor", "mayor"})
