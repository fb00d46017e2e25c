"""Where the shipped configs and data live, so `stance-pipeline` works from any directory.

In a checkout they are its `configs/` and `data/` folders; an installed wheel ships the same
folders as the packages `pipeline_configs` and `pipeline_data` (pyproject.toml maps them).
Config files name shipped data as `${bundled:RELATIVE/PATH}` and are resolved here.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from pipeline.errors import UserError

_ROOT = Path(__file__).resolve().parent.parent
# Shipped articles whose shipped attribution gold a run scores itself against by default.
BUNDLED_GOLD = {"articles/000_8211a3ecb4d4f9df.txt": "gold/founding_attribution.jsonl"}


def _locate(folder: str, package: str) -> Path:
    checkout = _ROOT / folder
    if (_ROOT / "pyproject.toml").is_file() and checkout.is_dir():
        return checkout
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise UserError(
            f"cannot find the shipped {folder}/ (neither {checkout} nor the package {package}); "
            "reinstall stance-pipeline"
        )
    return Path(next(iter(spec.submodule_search_locations)))


def config_dir() -> Path:
    return _locate("configs", "pipeline_configs")


def bundled(relative: str) -> str:
    """Absolute path of a shipped data file, e.g. bundled("gold/founding_attribution.jsonl")."""
    return str(_locate("data", "pipeline_data") / relative)


def bundled_gold(article_path: str | None) -> str | None:
    """The shipped attribution gold of a shipped article; None for any other input."""
    if not article_path:
        return None
    target = Path(article_path).resolve()
    for article, gold in BUNDLED_GOLD.items():
        if target == Path(bundled(article)).resolve():
            return bundled(gold)
    return None


def register_resolvers() -> None:
    from omegaconf import OmegaConf

    OmegaConf.register_new_resolver("bundled", bundled, replace=True)
    OmegaConf.register_new_resolver("bundled_gold", bundled_gold, replace=True)
