"""pipeline.arrow_build: the same Arrow tables as pyarrow's own constructors, without pandas."""

import subprocess
import sys

import numpy as np
import pyarrow as pa
import pytest

from pipeline.arrow_build import array, table_from_columns, table_from_rows
from pipeline.schema import ARTICLES, STATEMENTS, TaskSpec, cells_schema, prediction_schema
from tests.conftest import ROOT

STANCE = TaskSpec("stance", ("against", "none", "favor"), "favor", "against")
SCHEMAS = [ARTICLES, STATEMENTS, prediction_schema(STANCE), cells_schema(["actor"], [STANCE])]
# One value per type the stage schemas use; the cycle puts nulls and empties among them.
SAMPLES = {
    pa.string(): ["Wang Yi", "", "Xiè Zhènhuá — “quoted”", "🌍 emoji", None],
    pa.int32(): [0, -5, 2**31 - 1, None, 7],
    pa.int64(): [0, 2**40, -(2**62), None, np.int64(3)],
    pa.float64(): [0.5, -1.0, 3, None, np.float32(0.25)],
    pa.bool_(): [True, False, np.True_, None, True],
    pa.list_(pa.string()): [["China", "US"], [], None, ("a",), ["ü", None]],
}


def test_every_type_the_stage_schemas_use_has_a_builder():
    assert {f.type for schema in SCHEMAS for f in schema} <= set(SAMPLES)


@pytest.mark.parametrize("type_", list(SAMPLES), ids=str)
@pytest.mark.parametrize("n", [0, 1, 5, 23])
def test_arrays_equal_pyarrow_s_own_conversion(type_, n):
    values = [SAMPLES[type_][i % 5] for i in range(n)]
    built = array(values, type_)
    built.validate(full=True)
    assert built.equals(pa.array(values, type_))
    assert built.null_count == sum(v is None for v in values)


def test_rows_make_the_table_from_pylist_makes():
    rows = [
        {"statement_id": "a:0-5", "text": "He said so.", "char_start": 0, "char_end": 5,
         "actor": "Wang Yi", "attribution_confidence": 0.9, "mentioned_actors": ["China"],
         "not_in_schema": object()},
        {"statement_id": "a:6-9", "text": "Ok.", "char_start": 6, "char_end": 9},
    ]  # fmt: skip
    built = table_from_rows(rows, STATEMENTS)
    expected = pa.Table.from_pylist([{k: v for k, v in r.items() if k != "not_in_schema"}
                                     for r in rows], STATEMENTS)  # fmt: skip
    assert built.equals(expected) and built.schema.equals(STATEMENTS)


def test_numpy_columns_and_arrow_columns_pass_through():
    probs = np.array([[0.2, 0.3, 0.5], [0.6, 0.3, 0.1]])
    schema = prediction_schema(STANCE)
    columns = {
        "statement_id": pa.chunked_array([["x", "y"]]),
        "label": ["favor", "against"],
        "score": probs[:, 2] - probs[:, 0],
    } | {f"p_{label}": probs[:, j] for j, label in enumerate(STANCE.labels)}  # strided views
    built = table_from_columns(columns, schema)
    assert built.column("p_none").to_pylist() == [0.3, 0.3]
    assert built.column("score").to_pylist() == pytest.approx([0.3, -0.5])
    assert built.equals(pa.table({k: columns[k] for k in schema.names}).cast(schema))


@pytest.mark.parametrize(
    ("values", "type_"),
    [
        ([1], pa.string()),
        ([b"bytes"], pa.string()),
        (["1"], pa.int64()),
        ([1.5], pa.int64()),  # pa.array would truncate it to 1
        ([True], pa.int64()),
        ([True], pa.float64()),
        ([1], pa.bool_()),
        (["ab"], pa.list_(pa.string())),  # pa.array would split it into characters
        (np.array([1.5]), pa.int64()),
    ],
)
def test_a_value_of_the_wrong_type_fails(values, type_):
    with pytest.raises(TypeError, match="expected"):
        array(values, type_)


def test_out_of_range_integers_fail():
    with pytest.raises(OverflowError):
        array([2**31], pa.int32())


def test_building_tables_never_imports_pandas():
    probe = (
        "import sys, numpy as np, pyarrow as pa\n"
        "from pipeline.arrow_build import table_from_columns, table_from_rows\n"
        "from pipeline.schema import STATEMENTS, ARTICLES\n"
        "table_from_rows([{'article_id': 'a', 'mentioned_actors': ['x']}], STATEMENTS)\n"
        "table_from_rows([{'article_id': 'a', 'n_statements': 1}], ARTICLES)\n"
        "schema = pa.schema([('id', pa.string()), ('p', pa.float64())])\n"
        "table_from_columns({'id': ['a'], 'p': np.ones((1, 2))[:, 1]}, schema)\n"
        "print('pandas' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
