"""Sentence-embedding classifier: label prototypes (descriptions and/or exemplars) or a fitted head.

Prototype scoring: each label's prototype sentences are embedded, averaged and re-normalised
(a centroid); a statement's logits are cosine(statement, centroid) / temperature + label_bias,
and softmax turns them into probabilities. Cosines between MiniLM sentences live in a narrow
band, so the temperature (and the optional per-label bias) is what calibrates them.

Where descriptions and calibration come from, first match wins: this backend's own params
(`stance.prototypes`, `stance.temperature`, ...), then the study's `stance` block (its
prototypes with the calibration fitted for them), then the generic target-templated
descriptions with a temperature and no bias (pipeline/models/prompts.py). A calibration
recorded as fitted for another target is used, but logged and listed under `warnings` in the
backend's description, which report.json and metrics.json carry.

Head scoring (`head=DIR` or a packaged head name): a linear head over features of the
statement and the target (pipeline/models/head.py, pipeline/models/features.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from pipeline.actors import FittedOn, StanceDescriptions
from pipeline.errors import UserError
from pipeline.models.base import Backend
from pipeline.models.calibration import foreign_target_warning
from pipeline.models.encoder import DEFAULT_EMBEDDING_MODEL, SentenceEncoder
from pipeline.models.features import HeadInputs
from pipeline.models.fingerprint import config_hash
from pipeline.models.head import LinearHead, load_head, softmax
from pipeline.models.labeled import read_labeled
from pipeline.models.prompts import EMBEDDING_CALIBRATION, EMBEDDING_PROTOTYPES, fill_target
from pipeline.models.rowwise import row_dot
from pipeline.models.runtime import RuntimeParams
from pipeline.param_checks import require


@dataclass
class EmbeddingParams:
    backend: str = "embedding"
    model: str = DEFAULT_EMBEDDING_MODEL
    revision: str | None = None
    # label -> prototype sentences with a {target} placeholder; empty = the study's, else the
    # generic ones.
    prototypes: dict[str, list[str]] = field(default_factory=dict)
    # Optional labelled file (CSV/JSONL with text,label) whose statements join the prototypes.
    exemplars: str | None = None
    # Only exemplar rows of this `split` (e.g. "dev"; None = all rows).
    exemplars_split: str | None = None
    # Folder written by `python -m pipeline.models.train_head`, or the name of a head shipped in
    # pipeline/models/heads; replaces prototype scoring.
    head: str | None = None
    # None / empty = the study's calibration for its prototypes, else the generic temperature.
    temperature: float | None = None
    label_bias: dict[str, float] = field(default_factory=dict)
    max_length: int = 256

    def __post_init__(self) -> None:
        t = self.temperature
        require(t is None or t > 0, "temperature", t, "must be > 0 (or null: the default)")
        require(self.max_length >= 1, "max_length", self.max_length, "must be >= 1")


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
        study: StanceDescriptions | None = None,
    ):
        self.params = params
        self.labels = labels
        self.target = target
        self.warnings: list[str] = []
        # An encoder may be shared (benchmarks score many prototype variants on one model).
        self.encoder = encoder or SentenceEncoder(
            params.model, runtime, params.revision, params.max_length
        )
        study = study if task == "stance" else None
        study_protos = study.prototypes if study is not None else {}
        # A study's calibration belongs to its prototypes, not to prototypes given here.
        calibration = study.calibration if study and not params.prototypes else None
        descriptions = params.prototypes or study_protos or EMBEDDING_PROTOTYPES.get(task)
        if descriptions is None:
            raise UserError(
                f"{task}.prototypes: no generic label descriptions for task {task!r}; give "
                f"{task}.prototypes={{LABEL: [sentences]}} for the labels {list(labels)}"
            )
        generic = EMBEDDING_CALIBRATION.get(task, {})
        if not generic and calibration is None and params.temperature is None:
            raise UserError(
                f"{task}.temperature: no generic calibration for task {task!r}; set it "
                "(cosines of MiniLM sentences need a temperature of about 0.03-0.1)"
            )
        self.fitted_on: FittedOn | None = None
        if calibration is not None:
            self.calibration_source = "study"
            self.fitted_on = calibration.fitted_on
        elif params.temperature is not None or params.label_bias:
            self.calibration_source = "backend params"
        else:
            self.calibration_source = "generic"
        base_t = calibration.temperature if calibration else generic.get("temperature")
        self.temperature = base_t if params.temperature is None else params.temperature
        if self.temperature <= 0:
            raise UserError(f"embedding temperature must be > 0, got {self.temperature}")
        if params.label_bias:
            base_bias = params.label_bias
        elif calibration is not None:
            base_bias = calibration.label_bias
        else:
            base_bias = {} if (params.prototypes or study_protos) else generic.get("label_bias", {})
        self.label_bias = dict(base_bias)
        self.descriptions_source = (
            "backend params" if params.prototypes else "study" if study_protos else "generic"
        )
        self.prototypes = fill_target(descriptions, target)
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
        self.head: LinearHead | None = None
        if params.head:
            self.head = load_head(params.head, labels, self.encoder.weights_fingerprint())
            recorded = self.head.metadata.get("calibration", {}).get("fitted_on", {})
            known = FittedOn.__dataclass_fields__
            self.fitted_on = FittedOn(**{k: str(v) for k, v in recorded.items() if k in known})
            self.calibration_source = "head"
        if self.fitted_on is not None:
            warning = foreign_target_warning(self.fitted_on, target)
            if warning:
                self.warnings.append(warning)
        self._centroids: np.ndarray | None = None
        self._head_context: tuple[np.ndarray, np.ndarray] | None = None

    def fingerprint(self) -> str:
        if self.head is not None:
            scoring = {"head": self.head.fingerprint, "target": self.target}
        else:
            scoring = {
                "prototypes": self.prototypes,
                "temperature": self.temperature,
                "bias": self.label_bias,
            }
        # row_dot: rows scored one by one in float64 (rows cached before it differ slightly).
        payload = {"labels": self.labels, **scoring, "scoring": "row_dot"}
        return f"embedding|{self.encoder.fingerprint()}|{config_hash(payload)}"

    def describe(self) -> dict:
        info = {
            "backend": "embedding",
            **self.encoder.describe(),
            "fingerprint": self.fingerprint(),
            "calibration": self.calibration_description(),
        }
        if self.head is not None:
            info["head"] = self.params.head
            info["head_trained_on"] = self.head.metadata.get("training", {})
        else:
            info["descriptions"] = self.descriptions_source
        if self.params.exemplars:
            info["exemplars"] = self.params.exemplars
        if self.warnings:
            info["warnings"] = list(self.warnings)
        return info

    def calibration_description(self) -> dict:
        if self.head is not None:
            record = dict(self.head.metadata.get("calibration", {}))
            return {"source": "head", "temperature": self.head.temperature, **record}
        out = {
            "source": self.calibration_source,
            "temperature": self.temperature,
            "label_bias": self.label_bias,
        }
        if self.fitted_on is not None:
            out["fitted_on"] = vars(self.fitted_on)
        return out

    def centroids(self) -> np.ndarray:
        if self._centroids is None:
            rows = []
            for label in self.labels:
                vectors = self.encoder.encode(self.prototypes[label])
                centroid = vectors.mean(axis=0)
                rows.append(centroid / np.linalg.norm(centroid))
            self._centroids = np.stack(rows)
        return self._centroids

    def head_inputs(self, texts: Sequence[str], embeddings: np.ndarray) -> HeadInputs:
        """The statement rows plus the target and the head's descriptions, both embedded once."""
        assert self.head is not None
        if self._head_context is None:
            filled = fill_target(self.head.templates, self.target)
            sentences = [t for label in self.head.labels for t in filled.get(label, [])]
            vectors = self.encoder.encode([self.target, *sentences])
            self._head_context = (vectors[0], vectors[1:])
        target, descriptions = self._head_context
        return HeadInputs(texts, embeddings, target, descriptions)

    def scores_from_embeddings(self, embeddings: np.ndarray, texts: Sequence[str]) -> np.ndarray:
        if self.head is not None:
            return self.head.predict_proba(self.head_inputs(texts, embeddings), self.labels)
        bias = np.array([self.label_bias.get(lab, 0.0) for lab in self.labels])
        logits = row_dot(embeddings, self.centroids()) / self.temperature + bias
        return softmax(logits)

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, len(self.labels)))
        return self.scores_from_embeddings(self.encoder.encode(texts), texts)
