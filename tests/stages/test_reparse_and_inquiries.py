"""What a closing speech verb says when the parser made it a conjunct, a visitor as the doer
of a passive, "risks" as a verb, objects read as written ("data"), inquiries that a sending
or an arrival is for, persons and suspects handed to someone, an accord signed "between" two
sides, intents to let foreigners in, cooperation announced in the passive, and penalties
someone is warned of. Made-up sentences about real actors, coded with the shipped codebook
and the pinned model."""

from __future__ import annotations

import pytest

from flashpoint.settings import load_settings
from flashpoint.stages.nlp import load_pipeline
from tests.stages.coding import code, triples

pytestmark = pytest.mark.model
DAY = "2000-01-01"

FOUND = [
    # "<clause>, X insisted": the parser's conjunct is the speaker of the clause
    ("Kenya must withdraw its troops from the border because they threaten the peace of the "
     "region, Uganda's foreign minister insisted on Monday.", ("UGAGOV", "KEN", "1056")),
    # "by visiting X" is X doing it, not someone visiting X
    ("Ghana's economic reforms were praised on Monday by visiting British Foreign Secretary "
     "Robin Cook.", ("GBRGOV", "GHA", "051")),
    # "data" is a "datum" to the lemmatizer
    ("Seoul shared satellite data with Tokyo on Friday.", ("KORGOV", "JPNGOV", "064")),
    # an inquiry someone came or was sent for has begun; evidence gathered is an inquiry
    ("UN investigators began gathering evidence of war crimes in Darfur.",
     ("IGOUNO", "SDN", "094")),
    ("Human Rights Watch researchers arrived in Chechnya on Friday to look into reports of "
     "torture.", ("NGOHRIHRW", "RUS", "092")),
    # persons handed to someone are released to them; a suspect handed to a tribunal is
    # judicial cooperation
    ("The rebels handed the captured soldiers to the Red Cross on Sunday.",
     ("---REB", "NGOHLHIRC", "0841")),
    ("Belgrade handed the former general to the Hague tribunal.", ("SRBGOV", "NLDJUD", "063")),
    # an accord between two sides signed in the passive is signed by both
    ("A border treaty between Russia and China was signed in Beijing on Tuesday.",
     ("RUS", "CHN", "057")),
    ("The World Bank cleared a 200 million dollar loan for Ghana.",
     ("IGOUNODEVWBK", "GHA", "071")),
    # agreeing to let inspectors in is the intent to allow international involvement
    ("Tehran agreed to let UN inspectors into the Natanz plant.", ("IRNGOV", "IGOUNO", "0355")),
    # cooperation announced in the passive with no doer is the speaker's state's intent
    ("Talks with Pakistan will be held in Islamabad next month, the Indian foreign ministry "
     "said on Tuesday.", ("INDGOV", "PAK", "036")),
    # what one is warned one faces, or risks losing, is the warner's threat
    ("Foreign journalists who stay in Harare face the loss of their accreditation, "
     "Zimbabwe's information minister warned.", ("ZWEGOV", "ZWEMED", "132")),
    ("Ukraine faces the loss of its gas supplies, Gazprom warned on Friday.",
     ("RUSBUSGAZ", "UKR", "131")),
    ("Kenya risks losing its World Bank loans if it fails to fight graft, the Dutch "
     "development minister cautioned.", ("NLDGOV", "KEN", "1311")),
    ("Residents of Jaffna will face a curfew if the protests go on, Sri Lanka's army said.",
     ("LKAMIL", "LKACVL", "1323")),
]


@pytest.mark.parametrize(("text", "triple"), FOUND)
def test_the_event_is_found(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(code(text, DAY))


def test_a_closing_speech_verb_is_rehung_as_the_root() -> None:
    nlp = load_pipeline(load_settings().model)
    doc = nlp("Estrada must resign because he has lost the moral authority to lead the "
              "country, Cardinal Sin declared on Wednesday.")
    declared = next(t for t in doc if t.lower_ == "declared")
    resign = next(t for t in doc if t.lower_ == "resign")
    assert (declared.dep_, resign.dep_, resign.head.i) == ("ROOT", "ccomp", declared.i)


def test_a_real_second_act_stays_a_conjunct() -> None:
    nlp = load_pipeline(load_settings().model)
    doc = nlp("The army shelled the town for hours, and the rebels said nothing.")
    said = next(t for t in doc if t.lower_ == "said")
    assert said.dep_ != "ROOT"


def test_starvation_one_is_warned_of_is_a_forecast() -> None:
    found = code("Villagers face starvation, the UN warned.", DAY)
    assert {e.cameo for e in found} == {"012"}


def test_a_handover_of_control_to_police_is_no_judicial_cooperation() -> None:
    found = triples(code("Russian columns left the town, handing control back to Georgian "
                         "police.", DAY))
    assert "063" not in {t[2] for t in found}
