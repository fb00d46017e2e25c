"""Statement scores and their aggregation per actor and per group."""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from pipeline.types import LabelPrediction, ScoredStatement
from pipeline.validation import require


@dataclass
class AggregateParams:
    n_bootstrap: int = 2000
    confidence_level: float = 0.95
    # Weight each statement by its attribution confidence (else all weigh 1).
    weight_by_confidence: bool = True
    # Statements attributed with less confidence than this are left out of the aggregates.
    min_attribution_confidence: float = 0.0
    top_evidence: int = 3

    def __post_init__(self) -> None:
        require(self.n_bootstrap >= 1, "n_bootstrap", self.n_bootstrap, "must be >= 1")
        level = self.confidence_level
        require(0 < level < 1, "confidence_level", level, "must be in (0, 1), e.g. 0.95")
        low = self.min_attribution_confidence
        require(0 <= low <= 1, "min_attribution_confidence", low, "must be in [0, 1]")
        require(self.top_evidence >= 0, "top_evidence", self.top_evidence, "must be >= 0")


@dataclass
class ScoreSummary:
    mean: float
    ci_low: float
    ci_high: float
    counts: dict[str, int]


@dataclass
class ActorAggregate:
    name: str
    kind: str  # "actor" (one speaker) or "group" (all its members' statements)
    group: str
    members: list[str]
    n_statements: int
    stance: ScoreSummary
    sentiment: ScoreSummary
    evidence: list[ScoredStatement]


def label_prediction(probs: np.ndarray, labels: Sequence[str], positive: str, negative: str):
    """Arg-max label and score = P(positive) - P(negative) for one probability row."""
    by_label = {label: float(p) for label, p in zip(labels, probs, strict=True)}
    return LabelPrediction(
        label=labels[int(np.argmax(probs))],
        probs=by_label,
        score=by_label[positive] - by_label[negative],
    )


def stance_prediction(probs: np.ndarray, labels: Sequence[str]) -> LabelPrediction:
    return label_prediction(probs, labels, "favor", "against")


def sentiment_prediction(probs: np.ndarray, labels: Sequence[str]) -> LabelPrediction:
    return label_prediction(probs, labels, "positive", "negative")


def weighted_bootstrap(
    scores: np.ndarray, weights: np.ndarray, params: AggregateParams, seed: int
) -> tuple[float, float, float]:
    """Weighted mean and its percentile bootstrap interval (resampling statements)."""
    mean = float(np.average(scores, weights=weights))
    if len(scores) < 2:
        return mean, mean, mean
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(scores), size=(params.n_bootstrap, len(scores)))
    w = weights[idx]
    means = (w * scores[idx]).sum(axis=1) / w.sum(axis=1)
    tail = (1.0 - params.confidence_level) / 2.0 * 100.0
    low, high = np.percentile(means, [tail, 100.0 - tail])
    return mean, float(low), float(high)


def summarise(
    predictions: Sequence[LabelPrediction],
    weights: np.ndarray,
    labels: Sequence[str],
    params: AggregateParams,
    seed: int,
) -> ScoreSummary:
    scores = np.array([p.score for p in predictions], dtype=float)
    mean, low, high = weighted_bootstrap(scores, weights, params, seed)
    counts = Counter(p.label for p in predictions)
    return ScoreSummary(mean, low, high, {label: counts.get(label, 0) for label in labels})


def aggregate(
    scored: Sequence[ScoredStatement],
    params: AggregateParams,
    seed: int,
    stance_labels: Sequence[str],
    sentiment_labels: Sequence[str],
) -> list[ActorAggregate]:
    """One aggregate per speaking actor and one per group (covering all its members).

    A name that is both an actor and a group (China) gets the group aggregate, which
    includes the statements attributed to the group itself.
    """
    kept = [
        s
        for s in scored
        if s.statement.actor is not None
        and s.statement.attribution_confidence >= params.min_attribution_confidence
    ]
    by_group: dict[str, list[ScoredStatement]] = {}
    by_actor: dict[str, list[ScoredStatement]] = {}
    for item in kept:
        by_group.setdefault(item.statement.actor_group or item.statement.actor, []).append(item)
        by_actor.setdefault(item.statement.actor, []).append(item)

    results = []
    for name, items in sorted(by_group.items()):
        members = sorted({i.statement.actor for i in items})
        results.append(
            _aggregate_one(
                name, "group", name, members, items, params, seed, stance_labels, sentiment_labels
            )
        )
    for name, items in sorted(by_actor.items()):
        if name in by_group:
            continue
        group = items[0].statement.actor_group or name
        results.append(
            _aggregate_one(
                name, "actor", group, [name], items, params, seed, stance_labels, sentiment_labels
            )
        )
    return results


def _aggregate_one(
    name, kind, group, members, items, params, seed, stance_labels, sentiment_labels
) -> ActorAggregate:
    confidences = np.array([i.statement.attribution_confidence for i in items], dtype=float)
    weights = confidences if params.weight_by_confidence else np.ones_like(confidences)
    # A per-name seed keeps each actor's interval stable when other actors are added.
    name_seed = seed + zlib.crc32(f"{kind}:{name}".encode())
    evidence = sorted(
        items,
        key=lambda i: (
            -i.statement.attribution_confidence * abs(i.stance.score),
            i.statement.statement_id,
        ),
    )[: params.top_evidence]
    return ActorAggregate(
        name=name,
        kind=kind,
        group=group,
        members=members,
        n_statements=len(items),
        stance=summarise([i.stance for i in items], weights, stance_labels, params, name_seed),
        sentiment=summarise(
            [i.sentiment for i in items], weights, sentiment_labels, params, name_seed + 1
        ),
        evidence=evidence,
    )
