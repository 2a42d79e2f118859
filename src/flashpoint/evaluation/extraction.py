"""Main-text extraction eval: trafilatura alone against flashpoint's ingest + clean.

Two third-party benchmarks under ``<eval_dir>/extraction`` (read at run time, never copied):

* ``scrapinghub-article-extraction-benchmark``: full gold ``articleBody`` per page. Scored as
  its upstream ``evaluate.py`` does (see its PROVENANCE.md): ``\\w+`` tokens, multisets of
  4-token shingles, per-page tp/fp/fn normalised by their sum, precision and recall
  macro-averaged over pages (a page with tp+fp = 0 is left out of the precision mean, one with
  tp+fn = 0 out of the recall mean), F1 from the two means, and "accuracy" = share of pages
  whose token list equals the gold's exactly.
* ``trafilatura-eval``: per page, segments that must (``with``) and must not (``without``)
  appear in the output, checked as substrings after whitespace normalisation; counts are
  micro-summed over pages.

Systems: "trafilatura" is ``trafilatura.extract`` with the options ingest uses; "flashpoint"
is ``ingest.to_article`` (the same extraction, then the clean stage) and a ``Dropped`` counts
as empty output. Both get the same decoded HTML and no URL.

Splits (shared/eval/README.md): per benchmark, the page files sorted by name; the first half
(rounded up) is "dev", the rest "test".

Pages that repeat their body (scrapinghub only; figures with the suffix ``_repeated``): the
gold body's "long sentences" are its runs of at least ``LONG_SENTENCE_TOKENS`` tokens between
sentence ends or line breaks. A page repeats its body when ``REPEATED_SHARE`` or more of them
occur twice or more, as token sequences, in the raw page source (HTML entities and JSON
``\\uXXXX``/``\\n`` escapes undone; script data such as JSON-LD ``articleBody`` counts): pages
that hand an extractor the article more than once. On this set trafilatura's own output never
holds a gold long sentence twice, so counting in the output would leave no pages.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from html import unescape
from pathlib import Path
from typing import Any

import trafilatura

from flashpoint.evaluation.model import Metric, Split
from flashpoint.records import Article, RawDocument
from flashpoint.settings import Settings
from flashpoint.stages.ingest import decode, to_article

SCRAPINGHUB = "scrapinghub"
TRAFILATURA_EVAL = "trafilatura-eval"
SCRAPINGHUB_DIR = "scrapinghub-article-extraction-benchmark"
SPLITS: tuple[Split, ...] = ("dev", "test")
NGRAM = 4
LONG_SENTENCE_TOKENS = 12
REPEATED_SHARE = 0.5
_TOKEN = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
_SENTENCE_BREAK = re.compile(r"[.!?]+[\"”’')\]]*\s+|\n+")
_JSON_SPACE = re.compile(r"\\[nrt]")
_JSON_UNICODE = re.compile(r"\\u([0-9a-fA-F]{4})")

Extractor = Callable[[str, str], str]  # (source name, html) -> main text ("" if none)


# --- scrapinghub: 4-gram shingles ---------------------------------------------------------


def tokens(text: str) -> list[str]:
    """``\\w+`` tokens (Unicode, case kept), as the scrapinghub benchmark tokenises."""
    return _TOKEN.findall(text)


def shingles(text: str, n: int = NGRAM) -> Counter[tuple[str, ...]]:
    """Multiset of n-token shingles; fewer than n tokens give one shorter shingle."""
    words = tokens(text)
    found = (tuple(words[i : i + n]) for i in range(max(1, len(words) - n + 1)))
    return Counter(s for s in found if s)


def shingle_match(true: str, pred: str) -> tuple[float, float, float]:
    """(tp, fp, fn) of one page from shingle-multiset overlap, normalised by their sum."""
    gold, got = shingles(true), shingles(pred)
    tp = fp = fn = 0
    for key in gold.keys() | got.keys():
        tp += min(gold[key], got[key])
        fp += max(0, got[key] - gold[key])
        fn += max(0, gold[key] - got[key])
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def precision_recall(tp: float, fp: float, fn: float) -> tuple[float, float]:
    """One page's precision and recall, with the benchmark's special cases."""
    if fp == fn == 0:
        return 1.0, 1.0
    precision = 0.0 if tp == fp == 0 else tp / (tp + fp)
    recall = 0.0 if tp == fn == 0 else tp / (tp + fn)
    return precision, recall


@dataclass(frozen=True, slots=True)
class ShingleScores:
    precision: float
    recall: float
    f1: float
    accuracy: float
    n: int


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def shingle_scores(pairs: Sequence[tuple[str, str]]) -> ShingleScores:
    """Macro P and R over (gold, predicted) pages, F1 from the means, exact-token accuracy."""
    matches = [shingle_match(true, pred) for true, pred in pairs]
    scored = [(m, precision_recall(*m)) for m in matches]
    precision = _mean([p for (tp, fp, _), (p, _) in scored if tp + fp > 0])
    recall = _mean([r for (tp, _, fn), (_, r) in scored if tp + fn > 0])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    exact = [tokens(true) == tokens(pred) for true, pred in pairs]
    return ShingleScores(precision, recall, f1, _mean([float(e) for e in exact]), len(pairs))


# --- trafilatura-eval: segment checks ------------------------------------------------------


def squeeze(text: str) -> str:
    """Whitespace-normalise as the trafilatura eval does: runs of whitespace to one space."""
    return _SPACE.sub(" ", text).strip()


@dataclass(frozen=True, slots=True)
class SegmentCounts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def __add__(self, other: SegmentCounts) -> SegmentCounts:
        return SegmentCounts(
            self.tp + other.tp, self.fp + other.fp, self.fn + other.fn, self.tn + other.tn
        )


def segment_counts(output: str, with_: Iterable[str], without: Iterable[str]) -> SegmentCounts:
    """TP/FN for ``with`` segments found/missing, FP/TN for ``without`` found/absent."""
    text = squeeze(output)
    found = [squeeze(s) in text if text else False for s in with_]
    leaked = [squeeze(s) in text if text else False for s in without]
    return SegmentCounts(
        tp=sum(found), fn=len(found) - sum(found), fp=sum(leaked), tn=len(leaked) - sum(leaked)
    )


def segment_scores(counts: SegmentCounts) -> dict[str, float]:
    """precision, recall, f1 (= 2TP/(2TP+FP+FN)) and accuracy of micro-summed counts."""
    c = counts
    total = c.tp + c.fp + c.fn + c.tn
    return {
        "precision": c.tp / (c.tp + c.fp) if c.tp + c.fp else 0.0,
        "recall": c.tp / (c.tp + c.fn) if c.tp + c.fn else 0.0,
        "f1": 2 * c.tp / (2 * c.tp + c.fp + c.fn) if c.tp + c.fp + c.fn else 0.0,
        "accuracy": (c.tp + c.tn) / total if total else 0.0,
    }


# --- pages that repeat their body ----------------------------------------------------------


def long_sentences(text: str) -> list[tuple[str, ...]]:
    """Token tuples of the text's sentences with at least LONG_SENTENCE_TOKENS tokens."""
    pieces = (tuple(tokens(s)) for s in _SENTENCE_BREAK.split(text))
    return [p for p in pieces if len(p) >= LONG_SENTENCE_TOKENS]


def _occurrences(
    needle: tuple[str, ...], words: Sequence[str], starts: dict[str, list[int]]
) -> int:
    """How often ``needle`` occurs in ``words`` (``starts``: each word's positions)."""
    width = len(needle)
    return sum(1 for i in starts.get(needle[0], ()) if tuple(words[i : i + width]) == needle)


def page_source_text(html: str) -> str:
    """The raw page with JSON escapes and HTML entities (also double-escaped ones) undone."""
    text = _JSON_SPACE.sub(" ", html)
    text = _JSON_UNICODE.sub(lambda m: chr(int(m[1], 16)), text)
    return unescape(unescape(text))


def repeats_body(gold: str, page: str) -> bool:
    """Does ``page`` hold REPEATED_SHARE or more of the gold's long sentences twice or more?"""
    sentences = long_sentences(gold)
    if not sentences:
        return False
    words = tokens(page)
    starts: dict[str, list[int]] = {}
    for position, word in enumerate(words):
        starts.setdefault(word, []).append(position)
    twice = sum(1 for s in sentences if _occurrences(s, words, starts) >= 2)
    return twice / len(sentences) >= REPEATED_SHARE


# --- systems -------------------------------------------------------------------------------


def extract_trafilatura(html: str) -> str:
    """trafilatura alone, with the options ``ingest._from_html`` passes."""
    try:
        body = trafilatura.extract(
            html, include_comments=False, deduplicate=False, favor_precision=False
        )
    except Exception:  # a crash scores as empty output, as upstream does
        return ""
    return body if isinstance(body, str) else ""


def extract_flashpoint(source: str, html: str, settings: Settings) -> str:
    """ingest + clean; a Dropped is empty output."""
    article = to_article(RawDocument(source=source, html=html), settings)
    return article.text if isinstance(article, Article) else ""


def _systems(settings: Settings) -> dict[str, Extractor]:
    return {
        "trafilatura": lambda _source, html: extract_trafilatura(html),
        "flashpoint": lambda source, html: extract_flashpoint(source, html, settings),
    }


# --- pages and splits ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Page:
    name: str  # file name, which decides the split
    html: str
    gold: str = ""  # scrapinghub articleBody
    with_: tuple[str, ...] = ()  # trafilatura-eval segments
    without: tuple[str, ...] = ()


def split_of(names: Iterable[str]) -> dict[str, Split]:
    """Per name: "dev" for the first half of the sorted names (rounded up), else "test"."""
    ordered = sorted(names)
    cut = (len(ordered) + 1) // 2
    return {name: ("dev" if i < cut else "test") for i, name in enumerate(ordered)}


def _in_split(pages: Sequence[Page], split: Split) -> list[Page]:
    where = split_of(p.name for p in pages)
    return [p for p in pages if split == "all" or where[p.name] == split]


def _read_html(path: Path) -> str:
    data = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    text = decode(data)
    return text if isinstance(text, str) else ""


def _load_json(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path} is not a JSON object")
    return data


def scrapinghub_pages(folder: Path) -> list[Page]:
    truth = _load_json(folder / "ground-truth.json")
    return [
        Page(name, _read_html(folder / "html" / name), gold=str(record["articleBody"]))
        for name, record in sorted((f"{key}.html.gz", rec) for key, rec in truth.items())
    ]


def trafilatura_pages(folder: Path) -> list[Page]:
    data = _load_json(folder / "evaldata.json")
    return [
        Page(
            str(rec["file"]),
            _read_html(folder / "html" / str(rec["file"])),
            with_=tuple(rec["with"]),
            without=tuple(rec["without"]),
        )
        for _, rec in sorted(data.items())
    ]


# --- metrics -------------------------------------------------------------------------------


def _shingle_metrics(
    split: Split, suffix: str, pages: Sequence[Page], outputs: dict[str, dict[str, str]]
) -> list[Metric]:
    metrics: list[Metric] = []
    for system, out in outputs.items():
        scores = shingle_scores([(p.gold, out[p.name]) for p in pages])
        for figure in ("precision", "recall", "f1", "accuracy"):
            value = getattr(scores, figure)
            metrics.append(
                Metric(SCRAPINGHUB, f"{figure}{suffix}[{system}]", split, value, scores.n)
            )
    return metrics


def _scrapinghub_metrics(pages: Sequence[Page], outputs: dict[str, dict[str, str]]) -> list[Metric]:
    """All pages, then (where there are any) the pages that repeat their body, per split."""
    repeated = {p.name for p in pages if repeats_body(p.gold, page_source_text(p.html))}
    metrics: list[Metric] = []
    for split in SPLITS:
        chosen = _in_split(pages, split)
        metrics += _shingle_metrics(split, "", chosen, outputs)
        again = [p for p in chosen if p.name in repeated]
        if again:
            metrics += _shingle_metrics(split, "_repeated", again, outputs)
    return metrics


def _segment_metrics(pages: Sequence[Page], outputs: dict[str, dict[str, str]]) -> list[Metric]:
    metrics: list[Metric] = []
    for split in SPLITS:
        chosen = _in_split(pages, split)
        for system, out in outputs.items():
            counts = sum(
                (segment_counts(out[p.name], p.with_, p.without) for p in chosen), SegmentCounts()
            )
            for figure, value in segment_scores(counts).items():
                name = f"{figure}[{system}]"
                metrics.append(Metric(TRAFILATURA_EVAL, name, split, value, len(chosen)))
    return metrics


def run_systems(pages: Sequence[Page], settings: Settings) -> dict[str, dict[str, str]]:
    """Each system's output text per page name."""
    return {
        system: {p.name: extract(p.name, p.html) for p in pages}
        for system, extract in _systems(settings).items()
    }


def evaluate_extraction(eval_dir: Path, settings: Settings) -> list[Metric]:
    """Both extraction benchmarks, both systems, dev and test halves (absent sets skipped)."""
    root = Path(eval_dir) / "extraction"
    metrics: list[Metric] = []
    if (root / SCRAPINGHUB_DIR / "ground-truth.json").is_file():
        pages = scrapinghub_pages(root / SCRAPINGHUB_DIR)
        metrics += _scrapinghub_metrics(pages, run_systems(pages, settings))
    if (root / TRAFILATURA_EVAL / "evaldata.json").is_file():
        pages = trafilatura_pages(root / TRAFILATURA_EVAL)
        metrics += _segment_metrics(pages, run_systems(pages, settings))
    return metrics
