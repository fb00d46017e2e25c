"""Experiment presets (configs/experiment/*.yaml) compose, and every choice they sweep exists."""

from pathlib import Path

import pytest
from hydra import compose, initialize_config_dir
from hydra.core.global_hydra import GlobalHydra

from pipeline.config import CONFIG_DIR, register_configs

EXPERIMENTS = sorted(p.stem for p in (Path(CONFIG_DIR) / "experiment").glob("*.yaml"))
GROUPS = ("stance", "sentiment")


@pytest.fixture()
def hydra_compose():
    register_configs()
    GlobalHydra.instance().clear()
    with initialize_config_dir(config_dir=str(CONFIG_DIR), version_base="1.3"):
        yield compose
    GlobalHydra.instance().clear()


def test_the_presets_a_researcher_needs_exist():
    assert {"offline_stance", "hub_nli", "sentiment_presets"} <= set(EXPERIMENTS)


@pytest.mark.parametrize("name", EXPERIMENTS)
def test_preset_composes_and_sweeps_existing_choices(hydra_compose, name):
    text = (Path(CONFIG_DIR) / "experiment" / f"{name}.yaml").read_text()
    assert text.startswith("# @package _global_")
    cfg = hydra_compose("config", overrides=[f"experiment={name}"], return_hydra_config=True)
    params = cfg.hydra.sweeper.params
    assert params and set(params) <= set(GROUPS)
    assert f"/{name}/" in cfg.hydra.sweep.dir
    for group, values in params.items():
        choices = [v.strip() for v in str(values).split(",")]
        assert len(choices) >= 2
        for choice in choices:
            # Composing the choice validates the preset against its backend schema.
            job = hydra_compose("config", overrides=[f"{group}={choice}"])
            assert job[group].backend


def test_sweep_index_callback_is_registered(hydra_compose):
    cfg = hydra_compose("config", return_hydra_config=True)
    assert cfg.hydra.callbacks.sweep_index._target_ == "pipeline.sweep_index.SweepIndexCallback"
