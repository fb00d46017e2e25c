"""Shared torch helpers for transformer backends: device/dtype set-up, loading, batched forward.

torch and transformers are imported inside the functions, so importing this module is cheap.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from pipeline.errors import UserError
from pipeline.models.resolver import ResolvedModel
from pipeline.models.runtime import RuntimeParams

log = logging.getLogger(__name__)

_DTYPES = ("float32", "bfloat16", "float16")
# Tokenizers without a real limit report a huge model_max_length (1e30): never trust those.
_SANE_LIMIT = 100_000
# Models whose position ids start after the padding index (max_position_embeddings - 2 usable).
_OFFSET_POSITIONS = {"roberta", "xlm-roberta", "camembert", "longformer"}


def torch_device_and_dtype(runtime: RuntimeParams) -> tuple[Any, Any]:
    """Validate runtime.device / runtime.dtype and apply runtime.threads."""
    import torch

    name = runtime.device.strip().lower()
    if name == "auto":
        if torch.cuda.is_available():
            name = "cuda"
        elif torch.backends.mps.is_available():
            name = "mps"
        else:
            name = "cpu"
    if name.startswith("cuda") and not torch.cuda.is_available():
        raise UserError(f"runtime.device={runtime.device!r} but CUDA is not available here")
    if name == "mps" and not torch.backends.mps.is_available():
        raise UserError("runtime.device='mps' but MPS is not available here")
    if runtime.dtype not in _DTYPES:
        raise UserError(f"runtime.dtype={runtime.dtype!r}: use one of {', '.join(_DTYPES)}")
    if runtime.dtype == "float16" and not name.startswith(("cuda", "mps")):
        raise UserError("runtime.dtype='float16' needs a GPU; use bfloat16 or float32 on cpu")
    if runtime.threads is not None:
        torch.set_num_threads(runtime.threads)
    return torch.device(name), getattr(torch, runtime.dtype)


def load_transformer(resolved: ResolvedModel, head: str, runtime: RuntimeParams):
    """Load (tokenizer, model, device) from a resolved folder; head is "base" or "sequence"."""
    from transformers import AutoModel, AutoModelForSequenceClassification, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # the per-tensor "Loading weights" bar floods run logs

    device, dtype = torch_device_and_dtype(runtime)
    auto = AutoModelForSequenceClassification if head == "sequence" else AutoModel
    try:
        tokenizer = AutoTokenizer.from_pretrained(resolved.path)
        model = auto.from_pretrained(resolved.path, dtype=dtype)
    except (OSError, ValueError, KeyError) as exc:
        raise UserError(
            f"could not load model {resolved.model_id!r} from {resolved.path}: {exc}"
        ) from exc
    model.eval().to(device)
    log.info("loaded %s (%s) on %s as %s", resolved.model_id, resolved.source, device, dtype)
    return tokenizer, model, device


def max_length_for(tokenizer: Any, model: Any, requested: int) -> int:
    """A usable truncation length: the request, capped by what tokenizer and model accept."""
    limit = requested
    if 0 < getattr(tokenizer, "model_max_length", 0) < _SANE_LIMIT:
        limit = min(limit, int(tokenizer.model_max_length))
    positions = getattr(model.config, "max_position_embeddings", None)
    if positions:
        usable = positions - 2 if model.config.model_type in _OFFSET_POSITIONS else positions
        limit = min(limit, usable)
    return limit


def _pad(encodings: dict[str, Sequence[Sequence[int]]], rows: np.ndarray, pad_id: int) -> dict:
    """Right-pad the selected rows to the longest one in this batch (dynamic padding)."""
    import torch

    width = max(len(encodings["input_ids"][i]) for i in rows)
    batch = {}
    for key, values in encodings.items():
        array = np.full((len(rows), width), pad_id if key == "input_ids" else 0, dtype=np.int64)
        for j, i in enumerate(rows):
            array[j, : len(values[i])] = values[i]
        batch[key] = torch.from_numpy(array)
    return batch


def batched_forward(
    tokenizer: Any,
    encodings: dict[str, Sequence[Sequence[int]]],
    forward: Callable[[dict[str, Any]], Any],
    batch_size: int,
    device: Any,
) -> np.ndarray:
    """Run `forward` over pre-tokenised inputs: sorted by length, padded per batch.

    `encodings` holds unpadded token lists (input_ids, attention_mask, ...); `forward` maps a
    padded batch of tensors to a (batch, k) tensor. Rows come back in the input order.
    """
    import torch
    from tqdm.auto import tqdm

    ids = encodings["input_ids"]
    order = np.argsort([-len(x) for x in ids], kind="stable")
    outputs: list[np.ndarray] = []
    starts = range(0, len(order), batch_size)
    # disable=None: a progress bar on terminals only, never in logs or CI output.
    with torch.inference_mode():
        for start in tqdm(starts, desc="model batches", unit="batch", disable=None, leave=False):
            rows = order[start : start + batch_size]
            batch = _pad(encodings, rows, tokenizer.pad_token_id or 0)
            batch = {k: t.to(device) for k, t in batch.items()}
            outputs.append(forward(batch).float().cpu().numpy())
    if not outputs:
        return np.zeros((0, 0), dtype=np.float32)
    result = np.empty((len(ids), outputs[0].shape[1]), dtype=np.float32)
    result[order] = np.concatenate(outputs)
    return result
