"""Writes that never leave a half-written file: write beside the target, then rename."""

from __future__ import annotations

import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_text(path: str | Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_json(path: str | Path, obj) -> None:
    atomic_write_text(path, json.dumps(obj, indent=2, ensure_ascii=False) + "\n")


@contextmanager
def atomic_open(path: str | Path, newline: str | None = None):
    """A text handle for writing `path` in pieces; the file appears only once complete."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as handle:
            yield handle
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

def files_under(directory: str | Path) -> set[Path]:
    directory = Path(directory)
    return {p for p in directory.rglob("*") if p.is_file()} if directory.is_dir() else set()


def remove_new_files(directory: str | Path, before: set[Path], keep: list[str | Path]) -> None:
    """Remove the files under `directory` that are not in `before` (what a failed step wrote),
    except those under a `keep` folder, so a failed run leaves no report that looks complete."""
    directory = Path(directory)
    # A keep folder that holds the whole directory protects nothing in it.
    inside = directory.resolve()
    kept = [k for k in (Path(k).resolve() for k in keep) if not inside.is_relative_to(k)]
    emptied: set[Path] = set()
    for path in files_under(directory) - before:
        if not any(path.resolve().is_relative_to(k) for k in kept):
            path.unlink(missing_ok=True)
            emptied.update(p for p in path.parents if p.is_relative_to(directory))
    emptied.discard(directory)
    for folder in sorted(emptied, key=lambda p: len(p.parts), reverse=True):
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
