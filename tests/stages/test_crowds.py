"""Crowds and unnamed doers (stages/findings.py, verbs/synsets.tsv): a people massing in
numbers demonstrates, and a killer no actor names still makes the killing an event. Made-up
sentences about real actors."""

from __future__ import annotations

import pytest

from tests.stages.coding import code, triples

pytestmark = pytest.mark.model
DAY = "2000-01-01"


@pytest.mark.parametrize("text", [
    "Thousands of Kenyans massed outside parliament on Monday.",
    "Tens of thousands of Lebanese massed in central Beirut.",
])
def test_a_people_massing_in_numbers_demonstrates(text: str) -> None:
    assert "141" in {e.cameo for e in code(text, DAY)}


@pytest.mark.parametrize("text", [
    "Russians massed troops on the border with Georgia.",
    "Thousands of Syrian troops massed near the Turkish border on Friday.",
])
def test_forces_massing_mobilise(text: str) -> None:
    assert "154" in {e.cameo for e in code(text, DAY)}


def test_railing_against_a_decision_criticises_it() -> None:
    found = code("Ghana's opposition railed against the government's decision to raise fuel "
                 "prices.", DAY)
    assert any(e.cameo == "111" and e.source and e.source.code == "GHAOPP" for e in found)


@pytest.mark.parametrize("text", [
    "Peru's president was shot dead by a bodyguard on Monday.",
    "A bodyguard shot dead Peru's president on Monday.",
])
def test_a_killing_by_an_unnamed_assailant_is_an_event(text: str) -> None:
    assert ("", "PERGOV", "193") in triples(code(text, DAY))
