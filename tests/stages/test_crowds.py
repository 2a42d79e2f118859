"""Crowds and unnamed or passive doers (stages/findings.py, stages/roles.py,
verbs/synsets.tsv): a people massing in numbers demonstrates, a killer no actor names still
makes the killing an event, people expelled are not their own expellers, and whom a nominal
act "came from" did it. Made-up sentences about real actors."""

from __future__ import annotations

import pytest

from tests.stages.coding import cameos, code, triples

pytestmark = pytest.mark.model
DAY = "2000-01-01"


@pytest.mark.parametrize("text", [
    "Thousands of Kenyans massed outside parliament on Monday.",
    "Tens of thousands of Lebanese massed in central Beirut.",
])
def test_a_people_massing_in_numbers_demonstrates(text: str) -> None:
    assert "141" in cameos(text, DAY)


@pytest.mark.parametrize("text", [
    "Russians massed troops on the border with Georgia.",
    "Thousands of Syrian troops massed near the Turkish border on Friday.",
])
def test_forces_massing_mobilise(text: str) -> None:
    assert "154" in cameos(text, DAY)


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


@pytest.mark.parametrize(("text", "triple"), [
    ("Two Ugandan diplomats were expelled on Monday.", ("", "UGAGOV", "161")),
    ("The Ugandan ambassador was expelled from Kenya on Monday.", ("KEN", "UGAGOV", "161")),
    ("UN inspectors were expelled from Iraq.", ("IRQ", "IGOUNO", "1662")),
])
def test_the_expelled_in_a_passive_are_the_target(text: str,
                                                  triple: tuple[str, str, str]) -> None:
    found = triples(code(text, DAY))
    assert triple in found
    assert not any(src.startswith("UGA") for src, _, _ in found)


def test_an_envoy_recalled_is_recalled_by_his_own_state() -> None:
    found = code("Kenya's ambassador was recalled on Monday.", DAY)
    assert any(e.cameo == "161" and e.source and e.source.country == "KEN" for e in found)


@pytest.mark.parametrize(("text", "cameo"), [
    ("Rebels cut off food supplies to the besieged city of Goma.", "191"),
    ("Russia cut off gas supplies to Ukraine.", "163"),  # a state's embargo stays one
])
def test_an_armed_force_cutting_off_supplies_blockades(text: str, cameo: str) -> None:
    assert cameo in cameos(text, DAY)


@pytest.mark.parametrize(("text", "sources"), [
    ("Condemnation came swiftly from Germany and France.", {"DEU", "FRA"}),
    ("Statements of condemnation have come from the Arab League and the African Union.",
     {"IGOMEAARL", "IGOAFRAU"}),
])
def test_whom_a_nominal_act_comes_from_does_it(text: str, sources: set[str]) -> None:
    found = [e for e in code(text, DAY) if e.cameo == "111"]
    assert {e.source.code for e in found if e.source is not None} == sources
