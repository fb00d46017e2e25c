"""Device check (run on a CUDA machine): every transformer code path on cuda, fp32 and bf16.

    python benchmarks/gpu_check.py [--minilm-config DIR]

1. Tiny random models of each preset family run on cpu/float32, cuda/float32 and
   cuda/bfloat16; cuda float32 must match cpu, bfloat16 must stay close.
2. With --minilm-config (a folder with all-MiniLM-L6-v2's config and tokenizer files, no
   weights), a randomly initialised model of the same architecture is saved and benchmarked
   with benchmarks/bench_inference.py on cuda: speed depends on the shapes, not the weights.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.models.classifier import ClassifierParams  # noqa: E402
from pipeline.models.nli import NLIParams  # noqa: E402
from pipeline.models.registry import build_backend  # noqa: E402
from pipeline.models.runtime import RuntimeParams  # noqa: E402
from tests.tiny_models import build_tiny_model  # noqa: E402

CASES = [
    ("bart", "bart_mnli", "stance", NLIParams),
    ("deberta-v2", "deberta_zeroshot_2way", "stance", NLIParams),
    ("roberta", "roberta_sentiment_latest", "sentiment", ClassifierParams),
    ("distilbert", "distilbert_sst2", "sentiment", ClassifierParams),
]
TEXTS = ["China and the US support climate cooperation", "bad news", "the talks were good " * 40]


def check_presets(root: Path) -> bool:
    ok = True
    for family, layout, task, schema in CASES:
        folder = build_tiny_model(root / layout, family, layout)
        params = schema(model=str(folder))
        results = {}
        for device, dtype in [("cpu", "float32"), ("cuda", "float32"), ("cuda", "bfloat16")]:
            runtime = RuntimeParams(device=device, dtype=dtype, batch_size=2)
            results[device, dtype] = build_backend(params, task, "t", runtime).predict_proba(TEXTS)
        fp32 = np.abs(results["cuda", "float32"] - results["cpu", "float32"]).max()
        bf16 = np.abs(results["cuda", "bfloat16"] - results["cpu", "float32"]).max()
        passed = fp32 < 1e-4 and bf16 < 0.05
        ok &= passed
        verdict = "ok" if passed else "FAIL"
        print(f"{layout:26s} cuda fp32 vs cpu {fp32:.1e}, cuda bf16 vs cpu {bf16:.1e}: {verdict}")
    return ok


def bench_minilm_shape(config_dir: Path, root: Path) -> None:
    import shutil

    import torch
    from transformers import AutoConfig, AutoModel

    folder = root / "minilm-random"
    torch.manual_seed(0)
    AutoModel.from_config(AutoConfig.from_pretrained(config_dir)).save_pretrained(folder)
    for name in ("tokenizer.json", "tokenizer_config.json", "vocab.txt", "special_tokens_map.json"):
        shutil.copy(config_dir / name, folder / name)
    bench = Path(__file__).with_name("bench_inference.py")
    for dtype, batch in [("float32", 128), ("bfloat16", 128)]:
        print(
            f"\n--- bench_inference on cuda, {dtype}, batch {batch} (MiniLM shape, random weights)"
        )
        subprocess.run(
            [sys.executable, str(bench), "--device", "cuda", "--dtype", dtype, "--n", "5000",
             "--batch-size", str(batch), "--pipeline-n", "500", "--model", str(folder)],
            check=True,
        )  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--minilm-config", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ok = check_presets(Path(tmp))
        if args.minilm_config:
            bench_minilm_shape(args.minilm_config, Path(tmp))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
