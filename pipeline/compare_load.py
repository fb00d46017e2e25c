"""Finding and reading the runs that `pipeline.compare` compares (no torch, no Hydra runtime).

A run directory holds `report.json` (a pipeline run) or `metrics.json` (an evaluation run),
plus `statements.jsonl` and Hydra's `.hydra/config.yaml` / `overrides.yaml` when present.
A sweep directory is any directory above such runs; it expands to its runs in job order.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from pipeline.errors import UserError

RUN_MARKERS = ("report.json", "metrics.json")


@dataclass
class Run:
    id: str
    path: Path
    report: dict | None
    evaluation: dict | None
    statements: list[dict]
    config: dict[str, Any]  # flattened .hydra/config.yaml (dotted keys)
    overrides: list[str]
    label: str = ""
    status: dict = field(default_factory=dict)

    @property
    def target(self) -> str | None:
        source = self.report or self.evaluation or {}
        return source.get("target")

    @property
    def tasks(self) -> list[str]:
        """The tasks this run predicted, as it recorded them: report.json `tasks`, else the
        task objects ({label, probs, score}) of its statements, else its evaluation's task."""
        if self.report and self.report.get("tasks"):
            return list(self.report["tasks"])
        if self.statements:
            return [
                k for k, v in self.statements[0].items() if isinstance(v, dict) and "label" in v
            ]
        return [self.evaluation["task"]] if self.evaluation and "task" in self.evaluation else []


def run_tasks(runs: list[Run]) -> list[str]:
    """Every task of any of the runs, in the order the runs list them."""
    return list(dict.fromkeys(task for run in runs for task in run.tasks))


def is_run_dir(path: Path) -> bool:
    return any((path / marker).is_file() for marker in RUN_MARKERS)


def _natural_key(path: Path) -> list:
    # Sweep job dirs are numbered: 2 before 10.
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", str(path))]


def expand_runs(path: Path) -> list[Path]:
    """The run dirs at or under `path` (a run dir itself, or a sweep dir)."""
    if not path.exists():
        raise UserError(f"no such directory: {path}")
    if not path.is_dir():
        raise UserError(f"not a directory: {path} (give a run or sweep directory)")
    if is_run_dir(path):
        return [path]
    found = sorted(
        {p.parent for marker in RUN_MARKERS for p in path.rglob(marker)}, key=_natural_key
    )
    # A run nested inside another run (unusual) is not a separate job.
    runs = [p for p in found if not any(q != p and q in p.parents for q in found)]
    if not runs:
        raise UserError(
            f"{path}: no report.json or metrics.json here or below (not a run or sweep)"
        )
    return runs


def failed_jobs(path: Path) -> list[dict]:
    """Jobs a sweep index marks as not ok (they have no results to compare)."""
    index_file = path / "sweep_index.json"
    if not index_file.is_file():
        return []
    jobs = _read_json(index_file).get("jobs", [])
    return [
        {
            "path": str(path / job["job_dir"]),
            "overrides": job.get("overrides", []),
            "status": job.get("status"),
            "error": job.get("error"),
        }
        for job in jobs
        if job.get("status") != "ok"
    ]


def _read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        raise UserError(f"cannot read {path}: {err}") from err
    except json.JSONDecodeError as err:
        raise UserError(f"{path}: not valid JSON ({err.msg}, line {err.lineno})") from err
    if not isinstance(data, dict):
        raise UserError(f"{path}: expected a JSON object")
    return data


def _read_statements(path: Path) -> list[dict]:
    if not path.is_file():
        return []
    rows = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as err:
                raise UserError(f"{path}:{lineno}: not valid JSON ({err.msg})") from err
    return rows


def _read_yaml(path: Path) -> Any:
    if not path.is_file():
        return None
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        raise UserError(f"{path}: not valid YAML ({err})".splitlines()[0]) from err


def flatten(obj: Any, prefix: str = "") -> dict[str, Any]:
    """Nested dicts as dotted keys; lists and scalars are leaves."""
    if isinstance(obj, dict) and obj:
        out: dict[str, Any] = {}
        for key, value in obj.items():
            out.update(flatten(value, f"{prefix}{key}."))
        return out
    return {prefix[:-1]: obj} if prefix else {}


def load_run(path: Path, run_id: str) -> Run:
    report = _read_json(path / "report.json") if (path / "report.json").is_file() else None
    evaluation = _read_json(path / "metrics.json") if (path / "metrics.json").is_file() else None
    if report is not None and not isinstance(report.get("actors", {}), dict):
        raise UserError(f"{path / 'report.json'}: 'actors' is not an object")
    config = _read_yaml(path / ".hydra" / "config.yaml")
    if config is None:  # not a Hydra run: fall back to the config the report carries
        config = ((report or {}).get("provenance") or {}).get("config") or {}
    overrides = _read_yaml(path / ".hydra" / "overrides.yaml") or []
    status = {}
    for name in ("job_status.json", "status.json"):
        if (path / name).is_file():
            status = _read_json(path / name)
            break
    return Run(
        id=run_id,
        path=path,
        report=report,
        evaluation=evaluation,
        statements=_read_statements(path / "statements.jsonl"),
        config=flatten(config),
        overrides=[str(o) for o in overrides],
        status=status,
    )


def load_runs(paths: list[Path], baseline: Path | None) -> tuple[list[Run], list[dict]]:
    """Runs in order (baseline first when given) and the failed jobs found in sweep indexes."""
    run_dirs: list[Path] = []
    failed: list[dict] = []
    if baseline is not None:
        if not baseline.is_dir():
            raise UserError(f"--baseline {baseline}: no such directory")
        if not is_run_dir(baseline):
            raise UserError(f"--baseline {baseline}: not a run directory (no report.json)")
        run_dirs.append(baseline)
    for path in paths:
        run_dirs += expand_runs(path)
        failed += failed_jobs(path)
    unique: list[Path] = []
    for run_dir in run_dirs:
        if run_dir.resolve() not in {u.resolve() for u in unique}:
            unique.append(run_dir)
    if len(unique) < 2:
        raise UserError(f"need at least two runs to compare, found {len(unique)}")
    runs = [load_run(p, f"R{i + 1}") for i, p in enumerate(unique)]
    _label_runs(runs)
    return runs, failed


def _label_runs(runs: list[Run]) -> None:
    """Each run's label: the overrides that set it apart, else its directory name."""
    common = set.intersection(*(set(r.overrides) for r in runs))
    for run in runs:
        own = [o for o in run.overrides if o not in common]
        run.label = " ".join(own) or run.path.name
