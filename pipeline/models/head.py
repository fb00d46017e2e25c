"""A linear softmax head on sentence-embedding features, stored as plain arrays and JSON.

Artifact folder: head.npz (`weights` (k, d), `bias` (k,)) + head.json (labels, feature kinds,
the target templates the features use, temperature, the embedding model's fingerprint and a
record of the training and calibration data with their sha256). No pickles: loading a head runs
no code from it. Probabilities are softmax((x · weightsᵀ + bias) / temperature).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from pipeline.atomic import atomic_write_text
from pipeline.errors import UserError
from pipeline.models.features import FEATURE_KINDS, HeadInputs, build_features
from pipeline.models.fingerprint import hash_files
from pipeline.models.rowwise import row_dot

ARRAYS_FILE = "head.npz"
META_FILE = "head.json"
# Heads shipped with the package; a bare name (`stance.head=stance_pair_minilm`) resolves here.
PACKAGED_HEADS = Path(__file__).resolve().parent / "heads"


def softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=1, keepdims=True)


@dataclass
class LinearHead:
    weights: np.ndarray
    bias: np.ndarray
    labels: tuple[str, ...]
    features: tuple[str, ...]
    templates: dict[str, list[str]]
    temperature: float
    metadata: dict
    fingerprint: str = ""

    def logits(self, inputs: HeadInputs) -> np.ndarray:
        x = build_features(self.features, inputs)
        return row_dot(x, self.weights) + self.bias

    def predict_proba(self, inputs: HeadInputs, labels: Sequence[str]) -> np.ndarray:
        """Probabilities in the order of `labels` (labels the head never saw get 0)."""
        probs = softmax(self.logits(inputs) / self.temperature)
        out = np.zeros((len(probs), len(labels)))
        for column, label in enumerate(self.labels):
            out[:, list(labels).index(label)] = probs[:, column]
        return out


def save_head(head: LinearHead, out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    tmp = out_dir / f".{ARRAYS_FILE}.tmp.npz"
    np.savez(tmp, weights=head.weights.astype(np.float32), bias=head.bias.astype(np.float32))
    tmp.replace(out_dir / ARRAYS_FILE)
    meta = {
        **head.metadata,
        "labels": list(head.labels),
        "features": list(head.features),
        "templates": head.templates,
        "temperature": head.temperature,
    }
    atomic_write_text(out_dir / META_FILE, json.dumps(meta, indent=2, ensure_ascii=False) + "\n")


def resolve_head_dir(path: str) -> Path:
    folder = Path(path).expanduser()
    if not folder.is_dir() and not folder.is_absolute() and len(folder.parts) == 1:
        folder = PACKAGED_HEADS / path
    if not (folder / ARRAYS_FILE).is_file() or not (folder / META_FILE).is_file():
        shipped = sorted(p.name for p in PACKAGED_HEADS.glob("*") if p.is_dir())
        raise UserError(
            f"head {path!r} is not a trained head folder (needs {ARRAYS_FILE} and {META_FILE}; "
            f"packaged heads: {shipped}; train one with python -m pipeline.models.train_head)"
        )
    return folder


def load_head(path: str, labels: Sequence[str], encoder_fingerprint: str) -> LinearHead:
    """Load a head folder; refuse one trained for other labels or another embedding model."""
    folder = resolve_head_dir(path)
    meta = json.loads((folder / META_FILE).read_text(encoding="utf-8"))
    unknown = [lab for lab in meta["labels"] if lab not in labels]
    if unknown:
        raise UserError(f"head {path!r} predicts {unknown}, which are not labels {list(labels)}")
    bad = [f for f in meta["features"] if f not in FEATURE_KINDS]
    if bad:
        raise UserError(f"head {path!r} uses unknown feature kinds {bad}")
    if meta["embedding_fingerprint"] != encoder_fingerprint:
        raise UserError(
            f"head {path!r} was trained on embeddings {meta['embedding_fingerprint']}, "
            f"but this run embeds with {encoder_fingerprint}; retrain it with train_head"
        )
    with np.load(folder / ARRAYS_FILE) as arrays:
        weights, bias = arrays["weights"].astype(np.float64), arrays["bias"].astype(np.float64)
    return LinearHead(
        weights=weights,
        bias=bias,
        labels=tuple(meta["labels"]),
        features=tuple(meta["features"]),
        templates=meta.get("templates", {}),
        temperature=float(meta.get("temperature", 1.0)),
        metadata=meta,
        fingerprint=hash_files(folder)[:20],
    )
