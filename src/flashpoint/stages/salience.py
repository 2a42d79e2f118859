"""Which of a sentence's events is its news.

An event told in a clause that hangs on another event's trigger, a clause of time or
circumstance ("..., a day after the government *announced* a price rise"), a participle clause
("set off a nuclear device, *defying* warnings from Washington") or a clause describing a noun
("will cooperate with police *investigating* the bombings"), tells the circumstance of that
event, not the news. Its confidence is kept just below the confidence of the event it hangs
on, so that a reader (and the eval, which scores the most trusted event of a sentence) meets
the news first. The cap only ever lowers a confidence. A statement is not news to rank under:
what it says, and the side notes to it, are the sentence's content.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from flashpoint.records import COUNTED_MODES

if TYPE_CHECKING:
    from flashpoint.stages.findings import Finding

SUBORDINATE = frozenset({"background", "participle", "relative"})  # facts of stages/confidence.py
BELOW = 0.01  # how far below the news a clause hanging on it is kept


def _is_news(finding: Finding) -> bool:
    return not (SUBORDINATE & finding.basis) and finding.mode in COUNTED_MODES \
        and not finding.pattern.speech and finding.code[:2] != "01"


def under_news(findings: Sequence[Finding], scores: Sequence[float]) -> list[float]:
    """Each finding's confidence (``scores``, in the findings' order), capped for one that
    hangs on the trigger of a news event at that event's confidence less ``BELOW``."""
    news: dict[int, float] = {}
    for finding, score in zip(findings, scores, strict=True):
        if _is_news(finding):
            news[finding.trigger.i] = max(news.get(finding.trigger.i, 0.0), score)
    capped = []
    for finding, score in zip(findings, scores, strict=True):
        if SUBORDINATE & finding.basis:
            head = next((a.i for a in finding.trigger.ancestors if a.i in news), None)
            if head is not None:
                score = min(score, max(news[head] - BELOW, 0.0))
        capped.append(score)
    return capped
