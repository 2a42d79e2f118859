"""Events told from the other side, implied doers, claims and labels: made-up sentences about
real actors, coded with the shipped codebook and the pinned model."""

from __future__ import annotations

import pytest

from flashpoint.records import Event
from flashpoint.settings import load_settings
from tests.stages.coding import code, triples

pytestmark = pytest.mark.model


def _code(text: str, published: str = "2020-06-01", **kw: bool) -> list[Event]:
    return code(text, published, all_modes=kw.get("include_all_modes", False))


@pytest.mark.parametrize(("text", "triple"), [
    ("Israel faced sharp criticism from the United Nations on Monday.",
     ("IGOUNO", "ISR", "111")),
    ("Israel drew condemnation from Egypt after the raid.", ("EGY", "ISR", "111")),
    ("UN peacekeepers came under fire from Serb forces near Sarajevo.",
     ("SRBMIL", "IGOUNO", "190")),
    ("Pakistan won praise from the United States for its arrests.", ("USA", "PAK", "051")),
    ("Georgian rebels received weapons from the Russian government.",
     ("RUSGOV", "GEOREB", "072")),
])
def test_what_the_subject_undergoes_is_done_by_the_one_it_comes_from(
        text: str, triple: tuple[str, str, str]) -> None:
    found = triples(_code(text))
    assert triple in found
    assert (triple[1], triple[0], triple[2]) not in found


def test_undergoing_keeps_each_verb_s_own_reading() -> None:
    assert not _code("The rebels won the war against the Ethiopian government.")
    assert not _code("A fire broke out in the parliament building.")
    met = _code("Obama met with Putin in Geneva.", published="2010-06-01")
    assert ("USAGOV", "RUSGOV", "040") in triples(met)


def test_a_claim_of_responsibility_for_an_attack_is_the_attack_too() -> None:
    events = _code("The Houthis claimed responsibility for the attack on Saudi oil facilities.")
    assert {e.cameo for e in events} >= {"015", "190"}
    attack = next(e for e in events if e.cameo == "190")
    assert attack.source and attack.source.country == "YEM"
    assert attack.target and attack.target.country == "SAU"
    assert not any(e.cameo.startswith("19") for e in _code(
        "The Houthis denied responsibility for the attack on Saudi oil facilities."))


def test_a_legal_act_with_no_agent_is_done_by_the_state_where_it_happened() -> None:
    (event,) = _code("Two Russian journalists were arrested in Minsk.")
    assert (event.source and event.source.code, event.cameo) == ("BLRCOP", "173")
    convicted = _code("Jacques Chirac was convicted of corruption.", published="2011-12-20")
    assert any(e.source and e.source.code == "FRAJUD" and e.cameo == "116"
               for e in convicted)
    hoped = _code("Kenya said it hoped the British officers would be indicted.",
                  include_all_modes=True)
    assert not any(e.source and e.source.code.endswith("JUD") for e in hoped)


def test_a_clause_hung_on_the_last_noun_of_a_message_phrase_is_the_sender_s() -> None:
    events = _code("On Twitter, Pompeo posted a message blaming Iran for the strikes.")
    assert ("USAGOV", "IRN", "1123") in triples(events)


@pytest.mark.parametrize(("text", "source"), [
    ("Erdogan called Netanyahu a terrorist.", "TURGOV"),
    ("Iran called the sanctions illegal.", "IRN"),
    ("The Foreign Ministry of Iraq described the strike as a breach of its sovereignty.",
     "IRQGOV"),
])
def test_a_damning_label_is_criticism(text: str, source: str) -> None:
    assert any(e.cameo == "111" and e.source and e.source.code == source for e in _code(text))


def test_calling_on_or_for_stays_an_appeal_whatever_words_follow() -> None:
    events = _code("Russia called on the United States to end its illegal sanctions.")
    assert "111" not in {e.cameo for e in events}
    assert not any(e.cameo == "111" for e in _code("Obama called Merkel a great friend."))


def test_alleging_what_someone_does_accuses_them() -> None:
    assert ("RUS", "USA", "112") in triples(
        _code("Russia alleged the US was training militants in Syria."))
    accused = [e for e in _code("Iran alleged that Israel attacked its nuclear site.")
               if e.cameo == "112"]
    assert len(accused) == 1  # not once for the allegation and again for the attack


def test_court_rulings_against_an_act_and_attributed_attacks() -> None:
    ruled = _code("The Supreme Court of Pakistan ruled the government's decree unconstitutional.")
    assert any(e.cameo == "116" and e.source and e.source.code == "PAKJUD" for e in ruled)
    assert not _code("Police found illegal weapons in the house.")
    blamed = _code("Iraq's foreign minister attributed the bombing to Houthi rebels.")
    assert any(e.cameo == "1123" and e.target and e.target.country == "YEM" for e in blamed)


def test_a_spokesman_for_a_group_is_the_group_s() -> None:
    events = _code("Ali Hamid, a spokesman for the PMF militia, blamed Israel for the strike.")
    assert any(e.source and e.source.code == "IRQUAFPMF" and e.cameo == "1123" for e in events)


def test_the_nations_of_a_list_are_those_nations() -> None:
    events = _code("The Muslim-majority states of Bahrain and Kosovo recognized Israel.")
    assert {(e.source.code if e.source else "", e.cameo) for e in events} \
        >= {("BHR", "054"), ("XKX", "054")}


def test_claiming_to_have_done_something_asserts_it() -> None:
    events = _code("Azerbaijan claimed to have killed 200 Armenian soldiers.")
    assert any(e.cameo.startswith("19") and e.source and e.source.code == "AZE" for e in events)
    assert not any(e.cameo.startswith("19") for e in _code(
        "Azerbaijan claimed to kill 200 Armenian soldiers every week."))


def test_a_noun_merely_mentioned_in_a_phrase_counts_for_less() -> None:
    from flashpoint.codebook import load_codebook
    from flashpoint.stages.confidence import basis
    from flashpoint.stages.nlp import load_pipeline
    from flashpoint.stages.patterns import best_pattern

    settings = load_settings()
    book = load_codebook(settings.codebook_dirs, shipped=settings.shipped_codebook)
    doc = load_pipeline(settings.model)("The law was shelved after last month's protests.")
    noun = next(t for t in doc if t.lower_ == "protests")
    pattern = best_pattern(book, noun)
    assert pattern is not None
    assert "mentioned" in basis(book, pattern, pattern.code, None, None, "asserted", noun)
    held = load_pipeline(settings.model)("Students held protests in Dhaka.")
    noun = next(t for t in held if t.lower_ == "protests")
    pattern = best_pattern(book, noun)
    assert pattern is not None
    assert "mentioned" not in basis(book, pattern, pattern.code, None, None, "asserted", noun)


def test_help_without_anyone_helped_is_doing_it() -> None:
    assert any(e.cameo.startswith("04") and e.mode == "asserted" and e.source
               and e.source.country == "USA" and e.target and e.target.code == "IRN"
               for e in _code("Obama helped negotiate a deal with Iran.", "2014-01-01"))
    repelled = _code("The US helped Ukraine to repel the attack.", include_all_modes=True)
    assert any(e.cameo == "070" and e.mode == "asserted" for e in repelled)
    assert not any(e.cameo.startswith("19") and e.mode == "asserted" for e in repelled)


def test_talks_a_gathering_was_for_were_held() -> None:
    events = _code("The foreign ministers of Egypt and Greece gathered in Cairo to discuss "
                   "the crisis.")
    assert {(e.source.code if e.source else "", e.cameo) for e in events} \
        >= {("EGYGOV", "040"), ("GRCGOV", "040")}


def test_giving_up_is_yielding() -> None:
    assert "080" in {e.cameo for e in _code("The US administration finally gave up on July 11.")}


def test_claiming_what_a_named_other_did_accuses_them() -> None:
    assert ("AZE", "ARM", "112") in triples(_code("Azerbaijan claimed Armenia shelled Ganja."))
    assert ("IRQ", "IRN", "112") in triples(_code("Iraq said Iran was behind the attack."))
    own = _code("Russia claimed its forces captured the town.")
    assert not any(e.cameo == "112" for e in own)
    assert any(e.cameo.startswith("19") and e.source and e.source.code == "RUSMIL" for e in own)
    assert not any(e.cameo == "112" for e in _code(
        "The Chinese government claimed they have public support."))


def test_a_person_of_an_organisation_is_the_organisation_s() -> None:
    events = _code("Kenneth Roth of Human Rights Watch criticized the Egyptian government.")
    assert any(e.source and e.source.code.startswith("NGO") and e.cameo == "111"
               for e in events)
    assert any(e.source and e.source.code == "PHLMIL" for e in _code(
        "Arnel dela Vega of the Philippine army said the Abu Sayyaf Group are the perpetrators."))


def test_an_unnamed_prosecutor_is_the_courts() -> None:
    events = _code("Jacques Chirac was indicted in Paris.", published="2011-01-01")
    assert any(e.source and e.source.code == "FRAJUD" and e.cameo == "173" for e in events)


def test_insisting_on_something_with_no_one_named_is_still_a_demand() -> None:
    events = _code("The US President insists that the bill include money for the new dam.")
    assert any(e.cameo == "100" and e.target is None for e in events)


def test_a_role_head_takes_its_group_s_sector() -> None:
    (told,) = [e for e in _code("Chinese Premier Li Peng told student leaders on Thursday that "
                                "they must clear out of Tiananmen Square.") if e.cameo == "100"]
    assert told.target is not None and told.target.code == "CHNEDU"
    met = _code("Police chiefs met church officials in Lagos.")
    assert any(e.source and e.source.code == "NGACOP" and e.target
               and e.target.code == "NGAREL" for e in met)


def test_a_demand_in_speech_stays_and_what_it_asks_for_is_not_done() -> None:
    text = "China insisted on Thursday that the United States halt all arms sales to Taiwan."
    assert {e.cameo[:2] for e in _code(text)} == {"10"}  # the halt is asked for, not reported
    assert any(e.cameo[:2] == "16" and e.mode == "hypothetical"
               for e in code(text, "2000-06-01", all_modes=True))
    put = _code("Pakistan insisted on Tuesday that the Kashmir dispute be put before "
                "international mediators.")
    assert any(e.cameo.startswith("10") and e.source and e.source.code == "PAK" for e in put)


def test_a_nominal_lifting_of_a_state_s_own_measure_is_that_state_s() -> None:
    events = _code("The lifting of Algeria's state of emergency took effect on Thursday.",
                   published="2011-02-24")
    assert any(e.cameo == "0814" and e.source and e.source.country == "DZA" for e in events)
