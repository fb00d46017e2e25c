"""Structured-config schemas: Hydra validates every override against these dataclasses.

The stage modules define their own parameter dataclasses; this module only gathers them into
one schema, registers them with Hydra's ConfigStore, and turns a composed config into typed
parameters (`load_config`), where every value is checked before any work starts.
Nothing here imports torch.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from omegaconf import MISSING, DictConfig, OmegaConf, open_dict

from pipeline.actors import StudyParams
from pipeline.attribution import AttributionParams
from pipeline.chunking import ChunkerParams
from pipeline.errors import ParamError
from pipeline.models.runtime import CacheParams, RuntimeParams
from pipeline.report import ReportParams
from pipeline.resources import config_dir, register_resolvers
from pipeline.schema import TaskSpec
from pipeline.scoring import AggregateParams
from pipeline.stages import ShardParams, StageParams
from pipeline.tasks import TaskParams, default_tasks, task_table
from pipeline.validation.registry import ValidationParams
from pipeline.validation.sampling import SampleParams

CONFIG_DIR = config_dir()


class Task(Enum):
    run = "run"  # the full pipeline on articles
    evaluate = "evaluate"  # a task's configured model on a labelled file (data.task)
    attribution = "attribution"  # attribution against the gold annotation files
    aggregate = "aggregate"  # re-aggregate finished runs or merge a sweep's shards (no models)
    report = "report"  # re-render a finished run's report (no models)
    sample = "sample"  # a stratified sample of a run's statements for human coders
    actors = "actors"  # speakers in the articles that match no study actor (study-file help)


@dataclass
class PipelineConfig:
    task: Task = Task.run
    seed: int = 0
    # `data` choices have different schemas (article vs labelled data), each validated by its
    # own group entry below.
    data: Any = MISSING
    chunker: ChunkerParams = MISSING
    actors: StudyParams = MISSING
    attribution: AttributionParams = MISSING
    # The task table (configs/tasks/): task → labels and score. Each task's model is the
    # top-level node named after it (`stance: ...`, one schema per backend), which the root
    # schema does not list: `load_config` moves them into `models`.
    tasks: dict[str, TaskParams] = MISSING
    models: dict[str, Any] = field(default_factory=dict)
    aggregate: AggregateParams = MISSING
    report: ReportParams = MISSING
    runtime: RuntimeParams = field(default_factory=RuntimeParams)
    cache: CacheParams = field(default_factory=CacheParams)
    shard: ShardParams = field(default_factory=ShardParams)
    stages: StageParams = field(default_factory=StageParams)
    sample: SampleParams = MISSING
    validation: ValidationParams = field(default_factory=ValidationParams)

    def task_specs(self) -> dict[str, TaskSpec]:
        return {name: row.spec(name) for name, row in self.tasks.items()}


def register_configs() -> None:
    from hydra.core.config_store import ConfigStore

    from pipeline.articles import ArticleDataParams
    from pipeline.evaluate import LabeledDataParams
    from pipeline.models.registry import BACKEND_SCHEMAS
    from pipeline.validation.coded import CodedDataParams

    register_resolvers()
    store = ConfigStore.instance()
    # Not struct while composing, so that a task's model node (`framing:`) can sit at the top
    # level beside the schema's fields; Hydra makes it struct again before overrides apply, and
    # `load_config` refuses a top-level node that is neither a field nor a task.
    schema = OmegaConf.structured(PipelineConfig)
    OmegaConf.set_struct(schema, False)
    store.store(name="schema", node=schema)
    store.store(group="data", name="schema_article", node=ArticleDataParams)
    store.store(group="data", name="schema_labeled", node=LabeledDataParams)
    store.store(group="data", name="schema_coded", node=CodedDataParams)
    # The model groups (configs/stance, configs/sentiment); a further task reuses their choices
    # (`- /stance@framing: embedding`), so needs no group of its own.
    for backend, params in BACKEND_SCHEMAS.items():
        for group in default_tasks():
            store.store(group=group, name=f"schema_{backend}", node=params)


def load_config(cfg: DictConfig) -> PipelineConfig:
    """Typed parameters from a composed config. Raises ParamError (one line, naming the key)
    for a value out of range, a key added with `+` that no schema has, a `backend` field
    that disagrees with the chosen backend, a task without a model or a model without a task:
    nothing set on the command line is ignored."""
    tasks = task_table(OmegaConf.to_container(cfg.tasks) if "tasks" in cfg else {})
    cfg = cfg.copy()
    with open_dict(cfg):
        nodes = {name: cfg.pop(name) for name in tasks if name in cfg}
    _check_models(cfg, tasks, nodes)
    try:
        config = OmegaConf.to_object(cfg)
    except ParamError as exc:
        raise ParamError(f"{_failing_section(cfg)}.{exc}") from None
    _reject_unknown_keys(config, "")
    config.models = {name: _model_params(name, node) for name, node in nodes.items()}
    _check_data_choice(config)
    return config


def _check_models(cfg: DictConfig, tasks: dict, nodes: dict) -> None:
    if cfg.models:
        raise ParamError(
            "models is filled from each task's own node (stance=..., stance.KEY=...); "
            "set those instead"
        )
    missing = [name for name in tasks if name not in nodes]
    if missing:
        raise ParamError(
            f"tasks.{missing[0]} has no model: configure the top-level node {missing[0]!r}, "
            f"e.g. with `- /stance@{missing[0]}: embedding` in a defaults list "
            "(as configs/tasks/framing.yaml does)"
        )
    fields = {f.name for f in dataclasses.fields(PipelineConfig)}
    for key in cfg:
        value = cfg[key]
        if key not in fields and OmegaConf.is_dict(value) and "backend" in value:
            raise ParamError(
                f"{key} configures a model, but the task table has no task {key!r} (tasks: "
                f"{', '.join(tasks)}): add tasks.{key} or drop the model with ~{key}"
            )


def _model_params(name: str, node: Any) -> Any:
    from pipeline.models.registry import check_backend_params, params_from_dict

    if not OmegaConf.is_dict(node):
        raise ParamError(
            f"{name}={node!r}: the model of task {name!r} must be a backend config; choose one "
            f"with a defaults entry such as `- /stance@{name}: {node}` (configs/tasks/framing.yaml)"
        )
    if OmegaConf.get_type(node) is dict:  # written inline: `{backend: embedding, ...}`
        return params_from_dict(OmegaConf.to_container(node), name)
    try:
        params = OmegaConf.to_object(node)
    except ParamError as exc:
        raise ParamError(f"{name}.{exc}") from None
    _reject_unknown_keys(params, f"{name}.")
    return check_backend_params(params, name)


# The `data=` choices each task reads; the other tasks read finished runs, not `data=`.
_TASK_DATA = {
    Task.run: ("article",),
    Task.actors: ("article",),
    Task.attribution: ("article",),  # its data.gold
    Task.evaluate: ("labeled", "coded"),
}
_DATA_WHAT = {
    "article": "articles to analyse, the default",
    "labeled": "a labelled file",
    "coded": "a coding sample filled in by coders",
}


def _check_data_choice(config: PipelineConfig) -> None:
    from pipeline.articles import ArticleDataParams
    from pipeline.evaluate import LabeledDataParams
    from pipeline.validation.coded import CodedDataParams

    kinds = {ArticleDataParams: "article", LabeledDataParams: "labeled", CodedDataParams: "coded"}
    chosen = kinds[type(config.data)]
    task = config.task.value
    wanted = _TASK_DATA.get(config.task)
    if wanted is None and chosen != "article":
        raise ParamError(f"task={task} reads finished runs, not data=: drop data={chosen}")
    if wanted is not None and chosen not in wanted:
        needs = " or ".join(f"data={k} ({_DATA_WHAT[k]})" for k in wanted)
        raise ParamError(f"task={task} needs {needs}, not data={chosen}")


def _failing_section(cfg: DictConfig) -> str:
    """The top-level section whose parameters do not build (for the error message)."""
    for key in cfg:
        if not OmegaConf.is_config(cfg[key]):
            continue
        try:
            OmegaConf.to_object(cfg[key])
        except ParamError:
            return str(key)
    return "config"


def _reject_unknown_keys(value: Any, path: str) -> None:
    """OmegaConf keeps a `+key=...` that its schema lacks as a stray attribute: refuse it."""
    if dataclasses.is_dataclass(value):
        known = {f.name for f in dataclasses.fields(value)}
        stray = sorted(set(vars(value)) - known)
        if stray:
            raise ParamError(
                f"{path}{stray[0]} is not a parameter of {type(value).__name__} "
                f"(it has: {', '.join(sorted(known))})"
            )
        for name in known:
            _reject_unknown_keys(getattr(value, name), f"{path}{name}.")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _reject_unknown_keys(item, f"{path[:-1]}[{i}].")
