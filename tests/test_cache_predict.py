"""predict() and the on-disk prediction cache."""

import numpy as np
import pytest

from pipeline.models.base import Backend
from pipeline.models.cache import DB_NAME, predict
from pipeline.models.runtime import CacheParams


class CountingBackend(Backend):
    """Deterministic probabilities from text length; counts what it is asked."""

    labels = ("favor", "against", "none")

    def __init__(self, tag: str = "v1", fail: bool = False):
        self.tag, self.fail, self.seen = tag, fail, []

    def fingerprint(self) -> str:
        return f"counting|{self.tag}"

    def predict_proba(self, texts):
        self.seen.append(list(texts))
        if self.fail:
            raise RuntimeError("model crashed")
        raw = np.array([[len(t), 1.0, 2.0] for t in texts], dtype=float)
        return raw / raw.sum(axis=1, keepdims=True)


TEXTS = ["China wants cooperation.", "The US disagrees.", "China wants cooperation.", "x"]


def test_second_run_does_no_model_work(tmp_path):
    params = CacheParams(dir=str(tmp_path / "c"))
    cold_backend = CountingBackend()
    cold, cold_stats = predict(cold_backend, TEXTS, params)
    assert [sorted(b) for b in cold_backend.seen] == [
        ["China wants cooperation.", "The US disagrees.", "x"]
    ]
    assert (cold_stats.cache_misses, cold_stats.cache_hits, cold_stats.model_calls) == (3, 0, 1)
    assert (tmp_path / "c" / DB_NAME).is_file()

    warm_backend = CountingBackend()
    warm, warm_stats = predict(warm_backend, TEXTS, params)
    assert warm_backend.seen == []
    assert (warm_stats.cache_hits, warm_stats.cache_misses, warm_stats.model_calls) == (3, 0, 0)
    np.testing.assert_array_equal(warm, cold)
    np.testing.assert_allclose(cold[0], cold[2])
    assert warm.shape == (4, 3)


def test_new_fingerprint_or_new_text_is_recomputed(tmp_path):
    params = CacheParams(dir=str(tmp_path))
    predict(CountingBackend("v1"), TEXTS, params)
    other = CountingBackend("v2")
    _, stats = predict(other, TEXTS, params)
    assert stats.cache_misses == 3 and other.seen
    again = CountingBackend("v1")
    _, stats = predict(again, [*TEXTS, "a new statement"], params)
    assert again.seen == [["a new statement"]] and stats.cache_hits == 3


def test_disabled_cache_always_runs_the_model(tmp_path):
    params = CacheParams(enabled=False, dir=str(tmp_path / "never"))
    backend = CountingBackend()
    predict(backend, TEXTS, params)
    _, stats = predict(backend, TEXTS, params)
    assert len(backend.seen) == 2 and not stats.cache_enabled
    assert not (tmp_path / "never").exists()


def test_failed_model_call_leaves_no_rows(tmp_path):
    params = CacheParams(dir=str(tmp_path))
    with pytest.raises(RuntimeError):
        predict(CountingBackend(fail=True), TEXTS, params)
    backend = CountingBackend()
    _, stats = predict(backend, TEXTS, params)
    assert stats.cache_hits == 0 and stats.cache_misses == 3


def test_empty_input(tmp_path):
    probs, stats = predict(CountingBackend(), [], CacheParams(dir=str(tmp_path)))
    assert probs.shape == (0, 3) and stats.model_calls == 0


def test_unusable_cache_dir_falls_back_to_computing(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    backend = CountingBackend()
    probs, stats = predict(backend, TEXTS, CacheParams(dir=str(blocker / "sub")))
    assert not stats.cache_enabled and probs.shape == (4, 3) and backend.seen


def test_predictions_are_committed_in_batches_and_kept_when_interrupted(tmp_path):
    params = CacheParams(dir=str(tmp_path), commit_every=2)
    texts = [f"statement number {i}" for i in range(7)]

    class InterruptedBackend(CountingBackend):
        def predict_proba(self, batch):
            if len(self.seen) == 2:  # Ctrl-C while the third batch is being computed
                raise KeyboardInterrupt
            return super().predict_proba(batch)

    with pytest.raises(KeyboardInterrupt):
        predict(InterruptedBackend(), texts, params)
    resumed = CountingBackend()
    probs, stats = predict(resumed, texts, params)
    assert (stats.cache_hits, stats.cache_misses) == (4, 3)
    assert [t for batch in resumed.seen for t in batch] == texts[4:]  # equal lengths: in order
    np.testing.assert_array_equal(probs, predict(CountingBackend(), texts, params)[0])


def test_several_processes_share_the_cache_file(tmp_path):
    import sqlite3

    predict(CountingBackend(), TEXTS, CacheParams(dir=str(tmp_path)))
    conn = sqlite3.connect(tmp_path / DB_NAME)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_a_ctrl_c_a_finaliser_deferred_stops_after_the_batch_it_came_in(tmp_path, monkeypatch):
    from pipeline import interrupt

    monkeypatch.setattr(interrupt, "_requested", False)
    params = CacheParams(dir=str(tmp_path), commit_every=2)
    texts = [f"statement number {i}" for i in range(7)]

    class DeferredBackend(CountingBackend):
        def predict_proba(self, batch):
            interrupt._requested = True  # as the handler records SIGINT inside a __del__
            return super().predict_proba(batch)

    backend = DeferredBackend()
    with pytest.raises(KeyboardInterrupt):
        predict(backend, texts, params)
    assert len(backend.seen) == 1
    monkeypatch.setattr(interrupt, "_requested", False)
    _, stats = predict(CountingBackend(), texts, params)
    assert (stats.cache_hits, stats.cache_misses) == (2, 5)  # the batch in flight was kept
