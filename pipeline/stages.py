"""The model-side stages: `annotate` (articles → statements) and `predict` (statements → one
prediction table per task), written as numbered Parquet parts under `<run>/stages/`.

Each stage keeps a manifest with the fingerprint of its inputs and config. A part already
written under the same fingerprint is skipped, so an interrupted run started again with the
same run directory continues where it stopped (and the prediction cache, committed per batch,
saves the model work even in a new directory). A finished stage is marked `complete`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pyarrow.parquet as pq

from pipeline import interrupt
from pipeline.arrow_build import table_from_columns, table_from_rows
from pipeline.articles import ReadLog, iter_articles
from pipeline.atomic import atomic_write_json
from pipeline.errors import UserError
from pipeline.progress import Progress
from pipeline.schema import (
    ANNOTATE_DIR,
    ARTICLES,
    MANIFEST,
    PREDICT_DIR,
    SCHEMA_VERSION,
    STATEMENTS,
    TASKS_FILE,
    TaskSpec,
    prediction_schema,
    read_table,
    write_table,
)
from pipeline.scoring import predictions_from_probs
from pipeline.types import Article

log = logging.getLogger(__name__)


@dataclass
class ShardParams:
    """This job's slice of the corpus: articles whose id hashes to `index` modulo `count`."""

    index: int = 0
    count: int = 1


@dataclass
class StageParams:
    # Articles per annotate batch (one Parquet part, one prediction-cache commit per task).
    batch_articles: int = 200


def fingerprint(obj) -> str:
    return hashlib.sha256(json.dumps(obj, sort_keys=True, default=str).encode()).hexdigest()


def in_shard(article_id: str, shard: ShardParams) -> bool:
    # sha256, not hash(): the same on every machine and every Python process.
    digest = hashlib.sha256(article_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % shard.count == shard.index


def part_name(prefix: str, number: int) -> str:
    return f"{prefix}-{number:05d}.parquet"


@dataclass
class StageDir:
    """A stage's folder: its manifest and numbered parts."""

    path: Path
    fingerprint: str
    manifest: dict = field(default_factory=dict)

    @classmethod
    def open(cls, path: Path, fp: str) -> StageDir:
        """Reuse the folder if it was started with the same fingerprint, else start afresh."""
        found = _read_manifest(path)
        if found.get("fingerprint") != fp or found.get("schema_version") != SCHEMA_VERSION:
            if path.exists():
                log.info("%s: inputs or config changed, starting the stage afresh", path)
                shutil.rmtree(path)
            found = {"fingerprint": fp, "schema_version": SCHEMA_VERSION, "complete": False}
            atomic_write_json(path / MANIFEST, found)
        return cls(path, fp, found)

    @property
    def complete(self) -> bool:
        return bool(self.manifest.get("complete"))

    def finish(self, **info) -> None:
        self.manifest.update(info, complete=True)
        atomic_write_json(self.path / MANIFEST, self.manifest)


def _read_manifest(path: Path) -> dict:
    try:
        return json.loads((path / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return {}


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def annotate(config, run_dir: Path, study, hierarchy: dict, inputs: list[dict]) -> dict:
    """Articles → statements parts. Returns the stage manifest (counts, read log, study)."""
    from pipeline.attribution import attribute
    from pipeline.chunking import chunk_article

    shard: ShardParams = config.shard
    if shard.count < 1 or not 0 <= shard.index < shard.count:
        raise UserError(f"shard.index={shard.index} must be in [0, shard.count={shard.count})")
    if config.stages.batch_articles < 1:
        raise UserError("stages.batch_articles must be >= 1")
    data = {k: v for k, v in asdict(config.data).items() if k != "gold"}
    corpus = {
        "inputs": [i["sha256"] for i in inputs],
        "data": data,
        "chunker": asdict(config.chunker),
        "actors": asdict(config.actors),
        "attribution": asdict(config.attribution),
    }
    stage = StageDir.open(
        run_dir / ANNOTATE_DIR,
        fingerprint(
            {"corpus": corpus, "shard": asdict(shard), "batch": config.stages.batch_articles}
        ),
    )
    if stage.complete:
        log.info("annotate: done before for these inputs and config, skipped")
        return stage.manifest
    read_log = ReadLog()
    progress = Progress("annotate", unit="batch")
    n_articles = n_statements = 0
    articles = (a for a in iter_articles(config.data, read_log) if in_shard(a.article_id, shard))
    for number, batch in enumerate(_batches(articles, config.stages.batch_articles)):
        n_articles += len(batch)
        target = stage.path / part_name("statements", number)
        if target.exists():  # written before an interrupt
            n_statements += pq.ParquetFile(target).metadata.num_rows
            progress.update(len(batch), "(done before)")
            continue
        rows, meta = [], []
        for article in batch:
            statements = attribute(
                article, chunk_article(article, config.chunker), study, config.attribution
            )
            extra = {"date": article.date, "source": article.source, "url": article.url}
            rows += [asdict(s) | extra for s in statements]
            meta.append(_article_row(article, len(statements)))
        write_table(
            stage.path / part_name("articles", number),
            table_from_rows(meta, ARTICLES),
            ARTICLES,
        )
        write_table(target, table_from_rows(rows, STATEMENTS), STATEMENTS)
        n_statements += len(rows)
        progress.update(len(batch), f"{n_statements} statements")
        interrupt.raise_if_requested()
    progress.close()
    if n_articles == 0:
        raise UserError(
            f"shard {shard.index}/{shard.count} holds no articles of {config.data.path}"
        )
    stage.finish(
        parts=number + 1,
        n_articles=n_articles,
        n_statements=n_statements,
        skipped=read_log.skipped,
        target=study.target,
        hierarchy=hierarchy,
        corpus_fingerprint=fingerprint(corpus),
        inputs=inputs,
        shard=asdict(shard),
    )
    return stage.manifest


def _article_row(article: Article, n_statements: int) -> dict:
    return {
        "article_id": article.article_id,
        "title": article.title,
        "date": article.date,
        "date_raw": article.date_raw,
        "source": article.source,
        "url": article.url,
        "path": article.path,
        "n_statements": n_statements,
        "looks_english": looks_english(article.text),
    }


def looks_english(text: str) -> bool:
    """Most letters are Latin: a cheap flag for text the English-only rules cannot read."""
    letters = [c for c in text[:5000] if c.isalpha()]
    return not letters or sum(c.isascii() for c in letters) / len(letters) >= 0.5


def predict_stage(
    config, run_dir: Path, annotated: dict, tasks: dict[str, TaskSpec], backends: dict
) -> dict:
    """Statements → `<task>-NNNNN.parquet` parts aligned row by row with the statements parts,
    for each task of the table (recorded in PREDICT_DIR/TASKS_FILE for the readers)."""
    from pipeline.models.cache import predict

    stats: dict[str, dict] = {}
    statements_dir = run_dir / ANNOTATE_DIR
    atomic_write_json(
        run_dir / PREDICT_DIR / TASKS_FILE,
        {"tasks": {name: task.record() for name, task in tasks.items()}},
    )
    for name, task in tasks.items():
        backend = backends[name]
        schema = prediction_schema(task)
        stage = StageDir.open(
            run_dir / PREDICT_DIR / name,
            fingerprint(
                {
                    "statements": annotated["fingerprint"],
                    "model": backend.fingerprint(),
                    "task": task.record(),
                }
            ),
        )
        totals = {"n_texts": 0, "cache_hits": 0, "cache_misses": 0, "model_calls": 0,
                  "seconds": 0.0, "parts_reused": 0}  # fmt: skip
        if stage.complete:
            log.info("predict %s: done before for these statements and model, skipped", name)
            stats[name] = stage.manifest["stats"] | {"stage_skipped": True}
            continue
        progress = Progress(f"predict {name}", total=annotated["parts"])
        for number in range(annotated["parts"]):
            target = stage.path / part_name(name, number)
            if target.exists():
                totals["parts_reused"] += 1
                progress.update(0, "(done before)")
                continue
            table = read_table(
                statements_dir / part_name("statements", number),
                STATEMENTS,
                ["statement_id", "text"],
            )
            probs, batch_stats = predict(backend, table.column("text").to_pylist(), config.cache)
            labels, scores = predictions_from_probs(probs, task)
            columns = {
                "statement_id": table.column("statement_id"),
                "label": labels,
                "score": scores,
            }
            columns |= {f"p_{lab}": probs[:, j] for j, lab in enumerate(task.labels)}
            write_table(target, table_from_columns(columns, schema), schema)
            for key in ("n_texts", "cache_hits", "cache_misses", "model_calls", "seconds"):
                totals[key] += getattr(batch_stats, key)
            progress.update(table.num_rows, f"{totals['cache_hits']} cached")
        progress.close()
        totals["seconds"] = round(totals["seconds"], 3)
        stats[name] = totals | {
            "backend": backend.describe().get("backend"),
            "stage_skipped": False,
        }
        stage.finish(stats=stats[name], model=backend.describe())
        log.info("%s: %s", name, stats[name])
    return stats
