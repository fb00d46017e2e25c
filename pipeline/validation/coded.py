"""`task=evaluate data=coded`: a coding sample filled in by human coders, scored.

Reads the filled CSV, joins the sample's sidecar (the model predictions, kept out of the
coders' sight), and reports per task: each model (one per sampled run) against each coder and
against the coders' consensus (accuracy, macro-F1, the task's headline metric with bootstrap
CIs, Cohen's kappa), and between coders Cohen's kappa per pair and Krippendorff's alpha. Blank
cells are missing data. Writes metrics.json and metrics.md into the run directory.
"""

from __future__ import annotations

import csv
import itertools
import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.atomic import atomic_write_json, atomic_write_text
from pipeline.errors import UserError
from pipeline.evaluate import normalise_label
from pipeline.metrics import evaluate_labels, task_metrics
from pipeline.provenance import sha256_file
from pipeline.validation.agreement import cohen_kappa, krippendorff_alpha_nominal
from pipeline.validation.sampling import sidecar_path

log = logging.getLogger(__name__)
SCHEMA_VERSION = 1
CONSENSUS = "consensus"


@dataclass
class CodedDataParams:
    """A coding sample (from `task=sample`) with the coders' labels filled in."""

    path: str = ""
    # The sample's sidecar; null: <csv name>.predictions.json beside the CSV, else the only
    # *.predictions.json in that folder.
    predictions: str | None = None
    # Coders' raw labels -> task labels (labels also match case-insensitively).
    label_map: dict[Any, str] = field(default_factory=dict)


@dataclass
class Coding:
    """The filled sample: per task and coder, each sample row's label (None: left blank)."""

    sidecar: dict
    sidecar_file: Path
    labels: dict[str, dict[str, list[str | None]]]  # task -> coder -> label per sidecar row


def _find_sidecar(params: CodedDataParams, csv_path: Path) -> Path:
    if params.predictions:
        path = Path(params.predictions)
        if not path.is_file():
            raise UserError(f"data.predictions: no such file {path}")
        return path
    beside = sidecar_path(csv_path)
    if beside.is_file():
        return beside
    found = sorted(csv_path.parent.glob("*.predictions.json"))
    if len(found) == 1:
        return found[0]
    raise UserError(
        f"cannot find the sample's predictions beside {csv_path} ({beside.name}); "
        "pass data.predictions=PATH/coding_sample.predictions.json"
    )


def _read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise UserError(f"cannot read the sample's predictions {path}: {err}") from err
    if not isinstance(data, dict) or "rows" not in data or "tasks" not in data:
        raise UserError(f"{path} is not a coding sample's predictions file (from task=sample)")
    return data


def _read_csv(path: Path) -> list[dict[str, str]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as err:
        raise UserError(f"{path} is not UTF-8 text ({err.reason} at byte {err.start})") from err
    except OSError as err:
        raise UserError(f"cannot read {path}: {err.strerror}") from err
    lines = text.splitlines(keepends=True)
    if not lines:
        raise UserError(f"{path} is empty")
    try:  # spreadsheets in some locales save with ';' or tabs
        dialect = csv.Sniffer().sniff(lines[0], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return list(csv.DictReader(lines, dialect=dialect))


def read_coding(params: CodedDataParams) -> Coding:
    """Reads and checks the filled CSV against its sidecar; every problem is one clear line."""
    if not params.path:
        raise UserError("data.path is empty: give the filled coding CSV, e.g. data.path=FILLED.csv")
    csv_path = Path(params.path)
    if not csv_path.is_file():
        raise UserError(f"coding file not found: {csv_path}")
    sidecar_file = _find_sidecar(params, csv_path)
    sidecar = _read_json(sidecar_file)
    rows = _read_csv(csv_path)
    columns = list(rows[0]) if rows else []
    for needed in ("article_id", "statement_id"):
        if needed not in columns:
            raise UserError(f"{csv_path} has no column {needed!r} (columns: {', '.join(columns)})")
    tasks = sidecar["tasks"]
    pattern = re.compile(rf"^(.+)_({'|'.join(map(re.escape, tasks))})$")
    coder_columns = [(c, *m.groups()) for c in columns if (m := pattern.match(c))]
    if not coder_columns:
        raise UserError(
            f"{csv_path} has no coder columns such as coder1_{tasks[0]} "
            f"(columns: {', '.join(columns)})"
        )
    position = {(r["article_id"], r["statement_id"]): i for i, r in enumerate(sidecar["rows"])}
    n = len(sidecar["rows"])
    labels: dict[str, dict[str, list[str | None]]] = {t: {} for t in tasks}
    for _, coder, task in coder_columns:
        labels[task][coder] = [None] * n
    seen: set[int] = set()
    for line, row in enumerate(rows, 2):  # line 1 is the header
        key = (row.get("article_id") or "", row.get("statement_id") or "")
        if key not in position:
            raise UserError(
                f"{csv_path} line {line}: statement {key[1]!r} of article {key[0]!r} is not in "
                f"the sample {sidecar_file.name}"
            )
        index = position[key]
        if index in seen:
            raise UserError(f"{csv_path} line {line}: statement {key[1]!r} appears twice")
        seen.add(index)
        for column, coder, task in coder_columns:
            raw = (row.get(column) or "").strip()
            if not raw:
                continue
            label = normalise_label(raw, params.label_map)
            allowed = sidecar["labels"][task]
            if label not in allowed:
                raise UserError(
                    f"{csv_path} line {line} (row {row.get('row', '?')}), column {column}: "
                    f"{raw!r} is not a {task} label; allowed: {', '.join(allowed)} or empty"
                )
            labels[task][coder][index] = label
    return Coding(sidecar=sidecar, sidecar_file=sidecar_file, labels=labels)


def consensus(codings: list[list[str | None]]) -> list[str | None]:
    """Per row, the label every coder gave when all of them coded it alike; else None."""
    out = []
    for values in zip(*codings, strict=True):
        same = None not in values and len(set(values)) == 1
        out.append(values[0] if same else None)
    return out


def _model_vs(
    reference: list[str | None],
    model: list[str],
    task: str,
    labels: list[str],
    seed: int,
    n_boot: int,
) -> dict | None:
    pairs = [(g, p) for g, p in zip(reference, model, strict=True) if g is not None]
    if not pairs:
        return None
    gold, pred = (list(t) for t in zip(*pairs, strict=True))
    result = evaluate_labels(gold, pred, task, labels, seed=seed, n_boot=n_boot)
    result["metrics"]["cohen_kappa"] = {"value": cohen_kappa(gold, pred, labels)}
    return result


def _between_coders(coders: dict[str, list[str | None]], labels: list[str]) -> dict:
    pairs = []
    for a, b in itertools.combinations(coders, 2):
        both = [
            (x, y)
            for x, y in zip(coders[a], coders[b], strict=True)
            if x is not None and y is not None
        ]
        xs, ys = [x for x, _ in both], [y for _, y in both]
        pairs.append(
            {
                "a": a,
                "b": b,
                "n": len(both),
                "agreement": sum(x == y for x, y in both) / len(both) if both else None,
                "cohen_kappa": cohen_kappa(xs, ys, labels),
            }
        )
    units = list(zip(*coders.values(), strict=True))
    return {
        "pairs": pairs,
        "krippendorff_alpha": krippendorff_alpha_nominal(units),
        # Rows that at least two coders coded: the units alpha is computed over.
        "alpha_units": sum(sum(v is not None for v in unit) >= 2 for unit in units),
    }


def primary_reference(references: dict) -> str | None:
    """What the model is judged against: the coders' consensus, else the sole coder."""
    if CONSENSUS in references:
        return CONSENSUS
    return next(iter(references), None)


def _by_actor(reference: list[str | None], predicted: list[str], actors: list[str]) -> dict:
    """Per actor: rows the reference coded and the model's accuracy on them."""
    hits: dict[str, list[bool]] = {}
    for gold, pred, actor in zip(reference, predicted, actors, strict=True):
        if gold is not None:
            hits.setdefault(actor, []).append(gold == pred)
    return {a: {"n": len(h), "accuracy": sum(h) / len(h)} for a, h in sorted(hits.items())}


def score_coding(coding: Coding, seed: int, n_boot: int = 1000) -> dict[str, dict]:
    """Per task: rows coded per coder, model-vs-coder results per run, between-coder agreement."""
    sidecar = coding.sidecar
    out = {}
    for task in sidecar["tasks"]:
        labels = sidecar["labels"][task]
        # A coder who left a task's column empty did not code that task.
        coders = {k: v for k, v in coding.labels[task].items() if any(x is not None for x in v)}
        references = dict(coders)
        if len(coders) >= 2:
            references[CONSENSUS] = consensus(list(coders.values()))
        primary = primary_reference(references)
        actors = [row["actor"] for row in sidecar["rows"]]
        models = []
        for i, run in enumerate(sidecar["runs"]):
            predicted = [row["predictions"][i][task] for row in sidecar["rows"]]
            models.append(
                {
                    "run": run["dir"],
                    "label": run.get("label", ""),
                    "model": run["models"].get(task, {}),
                    "vs": {
                        name: _model_vs(ref, predicted, task, labels, seed, n_boot)
                        for name, ref in references.items()
                    },
                    "by_actor": _by_actor(references[primary], predicted, actors)
                    if primary
                    else {},
                }
            )
        out[task] = {
            "labels": labels,
            "n_rows": len(sidecar["rows"]),
            "n_coded": {name: sum(v is not None for v in ref) for name, ref in references.items()},
            "reference": primary,
            "models": models,
            "between_coders": _between_coders(coders, labels) if len(coders) >= 2 else None,
        }
    return out


def _num(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _with_ci(record: dict) -> str:
    if "ci_low" not in record:
        return _num(record["value"])
    return f"{record['value']:.3f} [{record['ci_low']:.2f}, {record['ci_high']:.2f}]"


def _model_name(model: dict) -> str:
    backend = model["model"].get("backend", "?")
    return f"{backend} ({model['label']})" if model["label"] else backend


def render_markdown(result: dict) -> str:
    sample = result["sample"]
    lines = [
        f"# Validation against human coders: {result['data']['path']}",
        "",
        f"Sample of {sample['source']} ({sample['n_rows']} statements of {sample['population']}, "
        f"seed {sample['seed']}, stratified by {' × '.join(sample['stratify_by'])}); "
        f"target: {sample['target']}.",
        "Agreement on the rows each reference coded; consensus = rows where all coders gave the "
        "same label. Brackets: bootstrap 95% CI.",
    ]
    for task, res in result["tasks"].items():
        coded = ", ".join(f"{k} {v}" for k, v in res["n_coded"].items())
        lines += ["", f"## {task}", ""]
        if not res["n_coded"]:
            lines.append("No coder labelled this task.")
            continue
        lines += [f"Rows coded (of {res['n_rows']}): {coded}.", ""]
        headline = next(iter(task_metrics(task, res["labels"])))
        lines += [
            f"| model | reference | n | accuracy | macro-F1 | {headline} | Cohen's κ |",
            "|---|---|---:|---|---|---|---|",
        ]
        for model in res["models"]:
            name = _model_name(model)
            for ref, r in model["vs"].items():
                if r is None:
                    lines.append(f"| {name} | {ref} | 0 | | | | |")
                    continue
                m = r["metrics"]
                lines.append(
                    f"| {name} | {ref} | {r['n']} | {_with_ci(m['accuracy'])} | "
                    f"{_with_ci(m['macro_f1'])} | {_with_ci(m[headline])} | "
                    f"{_num(m['cohen_kappa']['value'])} |"
                )
        for model in res["models"]:
            if model["by_actor"]:
                lines += [
                    "",
                    f"Per actor, against {res['reference']} ({_model_name(model)}): "
                    + ", ".join(
                        f"{actor} {a['accuracy']:.2f} (n={a['n']})"
                        for actor, a in model["by_actor"].items()
                    )
                    + ".",
                ]
        between = res["between_coders"]
        if between:
            lines += [
                "",
                "| coders | n (both coded) | agreement | Cohen's κ |",
                "|---|---:|---|---|",
            ]
            for p in between["pairs"]:
                lines.append(
                    f"| {p['a']} – {p['b']} | {p['n']} | {_num(p['agreement'])} | "
                    f"{_num(p['cohen_kappa'])} |"
                )
            lines += [
                "",
                f"Krippendorff's α (nominal, all coders, blanks missing): "
                f"{_num(between['krippendorff_alpha'])} over {between['alpha_units']} rows.",
            ]
    return "\n".join(lines) + "\n"


def headline(result: dict) -> list[str]:
    """One line per task for the terminal."""
    lines = []
    for task, res in result["tasks"].items():
        parts = []
        for model in res["models"]:
            name = f"model ({model['label']})" if model["label"] else "model"
            for ref, r in model["vs"].items():
                if r is not None:
                    m = r["metrics"]
                    parts.append(
                        f"{name} vs {ref}: accuracy {m['accuracy']['value']:.3f}, "
                        f"κ {_num(m['cohen_kappa']['value'])} (n={r['n']})"
                    )
        between = res["between_coders"]
        if between:
            kappas = ", ".join(_num(p["cohen_kappa"]) for p in between["pairs"])
            parts.append(f"coders κ {kappas}, α {_num(between['krippendorff_alpha'])}")
        lines.append(f"{task}: " + "; ".join(parts or ["no row coded"]))
    return lines


def run_coded_evaluation(params: CodedDataParams, seed: int, run_dir: Path) -> dict:
    coding = read_coding(params)
    sidecar = coding.sidecar
    for run in sidecar["runs"]:
        statements = Path(run["dir"]) / "statements.jsonl"
        if statements.is_file() and sha256_file(statements) != run["statements_sha256"]:
            log.warning(
                "%s changed since the sample was drawn; scoring the predictions the sample "
                "recorded",
                statements,
            )
    result = {
        "schema_version": SCHEMA_VERSION,
        "kind": "coded_sample",
        "data": {
            "path": params.path,
            "sha256": sha256_file(params.path),
            "predictions": str(coding.sidecar_file),
            "predictions_sha256": sha256_file(coding.sidecar_file),
        },
        "sample": {
            "source": sidecar["source"],
            "target": sidecar["target"],
            "seed": sidecar["seed"],
            "n_rows": len(sidecar["rows"]),
            "population": sidecar["population"],
            "stratify_by": sidecar["stratify_by"],
        },
        "tasks": score_coding(coding, seed),
    }
    atomic_write_text(Path(run_dir) / "metrics.md", render_markdown(result))
    # metrics.json last: its presence marks a finished evaluation run.
    atomic_write_json(Path(run_dir) / "metrics.json", result)
    return result
