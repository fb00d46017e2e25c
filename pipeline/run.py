"""The tasks behind `python -m pipeline`: typed parameters in, run-directory files out."""

from __future__ import annotations

import dataclasses
import logging
import time
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from pipeline.actors import build_actor_set
from pipeline.articles import read_articles
from pipeline.attribution import attribute
from pipeline.chunking import chunk_article
from pipeline.config import PipelineConfig
from pipeline.provenance import git_state, input_hashes, package_versions
from pipeline.report import build_report, write_run
from pipeline.scoring import aggregate, sentiment_prediction, stance_prediction
from pipeline.types import SENTIMENT_LABELS, STANCE_LABELS, ScoredStatement, Statement

log = logging.getLogger(__name__)
PROJECT_ROOT = Path(__file__).resolve().parent.parent


class StageTimer:
    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    @contextmanager
    def stage(self, name: str):
        start = time.perf_counter()
        yield
        self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - start


def run_pipeline(config: PipelineConfig, run_dir: Path, context: dict) -> dict:
    """chunk → attribute → stance + sentiment → score/aggregate → report, over all articles."""
    from pipeline.models.cache import predict
    from pipeline.models.registry import build_backend

    timer = StageTimer()
    study = build_actor_set(config.actors)
    with timer.stage("read"):
        articles = read_articles(config.data)
    statements: list[Statement] = []
    with timer.stage("chunk_attribute"):
        for article in articles:
            chunks = chunk_article(article, config.chunker)
            statements += attribute(article, chunks, study, config.attribution)
    log.info("%d articles, %d statements", len(articles), len(statements))

    texts = [s.text for s in statements]
    models, cache_stats, probs, labels = {}, {}, {}, {}
    for task, params in (("stance", config.stance), ("sentiment", config.sentiment)):
        with timer.stage(f"load_{task}_model"):
            backend = build_backend(
                params, task, study.target, config.runtime, study=config.actors.stance
            )
        with timer.stage(task):
            probs[task], stats = predict(backend, texts, config.cache)
        models[task], labels[task] = backend.describe(), backend.labels
        cache_stats[task] = stats.as_dict()
        log.info("%s: %s", task, cache_stats[task])

    with timer.stage("score_aggregate"):
        scored = [
            ScoredStatement(
                statement=s,
                stance=stance_prediction(np.asarray(p_stance), labels["stance"]),
                sentiment=sentiment_prediction(np.asarray(p_sent), labels["sentiment"]),
            )
            for s, p_stance, p_sent in zip(
                statements, probs["stance"], probs["sentiment"], strict=True
            )
        ]
        aggregates = aggregate(
            scored, config.aggregate, config.seed, STANCE_LABELS, SENTIMENT_LABELS
        )
    metrics = _attribution_metrics(config, statements)
    provenance = {
        **run_provenance(config, models, context),
        "prediction_cache": cache_stats,
        "confidence_level": config.aggregate.confidence_level,
    }
    report = build_report(
        target=study.target,
        aggregates=aggregates,
        provenance=provenance,
        timing=timer.seconds,
        metrics=metrics,
        articles=[
            {"article_id": a.article_id, "title": a.title, "date": a.date, "source": a.source}
            for a in articles
        ],
    )
    write_run(run_dir, scored, aggregates, report, config.report)
    log.info("wrote %s", run_dir)
    return report


def run_provenance(config: PipelineConfig, models: dict, context: dict) -> dict:
    """What any task's output records about how it was made."""
    return {
        "packages": package_versions(),
        "models": models,
        "inputs": input_hashes(config.data.path),
        "git": git_state(PROJECT_ROOT),
        "seed": config.seed,
        "overrides": context.get("overrides", []),
        "config": context.get("config", {}),
    }


def _attribution_metrics(config: PipelineConfig, statements: list[Statement]) -> dict | None:
    if not config.data.gold:
        return None
    from pipeline.attribution_eval import metrics_for_statements

    metrics = metrics_for_statements(statements, config.data.gold)
    if metrics is None:
        log.warning("attribution gold %s covers none of this run's articles", config.data.gold)
        return None
    return {"attribution": metrics}


def run_model_evaluation(config: PipelineConfig, run_dir: Path, context: dict) -> dict:
    """The configured stance or sentiment model on a labelled file → metrics.json."""
    from pipeline.evaluate import run_evaluation
    from pipeline.models.cache import predict
    from pipeline.models.registry import build_backend

    data = config.data
    task_params = config.stance if data.task == "stance" else config.sentiment
    target = data.target or build_actor_set(config.actors).target
    # The study's descriptions are written for its own target; another target gets the generic.
    study = config.actors.stance if target == config.actors.target else None
    backend = build_backend(task_params, data.task, target, config.runtime, study=study)
    return run_evaluation(
        data=dataclasses.replace(data, target=target),
        backend_predict=lambda texts: predict(backend, texts, config.cache)[0],
        labels=backend.labels,
        seed=config.seed,
        run_dir=run_dir,
        provenance=run_provenance(config, {data.task: backend.describe()}, context),
    )


def run_attribution_evaluation(config: PipelineConfig, run_dir: Path) -> dict:
    from pipeline.attribution_eval import evaluate_gold_files

    return evaluate_gold_files(config, run_dir)
