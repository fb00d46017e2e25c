"""Backend names → params dataclasses (Hydra schemas) and the factory that builds backends."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from pipeline.actors import StanceDescriptions
from pipeline.errors import ParamError, UserError
from pipeline.models.base import Backend
from pipeline.models.classifier import ClassifierBackend, ClassifierParams
from pipeline.models.embedding import EmbeddingBackend, EmbeddingParams
from pipeline.models.ensemble import EnsembleBackend, EnsembleParams
from pipeline.models.nli import NLIBackend, NLIParams
from pipeline.models.runtime import RuntimeParams
from pipeline.models.vader import VaderBackend, VaderParams
from pipeline.schema import TaskSpec
from pipeline.tasks import resolve_task

BACKEND_SCHEMAS: dict[str, type] = {
    "embedding": EmbeddingParams,
    "nli": NLIParams,
    "classifier": ClassifierParams,
    "vader": VaderParams,
    "ensemble": EnsembleParams,
}


def backend_name(params: Any) -> str | None:
    """The backend a params dataclass describes (by its schema, not its `backend` field)."""
    return next((name for name, s in BACKEND_SCHEMAS.items() if type(params) is s), None)


def params_from_dict(values: Any, where: str = "member") -> Any:
    """A checked params dataclass from a mapping with a `backend` key (ensemble members):
    unknown keys, wrong types and closed choices fail here as they do at composition."""
    from omegaconf import OmegaConf
    from omegaconf.errors import OmegaConfBaseException

    name = values.get("backend")
    if name not in BACKEND_SCHEMAS:
        raise ParamError(
            f"{where}.backend={name!r}: choose one of {', '.join(sorted(BACKEND_SCHEMAS))}"
        )
    try:
        params = OmegaConf.to_object(
            OmegaConf.merge(OmegaConf.structured(BACKEND_SCHEMAS[name]), values)
        )
    except OmegaConfBaseException as exc:
        raise ParamError(f"{where}: {str(exc).splitlines()[0]}") from None
    except ParamError as exc:
        raise ParamError(f"{where}.{exc}") from None
    return check_backend_params(params, where)


def check_backend_params(params: Any, where: str) -> Any:
    """Reject a `backend` field that names another backend (`stance.backend=nli` cannot switch
    the schema; the group choice `stance=nli` does) and type every ensemble member."""
    name = backend_name(params)
    if name is not None and params.backend != name:
        raise ParamError(
            f"{where}.backend={params.backend!r} does not switch backends (this is the {name!r} "
            f"schema): choose the backend with {where}={params.backend} or one of its presets"
        )
    if isinstance(params, EnsembleParams):
        params.members = [
            m if dataclasses.is_dataclass(m) else params_from_dict(m, f"{where}.members[{i}]")
            for i, m in enumerate(params.members)
        ]
    return params


def build_backend(
    params: Any,
    task: TaskSpec | str,
    target: str,
    runtime: RuntimeParams,
    study: StanceDescriptions | None = None,
) -> Backend:
    """Build the backend that `params` describes for `task` (a row of the task table, or the
    name of a task of the default table).

    `study` is the study's stance descriptions (prototypes, NLI hypotheses, calibration); a
    backend's own descriptions win over them, and the generic ones fill in when neither is set.
    Cheap: weights are resolved and fingerprinted here, but loaded on first prediction,
    so a fully cached run never loads a model.
    """
    spec = resolve_task(task)
    task = spec.name
    if isinstance(params, Mapping):
        params = params_from_dict(params, task)
    else:
        params = check_backend_params(params, task)
    labels = spec.labels
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
        members = [build_backend(m, spec, target, runtime, study) for m in params.members]
        return EnsembleBackend(members, params.weights, labels)
    raise UserError(f"unknown backend {name!r}; choose one of {sorted(BACKEND_SCHEMAS)}")
