"""What someone says: the clauses that become quotes, and the claims inside them ("X said Y
must do Z" is a demand, or an appeal, of X to Y; "X alleged that Y did Z" is X accusing Y).
They read the coder's findings and actors."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from flashpoint.stages.clauses import in_background, in_relative
from flashpoint.stages.conditions import SAYING, on_condition_of_other
from flashpoint.stages.departures import ordered_out
from flashpoint.stages.modes import announced_decision, trigger_mode
from flashpoint.stages.patterns import best_pattern
from flashpoint.stages.reports import reported_clause, reporting_verb
from flashpoint.stages.syntax import child, infinitive, is_passive, speaker_of, subject

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from flashpoint.codebook import Codebook, VerbPattern
    from flashpoint.records import Actor
    from flashpoint.stages.actors import Resolved
    from flashpoint.stages.events import SentenceCoder
    from flashpoint.stages.findings import Finding

@dataclass(frozen=True, slots=True)
class Said:
    """Reported speech: who said it, with which verb, and the clause's character offsets."""

    verb: Token
    speaker: Resolved | None
    text: str
    start: int
    end: int


DEMAND_MODALS = {"must": "100", "should": "020", "ought": "020"}
INSISTING = frozenset({"insist", "demand", "require", "stipulate"})


def demand_findings(coder: SentenceCoder, verb: Token) -> list[Finding] | None:
    """ "X said that Y must (should) do Z" is X demanding of (appealing to) Y."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return None
    modal = {c.lower_ for c in clause.children if c.dep_ == "aux"} & set(DEMAND_MODALS)
    if not modal and verb.lemma_.lower() in INSISTING and _subjunctive(clause):
        modal = {"must"}  # "insisted that Japan buy more car parts": a subjunctive demand
    if not modal:
        return None
    generic = DEMAND_MODALS[modal.pop()]
    wanted = best_pattern(coder.book, clause)
    code = (coder.book.mirrored(generic, wanted.code) if wanted else None) or generic
    doer = subject(clause)
    if code == "100" and verb.lemma_.lower() not in INSISTING and (out := ordered_out(
            clause, coder.subject_actors(speaker_of(verb)), coder.resolve_all(doer), doer)):
        code = out  # "said U.S. forces must leave the Subic Bay base": an expulsion; "insisted
        # that the ships leave its waters" stays a demand
    return speaker_to_addressee(coder, verb, clause, code, untold_ok=verb.lemma_.lower()
                                 in INSISTING or (generic == "100" and is_passive(clause)))
    # "said that the constitution must be rewritten": a demand, of no one in particular


def _subjunctive(clause: Token) -> bool:
    """A bare verb ("that Japan buy"), one the tagger took for a noun ("that the Taliban
    hand over"), or a bare passive ("that the dispute be put before mediators")."""
    if clause.tag_ in ("VB", "VBP", "NN") or (  # not "that the talks would go ahead"; "that
            clause.tag_ == "VBD" and clause.lower_ == clause.lemma_.lower()):  # Japan put"
        return not any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
    return clause.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ == "be"
                                        for c in clause.children)


def allegation_findings(coder: SentenceCoder, verb: Token) -> list[Finding] | None:
    """ "Hotak alleged the government is hiding the figures": alleging what someone does is
    accusing them, whatever the act (the clause's own event, if any, is settled by
    ``accusations``)."""
    said = best_pattern(coder.book, verb)
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if said is None or clause is None:
        return None
    if said.code.startswith(ACCUSE):
        return speaker_to_addressee(coder, verb, clause, said.code)
    if _own_deed(clause):
        return None  # "Russia claimed its forces captured the town": its own deed
    if _blaming(clause) or (verb.lemma_.lower() in CLAIMING and verb.i < clause.i
                            and _named_doer(coder, clause)):
        return speaker_to_addressee(coder, verb, clause, ACCUSE)
    return None  # "Ratcliffe claimed Iran spoofed e-mails"; "said the group was behind it";
    # "police rounded up dozens, the party claimed": a claim told after it names its source


def _named_doer(coder: SentenceCoder, clause: Token) -> bool:
    """The clause's subject names an actor ("Iran", "Democrats", "the army"), not a pronoun
    ("claimed they have support") or a thing ("claimed the drilling is lawful")."""
    doer = subject(clause)
    return doer is not None and doer.pos_ != "PRON" and (
        doer.pos_ == "PROPN" or coder.actors.sector_of(doer) is not None)


BLAME_WORDS = frozenset({"perpetrator", "culprit", "responsible", "behind", "guilty", "blame",
                         "mastermind", "organizer", "organiser", "instigator"})


def _blaming(clause: Token) -> bool:
    """A clause naming who did something wrong: "(said) the militia are the suspected
    perpetrators", "was behind the attack", "was responsible for the bombing"."""
    if clause.lemma_.lower() != "be":
        return False
    said = [c for c in clause.children if c.dep_ in ("attr", "acomp", "prep")]
    return any(c.lemma_.lower() in BLAME_WORDS for c in said)


def speaker_to_addressee(coder: SentenceCoder, verb: Token, clause: Token, code: str,
                          untold_ok: bool = False) -> list[Finding] | None:
    """The speaker's event (``code``) towards the one the reported clause is about: its
    subject, or the one told when that subject is a pronoun ("told the students that they
    must leave": the students). ``untold_ok``: with no actor there, the event has no target
    ("insists that the bill include money for the new dam")."""
    speakers = coder.subject_actors(speaker_of(verb))
    doer = subject(clause)
    if doer is not None and doer.pos_ == "PRON" and (addressee := child(verb, "dobj")):
        doer = addressee
    told: list[Resolved | None] = [t for t in coder.resolve_all(doer)
                                   if all(t.actor.code != s.actor.code for s in speakers)]
    if not told and untold_ok and doer is not None:  # "that a transition of power in Egypt
        told = _named_in(coder, doer, speakers)[:1]  # must begin": about Egypt
    said = best_pattern(coder.book, verb)
    untold = untold_ok and (doer is None or doer.pos_ != "PRON") and not told
    if not speakers or not (told or untold) or said is None:
        return None
    mode, speaker = trigger_mode(verb), reporting_verb(verb, coder.book)
    return [coder.finding(verb, said, s, t, mode, speaker, code=code)
            for s in speakers for t in (told or [None])]


def _named_in(coder: SentenceCoder, phrase: Token,
              speakers: list[Resolved]) -> list[Resolved | None]:
    """Actors named by proper names inside a noun phrase, not the speakers."""
    found = (coder.actors.resolve(t) for t in phrase.subtree if t.pos_ == "PROPN")
    return [r for r in found if r is not None
            and all(r.actor.code != s.actor.code for s in speakers)]


def accusations(coder: SentenceCoder, findings: list[Finding]) -> list[Finding]:
    """ "Officials alleged that the army took part in the killings": what an allegation
    says is the accuser's claim, so the event is the accusation of its doer (112)."""
    out: list[Finding] = []
    made = {(f.trigger.i, f.source.actor.code, f.target.actor.code) for f in findings
            if f.pattern.speech and f.source is not None and f.target is not None}
    for f in findings:
        said = best_pattern(coder.book, f.speaker) if f.speaker is not None else None
        accusers = coder.subject_actors(subject(f.speaker)) if f.speaker and said else []
        if said is None or f.speaker is None or f.source is None \
                or not _accusing(said, f, coder):
            out.append(f)
            continue
        # the alleged act is not kept as an event; with no accuser named, nothing is
        mode, outer = trigger_mode(f.speaker), reporting_verb(f.speaker, coder.book)
        for accuser in accusers:
            key = (f.speaker.i, accuser.actor.code, f.source.actor.code)
            if key not in made and accuser.actor.code != f.source.actor.code:
                made.add(key)
                out.append(coder.finding(f.speaker, said, accuser, f.source, mode, outer,
                                         code=ACCUSE if said.code.startswith("01") else said.code))
    return [f for f in out if not (f.pattern.speech and f.target is None and any(
        g.trigger.i == f.trigger.i and g.target is not None for g in out))]


ACCUSE = "112"
CLAIMING = frozenset({"claim", "contend"})  # "claimed that ISIL attacked Iraq": an accusation
CHARGED = frozenset({"commit-atrocity", "commit-massacre", "commit-cleansing", "violate-law",
                     "breach-law"})  # crimes, and breaking the law


def _accusing(said: VerbPattern, told: Finding, coder: SentenceCoder) -> bool:
    """An allegation (a 112 speech pattern), or a claim that someone used force or coercion;
    not a claim of the speaker's own deed ("claimed its forces captured the town"), nor one
    told after what it claims ("police rounded up dozens, the party claimed": a source)."""
    if said.code.startswith(ACCUSE):
        return True
    if told.pattern.id in CHARGED and told.speaker is not None \
            and told.speaker.i < told.trigger.i and told.trigger.head.i == told.speaker.i:
        return True  # "said Israel had committed war crimes": a charge, not a telling
    return said.lemma in CLAIMING and coder.book.cameo[told.code].quad_class == 4 \
        and not _own_deed(told.trigger) and told.speaker is not None \
        and told.speaker.i < told.trigger.i


def _own_deed(clause: Token) -> bool:
    """ "its forces captured", "their fighters shot down": the subject is the speaker's own."""
    doer = subject(clause)
    return doer is not None and any(c.dep_ == "poss" and c.pos_ == "PRON"
                                    for c in doer.children)


def settle_speech(findings: list[Finding]) -> list[Finding]:
    """Drop a plain speech event whose clause produced an event of its own; what the speech
    is as a demand, threat or accusation ("insisted that the US halt arms sales") stays."""
    said = [(f.speaker.i, in_relative(f.trigger)) for f in findings
            if f.speaker is not None and f.mode in ("reported", "asserted")
            and not (f.pattern.speech and f.code[:2] == "01" and in_background(f.trigger))]
    # "warned that ..., speaking on his weekly broadcast": how it was said is no content
    speakers_with_content = {i for i, relative in said if not relative}
    described = {i for i, relative in said if relative}  # "warned that police
    # would break up the marches that filled Belgrade": a warning is not about its marches
    # "announced the suspension of trade": the announced action is the event
    speakers_with_content |= {f.trigger.head.i for f in findings
                              if f.trigger.dep_ == "dobj" and f.trigger.pos_ == "NOUN"}
    speakers_with_content |= {f.trigger.head.head.i for f in findings
                              if announced_decision(f.trigger)}  # "announced its decision to"
    return [f for f in findings if not (f.pattern.speech and f.code == f.pattern.code and (
        f.trigger.i in speakers_with_content or (f.trigger.i in described
                                                 and f.code[:2] == "01")))]


def reported_speech(coder: SentenceCoder, sent: Span) -> Iterator[Said]:
    """Quote-worthy clauses: the complement of a speech verb, with its speaker."""
    doc = sent.doc
    for verb in sent:
        pattern = best_pattern(coder.book, verb)
        clause = reported_clause(verb) if pattern is not None and pattern.speech else None
        if clause is None:
            continue
        speakers = coder.resolve_all(speaker_of(verb))
        first, last = doc[clause[0]], doc[clause[1] - 1]
        text = doc[clause[0]:clause[1]].text.strip(" \"'“”‘’,")
        yield Said(verb, speakers[0] if speakers else None, text, first.idx,
                   last.idx + len(last))


def forecast(coder: SentenceCoder, warning: Token, source: Resolved | None) -> bool:
    """ "Russia warned that NATO expansion would lead to war": a gloomy forecast (012), not a
    threat; "warned that it would retaliate" (the warner or its state acts) and "warned Kyiv"
    threaten."""
    if warning.lemma_.lower() != "warn" or child(warning, "dobj", "nsubjpass") is not None:
        return False  # "warned Kyiv", "students were warned by the government"
    clause = child(warning, "ccomp")
    if clause is None or source is None or _pays(clause):
        return False
    doers = coder.resolve_all(subject(clause))
    if _own_deed(clause) and all(d.actor.country == source.actor.country for d in doers):
        return False  # "Hasina warned that her Awami League would launch street agitation"
    if on_condition_of_other(coder, clause, source, warning) \
            or _done_unnamed(coder, clause, source) \
            or (not doers and _unnamed_force(coder, clause, source)):
        return False
    return not any(d.actor.code == source.actor.code or _own_state(d.actor, source.actor)
                   for d in doers)


def _pays(clause: Token) -> bool:
    """ "warned that India would pay a heavy price": a price the warner means to exact."""
    return clause.lemma_.lower() == "pay" and any(c.lower_ in ("price", "dearly")
                                                  for c in clause.children)


def _done_unnamed(coder: SentenceCoder, clause: Token, source: Resolved) -> bool:
    """ "Police warned that workers who joined the strikes would be arrested": force with no
    doer named, that a warning state would use, is threatened ("the UN warned that civilians
    would be killed" stays a forecast)."""
    if not _wields_force(source.actor) or not is_passive(clause) \
            or child(clause, "agent") is not None:
        return False
    pattern = best_pattern(coder.book, clause)
    return pattern is not None and pattern.code[:2] in ("17", "18", "19")


def _unnamed_force(coder: SentenceCoder, clause: Token, source: Resolved) -> bool:
    """ "The police commissioner warned that officers would use force to break up marches":
    force by doers the coder cannot place, that the warner's state would use, is threatened."""
    if not _wields_force(source.actor):
        return False
    acts = (clause, *(c for c in clause.children if c.dep_ in ("xcomp", "advcl")))
    return any((p := best_pattern(coder.book, act)) is not None and p.code[:2] in ("17", "18",
                                                                                     "19")
               for act in acts)


TOLD = frozenset({"tell", "instruct"})
AUDIENCES = frozenset({"reporter", "journalist", "correspondent", "audience", "crowd",
                       "supporter", "listener", "viewer", "newspaper", "agency", "radio",
                       "television", "delegate", "parliament", "lawmaker", "meeting"})


def told_to(book: Codebook, verb: Token) -> str | None:
    """ "Britain told Iran to hand back the sailors": telling someone to act is demanding it
    (100, or the demand the act's code mirrors); telling reporters to expect news is not."""
    if verb.lemma_.lower() not in TOLD:
        return None
    told = child(verb, "dobj", "dative", "nsubjpass")  # "Ankara was told by Baghdad to"
    if told is None or told.lemma_.lower() in AUDIENCES:
        return None
    clause = next((c for c in verb.children if c.dep_ == "xcomp" and infinitive(c)), None)
    if clause is None:
        return None
    done = best_pattern(book, clause)
    return (book.mirrored("100", done.code) if done is not None else None) or "100"


VERDICTS = (("NEGLABEL", "111"), ("POSLABEL", "051"))  # "called it a disgrace" said plainly


Verdict = tuple[str, "Resolved | None"]


def verdict(book: Codebook, verb: Token, source: Resolved | None,
            resolve: Callable[[Token | None], list[Resolved]]) -> Verdict | None:
    """ "Germany said the Russian decision was unacceptable": saying that something is a word
    of condemnation criticizes it (111), a word of praise praises it (051); the code and whom
    the judged thing is of (the clause's subject), or None ("said it was not illegal")."""
    clause = child(verb, "ccomp")
    if verb.lemma_.lower() not in SAYING or clause is None or clause.lemma_.lower() != "be" \
            or child(clause, "neg") is not None:
        return None
    said = {w.lower_ for c in clause.children if c.dep_ in ("acomp", "attr")
            for w in (c, *c.conjuncts)}
    code = next((code for synset, code in VERDICTS
                 if said & set(book.synsets.get(synset, ()))), None)
    if code is None:
        return None
    if code == "111" and (thing := subject(clause)) is not None \
            and thing.lemma_.lower() in PROPOSALS:
        code = "120"  # "said Israel's proposed changes were unacceptable": rejecting them
    judged = [r for r in resolve(subject(clause))
              if source is None or r.actor.code != source.actor.code]
    return code, judged[0] if judged else None


PROPOSALS = frozenset({"proposal", "plan", "offer", "change", "term", "condition", "draft",
                       "formula", "initiative", "suggestion", "amendment", "compromise"})
FORCE_WIELDERS = frozenset({"", "GOV", "MIL", "COP", "SPY", "REB", "INS", "UAF"})


def _wields_force(actor: Actor) -> bool:
    """A state's own arms, or an armed group's ("ETA warned that resorts would be targeted")."""
    return actor.country is not None and (actor.sector or "")[:3] in FORCE_WIELDERS


def _own_state(doer: Actor, warner: Actor) -> bool:
    """ "A PLA officer warned China could impose a blockade", "Syria warned its army would
    hit back": the warner's own state or forces act (not "Trump warned Biden could")."""
    return doer.country == warner.country and _wields_force(doer)
