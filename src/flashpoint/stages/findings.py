"""A coded event inside one sentence: what the sentence coder hands to the pipeline."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from flashpoint.records import COUNTED_MODES
from flashpoint.stages.clauses import concurrent
from flashpoint.stages.departures import told_out
from flashpoint.stages.done_to import (
    DWELLINGS,
    charged_state,
    cleansing,
    domestic_sanction,
    expelled_body,
    joint_operations_halted,
    trade_cooperation,
)
from flashpoint.stages.merge import country_key
from flashpoint.stages.modes import trigger_mode
from flashpoint.stages.patterns import VIOLENT_ROOTS
from flashpoint.stages.protection import protective_deployment
from flashpoint.stages.rallies import own_backing
from flashpoint.stages.syntax import direct_object, prep_objects, subject
from flashpoint.stages.weapons import weapon_damage

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    from flashpoint.codebook import Codebook, VerbPattern
    from flashpoint.records import Actor
    from flashpoint.stages.actors import Resolved


@dataclass(frozen=True, slots=True)
class Finding:
    """A coded event inside one sentence, before place and date are attached."""

    trigger: Token
    pattern: VerbPattern
    code: str
    source: Resolved | None
    target: Resolved | None
    mode: str
    speaker: Token | None  # the speech verb whose clause holds this event, if any
    basis: frozenset[str]  # what the coder relied on (stages/confidence.py)
    confidence: float


# what protesters demand makes the protest specific: "marched demanding the resignation of
# the president" is a protest for a change in leadership (1411), not a protest and a demand
DEMAND_TO_PROTEST = {"104": "1414", "1041": "1411", "1042": "1412", "1043": "1413",
                     "1044": "1414", "024": "1414", "0241": "1411", "0242": "1412",
                     "0243": "1413", "0244": "1414"}
# crowds that gather, stream or parade "demanding" / "calling for" something are protesting
GATHERING = frozenset({"stream", "parade", "mass", "gather", "pour", "converge", "throng",
                       "flood", "assemble", "congregate", "flock", "swarm"})
PROTEST_CLAUSE = frozenset({"advcl", "xcomp", "conj", "acl"})
IMPLIED_TARGET = "target:implied"


def protest_demands(findings: list[Finding]) -> list[Finding]:
    """A demand voiced in a participle or purpose clause of a protest by the same doers is the
    protest's aim ("rallied to demand that Syria withdraw": a protest against Syria)."""
    findings = [_gathered(d, findings) for d in findings]
    aims = {d.trigger.i: d for d in findings if _voiced_by_protest(d, findings)}
    if not aims:
        return findings
    out = []
    for f in findings:
        if f.trigger.i in aims and f.code[:2] == "10":
            continue
        aim = next((aims[c.i] for c in f.trigger.children if c.i in aims), None)
        out.append(f if aim is None or f.code[:2] != "14" else _aimed(f, aim))
    return out


def _gathered(d: Finding, findings: list[Finding]) -> Finding:
    """ "Thousands streamed through Belgrade calling for Milosevic to go": the crowd's
    demand (or appeal) is a protest when the verb it hangs on is gathering, not a protest
    trigger of its own."""
    head = d.trigger.head
    if d.code[:2] not in ("10", "02") or d.trigger.dep_ not in PROTEST_CLAUSE \
            or d.trigger.tag_ not in ("VBG", "VB") or not _gathering(head) \
            or any(f.trigger.i == head.i for f in findings):
        return d
    return replace(d, code=DEMAND_TO_PROTEST.get(d.code, "141"), mode=trigger_mode(head))


def _gathering(verb: Token) -> bool:
    """ "streamed through Belgrade", "turned out in Nairobi" (not "turned to Russia")."""
    lemma = verb.lemma_.lower()
    return lemma in GATHERING or (lemma == "turn" and any(
        c.lower_ == "out" and c.dep_ in ("prt", "advmod") for c in verb.children))


def _voiced_by_protest(d: Finding, findings: list[Finding]) -> bool:
    if d.code[:2] != "10" or d.trigger.dep_ not in PROTEST_CLAUSE \
            or d.trigger.tag_ not in ("VBG", "VB"):
        return False
    head = d.trigger.head
    if d.trigger.dep_ == "acl" and head.dep_ == "nsubj":
        head = head.head  # "protesters demanding an end to military rule burned tyres"
    return any(p.trigger.i == head.i and p.code[:2] == "14" and _same_doer(p, d)
               for p in findings)


def _aimed(protest: Finding, demand: Finding) -> Finding:
    code = DEMAND_TO_PROTEST.get(demand.code, "") if protest.code in ("140", "141") else ""
    target = protest.target
    if demand.target is not None and (target is None or IMPLIED_TARGET in protest.basis):
        target = demand.target  # "rallied in Beirut to demand that Syria withdraw"
    return replace(protest, code=code or protest.code, target=target)


def _same_doer(a: Finding, b: Finding) -> bool:
    return a.source is None or b.source is None or a.source.actor.code == b.source.actor.code


MASS = {"174": "201", "1741": "201"}  # expelling thousands is a mass expulsion


def mass_code(code: str, token: Token) -> str:
    """ "Expelled tens of thousands of ethnic Nepalis", "the expulsion of 200,000 people":
    CAMEO's mass expulsion (201), not the expulsion of individuals (174)."""
    mass = MASS.get(code)
    if mass is None:
        return code
    done_to = direct_object(token) if token.pos_ == "VERB" else next(
        prep_objects(token, "of"), None)
    if done_to is None:
        return code
    if {t.lemma_.lower() for t in done_to.subtree} & MIGRANTS:
        return code  # "deported 2,000 illegal immigrants": each sent home, no mass expulsion
    return mass if any(_multitude(t) for t in done_to.subtree) else code


MIGRANTS = frozenset({"immigrant", "migrant", "illegal", "asylum", "seeker", "overstayer"})


def recoded(code: str, token: Token, source: Resolved | None, target: Resolved | None) -> str:
    """The code a pattern gives, made specific by who, or what, does it to what (see each
    function)."""
    code = weapon_damage(mass_code(crowd_demand(crowd_code(code, source, token), source, token),
                                   token), token)
    code = told_out(own_backing(code, token, source, target), token, source, target)
    code = domestic_sanction(charged_state(code, token, source, target), source, target)
    code = joint_operations_halted(trade_cooperation(code, source, target), token)
    code = cleansing(code, token)
    return expelled_body(protective_deployment(code, token, source, target), token, target)


def _multitude(token: Token) -> bool:
    if token.lemma_.lower() in ("thousand", "million") or (
            token.lemma_.lower() in ("ten", "hundred") and token.lower_.endswith("s")):
        return True
    digits = token.text.replace(",", "")
    return token.like_num and digits.isdigit() and int(digits) >= 1000 \
        and token.ent_type_ not in ("DATE", "TIME")  # not "in August 2012"


RIOT_DAMAGE = frozenset({"171", "1712"})  # property damage that protesters do is rioting
SEIZING = frozenset({"take", "seize", "occupy", "grab", "confiscate", "expropriate"})
CROWDS = frozenset({"OPP", "CVL", "LAB", "EDU", "AGR"})  # unarmed people, not forces
RALLY = "141"


def _rioters(token: Token) -> bool:
    """ "Rioting youths set houses ablaze": doers the sentence itself calls rioters."""
    doer = subject(token)
    return doer is not None and (doer.lemma_.lower() == "rioter" or any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in RIOTING for c in doer.children))


def crowd_code(code: str, source: Resolved | None, token: Token) -> str:
    """What a crowd's or a force's act is: protesters, youths or villagers looting or burning
    riot (145, PLOVER PROTEST in mode riot; a mob burning people's homes attacks them);
    protesters or workers massing, pouring in or gathering (CAMEO's show of force, 15)
    demonstrate (141); blockading (191) or shutting a road (172) they obstruct passage (144).
    Police or troops ending a strike or an occupation (082, easing dissent) repress it (175);
    police on alert raise police alert (151), not military (152); a crowd's lifting its
    blockade (0872) eases its dissent (082); an armed force cutting off supplies blockades
    (191), it imposes no embargo (163); workers striking stop work (143); a crowd blocking aid
    obstructs it (144), where a state would refuse access (1245)."""
    sector = source.actor.sector if source is not None else None
    if code in RIOT_DAMAGE and (sector == "OPP" or _rioters(token) or (
            sector in CROWDS and token.lemma_.lower() not in SEIZING and not any(
                c.dep_ == "dobj" and c.lemma_.lower() in DWELLINGS for c in token.children))):
        return "145"  # "youths torched cars"; "mobs torched villages" is an attack on them,
        # "squatters took over farms" a seizure
    if code == "082" and sector in ("COP", "MIL"):
        return "175"
    if code == "152" and sector == "COP":
        return "151"  # police put on alert raise police alert, not military
    if code == "0872" and sector in CROWDS:
        return "082"  # protesters lifting their blockade ease their dissent
    if (code[:2] == "15" or code == "192") and (sector in CROWDS or (
            sector is None and multitude(token))):
        return RALLY  # massing, or marching into the capital; "thousands of Peruvians massed"
    if (code in ("191", "1245") or (code == "172" and token.lemma_.lower() in ("close", "shut"))) \
            and (sector in CROWDS or (sector is None and people_in_numbers(token))):
        return "144"  # protesters blockading an airport, workers shutting a bridge, villagers
        # blocking an aid convoy obstruct
    if code == "163" and (sector or "")[:3] in ARMED:
        return "191"  # militias cutting off a town's supplies blockade it; no embargo
    if code == "190" and sector in ("LAB", "EDU") and token.lemma_.lower() == "strike" \
            and direct_object(token) is None:
        return "143"  # "half a million workers began striking": a strike, not an attack
    return code


MULTITUDES = frozenset({"hundreds", "thousands", "tens", "millions", "dozens", "crowds", "crowd",
                        "throngs", "masses"})


def multitude(verb: Token) -> bool:
    """A people in numbers as the subject, moving no one ("tens of thousands of Lebanese
    massed", "Filipinos massed on the highway"; not "Russians massed troops", "thousands of
    troops massed")."""
    moved = direct_object(verb)
    return not (moved is not None and moved.tag_ == "NNS") and people_in_numbers(verb)


def people_in_numbers(verb: Token) -> bool:
    """ "Hundreds of young Algerians sealed off the roads": a people, not a force, as doer."""
    doer = subject(verb)
    while doer is not None and doer.lower_ in MULTITUDES \
            and (of := next(prep_objects(doer, "of"), None)) is not None:
        doer = of  # "tens of thousands of Lebanese"
    return doer is not None and doer.ent_type_ == "NORP" and doer.tag_ in ("NNPS", "NNS")


CROWD_DEMANDS = {"1041": "1411", "1042": "1412", "1043": "1413", "1044": "1414"}


def crowd_demand(code: str, source: Resolved | None, token: Token) -> str:
    """A crowd shown demanding ("tens of thousands massed outside parliament, demanding that
    Shevardnadze resign") demonstrates for it (141x); a party's own demand stays one."""
    sector = source.actor.sector if source is not None else None
    if code[:2] != "10" or sector not in CROWDS or token.tag_ != "VBG" \
            or token.dep_ not in ("acl", "advcl", "relcl"):
        return code
    return CROWD_DEMANDS.get(code, RALLY)


EXERCISES = frozenset({"exercise", "drill", "maneuver", "manoeuvre", "game", "wargame",
                       "patrol"})
JOINT_DRILL = "062"  # cooperate militarily


def joint_exercise(pattern: VerbPattern, sources: list[Resolved | None]) -> bool:
    """Forces of several countries exercising together ("American and Thai troops kicked off
    the war games", "drills between India and France began") cooperate militarily (062); one
    country's drills show force (15)."""
    countries = {s.actor.country for s in sources if s is not None and s.actor.country}
    drills = pattern.objects & EXERCISES or (pattern.pos == "NOUN" and pattern.lemma in EXERCISES)
    return pattern.code[:2] == "15" and bool(drills) and len(countries) > 1


BLAMING = frozenset({"blame"})  # "police said, blaming the separatist group ETA"
NAMELESS = frozenset({"CVL", "UAF"})  # "two women strapped with explosives", "gunmen": no side


def blamed_violence(book: Codebook, findings: list[Finding]) -> list[Finding]:
    """ "Two women blew themselves up at a rock festival, killing 14, police said, blaming
    Chechen rebels": violence whose doer the sentence does not place is done by the one a
    speaker blames for it (when the sentence blames exactly one)."""
    blamed = {f.target.actor.code: f.target for f in findings if f.target is not None
              and f.pattern.lemma in BLAMING and f.code.startswith("112")}
    if len(blamed) != 1:
        return findings
    (doer,) = blamed.values()
    return [_blamed_on(book, f, doer) if f.code[:2] in VIOLENT_ROOTS and (
        f.source is None or f.source.actor.sector in NAMELESS) and (
        f.target is None or f.target.actor.code != doer.actor.code) else f for f in findings]


def _blamed_on(book: Codebook, finding: Finding, doer: Resolved) -> Finding:
    basis = frozenset(b for b in finding.basis if not b.startswith("source:")) | {
        "source:implied"}
    return _rescored(book, replace(finding, source=doer), basis)


def _rescored(book: Codebook, finding: Finding, basis: frozenset[str]) -> Finding:
    """The finding on new facts, with the confidence they give."""
    return replace(finding, basis=basis, confidence=book.confidence.score(basis))


ARMED = frozenset({"MIL", "REB", "INS", "UAF", "PRM", "SPY"})
POSTS = frozenset({"post", "outpost", "base", "barracks", "checkpoint", "position", "garrison"})


def armed_storming(token: Token, pattern: VerbPattern, source: Resolved | None) -> bool:
    """Armed forces that storm or ransack a building attack it (190), as do those that raid a
    camp, village or post; a riot (145) is what protesters do, a raid (170) what police do."""
    raid = pattern.id == "raid" and (done_to := direct_object(token)) is not None \
        and bool({t.lemma_.lower() for t in done_to.subtree} & (DWELLINGS | POSTS))
    return (pattern.code.startswith("145") or raid) and source is not None \
        and (source.actor.sector or "")[:3] in ARMED and pattern.lemma not in RIOTING


RIOTING = frozenset({"riot", "rioting"})  # "separatists rioted": a riot, armed or not


def official_protest(token: Token, pattern: VerbPattern, source: Resolved | None) -> bool:
    """A government that "protests" complains officially (114), it does not demonstrate;
    "thousands of Israelis protested" (a people, plural) do."""
    if pattern.code[:2] != "14" or token.lemma_.lower() != "protest" or source is None \
            or source.actor.kind != "state" or source.actor.sector not in (None, "GOV"):
        return False
    doer = subject(token)  # walked only for a state's "protest"
    return doer is not None and doer.tag_ not in ("NNS", "NNPS")


def described_in_another(book: Codebook, findings: list[Finding]) -> list[Finding]:
    """An event told in a clause describing a word of another event ("appealed to militants
    to release three workers *who were seized* last week", "implored Israel to scale back its
    operations in Gaza, *where dozens have been killed*") is background to it."""
    triggers = {f.trigger.i for f in findings if not (f.pattern.speech or f.code[:2] == "01")}
    # not what a statement says: "issued a declaration *demanding* that ..." is its content
    return [_rescored(book, f, f.basis | {"background"}) if "relative" in f.basis
            and "background" not in f.basis and (any(a.i in triggers for a in f.trigger.ancestors)
                                                 or _describes_doer(f.trigger, triggers))
            else f for f in findings]


def _describes_doer(trigger: Token, triggers: set[int]) -> bool:
    """ "Students, *who have occupied* parliament for five days, left and ended their protest":
    a clause describing the subject of a verb that tells another event (or whose conjunct
    does) is background to it."""
    doer = next((a for a in trigger.ancestors if a.dep_ in ("nsubj", "nsubjpass")), None)
    if doer is None:
        return False
    verb = doer.head
    return any(v.i in triggers for v in (verb, *(c for c in verb.children if c.dep_ == "conj")))


def foreground(findings: list[Finding]) -> list[Finding]:
    """A sentence with news of its own tells the events of its background clauses as
    background ("Police stepped up security around churches, days after a bombing killed 21";
    "implored Israel to scale back its operations, where dozens have been killed"): they were
    news when they happened, and a coder writes each event down once, so they are left out.
    What happens with the news stays (``clauses.concurrent``: ", blaming the Taliban").
    A background event with the news's own root and doer stays, to merge with it ("refused to
    free the soldiers, rejecting appeals from the church"); so does the background of a
    sentence whose only news is a statement."""
    news = {(f.code[:2], _doer(f)) for f in findings if "background" not in f.basis
            and f.mode in COUNTED_MODES and f.code[:2] != "01"}
    if not news:
        return findings
    return [f for f in findings if "background" not in f.basis or concurrent(f.trigger)
            or f.mode not in COUNTED_MODES or (f.code[:2], _doer(f)) in news]


def _doer(finding: Finding) -> str | None:
    return country_key(finding.source.actor if finding.source is not None else None)


def said_or_met(pattern: VerbPattern, doers: Sequence[Actor]) -> bool:
    """A statement, or a meeting or a deal of two or more: where it happened is no one's
    target ("the EU and Morocco concluded an accord in Brussels")."""
    return pattern.code.startswith("01") or (
        pattern.code.startswith(("04", "057")) and len(doers) > 1)
