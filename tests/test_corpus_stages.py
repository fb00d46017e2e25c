"""Corpus runs through the real CLI: stage tables, shards on Hydra's launchers, resume after a
kill, re-aggregation without torch, empty results that cannot be missed."""

import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from benchmarks.synthetic_corpus import write_corpus

from .conftest import ROOT, run_pipeline_cli

N_ARTICLES = 40
COMMON = ("data.gold=null", "stages.batch_articles=5", "aggregate.by=[group,quarter]")


@pytest.fixture(scope="session")
def corpus(tmp_path_factory):
    return write_corpus(N_ARTICLES, tmp_path_factory.mktemp("corpus") / "corpus.jsonl", seed=1)


@pytest.fixture(scope="session")
def single_run(corpus, tmp_path_factory):
    base = tmp_path_factory.mktemp("single")
    done = run_pipeline_cli(
        f"data.path={corpus}", *COMMON, f"hydra.run.dir={base / 'run'}", f"cache.dir={base / 'c'}"
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return base / "run"


def report(run_dir):
    return json.loads((run_dir / "report.json").read_text())


def assert_same_numbers(a: dict, b: dict, tol: float):
    """Same cells, counts and evidence; means and bounds equal up to `tol` (0: bitwise)."""
    assert a.keys() == b.keys()
    for name in a:
        x, y = a[name], b[name]
        assert (x["n_statements"], x["n_articles"], x["small"]) == (
            y["n_statements"], y["n_articles"], y["small"])  # fmt: skip
        assert [e["statement_id"] for e in x["evidence"]] == [
            e["statement_id"] for e in y["evidence"]]  # fmt: skip
        for task in ("stance", "sentiment"):
            assert x[task]["counts"] == y[task]["counts"]
            for key in ("mean", "ci_low", "ci_high"):
                assert x[task][key] == pytest.approx(y[task][key], abs=tol, rel=0), (name, task)


def cells_by_key(rep: dict) -> dict:
    return {json.dumps(c["keys"]): c for c in rep["cells"]}


@pytest.mark.slow
def test_corpus_run_writes_dated_statements_cells_and_trend(single_run):
    rep = report(single_run)
    assert rep["status"] == "ok" and rep["metrics"] is None and rep["warnings"] == []
    assert rep["corpus"]["n_articles"] == N_ARTICLES and len(rep["corpus"]["outlets"]) == 5
    assert rep["by"] == ["group", "quarter"] and rep["cells"]
    assert {c["keys"]["group"] for c in rep["cells"]} == {"China", "United States"}
    assert rep["outlets"] and {c["keys"]["outlet"] for c in rep["outlets"]} <= set(
        rep["corpus"]["outlets"])  # fmt: skip
    # Study actors nobody quoted are listed with n = 0; every cell under min_n is flagged.
    assert all((e["n_statements"] < rep["min_n"]) == e["small"] for e in rep["actors"].values())
    evidence = rep["cells"][0]["evidence"][0]
    assert evidence["url"].startswith("https://news.example/") and evidence["title"]
    rows = list(csv.DictReader((single_run / "statements.csv").open(encoding="utf-8")))
    assert rows and all(r["date"] and r["source"] for r in rows)
    assert rows[0]["statement_id"] == f"{rows[0]['article_id']}:{rows[0]['char_start']}-" + rows[
        0]["char_end"]  # fmt: skip
    assert (single_run / "statements.parquet").is_file()
    assert (single_run / "figures" / "trends.png").stat().st_size > 10_000
    markdown = (single_run / "report.md").read_text()
    assert "](https://news.example/" in markdown and "![Trends" in markdown


@pytest.mark.slow
@pytest.mark.parametrize("launcher", ["shards_joblib", "shards_local"])
def test_sharded_sweep_merges_to_the_single_run_numbers(launcher, corpus, single_run, tmp_path):
    sweep = tmp_path / "sweep"
    done = run_pipeline_cli(
        "-m", f"hydra/launcher={launcher}", "shard.count=2", "shard.index=0,1",
        f"data.path={corpus}", *COMMON, f"hydra.sweep.dir={sweep}", f"cache.dir={tmp_path / 'c'}",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    shard_articles = [report(sweep / str(i))["corpus"]["n_articles"] for i in (0, 1)]
    assert 0 < shard_articles[0] < N_ARTICLES and sum(shard_articles) == N_ARTICLES
    merged = tmp_path / "merged"
    done = run_pipeline_cli(
        "task=aggregate", f"aggregate.runs=[{sweep}]", *COMMON[2:], f"hydra.run.dir={merged}"
    )
    assert done.returncode == 0, done.stderr[-3000:]
    a, b = report(merged), report(single_run)
    # Shards score other sets of texts together; every row is computed on its own, so the
    # numbers are bit for bit the single run's (pipeline/models/rowwise.py).
    assert_same_numbers(a["actors"], b["actors"], tol=0)
    assert_same_numbers(cells_by_key(a), cells_by_key(b), tol=0)
    assert a["corpus"]["n_statements"] == b["corpus"]["n_statements"]
    assert a["corpus"]["shards"] == 2
    merged_ids = [json.loads(x)["statement_id"] for x in (merged / "statements.jsonl").open()]
    single_ids = [json.loads(x)["statement_id"] for x in (single_run / "statements.jsonl").open()]
    assert sorted(merged_ids) == sorted(single_ids)


@pytest.mark.slow
def test_one_missing_shard_is_refused(corpus, tmp_path):
    run = tmp_path / "shard0"
    done = run_pipeline_cli(
        f"data.path={corpus}", *COMMON, "shard.count=2", "shard.index=0",
        f"hydra.run.dir={run}", f"cache.dir={tmp_path / 'c'}",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    other = tmp_path / "copy"
    done = run_pipeline_cli(
        "task=aggregate", f"aggregate.runs=[{run},{run}]", f"hydra.run.dir={other}"
    )
    assert done.returncode == 2
    assert "each shard index must appear exactly once" in done.stderr.strip().splitlines()[-1]
    assert not (other / "report.json").exists()


@pytest.mark.slow
def test_resume_after_kill_continues_and_ends_with_identical_numbers(corpus, tmp_path):
    """Killed (SIGKILL) half-way through predictions; the same command continues."""
    args = [f"data.path={corpus}", *COMMON, f"hydra.run.dir={tmp_path / 'run'}",
            f"cache.dir={tmp_path / 'c'}"]  # fmt: skip
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline", *args], cwd=ROOT, env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    half = tmp_path / "run" / "stages" / "predict" / "stance" / "stance-00003.parquet"
    deadline = time.time() + 300
    while not half.exists() and proc.poll() is None and time.time() < deadline:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    assert proc.wait() == -signal.SIGKILL, "the run ended before it could be interrupted"
    assert not (tmp_path / "run" / "report.json").exists()

    again = run_pipeline_cli(*args)
    assert again.returncode == 0, again.stderr[-3000:]
    resumed = report(tmp_path / "run")
    stats = resumed["provenance"]["prediction_cache"]["stance"]
    assert stats["parts_reused"] >= 4 and stats["n_texts"] < resumed["corpus"]["n_statements"]

    straight = tmp_path / "straight"
    done = run_pipeline_cli(
        f"data.path={corpus}", *COMMON, f"hydra.run.dir={straight}", f"cache.dir={tmp_path / 'c2'}"
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert_same_numbers(resumed["actors"], report(straight)["actors"], tol=0)
    assert (tmp_path / "run" / "statements.jsonl").read_text() == (
        straight / "statements.jsonl").read_text()  # fmt: skip

    # Everything done: a third start skips every stage and changes nothing.
    third = run_pipeline_cli(*args)
    assert third.returncode == 0
    log = third.stdout + third.stderr
    assert "annotate: done before" in log and "predict stance: done before" in log
    assert "aggregate: done before" in log
    assert report(tmp_path / "run")["actors"] == resumed["actors"]


NO_TORCH = """
import sys
from pipeline.__main__ import main
sys.argv = ["pipeline", *sys.argv[1:]]
try:
    main()
finally:
    print("TORCH_LOADED" if "torch" in sys.modules else "NO_TORCH")
"""


@pytest.mark.slow
def test_aggregate_and_report_tasks_never_import_torch(single_run, tmp_path):
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}

    def task(*args):
        done = subprocess.run([sys.executable, "-c", NO_TORCH, *args], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=300)  # fmt: skip
        assert done.returncode == 0, done.stderr[-3000:]
        assert done.stdout.strip().splitlines()[-1] == "NO_TORCH"

    task("task=aggregate", f"aggregate.runs=[{single_run}]", "aggregate.by=[actor,outlet]",
         "aggregate.resample=statement", f"hydra.run.dir={tmp_path / 'agg'}")  # fmt: skip
    rep = report(tmp_path / "agg")
    assert rep["by"] == ["actor", "outlet"] and rep["resample"] == "statement"
    assert rep["corpus"] == report(single_run)["corpus"]
    task("task=report", f"aggregate.runs=[{tmp_path / 'agg'}]", "report.max_statements=3",
         f"hydra.run.dir={tmp_path / 'rep'}")  # fmt: skip
    markdown = (tmp_path / "rep" / "report.md").read_text()
    assert "The first 3 of" in markdown
    assert report(tmp_path / "rep")["cells"] == rep["cells"]


@pytest.mark.slow
def test_a_run_from_before_recorded_task_tables_re_aggregates(single_run, tmp_path):
    """Schema-1.1 runs have no predict/tasks.json: their predicted built-in tasks are read."""
    old = tmp_path / "old_run"
    shutil.copytree(single_run, old)
    (old / "stages" / "predict" / "tasks.json").unlink()
    for run in (single_run, old):
        done = run_pipeline_cli("task=aggregate", f"aggregate.runs=[{run}]",
                                f"hydra.run.dir={tmp_path / run.name / 'agg'}")  # fmt: skip
        assert done.returncode == 0, done.stderr[-3000:]
    new_rep, old_rep = (report(tmp_path / name / "agg") for name in ("run", "old_run"))
    assert old_rep["task_specs"] == new_rep["task_specs"]
    assert old_rep["cells"] == new_rep["cells"]


def test_folder_with_bad_file_fails_by_default_and_skip_reports_it(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("中国外交部长王毅周三表示，气候合作不能脱离两国关系。", "utf-8")
    (folder / "b.txt").write_bytes(b"\xff\xfe\x00bad")
    (folder / "README.md").write_text("Kerry said this readme is not an article.")
    done = run_pipeline_cli(f"data.path={folder}", "data.gold=null",
                            f"hydra.run.dir={tmp_path / 'fail'}")  # fmt: skip
    assert done.returncode == 2
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("error: article file is not UTF-8 text") and "on_error=skip" in last
    assert not (tmp_path / "fail" / "report.json").exists()

    done = run_pipeline_cli(
        f"data.path={folder}", "data.gold=null", "data.on_error=skip",
        f"hydra.run.dir={tmp_path / 'skip'}", f"cache.dir={tmp_path / 'c'}",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    rep = report(tmp_path / "skip")
    # Nothing attributed: status and warnings say so, in the log and the report.
    assert rep["status"] == "empty"
    assert rep["corpus"]["skipped"][0]["path"].endswith("b.txt")
    assert rep["corpus"]["not_english"] == ["a"]
    assert len(rep["warnings"]) == 3 and "warning: no statement" in done.stderr
    assert all(entry["n_statements"] == 0 for entry in rep["actors"].values())
    assert "Wang Yi" in rep["actors"] and rep["actors"]["Wang Yi"]["stance"]["mean"] is None
    assert "**Warning:**" in (tmp_path / "skip" / "report.md").read_text()
