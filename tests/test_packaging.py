"""The built wheel works outside the checkout: its configs and default inputs come with it.

The project is built into a wheel from a copy of its sources and installed into a fresh venv
(the heavy dependencies, torch included, come from the running environment's site-packages
through a .pth file; the project itself only from the wheel). `stance-pipeline` then runs from
an unrelated directory, with no PYTHONPATH pointing at the checkout.
"""

import json
import os
import shutil
import site
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.slow

SOURCES = ("pyproject.toml", "setup.py", "README.md", "pipeline", "configs", "data")


def run(args, **kwargs):
    done = subprocess.run(args, capture_output=True, text=True, timeout=600, **kwargs)
    assert done.returncode == 0, (args, done.stdout[-2000:], done.stderr[-3000:])
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    base = tmp_path_factory.mktemp("wheel")
    src = base / "src"
    for name in SOURCES:
        origin = ROOT / name
        if origin.is_dir():
            shutil.copytree(origin, src / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            (src / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(origin, src / name)
    pip = [sys.executable, "-m", "pip"]
    # pip runs outside the checkout and without PYTHONPATH: a checkout on sys.path that holds a
    # stance_pipeline.egg-info makes pip skip the install as "already satisfied".
    isolated = {"cwd": base, "env": {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}}
    run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", base / "dist", src],
        **isolated,
    )
    wheel = next((base / "dist").glob("stance_pipeline-*.whl"))
    venv = base / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", venv])
    python = venv / "bin" / "python"
    purelib = run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"])
    deps = Path(purelib.stdout.strip()) / "deps.pth"
    deps.write_text("\n".join(site.getsitepackages()) + "\n")
    run([*pip, "--python", python, "install", "--no-deps", "-q", wheel], **isolated)
    return wheel, venv


def test_the_wheel_holds_all_code_configs_and_default_data(installed):
    wheel, _ = installed
    names = set(zipfile.ZipFile(wheel).namelist())
    code = {p.relative_to(ROOT).as_posix() for p in (ROOT / "pipeline").rglob("*.py")}
    assert code <= names
    configs = {
        "pipeline_configs/" + p.relative_to(ROOT / "configs").as_posix()
        for p in (ROOT / "configs").rglob("*.yaml")
    }
    assert configs <= names
    assert "pipeline_data/articles/000_8211a3ecb4d4f9df.txt" in names
    assert "pipeline_data/gold/founding_attribution.jsonl" in names
    assert not any(n.startswith("pipeline_data/") and n.endswith("README.md") for n in names)


def test_stance_pipeline_runs_from_another_directory(installed, tmp_path):
    _, venv = installed
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1")
    where = run(
        [venv / "bin" / "python", "-c", "import pipeline; print(pipeline.__file__)"],
        cwd=tmp_path,
        env=env,
    )
    assert where.stdout.startswith(str(venv))

    cli = [venv / "bin" / "stance-pipeline", f"cache.dir={tmp_path / 'cache'}"]
    founding = run([*cli, "hydra.run.dir=founding"], cwd=tmp_path, env=env)
    report = json.loads((tmp_path / "founding" / "report.json").read_text())
    assert report["metrics"]["attribution"]["n_sentences"] > 0  # the shipped gold was found
    assert report["provenance"]["inputs"][0]["path"].startswith(str(venv))
    assert "results:" in founding.stdout

    (tmp_path / "other.txt").write_text("Wang Yi said China wants to cooperate on climate.\n")
    other = run([*cli, "data.path=other.txt", "hydra.run.dir=other"], cwd=tmp_path, env=env)
    assert "gold" not in (other.stdout + other.stderr).lower()  # no founding-gold warning
    assert (tmp_path / "other" / "report.json").is_file()
