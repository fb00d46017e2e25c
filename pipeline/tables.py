"""Reading finished stage tables of one run, or of the shards of a sweep, as one corpus.

No torch, no models: this is what `task=aggregate` and `task=report` read. Shards must come
from the same corpus, config and models, and together cover every shard index exactly once.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from pipeline.arrow_build import array
from pipeline.errors import UserError
from pipeline.schema import (
    ANNOTATE_DIR,
    ARTICLES,
    MANIFEST,
    PREDICT_DIR,
    STATEMENTS,
    TASKS_FILE,
    TaskSpec,
    prediction_schema,
    read_table,
)
from pipeline.scoring import Frame
from pipeline.stages import part_name
from pipeline.tasks import default_tasks


@dataclass
class RunTables:
    run_dirs: list[Path]
    annotated: list[dict]  # each run's annotate manifest
    tasks: list[TaskSpec]
    models: dict[str, dict]  # task → the model's describe()

    @property
    def target(self) -> str:
        return self.annotated[0]["target"]

    @property
    def hierarchy(self) -> dict[str, str | None]:
        return self.annotated[0]["hierarchy"]

    def parts(self) -> Iterator[tuple[Path, int]]:
        for run_dir, manifest in zip(self.run_dirs, self.annotated, strict=True):
            for number in range(manifest["parts"]):
                yield run_dir, number


def _natural_key(path: Path) -> list:
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", str(path))]


def _manifest(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return {}


def find_runs(paths: list[Path]) -> list[Path]:
    """Run dirs with annotated tables at or below each path (a run dir or a sweep dir)."""
    found: list[Path] = []
    for path in paths:
        if not path.is_dir():
            raise UserError(f"aggregate.runs: no such directory: {path}")
        marker = path / ANNOTATE_DIR / MANIFEST
        below = (
            [marker]
            if marker.is_file()
            else sorted(path.rglob(f"{ANNOTATE_DIR}/{MANIFEST}"), key=_natural_key)
        )
        if not below:
            raise UserError(f"{path}: no stage tables here or below (not a run or sweep dir)")
        found += [m.parent.parent.parent for m in below]
    return found


def open_runs(paths: list[Path]) -> RunTables:
    run_dirs = find_runs(paths)
    annotated, models = [], {}
    table: dict | None = None
    for run_dir in run_dirs:
        manifest = _manifest(run_dir / ANNOTATE_DIR / MANIFEST)
        if not manifest.get("complete"):
            raise UserError(f"{run_dir}: stage annotate did not finish; run it again to resume")
        annotated.append(manifest)
        recorded = _manifest(run_dir / PREDICT_DIR / TASKS_FILE).get("tasks")
        recorded = recorded or _built_in_tasks_predicted(run_dir)
        if not recorded:
            raise UserError(f"{run_dir}: no finished predictions to aggregate")
        if table is not None and recorded != table:
            raise UserError(f"{run_dir}: its task table differs from the other runs'")
        table = recorded
        for name in recorded:
            predicted = _manifest(run_dir / PREDICT_DIR / name / MANIFEST)
            if not predicted.get("complete"):
                raise UserError(f"{run_dir}: stage predict {name} did not finish; run it again")
            known = models.setdefault(name, predicted["model"])
            if known.get("fingerprint") != predicted["model"].get("fingerprint"):
                raise UserError(f"{run_dir}: its {name} model differs from the other runs'")
    _check_shards(run_dirs, annotated)
    tasks = [TaskSpec.from_record(name, record) for name, record in (table or {}).items()]
    return RunTables(run_dirs, annotated, tasks, models)


def _built_in_tasks_predicted(run_dir: Path) -> dict:
    """Runs written before the task table was recorded (schema 1.1) predicted the built-in
    tasks, whose table has not changed: the ones with a predict stage are the run's tasks."""
    return {
        name: spec.record()
        for name, spec in default_tasks().items()
        if (run_dir / PREDICT_DIR / name / MANIFEST).exists()
    }


def _check_shards(run_dirs: list[Path], annotated: list[dict]) -> None:
    if len({m["corpus_fingerprint"] for m in annotated}) > 1:
        raise UserError(
            "the runs differ in corpus or annotation config; aggregate only shards of one study"
        )
    shards = [(m["shard"]["index"], m["shard"]["count"]) for m in annotated]
    counts = {count for _, count in shards}
    indices = sorted(index for index, _ in shards)
    if len(run_dirs) > 1 and (len(counts) > 1 or indices != list(range(next(iter(counts))))):
        raise UserError(
            f"shards {indices} of shard.count={sorted(counts)}: each shard index must appear "
            "exactly once (a missing or repeated shard would bias the aggregates)"
        )


def joined_part(tables: RunTables, run_dir: Path, number: int) -> pa.Table:
    """One statements part with each task's label, score and probabilities as flat columns."""
    table = read_table(run_dir / ANNOTATE_DIR / part_name("statements", number), STATEMENTS)
    for task in tables.tasks:
        preds = read_table(
            run_dir / PREDICT_DIR / task.name / part_name(task.name, number),
            prediction_schema(task),
        )
        if preds.column("statement_id") != table.column("statement_id"):
            raise UserError(f"{run_dir}: {task.name} predictions do not match the statements")
        for column in preds.column_names[1:]:
            table = table.append_column(f"{task.name}_{column}", preds.column(column))
    return table


def articles(tables: RunTables) -> pa.Table:
    parts = [
        read_table(run_dir / ANNOTATE_DIR / part_name("articles", number), ARTICLES)
        for run_dir, number in tables.parts()
    ]
    return pa.concat_tables(parts).sort_by("article_id")


def load_frame(tables: RunTables) -> Frame:
    """The aggregation columns of every statement, sorted by article and span (so shards and a
    single run give the same order, hence the same numbers)."""
    keep = ["statement_id", "article_id", "char_start", "char_end", "actor", "actor_group",
            "source", "date", "attribution_confidence"]  # fmt: skip
    task_columns = [f"{t.name}_{c}" for t in tables.tasks for c in ("label", "score")]
    parts = [joined_part(tables, d, n).select(keep + task_columns) for d, n in tables.parts()]
    table = pa.concat_tables(parts).sort_by(
        [("article_id", "ascending"), ("char_start", "ascending"), ("char_end", "ascending")]
    )
    ids = table.column("article_id")
    if len(pc.unique(table.column("statement_id"))) != table.num_rows:
        raise UserError("the runs share statements (an article in two shards?)")

    def column(name: str) -> list:
        return table.column(name).to_pylist()

    return Frame(
        statement_id=column("statement_id"),
        article_id=ids.to_pylist(),
        actor=column("actor"),
        actor_group=column("actor_group"),
        source=column("source"),
        date=column("date"),
        confidence=np.asarray(column("attribution_confidence"), dtype=float),
        scores={t.name: np.asarray(column(f"{t.name}_score"), float) for t in tables.tasks},
        labels={t.name: column(f"{t.name}_label") for t in tables.tasks},
    )


def lookup(tables: RunTables, statement_ids: set[str]) -> dict[str, dict]:
    """Whole joined rows of a few statements (evidence), by id."""
    found: dict[str, dict] = {}
    wanted = array(sorted(statement_ids), pa.string())
    for run_dir, number in tables.parts():
        part = joined_part(tables, run_dir, number)
        hits = part.filter(pc.is_in(part.column("statement_id"), value_set=wanted))
        found.update({row["statement_id"]: row for row in hits.to_pylist()})
    return found
