"""Rows and rules found in the eighth session by writing two news sentences for every CAMEO
code (a wire lead, and the same kind of event told another way) and coding them: a protest
that is how an act was done ("cut aid in protest at the law"), a riot an act was meant to
prevent, an opening noun the parser reads as a verb ("Aid to Uganda was cut"), an adjective
read as the verb ("protesters angry at the hike set banks ablaze"), soldiers "from A and B",
mediation paused, peacekeepers withdrawn (as a noun), a named aid group ordered out, a leader
questioned by police, a refusal to let foreign aircraft bring aid, Turkey's HDP, an occupation
called off, and the state that tells of a passive act of cooperation or a refusal as its
doer. Made-up sentences about real actors, coded with the shipped codebook and the pinned model."""

from __future__ import annotations

import pytest

from tests.stages.coding import code, triples

pytestmark = pytest.mark.model
DAY = "2000-01-01"

FOUND = [
    # an opening noun read as a verb heading the passive's subject
    ("Aid to Uganda was cut by the Netherlands on Thursday in protest at a new law.",
     ("NLD", "UGA", "162")),
    ("Citing a lack of seriousness on both sides, Qatar said on Saturday it was pausing its "
     "mediation between Israel and Hamas.", ("QAT", "ISR", "165")),
    ("The withdrawal of Austrian peacekeepers from the UN force on the Golan Heights was "
     "announced in Vienna on Thursday.", ("AUTMIL", "IGOUNO", "1661")),
    ("Doctors Without Borders was ordered out of Ethiopia's Ogaden region by the government "
     "in Addis Ababa on Tuesday.", ("ETHGOV", "NGOHLHMSF", "1663")),
    ("Israeli Prime Minister Benjamin Netanyahu was questioned by police investigators on "
     "Monday over suspicions that he accepted lavish gifts.", ("ISRCOP", "ISRGOV", "091")),
    ("Myanmar's ruling generals would not allow U.S. military aircraft to deliver relief to "
     "the delta, officials said on Monday.", ("MMRMIL", "USA", "1245")),
    ("Thai anti-government protesters on Tuesday called off their occupation of Bangkok's "
     "two airports.", ("THAOPP", "THAGOV", "082")),
    # a passive act of cooperation told by its state, with no doer named: the teller
    ("S-300 air defence missile systems have been delivered to the Syrian army, Russian "
     "Defence Minister Sergei Shoigu told President Vladimir Putin on Tuesday.",
     ("RUSMIL", "SYRMIL", "072")),
    ("The seized South Korean fishing boat and its crew will not be released, North Korea's "
     "state news agency KCNA said on Saturday.", ("PRKMEDKCN", "KOR", "1243")),
    # expecting or requiring someone to act is asking it of them
    ("In a statement issued late on Monday, the Turkish government said it expected Paris to "
     "retract remarks by French lawmakers.", ("TURGOV", "FRAGOV", "100")),
    ("The UN resolution required Iraq to hand over all records of its weapons programmes.",
     ("IGOUNO", "IRQ", "1056")),
    # "must be done", of no one in particular: still a demand
    ("Protesters in Yerevan said on Wednesday that Armenia's constitution must be rewritten.",
     ("ARMOPP", "", "100")),
    ("Ethiopian forces resumed military action against Eritrean positions on Friday.",
     ("ETHMIL", "ERI", "190")),
    # an opening "-ing" noun read as a verb
    ("Shelling of Eritrean positions by Ethiopian forces resumed on Friday.",
     ("ETHMIL", "ERI", "194")),
    # rows from the second set (four sentences per code of roots 07, 08, 11, 16 and 17)
    ("Russia's defence ministry said on Friday it had handed over S-300 air defence systems "
     "to Syria.", ("RUSMIL", "SYR", "072")),
    ("Kenya's interior ministry said on Saturday that it had cut the nightly curfew in "
     "Nairobi by two hours.", ("KENGOV", "KEN", "0813")),
    ("Turkey's government said in September 2016 it had suspended more than 11,000 teachers.",
     ("TURGOV", "TUREDU", "172")),
    ("Nigeria submitted a formal protest note to Cameroon on Monday.", ("NGA", "CMR", "114")),
    ("Moscow strong-armed Armenia into dropping a planned association agreement in 2013.",
     ("RUSGOV", "ARM", "170")),
    ("A Cairo court handed down a guilty verdict against former Egyptian President Hosni "
     "Mubarak in June 2012.", ("EGYJUD", "EGYGOV", "116")),
    ("The European Union ordered the deployment of 3,700 troops to Chad in 2008.",
     ("IGOEUREEC", "TCD", "154")),
    # a foreign force sent home is a sanction (166), persons sent away a deportation (174)
    ("Burkina Faso's government in January 2023 gave French special forces one month to leave "
     "the country.", ("BFAGOV", "FRAMIL", "166")),
    # rows from a third set (roots 09, 10, 12, 13, 18, 19)
    ("Paraguayan opposition senators pushed for the ouster of President Fernando Lugo in June "
     "2012.", ("PRYLEG", "PRYGOV", "1041")),
    ("Gaddafi vowed to hunt down the rebels of Benghazi and to show them no mercy.",
     ("LBYGOV", "LBYREB", "138")),
    ("China's defence ministry said on Saturday it had returned to the United States an "
     "underwater drone seized by its navy.", ("CHNMIL", "USA", "0842")),
    ("Egyptian judges imposed travel bans and asset freezes on several prominent human rights "
     "activists.", ("EGYJUD", "EGYOPP", "172")),
    # rows and rules from a fourth set (roots 03-06, 14, 15, 20)
    ("The Canadian government announced plans in November 2010 to fly water purification kits "
     "and medicine to Haiti.", ("CANGOV", "HTI", "0333")),
    ("Mexico's attorney general said on Tuesday that his office would work closely with US "
     "prosecutors on extradition requests for jailed cartel leaders.", ("MEXJUD", "USAJUD", "030")),
    ("Tanzania's ruling party announced in 1991 its intention to introduce a multi-party "
     "political system.", ("TZAGOV", "", "030")),
    ("Kenyan opposition leader Raila Odinga embraced Kofi Annan's offer to mediate the "
     "country's post-election crisis in January 2008.", ("KEN", "IGOUNO", "038")),
    ("Venezuelan National Guard troops paraded armored vehicles through the streets of Caracas "
     "in April 2017.", ("VENMIL", "VEN", "150")),
    ("Ecuadorean indigenous groups paralysed highways across the Andes on Monday with rocks and "
     "burning tyres.", ("ECU", "ECUGOV", "144")),
    ("Turkish police detained 20 members of the Peoples' Democratic Party on Monday.",
     ("TURCOP", "TURPTYDEM", "173")),
]


@pytest.mark.parametrize(("text", "want"), FOUND, ids=[t[:40] for t, _ in FOUND])
def test_found(text: str, want: tuple[str, str, str]) -> None:
    assert want in triples(code(text, DAY))


def test_a_protest_that_is_how_aid_was_cut_is_no_protest() -> None:
    events = code("Aid to Uganda was cut by Denmark on Thursday in protest at a new law.", DAY)
    assert [e.cameo for e in events] == ["162"]


def test_a_riot_the_police_came_to_prevent_did_not_happen() -> None:
    events = code("Some 16,000 police officers were deployed in London on Tuesday night to "
                  "prevent a fourth night of rioting.", DAY)
    assert "145" not in {e.cameo for e in events}


def test_protesters_angry_at_a_price_hike_who_set_banks_ablaze_riot() -> None:
    events = code("Iranian protesters angry at a sudden petrol price hike set banks and petrol "
                  "stations ablaze on Saturday.", DAY)
    assert [(e.source.code if e.source else None, e.cameo) for e in events] == [("IRNOPP", "145")]


def test_soldiers_and_police_from_two_countries_come_from_both() -> None:
    events = code("Hundreds of soldiers and police from Australia and New Zealand were deployed "
                  "in the Solomon Islands on Thursday to restore law and order.", DAY)
    assert {e.source.code for e in events if e.source} == {"AUSMIL", "NZLMIL", "AUSCOP", "NZLCOP"}


def test_a_lawyer_who_tells_of_asylum_granted_did_not_grant_it() -> None:
    events = code("Temporary asylum in Russia was granted to Edward Snowden on Thursday, his "
                  "lawyer said.", DAY)
    assert [e.source.code if e.source else None for e in events if e.cameo == "075"] == ["RUSGOV"]


def test_a_rule_that_requires_someone_to_act_is_no_event() -> None:
    assert not code("The law requires Iraq to hand over all records.", DAY)


def test_an_idiom_of_a_verb_does_not_judge_its_plain_plans() -> None:
    """ "will send amendments" is an announced plan; the idiom "send a protest note" (hostile)
    does not count among the verb's senses that make "send" mostly hostile."""
    events = code("Chilean President Ricardo Lagos will send Congress constitutional amendments "
                  "to abolish unelected senators, a spokesman said on Tuesday.", DAY)
    assert "030" in {e.cameo for e in events}


def test_troops_returning_to_their_bases_withdraw() -> None:
    events = code("Russian troops near the Ukrainian border were returning to their bases on "
                  "Tuesday.", DAY)
    assert [(e.source.code if e.source else None, e.cameo) for e in events] == [("RUSMIL", "087")]


def test_unrest_a_leader_was_confronted_with_is_the_background_of_his_act() -> None:
    events = code("Confronted with nationwide unrest over fuel price rises, Kazakhstan's "
                  "President Kassym-Jomart Tokayev proclaimed a state of emergency in Almaty.", DAY)
    assert [e.cameo for e in events] == ["1724"]


def test_a_deadline_set_for_another_is_no_plan_of_ones_own() -> None:
    """ "set Hamas a deadline to release the hostages": the ultimatum only; the release is
    Hamas's to make, not an Israeli intent ("is set to visit" stays an intent)."""
    events = code("Israel set Hamas a deadline of Sunday to release the hostages.", DAY)
    assert [e.cameo for e in events] == ["139"]
