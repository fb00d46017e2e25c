"""Sentence-embedding classifier: label prototypes (descriptions and/or exemplars) or a fitted head.

Prototype scoring: each label's prototype sentences are embedded, averaged and re-normalised
(a centroid); a statement's logits are cosine(statement, centroid) / temperature + label_bias,
and softmax turns them into probabilities. Cosines between MiniLM sentences live in a narrow
band, so the temperature (and the optional per-label bias) is what calibrates them: the
defaults were fitted by minimising log-loss on the dev split of data/labeled
(benchmarks/offline_accuracy.py), never on the test split.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from pipeline.errors import UserError
from pipeline.models.base import Backend
from pipeline.models.encoder import DEFAULT_EMBEDDING_MODEL, SentenceEncoder
from pipeline.models.fingerprint import config_hash
from pipeline.models.head import FittedHead, load_head
from pipeline.models.labeled import read_labeled
from pipeline.models.prompts import EMBEDDING_CALIBRATION, EMBEDDING_PROTOTYPES, fill_target
from pipeline.models.runtime import RuntimeParams
from pipeline.param_checks import require


@dataclass
class EmbeddingParams:
    backend: str = "embedding"
    model: str = DEFAULT_EMBEDDING_MODEL
    revision: str | None = None
    # label -> prototype sentences with a {target} placeholder; empty = the task's defaults.
    prototypes: dict[str, list[str]] = field(default_factory=dict)
    # Optional labelled file (CSV/JSONL with text,label) whose statements join the prototypes.
    exemplars: str | None = None
    # Only exemplar rows of this `split` (e.g. "dev"; None = all rows).
    exemplars_split: str | None = None
    # Folder written by `python -m pipeline.models.train_head`; replaces prototype scoring.
    head: str | None = None
    # None / empty = the calibration fitted for the task's default prototypes.
    temperature: float | None = None
    label_bias: dict[str, float] = field(default_factory=dict)
    max_length: int = 256

    def __post_init__(self) -> None:
        t = self.temperature
        require(t is None or t > 0, "temperature", t, "must be > 0 (or null: the default)")
        require(self.max_length >= 1, "max_length", self.max_length, "must be >= 1")


def softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=1, keepdims=True)


def check_label_keys(mapping: dict, labels: tuple[str, ...], what: str) -> None:
    if set(mapping) != set(labels):
        raise UserError(
            f"{what} must have exactly the labels {list(labels)}, got {sorted(mapping)}"
        )


class EmbeddingBackend(Backend):
    def __init__(
        self,
        params: EmbeddingParams,
        labels: tuple[str, ...],
        target: str,
        runtime: RuntimeParams,
        task: str,
        encoder: SentenceEncoder | None = None,
    ):
        calibration = EMBEDDING_CALIBRATION[task]
        self.temperature = (
            calibration["temperature"] if params.temperature is None else params.temperature
        )
        if self.temperature <= 0:
            raise UserError(f"embedding temperature must be > 0, got {self.temperature}")
        default_bias = {} if params.prototypes else calibration["label_bias"]
        self.label_bias = dict(params.label_bias or default_bias)
        self.params = params
        self.labels = labels
        # An encoder may be shared (benchmarks score many prototype variants on one model).
        self.encoder = encoder or SentenceEncoder(
            params.model, runtime, params.revision, params.max_length
        )
        self.prototypes = fill_target(params.prototypes or EMBEDDING_PROTOTYPES[task], target)
        check_label_keys(self.prototypes, labels, f"{task} prototypes")
        unknown_bias = set(self.label_bias) - set(labels)
        if unknown_bias:
            raise UserError(f"label_bias has unknown labels {sorted(unknown_bias)}")
        if params.exemplars:
            for text, label in zip(
                *read_labeled(params.exemplars, split=params.exemplars_split), strict=True
            ):
                if label not in labels:
                    raise UserError(f"exemplar label {label!r} is not one of {list(labels)}")
                self.prototypes[label] = [*self.prototypes[label], text]
        self.head: FittedHead | None = None
        if params.head:
            self.head = load_head(params.head, labels, self.encoder.weights_fingerprint())
        self._centroids: np.ndarray | None = None

    def fingerprint(self) -> str:
        if self.head is not None:
            scoring = {"head": self.head.fingerprint}
        else:
            scoring = {
                "prototypes": self.prototypes,
                "temperature": self.temperature,
                "bias": self.label_bias,
            }
        payload = {"labels": self.labels, **scoring}
        return f"embedding|{self.encoder.fingerprint()}|{config_hash(payload)}"

    def describe(self) -> dict:
        info = {
            "backend": "embedding",
            **self.encoder.describe(),
            "fingerprint": self.fingerprint(),
        }
        if self.head is not None:
            info["head"] = str(Path(self.params.head).resolve())
        if self.params.exemplars:
            info["exemplars"] = self.params.exemplars
        return info

    def centroids(self) -> np.ndarray:
        if self._centroids is None:
            rows = []
            for label in self.labels:
                vectors = self.encoder.encode(self.prototypes[label])
                centroid = vectors.mean(axis=0)
                rows.append(centroid / np.linalg.norm(centroid))
            self._centroids = np.stack(rows)
        return self._centroids

    def scores_from_embeddings(self, embeddings: np.ndarray) -> np.ndarray:
        if self.head is not None:
            return self.head.predict_proba(embeddings, self.labels)
        bias = np.array([self.label_bias.get(lab, 0.0) for lab in self.labels])
        logits = embeddings @ self.centroids().T / self.temperature + bias
        return softmax(logits)

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, len(self.labels)))
        return self.scores_from_embeddings(self.encoder.encode(texts))
