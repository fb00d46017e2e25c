"""`python -m pipeline`: the Hydra entry point. Turns config into typed parameters, runs a task."""

from __future__ import annotations

import sys
from pathlib import Path

import hydra
from hydra.core.hydra_config import HydraConfig
from omegaconf import DictConfig, OmegaConf

from pipeline.config import CONFIG_DIR, PipelineConfig, Task, register_configs
from pipeline.errors import UserError

# User errors of the jobs this process ran; main() turns any into a non-zero exit.
_user_errors: list[str] = []


@hydra.main(config_path=str(CONFIG_DIR), config_name="config", version_base="1.3")
def _hydra_entry(cfg: DictConfig) -> dict:
    hydra_cfg = HydraConfig.get()
    try:
        config: PipelineConfig = OmegaConf.to_object(cfg)
        context = {
            "overrides": list(hydra_cfg.overrides.task),
            "config": OmegaConf.to_container(cfg, resolve=True, enum_to_str=True),
        }
        run_task(config, Path(hydra_cfg.runtime.output_dir), context)
    except UserError as exc:
        # One line, no traceback; the sweep index marks the job failed and a sweep goes on.
        print(f"error: {exc}", file=sys.stderr)
        _user_errors.append(str(exc))
        return {"status": "failed", "error": str(exc)}
    return {"status": "ok"}


def run_task(config: PipelineConfig, run_dir: Path, context: dict) -> None:
    if config.task == Task.run:
        from pipeline.run import run_pipeline

        run_pipeline(config, run_dir, context)
    elif config.task == Task.evaluate:
        from pipeline.run import run_model_evaluation

        run_model_evaluation(config, run_dir, context)
    elif config.task == Task.actors:
        from pipeline.actor_suggest import run_actor_suggestions

        run_actor_suggestions(config, run_dir)
    else:
        from pipeline.run import run_attribution_evaluation

        run_attribution_evaluation(config, run_dir)


def main() -> None:
    register_configs()
    _hydra_entry()
    if _user_errors:
        sys.exit(2)


if __name__ == "__main__":
    main()
