"""Train a scikit-learn head on sentence embeddings of a labelled file; save it as a folder.

    python -m pipeline.models.train_head --data FILE --task stance --out DIR \
        [--text-column text] [--label-column label] [--model ID_OR_DIR] [--c 4.0]

A run then uses it with `stance=embedding stance.head=DIR` (or sentiment.head=DIR).
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from pipeline.errors import UserError
from pipeline.models.encoder import DEFAULT_EMBEDDING_MODEL, SentenceEncoder
from pipeline.models.head import make_head, save_head
from pipeline.models.labeled import read_labeled
from pipeline.models.registry import TASK_LABELS
from pipeline.models.runtime import RuntimeParams

log = logging.getLogger(__name__)


def cross_validated_accuracy(x: np.ndarray, y: list[str], c: float, folds: int = 5) -> float:
    """Mean accuracy of the same head over stratified folds (a quick sanity figure)."""
    from sklearn.model_selection import StratifiedKFold, cross_val_score

    smallest = min(Counter(y).values())
    folds = min(folds, smallest)
    if folds < 2:
        return float("nan")
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=0)
    return float(cross_val_score(make_head(c), x, y, cv=splitter).mean())


def train_head(
    data: str,
    task: str,
    out: str,
    text_column: str = "text",
    label_column: str = "label",
    model: str = DEFAULT_EMBEDDING_MODEL,
    c: float = 4.0,
    runtime: RuntimeParams | None = None,
    split: str | None = None,
) -> dict:
    """Fit, save and return the metadata written next to the head."""
    if task not in TASK_LABELS:
        raise UserError(f"--task must be one of {sorted(TASK_LABELS)}, got {task!r}")
    labels = TASK_LABELS[task]
    texts, y = read_labeled(data, text_column, label_column, split)
    unknown = sorted(set(y) - set(labels))
    if unknown:
        raise UserError(f"{data}: labels {unknown} are not {task} labels {list(labels)}")
    if len(set(y)) < 2:
        raise UserError(f"{data}: need at least two different labels to train a head")
    encoder = SentenceEncoder(model, runtime or RuntimeParams())
    x = encoder.encode(texts)
    head = make_head(c).fit(x, y)
    metadata = {
        "task": task,
        "labels": [lab for lab in labels if lab in set(y)],
        "embedding_model": encoder.resolved.model_id,
        "embedding_fingerprint": encoder.weights_fingerprint(),
        "estimator": type(head).__name__,
        "C": c,
        "n_train": len(y),
        "label_counts": dict(Counter(y)),
        "train_file": str(Path(data)),
        "train_split": split,
        "train_sha256": hashlib.sha256(Path(data).read_bytes()).hexdigest(),
        "cv_accuracy": cross_validated_accuracy(x, y, c),
    }
    save_head(head, Path(out), metadata)
    return metadata


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", required=True, help="labelled CSV, JSONL or JSON file")
    parser.add_argument("--task", required=True, choices=sorted(TASK_LABELS))
    parser.add_argument("--out", required=True, help="folder to write the head into")
    parser.add_argument("--text-column", default="text")
    parser.add_argument("--label-column", default="label")
    parser.add_argument("--model", default=DEFAULT_EMBEDDING_MODEL, help="embedding model")
    parser.add_argument("--c", type=float, default=4.0, help="inverse regularisation strength")
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--split", default=None, help="train only on rows whose split is this")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    try:
        meta = train_head(
            args.data,
            args.task,
            args.out,
            args.text_column,
            args.label_column,
            args.model,
            args.c,
            RuntimeParams(device=args.device),
            args.split,
        )
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(
        f"saved {args.task} head to {args.out}: {meta['n_train']} statements, "
        f"labels {meta['labels']}, 5-fold CV accuracy {meta['cv_accuracy']:.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
