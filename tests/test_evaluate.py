"""run_evaluation on CSV/TSV/JSONL gold files with a stub backend (tests/test_compare_real.py
runs it through `python -m pipeline task=evaluate` with real backends)."""

import json

import numpy as np
import pytest
from sklearn.metrics import f1_score, recall_score

from pipeline.errors import UserError
from pipeline.evaluate import LabeledDataParams, read_gold, run_evaluation

STANCE = ("favor", "against", "none")
# Backend label order differs from the task order on purpose.
BACKEND_LABELS = ("none", "favor", "against")


def keyword_backend(texts):
    """Probabilities in BACKEND_LABELS order from keywords in the text."""
    out = []
    for t in texts:
        if "support" in t:
            out.append([0.1, 0.8, 0.1])
        elif "oppose" in t:
            out.append([0.2, 0.1, 0.7])
        else:
            out.append([0.6, 0.2, 0.2])
    return np.array(out)


ROWS = [
    ("We support the deal", "FAVOR"),
    ("We oppose the deal", "AGAINST"),
    ("The weather was fine", "NONE"),
    ("We support it, but oppose parts", "AGAINST"),
    ("Nothing to say", "FAVOR"),
    ("They oppose cooperation", "AGAINST"),
]


def _write_csv(path, rows, header=("text", "label")):
    import csv

    with open(path, "w", newline="", encoding="utf-8") as h:
        w = csv.writer(h)
        w.writerow(header)
        w.writerows(rows)


def test_csv_stance_evaluation_writes_metrics(tmp_path):
    gold_path = tmp_path / "gold.csv"
    _write_csv(gold_path, ROWS)
    params = LabeledDataParams(path=str(gold_path), target="the deal", task="stance")
    run_dir = tmp_path / "run"
    result = run_evaluation(params, keyword_backend, BACKEND_LABELS, seed=1, run_dir=run_dir)

    gold = [label.lower() for _, label in ROWS]
    pred = ["favor", "against", "none", "favor", "none", "against"]
    assert result["metrics"]["f_avg"]["value"] == pytest.approx(
        f1_score(gold, pred, labels=["favor", "against"], average="macro", zero_division=0)
    )
    on_disk = json.loads((run_dir / "metrics.json").read_text())
    assert on_disk == json.loads(json.dumps(result))
    assert on_disk["data"]["sha256"] and on_disk["n"] == 6
    preds = [json.loads(x) for x in (run_dir / "predictions.jsonl").read_text().splitlines()]
    assert [p["pred"] for p in preds] == pred
    assert preds[0]["probs"] == {"none": 0.1, "favor": 0.8, "against": 0.1}
    assert "f_avg" in (run_dir / "metrics.md").read_text()


def test_jsonl_sentiment_with_integer_label_map(tmp_path):
    gold_path = tmp_path / "gold.jsonl"
    rng = np.random.default_rng(0)
    rows = [{"sentence": f"text {i}", "y": int(rng.integers(0, 3))} for i in range(40)]
    gold_path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    probs = rng.dirichlet(np.ones(3), size=len(rows))
    params = LabeledDataParams(
        path=str(gold_path),
        text_column="sentence",
        label_column="y",
        task="sentiment",
        label_map={0: "negative", "1": "neutral", 2: "positive"},
    )
    labels = ("positive", "neutral", "negative")
    result = run_evaluation(params, lambda texts: probs, labels, seed=0, run_dir=tmp_path)
    names = {0: "negative", 1: "neutral", 2: "positive"}
    gold = [names[r["y"]] for r in rows]
    pred = [labels[i] for i in probs.argmax(1)]
    assert result["metrics"]["macro_recall"]["value"] == pytest.approx(
        recall_score(gold, pred, labels=list(labels), average="macro", zero_division=0)
    )
    ci = result["metrics"]["macro_recall"]
    assert ci["ci_low"] <= ci["value"] <= ci["ci_high"]


@pytest.mark.parametrize(
    "content, overrides, message",
    [
        (None, {}, "not found"),
        ("text,label\nhello,favor\n", {"label_column": "gold"}, "no column 'gold'"),
        ("text,label\nhello,maybe\nbye,favor\n", {}, "'maybe' (1x)"),
        ("text,label\n", {}, "no rows"),
        ("text,label\nhello,favor\n", {"task": "topic"}, "data.task='topic'"),
    ],
)
def test_bad_gold_files_are_one_line_user_errors(tmp_path, content, overrides, message):
    path = tmp_path / "gold.csv"
    if content is not None:
        path.write_text(content)
    params = LabeledDataParams(path=str(path), **overrides)
    with pytest.raises(UserError) as err:
        read_gold(params)
    assert message in str(err.value) and "\n" not in str(err.value)


def test_failed_evaluation_writes_nothing(tmp_path):
    path = tmp_path / "gold.csv"
    _write_csv(path, ROWS)
    params = LabeledDataParams(path=str(path), task="sentiment")
    with pytest.raises(UserError):
        run_evaluation(params, keyword_backend, BACKEND_LABELS, seed=0, run_dir=tmp_path / "run")
    assert not (tmp_path / "run").exists()


def test_tsv_and_limit(tmp_path):
    path = tmp_path / "gold.tsv"
    path.write_text("Tweet\tStance\nwe support, it\tFAVOR\nno\tNONE\nmore\tAGAINST\n")
    params = LabeledDataParams(path=str(path), text_column="Tweet", label_column="Stance", limit=2)
    examples = read_gold(params)
    assert [(e.text, e.label) for e in examples] == [("we support, it", "favor"), ("no", "none")]


def test_split_selection(tmp_path):
    path = tmp_path / "gold.jsonl"
    rows = [
        {"text": "a", "label": "favor", "split": "dev"},
        {"text": "b", "label": "none", "split": "test"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    assert [e.text for e in read_gold(LabeledDataParams(path=str(path), split="test"))] == ["b"]
    with pytest.raises(UserError, match="no rows in split 'train'"):
        read_gold(LabeledDataParams(path=str(path), split="train"))


def test_schema_takes_int_keyed_label_map_from_a_hydra_override():
    from hydra.core.override_parser.overrides_parser import OverridesParser
    from omegaconf import OmegaConf

    override = OverridesParser.create().parse_overrides(["label_map={0:against,1:favor}"])[0]
    cfg = OmegaConf.merge(OmegaConf.structured(LabeledDataParams), {"label_map": override.value()})
    params = OmegaConf.to_object(cfg)
    assert isinstance(params, LabeledDataParams)
    assert params.label_map == {0: "against", 1: "favor"}
