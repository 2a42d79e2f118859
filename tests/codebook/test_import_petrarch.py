"""PETRARCH dictionary import: small made-up snippets of each format, then the PETRARCH2
unit-test evaluation on ../shared/eval when it is there."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import flashpoint
from flashpoint.codebook import load_codebook
from flashpoint.codebook.import_petrarch import ImportSummary, import_petrarch
from flashpoint.codebook.petrarch_text import parse_restriction, read_lines
from flashpoint.errors import CodebookError
from flashpoint.evaluation.petrarch_unit import evaluate_petrarch_unit, read_records
from flashpoint.settings import load_settings

EVAL = Path(__file__).resolve().parents[2].parent / "shared" / "eval"

ACTORS = """<!-- made-up actors for tests
   spanning two lines -->
VALDORIA_ [VLD]  # a state
+VALDORIAN
+VALDOR_CITY
KESTREL_FRONT [VLDREBKST]
FJORDLAND [NOR]
FRANCE [FRX]
BLUE_COUNCIL [IGOBLC]
TWOFACE [AAA/BBB]
NOBODY [---]
MARA_OSTEN
+OSTEN
\t[VLD <010101]
\t[VLDGOV 20010101 - 20051231]
\t[VLDELI >20060101]
\t[VLDXYZ 19900101-19901231]
"""

AGENTS = """!HAND! = HAND, HANDS
HARBOR!HAND! [~LAB]
RIVER_WARDEN {} [~COPRIV]  # an own agent code, kept
SKY_MONK [~MNK]
GUILD_OF_BAKERS [~BUS]
POLICE {} [~COP]
RELIEF_BODY [NGO~]
"""

VERBS = """<!-- SYNSETS -->
&SNACKS
+BISCUITS
+HONEY_CAKES

--- OFFER_FOOD [071] ---
BESTOW
DOLE_OUT [070]
WIRE_+TRANSFER
- * &SNACKS [073]
- * FOR PEACE [028]
- * + WITH GIFTS [073]
- SAID * [010]
- * RESPECT [041:041]
- * TRIBUTE [xyz]

--- SCOLD [---] ---
SCOLD
- * AT + [111]
"""

LEMMAS = {"biscuits": "biscuit", "cakes": "cake", "gifts": "gift", "harborhands": "harborhand"}


def fake_lemma(text: str, pos: str) -> str:
    return " ".join(LEMMAS.get(w, w) for w in text.lower().split())


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


@pytest.fixture()
def snippets(tmp_path: Path) -> Path:
    for name, text in (("a.actors.txt", ACTORS), ("a.agents.txt", AGENTS),
                       ("a.verbs.txt", VERBS)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def run(folder: Path, **kw: object) -> ImportSummary:
    return import_petrarch(folder / "a.actors.txt", folder / "a.agents.txt",
                           folder / "a.verbs.txt", folder / "out", **kw)  # type: ignore[arg-type]


def test_reader_drops_comments_and_parses_dated_codes(snippets: Path) -> None:
    lines = list(read_lines(snippets / "a.actors.txt"))
    assert lines[0].number == 3 and lines[0].text.startswith("VALDORIA_")
    assert all("#" not in x.text and "<!" not in x.text for x in lines)
    r = parse_restriction("[VLDGOV 20010101 - 20051231]")
    assert r is not None and (r.code, r.start, r.end) == ("VLDGOV", "2001-01-01", "2006-01-01")
    r = parse_restriction("[VLD < 950601]")
    assert r is not None and (r.start, r.end) == (None, "1995-06-02")
    r = parse_restriction("[vldeli >300101]")
    assert r is not None and (r.code, r.start) == ("VLDELI", "2030-01-01")
    assert parse_restriction("[950601-990815]") is None


def test_actors_become_countries_organizations_aliases_and_people(snippets: Path) -> None:
    summary = run(snippets, lemmatize=fake_lemma)
    out = snippets / "out" / "actors"
    countries = {c["code"]: c for c in rows(out / "countries.tsv")}
    country = countries["VLD"]
    assert (country["code"], country["name"], country["aliases"]) == (
        "VLD", "Valdoria", "Valdorian|Valdor City")
    assert country["source"] == "imported from a.actors.txt:3"
    # TWOFACE [AAA/BBB]: a group name; its members, named by no entry, get their code as name
    assert [(c["code"], c["name"]) for c in countries.values() if c["code"] != "VLD"] == [
        ("AAA", "AAA"), ("BBB", "BBB")]
    orgs = {o["code"]: o for o in rows(out / "organizations.tsv")}
    assert (orgs["VLDREBKST"]["kind"], orgs["VLDREBKST"]["country"],
            orgs["VLDREBKST"]["sector"]) == ("armed_group", "VLD", "REB")
    assert (orgs["IGOBLC"]["kind"], orgs["IGOBLC"]["country"]) == ("igo", "")
    assert rows(out / "aliases.tsv") == [
        {"alias": "Fjordland", "code": "NOR", "source": "imported from a.actors.txt:7"},
        {"alias": "Twoface", "code": "AAA|BBB", "source": "imported from a.actors.txt:10"}]
    people = rows(out / "people.tsv")
    assert [(p["name"], p["sector"], p["valid_from"], p["valid_to"]) for p in people] == [
        ("Mara Osten", "GOV", "2001-01-01", "2006-01-01"),
        ("Mara Osten", "ELI", "2006-01-01", "")]
    assert people[0]["aliases"] == "Osten" and people[0]["source"].endswith(":15")
    skipped = summary.skipped
    assert skipped["actors: name already in the shipped codebook (another code)"] == 1  # France
    assert summary.adjusted["actors: group member named by no entry (its code is its name)"] == 2
    assert skipped["actors: entry without a code (or the null code ---)"] == 1
    assert skipped["actors: dated code that is not COUNTRY+SECTOR"] == 1  # VLDXYZ


def test_agents_become_sector_words(snippets: Path) -> None:
    summary = run(snippets, lemmatize=fake_lemma)
    words = {r["word"]: (r["sector"], r["kind"]) for r in
             rows(snippets / "out" / "actors" / "sectors.tsv")}
    assert words == {"harborhand": ("LAB", "person_group"), "river warden": ("COPRIV", "state"),
                     "sky monk": ("MNK", "person_group"), "relief body": ("NGO", "ngo")}
    assert summary.adjusted["agents: own agent code (not a CAMEO sector) kept"] == 2
    assert summary.skipped["agents: phrase with a preposition"] == 1
    assert summary.skipped["agents: word already in the shipped codebook (same sector)"] == 1
    assert summary.skipped["agents: same lemma phrase as an earlier entry"] == 1
    assert summary.adjusted["agents: prefix agent (CODE~) written as a suffix sector"] == 1


def test_verb_blocks_become_phrase_patterns(snippets: Path) -> None:
    summary = run(snippets, lemmatize=fake_lemma)
    verbs = snippets / "out" / "verbs"
    got = {(r["lemma"], r["particle"], r["phrase"], r["code"], r["reverse"])
           for f in sorted(verbs.glob("[0-9]*.tsv")) for r in rows(f)}
    per_verb = {("* &SNACKS", "073", ""), ("* FOR PEACE", "028", ""),
                ("* + WITH GIFTS", "073", ""), ("SAID *", "010", ""),
                ("* RESPECT", "041", "041"),  # "[041:041]": the target returns the respect
                ("* TRIBUTE", "---", "")}  # "[xyz]" cannot be emitted: no event there
    expected = {("bestow", "", "", "071", ""), ("dole", "out", "", "070", ""),
                ("transfer", "", "WIRE_ *", "071", ""), ("scold", "", "* AT +", "111", ""),
                ("scold", "", "", "---", "")}  # a verb with the null code: no event alone
    for lemma, particle, star in (("bestow", "", "*"), ("dole", "out", "*"),
                                  ("transfer", "", "WIRE_ *")):
        expected |= {(lemma, particle, text.replace("*", star), code, rev)
                     for text, code, rev in per_verb}
    assert got == expected
    assert all(r["target"] == "after" for f in verbs.glob("[0-9]*.tsv") for r in rows(f))
    assert rows(verbs / "synsets.tsv") == [
        {"name": "SNACKS", "phrase": "BISCUITS", "source": "imported from a.verbs.txt:3"},
        {"name": "SNACKS", "phrase": "HONEY_CAKES", "source": "imported from a.verbs.txt:4"}]
    first = rows(verbs / "07_petrarch.tsv")[0]
    assert first["source"] == "imported from a.verbs.txt:7" and first["id"] == "bestow-l7"
    assert summary.adjusted["verbs: not a CAMEO event code: no event there"] == 3  # TRIBUTE
    assert summary.adjusted["verbs: null code --- (or none): no event there"] == 1  # SCOLD
    assert {f.name for f in verbs.glob("[0-9]*.tsv")} == {
        "00_petrarch.tsv", "01_petrarch.tsv", "02_petrarch.tsv", "04_petrarch.tsv",
        "07_petrarch.tsv", "11_petrarch.tsv"}


def test_output_loads_and_every_row_names_its_line(snippets: Path) -> None:
    summary = run(snippets, lemmatize=fake_lemma)
    book = load_codebook((str(snippets / "out"),))
    assert "VLD" in book.countries and book.countries["NOR"].name == "Norway"
    assert any(n.key == "NOR" for n in book.names["fjordland"])
    (group,) = book.names["twoface"]
    assert (group.key, group.group) == ("AAA", ("BBB",))
    (transfer,) = [p for p in book.patterns("VERB", "transfer") if p.phrase is not None
                   and p.code == "073" and p.phrase.marks("+")]
    assert transfer.phrase is not None and transfer.phrase.text == "WIRE_ * + WITH GIFTS"
    assert book.sectors["river warden"].sector == "COPRIV"
    assert book.roles("Mara Osten", "2003-05-05")[0].sector == "GOV"
    assert summary.rows == sum(len(rows(p)) for p in (snippets / "out").rglob("*.tsv"))
    for path in (snippets / "out").rglob("*.tsv"):
        assert all(r["source"].startswith("imported from a.") for r in rows(path))


def test_standalone_import_writes_what_the_shipped_codebook_knows(snippets: Path) -> None:
    run(snippets, lemmatize=fake_lemma, standalone=True)
    out = snippets / "out"
    countries = {c["code"]: c["name"] for c in rows(out / "actors" / "countries.tsv")}
    assert countries["FRX"] == "France" and countries["NOR"] == "Fjordland"
    alone = load_codebook((str(out),), shipped=False)
    assert set(alone.countries) == {"VLD", "NOR", "FRX", "AAA", "BBB"}
    assert alone.names["france"][0].key == "FRX" and "police" in alone.sectors
    assert set(alone.cameo) == set(load_codebook().cameo)  # the CAMEO table stays
    assert {k for k in alone.verbs} == {("VERB", v) for v in ("bestow", "dole", "transfer",
                                                               "scold")}


def test_aliases_must_name_a_known_code(tmp_path: Path) -> None:
    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / "aliases.tsv").write_text(
        "alias\tcode\tsource\nNowhereland\tFRA|QQQ\ttest\n", encoding="utf-8")
    with pytest.raises(CodebookError, match="alias of unknown code QQQ"):
        load_codebook((str(tmp_path),))


@pytest.mark.model
def test_imported_folder_codes_text(snippets: Path) -> None:
    run(snippets)  # the coder's own lemmatizer
    settings = load_settings(codebook_dirs=(str(snippets / "out"),), include_all_modes=True)
    events = flashpoint.code_text("Valdoria bestowed biscuits on Fjordland.",
                                  published="2003-05-05", settings=settings)
    assert [(e.source.code if e.source else "", e.cameo) for e in events] == [("VLD", "073")]
    events = flashpoint.code_text("Mara Osten scolded at Fjordland.", published="2003-05-05",
                                  settings=settings)
    assert [(e.source and e.source.code, e.target and e.target.code, e.cameo)
            for e in events] == [("VLDGOV", "NOR", "111")]


@pytest.mark.model
def test_petrarch2_unit_records_on_shared_data() -> None:
    folder = EVAL / "petrarch2"
    if not (folder / "PETR.UnitTest.records.xml").exists():
        pytest.skip("../shared is absent: the PETRARCH2 unit-test records live there")
    records = read_records(folder / "PETR.UnitTest.records.xml")
    assert len(records) == 284 and sum(len(r.expected) for r in records) == 359
    metrics = {m.name: m for m in evaluate_petrarch_unit(EVAL, load_settings())}
    assert metrics["expected_triples"].value == 359
    share = metrics["reproduced_share"]
    assert (share.set, share.split, share.n) == ("petrarch2-unit", "all", 359)
    assert 0.5 <= share.value <= 1.0  # the gate (tests/eval) holds the floor


EXTENSION_VERBS = """--- SHUN [1717] ---
SHUN
- * TRADE [095]
- * PEACE [901]
- * WAR [174K]
"""


def test_extension_codes_under_a_cameo_root_are_written_and_loaded(tmp_path: Path) -> None:
    (tmp_path / "x.verbs.txt").write_text(EXTENSION_VERBS, encoding="utf-8")
    summary = import_petrarch(None, None, tmp_path / "x.verbs.txt", tmp_path / "out",
                              lemmatize=fake_lemma)
    assert [(r["code"], r["source"]) for r in rows(tmp_path / "out" / "cameo.tsv")] == [
        ("095", "imported from x.verbs.txt:3"), ("1717", "imported from x.verbs.txt:2")]
    assert summary.adjusted["verbs: not a CAMEO event code: no event there"] == 2  # 901, 174K
    book = load_codebook((str(tmp_path / "out"),))
    code = book.cameo["1717"]
    assert (code.root, code.goldstein, code.quad_class, code.plover) == (
        "17", book.cameo["17"].goldstein, book.cameo["17"].quad_class, None)
    assert code.label == f"{book.cameo['17'].label} (extension code from x.verbs.txt)"
    assert {p.code for p in book.patterns("VERB", "shun")} == {"1717", "095", "---"}


@pytest.mark.parametrize(("code", "problem"), [
    ("010", "CAMEO code 010 already defined"),
    ("901", "not under a CAMEO root"),
    ("17K", "not under a CAMEO root")])
def test_a_user_cameo_table_only_adds_codes_under_a_root(tmp_path: Path, code: str,
                                                         problem: str) -> None:
    (tmp_path / "cameo.tsv").write_text(f"code\tlabel\tsource\n{code}\t\ttest\n",
                                        encoding="utf-8")
    with pytest.raises(CodebookError, match=problem):
        load_codebook((str(tmp_path),))
