"""pipeline.compare on hand-built run directories (shapes of the run output contract).

tests/test_compare_real.py runs the same command on real pipeline runs.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from sklearn.metrics import cohen_kappa_score

from pipeline.compare import main

REPO = Path(__file__).resolve().parents[1]
STANCE_PROBS = {
    "favor": {"favor": 0.8, "against": 0.1, "none": 0.1},
    "against": {"favor": 0.1, "against": 0.8, "none": 0.1},
    "none": {"favor": 0.1, "against": 0.1, "none": 0.8},
}
SENT_PROBS = {
    "positive": {"positive": 0.8, "neutral": 0.1, "negative": 0.1},
    "neutral": {"positive": 0.1, "neutral": 0.8, "negative": 0.1},
    "negative": {"positive": 0.1, "neutral": 0.1, "negative": 0.8},
}


def statement(article, sid, text, actor, group, stance, sentiment):
    sp, tp = STANCE_PROBS[stance], SENT_PROBS[sentiment]
    return {
        "article_id": article,
        "statement_id": sid,
        "text": text,
        "char_start": 0,
        "char_end": len(text),
        "actor": actor,
        "actor_group": group,
        "speaker_mention": actor,
        "cue": "said",
        "attribution_confidence": 0.9,
        "attribution_kind": "reported",
        "mentioned_actors": [],
        "stance": {"label": stance, "probs": sp, "score": sp["favor"] - sp["against"]},
        "sentiment": {"label": sentiment, "probs": tp, "score": tp["positive"] - tp["negative"]},
    }


def summary(mean, half):
    return {"mean": mean, "ci_low": mean - half, "ci_high": mean + half, "counts": {}}


def actor_entry(group, kind, n, stance, sentiment):
    return {
        "group": group,
        "kind": kind,
        "n_statements": n,
        "stance": stance,
        "sentiment": sentiment,
        "evidence": [],
    }


def make_run(path: Path, actors, statements, overrides, config, metrics=None, target="T"):
    (path / ".hydra").mkdir(parents=True)
    report = {
        "schema_version": 1,
        "target": target,
        "actors": actors,
        "provenance": {"models": {"stance": {"backend": config["stance"]["backend"]}}},
        "timing": {},
    }
    if metrics is not None:
        report["metrics"] = metrics
    (path / "report.json").write_text(json.dumps(report))
    (path / "statements.jsonl").write_text("".join(json.dumps(s) + "\n" for s in statements))
    (path / ".hydra" / "config.yaml").write_text(yaml.safe_dump(config))
    (path / ".hydra" / "overrides.yaml").write_text(yaml.safe_dump(overrides))
    return path


STANCE_A = ["favor", "favor", "against", "none", "none", "favor"]
STANCE_B = ["favor", "none", "against", "none", "against", "favor"]
SENT_A = ["positive", "neutral", "negative", "neutral", "neutral", "positive"]
SENT_B = ["positive", "neutral", "negative", "negative", "neutral", "positive"]
SPEAKERS = [
    ("Wang Yi", "China"),
    ("Wang Yi", "China"),
    ("John Kerry", "United States"),
    ("John Kerry", "United States"),
    ("China", "China"),
    ("John Kerry", "United States"),
]


def config(stance_backend, sentiment="vader"):
    return {
        "seed": 0,
        "stance": {"backend": stance_backend, "batch": 8},
        "sentiment": {"backend": sentiment},
        "data": {"path": "a.txt"},
    }


@pytest.fixture()
def sweep(tmp_path):
    """A sweep of two runs (different stance backends) plus a failed job in the index."""
    root = tmp_path / "sweep"
    for num, (stance, sent, backend) in enumerate(
        [(STANCE_A, SENT_A, "embedding"), (STANCE_B, SENT_B, "nli")]
    ):
        stmts = [
            statement("a1", f"s{i}", f"Text {i}.", spk, grp, st, se)
            for i, ((spk, grp), st, se) in enumerate(zip(SPEAKERS, stance, sent, strict=True))
        ]
        china = 0.3 if num == 0 else -0.4
        actors = {
            "China": actor_entry("China", "group", 3, summary(china, 0.2), summary(0.1, 0.1)),
            "Wang Yi": actor_entry("China", "actor", 2, summary(0.5, 0.3), summary(0.2, 0.1)),
            "United States": actor_entry(
                "United States", "group", 3, summary(0.0, 0.2), summary(0.0, 0.1)
            ),
        }
        make_run(
            root / str(num),
            actors,
            stmts,
            ["seed=0", f"stance={backend}"],
            config(backend),
            metrics={"attribution": {"precision": 0.8 + num / 10}},
        )
    (root / "2").mkdir()
    (root / "sweep_index.json").write_text(
        json.dumps(
            {
                "jobs": [
                    {"num": 0, "job_dir": "0", "overrides": ["stance=embedding"], "status": "ok"},
                    {"num": 1, "job_dir": "1", "overrides": ["stance=nli"], "status": "ok"},
                    {
                        "num": 2,
                        "job_dir": "2",
                        "overrides": ["stance=broken"],
                        "status": "failed",
                        "error": "UserError: model not found",
                    },
                ]
            }
        )
    )
    return root


def test_sweep_comparison_content(sweep, tmp_path, capsys):
    out = tmp_path / "cmp"
    assert main([str(sweep), "--out", str(out)]) == 0
    c = json.loads((out / "comparison.json").read_text())
    assert [r["id"] for r in c["runs"]] == ["R1", "R2"] and c["baseline"] == "R1"
    assert [r["label"] for r in c["runs"]] == ["stance=embedding", "stance=nli"]
    assert c["failed_jobs"][0]["error"] == "UserError: model not found"

    china = next(a for a in c["actors"] if a["name"] == "China")
    d = china["delta_vs_baseline"]["R2"]["stance"]
    assert d["delta"] == pytest.approx(-0.7) and d["ci_overlap"] is False
    assert china["delta_vs_baseline"]["R2"]["sentiment"]["ci_overlap"] is True
    assert [a["name"] for a in c["actors"]] == ["China", "United States", "Wang Yi"]

    pair = c["statements"]["pairs"][0]
    assert pair["n_shared"] == 6 and pair["speaker_changed"] == 0
    assert pair["stance"]["kappa"] == pytest.approx(cohen_kappa_score(STANCE_A, STANCE_B))
    assert pair["stance"]["agreement"] == pytest.approx(4 / 6) and pair["stance"]["flips"] == 2
    assert pair["sentiment"]["kappa"] == pytest.approx(cohen_kappa_score(SENT_A, SENT_B))
    assert c["statements"]["transitions_vs_baseline"]["R2"]["stance"] == {
        "favor → none": 1,
        "none → against": 1,
    }
    assert c["statements"]["n_flipped_statements"] == 3  # s1, s4 (stance), s3 (sentiment)

    assert c["config_diff"] == {"stance.backend": {"R1": "embedding", "R2": "nli"}}
    assert c["model_diff"] == {"stance.backend": {"R1": "embedding", "R2": "nli"}}
    assert c["metrics"]["attribution.precision"] == {"R1": 0.8, "R2": 0.9}
    assert c["mismatches"]["statements_vs_baseline"]["R2"]["matched"] == 6

    md = (out / "comparison.md").read_text()
    assert "| China (group) |" in md and "-0.700 ✱" in md and "model not found" in md
    page = (out / "comparison.html").read_text()
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page and "<script" not in page
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert capsys.readouterr().out.count("comparison.") == 3


def test_explicit_baseline_and_runs_over_different_articles(sweep, tmp_path):
    other = make_run(
        tmp_path / "other",
        {
            "China": actor_entry("China", "group", 1, summary(0.1, 0.1), summary(0.0, 0.1)),
            "EU": actor_entry("EU", "group", 1, summary(0.2, 0.1), summary(0.0, 0.1)),
        },
        [
            statement("a2", "s0", "Other.", "EU", "EU", "favor", "positive"),
            statement("a1", "s0", "Text 0.", "Wang Yi", "China", "against", "positive"),
        ],
        ["data.path=b.txt"],
        config("embedding"),
        target="T",
    )
    out = tmp_path / "cmp"
    assert (
        main([str(sweep / "0"), str(other), "--baseline", str(sweep / "1"), "--out", str(out)]) == 0
    )
    c = json.loads((out / "comparison.json").read_text())
    assert [r["path"] for r in c["runs"]] == [str(sweep / "1"), str(sweep / "0"), str(other)]
    m = c["mismatches"]
    assert m["articles"] == {"shared": ["a1"], "not_in_all_runs": {"R3": ["a2"]}}
    assert m["actors"]["not_in_all_runs"] == {
        "R1": ["United States", "Wang Yi"],
        "R2": ["United States", "Wang Yi"],
        "R3": ["EU"],
    }
    assert m["statements_vs_baseline"]["R3"] == {
        "matched": 1,
        "only_in_run": 1,
        "only_in_baseline": 5,
    }
    eu = next(a for a in c["actors"] if a["name"] == "EU")
    assert eu["delta_vs_baseline"] == {} and set(eu["runs"]) == {"R3"}
    md = (out / "comparison.md").read_text()
    assert "Articles only some runs have — R3: a2" in md


@pytest.mark.parametrize(
    "args, message",
    [
        (["{tmp}/missing"], "no such directory"),
        (["{tmp}/empty"], "no report.json or metrics.json"),
        (["{sweep}/0"], "need at least two runs"),
        (["{sweep}/0", "{tmp}/broken"], "not valid JSON"),
        (["{sweep}", "--baseline", "{sweep}"], "not a run directory"),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(sweep, tmp_path, args, message):
    (tmp_path / "empty").mkdir()
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "report.json").write_text("{not json")
    out = tmp_path / "cmp"
    argv = [a.format(tmp=tmp_path, sweep=sweep) for a in args] + ["--out", str(out)]
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline.compare", *argv], cwd=REPO, capture_output=True, text=True
    )
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: ") and message in proc.stderr
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert not out.exists()
    assert not any(p.name.startswith(".cmp") for p in tmp_path.iterdir())


def test_render_failure_leaves_previous_outputs_untouched(sweep, tmp_path, monkeypatch):
    out = tmp_path / "cmp"
    assert main([str(sweep), "--out", str(out)]) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def boom(_):
        raise RuntimeError("render failed")

    monkeypatch.setattr("pipeline.compare_render.render_html", boom)
    with pytest.raises(RuntimeError):
        main([str(sweep), "--out", str(out)])
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert not any(p.name.startswith(".cmp") for p in tmp_path.iterdir())


def test_compare_never_imports_torch(sweep, tmp_path):
    code = (
        "import sys\nfrom pipeline.compare import main\n"
        f"assert main([{str(sweep)!r}, '--out', {str(tmp_path / 'c')!r}]) == 0\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('torch', 'transformers'))\n"
        "print(heavy)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[-1] == "[]"
    assert (tmp_path / "c" / "comparison.html").is_file()


def test_config_diff_hides_keys_that_differ_only_by_backend_schema():
    from pipeline.compare import config_diff
    from pipeline.compare_load import Run

    def run(rid, cfg):
        return Run(rid, Path(rid), {}, None, [], cfg, [])

    runs = [
        run("R1", {"sentiment.backend": "vader", "sentiment.scale": 6.5, "seed": 0}),
        run("R2", {"sentiment.backend": "embedding", "sentiment.temperature": 0.1, "seed": 0}),
        run("R3", {"sentiment.backend": "embedding", "sentiment.temperature": 0.2, "seed": 1}),
    ]
    diff = config_diff(runs)
    assert set(diff) == {"sentiment.backend", "sentiment.temperature", "seed"}
    assert diff["sentiment.temperature"] == {"R1": "<absent>", "R2": 0.1, "R3": 0.2}
