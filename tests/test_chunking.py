from pathlib import Path

import pytest

from pipeline.chunking import ChunkerParams, chunk_article, split_sentences
from pipeline.errors import UserError
from pipeline.quotes import find_quotes
from pipeline.types import Article

FOUNDING = Path(__file__).resolve().parent.parent / "data/articles/000_8211a3ecb4d4f9df.txt"


def founding_article() -> Article:
    """The seed format by hand (the lead's read_article does this for real)."""
    text = FOUNDING.read_text(encoding="utf-8")
    newline = text.index("\n")
    return Article(
        "000_8211a3ecb4d4f9df",
        text,
        title_span=(text.index("For climate"), newline),
        body_span=(newline, len(text)),
    )


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, 0, len(text))]


def test_founding_article_title_and_one_chunk_per_sentence():
    article = founding_article()
    chunks = chunk_article(article, ChunkerParams())
    assert len(chunks) == 14
    assert chunks[0].is_title and chunks[0].paragraph == 0
    assert chunks[0].text.startswith("For climate cooperation, China’s Foreign Minister says")
    assert not any(c.is_title for c in chunks[1:])
    assert [c.chunk_id for c in chunks] == list(range(14))
    assert [c.paragraph for c in chunks] == list(range(14))
    for c in chunks:
        assert c.text == article.text[c.char_start : c.char_end]
        assert c.text == c.text.strip()


def test_abbreviations_do_not_end_sentences():
    text = "Mr. Smith met U.S. officials in Sept. 2021 with J. Kerry. The U.S. said no. It ended."
    assert sentences(text) == [
        "Mr. Smith met U.S. officials in Sept. 2021 with J. Kerry.",
        "The U.S. said no.",
        "It ended.",
    ]


def test_acronym_can_end_a_sentence_before_an_opener():
    assert sentences("Talks moved to the U.S. The envoy left.") == [
        "Talks moved to the U.S.",
        "The envoy left.",
    ]


def test_quotation_with_several_sentences_stays_one_chunk():
    text = "“We will act. We must act now,” Kerry said. He left! Was it over? Yes."
    assert sentences(text) == [
        "“We will act. We must act now,” Kerry said.",
        "He left!",
        "Was it over?",
        "Yes.",
    ]


def test_hyphenated_names_and_numbers_are_not_split():
    text = "Sino-US ties matter. China-US talks cost 2.5 billion. End."
    assert sentences(text) == ["Sino-US ties matter.", "China-US talks cost 2.5 billion.", "End."]


def test_sentence_starting_with_quote_after_terminal_quote():
    text = "“It is hard,” Wang said. “The ball is in your court.”"
    assert sentences(text) == ["“It is hard,” Wang said.", "“The ball is in your court.”"]


def test_possessive_apostrophe_does_not_close_a_quotation():
    text = "“The ball is in the United States’ court. Act now,” Wang said."
    quotes = find_quotes(text)
    assert len(quotes) == 1 and quotes[0].closed
    assert (
        text[quotes[0].start : quotes[0].end]
        == "“The ball is in the United States’ court. Act now,”"
    )
    assert sentences(text) == [text]


def test_unclosed_quotation_runs_to_paragraph_end():
    text = "“This is decisive,” he said. “Every country has to step up."
    quotes = find_quotes(text)
    assert [q.closed for q in quotes] == [True, False]
    assert text[quotes[1].start : quotes[1].end] == "“Every country has to step up."


def test_straight_quotes():
    text = '"We will not back down," Xie said, "but we expect sincerity." Then he left.'
    quotes = find_quotes(text)
    assert len(quotes) == 2 and all(q.closed for q in quotes)
    assert sentences(text)[-1] == "Then he left."


def test_article_without_title_and_paragraphs():
    text = "First one. Second one.\n\nThird one."
    chunks = chunk_article(Article("a", text), ChunkerParams())
    assert [(c.text, c.paragraph, c.is_title) for c in chunks] == [
        ("First one.", 0, False),
        ("Second one.", 0, False),
        ("Third one.", 1, False),
    ]


def test_window_and_paragraph_chunks():
    text = "A one. B two. C three.\n\nD four."
    article = Article("a", text)
    windows = chunk_article(article, ChunkerParams(kind="window", window=2, stride=1))
    assert [c.text for c in windows] == ["A one. B two.", "B two. C three.", "D four."]
    crossing = chunk_article(
        article, ChunkerParams(kind="window", window=2, stride=2, cross_paragraphs=True)
    )
    assert [c.text for c in crossing] == ["A one. B two.", "C three.\n\nD four."]
    paragraphs = chunk_article(article, ChunkerParams(kind="paragraph"))
    assert [(c.text, c.paragraph) for c in paragraphs] == [
        ("A one. B two. C three.", 0),
        ("D four.", 1),
    ]
    for c in windows + crossing + paragraphs:
        assert c.text == text[c.char_start : c.char_end]


def test_bad_chunker_params_are_user_errors():
    with pytest.raises(UserError):
        chunk_article(Article("a", "Text."), ChunkerParams(kind="tokens"))
    with pytest.raises(UserError, match="window=0: must be >= 1"):
        ChunkerParams(kind="window", window=0)


def test_a_dash_quotation_closing_with_its_speaker_is_one_sentence():
    # the Nordic quotation dash: a sentence never ends inside the quotation
    text = "– The survey is vital. It starts in May, says Health Minister Mere Tora."
    assert sentences(text) == [text]


def test_a_dashed_paragraph_with_no_speaker_splits_as_usual():
    assert sentences("– Roads are first. Schools come next.") == [
        "– Roads are first.",
        "Schools come next.",
    ]


def test_a_day_written_with_a_stop_before_its_month_ends_no_sentence():
    text = "MALTA (6. October, 2017) – The alliance met. It ended in 2017. October was cold."
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text))] == [
        "MALTA (6. October, 2017) – The alliance met.",
        "It ended in 2017.",
        "October was cold.",
    ]


@pytest.mark.parametrize(
    "text, sentences",
    [
        ("BAKU. KAZINFORM The customs services met. Amrin said so.", 2),
        ("NUR-SULTAN. KAZINFORM The ministry told about it.", 1),
        ("MOSCOW. May 8 (Interfax) - The law was signed.", 1),
        ("The deal was signed in the USA. The UN welcomed it.", 2),
    ],
)
def test_a_dateline_in_capitals_ends_no_sentence(text, sentences):
    assert len(split_sentences(text, 0, len(text))) == sentences


def test_a_sentence_broken_off_at_a_comma_joins_the_line_that_goes_on_with_it():
    for broken, line in [
        ('"The sectors are essential for growth",', "Mere Tora, Head of the Board said."),
        ("Industries must compete on a level playing field,", "stated the commissioner."),
    ]:
        text = f"{broken}\n\n{line}\n\nNext paragraph."
        chunks = chunk_article(Article("a", text), ChunkerParams())
        assert [(c.text, c.paragraph) for c in chunks] == [
            (f"{broken}\n\n{line}", 0),
            ("Next paragraph.", 2),
        ]


@pytest.mark.parametrize(
    "text",
    [
        # list items, each ending on a comma
        "We will cooperate by:\n\nSharing experience and expertise,\n\nCooperating on projects.",
        # a new quotation after a quoted comma
        '"People are involved in this," he added,\n\n"They enter freely," a trader said.',
        # a long sentence after a quoted comma is a new one, not an attribution line
        'Duties followed "unfair measures",\n\nIn 2019, the union imposed duties on steel from '
        "the country and launched an investigation in September into its cold-rolled products.",
    ],
)
def test_a_paragraph_after_a_comma_that_starts_afresh_stays_its_own_chunk(text):
    chunks = chunk_article(Article("a", text), ChunkerParams())
    assert [c.paragraph for c in chunks] == list(range(text.count("\n\n") + 1))


def test_md_before_a_name_does_not_end_a_sentence():
    text = "State Minister Md. Enamur Rahman, who was present, said the plan works. It did."
    chunks = chunk_article(Article("a", text), ChunkerParams())
    assert [c.text for c in chunks] == [
        "State Minister Md. Enamur Rahman, who was present, said the plan works.",
        "It did.",
    ]
