"""`task=evaluate`: score the model on labelled data (`data=labeled`) or on a coding sample that
human coders filled in (`data=coded`), then record the figures in the validation registry."""

from __future__ import annotations

import logging
from pathlib import Path

from pipeline.config import PipelineConfig
from pipeline.errors import UserError
from pipeline.evaluate import LabeledDataParams
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
    elif isinstance(config.data, LabeledDataParams):
        from pipeline.evaluate import headline as labeled_headline
        from pipeline.run import run_model_evaluation

        result = run_model_evaluation(config, run_dir, context)
        records = records_from_labeled(result, run_dir)
        for line in labeled_headline(result):
            print(line)
    else:
        raise UserError(
            "task=evaluate needs data=labeled (a labelled file) or data=coded "
            "(a coding sample filled in by coders)"
        )
    for path in write_records(records, config.validation):
        log.info("validation record: %s", path)
    return result
