"""Story clustering: each article joins the story it re-tells, or starts a new one.

Three tests, in order, give an article its story id ("s_" + 16 hex):

1. exact duplicate: an article with the same ``Article.id`` (the cleaned body) already held;
2. near duplicate: MinHash LSH (datasketch) over word shingles of the cleaned text, verified by
   the signatures: Jaccard of at least ``near_threshold``, or half that when the shorter text
   lies mostly inside the longer one (``near_containment``: truncated copies) or, published
   within ``window_days``, the salient terms agree (copies with an extra section);
3. the same story from another outlet, in other words: the salient terms (names, numbers,
   content words; ``storyterms``) looked up in an inverted index of recent articles and
   verified by an idf-weighted cosine of at least ``topic_threshold``, publication dates at
   most ``window_days`` apart, and headlines (when both have one) sharing a salient word; or
   the same cosine with the sum of a story's candidate members (each passing those tests).
   Headlines quoting the same phrase, or two market reports, need only a cosine of
   ``_AGREE_FLOOR``. Term rarity is counted over the stories seen; it is trusted after
   ``min_stories`` stories.

An article matching several stories joins the best one (near duplicates before same-story
matches); story ids already given never change. A story's id comes from its first article's id.
An article without a publication date counts as published on the newest date seen so far.

Memory is bounded and the cost per article flat: articles older than ``horizon_days`` before
the newest publication date seen (or beyond ``max_articles``) are evicted, each story indexes
at most ``max_members`` articles, each posting list keeps its ``max_postings`` newest articles
and term counts live in a fixed array of hashed counters.

``state(article_id)`` gives the bytes to persist (story id, shingle signature, salient terms,
headline words: about 700 bytes); ``StoryIndex.restore`` rebuilds the index from stored rows
after a restart, so next week's articles join this week's stories.
"""

from __future__ import annotations

import contextlib
import hashlib
import heapq
import struct
from collections import Counter, deque
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

import numpy as np
from datasketch import MinHash, MinHashLSH

from flashpoint.records import Article
from flashpoint.stages.storyterms import (
    MAX_QUOTES,
    TermCounts,
    cosine,
    headline_quotes,
    headline_terms,
    is_market_report,
    salient_terms,
    shingles,
)

STATE_VERSION = 1
_HEADER = struct.Struct("<BB8sHHIB")  # version, flags, story, num_perm, terms, shingles, heads
_INDEXED, _MARKET, _QUOTES_SHIFT = 1, 2, 2  # flags: indexed, market report, quotes << 2
_AGREE_FLOOR = 0.1  # cosine that headline quotes or same-day market reports must still reach
_HEADLINE_AGREES, _HEADLINE_BONUS = 3, 0.1
_CANDIDATES = 8  # same-story candidates verified per article


@dataclass(frozen=True)
class StoryConfig:
    """How articles are grouped into stories (defaults measured on the development material)."""

    near_threshold: float = 0.5  # shingle Jaccard for a near duplicate
    near_containment: float = 0.8  # or: this share of the shorter text's shingles in the other
    topic_threshold: float = 0.45  # idf-weighted cosine of salient terms for the same story
    window_days: int = 1  # same-story articles from other outlets: publication dates this close
    num_perm: int = 64
    shingle: int = 5  # words per shingle
    topic_terms: int = 64  # salient terms kept per article
    horizon_days: int = 30  # articles older than this (before the newest date) are evicted
    max_articles: int = 500_000  # hard cap on articles held, for streams without dates
    max_members: int = 16  # articles indexed per story
    max_postings: int = 64  # newest articles kept per salient term
    min_stories: int = 50  # stories seen before term rarity is trusted for same-story matches


@dataclass(slots=True)
class _Entry:
    key: int
    article_id: str
    story_id: str
    day: int | None
    state: bytes
    indexed: bool


def story_id_for(article_id: str) -> str:
    """The id of the story that ``article_id`` starts."""
    return "s_" + hashlib.sha256(article_id.encode("utf-8")).hexdigest()[:16]


def parse_day(published: str | None) -> int | None:
    """The proleptic ordinal of an ISO date (its first 10 characters), or None."""
    if not published:
        return None
    try:
        return date.fromisoformat(published.strip()[:10]).toordinal()
    except ValueError:
        return None


class StoryState(NamedTuple):
    """What is persisted per article (``StoryIndex.state``), decoded."""

    story_id: str
    flags: int
    size: int  # shingles in the text
    hashes: np.ndarray  # MinHash signature of the shingles (uint32)
    terms: np.ndarray  # salient terms (crc32)
    weights: np.ndarray  # their salience (float16)
    heads: np.ndarray  # headline quotes, then headline terms (crc32)

    @property
    def quotes(self) -> np.ndarray:
        return self.heads[: (self.flags >> _QUOTES_SHIFT) & MAX_QUOTES]

    @property
    def words(self) -> np.ndarray:
        return self.heads[(self.flags >> _QUOTES_SHIFT) & MAX_QUOTES :]

    def pack(self) -> bytes:
        head = _HEADER.pack(STATE_VERSION, self.flags, bytes.fromhex(self.story_id[2:]),
                            len(self.hashes), len(self.terms), self.size, len(self.heads))
        return b"".join((head, self.hashes.astype("<u4").tobytes(),
                         self.terms.astype("<u4").tobytes(), self.weights.astype("<f2").tobytes(),
                         self.heads.astype("<u4").tobytes()))

    @classmethod
    def unpack(cls, state: bytes) -> StoryState:
        version, flags, story, num_perm, count, size, heads = _HEADER.unpack_from(state)
        if version != STATE_VERSION:
            raise ValueError(f"story state version {version} is not {STATE_VERSION}; re-ingest")
        at = _HEADER.size
        hashes = np.frombuffer(state, dtype="<u4", count=num_perm, offset=at)
        terms = np.frombuffer(state, dtype="<u4", count=count, offset=at + 4 * num_perm)
        at += 4 * (num_perm + count)
        weights = np.frombuffer(state, dtype="<f2", count=count, offset=at)
        titled = np.frombuffer(state, dtype="<u4", count=heads, offset=at + 2 * count)
        return cls("s_" + story.hex(), flags, size, hashes, terms, weights, titled)


class StoryIndex:
    """Assigns story ids to a stream of articles; see the module docstring."""

    def __init__(self, config: StoryConfig) -> None:
        self.config = config
        # candidates from a lower Jaccard, so truncated copies are found for the containment test
        self._near = MinHashLSH(threshold=config.near_threshold * 0.6, num_perm=config.num_perm)
        self._probe = MinHash(num_perm=config.num_perm)  # carries signatures into the LSH
        self._postings: dict[int, deque[int]] = {}
        self._counts = TermCounts()
        self._entries: dict[int, _Entry] = {}
        self._by_article: dict[str, int] = {}
        self._members: Counter[str] = Counter()
        self._queue: list[tuple[int, int]] = []  # (day, key): eviction order
        self._clock: int | None = None
        self._next = 0
        self._last: tuple[str, bytes] = ("", b"")

    def __len__(self) -> int:
        return len(self._entries)

    def assign(self, article: Article) -> str:
        """The article's story id; the article is indexed for the articles that follow."""
        known = self._by_article.get(article.id)
        if known is not None:
            return self._entries[known].story_id
        day = parse_day(article.published)
        when = day if day is not None else self._clock
        pieces = shingles(article.text, self.config.shingle)
        terms, weights = salient_terms(article.text, self.config.topic_terms)
        quotes = headline_quotes(article.title)
        marks = (len(quotes) << _QUOTES_SHIFT) | (_MARKET if is_market_report(article.text) else 0)
        mine = StoryState("", marks, len(pieces), self._signature(pieces), terms, weights,
                          np.concatenate([quotes, headline_terms(article.title)[:250]]))
        story = self._near_match(mine, when) if pieces else None
        if story is None and len(terms) and self._counts.stories >= self.config.min_stories:
            story = self._topic_match(mine, when)
        story = story or story_id_for(article.id)
        indexed = pieces and self._members[story] < self.config.max_members
        state = mine._replace(story_id=story, flags=marks | (_INDEXED if indexed else 0)).pack()
        self._add(article.id, story, when, state)
        self._advance(day)
        self._last = (article.id, state)  # an article older than the horizon is evicted at once
        return story

    def state(self, article_id: str) -> bytes:
        """What to persist for ``article_id``: held, or the last assigned (else KeyError)."""
        key = self._by_article.get(article_id)
        if key is not None:
            return self._entries[key].state
        if self._last[0] == article_id:
            return self._last[1]
        raise KeyError(f"article {article_id} is not held (evicted or never assigned)")

    def story_of(self, article_id: str) -> str | None:
        """The story of an article still held, else None."""
        key = self._by_article.get(article_id)
        return None if key is None else self._entries[key].story_id

    @classmethod
    def restore(
        cls, config: StoryConfig, rows: Iterable[tuple[str, str, str | None, bytes]]
    ) -> StoryIndex:
        """Rebuild an index from stored rows (article_id, story_id, published, state).

        Give the rows in the order they were assigned (publication order will do): term counts
        come from every row, articles beyond the horizon are evicted as the dates advance, so
        memory stays bounded however many rows there are.
        """
        index = cls(config)
        for article_id, story, published, state in rows:
            if article_id in index._by_article:
                continue
            found = len(StoryState.unpack(state).hashes)
            if found != config.num_perm:
                raise ValueError(
                    f"stored signatures have {found} permutations, the config "
                    f"{config.num_perm}; restore with the config they were built with"
                )
            day = parse_day(published)
            index._add(article_id, story, day if day is not None else index._clock, state)
            index._advance(day)
        return index

    # --- matching --------------------------------------------------------------------------

    def _signature(self, pieces: list[bytes]) -> np.ndarray:
        self._probe.clear()
        self._probe.update_batch(pieces)
        return np.asarray(self._probe.hashvalues, dtype=np.uint32).copy()

    def _sketch(self, hashes: np.ndarray) -> MinHash:
        """The probe holding ``hashes`` (the LSH reads the values and keeps no reference)."""
        self._probe.hashvalues = hashes.astype(np.uint32)
        return self._probe

    def _near_match(self, mine: StoryState, when: int | None) -> str | None:
        """The story of the most similar near duplicate: shingle Jaccard of at least
        ``near_threshold``; or half that with the shorter text mostly inside the longer
        (``near_containment``) or, within ``window_days``, with the same story's terms."""
        best, story = 0.0, None
        for key in self._near.query(self._sketch(mine.hashes)):
            entry = self._entries[key]
            theirs = StoryState.unpack(entry.state)
            jaccard = float(np.mean(theirs.hashes == mine.hashes))
            if jaccard <= best or jaccard < self.config.near_threshold / 2:
                continue
            shared = jaccard * (mine.size + theirs.size) / (1.0 + jaccard)
            close = jaccard >= self.config.near_threshold or (
                shared / max(1, min(mine.size, theirs.size)) >= self.config.near_containment
            )
            if not close and self._close(when, entry.day):
                close = self._similarity(mine, theirs) >= self.config.topic_threshold
            if close:
                best, story = jaccard, entry.story_id
        return story

    def _topic_match(self, mine: StoryState, when: int | None) -> str | None:
        """The story of the closest same-story article published within ``window_days``, or of
        the closest story: the sum of its candidate members' vectors (headlines permitting)."""
        query = self._counts.weigh(mine.terms, mine.weights)
        votes: Counter[int] = Counter()
        for term, weight in zip(mine.terms.tolist(), query.tolist(), strict=True):
            for key in self._postings.get(term, ()):
                votes[key] += weight
        best, story = self.config.topic_threshold, None
        members: dict[str, list[StoryState]] = {}
        for key, _ in votes.most_common(_CANDIDATES):
            entry = self._entries.get(key)
            if entry is None or not self._close(when, entry.day):
                continue
            theirs = StoryState.unpack(entry.state)
            similarity = self._similarity(mine, theirs)
            if similarity >= best:
                best, story = similarity, entry.story_id
            if similarity > 0:
                members.setdefault(entry.story_id, []).append(theirs)
        for found, states in members.items():
            if len(states) > 1 and self._centroid(mine, states) >= best:
                best, story = self._centroid(mine, states), found
        return story

    def _centroid(self, mine: StoryState, states: list[StoryState]) -> float:
        """Cosine of ``mine`` with the sum of the story members' unit vectors."""
        vectors = [(s.terms, self._counts.weigh(s.terms, s.weights)) for s in [mine, *states]]
        dot = sum(cosine(*vectors[0], *v) for v in vectors[1:])
        square = len(states) + 2 * sum(
            cosine(*a, *b) for i, a in enumerate(vectors[1:], 1) for b in vectors[i + 1:])
        return float(dot / square**0.5)

    def _similarity(self, mine: StoryState, theirs: StoryState) -> float:
        """Idf-weighted cosine of the salient terms, compared with ``topic_threshold``.

        Headlines name a story's subject: when both articles have one, headlines that share
        no salient word rule the match out (0), and headlines sharing ``_HEADLINE_AGREES``
        or more lower the bar by ``_HEADLINE_BONUS``. Two signals say "same story" whatever
        the words: headlines quoting the same phrase, and two market reports (the day's
        recurring story); then a cosine of ``_AGREE_FLOOR`` meets the bar."""
        similar = cosine(mine.terms, self._counts.weigh(mine.terms, mine.weights), theirs.terms,
                         self._counts.weigh(theirs.terms, theirs.weights))
        agree = bool(np.intersect1d(mine.quotes, theirs.quotes).size) or bool(
            mine.flags & theirs.flags & _MARKET)
        if agree and similar >= _AGREE_FLOOR:
            return max(similar, self.config.topic_threshold)
        shared = -1
        if len(mine.words) and len(theirs.words):
            shared = np.intersect1d(mine.words, theirs.words, assume_unique=True).size
            if not shared:
                return 0.0
        return similar + (_HEADLINE_BONUS if shared >= _HEADLINE_AGREES else 0.0)

    def _close(self, a: int | None, b: int | None) -> bool:
        return a is None or b is None or abs(a - b) <= self.config.window_days

    # --- bookkeeping -----------------------------------------------------------------------

    def _add(self, article_id: str, story: str, day: int | None, state: bytes) -> None:
        decoded = StoryState.unpack(state)
        key, self._next = self._next, self._next + 1
        indexed = bool(decoded.flags & _INDEXED) and (
            self._members[story] < self.config.max_members
        )
        self._entries[key] = _Entry(key, article_id, story, day, state, indexed)
        self._by_article[article_id] = key
        heapq.heappush(self._queue, (day if day is not None else -1, key))
        if not indexed:
            return
        self._members[story] += 1
        self._near.insert(key, self._sketch(decoded.hashes), check_duplication=False)
        for term in decoded.terms.tolist():
            postings = self._postings.get(term)
            if postings is None:
                postings = self._postings[term] = deque(maxlen=self.config.max_postings)
            postings.append(key)
        if story == story_id_for(article_id):
            self._counts.add(decoded.terms)

    def _advance(self, day: int | None) -> None:
        """Move the clock to ``day`` and evict what fell out of the horizon (or the cap)."""
        if day is not None and (self._clock is None or day > self._clock):
            self._clock = day
        limit = None if self._clock is None else self._clock - self.config.horizon_days
        while self._queue and (
            len(self._entries) > self.config.max_articles
            or (limit is not None and self._queue[0][0] < limit)
        ):
            _, key = heapq.heappop(self._queue)
            entry = self._entries[key]
            if entry.day is None and len(self._entries) <= self.config.max_articles:
                entry.day = self._clock  # undated before any date: dated by the first date seen
                heapq.heappush(self._queue, (entry.day if entry.day is not None else -1, key))
                continue
            self._evict(self._entries.pop(key))

    def _evict(self, entry: _Entry) -> None:
        if self._by_article.get(entry.article_id) == entry.key:
            del self._by_article[entry.article_id]
        if not entry.indexed:
            return
        self._near.remove(entry.key)
        self._members[entry.story_id] -= 1
        if self._members[entry.story_id] <= 0:
            del self._members[entry.story_id]
        for term in StoryState.unpack(entry.state).terms.tolist():
            postings = self._postings.get(term)
            if postings is None:
                continue
            with contextlib.suppress(ValueError):  # already pushed out of the bounded list
                postings.remove(entry.key)
            if not postings:
                del self._postings[term]
