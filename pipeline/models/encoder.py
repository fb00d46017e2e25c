"""Sentence embeddings with transformers only: mean pooling over tokens + L2 norm.

This reproduces what sentence-transformers does for all-MiniLM-L6-v2 (modules: Transformer →
mean Pooling → Normalize) without depending on that package at run time.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from pipeline.models.fingerprint import model_fingerprint
from pipeline.models.inference import batched_forward, load_transformer, max_length_for
from pipeline.models.resolver import ResolvedModel, resolve_model
from pipeline.models.runtime import RuntimeParams

DEFAULT_EMBEDDING_MODEL = "sentence-transformers/all-MiniLM-L6-v2"


def mean_pool(hidden: Any, mask: Any) -> Any:
    """Average the token vectors that are not padding, then L2-normalise."""
    import torch

    weights = mask.unsqueeze(-1).to(hidden.dtype)
    summed = (hidden * weights).sum(dim=1)
    pooled = summed / weights.sum(dim=1).clamp(min=1e-9)
    return torch.nn.functional.normalize(pooled.float(), p=2, dim=1)


class SentenceEncoder:
    """Loads the model on first use, so building one (and fingerprinting it) costs no torch."""

    def __init__(
        self,
        model: str = DEFAULT_EMBEDDING_MODEL,
        runtime: RuntimeParams | None = None,
        revision: str | None = None,
        max_length: int = 256,
    ):
        self.runtime = runtime or RuntimeParams()
        self.resolved: ResolvedModel = resolve_model(model, revision, self.runtime.allow_download)
        self.max_length = max_length
        self._loaded: tuple[Any, Any, Any] | None = None
        self._fingerprint: str | None = None

    def fingerprint(self) -> str:
        if self._fingerprint is None:
            self._fingerprint = f"{model_fingerprint(self.resolved)}|len{self.max_length}|mean-l2"
        return self._fingerprint

    @property
    def loaded(self) -> bool:
        return self._loaded is not None

    def _load(self) -> tuple[Any, Any, Any]:
        if self._loaded is None:
            self._loaded = load_transformer(self.resolved, "base", self.runtime)
        return self._loaded

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """(n, dim) float32 unit vectors, in the order of `texts`."""
        tokenizer, model, device = self._load()
        if not texts:
            return np.zeros((0, model.config.hidden_size), dtype=np.float32)
        length = max_length_for(tokenizer, model, self.max_length)
        encodings = tokenizer(list(texts), truncation=True, max_length=length)

        def forward(batch: dict) -> Any:
            hidden = model(**batch).last_hidden_state
            return mean_pool(hidden, batch["attention_mask"])

        encodings = {k: v for k, v in encodings.items() if k in _MODEL_INPUTS}
        return batched_forward(tokenizer, encodings, forward, self.runtime.batch_size, device)


_MODEL_INPUTS = {"input_ids", "attention_mask", "token_type_ids"}
