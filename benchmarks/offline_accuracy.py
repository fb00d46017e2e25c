"""Accuracy and calibration of every offline stance and sentiment choice, on public and real data.

    PYTHONPATH=. .venv/bin/python benchmarks/offline_accuracy.py \
        [--skip-news] [--task stance|sentiment] [--out FILE.json]

Evaluation sets (each test split is read once per choice; anything fitted is fitted on train/val
or dev rows only):
- real news: data/labeled/news_cooperation.jsonl, `split == test` (each row has its own target);
  its dev rows are what the shipped stance head was trained on.
- TweetEval stance, each of its five targets, test split: zero-shot from the target text (generic
  prototypes; the shipped head, which never saw climate; a head trained on the other four targets
  only) and few-shot (a head trained on that target's train split, temperature on its val split).
- TweetEval sentiment test split (12,284 tweets).
Columns: accuracy, macro-F1, F_avg (stance: mean F1 of favor and against) or macro-recall
(sentiment), ECE (10 bins) and Brier. The majority-class baseline of every table predicts the
majority label of the data it could be fitted on, with that data's label shares as
probabilities. Embeddings come from the on-disk cache (.cache/embeddings), so a re-run is quick.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np

from pipeline.actors import load_study
from pipeline.metrics import evaluate_labels
from pipeline.models.calibration import fit_temperature
from pipeline.models.embedding import EmbeddingBackend, EmbeddingParams
from pipeline.models.embedding_cache import cached_embeddings
from pipeline.models.encoder import SentenceEncoder
from pipeline.models.head import softmax
from pipeline.models.prompts import EMBEDDING_PROTOTYPES
from pipeline.models.runtime import RuntimeParams
from pipeline.models.train_head import (
    NEWS_FILE,
    LabeledRows,
    concat,
    featurize,
    read_source,
)
from pipeline.models.vader import VaderBackend, VaderParams
from pipeline.tasks import default_tasks
from pipeline.tweeteval import STANCE_TARGETS

ROOT = Path(__file__).resolve().parents[1]
STUDY = ROOT / "configs" / "actors" / "china_us_climate.yaml"
Probs = Callable[[LabeledRows], np.ndarray]


def scores(task: str, gold: list[str], probs: np.ndarray) -> dict[str, float]:
    labels = default_tasks()[task].labels
    pred = [labels[i] for i in probs.argmax(axis=1)]
    result = evaluate_labels(gold, pred, task, labels, seed=0, n_boot=0, probs=probs)
    return {name: rec["value"] for name, rec in result["metrics"].items()}


def majority(task: str, fitted_on: list[str]) -> Probs:
    labels = default_tasks()[task].labels
    counts = Counter(fitted_on)
    prior = np.array([counts[lab] / len(fitted_on) for lab in labels])
    return lambda rows: np.tile(prior, (len(rows.texts), 1))


def by_target(encoder: SentenceEncoder, task: str, params: EmbeddingParams, study=None) -> Probs:
    """Backend probabilities, one backend per target (the target is bound at construction)."""

    def run(rows: LabeledRows) -> np.ndarray:
        out = np.zeros((len(rows.texts), 3))
        emb = cached_embeddings(encoder, rows.texts)
        for target in dict.fromkeys(rows.targets):
            idx = [i for i, t in enumerate(rows.targets) if t == target]
            backend = EmbeddingBackend(
                params, default_tasks()[task].labels, target, RuntimeParams(), task, encoder, study
            )
            out[idx] = backend.scores_from_embeddings(emb[idx], [rows.texts[i] for i in idx])
        return out

    return run


def fitted_head(
    encoder, task: str, train: LabeledRows, val: LabeledRows | None, features: list[str], c: float
) -> Probs:
    """A head fitted in memory (as train_head does), temperature fitted on `val`."""
    from sklearn.linear_model import LogisticRegression

    labels = default_tasks()[task].labels
    templates = EMBEDDING_PROTOTYPES[task]
    model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
    model.fit(featurize(encoder, train, features, templates, labels), train.labels)
    order = [list(model.classes_).index(lab) for lab in labels]

    def logits(rows: LabeledRows) -> np.ndarray:
        return model.decision_function(featurize(encoder, rows, features, templates, labels))

    temperature = 1.0
    if val is not None:
        temperature = fit_temperature(
            logits(val), [list(model.classes_).index(y) for y in val.labels]
        )
    return lambda rows: softmax(logits(rows) / temperature)[:, order]


def prototype_temperature(encoder, task: str, dev: LabeledRows) -> float:
    """Temperature of the generic prototypes by dev log-likelihood (no label bias)."""
    backend = by_target(encoder, task, EmbeddingParams(temperature=1.0))
    probs = backend(dev)
    logits = np.log(np.clip(probs, 1e-12, None))  # T=1 logits up to a per-row constant
    labels = default_tasks()[task].labels
    return fit_temperature(logits, [labels.index(y) for y in dev.labels])


def print_table(title: str, task: str, rows: list[tuple[str, dict]]) -> None:
    main = "f_avg" if task == "stance" else "macro_recall"
    names = ["accuracy", "macro_f1", main, "ece", "brier"]
    print(f"\n### {title}\n")
    print("| choice | " + " | ".join(names) + " |")
    print("|---|" + "---:|" * len(names))
    for name, values in rows:
        print(f"| {name} | " + " | ".join(f"{values[n]:.3f}" for n in names) + " |")


def stance_tables(encoder, news: dict | None, results: dict) -> None:
    task, study = "stance", load_study(STUDY).stance
    all_val = concat([read_source(f"tweeteval:stance/{t}:val", task) for t in STANCE_TARGETS])
    generic_t = prototype_temperature(encoder, task, all_val)
    print(f"generic stance prototypes: temperature {generic_t:.3f} by TweetEval val log-loss")
    shipped = by_target(encoder, task, EmbeddingParams(head="stance_default"))
    generic = by_target(encoder, task, EmbeddingParams())
    if news is not None:
        dev, test = news["dev"], news["test"]
        choices = {
            "majority class (of dev)": majority(task, dev.labels),
            "stance_default head (`stance=embedding_head`)": shipped,
            "generic prototypes, no bias (generic `stance=embedding`)": generic,
            "founding-study prototypes + their bias (old default, study-bound)": by_target(
                encoder, task, EmbeddingParams(), study
            ),
        }
        rows = [(name, scores(task, test.labels, fn(test))) for name, fn in choices.items()]
        results["news_stance"] = dict(rows)
        print_table(f"stance, real news test ({len(test.texts)} statements)", task, rows)
    for target in STANCE_TARGETS:
        train = read_source(f"tweeteval:stance/{target}:train", task)
        val = read_source(f"tweeteval:stance/{target}:val", task)
        test = read_source(f"tweeteval:stance/{target}:test", task)
        others = [t for t in STANCE_TARGETS if t != target]
        loto_train = concat([read_source(f"tweeteval:stance/{t}:train", task) for t in others])
        loto_val = concat([read_source(f"tweeteval:stance/{t}:val", task) for t in others])
        choices = {
            "majority class (of train)": majority(task, train.labels),
            "zero-shot: stance_default head (shipped; news only)": shipped,
            "zero-shot: generic prototypes, no bias": generic,
            "zero-shot: head on the other four targets": fitted_head(
                encoder, task, loto_train, loto_val, ["target_cosines"], 10.0
            ),
            "few-shot: head on this target's train (statement+target)": fitted_head(
                encoder, task, train, val, ["statement", "target_cosines"], 1.0
            ),
        }
        rows = [(name, scores(task, test.labels, fn(test))) for name, fn in choices.items()]
        results[f"tweeteval_stance_{target}"] = dict(rows)
        print_table(
            f"stance, TweetEval {target} test ({len(test.texts)} tweets, target "
            f"{STANCE_TARGETS[target]!r})",
            task,
            rows,
        )


def vader_scale(dev: LabeledRows) -> float:
    """VADER's compound→probability sharpness by dev log-likelihood (its own temperature)."""
    labels = default_tasks()["sentiment"].labels
    unit = VaderBackend(VaderParams(scale=1.0), labels).predict_proba(dev.texts)
    logits = np.log(np.clip(unit, 1e-12, None))
    return 1.0 / fit_temperature(logits, [labels.index(y) for y in dev.labels])


def sentiment_tables(encoder, news: dict | None, results: dict) -> None:
    task, labels = "sentiment", default_tasks()["sentiment"].labels
    val = read_source("tweeteval:sentiment:val", task)
    test = read_source("tweeteval:sentiment:test", task)
    scale = vader_scale(val)
    print(f"VADER scale by TweetEval sentiment val log-loss: {scale:.2f} (was 6.5)")

    def vader(params: VaderParams) -> Probs:
        return lambda rows: VaderBackend(params, labels).predict_proba(rows.texts)

    shipped = by_target(encoder, task, EmbeddingParams(head="sentiment_default"))
    choices = {
        "VADER, scale 6.5 (old mapping)": vader(VaderParams(scale=6.5)),
        f"VADER, scale {scale:.2f} (calibrated on TweetEval val)": vader(VaderParams(scale=scale)),
        "**sentiment_default head (default `sentiment=embedding_head`)**": shipped,
        "embedding prototypes (configs/sentiment/embedding.yaml)": by_target(
            encoder, task, EmbeddingParams()
        ),
    }
    sets = {"TweetEval sentiment test": (test, val.labels)}
    if news is not None:
        sets["real news sentiment test"] = (news["sentiment_test"], news["sentiment_dev"].labels)
    for title, (rows_, fitted_on) in sets.items():
        named = {"majority class (of val/dev)": majority(task, fitted_on), **choices}
        table = [(name, scores(task, rows_.labels, fn(rows_))) for name, fn in named.items()]
        results[title] = dict(table)
        print_table(f"sentiment, {title} ({len(rows_.texts)} texts)", task, table)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--news", default=str(NEWS_FILE), help="real-news labelled file")
    parser.add_argument("--skip-news", action="store_true")
    parser.add_argument("--task", choices=["stance", "sentiment"], help="only this task")
    parser.add_argument("--out", help="also write every figure to this JSON file")
    args = parser.parse_args()
    started = time.perf_counter()
    encoder = SentenceEncoder()
    news = None
    if not args.skip_news:
        news = {
            "dev": read_source(f"{args.news}:dev", "stance"),
            "test": read_source(f"{args.news}:test", "stance"),
            "sentiment_dev": read_source(f"{args.news}:dev", "sentiment"),
            "sentiment_test": read_source(f"{args.news}:test", "sentiment"),
        }
    results: dict = {}
    if args.task in (None, "stance"):
        stance_tables(encoder, news, results)
    if args.task in (None, "sentiment"):
        sentiment_tables(encoder, news, results)
    if args.out:
        Path(args.out).write_text(json.dumps(results, indent=2))
    print(f"\n({time.perf_counter() - started:.0f}s; machine shared and loaded)")


if __name__ == "__main__":
    main()
