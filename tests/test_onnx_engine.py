"""The onnx engine against the torch engine: same outputs within tolerance, one export per set
of weights, provenance, int8, clear errors, and a warm run that never imports torch.

Tolerances: sentence embeddings (unit vectors) within 1e-5 absolute; logits within 1e-4 of
the largest logit's magnitude. Measured differences are ~3e-7 and ~1e-6 (float32 rounding in
a different kernel order), so these bounds catch any real mismatch (wrong mask, position ids,
token types or truncation) while allowing float noise.
"""

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from pipeline.errors import UserError
from pipeline.models.cache import predict
from pipeline.models.embedding import EmbeddingParams
from pipeline.models.encoder import SentenceEncoder
from pipeline.models.onnx_export import export_folder, read_export
from pipeline.models.registry import build_backend
from pipeline.models.runtime import CacheParams, RuntimeParams
from pipeline.models.sequence import SequenceModel
from pipeline.provenance import sha256_file
from tests.conftest import ROOT, SEED_ARTICLE
from tests.tiny_models import build_tiny_model

TARGET = "China–US climate cooperation"
SENTENCES = [
    "The ball is now in the United States' court, Wang Yi said.",
    "Hi",
    "Sino-US ties " * 80,  # longer than max_length: truncation must agree
    "Kerry urged Beijing to cut methane emissions before the summit.",
    "",
]
TINY_TEXTS = ["the climate talks were good news", "china oppose", "we support cooperation " * 30]
TINY_PAIRS = ["this statement favor", "no", "about climate"]
# Every architecture a preset names, with one of its real label layouts.
FAMILIES = [
    ("bart", "bart_mnli"),
    ("deberta-v2", "deberta_zeroshot_2way"),
    ("roberta", "roberta_sentiment_latest"),
    ("distilbert", "distilbert_sst2"),
]


@pytest.fixture(autouse=True)
def offline(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("STANCE_PIPELINE_HASH_CACHE", str(tmp_path / "hashes.json"))


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    built: dict[tuple[str, str], Path] = {}

    def get(family: str, layout: str, seed: int = 0) -> Path:
        if (family, layout, seed) not in built:
            folder = tmp_path_factory.mktemp(f"{layout}-{seed}")
            built[family, layout, seed] = build_tiny_model(folder, family, layout, seed)
        return built[family, layout, seed]

    return get


def test_minilm_embeddings_match_torch():
    torch_vectors = SentenceEncoder(runtime=RuntimeParams(engine="torch")).encode(SENTENCES)
    onnx_encoder = SentenceEncoder(runtime=RuntimeParams(engine="onnx", batch_size=2))
    onnx_vectors = onnx_encoder.encode(SENTENCES)
    np.testing.assert_allclose(onnx_vectors, torch_vectors, atol=1e-5)
    np.testing.assert_allclose(np.linalg.norm(onnx_vectors, axis=1), 1.0, atol=1e-5)
    assert type(onnx_encoder.engine()).__name__ == "OnnxEngine"


@pytest.mark.parametrize(("family", "layout"), FAMILIES)
def test_tiny_sequence_models_match_torch(tiny, family, layout):
    folder = str(tiny(family, layout))
    for pairs in (None, TINY_PAIRS):  # classifiers (one text) and NLI (premise, hypothesis)
        reference = SequenceModel(folder, RuntimeParams(engine="torch"), max_length=12).logits(
            TINY_TEXTS, pairs
        )
        ours = SequenceModel(folder, RuntimeParams(engine="onnx", batch_size=2), max_length=12)
        logits = ours.logits(TINY_TEXTS, pairs)
        assert logits.shape == (len(TINY_TEXTS), len(ours.id2label))
        np.testing.assert_allclose(logits, reference, atol=1e-4 * np.abs(reference).max())
        assert np.ptp(logits, axis=0).max() > 1e-3  # the texts really get different outputs


def test_export_is_made_once_per_weights_and_reused(tiny, monkeypatch):
    import pipeline.models.onnx_export as onnx_export

    first = str(tiny("roberta", "roberta_siebert"))
    runtime = RuntimeParams(engine="onnx")
    SequenceModel(first, runtime).logits(TINY_TEXTS)
    folder = export_folder(SequenceModel(first, runtime).resolved, "sequence", runtime)
    assert read_export(folder)["head"] == "sequence"

    def no_export(*args):
        raise AssertionError("exported again although the export exists")

    monkeypatch.setattr(onnx_export, "_export_float32", no_export)
    SequenceModel(first, runtime).logits(TINY_TEXTS)  # reuses the export
    other = str(tiny("roberta", "roberta_siebert", seed=1))  # same layout, other weights
    with pytest.raises(AssertionError, match="exported again"):
        SequenceModel(other, runtime).logits(TINY_TEXTS)


def test_provenance_records_engine_and_export_hash(tiny):
    folder = str(tiny("distilbert", "distilbert_sst2", seed=2))  # exported by no other test
    params = {"backend": "classifier", "model": folder}
    onnx = build_backend(params, "sentiment", TARGET, RuntimeParams(engine="onnx"))
    assert onnx.describe()["export_sha256"] is None  # nothing exported yet: nothing claimed
    onnx.predict_proba(TINY_TEXTS)
    info = onnx.describe()
    assert info["engine"] == "onnx" and info["quantize"] == "none"
    export = export_folder(onnx.model.resolved, "sequence", onnx.model.runtime)
    assert info["export_sha256"] == read_export(export)["sha256"]
    files = sorted(p for p in export.iterdir() if p.name.startswith("model.onnx"))
    expected = __import__("hashlib").sha256(
        "".join(f"{p.name}\0{sha256_file(p)}\n" for p in files).encode()
    )
    assert info["export_sha256"] == expected.hexdigest()
    torch_backend = build_backend(params, "sentiment", TARGET, RuntimeParams(engine="torch"))
    assert torch_backend.describe()["engine"] == "torch"
    # float32 on either engine is the same function (shared cache rows); int8 is not.
    assert torch_backend.fingerprint() == onnx.fingerprint()
    int8 = build_backend(params, "sentiment", TARGET, RuntimeParams(quantize="int8"))
    assert int8.fingerprint() != onnx.fingerprint()


def test_int8_is_close_to_float32_but_not_equal():
    float32 = SentenceEncoder(runtime=RuntimeParams(engine="onnx")).encode(SENTENCES)
    int8_encoder = SentenceEncoder(runtime=RuntimeParams(engine="onnx", quantize="int8"))
    int8 = int8_encoder.encode(SENTENCES)
    cosines = (float32 * int8).sum(axis=1)
    assert cosines.min() > 0.95 and not np.allclose(int8, float32, atol=1e-4)
    meta = read_export(export_folder(int8_encoder.resolved, "base", int8_encoder.runtime))
    float_meta = read_export(export_folder(int8_encoder.resolved, "base", RuntimeParams()))
    assert meta["quantize"] == "int8" and meta["float32_sha256"] == float_meta["sha256"]
    assert meta["sha256"] != float_meta["sha256"]


@pytest.mark.parametrize(
    ("runtime", "message"),
    [
        (RuntimeParams(engine="onnx", device="cuda"), "engine=onnx runs on cpu"),
        (RuntimeParams(engine="onnx", dtype="bfloat16"), "engine=onnx runs on cpu"),
        (RuntimeParams(engine="torch", quantize="int8"), "quantize=int8 needs the onnx"),
        (RuntimeParams(device="cuda", quantize="int8"), "quantize=int8 needs the onnx"),
    ],
)
def test_clashing_runtime_settings_fail_before_any_model_work(runtime, message):
    with pytest.raises(UserError, match=message):
        build_backend(EmbeddingParams(), "stance", TARGET, runtime)


def test_auto_engine_is_onnx_on_cpu_float32_and_torch_otherwise():
    assert SentenceEncoder(runtime=RuntimeParams()).engine_name == "onnx"
    assert SentenceEncoder(runtime=RuntimeParams(dtype="bfloat16")).engine_name == "torch"
    assert SentenceEncoder(runtime=RuntimeParams(device="auto")).engine_name == "torch"


# What a default warm run must not pay for: the torch stack, libraries only other choices use,
# and pandas / pyarrow.dataset (0.3 s; pipeline/arrow_build.py says how pyarrow pulls them in).
NOT_IN_A_WARM_RUN = ["datasets", "pandas", "pyarrow.dataset", "scipy", "sklearn", "spacy",
                     "torch", "transformers"]  # fmt: skip


def test_warm_default_run_imports_no_heavy_module_it_does_not_need(tmp_path, model_cache):
    """A default single-article run whose export exists (predictions not cached)."""
    SentenceEncoder().encode(["warm the export"])  # the session's export of MiniLM
    probe = (
        "import atexit, sys\n"
        f"atexit.register(lambda: print(sorted(set(sys.modules) & {set(NOT_IN_A_WARM_RUN)})))\n"
        f"sys.argv = ['pipeline', 'hydra.run.dir={tmp_path / 'run'}', "
        f"'cache.dir={tmp_path / 'cache'}', 'data.path={SEED_ARTICLE}']\n"
        "from pipeline.__main__ import main\n"
        "main()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip().splitlines()[-1] == "[]"
    report = json.loads((tmp_path / "run" / "report.json").read_text())
    stance = report["provenance"]["models"]["stance"]
    assert stance["engine"] == "onnx" and stance["export_sha256"]
    assert report["provenance"]["prediction_cache"]["stance"]["cache_misses"] > 0


def test_onnx_predictions_match_torch_through_predict():
    texts = SENTENCES[:4]
    probs = {
        engine: predict(
            build_backend(EmbeddingParams(), "stance", TARGET, RuntimeParams(engine=engine)),
            texts,
            CacheParams(enabled=False),
        )[0]
        for engine in ("torch", "onnx")
    }
    np.testing.assert_allclose(probs["onnx"], probs["torch"], atol=1e-4)


def test_float32_rows_do_not_depend_on_their_batch():
    """The prediction cache stores rows one by one, so a statement's float32 vector must not
    depend on which statements shared its batch (int8 does: its activation scale is per
    batch, which the README reports)."""
    encoder = SentenceEncoder(runtime=RuntimeParams(engine="onnx", batch_size=4))
    together = encoder.encode(SENTENCES)
    alone = np.concatenate([encoder.encode([text]) for text in SENTENCES])
    np.testing.assert_allclose(alone, together, atol=1e-6)


def test_models_on_one_export_share_one_session():
    """The default stance and sentiment backends both encode with MiniLM: one session."""
    runtime = RuntimeParams(engine="onnx")
    first, second = SentenceEncoder(runtime=runtime), SentenceEncoder(runtime=runtime)
    assert first.engine() is second.engine()
    threads = SentenceEncoder(runtime=RuntimeParams(engine="onnx", threads=1))
    assert threads.engine() is not first.engine()
