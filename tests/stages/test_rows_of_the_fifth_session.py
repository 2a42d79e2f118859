"""Rows and rules found by the blind writers' tune misses in the fifth session: agreements made
as concessions (CAMEO 08, not 03), giving way to demands, peacekeepers pulled out of a country.
Made-up sentences about real actors, coded with the shipped codebook and the pinned model."""

from __future__ import annotations

import pytest

from tests.stages.coding import code, triples

pytestmark = pytest.mark.model
DAY = "2000-01-01"

FOUND = [
    ("Bowing to weeks of protests by farmers, the Spanish government agreed on Wednesday to "
     "scrap a planned fuel tax.", ("ESPGOV", "ESP", "080")),
    ("Zambia's president agreed on Monday to hold a referendum on multiparty rule, bowing to "
     "pressure from donors.", ("ZMBGOV", "ZMB", "080")),
    ("Myanmar bowed to international pressure and agreed to let U.N. peacekeepers into Rakhine.",
     ("MMR", "IGOUNO", "086")),
    ("Under pressure from a hunger strike, Turkey's justice ministry agreed to let prisoners "
     "meet in common areas.", ("TURGOV", "TUR", "080")),
    ("Jordan's government gave way to opposition demands on Thursday.",
     ("JORGOV", "JOROPP", "080")),
    ("Belgium pulled its contingent of U.N. peacekeepers out of Rwanda on Monday.",
     ("BEL", "IGOUNO", "1661")),
]


@pytest.mark.parametrize(("text", "triple"), FOUND)
def test_the_event_is_found(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(code(text, DAY))


def test_an_agreement_with_no_concession_stays_an_intent() -> None:
    coded = code("Malawi's president agreed on Sunday to hold a referendum on multiparty rule.",
                 DAY)
    assert {e.cameo for e in coded} & {"030", "0344"}
    assert not [e for e in coded if e.cameo.startswith("08")]


def test_a_promise_said_under_pressure_stays_an_intent() -> None:
    coded = code("Indonesia said it would allow a peacekeeping force into East Timor, bowing to "
                 "U.N. pressure.", DAY)
    assert "0355" in {e.cameo for e in coded}
    assert "086" not in {e.cameo for e in coded}


def test_a_bank_giving_way_is_no_concession() -> None:
    assert not code("The river bank gave way under the weight of the crowd.", DAY)
