"""Reading a filled coding sample back: joining the sidecar, missing cells, clear errors; and the
validation registry that evaluations write and runs read."""

import csv
import json

import pytest

from pipeline.errors import UserError
from pipeline.validation.coded import (
    CodedDataParams,
    consensus,
    read_coding,
    run_coded_evaluation,
)
from pipeline.validation.registry import (
    ValidationParams,
    find_records,
    records_from_coded,
    validation_markdown,
    write_records,
)
from pipeline.validation.sampling import SampleParams, run_sample

from .validation_helpers import population_statements, write_run

SIZES = {("Wang Yi", "against"): 6, ("Wang Yi", "favor"): 4, ("John Kerry", "favor"): 5}


@pytest.fixture
def sample(tmp_path):
    run = write_run(tmp_path / "run", population_statements(SIZES))
    out = tmp_path / "coding" / "coding_sample.csv"
    run_sample(SampleParams(run=str(run), n=10, out=str(out)), seed=0, run_dir=tmp_path / "task")
    return out


def rewrite(path, rows, delimiter=","):
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), delimiter=delimiter)
        writer.writeheader()
        writer.writerows(rows)


def read_rows(path):
    return list(csv.DictReader(path.open(encoding="utf-8-sig")))


def test_blank_cells_are_missing_and_rows_join_by_statement_not_position(sample):
    rows = read_rows(sample)
    rows[0]["coder1_stance"] = "Favor"
    rows[1]["coder2_sentiment"] = " negative "
    rewrite(sample, list(reversed(rows)))  # a coder sorted the sheet
    coding = read_coding(CodedDataParams(path=str(sample)))
    sidecar_ids = [r["statement_id"] for r in coding.sidecar["rows"]]
    stance1 = coding.labels["stance"]["coder1"]
    assert stance1[sidecar_ids.index(rows[0]["statement_id"])] == "favor"
    assert sum(v is not None for v in stance1) == 1
    assert coding.labels["sentiment"]["coder2"][sidecar_ids.index(rows[1]["statement_id"])] == (
        "negative"
    )
    assert coding.labels["stance"]["coder2"] == [None] * 10


def test_semicolon_csv_and_renamed_file_find_the_sidecar(sample):
    rows = read_rows(sample)
    rows[0]["coder1_stance"] = "none"
    renamed = sample.with_name("coded by anna.csv")
    rewrite(renamed, rows, delimiter=";")
    sample.unlink()  # only one *.predictions.json in the folder: that is the sample's
    coding = read_coding(CodedDataParams(path=str(renamed)))
    assert sum(v is not None for v in coding.labels["stance"]["coder1"]) == 1


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda rows: rows[2].update(statement_id="a1:999"), "line 4: statement 'a1:999'"),
        (lambda rows: rows.append(dict(rows[0])), "appears twice"),
        (lambda rows: rows[0].update(coder1_sentiment="happy"), "'happy' is not a sentiment label"),
    ],
)
def test_rows_that_do_not_fit_the_sample_are_one_clear_error(sample, change, message):
    rows = read_rows(sample)
    change(rows)
    rewrite(sample, rows)
    with pytest.raises(UserError, match=message):
        read_coding(CodedDataParams(path=str(sample)))


def test_a_missing_sidecar_names_the_override(sample, tmp_path):
    moved = tmp_path / "elsewhere" / "coded.csv"
    moved.parent.mkdir()
    moved.write_bytes(sample.read_bytes())
    with pytest.raises(UserError, match="pass data.predictions="):
        read_coding(CodedDataParams(path=str(moved)))


def test_label_map_translates_the_coders_own_labels(sample):
    rows = read_rows(sample)
    rows[0]["coder1_stance"] = "pro"
    rewrite(sample, rows)
    coding = read_coding(CodedDataParams(path=str(sample), label_map={"pro": "favor"}))
    assert "favor" in coding.labels["stance"]["coder1"]


def test_consensus_keeps_only_rows_every_coder_labelled_alike():
    assert consensus([["a", "b", None, "c"], ["a", "c", "b", "c"]]) == ["a", None, None, "c"]


def test_registry_records_replace_each_other_and_are_found_by_fingerprint(sample, tmp_path):
    rows = read_rows(sample)
    sidecar = json.loads(sample.with_name("coding_sample.predictions.json").read_text())
    model = {r["statement_id"]: r["predictions"][0] for r in sidecar["rows"]}
    flipped = next(r for r in rows if r["actor"] == "John Kerry")
    for r in rows:
        label = model[r["statement_id"]]["stance"]
        r["coder1_stance"] = "none" if r is flipped else label  # the model is never "none" here
    rewrite(sample, rows)
    params = ValidationParams(registry=str(tmp_path / "registry"))
    result = run_coded_evaluation(CodedDataParams(path=str(sample)), 0, tmp_path / "eval")
    records = records_from_coded(result, tmp_path / "eval")
    # one coder: the model is checked against that coder; sentiment was not coded at all
    assert [(r["task"], r["reference"], r["n"]) for r in records] == [("stance", "coder1", 10)]
    assert records[0]["metrics"]["accuracy"]["value"] == 0.9
    kerry = sum(r["actor"] == "John Kerry" for r in rows)
    assert records[0]["by_actor"] == {
        "John Kerry": {"n": kerry, "accuracy": (kerry - 1) / kerry},
        "Wang Yi": {"n": 10 - kerry, "accuracy": 1.0},
    }
    assert "John Kerry" in (tmp_path / "eval" / "metrics.md").read_text()
    write_records(records, params)
    write_records(records_from_coded(result, tmp_path / "eval2"), params)  # same data again
    assert len(list((tmp_path / "registry").glob("*.json"))) == 1
    (tmp_path / "registry" / "broken.json").write_text("{not json")
    found = find_records(params, {"stance": {"fingerprint": "fp-stance"}})
    assert [r["evaluation_dir"] for r in found] == [str((tmp_path / "eval2").resolve())]
    assert find_records(params, {"stance": {"fingerprint": "fp-other"}}) == []
    assert find_records(params, {"sentiment": {"fingerprint": "fp-stance"}}) == []
    table = "\n".join(validation_markdown(found))
    assert "| stance | `coding_sample.csv` (coded_sample" in table
    assert "accuracy 0.900" in table
    assert validation_markdown(None) == []
    assert "unchecked" in "\n".join(validation_markdown([]))
    write_records(records, ValidationParams(registry=str(tmp_path / "off"), record=False))
    assert not (tmp_path / "off").exists()


def test_a_task_nobody_coded_is_reported_as_such(sample, tmp_path):
    rows = read_rows(sample)
    rows[0]["coder1_stance"] = "favor"
    rewrite(sample, rows)
    result = run_coded_evaluation(CodedDataParams(path=str(sample)), 0, tmp_path / "eval")
    assert result["tasks"]["sentiment"]["n_coded"] == {}
    assert result["tasks"]["stance"]["between_coders"] is None  # coder2 left it empty
    assert "No coder labelled this task." in (tmp_path / "eval" / "metrics.md").read_text()
