"""The command line: contract from design/SCHEMA.md (JSON on stdout, `error: …` on failure)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from flashpoint.cli import cli

from .conftest import SAMPLE, need_shared


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_clean_the_sample_gives_title_dateline_and_removed_parts(runner: CliRunner) -> None:
    need_shared()
    result = runner.invoke(cli, ["clean", str(SAMPLE)])
    assert result.exit_code == 0, result.output
    article = json.loads(result.stdout)
    assert article["title"] == "Kazakhstan is the second Ukraine waiting for Russia"
    assert article["dateline"] == "Nur-Sultan"
    assert article["site"] == "kmiainfo"
    reasons = {d["reason"] for d in article["dropped"]}
    assert {"boilerplate", "repeated-block", "dateline", "repeated-title"} <= reasons
    assert "Post a Comment" not in article["text"]


def test_explain_event_and_actor_codes(runner: CliRunner) -> None:
    out = runner.invoke(cli, ["explain", "0234"]).output
    assert "Appeal for military protection or peacekeeping" in out and "Goldstein +3.4" in out
    assert "PROTEST" in runner.invoke(cli, ["explain", "141"]).output
    assert "Kazakhstan" in runner.invoke(cli, ["explain", "KAZGOV"]).output
    assert "Collective Security Treaty" in runner.invoke(cli, ["explain", "IGOCSTO"]).output
    naz = runner.invoke(cli, ["explain", "Nazarbayev"]).output
    assert "2019-03-20" in naz and "KAZELI" in naz


def test_explain_trigger_words_with_file_and_line(runner: CliRunner) -> None:
    out = runner.invoke(cli, ["explain", "release"]).output
    assert "0841 Return, release person(s)" in out and "verbs/08_yield.tsv:" in out
    assert "the verb 'suspend'" in runner.invoke(cli, ["explain", "suspension"]).output
    assert "sector word: COP" in runner.invoke(cli, ["explain", "police"]).output


def test_explain_confidence_lists_the_model_s_weights_and_source(runner: CliRunner) -> None:
    out = runner.invoke(cli, ["explain", "confidence"]).output
    assert "codebook/confidence.tsv" in out and "fitted by flashpoint eval --fit-confidence" in out
    assert "source:name" in out and "bias" in out


def test_explain_the_generic_plan_rule_an_event_names(runner: CliRunner) -> None:
    out = runner.invoke(cli, ["explain", "stages/plans.py:announced-plan"]).output
    assert "030 Express intent to cooperate" in out and "120 Reject" in out
    assert "NOT_ACTS" in out and "'generic': -1.500" in out


def test_unknown_code_is_a_one_line_error(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["explain", "ZZZZ9"])
    assert result.exit_code != 0
    assert result.output.startswith("Error: unknown code or name")


def test_codebook_check_reports_counts(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["codebook", "check"])
    assert result.exit_code == 0 and "valid" in result.output
    assert "confidence model:" in result.output


@pytest.mark.model
def test_codebook_import_petrarch_then_code_with_it_alone(runner: CliRunner,
                                                         tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("VALDORIA_ [VLD]\nFJORDLAND [FJL]\n", encoding="utf-8")
    (tmp_path / "v.txt").write_text("--- SCOLD [111] ---\nSCOLD\n- * AT + [112]\n",
                                    encoding="utf-8")
    out = tmp_path / "own"
    result = runner.invoke(cli, ["codebook", "import-petrarch", str(out), "--actors",
                                 str(tmp_path / "a.txt"), "--verbs", str(tmp_path / "v.txt"),
                                 "--standalone"])
    assert result.exit_code == 0, result.output
    assert "actors/countries.tsv: 2" in result.output
    assert f"FLASHPOINT_CODEBOOK_DIRS={out} FLASHPOINT_SHIPPED_CODEBOOK=false" in result.output
    (tmp_path / "s.txt").write_text("Valdoria scolded at Fjordland on Monday.", encoding="utf-8")
    coded = runner.invoke(cli, ["code", str(tmp_path / "s.txt"), "--published", "2020-01-01"],
                          env={"FLASHPOINT_CODEBOOK_DIRS": str(out),
                               "FLASHPOINT_SHIPPED_CODEBOOK": "false"})
    assert coded.exit_code == 0, coded.output
    (event,) = [json.loads(line) for line in coded.stdout.splitlines()]
    assert (event["source"]["code"], event["target"]["code"], event["cameo"]) == (
        "VLD", "FJL", "112")
    missing = runner.invoke(cli, ["codebook", "import-petrarch", str(out), "--verbs", "nope"])
    assert missing.exit_code == 1 and "verbs dictionary nope is not a file" in missing.output
    (tmp_path / "prose.txt").write_text("Just some prose.\n", encoding="utf-8")
    prose = runner.invoke(cli, ["codebook", "import-petrarch", str(tmp_path / "o2"), "--verbs",
                                str(tmp_path / "prose.txt")])
    assert prose.exit_code == 1 and "could be imported" in prose.output


def test_unreadable_store_is_an_error_not_a_traceback(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "not.duckdb"
    bad.write_text("this is not a database")
    result = runner.invoke(cli, ["events", "--db", str(bad)])
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert "Error:" in result.output


def test_bad_published_date_is_rejected(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Russia sent troops to Kazakhstan.")
    result = runner.invoke(cli, ["code", str(tmp_path / "a.txt"), "--published", "Friday"])
    assert result.exit_code == 2 and "2022-01-07" in result.output


@pytest.mark.model
def test_ingest_then_query_with_filters(runner: CliRunner, tmp_path: Path) -> None:
    examples = Path(__file__).resolve().parents[1] / "examples"
    db = str(tmp_path / "demo.duckdb")
    result = runner.invoke(cli, ["ingest", str(examples), "--db", db])
    assert result.exit_code == 0, result.output
    assert "stored 4 article(s)" in result.output
    rows = [json.loads(x) for x in runner.invoke(cli, ["events", "--db", db]).stdout.splitlines()]
    assert rows
    kaz = runner.invoke(cli, ["events", "--db", db, "--country", "KAZ", "--format", "csv"])
    assert kaz.exit_code == 0 and kaz.stdout.startswith("id,date")
    protests = [json.loads(x) for x in
                runner.invoke(cli, ["events", "--db", db, "--root", "14"]).stdout.splitlines()]
    assert all(p["root"] == "14" for p in protests)
