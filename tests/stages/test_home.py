"""The article's own country, which bare sector words ("police", "prosecutors") take when a
sentence does not say whose: what the headline names, what the text names and the places the
text tells of, weighed together. Made-up stories about real places, coded with the shipped
codebook and the pinned model."""

from __future__ import annotations

import pytest

import flashpoint
from tests.stages.coding import triples

pytestmark = pytest.mark.model

# Mexico is named three times, the United States not at all; the places are all in Texas.
BORDER_STORY = (
    "A gunman killed nine shoppers at a market in Laredo, Texas, on Saturday. Four of the "
    "dead were Mexican citizens, the Mexican consul said. Hospitals in San Antonio treated "
    "the wounded. The gunman was arrested near Austin on Sunday after a chase through "
    "Kyle and San Marcos. Prosecutors charged the gunman with murder in Laredo on Monday.")


def test_places_a_story_tells_of_outweigh_a_nationality_it_names_often() -> None:
    events = flashpoint.code_text(BORDER_STORY, published="2021-05-03")
    charged = [e for e in events if e.source is not None and e.source.text == "Prosecutors"]
    assert charged and {e.source.country for e in charged if e.source} == {"USA"}, events


def test_a_single_sentence_is_not_given_a_country_by_its_places() -> None:
    """In one sentence a place already codes what happens there; it does not make the rest
    of the sentence its country's ("the Turkish general staff said ... near the frontier"
    stays Turkish)."""
    found = triples(flashpoint.code_text(
        "Police in Laredo, Texas, arrested two Mexican smugglers on Saturday, Mexican "
        "officials said.", published="2021-05-03"))
    assert any(s == "USACOP" and c == "173" for s, _, c in found), found


# The text names France twice and Slovakia once; the headline says whose story it is.
SUMMIT_STORY = (
    "Prime Minister Igor Matovic of the Slovak Republic said on Friday he had tested positive "
    "for the virus. He had attended a summit in France with French officials a week before. "
    "The prime minister apologised to the public for the delay in tests.")


@pytest.mark.parametrize(("title", "country"), [
    ("Slovak prime minister tests positive for virus", "SVK"),
    (None, "FRA"),
])
def test_the_headline_weighs_heavily_in_whose_story_it_is(title: str | None,
                                                          country: str) -> None:
    events = flashpoint.code_text(SUMMIT_STORY, published="2020-10-16", title=title)
    apology = [e for e in events if e.cameo == "055"]
    assert apology and apology[0].source is not None, events
    assert apology[0].source.country == country, apology
