"""task=sample: allocation, stratified draw, the blind coders' CSV and its sidecar."""

import csv
import json
from collections import Counter

import numpy as np
import pytest

from pipeline.errors import UserError
from pipeline.validation.sampling import (
    SampleParams,
    allocate,
    draw,
    load_population,
    run_sample,
    sidecar_path,
)

from .validation_helpers import population_statements, statement, write_run

SIZES = {
    ("Wang Yi", "against"): 50,
    ("Wang Yi", "favor"): 30,
    ("John Kerry", "favor"): 15,
    ("John Kerry", "none"): 3,
    ("China", "none"): 2,
}


def test_allocation_is_proportional_above_the_minimum():
    # Worked by hand: the minimum fixes the two small strata at 2; the other 16 rows go at one
    # fraction f = 16/95 (8.42, 5.05, 2.53), rounded by largest remainder -> 8, 5, 3.
    counts = allocate(SIZES, n=20, minimum=2)
    assert counts == {
        ("Wang Yi", "against"): 8,
        ("Wang Yi", "favor"): 5,
        ("John Kerry", "favor"): 3,
        ("John Kerry", "none"): 2,
        ("China", "none"): 2,
    }


def test_allocation_properties_on_random_strata():
    rng = np.random.default_rng(1)
    for _ in range(200):
        sizes = {(f"actor{i}", "favor"): int(s) for i, s in enumerate(rng.integers(1, 60, 8))}
        minimum = int(rng.integers(0, 4))
        floor = sum(min(minimum, s) for s in sizes.values())
        n = int(rng.integers(floor, sum(sizes.values()) + 5))
        counts = allocate(sizes, n, minimum)
        assert sum(counts.values()) == min(n, sum(sizes.values()))
        for key, size in sizes.items():
            assert min(minimum, size) <= counts[key] <= size
            for other, other_size in sizes.items():
                if size > other_size:  # a larger stratum never gets fewer rows
                    assert counts[key] >= counts[other]


def test_allocation_takes_everything_when_n_covers_the_run_and_refuses_too_small_n():
    assert allocate(SIZES, n=500, minimum=2) == SIZES
    with pytest.raises(
        UserError, match=r"sample.n=5 is below the 10 rows that sample.min_per_stratum=2"
    ):
        allocate(SIZES, n=5, minimum=2)


def test_draw_represents_every_stratum_and_is_deterministic(tmp_path):
    run = write_run(tmp_path / "run", population_statements(SIZES))
    population = load_population(str(run), ["stance", "sentiment"])
    assert len(population.records) == sum(SIZES.values())  # narration is not sampled
    params = SampleParams(run=str(run), n=20)
    rows, strata = draw(population, params, seed=0)
    drawn = Counter(tuple(r["stratum"]) for r in rows)
    assert drawn == allocate(SIZES, 20, 2)
    assert {tuple(s["stratum"]): s["sampled"] for s in strata} == drawn
    for row in rows:  # the stratum is the row's own actor and predicted label
        assert row["stratum"] == [row["actor"], row["predictions"][0]["stance"]]
        assert row["weight"] == pytest.approx(
            SIZES[tuple(row["stratum"])] / drawn[tuple(row["stratum"])]
        )
    again, _ = draw(population, params, seed=0)
    other, _ = draw(population, params, seed=1)
    assert again == rows
    assert [r["statement_id"] for r in other] != [r["statement_id"] for r in rows]
    by_group, _ = draw(population, SampleParams(run=str(run), n=20, stratify_by="actor_group"), 0)
    assert {r["stratum"][0] for r in by_group} == {"China", "United States"}


def test_coders_csv_is_blind_and_the_sidecar_keeps_the_predictions(tmp_path):
    statements = population_statements(SIZES)
    run = write_run(tmp_path / "run", statements)
    out = tmp_path / "sample" / "coding.csv"
    params = SampleParams(run=str(run), n=12, coders=2, tasks=["stance", "sentiment"], out=str(out))
    assert run_sample(params, seed=4, run_dir=tmp_path / "task") == out
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert list(rows[0]) == [
        "row",
        "article_id",
        "statement_id",
        "actor",
        "context_before",
        "text",
        "context_after",
        "coder1_stance",
        "coder1_sentiment",
        "coder2_stance",
        "coder2_sentiment",
    ]
    assert len(rows) == 12
    assert all(r[c] == "" for r in rows for c in r if c.startswith("coder"))
    by_id = {s["statement_id"]: s for s in statements}
    for r in rows:  # the neighbouring sentences of the article, narration included
        i = int(r["statement_id"].split(":")[1])
        assert r["text"] == by_id[r["statement_id"]]["text"]
        assert r["context_before"] == (statements[i - 1]["text"] if i > 0 else "")
        assert r["context_after"] == statements[i + 1]["text"]
    sidecar = json.loads(sidecar_path(out).read_text())
    assert sidecar["seed"] == 4 and sidecar["runs"][0]["dir"] == str(run.resolve())
    assert sidecar["runs"][0]["models"]["stance"]["fingerprint"] == "fp-stance"
    assert [r["statement_id"] for r in sidecar["rows"]] == [r["statement_id"] for r in rows]
    for r in sidecar["rows"]:
        s = by_id[r["statement_id"]]
        assert r["predictions"] == [
            {"stance": s["stance"]["label"], "sentiment": s["sentiment"]["label"]}
        ]
    assert "CODEBOOK.md" in out.with_name("coding.instructions.md").read_text()
    with pytest.raises(UserError, match="exists"):  # never overwrite a coder's file
        run_sample(params, seed=4, run_dir=tmp_path / "task")


def test_a_sweep_is_sampled_once_with_every_runs_predictions(tmp_path):
    base = population_statements(SIZES)
    flipped = [
        {**s, "stance": {**s["stance"], "label": "none"}} if s["actor"] == "China" else s
        for s in base
    ]
    write_run(tmp_path / "sweep" / "0", base)
    write_run(tmp_path / "sweep" / "1", flipped, fingerprint="fp-other")
    population = load_population(str(tmp_path / "sweep"), ["stance"])
    assert [r["models"]["stance"]["fingerprint"] for r in population.runs] == [
        "fp-stance",
        "fp-other",
    ]
    rows, _ = draw(population, SampleParams(n=10, tasks=["stance"]), seed=0)
    assert all(len(r["predictions"]) == 2 for r in rows)
    write_run(tmp_path / "mixed" / "0", base)
    write_run(tmp_path / "mixed" / "1", base[:-2])
    with pytest.raises(UserError, match="other statements"):
        load_population(str(tmp_path / "mixed"), ["stance"])


@pytest.mark.parametrize(
    ("params", "message"),
    [
        (SampleParams(run=""), "sample.run is empty"),
        (SampleParams(run="RUN", stratify_by="topic"), "stratify_by='topic'"),
        (SampleParams(run="RUN", tasks=["emotion"]), "sample.tasks"),
        (SampleParams(run="RUN", coders=0), "at least 1"),
        (SampleParams(run="missing"), "no such directory"),
    ],
)
def test_bad_parameters_are_one_clear_error_and_write_nothing(tmp_path, params, message):
    write_run(tmp_path / "RUN", [statement(0, "Wang Yi", "favor", "positive")])
    if params.run == "RUN" or params.run == "missing":
        params.run = str(tmp_path / params.run)
    with pytest.raises(UserError, match=message):
        run_sample(params, seed=0, run_dir=tmp_path / "out")
    assert not (tmp_path / "out").exists()
