"""What reads like an event and is none (accidents, disasters, forces standing where they are,
measures in force for years, market moves, falling figures, oaths of office, meetings still
to come, scorelines, a word quoted alone, workers leaving their jobs, a participle before a
name), each beside the event it must not swallow: made-up sentences, coded with the shipped
codebook and the pinned model."""

from __future__ import annotations

import pytest

from tests.stages.coding import code

pytestmark = pytest.mark.model
DAY = "2021-03-01"


def _typed(text: str) -> list[tuple[str, str]]:
    return [(e.cameo, e.trigger) for e in code(text, DAY) if e.plover]


@pytest.mark.parametrize("text", [
    "At least 30 people were killed when heavy rains triggered landslides in the hills, "
    "officials said.",
    "Nine people were killed when their minibus overturned on a mountain road in Peru.",
    "Three soldiers died in a helicopter crash in northern Mali.",
    "About 5,000 French troops are stationed in Chad, most of them near the capital.",
    "A Turkish brigade has been stationed in northern Cyprus since 1974.",
    "The two countries have never had diplomatic ties, and their border has been closed for "
    "three decades.",
    "The shilling weakened for a third day, pressured by strong dollar demand from importers.",
    "Kenya's shilling traded at 128 to the dollar on Monday.",
    "Copper production declined 4 percent in the first quarter.",
    "Cocoa exports declined to 210,000 tonnes from 260,000 a year earlier.",
    "Ghana's gold output has declined for the fifth straight year.",
    "The new defence minister was sworn in on Monday at a ceremony in the capital.",
    "The president's office released a photograph of him at his desk.",
    "Workers repainted the streets of Addis Ababa ahead of next month's summit of African "
    "leaders.",
    "Zamalek beat Esperance 3-1 in Tunis on Sunday to reach the final.",
    "Students carried banners which read \"occupied\" through the city.",
    "Hundreds of nurses resigned over pay at the main hospital in Lagos.",
])
def test_what_only_reads_like_an_event_gives_none(text: str) -> None:
    assert _typed(text) == []


@pytest.mark.parametrize(("text", "cameo"), [
    ("Two soldiers were killed when a roadside bomb exploded near their convoy in Kandahar.",
     "190"),
    ("Four hostages were killed when troops stormed the building in Manila.", "190"),
    ("Russia stationed nuclear missiles in Belarus.", "154"),
    ("Russian missiles were stationed in Belarus last week.", "154"),
    ("Angry investors blocked roads in Tirana, demanding compensation from the government.",
     "1031"),
    ("Syria declined the invitation to the talks in Geneva.", "125"),
    ("Syria declined to sign the accord with Turkey.", "120"),
    ("African leaders held a summit in Addis Ababa on Sunday.", "040"),
    ("Nigeria's finance minister resigned on Monday.", "0831"),
    ("Belarus strengthened security measures in Minsk before the rally.", "151"),
    ("Azerbaijan's border with Armenia has been closed since Monday, officials said.", "172"),
])
def test_the_event_beside_it_still_counts(text: str, cameo: str) -> None:
    assert cameo in {c for c, _ in _typed(text)}, _typed(text)


def test_a_meeting_still_to_come_is_future() -> None:
    events = code("Iran's foreign minister prepared for next week's talks with France.", DAY,
                  all_modes=True)
    assert {e.mode for e in events if e.cameo.startswith("04")} <= {"future"}


def test_a_participle_before_a_name_describes_and_does_not_act() -> None:
    """ "ousted Premier X" is who X is; "the army ousted Premier X" is the act."""
    described = code("A Bangkok court banned ousted Premier Thaksin Shinawatra's allies from "
                     "politics on Friday.", DAY)
    assert not any(e.cameo == "0831" for e in described)
    done = code("The army ousted Premier Thaksin Shinawatra on Tuesday.", DAY)
    assert any(e.cameo == "0831" for e in done)
