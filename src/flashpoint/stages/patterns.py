"""Which verb pattern a token triggers, and whether a token sits in reported speech."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from flashpoint.codebook import Codebook, VerbPattern
from flashpoint.stages.carriers import (
    HANDING_VERBS,
    carried,
    light_verb,
    made_by_own_doer,
    nominal_object,
)
from flashpoint.stages.clauses import for_clause
from flashpoint.stages.lemmas import known_stem
from flashpoint.stages.misparse import attributive_visiting
from flashpoint.stages.phrases import match_phrase
from flashpoint.stages.syntax import direct_object, is_passive, prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

MONEY = frozenset({"dollar", "euro", "pound", "yen", "franc", "mark", "rouble", "ruble", "yuan",
                   "rupee", "riyal", "dinar", "peso", "million", "billion", "$"})
TRIGGER_POS = {"VERB": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJ"}
PARTICLES = frozenset({"down", "up", "back", "off", "out", "in", "over", "away", "on", "aside",
                       "ahead", "together", "home"})


def phrase_lemmas(head: Token) -> set[str]:
    """Lemmas that say what a noun phrase is: its head (as written too, and a plural less "s"
    or "es": "data" is no "datum", "marches" no "marche"), modifiers, the nouns listed with it
    ("eggs and stones") and an "of" complement ("units of Russian peacekeeping forces")."""
    listed = _listed(head)
    words = {o.lemma_.lower() for o in listed} | {o.lower_ for o in listed} | _hyphened(head)
    words.update(s for o in listed if o.tag_ == "NNS" for s in (o.lower_[:-1], o.lower_[:-2]))
    for word in (c for c in head.children if c.dep_ in ("compound", "amod", "appos")):
        words.add(word.lemma_.lower())  # "the 'one country, two systems' formula" (appos)
        words.update(c.lemma_.lower() for c in _modifiers(word))
        # "fugitive Peruvian spymaster Vladimiro Montesinos": modifiers of a compound
    words.update(c.lower_ for c in head.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD"))
    # "a colonel wanted for genocide", "a man accused of spying": as written
    # "1.5 billion dollars in fresh yen loans": what the money is, with "in" hung on the
    # amount or on the verb whose object the amount is
    money = head.lemma_.lower() in MONEY
    holders = (head, head.head) if head.dep_ == "dobj" else (head,)
    for obj in (o for h in holders for o in prep_objects(h, "in")) if money else ():
        words.add(obj.lemma_.lower())
        words.update(c.lemma_.lower() for c in _modifiers(obj))
    rates = [c for c in head.children if c.dep_ == "npadvmod"]  # "53,000 barrels a day of
    for obj in (o for h in (head, *rates) for o in prep_objects(h, "of")):  # crude oil"
        words.add(obj.lemma_.lower())
        words.update(c.lemma_.lower() for c in _modifiers(obj))
        words.update(o.lemma_.lower() for o in _listed(obj)[1:])  # "of goggles, radios and
        # helicopters": each noun listed, without its modifiers ("live-fire exercises")
    return words


def _modifiers(word: Token) -> list[Token]:
    """A word's compound and adjective modifiers, but not the words of a proper name it ends
    ("leaders of the Muslim Brotherhood" are not Muslims as a people)."""
    return [c for c in word.children if c.dep_ in ("compound", "amod")
            and not (word.pos_ == "PROPN" and c.pos_ == "PROPN" and c.dep_ == "compound")]


def _listed(first: Token) -> list[Token]:
    """A noun and the nouns listed with it ("goggles, radios and helicopters")."""
    found, current = [first], first
    while (nxt := next((c for c in current.children if c.dep_ == "conj"), None)) is not None \
            and len(found) < 8:
        found.append(nxt)
        current = nxt
    return found


def _prep_lemmas(token: Token, preps: frozenset[str]) -> set[str]:
    found: set[str] = set()
    for c in token.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
            found.update(t.lemma_.lower() for t in list(c.subtree)[:12])
    return found


def _hyphened(head: Token) -> set[str]:
    """A word the tokenizer split at its hyphen, joined again: "a counter-offensive" read as
    "counter" -> counteroffensive."""
    doc, i = head.doc, head.i
    if i + 2 >= len(doc) or doc[i + 1].text != "-" or head.whitespace_ or doc[i + 1].whitespace_:
        return set()
    return {f"{head.lower_}{doc[i + 2].lower_}"}


def applicable(pattern: VerbPattern, token: Token) -> bool:
    if pattern.phrase is not None and match_phrase(pattern.phrase, token) is None:
        return False
    kids = [*token.children, *_on_object(token)]
    particles = [c for c in kids if _particle(c, token) == pattern.particle] \
        if pattern.particle else []
    if pattern.particle and not particles:
        return False
    carriers = [token, *particles, *(c for c in token.children if c.dep_ in ("acomp", "advmod")
                                      and c.pos_ in ("ADJ", "ADV") and c.i > token.i)]
    # "stood firm against U.S. calls": the preposition hangs on the adjective
    if token.pos_ == "NOUN" and (verb := light_verb(token)) is not None:
        carriers.append(verb)  # "began public hearings on Monday into the killings"
    if pattern.preps and not _has_prep(pattern, token, carriers):
        return False
    if pattern.objects:
        obj = None
        if pattern.pos == "VERB":  # a verb's pattern on its noun: "suspension of air links"
            obj = (direct_object(token) or _controlled(token) or _gerund(token)
                   or _noun_read_as_adverb(token) or _adjective_read_as_verb(token)) \
                if token.pos_ == "VERB" else nominal_object(token)
        said = phrase_lemmas(obj) if obj is not None else set()
        for particle in particles:  # "handing in their weapons"
            said |= {w for o in particle.children if o.dep_ == "pobj" for w in phrase_lemmas(o)}
        if pattern.preps:  # in the preposition's phrase ("called for talks") or the object
            for carrier in (*carriers, *([obj] if obj is not None else [])):  # ("fired drones
                said |= _prep_lemmas(carrier, pattern.preps)  # at", "put X on alert", "a
                # ban on trade")
        return bool(pattern.objects & said)
    return True


def _has_prep(pattern: VerbPattern, token: Token, carriers: list[Token]) -> bool:
    """The pattern's preposition on the verb or its particle ("walked away from the talks":
    "from" hangs on "away"), on a light verb's object, or, for a bare "call for", the "for"
    of an infinitive clause ("called for Russia to withdraw")."""
    if any(c.dep_ in ("prep", "agent", "dative") and c.lower_ in pattern.preps
           and not _dated(c) and not _fronted(c, token) and c.i != token.head.i
           for carrier in carriers for c in carrier.children):  # "went on strike": its own
        return True
    if pattern.objects:
        return _object_takes(token, pattern.preps)
    return "for" in pattern.preps and for_clause(token) is not None


def _fronted(prep: Token, token: Token) -> bool:
    """A phrase opening the sentence before its verb is no complement of it: "With the signing
    of the memorandum, the two sides have agreed to ..." is not "agreed with"."""
    return prep.i == prep.sent.start and prep.i < token.i


def _controlled(verb: Token) -> Token | None:
    """The object the parser made the subject of an infinitive ("allowed inspectors to
    visit": "inspectors" as the subject of "visit"; "let the rapporteur visit"; "declared a
    truce beginning at midnight")."""
    bare = verb.lemma_.lower() in BARE_INFINITIVE  # "will let the rapporteur visit"
    for clause in (c for c in verb.children if c.dep_ in ("ccomp", "xcomp")):
        if bare or clause.tag_ == "VBG" or any(a.dep_ == "aux" and a.lower_ == "to"
                                               for a in clause.children):
            return next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return None


BARE_INFINITIVE = frozenset({"let", "make", "help"})


def _gerund(verb: Token) -> Token | None:
    """What is done, told as a gerund with no subject of its own ("ruled out *stepping*
    down")."""
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"
                 and not any(k.dep_ == "nsubj" for k in c.children)), None)


def _noun_read_as_adverb(verb: Token) -> Token | None:
    """ "began an indefinite fast": the tagger read the noun as an adverb, but a determiner
    says it is the object."""
    return next((c for c in verb.children if c.dep_ == "advmod" and c.i > verb.i
                 and c.left_edge.dep_ == "det"), None)


def _adjective_read_as_verb(verb: Token) -> Token | None:
    """ "grant inspectors unfettered access": the tagger read the adjective as a verb with
    the noun as its object; with no subject of its own, that noun is the verb's object. So is
    a bare noun read as a verb right after the recipient ("gave investigators access to")."""
    for c in verb.children:
        if c.dep_ not in ("ccomp", "conj", "xcomp") or c.i < verb.i \
                or any(s.dep_.startswith("nsubj") or s.dep_ in ("aux", "mark")
                       for s in c.children):
            continue
        if c.tag_ == "VB" and verb.doc[c.i - 1].dep_ == "dative":
            return c
        if c.tag_ in ("VBD", "VBN"):
            return next((o for o in c.children if o.dep_ == "dobj" and o.i == c.i + 1), None)
    return None


def _dated(prep: Token) -> bool:
    """ "on Tuesday", "in March": a preposition of time, not the one a pattern wants; unless
    the parser hung a clause on the date ("insisted on Friday that the Taliban hand over") or
    the date counts something ("bowed to weeks of protests")."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    after = prep.doc[prep.right_edge.i + 1:prep.right_edge.i + 2]
    return bool(objects) and all(o.ent_type_ in ("DATE", "TIME") and not any(  # not "bowed
        p.dep_ == "prep" and p.lower_ == "of" for p in o.children) for o in objects) \
        and not any(t.dep_ == "mark" for t in prep.subtree) \
        and not (after and after[0].lower_ == "that" and not _told_as_fact(after[0]))


def _told_as_fact(that: Token) -> bool:
    """The clause "that" opens is in the past or has a tensed auxiliary ("insisted on Monday
    that its agents had no hand in it"): a statement, not a demand ("insisted on Monday that
    the rebels hand over their guns"). A past form that is also the bare one ("that Jakarta
    let") may be either, and stays a demand."""
    clause = that.head if that.dep_ == "mark" else None
    doer = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
        if clause is not None else None
    if clause is None or doer is None or doer.left_edge.i != that.i + 1:
        return False  # a misparse hung "that" on a later verb: let the demand stand
    return ((clause.tag_ == "VBD" and clause.lower_ != clause.lemma_.lower()) or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD")
        and c.lower_ not in ("must", "should", "ought") for c in clause.children))


def _object_takes(verb: Token, preps: frozenset[str]) -> bool:
    """ "placed a call to Mubarak", "heaped praise on the plan": the preposition of a light
    verb's noun hangs on the noun."""
    obj = direct_object(verb) if verb.pos_ == "VERB" else None
    if obj is None:
        return False
    nouns = [obj, *(c for c in obj.children if c.dep_ == "conj"), *described_by(obj)]
    return any(c.dep_ == "prep" and c.lower_ in preps  # "poured 600 troops and a squadron of
               for noun in nouns for c in noun.children)  # armoured cars into Congo"


def described_by(obj: Token) -> list[Token]:
    """The nouns of a participle phrase describing an object, where the parser hangs the verb's
    own preposition: "handed over a colonel wanted for genocide [to the tribunal]"."""
    return [o for c in obj.children if c.dep_ == "acl"
            for p in c.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]


def target_anchors(token: Token, obj: Token | None) -> tuple[Token | None, ...]:
    """Where a trigger's target may be named: at the trigger, its object ("withdrawal of
    troops from X"), a participle describing the object, and the verb that hands a noun over
    ("sent a plea to the UN")."""
    carrier = light_verb(token) if token.pos_ == "NOUN" else None
    handed = carrier is not None and carrier.lemma_.lower() in HANDING_VERBS
    return (token, obj, *(described_by(obj) if obj is not None else ()),
            carrier if handed else None)


def _on_object(verb: Token) -> list[Token]:
    """ "will pull back troops massed along the border": a particle right after the verb that
    the parser hung on the verb's object, or read as "more than" of its number ("took over 12
    farms")."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is None or after.lower_ not in PARTICLES:  # "kicked IAEA (...) inspectors *out* of"
        return [c for o in verb.children if o.dep_ == "dobj" for c in o.children if (
            c.dep_ == "prep" and c.lower_ == "out" and any(g.lower_ == "of" for g in c.children))
            or (c.dep_ == "advmod" and c.lower_ == "home")]  # "ordered its ambassador *home*"
    obj = after.head.head if after.dep_ == "quantmod" and after.head.dep_ == "nummod" \
        else after.head if after.dep_ in ("amod", "advmod") else None
    return [after] if obj is not None and obj.dep_ == "dobj" and obj.head.i == verb.i else []


def _particle(child: Token, verb: Token) -> str | None:
    """A verb's particle: a ``prt`` child, or an adverb or preposition right after the verb or
    its object that the parser did not call one ("Mubarak stepped *down*", "brushed *aside*",
    "pulled its troops *back*", "began handing *in* their weapons"). A preposition right after
    the verb counts only with an object of its own ("walked out of the talks" keeps its
    preposition, but a passive's does: "were kicked *out* of the country"), one after the
    verb's object only without ("pulled its verifiers *out* of", not "pressed Turkey *on*")."""
    if child.dep_ == "prt" or child.head.i != verb.i:  # or hung on the object (_on_object)
        return child.lower_
    if child.dep_ not in ("advmod", "prep") or child.i <= verb.i \
            or child.lower_ not in PARTICLES:
        return None
    between = verb.doc[verb.i + 1:child.i]
    if child.dep_ == "prep" and bool(between) == any(c.dep_ == "pobj" for c in child.children) \
            and (between or not is_passive(verb)):  # "were kicked *out* of the country"
        return None  # "pressed Turkey on Monday" has a preposition, not a particle
    held = {t.i for o in verb.children if o.dep_ == "dobj" for t in o.subtree}
    if all(t.i in held or t.dep_ in ("dobj", "det", "poss", "amod", "compound", "nummod", "case",
                                     "cc", "conj", "punct", "appos") for t in between):
        return child.lower_  # "drove teachers and protesters *out* of the square", "kicked
    return None  # IAEA (...) inspectors *out* of", "handed X, the mastermind of Y, *over* to"


def best_pattern(book: Codebook, token: Token) -> VerbPattern | None:
    pos = "VERB" if clause_noun(token) else TRIGGER_POS.get(token.pos_)
    if pos is None or (token.ent_type_ in ("DATE", "TIME") and token.pos_ != "VERB") \
            or attributive_visiting(token):  # "signed in March": not a march, but "on Friday
        return None  # ended a day-long closure" (a verb the tagger put in a date); "met
        # visiting X": X visits
    lemma = token.lemma_.lower()
    if felt(book, token):
        pos, lemma = "ADJ", token.lower_
    lemma = known_stem(book, token, pos) or lemma  # "petitioned" left as its own lemma
    candidates = [p for p in book.patterns(pos, lemma) if applicable(p, token)]
    if not candidates and pos == "NOUN" and lemma in book.nominal:
        of = next(prep_objects(token, "of"), None)  # "the closure of X"; "arms shipments"
        candidates = [p for p in book.patterns("VERB", book.nominal[lemma])
                      if (of is not None or (p.objects and nominal_object(token) is not None))
                      and applicable(p, token)]
    if not candidates:
        return None
    best = max(candidates, key=lambda p: (p.specificity, -len(p.objects)))
    if not best.objects or len(candidates) == 1:
        return best
    only_said_of = _adjectives_only(token)  # read the object only when patterns compete
    if not only_said_of(best) or best.codes_nothing:
        return best  # an adjective may still unmake the event: "seized counterfeit goods"
    rivals = [p for p in candidates if p.specificity == best.specificity
              and not only_said_of(p) and not best.code.startswith(p.code)]
    return max(rivals, key=lambda p: -len(p.objects)) if rivals else best  # not "economic
    # aid": 1621 refines 162


def _adjectives_only(token: Token) -> Callable[[VerbPattern], bool]:
    """Whether a pattern's object words match only an adjective of what the verb is done to
    ("ended the *economic* sanctions" is no end of economic aid)."""
    obj = direct_object(token) if token.pos_ == "VERB" else None
    if obj is None:
        return lambda p: False
    adjectives = {c.lemma_.lower() for c in obj.children if c.dep_ == "amod"}
    named = phrase_lemmas(obj) - adjectives
    return lambda p: bool(p.objects & adjectives) and not p.objects & named


def felt(book: Codebook, token: Token) -> bool:
    """ "Britain was disappointed by the ruling", "is concerned about the buildup": a feeling
    the parser read as a passive verb (or as a participle complement of "is") is the
    adjective the codebook lists, and the one who feels is its subject, not the "by"
    phrase."""
    return token.pos_ == "VERB" and token.tag_ == "VBN" \
        and (token.dep_ == "acomp" or any(c.dep_ == "auxpass" for c in token.children)) \
        and bool(book.patterns("ADJ", token.lower_))


def clause_noun(token: Token) -> bool:
    """ "demanded that Kuchma resign": a subjunctive the parser read as a noun heading a
    that-clause is the clause's verb."""
    return token.pos_ == "NOUN" and token.dep_ == "ccomp" \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)


VIOLENT_ROOTS = frozenset({"18", "19", "20"})  # CAMEO roots of material violence


def covered_by_verb(book: Codebook, token: Token, pattern: VerbPattern) -> bool:
    """A noun trigger that is the object of a verb trigger is coded by the verb's pattern;
    so is a protest that a repression puts down ("crushed the revolt"), and a rampage in
    which a killing is done ("slaughtered villagers in an overnight rampage"), and a noun in
    the "of" phrase of an object that a verb pattern names ("handed a note of protest") or of
    a noun trigger whose pattern names objects ("the suspension of aid deliveries")."""
    if token.dep_ == "pobj" and token.head.lower_ == "in" and pattern.code[:2] == "14" \
            and not is_passive(token.head.head):  # not "were killed in a protest"
        verb = best_pattern(book, token.head.head)
        return verb is not None and verb.code[:2] in VIOLENT_ROOTS
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ == "dobj":
        verb = best_pattern(book, token.head.head.head)  # "handed India a note of protest"
        return verb is not None and token.lemma_.lower() in verb.objects
    if token.dep_ == "pobj" and token.head.lower_ in ("of", "to") \
            and token.head.head.pos_ == "NOUN" \
            and (noun := best_pattern(book, token.head.head)) is not None and noun.objects \
            and (token.head.lower_ == "of" or token.lemma_.lower() in noun.objects):
        return True  # "the suspension of aid deliveries", "an end to its boycott": what the
        # noun's act is done to
    nominal = token.pos_ in ("NOUN", "PROPN") or token.tag_ == "VBZ"  # "opposition demands
    if not nominal or token.dep_ not in ("dobj", "nsubjpass") \
            or made_by_own_doer(token):  # ... were rejected": a plural read as a verb
        return False
    head_pattern = best_pattern(book, token.head)
    return head_pattern is not None and not carries_own_act(book, token.head, head_pattern) \
        and (bool(head_pattern.objects) or (
        head_pattern.code[:2] == "17" and pattern.code[:2] == "14"))


# verbs whose object may be the act itself ("ordered a freeze"); not "imposed a ban on
# imports", where the verb's own pattern says what is imposed
ACT_CARRIERS = frozenset({"order", "decree", "announce", "put", "slap"})


def carries_own_act(book: Codebook, verb: Token, pattern: VerbPattern) -> bool:
    """ "Ordered a relaxation of the curfew", "ordered a freeze on new aid": a light verb whose
    object is an act the verb's pattern does not name does that act; the noun codes it."""
    obj = carried(verb) if verb.lemma_.lower() in ACT_CARRIERS else None
    if obj is None or obj.lemma_.lower() in pattern.objects:
        return False
    own = best_pattern(book, obj)
    return own is not None and not own.codes_nothing
