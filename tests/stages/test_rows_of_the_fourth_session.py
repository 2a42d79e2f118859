"""Rows found by the blind writers' tune misses in the fourth session: permission given for
peacekeepers, inspectors or relief; a trade ban ended; demands stepped up or presented; leaders
canvassed to back a side; a prisoner let out of jail; relief flown or shipped for survivors;
what is signalled or hinted; a go-between's role ended; calls rejected; joint work and
links two countries open together; mediation missions, apologies, recognition switched,
support come out in, common positions, memoranda inked.
Made-up sentences about real actors, coded with the shipped codebook and the pinned model."""

from __future__ import annotations

import pytest

from tests.stages.coding import code, triples

pytestmark = pytest.mark.model
DAY = "2000-01-01"

FOUND = [
    ("Mali's government gave the green light on Friday for the deployment of U.N. "
     "peacekeepers in the north.", ("MLIGOV", "IGOUNO", "0861")),
    ("Syria gave permission on Tuesday for U.N. inspectors to visit the site.",
     ("SYR", "IGOUNO", "0862")),
    ("Ethiopia gave the go-ahead for U.N. relief flights to land in Tigray.",
     ("ETH", "IGOUNO", "0863")),
    ("The European Union ended its ban on Iranian oil imports on Monday.",
     ("IGOEUREEC", "IRN", "085")),
    ("Bolivia stepped up its demands that Chile grant it access to the sea.",
     ("BOL", "CHL", "100")),
    ("Washington presented Caracas with a list of demands on Friday.",
     ("USAGOV", "VENGOV", "100")),
    ("Turkey has been canvassing Arab governments to back Qatar in its dispute with its "
     "neighbours.", ("TUR", "QAT", "053")),
    ("The dissident was let out of prison on Monday by the Chinese authorities.",
     ("CHNGOV", "CHNOPP", "0841")),
    ("Japan flew tents and blankets on Sunday for survivors of the earthquake in Nepal.",
     ("JPN", "NPL", "073")),
    ("Qatar signalled it could abandon its mediation between the two factions unless the "
     "fighting in Darfur stopped.", ("QAT", "SDN", "135")),
    ("Switzerland ended its role as mediator between Colombia and the rebels on Friday.",
     ("CHE", "COL", "165")),
    ("Myanmar said on Monday it would not allow a U.N. panel of experts to visit the country.",
     ("MMR", "IGOUNO", "1245")),
    ("Zambia rejected World Bank calls to scrap its maize subsidies.",
     ("ZMB", "IGOUNODEVWBK", "124")),
    ("German and Polish archaeologists began a joint excavation near Szczecin on Monday.",
     ("DEU", "POL", "060")),
    ("Malaysian and Thai warships began coordinated patrols on Tuesday.",
     ("MYSMIL", "THAMIL", "062")),
    ("Turkey and Azerbaijan opened a gas pipeline on Saturday.", ("TUR", "AZE", "061")),
    ("A railway was inaugurated on Monday by the presidents of Kenya and Uganda.",
     ("KENGOV", "UGAGOV", "061")),
    ("Coal miners in Ukraine downed tools on Monday.", ("UKRLAB", "UKRGOV", "143")),
    ("Norway's foreign minister began a mediation mission in Khartoum on Monday.",
     ("NORGOV", "SDNGOV", "045")),
    ("Japan's prime minister said sorry to China for the war on Thursday.",
     ("JPNGOV", "CHN", "055")),
    ("Panama switched diplomatic recognition from Taiwan to China on Tuesday.",
     ("PAN", "CHN", "054")),
    ("Brazil came out in support of India's bid for a permanent seat on Monday.",
     ("BRA", "IND", "051")),
    ("Spain and Portugal forged a common position on fisheries on Friday.",
     ("ESP", "PRT", "050")),
    ("Chile and Peru inked a memorandum of understanding on Monday.", ("CHL", "PER", "057")),
    ("Bolivian miners began an indefinite strike on Tuesday.", ("BOLLAB", "BOLGOV", "143")),
    ("Hamas kept hostages in tunnels as human shields.", ("PSEINSHMS", "PSECVL", "184")),
    ("Zimbabwean war veterans occupied white-owned farms on Monday.", ("ZWECVL", "ZWE", "171")),
    # a capital the tagger reads as a person's name is still the "it" that follows
    ("Khartoum said it would accept U.N. peacekeepers.", ("SDNGOV", "IGOUNO", "0355")),
    ("Britain handed back to China on Monday a set of bronze statues.", ("GBR", "CHN", "0842")),
    ("Syrian forces used unconventional weapons against rebel fighters near Damascus.",
     ("SYRMIL", "SYRREB", "204")),
    ("Russian troops laid waste to Grozny in January.", ("RUSMIL", "RUS", "200")),
    ("NATO jets knocked out two bridges in Belgrade on Friday.", ("IGOWSTNAT", "SRB", "190")),
    ("Sudan allowed a U.N. envoy to visit Darfur on Monday.", ("SDN", "IGOUNO", "0862")),
    ("Canada said it would lead a multinational force to protect aid convoys in Haiti.",
     ("CAN", "HTI", "0334")),
    ("China abandoned the yuan's peg to the dollar on Thursday.", ("CHN", "", "0832")),
]


@pytest.mark.parametrize(("text", "triple"), FOUND)
def test_the_event_is_found(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(code(text, DAY))


def test_a_markets_demand_stepped_up_is_no_demand() -> None:
    coded = code("The peso fell as importers stepped up demand for dollars on Monday.", DAY)
    assert not [e for e in coded if e.cameo.startswith("10")]


def test_a_call_stepped_up_stays_an_appeal() -> None:
    coded = code("Pakistan stepped up calls for India to open talks on Kashmir.", DAY)
    assert "100" not in {e.cameo for e in coded}


def test_a_green_light_for_nothing_foreign_is_no_event() -> None:
    coded = code("The board gave the green light for a new headquarters in Paris.", DAY)
    assert not [e for e in coded if e.cameo.startswith("086")]


def test_a_link_one_country_opens_is_no_cooperation() -> None:
    assert "061" not in {e.cameo for e in code("China opened a new railway to Tibet.", DAY)}


def test_a_strike_gone_on_on_monday_is_no_air_strike() -> None:
    coded = code("French workers went on strike on Monday.", DAY)
    assert {e.cameo for e in coded} == {"143"}


def test_air_strikes_begun_stay_force() -> None:
    coded = code("US warplanes began air strikes on Iraq on Sunday.", DAY)
    assert "143" not in {e.cameo for e in coded}


def test_a_clause_opened_by_after_and_hung_on_a_comma_is_background() -> None:
    coded = code("The Israeli army, after shells killed scores of civilians sheltering at a U.N. "
                 "base in Qana, opened an inquiry on Friday into the shelling, military officials "
                 "said.", DAY)
    best = max(coded, key=lambda e: e.confidence)
    assert best.cameo.startswith("09")


def test_a_boxer_knocking_out_an_opponent_is_no_force() -> None:
    assert not code("The boxer knocked out his opponent in the third round.", DAY)
