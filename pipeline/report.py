"""The `report` stage: statements.jsonl/.csv/.parquet, report.json, report.md, report.html,
figures. report.json goes last, so its presence marks a complete run.

The statement tables stream part by part from the stage tables (never the whole corpus in
memory); report.md / report.html show at most `report.max_statements` of them.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.aggregation import warnings_for
from pipeline.atomic import atomic_open, atomic_write_bytes, atomic_write_json, atomic_write_text
from pipeline.figures import actor_forest_plot, trend_plot
from pipeline.report_markdown import render_html, render_markdown
from pipeline.schema import SCHEMA_VERSION, STATEMENTS
from pipeline.tables import RunTables, articles, joined_part

FIGURE_PATH = "figures/actors.png"
TREND_PATH = "figures/trends.png"


@dataclass
class ReportParams:
    markdown: bool = True
    html: bool = True
    figures: bool = True
    # Longest evidence text quoted in report.md / report.html (report.json keeps it whole).
    evidence_chars: int = 280
    # Statements listed in report.md / report.html; all of them are in statements.csv/.parquet.
    max_statements: int = 200
    # Cells listed (with their evidence) in report.md / report.html; all are in report.json.
    max_cells: int = 100
    # Panels of the trend figure (the most-quoted series).
    trend_panels: int = 12


def statement_record(row: dict, tasks) -> dict:
    """A joined flat row → the nested statements.jsonl record."""
    record = {k: row[k] for k in STATEMENTS.names}
    for task in tasks:
        record[task.name] = {
            "label": row[f"{task.name}_label"],
            "probs": {lab: row[f"{task.name}_p_{lab}"] for lab in task.labels},
            "score": row[f"{task.name}_score"],
        }
    return record


def write_statements(run_dir: Path, tables: RunTables, keep: int) -> list[dict]:
    """statements.jsonl/.csv/.parquet from every part; returns the first `keep` records."""
    first: list[dict] = []
    parquet_tmp = run_dir / ".statements.parquet.tmp"
    writer = None
    try:
        with (
            atomic_open(run_dir / "statements.jsonl") as jsonl,
            atomic_open(run_dir / "statements.csv", newline="") as csv_handle,
        ):
            table_writer = None
            for run_dir_in, number in tables.parts():
                part = joined_part(tables, run_dir_in, number)
                if writer is None:
                    writer = pq.ParquetWriter(parquet_tmp, part.schema)
                    table_writer = csv.DictWriter(csv_handle, fieldnames=part.column_names)
                    table_writer.writeheader()
                writer.write_table(part)
                for row in part.to_pylist():
                    record = statement_record(row, tables.tasks)
                    jsonl.write(json.dumps(record, ensure_ascii=False) + "\n")
                    table_writer.writerow(
                        row | {"mentioned_actors": ";".join(row["mentioned_actors"])}
                    )
                    if len(first) < keep:
                        first.append(record)
            writer.close()
            writer = None
        parquet_tmp.replace(run_dir / "statements.parquet")
    finally:
        if writer is not None:
            writer.close()
        parquet_tmp.unlink(missing_ok=True)
    return first


def write_report(
    run_dir: Path,
    tables: RunTables,
    aggregates: dict,
    params: ReportParams,
    provenance: dict,
    metrics: dict | None,
    timing: dict,
    validation: list[dict] | None = None,
) -> dict:
    """Every output of a run from its aggregates and stage tables; report.json last."""
    run_dir.mkdir(parents=True, exist_ok=True)
    meta = articles(tables).select(["article_id", "title", "date", "source", "url"])
    warnings = warnings_for(aggregates)
    report = {
        "schema_version": SCHEMA_VERSION,
        # "empty": nothing was attributed to any actor; the tables hold no numbers.
        "status": "empty" if aggregates["corpus"]["n_attributed"] == 0 else "ok",
        "warnings": warnings,
        "target": aggregates["target"],
        "tasks": aggregates["tasks"],
        "score_definitions": {t.name: t.score_text() for t in tables.tasks},
        # The task table the run used (labels, score ends), for readers without its config.
        "task_specs": {t.name: t.record() for t in tables.tasks},
        "by": aggregates["by"],
        "min_n": aggregates["min_n"],
        "resample": aggregates["resample"],
        "corpus": aggregates["corpus"],
        "articles": meta.to_pylist(),
        "actors": aggregates["actors"],
        "cells": aggregates["cells"],
        "outlets": aggregates["outlets"],
        "metrics": metrics or None,
        # The labelled sets this run's models were checked against (task=evaluate records).
        "validation": validation,
        "provenance": provenance,
        "timing": dict(timing),
    }
    first = write_statements(run_dir, tables, params.max_statements)
    figures = {}
    if params.figures:
        figures[FIGURE_PATH] = actor_forest_plot(report)
        trend = trend_plot(report, params.trend_panels)
        if trend is not None:
            figures[TREND_PATH] = trend
        for path, png in figures.items():
            atomic_write_bytes(run_dir / path, png)
    markdown_text = render_markdown(report, first, params, list(figures))
    if params.markdown:
        atomic_write_text(run_dir / "report.md", markdown_text)
    if params.html:
        atomic_write_text(
            run_dir / "report.html", render_html(markdown_text, report["target"], figures)
        )
    atomic_write_json(run_dir / "report.json", report)
    return report
