"""Zero-shot NLI: premise = statement, hypothesis = a template per label.

Every (statement, label, template) pair goes through the model in one batched pass. The
entailment index (and contradiction / not-entailment index) is read from the model's id2label,
so 3-way MNLI heads and 2-way entailment/not_entailment heads both work.
mode="softmax": per pair, the entailment score is the entailment logit (3-way heads, as the
  transformers zero-shot pipeline does) or entailment − not_entailment logit (2-way heads);
  scores are averaged over a label's templates and softmaxed over labels.
mode="entail_contradict": per pair, P(entail) = softmax over [contradiction, entailment];
  averaged over templates, then normalised across labels.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from pipeline.errors import UserError
from pipeline.models.base import Backend
from pipeline.models.embedding import check_label_keys, softmax
from pipeline.models.fingerprint import config_hash
from pipeline.models.prompts import NLI_TEMPLATES, fill_target
from pipeline.models.runtime import RuntimeParams
from pipeline.models.sequence import SequenceModel
from pipeline.param_checks import choice, require

_MODES = ("softmax", "entail_contradict")
NLIMode = choice("NLIMode", _MODES, __name__)


@dataclass
class NLIParams:
    backend: str = "nli"
    model: str = "MoritzLaurer/deberta-v3-base-zeroshot-v2.0"
    revision: str | None = None
    # label -> hypothesis templates with a {target} placeholder; empty = the task's defaults.
    templates: dict[str, list[str]] = field(default_factory=dict)
    mode: NLIMode = NLIMode.softmax
    max_length: int = 512

    def __post_init__(self) -> None:
        require(self.max_length >= 1, "max_length", self.max_length, "must be >= 1")


def nli_indices(id2label: dict[int, str], model: str) -> tuple[int, int, bool]:
    """(entailment index, contradiction-or-not-entailment index, is_two_way)."""
    names = {i: name.lower().replace("-", "_").replace(" ", "_") for i, name in id2label.items()}
    negative = {"not_entailment", "non_entailment", "not_entail"}
    entail = [i for i, n in names.items() if n.startswith("entail")]
    contra = [i for i, n in names.items() if n.startswith("contradict")]
    not_entail = [i for i, n in names.items() if n in negative]
    if len(entail) != 1 or not (contra or not_entail):
        raise UserError(
            f"model {model!r} is not an NLI model: id2label {list(id2label.values())} lacks "
            "entailment and contradiction/not_entailment"
        )
    two_way = not contra
    return entail[0], (not_entail if two_way else contra)[0], two_way


class NLIBackend(Backend):
    def __init__(
        self,
        params: NLIParams,
        labels: tuple[str, ...],
        target: str,
        runtime: RuntimeParams,
        task: str,
    ):
        if params.mode not in _MODES:
            raise UserError(f"nli mode {params.mode!r}: use one of {', '.join(_MODES)}")
        self.params = params
        self.labels = labels
        templates = params.templates or NLI_TEMPLATES.get(task)
        if templates is None:
            raise UserError(
                f"{task}.templates: no generic hypotheses for task {task!r}; give "
                f"{task}.templates={{LABEL: [hypotheses]}} for the labels {list(labels)}"
            )
        self.templates = fill_target(templates, target)
        check_label_keys(self.templates, labels, f"{task} NLI templates")
        if any(not items for items in self.templates.values()):
            raise UserError("every label needs at least one NLI template")
        self.model = SequenceModel(params.model, runtime, params.revision, params.max_length)
        self.entail, self.other, self.two_way = nli_indices(
            self.model.id2label, self.model.resolved.model_id
        )

    def fingerprint(self) -> str:
        payload = {"labels": self.labels, "templates": self.templates, "mode": self.params.mode}
        return f"nli|{self.model.fingerprint()}|{config_hash(payload)}"

    def describe(self) -> dict:
        return {
            "backend": "nli",
            **self.model.describe(),
            "fingerprint": self.fingerprint(),
        }

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, len(self.labels)))
        # Flatten all (statement, label, template) pairs into one batched pass.
        hypotheses = [(lab, h) for lab in self.labels for h in self.templates[lab]]
        premises = [t for t in texts for _ in hypotheses]
        logits = self.model.logits(premises, [h for t in texts for _, h in hypotheses])
        logits = logits.astype(np.float64).reshape(len(texts), len(hypotheses), -1)
        if self.params.mode == "softmax":
            pair = logits[..., self.entail]
            if self.two_way:
                pair = pair - logits[..., self.other]
        else:
            pair = softmax2(logits[..., self.other], logits[..., self.entail])
        per_label = np.stack(
            [
                pair[:, [j for j, (lab, _) in enumerate(hypotheses) if lab == label]].mean(axis=1)
                for label in self.labels
            ],
            axis=1,
        )
        if self.params.mode == "softmax":
            return softmax(per_label)
        return per_label / per_label.sum(axis=1, keepdims=True)


def softmax2(negative: np.ndarray, positive: np.ndarray) -> np.ndarray:
    """P(positive) of a two-way softmax, elementwise."""
    return 1.0 / (1.0 + np.exp(negative - positive))
