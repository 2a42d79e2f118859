"""Rules found in the seventeenth session. Threats: force or an expulsion a speaker says its own
side could use ("said its troops could seize the islands"), a warning "cautioned" on a condition
on the other side, an armed group's warning that its enemies would be attacked; a cut in aid
that could come stays a notice. Who acts: ties restored "between A and B" are restored by both;
an "-ing" aside on what was said is the speaker's words (not the speaker's deed); an attack
"(police) blamed on" a group is that group's; missiles "from a US Predator drone" are the US's;
"Brussels" acting is the European Union, "a court in Brussels" and "from Brussels" keep Belgium;
war veterans are civilians; indigenous, tribal or clan leaders are their group's; Okinawans,
Aborigines or Madhesis are their country's people; authorities the story does not place are of
the place the sentence names ("imposed a curfew on the city of Jos"); police, prosecutors or
armies working with their like abroad cooperate judicially or militarily. Parse repairs: a
subject lent to an aside ("X, wrapping up a visit, demanded"); a weekday that swallowed the
subject of what was said; "an attack police blamed on" read as one noun; "farmers on Tuesday
blocked highways, demanding" and "protesters demanding civilian rule burned tyres" with their
real verbs; an object hung inside the date before it ("announced on March 3, 2011 a curfew").
Codes: "voiced regret over" another's decision disapproves; a "commercial" strike is a labour
strike; a planeload that lands is a delivery. No events: what a rule in force says and what
dismissed "reports" say. Made-up sentences about real actors, coded with the shipped codebook
and the pinned model; guards (marked) pass before the change too."""

from __future__ import annotations

import pytest

from tests.stages.coding import row_tests

pytestmark = pytest.mark.model

FOUND = [
    # force and expulsions the speaker's own side could use
    ("Venezuela's defence minister said its troops could seize the disputed islands.",
     "2015-01-01", ("VENMIL", "", "1382")),
    ("Sudan said it could order the UN peacekeepers to leave Darfur.", "2015-01-01",
     ("SDN", "IGOUNO", "136")),
    # cautioned, on a condition on the other side
    ("Moscow cautioned that Russia would recall its ambassador from Riga if Latvia passed the "
     "language law.", "2015-01-01", ("RUSGOV", "LVAGOV", "1313")),
    # an armed group's warning of force with no doer named
    ("The Taliban warned that foreign troops would be attacked.", "2015-01-01",
     ("AFGINSTAL", "AFGMIL", "1384")),
    # ties between two sides
    ("Diplomatic ties between Qatar and Egypt were restored on Tuesday.", "2015-01-01",
     ("QAT", "EGY", "050")),
    # a subject lent to an aside
    ("Chinese Premier Li Keqiang, wrapping up a visit to Moscow, demanded that Russia halt arms "
     "sales to Vietnam.", "2015-01-01", ("CHNGOV", "RUS", "100")),
    # an aside on what was said is the speaker's
    ("Thai officials said the curfew in Bangkok would stay in force, brushing aside opposition "
     "calls to lift it.", "2015-01-01", ("THAGOV", "THAOPP", "120")),
    # a weekday that swallowed the subject of what was said
    ("Tribal elders said on Tuesday U.N. agencies must resume food deliveries.", "2015-01-01",
     ("---CVL", "IGOUNO", "101")),
    # an attack police blamed on a group
    ("Two soldiers were killed in an attack police blamed on the PKK.", "2015-01-01",
     ("TURREBPKK", "TURMIL", "190")),
    ("A roadside bomb exploded near a convoy in Diyarbakir, in an attack officials blamed on the "
     "PKK.", "2015-01-01", ("TURREBPKK", "TUR", "183")),
    ("Two soldiers were killed in an attack blamed on the PKK.", "2015-01-01",
     ("TURREBPKK", "TURMIL", "190")),
    # officers detained are detained, not detaining (guard)
    ("Moscow demanded the release of four Russian army officers detained in Tbilisi.",
     "2008-01-01", ("RUSGOV", "GEOGOV", "1053")),
    # an "-ing" form with a subject and no auxiliary describes the subject
    ("Witnesses said Sudanese protesters demanding civilian rule burned tyres in Omdurman.",
     "2019-06-01", ("SDNOPP", "SDNGOV", "145")),
    # a verb after the subject's weekday, before an "-ing" aside
    ("Dutch farmers on Tuesday blocked highways, demanding that the government drop its nitrogen "
     "rules.", "2002-01-01", ("NLDAGR", "NLDGOV", "144")),
    # war veterans are civilians, placed where they act
    ("War veterans occupied white-owned farms in Zimbabwe's Masvingo province.", "2002-01-01",
     ("ZWECVL", "ZWE", "171")),
    # a group's leaders are the group's, not the state's
    ("Indigenous leaders marched through La Paz.", "2000-01-01", ("BOLCVL", "BOLGOV", "141")),
    # more words that make a strike a labour strike
    ("Shopkeepers in Nablus kept their shutters down in a commercial strike.", "2000-01-01",
     ("PSEOPP", "PSEGOV", "143")),
    # an object the parser hung inside the date before it
    ("Syria's army announced on March 3, 2011 a curfew in Deraa.", "2011-02-01",
     ("SYRMIL", "SYR", "1723")),
    ("Mexico's ruling party accepted on Thursday opposition demands to reform the electoral law.",
     "2011-02-01", ("MEXGOV", "MEXOPP", "080")),
    # a passive has no object to give, and "Tuesday night" is all date (guard)
    ("Thousands of British police officers were deployed on the streets of Leeds on Tuesday "
     "night.", "2011-08-01", ("GBRCOP", "GBR", "153")),
    # regret voiced over another's decision disapproves of it
    ("Japan voiced regret over Beijing's decision to test another missile.", "1995-06-01",
     ("JPN", "CHNGOV", "110")),
    # cooperation between two sides of one trade
    ("Italian prosecutors cooperated with Albanian investigators.", "2000-06-01",
     ("ITAJUD", "ALBCOP", "063")),
    ("The Indian army cooperated with the Bangladeshi army.", "2000-06-01",
     ("INDMIL", "BGDMIL", "062")),
    ("France cooperated with Germany.", "2000-06-01", ("FRA", "DEU", "060")),  # guard
    # weapons from a craft act for the craft's owner, named inside its name
    ("Missiles from a US Predator drone hit a compound in Yemen's Shabwa province.", "2010-06-01",
     ("USA", "YEM", "190")),
    # "Brussels" acting is the EU; where, or as a modifier, it is Belgium's capital
    ("Brussels froze development aid to Mali.", "2016-06-01", ("IGOEUREEC", "MLI", "162")),
    ("A court in Brussels jailed two men for terrorism.", "2016-06-01",
     ("BELJUD", "BELCVL", "173")),  # guard
    ("Burundi recalled its ambassador from Brussels.", "2016-06-01",
     ("BDI", "BELGOV", "161")),  # guard
    # a planeload is cargo: its arrival is the delivery
    ("Three planeloads of tents and blankets from Turkey landed in Islamabad.", "2005-10-15",
     ("TUR", "PAKGOV", "073")),
    # a state body the story does not place is of the place the sentence names
    ("State authorities imposed a curfew on the city of Jos after clashes between rival youths.",
     "2000-06-01", ("NGAGOV", "NGA", "1723")),
    # peoples living within one country's borders
    ("Thousands of Okinawans rallied against the US bases.", "2011-02-01", ("JPN", "USA", "141")),
]

NOT_FOUND = [
    # a cut in lending that could come, told without a condition, is no threat (guard)
    ("The IMF told Zambia on Wednesday it could halt lending next year.", "1995-05-01", "1311"),
    # what dismissed reports say, with "reports" tagged a verb, is not asserted
    ("Ethiopia's government dismissed as baseless on Monday reports that its air force had "
     "bombed villages in Tigray.", "2021-06-01", "195"),
    # a deed in an aside on what was said is not the speaker's (guard)
    ("A bus overturned near Kandy on Monday, killing 14 passengers, police said.", "2010-06-01",
     "190"),
    # what a rule in force says is no event
    ("Members of Bolivia's Senate are barred from running again under a rule approved in 2009.",
     "2019-06-01", "172"),
    # another's possible force is a forecast, not the speaker's threat (guard)
    ("Iran said Israel could attack its nuclear sites.", "2015-01-01", "138"),
]

test_found, test_not_found = row_tests(FOUND, NOT_FOUND)
