"""Supervised sequence classifiers (any Hugging Face model) with a label mapping.

The model's id2label names are matched to our labels case-insensitively, through `label_map`
when given (model label -> our label; several model labels may map to one of ours and their
probabilities add up). Labels of ours that the model lacks get probability 0 (e.g. SST-2
models have no "neutral").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from pipeline.errors import UserError
from pipeline.models.base import Backend
from pipeline.models.embedding import softmax
from pipeline.models.fingerprint import config_hash
from pipeline.models.runtime import RuntimeParams
from pipeline.models.sequence import SequenceModel
from pipeline.param_checks import require

DEFAULT_CLASSIFIERS = {
    "stance": "cardiffnlp/twitter-roberta-base-stance-climate",
    "sentiment": "cardiffnlp/twitter-roberta-base-sentiment-latest",
}


@dataclass
class ClassifierParams:
    backend: str = "classifier"
    model: str = ""  # empty = the task's default (DEFAULT_CLASSIFIERS)
    revision: str | None = None
    # model label (any case) -> our label; empty = match names to our labels directly.
    label_map: dict[str, str] = field(default_factory=dict)
    max_length: int = 512

    def __post_init__(self) -> None:
        require(self.max_length >= 1, "max_length", self.max_length, "must be >= 1")


def label_columns(
    id2label: dict[int, str], label_map: dict[str, str], labels: tuple[str, ...], model: str
) -> list[int]:
    """For each model output index, the column of our label it feeds."""
    if not id2label:
        raise UserError(f"model {model!r} has no id2label in its config.json")
    lowered = {k.lower(): v.lower() for k, v in label_map.items()}
    bad = sorted(set(lowered.values()) - set(labels))
    if bad:
        raise UserError(f"label_map maps to {bad}, which are not labels {list(labels)}")
    columns, unmapped = [], []
    for index in sorted(id2label):
        name = id2label[index].lower()
        ours = lowered.get(name, name if name in labels else None)
        if ours is None:
            unmapped.append(id2label[index])
        else:
            columns.append(labels.index(ours))
    if unmapped:
        raise UserError(
            f"model {model!r} labels {unmapped} have no match in {list(labels)}; "
            "set label_map (e.g. label_map={LABEL_0: negative})"
        )
    return columns


class ClassifierBackend(Backend):
    def __init__(
        self, params: ClassifierParams, labels: tuple[str, ...], runtime: RuntimeParams, task: str
    ):
        self.params = params
        self.labels = labels
        model = params.model or DEFAULT_CLASSIFIERS.get(task)
        if not model:
            raise UserError(f"{task}.model: no default classifier for task {task!r}; name one")
        self.model = SequenceModel(model, runtime, params.revision, params.max_length)
        self.columns = label_columns(
            self.model.id2label, params.label_map, labels, self.model.resolved.model_id
        )

    def fingerprint(self) -> str:
        payload = {"labels": self.labels, "columns": self.columns}
        return f"classifier|{self.model.fingerprint()}|{config_hash(payload)}"

    def describe(self) -> dict:
        return {
            "backend": "classifier",
            **self.model.describe(),
            "fingerprint": self.fingerprint(),
        }

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        model_probs = softmax(self.model.logits(texts).astype(np.float64))
        out = np.zeros((len(texts), len(self.labels)))
        for index, column in enumerate(self.columns):
            out[:, column] += model_probs[:, index]
        return out
