"""Threats said without "threaten" ("raised the prospect of sanctions", "promised a ruthless
crackdown", "will make them pay dearly"), fire named by its weapon, a weapon's launching craft
as its owner's, offers to mediate, and rows for codes a coding manual illustrates one by one
(returning a boat, throwing out inspectors, scaling back food aid, quitting as mediator),
requests handed over, and what someone is begged to do as not yet done.
Made-up sentences about real actors, coded with the shipped codebook and the pinned model."""

from __future__ import annotations

import pytest

from tests.stages.coding import code, triples

pytestmark = pytest.mark.model
DAY = "2000-01-01"

FOUND = [
    # the words for a threat carried by "raise", active or passive; its target comes after it
    ("Nurses raised the threat of a general strike if the Kenyan government cut their pay.",
     ("KENHLH", "KENGOV", "133")),
    ("Moscow raised the prospect of sanctions against Tbilisi on Friday.",
     ("RUSGOV", "GEOGOV", "1312")),
    ("The threat of an oil embargo against Pretoria was raised by Nigeria's foreign minister.",
     ("NGAGOV", "ZAFGOV", "1312")),
    # force promised, or promised in the future tense, is threatened
    ("Jakarta's police chief promised a ruthless crackdown on rioters.",
     ("IDNCOP", "IDNOPP", "137")),
    ("Uganda will make the rebels pay dearly, the army said.", ("UGA", "UGAREB", "130")),
    ("Pakistan declared that it would unleash its nuclear arsenal on any invader.",
     ("PAK", "", "1385")),
    # fire that names its weapon is shot, whoever's it is; "counter-offensive" split at "-"
    ("Cambodian soldiers came under Thai mortar fire near the border on Monday.",
     ("THA", "KHMMIL", "190")),
    ("Zambia's army launched a counter-offensive against Angolan rebels.",
     ("ZMBMIL", "AGOREB", "190")),
    # a missile fired from a craft is fired by the craft's owner
    ("A missile was fired from a US drone at a car in Yemen on Sunday.", ("USA", "YEM", "190")),
    # an offer to mediate is the intent to mediate (039), not to meet (036)
    ("Egypt volunteered to mediate between Israel and Syria.", ("EGY", "ISR", "039")),
    ("Ghana's navy returned a seized Togolese fishing boat to Lome.",
     ("GHAMIL", "TGOGOV", "0842")),
    ("Baghdad threw out the UN arms inspectors.", ("IRQGOV", "IGOUNO", "1662")),
    ("Britain terminated arms supplies to the Sierra Leone army.", ("GBR", "SLEMIL", "1622")),
    ("The World Food Programme scaled back food deliveries to Somalia.",
     ("IGOUNOWFP", "SOM", "1623")),
    ("Kenya pulled out of its role as mediator between Sudan's government and the rebels.",
     ("KEN", "SDN", "165")),
    ("A trade embargo on Cuba was declared by Washington.", ("USAGOV", "CUB", "163")),
    ("Jordan's police hauled in the editor of the newspaper.", ("JORCOP", "JOR", "173")),
    ("Bolivian police teargassed miners in La Paz.", ("BOLCOP", "BOLLAB", "175")),
    ("Israel loosened its siege of Ramallah.", ("ISR", "PSEGOV", "0872")),
    ("Iran dismissed a UN Security Council statement on its nuclear programme.",
     ("IRN", "IGOUNOSEC", "120")),
    ("The rebels threw out the government's peace package.", ("---REB", "---GOV", "127")),
    # "the University of Nairobi" is in Nairobi, not in a town called University (Florida);
    # bare "Congo" is the DRC
    ("Villagers rallied at the University of Nairobi.", ("KENCVL", "KENGOV", "141")),
    ("Rebel fighters raped women in villages of eastern Congo.", ("CODREB", "CODCVL", "1821")),
]


def test_fire_at_words_is_still_criticism() -> None:
    found = triples(code("The EU's plan came under heavy fire from Moscow on Monday.", DAY))
    assert ("RUSGOV", "IGOEUREEC", "111") in found


def test_a_rocket_slamming_into_a_house_is_no_criticism() -> None:
    found = code("A rocket fired from a US drone slammed into a house in Yemen's Marib province, "
                 "killing three men.", DAY)
    assert "111" not in {e.cameo for e in found}


def test_making_someone_pay_for_a_thing_is_no_threat() -> None:
    assert not code("The company made workers pay for their own uniforms.", DAY)


def test_a_raised_threat_level_is_an_alert_not_a_threat() -> None:
    found = triples(code("Nigeria's military raised the threat level in Lagos.", DAY))
    assert {t[2] for t in found} == {"152"}


FOUND_TOO = [
    # a request handed over: the handing verb's dative or "to" is whom it asks
    ("Georgia's president sent Ankara a formal request on Tuesday.",
     ("GEOGOV", "TURGOV", "020")),
    ("A request to lift the embargo was handed to the Security Council by Libya's envoy.",
     ("LBYGOV", "IGOUNOSEC", "020")),
    ("Malian warplanes raided rebel camps near Kidal.", ("MLIMIL", "MLI", "195")),
    ("Kenya ended its efforts to mediate between Sudan's government and the rebels.",
     ("KEN", "SDN", "165")),
    ("Dock workers in Mombasa struck to demand higher pay.", ("KENLAB", "KENGOV", "143")),
    ("Indian soldiers forced villagers to walk ahead of the patrol as a human shield.",
     ("INDMIL", "INDCVL", "184")),
    ("Egypt's president prodded Israel to return to the negotiating table.",
     ("EGYGOV", "ISR", "020")),
    ("The union leader embarked on an indefinite fast in Lagos.", ("NGALAB", "NGAGOV", "142")),
]


def test_a_deployment_someone_is_begged_for_has_not_happened() -> None:
    found = code("Zambia's government begged the UN to speed up the deployment of peacekeepers.",
                 DAY)
    assert {e.cameo for e in found} == {"020"}


def test_a_fast_voyage_is_no_hunger_strike() -> None:
    assert not code("The ship embarked on a fast voyage to Lagos.", DAY)


FOUND_AS_WELL = [
    # a heavy price the speaker means to exact is a threat, not a gloomy forecast
    ("Pakistan's army chief said India would pay dearly for any attack.",
     ("PAKMIL", "IND", "130")),
    ("India's prime minister cautioned Pakistan that it would pay a heavy price for backing "
     "militants.", ("INDGOV", "PAK", "130")),
    ("Pakistan warned that India would pay a heavy price for any incursion.",
     ("PAK", "IND", "130")),
    # rioting is rioting, whoever riots; the sentence's own "rioting youths" riot
    ("Gorkha separatists rioted in Darjeeling.", ("INDREB", "INDGOV", "145")),
    ("Rioting youths set houses ablaze in Dili.", ("TLSCVL", "TLS", "145")),
    ("Serb forces choked off the last road into Sarajevo.", ("SRBMIL", "BIHGOV", "191")),
    ("The Zambian president was given a warm welcome in Harare by Robert Mugabe.",
     ("ZWEGOV", "ZMBGOV", "043")),
    ("Eritrean and Ethiopian negotiators were locked in talks in Algiers.",
     ("ERIGOV", "ETHGOV", "046")),
    ("Eritrea ordered the mobilisation of 50,000 reservists.", ("ERI", "ERIMIL", "154")),
    ("Khartoum welcomed a Libyan offer to mediate between the government and the rebels.",
     ("SDNGOV", "LBY", "038")),
]


def test_paying_the_price_oneself_is_no_threat() -> None:
    found = code("Moscow said it would pay the price for its policies.", DAY)
    assert not {e.cameo for e in found} & {"130", "138"}


FOUND_ALSO = [
    ("Nairobi shot down the rebels' request for talks.", ("KENGOV", "KENREB", "120")),
    ("Zambia's opposition leader scorned calls for him to quit.", ("ZMBOPP", "", "120")),
    ("Turkey hinted at military action against Kurdish rebel bases in Iraq.",
     ("TUR", "IRQREB", "138")),
    ("Israel raised the prospect of a naval blockade of Lebanon's ports.",
     ("ISR", "LBN", "1381")),
    ("Sudanese jets rained bombs on rebel villages in Darfur.", ("SDN", "", "195")),
    ("Ankara reserved the right to use force against Syria.", ("TURGOV", "SYR", "138")),
    ("Pakistan conducted five underground nuclear tests in Baluchistan.", ("PAK", "", "2042")),
    ("Martial law was proclaimed in Aceh by the Indonesian government.",
     ("IDNGOV", "IDN", "1724")),
    ("The PKK proclaimed a unilateral ceasefire.", ("TURREBPKK", "TUR", "0871")),
    ("Uzbekistan kicked out US forces from the Karshi air base.", ("UZB", "USAMIL", "166")),
    ("The Security Council approved new sanctions against Iran.", ("IGOUNOSEC", "IRN", "163")),
    ("Students in Seoul halted their street protests.", ("KOREDU", "KORGOV", "082")),
    ("Moscow's plan drew strong disapproval from Estonia.", ("EST", "RUSGOV", "110")),
    ("Cairo dismissed Israel's position on Jerusalem as a non-starter.",
     ("EGYGOV", "ISR", "120")),
    # a crowd that converges somewhere to protest protests
    ("Farmers converged on Brussels to protest against EU subsidy cuts.",
     ("BELAGR", "IGOEUREEC", "141")),
    # demands laid down, put forward, or repeated with the clause hung on the verb
    ("Beijing laid down a demand that Hanoi withdraw its troops from Cambodia.",
     ("CHNGOV", "VNMGOV", "100")),
    ("A demand for talks with the government was put forward by Hungarian opposition groups.",
     ("HUNOPP", "", "106")),
    ("Indonesia repeated its demand on Monday that Acehnese rebels free their hostages.",
     ("IDN", "IDNREB", "100")),
]


ASKED = [
    # the tagger may leave "petitioned" as its own lemma
    ("Lebanese mayors petitioned the Israeli military governor on Monday to reopen the schools.",
     ("LBNGOV", "ISRGOV", "020")),
    ("Abuja solicited Pretoria's support for its bid for a Security Council seat.",
     ("NGAGOV", "ZAFGOV", "022")),
    ("Namibia sought clarification from Luanda about the border incident.",
     ("NAM", "AGOGOV", "020")),
    ("Kiev applied to the International Monetary Fund for a stand-by loan.",
     ("UKRGOV", "IGOBUSIMF", "0231")),
    ("Cairo turned to the World Bank for an emergency loan.",
     ("EGYGOV", "IGOUNODEVWBK", "0231")),
    ("Georgia sought joint military exercises with Turkey.", ("GEO", "TUR", "0212")),
    ("Ecuadorean troops attacked Peruvian army posts.", ("ECUMIL", "PER", "190")),
    ("The Hague war crimes tribunal indicted three Croatian generals.",
     ("IGOUNOJUDCTY", "HRVMIL", "173")),
]


def test_turning_down_a_request_for_a_loan_is_no_appeal_to_the_one_refusing() -> None:
    found = triples(code("Tokyo turned down Seoul's request for emergency loans.", DAY))
    assert ("JPNGOV", "KORGOV", "120") in found
    assert "0231" not in {t[2] for t in found}


def test_declaring_itself_ready_is_the_declarer_being_ready() -> None:
    found = triples(code("Eritrea declared itself ready to fight Yemen.", DAY))
    assert ("ERI", "YEM", "138") in found


def test_remains_handed_over_are_persons_returned() -> None:
    found = triples(code("North Korea handed over the remains of five US servicemen at "
                         "Panmunjom.", DAY))
    assert ("PRK", "USA", "0841") in found


@pytest.mark.parametrize(("text", "triple"),
                         [*FOUND, *FOUND_TOO, *FOUND_AS_WELL, *FOUND_ALSO, *ASKED])
def test_the_event_is_found(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(code(text, DAY))


def test_a_text_that_names_only_towns_is_at_home_in_their_country() -> None:
    found = triples(code("Coca growers blocked the main road between Cochabamba and Santa Cruz "
                         "on Monday.", DAY))
    assert ("BOLAGR", "BOL", "144") in found
