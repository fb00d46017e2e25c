"""The one home of the tables stages exchange: tasks, row schemas, schema version, file names.

Every writer (stages, report) and every reader (aggregate, report, compare, evaluate) takes its
column names and types from here, so a reader cannot drift from what a writer writes. Plain
pyarrow + dataclasses: importing this module never imports torch.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.atomic import atomic_write_bytes

# report.json / tables. 1.1: statement ids are article id + character span; statements carry
# date/source/url; report.json always has `metrics` and gains `cells`, `outlets`, `warnings`.
SCHEMA_VERSION = "1.1"


@dataclass(frozen=True)
class TaskSpec:
    """A prediction task: its labels and its score, P(positive) − P(negative) ∈ [−1, 1]."""

    name: str
    labels: tuple[str, ...]
    positive: str
    negative: str

    def score_text(self) -> str:
        return f"P({self.positive}) − P({self.negative})"

    def record(self) -> dict:
        """As a run records it (stage manifest, report.json `task_specs`)."""
        return {"labels": list(self.labels), "positive": self.positive, "negative": self.negative}

    @classmethod
    def from_record(cls, name: str, record: dict) -> TaskSpec:
        return cls(name, tuple(record["labels"]), record["positive"], record["negative"])


# The task table itself is configuration (configs/tasks/, read by pipeline/tasks.py); a run
# records the one it used in PREDICT_DIR/TASKS_FILE, so readers of finished runs need no config.

# What identifies a model in a backend's `describe()` (compare's model diff reads these).
MODEL_ID_FIELDS = ("backend", "model", "source", "revision", "fingerprint")

# Where a run keeps its stage tables, relative to the run directory.
STAGES_DIR = "stages"
ANNOTATE_DIR = f"{STAGES_DIR}/annotate"
PREDICT_DIR = f"{STAGES_DIR}/predict"
AGGREGATE_DIR = f"{STAGES_DIR}/aggregate"
MANIFEST = "manifest.json"
TASKS_FILE = "tasks.json"

ARTICLES = pa.schema(
    [
        ("article_id", pa.string()),
        ("title", pa.string()),
        ("date", pa.string()),  # ISO yyyy-mm-dd, or null
        ("date_raw", pa.string()),  # the value as read, kept when it could not be parsed
        ("source", pa.string()),  # outlet
        ("url", pa.string()),
        ("path", pa.string()),  # the file or table it came from
        ("n_statements", pa.int32()),
        ("looks_english", pa.bool_()),
    ]
)

STATEMENTS = pa.schema(
    [
        ("article_id", pa.string()),
        ("statement_id", pa.string()),
        ("text", pa.string()),
        ("char_start", pa.int64()),
        ("char_end", pa.int64()),
        ("actor", pa.string()),
        ("actor_group", pa.string()),
        ("speaker_mention", pa.string()),
        ("cue", pa.string()),
        ("attribution_confidence", pa.float64()),
        ("attribution_kind", pa.string()),
        ("mentioned_actors", pa.list_(pa.string())),
        ("chunk_id", pa.int64()),
        ("date", pa.string()),
        ("source", pa.string()),
        ("url", pa.string()),
    ]
)


def prediction_schema(task: TaskSpec) -> pa.Schema:
    """One row per statement, in the statements table's order."""
    return pa.schema(
        [("statement_id", pa.string()), ("label", pa.string()), ("score", pa.float64())]
        + [(f"p_{label}", pa.float64()) for label in task.labels]
    )


def summary_fields(prefix: str) -> list[tuple[str, pa.DataType]]:
    return [(f"{prefix}_{k}", pa.float64()) for k in ("mean", "ci_low", "ci_high")]


def cells_schema(keys: list[str], tasks: list[TaskSpec]) -> pa.Schema:
    """A flat aggregate table: the cell's key columns, its size, and one summary per task."""
    fields = [(k, pa.string()) for k in keys]
    fields += [("n_statements", pa.int64()), ("n_articles", pa.int64()), ("small", pa.bool_())]
    for task in tasks:
        fields += summary_fields(task.name)
    return pa.schema(fields)


def write_table(path: Path, table: pa.Table, schema: pa.Schema) -> None:
    """Parquet cast to the schema (a wrong column fails here, at the writer), written atomically."""
    sink = pa.BufferOutputStream()
    pq.write_table(table.select(schema.names).cast(schema), sink)
    atomic_write_bytes(path, sink.getvalue().to_pybytes())


def read_table(path: Path, schema: pa.Schema, columns: list[str] | None = None) -> pa.Table:
    # ParquetFile, not pq.read_table: that imports pyarrow.dataset, whose import builds a scalar
    # and so imports pandas (0.3 s) through pyarrow's pandas shim (see pipeline/arrow_build.py).
    table = pq.ParquetFile(path).read(columns=columns)
    expected = schema if columns is None else pa.schema([schema.field(c) for c in columns])
    if not table.schema.equals(expected):
        from pipeline.errors import UserError

        raise UserError(f"{path}: table does not match schema {SCHEMA_VERSION}; re-run the stage")
    return table


def model_ids(models: dict) -> dict[str, object]:
    """`{task.field: value}` of the fields that identify each task's model."""
    out: dict[str, object] = {}
    for task, desc in (models or {}).items():
        if isinstance(desc, dict):
            for field in MODEL_ID_FIELDS:
                if field in desc:
                    out[f"{task}.{field}"] = desc[field]
    return out
