"""A synthetic dated news corpus built from templates, for benchmarks and corpus tests.

    python benchmarks/synthetic_corpus.py N OUT.jsonl [--seed 0] [--distinct]

Articles spread over two years (2021–2022) and five outlets; speakers are the founding study's
actors (people, agencies, countries), so attribution finds them. Stance drifts with time: Chinese
speakers grow warmer towards cooperation in 2022, US speakers cooler, which the trend figure
should show. Statements repeat a few hundred templates, so the prediction cache absorbs most model
work (the pipeline's own cost shows); `--distinct` makes nearly every statement unique, as in
real news, so the model's cost dominates.
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import date, timedelta
from pathlib import Path

OUTLETS = ["Wire Service", "Daily Ledger", "Global Times", "The Courier", "Pacific Post"]
SPEAKERS = {
    "China": ["Wang Yi", "Xie Zhenhua", "the foreign ministry", "Beijing"],
    "United States": ["John Kerry", "Antony Blinken", "Washington", "the State Department"],
}
WARM = [
    "the two countries must work together to cut emissions this decade",
    "climate cooperation with the other side is essential for the whole world",
    "the joint working group will deliver real progress on methane",
]
COLD = [
    "climate cooperation cannot be separated from broader bilateral relations",
    "sanctions and accusations undermine any talk of partnership",
    "the other side must stop treating cooperation as a bargaining chip",
]
VERBS = ["said", "warned", "stressed", "told reporters", "insisted"]
FILLER = [
    "Officials met in Tianjin for two days of talks.",
    "Coal still supplies most of the region's power.",
    "Analysts expect a new round of negotiations before the summit.",
    "Emissions rose again last year, according to official data.",
]
START = date(2021, 1, 1)
DAYS = 730


def article(i: int, rng: random.Random, distinct: bool = False) -> dict:
    day = START + timedelta(days=rng.randrange(DAYS))
    late = day.year == 2022
    paragraphs = [rng.choice(FILLER)]
    for _ in range(rng.randint(2, 5)):
        country = rng.choice(list(SPEAKERS))
        speaker = rng.choice(SPEAKERS[country])
        warm = (country == "China") == late  # China warms in 2022, the US cools
        claim = rng.choice(WARM if rng.random() < (0.7 if warm else 0.3) else COLD)
        if distinct:
            claim += f" before round {rng.randint(1, 999)} of the talks"
        verb = rng.choice(VERBS)
        if rng.random() < 0.5:
            paragraphs.append(f"“{claim[0].upper()}{claim[1:]},” {speaker} {verb}.")
        else:
            paragraphs.append(f"{speaker[0].upper()}{speaker[1:]} {verb} that {claim}.")
        paragraphs.append(rng.choice(FILLER))
    return {
        "id": f"art{i:06d}",
        "title": f"Climate talks, day {i}",
        "date": day.isoformat(),
        "source": rng.choice(OUTLETS),
        "url": f"https://news.example/{i:06d}",
        "text": "\n\n".join(paragraphs),
    }


def write_corpus(n: int, path: Path, seed: int = 0, distinct: bool = False) -> Path:
    rng = random.Random(seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            handle.write(json.dumps(article(i, rng, distinct), ensure_ascii=False) + "\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--distinct", action="store_true", help="nearly every statement unique")
    args = parser.parse_args()
    print(write_corpus(args.n, args.out, args.seed, args.distinct))


if __name__ == "__main__":
    main()
