"""A feeling the parser reads as a passive verb ("was disappointed by", "is concerned about")
is the adjective the codebook lists (stages/patterns.felt): the one who feels is the source,
the "by" phrase is what the feeling is about, not its doer. Made-up sentences about real
actors."""

from __future__ import annotations

import pytest

from tests.stages.coding import code, triples

pytestmark = pytest.mark.model
DAY = "2000-01-01"


@pytest.mark.parametrize(("text", "triple"), [
    ("Britain said it was deeply disappointed by Russia's veto.", ("GBR", "RUS", "110")),
    ("Russia was angered by NATO's decision to expand.", ("RUS", "IGOWSTNAT", "110")),
    ("The European Union said it was dismayed at Hungary's vote.", ("IGOEUREEC", "HUN", "110")),
    ("Germany is opposed to Turkey's membership.", ("DEU", "TUR", "110")),
    ("Russia is concerned about Iran's missile program.", ("RUS", "IRN", "012")),
])
def test_the_one_who_feels_is_the_source(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(code(text, DAY))


@pytest.mark.parametrize("text", [
    "Russia is not concerned about Iran's missile program.",
    "Britain was not disappointed by Russia's decision.",
])
def test_a_denied_feeling_is_no_event(text: str) -> None:
    assert not code(text, DAY)


def test_a_real_passive_keeps_its_doer() -> None:
    # "was criticised by" is an act of the "by" phrase, not a feeling of the subject
    assert ("RUS", "GBR", "111") in triples(
        code("Britain was criticised by Russia for its stance on Syria.", DAY))
