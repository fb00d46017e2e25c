"""Wall time and peak memory of one `python -m pipeline` run next to a bare torch import.

    .venv/bin/python benchmarks/run_cost.py [--repeat 3] [extra overrides...]

Each command runs under `/usr/bin/time -v`; prints the median wall time and peak RSS of each,
and the pipeline's cost over the bare import (the floor any torch-based run pays). The run uses
a fresh prediction cache, so the models really run; the ONNX export comes from the model cache
as configured (made by the first run, reused after). benchmarks/bench_inference.py also
measures cold (export included) and torch-engine runs.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile


def measure(command: list[str], env: dict | None = None, cwd=None) -> tuple[float, float, float]:
    """(wall seconds, peak RSS MiB, CPU seconds: user + system, all threads) of one command,
    from GNU time's verbose report."""
    done = subprocess.run(
        ["/usr/bin/time", "-v", *command], capture_output=True, text=True, env=env, cwd=cwd
    )
    if done.returncode != 0:
        sys.exit(f"command failed ({done.returncode}): {' '.join(command)}\n{done.stderr[-2000:]}")
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", done.stderr)
    hours, minutes, seconds = (float(g) if g else 0.0 for g in wall.groups())
    rss_kib = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr).group(1))
    cpu = sum(float(re.search(rf"{kind} time \(seconds\): ([\d.]+)", done.stderr).group(1))
              for kind in ("User", "System"))  # fmt: skip
    return hours * 3600 + minutes * 60 + seconds, rss_kib / 1024, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("overrides", nargs="*")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        commands = {
            "import torch, transformers": [sys.executable, "-c", "import torch, transformers"],
            "python -m pipeline (fresh predictions)": [
                sys.executable,
                "-m",
                "pipeline",
                f"hydra.run.dir={tmp}/run",
                f"cache.dir={tmp}/cache",
                *args.overrides,
            ],
        }
        results = {}
        for name, command in commands.items():
            runs = []
            for _ in range(args.repeat):
                runs.append(measure(command))
                # A fresh cache per repeat keeps every pipeline run cold.
                subprocess.run(["rm", "-rf", f"{tmp}/cache"], check=True)
            results[name] = (
                statistics.median(r[0] for r in runs),
                statistics.median(r[1] for r in runs),
            )
    print(f"{'command':<36} {'wall s (median)':>16} {'peak RSS MiB':>14}")
    for name, (wall, rss) in results.items():
        print(f"{name:<36} {wall:>16.2f} {rss:>14.0f}")
    (base_wall, base_rss), (run_wall, run_rss) = results.values()
    print(
        f"pipeline / bare import: wall {run_wall / base_wall:.2f}x, peak RSS "
        f"{run_rss / base_rss:.2f}x (+{run_rss - base_rss:.0f} MiB)"
    )


if __name__ == "__main__":
    main()
