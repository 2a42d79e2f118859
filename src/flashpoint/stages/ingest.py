"""Ingest stage: paths in, ``RawDocument`` records out, then one ``Article`` per document.

``read_inputs`` reads files, folders (recursively, sorted, hidden files skipped), ``-`` (stdin),
HTML, plain text and JSONL (also gzipped). Input it cannot use becomes a ``Dropped`` with one of
these reasons, never an exception:

    not-found    the path does not exist
    unreadable   the OS refused to read it, or a .gz file is corrupt
    binary       NUL bytes, or bytes that decode to mostly non-text
    empty        nothing but whitespace (or a folder without visible files)
    too-large    more than ``settings.max_chars`` characters
    bad-json     a JSONL line that is not a JSON object (the detail names the line)
    no-text      a JSONL record with neither "text" nor "html"

``to_article`` extracts HTML with trafilatura (reasons "no-body", "extract-failed") and hands
the text to ``clean.clean_text``.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
import zlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

import trafilatura

from flashpoint.records import Article, Dropped, RawDocument
from flashpoint.settings import Settings
from flashpoint.stages.clean import clean_text

STAGE = "ingest"
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
BYTES_PER_CHAR = 4  # UTF-8 worst case: a file under max_chars * 4 bytes may still fit
TEXT_SAMPLE = 100_000  # characters looked at when deciding whether bytes are text
MIN_PRINTABLE = 0.97
MAX_NON_ASCII_LEGACY = 0.3  # a cp1252/latin-1 guess must be mostly ASCII to count as text

Problem = tuple[str, str]  # (reason, detail)


def _drop(source: str, reason: str, detail: str) -> Dropped:
    return Dropped(id=source, stage=STAGE, reason=reason, detail=detail)


def read_inputs(
    paths: Sequence[str], settings: Settings, stdin: TextIO | None = None
) -> Iterator[RawDocument | Dropped]:
    """Yield one RawDocument (or Dropped) per document found in ``paths``."""
    for path in paths:
        if path == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin, settings)
        else:
            yield from _read_path(path, settings)


def _read_path(path: str, settings: Settings) -> Iterator[RawDocument | Dropped]:
    where = Path(path)
    try:
        is_dir = where.is_dir()
        exists = is_dir or where.exists()
    except OSError as err:
        yield _drop(path, "unreadable", f"cannot look at {path}: {err.strerror or err}")
        return
    if not exists:
        yield _drop(path, "not-found", f"{path} does not exist; check the path")
    elif not is_dir:
        yield from _read_file(where, settings)
    else:
        files, errors = _walk(where)
        for failure in errors:
            name = failure.filename or path
            yield _drop(str(name), "unreadable", f"cannot list {name}: {_why(failure)}")
        if not files and not errors:
            yield _drop(path, "empty", f"folder {path} has no visible files; nothing to read")
        for file in files:
            yield from _read_file(file, settings)


def _walk(folder: Path) -> tuple[list[Path], list[OSError]]:
    """Every visible file under ``folder``, sorted (hidden files and folders are skipped),
    and the sub-folders that could not be listed."""
    found: list[Path] = []
    errors: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=errors.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(Path(root) / f for f in files if not f.startswith("."))
    return sorted(found), errors


def _kind(path: Path) -> tuple[str, bool]:
    """("html" | "jsonl" | "text", gzipped?) from the file name."""
    name = path.name.lower()
    gzipped = name.endswith(".gz")
    name = name.removesuffix(".gz")
    if name.endswith(HTML_SUFFIXES):
        return "html", gzipped
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl", gzipped
    return "text", gzipped


def _read_file(path: Path, settings: Settings) -> Iterator[RawDocument | Dropped]:
    kind, gzipped = _kind(path)
    if kind == "jsonl":
        yield from _read_jsonl(path, gzipped, settings)
        return
    loaded = _load(path, gzipped, settings)
    if isinstance(loaded, tuple):
        yield _drop(str(path), *loaded)
    else:
        yield _document(str(path), loaded, is_html=kind == "html")


def _open(path: Path, gzipped: bool) -> io.BufferedIOBase:
    return gzip.open(path, "rb") if gzipped else path.open("rb")


def _load(path: Path, gzipped: bool, settings: Settings) -> str | Problem:
    """The file's text, reading no more than max_chars * 4 bytes, or why it is unusable."""
    limit = settings.max_chars * BYTES_PER_CHAR
    try:
        size = path.stat().st_size
        if not gzipped and size > limit:
            return _too_large(f"{path} has {size:,} bytes")
        with _open(path, gzipped) as handle:
            data = handle.read(limit + 1)
    except (OSError, EOFError, zlib.error) as err:
        return "unreadable", f"cannot read {path}: {_why(err)}; check its permissions and format"
    if len(data) > limit:
        return _too_large(f"{path} has more than {limit:,} bytes")
    text = decode(data)
    if isinstance(text, tuple):
        return text[0], f"{path}: {text[1]}"
    if len(text) > settings.max_chars:
        return _too_large(f"{path} has {len(text):,} characters")
    return text


def _why(err: BaseException) -> str:
    return (err.strerror if isinstance(err, OSError) and err.strerror else str(err)) or repr(err)


def _too_large(what: str) -> Problem:
    return "too-large", f"{what}, over max_chars; split it or raise max_chars"


def decode(data: bytes) -> str | Problem:
    """Bytes to text: UTF-8 (with or without BOM) or UTF-16 with BOM, else cp1252/latin-1 if
    that reads as mostly ordinary text; otherwise ("binary", detail)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return "binary", "looks like UTF-16 but does not decode; re-save it as UTF-8"
    if b"\x00" in data:
        return "binary", "contains NUL bytes, so it is not text; pass text, HTML or JSONL"
    try:
        text = data.decode("utf-8-sig")
        legacy = False
    except UnicodeDecodeError:
        text, legacy = _legacy_decode(data), True
    if not _mostly_text(text, legacy=legacy):
        return "binary", "is mostly not text; pass text, HTML or JSONL (UTF-8 preferred)"
    return text


def _legacy_decode(data: bytes) -> str:
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _mostly_text(text: str, *, legacy: bool) -> bool:
    sample = text[:TEXT_SAMPLE]
    if not sample:
        return True
    printable = sum(1 for ch in sample if ch.isprintable() or ch in "\n\r\t\f")
    if printable / len(sample) < MIN_PRINTABLE:
        return False
    non_ascii = sum(1 for ch in sample if ord(ch) > 127)
    return not legacy or non_ascii / len(sample) <= MAX_NON_ASCII_LEGACY


def looks_like_html(text: str) -> bool:
    """Does the text start (after whitespace) with ``<!doctype`` or ``<html``?"""
    head = text.lstrip("\ufeff \t\r\n")[:20].lower()
    return head.startswith(("<!doctype", "<html"))


def _document(source: str, text: str, *, is_html: bool) -> RawDocument | Dropped:
    if not text.strip():
        return _drop(source, "empty", f"{source} is empty or only whitespace; nothing to read")
    if is_html or looks_like_html(text):
        return RawDocument(source=source, html=text)
    return RawDocument(source=source, text=text)


def _read_stdin(stream: TextIO, settings: Settings) -> Iterator[RawDocument | Dropped]:
    try:
        text = stream.read(settings.max_chars + 1)
    except (OSError, UnicodeDecodeError) as err:
        yield _drop("-", "unreadable", f"cannot read stdin: {_why(err)}; pipe UTF-8 text")
        return
    if len(text) > settings.max_chars:
        yield _drop("-", *_too_large("stdin has more characters than max_chars"))
    elif "\x00" in text:
        yield _drop("-", "binary", "stdin contains NUL bytes; pipe text, HTML or JSONL")
    elif _looks_like_jsonl(text):
        yield from _records("-", enumerate(text.splitlines(), start=1), settings)
    else:
        yield _document("-", text, is_html=False)


def _looks_like_jsonl(text: str) -> bool:
    first = text.lstrip().split("\n", 1)[0]
    if not first.startswith("{"):
        return False
    try:
        return isinstance(json.loads(first), dict)
    except json.JSONDecodeError:
        return False


# --- JSONL ---------------------------------------------------------------------------------


def _read_jsonl(path: Path, gzipped: bool, settings: Settings) -> Iterator[RawDocument | Dropped]:
    source = str(path)
    try:
        with _open(path, gzipped) as handle:
            lines = _lines(handle, settings.max_chars * BYTES_PER_CHAR)
            yield from _records(source, enumerate(lines, start=1), settings)
    except (OSError, EOFError, zlib.error) as err:
        yield _drop(source, "unreadable", f"cannot read {source}: {_why(err)}")


def _lines(handle: io.BufferedIOBase, limit: int) -> Iterator[bytes | None]:
    """Lines as bytes; ``None`` for a line longer than ``limit`` (skipped, never held)."""
    while line := handle.readline(limit + 1):
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := handle.readline(limit + 1)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def _records(
    source: str, lines: Iterable[tuple[int, bytes | str | None]], settings: Settings
) -> Iterator[RawDocument | Dropped]:
    found = False
    for number, line in lines:
        item = _record(f"{source}#L{number}", number, line, settings)
        if item is not None:
            found = True
            yield item
    if not found:
        yield _drop(source, "empty", f"{source} has no JSON lines; nothing to read")


def _record(
    where: str, number: int, line: bytes | str | None, settings: Settings
) -> RawDocument | Dropped | None:
    if line is None:
        return _drop(where, *_too_large(f"line {number} is longer than max_chars"))
    text = decode(line) if isinstance(line, bytes) else line
    if isinstance(text, tuple):
        return _drop(where, text[0], f"line {number} {text[1]}")
    if not text.strip():
        return None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        return _drop(
            where, "bad-json", f"line {number} is not valid JSON ({err}); fix or remove it"
        )
    if not isinstance(data, dict):
        kind = type(data).__name__
        return _drop(where, "bad-json", f"line {number} is a JSON {kind}, not an object")
    return _from_json(where, number, data, settings)


def _string(value: Any) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    text = str(value).strip() if isinstance(value, str | int | float) else ""
    return text or None


def _from_json(
    where: str, number: int, data: dict[str, Any], settings: Settings
) -> RawDocument | Dropped:
    text = data.get("text") if isinstance(data.get("text"), str) else None
    html = data.get("html") if isinstance(data.get("html"), str) else None
    if text is None and html is None:
        return _drop(where, "no-text", f"line {number} has neither a 'text' nor an 'html' field")
    body = text if text and text.strip() else html
    if not body or not body.strip():
        return _drop(where, "empty", f"line {number} has an empty 'text'/'html' field")
    if len(body) > settings.max_chars:
        return _drop(where, *_too_large(f"line {number} has {len(body):,} characters"))
    return RawDocument(
        source=where,
        text=body if body is text else None,
        html=body if body is html else None,
        url=_string(data.get("url")),
        title=_string(data.get("title")),
        published=_string(data.get("published")) or _string(data.get("date")),
        given_id=_string(data.get("id")),
    )


# --- RawDocument -> Article ----------------------------------------------------------------


def to_article(raw: RawDocument, settings: Settings) -> Article | Dropped:
    """Extract (HTML) and clean one document into an Article, or say why it cannot be one."""
    if raw.text is not None:
        return clean_text(
            raw.text,
            source=raw.source,
            title=raw.title,
            url=raw.url,
            published=raw.published or settings.published,
            given_id=raw.given_id,
            settings=settings,
        )
    if raw.html is None:
        return _drop(raw.source, "no-text", "the document has neither text nor html")
    return _from_html(raw, raw.html, settings)


def _from_html(raw: RawDocument, html: str, settings: Settings) -> Article | Dropped:
    try:
        body = trafilatura.extract(
            html,
            url=raw.url,
            include_comments=False,
            deduplicate=False,  # on, it remembers earlier documents and eats their text
            favor_precision=False,
        )
        meta = trafilatura.extract_metadata(html, default_url=raw.url)
    except Exception as err:  # one bad page must not stop the run
        return _drop(raw.source, "extract-failed", _why(err))
    if not isinstance(body, str) or not body.strip():
        return _drop(
            raw.source,
            "no-body",
            f"{raw.source}: no article text found in the HTML; "
            "check that the page holds the article and not only navigation or a script shell",
        )
    return clean_text(
        body,
        source=raw.source,
        title=raw.title or _meta(meta, "title"),
        url=raw.url or _meta(meta, "url"),
        site=_meta(meta, "sitename"),
        published=raw.published or _meta(meta, "date") or settings.published,
        given_id=raw.given_id,
        settings=settings,
    )


def _meta(meta: object, name: str) -> str | None:
    value = getattr(meta, name, None)
    return (value.strip() or None) if isinstance(value, str) else None
