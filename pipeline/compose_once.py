"""One config composition per `python -m pipeline` run instead of Hydra's two.

Hydra's `@hydra.main` composes the whole config once only to read `hydra.mode` (run or
multirun: `Hydra.get_mode`, in MULTIRUN mode) and then again for the job (`Hydra.run`, in RUN
mode with `hydra.mode=RUN` added): 0.2-0.3 s each, a tenth of a warm single-article run.
`install()` makes the first composition serve both. The probe composes what the job will
compose (RUN mode, the same overrides) and keeps it when the config leaves `hydra.mode` unset;
the job's composition then gets it back with Hydra's `hydra.mode=RUN` applied as Hydra applies
it. Anything else takes Hydra's own path: sweep overrides and a probe that fails in RUN mode
(a bad override) ask Hydra's probe, and a config that sets `hydra.mode` is composed again.
tests/test_compose_once.py checks the job sees the config Hydra's two compositions give.
"""

from __future__ import annotations

from hydra._internal.hydra import Hydra
from hydra.core.override_parser.overrides_parser import OverridesParser
from hydra.types import RunMode

RUN_OVERRIDE = "hydra.mode=RUN"  # what hydra._internal.utils._run_app adds for a plain run


def install() -> None:
    if getattr(Hydra.get_mode, "composes_once", False):
        return
    hydra_probe, hydra_compose = Hydra.get_mode, Hydra.compose_config
    kept: dict[tuple, object] = {}  # (config name, the job's overrides) -> composed config

    def get_mode(self, config_name, overrides):
        kept.clear()
        if any(o.is_sweep_override() for o in OverridesParser.create().parse_overrides(overrides)):
            return hydra_probe(self, config_name, overrides)  # a sweep never runs as one job
        try:
            cfg = hydra_compose(
                self, config_name, list(overrides), RunMode.RUN, with_log_configuration=True
            )
        except Exception:
            return hydra_probe(self, config_name, overrides)
        if cfg.hydra.mode is None:
            kept[(config_name, (*overrides, RUN_OVERRIDE))] = cfg
        return cfg.hydra.mode

    def compose_config(self, config_name, overrides, run_mode, *args, **kwargs):
        cfg = kept.pop((config_name, tuple(overrides)), None)
        if cfg is None or run_mode != RunMode.RUN:
            return hydra_compose(self, config_name, overrides, run_mode, *args, **kwargs)
        cfg.hydra.mode = RunMode.RUN
        cfg.hydra.overrides.hydra.append(RUN_OVERRIDE)
        return cfg

    get_mode.composes_once = True
    Hydra.get_mode, Hydra.compose_config = get_mode, compose_config
