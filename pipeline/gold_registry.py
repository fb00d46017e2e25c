"""The attribution gold sets (data/gold/registry.yaml): file, study, scoring level, and for each
blind set the untouched first-run figure recorded when it was added (never updated after).

A blind set is scored once, before anyone reads its misses; that first figure is what the
rules are worth on unseen text. Later figures on the same set measure only fitting.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from pipeline.errors import UserError
from pipeline.resources import bundled, config_dir

ROOT = Path(__file__).resolve().parent.parent
LEVELS = ("actor", "group")


@dataclass(frozen=True)
class FirstRun:
    """Untouched first-run figures of a blind set, with when, at which commit and how."""

    date: str
    commit: str
    n_sentences: int
    precision: float
    recall: float
    speaker_accuracy: float
    command: str
    # The same figures for the code the set was compared against (e.g. landed main).
    baseline: dict | None = None
    # The same figures for the previous round's rules, to see what the round changed.
    previous_rules: dict | None = None
    # The first run under attribution=strict (precision bought with recall).
    strict: dict | None = None


@dataclass(frozen=True)
class GoldSet:
    name: str
    file: Path
    study: Path
    # "actor": speakers compared as named; "group": both sides mapped to top-level actors
    # (for gold annotated with top-level actors only).
    level: str = "actor"
    blind: bool = False
    note: str = ""
    first_run: FirstRun | None = None


def _path(value: str) -> Path:
    """A registry path: absolute, or under the shipped data/ or configs/ (checkout or wheel)."""
    path = Path(value)
    if path.is_absolute():
        return path
    folder, _, rest = value.partition("/")
    if folder == "data":
        return Path(bundled(rest))
    if folder == "configs":
        return config_dir() / rest
    return ROOT / path


def load_registry(path: str | Path | None = None) -> list[GoldSet]:
    path = path or bundled("gold/registry.yaml")
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise UserError(f"cannot read gold registry {path}: {exc}") from exc
    sets = []
    for entry in (raw or {}).get("sets", []):
        try:
            run = entry.get("first_run")
            gold = GoldSet(
                name=entry["name"],
                file=_path(entry["file"]),
                study=_path(entry["study"]),
                level=entry.get("level", "actor"),
                blind=bool(entry.get("blind", False)),
                note=entry.get("note", ""),
                first_run=None if run is None else FirstRun(**run),
            )
        except (KeyError, TypeError) as exc:
            raise UserError(f"gold registry {path}: bad entry {entry!r} ({exc})") from exc
        if gold.level not in LEVELS:
            raise UserError(f"gold registry {path}: {gold.name}: level must be one of {LEVELS}")
        sets.append(gold)
    return sets
