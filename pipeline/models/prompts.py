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
        ],
        "against": [
            "We oppose {target}; it is a mistake.",
            "{target} is blocked by disputes and cannot move forward.",
        ],
        "none": [
            "A factual report of dates, figures and events.",
            "A statement unrelated to {target}.",
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
