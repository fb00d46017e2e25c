"""Hydra callback that keeps an index of a sweep's runs: overrides, job dir, status, error.

Each job writes `job_status.json` into its own directory when it starts ("running") and ends
("ok", "failed" or "interrupted"); after every job the callback rebuilds `sweep_index.json` and
`sweep_index.md` in the sweep directory from those files. So the index is current while the
sweep runs, survives a failing (or killed) job, and also works with launchers that run jobs in
other processes.

A job counts as failed when the task function raised (Hydra's JobReturn.status is FAILED) or
when it returned a mapping with `status: "failed"` (and optionally `error`), which is how an
entry point that catches its own exceptions reports a failure without aborting the sweep.
A job that returns `status: "interrupted"` (Ctrl-C) is recorded, and then the interrupt goes on
(KeyboardInterrupt is raised again) so that no further job of the sweep starts.

Register in configs/config.yaml:

    hydra:
      callbacks:
        sweep_index:
          _target_: pipeline.sweep_index.SweepIndexCallback
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from hydra.experimental.callback import Callback

from pipeline.atomic import atomic_write_json, atomic_write_text

STATUS_FILE = "job_status.json"
INDEX_JSON = "sweep_index.json"
INDEX_MD = "sweep_index.md"
SCHEMA_VERSION = 1
# Files whose presence says what a finished job produced.
RESULT_FILES = ("report.json", "metrics.json")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _is_multirun(config: Any) -> bool:
    return str(config.hydra.mode) == "RunMode.MULTIRUN"


def _job_dir(config: Any) -> Path:
    return Path(str(config.hydra.runtime.output_dir))


def _sweep_dir(config: Any) -> Path:
    """The sweep dir as the job dir minus its `hydra.sweep.subdir` (avoids re-resolving ${now:})."""
    job_dir = _job_dir(config)
    sub = Path(str(config.hydra.sweep.subdir))
    if sub.parts and job_dir.parts[-len(sub.parts) :] == sub.parts:
        return Path(*job_dir.parts[: -len(sub.parts)])
    return Path(str(config.hydra.sweep.dir))


def job_outcome(job_return: Any) -> tuple[str, str | None]:
    """(status, error) of a finished Hydra job."""
    from hydra.core.utils import JobStatus

    if job_return.status == JobStatus.FAILED:
        err = job_return._return_value  # the property would re-raise the exception
        return "failed", f"{type(err).__name__}: {err}".splitlines()[0]
    value = job_return._return_value
    if isinstance(value, Mapping) and value.get("status") in ("ok", "failed", "interrupted"):
        return str(value["status"]), value.get("error")
    return "ok", None


def read_job_statuses(sweep_dir: Path) -> list[dict]:
    jobs = []
    for path in sorted(Path(sweep_dir).rglob(STATUS_FILE)):
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            continue  # being written by another process; the next rebuild picks it up
        record["job_dir"] = str(path.parent.relative_to(sweep_dir))
        record["outputs"] = [f for f in RESULT_FILES if (path.parent / f).is_file()]
        jobs.append(record)
    jobs.sort(key=lambda r: (r.get("num") is None, r.get("num"), r["job_dir"]))
    return jobs


def index_markdown(index: dict) -> str:
    counts = ", ".join(f"{n} {s}" for s, n in sorted(index["counts"].items()))
    lines = [
        f"# Sweep index: {index['sweep_dir']}",
        "",
        f"{len(index['jobs'])} jobs: {counts}. Updated {index['updated']}.",
        "",
        "| # | status | overrides | job dir | outputs | seconds | error |",
        "|---|---|---|---|---|---|---|",
    ]
    for job in index["jobs"]:
        overrides = " ".join(f"`{o}`" for o in job.get("overrides", [])) or "(none)"
        error = (job.get("error") or "").replace("|", "\\|")
        seconds = f"{job['duration_s']:.1f}" if job.get("duration_s") is not None else ""
        lines.append(
            f"| {job.get('num', '')} | {job['status']} | {overrides} | {job['job_dir']} "
            f"| {', '.join(job['outputs'])} | {seconds} | {error} |"
        )
    return "\n".join(lines) + "\n"


def write_index(sweep_dir: Path) -> dict:
    jobs = read_job_statuses(sweep_dir)
    counts: dict[str, int] = {}
    for job in jobs:
        counts[job["status"]] = counts.get(job["status"], 0) + 1
    index = {
        "schema_version": SCHEMA_VERSION,
        "sweep_dir": str(sweep_dir),
        "updated": _now(),
        "counts": counts,
        "jobs": jobs,
    }
    atomic_write_json(sweep_dir / INDEX_JSON, index)
    atomic_write_text(sweep_dir / INDEX_MD, index_markdown(index))
    return index


class SweepIndexCallback(Callback):
    """Writes job_status.json per job and, in multirun mode, the sweep's index."""

    def __init__(self) -> None:
        self._started: dict[str, float] = {}

    def _write_status(self, config: Any, record: dict) -> None:
        job_dir = _job_dir(config)
        base = {
            "num": int(config.hydra.job.num) if _is_multirun(config) else None,
            "overrides": list(config.hydra.overrides.task),
        }
        atomic_write_json(job_dir / STATUS_FILE, {**base, **record})
        if _is_multirun(config):
            write_index(_sweep_dir(config))

    def on_job_start(self, config: Any, **kwargs: Any) -> None:
        self._started[str(_job_dir(config))] = time.perf_counter()
        self._write_status(config, {"status": "running", "error": None, "started": _now()})

    def on_job_end(self, config: Any, job_return: Any, **kwargs: Any) -> None:
        status, error = job_outcome(job_return)
        started = self._started.pop(str(_job_dir(config)), None)
        previous = _read_json(_job_dir(config) / STATUS_FILE)
        self._write_status(
            config,
            {
                "status": status,
                "error": error,
                "started": previous.get("started"),
                "finished": _now(),
                "duration_s": None if started is None else round(time.perf_counter() - started, 3),
            },
        )
        if status == "interrupted":
            raise KeyboardInterrupt  # recorded; now stop, as Ctrl-C asked


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return {}
