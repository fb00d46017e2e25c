"""Parameters of the attribution stage (a plain dataclass; the entry point fills it from Hydra)."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.param_checks import choice, require

Confidence = choice("Confidence", ("model", "rules"), __name__)
SpeakerModelChoice = choice("SpeakerModelChoice", ("learned", "none"), __name__)
Agreements = choice("Agreements", ("act", "speech"), __name__)


@dataclass
class AttributionParams:
    """min_confidence: attributions below it become narration (actor None); 0.5 keeps a
    speaker only when the confidence model gives it at least even odds.
    include_narration: emit statements nobody says (actor None) or leave them out.
    continuation: let pronouns ("he added") and cue-less quoted follow-on sentences inherit the
    last speaker across sentences and paragraphs.
    confidence: "model" = attribution_confidence is the fitted confidence model's probability
    that the speaker is right (pipeline/attribution/confidence_model.json); "rules" = the
    hand-set confidence of each kind of cue.
    speaker_model: "learned" = the fitted re-ranker (pipeline/attribution/speaker_model.json)
    confirms, drops or adds each sentence's speakers over the rules' candidates; "none" = the
    rules' speakers as they are.
    agreements: "act" = an agreement reported as reached ("Kenya and Iran have agreed to form a
    committee", "EU, US agree on …", "China, Argentina agree landmark beef deal", "agreed with
    X to …", "reached an agreement") is a deed, not a statement, as the gold sets have labelled
    it since round 120; "speech" = the parties speak, as rounds 1–60 labelled it. "agreed that
    …" and a clause without its "that" ("agree troops should disengage") report what was agreed
    and are speech either way.
    max_chars: an article longer than this stops the run with one line before any work
    (0 = no limit); a news article is rarely over 50,000 characters."""

    min_confidence: float = 0.5
    include_narration: bool = True
    continuation: bool = True
    max_chars: int = 1_000_000
    confidence: Confidence = Confidence.model
    speaker_model: SpeakerModelChoice = SpeakerModelChoice.none
    agreements: Agreements = Agreements.act

    def __post_init__(self) -> None:
        low = self.min_confidence
        require(0 <= low <= 1, "min_confidence", low, "must be in [0, 1]")
