"""What is asked, insisted on and denied: "called for X to do Y" (the parser's "for" is no
preposition), a fact insisted on after a date against a demand, charges brushed off or
dismissed, a finding that a state must act, police put on alert, a town put under curfew,
suspects handed into another state's custody; and what a sentence tells as its background
(left out when the sentence has news of its own, kept when it happens with the news).
Made-up sentences about real actors, coded with the shipped codebook and the pinned model."""

from __future__ import annotations

import pytest

from tests.stages.coding import code, triples

pytestmark = pytest.mark.model
DAY = "2000-01-01"


@pytest.mark.parametrize(("text", "want"), [
    ("Germany called for Russia to withdraw its troops from Georgia.", ("DEU", "RUS", "0256")),
    ("Benazir Bhutto called on Wednesday for India to open talks on Kashmir.",
     ("PAKOPP", "IND", "026")),
])
def test_calling_for_someone_to_act_appeals_to_them(text: str,
                                                    want: tuple[str, str, str]) -> None:
    """The appeal is aimed at the clause's subject and takes the code of what it asks."""
    assert want in triples(code(text, DAY))


def test_calling_for_an_act_with_nobody_named_still_appeals() -> None:
    found = triples(code("The United Nations called for both sides to respect the truce.", DAY))
    assert ("IGOUNO", "", "0256") in found


@pytest.mark.parametrize("text", [
    "The ministry in Islamabad insisted on Thursday that its spies had no hand in the blasts.",
    "Moscow insisted on Monday that the summit would go ahead as planned.",
])
def test_insisting_on_a_fact_after_a_date_is_no_demand(text: str) -> None:
    assert not any(e.cameo.startswith("10") for e in code(text, DAY))


@pytest.mark.parametrize("text", [
    "Washington insisted on Friday that Jakarta let foreign peacekeepers into the province.",
    "The Security Council insisted on Monday that the rebels must disarm.",
])
def test_insisting_on_an_act_after_a_date_stays_a_demand(text: str) -> None:
    assert any(e.cameo.startswith("10") for e in code(text, DAY))


@pytest.mark.parametrize(("text", "want"), [
    ("Azerbaijan's defence ministry brushed off Armenian charges that its gunners had shelled "
     "the villages.", ("AZEMIL", "ARM", "016")),
    ("Pakistan dismissed Indian insinuations about its spies as baseless.",
     ("PAK", "IND", "016")),
])
def test_charges_brushed_off_or_dismissed_are_denials(text: str,
                                                      want: tuple[str, str, str]) -> None:
    assert want in triples(code(text, DAY))


def test_a_suggestion_rejected_is_no_denial() -> None:
    found = {e.cameo for e in code("Clinton rejected Gore's suggestion on Monday.", DAY)}
    assert "016" not in found


def test_a_finding_that_a_state_must_act_is_a_demand_of_it() -> None:
    found = triples(code("The Arab League concluded on Sunday that Israel must stop building "
                         "settlements.", "2003-03-01"))
    assert ("IGOMEAARL", "ISR", "100") in found


def test_talks_that_conclude_are_no_statement() -> None:
    assert code("The peace talks concluded on Saturday in Geneva.", DAY) == []


@pytest.mark.parametrize(("text", "want"), [
    ("Egyptian police were placed on maximum alert in Cairo on Wednesday.", "151"),
    ("The Greek armed forces were placed on high alert on Tuesday.", "152"),
])
def test_police_on_alert_raise_police_alert_and_troops_military(text: str, want: str) -> None:
    assert want in {e.cameo for e in code(text, DAY)}


@pytest.mark.parametrize(("text", "gone"), [
    ("Turkish police tightened security around synagogues in Istanbul on Friday, two days "
     "after a car bomb killed nine people in the city.", "190"),
    ("The Pope implored Ethiopia to pull back its troops from the border region, where "
     "hundreds of soldiers have been killed this month.", "190"),
    ("Norway appealed to the rebels to free four aid workers who were kidnapped near the "
     "coast last week.", "181"),
    ("The army imposed a curfew in Osh, a week after protesters stormed the governor's "
     "office.", "145"),
    ("The army imposed a curfew in Osh after protesters had stormed the governor's office.",
     "145"),
])
def test_what_happened_before_the_news_is_left_out(text: str, gone: str) -> None:
    """A sentence with news of its own: the events of its background clauses were news when
    they happened, and are not written down again."""
    found = {e.cameo[:3] for e in code(text, DAY)}
    assert found and not any(c.startswith(gone) for c in found)


@pytest.mark.parametrize(("text", "kept"), [
    ("Gunmen shot dead four policemen in Quetta on Monday, police said, blaming the "
     "Taliban.", "112"),
    ("The Bolivian president declared a state of emergency, sending troops onto the "
     "streets.", "074"),
    ("Riot police fired tear gas at students who were marching on parliament in Dhaka.",
     "141"),
    ("Moscow pledged support for a security operation carried out by the authorities in "
     "Bishkek.", "19"),
    ("Police imposed a curfew in Osh on Wednesday after protesters stormed the governor's "
     "office.", "145"),
])
def test_what_happens_with_the_news_stays(text: str, kept: str) -> None:
    assert any(e.cameo.startswith(kept) for e in code(text, DAY))


def test_background_is_kept_when_the_sentence_only_makes_a_statement() -> None:
    found = {e.cameo for e in code("The ministry said on Sunday that rebels had shelled "
                                   "the airport.", DAY)}
    assert any(c.startswith("19") for c in found)


def test_a_town_placed_under_curfew_is_a_curfew() -> None:
    found = {e.cameo for e in code("The army placed the town of Jenin under a night curfew on "
                                   "Tuesday.", DAY)}
    assert "1723" in found


def test_what_a_warning_announces_is_no_plan_to_cooperate() -> None:
    found = {e.cameo for e in code("Minsk warned the strikers on Monday that troops would clear "
                                   "the factory by any means necessary.", DAY)}
    assert "030" not in found and any(c.startswith("13") for c in found)


def test_suspects_handed_into_police_custody_is_judicial_cooperation() -> None:
    found = triples(code("Thailand handed the two suspects into the custody of Cambodian "
                         "police on Friday.", DAY))
    assert ("THA", "KHMCOP", "063") in found


@pytest.mark.parametrize(("text", "target"), [
    # the demand is aimed at whoever holds the captives: the agent, else the place's state
    ("Kenya demanded the release of three Kenyan fishermen seized by Somali pirates.",
     "SOMCRM"),
    ("Ankara demanded the release of two Turkish engineers detained in Tripoli.", "LBYGOV"),
    ("Turkey called for the release of two Turkish engineers held in Misrata.", "LBY"),
])
def test_a_release_demand_is_aimed_at_the_captives_holder(text: str, target: str) -> None:
    found = code(text, "2015-01-01")
    assert {e.target.code for e in found if e.cameo in ("1053", "0253") and e.target} \
        == {target}
