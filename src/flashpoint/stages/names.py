"""Codebook names found in a parsed document: every span that a codebook name matches.

Names are matched case-insensitively, all-caps abbreviations ("UN", "WHO") case-sensitively;
a span may name several things ("Georgia"), and ``NameHit.best`` prefers a person, then an
organisation, a capital or metonym, a country and last a demonym. A place or group name that
no codebook name matches but that is one typing slip from exactly one country name or demonym
("Ethopia", "Phillippines", "Quatar") codes as that country.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from flashpoint.codebook import ActorName, Codebook
from flashpoint.gazetteer import fold_name
from flashpoint.stages.actor_words import WHERE_PREPS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc, Span, Token

NAME_PRECEDENCE = {"person": 0, "organization": 1, "metonym": 2, "country": 3, "adjective": 4}


@dataclass(frozen=True, slots=True)
class NameHit:
    start: int
    end: int
    names: tuple[ActorName, ...]

    @property
    def best(self) -> ActorName:
        return min(self.names, key=lambda n: NAME_PRECEDENCE[n.what])


@dataclass(frozen=True, slots=True)
class Matchers:
    lower: PhraseMatcher
    exact: PhraseMatcher


DOTTED = {"UN ": "U.N. ", "US ": "U.S. ", "UK ": "U.K. ", "EU ": "E.U. "}


def _surface_forms(surface: str) -> list[str]:
    """A name as written, without "the", and with a leading "UN"/"US" written "U.N."/"U.S."
    ("U.N. High Commissioner for Human Rights")."""
    forms = [surface]
    if surface.lower().startswith("the "):
        forms.append(surface[4:])
    if (dotted := DOTTED.get(surface[:3])) is not None:
        forms.append(dotted + surface[3:])
    return forms


@lru_cache(maxsize=4)
def build_matchers(book: Codebook, nlp: Language) -> Matchers:
    """PhraseMatchers over every codebook name (all-caps abbreviations match case-sensitively)."""
    from spacy.matcher import PhraseMatcher

    lower = PhraseMatcher(nlp.vocab, attr="LOWER")
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    for key, entries in book.names.items():
        for form in _surface_forms(entries[0].surface):
            if form.startswith("the "):
                continue
            doc = nlp.make_doc(form)
            target = exact if form.isupper() and len(form) <= 6 else lower
            target.add(key, [doc])
    return Matchers(lower, exact)


def find_names(doc: Doc, book: Codebook, matchers: Matchers,
               is_place: Callable[[str], bool] | None = None) -> dict[int, NameHit]:
    """Token index -> the codebook name covering it (longest match wins). With ``is_place``
    (the gazetteer), misspelt country names are found too, but never a known place name."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    spans = []
    for matcher in (matchers.exact, matchers.lower):
        for match_id, start, end in matcher(doc):
            span = Span(doc, start, end, label=match_id)
            if (_capitalised(span) or _named_lower_case(span, book)) \
                    and not in_a_sea_name(doc, start, end) \
                    and not _leaning(doc, start) and not _regional(doc, start, end):
                spans.append(span)
    hits: dict[int, NameHit] = {}
    for span in filter_spans(spans):
        names = _as_used(span, book.names.get(span.label_, ()))
        if not names or _someone_else(doc, span.start, span.end, names, book):
            continue
        hit = NameHit(span.start, span.end, names)
        for i in range(span.start, span.end):
            hits[i] = hit
    if is_place is not None:
        _add_slips(doc, book, hits, is_place)
    return hits


# prepositions before a capital that make it where, not who ("a court in Brussels", "recalled
# its ambassador from Brussels", "flew to Brussels")
PLACE_PREPS = WHERE_PREPS | {"to", "into", "through"}


def _as_used(span: Span, names: tuple[ActorName, ...]) -> tuple[ActorName, ...]:
    """A capital that also names a body ("Brussels": the EU's institutions) names the body
    when it acts ("Brussels froze aid"), and stays the capital where it is a place or a
    modifier ("a court in Brussels", "Brussels police")."""
    if not any(n.what == "metonym" for n in names) \
            or not any(n.what == "organization" for n in names):
        return names
    root = span.root
    placed = (root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS) \
        or root.dep_ in ("compound", "amod", "nmod")
    return tuple(n for n in names if n.what != "organization") if placed else names


def _add_slips(doc: Doc, book: Codebook, hits: dict[int, NameHit],
               is_place: Callable[[str], bool]) -> None:
    for token in doc:
        if token.i not in hits and (names := misspelt_country(token, book)) \
                and not is_place(token.text):
            hits[token.i] = NameHit(token.i, token.i + 1, names)


def _someone_else(doc: Doc, start: int, end: int, names: tuple[ActorName, ...],
                  book: Codebook) -> bool:
    """A surname alias after another first name is someone else: "Andrew Johnson" is not
    Boris Johnson ("Prime Minister Johnson" and "Mr Johnson" still are); so is a one-word
    alias before another name ("Yunus Yosfiah" is not Muhammad Yunus). An article ("al-",
    "el-") is looked past: "Turki al-Maliki" is not Nouri al-Maliki."""
    if end - start != 1 or not all(n.what == "person" for n in names):
        return False
    start -= _article_length(doc, start)
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    if before is not None and _spelt_otherwise(before.text, names):
        return False  # "Atal Behari Vajpayee": his own first name, spelt another way
    return (before is not None and _other_name(before, book)
            and before.lower_.rstrip(".") not in ("mr", "mrs", "ms", "dr", "sir", "lord", "lady")) \
        or (after is not None and _other_name(after, book) and after.ent_type_ == "PERSON")


def _spelt_otherwise(word: str, names: tuple[ActorName, ...]) -> bool:
    """Whether a word is one of the people's own names in another spelling ("Behari" for
    "Bihari", "Abdalla" for "Abdalá"): the same first letter and most letters in common."""
    from difflib import SequenceMatcher

    folded = fold_name(word)
    return len(folded) >= 4 and any(
        part[:1] == folded[:1] and SequenceMatcher(None, folded, part).ratio() >= 0.8
        for n in names for part in fold_name(n.key).split())


NAME_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul", "ud"})


def _article_length(doc: Doc, start: int) -> int:
    """How many tokens of an article stand before a surname: 2 for "al-", 1 for "al"."""
    if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in NAME_ARTICLES:
        return 2
    return 1 if start >= 1 and doc[start - 1].lower_ in ("al", "el") else 0


def _other_name(word: Token, book: Codebook) -> bool:
    return word.pos_ == "PROPN" and word.text[:1].isupper() \
        and word.lemma_.lower() not in book.sectors


def _leaning(doc: Doc, start: int) -> bool:
    """ "pro-Russian separatists", "anti-American protesters": a stance, not whose they are."""
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in ("pro", "anti")


def _regional(doc: Doc, start: int, end: int) -> bool:
    """ "fellow South American leaders", "Latin American governments": a region, not the
    United States."""
    return end - start == 1 and doc[start].lower_ in ("american", "americans") and start > 0 \
        and doc[start - 1].lower_ in ("south", "latin", "central", "north")


SEA_WORDS = frozenset({"sea", "gulf", "ocean", "strait", "straits", "bay", "channel",
                       "peninsula"})


def in_a_sea_name(doc: Doc, start: int, end: int) -> bool:
    """A country's name inside a sea's is no actor: "the South China Sea", "the Indian
    Ocean", "the Sea of Japan", "the Gulf of Oman", "the Korean Peninsula"."""
    def sea(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].lower_ in SEA_WORDS and doc[i].text[:1].isupper()

    return sea(end) or (start >= 2 and doc[start - 1].lower_ == "of" and sea(start - 2))


def _capitalised(span: Span) -> bool:
    """A name as written: capitalised ("Chad", not "chad"), or a lower-case particle leading
    capitalised words ("al-Qaeda", "bin Laden", "de Mistura")), or a slip of the shift key
    inside one word ("iSrael": no common word is written so)."""
    words = [t.text for t in span if t.text[:1].isalpha()]
    return bool(words) and (words[0][:1].isupper() or (len(words) > 1
                            and all(w[:1].isupper() for w in words[1:]))
                            or (len(words) == 1 and _shift_slip(words[0])))


# what the tagger's entities say a word in lower case names ("tunisian rioters", "egypt")
NAMED_LOWER = {"country": {"GPE", "LOC"}, "adjective": {"NORP", "GPE"}, "capital": {"GPE"},
               "person": {"PERSON"}}


def _named_lower_case(span: Span, book: Codebook) -> bool:
    """A country, its people or capital, or a person written in lower case, where the tagger
    takes every word for such a name ("attacked tunisian rioters", "police in egypt", "met
    president putin"), not a word that only looks like one ("ate turkey")."""
    kinds = {n.what for n in book.names.get(span.label_, ())}
    return all(t.text.islower() for t in span) and any(
        all(t.ent_type_ in NAMED_LOWER.get(kind, ()) for t in span) for kind in kinds)


def _shift_slip(word: str) -> bool:
    """ "iSrael", "rUSSIA": lower-case first letter, capitals after it, letters only."""
    return word.isalpha() and len(word) > 3 and any(c.isupper() for c in word[1:])


MIN_SLIP_LENGTH = 6  # shorter names are too close to ordinary words and to each other


def misspelt_country(token: Token, book: Codebook) -> tuple[ActorName, ...]:
    """The one country whose name or demonym ``token`` misspells by one letter dropped,
    one added or two neighbours swapped ("Ethopia", "Quatar", "Nigeira"); () when none or
    several do. A changed letter is not a slip here: it makes other real names ("Roland")."""
    text = token.text
    if len(text) < MIN_SLIP_LENGTH or not text.isalpha() or not text[0].isupper() \
            or token.pos_ != "PROPN":
        return ()
    word, index = text.lower(), _slip_index(book)
    found = {name for form in _deletions(word) for name in index.get(form, ())
             if _slip(word, name.surface.lower())}
    if len({n.key for n in found}) != 1:
        return ()
    return tuple(sorted(found, key=lambda n: NAME_PRECEDENCE[n.what]))


def _deletions(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}


def _slip(word: str, name: str) -> bool:
    if abs(len(word) - len(name)) == 1:
        return True  # the shared deletion is the dropped or added letter
    if len(word) != len(name) or word == name:
        return False
    apart = [i for i in range(len(word)) if word[i] != name[i]]
    return len(apart) == 2 and apart[1] == apart[0] + 1 \
        and word[apart[0]] == name[apart[1]] and word[apart[1]] == name[apart[0]]


@lru_cache(maxsize=4)
def _slip_index(book: Codebook) -> dict[str, tuple[ActorName, ...]]:
    """Every one-letter deletion of every one-word country name and demonym -> the names."""
    index: dict[str, list[ActorName]] = {}
    for entries in book.names.values():
        for name in entries:
            surface = name.surface.lower()
            if name.what in ("country", "adjective") and surface.isalpha() \
                    and len(surface) >= MIN_SLIP_LENGTH - 1:
                for form in _deletions(surface):
                    index.setdefault(form, []).append(name)
    return {form: tuple(names) for form, names in index.items()}


NAME_ENTITIES = frozenset({"ORG", "FAC", "WORK_OF_ART", "LAW", "PRODUCT"})


def in_a_name(token: Token) -> bool:
    """A capitalised word inside a longer name ("the Democratic Rally", "Capitol Hill
    Occupied Protests", "the Peace Treaty Act"): part of what something is called, no event."""
    if not token.text[:1].isupper() or token.i == token.sent.start:
        return False
    if token.ent_type_ not in NAME_ENTITIES:
        return _unnamed_name(token)
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.ent_iob_ == "I" or (following is not None and following.ent_iob_ == "I")


def _unnamed_name(token: Token) -> bool:
    """A name the entity tagger missed: a capitalised proper noun with a capitalised modifier
    or a capitalised "for"/"of" phrase ("the Congolese Rally for Democracy")."""
    if token.pos_ != "PROPN":
        return False
    return any(c.dep_ == "compound" and c.text[:1].isupper() for c in token.lefts) or any(
        c.dep_ == "prep" and c.lower_ in ("for", "of") and any(
            o.dep_ == "pobj" and o.text[:1].isupper() for o in c.children)
        for c in token.children)
