"""Sentence embeddings cached on disk (one npz per encoder fingerprint, git-ignored).

Training heads and benchmarking on tens of thousands of tweets would otherwise re-encode the
same texts on every run. Rows are keyed by sha256 of the text; new rows are appended and the
file is replaced atomically, so an interrupted run loses only its own new rows.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from pipeline.models.encoder import SentenceEncoder

log = logging.getLogger(__name__)
DEFAULT_DIR = Path(".cache/embeddings")


def _key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _cache_file(encoder: SentenceEncoder, directory: Path) -> Path:
    name = hashlib.sha256(encoder.fingerprint().encode()).hexdigest()[:16]
    return directory / f"{name}.npz"


def cached_embeddings(
    encoder: SentenceEncoder,
    texts: Sequence[str],
    directory: str | Path = DEFAULT_DIR,
    chunk: int = 2000,
) -> np.ndarray:
    """(n, dim) embeddings of `texts`; only texts not in the cache are encoded.

    New rows are saved every `chunk` texts, so a long encoding job resumes where it stopped."""
    path = _cache_file(encoder, Path(directory))
    keys, vectors = _load(path)
    index = {k: i for i, k in enumerate(keys)}
    wanted = [_key(t) for t in texts]
    missing = list(dict.fromkeys(k for k in wanted if k not in index))
    if missing:
        by_key = {k: t for k, t in zip(wanted, texts, strict=True)}
        log.info("encoding %d new texts (%d cached)", len(missing), len(index))
        for start in range(0, len(missing), chunk):
            batch = missing[start : start + chunk]
            keys, vectors = _save_merged(path, batch, encoder.encode([by_key[k] for k in batch]))
        index = {k: i for i, k in enumerate(keys)}
    return vectors[[index[k] for k in wanted]]


def _load(path: Path) -> tuple[list[str], np.ndarray]:
    if not path.is_file():
        return [], np.zeros((0, 0), dtype=np.float32)
    with np.load(path) as stored:
        return list(stored["keys"]), stored["vectors"]


def _save_merged(path: Path, new_keys: list[str], new: np.ndarray) -> tuple[list, np.ndarray]:
    """Re-read the file (another process may have added rows), add ours, replace it."""
    keys, vectors = _load(path)
    known = set(keys)
    fresh = [i for i, k in enumerate(new_keys) if k not in known]
    keys = keys + [new_keys[i] for i in fresh]
    vectors = new[fresh] if not len(vectors) else np.vstack([vectors, new[fresh]])
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp.npz")
    np.savez(tmp, keys=np.array(keys), vectors=vectors)
    tmp.replace(path)
    return keys, vectors
