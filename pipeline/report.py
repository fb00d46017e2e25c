"""Writing a run's outputs: statements.jsonl/.csv, report.json, report.md, report.html, figures."""

from __future__ import annotations

import base64
import csv
import io
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from pipeline.atomic import atomic_write_bytes, atomic_write_json, atomic_write_text
from pipeline.figures import actor_forest_plot
from pipeline.scoring import ActorAggregate, ScoreSummary
from pipeline.types import ScoredStatement
from pipeline.validation.registry import validation_markdown

SCHEMA_VERSION = "1.0"
FIGURE_PATH = "figures/actors.png"


@dataclass
class ReportParams:
    markdown: bool = True
    html: bool = True
    figures: bool = True
    # Longest evidence text quoted in report.md / report.html (report.json keeps it whole).
    evidence_chars: int = 280


def statement_record(item: ScoredStatement) -> dict:
    record = asdict(item.statement)
    record["stance"] = asdict(item.stance)
    record["sentiment"] = asdict(item.sentiment)
    return record


def flat_statement_row(record: dict) -> dict:
    """One CSV row: nested stance/sentiment probabilities become columns."""
    row = {k: v for k, v in record.items() if k not in {"stance", "sentiment"}}
    row["mentioned_actors"] = ";".join(record["mentioned_actors"])
    for task in ("stance", "sentiment"):
        row[f"{task}_label"] = record[task]["label"]
        row[f"{task}_score"] = record[task]["score"]
        for label, p in record[task]["probs"].items():
            row[f"{task}_p_{label}"] = p
    return row


def aggregate_record(agg: ActorAggregate) -> dict:
    def summary(s: ScoreSummary) -> dict:
        return {"mean": s.mean, "ci_low": s.ci_low, "ci_high": s.ci_high, "counts": s.counts}

    return {
        "group": agg.group,
        "kind": agg.kind,
        "members": agg.members,
        "n_statements": agg.n_statements,
        "stance": summary(agg.stance),
        "sentiment": summary(agg.sentiment),
        "evidence": [
            {
                "statement_id": e.statement.statement_id,
                "actor": e.statement.actor,
                "text": e.statement.text,
                "cue": e.statement.cue,
                "attribution_confidence": e.statement.attribution_confidence,
                "stance_label": e.stance.label,
                "stance_score": e.stance.score,
                "sentiment_label": e.sentiment.label,
                "sentiment_score": e.sentiment.score,
            }
            for e in agg.evidence
        ],
    }


def build_report(
    target: str,
    aggregates: list[ActorAggregate],
    provenance: dict,
    timing: dict,
    metrics: dict | None = None,
    articles: list[dict] | None = None,
) -> dict:
    report = {
        "schema_version": SCHEMA_VERSION,
        "target": target,
        "articles": articles or [],
        "actors": {agg.name: aggregate_record(agg) for agg in aggregates},
        "provenance": provenance,
        "timing": timing,
    }
    if metrics:
        report["metrics"] = metrics
    return report


def write_run(
    run_dir: Path,
    scored: list[ScoredStatement],
    aggregates: list[ActorAggregate],
    report: dict,
    params: ReportParams,
) -> list[Path]:
    """Write every output; report.json goes last, so its presence marks a complete run."""
    records = [statement_record(s) for s in scored]
    written = [run_dir / "statements.jsonl", run_dir / "statements.csv"]
    atomic_write_text(
        written[0], "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    )
    atomic_write_text(written[1], _csv_text([flat_statement_row(r) for r in records]))
    figure = actor_forest_plot(aggregates, report["target"]) if params.figures else None
    if figure:
        written.append(run_dir / FIGURE_PATH)
        atomic_write_bytes(written[-1], figure)
    markdown_text = render_markdown(report, records, params, has_figure=figure is not None)
    if params.markdown:
        written.append(run_dir / "report.md")
        atomic_write_text(written[-1], markdown_text)
    if params.html:
        written.append(run_dir / "report.html")
        atomic_write_text(written[-1], render_html(markdown_text, report["target"], figure))
    written.append(run_dir / "report.json")
    atomic_write_json(written[-1], report)
    return written


def _csv_text(rows: list[dict]) -> str:
    buffer = io.StringIO()
    if rows:
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return buffer.getvalue()


def _fmt_summary(s: dict) -> str:
    return f"{s['mean']:+.2f} [{s['ci_low']:+.2f}, {s['ci_high']:+.2f}]"


def _counts(s: dict) -> str:
    return " / ".join(f"{label} {n}" for label, n in s["counts"].items())


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(
    report: dict, records: list[dict], params: ReportParams, has_figure: bool
) -> str:
    prov = report["provenance"]
    lines = [
        f"# Stance report: {report['target']}",
        "",
        _run_summary(report, records),
        "",
        "Stance score = P(favor) − P(against), sentiment score = P(positive) − P(negative), "
        "each in [−1, 1]. Means are weighted by attribution confidence; brackets give the "
        f"bootstrap {prov.get('confidence_level', 0.95):.0%} interval.",
        "",
        "## Actors",
        "",
        "| Actor | Kind | Group | n | Stance mean [CI] | Stance labels | "
        "Sentiment mean [CI] | Sentiment labels |",
        "|---|---|---|---:|---|---|---|---|",
    ]
    for name, actor in report["actors"].items():
        lines.append(
            f"| {_cell(name)} | {actor['kind']} | {_cell(actor['group'])} | "
            f"{actor['n_statements']} | {_fmt_summary(actor['stance'])} | "
            f"{_counts(actor['stance'])} | {_fmt_summary(actor['sentiment'])} | "
            f"{_counts(actor['sentiment'])} |"
        )
    if has_figure:
        lines += ["", f"![Stance and sentiment per actor with confidence intervals]({FIGURE_PATH})"]
    lines += ["", "## Evidence", ""]
    for name, actor in report["actors"].items():
        lines.append(f"### {name}")
        lines.append("")
        for e in actor["evidence"]:
            text = _clip(e["text"], params.evidence_chars)
            lines.append(
                f"- **{e['stance_label']}** ({e['stance_score']:+.2f}), sentiment "
                f"{e['sentiment_label']} ({e['sentiment_score']:+.2f}) — {e['actor']}, "
                f"cue *{e['cue']}*, confidence {e['attribution_confidence']:.2f}: {text}"
            )
        lines.append("")
    lines += _statements_table(records, params)
    lines += _metrics_section(report.get("metrics"))
    lines += validation_markdown(report.get("validation"))
    lines += _provenance_section(report)
    return "\n".join(lines) + "\n"


def _run_summary(report: dict, records: list[dict]) -> str:
    articles = report.get("articles") or []
    names = ", ".join(f"{a['article_id']} ({a.get('date') or 'no date'})" for a in articles)
    attributed = sum(1 for r in records if r["actor"])
    return (
        f"Articles: {names or 'none'}. Statements: {len(records)}, of which {attributed} "
        f"attributed to an actor."
    )


def _statements_table(records: list[dict], params: ReportParams) -> list[str]:
    lines = [
        "## Statements",
        "",
        "| id | Actor | Cue | Conf. | Stance | Sentiment | Text |",
        "|---|---|---|---:|---|---|---|",
    ]
    for r in records:
        text = _clip(r["text"], params.evidence_chars)
        lines.append(
            f"| {r['statement_id']} | {_cell(r['actor'] or '—')} | {_cell(r['cue'] or '')} | "
            f"{r['attribution_confidence']:.2f} | {r['stance']['label']} "
            f"({r['stance']['score']:+.2f}) | {r['sentiment']['label']} "
            f"({r['sentiment']['score']:+.2f}) | {_cell(text)} |"
        )
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
"""


def render_html(markdown_text: str, title: str, figure_png: bytes | None) -> str:
    """A self-contained page: the Markdown report with the figure inlined as a data URI."""
    import markdown

    body = markdown.markdown(markdown_text, extensions=["tables"])
    if figure_png is not None:
        data_uri = "data:image/png;base64," + base64.b64encode(figure_png).decode("ascii")
        body = body.replace(f'src="{FIGURE_PATH}"', f'src="{data_uri}"')
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>Stance report: {_escape(title)}</title><style>{_HTML_STYLE}</style></head>"
        f"<body>\n{body}\n</body></html>\n"
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
