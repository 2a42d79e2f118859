"""Threats told from the side of the threatened, captives freed with no one named freeing
them, talks held "between" two sides, and a closing "..., the X alleged" the parser misreads.
Made-up sentences about real actors, coded with the shipped codebook and the pinned model."""

from __future__ import annotations

import pytest

from tests.stages.coding import code, triples

pytestmark = pytest.mark.model
DAY = "2000-01-01"

FOUND = [
    # a warning to whoever is warned, in the passive, threatens them
    ("Students were warned by the government that troops would clear the square if they did "
     "not leave.", ("---GOV", "---EDU", "130")),
    # sanctions one faces unless one yields are threatened
    ("Iran faces new UN sanctions unless it halts enrichment, Western diplomats said.",
     ("IGOUNO", "IRN", "1312")),
    ("Baghdad handed Kuwait an ultimatum to withdraw its troops.", ("IRQGOV", "KWT", "139")),
    # a captive freed, held where a state jails or armed men hold
    ("The Hamas leader, jailed in Israel since 1995, was freed on Wednesday.",
     ("ISRGOV", "PSEINSHMS", "0841")),
    ("Two Danish engineers kidnapped in Yemen last month were released on Sunday.",
     ("YEMUAF", "DNK", "0841")),
    # talks held between two sides: each talks with the other
    ("Talks were held in Cairo between Israeli and Palestinian negotiators.",
     ("ISRGOV", "PSEGOV", "040")),
    ("Rebel commanders and government envoys put their names to a ceasefire accord.",
     ("---REB", "---GOV", "057")),
    # a passive's "by" phrase hung on its infinitive still names who allows
    ("Red Cross flights were allowed to land in Asmara by the Eritrean government.",
     ("ERIGOV", "NGOHLHIRC", "0863")),
    # "..., the Organisation ... alleged in a report": its allegation, not the act alleged
    ("Egypt's police routinely torture detainees, the Egyptian Organisation for Human Rights "
     "alleged in a report released in Cairo.", ("EGYNGO", "EGYCOP", "112")),
]


@pytest.mark.parametrize(("text", "triple"), FOUND)
def test_the_event_is_found(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(code(text, DAY))


def test_sanctions_faced_with_no_condition_are_sanctions() -> None:
    assert ("IGOUNO", "IRN", "163") in triples(code("Iran faces new UN sanctions.", DAY))


def test_an_alleged_act_is_not_asserted_as_done() -> None:
    found = code("Egypt's police routinely torture detainees, the Egyptian Organisation for "
                 "Human Rights alleged in a report released in Cairo.", DAY)
    assert "1822" not in {e.cameo for e in found}
