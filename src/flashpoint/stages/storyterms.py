"""Text features for story clustering: word shingles, salient terms, headline words.

Salient terms come from the text alone (no corpus statistics), so a stored article can be
compared again after a restart: names (capitalised words inside a sentence, or at its start
when the word also appears capitalised inside one), numbers of two or more digits and other
words of four or more letters, minus ``STOPWORDS``. A term's salience is its kind's weight
times (1 + log count); the story index weighs it further by how rare it is among stories.
"""

from __future__ import annotations

import functools
import heapq
import math
import re
import zlib
from collections import Counter

import numpy as np

NAME, NUMBER, WORD = 2.0, 1.5, 1.0  # salience of a term by kind
_TOKEN = re.compile(r"\w+(?:['’.,-]\w+)*")
_LETTERS = re.compile(r"[^\W\d_]+(?:[.-][^\W\d_]+)*")
_SENTENCE = re.compile(r"(?<=[.!?:;\"”])\s+|\n+")
STOPWORDS = frozenset(
    "the a an and or but nor of in on at to for from by with without as is was were be been being "
    "are am this that these those it its he she they we you his her their our my your him them us "
    "who whom whose which what when where why how mr mrs ms dr said says say saying told tell also "
    "after before while during since then than there here not no yes all any some more most one "
    "two three four five six seven eight nine ten first second third new last many much other "
    "another such monday tuesday wednesday thursday friday saturday sunday january february march "
    "april may june july august september october november december if so because however "
    "according would could should will can might must just only even still now today yesterday "
    "tomorrow into over under about against between through again further once both each few "
    "own same very too did does doing have has had having do don't i me our ours yours ourselves "
    "here's there's it's he's she's that's we're they're i'm you're isn't wasn't aren't weren't "
    "week weeks year years month months day days time times people like well way back get got make "
    "made going went come came take took know knew think thought want wanted see saw look use used "
    "news report reported reports reporting read image photo video copyright reserved rights "
    "share click follow subscribe newsletter advertisement united states state national "
    "international government president minister officials official office department police "
    "country countries city north south east west northern southern eastern western public "
    "political former including called held group party added statement percent "
    "asked noted million billion https http www com update updated breaking watch live "
    "exclusive opinion analysis latest photos".split()
)


MAX_QUOTES = 3
_QUOTED = re.compile(r"""(?:^|(?<=[\s(:\-]))['‘"“](.+?)['’"”](?=$|[\s,.:;!?)\-])""")
_WORDS = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
MARKET_INDEXES = frozenset(
    "nikkei kospi seng nasdaq dow ftse dax cac msci sensex topix asx stoxx nifty".split())
MARKET_WORDS = frozenset(
    "stocks stock shares equities investors traders markets index indexes indices futures "
    "bonds yields treasuries crude brent currency dollar yen yuan rally gains losses sell-off "
    "benchmark".split())


def shingles(text: str, size: int) -> list[bytes]:
    """Lower-case word shingles of ``size`` words (one shingle for a shorter text)."""
    words = [w.lower() for w in _TOKEN.findall(text)]
    if len(words) <= size:
        return [" ".join(words).encode("utf-8")] if words else []
    return [" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)]


@functools.lru_cache(maxsize=1 << 16)
def _term(token: str) -> tuple[str, float] | None:
    """A token as a candidate term and its kind weight (names are refined by the caller)."""
    if token[0].isdigit():
        digits = token.replace(",", "").rstrip(".")
        return ("#" + digits, NUMBER) if len(digits) >= 2 and digits.isdigit() else None
    low = token.lower().replace("’", "'").removesuffix("'s")
    if low in STOPWORDS or len(low) < 3 or "'" in low or not _LETTERS.fullmatch(low):
        return None  # function words, contractions, handles and links ("t.co", "x7fq2")
    if token[0].isupper():
        return low, NAME
    return (low, WORD) if len(low) >= 4 else None


def salient_terms(text: str, limit: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``limit`` most salient terms (crc32 hashes) and their weights, from the text alone.

    Names are capitalised words inside a sentence (or at its start when the word also appears
    capitalised inside one); numbers have two or more digits; other words need four letters.
    """
    counts: Counter[str] = Counter()
    kinds: dict[str, float] = {}
    openers: set[str] = set()
    for sentence in _SENTENCE.split(text):
        for i, token in enumerate(_TOKEN.findall(sentence)):
            found = _term(token)
            if found is None:
                continue
            term, kind = found
            counts[term] += 1
            if kind == NAME and i == 0:
                openers.add(term)
            elif kind >= kinds.get(term, 0.0):
                kinds[term] = kind
    scored = []
    for order, (term, count) in enumerate(counts.items()):
        kind = kinds.get(term, WORD if term in openers else NAME)
        scored.append((-kind * (1.0 + math.log(count)), order, term))
    top = heapq.nsmallest(limit, scored)
    terms = np.array([zlib.crc32(t.encode("utf-8")) for _, _, t in top], dtype=np.uint32)
    return terms, np.array([-s for s, _, _ in top], dtype=np.float16)


def headline_terms(title: str | None) -> np.ndarray:
    """The distinct salient words of a headline (crc32), at most 255."""
    found = {t for t in (_term(w) for w in _TOKEN.findall(title or "")) if t is not None}
    return np.array(sorted(zlib.crc32(t.encode("utf-8")) for t, _ in found)[:255],
                    dtype=np.uint32)


def headline_quotes(title: str | None) -> np.ndarray:
    """Phrases of three or more words quoted in a headline (crc32 of their lower-case words),
    at most ``MAX_QUOTES``: outlets quoting the same words in their headlines ("'Meth. We're
    on it'") are telling the same story."""
    found = []
    for match in _QUOTED.finditer(title or ""):
        words = _WORDS.findall(match.group(1).lower())
        if len(words) >= 3:
            found.append(zlib.crc32(("q:" + " ".join(words)).encode("utf-8")))
    return np.array(sorted(set(found))[:MAX_QUOTES], dtype=np.uint32)


def is_market_report(text: str) -> bool:
    """A financial-markets report ("stocks drift near highs", "the Nikkei fell"): it names at
    least two stock indexes and five distinct market words. Two outlets' market reports of
    the same day are one recurring story even when they share few words."""
    words = {w.lower() for w in _WORDS.findall(text)}
    return len(words & MARKET_INDEXES) >= 2 and len(words & MARKET_WORDS) >= 5


DF_BITS = 20  # term counts: a fixed array of 2**20 counters (4 MB)


class TermCounts:
    """How many stories (first articles) have each salient term: a fixed array of hashed
    counters over the whole history, never evicted, so rarity keeps its long memory."""

    def __init__(self) -> None:
        self.counts = np.zeros(1 << DF_BITS, dtype=np.int32)
        self.stories = 0

    def add(self, terms: np.ndarray) -> None:
        np.add.at(self.counts, terms & ((1 << DF_BITS) - 1), 1)
        self.stories += 1

    def weigh(self, terms: np.ndarray, weights: np.ndarray) -> np.ndarray:
        """Unit vector of salience times inverse story frequency."""
        found = self.counts[terms & ((1 << DF_BITS) - 1)]
        vector: np.ndarray = weights.astype(np.float64) * (
            np.log((1.0 + self.stories) / (1.0 + np.maximum(found, 0))) + 1.0
        )
        norm = float(np.linalg.norm(vector))
        return vector / norm if norm else vector


def cosine(a_terms: np.ndarray, a: np.ndarray, b_terms: np.ndarray, b: np.ndarray) -> float:
    _, ia, ib = np.intersect1d(a_terms, b_terms, return_indices=True)
    return float(np.dot(a[ia], b[ib]))
