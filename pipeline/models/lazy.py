"""A resolved transformer whose weights load on first use (shared by every transformer backend).

Resolving and fingerprinting need no torch, so a fully cached run never loads a model.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from pipeline.models.fingerprint import model_fingerprint
from pipeline.models.inference import batched_forward, load_transformer, max_length_for
from pipeline.models.resolver import ResolvedModel, resolve_model
from pipeline.models.runtime import RuntimeParams

_MODEL_INPUTS = {"input_ids", "attention_mask", "token_type_ids"}


class LazyTransformer:
    head = "base"  # which Auto* class load_transformer builds: "base" or "sequence"
    fingerprint_suffix = ""  # how outputs are derived from the model, when that varies

    def __init__(
        self, model: str, runtime: RuntimeParams, revision: str | None, max_length: int
    ) -> None:
        self.runtime = runtime
        self.resolved: ResolvedModel = resolve_model(model, revision, runtime.allow_download)
        self.max_length = max_length
        self._loaded: tuple[Any, Any, Any] | None = None
        self._fingerprint: str | None = None

    def fingerprint(self) -> str:
        if self._fingerprint is None:
            self._fingerprint = (
                f"{model_fingerprint(self.resolved)}|len{self.max_length}{self.fingerprint_suffix}"
            )
        return self._fingerprint

    @property
    def loaded(self) -> bool:
        return self._loaded is not None

    def _load(self) -> tuple[Any, Any, Any]:
        if self._loaded is None:
            self._loaded = load_transformer(self.resolved, self.head, self.runtime)
        return self._loaded

    def _run(
        self,
        forward: Callable[[Any, dict], Any],
        texts: Sequence[str],
        pairs: Sequence[str] | None = None,
    ) -> np.ndarray:
        """Tokenise (pairs truncate only the first text) and run `forward(model, batch)` in
        length-sorted, dynamically padded batches; rows come back in the order of `texts`."""
        tokenizer, model, device = self._load()
        length = max_length_for(tokenizer, model, self.max_length)
        if pairs is None:
            encodings = tokenizer(list(texts), truncation=True, max_length=length)
        else:
            encodings = tokenizer(
                list(texts), list(pairs), truncation="only_first", max_length=length
            )
        encodings = {k: v for k, v in encodings.items() if k in _MODEL_INPUTS}
        return batched_forward(
            tokenizer,
            encodings,
            lambda batch: forward(model, batch),
            self.runtime.batch_size,
            device,
        )
