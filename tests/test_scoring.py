import numpy as np
import pytest

from pipeline.scoring import (
    AggregateParams,
    aggregate,
    sentiment_prediction,
    stance_prediction,
    weighted_bootstrap,
)
from pipeline.types import SENTIMENT_LABELS, STANCE_LABELS, ScoredStatement, Statement


def make_scored(i, actor, group, stance_probs, sent_probs, confidence=1.0):
    statement = Statement(
        article_id="a",
        statement_id=f"a:{i:03d}",
        text=f"statement {i}",
        char_start=0,
        char_end=1,
        actor=actor,
        actor_group=group,
        speaker_mention=actor,
        cue="said",
        attribution_confidence=confidence,
    )
    return ScoredStatement(
        statement,
        stance_prediction(np.array(stance_probs), STANCE_LABELS),
        sentiment_prediction(np.array(sent_probs), SENTIMENT_LABELS),
    )


def test_scores_are_probability_differences():
    stance = stance_prediction(np.array([0.6, 0.1, 0.3]), STANCE_LABELS)
    assert stance.label == "favor" and stance.score == pytest.approx(0.5)
    sentiment = sentiment_prediction(np.array([0.2, 0.1, 0.7]), SENTIMENT_LABELS)
    assert sentiment.label == "negative" and sentiment.score == pytest.approx(-0.5)


def test_weighted_mean_and_bootstrap_interval_contain_the_mean():
    scores = np.array([1.0, -1.0, 0.5, 0.2])
    weights = np.array([1.0, 0.2, 1.0, 1.0])
    mean, low, high = weighted_bootstrap(scores, weights, AggregateParams(n_bootstrap=500), 1)
    assert mean == pytest.approx(np.average(scores, weights=weights))
    assert low <= mean <= high and low >= -1 and high <= 1
    assert weighted_bootstrap(scores, weights, AggregateParams(n_bootstrap=500), 1)[1] == low


def test_groups_cover_members_and_actors_stay_individual():
    scored = [
        make_scored(0, "Wang Yi", "China", [0.1, 0.8, 0.1], [0.1, 0.2, 0.7]),
        make_scored(1, "China", "China", [0.7, 0.1, 0.2], [0.6, 0.3, 0.1], confidence=0.5),
        make_scored(2, "John Kerry", "United States", [0.8, 0.1, 0.1], [0.7, 0.2, 0.1]),
        make_scored(3, None, None, [0.9, 0.05, 0.05], [0.9, 0.05, 0.05], confidence=0.0),
    ]
    result = {
        a.name: a for a in aggregate(scored, AggregateParams(), 0, STANCE_LABELS, SENTIMENT_LABELS)
    }
    assert set(result) == {"China", "United States", "Wang Yi", "John Kerry"}
    china = result["China"]
    assert china.kind == "group" and china.n_statements == 2
    assert china.members == ["China", "Wang Yi"]
    assert china.stance.mean == pytest.approx((-0.7 * 1.0 + 0.6 * 0.5) / 1.5)
    assert china.stance.counts == {"favor": 1, "against": 1, "none": 0}
    assert result["Wang Yi"].kind == "actor" and result["Wang Yi"].group == "China"
    assert result["Wang Yi"].evidence[0].statement.statement_id == "a:000"


def test_low_confidence_statements_can_be_left_out():
    scored = [
        make_scored(0, "Wang Yi", "China", [0.1, 0.8, 0.1], [0.1, 0.2, 0.7], confidence=0.3),
        make_scored(1, "Wang Yi", "China", [0.8, 0.1, 0.1], [0.1, 0.2, 0.7], confidence=0.9),
    ]
    params = AggregateParams(min_attribution_confidence=0.5)
    (china,) = [
        a
        for a in aggregate(scored, params, 0, STANCE_LABELS, SENTIMENT_LABELS)
        if a.name == "China"
    ]
    assert china.n_statements == 1 and china.stance.mean == pytest.approx(0.7)
