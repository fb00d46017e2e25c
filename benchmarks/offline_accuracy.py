"""Accuracy of every offline stance/sentiment choice on the labelled sets in data/labeled.

    .venv/bin/python benchmarks/offline_accuracy.py [--target "China–US climate cooperation"]

Each file has a `split` column (dev / test, alternating within each label). Anything tuned
(prototype wording choice, label bias, temperature, VADER scale) is tuned on dev only;
the table reports test. Fitted heads are trained on dev and scored on test, and also
5-fold cross-validated over all rows for reference.
Stance: F_avg = mean(F1 favor, F1 against) (SemEval-2016 style), macro-F1, accuracy.
Sentiment: macro-recall (SemEval-2017 style), macro-F1, accuracy.
"""

from __future__ import annotations

import argparse
import itertools
import json
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
from sklearn.metrics import accuracy_score, f1_score, log_loss, recall_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict

from pipeline.models.embedding import EmbeddingBackend, EmbeddingParams, softmax
from pipeline.models.encoder import SentenceEncoder
from pipeline.models.head import make_head
from pipeline.models.prompts import EMBEDDING_PROTOTYPES
from pipeline.models.registry import TASK_LABELS
from pipeline.models.runtime import RuntimeParams
from pipeline.models.vader import VaderBackend, VaderParams

ROOT = Path(__file__).resolve().parents[1]
FILES = {
    "stance": ROOT / "data" / "labeled" / "stance_climate.jsonl",
    "sentiment": ROOT / "data" / "labeled" / "sentiment_news.jsonl",
}

# Prototype wordings compared on dev ("default" is what the configs ship).
VARIANTS: dict[str, dict[str, dict[str, list[str]]]] = {
    "stance": {
        "default": EMBEDDING_PROTOTYPES["stance"],
        "label-words": {
            "favor": ["support for {target}"],
            "against": ["opposition to {target}"],
            "none": ["{target}"],
        },
        "two-per-label": {
            "favor": [
                "We support {target} and want to work together on it.",
                "{target} is important, beneficial and should be strengthened.",
            ],
            "against": [
                "We oppose {target}; it is a mistake.",
                "{target} is blocked by disputes and cannot move forward.",
            ],
            "none": [
                "A factual report of dates, figures and events.",
                "A statement unrelated to {target}.",
            ],
        },
    },
    "sentiment": {
        "default": EMBEDDING_PROTOTYPES["sentiment"],
        "label-words": {
            "positive": ["positive"],
            "neutral": ["neutral"],
            "negative": ["negative"],
        },
    },
}


def load(task: str) -> dict[str, tuple[list[str], np.ndarray]]:
    rows = [json.loads(line) for line in FILES[task].read_text().splitlines() if line.strip()]
    out = {}
    for split in ("dev", "test"):
        chosen = [r for r in rows if r["split"] == split]
        out[split] = ([r["text"] for r in chosen], np.array([r["label"] for r in chosen]))
    return out


def metrics(task: str, gold: np.ndarray, pred: np.ndarray) -> dict[str, float]:
    labels = list(TASK_LABELS[task])
    f1 = f1_score(gold, pred, labels=labels, average=None, zero_division=0)
    macro_f1 = float(np.mean(f1))
    acc = float(accuracy_score(gold, pred))
    if task == "stance":
        return {"F_avg": float((f1[0] + f1[1]) / 2), "macro_F1": macro_f1, "accuracy": acc}
    recall = recall_score(gold, pred, labels=labels, average="macro", zero_division=0)
    return {"macro_recall": float(recall), "macro_F1": macro_f1, "accuracy": acc}


def primary(task: str, scores: dict[str, float]) -> float:
    return scores["F_avg" if task == "stance" else "macro_F1"]


def tune_prototypes(task, cos_dev, y_dev):
    """Per-label bias (in cosine units, grid) for the best dev score, then the temperature
    that minimises dev log-loss. Returns (temperature, label_bias in logit units)."""
    labels = list(TASK_LABELS[task])
    grid = np.round(np.arange(-0.20, 0.201, 0.01), 2)
    best, best_bias = -1.0, np.zeros(len(labels))
    for free in itertools.product(grid, repeat=len(labels) - 1):
        bias = np.array([*free, 0.0])  # the last label is the reference
        pred = np.array(labels)[(cos_dev + bias).argmax(axis=1)]
        score = primary(task, metrics(task, y_dev, pred))
        if score > best + 1e-9:
            best, best_bias = score, bias
    temps = np.round(np.arange(0.01, 0.501, 0.005), 3)
    order = np.argsort(labels)  # log_loss wants columns in sorted label order
    losses = [
        log_loss(y_dev, softmax((cos_dev + best_bias) / t)[:, order], labels=sorted(labels))
        for t in temps
    ]
    t = float(temps[int(np.argmin(losses))])
    return t, {lab: round(float(b / t), 3) for lab, b in zip(labels, best_bias, strict=True)}


def tune_vader_scale(dev_x: list[str], dev_y: np.ndarray) -> float:
    """The compound→probability sharpness with the lowest dev log-loss."""
    labels = TASK_LABELS["sentiment"]
    order = np.argsort(labels)
    best = (np.inf, 0.0)
    for scale in np.arange(1.0, 20.01, 0.5):
        vader = VaderBackend(VaderParams(scale=float(scale)), labels)
        probs = vader.predict_proba(dev_x)[:, order]
        best = min(best, (log_loss(dev_y, probs, labels=sorted(labels)), float(scale)))
    return best[1]


def run_task(task: str, encoder: SentenceEncoder, target: str) -> list[tuple[str, dict, str]]:
    labels = list(TASK_LABELS[task])
    data = load(task)
    (dev_x, dev_y), (test_x, test_y) = data["dev"], data["test"]
    emb_dev, emb_test = encoder.encode(dev_x), encoder.encode(test_x)
    rows: list[tuple[str, dict, str]] = []
    majority = max(set(dev_y), key=list(dev_y).count)
    rows.append(("majority class", metrics(task, test_y, np.full(len(test_y), majority)), "-"))

    def predict(backend, emb):
        return np.array(labels)[backend.scores_from_embeddings(emb).argmax(axis=1)]

    best_dev, chosen = -1.0, ""
    runtime = RuntimeParams()
    shipped = EmbeddingBackend(EmbeddingParams(), tuple(labels), target, runtime, task, encoder)
    dev_score = primary(task, metrics(task, dev_y, predict(shipped, emb_dev)))
    rows.append(
        (
            "**embedding, shipped default config**",
            metrics(task, test_y, predict(shipped, emb_test)),
            f"{dev_score:.3f}",
        )
    )
    for name, protos in VARIANTS[task].items():
        params = EmbeddingParams(prototypes=protos)
        backend = EmbeddingBackend(params, tuple(labels), target, runtime, task, encoder)
        dev_score = primary(task, metrics(task, dev_y, predict(backend, emb_dev)))
        rows.append(
            (
                f"embedding prototypes '{name}', no bias",
                metrics(task, test_y, predict(backend, emb_test)),
                f"{dev_score:.3f}",
            )
        )
        t, bias = tune_prototypes(task, emb_dev @ backend.centroids().T, dev_y)
        tuned = EmbeddingBackend(
            replace(params, temperature=t, label_bias=bias),
            tuple(labels),
            target,
            runtime,
            task,
            encoder,
        )
        dev_score = primary(task, metrics(task, dev_y, predict(tuned, emb_dev)))
        rows.append(
            (
                f"embedding prototypes '{name}', dev-tuned T={t} bias={bias}",
                metrics(task, test_y, predict(tuned, emb_test)),
                f"{dev_score:.3f}",
            )
        )
        if dev_score > best_dev:
            best_dev, chosen = dev_score, f"'{name}' T={t} bias={bias}"
    # Exemplars: the dev statements join the default descriptions as prototypes.
    dev_file = Path("/tmp") / f"offline_accuracy_{task}_dev.jsonl"
    dev_file.write_text(
        "".join(
            json.dumps({"text": x, "label": y}) + "\n" for x, y in zip(dev_x, dev_y, strict=True)
        )
    )
    exemplar = EmbeddingBackend(
        EmbeddingParams(exemplars=str(dev_file)), tuple(labels), target, runtime, task, encoder
    )
    rows.append(
        (
            "embedding + dev exemplars as prototypes",
            metrics(task, test_y, predict(exemplar, emb_test)),
            "-",
        )
    )
    head = make_head().fit(emb_dev, dev_y)
    rows.append(
        ("embedding + fitted head (train dev)", metrics(task, test_y, head.predict(emb_test)), "-")
    )
    emb_all, y_all = np.vstack([emb_dev, emb_test]), np.concatenate([dev_y, test_y])
    cv = cross_val_predict(
        make_head(), emb_all, y_all, cv=StratifiedKFold(5, shuffle=True, random_state=0)
    )
    rows.append(("embedding + fitted head (5-fold CV, all rows)", metrics(task, y_all, cv), "-"))
    if task == "sentiment":
        print(f"VADER scale with the lowest dev log-loss: {tune_vader_scale(dev_x, dev_y)}")
        for mode in ("compound", "proportions"):
            vader = VaderBackend(VaderParams(mode=mode), tuple(labels))
            pred = np.array(labels)[vader.predict_proba(test_x).argmax(axis=1)]
            dev_pred = np.array(labels)[vader.predict_proba(dev_x).argmax(axis=1)]
            rows.append(
                (
                    f"VADER {mode}",
                    metrics(task, test_y, pred),
                    f"{primary(task, metrics(task, dev_y, dev_pred)):.3f}",
                )
            )
    print(f"\nchosen by dev {('F_avg' if task == 'stance' else 'macro-F1')}: {chosen}")
    return rows


def print_table(task: str, rows) -> None:
    names = list(rows[0][1])
    print(f"\n### {task} (test split of {FILES[task].relative_to(ROOT)})\n")
    print("| choice | " + " | ".join(names) + " | dev primary |")
    print("|---|" + "---:|" * (len(names) + 1))
    for name, scores, dev in rows:
        print(f"| {name} | " + " | ".join(f"{scores[n]:.3f}" for n in names) + f" | {dev} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--target", default="China–US climate cooperation")
    args = parser.parse_args()
    started = time.perf_counter()
    encoder = SentenceEncoder()
    for task in ("stance", "sentiment"):
        print_table(task, run_task(task, encoder, args.target))
    print(f"\n({time.perf_counter() - started:.1f}s)")


if __name__ == "__main__":
    main()
