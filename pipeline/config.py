"""Structured-config schemas: Hydra validates every override against these dataclasses.

The stage modules define their own parameter dataclasses; this module only gathers them into
one schema and registers them with Hydra's ConfigStore. Nothing here imports torch.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from omegaconf import MISSING

from pipeline.actors import StudyParams
from pipeline.attribution import AttributionParams
from pipeline.chunking import ChunkerParams
from pipeline.models.runtime import CacheParams, RuntimeParams
from pipeline.report import ReportParams
from pipeline.scoring import AggregateParams
from pipeline.validation.registry import ValidationParams
from pipeline.validation.sampling import SampleParams

CONFIG_DIR = Path(__file__).resolve().parent.parent / "configs"


class Task(Enum):
    run = "run"  # the full pipeline on articles
    evaluate = "evaluate"  # the configured stance/sentiment model on a labelled file
    attribution = "attribution"  # attribution against the gold annotation files
    sample = "sample"  # a stratified sample of a run's statements for human coders


@dataclass
class PipelineConfig:
    task: Task = Task.run
    seed: int = 0
    # `data`, `stance` and `sentiment` choices have different schemas (article vs labelled
    # data; one schema per backend), each validated by its own group entry below.
    data: Any = MISSING
    chunker: ChunkerParams = MISSING
    actors: StudyParams = MISSING
    attribution: AttributionParams = MISSING
    stance: Any = MISSING
    sentiment: Any = MISSING
    aggregate: AggregateParams = MISSING
    report: ReportParams = MISSING
    runtime: RuntimeParams = field(default_factory=RuntimeParams)
    cache: CacheParams = field(default_factory=CacheParams)
    sample: SampleParams = MISSING
    validation: ValidationParams = field(default_factory=ValidationParams)


def register_configs() -> None:
    from hydra.core.config_store import ConfigStore

    from pipeline.articles import ArticleDataParams
    from pipeline.evaluate import LabeledDataParams
    from pipeline.models.registry import BACKEND_SCHEMAS
    from pipeline.validation.coded import CodedDataParams

    store = ConfigStore.instance()
    store.store(name="schema", node=PipelineConfig)
    store.store(group="data", name="schema_article", node=ArticleDataParams)
    store.store(group="data", name="schema_labeled", node=LabeledDataParams)
    store.store(group="data", name="schema_coded", node=CodedDataParams)
    for backend, schema in BACKEND_SCHEMAS.items():
        for group in ("stance", "sentiment"):
            store.store(group=group, name=f"schema_{backend}", node=schema)
