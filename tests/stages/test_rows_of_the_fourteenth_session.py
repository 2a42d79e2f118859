"""Rules found in the fourteenth session: the people a place "for" someone shelters are whom an
attack on it is done to; damage a weapon does is an attack coded by the weapon, not the
destruction of property; destroying property is PLOVER COERCE (mode seize) and a drone's
munitions are ASSAULT like the rest of 195; a people driven out by name is expelled; peoples
named for a region of one country count as that country's. Made-up sentences about real
actors, coded with the shipped codebook and the pinned model."""

from __future__ import annotations

import pytest

from tests.stages.coding import code, row_tests

pytestmark = pytest.mark.model

FOUND = [
    # a place for someone: the people it shelters are hit
    ("A shelter for Sudanese refugees was shelled by Chadian rebels.", "2010-01-01",
     ("TCDREB", "SDNREF", "194")),
    # a weapon's damage is an attack, coded by the weapon
    ("An Israeli missile destroyed a house in Gaza.", "2010-01-01", ("ISR", "PSE", "190")),
    ("A car bomb planted by Basque separatists destroyed a police station.", "2000-01-01",
     ("ESPREB", "ESPCOP", "1832")),
    ("A missile fired from a US drone destroyed a car in Yemen.", "2010-01-01",
     ("USA", "YEM", "1952")),
    # a people driven out by name is a mass expulsion
    ("Croatian troops drove out the Serbs from Krajina.", "2000-01-01", ("HRVMIL", "SRB", "201")),
    ("Serb forces drove Muslims out of the town.", "2000-01-01", ("SRBMIL", "SRB", "201")),
    # peoples of one country's region
    ("Tamil rebels attacked an army base in the north.", "2000-01-01", ("LKAREB", "LKAMIL", "190")),
    ("Baloch separatists attacked a gas pipeline.", "2010-01-01", ("PAKREB", "PAK", "190")),
]

NOT_FOUND = [
    # bulldozers are no weapon: razing homes stays the destruction of property
    ("Israeli bulldozers razed two Palestinian homes.", "2010-01-01", ("ISR", "PSE", "190")),
    # a fire is no weapon
    ("Police said the fire destroyed the market.", "2010-01-01", ("---COP", "", "190")),
]


test_found, test_not_found = row_tests(FOUND, NOT_FOUND)


def test_destroying_property_is_coercion_and_a_drone_strike_an_assault() -> None:
    razed = code("Israeli bulldozers razed two Palestinian homes.", "2010-01-01")
    assert [(e.cameo, e.plover) for e in razed] == [("1712", "COERCE")]
    struck = code("A US drone strike destroyed a compound in Pakistan.", "2010-01-01")
    assert ("1952", "ASSAULT") in {(e.cameo, e.plover) for e in struck}
