"""End to end with the pinned English pipeline: schema, repeated bodies, bad inputs, the store."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import flashpoint
from flashpoint.records import Coded, Dropped
from flashpoint.settings import load_settings

from .conftest import SAMPLE, need_shared

pytestmark = pytest.mark.model


def _schema(name: str) -> dict[str, Any]:
    text = (resources.files("flashpoint") / "schema" / f"{name}.schema.json").read_text()
    return json.loads(text)  # type: ignore[no-any-return]


def _body_once(text: str) -> str:
    """The sample with its one-long-paragraph copy of the body deleted by hand."""
    lines = text.splitlines(keepends=True)
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    return "".join(lines[:longest] + lines[longest + 1:])


def test_every_emitted_record_validates_against_the_schema() -> None:
    need_shared()
    settings = load_settings(published="2022-01-07", include_all_modes=True)
    coded = [c for c in flashpoint.code_paths([str(SAMPLE)], settings=settings)
             if isinstance(c, Coded)]
    assert len(coded) == 1
    item = coded[0]
    jsonschema.validate(item.article.to_dict(), _schema("article"))
    assert item.events and item.quotes
    for event in item.events:
        jsonschema.validate(event.to_dict(), _schema("event"))
    for quote in item.quotes:
        jsonschema.validate(quote.to_dict(), _schema("quote"))


def test_sample_and_sample_without_its_repeated_body_give_the_same_events() -> None:
    need_shared()
    text = SAMPLE.read_text(encoding="utf-8")
    once = _body_once(text)
    assert len(once) < len(text) * 0.6
    settings = load_settings(include_all_modes=True)
    full = flashpoint.code_text(text, published="2022-01-07", settings=settings)
    single = flashpoint.code_text(once, published="2022-01-07", settings=settings)
    assert full and [e.to_dict() for e in full] == [e.to_dict() for e in single]


def test_bad_files_are_dropped_and_the_others_still_coded_and_stored(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(
        "MOSCOW - Russia sent troops to Kazakhstan on Thursday after President Kassym-Jomart "
        "Tokayev asked for help. Protesters stormed government buildings in Almaty.\n")
    (folder / "binary.bin").write_bytes(bytes(range(256)) * 40)
    (folder / "empty.txt").write_text("")
    (folder / "latin1.txt").write_bytes("Kazakh police arrested protesters in Almaty, the "
                                        "ministry said on Wednesday. Caf\xe9.".encode("latin-1"))
    (folder / "nobody.html").write_text("<html><head><title>x</title></head><body></body></html>")
    big = folder / "big.txt"
    with big.open("w") as handle:
        line = "Protesters marched in the capital. " * 30 + "\n"
        while handle.tell() < 50 * 1024 * 1024:
            handle.write(line)
    db = tmp_path / "events.duckdb"
    summary = flashpoint.ingest([str(folder)], db, settings=load_settings(published="2022-01-07"))
    assert summary.articles == 2
    assert summary.reasons == {"binary": 1, "empty": 1, "no-body": 1, "too-large": 1}
    events = flashpoint.query_events(db)
    assert events and all(e.versions.codebook for e in events)
    again = flashpoint.ingest([str(folder)], db, settings=load_settings(published="2022-01-07"))
    assert again.articles == 0 and again.skipped_inputs == 3  # 2 coded + the body-less page
    assert len(flashpoint.query_events(db)) == len(events)


def test_dropped_items_are_stored_with_reasons(tmp_path: Path) -> None:
    from flashpoint.store import Store

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_text("   \n")
    db = tmp_path / "x.duckdb"
    flashpoint.ingest([str(folder)], db)
    with Store(db, read_only=True) as store:
        dropped = store.dropped()
    assert [d.reason for d in dropped] == ["empty"]
    assert isinstance(dropped[0], Dropped) and dropped[0].detail


def test_same_document_twice_in_one_run_is_stored_once(tmp_path: Path) -> None:
    text = ("KYIV - Ukraine accused Russia of shelling Kharkiv on Monday, the foreign ministry "
            "said. Ukrainian troops fought Russian forces near the city.\n")
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(text)
    db = tmp_path / "x.duckdb"
    summary = flashpoint.ingest([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], db,
                                settings=load_settings(published="2022-03-07"))
    assert summary.articles == 1 and summary.already_stored == 1


def test_confidence_is_the_codebook_model_of_what_the_coder_relied_on() -> None:
    from flashpoint.evaluation.calibrate import told_in
    from flashpoint.pipeline import Tools

    tools = Tools.build(load_settings())
    told = told_in("Russian troops attacked the Ukrainian army near Kharkiv on Monday.",
                   "2022-05-02", tools)
    attack = next(t for t in told if t.event.root == "19")
    assert {"source:sector", "target:sector", "mode:asserted", "clause_root",
            "root:19", "quad:4", "pos:VERB"} <= attack.basis
    assert attack.event.confidence == tools.book.confidence.score(attack.basis)
    coded = flashpoint.code_text(attack.event.sentence, published="2022-05-02")
    assert attack.event.confidence in {e.confidence for e in coded}
