"""A parse repair for a sentence that opens with a participle clause ("Insisting that it
would not act as a border guard for Israel, Lebanon on Thursday again rejected a call by the
United Nations ..."; "Angered by a spate of raids, Nigeria's deputy foreign minister called in
Niger's ambassador ...").

The small parser often misreads such a sentence as a whole: the participle becomes the subject
of the main verb, or the name after the comma becomes a second name for the last noun of the
clause, and the main clause is left with no doer. Parsed on its own, the main clause comes out
right. So, when the opening participle does not hang on a verb after the comma that has a
subject, the clause after the comma and the opening clause are parsed apart and their trees
grafted back into the sentence, the opening clause hanging on the main verb as the adverbial
clause it is. Nothing changes unless the main clause parsed alone has a verb with a subject,
and only the sentence's own tags, lemmas, heads and labels are rewritten (its words and named
entities stay)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

FRONTED = "flashpoint_fronted_clause_v1"
STEPS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer",
         "flashpoint_irregular_past_v1")
OPENERS = frozenset({"VBG", "VBN"})  # "Insisting ...", "Angered by ..."
COMMAS_TRIED = 3  # "Angered by raids in Kano, Kaduna and Zaria, the minister ..."
SUBJECTS = ("nsubj", "nsubjpass")

# (first token, parsed tokens) of one part of a sentence, to graft back
Part = tuple[int, list["Token"]]


def parse_alone(nlp: Language, text: str) -> Doc:
    """``text`` tagged, parsed and lemmatised on its own (no entities, no repairs)."""
    doc = nlp.make_doc(text)
    for name, step in nlp.pipeline:
        if name in STEPS:
            doc = step(doc)
    return doc


class FrontedClause:
    """The pipeline component: see the module docstring."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def parse_alone(self, text: str) -> Doc:
        return parse_alone(self.nlp, text)

    def __call__(self, doc: Doc) -> Doc:
        grafts = [g for sent in doc.sents if (g := self._regrafted(sent)) is not None]
        if grafts:
            _write(doc, grafts)
        return doc

    def _regrafted(self, sent: Span) -> tuple[Part, Part] | None:
        opener = sent[0]
        if opener.tag_ not in OPENERS or not opener.is_title:
            return None
        commas = [t for t in sent[2:-3] if t.text == ","][:COMMAS_TRIED]
        if not commas or _well_parsed(opener, commas[0]):
            return None
        for comma in commas:
            main = _aligned(self.parse_alone(_capitalised(comma, sent)), comma.i + 1, sent.end,
                            sent.doc)
            if main is not None and _has_doer(main):
                clause = _aligned(self.parse_alone(sent.doc[opener.i:comma.i].text), opener.i,
                                  comma.i, sent.doc)
                if clause is None or clause[0].dep_ != "ROOT":
                    return None  # "Training with Kopassus was resumed by ...": a subject
                return (comma.i + 1, main), (opener.i, clause)
        return None


def _well_parsed(opener: Token, comma: Token) -> bool:
    """The opening clause hangs on a word after the comma that has a subject, and no word
    after the comma hangs on one before it."""
    head = next((a for a in opener.ancestors if a.i > comma.i), None)
    after = opener.sent[comma.i + 1 - opener.sent.start:]
    return head is not None and any(c.dep_ in SUBJECTS for c in head.children) \
        and all(t.head.i > comma.i for t in after)


def _capitalised(comma: Token, sent: Span) -> str:
    text = sent.doc[comma.i + 1:sent.end].text
    return text[:1].upper() + text[1:]


def _aligned(alone: Doc, start: int, end: int, doc: Doc) -> list[Token] | None:
    """The tokens of the part parsed alone, if they are the sentence's own, one for one, and
    make one sentence."""
    words = [t.lower_ for t in doc[start:end]]
    if [t.lower_ for t in alone] != words or len(list(alone.sents)) != 1:
        return None
    return list(alone)


def _has_doer(tokens: list[Token]) -> bool:
    """The part parsed alone is a clause that opens with its verb's subject ("Lebanon on
    Thursday rejected ...", not "Kenya, on Tuesday, the Sudanese government consented": the
    rest of a place's name, "in Machakos, Kenya,")."""
    if len(tokens) > 1 and tokens[1].text == ",":
        return False
    return any(t.dep_ in SUBJECTS and t.left_edge.i == 0 and t.head.pos_ in ("VERB", "AUX")
               and t.head.tag_ != "VBG" and "ROOT" in (t.head.dep_, t.head.head.dep_)
               for t in tokens)  # the root's, or that of what a closing "..., X said" says


def _write(doc: Doc, grafts: list[tuple[Part, Part]]) -> None:
    """Rewrite each grafted sentence's tags, lemmas, heads and labels in one pass."""
    from spacy.attrs import DEP, HEAD, LEMMA, POS, TAG

    attrs = [HEAD, DEP, TAG, POS, LEMMA]
    array: Any = doc.to_array(attrs)  # uint64; HEAD as an offset, wrapped
    for (main_start, main), (clause_start, clause) in grafts:
        root = main_start + next(t.i for t in main if t.dep_ == "ROOT")
        for start, tokens in ((main_start, main), (clause_start, clause)):
            for t in tokens:
                head, dep = start + t.head.i, t.dep
                if t.dep_ == "ROOT" and start == clause_start:
                    head, dep = root, doc.vocab.strings.add("advcl")
                array[start + t.i] = [(head - start - t.i) & 0xFFFFFFFFFFFFFFFF, dep, t.tag,
                                      t.pos, t.lemma]
        comma = main_start - 1  # the comma between the two parts hangs on the main verb
        array[comma, 0] = (root - comma) & 0xFFFFFFFFFFFFFFFF
        array[comma, 1] = doc.vocab.strings.add("punct")
    doc.from_array(attrs, array)


def fronted_clause(nlp: Any, name: Any) -> Callable[[Doc], Doc]:  # Any: spaCy validates hints
    return FrontedClause(nlp)
