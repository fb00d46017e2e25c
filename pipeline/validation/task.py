"""`task=evaluate`: score the model on labelled data (`data=labeled`) or on a coding sample that
human coders filled in (`data=coded`), then record the figures in the validation registry."""

from __future__ import annotations

import logging
from pathlib import Path

from pipeline.config import PipelineConfig
from pipeline.validation.coded import CodedDataParams, headline, run_coded_evaluation
from pipeline.validation.registry import records_from_coded, records_from_labeled, write_records

log = logging.getLogger(__name__)


def evaluate_and_record(config: PipelineConfig, run_dir: Path, context: dict) -> dict:
    if isinstance(config.data, CodedDataParams):
        result = run_coded_evaluation(config.data, config.seed, run_dir)
        records = records_from_coded(result, run_dir)
        for line in headline(result):
            print(line)
        print(f"metrics: {Path(run_dir) / 'metrics.md'}")
    else:  # data=labeled (load_config admits no other choice for task=evaluate)
        from pipeline.evaluate import headline as labeled_headline
        from pipeline.run import run_model_evaluation

        result = run_model_evaluation(config, run_dir, context)
        records = records_from_labeled(result, run_dir)
        for line in labeled_headline(result):
            print(line)
    for path in write_records(records, config.validation):
        log.info("validation record: %s", path)
    return result
