"""Reading PETRARCH/TABARI dictionary text: comments, codes, dates, phrases and lemmas.

PETRARCH dictionaries are flat text: ``<!-- ... -->`` (possibly over several lines), ``#`` and
legacy ``;`` comments; words of a phrase are joined by blanks or ``_``; codes sit in ``[...]``;
dates are ``YYYYMMDD`` or ``YYMMDD`` (years 00-30 are 20YY, as in KEDS/TABARI/PETRARCH).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

Lemmatize = Callable[[str, str], str]  # (words, "NOUN" | "VERB") -> lemma

SMALL_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "de", "du", "la", "to"})
RESTRICTION_RE = re.compile(
    r"^\[\s*(?P<code>[^\s<>\]\d][^\s<>\]]*)\s*(?:(?P<op>[<>])\s*(?P<when>\d{6,8})"
    r"|(?P<start>\d{6,8})\s*-\s*(?P<end>\d{6,8}))?\s*\]$")


@dataclass(frozen=True, slots=True)
class Line:
    number: int
    text: str  # comments removed, trailing blanks stripped; leading blanks kept


@dataclass(frozen=True, slots=True)
class Restriction:
    """A code, valid from ``start`` (inclusive) until ``end`` (exclusive), ISO dates."""

    code: str
    start: str | None
    end: str | None


def read_lines(path: Path) -> Iterator[Line]:
    """Non-blank lines of a dictionary, comments removed."""
    in_comment = False
    text = path.read_text(encoding="utf-8", errors="replace")
    for number, raw in enumerate(text.splitlines(), start=1):
        line, in_comment = _strip_markup_comment(raw, in_comment)
        line = re.split(r"[#;]", line, maxsplit=1)[0].rstrip()
        if line.strip():
            yield Line(number, line)


def _strip_markup_comment(line: str, in_comment: bool) -> tuple[str, bool]:
    kept = ""
    while line:
        if in_comment:
            end = line.find("-->")
            if end < 0:
                return kept, True
            line, in_comment = line[end + 3:], False
            continue
        start = line.find("<!")
        if start < 0:
            return kept + line, False
        kept, line, in_comment = kept + line[:start], line[start + 2:], True
    return kept, in_comment


def split_code(text: str) -> tuple[str, str | None]:
    """``"ARNOR_  [ARN]"`` -> (``"ARNOR_"``, ``"ARN"``); the code is None when absent."""
    match = re.search(r"\[([^\]]*)\]", text)
    if match is None:
        return text.strip(), None
    return text[:match.start()].strip(), match.group(1).strip()


def strip_braces(text: str) -> str:
    """Drop ``{...}`` irregular forms / plurals."""
    return re.sub(r"\{[^}]*\}", " ", text).strip()


def words_of(phrase: str) -> list[str]:
    """Words of a phrase: blanks and underscores both separate words."""
    return [w for w in re.split(r"[\s_]+", phrase.strip()) if w]


def display_name(phrase: str) -> str:
    """``"PRINCE_OF_DOL_AMROTH_"`` -> ``"Prince of Dol Amroth"``; ``"THE_AU"`` -> ``"the Au"``."""
    out = []
    for i, word in enumerate(words_of(phrase)):
        low = word.lower()
        out.append(low if low in SMALL_WORDS and (i > 0 or low == "the") else word.title())
    return " ".join(out)


def parse_date(text: str) -> date:
    if len(text) <= 7:
        year = int(text[:2])
        return date(2000 + year if year <= 30 else 1900 + year, int(text[2:4]), int(text[4:6]))
    return date(int(text[:4]), int(text[4:6]), int(text[6:8]))


def parse_restriction(text: str) -> Restriction | None:
    """``[HOBGOV 19950601 - 19990815]``; PETRARCH's limits include both days, ours end before
    ``end``, so the last day gets one day added."""
    match = RESTRICTION_RE.match(text.strip())
    if match is None:
        return None
    code, op = match["code"].upper(), match["op"]
    try:
        if op == "<":
            return Restriction(code, None, _next_day(match["when"]))
        if op == ">":
            return Restriction(code, parse_date(match["when"]).isoformat(), None)
        if match["start"]:
            return Restriction(code, parse_date(match["start"]).isoformat(),
                               _next_day(match["end"]))
    except ValueError:
        return None
    return Restriction(code, None, None)


def _next_day(text: str) -> str:
    return (parse_date(text) + timedelta(days=1)).isoformat()


@lru_cache(maxsize=2)
def spacy_lemmatizer(model: str) -> Lemmatize:
    """Lemmas from the coder's own pipeline, so that imported words match what the coder
    sees: ``VERB`` forces the part of speech ("SAID" -> "say", "BROKEN" -> "break");
    a word that is itself a known base verb stays as it is ("EXPRESS"); ``NOUN`` runs the
    whole pipeline on the words ("TIES" -> "tie", "PRESS" -> "press", "STATE-OWNED
    NEWSPAPER" -> "state-own newspaper")."""
    from flashpoint.stages.nlp import load_pipeline

    nlp = load_pipeline(model)
    if "lemmatizer" not in nlp.pipe_names:
        return lambda word, pos: word.lower()
    component = nlp.get_pipe("lemmatizer")
    tables = getattr(component, "lookups", None)
    verbs = tables.get_table("lemma_index").get("verb", []) if tables is not None else []
    known_verbs = frozenset(verbs)

    @lru_cache(maxsize=4096)
    def lemma(text: str, pos: str) -> str:
        if pos == "VERB":
            doc = nlp.make_doc(text.lower())
            for token in doc:
                token.pos_ = "VERB"
            doc = component(doc)
            if len(doc) == 1 and doc[0].lower_ in known_verbs:  # "express", not "expres"
                return doc[0].lower_
        else:
            doc = nlp(text.lower())
        out = "".join((t.lemma_ or t.lower_) + t.whitespace_ for t in doc)
        return out.strip().lower() or text.lower()

    return lemma
