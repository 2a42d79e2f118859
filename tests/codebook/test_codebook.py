"""One test module for the whole codebook: every file loads, and references hold."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from flashpoint.codebook import load_codebook
from flashpoint.codebook.load import _load_cached
from flashpoint.errors import CodebookError

ROOTS = [f"{i:02d}" for i in range(1, 21)]


@pytest.fixture(scope="module")
def book():  # type: ignore[no-untyped-def]
    return load_codebook()


def test_every_cameo_code_has_label_goldstein_quad(book) -> None:  # type: ignore[no-untyped-def]
    assert len(book.cameo) >= 300
    for code, entry in book.cameo.items():
        assert re.fullmatch(r"\d{2,4}", code)
        assert entry.label and -10 <= entry.goldstein <= 10 and entry.quad_class in (1, 2, 3, 4)
        assert entry.root in book.cameo
        assert entry.source


def test_verb_patterns_cover_every_root_with_hundreds_of_patterns(book) -> None:  # type: ignore[no-untyped-def]
    patterns = [p for ps in book.verbs.values() for p in ps]
    assert len(patterns) >= 300
    events = [p for p in patterns if not p.codes_nothing]  # null-code rows: no event
    assert {p.code[:2] for p in events} == set(ROOTS)
    assert all(p.code in book.cameo and p.source for p in events)
    assert any(p.speech for p in patterns)


def test_actors_cover_countries_igos_sectors_people(book) -> None:  # type: ignore[no-untyped-def]
    assert len(book.countries) >= 240
    for code in ("RUS", "KAZ", "USA", "CHN", "UKR", "BLR", "ARM", "TJK", "KGZ"):
        assert code in book.countries
    codes = set(book.organizations)
    for org in ("IGOUNO", "IGOWSTNAT", "IGOCSTO"):
        assert org in codes
    for word in ("police", "troop", "protester", "demonstrator", "rebel", "parliament",
                 "court", "journalist", "student"):
        assert word in book.sectors, word
    assert "Nursultan Nazarbayev" in book.people


def test_names_resolve_metonyms_and_capitals(book) -> None:  # type: ignore[no-untyped-def]
    for surface, key in (("kremlin", "RUS"), ("moscow", "RUS"), ("nur-sultan", "KAZ"),
                         ("astana", "KAZ"), ("white house", "USA"), ("kyiv", "UKR"),
                         ("beijing", "CHN")):
        names = book.names[surface]
        assert any(n.key == key and n.what == "metonym" for n in names), surface


def test_dated_roles_are_ordered_and_nazarbayev_term_ends(book) -> None:  # type: ignore[no-untyped-def]
    for roles in book.people.values():
        for role in roles:
            assert role.valid_to is None or role.valid_from <= role.valid_to
    naz = book.people["Nursultan Nazarbayev"]
    assert any(r.valid_to == "2019-03-20" and r.sector == "GOV" for r in naz)
    assert book.roles("Nursultan Nazarbayev", "2018-01-01")
    assert not book.roles("Nursultan Nazarbayev", "2022-01-07")


def test_a_malformed_user_file_names_file_and_line(tmp_path: Path) -> None:
    actors = tmp_path / "actors"
    actors.mkdir()
    (actors / "sectors.tsv").write_text("word\tsector\tkind\tsource\nfoo\tNOPE\tstate\tx\n")
    _load_cached.cache_clear()
    with pytest.raises(CodebookError, match=r"actors/sectors.tsv:2"):
        load_codebook((str(tmp_path),))


def test_a_user_folder_with_patterns_for_a_lemma_replaces_the_shipped_ones(tmp_path: Path) -> None:
    verbs = tmp_path / "verbs"
    verbs.mkdir()
    header = "id\tpos\tlemma\tparticle\tobject\tprep\ttarget\tcode\tspeech\tsource\n"
    (verbs / "04_mine.tsv").write_text(header + "greet\tVERB\twelcome\t\t\t\tdobj\t041\t\tus\n")
    _load_cached.cache_clear()
    shipped = load_codebook().patterns("VERB", "welcome")
    mine = load_codebook((str(tmp_path),)).patterns("VERB", "welcome")
    assert len(shipped) > 1 and [p.code for p in mine] == ["041"]
    assert load_codebook((str(tmp_path),)).patterns("VERB", "condemn")  # others untouched


def test_a_verb_id_is_unique_across_a_folder_s_files(tmp_path: Path) -> None:
    verbs = tmp_path / "verbs"
    verbs.mkdir()
    header = "id\tpos\tlemma\tparticle\tobject\tprep\ttarget\tcode\tspeech\tsource\n"
    (verbs / "04_mine.tsv").write_text(header + "greet\tVERB\twelcome\t\t\t\tdobj\t041\t\tus\n")
    (verbs / "05_more.tsv").write_text(header + "greet\tVERB\thail\t\t\t\tdobj\t051\t\tus\n")
    _load_cached.cache_clear()
    with pytest.raises(CodebookError, match=r"05_more.tsv:2: duplicate id greet \(first at "
                                            r"verbs/04_mine.tsv:2\)"):
        load_codebook((str(tmp_path),))


@pytest.mark.parametrize(("sector", "ok"), [("MOP", True), ("GOVFRM", True), ("GOVV", False),
                                            ("mop", False)])
def test_a_user_folder_may_use_own_agent_codes(tmp_path: Path, sector: str, ok: bool) -> None:
    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / "sectors.tsv").write_text(
        f"word\tsector\tkind\tsource\nmain front\t{sector}\tperson_group\ttest\n",
        encoding="utf-8")
    if ok:
        assert load_codebook((str(tmp_path),)).sectors["main front"].sector == sector
    else:
        with pytest.raises(CodebookError, match="unknown sector/kind"):
            load_codebook((str(tmp_path),))


def test_the_confidence_model_is_fitted_data_with_a_source(book) -> None:  # type: ignore[no-untyped-def]
    weights = book.confidence.weights
    assert "bias" in weights and len(weights) > 20
    assert book.confidence.origin is not None
    assert book.confidence.origin.file == "confidence.tsv"
    # a named source and target and a main-clause verb are surer than none of them
    sure = {"source:name", "target:name", "clause_root", "mode:asserted", "root:19"}
    unsure = {"source:none", "target:none", "mode:asserted", "root:19"}
    assert book.confidence.score(sure) > book.confidence.score(unsure)
    assert 0.01 <= book.confidence.score(unsure) <= book.confidence.score(sure) <= 0.99


@pytest.mark.parametrize(("rows", "problem"), [
    ("bias\tx\tus\n", "not a finite number"),
    ("bias\tnan\tus\n", "not a finite number"),
    ("bias\t1\tus\nbias\t2\tus\n", "duplicate feature bias"),
    ("Source name\t1\tus\nbias\t0\tus\n", "bad feature name"),
    ("source:name\t1\tus\n", "no 'bias' row"),
])
def test_a_user_confidence_model_is_validated(tmp_path: Path, rows: str, problem: str) -> None:
    (tmp_path / "confidence.tsv").write_text("feature\tweight\tsource\n" + rows)
    with pytest.raises(CodebookError, match=problem):
        load_codebook((str(tmp_path),))


def test_a_user_confidence_model_replaces_the_shipped_one(tmp_path: Path) -> None:
    (tmp_path / "confidence.tsv").write_text(
        "feature\tweight\tsource\nbias\t0\tus\nsource:name\t2.1972\tus\n")
    mine = load_codebook((str(tmp_path),)).confidence
    assert mine.score({"source:name"}) == 0.9 and mine.score({"source:none"}) == 0.5


def test_the_version_changes_with_any_row(book, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from flashpoint.codebook.tsv import content_digest

    assert re.fullmatch(r"\d{4}\.\d{2}\+[0-9a-f]{8}", book.version)
    (tmp_path / "verbs").mkdir()
    row = tmp_path / "verbs" / "mine.tsv"
    row.write_text("id\tcode\nx\t010\n", encoding="utf-8")
    before = content_digest(tmp_path)
    row.write_text("id\tcode\nx\t011\n", encoding="utf-8")
    assert content_digest(tmp_path) != before


def test_the_learned_fallback_is_counted_data_with_a_source(book) -> None:  # type: ignore[no-untyped-def]
    model = book.learned
    assert model is not None and model.source.startswith("benchmarks/train_learned.py")
    assert sum(model.totals.values()) > 5000 and "---" in model.totals
    assert len(model.counts) > 1000 and all(code in book.cameo or code == "---"
                                            for by in model.counts.values() for code in by)
    guess = model.guess({"v=recall", "o=ambassador", "vo=recall_ambassador", "n=ambassador"})
    assert (guess.plover, guess.code) == ("SANCTION", "161") and 0.5 < guess.probability <= 1
    assert "vo=recall_ambassador" in guess.evidence
    assert model.guess({"n=inflation", "n=percent"}).plover == "NONE"  # economy: no event


@pytest.mark.parametrize(("rows", "problem"), [
    ("*\t190:3\tus\nv=x\t190:0\tus\n", "bad count '190:0'"),
    ("*\t190:3\tus\nv=x\t999:1\tus\n", "unknown CAMEO code 999"),
    ("*\t190:3\tus\nv=x\t190\tus\n", "bad count '190'"),
    ("*\t190:3\tus\nv=x\t190:1\tus\nv=x\t190:2\tus\n", "duplicate feature v=x"),
    ("v=x\t190:1\tus\n", "no '\\*' row"),
    ("*\t190:3\tus\nv=x\t173:1\tus\n", "codes counted but not in '\\*': 173"),
])
def test_the_learned_counts_are_validated(book, tmp_path: Path, rows: str, problem: str) -> None:  # type: ignore[no-untyped-def]
    from flashpoint.codebook.learned import load_learned

    (tmp_path / "learned.tsv").write_text("feature\tcounts\tsource\n" + rows)
    with pytest.raises(CodebookError, match=problem):
        load_learned(tmp_path / "learned.tsv", tmp_path, book.cameo)


def test_a_codebook_of_ones_own_has_no_learned_fallback(tmp_path: Path) -> None:
    assert load_codebook((str(tmp_path),), shipped=False).learned is None
