"""The news of a sentence ranks above the clauses that hang on it (stages/salience.py): an event
told in a participle clause, a clause of time or a clause describing a noun is trusted no more
than the event it hangs on. Made-up sentences about real actors."""

from __future__ import annotations

import pytest

from tests.stages.coding import cameos, code

pytestmark = pytest.mark.model
DAY = "2000-01-01"


def _top(text: str) -> str:
    found = code(text, DAY)
    return max(found, key=lambda e: e.confidence).cameo


@pytest.mark.parametrize(("text", "news", "aside"), [
    # a participle clause set off after the act: how or why it was done
    # (a nuclear device detonated is 2042, CAMEO's nuclear detonation, not a bombing, 183)
    ("Pakistan detonated a nuclear device on Monday, defying repeated warnings from "
     "Washington.", "2042", "128"),
])
def test_a_participle_clause_ranks_below_the_act_it_hangs_on(text: str, news: str,
                                                             aside: str) -> None:
    found = code(text, DAY)
    assert {news, aside} <= {e.cameo for e in found}  # both are told
    assert _top(text) == news


def test_a_clause_describing_whom_one_works_with_is_not_the_news() -> None:
    text = "Kenya will cooperate fully with Ugandan police investigating the bus hijacking."
    assert _top(text) == "031"
    assert "090" not in cameos(text, DAY)  # "police investigating": who


def test_a_day_after_clause_joined_as_a_conjunct_is_background() -> None:
    # the parser joins "..., a day after the government announced" to the main verbs as a
    # conjunct: its event is background to the protest, and a day old
    text = ("Farmers angry at low prices blocked roads and burned tyres in Accra on Friday, a "
            "day after the government announced a World Bank-backed aid package.")
    found = code(text, DAY)
    protest = [e.confidence for e in found if e.root == "14"]
    assert len(protest) == 2
    assert all(e.confidence < min(protest) for e in found if e.root != "14")


def test_a_clause_days_after_an_attack_is_background() -> None:
    # the parser hangs "after" on "days" and leaves the clause unmarked
    text = ("Nigerian police stepped up security around churches across the country ahead of "
            "Easter celebrations, days after a bombing outside a Kano church killed 12 people.")
    assert _top(text) == "151"
    assert "190" not in cameos(text, DAY)  # news days ago, and not by police


@pytest.mark.parametrize(("text", "news", "aside"), [
    ("In the aftermath of the riots in Maseru, police arrested the opposition leader.",
     "173", "145"),
    ("At the height of the protests in Cairo, the army shot dead 40 people.", "193", "141"),
])
def test_an_event_named_in_a_phrase_of_time_is_background(text: str, news: str,
                                                            aside: str) -> None:
    found = cameos(text, DAY)
    assert news in found
    assert aside not in found  # told when it happened; here it dates the news
