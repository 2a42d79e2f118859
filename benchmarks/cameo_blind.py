"""Score the coder on invented wire sentences coded blind (benchmarks/data/cameo_blind.tsv):
for each sentence alone, the event ``flashpoint eval`` would pick for it (the most confident
asserted or reported event with a PLOVER type) against the writer's CAMEO code (as PLOVER,
through the codebook) and source and target countries, as the PLOVER GSR is scored.

The sentences of benchmarks/data/no_event.tsv are no event: there the figure is the share left
without a typed event (how rarely the coder invents one).

The 'tune' sentences guided coder changes; the 'check' sentences were only scored, so their
figures say how far a change carries to sentences nobody looked at. The per-code sets
(benchmarks/data/cameo_percode.tsv: several sentences for every code, in one writing style
each) are scored the same way, their 'tune' and 'held' halves apart. ``--misses`` lists the
misses of the tune sets only; ``--guess`` codes with the learned fallback (stages/guesses.py).
Run: ``python benchmarks/cameo_blind.py [--misses] [--guess]``.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from flashpoint.api import code_text
from flashpoint.codebook import Codebook, load_codebook
from flashpoint.codebook.model import NO_EVENT
from flashpoint.evaluation.events_common import counted, plover_of
from flashpoint.evaluation.events_plover import ONE_CLASS, PUBLISHED, Picked, pick
from flashpoint.settings import load_settings

DATA = Path(__file__).parent / "data" / "cameo_blind.tsv"
NO_EVENT_DATA = Path(__file__).parent / "data" / "no_event.tsv"
PERCODE_DATA = Path(__file__).parent / "data" / "cameo_percode.tsv"


@dataclass(frozen=True)
class Written:
    set: str
    writer: str
    cameo: str
    source: str
    target: str
    sentence: str


def load() -> list[Written]:
    rows = [r.split("\t") for r in DATA.read_text(encoding="utf-8").splitlines()
            if r.strip() and not r.startswith(("#", "set\t"))]
    return [Written(*r) for r in rows]


def load_percode() -> list[Written]:
    """The per-code sets (several sentences for every code, one writing style per ``var``,
    kept in the ``writer`` field); their halves are 'tune' and 'held'."""
    rows = [r.split("\t") for r in PERCODE_DATA.read_text(encoding="utf-8").splitlines()
            if r.strip() and not r.startswith(("#", "set\t"))]
    return [Written(*r) for r in rows]


def load_no_event() -> list[Written]:
    """Sentences that are no event, as items coded ``---`` with no source or target."""
    rows = [r.split("\t") for r in NO_EVENT_DATA.read_text(encoding="utf-8").splitlines()
            if r.strip() and not r.startswith(("#", "set\t"))]
    return [Written(part, writer, NO_EVENT, "", "", text) for part, writer, text in rows]


def hits(item: Written, picked: Picked | None, book: Codebook) -> tuple[bool, bool, bool]:
    label = picked.label if picked else "NONE"
    source = picked.source if picked else frozenset()
    target = picked.target if picked else frozenset()
    want_source, want_target = ({ONE_CLASS.get(c, c) for c in who.split("|") if c}
                                for who in (item.source, item.target))  # "HUN|ROU": both
    return (label == (plover_of(item.cameo, book) or "NONE"),  # NGO and IGO: one class, as
            (want_source <= source) if want_source else not source,  # in the PLOVER scoring
            (want_target <= target) if want_target else True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", action="store_true", help="list the tune set's misses")
    parser.add_argument("--guess", action="store_true", help="with the learned fallback")
    args = parser.parse_args()
    settings = load_settings(guess_uncoded=args.guess or None)
    book = load_codebook(settings.codebook_dirs, shipped=settings.shipped_codebook)
    totals: dict[str, list[tuple[bool, bool, bool]]] = defaultdict(list)
    named = [(i, i.set) for i in load()] + [(i, f"none-{i.set}") for i in load_no_event()]
    for item, name in named + [(i, f"per-code-{i.set}") for i in load_percode()]:
        picked = pick(counted(code_text(item.sentence, published=PUBLISHED,
                                        settings=settings)), book)
        result = hits(item, picked, book)
        totals[name].append(result)
        if args.misses and item.set == "tune" and not result[0]:
            got = f"{picked.label} {picked.cameo} '{picked.trigger}'" if picked else "NONE"
            print(f"  [{item.writer} {item.cameo} {item.source}->{item.target}] got {got} | "
                  f"{item.sentence}")
    print(f"{'set':13} {'n':>4} {'type':>6} {'source':>7} {'target':>7}")
    for name in ("tune", "check", "per-code-tune", "per-code-held"):
        scores = totals[name]
        n = len(scores)
        type_ok, source_ok, target_ok = (sum(s[k] for s in scores) / n for k in range(3))
        print(f"{name:13} {n:4d} {type_ok:6.3f} {source_ok:7.3f} {target_ok:7.3f}")
    for name in ("tune", "check"):  # no event: right when nothing typed is picked
        left = totals[f"none-{name}"]
        print(f"no-event {name}: {sum(s[0] for s in left) / len(left):.3f} of {len(left)} left "
              "without a typed event")


if __name__ == "__main__":
    main()
