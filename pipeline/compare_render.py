"""Rendering a comparison (the dict from `pipeline.compare.build_comparison`) as Markdown and
as one self-contained HTML page with an inline SVG figure. Both come from the same sections."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any

PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf")
TEXT_CHARS = 220  # flipped statements are cut to this length in md/html (json keeps them whole)
NO_OVERLAP = "✱"
VALUE_CHARS = 120  # config values (e.g. prototype lists) are cut to this length


@dataclass
class Cell:
    text: str
    css: str = ""


@dataclass
class Section:
    title: str
    notes: list[str] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    rows: list[list[Cell | str]] = field(default_factory=list)
    figure: bool = False


def _num(x: Any, signed: bool = False) -> str:
    if x is None:
        return "–"
    if isinstance(x, float):
        return f"{x:+.3f}" if signed else f"{x:.3f}"
    return str(x)


def _summary_cell(s: dict | None, n: Any) -> str:
    if not s:
        return "–"
    return f"{s['mean']:+.2f} [{s['ci_low']:+.2f}, {s['ci_high']:+.2f}] (n={n})"


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= TEXT_CHARS else text[:TEXT_CHARS].rstrip() + "…"


def _value(v: Any) -> str:
    if isinstance(v, dict) and "value" in v:
        ci = f" [{v['ci_low']:.3f}, {v['ci_high']:.3f}]" if "ci_low" in v else ""
        return f"{v['value']:.3f}{ci}"
    if isinstance(v, float):
        return f"{v:.4g}"
    text = "–" if v is None else str(v)
    return text if len(text) <= VALUE_CHARS else text[: VALUE_CHARS - 1] + "…"


def _run_sections(c: dict) -> list[Section]:
    runs = Section(
        "Runs",
        notes=[f"Baseline: **{c['baseline']}**. Deltas, flips and transitions are against it."],
        header=["run", "what differs (overrides)", "kind", "target", "statements", "status", "dir"],
    )
    for r in c["runs"]:
        runs.rows.append(
            [
                Cell(r["id"], f"run-{r['id']}"),
                r["label"],
                r["kind"],
                r["target"] or "–",
                str(r["n_statements"]),
                r["status"] or "–",
                r["path"],
            ]
        )
    out = [runs]
    if c["failed_jobs"]:
        failed = Section(
            "Failed sweep jobs (not compared)", header=["dir", "overrides", "status", "error"]
        )
        for job in c["failed_jobs"]:
            failed.rows.append(
                [job["path"], " ".join(job["overrides"]), str(job["status"]), job["error"] or ""]
            )
        out.append(failed)
    return out


def _mismatch_section(c: dict) -> Section:
    m, notes = c["mismatches"], []
    if "targets" in m:
        targets = ", ".join(f"{rid}: {t}" for rid, t in m["targets"].items())
        notes.append(f"**Runs have different targets** ({targets}); stance is not comparable.")
    for what in ("articles", "actors"):
        if what not in m:
            continue
        for rid, items in m[what]["not_in_all_runs"].items():
            notes.append(f"{what.capitalize()} only some runs have — {rid}: {', '.join(items)}")
        if m[what]["not_in_all_runs"]:
            notes.append(f"{len(m[what]['shared'])} {what} are in every run; compared on those.")
    for rid, s in m["statements_vs_baseline"].items():
        if s["only_in_run"] or s["only_in_baseline"]:
            notes.append(
                f"Statements {rid} vs baseline: {s['matched']} matched, {s['only_in_run']} only "
                f"in {rid}, {s['only_in_baseline']} only in the baseline (text or ids differ)."
            )
    if not notes:
        notes.append("All runs cover the same articles, actors and statements.")
    return Section("What did not match", notes=notes)


def _actor_sections(c: dict) -> list[Section]:
    ids = [r["id"] for r in c["runs"]]
    out = []
    for task in c["tasks"]:
        sec = Section(
            f"{task.capitalize()} per actor and group",
            notes=[
                f"Mean [95% CI] (n statements); Δ = run − baseline {c['baseline']}; "
                f"{NO_OVERLAP} = the intervals do not overlap."
            ],
            header=["actor / group", *ids, *[f"Δ {i}" for i in ids if i != c["baseline"]]],
        )
        for row in c["actors"]:
            cells: list[Cell | str] = [f"{row['name']} ({row['kind']})"]
            for rid in ids:
                entry = row["runs"].get(rid)
                cells.append(_summary_cell(entry and entry[task], entry and entry["n_statements"]))
            for rid in ids:
                if rid == c["baseline"]:
                    continue
                d = row["delta_vs_baseline"].get(rid, {}).get(task)
                if d is None:
                    cells.append("–")
                elif d["ci_overlap"] is False:
                    cells.append(Cell(f"{d['delta']:+.3f} {NO_OVERLAP}", "flag"))
                else:
                    cells.append(f"{d['delta']:+.3f}")
            sec.rows.append(cells)
        if not c["actors"]:
            sec.notes.append("No run has actor aggregates (evaluation runs only).")
        out.append(sec)
    return out


def _agreement_sections(c: dict) -> list[Section]:
    st = c["statements"]
    tasks = c["tasks"]
    pairs = Section(
        "Agreement between runs",
        notes=["Statements matched by article, statement id and text. κ = Cohen's kappa."],
        header=[
            "pair",
            "shared",
            *[f"{task} {what}" for task in tasks for what in ("agree", "κ", "flips")],
            "speaker changed",
        ],
    )
    for p in st["pairs"]:
        cells: list[Cell | str] = [f"{p['a']} – {p['b']}", str(p["n_shared"])]
        for task in tasks:
            t = p[task]
            cells += (
                ["–"] * 3
                if t is None
                else [f"{t['agreement']:.1%}", _num(t["kappa"]), str(t["flips"])]
            )
        cells.append(str(p["speaker_changed"]))
        pairs.rows.append(cells)
    trans = Section(f"Label changes against {c['baseline']}", header=["run", *tasks])
    for rid, t in st["transitions_vs_baseline"].items():
        trans.rows.append(
            [rid] + [", ".join(f"{k}: {n}" for k, n in t[task].items()) or "none" for task in t]
        )
    flips = Section(
        "Flipped statements",
        notes=[
            f"{st['n_flipped_statements']} statements change a label in some run; "
            f"{len(st['flips'])} shown, largest score change first."
        ],
        header=["statement", "speaker", *[f"{task} (score)" for task in tasks]],
    )
    for f in st["flips"]:
        speakers = sorted({a or "(narration)" for a in f["actor"].values()})
        flips.rows.append(
            [
                _short(f["text"]),
                " / ".join(speakers),
                *[
                    Cell(
                        "\n".join(
                            f"{rid}: {v['label']} ({_num(v['score'], signed=True)})"
                            for rid, v in f[task].items()
                        ),
                        "labels",
                    )
                    for task in tasks
                ],
            ]
        )
    return [pairs, trans, flips]


def _diff_sections(c: dict) -> list[Section]:
    ids = [r["id"] for r in c["runs"]]
    out = []
    for key, title, empty in (
        ("config_diff", "Config values that differ", "The runs' configs are identical."),
        ("model_diff", "Models that differ", ""),
        ("metrics", "Metrics", ""),
    ):
        if not c[key] and not empty:
            continue
        sec = Section(title, header=["key", *ids])
        if not c[key]:
            sec.notes.append(empty)
        for name, values in c[key].items():
            sec.rows.append([name, *[_value(values.get(rid)) for rid in ids]])
        out.append(sec)
    return out


def sections(c: dict) -> list[Section]:
    return [
        *_run_sections(c),
        _mismatch_section(c),
        Section("Stance and sentiment per run (mean, 95% CI)", figure=True),
        *_actor_sections(c),
        *_agreement_sections(c),
        *_diff_sections(c),
    ]


def _md_cell(cell: Cell | str) -> str:
    text = cell.text if isinstance(cell, Cell) else cell
    return text.replace("|", "\\|").replace("\n", "; ")


def render_markdown(c: dict) -> str:
    lines = [f"# Comparison of {len(c['runs'])} runs", "", f"Created {c['created']}.", ""]
    for sec in sections(c):
        if sec.figure:
            continue  # the figure is in comparison.html
        lines += [f"## {sec.title}", ""]
        lines += [f"- {n}" if len(sec.notes) > 1 else n for n in sec.notes]
        if sec.notes:
            lines.append("")
        if sec.header and sec.rows:
            lines.append("| " + " | ".join(sec.header) + " |")
            lines.append("|" + "---|" * len(sec.header))
            lines += ["| " + " | ".join(_md_cell(x) for x in row) + " |" for row in sec.rows]
            lines.append("")
    return "\n".join(lines)


def _inline_md(text: str) -> str:
    """Escapes text; the only markup notes use is **bold**."""
    parts = html.escape(text).split("**")
    return "".join(f"<strong>{p}</strong>" if i % 2 else p for i, p in enumerate(parts))


def _html_cell(cell: Cell | str, colors: dict[str, str]) -> str:
    if isinstance(cell, str):
        return f"<td>{html.escape(cell)}</td>"
    if cell.css.startswith("run-"):
        color = colors.get(cell.text, "#333")
        swatch = f'<span class="swatch" style="background:{color}"></span>'
        return f"<td>{swatch}{html.escape(cell.text)}</td>"
    return f'<td class="{cell.css}">{html.escape(cell.text)}</td>'


CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;
max-width:1200px;padding:0 1rem;color:#222;line-height:1.45}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;font-size:.85rem;margin:.5rem 0;width:100%}
th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top;
white-space:pre-line}
th{background:#f3f5f8}tr:nth-child(even) td{background:#fafbfc}
td.flag{background:#ffe8cc!important;font-weight:600}td.labels{white-space:pre}
.swatch{display:inline-block;width:.8em;height:.8em;margin-right:.35em;border-radius:2px}
.note{color:#444}figure{margin:1rem 0}svg{max-width:100%;height:auto}
"""


def render_html(c: dict) -> str:
    colors = {r["id"]: PALETTE[i % len(PALETTE)] for i, r in enumerate(c["runs"])}
    body = [f"<h1>Comparison of {len(c['runs'])} runs</h1>", f"<p>Created {c['created']}.</p>"]
    for sec in sections(c):
        body.append(f"<h2>{html.escape(sec.title)}</h2>")
        if sec.figure:
            body.append(f"<figure>{forest_svg(c, colors)}</figure>")
            continue
        if len(sec.notes) > 1:
            items = "".join(f"<li>{_inline_md(n)}</li>" for n in sec.notes)
            body.append(f'<ul class="note">{items}</ul>')
        body += [f'<p class="note">{_inline_md(n)}</p>' for n in sec.notes if len(sec.notes) == 1]
        if sec.header and sec.rows:
            head = "".join(f"<th>{html.escape(h)}</th>" for h in sec.header)
            rows = "".join(
                "<tr>" + "".join(_html_cell(x, colors) for x in row) + "</tr>" for row in sec.rows
            )
            body.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>Comparison of {len(c['runs'])} runs</title><style>{CSS}</style></head>"
        f"<body>{''.join(body)}</body></html>\n"
    )


def forest_svg(c: dict, colors: dict[str, str]) -> str:
    """One panel per task: per actor, one mean ± CI line per run, on [−1, 1]."""
    ids = [r["id"] for r in c["runs"]]
    actors = c["actors"]
    if not actors:
        return "<p>No actor aggregates to plot.</p>"
    label_w, panel_w, gap = 190, 420, 40
    legend_h = 16 * len(ids) + 8
    top = legend_h + 44
    sub_h = 12
    band = sub_h * len(ids) + 12
    height = top + band * len(actors) + 36
    tasks = c["tasks"]
    width = label_w + len(tasks) * (panel_w + gap) - gap + 20
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12" role="img" '
        f'aria-label="Per-actor {html.escape(", ".join(tasks))} means with 95% CIs per run">',
        f'<rect width="{width}" height="{height}" fill="white"/>',
    ]
    labels = {r["id"]: r["label"] for r in c["runs"]}
    for i, rid in enumerate(ids):
        y = 8 + 16 * i
        label = labels[rid] if len(labels[rid]) <= 90 else labels[rid][:89] + "…"
        out.append(f'<rect x="{label_w}" y="{y}" width="12" height="12" fill="{colors[rid]}"/>')
        out.append(
            f'<text x="{label_w + 18}" y="{y + 10}">{html.escape(rid)}: {html.escape(label)}</text>'
        )
    for p, task in enumerate(tasks):
        x0 = label_w + p * (panel_w + gap)

        def sx(v: float, x0: int = x0) -> float:
            return x0 + (max(-1.0, min(1.0, v)) + 1) / 2 * panel_w

        definition = c["score_definitions"].get(task)
        title = html.escape(
            f"{task.capitalize()}: {definition}" if definition else task.capitalize()
        )
        out.append(
            f'<text x="{x0 + panel_w / 2}" y="{top - 16}" text-anchor="middle" '
            f'font-weight="bold">{title}</text>'
        )
        bottom = top + band * len(actors)
        for tick in (-1, -0.5, 0, 0.5, 1):
            tx = sx(tick)
            dash = "" if tick == 0 else ' stroke-dasharray="2,3"'
            out.append(
                f'<line x1="{tx}" y1="{top - 6}" x2="{tx}" y2="{bottom}" stroke="#bbb"{dash}/>'
            )
            out.append(
                f'<text x="{tx}" y="{bottom + 16}" text-anchor="middle" fill="#555">{tick:g}</text>'
            )
        for a, row in enumerate(actors):
            y_band = top + a * band
            if a % 2 == 0:
                out.append(
                    f'<rect x="{x0}" y="{y_band}" width="{panel_w}" height="{band}" '
                    'fill="#f4f6f9" fill-opacity="0.7"/>'
                )
            for r, rid in enumerate(ids):
                s = (row["runs"].get(rid) or {}).get(task)
                if not s:
                    continue
                y = y_band + 6 + r * sub_h + sub_h / 2
                lo, hi = sx(s["ci_low"]), sx(s["ci_high"])
                out.append(
                    f'<line x1="{lo:.1f}" y1="{y}" x2="{hi:.1f}" y2="{y}" '
                    f'stroke="{colors[rid]}" stroke-width="2"/>'
                )
                out.append(
                    f'<circle cx="{sx(s["mean"]):.1f}" cy="{y}" r="4" '
                    f'fill="{colors[rid]}"><title>{html.escape(row["name"])} {rid}: '
                    f"{s['mean']:+.3f} [{s['ci_low']:+.3f}, {s['ci_high']:+.3f}]"
                    "</title></circle>"
                )
    for a, row in enumerate(actors):
        y = top + a * band + band / 2 + 4
        weight = "bold" if row["kind"] == "group" else "normal"
        out.append(
            f'<text x="{label_w - 10}" y="{y}" text-anchor="end" '
            f'font-weight="{weight}">{html.escape(row["name"])}</text>'
        )
    out.append("</svg>")
    return "".join(out)
