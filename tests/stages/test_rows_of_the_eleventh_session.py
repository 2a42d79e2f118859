"""Rules and rows found in the eleventh session with the tuning halves of the per-code sets
(``benchmarks/data/cameo_percode.tsv``): telling of someone's wrongdoing that has no code of its
own is accusing them; a deadline to act "or face" a penalty is an ultimatum, and the penalty
faced is a prospect, not an event; ordering another state, an international body or an aid
agency to leave or to close its offices is expelling it; an easing or a coercion decided or
voted is done; a state's own people's assets frozen is an administrative sanction; the sender of
those sent to do violence does it; a crowd blocking an aid convoy obstructs it; the verb after a
subject described by a clause or an apposition is the verb; seeking to rally others against
someone is rallying them; and rows (territory reoccupied, a truce flouted, a tanker
commandeered, peacekeepers forced out, a body booted out or sent packing, the aid tap turned
off, crowds pouring onto an avenue, demands laid out, goods named before the carrier that
arrives). Made-up sentences about real actors, coded with the shipped codebook and the pinned
model."""

from __future__ import annotations

import pytest

from tests.stages.coding import code, triples

pytestmark = pytest.mark.model
DAY = "2000-01-01"

FOUND = [
    # telling of a misdeed is an accusation of its doer
    ("Kenya's anti-graft agency said on Monday that the former finance minister had embezzled "
     "millions of dollars from a dam project.", ("KEN", "KENELI", "112")),
    ("Iranian intelligence said on Sunday that a detained British-Iranian academic was spying "
     "for London.", ("IRN", "IRNEDU", "112")),
    # a deadline to act or face a penalty: an ultimatum of the one who sets it
    ("Washington said Pyongyang had until the end of the year to dismantle its reactor or face "
     "military action.", ("USAGOV", "PRKGOV", "139")),
    ("The EU gave Minsk a one-week deadline to release the detainees or face new sanctions.",
     ("IGOEUREEC", "BLRGOV", "139")),
    ("ECOWAS handed the junta a one-week deadline to step down or face military intervention.",
     ("IGOWAFWAS", "---MIL", "139")),
    # ordering another state, an international body or an aid agency out is expelling it
    ("Moscow ordered the British Council to close its offices in Kazan.",
     ("RUSGOV", "GBR", "166")),
    ("Eritrea's government ordered the United States to vacate its military base in Assab.",
     ("ERIGOV", "USA", "166")),
    ("The government ordered Oxfam to close its offices and leave the country.",
     ("---GOV", "NGOXFM", "1663")),
    ("Zagreb said UN peacekeepers must leave Croatia by March.", ("HRVGOV", "IGOUNO", "1661")),
    # an easing or a coercion decided (or voted) is the act, not an intent
    ("\"We have decided to lift the curfew in Jalalabad,\" Kyrgyz President Kurmanbek "
     "Bakiyev told reporters.", ("KGZGOV", "", "0813")),
    ("Parliament voted to lift the state of emergency in Bishkek.",
     ("KGZLEG", "KGZGOV", "0814")),
    ("The Bolivian cabinet decided to expropriate the gas fields run by Petrobras.",
     ("BOLGOV", "BOL", "1711")),
    # sanctions a state lays on its own people are administrative (172), on others' sanctions
    ("Pakistan froze the bank accounts of former prime minister Nawaz Sharif's family.",
     ("PAK", "PAKCVL", "172")),
    ("The United States froze the assets of three Russian banks.", ("USA", "RUSBUS", "163")),
    # those sent to do violence: the sender does it
    ("The Taliban sent suicide bombers to attack the hotel in Kabul.", ("AFGINSTAL", "AFG", "190")),
    ("Moscow sent tanks to shell the rebel positions.", ("RUSGOV", "RUSREB", "194")),
    ("Khartoum sent its army into an offensive against the SPLA.", ("SDNGOV", "SDNREBSPL", "190")),
    # a crowd blocking aid obstructs it (144); a state or a force refuses access (1245)
    ("Angry villagers blocked a UN aid convoy near Tuzla.", ("BIHCVL", "IGOUNO", "144")),
    ("Bosnian Serb forces blocked a UN aid convoy.", ("BIHUAFVRS", "IGOUNO", "1245")),
    # the verb after a subject described by a clause or an apposition is the sentence's verb
    ("The International Monetary Fund, which has lent billions of dollars to Moscow, threatened "
     "on Wednesday to withhold its next loan to Russia.", ("IGOBUSIMF", "RUS", "1311")),
    # seeking to rally others against someone is rallying them (113)
    ("Iran's foreign minister sought to rally Gulf states against Israel on Sunday.",
     ("IRNGOV", "ISR", "113")),
    # rows
    ("Chadian troops reoccupied the town of Faya-Largeau on Monday.", ("TCDMIL", "TCD", "192")),
    ("Government forces flouted the ceasefire in Idlib on Tuesday.", ("SYRMIL", "SYR", "196")),
    ("Somali pirates commandeered a Greek oil tanker in the Gulf of Aden.",
     ("SOMCRM", "GRC", "181")),
    ("Khartoum forced out the UN peacekeepers in Darfur.", ("SDNGOV", "IGOUNO", "1661")),
    ("Moscow booted out the British Council.", ("RUSGOV", "GBR", "166")),
    ("Eritrea sent the American diplomats packing.", ("ERI", "USAGOV", "166")),
    ("The World Bank turned off the aid tap to Zimbabwe.", ("IGOUNODEVWBK", "ZWE", "162")),
    ("Thousands of protesters poured onto the main avenue in Minsk on Sunday.",
     ("BLROPP", "BLRGOV", "141")),
    ("Opposition leaders laid out their demands for electoral reform.", ("---OPP", "", "100")),
    ("Food convoys from Jordan reached Gaza on Monday.", ("JOR", "PSE", "073")),
]

NOT_FOUND = [
    # a misdeed denied is no accusation; a deed with a code of its own stays that deed
    ("Police said the treasurer had not embezzled any money.", "112"),
    ("Serbia's president said Kosovo's government had forged ties with Albania.", "112"),
    # one's own people told to leave, or a minister to leave office, are no expulsion; a
    # demand insisted on stays a demand
    ("The police ordered protesters to leave the square.", "166"),
    ("The president ordered the minister to leave office.", "166"),
    ("Hanoi insisted that Chinese survey ships leave its waters at once.", "166"),
    # agreeing to ease, or a decision still to come, stays an intent
    ("The government agreed to lift the curfew in Osh.", "0813"),
    ("The government will decide whether to lift the curfew in Osh.", "0813"),
    ("The government will decide to lift the curfew in Osh.", "0813"),
    # aid sent, or troops sent to fight somewhere, stay the sending
    ("Russia sent troops to fight in Syria.", "190"),
    ("Japan sent doctors to help the victims in Aceh.", "190"),
    # seeking to capture a town stays an aim
    ("The rebels sought to capture the town of Goma.", "192"),
    # the penalty faced is threatened, not done
    ("Washington said Pyongyang had until the end of the year to dismantle its reactor or face "
     "military action.", "190"),
]


@pytest.mark.parametrize(("text", "want"), FOUND)
def test_found(text: str, want: tuple[str, str, str]) -> None:
    assert want in triples(code(text, DAY))


@pytest.mark.parametrize(("text", "code_"), NOT_FOUND)
def test_not_found(text: str, code_: str) -> None:
    assert all(t[2] != code_ for t in triples(code(text, DAY)))
