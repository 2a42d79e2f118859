"""Is an event asserted, negated, hypothetical, future or reported? Read off the parse."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashpoint.stages.carriers import anticipated, called_off, claimed_or_asked, light_verb
from flashpoint.stages.ranked import first_to
from flashpoint.stages.stated import stated_plan
from flashpoint.stages.syntax import (
    infinitive,
    misjoined_finite,
    none_of,
    past_away,
    pursued_effort,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

MODALS = frozenset({"may", "might", "could", "should", "must", "can", "ought"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "would", "wo"})
INTENT_HEADS = frozenset({"promise", "pledge", "vow", "swear", "agree", "decide", "plan", "intend",
                          "offer", "prepare", "expect", "resolve", "undertake", "commit",
                          # "Quito was determined to settle", "stands ready to help"
                          "determined", "ready", "willing", "prepared", "eager", "keen",
                          "move", "set"})  # "will move to scrap the clause", "is set to visit"
REQUEST_HEADS = frozenset({"ask", "urge", "call", "want", "demand", "order", "request", "appeal",
                           "invite", "encourage", "press", "push", "seek",
                           "aim", "hope", "wish", "need", "help", "allow", "permit", "force",
                           "compel", "pressure", "advise", "tell", "instruct", "threaten",
                           "warn", "effort", "bid", "plan", "able", "capable",
                           "ready", "willing", "keen", "eager", "excuse", "justification", "right",
                           "recommend", "suggest", "beg", "implore", "plead", "lobby",
                           "exhort", "entreat", "petition", "prod", "nudge"})
TELLING = frozenset({"tell", "warn", "advise"})  # a request with "to", else what was said
NEGATING_HEADS = frozenset({"fail", "refuse", "decline", "deny", "avoid", "stop", "cease",
                            "halt", "prevent", "reject", "unable"})
ASPECT_HEADS = frozenset({"begin", "start", "continue", "keep", "resume", "go", "proceed",
                          "manage", "have",
                          # an attempt is an act: "tried to storm", "an attempt to assassinate"
                          "try", "attempt"})
OWN_CLAIMS = frozenset({"claim", "say", "admit", "acknowledge", "confirm", "boast", "report"})
CONDITION_MARKS = frozenset({"if", "unless", "whether", "lest"})
CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "advcl", "acl", "relcl", "conj", "pcomp", "csubj"})


def own_mode(token: Token) -> str | None:
    """The mode marked on this token itself, or None when nothing marks it."""
    kids = list(token.children)
    if any(c.dep_ == "neg" or (c.lower_ in ("no", "never") and c.dep_ == "det")
           or (c.lower_ == "none" and c.dep_ == "dobj") for c in kids):
        return "negated"  # "would free none of their captives"
    objects = ("dobj",) if token.lemma_ != "have" else ()  # "will have no part in": a refusal
    if any(c.dep_ in ("nsubj", "nsubjpass", *objects) and none_of(c) for c in kids):
        return "negated"  # "no troops were deployed", "would admit no more refugees"
    if any(c.dep_ == "advmod" and c.lower_ in GENERIC for c in kids) \
            and not any(c.lower_ == "would" for c in kids):
        return "hypothetical"  # "police usually arrest drunk drivers": no one happening
    if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in kids) or (
            token.lemma_ == "face" and token.dep_ == "conj" and any(
                c.dep_ == "cc" and c.lower_ == "or" for c in token.head.children)):
        return "hypothetical"  # "whether they would support it"; "leave or face war"
    auxes = [c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")]
    if any(a in FUTURE_AUX for a in auxes) and not _habitual(auxes, kids):
        return "future"
    if any(a in MODALS for a in auxes):
        return "hypothetical"
    return None


# adverbs of a generic statement ("police usually arrest drunk drivers"); "often",
# "routinely", "repeatedly" are left out: news uses them of an actor's real, repeated acts
# ("soldiers routinely beat detainees")
GENERIC = frozenset({"usually", "typically", "traditionally", "generally", "normally",
                     "rarely", "seldom", "customarily"})
HABITUAL = frozenset({"sometimes", "often", "usually", "frequently", "regularly", "routinely",
                      "always", "occasionally", "repeatedly"})


def _habitual(auxes: list[str], kids: list[Token]) -> bool:
    """ "they would sometimes kill the farmers": past habit, not the future."""
    return "would" in auxes and any(c.dep_ == "advmod" and c.lower_ in HABITUAL for c in kids)


WANTING = frozenset({"want", "wish", "hope"})


def _wants_it_done_by_itself(token: Token, lemma: str) -> bool:
    """ "wants to help Israel" is an intent; "wants Putin to attack" is a request."""
    return lemma in WANTING and token.dep_ == "xcomp" \
        and not any(c.dep_ in ("dobj", "nsubj") for c in token.head.children if c.i != token.i
                    and c.i > token.head.i)


def _told_as_past(clause: Token) -> bool:
    """A past clause with its own auxiliary ("was extradited", "had fled") is nothing asked
    or wanted: no one asks that a thing was done. The parser makes one the complement of
    "wanted" in "a man wanted over the killing was extradited"."""
    return clause.dep_ == "ccomp" and any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"
                                          for c in clause.children)


def _rules_out(verb: Token) -> bool:
    """ "rule out", with "out" as a particle or an adverb."""
    return verb.lemma_.lower() == "rule" and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "out" for c in verb.children)


def _ruled_out(verb: Token) -> bool:
    """ "ruled out stepping down": what is ruled out will not be done."""
    return _rules_out(verb) and own_mode(verb) is None


HOLDING_BACK = frozenset({"hesitate", "shy", "flinch", "refrain", "exclude"})


def not_held_back(verb: Token) -> bool:
    """ "would not hesitate to", "will not shy away from", "did not rule out": a negated
    holding back announces the act."""
    held = verb.lemma_.lower() in HOLDING_BACK or _rules_out(verb)
    return held and own_mode(verb) == "negated"


INVERTING = frozenset({"should", "had", "were"})


def inverted_condition(verb: Token) -> bool:
    """ "..., should the United Nations ask it to": a condition told by inversion, which the
    parser may make the head of the main clause; it governs nothing."""
    aux = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in INVERTING), None)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return aux is not None and subj is not None and aux.i < subj.i \
        and not any(t.text == "?" for t in verb.sent)


def _phrase_mode(token: Token, head: Token) -> str | None:
    """What a noun or a preposition above says of a clause ("" if nothing)."""
    if announced_decision(token):
        return None  # "Venezuela's decision to break off relations was announced": done
    if _brokering(token, head):
        return clause_mode(head.head)  # "stepped up efforts to mediate": mediating
    if head.lemma_.lower() in INTENT_HEADS and token.dep_ == "ccomp" and token.tag_ == "VBD":
        return None  # "NATO gave the Serbs ten days to ..., the ambassadors decided"
    if disowned_plan(token):
        return "negated"  # "has no intention of withdrawing"
    if stated_plan(token, head):
        return "future"  # "stated her intention to endorse", "expressed readiness to talk"
    if token.dep_ == "pcomp" and head.lower_ == "from" and not_held_back(past_away(head.head)):
        return "future"  # "will not shy away from using force"
    if token.dep_ in ("pcomp", "pobj") and head.lower_ == "from" and head.head.lemma_ in KEPT_FROM:
        return "negated"  # "police stopped the students from marching"
    return ""


KEPT_FROM = frozenset({"stop", "prevent", "keep", "bar", "block", "ban", "deter", "dissuade"})


def governed_mode(token: Token) -> str | None:
    """The mode that a governing word imposes: "asked X to send", "failed to reduce"."""
    head = token.head
    if head.i == token.i or inverted_condition(head):
        return None
    lemma = head.lemma_.lower()
    if claimed_or_asked(token, head):
        return "hypothetical"
    if (said := _phrase_mode(token, head)) != "":
        return said
    if token.dep_ in ("xcomp", "ccomp") or infinitive(token):
        if _scheduled(token, head) or not_held_back(head):
            return "future"  # "is to visit"; "would not hesitate to", "did not rule out"
        if lemma in NEGATING_HEADS or (lemma in INTENT_HEADS and own_mode(head) == "negated") \
                or _ruled_out(head):
            return "negated"  # "failed to reduce"; "has not agreed to resume talks"
        if (lemma in INTENT_HEADS and not _set_for_another(head, lemma)) \
                or _wants_it_done_by_itself(token, lemma):
            return "future"
        if _done_through(token, head, lemma) or first_to(token, head):
            return None  # "helped broker a deal", "gathered in Cairo to discuss the crisis";
            # "became the first Arab state to recognise Palestine"
        if _asked(token, lemma):
            return "hypothetical"
        if infinitive(token) and lemma in OWN_CLAIMS and any(
                c.dep_ == "aux" and c.lower_ == "have" for c in token.children):
            return None  # "claimed to have killed 2,300 soldiers": a claim of its own act
        if infinitive(token) and lemma not in ASPECT_HEADS:
            return "hypothetical"
    return None


def _brokering(token: Token, head: Token) -> bool:
    """ "stepped up efforts to mediate between A and B": the effort made is the mediation."""
    return token.lemma_.lower() in ("mediate", "broker") and pursued_effort(head)


def _set_for_another(head: Token, lemma: str) -> bool:
    """ "set Hamas a deadline to release the hostages": set for another, no plan of one's own
    ("is set to visit" is)."""
    return lemma == "set" and any(c.dep_ in ("dobj", "dative") for c in head.children)


def _asked(clause: Token, lemma: str) -> bool:
    """ "told them to leave" (but "was told that troops beat"); "insisted that Serbia grant
    them autonomy" (a subjunctive; "insisted that he was innocent" is said)."""
    if lemma == "insist":
        return clause.tag_ in ("VB", "VBP") and not any(
            c.dep_ in ("aux", "auxpass") for c in clause.children)
    return lemma in REQUEST_HEADS and not (lemma in TELLING and not infinitive(clause)) \
        and not _told_as_past(clause)


# what "is to <do>" says of an aim, not of a doer: "the goal is to topple the government"
AIM_NOUNS = frozenset({"goal", "aim", "plan", "idea", "task", "mission", "objective", "purpose",
                       "intention", "priority", "challenge", "job", "hope", "point", "way",
                       "option", "solution", "answer", "step", "role", "aspiration"})


def _scheduled(token: Token, head: Token) -> bool:
    """ "Peru's president is to visit Chile", "the ministers are to meet on Monday": a doer's
    act set for later, told as a plan ("Russia is to blame" is a judgement, not a plan)."""
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if any(c.dep_ in ("acomp", "attr") for c in head.children):
        return False  # "whatever force was necessary to restore order"
    return head.lemma_ == "be" and token.dep_ == "xcomp" and infinitive(token) \
        and subject is not None and subject.lemma_.lower() not in AIM_NOUNS \
        and token.lemma_.lower() != "blame"


DECISION_NOUNS = frozenset({"decision", "move"})
ANNOUNCING = frozenset({"announce", "confirm", "unveil", "disclose", "reveal", "publish",
                        "make", "take", "convey", "communicate"})


def announced_decision(token: Token) -> bool:
    """ "X's decision to break off relations was announced", "announced its decision to
    expel the envoy": what a decision made public decides is done, as the writers of wire
    copy code it; a decision merely mentioned ("protested against Ukraine's decision to dig a
    canal") stays undone."""
    head = token.head
    if token.dep_ != "acl" or not infinitive(token) or head.lemma_.lower() not in DECISION_NOUNS:
        return False
    made_public = any(c.dep_ == "acl" and c.lemma_.lower() in ANNOUNCING  # "Bonn's decision
                      for c in head.children)  # to recognise Croatia, announced by Kohl"
    return made_public or (head.dep_ in ("nsubjpass", "dobj")
                           and head.head.lemma_.lower() in ANNOUNCING)


# gatherings that are not meetings themselves ("met to discuss" has its meeting already)
PURPOSE_HEADS = frozenset({"gather", "travel", "arrive", "fly", "convene", "assemble", "come", "go",
                           "head"})
TALKING = frozenset({"discuss", "talk", "negotiate", "consult", "confer", "review"})
CROWD_MOVES = PURPOSE_HEADS | {"converge", "march", "pour", "flock", "descend", "mass", "throng",
                               "stream", "rally", "take"}  # "took to the streets to protest"
PROTESTING = frozenset({"protest", "demonstrate"})
OPENING = frozenset({"open", "reopen", "lift", "ease", "unblock", "clear", "relax"})
LETTING = frozenset({"allow", "let", "permit"})
RALLYING = frozenset({"rally", "mobilize", "mobilise", "lobby", "galvanize", "galvanise"})
CAMPAIGNING = frozenset({"seek", "campaign", "drive"})
ERRANDS = frozenset({"send", "dispatch", "appoint", "establish", "form", "name", "launch",
                     "assign", "create", "commission", "deploy"})
INQUIRING = frozenset({"investigate", "probe", "examine", "inquire", "study", "verify", "look",
                       "gather", "collect", "document", "assess"})  # "to look into"


def _done_through(token: Token, head: Token, lemma: str) -> bool:
    """An act the governing verb reports as done: "helped (to) broker a deal" (help without
    anyone helped), what a body voted to do, an inquiry someone was sent or appointed to make
    ("sent a rapporteur to investigate"), talks that a gathering was for ("gathered in Geneva
    to discuss the truce")."""
    if lemma == "help":
        return not any(c.dep_ in ("dobj", "dative") for c in head.children)
    if lemma == "vote":  # "the Senate voted to reject the treaty": the vote is the rejection
        return own_mode(head) is None
    if lemma in ERRANDS | PURPOSE_HEADS and token.lemma_.lower() in INQUIRING:  # "sent a
        return own_mode(head) is None  # rapporteur to investigate", "arrived in Kosovo to
        # gather evidence": the sending or the coming starts the inquiry
    if lemma in OPENING and token.lemma_.lower() in LETTING:  # "opened the bridge to allow
        return own_mode(head) is None  # the delivery of grain": the opening lets it through
    if lemma in CROWD_MOVES and token.lemma_.lower() in PROTESTING:  # "farmers converged on
        return own_mode(head) is None  # Strasbourg to protest": the gathering is the protest
    if token.lemma_.lower() in RALLYING and (lemma in CAMPAIGNING or any(  # "sought to rally
            c.dep_ == "dobj" and c.lemma_.lower() in CAMPAIGNING for c in head.children)):
        return own_mode(head) is None  # allies", "(launched) a campaign to rally": rallying
    return lemma in PURPOSE_HEADS and token.lemma_.lower() in TALKING \
        and own_mode(head) is None  # not "traditionally gather to discuss"


def clause_mode(token: Token) -> str:
    """Walk up the clause chain until something marks the mode; default asserted. A clause
    joined with its own subject does not share the first one's negation: in "Russia did not
    attack Georgia, but Ukraine attacked Poland" the second attack happened."""
    current, own_clause = token, True
    for _ in range(12):
        mode = own_mode(current) or governed_mode(current)
        if mode is not None:
            return "asserted" if mode == "negated" and not own_clause else mode
        if current.dep_ not in ("conj", "xcomp") or current.head.i == current.i:
            return "asserted"
        own_clause = own_clause and not (current.dep_ == "conj" and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in current.children))
        current = misjoined_finite(current) or current.head  # "chose not to vote, but ..."
    return "asserted"


def noun_mode(noun: Token) -> str:
    """A noun trigger ("riots", "protests") is asserted unless its phrase is negated ("not
    through riots") or sits inside a request or modal clause ("called for an end to riots")."""
    current = noun
    for _ in range(8):
        head = current.head
        if head.i == current.i:
            return "asserted"
        if current.dep_ in ("pobj", "prep", "nsubj", "nsubjpass") \
                and any(c.dep_ == "neg" for c in head.children):
            return "negated"  # "not through riots", "the visit did not happen"
        if head.pos_ in ("VERB", "AUX"):
            if head.lemma_.lower() in REQUEST_HEADS and not _pressing_on(head) \
                    and not _aims_itself(current, head):
                return "hypothetical"
            if head.lemma_.lower() in AVERTING and current.dep_ == "dobj":
                return "hypothetical"  # "deployed to prevent a fourth night of rioting"
            mode = own_mode(head)
            if mode in ("hypothetical", "future"):
                return mode
        current = head
    return "asserted"


AVERTING = frozenset({"prevent", "avert", "forestall", "preempt", "pre-empt", "avoid"})

AIMING_HEADS = frozenset({"aim", "seek", "intend", "mean", "design"})


def _aims_itself(noun_side: Token, head: Token) -> bool:
    """ "The meeting was aimed at forging ties", "the mediation seeks to ease tension": the act
    that has the aim took place; only what it aims at is still to come."""
    return head.lemma_.lower() in AIMING_HEADS and noun_side.dep_ in ("nsubj", "nsubjpass")


def _pressing_on(verb: Token) -> bool:
    """ "pressed ahead with enrichment": going on, not asking anyone."""
    return any(c.dep_ in ("advmod", "prt") and c.lower_ in ("ahead", "on", "forward")
               for c in verb.children)


def volitional(verb: Token) -> bool:
    """ "will not", "would not", "won't", "has no plans to", "no intention of": a negated verb
    that announces a refusal."""
    return verb.pos_ == "VERB" and (disowned_plan(verb) or any(
        c.dep_ == "aux" and c.lemma_.lower() in ("will", "would", "shall") for c in verb.children))


PLAN_NOUNS = frozenset({"plan", "intention", "intent"})


def disowned_plan(verb: Token) -> bool:
    """ "The US has no plans to ease sanctions", "no intention of withdrawing"."""
    noun = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "of" else verb.head
    attached = verb.dep_ == "pcomp" or (verb.dep_ == "acl" and infinitive(verb))
    return attached and noun.pos_ == "NOUN" and noun.lemma_.lower() in PLAN_NOUNS \
        and own_mode(noun) == "negated"


RECIPROCAL = frozenset({"same", "likewise", "reciprocate", "reciprocates", "reciprocated",
                        "suit", "kind"})  # "if India did the same", "followed suit", "in kind"


def is_condition(clause: Token) -> bool:
    """An "if" or "unless" clause."""
    return clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                          for m in clause.children)


def conditional(token: Token, *, threat: bool = False) -> bool:
    """A clause with a condition of its own: "would hit back if Israel attacked", "might pull
    out unless the withdrawal was placed on the agenda". With ``threat``, only a condition that
    makes a threat: "would pull back if Armenia did the same" offers, it does not threaten."""
    holds = _threatening if threat else is_condition
    if any(holds(c) for c in token.children):
        return True
    if token.dep_ == "xcomp":  # "could start bombing if ..."
        return any(holds(c) for c in token.head.children)
    return token.dep_ == "ccomp" and any(  # "X could blockade Y if Z, an official was quoted
        holds(c) and c.i > token.i for c in token.head.children)  # as saying"


def _threatening(clause: Token) -> bool:
    return is_condition(clause) and not any(t.lower_ in RECIPROCAL for t in clause.subtree)


def trigger_mode(token: Token) -> str:
    """The mode of a trigger: a verb's clause, a noun's ("no talks", "talks were held", "the
    planned talks"), an adjective's verb."""
    if token.pos_ in ("NOUN", "PROPN"):
        dets = {c.lower_ for c in token.children if c.dep_ == "det"}
        if dets & {"no", "any"}:
            return "negated" if "no" in dets else "hypothetical"  # "no talks", "any attack"
        if anticipated(token):
            return "future"  # "ahead of planned protests", "next week's summit": not yet held
        if called_off(token):
            return "negated"  # "the envoy's cancelled trip"
        if (verb := light_verb(token)) is not None:
            return clause_mode(verb)
        return noun_mode(token)
    if token.dep_ == "acomp" and (token.pos_ == "ADJ" or token.tag_ == "VBN"):
        return clause_mode(token.head)  # "is not concerned about": the mode of "is"
    return clause_mode(token)
