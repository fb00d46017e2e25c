"""Read labelled statements (CSV, JSONL or JSON list) for exemplars, heads and evaluation."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from pipeline.errors import UserError


def read_labeled(
    path: str | Path,
    text_column: str = "text",
    label_column: str = "label",
    split: str | None = None,
) -> tuple[list[str], list[str]]:
    """(texts, labels), labels lower-cased and stripped; rows without a label are skipped.

    `split` keeps only rows whose `split` column equals it (e.g. "dev"), so exemplars and
    heads can be drawn from the rows an evaluation does not use."""
    path = Path(path)
    if not path.is_file():
        raise UserError(f"labelled file {str(path)!r} does not exist")
    try:
        if path.suffix.lower() == ".csv":
            with path.open(newline="", encoding="utf-8") as handle:
                rows = list(csv.DictReader(handle))
        elif path.suffix.lower() == ".json":
            rows = json.loads(path.read_text(encoding="utf-8"))
        else:
            lines = path.read_text(encoding="utf-8").splitlines()
            rows = [json.loads(line) for line in lines if line.strip()]
    except (ValueError, UnicodeDecodeError) as exc:
        raise UserError(f"cannot read labelled file {str(path)!r}: {exc}") from exc
    texts, labels = [], []
    for number, row in enumerate(rows, start=1):
        if text_column not in row or label_column not in row:
            raise UserError(
                f"{path}: row {number} lacks column {text_column!r} or {label_column!r} "
                f"(has {sorted(row)}); set --text-column/--label-column"
            )
        label = str(row[label_column] or "").strip().lower()
        if label and (split is None or row.get("split") == split):
            texts.append(str(row[text_column]))
            labels.append(label)
    if not texts:
        raise UserError(f"labelled file {str(path)!r} has no labelled rows")
    return texts, labels
