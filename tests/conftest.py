import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED_ARTICLE = ROOT / "data" / "articles" / "000_8211a3ecb4d4f9df.txt"


def run_pipeline_cli(*overrides: str, cwd: Path = ROOT, env: dict | None = None):
    """`python -m pipeline OVERRIDES…` in a subprocess, as a user runs it (never online)."""
    full_env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", **(env or {})}
    if not any(o.startswith("validation.") for o in overrides):
        # Test evaluations must not land in the user's validation registry (outputs/validation).
        overrides = (*overrides, "validation.record=false")
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *overrides],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.fixture(scope="session", autouse=True)
def model_cache(tmp_path_factory):
    """ONNX exports of this test session (made once, shared by its tests and subprocesses)."""
    folder = tmp_path_factory.mktemp("model-cache")
    before = os.environ.get("STANCE_PIPELINE_MODEL_CACHE")
    os.environ["STANCE_PIPELINE_MODEL_CACHE"] = str(folder)
    yield folder
    if before is None:
        del os.environ["STANCE_PIPELINE_MODEL_CACHE"]
    else:
        os.environ["STANCE_PIPELINE_MODEL_CACHE"] = before


@pytest.fixture(scope="session")
def founding_run(tmp_path_factory) -> Path:
    """One real default run on the founding article (real MiniLM + VADER), shared by tests."""
    base = tmp_path_factory.mktemp("founding")
    done = run_pipeline_cli(f"hydra.run.dir={base / 'run'}", f"cache.dir={base / 'cache'}")
    assert done.returncode == 0, done.stderr[-3000:]
    return base / "run"
