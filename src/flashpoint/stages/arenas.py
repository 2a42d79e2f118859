"""Sentences about sport and markets: their verbs ("Brazil beat Argentina 2-1", "the yen
retreated", "stocks staged a rally") name no political event.

A sentence is about sport when it has a word only sport uses (``SPORT_WORDS``) or a score
("2-1", "112-104") beside a word of contests (``CONTEST_WORDS``). A trigger is about markets
when its subject is a market word ("the Japanese yen", "Wall Street stocks").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from flashpoint.records import Actor

SPORT_WORDS = frozenset(
    "striker midfielder goalkeeper referee wicket wickets innings olympics olympic medal medals "
    "rugby football soccer cricket tennis hockey judo archery semi-final quarter-final "
    "qualifier tournament championship championships premiership bundesliga nba nfl fifa "
    "uefa".split())
CONTEST_WORDS = frozenset(
    "match game season title cup team club goal goals half quarter scored points win victory "
    "defeat draw final finals semifinal league champions beat".split())
MARKET_WORDS = frozenset(
    "yen dollar euro pound rupee rouble ruble yuan peso lira franc stock stocks share shares "
    "index indexes indices market markets bond bonds price prices currency currencies investor "
    "investors trader traders exchange nasdaq dow nikkei ftse dax futures shilling rial riyal won "
    "naira rand ringgit baht rupiah dinar dirham hryvnia tenge zloty forint krona krone kwacha "
    "cedi birr taka lari manat shekel greenback bitcoin crude".split())
MARKET_PEOPLE = frozenset({"investor", "investors", "trader", "traders"})
SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")
KEPT_ROOTS = ("14", "16")  # a boycott of the Olympics, a ban on a country's team
KEPT_PATTERNS = frozenset({"attend-event"})  # a leader attending the Olympics visits the host
VISITS = ("042", "043")  # "Putin travelled to Beijing for the Olympics": a visit by a leader
OFFICIALS = frozenset({"GOV", "MIL", "LEG"})


def kept_in_sport(code: str, pattern_id: str, doer: Actor | None = None) -> bool:
    """What a sentence about sport still tells: a boycott, a ban, a leader's visit to a
    games (not a team's: "Brazil travelled to Germany")."""
    return code.startswith(KEPT_ROOTS) or pattern_id in KEPT_PATTERNS or (
        code.startswith(VISITS) and doer is not None and doer.sector in OFFICIALS)


def about_sport(sent: Span) -> bool:
    words = {t.lower_ for t in sent}
    if words & SPORT_WORDS:
        return True
    return SCORE.search(sent.text) is not None and bool(words & CONTEST_WORDS)


def about_markets(trigger: Token) -> bool:
    """The trigger's subject is a market word: "the Japanese yen retreated", "investors
    pulled money out", "stocks staged a rally" (not "troops raided a market"), also through a
    participle ("the won slipped, pressured by a stronger greenback", "the shilling, supported
    by inflows")."""
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in MARKET_WORDS for c in trigger.children):
        return True
    if trigger.dep_ == "acl":
        subjects = [trigger.head]
    elif trigger.dep_ in ("advcl", "conj") and not any(c.dep_ == "nsubj" for c in trigger.children):
        subjects = [c for c in trigger.head.children if c.dep_ == "nsubj"]
    else:
        return False  # what investors do beside trading is their own: "demanding compensation"
    return any(word.lemma_.lower() in MARKET_WORDS - MARKET_PEOPLE for word in subjects)
