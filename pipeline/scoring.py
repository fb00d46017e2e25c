"""Statement scores and their aggregation into cells keyed by actor, group, outlet and time.

Intervals come from a percentile bootstrap that resamples whole articles (statements of one
article are correlated) or single statements. Each resample is a vector of cluster counts applied
to per-cluster sums, drawn in chunks, so memory stays bounded (no n_bootstrap × n matrix).
"""

from __future__ import annotations

import json
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from pipeline.param_checks import choice, require
from pipeline.schema import TaskSpec

# Cell keys `aggregate.by` may name. `actor` counts a statement for its speaker and for every
# group above it (a minister's statement is also the ministry's and the country's).
KEYS = ("actor", "group", "outlet", "week", "month", "quarter", "year")
TIME_KEYS = ("week", "month", "quarter", "year")
Resample = choice("Resample", ("article", "statement"), __name__)
NO_DATE = "undated"
NO_OUTLET = "unknown"
# Most bootstrap counts held at once (resamples × clusters): ~8 MB of int64.
_BOOTSTRAP_BLOCK = 1 << 20


@dataclass
class AggregateParams:
    n_bootstrap: int = 2000
    confidence_level: float = 0.95
    # Weight each statement by its attribution confidence (else all weigh 1).
    weight_by_confidence: bool = True
    # Statements attributed with less confidence than this are left out of the aggregates.
    min_attribution_confidence: float = 0.0
    top_evidence: int = 3
    # Keys of the cells table (report.json `cells`), e.g. [group, month]; empty: no cells table.
    by: list[str] = field(default_factory=list)
    # Bootstrap unit: article (cluster bootstrap, the default) or statement.
    resample: Resample = Resample.article
    # Cells with fewer statements are flagged `small` (kept, never hidden).
    min_n: int = 5
    # task=aggregate / task=report: the finished run or sweep directories to read.
    runs: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        require(self.n_bootstrap >= 1, "n_bootstrap", self.n_bootstrap, "must be >= 1")
        level = self.confidence_level
        require(0 < level < 1, "confidence_level", level, "must be in (0, 1), e.g. 0.95")
        low = self.min_attribution_confidence
        require(0 <= low <= 1, "min_attribution_confidence", low, "must be in [0, 1]")
        require(self.top_evidence >= 0, "top_evidence", self.top_evidence, "must be >= 0")
        require(self.min_n >= 1, "min_n", self.min_n, "must be >= 1")
        unknown = [k for k in self.by if k not in KEYS]
        require(not unknown, "by", list(self.by), f"unknown {unknown}; use any of {list(KEYS)}")


@dataclass
class ScoreSummary:
    mean: float | None
    ci_low: float | None
    ci_high: float | None
    counts: dict[str, int]


@dataclass
class Frame:
    """The columns aggregation needs, one entry per statement, in a canonical order."""

    statement_id: list[str]
    article_id: list[str]
    actor: list[str | None]
    actor_group: list[str | None]
    source: list[str | None]
    date: list[str | None]
    confidence: np.ndarray
    scores: dict[str, np.ndarray]  # task → score per statement
    labels: dict[str, list[str]]  # task → label per statement

    def __len__(self) -> int:
        return len(self.statement_id)


@dataclass
class Cell:
    keys: dict[str, str]
    n_statements: int
    n_articles: int
    small: bool
    summaries: dict[str, ScoreSummary]
    evidence: list[int]  # Frame row indices, strongest first
    members: list[str] = field(default_factory=list)
    resampled: str = "article"  # the bootstrap unit used (statement when one article)


def predictions_from_probs(probs: np.ndarray, task: TaskSpec) -> tuple[list[str], np.ndarray]:
    """Arg-max labels and scores P(positive) − P(negative) for a (n, len(labels)) matrix."""
    probs = np.asarray(probs, dtype=np.float64).reshape(-1, len(task.labels))
    labels = [task.labels[i] for i in np.argmax(probs, axis=1)]
    pos, neg = task.labels.index(task.positive), task.labels.index(task.negative)
    return labels, probs[:, pos] - probs[:, neg]


def time_bin(iso: str | None, unit: str) -> str:
    if iso is None:
        return NO_DATE
    day = date.fromisoformat(iso)
    if unit == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if unit == "month":
        return f"{day.year}-{day.month:02d}"
    if unit == "quarter":
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    return str(day.year)


def bootstrap_means(
    values: np.ndarray,
    weights: np.ndarray,
    clusters: Sequence[str],
    n_bootstrap: int,
    confidence_level: float,
    seed: int,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Weighted means of `values` (n, T) and percentile intervals, resampling clusters.

    Every resample draws as many clusters as there are, with replacement; a statement
    bootstrap is the case where every statement is its own cluster. One cluster: no interval
    can be estimated and the bounds equal the mean.
    """
    weights = weights if weights.sum() > 0 else np.ones_like(weights)
    mean = weights @ values / weights.sum()
    _, index = np.unique(np.asarray(clusters, dtype=object), return_inverse=True)
    k = int(index.max()) + 1
    if k < 2:
        return mean, mean.copy(), mean.copy()
    sums = np.zeros((k, values.shape[1]))
    np.add.at(sums, index, weights[:, None] * values)
    totals = np.bincount(index, weights=weights, minlength=k)
    rng = np.random.default_rng(seed)
    draws = np.empty((n_bootstrap, values.shape[1]))
    block = max(1, _BOOTSTRAP_BLOCK // k)
    for start in range(0, n_bootstrap, block):
        counts = rng.multinomial(k, np.full(k, 1.0 / k), size=min(block, n_bootstrap - start))
        drawn = (counts @ totals)[:, None]
        draws[start : start + len(counts)] = np.divide(
            counts @ sums,
            drawn,
            out=np.full((len(counts), values.shape[1]), np.nan),
            where=drawn > 0,
        )
    # A resample of only weightless clusters (a precision over articles with no prediction)
    # has no mean: it is left out rather than counted as 0.
    tail = (1.0 - confidence_level) / 2.0 * 100.0
    low, high = np.nanpercentile(draws, [tail, 100.0 - tail], axis=0)
    return mean, low, high


def ancestors(hierarchy: dict[str, str | None], name: str) -> list[str]:
    """The actor itself, then each group above it."""
    chain = [name]
    while hierarchy.get(chain[-1]) is not None and hierarchy[chain[-1]] not in chain:
        chain.append(hierarchy[chain[-1]])
    return chain


def _row_keys(frame: Frame, i: int, key: str, hierarchy: dict) -> list[str]:
    if key == "actor":
        return ancestors(hierarchy, frame.actor[i])
    if key == "group":
        return [frame.actor_group[i] or frame.actor[i]]
    if key == "outlet":
        return [frame.source[i] or NO_OUTLET]
    return [time_bin(frame.date[i], key)]


def aggregate_cells(
    frame: Frame,
    by: Sequence[str],
    hierarchy: dict[str, str | None],
    tasks: Sequence[TaskSpec],
    params: AggregateParams,
    seed: int,
) -> list[Cell]:
    """One cell per combination of `by` values that has statements, in sorted key order."""
    members: dict[tuple[str, ...], list[int]] = {}
    for i in range(len(frame)):
        if frame.actor[i] is None or frame.confidence[i] < params.min_attribution_confidence:
            continue
        combos: list[tuple[str, ...]] = [()]
        for key in by:
            combos = [c + (v,) for c in combos for v in _row_keys(frame, i, key, hierarchy)]
        for combo in combos:
            members.setdefault(combo, []).append(i)
    return [
        _cell(frame, dict(zip(by, combo, strict=True)), rows, tasks, params, seed)
        for combo, rows in sorted(members.items())
    ]


def _cell(frame, keys, rows, tasks, params, seed) -> Cell:
    rows_arr = np.asarray(rows)
    confidence = frame.confidence[rows_arr]
    weights = confidence if params.weight_by_confidence else np.ones_like(confidence)
    values = np.stack([frame.scores[t.name][rows_arr] for t in tasks], axis=1)
    n_articles = len({frame.article_id[i] for i in rows})
    # One article cannot be resampled as a cluster: its statements are the only variation left.
    unit = "article" if params.resample == "article" and n_articles > 1 else "statement"
    clusters = [frame.article_id[i] if unit == "article" else frame.statement_id[i] for i in rows]
    # A per-cell seed keeps each interval stable when other cells (or shards) come and go.
    cell_seed = seed + zlib.crc32(json.dumps(keys, sort_keys=True).encode())
    mean, low, high = bootstrap_means(
        values, weights, clusters, params.n_bootstrap, params.confidence_level, cell_seed
    )
    summaries = {}
    for t, task in enumerate(tasks):
        counts = Counter(frame.labels[task.name][i] for i in rows)
        summaries[task.name] = ScoreSummary(
            float(mean[t]), float(low[t]), float(high[t]), {lab: counts[lab] for lab in task.labels}
        )
    primary = frame.scores[tasks[0].name]
    evidence = sorted(
        rows, key=lambda i: (-frame.confidence[i] * abs(primary[i]), frame.statement_id[i])
    )
    return Cell(
        keys=keys,
        n_statements=len(rows),
        n_articles=n_articles,
        small=len(rows) < params.min_n,
        summaries=summaries,
        evidence=evidence[: params.top_evidence],
        members=sorted({frame.actor[i] for i in rows}),
        resampled=unit,
    )


def empty_summary(task: TaskSpec) -> ScoreSummary:
    """A study actor nobody quoted: listed with n = 0, no mean."""
    return ScoreSummary(None, None, None, {label: 0 for label in task.labels})
