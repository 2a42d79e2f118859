"""spaCy makes a new Token object on every access (``doc[0].head is doc[0]`` is False even for
the root), so the coder compares tokens by position (``.i``), never by ``is``: a check written
with ``is`` silently never holds. This scans the coder's stages for such comparisons."""

from __future__ import annotations

import re
from pathlib import Path

import spacy

import flashpoint

STAGES = Path(flashpoint.__file__).parent / "stages"
TOKEN_NAMES = r"(token|current|head|node|anchor|verb|noun|word|trigger|t|c|w)"
IDENTITY = re.compile(rf"\b\w+(\.head)? is (not )?{TOKEN_NAMES}(\.head)?\b(?!\s*\()")


def test_spacy_tokens_are_new_objects_on_each_access() -> None:
    doc = spacy.blank("en")("Talks resumed.")
    assert doc[0].head is not doc[0] and doc[0].head == doc[0]


def test_no_stage_compares_tokens_by_identity() -> None:
    found = [f"{path.name}:{number}: {line.strip()}"
             for path in sorted(STAGES.glob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if IDENTITY.search(line.split("#", 1)[0])]
    assert found == [], "compare spaCy tokens with .i, not 'is'"
