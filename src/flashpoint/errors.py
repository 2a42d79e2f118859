"""One exception tree. Every message says what went wrong and what to do next.

    FlashpointError
    ├── SettingsError        a setting has a bad value or a settings file is unreadable
    ├── CodebookError        a codebook file is malformed (names the file and line)
    ├── InputError           an input path or argument cannot be used at all
    ├── ModelError           the spaCy pipeline cannot be loaded
    └── StoreError           the DuckDB store cannot be opened or written

Per-document problems are never raised past a stage: they become ``Dropped`` records.
"""

from __future__ import annotations


class FlashpointError(Exception):
    """Base class: ``str(err)`` is a one-line message fit for ``error: …`` on stderr."""


class SettingsError(FlashpointError):
    pass


class CodebookError(FlashpointError):
    def __init__(self, path: str, line: int | None, problem: str) -> None:
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {problem}; fix the file or run `flashpoint codebook check`")
        self.path = path
        self.line = line


class InputError(FlashpointError):
    pass


class ModelError(FlashpointError):
    pass


class StoreError(FlashpointError):
    pass
