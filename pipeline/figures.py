"""Report figures as PNG bytes: a forest plot of actors and groups, and trends over time."""

from __future__ import annotations

import importlib
import io
import itertools
import sys
import threading

from pipeline.scoring import NO_DATE, TIME_KEYS

GROUP_COLOR, ACTOR_COLOR = "#1f4e79", "#4f9dd9"
TASK_COLORS = ("#1f4e79", "#c0504d", "#4f8a3a", "#8064a2")
RESAMPLE_TEXT = {"article": "resampling articles", "statement": "resampling statements"}


# What drawing a figure imports (about 0.5 s, more than the model work of one article).
MATPLOTLIB_MODULES = ("matplotlib.figure", "matplotlib.backends.backend_agg", "matplotlib.lines")


def import_in_background() -> threading.Thread | None:
    """Start importing matplotlib in a thread, so a run pays for it while its models run
    (ONNX Runtime and tokenizers release the GIL) instead of after them. Drawing needs no
    join: an import of a module another thread is importing waits for it to finish. A failed
    import here fails again, with its own error, where the figure imports it."""
    if all(name in sys.modules for name in MATPLOTLIB_MODULES):
        return None
    thread = threading.Thread(target=_import_matplotlib, name="import-matplotlib")
    thread.start()
    return thread


def _import_matplotlib() -> None:
    try:
        for name in MATPLOTLIB_MODULES:
            importlib.import_module(name)
    except ImportError:
        pass  # raised again, with its message, by the figure's own import


def _figure(**kwargs):
    """A figure drawn by the Agg renderer: no pyplot (no display on servers and CI, and its
    import is a noticeable share of a single-article run)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(**kwargs)
    FigureCanvasAgg(fig)
    return fig


def _png(fig) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=120)
    return buffer.getvalue()


def actor_forest_plot(report: dict) -> bytes:
    """One panel per task; one row per actor/group: weighted mean and bootstrap interval."""
    from matplotlib.lines import Line2D

    rows = _plot_order(report["actors"])
    tasks = report["tasks"]
    height = 1.9 + 0.42 * max(len(rows), 1)
    fig = _figure(figsize=(5 * len(tasks), height))
    axes = fig.subplots(1, len(tasks), sharey=True, squeeze=False)
    ys = list(range(len(rows)))[::-1]
    for ax, task in zip(axes[0], tasks, strict=True):
        for y, (_, entry) in zip(ys, rows, strict=True):
            summary = entry[task]
            if summary["mean"] is None:
                continue
            group = entry["kind"] == "group"
            color = GROUP_COLOR if group else ACTOR_COLOR
            ax.errorbar(
                summary["mean"], y,
                xerr=[[summary["mean"] - summary["ci_low"]],
                      [summary["ci_high"] - summary["mean"]]],
                fmt="o", color=color, capsize=4, markersize=7 if group else 5,
                markerfacecolor="white" if entry["small"] else color,
            )  # fmt: skip
        ax.axvline(0, color="#999999", linewidth=0.8, linestyle="--")
        ax.set_xlim(-1.05, 1.05)
        ax.set_title(f"{task.capitalize()}\n{report['score_definitions'][task]}", fontsize=10)
        ax.grid(axis="x", alpha=0.3)
    axes[0][0].set_yticks(ys)
    axes[0][0].set_yticklabels([_row_label(name, entry) for name, entry in rows])
    level = report["provenance"].get("confidence_level", 0.95)
    legend = [
        Line2D([], [], color=GROUP_COLOR, marker="o", markersize=7, label="group (all members)"),
        Line2D([], [], color=ACTOR_COLOR, marker="o", markersize=5, label="person / agency"),
        Line2D([], [], color="#555555", marker="o", markerfacecolor="white",
               label=f"n < {report['min_n']} (small sample)"),  # fmt: skip
        Line2D([], [], color="#555555", marker="|", markersize=12, linestyle="-",
               label=f"bars: {level:.0%} bootstrap interval ({RESAMPLE_TEXT[report['resample']]})"),
    ]  # fmt: skip
    fig.legend(handles=legend, loc="lower center", ncol=2, fontsize=8, frameon=False)
    fig.tight_layout(rect=(0, 0.55 / height, 1, 1))
    return _png(fig)


def _plot_order(actors: dict) -> list[tuple[str, dict]]:
    """Each top-level group followed by the rest of its members."""
    ordered = []
    for name, entry in actors.items():
        if entry["group"] == name:
            ordered.append((name, entry))
            ordered += [(n, e) for n, e in actors.items() if e["group"] == name and n != name]
    ordered += [(n, e) for n, e in actors.items() if (n, e) not in ordered]
    return ordered


def _row_label(name: str, entry: dict) -> str:
    prefix = "" if entry["group"] == name else "   "
    return f"{prefix}{name} (n={entry['n_statements']})"


def trend_keys(by: list[str]) -> tuple[str, list[str]] | None:
    """(time key, series keys) when the cells table is a time series of something."""
    times = [k for k in by if k in TIME_KEYS]
    if len(times) != 1 or len(by) < 2:
        return None
    return times[0], [k for k in by if k != times[0]]


def trend_plot(report: dict, max_panels: int) -> bytes | None:
    """One panel per series (e.g. per actor or group): each task's mean over time with its
    interval band; hollow markers are cells under aggregate.min_n."""
    keys = trend_keys(report["by"])
    if keys is None or not report["cells"]:
        return None
    time_key, series_keys = keys
    series: dict[str, dict[str, dict]] = {}
    for cell in report["cells"]:
        when = cell["keys"][time_key]
        if when != NO_DATE:
            label = " · ".join(cell["keys"][k] for k in series_keys)
            series.setdefault(label, {})[when] = cell
    # The most-quoted series first; the rest are in the cells table.
    names = sorted(series, key=lambda s: -sum(c["n_statements"] for c in series[s].values()))
    names = names[:max_panels]
    if not names:
        return None
    times = sorted({t for s in names for t in series[s]})
    x_of = {t: i for i, t in enumerate(times)}
    ncols = 2 if len(names) > 1 else 1
    nrows = (len(names) + ncols - 1) // ncols
    fig = _figure(figsize=(7 * ncols, 2.8 * nrows + 0.8))
    axes = fig.subplots(nrows, ncols, squeeze=False, sharex=True, sharey=True)
    for ax, name in zip(axes.flat, names, strict=False):
        cells = series[name]
        xs = [x_of[t] for t in sorted(cells)]
        ordered = [cells[t] for t in sorted(cells)]
        for task, color in zip(report["tasks"], itertools.cycle(TASK_COLORS)):
            means = [c[task]["mean"] for c in ordered]
            ax.fill_between(xs, [c[task]["ci_low"] for c in ordered],
                            [c[task]["ci_high"] for c in ordered], color=color, alpha=0.15,
                            linewidth=0)  # fmt: skip
            ax.plot(xs, means, color=color, linewidth=1.5, label=task)
            for x, c, m in zip(xs, ordered, means, strict=True):
                ax.plot(x, m, "o", color=color, markersize=4,
                        markerfacecolor="white" if c["small"] else color)  # fmt: skip
        n = sum(c["n_statements"] for c in ordered)
        ax.set_title(f"{name} (n={n})", fontsize=10)
        ax.axhline(0, color="#999999", linewidth=0.8, linestyle="--")
        ax.set_ylim(-1.05, 1.05)
        ax.grid(alpha=0.3)
    for ax in axes.flat[len(names) :]:
        ax.set_visible(False)
    step = max(1, len(times) // 12)
    for ax in axes[-1]:
        ax.set_xticks(range(0, len(times), step))
        ax.set_xticklabels(times[::step], rotation=45, ha="right", fontsize=8)
    level = report["provenance"].get("confidence_level", 0.95)
    handles, labels = axes.flat[0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="upper right", fontsize=8, frameon=False)
    fig.suptitle(
        f"Mean score per {time_key}; bands: {level:.0%} bootstrap interval "
        f"({RESAMPLE_TEXT[report['resample']]}); hollow: n < {report['min_n']}",
        fontsize=10,
    )
    fig.tight_layout()
    return _png(fig)
