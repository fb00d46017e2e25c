"""Every hub-model preset, exercised through its real code path on a tiny random model.

Each test builds a tiny model of the preset's architecture family with the real model's
label layout (id2label), saves it with save_pretrained, composes the preset yaml with Hydra
with `model=` pointing at that folder, and loads it through the resolver. Probabilities must
equal an independent, unbatched per-input reference computation.
"""

import functools
from pathlib import Path

import numpy as np
import pytest

from pipeline.errors import UserError
from pipeline.models.prompts import NLI_TEMPLATES
from pipeline.models.registry import BACKEND_SCHEMAS, build_backend
from pipeline.models.runtime import RuntimeParams
from tests.tiny_models import build_tiny_model

CONFIGS = Path(__file__).resolve().parents[1] / "configs"
TARGET = "China–US climate cooperation"
TEXTS = [
    "China and the US support climate cooperation",
    "bad news",
    "the talks were good " * 40,  # longer than the tiny models' 64 positions: truncated
    "we oppose the climate talks",
    "neutral text about the sides",
]
MAX_TOKENS = 64  # what the tiny models accept (their tokenizer claims 1e30)

PRESETS = [
    # group, preset, hub id it names, family, label layout
    ("stance", "nli_bart_large_mnli", "facebook/bart-large-mnli", "bart", "bart_mnli"),
    (
        "stance",
        "nli_deberta_v3_base_zeroshot",
        "MoritzLaurer/deberta-v3-base-zeroshot-v2.0",
        "deberta-v2",
        "deberta_zeroshot_2way",
    ),
    (
        "stance",
        "nli_deberta_v3_large_mnli_fever_anli_ling_wanli",
        "MoritzLaurer/DeBERTa-v3-large-mnli-fever-anli-ling-wanli",
        "deberta-v2",
        "deberta_mnli_3way",
    ),
    (
        "stance",
        "classifier_twitter_roberta_stance_climate",
        "cardiffnlp/twitter-roberta-base-stance-climate",
        "roberta",
        "roberta_stance_climate",
    ),
    (
        "sentiment",
        "classifier_twitter_roberta_sentiment_latest",
        "cardiffnlp/twitter-roberta-base-sentiment-latest",
        "roberta",
        "roberta_sentiment_latest",
    ),
    (
        "sentiment",
        "classifier_siebert_roberta_large",
        "siebert/sentiment-roberta-large-english",
        "roberta",
        "roberta_siebert",
    ),
    (
        "sentiment",
        "classifier_distilbert_sst2",
        "distilbert-base-uncased-finetuned-sst-2-english",
        "distilbert",
        "distilbert_sst2",
    ),
    (
        "sentiment",
        "nli",
        "MoritzLaurer/deberta-v3-base-zeroshot-v2.0",
        "deberta-v2",
        "deberta_zeroshot_2way",
    ),
]


@pytest.fixture(autouse=True)
def offline(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "empty-hub"))
    monkeypatch.setenv("STANCE_PIPELINE_HASH_CACHE", str(tmp_path / "hashes.json"))


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    built: dict[tuple[str, str], Path] = {}

    def get(family: str, layout: str) -> Path:
        if (family, layout) not in built:
            folder = tmp_path_factory.mktemp(layout)
            built[family, layout] = build_tiny_model(folder, family, layout)
        return built[family, layout]

    return get


def compose_preset(group: str, name: str, *overrides: str):
    """The preset as the entry point sees it: Hydra composition onto the backend schema."""
    from hydra import compose, initialize_config_dir
    from omegaconf import OmegaConf

    from pipeline.config import register_configs

    register_configs()  # the backend schemas and the ${bundled:...} resolver
    with initialize_config_dir(config_dir=str(CONFIGS), version_base="1.3"):
        # "++key=..." adds keys to dict fields (Hydra's struct mode refuses plain overrides).
        full = [f"++{group}.{o[2:]}" if o.startswith("++") else f"{group}.{o}" for o in overrides]
        cfg = compose(config_name=f"{group}/{name}", overrides=full)
    return OmegaConf.to_object(cfg[group])


@functools.cache
def load_plain(folder: Path):
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(folder)
    return tokenizer, AutoModelForSequenceClassification.from_pretrained(folder).eval()


def reference_logits(folder: Path, texts, pairs=None) -> np.ndarray:
    """One input at a time, no batching, no padding."""
    import torch

    tokenizer, model = load_plain(folder)
    rows = []
    with torch.no_grad():
        for i, text in enumerate(texts):
            args = (text,) if pairs is None else (text, pairs[i])
            trunc = True if pairs is None else "only_first"
            enc = tokenizer(*args, truncation=trunc, max_length=MAX_TOKENS, return_tensors="pt")
            rows.append(model(**enc).logits[0].double().numpy())
    return np.array(rows)


def softmax(x: np.ndarray) -> np.ndarray:
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def reference_nli(folder: Path, params, labels, mode: str) -> np.ndarray:
    id2label = {i: n.lower() for i, n in enumerate(reference_id2label(folder))}
    entail = next(i for i, n in id2label.items() if n == "entailment")
    other = next(i for i, n in id2label.items() if n in ("contradiction", "not_entailment"))
    two_way = "contradiction" not in id2label.values()
    out = []
    for text in TEXTS:
        per_label = []
        for label in labels:
            # Empty preset templates mean the generic ones (the study adds none here).
            task = "stance" if "favor" in labels else "sentiment"
            templates = params.templates or NLI_TEMPLATES[task]
            hyps = [h.replace("{target}", TARGET) for h in templates[label]]
            logits = reference_logits(folder, [text] * len(hyps), hyps)
            if mode == "softmax":
                score = logits[:, entail] - (logits[:, other] if two_way else 0)
            else:
                score = softmax(logits[:, [other, entail]])[:, 1]
            per_label.append(score.mean())
        per_label = np.array(per_label)
        out.append(softmax(per_label) if mode == "softmax" else per_label / per_label.sum())
    return np.array(out)


def reference_id2label(folder: Path) -> list[str]:
    import json

    mapping = json.loads((folder / "config.json").read_text())["id2label"]
    return [mapping[str(i)] for i in range(len(mapping))]


@pytest.mark.parametrize(("group", "preset", "hub_id", "family", "layout"), PRESETS)
def test_preset_code_path_matches_unbatched_reference(group, preset, hub_id, family, layout, tiny):
    assert compose_preset(group, preset).model == hub_id
    folder = tiny(family, layout)
    params = compose_preset(group, preset, f"model={folder}")
    backend = build_backend(params, group, TARGET, RuntimeParams(batch_size=2))
    probs = backend.predict_proba(TEXTS)
    labels = backend.labels
    assert probs.shape == (len(TEXTS), len(labels))
    np.testing.assert_allclose(probs.sum(axis=1), 1.0, atol=1e-9)
    if params.backend == "nli":
        expected = reference_nli(folder, params, labels, params.mode)
    else:
        model_probs = softmax(reference_logits(folder, TEXTS))
        lowered = {k.lower(): v for k, v in params.label_map.items()}
        expected = np.zeros_like(probs)
        for index, name in enumerate(reference_id2label(folder)):
            ours = lowered.get(name.lower(), name.lower())
            expected[:, labels.index(ours)] += model_probs[:, index]
    np.testing.assert_allclose(probs, expected, atol=2e-5)
    assert len(set(np.round(probs[:, 0], 6))) > 1  # the tiny model really separates inputs
    assert backend.describe()["source"] == "local"


def test_nli_entail_vs_contradict_mode(tiny):
    folder = tiny("bart", "bart_mnli")
    params = compose_preset(
        "stance", "nli_bart_large_mnli", f"model={folder}", "mode=entail_contradict"
    )
    backend = build_backend(params, "stance", TARGET, RuntimeParams(batch_size=3))
    expected = reference_nli(folder, params, backend.labels, "entail_contradict")
    np.testing.assert_allclose(backend.predict_proba(TEXTS), expected, atol=2e-5)


def test_fingerprint_tracks_templates_target_and_weights(tiny, tmp_path):
    folder = tiny("deberta-v2", "deberta_mnli_3way")
    base = compose_preset("stance", "nli", f"model={folder}")
    fp = build_backend(base, "stance", TARGET, RuntimeParams()).fingerprint()
    assert fp == build_backend(base, "stance", TARGET, RuntimeParams()).fingerprint()
    assert fp != build_backend(base, "stance", "Another target", RuntimeParams()).fingerprint()
    changed = compose_preset("stance", "nli", f"model={folder}", "mode=entail_contradict")
    assert fp != build_backend(changed, "stance", TARGET, RuntimeParams()).fingerprint()
    other = build_tiny_model(tmp_path / "other", "deberta-v2", "deberta_mnli_3way", seed=1)
    reweighted = compose_preset("stance", "nli", f"model={other}")
    assert fp != build_backend(reweighted, "stance", TARGET, RuntimeParams()).fingerprint()


def test_classifier_with_unmapped_labels_says_how_to_map(tiny):
    folder = tiny("roberta", "roberta_stance_climate")
    params = compose_preset("sentiment", "classifier", f"model={folder}")
    with pytest.raises(UserError, match="LABEL_0.*set label_map"):
        build_backend(params, "sentiment", TARGET, RuntimeParams())


def test_classifier_mapping_is_case_insensitive(tiny):
    folder = tiny("distilbert", "distilbert_sst2")
    params = compose_preset(
        "sentiment",
        "classifier",
        f"model={folder}",
        "++label_map={negative: NEGATIVE, Positive: positive}",
    )
    probs = build_backend(params, "sentiment", TARGET, RuntimeParams()).predict_proba(TEXTS)
    assert np.all(probs[:, 1] == 0)  # SST-2 has no neutral
    np.testing.assert_allclose(probs.sum(axis=1), 1.0)


def test_non_nli_model_is_refused_for_nli(tiny):
    folder = tiny("roberta", "roberta_sentiment_latest")
    params = compose_preset("stance", "nli", f"model={folder}")
    with pytest.raises(UserError, match="not an NLI model"):
        build_backend(params, "stance", TARGET, RuntimeParams())


def test_bfloat16_and_threads_are_honoured(tiny):
    import torch

    folder = tiny("roberta", "roberta_sentiment_latest")
    params = compose_preset(
        "sentiment", "classifier_twitter_roberta_sentiment_latest", f"model={folder}"
    )
    before = torch.get_num_threads()
    try:
        fp32 = build_backend(params, "sentiment", TARGET, RuntimeParams()).predict_proba(TEXTS)
        backend = build_backend(
            params, "sentiment", TARGET, RuntimeParams(dtype="bfloat16", threads=1)
        )
        bf16 = backend.predict_proba(TEXTS)
        assert torch.get_num_threads() == 1
        model = backend.model.engine().model
        assert next(model.parameters()).dtype == torch.bfloat16
    finally:
        torch.set_num_threads(before)
    np.testing.assert_allclose(bf16, fp32, atol=0.05)
    np.testing.assert_allclose(bf16.sum(axis=1), 1.0, atol=1e-6)


@pytest.mark.parametrize(
    ("runtime", "message"),
    [
        (RuntimeParams(dtype="float64"), "runtime.dtype"),
        (RuntimeParams(dtype="float16"), "needs a GPU"),
    ],
)
def test_bad_runtime_settings_are_user_errors(tiny, runtime, message):
    folder = tiny("distilbert", "distilbert_sst2")
    params = compose_preset("sentiment", "classifier_distilbert_sst2", f"model={folder}")
    with pytest.raises(UserError, match=message):
        build_backend(params, "sentiment", TARGET, runtime).predict_proba(TEXTS)


@pytest.mark.parametrize(
    ("values", "message"),
    [({"device": "tpu"}, "use cpu, cuda"), ({"batch_size": 0}, "batch_size=0: must be >= 1")],
)
def test_bad_runtime_values_fail_when_the_parameters_are_built(values, message):
    with pytest.raises(UserError, match=message):
        RuntimeParams(**values)


def test_cuda_requested_without_cuda_is_a_user_error(tiny, monkeypatch):
    import torch

    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    folder = tiny("distilbert", "distilbert_sst2")
    params = compose_preset("sentiment", "classifier_distilbert_sst2", f"model={folder}")
    backend = build_backend(params, "sentiment", TARGET, RuntimeParams(device="cuda"))
    with pytest.raises(UserError, match="CUDA is not available"):
        backend.predict_proba(TEXTS)


@pytest.mark.parametrize(
    ("group", "preset"),
    [
        (p.parent.name, p.stem)
        for g in ("stance", "sentiment")
        for p in (CONFIGS / g).glob("*.yaml")
    ],
)
def test_every_model_config_composes_onto_its_schema(group, preset):
    params = compose_preset(group, preset)
    assert isinstance(params, BACKEND_SCHEMAS[params.backend])


def test_hub_preset_without_weights_fails_with_one_clear_line():
    params = compose_preset("stance", "nli_bart_large_mnli")
    with pytest.raises(UserError) as err:
        build_backend(params, "stance", TARGET, RuntimeParams())
    assert "'facebook/bart-large-mnli' not found" in str(err.value)
    assert "\n" not in str(err.value)
