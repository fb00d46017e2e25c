"""Label descriptions and calibration belong to the study; a target-only study is generic."""

import json
import logging

import numpy as np
import pytest
import yaml

from pipeline.actors import load_study
from pipeline.errors import UserError
from pipeline.models.embedding import EmbeddingParams
from pipeline.models.nli import NLIParams
from pipeline.models.prompts import EMBEDDING_PROTOTYPES, fill_target
from pipeline.models.registry import build_backend
from pipeline.models.runtime import RuntimeParams
from tests.conftest import ROOT, SEED_ARTICLE, run_pipeline_cli

FOUNDING = ROOT / "configs" / "actors" / "china_us_climate.yaml"
TARGET = "EU–Japan hydrogen cooperation"
ACTORS = [{"name": "EU", "aliases": ["Brussels"]}, {"name": "Japan", "aliases": ["Tokyo"]}]


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("STANCE_PIPELINE_HASH_CACHE", str(tmp_path / "hashes.json"))


def write_study(path, **extra):
    path.write_text(yaml.safe_dump({"target": TARGET, "actors": ACTORS, **extra}))
    return path


def borrowed_calibration() -> dict:
    """The founding study's calibration, copied into another study as a user might."""
    founding = yaml.safe_load(FOUNDING.read_text())["stance"]
    return {"prototypes": founding["prototypes"], "calibration": founding["calibration"]}


def test_target_only_study_gets_generic_descriptions_and_no_bias(tmp_path):
    study = load_study(write_study(tmp_path / "s.yaml"))
    assert study.stance.prototypes == {} and study.stance.calibration is None
    backend = build_backend(EmbeddingParams(), "stance", TARGET, RuntimeParams(), study.stance)
    assert backend.prototypes == fill_target(EMBEDDING_PROTOTYPES["stance"], TARGET)
    assert all(TARGET in s for s in backend.prototypes["favor"])
    assert backend.label_bias == {}
    described = backend.describe()
    assert described["descriptions"] == "generic"
    assert described["calibration"]["source"] == "generic"
    assert "warnings" not in described


def test_founding_study_uses_its_own_descriptions_and_recorded_calibration():
    study = load_study(FOUNDING)
    backend = build_backend(
        EmbeddingParams(), "stance", study.target, RuntimeParams(), study.stance
    )
    assert (
        backend.prototypes["favor"][0]
        == f"We support {study.target} and want to work together on it."
    )
    assert backend.label_bias == {"favor": -5.0, "against": -3.5, "none": 0.0}
    calibration = backend.describe()["calibration"]
    assert calibration["source"] == "study"
    assert calibration["fitted_on"]["data"] == "data/labeled/stance_climate.jsonl"
    assert calibration["fitted_on"]["target"] == study.target
    assert "warnings" not in backend.describe()


def test_borrowed_calibration_warns_in_log_and_description(tmp_path, caplog):
    study = load_study(write_study(tmp_path / "s.yaml", stance=borrowed_calibration()))
    with caplog.at_level(logging.WARNING):
        backend = build_backend(EmbeddingParams(), "stance", TARGET, RuntimeParams(), study.stance)
    (warning,) = backend.describe()["warnings"]
    assert "China–US climate cooperation" in warning and TARGET in warning
    assert warning in caplog.text
    # Own prototypes given to the backend drop the study's calibration (and its warning).
    own = EmbeddingParams(prototypes={k: [k] for k in ("favor", "against", "none")})
    mine = build_backend(own, "stance", TARGET, RuntimeParams(), study.stance)
    assert mine.label_bias == {} and "warnings" not in mine.describe()


def test_study_hypotheses_reach_nli_unless_the_backend_sets_its_own(tmp_path):
    hypotheses = {"favor": ["Pro {target}."], "against": ["Anti {target}."], "none": ["Meh."]}
    study = load_study(write_study(tmp_path / "s.yaml", stance={"hypotheses": hypotheses}))
    from pipeline.models import registry

    seen = []

    class Recorder:
        def __init__(self, params, labels, target, runtime, task):
            seen.append(params.templates)

    original = registry.NLIBackend
    registry.NLIBackend = Recorder
    try:
        build_backend(NLIParams(), "stance", TARGET, RuntimeParams(), study.stance)
        build_backend(
            NLIParams(templates={"favor": ["x"]}), "stance", TARGET, RuntimeParams(), study.stance
        )
    finally:
        registry.NLIBackend = original
    assert seen == [hypotheses, {"favor": ["x"]}]


def test_bad_stance_block_is_one_clear_error(tmp_path):
    path = write_study(tmp_path / "s.yaml", stance={"prototype": {}})
    with pytest.raises(UserError, match="bad `stance` block"):
        load_study(path)


@pytest.mark.slow
def test_run_with_a_borrowed_calibration_records_the_warning_in_report(tmp_path):
    configs = tmp_path / "configs" / "actors"
    configs.mkdir(parents=True)
    write_study(configs / "borrowed.yaml", stance=borrowed_calibration())
    done = run_pipeline_cli(
        f"hydra.searchpath=[file://{tmp_path / 'configs'}]",
        "actors=borrowed",
        "stance=embedding",
        f"data.path={SEED_ARTICLE}",
        f"hydra.run.dir={tmp_path / 'run'}",
        f"cache.dir={tmp_path / 'cache'}",
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads((tmp_path / "run" / "report.json").read_text())
    stance = report["provenance"]["models"]["stance"]
    assert report["target"] == TARGET
    assert any("China–US climate cooperation" in w for w in stance["warnings"])
    assert stance["calibration"]["source"] == "study"
    assert "fitted for target" in done.stdout + done.stderr  # the log line


def test_generic_probabilities_use_the_generic_temperature(tmp_path):
    study = load_study(write_study(tmp_path / "s.yaml"))
    backend = build_backend(EmbeddingParams(), "stance", TARGET, RuntimeParams(), study.stance)
    text = ["Tokyo and Brussels signed a hydrogen supply pact."]
    emb = backend.encoder.encode(text)
    logits = emb @ backend.centroids().T / backend.temperature
    expected = np.exp(logits) / np.exp(logits).sum()
    np.testing.assert_allclose(backend.predict_proba(text), expected, atol=1e-6)
