"""pipeline.metrics against scikit-learn's own functions on random data."""

import numpy as np
import pytest
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score, recall_score

from pipeline.metrics import evaluate_labels
from pipeline.tasks import default_tasks

STANCE_LABELS = default_tasks()["stance"].labels
SENTIMENT_LABELS = default_tasks()["sentiment"].labels


def _random_labels(rng, labels, n, skew):
    # Skewed draws so some resamples miss a class entirely (the zero-division paths).
    p = rng.dirichlet(np.ones(len(labels)) * skew)
    return list(rng.choice(labels, size=n, p=p))


@pytest.mark.parametrize("seed", range(8))
def test_stance_metrics_match_sklearn(seed):
    rng = np.random.default_rng(seed)
    labels = list(STANCE_LABELS)
    n = int(rng.integers(5, 300))
    gold = _random_labels(rng, labels, n, 0.5 + seed % 3)
    pred = _random_labels(rng, labels, n, 0.5 + seed % 2)
    out = evaluate_labels(gold, pred, "stance", labels, seed=seed, n_boot=0)
    m = out["metrics"]
    expected_favg = f1_score(
        gold, pred, labels=["favor", "against"], average="macro", zero_division=0
    )
    assert m["f_avg"]["value"] == pytest.approx(expected_favg)
    assert m["macro_f1"]["value"] == pytest.approx(
        f1_score(gold, pred, labels=labels, average="macro", zero_division=0)
    )
    assert m["accuracy"]["value"] == pytest.approx(accuracy_score(gold, pred))
    assert out["confusion_matrix"]["matrix"] == confusion_matrix(gold, pred, labels=labels).tolist()
    per_f1 = f1_score(gold, pred, labels=labels, average=None, zero_division=0)
    assert [out["per_class"][lab]["f1"] for lab in labels] == pytest.approx(list(per_f1))


@pytest.mark.parametrize("seed", range(8))
def test_sentiment_metrics_match_sklearn(seed):
    rng = np.random.default_rng(100 + seed)
    labels = list(SENTIMENT_LABELS)
    n = int(rng.integers(5, 300))
    gold = _random_labels(rng, labels, n, 0.3 + seed % 3)
    pred = _random_labels(rng, labels, n, 1.0)
    m = evaluate_labels(gold, pred, "sentiment", labels, seed=seed, n_boot=0)["metrics"]
    assert m["macro_recall"]["value"] == pytest.approx(
        recall_score(gold, pred, labels=labels, average="macro", zero_division=0)
    )
    assert m["macro_f1"]["value"] == pytest.approx(
        f1_score(gold, pred, labels=labels, average="macro", zero_division=0)
    )
    assert m["accuracy"]["value"] == pytest.approx(accuracy_score(gold, pred))


def test_bootstrap_ci_matches_sklearn_on_the_same_resamples():
    rng = np.random.default_rng(7)
    labels = list(STANCE_LABELS)
    gold = _random_labels(rng, labels, 120, 1.0)
    pred = [g if rng.random() < 0.6 else rng.choice(labels) for g in gold]
    n_boot, seed = 300, 11
    out = evaluate_labels(gold, pred, "stance", labels, seed=seed, n_boot=n_boot)
    # Replay the same resamples (same generator, same draw order) through scikit-learn.
    draw = np.random.default_rng(seed).integers(0, len(gold), size=(n_boot, len(gold)))
    g, p = np.array(gold), np.array(pred)
    favg = [
        f1_score(g[i], p[i], labels=["favor", "against"], average="macro", zero_division=0)
        for i in draw
    ]
    lo, hi = np.quantile(favg, [0.025, 0.975])
    rec = out["metrics"]["f_avg"]
    assert rec["ci_low"] == pytest.approx(lo)
    assert rec["ci_high"] == pytest.approx(hi)
    assert rec["ci_low"] <= rec["value"] <= rec["ci_high"]


def test_bootstrap_is_seeded():
    rng = np.random.default_rng(3)
    labels = list(SENTIMENT_LABELS)
    gold = _random_labels(rng, labels, 80, 1.0)
    pred = _random_labels(rng, labels, 80, 1.0)
    a = evaluate_labels(gold, pred, "sentiment", labels, seed=5)
    b = evaluate_labels(gold, pred, "sentiment", labels, seed=5)
    c = evaluate_labels(gold, pred, "sentiment", labels, seed=6)
    assert a == b
    assert a["metrics"]["macro_recall"] != c["metrics"]["macro_recall"]


def test_perfect_predictions_and_unknown_labels():
    labels = list(STANCE_LABELS)
    gold = ["favor", "against", "none", "favor"]
    m = evaluate_labels(gold, gold, "stance", labels, seed=0, n_boot=50)["metrics"]
    assert m["accuracy"] == {"value": 1.0, "ci_low": 1.0, "ci_high": 1.0}
    # A resample without `against` scores F1(against)=0 (scikit-learn's zero_division=0).
    assert m["f_avg"]["value"] == 1.0 and m["f_avg"]["ci_low"] < 1.0
    with pytest.raises(ValueError, match="maybe"):
        evaluate_labels(["maybe"], ["favor"], "stance", labels, seed=0)
    # A task of the table other than stance and sentiment (e.g. framing) leads with macro-F1.
    framing = ["cooperation", "conflict", "neutral"]
    m = evaluate_labels(["conflict", "neutral"], ["conflict", "conflict"], "framing", framing,
                        seed=0, n_boot=0)["metrics"]  # fmt: skip
    assert list(m) == ["macro_f1", "accuracy"] and m["accuracy"]["value"] == 0.5
    # Stance labels renamed in the task table: no favor/against for F_avg, so macro-F1 leads.
    renamed = evaluate_labels(["pro", "con"], ["pro", "pro"], "stance", ["pro", "con"], seed=0,
                              n_boot=0)["metrics"]  # fmt: skip
    assert list(renamed) == ["macro_f1", "accuracy"]
