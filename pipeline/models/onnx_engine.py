"""The onnx and openvino engines: an exported model run on CPU, tokenised by `tokenizers`.

Once the export exists (pipeline.models.onnx_export), neither torch nor transformers is
imported. The onnx engine runs the export with ONNX Runtime (loading is a tokenizer.json and an
InferenceSession, a fraction of a second); the openvino engine compiles the same export with
OpenVINO (about a second), which on CPUs with bfloat16 units (AMX, AVX512-BF16) runs
`runtime.dtype=bfloat16` several times faster than float32 (benchmarks/bench_inference.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path

import numpy as np

from pipeline.models.onnx_export import MODEL, TOKENIZER, ensure_export, read_export
from pipeline.models.resolver import ResolvedModel
from pipeline.models.runtime import RuntimeParams

log = logging.getLogger(__name__)


class OnnxEngine:
    def __init__(self, folder: Path, threads: int | None = None, runner: str = "onnx"):
        from tokenizers import Tokenizer

        meta = read_export(folder)
        if meta is None:
            raise FileNotFoundError(f"no complete ONNX export in {folder}")
        self.folder = folder
        self.width: int = meta["width"]
        self.limit: int | None = meta["limit"]
        self.pad_id: int = meta["pad_id"]
        self.tokenizer = Tokenizer.from_file(str(folder / TOKENIZER))
        self.tokenizer.no_padding()  # batches are padded per batch, after length sorting
        if runner == "onnx":
            self.run, self.inputs = _onnxruntime(folder / MODEL, threads)
        else:  # "openvino:f32" or "openvino:bf16"
            self.run, self.inputs = _openvino(folder / MODEL, threads, runner.split(":")[1])

    @classmethod
    def for_model(cls, resolved: ResolvedModel, head: str, runtime: RuntimeParams) -> OnnxEngine:
        folder = ensure_export(resolved, head, runtime)
        runner = runner_name(runtime)
        log.info("%s engine: %s (%s) from %s", runner, resolved.model_id, runtime.quantize, folder)
        return _open(cls, folder, runtime.threads, runner)

    def tokenize(
        self, texts: Sequence[str], pairs: Sequence[str] | None, max_length: int
    ) -> dict[str, list[list[int]]]:
        """Unpadded token lists, as transformers' fast tokenizer gives them (the same rust
        tokenizer and truncation strategies: longest_first for one text, only_first for pairs)."""
        strategy = "longest_first" if pairs is None else "only_first"
        self.tokenizer.enable_truncation(max_length, strategy=strategy)
        items = list(texts) if pairs is None else list(zip(texts, pairs, strict=True))
        encodings = self.tokenizer.encode_batch(items)
        out = {
            "input_ids": [e.ids for e in encodings],
            "attention_mask": [e.attention_mask for e in encodings],
        }
        if "token_type_ids" in self.inputs:
            out["token_type_ids"] = [e.type_ids for e in encodings]
        return out

    def forward(self, batch: dict[str, np.ndarray]) -> np.ndarray:
        return self.run({k: batch[k] for k in self.inputs})


def runner_name(runtime: RuntimeParams) -> str:
    """What runs the export: "onnx" (ONNX Runtime), or "openvino:" and OpenVINO's precision."""
    if runtime.engine != "openvino":
        return "onnx"
    return "openvino:" + ("bf16" if runtime.dtype == "bfloat16" else "f32")


@cache
def _open(cls: type[OnnxEngine], folder: Path, threads: int | None, runner: str) -> OnnxEngine:
    """One session per export, thread count and runner in a process: the default stance and
    sentiment models share the MiniLM encoder (a session costs about 0.13 s to create)."""
    return cls(folder, threads, runner)


def _onnxruntime(model: Path, threads: int | None) -> tuple[Callable, list[str]]:
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads or 0  # 0 = ONNX Runtime's default
    options.inter_op_num_threads = 1
    # Idle worker threads sleep instead of spinning: on a busy 2-core machine spinning
    # cost a third of the throughput (1,000 statements: 19.8 vs 28.5 statements/s).
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.log_severity_level = 3  # errors only; warnings about unused initialisers
    session = ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
    # The exporter may drop an input the graph never reads (e.g. constant token types).
    inputs = [i.name for i in session.get_inputs()]
    return (lambda feeds: session.run(None, feeds)[0]), inputs


def _openvino(model: Path, threads: int | None, precision: str) -> tuple[Callable, list[str]]:
    import openvino as ov

    config = {
        # Set either way: on CPUs with bfloat16 units OpenVINO would otherwise pick bf16 itself.
        "INFERENCE_PRECISION_HINT": precision,
        "PERFORMANCE_HINT": "LATENCY",  # one stream: batches arrive one at a time
    }
    if threads:
        config["INFERENCE_NUM_THREADS"] = threads
    compiled = ov.Core().compile_model(str(model), "CPU", config)
    request = compiled.create_infer_request()
    output = compiled.output(0)

    def run(feeds: dict[str, np.ndarray]) -> np.ndarray:
        # The request reuses its output buffer: copy before the next batch overwrites it.
        return np.array(request.infer(feeds)[output], dtype=np.float32, copy=True)

    return run, [i.get_any_name() for i in compiled.inputs]
