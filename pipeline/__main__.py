"""`python -m pipeline`: the Hydra entry point. Turns config into typed parameters, runs a task.

Every way a run can end is one line and an exit code: 0 done (the last line names the output
directory), 2 a user error (bad value, unreadable input, full disk, read-only output), 130
interrupted (Ctrl-C). A failed or interrupted job removes the files it had written into its
run directory and its job_status.json says `failed` or `interrupted`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import hydra
from hydra.core.hydra_config import HydraConfig
from omegaconf import DictConfig, OmegaConf

from pipeline import compose_once, interrupt
from pipeline.atomic import files_under, remove_new_files
from pipeline.config import CONFIG_DIR, PipelineConfig, Task, load_config, register_configs
from pipeline.errors import UserError

EXIT_USER_ERROR = 2
EXIT_INTERRUPTED = 130  # the shell's code for a process ended by SIGINT
INTERRUPTED = "interrupted (Ctrl-C); predictions made so far are cached, so a re-run resumes"

# What the jobs of this process ended with; main() turns it into the exit code.
_outcomes: list[str] = []


@hydra.main(config_path=str(CONFIG_DIR), config_name="config", version_base="1.3")
def _hydra_entry(cfg: DictConfig) -> dict:
    hydra_cfg = HydraConfig.get()
    run_dir = Path(hydra_cfg.runtime.output_dir)
    before = files_under(run_dir)
    config: PipelineConfig | None = None
    try:
        config = load_config(cfg)
        context = {
            "overrides": list(hydra_cfg.overrides.task),
            "config": OmegaConf.to_container(cfg, resolve=True, enum_to_str=True),
        }
        run_task(config, run_dir, context)
        interrupt.raise_if_requested()
    except KeyboardInterrupt:
        remove_new_files(run_dir, before, keep=[config.cache.dir] if config else [])
        _outcomes.append("interrupted")
        return {"status": "interrupted", "error": "interrupted (Ctrl-C)"}
    except (UserError, OSError) as exc:
        # One line, no traceback; the sweep index marks the job failed and a sweep goes on.
        message = _one_line(exc)
        remove_new_files(run_dir, before, keep=[config.cache.dir] if config else [])
        print(f"error: {message}", file=sys.stderr)
        _outcomes.append("failed")
        return {"status": "failed", "error": message}
    print(f"results: {run_dir}")
    _outcomes.append("ok")
    return {"status": "ok"}


def _one_line(exc: Exception) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        where = f" {exc.filename}" if exc.filename else ""
        return f"cannot write or read{where}: {exc.strerror}"
    return " ".join(str(exc).split())


def run_task(config: PipelineConfig, run_dir: Path, context: dict) -> dict:
    if config.task == Task.run:
        from pipeline.run import run_pipeline

        return run_pipeline(config, run_dir, context)
    if config.task == Task.aggregate:
        from pipeline.run import run_aggregate

        return run_aggregate(config, run_dir, context)
    if config.task == Task.report:
        from pipeline.run import run_report

        return run_report(config, run_dir, context)
    if config.task == Task.sample:
        from pipeline.validation.sampling import run_sample

        print(f"coding sample: {run_sample(config.sample, config.seed, run_dir)}")
        return {}
    if config.task == Task.evaluate:
        from pipeline.validation.task import evaluate_and_record

        return evaluate_and_record(config, run_dir, context)
    if config.task == Task.actors:
        from pipeline.actor_suggest import run_actor_suggestions

        return run_actor_suggestions(config, run_dir)
    from pipeline.run import run_attribution_evaluation

    return run_attribution_evaluation(config, run_dir)


def main() -> None:
    register_configs()
    compose_once.install()
    interrupt.install()
    try:
        _hydra_entry()
    except KeyboardInterrupt:
        _outcomes.append("interrupted")
    if "interrupted" in _outcomes:
        print(f"error: {INTERRUPTED}", file=sys.stderr)
        sys.exit(EXIT_INTERRUPTED)
    if "failed" in _outcomes:
        sys.exit(EXIT_USER_ERROR)


if __name__ == "__main__":
    main()
