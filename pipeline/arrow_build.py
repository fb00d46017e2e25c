"""Arrow tables from Python rows and numpy columns, without importing pandas.

`pa.array`, `pa.table` and `pa.Table.from_pylist` first ask pyarrow's pandas shim whether their
input is a pandas object, and the first ask imports pandas (pyarrow's array.pxi,
`_is_array_like`; numpy input too, via `get_values`): about 0.3 s, a tenth of a warm
single-article run that never needs pandas. These builders lay out the Arrow buffers of the
types the stage schemas use (pipeline/schema.py) directly, as strictly as `pa.array`: a value of
the wrong type raises TypeError. tests/test_arrow_build.py checks they equal `pa.array`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pyarrow as pa

_NUMBERS = {pa.int32(): np.int32, pa.int64(): np.int64, pa.float64(): np.float64}


def table_from_rows(rows: Sequence[Mapping], schema: pa.Schema) -> pa.Table:
    """As `pa.Table.from_pylist(rows, schema)`: a key a row lacks is null, other keys ignored."""
    return pa.Table.from_arrays(
        [array([row.get(f.name) for row in rows], f.type) for f in schema], schema=schema
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
    valid = [v is not None for v in values]
    nulls = len(values) - sum(valid)
    bitmap = _bits(valid) if nulls else None
    if type_ == pa.string():
        data = [_utf8(v) for v in values]
        buffers = [bitmap, _offsets(len(b) for b in data), pa.py_buffer(b"".join(data))]
        return pa.Array.from_buffers(type_, len(values), buffers, null_count=nulls)
    if type_ == pa.bool_():
        flags = [_checked(v, (bool, np.bool_), type_) for v in values]
        return pa.Array.from_buffers(type_, len(values), [bitmap, _bits(flags)], null_count=nulls)
    if type_ in _NUMBERS:
        integer = pa.types.is_integer(type_)
        kinds = (int, np.integer) if integer else (int, float, np.integer, np.floating)
        numbers = [0 if v is None else _checked(v, kinds, type_) for v in values]
        data = np.array(numbers, dtype=np.int64 if integer else np.float64)
        bounds = np.iinfo(_NUMBERS[type_]) if integer else None
        if bounds and len(data) and (data.min() < bounds.min or data.max() > bounds.max):
            raise OverflowError(f"a value does not fit {type_}")
        data = data.astype(_NUMBERS[type_])
        return pa.Array.from_buffers(type_, len(values), [bitmap, pa.py_buffer(data)], nulls)
    if pa.types.is_list(type_):
        items = [_checked(v, (list, tuple), type_) or () for v in values]
        child = array([x for item in items for x in item], type_.value_type)
        offsets = _offsets(len(item) for item in items)
        return pa.Array.from_buffers(type_, len(values), [bitmap, offsets], nulls, children=[child])
    raise TypeError(f"no pandas-free Arrow builder for {type_}; add one to {__name__}")


def _checked(value, kinds: tuple, type_: pa.DataType):
    """`value` when it is None or one of `kinds`; a bool only in a bool column."""
    is_bool = isinstance(value, (bool, np.bool_))
    if value is None or (isinstance(value, kinds) and is_bool == (type_ == pa.bool_())):
        return value
    raise TypeError(f"expected {type_}, got {type(value).__name__} {value!r}")


def _utf8(value) -> bytes:
    if value is None:
        return b""
    if isinstance(value, str):
        return value.encode("utf-8")
    raise TypeError(f"expected string, got {type(value).__name__} {value!r}")


def _offsets(lengths) -> pa.Buffer:
    offsets = np.zeros(1, dtype=np.int32)
    offsets = np.concatenate([offsets, np.cumsum(np.fromiter(lengths, np.int64), dtype=np.int64)])
    if offsets[-1] > np.iinfo(np.int32).max:
        raise OverflowError("more than 2 GiB of strings in one table part")
    return pa.py_buffer(offsets.astype(np.int32))


def _bits(flags: list) -> pa.Buffer:
    return pa.py_buffer(np.packbits(np.array(flags, dtype=bool), bitorder="little"))
