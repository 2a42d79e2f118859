"""Parse repairs made once, on the parsed document, where the small parser's slip would
mislead every later stage.

A closing speech verb: in "Estrada must resign because he has lost the moral authority to
lead, Cardinal Sin declared on Wednesday" the parser often hangs "declared" on "resign" as a
second conjunct, as if the cardinal did something besides; what was said then has no speaker.
The repair makes the speech verb the sentence's root and the opening clause what it says, as
the parser does for short sentences ("Estrada must resign, Sin declared").

A modifier read as a verb: in "Iraq granted U.N. inspectors unfettered access" the parser reads
"unfettered" as a second verb whose object is "access", leaving "granted" with no object; the
repair makes it the modifier it is.

A plural read as a verb: in "Malawi dismissed World Bank calls to scrap its subsidies" the
parser reads "calls" as a verb with "World Bank" its subject, as if Malawi dismissed a clause;
after a verb that takes what was asked as its object, the repair makes "calls" that object.

A verb inside a noun phrase: "Coal miners in Ukraine downed tools on Monday" and "Saudi Foreign
Minister Prince Saud lobbied fellow Arab ministers" come back as one long noun phrase with the
past tense a modifier of the object; the repair makes it the verb, the words before it its
subject and the noun it modified its object.

A describing "-ing" read as a verb: in "Yeltsin and visiting Japanese Prime Minister Hashimoto
met" the parser joins "visiting" to Yeltsin and makes Hashimoto a second, unjoined subject, so
the meeting has one side; the repair makes "visiting" describe Hashimoto, Yeltsin's partner.

A clause told read as an infinitive: in "The EC told Japan on Monday it must open its markets"
the date makes the parser hang "open" as "told"'s bare infinitive; a clause with its own
subject and a modal is the finite clause told.

What was said, hung on where it was said: in "Amnesty said in a statement that Sudan must lift
its curbs" the parser makes the clause the content of "statement"; the repair makes it what
"said" says, as without "in a statement".

Words the tagger gave the wrong part of speech ("Aid to Uganda was cut", "protesters angry at
the hike set banks ablaze", "imposed travel bans and asset freezes") are repaired by
``stages/reparse_tags.py``, subjects and objects hung elsewhere ("announced on Monday a
curfew") by ``stages/reparse_roles.py``; both run from here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashpoint.stages.reparse_roles import (
    dated_verb_before_aside,
    object_before_home,
    object_swallowed_by_date,
    participle_read_as_verb,
    subject_lent_to_aside,
    teller_read_as_head,
    weekday_swallowing_subject,
)
from flashpoint.stages.reparse_tags import (
    adjective_as_root,
    captive_clause_as_participle,
    dated_verb_as_modifier,
    headline_order_as_verb,
    headline_plural_as_verb,
    joined_plural_as_verb,
    noun_as_clause_subject,
    past_verb_as_modifier,
    second_relative_as_verb,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# verbs that close a wire lead's reported speech ("..., the minister said"); a closed list,
# since the repair runs before the codebook is read
CLOSING_SPEECH = frozenset({
    "say", "tell", "declare", "insist", "warn", "add", "announce", "state", "claim", "allege",
    "argue", "assert", "stress", "reiterate", "confirm", "write", "explain", "note", "repeat",
    "predict", "acknowledge", "admit", "concede", "contend", "maintain", "report",
})


def repair(doc: Doc) -> Doc:
    """The repairs of the module, in place."""
    closing_speech(doc)
    said_in_a_statement(doc)
    visitor_as_doer(doc)
    visiting_as_conjunct(doc)
    risks_as_verb(doc)
    object_as_speaker(doc)
    participle_as_verb(doc)
    finite_clause_as_complement(doc)
    verbless_sentence(doc)
    modifier_as_verb(doc)
    plural_as_verb(doc)
    verb_in_noun_phrase(doc)
    noun_as_clause_subject(doc)
    adjective_as_root(doc)
    joined_plural_as_verb(doc)
    past_verb_as_modifier(doc)
    dated_verb_as_modifier(doc)
    captive_clause_as_participle(doc)
    second_relative_as_verb(doc)
    headline_order_as_verb(doc)
    headline_plural_as_verb(doc)
    subject_lent_to_aside(doc)
    weekday_swallowing_subject(doc)
    teller_read_as_head(doc)
    dated_verb_before_aside(doc)
    object_swallowed_by_date(doc)
    participle_read_as_verb(doc)
    object_before_home(doc)
    return doc


def object_as_speaker(doc: Doc) -> Doc:
    """Rehang a closing speech verb with two subjects, the first the object (see the module)."""
    for said in doc:
        verb = said.head
        if said.dep_ != "ccomp" or said.lemma_.lower() not in CLOSING_SPEECH \
                or verb.i > said.i or verb.dep_ != "ROOT" \
                or any(c.dep_ == "dobj" for c in verb.children):
            continue
        subjects = [c for c in said.children if c.dep_ == "nsubj"]
        if len(subjects) != 2 or subjects[0].right_edge.i >= subjects[1].left_edge.i \
                or doc[subjects[1].left_edge.i - 1].text != ",":
            continue
        said.head, said.dep_ = said, "ROOT"
        verb.head, verb.dep_ = said, "ccomp"
        subjects[0].head, subjects[0].dep_ = verb, "dobj"
    return doc


def participle_as_verb(doc: Doc) -> Doc:
    """Rehang "<noun> held ... were freed" (see the module)."""
    for freed in doc:
        held = freed.head
        if freed.dep_ != "conj" or freed.tag_ != "VBN" or held.tag_ != "VBD" \
                or held.i > freed.i or not any(c.dep_ == "auxpass" for c in freed.children) \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in freed.children) \
                or any(c.dep_ == "cc" and held.i < c.i < freed.i for c in held.children):
            continue
        noun = next((c for c in held.children if c.dep_ == "nsubj" and c.i < held.i), None)
        if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.i != held.i - 1:
            continue
        freed.head, freed.dep_ = (freed, "ROOT") if held.dep_ == "ROOT" else (held.head,
                                                                               held.dep_)
        noun.head, noun.dep_ = freed, "nsubjpass"
        held.head, held.dep_, held.tag_ = noun, "acl", "VBN"
    return doc


def risks_as_verb(doc: Doc) -> Doc:
    """Rehang "<name> risks <doing>" read as a noun compound (see the module)."""
    for risks in doc:
        if risks.lower_ != "risks" or risks.tag_ != "NNS" \
                or risks.dep_ not in ("ROOT", "ccomp", "conj", "dep"):
            continue
        doing = next((c for c in risks.children if c.dep_ == "acl" and c.tag_ == "VBG"
                      and c.i == risks.i + 1), None)
        doer = next((c for c in risks.children if c.i == risks.i - 1 and (
            c.dep_ == "compound" or (c.dep_ == "amod" and c.ent_type_ in ("GPE", "ORG")))), None)
        if doing is None or doer is None:
            continue
        risks.pos_, risks.tag_ = "VERB", "VBZ"
        if risks.dep_ == "dep" and risks.head.pos_ == "VERB":
            risks.dep_ = "ccomp"  # "..., Solana said": what was said
        doing.dep_ = "xcomp"
        doer.dep_ = "nsubj"
    return doc


def visitor_as_doer(doc: Doc) -> Doc:
    """Rehang "by visiting <name>" as the doer of a passive (see the module)."""
    for by in doc:
        if by.lower_ != "by" or by.dep_ not in ("prep", "agent"):
            continue
        visiting = next((c for c in by.children if c.dep_ == "pcomp"
                         and c.lower_ == "visiting"), None)
        visitor = next((c for c in visiting.children if c.dep_ == "dobj"), None) \
            if visiting is not None and visiting.i == by.i + 1 else None
        if visiting is None or visitor is None or visitor.pos_ not in ("PROPN", "NOUN"):
            continue
        visitor.head, visitor.dep_ = by, "pobj"
        visiting.head, visiting.dep_ = visitor, "amod"
        if any(c.dep_ == "auxpass" for c in by.head.children):
            by.dep_ = "agent"
    return doc


SAYING_NOUNS = frozenset({"statement", "interview", "letter", "communique", "declaration",
                          "speech", "message", "report", "broadcast", "editorial", "note"})


def said_in_a_statement(doc: Doc) -> Doc:
    """Rehang "said in a statement that Y must Z", read as a statement's content, as what the
    verb says (see the module)."""
    for clause in doc:
        noun = clause.head
        if clause.dep_ not in ("acl", "relcl") or noun.lemma_.lower() not in SAYING_NOUNS \
                or noun.dep_ != "pobj" or noun.head.lower_ != "in" \
                or noun.head.head.lemma_.lower() not in CLOSING_SPEECH \
                or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) \
                or not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            continue
        clause.head, clause.dep_ = noun.head.head, "ccomp"
    return doc


ATTRIBUTIVE_INGS = frozenset({"visiting", "outgoing", "incoming", "departing"})


def visiting_as_conjunct(doc: Doc) -> Doc:
    """Rehang "<A> and visiting <B> met" read as "A and visiting, B met", or "talks between
    <A> and visiting <B>" read as a second verb, "visiting B": "visiting" describes the second
    side, which joins the first (see the module)."""
    for word in doc[2:-1]:
        if word.lower_ not in ATTRIBUTIVE_INGS or word.dep_ != "conj" or word.tag_ != "VBG" \
                or doc[word.i - 1].lower_ != "and":
            continue
        first, second = _visit_sides(word)
        if first is None or second is None:
            continue
        for stray in (c for c in word.children if c.i != second.i):
            stray.head = word.head  # "... in this Siberian city": said of the meeting
        doc[word.i - 1].head = first
        second.head, second.dep_ = first, "conj"
        word.head, word.dep_, word.tag_, word.pos_ = second, "amod", "JJ", "ADJ"
        word.lemma_ = word.lower_
    return doc


def _visit_sides(word: Token) -> tuple[Token | None, Token | None]:
    first = word.head
    if first.pos_ in ("NOUN", "PROPN") and first.dep_ in ("nsubj", "nsubjpass") \
            and not any(c.dep_ == "dobj" for c in word.children):
        return first, next((c for c in first.head.children if c.dep_ == first.dep_
                            and c.left_edge.i == word.i + 1), None)
    before = word.doc[word.i - 2]  # "between A and visiting B": A ends right before "and"
    side = next((t for t in before.ancestors if t.dep_ == "pobj"), None) \
        if before.dep_ != "pobj" else before
    if side is None or side.head.lower_ != "between" \
            or (word.head.i != side.i and side.right_edge.i != word.i - 2):
        return None, None
    return side, next((c for c in word.children if c.dep_ == "dobj"
                        and c.left_edge.i == word.i + 1), None)


def closing_speech(doc: Doc) -> Doc:
    """Rehang each sentence's closing speech verb read as a conjunct (see the module)."""
    for sent in doc.sents:
        root = sent.root
        verb = next((t for t in root.children if _closing_conjunct(root, t)), None)
        if verb is not None:
            verb.head = verb
            verb.dep_ = "ROOT"
            root.head = verb
            root.dep_ = "ccomp"
    return doc


def _closing_conjunct(root: Token, verb: Token) -> bool:
    """ "<clause>, X declared (on Wednesday)": a speech verb hung on the root as a conjunct,
    with no "and" between them, its subject right after a comma, and nothing said of its own
    (no clause, no object but the one told)."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.i < root.i \
            or verb.lemma_.lower() not in CLOSING_SPEECH or root.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("cc", "preconj") and root.i < c.i < verb.i for c in root.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i > verb.i or subject.left_edge.i == 0 \
            or verb.doc[subject.left_edge.i - 1].text != ",":
        return False
    allowed = ("dobj",) if verb.lemma_.lower() == "tell" else ()
    return not any(c.dep_ in ("ccomp", "xcomp", "dobj", "conj") and c.dep_ not in allowed
                   for c in verb.children)


# what crowds do, with no passive reading ("Ten soldiers killed in Ukraine" is a headline's
# passive, and stays one)
CROWDING = frozenset({"mass", "gather", "march", "rally", "converge", "throng", "flock", "pour",
                      "stream", "assemble", "demonstrate", "protest", "riot", "parade"})


def finite_clause_as_complement(doc: Doc) -> Doc:
    """Rehang "told Japan on Monday it must open its markets", where the date makes the parser
    read the clause as a bare infinitive ("xcomp"): a clause with its own subject and a modal
    is a finite clause told ("ccomp"), as without the date."""
    for clause in doc:
        if clause.dep_ == "xcomp" and any(c.dep_ == "nsubj" for c in clause.children) \
                and any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
            clause.dep_ = "ccomp"
    return doc


def verbless_sentence(doc: Doc) -> Doc:
    """Rehang a sentence whose root is a noun and whose verb describes it (see the module)."""
    for sent in doc.sents:
        root = sent.root
        if root.pos_ not in ("NOUN", "PROPN"):
            continue
        verb = next((c for c in root.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN")
                     and c.lemma_.lower() in CROWDING and c.i > root.i and c.left_edge.i == c.i
                     and not any(g.dep_ in ("agent", "auxpass") for g in c.children)), None)
        subject = {t.i for t in root.subtree} - {t.i for t in verb.subtree} \
            if verb is not None else set()
        if verb is None or not all(i in subject for i in range(root.i, verb.i)):
            continue  # only the subject's own words before the verb
        verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
        root.head, root.dep_ = verb, "nsubj"
    return doc


def modifier_as_verb(doc: Doc) -> Doc:
    """Rehang "<verb> <whom> <-ed word> <noun>" read as a second verb (see the module): the
    -ed word has no subject, auxiliary or object but the noun right after it, and stands right
    after the first verb's indirect object, the first verb having no object of its own."""
    for word in doc[1:-1]:
        verb, noun = word.head, doc[word.i + 1]
        if word.tag_ not in ("VBD", "VBN") or word.dep_ not in ("advcl", "conj", "ccomp") \
                or noun.head.i != word.i or noun.dep_ != "dobj" or noun.pos_ != "NOUN" \
                or verb.pos_ != "VERB" or verb.i > word.i \
                or any(c.i != noun.i for c in word.children) \
                or any(c.dep_ == "dobj" for c in verb.children):
            continue
        if not any(c.dep_ == "dative" and c.right_edge.i == word.i - 1 for c in verb.children):
            continue
        noun.head, noun.dep_ = verb, "dobj"
        word.head, word.dep_, word.tag_, word.pos_ = noun, "amod", "JJ", "ADJ"
        word.lemma_ = word.text.lower()
    return doc


# plurals that are also verbs ("calls", "demands"), and verbs that take such a plural as their
# object ("rebuffed opposition calls"); closed lists, as CLOSING_SPEECH
ASKINGS = frozenset({"calls", "demands", "appeals", "requests", "offers", "proposals"})
ANSWERING = frozenset({
    "reject", "dismiss", "rebuff", "spurn", "ignore", "defy", "resist", "heed", "welcome",
    "accept", "back", "support", "echo", "renew", "repeat", "answer", "brush", "turn", "snub",
})


def plural_as_verb(doc: Doc) -> Doc:
    """Rehang "<verb> <name> calls to ..." read as a clause (see the module): "calls" right
    after its subject, with no auxiliary, marker or object, the subject right after a verb of
    ANSWERING that has no object of its own."""
    for asked in doc:
        verb = asked.head
        if asked.text.lower() not in ASKINGS or asked.tag_ != "VBZ" or asked.dep_ != "ccomp" \
                or verb.lemma_.lower() not in ANSWERING or verb.i > asked.i \
                or any(c.dep_ == "dobj" for c in verb.children):
            continue
        subject = next((c for c in asked.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.right_edge.i != asked.i - 1 \
                or subject.left_edge.i != verb.i + 1 \
                or any(c.dep_ in ("aux", "auxpass", "mark", "dobj", "neg") for c in asked.children):
            continue
        asked.head, asked.dep_, asked.tag_, asked.pos_ = verb, "dobj", "NNS", "NOUN"
        asked.lemma_ = asked.text.lower()[:-1]
        subject.head, subject.dep_ = asked, "compound"
        for clause in (c for c in asked.children if c.dep_ in ("xcomp", "advcl")):
            clause.dep_ = "acl"
    return doc


def verb_in_noun_phrase(doc: Doc) -> Doc:
    """Rehang a sentence read as one noun phrase around its past-tense verb (see the module):
    the sentence has no verb at its root, the "-ed" word modifies a noun after it and has no
    words of its own after it, and the words before it are names and noun phrases: its
    subject."""
    for sent in doc.sents:
        if sent.root.pos_ not in ("NOUN", "PROPN"):
            continue
        verb = next((t for t in sent if t.dep_ == "amod" and t.i > sent.start
                     and t.tag_ in ("VBD", "VBN", "JJ") and t.text.lower().endswith("ed")
                     and t.head.i > t.i and all(c.i < t.i for c in t.children)), None)
        if verb is None or any(t.pos_ in ("VERB", "AUX") for t in doc[sent.start:verb.i]):
            continue
        prefix = range(sent.start, verb.i)
        tops = [t for t in doc[sent.start:verb.i] if t.head.i not in prefix or t.head.i == t.i]
        if tops and all(_nominal(t) for t in tops):
            _make_verb(doc, verb, tops, verb.head)
    return doc


def _nominal(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN") or token.text[:1].isupper() or token.text == "-"


def _make_verb(doc: Doc, verb: Token, tops: list[Token], obj: Token) -> None:
    start = tops[0].left_edge.i
    strays = [t for t in doc[verb.i + 1:] if start <= t.head.i < verb.i and t.sent == verb.sent]
    verb.head, verb.dep_, verb.pos_, verb.tag_ = verb, "ROOT", "VERB", "VBD"
    if verb.lemma_.lower() == verb.text.lower() and verb.text.lower().endswith("ied"):
        verb.lemma_ = verb.text.lower()[:-3] + "y"  # "lobbied" left as written
    subject = tops[0]
    for top in tops[1:]:
        before = doc[top.left_edge.i - 1]
        if before.pos_ == "ADP" and before.i >= start:  # "miners in the Donbass"
            top.head, top.dep_ = before, "pobj"
        else:  # "Prince Saud al-Faisal": the name's last word heads it
            subject.head, subject.dep_, subject = top, "compound", top
    subject.head, subject.dep_ = verb, "nsubj"
    obj.head, obj.dep_ = verb, "dobj"
    for stray in strays:
        if stray.i != obj.i:
            stray.head = verb
