"""A scikit-learn classifier fitted on sentence embeddings, saved as a folder artifact.

Artifact layout: head.joblib (the fitted estimator) + head.json (labels, the embedding
model's fingerprint, training data hash and size). joblib files are pickles: load only
heads you trained or trust.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from pipeline.atomic import atomic_write_text
from pipeline.errors import UserError
from pipeline.models.fingerprint import hash_files

HEAD_FILE = "head.joblib"
META_FILE = "head.json"


def make_head(c: float = 4.0) -> Any:
    """Multinomial logistic regression, classes balanced (small labelled sets are skewed)."""
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, max_iter=5000, class_weight="balanced")


@dataclass
class FittedHead:
    estimator: Any
    labels: tuple[str, ...]
    metadata: dict
    fingerprint: str

    def predict_proba(self, embeddings: np.ndarray, labels: tuple[str, ...]) -> np.ndarray:
        """Probabilities in the order of `labels` (labels the head never saw get 0)."""
        raw = self.estimator.predict_proba(embeddings)
        out = np.zeros((len(embeddings), len(labels)), dtype=np.float64)
        for column, cls in enumerate(self.estimator.classes_):
            out[:, labels.index(str(cls))] = raw[:, column]
        return out


def save_head(estimator: Any, out_dir: Path, metadata: dict) -> None:
    import joblib

    out_dir.mkdir(parents=True, exist_ok=True)
    tmp = out_dir / f".{HEAD_FILE}.tmp"
    joblib.dump(estimator, tmp)
    tmp.replace(out_dir / HEAD_FILE)
    atomic_write_text(out_dir / META_FILE, json.dumps(metadata, indent=2, sort_keys=True))


def load_head(path: str, labels: tuple[str, ...], encoder_fingerprint: str) -> FittedHead:
    """Load a head folder; refuse one trained for other labels or another embedding model."""
    import joblib

    folder = Path(path).expanduser()
    if not (folder / HEAD_FILE).is_file() or not (folder / META_FILE).is_file():
        raise UserError(
            f"head {path!r} is not a trained head folder (needs {HEAD_FILE} and {META_FILE}; "
            "make one with python -m pipeline.models.train_head)"
        )
    metadata = json.loads((folder / META_FILE).read_text())
    unknown = [lab for lab in metadata["labels"] if lab not in labels]
    if unknown:
        raise UserError(f"head {path!r} predicts {unknown}, which are not labels {list(labels)}")
    if metadata["embedding_fingerprint"] != encoder_fingerprint:
        raise UserError(
            f"head {path!r} was trained on embeddings {metadata['embedding_fingerprint']}, "
            f"but this run embeds with {encoder_fingerprint}; retrain it with train_head"
        )
    estimator = joblib.load(folder / HEAD_FILE)
    return FittedHead(estimator, tuple(metadata["labels"]), metadata, hash_files(folder)[:20])
