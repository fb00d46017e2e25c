"""Wire-copy patterns found by the fresh gold set (data/gold/fresh_attribution.jsonl): each rule
as a named test, with a near miss that must stay as it was."""

import pytest

from tests.test_attribution import only, run, speakers

# --- negation ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Kerry did not say whether the talks would resume.",
        "Wang didn’t say when the talks would resume.",
        "The foreign ministry has never confirmed the figure.",
        "Neither Chinese nor U.S. officials responded to requests for comment.",
        "No Chinese official commented on the talks, and no US official said when they resume.",
    ],
)
def test_a_negated_speech_act_says_nothing(sentence):
    assert speakers(run(sentence)) == [None]


def test_negation_inside_the_reported_clause_keeps_the_speaker():
    assert speakers(run("Kerry said China did not say enough about coal.")) == ["John Kerry"]


# --- sources and coordination --------------------------------------------------------------


@pytest.mark.parametrize(
    "source, actor",
    [
        ("a State Department readout", "US State Department"),
        ("a Chinese readout of the call", "China"),
        ("Beijing’s statement", "China"),
    ],
)
def test_according_to_a_document(source, actor):
    s = only(run(f"The two sides agreed to keep talking, according to {source}."))
    assert (s.actor, s.attribution_kind) == (actor, "according_to")


def test_according_to_a_possessive_without_a_document_is_no_source():
    assert speakers(run("The talks went well, according to Beijing's envoy.")) == [None]


@pytest.mark.parametrize(
    "tail",
    [
        "the foreign ministry said in a statement",
        "the foreign ministry said late on Tuesday",
        "the foreign ministry told reporters",
        "the foreign ministry told a regular news briefing in Beijing",
    ],
)
def test_a_closing_cue_with_its_circumstances_is_a_cited_source(tail):
    s = only(run(f"Wang told Blinken that Washington must act, {tail}."))
    assert s.actor == "Wang Yi"
    assert "Chinese Foreign Ministry" in s.mentioned_actors


def test_a_closing_clause_with_its_own_content_is_a_second_speaker():
    statements = run("Wang said the talks were frank, Kerry said in Beijing that work remained.")
    assert speakers(statements) == ["Wang Yi", "John Kerry"]


def test_coordinated_subject_with_an_article():
    s = run("China and the United States said they would triple renewable capacity.")
    assert speakers(s) == ["China", "United States"]


def test_headline_joins_two_speakers_with_a_comma():
    statements = run("Kerry arrived.", title="China, U.S. pledge to cut methane")
    assert speakers(statements) == ["China", "United States", None]


def test_a_comma_before_the_subject_in_the_body_is_no_coordination():
    assert speakers(run("Speaking in Washington, Kerry said coal must go.")) == ["John Kerry"]


# --- people the study does not name --------------------------------------------------------


def test_a_surname_alias_inside_a_longer_name_is_someone_else():
    s = only(run("“Trade is not the issue,” foreign ministry spokesperson Wang Wenbin said."))
    assert (s.actor, s.mentioned_actors) == ("Chinese Foreign Ministry", [])
    assert speakers(run("Wang Wenbin said the talks were useful.")) == [None]


def test_a_surname_alias_before_a_weekday_is_still_the_actor():
    assert speakers(run("Kerry Thursday said the talks were useful.")) == ["John Kerry"]


def test_a_name_introduced_by_a_role_speaks_for_it_later():
    statements = run(
        "State Department spokesperson Matthew Miller said the visit was on track.\n\n"
        "“Transparency is the foundation of trust,” Miller told reporters.\n\n"
        "Miller's remarks came a day after the call."
    )
    assert speakers(statements) == ["US State Department", "US State Department", None]
    assert statements[2].mentioned_actors == ["US State Department"]


def test_a_name_after_a_country_and_a_title_speaks_for_the_country():
    statements = run(
        "Chinese Premier Li Qiang said coal was needed.\n\nLi told reporters it was temporary."
    )
    assert speakers(statements) == ["China", "China"]


def test_a_name_after_a_country_and_a_non_executive_title_is_not_learned():
    statements = run(
        "U.S. Senator Bob Menendez said coal was a problem.\n\nMenendez told reporters so."
    )
    assert speakers(statements) == [None, None]


def test_an_apposition_names_who_holds_the_role():
    s = only(run("Kerry told his Chinese counterpart Xie Zhenhua that time was short."))
    assert (s.actor, s.mentioned_actors) == ("John Kerry", ["Xie Zhenhua"])


def test_the_spokesman_refers_back_to_the_last_spokesperson():
    statements = run(
        "“Is that fair?” a foreign ministry spokesman asked on Monday.\n\n"
        "The spokesman said China would meet its goals."
    )
    assert speakers(statements) == ["Chinese Foreign Ministry"] * 2


def test_the_spokesman_without_an_earlier_one_is_unknown():
    statements = run("Kerry arrived.\n\nThe spokesman said the visit was useful.")
    assert speakers(statements) == [None, None]


def test_title_case_headline_keeps_its_names():
    statements = run("Kerry arrived.", title="Kerry Arrives In Beijing For Climate Talks")
    assert statements[0].mentioned_actors == ["John Kerry", "China"]
