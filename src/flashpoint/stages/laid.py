"""Doers a sentence names away from the verb: the speaker of a clause an "-ing" aside hangs on,
and the one an attack is laid on ("a car bomb blamed on ETA", "in an attack police blamed on
the Tamil Tigers")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashpoint.stages.syntax import prep_objects, subject

if TYPE_CHECKING:
    from spacy.tokens import Token


ATTACKS = ("18", "19", "20")  # "blew himself up, in an attack blamed on": the one blamed
# words in an aside on what was said are the speaker's ("brushing aside calls"), deeds not ("a
# train derailed near Lucknow, killing 23, officials said": the officials killed no one), and
# "adding that ..." goes on saying what was said, no statement of its own
SAID_ASIDES = ("02", "03", "05", "10", "11", "12", "13")


def laid_doer(verb: Token, code: str) -> Token | None:
    """Who does ``verb`` (coded ``code``) when its own subject names no actor: the speaker
    of the clause a spoken aside hangs on, or the one an attack is laid on."""
    if code.startswith(SAID_ASIDES):
        return aside_on_what_was_said(verb)
    return blamed_attack(verb) if code.startswith(ATTACKS) else None


def aside_on_what_was_said(verb: Token) -> Token | None:
    """ "Officials said the curfew would stay, brushing aside calls to lift it": the subject
    of the verb that says the clause an "-ing" aside hangs on (for when the clause's own
    subject is no actor)."""
    said = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or said.dep_ != "ccomp" or said.i > verb.i:
        return None
    return subject(said.head)


BLAMED_ON = {"blame": "on", "attribute": "to", "claim": "by"}  # "a bomb blamed on ETA"


def blamed_on(noun: Token) -> Token | None:
    """ "A car bomb blamed on ETA", "an attack (that) police attributed to Hamas": whom the
    clause describing the noun lays it on."""
    for clause in (c for c in noun.children if c.dep_ in ("acl", "relcl")):
        prep = BLAMED_ON.get(clause.lemma_.lower())
        if prep is not None and (laid := next(prep_objects(clause, prep), None)) is not None:
            return laid
    return None


def blamed_attack(verb: Token) -> Token | None:
    """ "blew himself up ..., in an attack police blamed on the Tamil Tigers": whom the attack
    the verb happened in is laid on."""
    return next((laid for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "in"
                 for noun in prep.children if noun.dep_ == "pobj"
                 if (laid := blamed_on(noun)) is not None), None)
