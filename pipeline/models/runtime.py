"""Runtime and cache parameters shared by every model backend (plain dataclasses, no torch)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import UserError

ENGINES = ("auto", "torch", "onnx")
QUANTIZE = ("none", "int8")


@dataclass
class RuntimeParams:
    """Where and how transformer backends run.

    device: "cpu", "cuda", "cuda:1", "mps" or "auto" (cuda, then mps, then cpu).
    dtype: "float32" or "bfloat16" ("float16" on cuda only).
    threads: intra-op threads of torch or ONNX Runtime on CPU (None = the engine's default).
    allow_download: let the resolver fetch missing weights from the Hugging Face hub
    (never when HF_HUB_OFFLINE=1). Off by default: runs are offline unless asked.
    engine: "torch", "onnx" (ONNX Runtime on CPU, exported once per model and kept in
    model_cache) or "auto" (onnx for device=cpu with float32, torch otherwise).
    quantize: "none" or "int8" (dynamic int8 weights; onnx engine only).
    model_cache: folder of ONNX exports (None = $STANCE_PIPELINE_MODEL_CACHE, else
    $XDG_CACHE_HOME/stance-pipeline/onnx).
    """

    device: str = "cpu"
    dtype: str = "float32"
    threads: int | None = None
    batch_size: int = 32
    allow_download: bool = False
    engine: str = "auto"
    quantize: str = "none"
    model_cache: str | None = None


def choose_engine(runtime: RuntimeParams) -> str:
    """The engine a run uses ("torch" or "onnx"), or a UserError for settings that clash."""
    if runtime.engine not in ENGINES:
        raise UserError(f"runtime.engine={runtime.engine!r}: use one of {', '.join(ENGINES)}")
    if runtime.quantize not in QUANTIZE:
        raise UserError(f"runtime.quantize={runtime.quantize!r}: use one of {', '.join(QUANTIZE)}")
    if runtime.batch_size < 1:
        raise UserError(f"runtime.batch_size must be >= 1, got {runtime.batch_size}")
    if runtime.threads is not None and runtime.threads < 1:
        raise UserError(f"runtime.threads must be >= 1, got {runtime.threads}")
    on_cpu_fp32 = runtime.device.strip().lower() == "cpu" and runtime.dtype == "float32"
    engine = runtime.engine
    if engine == "auto":
        engine = "onnx" if on_cpu_fp32 else "torch"
    if engine == "onnx" and not on_cpu_fp32:
        raise UserError(
            f"runtime.engine=onnx runs on cpu in float32 (got device={runtime.device!r}, "
            f"dtype={runtime.dtype!r}); use runtime.engine=torch for other devices or dtypes"
        )
    if runtime.quantize != "none" and engine != "onnx":
        raise UserError(
            f"runtime.quantize={runtime.quantize} needs the onnx engine on cpu in float32 "
            f"(this run uses torch: device={runtime.device!r}, dtype={runtime.dtype!r})"
        )
    return engine


def model_cache_dir(runtime: RuntimeParams) -> Path:
    if runtime.model_cache:
        return Path(runtime.model_cache).expanduser()
    if os.environ.get("STANCE_PIPELINE_MODEL_CACHE"):
        return Path(os.environ["STANCE_PIPELINE_MODEL_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache"))
    return Path(base) / "stance-pipeline" / "onnx"


@dataclass
class CacheParams:
    """On-disk prediction cache: a re-run that only changes scoring or reporting skips models."""

    enabled: bool = True
    dir: str = ".cache/predictions"
