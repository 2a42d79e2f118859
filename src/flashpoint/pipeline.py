"""Runs the stages: ingest -> clean -> nlp -> actors -> events -> places -> dates -> merge.

``code_documents`` is the one loop every entry point (Python API, CLI, store ingest) uses.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from flashpoint._version import __version__
from flashpoint.codebook import Codebook, load_codebook
from flashpoint.gazetteer import Gazetteer, country_on, load_gazetteer
from flashpoint.records import (
    Actor,
    Article,
    Coded,
    Dropped,
    Event,
    Place,
    Quote,
    RawDocument,
    Span,
    Versions,
)
from flashpoint.settings import Settings
from flashpoint.stages import dates, ingest, places
from flashpoint.stages.actors import ActorBuilder, build_matchers, find_names
from flashpoint.stages.claims import reported_speech
from flashpoint.stages.confidence import with_implied_source, with_implied_target
from flashpoint.stages.events import SentenceCoder
from flashpoint.stages.findings import Finding
from flashpoint.stages.home import home_country
from flashpoint.stages.merge import merge_events
from flashpoint.stages.nlp import load_pipeline, parse
from flashpoint.stages.patterns import VIOLENT_ROOTS
from flashpoint.stages.protection import protects
from flashpoint.stages.salience import under_news
from flashpoint.stages.sides import armed_doer

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan


@dataclass(frozen=True, slots=True)
class Tools:
    """What coding needs, built once per process from Settings."""

    settings: Settings
    book: Codebook
    nlp: Language
    gazetteer: Gazetteer

    @classmethod
    def build(cls, settings: Settings) -> Tools:
        book = load_codebook(settings.codebook_dirs, shipped=settings.shipped_codebook)
        return cls(settings, book, load_pipeline(settings.model), load_gazetteer())


def stable_id(prefix: str, *parts: object) -> str:
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest()
    return f"{prefix}_{digest[:16]}"


def articles(raws: Iterable[RawDocument | Dropped], settings: Settings
             ) -> Iterator[Article | Dropped]:
    """Ingest + clean: raw documents to Articles (or Dropped)."""
    for raw in raws:
        if isinstance(raw, Dropped):
            yield raw
            continue
        yield ingest.to_article(raw, settings)


def code_documents(items: Iterable[Article | Dropped], tools: Tools
                   ) -> Iterator[Coded | Dropped]:
    """Parse articles in batches and code each; Dropped items pass straight through."""
    pending: list[Article] = []
    size = max(1, tools.settings.batch_size)
    for item in items:
        if isinstance(item, Dropped):
            yield item
            continue
        pending.append(item)
        if len(pending) >= size:
            yield from _code_batch(pending, tools)
            pending = []
    if pending:
        yield from _code_batch(pending, tools)


def _code_batch(batch: list[Article], tools: Tools) -> Iterator[Coded]:
    docs = parse(tools.nlp, (a.text for a in batch), batch_size=len(batch),
                 n_process=tools.settings.n_process)
    for article, doc in zip(batch, docs, strict=True):
        yield code_article(article, doc, tools)


def _place_country(gazetteer: Gazetteer, name: str, day: str) -> str | None:
    place = gazetteer.lookup(name)
    return country_on(place.country, day) if place is not None and place.country else None


@dataclass(frozen=True, slots=True)
class Told:
    """One event as a sentence tells it (before merging), with the facts its confidence
    rests on; ``flashpoint eval --fit-confidence`` learns from these."""

    event: Event
    basis: frozenset[str]


def code_article(article: Article, doc: Doc, tools: Tools) -> Coded:
    """Code one parsed article: events (merged within the article) and quotes."""
    told, quotes = tell(article, doc, tools)
    merged, mentions = merge_events([t.event for t in told])
    return Coded(article, tuple(merged), tuple(_unique(quotes)), mentions=tuple(mentions))


def tell(article: Article, doc: Doc, tools: Tools) -> tuple[list[Told], list[Quote]]:
    """Every event each sentence tells, in order, and the quotes."""
    book, gaz = tools.book, tools.gazetteer
    matchers = build_matchers(book, tools.nlp)
    hits = find_names(doc, book, matchers, is_place=lambda name: gaz.lookup(name) is not None)
    title = find_names(tools.nlp.make_doc(article.title), book, matchers) \
        if article.title else None  # the headline's words only: no parse
    dateline = gaz.lookup(article.dateline) if article.dateline else None
    day = (article.published or date.today().isoformat())[:10]
    sentences = [(sent, places.sentence_places(sent, gaz)) for sent in doc.sents]
    default = home_country(dateline, hits, book, sentences, title, doc) \
        or places.town_country(doc, gaz)
    builder = ActorBuilder(book, hits, day, default,
                           place_country=lambda name: _place_country(gaz, name, day))
    coder = SentenceCoder(book, builder, guess=tools.settings.guess_uncoded)
    told: list[Told] = []
    quotes: list[Quote] = []
    for index, (sent, sent_places) in enumerate(sentences):
        findings = coder.code(sent)
        said = [_event(article, index, sent, f, sent_places, dateline, tools, builder)
                for f in findings]
        scores = under_news(findings, [t.event.confidence for t in said])
        told.extend(t if t.event.confidence == score
                    else Told(replace(t.event, confidence=score), t.basis)
                    for t, score in zip(said, scores, strict=True))
        quotes.extend(_quotes(article, index, sent, coder))
    return told, quotes


def _event(article: Article, index: int, sent: SpacySpan, finding: Finding,
           sent_places: list[Place], dateline: Place | None, tools: Tools,
           builder: ActorBuilder) -> Told:
    source = finding.source.actor if finding.source else None
    target = finding.target.actor if finding.target else None
    location = places.event_place(sent_places, dateline, (target, source), tools.gazetteer)
    where = sent_places[0] if sent_places else dateline  # a place said, not the actors' own
    facts = finding.basis
    if source is None and target is not None \
            and (source := _implicit_source(finding, target, where, builder, tools.book)):
        facts = with_implied_source(facts)
    guessed, facts = _implicit_target(finding, facts, source, target, location, tools, builder)
    code = finding.code
    if target is None and guessed is not None and source is not None \
            and guessed.country != source.country and protects(code, finding.trigger):
        code = "074"  # "French troops were deployed to guard camps" in Ivory Coast
    target = guessed
    when = dates.event_date(sent, finding.trigger, article.published,
                            future=finding.mode == "future")
    meta = tools.book.cameo[code]
    return Told(Event(
        id=stable_id("e", article.id, index, code, source and source.code,
                     target and target.code),
        article_id=article.id, story_id=article.story_id, date=when.date,
        date_precision=when.precision,  # type: ignore[arg-type]
        date_text=when.text, source=source, target=target, cameo=meta.code, root=meta.root,
        label=meta.label, quad_class=meta.quad_class, goldstein=meta.goldstein,
        plover=meta.plover, mode=finding.mode,  # type: ignore[arg-type]
        location=location, sentence=sent.text, sentence_index=index,
        span=Span(sent.start_char, sent.end_char), trigger=_trigger_text(finding),
        confidence=tools.book.confidence.score(facts), rule=finding.pattern.rule,
        versions=Versions(__version__, tools.book.version)), facts)


FOREIGN_TARGET_ROOTS = frozenset({"02", "07", "15", "17", "18", "19", "20"})
ASSASSINATIONS = frozenset({"185", "186"})  # attempted and done


def _implicit_source(finding: Finding, target: Actor, where: Place | None,
                     builder: ActorBuilder, book: Codebook) -> Actor | None:
    """An attack on foreigners that nobody is named as doing ("a roadside bomb near Samarra
    killed a US soldier", "ten Russian soldiers were killed in Ukraine"), or one whose doer is
    only an armed person or a weapon ("Djindjic was shot dead by a sniper in Belgrade"), is
    coded, as CAMEO coders do, as done by unidentified forces of the country where it happened
    (the sentence's place, else the dateline); so is an assassination or an attempt at one
    ("survived an assassination attempt in Kandahar"). "Civilians were killed in Baghdad"
    keeps no source."""
    if where is None or not where.country or finding.code[:2] not in VIOLENT_ROOTS \
            or target.country is None:
        return None
    if target.country == where.country and finding.code not in ASSASSINATIONS \
            and not armed_doer(book, builder, finding.trigger):
        return None  # an assassination always has an assassin
    return builder.state(where.country, "UAF", where.name)  # unidentified armed forces


def _implicit_target(finding: Finding, facts: frozenset[str], source: Actor | None,
                     target: Actor | None, location: Place | None, tools: Tools,
                     builder: ActorBuilder) -> tuple[Actor | None, frozenset[str]]:
    """Without a target in the sentence, the country where the event happens is its target,
    for actions done in or to a place: Moscow calling for dialogue in the Kazakh crisis,
    troops sent to Kazakhstan, a curfew imposed by the Kazakh government. Statements,
    meetings and other verbal events get no guessed target; a protest does (its own state).
    Returns the target and the event's basis (a guessed target is a fact the model weighs)."""
    if target is not None or source is None or location is None or not location.country:
        return target, facts
    verbal = tools.book.cameo[finding.code].quad_class in (1, 3) \
        and finding.code[:2] != "14"  # a protest is made in the street, at its state
    if location.country != source.country:
        guess = finding.code[:2] in FOREIGN_TARGET_ROOTS
    else:
        guess = source.sector is not None and not verbal \
            and finding.code[:2] != "07"  # no aid or protection to one's own state
    if not guess:
        return None, facts
    actor = builder.state(location.country, None, location.name)
    return actor, with_implied_target(facts)


def _trigger_text(finding: Finding) -> str:
    token, particle = finding.trigger, finding.pattern.particle
    after = token.doc[token.i + 1:token.i + 2]  # "took over 9 farms": hung on the number
    extra = [t for t in after if particle and t.lower_ == particle]
    extra += [c for c in token.children if c.dep_ == "prt"
             or (c.dep_ == "prep" and c.lower_ in finding.pattern.preps and not any(
                 o.ent_type_ in ("DATE", "TIME") for o in c.children))]  # not "on Thursday"
    words = sorted({t.lower_: t for t in reversed([token, *extra])}.values(), key=lambda t: t.i)
    return " ".join(t.text for t in words)


def _quotes(article: Article, index: int, sent: SpacySpan, coder: SentenceCoder
            ) -> Iterator[Quote]:
    for said in reported_speech(coder, sent):
        yield Quote(stable_id("q", article.id, index, said.verb.i), article.id,
                    said.speaker.actor if said.speaker else None, said.text, said.verb.text,
                    index, Span(said.start, said.end))


def _unique(quotes: list[Quote]) -> list[Quote]:
    return list({q.id: q for q in quotes}.values())
