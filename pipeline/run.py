"""The tasks behind `python -m pipeline`: typed parameters in, run-directory files out.

`task=run` chains the stages annotate → predict → aggregate → report in the run directory;
`task=aggregate` runs aggregate → report over finished runs or a sweep of shards, and
`task=report` re-renders a finished aggregate with the current report settings. Neither of the
last two imports torch or loads a model.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import sys
import time
from contextlib import contextmanager
from pathlib import Path

from pipeline.actors import build_actor_set
from pipeline.articles import require_path
from pipeline.atomic import atomic_write_json
from pipeline.config import PipelineConfig
from pipeline.errors import UserError
from pipeline.figures import import_in_background
from pipeline.provenance import git_state, input_hashes, package_versions
from pipeline.schema import AGGREGATE_DIR, SCHEMA_VERSION
from pipeline.stages import annotate, fingerprint, predict_stage
from pipeline.validation.registry import find_records

log = logging.getLogger(__name__)
PROJECT_ROOT = Path(__file__).resolve().parent.parent
AGGREGATES = "aggregates.json"


class StageTimer:
    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    @contextmanager
    def stage(self, name: str):
        start = time.perf_counter()
        yield
        self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - start


def run_pipeline(config: PipelineConfig, run_dir: Path, context: dict) -> dict:
    """annotate → predict → aggregate → report, all in `run_dir` (resumable)."""
    from pipeline.models.registry import build_backend

    timer = StageTimer()
    study = build_actor_set(config.actors)
    hierarchy = {a.name: a.group for a in config.actors.actors}
    inputs = input_hashes(require_path(config.data))
    tasks = config.task_specs()
    # Built before any work (cheap: weights load on first prediction), so a model that cannot
    # be had or labels a backend cannot give stop the run at start.
    backends = {
        name: build_backend(
            config.models[name], task, study.target, config.runtime, study=config.actors.stance
        )
        for name, task in tasks.items()
    }
    if config.report.figures:
        import_in_background()  # matplotlib, while annotate and predict run
    with timer.stage("annotate"):
        annotated = annotate(config, run_dir, study, hierarchy, inputs)
    log.info("%d articles, %d statements", annotated["n_articles"], annotated["n_statements"])
    with timer.stage("predict"):
        cache_stats = predict_stage(config, run_dir, annotated, tasks, backends)
    provenance = {
        **run_provenance(config, {n: b.describe() for n, b in backends.items()}, context, inputs),
        "prediction_cache": cache_stats,
    }
    return _aggregate_and_report(config, run_dir, [run_dir], provenance, timer)


def run_aggregate(config: PipelineConfig, run_dir: Path, context: dict) -> dict:
    """Finished runs, or the shards of a sweep, → one merged aggregate and report."""
    sources = _runs_named(config)
    timer = StageTimer()
    provenance = run_provenance(config, {}, context, inputs=[])
    return _aggregate_and_report(config, run_dir, sources, provenance, timer)


def run_report(config: PipelineConfig, run_dir: Path, context: dict) -> dict:
    """A finished aggregate (`aggregate.runs=[DIR]`) rendered again with the report settings."""
    from pipeline.report import write_report
    from pipeline.tables import open_runs

    (source,) = _runs_named(config, exactly_one=True)
    stored = source / AGGREGATE_DIR / AGGREGATES
    if not stored.is_file():
        raise UserError(f"{source}: no finished aggregate ({AGGREGATE_DIR}/{AGGREGATES})")
    aggregates = json.loads(stored.read_text(encoding="utf-8"))
    previous = json.loads((source / "report.json").read_text(encoding="utf-8"))
    tables = open_runs([Path(p) for p in aggregates["runs"]])
    report = write_report(
        run_dir, tables, aggregates, config.report,
        provenance=previous["provenance"] | {"rendered_from": str(source)},
        metrics=previous.get("metrics"),
        timing=previous.get("timing", {}),
    )  # fmt: skip
    _announce(report, run_dir)
    return report


def _runs_named(config: PipelineConfig, exactly_one: bool = False) -> list[Path]:
    runs = [Path(p) for p in config.aggregate.runs]
    if not runs:
        raise UserError(f"task={config.task.value} needs aggregate.runs=[RUN_OR_SWEEP_DIR,...]")
    if exactly_one and len(runs) != 1:
        raise UserError("task=report renders one finished run: aggregate.runs=[DIR]")
    return runs


def _aggregate_and_report(
    config: PipelineConfig, run_dir: Path, sources: list[Path], provenance: dict, timer
) -> dict:
    from pipeline.aggregation import aggregate_runs
    from pipeline.report import write_report
    from pipeline.tables import open_runs

    tables = open_runs(sources)
    provenance["models"] = provenance["models"] or tables.models
    if not provenance["inputs"]:  # task=aggregate: the inputs the shards read (all the same)
        provenance["inputs"] = tables.annotated[0]["inputs"]
    params = {k: v for k, v in dataclasses.asdict(config.aggregate).items() if k != "runs"}
    fp = fingerprint({
        "runs": [str(p.resolve()) for p in tables.run_dirs],
        "tables": [m["fingerprint"] for m in tables.annotated],
        "models": {k: m.get("fingerprint") for k, m in tables.models.items()},
        "aggregate": params,
        "seed": config.seed,
        "schema": SCHEMA_VERSION,
    })  # fmt: skip
    stored = run_dir / AGGREGATE_DIR / AGGREGATES
    with timer.stage("aggregate"):
        previous = json.loads(stored.read_text(encoding="utf-8")) if stored.is_file() else {}
        if previous.get("fingerprint") == fp:
            log.info("aggregate: done before for these tables and settings, skipped")
            aggregates = previous
        else:
            aggregates = aggregate_runs(tables, config.aggregate, config.seed)
            aggregates |= {"fingerprint": fp, "runs": [str(p.resolve()) for p in tables.run_dirs]}
            atomic_write_json(stored, aggregates)
    metrics = _attribution_metrics(config, tables)
    provenance["confidence_level"] = config.aggregate.confidence_level
    with timer.stage("report"):
        validation = find_records(config.validation, provenance["models"])
        report = write_report(
            run_dir, tables, aggregates, config.report, provenance, metrics, timer.seconds,
            validation,
        )  # fmt: skip
    _announce(report, run_dir)
    return report


def _announce(report: dict, run_dir: Path) -> None:
    for warning in report["warnings"]:
        log.warning(warning)
        print(f"warning: {warning}", file=sys.stderr)
    log.info("wrote %s (status %s)", run_dir, report["status"])


def run_provenance(
    config: PipelineConfig, models: dict, context: dict, inputs: list[dict] | None = None
) -> dict:
    """What any task's output records about how it was made (inputs: hashed when None)."""
    return {
        "packages": package_versions(),
        "models": models,
        "inputs": input_hashes(config.data.path) if inputs is None else inputs,
        "git": git_state(PROJECT_ROOT),
        "seed": config.seed,
        "overrides": context.get("overrides", []),
        "config": context.get("config", {}),
    }


def _attribution_metrics(config: PipelineConfig, tables) -> dict | None:
    gold = getattr(config.data, "gold", None)
    if not gold:
        return None
    from pipeline.attribution_eval import metrics_for_statements
    from pipeline.tables import joined_part
    from pipeline.types import Statement

    fields = {f.name for f in dataclasses.fields(Statement)}
    statements = [
        Statement(**{k: v for k, v in row.items() if k in fields})
        for run_dir, number in tables.parts()
        for row in joined_part(tables, run_dir, number).to_pylist()
    ]
    metrics = metrics_for_statements(statements, gold)
    if metrics is None:
        if config.task.value == "run":  # re-aggregation: the default gold is optional
            log.warning("attribution gold %s covers none of this run's articles", gold)
        return None
    return {"attribution": metrics}


def run_model_evaluation(config: PipelineConfig, run_dir: Path, context: dict) -> dict:
    """The configured stance or sentiment model on a labelled file → metrics.json."""
    from pipeline.evaluate import run_evaluation
    from pipeline.models.cache import predict
    from pipeline.models.registry import build_backend

    data = config.data
    tasks = config.task_specs()
    if data.task not in tasks:
        raise UserError(f"data.task={data.task!r} is not in the task table ({', '.join(tasks)})")
    target = data.target or build_actor_set(config.actors).target
    # The study's descriptions are written for its own target; another target gets the generic.
    study = config.actors.stance if target == config.actors.target else None
    task = tasks[data.task]
    backend = build_backend(config.models[data.task], task, target, config.runtime, study=study)
    return run_evaluation(
        data=dataclasses.replace(data, target=target),
        backend_predict=lambda texts: predict(backend, texts, config.cache)[0],
        labels=backend.labels,
        seed=config.seed,
        run_dir=run_dir,
        provenance=run_provenance(config, {data.task: backend.describe()}, context),
        task=task,
    )


def run_attribution_evaluation(config: PipelineConfig, run_dir: Path) -> dict:
    from pipeline.attribution_eval import evaluate_gold_files

    return evaluate_gold_files(config, run_dir)
