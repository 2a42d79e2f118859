"""Repairs for the small parser's slips about who acts, read from the shape of the parse
alone (no codebook): a subject read as an adverbial, a past-tense main verb read as a
modifier (also of the agent of "backed by"), a subject swallowed by an opening phrase or by a
first name read as a preposition."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")


def misparsed_subject(verb: Token) -> Token | None:
    """The small parser's slips at a sentence's start: "Azerbaijan massed troops" (the name
    read as an adverbial), "The rebels handed over their weapons" (the past-tense verb read as
    a modifier of the noun, the noun as the sentence's root, or as a second subject of a
    closing "officials said")."""
    root = verb.sent.root  # a sentence the parser left with no verb: the first past form that
    if verb.dep_ == "acl" and root.pos_ in ("NOUN", "PROPN") and root.i < verb.i \
            and _acts(verb):  # acts is its main verb ("Doctors from two aid groups donated
        return root  # ...", "Russia's FSB alleged on Monday that ...")
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and any(c.dep_ == "dobj" for c in verb.children):
        return _backed_doer(verb.head)  # "troops backed by tanks invaded Kuwait": the parser
        # hung "invaded" on "tanks" and made "troops" the subject of the sentence's "said"
    if verb.dep_ == "acl" and verb.head.dep_ == "nsubj" and _two_subjects(verb.head.head) \
            and any(c.dep_ == "dobj" for c in verb.children):  # "fighters handed in their
        return verb.head  # rifles ..., officials said": "fighters" made a second subject
    if verb.dep_ == "acl" and verb.head.dep_ == "appos" and after_comma(verb.head) \
            and not any(c.dep_ in ("dobj", "ccomp") for c in verb.children):
        return verb.head  # "..., the Organisation for Human Rights alleged in a report"
    if (noun := verb_read_as_modifier(verb)) is not None:  # "Tokyo froze grant aid"
        return next((c for c in noun.lefts if c.dep_ in ("compound", "nmod") and c.i < verb.i),
                    None)
    if verb.dep_ != "ROOT":  # "the Israeli-occupied sector": a modifier, no act
        return None
    return next((c for c in verb.lefts if c.dep_ == "npadvmod" and c.pos_ == "PROPN"
                 and c.left_edge.i == verb.sent.start), None) or _swallowed(verb) \
        or _name_as_preposition(verb)


def after_comma(noun: Token) -> bool:
    """The phrase of ``noun`` opens right after a comma ("..., the EU's commissioner")."""
    start = noun.left_edge.i
    return start > 0 and noun.doc[start - 1].text == ","


def _two_subjects(verb: Token) -> bool:
    return sum(c.dep_ == "nsubj" for c in verb.children) > 1


def verb_read_as_modifier(verb: Token) -> Token | None:
    """ "Tokyo froze grant aid to India": a past tense (not a participle) the parser read as a
    modifier of the sentence's root noun, between the doer's name and the object. Gives the
    object."""
    noun = verb.head  # the root, or the parser's loose "dep" or said-clause of a "said"
    given = any(c.dep_ == "nsubj" for c in verb.children)  # "King Fahd lobbied fellow leaders"
    if verb.dep_ != "amod" or noun.dep_ not in ("ROOT", "dep", "ccomp") \
            or not (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and given)) \
            or noun.pos_ not in ("NOUN", "PROPN") or noun.i < verb.i:
        return None  # a participle with a subject of its own: "A U.S. drone fired missiles"
    named = any(c.dep_ in ("compound", "nmod") and c.i < verb.i and c.i == noun.left_edge.i
                for c in noun.lefts)
    return noun if named or given else None


def misread_object(verb: Token) -> Token | None:
    """An object the parser hung elsewhere: on the verb itself read as a modifier
    (``verb_read_as_modifier``), read as a measure of time, as a clause of its own or as a
    predicate (the functions below), or on "visiting" read as a second verb ("met visiting
    Chinese Premier Li": the premier is whom they met)."""
    if (noun := verb_read_as_modifier(verb) or _object_read_as_adverb(verb)
            or _noun_read_as_clause(verb) or _object_read_as_predicate(verb)) is not None:
        return noun
    visiting = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if visiting is None or not attributive_visiting(visiting):
        return None  # of two objects ("offered visiting X an apology"), the thing given
    return [c for c in visiting.children if c.dep_ == "dobj"][-1]


TIME_NOUNS = frozenset({"day", "week", "month", "year", "time", "morning", "night", "weekend",
                        "hour", "minute", "evening", "afternoon", "season", "decade"})


def _noun_read_as_clause(verb: Token) -> Token | None:
    """ "Allowed African Union monitors into Darfur": the object the parser read as a clause
    of its own (a noun tagged as one, with a subject), right after the verb."""
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "NOUN"
                 and c.left_edge.i == verb.i + 1  # not "demanded that Bonn release credit"
                 and not any(k.dep_ in ("mark", "dobj") for k in c.children)), None)


def _object_read_as_predicate(verb: Token) -> Token | None:
    """ "Farmers called off the road blockades": the object the parser read as what the verb
    makes of an object it has not got ("called [it] blockades"), after the verb's particle."""
    if any(c.dep_ == "dobj" for c in verb.children) \
            or not any(c.dep_ == "prt" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "NOUN"), None)


def _object_read_as_adverb(verb: Token) -> Token | None:
    """ "Riot police broke up a march by opposition supporters": the object the parser read as
    a measure of time ("a week"), right after the verb or its particle."""
    end = max([verb.i, *(c.i for c in verb.children if c.dep_ == "prt")])
    return next((c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "NOUN"
                 and not c.ent_type_ and c.lemma_.lower() not in TIME_NOUNS
                 and c.left_edge.i == end + 1), None)


def attributive_visiting(token: Token) -> bool:
    """ "visiting" right after a verb, naming its object, that the parser read as a verb of
    its own: the visitor is the object, the one who visits is not the verb's subject."""
    return token.lower_ == "visiting" and token.dep_ in ("xcomp", "advcl", "dep") \
        and token.head.pos_ == "VERB" and token.head.i == token.i - 1 \
        and any(c.dep_ == "dobj" and c.ent_type_ in ("PERSON", "NORP", "GPE", "")
                for c in token.children)


def _swallowed(verb: Token) -> Token | None:
    """ "After talks in Geneva, Iran and the United States agreed", "In a letter to the AU,
    Somalia's president sought": the parser hung the subject on the opening phrase, as a
    conjunct or an apposition of its last noun. The subject is that noun when it starts right
    after the phrase's comma and the verb has no subject."""
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    opener = next((c for c in verb.lefts if c.dep_ == "prep" and c.i == verb.sent.start), None)
    if opener is None:
        return None
    for token in opener.subtree:
        before = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
        if token.dep_ in ("conj", "appos") and token.pos_ in ("NOUN", "PROPN") \
                and before is not None and before.text == "," and token.i < verb.i:
            return token
    return None


PREPOSITIONS = frozenset("""about above across after against along amid amidst among amongst
    around as at before behind below beneath beside besides between beyond but by despite down
    during except for from in inside into like near of off on onto out outside over past per
    since through throughout till to toward towards under underneath unlike until up upon via
    with within without""".split())


def _name_as_preposition(verb: Token) -> Token | None:
    """ "Barack Obama and Xi Jinping met": a first name the tagger took for a preposition
    (capitalised, and no English preposition) swallowed the subject as its object."""
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    first = verb.sent[0]
    if first.pos_ != "ADP" or first.dep_ != "prep" or first.head.i != verb.i \
            or not first.text[:1].isupper() or first.lower_ in PREPOSITIONS:
        return None
    return next((c for c in first.children if c.dep_ == "pobj"), None)


def _backed_doer(noun: Token) -> Token:
    """The noun a past tense was hung on, or, when that noun is the agent of a participle
    ("troops backed by tanks"), the noun the participle describes."""
    agent = noun.head if noun.dep_ == "pobj" else None
    if agent is not None and agent.dep_ == "agent" and agent.head.dep_ == "acl":
        return agent.head.head
    return noun


def _acts(verb: Token) -> bool:
    """A past form that acts rather than describes: a plain past tense, or one that takes an
    object or a that-clause itself or through a verb joined to it."""
    if verb.tag_ == "VBD":
        return True
    return any(c.dep_ in ("dobj", "ccomp") for v in (verb, *verb.conjuncts) for c in v.children)


def closing_report(token: Token, speaks: Callable[[Token], bool]) -> Token | None:
    """ "Egypt's police torture detainees, the Organisation for Human Rights alleged in a
    report": a closing "..., the X alleged" the parser hung as a participle on an apposition
    of the clause's last noun. Gives that speech verb (``speaks``) for a token of the clause it
    closes."""
    for verb in token.doc[token.i + 1:token.sent.end]:
        named = verb.head
        if verb.dep_ == "acl" and named.dep_ == "appos" \
                and named.i > token.i and after_comma(named) \
                and not any(c.dep_ in ("dobj", "ccomp") for c in verb.children) \
                and speaks(verb):
            return verb
        if _closing_conjunct(verb, token) and speaks(verb):
            return verb
    return None


def _closing_conjunct(verb: Token, token: Token) -> bool:
    """ "Indian troops crossed the line and attacked Pakistani posts, Islamabad charged on
    Sunday": a closing "..., X charged" the parser joined to the clause as one more verb."""
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or speaker is None \
            or not after_comma(speaker) or speaker.left_edge.i <= token.i \
            or token.i < verb.head.left_edge.i:
        return False
    return not any(c.dep_ in ("dobj", "ccomp", "xcomp", "conj") for c in verb.children)
