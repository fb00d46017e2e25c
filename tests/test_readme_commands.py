"""Every command in README.md's ```bash blocks works when pasted into bash, as written.

The blocks are parsed, not listed here, so commands added to the README later are covered too.
They run in README order (later ones use what earlier ones made: a trained head, sweeps to
compare) in one bash each, inside a copy of the checkout whose `.venv` is this environment, so
their outputs, cache and files stay in a temporary folder. Skipped, and marked so in the README
itself: commands ending in `# needs hub weights` (no hub here or in CI) or in
`# not run by tests: REASON` (the test suite itself, benchmarks, the browser check).
"""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

BASH_BLOCK = re.compile(r"^```bash\n(.*?)^```", re.MULTILINE | re.DOTALL)
SKIP_MARK = re.compile(r"#\s*(needs hub weights|not run by tests: \S.*)$")
COPIED = ("pipeline", "configs", "data", "tests", "benchmarks")
COPIED_FILES = ("Makefile", "pyproject.toml", "setup.py", "README.md")


def readme_commands(text: str) -> list[str]:
    """Each command of each bash block (backslash continuations joined), in order."""
    commands = []
    for block in BASH_BLOCK.findall(text):
        for line in block.replace("\\\n", " ").splitlines():
            if line.strip() and not line.lstrip().startswith("#"):
                commands.append(line.strip())
    return commands


def test_the_parser_finds_commands_and_markers():
    commands = readme_commands((ROOT / "README.md").read_text(encoding="utf-8"))
    assert len(commands) >= 20
    assert any(c.startswith("python -m pipeline task=evaluate") for c in commands)
    marked = [c for c in commands if SKIP_MARK.search(c)]
    assert any("needs hub weights" in c for c in marked)
    assert len(marked) < len(commands) / 2
    assert readme_commands("```bash\na \\\n  b   # c\n# comment\n```\n```python\nx\n```") == [
        "a    b   # c"
    ]


def make_workdir(base: Path) -> Path:
    """A copy of the checkout with a `.venv` that runs this interpreter (and its ruff)."""
    work = base / "checkout"
    for name in COPIED:
        shutil.copytree(ROOT / name, work / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in COPIED_FILES:
        shutil.copy2(ROOT / name, work / name)
    bin_dir = work / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    for tool, target in (
        ("python", sys.executable),
        ("ruff", shutil.which("ruff", path=str(Path(sys.executable).parent))),
    ):
        if target:
            (bin_dir / tool).write_text(f'#!/bin/sh\nexec "{target}" "$@"\n')
            (bin_dir / tool).chmod(0o755)
    (work / ".venv" / ".installed").touch()  # newer than pyproject.toml: `make` sets up nothing
    return work


@pytest.mark.slow
def test_every_readme_command_runs_as_written(tmp_path):
    work = make_workdir(tmp_path)
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "PYTHONPATH": str(work),
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
    }
    failures, ran = [], []
    for command in readme_commands((ROOT / "README.md").read_text(encoding="utf-8")):
        if SKIP_MARK.search(command) or command in ran:
            continue  # marked in the README, or already run (the same line in two sections)
        ran.append(command)
        done = subprocess.run(
            ["bash", "-o", "pipefail", "-c", command],
            cwd=work,
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
        )
        if done.returncode != 0 or "Traceback" in done.stderr:
            failures.append(f"$ {command}\n(exit {done.returncode})\n{done.stderr[-1500:]}")
    assert not failures, "\n\n".join(failures)
    assert len(ran) >= 15
