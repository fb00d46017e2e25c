"""The sweep-index callback on real Hydra multiruns of a tiny app (a failing job included)."""

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

APP = textwrap.dedent(
    """
    import hydra
    from omegaconf import DictConfig

    @hydra.main(version_base="1.3", config_path="conf", config_name="config")
    def main(cfg: DictConfig):
        if cfg.x == 2:
            raise RuntimeError("x=2 is broken\\nsecond line")
        if cfg.x == 3 and cfg.soft_fail:
            return {"status": "failed", "error": "caught: x=3"}
        import pathlib
        from hydra.core.hydra_config import HydraConfig
        (pathlib.Path(HydraConfig.get().runtime.output_dir) / "report.json").write_text("{}")

    if __name__ == "__main__":
        main()
    """
)

CONFIG = textwrap.dedent(
    """
    x: 1
    soft_fail: false
    hydra:
      callbacks:
        sweep_index:
          _target_: pipeline.sweep_index.SweepIndexCallback
    """
)


@pytest.fixture()
def app(tmp_path):
    (tmp_path / "conf").mkdir()
    (tmp_path / "conf" / "config.yaml").write_text(CONFIG)
    (tmp_path / "app.py").write_text(APP)
    return tmp_path


def _run(app, *args):
    env = {"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", "HYDRA_FULL_ERROR": "0"}
    return subprocess.run(
        [sys.executable, "app.py", *args], cwd=app, env=env, capture_output=True, text=True
    )


def test_failing_job_is_indexed_and_others_keep_their_results(app):
    sweep = app / "sweep"
    proc = _run(app, "-m", "x=1,2,3", f"hydra.sweep.dir={sweep}")
    assert proc.returncode != 0  # Hydra re-raises the failure after the batch
    index = json.loads((sweep / "sweep_index.json").read_text())
    assert index["counts"] == {"ok": 2, "failed": 1}
    by_num = {job["num"]: job for job in index["jobs"]}
    assert by_num[0]["overrides"] == ["x=1"] and by_num[0]["status"] == "ok"
    assert by_num[0]["outputs"] == ["report.json"] and by_num[0]["job_dir"] == "0"
    assert by_num[1]["status"] == "failed"
    assert by_num[1]["error"] == "RuntimeError: x=2 is broken"
    assert by_num[2]["status"] == "ok" and (sweep / "2" / "report.json").is_file()
    assert by_num[2]["duration_s"] >= 0 and by_num[2]["started"] <= by_num[2]["finished"]
    md = (sweep / "sweep_index.md").read_text()
    assert "| 1 | failed | `x=2` | 1 |" in md


def test_failure_reported_through_the_return_value(app):
    sweep = app / "sweep"
    proc = _run(app, "-m", "x=1,3", "soft_fail=true", f"hydra.sweep.dir={sweep}")
    assert proc.returncode == 0, proc.stderr
    jobs = json.loads((sweep / "sweep_index.json").read_text())["jobs"]
    assert [(j["status"], j["error"]) for j in jobs] == [("ok", None), ("failed", "caught: x=3")]


def test_single_run_writes_status_but_no_index(app):
    run_dir = app / "run"
    proc = _run(app, "x=1", f"hydra.run.dir={run_dir}")
    assert proc.returncode == 0, proc.stderr
    status = json.loads((run_dir / "job_status.json").read_text())
    assert status["status"] == "ok" and status["num"] is None
    assert not (run_dir / "sweep_index.json").exists()
