"""A lazily loaded sequence-classification model (shared by the NLI and classifier backends)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from pipeline.models.lazy import LazyTransformer
from pipeline.models.resolver import ResolvedModel
from pipeline.models.runtime import RuntimeParams


def read_id2label(resolved: ResolvedModel) -> dict[int, str]:
    """The model's id2label from config.json, without loading weights."""
    import json

    config = json.loads((resolved.path / "config.json").read_text())
    mapping = config.get("id2label") or {}
    return {int(k): str(v) for k, v in mapping.items()}


class SequenceModel(LazyTransformer):
    head = "sequence"

    def __init__(
        self,
        model: str,
        runtime: RuntimeParams,
        revision: str | None = None,
        max_length: int = 512,
    ):
        super().__init__(model, runtime, revision, max_length)
        self.id2label = read_id2label(self.resolved)

    def logits(self, texts: Sequence[str], pairs: Sequence[str] | None = None) -> np.ndarray:
        """(n, num_labels) raw logits; with `pairs`, inputs are (text, pair) and only the
        text is truncated (NLI premises can be long, hypotheses are short)."""
        if not texts:
            return np.zeros((0, len(self.id2label)), dtype=np.float32)
        return self._run(texts, pairs)
