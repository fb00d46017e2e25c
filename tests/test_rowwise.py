"""A statement's probabilities do not depend on which statements are scored with it (shards,
resumed and partly cached runs score different sets together): bit for bit, not approximately."""

import random

import numpy as np
import pytest

from pipeline.models.embedding import EmbeddingBackend, EmbeddingParams
from pipeline.models.encoder import SentenceEncoder
from pipeline.models.rowwise import row_dot
from pipeline.models.runtime import RuntimeParams
from pipeline.tasks import default_tasks

TARGET = "China–US climate cooperation"
WORDS = (
    "the two countries must work together to cut emissions this decade climate cooperation "
    "cannot be separated from bilateral relations sanctions undermine partnership Kerry said"
).split()


def subsets(n: int, rng: random.Random):
    """Index sets of many sizes (1 row to all), as shards and resumed batches make them."""
    yield list(range(n))
    for size in (1, 2, 7, 40, n // 2, n - 1):
        yield sorted(rng.sample(range(n), size))


def test_row_dot_is_the_product_and_each_row_ignores_its_neighbours():
    rng = np.random.default_rng(0)
    x = rng.standard_normal((2100, 384)).astype(np.float32)  # more than one block of rows
    w = rng.standard_normal((3, 384)).astype(np.float32)
    full = row_dot(x, w)
    np.testing.assert_allclose(full, x.astype(np.float64) @ w.T.astype(np.float64), atol=1e-10)
    for rows in subsets(len(x), random.Random(0)):
        assert np.array_equal(row_dot(x[rows], w), full[rows])


@pytest.mark.parametrize(
    ("head", "labels", "task"),
    [
        (None, default_tasks()["stance"].labels, "stance"),
        ("sentiment_default", default_tasks()["sentiment"].labels, "sentiment"),
    ],
)
def test_embedding_backends_score_each_statement_alike_in_any_company(head, labels, task):
    rng = random.Random(1)
    texts = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 40))) for _ in range(120)]
    backend = EmbeddingBackend(
        EmbeddingParams(head=head), labels, TARGET, RuntimeParams(), task, SentenceEncoder()
    )
    full = backend.predict_proba(texts)
    for rows in subsets(len(texts), rng):
        assert np.array_equal(backend.predict_proba([texts[i] for i in rows]), full[rows])
