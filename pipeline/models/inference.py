"""The torch engine: device/dtype set-up, loading with transformers, one forward per batch.

torch and transformers are imported inside the functions, so importing this module is cheap.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
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
# What tokenizers may return that a model takes as input.
MODEL_INPUTS = ("input_ids", "attention_mask", "token_type_ids")


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


def load_transformer(
    resolved: ResolvedModel, head: str, runtime: RuntimeParams, **model_kwargs: Any
):
    """Load (tokenizer, model, device) from a resolved folder; head is "base" or "sequence"."""
    from transformers import AutoModel, AutoModelForSequenceClassification, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # the per-tensor "Loading weights" bar floods run logs

    device, dtype = torch_device_and_dtype(runtime)
    auto = AutoModelForSequenceClassification if head == "sequence" else AutoModel
    try:
        tokenizer = AutoTokenizer.from_pretrained(resolved.path)
        model = auto.from_pretrained(resolved.path, dtype=dtype, **model_kwargs)
    except (OSError, ValueError, KeyError) as exc:
        raise UserError(
            f"could not load model {resolved.model_id!r} from {resolved.path}: {exc}"
        ) from exc
    model.eval().to(device)
    log.info("loaded %s (%s) on %s as %s", resolved.model_id, resolved.source, device, dtype)
    return tokenizer, model, device


def sequence_limit(tokenizer: Any, config: Any) -> int | None:
    """The longest input tokenizer and model accept (None: no known limit)."""
    limits = []
    if 0 < getattr(tokenizer, "model_max_length", 0) < _SANE_LIMIT:
        limits.append(int(tokenizer.model_max_length))
    positions = getattr(config, "max_position_embeddings", None)
    if positions:
        limits.append(positions - 2 if config.model_type in _OFFSET_POSITIONS else positions)
    return min(limits) if limits else None


def output_width(config: Any, head: str) -> int:
    return int(config.num_labels if head == "sequence" else config.hidden_size)


def tokenize(
    tokenizer: Any, texts: Sequence[str], pairs: Sequence[str] | None, max_length: int
) -> dict[str, list[list[int]]]:
    """Unpadded token lists; with pairs only the first text is truncated."""
    if pairs is None:
        encodings = tokenizer(list(texts), truncation=True, max_length=max_length)
    else:
        encodings = tokenizer(
            list(texts), list(pairs), truncation="only_first", max_length=max_length
        )
    return {k: v for k, v in encodings.items() if k in MODEL_INPUTS}


class TorchEngine:
    """A transformers model on runtime.device, run under torch.inference_mode()."""

    def __init__(self, resolved: ResolvedModel, head: str, runtime: RuntimeParams):
        self.tokenizer, self.model, self.device = load_transformer(resolved, head, runtime)
        self.width = output_width(self.model.config, head)
        self.limit = sequence_limit(self.tokenizer, self.model.config)
        self.pad_id = self.tokenizer.pad_token_id or 0

    def tokenize(
        self, texts: Sequence[str], pairs: Sequence[str] | None, max_length: int
    ) -> dict[str, list[list[int]]]:
        return tokenize(self.tokenizer, texts, pairs, max_length)

    def forward(self, batch: dict[str, np.ndarray]) -> np.ndarray:
        import torch

        with torch.inference_mode():
            tensors = {k: torch.from_numpy(v).to(self.device) for k, v in batch.items()}
            return self.model(**tensors)[0].float().cpu().numpy()
