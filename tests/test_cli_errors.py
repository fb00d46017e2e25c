"""What a user sees when a run cannot go as asked: every case through the real CLI.

Each case ends with one clear line and a non-zero exit, no traceback, and no report left behind;
nothing given on the command line is silently ignored.
"""

import json
import os
import subprocess
import sys

import pytest

from .conftest import ROOT, run_pipeline_cli


def assert_one_line_error(done, *fragments):
    assert done.returncode != 0, done.stdout[-2000:]
    assert "Traceback" not in done.stderr, done.stderr
    for fragment in fragments:
        assert fragment in done.stderr, done.stderr


# Each fails at start, before any model is loaded (the log never says "loaded").
@pytest.mark.parametrize(
    ("overrides", "fragments"),
    [
        # closed choices: OmegaConf rejects them while composing, listing the valid ones
        (
            ["sentiment=vader", "sentiment.mode=compund"],
            ["compund", "expected one of [compound, proportions]"],
        ),
        (["chunker.kind=sentense"], ["sentense", "paragraph"]),
        (["data.format=xml"], ["xml", "jsonl"]),
        (["runtime.dtype=float64"], ["float64", "bfloat16"]),
        (
            ["runtime.engine=tensorrt"],
            ["tensorrt", "expected one of [auto, torch, onnx, openvino]"],
        ),
        (["runtime.quantize=int4"], ["int4", "expected one of [none, int8]"]),
        (["attribution.agreements=deed"], ["deed", "expected one of [act, speech]"]),
        (["stance=nli", "stance.mode=entail"], ["entail", "entail_contradict"]),
        # the rest: one line from the entry point, exit code 2
        (["stance.backend=nli"], ["stance.backend='nli' does not switch backends", "stance=nli"]),
        (["+stance.modle=x"], ["stance.modle is not a parameter of EmbeddingParams"]),
        (["stance=ensemble", "stance.members.1.backend=nlii"], ["stance.members[1].backend"]),
        (["aggregate.confidence_level=1.5"], ["aggregate.confidence_level=1.5: must be in (0, 1)"]),
        (["aggregate.n_bootstrap=0"], ["aggregate.n_bootstrap=0: must be >= 1"]),
        (["runtime.batch_size=0"], ["runtime.batch_size=0: must be >= 1"]),
        (["runtime.device=tpu"], ["runtime.device='tpu'"]),
        # a data= choice the task does not read
        (["data=coded"], ["task=run needs data=article (articles to analyse", "not data=coded"]),
        (["task=actors", "data=labeled"], ["task=actors needs data=article", "not data=labeled"]),
        (["task=aggregate", "data=coded"], ["task=aggregate reads finished runs, not data="]),
    ],
)
def test_bad_values_stop_the_run_at_start(tmp_path, overrides, fragments):
    run_dir = tmp_path / "run"
    done = run_pipeline_cli(*overrides, f"hydra.run.dir={run_dir}", f"cache.dir={tmp_path}")
    assert_one_line_error(done, *fragments)
    assert "loaded" not in done.stdout + done.stderr
    assert not (run_dir / "report.json").exists() and not (run_dir / "report.md").exists()
    if "expected one of" not in done.stderr and "Invalid value" not in done.stderr:
        assert done.returncode == 2
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
        status = json.loads((run_dir / "job_status.json").read_text())
        assert status["status"] == "failed" and status["error"]


def test_two_runs_started_together_keep_their_own_directories(tmp_path):
    # Both runs are configured to the same directory (as two runs in the same second are):
    # one gets it, the other gets DIR_1, and each prints its own.
    extra = tmp_path / "extra" / "experiment"
    extra.mkdir(parents=True)
    (extra / "same_dir.yaml").write_text(
        "# @package _global_\nhydra:\n  run:\n    dir: outputs/runs/same\n"
    )
    args = [sys.executable, "-m", "pipeline", "--config-dir", str(tmp_path / "extra")]
    args += ["experiment=same_dir", "task=attribution"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [
        subprocess.Popen(args, cwd=tmp_path, env=env, stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    printed = sorted(p.communicate(timeout=600)[0].strip().splitlines()[-1] for p in procs)
    assert [p.returncode for p in procs] == [0, 0]
    runs = tmp_path / "outputs" / "runs"
    assert printed == [f"results: {runs / 'same'}", f"results: {runs / 'same_1'}"]
    for name in ("same", "same_1"):
        assert (runs / name / "metrics.json").is_file()
        assert json.loads((runs / name / "job_status.json").read_text())["status"] == "ok"


def test_an_unwritable_output_directory_is_one_line(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    if os.geteuid() == 0:  # root writes through permissions: use a read-only filesystem
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", locked])
        if mounted.returncode != 0:
            pytest.skip("running as root without permission to mount a read-only tmpfs")
    else:
        locked.chmod(0o555)
    try:
        done = run_pipeline_cli(f"hydra.run.dir={locked / 'run'}", "task=attribution")
    finally:
        if os.geteuid() == 0:
            subprocess.run(["umount", locked], check=True)
        else:
            locked.chmod(0o755)
    assert_one_line_error(done, "error: cannot write the output directory", str(locked / "run"))
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1


def test_help_is_short_and_lists_groups_not_the_study():
    done = run_pipeline_cli("--help")
    lines = done.stdout.splitlines()
    assert done.returncode == 0 and len(lines) < 60
    assert "stance:" in done.stdout and "--cfg job" in done.stdout
    assert "Wang Yi" not in done.stdout


def test_attribution_eval_help_names_the_registered_gold_sets():
    done = subprocess.run(
        [sys.executable, "-m", "pipeline.attribution_eval", "--help"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert done.returncode == 0
    text = " ".join(done.stdout.split())
    for name in ("founding", "wire", "heldout", "fresh", "realnews_r1", "realnews_r3"):
        assert name in text
    assert "--actors" in text and "--json" in text and "python -m pipeline.attribution_eval" in text


def test_evaluate_prints_its_metrics_and_output_directory(tmp_path):
    run_dir = tmp_path / "eval"
    done = run_pipeline_cli(
        "task=evaluate",
        "data=labeled",
        "data.path=data/labeled/sentiment_news.jsonl",
        "data.task=sentiment",
        "data.split=test",
        "sentiment=vader",
        f"hydra.run.dir={run_dir}",
        f"cache.dir={tmp_path / 'cache'}",
    )
    assert done.returncode == 0, done.stderr[-2000:]
    metrics = json.loads((run_dir / "metrics.json").read_text())
    recall = metrics["metrics"]["macro_recall"]["value"]
    summary, last = done.stdout.strip().splitlines()[-2:]
    assert summary.startswith(f"sentiment on data/labeled/sentiment_news.jsonl (n={metrics['n']})")
    assert f"macro_recall {recall:.3f}" in summary and "accuracy" in summary
    assert last == f"results: {run_dir}"


@pytest.mark.slow
def test_a_full_disk_leaves_no_complete_looking_report(tmp_path):
    # The disk fills up as report.json, the last file, is written (simulated in-process: the
    # rename that would publish it fails with ENOSPC, as the write before it would).
    run_dir = tmp_path / "run"
    probe = (
        "import errno, os, sys\n"
        "real = os.replace\n"
        "def full(src, dst, *a, **k):\n"
        "    if os.path.basename(dst) == 'report.json':\n"
        "        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), dst)\n"
        "    return real(src, dst, *a, **k)\n"
        "os.replace = full\n"
        "from pipeline.__main__ import main\n"
        "main()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, f"hydra.run.dir={run_dir}", f"cache.dir={tmp_path}"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"},
    )
    assert_one_line_error(done, "No space left on device", "report.json")
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1
    left = sorted(p.relative_to(run_dir).as_posix() for p in run_dir.rglob("*") if p.is_file())
    assert [p for p in left if not p.startswith(".hydra/")] == ["job_status.json", "pipeline.log"]
    assert json.loads((run_dir / "job_status.json").read_text())["status"] == "failed"
