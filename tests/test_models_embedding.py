"""Offline backends with real weights: MiniLM embeddings (prototypes, exemplars, fitted head),
VADER, ensembles, the registry, and that none of it imports torch before it must."""

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import yaml

from pipeline.actors import load_study
from pipeline.errors import UserError
from pipeline.models.cache import predict
from pipeline.models.embedding import EmbeddingBackend, EmbeddingParams
from pipeline.models.encoder import SentenceEncoder
from pipeline.models.ensemble import EnsembleParams
from pipeline.models.prompts import (
    EMBEDDING_CALIBRATION,
    EMBEDDING_PROTOTYPES,
    NLI_TEMPLATES,
    fill_target,
)
from pipeline.models.registry import build_backend
from pipeline.models.runtime import CacheParams, RuntimeParams
from pipeline.models.train_head import main as train_head_main
from pipeline.models.vader import VaderBackend, VaderParams
from pipeline.tasks import default_tasks

STANCE_LABELS = default_tasks()["stance"].labels
SENTIMENT_LABELS = default_tasks()["sentiment"].labels

ROOT = Path(__file__).resolve().parents[1]
TARGET = "China–US climate cooperation"
STANCE_DATA = ROOT / "data" / "labeled" / "stance_climate.jsonl"


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("STANCE_PIPELINE_HASH_CACHE", str(tmp_path / "hashes.json"))


@pytest.fixture(scope="module")
def encoder():
    return SentenceEncoder(runtime=RuntimeParams(batch_size=4))


def stance_backend(encoder, **fields) -> EmbeddingBackend:
    params = EmbeddingParams(**fields)
    return EmbeddingBackend(params, STANCE_LABELS, TARGET, RuntimeParams(), "stance", encoder)


def test_embeddings_equal_sentence_transformers(encoder):
    from sentence_transformers import SentenceTransformer

    texts = ["The ball is now in the United States' court.", "Hi", "Sino-US ties " * 60]
    reference = SentenceTransformer(str(encoder.resolved.path), device="cpu").encode(texts)
    ours = encoder.encode(texts)
    np.testing.assert_allclose(ours, reference, atol=1e-5)
    np.testing.assert_allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)


def test_founding_study_prototypes_separate_clear_cases(encoder):
    study = load_study(ROOT / "configs" / "actors" / "china_us_climate.yaml").stance
    params = EmbeddingParams()
    backend = EmbeddingBackend(
        params, STANCE_LABELS, TARGET, RuntimeParams(), "stance", encoder, study
    )
    probs = backend.predict_proba(
        [
            "Both governments pledged to deepen their partnership on climate and clean energy.",
            "Beijing said climate talks are impossible while Washington keeps sanctioning it.",
            "The delegation landed at the airport at 9 am on Tuesday.",
        ]
    )
    np.testing.assert_allclose(probs.sum(axis=1), 1.0)
    assert [STANCE_LABELS[i] for i in probs.argmax(axis=1)] == ["favor", "against", "none"]


def load_yaml(path: Path) -> dict:
    return yaml.safe_load(path.read_text())


def test_yaml_configs_restate_the_python_defaults():
    stance = load_yaml(ROOT / "configs" / "stance" / "embedding.yaml")
    # Stance descriptions belong to the study: the backend config leaves them empty.
    assert stance["prototypes"] == {} and stance["temperature"] is None
    assert stance["label_bias"] == {}
    assert load_yaml(ROOT / "configs" / "stance" / "nli.yaml")["templates"] == {}
    sentiment = load_yaml(ROOT / "configs" / "sentiment" / "embedding.yaml")
    assert sentiment["prototypes"] == EMBEDDING_PROTOTYPES["sentiment"]
    assert sentiment["temperature"] == EMBEDDING_CALIBRATION["sentiment"]["temperature"]
    assert sentiment["label_bias"] == EMBEDDING_CALIBRATION["sentiment"]["label_bias"]
    nli = load_yaml(ROOT / "configs" / "sentiment" / "nli.yaml")
    assert nli["templates"] == NLI_TEMPLATES["sentiment"]
    for config in (stance, sentiment):
        assert config["defaults"] == ["schema_embedding", "_self_"]


def test_prototype_probabilities_follow_the_documented_formula(encoder):
    backend = stance_backend(encoder, temperature=0.1, label_bias={"none": 1.0})
    text = ["China and the US agreed to cooperate on methane."]
    emb = encoder.encode(text)
    logits = emb @ backend.centroids().T / 0.1 + np.array([0.0, 0.0, 1.0])
    expected = np.exp(logits) / np.exp(logits).sum()
    np.testing.assert_allclose(backend.predict_proba(text), expected, atol=1e-6)


def test_exemplars_join_the_prototypes_and_the_fingerprint(encoder, tmp_path):
    exemplars = tmp_path / "ex.csv"
    exemplars.write_text("text,label\nThe panda diplomacy continues.,none\n")
    plain = stance_backend(encoder)
    with_ex = stance_backend(encoder, exemplars=str(exemplars))
    assert with_ex.prototypes["none"][-1] == "The panda diplomacy continues."
    assert with_ex.fingerprint() != plain.fingerprint()
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "x", "label": "positive"}\n')
    with pytest.raises(UserError, match="exemplar label 'positive'"):
        stance_backend(encoder, exemplars=str(bad))


def test_prototypes_must_cover_exactly_the_labels(encoder):
    with pytest.raises(UserError, match="exactly the labels"):
        stance_backend(encoder, prototypes={"favor": ["yes"], "against": ["no"]})


def test_train_head_saves_arrays_and_loads_them_by_path(encoder, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the embedding cache (.cache/embeddings) lands here
    rows = [json.loads(line) for line in STANCE_DATA.read_text().splitlines()]
    data = tmp_path / "train.jsonl"
    data.write_text("".join(json.dumps({**r, "target": TARGET}) + "\n" for r in rows))
    out = tmp_path / "head"
    argv = ["--task", "stance", "--out", str(out), "--features", "statement,target_cosines"]
    code = train_head_main([*argv, "--train", f"{data}:dev", "--calibrate", f"{data}:test"])
    assert code == 0 and "saved stance head" in capsys.readouterr().out
    assert sorted(p.name for p in out.iterdir()) == ["head.json", "head.npz"]  # no pickle
    meta = json.loads((out / "head.json").read_text())
    assert sorted(meta["labels"]) == sorted(STANCE_LABELS)
    assert meta["embedding_fingerprint"] == encoder.fingerprint()
    (source,) = meta["training"]["sources"]
    assert source["rows"] == sum(r["split"] == "dev" for r in rows)
    assert meta["calibration"]["fitted_on"]["target"] == TARGET
    assert meta["temperature"] > 0

    backend = stance_backend(encoder, head=str(out))
    texts = [r["text"] for r in rows[:5]]
    probs = backend.predict_proba(texts)
    np.testing.assert_allclose(probs.sum(axis=1), 1.0)
    # The documented formula: softmax((features · Wᵀ + b) / T), features = [s, s·t, s·dᵢ].
    arrays = np.load(out / "head.npz")
    s = encoder.encode(texts)
    filled = fill_target(meta["templates"], TARGET)
    d = encoder.encode([TARGET, *[x for lab in meta["labels"] for x in filled[lab]]])
    logits = (np.hstack([s, s @ d.T]) @ arrays["weights"].T + arrays["bias"]) / meta["temperature"]
    expected = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    columns = [meta["labels"].index(lab) for lab in STANCE_LABELS]
    np.testing.assert_allclose(probs, expected[:, columns], atol=1e-5)
    assert backend.fingerprint() != stance_backend(encoder).fingerprint()
    assert "warnings" not in backend.describe()
    # Calibrated on one target: another target gets the foreign-calibration warning.
    other = EmbeddingBackend(
        EmbeddingParams(head=str(out)),
        STANCE_LABELS,
        "Mars exploration",
        RuntimeParams(),
        "stance",
        encoder,
    )
    assert "is used for target 'Mars exploration'" in other.describe()["warnings"][0]

    with pytest.raises(UserError, match="not labels"):
        EmbeddingBackend(
            EmbeddingParams(head=str(out)),
            SENTIMENT_LABELS,
            TARGET,
            RuntimeParams(),
            "sentiment",
            encoder,
        )
    meta["embedding_fingerprint"] = "sha256:someothermodel"
    (out / "head.json").write_text(json.dumps(meta))
    with pytest.raises(UserError, match="retrain it"):
        stance_backend(encoder, head=str(out))


def test_train_head_rejects_foreign_labels(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    data = tmp_path / "d.csv"
    data.write_text("text,label\na,favor\nb,maybe\n")
    argv = ["--train", str(data), "--task", "stance", "--out", str(tmp_path / "h")]
    assert train_head_main(argv) == 2
    assert "['maybe']" in capsys.readouterr().err
    assert not (tmp_path / "h").exists()


def test_shipped_heads_load_and_record_their_training_data(encoder):
    for name, labels, task in (
        ("stance_default", STANCE_LABELS, "stance"),
        ("sentiment_default", SENTIMENT_LABELS, "sentiment"),
    ):
        backend = EmbeddingBackend(
            EmbeddingParams(head=name), labels, TARGET, RuntimeParams(), task, encoder
        )
        probs = backend.predict_proba(["They agreed to work together.", "Talks collapsed."])
        np.testing.assert_allclose(probs.sum(axis=1), 1.0)
        training = backend.describe()["head_trained_on"]
        assert all(len(s["sha256"]) == 64 and s["rows"] > 0 for s in training["sources"])
        assert "warnings" not in backend.describe()
    # The climate target of TweetEval stays unseen, so its benchmark is zero-shot.
    stance = EmbeddingBackend(
        EmbeddingParams(head="stance_default"),
        STANCE_LABELS,
        TARGET,
        RuntimeParams(),
        "stance",
        encoder,
    )
    assert "Climate Change is a Real Concern" not in stance.describe()["head_trained_on"]["targets"]


def test_cached_rerun_never_loads_the_model(tmp_path):
    cache = CacheParams(dir=str(tmp_path / "cache"))
    texts = ["Kerry praised the talks.", "Wang warned Washington."]
    first = build_backend(EmbeddingParams(), "stance", TARGET, RuntimeParams())
    cold, _ = predict(first, texts, cache)
    second = build_backend(EmbeddingParams(), "stance", TARGET, RuntimeParams())
    warm, stats = predict(second, texts, cache)
    assert stats.model_calls == 0 and not second.encoder.loaded
    np.testing.assert_allclose(warm, cold)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("This is a wonderful, great success!", "positive"),
        ("The meeting is on Tuesday.", "neutral"),
        ("A terrible, tragic disaster.", "negative"),
        ("", "neutral"),
    ],
)
def test_vader_top_label_is_the_standard_rule(text, label):
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    compound = SentimentIntensityAnalyzer().polarity_scores(text)["compound"]
    standard = "positive" if compound >= 0.05 else "negative" if compound <= -0.05 else "neutral"
    assert standard == label
    for mode in ("compound", "proportions"):
        probs = VaderBackend(VaderParams(mode=mode), SENTIMENT_LABELS).predict_proba([text])
        assert probs.shape == (1, 3)
        np.testing.assert_allclose(probs.sum(), 1.0)
        if mode == "compound":
            assert SENTIMENT_LABELS[int(probs.argmax())] == label


def test_vader_score_rises_with_compound():
    backend = VaderBackend(VaderParams(), SENTIMENT_LABELS)
    texts = ["terrible", "bad", "okay", "good", "excellent wonderful", "awful", "great"]
    compound = [backend.analyzer.polarity_scores(t)["compound"] for t in texts]
    probs = backend.predict_proba(texts)[np.argsort(compound)]
    score = probs[:, 0] - probs[:, 2]
    assert np.all(np.diff(score) > 0) and len(set(compound)) == len(texts)


def test_vader_refuses_stance():
    with pytest.raises(UserError, match="sentiment only"):
        build_backend(VaderParams(), "stance", TARGET, RuntimeParams())


def test_ensemble_averages_members_with_weights(encoder):
    members = [{"backend": "vader"}, {"backend": "embedding"}]
    params = EnsembleParams(members=members, weights=[3.0, 1.0])
    ensemble = build_backend(params, "sentiment", TARGET, RuntimeParams())
    texts = ["Great progress at the talks.", "The talks collapsed."]
    vader = build_backend(VaderParams(), "sentiment", TARGET, RuntimeParams())
    emb = build_backend(EmbeddingParams(), "sentiment", TARGET, RuntimeParams())
    expected = 0.75 * vader.predict_proba(texts) + 0.25 * emb.predict_proba(texts)
    np.testing.assert_allclose(ensemble.predict_proba(texts), expected, atol=1e-6)
    assert len(ensemble.describe()["members"]) == 2
    with pytest.raises(UserError, match="2 members but 1 weights"):
        build_backend(
            EnsembleParams(members=members, weights=[1.0]), "sentiment", TARGET, RuntimeParams()
        )


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"backend": "telepathy"}, r"members\[0\]\.backend='telepathy': choose one of"),
        ({"backend": "vader", "scal": 2}, r"members\[0\]: Key 'scal' not in 'VaderParams'"),
    ],
)
def test_registry_rejects_bad_member_configs(params, message):
    with pytest.raises(UserError, match=message):
        build_backend(EnsembleParams(members=[params]), "sentiment", TARGET, RuntimeParams())


def test_unknown_task_is_a_user_error():
    with pytest.raises(UserError, match="unknown task"):
        build_backend(VaderParams(), "emotion", TARGET, RuntimeParams())


def test_building_and_cached_predicting_do_not_import_torch(tmp_path):
    code = f"""
import sys
from pipeline.models.registry import build_backend, BACKEND_SCHEMAS
from pipeline.models.cache import predict
from pipeline.models.runtime import RuntimeParams, CacheParams
from pipeline.models.embedding import EmbeddingParams
from pipeline.models.vader import VaderParams
cache = CacheParams(dir={str(tmp_path)!r})
backend = build_backend(EmbeddingParams(), "stance", "t", RuntimeParams())
backend.fingerprint()
predict(build_backend(VaderParams(), "sentiment", "t", RuntimeParams()), ["Good."], cache)
assert "torch" not in sys.modules and "transformers" not in sys.modules, "heavy import"
"""
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_labelled_rows_can_be_limited_to_one_split(tmp_path):
    from pipeline.models.labeled import read_labeled

    path = tmp_path / "labels.jsonl"
    path.write_text(
        '{"text": "a", "label": "favor", "split": "dev"}\n'
        '{"text": "b", "label": "Against", "split": "test"}\n'
        '{"text": "c", "label": "none"}\n'
    )
    assert read_labeled(path) == (["a", "b", "c"], ["favor", "against", "none"])
    assert read_labeled(path, split="dev") == (["a"], ["favor"])
