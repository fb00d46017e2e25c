"""Device check (run on a CUDA machine): the transformer code paths on the GPU, against the CPU.

    python benchmarks/gpu_check.py [--device cuda] [--n 100000] [--cpu-n 10000] [--skip run]
        [--run-overrides sentiment=vader]

1. Tiny random models of each preset family (BART and DeBERTa NLI, RoBERTa and DistilBERT
   classifiers): DEVICE in float32, bfloat16 and float16 against cpu/float32; float32 must
   match within 1e-4, the half types within 0.05.
2. The offline stance default (all-MiniLM-L6-v2 prototypes) on distinct synthetic statements:
   DEVICE's predictions in each dtype against torch on the CPU (largest |difference| of a
   probability, labels changed; must hold to 1e-4 in float32, no more than 1% of labels
   changed in a half type), and statements/s on DEVICE per dtype and batch size (--n
   statements) next to torch and onnx on this machine's CPUs (--cpu-n statements).
3. The default single-article run, `python -m pipeline runtime.device=DEVICE` against
   `runtime.device=cpu`: the same statements, actors and labels, and every stance and
   sentiment probability within 1e-4; wall time of each (--run-overrides adds overrides to
   both runs).

Exits non-zero when a check fails. `--device cpu` runs the same checks on a machine without a
GPU (the comparisons are then trivial: it tests the script, not a device).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_inference import TARGET, corpus  # noqa: E402

from pipeline.models.cache import predict  # noqa: E402
from pipeline.models.classifier import ClassifierParams  # noqa: E402
from pipeline.models.embedding import EmbeddingParams  # noqa: E402
from pipeline.models.nli import NLIParams  # noqa: E402
from pipeline.models.registry import build_backend  # noqa: E402
from pipeline.models.runtime import CacheParams, RuntimeParams  # noqa: E402
from tests.tiny_models import build_tiny_model  # noqa: E402

PRESETS = [
    ("bart", "bart_mnli", "stance", NLIParams),
    ("deberta-v2", "deberta_zeroshot_2way", "stance", NLIParams),
    ("roberta", "roberta_sentiment_latest", "sentiment", ClassifierParams),
    ("distilbert", "distilbert_sst2", "sentiment", ClassifierParams),
]
TEXTS = ["China and the US support climate cooperation", "bad news", "the talks were good " * 40]
NO_CACHE = CacheParams(enabled=False)


def half_types(device: str) -> tuple[str, ...]:
    return ("bfloat16", "float16") if device.startswith("cuda") else ("bfloat16",)


def probabilities(backend, texts: list[str]) -> np.ndarray:
    probs, _ = predict(backend, texts, NO_CACHE)
    return np.asarray(probs)


def _tiny_probabilities(params, task: str, device: str, dtype: str) -> np.ndarray:
    runtime = RuntimeParams(device=device, dtype=dtype, engine="torch", batch_size=2)
    return probabilities(build_backend(params, task, "t", runtime), TEXTS)


def check_presets(root: Path, device: str) -> bool:
    print(f"\n(1) tiny models of each preset family, {device} against cpu/float32")
    ok = True
    for family, layout, task, schema in PRESETS:
        params = schema(model=str(build_tiny_model(root / layout, family, layout)))
        cpu = _tiny_probabilities(params, task, "cpu", "float32")
        gaps = {
            dtype: float(np.abs(_tiny_probabilities(params, task, device, dtype) - cpu).max())
            for dtype in ("float32", *half_types(device))
        }
        passed = gaps["float32"] < 1e-4 and all(gaps[d] < 0.05 for d in half_types(device))
        ok &= passed
        print(f"  {layout:24s}" + "".join(f"  {d} {g:.1e}" for d, g in gaps.items())
              + ("  ok" if passed else "  FAIL"))  # fmt: skip
    return ok


def _default_stance(runtime: RuntimeParams):
    backend = build_backend(EmbeddingParams(), "stance", TARGET, runtime)
    backend.centroids()  # loads the model (and exports, for onnx): not timed
    return backend


def _rate(backend, texts: list[str]) -> tuple[float, np.ndarray]:
    start = time.perf_counter()
    probs = probabilities(backend, texts)
    return len(texts) / (time.perf_counter() - start), probs


def check_default_encoder(device: str, n: int, cpu_n: int, batches: list[int]) -> bool:
    print(f"\n(2) the offline stance default (all-MiniLM-L6-v2), {device} against cpu")
    texts = corpus(max(n, cpu_n), seed=1)
    cpu_rates = {}
    for engine in ("torch", "onnx"):
        runtime = RuntimeParams(engine=engine, batch_size=32, model_cache=str(_cache()))
        cpu_rates[engine], probs = _rate(_default_stance(runtime), texts[:cpu_n])
        if engine == "torch":
            cpu_probs = probs
    print(
        "  cpu (all cores), batch 32: "
        + ", ".join(f"{e} {r:,.0f} statements/s" for e, r in cpu_rates.items())
        + f" ({cpu_n:,} statements)"
    )
    ok = True
    for dtype in ("float32", *half_types(device)):
        for batch in batches:
            backend = _default_stance(RuntimeParams(device=device, dtype=dtype, batch_size=batch))
            _rate(backend, texts[: batch * 4])  # warm-up: kernels chosen, memory pooled
            rate, probs = _rate(backend, texts[:n])
            gap = float(np.abs(probs[:cpu_n] - cpu_probs).max())
            changed = float((probs[:cpu_n].argmax(1) != cpu_probs.argmax(1)).mean())
            passed = gap < 1e-4 if dtype == "float32" else changed <= 0.01
            ok &= passed
            print(f"  {device} {dtype:9s} batch {batch:5d}: {rate:>9,.0f} statements/s"
                  f" ({rate / cpu_rates['torch']:5.1f}x cpu torch, {rate / cpu_rates['onnx']:5.1f}x"
                  f" cpu onnx); max |p - cpu p| {gap:.1e}, labels changed {changed:.2%}"
                  + ("" if passed else "  FAIL"))  # fmt: skip
    return ok


def _cache() -> Path:
    return Path(tempfile.gettempdir()) / "gpu-check-onnx"


def _statements(run_dir: Path) -> list[dict]:
    lines = (run_dir / "statements.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def check_single_run(device: str, root: Path, overrides: list[str]) -> bool:
    print(f"\n(3) the default single-article run, runtime.device={device} against cpu")
    runs = {}
    for where in ("cpu", device):
        run_dir = root / f"run-{where.replace(':', '-')}"
        command = [
            sys.executable, "-m", "pipeline", f"hydra.run.dir={run_dir}", "cache.enabled=false",
            f"runtime.device={where}", f"runtime.model_cache={_cache()}", *overrides,
        ]  # fmt: skip
        start = time.perf_counter()
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
        wall = time.perf_counter() - start
        if done.returncode != 0:
            print(f"  {where}: FAIL (exit {done.returncode}) {done.stderr.strip()[-2000:]}")
            return False
        runs[where] = _statements(run_dir)
        print(f"  runtime.device={where}: {wall:.1f} s wall, {len(runs[where])} statements")
    cpu, gpu = runs["cpu"], runs[device]
    same_rows = [(r["statement_id"], r["actor"]) for r in cpu] == [
        (r["statement_id"], r["actor"]) for r in gpu
    ]
    same_labels = all(
        a[task]["label"] == b[task]["label"]
        for a, b in zip(cpu, gpu, strict=False)
        for task in ("stance", "sentiment")
    )
    gap = max(
        (abs(p - q) for a, b in zip(cpu, gpu, strict=False) for task in ("stance", "sentiment")
         for p, q in zip(a[task]["probs"].values(), b[task]["probs"].values(), strict=True)),
        default=0.0,
    )  # fmt: skip
    passed = same_rows and same_labels and gap < 1e-4
    print(f"  same statements and actors: {same_rows}; same labels: {same_labels}; "
          f"max |p - cpu p| {gap:.1e}" + ("  ok" if passed else "  FAIL"))  # fmt: skip
    return passed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--device", default="cuda")
    parser.add_argument("--n", type=int, default=100_000, help="statements timed on the device")
    parser.add_argument("--cpu-n", type=int, default=10_000, help="statements timed on cpu")
    parser.add_argument("--batch-sizes", default="32,256,1024")
    parser.add_argument("--skip", default="", help="sections to skip: presets,encoder,run")
    parser.add_argument(
        "--run-overrides", nargs="*", default=[],
        help="more overrides for both runs of (3), e.g. sentiment=vader where the encoder's "
        "weights are not the packaged ones (the shipped sentiment head refuses other weights)",
    )  # fmt: skip
    args = parser.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    batches = [int(b) for b in args.batch_sizes.split(",")]
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        if "presets" not in skip:
            ok &= check_presets(Path(tmp), args.device)
        if "encoder" not in skip:
            ok &= check_default_encoder(args.device, args.n, args.cpu_n, batches)
        if "run" not in skip:
            ok &= check_single_run(args.device, Path(tmp), args.run_overrides)
    print("\nall checks passed" if ok else "\nSOME CHECKS FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
