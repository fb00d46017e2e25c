"""Default label descriptions: embedding prototypes and NLI hypotheses per task.

`{target}` is replaced by the study's target (e.g. "China–US climate cooperation").
The configs under configs/stance and configs/sentiment restate these (a test keeps them equal).
"""

from __future__ import annotations

# Generic: they know nothing of any one study. A study's own descriptions replace them
# (configs/actors/*.yaml, `stance.prototypes`).
EMBEDDING_PROTOTYPES: dict[str, dict[str, list[str]]] = {
    "stance": {
        "favor": ["I support {target}.", "{target} is good and should be strengthened."],
        "against": ["I oppose {target}.", "{target} is bad and should be stopped."],
        "none": ["This says nothing about {target}.", "A factual report of dates and events."],
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

# Calibration of the generic prototypes. Stance: only a temperature (no label bias: a bias
# fitted on one target's data would tilt every other target), chosen by dev log-loss over the
# TweetEval stance validation splits of all five targets (benchmarks/offline_accuracy.py).
# Sentiment: temperature and bias fitted on the dev split of data/labeled/sentiment_news.jsonl.
EMBEDDING_CALIBRATION: dict[str, dict] = {
    "stance": {"temperature": 0.062, "label_bias": {}},
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
