"""Rules found in the twelfth session with the tuning halves of the per-code sets
(``benchmarks/data/cameo_percode.tsv``): a surname after an article ("al-") and another first
name is someone else, but a first name spelt another way is not; before a state's independence
its bodies and leaders are the old state's; a body named "the Confederation of ... of Ecuador"
is not a town called Confederation; a headline's "X orders Y to leave" has "orders" as its verb,
and so has "X demands that ..." or "X apologises to Y"; forces ordered with no name or owner of
their own are the orderer's; "any attack" is a prospect; a campaign launched to rally others
rallies them; and rows (women subjected to sexual violence, suicide bombers sent into a market).
Made-up sentences about real actors, coded with the shipped codebook and the pinned model."""

from __future__ import annotations

import pytest

from tests.stages.coding import code, triples

pytestmark = pytest.mark.model
DAY = "2000-01-01"

FOUND = [
    # "Turki al-Maliki" is not Nouri al-Maliki; "Nouri al-Maliki" still is
    ("Turki al-Maliki, the spokesman of the Saudi-led coalition, accused the Houthis of firing "
     "a missile at Riyadh.", ("SAUGOV", "YEMREBHTH", "112")),
    ("Iraqi Prime Minister Nouri al-Maliki accused Syria of sheltering insurgents.",
     ("IRQGOV", "SYR", "112")),
    # a first name spelt another way is still his ("Behari" for "Bihari")
    ("Atal Behari Vajpayee accused Pakistan of sponsoring terrorism.", ("INDGOV", "PAK", "1121")),
    # before Kosovo's independence (2008) its bodies and leaders are Serbia's
    ("The Kosovo Liberation Army attacked a Serbian police post in Drenica.",
     ("SRBREBKLA", "SRB", "190")),
    ("Ibrahim Rugova accused Belgrade of repression.", ("SRBOPP", "SRBGOV", "1122")),
    # a body's name with "of" is not a town of the same name
    ("The Confederation of Indigenous Nationalities of Ecuador launched a nationwide strike on "
     "Monday.", ("ECU", "ECUGOV", "143")),
    # the headline "X orders Y to V"
    ("Sudan orders UN peacekeepers to leave Darfur by June.", ("SDN", "IGOUNO", "1661")),
    ("Eritrea orders Red Cross to close its offices.", ("ERI", "NGOHLHIRC", "1663")),
    # forces with no name or owner of their own are the orderer's: the order is the act
    ("Museveni ordered troops to withdraw from Congo.", ("UGAGOV", "COD", "087")),
    ("Mugabe ordered police to arrest the opposition leader.", ("ZWEGOV", "ZWEOPP", "173")),
    # a headline's present tense (these two the pinned model parses right; the hand-written
    # misparses in test_reparse_shapes.py show the repair)
    ("Germany apologises to Namibia for the colonial-era genocide.", ("DEU", "NAM", "055")),
    ("Hamas demands that Israel lift the siege of Gaza.", ("PSEINSHMS", "ISR", "1056")),
    # "any threat" is a prospect, so the warning is the event
    ("Putin warned that Russia's armed forces would respond militarily to any Georgian threat "
     "along the border.", ("RUSGOV", "GEO", "130")),
    # a campaign (or drive) launched to rally others is rallying them
    ("Egypt launched a campaign to rally African states behind Sudan.", ("EGY", "SDN", "053")),
    ("Iran launched a diplomatic drive on Monday to rally Arab support for Syria.",
     ("IRN", "SYR", "053")),
    # rows
    ("Serb forces subjected Bosnian women to sexual violence.", ("SRBMIL", "BIHCVL", "1821")),
    ("The rebels sent two suicide bombers into the market in Maiduguri.",
     ("NGAREB", "NGAINS", "1831")),
]

NOT_FOUND = [
    # another state's forces named stay someone else's: ordering them is no withdrawal of one's own
    ("Putin ordered Ukrainian troops to withdraw.", ("RUSGOV", "RUS", "087")),
    # a campaign to capture a town is still an aim; a campaign planned is not yet launched
    ("The rebels launched a campaign to capture the town.", ("---REB", "", "192")),
    ("The opposition plans to launch a campaign to rally support for the strike.",
     ("---OPP", "", "053")),
    # "any threat" is not a threat made
    ("Putin warned that Russia's armed forces would respond militarily to any Georgian threat "
     "along the border.", ("GEO", "", "130")),
]


@pytest.mark.parametrize(("text", "want"), FOUND)
def test_found(text: str, want: tuple[str, str, str]) -> None:
    assert want in triples(code(text, DAY))


@pytest.mark.parametrize(("text", "unwanted"), NOT_FOUND)
def test_not_found(text: str, unwanted: tuple[str, str, str]) -> None:
    assert unwanted not in triples(code(text, DAY))


def test_someone_else_of_the_same_surname_is_not_coded_as_the_office_holder() -> None:
    sources = {e.source.code for e in code(
        "Turki al-Maliki, the spokesman of the Saudi-led coalition, accused the Houthis of "
        "firing a missile at Riyadh.", "2010-01-01") if e.source}
    assert not any(s.startswith("IRQ") for s in sources)
