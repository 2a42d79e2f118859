"""Small readers of the dependency parse shared by the event coder."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from flashpoint.stages.misparse import after_comma, misparsed_subject, misread_object
from flashpoint.stages.ranked import ranked_be

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
OBJECT_CONTROL = frozenset({"ask", "urge", "call", "order", "tell", "force", "invite", "press",
                            "encourage", "request", "help", "allow", "persuade", "compel",
                            "instruct", "advise", "pressure", "authorize", "permit", "warn"})

# nouns for what an actor issues or adopts: "issued a declaration demanding ...", "passed a law
# banning ...", "in a statement condemning ...": the issuer does what the clause says
# nouns whose owner does what follows: "Venezuela's decision to break off relations"
RESOLVE_NOUNS = frozenset({"decision", "plan", "move", "bid", "attempt", "effort", "offer",
                           "pledge", "promise", "vow", "refusal", "readiness", "willingness",
                           "intention", "determination", "commitment", "campaign", "drive"})
STATEMENT_NOUNS = frozenset({
    "statement", "declaration", "resolution", "communique", "communiqué", "letter", "note",
    "message", "appeal", "petition", "decree", "order", "ultimatum", "plea", "memorandum",
    "motion", "bill", "law", "announcement", "proclamation", "directive", "edict", "ruling",
    "verdict", "circular", "manifesto", "report", "editorial", "speech", "address", "tweet",
})
SMALL_CLAUSE_HEADS = frozenset({"order", "declare", "decree", "rule", "want", "direct"})


def child(token: Token, *deps: str) -> Token | None:
    for c in token.children:
        if c.dep_ in deps:
            return c
    return None


def is_passive(token: Token) -> bool:
    return reduced_passive(token) or any(c.dep_ in ("nsubjpass", "auxpass")
                                         for c in token.children)


def reduced_passive(verb: Token) -> bool:
    """ "ten soldiers killed in Ukraine": a past participle after the noun it is done to, not
    a main verb the parser missed ("fighters handed in their rifles": misparsed_subject)."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") \
        and misparsed_subject(verb) is None


def stray_conjuncts(head: Token) -> list[Token]:
    """ "Lawmakers in Fornost and Gondor": bare names the parser coordinated with the head
    that continue the place the head is in, of or from (lawmakers of both)."""
    place = next((o for p in ("in", "of", "from") for o in prep_objects(head, p)), None)
    if place is None or place.pos_ != "PROPN":
        return []
    conjuncts = head.conjuncts
    listed = {x.i for x in conjuncts}  # between the place and a name: only "and", commas
    return [c for c in conjuncts if c.i > place.i and c.pos_ == "PROPN"
            and not any(k.dep_ in ("det", "amod", "prep") for k in c.children)
            and all(t.dep_ in ("cc", "punct") for t in head.doc[place.right_edge.i + 1:c.i]
                    if t.i not in listed)]


def with_conjuncts(token: Token) -> list[Token]:
    """The token and what is coordinated with it; in a list the parser read partly as an
    apposition ("Mordor, the Shire, Fornost and Bree"), the apposed members too; not the
    names that continue the token's place (``stray_conjuncts``)."""
    stray = {t.i for t in stray_conjuncts(token)}
    found = [token, *(c for c in token.conjuncts if c.i > token.i and c.i not in stray)]
    for extra in [a for a in token.children if a.dep_ == "appos"
                  and (len(found) > 1 or a.conjuncts)]:
        found += [extra, *(c for c in extra.conjuncts if c.i > extra.i)]
    return sorted(set(found), key=lambda t: t.i)


def partitive_whole(head: Token) -> Token:
    """ "hundreds" in "hundreds of soldiers and police from Fiji", whose words say whose the
    soldiers and the police are; else the word itself."""
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first.head.head if first.dep_ == "pobj" and first.head.lower_ == "of" else head


def prep_objects(token: Token, prep: str) -> Iterator[Token]:
    for c in token.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ == prep:
            for obj in c.children:
                if obj.dep_ == "pobj":
                    yield obj


def speaker_of(verb: Token) -> Token | None:
    """Who a speech verb reports: its subject, or the one "quoted as saying" (not the agency
    that quoted them)."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" \
            and verb.head.head.lemma_.lower() == "quote":
        verb = verb.head.head  # "saying" in "was quoted as saying": who was quoted
    if verb.lemma_.lower() == "quote":  # "Interfax quoted the minister as saying"
        return child(verb, "nsubjpass" if is_passive(verb) else "dobj") or subject(verb)
    return subject(verb)


def subject(verb: Token) -> Token | None:
    """The acting subject of a verb, following conjunction, control and relative clauses."""
    if verb.dep_ == "acl" and (misread := misparsed_subject(verb)) is not None:
        return misread  # "The FSB alleged on Monday that ...", read as "the FSB (that was) alleged"
    current = ranked_be(verb) or verb  # "Poland was the latest to expel": who was
    for _ in range(6):
        if is_passive(current):
            agent = next(prep_objects(current, "by"), None) or _agent_below(current)
            if agent is not None or current.i == verb.i:
                return agent
        found = (closing_apposition(verb) if current.i == verb.i else None) \
            or _noun_subject(child(current, "nsubj", "csubj")) \
            or (misparsed_subject(current) if current.i == verb.i else None)
        if found is not None:
            return found
        head = misjoined_finite(current) or current.head  # "asked the envoy to stay and
        if head.i == current.i:  # met the king": who asked met
            return None
        if current.dep_ == "xcomp" and (controlled := _controller(head)) is not None:
            return controlled[0]
        if current.dep_ not in ("conj", "xcomp", "advcl", "pcomp", "acl", "acomp"):
            return None
        current, head = _past_preposition(current, head)
        if current.i == head.i:
            continue
        if current.dep_ in ("acl", "prep") and head.pos_ in ("NOUN", "PROPN"):
            owner, issuing = _clause_owner(head)
            if owner is not None or issuing is None:
                return owner
            head = issuing
        current = head
    return None


def _agent_below(verb: Token) -> Token | None:
    """A passive's "by" phrase the parser hung on the noun of another phrase of the verb
    ("Croatia was recognised as an independent state by Germany") or on its infinitive
    ("flights were allowed to land in Rangoon by Burma's government")."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ != "by"):
        for noun in (o for o in prep.children if o.dep_ == "pobj"):
            if (agent := next(prep_objects(noun, "by"), None)) is not None:
                return agent
    infinitive = next((c for c in verb.children if c.dep_ == "xcomp" and verb.dep_ != "acl"
                       and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    return next(prep_objects(infinitive, "by"), None) if infinitive is not None else None


def _controller(head: Token) -> tuple[Token | None] | None:
    """Who does an infinitive, when the verb above says it is not its own subject: the passive's
    subject ("troops were seen massing", "were told to leave"), the object of an object-control
    verb; None when the verb above does not decide."""
    if is_passive(head) and not any(c.dep_ == "agent" for c in head.children):
        return (child(head, "nsubjpass"),)
    if head.lemma_.lower() in OBJECT_CONTROL \
            and (head.lemma_.lower() != "help" or child(head, "dobj") is not None):
        return (child(head, "dobj"),)  # "helped negotiate the deal": the helper negotiated
    return None


def past_away(token: Token) -> Token:
    """ "shy away from": the parser hangs "from" on "away"; the verb is above it."""
    return token.head if token.lower_ == "away" and token.dep_ in ("advmod", "prt") else token


def misjoined_finite(verb: Token) -> Token | None:
    """ "asked the envoy to stay and met the king", "chose not to vote, but the party backed
    him": a tensed verb the parser joined to an infinitive is joined to the verb that governs
    the infinitive (returned), not done under it."""
    head = verb.head
    if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP") and head.tag_ == "VB" \
            and head.dep_ == "xcomp":
        return head.head
    return None


def _past_preposition(current: Token, head: Token) -> tuple[Token, Token]:
    """A gerund after a preposition acts for whom the phrase above says: "has no intention of
    withdrawing" (as "to withdraw": the noun's owner), "will not shy away from using force"
    (the verb's subject, when the verb has no object to act instead: not "kept its troops
    from joining"), "went on supplying arms" (whoever went on)."""
    if current.dep_ != "pcomp" or head.dep_ != "prep":
        return current, head
    if head.lower_ == "of" and head.head.lemma_.lower() in RESOLVE_NOUNS:
        return head, head.head
    if head.head.pos_ == "ADJ" and head.head.dep_ == "acomp":  # "was quick in blaming
        return head.head, head.head  # Iran": whoever was quick
    verb = past_away(head.head)
    if head.lower_ == "from" and verb.pos_ == "VERB" and child(verb, "dobj") is None:
        return verb, verb
    if head.lower_ == "on" and verb.lemma_.lower() in ("go", "carry"):
        return verb, verb  # "went on supplying arms": whoever went on
    return current, head


def _clause_owner(noun: Token) -> tuple[Token | None, Token | None]:
    """Who does the clause that describes ``noun``: the noun's owner ("Venezuela's decision to
    break off relations", "the council's resolution demanding"), or else the verb that
    issued the statement noun (second item), to look for its subject."""
    if noun.lemma_.lower() in RESOLVE_NOUNS and child(noun, "poss") is not None:
        return child(noun, "poss"), None
    if noun.lemma_.lower() in RESOLVE_NOUNS and (noun.dep_ == "dobj" or pursued_effort(noun)):
        return None, noun.head  # "the US has no plans to ease sanctions": who has them;
        # "efforts to mediate were stepped up by Russia": Russia
    noun = _statement_above(noun)  # "a message on Twitter blaming Iran"
    if noun.lemma_.lower() not in STATEMENT_NOUNS:
        return None, None
    owner = child(noun, "poss")
    return (owner, None) if owner is not None else (None, _issuing_verb(noun))


EFFORTS = frozenset({"effort", "bid", "attempt", "push"})
PURSUING = frozenset({"make", "step", "intensify", "redouble", "launch"})


def pursued_effort(noun: Token) -> bool:
    """ "stepped up efforts to", "efforts ... were intensified by": an effort being made."""
    return noun.lemma_.lower() in EFFORTS and noun.dep_ in ("dobj", "nsubjpass") \
        and noun.head.lemma_.lower() in PURSUING


def _noun_subject(found: Token | None) -> Token | None:
    """ "The Red Cross working in Yemen said": the parser made the participle the subject
    and the organisation the participle's; the subject is the organisation. A first name
    tagged as a preposition has the name's last word as its object."""
    if found is not None and found.pos_ == "VERB" and found.dep_ == "nsubj":
        return child(found, "nsubj") or found
    if found is not None and found.pos_ == "ADP":  # "Barack Obama and Angela Merkel will
        return child(found, "pobj") or found  # hold talks": a first name read as a preposition
    return found


def closing_apposition(verb: Token) -> Token | None:
    """ "... fails to hand over Ratko Mladic, the EU's commissioner warned": an "apposition"
    after a comma that runs up to the verb with no comma of its own is the verb's subject; the
    name before it ends the clause the parser lost. Not a list ("Mordor, the Shire and Bree
    welcomed")."""
    if verb.i == verb.sent.start:
        return None
    node = verb.doc[verb.i - 1]  # the phrases that end right before the verb, inner first
    for _ in range(8):
        if node.dep_ == "appos" and node.pos_ == "NOUN" and after_comma(node) \
                and not any(c.dep_ == "conj" for c in node.children):
            return node
        if node.head.i == node.i or node.head.right_edge.i != verb.i - 1:
            return None
        node = node.head
    return None


def _statement_above(noun: Token) -> Token:
    """The statement noun whose phrase ``noun`` ends ("a message on Twitter": the message),
    where the parser hung a clause on the phrase's last noun; else ``noun`` itself."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "prep" \
            and prep.head.lemma_.lower() in STATEMENT_NOUNS:
        return prep.head
    return noun


def _issuing_verb(noun: Token) -> Token | None:
    """The verb whose subject issued a statement noun: "X issued a declaration demanding",
    "X said in a statement condemning"."""
    if noun.dep_ == "dobj":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "with", "through") \
            and noun.head.head.pos_ in ("VERB", "AUX"):
        return noun.head.head
    return None


def direct_object(verb: Token) -> Token | None:
    """The object; "beating and humiliating our soldiers" shares the last conjunct's."""
    if verb.tag_ in ("VBN", "VBD") and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in \
            SMALL_CLAUSE_HEADS and child(verb, "aux", "auxpass") is None and child(verb, "nsubj"):
        return child(verb, "nsubj")  # "ordered the party dissolved": what is dissolved
    if is_passive(verb):  # "was granted asylum": the object kept, the subject received it
        return verb.head if reduced_passive(verb) else (
            child(verb, "dobj") or child(verb, "nsubjpass") or _undergoer_above(verb))
    if (objects := two_objects(verb)) is not None:
        return objects[1]  # "handed the inspectors documents": the thing handed
    found = _counted(child(verb, "dobj", "attr")) or _let_in(verb)
    if found is None:
        for conj in verb.children:
            if conj.dep_ == "conj" and conj.pos_ == "VERB" and child(conj, "nsubj") is None:
                return child(conj, "dobj")
    return found or _behind_a_date(verb) or misread_object(verb)


def _undergoer_above(verb: Token) -> Token | None:
    """ "A reporter died after being shot": who undergoes a subjectless passive after "after",
    "before" or "upon" is the subject of the clause it hangs on; "the sanctions are to be
    waived": the subject of "are"."""
    prep = verb.head
    if verb.dep_ == "xcomp" and prep.lemma_ == "be":
        return child(prep, "nsubj")
    if verb.dep_ != "pcomp" or prep.lower_ not in ("after", "before", "upon") \
            or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return subject(prep.head)


def two_objects(verb: Token) -> tuple[Token, Token] | None:
    """The recipient and the thing given, when the parser made both objects ("handed the
    inspectors documents"); not an apposition after a comma ("played host to X, the first
    trip")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [c for c in verb.children if c.dep_ == "ccomp" and len(objects) == 1 and (
        c.pos_ == "NOUN" or (c.tag_ == "VBZ" and not any(
            k.dep_ in ("nsubj", "aux", "mark", "cc", "dobj") for k in c.children)))]
    # "handed U.S. investigators files": the second made a clause, "files" a verb
    if len(objects) != 2 or objects[1].pos_ == "PRON" \
            or objects[1].left_edge.i != objects[0].right_edge.i + 1 \
            or any(c.dep_ == "prep" for c in objects[0].children):  # "information on X"
        return None
    return objects[0], objects[1]


def recipient(verb: Token) -> Token | None:
    """The passive subject of a verb that kept its object ("X was granted asylum"), or the
    first of two objects ("handed the inspectors documents")."""
    if verb.pos_ != "VERB" or child(verb, "dobj") is None:
        return None
    if not is_passive(verb):
        return objects[0] if (objects := two_objects(verb)) is not None else None
    return child(verb, "nsubjpass")


def _counted(found: Token | None) -> Token | None:
    """ "handed over four refurbished Huey helicopters": the parser may make the number an
    object of its own; the object is the noun it counts."""
    if found is None or found.pos_ != "NUM":
        return found
    nxt = next((c for c in found.head.children if c.dep_ == found.dep_ and c.i > found.i), None)
    return nxt if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") else found


def _let_in(verb: Token) -> Token | None:
    """ "let UN inspectors back into Iraq": the parser made the object the subject of "back"."""
    if verb.lemma_.lower() not in ("let", "allow", "permit"):
        return None
    clause = child(verb, "ccomp")
    return child(clause, "nsubj") if clause is not None and clause.pos_ in ("ADV", "ADP") else None


def _behind_a_date(verb: Token) -> Token | None:
    """ "accepted on Thursday Norway's offer": the parser reads the object as the noun of "on
    Thursday Norway's offer"; the object is that phrase's noun ("offer")."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "in")):
        for noun in (o for o in prep.children if o.dep_ == "pobj" and o.ent_type_ != "DATE"):
            between = verb.doc[prep.i + 1:noun.i]
            if between and between[0].ent_type_ == "DATE" and between[0].dep_ in (
                    "compound", "npadvmod", "nmod"):
                return noun
    return None


def folded_coordination(head: Token | None) -> list[Token]:
    """ "Fornost and the evil Gondor welcomed": a coordination the parser folded into a
    modifier of the last conjunct (a named ``nmod`` with its own ``cc``); its first member."""
    if head is None or head.pos_ != "PROPN":
        return []
    return [c for c in head.lefts if c.dep_ == "nmod"
            and any(child(t, "cc") is not None for t in (c, *c.conjuncts))]


def infinitive(verb: Token) -> bool:
    """ "to convince": a verb marked with "to"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def whom(verb: Token) -> Token | None:
    """Whom a verb is done to or asks to act: the subject the parser gives an infinitive
    ("wants Iran to return"), else the direct object ("helped Israel", "urged Iran to"), or
    a passive's subject ("Moscow was visited by")."""
    for c in verb.children:
        if c.dep_ == "ccomp" and (infinitive(c) or c.tag_ == "VB"):  # "helped X retake"
            return child(c, "nsubj")
    return child(verb, "dobj") or child(verb, "nsubjpass")


def none_of(noun: Token) -> bool:
    """ "no troops", "no more refugees"; not "no more than 200 troops" (a number)."""
    doc = noun.doc
    return any(g.lower_ == "no" and g.i < noun.i and g.dep_ in ("det", "neg", "advmod")
               and not (g.i + 2 < len(doc) and doc[g.i + 2].lower_ == "than")
               for g in noun.subtree)
