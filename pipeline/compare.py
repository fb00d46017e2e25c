"""`python -m pipeline.compare RUN_OR_SWEEP_DIR [...] [--baseline DIR] --out DIR`.

Compares runs side by side: per actor/group stance and sentiment means with CIs and deltas
against a baseline run, statement-level label flips and pairwise agreement (Cohen's kappa),
the config values that differ, and metrics. Writes comparison.json, comparison.md and a
self-contained comparison.html. Never imports torch or transformers.
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import sys
import tempfile
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from pipeline.compare_load import Run, load_runs, run_tasks
from pipeline.errors import UserError
from pipeline.schema import model_ids
from pipeline.validation.agreement import cohen_kappa

SCHEMA_VERSION = 1
StatementKey = tuple[str, str, str]


def statement_key(record: dict) -> StatementKey:
    return (str(record.get("article_id")), str(record.get("statement_id")), record.get("text", ""))


def _summary(entry: dict, task: str) -> dict | None:
    s = entry.get(task)
    if not isinstance(s, dict) or s.get("mean") is None:
        return None
    return {k: s.get(k) for k in ("mean", "ci_low", "ci_high", "counts")}


def _overlap(a: dict, b: dict) -> bool | None:
    if None in (a.get("ci_low"), a.get("ci_high"), b.get("ci_low"), b.get("ci_high")):
        return None
    return max(a["ci_low"], b["ci_low"]) <= min(a["ci_high"], b["ci_high"])


def compare_actors(runs: list[Run], baseline: Run, tasks: list[str]) -> list[dict]:
    """One row per actor or group found in any run, groups first."""
    names: dict[str, dict] = {}
    for run in runs:
        for name, entry in ((run.report or {}).get("actors") or {}).items():
            names.setdefault(name, {"kind": entry.get("kind"), "group": entry.get("group")})
    rows = []
    for name, info in sorted(names.items(), key=lambda kv: (kv[1]["kind"] != "group", kv[0])):
        per_run, deltas = {}, {}
        base_entry = ((baseline.report or {}).get("actors") or {}).get(name)
        for run in runs:
            entry = ((run.report or {}).get("actors") or {}).get(name)
            if entry is None:
                continue
            per_run[run.id] = {"n_statements": entry.get("n_statements")} | {
                task: _summary(entry, task) for task in tasks
            }
            if run is baseline or base_entry is None:
                continue
            deltas[run.id] = {}
            for task in tasks:
                mine, base = per_run[run.id][task], _summary(base_entry, task)
                if mine is None or base is None:
                    continue
                deltas[run.id][task] = {
                    "delta": mine["mean"] - base["mean"],
                    "ci_overlap": _overlap(mine, base),
                }
        rows.append({"name": name, **info, "runs": per_run, "delta_vs_baseline": deltas})
    return rows


def compare_statements(runs: list[Run], baseline: Run, tasks: list[str], max_flips: int) -> dict:
    """Pairwise agreement, label transitions vs the baseline, and the flipped statements."""
    by_run = {run.id: {statement_key(r): r for r in run.statements} for run in runs}
    pairs = []
    for a, b in itertools.combinations(runs, 2):
        shared = [k for k in by_run[a.id] if k in by_run[b.id]]
        pair: dict[str, Any] = {"a": a.id, "b": b.id, "n_shared": len(shared)}
        for task in tasks:
            la = [by_run[a.id][k].get(task, {}).get("label") for k in shared]
            lb = [by_run[b.id][k].get(task, {}).get("label") for k in shared]
            usable = [(x, y) for x, y in zip(la, lb, strict=True) if None not in (x, y)]
            if not usable:
                pair[task] = None
                continue
            xs, ys = (list(t) for t in zip(*usable, strict=True))
            labels = sorted({*xs, *ys})  # labels neither run gave add nothing to kappa
            same = sum(x == y for x, y in usable)
            pair[task] = {
                "n": len(usable),
                "agreement": same / len(usable),
                "kappa": cohen_kappa(xs, ys, labels),
                "flips": len(usable) - same,
            }
        pair["speaker_changed"] = sum(
            by_run[a.id][k].get("actor") != by_run[b.id][k].get("actor") for k in shared
        )
        pairs.append(pair)

    base = by_run[baseline.id]
    transitions: dict[str, dict] = {}
    flipped: dict[StatementKey, float] = {}
    for run in runs:
        if run is baseline:
            continue
        transitions[run.id] = {}
        for task in tasks:
            counts: Counter = Counter()
            for key, rec in by_run[run.id].items():
                if key not in base:
                    continue
                old, new = base[key].get(task, {}), rec.get(task, {})
                if old.get("label") != new.get("label"):
                    counts[f"{old.get('label')} → {new.get('label')}"] += 1
                    change = abs((new.get("score") or 0.0) - (old.get("score") or 0.0))
                    flipped[key] = max(flipped.get(key, 0.0), change)
            transitions[run.id][task] = dict(counts.most_common())
    # Largest score changes first: the flips a reader should look at.
    ordered = sorted(flipped, key=lambda k: (-flipped[k], k))
    flips = [_flip_row(key, runs, by_run, tasks) for key in ordered]
    return {
        "pairs": pairs,
        "transitions_vs_baseline": transitions,
        "n_flipped_statements": len(flips),
        "flips": flips[:max_flips],
    }


def _flip_row(key: StatementKey, runs: list[Run], by_run: dict, tasks: list[str]) -> dict:
    row: dict[str, Any] = {"article_id": key[0], "statement_id": key[1], "text": key[2]}
    row["actor"] = {r.id: by_run[r.id][key].get("actor") for r in runs if key in by_run[r.id]}
    for task in tasks:
        row[task] = {
            r.id: {
                "label": by_run[r.id][key].get(task, {}).get("label"),
                "score": by_run[r.id][key].get(task, {}).get("score"),
            }
            for r in runs
            if key in by_run[r.id]
        }
    return row


def _articles(run: Run) -> set[str]:
    ids = {str(r.get("article_id")) for r in run.statements}
    ids |= {str(a.get("article_id")) for a in (run.report or {}).get("articles") or []}
    return ids


def mismatches(runs: list[Run], baseline: Run) -> dict:
    """What the runs do not share: targets, articles, actors, statements."""
    out: dict[str, Any] = {}
    targets = {r.id: r.target for r in runs}
    if len(set(targets.values())) > 1:
        out["targets"] = targets
    for what, items in (
        ("articles", {r.id: _articles(r) for r in runs if r.report is not None}),
        ("actors", {r.id: set((r.report or {}).get("actors") or {}) for r in runs if r.report}),
    ):
        if not items:
            continue
        shared = set.intersection(*items.values())
        only = {rid: sorted(v - shared) for rid, v in items.items() if v - shared}
        out[what] = {"shared": sorted(shared), "not_in_all_runs": only}
    base_keys = {statement_key(r) for r in baseline.statements}
    statements = {}
    for run in runs:
        if run is baseline:
            continue
        keys = {statement_key(r) for r in run.statements}
        statements[run.id] = {
            "matched": len(keys & base_keys),
            "only_in_run": len(keys - base_keys),
            "only_in_baseline": len(base_keys - keys),
        }
    out["statements_vs_baseline"] = statements
    return out


def _differs(values: list[Any]) -> bool:
    return len({repr(v) for v in values}) > 1


def config_diff(runs: list[Run]) -> dict[str, dict[str, Any]]:
    """Dotted config keys whose values differ between runs (a missing key counts as absent).

    Where runs use different backends (`stance.backend`), the other keys of that group differ
    by schema, not by choice: such a key is listed only if it differs among the runs that
    share a backend.
    """
    keys = sorted({k for r in runs for k in r.config})
    diff = {}
    for key in keys:
        values = {r.id: r.config.get(key, "<absent>") for r in runs}
        if not _differs(list(values.values())):
            continue
        backend_key = key.split(".", 1)[0] + ".backend"
        if key != backend_key and _differs([r.config.get(backend_key) for r in runs]):
            by_backend: dict[str, list[Any]] = {}
            for r in runs:
                by_backend.setdefault(repr(r.config.get(backend_key)), []).append(values[r.id])
            if not any(_differs(v) for v in by_backend.values()):
                continue
        diff[key] = values
    return diff


def _model_ids(run: Run) -> dict[str, Any]:
    models = ((run.report or {}).get("provenance") or {}).get("models") or {}
    models = models or ((run.evaluation or {}).get("provenance") or {}).get("models") or {}
    return model_ids(models)


def model_diff(runs: list[Run]) -> dict[str, dict[str, Any]]:
    ids = {r.id: _model_ids(r) for r in runs}
    keys = sorted({k for v in ids.values() for k in v})
    return {
        k: {rid: v.get(k) for rid, v in ids.items()}
        for k in keys
        if len({repr(v.get(k)) for v in ids.values()}) > 1
    }


def _metric_leaves(obj: Any, prefix: str) -> dict[str, Any]:
    """Scalar metrics as dotted keys; {value, ci_low, ci_high} records stay whole."""
    if isinstance(obj, dict):
        if "value" in obj and isinstance(obj["value"], int | float):
            return {prefix: {k: obj.get(k) for k in ("value", "ci_low", "ci_high") if k in obj}}
        out = {}
        for key, value in obj.items():
            out.update(_metric_leaves(value, f"{prefix}.{key}" if prefix else str(key)))
        return out
    if isinstance(obj, int | float) and not isinstance(obj, bool):
        return {prefix: obj}
    return {}


def compare_metrics(runs: list[Run]) -> dict[str, dict[str, Any]]:
    per_run = {}
    for run in runs:
        leaves = _metric_leaves((run.report or {}).get("metrics") or {}, "")
        if run.evaluation:
            task = run.evaluation.get("task", "eval")
            leaves |= _metric_leaves(run.evaluation.get("metrics") or {}, task)
            leaves[f"{task}.n"] = run.evaluation.get("n")
        per_run[run.id] = leaves
    keys = sorted({k for leaves in per_run.values() for k in leaves})
    return {k: {rid: leaves.get(k) for rid, leaves in per_run.items()} for k in keys}


def build_comparison(runs: list[Run], failed: list[dict], max_flips: int = 50) -> dict:
    baseline = runs[0]
    tasks = run_tasks(runs)
    return {
        "schema_version": SCHEMA_VERSION,
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "baseline": baseline.id,
        "tasks": tasks,
        "score_definitions": _score_definitions(runs, tasks),
        "runs": [
            {
                "id": r.id,
                "label": r.label,
                "path": str(r.path),
                "kind": "report" if r.report is not None else "evaluation",
                "target": r.target,
                "overrides": r.overrides,
                "n_statements": len(r.statements),
                "status": r.status.get("status"),
            }
            for r in runs
        ],
        "failed_jobs": failed,
        "mismatches": mismatches(runs, baseline),
        "actors": compare_actors(runs, baseline, tasks),
        "statements": compare_statements(runs, baseline, tasks, max_flips),
        "config_diff": config_diff(runs),
        "model_diff": model_diff(runs),
        "metrics": compare_metrics(runs),
    }


def _score_definitions(runs: list[Run], tasks: list[str]) -> dict[str, str | None]:
    """Each task's score as the first run that defines it recorded it (report.json)."""
    found: dict[str, str | None] = {task: None for task in tasks}
    for run in runs:
        for task, text in ((run.report or {}).get("score_definitions") or {}).items():
            if found.get(task) is None and task in found:
                found[task] = text
    return found


def write_outputs(comparison: dict, out: Path) -> list[Path]:
    """Writes the three files into `out` only once all of them rendered (no half-written set)."""
    from pipeline.atomic import atomic_write_json
    from pipeline.compare_render import render_html, render_markdown

    if out.exists() and not out.is_dir():
        raise UserError(f"--out {out} exists and is not a directory")
    markdown = render_markdown(comparison)
    html = render_html(comparison)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.tmp-"))
    try:
        atomic_write_json(staging / "comparison.json", comparison)
        (staging / "comparison.md").write_text(markdown, encoding="utf-8")
        (staging / "comparison.html").write_text(html, encoding="utf-8")
        out.mkdir(exist_ok=True)
        written = []
        for name in ("comparison.json", "comparison.md", "comparison.html"):
            os.replace(staging / name, out / name)
            written.append(out / name)
        return written
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="stance-compare",
        description="Compare pipeline runs (run dirs or sweep dirs) side by side.",
    )
    parser.add_argument("runs", nargs="+", type=Path, help="run or sweep directories")
    parser.add_argument("--baseline", type=Path, help="run to compare against (default: first)")
    parser.add_argument("--out", type=Path, required=True, help="directory for the comparison")
    parser.add_argument(
        "--max-flips", type=int, default=50, help="flipped statements kept (largest changes)"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        runs, failed = load_runs(args.runs, args.baseline)
        comparison = build_comparison(runs, failed, max_flips=args.max_flips)
        written = write_outputs(comparison, args.out)
    except UserError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
