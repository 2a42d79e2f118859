"""How the coder holds up on the wire style's bare weekday ("alleged Monday that", "flew into
Damascus Sunday"): the blind sentences of benchmarks/data/cameo_blind.tsv that say "on <day>",
scored as ``cameo_blind.py`` scores them, as written (the baseline, in the same run) and with
"on" taken out, with and without the repair of ``stages/weekdays.py``.

Run: ``python benchmarks/bare_weekdays.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cameo_blind import Written, hits, load  # benchmarks/ is the script's own directory

from flashpoint.api import code_text
from flashpoint.codebook import Codebook, load_codebook
from flashpoint.evaluation.events_common import counted
from flashpoint.evaluation.events_plover import PUBLISHED, pick
from flashpoint.settings import Settings, load_settings
from flashpoint.stages.nlp import load_pipeline
from flashpoint.stages.weekdays import WEEKDAY_REPAIR

ON_DAY = re.compile(r"\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def score(items: list[Written], edit: Callable[[str], str], settings: Settings,
          book: Codebook) -> tuple[float, float, float]:
    """Type, source and target accuracy of the items, each sentence edited first."""
    results = [hits(item, pick(counted(code_text(edit(item.sentence), published=PUBLISHED,
                                                 settings=settings)), book), book)
               for item in items]
    return tuple(sum(r[k] for r in results) / len(results) for k in range(3))  # type: ignore[return-value]


def _bare(text: str) -> str:
    return ON_DAY.sub(r"\1", text)


def main() -> None:
    settings = load_settings()
    book = load_codebook(settings.codebook_dirs, shipped=settings.shipped_codebook)
    nlp = load_pipeline(settings.model)  # the cached pipeline code_text runs
    heads = ("as written", "bare, repaired", "bare, not repaired")
    print(f"{'set':6} {'n':>5} " + " ".join(f"{h:>22}" for h in heads))
    for part in ("tune", "check"):
        items = [i for i in load() if i.set == part and ON_DAY.search(i.sentence)]
        written = score(items, lambda text: text, settings, book)
        repaired = score(items, _bare, settings, book)
        with nlp.select_pipes(disable=[WEEKDAY_REPAIR]):
            plain = score(items, _bare, settings, book)
        cells = [" ".join(f"{x:.3f}" for x in s) for s in (written, repaired, plain)]
        print(f"{part:6} {len(items):5d} " + " ".join(f"{c:>22}" for c in cells))
    print("(each cell: type source target; the PLOVER type of the picked event, as cameo_blind.py)")


if __name__ == "__main__":
    main()
