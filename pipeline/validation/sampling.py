"""`task=sample`: a stratified sample of a finished run's statements for human coders.

Strata are actor (or actor group) × the model's predicted label of the first coded task.
Allocation is proportional (one sampling fraction for every stratum), clipped to at least
`min_per_stratum` and at most the stratum's size, rounded by largest remainder; the draw is
seeded. The coders' CSV is blind: it has no predictions, and its rows are shuffled so that their
order does not give the strata away. The predictions, the run directories and their hashes go to
a sidecar JSON beside it, which `task=evaluate data=coded` joins back.
"""

from __future__ import annotations

import bisect
import csv
import io
import math
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from pipeline.atomic import atomic_write_json, atomic_write_text
from pipeline.compare_load import expand_runs, load_run
from pipeline.errors import UserError
from pipeline.provenance import sha256_file

SCHEMA_VERSION = 1
CODEBOOK = "data/labeled/CODEBOOK.md"
CONTEXT_COLUMNS = (
    "row",
    "article_id",
    "statement_id",
    "actor",
    "context_before",
    "text",
    "context_after",
)

StratumKey = tuple[str, str]  # (actor or actor group, predicted label)


@dataclass
class SampleParams:
    # The finished run to sample (its directory), or a sweep directory whose runs share statements.
    run: str = ""
    n: int = 200
    coders: int = 2
    # Every non-empty stratum gets at least this many rows (or all of them, when it has fewer).
    min_per_stratum: int = 2
    stratify_by: str = "actor"  # actor | actor_group
    # The tasks coders label (empty: every task of the run); the strata use the predicted
    # label of the first.
    tasks: list[str] = field(default_factory=list)
    # null: the top-level `seed`.
    seed: int | None = None
    # The coders' CSV; null: coding_sample.csv in this task's run directory.
    out: str | None = None


def sidecar_path(csv_path: Path) -> Path:
    return csv_path.with_name(f"{csv_path.stem}.predictions.json")


def instructions_path(csv_path: Path) -> Path:
    return csv_path.with_name(f"{csv_path.stem}.instructions.md")


def coder_column(coder: int, task: str) -> str:
    return f"coder{coder}_{task}"


def allocate(sizes: Mapping[StratumKey, int], n: int, minimum: int) -> dict[StratumKey, int]:
    """Rows per stratum: clip(f * size, min(minimum, size), size), summing to `n`.

    f is the one sampling fraction that makes the clipped quotas sum to n (found by bisection;
    the sum is monotone in f); quotas are then rounded by largest remainder, ties by stratum.
    """
    total = sum(sizes.values())
    if n >= total:
        return dict(sizes)
    floor = {k: min(minimum, s) for k, s in sizes.items()}
    if sum(floor.values()) > n:
        raise UserError(
            f"sample.n={n} is below the {sum(floor.values())} rows that "
            f"sample.min_per_stratum={minimum} needs for {len(sizes)} strata; "
            "raise sample.n or lower sample.min_per_stratum"
        )

    def quotas(fraction: float) -> dict[StratumKey, float]:
        return {k: min(max(fraction * s, floor[k]), s) for k, s in sizes.items()}

    low, high = 0.0, 1.0
    for _ in range(100):
        mid = (low + high) / 2
        low, high = (mid, high) if sum(quotas(mid).values()) < n else (low, mid)
    exact = quotas(high)
    counts = {k: min(math.floor(q + 1e-9), sizes[k]) for k, q in exact.items()}
    order = sorted(
        (k for k in sizes if counts[k] < sizes[k]), key=lambda k: (counts[k] - exact[k], k)
    )
    for k in order[: n - sum(counts.values())]:
        counts[k] += 1
    return counts


@dataclass
class Population:
    """The statements of one run (or of a sweep's runs, which must all have the same ones)."""

    runs: list[dict]  # dir, label, target, models, statements_sha256
    labels: dict[str, list[str]]  # the sampled tasks (in order) → their labels, from the run
    records: list[dict]  # the first run's attributed statements
    predictions: dict[tuple[str, str], list[dict]]  # key -> per run {task: label}
    contexts: dict[tuple[str, str], tuple[str, str]]  # key -> (sentence before, sentence after)


def _key(record: dict) -> tuple[str, str]:
    return (str(record["article_id"]), str(record["statement_id"]))


def _contexts(records: list[dict]) -> dict[tuple[str, str], tuple[str, str]]:
    """The nearest other span before and after each statement in its article (narration too)."""
    by_article: dict[str, list[dict]] = defaultdict(list)
    for r in records:
        by_article[str(r["article_id"])].append(r)
    out = {}
    for rows in by_article.values():
        rows.sort(key=lambda r: (r["char_start"], r["char_end"]))
        starts = [r["char_start"] for r in rows]
        for r in rows:
            before = bisect.bisect_left(starts, r["char_start"]) - 1
            while before >= 0 and rows[before]["char_end"] > r["char_start"]:
                before -= 1  # overlaps this statement (e.g. the same sentence split in two)
            after = bisect.bisect_left(starts, r["char_end"])
            out[_key(r)] = (
                rows[before]["text"] if before >= 0 else "",
                rows[after]["text"] if after < len(rows) else "",
            )
    return out


def _task_labels(run) -> dict[str, list[str]]:
    """The run's tasks and labels as its report records them (older reports: from the label
    probabilities of its statements)."""
    specs = run.report.get("task_specs")
    if specs:
        return {task: list(spec["labels"]) for task, spec in specs.items()}
    return {task: list(run.statements[0][task]["probs"]) for task in run.tasks}


def load_population(source: str, tasks: list[str]) -> Population:
    if not source:
        raise UserError(
            "sample.run is empty: give a finished run directory, "
            "e.g. sample.run=outputs/runs/DATE/TIME"
        )
    runs_info, per_run = [], []
    for i, path in enumerate(expand_runs(Path(source))):
        run = load_run(path, f"R{i + 1}")
        if run.report is None or not run.statements:
            raise UserError(
                f"{path}: not a finished pipeline run (no report.json or statements.jsonl)"
            )
        labels = _task_labels(run)
        unknown = [task for task in tasks if task not in labels]
        if unknown:
            raise UserError(
                f"sample.tasks={tasks}: {path} has no {unknown[0]!r} predictions "
                f"(its tasks: {', '.join(labels)})"
            )
        if not per_run:
            chosen = {task: labels[task] for task in tasks or labels}
        runs_info.append(
            {
                "dir": str(path.resolve()),
                "overrides": run.overrides,
                "target": run.report.get("target"),
                "models": (run.report.get("provenance") or {}).get("models", {}),
                "statements_sha256": sha256_file(path / "statements.jsonl"),
            }
        )
        per_run.append(run.statements)
    # Each run's label: the overrides that set it apart from the other runs of a sweep.
    common = set.intersection(*(set(r["overrides"]) for r in runs_info))
    for info in runs_info:
        info["label"] = " ".join(o for o in info["overrides"] if o not in common)
    first = per_run[0]
    keys = [(_key(r), r["text"]) for r in first]
    for path, statements in zip(runs_info[1:], per_run[1:], strict=True):
        if [(_key(r), r["text"]) for r in statements] != keys:
            raise UserError(
                f"{path['dir']} has other statements than {runs_info[0]['dir']}; "
                "sample the runs of a sweep only when they share chunking and attribution"
            )
    predictions = {
        key: [{task: statements[j][task]["label"] for task in chosen} for statements in per_run]
        for j, (key, _) in enumerate(keys)
    }
    return Population(
        runs=runs_info,
        labels=chosen,
        records=[r for r in first if r.get("actor")],
        predictions=predictions,
        contexts=_contexts(first),
    )


def draw(population: Population, params: SampleParams, seed: int) -> tuple[list[dict], list[dict]]:
    """The sampled statements in a seeded random order, and one summary row per stratum."""
    task = next(iter(population.labels))
    strata: dict[StratumKey, list[dict]] = defaultdict(list)
    for r in population.records:
        strata[(str(r[params.stratify_by]), population.predictions[_key(r)][0][task])].append(r)
    sizes = {k: len(v) for k, v in strata.items()}
    counts = allocate(sizes, params.n, params.min_per_stratum)
    rng = np.random.default_rng(seed)
    chosen, summary = [], []
    for key in sorted(strata):
        members = sorted(strata[key], key=_key)
        picked = rng.choice(len(members), size=counts[key], replace=False)
        weight = sizes[key] / counts[key] if counts[key] else None
        chosen += [(members[i], key, weight) for i in sorted(picked)]
        summary.append({"stratum": list(key), "population": sizes[key], "sampled": counts[key]})
    order = rng.permutation(len(chosen))
    rows = []
    for row_number, i in enumerate(order, 1):
        record, key, weight = chosen[i]
        rows.append(
            {
                "row": row_number,
                "article_id": str(record["article_id"]),
                "statement_id": str(record["statement_id"]),
                "actor": record["actor"],
                "actor_group": record.get("actor_group"),
                "text": record["text"],
                "stratum": list(key),
                # Inverse inclusion probability: population estimates weight each row by it.
                "weight": weight,
                "predictions": population.predictions[_key(record)],
            }
        )
    return rows, summary


def _check(params: SampleParams) -> None:
    if params.stratify_by not in ("actor", "actor_group"):
        raise UserError(f"sample.stratify_by={params.stratify_by!r}: expected actor or actor_group")
    if params.n < 1 or params.coders < 1 or params.min_per_stratum < 0:
        raise UserError(
            "sample.n and sample.coders must be at least 1 and sample.min_per_stratum at least 0"
        )


def _csv_text(rows: list[dict], population: Population, params: SampleParams) -> str:
    buffer = io.StringIO()
    coder_columns = [
        coder_column(c, t) for c in range(1, params.coders + 1) for t in population.labels
    ]
    writer = csv.writer(buffer)
    writer.writerow([*CONTEXT_COLUMNS, *coder_columns])
    for row in rows:
        before, after = population.contexts[(row["article_id"], row["statement_id"])]
        writer.writerow(
            [
                row["row"],
                row["article_id"],
                row["statement_id"],
                row["actor"],
                before,
                row["text"],
                after,
                *[""] * len(coder_columns),
            ]
        )
    # A byte-order mark, so that spreadsheet programs read the file as UTF-8.
    return "\ufeff" + buffer.getvalue()


def _instructions(
    csv_path: Path, target: str, params: SampleParams, tasks: dict[str, list[str]], n: int
) -> str:
    labels = "\n".join(f"- `{t}`: {' / '.join(tasks[t])}" for t in tasks)
    columns = ", ".join(
        f"`{coder_column(c, t)}`" for c in range(1, params.coders + 1) for t in tasks
    )
    return f"""# Coding instructions for `{csv_path.name}`

{n} statements, each said by the actor in the `actor` column; the target of the stance is
**{target}**. The sentences before and after (`context_before`, `context_after`) are there to
read the statement in context; code the statement in `text` only.

Label definitions and edge cases: the project's codebook, `{CODEBOOK}`. Allowed labels
(any case):

{labels}

Each coder fills only their own columns ({columns}), without looking at the other coder's
columns or at any model output. Leave a cell empty when the statement cannot be coded; an
empty cell counts as missing, not as a label. Do not edit, add or remove rows or other columns.
Save as CSV (UTF-8), then score the model and the coders' agreement:

    python -m pipeline task=evaluate data=coded data.path=FILLED.csv

The model's predictions are kept apart, in `{sidecar_path(csv_path).name}` beside this file
(keep it there, or pass `data.predictions=PATH`).
"""


def run_sample(params: SampleParams, seed: int, run_dir: Path) -> Path:
    """Draws the sample and writes the coders' CSV, the sidecar and the instructions."""
    _check(params)
    seed = params.seed if params.seed is not None else seed
    csv_path = Path(params.out) if params.out else Path(run_dir) / "coding_sample.csv"
    if csv_path.exists():
        raise UserError(
            f"{csv_path} exists (it may hold a coder's work); give another sample.out or remove it"
        )
    population = load_population(params.run, params.tasks)
    if not population.records:
        raise UserError(f"{params.run}: the run has no statements attributed to an actor")
    rows, strata = draw(population, params, seed)
    target = population.runs[0]["target"] or ""
    sidecar = {
        "schema_version": SCHEMA_VERSION,
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "source": str(Path(params.run).resolve()),
        "runs": population.runs,
        "target": target,
        "tasks": list(population.labels),
        "labels": population.labels,
        "coders": params.coders,
        "seed": seed,
        "n_requested": params.n,
        "min_per_stratum": params.min_per_stratum,
        "stratify_by": [params.stratify_by, f"predicted {next(iter(population.labels))}"],
        "population": len(population.records),
        "strata": strata,
        "rows": rows,
    }
    atomic_write_json(sidecar_path(csv_path), sidecar)
    atomic_write_text(
        instructions_path(csv_path),
        _instructions(csv_path, target, params, population.labels, len(rows)),
    )
    # The CSV last: its presence marks a complete sample.
    atomic_write_text(csv_path, _csv_text(rows, population, params))
    return csv_path
