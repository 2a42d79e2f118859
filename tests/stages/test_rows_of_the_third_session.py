"""Rows and one parse slip found by the blind writers BN-BP: a participle with a subject of its
own read as a modifier ("A U.S. drone fired missiles"), an inquiry one is placed under, war
games wound down, workers staying out, peacekeepers accepted, demands pressed for. Made-up
sentences about real actors, coded with the shipped codebook and the pinned model."""

from __future__ import annotations

import pytest

from tests.stages.coding import code, triples

pytestmark = pytest.mark.model
DAY = "2000-01-01"

FOUND = [
    ("A U.S. drone fired missiles at a house in South Waziristan on Sunday.",
     ("USA", "PAK", "190")),
    ("Paris magistrates placed the former defence minister under investigation for "
     "corruption.", ("FRAJUD", "FRA", "091")),
    ("Russia wound down its naval exercises in the Baltic Sea.", ("RUS", "", "087")),
    ("Italian rail workers stayed out for a third day on Thursday.",
     ("ITALAB", "ITAGOV", "143")),
    ("Indonesia accepted a U.N. force in East Timor.", ("IDN", "IGOUNO", "0861")),
    ("The European Union pressed for the release of the Italian hostages.",
     ("IGOEUREEC", "ITACVL", "1053")),
]


@pytest.mark.parametrize(("text", "triple"), FOUND)
def test_the_event_is_found(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(code(text, DAY))


def test_staying_out_of_a_war_is_no_strike() -> None:
    assert "143" not in {e.cameo for e in code("Britain stayed out of the war.", DAY)}


def test_a_takeover_ordered_is_a_confiscation() -> None:
    found = triples(code("Venezuela's president ordered the takeover of two foreign oil "
                         "companies on Monday.", DAY))
    assert {t[2] for t in found} == {"1711"}


@pytest.mark.parametrize(("text", "triple"), [
    ("UN inspectors were allowed into Iran's Arak plant on Monday.", ("IRNGOV", "IGOUNO",
                                                                        "0862")),
    ("UN inspectors were let back into Iraq by the country's rulers.", ("IRQGOV", "IGOUNO",
                                                                         "0862")),
])
def test_inspectors_let_in_are_let_in_by_the_state_they_enter(
        text: str, triple: tuple[str, str, str]) -> None:
    assert triples(code(text, DAY)) == {triple}
