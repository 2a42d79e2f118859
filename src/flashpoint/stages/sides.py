"""Doers the subject does not name.

- Events told from the side of the one they happen to: "Israel faced criticism from the UN",
  "the convoy came under fire from Serb forces", "rebels received weapons from Russia". The one
  named after "from" or "by" (or owning the noun: "faced Chinese sanctions") does the event,
  and the grammatical subject is its target. Which nouns each verb may carry this way is
  limited by CAMEO root, so that "won the war" or "got a call" keep their own reading.
- Claims of responsibility: "the Houthis claimed responsibility for the attack" is the attack.
- Legal and administrative acts with no agent: "Chirac was convicted" is done by the courts,
  "a curfew was imposed in Lhasa" by the government of the place, "a military tribunal
  convicted four Peruvian rebels" by Peru's; "police said two suspects were arrested", by the
  police of the state that tells it.
- Orders to one's own forces: "Skopje ordered its forces to hold their fire" is the ceasefire.
- Armed strangers: an armed person or a weapon nobody is named behind ("was shot dead by a
  sniper", "a car bomb killed") makes a violent event whose doer the pipeline gives to the
  unidentified armed forces (UAF) of the place.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from flashpoint.stages.actor_words import own_forces, phrase_text
from flashpoint.stages.actors import ActorBuilder, Resolved
from flashpoint.stages.departures import expelled_findings
from flashpoint.stages.dispatches import sent_to_violence
from flashpoint.stages.figurative import spoken_fire
from flashpoint.stages.modes import conditional, trigger_mode
from flashpoint.stages.patterns import VIOLENT_ROOTS, applicable, best_pattern
from flashpoint.stages.places import where_country
from flashpoint.stages.reports import reporting_verb
from flashpoint.stages.syntax import child, is_passive, prep_objects, speaker_of, subject

if TYPE_CHECKING:
    from spacy.tokens import Token

    from flashpoint.codebook import Codebook, VerbPattern
    from flashpoint.stages.events import SentenceCoder
    from flashpoint.stages.findings import Finding

ANY = ("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14",
       "15", "16", "17", "18", "19", "20")
HOSTILE = ("10", "11", "12", "13", "14", "16", "17", "18", "19", "20")
VIOLENT = ("17", "18", "19", "20")
# verb -> the CAMEO roots of the nouns it undergoes ("drew criticism", "won praise")
UNDERGO = {"face": HOSTILE, "receive": ANY, "get": ANY, "obtain": ("07",),
           "draw": ("05", "11", "14"), "attract": ("05", "11", "14"), "provoke": ("11", "14"),
           "win": ("03", "05", "07"), "earn": ("05", "07"), "garner": ("05", "07"),
           "suffer": (*VIOLENT, "16"), "endure": VIOLENT, "sustain": VIOLENT,
           "encounter": HOSTILE, "incur": ("11", "16"), "survive": VIOLENT,
           "escape": ("18",)}
# verb + preposition before the noun: "came under attack", "was subjected to torture"
UNDER = {("come", "under"): HOSTILE, ("fall", "under"): HOSTILE, ("be", "under"): HOSTILE,
         ("subject", "to"): (*VIOLENT, "16"), ("expose", "to"): VIOLENT,
         ("meet", "with"): ("11", "12", "14", "19")}
# "received arms from X" is "X gave arms": the giving verb's patterns code what is received
RECEIVING = frozenset({"receive", "get", "obtain", "secure", "accept"})
GIVER = "give"
STATE_AGENTS = {"116": "JUD", "173": "COP",  # convicted, arrested: by whom, unsaid
                # curfews, emergency rule and bans imposed or lifted: by the government
                "172": "GOV", "1721": "GOV", "1722": "GOV", "1723": "GOV", "1724": "GOV",
                "081": "GOV", "0811": "GOV", "0812": "GOV", "0813": "GOV", "0814": "GOV",
                "075": "GOV",  # "was granted asylum in Sweden": by its government
                # "inspectors were allowed into Libyan weapons sites": by Libya's government
                "086": "GOV", "0861": "GOV", "0862": "GOV", "0863": "GOV"}
STATE_ORGANS = frozenset({"JUD", "COP", "MIL", "GOV", "SPY"})  # "a military tribunal convicted"
JUDGING = frozenset({"sentence", "indict", "prosecute", "try", "convict", "acquit"})
CLAIMED = "015"  # claim responsibility
COMMANDS = frozenset({"order", "instruct", "command", "direct"})
HARMS = "HARMS"  # the synset of weapons and blasts that kill ("killed by a roadside bomb")
MISHAPS = "MISHAPS"  # the synset of words that make a blast an accident ("a gas explosion")


def undergoing_verb(noun: Token) -> tuple[Token, tuple[str, ...]] | None:
    """The verb through which ``noun``'s event happens to that verb's subject, and the CAMEO
    roots it allows."""
    head = noun.head
    if noun.dep_ == "dobj" and (roots := UNDERGO.get(head.lemma_.lower())):
        return head, roots
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        roots = UNDER.get((head.head.lemma_.lower(), head.lower_))
        if roots is not None and (head.lower_ != "with" or is_passive(head.head)):
            return head.head, roots  # "was met with protests", not "met with Putin"
    return None


def undergone_findings(coder: SentenceCoder, noun: Token,
                       pattern: VerbPattern) -> list[Finding] | None:
    """The findings for a noun trigger carried by an undergoing verb; None when the noun is
    not carried that way (the coder then reads it as usual)."""
    found = undergoing_verb(noun)
    if found is None or not pattern.code.startswith(found[1]):
        return None
    return _done_to_subject(coder, found[0], noun, spoken_fire(coder, found[0], noun, pattern))


def received_findings(coder: SentenceCoder, verb: Token) -> list[Finding] | None:
    """ "Rebels received weapons from Russia": Russia gave them (the giving verb's code)."""
    if verb.lemma_.lower() not in RECEIVING or verb.pos_ != "VERB":
        return None
    giving = [p for p in coder.book.patterns("VERB", GIVER)
              if p.objects and not p.particle and p.phrase is None and applicable(p, verb)]
    obj = child(verb, "dobj")
    if not giving or obj is None:
        return None
    pattern = max(giving, key=lambda p: (p.specificity, -len(p.objects)))
    return _done_to_subject(coder, verb, obj, pattern, need_doer=True)


def _done_to_subject(coder: SentenceCoder, verb: Token, noun: Token, pattern: VerbPattern,
                     *, need_doer: bool = False) -> list[Finding] | None:
    """Findings of the pattern's code from the noun's doers to the verb's subject."""
    undergoers = coder.subject_actors(child(verb, "nsubjpass") if is_passive(verb)
                                      else subject(verb))
    doers: list[Resolved | None] = [
        d for d in _doers(coder, verb, noun)
        if all(d.actor.code != u.actor.code for u in undergoers)]
    material = pattern.code[:2] in VIOLENT
    if not undergoers or (not doers and (need_doer or not material)):
        return None
    mode, speaker = trigger_mode(verb), reporting_verb(verb, coder.book)
    code = pattern.code  # "Belarus faces EU sanctions unless it frees ...": a threat of them
    if conditional(verb, threat=True) and pattern.code[:2] in HOSTILE and doers:
        code = coder.book.mirrored("130", pattern.code) or code
    return [coder.finding(noun, pattern, d, u, mode, speaker, code=code)
            for d in doers or [None] for u in undergoers]


def _doers(coder: SentenceCoder, verb: Token, noun: Token) -> list[Resolved]:
    """Who does it: the noun's owner ("Chinese sanctions"), else whoever is named after
    "from" or "by", on the noun or on the verb."""
    for c in noun.lefts:
        if c.dep_ in ("poss", "amod", "compound", "nmod") and not coder.actors.town(c) \
                and (owner := coder.actors.resolve(c)) is not None:
            return [owner]
    for head in (noun, verb):
        for prep in ("from", "by"):
            if found := coder.resolve_all(next(prep_objects(head, prep), None)):
                return found
    return []


def claimed_acts(coder: SentenceCoder, verb: Token,
                 sources: list[Resolved | None]) -> Iterator[Finding]:
    """ "The Houthis claimed responsibility for the attacks": besides the claim, the claimant
    did the attacks."""
    obj = child(verb, "dobj")
    noun = next(prep_objects(verb, "for"), None) or (
        next(prep_objects(obj, "for"), None) if obj is not None else None)
    act = best_pattern(coder.book, noun) if noun is not None else None
    if noun is None or act is None or act.code[:2] not in VIOLENT:
        return
    mode = trigger_mode(verb)
    targets: list[Resolved | None] = [*coder.targets_of(noun, act)] or [None]
    for source in (s for s in sources if s is not None):
        for target in targets:
            yield coder.finding(noun, act, source, target, mode, None)


def violent_word(book: Codebook, actors: ActorBuilder, word: Token) -> bool:
    """An armed person or a weapon, though no actor we can place ("a sniper", "a bomb": the
    synset HARMS in verbs/synsets.tsv), unless words of the synset MISHAPS make it an accident
    ("a gas explosion at a coal mine")."""
    found = best_pattern(book, word)
    if actors.sector_of(word) is not None or (found is not None and found.code[:2] in VIOLENT[1:]):
        return True
    mishap = set(book.synsets.get(MISHAPS, ()))
    return word.lower_ in book.synsets.get(HARMS, ()) and not any(
        t.lower_ in mishap for t in word.subtree)


def carries_harm(book: Codebook, head: Token) -> bool:
    """A vehicle or person carrying a weapon ("a car packed with explosives"), not an accident
    ("a tanker carrying gas exploded" names no weapon)."""
    harms, mishaps = set(book.synsets.get(HARMS, ())), set(book.synsets.get(MISHAPS, ()))
    words = {t.lower_ for t in head.subtree if t.i != head.i}
    return bool(words & harms) and not words & mishaps


def armed_doer(book: Codebook, actors: ActorBuilder, verb: Token) -> bool:
    """Whether a verb's agent or subject names an armed person or a weapon ("was shot dead by
    a sniper", "a car bomb killed"); "civilians were killed" names no doer."""
    if verb.pos_ != "VERB":
        return False
    agent = child(verb, "agent") if is_passive(verb) else subject(verb)
    return agent is not None and any(violent_word(book, actors, t) for t in agent.subtree)


def state_agent(coder: SentenceCoder, verb: Token, pattern: VerbPattern,
                targets: list[Resolved | None]) -> Resolved | None:
    """ "Chirac was convicted", "the men were detained": with no agent named, the courts or
    the police of the place it happened in, else of the state whose official tells it ("police
    confirmed that two suspects were arrested") when it was done to someone else's people,
    else of the one it was done to."""
    sector = STATE_AGENTS.get(pattern.code)
    if sector is not None and verb.lemma_.lower() in JUDGING:
        sector = "JUD"  # "was sentenced to ten years": by a court, though the code is 173
    if sector is None or trigger_mode(verb) != "asserted" or (any(
            c.dep_ == "agent" for c in verb.children) and not pattern.code.startswith("086")):
        return None  # not "a Hamas member jailed a year ago", nor "would be indicted"; "let
    # into Haiti by the country's rulers": whoever they are, Haiti's
    if child(verb, "nsubjpass") is None:  # "a military tribunal convicted": its organ
        doer = subject(verb)
        sector = coder.actors.sector_of(doer) if doer is not None else None
        if sector not in STATE_ORGANS:
            return None
    target = next((t for t in targets if t is not None), None)
    undergoer = child(verb, "nsubjpass")  # "martial law in Beijing was lifted"
    heads = (verb, undergoer, child(verb, "dobj"), child(verb, "advmod"))  # "back into"
    places = [p for head in heads if head is not None
              for prep in ("in", "into") for p in prep_objects(head, prep)]  # "was given
    # asylum in Zimbabwe", "were let into Iraq"
    placed = next((c for c in (_country_at(coder, p) for p in places) if c), "")
    told = _speaker_state(coder, verb)
    teller = told.actor.country if told is not None else None  # "China said two Canadians
    done_to = target.actor.country if target else None  # had been detained": China's police
    country = placed or (teller if teller and teller != done_to else done_to) or ""
    return Resolved(coder.actors.state(country, sector, ""), "context") if country else None


BATTLES = frozenset({"battle", "gunbattle", "clash", "fighting", "firefight", "gunfight",
                     "skirmish", "shootout", "fight", "confrontation", "encounter", "exchange"})


def battle_foe(coder: SentenceCoder, verb: Token, pattern: VerbPattern) -> Resolved | None:
    """ "Sixteen soldiers were killed in a gun battle with border guards", "were wounded
    after being attacked by protesters": with no agent named, the side the victims fought
    did it."""
    if pattern.code[:2] not in VIOLENT_ROOTS or verb.pos_ != "VERB" \
            or any(c.dep_ == "agent" for c in verb.children):
        return None
    for done in (c for p in verb.children if p.dep_ == "prep" and p.lower_ == "after"
                 for c in p.children if c.dep_ == "pcomp" and is_passive(c)):
        if found := [r for a in prep_objects(done, "by") for r in coder.resolve_all(a)]:
            return found[0]  # "were wounded after being attacked by protesters"
    for fight in (*prep_objects(verb, "in"), *prep_objects(verb, "during")):
        if fight.lemma_.lower() not in BATTLES:
            continue
        sides = [*prep_objects(fight, "with"),  # "an exchange of fire with"
                 *(o for f in prep_objects(fight, "of") for o in prep_objects(f, "with"))]
        found = [r for side in sides for r in coder.resolve_all(side)]
        if found:
            return found[0]
    return None


# people a sentence names by what they are, not by a role ("a man", "a teenager"), or by
# the violence alone ("a gunman")
LONE_PEOPLE = frozenset({"man", "woman", "teenager", "youth", "person", "individual",
                         "suspect", "boy", "gunman", "shooter", "assailant", "attacker",
                         "knifeman"})


def lone_assailant(coder: SentenceCoder, verb: Token, pattern: VerbPattern) -> Resolved | None:
    """ "A man stabbed three people in London": a person nobody names who does violence is an
    unidentified attacker of the place it happens in, as "a gunman" is; else of the story's
    country."""
    if pattern.code[:2] not in VIOLENT_ROOTS or verb.pos_ != "VERB" or is_passive(verb):
        return None
    doer = subject(verb)
    if doer is None or doer.lemma_.lower() not in LONE_PEOPLE or doer.i in coder.actors.hits:
        return None
    lookup = coder.actors.place_country
    country = (where_country(verb.sent, lookup) if lookup is not None else None) \
        or coder.actors.default_country
    if country is None:
        return None
    return Resolved(coder.actors.state(country, "UAF", phrase_text(doer, None)), "context")


def _country_at(coder: SentenceCoder, place: Token) -> str:
    """The country of a place named after "in": an actor's, else the gazetteer's ("Lhasa")."""
    found = next((r.actor.country for r in coder.resolve_all(place) if r.actor.country), "")
    if found or place.pos_ != "PROPN" or coder.actors.place_country is None:
        return found
    name = " ".join(t.text for t in place.subtree if t.pos_ == "PROPN" and t.i <= place.i)
    return coder.actors.place_country(phrase_text(place, None)) \
        or coder.actors.place_country(name) or ""  # "riot-hit Ahmedabad": Ahmedabad


def _speaker_state(coder: SentenceCoder, verb: Token) -> Resolved | None:
    """The state whose official reports the clause ("a police spokesman said ..."), if any."""
    speaker = reporting_verb(verb, coder.book)
    if speaker is None:
        return None
    said = next(iter(coder.subject_actors(speaker_of(speaker))), None)  # "the president's
    if said is None or said.actor.kind != "state" or not said.actor.country:  # office": his
        return None
    return said


# cooperation a state announces in the passive ("talks will be held", "aid will be flown in")
ANNOUNCED_ROOTS = frozenset({"04", "05", "06", "07", "08"})


def announced_act(coder: SentenceCoder, verb: Token, pattern: VerbPattern,
                    targets: list[Resolved | None]) -> Resolved | None:
    """ "The British teacher will be freed within days, a presidential adviser in Khartoum
    said", "talks with Pakistan will be held next month, the ministry said": a release or
    other cooperation (``ANNOUNCED_ROOTS``) announced in the passive, with no one named to do
    it and someone it is done to, is the speaker's state's to make."""
    if pattern.code[:2] not in ANNOUNCED_ROOTS or not is_passive(verb) \
            or any(c.dep_ == "agent" for c in verb.children) or trigger_mode(verb) != "future" \
            or not any(t is not None for t in targets):
        return None  # the cheap tests first: this runs for every act with no doer found
    said = _speaker_state(coder, verb)
    if said is None:
        return None
    return Resolved(coder.actors.state(said.actor.country, said.actor.sector or "GOV", ""),
                    "context")


def commanded_findings(coder: SentenceCoder, verb: Token, sources: list[Resolved | None],
                       demanded: bool = True) -> list[Finding] | None:
    """ "Macedonia ordered its forces to hold their fire", "ordered his troops to withdraw
    from Kuwait": a state that orders its own forces or people to act does the act; the order
    is how it does it. ``demanded``: the verb's pattern is a demand (10), so that an order that
    something be done ("ordered the party dissolved") is done by the orderer as well; under a
    row of another code ("ordered foreign forces out") only the first rule applies."""
    done = coder.complement(verb) if verb.lemma_.lower() in COMMANDS else None
    told = child(verb, "dobj")
    forces = [r.actor for r in coder.resolve_all(told)]
    doers = [s for s in sources if s is not None and (_own_people(told) or (
        forces and all(own_forces(s.actor, f) for f in forces)))]
    if done is None or not doers:
        if not demanded:
            return sent_to_violence(coder, verb, sources)
        return expelled_findings(coder, verb, sources) or _ordered_done(coder, verb, sources)
    act, pattern = done
    targets: list[Resolved | None] = [
        t for t in coder.targets_of(act, pattern)
        if not any(own_forces(d.actor, t.actor) for d in doers)] or [None]
    mode, speaker = trigger_mode(verb), reporting_verb(verb, coder.book)
    return [coder.finding(act, pattern, d, t, mode, speaker) for d in doers for t in targets]


OWN_PEOPLE = frozenset({"staff", "aide", "official", "officer", "subordinate", "minister",
                        "agency", "department", "administration", "team", "envoy", "diplomat",
                        "cabinet", "government", "ministry", "commander", "ambassador",
                        "supporter", "follower", "loyalist"})
BARE_FORCES = frozenset({"troop", "soldier", "army", "force", "police", "warship", "navy"})


def _own_people(told: Token | None) -> bool:
    """ "ordered his staff to delay the aid", "instructed its diplomats to leave": the
    orderer's own people, whom no actor names; so are forces no name or owner is given ("Putin
    orders troops to pull back from the border")."""
    if told is None:
        return False
    if told.lemma_.lower() in BARE_FORCES:
        return all(t.pos_ not in ("PROPN", "PRON") and t.dep_ != "poss"
                   and (t.is_sent_start or not t.text[:1].isupper()) for t in told.subtree)
    return told.lemma_.lower() in OWN_PEOPLE and any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in told.children)


def _ordered_done(coder: SentenceCoder, verb: Token,
                  sources: list[Resolved | None]) -> list[Finding] | None:
    """ "The court ordered the party dissolved", "ordered the journalists expelled": whoever
    orders something done to someone does it (a participle, not "to" + a verb)."""
    if verb.lemma_.lower() not in COMMANDS:
        return None
    act = next((c for c in verb.children if c.dep_ == "ccomp" and c.tag_ in ("VBN", "VBD")
                and not any(a.dep_ in ("aux", "auxpass") for a in c.children)), None)
    undergoer = child(act, "nsubj") if act is not None else child(verb, "dobj")
    if act is None and undergoer is not None:
        act = next((c for c in undergoer.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
    pattern = best_pattern(coder.book, act) if act is not None else None
    doers = [s for s in sources if s is not None]
    if act is None or pattern is None or pattern.codes_nothing or not doers \
            or pattern.code[:2] in ("01", "02"):
        return None
    targets: list[Resolved | None] = [*coder.resolve_all(undergoer)] or [None]
    mode, speaker = trigger_mode(verb), reporting_verb(verb, coder.book)
    return [coder.finding(act, pattern, d, t, mode, speaker) for d in doers for t in targets]
