"""Which labelled data each model was checked against: a registry of validation records.

Every `task=evaluate` (a labelled file, or a coding sample filled by human coders) writes one
record per model and task into the registry folder: the model fingerprint, the data file and
its sha256, split, reference, n and the figures. One JSON file per record, named by what it
is about (task, fingerprint, data hash, split, reference), so concurrent sweep jobs never clash
and evaluating the same model on the same data again replaces the old record. A run looks up
the records of its own models by fingerprint and lists them in report.json (`validation`) and
report.md, so a reader sees how far each mean can be trusted, or that nothing checked it.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from pipeline.atomic import atomic_write_json

log = logging.getLogger(__name__)
SCHEMA_VERSION = 1


@dataclass
class ValidationParams:
    # Folder of validation records: `task=evaluate` writes there, runs read from there.
    registry: str = "outputs/validation"
    # false: an evaluation records nothing (e.g. a trial on a throwaway file).
    record: bool = True


def _record(
    task: str,
    model: dict,
    kind: str,
    data: dict,
    reference: str,
    target: str | None,
    n: int,
    metrics: dict,
    inter_coder: dict | None,
    run_dir: Path,
    by_actor: dict | None = None,
) -> dict:
    return {
        "schema_version": SCHEMA_VERSION,
        "recorded": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "task": task,
        "model_fingerprint": model.get("fingerprint"),
        "model": {k: v for k, v in model.items() if k != "fingerprint"},
        "kind": kind,
        "data": data,
        "reference": reference,
        "target": target,
        "n": n,
        "metrics": metrics,
        "inter_coder": inter_coder,
        # Coded samples: per actor, rows checked and the model's accuracy on them.
        "by_actor": by_actor,
        "evaluation_dir": str(Path(run_dir).resolve()),
    }


def records_from_labeled(result: dict, run_dir: Path) -> list[dict]:
    """The record of a `data=labeled` evaluation (metrics.json of pipeline.evaluate)."""
    task = result["task"]
    model = ((result.get("provenance") or {}).get("models") or {}).get(task)
    if not model or not model.get("fingerprint"):
        return []
    data = {
        "path": str(Path(result["data"]["path"]).resolve()),
        "sha256": result["data"]["sha256"],
        "split": result["data"].get("split"),
    }
    return [
        _record(
            task,
            model,
            "labeled",
            data,
            "gold",
            result.get("target"),
            result["n"],
            result["metrics"],
            None,
            run_dir,
        )
    ]


def records_from_coded(result: dict, run_dir: Path) -> list[dict]:
    """One record per sampled run and task of a coding-sample evaluation: the model against the
    coders' consensus (the sole coder when there is one), with the coders' own agreement."""
    data = {
        "path": str(Path(result["data"]["path"]).resolve()),
        "sha256": result["data"]["sha256"],
        "split": None,
    }
    records = []
    for task, res in result["tasks"].items():
        between = res["between_coders"]
        inter_coder = None
        if between:
            inter_coder = {
                "krippendorff_alpha": between["krippendorff_alpha"],
                "n": between["alpha_units"],
                "cohen_kappa": [p["cohen_kappa"] for p in between["pairs"]],
            }
        reference = res["reference"]
        for model in res["models"]:
            scored = model["vs"].get(reference) if reference else None
            if scored is None or not model["model"].get("fingerprint"):
                continue
            records.append(
                _record(
                    task,
                    model["model"],
                    "coded_sample",
                    data,
                    reference,
                    result["sample"]["target"],
                    scored["n"],
                    scored["metrics"],
                    inter_coder,
                    run_dir,
                    by_actor=model["by_actor"],
                )
            )
    return records


def _record_name(record: dict) -> str:
    about = [
        record["task"],
        record["model_fingerprint"],
        record["data"]["sha256"],
        record["data"]["split"],
        record["reference"],
    ]
    return hashlib.sha256(json.dumps(about).encode()).hexdigest()[:24] + ".json"


def write_records(records: list[dict], params: ValidationParams) -> list[Path]:
    if not params.record:
        return []
    paths = [Path(params.registry) / _record_name(r) for r in records]
    for path, record in zip(paths, records, strict=True):
        atomic_write_json(path, record)
    return paths


def find_records(params: ValidationParams, models: dict[str, dict]) -> list[dict]:
    """The records of these models (task -> describe() with a fingerprint), oldest data first."""
    registry = Path(params.registry)
    wanted = {(task, m.get("fingerprint")) for task, m in models.items()}
    found = []
    for path in sorted(registry.glob("*.json")) if registry.is_dir() else []:
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
            log.warning("skipping unreadable validation record %s: %s", path, err)
            continue
        if (record.get("task"), record.get("model_fingerprint")) in wanted:
            found.append(record)
    return sorted(found, key=lambda r: (r["task"], r["kind"], r["data"]["path"], r["reference"]))


def _figures(metrics: dict) -> str:
    return ", ".join(
        f"{name} {m['value']:.3f}" for name, m in metrics.items() if m.get("value") is not None
    )


def validation_markdown(records: list[dict] | None) -> list[str]:
    """The report.md section; None (no lookup was made) gives nothing."""
    if records is None:
        return []
    lines = ["## Validation", ""]
    if not records:
        return lines + [
            "No evaluation on record for this run's models (matched by fingerprint): their "
            "labels are unchecked. `task=sample` and `task=evaluate data=coded` check them "
            "against human coders (README: Validating against human coders).",
            "",
        ]
    lines += [
        "Evaluations of this run's own models (same fingerprint) on labelled data. Use them to "
        "judge how far each mean can be trusted.",
        "",
        "| task | checked against | split | reference | n | figures | coders' α (n) |",
        "|---|---|---|---|---:|---|---|",
    ]
    for r in records:
        coders = r.get("inter_coder")
        alpha = "—"
        if coders and coders.get("krippendorff_alpha") is not None:
            alpha = f"{coders['krippendorff_alpha']:.3f} ({coders['n']})"
        lines.append(
            f"| {r['task']} | `{Path(r['data']['path']).name}` ({r['kind']}, sha256 "
            f"{r['data']['sha256'][:12]}) | {r['data']['split'] or 'all'} | {r['reference']} | "
            f"{r['n']} | {_figures(r['metrics'])} | {alpha} |"
        )
    return lines + [""]
