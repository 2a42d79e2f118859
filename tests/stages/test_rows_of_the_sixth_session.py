"""Rows and rules found by rewording the PLOVER development sentences in the sixth session
(the same events, told with other names for their actors): an officer of a metonym ("the
Palestinian Authority chairman"), the armed services by name (Royal Air Force, Red Army),
"went on" doing, a state protesting a deed done "by" another, and rows for curbs overturned,
relief frozen, inspectors recalled, diplomats thrown out, dealings suspended and penalties
ordered; then, from the wire-shaped rewordings, a vow to do what a light verb carries ("vowed
to inflict strikes"), what a repeated demand asks, and rows for measures scaled back, caps
annulled, diplomats declared persona non grata, measures warned of, aid banned, air links
halted, contacts shunned, plans signed on to and blockades removed. Made-up sentences about
real actors, coded with the shipped codebook and the pinned model."""

from __future__ import annotations

import pytest

from tests.stages.coding import code, triples

pytestmark = pytest.mark.model
DAY = "2000-01-01"

FOUND = [
    ("Russia formally protested the expulsion of its diplomats by Britain.",
     ("RUS", "GBR", "114")),
    ("The Palestinian Authority chairman rejected the American plan on Monday.",
     ("PSEGOV", "USA", "127")),
    ("Royal Air Force jets bombed an arms depot near Basra.", ("GBRMIL", "IRQ", "195")),
    ("The Red Army shelled rebel villages near Kabul.", ("USRMIL", "AFG", "194")),
    ("Washington went on selling arms to Taiwan.", ("USAGOV", "TWN", "062")),
    ("Qadhafi threatened to expel Egyptian workers.", ("LBYGOV", "EGYLAB", "137")),
    ("Judges in Riga overturned curbs on Russian-language schools.", ("LVAJUD", "LVA", "081")),
    ("The World Food Programme froze its food deliveries in Somalia on Monday.",
     ("IGOUNOWFP", "SOM", "1623")),
    ("The United Nations recalled its weapons inspectors from Iraq on Wednesday.",
     ("IGOUNO", "IRQ", "1662")),
    ("Paris threw out three Iranian diplomats on Friday.", ("FRAGOV", "IRNGOV", "161")),
    ("Seoul has suspended all dealings with Pyongyang.", ("KORGOV", "PRKGOV", "161")),
    ("Washington ordered trade penalties against Beijing.", ("USAGOV", "CHNGOV", "163")),
    # rewordings in wire shape: light verbs in a vow, rows
    ("Hamas vowed on Sunday to inflict painful strikes on Israel.", ("PSEINSHMS", "ISR", "138")),
    ("Belgrade on Monday scaled back security measures in Kosovo.", ("SRBGOV", "SRB", "081")),
    ("Estonia's Supreme Court annulled curbs on Russian-language schools.",
     ("ESTJUD", "EST", "081")),
    ("Austria declared three Iranian diplomats persona non grata on Friday.",
     ("AUT", "IRNGOV", "161")),
    ("The British prime minister warned of tougher measures against Zimbabwe.",
     ("GBRGOV", "ZWE", "130")),
    ("Washington on Friday banned all aid to Burundi's army.", ("USAGOV", "BDIMIL", "162")),
    ("Greece halted air links with Belgrade on Tuesday.", ("GRC", "SRBGOV", "160")),
    ("Kenya has shunned contacts with Somalia's rival factions.", ("KEN", "SOM", "161")),
    ("Norway signed on to the Canadian plan on Monday.", ("NOR", "CAN", "030")),
    ("Indian troops removed their blockade on the town of Kargil.", ("INDMIL", "IND", "0872")),
    # whose side those "loyal to" someone are on; a dateline with place, country and date
    ("Militants loyal to Osama bin Laden bombed a hotel in Mombasa.",
     ("IMGMUSAQD", "KEN", "195")),
    ("GAZA CITY, Gaza Strip, March 3 - Israeli helicopters fired missiles at a Hamas office.",
     ("ISRMIL", "PSEINSHMS", "190")),
    # a verb the tagger put inside a date ("on Friday ended a day-long ..."), two rows
    ("The Indian army on Friday ended a day-long closure of the border.",
     ("INDMIL", "IND", "081")),
    ("Mozambique's army began the demobilisation of government troops.",
     ("MOZMIL", "MOZ", "0873")),
    ("Arafat has accepted an Egyptian mediating role in the talks.", ("PSEGOV", "EGY", "038")),
    # police keeping protesters from marching; a refusal told with "no more"
    ("Kenyan riot police stopped opposition supporters from marching in Nairobi.",
     ("KENCOP", "KENOPP", "1721")),
    ("Jordan said it would admit no more Iraqi refugees.", ("JOR", "IRQREF", "120")),
    ("A Peruvian judge summoned Alberto Fujimori for questioning on Monday.",
     ("PERJUD", "PERGOV", "100")),  # in office on the day
    ("Athens cut air connections with Belgrade on Monday.", ("GRCGOV", "SRBGOV", "161")),
    # resigning, surrendering, pulling out told as a noun: its "of" names who does it
    ("The resignation of Georgian President Eduard Shevardnadze came on Sunday.",
     ("GEOGOV", "GEO", "0831")),
    ("The surrender of 500 Ugandan rebels was reported by a local official.",
     ("UGAREB", "UGA", "0874")),
    # nouns of action coded by their verb's patterns
    ("The wounding of two British soldiers by IRA guerrillas was reported by police.",
     ("GBRREBIRA", "GBR", "190")),
    ("The torching of a mosque in Gujarat by Hindu militants was condemned on Friday.",
     ("INDINS", "IND", "1712")),
]


@pytest.mark.parametrize(("text", "triple"), FOUND)
def test_the_event_is_found(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(code(text, DAY))


def test_what_a_repeated_demand_asks_is_not_done() -> None:
    coded = code("The rebels repeated their demand on Saturday that the government grant wider "
                 "rights to the Hutu majority.", DAY)
    assert "0833" not in {e.cameo for e in coded}


def test_workers_halting_traffic_impose_no_sanction() -> None:
    coded = code("French paper workers halted traffic on the Europe Bridge.", DAY)
    assert not [e for e in coded if e.cameo.startswith("16")]


def test_a_march_police_stopped_did_not_happen() -> None:
    coded = code("Kenyan riot police stopped opposition supporters from marching in Nairobi.", DAY)
    assert "141" not in {e.cameo for e in coded}


def test_no_more_than_a_number_is_no_denial() -> None:
    coded = code("No more than 200 Indian troops were deployed to Sri Lanka on Monday.", DAY)
    assert "154" in {e.cameo for e in coded if e.mode == "asserted"}


def test_an_economy_pulled_out_of_crisis_is_no_withdrawal() -> None:
    coded = code("Thailand's prime minister vowed to pull the economy out of recession.", DAY)
    assert not [e for e in coded if e.cameo.startswith(("087", "0356"))]


def test_the_release_of_prisoners_is_not_done_by_them() -> None:
    coded = code("The release of 300 Kurdish prisoners was announced by Turkey.", DAY)
    assert all(e.source is None or e.source.code != "TURREB" for e in coded if e.cameo[:3] == "084")


def test_a_memory_recalled_is_no_withdrawal() -> None:
    coded = code("Iraqi officials recalled the inspectors' last visit to Baghdad.", DAY)
    assert "1662" not in {e.cameo for e in coded}


def test_a_metonym_before_a_thing_is_not_its_owner() -> None:
    coded = code("Washington residents protested against the war in Iraq.", DAY)
    assert all(e.source is None or e.source.code != "USAGOV" for e in coded)
