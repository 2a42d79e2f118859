"""Plans a sentence states ("stated her intention to endorse a rival", "announced plans to fly
aid to Haiti"): the act the plan is to do is still to come, and announcing it is an intent."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashpoint.stages.syntax import infinitive

if TYPE_CHECKING:
    from spacy.tokens import Token

STATED_PLANS = frozenset({"intention", "intent", "plan", "commitment", "pledge", "promise",
                          "readiness", "willingness", "determination"})
STATING = frozenset({"state", "announce", "express", "declare", "reiterate", "confirm",
                     "signal", "voice", "reaffirm", "outline", "unveil", "make"})


def stated_plan(token: Token, noun: Token) -> bool:
    """An act a stated plan is to do: "stated her intention to endorse a rival"; also when a
    date parts the plan from its infinitive ("announced plans in November to fly aid")."""
    if token.dep_ == "advcl" and infinitive(token) and noun.lemma_.lower() in STATING:
        return any(c.dep_ == "dobj" and c.lemma_.lower() in STATED_PLANS and c.i < token.i
                   for c in noun.children)
    return token.dep_ == "acl" and infinitive(token) and noun.lemma_.lower() in STATED_PLANS \
        and noun.dep_ == "dobj" and noun.head.lemma_.lower() in STATING
