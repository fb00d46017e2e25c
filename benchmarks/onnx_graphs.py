"""Does a fused ONNX graph pay? MiniLM's export variants against torch, one thread each.

    PYTHONPATH=. .venv/bin/python benchmarks/onnx_graphs.py [--n 1000] [--repeat 3]

Builds in a temporary folder, from the packaged MiniLM:
 - dynamo: what the onnx engine runs (pipeline.models.onnx_export; ONNX Runtime applies its
   ORT_ENABLE_ALL graph optimisations when it loads the graph);
 - dynamo + optimizer: onnxruntime.transformers.optimizer (model_type bert) over that export;
 - torchscript + optimizer: the legacy exporter (dynamo=False), whose graph the optimizer fuses
   completely (EmbedLayerNormalization, Attention, SkipLayerNormalization, BiasGelu);
 - int8 of each: dynamic, weights per channel (on the fused graph, MatMul and Attention);
then runs the same length-sorted batches of the inference benchmark's statements through each
(and through torch), interleaved --repeat times, one intra-op thread everywhere, and prints
statements per CPU-second of the model call alone (tokenising excluded), the ratio to torch,
the fused operators, and the largest |difference| of the mean-pooled sentence vectors from
torch's.
"""

from __future__ import annotations

import argparse
import collections
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_inference import corpus  # noqa: E402

from pipeline.models.encoder import DEFAULT_EMBEDDING_MODEL, mean_pool  # noqa: E402
from pipeline.models.lazy import pad_batch  # noqa: E402
from pipeline.models.onnx_export import MODEL, TOKENIZER, _first_output, ensure_export  # noqa: E402
from pipeline.models.resolver import resolve_model  # noqa: E402
from pipeline.models.runtime import RuntimeParams  # noqa: E402

INPUTS = ["input_ids", "attention_mask", "token_type_ids"]
FUSED = (
    "EmbedLayerNormalization",
    "Attention",
    "QAttention",
    "SkipLayerNormalization",
    "BiasGelu",
    "Gelu",
)


def encode(tokenizer_file: Path, texts: list[str]) -> dict[str, list[list[int]]]:
    """Unpadded token lists, as the onnx engine makes them for the embedding model."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(tokenizer_file))
    tokenizer.no_padding()
    tokenizer.enable_truncation(256)
    found = tokenizer.encode_batch(texts)
    return {
        "input_ids": [e.ids for e in found],
        "attention_mask": [e.attention_mask for e in found],
        "token_type_ids": [e.type_ids for e in found],
    }


def batches(
    tokenizer_file: Path, n: int, size: int = 32, texts: list[str] | None = None
) -> list[dict[str, np.ndarray]]:
    """Length-sorted, padded batches of `texts` (default: the benchmark corpus of n)."""
    encodings = encode(tokenizer_file, corpus(n) if texts is None else texts)
    ids = encodings["input_ids"]
    order = np.argsort([-len(x) for x in ids], kind="stable")
    return [pad_batch(encodings, order[s : s + size], 0) for s in range(0, len(ids), size)]


def torchscript_export(resolved, path: Path) -> None:
    import torch

    from pipeline.models.inference import load_transformer

    tokenizer, model, _ = load_transformer(
        resolved, "base", RuntimeParams(), attn_implementation="eager"
    )
    sample = tokenizer(
        ["a short text", "a longer text, two lengths"], padding=True, return_tensors="pt"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            _first_output(model),
            tuple(sample[k] for k in INPUTS),
            str(path),
            input_names=INPUTS,
            output_names=["output"],
            dynamic_axes={k: {0: "batch", 1: "sequence"} for k in [*INPUTS, "output"]},
            opset_version=17,
            dynamo=False,
        )


def optimize(source: Path, path: Path) -> None:
    from onnxruntime.transformers.optimizer import optimize_model

    optimize_model(
        str(source), model_type="bert", num_heads=12, hidden_size=384
    ).save_model_to_file(str(path), use_external_data_format=False)


def quantize(source: Path, path: Path, op_types: list[str]) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(
        str(source),
        str(path),
        weight_type=QuantType.QInt8,
        per_channel=True,
        op_types_to_quantize=op_types,
        extra_options={"DefaultTensorType": 1},  # the optimizer's fused ops lack type info
    )


def session_runner(path: Path):
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.log_severity_level = 3
    session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    names = [i.name for i in session.get_inputs()]
    return lambda batch: session.run(None, {k: batch[k] for k in names})[0]


def torch_runner(resolved):
    import torch

    from pipeline.models.inference import load_transformer

    torch.set_num_threads(1)
    _, model, _ = load_transformer(resolved, "base", RuntimeParams(threads=1))

    def run(batch):
        with torch.inference_mode():
            return model(**{k: torch.from_numpy(v) for k, v in batch.items()})[0].numpy()

    return run


def timed(run, data) -> tuple[float, np.ndarray]:
    run(data[0])  # first call allocates; not timed
    cpu = time.process_time()
    outputs = [run(batch) for batch in data]
    cpu = time.process_time() - cpu
    pairs = zip(outputs, data, strict=True)
    vectors = np.concatenate([mean_pool(out, batch["attention_mask"]) for out, batch in pairs])
    return sum(len(b["input_ids"]) for b in data) / cpu, vectors


def graph_runners(resolved, graphs: dict[str, Path]) -> dict:
    """torch, then one ONNX Runtime session per graph."""
    runners = {"torch": torch_runner(resolved)}
    runners.update({name: session_runner(path) for name, path in graphs.items()})
    return runners


def interleaved_rates(
    runners: dict, data, repeat: int
) -> tuple[dict[str, list[float]], dict[str, np.ndarray]]:
    """Every runner on the same batches, `repeat` times interleaved (so load swings hit every
    variant): each one's rates and its last vectors."""
    rates: dict[str, list[float]] = collections.defaultdict(list)
    vectors: dict[str, np.ndarray] = {}
    for _ in range(repeat):
        for name, run in runners.items():
            rate, vectors[name] = timed(run, data)
            rates[name].append(rate)
    return rates, vectors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="statements per measurement")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    resolved = resolve_model(DEFAULT_EMBEDDING_MODEL, None, False)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        export = ensure_export(resolved, "base", RuntimeParams(model_cache=str(tmp / "cache")))
        graphs = {"dynamo (the engine's export)": export / MODEL}
        optimize(export / MODEL, tmp / "dynamo-opt.onnx")
        graphs["dynamo + optimizer"] = tmp / "dynamo-opt.onnx"
        torchscript_export(resolved, tmp / "ts.onnx")
        optimize(tmp / "ts.onnx", tmp / "ts-opt.onnx")
        graphs["torchscript + optimizer"] = tmp / "ts-opt.onnx"
        for name, path in list(graphs.items()):
            ops = ["MatMul", "Attention"] if name.startswith("torchscript") else ["MatMul"]
            quantize(path, tmp / f"int8-{path.name}", ops)
            graphs[f"{name}, int8"] = tmp / f"int8-{path.name}"
        data = batches(export / TOKENIZER, args.n)
        rates, vectors = interleaved_rates(graph_runners(resolved, graphs), data, args.repeat)
        import onnx

        base = statistics.median(rates["torch"])
        print(f"{args.n} statements, batches of 32 sorted by length, 1 thread, medians of "
              f"{args.repeat} (machine shared: read the ratios)")  # fmt: skip
        print(f"{'graph':<36}{'per CPU-s':>10}{'x torch':>9}{'max |v - torch v|':>19}  fused ops")
        for name, rate in rates.items():
            fused = ""
            if name in graphs:
                ops = collections.Counter(
                    n.op_type for n in onnx.load(str(graphs[name])).graph.node
                )
                fused = ", ".join(f"{op} {ops[op]}" for op in FUSED if ops[op])
            diff = np.abs(vectors[name] - vectors["torch"]).max()
            print(f"{name:<36}{statistics.median(rate):>10.1f}"
                  f"{statistics.median(rate) / base:>8.2f}x{diff:>19.1e}  {fused}")  # fmt: skip


if __name__ == "__main__":
    main()
