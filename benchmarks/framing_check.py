"""How the shipped framing task (configs/tasks/framing.yaml) labels the synthetic corpus's
statements whose frame is known by construction: its cooperative templates (WARM) and its
hostile ones (COLD). Prints, per template, the label counts, and the share labelled with the
intended frame next to the majority-class baseline (every statement → the most common label).

    python benchmarks/framing_check.py [N_ARTICLES] [--seed 1]

Synthetic, templated text: a check that the label descriptions point the right way, not an
accuracy figure for real news (this project has no labelled framing data).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic_corpus import COLD, WARM, write_corpus  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("n", type=int, nargs="?", default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_corpus(args.n, Path(tmp) / "corpus.jsonl", seed=args.seed)
        run = Path(tmp) / "run"
        subprocess.run(
            [sys.executable, "-m", "pipeline", "tasks=framing", f"data.path={corpus}",
             "data.gold=null", "report.figures=false", "validation.record=false",
             f"hydra.run.dir={run}", f"cache.dir={Path(tmp) / 'cache'}"],
            cwd=ROOT, check=True, capture_output=True,
        )  # fmt: skip
        rows = [json.loads(line) for line in (run / "statements.jsonl").open(encoding="utf-8")]
    known = [(t, "cooperation") for t in WARM] + [(t, "conflict") for t in COLD]
    hits = total = 0
    labelled = []
    for template, frame in known:
        labels = [r["framing"]["label"] for r in rows if template in r["text"]]
        labelled += labels
        hits += sum(label == frame for label in labels)
        total += len(labels)
        print(f"{frame:11s} n={len(labels):4d} {dict(Counter(labels))}  «{template[:48]}…»")
    majority, count = Counter(labelled).most_common(1)[0]
    print(f"intended frame: {hits}/{total} = {hits / total:.3f}; "
          f"majority baseline ({majority}): {count / total:.3f}")  # fmt: skip


if __name__ == "__main__":
    main()
