"""Calibrated attribution confidence: a logistic model over features of each attribution.

The rules find a speaker and give it a hand-set confidence per cue kind; that scale did not
track correctness on real wire copy. `features()` describes one attribution (how it was
found, the cue, what kind of mention names the speaker, where it sits, who else is named),
and a `Logistic` model turns that into P(speaker is right) with weights fitted by
`python -m pipeline.attribution.fit_confidence` on the gold sets (cross-validated by
article) and shipped as plain JSON in confidence_model.json.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.attribution import lexicon as lx

MODEL_PATH = Path(__file__).with_name("confidence_model.json")
# Every way the engine can find a speaker (attribution_kind); others get no kind feature.
KINDS = (
    "direct_quote",
    "reported",
    "according_to",
    "participle",
    "pronoun",
    "role_anaphor",
    "partial_quote",
    "continuation",
    "statement_body",
    "reported_continuation",
)
# The plain reporting verbs; any other verb is a less certain cue.
SAY_VERBS = frozenset("said says say told tells tell added adds saying telling".split())


@dataclass(frozen=True)
class Attribution:
    """What the engine knows about one attributed span when it emits it."""

    kind: str
    rule_confidence: float
    cue: str | None
    mention: str | None
    person: bool  # the speaker is a person actor
    text: str  # the span
    chunk_chars: int
    is_title: bool
    paragraph: int
    others: int  # other study actors named in the span
    other_person: bool  # one of them is a person


def features(a: Attribution) -> dict[str, float]:
    mention = (a.mention or "").strip()
    lower = mention.lower()
    pronoun = lower in lx.PRONOUNS
    role = bool(mention) and not pronoun and (lower.startswith("the ") or mention[:1].islower())
    cue = (a.cue or "").lower()
    lemma = lx.FINITE_FORMS.get(cue) or lx.BASE_FORMS.get(cue) or lx.PARTICIPLE_FORMS.get(cue)
    f = {f"kind={k}": float(a.kind == k) for k in KINDS}
    f.update(
        {
            "rule_confidence": a.rule_confidence,
            "cue_none": float(not cue),
            "cue_quote_mark": float(bool(cue) and not cue[0].isalpha()),
            "cue_say_verb": float(cue in SAY_VERBS),
            "cue_other_verb": float(bool(cue) and cue[0].isalpha() and cue not in SAY_VERBS),
            "cue_hand_verb": float(lemma in lx.HAND_LEMMAS),
            "cue_derived_verb": float(bool(lemma) and lemma not in lx.HAND_LEMMAS),
            "cue_weak_verb": float(lemma in lx.WEAK_LEMMAS),
            "mention_none": float(not mention),
            "mention_pronoun": float(pronoun),
            "mention_role": float(role),
            "mention_name": float(bool(mention) and not pronoun and not role),
            "mention_in_span": float(bool(mention) and mention in a.text),
            "span_starts_with_mention": float(bool(mention) and a.text.startswith(mention)),
            "speaker_is_person": float(a.person),
            "quote_in_span": float(any(ch in a.text for ch in "\"“”«»")),
            "is_title": float(a.is_title),
            "first_paragraph": float(a.paragraph <= 1),
            "log_paragraph": math.log1p(a.paragraph),
            "other_actors": float(min(a.others, 3)),
            "other_person": float(a.other_person),
            "span_share": len(a.text) / a.chunk_chars if a.chunk_chars else 1.0,
            "log_words": math.log1p(len(a.text.split())),
        }
    )
    return f


@dataclass(frozen=True)
class Logistic:
    """P(yes) from named features: z-scored with the training mean and scale, then weighted
    (the confidence model here, and the speaker model's keep and add models)."""

    names: tuple[str, ...]
    coef: tuple[float, ...]
    intercept: float
    mean: tuple[float, ...]
    scale: tuple[float, ...]

    def probability(self, feats: dict[str, float]) -> float:
        z = self.intercept + sum(
            w * (feats.get(n, 0.0) - m) / s
            for n, w, m, s in zip(self.names, self.coef, self.mean, self.scale, strict=True)
        )
        return 1.0 / (1.0 + math.exp(-z))


@lru_cache(maxsize=4)
def load_model(path: str | Path = MODEL_PATH) -> Logistic:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return Logistic(
        names=tuple(data["features"]),
        coef=tuple(data["coef"]),
        intercept=float(data["intercept"]),
        mean=tuple(data["mean"]),
        scale=tuple(data["scale"]),
    )
