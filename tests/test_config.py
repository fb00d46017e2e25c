"""Config composition: defaults, overrides, and typos that fail at start with a clear message."""

import pytest
from hydra import compose, initialize_config_dir
from hydra.errors import ConfigCompositionException
from omegaconf import OmegaConf
from omegaconf.errors import ValidationError

from pipeline.actors import StudyParams
from pipeline.articles import ArticleDataParams
from pipeline.config import CONFIG_DIR, PipelineConfig, Task, register_configs
from pipeline.models.registry import BACKEND_SCHEMAS

from .conftest import run_pipeline_cli


def compose_config(*overrides: str) -> PipelineConfig:
    register_configs()
    with initialize_config_dir(str(CONFIG_DIR), version_base="1.3"):
        cfg = compose("config", overrides=list(overrides))
    return OmegaConf.to_object(cfg)


def test_defaults_compose_into_typed_parameters():
    config = compose_config()
    assert config.task == Task.run
    assert isinstance(config.data, ArticleDataParams)
    assert isinstance(config.actors, StudyParams)
    assert config.actors.target == "China–US climate cooperation"
    # Stance: prototype scoring with the study's (or generic) descriptions; sentiment: the
    # shipped head (README, Offline accuracy).
    assert isinstance(config.stance, BACKEND_SCHEMAS["embedding"])
    assert config.stance.head is None and config.stance.prototypes == {}
    assert isinstance(config.sentiment, BACKEND_SCHEMAS["embedding"])
    assert config.sentiment.head == "sentiment_default"
    assert config.actors.stance.calibration.fitted_on.target == config.actors.target


def test_overrides_reach_the_typed_parameters():
    config = compose_config(
        "seed=7", "data.path=elsewhere.txt", "aggregate.n_bootstrap=10", "runtime.batch_size=4"
    )
    assert (config.seed, config.data.path) == (7, "elsewhere.txt")
    assert config.aggregate.n_bootstrap == 10 and config.runtime.batch_size == 4


@pytest.mark.parametrize(
    "override",
    ["stance.modle=x", "aggregate.n_bootstrp=5", "sede=1", "stance=no_such_backend"],
)
def test_typos_fail_at_composition(override):
    with pytest.raises(ConfigCompositionException):
        compose_config(override)


@pytest.mark.parametrize("override", ["seed=abc", "aggregate.n_bootstrap=many", "task=train"])
def test_wrong_types_fail_at_composition(override):
    with pytest.raises((ConfigCompositionException, ValidationError)):
        compose_config(override)


def test_cli_typo_exits_nonzero_naming_the_key(tmp_path):
    done = run_pipeline_cli("stance.modle=x", f"hydra.run.dir={tmp_path / 'run'}")
    assert done.returncode != 0
    assert "modle" in done.stderr
    assert not (tmp_path / "run" / "report.json").exists()


def test_help_does_not_import_torch():
    import subprocess
    import sys

    probe = (
        "import atexit, sys\n"
        "atexit.register(lambda: print('torch' in sys.modules, 'transformers' in sys.modules))\n"
        "sys.argv = ['pipeline', '--help']\n"
        "from pipeline.__main__ import main\n"
        "main()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120
    )
    assert "Powered by Hydra" in done.stdout
    assert done.stdout.strip().splitlines()[-1] == "False False"


def test_shipped_data_resolves_from_the_package_and_gold_only_for_its_article():
    from pipeline.resources import bundled

    founding = compose_config()
    assert founding.data.path == bundled("articles/000_8211a3ecb4d4f9df.txt")
    assert founding.data.gold == bundled("gold/founding_attribution.jsonl")
    assert compose_config("data.path=elsewhere.txt").data.gold is None
    assert compose_config("data.gold=mine.jsonl").data.gold == "mine.jsonl"
