"""On-disk prediction cache and `predict`, the one way stages get probabilities from a backend.

Rows are keyed by (backend fingerprint, sha256 of the text). The fingerprint already covers
weights (hash or hub revision), labels, templates/prototypes, label maps and the target, so a
re-run that changes only scoring or reporting finds every row and never loads a model.
Storage is one SQLite file in WAL mode (several processes may share it; writers wait for each
other). New rows are committed every `commit_every` texts, each batch in one transaction, so an
interrupted run (Ctrl-C, a crash) keeps every finished batch and the next run resumes from there.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from pipeline import interrupt
from pipeline.models.base import Backend
from pipeline.models.runtime import CacheParams

log = logging.getLogger(__name__)

DB_NAME = "predictions.sqlite"


@dataclass
class PredictStats:
    """What one `predict` call cost; goes into report.json timing/provenance."""

    backend: str
    n_texts: int
    n_unique: int
    cache_hits: int
    cache_misses: int
    model_calls: int  # predict_proba calls on the backend: 0 when everything came from cache
    seconds: float
    cache_enabled: bool

    def as_dict(self) -> dict:
        return asdict(self)


def _text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class PredictionCache:
    def __init__(self, directory: str | Path):
        self.path = Path(directory) / DB_NAME
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(self.path, timeout=60)  # the busy timeout, in seconds
        try:
            self._conn.execute("PRAGMA journal_mode=WAL")
        except sqlite3.OperationalError:
            pass  # e.g. a network filesystem without shared memory: the default journal works
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS preds (fp TEXT, key TEXT, n INTEGER, probs BLOB, "
            "PRIMARY KEY (fp, key))"
        )

    def close(self) -> None:
        self._conn.close()

    def get(self, fingerprint: str, keys: Sequence[str], width: int) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        for start in range(0, len(keys), 500):  # stay under SQLite's parameter limit
            chunk = list(keys[start : start + 500])
            marks = ",".join("?" * len(chunk))
            rows = self._conn.execute(
                f"SELECT key, n, probs FROM preds WHERE fp = ? AND key IN ({marks})",
                [fingerprint, *chunk],
            )
            for key, n, blob in rows:
                if n == width:
                    found[key] = np.frombuffer(blob, dtype=np.float64)
        return found

    def put(self, fingerprint: str, rows: dict[str, np.ndarray]) -> None:
        with self._conn:  # one transaction: all rows or none
            self._conn.executemany(
                "INSERT OR REPLACE INTO preds VALUES (?, ?, ?, ?)",
                [
                    (fingerprint, key, len(p), np.asarray(p, np.float64).tobytes())
                    for key, p in rows.items()
                ],
            )


def _open_cache(params: CacheParams | None) -> PredictionCache | None:
    if params is None or not params.enabled:
        return None
    try:
        return PredictionCache(params.dir)
    except (OSError, sqlite3.Error) as exc:
        log.warning("prediction cache at %s unusable (%s); running without it", params.dir, exc)
        return None


def _put_or_drop(store: PredictionCache, fingerprint: str, rows: dict) -> PredictionCache | None:
    """Commit rows; on a write error warn once and go on without the cache."""
    try:
        store.put(fingerprint, rows)
        return store
    except sqlite3.Error as exc:
        log.warning("prediction cache write failed (%s); going on without it", exc)
        store.close()
        return None


def predict(
    backend: Backend, texts: Sequence[str], cache: CacheParams | None = None
) -> tuple[np.ndarray, PredictStats]:
    """Probabilities (len(texts), len(backend.labels)) with cached rows reused."""
    started = time.perf_counter()
    width = len(backend.labels)
    keys = [_text_key(t) for t in texts]
    unique = dict(zip(keys, texts, strict=True))  # duplicate statements are predicted once
    store = _open_cache(cache)
    fingerprint = backend.fingerprint()
    known: dict[str, np.ndarray] = {}
    if store is not None:
        try:
            known = store.get(fingerprint, list(unique), width)
        except sqlite3.Error as exc:
            log.warning("prediction cache read failed (%s); recomputing", exc)
    # Shortest first, so each committed batch pads little (backends also sort within a call).
    missing = sorted((k for k in unique if k not in known), key=lambda k: len(unique[k]))
    cache_used = store is not None
    step = cache.commit_every if cache_used else max(len(missing), 1)
    model_calls = 0
    try:
        for start in range(0, len(missing), step):
            batch = missing[start : start + step]
            probs = np.asarray(backend.predict_proba([unique[k] for k in batch]), np.float64)
            model_calls += 1
            fresh = dict(zip(batch, probs, strict=True))
            known.update(fresh)
            if store is not None:
                store = _put_or_drop(store, fingerprint, fresh)
            interrupt.raise_if_requested()  # after the commit, so the batch is kept
    finally:
        if store is not None:
            store.close()
    out = np.stack([known[k] for k in keys]) if keys else np.zeros((0, width))
    stats = PredictStats(
        backend=backend.describe().get("backend", type(backend).__name__),
        n_texts=len(texts),
        n_unique=len(unique),
        cache_hits=len(unique) - len(missing),
        cache_misses=len(missing),
        model_calls=model_calls,
        seconds=round(time.perf_counter() - started, 4),
        cache_enabled=cache_used,
    )
    log.info(
        "%s: %d texts, %d from cache, %d computed%s",
        stats.backend,
        stats.n_texts,
        stats.cache_hits,
        stats.cache_misses,
        "" if missing else " (no model work)",
    )
    return out, stats
