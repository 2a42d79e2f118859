"""Rows and rules found by the blind writers' tune misses in the fifth session: agreements made
as concessions (CAMEO 08, not 03), giving way to demands, peacekeepers pulled out of a country,
marches called off, halts to hostilities, reservations expressed, proceedings instituted, an
organisation ordered out (166, 1663), war crimes charged in speech, prohibitions scrapped,
observers barred, aid handed over, questioning over influence peddling, opposition rallied, a
closing "..., X charged" read as the charge it is.
Made-up sentences about real actors, coded with the shipped codebook and the pinned model."""

from __future__ import annotations

import pytest

from tests.stages.coding import code, triples

pytestmark = pytest.mark.model
DAY = "2000-01-01"

FOUND = [
    ("Bowing to weeks of protests by farmers, the Spanish government agreed on Wednesday to "
     "scrap a planned fuel tax.", ("ESPGOV", "ESPAGR", "0832")),
    ("Zambia's president agreed on Monday to hold a referendum on multiparty rule, bowing to "
     "pressure from donors.", ("ZMBGOV", "ZMB", "080")),
    ("Myanmar bowed to international pressure and agreed to let U.N. peacekeepers into Rakhine.",
     ("MMR", "IGOUNO", "086")),
    ("Under pressure from a hunger strike, Turkey's justice ministry agreed to let prisoners "
     "meet in common areas.", ("TURGOV", "TUR", "080")),
    ("Jordan's government gave way to opposition demands on Thursday.",
     ("JORGOV", "JOROPP", "080")),
    ("Belgium pulled its contingent of U.N. peacekeepers out of Rwanda on Monday.",
     ("BEL", "IGOUNO", "1661")),
    ("Kenya's opposition called off its street marches in Nairobi on Tuesday.",
     ("KENOPP", "KEN", "082")),
    ("The Tamil Tigers announced a halt to hostilities on Monday.", ("LKAREBLTT", "LKA", "0871")),
    ("Egypt expressed reservations about a U.S. plan on Monday.", ("EGY", "USA", "110")),
    ("Iran instituted proceedings against the United States at the World Court.",
     ("IRN", "USA", "115")),
    ("Ethiopia ordered Medecins Sans Frontieres to leave the Ogaden.",
     ("ETH", "NGOHLHMSF", "1663")),
    ("Sudan expelled World Food Programme staff from Darfur on Friday.",
     ("SDN", "IGOUNOWFP", "166")),
    ("Lebanon's prime minister said Israel had committed war crimes in the south.",
     ("LBNGOV", "ISR", "112")),
    ("Taiwan's government scrapped its prohibition on new political parties on Tuesday.",
     ("TWNGOV", "TWN", "081")),
    ("Moscow barred OSCE observers from entering Chechnya on Monday.",
     ("RUSGOV", "IGOEURSCE", "1245")),
    ("Tokyo handed Phnom Penh a fresh assistance package on Thursday.",
     ("JPNGOV", "KHMGOV", "070")),
    ("Israeli police questioned Netanyahu on Sunday over suspected influence peddling.",
     ("ISRCOP", "ISRELI", "091")),
    ("Chavez rallied opposition to the U.S.-backed trade pact on Friday.",
     ("VENGOV", "USA", "113")),
    ("Ecuador and Peru reached a settlement of their border dispute on Monday.",
     ("ECU", "PER", "030")),
    ("Tokyo and Canberra have settled on terms for a free-trade deal.",
     ("JPNGOV", "", "030")),
    ("Latvia's Constitutional Court struck down limits on Russian-language broadcasting.",
     ("LVAJUD", "LVA", "081")),
    ("Moscow loosened the state of emergency in North Ossetia on Monday.",
     ("RUSGOV", "RUS", "0814")),
    ("More than 300 Maoist guerrillas turned themselves in to Nepalese police on Saturday.",
     ("NPLREB", "NPLCOP", "0874")),
    ("President Clinton on Tuesday ordered economic sanctions against the Taliban.",
     ("USAGOV", "AFGINSTAL", "163")),
    ("Rome on Wednesday suspended air traffic with Serbia.", ("ITAGOV", "SRB", "160")),
    ("Ankara cut off all flights to Damascus on Friday.", ("TURGOV", "SYRGOV", "160")),
    ("Riyadh has enlisted lobbying groups in America on Monday.", ("SAUGOV", "USA", "053")),
    ("Norwegian aid workers handed tents and blankets to the UN refugee agency.",
     ("NORNGO", "IGOUNOREFHCR", "073")),
    ("Swiss doctors turned over medicine to the Iranian Red Crescent on Monday.",
     ("CHEHLH", "IRN", "073")),
    ("Ethnic Albanian rebels vowed on Monday to keep fighting Macedonian troops.",
     ("ALBREB", "MKDMIL", "138")),
    ("Museveni said on Friday he may prohibit opposition candidates from standing.",
     ("UGAGOV", "UGAOPP", "132")),
    ("Bangladesh insisted that India let more water through the Farakka barrage.",
     ("BGD", "IND", "100")),
    ("Robert Mugabe today charged Washington with blackmail.", ("ZWEGOV", "USAGOV", "112")),
    ("Burundian militiamen raided a camp housing Congolese refugees, leaving 156 dead.",
     ("BDIUAF", "CODREF", "190")),
    ("Yasser Arafat on Friday rose to the defence of Iraq over Western attacks.",
     ("PSEGOV", "IRQ", "052")),
    ("Egypt and Iran have raised their diplomatic relations to ambassadorial level.",
     ("EGY", "IRN", "050")),
    ("Kyrgyzstan's prime minister welcomed an OSCE observer mission on Monday.",
     ("KGZGOV", "IGOEURSCE", "0862")),
    ("The curfew imposed on Montenegro has been removed by Belgrade.", ("SRBGOV", "SRB", "0813")),
    ("Malawi's president has backed away from his promise to step down.",
     ("MWIGOV", "", "120")),
    ("Zambia's president has gone back on his pledge to hold elections.", ("ZMBGOV", "", "120")),
    ("Israeli intelligence has passed to Washington evidence of links between al Qaeda and "
     "Baghdad.",
     ("ISR", "USAGOV", "064")),
    ("Armenian forces have completed their pullback from two districts.",
     ("ARMMIL", "ARM", "087")),
    ("Angola's president has accepted UNITA's call for an overhaul of the courts.",
     ("AGOGOV", "AGOREBUNI", "080")),
    ("Nigeria's deputy foreign minister called in Niger's ambassador on Tuesday.",
     ("NGAGOV", "NER", "114")),
    ("A UN working group examined the treatment of detainees in Egyptian prisons.",
     ("IGOUNO", "EGY", "092")),
    ("Germany's foreign minister is set to travel to Albania in June.", ("DEUGOV", "ALB", "036")),
    ("Half a million Serbian workers began striking indefinitely on Monday.",
     ("SRBLAB", "SRB", "143")),
    # a closing "..., X charged" the parser joins to the clause as one more verb
    ("Indian troops crossed the Line of Control and attacked Pakistani posts in Kashmir, "
     "Islamabad charged on Sunday.", ("PAKGOV", "INDMIL", "112")),
]


@pytest.mark.parametrize(("text", "triple"), FOUND)
def test_the_event_is_found(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(code(text, DAY))


def test_an_agreement_with_no_concession_stays_an_intent() -> None:
    coded = code("Malawi's president agreed on Sunday to hold a referendum on multiparty rule.",
                 DAY)
    assert {e.cameo for e in coded} & {"030", "0344"}
    assert not [e for e in coded if e.cameo.startswith("08")]


def test_a_promise_said_under_pressure_stays_an_intent() -> None:
    coded = code("Indonesia said it would allow a peacekeeping force into East Timor, bowing to "
                 "U.N. pressure.", DAY)
    assert "0355" in {e.cameo for e in coded}
    assert "086" not in {e.cameo for e in coded}


def test_a_bank_giving_way_is_no_concession() -> None:
    assert not code("The river bank gave way under the weight of the crowd.", DAY)


def test_a_person_ordered_out_is_still_deported() -> None:
    coded = code("Yugoslavia ordered William Walker, head of the OSCE mission in Kosovo, to leave "
                 "the country.", DAY)
    assert "174" in {e.cameo for e in coded}


def test_crimes_one_is_sorry_for_are_no_charge() -> None:
    coded = code("The speaker of Serbia's parliament said he was sorry for crimes committed by "
                 "Serb paramilitaries in Vukovar.", DAY)
    assert "112" not in {e.cameo for e in coded}


def test_a_lifted_bar_in_a_gym_is_no_concession() -> None:
    assert not code("The coach lifted the bar over his head.", DAY)


def test_a_package_handed_to_a_suspect_is_no_aid() -> None:
    assert not code("The police handed the suspect a package.", DAY)


def test_a_closing_report_after_and_is_no_attribution() -> None:
    coded = code("Rebels seized the town, and the army said on Monday.", DAY)
    assert "192" in {e.cameo for e in coded if e.mode == "asserted"}


def test_an_object_read_as_a_measure_of_time_is_the_object() -> None:
    coded = code("Riot police broke up a march by opposition supporters on Saturday.", DAY)
    assert "175" in {e.cameo for e in coded}


def test_a_year_is_no_multitude_of_deportees() -> None:
    coded = code("Japan deported seven Chinese activists who had landed on the islands in August "
                 "2012.", DAY)
    assert "174" in {e.cameo for e in coded}
    assert "201" not in {e.cameo for e in coded}


def test_a_meeting_that_broke_up_a_week_ago_is_no_crackdown() -> None:
    assert "175" not in {e.cameo for e in code("The talks broke up a week ago.", DAY)}


def test_what_others_say_may_be_banned_stays_possible() -> None:
    coded = code("Analysts said the government could ban the party.", DAY)
    assert not [e for e in coded if e.cameo.startswith("13")]


def test_prosecutors_charging_a_person_stays_legal_action() -> None:
    coded = code("Iranian prosecutors have charged a British aid worker with spying.", DAY)
    assert "173" in {e.cameo for e in coded}


def test_rebels_raiding_a_bank_do_not_attack_it() -> None:
    coded = code("Maoist rebels raided a state bank in western Nepal and made off with cash.", DAY)
    assert "190" not in {e.cameo for e in coded}


def test_bowing_to_weeks_of_protests_is_giving_way() -> None:
    coded = code("The Serbian government bowed to weeks of protests on Tuesday.", DAY)
    assert "080" in {e.cameo for e in coded}


def test_a_date_still_dates_a_verb() -> None:
    assert "080" not in {e.cameo for e in code("The talks resumed on Monday.", DAY)}


def test_rebels_cutting_off_traffic_are_no_sanction() -> None:
    coded = code("Ivorian rebels cut off traffic into Abidjan on Tuesday.", DAY)
    assert "160" not in {e.cameo for e in coded}


def test_workers_hitting_something_is_no_strike() -> None:
    assert "143" not in {e.cameo for e in code("Workers struck the gates with hammers.", DAY)}


def test_a_suicide_bomber_is_no_warplane_and_strikes_without_a_name() -> None:
    coded = code("At least four Afghan policemen died on Monday when a suicide bomber struck "
                 "their checkpoint near Kandahar.", DAY)
    assert "190" in {e.cameo for e in coded}
    assert "195" not in {e.cameo for e in code("A suicide bomber struck a market in Baghdad, "
                                                "killing 20 people.", DAY)}


def test_saying_another_state_broke_the_law_is_a_charge() -> None:
    coded = code("Amnesty International said the United States had violated human rights.", DAY)
    assert ("NGOHRIAMN", "USA", "112") in triples(coded)


def test_a_proposal_called_unacceptable_is_rejected() -> None:
    coded = code("The Palestinian Authority said Israel's proposed changes were unacceptable.", DAY)
    assert ("PSEGOV", "ISR", "120") in triples(coded)
    assert "111" in {e.cameo for e in code("Germany said the Russian decision was "
                                           "unacceptable.", DAY)}
