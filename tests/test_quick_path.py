"""The quick path's background import of matplotlib (pipeline.figures.import_in_background)."""

import json
import subprocess
import sys

from tests.conftest import ROOT


def test_matplotlib_is_imported_in_the_background_once():
    probe = (
        "import sys\n"
        "from pipeline.figures import MATPLOTLIB_MODULES, import_in_background\n"
        "assert not any(m in sys.modules for m in MATPLOTLIB_MODULES)\n"
        "thread = import_in_background()\n"
        "thread.join()\n"
        "print(all(m in sys.modules for m in MATPLOTLIB_MODULES), import_in_background())\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "None"]


def test_a_figure_drawn_while_the_import_runs_is_the_figure_drawn_after_it():
    probe = (
        "import json, sys\n"
        "from pipeline.figures import actor_forest_plot, import_in_background\n"
        "report = json.loads(sys.stdin.read())\n"
        "import_in_background()\n"
        "during = actor_forest_plot(report)\n"  # waits on the import locks
        "sys.stdout.buffer.write(b'%d ' % (during == actor_forest_plot(report)))\n"
    )
    report = {
        "actors": {
            "China": {"group": "China", "kind": "group", "n_statements": 3, "small": False,
                      "stance": {"mean": 0.2, "ci_low": -0.1, "ci_high": 0.5}},
            "Wang Yi": {"group": "China", "kind": "actor", "n_statements": 1, "small": True,
                        "stance": {"mean": 0.4, "ci_low": 0.4, "ci_high": 0.4}},
        },
        "tasks": ["stance"], "score_definitions": {"stance": "P(favor) − P(against)"},
        "provenance": {"confidence_level": 0.9}, "min_n": 2, "resample": "article",
    }  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True,
        input=json.dumps(report),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["1"]
