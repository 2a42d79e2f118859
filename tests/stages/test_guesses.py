"""The learned fallback (``--guess``): where no pattern fires and the patterns found no event,
one guessed event, low in confidence, its rule naming the features that spoke for it; never
without the setting, for a hedge, without two actors, or for a verb that has patterns."""

from __future__ import annotations

from functools import lru_cache

import pytest

import flashpoint
from flashpoint.records import Event
from flashpoint.settings import load_settings
from flashpoint.stages.guesses import features, main_verb
from flashpoint.stages.nlp import load_pipeline

pytestmark = pytest.mark.model
DAY = "2000-01-01"
RETURNED = "Russia says it has returned 111 medieval stained-glass panels to Germany."


def _code(text: str, **settings: object) -> list[Event]:
    return flashpoint.code_text(text, published=DAY,
                                settings=load_settings(guess_uncoded=True, **settings))


def _guessed(events: list[Event]) -> list[Event]:
    return [e for e in events if e.rule.startswith("learned.tsv:guess(")]


@lru_cache(maxsize=1)
def _nlp():  # type: ignore[no-untyped-def]
    return load_pipeline(load_settings().model)


def test_the_model_reads_the_verb_of_what_is_said() -> None:
    sent = next(_nlp()(RETURNED).sents)
    assert main_verb(sent).lemma_ == "return"
    assert {"v=return", "r=say", "o=panel", "vpr=return_to", "n=panel"} <= features(sent)


@pytest.mark.parametrize(("text", "want"), [
    (RETURNED, ("RUS", "DEU", "0842")),
    ("Indonesia froze its relationship with Australia on Tuesday.", ("IDN", "AUS", "160")),
])
def test_a_sentence_without_a_pattern_gets_one_guess(text: str, want: tuple[str, ...]) -> None:
    guessed = _guessed(_code(text))
    assert [(e.source.code if e.source else "", e.target.code if e.target else "", e.cameo)
            for e in guessed] == [want]
    assert guessed[0].confidence < 0.5  # weighed down by the "learned" fact
    assert "v=" in guessed[0].rule  # the verb itself spoke for the guess
    assert not _guessed(flashpoint.code_text(text, published=DAY))  # off by default


@pytest.mark.parametrize("text", [
    "Prime Minister Ardern said the gun laws should be changed.",  # a hedge: an opinion
    "Thousands of pilgrims gathered in Karbala on Saturday for Arbaeen.",  # nobody acted on
    "The finance ministry said inflation rose to 5 percent in March.",  # the economy
    "Japan handed a formal note of complaint to China over the incursion.",  # a pattern fired
])
def test_no_guess_where_a_careful_coder_would_not_write_one(text: str) -> None:
    assert not _guessed(_code(text))


def test_a_codebook_of_ones_own_gets_no_guess(tmp_path) -> None:  # type: ignore[no-untyped-def]
    events = _code(RETURNED, codebook_dirs=(str(tmp_path),), shipped_codebook=False)
    assert not _guessed(events)
