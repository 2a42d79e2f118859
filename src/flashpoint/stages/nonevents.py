"""What reads like an event and is none: deaths a disaster or an accident caused ("killed in
the earthquake", "killed when a bus overturned"), forces standing where they are ("28,500
US troops are stationed in South Korea"), a measure in force for years ("the border has been
closed for decades"), what a rule in force says ("are barred from re-election under a rule"),
a word quoted alone, a participle before a name ("ousted Prime Minister X"), and people
without an office leaving their jobs ("poll workers quit")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashpoint.stages.patterns import carries_own_act
from flashpoint.stages.sides import VIOLENT
from flashpoint.stages.syntax import prep_objects, subject

if TYPE_CHECKING:
    from spacy.tokens import Token

    from flashpoint.codebook import Codebook, VerbPattern
    from flashpoint.stages.findings import Finding

DISASTERS = "DISASTERS"  # the synset of natural disasters ("killed in the earthquake")
ACCIDENTS = "ACCIDENTS"  # the synset of accidents ("killed in a crash", "when a bus overturned")
WHEN = frozenset({"when", "after", "as"})
STANDING = frozenset({"station", "base", "garrison"})  # "troops are stationed in": a state


def natural_cause(book: Codebook, token: Token, pattern: VerbPattern) -> bool:
    """Deaths a disaster caused are no political event: "thousands killed in the earthquake",
    "a typhoon swept across the islands, killing 300", "the victims of the earthquake that
    flattened towns, killing tens of thousands" (the participle hung on the main verb)."""
    if pattern.code[:2] not in VIOLENT[1:] or token.pos_ != "VERB":
        return False
    disasters = set(book.synsets.get(DISASTERS, ()))
    mishaps = disasters | set(book.synsets.get(ACCIDENTS, ()))
    if any(t.lemma_.lower() in mishaps for prep in ("in", "by")
           for t in prep_objects(token, prep)):
        return True  # "killed in the earthquake", "died in a crash"
    doer = subject(token)
    if doer is not None and doer.lemma_.lower() in disasters:
        return True
    if any(_mishap_clause(c, mishaps, disasters) for c in token.children):
        return True  # "killed when a bus overturned", "... when heavy rains triggered landslides"
    head = token.head  # "..., killing 300": a disaster told between its verb and the killing
    return token.dep_ == "advcl" and token.tag_ == "VBG" and head.i < token.i and any(
        t.lemma_.lower() in disasters for t in token.doc[head.i + 1:token.i])


def _mishap_clause(clause: Token, mishaps: set[str], disasters: set[str]) -> bool:
    """ "when a bus overturned", "when heavy rains triggered landslides"; a disaster is a noun
    ("when troops stormed the building" is no storm)."""
    if clause.dep_ != "advcl" or not any(m.dep_ in ("mark", "advmod") and m.lower_ in WHEN
                                         for m in clause.children):
        return False
    return any(t.lemma_.lower() in mishaps and (t.pos_ == "NOUN" or t.lemma_.lower() not in
                                                disasters) for t in clause.subtree)


def standing(token: Token) -> bool:
    """ "28,500 US troops are stationed in South Korea", "the force has been stationed there
    since 1978", "the troops stationed in the region": a standing state, no event."""
    if token.lemma_.lower() not in STANDING or token.tag_ != "VBN":
        return False
    if token.dep_ == "acl":
        return True
    helpers = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    if not any(c.dep_ == "auxpass" for c in helpers) or any(c.lower_ == "being" for c in helpers):
        return False
    if any(c.lower_ == "been" for c in helpers):  # "have been stationed": since when?
        return any(c.dep_ == "prep" and c.lower_ in ("since", "for") for c in token.children)
    return any(c.tag_ in ("VBP", "VBZ") for c in helpers)  # "are stationed", not "were"


LONG_SPANS = frozenset({"year", "decade", "century", "generation"})


def long_held(token: Token) -> bool:
    """ "Their shared border has been closed for three decades": a measure in force for years
    is a standing state, not this day's event ("has been closed since Monday" is news)."""
    if token.pos_ != "VERB" or token.tag_ != "VBN" \
            or not any(c.dep_ == "auxpass" and c.lower_ == "been" for c in token.children):
        return False
    return any(o.lemma_.lower() in LONG_SPANS for o in prep_objects(token, "for"))


RULES = frozenset({"rule", "law", "constitution", "regulation", "amendment", "code", "statute",
                   "charter"})


def standing_rule(token: Token) -> bool:
    """ "Members of Congress are barred from re-election under a rule approved in 2018",
    "publishing exit polls is prohibited under the election law": what a rule in force says,
    told in the present, is no event (the rule's passing was one)."""
    helpers = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    return token.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP")
                                       for c in helpers) \
        and not any(c.dep_ == "agent" for c in token.children) \
        and any(o.lemma_.lower() in RULES for t in token.subtree if t.lower_ == "under"
                for o in t.children if o.dep_ == "pobj")


QUOTES = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "``", "''"})


def quoted_word(token: Token) -> bool:
    """A word quoted alone (banners which read "occupied"): cited, not done."""
    doc = token.doc
    return 0 < token.i < len(doc) - 1 and doc[token.i - 1].text in QUOTES \
        and doc[token.i + 1].text in QUOTES


def no_event_here(book: Codebook, token: Token, pattern: VerbPattern) -> bool:
    """Deaths a disaster or an accident caused, forces standing where they are, a measure in
    force for years, what a rule in force says, a word quoted alone, a participle before a
    name, a figure that declines, a noun hyphened to a modifier, a noun read as a verb, or an
    order whose object is the act ("ordered a relaxation of the curfew": the noun codes it)."""
    return natural_cause(book, token, pattern) or standing(token) or quoted_word(token) \
        or named_by_participle(token) or falling(token) or long_held(token) \
        or standing_rule(token) \
        or hyphened_modifier(token) or noun_read_as_verb(token) \
        or carries_own_act(book, token, pattern) or discussed_topic(token)


# what people meet, speak or write about: a noun in their topic is discussed, not told
DISCUSSIONS = frozenset({"summit", "talk", "talks", "meeting", "conference", "debate",
                         "discussion", "consultation", "session", "hearing", "briefing",
                         "seminar", "forum", "symposium", "report", "speech", "remark",
                         "comment", "question", "lecture", "documentary", "article", "book",
                         "film", "study", "survey", "poll"})
TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})
DISCUSSING = frozenset({"talk", "speak", "meet", "confer", "debate", "comment", "testify",
                        "brief", "lecture"})


def discussed_topic(token: Token) -> bool:
    """ "a summit in Brussels on the riots in Greece", "a debate about the strikes": a noun
    in the topic of a meeting, a speech or a report, with no doer of its own, is what they are
    about; the event, if any, is told elsewhere."""
    prep = token.head
    if token.pos_ != "NOUN" or token.dep_ != "pobj" or prep.lower_ not in TOPIC_PREPS:
        return False
    held = prep.head
    held = next((c for c in held.children if c.dep_ == "dobj"), held) if held.pos_ == "VERB" \
        and held.lemma_.lower() not in DISCUSSING else held
    return held.lemma_.lower() in DISCUSSIONS | DISCUSSING \
        and not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by")
                    for c in token.children)


def noun_read_as_verb(token: Token) -> bool:
    """ "Tokyo froze new loans and grant aid to Pakistan": a bare verb form joined to a past
    tense, with no subject or auxiliary of its own, is a noun the parser took for a verb."""
    return token.tag_ == "VB" and token.dep_ == "conj" and token.head.tag_ == "VBD" \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children)


def hyphened_modifier(token: Token) -> bool:
    """ "riot-hit Ahmedabad", "the war-torn north", "strike-bound ports": a noun joined by a
    hyphen to the participle or adjective after it describes what it modifies; the event, if
    any, is told elsewhere."""
    doc = token.doc
    if token.pos_ != "NOUN" or token.i + 2 >= len(doc) or doc[token.i + 1].text != "-":
        return False
    word = doc[token.i + 2]
    return token.head.i == word.i and word.dep_ in ("amod", "compound") \
        and word.tag_ in ("VBN", "JJ")


# how a figure falls: "declined for the eighth year", "by 3 percent", "sharply"
FALL_WORDS = frozenset({"for", "by", "from", "to", "since", "below", "sharply", "steadily",
                        "slightly", "steeply", "further", "percent"})


def falling(token: Token) -> bool:
    """ "Gas output has declined for the eighth year": "decline" with nothing declined (no
    object, no clause, no passive subject) and told how much or how long is a fall, not a
    refusal ("declined to sign", "declined the invitation", "asked to delay, he declined")."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "decline":
        return False
    kids = list(token.children)
    return not any(c.dep_ in ("dobj", "xcomp", "ccomp", "nsubjpass") for c in kids) \
        and any(c.lower_ in FALL_WORDS for c in kids)


# people whose leaving a job changes no leadership ("poll workers quit", "nurses resigned")
PRIVATE_SECTORS = frozenset({"LAB", "CVL", "EDU", "AGR", "MED", "HLH", "BUS", "REF"})


def office_exits(findings: list[Finding]) -> list[Finding]:
    """Findings without a resignation (0831) by people who hold no office: workers quitting
    their jobs accede to no demand for a change in leadership."""
    return [f for f in findings if not (
        f.code == "0831" and f.source is not None and f.source.actor.sector in PRIVATE_SECTORS)]


def named_by_participle(token: Token) -> bool:
    """A past participle right before a proper name, with no subject or auxiliary of its own
    ("the court dissolved ousted Prime Minister Thaksin's party", which the parser reads as
    "ousted [the party]"): it describes the person, as "former" would; what was done to them
    is told elsewhere, if at all. A day is no name ("alleged Monday that")."""
    doc = token.doc
    return token.tag_ == "VBN" and token.dep_ != "ROOT" and token.i + 1 < len(doc) \
        and doc[token.i + 1].pos_ == "PROPN" and doc[token.i + 1].ent_type_ != "DATE" \
        and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children)
