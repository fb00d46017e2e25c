"""Run and sweep directories: unique names, and one clear line when one cannot be written.

OutputDirCallback creates the run (or sweep) directory before anything else happens:
- the configured, timestamped directory (outputs/runs/DATE/TIME) becomes TIME_1, TIME_2, …
  when it exists, by an atomic mkdir, so two runs started in the same second never share one;
- a directory given on the command line (`hydra.run.dir=DIR`, `hydra.sweep.dir=DIR`) is used
  as given, like Hydra does;
- a directory that cannot be written (read-only location, no permission) stops the run with
  one line and exit code 2, before any work.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path
from typing import Any

from hydra.experimental.callback import Callback
from omegaconf import OmegaConf, open_dict, read_write


def unique_dir(path: str | Path) -> Path:
    """Create `path`, or `path_1`, `path_2`, … if taken (atomic: safe across processes)."""
    base = Path(path)
    base.parent.mkdir(parents=True, exist_ok=True)
    candidate, n = base, 0
    while True:
        try:
            candidate.mkdir()
            return candidate
        except FileExistsError:
            n += 1
            candidate = base.with_name(f"{base.name}_{n}")


def _prepare(config: Any, mode: str) -> Path | None:
    """Create the run/sweep dir (`mode` is "run" or "sweep"); None when it cannot be written."""
    explicit = re.compile(rf"^[+~]*hydra\.{mode}\.dir=")
    given = any(explicit.match(o) for o in config.hydra.overrides.hydra)
    try:
        path = Path(str(OmegaConf.select(config, f"hydra.{mode}.dir")))
        if given:
            path.mkdir(parents=True, exist_ok=True)
        else:
            path = unique_dir(path)
        with tempfile.TemporaryFile(dir=path):
            pass
    except OSError as exc:
        where = exc.filename or f"hydra.{mode}.dir"
        print(f"error: cannot write the output directory {where}: {exc.strerror}", file=sys.stderr)
        return None
    return path


class OutputDirCallback(Callback):
    def on_run_start(self, config: Any, **kwargs: Any) -> None:
        path = _prepare(config, "run")
        if path is None:
            raise SystemExit(2)
        with read_write(config.hydra):
            config.hydra.run.dir = str(path)

    def on_multirun_start(self, config: Any, **kwargs: Any) -> None:
        path = _prepare(config, "sweep")
        if path is None:
            raise SystemExit(2)
        with read_write(config.hydra), open_dict(config.hydra):
            config.hydra.sweep.dir = str(path)
            # Each job's config is composed again from these overrides: pass the directory on.
            quoted = str(path).replace("\\", "\\\\").replace("'", "\\'")
            config.hydra.overrides.hydra.append(f"hydra.sweep.dir='{quoted}'")
