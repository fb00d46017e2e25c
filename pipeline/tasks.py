"""The task table from configuration: task → labels and score definition.

The table lives in the composed config (`tasks:`, configs/tasks/*.yaml) and is validated
here into `TaskSpec`s; stance and sentiment are two rows of it. Code that runs outside a
composed config (train_head, benchmarks, a backend built from Python) reads the shipped
default table, configs/tasks/default.yaml. Nothing here imports torch.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache

from pipeline.errors import ParamError, UserError
from pipeline.param_checks import require
from pipeline.schema import TaskSpec


@dataclass
class TaskParams:
    """One row of `tasks:`; the row's key is the task name."""

    labels: list[str] = field(default_factory=list)
    positive: str = ""
    negative: str = ""

    def __post_init__(self) -> None:
        labels = list(self.labels)
        require(len(labels) >= 2, "labels", labels, "needs at least two labels")
        require(len(set(labels)) == len(labels), "labels", labels, "has a label twice")
        for end in ("positive", "negative"):
            value = getattr(self, end)
            require(value in labels, end, value, f"must be one of the labels {labels}")
        require(self.positive != self.negative, "negative", self.negative, "equals positive")

    def spec(self, name: str) -> TaskSpec:
        return TaskSpec(name, tuple(self.labels), self.positive, self.negative)


def task_table(
    rows: Mapping[str, TaskParams | Mapping], where: str = "tasks"
) -> dict[str, TaskSpec]:
    """Validated specs, in the table's order; every problem is one ParamError line."""
    if not rows:
        raise ParamError(f"{where} is empty: configure at least one task (configs/tasks/)")
    table = {}
    for name, row in rows.items():
        if not str(name).isidentifier():
            raise ParamError(f"{where}.{name}: a task name must be an identifier (e.g. framing)")
        try:
            params = row if isinstance(row, TaskParams) else TaskParams(**dict(row))
        except TypeError as exc:
            raise ParamError(f"{where}.{name}: {exc}") from None
        except ParamError as exc:
            raise ParamError(f"{where}.{name}.{exc}") from None
        table[str(name)] = params.spec(str(name))
    return table


@cache
def default_tasks() -> dict[str, TaskSpec]:
    """The shipped table (configs/tasks/default.yaml)."""
    from omegaconf import OmegaConf

    from pipeline.resources import config_dir

    raw = OmegaConf.to_container(OmegaConf.load(config_dir() / "tasks" / "default.yaml"))
    return task_table(raw, "configs/tasks/default.yaml")


def resolve_task(task: TaskSpec | str) -> TaskSpec:
    """A spec as given, or a task of the default table by name."""
    if isinstance(task, TaskSpec):
        return task
    table = default_tasks()
    if task not in table:
        raise UserError(f"unknown task {task!r}; the default task table has {', '.join(table)}")
    return table[task]
