"""Inference engines compared: torch (float32, bfloat16) vs onnx (ONNX Runtime: float32, int8)
vs openvino (the same export: float32, bfloat16) on the offline stance default.

    .venv/bin/python benchmarks/bench_inference.py [--sizes 1000,10000] [--repeat 3]
        [--run-repeat 3] [--cold-repeat 2] [--split test|dev] [--threads N]
        [--tweeteval DIR] [--tweeteval-n 3000]
    .venv/bin/python benchmarks/bench_inference.py --tune   # threads x batch size (onnx, torch)

Prints, in one run:
 (1) statements/s of predict() (cache off, model loaded) for each engine on the synthetic
     corpora, per wall second and per CPU second (the latter is what other load on a shared
     machine disturbs least), medians of --repeat runs (--large-repeat for sizes >= 5000;
     engines interleaved, each run its own process), peak RSS, and the largest |difference|
     of its probabilities from torch's;
 (2) wall time of one default single-article run (`python -m pipeline`, fresh prediction
     cache) cold (empty model cache: the export is included) and warm (export present: an
     untimed run makes it first; --cold-repeat 0 skips the cold figure), for
     the onnx default and the torch engine, next to a bare `python -c "import torch,
     transformers"`, medians of --run-repeat (--cold-repeat for cold) runs;
 (3) accuracy of float32 vs int8 (onnx) and bfloat16 (openvino) with the default run's
     backends (stance: the default study's prototypes; sentiment: the shipped head) on the
     labelled sets (data/labeled: news
     cooperation with each row's own target, stance_climate, sentiment_news; --split test,
     or dev to choose a quantisation) and on TweetEval's stance and sentiment test files when
     --tweeteval names the checkout's datasets/ folder: accuracy, macro-F1, their change in
     points, and predictions changed;
and the ratios against the goals: warm run <= 1.0x bare import, onnx >= 1.5x torch,
int8 >= 2.5x torch. Medians and ratios only mean something next to each other: the machine
this runs on may be shared.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run_cost import measure  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TARGET = "China–US climate cooperation"
ENGINES = {  # name -> runtime overrides
    "torch": {"engine": "torch"},
    "torch-bf16": {"engine": "torch", "dtype": "bfloat16"},
    "onnx": {"engine": "onnx"},
    "onnx-int8": {"engine": "onnx", "quantize": "int8"},
    "openvino": {"engine": "openvino"},
    "openvino-bf16": {"engine": "openvino", "dtype": "bfloat16"},
}
SPEAKERS = [
    "Wang Yi",
    "John Kerry",
    "The foreign ministry",
    "A White House spokesperson",
    "Xie Zhenhua",
    "The US ambassador",
    "Beijing",
    "Washington",
    "Analysts",
    "Critics",
]
VERBS = ["said", "warned", "argued", "stressed", "told reporters", "insisted", "noted"]
CLAIMS = [
    "climate cooperation cannot be separated from broader bilateral relations",
    "the two countries must work together to cut emissions this decade",
    "the ball is now in the other side's court",
    "China plays a tremendously essential role in combating climate change",
    "sanctions on solar companies undermine any talk of partnership",
    "methane and coal must be on the agenda of the next round of talks",
    "the joint working group will meet again before the summit",
    "trust has to be rebuilt before any agreement on targets is possible",
]
TAILS = ["", " on Wednesday", " during a video call from separate rooms",
         ", according to a ministry statement released late in the evening",
         ", adding that both sides had a responsibility to the rest of the world and to "
         "future generations who will live with the consequences of today's decisions"]  # fmt: skip
# SemEval-2016 task 6 targets of TweetEval's stance subsets.
TWEETEVAL_TARGETS = {
    "abortion": "Legalization of Abortion",
    "atheism": "Atheism",
    "climate": "Climate Change is a Real Concern",
    "feminist": "Feminist Movement",
    "hillary": "Hillary Clinton",
}


def corpus(n: int, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    return [
        f"{rng.choice(SPEAKERS)} {rng.choice(VERBS)} that {rng.choice(CLAIMS)}"
        f"{rng.choice(TAILS)} (#{i})."
        for i in range(n)
    ]


def runtime_for(engine: str, args: argparse.Namespace):
    from pipeline.models.runtime import RuntimeParams

    return RuntimeParams(
        threads=args.threads,
        batch_size=args.batch_size,
        model_cache=args.model_cache,
        **ENGINES[engine],
    )


# ---- (1) throughput, one engine and size per process -------------------------------------


def worker(args: argparse.Namespace) -> None:
    """Print JSON: statements per wall second and per CPU second, peak RSS; save the probs."""
    from pipeline.models.cache import predict
    from pipeline.models.embedding import EmbeddingParams
    from pipeline.models.registry import build_backend
    from pipeline.models.runtime import CacheParams

    texts = corpus(args.n)
    backend = build_backend(EmbeddingParams(), "stance", TARGET, runtime_for(args.worker, args))
    backend.centroids()  # loads the engine (exports first if needed): not timed
    wall, cpu = time.perf_counter(), time.process_time()
    probs, _ = predict(backend, texts, CacheParams(enabled=False))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    if args.save:
        np.save(args.save, probs)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"rate": len(texts) / wall, "cpu_rate": len(texts) / cpu, "rss_mib": rss}))


def run_worker(engine: str, n: int, args, save: str | None = None) -> dict:
    command = [
        sys.executable, __file__, "--worker", engine, "--n", str(n),
        "--batch-size", str(args.batch_size), "--model-cache", args.model_cache,
    ]  # fmt: skip
    if args.threads:
        command += ["--threads", str(args.threads)]
    if save:
        command += ["--save", save]
    done = subprocess.run(command, capture_output=True, text=True, env=_env())
    if done.returncode != 0:
        sys.exit(f"worker {engine} n={n} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _env() -> dict:
    return {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}


def repeats_for(n: int, args: argparse.Namespace) -> int:
    return args.repeat if n < 5000 else args.large_repeat


def throughput(args: argparse.Namespace, tmp: Path) -> dict[str, dict[int, dict]]:
    """Engines interleaved, one process per measurement, so load swings hit all of them."""
    results: dict[str, dict[int, dict]] = {e: {} for e in ENGINES}
    for n in args.sizes:
        for _ in range(repeats_for(n, args)):
            for engine in ENGINES:
                got = run_worker(engine, n, args, str(tmp / f"{engine}-{n}.npy"))
                runs = results[engine].setdefault(n, {"rate": [], "cpu_rate": [], "rss_mib": []})
                for key in runs:
                    runs[key].append(got[key])
                print(f"  {engine:<10} n={n:<6} {got['rate']:7.1f} statements/s, "
                      f"{got['cpu_rate']:7.1f} per CPU-s", flush=True)  # fmt: skip
    print("\n(1) statements/s (wall) and statements per CPU-second (robust to other load), "
          "medians; predict() with the cache off, model loaded")  # fmt: skip
    print(f"{'engine':<11}{'n':>7}{'runs':>5}{'wall/s':>9}{'x torch':>9}{'per CPU-s':>11}"
          f"{'x torch':>9}{'peak RSS MiB':>14}{'max |p - torch p|':>19}")  # fmt: skip
    for n in args.sizes:
        for engine in ENGINES:
            runs, base = results[engine][n], results["torch"][n]
            rate, cpu = statistics.median(runs["rate"]), statistics.median(runs["cpu_rate"])
            diff = np.abs(np.load(tmp / f"{engine}-{n}.npy") - np.load(tmp / f"torch-{n}.npy"))
            print(f"{engine:<11}{n:>7}{len(runs['rate']):>5}{rate:>9.1f}"
                  f"{rate / statistics.median(base['rate']):>8.2f}x{cpu:>11.1f}"
                  f"{cpu / statistics.median(base['cpu_rate']):>8.2f}x"
                  f"{max(runs['rss_mib']):>14.0f}{diff.max():>19.1e}")  # fmt: skip
    return results


# ---- (2) single-article wall time --------------------------------------------------------


def single_runs(args: argparse.Namespace, tmp: Path) -> dict[str, tuple[float, float]]:
    """Each repeat runs every command once (interleaved, so load swings hit all of them)."""
    bare = [sys.executable, "-c", "import torch, transformers"]

    def pipeline_run(model_cache: Path | str, *extra: str) -> list[str]:
        return [
            sys.executable, "-m", "pipeline", f"hydra.run.dir={tmp / 'run'}",
            f"cache.dir={tmp / 'predictions'}", f"runtime.model_cache={model_cache}", *extra,
        ]  # fmt: skip

    commands = {
        "bare `import torch, transformers`": lambda i: bare,
        "onnx run, warm (export present)": lambda i: pipeline_run(args.model_cache),
        "torch run (previous default)": lambda i: pipeline_run(
            args.model_cache, "runtime.engine=torch"
        ),
        # An empty model cache per run: the export is part of what is measured.
        "onnx run, cold (export included)": lambda i: pipeline_run(tmp / f"cold-{i}"),
    }
    cold = "onnx run, cold (export included)"
    if args.cold_repeat == 0:
        del commands[cold]

    def fresh() -> None:  # a run resumes from the predictions in its run dir: start from neither
        subprocess.run(["rm", "-rf", str(tmp / "predictions"), str(tmp / "run")], check=True)

    # Untimed: makes the export when the model cache lacks it, so every warm run is warm.
    fresh()
    measure(pipeline_run(args.model_cache), env=_env(), cwd=ROOT)
    measured: dict[str, list[tuple[float, float, float]]] = {name: [] for name in commands}
    for i in range(args.run_repeat):
        for name, command in commands.items():
            if name == cold and i >= args.cold_repeat:
                continue
            fresh()
            measured[name].append(measure(command(i), env=_env(), cwd=ROOT))
    print(
        "\n(2) one default single-article run (fresh prediction cache), medians; CPU s: user"
        " + system, all threads (what other load on a shared machine disturbs least)"
    )
    print(f"{'command':<36}{'wall s':>9}{'x bare':>8}{'CPU s':>8}{'x bare':>8}"
          f"{'peak RSS MiB':>14}  wall of each run")  # fmt: skip
    walls = {name: statistics.median(w for w, _, _ in runs) for name, runs in measured.items()}
    cpus = {name: statistics.median(c for _, _, c in runs) for name, runs in measured.items()}
    bare = "bare `import torch, transformers`"
    for name, runs in measured.items():
        rss = statistics.median(r for _, r, _ in runs)
        print(f"{name:<36}{walls[name]:>9.2f}{walls[name] / walls[bare]:>7.2f}x"
              f"{cpus[name]:>8.2f}{cpus[name] / cpus[bare]:>7.2f}x{rss:>14.0f}  "
              f"{[round(w, 2) for w, _, _ in runs]}")  # fmt: skip
    return {name: (walls[name], cpus[name]) for name in measured}


# ---- (3) accuracy: float32 vs int8 ----------------------------------------------------------


def labelled_sets(split: str, tweeteval: Path | None, tweeteval_n: int) -> list[tuple]:
    """(name, task, LabeledRows) for every evaluation set available; rows carry their target."""
    from pipeline.models.train_head import NEWS_FILE, LabeledRows, read_source

    sets = []
    for task in ("stance", "sentiment"):
        sets.append(
            (f"news_cooperation {task} ({split})", task, read_source(f"{NEWS_FILE}:{split}", task))
        )
    for task, name in (("stance", "stance_climate"), ("sentiment", "sentiment_news")):
        rows = read_source(f"{ROOT / 'data' / 'labeled' / name}.jsonl:{split}", task, TARGET)
        sets.append((f"{name} ({split})", task, rows))
    if tweeteval is None or split != "test":
        return sets

    def read(folder: Path, names: list[str], target: str, n: int | None = None) -> LabeledRows:
        texts = (folder / "test_text.txt").read_text().splitlines()[:n]
        labels = [names[int(y)] for y in (folder / "test_labels.txt").read_text().split()[:n]]
        return LabeledRows(texts, labels, [target] * len(texts), {})

    for subset, target in TWEETEVAL_TARGETS.items():
        rows = read(tweeteval / "stance" / subset, ["none", "against", "favor"], target)
        sets.append((f"TweetEval stance/{subset}", "stance", rows))
    rows = read(tweeteval / "sentiment", ["negative", "neutral", "positive"], "", tweeteval_n)
    sets.append((f"TweetEval sentiment (first {len(rows.texts)})", "sentiment", rows))
    return sets


def default_predictions(task: str, rows, runtime) -> list[str]:
    """Labels from the default run's backend: stance from the default study's descriptions
    (configs/actors/china_us_climate.yaml), sentiment from the shipped head; one backend per
    target, as a run binds its target."""
    from pipeline.actors import load_study
    from pipeline.models.cache import predict
    from pipeline.models.embedding import EmbeddingParams
    from pipeline.models.registry import build_backend
    from pipeline.models.runtime import CacheParams

    study = load_study(ROOT / "configs" / "actors" / "china_us_climate.yaml").stance
    params = EmbeddingParams() if task == "stance" else EmbeddingParams(head="sentiment_default")
    preds = [""] * len(rows.texts)
    for target in dict.fromkeys(rows.targets):
        idx = [i for i, t in enumerate(rows.targets) if t == target]
        backend = build_backend(params, task, target, runtime, study)
        probs, _ = predict(backend, [rows.texts[i] for i in idx], CacheParams(enabled=False))
        for i, row in zip(idx, probs, strict=True):
            preds[i] = backend.labels[row.argmax()]
    return preds


REDUCED = ("onnx-int8", "openvino-bf16")  # compared with float32 onnx in (3)


def accuracy_effect(args: argparse.Namespace) -> dict[str, list[float]]:
    from sklearn.metrics import accuracy_score, f1_score

    print(
        "\n(3) default embedding backends (MiniLM), float32 onnx vs int8 onnx and bfloat16 "
        f"openvino, {args.split} split"
    )
    print(f"{'set':<36}{'engine':<15}{'n':>6}{'acc f32':>9}{'acc':>7}{'Δ pts':>7}"
          f"{'F1 f32':>8}{'F1':>7}{'Δ pts':>7}{'changed':>9}")  # fmt: skip
    deltas: dict[str, list[float]] = {e: [] for e in REDUCED}
    for name, task, rows in labelled_sets(args.split, args.tweeteval, args.tweeteval_n):
        preds = {
            e: default_predictions(task, rows, runtime_for(e, args)) for e in ("onnx", *REDUCED)
        }
        gold = rows.labels
        acc = {e: 100 * accuracy_score(gold, p) for e, p in preds.items()}
        f1 = {e: 100 * f1_score(gold, p, average="macro") for e, p in preds.items()}
        for e in REDUCED:
            changed = np.mean([a != b for a, b in zip(preds["onnx"], preds[e], strict=True)]) * 100
            deltas[e].append(acc[e] - acc["onnx"])
            print(f"{name:<36}{e:<15}{len(gold):>6}{acc['onnx']:>9.1f}{acc[e]:>7.1f}"
                  f"{acc[e] - acc['onnx']:>+7.1f}{f1['onnx']:>8.1f}{f1[e]:>7.1f}"
                  f"{f1[e] - f1['onnx']:>+7.1f}{changed:>8.1f}%", flush=True)  # fmt: skip
    return deltas


# ---- threads x batch size -------------------------------------------------------------------


def tune(args: argparse.Namespace) -> None:
    """Batch size on the onnx engine (engine's default threads), then 1 vs 2 threads."""
    n = args.sizes[0]
    settings = [("onnx", None, batch) for batch in (8, 16, 32, 64, 128)]
    settings += [(e, t, 32) for e in ("onnx", "onnx-int8", "torch") for t in (1, 2)]
    found: dict[tuple, list[dict]] = {}
    for _ in range(args.repeat):  # interleaved, as in (1)
        for engine, threads, batch in settings:
            args.threads, args.batch_size = threads, batch
            found.setdefault((engine, threads, batch), []).append(run_worker(engine, n, args))
    print(f"statements/s (wall) and per CPU-second on {n} statements, medians of {args.repeat}")
    for (engine, threads, batch), runs in found.items():
        print(f"{engine:<10} threads={threads or 'default':<8} batch={batch:<4}"
              f"{statistics.median(r['rate'] for r in runs):8.1f} /s"
              f"{statistics.median(r['cpu_rate'] for r in runs):8.1f} per CPU-s")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="corpus sizes, comma-separated")
    parser.add_argument("--repeat", type=int, default=3, help="throughput runs per engine")
    parser.add_argument("--large-repeat", type=int, default=1, help="runs for sizes >= 5000")
    parser.add_argument("--run-repeat", type=int, default=3, help="warm single-article runs")
    parser.add_argument(
        "--cold-repeat", type=int, default=2, help="cold single-article runs (0: none)"
    )
    parser.add_argument("--batch-size", type=int, default=None)
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--model-cache", default=None, help="ONNX exports (default: a temp dir)")
    parser.add_argument("--tweeteval", type=Path, default=None, help="TweetEval datasets/ dir")
    parser.add_argument("--tweeteval-n", type=int, default=3000, help="sentiment test rows")
    parser.add_argument(
        "--split",
        default="test",
        choices=["dev", "test"],
        help="labelled split for (3): dev to choose a quantisation, test once",
    )
    parser.add_argument("--skip", default="", help="sections to skip: throughput,runs,accuracy")
    parser.add_argument("--tune", action="store_true", help="threads x batch size sweep")
    parser.add_argument("--worker", choices=sorted(ENGINES), help=argparse.SUPPRESS)
    parser.add_argument("--n", type=int, default=1000, help=argparse.SUPPRESS)
    parser.add_argument("--save", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.batch_size is None:
        from pipeline.models.runtime import RuntimeParams

        args.batch_size = RuntimeParams().batch_size
    if args.worker:
        return worker(args)
    args.sizes = [int(s) for s in args.sizes.split(",")]
    skip = set(args.skip.split(","))
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        args.model_cache = args.model_cache or str(tmp / "model-cache")
        print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} "
              f"(shared: compare ratios, not absolute figures); batch_size={args.batch_size} "
              f"threads={args.threads or 'engine default'}", flush=True)  # fmt: skip
        if os.environ.get("PYTHONDONTWRITEBYTECODE"):
            # Site-packages (torch, transformers) keep their compiled bytecode; this project's
            # modules are then compiled from source by every run, as on no user's second run.
            print(
                "bytecode cache: off (PYTHONDONTWRITEBYTECODE is set): each pipeline run "
                "compiles the project's modules; unset it to time what a user's runs do"
            )
        if args.tune:
            return tune(args)
        results = {} if "throughput" in skip else throughput(args, tmp)
        runs = {} if "runs" in skip else single_runs(args, tmp)
        deltas = {} if "accuracy" in skip else accuracy_effect(args)
    print("\ngoals:")
    if results:
        # The goals: the ONNX export >= 1.5x torch, int8 >= 2.5x (openvino runs the
        # same export; bf16 is a reduced precision like int8, its accuracy change is in (3)).
        goals = (("onnx", 1.5), ("openvino", 1.5), ("openvino-bf16", 1.5), ("onnx-int8", 2.5))
        for engine, goal in goals:
            for key, what in (("rate", "wall"), ("cpu_rate", "per CPU-s")):
                ratios = [
                    statistics.median(results[engine][n][key])
                    / statistics.median(results["torch"][n][key])
                    for n in args.sizes
                ]
                print(f"  {engine} / torch throughput ({what}, n={args.sizes}): "
                      f"{', '.join(f'{r:.2f}x' for r in ratios)} (goal >= {goal}x)")  # fmt: skip
    if runs:
        (warm, warm_cpu), (bare, bare_cpu) = (
            runs["onnx run, warm (export present)"],
            runs["bare `import torch, transformers`"],
        )
        print(f"  warm single-article run / bare import: {warm / bare:.2f}x wall (goal <= 1.0x), "
              f"{warm_cpu / bare_cpu:.2f}x CPU")  # fmt: skip
    for engine, changes in deltas.items():
        print(f"  {engine} accuracy change: {min(changes):+.1f} to {max(changes):+.1f} points "
              "(a default only within ±1 point everywhere)")  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
