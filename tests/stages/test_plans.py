"""Announced plans no verb pattern codes (stages/plans.py): an actor's own announced act that is
neither force nor pressure is an intent to cooperate (030), ranked low; forecasts, conditions,
plans told of others and non-acts are not. Made-up sentences about real actors."""

from __future__ import annotations

import pytest

from tests.stages.coding import cameos, code, triples

pytestmark = pytest.mark.model
DAY = "2000-01-01"
RULE = "announced-plan"


@pytest.mark.parametrize(("text", "triple"), [
    # a future clause told by the doer's own side
    ("Greece's Interior Ministry said it would redraw the boundaries of rural municipalities "
     "before the next local elections.", ("GRCGOV", "", "030")),
    ("Ghana will overhaul its cocoa marketing board, Finance Minister Kwame Peprah told "
     "parliament on Tuesday.", ("GHA", "", "030")),
    # the complement of a word of planning
    ("Mongolia plans to computerise its customs posts on the Chinese border next year.",
     ("MNG", "", "030")),
    # the report parsed as a conjunct of the plan ("..., X was quoted as saying")
    ("Armenia will join Georgia in building a joint customs post on the border, Armenia's "
     "finance minister was quoted as saying by the Arka news agency.", ("ARM", "GEO", "030")),
])
def test_an_announced_act_of_ones_own_is_an_intent(text: str,
                                                   triple: tuple[str, str, str]) -> None:
    found = code(text, DAY)
    assert triple in triples(found)
    plan = next(e for e in found if e.cameo == "030")
    assert RULE in (plan.rule or "") and plan.confidence < 0.8  # says what made it, ranks low


@pytest.mark.parametrize("text", [
    # no act of one's own: a change, a forecast, a loss
    "Its status will change, the Greek minister said.",
    "The ruling party is expected to lose its majority, Ghana's state radio reported.",
    "The Ghanaian government said it would remain committed to the peace process.",
    # told of others: a forecast, not an announcement
    "Senegal's interior minister said he was confident the rebels would soon rejoin the talks.",
    # a population is no party to a plan
    "Mongolian voters will decide the matter in a referendum, the president's office said.",
    # a candidate's plan is politics at home: no intent, and no refusal when denied
    "The Mongolian mayor said she would seek her party's nomination for the presidency.",
    "Ghana's vice-president said on Monday he would not contest the next election.",
])
def test_no_plan_is_made_of_a_forecast_or_a_non_act(text: str) -> None:
    assert not any(RULE in (e.rule or "") for e in code(text, DAY, all_modes=True))


def test_a_plan_under_a_condition_stays_a_threat() -> None:
    found = code("Turkey warned Syria that it would resort to military force unless Damascus "
                 "expelled the rebel leader.", DAY)
    assert ("TUR", "SYR", "130") in triples(found) or any(e.cameo.startswith("13") for e in found)
    assert not any(RULE in (e.rule or "") for e in found)


def test_a_hostile_plan_is_not_cooperation() -> None:
    found = code("China said it would impose tariffs on soybeans from the United States.", DAY)
    assert not any(e.cameo == "030" for e in found), triples(found)


def test_an_announced_refusal_of_such_an_act_is_a_rejection() -> None:
    found = code("Latvia's government said it would not redraw the boundaries of its rural "
                 "districts.", DAY)
    assert ("LVAGOV", "", "120") in triples(found)
    assert all(RULE in (e.rule or "") for e in found if e.cameo == "120")


@pytest.mark.parametrize("text", [
    # "move troops" and "move tanks" are hostile, but not what is moved here
    "Kenya will move step by step toward a more flexible exchange rate, the finance minister "
    "said.",
    # "draft troops" is hostile; drafting legislation is not
    "Peru's justice ministry said it would draft legislation allowing Quechua-language "
    "broadcasts before the end of the year.",
])
def test_a_plan_is_judged_by_the_patterns_for_its_own_object(text: str) -> None:
    found = code(text, DAY)
    assert any(e.cameo == "030" and RULE in (e.rule or "") for e in found)


def test_riot_police_drafted_into_a_city_mobilise() -> None:
    found = code("Columns of riot police were drafted into central Minsk on Sunday ahead of "
                 "planned opposition protests.", DAY)
    assert any(e.cameo == "153" and e.source and e.source.country == "BLR" for e in found)


@pytest.mark.parametrize("text", [
    "Kenya's parliament vowed to investigate the minister.",
    "Kenya's parliament announced that it would be launching an inquiry into the conduct of "
    "the president.",
])
def test_an_announced_inquiry_is_the_inquiry(text: str) -> None:
    assert "090" in cameos(text, DAY)


def test_technical_experts_sent_are_no_investigators() -> None:
    assert "090" not in {e.cameo for e in code("Norway sent technical experts to Sri Lanka.",
                                               DAY)}


@pytest.mark.parametrize("text", [
    "Kenya's opposition leader said he would sue the election commission.",
    "Kenya's opposition will file a lawsuit against the election commission.",
])
def test_an_announced_lawsuit_is_a_threat_to_sue(text: str) -> None:
    assert "131" in cameos(text, DAY)
