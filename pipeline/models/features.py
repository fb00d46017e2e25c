"""Feature vectors a linear head reads, built from sentence embeddings (and the raw texts).

Kinds, concatenated in the order a head lists them:
- statement:       the statement embedding s (d values).
- target_cosines:  s·t and s·dᵢ for the target embedding t and every label description dᵢ
                   (head templates with the study's target filled in): a handful of numbers
                   that mean the same thing for any target, so a head trained on some targets
                   transfers to a new one.
- pair:            s * t elementwise (d values): which directions of s agree with the target.
- vader:           VADER's compound, pos, neu and neg scores of the raw text (4 values).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from pipeline.errors import UserError
from pipeline.models.rowwise import row_dot

FEATURE_KINDS = ("statement", "target_cosines", "pair", "vader")


@dataclass
class HeadInputs:
    texts: Sequence[str]
    embeddings: np.ndarray  # (n, d) unit vectors
    target: np.ndarray | None = None  # (d,) unit vector of the target text
    descriptions: np.ndarray | None = None  # (m, d) label descriptions with the target filled in


def vader_scores(texts: Sequence[str]) -> np.ndarray:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    rows = [analyzer.polarity_scores(t) for t in texts]
    return np.array([[r["compound"], r["pos"], r["neu"], r["neg"]] for r in rows]).reshape(-1, 4)


def build_features(kinds: Sequence[str], inputs: HeadInputs) -> np.ndarray:
    s = inputs.embeddings
    parts = []
    for kind in kinds:
        if kind == "statement":
            parts.append(s)
        elif kind in ("target_cosines", "pair"):
            if inputs.target is None:
                raise UserError(f"head feature {kind!r} needs a target text")
            if kind == "pair":
                parts.append(s * inputs.target)
            else:
                if inputs.descriptions is None:
                    raise UserError("head feature 'target_cosines' needs label descriptions")
                parts.append(row_dot(s, np.vstack([inputs.target, inputs.descriptions])))
        elif kind == "vader":
            parts.append(vader_scores(inputs.texts))
        else:
            raise UserError(f"unknown head feature {kind!r}; use one of {list(FEATURE_KINDS)}")
    return np.hstack(parts) if parts else np.zeros((len(s), 0))
