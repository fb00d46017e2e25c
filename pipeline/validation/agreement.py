"""Agreement between two or more codings of the same units: Cohen's kappa, Krippendorff's alpha.

Both return None where the coefficient is undefined (no units, or every value the same, so
that chance agreement is already perfect); callers show that as "n/a", never as 0 or 1.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from pipeline.metrics import confusion


def cohen_kappa(a: Sequence[str], b: Sequence[str], labels: Sequence[str]) -> float | None:
    """Cohen's kappa of two complete codings of the same units, over the label set `labels`."""
    if len(a) != len(b):
        raise ValueError("both codings must cover the same units")
    if not a:
        return None
    index = {label: i for i, label in enumerate(labels)}
    cm = confusion(np.array([index[x] for x in a]), np.array([index[x] for x in b]), len(labels))
    n = cm.sum()
    observed = np.trace(cm) / n
    expected = float(cm.sum(axis=1) @ cm.sum(axis=0)) / (n * n)
    if np.isclose(expected, 1.0):
        return None
    return float((observed - expected) / (1 - expected))


def krippendorff_alpha_nominal(units: Sequence[Sequence[str | None]]) -> float | None:
    """Krippendorff's alpha for nominal data; `units[u]` holds every coder's value (None: missing).

    Built from the coincidence matrix (Krippendorff 2011, "Computing Krippendorff's
    alpha-reliability"): units with fewer than two values are not pairable and drop out;
    alpha = 1 - (n - 1) * (off-diagonal coincidences) / (n^2 - sum of squared value totals).
    """
    values = sorted({v for unit in units for v in unit if v is not None})
    index = {v: i for i, v in enumerate(values)}
    coincidences = np.zeros((len(values), len(values)))
    for unit in units:
        coded = [index[v] for v in unit if v is not None]
        if len(coded) < 2:
            continue
        counts = np.bincount(coded, minlength=len(values)).astype(float)
        coincidences += (np.outer(counts, counts) - np.diag(counts)) / (len(coded) - 1)
    totals = coincidences.sum(axis=1)
    n = totals.sum()
    expected = n * n - float(totals @ totals)
    if n == 0 or expected == 0:
        return None
    observed = coincidences.sum() - np.trace(coincidences)
    return float(1 - (n - 1) * observed / expected)
