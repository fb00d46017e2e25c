"""Attribution time against article size: one single-line article of 0.5, 1, 2 and 5 MB.

Prints seconds per size and the ratio of each step's time to its size ratio (1.0 = linear).
The text repeats varied wire sentences (quotes, cues, actor mentions) on one line, the shape
that used to stall (issue 11). Run: python benchmarks/attribution_scaling.py [--sizes 0.5 1 2 5]
[--speaker-model none|learned] (the learned re-ranker's cost: run both and compare).
"""

from __future__ import annotations

import argparse
import time

from pipeline.actors import build_actor_set, load_study
from pipeline.attribution import AttributionParams, attribute
from pipeline.attribution_eval import DEFAULT_STUDY
from pipeline.chunking import ChunkerParams, chunk_article
from pipeline.types import Article

SENTENCES = (
    "China's foreign ministry said on Monday that the talks had been candid. ",
    "“We will keep talking,” Kerry told reporters in Beijing. ",
    "The minister stressed that both sides should respect each other. ",
    "Tensions between Beijing and Washington have risen in recent months. ",
    "Mao Ning, a spokeswoman for the foreign ministry, said the curbs were unfair. ",
    "According to a State Department readout, Blinken raised the issue of coal. ",
    "Analysts said the two sides remained far apart, citing coal plants. ",
)


def article_of(n_bytes: int) -> Article:
    unit = "".join(SENTENCES)
    text = (unit * (n_bytes // len(unit.encode()) + 1))[:n_bytes]
    return Article("bench", text, body_span=(0, len(text)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.5, 1, 2, 5], help="MB")
    parser.add_argument("--speaker-model", choices=("none", "learned"), default="none")
    args = parser.parse_args()
    study = build_actor_set(load_study(DEFAULT_STUDY))
    params = AttributionParams(max_chars=0, speaker_model=args.speaker_model)
    previous = None
    header = f"{'MB':>5} {'chunk s':>8} {'attribute s':>12} {'statements':>11}"
    print(f"{header} {'time/size vs prev':>18}")
    for mb in args.sizes:
        article = article_of(int(mb * 1_000_000))
        t0 = time.perf_counter()
        chunks = chunk_article(article, ChunkerParams())
        t1 = time.perf_counter()
        statements = attribute(article, chunks, study, params)
        t2 = time.perf_counter()
        total = t2 - t0
        ratio = "" if previous is None else f"{(total / previous[1]) / (mb / previous[0]):.2f}"
        print(f"{mb:>5} {t1 - t0:>8.2f} {t2 - t1:>12.2f} {len(statements):>11} {ratio:>18}")
        previous = (mb, total)


if __name__ == "__main__":
    main()
