"""Threats made by hanging an act on a condition: "told Zambia it could halt lending unless
the government stopped overspending", "a state of emergency could be declared if opposition
protests turn violent, the president cautioned". A coercive act that a speaker says would come
if another side acted is a threat of that act (13x), not a statement or a forecast; ``claims``
reads the same conditions to tell a threat from a gloomy forecast."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashpoint.stages.actor_words import STATE_SECTORS
from flashpoint.stages.modes import is_condition
from flashpoint.stages.patterns import best_pattern
from flashpoint.stages.syntax import child, subject

if TYPE_CHECKING:
    from spacy.tokens import Token

    from flashpoint.records import Actor
    from flashpoint.stages.actors import Resolved
    from flashpoint.stages.events import SentenceCoder

SAYING = frozenset({"tell", "say", "inform"})  # the plain speech verbs (claims.py reads them too)
THREAT_MODALS = frozenset({"would", "could", "will", "might", "may"})
WARNING_SAYING = SAYING | {"caution"}  # "cautioned that Moscow would recall him if ..."
COERCIVE_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})


def conditional_threat(coder: SentenceCoder, verb: Token, source: Resolved | None) -> str | None:
    """ "told Zambia it could halt lending unless the government stopped overspending",
    "told the generals that sanctions would follow unless she was freed": a coercive act
    hung on another side's deed is a threat of that act (13x)."""
    clause = child(verb, "ccomp")
    if verb.lemma_.lower() not in WARNING_SAYING or clause is None or source is None \
            or not any(c.dep_ == "aux" and c.lower_ in THREAT_MODALS for c in clause.children) \
            or not (on_condition_of_other(coder, clause, source, verb)
                    or _condition_on_addressee(coder, verb, clause, source)):
        return None
    doer = subject(clause)
    if doer is not None and doer.pos_ != "PRON" and any(  # "said Israel might attack Lebanon
            d.actor.code != source.actor.code and d.actor.country != source.actor.country
            for d in coder.resolve_all(doer)):  # if...": a forecast of another's act
        return None
    act = best_pattern(coder.book, clause) or (
        best_pattern(coder.book, doer) if doer is not None else None)
    if act is None or act.code[:2] not in COERCIVE_ROOTS:
        return None
    return coder.book.mirrored("130", act.code) or "130"


def _condition_on_addressee(coder: SentenceCoder, verb: Token, clause: Token,
                            source: Resolved) -> bool:
    """ "told Burma's rulers that sanctions would follow unless she was freed": a condition
    with no doer named is put to the one told."""
    told = coder.resolve_all(child(verb, "dobj", "dative"))
    return any(is_condition(c) for c in clause.children) and bool(told) \
        and all(t.actor.country != source.actor.country for t in told)


def on_condition_of_other(coder: SentenceCoder, clause: Token, source: Resolved,
                           verb: Token) -> bool:
    """ "warned that not a drop of oil would pass through Hormuz if Washington slapped
    sanctions": a consequence hung on another side's act is a threat, not a forecast. A
    condition the parser hung on a closing speech verb belongs to what was said ("X could be
    declared if protests turn violent, the president cautioned")."""
    inside = [c for c in verb.children if clause.i < c.i < verb.i] if clause.i < verb.i else []
    for condition in (c for c in (*clause.children, *inside) if is_condition(c)):
        doer = subject(condition)  # "if opposition protests turn violent": the opposition
        others = coder.resolve_all(doer) or [r for c in (doer.children if doer else ())
                                             if c.dep_ in ("compound", "amod", "poss")
                                             for r in coder.resolve_all(c)]
        if others and all(_other_side(o.actor, source.actor) for o in others):
            return True
    return False


def _other_side(one: Actor, other: Actor) -> bool:
    """Another country, or at home the state against those outside it ("police warned a
    curfew would be clamped if separatists marched", "... if opposition protests turn
    violent, the president cautioned")."""
    return one.country != other.country or _ruling(one) != _ruling(other)


def _ruling(actor: Actor) -> bool:
    """The state itself or one of its organs, not a group or a people within it."""
    return actor.kind == "state" and (actor.sector or "GOV")[:3] in STATE_SECTORS
