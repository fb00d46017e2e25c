"""Temperature scaling: one scalar T that makes softmax(logits / T) honest on held-out rows.

Fitted by minimising the negative log-likelihood of the dev labels (Guo et al. 2017); the
argmax (and so accuracy) is unchanged, only the confidence moves. Every calibration is kept
with a record of what it was fitted on (file, sha256, split, target), so a run can tell when
it borrows one fitted for another target.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import numpy as np

log = logging.getLogger(__name__)


def log_softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))


def nll(logits: np.ndarray, gold: np.ndarray, temperature: float) -> float:
    """Mean negative log-likelihood of gold label indices under softmax(logits / T)."""
    return float(-log_softmax(logits / temperature)[np.arange(len(gold)), gold].mean())


def fit_temperature(logits: np.ndarray, gold: Sequence[int]) -> float:
    """The T in [0.01, 100] with the lowest NLL: a log grid, then a finer grid around its best."""
    gold = np.asarray(gold)
    grid = np.exp(np.linspace(np.log(0.01), np.log(100.0), 121))
    best = min(grid, key=lambda t: nll(logits, gold, t))
    fine = best * np.exp(np.linspace(-0.05, 0.05, 21))
    return float(min(fine, key=lambda t: nll(logits, gold, t)))


def foreign_target_warning(fitted_on, target: str) -> str | None:
    """A warning (also logged) when a calibration recorded for one target serves another."""
    recorded = (getattr(fitted_on, "target", "") or "").strip()
    if not recorded or recorded == target.strip():
        return None
    message = (
        f"stance calibration fitted for target {recorded!r} "
        f"({fitted_on.data or 'unrecorded data'}, split {fitted_on.split or '?'}) "
        f"is used for target {target!r}"
    )
    log.warning(message)
    return message
