"""Runtime and cache parameters shared by every model backend (plain dataclasses, no torch)."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import UserError
from pipeline.param_checks import choice, require

Dtype = choice("Dtype", ("float32", "bfloat16", "float16"), __name__)
Engine = choice("Engine", ("auto", "torch", "onnx", "openvino"), __name__)
Quantize = choice("Quantize", ("none", "int8"), __name__)
_DEVICE = re.compile(r"(cpu|auto|mps|cuda(:\d+)?)")


@dataclass
class RuntimeParams:
    """Where and how transformer backends run.

    device: "cpu", "cuda", "cuda:1", "mps" or "auto" (cuda, then mps, then cpu).
    dtype: "float32" or "bfloat16" ("float16" on cuda only).
    threads: intra-op threads of torch or ONNX Runtime on CPU (None = the engine's default).
    allow_download: let the resolver fetch missing weights from the Hugging Face hub
    (never when HF_HUB_OFFLINE=1). Off by default: runs are offline unless asked.
    engine: "torch", "onnx" (ONNX Runtime on CPU, exported once per model and kept in
    model_cache), "openvino" (the same export compiled by OpenVINO on CPU, in float32 or
    bfloat16) or "auto" (onnx for device=cpu with float32, torch otherwise).
    quantize: "none" or "int8" (dynamic int8 weights; onnx engine only).
    model_cache: folder of ONNX exports (None = $STANCE_PIPELINE_MODEL_CACHE, else
    $XDG_CACHE_HOME/stance-pipeline/onnx).
    """

    device: str = "cpu"
    dtype: Dtype = Dtype.float32
    threads: int | None = None
    batch_size: int = 32
    allow_download: bool = False
    engine: Engine = Engine.auto
    quantize: Quantize = Quantize.none
    model_cache: str | None = None

    def __post_init__(self) -> None:
        ok = _DEVICE.fullmatch(self.device.strip().lower()) is not None
        require(ok, "device", self.device, "use cpu, cuda, cuda:N, mps or auto")
        require(self.threads is None or self.threads >= 1, "threads", self.threads, "must be >= 1")
        require(self.batch_size >= 1, "batch_size", self.batch_size, "must be >= 1")


def choose_engine(runtime: RuntimeParams) -> str:
    """The engine a run uses ("torch" or "onnx"), or a UserError for settings that clash."""
    on_cpu_fp32 = runtime.device.strip().lower() == "cpu" and runtime.dtype == "float32"
    engine = runtime.engine
    if engine == "auto":
        engine = "onnx" if on_cpu_fp32 else "torch"
    if engine == "onnx" and not on_cpu_fp32:
        raise UserError(
            f"runtime.engine=onnx runs on cpu in float32 (got device={runtime.device!r}, "
            f"dtype={runtime.dtype!s}); use runtime.engine=torch for other devices or dtypes, "
            "or runtime.engine=openvino for bfloat16 on cpu"
        )
    on_cpu = runtime.device.strip().lower() == "cpu"
    if engine == "openvino" and not (on_cpu and runtime.dtype in ("float32", "bfloat16")):
        raise UserError(
            f"runtime.engine=openvino runs on cpu in float32 or bfloat16 (got "
            f"device={runtime.device!r}, dtype={runtime.dtype!s})"
        )
    if runtime.quantize != "none" and engine != "onnx":
        raise UserError(
            f"runtime.quantize={runtime.quantize!s} needs the onnx engine on cpu in float32 "
            f"(this run uses {engine}: device={runtime.device!r}, dtype={runtime.dtype!s})"
        )
    return str(engine)


def model_cache_dir(runtime: RuntimeParams) -> Path:
    if runtime.model_cache:
        return Path(runtime.model_cache).expanduser()
    if os.environ.get("STANCE_PIPELINE_MODEL_CACHE"):
        return Path(os.environ["STANCE_PIPELINE_MODEL_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache"))
    return Path(base) / "stance-pipeline" / "onnx"


@dataclass
class CacheParams:
    """On-disk prediction cache: a re-run that only changes scoring or reporting skips models.

    commit_every: new predictions are committed every this many texts, so an interrupted run
    keeps what it computed and the next run starts from there."""

    enabled: bool = True
    dir: str = ".cache/predictions"
    commit_every: int = 256

    def __post_init__(self) -> None:
        require(self.commit_every >= 1, "commit_every", self.commit_every, "must be >= 1")
