"""A lazily loaded sequence-classification model (shared by the NLI and classifier backends)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from pipeline.models.fingerprint import model_fingerprint
from pipeline.models.inference import batched_forward, load_transformer, max_length_for
from pipeline.models.resolver import ResolvedModel, resolve_model
from pipeline.models.runtime import RuntimeParams

_MODEL_INPUTS = {"input_ids", "attention_mask", "token_type_ids"}


def read_id2label(resolved: ResolvedModel) -> dict[int, str]:
    """The model's id2label from config.json, without loading weights."""
    import json

    config = json.loads((resolved.path / "config.json").read_text())
    mapping = config.get("id2label") or {}
    return {int(k): str(v) for k, v in mapping.items()}


class SequenceModel:
    def __init__(
        self,
        model: str,
        runtime: RuntimeParams,
        revision: str | None = None,
        max_length: int = 512,
    ):
        self.runtime = runtime
        self.resolved = resolve_model(model, revision, runtime.allow_download)
        self.id2label = read_id2label(self.resolved)
        self.max_length = max_length
        self._loaded: tuple[Any, Any, Any] | None = None
        self._fingerprint: str | None = None

    def fingerprint(self) -> str:
        if self._fingerprint is None:
            self._fingerprint = f"{model_fingerprint(self.resolved)}|len{self.max_length}"
        return self._fingerprint

    def logits(self, texts: Sequence[str], pairs: Sequence[str] | None = None) -> np.ndarray:
        """(n, num_labels) raw logits; with `pairs`, inputs are (text, pair) and only the
        text is truncated (NLI premises can be long, hypotheses are short)."""
        if not texts:
            return np.zeros((0, len(self.id2label)), dtype=np.float32)
        if self._loaded is None:
            self._loaded = load_transformer(self.resolved, "sequence", self.runtime)
        tokenizer, model, device = self._loaded
        length = max_length_for(tokenizer, model, self.max_length)
        if pairs is None:
            encodings = tokenizer(list(texts), truncation=True, max_length=length)
        else:
            encodings = tokenizer(
                list(texts), list(pairs), truncation="only_first", max_length=length
            )
        encodings = {k: v for k, v in encodings.items() if k in _MODEL_INPUTS}

        def forward(batch: dict) -> Any:
            return model(**batch).logits

        return batched_forward(tokenizer, encodings, forward, self.runtime.batch_size, device)
