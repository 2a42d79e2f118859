"""Parse repairs that give a verb back the subject or object the parser hung elsewhere; run
from ``stages/reparse.py``.

A subject lent to an aside: in "Carla Hills, wrapping up two days of talks in Tokyo, demanded
that Japan open its markets" the parser makes Hills the subject of "wrapping" and leaves
"demanded" with none, so the demand has no one making it. The "-ing" aside set off by commas
describes the subject; the repair gives the subject back to the verb after the aside.

A subject swallowed by a date: "Clan elders said on Tuesday U.N. agencies must resume food
deliveries" comes back with "Tuesday U.N. agencies" one noun after "on", and the clause said
has no subject; the repair splits the weekday from the noun after it.

A teller read as the head: "in an attack police blamed on ETA" comes back as one noun,
"attack police", described by "blamed", so the attack is laid on no one; the repair makes the
police the subject of a clause describing the attack.

A verb read as a date's modifier: "French truckers on Monday blocked motorways, demanding
that ..." comes back with "blocked" describing "motorways" after "on", and the "-ing" aside the
sentence's verb; the repair makes "blocked" the verb and the aside its aside.

An object swallowed by a date: "the military announced on January 28, 2011 a curfew in Cairo"
and "Iraq accepted on Thursday opposition demands" come back with the object inside the date
phrase ("January 28, 2011, a curfew"; "Thursday opposition demands") and the verb with no
object; the repair makes it the verb's object.

A participle read as a verb: "Sudanese protesters demanding civilian rule burned tyres" comes
back with "demanding" the verb and "burned" hung on it; an "-ing" form with a subject and no
auxiliary describes its subject, and "burned" is the subject's verb.

An object read as a modifier of "home": "ordered its ambassador home from Phnom Penh" comes
back with "ambassador" a compound of "home" (read as an adverb or as the verb's complement) and
the verb with no object, so the recall is lost; the repair makes the noun the verb's object and
"home" its particle."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashpoint.stages.laid import BLAMED_ON
from flashpoint.stages.syntax import SUBJECT_DEPS as SUBJECTS
from flashpoint.stages.weekdays import WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def subject_lent_to_aside(doc: Doc) -> Doc:
    """Rehang "<subject>, <-ing aside>, <verb>" (see the module): the aside's subject stands
    right before its opening comma, the aside ends with a comma right before the verb, and the
    verb has no subject of its own."""
    for aside in doc[2:-1]:
        verb = aside.head
        if aside.dep_ != "advcl" or aside.tag_ != "VBG" or verb.i <= aside.i \
                or verb.pos_ not in ("VERB", "AUX") \
                or any(c.dep_ in SUBJECTS for c in verb.children):
            continue
        owner = next((c for c in aside.children if c.dep_ == "nsubj" and c.i < aside.i), None)
        if owner is None or not _set_off(doc, owner, aside, verb):
            continue
        owner.head = verb
    return doc


def _set_off(doc: Doc, owner: Token, aside: Token, verb: Token) -> bool:
    """Commas after the subject and after the aside, the aside running up to the verb."""
    opening, closing = doc[aside.i - 1], doc[verb.i - 1]
    return opening.text == "," and owner.right_edge.i <= opening.i and closing.text == "," \
        and aside.right_edge.i in (closing.i - 1, closing.i)


def weekday_swallowing_subject(doc: Doc) -> Doc:
    """Rehang "said on Tuesday U.N. agencies must resume deliveries", where the parser reads
    "Tuesday U.N. agencies" as one noun after "on" and leaves the clause said without a
    subject: the weekday is what "on" governs and the words after it the clause's subject."""
    for day in doc[1:-2]:
        noun = day.head
        on = noun.head
        if day.lower_ not in WEEKDAYS or day.dep_ != "compound" or noun.i <= day.i \
                or noun.dep_ != "pobj" or on.lower_ != "on" or on.i != day.i - 1:
            continue
        clause = next((c for c in on.head.children if c.dep_ == "ccomp" and c.i > noun.i
                       and not any(g.dep_ in SUBJECTS for g in c.children)), None)
        if clause is None:
            continue
        day.head, day.dep_ = on, "pobj"
        noun.head = clause
        noun.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in clause.children) \
            else "nsubj"
    return doc


# who lays blame in a reduced relative clause ("an attack police blamed on ETA"), with the
# verbs ``stages/laid.py`` reads ("army officers detained in Tbilisi" are detained, no one's
# telling)
TELLERS = frozenset({"police", "official", "authority", "investigator", "officer", "witness",
                     "prosecutor", "army", "military", "government"})
LAYING = frozenset(BLAMED_ON)


def teller_read_as_head(doc: Doc) -> Doc:
    """Rehang "in an attack police blamed on ETA", read as one noun "attack police" described
    by "blamed": the first noun is what the phrase names, the teller the subject of a relative
    clause describing it."""
    for verb in doc[2:-1]:
        teller = verb.head
        named = next((c for c in teller.children if c.dep_ == "compound"
                      and c.i == teller.i - 1 and c.pos_ == "NOUN"), None)
        if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or teller.i != verb.i - 1 \
                or verb.lemma_.lower() not in LAYING \
                or teller.lemma_.lower() not in TELLERS or named is None \
                or any(c.dep_ in ("agent", "auxpass", *SUBJECTS) for c in verb.children):
            continue
        for word in [c for c in teller.children if c.i < named.i]:
            word.head = named  # "an": of the attack
        named.head, named.dep_ = teller.head, teller.dep_
        teller.head, teller.dep_ = verb, "nsubj"
        verb.head, verb.dep_, verb.tag_ = named, "relcl", "VBD"
    return doc


def dated_verb_before_aside(doc: Doc) -> Doc:
    """Rehang "French truckers on Monday blocked motorways, demanding that ...", read as
    "truckers on [Monday-blocked motorways], demanding": the past form after the subject's
    weekday is the verb, the noun it modified its object, and the "-ing" root an aside."""
    for day in doc[2:-2]:
        on, verb = doc[day.i - 1], doc[day.i + 1]
        obj, owner = verb.head, on.head
        if day.lower_ not in WEEKDAYS or on.lower_ != "on" or on.dep_ != "prep" \
                or verb.dep_ != "amod" or verb.tag_ not in ("VBD", "VBN") \
                or day.head.i not in (verb.i, obj.i, on.i) or obj.head.i != on.i \
                or owner.dep_ != "nsubj" or owner.head.dep_ != "ROOT" \
                or owner.head.tag_ != "VBG" or owner.head.i < obj.i:
            continue
        aside = owner.head
        verb.head, verb.dep_, verb.pos_, verb.tag_ = verb, "ROOT", "VERB", "VBD"
        owner.head = verb
        on.head, day.head, day.dep_ = verb, on, "pobj"
        obj.head, obj.dep_ = verb, "dobj"
        aside.head, aside.dep_ = verb, "advcl"
        for stray in [c for c in aside.children if c.dep_ == "punct" and c.i == len(doc) - 1]:
            stray.head = verb
    return doc


def object_swallowed_by_date(doc: Doc) -> Doc:
    """Rehang "announced on January 28 a curfew", "accepted on Thursday opposition demands"
    (see the module): the verb has no object, and right after its "on" phrase's date comes a
    noun phrase the parser hung inside the date."""
    for on in doc[1:-2]:
        verb = on.head
        if on.lower_ != "on" or on.dep_ != "prep" or verb.pos_ != "VERB" or verb.i > on.i \
                or any(c.dep_ in ("dobj", "ccomp", "xcomp", "auxpass") for c in verb.children):
            continue
        date = next((c for c in on.children if c.dep_ == "pobj"), None)
        if date is None:
            continue
        day = doc[on.i + 1]
        if day.lower_ in WEEKDAYS and day.dep_ == "compound" and day.head.i == date.i \
                and not date.ent_type_ and date.pos_ == "NOUN":  # not "Sunday morning"
            day.head, day.dep_ = on, "pobj"  # "on Thursday opposition demands"
            date.head, date.dep_ = verb, "dobj"
            continue
        thing = next((c for c in date.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                      and c.ent_type_ != "DATE" and _dated_up_to(doc, date, c.left_edge.i)),
                     None)
        if date.ent_type_ == "DATE" and thing is not None:
            thing.head, thing.dep_ = verb, "dobj"  # "on January 28, 2011 a curfew"
    return doc


def _dated_up_to(doc: Doc, date: Token, end: int) -> bool:
    """Only the date's own words (and commas) between the date and ``end``."""
    return end > date.i and all(t.ent_type_ == "DATE" or t.text == ","
                                for t in doc[date.i:end])


def participle_read_as_verb(doc: Doc) -> Doc:
    """Rehang "Sudanese protesters demanding an end to military rule burned tyres", read as
    "protesters [were] demanding ... [and] burned": an "-ing" form with a subject and no
    auxiliary is no verb of its own, so it describes the subject, and the past-tense verb the
    parser joined to it is the subject's verb."""
    for ing in doc[1:-2]:
        owner = next((c for c in ing.children if c.dep_ == "nsubj" and c.i < ing.i), None)
        verb = next((c for c in ing.children if c.dep_ in ("conj", "ccomp") and c.tag_ == "VBD"
                     and all(g.dep_ not in SUBJECTS or _stolen(ing, g) for g in c.children)),
                    None)
        if ing.tag_ != "VBG" or owner is None or verb is None or owner.right_edge.i != ing.i - 1 \
                or any(c.dep_ in ("aux", "auxpass", "cc") for c in ing.children):
            continue
        for stolen in [c for c in verb.children if c.dep_ in SUBJECTS]:
            thing = _stolen(ing, stolen)  # "an end ... and a transfer": demanded too
            if thing is not None:
                stolen.head, stolen.dep_ = thing, "conj"
        verb.head, verb.dep_ = (verb, "ROOT") if ing.dep_ == "ROOT" else (ing.head, ing.dep_)
        for stray in [c for c in ing.children if c.i > verb.i or c.dep_ == "punct"]:
            stray.head = verb
        owner.head = verb
        ing.head, ing.dep_ = owner, "acl"
    return doc


def _stolen(ing: Token, subject: Token) -> Token | None:
    """The "-ing" form's object whose "and" comes right before ``subject``: the parser took
    the second of two things demanded for the next verb's subject."""
    thing = next((c for c in ing.children if c.dep_ == "dobj" and c.i < subject.i), None)
    joined = thing is not None and any(c.dep_ == "cc" and c.i == subject.left_edge.i - 1
                                       for c in thing.children)
    return thing if joined else None


def object_before_home(doc: Doc) -> Doc:
    """Rehang "<verb> <noun> home" (see the module): a noun compounded to the adverb "home"
    that modifies a verb with no object is that verb's object."""
    for home in doc:
        verb = home.head
        if home.lower_ != "home" or home.dep_ not in ("advmod", "npadvmod", "oprd") \
                or verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children):
            continue
        noun = next((c for c in home.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
        if noun is not None:
            noun.head, noun.dep_, home.dep_ = verb, "dobj", "prt"
    return doc
