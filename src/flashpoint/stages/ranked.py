"""Acts told by rank: "Algeria became the first Arab state to recognise Palestine", "he was the
latest leader to visit Kyiv". The infinitive is a deed done, not a wish or a plan."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# "next" is left out: "the next country to join" has not joined yet
RANKS = frozenset({"first", "second", "third", "fourth", "fifth", "latest", "last", "only"})
BEING = frozenset({"be", "become"})


def _ranked(noun: Token) -> bool:
    """ "the first Arab state", "the latest", "the only leader"."""
    return noun.lower_ in RANKS or any(m.dep_ in ("amod", "advmod") and m.lower_ in RANKS
                                       for m in noun.children)


def first_to(token: Token, head: Token) -> bool:
    """The infinitive of "became the first state to recognise" (hung on the verb or on its
    noun) tells what the subject did."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    if token.dep_ in ("acl", "relcl") and head.dep_ == "attr":  # "the first state [to go]"
        return _ranked(head) and head.head.lemma_.lower() in BEING
    return token.dep_ == "xcomp" and head.lemma_.lower() in BEING and any(
        c.dep_ == "attr" and _ranked(c) for c in head.children)


def ranked_be(verb: Token) -> Token | None:
    """The "was" of "Poland was the latest to expel", whose subject did the infinitive the
    parser hung on the ranked noun."""
    head = verb.head
    return head.head if verb.dep_ == "relcl" and first_to(verb, head) else None
