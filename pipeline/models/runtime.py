"""Runtime and cache parameters shared by every model backend (plain dataclasses, no torch)."""

from __future__ import annotations

from dataclasses import dataclass


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
    dtype: str = "float32"
    threads: int | None = None
    batch_size: int = 32
    allow_download: bool = False


@dataclass
class CacheParams:
    """On-disk prediction cache: a re-run that only changes scoring or reporting skips models."""

    enabled: bool = True
    dir: str = ".cache/predictions"
