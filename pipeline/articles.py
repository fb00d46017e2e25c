"""Reading articles: a text file, a folder of them, JSONL/CSV tables, or a saved dataset."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import UserError
from pipeline.types import Article
from pipeline.validation import choice

# The seed format's first line: " date 2021-09-02 Title of the article".
_HEADER = re.compile(r"^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]+(\S.*?)[ \t]*$", re.MULTILINE)


DataFormat = choice("DataFormat", ("auto", "text", "jsonl", "csv", "datasets"), __name__)


@dataclass
class ArticleDataParams:
    """Where the articles come from. Columns apply to JSONL / CSV / datasets inputs."""

    path: str = "data/articles/000_8211a3ecb4d4f9df.txt"
    format: DataFormat = DataFormat.auto
    id_column: str = "id"
    text_column: str = "text"
    title_column: str = "title"
    date_column: str = "date"
    # Optional attribution gold annotations (JSONL) to score the run's attribution against.
    gold: str | None = None


def parse_article(text: str, article_id: str, source: str | None = None) -> Article:
    """Split the seed header (date + title) from the body; plain text without it is all body."""
    header = _HEADER.match(text)
    if header and header.start() == 0:
        title_span = header.span(2)
        body_start = header.end()
    else:
        title_span = None
        body_start = 0
    body_start += len(text[body_start:]) - len(text[body_start:].lstrip())
    body_end = len(text.rstrip())
    if body_end <= body_start and title_span is None:
        raise UserError(f"article {article_id!r} ({source or 'inline'}) is empty")
    return Article(
        article_id=article_id,
        text=text,
        title=text[title_span[0] : title_span[1]] if title_span else None,
        date=header.group(1) if header and title_span else None,
        source=source,
        title_span=title_span,
        body_span=(body_start, max(body_start, body_end)),
    )


def read_article(path: str | Path) -> Article:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UserError(f"article file not found: {path}") from None
    except UnicodeDecodeError:
        raise UserError(f"article file is not UTF-8 text: {path}") from None
    except OSError as exc:
        raise UserError(f"cannot read article {path}: {exc.strerror}") from None
    return parse_article(text, article_id=path.stem, source=str(path))


def read_articles(params: ArticleDataParams) -> list[Article]:
    """All articles named by `params.path`, in a stable order."""
    path = Path(params.path)
    if not path.exists():
        raise UserError(f"data.path does not exist: {path}")
    fmt = params.format if params.format != "auto" else _guess_format(path)
    if fmt == "text":
        articles = [read_article(path)]
    elif fmt == "folder":
        files = sorted(p for p in path.iterdir() if p.suffix in {".txt", ".md"} and p.is_file())
        if not files:
            raise UserError(f"no .txt articles in folder {path}")
        articles = [read_article(p) for p in files]
    elif fmt in {"jsonl", "csv", "datasets"}:
        rows = {"jsonl": _jsonl_rows, "csv": _csv_rows, "datasets": _dataset_rows}[fmt](path)
        articles = [_article_from_row(row, i, params, str(path)) for i, row in enumerate(rows)]
    else:
        raise UserError(f"unknown data.format {fmt!r} (use auto, text, jsonl, csv or datasets)")
    ids = [a.article_id for a in articles]
    if len(set(ids)) != len(ids):
        raise UserError(f"duplicate article ids in {path}")
    return articles


def _guess_format(path: Path) -> str:
    if path.is_dir():
        if (path / "dataset_info.json").exists() or (path / "dataset_dict.json").exists():
            return "datasets"
        return "folder"
    return {".jsonl": "jsonl", ".json": "jsonl", ".csv": "csv"}.get(path.suffix.lower(), "text")


def _article_from_row(row: dict, index: int, params: ArticleDataParams, source: str) -> Article:
    text = row.get(params.text_column)
    if not isinstance(text, str) or not text.strip():
        raise UserError(f"{source}: row {index + 1} has no text in column {params.text_column!r}")
    article_id = str(row.get(params.id_column) or f"row{index + 1:05d}")
    title = row.get(params.title_column)
    date = row.get(params.date_column)
    if title:
        # Keep the title inside `text` so every offset still points into one string.
        return parse_article(f" date {date or '0000-00-00'} {title}\n\n{text}", article_id, source)
    return parse_article(text, article_id, source)


def _jsonl_rows(path: Path) -> Iterable[dict]:
    with path.open(encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise UserError(f"{path}:{line_no}: invalid JSON ({exc.msg})") from None


def _csv_rows(path: Path) -> Iterable[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def _dataset_rows(path: Path) -> Iterable[dict]:
    import datasets  # heavy: only for this input kind

    loaded = datasets.load_from_disk(str(path))
    if isinstance(loaded, datasets.DatasetDict):
        loaded = loaded[next(iter(loaded))]
    yield from loaded
