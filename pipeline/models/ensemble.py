"""An ensemble averages its members' probabilities (optionally weighted)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from pipeline.errors import UserError
from pipeline.models.base import Backend
from pipeline.models.fingerprint import config_hash


@dataclass
class EnsembleParams:
    backend: str = "ensemble"
    # Each member is a backend config: {backend: nli, model: ...}; unset fields take defaults.
    members: list[Any] = field(default_factory=list)
    # One weight per member; empty = equal weights.
    weights: list[float] = field(default_factory=list)


class EnsembleBackend(Backend):
    def __init__(self, members: list[Backend], weights: Sequence[float], labels: tuple[str, ...]):
        if not members:
            raise UserError("ensemble needs at least one member (ensemble.members=[...])")
        if weights and len(weights) != len(members):
            raise UserError(f"ensemble has {len(members)} members but {len(weights)} weights")
        chosen = np.asarray(weights or [1.0] * len(members), dtype=np.float64)
        if (chosen < 0).any() or chosen.sum() <= 0:
            raise UserError("ensemble weights must be >= 0 and not all 0")
        self.members = members
        self.weights = chosen / chosen.sum()
        self.labels = labels

    def fingerprint(self) -> str:
        parts = [m.fingerprint() for m in self.members]
        return f"ensemble|{config_hash({'members': parts, 'weights': self.weights.tolist()})}"

    def describe(self) -> dict:
        return {
            "backend": "ensemble",
            "fingerprint": self.fingerprint(),
            "weights": self.weights.tolist(),
            "members": [m.describe() for m in self.members],
        }

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        total = np.zeros((len(texts), len(self.labels)))
        for weight, member in zip(self.weights, self.members, strict=True):
            total += weight * member.predict_proba(texts)
        return total
