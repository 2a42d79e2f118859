"""Rules found in the eighteenth session. Plans: a leader saying it will not seek, stand for or
accept another term states an intent to change leadership (0341), not a refusal; an opposition
leader's "will not run" is none; a plan told "after weeks of protests" is still a plan (the
protests are its background, not an act it holds). Modes: efforts to mediate or broker that
are made or stepped up are mediation, by whoever makes them (a "by" phrase of the passive too).
Threats: a condition the parser hung on a closing "cautioned" belongs to what was cautioned,
and the opposition is another side than the government; coercion a speaker says it would seek
or could ask for is threatened. Announced acts: a speaker's "X are to be waived" is its own act
to come, as "will be waived" is. Codes: changing (relaxing, amending) a policy or a law is a
change of policy (0832; as a plan, 0342); joint operations with another's forces suspended stop
military assistance (1622), not a halt to fighting; villages torched to drive their people out
are ethnic cleansing (203); "drove 100,000 ethnic Nepalis out" is a mass expulsion. Who acts:
an unknown "Italian Radical (Socialist, Conservative ...) leader" leads a party, not the
government. Parse repairs: "ordered (called) its ambassador home" with the ambassador read as a
modifier of "home". Made-up sentences about real actors, coded with the shipped codebook and
the pinned model; guards (marked) pass before the change too."""

from __future__ import annotations

import pytest

from tests.stages.coding import row_tests

pytestmark = pytest.mark.model

FOUND = [
    # a leader stepping aside
    ("President Sebastian Pinera said on Monday he would not seek another term.", "2019-11-11",
     ("CHLGOV", "", "0341")),
    ("Tunisian President Kais Saied said he will not stand as a candidate in the next election.",
     "2021-05-05", ("TUNGOV", "", "0341")),
    # a plan told beside protests
    ("Jordan's King Abdullah said on Sunday he would rewrite the constitution, after weeks of "
     "protests.", "2011-02-06", ("JORGOV", "", "030")),
    # efforts to mediate, made
    ("Russia stepped up efforts to mediate between Armenia and Azerbaijan on Monday.",
     "2020-10-10", ("RUS", "ARM", "045")),
    ("Efforts to mediate between Armenia and Azerbaijan were stepped up by Russia on Monday.",
     "2020-10-10", ("RUS", "AZE", "045")),
    # a condition set on the other side, before a closing "cautioned"
    ("A state of emergency could be declared in Tbilisi if opposition protests turn violent, "
     "President Eduard Shevardnadze cautioned on Sunday.", "2003-11-09", ("GEOGOV", "", "1324")),
    ("Troops could be deployed in Chisinau if opposition rallies turn violent, "
     "President Vladimir Voronin cautioned on Sunday.", "2009-04-09", ("MDAGOV", "", "130")),
    # coercion one says one would seek
    ("Thailand's election commission said it would seek to dissolve the opposition Future "
     "Forward Party.", "2019-12-11", ("THAGOV", "THAOPP", "1322")),
    # "are to be" done, told by the doer's side
    ("The sanctions on Pakistan are to be waived, a senior U.S. official said on Friday.",
     "2001-09-22", ("USAGOV", "PAK", "0354")),
    # a change of policy announced
    ("New Zealand says it will change its visa policy for Fijian seasonal workers.",
     "2019-03-20", ("NZL", "FJILAB", "0342")),
    ("China will relax its policy on foreign investment, the Commerce Ministry said on Friday.",
     "2013-11-15", ("CHN", "", "0342")),
    # joint operations suspended
    ("France said on Thursday it was suspending joint military operations with Malian forces.",
     "2021-06-06", ("FRA", "MLIMIL", "1622")),
    # villages torched to drive their people out
    ("Abkhaz separatist fighters torched Georgian villages across the Gali district on Monday, "
     "driving thousands of villagers from their homes.", "1998-05-26", ("GEOUAF", "GEO", "203")),
    # a party family's leader
    ("Italian Radical leader Marco Pannella began a hunger strike in Rome on Monday.",
     "2002-07-02", ("ITAPTY", "ITAGOV", "142")),
    ("Japanese Socialist leader Takako Doi criticised the government on Monday.", "1990-07-02",
     ("JPNPTY", "JPNGOV", "111")),
    # an ethnic people driven out
    ("Bhutan drove more than 100,000 ethnic Nepalis out of the country in the early 1990s.",
     "1992-01-01", ("BTN", "", "201")),
    # an ambassador ordered or called home
    ("Moscow called its envoy home from Tallinn on Monday.", "2007-05-01",
     ("RUSGOV", "ESTGOV", "161")),
    ("Thailand said it had downgraded relations with Cambodia and ordered its ambassador home "
     "from Phnom Penh, pending an apology from the Cambodian government.", "2011-01-01",
     ("THA", "KHMGOV", "161")),
]

NOT_FOUND = [
    # stepping aside is no refusal (guard)
    ("President Sebastian Pinera said on Monday he would not seek another term.", "2019-11-11",
     "120"),
    # an opposition leader or a candidate: no leader stepping aside (guards)
    ("The opposition leader said he would not run for president.", "2019-11-11", "0341"),
    ("The former mayor of Lima said she would not seek her party's nomination.", "2019-11-11",
     "0341"),
    # a force's mandate not renewed is no term of office (guard)
    ("Kinshasa said it would not renew the mandate of the regional force.", "2023-06-06",
     "0341"),
]

NOT_FOUND += [
    # efforts abandoned are no mediation (guard)
    ("Kenya abandoned its efforts to mediate between Sudan and the southern rebels.",
     "1998-01-01", "045"),
]

NOT_FOUND += [
    # an ambassador ordered home is no demand
    ("Thailand said it had downgraded relations with Cambodia and ordered its ambassador home "
     "from Phnom Penh, pending an apology from the Cambodian government.", "2011-01-01", "100"),
    # a forecast with no other side's condition stays a caution (guard)
    ("The economy could shrink if oil prices fall, the finance minister cautioned.",
     "2015-01-01", "1324"),
    # rioters torching houses are no ethnic cleansing (guard)
    ("Rioters torched houses in the town of Jos on Monday, police said.", "2010-01-20", "203"),
    # weather that will change is no plan (guard)
    ("The weather in Wellington will change next week, forecasters said.", "2019-03-20",
     "0342"),
    # halting one's own operations against the army still de-escalates (guard)
    ("The Tamil Tigers halted military operations against the army on Monday.", "2003-01-01",
     "1622"),
]

test_found, test_not_found = row_tests(FOUND, NOT_FOUND)
