"""Runtime and cache parameters shared by every model backend (plain dataclasses, no torch)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.param_checks import choice, require

Dtype = choice("Dtype", ("float32", "bfloat16", "float16"), __name__)
_DEVICE = re.compile(r"(cpu|auto|mps|cuda(:\d+)?)")


@dataclass
class RuntimeParams:
    """Where and how transformer backends run.

    device: "cpu", "cuda", "cuda:1", "mps" or "auto" (cuda, then mps, then cpu).
    dtype: "float32" or "bfloat16" ("float16" on cuda only).
    threads: torch intra-op threads on CPU (None = torch's default).
    allow_download: let the resolver fetch missing weights from the Hugging Face hub
    (never when HF_HUB_OFFLINE=1). Off by default: runs are offline unless asked.
    """

    device: str = "cpu"
    dtype: Dtype = Dtype.float32
    threads: int | None = None
    batch_size: int = 32
    allow_download: bool = False

    def __post_init__(self) -> None:
        ok = _DEVICE.fullmatch(self.device.strip().lower()) is not None
        require(ok, "device", self.device, "use cpu, cuda, cuda:N, mps or auto")
        require(self.threads is None or self.threads >= 1, "threads", self.threads, "must be >= 1")
        require(self.batch_size >= 1, "batch_size", self.batch_size, "must be >= 1")


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
