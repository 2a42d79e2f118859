"""Golden sentences about invented states: every CAMEO root, passive voice, negation, future and
hypothetical modes, reported speech, dated roles and metonyms (tests/fictional/)."""

from __future__ import annotations

from pathlib import Path

import pytest

import flashpoint
from flashpoint.settings import Settings, load_settings

pytestmark = pytest.mark.model
HERE = Path(__file__).parent / "fictional"


def _cases() -> list[tuple[str, str, str]]:
    lines = [x for x in (HERE / "golden.tsv").read_text(encoding="utf-8").splitlines()
             if x.strip() and not x.startswith("#")]
    return [tuple(x.split("\t")) for x in lines[1:]]  # type: ignore[misc]


@pytest.fixture(scope="module")
def settings() -> Settings:
    return load_settings(codebook_dirs=(str(HERE),), include_all_modes=True)


@pytest.mark.parametrize(("published", "text", "expected"), _cases(),
                         ids=[c[1][:40] for c in _cases()])
def test_fictional_sentence(settings: Settings, published: str, text: str,
                            expected: str) -> None:
    events = flashpoint.code_text(text, published=published, settings=settings)
    got = "; ".join(f"{e.source.code if e.source else '-'} {e.cameo} "
                    f"{e.target.code if e.target else '-'} {e.mode}" for e in events)
    assert got == expected


def test_golden_sentences_cover_every_root_and_the_hard_cases() -> None:
    cases = _cases()
    roots = {part.split()[1][:2] for _, _, exp in cases for part in exp.split("; ")}
    roots |= {"03" if part.split()[1].startswith("03") else part.split()[1][:2]
              for _, _, exp in cases for part in exp.split("; ")}
    assert {f"{i:02d}" for i in range(1, 21)} <= roots
    modes = {part.split()[3] for _, _, exp in cases for part in exp.split("; ")}
    assert {"asserted", "negated", "hypothetical", "reported"} <= modes
    texts = " ".join(t for _, t, _ in cases)
    assert "were killed by" in texts  # passive
    assert "Amber Palace" in texts and "Iron Hall" in texts  # metonyms
    assert any("XARELI" in e for _, _, e in cases)  # a dated role that has ended
    assert any(e.startswith("- ") for _, _, e in cases)  # a victim with no named doer
    assert "alleged that" in texts and "engaged in" in texts
