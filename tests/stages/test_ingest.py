"""Ingest stage: every kind of input gives an Article or a Dropped with a reason, never a crash."""

from __future__ import annotations

import gzip
import io
import json
import random
from collections.abc import Sequence
from pathlib import Path

import pytest

from flashpoint.records import Article, Dropped, RawDocument
from flashpoint.settings import Settings
from flashpoint.stages.ingest import read_inputs, to_article

SETTINGS = Settings()
SAMPLE = (
    Path(__file__).resolve().parents[2] / ".." / "shared" / "samples" / "kmiainfo-kazakhstan.txt"
)

# A fictional world: Veldania and Orsk are invented.
TEXT = (
    "Veldanian troops crossed into the Orsk border district on Monday after talks broke down.\n\n"
    "The foreign ministry of Orsk called the move an act of aggression and asked for a meeting.\n"
)
HTML = """<!DOCTYPE html>
<html><head><title>Orsk protests the border crossing - Veldania Daily</title>
<meta property="og:site_name" content="Veldania Daily">
<meta property="article:published_time" content="2022-01-06T10:00:00Z"></head>
<body><nav>Home | World | Sport</nav>
<article><h1>Orsk protests the border crossing</h1>
<p>ORSK CITY (Reuters) - The government of Orsk protested on Wednesday after Veldanian troops
crossed into the border district, officials in the capital said.</p>
<h2>Talks suspended</h2>
<p>The foreign ministry said talks with Veldania were suspended and asked the regional alliance
to hold an emergency meeting before the end of the week.</p>
</article><footer>All rights reserved</footer></body></html>
"""
NO_BODY_HTML = "<html><head><title>Nothing here</title></head><body></body></html>"
LATIN1 = "The café owners in Orsk said the curfew ruined the season, according to the résumé.\n"


def run(
    paths: Sequence[str], settings: Settings = SETTINGS, stdin: io.StringIO | None = None
) -> dict[str, Article | Dropped]:
    """Ingest + to_article, keyed by source (Dropped records keyed by their id)."""
    out: dict[str, Article | Dropped] = {}
    for item in read_inputs(paths, settings, stdin=stdin):
        if isinstance(item, RawDocument):
            out[item.source] = to_article(item, settings)
        else:
            assert item.stage == "ingest" and item.detail
            out[item.id] = item
    return out


def reason(result: Article | Dropped) -> str:
    return result.reason if isinstance(result, Dropped) else "article"


def write_huge(path: Path, megabytes: int) -> None:
    chunk = b"Veldania and Orsk talk again. " * (1 << 15)  # ~1 MB
    with path.open("wb") as handle:
        for _ in range(megabytes):
            handle.write(chunk)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "c.htm").write_text(NO_BODY_HTML, encoding="utf-8")
    (tmp_path / "d.bin").write_bytes(random.Random(1).randbytes(4096))
    (tmp_path / "e.txt").write_bytes(b"")
    (tmp_path / "f.txt").write_text(" \n\t\n", encoding="utf-8")
    (tmp_path / "g.txt").write_bytes(LATIN1.encode("latin-1"))
    lines = [
        json.dumps(
            {
                "id": "w1",
                "url": "https://v.vd/1",
                "title": "Orsk",
                "date": "2022-01-05",
                "text": TEXT,
            }
        ),
        '{"id": "w2", "text": "broken',
        json.dumps({"id": 3, "html": HTML, "published": "2022-01-06"}),
    ]
    (tmp_path / "h.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "i.md").write_text(TEXT, encoding="utf-8")
    return tmp_path


def test_folder_gives_articles_and_reasons(folder: Path) -> None:
    write_huge(folder / "huge.txt", 50)  # 50 MB against max_chars=2_000_000
    results = run([str(folder)])
    got = {Path(k).name: reason(v) for k, v in results.items()}
    assert got == {
        "a.txt": "article",
        "b.html": "article",
        "c.htm": "no-body",
        "d.bin": "binary",
        "e.txt": "empty",
        "f.txt": "empty",
        "g.txt": "article",
        "h.jsonl#L1": "article",
        "h.jsonl#L2": "bad-json",
        "h.jsonl#L3": "article",
        "huge.txt": "too-large",
        "i.md": "article",
    }
    assert list(results) == sorted(results)  # walked in sorted order, sub/ included


def test_html_file_goes_through_trafilatura_and_clean(folder: Path) -> None:
    article = run([str(folder / "b.html")])[str(folder / "b.html")]
    assert isinstance(article, Article)
    assert article.title == "Orsk protests the border crossing"
    assert article.site == "Veldania Daily"
    assert article.published == "2022-01-06"
    assert article.dateline == "Orsk City"
    assert article.text.startswith("The government of Orsk protested")
    assert "Talks suspended" in article.text.split("\n\n")
    assert "Home" not in article.text and "All rights reserved" not in article.text


def test_latin1_text_is_decoded(folder: Path) -> None:
    article = run([str(folder / "g.txt")])[str(folder / "g.txt")]
    assert isinstance(article, Article) and "café" in article.text and "résumé" in article.text


def test_jsonl_lines_carry_their_metadata(folder: Path) -> None:
    path = folder / "h.jsonl"
    raws = list(read_inputs([str(path)], SETTINGS))
    first, bad, third = raws
    assert isinstance(first, RawDocument) and isinstance(third, RawDocument)
    assert (first.source, first.given_id, first.url) == (f"{path}#L1", "w1", "https://v.vd/1")
    assert (first.title, first.published, first.text) == ("Orsk", "2022-01-05", TEXT)
    assert (third.given_id, third.published, third.html) == ("3", "2022-01-06", HTML)
    assert isinstance(bad, Dropped) and bad.reason == "bad-json" and "line 2" in bad.detail
    article = to_article(first, SETTINGS)
    assert isinstance(article, Article)
    assert (article.source, article.title, article.published) == (
        f"{path}#L1",
        "Orsk",
        "2022-01-05",
    )


def test_jsonl_record_without_text_or_with_a_list(tmp_path: Path) -> None:
    path = tmp_path / "x.ndjson"
    path.write_text('{"id": "n", "title": "No body"}\n\n[1, 2]\n{"text": "  "}\n', encoding="utf-8")
    results = run([str(path)])
    assert [reason(v) for v in results.values()] == ["no-text", "bad-json", "empty"]
    assert list(results) == [f"{path}#L1", f"{path}#L3", f"{path}#L4"]


def test_huge_file_is_refused_by_its_size(tmp_path: Path) -> None:
    write_huge(tmp_path / "huge.txt", 50)
    (result,) = read_inputs([str(tmp_path / "huge.txt")], SETTINGS)
    assert isinstance(result, Dropped) and result.reason == "too-large"
    assert "max_chars" in result.detail


def test_too_large_counts_characters_not_bytes(tmp_path: Path) -> None:
    settings = Settings(max_chars=100)
    (tmp_path / "wide.txt").write_text("ё" * 90, encoding="utf-8")  # 180 bytes, 90 characters
    (tmp_path / "long.txt").write_text("ё" * 110, encoding="utf-8")
    got = {Path(k).name: reason(v) for k, v in run([str(tmp_path)], settings).items()}
    assert got == {"wide.txt": "article", "long.txt": "too-large"}


def test_too_long_jsonl_line_is_dropped_and_the_next_read(tmp_path: Path) -> None:
    settings = Settings(max_chars=50)
    path = tmp_path / "l.jsonl"
    good = json.dumps({"text": "Orsk and Veldania agreed to meet again next week."})
    path.write_text(json.dumps({"text": "x" * 500}) + "\n" + good + "\n", encoding="utf-8")
    results = run([str(path)], settings)
    assert [reason(v) for v in results.values()] == ["too-large", "article"]


def test_gzipped_inputs_are_read(tmp_path: Path) -> None:
    with gzip.open(tmp_path / "a.txt.gz", "wt", encoding="utf-8") as handle:
        handle.write(TEXT)
    with gzip.open(tmp_path / "b.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "z", "text": TEXT}) + "\n")
    (tmp_path / "c.txt.gz").write_bytes(b"not gzip at all")
    got = {Path(k).name: reason(v) for k, v in run([str(tmp_path)]).items()}
    assert got == {"a.txt.gz": "article", "b.jsonl.gz#L1": "article", "c.txt.gz": "unreadable"}


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    missing = str(tmp_path / "nope.txt")
    results = run([missing, str(tmp_path / "empty")])
    assert [reason(v) for v in results.values()] == ["not-found", "empty"]
    dropped = results[missing]
    assert isinstance(dropped, Dropped) and dropped.id == missing


def test_sniffing_encodings_and_binary(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text("  \n<!doctype html>" + HTML.split("\n", 1)[1])
    (tmp_path / "bom.txt").write_bytes(TEXT.encode("utf-8-sig"))
    (tmp_path / "utf16.txt").write_bytes(TEXT.encode("utf-16"))
    nul_free = bytes(random.Random(2).randrange(1, 256) for _ in range(4096))
    (tmp_path / "noise.dat").write_bytes(nul_free)
    (tmp_path / "controls.txt").write_bytes(bytes(range(1, 9)) * 100)
    raws = {
        Path(r.source if isinstance(r, RawDocument) else r.id).name: r
        for r in read_inputs([str(tmp_path)], SETTINGS)
    }
    assert isinstance(raws["page.txt"], RawDocument) and raws["page.txt"].html is not None
    assert isinstance(raws["bom.txt"], RawDocument) and raws["bom.txt"].text == TEXT
    assert isinstance(raws["utf16.txt"], RawDocument) and raws["utf16.txt"].text == TEXT
    assert isinstance(raws["noise.dat"], Dropped) and raws["noise.dat"].reason == "binary"
    assert isinstance(raws["controls.txt"], Dropped) and raws["controls.txt"].reason == "binary"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (TEXT, ["article"]),
        (HTML, ["article"]),
        ("   \n", ["empty"]),
        (json.dumps({"id": "s1", "text": TEXT}) + "\nnot json\n", ["article", "bad-json"]),
    ],
)
def test_stdin(data: str, expected: list[str]) -> None:
    results = run(["-"], stdin=io.StringIO(data))
    assert [reason(v) for v in results.values()] == expected
    assert next(iter(results)).startswith("-")


def test_stdin_too_large_reads_no_more_than_needed() -> None:
    stream = io.StringIO("word " * 1000)
    (result,) = read_inputs(["-"], Settings(max_chars=100), stdin=stream)
    assert isinstance(result, Dropped) and result.reason == "too-large"
    assert stream.tell() == 101


def test_trafilatura_failure_becomes_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object, **kwargs: object) -> str:
        raise RuntimeError("parser exploded")

    monkeypatch.setattr("trafilatura.extract", boom)
    result = to_article(RawDocument(source="p.html", html=HTML), SETTINGS)
    assert isinstance(result, Dropped)
    assert (result.id, result.stage, result.reason, result.detail) == (
        "p.html",
        "ingest",
        "extract-failed",
        "parser exploded",
    )


def test_extraction_does_not_remember_earlier_documents() -> None:
    raw = RawDocument(source="p.html", html=HTML)
    first, second = to_article(raw, SETTINGS), to_article(raw, SETTINGS)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.text == second.text


def test_published_setting_is_the_fallback_date() -> None:
    raw = RawDocument(source="t.txt", text=TEXT)
    article = to_article(raw, Settings(published="2022-01-07"))
    assert isinstance(article, Article) and article.published == "2022-01-07"


def test_sample_file_through_ingest() -> None:
    if not SAMPLE.exists():
        pytest.skip("../shared is absent: the sample and eval sets live there")
    (raw,) = read_inputs([str(SAMPLE)], SETTINGS)
    assert isinstance(raw, RawDocument) and raw.text is not None
    article = to_article(raw, SETTINGS)
    assert isinstance(article, Article)
    assert (article.title, article.site, article.dateline) == (
        "Kazakhstan is the second Ukraine waiting for Russia",
        "kmiainfo",
        "Nur-Sultan",
    )
    assert article.source == str(SAMPLE)
