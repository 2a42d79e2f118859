"""Where a trigger sits in its sentence: in the background of the news (a clause or phrase
of time or circumstance, a participle clause), happening with it (``concurrent``), or in a
clause that describes a noun; and the "for" clause of "called for X to do Y". The confidence
model weighs background and describing clauses (``stages/confidence.py``);
``findings.foreground`` leaves out what happened before the news."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashpoint.stages.syntax import child, infinitive, subject

if TYPE_CHECKING:
    from spacy.tokens import Token

# "a week after rebels seized the town", "as rioting spread", "following the attack": the
# clause or phrase tells the background of the sentence's news
BACKGROUND_WORDS = frozenset({"after", "since", "following", "amid", "during", "before", "as",
                              "when", "while", "until"})
# the relations a clause opened by "after", "when" ... may be given: an adverbial clause, or
# what the parser makes of one set off by commas (a conjunct, a loose dependent)
MARKABLE = frozenset({"advcl", "conj", "prep", "dep", "npadvmod", "pcomp", "parataxis"})
AIMED_AT = frozenset({"at", "on", "upon", "against", "toward", "towards", "into"})
DOER_ENTITIES = frozenset({"ORG", "NORP", "GPE", "PERSON"})  # who can be named as a doer


def in_background(token: Token) -> bool:
    """Whether a trigger sits in an adverbial clause or phrase of time or circumstance ("in
    the wake of the riots" too), is a noun in a participle clause ("..., facing mounting
    student protests", "bowing to weeks of street protests"), or is or sits in a participle
    clause set off after its clause's verb ("..., defying appeals from Washington", "...,
    saying Hanoi had cooperated")."""
    if (token.pos_ == "NOUN" and _under_participle(token)) or _trailing_participle(token):
        return True
    current = token
    for _ in range(12):
        if current.dep_ in MARKABLE and _marked(current):
            return True  # the parser may join "..., a day after the government announced" as
            # conj, or hang "The army, after shells killed ..., opened" on the comma
        if current.i != token.i and _trailing_participle(current):
            return True  # "lifted the embargo, saying Hanoi *had cooperated*"
        if current.dep_ in ("pobj", "pcomp") and current.head.lower_ in BACKGROUND_WORDS:
            return True
        if _reason_for(current):
            return True
        if _in_time_span(current):
            return True
        if current.head.i == current.i:
            return False
        current = current.head
    return False


# "in the aftermath of the riots", "in the sixteen weeks of protests", "at the height of the
# unrest": a phrase of time whose "of" phrase names the background
TIME_SPANS = frozenset({"aftermath", "wake", "run", "height", "midst", "day", "week", "month",
                        "year", "weekend", "night"})
TIME_PREPS = frozenset({"in", "during", "over", "after", "since", "for", "throughout", "at"})


def _in_time_span(word: Token) -> bool:
    if word.dep_ != "pobj" or word.head.lower_ not in ("of", "to"):
        return False
    span = word.head.head
    return span.lemma_.lower() in TIME_SPANS and (span.dep_ == "npadvmod" or (
        span.dep_ == "pobj" and span.head.lower_ in TIME_PREPS))


# acts done to someone for something they did: "deported 12 activists for taking part in a
# rally", "jailed for insulting the king" tell the deed as the reason, not as news
REPROACHING = frozenset({"deport", "expel", "arrest", "detain", "jail", "imprison", "sentence",
                         "fine", "punish", "convict", "execute", "sanction", "criticise",
                         "criticize", "condemn", "blame", "accuse", "praise", "thank", "commend",
                         "sue", "charge", "indict", "prosecute", "ban", "suspend", "sack",
                         "dismiss", "reprimand", "rebuke", "denounce", "fire", "penalise",
                         "penalize", "kill", "hang", "flog", "cane", "reward", "honour", "honor"})


def _reason_for(word: Token) -> bool:
    """A gerund after "for" on a verb of punishment or judgement: the deed it answers."""
    return word.dep_ == "pcomp" and word.tag_ == "VBG" and word.head.lower_ == "for" \
        and word.head.head.lemma_.lower() in REPROACHING


def _marked(clause: Token) -> bool:
    """Opened by a word of time or circumstance; also "days after a bombing killed 21", where
    the parser hangs "after" on the measure of time."""
    return any((c.dep_ == "mark" and c.lower_ in BACKGROUND_WORDS) or (
        c.dep_ == "npadvmod" and any(p.dep_ == "prep" and p.lower_ in BACKGROUND_WORDS
                                     for p in c.children)) for c in clause.children)


def _under_participle(noun: Token) -> bool:
    """The noun's verb is a participle clause: adverbial, or set off by a comma after a noun
    ("The president, facing mounting protests, ..."); or a past participle opening the
    sentence ("Confronted with nationwide unrest, Tokayev declared ...")."""
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or any(c.dep_ == "mark" for c in verb.children):
        return False
    if verb.tag_ == "VBN":
        return verb.dep_ == "advcl" and verb.i == verb.sent.start
    if verb.tag_ != "VBG":
        return False
    set_off = verb.dep_ == "acl" and verb.i > 0 and verb.doc[verb.i - 1].text == ","
    return verb.dep_ == "advcl" or set_off


def _trailing_participle(verb: Token) -> bool:
    """A participle clause set off after its clause's verb says how or why that verb's act was
    done ("recognised Croatia on Monday, defying appeals from Washington")."""
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i > verb.head.i > 0 \
        and verb.doc[verb.i - 1].text == "," and not any(c.dep_ == "mark" for c in verb.children)


def in_relative(token: Token) -> bool:
    """Whether a trigger sits in a clause that describes a noun ("civilians *who had sought*
    refuge", "workers *who joined* strikes", "people *displaced* by fighting")."""
    current = token
    for _ in range(12):
        if current.dep_ in ("relcl", "acl") or (current.dep_ == "amod" and current.pos_ == "VERB") \
                or _gerund_with_doer(current) \
                or (current.dep_ == "pcomp" and (current.head.head.pos_ == "NOUN" or (
                    _aimed_at(current.head) and any(
                        c.dep_ == "nsubj" for c in current.children)))):
            return True  # "crowds protesting", "protesting monks", "a crackdown on protesting",
            # "fired at students marching on parliament", "worked with police investigating"
        if current.head.i == current.i or current.dep_ in ("ccomp", "advcl"):
            return False  # a conjunct is where its first verb is ("who suspended ... and
            # sacked the chief justice"); an infinitive where its verb is ("which he had
            # vowed to extradite")
        current = current.head
    return False


def _gerund_with_doer(token: Token) -> bool:
    """ "clubbed monks marching in Rangoon", "fired at monks marching", parsed as the gerund
    "marching" with "monks" as its compound (the object, or a clause of its own): the marchers
    are described, as in "monks who were marching"."""
    return token.dep_ in ("dobj", "pobj", "ccomp") and token.tag_ == "VBG" \
        and any(c.dep_ == "compound" and c.i == token.i - 1 for c in token.children)


def _aimed_at(preposition: Token) -> bool:
    """A preposition naming whom an act is done to or with; a "with" set off by a comma
    opens a clause of circumstance instead ("..., with the president calling it a crime")."""
    if preposition.lower_ == "with":
        return preposition.i > 0 and preposition.doc[preposition.i - 1].text != ","
    return preposition.lower_ in AIMED_AT


def told_aside(word: Token) -> bool:
    """A clause after a verb that tells something of its own, whose actors are not the
    verb's target: a finite relative clause ("a coalition *which Australia joined*"), a
    conjunct with its own subject, and "to which" clauses. Clauses of time and participle
    clauses are not aside: they often name whom the act answers ("lifted the embargo,
    rewarding Belgrade", "went on alert after China announced missile tests")."""
    if word.dep_ == "relcl":
        return not infinitive(word)
    if word.dep_ == "conj" and word.pos_ in ("VERB", "AUX"):
        return subject(word) is not None
    if word.dep_ == "pcomp" and child(word, "nsubj", "nsubjpass") is not None:
        return any(r.lower_ in ("which", "whom") for r in word.subtree if r.i < word.i)
    return False


def for_clause(verb: Token) -> Token | None:
    """ "called for Russia to withdraw", "pressed for both sides to talk": the parser makes
    "for" the marker of an infinitive clause with its own subject, not a preposition; the
    clause's verb is what is called for, its subject whom it is asked of."""
    return next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
                 and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def concurrent(token: Token) -> bool:
    """Whether a background trigger tells something happening with the news, not before it: a
    participle clause set off after its verb (", sending troops onto the streets", ", blaming
    the Taliban"), a clause describing a noun in the progressive ("supporters who were
    marching on parliament", "students marching") or in the passive with its doers named ("an
    operation carried out by the authorities"; not "workers seized last week", "people
    displaced by fighting"), or an "after" clause with no lapse of time."""
    for current in (token, *token.ancestors):
        if _trailing_participle(current):  # not one trailing a background clause ("two days
            return not in_background(current.head)  # after rebels ambushed a unit, killing
            # eight soldiers")
        if current.dep_ in ("relcl", "acl"):
            return current.tag_ == "VBG" or _doer_named(current)
        if current.dep_ == "advcl" or (current.dep_ == "conj" and _marked(current)):
            return _just_after(current)
        if current.dep_ in ("ccomp", "ROOT"):
            return False
    return False


def _just_after(clause: Token) -> bool:
    """An "after" clause with no lapse of time, no date and no pluperfect tells the cause
    with the news ("imposed a curfew after protesters stormed the mayor's office"), not a
    recap ("a week after Russia sent troops", "after rebels had seized the town")."""
    if not any(m.dep_ == "mark" and m.lower_ == "after" for m in clause.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in clause.subtree)


def _doer_named(verb: Token) -> bool:
    doers = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    return any(o.pos_ == "PROPN" or o.tag_ == "NNS" or o.ent_type_ in DOER_ENTITIES
               for o in doers)
