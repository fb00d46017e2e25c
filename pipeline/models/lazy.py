"""A resolved transformer whose engine (torch or ONNX Runtime) loads on first use.

This is the one place that decides how a backend gets its transformer outputs: tokenise with
the engine, run length-sorted, dynamically padded batches, return rows in input order.
Resolving and fingerprinting need no torch, so a fully cached run never loads a model, and an
onnx run whose export exists never imports torch or transformers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

import numpy as np

from pipeline.models.fingerprint import model_fingerprint
from pipeline.models.resolver import ResolvedModel, resolve_model
from pipeline.models.runtime import RuntimeParams, choose_engine

# (engine output of one batch, its attention mask) -> one row per text
Reduce = Callable[[np.ndarray, np.ndarray], np.ndarray]


class Engine(Protocol):
    width: int  # columns of the raw output: hidden size ("base") or number of labels
    limit: int | None  # longest input the model accepts, when it has one
    pad_id: int

    def tokenize(
        self, texts: Sequence[str], pairs: Sequence[str] | None, max_length: int
    ) -> dict[str, list[list[int]]]: ...

    def forward(self, batch: dict[str, np.ndarray]) -> np.ndarray: ...


class LazyTransformer:
    head = "base"  # what the engine outputs: "base" (hidden states) or "sequence" (logits)
    fingerprint_suffix = ""  # how outputs are derived from the model, when that varies

    def __init__(
        self, model: str, runtime: RuntimeParams, revision: str | None, max_length: int
    ) -> None:
        self.runtime = runtime
        self.engine_name = choose_engine(runtime)  # clashing settings fail before any work
        self.resolved: ResolvedModel = resolve_model(model, revision, runtime.allow_download)
        self.max_length = max_length
        self._engine: Engine | None = None
        self._weights: str | None = None

    def weights_fingerprint(self) -> str:
        """Which function of text this is (weights, length, pooling), whatever the engine:
        torch and onnx compute it within float32 tolerance (tests/test_onnx_engine.py)."""
        if self._weights is None:
            self._weights = (
                f"{model_fingerprint(self.resolved)}|len{self.max_length}{self.fingerprint_suffix}"
            )
        return self._weights

    def fingerprint(self) -> str:
        """The weights fingerprint, plus the quantisation or precision when they change the
        numbers (bfloat16 predictions are never served to a float32 run, or the reverse)."""
        quantized = "" if self.runtime.quantize == "none" else f"|{self.runtime.quantize}"
        precision = "" if self.runtime.dtype == "float32" else f"|{self.runtime.dtype}"
        return self.weights_fingerprint() + quantized + precision

    def describe(self) -> dict:
        """The model's part of a backend's provenance: id, source, engine and export hash."""
        info = {**self.resolved.describe(), "engine": self.engine_name}
        if self.engine_name == "openvino":
            from importlib.metadata import version

            info["openvino"] = version("openvino")
            info["dtype"] = str(self.runtime.dtype)
        if self.engine_name in ("onnx", "openvino"):
            from pipeline.models.onnx_export import export_folder, read_export

            info["quantize"] = self.runtime.quantize
            meta = read_export(export_folder(self.resolved, self.head, self.runtime))
            info["export_sha256"] = meta["sha256"] if meta else None
        return info

    @property
    def loaded(self) -> bool:
        return self._engine is not None

    def engine(self) -> Engine:
        if self._engine is None:
            if self.engine_name in ("onnx", "openvino"):
                from pipeline.models.onnx_engine import OnnxEngine

                self._engine = OnnxEngine.for_model(self.resolved, self.head, self.runtime)
            else:
                from pipeline.models.inference import TorchEngine

                self._engine = TorchEngine(self.resolved, self.head, self.runtime)
        return self._engine

    def _run(
        self,
        texts: Sequence[str],
        pairs: Sequence[str] | None = None,
        reduce: Reduce | None = None,
    ) -> np.ndarray:
        """Tokenise (pairs truncate only the first text), run the engine in length-sorted,
        dynamically padded batches, apply `reduce` per batch; rows in the order of `texts`."""
        engine = self.engine()
        length = min(self.max_length, engine.limit) if engine.limit else self.max_length
        encodings = engine.tokenize(texts, pairs, length)
        return batched_forward(
            encodings, engine.pad_id, self.runtime.batch_size, engine.forward, reduce
        )


def pad_batch(encodings: dict[str, list[list[int]]], rows: Any, pad_id: int) -> dict:
    """Right-pad the selected rows to the longest one among them (dynamic padding)."""
    width = max(len(encodings["input_ids"][i]) for i in rows)
    batch = {}
    for key, values in encodings.items():
        array = np.full((len(rows), width), pad_id if key == "input_ids" else 0, dtype=np.int64)
        for j, i in enumerate(rows):
            array[j, : len(values[i])] = values[i]
        batch[key] = array
    return batch


def batched_forward(
    encodings: dict[str, list[list[int]]],
    pad_id: int,
    batch_size: int,
    forward: Callable[[dict[str, np.ndarray]], np.ndarray],
    reduce: Reduce | None = None,
) -> np.ndarray:
    """Run `forward` over unpadded token lists, longest first, `batch_size` rows at a time.

    Sorting by length keeps padding (wasted compute) small; rows come back in input order.
    """
    from tqdm import tqdm  # the bar pipeline/progress.py shows; tqdm.auto imports asyncio

    ids = encodings["input_ids"]
    order = np.argsort([-len(x) for x in ids], kind="stable")
    outputs: list[np.ndarray] = []
    starts = range(0, len(order), batch_size)
    # disable=None: a progress bar on terminals only, never in logs or CI output.
    for start in tqdm(starts, desc="model batches", unit="batch", disable=None, leave=False):
        batch = pad_batch(encodings, order[start : start + batch_size], pad_id)
        out = forward(batch)
        outputs.append(reduce(out, batch["attention_mask"]) if reduce else out)
    if not outputs:
        return np.zeros((0, 0), dtype=np.float32)
    result = np.empty((len(ids), outputs[0].shape[1]), dtype=np.float32)
    result[order] = np.concatenate(outputs)
    return result
