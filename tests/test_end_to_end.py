"""The whole run on the founding article with the real offline models."""

import csv
import json

from .conftest import SEED_ARTICLE, run_pipeline_cli

CONTRACT_FIELDS = {
    "article_id",
    "statement_id",
    "text",
    "char_start",
    "char_end",
    "actor",
    "actor_group",
    "speaker_mention",
    "cue",
    "attribution_confidence",
    "stance",
    "sentiment",
}


def read_statements(run_dir):
    return [json.loads(line) for line in (run_dir / "statements.jsonl").read_text().splitlines()]


def test_run_directory_follows_the_output_contract(founding_run):
    for name in [
        "statements.jsonl",
        "statements.csv",
        "report.json",
        "report.md",
        "report.html",
        "figures/actors.png",
        ".hydra/config.yaml",
        "job_status.json",
    ]:
        assert (founding_run / name).is_file(), name
    article_text = SEED_ARTICLE.read_text(encoding="utf-8")
    statements = read_statements(founding_run)
    assert statements
    for record in statements:
        assert CONTRACT_FIELDS <= set(record)
        assert article_text[record["char_start"] : record["char_end"]] == record["text"]
        for task, labels in (
            ("stance", {"favor", "against", "none"}),
            ("sentiment", {"positive", "neutral", "negative"}),
        ):
            probs = record[task]["probs"]
            assert set(probs) == labels and abs(sum(probs.values()) - 1) < 1e-4
            assert record[task]["label"] == max(probs, key=probs.get)
    rows = list(csv.DictReader((founding_run / "statements.csv").open()))
    assert len(rows) == len(statements) and "stance_p_favor" in rows[0]


def test_report_shows_both_sides_with_evidence(founding_run):
    report = json.loads((founding_run / "report.json").read_text())
    actors = report["actors"]
    assert {"China", "United States", "Wang Yi", "John Kerry"} <= set(actors)
    assert actors["Wang Yi"]["group"] == "China"
    assert actors["John Kerry"]["group"] == "United States"
    for name in ("China", "United States", "Wang Yi", "John Kerry"):
        entry = actors[name]
        assert entry["n_statements"] >= 1 and entry["evidence"]
        for task in ("stance", "sentiment"):
            s = entry[task]
            assert -1 <= s["ci_low"] <= s["mean"] <= s["ci_high"] <= 1
    assert actors["China"]["n_statements"] >= actors["Wang Yi"]["n_statements"]
    assert report["schema_version"] and report["target"] == "China–US climate cooperation"
    prov = report["provenance"]
    assert prov["packages"]["torch"] and prov["inputs"][0]["sha256"]
    assert prov["models"]["stance"]["fingerprint"]
    markdown = (founding_run / "report.md").read_text()
    assert "![" in markdown and "Wang Yi" in markdown and "John Kerry" in markdown
    html = (founding_run / "report.html").read_text()
    assert "data:image/png;base64," in html and "<table>" in html


def test_same_config_same_numbers_and_cached_rerun_does_no_model_work(founding_run, tmp_path):
    cache = founding_run.parent / "cache"
    again = run_pipeline_cli(f"hydra.run.dir={tmp_path / 'again'}", f"cache.dir={cache}")
    assert again.returncode == 0, again.stderr[-2000:]
    first = json.loads((founding_run / "report.json").read_text())
    second = json.loads((tmp_path / "again" / "report.json").read_text())
    assert first["actors"] == second["actors"]
    assert read_statements(founding_run) == read_statements(tmp_path / "again")
    stats = second["provenance"]["prediction_cache"]
    assert stats["stance"]["model_calls"] == 0 and stats["sentiment"]["model_calls"] == 0


def test_other_article_by_override(tmp_path):
    article = tmp_path / "other.txt"
    article.write_text(
        " date 2021-10-01 Envoy hails talks\n\n"
        "“We are ready to work with China on climate,” Kerry said on Friday.\n\n"
        "Wang Yi said Beijing would keep its promises.\n",
        encoding="utf-8",
    )
    done = run_pipeline_cli(
        f"data.path={article}",
        "data.gold=null",
        f"hydra.run.dir={tmp_path / 'run'}",
        f"cache.dir={tmp_path / 'cache'}",
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads((tmp_path / "run" / "report.json").read_text())
    assert report["articles"][0]["article_id"] == "other"
    assert {"John Kerry", "Wang Yi"} <= set(report["actors"])


def test_missing_article_is_one_line_error_and_no_report(tmp_path):
    done = run_pipeline_cli("data.path=no/such/article.txt", f"hydra.run.dir={tmp_path / 'run'}")
    assert done.returncode == 2
    assert done.stderr.strip().splitlines()[-1] == (
        "error: data.path does not exist: no/such/article.txt"
    )
    assert not (tmp_path / "run" / "report.json").exists()


def test_sweep_with_a_failing_job_keeps_the_others(tmp_path):
    """A hub preset whose weights are absent fails its job only; the sweep exits non-zero."""
    done = run_pipeline_cli(
        "-m",
        "sentiment=vader,classifier_distilbert_sst2",
        f"hydra.sweep.dir={tmp_path / 'sweep'}",
        f"cache.dir={tmp_path / 'cache'}",
        env={"HF_HUB_CACHE": str(tmp_path / "empty_hub")},
    )
    assert done.returncode == 2
    index = json.loads((tmp_path / "sweep" / "sweep_index.json").read_text())
    status = {job["num"]: job["status"] for job in index["jobs"]}
    assert status == {0: "ok", 1: "failed"}
    assert (tmp_path / "sweep" / "0" / "report.json").is_file()
    assert not (tmp_path / "sweep" / "1" / "report.json").exists()
    assert "distilbert-base-uncased-finetuned-sst-2-english" in done.stderr


def test_evaluation_of_a_missing_labelled_file_is_one_line_error(tmp_path):
    done = run_pipeline_cli(
        "task=evaluate",
        "data=labeled",
        "data.path=no/such/labels.csv",
        f"hydra.run.dir={tmp_path / 'run'}",
    )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines()[-1] == "error: input does not exist: no/such/labels.csv"
    assert not (tmp_path / "run" / "metrics.json").exists()
