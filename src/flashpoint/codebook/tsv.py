"""Reading the codebook's TSV files: header checked, every row tied to its file and line."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from flashpoint.codebook.model import Origin
from flashpoint.errors import CodebookError

Row = dict[str, str]


def read_tsv(path: Path, columns: tuple[str, ...], *, base: Path) -> Iterator[tuple[Row, Origin]]:
    """Yield (row, origin) for each data row; comment lines start with '#'."""
    name = path.relative_to(base).as_posix() if path.is_relative_to(base) else str(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise CodebookError(name, None, f"cannot read: {err}") from err
    header: list[str] | None = None
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            missing = [c for c in columns if c not in header]
            if missing:
                raise CodebookError(name, number, f"header lacks column(s) {', '.join(missing)}")
            continue
        if len(cells) != len(header):
            raise CodebookError(name, number, f"{len(cells)} cells, header has {len(header)}")
        yield {h: c.strip() for h, c in zip(header, cells, strict=True)}, Origin(name, number)


def split_list(value: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in value.split("|") if p.strip())


def need(row: Row, origin: Origin, *names: str) -> None:
    for name in names:
        if not row.get(name):
            raise CodebookError(origin.file, origin.line, f"empty {name}")


def content_digest(base: Path) -> str:
    """Eight hex digits of a hash over every data file under ``base`` (names and bytes), so a
    codebook's version changes whenever any of its rows do."""
    digest = hashlib.sha256()
    for path in sorted(p for p in base.rglob("*") if p.is_file() and p.suffix in (".tsv", "")
                       and "__pycache__" not in p.parts):
        digest.update(path.relative_to(base).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:8]
