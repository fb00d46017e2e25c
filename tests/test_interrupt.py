"""Ctrl-C during prediction: one line, exit 130, status `interrupted`, and no work lost.

A sweep over a multi-article input is interrupted (SIGINT, as Ctrl-C sends) once the prediction
cache holds its first committed batch. A second run then reuses those predictions and its
numbers equal those of an uninterrupted run without any cache.
"""

import json
import re
import signal
import sqlite3
import subprocess
import sys
import time

import numpy as np
import pytest

from .conftest import ROOT, run_pipeline_cli

pytestmark = pytest.mark.slow

SPEAKERS = ["Wang Yi", "John Kerry", "the Foreign Ministry", "Kerry", "Xi Jinping"]
TOPICS = ["climate cooperation", "emission cuts", "coal power", "green finance", "methane"]


def write_articles(path, n_articles=40, n_sentences=20):
    with path.open("w") as out:
        for a in range(n_articles):
            sentences = [
                f"{SPEAKERS[(a + s) % 5]} said that {TOPICS[(a * s) % 5]} would need "
                f"{a * 100 + s} more meetings by {2020 + s}."
                for s in range(n_sentences)
            ]
            record = {"id": f"a{a}", "title": f"Talks, round {a}", "text": " ".join(sentences)}
            out.write(json.dumps(record) + "\n")


def cached_rows(cache_dir) -> int:
    try:
        with sqlite3.connect(cache_dir / "predictions.sqlite") as conn:
            return conn.execute("SELECT COUNT(*) FROM preds").fetchone()[0]
    except sqlite3.Error:  # not created yet
        return 0


def statements(run_dir):
    lines = (run_dir / "statements.jsonl").read_text().splitlines()
    return {(r["article_id"], r["char_start"]): r for r in map(json.loads, lines)}


def test_ctrl_c_is_one_line_and_a_rerun_resumes_from_the_cache(tmp_path):
    articles, cache, sweep = tmp_path / "articles.jsonl", tmp_path / "cache", tmp_path / "sweep"
    write_articles(articles)
    common = [f"data.path={articles}", f"cache.dir={cache}"]
    proc = subprocess.Popen(
        # The torch engine one text at a time keeps the model busy for many seconds, so the
        # signal lands mid-prediction however fast the default engine is (fp32 torch and onnx
        # share cache keys, so the rerun below reuses these rows).
        [sys.executable, "-m", "pipeline", "-m", *common, "cache.commit_every=16"]
        + ["runtime.engine=torch", "runtime.batch_size=1", "runtime.threads=1"]
        + ["aggregate.n_bootstrap=100,200", f"hydra.sweep.dir={sweep}"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # As from a terminal: earlier tests' launchers can leave SIGINT ignored in this process,
        # and a child inherits that (Python then installs no KeyboardInterrupt handler).
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 500
    while cached_rows(cache) == 0 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)

    assert proc.returncode == 130, err[-3000:]
    assert "Traceback" not in err
    assert err.strip().splitlines()[-1].startswith("error: interrupted (Ctrl-C)")
    job = json.loads((sweep / "0" / "job_status.json").read_text())
    assert job["status"] == "interrupted"
    index = json.loads((sweep / "sweep_index.json").read_text())
    assert [j["status"] for j in index["jobs"]] == ["interrupted"]  # job 1 never started
    assert not (sweep / "1").exists() and not (sweep / "0" / "report.json").exists()
    kept = cached_rows(cache)
    assert kept > 0

    resumed = run_pipeline_cli(*common, f"hydra.run.dir={tmp_path / 'resumed'}")
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    log = (tmp_path / "resumed" / "pipeline.log").read_text()
    counts = re.search(r"embedding: (\d+) texts, (\d+) from cache", log).groups()
    n_texts, from_cache = map(int, counts)
    assert kept <= from_cache < n_texts

    fresh = run_pipeline_cli(
        f"data.path={articles}", "cache.enabled=false", f"hydra.run.dir={tmp_path / 'fresh'}"
    )
    assert fresh.returncode == 0, fresh.stderr[-3000:]
    a, b = statements(tmp_path / "resumed"), statements(tmp_path / "fresh")
    assert a.keys() == b.keys()
    for key in a:
        for task in ("stance", "sentiment"):
            assert a[key][task]["label"] == b[key][task]["label"]
            pa, pb = a[key][task]["probs"], b[key][task]["probs"]
            # float32: a text's numbers move ~1e-6 with the batch it is padded into
            np.testing.assert_allclose([pa[k] for k in pb], list(pb.values()), atol=1e-5)
