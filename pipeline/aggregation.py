"""The `aggregate` stage: finished stage tables → the aggregates a report shows.

`actors` (every study actor and group, n = 0 included), `cells` (the `aggregate.by` table),
`outlets` (group × outlet, when the corpus names more than one outlet), with evidence resolved
to text, article title and url; plus corpus counts and the warnings a reader must not miss.
"""

from __future__ import annotations

import logging
from dataclasses import asdict

from pipeline.scoring import AggregateParams, Cell, aggregate_cells, empty_summary
from pipeline.tables import RunTables, articles, load_frame, lookup

log = logging.getLogger(__name__)
OUTLET_KEYS = ["group", "outlet"]


def aggregate_runs(tables: RunTables, params: AggregateParams, seed: int) -> dict:
    frame = load_frame(tables)
    hierarchy = tables.hierarchy
    actor_cells = aggregate_cells(frame, ["actor"], hierarchy, tables.tasks, params, seed)
    cells = (
        aggregate_cells(frame, params.by, hierarchy, tables.tasks, params, seed)
        if (params.by)
        else None
    )
    outlets = {s for s in frame.source if s}
    outlet_cells = (
        aggregate_cells(frame, OUTLET_KEYS, hierarchy, tables.tasks, params, seed)
        if len(outlets) > 1
        else None
    )
    chosen = [c for group in (actor_cells, cells or [], outlet_cells or []) for c in group]
    evidence = lookup(tables, {frame.statement_id[i] for c in chosen for i in c.evidence})
    meta = articles(tables)
    titles = dict(zip(meta.column("article_id").to_pylist(), meta.column("title").to_pylist(),
                      strict=True))  # fmt: skip

    def record(cell: Cell) -> dict:
        return {
            "n_statements": cell.n_statements,
            "n_articles": cell.n_articles,
            "small": cell.small,
            "resampled": cell.resampled,
            **{name: asdict(summary) for name, summary in cell.summaries.items()},
            "evidence": [
                _evidence(evidence[frame.statement_id[i]], tables, titles) for i in cell.evidence
            ],
        }

    return {
        "target": tables.target,
        "tasks": [t.name for t in tables.tasks],
        "by": list(params.by),
        "min_n": params.min_n,
        "resample": params.resample,
        "actors": _actor_table(actor_cells, hierarchy, tables, record),
        "cells": None if cells is None else [{"keys": c.keys} | record(c) for c in cells],
        "outlets": None
        if outlet_cells is None
        else [{"keys": c.keys} | record(c) for c in outlet_cells],
        "corpus": _corpus(meta, frame, tables),
    }


def _actor_table(cells: list[Cell], hierarchy: dict, tables: RunTables, record) -> dict:
    """Every study actor: groups (anyone with members) first, each followed by its members."""
    by_name = {c.keys["actor"]: c for c in cells}
    has_members = {parent for parent in hierarchy.values() if parent is not None}

    def top(name: str) -> str:
        while hierarchy.get(name) is not None:
            name = hierarchy[name]
        return name

    table = {}
    for name in [*hierarchy, *(n for n in by_name if n not in hierarchy)]:
        cell = by_name.get(name)
        entry = {
            "group": top(name),
            "kind": "group" if name in has_members else "actor",
            "parent": hierarchy.get(name),
            "members": cell.members if cell else [],
        }
        if cell is not None:
            entry |= record(cell)
        else:  # in the study, never quoted: listed with n = 0
            entry |= {"n_statements": 0, "n_articles": 0, "small": True, "evidence": []}
            entry |= {t.name: asdict(empty_summary(t)) for t in tables.tasks}
        table[name] = entry
    return dict(sorted(table.items(), key=lambda kv: (kv[1]["kind"] != "group", kv[0])))


def _evidence(row: dict, tables: RunTables, titles: dict) -> dict:
    out = {
        key: row[key]
        for key in (
            "statement_id",
            "article_id",
            "actor",
            "text",
            "cue",
            "attribution_confidence",
            "date",
            "source",
            "url",
        )  # fmt: skip
    }
    out["title"] = titles.get(row["article_id"])
    for task in tables.tasks:
        out[f"{task.name}_label"] = row[f"{task.name}_label"]
        out[f"{task.name}_score"] = row[f"{task.name}_score"]
    return out


def _corpus(meta, frame, tables: RunTables) -> dict:
    rows = meta.select(["article_id", "date", "date_raw", "looks_english", "source"]).to_pylist()
    dates = sorted(r["date"] for r in rows if r["date"])
    skipped = [s for m in tables.annotated for s in m.get("skipped", [])]
    return {
        "n_articles": len(rows),
        "n_statements": len(frame),
        "n_attributed": sum(a is not None for a in frame.actor),
        "date_range": [dates[0], dates[-1]] if dates else None,
        "outlets": sorted({r["source"] for r in rows if r["source"]}),
        "undated": sum(1 for r in rows if r["date"] is None),
        "bad_dates": [
            {"article_id": r["article_id"], "value": r["date_raw"]}
            for r in rows
            if r["date"] is None and r["date_raw"] is not None
        ],
        "not_english": [r["article_id"] for r in rows if not r["looks_english"]],
        "skipped": skipped,
        "shards": len(tables.run_dirs),
    }


def warnings_for(aggregates: dict) -> list[str]:
    """What a reader must not miss: empty results, unreadable dates, skipped inputs."""
    corpus = aggregates["corpus"]
    out = []
    if corpus["n_attributed"] == 0:
        out.append(
            f"no statement of the {corpus['n_articles']} article(s) is attributed to a study "
            "actor: the tables below are empty (check the actors config and the text language)"
        )
    if corpus["not_english"]:
        ids = ", ".join(corpus["not_english"][:5])
        out.append(
            f"{len(corpus['not_english'])} article(s) do not look like English ({ids}…); the "
            "attribution rules and default models read English only"
        )
    if corpus["bad_dates"]:
        first = corpus["bad_dates"][0]
        out.append(
            f"{len(corpus['bad_dates'])} article(s) have a date that could not be parsed (e.g. "
            f"{first['article_id']}: {first['value']!r}); they are kept, as undated"
        )
    if corpus["skipped"]:
        out.append(
            f"{len(corpus['skipped'])} input(s) skipped (data.on_error=skip): "
            + "; ".join(f"{s['path']}: {s['reason']}" for s in corpus["skipped"][:3])
        )
    return out
