"""Classification metrics against gold labels, with seeded bootstrap confidence intervals.

Stance follows SemEval-2016 Task 6 (`f_avg` = mean of F1(favor) and F1(against)); sentiment
follows SemEval-2017 Task 4A (`macro_recall`); any further task (e.g. framing) leads with
macro-F1. Metrics are computed from confusion matrices with
numpy so that a 1000-sample bootstrap is one vectorised pass; tests check every figure against
scikit-learn's own functions (zero_division=0, explicit label list).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

# Metric name -> function of a stack of confusion matrices (..., k, k) -> (...).
MetricFn = Callable[[np.ndarray], np.ndarray]


def confusion(gold: np.ndarray, pred: np.ndarray, k: int) -> np.ndarray:
    """Confusion matrix (rows gold, columns predicted) for label indices in [0, k)."""
    return np.bincount(gold * k + pred, minlength=k * k).reshape(k, k)


def _safe_div(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    # scikit-learn's zero_division=0: an undefined ratio counts as 0.
    return np.divide(num, den, out=np.zeros_like(num, dtype=float), where=den > 0)


def per_class_f1(cm: np.ndarray) -> np.ndarray:
    tp = np.diagonal(cm, axis1=-2, axis2=-1).astype(float)
    fp = cm.sum(axis=-2) - tp
    fn = cm.sum(axis=-1) - tp
    return _safe_div(2 * tp, 2 * tp + fp + fn)


def per_class_recall(cm: np.ndarray) -> np.ndarray:
    tp = np.diagonal(cm, axis1=-2, axis2=-1).astype(float)
    return _safe_div(tp, cm.sum(axis=-1).astype(float))


def per_class_precision(cm: np.ndarray) -> np.ndarray:
    tp = np.diagonal(cm, axis1=-2, axis2=-1).astype(float)
    return _safe_div(tp, cm.sum(axis=-2).astype(float))


def accuracy(cm: np.ndarray) -> np.ndarray:
    tp = np.diagonal(cm, axis1=-2, axis2=-1).sum(axis=-1).astype(float)
    return _safe_div(tp, cm.sum(axis=(-2, -1)).astype(float))


def macro_f1(cm: np.ndarray) -> np.ndarray:
    return per_class_f1(cm).mean(axis=-1)


def macro_recall(cm: np.ndarray) -> np.ndarray:
    return per_class_recall(cm).mean(axis=-1)


def f_avg_fn(labels: Sequence[str]) -> MetricFn:
    """SemEval-2016 stance F_avg: mean F1 of `favor` and `against` (`none` is left out)."""
    idx = [labels.index("favor"), labels.index("against")]
    return lambda cm: per_class_f1(cm)[..., idx].mean(axis=-1)


def task_metrics(task: str, labels: Sequence[str]) -> dict[str, MetricFn]:
    """The headline metrics of a task, main metric first: the SemEval conventions for stance
    and sentiment, macro-F1 for any other task of the task table."""
    if task == "stance" and {"favor", "against"} <= set(labels):
        return {"f_avg": f_avg_fn(labels), "macro_f1": macro_f1, "accuracy": accuracy}
    if task == "sentiment":
        return {"macro_recall": macro_recall, "macro_f1": macro_f1, "accuracy": accuracy}
    return {"macro_f1": macro_f1, "accuracy": accuracy}


def brier(probs: np.ndarray, gold: np.ndarray) -> float:
    """Multi-class Brier score: mean over rows of Σ_k (p_k − 1[k = gold])² (0 is perfect)."""
    onehot = np.zeros_like(probs, dtype=float)
    onehot[np.arange(len(gold)), gold] = 1.0
    return float(((probs - onehot) ** 2).sum(axis=1).mean())


def expected_calibration_error(probs: np.ndarray, gold: np.ndarray, bins: int = 10) -> float:
    """ECE over equal-width bins of the top probability: Σ_b (n_b/n)·|accuracy_b − confidence_b|."""
    confidence = probs.max(axis=1)
    correct = (probs.argmax(axis=1) == gold).astype(float)
    # Bin b holds confidences in (b/bins, (b+1)/bins]; a confidence of exactly 0 joins bin 0.
    which = np.clip(np.ceil(confidence * bins).astype(int) - 1, 0, bins - 1)
    total = 0.0
    for b in range(bins):
        chosen = which == b
        if chosen.any():
            total += chosen.mean() * abs(correct[chosen].mean() - confidence[chosen].mean())
    return float(total)


def probability_metrics(probs: np.ndarray, gold: Sequence[str], labels: Sequence[str]) -> dict:
    """ECE and Brier of a probability matrix whose columns follow `labels`."""
    index = {label: i for i, label in enumerate(labels)}
    g = np.array([index[x] for x in gold])
    probs = np.asarray(probs, dtype=float)
    return {"ece": expected_calibration_error(probs, g), "brier": brier(probs, g)}


def bootstrap_confusions(
    gold: np.ndarray, pred: np.ndarray, k: int, n_boot: int, seed: int, block: int = 200
) -> np.ndarray:
    """Confusion matrices (n_boot, k, k) of `n_boot` resamples of the examples."""
    rng = np.random.default_rng(seed)
    n = len(gold)
    codes = gold * k + pred
    out = np.empty((n_boot, k, k), dtype=np.int64)
    for start in range(0, n_boot, block):
        b = min(block, n_boot - start)
        sample = codes[rng.integers(0, n, size=(b, n))]
        offsets = (np.arange(b) * k * k)[:, None]
        counts = np.bincount((sample + offsets).ravel(), minlength=b * k * k)
        out[start : start + b] = counts.reshape(b, k, k)
    return out


def evaluate_labels(
    gold: Sequence[str],
    pred: Sequence[str],
    task: str,
    labels: Sequence[str],
    seed: int,
    n_boot: int = 1000,
    ci: float = 0.95,
    probs: np.ndarray | None = None,
) -> dict:
    """Headline metrics with percentile bootstrap CIs, confusion matrix and per-class scores.

    `labels` fixes the class order (and which classes count in the macro averages), whatever
    subset of them occurs in `gold` or `pred`. With `probs` (columns in `labels` order), ECE and
    Brier join the metrics (point values: calibration is a property of the whole set).
    """
    labels = list(labels)
    unknown = sorted({*gold, *pred} - set(labels))
    if unknown:
        raise ValueError(f"labels {unknown} are not among {labels}")
    if len(gold) != len(pred) or not gold:
        raise ValueError("gold and pred must be non-empty and of equal length")
    index = {label: i for i, label in enumerate(labels)}
    g = np.array([index[x] for x in gold])
    p = np.array([index[x] for x in pred])
    k = len(labels)
    cm = confusion(g, p, k)
    boot = bootstrap_confusions(g, p, k, n_boot, seed) if n_boot > 0 else None
    alpha = (1 - ci) / 2
    metrics = {}
    for name, fn in task_metrics(task, labels).items():
        record = {"value": float(fn(cm))}
        if boot is not None:
            lo, hi = np.quantile(fn(boot), [alpha, 1 - alpha])
            record.update(ci_low=float(lo), ci_high=float(hi))
        metrics[name] = record
    if probs is not None:
        metrics.update(
            {k: {"value": v} for k, v in probability_metrics(probs, gold, labels).items()}
        )
    precision, recall, f1 = per_class_precision(cm), per_class_recall(cm), per_class_f1(cm)
    return {
        "task": task,
        "n": len(gold),
        "labels": labels,
        "metrics": metrics,
        "confusion_matrix": {"labels": labels, "rows": "gold", "matrix": cm.tolist()},
        "per_class": {
            label: {
                "precision": float(precision[i]),
                "recall": float(recall[i]),
                "f1": float(f1[i]),
                "support": int(cm[i].sum()),
            }
            for i, label in enumerate(labels)
        },
        "bootstrap": {"n_boot": n_boot, "seed": seed, "ci": ci, "method": "percentile"},
    }
