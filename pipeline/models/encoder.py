"""Sentence embeddings with transformers only: mean pooling over tokens + L2 norm.

This reproduces what sentence-transformers does for all-MiniLM-L6-v2 (modules: Transformer →
mean Pooling → Normalize) without depending on that package at run time.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from pipeline.models.lazy import LazyTransformer
from pipeline.models.runtime import RuntimeParams

DEFAULT_EMBEDDING_MODEL = "sentence-transformers/all-MiniLM-L6-v2"


def mean_pool(hidden: Any, mask: Any) -> Any:
    """Average the token vectors that are not padding, then L2-normalise."""
    import torch

    weights = mask.unsqueeze(-1).to(hidden.dtype)
    summed = (hidden * weights).sum(dim=1)
    pooled = summed / weights.sum(dim=1).clamp(min=1e-9)
    return torch.nn.functional.normalize(pooled.float(), p=2, dim=1)


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
            hidden_size = self._load()[1].config.hidden_size
            return np.zeros((0, hidden_size), dtype=np.float32)

        def forward(model: Any, batch: dict) -> Any:
            hidden = model(**batch).last_hidden_state
            return mean_pool(hidden, batch["attention_mask"])

        return self._run(forward, texts)
