"""What earlier words a later one refers back to: pronouns ("it", "they", "he") and definite
group nouns ("the group", "the militant organisation") point at actors named before them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from flashpoint.stages.actor_words import PRONOUNS, agrees, is_plural

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from flashpoint.records import Actor

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
GROUP_NOUNS = frozenset({"group", "organization", "organisation", "movement", "militia",
                         "faction", "network", "outfit", "alliance", "bloc", "commission"})
GROUP_KINDS = frozenset({"armed_group", "party", "igo", "ngo"})
STATE_NOUNS = frozenset({"country", "nation", "kingdom", "republic"})


@dataclass(frozen=True, slots=True)
class Mention:
    """An explicit actor mention, kept as a possible antecedent for later references."""

    index: int
    sentence: int
    actor: Actor
    personal: bool
    plural: bool
    subject: bool


def _surname(head: Token) -> Span:
    """The last name a name ends with, hyphenated parts included ("Varga-Kelemen")."""
    doc, start = head.doc, head.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_:
        start -= 2
    return doc[start:head.i + 1]


@dataclass(slots=True)
class Antecedents:
    """The explicit actor mentions of one document, in order."""

    history: list[Mention] = field(default_factory=list)
    surnames: dict[str, Actor] = field(default_factory=dict)

    def add(self, actor: Actor, head: Token, personal: bool) -> None:
        self.history.append(Mention(head.i, head.sent.start, actor, personal, is_plural(head),
                                    head.dep_ in SUBJECTS))
        surname = _surname(head)
        if head.pos_ == "PROPN" and head.ent_type_ == "PERSON" and any(
                c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < surname.start
                for c in head.lefts):
            self.surnames[surname.text] = actor  # "Alexei Navalny" -> later "Navalny"

    def for_surname(self, head: Token) -> Actor | None:
        """A person named by surname alone after their full name ("Russian opposition leader
        Alexei Navalny ... Navalny was poisoned"; "Anna Varga-Kelemen ... Varga-Kelemen
        sued"): the same actor."""
        surname = _surname(head)
        if head.pos_ != "PROPN" or any(c.dep_ == "compound" and c.i < surname.start
                                       for c in head.lefts):
            return None
        return self.surnames.get(surname.text)

    def for_pronoun(self, token: Token) -> Actor | None:
        want = PRONOUNS.get(token.lower_)
        if want is None:
            return None
        before = [m for m in self.history if m.index < token.i
                  and agrees(want, m.personal, m.plural)]
        same = [m for m in before if m.sentence == token.sent.start]
        if (speaker := _announcer(token, same)) is not None:
            return speaker  # "the US warned Belgrade that it would impose sanctions": the US
        if same:  # "Moscow, which said it would": the nearest mention in the sentence
            return same[-1].actor
        previous = [m for m in before if m.sentence == max((b.sentence for b in before),
                                                           default=-1)]
        subjects = [m for m in previous if m.subject]
        chosen = (subjects or previous)[:1]
        return chosen[0].actor if chosen else None

    def for_group_noun(self, head: Token) -> Actor | None:
        """ "Islamic State ... the militant group that has seized ...": "the group" is the
        organisation last named before it (in this sentence or the one before)."""
        if head.lemma_.lower() not in GROUP_NOUNS or not any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children) \
                or (head.pos_ == "PROPN" and any(c.dep_ == "compound" for c in head.lefts)):
            return None  # "the United States Commission on X" is named, not referred to
        since = _previous_sentence_start(head)
        recent = [m for m in self.history if since <= m.sentence and m.index < head.i
                  and m.actor.kind in GROUP_KINDS]
        return recent[-1].actor if recent else None


    def for_state_noun(self, head: Token) -> Actor | None:
        """ "Costa Rica's foreign ministry announced that the country had extended
        recognition": "the country" doing something is the state last named before it (a
        place phrase, "across the country", is no doer and is left alone)."""
        if head.lemma_.lower() not in STATE_NOUNS or head.dep_ not in SUBJECTS or not any(
                c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children):
            return None
        since = _previous_sentence_start(head)
        recent = [m for m in self.history if since <= m.sentence and m.index < head.i
                  and m.actor.country and m.actor.kind == "state"]
        return recent[-1].actor if recent else None


OBLIGING = frozenset({"must", "should", "ought", "need"})  # "told Iran that it must stop"


def _announcer(token: Token, mentions: list[Mention]) -> Actor | None:
    """The subject of a "that" clause told to someone announces its own act: in "X warned Y
    that it would ...", "it" is X, the teller, not Y, the nearest name; a clause of duty
    ("told Y that it must ...") is the addressee's, and is left to the nearest mention. So is
    a teller's when the names since it all describe it ("The IMF, which has been negotiating
    with Jakarta, said it would lend": the IMF, not Jakarta)."""
    clause = token.head
    if token.dep_ != "nsubj" or clause.dep_ != "ccomp" or any(
            c.dep_ == "aux" and c.lower_ in OBLIGING for c in clause.children):
        return None
    teller = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    addressed = any(c.dep_ in ("dobj", "dative") for c in clause.head.children)
    found = [m for m in mentions if teller is not None and m.index == teller.i]
    if not found or teller is None:
        return None
    described = {t.i for t in teller.subtree}
    return found[0].actor if addressed or all(
        m.index in described for m in mentions if m.index > teller.i) else None


def _previous_sentence_start(head: Token) -> int:
    start = head.sent.start
    return head.doc[start - 1].sent.start if start > 0 else start
