"""Clean stage: scraped text in, one ``Article`` (or a ``Dropped``) out.

The passes run in this order, and each one lists what it removes as a ``Removed``:

1. normalise: NFC, line breaks, odd spaces; every non-empty line is a paragraph;
2. boilerplate lines (patterns in ``boilerplate.txt``)              -> "boilerplate"
3. title and site: the first line when no title is given             -> "title"
4. lines or paragraph openings that repeat the title                 -> "repeated-title"
5. repeated blocks: exact repeats, then paragraphs covered by others  -> "repeated-block"
6. long sentences repeated word for word                             -> "repeated-sentence"
7. dateline ("MOSCOW (Reuters) - ") in the first paragraphs          -> "dateline"
8. length and language checks                                        -> Dropped "too-short",
                                                                        "not-english"

Paragraphs of the result are joined by a blank line, so a heading never runs into a sentence.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path
from urllib.parse import urlsplit

from flashpoint.records import Article, Dropped
from flashpoint.settings import Settings
from flashpoint.stages.paragraphs import (
    _WORD,
    STAGE,
    _Cut,
    _drop_covered,
    _drop_exact_repeats,
    _drop_sentences,
    _key,
    _Para,
    _Pass,
    _removed,
    _split,
)

MAX_BOILERPLATE_CHARS = 200
DATELINE_PARAGRAPHS = 3
MIN_LANGUAGE_WORDS = 30  # fewer words: too little to judge, assume English
MIN_ENGLISH_RATIO = 0.12  # English prose runs at 0.3-0.5 on this list
ENGLISH_STOP_WORDS = frozenset(
    "the of and to a in is that for on was with as by it at from are be this have has had were "
    "an or not but which said its their his her he she they we will would been who after about "
    "than more also there when into over up out can could what".split()
)

_ALPHA_WORD = re.compile(r"[^\W\d_]{2,}")
_SPACES = re.compile(r"[^\S\n]+")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f]")
_TRIM = " |•·»«›‹>→←*#-–—:.!…"
_DATE_WORDS = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
    r"oct|nov|dec)[a-z]*\b|\d+",
    re.IGNORECASE,
)
_SITE_SPLITS = (  # (pattern, needs evidence that the named part really is the site)
    (re.compile(r"(?P<title>.+?)\s+\|\s+(?P<site>[^|]{2,40})"), False),
    (re.compile(r"(?P<site>[^|]{2,40}?)\s+\|\s+(?P<title>.+)"), False),
    (re.compile(r"(?P<site>[^:]{2,40}?):\s+(?P<title>.+)"), True),
    (re.compile(r"(?P<title>.+?)\s+[-–—]\s+(?P<site>[^-–—]{2,40})"), True),
)
_PLACE_WORD = r"[A-Z][\w.'’-]*"
_DATELINE = re.compile(
    rf"(?P<place>{_PLACE_WORD}(?: {_PLACE_WORD}){{0,3}})"
    rf"(?:, {_PLACE_WORD}(?: {_PLACE_WORD}){{0,2}})?"  # "BASRA, Iraq, Aug 12 -"
    r"(?:, (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}\.?)(?:,? \d{4})?)?"
    r"(?: \((?P<agency>[^()]{2,30})\))?"
    r"(?P<dash>\s+-{1,2}\s+|\s*[–—]\s*)"
    r"(?=[\"“‘'(\[]?[A-Z0-9])"
)


def _load_boilerplate() -> tuple[re.Pattern[str], ...]:
    lines = Path(__file__).with_name("boilerplate.txt").read_text(encoding="utf-8").splitlines()
    patterns = (line.strip() for line in lines)
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns if p and not p.startswith("#"))


BOILERPLATE: tuple[re.Pattern[str], ...] = _load_boilerplate()


def clean_text(
    text: str,
    *,
    source: str,
    title: str | None = None,
    url: str | None = None,
    site: str | None = None,
    published: str | None = None,
    given_id: str | None = None,
    settings: Settings,
) -> Article | Dropped:
    """Clean one document's text into an Article, or say why it cannot be one."""
    paras, cuts = _drop_boilerplate(_paragraphs(text))
    title, site, paras, title_cuts = _resolve_title(paras, title, site, url)
    cuts += title_cuts
    for step in (_drop_title_repeats(title), _drop_exact_repeats, _drop_covered, _drop_sentences):
        paras, more = step(paras)
        cuts += more
    dateline, paras, more = _cut_dateline(paras)
    cuts += more
    body = "\n\n".join(p.text for p in paras)
    problem = _check_body(body, settings)
    if problem is not None:
        reason, detail = problem
        named = f" (id {given_id})" if given_id else ""
        return Dropped(id=source, stage=STAGE, reason=reason, detail=detail + named)
    return Article(
        id=article_id(body),
        url=url,
        site=site,
        title=title,
        published=published,
        dateline=dateline,
        language="en",
        text=body,
        dropped=tuple(c.removed for c in sorted(cuts, key=lambda c: (c.line, c.offset))),
        source=source,
    )


def article_id(text: str) -> str:
    """``a_`` + 16 hex digits of the text's hash, ignoring case and whitespace."""
    folded = " ".join(text.lower().split())
    return "a_" + hashlib.sha256(folded.encode("utf-8")).hexdigest()[:16]


def normalise(text: str) -> list[str]:
    """NFC, one kind of line break, no invisible or odd spaces; the stripped lines."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    return [_SPACES.sub(" ", line).strip() for line in text.splitlines()]


def _paragraphs(text: str) -> list[_Para]:
    return [_Para(i, line) for i, line in enumerate(normalise(text)) if line]


def _is_boilerplate(line: str) -> bool:
    if len(line) > MAX_BOILERPLATE_CHARS:
        return False
    core = line.strip(_TRIM)
    return bool(core) and any(p.fullmatch(core) for p in BOILERPLATE)


def _drop_boilerplate(paras: list[_Para]) -> tuple[list[_Para], list[_Cut]]:
    return _split(paras, "boilerplate", [_is_boilerplate(p.text) for p in paras])


# --- title and site -----------------------------------------------------------------------


def _dedouble(title: str) -> str:
    """Make a title printed twice on one line ("T T") single ("T")."""
    words = title.split()
    first, second = " ".join(words[: len(words) // 2]), " ".join(words[len(words) // 2 :])
    return first if first and _key(first) == _key(second) else title


def _title_like(line: str) -> bool:
    words = line.split()
    if not 2 <= len(words) <= 40 or len(line) > 300:
        return False
    if line.rstrip("\"”’')").endswith((".", ",", ";")) and not line.endswith("..."):
        return False
    return len(_ALPHA_WORD.findall(_DATE_WORDS.sub(" ", line))) >= 2


def _squash(text: str | None) -> str:
    return re.sub(r"\W", "", (text or "").lower())


def _is_site(name: str, title: str, *, site: str | None, url: str | None, others: set[str]) -> bool:
    """Is ``name`` (split off a title line) the publisher rather than part of the headline?"""
    if len(name.split()) > 4 or len(title.split()) < 3 or name.endswith((".", ",", ";")):
        return False
    squashed = _squash(name)
    host = _squash(urlsplit(url).hostname) if url else ""
    return bool(
        squashed == _squash(site)
        or (host and squashed in host)
        or re.search(r"\w\.[a-z]{2,}$", name)
        or _key(title) in others
    )


def _split_site(
    line: str, *, site: str | None, url: str | None, others: set[str]
) -> tuple[str, str | None]:
    """Split "kmiainfo: T", "Site | T" or "T - Site" into (T, site); make a doubled T single."""
    for pattern, needs_evidence in _SITE_SPLITS:
        match = pattern.fullmatch(line)
        if not match:
            continue
        name, rest = match["site"].strip(), _dedouble(match["title"].strip())
        evidence = others if needs_evidence else {_key(rest)}
        if _is_site(name, rest, site=site, url=url, others=evidence):
            return rest, name
    return _dedouble(line), None


def _resolve_title(
    paras: list[_Para], title: str | None, site: str | None, url: str | None
) -> tuple[str | None, str | None, list[_Para], list[_Cut]]:
    others = {_key(p.text) for p in paras[1:]}
    cuts: list[_Cut] = []
    if title is None and len(paras) > 1 and _title_like(paras[0].text):
        first, paras = paras[0], paras[1:]
        title = first.text
        cuts.append(_Cut(first.line, 0, _removed("title", first.text)))
    if title is None or not title.strip():
        return None, site, paras, cuts
    title, found = _split_site(" ".join(title.split()), site=site, url=url, others=others)
    return title, site or found, paras, cuts


def _title_keys(line: str) -> set[str]:
    keys = {_key(line), _key(_dedouble(line))}
    for pattern, _ in _SITE_SPLITS:
        match = pattern.fullmatch(line)
        if match:
            keys.add(_key(_dedouble(match["title"])))
    return keys


def _title_pattern(title: str) -> re.Pattern[str]:
    """The title at a paragraph's start, followed by the start of a new sentence."""
    quotes = {**dict.fromkeys("'‘’", "['‘’]"), **dict.fromkeys('"“”', '["“”]')}
    words = r"\s+".join("".join(quotes.get(c, re.escape(c)) for c in w) for w in title.split())
    return re.compile(rf"(?i:{words})[\s:|–—-]*\s(?=[\"“‘'(\[]?[A-Z0-9])")


def _drop_title_repeats(title: str | None) -> _Pass:
    def run(paras: list[_Para]) -> tuple[list[_Para], list[_Cut]]:
        if title is None or len(_key(title).split()) < 2:
            return paras, []
        key, pattern = _key(title), _title_pattern(title)
        long_enough = len(key.split()) >= 4
        kept: list[_Para] = []
        cuts: list[_Cut] = []
        for para in paras:
            if key in _title_keys(para.text):
                cuts.append(_Cut(para.line, 0, _removed("repeated-title", para.text)))
                continue
            match = pattern.match(para.text) if long_enough else None
            if match:
                cuts.append(_Cut(para.line, 0, _removed("repeated-title", match.group(0))))
                para = para._replace(text=para.text[match.end() :])
            kept.append(para)
        return kept, cuts

    return run
def _dateline(text: str) -> re.Match[str] | None:
    match = _DATELINE.match(text)
    if not match or len(text) - match.end() < 20:
        return None
    dash = match["dash"].strip()
    sentence = text[match.end() :].split(". ")[0]
    # "Tokayev — the president — said": a parenthetical, no dateline; a hyphen only counts
    # spaced, so "Kassym-Jomart" in the first sentence does not hide a real dateline
    marker = f" {dash} " if dash == "-" else dash
    return None if marker in sentence else match


def _cut_dateline(paras: list[_Para]) -> tuple[str | None, list[_Para], list[_Cut]]:
    for position, para in enumerate(paras[:DATELINE_PARAGRAPHS]):
        match = _dateline(para.text)
        if match:
            place = match["place"]
            place = place.title() if place.isupper() else place
            cut = _Cut(para.line, 0, _removed("dateline", match.group(0)))
            rest = para._replace(text=para.text[match.end() :])
            return place, [*paras[:position], rest, *paras[position + 1 :]], [cut]
    return None, paras, []


def english_ratio(text: str) -> tuple[float, int]:
    """Share of words that are common English function words, and the number of words."""
    words = _WORD.findall(text.lower())[:3000]
    hits = sum(1 for w in words if w in ENGLISH_STOP_WORDS)
    return hits / max(1, len(words)), len(words)


def _check_body(body: str, settings: Settings) -> tuple[str, str] | None:
    if len(body) < settings.min_chars:
        return "too-short", (
            f"{len(body)} characters left after cleaning, fewer than min_chars="
            f"{settings.min_chars}; lower min_chars to keep very short texts"
        )
    ratio, words = english_ratio(body)
    if words >= MIN_LANGUAGE_WORDS and ratio < MIN_ENGLISH_RATIO:
        return "not-english", (
            f"only {ratio:.0%} of {words} words are common English words; "
            "flashpoint codes English text only"
        )
    return None
