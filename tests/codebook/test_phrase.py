"""Phrase notation (PETRARCH's) compiled into the steps the matcher walks."""

from __future__ import annotations

import pytest

from flashpoint.codebook.phrase import Phrase, compile_phrase
from flashpoint.errors import CodebookError

SYNSETS = {"NEG": ("DID N'T", "WILL NOT"), "TIES": ("ECONOMIC", "&MORE"), "MORE": ("MILITARY",)}


def _steps(phrase: Phrase, side: str) -> list[tuple[str, str, bool]]:
    return [(s.kind, s.value, s.glued) for s in getattr(phrase, side)]


def test_words_after_the_verb_keep_reading_order_and_underscores_glue() -> None:
    phrase = compile_phrase("* NEW_&TIES_RELATIONS WITH +", SYNSETS, "t:1")
    assert _steps(phrase, "after") == [("word", "new", False), ("choice", "TIES", True),
                                       ("word", "relations", True), ("word", "with", False),
                                       ("marker", "+", False)]
    assert phrase.before == () and phrase.weight == 4 and phrase.marks("+")


def test_words_before_the_verb_are_read_leftwards_from_it() -> None:
    phrase = compile_phrase("UNEXPECTEDLY &NEG_EVER *", SYNSETS, "t:1")
    # "ever" is next to the verb only by a blank; NEG must touch "ever"
    assert _steps(phrase, "before") == [("word", "ever", False), ("choice", "NEG", True),
                                        ("word", "unexpectedly", False)]
    glued = compile_phrase("KNOWN_ *", SYNSETS, "t:1")
    assert _steps(glued, "before") == [("word", "known", True)]


def test_synsets_expand_nested_and_multiword_phrases() -> None:
    phrase = compile_phrase("* &TIES", SYNSETS, "t:1")
    (choice,) = phrase.after
    members = [[(s.kind, s.value) for s in member] for member in choice.choices]
    assert members == [[("word", "economic")], [("choice", "MORE")]]
    neg = compile_phrase("&NEG *", SYNSETS, "t:1").before[0]
    # leftwards, "did n't" is read "n't" then "did" (a blank: other words may come between)
    assert [[(s.value, s.glued) for s in m] for m in neg.choices] == [
        [("n't", False), ("did", False)], [("not", False), ("will", False)]]


def test_markers_skips_and_verb_forms() -> None:
    phrase = compile_phrase("% HAVE *{left} IN ^ +", SYNSETS, "t:1")
    assert phrase.verb_form == "left" and phrase.marks("%") and phrase.marks("+")
    assert [s.kind for s in phrase.after] == ["word", "skip", "marker"]
    assert phrase.weight == 3  # have, in, and the verb form


@pytest.mark.parametrize(("text", "problem"), [
    ("* &NOPE", "undefined synset &NOPE"),
    ("NOT ONLY", "exactly one verb marker"),
    ("* AND *", "exactly one verb marker")])
def test_bad_phrases_name_the_row(text: str, problem: str) -> None:
    with pytest.raises(CodebookError, match=f"verbs/x.tsv:3.*{problem}"):
        compile_phrase(text, SYNSETS, "verbs/x.tsv:3")


def test_repeated_words_cost_linear_time() -> None:
    """A phrase whose words repeat in a long sentence but never complete: every way of
    placing them fails, and each (step, position) is tried once."""
    from types import SimpleNamespace

    from flashpoint.stages.phrases import _fits

    phrase = compile_phrase("* THE THE THE THE END", SYNSETS, "t:1")
    toks = [SimpleNamespace(lower_="the", pos_="DET", dep_="det")] * 400
    failed: set[tuple[int, int, int, bool | None]] = set()
    assert _fits(phrase.after, 0, toks, 0, None, (), failed) is None  # type: ignore[arg-type]
    assert len(failed) < 5 * 401


def test_a_hyphened_word_is_the_tokenizers_three_words_glued() -> None:
    # the tokenizer splits "counter-terrorism" into "counter", "-", "terrorism"
    phrase = compile_phrase("* JOINT_COUNTER-TERRORISM DRILLS", SYNSETS, "t:1")
    assert _steps(phrase, "after") == [("word", "joint", False), ("word", "counter", True),
                                       ("word", "-", True), ("word", "terrorism", True),
                                       ("word", "drills", False)]
    leftwards = compile_phrase("ANTI-WAR *", SYNSETS, "t:1")
    assert _steps(leftwards, "before") == [("word", "war", False), ("word", "-", True),
                                           ("word", "anti", True)]
