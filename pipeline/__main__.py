"""`python -m pipeline`: the Hydra entry point. Turns config into typed parameters, runs a task."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import hydra
from hydra.core.hydra_config import HydraConfig
from hydra.types import RunMode
from omegaconf import DictConfig, OmegaConf

from pipeline.config import CONFIG_DIR, PipelineConfig, Task, register_configs
from pipeline.errors import UserError

log = logging.getLogger("pipeline")


@hydra.main(config_path=str(CONFIG_DIR), config_name="config", version_base="1.3")
def _hydra_entry(cfg: DictConfig) -> None:
    hydra_cfg = HydraConfig.get()
    run_dir = Path(hydra_cfg.runtime.output_dir)
    multirun = hydra_cfg.mode == RunMode.MULTIRUN
    try:
        config: PipelineConfig = OmegaConf.to_object(cfg)
        context = {
            "overrides": list(hydra_cfg.overrides.task),
            "config": OmegaConf.to_container(cfg, resolve=True, enum_to_str=True),
        }
        run_task(config, run_dir, context)
    except UserError as exc:
        if not multirun:
            print(f"error: {exc}", file=sys.stderr)
            sys.exit(2)
        # In a sweep the job is marked failed (sweep index) and the remaining jobs still run.
        log.error("job failed: %s", exc)
        raise


def run_task(config: PipelineConfig, run_dir: Path, context: dict) -> None:
    if config.task == Task.run:
        from pipeline.run import run_pipeline

        run_pipeline(config, run_dir, context)
    elif config.task == Task.evaluate:
        from pipeline.run import run_model_evaluation

        run_model_evaluation(config, run_dir)
    else:
        from pipeline.run import run_attribution_evaluation

        run_attribution_evaluation(config, run_dir)


def main() -> None:
    register_configs()
    _hydra_entry()


if __name__ == "__main__":
    main()
