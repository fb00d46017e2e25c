"""Parameters of the attribution stage (a plain dataclass; the entry point fills it from Hydra)."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.param_checks import require


@dataclass
class AttributionParams:
    """min_confidence: attributions below it become narration (actor None).
    include_narration: emit statements nobody says (actor None) or leave them out.
    continuation: let pronouns ("he added") and cue-less quoted follow-on sentences inherit the
    last speaker across sentences and paragraphs."""

    min_confidence: float = 0.0
    include_narration: bool = True
    continuation: bool = True

    def __post_init__(self) -> None:
        low = self.min_confidence
        require(0 <= low <= 1, "min_confidence", low, "must be in [0, 1]")
