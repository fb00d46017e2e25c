"""Attribution: every case of issue 3 as a named test, plus Statement fields on the founding
article."""

from pathlib import Path

import pytest

from pipeline.actors import build_actor_set, load_study
from pipeline.articles import read_article
from pipeline.attribution import AttributionParams, attribute
from pipeline.chunking import ChunkerParams, chunk_article
from pipeline.types import Article, Statement

ROOT = Path(__file__).resolve().parent.parent
STUDY = ROOT / "configs/actors/china_us_climate.yaml"
FOUNDING = ROOT / "data/articles/000_8211a3ecb4d4f9df.txt"
ACTORS = build_actor_set(load_study(STUDY))


def run(body: str, title: str | None = None, **params) -> list[Statement]:
    text = body if title is None else f"{title}\n\n{body}"
    start = 0 if title is None else len(title) + 2
    article = Article(
        "doc",
        text,
        title_span=None if title is None else (0, len(title)),
        body_span=(start, len(text)),
    )
    statements = attribute(
        article,
        chunk_article(article, ChunkerParams()),
        ACTORS,
        # the hand-set confidence scale; the fitted model is tested in test_attribution_confidence
        AttributionParams(**{"confidence": "rules", **params}),
    )
    for s in statements:
        assert s.text == text[s.char_start : s.char_end]
    return statements


def speakers(statements: list[Statement]) -> list[str | None]:
    return [s.actor for s in statements]


def only(statements: list[Statement]) -> Statement:
    assert len(statements) == 1, [(s.actor, s.text) for s in statements]
    return statements[0]


# --- direct quotes -------------------------------------------------------------------------


def test_direct_quote_curly():
    s = only(run("“It is hard to place climate cooperation above relations,” Wang remarked."))
    assert (s.actor, s.actor_group, s.attribution_kind) == ("Wang Yi", "China", "direct_quote")
    assert (s.cue, s.speaker_mention) == ("remarked", "Wang")
    assert s.attribution_confidence >= 0.9


def test_direct_quote_straight():
    s = only(run('"We will not back down on our commitments," Xie said.'))
    assert (s.actor, s.attribution_kind, s.cue) == ("Xie Zhenhua", "direct_quote", "said")


def test_split_quote():
    text = "“The ball is in your court,” Wang said on Wednesday, “and the US should act.”"
    s = only(run(text))
    assert (s.actor, s.attribution_kind, s.text) == ("Wang Yi", "direct_quote", text)
    assert s.mentioned_actors == ["United States"]


def test_multi_sentence_quote():
    s = only(run("“China is the largest emitter. What China does matters,” Kerry said."))
    assert (s.actor, s.attribution_kind) == ("John Kerry", "direct_quote")


def test_multi_paragraph_quote():
    body = (
        "“This is a decisive decade,” Blinken said. “Every country has to step up.\n\n"
        "“The United States will do its part.”"
    )
    statements = run(body)
    assert speakers(statements) == ["Antony Blinken"] * 3
    assert [s.attribution_kind for s in statements] == [
        "direct_quote",
        "continuation",
        "continuation",
    ]
    assert statements[1].attribution_confidence < statements[0].attribution_confidence
    assert statements[2].cue == "“" and statements[2].speaker_mention is None


def test_possessive_apostrophe_inside_quote():
    s = only(run("“The ball is now in the United States’ court,” Wang said on Wednesday."))
    assert (s.actor, s.attribution_kind) == ("Wang Yi", "direct_quote")
    assert s.mentioned_actors == ["United States"]


def test_partial_quote_inside_reported_speech():
    s = only(run("Wang accused Washington of a “grave strategic mistake against China”."))
    assert (s.actor, s.attribution_kind, s.cue) == ("Wang Yi", "reported", "accused")


def test_speech_verb_inside_quote_is_not_a_cue():
    s = only(run("Kerry told Wang, “I said the challenge is enormous.”"))
    assert (s.actor, s.cue, s.speaker_mention) == ("John Kerry", "told", "Kerry")
    assert s.mentioned_actors == ["Wang Yi"]


# --- reported speech -----------------------------------------------------------------------

VERBS = [
    ("said", "said"), ("told reporters", "told"), ("warned", "warned"),
    ("accused Washington of hypocrisy and said", "accused"), ("urged", "urged"),
    ("encouraged", "encouraged"), ("pressed", "pressed"), ("emphasized", "emphasized"),
    ("remarked", "remarked"), ("challenged", "challenged"), ("stated", "stated"),
    ("stressed", "stressed"), ("insisted", "insisted"), ("noted", "noted"), ("added", "added"),
    ("called on the world to agree", "called"), ("pledged", "pledged"),
    ("has repeatedly said", "said"), ("continues to insist", "insist"), ("says", "says"),
]  # fmt: skip


@pytest.mark.parametrize("verb, cue", VERBS)
def test_reported_speech_verbs(verb, cue):
    s = only(run(f"Wang {verb} that the two sides should cooperate on climate."))
    assert (s.actor, s.attribution_kind, s.cue, s.speaker_mention) == (
        "Wang Yi",
        "reported",
        cue,
        "Wang",
    )


def test_inversion():
    s = only(run("“We have a responsibility to act,” said Kerry, who visited Japan this week."))
    assert (s.actor, s.cue, s.speaker_mention) == ("John Kerry", "said", "Kerry")


def test_according_to_actor():
    s = only(run("Washington must take concrete steps, according to the foreign ministry."))
    assert (s.actor, s.actor_group, s.attribution_kind, s.cue) == (
        "Chinese Foreign Ministry",
        "China",
        "according_to",
        "according to",
    )
    assert s.mentioned_actors == ["United States"]
    assert s.attribution_confidence < 0.9


def test_ministry_statement_said():
    s = only(run("The ministry statement said the two sides should “meet each other halfway”."))
    assert (s.actor, s.speaker_mention) == ("Chinese Foreign Ministry", "The ministry statement")


def test_participle_clause_inherits_the_clause_speaker():
    s = only(run("Kerry met Vice Premier Han Zheng, urging Beijing to quit coal."))
    assert (s.actor, s.attribution_kind, s.cue) == ("John Kerry", "participle", "urging")
    assert s.mentioned_actors == ["China"]


def test_participle_after_a_speech_verb_keeps_one_statement():
    s = only(
        run(
            "The US ambassador has repeatedly encouraged China to cut emissions, urging Beijing "
            "to “fulfill the responsibilities related to their standing”."
        )
    )
    assert (s.actor, s.cue) == ("John Kerry", "encouraged")


# --- roles and titles ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "subject, actor",
    [
        ("China's Foreign Minister", "Wang Yi"),
        ("The foreign ministry", "Chinese Foreign Ministry"),
        ("The ministry statement", "Chinese Foreign Ministry"),
        ("Washington’s climate envoy", "John Kerry"),
        ("The US ambassador", "John Kerry"),
        ("His Chinese counterpart", "Wang Yi"),
        ("The State Department spokesperson", "US State Department"),
        ("The foreign ministry in Beijing", "Chinese Foreign Ministry"),
    ],
)
def test_roles_and_titles_resolve_through_aliases(subject, actor):
    s = only(run(f"{subject} said climate cooperation could not be separated from other ties."))
    assert s.actor == actor
    assert 0.8 <= s.attribution_confidence < 0.9  # a role is a little less sure than a name


def test_title_is_a_statement_of_its_own():
    statements = run(
        "Kerry arrived in Tianjin.",
        title="For climate cooperation, China’s Foreign Minister says the ball is in Washington’s "
        "court.",
    )
    assert speakers(statements) == ["Wang Yi", None]
    assert statements[0].speaker_mention == "China’s Foreign Minister"
    assert statements[0].mentioned_actors == ["United States"]


# --- pronouns and continuation -------------------------------------------------------------


def test_pronoun_he_added_takes_the_last_speaker():
    statements = run("“It is hard,” Kerry said.\n\nHe added that China must act.")
    assert speakers(statements) == ["John Kerry", "John Kerry"]
    he = statements[1]
    assert (he.attribution_kind, he.speaker_mention, he.cue) == ("pronoun", "He", "added")
    assert he.attribution_confidence < statements[0].attribution_confidence


def test_pronoun_after_narration_takes_its_subject():
    statements = run("Wang Yi met Kerry by video link.\n\nHe warned that relations were at risk.")
    assert speakers(statements) == [None, "Wang Yi"]


def test_continuation_paragraph_inherits_speaker():
    statements = run("Xie said China would act.\n\n“Nobody should doubt that.”")
    assert speakers(statements) == ["Xie Zhenhua", "Xie Zhenhua"]
    assert statements[1].attribution_kind == "continuation"


def test_continuation_stops_after_narration_or_an_unknown_speaker():
    narration = run("“We act,” Xie said.\n\nThe talks ended.\n\n“Nobody should doubt that.”")
    assert speakers(narration) == ["Xie Zhenhua", None, None]
    unknown = run("“We act,” one diplomat said.\n\n“Nobody should doubt that.”")
    assert speakers(unknown) == [None, None]
    assert unknown[0].attribution_kind == "unknown_speaker"


def test_continuation_can_be_switched_off():
    statements = run(
        "“It is hard,” Kerry said.\n\nHe added that China must act.\n\n“Act.”", continuation=False
    )
    assert speakers(statements) == ["John Kerry", None, None]


# --- who speaks vs who is mentioned --------------------------------------------------------


def test_speaker_is_not_the_target():
    s = only(run("Wang accused Washington of politicizing climate change."))
    assert (s.actor, s.mentioned_actors) == ("Wang Yi", ["United States"])


def test_cited_source_is_not_the_speaker():
    s = only(
        run(
            "Kerry said China “plays a tremendously essential role” in combating climate change, "
            "according to CCTV footage of the call."
        )
    )
    assert (s.actor, s.cue) == ("John Kerry", "said")
    t = only(run("Kerry stressed that climate is no weapon, according to the State Department."))
    assert t.actor == "John Kerry" and "US State Department" in t.mentioned_actors
    u = only(run("Blinken encouraged Beijing to quit coal, the State Department said."))
    assert u.actor == "Antony Blinken"


def test_source_phrase_alone_is_the_speaker():
    s = only(run("The talks lasted more than two hours, the ministry said."))
    assert s.actor == "Chinese Foreign Ministry"


def test_unknown_name_after_a_role_speaks_for_the_role():
    s = only(run("“No,” foreign ministry spokesperson Zhao Lijian told a briefing."))
    assert (s.actor, s.speaker_mention) == (
        "Chinese Foreign Ministry",
        "foreign ministry spokesperson",
    )
    t = only(run("US Senator Bob Menendez said the deal was weak."))
    assert (t.actor, t.attribution_kind) == (None, "unknown_speaker")


def test_demonym_with_a_spokes_noun_speaks_for_the_country():
    s = only(run("Both sides agreed to keep talking, a Chinese readout said."))
    assert s.actor == "China"


def test_narration_is_unattributed():
    s = only(run("Tensions between China and the US have risen in recent months."))
    assert (s.actor, s.actor_group, s.attribution_kind, s.cue) == (None, None, "narration", None)
    assert s.mentioned_actors == ["China", "United States"]
    assert run("Tensions between China and the US have risen.", include_narration=False) == []


def test_two_speakers_become_two_statements():
    text = "Wang said the talks had been frank, while Kerry said more work was needed."
    first, second = run(text)
    assert (first.actor, first.text) == ("Wang Yi", "Wang said the talks had been frank")
    assert (second.actor, second.text) == ("John Kerry", "while Kerry said more work was needed.")
    assert first.char_end <= second.char_start
    assert first.chunk_id == second.chunk_id


def test_three_speakers_and_embedded_speech():
    three = run("Wang said talks helped; Kerry said more was needed; Xie said little.")
    assert [(s.actor, s.text) for s in three] == [
        ("Wang Yi", "Wang said talks helped"),
        ("John Kerry", "Kerry said more was needed"),
        ("Xie Zhenhua", "Xie said little."),
    ]
    # Speech reported inside someone's statement stays theirs: no clause boundary to cut at.
    assert speakers(run("Wang said that Kerry said nothing new.")) == ["Wang Yi"]


def test_coordinated_speakers_share_the_span():
    statements = run("Wang and Kerry said the talks had been useful.")
    assert sorted(speakers(statements)) == ["John Kerry", "Wang Yi"]
    assert len({(s.char_start, s.char_end) for s in statements}) == 1


def test_subordinate_clause_statement_then_narration():
    statements = run(
        "While China has stated that it will peak emissions by 2030, it relies on coal."
    )
    assert speakers(statements) == ["China", None]
    assert statements[1].text == "it relies on coal."


# --- parameters and fields -----------------------------------------------------------------


def test_min_confidence_demotes_weak_attributions():
    body = "“It is hard,” Kerry said.\n\nHe added that China must act."
    statements = run(body, min_confidence=0.8)
    assert speakers(statements) == ["John Kerry", None]


def test_founding_article_statement_fields():
    article = read_article(FOUNDING)
    chunks = chunk_article(article, ChunkerParams())
    statements = attribute(article, chunks, ACTORS, AttributionParams())
    # Ids are the article id and the character span: stable across attribution settings.
    assert [s.statement_id for s in statements] == [
        f"000_8211a3ecb4d4f9df:{s.char_start}-{s.char_end}" for s in statements
    ]
    strict = attribute(article, chunks, ACTORS, AttributionParams(min_confidence=0.8,
                       include_narration=False, continuation=False))  # fmt: skip
    ids = {s.statement_id: s.text for s in statements}
    assert 0 < len(strict) < len(statements)
    assert all(ids.get(s.statement_id) == s.text for s in strict)
    by_actor = {s.actor for s in statements}
    assert {"China", "Wang Yi", "John Kerry"} <= by_actor
    for s in statements:
        assert s.text == article.text[s.char_start : s.char_end]
        assert 0.0 <= s.attribution_confidence <= 1.0
        assert s.chunk_id is not None and chunks[s.chunk_id].char_start <= s.char_start
        if s.actor is None:
            assert s.attribution_kind in ("narration", "unknown_speaker")
        else:
            assert s.actor_group == ACTORS.group_of(s.actor)
            assert s.cue and s.actor not in s.mentioned_actors
    kerry_quote = next(s for s in statements if s.text.startswith("Kerry told Wang"))
    assert kerry_quote.mentioned_actors == ["Wang Yi"]
    # Same input, same output.
    again = attribute(article, chunks, ACTORS, AttributionParams())
    assert again == statements
