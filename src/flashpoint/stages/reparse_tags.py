"""Parse repairs of words the tagger read as the wrong part of speech, made once on the
parsed document by ``stages/reparse.py``.

A noun read as a verb: in "Aid to Uganda was cut by the Netherlands" the parser reads "Aid" as
a verb heading the passive's subject, and in "Shelling of Eritrean positions resumed" it reads
"Shelling" as a verb; the repair makes each the noun it is.

An adjective read as the verb: in "Protesters angry at the hike set banks ablaze" the parser
makes "angry" the root and "set" a clause of "hike"; the repair makes "set" the verb.

A plural read as a verb after "and": in "imposed travel bans and asset freezes on them" the
parser reads "freezes" as a verb whose subject is "bans and asset"; the repair makes it the
second object.

A past tense read as a modifier: in "Colombia's FARC rebels, who control a zone in the south,
froze peace talks" the parser makes "rebels" the root and "froze" an adjective of "talks"; the
repair makes "froze" the verb (a participle too, when the comma before it closes a clause
describing the root: "militias, who have been deployed across Zimbabwe, forced villagers").
So is a past form right after the root's date ("FARC rebels on Saturday kidnapped a
candidate", read as "rebels on Saturday, kidnapped candidate"). So is a second describing
clause with no subject after such a comma ("magistrates, who have frozen Abacha's millions,
on Thursday handed over bank records"). A seizing read as the clause of a release
("released Indian fishermen seized off the coast") is the participle describing the captives.

A headline's verb read as a plural noun: in "Chad orders UN peacekeepers to leave eastern
region" the parser makes "orders" part of the subject of "leave"; the repair makes it the verb,
"Chad" its subject, the peacekeepers its object and "leave" its complement. In "Myanmar's NLD
demands that the junta lift its ban" and "Belgium apologises to Rwanda" it reads the plural at
the root as a noun; the repair makes it the present-tense verb."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def noun_as_clause_subject(doc: Doc) -> Doc:
    """Rehang "Aid to Uganda was cut by the Netherlands", whose opening noun the parser reads
    as a bare verb heading a clausal subject: a bare form with no subject, object or auxiliary
    of its own, first in its sentence, is the passive's subject noun; so is an opening "-ing"
    word with an "of" phrase ("Shelling of Eritrean positions resumed")."""
    for sent in doc.sents:
        word = sent[0]
        if any(c.dep_ in ("nsubj", "dobj", "aux", "auxpass", "xcomp", "ccomp")
               for c in word.children):
            continue
        if word.dep_ in ("csubjpass", "csubj") and word.tag_ == "VB":
            word.pos_, word.tag_ = "NOUN", "NN"
            word.dep_ = "nsubjpass" if word.dep_ == "csubjpass" else "nsubj"
        elif word.dep_ in ("nsubj", "nsubjpass") and word.tag_ == "VBG" and any(
                c.dep_ == "prep" and c.text.lower() == "of" for c in word.children):
            word.pos_, word.tag_, word.lemma_ = "NOUN", "NN", word.text.lower()  # "Shelling of"
    return doc


def adjective_as_root(doc: Doc) -> Doc:
    """Rehang "Protesters angry at the price hike set banks ablaze", read as "protesters
    [were] angry at a hike [that] set banks ablaze": an adjective at the root with a subject and
    no verb of its own describes its subject; the past tense hung below it without a subject
    is the sentence's verb."""
    for sent in doc.sents:
        adj = sent.root
        subj = next((c for c in adj.children if c.dep_ == "nsubj"), None)
        if adj.pos_ != "ADJ" or subj is None or subj.i > adj.i:
            continue
        verb = next((t for t in doc[adj.i + 1:sent.end] if t.tag_ == "VBD"
                     and t.dep_ in ("acl", "relcl") and not any(
                         c.dep_ in ("nsubj", "nsubjpass") for c in t.children)), None)
        if verb is None:
            continue
        strays = [c for c in adj.children if c.i > verb.i]
        verb.head, verb.dep_ = verb, "ROOT"
        subj.head = verb
        adj.head, adj.dep_ = subj, "amod"
        for stray in strays:
            stray.head = verb
    return doc


def joined_plural_as_verb(doc: Doc) -> Doc:
    """Rehang "imposed travel bans and asset freezes on X", read as "imposed [that] bans and
    asset freeze on X": a present-tense verb right after "<noun> and <noun>", hung as the clause
    of a verb with no object, is the second of two plural objects."""
    for word in doc:
        verb = word.head
        subj = next((c for c in word.children if c.dep_ == "nsubj"), None)
        if word.tag_ != "VBZ" or word.dep_ != "ccomp" or subj is None or verb.i > subj.i \
                or any(c.dep_ in ("dobj", "aux", "neg") for c in [*verb.children, *word.children]):
            continue
        joined = next((c for c in subj.children if c.dep_ == "conj" and c.i == word.i - 1
                       and c.pos_ == "NOUN"), None)
        if joined is None:
            continue
        stays = [c for c in word.children if c.dep_ != "nsubj"]
        subj.head, subj.dep_ = verb, "dobj"
        word.head, word.dep_, word.tag_, word.pos_ = subj, "conj", "NNS", "NOUN"
        word.lemma_ = word.text.lower()[:-1]
        joined.head, joined.dep_ = word, "compound"
        for kid in stays:
            kid.head = verb  # "on X": where the verb's act is aimed
    return doc


def past_verb_as_modifier(doc: Doc) -> Doc:
    """Rehang "<noun>, who ..., froze peace talks", read as a verbless sentence "<noun>, ...,
    [and] frozen peace talks": a past tense (VBD) after a comma describing a noun that is the
    root's conjunct or apposition, in a sentence whose root is a noun, is the verb."""
    for sent in doc.sents:
        if (root := _noun_root(sent)) is None:
            continue
        verb = next((t for t in sent if t.dep_ == "amod" and t.i > root.i
                     and doc[t.i - 1].text == "," and t.head.i > t.i and t.head.head == root
                     and t.head.dep_ in ("conj", "appos") and not list(t.children) and (
                         t.tag_ == "VBD" or (t.tag_ == "VBN" and _closes_relative(root, t)))),
                    None)
        if verb is None:
            continue
        obj = verb.head
        strays = [c for c in root.children if c.i > verb.i and c != obj]
        verb.pos_, verb.tag_ = "VERB", "VBD"
        _verb_of(root, verb)
        obj.head, obj.dep_ = verb, "dobj"
        for stray in strays:
            stray.head = verb  # the closing full stop, "demanding a crackdown"
            if stray.dep_ == "relcl" and any(c.lower_ == "to" for c in stray.children):
                stray.dep_ = "xcomp"  # "forced villagers to attend rallies"
    return doc


def dated_verb_as_modifier(doc: Doc) -> Doc:
    """Rehang "Colombia's FARC rebels on Saturday kidnapped presidential candidate Ingrid
    Betancourt ..., the army said", read as a verbless "rebels on Saturday, kidnapped [...]
    Betancourt": a past form right after the root noun's date phrase, modifying a noun the
    parser set beside the root, is the verb and that noun its object."""
    for sent in doc.sents:
        if (root := _noun_root(sent)) is None:
            continue
        dated = next((c for c in root.children if c.dep_ == "prep" and c.i > root.i and any(
            o.ent_type_ in ("DATE", "TIME") for o in c.children)), None)
        if dated is None or dated.right_edge.i + 1 >= sent.end:
            continue
        verb = doc[dated.right_edge.i + 1]
        obj = verb.head
        while obj.dep_ == "compound" and obj.head.i > obj.i:  # "kidnapped senator Jorge Gomez"
            obj = obj.head
        if verb.dep_ != "amod" or verb.tag_ not in ("VBD", "VBN") or list(verb.children) \
                or obj.head != root or obj.dep_ not in ("appos", "conj", "dobj"):
            continue
        strays = [c for c in root.children if c.i > verb.i and c != obj]
        verb.pos_, verb.tag_ = "VERB", "VBD"
        _verb_of(root, verb)
        obj.head, obj.dep_ = verb, "dobj"
        for stray in (dated, *strays):
            stray.head = verb
    return doc


# verbs done to the captives or goods that another verb seized ("released fishermen seized off
# the coast"), and the seizing verbs the parser reads as a clause of theirs
CAPTIVE_RETURNS = frozenset({"release", "free", "return", "hand", "repatriate", "swap",
                             "exchange", "deport", "extradite", "rescue", "recover", "send"})
CAPTIVE_TAKINGS = frozenset({"seize", "capture", "arrest", "detain", "kidnap", "abduct", "hold",
                             "take", "catch", "impound", "confiscate", "intercept", "snatch"})


def captive_clause_as_participle(doc: Doc) -> Doc:
    """Rehang "Pakistan released Indian fishermen seized off the coast", read as "released
    [that] Indian fishermen seized [something]" (or, after "and", as a second verb: "handed
    back dozens of fishermen and their trawlers seized off"): the seizing is a participle
    describing the captives, and they are what was released."""
    for taken in doc:
        done, noun = taken.head, next((c for c in taken.children if c.dep_ == "nsubj"), None)
        if taken.dep_ not in ("ccomp", "conj") or taken.tag_ not in ("VBD", "VBN") \
                or noun is None or taken.lemma_.lower() not in CAPTIVE_TAKINGS \
                or done.lemma_.lower() not in CAPTIVE_RETURNS or done.i > noun.i \
                or any(c.dep_ in ("dobj", "aux", "auxpass", "mark") for c in taken.children):
            continue
        obj = next((c for c in done.children if c.dep_ == "dobj"), None)
        if taken.dep_ == "ccomp" and obj is None and all(
                t.head == done and t.dep_ == "prt" for t in doc[done.i + 1:noun.left_edge.i]):
            noun.head, noun.dep_ = done, "dobj"  # "released fishermen seized off the coast"
        elif taken.dep_ == "conj" and obj is not None and any(
                c.dep_ == "cc" and c.i == noun.left_edge.i - 1 for c in obj.children):
            noun.head, noun.dep_ = obj, "conj"  # "handed back fishermen and trawlers seized"
        else:
            continue
        taken.head, taken.dep_, taken.tag_ = noun, "acl", "VBN"
    return doc


def second_relative_as_verb(doc: Doc) -> Doc:
    """Rehang "Swiss magistrates, who have frozen Abacha's millions, on Thursday handed over
    bank records", read as a noun with two describing clauses, and "The IMF, which has lent
    billions to Moscow, threatened on Wednesday to withhold ...", "Hamas, the militant group
    that opposes the accords, threatened ...", read as a noun with a describing clause or
    apposition and a participle: a past tense with no subject of its own, set off by the comma
    that closes the description, is the verb."""
    for sent in doc.sents:
        if (root := _noun_root(sent)) is None:
            continue
        verb = next((t for t in root.children if _past(t)
                     and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
                     and _closes_relative(root, t.left_edge)), None)
        if verb is None:
            continue
        strays = [c for c in root.children if c.i > verb.right_edge.i]
        _verb_of(root, verb)
        for stray in strays:
            stray.head = verb  # the closing full stop
    return doc


# headline verbs of telling someone to act that the tagger reads as plural nouns ("Chad orders
# UN peacekeepers to leave"); the closed list runs before the codebook is read
HEADLINE_ORDERS = frozenset({"orders", "tells", "urges", "asks", "instructs"})  # not "forces":
# "UN forces chief to step down"
HEADLINE_COMPLEMENTS = frozenset({"prep", "dobj", "ccomp", "xcomp", "advcl"})


def headline_order_as_verb(doc: Doc) -> Doc:
    """Rehang the headline "Chad orders UN peacekeepers to leave eastern region", read as
    "[the] Chad orders UN peacekeepers" doing the leaving: a plural "orders" (or "tells",
    "urges" ...) inside the subject of a "to" + verb root, after the names that open the
    sentence, is the verb; the names are its subject, the rest of the subject its object and
    the root its complement."""
    for sent in doc.sents:
        root = sent.root
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if root.tag_ != "VB" or subj is None or not any(
                c.text.lower() == "to" and c.dep_ == "aux" for c in root.children):
            continue
        verb = next((t for t in doc[subj.left_edge.i + 1:subj.i]
                     if t.text.lower() in HEADLINE_ORDERS
                     and (t.tag_ == "NNS" or t.dep_ == "compound")), None)
        if verb is None or not all(t.pos_ in ("PROPN", "NOUN", "ADJ", "DET")
                                   for t in doc[subj.left_edge.i:verb.i]):
            continue
        *others, doer = [t for t in doc[subj.left_edge.i:verb.i]
                         if not subj.left_edge.i <= t.head.i < verb.i]
        for word in others:
            word.head = doer  # "Burmese junta"
        for kid in (c for c in verb.children if c.i > verb.i):
            kid.head = subj  # a word of the object the parser hung on "orders"
        verb.pos_, verb.tag_ = "VERB", "VBZ"
        _verb_of(root, verb)
        doer.head, doer.dep_ = verb, "nsubj"
        subj.head, subj.dep_ = verb, "dobj"
        root.head, root.dep_ = verb, "xcomp"
    return doc


def headline_plural_as_verb(doc: Doc) -> Doc:
    """Rehang the headline "Myanmar's NLD demands that the junta lift its ban" and "Belgium
    apologises to Rwanda", read as a noun phrase around a plural: a plural at the root with a
    subject of its own, or with only a named state, body or person before it and words after
    it, is a present-tense verb."""
    for sent in doc.sents:
        root = sent.root
        if root.tag_ != "NNS" or not root.text.lower().endswith("s") \
                or not any(c.i > root.i and c.dep_ in HEADLINE_COMPLEMENTS for c in root.children):
            continue
        doer = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
        if doer is None:
            doer = _named_opening(sent, root)
        if doer is None:
            continue
        root.pos_, root.tag_ = "VERB", "VBZ"
        doer.dep_ = "nsubj"
    return doc


def _named_opening(sent: Span, root: Token) -> Token | None:
    """The name that is all of the words before the root ("Belgium", "Prime Minister Guy
    Verhofstadt"), when the tagger knows it for a state, a body or a person."""
    tops = [t for t in sent[: root.i - sent.start] if t.head.i == root.i]
    if len(tops) != 1 or tops[0].i != root.i - 1 or tops[0].dep_ != "compound" \
            or tops[0].ent_type_ not in ("GPE", "ORG", "NORP", "PERSON"):
        return None
    return tops[0]


def _past(word: Token) -> bool:
    """A past tense, or a past participle the parser hung on the noun as its describing
    phrase, not one told in the passive ("the town, captured by rebels, ...")."""
    if word.dep_ not in ("relcl", "acl"):
        return False
    return word.tag_ == "VBD" or (word.dep_ == "acl" and word.tag_ == "VBN" and not any(
        c.dep_ == "agent" for c in word.children))


def _noun_root(sent: Span) -> Token | None:
    """A noun at the root of a sentence, or of what a closing "..., rights groups said" says."""
    return next((t for t in (sent.root, *sent.root.children) if t.pos_ in ("NOUN", "PROPN")
                 and t.dep_ in ("ROOT", "ccomp")), None)


def _verb_of(root: Token, verb: Token) -> None:
    """Make ``verb`` stand where the noun ``root`` stood, with the noun as its subject."""
    verb.head, verb.dep_ = root.head, root.dep_
    if root.head == root:
        verb.head = verb
    root.head, root.dep_ = verb, "nsubj"


def _closes_relative(root: Token, word: Token) -> bool:
    """Whether the comma before ``word`` closes a clause or an apposition describing the root
    ("militias, who have been deployed across Zimbabwe, forced ...", "Hamas, the militant
    group, threatened ...")."""
    return any(c.dep_ in ("relcl", "appos") and c.right_edge.i == word.i - 2
               for c in root.children)
