"""Closed choices and value checks for the parameter dataclasses.

A field typed with a `Choice` enum is checked by OmegaConf when the config is composed
(`sentiment.mode=compund` → "Invalid value 'compund', expected one of [compound, proportions]").
Members are also plain strings: they compare, hash and print as their value, so code written
for the string choices keeps working. Ranges are checked in each dataclass's `__post_init__`
with `require`, which runs whenever the parameters are built, from Hydra or from Python.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum

from pipeline.errors import ParamError


class Choice(str, Enum):
    def __str__(self) -> str:
        return self.value


def choice(name: str, values: Iterable[str], module: str) -> type[Choice]:
    """A Choice enum whose members are `values` (member name = value)."""
    return Choice(name, [(v, v) for v in values], module=module)


def require(ok: bool, field: str, value: object, rule: str) -> None:
    """Raise ParamError("field=value: rule") unless `ok`."""
    if not ok:
        raise ParamError(f"{field}={value!r}: {rule}")
