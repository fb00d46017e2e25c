"""Stable fingerprints of model folders and configuration, without loading any weights.

Hashing a few hundred MB of weights takes a while, so each file's hash is remembered in a
small JSON file keyed by (absolute path, size, mtime): it is recomputed only when the file
changes. The hub revision is used instead when the weights came from the hub cache.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from pipeline.atomic import atomic_write_text
from pipeline.models.resolver import ResolvedModel

# Files that never change predictions.
_IGNORED = {"README.md", ".gitattributes", "LICENSE", "LICENSE.txt"}


def hash_cache_path() -> Path:
    if os.environ.get("STANCE_PIPELINE_HASH_CACHE"):
        return Path(os.environ["STANCE_PIPELINE_HASH_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache"))
    return Path(base) / "stance-pipeline" / "file-hashes.json"


def _load_hash_cache() -> dict[str, Any]:
    try:
        return json.loads(hash_cache_path().read_text())
    except (OSError, ValueError):
        return {}


def _save_hash_cache(cache: dict[str, Any]) -> None:
    path = hash_cache_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(path, json.dumps(cache))
    except OSError:
        pass  # a read-only home only costs re-hashing next time


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def hash_files(root: Path) -> str:
    """sha256 over (relative path, file sha256) of every file under root, in sorted order."""
    cache = _load_hash_cache()
    dirty = False
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        if path.name in _IGNORED or path.name.startswith("."):
            continue
        stat = path.stat()
        key = str(path.resolve())
        entry = cache.get(key)
        if not entry or entry[0] != stat.st_size or entry[1] != stat.st_mtime_ns:
            entry = [stat.st_size, stat.st_mtime_ns, _sha256_file(path)]
            cache[key] = entry
            dirty = True
        digest.update(f"{path.relative_to(root).as_posix()}\0{entry[2]}\n".encode())
    if dirty:
        _save_hash_cache(cache)
    return digest.hexdigest()


def model_fingerprint(resolved: ResolvedModel) -> str:
    """Hub revision when known, else a hash of the model folder's files."""
    if resolved.revision:
        return f"{resolved.model_id}@{resolved.revision}"
    return f"sha256:{hash_files(resolved.path)[:20]}"


def config_hash(payload: Any) -> str:
    """Short hash of any JSON-serialisable configuration (templates, prototypes, maps...)."""
    text = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:16]
