import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.articles import (
    ArticleDataParams,
    ReadLog,
    iter_articles,
    parse_article,
    read_article,
    read_articles,
)
from pipeline.errors import UserError

from .conftest import ROOT

SEED = "data/articles/000_8211a3ecb4d4f9df.txt"


def test_seed_header_becomes_date_title_and_body_offsets():
    article = read_article(SEED)
    assert article.article_id == "000_8211a3ecb4d4f9df"
    assert article.date == "2021-09-02"
    assert article.title.startswith("For climate cooperation, China’s Foreign Minister")
    start, end = article.title_span
    assert article.text[start:end] == article.title
    body = article.text[article.body_span[0] : article.body_span[1]]
    assert body.startswith("China has challenged the United States")
    assert body.endswith("energy consumption.")


def test_plain_text_without_header_is_all_body():
    article = parse_article("Kerry said the talks went well.\n", "plain")
    assert article.title is None and article.date is None
    assert article.text[slice(*article.body_span)] == "Kerry said the talks went well."


def test_table_rows_keep_their_text_verbatim_and_title_date_as_fields(tmp_path):
    path = tmp_path / "articles.jsonl"
    rows = [
        {"id": "a1", "title": "Talks resume", "date": "2021-09-03", "text": "Wang said no."},
        # A date without a title used to be lost.
        {"id": "a2", "date": "2021-09-04T10:00:00Z", "text": "Kerry said yes.", "source": "Wire"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    first, second = read_articles(ArticleDataParams(path=str(path)))
    assert first.text == "Wang said no." and first.title == "Talks resume"
    assert first.date == "2021-09-03" and first.title_span is None
    assert first.text[slice(*first.body_span)] == "Wang said no."
    assert second.title is None and second.date == "2021-09-04" and second.source == "Wire"


def test_unparsable_date_is_kept_as_undated_and_reported(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "x", "date": "last Tuesday", "text": "Kerry said yes."}))
    log = ReadLog()
    (article,) = iter_articles(ArticleDataParams(path=str(path)), log)
    assert article.date is None and article.date_raw == "last Tuesday"
    assert log.bad_dates == [{"article_id": "x", "value": "last Tuesday"}]


def test_csv_with_bom_keeps_its_id_column_and_missing_text_column_lists_columns(tmp_path):
    table = tmp_path / "bom.csv"
    table.write_bytes("id,text,date\nx,Kerry said yes.,2021-01-02\n".encode("utf-8-sig"))
    (article,) = read_articles(ArticleDataParams(path=str(table)))
    assert article.article_id == "x" and article.date == "2021-01-02"
    table.write_text("id,body\nx,Kerry said yes.\n")
    with pytest.raises(UserError, match=r"no text column 'text' \(columns: id, body\)"):
        read_articles(ArticleDataParams(path=str(table)))


def test_json_array_parquet_and_column_mapping(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    array = tmp_path / "a.json"
    array.write_text(json.dumps([{"id": "j1", "body": "Kerry said yes.", "outlet": "AP"}]))
    params = ArticleDataParams(path=str(array), text_column="body", source_column="outlet")
    (article,) = read_articles(params)
    assert (article.article_id, article.source) == ("j1", "AP")
    table = tmp_path / "a.parquet"
    pq.write_table(
        pa.table({"id": ["p1"], "text": ["Wang said no."], "url": ["https://x/1"]}), table
    )
    (article,) = read_articles(ArticleDataParams(path=str(table)))
    assert (article.article_id, article.url) == ("p1", "https://x/1")
    array.write_text("[1, 2]")
    with pytest.raises(UserError, match="expected an array of JSON objects"):
        read_articles(ArticleDataParams(path=str(array)))


def test_folder_reads_only_txt_and_skips_bad_files_when_asked(tmp_path):
    (tmp_path / "README.md").write_text("Kerry said this is a readme.")
    (tmp_path / "meta.json").write_text("{}")
    with pytest.raises(UserError, match="no .txt articles"):
        read_articles(ArticleDataParams(path=str(tmp_path)))
    (tmp_path / "a.txt").write_text("Kerry said yes.")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\x00bad")
    (tmp_path / "c.txt").write_text("  \n")
    with pytest.raises(UserError, match="data.on_error=skip") as info:
        read_articles(ArticleDataParams(path=str(tmp_path)))
    assert "\n" not in str(info.value)
    log = ReadLog()
    params = ArticleDataParams(path=str(tmp_path), on_error="skip")
    assert [a.article_id for a in iter_articles(params, log)] == ["a"]
    assert [Path(s["path"]).name for s in log.skipped] == ["b.txt", "c.txt"]
    latin1 = ArticleDataParams(path=str(tmp_path / "b.txt"), encoding="latin-1")
    assert read_articles(latin1)[0].text.endswith("bad")


def test_csv_and_folder_inputs(tmp_path):
    (tmp_path / "b.txt").write_text("Kerry said yes.")
    (tmp_path / "a.txt").write_text(" date 2021-01-01 T\n\nWang said no.")
    ids = [a.article_id for a in read_articles(ArticleDataParams(path=str(tmp_path)))]
    assert ids == ["a", "b"]
    table = tmp_path / "t.csv"
    table.write_text("id,text\nx,Kerry said yes.\ny,Wang said no.\n")
    assert [a.article_id for a in read_articles(ArticleDataParams(path=str(table)))] == ["x", "y"]


def test_saved_datasets_dataset(tmp_path):
    import datasets

    datasets.Dataset.from_dict({"id": ["d1"], "text": ["Kerry said yes."]}).save_to_disk(
        str(tmp_path / "ds")
    )
    (article,) = read_articles(ArticleDataParams(path=str(tmp_path / "ds")))
    assert article.article_id == "d1"


@pytest.mark.parametrize(
    "content, message",
    [(None, "does not exist"), (b"\xff\xfe\x00bad", "not UTF-8"), (b"   \n", "empty")],
)
def test_bad_inputs_raise_one_line_user_errors(tmp_path, content, message):
    path = tmp_path / "article.txt"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(UserError, match=message) as info:
        read_articles(ArticleDataParams(path=str(path)))
    assert "\n" not in str(info.value)


def test_malformed_jsonl_line_fails_with_its_line_or_is_skipped_keeping_row_ids(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "Kerry said yes."}\n{"text": "broken\n{"text": "Wang said no."}\n')
    with pytest.raises(UserError, match=r"a.jsonl:2: invalid JSON .*data.on_error=skip") as info:
        read_articles(ArticleDataParams(path=str(path)))
    assert "\n" not in str(info.value)
    log = ReadLog()
    articles = list(iter_articles(ArticleDataParams(path=str(path), on_error="skip"), log))
    # The skipped row keeps its number: the third row is still row00003.
    assert [a.article_id for a in articles] == ["row00001", "row00003"]
    assert [s["path"] for s in log.skipped] == [f"{path}:2"]


def test_csv_row_with_more_cells_than_the_header_is_malformed(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text('id,text\nx,"Kerry said yes."\ny,Wang said, no.\nz,"multi\nline"\n')
    with pytest.raises(UserError, match=r"a.csv:3: 3 cells, the header has 2"):
        read_articles(ArticleDataParams(path=str(path)))
    log = ReadLog()
    articles = list(iter_articles(ArticleDataParams(path=str(path), on_error="skip"), log))
    assert [a.article_id for a in articles] == ["x", "z"] and articles[1].text == "multi\nline"
    assert [s["path"] for s in log.skipped] == [f"{path}:3"]


def test_encoding_applies_to_jsonl_and_json_and_is_refused_for_parquet(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    for name in ("a.jsonl", "a.json"):
        path = tmp_path / name
        path.write_bytes('{"id": "c", "text": "Caf\u00e9 owners said yes."}'.encode("latin-1"))
        with pytest.raises(UserError, match=rf"{name}: not UTF-8 text \(set data.encoding\)"):
            read_articles(ArticleDataParams(path=str(path)))
        (article,) = read_articles(ArticleDataParams(path=str(path), encoding="latin-1"))
        assert article.text == "Caf\u00e9 owners said yes."
    table = tmp_path / "a.parquet"
    pq.write_table(pa.table({"text": ["Wang said no."]}), table)
    with pytest.raises(UserError, match="data.encoding=latin-1 does not apply to parquet"):
        read_articles(ArticleDataParams(path=str(table), encoding="latin-1"))


def test_unreadable_parquet_is_one_line(tmp_path):
    path = tmp_path / "a.parquet"
    path.write_bytes(b"PAR1 this is not parquet")
    with pytest.raises(UserError, match="a.parquet: not a readable Parquet file") as info:
        read_articles(ArticleDataParams(path=str(path)))
    assert "\n" not in str(info.value)


def test_reading_files_and_tables_never_imports_datasets(tmp_path):
    """The quick single-article path (and every table but a saved dataset) stays light."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    (tmp_path / "a.jsonl").write_text('{"id": "j", "text": "Kerry said yes."}\n')
    (tmp_path / "a.csv").write_text("id,text\nc,Kerry said yes.\n")
    pq.write_table(pa.table({"id": ["p"], "text": ["Wang said no."]}), tmp_path / "a.parquet")
    paths = [str(ROOT / SEED)] + [str(tmp_path / f"a.{s}") for s in ("jsonl", "csv", "parquet")]
    probe = (
        "import sys\n"
        "from pipeline.articles import ArticleDataParams, read_articles\n"
        f"for path in {paths!r}:\n"
        "    read_articles(ArticleDataParams(path=path))\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'datasets', 'pandas'}))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"
