"""Rules found in the fifteenth session: a name written "U.N." or "U.S." is the codebook's "UN"
or "US" name; who operates a thing ("CIA-operated") stands for it as who leads it does; a
deed given as the reason for a punishment ("deported for taking part in a rally") is no news
of its own; a manner phrase ("in defiance of") hung on the verb's object still has the verb's
doer; lobbying others to do a foreign side a favour rallies support for that side, and
lobbying for one's own cause is an appeal; telling or asking an international body to
withdraw its force or monitors expels them; and rows for stepped-up hunger strikes, downgraded
relationships, blocked platforms and imports, artillery launched, courts' rulings of
violations, exports flowing, revenues shared, borders opened to trade, peacekeeping taken
over, withdrawals from leagues, hostages moved as human shields, states accepted as
independent, members admitted, joint economic works built, work alongside others, price
increases reversed, newspapers licensed, parties given legal status and media status stripped.
Made-up sentences about real actors, coded with the shipped codebook and the pinned model."""

from __future__ import annotations

import pytest

from tests.stages.coding import code, row_tests

pytestmark = pytest.mark.model

FOUND = [
    # "U.N." and "U.S." spell the codebook's "UN" and "US" names
    ("U.N. High Commissioner for Human Rights Michelle Bachelet criticised Nicaragua.",
     "2019-06-01", ("IGOUNOHRIHCH", "NIC", "111")),
    # who operates a thing stands for it
    ("A CIA-operated drone fired a missile at a truck in Somalia.", "2012-01-01",
     ("USASPY", "SOM", "190")),
    # a manner phrase on the object: the verb's doer defies
    ("North Korea continued enrichment in defiance of the UN.", "2010-01-01",
     ("PRK", "IGOUNO", "128")),
    # a favour lobbied for a foreign side is support rallied for it
    ("Turkey lobbied its partners to open talks with Azerbaijan.", "2010-01-01",
     ("TUR", "AZE", "053")),
    # rows
    ("Hundreds of Palestinian prisoners stepped up a hunger strike on Monday.", "2012-01-01",
     ("PSE", "PSEGOV", "142")),
    ("Ghana downgraded its relationship with Togo.", "2010-01-01", ("GHA", "TGO", "161")),
    ("Ethiopian authorities blocked Facebook and Telegram across the country.", "2020-01-01",
     ("ETHGOV", "ETH", "1721")),
    ("Russia blocked imports of Moldovan wine.", "2014-01-01", ("RUS", "MDA", "163")),
    ("Kenya handed Joseph Kamau over to Ugandan detectives.", "2010-01-01",
     ("KEN", "UGACOP", "063")),
    ("Ethiopian troops launched mortar and artillery fire on Eritrean positions.", "1999-01-01",
     ("ETHMIL", "ERI", "194")),
    ("The European Court of Human Rights ruled that Russia violated the convention.",
     "2010-01-01", ("IGOEURJUDECH", "RUS", "116")),
    ("Azerbaijani gas began flowing to Italy through the new pipeline.", "2021-01-01",
     ("AZE", "ITA", "061")),
    ("Malaysia and Thailand began sharing gas revenues.", "2010-01-01", ("THA", "MYS", "061")),
    ("Turkey and Armenia opened their border to trade.", "2010-01-01", ("ARM", "TUR", "061")),
    ("European Union troops took over peacekeeping in Bosnia.", "2005-01-01",
     ("IGOEUREEC", "BIH", "074")),
    ("Syria withdrew from the Arab League.", "2012-01-01", ("SYR", "IGOMEAARL", "160")),
    ("Rebels moved foreign hostages to military bases to act as human shields.", "2010-01-01",
     ("---REB", "---CVL", "184")),
    ("Serbia accepted Montenegro as an independent state.", "2006-07-01", ("SRB", "MNE", "054")),
    ("The African Union readmitted Morocco as a full member.", "2017-02-01",
     ("IGOAFRAU", "MAR", "050")),
    ("ASEAN admitted Cambodia into the grouping.", "1999-05-01", ("IGOSEAASN", "KHM", "050")),
    ("Turkey began building a joint industrial zone with Azerbaijan.", "2010-01-01",
     ("TUR", "AZE", "061")),
    ("Cuban doctors worked alongside Haitian health officials in Port-au-Prince.", "2010-01-01",
     ("CUBHLH", "HTIHLH", "060")),
    ("Ghana's government reversed a fuel price increase on Monday.", "2012-01-01",
     ("GHAGOV", "GHA", "0832")),
    ("Myanmar's authorities licensed the country's first private daily newspaper.",
     "2012-01-01", ("MMRGOV", "MMRMED", "0811")),
    ("The opposition party was granted legal status by the Tunisian interior ministry.",
     "2012-01-01", ("TUNGOV", "TUNOPP", "0812")),
    ("Belarus stripped the news agency of its media status.", "2021-01-01",
     ("BLR", "BLRMED", "172")),
    # telling or asking a body to withdraw what it has stationed here expels it
    ("Sudan told the United Nations to withdraw its peacekeeping force.", "2010-01-01",
     ("SDN", "IGOUNO", "1661")),
    ("Iraq asked the United Nations to withdraw its monitors from the country.", "2010-01-01",
     ("IRQ", "IGOUNO", "1662")),
    # backing sought for one's own claim is an appeal for support
    ("Argentina lobbied Chile to back its claim to the islands.", "2010-01-01",
     ("ARG", "CHL", "022")),
]

NOT_FOUND = [
    # the deed a punishment answers is no protest of its own
    ("Singapore deported five Malaysian activists for taking part in a rally.", "2010-01-01",
     "141"),
    # lobbying for one's own people is an appeal, not support rallied
    ("The United States lobbied China to release the detained journalist.", "2010-01-01",
     "053"),
    ("Argentina lobbied Chile to back its claim to the islands.", "2010-01-01", "053"),
    # a state told to withdraw its troops from elsewhere is asked, not expelled
    ("Washington told Moscow to withdraw its troops from Georgia.", "2008-08-20", "166"),
]


test_found, test_not_found = row_tests(FOUND, NOT_FOUND)


def test_the_punishment_itself_stays() -> None:
    deported = code("Singapore deported five Malaysian activists for taking part in a rally.",
                    "2010-01-01")
    assert "174" in {e.cameo for e in deported}
