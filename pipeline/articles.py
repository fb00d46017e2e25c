"""Reading articles as a stream: a text file, a folder of .txt files, JSONL/JSON/CSV/Parquet
tables, or a dataset saved with `datasets`.

Tables are read row by row (Parquet and saved datasets in record batches, mapped columns only),
so a corpus never has to fit in memory. JSONL/CSV/Parquet go through the standard library and
pyarrow, not `datasets`' loaders: those cost far more time and memory at corpus sizes a run can
analyse, and type columns from the data (benchmarks/corpus_reader.py; figures in the README).
A row's text is kept verbatim (offsets point into the user's text column); its title, date,
outlet and url come from the mapped columns. Dates are parsed once here; a value that cannot be
parsed is reported (`ReadLog.bad_dates`), never silently dropped. An unreadable row or file
stops the read with one line, or with data.on_error=skip is listed (`ReadLog.skipped`).
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
    # Text encoding of .txt, JSONL, JSON and CSV files (a UTF-8 byte-order mark is always
    # accepted); Parquet and saved datasets store Unicode and take no encoding.
    encoding: str = "utf-8"
    # An unreadable or empty article (file or table row): fail (stop with one line) or skip
    # (listed in the report).
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


def _decoding(encoding: str) -> str:
    """The codec to open text inputs with: UTF-8 also accepts a byte-order mark."""
    return "utf-8-sig" if encoding.lower().replace("_", "-") in ("utf-8", "utf8") else encoding


def read_article(path: str | Path, encoding: str = "utf-8") -> Article:
    path = Path(path)
    try:
        text = path.read_text(encoding=_decoding(encoding))
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
    if fmt in ("parquet", "datasets") and _decoding(params.encoding) != "utf-8-sig":
        raise UserError(
            f"data.encoding={params.encoding} does not apply to {fmt} input {path} "
            "(it stores Unicode text); leave data.encoding at utf-8"
        )
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
        articles = (
            _article_from_row(row, str(path), at, i, params, log)
            for i, (at, row) in enumerate(rows)
        )
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
            _fail_or_skip(str(exc), str(file), params, log, "files")


def _fail_or_skip(
    message: str, where: str, params: ArticleDataParams, log: ReadLog, what: str
) -> None:
    """An unreadable article: stop with one line (data.on_error=fail) or record it and go on."""
    if params.on_error == "fail":
        raise UserError(f"{message} (data.on_error=skip skips such {what})")
    log.skipped.append({"path": where, "reason": message})


# A table reader yields (at, row) for every row, `at` locating it in the file (":LINE" or
# "#ROW"), and in place of a row it cannot read, why (a str). Unreadable rows count in the
# default ids ("row00003"), so skipping one does not renumber the rest.
Rows = Iterator[tuple[str, dict | str]]


def _article_from_row(
    row: dict | str, path: str, at: str, index: int, params: ArticleDataParams, log: ReadLog
) -> Article | None:
    where = path + at
    if isinstance(row, str):
        _fail_or_skip(f"{where}: {row}", where, params, log, "rows")
        return None
    text = row.get(params.text_column)
    if not isinstance(text, str) or not text.strip():
        message = f"{where}: no text in column {params.text_column!r}"
        _fail_or_skip(message, where, params, log, "rows")
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
        path=path,
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


def _jsonl_rows(path: Path, params: ArticleDataParams) -> Rows:
    try:
        with path.open(encoding=_decoding(params.encoding)) as handle:
            for line_no, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    hint = " (a JSON array? use a .json suffix or data.format=json)"
                    row = f"invalid JSON ({exc.msg}){hint * (line_no == 1)}"
                if not isinstance(row, dict | str):
                    row = "expected a JSON object per line"
                yield f":{line_no}", row
    except UnicodeDecodeError:
        raise _not_encoded(path, params) from None


def _json_rows(path: Path, params: ArticleDataParams) -> Rows:
    """A .json file: an array of article objects, or one object (a single article)."""
    try:
        data = json.loads(path.read_text(encoding=_decoding(params.encoding)))
    except json.JSONDecodeError as exc:
        raise UserError(f"{path}: invalid JSON ({exc.msg}, line {exc.lineno})") from None
    except UnicodeDecodeError:
        raise _not_encoded(path, params) from None
    rows = data if isinstance(data, list) else [data]
    if not all(isinstance(r, dict) for r in rows):
        raise UserError(f"{path}: expected an array of JSON objects (one per article)")
    for i, row in enumerate(rows):
        yield f"#{i + 1}", row


def _csv_rows(path: Path, params: ArticleDataParams) -> Rows:
    csv.field_size_limit(sys.maxsize)  # whole articles live in one cell
    line = 0
    try:
        with path.open(encoding=_decoding(params.encoding), newline="") as handle:
            reader = csv.DictReader(handle)
            header = reader.fieldnames or []
            _require_text_column(header, params, path)
            line = reader.line_num
            for row in reader:  # a record may span lines (newlines inside quoted cells)
                at, line = f":{line + 1}", reader.line_num
                if None in row:  # more cells than the header: a stray delimiter or quote
                    cells = len(header) + len(row[None])
                    row = f"{cells} cells, the header has {len(header)}"
                yield at, row
    except UnicodeDecodeError:
        raise _not_encoded(path, params) from None
    except csv.Error as exc:
        raise UserError(f"{path}:{line + 1}: malformed CSV ({exc})") from None


def _parquet_rows(path: Path, params: ArticleDataParams) -> Rows:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        handle = pq.ParquetFile(path)
        columns = _mapped_columns(handle.schema_arrow.names, params, path)
        n = 0
        # Only the mapped columns are read: a wide table's other columns never load.
        for batch in handle.iter_batches(batch_size=256, columns=columns):
            for row in batch.to_pylist():
                n += 1
                yield f"#{n}", row
    except (pa.ArrowException, OSError) as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise UserError(f"{path}: not a readable Parquet file ({reason})") from None


def _dataset_rows(path: Path, params: ArticleDataParams) -> Rows:
    import datasets  # heavy: only for this input kind

    try:
        loaded = datasets.load_from_disk(str(path))
    except (OSError, ValueError) as exc:
        raise UserError(f"{path}: not a readable saved dataset ({exc})") from None
    if isinstance(loaded, datasets.DatasetDict):
        loaded = loaded[next(iter(loaded))]
    loaded = loaded.select_columns(_mapped_columns(loaded.column_names, params, path))
    n = 0
    for batch in loaded.iter(batch_size=256):  # memory-mapped: one batch in memory at a time
        columns = list(batch.values())
        for i in range(len(columns[0]) if columns else 0):
            n += 1
            yield f"#{n}", {key: column[i] for key, column in zip(batch, columns, strict=True)}


def _not_encoded(path: Path, params: ArticleDataParams) -> UserError:
    return UserError(f"{path}: not {params.encoding.upper()} text (set data.encoding)")


def _mapped_columns(columns: Iterable[str], params: ArticleDataParams, path: Path) -> list[str]:
    """The mapped columns this table has; it must have the text column."""
    columns = list(columns)
    _require_text_column(columns, params, path)
    mapped = {params.id_column, params.text_column, params.title_column, params.date_column,
              params.source_column, params.url_column}  # fmt: skip
    return [c for c in columns if c in mapped]
