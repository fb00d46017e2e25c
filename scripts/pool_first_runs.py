"""Pool blind rounds' first runs into one score with article-resampled intervals, and compare
them, sentence for sentence, with another version of the rules scored on the same rounds.

Each round's first run was scored at its own commit, so its figures come from different code:
run `python -m pipeline.attribution_eval data/gold/realnews_rN/attribution.jsonl --actors
data/gold/realnews_rN/study.yaml --json > RUNS/rN.json` from a worktree of each first-run
commit (data/gold/registry.yaml names it), and the same from one worktree of the older rules
into OLD/rN.json. Then

    python scripts/pool_first_runs.py RUNS [--against OLD]

The per-sentence rows are rebuilt from the gold files and each run's misses (`errors`), and
scored with `pipeline.attribution_eval.metrics`, so the pooled intervals are the ones
`task=attribution` prints for one set. Where a round has a second annotation, the score is
also split by whether the two annotators agree: label noise shows in the second part. The
paired difference resamples articles too: one article's style decides many of its sentences.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

import numpy as np

from pipeline.attribution_eval import (
    BOOTSTRAP_SEED,
    INTERVAL_LEVEL,
    N_BOOTSTRAP,
    load_gold,
    metrics,
)
from pipeline.scoring import bootstrap_means

ROOT = Path(__file__).resolve().parents[1]
RUN_FILE = re.compile(r"r(\d+)\.json")


def rows_of_run(run_file: Path, gold_file: Path, round_name: str) -> list[dict]:
    """One row per gold sentence: right unless the run lists it among its errors."""
    (scored,) = json.loads(run_file.read_text(encoding="utf-8")).values()
    misses = Counter((e["doc_id"], e["text"]) for e in scored["errors"])
    by_text = {(e["doc_id"], e["text"]): e for e in scored["errors"]}
    rows = []
    for doc_id, sentences in load_gold(gold_file).items():
        for s in sentences:
            key = (doc_id, s.text)
            wrong = misses[key] > 0
            misses[key] -= wrong
            predicted = by_text[key]["predicted"] if wrong else list(s.speakers)
            rows.append(
                {
                    "doc_id": f"{round_name}/{doc_id}",
                    "text": s.text,
                    "case": None,
                    "gold": list(s.speakers),
                    "predicted": predicted,
                    "correct": not wrong,
                }
            )
    left = +misses
    if left:
        raise SystemExit(f"{run_file}: {sum(left.values())} errors match no gold sentence")
    return rows


def load_runs(directory: Path, gold_root: Path) -> dict[str, list[dict]]:
    runs = {}
    for path in sorted(directory.glob("r*.json"), key=lambda p: int(RUN_FILE.match(p.name)[1])):
        name = f"r{RUN_FILE.match(path.name)[1]}"
        runs[name] = rows_of_run(path, gold_root / f"realnews_{name}/attribution.jsonl", name)
    if not runs:
        raise SystemExit(f"no rN.json files in {directory}")
    return runs


def consensus(runs: dict[str, list[dict]], gold_root: Path) -> tuple[list[dict], list[dict]]:
    """The rows of rounds with a second annotation (`second_annotator.jsonl`), split into the
    sentences both annotators give the same speakers and the ones they do not."""
    agreed, disputed = [], []
    for name, rows in runs.items():
        path = gold_root / f"realnews_{name}/second_annotator.jsonl"
        if not path.exists():
            continue
        second: dict[tuple[str, str], list[set[str]]] = {}
        for doc_id, sentences in load_gold(path).items():
            for s in sentences:
                second.setdefault((f"{name}/{doc_id}", s.text), []).append(set(s.speakers))
        for row in rows:
            speakers = second[(row["doc_id"], row["text"])].pop(0)
            (agreed if speakers == set(row["gold"]) else disputed).append(row)
    return agreed, disputed


def paired_difference(rows: list[dict], older: list[dict]) -> tuple[float, float, float]:
    """Accuracy of `rows` minus `older` on the same sentences, with an article interval."""
    pairs = list(zip(rows, older, strict=True))
    if any((a["doc_id"], a["text"]) != (b["doc_id"], b["text"]) for a, b in pairs):
        raise SystemExit("the two versions were scored on different sentences")
    diff = np.array([[float(a["correct"]) - float(b["correct"])] for a, b in pairs])
    mean, low, high = bootstrap_means(
        diff,
        np.ones(len(rows)),
        [r["doc_id"] for r in rows],
        N_BOOTSTRAP,
        INTERVAL_LEVEL,
        BOOTSTRAP_SEED,
    )
    return float(mean[0]), float(low[0]), float(high[0])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("runs", type=Path, help="directory of rN.json first runs")
    parser.add_argument("--against", type=Path, help="directory of rN.json runs of older rules")
    parser.add_argument("--gold", type=Path, default=ROOT / "data/gold")
    args = parser.parse_args(argv)
    runs = load_runs(args.runs, args.gold)
    rows = [row for name in runs for row in runs[name]]
    pooled = metrics(rows)
    articles = len({r["doc_id"] for r in rows})
    print(f"{', '.join(runs)}: {len(rows)} sentences, {articles} articles")
    for name in ("speaker_accuracy", "precision", "recall"):
        low, high = pooled["intervals"][name]
        print(f"  {name}: {pooled[name]:.3f} ({low:.3f}-{high:.3f})")
    narration = sum(not r["gold"] for r in rows) / len(rows)
    print(f"  majority (all narration): {narration:.3f}")
    agreed, disputed = consensus(runs, args.gold)
    for label, subset in (("both annotators agree", agreed), ("annotators differ", disputed)):
        if subset:
            scored = metrics(subset)
            low, high = scored["intervals"]["speaker_accuracy"]
            print(
                f"  where {label} ({len(subset)} sentences): speaker_accuracy "
                f"{scored['speaker_accuracy']:.3f} ({low:.3f}-{high:.3f}), "
                f"precision {scored['precision']:.3f}"
            )
    if args.against is None:
        return
    older = load_runs(args.against, args.gold)
    missing = sorted(set(runs) - set(older))
    if missing:
        raise SystemExit(f"--against lacks {', '.join(missing)}")
    old_rows = [row for name in runs for row in older[name]]
    mean, low, high = paired_difference(rows, old_rows)
    accuracy = sum(r["correct"] for r in old_rows) / len(old_rows)
    print(
        f"  against {args.against}: {accuracy:.3f}; difference {mean:+.3f} "
        f"({low:+.3f} to {high:+.3f}, resampling articles)"
    )


if __name__ == "__main__":
    main()
