"""Words of war said of words: "NATO came under fire from Moscow over its air strikes" is
criticism, as "a UN convoy came under fire from rebels" is not.

Fire that a state, an international body or a party aims at someone (nobody armed among those
it comes from) is read as the noun "criticism" is, and so is fire from a named person the
codebook does not know ("came under fire from Wole Soyinka"), and fire aimed at a decision, a
plan or a policy, whoever it comes from.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashpoint.stages.syntax import child, is_passive, prep_objects, subject

if TYPE_CHECKING:
    from spacy.tokens import Token

    from flashpoint.codebook import VerbPattern
    from flashpoint.stages.events import SentenceCoder

FIRE = frozenset({"fire", "attack", "assault", "barrage"})
SPOKEN = "criticism"  # the noun whose patterns code fire said of words
ARMED_SECTORS = frozenset({"MIL", "REB", "INS", "UAF", "SPY", "COP"})
ARMED_KINDS = frozenset({"armed_group"})
# things only words can be fired at: "the decision came under fire"
ABSTRACT = frozenset({
    "decision", "plan", "policy", "move", "proposal", "remark", "comment", "statement",
    "handling", "law", "bill", "budget", "reform", "ruling", "verdict", "deal", "agreement",
    "approach", "stance", "position", "strategy", "record", "conduct", "choice", "response",
    "report", "programme", "program", "appointment", "nomination", "visit", "announcement"})
# fire that names its weapon is shot: "came under Thai artillery fire"
WEAPONS = frozenset({
    "artillery", "mortar", "rocket", "missile", "gun", "machine", "machine-gun", "machinegun",
    "sniper", "tank", "cannon", "small-arms", "arms", "automatic", "anti-aircraft", "naval"})


def spoken_fire(coder: SentenceCoder, verb: Token, noun: Token,
                pattern: VerbPattern) -> VerbPattern:
    """The pattern to code ``noun`` with: the criticism noun's when the fire is of words,
    else ``pattern`` itself."""
    if noun.lemma_.lower() not in FIRE or pattern.code[:2] not in ("18", "19"):
        return pattern
    spoken = [p for p in coder.book.patterns("NOUN", SPOKEN)
              if not p.objects and not p.preps and not p.particle and p.phrase is None]
    if not spoken or not _of_words(coder, verb, noun):
        return pattern
    return spoken[0]


def _of_words(coder: SentenceCoder, verb: Token, noun: Token) -> bool:
    if any(c.lower_ in WEAPONS for c in noun.subtree if c.i < noun.i):
        return False
    undergoer = child(verb, "nsubjpass") if is_passive(verb) else subject(verb)
    if undergoer is not None and undergoer.lemma_.lower() in ABSTRACT:
        return True
    froms = [p for head in (noun, verb) for p in prep_objects(head, "from")]
    senders = [r.actor for p in froms for r in coder.resolve_all(p)]
    if not senders:  # "came under fire from Wole Soyinka": a person the codebook does not know
        return any(p.pos_ == "PROPN" and p.ent_type_ in ("PERSON", "") for p in froms)
    return all(a.sector not in ARMED_SECTORS and a.kind not in ARMED_KINDS for a in senders)
