"""Deliveries told as arrivals: "a UN convoy carrying flour reached Gorazde", "a shipment of
maize from the World Food Programme docked at Nampo", "relief flights from Iran touched down in
Kashmir", "the first UN peacekeepers landed in Phnom Penh"; or as departures for a country ("a
cargo ship carrying rice left Gunsan for North Korea"). What arrives says what was given
(coded by the patterns of "deliver", or "send" for troops, with the cargo as their object);
whoever sent the carrier gives it, to the place it reaches."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashpoint.stages.actor_words import phrase_text
from flashpoint.stages.actors import Resolved
from flashpoint.stages.modes import trigger_mode
from flashpoint.stages.patterns import phrase_lemmas
from flashpoint.stages.reports import reporting_verb
from flashpoint.stages.roles import CARRIERS
from flashpoint.stages.syntax import child, prep_objects, subject

if TYPE_CHECKING:
    from spacy.tokens import Token

    from flashpoint.codebook import VerbPattern
    from flashpoint.stages.events import SentenceCoder
    from flashpoint.stages.findings import Finding

ARRIVING = frozenset({"arrive", "reach", "dock", "land", "touch", "roll", "enter", "pour",
                      "stream", "fly", "come", "cross"})
DEPARTING = frozenset({"leave", "sail", "depart", "head", "set"})  # "left port for North Korea"
CARGO = CARRIERS | {"shipment", "consignment", "cargo", "delivery", "load", "batch", "airlift",
                    "planeload", "truckload", "shipload", "boatload"}
LADEN = frozenset({"carry", "laden", "load", "bear", "bring", "transport", "ferry", "pack"})
PEACEKEEPING = frozenset({"peacekeeper", "peacekeeping", "blue", "helmet"})
GOODS, TROOPS = "deliver", "send"
PLACE_PREPS = ("in", "at", "into", "to", "on")


def arrived_findings(coder: SentenceCoder, verb: Token) -> list[Finding] | None:
    """The deliveries an arrival verb tells, or None when it tells none."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ARRIVING | DEPARTING:
        return None
    mover = subject(verb)
    if mover is None:
        return None
    found = _delivery(coder, mover)
    if found is None:
        return None
    pattern, senders = found
    senders = senders or [r for o in prep_objects(verb, "from") for r in coder.resolve_all(o)]
    places = [r for head in _bound_for(verb) for r in _place(coder, head)]
    if not senders or not places:
        return None
    mode, speaker = trigger_mode(verb), reporting_verb(verb, coder.book)
    return [coder.finding(verb, pattern, s, p, mode, speaker, code=pattern.code)
            for s in senders for p in places if p.actor.code != s.actor.code]


def _delivery(coder: SentenceCoder, mover: Token) -> tuple[VerbPattern, list[Resolved]] | None:
    """What the mover brings and who sent it: goods a carrier carries, or peacekeepers."""
    lemmas = phrase_lemmas(mover)
    if lemmas & PEACEKEEPING:
        pattern = _pattern(coder, TROOPS, lemmas | {"peacekeeper"})
        return (pattern, coder.subject_actors(mover)) if pattern is not None else None
    if mover.lemma_.lower() not in CARGO:
        return None
    goods = set().union(*(phrase_lemmas(t) for t in _cargo(mover)))
    pattern = _pattern(coder, GOODS, goods)
    if pattern is None:
        return None
    return pattern, _sent_by(coder, mover)


def _pattern(coder: SentenceCoder, lemma: str, objects: set[str]) -> VerbPattern | None:
    fitting = [p for p in coder.book.patterns("VERB", lemma)
               if p.objects & objects and not p.particle and p.phrase is None
               and p.code[:2] == "07"]
    return max(fitting, key=lambda p: (p.specificity, -len(p.objects)), default=None)


def _cargo(mover: Token) -> list[Token]:
    """The goods: "a shipment of maize", "a convoy carrying flour", "a ship laden with food",
    "aid shipments"."""
    found = [*prep_objects(mover, "of"), *(c for c in mover.children if c.dep_ == "compound")]
    for carrier in [mover, *found]:  # "a convoy of 19 trucks carrying flour"
        for clause in (c for c in carrier.children if c.dep_ in ("acl", "amod", "relcl")):
            if clause.lemma_.lower() in LADEN:
                found += [o for o in (child(clause, "dobj"),) if o is not None]
                found += list(prep_objects(clause, "with"))
    return found + [o for t in list(found) for o in prep_objects(t, "of")]


def _sent_by(coder: SentenceCoder, mover: Token) -> list[Resolved]:
    """Who sent the carrier: its owner ("a UNHCR convoy", "Iran's relief flights"), or whoever
    is named after "from" or "by" in its phrase ("of maize from the World Food Programme");
    else the arrival's "from" ("crossed into Gaza from Egypt") says it."""
    for c in mover.lefts:
        if c.dep_ in ("poss", "compound", "amod", "nmod") and not coder.actors.town(c) \
                and (owner := coder.actors.resolve(c)) is not None:
            return [owner]
    for token in mover.subtree:
        if token.dep_ in ("prep", "agent") and token.lower_ in ("from", "by"):
            for obj in (c for c in token.children if c.dep_ == "pobj"):
                if found := coder.resolve_all(obj):
                    return found
    return []


def _place(coder: SentenceCoder, head: Token) -> list[Resolved]:
    """The state of a place reached: named as an actor ("Juba"), else by the gazetteer."""
    if found := coder.resolve_all(head):
        return found
    lookup, text = coder.actors.place_country, phrase_text(head, None)
    country = lookup(text) if lookup is not None and head.pos_ == "PROPN" else None
    if country is None or country not in coder.book.countries:
        return []
    return [Resolved(coder.actors.state(country, None, text), "context")]


def _bound_for(verb: Token) -> list[Token]:
    """Where the cargo goes: what an arrival reaches, or what a departure is "for" ("left the
    port of Gunsan for North Korea", "set sail for Gaza")."""
    if verb.lemma_.lower() not in DEPARTING:
        return _reached(verb)
    carriers = [verb, *(c for c in verb.children if c.dep_ in ("prt", "dobj"))]
    return [o for c in carriers for o in prep_objects(c, "for")]


def _reached(verb: Token) -> list[Token]:
    """Where it arrived: the object of "reached", or the place after "in", "at", "into"."""
    heads = [o for o in (child(verb, "dobj"),) if o is not None]
    heads += [o for prep in PLACE_PREPS for o in prep_objects(verb, prep)]
    particle = child(verb, "prt")  # "touched down in Kashmir"
    if particle is not None:
        heads += [o for prep in PLACE_PREPS for o in prep_objects(particle, prep)]
    return heads + [o for h in list(heads) for o in prep_objects(h, "of")]  # "the port of X"
