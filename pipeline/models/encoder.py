"""Sentence embeddings: mean pooling over tokens + L2 norm, on either engine.

This reproduces what sentence-transformers does for all-MiniLM-L6-v2 (modules: Transformer →
mean Pooling → Normalize) without depending on that package at run time.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from pipeline.models.lazy import LazyTransformer
from pipeline.models.runtime import RuntimeParams

DEFAULT_EMBEDDING_MODEL = "sentence-transformers/all-MiniLM-L6-v2"


def mean_pool(hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Average the token vectors that are not padding, then L2-normalise."""
    weights = mask[..., None].astype(np.float32)
    pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
    norms = np.linalg.norm(pooled, axis=1, keepdims=True)
    return pooled / np.maximum(norms, 1e-12)


class SentenceEncoder(LazyTransformer):
    fingerprint_suffix = "|mean-l2"

    def __init__(
        self,
        model: str = DEFAULT_EMBEDDING_MODEL,
        runtime: RuntimeParams | None = None,
        revision: str | None = None,
        max_length: int = 256,
    ):
        super().__init__(model, runtime or RuntimeParams(), revision, max_length)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """(n, dim) float32 unit vectors, in the order of `texts`."""
        if not texts:
            return np.zeros((0, self.engine().width), dtype=np.float32)
        return self._run(texts, reduce=mean_pool)
