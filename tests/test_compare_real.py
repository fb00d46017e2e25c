"""Sweeps, the sweep index, evaluation and compare on REAL pipeline runs (offline models).

One session-scoped sweep (stance=embedding × sentiment=vader,embedding on the founding article)
and one evaluation sweep feed every test here, so the models load once per sweep.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.compare import main as compare_main

REPO = Path(__file__).resolve().parents[1]


def _pipeline(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "HYDRA_FULL_ERROR": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline", *args], cwd=cwd, env=env, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc


@pytest.fixture(scope="session")
def run_sweep(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("real_sweep")
    _pipeline(
        "-m",
        "stance=embedding",
        "sentiment=vader,embedding",
        f"hydra.sweep.dir={root / 'sweep'}",
        f"cache.dir={root / 'cache'}",
    )
    return root / "sweep"


@pytest.fixture(scope="session")
def eval_sweep(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("real_eval")
    _pipeline(
        "-m",
        "task=evaluate",
        "data=labeled",
        "data.path=data/labeled/sentiment_news.jsonl",
        "data.task=sentiment",
        "sentiment=vader,embedding",
        f"hydra.sweep.dir={root / 'sweep'}",
        f"cache.dir={root / 'cache'}",
        "validation.record=false",  # keep test evaluations out of the validation registry
    )
    return root / "sweep"


@pytest.fixture(scope="session")
def comparison(run_sweep, tmp_path_factory) -> tuple[dict, Path]:
    out = tmp_path_factory.mktemp("real_cmp") / "cmp"
    assert compare_main([str(run_sweep), "--out", str(out)]) == 0
    return json.loads((out / "comparison.json").read_text()), out


def test_sweep_index_lists_both_jobs(run_sweep):
    index = json.loads((run_sweep / "sweep_index.json").read_text())
    assert index["counts"] == {"ok": 2}
    assert [j["overrides"][:2] for j in index["jobs"]] == [
        ["stance=embedding", "sentiment=vader"],
        ["stance=embedding", "sentiment=embedding"],
    ]
    assert all(j["outputs"] == ["report.json"] for j in index["jobs"])
    assert "| 1 | ok |" in (run_sweep / "sweep_index.md").read_text()


def test_compare_real_sweep(comparison):
    c, out = comparison
    assert [r["label"] for r in c["runs"]] == ["sentiment=vader", "sentiment=embedding"]
    assert any(k.startswith("sentiment.") for k in c["config_diff"])
    assert not any(k.startswith("stance.") for k in c["config_diff"])
    names = {a["name"] for a in c["actors"]}
    assert {"China", "United States", "Wang Yi", "John Kerry"} <= names
    # Same stance model and seed in both runs: identical stance, sentiment differs.
    pair = c["statements"]["pairs"][0]
    assert pair["n_shared"] == c["runs"][0]["n_statements"] > 0
    assert pair["stance"]["flips"] == 0 and pair["stance"]["agreement"] == 1.0
    assert pair["speaker_changed"] == 0
    quoted = [a for a in c["actors"] if a["runs"]["R1"]["n_statements"]]
    assert len(quoted) >= 4
    for actor in quoted:
        delta = actor["delta_vs_baseline"]["R2"]
        assert delta["stance"] == {"delta": 0.0, "ci_overlap": True}
    assert c["mismatches"]["statements_vs_baseline"]["R2"]["only_in_run"] == 0
    # Model identities come from the fields pipeline.schema names (what backends write).
    diff = c["model_diff"]
    assert diff["sentiment.backend"] == {"R1": "vader", "R2": "embedding"}
    assert diff["sentiment.model"]["R2"] == "sentence-transformers/all-MiniLM-L6-v2"
    assert diff["sentiment.model"]["R1"].startswith("vaderSentiment==")
    assert set(diff["sentiment.fingerprint"].values()) != {None}
    assert not any(k.startswith("stance.") for k in diff)
    html = (out / "comparison.html").read_text()
    assert "John Kerry" in html and "<svg" in html


def test_compare_real_runs_against_reordered_baseline(run_sweep, tmp_path):
    out = tmp_path / "cmp"
    assert (
        compare_main([str(run_sweep), "--baseline", str(run_sweep / "1"), "--out", str(out)]) == 0
    )
    c = json.loads((out / "comparison.json").read_text())
    assert c["runs"][0]["path"] == str(run_sweep / "1")
    assert len(c["runs"]) == 2  # the baseline is not compared with itself twice


def test_evaluation_sweep_writes_metrics_and_compares(eval_sweep, tmp_path):
    from sklearn.metrics import recall_score

    for job in ("0", "1"):
        metrics = json.loads((eval_sweep / job / "metrics.json").read_text())
        preds = [json.loads(x) for x in (eval_sweep / job / "predictions.jsonl").open()]
        gold, pred = [p["gold"] for p in preds], [p["pred"] for p in preds]
        labels = ["positive", "neutral", "negative"]
        assert metrics["metrics"]["macro_recall"]["value"] == pytest.approx(
            recall_score(gold, pred, labels=labels, average="macro", zero_division=0)
        )
        assert metrics["n"] == len(preds) > 10
    out = tmp_path / "cmp"
    assert compare_main([str(eval_sweep), "--out", str(out)]) == 0
    c = json.loads((out / "comparison.json").read_text())
    row = c["metrics"]["sentiment.macro_recall"]
    assert set(row) == {"R1", "R2"} and row["R1"]["value"] != row["R2"]["value"]
    assert "sentiment.macro_recall" in (out / "comparison.md").read_text()
