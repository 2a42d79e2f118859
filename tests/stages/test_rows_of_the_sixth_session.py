"""Rows and rules found by rewording the PLOVER development sentences in the sixth session
(the same events, told with other names for their actors): an officer of a metonym ("the
Palestinian Authority chairman"), the armed services by name (Royal Air Force, Red Army),
"went on" doing, a state protesting a deed done "by" another, and rows for curbs overturned,
relief frozen, inspectors recalled, diplomats thrown out, dealings suspended and penalties
ordered. Made-up sentences about real actors, coded with the shipped codebook and the pinned
model."""

from __future__ import annotations

import pytest

from tests.stages.coding import code, triples

pytestmark = pytest.mark.model
DAY = "2000-01-01"

FOUND = [
    ("Russia formally protested the expulsion of its diplomats by Britain.",
     ("RUS", "GBR", "114")),
    ("The Palestinian Authority chairman rejected the American plan on Monday.",
     ("PSEGOV", "USA", "127")),
    ("Royal Air Force jets bombed an arms depot near Basra.", ("GBRMIL", "IRQ", "195")),
    ("The Red Army shelled rebel villages near Kabul.", ("USRMIL", "AFG", "194")),
    ("Washington went on selling arms to Taiwan.", ("USAGOV", "TWN", "062")),
    ("Qadhafi threatened to expel Egyptian workers.", ("LBYGOV", "EGYLAB", "137")),
    ("Judges in Riga overturned curbs on Russian-language schools.", ("LVAJUD", "LVA", "081")),
    ("The World Food Programme froze its food deliveries in Somalia on Monday.",
     ("IGOUNOWFP", "SOM", "1623")),
    ("The United Nations recalled its weapons inspectors from Iraq on Wednesday.",
     ("IGOUNO", "IRQ", "1662")),
    ("Paris threw out three Iranian diplomats on Friday.", ("FRAGOV", "IRNGOV", "161")),
    ("Seoul has suspended all dealings with Pyongyang.", ("KORGOV", "PRKGOV", "161")),
    ("Washington ordered trade penalties against Beijing.", ("USAGOV", "CHNGOV", "163")),
]


@pytest.mark.parametrize(("text", "triple"), FOUND)
def test_the_event_is_found(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(code(text, DAY))


def test_a_memory_recalled_is_no_withdrawal() -> None:
    coded = code("Iraqi officials recalled the inspectors' last visit to Baghdad.", DAY)
    assert "1662" not in {e.cameo for e in coded}


def test_a_metonym_before_a_thing_is_not_its_owner() -> None:
    coded = code("Washington residents protested against the war in Iraq.", DAY)
    assert all(e.source is None or e.source.code != "USAGOV" for e in coded)
