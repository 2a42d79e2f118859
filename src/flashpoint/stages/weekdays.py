"""A parse repair for the wire style's bare weekday: "Russia's FSB alleged Monday that two
British diplomats ...", "Khatami flew into Damascus Sunday for talks", "Lebanon again rejected
Thursday a French call to send troops", "Tuesday the Kenyan parliament passed a law".

The small parser reads a weekday with no "on" before it as a noun in the clause's frame: the
object of the verb, the subject of what follows, or a name joined to the place before it, and
the verb loses its object or its clause. With "on" before the weekday the same sentence parses
as the writer meant. So a sentence with a bare weekday is parsed again with "on" put before
each one, and the tags, lemmas, heads and labels of its own words are written back; the weekday
hangs on the word the "on" hung on, as a noun phrase of time (``npadvmod``). The words, their
offsets and the named entities stay as they were. Nothing changes when the sentence parsed again
does not line up with the original word for word, or is no longer one sentence."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from flashpoint.stages.fronted import parse_alone

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

WEEKDAY_REPAIR = "flashpoint_bare_weekday_v1"
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                      "sunday"})
# words before a weekday that already place it in time or make it part of a phrase ("on
# Monday", "last Monday", "Monday and Tuesday", "the Monday deadline")
NOT_BARE = frozenset({
    "on", "last", "next", "this", "that", "every", "each", "of", "by", "since", "until", "till",
    "from", "to", "through", "before", "after", "between", "and", "or", "late", "early", "the",
    "a", "as", "for", "in", "'s", "’s", "-",
})
# (head, label, tag, part of speech, lemma; as spaCy's ids) of a word parsed again
Row = tuple[int, int, int, int, int]


class BareWeekday:
    """The pipeline component: see the module docstring."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        rows: dict[int, Row] = {}
        for sent in doc.sents:
            bare = {t.i for t in sent if _bare(t)}
            if bare and (found := self._parsed_again(sent, bare)) is not None:
                rows.update(found)
        if rows:
            _write(doc, rows)
        return doc

    def _parsed_again(self, sent: Span, bare: set[int]) -> dict[int, Row] | None:
        """The rows of the sentence's words, parsed with "on" before each bare weekday."""
        text = "".join(("On " if t.i == sent.start else "on ") * (t.i in bare) + t.text_with_ws
                       for t in sent).rstrip()
        own: list[int | None] = []  # the sentence's word each word parsed again is, or None
        for t in sent:
            own.extend([None, t.i] if t.i in bare else [t.i])
        alone = parse_alone(self.nlp, text)
        if len(alone) != len(own) or len(list(alone.sents)) != 1 or any(
                i is not None and w.lower_ != sent.doc[i].lower_
                for w, i in zip(alone, own, strict=True)):
            return None
        rows: dict[int, Row] = {}
        for word, i in zip(alone, own, strict=True):
            if i is None:
                continue
            head, dep = word.head, word.dep
            if own[head.i] is None:  # the weekday: it hangs where its "on" hung
                head, dep = head.head, sent.doc.vocab.strings.add("npadvmod")
            at = own[head.i]
            if at is None:
                return None
            rows[i] = (at, dep, word.tag, word.pos, word.lemma)
        return rows


def _bare(token: Token) -> bool:
    """A weekday with no word before it that places it ("Monday", not "on Monday"), not
    someone's ("Monday's attack"), and not closing the sentence ("..., officials said
    Monday.", which the parser reads right)."""
    if token.text.lower() not in WEEKDAYS or not token.text[:1].isupper():
        return False
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if after is None or after.text in ("'s", "’s", "-") or after.is_sent_end \
            or (after.is_punct and after.text != ","):
        return False
    if token.is_sent_start:
        return after.text != ","
    before = token.nbor(-1)
    return before.text.lower() not in NOT_BARE and not before.is_punct


def _write(doc: Doc, rows: dict[int, Row]) -> None:
    """Rewrite the words' tags, lemmas, heads and labels in one pass."""
    from spacy.attrs import DEP, HEAD, LEMMA, POS, TAG

    attrs = [HEAD, DEP, TAG, POS, LEMMA]
    array: Any = doc.to_array(attrs)  # uint64; HEAD as an offset, wrapped
    for i, (head, dep, tag, pos, lemma) in rows.items():
        array[i] = [(head - i) & 0xFFFFFFFFFFFFFFFF, dep, tag, pos, lemma]
    doc.from_array(attrs, array)


def bare_weekday(nlp: Any, name: Any) -> Callable[[Doc], Doc]:  # Any: spaCy validates hints
    return BareWeekday(nlp)
