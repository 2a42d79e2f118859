"""Words and small parse helpers the actor rules use: sector labels, pronoun words, and how a
noun phrase's text, kind and preposition objects are read (titles: ``stages/titles.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashpoint.records import Actor

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from spacy.tokens import Token

    from flashpoint.codebook.model import SectorWord
    from flashpoint.stages.actors import Resolved
    from flashpoint.stages.names import NameHit

STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
SECTOR_LABELS = {"GOV": "Government", "MIL": "Military", "COP": "Police", "OPP": "Opposition",
                 "ELI": "Former leaders", "JUD": "Judiciary", "LEG": "Legislature",
                 "REB": "Rebels", "INS": "Insurgents", "CVL": "Civilians", "MED": "Media",
                 "CRM": "Criminals", "UAF": "Armed groups", "BUS": "Business"}
FORMER = frozenset({"former", "ex", "ousted", "late", "deposed", "exiled"})
PARTITIVE_HEADS = frozenset({"unit", "member", "part", "group", "delegation", "contingent",
                             "representative", "head", "chief", "leader", "spokesman",
                             "spokeswoman", "spokesperson", "secretariat", "envoy", "dozen",
                             "hundred", "thousand", "million", "number", "score", "couple",
                             "supporter", "follower", "loyalist", "backer", "sympathizer",
                             "sympathiser", "partisan", "activist", "fighter", "militant",
                             "official", "nation", "country", "state", "kingdom", "republic",
                             "column", "convoy", "battalion", "company", "platoon", "squad",
                             "detachment", "wave", "batch", "team", "wing", "branch",
                             "faction", "observer", "monitor", "inspector", "mission",
                             # "the general manager of Abu Dhabi Media": whose they are
                             "manager", "director", "chairman", "chairwoman", "chairperson",
                             "boss", "founder", "winger", "thug", "cadre", "henchman", "goon"})
# "observers from the OSCE", "a team from the IAEA": sent by whom they come from
SENT_FROM = frozenset({"observer", "monitor", "inspector", "mission", "team", "delegation",
                       "envoy", "representative", "official", "member", "expert"})
DIASPORA_HEADS = frozenset({"americans", "canadians", "australians", "britons", "brits",
                            "new zealanders"})
RELATIVE = frozenset({"which", "who", "that", "whom"})
# "a spokesman for the PMF", "a lawyer for Navalny": whom they speak for is whose they are
SPEAKS_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney",
                        "negotiator", "representative"})
PRONOUNS = {"he": "person", "him": "person", "his": "person", "she": "person", "her": "person",
            "it": "thing", "its": "thing", "they": "plural", "them": "plural",
            "their": "plural"}


def kind_of(sector: str | None) -> str:
    """By the sector's first three letters (an own dictionary's "GOVFRM" is a state's)."""
    sector = sector[:3] if sector else None
    if sector is None or sector in STATE_SECTORS:
        return "state"
    if sector in ("REB", "INS", "UAF"):
        return "armed_group"
    return {"PTY": "party", "NGO": "ngo", "IGO": "igo"}.get(sector, "person_group")


def phrase_text(head: Token, hit: NameHit | None) -> str:
    keep = ("compound", "amod", "poss", "nmod", "det", "nummod", "case", "punct")
    left = min([head.i, *(c.left_edge.i for c in head.lefts if c.dep_ in keep)])
    right = max(head.i, hit.end - 1 if hit else head.i)
    return head.doc[left:right + 1].text


def prep_object(head: Token, preps: tuple[str, ...]) -> Token | None:
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in preps:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def descriptions(head: Token) -> list[tuple[Token, str]]:
    """What may say who an unknown name is, in order, with how it says it: an apposition or
    a "who was" clause describes ("Ana Ruiz, Peru's leading rights lawyer"; a proper-noun
    one is a title, which says no more than whose it is: "Tom Ray, Trump's Special Envoy");
    a person's "of" or the office the verb gives ("resigned as governor of X") places, and
    needs more than a country ("Joe Ray of Texas" is no one's official)."""
    of = prep_object(head, ("of",)) if head.ent_type_ == "PERSON" else None
    office = prep_object(head.head, ("as",)) if head.dep_ == "nsubj" and head.ent_type_ in (
        "PERSON", "ORG", "") else None  # the tagger takes some names for organisations
    was = [a for r in head.children if r.dep_ == "relcl" and r.lemma_ == "be"
           for a in r.children if a.dep_ == "attr"]
    appositions = [(c, "title" if c.pos_ == "PROPN" else "describes")
                   for c in head.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")]
    return [*appositions, *((c, "places") for c in (of, office) if c is not None),
            *((a, "describes") for a in was)]


def is_personal(head: Token) -> bool:
    return head.ent_type_ == "PERSON" or head.lemma_.lower() in PERSON_WORDS


def agrees(want: str, personal: bool, plural: bool) -> bool:
    if want == "person":
        return personal
    if want == "thing":
        return not personal and not plural
    return plural or not personal


COLLECTIVES = frozenset({"group", "organization", "organisation", "coalition", "alliance",
                         "movement", "faction", "militia", "union", "association", "network",
                         "watchdog", "federation", "committee"})

# offices that act for their state even when named with "a" ("a federal judge dismissed")
OFFICES = frozenset({"judge", "court", "tribunal", "spokesman", "spokeswoman", "spokesperson"})

# head words of a body's own name that make it a non-governmental organization: "the Henry
# Dunant Centre", "the Association of African Jurists" (not "Council", "Commission" or
# "Committee", which states name their organs with too)
BODIES = frozenset({"centre", "center", "association", "organization", "organisation",
                    "foundation", "institute", "society", "network", "watch", "coalition",
                    "federation", "trust"})


def named_body(head: Token, hits: Mapping[int, NameHit]) -> Actor | None:
    """A body the codebook does not know, named by its own capitalised name ending in a word
    of ``BODIES``: an NGO, of the country a name inside it says ("the Kenyan Human Rights
    Network": KENNGO), else of none ("NGO")."""
    if head.pos_ != "PROPN" or not head.text[:1].isupper() or head.i in hits \
            or head.lemma_.lower() not in BODIES or head.ent_type_ not in ("ORG", "FAC", "") \
            or head.dep_ == "compound":  # "the Democratic Society Party": a party
        return None
    inside = [hits[t.i].best for t in head.subtree if t.i in hits]
    country = next((n.key for n in inside if n.what in ("country", "adjective")), None)
    text = phrase_text(head, None)
    return Actor(text, (country or "") + "NGO", country, "NGO", "ngo", text)


def named_elsewhere(head: Token, hits: Mapping[int, NameHit], country: str | None) -> bool:
    """Whether the sentence names ``country`` outside this phrase (then it is likely the target,
    not who an unknown name in the phrase belongs to); a capital named as a place does not count
    ("attacked shoppers at a market in London, then ran towards London Bridge"), nor, for an
    unknown person who is the subject, a demonym ("Tom Reed said the British people ...")."""
    inside = {t.i for t in head.subtree}
    sent = head.sent  # once: spaCy finds a token's sentence by walking the parse
    speaker = head.ent_type_ == "PERSON" and head.dep_ == "nsubj"
    return any(i not in inside and hit.best.key == country
               and not (speaker and sent.doc[i].dep_ == "amod")  # "... the British people"
               and not (hit.best.what == "metonym" and _as_place(sent.doc[i]))
               for i, hit in hits.items() if sent.start <= i < sent.end)


def _as_place(word: Token) -> bool:
    """ "in London", "London Bridge", "a bid from Real Madrid": where, or inside a name."""
    return (word.dep_ == "pobj" and word.head.lower_ in WHERE_PREPS - {"from"}) \
        or (word.dep_ == "compound" and word.head.pos_ == "PROPN")


def indefinite_singular(head: Token) -> bool:
    """ "a student" names nobody in particular; "the police", "protesters" do, and so does "a
    rights group" (a body that acts as one: who it is, the story names as well as it can), and
    an office that acts for its state ("a federal judge dismissed the lawsuit", "a government
    spokesman said")."""
    lemma = head.lemma_.lower()
    return head.tag_ == "NN" and lemma not in COLLECTIVES and lemma not in OFFICES and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "any", "some") for c in head.children)


def is_plural(head: Token) -> bool:
    """ "FARC", "UNITA" end in S but are one group: an acronym is not plural ("it")."""
    return head.tag_ in ("NNS", "NNPS") and not (head.text.isupper() and len(head.text) > 1)


PERSON_WORDS = frozenset({"president", "minister", "leader", "spokesman", "spokeswoman",
                          "official", "chancellor", "king", "queen", "premier", "ambassador",
                          "envoy", "general", "commander", "secretary", "governor", "mayor",
                          "speaker", "chief", "prosecutor", "judge", "emir", "prince",
                          "sheikh", "senator", "lawmaker", "negotiator", "adviser", "advisor",
                          "chairman", "chairwoman", "diplomat", "monarch", "dictator"})


LEADING = frozenset({"lead", "operate", "run", "command"})  # "Saudi-led", "CIA-operated"


def led_by(modifier: Token, hits: dict[int, NameHit]) -> Token:
    """ "Saudi-led forces", "a CIA-operated drone": who leads it stands for the modifier."""
    if modifier.dep_ == "amod" and modifier.lemma_.lower() in LEADING:
        return next((g for g in modifier.lefts if g.i in hits), modifier)
    return modifier


def partitive_of(head: Token) -> Token | None:
    """ "units of Russian forces", "dozens of protesters", "two of them": the "of" phrase that
    names who a partitive head is."""
    of = prep_object(head, ("of",))
    if of is not None and (head.lemma_.lower() in PARTITIVE_HEADS or head.like_num):
        return of
    sender = prep_object(head, ("from",))
    return sender if sender is not None and head.lemma_.lower() in SENT_FROM else None


def only_doers(targets: list[Resolved | None], sources: list[Resolved | None]) -> bool:
    """No target but the doers themselves (none at all, or "their meeting")."""
    doers = {s.actor.code for s in sources if s is not None}
    return all(t is not None and t.actor.code in doers for t in targets)


def own_forces(source: Actor, obj: Actor) -> bool:
    if obj.code == source.code:
        return True
    return (obj.country == source.country and obj.sector in ("MIL", "COP")
            and source.kind == "state" and source.sector in (None, "GOV", "MIL"))


def same_actor(one: Actor, other: Actor, people: Mapping[str, object]) -> bool:
    """One code, and not two people the codebook tells apart ("Bloomberg backed his
    former rival, Joe Biden": both USAELI, yet two actors)."""
    return one.code == other.code and not (
        one.name != other.name and one.name in people and other.name in people)


def named_other(found: Resolved, doers: list[Actor]) -> bool:
    """A target found by looking around (not where a pattern says): named or a sector word,
    not guessed from the article, and not the doers' own country or forces."""
    return found.how in ("name", "sector") and not any(
        own_forces(d, found.actor) or (d.country and d.country == found.actor.country)
        for d in doers)


WHERE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "around", "across",
                         "throughout", "within", "from"})
SIDELINES = frozenset({"sideline", "margin", "fringe"})  # "on the sidelines of a NATO summit"


def where_phrase(head: Token) -> bool:
    """ "A rally in Lagos", "met on the sidelines of a summit": where, not an actor."""
    return head.dep_ == "pobj" and (head.head.lower_ in WHERE_PREPS or (
        head.head.lower_ == "of" and head.head.head.lemma_.lower() in SIDELINES))


def of_phrase(head: Token, *, bare: bool = False) -> str:
    """ " of state" for "Secretary of State", " of defence" for "Minister of Defence";
    ``bare``: the object alone (" of parliament" for "speaker of the Kenyan parliament")."""
    obj = prep_object(head, ("of",))
    if obj is None or obj.i - head.i > 4:
        return ""
    words = [c for c in obj.lefts if c.dep_ in ("compound", "amod") and not bare] + [obj]
    return " of " + " ".join(w.lemma_.lower() for w in words)


def in_a_title(token: Token, sector_of: Callable[[Token], str | None]) -> bool:
    """An event noun inside someone's title ("Kurt Volker, the special envoy for Ukraine
    negotiations"; "Special Envoy to the intervention against ISIL"): no event. Only for a
    title that names a person, not one that is acted on ("sent an envoy to the talks")."""
    prep = token.head
    if token.pos_ != "NOUN" or token.dep_ != "pobj" or prep.lower_ not in ("for", "to"):
        return False
    title = prep.head
    return (title.dep_ in ("appos", "nsubj", "nsubjpass") or title.pos_ == "PROPN") \
        and sector_of(title) is not None


# heads whose sector is their group's, when a compound names it ("student leaders")
ROLE_HEADS = frozenset({"leader", "chief", "head", "official", "member", "representative",
                        "spokesman", "spokeswoman", "spokesperson", "delegate", "commander",
                        # "opposition supporters", "government loyalists": whose they are
                        "supporter", "follower", "loyalist", "sympathizer", "sympathiser",
                        # "a rebel movement", "student groups", "opposition coalition"
                        "movement", "group", "faction", "coalition", "alliance", "front",
                        "bloc", "organisation", "organization",
                        "department",  # "the police department": police, not government
                        # "police bulldozers", "army trucks": machines act for their users
                        # (warplanes and helicopters are armed forces' own sector words)
                        "bulldozer", "truck", "lorry", "jeep", "vehicle", "van", "boat",
                        "patrol", "convoy"})
# the people around one person, who speak and act for them: "the Trump campaign", "Putin's team"
ENTOURAGE = frozenset({"campaign", "camp", "team", "entourage"})


def loyal_to(head: Token) -> Token | None:
    """Whom those "loyal to" someone fight for: "militants loyal to bin Laden"."""
    loyal = next((c for c in head.children if c.dep_ == "amod" and c.lower_ == "loyal"), None)
    return prep_object(loyal, ("to",)) if loyal is not None else None


def owns_head(what: object, head: Token) -> bool:
    """Whether a name of this kind before ``head`` says whose it is: a demonym, country or
    organisation; a person's entourage ("the Trump campaign"); a metonym's officer ("the
    Palestinian Authority chairman", "a Kremlin spokesman")."""
    lemma = head.lemma_.lower()
    return what in ("adjective", "country", "organization") \
        or (what == "person" and lemma in ENTOURAGE) \
        or (what == "metonym" and lemma in PERSON_WORDS)


def _capitalised_name(token: Token) -> bool:
    """A proper noun as written ("West Bank"), not a lower-case word the tagger took for one
    ("the Kyrgyz justice ministry")."""
    return token.pos_ == "PROPN" and token.text[:1].isupper()


def sector_word(head: Token, sectors: Mapping[str, SectorWord],
                named: Mapping[int, object]) -> str | None:
    """The sector a noun phrase's words name ("police", "Kazakh president", "Secretary of
    State"); ``named`` holds the tokens of codebook names, which are no sector words."""
    if head.pos_ == "PROPN" and (head.i == head.sent.start or head.tag_ == "NNPS") \
            and head.text[1:].islower():  # "Guerrillas ambushed", "Republican Senators"
        found = sectors.get(head.lower_) or sectors.get(head.lower_.removesuffix("s"))
        if found is not None:
            return found.sector
    if head.pos_ == "NUM" and head.dep_ in ("dobj", "nsubjpass") and head.ent_type_ in (
            "CARDINAL", "") and prep_object(head, ("of",)) is None \
            and not any(c.pos_ == "SYM" or c.tag_ == "$" for c in head.subtree):
        return "CVL"  # "killing four", "two were arrested": people, however many
    words = [c for c in head.lefts if c.dep_ in ("compound", "amod") and c.i not in named]
    if head.lemma_.lower() in ROLE_HEADS:  # "student leaders", "church officials": whose
        named_after = any(c.dep_ == "appos" for c in head.children)  # "militant group Hamas"
        users = [c for c in head.lefts if c.dep_ == "nmod"]  # "police and council bulldozers"
        for word in (w for w in [*words, *users] if w.dep_ != "amod" or not named_after):
            if (group := sectors.get(word.lemma_.lower())) is not None:
                return group.sector
    if head.tag_ == "NNS" and head.lower_ != head.lemma_.lower() \
            and (plural := sectors.get(head.lower_)) is not None:
        return plural.sector  # a plural-only entry: "Duma deputies", not "his deputy"
    # a name of several capitalised words ("the West Bank") is a sector only as a whole
    whole = _capitalised_name(head) and any(_capitalised_name(w) for w in words)
    for tail in dict.fromkeys((of_phrase(head), of_phrase(head, bare=True), "")):
        # "Secretary of State", "speaker of the Kenyan parliament", then "secretary"
        for start in range(1 if whole else len(words) + 1):
            phrase = " ".join([*(w.lemma_.lower() for w in words[start:]),
                               head.lemma_.lower()]) + tail
            entry = sectors.get(phrase) if phrase != tail else None
            if entry is not None:
                return entry.sector
    return None


# sectors whose bare members belong where they are ("protesters in Shanghai", "gunmen seized
# two Britons in Grozny"); soldiers and officials travel, so they keep the article's country
LOCAL_SECTORS = frozenset({"CVL", "LAB", "AGR", "EDU", "UAF", "REB", "INS", "CRM", "OPP", "COP"})


def located(head: Token, lookup: Callable[[str], str | None] | None,
            hits: Mapping[int, NameHit]) -> str | None:
    """The country of a place a sector word is of, in or from ("the mayor of Nablus",
    "police in the city of Mosul", "Lagos police"), by the gazetteer."""
    if lookup is None:
        return None
    obj = prep_object(head, ("of", "in", "from")) or next(
        (prep_object(c, ("in",)) for c in head.rights if c.dep_ == "acl"
         and c.lemma_.lower() == "base"), None)  # "a group based in Trinidad"
    if obj is not None and obj.pos_ == "NOUN":
        obj = prep_object(obj, ("of",))  # "the city of Mosul"
    if obj is None:
        obj = _place_before(head)
        if obj is None:
            return None
    elif obj.pos_ != "PROPN":
        return None
    if obj.i in hits:  # "a group based in Trinidad": the country, not a town of that name
        return hits[obj.i].best.key if hits[obj.i].best.what == "country" else None
    return lookup(phrase_text(obj, None).removeprefix("the ").removeprefix("The "))


def _place_before(head: Token) -> Token | None:
    """ "Lagos police", "Karachi's police chief": a capitalised place name before the sector
    word (the tagger may call "Lagos" a common noun, a possessive city an organization)."""
    for child in head.lefts:
        if child.dep_ == "compound" and child.pos_ == "NOUN":
            found = _place_before(child)  # "Karachi's police chief": the chief's police
            if found is not None:
                return found
        entity = ("GPE", "LOC", "ORG") if child.dep_ == "poss" else ("GPE", "LOC")
        if child.dep_ in ("compound", "poss", "nmod") and child.text[:1].isupper() \
                and child.ent_type_ in entity:
            return child
    return None


def residence(head: Token, people: str, hits: Mapping[int, NameHit]) -> str | None:
    """An ethnic group is coded by the country it lives in (CAMEO): "Bosnian Serbs",
    "the Albanians of southern Serbia", "Kurds in Iraq"; but "Chinese Americans" live in
    the United States (there the first word says where they come from)."""
    if head.lower_ in DIASPORA_HEADS:
        return None
    places = [c for c in head.lefts if c.dep_ in ("amod", "compound", "nmod")]
    places += [o for o in (prep_object(head, ("of", "in")),) if o is not None]
    for place in places:
        hit = hits.get(place.i)
        if hit is not None and hit.best.what in ("adjective", "country") \
                and hit.best.key != people:
            return hit.best.key
    return _ethnic_home(head, people, hits)


def _ethnic_home(head: Token, people: str, hits: Mapping[int, NameHit]) -> str | None:
    """ "Ethnic Albanians ... near Macedonia's border", "ethnic Turks ... Sweden's
    decision": a people called ethnic lives in the other country the sentence names."""
    words = [head, *(t for t in head.lefts if t.i in hits)]
    if not any(c.lower_ == "ethnic" for w in words for c in w.lefts):
        return None
    others = sorted((abs(i - head.i), hit.best.key) for i, hit in hits.items()
                    if head.sent.start <= i < head.sent.end and hit.best.key != people
                    and hit.best.what in ("country", "adjective", "metonym"))
    return others[0][1] if others else None
