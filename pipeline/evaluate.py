"""Evaluate a stance or sentiment backend on a hand-labelled file (CSV, TSV or JSONL).

`run_evaluation` reads the gold file, asks the backend for label probabilities, scores the
argmax labels with `pipeline.metrics` and writes `metrics.json`, `metrics.md` and
`predictions.jsonl` into the run directory (each written atomically).
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from pipeline.atomic import atomic_write_json, atomic_write_text
from pipeline.errors import UserError
from pipeline.metrics import evaluate_labels
from pipeline.param_checks import choice, require
from pipeline.provenance import sha256_file
from pipeline.schema import TaskSpec
from pipeline.tasks import default_tasks

SCHEMA_VERSION = 1
LabeledFormat = choice("LabeledFormat", ("auto", "csv", "tsv", "jsonl"), __name__)


@dataclass
class LabeledDataParams:
    """A gold-labelled file. `label_map` maps raw labels (e.g. "0", "FAVOR") to task labels."""

    path: str = ""
    format: LabeledFormat = LabeledFormat.auto
    text_column: str = "text"
    label_column: str = "label"
    target: str = ""
    task: str = "stance"  # a task of the task table (`tasks:`)
    # Keys may be ints (`'++data.label_map={0:against,1:favor}'`) or strings.
    label_map: dict[Any, str] = field(default_factory=dict)
    # Keep only rows whose `split_column` equals `split` (e.g. test, when dev rows trained a head).
    split: str | None = None
    split_column: str = "split"
    # Evaluate only the first N rows (None: all), for quick checks.
    limit: int | None = None

    def __post_init__(self) -> None:
        require(self.limit is None or self.limit >= 1, "limit", self.limit, "must be >= 1 or null")


@dataclass
class GoldExample:
    text: str
    label: str
    raw_label: str


def _file_format(params: LabeledDataParams, path: Path) -> str:
    if params.format != "auto":
        if params.format not in ("csv", "tsv", "jsonl"):
            raise UserError(f"data.format={params.format!r}: expected auto, csv, tsv or jsonl")
        return params.format
    suffix = path.suffix.lower()
    formats = {".csv": "csv", ".tsv": "tsv", ".jsonl": "jsonl", ".json": "jsonl"}
    if suffix not in formats:
        raise UserError(f"cannot tell the format of {path} from its suffix; set data.format")
    return formats[suffix]


def _read_rows(path: Path, fmt: str) -> list[Mapping]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as err:
        raise UserError(f"{path} is not UTF-8 text ({err.reason} at byte {err.start})") from err
    if fmt == "jsonl":
        rows = []
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as err:
                raise UserError(f"{path}:{lineno}: not valid JSON ({err.msg})") from err
            if not isinstance(row, dict):
                raise UserError(f"{path}:{lineno}: expected a JSON object per line")
            rows.append(row)
        return rows
    delimiter = "\t" if fmt == "tsv" else ","
    return list(csv.DictReader(text.splitlines(), delimiter=delimiter))


def normalise_label(raw: object, label_map: Mapping[Any, str]) -> str:
    """A raw gold label as a task label: through `label_map` first, then case-insensitively."""
    key = str(raw).strip()
    mapping = {str(k).strip(): str(v).strip() for k, v in label_map.items()}
    return mapping.get(key, key).lower()


def task_of(params: LabeledDataParams, task: TaskSpec | None) -> TaskSpec:
    """The row of the task table the file is labelled for (None: from the default table)."""
    if task is not None:
        return task
    table = default_tasks()
    if params.task not in table:
        raise UserError(f"data.task={params.task!r}: expected one of {', '.join(table)}")
    return table[params.task]


def read_gold(params: LabeledDataParams, task: TaskSpec | None = None) -> list[GoldExample]:
    """Reads and validates the gold file; every problem is one clear UserError line."""
    task = task_of(params, task)
    if not params.path:
        raise UserError("data.path is empty: give the labelled file, e.g. data.path=gold.csv")
    path = Path(params.path)
    if not path.is_file():
        raise UserError(f"labelled file not found: {path}")
    rows = _read_rows(path, _file_format(params, path))
    if params.split is not None:
        if rows and params.split_column not in rows[0]:
            raise UserError(f"{path} has no column {params.split_column!r} to select a split from")
        rows = [r for r in rows if str(r.get(params.split_column)) == params.split]
    if params.limit is not None:
        rows = rows[: params.limit]
    if not rows:
        selected = f" in split {params.split!r}" if params.split is not None else ""
        raise UserError(f"{path} has no rows{selected}")
    for column in (params.text_column, params.label_column):
        if column not in rows[0]:
            raise UserError(
                f"{path} has no column {column!r} (columns: {', '.join(map(str, rows[0]))})"
            )
    allowed = task.labels
    examples, unknown = [], Counter()
    for row in rows:
        raw = row.get(params.label_column)
        label = normalise_label(raw, params.label_map)
        if label not in allowed:
            unknown[str(raw)] += 1
        examples.append(GoldExample(str(row.get(params.text_column) or ""), label, str(raw)))
    if unknown:
        shown = ", ".join(f"{k!r} ({n}x)" for k, n in unknown.most_common(5))
        pattern = ",".join(f"{raw}:LABEL" for raw in sorted(unknown))
        raise UserError(
            f"{path}: labels {shown} are not {params.task} labels {list(allowed)}; "
            f"map them, quoted for the shell: '++data.label_map={{{pattern}}}' with LABEL one "
            f"of {', '.join(allowed)}"
        )
    return examples


def _metrics_markdown(result: dict) -> str:
    lines = [
        f"# Evaluation: {result['task']} on {result['data']['path']}",
        "",
        f"Target: {result['target'] or '(none)'} · examples: {result['n']}",
        "",
        "| metric | value | 95% CI |",
        "|---|---|---|",
    ]
    for name, rec in result["metrics"].items():
        ci = f"[{rec['ci_low']:.3f}, {rec['ci_high']:.3f}]" if "ci_low" in rec else ""
        lines.append(f"| {name} | {rec['value']:.3f} | {ci} |")
    labels = result["confusion_matrix"]["labels"]
    lines += ["", "Confusion matrix (rows gold, columns predicted):", ""]
    lines.append("| gold \\ pred | " + " | ".join(labels) + " |")
    lines.append("|---" * (len(labels) + 1) + "|")
    for label, row in zip(labels, result["confusion_matrix"]["matrix"], strict=True):
        lines.append(f"| {label} | " + " | ".join(map(str, row)) + " |")
    return "\n".join(lines) + "\n"


def run_evaluation(
    data: LabeledDataParams,
    backend_predict: Callable[[list[str]], np.ndarray],
    labels: Sequence[str],
    seed: int,
    run_dir: Path,
    n_boot: int = 1000,
    provenance: Mapping | None = None,
    task: TaskSpec | None = None,
) -> dict:
    """Predicts every gold text, scores the predictions and writes metrics into `run_dir`.

    `backend_predict` returns probabilities of shape (n, len(labels)), columns in `labels` order
    (the backend's own label order); the predicted label is the argmax.
    """
    task = task_of(data, task)
    examples = read_gold(data, task)
    task_labels = task.labels
    if set(labels) != set(task_labels):
        raise UserError(
            f"the backend's labels {list(labels)} are not the "
            f"{data.task} labels {list(task_labels)}"
        )
    texts = [ex.text for ex in examples]
    probs = np.asarray(backend_predict(texts), dtype=float)
    if probs.shape != (len(texts), len(labels)):
        raise ValueError(
            f"backend returned shape {probs.shape}, expected {(len(texts), len(labels))}"
        )
    preds = [labels[i] for i in probs.argmax(axis=1)]
    gold = [ex.label for ex in examples]
    in_task_order = probs[:, [list(labels).index(lab) for lab in task_labels]]
    result = evaluate_labels(
        gold, preds, data.task, task_labels, seed=seed, n_boot=n_boot, probs=in_task_order
    )
    result = {
        "schema_version": SCHEMA_VERSION,
        "target": data.target,
        "data": {
            "path": data.path,
            "sha256": sha256_file(data.path),
            "text_column": data.text_column,
            "label_column": data.label_column,
            "label_map": {str(k): v for k, v in data.label_map.items()},
            "split": data.split,
            "gold_counts": dict(Counter(gold)),
            "pred_counts": dict(Counter(preds)),
        },
        **result,
    }
    if provenance is not None:
        result["provenance"] = dict(provenance)
    run_dir = Path(run_dir)
    predictions = "".join(
        json.dumps(
            {
                "index": i,
                "text": ex.text,
                "gold": ex.label,
                "raw_label": ex.raw_label,
                "pred": pred,
                "correct": pred == ex.label,
                "probs": {lab: round(float(p), 6) for lab, p in zip(labels, row, strict=True)},
            },
            ensure_ascii=False,
        )
        + "\n"
        for i, (ex, pred, row) in enumerate(zip(examples, preds, probs, strict=True))
    )
    atomic_write_text(run_dir / "predictions.jsonl", predictions)
    atomic_write_text(run_dir / "metrics.md", _metrics_markdown(result))
    # metrics.json last: its presence marks a finished evaluation run.
    atomic_write_json(run_dir / "metrics.json", result)
    return result


def headline(result: dict) -> list[str]:
    """The figures `task=evaluate` prints above its output directory."""
    figures = ", ".join(
        f"{name} {m['value']:.3f}"
        + (f" [{m['ci_low']:.3f}, {m['ci_high']:.3f}]" if "ci_low" in m else "")
        for name, m in result["metrics"].items()
    )
    return [f"{result['task']} on {result['data']['path']} (n={result['n']}): {figures}"]
