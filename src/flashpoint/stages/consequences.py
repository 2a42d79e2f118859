"""What a speaker says another will face: "X warned that Y would face sanctions (if ...)",
"Y risks losing its aid, X cautioned". The penalty faced is the speaker's threat to the one
who faces it (CAMEO 13), its code by what is faced; a deadline to act or face it is an
ultimatum. And what a speaker says another did wrong: an accusation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashpoint.stages.claims import (
    ACCUSE,
    allegation_findings,
    demand_findings,
    speaker_to_addressee,
)
from flashpoint.stages.modes import conditional
from flashpoint.stages.patterns import best_pattern
from flashpoint.stages.syntax import child, prep_objects, subject

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    from flashpoint.codebook import VerbPattern
    from flashpoint.stages.events import SentenceCoder
    from flashpoint.stages.findings import Finding

# "told the Baltic states that they would face countermeasures"
FACED = {"countermeasure": "130", "consequence": "130", "retaliation": "130", "reprisal": "130",
         "punishment": "130", "action": "130", "measure": "130", "response": "130",
         "sanction": "1312", "embargo": "1312", "boycott": "1312", "isolation": "131",
         "attack": "138", "strike": "138", "airstrike": "138", "force": "138", "war": "138",
         "intervention": "138", "invasion": "138", "assault": "138", "use": "138",  # of force
         "arrest": "132", "prosecution": "132", "deportation": "132", "expulsion": "132",
         "jail": "132", "prison": "132", "ban": "132", "closure": "132",
         "curfew": "1323", "emergency": "1324"}
WARNING = frozenset({"warn", "caution"})  # what one is warned one faces is a prospect
LOSING = frozenset({"loss", "lose", "cut", "cutoff", "suspension", "withdrawal", "halt"})
# losing something the speaker's side grants: its aid (1311), a permit or a status (132)
LOST = {"aid": "1311", "assistance": "1311", "funding": "1311", "fund": "1311", "loan": "1311",
        "lending": "1311", "credit": "1311", "grant": "1311", "euro": "1311", "dollar": "1311",
        "permit": "132", "licence": "132", "license": "132", "accreditation": "132",
        "residency": "132", "status": "132"}


def speech_findings(coder: SentenceCoder, verb: Token,
                    pattern: VerbPattern) -> list[Finding] | None:
    """What a speech verb's clause makes of the speaking: a demand ("said Y must"), a threat
    ("warned that Y would face sanctions", also by a warning verb that is no speech verb) or an
    accusation; None when it is none of these."""
    if not pattern.speech:
        return consequence_findings(coder, verb) if pattern.code[:2] == "13" else None
    return demand_findings(coder, verb) or consequence_findings(coder, verb) \
        or allegation_findings(coder, verb) or misdeed_findings(coder, verb)


MISDEEDS = "MISDEEDS"  # synset: wrongdoing that is no event of its own ("siphoned", "a spy")


def misdeed_findings(coder: SentenceCoder, verb: Token) -> list[Finding] | None:
    """ "(said) Najib had siphoned millions", "was spying for Tallinn", "were working as
    spies": telling of someone's wrongdoing, which has no code of its own, is accusing them."""
    said = best_pattern(coder.book, verb)
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if said is None or said.code[:2] != "01" or clause is None:
        return None
    deeds = coder.book.synsets.get(MISDEEDS, ())
    named = [clause, *(c for c in clause.children if c.dep_ == "attr"),
             *(o for c in clause.children if c.dep_ == "prep" and c.lower_ == "as"
               for o in c.children if o.dep_ == "pobj")]
    doer = subject(clause)
    if doer is None or doer.pos_ == "PRON" or best_pattern(coder.book, clause) is not None \
            or any(c.dep_ == "neg" for c in clause.children) \
            or not any(w.lemma_.lower() in deeds for w in named):
        return None
    return speaker_to_addressee(coder, verb, clause, ACCUSE)


def consequence_findings(coder: SentenceCoder, verb: Token) -> list[Finding] | None:
    """ "X warned that Y would face sanctions (if …)", "Y risks losing millions in aid, X
    warned": X threatens Y."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is not None and (code := ultimatum(clause, coder.book.synsets.get(GRACE, ()))):
        return speaker_to_addressee(coder, verb, clause, code)
    if clause is None or clause.lemma_.lower() not in ("face", "risk"):
        return None
    faced = child(clause, "dobj") or child(clause, "xcomp")
    code = faced_code(faced) if faced is not None else None
    if code is None or not (clause.lemma_.lower() == "risk" or conditional(clause)
                            or verb.lemma_.lower() in WARNING or any(
            c.dep_ == "aux" and c.lower_ in ("would", "will", "could") for c in clause.children)):
        return None  # "would face sanctions", "face arrest unless they register", "risk",
    # "face the loss of their permits, the ministry warned"
    return speaker_to_addressee(coder, verb, clause, code)


def faced_code(faced: Token) -> str | None:
    """The threat's code by what is faced: a penalty, or the loss of something granted
    ("losing their publishing permits", "the loss of development aid", "a cut in aid")."""
    lemma = faced.lemma_.lower()
    if lemma not in LOSING:
        return FACED.get(lemma)
    lost = [o for o in (child(faced, "dobj"), *prep_objects(faced, "of"),
                        *prep_objects(faced, "in")) if o is not None]
    words = {w.lemma_.lower() for o in lost for w in o.subtree}
    return next((LOST[w] for w in sorted(words) if w in LOST), "131")


GRACE = "GRACE"  # synset: the spans of time an ultimatum gives ("48 hours", "a week")
DEADLINES = frozenset({"deadline", "until"})


def ultimatum(clause: Token, grace: Sequence[str]) -> str | None:
    """ "(said) Saddam had 48 hours to leave Iraq or face military action": a deadline to act
    or face a penalty is an ultimatum (139); "had to leave or face arrest", a threat."""
    if clause.lemma_.lower() != "have":
        return None
    alternatives = (t for t in clause.subtree if t.lemma_.lower() == "face" and t.dep_ == "conj"
                    and any(c.dep_ == "cc" and c.lower_ == "or" for c in t.head.children))
    for face in alternatives:
        faced = child(face, "dobj")
        if faced is not None and (code := faced_code(faced)) is not None:
            given = [t for t in clause.children if t.dep_ in ("dobj", "prep")]
            return "139" if any(t.lower_ in grace or t.lemma_.lower() in DEADLINES
                                for t in given) else code
    return None
