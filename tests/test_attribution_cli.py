"""The attribution commands through the real CLI (subprocesses): task=attribution with the gold
registry, task=actors for study-file help, and the article size guard (issue 11 item 3)."""

import json

import pytest

from benchmarks.attribution_scaling import article_of
from tests.conftest import SEED_ARTICLE, run_pipeline_cli


def test_task_attribution_reports_every_set_with_first_runs_and_bands(tmp_path):
    done = run_pipeline_cli("task=attribution", f"hydra.run.dir={tmp_path}")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "precision by attribution confidence" in done.stdout
    assert "2026-11-28 ed79c3d: 0.927 0.864 0.847" in done.stdout  # fresh set's first run
    written = json.loads((tmp_path / "metrics.json").read_text())["attribution"]
    assert written["founding"]["speaker_accuracy"] == 1.0  # the founding article stays 14/14
    assert written["founding"]["n_sentences"] == 14
    assert written["fresh"]["first_run"]["commit"] == "ed79c3d"
    bands = written["wire"]["confidence_bands"]
    assert sum(b["n"] for b in bands.values()) == written["wire"]["n_predicted_speakers"]


def test_task_actors_lists_speakers_missing_from_the_study(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(
        "U.S. Senator Bob Menendez said China could not be trusted on coal.\n\n"
        "“We disagree,” Senator Bob Menendez told reporters.\n\n"
        "The European Commission said the talks were useful.\n\n"
        "Kerry said the talks were constructive.\n"
    )
    done = run_pipeline_cli(
        "task=actors", f"data.path={article}", f"hydra.run.dir={tmp_path / 'run'}"
    )
    assert done.returncode == 0, done.stderr[-2000:]
    rows = json.loads((tmp_path / "run" / "actors.json").read_text())["suggestions"]
    found = {(r["kind"], r["phrase"]): r["count"] for r in rows}
    assert found[("person", "U.S. Senator Bob Menendez")] == 1
    assert found[("person", "Senator Bob Menendez")] == 1
    assert found[("organisation", "European Commission")] == 1
    assert not any("Kerry" in phrase for _, phrase in found)  # a study actor
    assert "U.S. Senator Bob Menendez" in done.stdout
    assert "Kerry said" not in done.stdout


def test_an_article_over_the_size_limit_stops_with_one_line(tmp_path):
    run_dir = tmp_path / "run"
    done = run_pipeline_cli(
        f"data.path={SEED_ARTICLE}", "attribution.max_chars=1000", f"hydra.run.dir={run_dir}"
    )
    assert done.returncode == 2
    errors = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and errors[0].startswith("error: article "), done.stderr[-2000:]
    assert "attribution.max_chars=1,000" in errors[0]
    assert not (run_dir / "report.json").exists() and not (run_dir / "report.md").exists()


@pytest.mark.slow
def test_a_5_mb_single_line_article_stops_with_one_line_by_default(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(article_of(5_000_000).text)
    assert big.read_text().count("\n") == 0
    done = run_pipeline_cli(f"data.path={big}", "data.gold=null", f"hydra.run.dir={tmp_path / 'r'}")
    assert done.returncode == 2
    errors = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and "over attribution.max_chars" in errors[0]


@pytest.mark.slow
def test_a_5_mb_single_line_article_is_attributed_when_the_limit_is_lifted(tmp_path):
    """Attribution is near-linear (benchmarks/attribution_scaling.py measures the time)."""
    big = tmp_path / "big.txt"
    big.write_text(article_of(5_000_000).text)
    done = run_pipeline_cli(
        "task=actors", f"data.path={big}", "attribution.max_chars=0",
        f"hydra.run.dir={tmp_path / 'r'}",
    )
    assert done.returncode == 0, done.stderr[-2000:]
    rows = json.loads((tmp_path / "r" / "actors.json").read_text())["suggestions"]
    # The benchmark text has "The minister stressed …" with no minister ever named.
    assert rows[0]["phrase"] == "minister" and rows[0]["count"] > 5000
