"""``flashpoint explain``: what a CAMEO code, PLOVER type, actor code, name or trigger word
means, and which codebook entry (file and line) says so."""

from __future__ import annotations

from flashpoint.codebook import Codebook
from flashpoint.codebook.model import SECTORS
from flashpoint.errors import InputError

QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
         4: "material conflict"}


def _cameo(code: str, book: Codebook) -> str:
    c = book.cameo[code]
    lines = [f"CAMEO {c.code}: {c.label}",
             f"  root {c.root} ({book.cameo[c.root].label.capitalize()})",
             f"  Goldstein {c.goldstein:+.1f}, quad class {c.quad_class} ({QUADS[c.quad_class]})",
             f"  PLOVER {c.plover or '-'}" + (f" (mode {c.plover_mode})" if c.plover_mode else ""),
             f"  defined at codebook/{c.origin}; source: {c.source}"]
    rules = [p for ps in book.verbs.values() for p in ps if p.code == code]
    if rules:
        shown = ", ".join(f"{p.lemma}{' ' + p.particle if p.particle else ''} ({p.rule})"
                          for p in rules[:8])
        more = f" and {len(rules) - 8} more" if len(rules) > 8 else ""
        lines.append(f"  triggered by {len(rules)} pattern(s): {shown}{more}")
    return "\n".join(lines)


def _plover(kind: str, book: Codebook) -> str:
    codes = [c for c in book.cameo.values() if (c.plover or "").upper() == kind]
    listed = "\n".join(f"  {c.code} {c.label}" for c in codes)
    return f"PLOVER {kind}: {len(codes)} CAMEO code(s) map to it\n{listed}"


def _actor(code: str, book: Codebook) -> str | None:
    if code in book.organizations:
        o = book.organizations[code]
        return (f"{o.code}: {o.name} ({o.kind}{', ' + o.country if o.country else ''})\n"
                f"  also: {', '.join(o.aliases) or '-'}\n  wikidata {o.wikidata or '-'}; "
                f"codebook/{o.origin}; source: {o.source}")
    country, sector = code[:3], code[3:]
    if country in book.countries and (not sector or sector in SECTORS):
        c = book.countries[country]
        head = f"{code}: {c.name}" + (f", sector {sector}" if sector else " (the state)")
        return (f"{head}\n  names: {', '.join((c.name, *c.aliases))}\n"
                f"  adjectives: {', '.join(c.adjectives) or '-'}\n"
                f"  government metonyms: {', '.join((*c.capitals, *c.metonyms)) or '-'}\n"
                f"  wikidata {c.wikidata or '-'}; codebook/{c.origin}; source: {c.source}")
    return None


def _person(text: str, book: Codebook) -> str | None:
    names = book.names.get(text.lower(), ())
    people = [n.key for n in names if n.what == "person"]
    if not people:
        return None
    out = []
    for person in people:
        out.append(f"{person}:")
        for r in book.people[person]:
            out.append(f"  {r.country}{r.sector} {r.role} from {r.valid_from} to "
                       f"{r.valid_to or 'now'} (codebook/{r.origin})")
        out.append(f"  outside these terms: {book.people[person][0].country}ELI after, "
                   "the bare country code before")
    return "\n".join(out)


def _lemma(word: str, book: Codebook) -> str | None:
    """The trigger patterns of a word (any part of speech), and a noun's verb, if any."""
    lemma = word.lower()
    patterns = [p for pos in ("VERB", "NOUN", "ADJ") for p in book.patterns(pos, lemma)]
    verb = book.nominal.get(lemma)
    sector = book.sectors.get(lemma)
    if not patterns and verb is None and sector is None:
        return None
    lines = [f"{word!r}:"]
    for p in patterns:
        when = [f"particle {p.particle}"] if p.particle else []
        when += [f"object {'|'.join(sorted(p.objects))}"] if p.objects else []
        when += [f"preposition {'|'.join(sorted(p.preps))}"] if p.preps else []
        when += [f"phrase {p.phrase.text!r}"] if p.phrase is not None else []
        label = "no event" if p.codes_nothing else book.cameo[p.code].label
        lines.append(f"  {p.pos} {p.code} {label}"
                     f"{' when ' + ', '.join(when) if when else ''}; target "
                     f"{'|'.join(p.targets) or 'none'} (codebook/{p.origin}, {p.id}; {p.source})")
    if verb is not None:
        lines.append(f"  NOUN with an 'of' phrase and no pattern of its own: the patterns of "
                     f"the verb {verb!r} (codebook/verbs/nominal.tsv)")
    if sector is not None:
        lines.append(f"  sector word: {sector.sector} (codebook/{sector.origin})")
    return "\n".join(lines)


def _confidence(book: Codebook) -> str:
    model = book.confidence
    where = f"codebook/{model.origin.file}" if model.origin else "built-in"
    lines = [f"confidence = 1 / (1 + exp(-(bias + the weights of the facts an event was "
             f"coded on))), {where}", f"  source: {model.source or '-'}"]
    ranked = sorted(model.weights.items(), key=lambda kv: (kv[0] != "bias", -kv[1], kv[0]))
    lines += [f"  {name:<22} {value:+.3f}" for name, value in ranked]
    return "\n".join(lines)


def _plan_rule(book: Codebook) -> str:
    from flashpoint.stages.plans import NOT_ACTS, PLAN  # the coder's one generic rule

    refused = book.mirrored("120", PLAN.code) or "120"
    return "\n".join([
        f"{PLAN.id} ({PLAN.origin.file}): an act an actor announces for itself that no verb "
        "pattern codes",
        f"  {PLAN.code} {book.cameo[PLAN.code].label}; refused: {refused} "
        f"{book.cameo[refused].label} (codebook/verbs/refusal.tsv)",
        "  only a future clause told by a speech verb or the complement of a word of planning;",
        "  never a forecast, a condition, a plan told of others or a population's, a hostile act,",
        f"  or a verb of the synset {NOT_ACTS} ({len(book.synsets.get(NOT_ACTS, ()))} verbs, "
        "codebook/verbs/synsets.tsv)",
        f"  confidence fact 'generic': {book.confidence.weights.get('generic', 0.0):+.3f}",
        f"  source: {PLAN.source}"])


def explain_code(code: str, book: Codebook) -> str:
    key = code.strip()
    if key.lower() == "confidence":
        return _confidence(book)
    if key.rsplit(":", 1)[-1] == "announced-plan":  # the rule an event names
        return _plan_rule(book)
    if key in book.cameo:
        return _cameo(key, book)
    if key.upper() in {(c.plover or "").upper() for c in book.cameo.values()} - {""}:
        return _plover(key.upper(), book)
    found = _actor(key.upper(), book) or _person(key, book) or _lemma(key, book)
    if found is None:
        names = book.names.get(key.lower(), ())
        if names:
            n = names[0]
            codes = (n.key, *n.group)
            what = f"a group: {', '.join(codes)}" if n.group else f"{n.what} {n.key}"
            found = f"{key!r} names {what} (codebook/{n.origin})\n" + "\n".join(
                _actor(c, book) or "" for c in codes)
    if found is None:
        raise InputError(f"unknown code or name {code!r}: give a CAMEO code (e.g. 0234), a "
                         "PLOVER type (PROTEST), an actor code (KAZGOV), a name (Tokayev), "
                         "a trigger word (suspend), 'confidence' or 'announced-plan'")
    return found
