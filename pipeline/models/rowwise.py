"""Products whose every row is computed on its own, so a row never depends on its neighbours.

`x @ w.T` goes to BLAS, which picks its kernel and summation order by matrix size: a statement
scored among 40 others and among 300 got probabilities apart by up to 6e-6 (float32 logits
divided by a temperature of 0.02). Shards, resumed runs and partly cached runs score different
sets of statements together, so they would not reproduce a single run's numbers bit for bit.
"""

from __future__ import annotations

import numpy as np

_BLOCK = 1024  # rows per step: bounds the (rows, len(w), d) temporary


def row_dot(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """x @ w.T in float64 (exact products of float32 inputs), each row summed on its own."""
    x = np.asarray(x, dtype=np.float64)
    w = np.asarray(w, dtype=np.float64)
    out = np.empty((len(x), len(w)))
    for start in range(0, len(x), _BLOCK):
        out[start : start + _BLOCK] = (x[start : start + _BLOCK, None, :] * w[None]).sum(axis=2)
    return out
