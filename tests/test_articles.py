import json

import pytest

from pipeline.articles import ArticleDataParams, parse_article, read_article, read_articles
from pipeline.errors import UserError

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


def test_jsonl_rows_keep_title_inside_text(tmp_path):
    path = tmp_path / "articles.jsonl"
    rows = [{"id": "a1", "title": "Talks resume", "date": "2021-09-03", "text": "Wang said no."}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    (article,) = read_articles(ArticleDataParams(path=str(path)))
    assert article.article_id == "a1" and article.date == "2021-09-03"
    assert article.text[slice(*article.title_span)] == "Talks resume"
    assert article.text[slice(*article.body_span)] == "Wang said no."


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
