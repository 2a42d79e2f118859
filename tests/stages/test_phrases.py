"""Own dictionaries, coded alone: phrase patterns (PETRARCH notation), group names and the
shipped codebook switched off. A made-up world in a temporary codebook folder."""

from __future__ import annotations

import pytest

import flashpoint
from flashpoint.codebook import load_codebook
from flashpoint.settings import Settings, load_settings

pytestmark = pytest.mark.model

VERB_HEADER = "id\tpos\tlemma\tparticle\tobject\tprep\tphrase\ttarget\tcode\tspeech\tsource"
FILES = {
    "actors/countries.tsv": """code\tname\taliases\tadjectives\tcapitals\tmetonyms\twikidata\tsource
ARV\tArvenia\t\tArvenian\t\t\t\ttest world
BOR\tBorvia\t\tBorvian\t\t\t\ttest world
CEL\tCeldonia\t\t\t\t\t\ttest world
""",
    "actors/sectors.tsv": "word\tsector\tkind\tsource\nofficial\tGOV\tstate\ttest world\n"
                          "opposition group\tMOP\tperson_group\ttest world\n",
    "actors/aliases.tsv": "alias\tcode\tsource\nthe Northern Pact\tARV|BOR\ttest world\n",
    "verbs/synsets.tsv": """name\tphrase\tsource
TIES\tECONOMIC\ttest world
TIES\tMILITARY\ttest world
NEG\tDID N'T\ttest world
""",
    "verbs/16_test.tsv": VERB_HEADER + """
ab\tVERB\tabandon\t\t\t\t\tafter\t160\t\ttest world
ab-new\tVERB\tabandon\t\t\t\t* NEW_&TIES_RELATIONS\tafter\t161\t\ttest world
ab-imp\tVERB\tabandon\t\t\t\t* IMPROVED &TIES RELATIONS\tafter\t164\t\ttest world
ab-neg\tVERB\tabandon\t\t\t\t&NEG *\tafter\t166\t\ttest world
ab-hope\tVERB\tabandon\t\t\t\t* ALL HOPE\tafter\t---\t\ttest world
de\tVERB\tdelay\t\t\t\t% HAVE *\tafter\t164\t\ttest world
""",
    "verbs/04_test.tsv": VERB_HEADER + """
ce\tVERB\tcelebrate\t\t\t\t* FEAST IN ^ +\tafter\t044\t\ttest world
le\tVERB\tleave\t\t\t\t\tafter\t040\t\ttest world
left\tVERB\tleave\t\t\t\t*{left}\tafter\t042\t\ttest world
""",
}


@pytest.fixture(scope="module")
def own(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    folder = tmp_path_factory.mktemp("own-dictionaries")
    for name, text in FILES.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return load_settings(codebook_dirs=(str(folder),), shipped_codebook=False,
                         include_all_modes=True)


def _triples(text: str, settings: Settings) -> set[tuple[str, str, str]]:
    return {(e.source.code if e.source else "", e.target.code if e.target else "", e.cameo)
            for e in flashpoint.code_text(text, published="2020-06-01", settings=settings)}


def test_the_shipped_codebook_is_off_but_the_cameo_table_stays(own: Settings) -> None:
    book = load_codebook(own.codebook_dirs, shipped=False)
    assert set(book.countries) == {"ARV", "BOR", "CEL"} and "190" in book.cameo
    # Russia is no actor here, and a doer nobody names counts only for material actions
    assert _triples("Russia abandoned new economic relations with Borvia.", own) == set()
    assert _triples("Arvenia abandoned new economic relations with Russia.", own) == {
        ("ARV", "", "161")}
    assert book.version.endswith("+own")


@pytest.mark.parametrize(("text", "code"), [
    ("Arvenia abandoned new economic relations with Borvia.", "161"),
    ("Arvenia abandoned new global economic relations with Borvia.", "160"),  # glue broken
    ("Arvenia abandoned improved global economic relations with Borvia.", "164"),  # a gap
    ("Arvenia abandoned its old friends in Borvia.", "160"),
])
def test_underscores_glue_words_and_blanks_allow_a_gap(own: Settings, text: str,
                                                       code: str) -> None:
    assert _triples(text, own) == {("ARV", "BOR", code)}


def test_words_before_the_verb(own: Settings) -> None:
    assert ("ARV", "BOR", "166") in _triples("Arvenia didn't abandon its ties with Borvia.", own)


def test_the_target_marker_after_a_skipped_phrase(own: Settings) -> None:
    assert _triples("Arvenia celebrated the feast in Celdonia with Borvia.", own) == {
        ("ARV", "BOR", "044")}


def test_a_compound_marker_makes_the_doers_act_on_each_other(own: Settings) -> None:
    assert _triples("Arvenia and Borvia have delayed the meeting with Celdonia.", own) == {
        ("ARV", "BOR", "164"), ("BOR", "ARV", "164")}


def test_a_verb_form_of_its_own(own: Settings) -> None:
    assert _triples("An Arvenian official left for Borvia.", own) == {("ARVGOV", "BOR", "042")}
    assert _triples("Arvenian officials leave for Borvia.", own) == {("ARVGOV", "BOR", "040")}


def test_a_group_name_codes_as_each_member(own: Settings) -> None:
    assert _triples("The Northern Pact abandoned new military relations with Celdonia.",
                    own) == {("ARV", "CEL", "161"), ("BOR", "CEL", "161")}


def test_a_null_code_pattern_means_no_event_there(own: Settings) -> None:
    assert _triples("Arvenia abandoned all hope of a deal with Borvia.", own) == set()
    assert ("ARV", "BOR", "160") in _triples("Arvenia abandoned a deal with Borvia.", own)
    from flashpoint.api import explain

    assert "VERB --- no event when phrase '* ALL HOPE'" in explain("abandon", settings=own)


def test_an_own_agent_code(own: Settings) -> None:
    assert _triples("Arvenia abandoned new economic relations with Borvia's opposition group.",
                    own) == {("ARV", "BORMOP", "161")}


def test_without_any_folder_nothing_is_coded() -> None:
    settings = load_settings(shipped_codebook=False)
    assert flashpoint.code_text("Russia attacked Ukraine.", published="2020-06-01",
                                settings=settings) == []


def test_explain_shows_phrases_and_groups(own: Settings) -> None:
    from flashpoint.api import explain

    assert "phrase '* NEW_&TIES_RELATIONS'" in explain("abandon", settings=own)
    group = explain("the Northern Pact", settings=own)
    assert group.startswith("'the Northern Pact' names a group: ARV, BOR")
    assert "Arvenia" in group and "Borvia" in group
