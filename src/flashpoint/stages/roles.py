"""Who plays a part in an event: the actors a trigger's subject, owner, "by" or "between"
phrase names, and the actor a non-actor phrase belongs to. The sentence coder builds on it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from flashpoint.codebook import Codebook, VerbPattern
from flashpoint.stages.actor_words import partitive_of, where_phrase
from flashpoint.stages.actors import ActorBuilder, Resolved
from flashpoint.stages.carriers import AIMED, errand_verb, light_verb, manner_verb
from flashpoint.stages.laid import blamed_on, laid_doer
from flashpoint.stages.mentions import as_means, makers, phrase_names_whom, platform
from flashpoint.stages.patterns import felt
from flashpoint.stages.phrases import match_phrase, noun_heads, verb_phrase_after
from flashpoint.stages.places import bearing_from
from flashpoint.stages.syntax import (
    child,
    direct_object,
    folded_coordination,
    is_passive,
    prep_objects,
    subject,
    with_conjuncts,
)

if TYPE_CHECKING:

    from spacy.tokens import Token


OWNING = frozenset({"belong", "own", "run", "operate"})  # whose a place or thing is
REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself"})
TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})
MUTUAL_LEMMAS = frozenset({"agree", "reach", "clash", "fight", "fighting", "battle", "skirmish",
                           "exchange"})
# "talks between India and Pakistan began" (a pact "was signed"): both act, as the subject
# ("offered to broker talks between them": the broker acts, the two are talked with)
MEETINGS = frozenset({"talk", "meeting", "summit", "consultation", "dialogue", "negotiation",
                      "exercise", "drill", "manoeuvre", "maneuver", "conversation", "treaty",
                      "accord", "agreement", "pact", "truce", "ceasefire", "armistice",
                      "tie", "relation"})  # "ties between A and B were restored"
# nouns of a force's own movement: its "of" phrase names who moves ("the withdrawal of the
# last Israeli troops"); of other nouns it names the target ("the arrest of Ayman Nour")
FORCE_MOVES = frozenset({"deployment", "redeployment", "dispatch", "withdrawal", "pullout",
                         "pull-out", "arrival", "buildup", "build-up", "mobilization",
                         "mobilisation", "incursion", "advance", "retreat", "departure"})
# craft, crews and weapons that act for whoever sent them ("planes from Russia's Emergencies
# Ministry", "a missile believed to be fired by rebels")
CARRIERS = frozenset({"plane", "aircraft", "airliner", "jet", "helicopter", "ship", "vessel",
                      "boat", "convoy", "truck", "lorry", "vehicle", "flight", "crew", "team",
                      "missile", "rocket", "shell", "bomb", "mortar", "grenade", "drone",
                      "carrier", "warship", "frigate", "destroyer", "submarine"})


def _object_named(verb: Token, pattern: VerbPattern) -> bool:
    """Whether a passive verb's object can stand for its doer's state ("forces were
    deployed", "a lawsuit filed"): not someone accused ("officials accused of genocide" are
    the accused, not the accusers)."""
    obj = direct_object(verb)
    return obj is not None and (pattern.code[:2] != "11" or obj.lemma_.lower() in pattern.objects)


def given_to(verb: Token, pattern: VerbPattern) -> bool:
    """ "Mengistu was given asylum": a passive that keeps its object names whom the thing is
    given to as its subject."""
    return "dative" in pattern.targets and is_passive(verb) and child(verb, "dobj") is not None


def _bracketed(token: Token) -> bool:
    start = token.left_edge.i
    return start > 0 and token.doc[start - 1].text == "("


# passive verbs whose agent does, orders or makes known a nominal act: "was carried out by"
DONE_BY = frozenset({"carry", "conduct", "complete", "order", "approve", "authorize",
                     "authorise", "announce", "confirm", "disclose", "implement", "execute",
                     "perform", "undertake", "stage", "launch", "organize", "organise"})
SENDINGS = frozenset({"airlift", "shipment", "consignment", "delivery", "donation", "aid",
                      "assistance", "supply", "loan", "grant", "airdrop", "convoy"})
EXPULSIONS = frozenset({"174", "201"})  # expelling people: from a country, by its state
# sending home one's own envoys ("the ambassador was recalled"), not expelling others'
RECALLING = frozenset({"recall", "call", "withdraw", "pull", "bring"})


def _expels(pattern: VerbPattern) -> bool:
    """Expelling people, diplomats, peacekeepers, inspectors or agencies: the ones expelled
    are not the doers, though a passive makes them the subject."""
    return pattern.code in EXPULSIONS or (
        pattern.code[:3] in ("161", "166") and pattern.lemma not in RECALLING
        and bool(pattern.objects))
OWN_MEASURES = frozenset({"081", "172"})  # easing or imposing restrictions: the owner's act
OWN_EXITS = frozenset({"0831", "0874", "087"})  # resigning, surrendering, pulling out: "of" does
NOT_DOERS = frozenset({"general", "criminal"})  # "a general strike", "a criminal threat"


# words that make captives hostages of armed men, not prisoners of a state
TAKEN_CAPTIVE = frozenset({"hostage", "captive", "kidnap", "abduct", "seize", "snatch"})


class RoleFinder:
    """Finds the doers and the actors of phrases for one document's sentence coder."""

    def __init__(self, book: Codebook, actors: ActorBuilder) -> None:
        self.book = book
        self.actors = actors

    def resolve_all(self, head: Token | None) -> list[Resolved]:
        if head is None:
            return []
        if (of := partitive_of(head)) is not None and self.actors.sector_of(head) is None:
            return self.resolve_all(of)  # "hundreds of Sierra Leonean and Liberian refugees"
        found = [r for t in with_conjuncts(head) for r in self.actors.resolve_many(t)]
        named = child(head, "appos")  # "the militant Islamic group Hamas" is Hamas; "the
        if not found and named is not None and not _bracketed(named):  # Homeland Union
            return self.resolve_all(named)  # (Conservatives)" is not the Tories
        return found

    def _doers(self, token: Token, pattern: VerbPattern) -> list[Resolved]:
        """Who does it, by the trigger's grammar: a noun's owner or "by" phrase, an
        adjective's subject, a verb's subject (or its passive object's state)."""
        if token.pos_ in ("NOUN", "PROPN"):
            found = self._noun_source(token)
            for expelled in (token, *prep_objects(token, "of")) if not found \
                    and pattern.code in EXPULSIONS else ():  # "the expulsion of Eritreans
                found = found or self._expelling_state(expelled)  # from Ethiopia"
            if not found and pattern.code[:3] in OWN_MEASURES:
                found = self._measure_owner(token)  # "the lifting of Algeria's emergency"
            if not found and pattern.pos == "NOUN" and pattern.code[:4] in OWN_EXITS:
                found = [r for r in self.resolve_all(next(prep_objects(token, "of"), None))
                         if r.how != "context"]  # "the resignation of Shevardnadze"
            talks = [] if found else [t for t in prep_objects(token, "of")
                                      if t.lemma_.lower() in MEETINGS]  # "the resumption of
            # talks between A and B": A and B resume
            sides = self.resolve_all(next(prep_objects(talks[0], "between"), None)) \
                if talks else []
            return found or (sides if len(sides) > 1 else [])
        if token.pos_ == "ADJ" or felt(self.book, token):  # "was disappointed by the ruling"
            holder = child(token.head, "nsubj") if token.dep_ == "acomp" \
                else child(token, "nsubjpass") or child(token, "nsubj")
            if holder is not None and holder.lower_ in REFLEXIVES:
                holder = subject(token.head)  # "declared itself ready to": the declarer
            return self.resolve_all(holder)
        held = child(token, "nsubjpass")  # "talks were held in Sidon between A and B"
        found = self.subject_actors(subject(token)) or self._between(token) \
            or (self._between(held) if held is not None else [])
        for other in () if found else (c for c in token.children if c.dep_ == "nsubj"):
            found = found or self.subject_actors(other)  # "Old foes Gondor and X have"
        found = found or self.subject_actors(laid_doer(token, pattern.code))
        if not found and is_passive(token) and pattern.code[:3] == "084":
            found = self._holders(token)  # "hostages held by the FARC were freed": the FARC
        if not found and is_passive(token) and _expels(pattern):
            return self._expelling_state(token)  # "were forced out of Djibouti": Djibouti;
            # "two diplomats were expelled": not by the diplomats' own state
        if not found and is_passive(token) and pattern.code[:2] in ("18", "19", "20") \
                and (craft := platform(token)) is not None:
            return self.resolve_all(craft)  # "a missile fired from a US drone": the US
        if not found and is_passive(token) and (pattern.code[:2] == "03" or (
                pattern.objects and _object_named(token, pattern)
                and pattern.code[:3] not in ("086", "084"))):  # not "its crew was released"
            # "forces were deployed"; "Vietnam is committed to": the state of the subject
            given = given_to(token, pattern)  # "Mengistu was given asylum": not the giver;
            found = self.resolve_all(direct_object(token)) or (  # "given assurances from
                self._from_giver(token) if given  # the US": the US
                else self.resolve_all(child(token, "nsubjpass")))
        return found

    def _from_giver(self, verb: Token) -> list[Resolved]:
        """ "was given assurances from the US", "was granted asylum by Panama" (the "by"
        hung on the object): the giver."""
        heads = (verb, child(verb, "dobj"))
        return self.resolve_all(next((p for h in heads if h is not None
                                      for prep in ("from", "by")
                                      for p in prep_objects(h, prep)), None))

    def _measure_owner(self, noun: Token) -> list[Resolved]:
        """The state whose curfew, emergency rule or ban a nominal act imposes or lifts."""
        for obj in prep_objects(noun, "of"):
            found = [r for r in self.resolve_all(child(obj, "poss")) if r.actor.kind == "state"]
            if found:
                return found
        return []

    def _expelling_state(self, verb: Token) -> list[Resolved]:
        """The country people were expelled from, named as a place ("forced out of Saudi
        Arabia", "deported from Libya", "ordered to leave Kenya"): its state expelled them."""
        out = next((c for c in verb.children if c.dep_ in ("prep", "prt")
                    and c.lower_ == "out"), None)
        leave = next((c for c in verb.children if c.dep_ == "xcomp"
                      and c.lemma_.lower() == "leave"), None)
        place = next(prep_objects(out, "of"), None) if out is not None else \
            next(prep_objects(verb, "from"), None) or (
                direct_object(leave) if leave is not None else None)
        if place is None or place.ent_type_ != "GPE":
            return []
        return [r for r in self.resolve_all(place) if r.actor.country and not r.actor.sector]

    def _holders(self, verb: Token) -> list[Resolved]:
        """Who held the ones a passive release frees: the agent of the clause that describes
        them ("peacekeepers held by Bosnian Serb forces were set free")."""
        freed = child(verb, "nsubjpass")
        clauses = [c for c in freed.children if c.dep_ == "acl"] if freed is not None else []
        for clause in clauses:
            if found := self.resolve_all(next(prep_objects(clause, "by"), None)):
                return found
        for clause in clauses:  # "aid workers held hostage in Chechnya were freed": by armed
            # men there; "jailed in Israel since 1989, was freed": by the state
            taken = {t.lemma_.lower() for t in clause.subtree} & TAKEN_CAPTIVE
            for place in (p for h in (clause, *clause.children) for p in prep_objects(h, "in")):
                country = next((r.actor.country for r in self.resolve_all(place)
                                if r.actor.country), None)
                if country is not None:
                    sector = "UAF" if taken else "GOV"
                    return [Resolved(self.actors.state(country, sector, ""), "context")]
        return []

    def _between(self, token: Token) -> list[Resolved]:
        """ "Fighting between the army and the RSF": both sides fight; "talks between A and B
        began": both talk."""
        lemma = token.lemma_.lower()
        if lemma not in MUTUAL_LEMMAS and not (
                lemma in MEETINGS and token.dep_ in ("nsubj", "nsubjpass")):
            return []
        carrier = token.head if token.dep_ in ("nsubj", "nsubjpass") else token  # "talks were held
        heads = (token, *prep_objects(token, "of"), carrier)  # between A and B"; "exchanges
        # of fire between A and B"
        found = self.resolve_all(next((p for h in heads for p in prep_objects(h, "between")),
                                      None))
        return found if len(found) > 1 else []

    def subject_actors(self, head: Token | None) -> list[Resolved]:
        """The subject's actors; for a non-actor subject, its possessor ("the president's
        promises failed" -> the president)."""
        found = self.resolve_all(head)
        if not found and head is not None:
            found = self.resolve_all(child(head, "poss")) or self._sender(head) \
                or self._blamed(head)
        for first in folded_coordination(head) if found else ():
            found = [r for t in with_conjuncts(first) for r in self.actors.resolve_many(t)
                     if all(r.actor.code != f.actor.code for f in found)] + found
        return found

    def _sender(self, head: Token) -> list[Resolved]:
        """ "Planes from Russia's Emergencies Ministry", "cargo planes chartered by the WFP",
        "a missile believed to be fired by rebels": craft, crews and weapons act for whoever
        sent them."""
        if head.lemma_.lower() not in CARRIERS:  # "a US carrier battle group": the carrier's
            craft = next((c for c in head.lefts if c.dep_ == "compound"
                          and c.lemma_.lower() in CARRIERS), None)
            return self._sender(craft) if craft is not None else []
        for c in (t for w in head.lefts for t in w.subtree):  # "government planes", "a UNHCR
            # convoy", "a US Predator drone"; not "a passenger jet"
            sender = self.actors.resolve(c) if c.dep_ in ("compound", "amod", "poss") else None
            if sender is not None and sender.actor.kind != "person_group":
                return [sender]
        for owner in (*prep_objects(head, "from"), *prep_objects(head, "of"),
                      *(o for c in head.children if c.dep_ == "acl"
                        for t in c.subtree for by in ("by", "from")
                        for o in prep_objects(t, by))):
            if found := self.resolve_all(owner) or self._sender(owner):
                return found  # "missiles from a US drone": the drone's sender
        return []

    def _blamed(self, head: Token) -> list[Resolved]:
        """ "A car bomb blamed on ETA", "an attack attributed to Hamas": whom it is laid on."""
        return self.resolve_all(blamed_on(head))

    def _noun_source(self, noun: Token) -> list[Resolved]:
        """Who does a noun trigger: its owner or modifier ("the army's offensive", "a military
        coup"), its "by" phrase, or the subject of the verb that carries it."""
        for c in noun.lefts:  # a town before it is where ("the El Paso shooting"), not who
            if c.dep_ in ("poss", "amod", "compound", "nmod") and (
                    (found := self.actors.resolve(c)) is not None) and not self.actors.town(c) \
                    and c.lower_ not in NOT_DOERS:
                return [found]
        by = self._come_from(noun) or self.resolve_all(next(prep_objects(noun, "by"), None)) \
            or self._by_inside(noun)  # "a call for restraint by X came from Y": Y calls
        if by:
            return by
        if noun.lemma_.lower() in SENDINGS and (sender := self.resolve_all(
                next(prep_objects(noun, "from"), None))):
            return sender  # "an airlift of tents from Britain", "aid from Japan"
        if noun.lemma_.lower() in FORCE_MOVES and (forces := self._forces_of(noun)):
            return forces  # "the deployment of Turkish troops": Turkey's troops deploy
        if between := self._between(noun):
            return between
        if (verb := light_verb(noun)) is not None:  # "forces were engaged in X": the doers
            passive = is_passive(verb) and verb.lemma_.lower() in ("engage", "involve")
            return self.subject_actors(child(verb, "nsubjpass") if passive else subject(verb))
        if (verb := errand_verb(noun) or manner_verb(noun)) is not None:
            return self.subject_actors(subject(verb))  # "arrived in Geneva for talks"
        return self._done_by(noun)

    def _come_from(self, noun: Token) -> list[Resolved]:
        """ "Condemnation came from the UN", "statements of condemnation have come from the
        Arab League and the African Union": whom a nominal act comes from does it."""
        carrier = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
        verb = carrier.head
        if carrier.dep_ != "nsubj" or verb.lemma_.lower() != "come":
            return []
        return [r for o in prep_objects(verb, "from") for r in self.resolve_all(o)]

    def _done_by(self, noun: Token) -> list[Resolved]:
        """ "The arrest of Nour was confirmed by the prosecutor's office", "the transfer of
        Karadzic was carried out by Serbian authorities": who carries out, orders or makes
        known a nominal act that names no doer of its own is taken to have done it."""
        verb = noun.head
        if noun.dep_ != "nsubjpass" or verb.lemma_.lower() not in DONE_BY:
            return []
        return self.subject_actors(next(prep_objects(verb, "by"), None))

    def _by_inside(self, noun: Token) -> list[Resolved]:
        """ "The imposition of a state of emergency by Musharraf": the parser hung the "by"
        phrase on a noun inside the trigger's "of" phrase."""
        for obj in prep_objects(noun, "of"):
            for inner in (obj, *prep_objects(obj, "of")):
                if found := self.resolve_all(next(prep_objects(inner, "by"), None)):
                    return found
        return []

    def _forces_of(self, noun: Token) -> list[Resolved]:
        found = self.resolve_all(next(prep_objects(noun, "of"), None))
        armed = all(r.actor.sector in ("MIL", "COP") for r in found)
        return found if found and armed else []

    def _marked(self, token: Token, pattern: VerbPattern, marker: str) -> list[Resolved]:
        """The actor where a pattern's phrase marks it (``+`` target, ``$`` source)."""
        found = match_phrase(pattern.phrase, token) if pattern.phrase is not None else None
        for candidate in found.candidates(marker) if found is not None else ():
            if resolved := self._resolve_through(candidate):
                return resolved
        return []

    def _resolve_through(self, head: Token | None, depth: int = 0) -> list[Resolved]:
        """An actor, or the actor a non-actor phrase belongs to or is about ("the border with
        Arvenia", "the bombing of the Arvenian embassy", "calls by Belarus", "a UN appeal",
        "a resumption of ties with Arvenia", "ties between Arvenia and Borvia", "an offer of
        aid from Arvenia"). A possessive pronoun ("their resumption") counts only when nothing
        else is named."""
        found = self.resolve_all(head)
        if found or head is None:
            return found
        owners = [c for c in head.lefts if c.dep_ in ("poss", "compound") and not depth]
        owners += makers(head) if not depth else []  # "a British-drafted resolution"
        for owner in owners:
            if owner.pos_ != "PRON":
                found.extend(self.resolve_all(owner))  # "a UN appeal", "Belarus's call"
        for prep in ("of", "with", "by", "between", "from", "to", "for"):  # "flights to Cuba"
            for obj in prep_objects(head, prep) if phrase_names_whom(head, prep) else ():
                found.extend(self.resolve_all(obj) if depth or prep != "of"
                             else self._resolve_through(obj, depth + 1))
        for clause in (c for c in head.children if c.dep_ == "acl" and not depth
                       and c.lemma_.lower() in OWNING):  # "facilities belonging to Aramco",
            for prep in ("to", "by"):  # "a base run by the UN"
                found.extend(r for obj in prep_objects(clause, prep) for r in self.resolve_all(obj))
        for owner in owners if not found else ():
            found.extend(self.resolve_all(owner))
        return found

    def _first_after(self, verb: Token) -> Token | None:
        """PETRARCH's default target: the passive subject ("X was opposed by Y"), else the
        first noun phrase after the verb that names an actor ("presented their credentials
        to Ithilen's president": the president; "his trip" does not name him)."""
        passive = [child(verb, "nsubjpass")] if is_passive(verb) else []
        # a threat or demand is aimed after its carrying verb too ("raised the threat of a
        carrier = light_verb(verb) if verb.lemma_.lower() in AIMED else None  # strike if MPs")
        after = [h.head if h.dep_ == "poss" else h
                 for w in (verb, *([carrier] if carrier is not None else []))
                 for h in noun_heads(verb_phrase_after(w))]
        return next((h for h in [*passive, *after] if h is not None and any(
            r.how != "pronoun" for r in self._resolve_through(h))), None)

    def _first_other(self, words: list[Token],
                     keep: Callable[[Resolved], bool]) -> list[Resolved]:
        """The actors of the first noun among ``words`` that names one ``keep`` accepts; a
        noun in a topic phrase is skipped ("intelligence on X": what, not whom), and so is
        force as a means ("resort to force"); a draft is its drafter's ("a British-drafted
        resolution"); a place a bearing is taken from, or a capital named as where something
        happens, is its country ("north of Baghdad", "arrested in London": not the
        government)."""
        for head in noun_heads(words):
            if (head.head.dep_ == "prep" and head.head.lower_ in TOPIC_PREPS) or as_means(head):
                continue
            found = self.resolve_all(head) or [r for m in makers(head)
                                               for r in self.resolve_all(m)]
            if bearing_from(head) or self._capital_as_place(head):
                found = [Resolved(self.actors.state(r.actor.country, None, r.actor.text), "name")
                         for r in found if r.actor.kind == "state" and r.actor.country]
            if found := [r for r in found if keep(r)]:
                return found
        return []

    def _capital_as_place(self, head: Token) -> bool:
        """A capital named as where something happens, not for its government."""
        hit = self.actors.hits.get(head.i)
        return where_phrase(head) and hit is not None and hit.best.what == "metonym"
