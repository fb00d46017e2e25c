"""Static int8 for MiniLM: does it reach 2.5x torch with accuracy within one point (dev)?

    PYTHONPATH=. .venv/bin/python benchmarks/onnx_static_int8.py [--n 1000] [--repeat 3]
        [--variants NAME,NAME] [--split dev] [--skip speed,accuracy] [--profile]

Builds in a temporary folder, from the packaged MiniLM's float32 export (what the onnx engine
runs): the shipped dynamic int8 recipe, and static QDQ variants made with ONNX Runtime's
quantize_static, calibrated on the DEV statements of the labelled sets only (never test):
activation uint8 or int8, weights int8 per output channel, MinMax / Percentile / Entropy
calibration, some with sensitive nodes kept in float32; and, for comparison, block-wise int8
weights (MatMulNBits, activations quantised per row and block at run time). For each it prints
 - statements per CPU-second of the model call alone (tokenising excluded; one intra-op
   thread everywhere; the same length-sorted batches of the inference benchmark's statements;
   variants interleaved --repeat times, medians) and the ratio to torch;
 - batch dependence: the largest |difference| between sentence vectors encoded one statement
   at a time and inside length-sorted batches of 32;
 - accuracy on the labelled sets' --split with the default run's backends (stance: the default
   study's prototypes; sentiment: the shipped head), float32 onnx vs the variant, in points.
--profile adds each graph's shares of time by operator type (ONNX Runtime's profiler).
Read the test split once, for the one variant chosen on dev (--split test --variants NAME).
"""

from __future__ import annotations

import argparse
import collections
import json
import shutil
import statistics
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_inference import default_predictions, labelled_sets  # noqa: E402
from onnx_graphs import batches, graph_runners, interleaved_rates  # noqa: E402

from pipeline.models.encoder import DEFAULT_EMBEDDING_MODEL, mean_pool  # noqa: E402
from pipeline.models.onnx_export import (  # noqa: E402
    META,
    MODEL,
    TOKENIZER,
    ensure_export,
    export_folder,
    read_export,
)
from pipeline.models.resolver import resolve_model  # noqa: E402
from pipeline.models.runtime import RuntimeParams  # noqa: E402


@dataclass
class Variant:
    activation: str = "QUInt8"  # QuantType name
    method: str = "MinMax"  # CalibrationMethod name
    op_types: list[str] | None = field(default_factory=lambda: ["MatMul"])  # None: all
    exclude: str = ""  # rules of excluded_nodes, comma-separated
    extra: dict = field(default_factory=dict)


@dataclass
class BlockWise:
    """Not static: ONNX Runtime's MatMulNBits, weights in blocks of `block` along the input
    dimension; accuracy_level 4 quantises each row of activations per block to int8 at run
    time (no calibration, and no statement's scale depends on another's)."""

    bits: int = 8
    block: int = 32


FLOAT = "float32 (engine default)"
DYNAMIC = "dynamic int8 (shipped)"
# Everything but LayerNormalization: the model's output (the last LayerNorm) stays float32.
CORE = ["MatMul", "Add", "Mul", "Softmax", "Gelu", "Reshape", "Transpose"]
FLOAT_OUT = {"OpTypesToExcludeOutputQuantization": ["MatMul"]}  # MatMulIntegerToFloat
VARIANTS = {
    # MatMuls only, float outputs: the static twin of the shipped dynamic recipe.
    "u8-matmul": Variant(extra=FLOAT_OUT),
    "u8-matmul-keep-attention": Variant(extra=FLOAT_OUT, exclude="attention"),
    "u8-matmul-percentile": Variant(extra=FLOAT_OUT, method="Percentile"),
    "u8-matmul-entropy": Variant(extra=FLOAT_OUT, method="Entropy"),
    "s8-matmul": Variant(extra={**FLOAT_OUT, "ActivationSymmetric": True}, activation="QInt8"),
    "u8-matmul-keep-last": Variant(extra=FLOAT_OUT, exclude="last"),
    # MatMuls with quantised outputs (QLinearMatMul), then more of the graph in int8.
    "u8-matmul-qlinear": Variant(),
    "u8-core-keep-mask": Variant(op_types=CORE, exclude="mask"),
    "u8-core-keep-mask-residual": Variant(op_types=CORE, exclude="mask,residual"),
    "u8-all-ops-keep-mask": Variant(op_types=None, exclude="mask"),
    "u8-all-ops": Variant(op_types=None),
    "w8-blockwise-b32": BlockWise(),
}


def dev_texts() -> list[str]:
    """Every labelled set's dev statements (each text once): the calibration set."""
    texts = []
    for _, _, rows in labelled_sets("dev", None, 0):
        texts += rows.texts
    return list(dict.fromkeys(texts))


class DevReader:
    """quantize_static's CalibrationDataReader over length-sorted batches of 32 dev texts.

    It serves one batch per collect (quantize_static's CalibStridedMinMax=1 calls set_range):
    the histogram calibrators (Percentile, Entropy) stack all they collect at once into one
    array, which batches of different lengths cannot form."""

    def __init__(self, tokenizer_file: Path, texts: list[str], input_names: list[str]):
        self.batches = [
            {k: v for k, v in batch.items() if k in input_names}
            for batch in batches(tokenizer_file, 0, texts=texts)
        ]
        self.set_range(0, len(self.batches))

    def __len__(self) -> int:
        return len(self.batches)

    def set_range(self, start_index: int, end_index: int) -> None:
        self.rest = iter(self.batches[start_index:end_index])

    def get_next(self) -> dict | None:
        return next(self.rest, None)


def excluded_nodes(model_path: Path, rules: str) -> list[str]:
    """Names of the nodes that comma-separated `rules` keep in float32:
    last: the last layer's MatMuls; attention: the activation x activation MatMuls (Q·K^T,
    softmax·V); residual: the Adds of two activations that feed a LayerNormalization (the
    residual stream, where BERT's outlier dimensions live); mask: the Add of the attention mask
    (scores plus a huge negative number: a MinMax range that leaves no resolution for the
    scores) and the Softmax after it."""
    import onnx

    graph = onnx.load(str(model_path)).graph
    weights = {i.name for i in graph.initializer}
    consumers: dict[str, list[str]] = collections.defaultdict(list)
    for node in graph.node:
        for name in node.input:
            consumers[name].append(node.op_type)
    matmuls = [n for n in graph.node if n.op_type == "MatMul"]
    keep: list[str] = []
    for rule in filter(None, rules.split(",")):
        if rule == "last":
            keep += [n.name for n in matmuls[-8:]]
        elif rule == "attention":
            keep += [n.name for n in matmuls if not any(x in weights for x in n.input)]
        elif rule == "residual":
            keep += [
                n.name
                for n in graph.node
                if n.op_type == "Add"
                and not any(x in weights for x in n.input)
                and "LayerNormalization" in consumers[n.output[0]]
            ]
        elif rule == "mask":
            keep += [
                n.name
                for n in graph.node
                if n.op_type == "Softmax"
                or (n.op_type == "Add" and "Softmax" in consumers[n.output[0]])
            ]
        else:
            raise ValueError(f"unknown exclusion rule {rule!r}")
    return keep


def build_blockwise(source: Path, out: Path, variant: BlockWise) -> None:
    import onnx
    from onnxruntime.quantization.matmul_nbits_quantizer import (
        DefaultWeightOnlyQuantConfig,
        MatMulNBitsQuantizer,
    )

    config = DefaultWeightOnlyQuantConfig(
        block_size=variant.block, is_symmetric=True, accuracy_level=4, bits=variant.bits
    )
    quantizer = MatMulNBitsQuantizer(onnx.load(str(source)), algo_config=config)
    quantizer.process()
    quantizer.model.save_model_to_file(str(out), use_external_data_format=False)


def build_static(source: Path, out: Path, variant: Variant, reader: DevReader) -> None:
    from onnxruntime.quantization import (
        CalibrationMethod,
        QuantFormat,
        QuantType,
        quantize_static,
    )

    quantize_static(
        str(source),
        str(out),
        reader,
        quant_format=QuantFormat.QDQ,
        op_types_to_quantize=variant.op_types,
        per_channel=True,
        activation_type=QuantType[variant.activation],
        weight_type=QuantType.QInt8,
        nodes_to_exclude=excluded_nodes(source, variant.exclude),
        calibrate_method=CalibrationMethod[variant.method],
        extra_options={"CalibStridedMinMax": 1, **variant.extra},  # one batch per collect
    )


def install(model: Path, float_folder: Path, cache: Path, resolved) -> RuntimeParams:
    """Put `model` in the int8 slot of a model cache of its own, so the pipeline's backends
    run it through the real engine (runtime.quantize=int8 with that cache)."""
    runtime = RuntimeParams(engine="onnx", quantize="int8", threads=1, model_cache=str(cache))
    folder = export_folder(resolved, "base", runtime)
    folder.mkdir(parents=True)
    shutil.copy2(model, folder / MODEL)
    shutil.copy2(float_folder / TOKENIZER, folder / TOKENIZER)
    meta = {**read_export(float_folder), "quantize": "int8"}
    (folder / META).write_text(json.dumps(meta))
    return runtime


def batch_dependence(run, texts: list[str], tokenizer_file: Path) -> float:
    """Largest |v_alone - v_batched| over the sentence vectors of `texts`: encoded one at a
    time and in length-sorted batches of 32 (both come back in the same sorted order)."""

    def vectors(size: int) -> np.ndarray:
        found = batches(tokenizer_file, 0, size=size, texts=texts)
        return np.concatenate([mean_pool(run(b), b["attention_mask"]) for b in found])

    return float(np.abs(vectors(1) - vectors(32)).max())


def build_all(names: list[str], tmp: Path, export: Path) -> dict[str, Path]:
    """The float32 export, the shipped dynamic int8 and each static variant: name -> file."""
    import onnx
    import onnxruntime as ort
    from onnxruntime.quantization import quant_pre_process

    from pipeline.models.onnx_export import _quantize_int8

    (tmp / "dynamic").mkdir()
    _quantize_int8(export, tmp / "dynamic")
    graphs = {FLOAT: export / MODEL, DYNAMIC: tmp / "dynamic" / MODEL}
    single = tmp / "single.onnx"  # the export keeps its weights in model.onnx.data
    onnx.save(onnx.load(str(export / MODEL)), str(single))
    pre = tmp / "pre.onnx"  # shape inference and ORT's basic fusions, as the quantiser asks
    quant_pre_process(str(single), str(pre), skip_symbolic_shape=True)
    texts = dev_texts()
    print(f"calibration: {len(texts)} dev statements", flush=True)
    inputs = [i.name for i in ort.InferenceSession(str(pre)).get_inputs()]
    reader = DevReader(export / TOKENIZER, texts, inputs)
    for name in names:
        graphs[name] = tmp / f"{name}.onnx"
        variant = VARIANTS[name]
        if isinstance(variant, BlockWise):
            build_blockwise(single, graphs[name], variant)
        else:
            build_static(pre, graphs[name], variant, reader)
    return graphs


def speed(graphs: dict[str, Path], args, resolved, export: Path) -> dict[str, float]:
    """Print the speed table; return each graph's median rate / torch's."""
    runners = graph_runners(resolved, graphs)
    rates, vectors = interleaved_rates(runners, batches(export / TOKENIZER, args.n), args.repeat)
    probe = dev_texts()[:64]
    base = statistics.median(rates["torch"])
    print(f"\n{args.n} statements, batches of 32 sorted by length, 1 thread, medians of "
          f"{args.repeat} (machine shared: read the ratios)")  # fmt: skip
    print(f"{'graph':<28}{'per CPU-s':>10}{'x torch':>9}{'max |v - torch v|':>19}"
          f"{'alone vs batch':>16}")  # fmt: skip
    ratios = {}
    for name, rate in rates.items():
        ratios[name] = statistics.median(rate) / base
        diff = np.abs(vectors[name] - vectors["torch"]).max()
        alone = batch_dependence(runners[name], probe, export / TOKENIZER)
        print(f"{name:<28}{statistics.median(rate):>10.1f}{ratios[name]:>8.2f}x"
              f"{diff:>19.1e}{alone:>16.1e}", flush=True)  # fmt: skip
    return ratios


def profile(graphs: dict[str, Path], n: int, export: Path) -> None:
    """Print where each graph spends its time: ONNX Runtime's profile of one pass over the
    first n benchmark statements, one thread, shares of node time by operator type."""
    import onnxruntime as ort

    data = batches(export / TOKENIZER, n)
    print(f"\nshare of node time by operator (ONNX Runtime profile, {n} statements, 1 thread)")
    for name, path in graphs.items():
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.log_severity_level = 3
        options.enable_profiling = True
        options.profile_file_prefix = str(path.parent / f"profile-{path.stem}")
        session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        inputs = [i.name for i in session.get_inputs()]
        for batch in data:
            session.run(None, {k: batch[k] for k in inputs})
        events = json.loads(Path(session.end_profiling()).read_text())
        spent: collections.Counter = collections.Counter()
        for event in events:
            if event.get("cat") == "Node" and event["name"].endswith("_kernel_time"):
                spent[event["args"]["op_name"]] += event["dur"]
        total = sum(spent.values())
        top = ", ".join(f"{op} {100 * t / total:.0f}%" for op, t in spent.most_common(6))
        print(f"  {name:<28}{top}", flush=True)


def accuracy(graphs: dict[str, Path], split: str, tmp: Path, resolved) -> dict[str, float]:
    """Print the accuracy table; return each variant's largest |change| in points."""
    from sklearn.metrics import accuracy_score

    float_folder = ensure_export(resolved, "base", RuntimeParams(model_cache=str(tmp / "f32")))
    runtimes = {FLOAT: RuntimeParams(engine="onnx", threads=1, model_cache=str(tmp / "f32"))}
    for i, name in enumerate(n for n in graphs if n != FLOAT):
        runtimes[name] = install(graphs[name], float_folder, tmp / f"cache-{i}", resolved)
    sets = labelled_sets(split, None, 0)
    print(f"\naccuracy (%) on the {split} split with the default backends: float32, then each "
          "variant (change in points, share of predictions changed)")  # fmt: skip
    print(f"{'graph':<28}" + "".join(f"{s[0].split(' (')[0]:>28}" for s in sets) + "  max |Δ|")
    reference: dict[str, list[str]] = {}
    worst = {}
    for name, runtime in runtimes.items():
        cells, deltas = [], []
        for set_name, task, rows in sets:
            preds = default_predictions(task, rows, runtime)
            acc = 100 * accuracy_score(rows.labels, preds)
            if name == FLOAT:
                reference[set_name] = preds
                cells.append(f"{acc:.1f}")
                continue
            delta = acc - 100 * accuracy_score(rows.labels, reference[set_name])
            changed = 100 * np.mean(np.array(preds) != np.array(reference[set_name]))
            deltas.append(delta)
            cells.append(f"{acc:.1f} ({delta:+.1f}, {changed:.1f}%)")
        if deltas:
            worst[name] = max(map(abs, deltas))
        shown = f"{worst[name]:>9.1f}" if deltas else ""
        print(f"{name:<28}" + "".join(f"{c:>28}" for c in cells) + shown, flush=True)
    return worst


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="statements per speed measurement")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--variants", default=",".join(VARIANTS), help="comma-separated names")
    parser.add_argument("--split", default="dev", choices=["dev", "test"])
    parser.add_argument("--skip", default="", help="sections to skip: speed,accuracy")
    parser.add_argument("--profile", action="store_true", help="time shares by operator")
    args = parser.parse_args()
    names = [n for n in args.variants.split(",") if n]
    unknown = sorted(set(names) - set(VARIANTS))
    if unknown:
        sys.exit(f"unknown variants {unknown}; choose from {sorted(VARIANTS)}")
    skip = set(args.skip.split(","))
    resolved = resolve_model(DEFAULT_EMBEDDING_MODEL, None, False)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        export = ensure_export(resolved, "base", RuntimeParams(model_cache=str(tmp / "f32")))
        graphs = build_all(names, tmp, export)
        ratios = {} if "speed" in skip else speed(graphs, args, resolved, export)
        if args.profile:
            profile(graphs, args.n, export)
        worst = {} if "accuracy" in skip else accuracy(graphs, args.split, tmp, resolved)
    print(f"\ngoal: >= 2.5x torch and every {args.split} set within 1 point of float32")
    for name in graphs:
        if name in ratios and name in worst:
            met = ratios[name] >= 2.5 and worst[name] < 1.0
            print(f"  {name:<28}{ratios[name]:.2f}x, max |Δ| {worst[name]:.1f} points: "
                  f"{'met' if met else 'not met'}")  # fmt: skip


if __name__ == "__main__":
    main()
