"""Rows and rules found by rewording the PLOVER development sentences in the seventh session
(the same events told as nouns, in the passive, with other verbs): a "visiting" leader joined
to the other side of a meeting, an act that is "aimed at" something still took place, military
movement curbs lifted (checkpoints dismantled, crossings reopened), office given up, ground
vacated, hackers trained, artillery readied, asylum granted as a noun, a place "visited by"
someone, "arms deliveries" as deliveries of arms, workers or a crowd shutting a road as an
obstruction, an announced resignation as an intent to change leadership, failing to agree,
mediation given up, the wounded flown out, inspectors expelled and aid banned (as nouns) and
talks between two sides resumed. Made-up sentences
about real actors, coded with the shipped codebook and the pinned model."""

from __future__ import annotations

import pytest

from tests.stages.coding import code, triples

pytestmark = pytest.mark.model
DAY = "2000-01-01"

FOUND = [
    # "and visiting B": B is the second side, as subject and after "between"
    ("Russian President Boris Yeltsin and visiting Japanese Prime Minister Ryutaro Hashimoto "
     "met in Krasnoyarsk on Saturday.", ("RUSGOV", "JPNGOV", "040")),
    ("Talks between Chinese Premier Li Peng and visiting Pakistani President Farooq Leghari "
     "ended on Monday.", ("PAKGOV", "CHNGOV", "040")),
    # what a meeting aims at is still to come; the meeting is not
    ("The meeting between Yeltsin and Hashimoto on Saturday was aimed at forging a close "
     "relationship.", ("RUSELI", "JPNELI", "040")),
    # curbs on movement lifted by armed forces: easing a blockade (0872)
    ("Israeli army commanders reopened the Karni crossing to Palestinian lorries on Friday.",
     ("ISRMIL", "PSE", "0872")),
    ("Eduard Shevardnadze gave up the Georgian presidency on Sunday.", ("GEOGOV", "GEO", "0831")),
    ("Bosnian Serb forces vacated the town of Gorazde on Tuesday.", ("BIHUAFVRS", "BIH", "087")),
    ("The Macedonian army readied its artillery to resume shelling rebel villages.",
     ("MKDMIL", "MKD", "150")),
    ("Uganda's grant of political asylum to 18 Rwandan rebels was disclosed on Friday.",
     ("UGA", "RWAREB", "075")),
    # a passive visit: the visited is the passive's subject
    ("Moscow was visited on Monday by the Chinese foreign minister.", ("CHNGOV", "RUSGOV", "042")),
    # a noun of action whose object is its modifier: "arms deliveries" deliver arms
    ("The United States continued arms deliveries to Pakistan.", ("USA", "PAK", "072")),
    # workers shutting a bridge obstruct passage; they impose no administrative sanction
    ("Angry French paper workers shut down the Europe Bridge over the Rhine for three hours.",
     ("FRALAB", "FRA", "144")),
    # failing to agree as failing to reach agreement; mediation given up; the wounded flown out
    ("Israeli and Palestinian negotiators failed to agree on the offices on Sunday.",
     ("ISRGOV", "PSEGOV", "120")),
    ("Syrian army officers today withdrew from mediation between rival militias in Beirut.",
     ("SYRMIL", "LBNUAF", "165")),
    ("Egypt abandoned its efforts to broker peace between Sudan's government and the rebels.",
     ("EGY", "SDN", "165")),
    ("U.N. helicopters flew the wounded out of the encircled Bosnian town of Gorazde on Friday.",
     ("IGOUNO", "BIH", "073")),
    # nouns of sanctions: inspectors expelled, aid banned; talks resumed between two sides
    ("Iraq's expulsion of U.N. arms inspectors was condemned on Monday.",
     ("IRQ", "IGOUNO", "1662")),
    ("A U.S. ban on all assistance to Albanian rebels was announced on Wednesday.",
     ("USA", "ALBREB", "162")),
    ("The resumption of talks between Israel and Syria was announced on Monday.",
     ("SYR", "ISR", "046")),
]


def test_a_people_in_numbers_sealing_roads_obstructs_passage() -> None:
    events = code("Hundreds of young Algerians sealed off access roads to the city centre on "
                  "Sunday.", DAY)
    assert [(e.source.code if e.source else None, e.cameo) for e in events] == [("DZA", "144")]


@pytest.mark.parametrize(("text", "want"), FOUND, ids=[t[:40] for t, _ in FOUND])
def test_found(text: str, want: tuple[str, str, str]) -> None:
    assert want in triples(code(text, DAY))


def test_dismantled_checkpoints_ease_a_blockade() -> None:
    events = code("Russian troops dismantled their checkpoints near Gori on Friday.", DAY)
    assert [(e.cameo, e.plover) for e in events] == [("0872", "RETREAT")]


def test_trained_hackers_build_up_forces() -> None:
    events = code("Iran has trained 300 hackers for its cyber army.", DAY)
    assert [(e.source.code if e.source else None, e.cameo) for e in events] == [("IRN", "154")]


def test_announced_resignation_is_an_intent_to_change_leadership() -> None:
    events = code("Musharraf will give up power before the end of the year, his spokesman said.",
                  DAY)
    assert ("0341", "AGREE") in [(e.cameo, e.plover) for e in events]


# a third set of rewordings, each event told three more ways: the less common expressions
IDIOMS = [
    ("Palestinian prisoners ran amok on Monday at the jail in northern Israel.", ("PSE", "145")),
    ("A roadside bomb near Samarra on Sunday claimed the life of one American soldier.",
     ("IRQUAF", "190")),
    ("A roadside blast near Samarra on Sunday left one U.S. soldier dead.", ("IRQUAF", "190")),
    ("Hezbollah guerrillas slew the second-in-command of the militia on Sunday.",
     ("LBNINSHEZ", "1823")),
    ("Burundian militiamen fell upon a Congolese refugee camp.", ("BDIUAF", "180")),
    ("Switzerland has kicked out two Russian diplomats posted in Geneva.", ("CHE", "161")),
    ("Bangladesh has given short shrift to an Indian offer of a free trade pact.", ("BGD", "120")),
    ("The United States shot down a Security Council draft resolution on Wednesday.",
     ("USA", "120")),
    ("Syria turned away hundreds of Iraqi refugees on Monday.", ("SYR", "1223")),
    ("Italy froze air links with Serbia on Wednesday.", ("ITA", "160")),
    ("President Clinton has clamped punitive measures on the Taliban.", ("USAGOV", "163")),
    ("Yasser Arafat took the side of Iraq against Western critics.", ("PSEGOV", "052")),
    ("Gaddafi and Zhivkov sealed a treaty of friendship and cooperation today.",
     ("LBYGOV", "057")),
    ("U.N. helicopters ferried the wounded to safety from Gorazde on Friday.", ("IGOUNO", "073")),
    ("Finland has committed 580 million shillings to Tanzania over three years.",
     ("FIN", "0331")),
    ("Bosnian Serbs held out for a truce with Moslem forces.", ("BIH", "100")),
    ("Iranian authorities have been leaning on workers to call off a planned strike.",
     ("IRNGOV", "100")),
    ("Palestinian police had taken weapons away from militant groups.", ("PSECOP", "1711")),
    ("Avril's military government slapped a 30-day state of siege on Haiti.", ("HTIGOV", "1724")),
    ("Israel raised the spectre of barring voting in East Jerusalem.", ("ISR", "130")),
    ("The Nigerian Union of Teachers abandoned its four-day strike on Thursday.",
     ("NGALAB", "082")),
    ("Uzbekistan has unblocked the Friendship Bridge to Afghanistan.", ("UZB", "0872")),
    ("Syrian officers walked away from their peacemaking role between the militias.",
     ("SYRCOP", "165")),
    ("North Korea has schooled over 500 computer hackers.", ("PRK", "154")),
    ("Georgian President Eduard Shevardnadze bowed out of office on Sunday.", ("GEOGOV", "0831")),
    ("The Israeli army on Friday scrapped a blockade on Palestinian lorries.", ("ISRMIL", "0872")),
    ("President Mwanawasa has backtracked on his pledge of elections under a new constitution.",
     ("ZMBGOV", "120")),
    ("President Mwanawasa has walked away from his undertaking to hold elections.",
     ("ZMBGOV", "120")),
]


@pytest.mark.parametrize(("text", "want"), IDIOMS, ids=[t[:40] for t, _ in IDIOMS])
def test_idiom(text: str, want: tuple[str, str]) -> None:
    assert want in {(e.source.code if e.source else "", e.cameo) for e in code(text, DAY)}


def test_a_war_s_toll_is_no_event() -> None:
    """A guard for the "claimed the lives of" rows: a war's running toll is no one event."""
    text = "The PKK insurgency, which began in 1984, has claimed more than 40,000 lives."
    assert not [e for e in code(text, DAY) if e.plover]


def test_a_named_ally_is_who_acts_not_whose_ally_it_is() -> None:
    events = code("Key U.S. ally Pakistan rejected the plan on Monday.", DAY)
    assert [e.source.code if e.source else None for e in events] == ["PAK"]


def test_irish_nationalist_guerrillas_are_the_ira() -> None:
    events = code("Irish nationalist guerrillas injured two British soldiers on Thursday.", DAY)
    assert ("GBRREBIRA", "GBRMIL", "182") in triples(events)


def test_insisting_that_someone_act_is_a_demand() -> None:
    text = "Ethnic Albanians in southern Serbia are insisting that the Serbian authorities " \
           "grant them political and territorial autonomy."
    assert [(e.cameo, e.plover) for e in code(text, DAY)] == [("104", "REQUEST")]
    assert not [e for e in code("The minister insisted that he was innocent.", DAY) if e.plover]


def test_what_is_said_in_a_statement_is_what_is_said() -> None:
    text = "Amnesty International said in a statement that the Sudanese government must scrap " \
           "its limits on freedom of the press."
    assert ("NGOHRIAMN", "SDNGOV", "1051") in triples(code(text, DAY))


def test_out_of_after_an_object_or_a_passive_is_a_particle() -> None:
    text = "North Korea kicked International Atomic Energy Agency (IAEA) inspectors out of " \
           "its nuclear facilities."
    assert [e.cameo for e in code(text, DAY)] == ["1662"]
    passive = code("Two Russian diplomats had been kicked out of the country for spying.", DAY)
    assert [e.cameo for e in passive] == ["161"]
