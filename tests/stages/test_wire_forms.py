"""Forms wire leads tell events in: fire said of words, requests handed over as nouns, a claim
told after what it claims, asylum given in a passive, towns named by their parts or mistaken
for people, and a closing "the X warned" the parser reads as an apposition. Made-up sentences
about real actors, coded with the shipped codebook and the pinned model."""

from __future__ import annotations

import pytest

from tests.stages.coding import code, triples

pytestmark = pytest.mark.model
DAY = "2000-01-01"

FOUND = [
    # fire that a state or a body aims at a plan or at someone is criticism
    ("The French plan came under fire from Germany on Tuesday.", ("DEU", "FRA", "111")),
    ("The EU came under fire from Beijing over its new tariffs.",
     ("CHNGOV", "IGOEUREEC", "111")),
    # defending a refusal is words
    ("Beijing defended Pyongyang's refusal to resume talks.", ("CHNGOV", "PRKGOV", "052")),
    # a ban on trade lifted is an economic sanction eased
    ("Japan lifted its ban on imports from Taiwan.", ("JPN", "TWN", "085")),
    ("A private radio station in Bishkek was taken off the air by the Kyrgyz authorities.",
     ("KGZGOV", "KGZ", "1721")),
    ("Spanish police shared dossiers on suspected smugglers with Moroccan officials.",
     ("ESPCOP", "MARGOV", "064")),
    ("Eritrea ordered the UN refugee agency to shut its Asmara office.",
     ("ERI", "IGOUNOREFHCR", "1663")),
    # asylum given in a passive: by the state it is given in, to its subject
    ("The former Liberian president was given asylum in Nigeria.", ("NGAGOV", "LBRELI", "075")),
    # rallying others behind someone
    ("Muammar Gaddafi rallied African leaders behind Zimbabwean President Robert Mugabe in his "
     "quarrel with London.", ("LBYGOV", "ZWEGOV", "053")),
    # requests and pleas handed over as nouns, the doer named by "by" or as owner
    ("A plea for blankets and medicine was sent to the Red Cross by the authorities in Dushanbe.",
     ("TJKGOV", "NGOHLHIRC", "0233")),
    ("A request by Mali for more French troops was made on Friday.", ("MLI", "", "0234")),
    ("A request for the extradition of the banker was lodged with the Swiss government by "
     "Caracas.", ("VENGOV", "CHEGOV", "0213")),
    ("Khartoum gave the go-ahead for the relief flights.", ("SDNGOV", "SDN", "0863")),
    # a town named by its part, and one the tagger took for a person
    ("Masked gunmen ambushed a bus on the outskirts of Grozny.", ("RUSUAF", "RUS", "190")),
    ("Two Italian nurses were kidnapped by gunmen who stopped their jeep on the outskirts of "
     "Tetovo.", ("MKDUAF", "ITAHLH", "181")),
    # "..., the EU's commissioner warned": the parser made the commissioner an apposition
    ("Serbia stands to lose hundreds of millions of euros in European aid if it fails to hand "
     "over fugitive Goran Hadzic, the EU's enlargement commissioner warned Belgrade.",
     ("IGOEUREEC", "SRBGOV", "130")),
]


@pytest.mark.parametrize(("text", "triple"), FOUND)
def test_the_event_is_found_in_its_wire_form(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(code(text, DAY))


def test_a_noun_hyphened_to_a_modifier_is_no_event_and_the_town_still_counts() -> None:
    found = triples(code("The curfew in riot-hit Ahmedabad was eased for six hours as calm "
                         "returned to the city.", DAY))
    assert found == {("INDGOV", "IND", "0813")}  # "riot-hit" describes the town: no riot


def test_fire_from_fighters_is_still_fire() -> None:
    found = triples(code("A Dutch patrol came under fire from Taliban fighters near Kandahar.",
                         DAY))
    assert ("AFGINSTAL", "NLD", "190") in found


def test_a_claim_told_after_what_it_claims_is_its_source_not_an_accusation() -> None:
    events = code("Dozens of students were detained by police in Minsk, an opposition party "
                  "claimed.", DAY)
    assert [(e.cameo, e.mode) for e in events] == [("173", "reported")]
    claimed = code("The party claimed that police detained dozens of students in Minsk.", DAY)
    assert "112" in {e.cameo for e in claimed}  # a claim before what it claims still accuses


def test_a_list_before_its_verb_is_no_closing_apposition() -> None:
    found = triples(code("Peru, Chile, Bolivia and Ecuador welcomed the accord.", DAY))
    assert {s for s, _, _ in found} == {"PER", "CHL", "BOL", "ECU"}


def test_assurances_given_from_a_state_are_that_state_s() -> None:
    events = code("The Kurdish group said it had been given assurances from Washington.", DAY)
    assert [e.source.code for e in events if e.cameo == "030" and e.source] == ["USAGOV"]


def test_what_a_relative_clause_s_second_verb_tells_is_background() -> None:
    events = code("Emergency rule was declared across Pakistan on Saturday by General Pervez "
                  "Musharraf, who suspended the constitution and sacked the chief justice.", DAY)
    best = max(events, key=lambda e: e.confidence)
    assert best.cameo == "1724"
    assert "0831" not in {e.cameo for e in events}
