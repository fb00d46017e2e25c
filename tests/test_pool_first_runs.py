"""The pooled first runs: rows rebuilt from each stored run reproduce that run's own figures,
and the paired difference against older rules is computed on the same sentences."""

import json
from pathlib import Path

import pytest

from pipeline.attribution_eval import metrics

ROOT = Path(__file__).resolve().parents[1]
RUNS = ROOT / "data/gold/first_runs"


@pytest.fixture()
def pool(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    import pool_first_runs

    return pool_first_runs


def test_rebuilt_rows_reproduce_each_stored_runs_figures(pool):
    for version in ("first_run", "68002ea"):
        runs = pool.load_runs(RUNS / version, ROOT / "data/gold")
        assert len(runs) >= 16
        for name, rows in runs.items():
            (stored,) = json.loads((RUNS / version / f"{name}.json").read_text()).values()
            rebuilt = metrics(rows)
            for figure in ("n_sentences", "n_predicted_speakers", "speaker_accuracy", "precision"):
                assert rebuilt[figure] == pytest.approx(stored[figure]), (version, name, figure)


def test_the_paired_difference_is_taken_on_the_same_sentences(pool, capsys):
    pool.main([str(RUNS / "first_run"), "--against", str(RUNS / "first_run")])
    assert "difference +0.000 (+0.000 to +0.000" in capsys.readouterr().out
    rows = pool.load_runs(RUNS / "first_run", ROOT / "data/gold")["r27"]
    older = [dict(r, correct=True) for r in rows]
    mean, low, high = pool.paired_difference(rows, older)
    wrong = sum(not r["correct"] for r in rows)
    assert mean == pytest.approx(-wrong / len(rows))
    assert low <= mean <= high < 0


def test_an_error_matching_no_gold_sentence_is_refused(pool, tmp_path):
    (stored,) = json.loads((RUNS / "first_run/r27.json").read_text()).values()
    stored["errors"].append(dict(stored["errors"][0], text="A sentence nobody wrote."))
    (tmp_path / "r27.json").write_text(json.dumps({"attribution": stored}))
    with pytest.raises(SystemExit, match="match no gold sentence"):
        pool.load_runs(tmp_path, ROOT / "data/gold")


def test_the_score_splits_by_whether_the_two_annotators_agree(pool):
    runs = pool.load_runs(RUNS / "first_run", ROOT / "data/gold")
    agreed, disputed = pool.consensus({"r27": runs["r27"]}, ROOT / "data/gold")
    # round 27's two annotators agree on 131 of its 135 sentences
    assert (len(agreed), len(disputed)) == (131, 4)
    assert {r["text"] for r in agreed}.isdisjoint(r["text"] for r in disputed)
