"""Announced plans the codebook has no pattern for.

"Kenya's ruling party will move to scrap the clause, Moi told a party conference", "Turkey's
Justice Ministry said it would draft legislation allowing Kurdish broadcasts", "Nigeria planned
to join the AfCFTA": an actor announcing an act of its own that is neither force nor pressure
states an intent to cooperate (CAMEO 030, the root's generic code), whatever the act's own
verb; announcing that one will not do it ("Khartoum will not accept foreign troops") is a
rejection (120, the refusal table's row for 03). Only an announcement counts: a future clause
told by a speech verb that is no warning, or the complement of a word of planning ("plans
to", "agreed to", "is determined to"); "its status will change" or "what anyone would do" is
no plan. The codebook keeps the verbs whose future is no act of one's own (synset NOT_ACTS:
"will remain", "will lose", "would become"). A plan is never hostile: not a verb whose
patterns are mostly of conflict (CAMEO quad classes 3 and 4), nor one holding such a word
("would raise tariffs on China"). It is never a condition ("would resort to force unless": a
threat), and never a population's ("voters will decide"). The rule is a pattern of its own,
``announced-plan``, weighted down by the confidence feature ``generic``, so its events say
what made them and rank low. A candidate's plan ("will seek re-election", synset CANDIDACY) is
none. Apart from plans, ``decided_sanction`` says when a decided cut in relations ("agreed to
halt arms sales"), or an easing or a coercion decided ("have decided to lift the ban"), is the
act itself rather than a threat or an intent.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from flashpoint.codebook import Codebook, VerbPattern
from flashpoint.codebook.model import Origin
from flashpoint.stages.clauses import BACKGROUND_WORDS
from flashpoint.stages.misparse import attributive_visiting
from flashpoint.stages.modes import INTENT_HEADS, conditional, trigger_mode, volitional
from flashpoint.stages.patterns import VIOLENT_ROOTS, best_pattern, phrase_lemmas
from flashpoint.stages.stated import STATED_PLANS, STATING
from flashpoint.stages.syntax import direct_object, is_passive

if TYPE_CHECKING:
    from spacy.tokens import Token

    from flashpoint.stages.findings import Finding

NOT_ACTS = "NOT_ACTS"  # synset of verbs whose future announces no act ("will remain in office")
CANDIDACY = "CANDIDACY"  # synset of what a candidate seeks ("will seek re-election"): no plan
PLANNING = INTENT_HEADS - {"expect"}  # "was expected to win" foretells, it announces nothing
FORETELLING = frozenset({"expect", "likely", "set", "due", "bound", "seem", "appear", "tip"})
CONFLICT = (3, 4)  # the quad classes of verbal and material conflict (codebook/cameo.tsv)
PLAN = VerbPattern(id="announced-plan", pos="VERB", lemma="*", particle=None,
                   objects=frozenset(), preps=frozenset(),
                   targets=("dobj", "pobj:with", "pobj:to"), code="030", speech=False,
                   source="CAMEO 1.1b3: 030 Express intent to cooperate, not specified below; "
                          "an announced act of one's own that no verb pattern codes",
                   origin=Origin("stages/plans.py", 0))


def plan_pattern(book: Codebook, token: Token) -> VerbPattern | None:
    """The generic intent pattern, where ``token`` announces a plan no other pattern codes."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma in book.synsets.get(NOT_ACTS, ()) or is_passive(token) \
            or _campaign(book, token) or attributive_visiting(token):
        return None
    if _mostly_hostile(book, _for_object(book.patterns("VERB", lemma), token)):
        return None  # "would suspend", "will organise": hostile with most objects
    mode = trigger_mode(token)
    if not (mode == "future" or (mode == "negated" and volitional(token))) \
            or conditional(token) or not _announced(book, token):
        return None  # "would resort to force unless Damascus ...": a threat, not a plan
    told = [c for c in token.children if c.dep_ in ("conj", "parataxis") and _speech(book, c)]
    report = {w.i for c in told for w in c.subtree}  # "..., the minister was quoted as saying"
    if any(_coded_or_hostile(book, word) for word in token.subtree
           if word.i != token.i and word.i not in report and not _beside(word, token)):
        return None  # "will try to persuade" (the act is told below); "would raise tariffs"
    return PLAN


def kept_plan(finding: Finding) -> bool:
    """A plan told of another ("said the rebels would return") or a population's is none; so
    is stepping aside by any but a government's own (an opposition leader's "will not run")."""
    source = finding.source.actor if finding.source is not None else None
    if finding.pattern is STEP_ASIDE:
        return source is not None and source.sector == "GOV"
    return finding.pattern is not PLAN or (
        finding.mode != "reported" and source is not None and source.sector != "CVL")


STEP_ASIDE = VerbPattern(id="step-aside", pos="VERB", lemma="*", particle=None,
                         objects=frozenset(), preps=frozenset(), targets=(), code="0341",
                         speech=False,
                         source="CAMEO 1.1b3: 0341 Express intent to change leadership; a "
                                "leader's refusal of another term",
                         origin=Origin("stages/plans.py", 0))
# what a leader says it will not seek ("another term", "re-election"); a party's nomination
# or a seat is a candidate's plan at home, no leader stepping aside
OFFICES = frozenset({"term", "re-election", "reelection", "presidency", "premiership",
                     "mandate", "candidate", "candidacy", "candidature"})
STANDING = frozenset({"seek", "stand", "run", "accept", "contest", "serve", "pursue"})


def step_aside(token: Token) -> VerbPattern | None:
    """ "Suharto said he would not stand as a candidate", "Ben Ali will not seek another term",
    "Castro would not accept a new term": a leader announcing it will not serve again states
    an intent to change leadership (0341), not a refusal; ``kept_plan`` keeps only a
    government's."""
    if token.lemma_.lower() not in STANDING or trigger_mode(token) != "negated" \
            or not volitional(token):
        return None
    held = [c for c in token.children if c.dep_ in ("dobj", "attr")] + [
        g for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "as")
        for g in c.children if g.dep_ == "pobj"]
    return STEP_ASIDE if any(w.lemma_.lower() in OFFICES for w in held) else None


def _campaign(book: Codebook, token: Token) -> bool:
    """ "would seek her party's nomination", "will not contest the election": a candidate's
    plan is politics at home, neither an intent to cooperate nor a refusal."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in book.synsets.get(CANDIDACY, ())
               for c in token.children)


def _for_object(patterns: Sequence[VerbPattern], token: Token) -> list[VerbPattern]:
    """The verb's patterns that could read its object: "would draft legislation" is not
    judged by "draft troops" or "draft police"; nor "will send amendments" by the idiom "send
    a protest note"."""
    obj = direct_object(token)
    said = phrase_lemmas(obj) if obj is not None else set()
    return [p for p in patterns if p.phrase is None and (not p.objects or p.objects & said)]


def _mostly_hostile(book: Codebook, patterns: Sequence[VerbPattern]) -> bool:
    return 2 * sum(_hostile(book, p) for p in patterns) > len(patterns)


def _hostile(book: Codebook, pattern: VerbPattern) -> bool:
    return not pattern.codes_nothing and book.cameo[pattern.code].quad_class in CONFLICT


def _announced(book: Codebook, token: Token) -> bool:
    if token.dep_ == "acl" and token.head.lemma_.lower() in STATED_PLANS \
            and token.head.head.lemma_.lower() in STATING:
        return True  # "announced its intention to introduce a multi-party system"
    node = token
    while node.dep_ == "xcomp":  # "plans to join", "will move to scrap", "agreed to open"
        if node.head.lemma_.lower() in PLANNING:
            return True
        if node.head.lemma_.lower() in FORETELLING:
            return False  # "was expected to leave the party": a forecast
        node = node.head
    if node.dep_ == "conj":  # "said it would meet X and draft a law"
        node = node.head
    if node.head.i == node.i:  # "X will join Y in ..., the minister was quoted as saying": the
        return any(c.dep_ in ("conj", "parataxis") and c.i > node.i and _speech(book, c)
                   for c in node.children)  # report parsed as a conjunct of the plan
    if node.dep_ not in ("ccomp", "parataxis"):
        return False
    return _speech(book, node.head) and not _warning(book, node.head)


# "would replace the panchayat system, after weeks of demonstrations": the protests are the
# background of the plan, no act it holds
BESIDE_PLAN = (BACKGROUND_WORDS - {"as"}) | {"despite"}


def _beside(word: Token, plan: Token) -> bool:
    current = word
    while current.i != plan.i and current.head.i != current.i:
        if current.dep_ in ("pobj", "pcomp") and current.head.lower_ in BESIDE_PLAN:
            return True
        current = current.head
    return False


def _warning(book: Codebook, verb: Token) -> bool:
    """ "warned the protesters that troops would clear the square": what a warning announces
    is the threat the warning verb codes, never an intent to cooperate."""
    said = best_pattern(book, verb)
    return said is not None and said.code[:2] == "13"


def _speech(book: Codebook, verb: Token) -> bool:
    said = best_pattern(book, verb)
    return said is not None and said.speech


def _coded_or_hostile(book: Codebook, word: Token) -> bool:
    pattern = best_pattern(book, word)
    if pattern is None or pattern.codes_nothing or (word.dep_ == "amod" and word.i < word.head.i):
        return False  # "jailed cartel leaders": a word that describes, not an act told below
    return (word.pos_ == "VERB" and word.dep_ in ("xcomp", "ccomp", "conj")) \
        or _hostile(book, pattern)


DECIDING = frozenset({"decide", "agree", "vote", "resolve"})


def decided_sanction(verb: Token, code: str) -> str | None:
    """ "EU leaders agreed to halt arms sales to China", "the cabinet decided to expel the
    envoy": a cut in relations that its doer has decided is the cut itself (16), not a threat
    of it; so is an easing or a coercion decided or voted ("We have decided to lift the ban").
    Under a condition ("agreed to cut aid unless") it stays a threat, and so does one vowed,
    planned or merely announced ("vowed to cut ties", "will withdraw its inspectors": the gold
    sets code such announcements both ways, so they keep the threat)."""
    if code[:2] not in ("16", *TAKEN) or conditional(verb, threat=True) \
            or verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in DECIDING:
        return None
    return code if code[:2] == "16" or _decision_taken(verb.head) else None


TAKEN = ("08", "17")  # "have decided to lift the ban", "voted to expropriate": done by deciding
DECISIONS = frozenset({"decide", "vote"})  # "agreed to withdraw" stays an intent (CAMEO 03)


def _decision_taken(head: Token) -> bool:
    """ "has decided", "decided", "votes": a decision made, not one to come ("will decide")."""
    return head.lemma_.lower() in DECISIONS and head.tag_ in ("VBD", "VBN", "VBZ") and not any(
        c.dep_ in ("aux", "neg") and c.lower_ not in ("have", "has", "had")
        for c in head.children)


def preparing_force(token: Token, code: str) -> bool:
    """ "The army prepared (readied, made ready) to resume shelling": readying force is a show
    of force (150, MOBILIZE), not a verbal threat."""
    current = token
    for _ in range(3):
        if current.dep_ not in ("xcomp", "ccomp", "conj") or current.head.i == current.i:
            return False
        current = current.head
        if current.lemma_.lower() in ("prepare", "gear", "poise", "ready"):
            return code[:2] in VIOLENT_ROOTS
    return False


# coercion, expulsions and force; a possible cut in relations or aid stays a notice
POSSIBLE_THREATS = ("17", "18", "19", "20", "166")


def possible_coercion(token: Token, code: str) -> bool:
    """ "Museveni said he may prohibit opposition candidates": coercion the speaker says it
    may or could impose is threatened (with ``says_itself`` checked by the caller), not merely
    possible ("told Zambia it could halt lending", with no condition, stays a notice); so are
    force and expulsions ("said its troops could seize a buffer zone", "said Asmara could order
    the peacekeepers out"); so is coercion one says one will seek ("said it would seek to
    dissolve the party", "could ask the court to outlaw it")."""
    if not code.startswith(POSSIBLE_THREATS) or token.pos_ != "VERB":
        return False
    sought = token  # "said it would seek to dissolve the party", "could ask the court to ban
    while sought.dep_ in ("xcomp", "ccomp") and sought.head.lemma_.lower() in SEEKING:  # it"
        sought = sought.head
    modals = ("may", "might", "could") + (("would", "will") if sought.i != token.i else ())
    return any(c.dep_ == "aux" and c.lower_ in modals for c in sought.children)


SEEKING = frozenset({"seek", "ask", "move", "have"})  # the steps toward a coercion one takes
