"""The verb that carries a noun trigger: a light verb ("launched an offensive", "engaged in
X"), an errand ("flew to Moscow for talks") or a manner phrase ("in defiance of")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashpoint.stages.syntax import prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

LIGHT_VERBS = frozenset({"launch", "hold", "stage", "conduct", "carry", "begin", "start",
                         "continue", "wage", "mount", "organize", "organise", "make", "take",
                         "resume", "open", "lead", "join", "call", "announce", "end",
                         "order", "impose", "declare", "sign", "reach", "host", "attend",
                         "heed", "observe",  # "workers heeded a national stayaway"
                         # "sent a request for peacekeepers", "lodged a plea for clemency"
                         "send", "submit", "lodge", "file", "issue", "deliver", "address",
                         "renew", "repeat", "voice", "present", "relay", "convey", "level",
                         "hand", "broadcast",
                         "inflict", "maintain",  # "inflict strikes on", "maintained its demand"
                         "put", "slap"})  # "put a freeze on loans", "slapped a veto on"
# light verbs that hand over what is said: "a plea ... was addressed to the UN by Kabul",
# "allegations ... were levelled against the government by"
HANDING_VERBS = frozenset({"make", "send", "submit", "lodge", "file", "issue", "deliver",
                           "address", "renew", "repeat", "voice", "present", "relay", "convey",
                           "level", "hand", "broadcast", "extend", "unveil", "express",
                           "reiterate", "restate", "reaffirm"})  # "recognition was extended by"
# verbs that carry only the words for a threat: "raised the prospect of a general strike"
OMEN_VERBS = frozenset({"raise", "brandish", "wave", "float"})
OMENS = frozenset({"threat", "prospect", "spectre", "specter"})
# nouns whose target a clause on their carrying verb may name ("repeated its demand on Monday
# that the rebels free ...", "raised the threat of a strike if parliament ...")
AIMED = OMENS | {"demand", "call", "appeal", "request", "plea"}
CLAIM_NOUNS = frozenset({"allegation", "accusation", "claim", "charge", "rumour", "rumor",
                         "suspicion", "speculation", "report", "assertion", "suggestion"})
# "engaged in ethnic cleansing", "took part in talks": the noun after "in" is the action
IN_LIGHT_VERBS = frozenset({"engage", "participate", "involve", "take", "join", "partake"})
ON_LIGHT_VERBS = frozenset({"embark", "go"})  # "embarked on a hunger strike"
# verbs with a particle that put a demand or a plan forward
PUT_FORWARD = frozenset({("put", "forward"), ("set", "out"), ("lay", "down"), ("bring", "up")})


def claimed_or_asked(token: Token, head: Token) -> bool:
    """What a claim says or a demand asks: "an allegation that the rebels took the city",
    "repeated its demand on Monday that the rebels free ..."; not asserted."""
    if token.dep_ in ("acl", "ccomp") and (head.pos_ == "NOUN" or (
            head.tag_ == "VBZ" and not any(c.dep_ in ("nsubj", "nsubjpass")
                                           for c in head.children))):
        return head.lemma_.lower() in CLAIM_NOUNS  # "dismissed reports that": the plural
        # tagged as a verb with no subject
    return token.dep_ == "ccomp" and any(c.dep_ == "dobj" and c.lemma_.lower() in AIMED
                                         for c in head.children)


def carried(verb: Token | None) -> Token | None:
    """The object of a light verb: the action it carries ("inflict strikes", "mount raids")."""
    if verb is None or verb.lemma_.lower() not in LIGHT_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def light_verb(noun: Token) -> Token | None:
    """The light verb carrying a noun trigger: "launched an offensive", "engaged in X"."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and noun.lemma_.lower() in OMENS \
            and head.lemma_.lower() in OMEN_VERBS:
        return head
    if noun.dep_ == "dobj" and head.lemma_.lower() in LIGHT_VERBS \
            and not any(c.dep_ == "oprd" for c in head.children):  # "called the attack a crime"
        return head
    if noun.dep_ == "pobj" and head.head.pos_ in ("VERB", "AUX") and (
            (head.lower_ == "in" and head.head.lemma_.lower() in IN_LIGHT_VERBS)
            or (head.lower_ == "on" and head.head.lemma_.lower() in ON_LIGHT_VERBS)):
        return head.head  # "took part in talks", "embarked on a fast"
    if noun.dep_ == "nsubjpass" and head.lemma_.lower() in HANDING_VERBS:
        return head  # "a plea for tents was addressed to the UN"
    if noun.dep_ in ("dobj", "nsubjpass") and (head.lemma_.lower(), next(
            (c.lower_ for c in head.children if c.dep_ in ("prt", "advmod")), "")) in PUT_FORWARD:
        return head  # "laid down a demand", "a demand was put forward by"
    return None


# "arrived in Geneva for talks", "flew to Moscow for a summit": who came does the noun
ERRAND_VERBS = frozenset({"arrive", "travel", "go", "come", "return", "head", "fly", "leave",
                          "gather", "meet", "sit", "convene", "assemble", "visit", "stop",
                          "ride", "drive", "sail", "jet", "rush", "hurry"})


def errand_verb(noun: Token) -> Token | None:
    """The motion verb a noun trigger is the errand of: "<verb> ... for talks"."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "for" and prep.head.pos_ == "VERB" \
            and prep.head.lemma_.lower() in ERRAND_VERBS:
        return prep.head
    return None


# "resumed enrichment in defiance of the resolution": the clause's subject defies; "went over
# the crisis in a telephone conversation": the clause's subjects talked; "cut aid in protest
# at the law": the clause's subject protests by cutting
MANNER_NOUNS = frozenset({"defiance", "contravention", "conversation", "call", "phone",
                          "telephone", "talk", "meeting", "show", "display", "protest"})


def manner_verb(noun: Token) -> Token | None:
    """The verb whose doer a manner phrase's noun trigger describes: "<verb> ... in defiance
    of"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or noun.lemma_.lower() not in MANNER_NOUNS:
        return None
    held = prep.head  # "pressed ahead with enrichment in defiance of": the parser may hang
    if held.pos_ == "NOUN" and held.dep_ == "dobj":  # the phrase on the verb's object
        held = held.head
    elif held.pos_ == "NOUN" and held.dep_ == "pobj" and held.head.dep_ == "prep":
        held = held.head.head
    return held if held.pos_ == "VERB" else None


def made_by_own_doer(noun: Token) -> bool:
    """ "A request by Sierra Leone for more peacekeepers was made on Tuesday", "a plea for
    tents was addressed to the UN by Kabul": a noun that is the passive subject of a verb
    that hands it over, with a doer named, codes itself."""
    verb = noun.head
    if noun.dep_ != "nsubjpass" or verb.lemma_.lower() not in HANDING_VERBS:
        return False
    return any(c.dep_ == "agent" for c in verb.children) or any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in noun.children)


ANTICIPATED = frozenset({"planned", "proposed", "upcoming", "scheduled", "expected",
                         "impending", "looming", "threatened", "possible", "potential",
                         "future", "prospective", "intended"})


CALLED_OFF = frozenset({"cancelled", "canceled", "scrapped", "postponed"})


def anticipated(noun: Token) -> bool:
    """A meeting or protest still to come: "the planned protests", "ahead of the summit",
    "next month's talks"."""
    if any(c.dep_ in ("amod", "compound") and c.lower_ in ANTICIPATED for c in noun.children):
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "ahead":
        return True
    return any(c.dep_ == "poss" and any(w.lower_ in ("next", "coming") for w in c.children)
               for c in noun.children)


def called_off(noun: Token) -> bool:
    """ "the envoy's cancelled trip": a meeting or visit that will not take place."""
    return any(c.dep_ == "amod" and c.lower_ in CALLED_OFF for c in noun.children)


def nominal_object(noun: Token) -> Token | None:
    """What a noun of action is done to: its "of" phrase, a modifier ("arms shipments"), or
    the phrase after "on" or "to" ("a freeze on new aid", "a halt to relief flights")."""
    found = next(prep_objects(noun, "of"), None) or compound_object(noun)
    # the "on" may hang on the verb whose object the noun is ("put a freeze on loans")
    holders = (noun, noun.head) if noun.dep_ == "dobj" else (noun,)
    return found or next((o for holder in holders for prep in ("on", "to")
                          for o in prep_objects(holder, prep) if o.i > noun.i), None)


def compound_object(noun: Token) -> Token | None:
    """What a noun of action is done to when a modifier names it: "arms" in "arms shipments",
    "troop" in "troop withdrawal"."""
    return next((c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"
                 and c.i < noun.i and not c.ent_type_), None)
