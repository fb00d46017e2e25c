"""Arrow tables from Python rows and numpy columns, without importing pandas.

`pa.array`, `pa.table` and `pa.Table.from_pylist` first ask pyarrow's pandas shim whether their
input is a pandas object, and the first ask imports pandas (pyarrow's array.pxi,
`_is_array_like`; numpy input too, via `get_values`): about 0.3 s, a tenth of a warm
single-article run that never needs pandas. These builders lay out the Arrow buffers of the
types the stage schemas use (pipeline/schema.py) directly, at least as strictly as `pa.array`: a
value of the wrong type raises TypeError. tests/test_arrow_build.py checks they equal `pa.array`.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence

import numpy as np
import pyarrow as pa

_NUMBERS = {pa.int32(): np.int32, pa.int64(): np.int64, pa.float64(): np.float64}
_INTEGERS, _REALS = (int, np.integer), (int, float, np.integer, np.floating)


def table_from_rows(rows: Sequence[dict], schema: pa.Schema) -> pa.Table:
    """As `pa.Table.from_pylist(rows, schema)`: a key a row lacks is null, other keys ignored."""
    columns = [list(map(dict.get, rows, itertools.repeat(f.name))) for f in schema]
    return pa.Table.from_arrays(
        [array(values, f.type) for values, f in zip(columns, schema, strict=True)], schema=schema
    )


def table_from_columns(columns: Mapping[str, object], schema: pa.Schema) -> pa.Table:
    """The schema's columns from lists, 1-d numpy arrays or Arrow arrays (taken as they are)."""
    return pa.Table.from_arrays([_column(columns[f.name], f.type) for f in schema], schema=schema)


def _column(values, type_: pa.DataType):
    if isinstance(values, (pa.Array, pa.ChunkedArray)):
        return values
    return array(values, type_)


def array(values, type_: pa.DataType) -> pa.Array:
    """A list (None = null) or 1-d numpy array as an Arrow array of `type_`."""
    if type_ in _NUMBERS and isinstance(values, np.ndarray) and values.ndim == 1:
        if np.can_cast(values.dtype, _NUMBERS[type_], "safe") and values.dtype != bool:
            data = np.ascontiguousarray(values, dtype=_NUMBERS[type_])  # may be a column view
            return pa.Array.from_buffers(type_, len(data), [None, pa.py_buffer(data)])
    values = list(values)
    nulls = values.count(None)
    bitmap = _bits([v is not None for v in values]) if nulls else None
    if type_ == pa.string():
        _check(values, (str,), type_)
        encoded = list(map(str.encode, [v or "" for v in values] if nulls else values))
        buffers = [bitmap, _offsets(map(len, encoded)), pa.py_buffer(b"".join(encoded))]
        return pa.Array.from_buffers(type_, len(values), buffers, null_count=nulls)
    filled = [0 if v is None else v for v in values] if nulls else values  # nulls' slots: 0
    if type_ == pa.bool_():
        _check(values, (bool, np.bool_), type_)
        return pa.Array.from_buffers(type_, len(values), [bitmap, _bits(filled)], null_count=nulls)
    if type_ in _NUMBERS:
        integer = pa.types.is_integer(type_)
        _check(values, _INTEGERS if integer else _REALS, type_)
        data = np.array(filled, dtype=np.int64 if integer else np.float64)
        bounds = np.iinfo(_NUMBERS[type_]) if integer else None
        if bounds and len(data) and (data.min() < bounds.min or data.max() > bounds.max):
            raise OverflowError(f"a value does not fit {type_}")
        data = data.astype(_NUMBERS[type_])
        return pa.Array.from_buffers(type_, len(values), [bitmap, pa.py_buffer(data)], nulls)
    if pa.types.is_list(type_):
        _check(values, (list, tuple), type_)
        items = [v or () for v in values] if nulls else values
        child = array(list(itertools.chain.from_iterable(items)), type_.value_type)
        offsets = _offsets(map(len, items))
        return pa.Array.from_buffers(type_, len(values), [bitmap, offsets], nulls, children=[child])
    raise TypeError(f"no pandas-free Arrow builder for {type_}; add one to {__name__}")


def _check(values: list, kinds: tuple, type_: pa.DataType) -> None:
    """Every value None or one of `kinds`, a bool only in a bool column (checked per type
    present, not per value: a column has few)."""
    for kind in set(map(type, values)) - {type(None)}:
        is_bool = issubclass(kind, (bool, np.bool_))
        if not issubclass(kind, kinds) or is_bool != (type_ == pa.bool_()):
            value = next(v for v in values if type(v) is kind)
            raise TypeError(f"expected {type_}, got {kind.__name__} {value!r}")


def _offsets(lengths) -> pa.Buffer:
    offsets = np.zeros(1, dtype=np.int32)
    offsets = np.concatenate([offsets, np.cumsum(np.fromiter(lengths, np.int64), dtype=np.int64)])
    if offsets[-1] > np.iinfo(np.int32).max:
        raise OverflowError("more than 2 GiB of strings in one table part")
    return pa.py_buffer(offsets.astype(np.int32))


def _bits(flags: list) -> pa.Buffer:
    return pa.py_buffer(np.packbits(np.array(flags, dtype=bool), bitorder="little"))
