"""VADER lexicon sentiment turned into a proper distribution over positive/neutral/negative.

Mapping (mode="compound", the default): with VADER's compound score c ∈ [-1, 1] and its usual
decision threshold t (0.05), logits are
    z_pos = scale·(c − t),   z_neu = 0,   z_neg = scale·(−c − t)
and probabilities are their softmax. So the most probable label is exactly VADER's standard
rule (positive if c ≥ t, negative if c ≤ −t, else neutral), the three probabilities sum to 1,
and P(pos) − P(neg) rises monotonically with c. `scale` sets how sharp they are.
mode="proportions" uses VADER's own pos/neu/neg proportions (already sum to 1), which are
dominated by "neu" on news text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from importlib.metadata import version

import numpy as np

from pipeline.errors import UserError
from pipeline.models.base import Backend
from pipeline.models.fingerprint import config_hash
from pipeline.models.head import softmax
from pipeline.param_checks import choice, require

_MODES = ("compound", "proportions")
VaderMode = choice("VaderMode", _MODES, __name__)


@dataclass
class VaderParams:
    backend: str = "vader"
    mode: VaderMode = VaderMode.compound
    threshold: float = 0.05
    scale: float = 1.75  # lowest log-loss on TweetEval sentiment val (1.72 on news dev)

    def __post_init__(self) -> None:
        require(0 <= self.threshold < 1, "threshold", self.threshold, "must be in [0, 1)")
        require(self.scale > 0, "scale", self.scale, "must be > 0")


class VaderBackend(Backend):
    def __init__(self, params: VaderParams, labels: tuple[str, ...]):
        if set(labels) != {"positive", "neutral", "negative"}:
            raise UserError(f"vader predicts sentiment only, not labels {list(labels)}")
        if params.mode not in _MODES:
            raise UserError(f"vader mode {params.mode!r}: use one of {', '.join(_MODES)}")
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        self.params = params
        self.labels = labels
        self.analyzer = SentimentIntensityAnalyzer()

    def fingerprint(self) -> str:
        payload = {"labels": self.labels, "params": vars(self.params)}
        return f"vader|{version('vaderSentiment')}|{config_hash(payload)}"

    def describe(self) -> dict:
        return {
            "backend": "vader",
            "model": f"vaderSentiment=={version('vaderSentiment')}",
            "fingerprint": self.fingerprint(),
        }

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        scores = [self.analyzer.polarity_scores(text) for text in texts]
        column = {label: i for i, label in enumerate(self.labels)}
        out = np.zeros((len(texts), 3))
        if self.params.mode == "proportions":
            for row, s in enumerate(scores):
                total = s["pos"] + s["neu"] + s["neg"]
                if total == 0:  # empty text: VADER returns all zeros
                    s = {"pos": 0.0, "neu": 1.0, "neg": 0.0}
                    total = 1.0
                out[row, column["positive"]] = s["pos"] / total
                out[row, column["neutral"]] = s["neu"] / total
                out[row, column["negative"]] = s["neg"] / total
            return out
        c = np.array([s["compound"] for s in scores])
        t, k = self.params.threshold, self.params.scale
        out[:, column["positive"]] = k * (c - t)
        out[:, column["negative"]] = k * (-c - t)
        return softmax(out)
