"""Synthetic finished runs (report.json + statements.jsonl in the output contract's format)."""

import json
from pathlib import Path

STANCE = ("favor", "against", "none")
SENTIMENT = ("positive", "neutral", "negative")


def statement(i: int, actor: str | None, stance: str, sentiment: str, article: str = "a1") -> dict:
    start = i * 100
    return {
        "article_id": article,
        "statement_id": f"{article}:{i:03d}",
        "text": f"Statement {i} by {actor}.",
        "char_start": start,
        "char_end": start + 50,
        "actor": actor,
        "actor_group": {"Wang Yi": "China", "John Kerry": "United States"}.get(actor, actor),
        "stance": {"label": stance, "probs": {k: float(k == stance) for k in STANCE}, "score": 0},
        "sentiment": {
            "label": sentiment,
            "probs": {k: float(k == sentiment) for k in SENTIMENT},
            "score": 0,
        },
    }


def write_run(path: Path, statements: list[dict], fingerprint: str = "fp-stance") -> Path:
    path.mkdir(parents=True)
    report = {
        "target": "the deal",
        "actors": {},
        "provenance": {
            "models": {
                "stance": {"backend": "embedding", "fingerprint": fingerprint},
                "sentiment": {"backend": "vader", "fingerprint": "fp-sentiment"},
            }
        },
    }
    (path / "report.json").write_text(json.dumps(report))
    (path / "statements.jsonl").write_text("".join(json.dumps(s) + "\n" for s in statements))
    return path


def population_statements(sizes: dict[tuple[str, str], int]) -> list[dict]:
    """Statements whose (actor, stance) strata have the given sizes, plus narration."""
    out, i = [], 0
    for (actor, stance), size in sizes.items():
        for _ in range(size):
            out.append(statement(i, actor, stance, SENTIMENT[i % 3]))
            i += 1
    out.append(statement(i, None, "none", "neutral"))  # narration: context only, never sampled
    return out
