"""Wire constructions from round 2's misses, on composed sentences: transcript speaker labels,
surnames shared by two people, plural pronouns, and verbs the lexicon lacked."""

from pipeline.attribution import AttributionParams, attribute
from pipeline.chunking import ChunkerParams, chunk_article
from pipeline.types import Actor, ActorSet, Article
from tests.test_attribution import ACTORS, run, speakers


def test_a_transcript_label_names_the_speaker_of_its_paragraph():
    body = (
        "The two envoys answered questions after the talks.\n\n"
        "Kerry: We made real progress on methane. There is more to do.\n\n"
        "Chinese climate envoy Xie Zhenhua: China will keep its promises. The targets stand.\n\n"
        "The talks ended on Friday."
    )
    assert speakers(run(body)) == [
        None,
        "John Kerry",
        "John Kerry",
        "Xie Zhenhua",
        "Xie Zhenhua",
        None,
    ]


def test_a_colon_without_a_named_speaker_before_it_is_no_label():
    assert speakers(run("Update: Kerry to visit Beijing next week.")) == [None]
    assert speakers(run("Climate talks: the envoys meet again in Beijing.")) == [None]


def test_a_surname_after_someone_else_of_that_name_gives_no_speaker():
    body = (
        "Commerce Minister Wang Wentao met US officials on Monday.\n\n"
        "Wang said trade ties should stay stable."
    )
    assert speakers(run(body)) == [None, None]
    body = "Foreign Minister Wang Yi met Blinken on Monday.\n\nWang said ties should stay stable."
    assert speakers(run(body)) == [None, "Wang Yi"]


def test_a_surname_goes_to_the_study_person_last_named_in_full():
    actors = ActorSet(
        target=ACTORS.target,
        actors=(
            *ACTORS.actors,
            Actor(
                "Wang Wenbin",
                group="Chinese Foreign Ministry",
                aliases=("spokesperson Wang Wenbin",),
            ),
        ),
    )
    text = (
        "At a briefing, spokesperson Wang Wenbin said the visit was important. "
        "Ties have grown, Wang noted."
    )
    article = Article("doc", text, body_span=(0, len(text)))
    statements = attribute(
        article, chunk_article(article, ChunkerParams()), actors, AttributionParams()
    )
    assert speakers(statements) == ["Wang Wenbin", "Wang Wenbin"]


def test_they_does_not_refer_to_one_person():
    body = "Kerry met Xie in Beijing on Monday.\n\nThey agreed to resume the working group."
    assert speakers(run(body)) == [None, None]


def test_characterize_and_indicate_report_an_actors_words():
    assert speakers(run("Kerry characterized the talks as constructive.")) == ["John Kerry"]
    assert speakers(run("Xie indicated that China would set a new target.")) == ["Xie Zhenhua"]
    assert speakers(run("The data indicated that emissions rose again.")) == [None]


def test_an_agentless_passive_before_that_has_no_speaker():
    body = "Xie said the deal would hold.\n\nIt was reported that China would act."
    assert speakers(run(body)) == ["Xie Zhenhua", None]


def test_a_deal_the_parties_concluded_is_no_statement_of_theirs():
    body = "They discussed the accord China and the United States have concluded."
    assert speakers(run(body)) == [None]
    assert speakers(run("Kerry praised the plan Xie had proposed.")) == ["John Kerry"]
    assert speakers(run("The talks were useful, Kerry said.")) == ["John Kerry"]


def test_a_pronoun_after_an_unknown_speaker_is_not_the_last_known_person():
    body = (
        "Kerry arrived in Beijing. He said the talks would be hard.\n\n"
        "A UN official said the talks mattered. She added that time was short."
    )
    assert speakers(run(body)) == [None, "John Kerry", None, None]


def test_a_noun_modifier_before_the_verb_is_not_a_base_form_verb():
    assert speakers(run("The plan, Chinese state media said, was agreed by Xie.")) == [None]
    assert speakers(run("US officials say China must act.")) == ["United States"]


def test_responding_by_an_act_is_not_speech():
    assert speakers(run("Beijing responded by announcing sanctions on US firms.")) == [None]
    assert speakers(run("Beijing responded that the sanctions were unjust.")) == ["China"]


def test_an_office_spokesperson_named_after_the_office_speaks_for_it():
    body = "China's foreign ministry spokesperson Mao Ning told a briefing that Washington erred."
    assert speakers(run(body)) == ["Chinese Foreign Ministry"]


def test_has_long_argued_is_a_cue():
    body = "Xie Zhenhua, China’s climate envoy, has long argued that rich nations must pay."
    assert speakers(run(body)) == ["Xie Zhenhua"]
    assert speakers(run("China has long been the top emitter.")) == [None]
