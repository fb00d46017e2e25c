"""Cohen's kappa and Krippendorff's alpha against published worked examples and scikit-learn."""

import numpy as np
import pytest
from sklearn.metrics import cohen_kappa_score

from pipeline.validation.agreement import cohen_kappa, krippendorff_alpha_nominal


def test_krippendorff_alpha_matches_the_textbook_example_with_missing_values():
    # Krippendorff (2011), "Computing Krippendorff's alpha-reliability", nominal example:
    # 4 observers, 12 units, missing values; published alpha = 0.743.
    rows = {
        "A": [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
        "B": [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
        "C": [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
        "D": [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
    }
    units = [
        [None if v is None else str(v) for v in unit] for unit in zip(*rows.values(), strict=True)
    ]
    assert krippendorff_alpha_nominal(units) == pytest.approx(0.743, abs=5e-4)


def test_krippendorff_alpha_of_two_complete_codings_follows_the_closed_form():
    rng = np.random.default_rng(3)
    a = rng.choice(["favor", "against", "none"], size=40)
    b = np.where(rng.random(40) < 0.7, a, rng.choice(["favor", "against", "none"], size=40))
    # Two coders, nothing missing: alpha = 1 - (n-1) * 2 * disagreements / (n^2 - sum n_c^2),
    # with n = 2 * units and n_c the number of times value c was used.
    values, counts = np.unique(np.concatenate([a, b]), return_counts=True)
    n = 2 * len(a)
    expected = 1 - (n - 1) * 2 * np.sum(a != b) / (n * n - np.sum(counts**2))
    assert krippendorff_alpha_nominal(list(zip(a, b, strict=True))) == pytest.approx(expected)


def test_alpha_is_undefined_without_pairable_values_or_variation():
    assert krippendorff_alpha_nominal([["favor", None], [None, "none"]]) is None
    assert krippendorff_alpha_nominal([["none", "none"], ["none", "none"]]) is None
    assert krippendorff_alpha_nominal([["favor", "against"], ["against", "favor"]]) < 0


def test_cohen_kappa_on_the_classic_two_by_two_example():
    # 50 items: both yes 20, A yes B no 5, A no B yes 10, both no 15 -> p_o 0.7, p_e 0.5, 0.4.
    a = ["yes"] * 25 + ["no"] * 25
    b = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert cohen_kappa(a, b, ["yes", "no"]) == pytest.approx(0.4)


def test_cohen_kappa_agrees_with_scikit_learn_and_is_none_when_undefined():
    rng = np.random.default_rng(0)
    labels = ["positive", "neutral", "negative"]
    for _ in range(5):
        a = list(rng.choice(labels, size=30))
        b = [x if rng.random() < 0.6 else str(rng.choice(labels)) for x in a]
        assert cohen_kappa(a, b, labels) == pytest.approx(cohen_kappa_score(a, b, labels=labels))
    assert cohen_kappa(["neutral"] * 4, ["neutral"] * 4, labels) is None
    assert cohen_kappa([], [], labels) is None
