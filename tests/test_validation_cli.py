"""The validation loop as a researcher runs it: task=sample on a real run, coders fill the CSV,
task=evaluate data=coded scores it, and later runs of the same models list the result."""

import csv
import json

import numpy as np
import pytest
from sklearn.metrics import cohen_kappa_score, f1_score

from .conftest import run_pipeline_cli

STANCE = ["favor", "against", "none"]
SENTIMENT = ["positive", "neutral", "negative"]
ROTATE = {
    "favor": "against",
    "against": "none",
    "none": "favor",
    "positive": "neutral",
    "neutral": "negative",
    "negative": "positive",
}


def two_coder_alpha(a: list[str], b: list[str]) -> float:
    """Krippendorff's alpha of two codings (rows coded by only one coder left out), in the
    closed form for two coders: 1 - (n-1) * 2 * disagreements / (n^2 - sum n_c^2)."""
    both = [(x, y) for x, y in zip(a, b, strict=True) if x and y]
    values = [v for pair in both for v in pair]
    n = len(values)
    counts = np.unique(values, return_counts=True)[1]
    disagreements = sum(x != y for x, y in both)
    return 1 - (n - 1) * 2 * disagreements / (n * n - np.sum(counts**2))


@pytest.fixture(scope="module")
def coding_sample(founding_run, tmp_path_factory):
    base = tmp_path_factory.mktemp("coding")
    done = run_pipeline_cli(
        "task=sample",
        f"sample.run={founding_run}",
        "sample.n=9",
        "sample.min_per_stratum=1",
        f"hydra.run.dir={base / 'sample'}",
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return base / "sample" / "coding_sample.csv"


def fill(sample_csv, out, rows_filled):
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows_filled[0]))
        writer.writeheader()
        writer.writerows(rows_filled)
    # the coders saved under a new name: the sidecar is passed explicitly
    return f"data.predictions={sample_csv.with_name('coding_sample.predictions.json')}"


def test_sample_is_stratified_and_blind(founding_run, coding_sample):
    statements = [json.loads(line) for line in (founding_run / "statements.jsonl").open()]
    attributed = [s for s in statements if s["actor"]]
    strata = {(s["actor"], s["stance"]["label"]) for s in attributed}
    rows = list(csv.DictReader(coding_sample.open(encoding="utf-8-sig")))
    assert len(rows) == 9 < len(attributed)
    by_id = {s["statement_id"]: s for s in attributed}
    assert {
        (by_id[r["statement_id"]]["actor"], by_id[r["statement_id"]]["stance"]["label"])
        for r in rows
    } == strata
    assert not any(c.endswith(("_label", "_score")) or "p_" in c for c in rows[0])
    assert all(r[c] == "" for r in rows for c in r if c.startswith("coder"))


def test_evaluate_scores_model_and_coders_against_independent_figures(
    founding_run, coding_sample, tmp_path
):
    sidecar = json.loads(coding_sample.with_name("coding_sample.predictions.json").read_text())
    model = {r["statement_id"]: r["predictions"][0] for r in sidecar["rows"]}
    rows = list(csv.DictReader(coding_sample.open(encoding="utf-8-sig")))
    for i, r in enumerate(rows):
        pred = model[r["statement_id"]]
        r["coder1_stance"] = pred["stance"].upper()  # labels match in any case
        r["coder2_stance"] = ROTATE[pred["stance"]] if i % 3 == 0 else pred["stance"]
        r["coder1_sentiment"] = "" if i == 1 else pred["sentiment"]
        r["coder2_sentiment"] = (
            "" if i == 4 else (ROTATE[pred["sentiment"]] if i == 2 else pred["sentiment"])
        )
    filled = tmp_path / "filled by coders.csv"
    predictions = fill(coding_sample, filled, rows)
    done = run_pipeline_cli(
        "task=evaluate",
        "data=coded",
        f"data.path={filled}",
        predictions,
        f"hydra.run.dir={tmp_path / 'eval'}",
        f"validation.registry={tmp_path / 'registry'}",
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert str(tmp_path / "eval" / "metrics.md") in done.stdout
    assert "stance: model vs coder1: accuracy 1.000" in done.stdout
    result = json.loads((tmp_path / "eval" / "metrics.json").read_text())

    pred_stance = [model[r["statement_id"]]["stance"] for r in rows]
    c1 = [r["coder1_stance"].lower() for r in rows]
    c2 = [r["coder2_stance"] for r in rows]
    stance = result["tasks"]["stance"]
    vs = stance["models"][0]["vs"]
    assert vs["coder1"]["metrics"]["accuracy"]["value"] == 1.0
    assert vs["coder2"]["n"] == 9
    assert vs["coder2"]["metrics"]["accuracy"]["value"] == pytest.approx(6 / 9)
    assert vs["coder2"]["metrics"]["cohen_kappa"]["value"] == pytest.approx(
        cohen_kappa_score(c2, pred_stance, labels=STANCE)
    )
    assert vs["coder2"]["metrics"]["macro_f1"]["value"] == pytest.approx(
        f1_score(c2, pred_stance, labels=STANCE, average="macro", zero_division=0)
    )
    # consensus: the 6 rows where the coders agree, all equal to the model here
    assert vs["consensus"]["n"] == 6 and vs["consensus"]["metrics"]["accuracy"]["value"] == 1.0
    between = stance["between_coders"]
    assert between["pairs"][0]["cohen_kappa"] == pytest.approx(
        cohen_kappa_score(c1, c2, labels=STANCE)
    )
    assert between["krippendorff_alpha"] == pytest.approx(two_coder_alpha(c1, c2))

    s1 = [r["coder1_sentiment"] for r in rows]
    s2 = [r["coder2_sentiment"] for r in rows]
    sentiment = result["tasks"]["sentiment"]
    assert sentiment["n_coded"] == {"coder1": 8, "coder2": 8, "consensus": 6}
    both = [(x, y) for x, y in zip(s1, s2, strict=True) if x and y]
    assert sentiment["between_coders"]["pairs"][0]["n"] == len(both) == 7
    assert sentiment["between_coders"]["alpha_units"] == 7
    assert sentiment["between_coders"]["krippendorff_alpha"] == pytest.approx(
        two_coder_alpha(s1, s2)
    )
    assert "Krippendorff's α" in (tmp_path / "eval" / "metrics.md").read_text()

    # one registry record per task, keyed by the sampled run's model fingerprints
    report = json.loads((founding_run / "report.json").read_text())
    records = [json.loads(p.read_text()) for p in (tmp_path / "registry").glob("*.json")]
    assert {(r["task"], r["model_fingerprint"]) for r in records} == {
        (t, report["provenance"]["models"][t]["fingerprint"]) for t in ("stance", "sentiment")
    }
    stance_record = next(r for r in records if r["task"] == "stance")
    assert stance_record["reference"] == "consensus" and stance_record["n"] == 6
    assert stance_record["inter_coder"]["krippendorff_alpha"] == pytest.approx(
        two_coder_alpha(c1, c2)
    )


def test_an_unknown_label_is_one_line_naming_the_row_and_the_labels(coding_sample, tmp_path):
    rows = list(csv.DictReader(coding_sample.open(encoding="utf-8-sig")))
    rows[1]["coder2_stance"] = "maybe"
    filled = tmp_path / "filled.csv"
    predictions = fill(coding_sample, filled, rows)
    done = run_pipeline_cli(
        "task=evaluate",
        "data=coded",
        f"data.path={filled}",
        predictions,
        f"hydra.run.dir={tmp_path / 'eval'}",
        f"validation.registry={tmp_path / 'registry'}",
    )
    assert done.returncode != 0
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "Traceback" not in done.stderr
    assert "line 3 (row 2), column coder2_stance: 'maybe'" in errors[0]
    assert "allowed: favor, against, none or empty" in errors[0]
    assert not (tmp_path / "eval" / "metrics.json").exists()
    assert not (tmp_path / "registry").exists()


@pytest.mark.slow
def test_a_later_run_of_the_same_models_lists_the_validation(founding_run, tmp_path):
    registry = tmp_path / "registry"
    done = run_pipeline_cli(
        "task=evaluate",
        "data=labeled",
        "data.split=test",
        f"cache.dir={founding_run.parent / 'cache'}",
        f"hydra.run.dir={tmp_path / 'eval'}",
        f"validation.registry={registry}",
    )
    assert done.returncode == 0, done.stderr[-3000:]
    metrics = json.loads((tmp_path / "eval" / "metrics.json").read_text())
    for name, extra in (("checked", []), ("other_model", ["stance=embedding_exemplars"])):
        done = run_pipeline_cli(
            *extra,
            f"cache.dir={founding_run.parent / 'cache'}",
            "report.html=false",
            f"hydra.run.dir={tmp_path / name}",
            f"validation.registry={registry}",
        )
        assert done.returncode == 0, done.stderr[-3000:]
    checked = json.loads((tmp_path / "checked" / "report.json").read_text())
    [record] = checked["validation"]
    assert (record["task"], record["kind"], record["data"]["split"]) == (
        "stance",
        "labeled",
        "test",
    )
    assert record["n"] == metrics["n"]
    assert record["metrics"]["accuracy"]["value"] == metrics["metrics"]["accuracy"]["value"]
    markdown = (tmp_path / "checked" / "report.md").read_text()
    assert "## Validation" in markdown and "`stance_climate.jsonl` (labeled" in markdown
    # another stance model has another fingerprint: nothing on record, and the report says so
    other = json.loads((tmp_path / "other_model" / "report.json").read_text())
    assert other["validation"] == []
    assert "labels are unchecked" in (tmp_path / "other_model" / "report.md").read_text()


def test_evaluate_without_labelled_data_is_one_clear_error(tmp_path):
    done = run_pipeline_cli("task=evaluate", f"hydra.run.dir={tmp_path / 'eval'}")
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert "task=evaluate needs data=labeled (a labelled file) or data=coded" in done.stderr
