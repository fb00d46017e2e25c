"""Temperature scaling, ECE/Brier, the embedding cache and the benchmark readers."""

import numpy as np
import pytest

from pipeline.metrics import brier, evaluate_labels, expected_calibration_error
from pipeline.models.calibration import fit_temperature, nll
from pipeline.models.embedding_cache import cached_embeddings
from pipeline.tweeteval import sentiment_split, sentiment_train_pool, stance_split


def test_fit_temperature_recovers_the_temperature_that_generated_the_labels():
    rng = np.random.default_rng(0)
    logits = rng.normal(size=(4000, 3)) * 3.0
    true_t = 2.5
    p = np.exp(logits / true_t)
    p /= p.sum(axis=1, keepdims=True)
    gold = np.array([rng.choice(3, p=row) for row in p])
    t = fit_temperature(logits, gold)
    assert abs(t - true_t) / true_t < 0.1
    assert nll(logits, gold, t) <= nll(logits, gold, 1.0)


def test_ece_and_brier_by_hand():
    probs = np.array([[0.9, 0.1, 0.0], [0.6, 0.4, 0.0], [0.2, 0.2, 0.6], [0.5, 0.25, 0.25]])
    gold = np.array([0, 1, 2, 0])
    # bins: 0.9 -> (0.8,0.9] correct; 0.6 -> (0.5,0.6] wrong, 0.6 -> correct; 0.5 -> (0.4,0.5] ok
    expected_ece = 0.25 * abs(1 - 0.9) + 0.5 * abs(0.5 - 0.6) + 0.25 * abs(1 - 0.5)
    assert expected_calibration_error(probs, gold) == pytest.approx(expected_ece)
    expected_brier = np.mean(
        [0.1**2 + 0.1**2, 0.6**2 + 0.6**2, 0.2**2 + 0.2**2 + 0.4**2, 0.5**2 + 2 * 0.25**2]
    )
    assert brier(probs, gold) == pytest.approx(expected_brier)
    result = evaluate_labels(
        ["favor", "against", "none", "favor"],
        ["favor", "favor", "none", "favor"],
        "stance",
        ["favor", "against", "none"],
        seed=0,
        n_boot=0,
        probs=probs,
    )
    assert result["metrics"]["ece"]["value"] == pytest.approx(expected_ece)
    assert result["metrics"]["brier"]["value"] == pytest.approx(expected_brier)


class CountingEncoder:
    def __init__(self):
        self.calls: list[list[str]] = []

    def fingerprint(self) -> str:
        return "fake|v1"

    def encode(self, texts):
        self.calls.append(list(texts))
        return np.array([[len(t), t.count("a")] for t in texts], dtype=np.float32)


def test_embedding_cache_encodes_each_text_once_and_keeps_order(tmp_path):
    encoder = CountingEncoder()
    first = cached_embeddings(encoder, ["aa", "b", "aa"], tmp_path, chunk=1)
    assert encoder.calls == [["aa"], ["b"]]
    again = cached_embeddings(encoder, ["b", "ccc", "aa"], tmp_path)
    assert encoder.calls[-1] == ["ccc"]
    np.testing.assert_array_equal(first[[1, 0]], again[[0, 2]])
    np.testing.assert_array_equal(again[1], [3, 0])


def write_split(folder, split, texts, labels):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{split}_text.txt").write_text("\n".join(texts) + "\n")
    (folder / f"{split}_labels.txt").write_text("\n".join(labels) + "\n")


def test_tweeteval_readers_map_label_ids(tmp_path):
    write_split(tmp_path / "stance" / "climate", "test", ["a", "b", "c"], ["0", "1", "2"])
    assert stance_split("climate", "test", tmp_path).labels == ["none", "against", "favor"]
    write_split(tmp_path / "sentiment", "val", ["x", "y"], ["0", "2"])
    write_split(tmp_path / "sentiment", "test", ["z"], ["1"])
    assert sentiment_split("val", tmp_path).labels == ["negative", "positive"]
    semeval = tmp_path / "semeval"
    semeval.mkdir()
    (semeval / "twitter-2016train-A.tsv").write_text(
        "1\tpositive\t@bob loves it\n"
        '2\tnegative\t"x"\n'  # in TweetEval val: left out
        "3\tpositive\t@amy loves it\n"  # same tweet after @user: a duplicate
        "4\tneutral\tit is 5\\u002c ok\n"
    )
    pool = sentiment_train_pool(semeval, tmp_path)
    assert pool.texts == ["@user loves it", "it is 5, ok"]
    assert pool.labels == ["positive", "neutral"]
