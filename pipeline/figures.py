"""Figures for reports: per-actor stance and sentiment means with confidence intervals."""

from __future__ import annotations

import io

from pipeline.scoring import ActorAggregate


def actor_forest_plot(aggregates: list[ActorAggregate], target: str) -> bytes:
    """A PNG with two panels (stance, sentiment): one row per actor/group, mean ± CI."""
    import matplotlib

    matplotlib.use("Agg")  # no display on servers and CI
    import matplotlib.pyplot as plt

    rows = _plot_order(aggregates)
    height = 1.2 + 0.45 * max(len(rows), 1)
    fig, axes = plt.subplots(1, 2, figsize=(10, height), sharey=True)
    ys = list(range(len(rows)))[::-1]
    for ax, field, title in (
        (axes[0], "stance", f"Stance toward {target}\nP(favor) − P(against)"),
        (axes[1], "sentiment", "Sentiment\nP(positive) − P(negative)"),
    ):
        for y, agg in zip(ys, rows, strict=True):
            summary = getattr(agg, field)
            color = "#1f4e79" if agg.kind == "group" else "#4f9dd9"
            ax.errorbar(
                summary.mean,
                y,
                xerr=[[summary.mean - summary.ci_low], [summary.ci_high - summary.mean]],
                fmt="o",
                color=color,
                capsize=4,
                markersize=7 if agg.kind == "group" else 5,
            )
        ax.axvline(0, color="#999999", linewidth=0.8, linestyle="--")
        ax.set_xlim(-1.05, 1.05)
        ax.set_title(title, fontsize=10)
        ax.grid(axis="x", alpha=0.3)
    axes[0].set_yticks(ys)
    axes[0].set_yticklabels([_row_label(a) for a in rows])
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=120)
    plt.close(fig)
    return buffer.getvalue()


def _plot_order(aggregates: list[ActorAggregate]) -> list[ActorAggregate]:
    """Each group followed by its individual members."""
    groups = [a for a in aggregates if a.kind == "group"]
    ordered = []
    for group in groups:
        ordered.append(group)
        ordered.extend(a for a in aggregates if a.kind == "actor" and a.group == group.name)
    ordered.extend(a for a in aggregates if a not in ordered)
    return ordered


def _row_label(agg: ActorAggregate) -> str:
    prefix = "" if agg.kind == "group" else "   "
    return f"{prefix}{agg.name} (n={agg.n_statements})"
