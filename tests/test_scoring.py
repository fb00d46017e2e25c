import numpy as np
import pytest

from pipeline.scoring import (
    AggregateParams,
    Frame,
    aggregate_cells,
    bootstrap_means,
    predictions_from_probs,
    time_bin,
)
from pipeline.tasks import default_tasks

STANCE, SENTIMENT = default_tasks()["stance"], default_tasks()["sentiment"]
HIERARCHY = {"China": None, "Foreign Ministry": "China", "Spokesperson": "Foreign Ministry",
             "Wang Yi": "China", "United States": None, "John Kerry": "United States"}  # fmt: skip


def make_frame(rows):
    """rows: (article, actor, group, stance score, confidence, date, source)."""
    n = len(rows)
    scores = np.array([r[3] for r in rows], dtype=float)
    return Frame(
        statement_id=[f"{r[0]}:{i}-{i + 1}" for i, r in enumerate(rows)],
        article_id=[r[0] for r in rows],
        actor=[r[1] for r in rows],
        actor_group=[r[2] for r in rows],
        source=[r[6] for r in rows],
        date=[r[5] for r in rows],
        confidence=np.array([r[4] for r in rows], dtype=float),
        scores={"stance": scores, "sentiment": np.zeros(n)},
        labels={"stance": ["favor" if s > 0 else "against" for s in scores],
                "sentiment": ["neutral"] * n},  # fmt: skip
    )


def test_scores_are_probability_differences_from_the_task_table():
    labels, scores = predictions_from_probs(np.array([[0.6, 0.1, 0.3]]), STANCE)
    assert labels == ["favor"] and scores[0] == pytest.approx(0.5)
    labels, scores = predictions_from_probs(np.array([[0.2, 0.1, 0.7]]), SENTIMENT)
    assert labels == ["negative"] and scores[0] == pytest.approx(-0.5)


def test_cluster_bootstrap_sees_article_correlation_that_statement_bootstrap_hides():
    """Two articles of ten statements each, all +1 in one and all −1 in the other.

    Resampling articles: a resample holds both articles (mean 0, p = 1/2), article A twice
    (+1, p = 1/4) or B twice (−1, p = 1/4), so the 95% interval is exactly [−1, +1].
    Resampling statements: the mean of 20 draws of ±1 has sd 1/sqrt(20) ≈ 0.22, so the
    interval is about ±0.44 and never reaches ±1.
    """
    values = np.array([1.0] * 10 + [-1.0] * 10)[:, None]
    weights = np.ones(20)
    articles = ["A"] * 10 + ["B"] * 10
    mean, low, high = bootstrap_means(values, weights, articles, 4000, 0.95, seed=3)
    assert mean[0] == 0.0 and low[0] == -1.0 and high[0] == 1.0
    statements = [str(i) for i in range(20)]
    mean, low, high = bootstrap_means(values, weights, statements, 4000, 0.95, seed=3)
    assert -0.6 < low[0] < -0.3 and 0.3 < high[0] < 0.6


def test_one_statement_per_article_makes_both_bootstraps_identical():
    rng = np.random.default_rng(0)
    values = rng.uniform(-1, 1, size=(30, 2))
    weights = rng.uniform(0.5, 1, size=30)
    by_article = bootstrap_means(values, weights, [f"a{i:02d}" for i in range(30)], 500, 0.9, 7)
    by_statement = bootstrap_means(values, weights, [f"s{i:02d}" for i in range(30)], 500, 0.9, 7)
    for a, b in zip(by_article, by_statement, strict=True):
        np.testing.assert_array_equal(a, b)
    assert by_article[0] == pytest.approx(weights @ values / weights.sum())


def test_a_resample_of_weightless_clusters_has_no_mean_and_is_left_out():
    # cluster B carries no weight: a resample drawing only B has no mean (not a mean of 0)
    values = np.array([[0.8], [0.8], [0.0], [0.0]])
    weights = np.array([1.0, 1.0, 0.0, 0.0])
    mean, low, high = bootstrap_means(values, weights, ["A", "A", "B", "B"], 2000, 0.95, seed=0)
    assert mean[0] == pytest.approx(0.8) and low[0] == pytest.approx(0.8)
    assert high[0] == pytest.approx(0.8)


def test_bootstrap_memory_is_bounded_but_results_do_not_depend_on_the_block(monkeypatch):
    import pipeline.scoring as scoring

    values = np.linspace(-1, 1, 50)[:, None]
    clusters = [f"a{i // 2}" for i in range(50)]
    whole = bootstrap_means(values, np.ones(50), clusters, 300, 0.95, 1)
    monkeypatch.setattr(scoring, "_BOOTSTRAP_BLOCK", 25 * 7)  # 7 resamples per block
    blocked = bootstrap_means(values, np.ones(50), clusters, 300, 0.95, 1)
    for a, b in zip(whole, blocked, strict=True):
        np.testing.assert_array_equal(a, b)


def test_actor_cells_roll_up_through_intermediate_groups():
    frame = make_frame([
        ("a1", "Spokesperson", "China", -0.5, 1.0, "2021-01-05", "AP"),
        ("a1", "Wang Yi", "China", -1.0, 0.5, "2021-01-05", "AP"),
        ("a2", "John Kerry", "United States", 0.8, 1.0, "2021-04-01", "Reuters"),
        ("a2", None, None, 0.9, 0.0, "2021-04-01", "Reuters"),
    ])  # fmt: skip
    cells = aggregate_cells(frame, ["actor"], HIERARCHY, [STANCE, SENTIMENT],
                            AggregateParams(n_bootstrap=50), 0)  # fmt: skip
    by_name = {c.keys["actor"]: c for c in cells}
    assert set(by_name) == {"China", "Foreign Ministry", "Spokesperson", "Wang Yi",
                            "United States", "John Kerry"}  # fmt: skip
    assert by_name["China"].n_statements == 2 and by_name["China"].members == [
        "Spokesperson", "Wang Yi"]  # fmt: skip
    assert by_name["Foreign Ministry"].n_statements == 1
    assert by_name["China"].summaries["stance"].mean == pytest.approx((-0.5 - 0.5) / 1.5)
    assert by_name["China"].summaries["stance"].counts == {"favor": 0, "against": 2, "none": 0}
    assert by_name["China"].small  # 2 < min_n = 5


def test_cells_by_group_and_time_and_outlet():
    frame = make_frame([
        ("a1", "Wang Yi", "China", -1.0, 1.0, "2021-01-05", "AP"),
        ("a2", "Wang Yi", "China", -0.5, 1.0, "2021-02-10", "AP"),
        ("a3", "Wang Yi", "China", 0.5, 1.0, None, "Reuters"),
    ])  # fmt: skip
    params = AggregateParams(n_bootstrap=20, min_n=1)
    cells = aggregate_cells(frame, ["group", "month"], HIERARCHY, [STANCE], params, 0)
    assert [tuple(c.keys.values()) for c in cells] == [
        ("China", "2021-01"), ("China", "2021-02"), ("China", "undated")]  # fmt: skip
    outlets = aggregate_cells(frame, ["outlet"], HIERARCHY, [STANCE], params, 0)
    assert {c.keys["outlet"]: c.n_statements for c in outlets} == {"AP": 2, "Reuters": 1}
    assert [time_bin("2021-01-05", u) for u in ("week", "quarter", "year")] == [
        "2021-W01", "2021-Q1", "2021"]  # fmt: skip


def test_low_confidence_statements_can_be_left_out():
    frame = make_frame([
        ("a1", "Wang Yi", "China", -0.8, 0.3, None, None),
        ("a1", "Wang Yi", "China", 0.7, 0.9, None, None),
    ])  # fmt: skip
    params = AggregateParams(min_attribution_confidence=0.5, n_bootstrap=10)
    (china, _) = aggregate_cells(frame, ["actor"], HIERARCHY, [STANCE], params, 0)
    assert china.n_statements == 1 and china.summaries["stance"].mean == pytest.approx(0.7)
