"""The event coder: trigger words + the shape of their parse -> CAMEO events with actors.

For each token whose (part of speech, lemma) has verb patterns in the codebook, the most
specific pattern whose particle/object/preposition constraints hold wins. The source is the
acting subject (or the passive agent, or the owner of a noun trigger: "Russia's deployment"),
the target comes from the places the pattern names. Mode comes from ``modes``; speech verbs
turn their clause into a Quote, and stand as events themselves only when the clause holds none.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from flashpoint.codebook import Codebook, VerbPattern
from flashpoint.stages.actor_words import (
    in_a_title,
    named_other,
    only_doers,
    own_forces,
    same_actor,
    where_phrase,
)
from flashpoint.stages.actors import ActorBuilder, Resolved
from flashpoint.stages.arenas import about_markets, about_sport, kept_in_sport
from flashpoint.stages.arrivals import arrived_findings
from flashpoint.stages.captives import holders
from flashpoint.stages.carriers import carried
from flashpoint.stages.claims import (
    accusations,
    forecast,
    settle_speech,
    told_to,
    verdict,
)
from flashpoint.stages.clauses import for_clause, told_aside
from flashpoint.stages.concessions import conceded_code
from flashpoint.stages.conditions import conditional_threat
from flashpoint.stages.confidence import basis
from flashpoint.stages.consequences import speech_findings
from flashpoint.stages.escapes import escaped_findings
from flashpoint.stages.findings import (
    JOINT_DRILL,
    Finding,
    armed_storming,
    blamed_violence,
    described_in_another,
    foreground,
    joint_exercise,
    official_protest,
    protest_demands,
    recoded,
    said_or_met,
)
from flashpoint.stages.guesses import guessed_findings
from flashpoint.stages.mentions import addressee
from flashpoint.stages.modes import ASPECT_HEADS as ASPECTS
from flashpoint.stages.modes import conditional, trigger_mode, volitional
from flashpoint.stages.names import in_a_name
from flashpoint.stages.nonevents import no_event_here, office_exits
from flashpoint.stages.patterns import VIOLENT_ROOTS, best_pattern, covered_by_verb, target_anchors
from flashpoint.stages.places import crowd_country
from flashpoint.stages.plans import (
    STEP_ASIDE,
    decided_sanction,
    kept_plan,
    plan_pattern,
    possible_coercion,
    preparing_force,
    step_aside,
)
from flashpoint.stages.purposes import defiance_as_manner, inquiries_over_errands
from flashpoint.stages.rallies import rallied_findings
from flashpoint.stages.reports import reporting_doers, reporting_verb
from flashpoint.stages.roles import MUTUAL_LEMMAS, RoleFinder
from flashpoint.stages.sides import (
    CLAIMED,
    announced_act,
    battle_foe,
    carries_harm,
    claimed_acts,
    commanded_findings,
    lone_assailant,
    received_findings,
    state_agent,
    undergone_findings,
    violent_word,
)
from flashpoint.stages.syntax import (
    child,
    direct_object,
    is_passive,
    prep_objects,
    recipient,
    reduced_passive,
    speaker_of,
    subject,
    whom,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

PHRASE_DEPS = frozenset({"dobj", "dative", "prep", "agent", "attr", "oprd", "acomp"})
MIRRORED = frozenset({"020", "130", "030", "100"})  # generic appeal, threat, intent, demand
# several doers and no one else: "A and B met" is each with the other, "A and B condemned" not
MUTUAL_CODES = ("040", "041", "044", "046", "050", "057", "06")  # meet, negotiate, sign, ...
IMPLICIT_SOURCE_ROOTS = {"14": "OPP"}  # protests without named protesters: the opposition
IMPLICIT_TARGET_ROOTS = {"14": "GOV"}  # protests without a named target: the government
# property violence with no agent, in an article that reports protests: the protesters
IMPLICIT_RIOT_CODES = frozenset({"171", "1711", "1712", "145"})


class SentenceCoder(RoleFinder):
    """Codes the sentences of one document, keeping pronoun history across them."""

    def __init__(self, book: Codebook, actors: ActorBuilder, guess: bool = False) -> None:
        super().__init__(book, actors)
        self.protest_seen, self.guess = False, guess  # guess: the learned fallback (guesses.py)

    def code(self, sent: Span) -> list[Finding]:
        self.actors.remember_sentence(sent)
        findings = [f for t in sent for f in self._code_token(t) if not about_markets(t)]
        if about_sport(sent):  # "Brazil beat Argentina 2-1": a boycott or a ban still counts
            findings = [f for f in findings if kept_in_sport(
                f.code, f.pattern.id, f.source.actor if f.source else None)]
        self.protest_seen = self.protest_seen or any(
            f.code[:2] == "14" and f.mode in ("asserted", "reported") for f in findings)
        findings = office_exits(protest_demands(settle_speech(accusations(self, findings))))
        findings = foreground(described_in_another(self.book, blamed_violence(
            self.book, defiance_as_manner(inquiries_over_errands(self.book, findings)))))
        return findings + (guessed_findings(self, sent, findings) if self.guess else [])

    def _code_token(self, token: Token) -> Iterator[Finding]:
        modifier = token.pos_ in ("NOUN", "PROPN") and token.dep_ == "compound"
        if modifier or in_a_name(token) or in_a_title(token, self.actors.sector_of):
            return  # "protest leaders", "peace talks": a modifier; "Democratic Rally": a name
        for told_from in (received_findings, arrived_findings, escaped_findings):
            if (told := told_from(self, token)) is not None:  # "received weapons from Russia",
                yield from told  # "a UN convoy carrying flour reached Gorazde", "escaped
                return  # unhurt when a bomb exploded": the event told from another side
        pattern = step_aside(token) or best_pattern(self.book, token) \
            or plan_pattern(self.book, token)
        if pattern is None or pattern.codes_nothing or covered_by_verb(self.book, token, pattern) \
                or no_event_here(self.book, token, pattern):  # "killed in the earthquake"
            return
        yield from self.code_with(token, pattern)

    def code_with(self, token: Token, pattern: VerbPattern) -> Iterator[Finding]:
        """The events of ``token`` under the pattern that won it."""
        if token.pos_ == "NOUN" and (
                undergone := undergone_findings(self, token, pattern)) is not None:
            yield from undergone  # "faced criticism from the UN": the UN criticised
            return
        if (said := speech_findings(self, token, pattern)) is not None:
            yield from said  # a demand, a threat or an accusation made by speaking
            return
        sources = self._sources(token, pattern)
        if (ordered := commanded_findings(self, token, sources, pattern.code[:2] == "10")):
            yield from ordered  # "ordered its forces to hold their fire": the ceasefire
            return
        if pattern.code[:2] == "02" and (rallied := rallied_findings(self, token, pattern,
                                                                     sources)):
            yield from rallied  # "urged leaders to rally behind Morales": support rallied
            return
        targets: list[Resolved | None] = [*self._all_targets(token, pattern, sources)]
        if "whom" in pattern.targets and only_doers(
                [r for r in self.resolve_all(whom(token)) if r.how != "pronoun"], sources):
            return  # "wants Iran to return" asks; "wants to return", "helps it grow" do not
        mutual = pattern.phrase is not None and pattern.phrase.marks("%")
        joint = joint_exercise(pattern, sources)  # "US and Thai troops kicked off war games"
        if len(sources) > 1 and (mutual or joint or (only_doers(targets, sources) and (
                pattern.code.startswith(MUTUAL_CODES) or pattern.lemma in MUTUAL_LEMMAS))):
            yield from self._reciprocal(token, pattern, sources, joint)  # "A and B agreed",
            return  # "A and B postponed their meeting": each to the other
        yield from filter(kept_plan, self._pairs(token, pattern, sources, targets or [None]))
        if pattern.code == CLAIMED:
            yield from claimed_acts(self, token, sources)

    def _pairs(self, token: Token, pattern: VerbPattern, sources: list[Resolved | None],
               targets: list[Resolved | None]) -> Iterator[Finding]:
        mode, speaker = trigger_mode(token), reporting_verb(token, self.book)
        for source in sources:
            source = source or state_agent(self, token, pattern, targets) \
                or announced_act(self, token, pattern, targets) \
                or battle_foe(self, token, pattern) or lone_assailant(self, token, pattern)
            if source is None and not self._unknown_agent_ok(token, pattern, targets):
                continue
            for target in targets:
                if target is not None and source is not None \
                        and same_actor(source.actor, target.actor, self.book.people):
                    target = None  # "the president dismissed the government": not itself
                if code := ("114" if official_protest(token, pattern, source)  # "Beijing
                            else "190" if armed_storming(token, pattern, source) else None):
                    yield self.finding(token, pattern, source, target, mode, speaker, code)
                    continue  # protested"; "commandos stormed the residence"
                if target is None and source is not None:
                    target = self._implicit_target(pattern, source)
                    if target is not None and target.actor.code == source.actor.code:
                        continue  # "the president held a rally": no protest against itself
                yield self.finding(token, pattern, source, target, mode, speaker)
                if pattern.reverse and source is not None and target is not None:
                    yield self.finding(token, pattern, target, source, mode, speaker,
                                       code=pattern.reverse)  # "visited" -> "hosted"

    def _unknown_agent_ok(self, token: Token, pattern: VerbPattern,
                          targets: list[Resolved | None]) -> bool:
        """ "Three civilians were killed", "a bombing killed a soldier": a material action with
        a known victim is an event even when nobody is named as doing it (source unknown)."""
        quad = self.book.cameo[pattern.code].quad_class
        if quad not in (2, 4) or token.pos_ != "VERB" or not any(t is not None for t in targets):
            return False
        if reduced_passive(token):  # "soldiers killed in Ukraine", not "militiamen armed with"
            return pattern.code[:2] in VIOLENT_ROOTS \
                and not any(c.dep_ == "agent" for c in token.children)
        if is_passive(token):  # "was shot dead by a sniper", "killed by a roadside bomb"
            agents = [t for c in token.children if c.dep_ == "agent" for t in c.subtree]
            return not agents or (pattern.code[:2] in VIOLENT_ROOTS and any(
                self.violent_doer(t) for t in agents))
        doer = subject(token)  # "a roadside bombing killed", "a car packed with explosives"
        return doer is not None and (best_pattern(self.book, doer) is not None
                                     or self.violent_doer(doer) or carries_harm(self.book, doer))

    def violent_doer(self, word: Token) -> bool:
        return violent_word(self.book, self.actors, word)

    def complement(self, token: Token) -> tuple[Token, VerbPattern] | None:
        """ "asked Russia to send forces": the requested, threatened or promised action."""
        wanted = [c for c in token.children if c.dep_ in ("xcomp", "ccomp")]
        wanted += [g for c in wanted if c.lemma_.lower() in ASPECTS for g in c.children
                   if g.dep_ == "xcomp"]  # "vowed to keep fighting": the fighting
        for c in (*wanted, for_clause(token)):  # "called for Russia to withdraw"
            for act in (c, carried(c)):  # "vowed to inflict devastating strikes on"
                if act is not None and (pattern := best_pattern(self.book, act)):
                    return act, pattern
        return None

    def _all_targets(self, token: Token, pattern: VerbPattern,
                     sources: list[Resolved | None]) -> list[Resolved]:
        targets = holders(token, pattern.code, self.resolve_all) or self.targets_of(token, pattern)
        if targets or pattern.code not in MIRRORED:
            return targets
        if done := self.complement(token):  # "threatened to impose sanctions on Arvenia"
            targets = self.targets_of(*done)
        return targets or self._named_in_complement(token, sources)

    def _named_in_complement(self, token: Token,
                             sources: list[Resolved | None]) -> list[Resolved]:
        """A generic demand, threat, promise or appeal is aimed at the first other actor its
        complement names ("demanded that the US cancel...", "promised to continue aid to
        Mozambique", "threatened to stop talks if the United States...")."""
        doers = [s.actor for s in sources if s is not None]
        if len({d.code for d in doers}) > 1:  # "A and B agreed to share intelligence"
            return []
        words = [t for c in token.children if c.dep_ in ("xcomp", "ccomp") for t in c.subtree]
        return self._first_other(words, lambda r: r.actor.code not in {d.code for d in doers})

    def _mirrored(self, token: Token, pattern: VerbPattern) -> str:
        """A generic appeal/threat/intent takes the code of the action it is about."""
        complement = self.complement(token) if pattern.code in MIRRORED else None
        if complement is None:
            return pattern.code
        return decided_sanction(complement[0], complement[1].code) \
            or self.book.mirrored(pattern.code, complement[1].code) or pattern.code

    def _reciprocal(self, token: Token, pattern: VerbPattern, sources: list[Resolved | None],
                    joint: bool = False) -> Iterator[Finding]:
        mode, speaker = trigger_mode(token), reporting_verb(token, self.book)
        doers = [s for s in sources if s is not None]
        for source, other in ((s, o) for s in doers for o in doers):
            if other.actor.code != source.actor.code:
                yield self.finding(token, pattern, source, other, mode, speaker,
                                   code=JOINT_DRILL if joint else None)

    def finding(self, token: Token, pattern: VerbPattern, source: Resolved | None,
                 target: Resolved | None, mode: str, speaker: Token | None,
                 code: str | None = None) -> Finding:
        if code is None and pattern.code == "130" and forecast(self, token, source):
            code = "012"  # "warned that Russia could invade": a forecast, not a threat
        elif code is None and pattern.code in ("010", "012"):
            code = told_to(self.book, token) or conditional_threat(self, token, source)
            # "told Iran to hand back": a demand; "told Zambia it could halt lending unless"
            if code is None and (judged := verdict(self.book, token, source,
                                                   self._resolve_through)) is not None:
                code, target = judged[0], target or judged[1]  # "said it was unacceptable"
        code, intent = conceded_code(code or self._mirrored(token, pattern), token), None
        code = recoded(code, token, source, target)  # a riot; a mass expulsion; an agency out
        threat = possible_coercion(token, code)  # "said he may ban the opposition": a threat
        if mode == "hypothetical" and speaker is not None and (conditional(token) or threat) \
                and self._says_itself(speaker, source):
            mode = "future"  # "said it might pull out of the talks unless…": an announcement
        if mode == "future" and source is not None and token.pos_ == "VERB":
            intent = "150" if preparing_force(token, code) else (
                ((threat or conditional(token, threat=True)) and self.book.mirrored("130", code))
                or decided_sanction(token, code) or self.book.mirrored("030", code))
        elif mode == "negated" and source is not None and volitional(token):
            intent = code if pattern is STEP_ASIDE else self.book.mirrored("120", code)
            # "will not release": a refusal; "will not seek another term": stepping aside
        if intent is None and mode == "future" and code[:2] in ("03", "12", "13"):
            intent = code  # "would be ready to host": stating an intent is the event; "would
            # press on with the walkout despite appeals": announcing defiance is defying; "will
            # make Hanoi pay dearly": a threat
        if intent is not None:
            code, mode = intent, "asserted"
            if speaker is not None and not self._says_itself(speaker, source):
                mode = "reported"
        elif speaker is not None and mode == "asserted":
            mode = "reported"
        facts = basis(self.book, pattern, code, source, target, mode, token)
        return Finding(token, pattern, code, source, target, mode, speaker, facts,
                       self.book.confidence.score(facts))

    def _context_actor(self, sector: str, token: Token) -> Resolved:
        """Unnamed protesters are of where the protest is (``places.crowd_country``)."""
        placed = [r.actor.country for r in self.resolve_all(next(prep_objects(token, "in"), None))]
        country = crowd_country(token.sent, placed, self.actors.place_country,
                                self.actors.default_country)
        return Resolved(self.actors.state(country, sector, token.text), "context")

    def _implicit_target(self, pattern: VerbPattern, source: Resolved) -> Resolved | None:
        """A government: the text's country's, when the protesters are told only by context."""
        sector = IMPLICIT_TARGET_ROOTS.get(pattern.code[:2])
        country = (source.how == "context" and self.actors.default_country) or source.actor.country
        return Resolved(self.actors.state(country, sector, ""), "context") \
            if sector is not None and country else None

    def _says_itself(self, speaker: Token, source: Resolved | None) -> bool:
        said_by = self.resolve_all(speaker_of(speaker))
        def same(one: Resolved, other: Resolved) -> bool:  # a state, or one organisation:
            a, b = one.actor, other.actor  # "IGOUNOELI" (a former UN chief) is the UN's
            return a.country == b.country if a.country or b.country else \
                a.code.startswith(b.code) or b.code.startswith(a.code)
        return source is not None and any(same(s, source) for s in said_by)

    def _sources(self, token: Token, pattern: VerbPattern) -> list[Resolved | None]:
        found = self._marked(token, pattern, "$") or self._doers(token, pattern) \
            or reporting_doers(token, pattern, self.book, self.resolve_all)
        if not found and self.protest_seen and pattern.code in IMPLICIT_RIOT_CODES:
            found = [self._context_actor("OPP", token)]
        if not found and (sector := IMPLICIT_SOURCE_ROOTS.get(pattern.code[:2])):
            found = [self._context_actor(sector, token)]
        return list(found) if found else [None]

    def targets_of(self, token: Token, pattern: VerbPattern) -> list[Resolved]:
        if marked := self._marked(token, pattern, "+"):
            return marked
        obj = direct_object(token) if token.pos_ == "VERB" else next(prep_objects(token, "of"),
                                                                      None)
        for anchor in target_anchors(token, obj):  # "suspension of trade with X"
            if anchor is not None and (found := self._targets_at(anchor, token, pattern)):
                return found
        noun = best_pattern(self.book, obj) if obj is not None and token.pos_ == "VERB" else None
        if obj is not None and noun is not None and noun.pos == "NOUN" \
                and (found := self._targets_at(obj, obj, noun)):
            return found  # "ordered an investigation against X": where the noun's target is
        found = self._object_targets(token) if pattern.objects and token.pos_ == "VERB" else []
        if found or token.pos_ != "VERB":
            return found
        return self._named_after(token, pattern) \
            or addressee(token, pattern.code, self._resolve_through)

    def _named_after(self, token: Token, pattern: VerbPattern) -> list[Resolved]:
        """The first other actor named after a verb ("suspended a military aid program for
        Bosnia"), not in what a speech verb reports ("stated that the forces include units
        from Belarus"), a finite relative clause ("a coalition which Australia joined") or
        where a statement was made or doers met ("spoke in Doha", "A and B met in Vienna");
        named, not the doers' own. A condition counts: "would walk away from the talks if
        Israel resumed building" is aimed at Israel."""
        doers = [r.actor for r in self.subject_actors(subject(token))]
        words = [t for c in token.rights if c.dep_ in PHRASE_DEPS or not pattern.speech
                 for t in c.subtree]
        aside = {t.i for w in words if told_aside(w)
                 or (where_phrase(w) and said_or_met(pattern, doers)) for t in w.subtree}
        return self._first_other([w for w in words if w.i not in aside],
                                 lambda r: named_other(r, doers))

    def _targets_at(self, anchor: Token, token: Token, pattern: VerbPattern) -> list[Resolved]:
        """Targets named at ``anchor``: the trigger, or its object ("held talks with X")."""
        for spec in pattern.targets:
            if anchor.i != token.i and not spec.startswith("pobj:") and spec != "dative":
                continue
            heads: list[Token | None]
            if spec == "dobj":
                if pattern.objects or token.pos_ != "VERB":
                    continue
                heads = [direct_object(anchor)]
            elif spec == "dative":  # "to" on the object; "X was granted asylum"; the dative
                heads = [child(anchor, "dative") if anchor.pos_ == "VERB" else None,  # of a
                         *prep_objects(anchor, "to"), recipient(anchor)]  # verb ("sent X a plea")
            elif spec.startswith("pobj:"):
                heads = list(prep_objects(anchor, spec[5:]))
            elif spec == "after" and anchor.i == token.i:  # PETRARCH's: the first actor after
                heads = [self._first_after(token)]
            elif spec == "whom" and anchor.i == token.i:  # "wants Iran to return"
                heads = [whom(token)]
            else:
                continue
            found = [r for h in heads for r in self._resolve_through(h)]
            if found:
                return found
        return []

    def _object_targets(self, token: Token) -> list[Resolved]:
        """In object patterns the object is the target when it is someone else ("expelled the
        Arvenian ambassador", "police arrested protesters"), not the source's own forces
        ("Russia deployed Russian troops")."""
        sources = [r.actor for r in self.resolve_all(subject(token))]
        return [r for r in self._resolve_through(direct_object(token))
                if (r.how in ("name", "sector") or r.actor.sector not in ("MIL", "COP"))
                and not any(own_forces(s, r.actor) for s in sources)]

