"""Corpus runs at scale: throughput, memory, shards and resume, through the real CLI.

    .venv/bin/python benchmarks/corpus.py [--sizes 1000 10000] [--out DIR] [--distinct]

On a synthetic dated corpus (benchmarks/synthetic_corpus.py: 5 outlets, the founding study's
actors, 2021–2022), with the default models (MiniLM embedding stance, VADER sentiment) and a
fresh prediction cache for every run, prints (statements repeat templates unless --distinct, so
the cache absorbs most model work and the pipeline's own cost shows):
 (a) articles/s and statements/s of a full run (annotate → predict → aggregate → report)
     at each size, and the run's peak RSS (goal: the largest within 15% of the smallest,
     and under 1.5 GB);
 (b) the smallest size as 2 shards on the joblib launcher + `task=aggregate`, vs the single
     run: the largest difference of any aggregate number, and the wall-time ratio;
 (c) the single run killed (SIGKILL) when half of its stance predictions are written and
     started again: total wall time vs the uninterrupted run, and whether every aggregate
     number is identical.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic_corpus import write_corpus  # noqa: E402

# Runs `python -m pipeline ARGS` and writes the process's peak RSS (KiB) to $RSS_FILE.
WRAPPER = """
import os, resource, runpy, sys
sys.argv = ["pipeline", *sys.argv[1:]]
try:
    runpy.run_module("pipeline", run_name="__main__")
finally:
    with open(os.environ["RSS_FILE"], "w") as f:
        f.write(str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))
"""
BATCH = "stages.batch_articles=100"


def cli(args: list[str], work: Path, name: str) -> tuple[float, float]:
    """(wall seconds, peak RSS MiB) of one pipeline run."""
    rss_file = work / f"{name}.rss"
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
           "RSS_FILE": str(rss_file)}  # fmt: skip
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", WRAPPER, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True)  # fmt: skip
    wall = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"{name} failed:\n{done.stderr[-3000:]}")
    return wall, int(rss_file.read_text()) / 1024


def numbers(run_dir: Path) -> dict:
    report = json.loads((run_dir / "report.json").read_text())
    return {"actors": report["actors"], "cells": report["cells"]}


def max_difference(a, b) -> float:
    """Largest absolute difference between two nested structures of the same shape."""
    if isinstance(a, dict):
        assert a.keys() == b.keys()
        return max([max_difference(a[k], b[k]) for k in a] or [0.0])
    if isinstance(a, list):
        assert len(a) == len(b)
        return max([max_difference(x, y) for x, y in zip(a, b, strict=True)] or [0.0])
    if isinstance(a, float) and isinstance(b, float):
        return abs(a - b)
    assert a == b, (a, b)
    return 0.0


def run_args(corpus: Path, run_dir: Path, cache: Path, *extra: str) -> list[str]:
    return [f"data.path={corpus}", "data.gold=null", "aggregate.by=[group,month]",
            f"hydra.run.dir={run_dir}", f"cache.dir={cache}", *extra]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--out", type=Path, default=None, help="keep runs here (default: temp)")
    parser.add_argument("--distinct", action="store_true", help="nearly every statement unique")
    args = parser.parse_args()
    work = args.out or Path(tempfile.mkdtemp(prefix="corpus_bench_"))
    work.mkdir(parents=True, exist_ok=True)
    rows = []
    single: dict[int, tuple[Path, float]] = {}
    for n in args.sizes:
        corpus = write_corpus(n, work / f"corpus_{n}.jsonl", distinct=args.distinct)
        run_dir = work / f"single_{n}"
        wall, rss = cli(run_args(corpus, run_dir, work / f"cache_{n}", BATCH), work, f"single_{n}")
        corpus_stats = json.loads((run_dir / "report.json").read_text())["corpus"]
        single[n] = (run_dir, wall)
        rows.append((n, corpus_stats["n_statements"], wall, rss))
        print(f"{n} articles: {corpus_stats['n_statements']} statements, {wall:.1f}s, "
              f"{n / wall:.1f} articles/s, {corpus_stats['n_statements'] / wall:.1f} "
              f"statements/s, peak RSS {rss:.0f} MiB", flush=True)  # fmt: skip

    n = args.sizes[0]
    corpus = work / f"corpus_{n}.jsonl"
    base_dir, base_wall = single[n]
    sweep = work / f"shards_{n}"
    started = time.perf_counter()
    shard_args = [f"data.path={corpus}", "data.gold=null", "aggregate.by=[group,month]",
                  f"hydra.sweep.dir={sweep}", f"cache.dir={work / 'cache_shards'}",
                  BATCH]  # fmt: skip
    shard_wall, _ = cli(["-m", "hydra/launcher=shards_joblib", "shard.count=2", "shard.index=0,1",
                         *shard_args], work, "shards")  # fmt: skip
    merged = work / f"merged_{n}"
    cli(["task=aggregate", f"aggregate.runs=[{sweep}]", "aggregate.by=[group,month]",
         f"hydra.run.dir={merged}"], work, "merge")  # fmt: skip
    shards_total = time.perf_counter() - started
    shard_diff = max_difference(numbers(merged), numbers(base_dir))

    resumed = work / f"resumed_{n}"
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    resume_args = run_args(corpus, resumed, work / "cache_resume", BATCH)
    parts = json.loads((base_dir / "stages/annotate/manifest.json").read_text())["parts"]
    half = resumed / "stages/predict/stance" / f"stance-{parts // 2 - 1:05d}.parquet"
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", *resume_args], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    while not half.exists() and proc.poll() is None:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    killed = proc.wait() == -signal.SIGKILL
    first = time.perf_counter() - started
    second, _ = cli(resume_args, work, "resume")
    resume_diff = max_difference(numbers(resumed), numbers(base_dir))

    print()
    print("Machine: 2 shared CPU cores, loaded by other jobs: read ratios, not absolutes.")
    print(f"Runs kept in {work}")
    print()
    print("| articles | statements | wall s | articles/s | statements/s | peak RSS MiB |")
    print("|---:|---:|---:|---:|---:|---:|")
    for n_articles, n_statements, wall, rss in rows:
        print(f"| {n_articles} | {n_statements} | {wall:.1f} | {n_articles / wall:.1f} | "
              f"{n_statements / wall:.1f} | {rss:.0f} |")  # fmt: skip
    smallest, largest = rows[0][3], rows[-1][3]
    print()
    print(f"peak RSS {rows[-1][0]} vs {rows[0][0]} articles: {largest / smallest:.3f}x "
          f"(goal <= 1.15x, and < 1536 MiB: {'yes' if largest < 1536 else 'NO'})")
    print(f"2 joblib shards + merge vs single run ({n} articles): wall {shards_total:.1f}s vs "
          f"{base_wall:.1f}s = {shards_total / base_wall:.2f}x (shard sweep alone "
          f"{shard_wall:.1f}s); largest difference of any aggregate number {shard_diff:.2e}")
    print(f"resume after SIGKILL at 50% ({'killed' if killed else 'NOT killed: ran to the end'}): "
          f"{first:.1f}s + {second:.1f}s = {first + second:.1f}s vs uninterrupted "
          f"{base_wall:.1f}s = {(first + second) / base_wall:.2f}x; largest difference "
          f"{resume_diff:.2e} ({'identical' if resume_diff == 0 else 'DIFFERENT'})")


if __name__ == "__main__":
    main()
