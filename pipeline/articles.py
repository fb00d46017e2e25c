"""Reading articles as a stream: a text file, a folder of .txt files, JSONL/JSON/CSV/Parquet
tables, or a dataset saved with `datasets`.

Tables are read row by row (Parquet and saved datasets in record batches), so a corpus never has
to fit in memory. A row's text is kept verbatim (offsets point into the user's text column); its
title, date, outlet and url come from the mapped columns. Dates are parsed once here; a value
that cannot be parsed is reported (`ReadLog.bad_dates`), never silently dropped.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from pipeline.errors import UserError
from pipeline.param_checks import choice
from pipeline.types import Article

# The seed format's first line: " date 2021-09-02 Title of the article".
_HEADER = re.compile(r"^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]+(\S.*?)[ \t]*$", re.MULTILINE)
FORMATS = ("auto", "text", "folder", "jsonl", "json", "csv", "parquet", "datasets")
ARTICLE_SUFFIX = ".txt"
_DATE_FORMATS = ("%Y/%m/%d", "%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y", "%d.%m.%Y")


DataFormat = choice("DataFormat", FORMATS, __name__)
OnError = choice("OnError", ("fail", "skip"), __name__)


@dataclass
class ArticleDataParams:
    """Where the articles come from. Columns apply to table inputs (JSONL/JSON/CSV/Parquet/
    datasets); a column that a table lacks is simply empty, except the text column."""

    path: str = "data/articles/000_8211a3ecb4d4f9df.txt"
    format: DataFormat = DataFormat.auto
    id_column: str = "id"
    text_column: str = "text"
    title_column: str = "title"
    date_column: str = "date"
    source_column: str = "source"  # the outlet
    url_column: str = "url"
    # Text encoding of .txt and CSV files (a UTF-8 byte-order mark is always accepted).
    encoding: str = "utf-8"
    # An unreadable or empty article: fail (stop with one line) or skip (listed in the report).
    on_error: OnError = OnError.fail
    # Optional attribution gold annotations (JSONL) to score the run's attribution against.
    gold: str | None = None


@dataclass
class ReadLog:
    """What reading met besides articles: skipped inputs and dates it could not parse."""

    skipped: list[dict] = field(default_factory=list)  # {path, reason}
    bad_dates: list[dict] = field(default_factory=list)  # {article_id, value}


def parse_date(value) -> str | None:
    """An ISO yyyy-mm-dd from a date, datetime or common date string; None if not a date."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def parse_article(text: str, article_id: str, path: str | None = None) -> Article:
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
        raise UserError(f"article {article_id!r} ({path or 'inline'}) is empty")
    return Article(
        article_id=article_id,
        text=text,
        title=text[title_span[0] : title_span[1]] if title_span else None,
        date=header.group(1) if header and title_span else None,
        path=path,
        title_span=title_span,
        body_span=(body_start, max(body_start, body_end)),
    )


def read_article(path: str | Path, encoding: str = "utf-8") -> Article:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig" if encoding == "utf-8" else encoding)
    except FileNotFoundError:
        raise UserError(f"article file not found: {path}") from None
    except UnicodeDecodeError:
        raise UserError(
            f"article file is not {encoding.upper()} text: {path} (set data.encoding)"
        ) from None
    except OSError as exc:
        raise UserError(f"cannot read article {path}: {exc.strerror}") from None
    return parse_article(text, article_id=path.stem, path=str(path))


def iter_articles(params: ArticleDataParams, log: ReadLog | None = None) -> Iterator[Article]:
    """Every article named by `params.path`, in a stable order, one at a time."""
    log = log if log is not None else ReadLog()
    path = require_path(params)
    fmt = params.format if params.format != "auto" else _guess_format(path)
    if fmt == "text":
        articles: Iterable[Article] = [read_article(path, params.encoding)]
    elif fmt == "folder":
        articles = _folder_articles(path, params, log)
    else:
        readers = {
            "jsonl": _jsonl_rows,
            "json": _json_rows,
            "csv": _csv_rows,
            "parquet": _parquet_rows,
            "datasets": _dataset_rows,
        }
        rows = readers[fmt](path, params)
        articles = (_article_from_row(row, i, params, log, str(path)) for i, row in enumerate(rows))
    seen: set[str] = set()
    n = 0
    for article in articles:
        if article is None:
            continue
        if article.article_id in seen:
            raise UserError(f"duplicate article id {article.article_id!r} in {path}")
        seen.add(article.article_id)
        if article.date is None and article.date_raw is not None:
            log.bad_dates.append({"article_id": article.article_id, "value": article.date_raw})
        n += 1
        yield article
    if n == 0:
        skipped = f" ({len(log.skipped)} skipped)" if log.skipped else ""
        raise UserError(f"no articles in {path}{skipped}")


def require_path(params: ArticleDataParams) -> Path:
    path = Path(params.path)
    if not path.exists():
        raise UserError(f"data.path does not exist: {path}")
    return path


def read_articles(params: ArticleDataParams) -> list[Article]:
    """All articles as a list (small inputs, tests); runs stream with `iter_articles`."""
    return list(iter_articles(params))


def _guess_format(path: Path) -> str:
    if path.is_dir():
        if (path / "dataset_info.json").exists() or (path / "dataset_dict.json").exists():
            return "datasets"
        return "folder"
    suffixes = {".jsonl": "jsonl", ".json": "json", ".csv": "csv", ".parquet": "parquet"}
    return suffixes.get(path.suffix.lower(), "text")


def _folder_articles(path: Path, params: ArticleDataParams, log: ReadLog) -> Iterator[Article]:
    # Only .txt files are articles: a README.md or a metadata .json beside them is not.
    files = sorted(p for p in path.iterdir() if p.suffix == ARTICLE_SUFFIX and p.is_file())
    if not files:
        raise UserError(f"no {ARTICLE_SUFFIX} articles in folder {path}")
    for file in files:
        try:
            yield read_article(file, params.encoding)
        except UserError as exc:
            if params.on_error == "fail":
                raise UserError(f"{exc} (data.on_error=skip skips such files)") from None
            log.skipped.append({"path": str(file), "reason": str(exc)})


def _article_from_row(
    row: dict, index: int, params: ArticleDataParams, log: ReadLog, where: str
) -> Article | None:
    text = row.get(params.text_column)
    if not isinstance(text, str) or not text.strip():
        message = f"{where}: row {index + 1} has no text in column {params.text_column!r}"
        if params.on_error == "fail":
            raise UserError(message)
        log.skipped.append({"path": f"{where}#{index + 1}", "reason": message})
        return None
    raw_id = row.get(params.id_column)
    article_id = str(raw_id) if raw_id not in (None, "") else f"row{index + 1:05d}"
    raw_date = row.get(params.date_column)
    raw_date = None if raw_date in (None, "") else raw_date
    body_start = len(text) - len(text.lstrip())
    return Article(
        article_id=article_id,
        text=text,
        title=_text_or_none(row.get(params.title_column)),
        date=None if raw_date is None else parse_date(raw_date),
        date_raw=None if raw_date is None else str(raw_date),
        source=_text_or_none(row.get(params.source_column)),
        url=_text_or_none(row.get(params.url_column)),
        path=where,
        body_span=(body_start, len(text.rstrip())),
    )


def _text_or_none(value) -> str | None:
    return None if value in (None, "") else str(value)


def _require_text_column(columns: Iterable[str], params: ArticleDataParams, path: Path) -> None:
    columns = list(columns)
    if params.text_column not in columns:
        raise UserError(
            f"{path}: no text column {params.text_column!r} (columns: {', '.join(columns)}); "
            "set data.text_column"
        )


def _jsonl_rows(path: Path, params: ArticleDataParams) -> Iterator[dict]:
    with path.open(encoding="utf-8-sig") as handle:
        for line_no, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                hint = " (a JSON array? use a .json suffix or data.format=json)" * (line_no == 1)
                raise UserError(f"{path}:{line_no}: invalid JSON ({exc.msg}){hint}") from None
            if not isinstance(row, dict):
                raise UserError(f"{path}:{line_no}: expected a JSON object per line")
            yield row


def _json_rows(path: Path, params: ArticleDataParams) -> Iterator[dict]:
    """A .json file: an array of article objects, or one object (a single article)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as exc:
        raise UserError(f"{path}: invalid JSON ({exc.msg}, line {exc.lineno})") from None
    except UnicodeDecodeError:
        raise UserError(f"{path}: not UTF-8 text") from None
    rows = data if isinstance(data, list) else [data]
    if not all(isinstance(r, dict) for r in rows):
        raise UserError(f"{path}: expected an array of JSON objects (one per article)")
    yield from rows


def _csv_rows(path: Path, params: ArticleDataParams) -> Iterator[dict]:
    csv.field_size_limit(sys.maxsize)  # whole articles live in one cell
    encoding = "utf-8-sig" if params.encoding == "utf-8" else params.encoding
    try:
        with path.open(encoding=encoding, newline="") as handle:
            reader = csv.DictReader(handle)
            _require_text_column(reader.fieldnames or [], params, path)
            yield from reader
    except UnicodeDecodeError:
        raise UserError(f"{path}: not {params.encoding.upper()} text (set data.encoding)") from None


def _parquet_rows(path: Path, params: ArticleDataParams) -> Iterator[dict]:
    import pyarrow.parquet as pq

    handle = pq.ParquetFile(path)
    _require_text_column(handle.schema_arrow.names, params, path)
    for batch in handle.iter_batches(batch_size=256):
        yield from batch.to_pylist()


def _dataset_rows(path: Path, params: ArticleDataParams) -> Iterator[dict]:
    import datasets  # heavy: only for this input kind

    loaded = datasets.load_from_disk(str(path))
    if isinstance(loaded, datasets.DatasetDict):
        loaded = loaded[next(iter(loaded))]
    _require_text_column(loaded.column_names, params, path)
    for batch in loaded.iter(batch_size=256):  # memory-mapped: one batch in memory at a time
        columns = list(batch.values())
        for i in range(len(columns[0]) if columns else 0):
            yield {key: column[i] for key, column in zip(batch, columns, strict=True)}
