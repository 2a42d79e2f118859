from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLE = SHARED / "samples" / "kmiainfo-kazakhstan.txt"
FICTIONAL = ROOT / "tests" / "fictional"


def need_shared() -> Path:
    if not SAMPLE.exists():
        pytest.skip("../shared is absent: the sample article and the eval sets live there")
    return SHARED


@pytest.fixture(scope="session")
def sample_text() -> str:
    return need_shared() and SAMPLE.read_text(encoding="utf-8")  # type: ignore[return-value]
