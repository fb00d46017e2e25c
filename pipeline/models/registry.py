"""Backend names → params dataclasses (Hydra schemas) and the factory that builds backends."""

from __future__ import annotations

import dataclasses
from typing import Any

from pipeline.actors import StanceDescriptions
from pipeline.errors import UserError
from pipeline.models.base import Backend
from pipeline.models.classifier import ClassifierBackend, ClassifierParams
from pipeline.models.embedding import EmbeddingBackend, EmbeddingParams
from pipeline.models.ensemble import EnsembleBackend, EnsembleParams
from pipeline.models.nli import NLIBackend, NLIParams
from pipeline.models.runtime import RuntimeParams
from pipeline.models.vader import VaderBackend, VaderParams
from pipeline.types import SENTIMENT_LABELS, STANCE_LABELS

BACKEND_SCHEMAS: dict[str, type] = {
    "embedding": EmbeddingParams,
    "nli": NLIParams,
    "classifier": ClassifierParams,
    "vader": VaderParams,
    "ensemble": EnsembleParams,
}

TASK_LABELS: dict[str, tuple[str, ...]] = {"stance": STANCE_LABELS, "sentiment": SENTIMENT_LABELS}


def params_from_dict(values: dict[str, Any]) -> Any:
    """A params dataclass from a plain dict with a `backend` key (ensemble members)."""
    name = values.get("backend")
    if name not in BACKEND_SCHEMAS:
        raise UserError(f"unknown backend {name!r}; choose one of {sorted(BACKEND_SCHEMAS)}")
    schema = BACKEND_SCHEMAS[name]
    known = {f.name for f in dataclasses.fields(schema)}
    unknown = sorted(set(values) - known)
    if unknown:
        raise UserError(f"backend {name!r} has no field(s) {unknown}; it has {sorted(known)}")
    return schema(**values)


def build_backend(
    params: Any,
    task: str,
    target: str,
    runtime: RuntimeParams,
    study: StanceDescriptions | None = None,
) -> Backend:
    """Build the backend that `params` describes for `task` ("stance" or "sentiment").

    `study` is the study's stance descriptions (prototypes, NLI hypotheses, calibration); a
    backend's own descriptions win over them, and the generic ones fill in when neither is set.
    Cheap: weights are resolved and fingerprinted here, but loaded on first prediction,
    so a fully cached run never loads a model.
    """
    if task not in TASK_LABELS:
        raise UserError(f"unknown task {task!r}; use stance or sentiment")
    if isinstance(params, dict):
        params = params_from_dict(params)
    labels = TASK_LABELS[task]
    name = getattr(params, "backend", None)
    if isinstance(params, EmbeddingParams):
        return EmbeddingBackend(params, labels, target, runtime, task, study=study)
    if isinstance(params, NLIParams):
        if task == "stance" and study is not None and study.hypotheses and not params.templates:
            params = dataclasses.replace(params, templates=dict(study.hypotheses))
        return NLIBackend(params, labels, target, runtime, task)
    if isinstance(params, ClassifierParams):
        return ClassifierBackend(params, labels, runtime, task)
    if isinstance(params, VaderParams):
        return VaderBackend(params, labels)
    if isinstance(params, EnsembleParams):
        members = [
            build_backend(
                dict(m) if not dataclasses.is_dataclass(m) else m, task, target, runtime, study
            )
            for m in params.members
        ]
        return EnsembleBackend(members, params.weights, labels)
    raise UserError(f"unknown backend {name!r}; choose one of {sorted(BACKEND_SCHEMAS)}")
