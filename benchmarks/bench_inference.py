"""Inference speed of the offline stance default (all-MiniLM-L6-v2 embedding backend).

    .venv/bin/python benchmarks/bench_inference.py [--n 1000] [--batch-size 32]
        [--pipeline-n 300] [--device cpu] [--dtype float32] [--threads N]

Prints, on a synthetic corpus of news-style statements:
 (a) our statements/s (predict() with the cache off, model already loaded),
 (b) the same model through transformers.pipeline("feature-extraction"), one statement
     per call (mean pooling + L2 norm done on its output, so the results are the same),
 (c) the pure batched forward pass alone (the same length-sorted, padded batches, already
     tokenised and on the device: the compute limit),
 (d) a cold run (fresh backend, empty cache: load + inference) vs a cached re-run,
 (e) peak RSS,
and the ratios against the goals: a >= 3x b, a >= 0.8x c, cached >= 10x faster than cold.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time

import numpy as np

from pipeline.models.cache import predict
from pipeline.models.embedding import EmbeddingParams
from pipeline.models.registry import build_backend
from pipeline.models.runtime import CacheParams, RuntimeParams

TARGET = "China–US climate cooperation"
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


def corpus(n: int, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    return [
        f"{rng.choice(SPEAKERS)} {rng.choice(VERBS)} that {rng.choice(CLAIMS)}"
        f"{rng.choice(TAILS)} (#{i})."
        for i in range(n)
    ]


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def pipeline_loop(path: str, texts: list[str], device: str) -> np.ndarray:
    from transformers import pipeline

    extractor = pipeline("feature-extraction", model=path, device=device)
    rows = []
    for text in texts:
        tokens = np.asarray(extractor(text, truncation=True, max_length=256)[0])
        pooled = tokens.mean(axis=0)  # single statement: no padding, plain mean = masked mean
        rows.append(pooled / np.linalg.norm(pooled))
    return np.array(rows)


def forward_only(backend, texts: list[str], batch_size: int) -> float:
    """Seconds for model(**batch) alone over pre-built length-sorted padded batches."""
    import torch

    from pipeline.models.inference import _pad

    tokenizer, model, device = backend.encoder._load()
    enc = tokenizer(texts, truncation=True, max_length=backend.encoder.max_length)
    enc = {k: v for k, v in enc.items() if k in ("input_ids", "attention_mask", "token_type_ids")}
    order = np.argsort([-len(x) for x in enc["input_ids"]], kind="stable")
    batches = [
        {k: t.to(device) for k, t in _pad(enc, order[s : s + batch_size], 0).items()}
        for s in range(0, len(order), batch_size)
    ]
    with torch.inference_mode():
        start = time.perf_counter()
        for batch in batches:
            _ = model(**batch).last_hidden_state
        if device.type == "cuda":
            torch.cuda.synchronize()
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--pipeline-n", type=int, default=300, help="statements for (b)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--dtype", default="float32")
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--model", default=EmbeddingParams.model, help="hub id or folder")
    args = parser.parse_args()
    runtime = RuntimeParams(args.device, args.dtype, args.threads, args.batch_size)
    texts = corpus(args.n)
    params = EmbeddingParams(model=args.model)
    no_cache = CacheParams(enabled=False)

    with tempfile.TemporaryDirectory() as tmp:
        cache = CacheParams(dir=tmp)
        cold_s, (cold_probs, _) = timed(
            lambda: predict(build_backend(params, "stance", TARGET, runtime), texts, cache)
        )
        warm_s, (warm_probs, warm_stats) = timed(
            lambda: predict(build_backend(params, "stance", TARGET, runtime), texts, cache)
        )
    assert warm_stats.model_calls == 0 and np.allclose(cold_probs, warm_probs)

    backend = build_backend(params, "stance", TARGET, runtime)
    backend.centroids()  # loads the model; (a) measures steady-state throughput
    # Best of three, interleaved: a shared 2-core machine is noisy.
    ours_s = forward_s = float("inf")
    for _ in range(3):
        ours_s = min(ours_s, timed(lambda: predict(backend, texts, no_cache))[0])
        forward_s = min(forward_s, forward_only(backend, texts, args.batch_size))
    subset = texts[: args.pipeline_n]
    pipe_s, pipe_emb = timed(
        lambda: pipeline_loop(str(backend.encoder.resolved.path), subset, args.device)
    )
    ours_emb = backend.encoder.encode(subset)
    max_diff = float(np.abs(pipe_emb - ours_emb).max())

    a, b, c = args.n / ours_s, len(subset) / pipe_s, args.n / forward_s
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {args.n} synthetic statements; device={args.device} dtype={args.dtype} "
          f"batch_size={args.batch_size} torch threads={_threads()}")  # fmt: skip
    print(f"(a) ours (predict, cache off):          {a:8.1f} statements/s")
    print(f"(b) transformers.pipeline per statement: {b:8.1f} statements/s "
          f"(on {len(subset)}; max |diff| vs ours {max_diff:.1e})")  # fmt: skip
    print(f"(c) pure batched forward pass:          {c:8.1f} statements/s")
    print(f"(d) cold run {cold_s:.2f}s (load + inference) vs cached re-run {warm_s:.3f}s")
    print(f"(e) peak RSS: {rss_mb:.0f} MiB")
    print(f"goals: a/b = {a / b:.1f}x (>= 3), a/c = {a / c:.2f} (>= 0.8), "
          f"cold/cached = {cold_s / warm_s:.0f}x (>= 10)")  # fmt: skip


def _threads() -> int:
    import torch

    return torch.get_num_threads()


if __name__ == "__main__":
    sys.exit(main())
