"""report.md and the self-contained report.html rendered from a report.json dict."""

from __future__ import annotations

import base64
import json

from pipeline.validation.registry import validation_markdown

SMALL_MARK = "†"


def _fmt_summary(s: dict) -> str:
    if s["mean"] is None:
        return "—"
    return f"{s['mean']:+.2f} [{s['ci_low']:+.2f}, {s['ci_high']:+.2f}]"


def _counts(s: dict) -> str:
    return " / ".join(f"{label} {n}" for label, n in s["counts"].items())


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


def _cell(text) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _n(entry: dict) -> str:
    return f"{entry['n_statements']}{SMALL_MARK if entry['small'] else ''}"


def render_markdown(report: dict, statements: list[dict], params, figures: list[str]) -> str:
    tasks = report["tasks"]
    level = report["provenance"].get("confidence_level", 0.95)
    unit = "articles" if report["resample"] == "article" else "statements"
    lines = [f"# Stance report: {report['target']}", ""]
    for warning in report["warnings"]:
        lines += [f"> **Warning:** {warning}", ""]
    lines += [
        _run_summary(report),
        "",
        "Scores: "
        + "; ".join(f"{t} = {report['score_definitions'][t]}" for t in tasks)
        + ", each in [−1, 1]. Means are weighted by attribution confidence; brackets give the "
        f"{level:.0%} bootstrap interval (resampling {unit}; a cell from a single article "
        f"resamples its statements). {SMALL_MARK}: fewer than "
        f"{report['min_n']} statements (aggregate.min_n): read the interval with care.",
        "",
        "## Actors",
        "",
        _table_head(["Actor", "Kind", "Group", "n", "Articles"], tasks),
    ]
    for name, actor in report["actors"].items():
        lines.append(
            f"| {_cell(name)} | {actor['kind']} | {_cell(actor['group'])} | {_n(actor)} | "
            f"{actor['n_articles']} | " + _task_cells(actor, tasks)
        )
    if "figures/actors.png" in figures:
        lines += ["", "![Mean score per actor and group with bootstrap intervals]"
                      "(figures/actors.png)"]  # fmt: skip
    if report["cells"] is not None:
        lines += ["", f"## By {', '.join(report['by'])}", ""]
        if "figures/trends.png" in figures:
            lines += ["![Trends over time with interval bands](figures/trends.png)", ""]
        lines += _cells_table(report["cells"], report["by"], tasks, params.max_cells)
    if report["outlets"] is not None:
        lines += ["", "## By outlet", ""]
        lines += _cells_table(report["outlets"], ["group", "outlet"], tasks, params.max_cells)
    lines += ["", "## Evidence", ""]
    for name, actor in report["actors"].items():
        if actor["evidence"]:
            lines += [f"### {name}", ""] + _evidence(actor["evidence"], tasks, params) + [""]
    if report["cells"]:
        lines += [f"## Evidence by {', '.join(report['by'])}", ""]
        for cell in report["cells"][: params.max_cells]:
            title = ", ".join(f"{k} {v}" for k, v in cell["keys"].items())
            lines += [f"### {title}", ""] + _evidence(cell["evidence"], tasks, params) + [""]
    lines += _statements_table(report, statements, tasks, params)
    lines += _metrics_section(report.get("metrics"))
    lines += validation_markdown(report.get("validation"))
    lines += _provenance_section(report)
    return "\n".join(lines) + "\n"


def _table_head(first: list[str], tasks: list[str]) -> str:
    heads = first + [
        h for t in tasks for h in (f"{t.capitalize()} mean [CI]", f"{t.capitalize()} labels")
    ]
    aligns = ["---"] * len(first) + ["---"] * 2 * len(tasks)
    for i, head in enumerate(first):
        if head in ("n", "Articles"):
            aligns[i] = "---:"
    return "| " + " | ".join(heads) + " |\n|" + "|".join(aligns) + "|"


def _task_cells(entry: dict, tasks: list[str]) -> str:
    return " | ".join(f"{_fmt_summary(entry[t])} | {_counts(entry[t])}" for t in tasks) + " |"


def _cells_table(cells: list[dict], keys: list[str], tasks: list[str], limit: int) -> list[str]:
    lines = [_table_head([k.capitalize() for k in keys] + ["n", "Articles"], tasks)]
    for cell in cells[:limit]:
        lines.append(
            "| " + " | ".join(_cell(cell["keys"][k]) for k in keys)
            + f" | {_n(cell)} | {cell['n_articles']} | " + _task_cells(cell, tasks)
        )  # fmt: skip
    if len(cells) > limit:
        lines += ["", f"{len(cells) - limit} more cells in report.json (report.max_cells)."]
    return lines


def _evidence(evidence: list[dict], tasks: list[str], params) -> list[str]:
    lines = []
    for e in evidence:
        scores = ", ".join(f"{t} {e[f'{t}_label']} ({e[f'{t}_score']:+.2f})" for t in tasks)
        where = e["title"] or e["article_id"]
        where = f"[{_cell(where)}]({e['url']})" if e.get("url") else _cell(where)
        meta = ", ".join(x for x in (e.get("source"), e.get("date")) if x)
        lines.append(
            f"- {scores} — {e['actor']}, cue *{e['cue']}*, confidence "
            f"{e['attribution_confidence']:.2f}; {where}{f' ({meta})' if meta else ''}: "
            f"{_clip(e['text'], params.evidence_chars)}"
        )
    return lines or ["- (no statements)"]


def _run_summary(report: dict) -> str:
    corpus = report["corpus"]
    articles = report["articles"]
    if len(articles) <= 10:
        names = ", ".join(f"{a['article_id']} ({a.get('date') or 'no date'})" for a in articles)
    else:
        names = f"{len(articles)}"
    span = corpus["date_range"]
    dates = f" from {span[0]} to {span[1]}" if span and len(articles) > 1 else ""
    outlets = f", {len(corpus['outlets'])} outlet(s)" if corpus["outlets"] else ""
    return (
        f"Articles: {names or 'none'}{dates}{outlets}. Statements: {corpus['n_statements']}, "
        f"of which {corpus['n_attributed']} attributed to an actor."
    )


def _statements_table(report: dict, records: list[dict], tasks, params) -> list[str]:
    total = report["corpus"]["n_statements"]
    lines = [
        "## Statements",
        "",
        "| id | Actor | Cue | Conf. | " + " | ".join(t.capitalize() for t in tasks) + " | Text |",
        "|---|---|---|---:|" + "---|" * len(tasks) + "---|",
    ]
    for r in records:
        lines.append(
            f"| {r['statement_id']} | {_cell(r['actor'] or '—')} | {_cell(r['cue'] or '')} | "
            f"{r['attribution_confidence']:.2f} | "
            + " | ".join(f"{r[t]['label']} ({r[t]['score']:+.2f})" for t in tasks)
            + f" | {_cell(_clip(r['text'], params.evidence_chars))} |"
        )
    if total > len(records):
        lines += ["", f"The first {len(records)} of {total} statements (report.max_statements); "
                      "all are in statements.csv and statements.parquet."]  # fmt: skip
    return lines + [""]


def _metrics_section(metrics: dict | None) -> list[str]:
    if not metrics:
        return []
    lines = ["## Metrics against gold labels", ""]
    for name, values in metrics.items():
        lines.append(
            f"- **{name}**: "
            + ", ".join(
                f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}"
                for k, v in values.items()
                if not isinstance(v, (dict, list))
            )
        )
    return lines + [""]


def _provenance_section(report: dict) -> list[str]:
    prov = report["provenance"]
    lines = ["## Provenance", ""]
    for task, model in prov.get("models", {}).items():
        lines.append(f"- {task} model: `{json.dumps(model, ensure_ascii=False)}`")
    git = prov.get("git", {})
    lines.append(
        f"- git commit: {git.get('commit') or 'none'}"
        + (" (uncommitted changes)" if git.get("dirty") else "")
    )
    lines.append(f"- seed: {prov.get('seed')}; overrides: {prov.get('overrides') or 'none'}")
    for item in prov.get("inputs", []):
        lines.append(f"- input `{item['path']}` sha256 {item['sha256'][:16]}…")
    timing = report.get("timing", {})
    if timing:
        lines.append("- timing (s): " + ", ".join(f"{k} {v:.2f}" for k, v in timing.items()))
    return lines + [""]


_HTML_STYLE = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:1100px;
margin:2em auto;padding:0 1em;color:#1d1d1d;line-height:1.45}
table{border-collapse:collapse;margin:1em 0;font-size:.9em}
th,td{border:1px solid #d0d7de;padding:.35em .6em;vertical-align:top}
th{background:#f3f5f7}tr:nth-child(even) td{background:#fafbfc}
img{max-width:100%}code{background:#f3f5f7;padding:0 .2em;font-size:.85em;word-break:break-all}
h1{font-size:1.6em}h2{border-bottom:1px solid #d0d7de;padding-bottom:.2em}
blockquote{border-left:4px solid #c0504d;background:#fdf1f0;margin:1em 0;padding:.4em 1em}
"""


def render_html(markdown_text: str, title: str, figures: dict[str, bytes]) -> str:
    """A self-contained page: the Markdown report with its figures inlined as data URIs."""
    import markdown

    body = markdown.markdown(markdown_text, extensions=["tables"])
    for path, png in figures.items():
        data_uri = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
        body = body.replace(f'src="{path}"', f'src="{data_uri}"')
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>Stance report: {_escape(title)}</title><style>{_HTML_STYLE}</style></head>"
        f"<body>\n{body}\n</body></html>\n"
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
