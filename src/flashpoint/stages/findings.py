"""A coded event inside one sentence: what the sentence coder hands to the pipeline."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from flashpoint.codebook import VerbPattern
    from flashpoint.stages.actors import Resolved


@dataclass(frozen=True, slots=True)
class Finding:
    """A coded event inside one sentence, before place and date are attached."""

    trigger: Token
    pattern: VerbPattern
    code: str
    source: Resolved | None
    target: Resolved | None
    mode: str
    speaker: Token | None  # the speech verb whose clause holds this event, if any
    basis: frozenset[str]  # what the coder relied on (stages/confidence.py)
    confidence: float
