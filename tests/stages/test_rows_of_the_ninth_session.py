"""Rows and rules found in the ninth session by writing six wire leads of 1990-2008 for each
CAMEO code of roots 07-12, 16 and 17 and coding them: an order whose object is the act
("ordered a relaxation of the curfew", "put a freeze on loans"), an order to one's own troops
under a row for ordering others out, a noun of action with its object after "on" or "to", an
object the parser read as a clause ("allowed African Union monitors into Darfur") or as a
predicate ("called off the road blockades"), a past tense read as a modifier after a describing
clause ("rebels, who control ..., froze talks"), one's own ambassador ordered home, a
describing clause on the doer of the news as background, and a party named for another
country's ("Albania's Democratic Party"). Made-up sentences about real actors, coded with the
shipped codebook and the pinned model."""

from __future__ import annotations

import pytest

from tests.stages.coding import code, triples

pytestmark = pytest.mark.model
DAY = "2000-01-01"

FOUND = [
    # an order whose object is an act: the act, done by whoever ordered it
    ("The Kenyan government on Monday ordered a relaxation of the curfew in Mombasa.",
     ("KENGOV", "KEN", "0813")),
    ("Russian President Boris Yeltsin ordered the delivery of fuel and spare parts to the "
     "Abkhaz authorities on Friday.", ("RUSGOV", "GEOREBABK", "073")),
    ("Ethiopia's government ordered a halt to relief flights into the Ogaden on Tuesday.",
     ("ETHGOV", "ETH", "1623")),
    ("Tokyo put a freeze on new yen loans to India on Friday after its nuclear tests.",
     ("JPNGOV", "", "162")),
    ("Poland on Thursday slapped a veto on the start of EU partnership talks with Russia.",
     ("POL", "RUS", "129")),
    # an order to one's own troops, under a row for ordering foreign forces out
    ("Iraqi President Saddam Hussein on Tuesday ordered his troops to withdraw from Kuwait.",
     ("IRQGOV", "KWT", "087")),
    # the object read as a clause of its own
    ("Sudan said on Monday it had allowed African Union monitors into Darfur.",
     ("SDN", "IGOAFRAU", "0862")),
    ("Yugoslav President Slobodan Milosevic on Tuesday allowed 2,000 OSCE verifiers into "
     "Kosovo.", ("YUGGOV", "IGOEURSCE", "0862")),
    # nouns of action
    ("Indonesia ordered an end to martial law in Aceh on Monday.", ("IDN", "", "0814")),
    ("Egypt on Tuesday announced the recall of its ambassador from Tel Aviv.", ("EGY", "", "161")),
    ("Austria ordered the restitution of five Klimt paintings to their owner's heir in Los "
     "Angeles.", ("AUT", "", "0842")),
    ("Ecuador announced on Tuesday the eviction of U.S. forces from the air base at Manta.",
     ("ECU", "USAMIL", "166")),
    ("Ukraine's government staged a climbdown in its row with Russia over the Black Sea Fleet.",
     ("UKRGOV", "UKR", "080")),
    ("Japan put a hold on new loans to Pakistan on Friday.", ("JPN", "", "162")),
    # one's own ambassador ordered home is recalled
    ("Thailand has ordered its ambassador home from Phnom Penh.", ("THA", "KHMGOV", "161")),
    # the object read as what the verb makes of it ("called [it] blockades")
    ("Bolivia's coca farmers on Friday called off the road blockades that had cut La Paz off "
     "from the rest of the country.", ("BOLAGR", "BOL", "082")),
    ("Swiss magistrates, who have frozen millions of dollars linked to Sani Abacha, on Thursday "
     "handed over bank records to Nigerian investigators.", ("CHEJUD", "NGACOP", "064")),
    # troops sent abroad to reinforce a peacekeeping force protect (074)
    ("Nigeria on Monday deployed more troops to Sierra Leone to reinforce the ECOMOG "
     "peacekeeping force.", ("NGA", "SLE", "074")),
    # idioms
    ("A Peruvian military court returned a guilty verdict against American activist Lori "
     "Berenson.", ("PERJUD", "USAOPP", "116")),
    ("China launched a scathing attack on Taiwan's President Lee Teng-hui on Thursday.",
     ("CHN", "TWNGOV", "111")),
    # a past tense read as a modifier after a describing clause
    ("Colombia's FARC rebels, who control a large zone in the south, froze peace talks with the "
     "government on Tuesday.", ("COLREB", "COLGOV", "164")),
    ("ZANU-PF militias, who have been deployed across rural Zimbabwe, forced villagers to "
     "attend night rallies, rights groups said.", ("ZWEPTYZPF", "ZWECVL", "170")),
]


@pytest.mark.parametrize(("text", "want"), FOUND, ids=[t[:40] for t, _ in FOUND])
def test_found(text: str, want: tuple[str, str, str]) -> None:
    assert want in triples(code(text, DAY))


def test_an_ordered_act_is_no_demand_and_no_curfew() -> None:
    events = code("The Kenyan government on Monday ordered a relaxation of the curfew in Mombasa.",
                  DAY)
    assert [e.cameo for e in events] == ["0813"]
    events = code("Russian President Boris Yeltsin ordered the delivery of fuel and spare parts "
                  "to the Abkhaz authorities on Friday.", DAY)
    assert [e.cameo for e in events] == ["073"]


def test_what_an_imposed_ban_bans_is_still_read_by_the_verb() -> None:
    events = code("The European Community imposed a ban on all imports from Argentina.", DAY)
    assert [e.cameo for e in events] == ["163"]


def test_a_demand_that_someone_release_credit_keeps_its_target() -> None:
    events = code("Polish Prime Minister Tadeusz Mazowiecki demanded that Bonn release the "
                  "credit it had promised.", DAY)
    assert ("POLGOV", "DEU", "1053") in triples(events)


def test_a_physical_attack_is_no_scathing_one() -> None:
    assert ("---REB", "---MIL", "190") in triples(
        code("Rebels launched an attack on the army base at dawn.", DAY))


def test_what_the_doer_of_the_news_had_done_is_background() -> None:
    events = code("Indonesian students, who have occupied the parliament building for five "
                  "days, left the compound on Friday and ended their protest.", DAY)
    assert [(e.source.code if e.source else None, e.cameo) for e in events] == [
        ("IDNEDU", "082")]


def test_a_party_owned_by_another_country_is_that_countrys() -> None:
    events = code("Albania's opposition Democratic Party announced an end to its boycott of "
                  "parliament on Monday.", DAY)
    assert [(e.source.code if e.source else None, e.cameo) for e in events] == [
        ("ALBPTY", "082")]


def test_the_us_democratic_party_is_still_american() -> None:
    events = code("The Democratic Party on Monday condemned the decision.", DAY)
    assert [e.source.code if e.source else None for e in events] == ["USAPTYDEM"]


def test_troops_sent_to_a_border_at_home_mass_there() -> None:
    events = code("Nigeria deployed more troops to its border with Cameroon on Monday.", DAY)
    assert [e.cameo for e in events] == ["154"]


def test_what_a_recall_was_in_protest_at_is_no_news() -> None:
    events = code("Egypt on Tuesday announced the recall of its ambassador from Tel Aviv in "
                  "protest at Israel's handling of the Palestinian uprising.", DAY)
    assert [(e.source.code if e.source else None, e.cameo) for e in events] == [("EGY", "161")]


def test_a_march_in_protest_at_a_killing_is_the_march() -> None:
    events = code("Thousands marched in Cairo in protest at the killing of a student.", DAY)
    assert [e.cameo for e in events] == ["141"]


@pytest.mark.parametrize(("text", "source"), [
    ("A Scottish court on Wednesday found Libyan agent Abdel Basset al-Megrahi guilty of the "
     "Lockerbie bombing.", "GBRJUD"),
    ("Crimea's parliament on Monday condemned the decision by Kyiv.", "UKRLEG"),
])
def test_regions_of_a_country_are_that_countrys(text: str, source: str) -> None:
    assert source in {e.source.code for e in code(text, DAY) if e.source}


@pytest.mark.parametrize(("text", "source"), [
    ("IRNA accused the Taliban on Thursday of murdering Iranian diplomats in Mazar-i-Sharif.",
     "IRNMEDIRN"),
    ("KCNA on Tuesday accused the United States of plotting a war on the Korean peninsula.",
     "PRKMEDKCN"),
    ("The Majlis on Sunday passed a resolution condemning the U.S. Congress.", "IRNLEG"),
])
def test_state_news_agencies_and_parliaments_by_their_own_names(text: str, source: str) -> None:
    assert source in {e.source.code for e in code(text, DAY) if e.source}


def test_a_state_body_owned_by_another_country_is_that_countrys() -> None:
    events = code("Turkey's National Security Council demanded on Friday that the government curb "
                  "Islamist activity.", DAY)
    assert "TURGOV" in {e.source.code for e in events if e.source}
    assert "IGOUNOSEC" not in {e.source.code for e in events if e.source}
