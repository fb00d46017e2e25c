"""The openvino engine: the ONNX export compiled by OpenVINO, in float32 (the onnx engine's
numbers within float noise) or bfloat16 (close, not equal, and never mixed with float32 in the
prediction cache).

Tolerances: float32 as in test_onnx_engine.py (1e-5 on unit vectors, 1e-4 of the largest
logit). bfloat16 keeps 8 bits of mantissa: MiniLM sentence vectors then differ by cosine
≥ 0.999 (measured ≥ 0.99998 on 1,000 statements with AMX), bounded here at 0.995.
"""

import numpy as np
import pytest

from pipeline.errors import UserError
from pipeline.models.embedding import EmbeddingParams
from pipeline.models.encoder import SentenceEncoder
from pipeline.models.registry import build_backend
from pipeline.models.runtime import RuntimeParams
from pipeline.models.sequence import SequenceModel
from tests.test_onnx_engine import FAMILIES, SENTENCES, TARGET, TINY_PAIRS, TINY_TEXTS, tiny  # noqa: F401


@pytest.fixture(autouse=True)
def offline(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("STANCE_PIPELINE_HASH_CACHE", str(tmp_path / "hashes.json"))


def test_float32_matches_the_onnx_engine_and_bfloat16_is_close():
    onnx = SentenceEncoder(runtime=RuntimeParams(engine="onnx")).encode(SENTENCES)
    f32 = SentenceEncoder(runtime=RuntimeParams(engine="openvino", batch_size=2))
    np.testing.assert_allclose(f32.encode(SENTENCES), onnx, atol=1e-5)
    bf16 = SentenceEncoder(runtime=RuntimeParams(engine="openvino", dtype="bfloat16"))
    vectors = bf16.encode(SENTENCES)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert (vectors * onnx).sum(axis=1).min() > 0.995
    assert type(bf16.engine()).__name__ == "OnnxEngine" and bf16.engine() is not f32.engine()


@pytest.mark.slow  # exports four tiny models (about a minute on two cores)
@pytest.mark.parametrize(("family", "layout"), FAMILIES)
def test_tiny_sequence_models_match_the_onnx_engine(tiny, family, layout):  # noqa: F811
    folder = str(tiny(family, layout))
    for pairs in (None, TINY_PAIRS):
        reference = SequenceModel(folder, RuntimeParams(engine="onnx"), max_length=12).logits(
            TINY_TEXTS, pairs
        )
        ours = SequenceModel(folder, RuntimeParams(engine="openvino", batch_size=2), max_length=12)
        logits = ours.logits(TINY_TEXTS, pairs)
        np.testing.assert_allclose(logits, reference, atol=1e-4 * np.abs(reference).max())


def test_precision_is_part_of_the_fingerprint_and_the_provenance():
    params = EmbeddingParams()
    f32 = build_backend(params, "stance", TARGET, RuntimeParams(engine="openvino"))
    onnx = build_backend(params, "stance", TARGET, RuntimeParams(engine="onnx"))
    bf16 = build_backend(
        params, "stance", TARGET, RuntimeParams(engine="openvino", dtype="bfloat16")
    )
    assert f32.fingerprint() == onnx.fingerprint()  # the same numbers within float noise
    assert bf16.fingerprint() != f32.fingerprint()
    described = bf16.encoder.describe()
    assert described["engine"] == "openvino" and described["dtype"] == "bfloat16"
    assert described["openvino"] and described["export_sha256"]


@pytest.mark.parametrize(
    ("runtime", "message"),
    [
        (RuntimeParams(engine="openvino", device="cuda"), "engine=openvino runs on cpu"),
        (RuntimeParams(engine="openvino", quantize="int8"), "quantize=int8 needs the onnx"),
        (RuntimeParams(engine="onnx", dtype="bfloat16"), "runtime.engine=openvino for bfloat16"),
    ],
)
def test_clashing_settings_fail_before_any_model_work(runtime, message):
    with pytest.raises(UserError, match=message):
        build_backend(EmbeddingParams(), "stance", TARGET, runtime)
