"""The one interface every stance or sentiment backend implements."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence

import numpy as np


class Backend(ABC):
    """Turns texts into a probability matrix over `labels` (rows sum to 1).

    The target (e.g. "China–US climate cooperation") is bound at construction, so
    `predict_proba` only sees texts. `fingerprint` must change whenever predictions could:
    weights (hash or hub revision), templates, prototypes, label mapping, target.
    """

    labels: tuple[str, ...]

    @abstractmethod
    def predict_proba(self, texts: Sequence[str]) -> np.ndarray: ...

    @abstractmethod
    def fingerprint(self) -> str: ...

    def describe(self) -> dict:
        """Provenance for report.json: model id, revision or weight hash, backend kind."""
        return {"backend": type(self).__name__, "fingerprint": self.fingerprint()}
