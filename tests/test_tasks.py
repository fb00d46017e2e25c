"""Tasks are data: the task table comes from config, a third task (tasks=framing) is YAML only,
and every reader of a finished run (aggregate, report, compare) takes the tasks the run recorded."""

import json
import subprocess
import sys

import pyarrow.parquet as pq
import pytest
from hydra import compose, initialize_config_dir

from benchmarks.synthetic_corpus import write_corpus
from pipeline.config import CONFIG_DIR, load_config, register_configs
from pipeline.errors import ParamError, UserError
from pipeline.models.embedding import EmbeddingParams
from pipeline.models.registry import build_backend
from pipeline.models.runtime import RuntimeParams
from pipeline.schema import TaskSpec
from pipeline.tasks import default_tasks, task_table

from .conftest import ROOT, run_pipeline_cli
from .test_corpus_stages import NO_TORCH

FRAMING = TaskSpec("framing", ("cooperation", "conflict", "neutral"), "cooperation", "conflict")


def load(*overrides: str):
    register_configs()
    with initialize_config_dir(str(CONFIG_DIR), version_base="1.3"):
        return load_config(compose("config", overrides=list(overrides)))


def test_the_default_table_is_the_composed_one_with_a_model_per_task():
    config = load()
    assert config.task_specs() == default_tasks()
    assert list(default_tasks()) == ["stance", "sentiment"]
    assert default_tasks()["stance"].labels == ("favor", "against", "none")
    assert list(config.models) == ["stance", "sentiment"]
    assert config.models["sentiment"].head == "sentiment_default"


def test_a_third_task_is_configuration():
    config = load("tasks=framing", "framing.temperature=0.05")
    assert config.task_specs() == {**default_tasks(), "framing": FRAMING}
    framing = config.models["framing"]
    assert isinstance(framing, EmbeddingParams) and framing.temperature == 0.05
    backend = build_backend(framing, FRAMING, "the deal", RuntimeParams())
    assert backend.labels == FRAMING.labels and set(backend.prototypes) == set(FRAMING.labels)
    # Stance and sentiment keep their own choices and overrides beside it.
    assert load("tasks=framing", "sentiment=vader").models["sentiment"].backend == "vader"


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        (["tasks=framing", "~framing"], "tasks.framing has no model"),
        (["~tasks.sentiment"], "sentiment configures a model, but the task table has no task"),
        (["tasks.stance.positive=yes"], "tasks.stance.positive='yes': must be one of the labels"),
        (["tasks.stance.labels=[favor]"], "tasks.stance.labels=['favor']: needs at least two"),
        (["tasks=framing", "framing=nli"], "framing='nli': the model of task 'framing'"),
        (["tasks=framing", "+framing.prototype=x"], "framing.prototype is not a parameter"),
    ],
)
def test_a_bad_task_table_is_one_line_naming_the_key(overrides, message):
    with pytest.raises(ParamError, match=message.replace("[", r"\[").replace("(", r"\(")):
        load(*overrides)


def test_a_model_node_written_inline_is_checked_like_a_group_choice():
    from omegaconf import OmegaConf

    from pipeline.config import _model_params

    vader = _model_params("framing", OmegaConf.create({"backend": "vader", "scale": 2.0}))
    assert (vader.backend, vader.scale) == ("vader", 2.0)
    with pytest.raises(ParamError, match="framing: .*scael"):
        _model_params("framing", OmegaConf.create({"backend": "vader", "scael": 2.0}))
    with pytest.raises(ParamError, match="framing.backend=None: choose one of"):
        _model_params("framing", OmegaConf.create({"prototypes": {}}))


def test_table_rows_are_checked():
    with pytest.raises(ParamError, match="tasks.x.negative='a': equals positive"):
        task_table({"x": {"labels": ["a", "b"], "positive": "a", "negative": "a"}})
    with pytest.raises(ParamError, match="must be an identifier"):
        task_table({"two words": {"labels": ["a", "b"], "positive": "a", "negative": "b"}})
    with pytest.raises(ParamError, match="tasks.x: .*unexpected keyword argument 'colour'"):
        task_table({"x": {"labels": ["a", "b"], "positive": "a", "negative": "b", "colour": 1}})


def test_a_task_without_generic_descriptions_must_bring_its_own():
    with pytest.raises(UserError, match=r"framing.prototypes: no generic label descriptions"):
        build_backend(EmbeddingParams(), FRAMING, "the deal", RuntimeParams())
    with pytest.raises(UserError, match=r"framing.temperature: no generic calibration"):
        build_backend(
            EmbeddingParams(prototypes={label: ["x"] for label in FRAMING.labels}),
            FRAMING,
            "the deal",
            RuntimeParams(),
        )


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        # Labels the backend cannot give: VADER knows positive/neutral/negative only.
        (
            ["sentiment=vader", "tasks.sentiment.labels=[good,meh,bad]",
             "tasks.sentiment.positive=good", "tasks.sentiment.negative=bad"],
            "error: vader predicts sentiment only, not labels ['good', 'meh', 'bad']",
        ),
        # A task name the table lacks, where a parameter chooses a task.
        (
            ["task=evaluate", "data=labeled", "data.path=data/labeled/news_cooperation.jsonl",
             "data.task=framing"],
            "error: data.task='framing' is not in the task table (stance, sentiment)",
        ),
    ],
)  # fmt: skip
def test_cli_task_errors_exit_2_with_one_line_and_no_report(tmp_path, overrides, message):
    done = run_pipeline_cli(*overrides, f"hydra.run.dir={tmp_path / 'run'}")
    assert done.returncode == 2, done.stderr[-2000:]
    assert done.stderr.strip().splitlines()[-1] == message
    assert not (tmp_path / "run" / "report.json").exists()
    assert not (tmp_path / "run" / "stages").exists()


@pytest.fixture(scope="module")
def framing_runs(tmp_path_factory):
    """Two runs of a small dated corpus with the third task (framing temperatures differ)."""
    base = tmp_path_factory.mktemp("framing")
    corpus = write_corpus(12, base / "corpus.jsonl", seed=3)
    runs = []
    for i, temperature in enumerate(("0.062", "0.04")):
        run = base / f"run{i}"
        done = run_pipeline_cli(
            "tasks=framing", f"framing.temperature={temperature}", f"data.path={corpus}",
            "data.gold=null", "aggregate.by=[group,quarter]", "aggregate.n_bootstrap=200",
            f"hydra.run.dir={run}", f"cache.dir={base / 'cache'}",
        )  # fmt: skip
        assert done.returncode == 0, done.stderr[-3000:]
        runs.append(run)
    return runs


@pytest.mark.slow
def test_a_framing_run_writes_its_table_cells_and_report_columns(framing_runs):
    run = framing_runs[0]
    parts = sorted((run / "stages" / "predict" / "framing").glob("framing-*.parquet"))
    table = pq.read_table(parts)
    assert table.column_names == [
        "statement_id", "label", "score", "p_cooperation", "p_conflict", "p_neutral"]  # fmt: skip
    report = json.loads((run / "report.json").read_text())
    assert report["tasks"] == ["stance", "sentiment", "framing"]
    assert report["task_specs"]["framing"] == {
        "labels": ["cooperation", "conflict", "neutral"],
        "positive": "cooperation",
        "negative": "conflict",
    }
    assert report["score_definitions"]["framing"] == "P(cooperation) − P(conflict)"
    assert report["cells"] and all(
        set(c["framing"]["counts"]) == set(FRAMING.labels) for c in report["cells"]
    )
    china = report["actors"]["China"]["framing"]
    assert china["ci_low"] <= china["mean"] <= china["ci_high"]
    markdown = (run / "report.md").read_text()
    assert "Framing mean [CI]" in markdown and "framing = P(cooperation) − P(conflict)" in markdown
    # The shipped label descriptions separate the corpus's cooperative and hostile templates.
    rows = [json.loads(line) for line in (run / "statements.jsonl").open()]
    warm = [r["framing"]["score"] for r in rows if "must work together" in r["text"]]
    cold = [r["framing"]["score"] for r in rows if "sanctions and accusations" in r["text"]]
    assert warm and cold and min(warm) > max(cold)


@pytest.mark.slow
def test_framing_re_aggregates_without_torch_and_compare_lists_it(framing_runs, tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", NO_TORCH, "task=aggregate", f"aggregate.runs=[{framing_runs[0]}]",
         "aggregate.by=[outlet]", f"hydra.run.dir={tmp_path / 'agg'}", "validation.record=false"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip().splitlines()[-1] == "NO_TORCH"
    merged = json.loads((tmp_path / "agg" / "report.json").read_text())
    first = json.loads((framing_runs[0] / "report.json").read_text())
    assert merged["tasks"] == first["tasks"] and merged["task_specs"] == first["task_specs"]
    assert merged["by"] == ["outlet"] and all("framing" in c for c in merged["cells"])
    assert merged["actors"]["China"]["framing"]["mean"] == first["actors"]["China"]["framing"][
        "mean"]  # fmt: skip

    done = subprocess.run(
        [sys.executable, "-m", "pipeline.compare", *map(str, framing_runs), "--out",
         str(tmp_path / "cmp")],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    comparison = json.loads((tmp_path / "cmp" / "comparison.json").read_text())
    assert comparison["tasks"] == ["stance", "sentiment", "framing"]
    pair = comparison["statements"]["pairs"][0]
    # Only the framing temperature differs: stance and sentiment agree everywhere.
    assert pair["stance"]["flips"] == 0 and pair["sentiment"]["flips"] == 0
    assert pair["framing"]["n"] == pair["n_shared"] > 0
    china = next(row for row in comparison["actors"] if row["name"] == "China")
    assert set(china["delta_vs_baseline"]["R2"]) == {"stance", "sentiment", "framing"}
    assert china["delta_vs_baseline"]["R2"]["stance"]["delta"] == 0
    markdown = (tmp_path / "cmp" / "comparison.md").read_text()
    assert "## Framing per actor and group" in markdown and "framing κ" in markdown
    assert (
        "Framing: P(cooperation) − P(conflict)"
        in (tmp_path / "cmp" / "comparison.html").read_text()
    )
