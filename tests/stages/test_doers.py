"""Doers a subject does not name directly: craft, crews and weapons act for whoever sent them;
a gunman or a bomb nobody can place still makes a violent event; titles carry their country.
Made-up sentences about real actors, coded with the shipped codebook and the pinned model."""

from __future__ import annotations

import pytest

from tests.stages.coding import code, triples

pytestmark = pytest.mark.model
DAY = "2000-01-01"

# Who does it and to whom where the parser or the codebook hides it; one sentence per line,
# grouped by what hides it.
ROLES = [
    # fighters deployed, with no one named deploying them, deploy themselves
    ("Hamas fighters were deployed along the Egyptian border on Sunday.",
     ("PSEINSHMS", "EGY", "154")),
    # machines act for whoever uses them, named before them as compound or list
    ("Police and city bulldozers demolished forty homes in the Kenyan port of Mombasa.",
     ("KENCOP", "KEN", "1712")),
    # victims killed in a battle with someone, no agent named: the side they fought did it
    ("Two Pakistani soldiers were killed in clashes with Taliban fighters near Chaman.",
     ("AFGINSTAL", "PAKMIL", "190")),
    ("Three Israeli soldiers were wounded in an exchange of fire with Hezbollah guerrillas.",
     ("LBNINSHEZ", "ISRMIL", "190")),
    # a passive's "by" phrase hung on the noun of another phrase of the verb
    ("Slovenia was recognised as an independent state by Austria on Monday.",
     ("AUT", "SVN", "054")),
    # people expelled from a country, with no expeller named, are expelled by its state
    ("Hundreds of Egyptian workers were deported from Libya on Monday.", ("LBY", "EGYLAB", "201")),
    # craft, crews and weapons act for whoever sent them
    ("Planes from Russia's Emergencies Ministry flew tents and blankets to Turkey on Wednesday.",
     ("RUS", "TUR", "073")),
    ("Cargo planes chartered by the World Food Programme airdropped sorghum to villagers in "
     "southern Sudan.", ("IGOUNOWFP", "SDNCVL", "073")),
    ("A missile fired by Hezbollah guerrillas hit an Israeli patrol boat.",
     ("LBNINSHEZ", "ISR", "190")),
    # a name the codebook lacks takes its title's country
    ("An Iranian Revolutionary Court found two American hikers guilty of spying.",
     ("IRN", "USA", "116")),
    ("Peru's President Alejandro Toledo declared a state of emergency.",
     ("PERGOV", "PER", "1724")),
    # a nominal event as the subject keeps its doer
    ("The withdrawal of the last Israeli troops from southern Lebanon was completed on "
     "Wednesday.", ("ISRMIL", "LBN", "087")),
    ("The deployment of Turkish troops to northern Iraq began on Saturday.",
     ("TURMIL", "IRQ", "154")),
    ("The imposition of a state of emergency by Pakistani President Pervez Musharraf was "
     "announced on state television.", ("PAKGOV", "PAK", "1724")),
    # passives, small clauses and partitives keep their roles
    # (people.tsv has Hwang as a defector from 1997, so on the day he is North Korean opposition)
    ("Hwang Jang-yop, the most senior North Korean official ever to defect, was granted asylum "
     "by South Korea.", ("KOR", "PRKOPP", "075")),
    ("Baghdad let U.N. weapons inspectors back into Iraq on Monday.",
     ("IRQGOV", "IGOUNO", "0862")),
    ("Columns of Ethiopian troops were seen massing near the Somali border town of Dolow.",
     ("ETHMIL", "SOM", "154")),
    ("Israeli troops rolled out of their last positions in southern Lebanon.",
     ("ISRMIL", "LBN", "0874")),
    ("Egypt started pumping natural gas to Israel through an undersea pipeline.",
     ("EGY", "ISR", "061")),
    # an arrest with no one named to make it, told by a state's official: that state's police
    ("A spokesman for the Kenyan police said on Sunday that 14 suspects were arrested.",
     ("KENCOP", "KEN", "173")),
    # a court or police force named without its state: the state of the one it acts on
    ("A military tribunal convicted four Peruvian rebels of treason on Wednesday.",
     ("PERJUD", "PERREB", "116")),
    # two objects side by side: the first is given the second
    ("Pakistan handed U.S. investigators files on al Qaeda operatives on Thursday.",
     ("PAK", "USACOP", "064")),
    ("Washington handed Managua the first 30 million dollars of a new aid package.",
     ("USAGOV", "NICGOV", "071")),
    # a weapon or an attack laid on someone is theirs; a bare "officer" is a policeman
    ("A car bomb blamed on ETA killed two officers in Madrid.", ("ESPREBETA", "ESPCOP", "190")),
    ("An attack blamed on Hamas killed two Israelis.", ("PSEINSHMS", "ISR", "190")),
    # curfews and emergency rule imposed or lifted in the passive: by the place's government
    ("Martial law in Beijing was lifted on Thursday.", ("CHNGOV", "CHN", "0814")),
    ("A curfew was imposed in Lhasa on Monday.", ("CHNGOV", "CHN", "1723")),
    # a nominal expulsion from a country, or a nominal lifting of a state's own measure
    ("The deportation of Afghan refugees from Iran resumed on Monday.",
     ("IRN", "AFGREF", "174")),
    # an armed stranger is unidentified forces of the place
    ("Serbian Prime Minister Zoran Djindjic was shot dead by a sniper outside government "
     "headquarters in Belgrade.", ("SRBUAF", "SRBGOV", "193")),
    ("A car bomb exploded outside a police station in the Iraqi town of Baquba, killing nine "
     "people.", ("IRQUAF", "IRQCVL", "190")),
    ("A roadside bomb attack outside the town of Tikrit killed two British soldiers.",
     ("IRQUAF", "GBRMIL", "190")),
    # surviving an attempt on one's life: by unidentified forces of the place
    ("Afghan President Hamid Karzai survived an assassination attempt in Kandahar on "
     "Thursday.", ("AFGUAF", "AFGGOV", "185")),
    ("The Jordanian prime minister escaped an attempt on his life in Amman.",
     ("JORUAF", "JORGOV", "185")),
    ("The Afghan vice-president escaped unhurt when gunmen opened fire on his convoy in "
     "Jalalabad.", ("AFGUAF", "AFG", "185")),
    # a verb the parser read as a participle of its subject, when a that-clause follows
    ("Russia's FSB security service alleged on Monday that two British diplomats had spied.",
     ("RUSSPY", "GBRGOV", "112")),
    ("Doctors from a Norwegian charity donated and personally delivered medicine to a clinic "
     "in Gaza.", ("NORNGO", "PSEHLH", "073")),  # medicine: humanitarian aid
    # who talked in a call: the clause's subjects, each with the other
    ("The French and German foreign ministers went over the Ukraine crisis in a long telephone "
     "conversation on Friday.", ("FRAGOV", "DEUGOV", "040")),
    # a passive release is done by those who held the freed
    ("Three aid workers held by Somali gunmen were set free on Tuesday.",
     ("SOMUAF", "SOMNGO", "0841")),
    ("Damascus let go of the two Turkish pilots it had captured.", ("SYRGOV", "TUR", "0841")),
    # a title with no country named belongs to the country of the office holders named
    ("The provincial governor accused President Joseph Estrada of taking bribes from gambling "
     "lords.", ("PHLGOV", "", "1121")),  # accused of bribe-taking: of corruption
    # forces put on alert, in the passive, are the ones who raise it
    ("Armenian forces were put on heightened alert on Monday.", ("ARMMIL", "ARM", "152")),
    # goods or peacekeepers arriving are a delivery by whoever sent them, to where they arrive
    ("A Turkish ship laden with flour and tents docked at the Syrian port of Latakia on "
     "Thursday.", ("TUR", "SYR", "073")),
    ("A consignment of rifles and ammunition from Russia arrived in Bangui on Friday.",
     ("RUS", "CAFGOV", "072")),
    # (published 2000: Juba is still a town in Sudan, not South Sudan's capital)
    ("The first Bangladeshi peacekeepers landed in Juba on Monday.", ("BGDMIL", "SDN", "074")),
    ("Three trucks loaded with medicine crossed into Gaza from Egypt on Tuesday.",
     ("EGY", "PSE", "073")),
    # a car packed with explosives is a car bomb; planes are their owner's
    ("A car packed with explosives blew up outside the Iraqi Interior Ministry in Baghdad on "
     "Monday.", ("IRQUAF", "IRQ", "183")),
    ("Government helicopters dropped barrel bombs on villages in southern Sudan.",
     ("SDNMIL", "SDN", "195")),
    # people who belong where they are: bare protesters, gunmen and strikers are of the place
    ("Masked gunmen abducted two French engineers at a building site in Grozny on Tuesday.",
     ("RUSUAF", "FRA", "181")),
    ("Hundreds of students rallied in a Boston park against the war.", ("USAEDU", "USA", "141")),
    ("Furious protesters pelted the American embassy in Cairo with eggs and stones.",
     ("EGYOPP", "USAGOV", "145")),
    # a border force named "Rifles" (a proper noun keeps its plural lemma) is an armed force
    ("Twelve Indian soldiers were killed on Monday in a gun battle with the Bangladesh "
     "Rifles near the border.", ("BGDMIL", "INDMIL", "190")),
    # a past tense the parser hung on the agent of "backed by": the backed troops did it
    ("Ethiopian troops backed by tanks invaded Somalia before dawn on Monday, seizing the "
     "airport in Baidoa, residents said.", ("ETHMIL", "SOM", "192")),
    # a main verb the parser read as a modifier of its subject, which it made a second
    # subject of the closing "said"
    ("About 500 militia fighters handed in their guns near Cali on Tuesday, officials said.",
     ("COLUAF", "COL", "0873")),
    # a past tense the parser read as a modifier of its own object ("froze ... aid" as "froze
    # aid"): the name before it is the doer, the noun it modifies the object
    ("Tokyo froze project aid and new credit lines to Laos.", ("JPNGOV", "LAO", "162")),
    # lobbying others to throw their weight behind a side rallies support for it, also when a
    # place and a day stand between the two
    ("The Chadian president lobbied regional leaders at a summit in Libreville on Friday to "
     "throw their weight behind the transitional council in Bangui.", ("TCDGOV", "CAFGOV", "053")),
    # victims hurt "after being attacked by" someone: that someone did it
    ("Two Kenyan policemen were wounded after being attacked by protesters in Kisumu.",
     ("KENOPP", "KENCOP", "190")),
    # who undergoes a passive after "after" is the subject of the clause it hangs on
    ("Two Yemeni soldiers died in Aden after being shot by gunmen.", ("YEMUAF", "YEMMIL", "193")),
    # a person nobody names who does violence is an unidentified attacker of the place
    ("A man stabbed four shoppers in Leeds on Saturday.", ("GBRUAF", "GBRCVL", "182")),
    ("A teenager shot two policemen in Marseille on Friday.", ("FRAUAF", "FRACOP", "193")),
    # so is one named by the violence alone, with or without victims
    ("A gunman opened fire outside a bank in Leeds on Saturday.", ("GBRUAF", "GBRBUS", "193")),
    ("A gunman went on a shooting rampage in Leeds on Saturday.", ("GBRUAF", "GBR", "180")),
    ("Rioters went on a rampage in Leeds on Saturday.", ("GBROPP", "GBRGOV", "145")),
    # a clause with its own subject does not share the first clause's "not"
    ("Russia did not attack Georgia, but Ukraine attacked Poland.", ("UKR", "POL", "190")),
]


@pytest.mark.parametrize(("text", "triple"), ROLES)
def test_the_doer_and_the_one_done_to_are_found(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(code(text, DAY))



def test_a_consignment_of_listed_goods_is_each_of_them() -> None:
    text = ("Washington shipped a consignment of radios, rifles and helicopters to the Georgian "
            "army.")
    assert ("USAGOV", "GEOMIL", "072") in triples(code(text, DAY))


@pytest.mark.parametrize(("text", "target"), [
    ("The Serbian prime minister was shot dead by a sniper in Belgrade.", "SRBGOV"),
    ("Three Afghan soldiers were killed by a roadside bomb in Helmand province.", "AFGMIL"),
    ("An explosion at a checkpoint in Baghdad killed 12 Iraqi policemen.", "IRQCOP"),
])
def test_violence_by_a_gunman_or_a_bomb_nobody_places_is_still_an_event(text: str,
                                                                        target: str) -> None:
    found = code(text, DAY)
    assert any(e.target is not None and e.target.code == target and e.cameo[:2] in ("18", "19")
               for e in found), triples(found)


@pytest.mark.parametrize("text", [
    "A gas explosion at a coal mine in Shanxi province killed 47 miners.",
    "Chinese exporters have been hit by a tsunami of rising costs.",
    # deaths a natural disaster caused
    "More than 2,000 people were killed in Saturday's earthquake in western Nepal.",
    "A cyclone tore through the Bay of Bengal coast, killing 400 villagers.",
])
def test_an_accident_or_a_metaphor_is_no_attack(text: str) -> None:
    assert not code(text, "2010-06-01")


def test_condolences_for_an_earthquake_s_dead_accuse_nobody() -> None:
    found = code("The Chilean president expressed his sorrow for the victims of the earthquake "
                 "that struck southern Peru, killing hundreds of people.", DAY)
    assert [e.cameo for e in found] == ["018"], triples(found)


def test_a_passive_verdict_is_the_court_s() -> None:
    found = code("Anwar Ibrahim was found guilty of sodomy by the High Court in Kuala Lumpur.", DAY)
    assert any(e.cameo == "116" and e.source is not None and e.source.code == "MYSJUD"
               for e in found), triples(found)


def test_swearing_to_fight_is_a_threat() -> None:
    found = triples(code("Ethnic Albanian rebels have sworn to fight until the end.", DAY))
    assert ("ALBREB", "", "138") in found


def test_a_revolt_that_is_crushed_is_no_protest_event_of_its_own() -> None:
    found = code("Gaddafi vowed to crush the revolt with an iron fist.", DAY)
    assert [e.cameo for e in found] == ["137"]


def test_a_tanker_carrying_gas_that_explodes_is_no_attack() -> None:
    found = code("A tanker carrying gas exploded on a highway near Lagos, killing 20 people.", DAY)
    assert not [e for e in found if e.root in ("18", "19", "20")]


def test_escaping_an_accident_is_no_attempt_on_a_life() -> None:
    found = code("The ferry captain escaped unhurt when the boat sank off Crete.", DAY)
    assert not any(e.cameo == "185" for e in found)


def test_a_cargo_ship_leaving_for_a_country_delivers_to_it() -> None:
    found = triples(code("A South Korean cargo ship carrying 5,000 tonnes of rice left the port "
                         "of Busan for North Korea on Monday.", DAY))
    assert ("KOR", "PRK", "073") in found
    assert not [t for t in triples(code("The Turkish ship left Istanbul on Monday.", DAY))
                if t[2].startswith("07")]


def test_a_visitor_arriving_is_a_visit_not_a_delivery() -> None:
    found = triples(code("The Russian foreign minister arrived in Beijing on Monday.", DAY))
    assert found == {("RUSGOV", "CHNGOV", "042")}


@pytest.mark.parametrize(("text", "code_"), [
    ("The Egyptian foreign minister sounded a gloomy note on the peace process.", "012"),
    ("The Colombian president struck an upbeat tone about the talks with the rebels.", "013"),
])
def test_a_tone_struck_is_a_comment_not_a_blow(text: str, code_: str) -> None:
    found = code(text, DAY, all_modes=True)
    assert [e.cameo for e in found] == [code_]


@pytest.mark.parametrize(("text", "triple"), [
    ("Macedonia's government ordered its security forces to hold their fire against ethnic "
     "Albanian guerrillas.", ("MKDGOV", "ALBREB", "0871")),
    ("Israel ordered its forces to halt the offensive in Gaza.", ("ISR", "", "087")),
])
def test_an_order_to_one_s_own_forces_is_the_act(text: str, triple: tuple[str, str, str]) -> None:
    found = triples(code(text, DAY))
    assert triple in found
    assert not any(c.startswith("10") for _, _, c in found)


def test_an_order_to_another_state_stays_a_demand() -> None:
    assert ("IGOUNO", "IRQ", "100") in triples(code("The UN ordered Iraq to destroy its missiles.",
                                                      DAY))


def test_the_owner_of_a_decision_or_plan_does_what_it_decides() -> None:
    found = code("Venezuela's decision to break off relations with Israel was announced on "
                 "Wednesday.", DAY, all_modes=True)
    assert any(e.cameo == "161" and e.source is not None and e.source.code == "VEN"
               for e in found), triples(found)


def test_a_noun_s_preposition_may_hang_on_its_light_verb() -> None:
    found = triples(code("Peru's truth commission began public hearings in Ayacucho on Monday "
                         "into killings by the army.", DAY))
    assert any(c == "090" for _, _, c in found), found


def test_getting_together_is_meeting() -> None:
    found = code("Peres and Arafat got together in the Swiss resort of Davos on Saturday.", DAY)
    assert found and all(e.cameo == "040" for e in found)


@pytest.mark.parametrize(("text", "code_"), [
    ("A spokesman for the Philippine army declined to comment on the whereabouts of the rebel "
     "commander.", "011"),
    ("A State Department spokesman refused to be drawn, saying the United States did not "
     "discuss such matters.", "011"),
    ("The Chinese foreign ministry defended Pyongyang at a briefing, saying its concerns were "
     "legitimate.", "052"),
])
def test_comments_declined_and_defences_spoken(text: str, code_: str) -> None:
    found = code(text, DAY)
    assert code_ in {e.cameo for e in found}
    assert not any(e.cameo in ("120", "074") for e in found)


def test_a_capitalised_name_the_tagger_missed_is_no_rally() -> None:
    found = code("Kabila said he was ready to sit down with leaders of the Congolese Rally for "
                 "Democracy at talks in Lusaka.", DAY, all_modes=True)
    assert not any(e.root == "14" for e in found)


def test_victims_with_no_doer_named_keep_no_source() -> None:
    found = code("Three Iraqi civilians were killed in Baghdad.", DAY)
    assert found and all(e.source is None for e in found)


@pytest.mark.parametrize(("text", "country"), [
    # heads of state and government since 1985 (people.tsv): in 2000 "Havel" is the Czech
    # president and "Kolingba" the former Central African one
    ("Havel criticised the Slovak government's language law.", "CZE"),
    ("Kolingba rejected the opposition's demands for a national conference.", "CAF"),
    # a lower-case word the tagger took for a proper noun is no part of a name
    ("The Kyrgyz justice ministry lifted its ban on the opposition party.", "KGZ"),
    # names of the 1990s; peoples that live within one country's borders
    ("Zairean troops shelled the rebel camp.", "COD"),
    ("Rohingya refugees accused the army of burning their villages.", "MMR"),
    ("The Taleban captured Mazar-i-Sharif on Saturday.", "AFG"),
    # a person under a title the codebook does not know is of the country named before it
    ("Philippine Budget Secretary Emilia Boncodin criticized the IMF on Monday.", "PHL"),
    # "a rebel movement in Niger", "student groups": the group word takes its compound's sector
    ("A Tuareg rebel movement in northern Mali demanded talks with the government.", "MLI"),
    # "the country" doing something is the state last named before it
    ("Ghana's foreign ministry said on Friday that the country had recalled its ambassador "
     "from Abidjan.", "GHA"),
    # a people called ethnic lives in the other country the sentence names
    ("Ethnic Hungarians rallied against Slovakia's new language law.", "SVK"),
    ("Hundreds of ethnic Russians protested outside Latvia's parliament.", "LVA"),
    # a region within a country's borders is of that country, as CAMEO codes it
    ("Abkhazia rejected the peace plan on Monday.", "GEO"),
    ("Police in Chechnya arrested five suspects.", "RUS"),
    # a sector word's own compound says whose it is, before the article's country
    ("US Navy helicopters ferried rice to villages in Indonesia's Aceh province.", "USA"),
    ("Congo has taken Uganda to the International Court of Justice.", "COD"),
    ("Congo Republic's president met the Angolan leader in Luanda.", "COG"),
    ("Police in Northern Ireland raised their security alert level.", "GBR"),
    ("Greek Cypriot voters threw out the UN reunification plan.", "CYP"),
])
def test_country_names_in_wire_usage(text: str, country: str) -> None:
    found = code(text, DAY)
    assert any(e.source is not None and e.source.country == country for e in found), \
        triples(found)


@pytest.mark.parametrize(("text", "org"), [
    ("The European Community recognised Slovenia on Wednesday.", "IGOEUREEC"),
    ("The CSCE sent observers to Nagorno-Karabakh.", "IGOEURSCE"),
    ("UNAMIR troops evacuated foreigners from Kigali.", "IGOUNOPKOAMR"),
    ("The South Lebanon Army shelled villages north of the security zone.", "LBNUAF"),
    ("SLORC troops attacked Karen positions near the Thai border.", "MMR"),
])
def test_organisations_under_their_names_of_the_time(text: str, org: str) -> None:
    sources = [e.source.code for e in code(text, DAY) if e.source is not None]
    assert any(s.startswith(org) for s in sources), sources


def test_a_place_of_a_state_not_yet_born_is_the_old_state_s() -> None:
    # Juba became South Sudan's capital on 2011-07-09; in 2000 it was a town in Sudan
    old = code("Rebels shelled Juba on Sunday, killing 20 people.", DAY)
    new = code("Rebels shelled Juba on Sunday, killing 20 people.", "2015-01-01")
    assert any(e.target is not None and e.target.country == "SDN" for e in old), triples(old)
    assert any(e.target is not None and e.target.country == "SSD" for e in new), triples(new)


@pytest.mark.parametrize(("text", "day", "country"), [
    # Kosovo declared independence on 2008-02-17: before, it and its towns were Serbia's,
    # named as a country or as a people
    ("Serbian police raided a village in Kosovo on Sunday.", "1999-01-20", "SRB"),
    ("Serbian police raided a village in Kosovo on Sunday.", "2019-01-20", "XKX"),
    ("Serbian police detained Kosovar students in Pristina.", "1998-03-01", "SRB"),
])
def test_a_state_not_yet_born_is_the_old_state_when_named(text: str, day: str,
                                                          country: str) -> None:
    found = code(text, day)
    assert {e.target.country for e in found if e.target is not None} == {country}


def test_a_sending_names_its_sender_with_from() -> None:
    found = code("An airlift of tents and blankets from Norway to flood victims began on "
                 "Monday.", DAY)
    assert any(e.cameo == "073" and e.source is not None and e.source.country == "NOR"
               for e in found), triples(found)


@pytest.mark.parametrize(("sentence", "source"), [
    ("Observers from the OSCE praised election officials in Kyrgyzstan.", "IGOEURSCE"),
    ("The military wing of Hamas threatened Israel on Saturday.", "PSEINSHMS"),
    ("Solidarity threatened to call a nationwide strike on Monday.", "POLLABSOL"),
])
def test_who_a_sent_or_partial_body_and_a_union_stand_for(sentence: str, source: str) -> None:
    events = code(sentence, published="2000-06-01")
    assert source in {e.source.code for e in events if e.source is not None}


def test_maoist_rebels_are_whose_country_says_so() -> None:
    events = code("Nepal's Maoist rebels announced a three-month ceasefire on Saturday.",
                  published="2006-04-27")
    assert {e.source.code for e in events if e.source is not None} == {"NPLREB"}


def test_violence_with_no_placed_doer_is_the_blamed_one_s() -> None:
    found = triples(code("Gunmen shot dead three policemen in Karachi on Monday, police said, "
                         "blaming the Taliban.", DAY))
    assert ("AFGINSTAL", "PAKCOP", "193") in found, found
    assert ("PAKCOP", "AFGINSTAL", "112") in found  # the blaming stays an accusation


def test_armed_with_describes_and_supplies_nothing() -> None:
    found = code("Youths armed with clubs and stones attacked a police post in northern Kenya.",
                 DAY)
    assert "072" not in {e.cameo for e in found}
    assert "190" in {e.cameo for e in found}


@pytest.mark.parametrize(("text", "code_"), [
    ("A Thai court ordered the opposition party dissolved on Tuesday.", "1722"),
    ("President Hugo Chavez ordered the foreign-owned farms seized.", "171"),
])
def test_whoever_orders_something_done_to_someone_does_it(text: str, code_: str) -> None:
    found = code(text, DAY)
    assert any(e.cameo.startswith(code_) and e.mode == "asserted" for e in found), triples(found)


def test_a_relative_clause_after_a_preposition_names_no_target() -> None:
    """ "signed a deal, according to which the waters between Rhodes and Turkey would be
    split": Turkey is in what the deal says, not the other signer."""
    events = code("Greece and Egypt signed a maritime deal, according to which the waters "
                  "between Rhodes and Turkey would be split.", "2020-09-01")
    assert {(e.source.code, e.target.code) for e in events if e.source and e.target} \
        == {("GRC", "EGY"), ("EGY", "GRC")}


def test_forces_from_two_armies_are_each_army_s() -> None:
    found = triples(code("Warships from the Indian navy and Bangladesh's navy held joint "
                         "exercises in the Bay of Bengal.", DAY))
    assert {("INDMIL", "BGDMIL", "062"), ("BGDMIL", "INDMIL", "062")} <= found, found


@pytest.mark.parametrize(("text", "source", "cameo"), [
    ("A Chinese carrier battle group sailed through the Strait of Hormuz on Monday.", "CHN",
     "150"),
    ("British warships steamed through the Taiwan Strait on Monday.", "GBRMIL", "150"),
])
def test_a_naval_group_acts_for_the_country_of_its_ships(text: str, source: str,
                                                         cameo: str) -> None:
    """ "A Chinese carrier battle group": the group is the carrier's, the carrier China's."""
    assert any(s == source and c == cameo for s, _, c in triples(code(text, DAY)))
