"""Default label descriptions: embedding prototypes and NLI hypotheses per task.

`{target}` is replaced by the study's target (e.g. "China–US climate cooperation").
The configs under configs/stance and configs/sentiment restate these (a test keeps them equal).
"""

from __future__ import annotations

EMBEDDING_PROTOTYPES: dict[str, dict[str, list[str]]] = {
    "stance": {
        "favor": [
            "We support {target} and want to work together on it.",
            "{target} is important, beneficial and should be strengthened.",
            "The two sides agreed to cooperate and praised the constructive talks.",
            "Working together on climate change benefits both countries and the world.",
        ],
        "against": [
            "We oppose {target}; it is a mistake.",
            "{target} is blocked by disputes and cannot move forward.",
            "Climate talks cannot be separated from other disputes; "
            "the other side must change first.",
            "Critics said cooperation is naive, one-sided and should be abandoned.",
        ],
        "none": [
            "A factual report of dates, figures and events.",
            "A statement unrelated to {target}.",
            "The meeting took place on Wednesday; officials did not comment.",
            "Emissions, energy statistics and economic data for the year.",
        ],
    },
    "sentiment": {
        "positive": [
            "This is good news: a hopeful, positive and successful development.",
            "Praise, welcome and optimism.",
        ],
        "neutral": [
            "A neutral, factual statement of dates, figures and events.",
        ],
        "negative": [
            "This is bad news: a worrying, negative and harmful development.",
            "Criticism, accusations, anger and pessimism.",
        ],
    },
}

# Calibration of the default prototypes, fitted on the dev split of data/labeled by
# benchmarks/offline_accuracy.py: label_bias (logit units) maximises dev F_avg / macro-F1,
# then the temperature minimises dev log-loss. Custom prototypes get no bias unless given.
EMBEDDING_CALIBRATION: dict[str, dict] = {
    "stance": {"temperature": 0.02, "label_bias": {"favor": -5.0, "against": -3.5, "none": 0.0}},
    "sentiment": {
        "temperature": 0.035,
        "label_bias": {"positive": -1.143, "neutral": 1.429, "negative": 0.0},
    },
}

NLI_TEMPLATES: dict[str, dict[str, list[str]]] = {
    "stance": {
        "favor": ["The speaker supports {target}.", "This statement is in favor of {target}."],
        "against": ["The speaker opposes {target}.", "This statement is against {target}."],
        "none": [
            "The speaker takes no position on {target}.",
            "This statement is neutral about {target}.",
        ],
    },
    "sentiment": {
        "positive": ["The tone of this text is positive."],
        "neutral": ["The tone of this text is neutral."],
        "negative": ["The tone of this text is negative."],
    },
}


def fill_target(texts: dict[str, list[str]], target: str) -> dict[str, list[str]]:
    """Replace the {target} placeholder (str.replace: other braces stay literal)."""
    return {label: [t.replace("{target}", target) for t in items] for label, items in texts.items()}
