"""pipeline.compose_once: one config composition per run, and the job sees what Hydra's two give."""

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT

# Runs `python -m pipeline ARGS` with the task replaced by a recorder of what the job was given
# (its config and Hydra's), counting Hydra's compositions; compose_once installed or not.
PROBE = """
import json, sys
from hydra._internal.config_loader_impl import ConfigLoaderImpl
from hydra.core.hydra_config import HydraConfig
from omegaconf import OmegaConf
from pipeline import __main__ as entry

install, args = sys.argv[1] == "1", sys.argv[2:]
if not install:
    entry.compose_once.install = lambda: None
compositions = []
compose = ConfigLoaderImpl.load_configuration
def counted(self, *a, **k):
    compositions.append(str(k.get("run_mode")))
    return compose(self, *a, **k)
ConfigLoaderImpl.load_configuration = counted
jobs = []
def record(config, run_dir, context):
    hydra = OmegaConf.to_container(HydraConfig.get(), enum_to_str=True)
    jobs.append({"config": context["config"], "overrides": context["overrides"], "hydra": hydra})
entry.run_task = record
sys.argv = ["pipeline", *args]
try:
    entry.main()
finally:
    print(json.dumps({"compositions": compositions, "jobs": jobs}))
"""


def run(install: bool, *args: str) -> tuple[subprocess.CompletedProcess, dict]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "1" if install else "0", *args],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    return done, json.loads(done.stdout.strip().splitlines()[-1])


def test_a_run_composes_once_and_its_job_sees_what_two_compositions_give(tmp_path):
    args = (f"hydra.run.dir={tmp_path / 'run'}", "seed=3", "stance=nli", "aggregate.min_n=2")
    done, once = run(True, *args)
    assert done.returncode == 0, done.stderr[-2000:]
    _, twice = run(False, *args)
    assert len(once["compositions"]) == 1 and len(twice["compositions"]) == 2
    assert len(once["jobs"]) == len(twice["jobs"]) == 1
    job, hydra_job = once["jobs"][0], twice["jobs"][0]
    assert job["config"]["seed"] == 3 and job["config"]["stance"] == hydra_job["config"]["stance"]
    assert job["hydra"]["mode"] == "RUN" and "hydra.mode=RUN" in job["hydra"]["overrides"]["hydra"]
    assert job == hydra_job  # every key of the config, the overrides and Hydra's own config


@pytest.mark.parametrize(
    ("args", "jobs"),
    [
        (["-m", "seed=1,2"], 2),  # a sweep: Hydra's path, each job its own value
        (["hydra.mode=RUN", "seed=5"], 1),  # the config sets hydra.mode: composed again
    ],
)
def test_sweeps_and_a_set_hydra_mode_take_hydra_s_own_path(tmp_path, args, jobs):
    args = [*args, f"hydra.sweep.dir={tmp_path / 'sweep'}", f"hydra.run.dir={tmp_path / 'run'}"]
    done, once = run(True, *args)
    assert done.returncode == 0, done.stderr[-2000:]
    _, twice = run(False, *args)
    assert len(once["jobs"]) == jobs and once["jobs"] == twice["jobs"]
    assert len(once["compositions"]) == len(twice["compositions"])


@pytest.mark.parametrize("args", [["seed=1,2"], ["no_such_key=1"], ["stance=no_such_choice"]])
def test_a_config_hydra_refuses_fails_as_before(tmp_path, args):
    failed = [run(install, f"hydra.run.dir={tmp_path / 'run'}", *args) for install in (True, False)]
    (once, got), (twice, _) = failed
    assert once.returncode == twice.returncode != 0 and got["jobs"] == []
    assert once.stderr.strip().splitlines()[-1] == twice.stderr.strip().splitlines()[-1]
