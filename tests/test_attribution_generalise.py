"""Mechanisms for real wire copy (issue 9): each one named, with a near miss that must stay
narration. Sentences are composed for the founding study; none is copied from a blind set."""

import importlib.util

import pytest

from pipeline import demonym_table
from pipeline.actors import AliasMatcher, alias_variants, demonyms
from pipeline.attribution import AttributionParams, attribute, speech_verbs
from pipeline.attribution import lexicon as lx
from pipeline.attribution.acronyms import abbreviates
from pipeline.attribution.cues import find_cues, introduces_stranger
from pipeline.attribution.gender import named_as_man
from pipeline.attribution.names import dateline_spans
from pipeline.attribution.tokens import Token, tokenize
from pipeline.chunking import ChunkerParams, chunk_article
from pipeline.quotes import find_quotes, find_quotes_in_paragraphs
from pipeline.types import Actor, ActorSet, Article
from tests.test_attribution import ACTORS, ROOT, only, run, speakers


def tokens_of(text: str, study: ActorSet = ACTORS) -> list[Token]:
    """The attribution tokens of one sentence under a study (the founding one by default)."""
    return tokenize(text, 0, len(text), [], AliasMatcher(study).find(text))


def speakers_in_study(
    body: str, study: ActorSet, title: str | None = None, **params
) -> list[str | None]:
    """The speaker of each statement of a one-paragraph article (with its headline, if given)
    under its own small study (and any attribution parameters)."""
    text = body if title is None else f"{title}\n\n{body}"
    start = 0 if title is None else len(title) + 2
    title_span = None if title is None else (0, len(title))
    article = Article("doc", text, title_span=title_span, body_span=(start, len(text)))
    statements = attribute(
        article, chunk_article(article, ChunkerParams()), study, AttributionParams(**params)
    )
    return [s.actor for s in statements]


# --- lexicon derived from WordNet and VerbNet ----------------------------------------------


def test_the_derived_lexicon_names_its_sources_and_feeds_the_verb_forms():
    assert "wordnet" in speech_verbs.__doc__.lower() and "verbnet" in speech_verbs.__doc__.lower()
    assert {"reaffirm", "caution", "assert", "concede"} <= set(speech_verbs.DERIVED_SPEECH_LEMMAS)
    assert lx.FINITE_FORMS["reaffirmed"] == "reaffirm"
    assert lx.FINITE_FORMS["regretted"] == "regret"  # doubled final consonant
    assert "sign" not in lx.SPEECH_LEMMAS  # excluded: "signed a deal" is no speech


@pytest.mark.parametrize("verb", ["reaffirmed", "highlighted", "conceded", "cautioned"])
def test_a_verb_outside_the_old_hand_list_is_a_cue(verb):
    assert speakers(run(f"Kerry {verb} that coal was the main obstacle.")) == ["John Kerry"]


def test_a_finite_verb_before_that_is_a_cue_even_outside_the_lexicon():
    assert speakers(run("Beijing posits that coal is still needed.")) == ["China"]


def test_signing_and_holding_are_not_speech():
    assert speakers(run("China signed a coal deal and held talks with Kerry.")) == [None]


def test_passive_speech_verbs_do_not_make_the_subject_speak():
    assert speakers(run("China was told to cut coal use by 2030.")) == [None]
    assert speakers(run("Xie was invited to Washington in May.")) == [None]


def test_a_verb_that_needs_its_complement():
    assert speakers(run("China has maintained close contact with Kerry.")) == [None]
    assert speakers(run("China maintained that its coal plants were needed.")) == ["China"]


# --- alias normalisation -------------------------------------------------------------------


def test_alias_variants_cover_department_and_ministry_word_order_and_dots():
    assert "Department of State" in alias_variants("State Department")
    assert "Ministry of Foreign Affairs" in alias_variants("the foreign ministry")
    assert "Defense Department" in alias_variants("Department of Defense")
    assert {"US envoy", "the US envoy"} <= alias_variants("the U.S. envoy")
    assert "ministry" not in alias_variants("the ministry")  # "the" stays before a common noun


@pytest.mark.parametrize(
    "sentence, actor",
    [
        ("The U.S. Department of State said the talks were useful.", "US State Department"),
        ("The Ministry of Foreign Affairs lamented the decision.", "Chinese Foreign Ministry"),
        ("US envoy presses China on methane", "John Kerry"),
    ],
)
def test_a_department_under_another_form_of_its_name(sentence, actor):
    assert speakers(run(sentence)) == [actor]


def test_a_variant_that_a_study_alias_or_two_actors_claim_is_not_taken():
    study = ActorSet(
        "t",
        (
            Actor("Chinese Foreign Ministry", None, ("Foreign Ministry",)),
            Actor("Japanese Foreign Ministry", None, ("Ministry of Foreign Affairs",)),
            Actor("Defense A", None, ("Defense Department",)),
            Actor("Defense B", None, ("the Defense Department",)),
        ),
    )
    found = AliasMatcher(study).find("The Ministry of Foreign Affairs and Department of Defense.")
    assert [m.actor for m in found] == ["Japanese Foreign Ministry"]


# --- role and document anaphora ------------------------------------------------------------


def test_the_minister_is_the_last_named_minister():
    statements = run(
        "Chinese Foreign Minister Wang Yi met U.S. Secretary of State Antony Blinken.\n\n"
        "The minister highlighted the need for dialogue.\n\n"
        "The secretary reiterated Washington's concerns."
    )
    assert speakers(statements) == [None, "Wang Yi", "Antony Blinken"]
    assert statements[1].attribution_kind == "role_anaphor"


def test_a_role_nobody_held_stays_unknown():
    assert speakers(run("The minister highlighted the need for dialogue.")) == [None]


def test_the_statement_speaks_for_whoever_issued_it():
    statements = run(
        "China's foreign ministry put out a statement on Friday.\n\n"
        "The statement said the talks had been candid."
    )
    assert speakers(statements) == [None, "Chinese Foreign Ministry"]


def test_a_statement_saying():
    s = only(run("The State Department issued a statement saying the talks were productive."))
    assert s.actor == "US State Department"


def test_the_body_of_a_statement_introduced_by_a_colon():
    statements = run(
        "The State Department said in a statement:\n\n"
        "Washington will keep pressing Beijing on coal.\n\n"
        "Kerry arrived in Beijing on Sunday."
    )
    assert speakers(statements) == ["US State Department", "US State Department", None]
    assert statements[1].attribution_kind == "statement_body"


# --- quoted-as, partial quotes, continuation -----------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "China's Xinhua news agency quoted Wang as telling Blinken that Beijing would not yield.",
        "Wang was quoted as saying the US must stop its pressure.",
        "Wang was reported as saying the US must stop its pressure.",
    ],
)
def test_the_quoted_person_speaks(sentence):
    assert speakers(run(sentence)) == ["Wang Yi"]


def test_a_partial_quote_whose_speaker_is_a_country():
    s = only(run("China “hopes the American side will create favourable conditions”."))
    assert (s.actor, s.attribution_kind) == ("China", "partial_quote")


def test_scare_quotes_do_not_make_a_speaker():
    assert speakers(run("China's “green” coal plants kept running.")) == [None]


def test_a_modal_view_continues_reported_speech_but_narration_does_not():
    statements = run(
        "Wang warned that tariffs would hurt cooperation. Both countries must keep talking.\n\n"
        "The meeting was the first since 2022. The United States will host the next one."
    )
    assert speakers(statements) == ["Wang Yi", "Wang Yi", None, None]
    assert statements[1].attribution_kind == "reported_continuation"


def test_he_refers_to_a_person_not_to_a_country():
    statements = run(
        "Kerry said the talks had been constructive.\n\n"
        "The United States will host the next round.\n\n"
        "Both sides should treat climate as a standalone issue, he said."
    )
    assert speakers(statements) == ["John Kerry", None, "John Kerry"]


def test_it_refers_to_the_clause_subject_in_the_same_sentence():
    s = only(run("Xie met Kerry, although China still has concerns over what it calls “coercion”."))
    assert s.actor == "China"


# --- who an unknown name speaks for --------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, actor",
    [
        (
            "Mao Ning, a spokeswoman for China's foreign ministry, said it was unfair.",
            "Chinese Foreign Ministry",
        ),
        ("Chinese Commerce Minister Wang Wentao said Beijing would respond.", "China"),
        ("The Chinese embassy in Washington said it opposed the bill.", "China"),
        ("Analysts in Washington said the talks had stalled.", None),
        ("U.S. Senator Bob Menendez said China could not be trusted.", None),
    ],
)
def test_an_unknown_name_speaks_for_the_office_or_country_it_is_tied_to(sentence, actor):
    assert speakers(run(sentence)) == [actor]


def test_a_second_parenthetical_is_jumped_to_reach_the_subject():
    s = only(run("“It is normal,” Kerry, the envoy, and a veteran of such talks, told reporters."))
    assert s.actor == "John Kerry"


def test_a_bracketed_gloss_before_the_verb():
    s = only(run("Coal use must fall, the State Department (DoS) said on Monday."))
    assert s.actor == "US State Department"


def test_the_rest_of_a_persons_own_name_after_their_alias():
    s = only(run("“We will get there,” Secretary of State Antony Blinken Jr said."))
    assert s.actor == "Antony Blinken"


# --- sources, colons, agreement, time clauses, datelines -----------------------------------


def test_a_line_that_names_its_source_after_a_colon():
    assert speakers(run("Coal must go, Beijing will respond: State Department")) == [
        "US State Department"
    ]


def test_according_to_a_readout_from_an_actor_but_not_to_their_media():
    assert speakers(run("The two sides agreed to meet, according to a readout from Beijing.")) == [
        "China"
    ]
    assert speakers(run("According to US media reports, Kerry will travel to Beijing.")) == [None]


def test_agreement_is_speech_of_both_parties_but_weaker_than_who_reports_it():
    # under the early rounds' convention (attribution.agreements=speech)
    speech = {"agreements": "speech"}
    both = run("China and the United States agreed to cut methane emissions.", **speech)
    assert speakers(both) == ["China", "United States"]
    assert {s.attribution_confidence for s in both} == {0.75}
    s = only(run("China and the United States agreed to cut methane, Kerry said.", **speech))
    assert s.actor == "John Kerry"


def test_a_time_clause_dates_an_event_rather_than_adding_a_speaker():
    s = only(
        run(
            "The United States is optimistic that talks will resume, after Beijing announced "
            "a review of its coal plans."
        )
    )
    assert s.actor == "United States"


def test_a_dateline_place_does_not_speak_or_open_the_sentence():
    statements = run(
        "BEIJING, Jan. 15 (Xinhua) -- The talks were candid, Kerry said.\n\n"
        "WASHINGTON - Coal output rose again in 2023."
    )
    assert speakers(statements) == ["John Kerry", None]


def test_a_first_paragraph_dateline_in_title_case_or_with_a_colon_does_not_speak():
    lead = "The talks were candid and useful, Kerry told reporters."
    for dateline in ("Beijing: ", "BEIJING: ", "Beijing, XINHUA -", "Beijing, Sep 11 (Xinhua) "):
        statements = run(f"{dateline}{lead}\n\nWashington is studying the offer, he said.")
        assert speakers(statements) == ["John Kerry", "John Kerry"], dateline
    # A person before the colon is a transcript label, and later paragraphs have no dateline.
    assert speakers(run("Kerry: The talks were candid and useful for both sides.")) == [
        "John Kerry"
    ]
    assert speakers(run("Coal output rose.\n\nBeijing: We will act on methane soon.")) == [
        None,
        "China",
    ]


def test_both_sides_and_the_two_leaders_name_the_pair_last_named():
    lead = "Kerry met Wang Yi in Beijing on Monday.\n\n"
    pair = speakers(run(lead + "Both sides stressed the need for more talks on methane."))
    assert set(pair[-2:]) == {"China", "United States"}
    pair = speakers(run(lead + "The two leaders said the talks had been constructive."))
    assert set(pair[-2:]) == {"John Kerry", "Wang Yi"}
    # "Many countries said …" names no pair.
    assert speakers(run(lead + "Many countries said the talks mattered."))[-1] is None


def test_a_named_speaker_before_a_place_the_study_does_not_know():
    assert speakers(run("Kerry in New Delhi has claimed that China offered a deal.")) == [
        "John Kerry"
    ]
    assert speakers(run("Analysts in Doha said China offered a deal.")) == [None]


def test_acts_done_in_words_are_cues():
    for verb in ("thanked", "informed", "applauded"):
        assert speakers(run(f"Kerry {verb} Wang for the talks on methane.")) == ["John Kerry"]


def test_a_headline_opens_with_its_speaker_only_when_a_person():
    body = "Coal output rose again in 2023."
    assert speakers(run(body, title="Kerry: China must do more on methane"))[0] == "John Kerry"
    assert speakers(run(body, title="China: a decade of climate diplomacy"))[0] is None


def test_a_ministry_speaking_of_its_own_country_or_relaying_its_minister():
    s = only(run("China hopes that the US will act, the foreign ministry added."))
    assert s.actor == "Chinese Foreign Ministry"
    # a body relaying its own person is the source that speaks (the gold since round 8; see
    # the round-281 test for a person relaying a person)
    s = only(run("The foreign ministry told reporters that Wang had stressed the need for trust."))
    assert s.actor == "Chinese Foreign Ministry"
    # Someone of the other side in the reported clause is reported, not relayed.
    assert speakers(run("Wang said that Kerry had stressed the need for trust.")) == ["Wang Yi"]


def test_a_quoted_subject_outranks_the_cited_source():
    s = only(
        run(
            "Kerry, speaking in Beijing, “expressed hope that both sides can work "
            "together,” the State Department said."
        )
    )
    assert s.actor == "John Kerry"


def test_the_former_and_the_latter():
    s = only(
        run(
            "Tensions between China and the United States rose as the former accused "
            "Washington of coercion."
        )
    )
    assert s.actor == "China"
    s = only(
        run(
            "Talks between China and the United States stalled as the latter accused "
            "Beijing of backsliding."
        )
    )
    assert s.actor == "United States"


def test_what_someone_hopes_will_be():
    s = only(run("The talks are the first of what Kerry hopes will be regular meetings."))
    assert s.actor == "John Kerry"


@pytest.mark.parametrize(
    "sentence",
    [
        "China sent a diplomatic note to Washington over the coal plants.",
        "Beijing sent to Washington an official note on the talks.",
        "China offered its condolences to the victims of the floods.",
        "China lodged a protest with Kerry over the tariffs.",
    ],
)
def test_sending_or_offering_a_message_is_speech(sentence):
    assert speakers(run(sentence)) == ["China"]


@pytest.mark.parametrize(
    "sentence",
    [
        "China sent a delegation to Washington in May.",
        "China granted loans to coal projects in Asia.",
        "China issued new coal permits, and a statement followed.",
    ],
)
def test_sending_or_offering_anything_else_is_not(sentence):
    assert speakers(run(sentence)) == [None]


# --- round-9 constructions (studied on rounds 8-9; scored on round 10) -----------------------


def test_guillemets_quote_like_curly_quotes():
    assert [(q.start, q.end) for q in find_quotes("He said «coal, yes,» again.")] == [(8, 20)]
    assert speakers(run("«We will cut coal,» said Kerry.")) == ["John Kerry"]


def test_responding_by_saying_reports_words_but_by_announcing_measures_does_not():
    assert speakers(run("China responded by saying coal was still needed.")) == ["China"]
    assert speakers(run("Beijing responded by announcing sanctions on US firms.")) == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "China threatened to retaliate against the new coal tariffs.",
        "China has reportedly communicated its strong regret to Kerry.",
    ],
)
def test_threats_and_communicated_regret_are_speech(sentence):
    assert speakers(run(sentence)) == ["China"]


def test_a_name_in_apposition_to_a_role_is_the_subject():
    s = only(
        run("Stung by criticism, China's top negotiator, Xie Zhenhua, has said coal is needed.")
    )
    assert s.actor == "Xie Zhenhua"
    assert speakers(run("China's top negotiator, Xie Zhenhua, visited Paris in May.")) == [None]


def test_according_to_and_said_with_a_role_named_before():
    intro = "Chinese Foreign Minister Wang Yi met Kerry in May.\n\n"
    assert speakers(run(intro + "According to the minister, coal is needed.")) == [None, "Wang Yi"]
    assert speakers(run(intro + "Coal is needed, said the foreign minister.")) == [None, "Wang Yi"]
    # a website no actor owns is no source (an owner's website is: see round 53)
    assert speakers(run(intro + "According to a news website, coal use fell.")) == [None, None]


def test_a_role_that_opens_the_sentence_owns_its_closing_participle():
    statements = run(
        "Chinese Foreign Minister Wang Yi met Kerry in May.\n\n"
        "The minister went on to criticise the tariffs, saying coal was needed."
    )
    assert speakers(statements) == [None, "Wang Yi"]


def test_as_for_names_the_he_that_follows():
    statements = run(
        "Kerry said coal was a problem.\n\n"
        "As for Chinese envoy Xie Zhenhua, he said coal was still needed."
    )
    assert speakers(statements) == ["John Kerry", "Xie Zhenhua"]


def test_a_bracketed_gloss_names_a_body_its_full_name_does_not():
    study = ActorSet("t", (Actor("Taiwan MOFA", None, ("MOFA",)), Actor("China", None, ("China",))))
    text = "The Ministry of Foreign Affairs (MOFA) on Monday said China was to blame."
    assert speakers_in_study(text, study) == ["Taiwan MOFA"]


def test_every_speaker_of_a_coordinated_subject():
    s = run("WASHINGTON: China, Kerry and Xie Zhenhua have announced a new coal platform.")
    assert sorted(x.actor for x in s) == ["China", "John Kerry", "Xie Zhenhua"]
    s = run("Kerry and his Chinese counterpart Xie Zhenhua stressed that coal mattered.")
    assert sorted(x.actor for x in s) == ["John Kerry", "Xie Zhenhua"]


def test_a_second_verb_after_and_keeps_the_clause_subject():
    s = only(run("China disputes the figures and maintains that coal is still needed."))
    assert s.actor == "China"


def test_a_relative_who_speaks_for_its_antecedent():
    assert speakers(run("Kerry met Xie Zhenhua who stressed that coal was needed.")) == [
        "Xie Zhenhua"
    ]
    assert speakers(run("Kerry met Xie Zhenhua, who visited Paris in May.")) == [None]


# --- round-11 constructions (studied on rounds 8-10; scored on round 11) ---------------------


def test_a_name_then_an_unclosed_title_is_the_subject():
    s = only(run("WASHINGTON: Xie Zhenhua, Special Envoy has said that coal is needed."))
    assert s.actor == "Xie Zhenhua"
    assert speakers(run("Kerry met Xie Zhenhua, Special Envoy of China in Paris.")) == [None]


def test_first_person_sentences_after_a_statement_are_its_speakers():
    statements = run(
        "Kerry said on Friday that the talks had ended.\n\n"
        "I am grateful to our partners in Beijing.\n\n"
        "The talks ended on Friday."
    )
    assert speakers(statements) == ["John Kerry", "John Kerry", None]
    assert speakers(run("The US and China met in May.\n\nThe US plans more talks.")) == [
        None,
        None,
    ]


# --- round-12 constructions (studied on rounds 1-11; scored on round 12) ---------------------


def test_the_government_is_the_articles_own_even_after_another_was_named():
    # (unless that other state opened the sentence just before: see the round-45 test)
    statements = run(
        "Coal prices rose after the US government sent Kerry to Paris.\n\n"
        "On Thursday, the government said coal was needed.",
        title="China weighs coal curbs",
    )
    assert speakers(statements) == [None, None, "China"]
    assert speakers(run("China's government on Wednesday said coal was needed.")) == ["China"]


def test_the_government_of_an_article_that_names_no_state_stays_unknown():
    study = ActorSet("t", (Actor("World Bank", None, ("World Bank",)),))
    text = "The World Bank met officials. The government said coal was needed."
    assert speakers_in_study(text, study) == [None, None]


@pytest.mark.parametrize(
    "title, body, source",
    [
        (
            "Coal is still needed: FM",
            "Chinese Foreign Minister Wang Yi said coal was needed.",
            "Wang Yi",
        ),
        (
            "Coal is still needed: foreign ministry",
            "Kerry met Xie.\n\nThe foreign ministry said on Monday that coal was needed.",
            "Chinese Foreign Ministry",
        ),
        ("Coal is still needed: Government", "Xie Zhenhua said coal was needed.", "China"),
    ],
)
def test_a_headline_ending_in_a_role_takes_the_first_body_speaker_in_that_role(title, body, source):
    assert run(body, title=title)[0].actor == source


def test_a_headline_role_source_must_speak_within_the_first_paragraphs():
    body = "Coal use rose.\n\nPlants closed.\n\nPrices fell.\n\nDemand grew.\n\n"
    body += "Xie said coal was needed."
    assert speakers(run(body, title="Coal is still needed: official"))[0] is None
    # a person role is not an office: the ministry cannot be the "FM"
    body = "The foreign ministry said on Monday that coal was needed."
    assert speakers(run(body, title="Coal is still needed: FM"))[0] is None


@pytest.mark.parametrize(
    "title", ["China concerned over coal tariffs", "China not concerned about tariffs"]
)
def test_a_headline_may_drop_the_copula_before_a_stated_view(title):
    assert speakers(run("Kerry met Xie.", title=title)) == ["China", None]


def test_a_stance_word_after_a_preposition_is_no_headline_view():
    assert speakers(run("Kerry met Xie.", title="Coal plants in China concerned residents")) == [
        None,
        None,
    ]


def test_it_is_never_a_person_but_the_body_they_speak_for():
    statements = run("Xie Zhenhua said coal was needed.\n\nIt added that coal was needed.")
    assert speakers(statements) == ["Xie Zhenhua", "China"]


def test_a_presidency_is_an_office_so_it_is_the_presidency():
    study = ActorSet(
        "t",
        (
            Actor("Algeria", None, ("Algeria",)),
            Actor("Algerian Presidency", "Algeria", ("the presidency",)),
        ),
    )
    text = "The presidency said the remarks were unacceptable. It added that talks were over."
    assert speakers_in_study(text, study) == ["Algerian Presidency", "Algerian Presidency"]


def test_a_statement_without_its_marks_runs_on_past_a_sentence_without_i():
    statements = run(
        "Kerry said on Friday that the talks had ended.\n\n"
        "I am grateful to our partners. The talks were hard.\n\n"
        "We will keep working.\n\n"
        "China said coal was needed.\n\n"
        "Coal use rose.\n\n"
        "We will keep working."
    )
    # a new speaker ends the unmarked statement: the last "We" is nobody's
    expected = ["John Kerry", "John Kerry", None, "John Kerry", "China", None, None]
    assert speakers(statements) == expected


def test_an_official_alias_matches_in_either_number():
    assert "Kyrgyz official" in alias_variants("Kyrgyz officials")
    assert "EU diplomats" in alias_variants("EU diplomat")
    assert alias_variants("officials") == set()  # a bare noun names nobody
    study = ActorSet("t", (Actor("Kyrgyzstan", None, ("Kyrgyz officials",)),))
    text = "A Kyrgyz official said the border would stay closed."
    assert speakers_in_study(text, study) == ["Kyrgyzstan"]


def test_a_pronoun_quoted_as_saying_is_resolved():
    statements = run('Xie Zhenhua met Kerry.\n\n"Coal is needed," he was quoted as saying.')
    assert speakers(statements) == [None, "Xie Zhenhua"]


def test_a_date_between_subject_and_verb_keeps_the_subject():
    s = only(run("Xie Zhenhua on Thursday, August 2, 2018 disclosed that Kerry had agreed to go."))
    assert s.actor == "Xie Zhenhua"
    s = only(run("Xie Zhenhua, in a statement on Wednesday, said coal was needed."))
    assert s.actor == "Xie Zhenhua"


# --- round-13 constructions (studied on rounds 1-12; scored on round 13) ---------------------


def test_a_quote_cited_in_the_present_or_quoted_by_a_publication():
    statements = run(
        "Kerry met Xie.\n\n"
        '"Coal is needed. It is cheap," Xie Zhenhua is cited as saying in the statement.\n\n'
        '"Coal is still needed," the newspaper quotes Kerry.'
    )
    assert speakers(statements) == [None, "Xie Zhenhua", "John Kerry"]


def test_according_to_him_is_the_person_last_named():
    statements = run("Xie Zhenhua visited Paris.\n\nAccording to him, coal is still needed.")
    assert speakers(statements) == [None, "Xie Zhenhua"]


def test_a_closing_it_said_is_the_main_subject_not_a_modifier():
    s = only(
        run(
            "China's foreign ministry summoned an envoy on Monday over the raid on the French "
            "and US offices in Beijing, it said in a statement."
        )
    )
    assert s.actor == "Chinese Foreign Ministry"


def test_the_diplomat_is_the_ambassador_last_named():
    study = ActorSet(
        "t",
        (
            Actor("Russia", None, ("Russia",)),
            Actor("Sergey Andreyev", "Russia", ("Russian Ambassador Sergey Andreyev", "Andreyev")),
        ),
    )
    text = (
        "Russian Ambassador Sergey Andreyev laid flowers in Warsaw. "
        "The diplomat said he had received no apology."
    )
    assert speakers_in_study(text, study) == [None, "Sergey Andreyev"]


def test_a_headline_opening_with_a_role_label_takes_the_body_speaker_in_that_role():
    statements = run(
        "The foreign ministry said on Monday that coal was needed.",
        title="Ministry: coal is still needed",
    )
    assert speakers(statements) == ["Chinese Foreign Ministry", "Chinese Foreign Ministry"]
    statements = run("The ministry said coal was needed.", title="Update: coal is still needed")
    assert speakers(statements)[0] is None


def test_pointed_to_is_speech_and_pointed_at_is_not():
    assert speakers(run("Xie Zhenhua pointed to coal shortages in the north.")) == ["Xie Zhenhua"]
    assert speakers(run("Xie Zhenhua pointed at the map of the north.")) == [None]


def test_a_quoted_speech_verb_is_the_sentences_verb():
    s = only(run("Beijing also “strongly urged” Washington to lift the coal tariffs."))
    assert (s.actor, s.cue) == ("China", "urged")
    assert speakers(run("Beijing held “frank talks” with Washington in May.")) == [None]


# --- round-14 constructions (studied on rounds 1-13; scored on round 14) ---------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Xie Zhenhua, has said the coal talks failed.",
        "But Xie Zhenhua, has said the coal talks failed.",
    ],
)
def test_a_stray_comma_between_subject_and_verb(sentence):
    assert only(run(sentence)).actor == "Xie Zhenhua"


def test_a_stray_comma_does_not_make_a_list_item_the_subject():
    assert speakers(run("Coal, oil and gas, have been discussed by the envoys.")) == [None]


def test_hoping_to_do_something_is_an_aim_not_a_statement():
    assert speakers(run("China and the US hope to reach a coal deal in May.")) == [None]
    assert speakers(run("China hopes that the US will reach a coal deal.")) == ["China"]


# --- round-15 constructions (studied on rounds 1-14; scored on round 15) ---------------------


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for part in text.split("\n\n"):
        spans.append((start, start + len(part)))
        start += len(part) + 2
    return spans


def test_a_quotation_runs_on_into_later_paragraphs_up_to_its_closing_mark():
    text = "He said, ‘Coal is needed.\n\nOil is not.\n\nGas is cheap.’ Then he left.\n\nNo more."
    spans = find_quotes_in_paragraphs(text, _paragraph_spans(text))
    quoted = [text[q.start : q.end] for q in spans]
    assert quoted == ["‘Coal is needed.", "Oil is not.", "Gas is cheap.’"]
    # without a closing mark nothing runs on; a new opening mark is the wire convention
    for text in ("He said, “Coal.\n\nOil is not.", "He said, “Coal.\n\n“Oil is not,” he said."):
        spans = find_quotes_in_paragraphs(text, _paragraph_spans(text))
        assert [text[q.start : q.end] for q in spans] == [
            text[q.start : q.end]
            for a, b in _paragraph_spans(text)
            for q in find_quotes(text, a, b)
        ]


def test_every_sentence_of_a_run_on_quotation_is_its_speakers():
    statements = run(
        "Xie Zhenhua said, ‘Our coal plants are old.\n\n"
        "Coal is still needed. Gas is dear.\n\n"
        "The talks go on.’ Kerry left Beijing on Friday."
    )
    assert speakers(statements) == [
        "Xie Zhenhua",
        "Xie Zhenhua",
        "Xie Zhenhua",
        "Xie Zhenhua",
        None,
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Coal is still needed, announced Xie Zhenhua.",
        '"Coal is still needed," – said Xie Zhenhua.',
        '"Coal is still needed,"- stated Xie Zhenhua.',
    ],
)
def test_announced_or_stated_after_the_words_and_a_dash_before_the_verb(sentence):
    assert only(run(sentence)).actor == "Xie Zhenhua"


def test_announcing_something_is_not_reporting_words():
    assert speakers(run("China responded by announcing new coal tariffs.")) == [None]


def test_the_two_sides_agreeing_speak_for_the_pair_and_end_the_chain():
    statements = run(
        "China and the US met on Tuesday.\n\n"
        "The two sides agreed to set up a joint working group on coal.\n\n"
        "The group will meet in May.",
        agreements="speech",
    )
    assert [s.actor for s in statements] == [None, "United States", "China", None]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        (
            "According to the State Department, the two sides agreed to set up a coal group.",
            "US State Department",
        ),
        ("Kerry did not say whether the two sides had agreed on dates.", None),
    ],
)
def test_the_two_sides_give_way_to_a_cited_source_or_a_negation(sentence, speaker):
    assert speakers(run(f"China and the US met.\n\n{sentence}"))[1:] == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "The deal lapses unless one of the parties expresses its wish to end it.",
        "The coal envoys of the two countries agreed to meet again.",
    ],
)
def test_a_pair_noun_after_of_is_no_joint_subject(sentence):
    assert speakers(run(f"China and the US met.\n\n{sentence}"))[1:] == [None]


# --- round-16 constructions (studied on rounds 1-15; scored on round 16) ---------------------


def test_the_statement_is_the_one_a_mention_named():
    study = ActorSet(
        "t",
        (
            Actor("United States", None, ("US",)),
            Actor(
                "US Fifth Fleet", "United States", ("Fifth Fleet", "Fifth Fleet media statement")
            ),
        ),
    )
    text = (
        "Two warships deterred a pirate attack, a Fifth Fleet media statement says.\n\n"
        "“The pirates broke off their attack,” the statement says."
    )
    assert speakers_in_study(text, study) == ["US Fifth Fleet", "US Fifth Fleet"]


def test_a_headline_label_may_be_an_office_but_not_a_country():
    statements = run("Kerry met Xie.", title="Chinese Foreign Ministry: coal is needed")
    assert speakers(statements) == ["Chinese Foreign Ministry", None]
    statements = run("Kerry met Xie.", title="China: coal is needed")
    assert speakers(statements) == [None, None]


@pytest.mark.parametrize(
    "title, source",
    [
        ("Coal is still needed – Xie Zhenhua", "Xie Zhenhua"),
        ("China–US coal talks resume in May", None),  # an unspaced dash joins, not sources
        ("China urges coal cuts - Kerry", "China"),  # the headline's own cue speaks
    ],
)
def test_a_spaced_dash_sets_a_headline_source_apart(title, source):
    assert speakers(run("Kerry met Xie.", title=title))[0] == source


# --- round-17 constructions (studied on rounds 1-16; scored on round 17) ---------------------


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("The coal plan was widely condemned by the US government.", "United States"),
        ('Xie\'s plan was rejected as a "coal fantasy" by Kerry.', "John Kerry"),
        ("China's coal plans drew condemnation from the United States.", "United States"),
        # the verb is active and "by" belongs to another phrase; a denial that did not happen
        ("Xie Zhenhua condemned the tariffs imposed by the United States.", "Xie Zhenhua"),
        ("The remarks, which have not been denied by China, angered Kerry.", None),
    ],
)
def test_a_passive_speech_verb_names_its_speaker_after_by(sentence, speaker):
    assert speakers(run(sentence)) == [speaker]


def test_a_quotation_followed_by_a_dash_and_a_name_is_that_persons():
    statements = run("Kerry met Xie.\n\n“Coal is still needed.”-Mr. Kerry")
    assert speakers(statements) == [None, "John Kerry"]


# --- round-18 constructions (studied on rounds 1-17; scored on round 18) ---------------------


def test_a_dateline_in_capitals_before_a_colon_is_no_speaker_label():
    statements = run("Kerry met Xie.\n\nBEIJING: China and the US have signed a coal contract.")
    assert speakers(statements) == [None, None]
    statements = run("Kerry met Xie.\n\nXie Zhenhua: Coal is still needed in the north.")
    assert speakers(statements) == [None, "Xie Zhenhua"]


def test_the_sides_agreeing_are_the_pair_even_beside_a_later_not():
    body = "China and the US met.\n\nThe sides agreed to continue the talks not finished in May."
    assert speakers(run(body, agreements="speech"))[1:] == ["United States", "China"]


def test_valuing_something_is_a_stated_position():
    assert only(run("China values its coal cooperation with the US.")).actor == "China"


# --- round-19 constructions (studied on rounds 1-18; scored on round 19) ---------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "China and the United States exchanged congratulations on the deal.",
            ["China", "United States"],
        ),
        (
            "China and the US on Monday exchanged congratulatory messages.",
            ["China", "United States"],
        ),
        # an exchange of goods is no speech, and exchanging views gives no words (narration in
        # the annotation conventions)
        ("China and the United States exchanged gifts at the ceremony.", [None]),
        ("China and the United States exchanged views on the deal.", [None]),
    ],
)
def test_exchanging_messages_is_speech_by_both(sentence, expected):
    assert speakers(run(sentence)) == expected


def test_a_capitalised_qualifier_must_agree_with_the_role_it_refers_back_to():
    study = ActorSet(
        "t",
        (
            Actor("Russia", None, ("Russia",)),
            Actor("Japan", None, ("Japan",)),
            Actor("Japanese Agriculture Ministry", "Japan", ("Japanese Agriculture Ministry",)),
            Actor("Japanese Foreign Ministry", "Japan", ("Japanese Foreign Ministry",)),
        ),
    )
    named = "Russia met officials of the Japanese Agriculture Ministry on Monday."
    # the last ministry named is the agriculture ministry: not what "the Foreign Ministry" means
    after_agriculture = f"{named} Later the Foreign Ministry said it had protested."
    assert speakers_in_study(after_agriculture, study) == [None, None]
    after_foreign = (
        "Russia met the Japanese Foreign Ministry. Then the Foreign Ministry said it had protested."
    )
    assert speakers_in_study(after_foreign, study) == [None, "Japanese Foreign Ministry"]
    # an uncapitalised or absent qualifier refers back as before
    assert speakers_in_study(f"{named} Later the ministry said it had protested.", study) == [
        None,
        "Japanese Agriculture Ministry",
    ]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("China in a statement said that coal would be cut.", "China"),
        ("Kerry at the time said that coal would be cut.", "John Kerry"),
        ("China has on several occasions assured the US that coal would be cut.", "China"),
        ("Xie responding in an emailed statement said coal would be cut.", "Xie Zhenhua"),
        # the phrase holds its own subject, or the subject is no actor
        (
            "Kerry gave a speech in Beijing in which he stressed that coal would be cut.",
            "John Kerry",
        ),
        ("Analysts in the region said China would cut coal.", None),
    ],
)
def test_a_phrase_of_how_or_when_may_stand_between_subject_and_verb(sentence, speaker):
    assert speakers(run(sentence)) == [speaker]


# --- round-20 constructions (studied on rounds 1-19; scored on round 20) ---------------------


def test_a_person_speaks_through_an_open_apposition_ending_in_the_body_they_chair():
    study = ActorSet(
        "t",
        (
            Actor("Norway", None, ("Norway",)),
            Actor("Arctic Council", None, ("Arctic Council",)),
            Actor("Anna Berg", "Norway", ("Anna Berg",)),
        ),
    )
    text = (
        "Anna Berg, Foreign Minister of Norway and outgoing chair of the Arctic Council said "
        "the talks went well."
    )
    assert speakers_in_study(text, study) == ["Anna Berg"]
    # no apposition opened by a comma: the body is the subject, as before
    text = "In Oslo the head of the Arctic Council said the talks went well."
    assert speakers_in_study(text, study) == ["Arctic Council"]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("China denied US officials visas in a tit for tat move.", None),
        ("China has denied entry to three US officials.", None),
        ("China denied that it had cut coal.", "China"),
        ("China denied the reports of a coal deal.", "China"),
    ],
)
def test_denying_someone_a_visa_is_a_refusal_not_a_denial_spoken(sentence, speaker):
    assert speakers(run(sentence)) == [speaker]


def test_lauding_is_praise_spoken():
    assert speakers(run("Kerry lauded China's cuts in coal output.")) == ["John Kerry"]


def test_a_verb_coordinated_after_a_phrase_of_when_keeps_the_clause_subject():
    sentence = "China has cut coal output but at the same time warned that prices would rise."
    assert speakers(run(sentence)) == ["China"]
    # a phrase of place after an unknown subject leaves the speaker unknown
    assert speakers(run("Analysts in the region said China would cut coal.")) == [None]


# --- round-21 constructions (studied on rounds 1-20; scored on round 21) ---------------------


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("China is urging the US to cut coal.", "China"),
        ("China is accusing the US of violating the deal.", "China"),
        ("China has been calling for deeper cuts.", "China"),
        # no object after the participle: it closes an object relative clause
        ("“We do not know which deal China is protesting,” Kerry said.", "John Kerry"),
        ("China is hoping to cut coal.", None),
    ],
)
def test_a_speech_verb_in_the_progressive_is_a_cue(sentence, speaker):
    assert speakers(run(sentence)) == [speaker]


def test_a_capitalised_title_before_the_name_in_commas_is_the_role_not_a_subject():
    sentence = "Special Envoy, Xie Zhenhua, has stated that coal would be cut."
    assert speakers(run(sentence)) == ["Xie Zhenhua"]


def test_the_subject_stands_before_a_phrase_of_place_and_occasion():
    sentence = "Xie Zhenhua at a function in the city said coal would be cut."
    assert speakers(run(sentence)) == ["Xie Zhenhua"]


def test_a_sentence_opening_with_citing_gives_the_reason_of_the_clause_subject():
    assert speakers(run("Citing security concerns, China has banned US coal.")) == ["China"]
    # the clause subject is no actor
    sentence = "Citing security concerns, analysts said China would ban coal."
    assert speakers(run(sentence)) == [None]


# --- round-22 constructions (studied on rounds 1-21; scored on round 22) ---------------------


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("After that period, China could ask the WTO to rule.", None),
        ("The United States might demand new talks.", None),
        # nor does a speech act still to come (round 68); reported speech's future does
        ("China will ask the WTO to rule.", None),
        ("China said it would ask the WTO to rule.", "China"),
    ],
)
def test_a_speech_verb_after_a_modal_of_possibility_reports_nothing_said(sentence, speaker):
    assert speakers(run(sentence)) == [speaker]


def test_a_straight_opening_mark_closes_at_a_curly_closing_one():
    text = '"Documents will be signed,” the Kremlin added.'
    assert [(q.start, q.end) for q in find_quotes(text)] == [(0, text.index("”") + 1)]
    assert speakers(run('"Coal is needed,” Kerry added.')) == ["John Kerry"]
    # a curly pair nested inside a straight quotation does not close it
    nested = '"He said “no” to coal," Kerry added.'
    assert [(q.start, q.end) for q in find_quotes(nested)] == [(0, nested.rindex('"') + 1)]


def test_a_left_single_mark_inside_a_word_is_an_apostrophe_not_a_quotation():
    text = "It is Russia‘s neighbour. Kerry said coal was needed."
    assert find_quotes(text) == []
    assert speakers(run(text)) == [None, "John Kerry"]
    assert len(find_quotes("He called it ‘a farce’ on Monday.")) == 1


# --- round-24 constructions (studied on rounds 1-23; scored on round 24) ---------------------


def test_a_states_role_description_is_its_one_actor_of_that_role():
    study = ActorSet(
        "t",
        (
            Actor("Indonesia", None, ("Indonesia",)),
            Actor("Siti Nurbaya", "Indonesia", ("environment minister Siti Nurbaya",)),
            Actor("Retno Marsudi", "Indonesia", ("foreign minister Retno Marsudi",)),
        ),
    )
    text = "Indonesia's environment minister said the fires had declined."
    assert speakers_in_study(text, study) == ["Siti Nurbaya"]
    # two ministers fit "minister" alone: no guess
    text = "Indonesia's minister said the fires had declined."
    assert speakers_in_study(text, study) == [None]


def test_issuing_an_advisory_is_a_statement():
    assert speakers(run("The US on Monday issued a fresh advisory on coal.")) == ["United States"]


# --- round-25 constructions (studied on rounds 1-24; scored on round 25) ---------------------


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("China continues to insist that coal is needed.", "China"),
        ("China went on to say that coal is needed.", "China"),
        # a plan or an expectation is not yet speech
        ("China plans to urge the US to act.", None),
        ("China is expected to announce cuts.", None),
    ],
)
def test_a_speech_verb_after_continuing_to_is_finite(sentence, speaker):
    assert speakers(run(sentence)) == [speaker]


@pytest.mark.parametrize("verb", ["congratulated", "refuted", "rebutted"])
def test_congratulating_and_refuting_are_speech(verb):
    assert speakers(run(f"China {verb} the US on the coal deal.")) == ["China"]


# --- round-26 constructions (studied on rounds 1-25; scored on round 26) ---------------------

KENYA = ActorSet(
    "t",
    (
        Actor("Kenya", None, ("Kenya", "Nairobi", "Kenyan government", "Kenyan authorities")),
        Actor("Kenyan Interior Ministry", "Kenya", ("Kenya's interior ministry",)),
        Actor("Kenyan Health Ministry", "Kenya", ("Kenya's health ministry",)),
        Actor("UNHCR", None, ("UNHCR", "the UN refugee agency")),
    ),
)


def test_a_hyphenated_prefix_is_the_same_verb():
    assert speakers(run("China re-iterated its call for talks on coal.")) == ["China"]
    assert speakers(run("China re-affirmed its support.")) == ["China"]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("China termed it a special day for cooperation.", "China"),
        ("China dubbed the move a deliberate provocation.", "China"),
        ("The US branded the plan a failure.", "United States"),
        # the noun is no verb
        ("The terms of the coal deal were set in Beijing.", None),
    ],
)
def test_naming_something_as_a_verdict_is_speech(sentence, speaker):
    assert speakers(run(sentence)) == [speaker]


def test_a_sentence_opening_with_a_pronoun_keeps_the_last_subject():
    study = ActorSet(
        "t",
        (
            Actor("Russia", None, ("Russia", "the Kremlin")),
            Actor("United Kingdom", None, ("Britain", "British")),
        ),
    )
    text = (
        "The Kremlin reacted angrily. It summoned the ambassador over the British move. "
        "It said the move was illegal."
    )
    assert speakers_in_study(text, study) == [None, None, "Russia"]


def test_the_source_of_according_to_is_a_pronouns_antecedent():
    text = (
        "According to Kenyan authorities, the camps hold refugees whom they say are linked "
        "to militants."
    )
    assert speakers_in_study(text, KENYA) == ["Kenya"]


@pytest.mark.parametrize(
    "text",
    [
        "According to a statement issued by the Kenyan government, the camps will close.",
        '"The camps will close," said a statement issued by the Kenyan government.',
        '"The camps will close," read a press statement released by the Kenyan government.',
    ],
)
def test_a_document_issued_by_an_actor_is_its_words(text):
    assert speakers_in_study(text, KENYA) == ["Kenya"]


def test_a_document_that_reads_speaks_for_its_issuer():
    text = (
        "UNHCR issued a statement on Monday. Kenya said the camps would close. "
        "The camps will stay open, the statement read."
    )
    assert speakers_in_study(text, KENYA) == ["UNHCR", "Kenya", "UNHCR"]
    # a person reading out a document does not speak for the document's issuer
    assert speakers_in_study("Officials read a letter from the Kenyan government.", KENYA) == [None]


def test_a_place_opening_the_sentence_owns_its_definite_role():
    text = (
        "In Nairobi, the Interior Ministry said the camps would close. "
        "The ministry added that refugees would be moved."
    )
    assert speakers_in_study(text, KENYA) == ["Kenyan Interior Ministry"] * 2
    # two ministries fit "the ministry" alone: no guess
    assert speakers_in_study("In Nairobi, the ministry said the camps would close.", KENYA) == [
        None
    ]


@pytest.mark.parametrize("document", ["brief", "letter", "communique"])
def test_an_actors_document_speaks_for_it(document):
    text = f"The Kenyan government's {document} says the camps must close."
    assert speakers_in_study(text, KENYA) == ["Kenya"]


# --- round-27 constructions (studied on rounds 1-26; scored on round 27) ---------------------


def test_an_owner_before_a_surname_is_no_given_name():
    # "Wang Wentao" would be someone the study does not know; "China's Wang" is Wang Yi
    assert speakers(run("China's Wang says coal is needed.")) == ["Wang Yi"]
    assert speakers(run("China’s Wang says coal is needed.")) == ["Wang Yi"]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("China recalled its ambassador to Washington for consultations.", None),
        ("The US has recalled its envoy.", None),
        # recalling what was said is still speech
        ("China recalled that the US had agreed to cut coal.", "China"),
    ],
)
def test_recalling_a_diplomat_is_an_act_not_words(sentence, speaker):
    assert speakers(run(sentence)) == [speaker]


def test_exchanging_messages_with_someone_is_speech_by_both():
    text = "Kenya exchanged congratulatory messages with UNHCR on Friday."
    assert speakers_in_study(text, KENYA) == ["Kenya", "UNHCR"]
    # a headline's plural verb, its subjects joined by a comma
    title = "Wang, Kerry exchange greetings on anniversary"
    assert speakers(run("The two men met.", title=title)) == ["Wang Yi", "John Kerry", None]


def test_while_opens_a_second_speakers_clause_without_a_comma():
    text = "Kenya said the camps would close while UNHCR said they would stay open."
    assert speakers_in_study(text, KENYA) == ["Kenya", "UNHCR"]


# --- round-28 constructions (studied on rounds 1-27; scored on round 28) ---------------------


def test_quoted_him_as_saying_resolves_the_pronoun():
    text = 'Kerry spoke on Monday. "Coal must go. We need a plan," a paper quoted him as saying.'
    assert speakers(run(text)) == [None, "John Kerry"]


def test_a_speaker_between_a_quotation_and_a_stray_comma():
    assert speakers(run("“Coal is needed,” Kerry, said on Monday.")) == ["John Kerry"]


def test_the_source_of_according_to_speaks_for_its_own_side():
    # the person cited says what his country does; the country is no second speaker
    assert speakers(run("According to Wang, China rejects the coal tariffs.")) == ["Wang Yi"]
    # another actor's act stays that actor's when a state is cited (a person cited relays it:
    # see the round-255 constructions)
    text = "According to Beijing, the US rejects the coal tariffs."
    assert speakers(run(text)) == ["United States"]


def test_disapproving_is_speech_and_its_of_keeps_it_a_verb():
    assert speakers(run("China disapproves of the US travel ban.")) == ["China"]
    assert speakers(run("China warns of countermeasures.")) == ["China"]
    # a plural noun before "of" stays a noun
    assert speakers(run("The US demands of China were rejected.")) == [None]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Kerry called the plan a failure.", "John Kerry"),
        ("China called the tariffs an act of bullying.", "China"),
        # calling a meeting, or someone on the phone, says nothing
        ("China called a meeting on coal.", None),
        ("Kerry called Wang on Monday.", None),
    ],
)
def test_calling_something_a_name_is_speech(sentence, speaker):
    assert speakers(run(sentence)) == [speaker]


def test_a_states_officials_named_by_its_demonym_speak_for_it():
    study = ActorSet("t", (Actor("Kenya", None, ("Kenya",)), Actor("Iran", None, ("Iran",))))
    assert speakers_in_study("Kenyan officials said the camps would close.", study) == ["Kenya"]
    text = "Some Iranian officials allege the dam diverted water."
    assert speakers_in_study(text, study) == ["Iran"]
    assert {"Iranian", "Russian", "Italian", "Sudanese", "Chinese"} <= (
        demonyms("Iran")
        | demonyms("Russia")
        | demonyms("Italy")
        | demonyms("Sudan")
        | demonyms("China")
    )
    # no guess for a name of two words; the table's demonym only (round 193)
    assert demonyms("United States") == {"American"}


# --- round-29 constructions (studied on rounds 1-28; scored on round 29) ---------------------


def test_a_role_mention_that_names_its_person_is_that_person():
    study = ActorSet(
        "t",
        (
            Actor("Czech Republic", None, ("Czech Republic",)),
            Actor("Petr Fiala", "Czech Republic", ("Prime Minister Petr Fiala",)),
            Actor("Lukáš Vlček", "Czech Republic", ("Minister of Industry Lukáš Vlček",)),
        ),
    )
    text = (
        "Prime Minister Petr Fiala said the deal was near. "
        "The Minister of Industry Lukáš Vlček said the delay had been fixed."
    )
    assert speakers_in_study(text, study) == ["Petr Fiala", "Lukáš Vlček"]


def test_two_single_marks_close_a_double_quotation():
    text = "“Coal is needed,’’ Kerry said."
    assert [(q.start, q.end) for q in find_quotes(text)] == [(0, text.index("’’") + 2)]
    assert speakers(run(text)) == ["John Kerry"]
    # an apostrophe inside the quotation closes nothing
    assert len(find_quotes("“The States’ court ruled,’’ Kerry said.")) == 1


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("China posted a statement on its website.", ["China"]),
        ("China and the US exchanged rebukes over coal.", ["China", "United States"]),
        ("Kerry exchanged barbs with Wang on Monday.", ["John Kerry", "Wang Yi"]),
        # posting goods or troops says nothing
        ("China posted troops on the border.", [None]),
    ],
)
def test_posting_a_statement_and_trading_rebukes_are_speech(sentence, expected):
    assert speakers(run(sentence)) == expected


# --- round-30 constructions (studied on rounds 1-29; scored on round 30) ---------------------


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("China raised a number of issues of concern.", "China"),
        ("China raised the issue of coal subsidies.", "China"),
        # raising a thing that is not a matter for discussion says nothing
        ("China raised interest rates on coal loans.", None),
        ("China raised output, and the issue faded.", None),
    ],
)
def test_raising_issues_is_speech_a_few_words_on(sentence, speaker):
    assert speakers(run(sentence)) == [speaker]


def test_a_speech_verb_after_which_speaks_for_its_antecedent():
    assert speakers(run("China, which claims the talks failed, sent ships there.")) == ["China"]
    assert speakers(run("The plan, which calls for coal cuts, was approved.")) == [None]


# --- round-31 constructions (studied on rounds 1-30; scored on round 31) ---------------------


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("China issued a warning to the US over coal.", "China"),
        # the message noun only names a kind of thing
        ("China extends its tsunami warning services to the US.", None),
        ("China extended its early warning system to the region.", None),
    ],
)
def test_a_message_noun_that_modifies_another_noun_sends_no_message(sentence, speaker):
    assert speakers(run(sentence)) == [speaker]


# --- round-32 constructions (studied on rounds 1-31; scored on round 32) ---------------------


def test_an_opening_phrase_of_how_is_no_object_relative():
    assert speakers(run("In a statement Kerry said, “Coal must go.”")) == ["John Kerry"]
    # "the plan Kerry had proposed." still names a deal, not words said
    assert speakers(run("China signed the plan Kerry proposed.")) == [None]


def test_a_document_owned_by_a_role_speaks_for_that_roles_actor():
    text = (
        "Kenya's interior ministry said the camps would close. "
        "They will close by June, the Interior Ministry statement said."
    )
    assert speakers_in_study(text, KENYA) == ["Kenyan Interior Ministry"] * 2


def test_two_straight_single_marks_open_and_close_a_quotation():
    text = "''Coal is needed,'' said Kerry."
    assert [(q.start, q.end) for q in find_quotes(text)] == [(0, text.rindex("''") + 2)]
    assert speakers(run(text)) == ["John Kerry"]


def test_quoted_saying_without_as():
    text = 'Chinese officials were quoted saying, "Coal is needed."'
    assert speakers(run(text)) == ["China"]


# --- round-33 constructions (studied on rounds 1-32; not yet scored on unread text) ---------


def test_narration_names_a_documents_issuer_only_as_its_subject():
    study = ActorSet(
        "t",
        (
            Actor("FIFA", None, ("FIFA",)),
            Actor("Gianni Infantino", "FIFA", ("FIFA President Gianni Infantino",)),
            Actor("Indonesia", None, ("Indonesia",)),
        ),
    )
    passing = (
        "The decision came in a statement after a meeting between FIFA President Gianni "
        "Infantino and Indonesia. The statement reads, “A new host will be named.”"
    )
    assert speakers_in_study(passing, study)[1] != "Gianni Infantino"
    subject = "FIFA issued a statement. The statement reads, “A new host will be named.”"
    assert speakers_in_study(subject, study) == ["FIFA", "FIFA"]


# --- round-34 constructions (studied on rounds 1-33; scored on round 34) ---------------------


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("A note handed to China insists that coal is needed.", None),
        ("The talks with the US stressed that coal is needed.", None),
        # the actor itself, not the object of a preposition, still speaks
        ("China insists that coal is needed.", "China"),
        ("A spokesman for China said coal is needed.", "China"),
    ],
)
def test_the_object_of_a_preposition_is_no_subject(sentence, speaker):
    assert speakers(run(sentence)) == [speaker]


def test_a_perfect_participle_unlike_the_past_tense_is_finite():
    assert speakers(run("Kerry has written a letter to Wang urging action on coal.")) == [
        "John Kerry"
    ]
    assert speakers(run("The letter, written in French, reached Wang.")) == [None]


# --- round-35 constructions (studied on rounds 1-34; scored on round 35) ---------------------


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("China condoles the deaths in the crash.", "China"),
        ("Kerry wished a speedy recovery to the injured.", "John Kerry"),
        ("Wang also prayed for the quick recovery of the injured.", "Wang Yi"),
        # a wish to do something, or a prayer with no message, says nothing
        ("Kerry wishes to visit Beijing in May.", None),
        ("Wang prayed at the temple.", None),
    ],
)
def test_condolences_and_wishes_sent_are_speech(sentence, speaker):
    assert speakers(run(sentence)) == [speaker]


# --- round-36 constructions (studied on rounds 1-35; scored on round 36) ---------------------


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Kerry called on China to cut coal use.", "John Kerry"),
        ("Kerry called upon China and all parties to the talks to “act now”.", "John Kerry"),
        ("Kerry called on Tuesday for a cut in coal use.", "John Kerry"),
        # a call paid on someone is a visit
        ("Kerry called on Wang in Beijing on Wednesday.", None),
        ("Kerry called on Wang after being hosted to a luncheon.", None),
    ],
)
def test_calling_on_someone_urges_only_with_a_to_clause(sentence, speaker):
    assert speakers(run(sentence)) == [speaker]


def test_an_actor_cited_by_a_news_agency_is_the_source():
    assert speakers(run("Coal use will fall, Xinhua reported, citing Wang.")) == ["Wang Yi"]
    # what is cited is no actor: the clause's subject gave the reason
    assert speakers(run("China cut coal use, citing pollution concerns.")) == ["China"]


def test_a_report_is_its_issuers_words_but_a_speaker_only_cites_others_reports():
    study = ActorSet(
        "t",
        (
            Actor("UNHCR", None, ("UN refugee agency",)),
            Actor("China", None, ("China",)),
            Actor("Hong Lei", "China", ("Hong",)),
        ),
    )
    text = (
        "About 40,000 refugees will wait, according to a report by the UN refugee agency. "
        "The report said places were scarce."
    )
    assert speakers_in_study(text, study) == ["UNHCR", "UNHCR"]
    cited = (
        "The charges are groundless, Hong said, referring to the report published last week. "
        "The report blamed China for the attacks."
    )
    assert speakers_in_study(cited, study) == ["Hong Lei", None]
    spoken_in = "In a yearly report, China said coal use fell. The report said it would fall again."
    assert speakers_in_study(spoken_in, study) == ["China", "China"]


def test_the_official_refers_back_to_the_named_officials_office():
    study = ActorSet(
        "t",
        (
            Actor("Taiwan", None, ("Taiwan",)),
            Actor("Taiwanese Ministry of Foreign Affairs", "Taiwan", ("MOFA", "a MOFA official")),
        ),
    )
    text = "The crew is safe, a MOFA official said. “Reports are false,” the official said."
    assert speakers_in_study(text, study) == ["Taiwanese Ministry of Foreign Affairs"] * 2
    # with no official named before, "the official" stays unknown
    assert speakers_in_study("“Reports of deaths are false,” the official said.", study) == [None]


def test_official_before_a_name_or_media_noun_is_an_adjective():
    assert speakers(
        run("The crew was seized, according to China's official Xinhua news agency.")
    ) == [None]
    assert speakers(run("The crew is safe, according to China's official.")) == ["China"]


def test_a_datelines_place_owns_the_sentences_definite_roles():
    study = ActorSet(
        "t",
        (
            Actor("China", None, ("Beijing",)),
            Actor("Chinese Ministry of Foreign Affairs", "China", ("Chinese Foreign Ministry",)),
            Actor("North Korea", None, ("DPRK",)),
            Actor("DPRK Ministry of Foreign Affairs", "North Korea", ("DPRK Foreign Ministry",)),
        ),
    )
    lead = "A Chinese fishing boat held by the DPRK was released, the Foreign Ministry confirmed."
    assert speakers_in_study(f"BEIJING - {lead}", study) == ["Chinese Ministry of Foreign Affairs"]
    # without a dateline the state the story names first owns it (round 106); with no state
    # named, "the Foreign Ministry" could be either state's
    assert speakers_in_study(lead, study) == ["DPRK Ministry of Foreign Affairs"]
    bare = "A fishing boat was released, the Foreign Ministry confirmed."
    assert speakers_in_study(bare, study) == [None]


def test_a_headline_colon_source_ends_before_its_occasion():
    statements = run(
        "The talks went well, he said.",
        title="It is their decision: Wang after Kerry disapproved the plan",
    )
    assert speakers(statements)[0] == "Wang Yi"


def test_an_alias_differing_from_the_name_only_in_case_matches_as_written():
    study = ActorSet("t", (Actor("NITI Aayog", None, ("Niti Aayog",)),))
    found = AliasMatcher(study).find("Niti Aayog said so, and NITI Aayog agreed.")
    assert [m.surface for m in found] == ["Niti Aayog", "NITI Aayog"]


@pytest.mark.parametrize(
    "line, speaker",
    [
        ("Beijing: In what could be a big step, the talks resumed on Monday.", None),
        ("Beijing: A Chinese court on Tuesday ordered the release of the crew.", None),
        # a live-blog line whose state speaks without a subject of its own
        ("Beijing: demands accountability and compensation for the crew.", "China"),
    ],
)
def test_a_state_before_a_colon_and_a_report_sentence_is_a_dateline(line, speaker):
    assert speakers(run(f"Coal use fell last year.\n\n{line}"))[-1] == speaker


# --- round-37 constructions (studied on rounds 1-36; scored on round 37) ---------------------


def test_now_stands_between_a_subject_and_its_verb():
    assert speakers(run("China now says it hopes for more coal cuts.")) == ["China"]


def test_figures_from_an_actor_are_its_words():
    assert speakers(run("Coal use fell 5%, according to data from Beijing.")) == ["China"]
    assert speakers(run("Coal use fell 5%, according to figures released by Beijing.")) == ["China"]
    # data that name no actor cite no one
    assert speakers(run("Coal use fell 5%, according to official data.")) == [None]


def test_two_subjects_each_with_an_apposition_both_speak():
    sentence = (
        "Kerry, the US climate envoy, and Wang, the Chinese foreign minister, announced a "
        "working group."
    )
    assert sorted(speakers(run(sentence))) == ["John Kerry", "Wang Yi"]
    # one subject with an apposition that itself lists two things speaks alone
    single = "Kerry, the envoy for climate, energy and trade, announced a working group."
    assert speakers(run(single)) == ["John Kerry"]


def test_an_object_inside_a_parenthetical_is_no_subject():
    sentence = (
        "Kerry, the US climate envoy, speaking with the state broadcaster of China, CGTN, said "
        "coal use must fall."
    )
    assert speakers(run(sentence)) == ["John Kerry"]


def test_an_office_before_a_headline_colon_speaks_but_a_state_does_not():
    study = ActorSet(
        "t",
        (
            Actor("Gaza Ministry of Health", None, ("Gazan Ministry of Health",)),
            Actor("Egypt", None, ("Egypt",)),
        ),
    )

    def headline_speaker(title: str) -> str | None:
        return speakers_in_study("Twenty patients left.", study, title)[0]

    assert headline_speaker("Gazan Ministry of Health: twenty patients sent to Egypt") == (
        "Gaza Ministry of Health"
    )
    assert headline_speaker("Egypt: twenty patients arrive from Gaza for treatment") is None


def test_a_speaker_given_less_than_even_odds_stays_narration_by_default():
    assert AttributionParams().min_confidence == 0.5
    body = "“It is hard,” Kerry said. The talks will resume in May."
    loose = run(body, confidence="model", min_confidence=0.0)
    default = run(body, confidence="model")
    low = [s for s in loose if s.actor and s.attribution_confidence < 0.5]
    for s in default:
        assert s.actor is None or s.attribution_confidence >= 0.5
    assert len([s for s in default if s.actor]) == len([s for s in loose if s.actor]) - len(low)


# --- round-38 constructions (studied on rounds 1-37; scored on round 38) ---------------------


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Wang appealed to Washington to lift the coal tariffs.", "Wang Yi"),
        ("China appealed for calm over the coal dispute.", "China"),
        ("Kerry offered all possible assistance to Beijing.", "John Kerry"),
        ("Wang however clarified that coal use would fall.", "Wang Yi"),
        # a court appeal is a legal act
        ("China appealed against the coal ruling.", None),
    ],
)
def test_round_38_speech_verbs_and_their_near_misses(sentence, speaker):
    assert speakers(run(sentence)) == [speaker]


def test_offering_is_speech_unless_goods_are_handed_over():
    # an offer is made in words, like a pledge (rounds 19-30: offers of troops, assistance,
    # consular access and to lead a task group were labelled speech); goods handed over are a
    # deed (rounds 7, 53, 64 and 84: vaccines, scholarships, equipment, mosquito nets)
    assert speakers(run("China offered loans to coal projects in Asia.")) == ["China"]


def test_a_quoted_noun_phrase_after_observe_is_what_is_watched():
    (watched,) = run("China will observe “the entire coal auction” from the start.")
    assert watched.cue != "observe"
    (said,) = run("Kerry observed, “The auction was fair.”")
    assert (said.actor, said.cue) == ("John Kerry", "observed")


def test_a_verb_after_a_causative_has_no_subject_of_its_own():
    # "help China respond": China is helped, not speaking
    assert speakers(run("The fund will help China respond to coal shortages, Kerry said.")) == [
        "John Kerry"
    ]


# --- round-39 constructions (studied on rounds 1-38; scored on round 39) ---------------------


def test_the_ministers_refer_back_to_the_named_ministers_council():
    study = ActorSet(
        "t",
        (
            Actor("Gulf Cooperation Council", None, ("GCC",)),
            Actor(
                "GCC Ministerial Council", "Gulf Cooperation Council", ("GCC foreign ministers",)
            ),
            Actor("Iran", None, ("Iran",)),
        ),
    )
    text = (
        "GCC foreign ministers met in Jeddah. The foreign ministers called on Iran to cooperate. "
        "The ministers also called for a region free of nuclear weapons."
    )
    assert speakers_in_study(text, study)[1:] == ["GCC Ministerial Council"] * 2
    # "both the ministers" is the pair, not a council named before
    both = "GCC foreign ministers met in Jeddah. Both the ministers agreed to meet again."
    assert speakers_in_study(both, study)[1] is None


def test_a_tweet_can_follow_its_own_quotation():
    (s,) = run("“We will cut coal use,” tweeted Kerry.")
    assert (s.actor, s.cue) == ("John Kerry", "tweeted")


# --- round-40 constructions (studied on rounds 1-39; scored on round 40) ---------------------


def test_issuing_a_declaration_is_speech():
    assert speakers(run("China issued a joint declaration pledging coal cuts.")) == ["China"]
    # a declaration of anything else is not sent
    assert speakers(run("China issued a declaration form to travellers.")) == [None]


# --- round-41 constructions (studied on rounds 1-40; scored on round 41) ---------------------


def test_an_opening_documents_verb_is_its_issuers_whatever_its_phrase_names_last():
    study = ActorSet(
        "t",
        (
            Actor("African Union", None, ("AU",)),
            Actor(
                "AU Peace and Security Council", "African Union", ("Peace and Security Council",)
            ),
            Actor("Egypt", None, ("Egypt",)),
        ),
    )
    text = (
        "A statement issued by the AU after a meeting of its Peace and Security Council said "
        "the coup was unacceptable."
    )
    assert speakers_in_study(text, study) == ["African Union"]
    # only the document's own verb: a later verb inside what it says keeps its own subject
    inner = "A statement issued by the AU said Egypt had rejected the plan."
    tokens = tokens_of(inner, study)
    subjects = {tokens[c.verb].text: tokens[c.subject].text for c in find_cues(tokens)}
    assert subjects == {"said": "AU", "rejected": "Egypt"}


def test_an_opening_speech_participle_speaks_for_the_main_clause_subject():
    assert speakers(run("Condemning the coal plan, China has suspended the talks.")) == ["China"]
    # a participle that reports no speech opens nothing
    assert speakers(run("Building the coal plant, China has suspended the talks.")) == [None]


def test_the_organization_refers_back_to_the_named_organization():
    study = ActorSet("t", (Actor("World Health Organization", None, ("WHO",)),))
    text = "The World Health Organization met in Geneva. The organization said the risk was high."
    assert speakers_in_study(text, study) == [None, "World Health Organization"]


# --- round-42 constructions (studied on rounds 1-41; scored on round 42) ---------------------


def test_an_office_of_a_role_is_the_office_not_its_holder():
    study = ActorSet(
        "t",
        (
            Actor("Trinidad and Tobago", None, ("Trinidad and Tobago",)),
            Actor("Keith Rowley", "Trinidad and Tobago", ("Prime Minister Keith Rowley",)),
            Actor(
                "Office of the Prime Minister",
                "Trinidad and Tobago",
                ("the Office of the Prime Minister",),
            ),
        ),
    )
    text = (
        "Prime Minister Keith Rowley said trade would grow. A statement issued by the Office of "
        "the Prime Minister said the visit went well."
    )
    assert speakers_in_study(text, study) == ["Keith Rowley", "Office of the Prime Minister"]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Kerry extended a warm welcome to Wang.", "John Kerry"),
        ("Wang extended the invitation to the coal talks in a letter.", "Wang Yi"),
        # a welcome or invitation that names a thing is no message ("welcome centre")
        ("Kerry sent the welcome centre a coal stove.", None),
    ],
)
def test_a_welcome_or_invitation_extended_is_speech(sentence, speaker):
    assert speakers(run(sentence)) == [speaker]


# --- round-43 constructions (studied on rounds 1-42; scored on round 43) ---------------------


def test_a_noun_sense_lemma_is_no_speech_verb():
    # "beef" and "drone" are in WordNet's communication verbs; in news copy they are nouns
    assert {"beef", "drone"}.isdisjoint(lx.SPEECH_LEMMAS)
    assert speakers(run("China suspended U.S. beef imports after the coal talks.")) == [None]
    assert speakers(run("Kerry was told of a China drone flight near Guam.")) == [None]


def test_a_study_person_named_in_full_is_then_called_by_the_surname_alone():
    # the study leaves out "Lu": two of its people share it; the last full name decides
    study = ActorSet(
        "t",
        (
            Actor("China", None, ("China", "Beijing")),
            Actor("Lu Kang", "China", ("spokesperson Lu Kang",)),
            Actor("Lu Shaye", "China", ("Ambassador Lu Shaye",)),
        ),
    )
    text = (
        "Ambassador Lu Shaye warned Ottawa. “There will be repercussions,” Lu said. Later, "
        "spokesperson Lu Kang spoke in Beijing. “We urge the US to stop,” Lu said."
    )
    assert speakers_in_study(text, study) == ["Lu Shaye", "Lu Shaye", None, "Lu Kang"]
    # the same word starting someone else's full name is not the study's person
    other = "Ambassador Lu Shaye warned Ottawa. Lu Xun said coal was cheap."
    assert speakers_in_study(other, study) == ["Lu Shaye", None]


def test_a_study_person_named_in_full_lends_only_the_name_not_a_role_alias():
    # "Minister of Foreign Affairs of the Czech Republic" ends in "Czech Republic": no name
    study = ActorSet(
        "t",
        (
            Actor("Czech Republic", None, ("Czech Republic",)),
            Actor(
                "Jan Lipavsky",
                "Czech Republic",
                ("Minister of Foreign Affairs of the Czech Republic",),
            ),
        ),
    )
    text = (
        "The Minister of Foreign Affairs of the Czech Republic met Kerry. Czech state "
        "institutions were attacked."
    )
    assert speakers_in_study(text, study)[1:] == [None]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("The Chinese government is “deeply concerned” about the coal tariffs.", "China"),
        ("Washington was “extremely disappointed” by the coal ruling.", "United States"),
        # a short quotation that states no stance stays a scare quote
        ("China is “a developing country” under the coal rules.", None),
    ],
)
def test_an_actor_that_is_a_quoted_stance_states_it(sentence, speaker):
    assert speakers(run(sentence)) == [speaker]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("A day after the tariffs, Beijing reacted today saying that coal was needed.", "China"),
        ("Kerry hit back on Tuesday saying “coal must go”.", "John Kerry"),
        # after "after" it is the subject's too (the gold sets: 3 of 3 such sentences), unless a
        # later speech verb says whose report the sentence is
        ("China was criticised after saying that coal was needed.", "China"),
        ("China cut coal days after saying so, the newspaper reported.", None),
        # after another preposition it is no speech of the clause's subject
        ("China was criticised for saying that coal was needed.", None),
        # after an inverted speaker the participle is that speaker's, not the sentence subject's
        ("China will cut coal, said the minister adding that talks would go on.", None),
    ],
)
def test_a_saying_participle_without_a_comma_speaks_for_the_clause_subject(sentence, speaker):
    assert speakers(run(sentence))[:1] == [speaker]


def test_an_agency_dateline_may_end_in_a_colon():
    text = "New Delhi (NVI): A day after the ban, Beijing reacted saying that coal was needed."
    assert speakers(run(text)) == ["China"]


# --- round-44 constructions (studied on rounds 1-43; scored on round 44) ---------------------


def test_the_object_of_keep_before_a_participle_is_no_subject():
    text = (
        "BEIJING — China and the United States said they would set up a hotline so that "
        "Beijing can keep Washington informed about coal."
    )
    assert speakers(run(text)) == ["China", "United States"]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Coal is a 'wake-up call,' says Kerry.", "John Kerry"),
        ("Coal is a 'wake-up call', says Kerry.", "John Kerry"),
        # a straight mark alone before a verb that cannot invert opens nothing
        ("Coal is a 'wake-up call,' reckons Kerry.", None),
    ],
)
def test_a_straight_single_quotation_may_close_before_an_inverted_verb(sentence, speaker):
    assert speakers(run(sentence)) == [speaker]


def test_a_message_from_someone_else_is_only_delivered():
    assert speakers(run("Xie handed Kerry a letter from the coal board.")) == [None]
    # the subject's own message stays speech
    assert speakers(run("Xie handed Kerry a letter on coal.")) == ["Xie Zhenhua"]


def test_reporting_from_a_place_is_a_correspondents_job():
    assert speakers(run("Kerry, who has been reporting from Beijing for years, met Xie.")) == [None]
    assert speakers(run("China reported that coal use fell.")) == ["China"]


def test_verbs_ending_in_ee_keep_their_e_before_ing():
    assert lx.PARTICIPLE_FORMS["agreeing"] == "agree"
    assert lx.PARTICIPLE_FORMS["guaranteeing"] == "guarantee"
    assert lx.PARTICIPLE_FORMS["noting"] == "note"  # a single e still drops
    text = "Kerry met Xie on Tuesday, agreeing to cut coal."
    assert speakers(run(text, agreements="speech")) == ["John Kerry"]


# --- round-45 constructions (studied on rounds 1-44; scored on round 45) ---------------------


def test_the_government_is_the_state_the_last_sentence_opened_with():
    body = (
        "China rejects US coal tariffs. The United States raised coal tariffs on Tuesday. "
        "The government said it would review them in May."
    )
    assert speakers(run(body))[-1] == "United States"
    # with no state opening the sentence before, the article's own government
    body = "China rejects US coal tariffs. Coal prices rose. The government said it would act."
    assert speakers(run(body))[-1] == "China"


def test_two_demonyms_share_one_voice():
    study = ActorSet("t", (Actor("Bangladesh", None, ()), Actor("India", None, ())))
    text = "Bangladeshi and Indian officials said they had no idea about the decision."
    matched = AliasMatcher(study).find(text)
    assert [(m.actor, m.surface) for m in matched] == [
        ("Bangladesh", "Bangladeshi"),
        ("India", "Indian officials"),
    ]
    assert speakers_in_study(text, study) == ["Bangladesh", "India"]
    # a demonym that only describes something else names nobody
    other = AliasMatcher(study).find("Bangladeshi rice and Indian officials")
    assert [m.actor for m in other] == ["India"]


def test_a_speech_verb_that_only_modifies_a_noun_yields_to_the_sentences_own_cue():
    text = "Coal deals will not be affected by a ban announced by Beijing, Kerry said on Sunday."
    assert speakers(run(text)) == ["John Kerry"]
    # alone it still speaks ("Coal plan condemned by Beijing")
    assert speakers(run("The coal plan condemned by Beijing was dropped.")) == ["China"]


def test_a_headline_role_before_a_closing_says_waits_for_the_body():
    title = "China exempt from coal tariffs, minister says"
    body = "Chinese Foreign Minister Wang Yi said the tariffs would not apply."
    assert speakers(run(body, title=title)) == ["Wang Yi", "Wang Yi"]
    # an actor in the tail speaks itself
    assert (
        speakers(run(body, title="China exempt from coal tariffs, Kerry says"))[0] == "John Kerry"
    )


def test_a_while_participle_clause_between_subject_and_verb_is_skipped():
    text = "Kerry while paying compliments to the coal workers said the plan would work."
    assert speakers(run(text)) == ["John Kerry"]
    # a longer stretch with a conjunction is another clause
    text = "Coal was mined by China while visiting Guam and was later shipped, officials said."
    assert speakers(run(text)) == [None]


# --- round-46 constructions (studied on rounds 1-45; scored on round 46) ---------------------


def _ministry_study() -> ActorSet:
    return ActorSet(
        "t",
        (
            Actor("South Korea", None, ("Seoul",)),
            Actor("South Korean Foreign Ministry", "South Korea", ("foreign ministry",)),
            Actor(
                "Choi Young-sam", "South Korea", ("foreign ministry spokesperson Choi Young-sam",)
            ),
        ),
    )


def test_a_spokesperson_alias_leaves_the_ministry_to_the_ministry():
    text = (
        "“Talks will start soon,” foreign ministry spokesperson Choi Young-sam said. "
        "The ministry stressed that all efforts were under way."
    )
    assert speakers_in_study(text, _ministry_study()) == [
        "Choi Young-sam",
        "South Korean Foreign Ministry",
    ]


def test_a_speech_participle_after_while_speaks_for_the_clause_subject():
    text = "China has cut coal use while urging the United States to do more."
    assert speakers(run(text)) == ["China"]
    # a participle that reports no speech opens nothing
    assert speakers(run("China has cut coal use while building solar farms.")) == [None]


def test_a_dateline_scraped_twice_is_still_a_dateline():
    text = (
        "BEIJING - BEIJING (AP) - The Chinese foreign ministry cut coal use, urging Kerry to act."
    )
    assert speakers(run(text)) == ["Chinese Foreign Ministry"]


# --- round-47 constructions (studied on rounds 1-46; scored on round 47) ---------------------


def test_both_sides_speak_even_with_a_subjectless_participle_after_them():
    body = (
        "Kerry met Xie in Beijing. Referring to the talks between the two countries, both sides "
        "underlined the need for coal cuts, calling for more talks."
    )
    assert speakers(run(body)) == [None, "China", "United States"]


def test_the_two_countries_officials_speak_for_the_pair():
    body = "Kerry met Xie in Beijing. The two countries’ officials stressed the need for coal cuts."
    assert speakers(run(body)) == [None, "China", "United States"]
    # one country's officials are not the pair
    body = "Kerry met Xie in Beijing. The country’s officials stressed the need for coal cuts."
    assert speakers(run(body)) == [None, None]


@pytest.mark.parametrize("adjective", ["Eager", "Ready", "Willing", "Keen"])
def test_a_headline_of_eagerness_states_a_view(adjective):
    assert speakers(run("Coal talks resume.", title=f"China {adjective} to Cut Coal"))[0] == "China"


# --- round-48 constructions (studied on rounds 1-47; scored on round 48) ---------------------


def test_an_act_done_by_saying_is_speech():
    text = "Xie, China's climate envoy, has shown support by saying that coal would be cut."
    assert speakers(run(text)) == ["Xie Zhenhua"]
    # done by another act, it is no speech
    assert speakers(run("Xie has shown support by cutting coal use.")) == [None]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "China and the United States have reached an agreement to cut coal.",
            ["China", "United States"],
        ),
        (
            "China has reached a tentative deal with the United States on coal.",
            ["China", "United States"],
        ),
        # a failure to reach one, or one still hoped for, reports no agreement
        ("China and the United States failed to reach an agreement on coal.", [None]),
    ],
)
def test_reaching_an_agreement_is_agreeing(sentence, expected):
    assert sorted(speakers(run(sentence, agreements="speech")), key=str) == expected


def test_an_agreement_named_in_a_relative_clause_is_not_reported():
    body = (
        "Tensions between China and the US have risen. Coal is one of the few subjects on "
        "which the two parties have reached an agreement."
    )
    assert speakers(run(body)) == [None, None]
    # a speech in which someone stresses something still reports words
    text = "Kerry gave a speech in Tokyo in which he emphasized that coal must go."
    assert speakers(run(text)) == ["John Kerry"]


# --- round-49 constructions (studied on rounds 1-48; scored on round 49) ---------------------


def test_what_a_participle_states_in_its_that_clause_is_its_speakers():
    text = (
        "Kerry ordered the envoy's recall, stating that the United States condemned the coal plan."
    )
    assert speakers(run(text)) == ["John Kerry"]
    # a source after a comma is the sentence's own speaker, not part of the clause
    text = "Coal use will fall, stressing that China must act, Xie said."
    assert speakers(run(text)) == ["Xie Zhenhua"]


# --- round-50 constructions (studied on rounds 1-49; scored on round 50) ---------------------


@pytest.mark.parametrize("adverb", ["nonetheless", "nevertheless", "meanwhile"])
def test_a_concessive_adverb_between_subject_and_verb_is_skipped(adverb):
    assert speakers(run(f"China {adverb} insists that coal is needed.")) == ["China"]


# --- round-51 constructions (studied on rounds 1-50; scored on round 51) ---------------------


@pytest.mark.parametrize("opening", ["Last week", "On Monday", "Earlier this month"])
def test_a_subject_with_a_stray_comma_after_an_opening_time_phrase(opening):
    study = ActorSet(
        "t", (Actor("Hang", None, ("Le Thi Thu Hang, a spokeswoman for the ministry",)),)
    )
    text = f"{opening} Le Thi Thu Hang, a spokeswoman for the ministry, said coal must go."
    assert speakers_in_study(text, study) == ["Hang"]
    # after a longer opening the alias, which holds its apposition, still speaks (round 105);
    # a preposition's object does not
    text = "At the talks in the capital Le Thi Thu Hang, a spokeswoman for the ministry, said no."
    assert speakers_in_study(text, study) == ["Hang"]
    text = "At the talks with Le Thi Thu Hang, a spokeswoman for the ministry, said no."
    assert speakers_in_study(text, study) == [None]


def test_a_bare_saying_participle_before_a_clause_with_its_own_subject():
    assert speakers(run("China hit back saying Washington was to blame.")) == ["China"]
    # a participle before an object names no reported clause
    assert speakers(run("China hit back saying nothing about coal.")) == [None]


def test_the_head_noun_of_a_named_body_refers_back_to_it():
    study = ActorSet("t", (Actor("IPC", None, ("International Paralympic Committee",)),))
    body = (
        "The International Paralympic Committee met in Bonn. "
        "The committee has said it was disappointed."
    )
    assert speakers_in_study(body, study) == [None, "IPC"]
    # with no such body named before, the committee is no one the study knows
    assert speakers_in_study("The committee has said it was disappointed.", study) == [None]


def test_a_visiting_leader_is_the_second_of_a_coordinated_subject():
    study = ActorSet(
        "t",
        (
            Actor("Xi", None, ("Chinese President Xi Jinping",)),
            Actor("Trump", None, ("U.S. President Donald Trump",)),
        ),
    )
    text = "Chinese President Xi Jinping and visiting U.S. President Donald Trump stressed coal."
    assert sorted(speakers_in_study(text, study)) == ["Trump", "Xi"]
    # before people the study does not know, "visiting" joins no one it knows: the delegates
    # stay unnamed beside Xi
    text = "Chinese President Xi Jinping and visiting delegates stressed coal."
    assert speakers_in_study(text, study) == ["Xi", None]


def test_a_headline_pair_joined_by_a_comma_after_a_topic_label():
    title = "Coal: China, US pledge to cut emissions"
    study = ActorSet("t", (Actor("China", None, ("China",)), Actor("US", None, ("US",))))
    assert sorted(speakers_in_study("They met.", study, title=title)[0:2], key=str) == [
        "China",
        "US",
    ]


# --- round-52 constructions (studied on rounds 1-51; scored on round 52) ---------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "China remains committed to cutting coal.",
        "China has committed to buying clean power.",
        "China is fully committed to working with partners.",
    ],
)
def test_a_commitment_to_go_on_doing_something_is_stated(sentence):
    assert speakers(run(sentence)) == ["China"]


def test_funds_committed_to_a_purpose_state_nothing():
    assert speakers(run("Funds committed to building plants came from China.")) == [None]


def test_a_headline_source_with_a_topic_after_it_is_the_only_speaker():
    study = ActorSet(
        "t",
        (Actor("China", None, ("China",)), Actor("MOFCOM", "China", ("MOFCOM",))),
    )
    title = "China pledges to resolve frictions, MOFCOM says on reported EU refusal"
    assert speakers_in_study("They met.", study, title=title)[0] == "MOFCOM"
    # a comma that joins a headline's pair names no closing source
    study = ActorSet("t", (Actor("Japan", None, ("Japan",)), Actor("Korea", None, ("S. Korea",))))
    title = "Japan, S. Korea stress need to keep dialogue"
    assert sorted(speakers_in_study("They met.", study, title=title)[:2]) == ["Japan", "Korea"]


# --- round-53 constructions (studied on rounds 1-52; scored on round 53) ---------------------


def test_appreciating_something_is_a_stated_position():
    assert speakers(run("China has appreciated the US's progress on coal.")) == ["China"]
    # appreciation as a noun states nothing
    assert speakers(run("The appreciation of China's currency hurt coal exports.")) == [None]


def test_a_complaint_or_a_website_is_a_document_its_owner_speaks_in():
    body = "China filed a complaint at the WTO. The complaint says the tariffs discriminate."
    assert speakers(run(body)) == [None, "China"]
    assert speakers(run("China's website says the coal plan is on track.")) == ["China"]


# --- round-54 constructions (studied on rounds 1-53; scored on round 54) ---------------------


def test_an_agency_that_says_citing_an_actor_only_relays_it():
    assert speakers(run("Coal use will fall, Interfax said, citing Xie.")) == ["Xie Zhenhua"]
    # a known speaker citing what is not an actor keeps the words
    assert speakers(run("Coal use will fall, Xie said, citing official data.")) == ["Xie Zhenhua"]


def test_a_time_between_a_passive_speech_verb_and_its_agent():
    assert speakers(run("The plan was revealed here today by Xie.")) == ["Xie Zhenhua"]
    # a phrase with a noun of its own takes the "by" away from the verb
    assert speakers(run("The deal was revealed on the website of a firm owned by China.")) == [None]


def test_he_after_an_official_is_the_official_speaking_for_the_side():
    body = "A Chinese official said coal was needed. He said talks would go on."
    assert speakers(run(body)) == ["China", "China"]
    # after a country speaks with no person, "he" has no one to refer to
    assert speakers(run("China said coal was needed. He said talks would go on.")) == [
        "China",
        None,
    ]


# --- round-55 constructions (studied on rounds 1-54; scored on round 55) ---------------------


def test_a_release_named_in_the_headline_is_its_issuers_throughout():
    title = "Statement by Envoy Xie Zhenhua on the Coal Accord"
    body = "I am pleased the accord was signed. It will cut coal use. Kerry said it was historic."
    study = ActorSet(
        "t",
        (
            Actor("Xie Zhenhua", None, ("Xie Zhenhua", "Xie")),
            Actor("John Kerry", None, ("Kerry",)),
        ),
    )
    assert speakers_in_study(body, study, title=title)[1:] == [
        "Xie Zhenhua",
        "Xie Zhenhua",
        "John Kerry",
    ]
    # a headline about someone's statement is no release
    title = "Kerry Welcomes the Statement by Xie Zhenhua"
    assert speakers_in_study("It will cut coal use.", study, title=title)[1:] == [None]


def test_a_name_before_an_open_apposition_with_to():
    text = '"Coal must go," Xie Zhenhua, an adviser to Chinese Premier Li Qiang said in a tweet.'
    study = ActorSet(
        "t",
        (
            Actor("China", None, ("China",)),
            Actor("Xie Zhenhua", "China", ("Xie Zhenhua",)),
            Actor("Li Qiang", "China", ("Chinese Premier Li Qiang",)),
        ),
    )
    assert speakers_in_study(text, study) == ["Xie Zhenhua"]


# --- round-56 constructions (studied on rounds 1-55; scored on round 56) ---------------------


def test_only_between_a_modal_and_say():
    assert speakers(run("Xie would only say that coal use is falling.")) == ["Xie Zhenhua"]
    # a hypothetical modal still says nothing yet
    assert speakers(run("Xie could only say that coal use is falling.")) == [None]


def test_both_between_a_coordinated_subject_and_its_verb():
    text = "Kerry and Xie both described the deal as a win."
    assert sorted(speakers(run(text))) == ["John Kerry", "Xie Zhenhua"]


def test_quoted_by_an_outlet_as_saying():
    assert speakers(run("Coal must go, Xie was quoted by Xinhua as saying.")) == ["Xie Zhenhua"]
    # an outlet that quotes with no "as" relays no words of the subject
    assert speakers(run("Xie was quoted by Xinhua on Monday.")) == [None]


# --- round-57 constructions (studied on rounds 1-56; scored on round 57) ---------------------


def test_ruling_out_is_speech_and_ruling_is_not():
    assert speakers(run("China rules out a package deal on coal.")) == ["China"]
    # ruled, with no "out", is governing
    assert speakers(run("The island was ruled by China for decades.")) == [None]


def test_he_after_a_role_anaphor_that_opens_narration_is_that_person():
    body = (
        "Chinese climate envoy Xie Zhenhua visited Washington. "
        "Later, the envoy persuaded Kerry on coal. He said the talks went well."
    )
    assert speakers(run(body))[-1] == "Xie Zhenhua"


# --- round-58 constructions (studied on rounds 1-57; scored on round 58) ---------------------


def test_a_headline_source_after_a_dash_glued_to_the_word_before():
    study = ActorSet(
        "t",
        (
            Actor("Indonesia", None, ("Indonesia",)),
            Actor("Joko Widodo", "Indonesia", ("President Joko Widodo",)),
        ),
    )
    title = "Indonesia to ban coal exports from June 2023- president"
    body = "Indonesia will ban coal exports, President Joko Widodo said."
    assert speakers_in_study(body, study, title=title) == ["Joko Widodo", "Joko Widodo"]
    # a hyphen inside a word sets no source apart
    title = "Indonesia-president talks to resume"
    assert speakers_in_study(body, study, title=title)[0] is None


def test_a_headline_role_is_not_given_to_a_customs_service():
    study = ActorSet(
        "t",
        (
            Actor("China", None, ("China",)),
            Actor("Chinese customs", "China", ("Chinese customs officials",)),
        ),
    )
    title = "China iron ore rules won't harm: minister"
    body = "Chinese customs officials said the rules will streamline procedures."
    # "minister" names a person; the customs service is a body, so the headline waits
    assert speakers_in_study(body, study, title=title) == [None, "Chinese customs"]


def test_talking_down_and_playing_down_are_speech():
    assert speakers(run("China has talked down the impact of the new coal rules.")) == ["China"]
    assert speakers(run("Xie played down the threat posed by the spill.")) == ["Xie Zhenhua"]
    # talking with someone, or playing a part, says nothing
    assert speakers(run("China talked with India about coal.")) == [None]
    assert speakers(run("China played a key role in the talks.")) == [None]


def test_an_indefinite_description_before_a_closing_speaker():
    text = "Now it is time to get relations back on track, a frank Xie said."
    assert speakers(run(text)) == ["Xie Zhenhua"]
    # a noun before the name is the object of any other verb
    assert speakers(run("China defends the plan, a position Xie rejects.")) == ["China"]


def test_a_head_placed_in_a_pair_of_actors():
    text = "Six companies from China and America have asked the railway to keep running."
    assert speakers(run(text)) == [None]
    # officials placed in the pair speak for both
    text = "Officials from China and America have asked the railway to keep running."
    assert sorted(speakers(run(text))) == ["China", "United States"]


def test_the_board_of_a_body_speaks_for_it():
    assert speakers(run("The board of the State Department warned against the talks.")) == [
        "US State Department"
    ]


# --- round-59 constructions (studied on rounds 1-58; scored on round 59) ---------------------


def _ivory_coast_study() -> ActorSet:
    return ActorSet(
        "t",
        (
            Actor("Ivory Coast", None, ("Ivory Coast",)),
            Actor(
                "Mamadou Coulibaly",
                "Ivory Coast",
                ("Coulibaly", "Mines and Energy Minister Mamadou Coulibaly"),
            ),
        ),
    )


def test_a_role_owned_by_an_actor_named_before_it_without_a_possessive():
    title = "Ivory Coast minister calls for stricter gold trade rules"
    body = "Gold smuggling must end, Coulibaly said."
    study = _ivory_coast_study()
    assert speakers_in_study(body, study, title=title) == ["Mamadou Coulibaly"] * 2
    # a role the owner's actors do not hold stays unknown
    title = "Ivory Coast ambassador calls for stricter gold trade rules"
    assert speakers_in_study(body, study, title=title)[0] is None


def test_concluding_negotiations_is_an_act_and_concluding_that_is_speech():
    assert speakers(run("China has concluded negotiations on coal access with India.")) == [None]
    assert speakers(run("Xie concluded that bilateral agreements will follow.")) == ["Xie Zhenhua"]


def test_a_first_person_quotation_resumes_the_last_speaker_quoted_after_narration():
    body = (
        'Xie said: "We are paying attention to coal."\n\n'
        "The ministry is also working on solar access.\n\n"
        '"We have the ambition to lead in wind power."'
    )
    assert speakers(run(body)) == ["Xie Zhenhua", None, "Xie Zhenhua"]
    # not after narration about another person, nor for a quoted document's words
    body = (
        'Xie said: "We are paying attention to coal."\n\n'
        "Kerry witnessed the signing.\n\n"
        '"We have the ambition to lead in wind power."'
    )
    assert speakers(run(body))[-1] is None
    body = (
        'Xie said: "We are paying attention to coal."\n\n'
        "The ministry is also working on solar access.\n\n"
        '"Its main objective is to promote wind power."'
    )
    assert speakers(run(body))[-1] is None


def test_a_name_before_a_role_whose_portfolio_lists_its_parts():
    study = _ivory_coast_study()
    text = (
        "“We will not lift the ban,” Mamadou Coulibaly, deputy minister for Mines, Energy "
        "and Petroleum said on Friday."
    )
    assert speakers_in_study(text, study) == ["Mamadou Coulibaly"]
    # no role before the capitalised words: no apposition, no speaker
    text = "“We will not lift the ban,” Mamadou Coulibaly, friend of Mines, Energy and Gold said."
    assert speakers_in_study(text, study) == [None]


def test_an_inverted_speaker_after_the():
    text = "China will buy more solar panels, announced the U.S. Secretary of State."
    assert speakers(run(text)) == ["Antony Blinken"]


def test_an_inverted_closing_source_outranks_an_agreement_it_reports():
    text = "China has reached an agreement with Washington on coal, announced the State Department."
    assert speakers(run(text)) == ["US State Department"]


# --- round-60 constructions (studied on rounds 1-59; scored on round 60) ---------------------


def _customs_study() -> ActorSet:
    return ActorSet(
        "t",
        (
            Actor("Hong Kong", None, ("Hong Kong",)),
            Actor("Hong Kong Customs", "Hong Kong", ("Hong Kong Customs", "Customs Department")),
            Actor("Yueng Ka-yan", "Hong Kong Customs", ("Yueng Ka-yan", "Yueng")),
            Actor("Vietnam", None, ("Vietnam",)),
        ),
    )


def test_a_name_in_commas_after_a_role_of_a_named_body():
    text = (
        "The Head of Command at the Customs Department, Yueng Ka-yan, said the scales were hidden."
    )
    assert speakers_in_study(text, _customs_study()) == ["Yueng Ka-yan"]
    # after a body that closes no role phrase, the body is the subject
    text = "Officers raided the Customs Department, Yueng Ka-yan, said the scales were hidden."
    assert speakers_in_study(text, _customs_study()) != ["Yueng Ka-yan"]


def test_remains_hopeful_that_is_a_stated_view():
    assert speakers(run("Kerry remains hopeful that the talks will not be derailed.")) == [
        "John Kerry"
    ]
    # a view the subject merely stays in, with no that-clause, says nothing
    assert speakers(run("Kerry remains hopeful about the talks.")) == [None]


def test_a_progressive_saying_verb_is_finite_not_a_bare_participle():
    text = "While Washington has been asking Beijing to cut coal, China has kept its plans."
    assert speakers(run(text))[0] == "United States"


def test_a_joint_announcement_is_issued_by_both_bodies():
    study = ActorSet(
        "t",
        (
            Actor("China", None, ("China",)),
            Actor("Quarantine Administration", "China", ("Quarantine Administration", "AQSIQ")),
            Actor("Agriculture Ministry", "China", ("Ministry of Agriculture",)),
        ),
    )
    text = (
        "On Thursday, the Quarantine Administration (AQSIQ) and the Ministry of Agriculture "
        "issued a joint announcement."
    )
    assert sorted(speakers_in_study(text, study)) == [
        "Agriculture Ministry",
        "Quarantine Administration",
    ]


def test_a_parenthetical_relative_clause_with_a_bracketed_gloss_inside():
    text = (
        "China will ban pork imports, Xie, who heads the office for cooperation with the World "
        "Trade Organization (WTO), told reporters."
    )
    assert speakers(run(text)) == ["Xie Zhenhua"]


def test_it_added_after_narration_goes_on_with_the_last_speaker():
    body = (
        "Hong Kong Customs said it seized a record haul of pangolin scales.\n\n"
        "The scales were found in a container bound for Vietnam.\n\n"
        "It added that this was its largest seizure."
    )
    assert speakers_in_study(body, _customs_study()) == [
        "Hong Kong Customs",
        None,
        "Hong Kong Customs",
    ]
    # another verb keeps the narration's subject rules
    body = body.replace("It added", "It stated")
    assert speakers_in_study(body, _customs_study())[-1] != "Hong Kong Customs"


# --- round-61 constructions (studied on rounds 1-60; scored on round 61) ---------------------


def test_trading_blame_is_speech_by_both_sides():
    assert sorted(speakers(run("China, US trade blame over failed climate talks"))) == [
        "China",
        "United States",
    ]
    # trading goods says nothing
    assert speakers(run("China and the US trade goods worth billions.")) == [None]


def test_an_opening_name_glossed_by_its_initials_is_no_dateline():
    study = ActorSet(
        "t",
        (
            Actor("European Union", None, ("European Union", "EU")),
            Actor("European Commission", "European Union", ("European Commission", "EC")),
        ),
    )
    text = "The European Commission (EC) said on Monday that it wants duties on shoes."
    assert speakers_in_study(text, study) == ["European Commission"]
    # an agency credited in brackets after a place still opens a dateline
    text = "Brussels (Reuters) The European Commission said on Monday that it wants duties."
    assert speakers_in_study(text, study) == ["European Commission"]


def test_unnamed_government_voices_speak_for_the_government():
    body = "China said coal use will peak. Government sources told reporters that coal will fall."
    assert speakers(run(body)) == ["China", "China"]
    # sources of no government stay unknown
    body = "China said coal use will peak. Industry sources told reporters that coal will fall."
    assert speakers(run(body))[-1] is None


def test_a_headline_source_after_its_colon_outranks_the_headline_subject():
    title = "Beijing rejects Washington's terms: Official"
    body = "Chinese Foreign Minister Wang Yi said the talks had failed."
    assert speakers(run(body, title=title)) == ["Wang Yi", "Wang Yi"]
    # with no official in the lede, the headline keeps its own speaker
    body = "The talks failed on Monday."
    assert speakers(run(body, title=title))[0] == "China"


def test_grateful_that_is_a_stated_view():
    assert speakers(run("China is grateful that the talks went well.")) == ["China"]


# --- round-62 constructions (studied on rounds 1-61; scored on round 62) ---------------------


def test_a_quoted_passive_in_a_headline_is_not_the_subjects_words():
    assert speakers(run("The talks went on.", title="China ‘overrun’ by locusts")) == [None, None]
    # a quoted stance before "by" still is
    title = "China ‘deeply disappointed’ by US decision"
    assert speakers(run("The talks went on.", title=title))[0] == "China"


def test_responding_with_a_deed_is_no_speech():
    assert speakers(run("China responded with a wave of sanctions on US firms.")) == [None]
    assert speakers(run("China responded with a statement on its website.")) == ["China"]


# --- round-63 constructions (studied on rounds 1-62; scored on round 63) ---------------------


def test_govt_after_a_demonym_is_the_government():
    assert speakers(run("The talks went on.", title="Chinese govt slams US coal rules")) == [
        "China",
        None,
    ]


def test_the_governments_of_a_pair_speak_for_both():
    text = "The governments of China and America have criticized the coal rules."
    assert sorted(speakers(run(text))) == ["China", "United States"]


# --- round-64 constructions (studied on rounds 1-63; scored on round 64) ---------------------


def test_a_message_sent_to_a_named_recipient_first():
    text = "Xie sent to his American counterpart John Kerry a letter of condolences."
    assert speakers(run(text)) == ["Xie Zhenhua"]


def test_the_office_spokesperson_is_the_spokesperson_named_before():
    study = ActorSet(
        "t",
        (
            Actor("Pakistan", None, ("Pakistan",)),
            Actor("Foreign Office", "Pakistan", ("Foreign Office",)),
            Actor("Muhammad Faisal", "Pakistan", ("Faisal", "Muhammad Faisal")),
        ),
    )
    body = (
        "Foreign Office spokesman Muhammad Faisal said the fishermen would be freed.\n\n"
        "The Foreign Office spokesman said on Twitter that visas were issued."
    )
    assert speakers_in_study(body, study) == ["Muhammad Faisal", "Muhammad Faisal"]
    # with no spokesperson named before, the office speaks
    body = "The Foreign Office spokesman said on Twitter that visas were issued."
    assert speakers_in_study(body, study) == ["Foreign Office"]


# --- round-65 constructions (studied on rounds 1-64; scored on round 65) ---------------------


def test_a_contact_made_to_convey_a_message_is_speech():
    text = "Xie spoke with Kerry on Tuesday evening to offer Chinese support."
    assert speakers(run(text)) == ["Xie Zhenhua"]
    text = "Xie had a phone call with Kerry to convey the solidarity of China."
    assert speakers(run(text)) == ["Xie Zhenhua"]
    # the contact alone, or with a purpose that is no message, says nothing
    assert speakers(run("Xie spoke with Kerry on Tuesday evening.")) == [None]
    assert speakers(run("Xie had a phone call with Kerry to discuss the talks.")) == [None]


def test_a_second_speaker_after_as_in_a_headline():
    title = "Kerry says talks 'hugely useful' as China pledges further help"
    assert sorted(speakers(run("The talks went on.", title=title))[0:2]) == [
        "China",
        "John Kerry",
    ]
    # "as" giving a reason with a plan is the first speaker's clause
    text = "Kerry said it was too early to speak of rules as China will challenge the decision."
    assert speakers(run(text)) == ["John Kerry"]


def test_it_after_a_person_is_the_body_named_last():
    study = ActorSet(
        "t",
        (
            Actor("Spain", None, ("Spain",)),
            Actor("Diego Lopez Garrido", "Spain", ("Diego Lopez Garrido",)),
            Actor("Eurocontrol", None, ("Eurocontrol",)),
        ),
    )
    body = (
        "Diego Lopez Garrido said half the flights could operate. He was speaking after talks "
        "with Eurocontrol, which co-ordinates air traffic control. It had recommended the ban."
    )
    assert speakers_in_study(body, study)[-1] == "Eurocontrol"
    # with no body named since, "it" is the person's side
    body = "Diego Lopez Garrido said half the flights could operate. It had recommended the ban."
    assert speakers_in_study(body, study)[-1] == "Spain"


def test_the_agency_is_the_body_that_spoke_last():
    study = ActorSet(
        "t",
        (
            Actor("Kazakhstan", None, ("Kazakhstan",)),
            Actor("Kazakh Ministry of Transport", "Kazakhstan", ("the Ministry of Transport",)),
        ),
    )
    body = (
        "The Ministry of Transport said the bridge would reopen in May. "
        "The agency also noted that experts would arrive soon."
    )
    assert speakers_in_study(body, study) == ["Kazakh Ministry of Transport"] * 2
    # with no body speaking before, the agency is not known
    body = "The bridge would reopen in May. The agency also noted that experts would arrive soon."
    assert speakers_in_study(body, study) == [None, None]


# --- round-66 constructions (studied on rounds 1-65; scored on round 66) ---------------------


def test_a_role_before_a_name_is_no_object_relative():
    text = "“We had issued alerts,” Chinese Foreign Ministry director Wang Yi said."
    assert speakers(run(text)) == ["Wang Yi"]
    # a noun that is the verb's object still makes a relative clause
    assert speakers(run("They signed the accord China had proposed.")) == [None]


def test_i_after_an_opening_phrase_is_the_one_speaking():
    body = (
        "Secretary Kerry offered the following condolences today:\n\n"
        "On behalf of the people of China, I offer our condolences for the damage."
    )
    assert speakers(run(body)) == ["John Kerry", "John Kerry"]


def test_the_name_a_side_gives_a_place_is_no_speech():
    body = (
        "“The islands belong to China,” Wang Yi said, referring to what America calls the "
        "Senkakus.\n\n“The evidence is cast iron.”"
    )
    assert speakers(run(body)) == ["Wang Yi", "Wang Yi"]
    # what a side calls something it characterises is still its view
    assert speakers(run("Japan began what America calls illegal whaling.")) == ["United States"]


def test_a_plural_noun_after_a_gerund_adjective_is_no_verb():
    text = (
        "China, the world's second-largest economy, and America, the third-largest, have a "
        "difficult history, with relations strained by the legacy of America's aggression before "
        "and during World War II and conflicting claims over a group of uninhabited islets."
    )
    assert speakers(run(text)) == [None]
    assert speakers(run("China claims that the islets are its own.")) == ["China"]


def test_a_straight_single_quotation_that_opens_a_paragraph():
    body = (
        "'China stands with the Philippines. China is ready to help,' says Foreign Minister Wang Yi"
    )
    assert speakers(run(body)) == ["Wang Yi"]
    assert len(find_quotes(body)) == 1
    # a quoted subheading is a label, not a quotation; an apostrophe opens nothing
    assert find_quotes("'Stronger relationship'") == []
    assert find_quotes("China's 'frank' talks") == []


def test_a_document_owned_past_a_bracketed_gloss():
    text = "The talks were useful, a State Department (DOS) clarification said."
    assert speakers(run(text)) == ["US State Department"]


# --- round-67 constructions (studied on rounds 1-66; scored on round 67) ---------------------


def test_declaring_independence_or_an_emergency_is_a_state_act():
    assert speakers(run("China declared a national emergency over the floods.")) == [None]
    assert speakers(run("China declared that the talks had failed.")) == ["China"]


def test_yet_again_between_auxiliary_and_verb():
    assert speakers(run("China has yet again demanded an apology from America.")) == ["China"]


def test_renewing_a_demand_is_speech():
    text = "Wang Yi renewed the demand when Kerry saw him in Beijing on Thursday."
    assert speakers(run(text)) == ["Wang Yi"]
    assert speakers(run("Wang Yi renewed the lease on the embassy building.")) == [None]


def test_a_gerund_in_a_list_of_nouns_is_no_participle_clause():
    body = (
        "China said the talks were useful.\n\n"
        "They also looked at the issues of monitoring, reporting and verification."
    )
    assert speakers(run(body)) == ["China", None]


# --- round-68 constructions (studied on rounds 1-67; scored on round 68) ---------------------


def test_the_countrys_role_is_that_of_the_state_just_named():
    study = ActorSet(
        "t",
        (
            Actor("Russia", None, ("Russia", "Russians")),
            Actor("Finland", None, ("Finland",)),
            Actor("Juha Sipila", "Finland", ("Sipila", "Prime Minister Juha Sipila")),
        ),
    )
    body = "Russians could be jamming GPS in northern Finland, the country's prime minister said."
    assert speakers_in_study(body, study) == ["Juha Sipila"]
    # no state named before: no owner
    body = "GPS signals could be jammed in the north, the country's prime minister said."
    assert speakers_in_study(body, study) == [None]


def test_taking_a_side_in_the_present_tense_states_a_position():
    assert speakers(run("China supports America's ban on coal plants.")) == ["China"]
    # the past reports a deed; a side taken inside someone else's claim is theirs
    assert speakers(run("China supported the delivery of the panels.")) == [None]
    text = "The talks stalled over charges that China supports the coal industry."
    assert speakers(run(text)) == [None]


def test_a_speech_act_still_to_come_says_nothing_yet():
    text = "This week, Kerry will recommend to the ministers that a duty be set."
    assert speakers(run(text)) == [None]
    assert speakers(run("Kerry said he would recommend a duty.")) == ["John Kerry"]


# --- round-69 constructions (studied on rounds 1-68; scored on round 69) ---------------------


def test_a_statement_no_one_was_said_to_issue_is_the_last_speakers():
    body = (
        "The State Department said the talks had failed.\n\n"
        "“The talks failed over coal,” the statement read."
    )
    assert speakers(run(body)) == ["US State Department", "US State Department"]
    # after a state spoke, the issuing office is unknown: no guess
    body = "China said the talks had failed.\n\n“The talks failed over coal,” the statement read."
    assert speakers(run(body)) == ["China", None]


@pytest.mark.parametrize("when", ["minutes ago", "two days ago"])
def test_a_time_ago_between_subject_and_verb(when):
    text = f"The State Department {when} confirmed that the talks had failed."
    assert speakers(run(text)) == ["US State Department"]


# --- round-70 constructions (studied on rounds 1-69; scored on round 70) ---------------------


def test_a_name_before_a_role_its_owner_possesses():
    study = ActorSet(
        "t",
        (
            Actor("Pakistan Wrestling Federation", None, ("the Pakistan federation",)),
            Actor("Muhammad Arshad", "Pakistan Wrestling Federation", ("Muhammad Arshad",)),
        ),
    )
    body = "Muhammad Arshad, the Pakistan federation's secretary claimed that visas were refused."
    assert speakers_in_study(body, study) == ["Muhammad Arshad"]
    # a role whose verb a comma closes is an aside by someone else, not the name's apposition
    body = "Muhammad Arshad, the Pakistan federation's secretary said, would not travel."
    assert speakers_in_study(body, study) == [None]


def test_holding_someone_responsible_lays_blame_in_words():
    text = "China held the United States directly responsible for the failure of the talks."
    assert speakers(run(text)) == ["China"]
    # held responsible by others, or holding talks, says nothing
    assert speakers(run("China will be held responsible for the failure.")) == [None]
    assert speakers(run("China held talks with the United States on Monday.")) == [None]


# --- round-71 constructions (studied on rounds 1-70; scored on round 71) ---------------------


def test_she_after_a_person_the_study_does_not_know_is_that_person():
    body = (
        "Kerry said the hunt was legal.\n\n"
        "Yoko Ono, the artist, has added her voice to calls for an end to the hunt, publishing "
        "a letter in which she urged them to halt it."
    )
    assert speakers(run(body)) == ["John Kerry", None]


def test_an_actor_joined_to_unnamed_others_speaks():
    text = "America and a number of other countries have voiced concerns about the rules."
    assert speakers(run(text)) == ["United States"]
    assert speakers(run("A number of other countries have voiced concerns.")) == [None]


# --- round-73 constructions (studied on rounds 1-72; scored on round 73) ---------------------


def test_called_with_a_long_object_before_the_quotation_speaks():
    text = (
        "Kerry called the court's decision to annul the rules protecting the status of the "
        "reserve as a park “a provocation to global heritage.”"
    )
    assert speakers(run(text)) == ["John Kerry"]
    # a comma ends the object: the quotation after it is not what the call named
    assert speakers(run("Kerry called the court, where a judge described it as “a park.”")) == [
        None
    ]


def test_an_outlet_quoting_him_at_the_end_of_a_quotation_gives_him_the_words():
    body = (
        "Kerry arrived in Beijing on Tuesday.\n\n"
        "“There is double responsibility for that,” the state-run agency quotes him."
    )
    assert speakers(run(body)) == [None, "John Kerry"]


def test_he_after_an_office_spoke_through_an_unnamed_spokesman_is_that_spokesman():
    body = (
        "A spokesman for the State Department has said the passengers are safe.\n\n"
        "He said the orders were unjustified."
    )
    assert speakers(run(body)) == ["US State Department", "US State Department"]
    # a plain office speaking gives "he" no antecedent
    body = "The State Department has said the passengers are safe.\n\nHe said the orders were void."
    assert speakers(run(body)) == ["US State Department", None]


def test_an_opening_mark_typed_for_the_closing_one_closes_the_quotation():
    text = "“I informed my colleagues about the provocation “, he wrote on Twitter."
    (span,) = find_quotes(text)
    assert text[span.start : span.end].endswith("provocation “")
    # an opening mark followed by words does not close it
    text = "“It is what they call “a provocation and worse, he wrote."
    (span,) = find_quotes(text)
    assert (span.start, span.end, span.closed) == (0, len(text), False)


def test_briefing_and_heralding_are_speech():
    assert speakers(run("Kerry briefed his counterparts on the talks on Monday.")) == ["John Kerry"]
    text = "The industry is celebrating the deal, as Kerry heralds a diplomatic win."
    assert speakers(run(text)) == ["John Kerry"]


# --- round-74 constructions (studied on rounds 1-73; scored on round 74) ---------------------


def test_an_adverb_inside_a_progressive_verb_group_keeps_the_speech_verb():
    assert speakers(run("China is now alleging that the fossil was smuggled out.")) == ["China"]
    assert speakers(run("Kerry is strongly urging Beijing to cut coal use.")) == ["John Kerry"]
    # a participle with no form of "be" before the adverbs is no finite verb
    assert speakers(run("China, now alleging smuggling, closed the museum.")) == [None]


def test_taking_to_a_platform_to_express_something_is_speech():
    text = "The State Department took to Twitter on Monday to express its disapproval of the law."
    assert speakers(run(text)) == ["US State Department"]
    # "took" without "to" right after it takes no platform
    text = "The State Department took steps on Monday to express its disapproval of the law."
    assert speakers(run(text)) == [None]


# --- round-75 constructions (studied on rounds 1-74; scored on round 75) ---------------------


def test_media_quoting_a_named_speaker_give_that_speaker_the_words():
    text = "State media reported on Tuesday, quoting Kerry, that the talks would resume in May."
    assert speakers(run(text)) == ["John Kerry"]
    # a possessive names no one quoted ("quoting China's figures")
    text = "State media reported on Tuesday, quoting China's figures, that exports fell in May."
    assert speakers(run(text)) == [None]


# --- round-77 constructions (studied on rounds 1-76; scored on round 77) ---------------------


def test_the_country_as_a_subject_is_the_state_just_named():
    body = (
        "China has threatened to halt the talks.\n\n"
        "The Asian country says emissions have fallen for a second year."
    )
    assert speakers(run(body)) == ["China", "China"]
    # with no state named before, "the country" stays unknown
    assert speakers(run("The Asian country says emissions have fallen.")) == [None]


def test_quoted_in_a_newspaper_as_saying_is_the_one_quoted():
    text = "Kerry was quoted in the Jakarta Post as saying that the talks would resume."
    assert speakers(run(text)) == ["John Kerry"]


# --- round-78 constructions (studied on rounds 1-77; scored on round 78) ---------------------


def test_a_verb_reaches_its_that_clause_across_where_the_words_appeared():
    text = "The State Department posted on Facebook that the talks would resume in May."
    assert speakers(run(text)) == ["US State Department"]
    # a gerund is no place of publication: "succeeded in ensuring that" reports a deed
    text = "The State Department succeeded in ensuring that the talks resumed in May."
    assert speakers(run(text)) == [None]


def test_making_it_clear_is_saying_it():
    assert speakers(run("Kerry made it clear that the talks would resume.")) == ["John Kerry"]
    assert speakers(run("Kerry never made it clear that the talks would resume.")) == [None]
    # "made" before a plain "that" makes something, it says nothing
    assert speakers(run("Kerry made that decision on Monday.")) == [None]


def test_any_past_speech_verb_inverts_right_after_a_closing_quote():
    assert speakers(run("“The talks will resume,” assured Kerry.")) == ["John Kerry"]
    # without the quotation mark the verb inverts only before an actor closing the sentence
    # (round 102); before anything else it stays a plain one, with no speaker after it
    assert speakers(run("The talks will resume, assured Kerry.")) == ["John Kerry"]
    assert speakers(run("The talks will resume, assured Kerry's aides.")) == [None]


NEPAL_BANK = ActorSet(
    "t",
    (
        Actor("Nepal", None, ("Nepal",)),
        Actor("Nepal Rastra Bank", "Nepal", ("Nepal Rastra Bank", "NRB")),
    ),
)


def test_the_central_bank_refers_back_to_the_bank_named():
    body = (
        "The Nepal Rastra Bank printed new banknotes in May. "
        "The central bank said the map had been updated."
    )
    assert speakers_in_study(body, NEPAL_BANK) == [None, "Nepal Rastra Bank"]
    # with no bank named before, it is the one bank the study lists for the story's state
    # (round 106), and no one when the story names no state
    body = "Nepal printed new banknotes in May. The central bank said the map had been updated."
    assert speakers_in_study(body, NEPAL_BANK) == [None, "Nepal Rastra Bank"]
    body = "New banknotes were printed in May. The central bank said the map had been updated."
    assert speakers_in_study(body, NEPAL_BANK) == [None, None]


def test_the_diplomat_can_be_the_foreign_minister_named():
    study = ActorSet(
        "t",
        (
            Actor("Hungary", None, ("Hungary",)),
            Actor("Péter Szijjártó", "Hungary", ("Foreign Minister Péter Szijjártó",)),
            Actor("Sándor Pintér", "Hungary", ("Interior Minister Sándor Pintér",)),
        ),
    )
    said = "The diplomat said they could stay."
    body = f"Foreign Minister Péter Szijjártó met students in May. {said}"
    assert speakers_in_study(body, study) == [None, "Péter Szijjártó"]
    # an interior minister is no diplomat
    body = f"Interior Minister Sándor Pintér met students in May. {said}"
    assert speakers_in_study(body, study) == [None, None]


def test_a_pronoun_sourcing_a_sentence_skips_a_state_joined_to_another_by_and():
    study = ActorSet(
        "t",
        (
            Actor("EIA", None, ("EIA",)),
            Actor("Gambia", None, ("Gambia",)),
            Actor("Benin", None, ("Benin",)),
        ),
    )
    body = "EIA said logging spread. As supplies in Gambia and Benin fell, it said traders left."
    assert speakers_in_study(body, study) == ["EIA", "EIA"]
    # a state that opens a clause of its own after "and" is still the pronoun's antecedent
    body = "EIA said logging spread. As supplies fell and Benin protested, it said traders left."
    assert speakers_in_study(body, study) == ["EIA", "Benin"]


# --- round-79 constructions (studied on rounds 1-78; scored on round 79) ---------------------


def test_late_or_early_on_a_day_may_stand_between_subject_and_verb():
    text = "Kerry late on Monday accused Beijing of stalling the talks."
    assert speakers(run(text)) == ["John Kerry"]


TREASURY = ActorSet(
    "t",
    (
        Actor("United States", None, ("U.S.", "United States")),
        Actor("US Treasury", "United States", ("Treasury", "the Treasury Department")),
    ),
)


def test_a_role_named_in_the_headline_is_remembered_for_the_body():
    body = "The department also emphasized guidance for victims."
    title = "Treasury Sanctions First Cryptocurrency Exchange"
    assert speakers_in_study(body, TREASURY, title=title) == [None, "US Treasury"]
    # a headline that names no department leaves "the department" unknown
    title = "Sanctions on First Cryptocurrency Exchange"
    assert speakers_in_study(body, TREASURY, title=title) == [None, None]


def test_a_treasury_is_an_organisation_that_it_can_refer_to():
    body = "The Treasury Department banned deals with SUEX, an exchange it says laundered payments."
    assert speakers_in_study(body, TREASURY) == ["US Treasury"]


def test_according_to_its_statement_is_the_subject_speaking():
    text = "The State Department sanctioned three firms on Thursday, according to its statement."
    assert speakers(run(text)) == ["US State Department"]
    # a statement no one is said to own names no source
    text = "The State Department sanctioned three firms on Thursday, according to a statement."
    assert speakers(run(text)) == [None]


def test_a_speaker_of_a_named_unit_is_the_speaker_not_the_unit():
    text = "“We will go,” Kerry of the State Department’s Climate Office said in a statement."
    assert speakers(run(text)) == ["John Kerry"]


# --- round-80 constructions (studied on rounds 1-79; scored on round 80) ---------------------

POLICE_FORCES = ActorSet(
    "t",
    (
        Actor("Canada", None, ("Canada",)),
        Actor("Ottawa police", "Canada", ("Ottawa police",)),
        Actor("Moscow police", None, ("Moscow police",)),
    ),
)


def test_bare_police_is_the_force_whose_place_the_article_names():
    body = "A diplomat crashed a car in Ottawa on Monday. Police said he had been speeding."
    assert speakers_in_study(body, POLICE_FORCES) == [None, "Ottawa police"]
    # an article naming neither place (or both) leaves "police" unknown
    body = "A diplomat crashed a car on Monday. Police said he had been speeding."
    assert speakers_in_study(body, POLICE_FORCES) == [None, None]
    body = "A diplomat from Moscow crashed a car in Ottawa. Police said he had been speeding."
    assert speakers_in_study(body, POLICE_FORCES) == [None, None]


def test_a_reflexive_after_the_subject_is_skipped():
    text = "Kerry himself said that the talks would resume."
    assert speakers(run(text)) == ["John Kerry"]


def test_speaking_out_is_speech_speaking_with_is_not():
    assert speakers(run("Kerry spoke out against new coal plants.")) == ["John Kerry"]
    assert speakers(run("Kerry spoke with Xie about new coal plants.")) == [None]


def test_a_passive_agent_after_a_date_and_a_role_phrase_closing_with_a_name():
    text = "This was announced on July 7 by the head of the climate delegation, John Kerry."
    assert speakers(run(text)) == ["John Kerry"]
    # a phrase without a role word before the name is no agent's title
    text = "This was announced on July 7 by the end of the climate talks, John Kerry."
    assert speakers(run(text)) == [None]


# --- round-81 constructions (studied on rounds 1-80; scored on round 81) ---------------------


def test_a_possessive_owner_issues_the_report_that_later_speaks():
    body = (
        "The move is criticised in the State Department’s report on coal.\n\n"
        "The report notes that emissions rose."
    )
    assert speakers(run(body)) == [None, "US State Department"]
    # a report no one was said to own stays unknown
    body = "The move is criticised in a report on coal.\n\nThe report notes that emissions rose."
    assert speakers(run(body)) == [None, None]


def test_a_resolution_or_ruling_speaks_for_who_adopted_it():
    body = (
        "The State Department adopted a resolution on coal.\n\n"
        "The resolution calls on both sides to cut emissions."
    )
    assert speakers(run(body)) == [None, "US State Department"]


def test_two_phrases_of_how_or_when_may_stand_between_subject_and_verb():
    text = "Kerry at the same time in an interview with Reuters said the talks would resume."
    assert speakers(run(text)) == ["John Kerry"]


# --- round-82 constructions (studied on rounds 1-81; scored on round 82) ---------------------


def test_unnamed_officials_after_a_comma_speak_for_the_state_the_sentence_opens_with():
    text = "China has banned coal imports from Australia, officials said on Saturday."
    assert speakers(run(text)) == ["China"]
    # a sentence that opens with no state leaves them unknown
    text = "Coal imports from Australia were banned, officials said on Saturday."
    assert speakers(run(text)) == [None]


def test_a_role_quoted_or_cited_as_saying_is_the_role_holder():
    body = (
        "Xie Zhenhua spoke at the talks on Monday.\n\n"
        '"We are engaged," the newspaper quoted the envoy as saying in a statement.'
    )
    assert speakers(run(body)) == [None, "Xie Zhenhua"]
    text = "The paper reported the plans, citing the State Department as saying talks would resume."
    assert speakers(run(text)) == ["US State Department"]


def test_a_stranger_after_an_inverted_verb_ends_the_last_speakers_quotation():
    body = (
        "Kerry said the video was moving.\n\n“I am Hina. I live in Swat,” said the Pakistani girl."
    )
    assert speakers(run(body)) == ["John Kerry", None]
    # "said a spokesman" is left to the continuation rules (the voice of whoever spoke last),
    # not made a stranger
    statements = run("“We are pleased,” said a spokesman.")
    assert [s.attribution_kind for s in statements] != ["unknown_speaker"]


# --- round-83 constructions (studied on rounds 1-82; scored on round 83) ---------------------


def test_being_confident_of_doing_something_states_a_view():
    text = "China is confident of finalising a climate agreement by next year."
    assert speakers(run(text)) == ["China"]
    # "concerned of" is no expectation
    text = "China is concerned of finalising a climate agreement by next year."
    assert speakers(run(text)) == [None]


def test_making_clear_a_clause_without_that_is_saying_it():
    text = "Kerry has made clear he sees the pipeline as an opportunity."
    assert speakers(run(text)) == ["John Kerry"]
    # made clear with no clause after it is no speech
    text = "Kerry has made clear progress on the pipeline."
    assert speakers(run(text)) == [None]


# --- round-84 constructions (studied on rounds 1-83; scored on round 84) ---------------------


def test_a_present_speech_verb_also_inverts_right_after_a_closing_quote():
    assert speakers(run("“Coal use must fall,” warns Kerry.")) == ["John Kerry"]
    # without the quotation mark it inverts only before an actor closing the sentence
    assert speakers(run("Coal use must fall, warns Kerry.")) == ["John Kerry"]
    assert speakers(run("Coal use must fall, warns Kerry's adviser.")) == [None]


def test_this_weekend_may_stand_between_subject_and_verb():
    text = "Kerry this weekend called on Beijing to cut coal use."
    assert speakers(run(text)) == ["John Kerry"]


# --- round-85 constructions (studied on rounds 1-84; scored on round 85) ---------------------


def test_according_to_a_named_speaker_of_a_unit_is_the_speaker():
    text = "According to Kerry of the State Department, the formulations kill larvae."
    assert speakers(run(text)) == ["John Kerry"]
    # a mention that only modifies the source names none
    text = "According to US media reports, the formulations kill larvae."
    assert speakers(run(text)) == [None]


def test_offering_goods_is_a_deed_offering_words_is_speech():
    assert speakers(run("China offers six million mosquito nets to Kenya.")) == [None]
    assert speakers(run("China offered its condolences to Kenya.")) == ["China"]


# --- round-86 constructions (studied on rounds 1-85; scored on round 86) ---------------------


def test_a_name_set_off_after_a_role_of_an_unknown_body_is_the_speaker():
    text = "An adviser of China's Ministry of Ecology, Xie Zhenhua, said coal use would fall."
    assert speakers(run(text)) == ["Xie Zhenhua"]
    # without a role word the capitalised words before the name are no role phrase
    text = "Trade in China's Ministry of Ecology, Xie Zhenhua, said coal use would fall."
    assert speakers(run(text)) != ["Xie Zhenhua"]


def test_an_actor_estimating_puts_out_figures():
    text = "The State Department estimates the ban will affect 6 percent of imports."
    assert speakers(run(text)) == ["US State Department"]


# --- round-88 constructions (studied on rounds 1-87; scored on round 88) ---------------------


def test_a_surname_after_a_comma_is_no_title_of_the_actor_before_it():
    text = "It may take a month before the orders arrive in China, Smith said."
    assert speakers(run(text)) == [None]
    # a capitalised title there still names the actor's role
    text = "The talks will resume, Antony J. Blinken, Secretary of State has said."
    assert speakers(run(text)) == ["Antony Blinken"]


TRADE_STATES = ActorSet(
    "t",
    (
        Actor("Russia", None, ("Russia",)),
        Actor("Iran", None, ("Iran",)),
        Actor("Pakistan", None, ("Pakistan",)),
        Actor("Malaysia", None, ("Malaysia", "Malaysian")),
        Actor("European Union", None, ("EU", "Europe")),
        Actor("Rosselkhoznadzor", "Russia", ("Rosselkhoznadzor",)),
    ),
)


def test_a_states_unnamed_officials_may_name_their_branch():
    body = "Russian customs officials said they foiled an attempt to smuggle cheese."
    assert speakers_in_study(body, TRADE_STATES) == ["Russia"]
    body = "Iranian and Pakistani security officials vowed to enhance joint patrolling."
    assert speakers_in_study(body, TRADE_STATES) == ["Iran", "Pakistan"]
    # the demonym alone is a study alias here: the longer voice replaces it
    body = "A top Malaysian security official warned that ships would be detained."
    assert speakers_in_study(body, TRADE_STATES) == ["Malaysia"]
    # a word that names no branch of government makes no state voice
    body = "Russian dairy officials said they foiled an attempt to smuggle cheese."
    assert speakers_in_study(body, TRADE_STATES) == [None]


def test_turning_back_goods_is_an_act_but_rejecting_an_extension_on_them_is_not():
    body = "Russia rejected 55 seasoned laver imports last year."
    assert speakers_in_study(body, TRADE_STATES) == [None]
    body = "Russia rejects extension on pulse imports in blow to the EU."
    assert speakers_in_study(body, TRADE_STATES) == ["Russia"]


def test_the_subject_after_an_opening_source_or_time_phrase_speaks():
    text = (
        "According to pro-government Ashorooq TV, the envoy, John Kerry, said in Khartoum "
        "that imports would double."
    )
    assert speakers(run(text)) == ["John Kerry"]
    text = "Last February, the secretary-general of GAC, John Kerry, disclosed that exports fell."
    assert speakers(run(text)) == ["John Kerry"]
    # a parenthetical that does not follow an opening phrase still leaves the subject speaking
    text = "China, John Kerry said, will cut coal use."
    assert speakers(run(text)) == ["John Kerry"]


def test_a_name_after_a_long_role_phrase_that_ends_in_a_place_is_the_speaker():
    text = (
        "The head of the economic desk at the Chinese embassy in Washington, Xie Zhenhua, has "
        "affirmed that his country imports gum arabic."
    )
    assert speakers(run(text)) == ["Xie Zhenhua"]
    # without a role word the place before the comma is no role phrase
    text = (
        "Trade with the Chinese embassy in Washington, Xie Zhenhua, has affirmed that his "
        "country imports gum arabic."
    )
    assert speakers(run(text)) != ["Xie Zhenhua"]


def test_a_dateline_that_opens_with_the_date_is_no_part_of_the_sentence():
    text = "April 6, 2014 (KHARTOUM) – The head of the desk, George Eldridge, has affirmed it."
    spans = dateline_spans(text, [(0, len(text))], lambda start, end: False)
    assert [text[a:b] for a, b in spans] == ["April 6, 2014 (KHARTOUM) – "]
    # a date alone, with no place in brackets and dash, is the sentence's own
    text = "April 6, 2014 was the day the head of the desk affirmed it."
    assert dateline_spans(text, [(0, len(text))], lambda start, end: False) == []


def test_a_days_statement_is_a_definite_document_of_the_last_speaker():
    body = (
        "Rosselkhoznadzor said on Monday that Dutch flowers were infected. "
        "“Each shipment has a certificate,” part of Monday's statement read."
    )
    assert speakers_in_study(body, TRADE_STATES) == ["Rosselkhoznadzor", "Rosselkhoznadzor"]
    body = (
        "Rosselkhoznadzor said on Monday that Dutch flowers were infected. "
        "“Each shipment has a certificate,” part of Monday statement read."
    )
    assert speakers_in_study(body, TRADE_STATES)[1] is None


def test_an_alias_that_only_ends_a_longer_name_is_not_the_actor():
    body = "The ban could cost the Netherlands millions, Radio Free Europe reported."
    assert speakers_in_study(body, TRADE_STATES) == [None]
    body = "The ban could cost the Netherlands millions, officials in Europe reported."
    assert speakers_in_study(body, TRADE_STATES) == ["European Union"]


def test_an_order_speaks_for_the_one_whose_order_it_is():
    text = "But Kerry's executive order stated an exemption would be allowed for gum arabic."
    assert speakers(run(text)) == ["John Kerry"]
    # an order no one owns is no speaker
    text = "But an executive order stated an exemption would be allowed for gum arabic."
    assert speakers(run(text)) == [None]


def test_putting_forward_claims_is_speech_but_being_put_forward_is_not():
    text = "China earlier put forward claims against US dairy products."
    assert speakers(run(text)) == ["China"]
    text = "The Chinese standpoint was put forward as the common position at the meeting."
    assert speakers(run(text)) == [None]


# --- round-89 constructions (studied on rounds 1-88; scored on round 89) ---------------------


def test_he_after_a_stranger_is_introduced_is_not_the_last_known_person():
    body = (
        "Kerry said the tariffs would stay. Steve Pasierb, president of the Toy Association, "
        "has lobbied against them. “Tariffs on toys would devastate our industry,” he said."
    )
    assert speakers(run(body)) == ["John Kerry", None, None]
    # a sentence that opens with a date is no stranger's introduction
    body = (
        "Kerry said the tariffs would stay. In July, the president of the Toy Association "
        "lobbied against them. “Tariffs on toys would stay,” he said."
    )
    assert speakers(run(body))[-1] == "John Kerry"


def test_it_after_an_unknown_named_body_is_not_the_last_actor_named():
    body = (
        "China said the ban would stand. China's state-run Global Times also issued threats. "
        "“Chinese tourists have not forgotten their identity,” it said."
    )
    assert speakers(run(body)) == ["China", None, None]
    # a demonym and a common noun are no such body
    body = (
        "China said the ban would stand. South Korean cosmetics were feared to be next. "
        "“The ban will stay,” it said."
    )
    assert speakers(run(body))[-1] == "China"


TRADE_OFFICE = ActorSet(
    "t",
    (
        Actor("United States", None, ("US", "U.S.")),
        Actor("Office of the US Trade Representative", "United States", ("USTR",)),
        Actor("Robert Lighthizer", "United States", ("Robert Lighthizer", "Lighthizer")),
    ),
)


def test_the_office_of_a_person_is_their_office():
    body = "The office of U.S. Trade Representative Robert Lighthizer said it would delay tariffs."
    assert speakers_in_study(body, TRADE_OFFICE) == ["Office of the US Trade Representative"]
    body = "U.S. Trade Representative Robert Lighthizer said he would delay tariffs."
    assert speakers_in_study(body, TRADE_OFFICE) == ["Robert Lighthizer"]


def test_a_notice_issued_by_an_actor_is_its_document():
    body = "Makeup and soap face tariffs, according to a notice issued by the USTR."
    assert speakers_in_study(body, TRADE_OFFICE) == ["Office of the US Trade Representative"]
    body = "Makeup and soap face tariffs, according to a list issued by the USTR."
    assert speakers_in_study(body, TRADE_OFFICE) == [None]


def test_a_document_posted_on_an_actors_website_is_its_own():
    text = "Seven batches failed checks, according to a statement on the State Department website."
    assert speakers(run(text)) == ["US State Department"]
    text = "Seven batches failed checks, according to a statement on the website of a trade group."
    assert speakers(run(text)) == [None]


def test_a_source_of_an_actor_cited_by_a_news_agency_speaks_for_it():
    text = (
        "The products failed tests, the Yonhap News Agency reported, citing a source of the "
        "State Department."
    )
    assert speakers(run(text)) == ["US State Department"]


def test_a_news_site_named_by_its_address_speaks_for_no_one_it_reports_on():
    text = "News site chosun.com, however, said that China is questioning the quality of cosmetics."
    assert speakers(run(text)) == [None]


# --- round-90 constructions (studied on rounds 1-89; scored on round 90) ---------------------

FOOD_WATCHDOG = ActorSet(
    "t",
    (
        Actor("Russia", None, ("Russia",)),
        Actor("Rospotrebnadzor", "Russia", ("Russia’s food safety watchdog", "the watchdog")),
        Actor("Suswono", "Russia", ("Suswono", "agriculture minister Suswono")),
    ),
)


def test_a_one_word_member_that_its_aliases_call_a_body_is_no_person():
    body = (
        "Russia’s food safety watchdog said on Wednesday it is banning imports of beer. "
        "“There were repeated violations,” the agency said in a statement."
    )
    assert speakers_in_study(body, FOOD_WATCHDOG) == ["Rospotrebnadzor", "Rospotrebnadzor"]
    # a one-word name with a role alias is still a person: "the agency" is not them
    body = (
        "Agriculture minister Suswono said on Wednesday imports of beer would stop. "
        "“There were repeated violations,” the agency said in a statement."
    )
    assert speakers_in_study(body, FOOD_WATCHDOG) == ["Suswono", None]


HEALTH_MINISTRY = ActorSet(
    "t",
    (
        Actor("Japan", None, ("Japan",)),
        Actor(
            "Japanese Ministry of Health and Welfare",
            "Japan",
            ("an official of the Ministry of Health and Welfare",),
        ),
    ),
)


def test_the_spokesman_after_an_official_of_a_body_speaks_for_that_body():
    body = (
        "Japan suspended imports of mushrooms, an official of the Ministry of Health and Welfare "
        "said. Japan has been testing imported food since 1986, the spokesman said."
    )
    ministry = "Japanese Ministry of Health and Welfare"
    assert speakers_in_study(body, HEALTH_MINISTRY) == [ministry, ministry]


def test_a_pronoun_before_its_verb_after_said_opens_the_reported_clause():
    body = (
        "Kerry said the tour was off. Betty Ferrell, promotions manager at the arts centre, "
        "said she had sold the seats."
    )
    assert speakers(run(body)) == ["John Kerry", None]
    # a pronoun that closes the clause is still an inverted speaker
    body = "Kerry met Wang on Monday. “We have work to do,” said he."
    assert speakers(run(body)) == [None, "John Kerry"]


def test_a_clause_opener_before_the_subject_leaves_it_the_participles_speaker():
    text = "But China has hit back at the measures, accusing the US of protectionism."
    assert speakers(run(text)) == ["China"]


# --- round-91 constructions (studied on rounds 1-90; scored on round 91) ---------------------


def test_an_agency_reporting_citing_an_actor_without_a_comma_relays_it():
    text = "China will send two pandas to Qatar, TASS reports citing the State Department."
    assert speakers(run(text)) == ["US State Department"]
    # "reports" after a comma is the noun: news reports citing someone
    text = "China recalled its ambassador on Tuesday, reports citing the State Department."
    assert speakers(run(text)) != ["US State Department"]


def test_a_place_after_an_apposition_leaves_the_named_speaker():
    text = (
        "Likewise, John Kerry, a senior envoy with the Climate Office, in Beijing said the "
        "agreement would be a welcome step."
    )
    assert speakers(run(text)) == ["John Kerry"]
    # the head of a placed phrase still speaks for the place's body
    text = "The embassy in Beijing said the agreement would be a welcome step."
    assert speakers(run(text)) != ["John Kerry"]


def test_quoted_as_saying_reaches_across_an_apposition():
    text = (
        "The Indian media quotes John Kerry, special envoy of the United States as saying that "
        "India and China have no formal agreement."
    )
    assert speakers(run(text)) == ["John Kerry"]
    text = (
        "The Indian media quotes John Kerry, special envoy of the United States, on the "
        "agreement India and China have signed."
    )
    assert speakers(run(text)) == [None]


# --- round-92 constructions (studied on rounds 1-91; scored on round 92) ---------------------

FOOD_AGENCIES = ActorSet(
    "t",
    (
        Actor("Taiwan", None, ("Taiwan",)),
        Actor("Taiwan FDA", "Taiwan", ("Taiwan’s FDA",)),
        Actor("AK Abdul Momen", "Taiwan", ("AK Abdul Momen", "Momen")),
    ),
)


def test_a_member_named_with_an_acronym_is_no_person_he_could_be():
    body = "Taiwan’s FDA said it had found ethylene oxide. “We will inform the public,” he said."
    assert speakers_in_study(body, FOOD_AGENCIES) == ["Taiwan FDA", None]
    # initials in a person's name are no acronym
    body = "AK Abdul Momen said it had found ethylene oxide. “We will inform the public,” he said."
    assert speakers_in_study(body, FOOD_AGENCIES) == ["AK Abdul Momen", "AK Abdul Momen"]


# --- round-94 constructions (studied on rounds 1-93; scored on round 94) ---------------------


def test_when_asked_is_no_unknown_speaker_that_ends_a_quote_chain():
    body = (
        '"We are ready to talk," Kerry said, when asked if he thinks the talks should resume.'
        '\n\n"It is a decision for both capitals, not for me.'
    )
    assert speakers(run(body)) == ["John Kerry", "John Kerry"]
    # someone unknown who speaks between them does end it
    body = (
        '"We are ready to talk," Kerry said, while analysts said the talks should resume.'
        '\n\n"It is a decision for both capitals, not for me.'
    )
    assert speakers(run(body))[-1] is None


def test_with_and_an_actor_before_a_participle_opens_that_actors_clause():
    text = (
        "The two sides have been locked in a dispute over coal, with Beijing accusing "
        "Washington of breaking the agreement."
    )
    assert speakers(run(text)) == ["China"]
    # 'with' that governs the actor leaves the participle to the clause's own subject
    text = (
        "Several members of the old cabinet favoured closer relations with Beijing saying "
        "it was in the interest of the economy."
    )
    assert speakers(run(text)) == [None]


CUSTOMS = ActorSet(
    "t",
    (
        Actor("Germany", None, ("Germany",)),
        Actor("German customs", "Germany", ("German customs",)),
        Actor("Kunming Customs", None, ("Kunming Customs",)),
    ),
)


def test_bare_customs_means_the_one_customs_service_the_article_placed():
    body = (
        "Two violinists flew into Germany last month. Customs said the instruments had not "
        "been declared."
    )
    assert speakers_in_study(body, CUSTOMS) == [None, "German customs"]
    # a modifier names some other customs service
    body = (
        "Two violinists flew into Germany last month. Border customs said the instruments had "
        "not been declared."
    )
    assert speakers_in_study(body, CUSTOMS) == [None, None]


# --- round-95 constructions (studied on rounds 1-94; scored on round 95) ---------------------


def test_a_bracketed_gloss_before_a_parenthetical_still_names_the_subject():
    body = (
        "Coal imports rose in May. The State Department (DOS), attached to the US government, "
        "announced on Monday that it was barring the imports."
    )
    assert speakers(run(body)) == [None, "US State Department"]
    # a gloss of something no actor names leaves the actor before the parenthetical out
    body = (
        "Coal imports rose in May. After talks with the State Department, the Federal Register "
        "(FR), in a notice, said the duty would stay."
    )
    assert speakers(run(body)) == [None, None]


def test_an_actor_of_an_actor_speaks_as_the_first():
    body = (
        "Coal imports rose in May. The foreign ministry (MFA) of China informed reporters that "
        "the talks would resume."
    )
    assert speakers(run(body)) == [None, "Chinese Foreign Ministry"]
    # 'of' after something no actor names: the actor it governs stays the speaker
    body = (
        "Coal imports rose in May. An alert from a partner (AP) of China informed reporters that "
        "the talks would resume."
    )
    assert speakers(run(body)) == [None, "China"]


# --- round-96 constructions (studied on rounds 1-95; scored on round 96) ---------------------


def test_a_role_the_text_gives_one_actor_is_not_taken_by_anothers_study_alias():
    body = (
        "Climate Envoy Xie Zhenhua held talks with his US counterpart John Kerry on Tuesday. "
        "The envoy expressed concern over the delays."
    )
    assert speakers(run(body)) == [None, "Xie Zhenhua"]
    # named without the role, the one named last still holds it through the study's aliases
    body = "Xie Zhenhua held talks with John Kerry on Tuesday. The envoy expressed concern."
    assert speakers(run(body)) == [None, "John Kerry"]


def test_a_note_is_a_document_and_the_official_note_refers_back_to_its_issuer():
    body = (
        "Kerry said in an official note that talks would resume.\n\n"
        '"The talks will resume in May," the official note said.'
    )
    assert speakers(run(body)) == ["John Kerry", "John Kerry"]


def test_a_document_someone_is_handed_is_not_the_recipients_words():
    assert speakers(run("Wang was handed a statement expressing America's displeasure.")) == [None]
    assert speakers(run("Wang issued a statement expressing China's displeasure.")) == ["Wang Yi"]


def test_a_statement_issued_by_someone_unknown_is_not_the_last_speakers():
    body = (
        '"We will cut coal," Kerry said.\n\nSeveral climate groups issued a joint statement on '
        'Monday. The statement read, "Coal must go."'
    )
    assert speakers(run(body)) == ["John Kerry", None, None]
    body = (
        '"We will cut coal," Kerry said.\n\nThe State Department issued a joint statement on '
        'Monday. The statement read, "Coal must go."'
    )
    assert speakers(run(body))[-1] == "US State Department"


def test_a_quotation_someone_unknown_said_does_not_continue_the_last_speaker():
    quote = (
        '"the survival of the planet and of every one of us, whatever the cost and whatever '
        'the delays may be."'
    )
    body = (
        f'"We will cut coal now," Kerry said.\n\nOn Sunday, Thunberg published a letter and '
        f"said the world is fighting for {quote}"
    )
    assert speakers(run(body)) == ["John Kerry", None]
    body = (
        f'"We will cut coal now," Kerry said.\n\nOn Sunday, he added that the world is fighting '
        f"for {quote}"
    )
    assert speakers(run(body)) == ["John Kerry", "John Kerry"]


# --- round-97 constructions (studied on rounds 1-96; scored on round 97) ---------------------


def test_actors_listed_before_and_a_number_of_others_all_speak():
    text = "China, the United States and a number of other countries announced a coal deal."
    assert sorted(speakers(run(text))) == ["China", "United States"]
    # a list that opens with someone no actor names adds no one
    text = "Several firms, the United States and a number of other countries announced a deal."
    assert speakers(run(text)) == ["United States"]


def test_a_stranger_introduced_by_role_then_name_is_the_he_that_follows():
    body = (
        '"We will cut coal," Kerry said.\n\nThe director of the Climate Institute, Juergen Boos, '
        'was apologetic for what he called a scheduling error.\n\n"The talks are not taking '
        'place in Beijing," he said.'
    )
    assert speakers(run(body)) == ["John Kerry", None, None]
    # a role without a name introduces no one: "he" is still the person last named
    body = body.replace(", Juergen Boos,", "")
    assert speakers(run(body)) == ["John Kerry", "John Kerry", "John Kerry"]


def test_a_quotation_then_was_quoted_is_that_persons():
    text = '"The world outside has many prejudices," Kerry was quoted in an article for AFP.'
    assert speakers(run(text)) == ["John Kerry"]
    # without the quotation marks nothing says which words were quoted
    text = "The world outside has many prejudices, Kerry was quoted in an article for AFP."
    assert speakers(run(text)) == [None]


def test_a_speech_verb_before_a_quotation_with_no_speaker_found_ends_a_continuation():
    body = (
        '"We will cut coal now," Kerry said.\n\nThis was also highlighted by the activist Greta '
        'Thunberg: "the survival of the planet and of every one of us, whatever the cost and '
        'whatever the delays may be."'
    )
    assert speakers(run(body)) == ["John Kerry", None]


# --- round-98 constructions (studied on rounds 1-97; scored on round 98) ---------------------


def test_a_thing_withheld_by_an_actor_in_the_passive_is_no_statement():
    assert speakers(run("Kerry's visa was denied by China.")) == [None]
    assert speakers(run("The report was denied by China.")) == ["China"]


def test_fearing_that_is_no_statement_but_warning_that_is():
    assert speakers(run("US officials feared that China would walk out of the talks.")) == [None]
    assert speakers(run("US officials warned that China would walk out of the talks.")) == [
        "United States"
    ]


def test_admitting_a_person_is_an_act_and_admitting_that_is_speech():
    assert speakers(run("Kerry arrived on Monday, and China admitted him at the border.")) == [None]
    assert speakers(run("China admitted that coal use rose last year.")) == ["China"]


def test_a_titled_stranger_is_the_he_that_follows():
    body = (
        '"We will cut coal," Kerry said.\n\nOn the same panel, Acme copresident Karl-Friedrich '
        'Scheufele credited the lobbying of Wang Yi.\n\n"It worked because it was personal," he '
        "said."
    )
    assert speakers(run(body)) == ["John Kerry", None, None]
    # without the stranger, "he" is the person last named
    body = body.replace("Acme copresident Karl-Friedrich Scheufele", "Acme")
    assert speakers(run(body)) == ["John Kerry", None, "Wang Yi"]


# --- round-99 constructions (studied on rounds 1-98; scored on round 99) ---------------------


def test_an_opening_mark_typed_for_the_closing_one_before_said_closes_the_quotation():
    text = "“It is a decision for both capitals, “said Kerry."
    assert [(q.start, q.end) for q in find_quotes(text)] == [(0, 38)]
    # after a closed quotation, the same mark opens the next one
    text = "“Coal must go,” he said, “oil too.”"
    assert [(q.start, q.end) for q in find_quotes(text)] == [(0, 15), (25, 35)]


def test_with_and_a_pair_of_actors_before_a_participle_opens_both_their_clause():
    text = "Relations have warmed, with Kerry and Xie Zhenhua pledging to cut coal."
    assert speakers(run(text)) == ["John Kerry", "Xie Zhenhua"]
    text = "Relations with Kerry and Xie Zhenhua pledging nothing have stalled."
    assert speakers(run(text)) == [None]


# --- round-101 constructions (studied on rounds 1-100; scored on round 101) ------------------


CROPS = ActorSet(
    "t",
    (
        Actor("Australia", None, ("Australia", "Canberra", "the Federal Government")),
        Actor(
            "Australian Department of Agriculture",
            "Australia",
            ("the Federal Department of Agriculture",),
        ),
        Actor("Centre for Plant Health", "Australia", ("the CPH", "CPH")),
        Actor("Kenya", None, ("Kenya",)),
        Actor("Kenya Trade Office in Berlin", "Kenya", ("Kenya Trade Office in Berlin",)),
        Actor("Food Authority of Kenya", "Kenya", ("Food Authority of Kenya",)),
        Actor("Kenya Wheat Board", "Kenya", ("the Wheat Board",)),
        Actor("Japan", None, ("Japan", "Japanese")),
        Actor("Japanese Foreign Ministry", "Japan", ("Japanese Foreign Ministry",)),
        Actor("Russia", None, ("Russia", "Russian")),
        Actor("Russian Agriculture Ministry", "Russia", ("Russian agriculture ministry",)),
    ),
)


def test_the_office_refers_back_to_the_office_named_last():
    body = (
        "The Kenya Trade Office in Berlin urged exporters to check their cargo. "
        "Shippers should label every crate, the office stated."
    )
    assert speakers_in_study(body, CROPS) == ["Kenya Trade Office in Berlin"] * 2
    body = "Shippers should label every crate, the office stated."
    assert speakers_in_study(body, CROPS) == [None]


def test_a_body_named_without_its_leading_words_is_the_body_named_in_full():
    body = (
        "The Federal Department of Agriculture wrote to Tokyo. "
        "In a statement, the Department of Agriculture said it wanted assurances."
    )
    assert speakers_in_study(body, CROPS) == ["Australian Department of Agriculture"] * 2
    body = "In a statement, the Department of Agriculture said it wanted assurances."
    assert speakers_in_study(body, CROPS) == [None]


def test_a_tail_cut_from_a_states_name_means_no_one_body():
    # every state has a Foreign Ministry: the Japanese one named earlier is not the one meant
    body = (
        "Russia seized two Japanese boats. "
        "The Japanese Foreign Ministry protested the seizure. "
        "The Russian agriculture ministry replied that the boats fished illegally. "
        "The Foreign Ministry said it had summoned the envoy."
    )
    assert speakers_in_study(body, CROPS) == [
        None,
        "Japanese Foreign Ministry",
        "Russian Agriculture Ministry",
        None,
    ]


def test_a_participle_after_an_opening_time_phrase_without_a_comma_is_the_subjects():
    body = "Last week Kenya also took action against the firm, alleging that it broke the rules."
    assert speakers_in_study(body, CROPS) == ["Kenya"]
    body = "Last week the firm also sued Kenya, alleging that it broke the rules."
    assert speakers_in_study(body, CROPS) == [None]


def test_reported_to_have_said_is_the_subjects_speech():
    body = "The Food Authority of Kenya is reported to have asked customs to bar the ginger."
    assert speakers_in_study(body, CROPS) == ["Food Authority of Kenya"]
    body = "The Food Authority of Kenya is reported to have seized the ginger."
    assert speakers_in_study(body, CROPS) == [None]


def test_a_government_paper_speaks_for_the_government():
    body = "Kenya raised duties on walnuts by 20 per cent, a government order today said."
    assert speakers_in_study(body, CROPS) == ["Kenya"]
    body = (
        "Kenya raised duties on walnuts. "
        "Walnuts now carry a 120 per cent duty, the government note said."
    )
    assert speakers_in_study(body, CROPS) == [None, "Kenya"]
    body = "Kenya raised duties on walnuts. The government order covers 28 goods."
    assert speakers_in_study(body, CROPS) == [None, None]


def test_a_centre_is_a_body_so_it_is_the_centre():
    body = "The Centre for Plant Health said it found mould. “We have told the vendors,” it said."
    assert speakers_in_study(body, CROPS) == ["Centre for Plant Health"] * 2


def test_a_report_an_actor_issued_is_its_report():
    body = (
        "The Wheat Board issued a report stating that stocks were low. "
        "The report warned that prices would rise."
    )
    assert speakers_in_study(body, CROPS) == ["Kenya Wheat Board"] * 2
    body = "The Wheat Board cited a report on stocks. The report warned that prices would rise."
    assert speakers_in_study(body, CROPS)[1:] == [None]


def test_a_pair_that_opens_the_clause_speaks_through_its_participle():
    body = (
        "The Wheat Board and the Centre for Plant Health (CPH) issued a report stating that "
        "stocks were low."
    )
    assert set(speakers_in_study(body, CROPS)) == {"Kenya Wheat Board", "Centre for Plant Health"}
    # a speech verb before the participle keeps its own speaker
    body = "Kenya and Australia were now partners, said the Wheat Board, stressing trust."
    assert speakers_in_study(body, CROPS) == ["Kenya Wheat Board"]


# --- round-102 constructions (studied on rounds 1-101; scored on round 102) ------------------


def test_any_speech_verb_inverts_before_an_actor_that_closes_the_sentence():
    body = "The bodies were recovered on Sunday, confirmed the Japanese Foreign Ministry."
    assert speakers_in_study(body, CROPS) == ["Japanese Foreign Ministry"]
    # the actor does not close the sentence: no inversion to read
    body = "The bodies were found on Sunday, confirmed the Japanese Foreign Ministry and the navy."
    assert speakers_in_study(body, CROPS) == [None]


def test_a_modal_clause_after_said_and_a_parenthetical_is_what_was_said():
    body = "The Wheat Board said, once the harvest was in, Kenya would offer more grain."
    assert speakers_in_study(body, CROPS) == ["Kenya Wheat Board"]
    # a past-tense deed after the parenthetical is still its actor's own statement
    body = "The Wheat Board said, once the harvest was in, Kenya offered more grain."
    assert speakers_in_study(body, CROPS) == ["Kenya Wheat Board", "Kenya"]


# --- round-103 constructions (studied on rounds 1-102; scored on round 103) ------------------


def test_a_claiming_participle_without_a_comma_before_that_is_the_subjects():
    body = "Kenya took Japan to court in May 2010 alleging that the catch broke the convention."
    assert speakers_in_study(body, CROPS) == ["Kenya"]
    # without a that-clause the participle names what the case is about
    body = "Kenya took Japan to court in May 2010 alleging breaches of the convention."
    assert speakers_in_study(body, CROPS) == [None]


def test_an_actor_after_over_is_no_subject():
    body = "As the board decides by consensus, the schism over Russia threatens to paralyse it."
    assert speakers_in_study(body, CROPS) == [None]
    body = "As the board decides by consensus, Russia threatens to paralyse it."
    assert speakers_in_study(body, CROPS) == ["Russia"]


def test_said_to_be_is_hearsay_with_no_speaker():
    body = "The Wheat Board, said to be the largest buyer, ended its meeting in deadlock."
    assert speakers_in_study(body, CROPS) == [None]
    body = "The Wheat Board, the largest buyer, said the meeting ended in deadlock."
    assert speakers_in_study(body, CROPS) == ["Kenya Wheat Board"]


# --- round-104 constructions (studied on rounds 1-103; scored on round 104) ------------------


APPS = ActorSet(
    "t",
    (
        Actor("Kenya", None, ("Kenya", "Nairobi")),
        Actor("Kenyan intelligence bodies", "Kenya", ("Kenya's intelligence bodies",)),
        Actor("Kenyan Cyber Centre", "Kenya", ("Kenya's Cyber Centre",)),
        Actor("Kenyan Ministry of Defence", "Kenya", ("Ministry of Defence",)),
        Actor("Kenyan Ministry of Trade", "Kenya", ("Kenyan Ministry of Trade",)),
        Actor("William Ruto", "Kenya", ("Ruto", "President William Ruto")),
        Actor("Japan", None, ("Japan",)),
        Actor("Japanese Fisheries Ministry", "Japan", ("Japan's Fisheries Ministry",)),
    ),
)


def test_bodies_are_no_person_so_they_are_the_bodies():
    body = 'Kenya\'s intelligence bodies said the app was unsafe. "Its data go abroad," they said.'
    assert speakers_in_study(body, APPS) == ["Kenyan intelligence bodies"] * 2


def test_the_ministry_is_the_one_ministry_of_the_articles_state_named_even_in_a_quotation():
    body = (
        'Kenya\'s Cyber Centre said: "The Ministry of Defence backs our analysis." '
        "The ministry emphasized that the app was unsafe."
    )
    assert speakers_in_study(body, APPS) == ["Kenyan Cyber Centre", "Kenyan Ministry of Defence"]
    # another state's ministry is not the one meant
    body = (
        "Kenya's Cyber Centre said: \"Japan's Fisheries Ministry backs our analysis.\" "
        "The ministry emphasized that the app was unsafe."
    )
    assert speakers_in_study(body, APPS) == ["Kenyan Cyber Centre", None]
    # no ministry named yet
    body = "Kenya's Cyber Centre said the app was unsafe. The ministry emphasized that it was."
    assert speakers_in_study(body, APPS) == ["Kenyan Cyber Centre", None]


def test_the_ministry_said_closing_a_sentence_is_its_cited_source():
    body = (
        "Ruto noted that the Ministry of Defence was a dependable partner, "
        "the ministry said in a statement."
    )
    assert speakers_in_study(body, APPS) == ["William Ruto"]


def test_a_document_tail_speaks_for_its_issuer_when_the_clause_names_its_own_state():
    body = (
        "The Kenyan Ministry of Trade issued a statement. "
        "Kenya urges Japan to respect the rulings, the statement said."
    )
    assert speakers_in_study(body, APPS) == ["Kenyan Ministry of Trade"] * 2


def test_a_place_and_a_spaced_colon_open_the_first_paragraph_as_a_dateline():
    body = "Nairobi : President William Ruto Thursday greeted people and hoped for peace."
    assert speakers_in_study(body, APPS) == ["William Ruto"]


# --- round-105 constructions (studied on rounds 1-104; scored on round 105) ------------------


CUP = ActorSet(
    "t",
    (
        Actor("United Kingdom", None, ("Britain", "the British government")),
        Actor(
            "Harriett Baldwin",
            "United Kingdom",
            ("Baldwin", "Harriett Baldwin, a Foreign Office minister"),
        ),
        Actor("Interpol", None, ("Interpol",)),
        Actor("Ronald Noble", "Interpol", ("secretary general, Ronald Noble",)),
        Actor("Russia", None, ("Russia", "the Russian authorities")),
        Actor("Tanzania", None, ("Tanzania",)),
        Actor(
            "Tanzanian Ministry of Works",
            "Tanzania",
            ("Ministry of Works, Transport and Communications",),
        ),
    ),
)


def test_an_alias_holding_its_apposition_speaks_before_the_comma_that_closes_it():
    body = (
        "Fans are expected at the tournament, which starts on June 14, and Harriett Baldwin, "
        "a Foreign Office minister, said the Russian authorities had promised safety."
    )
    assert speakers_in_study(body, CUP) == ["Harriett Baldwin"]
    body = "The agency's secretary general, Ronald Noble, said Singapore needed to act."
    assert speakers_in_study(body, CUP) == ["Ronald Noble"]
    # a name that lists with a comma holds no apposition
    body = (
        "In a statement, Leonard Chamuriho, permanent secretary in the Ministry of Works, "
        "Transport and Communications, said the road would open."
    )
    assert speakers_in_study(body, CUP) == [None]


def test_said_before_an_actor_and_an_auxiliary_is_no_inversion():
    # "said the Russian authorities had promised": the actor opens what was said
    assert speakers_in_study("Fans will be safe, said the Russian authorities.", CUP) == ["Russia"]
    body = "The tournament starts on June 14, said the Russian authorities had built stadiums."
    assert speakers_in_study(body, CUP) == [None]


# --- round-106 constructions (studied on rounds 1-105; scored on round 106) ------------------


def test_the_ministry_in_a_story_about_a_state_is_its_one_ministry_in_the_study():
    body = "Tanzania closed the road. The ministry said it would reopen."
    assert speakers_in_study(body, CUP) == [None, "Tanzanian Ministry of Works"]
    # Kenya has two ministries in the study: only a capitalised qualifier says which
    body = "Kenya banned the app. The ministry said it was unsafe."
    assert speakers_in_study(body, APPS) == [None, None]
    body = "Kenya banned the app. The Trade Ministry said it was unsafe."
    assert speakers_in_study(body, APPS) == [None, "Kenyan Ministry of Trade"]


def test_a_body_spokesperson_speaks_for_that_body():
    body = "Tanzania closed the road, a ministry spokesman said."
    assert speakers_in_study(body, CUP) == ["Tanzanian Ministry of Works"]
    body = "Kenya banned the app, a ministry spokesman said."
    assert speakers_in_study(body, APPS) == [None]


def test_a_stranger_who_had_written_keeps_the_he_that_follows():
    body = (
        "Tagging President William Ruto in his post, Mr Odhiambo had written, "
        '"My visa was rejected." "I am shocked," he further wrote. "It is unfair," he added.'
    )
    assert speakers_in_study(body, APPS) == [None, None, None]
    body = (
        'President William Ruto met Mr Odhiambo. "I am shocked," he said. "It is unfair," he added.'
    )
    assert speakers_in_study(body, APPS) == [None, "William Ruto", "William Ruto"]


# --- round-108 constructions (studied on rounds 1-107; scored on round 108) ------------------


def test_a_body_only_addressed_does_not_take_over_the_role_of_one_that_spoke():
    said = '"Trucks wait for days," said the ministry.'
    body = (
        "The Ministry of Defence said the border was calm. The commission issued notices to "
        f"the Ministry of Defence and the Kenyan Ministry of Trade. {said}"
    )
    assert speakers_in_study(body, APPS)[2] == "Kenyan Ministry of Defence"
    # a body that acts itself does take the role over
    body = (
        "The Ministry of Defence said the border was calm. "
        f"The Kenyan Ministry of Trade wrote to the commission. {said}"
    )
    assert speakers_in_study(body, APPS)[2] == "Kenyan Ministry of Trade"


# --- round-110 constructions (studied on rounds 1-109; scored on round 110) ------------------

NORDIC = ActorSet(
    "t",
    (
        Actor("Norway", None, ("Norway", "Oslo")),
        Actor("Sweden", None, ("Sweden", "Stockholm")),
        Actor("Finland", None, ("Finland", "Helsinki")),
        Actor("Russia", None, ("Russia", "Moscow")),
        Actor("Chinese Ministry of Commerce", "China", ("Ministry of Commerce",)),
        Actor("China", None, ("China", "Beijing")),
        Actor("Lin Hao", "China", ("Lin Hao", "Lin")),
        Actor("Turkey", None, ("Turkey", "Ankara")),
    ),
)


def test_they_after_a_joint_statement_is_every_speaker_of_it():
    body = (
        "Norway and Sweden urged Russia to reopen the crossing. "
        "They say the closure hurts herders on both sides."
    )
    assert speakers_in_study(body, NORDIC) == ["Norway", "Sweden", "Norway", "Sweden"]
    # one speaker before: "they" is not a pair it never named as speaking
    body = "Norway urged Russia to reopen the crossing. They say the closure hurts herders."
    assert speakers_in_study(body, NORDIC) == ["Norway", "Norway"]


def test_they_after_a_list_the_sentence_opens_with_is_every_actor_listed():
    body = (
        "The states -- Norway, Sweden and Finland -- met in Oslo, where they said the "
        "fence must come down."
    )
    assert sorted(speakers_in_study(body, NORDIC)) == ["Finland", "Norway", "Sweden"]
    # a list that is only the object of the sentence is not who "they" are
    body = "Russia fined herders from Norway, Sweden and Finland, and they said nothing."
    assert len(speakers_in_study(body, NORDIC)) == 1


def test_sounding_the_alarm_is_speech_only_with_what_is_sounded():
    assert speakers_in_study("Finland sounded the alarm over the fence.", NORDIC) == ["Finland"]
    assert speakers_in_study("Finland sounds like a safe place for herds.", NORDIC) == [None]


def test_an_inverted_source_with_an_apposition_speaks_for_its_own_country():
    body = (
        "China has asked Turkey to revoke the quotas, said Lin Hao, the spokesman of the "
        "Ministry of Commerce."
    )
    assert speakers_in_study(body, NORDIC) == ["Lin Hao"]
    # so, since the round-181 freeze, is another country's request: a named person closing a
    # sentence whose speakers are bodies is its source
    body = (
        "Turkey has asked China to accept the quotas, said Lin Hao, the spokesman of the "
        "Ministry of Commerce."
    )
    assert speakers_in_study(body, NORDIC) == ["Lin Hao"]


# --- round-111 constructions (studied on rounds 1-110; scored on round 111) ------------------

PARKS = ActorSet(
    "t",
    (
        Actor("Poland", None, ("Poland", "Warsaw")),
        Actor("Belarus", None, ("Belarus", "Minsk")),
        Actor("UNESCO", None, ("UNESCO",)),
        Actor("Limpopo Park", None, ("The Limpopo Park",)),
    ),
)


def test_an_actor_joined_to_unnamed_campaigners_speaks_with_them():
    body = "Poland should halt the fence, UNESCO and environmentalists said."
    assert speakers_in_study(body, PARKS) == ["UNESCO"]
    assert speakers_in_study("UNESCO and groups of rangers walked the fence.", PARKS) == [None]


def test_raising_the_alarm_is_speech_but_a_region_of_a_place_never_speaks():
    assert speakers_in_study("UNESCO raised the alarm over the fence.", PARKS) == ["UNESCO"]
    body = "The arrest of a ranger in eastern Poland last month raised alarm about the fence."
    assert speakers_in_study(body, PARKS) == [None]


def test_according_to_its_website_with_no_subject_cites_the_last_body():
    body = (
        "The Limpopo Park is a joint project. Once it opens, tourists will drive across "
        "borders, according to its website."
    )
    assert speakers_in_study(body, PARKS) == [None, "Limpopo Park"]
    # with a subject of its own, the document is that subject's
    body = (
        "The Limpopo Park is a joint project. Poland opened a crossing on Monday, "
        "according to its website."
    )
    assert speakers_in_study(body, PARKS) == [None, "Poland"]


def test_a_suspicion_is_no_statement():
    assert speakers_in_study("Poland suspects that Belarus cut the fence.", PARKS) == [None]
    assert speakers_in_study("Poland suspects Belarus cut the fence.", PARKS) == [None]
    assert speakers_in_study("Poland says Belarus cut the fence.", PARKS) == ["Poland"]


# --- round-112 constructions (studied on rounds 1-111; scored on round 112) ------------------

ZOOS = ActorSet(
    "t",
    (
        Actor("China", None, ("China", "Beijing")),
        Actor("San Diego Zoo", None, ("The San Diego Zoo", "San Diego Zoo")),
        Actor("K Shanmugam", "Singapore", ("Mr Shanmugam", "Shanmugam")),
        Actor("Singapore", None, ("Singapore",)),
    ),
)


def test_the_zoo_is_the_zoo_the_article_named():
    body = (
        "The San Diego Zoo opened in 1916. "
        "Its pandas will return to China in April, the zoo announced."
    )
    assert speakers_in_study(body, ZOOS) == [None, "San Diego Zoo"]
    # with no zoo named before, "the zoo" is nobody the study knows
    assert speakers_in_study("China will take the pandas back, the zoo announced.", ZOOS) == [None]


def test_words_said_in_jest_are_speech():
    body = "Mr Shanmugam also joked about the name of one of the koalas."
    assert speakers_in_study(body, ZOOS) == ["K Shanmugam"]
    assert speakers_in_study("Jokes about the koalas spread in Singapore.", ZOOS) == [None]


# --- round-113 constructions (studied on rounds 1-112; scored on round 113) ------------------

BORDERS = ActorSet(
    "t",
    (
        Actor("China", None, ("China", "Beijing")),
        Actor("Russia", None, ("Russia", "Moscow")),
        Actor("India", None, ("India", "New Delhi")),
        Actor("Zhang Wei", "China", ("Zhang Wei", "Zhang")),
        Actor("British Foreign Office", "United Kingdom", ("Foreign Office",)),
        Actor("United Kingdom", None, ("Britain",)),
    ),
)


def test_a_time_phrase_between_auxiliary_and_verb_keeps_the_subject():
    body = "New Delhi had at that time insisted that the line be drawn first."
    assert speakers_in_study(body, BORDERS) == ["India"]
    # "that" opening a relative clause still ends the phrase
    assert speakers_in_study("The plan that time insisted on failed.", BORDERS) == [None]


def test_the_states_official_is_the_person_of_that_state_who_last_spoke():
    body = (
        '"The cableway will open next year," Zhang Wei said. '
        '"It links two countries," the Chinese official said.'
    )
    assert speakers_in_study(body, BORDERS) == ["Zhang Wei", "Zhang Wei"]
    # no person of that state has spoken: the official speaks for the state
    body = '"It links two countries," the Chinese official said.'
    assert speakers_in_study(body, BORDERS) == ["China"]


def test_an_issuer_before_a_news_release_is_the_source():
    body = "The yacht was stopped by navy ships, according to a Foreign Office news release."
    assert speakers_in_study(body, BORDERS) == ["British Foreign Office"]
    body = "The yacht was stopped by navy ships, according to Foreign Office news reports."
    assert speakers_in_study(body, BORDERS) == [None]


# --- round-114 constructions (studied on rounds 1-113; scored on round 114) ------------------

BUOYS = ActorSet(
    "t",
    (
        Actor("Philippines", None, ("Philippines", "Manila")),
        Actor("Philippine Coast Guard", "Philippines", ("Philippine Coast Guard",)),
        Actor("Jose Reyes", "Philippines", ("Jose Reyes", "Reyes")),
        Actor("Philippine Department of Foreign Affairs", "Philippines", ("DFA",)),
        Actor("United Kingdom", None, ("Britain",)),
        Actor("Theresa May", "United Kingdom", ("Theresa May", "May")),
    ),
)


def test_a_month_in_a_date_is_not_a_surname_alias():
    matcher = AliasMatcher(BUOYS)
    assert [m.surface for m in matcher.find("The buoys went up on May 10.")] == []
    assert [m.surface for m in matcher.find("In May 2022 the guard came.")] == []
    assert [m.surface for m in matcher.find("May said the buoys stay.")] == ["May"]


def test_he_after_a_coast_guard_acted_is_the_person_who_spoke():
    body = (
        "Jose Reyes said the buoys were safe. "
        "In 2022, the Philippine Coast Guard installed five buoys. "
        "He said the guard records every manoeuvre."
    )
    assert speakers_in_study(body, BUOYS) == ["Jose Reyes", None, "Jose Reyes"]


def test_an_open_question_is_no_statement():
    body = "Reyes was still checking whether the DFA had lodged a protest with China."
    assert speakers_in_study(body, BUOYS) == [None]
    assert speakers_in_study("Reyes said the DFA had lodged a protest.", BUOYS) == ["Jose Reyes"]


# --- round-115 constructions (studied on rounds 1-114; scored on round 115) ------------------


def test_what_a_subject_does_in_its_statement_it_says():
    body = (
        "In a statement posted to its website, the Philippine Coast Guard later gave "
        "coordinates for the impact area."
    )
    assert speakers_in_study(body, BUOYS) == ["Philippine Coast Guard"]
    # a statement that opens the sentence about someone else's act names no speaker
    body = "In a statement about the buoys, reporters asked the Philippine Coast Guard for maps."
    assert speakers_in_study(body, BUOYS) == [None]


# --- round-116 constructions (studied on rounds 1-115; scored on round 116) ------------------


def test_information_and_notifications_are_an_issuers_documents():
    body = "According to information by the DFA, the buoys are in place."
    assert speakers_in_study(body, BUOYS) == ["Philippine Department of Foreign Affairs"]
    body = (
        "The DFA issued a notification on Monday. "
        'According to the notification, "the buoys stay where they are."'
    )
    assert speakers_in_study(body, BUOYS)[-1] == "Philippine Department of Foreign Affairs"
    # information about an actor is not information from it
    body = "According to information about the DFA, the buoys are in place."
    assert speakers_in_study(body, BUOYS) == [None]


# --- round-118 constructions (studied on rounds 1-117; scored on round 118) ------------------

ORCHARDS = ActorSet(
    "t",
    (
        Actor("Chile", None, ("Chile", "Santiago")),
        Actor("Chilean Ministry of Agriculture", "Chile", ("the Ministry of Agriculture",)),
        Actor(
            "Ana Rojas",
            "Chile",
            ("Ana Rojas", "Rojas", "the Minister of Agriculture, Food and Rural Affairs"),
        ),
        Actor("Peru", None, ("Peru", "Lima")),
        Actor("Carlos Mena", "Peru", ("Carlos Mena", "Mena")),
        Actor("Fruit Growers Federation", None, ("Fruit Growers Federation",)),
        Actor("Statistics Authority", "Peru", ("the Lima-run Statistics Authority",)),
    ),
)


def test_a_stray_opening_mark_before_a_comma_opens_no_quotation():
    text = "Exports will go on as before “, assures the Ministry of Agriculture."
    assert find_quotes(text) == []
    assert speakers_in_study(text, ORCHARDS) == ["Chilean Ministry of Agriculture"]
    # a mark before a word, or one that ends its paragraph to run on, still opens
    assert len(find_quotes("“Exports will go on,” said Rojas.")) == 1
    assert [q.closed for q in find_quotes("Rojas said: “")] == [False]


def test_a_name_in_apposition_may_close_an_inverted_speech_verb():
    minister = "the Minister of Agriculture, Food and Rural Affairs, Ana Rojas"
    body = f"Growers were paid, indicated {minister}."
    assert speakers_in_study(body, ORCHARDS) == ["Ana Rojas"]
    # a verb of doing inverts nothing, apposition or not
    body = f"The crates were loaded, inspected {minister}."
    assert speakers_in_study(body, ORCHARDS) == [None]


def test_as_per_cites_a_source_that_closes_its_clause():
    body = "Exports rose by a tenth last year, as per the Lima-run Statistics Authority."
    assert speakers_in_study(body, ORCHARDS) == ["Statistics Authority"]
    # a standard followed, not a source
    body = "Growers packed the fruit as per the Lima-run Statistics Authority rules."
    assert speakers_in_study(body, ORCHARDS) == [None]
    body = "Growers packed the fruit as per the Lima-run Statistics Authority but it rotted."
    assert speakers_in_study(body, ORCHARDS) == [None]


def test_drawing_attention_is_speech():
    body = "The Ministry of Agriculture drew attention to the rise in rejected cargoes."
    assert speakers_in_study(body, ORCHARDS) == ["Chilean Ministry of Agriculture"]
    assert speakers_in_study("The cargoes drew the attention of Peru.", ORCHARDS) == [None]
    assert speakers_in_study("The Ministry of Agriculture drew a new map.", ORCHARDS) == [None]


def test_a_speech_participle_after_after_or_a_catenative_verb_is_the_subjects():
    body = "Chile summoned the Peruvian envoy on Friday after accusing Lima of dumping fruit."
    assert speakers_in_study(body, ORCHARDS) == ["Chile"]
    body = "Prices fell years after the Fruit Growers Federation first began warning of a glut."
    assert speakers_in_study(body, ORCHARDS) == ["Fruit Growers Federation"]
    # acts are no speech; nor is an event a later reporter relays
    body = "Chile summoned the Peruvian envoy on Friday after meeting growers."
    assert speakers_in_study(body, ORCHARDS) == [None]
    assert speakers_in_study("The Fruit Growers Federation began planting pears.", ORCHARDS) == [
        None
    ]
    body = "Chile cut tariffs days after announcing a review, the newspaper reported."
    assert speakers_in_study(body, ORCHARDS) == [None]


def test_a_person_of_the_side_in_a_with_clause_is_the_more_specific_speaker():
    body = "Peru has voiced opposition, with Trade Minister Carlos Mena saying the fruit was safe."
    assert speakers_in_study(body, ORCHARDS) == ["Carlos Mena"]
    # not a speaker of another side, nor a second statement after "said"
    body = "Peru has voiced opposition, with Ana Rojas saying the fruit was unsafe."
    assert speakers_in_study(body, ORCHARDS) == ["Peru"]
    body = "Peru said the fruit was safe, with Carlos Mena adding that prices would hold."
    assert speakers_in_study(body, ORCHARDS) == ["Peru"]


def test_a_line_between_dashes_is_a_subheading_no_quotation_runs_into():
    def speakers_of(subheading: str) -> list[str | None]:
        text = f"Talks on pears\n\n“Prices will recover,” said Ana Rojas.\n\n{subheading}"
        title_end = len("Talks on pears")
        article = Article(
            "doc", text, title_span=(0, title_end), body_span=(title_end + 2, len(text))
        )
        chunks = chunk_article(article, ChunkerParams())
        return [s.actor for s in attribute(article, chunks, ORCHARDS, AttributionParams())]

    assert speakers_of("– ‘Prices will recover’ –") == [None, "Ana Rojas", None]
    # without its dashes the line is a quotation that goes on
    assert speakers_of("‘Prices will recover’") == [None, "Ana Rojas", "Ana Rojas"]


# --- round-119 constructions (studied on rounds 1-118; scored on round 119) ------------------

RINKS = ActorSet(
    "t",
    (
        Actor("Norway", None, ("Norway",)),
        Actor("Skating Association", "Norway", ("the Skating Association",)),
        Actor("Ola Berg", "Norway", ("president of the Skating Association Ola Berg", "Berg")),
        Actor("Sweden", None, ("Sweden",)),
        Actor("Finland", None, ("Finland",)),
        Actor("Iceland", None, ("Iceland",)),
    ),
)


def test_a_body_in_a_persons_title_is_not_that_person():
    said = 'However, the Skating Association said, "We appeal."'
    assert speakers_in_study(f"Ola Berg spoke. {said}", RINKS) == [None, "Skating Association"]
    # the person's own role noun still points to the person
    said = 'However, the president said, "We appeal."'
    assert speakers_in_study(f"Ola Berg spoke. {said}", RINKS) == [None, "Ola Berg"]


def test_a_list_with_a_serial_comma_and_all_speaks_together():
    body = "Norway, Sweden, Finland, and Iceland all said the ice was too thin."
    assert speakers_in_study(body, RINKS) == ["Norway", "Sweden", "Finland", "Iceland"]
    body = "Norway, Sweden and Iceland all said the ice was too thin."
    assert speakers_in_study(body, RINKS) == ["Norway", "Sweden", "Iceland"]
    # an apposition's place before the comma is no conjunct
    body = "Berg, envoy to Finland, and Sweden said the ice was too thin."
    assert "Finland" not in speakers_in_study(body, RINKS)


# --- round-120 constructions (studied on rounds 1-119; scored on round 120) ------------------

HARBOURS = ActorSet(
    "t",
    (
        Actor("Portugal", None, ("Portugal", "Lisbon")),
        Actor("Rui Costa", "Portugal", ("Prime Minister Rui Costa", "Costa")),
        Actor("Portuguese Ministry of the Sea", "Portugal", ("the sea ministry",)),
        Actor("Ocean Watch", None, ("Ocean Watch",)),
    ),
)


def test_the_pm_refers_back_to_the_prime_minister():
    body = "Prime Minister Rui Costa visited the port. The quays were full, the PM said."
    assert speakers_in_study(body, HARBOURS) == [None, "Rui Costa"]
    # no prime minister named before: nobody the study knows
    assert speakers_in_study("The quays were full, the PM said.", HARBOURS) == [None]


def test_a_source_may_follow_a_few_describing_words():
    body = (
        "Catches fell by half, according to the Lisbon-based marine conservation group Ocean Watch."
    )
    assert speakers_in_study(body, HARBOURS) == ["Ocean Watch"]
    # a preposition makes the actor part of another phrase, not the source
    body = "Catches fell by half, according to the deal with Ocean Watch."
    assert speakers_in_study(body, HARBOURS) == [None]
    body = "Catches fell, according to the marine group Ocean Watch and the fishermen's guild."
    assert speakers_in_study(body, HARBOURS) == [None]


def test_a_passive_speech_verb_by_representatives_of_a_body_is_the_bodys():
    body = "The mayors were informed by representatives of the sea ministry that quays would close."
    assert speakers_in_study(body, HARBOURS) == ["Portuguese Ministry of the Sea"]
    body = "The mayors were informed by representatives that quays would close."
    assert speakers_in_study(body, HARBOURS) == [None]


# --- round-121 constructions (studied on rounds 1-120; scored on round 121) ------------------


def test_an_inverted_speaker_may_go_on_with_a_participle():
    body = "The quays were full by noon, asserted Costa, adding that more ships would come."
    assert speakers_in_study(body, HARBOURS) == ["Rui Costa"]
    # a verb of doing inverts nothing
    body = "The quays were full by noon, inspected Costa, adding that more ships would come."
    assert speakers_in_study(body, HARBOURS) == [None]


def test_it_is_worth_noting_is_the_writers_phrase():
    body = "Prime Minister Rui Costa spoke. It is worth noting that the PM opened the port."
    assert speakers_in_study(body, HARBOURS) == [None, None]
    body = "Prime Minister Rui Costa spoke. He opened the port, noting that it was full."
    assert speakers_in_study(body, HARBOURS) == [None, "Rui Costa"]


def test_a_subject_may_stand_before_an_aside_between_dashes():
    body = "Rui Costa — no friend of the trawlers — announced that the quays would close."
    assert speakers_in_study(body, HARBOURS) == ["Rui Costa"]
    # an aside with its own commas is skipped as a whole when it opens in lowercase (round 363)
    body = "Rui Costa — a friend, at times, of the trawlers — announced that the quays would close."
    assert speakers_in_study(body, HARBOURS) == ["Rui Costa"]


# --- round-124 constructions (studied on rounds 1-123; scored on round 124) ------------------

ABATTOIRS = ActorSet(
    "t",
    (
        Actor("Poland", None, ("Poland", "Warsaw")),
        Actor("European Rabbinical Forum", None, ("European Rabbinical Forum",)),
        Actor("Adam Levin", "European Rabbinical Forum", ("Rabbi Adam Levin", "Levin")),
        Actor("Meat Council", None, ("the Meat Council",)),
    ),
)


def test_spoken_out_is_speech():
    body = "The Meat Council has spoken out against the vote on slaughter."
    assert speakers_in_study(body, ABATTOIRS) == ["Meat Council"]
    # without "out" it is a meeting
    body = "The Meat Council has spoken to Warsaw about the vote on slaughter."
    assert speakers_in_study(body, ABATTOIRS) == [None]


def test_referring_to_something_with_a_quoted_label_is_speech():
    body = "Levin referred to the bill as a “shameful law,” a phrase he has used before."
    assert speakers_in_study(body, ABATTOIRS) == ["Adam Levin"]
    body = "Levin referred to the ban on stunning and the export rules as “cruel.”"
    assert speakers_in_study(body, ABATTOIRS) == ["Adam Levin"]
    # a name given without quotation marks only names
    body = "Poland refers to the rule as the Welfare Act."
    assert speakers_in_study(body, ABATTOIRS) == [None]
    # a case referred to a court is no label
    body = "Poland referred the bill to the tribunal."
    assert speakers_in_study(body, ABATTOIRS) == [None]


def test_a_titled_speaker_before_a_stray_comma_after_a_quotation():
    body = (
        '"The law is unacceptable," European Rabbinical Forum Chairman Rabbi Adam Levin, was '
        "quoted by a radio station as saying."
    )
    assert speakers_in_study(body, ABATTOIRS) == ["Adam Levin"]
    # a headline verb in title case is no title
    body = "Rabbi Calls Levin, Thanks Poland for Help"
    assert speakers_in_study(body, ABATTOIRS) == [None]


# --- round-125 constructions (studied on rounds 1-124; scored on round 125) ------------------

SARDINES = ActorSet(
    "t",
    (
        Actor("Portugal", None, ("Portugal", "Lisbon")),
        Actor("Rui Lopes", "Portugal", ("Rui Lopes", "Lopes")),
        Actor("Spain", None, ("Spain", "Madrid")),
    ),
)


def test_a_verb_after_and_is_coordinated_with_the_clauses_first():
    body = "Rui Lopes met the Spanish minister on Monday and said the quota would stand."
    assert speakers_in_study(body, SARDINES) == ["Rui Lopes"]
    # the actor met is no speaker of the coordinated verb
    body = "The Spanish minister met Rui Lopes on Monday and said the quota would stand."
    assert speakers_in_study(body, SARDINES) == [None]


def test_an_open_apposition_may_name_a_role_and_what_it_is_of():
    body = "The quota is too low, Rui Lopes, assistant secretary of state for fisheries told AFP."
    assert speakers_in_study(body, SARDINES) == ["Rui Lopes"]
    # a role with nothing it is of closes a reporting clause after another sentence's words
    body = "The quota is too low for Portugal, the minister noted."
    assert speakers_in_study(body, SARDINES) == [None]
    body = "The talks with Portugal went on, official sources of the fleet said."
    assert speakers_in_study(body, SARDINES) == [None]


# --- round-126 constructions (studied on rounds 1-125; scored on round 126) ------------------

DEBRIS = ActorSet(
    "t",
    (
        Actor("Poland", None, ("Poland", "Warsaw")),
        Actor("Polish Space Agency", "Poland", ("the Polish Space Agency", "POLSA")),
        Actor("Anna Nowak", "Polish Space Agency", ("Anna Nowak", "Nowak")),
        Actor("Harbour Council", None, ("the Harbour Council",)),
    ),
)


def test_spaced_hyphens_set_off_an_aside():
    body = "The Harbour Council - one of the objectors to the scheme - said the debris was found."
    assert speakers_in_study(body, DEBRIS) == ["Harbour Council"]
    # a hyphen inside a word sets off nothing
    body = "The Harbour Council's well-known objectors said the debris was found."
    assert speakers_in_study(body, DEBRIS) == [None]


def test_a_source_may_be_followed_by_the_document_it_spoke_in():
    body = "The booster fell at night, according to Anna Nowak in a statement to the press."
    assert speakers_in_study(body, DEBRIS) == ["Anna Nowak"]
    # so may when it spoke, which leaves it the source (round 298: where it sits does too)
    body = "The booster fell at night, according to POLSA in June."
    assert speakers_in_study(body, DEBRIS) == ["Polish Space Agency"]
    # a noun after the source makes it a modifier ("according to US media reports")
    body = "The booster fell at night, according to POLSA engineers."
    assert speakers_in_study(body, DEBRIS) == [None]


def test_an_alert_speaks_for_its_issuer():
    body = "On Tuesday, POLSA issued an alert stating that a booster would fall over Poland."
    assert speakers_in_study(body, DEBRIS) == ["Polish Space Agency"]
    body = "On Tuesday, POLSA issued a permit stating nothing of the booster."
    assert speakers_in_study(body, DEBRIS) == [None]


def test_a_headline_may_drop_the_is_of_a_passive():
    body = "The debris fell on a farm."
    title = "Poland urged to pay for debris clean-up"
    assert speakers_in_study(body, DEBRIS, title=title) == [None, None]
    # the one urged as object leaves the subject urging
    title = "Poland urged POLSA to pay for debris clean-up"
    assert speakers_in_study(body, DEBRIS, title=title) == ["Poland", None]
    # a verb that takes its "to" directly is active
    title = "Poland vowed to pay for debris clean-up"
    assert speakers_in_study(body, DEBRIS, title=title) == ["Poland", None]


# --- round-127 constructions (studied on rounds 1-126; scored on round 127) ------------------

CUSTODY = ActorSet(
    "t",
    (
        Actor("Norway", None, ("Norway", "Oslo")),
        Actor("Child Welfare Service", "Norway", ("the Child Welfare Service", "Barnevernet")),
        Actor("Czech Republic", None, ("the Czech Republic", "Prague")),
        Actor("Jan Novak", "Czech Republic", ("President Jan Novak", "Novak")),
    ),
)


def test_a_speaker_label_may_introduce_a_quotation():
    body = "The case went to court."
    title = 'President Jan Novak: "Barnevernet takes children from their parents"'
    assert speakers_in_study(body, CUSTODY, title=title) == ["Jan Novak", None]
    # a one-word quotation after the label is a topic, not what was said
    title = 'President Jan Novak: "Barnevernet"'
    assert speakers_in_study(body, CUSTODY, title=title) == [None, None]


def test_in_his_view_names_the_sentences_source():
    body = "Novak spoke on Monday. In his view, the Child Welfare Service acts like a state."
    assert speakers_in_study(body, CUSTODY) == [None, "Jan Novak"]
    # a view in the middle of a sentence is only a phrase
    body = "Novak spoke on Monday. The court, in his view of the case, was slow."
    assert speakers_in_study(body, CUSTODY) == [None, None]


# --- round-128 constructions (studied on rounds 1-127; scored on round 128) ------------------


def test_an_actors_diplomats_and_regulators_speak_for_it():
    body = "Norway diplomats told reporters that the case was closed."
    assert speakers_in_study(body, CUSTODY) == ["Norway"]
    body = "The Czech Republic regulators said the children were safe."
    assert speakers_in_study(body, CUSTODY) == ["Czech Republic"]
    # with no owner before them they are nobody the study knows
    body = "Diplomats told reporters that the case was closed."
    assert speakers_in_study(body, CUSTODY) == [None]


# --- round-129 constructions (studied on rounds 1-129; scored on round 130) ------------------

SPICES = ActorSet(
    "t",
    (
        Actor("Indonesia", None, ("Indonesia", "Jakarta")),
        Actor("Banun Harpini", "Indonesia", ("Banun Harpini", "Harpini")),
        Actor("New Zealand", None, ("New Zealand", "Wellington")),
        Actor("Winston Peters", "New Zealand", ("Winston Peters", "Peters")),
    ),
)


def test_a_quotation_that_lost_its_closing_mark_before_the_attribution_closes_at_the_comma():
    text = "“Our nutmeg was rejected twice, said Banun Harpini, head of the quarantine body."
    assert [(q.start, q.end, q.closed) for q in find_quotes(text)] == [
        (0, text.index(", said") + 1, True)
    ]
    assert speakers_in_study(text, SPICES) == ["Banun Harpini"]
    body = "“Wellington will send 18 more nurses, Foreign Minister Winston Peters says."
    assert speakers_in_study(body, SPICES) == ["Winston Peters"]
    # a quotation left open with no attribution at the paragraph's end runs on, as before
    text = "“Our nutmeg was rejected twice, and it was sent back to Jakarta."
    assert [(q.start, q.end, q.closed) for q in find_quotes(text)] == [(0, len(text), False)]
    # "said" with no speaker after it is the quotation's own word
    text = "“We tested the nutmeg, said nothing, and sent it back to Jakarta."
    assert [q.closed for q in find_quotes(text)] == [False]


def test_that_before_a_noun_that_ends_the_clause_points_at_a_thing():
    # a verb outside the lexicon says something only through a that-clause
    assert speakers_in_study("Wellington has upped that support.", SPICES) == [None]
    assert speakers_in_study("Wellington doubled that figure, and more.", SPICES) == [None]
    assert speakers_in_study("Wellington reckons that nutmeg is safe.", SPICES) == ["New Zealand"]
    assert speakers_in_study("Wellington upped that support will grow.", SPICES) == ["New Zealand"]


# --- round-131 constructions (studied on rounds 1-130; scored on round 131) ------------------

GLYPHOSATE = ActorSet(
    "t",
    (
        Actor("France", None, ("France", "Paris")),
        Actor("Marc Fesneau", "France", ("Marc Fesneau", "Fesneau")),
        Actor("Central Bank of Sri Lanka", None, ("the Central Bank",)),
        Actor("Alexandra Caterbow", None, ("Alexandra Caterbow", "Caterbow")),
    ),
)


def test_a_few_words_may_describe_the_document_before_its_issuer():
    body = "According to the 2017 Annual report of the Central Bank, rubber exports rose."
    assert speakers_in_study(body, GLYPHOSATE) == ["Central Bank of Sri Lanka"]
    body = "According to a Nov. 3 report from the Central Bank, rubber exports rose."
    assert speakers_in_study(body, GLYPHOSATE) == ["Central Bank of Sri Lanka"]
    body = "According to the first long detailed annual report of the Central Bank, exports rose."
    assert speakers_in_study(body, GLYPHOSATE) == ["Central Bank of Sri Lanka"]
    # a meeting is no document; five words before one are no description of it
    body = "According to the 2017 Annual meeting of the Central Bank, rubber exports rose."
    assert speakers_in_study(body, GLYPHOSATE) == [None]
    body = "According to the first long and very detailed report of the Central Bank, exports rose."
    assert speakers_in_study(body, GLYPHOSATE) == [None]


def test_a_coordinator_makes_an_open_apposition():
    body = '"We will list it," Caterbow, the co-coordinator of the Alliance told the audience.'
    assert speakers_in_study(body, GLYPHOSATE) == ["Alexandra Caterbow"]
    # a member is no role
    body = '"We will list it," Caterbow, the member of the Alliance told the audience.'
    assert speakers_in_study(body, GLYPHOSATE) == [None]


def test_a_verb_outside_the_lexicon_may_introduce_a_quotation_after_a_colon():
    body = (
        'Fesneau justified his decision to abstain: "We have said from the outset it would fail."'
    )
    assert speakers_in_study(body, GLYPHOSATE) == ["Marc Fesneau"]
    # a short quotation after the colon is a phrase or a name, not a statement
    body = 'Fesneau justified his decision to abstain: "a bad deal".'
    assert speakers_in_study(body, GLYPHOSATE) == [None]
    body = 'France lists two products: "Roundup" and "Rodeo".'
    assert speakers_in_study(body, GLYPHOSATE) == [None]


# --- round-132 constructions (studied on rounds 1-131; scored on round 132) ------------------

RIVERS = ActorSet(
    "t",
    (
        Actor("Nepal", None, ("Nepal", "Kathmandu")),
        Actor("Nepal Ministry of Water Resources", "Nepal", ("Ministry of Water Resources",)),
        Actor("Mathura Dangol", "Nepal", ("Mathura Dangol", "Dangol")),
        Actor("Bangladesh", None, ("Bangladesh",)),
        Actor("Warning Centre", "Bangladesh", ("the Flood Forecasting and Warning Centre",)),
        Actor("Australia", None, ("Australia", "Canberra")),
        Actor("James Paterson", "Australia", ("James Paterson", "Paterson")),
    ),
)


def test_a_person_at_a_body_speaks_as_the_person():
    body = "Mathura Dangol at the Ministry of Water Resources says the gates never open fully."
    assert speakers_in_study(body, RIVERS) == ["Mathura Dangol"]
    # a body at a place is still the body
    body = "The Ministry of Water Resources at Kathmandu says the gates never open fully."
    assert speakers_in_study(body, RIVERS) == ["Nepal Ministry of Water Resources"]


def test_an_official_at_a_body_quoted_as_saying_is_the_body():
    body = (
        "The paper quoted an official at the Flood Forecasting and Warning Centre as claiming "
        "that no notice came."
    )
    assert speakers_in_study(body, RIVERS) == ["Warning Centre"]
    # an engineer is nobody's voice
    body = (
        "The paper quoted an engineer at the Flood Forecasting and Warning Centre as claiming "
        "that no notice came."
    )
    assert speakers_in_study(body, RIVERS) == [None]


def test_an_actor_an_event_moved_to_speak_speaks():
    body = (
        "Ports installed the cranes, prompting James Paterson to warn that the ports are at risk."
    )
    assert speakers_in_study(body, RIVERS) == ["James Paterson"]
    # moved to do something else, or only expected to speak, it says nothing
    body = "Ports installed the cranes, prompting James Paterson to visit them."
    assert speakers_in_study(body, RIVERS) == [None]
    assert speakers_in_study("Bangladesh expects Paterson to warn the ports.", RIVERS) == [None]


def test_an_advisory_speaks_for_its_issuer():
    body = (
        "The Flood Forecasting and Warning Centre issued an advisory on Monday. "
        "The advisory states that the river will rise."
    )
    assert speakers_in_study(body, RIVERS)[-1] == "Warning Centre"


# --- round-133 constructions (studied on rounds 1-132; scored on round 133) ------------------

APES = ActorSet(
    "t",
    (
        Actor("Indonesia", None, ("Indonesia", "Jakarta")),
        Actor("Kristiani Yudhoyono", "Indonesia", ("Kristiani Yudhoyono", "Yudhoyono")),
        Actor("Nigeria", None, ("Nigeria", "Abuja")),
        Actor("Olugbenga Ashiru", "Nigeria", ("Olugbenga Ashiru", "Ashiru")),
        Actor("WWF", None, ("WWF",)),
    ),
)


def test_a_strangers_name_after_an_inverted_verb_is_the_last_speaker():
    body = (
        '"We are happy," Yudhoyono said. The apes fly on today, said Aldrianto Priadjati, '
        "a conservationist. He said they were well."
    )
    assert speakers_in_study(body, APES) == ["Kristiani Yudhoyono", None, None]
    # calendar words are no name: "he" still goes back to the last person named
    body = '"We are happy," Yudhoyono said. The apes fly on today, said Monday Tuesday. He said so.'
    assert speakers_in_study(body, APES) == ["Kristiani Yudhoyono", None, "Kristiani Yudhoyono"]


def test_making_this_known_is_saying_it():
    assert speakers_in_study("Ashiru made this known in Abuja.", APES) == ["Olugbenga Ashiru"]
    assert speakers_in_study("Ashiru made this trip to Abuja.", APES) == [None]


def test_instead_may_stand_before_a_coordinated_verb():
    body = "WWF is against the offer and instead calls for importers to help."
    assert speakers_in_study(body, APES) == ["WWF"]
    body = "WWF is against the offer and instead plants trees."
    assert speakers_in_study(body, APES) == [None]


# --- round-134 constructions (studied on rounds 1-133; scored on round 134) ------------------

PULSES = ActorSet(
    "t",
    (
        Actor("India", None, ("India", "New Delhi")),
        Actor("Lebanon", None, ("Lebanon", "Beirut")),
        Actor(
            "Mohammad Mashnouk",
            "Lebanon",
            ("Mashnouk", "Environment Minister, Mohammad Mashnouk"),
        ),
    ),
)


def test_a_title_before_a_comma_in_an_alias_is_still_the_persons_role():
    body = (
        "Environment Minister, Mohammad Mashnouk, met the Polish envoy. "
        "The Minister assured the envoy that lawyers were appointed."
    )
    assert speakers_in_study(body, PULSES) == [None, "Mohammad Mashnouk"]


def test_a_government_document_cited_is_the_sentence_subjects_own():
    body = "India has imposed a duty on yellow peas, according to a government notification."
    assert speakers_in_study(body, PULSES) == ["India"]
    # a country that does not open the sentence is no issuer
    body = "Duties were raised on peas from Beirut and India, according to a government notice."
    assert speakers_in_study(body, PULSES) == [None]


# --- round-136 constructions (studied on rounds 1-135 and 138; scored on round 136) ----------

CEMENT = ActorSet(
    "t",
    (
        Actor("Malaysia", None, ("Malaysia",)),
        Actor("United Kingdom", None, ("the UK", "UK")),
        Actor("China", None, ("China",)),
        Actor("Yeo Bee Yin", "Malaysia", ("Yeo Bee Yin", "Yeo")),
        Actor("Thailand", None, ("Thailand",)),
        Actor(
            "Thai Ministry of Natural Resources and Environment",
            "Thailand",
            ("Thai environment ministry",),
        ),
        Actor("Rwanda Standards Board", None, ("Rwanda Standards Board",)),
        Actor("Raymond Murenzi", "Rwanda Standards Board", ("Raymond Murenzi", "Director General")),
    ),
)


def test_an_actor_closing_the_sentence_after_comma_said_is_the_speaker_not_a_list_before_it():
    body = (
        "Malaysia will send back waste from countries including the UK and China, said the "
        "Environment, Science and Technology Minister Yeo Bee Yin."
    )
    assert speakers_in_study(body, CEMENT) == ["Yeo Bee Yin"]
    # a name in apposition to a stranger is no title's end
    body = (
        "The waste came from the UK and China, said Gordon Bacon, head of Rwanda Standards Board."
    )
    assert speakers_in_study(body, CEMENT) == [None]
    # the verb's own subject keeps it where no actor closes the sentence after it
    body = "The UK, which sent the waste, said it would take it back, Malaysian media reported."
    assert speakers_in_study(body, CEMENT) == ["United Kingdom"]


def test_a_voice_of_a_body_named_by_its_qualifiers_speaks_for_that_body():
    body = "Thailand will ban e-waste imports, an environment ministry official said."
    assert speakers_in_study(body, CEMENT) == ["Thai Ministry of Natural Resources and Environment"]
    body = "Thailand will ban e-waste imports, said a senior environment ministry official."
    assert speakers_in_study(body, CEMENT) == ["Thai Ministry of Natural Resources and Environment"]
    # a qualifier the body's names lack names another body
    body = "Thailand will ban e-waste imports, a finance ministry official said."
    assert speakers_in_study(body, CEMENT) == [None]


def test_quoted_someone_saying_without_as_quotes_them():
    body = (
        "The New Times quoted the Director General, Raymond Murenzi on Wednesday saying the "
        "cement failed the tests."
    )
    assert speakers_in_study(body, CEMENT) == ["Raymond Murenzi"]
    # an apposition naming someone else is no quotation of the first
    body = "The New Times quoted the Director General, Yeo Bee Yin saying nothing new."
    assert speakers_in_study(body, CEMENT) != ["Raymond Murenzi"]


# --- round-137 constructions (studied on rounds 1-136 and 138; scored on round 137) ----------

WASTE = ActorSet(
    "t",
    (
        Actor("Switzerland", None, ("Switzerland", "Swiss authorities")),
        Actor("Japan", None, ("Japan", "Tokyo")),
        Actor("Japanese Trade Ministry", "Japan", ("Trade Ministry",)),
        Actor("Mongolia", None, ("Mongolia",)),
    ),
)


def test_making_an_announcement_that_is_saying_it():
    body = "Swiss authorities made the announcement on Saturday that they had chosen the site."
    assert speakers_in_study(body, WASTE) == ["Switzerland"]
    body = "Swiss authorities made a statement that the site was safe."
    assert speakers_in_study(body, WASTE) == ["Switzerland"]
    # an announcement made with no clause of what it says is a deed
    body = "Swiss authorities made the announcement on Saturday in Bern."
    assert speakers_in_study(body, WASTE) == [None]


def test_he_after_a_bodys_official_named_before_the_voice_is_that_official():
    body = (
        "A Trade Ministry official in Tokyo said on Monday that firms were in talks. "
        "He said there were no concrete plans."
    )
    assert speakers_in_study(body, WASTE) == ["Japanese Trade Ministry", "Japanese Trade Ministry"]
    # the body alone, with no voice of a person, is no antecedent for "he"
    body = (
        "The Trade Ministry in Tokyo said on Monday that firms were in talks. "
        "He said there were no concrete plans."
    )
    assert speakers_in_study(body, WASTE)[1] != "Japanese Trade Ministry"


# --- round-139 constructions (studied on rounds 1-138; scored on round 139) ---------------------

METALS = ActorSet(
    "t",
    (
        Actor("United States", None, ("United States", "US", "Trump administration")),
        Actor("Donald Trump", "United States", ("Donald Trump", "US President Donald Trump")),
        Actor("South Korea", None, ("South Korea", "Seoul")),
        Actor("South Korean Industry Ministry", "South Korea", ("Industry ministry",)),
        Actor("Canada", None, ("Canada",)),
        Actor("Mary Ng", "Canada", ("Mary Ng", "Canadian trade minister")),
    ),
)


def test_a_speech_still_to_come_by_an_agent_is_not_said():
    body = (
        "A firm will develop the deposit under a deal to be announced by the Trump administration."
    )
    assert speakers_in_study(body, METALS) == [None]
    body = "The deal was announced by the Trump administration on Thursday."
    assert speakers_in_study(body, METALS) == ["United States"]


def test_a_name_described_by_a_relative_clause_is_the_subject_not_an_inversion():
    body = (
        "Althaus, who ran a mining firm, said US President Donald Trump helped negotiate the deal."
    )
    assert speakers_in_study(body, METALS) == [None]
    # without the relative clause the inversion stands
    body = "The deal is done, said US President Donald Trump."
    assert speakers_in_study(body, METALS) == ["Donald Trump"]


def test_here_may_stand_between_the_subject_and_its_verb():
    body = "Industry ministry here said on Monday it will make contingency plans."
    assert speakers_in_study(body, METALS) == ["South Korean Industry Ministry"]


def test_a_states_role_with_no_listed_holder_speaks_for_the_state():
    body = "Canada's finance minister said uncertainty cannot become the norm."
    assert speakers_in_study(body, METALS) == ["Canada"]
    # a listed holder of that role keeps it
    body = "Canada's trade minister said uncertainty cannot become the norm."
    assert speakers_in_study(body, METALS) == ["Mary Ng"]


# --- round-140 constructions (studied on rounds 1-139; scored on round 140) ---------------------

SOY = ActorSet(
    "t",
    (
        Actor("China", None, ("China",)),
        Actor("United States", None, ("US",)),
        Actor("Chinese Ministry of Commerce", "China", ("Chinese Ministry of Commerce",)),
    ),
)


def test_a_document_cited_from_its_issuer_may_be_dated_by_its_release():
    body = (
        "China is to tax US soybean imports, according to a statement from the Chinese Ministry "
        "of Commerce released Wednesday."
    )
    assert speakers_in_study(body, SOY) == ["Chinese Ministry of Commerce"]
    # a word that only describes the source still leaves it a modifier (its own figures cite
    # it: round 191)
    body = "China is to tax US soybeans, according to Chinese Ministry of Commerce watchers."
    assert speakers_in_study(body, SOY) == [None]


# --- round-142 constructions (studied on rounds 1-141; scored on round 142) ---------------------

SEALS = ActorSet(
    "t",
    (
        Actor("World Trade Organization", None, ("WTO",)),
        Actor("Canada", None, ("Canada",)),
    ),
)


def test_an_actors_voice_after_an_inverted_verb_speaks_for_the_actor():
    body = "“A panel has been established,” said a WTO spokeswoman, referring to the arbitrators."
    assert speakers_in_study(body, SEALS) == ["World Trade Organization"]
    # a voice that does not close its clause is no inverted subject
    body = "“A panel has been established,” said a WTO spokeswoman friend of Canada's envoy."
    assert speakers_in_study(body, SEALS) != ["World Trade Organization"]


# --- round-143 constructions (studied on rounds 1-143; scored on round 144 onward) --------------


def test_reminding_listeners_of_a_point_is_speech():
    assert speakers(run("Beijing reminded Kerry that coal was still needed.")) == ["China"]
    # something other than an actor reminding is no one speaking
    assert speakers(run("The talks reminded observers that coal was still needed.")) == [None]


TAIWAN_FDA = ActorSet(
    "t",
    (
        Actor("Taiwan", None, ("Taiwan",)),
        Actor("Food and Drug Administration", "Taiwan", ("Food and Drug Administration",)),
    ),
)


def test_an_outlet_quoting_an_actor_on_a_weekday_names_the_source():
    body = (
        "A shipment of sesame was seized at the border, the Central News Agency quoted the "
        "Food and Drug Administration on Tuesday."
    )
    assert speakers_in_study(body, TAIWAN_FDA) == ["Food and Drug Administration"]
    # the actor quoted must close the sentence: here it is only where the agency looked
    body = (
        "A shipment of sesame was seized at the border, the Central News Agency quoted the "
        "Food and Drug Administration on Tuesday in a report about drought in Taiwan."
    )
    assert speakers_in_study(body, TAIWAN_FDA) == [None]


JINLING = ActorSet(
    "t",
    (
        Actor("China", None, ("China",)),
        Actor("Jinling Customs", "China", ("Jinling Customs",)),
        Actor("General Administration of Customs of China", "China", ("GACC",)),
    ),
)


def test_the_customs_reporting_is_the_customs_the_article_named():
    body = (
        "Jinling Customs in east China have seized ginseng. The customs reported that they had "
        "confiscated 896 grams."
    )
    assert speakers_in_study(body, JINLING) == [None, "Jinling Customs"]
    # a modifier says which customs: not the one named before
    body = (
        "Jinling Customs in east China have seized ginseng. Japanese customs reported that they "
        "had confiscated 896 grams."
    )
    assert speakers_in_study(body, JINLING) == [None, None]


# --- round-145 constructions (studied on rounds 1-145; scored on round 146 onward) --------------

MINES = ActorSet(
    "t",
    (
        Actor("Zambia", None, ("Zambia",)),
        Actor("Zambian Embassy", "Zambia", ("Zambian embassy",)),
        Actor("Tetsuhiro Hosono", None, ("Tetsuhiro Hosono",)),
    ),
)


def test_a_document_issuer_after_an_inverted_verb_outranks_a_name_before_the_comma():
    body = (
        "The deal was signed by Tetsuhiro Hosono, president of the corporation, on the "
        "sidelines of a forum, said a statement issued by the Zambian embassy in that country."
    )
    assert speakers_in_study(body, MINES) == ["Zambian Embassy"]
    # a document no actor issued leaves the name before the comma as it was
    body = (
        "The deal was signed by Tetsuhiro Hosono, president of the corporation, on the "
        "sidelines of a forum, said a statement issued after the signing."
    )
    assert speakers_in_study(body, MINES) != ["Zambian Embassy"]


def test_according_to_a_government_official_is_the_home_government():
    body = "Zambia has lifted a ban on copper exports, according to a government official."
    assert speakers_in_study(body, MINES) == ["Zambia"]
    # an official that does not close the phrase is someone the sentence only mentions
    body = "Zambia has lifted a ban on copper exports, according to a government official's aide."
    assert speakers_in_study(body, MINES) == [None]


def test_saying_before_a_clause_with_a_noun_subject_speaks_for_the_clause_subject():
    body = "Zambia halted copper imports in May 2015 saying harmful bacteria were found."
    assert speakers_in_study(body, MINES) == ["Zambia"]
    # a saying that only names its object reports no words
    body = "Zambia halted copper imports in May 2015 saying goodbye to the trade."
    assert speakers_in_study(body, MINES) == [None]


# --- round-147 constructions (studied on rounds 1-147; scored on round 148 onward) --------------

CABINET = ActorSet(
    "t",
    (
        Actor("Taiwan", None, ("Taiwan",)),
        Actor("Ukraine", None, ("Ukraine",)),
        Actor("Egyptian Ministry of Agriculture", "Egypt", ("the Ministry of Agriculture",)),
        Actor("Egypt", None, ("Egypt",)),
    ),
)


def test_the_cabinet_speaks_for_the_home_government():
    body = (
        "Taiwan does not expect a shortage of neon gas from Ukraine. The cabinet, following a "
        "meeting, said stocks were sufficient."
    )
    assert speakers_in_study(body, CABINET) == [None, "Taiwan"]
    # a cabinet that only decides, with no words reported, is narration
    body = (
        "Taiwan does not expect a shortage of neon gas from Ukraine. The cabinet met on Monday "
        "to approve a stockpile."
    )
    assert speakers_in_study(body, CABINET) == [None, None]


def test_quoting_an_actors_statement_names_the_actor():
    body = (
        "A shipment of camels was stopped at the Egypt border, a daily reported on Sunday, "
        "quoting a statement from the Ministry of Agriculture."
    )
    assert speakers_in_study(body, CABINET) == ["Egyptian Ministry of Agriculture"]
    # a statement no actor issued quotes no one the study knows
    body = (
        "A shipment of camels was stopped at the Egypt border, a daily reported on Sunday, "
        "quoting a statement from an unnamed trader."
    )
    assert speakers_in_study(body, CABINET) == [None]


# --- round-149 constructions (studied on rounds 1-149; scored on round 150 onward) --------------

TOMATOES = ActorSet(
    "t",
    (
        Actor("Pakistan", None, ("Pakistan",)),
        Actor("India", None, ("India",)),
        Actor("Australia", None, ("Australian government",)),
        Actor("China", None, ("China",)),
        Actor(
            "Pakistani agriculture department",
            "Pakistan",
            ("the provincial agriculture department",),
        ),
    ),
)


def test_a_spokesman_for_a_body_after_an_inverted_verb_speaks_for_it_and_goes_on():
    body = (
        "A ban on tomatoes from India has been imposed to protect Pakistan's farmers, said a "
        "spokesman for the provincial agriculture department. The spokesman said imports had "
        "cost Rs 7.91 billion."
    )
    assert speakers_in_study(body, TOMATOES) == ["Pakistani agriculture department"] * 2
    # a spokesman for someone the study does not know is no one's voice here
    body = (
        "A ban on tomatoes from India has been imposed to protect Pakistan's farmers, said a "
        "spokesman for the growers. The spokesman said imports had cost Rs 7.91 billion."
    )
    assert "Pakistani agriculture department" not in speakers_in_study(body, TOMATOES)


def test_a_government_source_speaks_for_the_government_that_owns_it():
    body = (
        "China has ordered mills to stop buying cotton. “They are being told they might not get "
        "their quota,” an Australian government source, briefed by officials in China, told "
        "Reuters."
    )
    assert speakers_in_study(body, TOMATOES) == [None, "Australia"]
    # a source the sentence only mentions says nothing
    body = (
        "China has ordered mills to stop buying cotton. An Australian government source was "
        "briefed by officials in China on Friday."
    )
    assert speakers_in_study(body, TOMATOES) == [None, None]


# --- round-151 constructions (studied on rounds 1-151; scored on round 152 onward) --------------


def test_flagging_a_risk_is_speech_but_flagging_off_a_train_is_not():
    assert speakers(run("Beijing flagged the risk of coal shortages.")) == ["China"]
    assert speakers(run("Beijing flagged off a coal train to the US.")) == [None]
    # a ship flagged somewhere says nothing
    assert speakers(run("A ship flagged in China carried coal to the US.")) == [None]


# --- round-163 constructions (studied on rounds 1-163; scored on round 164 onward) --------------


@pytest.mark.parametrize(
    "sentence",
    [
        "China and the United States have agreed to set up a coal working group.",
        "China and the United States agreed on Friday to resume coal talks.",
        "China, US agree on coal",
        "China and the United States have reached an agreement to cut coal.",
        # a time between the agreeing and its deed (round 167)
        "China and the United States agreed today to resume coal talks.",
        "China and the United States agreed last week to resume coal talks.",
    ],
)
def test_an_agreement_reached_is_a_deed_by_default_and_speech_on_request(sentence):
    assert speakers(run(sentence)) == [None]
    assert sorted(speakers(run(sentence, agreements="speech")), key=str) == [
        "China",
        "United States",
    ]


def test_agreeing_that_reports_what_was_agreed_under_either_convention():
    text = "China and the United States agreed that coal must go."
    assert sorted(speakers(run(text)), key=str) == ["China", "United States"]


def test_a_quoted_adverb_between_subject_and_verb_keeps_the_subject():
    title = "China ‘strongly’ opposes US tariffs on coal"
    assert speakers_in_study("They met.", TRADE_PAIR, title=title)[0] == "China"
    # a quoted phrase of more words is no adverb: its verb is the quoted one
    title = "China ‘strongly urges’ US to drop coal tariffs"
    assert speakers_in_study("They met.", TRADE_PAIR, title=title)[0] == "China"


TRADE_PAIR = ActorSet(
    "t",
    (
        Actor("China", None, ("China",)),
        Actor("United States", None, ("US",)),
        Actor("European Union", None, ("EU",)),
        Actor("MOFCOM", "China", ("China's Ministry of Commerce", "Ministry of Commerce")),
        Actor("Lance Reed", "United States", ("Lance Reed",)),
        Actor("CBP", "United States", ("U.S. Customs and Border Protection",)),
    ),
)


def test_an_outlet_closing_a_sentence_relays_its_speakers_words():
    body = (
        "Responding to the announcement, Lance Reed said the US “intends to impose "
        "countermeasures”, reports CBC News."
    )
    assert speakers_in_study(body, TRADE_PAIR) == ["Lance Reed"]
    # an actor closing the sentence the same way is its speaker
    body = "Coal imports will be cut by half, reports the Ministry of Commerce."
    assert speakers_in_study(body, TRADE_PAIR) == ["MOFCOM"]


def test_a_person_with_a_body_is_the_speaker_not_the_body():
    body = (
        '"They appeared to be diamonds," Lance Reed with the U.S. Customs and Border Protection '
        "said."
    )
    assert speakers_in_study(body, TRADE_PAIR) == ["Lance Reed"]
    # talks with a body make no one its voice
    body = (
        '"They appeared to be diamonds," a trader in talks with the U.S. Customs and Border '
        "Protection said."
    )
    assert speakers_in_study(body, TRADE_PAIR) == [None]


def test_the_government_before_a_closing_speaker_is_that_speakers_own():
    body = "The government advocated mutual benefit in the coal trade, said Lance Reed."
    assert speakers_in_study(body, TRADE_PAIR) == ["Lance Reed"]
    # since the round-181 freeze so is another state's: a named person closing a sentence whose
    # speakers are bodies is its source
    body = "China advocated mutual benefit in the coal trade, said Lance Reed."
    assert speakers_in_study(body, TRADE_PAIR) == ["Lance Reed"]


def test_a_headline_label_outranks_a_title_case_clause_after_its_colon():
    title = "China's Ministry of Commerce: China Rejects EU's Coal Tariffs"
    assert speakers_in_study("They met.", TRADE_PAIR, title=title)[0] == "MOFCOM"
    # a source named alone after the colon is still the headline's
    title = "Coal tariffs will be rejected: Ministry of Commerce"
    assert speakers_in_study("They met.", TRADE_PAIR, title=title)[0] == "MOFCOM"


# --- round-165 constructions (studied on rounds 1-165; scored on round 166 onward) --------------


def test_a_curly_opening_mark_closes_at_a_straight_mark_after_a_word():
    text = '“Coal is unacceptable. Canada must play by the rules." The US is in talks.'
    assert [(q.start, q.end) for q in find_quotes(text)] == [(0, text.index('"') + 1)]
    body = (
        '“Coal is needed,” Kerry said. “Canada must play by the rules." China is also in talks. '
        'Xie said, "Thank you to Kerry."'
    )
    assert speakers(run(body)) == ["John Kerry", "John Kerry", None, "Xie Zhenhua"]
    # a straight pair inside a curly quotation that a curly mark closes later stays inside it
    nested = '“It is a "farce" today,” Kerry said.'
    assert [(q.start, q.end) for q in find_quotes(nested)] == [(0, nested.index("”") + 1)]


def test_a_quotation_closed_by_a_described_stranger_is_not_the_last_speakers():
    body = (
        'Xie Zhenhua said coal matters.\n\n"Coal is needed. The talks must go on," said '
        "economic expert John Doe."
    )
    assert speakers(run(body)) == ["Xie Zhenhua", None]
    # lowercase words alone after the verb name no one: the quotation goes on with Xie
    body = 'Xie Zhenhua said coal matters.\n\n"Coal is needed. The talks must go on," said Xie.'
    assert speakers(run(body)) == ["Xie Zhenhua", "Xie Zhenhua"]


SPOKESWOMAN = ActorSet(
    "t",
    (
        Actor("China", None, ("China",)),
        Actor("Japan", None, ("Japan",)),
        Actor("Mao Ning", "China", ("Mao Ning",)),
    ),
)


def test_a_pronoun_closing_speaker_outranks_her_own_country_before_it():
    body = "Mao Ning spoke on Monday. China hopes Japan would act on its statements, she said."
    assert speakers_in_study(body, SPOKESWOMAN) == [None, "Mao Ning"]
    # another state's warning she reports stays that state's
    body = "Mao Ning spoke on Monday. Japan warned that China would act on coal, she said."
    assert speakers_in_study(body, SPOKESWOMAN) == [None, "Japan"]


def test_a_statement_made_by_an_actor_on_a_day_names_its_source():
    text = "China will cut coal, according to a statement made by John Kerry on Friday."
    assert speakers(run(text)) == ["John Kerry"]
    # remarks made by no one named name no source
    assert speakers(run("Coal will be cut, according to remarks made on Friday.")) == [None]


def test_official_sources_after_a_comma_speak_for_the_state_that_opens_the_sentence():
    text = "China decided on Monday to keep the coal ban, official sources said."
    assert speakers(run(text)) == ["China"]
    assert speakers(run("The coal ban stays, official sources said.")) == [None]


def test_a_relative_clause_no_comma_closes_keeps_its_antecedent_as_subject():
    text = "Xie Zhenhua who was in Beijing on Tuesday to attend the meeting said coal matters."
    assert speakers(run(text)) == ["Xie Zhenhua"]
    # the antecedent is a noun the study does not know: not the actor the clause names
    assert speakers(run("The trader who met Xie on Tuesday said coal matters.")) == [None]


# --- round-167 constructions (studied on rounds 1-167; scored on round 168 onward) --------------


def test_berating_is_speech():
    assert speakers(run("China berates the US over coal.")) == ["China"]
    assert speakers(run("China beats the US at coal.")) == [None]


def test_an_owners_word_before_a_source_is_like_the():
    text = "Coal will be cut, according to its climate envoy Xie Zhenhua."
    assert speakers(run(text)) == ["Xie Zhenhua"]
    # its figures name no one
    assert speakers(run("Coal will be cut, according to its figures.")) == [None]


def test_a_passive_agent_inside_what_a_speaker_said_is_content():
    text = "Kerry said in Beijing that the talks were proposed by China."
    assert speakers(run(text)) == ["John Kerry"]
    # outside a that-clause the agent is a second speaker
    text = "Kerry said coal matters, while the talks were proposed by China."
    assert speakers(run(text)) == ["John Kerry", "China"]


def test_an_adverb_before_quoted_as_saying_keeps_the_passive():
    text = "Xie Zhenhua was also quoted by state media as saying that coal matters."
    assert speakers(run(text)) == ["Xie Zhenhua"]
    # quoted in a report, with no "as saying", reports nothing said
    assert speakers(run("Xie Zhenhua was also quoted in the report.")) == [None]


# --- round-169 constructions (studied on rounds 1-169; scored on round 170 onward) --------------


def test_a_headline_role_may_name_its_topic_before_the_colon():
    body = "Xie Zhenhua said coal matters."
    title = "Chinese minister on coal talks: the door is open"
    assert speakers(run(body, title=title)) == ["Xie Zhenhua", "Xie Zhenhua"]
    # a topic alone before the colon names no one
    title = "Coal talks on the table: the door is open"
    assert speakers(run(body, title=title)) == [None, "Xie Zhenhua"]


def test_a_headline_source_may_name_whom_it_addressed():
    body = "Xie Zhenhua said coal matters."
    for title in (
        "Coal deal will not be signed: Xie Zhenhua to US",
        "Coal deal will not be signed: envoy to AFP",
    ):
        assert speakers(run(body, title=title)) == ["Xie Zhenhua", "Xie Zhenhua"]
    # "to" opening a plan is no addressee
    title = "Coal deal will not be signed: minister to visit US"
    assert speakers(run(body, title=title)) == [None, "Xie Zhenhua"]


def test_a_ranked_official_of_a_body_closing_a_quotation_speaks_for_it():
    text = "“Coal is needed,” said a senior official of the State Department."
    assert speakers(run(text)) == ["US State Department"]
    assert speakers(run("“Coal is needed,” said a senior official of a coal firm.")) == [None]


# --- round-175 constructions (studied on rounds 1-175; scored on round 176 onward) --------------


def test_an_agreement_with_its_object_is_a_deed_but_a_bare_clause_is_speech():
    deal = "China, US agree landmark coal deal"
    assert speakers(run("They met.", title=deal)) == [None, None]
    assert sorted(speakers(run("They met.", title=deal, agreements="speech"))[:2]) == [
        "China",
        "United States",
    ]
    # a clause whose "that" the headline dropped reports what was agreed
    clause = "China, US agree coal plants should close"
    assert sorted(speakers(run("They met.", title=clause))[:2]) == ["China", "United States"]


def test_agreeing_with_a_partner_to_do_something_is_a_deed():
    text = "China has agreed with the United States Department of Energy (DOE) to build a plant."
    assert speakers(run(text)) == [None]
    assert speakers(run("China has agreed with the United States that coal must go.")) == ["China"]


# --- round-179 constructions (studied on rounds 1-179; scored on round 180 onward) --------------


def test_that_before_a_verb_is_a_relative_pronoun_not_a_reported_clause():
    text = "China pressured the State Department on Friday to end the crisis that has halted trade."
    assert speakers(run(text)) == [None]
    # a verb outside the lexicon still reports the clause its "that" opens
    assert speakers(run("China maintains that coal has halted trading.")) == ["China"]


def test_it_seems_that_reports_nothing():
    assert speakers(run("Kerry met Xie. However, it seems that coal talks may stall.")) == [
        None,
        None,
    ]


def test_a_verb_of_blame_before_its_preposition_is_a_passive():
    assert speakers(run("The talks went on.", title="U.S. accused of foul play")) == [None, None]
    assert speakers(run("China criticised for coal plants.")) == [None]
    # with the one blamed as its object the verb is active
    assert speakers(run("China accused the US of foul play.")) == ["China"]


def test_adding_to_a_trend_is_a_deed_but_adding_to_reporters_is_speech():
    text = "China ordered importers to pay deposits, adding to growing trade conflict."
    assert speakers(run(text)) == [None]
    assert speakers(run("China's tariffs are adding to the US's woes.")) == [None]
    assert speakers(run("China Adds Coal to Banned US Imports")) == [None]
    assert speakers(run("China added on Friday that coal matters.")) == ["China"]
    assert speakers(run("Kerry added to reporters that coal matters.")) == ["John Kerry"]
    assert speakers(run("Kerry said coal matters, adding that talks would go on.")) == [
        "John Kerry"
    ]


def test_a_surname_alias_written_in_lower_case_is_a_common_word():
    study = ActorSet(
        "t",
        (
            Actor("United Nations", None, ("United Nations", "UN")),
            Actor("Ban Ki-moon", "United Nations", ("Ban Ki-moon", "Ban")),
        ),
    )
    text = "Six countries were added to the visa ban announced on Friday."
    assert speakers_in_study(text, study) == [None]
    assert speakers_in_study("Ban announced on Friday that talks would resume.", study) == [
        "Ban Ki-moon"
    ]


def test_a_participle_describing_the_subject_names_no_speaker():
    text = "The coal probe, announced by China on Sunday, is expected to hit US exports."
    assert speakers(run(text)) == [None]
    # a passive with its auxiliary reports the agent's words
    assert speakers(run("The coal probe was announced by China on Sunday.")) == ["China"]


def test_a_speech_verb_inside_a_condition_reports_nothing():
    text = "If the State Department reaffirms the finding, China will retaliate."
    assert speakers(run(text)) == [None]
    assert speakers(run("The State Department reaffirmed the finding.")) == ["US State Department"]


def test_slamming_the_brakes_is_a_deed():
    assert speakers(run("China has slammed the brakes on all coal exports.")) == [None]
    assert speakers(run("China has slammed the US coal plan.")) == ["China"]


def test_a_state_opening_the_name_of_a_private_body_is_not_the_state():
    text = "A statement from the US Grains Council says coal exports will grow."
    assert speakers(run(text)) == [None]
    # the state itself, or a body the study lists, still speaks
    assert speakers(run("A statement from the US says coal exports will grow.")) == [
        "United States"
    ]
    assert speakers(run("The US State Department says coal exports will grow.")) == [
        "US State Department"
    ]


def test_a_closing_voice_of_a_body_is_the_source_of_its_own_states_words():
    text = (
        "US officials told Xie that the US had decided against coal, "
        "a State Department official told on Tuesday."
    )
    assert speakers(run(text)) == ["US State Department"]
    # a closing voice of another state's body is only cited: the opening speaker keeps it
    text = "Xie told Kerry that coal matters, a State Department official said on Tuesday."
    assert speakers(run(text)) == ["Xie Zhenhua"]


# --- round-181 constructions (studied on rounds 1-181; scored on round 182 onward) --------------


def test_a_named_person_closing_a_bodys_sentence_is_its_source():
    text = "The United States had pledged to close coal plants, Xie Zhenhua said."
    assert speakers(run(text)) == ["Xie Zhenhua"]
    # one person's words relayed by another stay the first's
    text = "John Kerry told Chinese officials that coal must go, Xie Zhenhua said."
    assert speakers(run(text)) == ["John Kerry"]


# --- round-183 constructions (studied on rounds 1-183; scored on round 184 onward) --------------


def test_an_inverted_source_may_say_where_it_spoke_after_a_list_of_states():
    text = (
        "Bikes imported from Indonesia, Malaysia, China, Pakistan and the United States are also "
        "covered by these measures, said the State Department in a press release."
    )
    assert speakers(run(text)) == ["US State Department"]


def test_a_person_heading_a_private_body_of_a_state_does_not_speak_for_the_state():
    opening = "“Coal is needed,” Ma Lin, "
    text = opening + "the president of China's association of coal producers, said in a statement."
    assert speakers(run(text)) == [None]
    # a state's own council or ministry is the state's (or the ministry's) voice
    text = opening + "a spokeswoman for China's State Council, said in a statement."
    assert speakers(run(text)) == ["China"]


def test_recalling_goods_is_a_deed():
    assert speakers(run("China recalled all US toys.")) == [None]
    assert speakers(run("China recalled that the talks had failed.")) == ["China"]


def test_a_stranger_titled_after_the_body_they_serve_opens_the_sentence():
    def stranger(text: str) -> bool:
        return introduces_stranger(tokens_of(text))

    assert stranger(
        "The Coal Exporters' Association of China (CEAC) president Li Ming described the deal."
    )
    # a title deep in the clause after its verb names an object, not the subject
    assert not stranger(
        "Kerry delivered forceful endorsements of Chinese President Li Ming, whom he backed."
    )


# --- round-185 constructions (studied on rounds 1-185; scored on round 186 onward) --------------


def test_an_actor_after_a_colon_late_in_a_spoken_line_is_no_source():
    text = (
        "“Coal must go,” Kerry said, adding that the US was watching the latest coal buyer: China."
    )
    assert speakers(run(text)) == ["John Kerry"]
    # a line whose source follows its colon, with no speech verb before it, is still that source's
    assert speakers(run("Coal plants must close: John Kerry")) == ["John Kerry"]


# --- round-187 constructions (studied on rounds 1-187; scored on round 188 onward) --------------


def test_a_plural_noun_after_of_before_a_relative_that_is_no_verb():
    text = "China on Monday imposed a ban on the import of apples that cost up to $50 a kg."
    assert speakers(run(text)) == [None]
    # a verb outside the lexicon still reports its that-clause
    assert speakers(run("China maintains that coal plants cost too much.")) == ["China"]


# --- round-189 constructions (studied on rounds 1-189; scored on round 190 onward) --------------


def test_clarifying_is_speech_even_with_a_plain_object():
    assert speakers(run("The State Department clarified the sanctions.")) == ["US State Department"]
    # a speech verb after "until" names a condition still to be met
    text = "The sanctions will stay until the US confirms its new rules."
    assert speakers(run(text)) == [None]


def test_crying_foul_is_a_complaint_made_in_public():
    assert speakers(run("China cries foul over US coal tariffs")) == ["China"]
    assert speakers(run("China cried over the loss.")) == [None]


def test_a_voice_with_a_body_speaks_for_the_body():
    text = (
        "A spokesperson with the State Department has said the talks will resume. "
        "The talks are useful, the spokesperson said."
    )
    assert speakers(run(text)) == ["US State Department", "US State Department"]
    # a body after "with" that no voice precedes is no speaker
    text = "Companies with the State Department contracts said prices would rise."
    assert speakers(run(text)) == [None]


def test_an_inverted_source_may_carry_a_lower_case_title():
    text = "“We will not cut coal,” said federal cabinet minister Xie Zhenhua."
    assert speakers(run(text)) == ["Xie Zhenhua"]
    # the words before the name must end in a role
    assert speakers(run("“We will not cut coal,” said reports about Xie Zhenhua.")) == [None]


def test_an_actor_in_a_speakers_that_clause_is_what_was_said():
    text = "Kerry explained that as part of the deal, China has promised to cut coal."
    assert speakers(run(text)) == ["John Kerry"]
    # a second clause with its own speech verb is a second speaker
    text = "Kerry said that coal must go, while China said that it would cut coal."
    assert speakers(run(text)) == ["John Kerry", "China"]


# --- round-191 constructions (studied on rounds 1-191; scored on round 192 onward) --------------


def test_a_base_form_before_of_is_a_noun():
    text = "The talks came after China issued a warrant for a man held in the U.S. state of Texas."
    assert speakers(run(text)) == [None]
    # a verb that takes "of" still reports
    assert speakers(run("The US and China warn of coal shortages.")) == ["United States", "China"]


def test_bare_officials_after_a_pair_of_states_speak_for_neither():
    assert speakers(run("China and the US signed a coal deal, officials said.")) == [None]
    assert speakers(run("China signed a coal deal with the US, officials said.")) == ["China"]


def test_an_actors_own_figures_cite_it():
    text = "Coal imports rose 5%, according to State Department data."
    assert speakers(run(text)) == ["US State Department"]
    text = "Coal imports rose 5%, according to the State Department's figures."
    assert speakers(run(text)) == ["US State Department"]
    # an actor modifying someone else's reports is no source
    assert speakers(run("Coal imports rose 5%, according to US media reports.")) == [None]


# --- round-193 constructions (studied on rounds 1-193; scored on round 194 onward) --------------


def test_irregular_demonyms_come_from_the_countries_table():
    assert {"Dutch", "British", "Swiss", "Afghan"} <= (
        demonyms("Netherlands")
        | demonyms("United Kingdom")
        | demonyms("Switzerland")
        | demonyms("Afghanistan")
    )
    study = ActorSet("t", (Actor("Netherlands", None, ("Netherlands",)),))
    text = "Chip exports need an EU response, the Dutch government said on Tuesday."
    assert speakers_in_study(text, study) == ["Netherlands"]
    # a demonym alone, with no voice after it, names no speaker
    assert speakers_in_study("Dutch exporters said chip sales fell.", study) == [None]


def test_the_demonym_table_is_derived_from_the_countries_data():
    spec = importlib.util.spec_from_file_location(
        "derive_demonyms", ROOT / "scripts" / "derive_demonyms.py"
    )
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)

    def country(common: str, alt: list[str], demonym: str) -> dict:
        names = {"common": common, "official": f"Republic of {common}"}
        return {"name": names, "altSpellings": alt, "demonyms": {"eng": {"m": demonym}}}

    table = script.derive(
        [
            country("Netherlands", ["NL", "Holland", "Nederland"], "Dutch"),
            country("Türkiye", ["TR"], "Turkish"),
            country("Congo", ["Congo Republic"], "Congolese"),
            country("DR Congo", ["Congo Republic"], "Congolese"),
        ]
    )
    assert table["Holland"] == table["Netherlands"] == ["Dutch"]
    assert table["Turkey"] == ["Turkish"]  # an English exonym the data lacks
    assert "NL" not in table  # a code is no name
    assert "Congo Republic" not in table  # a name two countries share
    assert "mledoze/countries" in demonym_table.__doc__


def test_must_before_a_speech_verb_states_an_obligation():
    assert speakers(run("The United States must respond to the new rules.")) == [None]
    text = "The United States must respond to the new rules, the State Department said."
    assert speakers(run(text)) == ["US State Department"]


def test_the_spokesperson_with_none_named_is_the_last_bodys():
    study = ActorSet("t", (Actor("China", None, ("China",)), Actor("MOFCOM", "China", ("MOFCOM",))))
    text = "MOFCOM said it would review the duties. According to the spokesperson, talks go on."
    assert speakers_in_study(text, study) == ["MOFCOM", "MOFCOM"]
    # a state is no body: its spokesperson is not meant
    text = "China said it would review the duties. According to the spokesperson, talks go on."
    assert speakers_in_study(text, study) == ["China", None]
    # a spokesperson named before is the one meant
    study = ActorSet("t", (*study.actors, Actor("Li Ming", "China", ("Li Ming",))))
    text = (
        "MOFCOM said it would review the duties. Spokesperson Li Ming said talks were useful. "
        "According to the spokesperson, talks go on."
    )
    assert speakers_in_study(text, study) == ["MOFCOM", "Li Ming", "Li Ming"]


# --- round-195 constructions (studied on rounds 1-195; scored on round 196 onward) --------------


def test_an_abbreviated_title_does_not_end_the_sentence():
    text = "“Coal must go,” acting U.S. Atty. John Kerry said in a statement."
    assert speakers(run(text)) == ["John Kerry"]


def test_a_counted_plural_after_an_actor_is_a_noun():
    assert speakers(run("15 U.S. states allow coal plants.")) == [None]
    assert speakers(run("The U.S. states that coal must go.")) == ["United States"]


def test_a_bodys_inspectors_speak_for_it():
    text = "Coal imports fell, according to State Department inspectors."
    assert speakers(run(text)) == ["US State Department"]
    text = "Coal imports fell, according to State Department critics."
    assert speakers(run(text)) == [None]


def test_the_official_is_the_person_who_spoke_last():
    text = "Kerry hailed the deal. The official told reporters coal must go."
    assert speakers(run(text)) == ["John Kerry", "John Kerry"]
    # a state is no official
    text = "China hailed the deal. The official told reporters coal must go."
    assert speakers(run(text)) == ["China", None]


# --- round-197 constructions (studied on rounds 1-197; scored on round 198 onward) --------------


def test_concluding_a_trip_is_a_deed():
    assert speakers(run("Kerry concluded a week-long trip to China.")) == [None]
    assert speakers(run("Kerry concluded that coal must go.")) == ["John Kerry"]


def test_a_verb_after_a_name_set_off_by_commas_has_it_as_subject():
    text = "China's climate envoy, Xie Zhenhua, countered the US, saying coal is still needed."
    assert speakers(run(text)) == ["Xie Zhenhua"]
    # a clause that ends before the comma leaves the actor after the verb its inverted source
    text = "Coal is still needed, countered the US, saying it would act."
    assert speakers(run(text)) == ["United States"]


def test_an_inverted_source_may_follow_its_title_after_a_comma():
    text = "Kerry will go to Beijing next week, said today the Minister of Ecology, Xie Zhenhua."
    assert speakers(run(text)) == ["Xie Zhenhua"]
    # a name then its title is an apposition, still the name's
    text = "Kerry will travel to Beijing next week, said Xie Zhenhua, the Minister of Ecology."
    assert speakers(run(text)) == ["Xie Zhenhua"]


# --- round-199 constructions (studied on rounds 1-199; scored on round 200 onward) --------------


def test_a_states_officials_may_name_their_branch_after_the_state():
    assert speakers(run("US climate officials say coal must go.")) == ["United States"]
    # a word that is no branch (a function word) keeps them unknown
    assert speakers(run("US or officials say coal must go.")) == [None]


def test_a_dated_document_cites_its_owner():
    text = "According to the State Department's November report, coal use fell."
    assert speakers(run(text)) == ["US State Department"]
    text = "According to the State Department's November visit, coal use fell."
    assert speakers(run(text)) == [None]


# --- round-201 constructions (studied on rounds 1-201; scored on round 202 onward) --------------


def test_a_ranked_subject_opens_the_clause_a_participle_continues():
    text = "Senior Chinese officials met Kerry in Washington, explaining their view on coal."
    assert speakers(run(text)) == ["China"]
    # a rank word before no actor opens no actor's clause
    text = "Senior traders met Kerry in Washington, explaining their view on coal."
    assert speakers(run(text)) == [None]


def test_according_to_police_is_the_force_whose_place_the_article_names():
    body = (
        "A diplomat crashed a car in Ottawa on Monday. "
        "According to a statement issued by the police, he had been speeding. "
        "According to police, he had been drinking."
    )
    assert speakers_in_study(body, POLICE_FORCES) == [None, "Ottawa police", "Ottawa police"]
    # a qualified noun is no bare body
    body = "A diplomat crashed a car in Ottawa. According to the police chief, he was speeding."
    assert speakers_in_study(body, POLICE_FORCES) == [None, None]


def test_a_verb_coordinated_in_a_time_clause_has_its_subject():
    text = "Coal talks got a boost when Kerry visited Beijing last year and vowed to cut coal."
    assert speakers(run(text)) == ["John Kerry"]
    # a later source says whose report the sentence is
    text = "Coal talks resumed after Kerry visited Beijing and confirmed the date, Xie said."
    assert speakers(run(text)) == ["Xie Zhenhua"]


def test_thus_between_subject_and_verb_is_skipped():
    assert speakers(run("China thus acknowledged that coal must go.")) == ["China"]
    assert speakers(run("China therefore acknowledged that coal must go.")) == ["China"]


# --- round-203 constructions (studied on rounds 1-203; scored on round 204 onward) --------------


def test_a_subordinate_clause_closed_by_a_comma_leaves_the_main_clause_its_subject():
    text = (
        "After Kerry forwarded the appeal to Beijing, China's foreign ministry intervened and "
        "told the commerce ministry that coal must go."
    )
    assert speakers(run(text)) == ["Chinese Foreign Ministry"]
    # with no comma the subordinate clause's own subject goes on
    text = "After Kerry intervened and told Xie that coal must go talks resumed."
    assert speakers(run(text)) == ["John Kerry"]


def test_a_quotation_standing_alone_goes_on_being_the_unknown_speakers():
    body = (
        "Kerry met Xie in Beijing on Monday. Mathieson said the meeting went well. "
        "“We were encouraged.” He said coal talks would go on."
    )
    assert speakers(run(body)) == [None, None, None, None]
    # after a known speaker the quotation and the pronoun are theirs
    body = (
        "Xie met officials in Beijing on Monday. Kerry said the meeting went well. "
        "“We were encouraged.” He said coal talks would go on."
    )
    assert speakers(run(body)) == [None, "John Kerry", "John Kerry", "John Kerry"]


CUSTOMS_POSTS = ActorSet(
    "t",
    (
        Actor("Canada", None, ("Canada",)),
        Actor("Ottawa customs", "Canada", ("Customs authorities in Ottawa",)),
        Actor("Moscow customs", None, ("Customs authorities in Moscow",)),
    ),
)


def test_a_definite_noun_heading_one_named_bodys_name_is_that_body():
    body = "Customs authorities in Ottawa seized pearls. The authorities say they are rare."
    assert speakers_in_study(body, CUSTOMS_POSTS) == [None, "Ottawa customs"]
    # two named bodies so headed: which, unsaid
    body = (
        "Customs authorities in Ottawa and Customs authorities in Moscow seized pearls. "
        "The authorities say they are rare."
    )
    assert speakers_in_study(body, CUSTOMS_POSTS) == [None, None]


# --- round-205 constructions (studied on rounds 1-205; scored on round 206 onward) --------------


def test_calling_something_an_evaluative_word_says_so():
    text = "Chinese officials call sharp increase in US coal duty unfair"
    assert speakers(run(text)) == ["China"]
    text = "China called the coal duty hypocritical and unacceptable."
    assert speakers(run(text)) == ["China"]
    # a phrasal "call", or an object closed by no judgement, says nothing
    assert speakers(run("China calls in US envoy over coal attacks")) == [None]
    assert speakers(run("Kerry called the minister on Friday.")) == [None]


def test_named_actors_lead_other_ministers_or_officials():
    text = "Kerry, Xie and other ministers have ruled out budging on coal."
    assert speakers(run(text)) == ["John Kerry", "Xie Zhenhua"]
    text = "Kerry, Xie and other papers have ruled out budging on coal."
    assert speakers(run(text)) == [None]


def test_an_it_naming_a_situation_is_no_participles_subject():
    body = "China met Kerry. It is rare for the two to meet, highlighting tension."
    assert speakers(run(body)) == [None, None]
    # the actor of the clause it introduces is
    body = "China met Kerry. It is not the first time the US has met China, saying coal must go."
    assert speakers(run(body)) == [None, "United States"]
    # an "it" that acts is the last subject
    body = "China issued a statement. It is now urging the US to act, saying coal must go."
    assert speakers(run(body)) == ["China", "China"]


# --- round-207 constructions (studied on rounds 1-207; scored on round 208 onward) --------------


def test_an_outlet_closing_with_its_date_relays_the_sentence():
    def cue_verbs(text: str) -> list[str]:
        tokens = tokens_of(text)
        return [tokens[c.verb].lower for c in find_cues(tokens)]

    text = "China, the US, Xie and Kerry vowed to cut coal, reports the Bangkok Post on April 30."
    assert speakers(run(text)) == ["China", "United States", "Xie Zhenhua", "John Kerry"]
    assert "reports" not in cue_verbs(text)
    # a closing phrase that is no date is no outlet's: "reports" stays a cue of its own
    text = "China, the US, Xie and Kerry vowed to cut coal, reports the Bangkok Post about coal."
    assert "reports" in cue_verbs(text)


def test_an_actors_own_figures_showing_something_speak_for_it():
    assert speakers(run("State Department data showed that coal use fell.")) == [
        "US State Department"
    ]
    assert speakers(run("Coal use fell, State Department figures showed.")) == [
        "US State Department"
    ]
    # figures no actor owns speak for no one
    assert speakers(run("Official data showed that coal use fell.")) == [None]


# --- round-209 constructions (studied on rounds 1-209; scored on round 210 onward) --------------


def test_a_relative_clause_holding_a_list_is_one_parenthetical():
    text = "Beijing, which could now buy coal from the US, Japan and elsewhere, has hailed it."
    assert speakers(run(text)) == ["China"]
    # an apposition after a relative clause names the speaker itself
    text = "The talks solved the problem, which had hurt trade, Xie, China's envoy, wrote."
    assert speakers(run(text)) == ["Xie Zhenhua"]


def test_an_actors_records_showing_something_speak_for_it():
    text = "State Department records showed that coal imports rose."
    assert speakers(run(text)) == ["US State Department"]
    assert speakers(run("Official records showed that coal imports rose.")) == [None]


# --- round-211 constructions (studied on rounds 1-211; scored on round 212 onward) --------------


def test_speakers_of_one_verb_share_its_clause_before_a_closing_source():
    text = "Chinese and American officials indicated they may meet, a press release said."
    assert speakers(run(text)) == ["China", "United States", None]
    # speakers of different verbs still split the sentence at its clause boundary
    text = "China warned the US, and Kerry insisted coal must go, a press release said."
    assert speakers(run(text)) == ["China", "John Kerry", None]


def test_a_participles_that_clause_after_a_quotation_is_its_speakers():
    text = '"Coal must go," Xie said, adding that the US had informed China about the move.'
    assert speakers(run(text)) == ["Xie Zhenhua"]
    # a participle opening the sentence leaves the main clause its own speaker
    text = "While confirming that talks were underway Kerry said coal must go."
    assert speakers(run(text)) == ["John Kerry"]


def test_an_actor_that_found_something_states_a_finding():
    assert speakers(run("The State Department found that coal imports were subsidised.")) == [
        "US State Department"
    ]
    # finding a thing is a deed, and "it was found" names no finder
    assert speakers(run("The State Department found 20 violations at the port.")) == [None]
    assert speakers(run("After tests, it was found that coal imports were subsidised.")) == [None]


def test_a_dateline_before_an_empty_subject_is_no_speaker():
    body = "Coal talks resumed. Beijing: It is customary for the US to raise coal."
    assert speakers(run(body)) == [None, None]
    # a state before a colon that opens a clause of its own still speaks
    body = "Coal talks resumed. Beijing: We will not accept the US tariffs."
    assert speakers(run(body)) == [None, "China"]


# --- round-213 constructions (studied on rounds 1-213; scored on round 214 onward) --------------


def test_an_open_relative_after_an_actors_voices_leaves_the_owner_speaking():
    text = "US officials who spoke to reporters indicated that coal must go."
    assert speakers(run(text)) == ["United States"]
    # voices no actor owns stay unknown
    text = "Officials who spoke to reporters indicated that coal must go."
    assert speakers(run(text)) == [None]


def test_beginning_to_warn_is_warning():
    assert speakers(run("China began to warn that coal must go.")) == ["China"]
    assert speakers(run("China began to import US coal.")) == [None]


def test_an_actor_of_a_body_no_study_lists_speaks_itself():
    assert speakers(run("Xie of the climate task force said coal must go.")) == ["Xie Zhenhua"]
    # a role of the unlisted body names no actor
    text = "The head of the climate task force said coal must go."
    assert speakers(run(text)) == [None]


def test_raising_accusations_is_speech():
    text = "Kerry raised accusations that China broke its pledge."
    assert speakers(run(text)) == ["John Kerry"]
    assert speakers(run("Kerry raised tariffs on Chinese coal.")) == [None]


def test_an_act_done_in_saying_or_by_announcing_that_is_speech():
    assert speakers(run("Kerry invoked Lenin in saying coal must go.")) == ["John Kerry"]
    text = "China was persistent in claiming its right to burn coal."
    assert speakers(run(text)) == ["China"]
    text = "China responded by announcing that coal would go."
    assert speakers(run(text)) == ["China"]
    # a gerund that says nothing does no act in words
    assert speakers(run("Kerry invoked Lenin in building his case.")) == [None]


# --- round-215 constructions (studied on rounds 1-215; scored on round 216 onward) --------------


def test_a_persons_administration_is_the_persons_state():
    text = "Kerry's administration vowed to cut coal."
    assert speakers(run(text)) == ["United States"]
    assert speakers(run("Kerry vowed to cut coal.")) == ["John Kerry"]


def test_a_plural_present_inverts_before_an_actor_closing_the_sentence():
    assert speakers(run("Coal must go, say the Chinese.")) == ["China"]
    # "say" before no actor is no inversion
    assert speakers(run("Coal must go, say analysts in Beijing.")) == [None]


def test_a_plural_noun_before_a_saying_verb_is_its_subject():
    text = "China, the US and Kerry will cut coal, reports said on Wednesday."
    assert speakers(run(text)) == [None]
    assert speakers(run("China and the US will cut coal, Kerry reports.")) == ["John Kerry"]


def test_a_counted_group_means_the_last_list_of_that_many_actors():
    study = ActorSet(
        "t", tuple(Actor(name, None, (name,)) for name in ("Thailand", "Laos", "Vietnam", "Japan"))
    )
    body = "Thailand, Laos and Vietnam met Japan. The three countries said the river was low."
    assert speakers_in_study(body, study) == [None, "Thailand", "Laos", "Vietnam"]
    # a count no list matches names no one
    body = "Thailand and Laos met Japan. The three countries said the river was low."
    assert speakers_in_study(body, study) == [None, None]


# --- round-217 constructions (studied on rounds 1-217; scored on round 218 onward) --------------


def test_a_participle_after_a_closing_saying_verb_goes_on_with_its_speaker():
    text = "China will import coal, the daily said, adding that it plans to raise imports."
    assert speakers(run(text)) == [None]
    text = "China will import coal, Kerry said, adding that it plans to raise imports."
    assert speakers(run(text)) == ["John Kerry"]


def test_the_government_of_a_person_is_the_persons_state():
    text = "The government of US climate envoy John Kerry has said coal must go."
    assert speakers(run(text)) == ["United States"]
    assert speakers(run("US climate envoy John Kerry has said coal must go.")) == ["John Kerry"]


def test_a_briefing_is_a_document_its_issuer_speaks_through():
    text = "Coal use fell, according to a briefing by the State Department."
    assert speakers(run(text)) == ["US State Department"]


def test_a_message_that_will_be_sent_is_not_yet_said():
    assert speakers(run("China will lodge a protest with the US.")) == [None]
    assert speakers(run("China lodged a protest with the US.")) == ["China"]


# --- round-219 constructions (studied on rounds 1-219; scored on round 220 onward) --------------


def test_a_common_noun_alias_does_not_head_a_longer_proper_name():
    study = ActorSet(
        "t",
        (
            Actor("South Korea", None, ("South Korea",)),
            Actor("Farm Ministry", "South Korea", ("the ministry",)),
        ),
    )
    body = "The Ministry of Health reported 7,830 cases."
    assert speakers_in_study(body, study) == [None]
    assert speakers_in_study("The Ministry reported 7,830 cases.", study) == ["Farm Ministry"]


def test_speaking_highly_of_or_about_a_subject_is_speech():
    assert speakers(run("Kerry spoke highly of the talks.")) == ["John Kerry"]
    assert speakers(run("Kerry spoke about the talks in Beijing.")) == ["John Kerry"]
    # speaking with someone reports no words
    assert speakers(run("Kerry spoke with Xie in Beijing.")) == [None]


def test_a_surname_that_is_a_pronoun_opening_a_sentence_is_the_pronoun():
    study = ActorSet(
        "t",
        (
            Actor("China", None, ("China",)),
            Actor("Zimbabwe", None, ("Zimbabwe",)),
            Actor("He Meng", "China", ("He Meng",)),
            Actor("David Parirenyatwa", "Zimbabwe", ("Parirenyatwa",)),
        ),
    )
    body = (
        'He Meng gave the money. "It will help," He said. Parirenyatwa said it came on time. '
        "He spoke highly of the two countries' relations."
    )
    speakers = [None, "He Meng", "David Parirenyatwa", "David Parirenyatwa"]
    assert speakers_in_study(body, study) == speakers


def test_all_along_may_stand_between_an_auxiliary_and_its_verb():
    text = "China had all along maintained that coal must go."
    assert speakers(run(text)) == ["China"]


def test_a_spokesman_of_the_tail_of_a_body_named_in_full_speaks_for_it():
    study = ActorSet(
        "t",
        (Actor("England and Wales Cricket Board", None, ("The England and Wales Cricket Board",)),),
    )
    body = (
        "The England and Wales Cricket Board says it will decide soon. "
        "A Cricket Board spokesman said the tour was on."
    )
    board = "England and Wales Cricket Board"
    assert speakers_in_study(body, study) == [board, board]
    # the tail alone, with the board never named in full, is no one the study knows
    assert speakers_in_study("A Cricket Board spokesman said the tour was on.", study) == [None]


def test_a_directive_or_decree_speaks_for_whoever_signed_it():
    text = '"Coal must go," said a directive signed by Kerry.'
    assert speakers(run(text)) == ["John Kerry"]
    text = "The decree signed by Kerry said coal must go."
    assert speakers(run(text)) == ["John Kerry"]


def test_a_headline_actor_that_acts_then_after_a_comma_says_something_speaks():
    study = ActorSet("t", (Actor("Cambodia", None, ("Cambodia",)),))
    body = "The ban starts on Monday."
    title = "Cambodia to Ban Online Gambling, Cites Threat to Social Order"
    assert speakers_in_study(body, study, title=title) == ["Cambodia", None]
    # an inverted speaker of its own after the comma keeps the verb
    title = "Cambodia to ban online gambling, says official"
    assert speakers_in_study(body, study, title=title)[0] is None
    # the second verb is a cue only where it would be one right after the actor
    title = "Cambodia bans gambling, denies foreigners visas"
    assert speakers_in_study(body, study, title=title) == [None, None]


# --- round-221 constructions (studied on rounds 1-221; scored on round 222 onward) --------------


def test_a_stranger_described_after_a_comma_takes_the_next_he():
    body = (
        "Kerry said coal must go. Antonis Christou, a 67-year-old resident of the village, "
        'described the fire. "I cried," he said.'
    )
    assert speakers(run(body)) == ["John Kerry", None, None]
    # with no stranger between, "he" is still Kerry
    assert speakers(run('Kerry said coal must go. "I cried," he said.')) == ["John Kerry"] * 2


def test_initials_opening_a_longer_name_are_no_acronym():
    study = ActorSet(
        "t",
        (
            Actor("Bangladesh", None, ("Bangladesh",)),
            Actor("ASM Shafiul Alam Talukder", "Bangladesh", ("Talukder",)),
        ),
    )
    body = "Talukder said the yards must comply. He highlighted how the board has evolved."
    talukder = "ASM Shafiul Alam Talukder"
    assert speakers_in_study(body, study) == [talukder, talukder]
    # an acronym in a shorter name still names a body, whom "he" is not
    study = ActorSet(
        "t", (Actor("Bangladesh", None, ("Bangladesh",)), Actor("BSRB", "Bangladesh", ("BSRB",)))
    )
    body = "BSRB said the yards must comply. He highlighted how the board has evolved."
    assert speakers_in_study(body, study) == ["BSRB", None]


def test_the_group_that_spoke_last_is_the_group():
    study = ActorSet(
        "t",
        (
            Actor("Turkey", None, ("Turkey",)),
            Actor("Paris Club", None, ("Paris Club",)),
            Actor("Greenpeace Mediterranean", None, ("The Greenpeace Mediterranean group",)),
        ),
    )
    body = "The Paris Club welcomed the reform. The group said most debt would be rescheduled."
    assert speakers_in_study(body, study) == ["Paris Club", "Paris Club"]
    # named as a group, a body is that group even for a study that calls it no organisation
    body = "The Greenpeace Mediterranean group welcomed the ban. The group said it was overdue."
    assert speakers_in_study(body, study) == ["Greenpeace Mediterranean"] * 2
    # a state that spoke last is no group
    body = "Turkey announced the ban. The group said most waste would now be banned."
    assert speakers_in_study(body, study) == ["Turkey", None]


def test_a_circular_is_a_document_its_issuer_speaks_through():
    text = "China will cut coal, according to a circular from the State Department."
    assert speakers(run(text)) == ["US State Department"]
    body = "The State Department said it would act. The circular said that coal must go."
    assert speakers(run(body)) == ["US State Department"] * 2


def test_customs_officials_are_the_customs_the_articles_place_names():
    study = ActorSet(
        "t",
        (
            Actor("Sri Lanka", None, ("Sri Lanka",)),
            Actor("Sri Lanka Customs", "Sri Lanka", ("Sri Lanka Customs",)),
        ),
    )
    body = (
        "Sri Lanka says it is returning the waste. Customs officials said hospital waste was found."
    )
    assert speakers_in_study(body, study) == ["Sri Lanka", "Sri Lanka Customs"]
    # officials of no body are no one the study knows
    body = "Sri Lanka says it is returning the waste. Port officials said hospital waste was found."
    assert speakers_in_study(body, study) == ["Sri Lanka", None]


def test_a_state_label_before_the_state_naming_itself_is_a_dateline():
    study = ActorSet(
        "t", (Actor("India", None, ("India", "New Delhi")), Actor("China", None, ("China",)))
    )
    body = "The crews were abandoned. New Delhi: India has repatriated 101 seafarers."
    assert speakers_in_study(body, study) == [None, None]
    # a label before another subject still speaks
    body = "The crews were abandoned. New Delhi: China has repatriated 101 seafarers."
    assert speakers_in_study(body, study) == [None, "India"]


# --- round-223 constructions (studied on rounds 1-223; scored on round 224 onward) --------------


def test_an_inverted_spokesman_named_after_a_comma_speaks_before_a_relative_clause():
    study = ActorSet(
        "t",
        (
            Actor("United States", None, ("United States",)),
            Actor("George W. Bush", "United States", ("Bush",)),
            Actor("Scott McClellan", "United States", ("Scott McClellan",)),
        ),
    )
    body = (
        "Bush had not spoken to Iranian leaders, said his spokesman, Scott McClellan, "
        "who was flying home."
    )
    assert speakers_in_study(body, study) == ["Scott McClellan"]
    # a list after the name is no relative clause closing the speaker's
    body = "Bush had not spoken to Iranian leaders, said his spokesman, Scott McClellan, and aides."
    assert speakers_in_study(body, study) == [None]


def test_an_unqualified_body_official_is_the_bodys_voice():
    study = ActorSet(
        "t",
        (
            Actor("Iceland", None, ("Iceland",)),
            Actor("Icelandic Ministry of Fisheries", "Iceland", ("the fisheries ministry",)),
            Actor("UN Security Council", None, ("Security Council",)),
        ),
    )
    body = "Iceland resumed whaling. A ministry official told Reuters that the order was issued."
    assert speakers_in_study(body, study) == [None, "Icelandic Ministry of Fisheries"]
    body = "The Security Council met. A council official said the draft would pass."
    assert speakers_in_study(body, study) == [None, "UN Security Council"]
    # a council diplomat speaks for a member, not the council
    body = "The Security Council met. A council diplomat said the draft would pass."
    assert speakers_in_study(body, study) == [None, None]


# --- round-225 constructions (studied on rounds 1-225; scored on round 226 onward) --------------


def test_per_after_a_comma_cites_its_source():
    assert speakers(run("Coal use fell 5 percent, per the State Department.")) == [
        "US State Department"
    ]
    # "per" naming no actor cites no one
    assert speakers(run("Coal use fell 5 percent per capita in China.")) == [None]


def test_summoning_an_envoy_to_protest_is_speech():
    text = "China summoned the US ambassador on Sunday to protest the tariffs."
    assert speakers(run(text)) == ["China"]
    # summoning to discuss is a meeting
    assert speakers(run("China summoned the US ambassador to discuss the tariffs.")) == [None]


# --- round-227 constructions (studied on rounds 1-227; scored on round 228 onward) --------------


SPACE_STUDY = ActorSet(
    "t",
    (
        Actor("Russia", None, ("Russia",)),
        Actor("United States", None, ("United States",)),
        Actor("Roscosmos", "Russia", ("Roscosmos", "Russian space agency")),
        Actor("Rosoboronexport", "Russia", ("Rosoboronexport", "Russian arms export agency")),
        Actor("NASA", "United States", ("NASA",)),
    ),
)


def test_the_agencies_are_the_last_two_bodies_named():
    body = "NASA and Roscosmos have signed an agreement on crew flights, the agencies said."
    assert speakers_in_study(body, SPACE_STUDY) == ["NASA", "Roscosmos"]
    body = "NASA met Roscosmos. The crew flights will resume in September, the two agencies said."
    assert speakers_in_study(body, SPACE_STUDY) == [None, "NASA", "Roscosmos"]
    # one body named is no pair; states are no agencies
    body = "Russia and NASA have signed an agreement on crew flights, the agencies said."
    assert speakers_in_study(body, SPACE_STUDY) == [None]


def test_a_news_agency_refers_back_only_to_a_news_agency():
    body = (
        "Rosoboronexport signed the contract, the agency said. "
        "The deal is worth a billion dollars, the ITAR-TASS news agency said."
    )
    assert speakers_in_study(body, SPACE_STUDY) == ["Rosoboronexport", None]
    # a plain "the agency" still refers back to the body that spoke
    body = "Rosoboronexport signed the contract. The deal is worth a billion, the agency said."
    assert speakers_in_study(body, SPACE_STUDY) == [None, "Rosoboronexport"]


def test_a_press_service_is_the_voice_of_the_body_that_spoke_last():
    body = 'Roscosmos said it had signed a contract. "A seat was sold," the press service said.'
    assert speakers_in_study(body, SPACE_STUDY) == ["Roscosmos", "Roscosmos"]
    # after a state spoke, whose press service is unsaid
    body = 'Russia said it had signed a contract. "A seat was sold," the press service said.'
    assert speakers_in_study(body, SPACE_STUDY) == ["Russia", None]


def test_a_quotation_mark_after_the_verb_opens_what_was_said():
    study = ActorSet("t", (Actor("India", None, ("India",)), Actor("China", None, ("China",))))
    body = "A senior Indian official said 'last minute' security concerns thwarted the agreement."
    assert speakers_in_study(body, study) == ["India"]
    # a verb that ends its clause after a noun still names a plan, not words said
    body = "The talks covered the plan India had proposed."
    assert speakers_in_study(body, study) == [None]


# --- round-229 constructions (studied on rounds 1-229; scored on round 230 onward) --------------


def test_delivering_or_relaying_concerns_is_speech():
    study = ActorSet(
        "t", (Actor("South Korea", None, ("South Korea",)), Actor("China", None, ("China",)))
    )
    body = "South Korea delivered public concerns over fine dust to China."
    assert speakers_in_study(body, study) == ["South Korea"]
    body = "South Korea relayed its concerns about the dust to China at the talks."
    assert speakers_in_study(body, study) == ["South Korea"]
    # delivering goods is a deed
    body = "South Korea delivered air purifiers to China."
    assert speakers_in_study(body, study) == [None]


def test_a_webpage_speaks_for_its_owner():
    study = ActorSet(
        "t",
        (
            Actor("United States", None, ("United States",)),
            Actor("City of Charlotte", "United States", ("city of Charlotte",)),
            Actor("Vi Lyles", "United States", ("Mayor Vi Lyles", "Lyles")),
        ),
    )
    body = (
        "Mayor Vi Lyles visited Arequipa. "
        "\u201cThe relationships are run by volunteers,\u201d the city of Charlotte\u2019s webpage "
        "states."
    )
    assert speakers_in_study(body, study) == [None, "City of Charlotte"]


# --- round-233 constructions (studied on rounds 1-233; scored on round 234 onward) --------------


def test_a_speaker_addressing_the_audience_goes_on_speaking():
    study = ActorSet(
        "t", (Actor("China", None, ("China",)), Actor("Chen Lin", "China", ("Chen Lin", "Chen")))
    )
    body = (
        "Ambassador Chen Lin said the scholarship was set up this year. "
        "The awardees work in fields that are key to the development of your motherland."
    )
    assert speakers_in_study(body, study) == ["Chen Lin", "Chen Lin"]
    # the same sentence with no one speaking before it stays narration
    body = "The awardees work in fields that are key to the development of your motherland."
    assert speakers_in_study(body, study) == [None]
    # a reporter's question after the answer is not the speaker's
    body = "Chen Lin said the scholarship was set up this year. What is your comment?"
    assert speakers_in_study(body, study) == ["Chen Lin", None]


def test_the_prime_minister_refers_back_to_a_person_known_as_pm():
    def study(alias: str) -> ActorSet:
        return ActorSet(
            "t",
            (
                Actor("Somalia", None, ("Somalia",)),
                Actor("Omar Sharmarke", "Somalia", ("Omar Sharmarke", alias)),
            ),
        )

    body = (
        "Omar Sharmarke said in a statement that he had spoken to officials. "
        "\u201cSomalia needs a robust banking system,\u201d said the prime minister."
    )
    assert speakers_in_study(body, study("Somali PM")) == ["Omar Sharmarke", "Omar Sharmarke"]
    # nothing ties the person to the office: the prime minister is someone else
    assert speakers_in_study(body, study("Sharmarke")) == ["Omar Sharmarke", None]


def test_adding_to_something_is_not_saying():
    study = ActorSet(
        "t", (Actor("Iraq", None, ("Iraq",)), Actor("Majed Hantoosh", "Iraq", ("Majed Hantoosh",)))
    )
    body = "Adding to the chaos, Majed Hantoosh submitted his resignation."
    assert speakers_in_study(body, study) == [None]
    # an opening participle of saying still gives its clause's subject
    body = "Citing the failing grid, Majed Hantoosh submitted his resignation."
    assert speakers_in_study(body, study) == ["Majed Hantoosh"]


# --- round-235 constructions (studied on rounds 1-235; scored on round 236 onward) --------------


def test_a_straight_mark_before_the_attribution_closes_a_curly_quotation():
    text = '“They are transit camps," said Kerry, "for people with nothing.”'
    spans = [(0, text.index('"') + 1), (text.rindex('"'), len(text))]
    assert [(q.start, q.end) for q in find_quotes(text)] == spans
    assert speakers(run(text)) == ["John Kerry"]
    # a straight pair inside a curly quotation, with no attribution after it, stays inside it
    nested = '“It is a "farce", and a costly one,” Kerry said.'
    assert [(q.start, q.end) for q in find_quotes(nested)] == [(0, nested.index("”") + 1)]


def test_a_statement_released_at_a_time_by_a_body_is_that_bodys():
    study = ActorSet(
        "t",
        (
            Actor("Turkey", None, ("Turkey",)),
            Actor("Turkish Central Bank", "Turkey", ("Turkey's Central Bank",)),
        ),
    )
    body = (
        "The swap reached 46 billion liras, according to a statement released late on June 15 "
        "by Turkey's Central Bank."
    )
    assert speakers_in_study(body, study) == ["Turkish Central Bank"]
    # a punctuated aside before "by" is no longer the statement's issuer
    body = (
        "The swap reached 46 billion liras, according to a statement released on June 15, "
        "by far the largest."
    )
    assert speakers_in_study(body, study) == [None]


def test_a_participle_after_a_clause_joined_by_but_is_that_clauses_subject():
    study = ActorSet("t", (Actor("Russia", None, ("Russia", "the Kremlin")),))
    body = (
        "A bond held by Russia is being restructured, but the Kremlin has refused to take part, "
        "arguing the debt is an official loan."
    )
    assert speakers_in_study(body, study) == ["Russia"]
    # with no coordinated clause the bond's holder is no subject
    body = "A bond held by Russia is being restructured, arguing the debt is an official loan."
    assert speakers_in_study(body, study) == [None]


# --- round-237 constructions (studied on rounds 1-237; scored on round 238 onward) --------------


def test_the_diplomat_refers_back_to_a_foreign_ministry_spokeswoman():
    def study(alias: str) -> ActorSet:
        return ActorSet(
            "t",
            (
                Actor("Russia", None, ("Russia",)),
                Actor("Maria Zakharova", "Russia", (alias, "Zakharova")),
            ),
        )

    body = (
        "Russia responded to the note, Russian Foreign Ministry spokeswoman Maria Zakharova "
        "said. The diplomat stressed that the note was cynical."
    )
    spokeswoman = study("Russian Foreign Ministry spokeswoman Maria Zakharova")
    assert speakers_in_study(body, spokeswoman) == ["Maria Zakharova", "Maria Zakharova"]
    # a spokeswoman of another ministry is no diplomat
    body = body.replace("Foreign", "Defence")
    defence = study("Russian Defence Ministry spokeswoman Maria Zakharova")
    assert speakers_in_study(body, defence) == ["Maria Zakharova", None]


# --- round-239 constructions (studied on rounds 1-239; scored on round 240 onward) --------------


def test_presenting_an_apology_is_speech():
    study = ActorSet(
        "t",
        (
            Actor("Netherlands", None, ("Netherlands",)),
            Actor("Mark Rutte", "Netherlands", ("Mark Rutte", "Rutte")),
        ),
    )
    body = "On Monday, Mark Rutte presented the government's official apology for slavery."
    assert speakers_in_study(body, study) == ["Mark Rutte"]
    # presenting a thing is a deed
    body = "On Monday, Mark Rutte presented the government's new budget to parliament."
    assert speakers_in_study(body, study) == [None]


# --- round-241 constructions (studied on rounds 1-241; scored on round 242 onward) --------------

TURKEY_GERMANY = ActorSet(
    "t",
    (
        Actor("Turkey", None, ("Turkey", "Ankara")),
        Actor("Germany", None, ("Germany", "Berlin")),
        Actor("Recep Tayyip Erdogan", "Turkey", ("Recep Tayyip Erdogan", "Erdogan")),
        Actor("Angela Merkel", "Germany", ("Angela Merkel", "Merkel")),
    ),
)


def test_she_is_never_the_person_the_article_called_he():
    body = (
        "Erdogan spoke to reporters in Ankara on Monday.\n\n"
        '"We want a fair deal," he said.\n\n'
        "He also said Ankara wanted full membership, unlike Merkel, who favours less.\n\n"
        '"The talks have many chapters," she told a Turkish daily.'
    )
    assert speakers_in_study(body, TURKEY_GERMANY) == [
        None,
        "Recep Tayyip Erdogan",
        "Recep Tayyip Erdogan",
        "Angela Merkel",
    ]
    # with no one else to be, a slip of the pronoun stays with the one person
    body = (
        'Erdogan said on Monday that talks would go on.\n\n"We want a fair deal," he said.\n\n'
        '"The talks have many chapters," she told a Turkish daily.'
    )
    assert speakers_in_study(body, TURKEY_GERMANY) == ["Recep Tayyip Erdogan"] * 3


def test_the_headline_speaker_is_the_pronoun_of_a_body_opening_on_a_quotation():
    title = "Erdogan urges Germany to allow dual citizenship"
    body = '"It is regrettable that Germany does not allow it," he told a German weekly.'
    assert speakers_in_study(body, TURKEY_GERMANY, title) == ["Recep Tayyip Erdogan"] * 2
    # a headline no person speaks leaves the pronoun to no one
    title = "Germany debates dual citizenship"
    assert speakers_in_study(body, TURKEY_GERMANY, title) == [None, None]


def test_the_ministers_are_the_two_ministers_named():
    study = ActorSet(
        "t",
        (
            Actor("Singapore", None, ("Singapore",)),
            Actor("Malaysia", None, ("Malaysia",)),
            Actor("Ong Ye Kung", "Singapore", ("Ong Ye Kung", "Ong")),
            Actor("Mustapa Mohamed", "Malaysia", ("Mustapa Mohamed", "Mustapa")),
        ),
    )
    body = (
        "Singapore's Ong Ye Kung and Malaysia's Mustapa Mohamed signed the settlement.\n\n"
        '"Both countries remain committed to good relations," the ministers said.'
    )
    assert sorted(speakers_in_study(body, study)[-2:]) == ["Mustapa Mohamed", "Ong Ye Kung"]
    # one of them is not both
    body = body.replace("the ministers said", "one of the ministers said")
    assert speakers_in_study(body, study)[-1] is None


WFP_STUDY = ActorSet(
    "t",
    (
        Actor("United Nations", None, ("United Nations", "U.N.", "UN")),
        Actor("North Korea", None, ("North Korea",)),
        Actor("World Food Programme", "United Nations", ("World Food Programme", "WFP")),
    ),
)


def test_a_programme_is_a_body_a_later_agency_refers_back_to():
    body = (
        "The suspension will start in Sanaa, the World Food Programme said.\n\n"
        "The agency said it will keep feeding malnourished children."
    )
    assert speakers_in_study(body, WFP_STUDY) == ["World Food Programme"] * 2


def test_a_participle_between_a_noun_and_its_verb_modifies_the_noun():
    body = (
        "The move announced Thursday comes after the WFP warned that militias were diverting food."
    )
    assert speakers_in_study(body, WFP_STUDY) == ["World Food Programme"]
    # an actor with a time phrase before its verb still speaks
    body = "The WFP announced Thursday that it would suspend aid in Sanaa."
    assert speakers_in_study(body, WFP_STUDY) == ["World Food Programme"]


def test_a_states_envoy_to_another_body_speaks_for_the_state():
    body = (
        "In February, North Korea's top envoy to the U.N. requested emergency food aid, saying "
        "his country faces a shortage."
    )
    assert speakers_in_study(body, WFP_STUDY) == ["North Korea"]
    # an envoy with no cue says nothing
    body = "In February, North Korea's top envoy to the U.N. flew to Geneva."
    assert speakers_in_study(body, WFP_STUDY) == [None]


def test_a_possessive_owns_its_document_past_an_adjective():
    study = ActorSet(
        "t",
        (
            Actor("United States", None, ("United States",)),
            Actor("US Justice Department", "United States", ("Justice Department",)),
        ),
    )
    body = (
        "Park conspired with others to rob a bank, according to the Justice Department's "
        "criminal complaint."
    )
    assert speakers_in_study(body, study) == ["US Justice Department"]
    # what it owns is no document
    body = "Park conspired with others, according to the Justice Department's own lawyers' memo."
    assert speakers_in_study(body, study) == [None]


def test_with_an_actor_and_a_time_phrase_before_the_participle():
    study = ActorSet(
        "t",
        (
            Actor("United Kingdom", None, ("London", "Britain")),
            Actor("Russia", None, ("Moscow", "Russia")),
            Actor("Theresa May", "United Kingdom", ("Prime Minister Theresa May", "May")),
        ),
    )
    body = (
        "London has taken a tough stance against Moscow, with Prime Minister Theresa May last "
        "year accusing it of meddling."
    )
    assert speakers_in_study(body, study) == ["Theresa May"]
    # "with" governing the actor opens no clause
    body = "London cut trade with Moscow last year, accusing it of meddling."
    assert speakers_in_study(body, study) == ["United Kingdom"]


# --- round-243 constructions (studied on rounds 1-243; scored on round 244 onward) --------------

NEPAL = ActorSet(
    "t",
    (
        Actor("Nepal", None, ("Nepal", "Kathmandu", "The Nepalese government")),
        Actor("Saudi Arabia", None, ("Saudi Arabia",)),
        Actor("Prithvi Subba Gurung", "Nepal", ("Prithvi Subba Gurung", "Gurung")),
    ),
)


def test_a_lower_case_title_before_a_name_is_a_role_it_holds():
    later = '\n\nEverest straddles the border.\n\n"We have received a request," the minister said.'
    for first in (
        '"Teams will not be allowed to move," said the minister, Prithvi Subba Gurung.',
        "Tourism minister Prithvi Subba Gurung said teams will not be allowed to move.",
    ):
        assert speakers_in_study(first + later, NEPAL) == [
            "Prithvi Subba Gurung",
            None,
            "Prithvi Subba Gurung",
        ]
    # a title across an "of" names no one the study lists
    first = "Gurung met the finance minister of Saudi Arabia on Monday."
    assert speakers_in_study(first + later, NEPAL)[-1] is None


def test_denying_airspace_or_overflight_is_an_act():
    assert speakers_in_study("Nepal denies airspace to the Saudi king's jet", NEPAL) == [None]
    assert speakers_in_study("Nepal denied overflight clearance to the flight.", NEPAL) == [None]
    # denying a report is words
    assert speakers_in_study("Nepal denied the report on Monday.", NEPAL) == ["Nepal"]


def test_a_lead_dateline_with_a_lower_case_agency_and_a_point():
    body = (
        "Kathmandu, March 12 (efe-epa).- The Nepalese government Thursday suspended visas and "
        "announced the end of the climbing season."
    )
    no_capital = ActorSet("t", (Actor("Nepal", None, ("Nepal", "The Nepalese government")),))
    assert speakers_in_study(body, no_capital) == ["Nepal"]
    # the place the story was filed from does not speak
    body = "Kathmandu, March 12 (efe-epa).- Climbers said the season was over."
    assert speakers_in_study(body, NEPAL) == [None]


# --- round-245 constructions (studied on rounds 1-245; scored on round 246 onward) --------------

EU_WHO = ActorSet(
    "t",
    (
        Actor("Council of the European Union", None, ("The Council", "the European Council")),
        Actor("World Health Organization", None, ("WHO", "the UN health agency")),
        Actor("India", None, ("India", "New Delhi")),
    ),
)


def test_specifying_is_setting_out_in_words():
    body = "The Council specified the risks as the low rejection rate of applicants."
    assert speakers_in_study(body, EU_WHO) == ["Council of the European Union"]
    # not specifying says nothing
    body = "The Council has not specified a date for the vote."
    assert speakers_in_study(body, EU_WHO) == [None]


def test_a_known_tail_source_relays_speakers_the_study_does_not_know():
    body = (
        "The governments of these countries have asked for WHO's support in gathering data, "
        "the UN health agency stated."
    )
    assert speakers_in_study(body, EU_WHO) == ["World Health Organization"]
    # a known state's request closed by another side's body is that body's report (round 298)
    body = "India has asked for WHO's support in gathering data, the UN health agency stated."
    assert speakers_in_study(body, EU_WHO) == ["World Health Organization"]


# --- round-247 constructions (studied on rounds 1-247; scored on round 248 onward) --------------


def test_a_states_delegation_named_by_its_demonym_speaks_for_the_state():
    study = ActorSet(
        "t",
        (Actor("Japan", None, ("Japan", "Tokyo")), Actor("UNESCO", None, ("UNESCO",))),
    )
    body = "In a statement to UNESCO, the Japanese delegation said it was prepared to act."
    assert speakers_in_study(body, study) == ["Japan"]
    # a delegation that only arrives says nothing
    body = "The Japanese delegation arrived in Paris on Monday."
    assert speakers_in_study(body, study) == [None]


# --- round-249 constructions (studied on rounds 1-249; scored on round 250 onward) --------------


def test_going_on_closes_a_report_only_after_a_quotation_or_a_clause():
    study = ActorSet(
        "t",
        (Actor("Peru", None, ("Peru",)), Actor("Ana Ruiz", "Peru", ("Ana Ruiz", "Ruiz"))),
    )
    body = (
        "Peru will reopen the border, Foreign Minister Ana Ruiz said. Trade fell last year. "
        '"We will not wait any longer," she continued.'
    )
    assert speakers_in_study(body, study) == ["Ana Ruiz", None, "Ana Ruiz"]
    body = (
        "Foreign Minister Ana Ruiz arrived in Lima. "
        "The border is vital for the region, the minister continued."
    )
    assert speakers_in_study(body, study)[-1] == "Ana Ruiz"
    # going on with something, or after a phrase that reports nothing, is no speech
    body = "Ana Ruiz arrived in Lima. Despite the rain, she continued."
    assert speakers_in_study(body, study) == [None, None]
    body = "Ana Ruiz arrived in Lima. The border is vital, the minister continued her visit."
    assert speakers_in_study(body, study) == [None, None]


def test_a_bodys_mission_or_delegation_speaks_for_the_body_that_sent_it():
    study = ActorSet(
        "t",
        (
            Actor("European Union", None, ("European Union", "EU")),
            Actor("Peru", None, ("Peru",)),
        ),
    )
    body = "The European Union observer mission in Peru has urged all parties to accept the result."
    assert speakers_in_study(body, study) == ["European Union"]
    body = "An EU election mission found that the vote was largely free."
    assert speakers_in_study(body, study) == ["European Union"]
    # the mission as something sent, not a speaker
    body = "The EU observer mission arrived in Peru on Monday."
    assert speakers_in_study(body, study) == [None]


def test_both_delegations_are_the_two_bodies_named_as_sending_them():
    study = ActorSet(
        "t",
        (
            Actor("African Union", None, ("African Union", "AU")),
            Actor("European Union", None, ("European Union", "EU")),
            Actor("Peru", None, ("Peru",)),
        ),
    )
    body = (
        "The head of the AU mission met the EU delegation in Lima. "
        "Voters in Peru queued for hours. Both delegations urged calm. "
        "The delegations acknowledged some irregularities."
    )
    said = speakers_in_study(body, study)
    assert said[:2] == [None, None]
    assert len(said) == 6
    assert set(said[2:4]) == set(said[4:]) == {"African Union", "European Union"}


# --- round-251 constructions (studied on rounds 1-251; scored on round 252 onward) --------------


def test_a_monarch_named_by_title_is_the_one_the_title_named():
    study = ActorSet(
        "t",
        (
            Actor("Norway", None, ("Norway",)),
            Actor("King Harald", "Norway", ("King Harald",)),
            Actor("Chile", None, ("Chile",)),
        ),
    )
    body = (
        "King Harald sent a cable to the president of Chile. "
        "In the cable, the king said the two nations stood together."
    )
    assert speakers_in_study(body, study) == [None, "King Harald"]
    # a king the article never named is no one the study knows
    body = "Chile thanked its neighbours. The king said the two nations stood together."
    assert speakers_in_study(body, study)[-1] is None


def test_the_document_speaks_for_whoever_issued_it():
    study = ActorSet(
        "t",
        (
            Actor("Chile", None, ("Chile",)),
            Actor("Chilean Fisheries Agency", "Chile", ("Fisheries Agency",)),
        ),
    )
    body = '"Imports are suspended until further notice," the Fisheries Agency document notes.'
    assert speakers_in_study(body, study) == ["Chilean Fisheries Agency"]
    # a document only mentioned says nothing
    body = "The Fisheries Agency signed the document on Monday."
    assert speakers_in_study(body, study) == [None]


# --- round-253 constructions (studied on rounds 1-253; scored on round 254 onward) --------------


def test_issuing_a_plea_is_speech():
    study = ActorSet(
        "t", (Actor("Chile", None, ("Chile",)), Actor("Ana Ruiz", "Chile", ("Ana Ruiz",)))
    )
    body = "Ana Ruiz had issued a plea for help because the camps were full."
    assert speakers_in_study(body, study) == ["Ana Ruiz"]
    # someone else's plea only mentioned
    body = "Ana Ruiz ignored pleas from aid groups."
    assert speakers_in_study(body, study) == [None]


def test_quoted_by_an_outlet_past_an_apposition_gives_the_quotation_to_the_subject():
    study = ActorSet(
        "t", (Actor("Chile", None, ("Chile",)), Actor("Ana Ruiz", "Chile", ("Ana Ruiz",)))
    )
    body = (
        '"Our borders must stay open," Ana Ruiz, the foreign minister of Chile, '
        "was quoted by the daily El Mercurio."
    )
    assert speakers_in_study(body, study) == ["Ana Ruiz"]
    # without a quotation before it, nothing quoted is hers
    body = "The report, which named Ana Ruiz, was quoted by the daily El Mercurio."
    assert speakers_in_study(body, study) == [None]


# --- round-255 constructions (studied on rounds 1-255; scored on round 256 onward) --------------

PERU = ActorSet(
    "t",
    (
        Actor("Peru", None, ("Peru", "Lima")),
        Actor("Peruvian Trade Ministry", "Peru", ("Peru Trade ministry",)),
        Actor("Ana Ruiz", "Peru", ("Ana Ruiz", "Ruiz")),
        Actor("Chile", None, ("Chile",)),
        Actor("Luis Soto", "Chile", ("Luis Soto", "Soto")),
        Actor("Chilean Fisheries Agency", "Chile", ("Chilean Fisheries Agency",)),
    ),
)


def test_an_open_apposition_naming_a_body_spokesman_keeps_the_name_as_speaker():
    body = "Ana Ruiz, Peru Trade ministry spokeswoman told reporters the talks would resume."
    assert speakers_in_study(body, PERU) == ["Ana Ruiz"]
    # a closing apposition after reported words: the body's official, no name before it
    body = "Lima wants trade with Peru and Chile, a Chilean Fisheries Agency official said."
    assert speakers_in_study(body, PERU) == ["Chilean Fisheries Agency"]


def test_an_inverted_speaker_may_follow_when_and_where():
    body = "The archives will be copied, said Thursday in Lima the Chilean minister Luis Soto."
    assert speakers_in_study(body, PERU) == ["Luis Soto"]
    body = "The archives will be copied, said on Thursday Luis Soto."
    assert speakers_in_study(body, PERU) == ["Luis Soto"]
    # a place after the verb with no speaker to follow it
    body = "The archives were copied, said to be in Lima since Thursday."
    assert speakers_in_study(body, PERU) == [None]


def test_a_person_cited_as_the_source_relays_what_another_said():
    body = "According to Ms Ruiz, Luis Soto also said the archives would be copied."
    assert speakers_in_study(body, PERU) == ["Ana Ruiz"]
    # a document cited as the source leaves the speaker it reports
    body = "According to the report, Luis Soto also said the archives would be copied."
    assert speakers_in_study(body, PERU) == ["Luis Soto"]


def test_figures_from_a_body_that_show_something_are_its_words():
    body = "Data from the Peru Trade ministry indicate that exports fell by a third."
    assert speakers_in_study(body, PERU) == ["Peruvian Trade Ministry"]
    body = "Figures by Chile show that exports fell by a third."
    assert speakers_in_study(body, PERU) == ["Chile"]
    # figures about a body are not its own
    body = "Data on Chile show that exports fell by a third."
    assert speakers_in_study(body, PERU) == [None]


# --- round-257 constructions (studied on rounds 1-257; scored on round 258 onward) --------------

OMAN = ActorSet(
    "t",
    (
        Actor("Oman", None, ("Oman", "Muscat")),
        Actor("Omani Embassy in Rome", "Oman", ("Omani Embassy in Rome",)),
        Actor("Omani Consulate in Milan", "Oman", ("Omani consulate in Milan",)),
        Actor("Omani Ministry of Labour", "Oman", ("Omani Ministry of Labour",)),
        Actor("Italy", None, ("Italy", "Rome")),
    ),
)


def test_the_consulate_or_the_diplomatic_mission_refers_back_to_the_named_one():
    body = (
        "Protesters threw paint at the Omani consulate in Milan on Friday. "
        "The consulate then demanded that Italy protect its staff."
    )
    assert speakers_in_study(body, OMAN) == [None, "Omani Consulate in Milan"]
    body = (
        "Protesters threw paint at the Omani Embassy in Rome on Friday. "
        "It was the second attack this year, the diplomatic mission said."
    )
    assert speakers_in_study(body, OMAN) == [None, "Omani Embassy in Rome"]
    # with no embassy or consulate named, a mission is no one
    body = "Rome hosted the talks. It was the second round, the mission said."
    assert speakers_in_study(body, OMAN) == [None, None]


def test_an_official_at_the_ministry_speaks_for_it():
    body = (
        "The Omani Ministry of Labour summoned the envoy. "
        "A senior official at the ministry said the attacks must stop."
    )
    assert speakers_in_study(body, OMAN) == [None, "Omani Ministry of Labour"]
    body = (
        "The Omani Ministry of Labour summoned the envoy. "
        "A senior official at the ministry touched on past attacks, criticizing Italy."
    )
    assert speakers_in_study(body, OMAN) == [None, "Omani Ministry of Labour"]
    # someone the study lists stays the speaker at the ministry
    body = "The Omani Ministry of Labour summoned the envoy. Rome at the ministry said little."
    assert speakers_in_study(body, OMAN) == [None, "Italy"]


def test_a_closing_voice_may_carry_a_relative_clause():
    body = (
        "The Omani Ministry of Labour began the talks. "
        '"Oman will sign soon," said a ministry official who did not want to be identified.'
    )
    assert speakers_in_study(body, OMAN) == [None, "Omani Ministry of Labour"]
    # a stranger with a relative clause is still a stranger
    body = (
        "The Omani Ministry of Labour began the talks. "
        '"Oman will sign soon," said a worker who did not want to be identified.'
    )
    assert speakers_in_study(body, OMAN) == [None, None]


# --- round-259 constructions (studied on rounds 1-259; scored on round 260 onward) --------------


def test_the_country_of_a_city_inside_the_openers_apposition_is_no_subject():
    body = (
        "Ana Ruiz, a Peruvian official who was at the summit in Santiago, Chile, earlier this "
        "month, said that the talks would resume."
    )
    assert speakers_in_study(body, PERU) == ["Ana Ruiz"]
    # after an opening phrase, the actor after the city is the subject
    body = (
        "Speaking at his office in Lima, Luis Soto, the minister, said that the talks would resume."
    )
    assert speakers_in_study(body, PERU) == ["Luis Soto"]


def test_an_official_cited_as_the_source_relays_what_another_actor_holds():
    body = (
        "A Chilean official said on Monday that the talks had failed. According to the "
        "official, who asked for anonymity, Peru understands that the talks failed."
    )
    assert speakers_in_study(body, PERU) == ["Chile", "Chile"]
    # a state cited leaves the other actor's words its own
    body = "According to Chile, Peru understands that the talks failed."
    assert speakers_in_study(body, PERU) == ["Peru"]


# --- round-261 constructions (studied on rounds 1-261; scored on round 262 onward) --------------

KENYA_UGANDA = ActorSet(
    "t",
    (
        Actor("Kenya", None, ("Kenya", "Nairobi")),
        Actor("Kenyan Planning Division", "Kenya", ("Planning Division", "KPD")),
        Actor("Mary Otieno", "Kenya", ("Mary Otieno", "Otieno")),
        Actor("Uganda", None, ("Uganda", "Kampala")),
        Actor("Tom Okello", "Uganda", ("Tom Okello", "Okello")),
    ),
)


def test_a_body_named_by_its_initials_after_an_is_no_surname():
    body = "An KPD official said the loan would be signed in July."
    assert speakers_in_study(body, KENYA_UGANDA) == ["Kenyan Planning Division"]
    body = "An KPD source said the loan would be signed in July."
    assert speakers_in_study(body, KENYA_UGANDA) == ["Kenyan Planning Division"]
    # a division is a body, so a place before its initials is no given name
    body = "Officials at Nairobi KPD said the loan would be signed in July."
    assert speakers_in_study(body, KENYA_UGANDA) == ["Kenyan Planning Division"]


def test_an_inverted_speaker_may_follow_an_owner_of_several_names():
    body = (
        "Mary Otieno said the port was open. "
        '"The visit matters," said Port Reitz Naval Base\'s Command Chief Tom Okello.'
    )
    assert speakers_in_study(body, KENYA_UGANDA) == ["Mary Otieno", "Tom Okello"]
    # an owner that is no name leaves the title's holder as before
    body = '"The visit matters," said the base\'s chief Tom Okello.'
    assert speakers_in_study(body, KENYA_UGANDA) == ["Tom Okello"]


def test_a_country_before_where_is_a_place_not_a_subject():
    body = (
        "As at a similar meeting in Jinja, Uganda, a month ago, where many flood warning "
        "plans were tabled, rivalry got in the way."
    )
    assert speakers_in_study(body, KENYA_UGANDA) == [None]
    # the same country as the subject after an opening phrase still speaks
    body = "As at a similar meeting in Jinja, Uganda tabled many plans, warning that floods loom."
    assert speakers_in_study(body, KENYA_UGANDA) == ["Uganda"]


def test_a_spokesman_of_a_states_branch_speaks_for_the_state():
    body = "A Kenyan health spokesman said the nurses would stay."
    assert speakers_in_study(body, KENYA_UGANDA) == ["Kenya"]
    # passive, with "a" before the voice
    body = "Claims that Kenya had too many nurses were contradicted by a Kenyan health spokesman."
    assert speakers_in_study(body, KENYA_UGANDA) == ["Kenya"]
    # a spokesman with no branch is left to the continuation rules, as before
    body = "The talks ended. A spokesman said the nurses would stay."
    assert speakers_in_study(body, KENYA_UGANDA) == [None, None]


def test_responding_to_something_with_deeds_is_no_speech():
    body = (
        "Tom Okello has shown little patience, responding to street protests with a wave of "
        "arrests."
    )
    assert speakers_in_study(body, KENYA_UGANDA) == [None]
    title = "Uganda Responds to Kenya with Matching Visa Curbs"
    assert speakers_in_study("The curbs start today.", KENYA_UGANDA, title=title) == [None, None]
    # responding to someone with words is speech
    body = "Tom Okello responded to Kenya with a statement, saying the curbs were unfair."
    assert speakers_in_study(body, KENYA_UGANDA) == ["Tom Okello"]


# --- round-263 constructions (studied on rounds 1-263; scored on round 264 onward) --------------

CHILE_PERU = ActorSet(
    "t",
    (
        Actor("Chile", None, ("Chile",)),
        Actor("Sofia Vidal", "Chile", ("Sofia Vidal", "Vidal")),
        Actor("Chilean Foreign Ministry", "Chile", ("Ministry of Foreign Affairs of Chile",)),
        Actor("Chilean Interior Ministry", "Chile", ("Ministry of the Interior of Chile",)),
        Actor("Peru", None, ("Peru",)),
        Actor("Jorge Paredes", "Peru", ("Jorge Paredes", "Paredes", "President Jorge Paredes")),
        Actor("Peruvian Interior Ministry", "Peru", ("Peruvian Interior Ministry",)),
    ),
)


def test_the_diplomat_refers_back_to_a_foreign_ministry_voice_set_off_before_her_name():
    body = (
        "Earlier, the official representative of the Ministry of Foreign Affairs of Chile, "
        "Sofia Vidal, announced that two reporters had been expelled. "
        "The diplomat said that this step was a response."
    )
    assert speakers_in_study(body, CHILE_PERU) == ["Sofia Vidal", "Sofia Vidal"]
    # the representative of another ministry is no diplomat
    body = body.replace("Foreign Affairs", "the Interior")
    assert speakers_in_study(body, CHILE_PERU) == ["Sofia Vidal", None]


def test_a_role_anaphor_may_open_a_pair_of_speakers():
    body = (
        "Paredes flew to Santiago. The president and Sofia Vidal said that the border would reopen."
    )
    assert speakers_in_study(body, CHILE_PERU) == [None, "Jorge Paredes", "Sofia Vidal"]
    # a role no one was named in stays unresolved, the named partner still speaks
    body = "The talks ended. The mayor and Sofia Vidal said that the border would reopen."
    assert speakers_in_study(body, CHILE_PERU) == [None, None, "Sofia Vidal"]


# --- round-265 constructions (studied on rounds 1-265; scored on round 266 onward) --------------

GHANA_TOGO = ActorSet(
    "t",
    (
        Actor("Ghana", None, ("Ghana", "Accra")),
        Actor("Kofi Mensah", "Ghana", ("Kofi Mensah", "President Mensah")),
        Actor("Ghanaian Health Ministry", "Ghana", ("the Health Ministry",)),
        Actor("Togo", None, ("Togo", "Lome")),
    ),
)


def test_guests_welcomed_are_received_not_spoken_to():
    body = "The visiting delegation was welcomed by President Mensah and will monitor the truce."
    assert speakers_in_study(body, GHANA_TOGO) == [None]
    # welcoming a decision is still words
    body = "The decision was welcomed by President Mensah as a step toward peace."
    assert speakers_in_study(body, GHANA_TOGO) == ["Kofi Mensah"]


def test_a_title_and_surname_alias_yields_to_a_longer_name():
    body = (
        "The port is of “great significance” to both countries, shipping group president "
        "Mensah Ato said during the signing."
    )
    assert speakers_in_study(body, GHANA_TOGO) == [None]
    # the alias alone still names the study's person
    body = "The port is of “great significance” to both countries, President Mensah said."
    assert speakers_in_study(body, GHANA_TOGO) == ["Kofi Mensah"]


def test_a_named_actor_speaks_beside_an_unnamed_second_speaker():
    body = (
        "Troops shelled the border town, including a strike that the Health Ministry and "
        "state media said killed one person."
    )
    assert "Ghanaian Health Ministry" in speakers_in_study(body, GHANA_TOGO)
    # an unnamed speaker alone stays unnamed
    body = "Troops shelled the border town, a strike that state media said killed one person."
    assert speakers_in_study(body, GHANA_TOGO) == [None]


# --- round-267 constructions (studied on rounds 1-267; scored on round 268 onward) --------------

BALTIC_NORDIC = ActorSet(
    "t",
    (
        Actor("Estonia", None, ("Estonia", "Tallinn")),
        Actor("Latvia", None, ("Latvia", "Riga")),
        Actor("Finland", None, ("Finland", "Helsinki")),
        Actor("United Kingdom", None, ("United Kingdom", "Britain")),
        Actor("Red Cross", None, ("the Red Cross",)),
        Actor("Olga Berzina", "Latvia", ("Olga Berzina", "Berzina")),
        Actor("Riga City Council", "Latvia", ("Riga City Council",)),
        Actor("Latvian Polar Institute", "Latvia", ("Latvian Polar Institute",)),
    ),
)


def test_a_group_listed_between_dashes_speaks_through_its_members():
    body = (
        "Three northern states – Estonia, Latvia and Finland – announced plans to leave the pact."
    )
    assert speakers_in_study(body, BALTIC_NORDIC) == ["Estonia", "Latvia", "Finland"]
    # a list after a word that names no group of actors is a place, not the subject
    body = "Three ports – Tallinn, Riga and Helsinki – announced new fees for tankers."
    assert speakers_in_study(body, BALTIC_NORDIC) == [None]


def test_an_intention_signalled_is_stated():
    body = "Latvia signalled its intention to leave the treaty by the end of the year."
    assert speakers_in_study(body, BALTIC_NORDIC) == ["Latvia"]
    # a signal that is no stance is no speech, and "signals" stays a plural noun
    body = "Latvia signalled the start of the regatta from the harbour wall."
    assert speakers_in_study(body, BALTIC_NORDIC) == [None]
    body = "Latvian officials say the signals from Helsinki have been positive."
    assert speakers_in_study(body, BALTIC_NORDIC) == ["Latvia"]


def test_a_verdict_of_diplomatic_copy_makes_calling_a_judgement():
    body = "The Red Cross called Latvia's withdrawal from the convention unprecedented."
    assert speakers_in_study(body, BALTIC_NORDIC) == ["Red Cross"]
    # a meeting called is convened, not judged
    body = "The Red Cross called a meeting of donors in Riga."
    assert speakers_in_study(body, BALTIC_NORDIC) == [None]


def test_a_delegation_sent_to_a_meeting_speaks_for_its_sender():
    body = "In a tweet, the British delegation to the meeting called the decision a “vital step.”"
    assert speakers_in_study(body, BALTIC_NORDIC) == ["United Kingdom"]
    body = "The British delegation to Latvia said the decision was vital."
    assert speakers_in_study(body, BALTIC_NORDIC) == ["United Kingdom"]


def test_a_message_passive_names_its_sender():
    body = "The accusation was leveled by Olga Berzina on Monday, a day after the vote."
    assert speakers_in_study(body, BALTIC_NORDIC) == ["Olga Berzina"]
    # a passive whose subject is no message, or with no sender, reports no words
    body = "The old harbour road was leveled by Riga City Council on Monday."
    assert speakers_in_study(body, BALTIC_NORDIC) == [None]
    body = "The accusation was leveled on Monday, a day after the vote."
    assert speakers_in_study(body, BALTIC_NORDIC) == [None]


def test_a_closing_role_anaphor_may_take_a_short_phrase_of_where():
    body = (
        "The Latvian Polar Institute hosted the crew. “It was a joy to have them,” wrote the "
        "Institute on social media, praising the guests."
    )
    assert speakers_in_study(body, BALTIC_NORDIC) == [None, "Latvian Polar Institute"]


def test_a_titled_guest_welcomed_to_a_place_is_hosted():
    body = "The Latvian Polar Institute welcomed the visiting minister to its base near Riga."
    assert speakers_in_study(body, BALTIC_NORDIC) == [None]
    # welcoming what a guest said is still words of welcome
    body = "The Latvian Polar Institute welcomed the minister's pledge to the fund."
    assert speakers_in_study(body, BALTIC_NORDIC) == ["Latvian Polar Institute"]


def test_a_person_set_off_after_a_role_is_the_next_she():
    body = (
        "A spokesperson for Riga City Council stressed that the link was private. Hours later "
        "the link was suspended by the council leader, Olga Berzina. She said: “Riga must "
        "stand with its neighbours.”"
    )
    assert speakers_in_study(body, BALTIC_NORDIC) == ["Riga City Council", None, "Olga Berzina"]


# --- round-269 constructions (studied on rounds 1-269; scored on round 270 onward) --------------

NEPAL_BHUTAN = ActorSet(
    "t",
    (
        Actor("Nepal", None, ("Nepal", "Kathmandu")),
        Actor("Bhutan", None, ("Bhutan", "Thimphu")),
        Actor("United States", None, ("United States", "U.S.")),
        Actor("Nepal Rastra Bank", "Nepal", ("Nepal Rastra Bank",)),
        Actor("Nepal Customs Department", "Nepal", ("Nepal Customs Department",)),
        Actor("Bhutanese Ministry of Education", "Bhutan", ("Bhutanese Ministry of Education",)),
        Actor("Karma Wangchuk", "Bhutan", ("Karma Wangchuk", "Wangchuk")),
        Actor("Ram Thapa", "Nepal", ("Ram Thapa", "Thapa")),
    ),
)


def test_a_voice_closes_its_clause_past_its_bodys_gloss():
    body = "The swap line runs for three years, said a spokesman for the Nepal Rastra Bank (NRB)."
    assert speakers_in_study(body, NEPAL_BHUTAN) == ["Nepal Rastra Bank"]
    body = body.replace("said", "according to")
    assert speakers_in_study(body, NEPAL_BHUTAN) == ["Nepal Rastra Bank"]


def test_a_title_without_its_article_closes_a_quotation():
    opening = "Education Minister Karma Wangchuk said schools would open. "
    body = opening + '"We will send teachers," Minister said.'
    assert speakers_in_study(body, NEPAL_BHUTAN) == ["Karma Wangchuk", "Karma Wangchuk"]
    # a title before a name is that name's, someone the study does not know
    body = opening + '"We will send teachers," Minister Dorji said.'
    assert speakers_in_study(body, NEPAL_BHUTAN) == ["Karma Wangchuk", None]


def test_a_body_of_the_articles_state_is_named_by_the_tail_of_its_study_name():
    body = "THIMPHU, Bhutan: The Ministry of Education said 300 teachers would go abroad."
    assert speakers_in_study(body, NEPAL_BHUTAN) == ["Bhutanese Ministry of Education"]
    body = "THIMPHU, Bhutan: According to the Ministry of Education, 300 teachers will go abroad."
    assert speakers_in_study(body, NEPAL_BHUTAN) == ["Bhutanese Ministry of Education"]
    # in a story from a state the study lists no such body for, the body stays unknown
    body = "KATHMANDU, Nepal: The Ministry of Education said 300 teachers would go abroad."
    assert speakers_in_study(body, NEPAL_BHUTAN) == [None]


def test_thanks_to_is_a_preposition():
    body = (
        "A stolen painting was returned to Nepal during a ceremony at the Bhutan embassy in "
        "Kathmandu, Nepal, thanks to the United States."
    )
    assert speakers_in_study(body, NEPAL_BHUTAN) == [None]
    body = "Nepal thanks the United States for returning the stolen painting."
    assert speakers_in_study(body, NEPAL_BHUTAN) == ["Nepal"]


def test_a_states_authorities_speak_for_it_unless_a_body_noun_says_which():
    body = "U.S. authorities say the painting was stolen from a temple in 2001."
    assert speakers_in_study(body, NEPAL_BHUTAN) == ["United States"]
    body = "Nepal's customs authorities announced a ban on log imports from Bhutan."
    assert speakers_in_study(body, NEPAL_BHUTAN) == ["Nepal Customs Department"]


def test_a_body_that_qualifies_a_strangers_role_is_not_who_the_sentence_is_about():
    body = (
        "The Nepal Rastra Bank asked Bhutan to renew the line. At the ceremony, attended by Hari "
        "Rai, Nepal Rastra Bank deputy director, Ram Thapa gave the keynote. He underscored the "
        "value of the swap line."
    )
    assert speakers_in_study(body, NEPAL_BHUTAN) == ["Nepal Rastra Bank", None, "Ram Thapa"]


# --- round-271 constructions (studied on rounds 1-271; scored on round 272 onward) --------------

FIJI_TONGA = ActorSet(
    "t",
    (
        Actor("Fiji", None, ("Fiji", "Suva")),
        Actor("Tonga", None, ("Tonga",)),
        Actor("Mere Tuilagi", "Fiji", ("Mere Tuilagi", "Tuilagi")),
    ),
)


def test_an_occasion_opened_by_a_speech_act_is_speech():
    body = "Mere Tuilagi opened the evening by emphasizing the reef project's value to Tonga."
    assert speakers_in_study(body, FIJI_TONGA) == ["Mere Tuilagi"]
    body = "Mere Tuilagi concluded by urging donors to fund the reef project."
    assert speakers_in_study(body, FIJI_TONGA) == ["Mere Tuilagi"]
    # opened by a deed is no speech
    body = "Mere Tuilagi opened the new wharf by cutting a ribbon in Suva."
    assert speakers_in_study(body, FIJI_TONGA) == [None]


def test_a_passive_agent_may_follow_the_month_it_spoke_in():
    body = "The joint exercise was announced in November by Mere Tuilagi, Fiji's defence minister."
    assert speakers_in_study(body, FIJI_TONGA) == ["Mere Tuilagi"]
    # a place between the verb and "by" still leaves the agent to another phrase
    body = "The joint exercise was held in Suva by troops from Tonga."
    assert speakers_in_study(body, FIJI_TONGA) == [None]


# --- round-273 constructions (studied on rounds 1-273; scored on round 274 onward) --------------

LATVIA_MALTA = ActorSet(
    "t",
    (
        Actor("Latvia", None, ("Latvia", "Riga")),
        Actor("Malta", None, ("Malta",)),
        Actor("Ilze Ozola", "Latvia", ("Ilze Ozola", "Ozola")),
    ),
)


def test_the_outlet_that_quoted_someone_may_carry_the_day_it_did():
    body = (
        "Coast guard spokeswoman Ilze Ozola was quoted by the LETA news agency on Monday as "
        "saying that the trawler from Malta was held."
    )
    assert speakers_in_study(body, LATVIA_MALTA) == ["Ilze Ozola"]
    # a time phrase with no "as saying" after it quotes no one
    body = "Ilze Ozola was quoted by the LETA news agency on Monday in a long report."
    assert speakers_in_study(body, LATVIA_MALTA) == [None]


def test_an_announcement_made_by_someone_is_theirs():
    body = "The announcement was made by Ilze Ozola during a visit to Malta on Tuesday."
    assert speakers_in_study(body, LATVIA_MALTA) == ["Ilze Ozola"]
    # a decision made is no spoken document
    body = "The decision was made by Ilze Ozola during a visit to Malta on Tuesday."
    assert speakers_in_study(body, LATVIA_MALTA) == [None]


# --- round-275 constructions (studied on rounds 1-275; scored on round 276 onward) --------------

ESTONIA_MALI = ActorSet(
    "t",
    (
        Actor("Estonia", None, ("Estonia", "Tallinn")),
        Actor("Mali", None, ("Mali",)),
        Actor("Bosnia and Herzegovina", None, ("Bosnia",)),
        Actor("Estonian Ministry of Commerce", "Estonia", ("commerce ministry",)),
        Actor("Estonian Geological Survey", "Estonia", ("Estonian Geological Survey",)),
        Actor("Mart Kask", "Estonia", ("Mart Kask", "Kask")),
    ),
)


def test_the_official_is_the_body_whose_official_spoke_last():
    body = (
        'When asked, a senior commerce ministry official said, "We will send the note soon." '
        "Estonia wants a deal this year. The official said the talks are going well."
    )
    assert speakers_in_study(body, ESTONIA_MALI) == [
        "Estonian Ministry of Commerce",
        None,
        "Estonian Ministry of Commerce",
    ]
    # with no official heard before, whose official is unsaid
    body = "Estonia wants a deal this year. The official said the talks are going well."
    assert speakers_in_study(body, ESTONIA_MALI) == [None, None]


def test_a_headline_agreement_is_no_cue_before_its_dashed_source():
    body = "The two surveys will map deposits along the border."
    title = "Estonia, Mali Agree On Cooperation In Prospecting - Estonian Geological Survey"
    assert speakers_in_study(body, ESTONIA_MALI, title=title)[0] == "Estonian Geological Survey"
    # a headline whose own subject speaks keeps its cue
    title = "Estonia urges Mali to share data - Estonian Geological Survey"
    assert speakers_in_study(body, ESTONIA_MALI, title=title)[0] == "Estonia"


def test_a_demonym_field_may_hold_two_demonyms():
    assert {"Bosnian", "Herzegovinian"} <= demonyms("Bosnia and Herzegovina")
    body = "Bosnian officials said the refinery meets the law."
    assert speakers_in_study(body, ESTONIA_MALI) == ["Bosnia and Herzegovina"]


def test_an_irregular_participle_after_be_is_a_passive():
    body = "Estonia signed the deal. It is forecast that Mali will double its exports."
    assert speakers_in_study(body, ESTONIA_MALI) == [None, None]
    # the same form after its subject is finite
    body = "Mart Kask forecast that Mali will double its exports."
    assert speakers_in_study(body, ESTONIA_MALI) == ["Mart Kask"]


def test_a_member_from_a_body_speaks_for_themself():
    body = "Mart Kask from the Estonian Geological Survey told the meeting that maps were ready."
    assert speakers_in_study(body, ESTONIA_MALI) == ["Mart Kask"]
    # a voice from the body speaks for the body
    body = (
        "A spokesperson from the Estonian Geological Survey told the meeting that maps were ready."
    )
    assert speakers_in_study(body, ESTONIA_MALI) == ["Estonian Geological Survey"]


# --- round-277 constructions (studied on rounds 1-277; scored on round 278 onward) --------------


def test_a_closing_mark_before_the_attribution_lost_its_opening_mark():
    text = "Malta signed the pact. The pact gives us a clear mandate” said Mart Kask."
    quoted = [text[q.start : q.end] for q in find_quotes(text)]
    assert quoted == ["The pact gives us a clear mandate”"]
    body = "Malta signed the pact. The pact gives Estonia a clear mandate,” said Mart Kask."
    assert speakers_in_study(body, ESTONIA_MALI) == [None, "Mart Kask"]
    # a stray closing mark inside narration quotes nothing
    text = "Mart Kask met Malta's minister to discuss a more productive” trading relationship."
    assert find_quotes(text) == []


# --- round-279 constructions (studied on rounds 1-279; scored on round 280 onward) --------------

LITHUANIA_NIGER = ActorSet(
    "t",
    (
        Actor("Lithuania", None, ("Lithuania", "Vilnius")),
        Actor("Niger", None, ("Niger", "Niamey")),
        Actor("Lithuanian Interior Ministry", "Lithuania", ("Lithuanian Interior Ministry",)),
        Actor("Niger Police", "Niger", ("Niger Police", "NP")),
        Actor("Jonas Petraitis", "Lithuania", ("Jonas Petraitis", "Petraitis")),
        Actor("ABK Adamou", "Niger", ("ABK Adamou", "Mr Adamou")),
        Actor("KMA Issoufou", "Niger", ("KMA Issoufou",)),
    ),
)


def test_initials_of_a_name_the_study_also_gives_with_mr_are_no_acronym():
    body = (
        "Foreign adviser Jonas Petraitis welcomed the talks. Envoy ABK Adamou called the outcome "
        "positive. “Progress was made,” he added."
    )
    assert speakers_in_study(body, LITHUANIA_NIGER) == [
        "Jonas Petraitis",
        "ABK Adamou",
        "ABK Adamou",
    ]
    # a name whose capitals the study never drops is taken for a body's, no one "he" could be
    body = (
        "Foreign adviser Jonas Petraitis welcomed the talks. Envoy KMA Issoufou called the "
        "outcome positive. “Progress was made,” he added."
    )
    assert speakers_in_study(body, LITHUANIA_NIGER)[-1] == "Jonas Petraitis"


def test_a_statement_the_sentence_cites_is_not_issued_by_its_speaker():
    body = (
        "Petraitis met Mr Adamou in Vilnius, according to a statement issued by the Lithuanian "
        "Interior Ministry. According to the statement, Mr Adamou proposed a joint patrol. "
        "Mr Adamou will visit Niamey in May, the statement said."
    )
    assert speakers_in_study(body, LITHUANIA_NIGER)[-1] == "Lithuanian Interior Ministry"
    # a statement the speaker itself mentions is still the speaker's
    body = (
        "Petraitis met Mr Adamou in Vilnius, according to a statement issued by the Lithuanian "
        "Interior Ministry. Mr Adamou said in a statement that he proposed a joint patrol. "
        "Mr Adamou will visit Niamey in May, the statement said."
    )
    assert speakers_in_study(body, LITHUANIA_NIGER)[-1] == "ABK Adamou"


def test_a_quotation_reporting_a_minister_is_the_outside_speakers():
    body = (
        "Petraitis met Adamou in Vilnius, according to a statement issued by the Lithuanian "
        "Interior Ministry. “Minister Petraitis welcomed the initiative of a joint patrol,” the "
        "statement said."
    )
    assert speakers_in_study(body, LITHUANIA_NIGER) == [
        "Lithuanian Interior Ministry",
        "Lithuanian Interior Ministry",
    ]


def test_a_document_named_after_its_issuer_closes_the_sentence_as_its_speaker():
    body = "Forged notes worth 1.5 million were recovered from them, said a NP media release."
    assert speakers_in_study(body, LITHUANIA_NIGER) == ["Niger Police"]
    # a paper named after a place only relays
    body = "Forged notes worth 1.5 million were recovered from them, said a Niger newspaper."
    assert speakers_in_study(body, LITHUANIA_NIGER) == [None]


def test_a_verb_joined_inside_a_relative_clause_is_its_antecedents():
    body = (
        "Lithuania could lose its claims against Baltic Amber, which sells its own brand in "
        "Niger and says it plans to expand."
    )
    assert speakers_in_study(body, LITHUANIA_NIGER) == [None]
    # an antecedent the study names speaks
    body = (
        "Officials in Vilnius met Petraitis, who rejected the plan and said Lithuania would appeal."
    )
    assert speakers_in_study(body, LITHUANIA_NIGER) == ["Jonas Petraitis"]


# --- round-281 constructions (studied on rounds 1-281; scored on round 282 onward) --------------

SLOVENIA_GABON = ActorSet(
    "t",
    (
        Actor("Slovenia", None, ("Slovenia", "Ljubljana")),
        Actor("Gabon", None, ("Gabon", "Libreville")),
        Actor("Slovenian Prime Minister's Office", "Slovenia", ("the Prime Minister’s Office",)),
        Actor("Slovenian Interior Ministry", "Slovenia", ("Slovenian Interior Ministry",)),
        Actor("Janez Novak", "Slovenia", ("Janez Novak", "Novak")),
        Actor("Marko Kranjc", "Slovenia", ("Marko Kranjc", "Kranjc")),
        Actor("Paul Obame", "Gabon", ("Paul Obame", "Obame", "Dr. Paul Obame")),
        Actor("Ali Ndong", "Gabon", ("Ali Ndong", "Ndong")),
    ),
)


def test_a_title_set_off_before_a_name_is_its_holders_role():
    body = (
        "Slovenia’s envoy was received by the Minister of Higher Education of the Republic of "
        "Gabon, Dr. Paul Obame on Wednesday. The Minister underscored the need for more grants."
    )
    assert speakers_in_study(body, SLOVENIA_GABON) == [None, "Paul Obame"]
    # a name with no title before it gives "the Minister" no one
    body = (
        "Slovenia’s envoy was received by Dr. Paul Obame on Wednesday. The Minister underscored "
        "the need for more grants."
    )
    assert speakers_in_study(body, SLOVENIA_GABON) == [None, None]


def test_a_plural_role_closing_an_inverted_quotation_is_the_pair():
    body = (
        "Novak met Obame in Libreville. “The link will consolidate ties between the two "
        "nations,” said the Presidents in a joint statement."
    )
    assert sorted(filter(None, speakers_in_study(body, SLOVENIA_GABON))) == [
        "Janez Novak",
        "Paul Obame",
    ]
    # a plural role that does not close the attribution names no pair
    body = (
        "Novak met Obame in Libreville. “The link will consolidate ties between the two "
        "nations,” said the presidents of the two chambers."
    )
    assert speakers_in_study(body, SLOVENIA_GABON)[-1] is None


def test_raising_an_owners_objection_is_speech():
    body = "Novak raised Slovenia’s objection to the agreement between Gabon and Togo."
    assert speakers_in_study(body, SLOVENIA_GABON) == ["Janez Novak"]
    body = "Novak raised Slovenia’s flag over the new embassy in Libreville."
    assert speakers_in_study(body, SLOVENIA_GABON) == [None]


def test_a_body_cited_as_the_source_outranks_its_own_sides_person():
    body = (
        "According to the Prime Minister’s Office, Novak also reminded Obame that the treaty "
        "settled the border."
    )
    assert speakers_in_study(body, SLOVENIA_GABON) == ["Slovenian Prime Minister's Office"]
    # a document cited as the source only carries what the person said
    body = (
        "According to a statement by the Slovenian Interior Ministry, Novak also reminded Obame "
        "that the treaty settled the border."
    )
    assert speakers_in_study(body, SLOVENIA_GABON) == ["Janez Novak"]


def test_a_body_relaying_its_persons_words_speaks_and_he_is_that_person():
    body = (
        "Kranjc said the visit went well. The Prime Minister’s Office added that Novak objected "
        "to the deal during the meeting. He said Slovenia has full faith in Gabon."
    )
    assert speakers_in_study(body, SLOVENIA_GABON) == [
        "Marko Kranjc",
        "Slovenian Prime Minister's Office",
        "Janez Novak",
    ]
    # a person relaying another of their side gives that person's words
    body = "Kranjc told reporters that Novak highlighted the need for more flights."
    assert speakers_in_study(body, SLOVENIA_GABON) == ["Janez Novak"]


def test_a_cue_in_a_relative_clause_describing_a_reported_letter_is_what_was_said():
    body = (
        "Kranjc said Wednesday the ministry has received a letter, via officials in Libreville, "
        "in which Gabon argues that the wreck is its own."
    )
    assert speakers_in_study(body, SLOVENIA_GABON) == ["Marko Kranjc"]
    # a second clause of its own is a second speaker
    body = (
        "Kranjc said Wednesday the ministry has received a letter, while Gabon argues that the "
        "wreck is its own."
    )
    assert set(speakers_in_study(body, SLOVENIA_GABON)) == {"Marko Kranjc", "Gabon"}


# --- round-283 constructions (studied on rounds 1-283; scored on round 284 onward) --------------

CROATIA_BHUTAN = ActorSet(
    "t",
    (
        Actor("Croatia", None, ("Croatia", "Zagreb")),
        Actor("Bhutan", None, ("Bhutan", "Thimphu")),
        Actor("Croatian Health Ministry", "Croatia", ("Croatian Health Ministry",)),
        Actor("Croatian Foreign Ministry", "Croatia", ("Croatian Foreign Ministry",)),
        Actor("Ivan Horvat", "Croatia", ("Ivan Horvat", "Horvat")),
        Actor("Karma Dorji", "Bhutan", ("Karma Dorji", "Dorji")),
    ),
)


def test_an_outlet_that_learnt_the_news_from_a_body_cites_it():
    body = (
        "Croatia is sending ten ambulances to Bhutan, HINA has learnt from the Croatian Health "
        "Ministry."
    )
    assert speakers_in_study(body, CROATIA_BHUTAN) == ["Croatian Health Ministry"]
    # learning from someone how to do something reports nothing they said
    body = "Bhutan learned from Croatia how to run a mountain rescue service."
    assert speakers_in_study(body, CROATIA_BHUTAN) == [None]


def test_a_bodys_press_service_speaks_for_it():
    body = "Report was informed in the press service of the Croatian Health Ministry."
    assert speakers_in_study(body, CROATIA_BHUTAN) == ["Croatian Health Ministry"]
    body = (
        "The ambulances reached Thimphu on Monday, according to the press service of the Croatian "
        "Health Ministry."
    )
    assert speakers_in_study(body, CROATIA_BHUTAN) == ["Croatian Health Ministry"]
    # told in a place, no body speaks
    body = "Report was informed in Zagreb that the ambulances had left."
    assert speakers_in_study(body, CROATIA_BHUTAN) == [None]


def test_declaring_someone_persona_non_grata_is_an_act():
    body = (
        "Zagreb has declared Bhutanese Defence Attache Karma Dorji persona non grata, the "
        "Croatian Foreign Ministry said on Thursday."
    )
    assert speakers_in_study(body, CROATIA_BHUTAN) == ["Croatian Foreign Ministry"]
    # a declaration of what is so is words
    body = "Croatia declared that the agreement with Bhutan would be signed in May."
    assert speakers_in_study(body, CROATIA_BHUTAN) == ["Croatia"]


def test_a_person_cited_as_the_source_relays_the_participle_too():
    body = (
        "According to Horvat, Dorji also expressed his appreciation of the ambulances, saying "
        "Bhutan needs more of them."
    )
    assert speakers_in_study(body, CROATIA_BHUTAN) == ["Ivan Horvat"]
    body = (
        "Dorji also expressed his appreciation of the ambulances, saying Bhutan needs more of them."
    )
    assert speakers_in_study(body, CROATIA_BHUTAN) == ["Karma Dorji"]


def test_the_two_officials_of_a_kind_are_the_pair_the_sentence_names():
    body = (
        "Ivan Horvat visited Thimphu last week. During a meeting between Horvat and Dorji, the two "
        "state officials acknowledged the importance of the ferry route."
    )
    assert sorted(filter(None, speakers_in_study(body, CROATIA_BHUTAN)[1:])) == [
        "Ivan Horvat",
        "Karma Dorji",
    ]
    # uncounted officials are anyone's
    body = (
        "During a meeting between Horvat and Dorji, the officials acknowledged the importance of "
        "the ferry route."
    )
    assert speakers_in_study(body, CROATIA_BHUTAN) == [None]


# --- round-285 constructions (studied on rounds 1-285; scored on round 286 onward) --------------


def test_whom_a_speaker_acts_on_behalf_of_is_not_the_subject():
    body = (
        "In his remarks, Ambassador Horvat on behalf of the Government of Croatia and the "
        "Croatian Health Ministry thanked Bhutan for the ceremony."
    )
    assert speakers_in_study(body, CROATIA_BHUTAN) == ["Ivan Horvat"]
    # a body that thanks for itself stays the subject
    body = "In his remarks, Horvat said the Croatian Health Ministry thanked Bhutan."
    assert set(speakers_in_study(body, CROATIA_BHUTAN)) <= {"Ivan Horvat"}


def test_any_past_verb_between_a_closing_quotation_mark_and_its_actor_inverts():
    body = (
        "“The ambulances are welcome. They will save lives in the mountains,” shared Karma Dorji, "
        "head of the rescue office."
    )
    assert speakers_in_study(body, CROATIA_BHUTAN) == ["Karma Dorji"]
    # without an actor closing the clause after it, the verb reports nothing
    body = "“Ode to Joy” closed the ceremony in Thimphu."
    assert speakers_in_study(body, CROATIA_BHUTAN) == [None]


def test_a_headlines_title_case_clause_after_a_colon_is_no_source():
    title = "Saving Mountains: Croatia's Rescue Service Trains Bhutan Teams"
    body = "Croatian rescuers trained 40 people in Thimphu this week."
    assert speakers_in_study(body, CROATIA_BHUTAN, title=title)[0] is None
    # the actor closing the headline after its colon is its source
    title = "Ambulances to reach Thimphu in May: Croatian Health Ministry"
    assert speakers_in_study(body, CROATIA_BHUTAN, title=title)[0] == "Croatian Health Ministry"


# --- round-287 constructions (studied on rounds 1-287; scored on round 288 onward) --------------

FIJI_NAURU = ActorSet(
    "t",
    (
        Actor("Fiji", None, ("Fiji", "Suva")),
        Actor("Nauru", None, ("Nauru", "RN")),
        Actor("Fijian Embassy in Yaren", "Fiji", ("Fijian Embassy",)),
        Actor("Mere Tora", "Fiji", ("Mere Tora", "the Hon Mere Tora MP", "Tora")),
    ),
)


def test_a_title_whose_portfolio_runs_into_the_name_is_the_name_s():
    body = (
        "Minister for Fisheries, Forests, Ports and the Arts the Hon Mere Tora MP, said the "
        "treaty opens new markets."
    )
    assert speakers_in_study(body, FIJI_NAURU) == ["Mere Tora"]
    # a list of bodies before the comma is no title
    body = "Fisheries, Forests and the Arts Tora, said the treaty opens new markets."
    assert speakers_in_study(body, FIJI_NAURU) == [None]


def test_supporting_someone_in_doing_a_task_is_a_deed():
    assert speakers_in_study("Fiji supports RN in addressing the dengue outbreak.", FIJI_NAURU) == [
        None
    ]
    assert speakers_in_study("FIJI SUPPORTS RN IN FIGHTING DENGUE", FIJI_NAURU) == [None]
    assert speakers_in_study("Fiji supports a dengue vaccination project.", FIJI_NAURU) == [None]
    # a position taken on something stays speech
    assert speakers_in_study("Fiji supports Nauru's bid for a UN seat.", FIJI_NAURU) == ["Fiji"]
    # "long-running" is no task
    assert speakers_in_study("Fiji backs Nauru in long-running fishing row.", FIJI_NAURU) == [
        "Fiji"
    ]


def test_an_agreement_reached_in_principle_is_an_act():
    body = "Fiji and Nauru have agreed in principle to amendments that would update the treaty."
    assert speakers_in_study(body, FIJI_NAURU) == [None]
    # what they agreed in principle, as words, is still speech
    body = "Fiji and Nauru agreed in principle that the treaty should be updated."
    assert speakers_in_study(body, FIJI_NAURU) == ["Fiji", "Nauru"]


def test_a_bodys_media_release_cited_is_its_source():
    body = "According to a Fijian Embassy media release, the grant was part of a larger package."
    assert speakers_in_study(body, FIJI_NAURU) == ["Fijian Embassy in Yaren"]


# --- round-289 constructions (studied on rounds 1-289; scored on round 290 onward) --------------

SAMOA_TONGA = ActorSet(
    "t",
    (
        Actor("Samoa", None, ("Samoa", "Apia")),
        Actor("Tonga", None, ("Tonga",)),
        Actor("Samoa Anti-Doping", "Samoa", ("Samoa Anti-Doping", "SAD")),
        Actor("Lina Fale", "Samoa", ("Lina Fale",)),
    ),
)


def test_a_capitalised_title_before_a_name_set_off_by_commas_names_its_role():
    body = "SAD Chief Executive, Lina Fale, said: “We are pleased to be working with Tonga.”"
    assert speakers_in_study(body, SAMOA_TONGA) == ["Lina Fale"]
    body = "The Director General, Lina Fale, said the programme would grow."
    assert speakers_in_study(body, SAMOA_TONGA) == ["Lina Fale"]
    # an actor before the comma is still the subject its apposition describes
    body = "Samoa, a Pacific nation, said the programme would grow."
    assert speakers_in_study(body, SAMOA_TONGA) == ["Samoa"]


def test_an_informing_verb_right_before_on_is_a_passive_without_its_was():
    assert speakers_in_study(
        "Samoan delegation briefed on anti-doping rules in Tonga", SAMOA_TONGA
    ) == [None]
    # with its listener it is the speaker's briefing
    body = "Samoa briefed Tonga on the anti-doping rules."
    assert speakers_in_study(body, SAMOA_TONGA) == ["Samoa"]


def test_a_short_form_the_article_defines_names_the_body_later():
    study = ActorSet(
        "t",
        (
            *SAMOA_TONGA.actors,
            Actor("Tonga Customs", "Tonga", ("Tonga Revenue and Customs Authority",)),
        ),
    )
    body = (
        "The Tonga Revenue and Customs Authority (TRCA) signed the pact with Samoa. "
        "According to the TRCA, the pact covers data sharing."
    )
    assert speakers_in_study(body, study) == [None, "Tonga Customs"]
    # a bracketed word that does not abbreviate the name defines nothing
    body = body.replace("TRCA", "ADB")
    assert speakers_in_study(body, study) == [None, None]


@pytest.mark.parametrize(
    ("short", "long", "expected"),
    [
        ("CSA", "Cyber Security Agency of Singapore", True),
        ("KA-CARE", "King Abdullah City for Atomic and Renewable Energy", True),
        ("MoFA", "Ministry of Foreign Affairs", True),
        ("EU", "Commission", False),
        ("SAC", "Cyber Security Agency", False),
    ],
)
def test_a_short_form_abbreviates_its_long_form_in_order(short, long, expected):
    assert abbreviates(short, long) is expected


# --- round-292 constructions (studied on rounds 1-292; scored on round 293 onward) --------------


def test_wishing_an_event_successful_is_a_wish_sent():
    body = "Lina Fale wished the successful conference to be held in Apia next year."
    assert speakers_in_study(body, SAMOA_TONGA) == ["Lina Fale"]
    # success as a plain adjective, with no wish, stays narration
    body = "Lina Fale chaired the successful conference held in Apia last year."
    assert speakers_in_study(body, SAMOA_TONGA) == [None]


# --- round-293 constructions (studied on rounds 1-293; scored on round 290 onward) --------------

FIJI_VANUATU = ActorSet(
    "t",
    (
        Actor("Fiji", None, ("Fiji", "Suva")),
        Actor("Vanuatu", None, ("Vanuatu",)),
        Actor("Fiji Navy", "Fiji", ("Fiji Navy",)),
        Actor("Fiji Medicines Board", "Fiji", ("Fiji Medicines Board", "FMB")),
        Actor("Mere Tora", "Fiji", ("Mere Tora", "Tora")),
        Actor("Joel Kalo", "Vanuatu", ("Joel Kalo", "Kalo")),
    ),
)


@pytest.mark.parametrize(
    "body",
    [
        "The drills began on Monday, said Fiji Navy spokeswoman Mere Tora.",
        "The drills began on Monday, said the Fiji Navy's official spokeswoman Captain First Class "
        "Mere Tora.",
        "The drills began on Monday, according to Fiji Navy official Mere Tora.",
        "The drills began on Monday, Radio Pacific reported citing the Fiji Navy's spokeswoman "
        "Lieutenant Mere Tora.",
    ],
)
def test_a_body_role_before_a_listed_name_is_that_persons_voice(body):
    assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora"]


def test_a_body_role_without_a_listed_name_stays_the_bodys_voice():
    body = "The drills began on Monday, said a Fiji Navy spokeswoman."
    assert speakers_in_study(body, FIJI_VANUATU) == ["Fiji Navy"]
    body = "The drills began on Monday, according to the Fiji Navy's spokeswoman."
    assert speakers_in_study(body, FIJI_VANUATU) == ["Fiji Navy"]


def test_welcoming_a_guest_named_with_an_honorific_is_a_reception():
    body = "Dr. Tora, head of the FMB, welcomed Dr. Kalo, chairman of the Vanuatu regulator."
    assert speakers_in_study(body, FIJI_VANUATU) == [None]
    # words of welcome for the guest's remarks are still a view stated
    body = "Dr. Tora welcomed Dr. Kalo's remarks on the partnership."
    assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora"]


def test_a_document_cited_after_as_and_a_participle_speaks_for_its_owner():
    body = "As reported on the Fiji government's website, the accord will speed up approvals."
    assert speakers_in_study(body, FIJI_VANUATU) == ["Fiji"]
    body = "Imports will face new checks, as noted in the FMB's announcement."
    assert speakers_in_study(body, FIJI_VANUATU) == ["Fiji Medicines Board"]
    # a plan followed, or a publication the study does not list, names no source
    body = "Imports will face new checks, as outlined in the FMB plan."
    assert speakers_in_study(body, FIJI_VANUATU) == [None]
    body = "Imports will face new checks, as stated in the publication."
    assert speakers_in_study(body, FIJI_VANUATU) == [None]


def test_according_to_a_states_government_document_is_the_state():
    body = "According to the Fiji government's statement, the accord will speed up approvals."
    assert speakers_in_study(body, FIJI_VANUATU) == ["Fiji"]


def test_a_pact_heading_a_sentence_is_what_a_later_it_refers_to():
    body = (
        "Tora said Fiji values the partnership. On the other hand, the MOA on Oil Spill Response "
        "took note of the importance of coordination. It also assured joint effort in "
        "conservation."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora", None, None]
    # a subject that is no pact leaves "it" with the last actor named
    body = (
        "Tora said Fiji values the partnership. The partnership took note of the importance of "
        "coordination. It also assured joint effort in conservation."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora", None, "Fiji"]


def test_a_pacts_aims_do_not_run_on_from_the_last_speaker():
    body = "Tora said Fiji values the partnership. The MOA took note of the need for coordination."
    assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora", None]
    # a modal view with no pact for its subject still runs on (the rule's answer: whether it
    # clears min_confidence is the confidence model's call, about even odds for this one)
    body = "Tora said Fiji values the partnership. Both sides need more coordination."
    assert speakers_in_study(body, FIJI_VANUATU, confidence="rules") == ["Mere Tora"] * 2


# --- round-291 constructions (studied on rounds 1-293; scored on round 294 onward) --------------


@pytest.mark.parametrize(
    "body",
    [
        "According to the FMB’s press service, the accord was signed in Suva.",
        "According to the Fiji Medicines Board press service, the accord was signed in Suva.",
        "The Fiji Medicines Board's press service said the accord was signed in Suva.",
        "The accord was signed in Suva, the Fiji Medicines Board press service said.",
    ],
)
def test_a_bodys_press_service_is_the_bodys_voice(body):
    assert speakers_in_study(body, FIJI_VANUATU) == ["Fiji Medicines Board"]


def test_a_press_service_with_no_owner_named_names_no_one():
    body = "According to a press service, the accord was signed in Suva."
    assert speakers_in_study(body, FIJI_VANUATU) == [None]


def test_a_text_announced_as_an_actors_is_that_actors_to_the_end():
    body = (
        "Here below is the text of the fact sheet that the Fiji Medicines Board released "
        "yesterday.\n\nFiji and Vanuatu have a strong partnership.\n\nOur cooperation is "
        "expanding."
    )
    board = "Fiji Medicines Board"
    assert speakers_in_study(body, FIJI_VANUATU) == [None, board, board]
    # the owning role of a speech announced names its last holder
    body = (
        "Foreign Minister Mere Tora spoke at the signing.\n\nHere is the full text of "
        "Minister’s speech:\n\n“We are pleased to welcome you. It marks a new chapter.”"
    )
    assert speakers_in_study(body, FIJI_VANUATU)[-1] == "Mere Tora"
    # a text only mentioned, not announced, leaves what follows to the writer
    body = (
        "The text of the accord that the Fiji Medicines Board drafted was not published.\n\n"
        "Fiji and Vanuatu have a strong partnership."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == [None, None]


# --- round-295 constructions (studied on rounds 1-295; scored on round 294 onward) --------------


def test_an_engineers_title_before_a_name_does_not_end_the_sentence():
    study = ActorSet(
        "t",
        (
            Actor("Fiji", None, ("Fiji",)),
            Actor("Ratu Seru", "Fiji", ("Eng. Ratu Seru", "Ratu Seru", "Engr. Ratu Seru")),
        ),
    )
    for title in ("Eng.", "Engr."):
        body = f"The Deputy Minister, {title} Ratu Seru, said that the meeting set priorities."
        assert speakers_in_study(body, study) == ["Ratu Seru"]


def test_a_guest_the_studys_alias_titles_is_received_when_welcomed_in_the_passive():
    study = ActorSet(
        "t",
        (
            Actor("Fiji", None, ("Fiji",)),
            Actor("Vanuatu", None, ("Vanuatu",)),
            Actor("Joel Kalo", "Vanuatu", ("Vanuatu ambassador Joel Kalo", "Joel Kalo")),
            Actor("Mere Tora", "Fiji", ("Dr Mere Tora", "Mere Tora")),
        ),
    )
    body = "Vanuatu ambassador Joel Kalo was welcomed by Dr Mere Tora, the minister."
    assert speakers_in_study(body, study) == [None]
    # a view welcomed in the passive is still the welcomer's words
    body = "The proposal of Joel Kalo was welcomed by Dr Mere Tora, the minister."
    assert speakers_in_study(body, study) == ["Mere Tora"]


# --- round-294 constructions (studied on rounds 1-295; scored on round 296 onward) --------------


def test_a_first_person_sentence_after_a_quote_goes_on_with_its_speaker_after_reported_speech():
    body = (
        "Tora revealed that Fiji and Vanuatu have worked together for years.\n\n"
        '"We are proud of our partnership with Vanuatu," Tora said. We look forward to the '
        "discoveries that our two countries will make."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora"] * 3


def test_a_belief_the_writer_narrates_is_a_state_of_mind():
    body = "Through this partnership, Tora believes that the two navies can do more."
    assert speakers_in_study(body, FIJI_VANUATU) == [None]
    body = "Fiji believed that the survey had been done properly."
    assert speakers_in_study(body, FIJI_VANUATU) == [None]
    # a belief she is said to state is her words
    body = "Tora said she believes that the two navies can do more."
    assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora"]


def test_a_title_whose_portfolio_list_sets_off_the_name_with_a_comma_is_the_names():
    for verb in ("welcomed the agreement", "said the agreement was good"):
        body = f"Minister for Industry, Science and Technology, Mere Tora, {verb}."
        assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora"]


@pytest.mark.parametrize(
    "closing",
    [
        "noted the Director of the agency Mere Tora",
        "noted the Director of the IP office Mere Tora",
        "stated the Director of the Fiji Medicines Board Mere Tora",
        "stated the Director of the Fiji Medicines Board, Mere Tora",
    ],
)
def test_a_name_closing_a_title_of_a_body_after_an_inverted_verb_speaks(closing):
    body = f"«The memorandum outlines many areas. It defines our path» – {closing}."
    assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora"]


def test_alluding_to_something_in_a_speech_is_saying_it():
    body = "In her opening remarks, Tora alluded to the new status of the two navies."
    assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora"]


# --- round-296 constructions (studied on rounds 1-296; scored on round 297 onward) --------------


def test_a_states_side_in_talks_is_the_state():
    body = "The Fijian side said that the survey would start in May."
    assert speakers_in_study(body, FIJI_VANUATU) == ["Fiji"]
    body = "During the meeting, the Fijian side had also offered to train surveyors in Vanuatu."
    assert speakers_in_study(body, FIJI_VANUATU) == ["Fiji"]
    # a place on one side of a border speaks for no one
    body = "Flooding closed the road on the Fijian side of the river."
    assert speakers_in_study(body, FIJI_VANUATU) == [None]


# --- round-297 constructions (studied on rounds 1-297; scored on round 298 onward) --------------


def test_an_associate_or_assistant_professors_title_does_not_end_the_sentence():
    for title in ("Assoc. Prof.", "Asst. Prof."):
        body = f"{title} Dr Tora said school meals have helped a generation of children."
        assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora"]


# --- round-298 constructions (studied on rounds 1-298; scored on round 299 onward) --------------


@pytest.mark.parametrize("modifier", ["press", "news"])
def test_a_kind_of_release_between_its_owner_and_the_noun_keeps_the_owner(modifier):
    body = f"Both navies will train together, an FMB {modifier} release said."
    assert speakers_in_study(body, FIJI_VANUATU) == ["Fiji Medicines Board"]


def test_a_closing_source_of_the_other_side_reports_what_the_first_did():
    title = "Fiji invites Vanuatu to join the survey, Vanuatu says"
    assert speakers_in_study("The survey starts in May.", FIJI_VANUATU, title=title)[0] == "Vanuatu"
    body = "Vanuatu urged Fiji to join the survey, the Fiji Navy said."
    assert speakers_in_study(body, FIJI_VANUATU) == ["Fiji Navy"]
    # a person's words stay the person's, whichever side relays them
    for speaker, person in (("Tora", "Mere Tora"), ("Kalo", "Joel Kalo")):
        body = f"{speaker} said that the survey would start in May, the Fiji Navy said."
        assert speakers_in_study(body, FIJI_VANUATU) == [person]


def test_a_source_cited_with_where_it_sits_is_still_the_source():
    body = "The ship left Suva at 6 a.m., according to the Fiji Navy in Lautoka."
    assert speakers_in_study(body, FIJI_VANUATU) == ["Fiji Navy"]


def test_a_name_whose_title_ends_in_a_body_speaks_in_a_coordinated_subject():
    body = (
        "On Monday, Mere Tora, Director of the Fiji Medicines Board and Joel Kalo, Minister of "
        "Health, announced a joint register."
    )
    assert sorted(speakers_in_study(body, FIJI_VANUATU)) == ["Joel Kalo", "Mere Tora"]


def test_remarks_delivered_by_stating_something_are_speech():
    body = "Tora delivered remarks at the open symposium by highlighting the value of the survey."
    assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora"]
    body = "Tora delivered the first vaccines at the clinic on Monday."
    assert speakers_in_study(body, FIJI_VANUATU) == [None]


def test_a_speech_participle_after_a_comma_and_before_is_the_subjects():
    body = "Addressing them, Tora presented the board's roadmap, before underlining its goals."
    assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora"]


def test_a_quotation_runs_on_through_a_list_of_short_paragraphs_to_its_closing_mark():
    text = (
        "Tora said:\n\n“The partnership matters.\n\nThis MoU sets out our work through:\n\n"
        "Sharing experience,\n\nCooperating on projects, and\n\nSharing information.\n\n"
        "We look forward to working with Vanuatu.”"
    )
    spans = find_quotes_in_paragraphs(text, _paragraph_spans(text))
    quoted = {text[s.start : s.end].strip("“”") for s in spans}
    assert "We look forward to working with Vanuatu." in quoted
    assert "Cooperating on projects, and" in quoted


# --- round-299 constructions (studied on rounds 1-299; scored on round 300 onward) --------------


def test_an_aside_may_open_and_close_with_dashes_of_two_kinds():
    body = "Mere Tora - the health minister – stated today that the survey would start in May."
    assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora"]


def test_a_second_verb_of_a_subject_whose_title_ends_in_a_name_is_the_names():
    body = (
        "The Director of the Fiji Medicines Board Joel Kalo had a speech during the ceremony and "
        "emphasized the importance of the survey."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == ["Joel Kalo"]


def test_a_stranger_closing_a_quote_after_a_long_title_is_its_speaker():
    # an unknown speaker, so the quotation does not go on with the last one's words
    text = (
        "“Mapping started out as an idea,” says Telenor Group VP of Sustainability and "
        "Partnerships Zainab Hussain Siddiqui."
    )
    tokens = tokens_of(text, FIJI_VANUATU)
    assert [tokens[cue.subject].text for cue in find_cues(tokens)] == ["Siddiqui"]


def test_welcoming_representatives_is_receiving_guests():
    body = "Deputy Minister Mere Tora welcomed representatives of the Vanuatu health board."
    assert speakers_in_study(body, FIJI_VANUATU) == [None]


def test_the_department_after_a_body_spoke_is_that_body():
    body = "The survey starts in May, the FMB said. It will be free, the department added."
    assert speakers_in_study(body, FIJI_VANUATU) == ["Fiji Medicines Board"] * 2


# --- round-300 constructions (studied on rounds 1-300; scored on round 301 onward) --------------


@pytest.mark.parametrize("title", ["Chairman", "Director"])
def test_a_title_set_off_after_a_name_is_that_persons_role(title):
    # the title's 'of' phrase names a body, which does not take the title over
    body = (
        f"Joel Kalo, the {title} of Fiji Medicines Board, emphasized that the survey would "
        f"start in May. “It will be free,” said the {title.lower()}."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == ["Joel Kalo"] * 2


def test_they_closing_a_sentence_is_no_one_when_nobody_has_spoken():
    # "Japan will sign … with the U.S.": a subject of narration is no speaker "they" goes on with
    text = (
        "Fiji will sign documents with Vanuatu on Friday to share survey data.\n\n"
        "The main data to be shared is expected to cover the reefs.\n\n"
        "The two countries have agreed to share maps and water depths, they said."
    )
    assert speakers_in_study(text, FIJI_VANUATU) == [None, None, None]


def test_welcoming_deposits_is_receiving_them():
    title = "Fiji Medicines Board Welcomes First Ever Seed Deposits from Vanuatu"
    assert speakers_in_study("The boxes arrived on Monday.", FIJI_VANUATU, title=title)[0] is None


@pytest.mark.parametrize(
    "body",
    [
        "The FMB chairman said the survey would start in May.",
        "The Fiji Medicines Board acting Deputy Chief Inspector of Medicines said the survey "
        "would start in May.",
    ],
)
def test_a_bodys_officer_named_by_title_alone_speaks_for_the_body(body):
    assert speakers_in_study(body, FIJI_VANUATU) == ["Fiji Medicines Board"]


# --- round-301 constructions (studied on rounds 1-301; scored on round 302 onward) --------------


def test_paragraphs_opened_by_a_dash_are_quotations_of_the_speaker_closing_them():
    # the Nordic and continental quotation dash; a dashed paragraph with no speaker of its own
    # goes on with the last one
    text = (
        "Fiji and Vanuatu agreed on a survey.\n\n"
        "– The survey is vital. It starts in May, says Health Minister Mere Tora.\n\n"
        "– We are ready. It will be free, says Joel Kalo.\n\n"
        "– It covers every island. Everyone can take part."
    )
    assert speakers_in_study(text, FIJI_VANUATU) == [
        None,
        "Mere Tora",
        "Joel Kalo",
        "Joel Kalo",
        "Joel Kalo",
    ]


def test_a_dashed_list_with_no_speaker_is_no_quotation():
    text = "Mere Tora said the plan covers two areas.\n\n– Roads and bridges.\n\n– Schools."
    assert speakers_in_study(text, FIJI_VANUATU) == ["Mere Tora", None, None]


def test_an_aside_of_the_occasion_left_open_before_the_verb_keeps_the_subject():
    body = 'Ambassador Joel Kalo, commenting on the vote said, "the survey is a milestone."'
    assert speakers_in_study(body, FIJI_VANUATU) == ["Joel Kalo"]


def test_quoted_widely_by_the_media_as_stating_is_the_subjects_speech():
    body = "Joel Kalo was quoted widely by local media as stating that the survey would start."
    assert speakers_in_study(body, FIJI_VANUATU) == ["Joel Kalo"]


def test_a_title_an_owner_sets_before_a_name_is_that_persons_role():
    body = (
        "At the ceremony, Fiji’s Minister of Health, Mere Tora, said the survey would start. "
        "Speaking to reporters later, the minister said that it would be free."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora"] * 2


# --- round-302 constructions (studied on rounds 1-302; scored on round 303 onward) --------------


@pytest.mark.parametrize(
    "body",
    [
        "“The survey starts in May. It will be free,” Dr Mere Tora.",
        "“The survey starts in May. It will be free,” Dr Mere Tora, the Director, Program "
        "Management, FMB.",
    ],
)
def test_a_quotation_closed_by_a_name_without_a_verb_is_that_persons(body):
    assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora"]


def test_a_quotation_closed_by_a_clause_about_a_name_is_no_ones():
    body = "“The survey starts in May,” Mere Tora and her team in the capital."
    assert speakers_in_study(body, FIJI_VANUATU) == [None]


# --- round-303 constructions (studied on rounds 1-303; scored on round 304 onward) --------------

FIJI_BOARD = ActorSet(
    "t",
    (
        Actor("Fiji", None, ("Fiji",)),
        Actor("Vanuatu", None, ("Vanuatu",)),
        Actor("Fiji Medicines Board", "Fiji", ("Medicines Board", "FMB")),
        Actor("Mere Tora", "Fiji", ("Mere Tora", "Tora")),
        Actor("Joel Kalo", "Vanuatu", ("Joel Kalo", "Kalo")),
    ),
)


@pytest.mark.parametrize(
    "body",
    [
        "The survey will cover every island, said Fiji's Medicines Board.",
        "The survey will cover every island, announced Fiji's Medicines Board (FMB), Fiji's drug "
        "regulator.",
    ],
)
def test_an_inverted_body_after_its_owner_speaks(body):
    assert speakers_in_study(body, FIJI_BOARD) == ["Fiji Medicines Board"]


def test_the_official_a_body_introduced_goes_on_speaking_for_it():
    body = (
        "The survey starts in May, an official with the licensing department of the FMB told "
        "Fiji Times. The official said it would be free. The teams would visit every island, he "
        "said."
    )
    assert speakers_in_study(body, FIJI_BOARD) == ["Fiji Medicines Board"] * 3


def test_the_official_is_the_person_of_that_side_who_then_speaks_by_name():
    body = (
        "The survey starts in May, an official with the FMB said. “It will be free,” Mere Tora "
        "also told Fiji Times. According to the official, it covers every island."
    )
    assert speakers_in_study(body, FIJI_BOARD) == ["Fiji Medicines Board", "Mere Tora", "Mere Tora"]


def test_an_occasion_initiated_by_a_speech_act_is_the_subjects_speech():
    body = "Mere Tora initiated the dialogue by highlighting the need for the survey."
    assert speakers_in_study(body, FIJI_BOARD) == ["Mere Tora"]


def test_a_call_on_listeners_closing_a_quotation_is_the_quotations_cue():
    body = (
        "Mere Tora opened the meeting on Monday.\n\n"
        "“The survey is vital. We need action now,” she called on the islands."
    )
    assert speakers_in_study(body, FIJI_BOARD) == [None, "Mere Tora"]


def test_echoing_a_person_or_their_words_is_speech_but_echoing_an_event_is_not():
    body = "Mere Tora and Joel Kalo echoed her. The recall echoes an earlier incident this month."
    assert speakers_in_study(body, FIJI_BOARD) == ["Mere Tora", "Joel Kalo", None]


@pytest.mark.parametrize(
    "body",
    [
        "The Minister of Health, Mere Tora, and the envoy, Joel Kalo, said the survey matters.",
        "Both the President of the Council, Mere Tora, and the Chair of the Assembly, Joel Kalo, "
        "said the survey matters.",
    ],
)
def test_two_names_each_set_off_after_a_title_speak_together(body):
    assert speakers_in_study(body, FIJI_BOARD) == ["Mere Tora", "Joel Kalo"]


@pytest.mark.parametrize(
    "body",
    [
        "Suva, 27 November – The Fiji Medicines Board has concluded its deliberations as "
        "delegates sign the rules.",
        "Under the pact, Fiji shall inform Vanuatu in writing for action to be taken.",
    ],
)
def test_ending_a_session_or_informing_in_writing_is_no_speech(body):
    assert speakers_in_study(body, FIJI_BOARD) == [None]


# --- round-304 constructions (studied on rounds 1-304; scored on round 305 onward) --------------


def test_a_title_its_owner_sets_before_a_name_at_the_sentence_start_is_that_persons_role():
    body = (
        "Fiji’s Minister of Health, Mere Tora, said the survey would start. "
        "Speaking to reporters later, the minister said that it would be free."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora"] * 2


@pytest.mark.parametrize(
    "second, speaker",
    [
        ("According to her, it will be free.", "Mere Tora"),
        ("The teams, according to her, will visit every island.", "Mere Tora"),
        ("According to her lawyers, it will be free.", None),
    ],
)
def test_according_to_her_cites_the_last_speaker_but_her_lawyers_do_not(second, speaker):
    body = f"Mere Tora said the survey would start. {second}"
    assert speakers_in_study(body, FIJI_BOARD) == ["Mere Tora", speaker]


def test_the_officials_are_those_a_bare_plural_introduced():
    body = (
        "The survey will start in May, Fiji officials have said. "
        "It will be free, the officials said."
    )
    assert speakers_in_study(body, FIJI_BOARD) == ["Fiji"] * 2


@pytest.mark.parametrize(
    "body, speaker",
    [
        ("Based on the statement of Mere Tora, the survey will start in May.", "Mere Tora"),
        ("Based on Fiji data as of May, the survey has reached 2,000 people.", None),
    ],
)
def test_based_on_a_statement_opening_the_sentence_cites_it_but_data_do_not(body, speaker):
    assert speakers_in_study(body, FIJI_BOARD) == [speaker]


# --- round-305 constructions (studied on rounds 1-305; scored on round 306 onward) --------------


def test_an_official_in_a_body_inverted_after_a_clause_speaks_for_the_body():
    body = (
        "Vanuatu, too has been approached, said a senior official in the Fiji Medicines Board "
        "(FMB), but a deal is unlikely yet."
    )
    assert speakers_in_study(body, FIJI_BOARD) == ["Fiji Medicines Board"]


def test_a_relative_clause_between_commas_is_still_an_aside():
    body = "Mere Tora, who has been in Vanuatu, said the survey would start."
    assert speakers_in_study(body, FIJI_BOARD) == ["Mere Tora"]


# --- round-306 constructions (studied on rounds 1-306; scored on round 307 onward) --------------


def test_a_statement_whose_issuer_is_set_off_by_commas_speaks_for_the_issuer():
    body = (
        "Fiji and Vanuatu signed a deal. The statement, issued late Sunday by the Fiji Medicines "
        "Board, said the survey would start in May. The survey will take a year, the statement "
        "said."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == [
        None,
        "Fiji Medicines Board",
        "Fiji Medicines Board",
    ]


def test_an_inverted_name_keeps_its_apposition_past_a_slash():
    body = (
        "The FMB, with a donation in pocket, is ready to deliver the kits, said Mere Tora, senior "
        "officer in the FMB’s nutrition and HIV/AIDS unit."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora"]


def test_a_clause_with_its_own_auxiliary_after_the_object_is_no_apposition():
    body = (
        "Mere Tora, chair of the board, said Vanuatu, working together with Fiji was looking "
        "into the supply of kits."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora"]


def test_a_title_opening_the_sentence_without_its_article_refers_back():
    body = (
        "Fiji's Health Minister Mere Tora met Vanuatu's envoy Joel Kalo on Monday. Kalo thanked "
        "Fiji for the kits. Minister assured Mr. Kalo of all our help."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == [None, "Joel Kalo", "Mere Tora"]


def test_a_body_opening_the_sentence_without_its_article_is_no_anaphor():
    body = "Mere Tora spoke on Monday. Government denies the claims of Vanuatu."
    assert speakers_in_study(body, FIJI_VANUATU) == [None, None]


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "According to its press service, the Fiji Medicines Board has inspected the line.",
            ["Fiji Medicines Board"],
        ),
        (
            "The Fiji Medicines Board met on Monday. According to its press service, Fiji and "
            "Vanuatu signed a plan for the kits.",
            [None, "Fiji Medicines Board"],
        ),
    ],
)
def test_its_press_service_cites_the_body_ahead_or_the_last_one(body, expected):
    assert speakers_in_study(body, FIJI_VANUATU) == expected


def test_a_dateline_before_a_colon_is_no_subject_of_a_later_verb():
    body = (
        "Fiji met Vanuatu on Monday.\n\nSUVA: Health Minister Mere Tora said on Monday that the "
        "deal will help and added that Fiji’s share has grown."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == [None, "Mere Tora"]


def test_a_headline_names_its_source_after_a_dash_with_a_title_set_off():
    title = "A new survey of kits is in the pipeline – Mere Tora, Chair of the FMB."
    body = "The board met on Monday."
    assert speakers_in_study(body, FIJI_VANUATU, title=title) == ["Mere Tora", None]


# --- round-307 constructions (studied on rounds 1-307; scored on round 308 onward) --------------


def test_a_name_set_off_after_a_glossed_role_phrase_speaks():
    body = "The Fiji Commissioner for Medicines (FMB), Mere Tora, welcomed the decision of Vanuatu."
    assert speakers_in_study(body, FIJI_BOARD) == ["Mere Tora"]


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Fiji welcomes 34 Vanuatu refugees to resettle in Suva", [None, None]),
        ("Fiji welcomes increase in number of refugees Vanuatu agrees to take", ["Fiji", None]),
    ],
)
def test_refugees_welcomed_are_people_taken_in_not_words(title, expected):
    assert speakers_in_study("The board met on Monday.", FIJI_BOARD, title=title) == expected


def test_declaring_a_state_of_contingency_is_an_act():
    body = (
        "The boats went to Fiji where officials have declared a state of contingency as the "
        "storm nears."
    )
    assert speakers_in_study(body, FIJI_BOARD) == [None]


# --- round-308 constructions (studied on rounds 1-308; scored on round 309 onward) --------------


def test_an_unlisted_name_opening_the_sentence_before_a_speech_verb_ends_the_chain():
    body = (
        '"The deal paves the way for launches," said Mere Tora.\n\nRocket Lab welcomed the '
        "agreement, saying the commitment was exciting news for our country."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora", None]


def test_an_inverted_stranger_may_carry_a_lower_case_title_before_the_name():
    body = (
        'Mere Tora said the deal was good.\n\n"Space is a big market and it generates over '
        '$330 billion dollars annually," said Rocket Lab founder Peter Beck.'
    )
    assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora", None]


# --- round-309 constructions (studied on rounds 1-309; scored on round 310 onward) --------------


def test_for_its_part_opens_the_sentence_before_the_subject_set_off():
    body = "For its part, the Fiji Medicines Board, said that the survey would start in May."
    assert speakers_in_study(body, FIJI_VANUATU) == ["Fiji Medicines Board"]


def test_the_politician_is_the_person_who_spoke_last():
    body = (
        '"We are ready for the switch," Mere Tora said.\n\nLeaving the old grid would be another '
        "step towards independence, the politician noted."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora", "Mere Tora"]


def test_a_bodys_team_speaks_for_the_body():
    body = "Following the review, the FMB team observed that the kits were sound."
    assert speakers_in_study(body, FIJI_VANUATU) == ["Fiji Medicines Board"]


# --- round-310 constructions (studied on rounds 1-310; scored on round 311 onward) --------------


def test_a_body_whose_name_holds_its_state_is_no_person():
    study = ActorSet(
        "t",
        (
            Actor("Canada", None, ("Canada",)),
            Actor("Global Affairs Canada", "Canada", ("Global Affairs Canada",)),
        ),
    )
    body = (
        "Global Affairs Canada says a Canadian citizen has been detained.\n\nThe department says "
        "officials have provided consular services to the person in custody."
    )
    assert speakers_in_study(body, study) == ["Global Affairs Canada", "Global Affairs Canada"]


def test_the_source_a_body_introduced_goes_on_speaking_for_it():
    body = (
        "A source at the Fiji Medicines Board said staff had visited the two men.\n\n"
        '"They were working at the clinic," the source said.'
    )
    assert speakers_in_study(body, FIJI_VANUATU) == ["Fiji Medicines Board"] * 2


def test_a_bodys_own_department_speaks_for_the_body_not_its_state():
    body = (
        "On June 28, the Fiji Medicines Board’s department in the Western Division said that "
        "the kits had been seized."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == ["Fiji Medicines Board"]


# --- round-311 constructions (studied on rounds 1-311; scored on round 312 onward) --------------


def test_referred_to_raises_a_matter_in_words():
    body = "Tora, meanwhile, referred to the joint adoption in 2014 of rescue procedures."
    assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora"]


@pytest.mark.parametrize(
    "body",
    [
        "Tora was referring to an attempt to bring migrants across the border.",
        "The Fiji Navy referred Reuters to the Fiji Medicines Board.",
        "The gloves Tora referred to is the amount shipped last year.",
    ],
)
def test_referring_that_explains_or_passes_on_is_no_speech(body):
    assert speakers_in_study(body, FIJI_VANUATU) == [None]


def test_in_his_intervention_the_subject_speaks_whatever_the_verb():
    body = "In his intervention, Joel Kalo considered this agreement a very important gain."
    assert speakers_in_study(body, FIJI_VANUATU) == ["Joel Kalo"]


def test_a_ships_flag_state_points_out_no_risk():
    body = "The drill involved the mock rescue of a Fiji flagged fishing vessel in Fijian waters."
    assert speakers_in_study(body, FIJI_VANUATU) == [None]


def test_the_minister_no_study_person_holds_is_the_ministry_that_spoke_last():
    study = ActorSet(
        "t",
        (
            Actor("Fiji", None, ("Fiji",)),
            Actor("Fiji Ministry of Finance", "Fiji", ("Ministry of Finance",)),
        ),
    )
    body = (
        "According to the Ministry of Finance, the treaty will raise investor comfort.\n\n"
        "“However, a balance has been kept with the right to regulate,” the minister added."
    )
    assert speakers_in_study(body, study) == ["Fiji Ministry of Finance"] * 2


# --- round-312 constructions (studied on rounds 1-312; scored on round 313 onward) --------------


@pytest.mark.parametrize(
    ("state", "text"),
    [
        ("Kyrgyzstan", "According to Kyrgyz officials, the agreement will strengthen relations."),
        ("Uzbekistan", "The pact creates new opportunities, Uzbek officials said."),
    ],
)
def test_a_stan_states_demonym_drops_the_stan(state, text):
    study = ActorSet("t", (Actor(state, None, (state,)),))
    assert speakers_in_study(text, study) == [state]


def test_a_headline_may_set_its_topic_off_before_the_speakers_colon():
    title = "Fiji-Vanuatu pension recognition agreement, Tora: Another success for Fijians"
    body = "Fiji and Vanuatu have signed a pension agreement."
    assert speakers_in_study(body, FIJI_VANUATU, title=title) == ["Mere Tora", None]


def test_the_pair_between_names_no_subject():
    body = (
        "An intergovernmental agreement between Fiji and Vanuatu on cooperation confirms that "
        "the partnership is strong, the Fiji Medicines Board said in a statement on Tuesday."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == ["Fiji Medicines Board"]


# --- round-313 constructions (studied on rounds 1-313; scored on round 314 onward) --------------


def test_a_closing_speaker_outranks_the_quoted_body_of_their_own_side():
    study = ActorSet(
        "t",
        (
            Actor("Arab League", None, ("Arab League",)),
            Actor("AICTO", "Arab League", ("AICTO",)),
            Actor("Mohamed Ben Amor", "Arab League", ("Mohamed Ben Amor", "Amor")),
        ),
    )
    body = 'AICTO will "intensify its cooperation with China in satellite navigation," Amor said.'
    assert speakers_in_study(body, study) == ["Mohamed Ben Amor"]


def test_a_name_before_a_title_and_its_body_speaks_when_the_comma_after_the_body_is_dropped():
    body = (
        "Mere Tora, Deputy Director-General, Fiji Medicines Board said, “The board is also the "
        "regional centre on resistance.”"
    )
    assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora"]


# --- round-314 constructions (studied on rounds 1-314; scored on round 315 onward) --------------

WHO_IN_FIJI = ActorSet(
    "t", (Actor("Fiji", None, ("Fiji",)), Actor("World Health Organization", None, ("WHO",)))
)


def test_a_status_declared_far_from_its_verb_is_an_act():
    body = (
        "The WHO recently declared the cholera outbreak in Fiji a global public health "
        "emergency, as cases spread beyond the country."
    )
    assert speakers_in_study(body, WHO_IN_FIJI) == [None]


def test_a_declaration_that_a_status_holds_is_still_speech():
    body = "The WHO declared that the cholera outbreak in Fiji was a public health emergency."
    assert speakers_in_study(body, WHO_IN_FIJI) == ["World Health Organization"]


def test_the_minister_of_an_article_that_titled_no_one_is_the_official_who_spoke_last():
    body = (
        "At the final session, Mere Tora expressed gratitude to the participants.\n\n"
        "The minister also said that Fiji will focus on the reintroduction of extinct species."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora"] * 2


def test_the_minister_stays_unknown_when_the_article_titled_another_minister():
    body = (
        "Health Minister Ratu Atonio said the plan was ready.\n\n"
        "Mere Tora expressed gratitude to the participants.\n\n"
        "The minister also said that Fiji will focus on the reintroduction of extinct species."
    )
    assert speakers_in_study(body, FIJI_VANUATU)[-1] != "Mere Tora"


def test_a_title_case_headline_drops_the_is_of_its_passive():
    title = "Tora Urged to Include Reefs in Vanuatu Pact"
    body = "Vanuatu has asked Fiji to protect the reefs."
    assert speakers_in_study(body, FIJI_VANUATU, title=title)[0] is None


# --- round-315 constructions (studied on rounds 1-315; scored on round 316 onward) --------------


def test_a_quotation_broken_off_at_a_comma_takes_its_detached_attribution_line():
    body = (
        '"The framework will ensure support across the priority areas. The development of '
        'these sectors is essential for growth",\n\n'
        "Mere Tora, Head of the Fiji Medicines Board said."
    )
    assert set(speakers_in_study(body, FIJI_VANUATU)) == {"Mere Tora"}


def test_a_paragraph_opening_in_lower_case_goes_on_with_the_sentence_broken_off_before_it():
    body = (
        "Fiji's vibrant industries must be allowed to compete fairly and on a level playing "
        "field,\n\nstated Joel Kalo, the trade commissioner."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == ["Joel Kalo"]


def test_he_of_a_relative_clause_on_an_occasion_is_the_one_person_it_was_of():
    body = (
        "The drills follow Mere Tora's visit to Vanuatu last month, during which she praised "
        "the deepening ties between the two countries."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora"]


def test_he_of_a_relative_clause_naming_two_people_is_not_guessed():
    body = (
        "The drills follow Mere Tora's talks with Joel Kalo last month, during which he praised "
        "the deepening ties between the two countries."
    )
    assert speakers_in_study(body, FIJI_VANUATU) != ["Mere Tora"]


@pytest.mark.parametrize(
    ("state", "it"),
    [
        ("Fiji", "Fiji Medicines Board"),  # its own state: the body that spoke last goes on
        ("Vanuatu", "Vanuatu"),  # another state: that state
    ],
)
def test_it_closing_a_sentence_about_a_state_is_its_body_that_spoke_last(state, it):
    body = (
        "The Fiji Medicines Board said the exercise would last a week.\n\n"
        f"{state} has decided to send more inspectors to the region, it said."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == ["Fiji Medicines Board", it]


# --- round-317 constructions (studied on rounds 1-317; scored on round 318 onward) --------------


def test_remarks_made_on_the_quotation_before_them_close_it():
    body = (
        "“Today, I am very delighted to hand over the equipment to the board. I am sure it will "
        "help us,” Fiji Medicines Board head Mere Tora made the comments during the ceremony."
    )
    assert set(speakers_in_study(body, FIJI_VANUATU)) == {"Mere Tora"}


def test_remarks_made_with_no_quotation_only_place_them():
    body = "Mere Tora made the remarks after talks with Joel Kalo in Port Vila on Tuesday."
    assert speakers_in_study(body, FIJI_VANUATU) == [None]


# --- round-318 constructions (studied on rounds 1-318; scored on round 319 onward) --------------


def test_the_premier_is_the_prime_minister_when_no_one_was_called_premier():
    body = (
        "Prime Minister Joel Kalo on Tuesday instructed the border authorities to clear all "
        "mines.\n\n"
        "The premier called on all relevant agencies to work with Fiji on demining."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == ["Joel Kalo", "Joel Kalo"]


def test_the_premier_is_whoever_was_called_premier():
    body = (
        "Premier Mere Tora met Prime Minister Joel Kalo on Tuesday.\n\n"
        "The premier called on all relevant agencies to work with Vanuatu on demining."
    )
    assert speakers_in_study(body, FIJI_VANUATU)[-1] == "Mere Tora"


def test_she_is_not_a_man_by_his_first_name_but_the_woman_named_before_him():
    body = (
        "“Fiji is the second most mined country in the region,” Foreign Minister Mere Tora "
        "noted. Joel Kalo said that his government hoped Fiji would be free of mines soon.\n\n"
        "She further expressed her government’s appreciation for the demining effort."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora", "Joel Kalo", "Mere Tora"]


def test_he_is_not_kept_from_a_man_whose_name_the_dictionary_reads_as_a_womans():
    # the dictionary reads "Nana" as a woman's name (Germany, Japan); Ghana's president is a man
    study = ActorSet(
        "t",
        (
            Actor("Ghana", None, ("Ghana",)),
            Actor("Nana Akufo-Addo", "Ghana", ("Nana Akufo-Addo", "Akufo-Addo")),
            Actor("Joel Kalo", "Ghana", ("Joel Kalo",)),
        ),
    )
    body = (
        "Joel Kalo welcomed the loan. President Nana Akufo-Addo said the funds would build "
        "roads.\n\nHe added that the bauxite will be refined in the country."
    )
    assert speakers_in_study(body, study)[-1] == "Nana Akufo-Addo"


@pytest.mark.parametrize(
    "next_paragraph",
    [
        "“Vanuatu is a friend,” Joel Kalo said.",  # the quotation opens again
        "Vanuatu is a friend,” Joel Kalo said.",  # the quotation runs on
    ],
)
def test_a_quotation_left_open_takes_the_speaker_of_the_paragraph_that_goes_on_with_it(
    next_paragraph,
):
    body = (
        "Fiji has cleared all mines from its border.\n\n"
        "“Mere Tora said that more land must be cleared, so we need to remove the mines. We are "
        f"ready.\n\n{next_paragraph}"
    )
    assert speakers_in_study(body, FIJI_VANUATU) == [None, "Joel Kalo", "Joel Kalo", "Joel Kalo"]


@pytest.mark.parametrize(
    "next_paragraph",
    [
        "Vanuatu is a friend, Joel Kalo said.",  # no quotation: the open one is not its
        "Vanuatu sent a team on Monday.",  # narration
    ],
)
def test_a_quotation_left_open_keeps_no_speaker_when_the_next_paragraph_does_not_go_on_with_it(
    next_paragraph,
):
    body = (
        "Fiji has cleared all mines from its border.\n\n"
        f"“We need to remove the mines. We are ready.\n\n{next_paragraph}"
    )
    assert speakers_in_study(body, FIJI_VANUATU)[:3] == [None, None, None]


@pytest.mark.parametrize(
    ("name", "man"),
    [
        ("John Kerry", True),
        ("Mr. John Kerry", True),  # an honorific is no given name
        ("María Ángela Holguín", False),
        ("Nana Akufo-Addo", False),  # read as a woman's name: says nothing
        ("Wang Yi", False),  # in both genders: says nothing
        ("Kerry", False),  # a single name may be a surname
    ],
)
def test_only_a_plain_male_reading_of_a_full_names_first_word_makes_a_man(name, man):
    assert named_as_man(name) is man


# --- round-319 constructions (studied on rounds 1-319; scored on round 320 onward) --------------


def test_as_well_as_ends_the_list_of_a_relative_clause_not_the_subject():
    body = (
        "The Fiji Medicines Board, which comprises the Governments of Fiji and Vanuatu, as well "
        "as the Fiji Navy, expressed satisfaction over the signing."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == ["Fiji Medicines Board"]


def test_a_sentence_opening_adding_goes_on_with_the_report_before_it():
    body = (
        "Joel Kalo said the two states had agreed to extend the stay. Adding, a group of "
        "officials will be sent to Fiji to cooperate in the process."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == ["Joel Kalo", "Joel Kalo"]


def test_adding_to_a_thing_goes_on_with_no_one():
    body = (
        "Joel Kalo said the two states had agreed to extend the stay. Adding to the delays, a "
        "group of officials will be sent to Fiji."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == ["Joel Kalo", None]


@pytest.mark.parametrize("both", ["both ", ""])
def test_an_inverted_speaker_joined_by_and_speaks_with_a_partner(both):
    body = f"The goal of the agreements, said {both}Mere Tora and Joel Kalo, is to build capacity."
    assert sorted(speakers_in_study(body, FIJI_VANUATU)) == ["Joel Kalo", "Mere Tora"]


def test_an_inverted_speaker_before_another_actors_possession_speaks_alone():
    body = "The drills will go ahead, said Mere Tora and Vanuatu's navy will join them."
    assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora"]


# --- round-321 constructions (studied on rounds 1-321; scored on round 322 onward) --------------


@pytest.mark.parametrize("owner", ["the Fiji Navy's", "the"])
def test_according_to_a_role_set_off_before_its_holders_name_cites_the_holder(owner):
    body = (
        f"According to {owner} coordinator of International Cooperation, Mere Tora, the unit "
        "will adapt the technologies."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora"]


def test_according_to_a_role_and_a_place_set_off_cites_no_place():
    body = "According to the Fiji Navy's office in the capital, Suva, the unit will open soon."
    assert speakers_in_study(body, FIJI_VANUATU) == [None]


@pytest.mark.parametrize("obj", ["MOU", "a protocol", "the convention"])
def test_concluding_a_memorandum_is_an_act(obj):
    assert speakers_in_study(f"Fiji concluded {obj} for heritage restoration", FIJI_VANUATU) == [
        None
    ]


def test_concluding_that_is_still_a_judgement_stated():
    body = "Fiji concluded that the MOU was useful."
    assert speakers_in_study(body, FIJI_VANUATU) == ["Fiji"]


@pytest.mark.parametrize("verb", ["plan to", "have agreed to", "will"])
def test_an_s_word_before_a_plural_verb_is_a_noun_not_a_speech_verb(verb):
    body = f"Fiji states {verb} set up a regional seed bank."
    assert speakers_in_study(body, FIJI_VANUATU) == [None]


def test_states_before_its_that_clause_still_states():
    body = "The Fiji Navy states that it will set up a regional seed bank."
    assert speakers_in_study(body, FIJI_VANUATU) == ["Fiji Navy"]


def test_a_role_anaphor_closing_a_states_partial_quote_is_its_own_sides_voice():
    body = (
        "Health Minister Mere Tora visited Vanuatu.\n\n"
        'Fiji always "applies the rules of international law," the minister said.'
    )
    assert speakers_in_study(body, FIJI_VANUATU) == [None, "Mere Tora"]


def test_a_role_anaphor_of_the_other_side_leaves_the_partial_quote_to_its_subject():
    body = (
        "Health Minister Mere Tora visited Vanuatu.\n\n"
        'Vanuatu "welcomes the rules of international law," the minister said.'
    )
    assert speakers_in_study(body, FIJI_VANUATU) == [None, "Vanuatu"]


def test_a_capitalised_title_set_off_after_a_name_is_that_persons_role():
    body = (
        "The guest of honour was Dr. Mere Tora, Minister of Health, Republic of Fiji.\n\n"
        "The minister appreciated the work and that she was impressed by the bank. She "
        "promised to recruit new staff."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == [None, "Mere Tora", "Mere Tora"]


@pytest.mark.parametrize(("title", "speaker"), [("Health", "Mere Tora"), ("Finance", None)])
def test_a_definite_title_with_its_of_phrase_is_the_person_it_was_set_off_after(title, speaker):
    body = (
        "The guest of honour was Dr. Mere Tora, Minister of Health, Republic of Fiji.\n\n"
        f"The Minister of {title} said that the bank was impressive."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == [None, speaker]


def test_according_to_a_bare_role_before_a_name_cites_the_role_not_the_clauses_subject():
    body = (
        "Navy spokeswoman Mere Tora spoke on Monday. According to the spokeswoman, Vanuatu "
        "diplomat Joel Kalo, held in Suva since May, would be released."
    )
    assert speakers_in_study(body, FIJI_VANUATU)[-1] != "Joel Kalo"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Fiji is bracing for what Vanuatu says will be another launch.", "Vanuatu"),
        ("Fiji says can ship more nickel to Vanuatu", "Fiji"),
    ],
)
def test_says_before_a_modal_is_still_the_verb(body, speaker):
    assert speakers_in_study(body, FIJI_VANUATU) == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('Mere Tora portrayed the talks as a "once-in-a-decade chance" for Fiji.', "Mere Tora"),
        ("Mere Tora portrayed himself in the photos.", None),  # a likeness, no "as"
    ],
)
def test_portraying_something_as_a_thing_is_a_characterisation_in_words(body, speaker):
    assert speakers_in_study(body, FIJI_VANUATU) == [speaker]


# --- round-322 constructions (studied on rounds 1-322; scored on round 323 onward) --------------


def test_a_place_visited_after_the_subject_is_no_speaker():
    body = "Officials from the Fiji Navy visiting Vanuatu told reporters that the deal was ready."
    assert speakers_in_study(body, FIJI_VANUATU) == ["Fiji Navy"]


def test_a_visited_place_set_off_by_commas_leaves_the_subject_speaking():
    body = "Mere Tora, visiting Vanuatu, said the deal was ready."
    assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora"]


@pytest.mark.parametrize("signatories", ["Mere Tora and Joel Kalo", "Fiji and Vanuatu"])
def test_a_pacts_text_speaks_for_no_signatory(signatories):
    body = f"The MOU signed by {signatories} states that both sides share the commitment."
    assert speakers_in_study(body, FIJI_VANUATU) == [None]


def test_a_signed_joint_statement_still_speaks_for_its_signatories():
    body = "The joint statement signed by Mere Tora states that both sides share the commitment."
    assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora"]


# --- round-324 constructions (studied on rounds 1-324; scored on round 325 onward) --------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Mere Tora issued a statement on Monday. The drills will begin soon, claimed the "
            "statement.",
            ["Mere Tora", "Mere Tora"],
        ),
        (
            "Foreign Minister Mere Tora spoke on Monday. The drills will begin soon, claimed the "
            "minister.",
            [None, "Mere Tora"],
        ),
    ],
)
def test_any_speech_verb_inverts_before_a_role_or_document_that_closes_the_sentence(body, expected):
    assert speakers_in_study(body, FIJI_VANUATU) == expected


def test_a_verb_that_is_no_speech_does_not_invert_before_a_closing_role():
    body = "The drills ended on Monday, surprised the minister."
    assert speakers_in_study(body, FIJI_VANUATU) == [None]


@pytest.mark.parametrize("mark", ["‘", "“"])
def test_an_opening_mark_typed_before_the_attribution_closes_the_quotation(mark):
    quoted = f"{mark}We invite journalists,{mark}"
    spans = find_quotes(f"{quoted} he added.")
    assert [(q.start, q.end, q.closed) for q in spans] == [(0, len(quoted), True)]


def test_a_person_holding_a_view_is_the_he_who_adds():
    body = (
        "Mere Tora said the talks went well. Meanwhile, Joel Kalo believed that the deal would "
        "hold. “We also invite journalists from Fiji,” he added."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora", None, "Joel Kalo"]


def test_a_person_only_acting_leaves_the_he_who_adds_with_the_last_speaker():
    body = (
        "Mere Tora said the talks went well. Meanwhile, Joel Kalo visited the port. “We also "
        "invite journalists from Fiji,” he added."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora", None, "Mere Tora"]


def test_a_capitalised_word_ending_a_name_before_that_is_no_verb():
    body = (
        "Vanuatu and other partners on the School Feeding Programmes that they are implementing "
        "met."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == [None]


def test_a_verb_outside_the_lexicon_before_that_still_speaks():
    assert speakers_in_study("Fiji maintains that the deal holds.", FIJI_VANUATU) == ["Fiji"]


# joint speakers, a second freeze on the same rounds' misses


@pytest.mark.parametrize(
    "body",
    [
        "Fiji and Vanuatu held talks on Monday. The sides discussed the plan and praised the "
        "cooperation.",
        "Fiji and Vanuatu held talks on Monday. The two sides discussed the plan and praised the "
        "cooperation.",
        "Fiji and Vanuatu signed deals. “The agreements reflect a shared vision,” said the joint "
        "communique released on Saturday.",
        "Fiji and Vanuatu signed deals. The joint communique said the agreements reflect a shared "
        "vision.",
    ],
)
def test_the_pair_speaks_through_a_joint_subject_or_a_joint_document(body):
    first, *pair = speakers_in_study(body, FIJI_VANUATU)
    assert first is None and sorted(pair) == ["Fiji", "Vanuatu"]


def test_a_joint_document_with_its_issuer_named_speaks_for_that_issuer():
    body = (
        "Fiji and Vanuatu signed deals. The joint statement issued by Mere Tora said the "
        "agreements reflect a shared vision."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == [None, "Mere Tora"]


# --- round-326 constructions (rounds 325 and 326, read together) --------------------------------


def test_a_quotation_running_on_over_paragraphs_is_the_speaker_its_closing_cue_names():
    body = (
        "Mere Tora said the talks went well.\n\n“Fiji has signed the agreement with Vanuatu.\n\n"
        "The agreement allows seven weekly flights.\n\nIt will be implemented at once,” said "
        "Joel Kalo."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == [
        "Mere Tora",
        "Joel Kalo",
        "Joel Kalo",
        "Joel Kalo",
    ]


def test_a_quotation_its_own_cue_opened_stays_its_speakers_before_another_speaker_quoted():
    body = (
        "Joel Kalo said, “This donation is an example of our efforts. We thank Fiji for its help."
        "\n\n“We are grateful,” said Mere Tora."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == ["Joel Kalo", "Joel Kalo", "Mere Tora"]


def test_a_paragraph_that_only_closes_a_quotation_is_quoted_from_its_start():
    text = "Losses were high. The risks are increasing.”"
    assert [(q.start, q.end, q.closed) for q in find_quotes(text)] == [(0, len(text), True)]
    body = (
        "The Fiji Medicines Board said the plan was ambitious.\n\n“This will help communities,” it "
        "said in a statement.\n\nLosses were estimated at US$1 billion. The risks are increasing.”"
    )
    assert speakers_in_study(body, FIJI_VANUATU) == ["Fiji Medicines Board"] * 3


def test_according_to_them_is_the_pair_that_spoke_before():
    body = (
        "Mere Tora and Joel Kalo told reporters that the talks went well. According to them, the "
        "missions are to share data."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora", "Joel Kalo"] * 2


def test_according_to_them_after_one_speaker_names_no_one():
    body = (
        "Mere Tora told reporters that the talks went well. According to them, the missions are "
        "to share data."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora", None]


def test_a_closing_it_said_after_narration_is_the_last_speaker():
    body = (
        "The Fiji Medicines Board said it had signed a memorandum.\n\nThe memorandum was signed at "
        "a meeting chaired by Joel Kalo.\n\nThe memorandum is a result of long work, it said."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == [
        "Fiji Medicines Board",
        None,
        "Fiji Medicines Board",
    ]


def test_a_portfolio_list_after_a_role_noun_leaves_the_name_its_speaker():
    body = (
        "Mere Tora, Minister for State for Development, Francophonie and International "
        "Partnerships of Vanuatu told the meeting that her government would double its "
        "contribution."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora"]


# --- round-328 constructions (rounds 327 and 328, read together) --------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "In a statement from the Fiji Medicines Board (FMB), the agency had meetings with Vanuatu.",
        "In a statement issued by the Fiji Medicines Board, the agency had meetings with Vanuatu.",
    ],
)
def test_a_sentence_opening_on_a_document_and_its_issuer_is_the_issuers(body):
    assert speakers_in_study(body, FIJI_VANUATU) == ["Fiji Medicines Board"]


def test_an_opening_reaction_to_a_document_names_no_source():
    body = "In a reaction to an announcement by the Fiji Medicines Board, the agency met Vanuatu."
    assert speakers_in_study(body, FIJI_VANUATU) == [None]


def test_a_dashed_aside_after_a_glossed_body_leaves_the_body_its_speaker():
    body = (
        "The Fiji Medicines Board (FMB) – the regulator of the Ministry of Health – announced the "
        "launch of a training programme."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == ["Fiji Medicines Board"]


# --- round-330 constructions (rounds 329 and 330, read together) --------------------------------


def test_a_degree_after_an_inverted_speakers_name_leaves_them_the_speaker():
    body = (
        "“The support meant a lot to us,” said the Director of the Fiji Medicines Board, Mere "
        "Tora, MSc, at the ceremony marking ten years of the partnership."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora"]


def test_a_bare_title_opening_the_main_clause_after_an_introductory_phrase_is_its_holder():
    body = (
        "Mere Tora, Ambassador of Fiji to Vanuatu, visited the national library on Monday. During "
        "her meeting with officials of the library, Ambassador conveyed that Fiji values the "
        "partnership."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == [None, "Mere Tora"]


def test_a_title_before_a_name_after_an_introductory_phrase_stays_the_names():
    body = "During the ceremony at the library, Ambassador Joel Kalo said that Vanuatu values it."
    assert speakers_in_study(body, FIJI_VANUATU) == ["Joel Kalo"]


@pytest.mark.parametrize(
    "body",
    [
        "The clinic will be financed through grants offered by Fiji along with two donors.",
        "The interest rate offered by Fiji was a sticking point in the talks.",
    ],
)
def test_things_offered_by_an_actor_are_no_words_of_it(body):
    assert speakers_in_study(body, FIJI_VANUATU) == [None]


def test_a_message_offered_by_an_actor_is_still_its_words():
    body = "Condolences offered by Fiji reached Vanuatu on Monday."
    assert speakers_in_study(body, FIJI_VANUATU) == ["Fiji"]


def test_a_participle_closing_a_clause_joined_by_and_is_that_clauses_actors():
    body = (
        "Mere Tora noted the agreement would “renew and refocus” the partnership, and Joel Kalo, "
        "the trade envoy of Vanuatu, committed to further cooperation, noting the importance of "
        "fisheries."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora", "Joel Kalo"]


def test_a_participle_after_a_list_ending_in_and_stays_the_clause_subjects():
    body = (
        "Mere Tora met officials from Tonga, Samoa, and Vanuatu at the forum, noting the "
        "importance of fisheries."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora"]


def test_an_opening_address_named_with_its_long_occasion_is_the_subjects_speech():
    body = (
        "In a powerful opening address to the regional conference of the Pacific Islands Forum on "
        "fisheries and ocean management, Mere Tora framed the meeting as a turning point."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora"]


# --- round-334 constructions (rounds 331-334, read together) ------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Smt. Mere Tora highlighted the importance of fisheries for rural growth.",
        "Speaking at the ceremony, Deputy Defence Minister Sen. Lieut. Gen. Mere Tora stated that "
        "the two navies have worked closely.",
    ],
)
def test_an_honorific_or_rank_abbreviation_ends_no_sentence(body):
    assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora"]


def test_a_source_cited_after_strangers_words_outranks_them():
    body = (
        "Local producers say they have received orders from Fijian firms since the launch, "
        "according to Kalo."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == ["Joel Kalo"]


def test_a_known_speaker_stays_before_a_source_cited_after_it():
    body = "Fiji said it would help Vanuatu with the patrols, according to Kalo."
    assert speakers_in_study(body, FIJI_VANUATU) == ["Fiji"]


WHO_AFRICA = ActorSet(
    "t",
    (
        Actor("World Health Organization", None, ("World Health Organization", "WHO")),
        Actor("Fiji", None, ("Fiji",)),
        Actor(
            "Ebrahim Samba",
            "World Health Organization",
            ("WHO Regional Director for Africa, Dr Ebrahim Samba", "Dr Samba", "Samba"),
        ),
    ),
)


def test_an_alias_holding_a_role_and_its_holder_closes_the_sentence_as_its_speaker():
    body = (
        "Fiji and its neighbours have adopted a plan of action on traditional medicine, the WHO "
        "Regional Director for Africa, Dr Ebrahim Samba, has announced."
    )
    assert speakers_in_study(body, WHO_AFRICA) == ["Ebrahim Samba"]


def test_visitors_welcomed_to_a_place_are_received_not_greeted_in_words():
    body = "The Fiji Navy welcomed Vanuatu colleagues to its offices this week."
    assert speakers_in_study(body, FIJI_VANUATU) == [None]


def test_a_welcomed_decision_is_still_words_of_welcome():
    body = "The Fiji Navy welcomed the decision to extend the patrols."
    assert speakers_in_study(body, FIJI_VANUATU) == ["Fiji Navy"]


# --- round-336 constructions (rounds 335-336, read together) ------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Fiji met the requirements. It was also announced during the meeting that Vanuatu had "
        "been admitted.",
        "Fiji met the requirements. Vanuatu was further informed that its bid had succeeded.",
    ],
)
def test_an_adverb_inside_a_passive_leaves_it_without_a_speaker(body):
    assert speakers_in_study(body, FIJI_VANUATU) == [None, None]


def test_a_negated_copula_is_not_read_as_a_passive():
    body = "Fiji is not sure that the patrols will resume, Tora said."
    assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Tora attributed the rise in catches to the joint patrols.", "Mere Tora"),
        (
            "A report by the Fiji Navy attributes the low catches to two years of illegal fishing.",
            "Fiji Navy",
        ),
    ],
)
def test_a_cause_assigned_in_words_is_speech(body, speaker):
    assert speakers_in_study(body, FIJI_VANUATU) == [speaker]


def test_comments_attributed_to_someone_are_not_the_subjects_words():
    body = "Vanuatu recalled its envoy after comments attributed to Fiji's minister."
    assert speakers_in_study(body, FIJI_VANUATU) == [None]


FIJI_STATE = ActorSet(
    "t",
    (
        Actor("Fiji", None, ("Fiji", "State of Fiji")),
        Actor("Vanuatu", None, ("Vanuatu",)),
        Actor("Mere Tora", "Fiji", ("Mere Tora", "Dr Mere Tora", "Tora")),
    ),
)


def test_a_state_in_its_own_commas_after_a_bare_title_leaves_the_named_holder_speaking():
    body = (
        "An opening address by His Excellency Mere Tora, Minister of Finance, State of Fiji, "
        "highlighted the country's commitment to the patrols."
    )
    assert speakers_in_study(body, FIJI_STATE) == ["Mere Tora"]


def test_a_name_after_a_titled_list_item_stays_the_speaker():
    body = (
        "Teachers have been employed in Vanuatu, the Minister for Education, Dr Mere Tora "
        "disclosed at the celebration."
    )
    assert speakers_in_study(body, FIJI_STATE) == ["Mere Tora"]


# --- round-338 constructions (rounds 337-338, read together) ------------------------------------


def test_a_named_member_of_a_body_keeps_the_quote_past_a_stray_comma():
    body = (
        '"The patrols are the first project. They will begin in May," Mere Tora of the Fiji '
        "Navy (FN), told reporters here on Friday."
    )
    assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora"]


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        ("The Fijian Ambassador to Vanuatu emphasized the importance of the patrols.", ["Fiji"]),
        (
            "The Fijian Ambassador to Vanuatu and Joel Kalo both emphasized the importance of the "
            "patrols.",
            ["Fiji", "Joel Kalo"],
        ),
    ],
)
def test_an_unnamed_ambassador_to_a_place_speaks_for_the_state_that_sent_them(body, speakers):
    assert speakers_in_study(body, FIJI_VANUATU) == speakers


def test_the_states_official_after_its_named_speaker_is_that_speaker():
    body = (
        '"We will work with Vanuatu," said Ambassador Mere Tora. The Fiji official said '
        'Fiji "will support Vanuatu in its efforts."'
    )
    assert speakers_in_study(body, FIJI_VANUATU) == ["Mere Tora", "Mere Tora"]


@pytest.mark.parametrize(
    "body",
    [
        "Fiji and Vanuatu exchanged notes on Friday, formalizing a loan for the new wharf.",
        "The final border document will come into force after the sides exchange the notes.",
    ],
)
def test_an_exchange_of_notes_is_a_formal_step_not_words(body):
    assert speakers_in_study(body, FIJI_VANUATU) == [None]


def test_an_exchange_of_congratulations_is_still_words():
    body = "Fiji and Vanuatu exchanged congratulations on Friday."
    assert speakers_in_study(body, FIJI_VANUATU) == ["Fiji", "Vanuatu"]


def test_an_envoy_recalled_in_a_title_case_headline_says_nothing():
    title = "Fijian Ambassador Recalled Over Border Clash With Vanuatu"
    body = "Fiji has recalled its ambassador."
    assert speakers_in_study(body, FIJI_VANUATU, title=title) == [None, None]


def test_an_ambassador_recalling_the_past_in_a_sentence_still_speaks():
    body = "The Fijian ambassador recalled the long friendship between the two nations."
    assert speakers_in_study(body, FIJI_VANUATU) == ["Fiji"]


# --- round-340 constructions (rounds 339-340, read together) ------------------------------------

TONGA_SAMOA = ActorSet(
    "t",
    (
        Actor("Tonga", None, ("Tonga", "Nuku'alofa")),
        Actor("Samoa", None, ("Samoa", "Apia")),
        Actor("Tonga Statistics Department", "Tonga", ("Tonga Statistics Department", "TSD")),
        Actor("Samoa Bureau of Statistics", "Samoa", ("Samoa Bureau of Statistics", "SBS")),
        Actor("Ministry of Justice of Tonga", "Tonga", ("Ministry of Justice",)),
        Actor("Sione Vea", "Tonga", ("Sione Vea", "Vea")),
        Actor("Ana Taufa", "Tonga", ("Ana Taufa", "Taufa")),
        Actor("Leota Aliielua", "Samoa", ("Leota Aliielua", "Aliielua")),
        Actor("Malia Tuilagi", "Samoa", ("Malia Tuilagi", "Tuilagi")),
    ),
)


def test_quoted_to_have_said_reports_the_subjects_words():
    body = (
        "Vea, who also chairs the regional statistics board and was elected to its council last "
        "year, was quoted to have said that he met the management of the SBS."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_quoted_to_have_been_somewhere_is_no_speech():
    body = "Vea was quoted to have been in Apia on Monday."
    assert speakers_in_study(body, TONGA_SAMOA) == [None]


def test_a_long_title_with_its_own_and_leaves_the_named_first_conjunct_speaking():
    body = (
        "Sione Vea, Under Secretary of Finance for Statistical Services and the Director of the "
        "TSD and SBS Director Leota Aliielua announced the start of the pilot."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea", "Leota Aliielua"]


def test_a_first_conjunct_in_its_own_commas_speaks_with_the_counterpart():
    body = (
        "The Government Statistician, Ana Taufa, and her Samoan counterpart Dr. Leota Aliielua "
        "said the agreement would strengthen cooperation."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Ana Taufa", "Leota Aliielua"]


def test_they_after_a_list_named_past_an_opening_phrase_is_the_whole_list():
    body = (
        "After the report of the SBS, Ms. Ana Taufa, Mr. Sione Vea and Mr. Malia Tuilagi "
        "evaluated the project. They agreed to the report. The project improved the work of "
        "both offices. Each of us benefited so much, they said."
    )
    expected = [None, None, None, "Ana Taufa", "Malia Tuilagi", "Sione Vea"]
    assert sorted(speakers_in_study(body, TONGA_SAMOA), key=str) == sorted(expected, key=str)


def test_they_past_a_sentence_of_the_next_paragraph_is_not_the_earlier_list():
    body = (
        "After the report, Ms. Ana Taufa and Mr. Sione Vea evaluated the project.\n\n"
        "The project improved the work of both offices. Each of us benefited so much, they said."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == [None, None, None]


def test_a_headline_says_the_ministry_is_the_ministry_the_lede_names():
    title = "The visit strengthens cooperation between the prisons and Samoa, says the ministry"
    body = "The Ministry of Justice has confirmed that the visit could boost cooperation."
    assert speakers_in_study(body, TONGA_SAMOA, title=title) == [
        "Ministry of Justice of Tonga",
        "Ministry of Justice of Tonga",
    ]


@pytest.mark.parametrize(
    ("title", "minister"),
    [
        ("Tonga, Samoa sign statistics pact", "Sione Vea"),
        ("Samoa, Tonga sign statistics pact", "Leota Aliielua"),
    ],
)
def test_the_minister_after_two_sides_ministers_is_the_articles_own(title, minister):
    body = (
        "The pact was signed by Minister of Finance Sione Vea and Samoa's Minister of Finance "
        "Leota Aliielua. Speaking on the occasion, the minister said the pact would help."
    )
    assert speakers_in_study(body, TONGA_SAMOA, title=title) == [None, None, minister]


# --- round-342 constructions (rounds 341-342, read together) ------------------------------------


def test_a_quotation_in_the_first_person_resumes_a_speaker_quoted_through_a_pronoun():
    body = (
        "Sione Vea said the pact was ready.\n\n"
        '"Both sides may benefit a great deal," he said.\n\n'
        "The pact has laid a legal basis for cooperation, which, Vea believes, has a good future."
        '\n\n"Samoan stations are close to ours."'
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea", "Sione Vea", None, "Sione Vea"]


def test_a_quotation_not_in_the_first_person_resumes_no_one():
    body = (
        '"Both sides may benefit a great deal," Vea said.\n\n'
        "The pact was signed on Monday.\n\n"
        '"Samoan stations are close to the border."'
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea", None, None]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "According to Samoa's Finance Minister Leota Aliielua, the data are ready.",
            "Leota Aliielua",
        ),
        ("According to Samoa's statement, the data are ready.", "Samoa"),
    ],
)
def test_according_to_a_states_titled_official_is_the_official(body, speaker):
    assert speakers_in_study(body, TONGA_SAMOA) == [speaker]


def test_one_spokesperson_for_a_body_is_its_voice():
    body = '"Great news," said one spokesperson for the Samoa Bureau of Statistics.'
    assert speakers_in_study(body, TONGA_SAMOA) == ["Samoa Bureau of Statistics"]


def test_the_two_institutes_are_the_pair_of_bodies_just_named():
    body = (
        "The TSD and the SBS announced a joint survey on Saturday. The two institutes stressed "
        "the importance of the earlier agreement."
    )
    bodies = ["Samoa Bureau of Statistics", "Tonga Statistics Department"]
    assert sorted(speakers_in_study(body, TONGA_SAMOA)) == sorted(bodies * 2)


def test_a_member_heading_a_body_speaks_not_the_body():
    body = "Malia Tuilagi heading the SBS stressed the interest in furthering the relations."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Malia Tuilagi"]


def test_a_first_person_quotation_with_its_own_unknown_speaker_resumes_no_one():
    body = (
        '"Both sides may benefit," Vea said.\n\nThe pact was signed on Monday.\n\n'
        '"We expect better sales," said Flower Council Chairman Richard Fox.'
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea", None, None]


def test_an_unknown_person_quoted_in_narration_ends_the_right_to_resume():
    body = (
        '"We will work with Samoa," Vea said.\n\nThe pact was signed on Monday.\n\n'
        'Toy maker Isaac Larian posted on social media: "As if toy makers did not have enough '
        'problems already."\n\n"We have no choice but to raise our prices."'
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea", None, None, None]


def test_a_term_in_quotes_does_not_end_the_right_to_resume():
    body = (
        '"We will work with Samoa," Vea said.\n\nThe pact is called "historic" in Apia.\n\n'
        '"We have no choice but to raise our prices."'
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea", None, "Sione Vea"]


# --- round-344 constructions (rounds 343-344, read together) ------------------------------------


def test_the_duo_are_the_two_people_of_the_two_sides_just_named():
    body = (
        "Sione Vea and his Samoan counterpart Leota Aliielua will sign the pact on Monday. "
        "This, the duo said, was one way to promote cooperation."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == [None, "Leota Aliielua", "Sione Vea"]


@pytest.mark.parametrize(
    "cue", ["he said", "Sione Vea, Minister of Finance and Planning said"], ids=["pronoun", "named"]
)
def test_an_open_quotation_takes_the_speaker_of_the_paragraph_that_closes_it(cue):
    body = (
        "Vea visited the school on Monday.\n\n“We are thankful for the books.\n\n"
        f"“They will help our learners,” {cue}."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == [None, "Sione Vea", "Sione Vea"]


PULU = ActorSet(
    "t",
    (
        *TONGA_SAMOA.actors,
        Actor("ASF Pulu", "Tonga", ("Finance Minister ASF Pulu", "ASF Pulu", "Pulu")),
    ),
)


def test_initials_after_a_title_in_a_study_alias_name_a_person():
    body = (
        "The Cabinet, chaired by Finance Minister ASF Pulu, approved the sale.\n\n"
        "“We have enough rice,” Pulu told reporters.\n\n"
        "He said: “The country has a large stock."
    )
    assert speakers_in_study(body, PULU) == [None, "ASF Pulu", "ASF Pulu"]


def test_a_participle_after_the_and_just_is_an_adjective():
    body = (
        "The MOU was signed by Aliielua at the just concluded Pacific Statistics Heads (PSH) "
        "meeting, in Nairobi."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == [None]
    assert speakers_in_study("Vea concluded that the pact was ready.", TONGA_SAMOA) == ["Sione Vea"]


def test_a_courtesy_title_before_a_bare_office_refers_back_to_its_holder():
    body = (
        "The hospital was inaugurated by Finance Minister Sione Vea.\n\n"
        "On the occasion, Honorable Minister appreciated the gesture and added that the hospital "
        "will be a model."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == [None, "Sione Vea"]


JAPAN_US = ActorSet(
    "t",
    (
        Actor("Japan", None, ("Japan", "Tokyo")),
        Actor("United States", None, ("United States", "U.S.", "Washington")),
    ),
)


@pytest.mark.parametrize(
    ("body", "states"),
    [
        (
            "The Japanese and U.S. authorities confirmed that the memorandum widens the programme.",
            ["Japan", "United States"],
        ),
        ("U.S. officials said the memorandum expands the programme.", ["United States"]),
    ],
)
def test_a_demonym_shares_the_voice_after_a_states_short_name(body, states):
    assert speakers_in_study(body, JAPAN_US) == states


# --- round-346 constructions (rounds 345-346, read together) ------------------------------------

TU_IVAKANO = ActorSet(
    "t", (*TONGA_SAMOA.actors, Actor("Lord Tu'ivakano", "Tonga", ("Lord Tu’ivakano",)))
)


def test_an_abbreviated_courtesy_title_stands_in_an_inverted_speakers_title():
    body = (
        "“Tonga has cheap telephone costs”, said the Hon. Prime Minister Lord Tu’ivakano .\n\n"
        "“Cheaper internet will help us.”"
    )
    assert speakers_in_study(body, TU_IVAKANO) == ["Lord Tu'ivakano", "Lord Tu'ivakano"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Samoa writes off Tonga's debt", None),
        ("The Samoa Observer reported that Samoa would write off 90 percent of the debt.", None),
        ("Vea wrote that the debt would be forgiven.", "Sione Vea"),
    ],
)
def test_writing_off_a_debt_is_no_speech(body, speaker):
    assert speakers_in_study(body, TONGA_SAMOA) == [speaker]


@pytest.mark.parametrize(
    "body",
    [
        "The Tonga cable is likely to extend less than 800 km.",
        "The event featured exhibits from e-Government and Tonga Cable Limited.",
    ],
)
def test_cable_is_a_noun_not_a_speech_verb(body):
    assert speakers_in_study(body, TONGA_SAMOA) == [None]


def test_a_stranger_introduced_by_a_four_word_name_is_the_he_of_his_sentence():
    body = (
        "Vea praised the pact.\n\nThe Chairman of the event, Odeefuo Amoakwa Buadu VIII, "
        "President of the House of Chiefs, commended all stakeholders for what he described as a "
        "milestone."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea", None]


def test_a_statement_after_a_colon_without_quotation_marks_runs_to_its_paragraphs_end():
    body = (
        "Sione Vea said: This agreement is another step in our fight against illegal logging. It "
        "will help both countries. This will have a major impact on daily life.\n\n"
        "The pact enters into force today."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"] * 3 + [None]


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        (
            "APIA, March 3 (Reuters) - Tonga and Samoa signed a debt pact on Monday.\n\n"
            "Samoa will waive the debt, an official statement said.",
            [None, "Samoa"],
        ),
        ("Tonga and Samoa signed a debt pact on Monday, said an official statement.", ["Tonga"]),
        ("Tonga and Samoa signed a debt pact on Monday, a statement said.", [None]),
    ],
    ids=["dateline", "first-named", "not-official"],
)
def test_an_unowned_official_statement_is_the_articles_own_governments(body, speakers):
    assert speakers_in_study(body, TONGA_SAMOA) == speakers


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        ("Vea and Aliielua agreed in Apia on Tuesday to implement the declaration.", [None]),
        ("Vea agreed in Apia that the declaration was important.", ["Sione Vea"]),
    ],
)
def test_agreeing_to_act_is_a_deed_past_a_place_and_a_time(body, speakers):
    assert speakers_in_study(body, TONGA_SAMOA) == speakers


# --- round-348 constructions (rounds 347-348, read together) ------------------------------------

TONGA_SAMOA_MINISTERS = ActorSet(
    "t",
    (
        *(a for a in TONGA_SAMOA.actors if a.name not in ("Sione Vea", "Leota Aliielua")),
        Actor("Sione Vea", "Tonga", ("Sione Vea", "Minister of Finance of Tonga")),
        Actor("Leota Aliielua", "Samoa", ("Leota Aliielua", "Samoan Minister of Finance")),
    ),
)


def test_a_minister_a_speaker_names_in_the_first_person_is_not_the_writers_the_minister():
    body = (
        "The pact was signed by Minister of Finance of Tonga Sione Vea and Minister of Finance "
        "of Samoa Leota Aliielua.\n\nI today signed the pact with the Samoan Minister of "
        "Finance.\n\nThe Minister went on to say that the quota was large."
    )
    assert speakers_in_study(body, TONGA_SAMOA_MINISTERS)[-1] == "Sione Vea"


def test_an_inverted_speaker_follows_the_particle_of_points_out():
    body = (
        "“The industry has to see the requirements. Society must be certain that its rights "
        "are respected,” points out Sione Vea, Minister of Finance."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


# --- round-350 constructions (rounds 349-350, read together) ------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "Tonga backs the ‘1+ Million Genomes’ initiative. Vea added: “We are proud.”",
            ["‘1+ Million Genomes’", "“We are proud.”"],
        ),
        ("‘The States’ court ruled,’ he said.", ["‘The States’ court ruled,’"]),
    ],
    ids=["term", "possessive"],
)
def test_a_single_quotation_no_later_mark_closes_ends_at_its_possessive_looking_mark(text, quoted):
    assert [text[q.start : q.end] for q in find_quotes(text)] == quoted


def test_a_cue_after_a_single_quoted_term_is_not_inside_a_quotation():
    body = (
        "Since 2018 Tonga has supported the ‘1+ Million Genomes’ initiative. Sione Vea added: "
        "“Every signature is important.”"
    )
    assert speakers_in_study(body, TONGA_SAMOA) == [None, "Sione Vea"]


def test_an_inverted_speaker_named_after_a_capitalised_title_and_a_comma():
    body = "“Observers are vital to our mission,” said the Chief Observer, Mr. Sione Vea."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("The latest SBS statistics peg the population at 200,000.", "Samoa Bureau of Statistics"),
        ("Once the talks began, Samoa chimed in as well, phrasing it in terms of trade.", "Samoa"),
    ],
)
def test_figures_that_peg_a_number_and_a_state_that_chimes_in_speak(body, speaker):
    assert speakers_in_study(body, TONGA_SAMOA) == [speaker]


# --- round-352 constructions (rounds 351-352, read together) ------------------------------------


def test_quotations_opening_a_paragraph_take_the_speaker_its_last_quotation_names():
    body = (
        "Tonga said in a statement that the quota is large.\n\n“Tonga calls on its partners to "
        "act.” “Measures must be scaled up.” “Countries must act urgently” said Sione Vea."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Tonga", "Sione Vea", "Sione Vea", "Sione Vea"]


def test_a_quotation_after_a_speaker_in_its_paragraph_stays_that_speakers():
    body = "Vea said the quota was large. “It is fair.” “It helps us,” said Aliielua."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea", "Sione Vea", "Leota Aliielua"]


TONGA_SAMOA_OFFICES = ActorSet(
    "t",
    (
        *(a for a in TONGA_SAMOA.actors if a.name != "Sione Vea"),
        Actor("Sione Vea", "Tonga", ("Tonga Chief Executive Sione Vea", "Sione Vea", "Vea")),
        Actor("Office of the Chief Executive of Tonga", "Tonga", ("the Chief Executive’s Office",)),
        Actor("Mele Fifita", None, ("Mele Fifita", "country representative of UNICEF")),
    ),
)


def test_an_office_named_by_its_holders_possessive_title_is_the_office():
    body = (
        "Tonga Chief Executive Sione Vea met Leota Aliielua in Apia. The two sides discussed "
        "trade, the Chief Executive’s Office said in a statement."
    )
    speakers = speakers_in_study(body, TONGA_SAMOA_OFFICES)
    assert speakers[-1] == "Office of the Chief Executive of Tonga"


def test_a_top_level_actor_a_personal_role_names_is_the_she_who_goes_on():
    body = (
        "Leota Aliielua said the wheat was welcome.\n\nMele Fifita, country representative of "
        "UNICEF, said the wheat will feed children. She said the gift would reach 350 schools."
    )
    assert speakers_in_study(body, TONGA_SAMOA_OFFICES)[-1] == "Mele Fifita"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "During the meeting, Vea said a group may be convened, according to an official "
            "statement.",
            "Tonga",
        ),
        (
            "According to an official statement released in Apia, the deal provides for patrols.",
            "Samoa",
        ),
    ],
    ids=["outranks-its-speaker", "released-in"],
)
def test_an_official_statement_cited_speaks_for_its_government(sentence, speaker):
    body = f"NUKU'ALOFA: Tonga and Samoa met on Monday.\n\n{sentence}"
    assert speakers_in_study(body, TONGA_SAMOA)[-1] == speaker


def test_what_someone_learned_from_a_source_is_a_skill_not_a_citation():
    body = "At the opening, Vea showed what he has learned from Samoa: He stirs the glue first."
    assert speakers_in_study(body, TONGA_SAMOA) == [None]


# --- round-354 constructions (rounds 353-354, read together) ------------------------------------


TONGA_SAMOA_FORUM = ActorSet(
    "t",
    (
        *TONGA_SAMOA.actors,
        Actor("Pacific Islands Forum", None, ("Pacific Islands Forum", "PIF")),
        Actor("Tonga Cabinet", "Tonga", ("Cabinet", "a government statement", "the statement")),
    ),
)


def test_the_states_of_a_body_named_after_a_preposition_are_members_not_a_speech_verb():
    body = "The pact was signed by the heads of the PIF states at a meeting in Apia."
    assert speakers_in_study(body, TONGA_SAMOA_FORUM) == [None]


def test_it_after_a_sentence_opening_on_a_name_the_study_does_not_know_is_that_name():
    body = (
        "In 2006 Tonga and Samoa signed a research agreement.\n\nVava'u may be a long way from "
        "Apia, but it offers unique opportunities to study reefs."
    )
    assert speakers_in_study(body, TONGA_SAMOA_FORUM) == [None, None]


def test_a_closing_source_that_told_an_outlet_the_study_does_not_list_owns_the_sentence():
    body = (
        "Tonga has offered Samoa assistance with the search, an official from the Ministry of "
        "Justice told the Samoa Observer on May 14."
    )
    assert speakers_in_study(body, TONGA_SAMOA_FORUM) == ["Ministry of Justice of Tonga"]


def test_adding_something_to_a_capitalised_phrase_is_no_listener():
    assert speakers_in_study("Tonga Adds Tariffs to Banned Samoan Imports", TONGA_SAMOA) == [None]


def test_the_actors_an_including_list_names_before_the_verb_all_speak():
    body = "Many countries including Tonga, Samoa, and the PIF, offered assistance with the search."
    speakers = speakers_in_study(body, TONGA_SAMOA_FORUM)
    assert speakers == ["Tonga", "Samoa", "Pacific Islands Forum"]


def test_a_study_alias_that_names_a_document_reads_out_its_words():
    body = (
        "If the talks fail then “Samoan boats would not be admitted,” read a government "
        "statement. The ordinance would come into force by December 1, the statement read."
    )
    assert speakers_in_study(body, TONGA_SAMOA_FORUM) == ["Tonga Cabinet", "Tonga Cabinet"]


def test_elaborating_further_is_speech():
    body = "“The deal is fair,” Ms Taufa said.\n\nAnd now she elaborates further."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Ana Taufa", "Ana Taufa"]


# --- round-356 constructions (rounds 355-356, read together) ------------------------------------


def test_an_agent_joined_by_and_to_another_speaks_with_it_and_they_go_on():
    body = (
        "The minister was assured by the PIF and Samoa that they would work closely with Tonga. "
        "They also assured Vea that they were ready to help."
    )
    speakers = speakers_in_study(body, TONGA_SAMOA_FORUM)
    assert sorted(speakers) == sorted(["Pacific Islands Forum", "Samoa"] * 2)


def test_both_agents_of_a_passive_after_and_speak():
    body = (
        "The incident was reported on 21 February and confirmed by the Ministry of Justice and "
        "the TSD."
    )
    speakers = speakers_in_study(body, TONGA_SAMOA)
    assert sorted(speakers) == ["Ministry of Justice of Tonga", "Tonga Statistics Department"]


def test_agreeing_a_hyphenated_plan_is_a_deed():
    assert speakers_in_study("Tonga, Samoa agree anti-drug roadmap", TONGA_SAMOA) == [None]


def test_a_top_level_actor_with_an_honorific_alias_is_the_he_who_goes_on():
    study = ActorSet(
        "t", (*TONGA_SAMOA.actors, Actor("Colin Fifita", None, ("Colin Fifita", "Mr Fifita")))
    )
    body = (
        "Sione Vea said aid was coming.\n\nColin Fifita said more needed to be done. Officials "
        "had been overwhelmed, he said."
    )
    assert speakers_in_study(body, study)[-1] == "Colin Fifita"


def test_a_source_closing_the_sentence_is_no_part_of_what_a_stranger_said():
    body = (
        "During the interrogation, the arrestees said that they had collected the notes in "
        "Apia, the Ministry of Justice said."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Ministry of Justice of Tonga"]


# --- round-358 constructions (rounds 357-358, read together) ------------------------------------

TONGA_SAMOA_MINISTRIES = ActorSet(
    "t",
    (
        *TONGA_SAMOA.actors,
        Actor("Pacific Islands Forum", None, ("Pacific Islands Forum", "PIF")),
        Actor("Tonga Ministry of Finance", "Tonga", ("Ministry of Finance", "Minister of Finance")),
    ),
)


def test_a_ministers_title_set_off_after_an_opening_phrases_name_is_no_subject():
    body = (
        "During his meeting with Sione Vea, the Minister of Finance of Tonga, Leota Aliielua "
        "emphasized the friendly relations between the two countries and noted that ties were "
        "strong."
    )
    assert speakers_in_study(body, TONGA_SAMOA_MINISTRIES) == ["Leota Aliielua"]


def test_the_minister_is_the_person_a_ministrys_title_alias_was_set_off_beside():
    after = (
        "Sione Vea, the Minister of Finance of Tonga, stated that the reforms are valued. The "
        "Minister touched upon the prospects for trade, stating that there are good chances."
    )
    assert speakers_in_study(after, TONGA_SAMOA_MINISTRIES) == ["Sione Vea", "Sione Vea"]
    before = (
        "Minister of Finance, Sione Vea on behalf of the TSD signed the agreement.\n\nVea said "
        "it was good.\n\nThe minister said that the agreement would transfer skills to Tonga."
    )
    assert speakers_in_study(before, TONGA_SAMOA_MINISTRIES)[-1] == "Sione Vea"


def test_a_name_set_off_after_a_long_title_opening_the_sentence_is_its_subject():
    body = (
        "Minister of State for the Middle East, North Africa, South Asia and United Nations at "
        "the Tonga Statistics Department (TSD), Sione Vea, has affirmed continuous cooperation "
        "between Tonga and Samoa."
    )
    assert speakers_in_study(body, TONGA_SAMOA_MINISTRIES) == ["Sione Vea"]


def test_the_statement_two_actors_issued_jointly_goes_on_speaking_for_both():
    body = (
        "Trade can improve the lives of many farmers, a joint Tonga and PIF statement said. "
        "However, the statement added that the sector is not competitive. It noted that the "
        "project will support the government."
    )
    speakers = speakers_in_study(body, TONGA_SAMOA_MINISTRIES)
    assert sorted(speakers) == sorted(["Tonga", "Pacific Islands Forum"] * 3)


def test_a_participle_citing_a_source_after_an_outlets_report_is_the_outlets():
    body = (
        "On August 26, Sione Vea held a series of meetings in Apia, Kaniva News reports, citing "
        "Report."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == [None]
    # sources it cites, not an outlet, speak for the subject's side
    body = "Tonga recently found a marker in disputed waters, Kaniva News reported, citing sources."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Tonga"]


def test_speaking_at_length_about_and_echoing_the_same_are_speech():
    body = "Sione Vea spoke at length about the importance of trade."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]
    body = "Leota Aliielua said ties were strong.\n\nSione Vea also echoed the same."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Leota Aliielua", "Sione Vea"]


def test_agreeing_at_a_meeting_to_act_is_a_deed():
    body = "Tonga and Samoa agreed at a meeting on Sunday to take leading roles in tackling debt."
    assert speakers_in_study(body, TONGA_SAMOA) == [None]


def test_a_joint_statement_issued_after_a_visit_speaks_for_the_pair():
    body = (
        "Sione Vea visited Samoa on Saturday.\n\n“The leaders expressed interest in trade. Such "
        "cooperation will include card schemes,” a Joint Statement issued after the visit read."
    )
    assert speakers_in_study(body, TONGA_SAMOA)[1:] == ["Samoa", "Tonga"]
    body = "Sione Vea visited Samoa.\n\n“Trade will grow,” a joint statement said."
    assert speakers_in_study(body, TONGA_SAMOA)[1:] == ["Samoa", "Tonga"]


def test_research_cited_by_its_author_is_theirs():
    body = "Most states are exploring new debt tools, according to research by the PIF."
    assert speakers_in_study(body, TONGA_SAMOA_MINISTRIES) == ["Pacific Islands Forum"]


# --- round-360 constructions (rounds 359-360, read together) ------------------------------------


def test_an_outlets_report_citing_a_role_phrase_names_the_person_closing_it():
    body = (
        "Tonga and Samoa will discuss adoption in Apia early next week, Kaniva News reports citing "
        "the chairman of the Commission for Children's Rights Protection of Tonga Ministry of "
        "Education and Science Sione Vea."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_a_body_placed_in_a_town_in_a_region_still_speaks_past_its_apposition():
    body = (
        "Officials at the TSD in Neiafu in northern Haapai, one of the biggest offices for "
        "statistics, said data know no border."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Tonga Statistics Department"]


def test_a_verb_form_closing_a_list_after_and_is_its_last_noun():
    body = "TSD teams continue to count homes with the help of soldiers and volunteers."
    assert speakers_in_study(body, TONGA_SAMOA) == [None]


def test_narration_opening_a_paragraph_that_closes_on_he_said_goes_on_with_the_last_speaker():
    body = (
        "“Trade is growing,” Sione Vea said.\n\nOnly ten boats were built after independence. "
        "Of those, seven were exported. But the country has built 80 boats this year, he said."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"] * 4
    # a paragraph that closes on no cue stays narration
    body = (
        "“Trade is growing,” Sione Vea said.\n\nOnly ten boats were built after independence. "
        "Of those, seven were exported."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea", None, None]


# --- round-362 constructions (rounds 361-362, read together) ------------------------------------


def test_an_alias_that_is_also_a_pronoun_is_never_matched(caplog):
    study = ActorSet("t", (*TONGA_SAMOA.actors, Actor("He Rong", "Samoa", ("He Rong", "He"))))
    body = "Sione Vea said trade was growing.\n\nHe noted that exports had doubled."
    with caplog.at_level("WARNING", logger="pipeline.actors"):
        assert speakers_in_study(body, study) == ["Sione Vea", "Sione Vea"]
    assert "'He' of 'He Rong' is also a pronoun" in caplog.text
    assert speakers_in_study("He Rong said trade was growing.", study) == ["He Rong"]


def test_a_top_level_actor_an_alias_titles_by_its_whole_name_is_the_he_who_goes_on():
    study = ActorSet(
        "t",
        (
            *TONGA_SAMOA.actors,
            Actor("Mele Fifita", None, ("Mele Fifita", "PIF Commissioner for Trade Mele Fifita")),
        ),
    )
    body = (
        "Sione Vea pledged aid.\n\nMeanwhile, PIF Commissioner for Trade Mele Fifita told "
        "journalists that the pledges reached $5 million.\n\nHe said the project would help."
    )
    assert speakers_in_study(body, study)[-1] == "Mele Fifita"


def test_a_judge_is_a_role_whose_name_set_off_after_it_speaks():
    body = (
        "THE Principal Judge of the High Court of Tonga, Sione Vea, has called for continuous "
        "cooperation with Samoa."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_posting_on_a_platform_is_writing_there():
    body = "“It was a pleasure to meet him,” Sione Vea posted on X after the ceremony."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]
    assert speakers_in_study("Troops posted on the border left Samoa.", TONGA_SAMOA) == [None]


def test_taking_the_occasion_to_thank_is_speech():
    body = "Sione Vea took the occasion to thank his host Samoa for its support."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]
    assert speakers_in_study("Sione Vea took the occasion to visit Apia.", TONGA_SAMOA) == [None]


# --- round-364 constructions (rounds 363-364, read together) ------------------------------------


def test_a_dashed_aside_opening_in_lowercase_may_hold_a_comma():
    body = "Tonga – downstream of the storm track, like Samoa – said it can cope with the season."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Tonga"]
    # a list of names between the dashes gives the members of the noun before it
    body = (
        "Islands across the Pacific, particularly those near Tonga—Fiji, Niue, and Palau—have "
        "expressed concerns over the storms."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == [None]


def test_therefore_between_be_and_a_participle_keeps_it_a_verb():
    body = "The TSD is warning of delays.\n\nIt is therefore urging households to file early."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Tonga Statistics Department"] * 2


def test_a_state_name_closing_an_outlets_name_does_not_relay_for_the_state():
    body = "Boats are shipped to 36 islands, Sputnik Tonga reported."
    assert speakers_in_study(body, TONGA_SAMOA) == [None]
    assert speakers_in_study("Boats are shipped to 36 islands, Tonga reported.", TONGA_SAMOA) == [
        "Tonga"
    ]
    # a title or a demonym before the name is no outlet's
    body = "Boats are shipped to 36 islands, Samoan Tonga reported."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Tonga"]


def test_an_indefinite_role_names_the_source_set_off_after_it():
    body = (
        "According to a report from a project coordinator, Mr Sione Vea, and a report by a local "
        "firm, studies indicate that the project has been a success."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_the_prime_ministers_are_the_pair_last_named():
    body = (
        "Tonga's Prime Minister Sione Vea and Samoan Prime Minister Leota Aliielua signed a treaty "
        "on Tuesday. The treaty “will allow both sides to cooperate,” the prime ministers said in "
        "a joint statement."
    )
    assert sorted(speakers_in_study(body, TONGA_SAMOA)[1:]) == ["Leota Aliielua", "Sione Vea"]
    body = body.replace("the prime ministers", "the world leaders")
    assert speakers_in_study(body, TONGA_SAMOA)[1:] == [None]


def test_the_head_alone_is_the_person_who_spoke_last():
    body = (
        "Sione Vea said a fund could be set up.\n\n“It can be both social and commercial "
        "projects,” said the head, adding that he could allocate money."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea", "Sione Vea"]


def test_shedding_light_on_something_is_explaining_it():
    body = "Sione Vea shed light on the advancements made through the centres."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]
    assert speakers_in_study("Sione Vea shed 300 jobs at the office.", TONGA_SAMOA) == [None]


# --- round-366 constructions (rounds 365-366, read together) ------------------------------------


def test_a_which_clause_inside_a_who_clause_leaves_the_role_before_them_speaking():
    body = (
        "Minister of Finance of Tonga Sione Vea opened the school.\n\nThe Minister, who presided "
        "over the project, which included water tanks, beds, and mattresses, stated that Tonga "
        "supports the school."
    )
    assert speakers_in_study(body, TONGA_SAMOA_MINISTERS) == [None, "Sione Vea"]
    # a single 'which' clause still hangs on the subject before it
    body = "Samoa, which included water tanks, beds, and mattresses in the grant, stated its aims."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Samoa"]


def test_a_statement_obtained_from_a_bodys_website_speaks_for_the_body():
    body = "According to a statement obtained from the website of the TSD, the MoU was signed."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Tonga Statistics Department"]
    body = "According to a statement on the website of the TSD, the MoU was signed."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Tonga Statistics Department"]
    # what an actor obtained it did not issue
    body = "According to a statement obtained by the TSD, the MoU was signed."
    assert speakers_in_study(body, TONGA_SAMOA) == [None]


def test_supports_states_a_position_only_on_one():
    assert speakers_in_study("Tonga supports Samoa's bid for a UN seat.", TONGA_SAMOA) == ["Tonga"]
    assert speakers_in_study("Tonga supports the ban on drift nets.", TONGA_SAMOA) == ["Tonga"]
    body = "Tonga supports affordable crop insurance for farmers"
    assert speakers_in_study(body, TONGA_SAMOA) == [None]
    assert speakers_in_study("Tonga supports people with disabilities.", TONGA_SAMOA) == [None]


def test_a_top_level_actor_titled_before_a_bodys_acronym_is_the_he_who_goes_on():
    study = ActorSet(
        "t", (*TONGA_SAMOA.actors, Actor("Mele Fifita", None, ("Mele Fifita", "Director SBS")))
    )
    body = (
        "“We want more countries to join,” said Mele Fifita, Director SBS in an interview.\n\n"
        "He added that the centre would map the islands."
    )
    assert speakers_in_study(body, study) == ["Mele Fifita", "Mele Fifita"]


def test_a_list_of_three_states_joined_by_commas_opening_a_headline_speaks_together():
    study = ActorSet("t", (*TONGA_SAMOA.actors, Actor("Fiji", None, ("Fiji", "Suva"))))
    body = "Tonga, Samoa, Fiji protest the new map"
    assert sorted(speakers_in_study(body, study)) == ["Fiji", "Samoa", "Tonga"]
    # a singular verb is the last one's alone
    assert speakers_in_study("Tonga, Samoa, Fiji protests the new map", study) == ["Fiji"]


# --- round-368 constructions (rounds 367-368, read together) ------------------------------------


def test_who_after_a_names_role_of_a_body_is_the_name():
    body = (
        "At the forefront is Sione Vea, commissioner of the Tonga Statistics Department, who says "
        "Tonga is ready to share its data."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]
    # a body's own relative clause stays the body's
    body = "The data came from the Tonga Statistics Department, which says exports doubled."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Tonga Statistics Department"]


def test_making_the_call_is_calling_for_it():
    body = (
        "Samoa on Tuesday called for closer ties.\n\nLeota Aliielua made the call as Apia hosts "
        "the forum."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Samoa", "Leota Aliielua"]
    body = "Leota Aliielua made the call to Sione Vea on Monday."
    assert speakers_in_study(body, TONGA_SAMOA) == [None]


@pytest.mark.parametrize("alias", ["Fifita", "Dr Mele Fifita", "Prof. Mele Fifita"])
def test_a_top_level_actor_called_by_surname_or_honorific_is_the_she_who_goes_on(alias):
    study = ActorSet("t", (*TONGA_SAMOA.actors, Actor("Mele Fifita", None, ("Mele Fifita", alias))))
    body = (
        "Sione Vea said the farmers had gained.\n\nMele Fifita noted that farmers sell more.\n\n"
        "“They can feel they really own the business,” she said."
    )
    assert speakers_in_study(body, study) == ["Sione Vea", "Mele Fifita", "Mele Fifita"]


def test_claiming_a_territory_is_holding_it_not_saying_it():
    assert speakers_in_study("Tonga also claims the two reefs.", TONGA_SAMOA) == [None]
    body = "Samoa claims 90 per cent of the lagoon."
    assert speakers_in_study(body, TONGA_SAMOA) == [None]
    assert speakers_in_study("Tonga claims that Samoa broke the deal.", TONGA_SAMOA) == ["Tonga"]


# --- round-370 constructions (rounds 369-370, read together) ------------------------------------


def test_a_title_a_state_owns_set_off_after_a_name_is_that_persons_role():
    body = (
        "Sione Vea, Tonga’s Minister of Finance and Planning, said the centre is ready. The "
        "minister said 39 countries had signed."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea", "Sione Vea"]


def test_who_after_a_names_capitalised_apposition_is_the_name():
    body = (
        "It came after an announcement by Sione Vea, High-Level Climate Champion for the Games, "
        "who said plans are in place."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]
    # the last of a list before 'who' is no apposition
    body = "The minister met Tonga and Samoa, who said the deal was good."
    assert sorted(speakers_in_study(body, TONGA_SAMOA)) == ["Samoa", "Tonga"]


def test_a_body_before_a_named_officer_modifies_the_officer_who_speaks():
    body = "“The sea is rising,” said Tonga Navy Commander Sione Vea, chief of staff."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]
    body = (
        "“The data is late,” said Tonga Statistics Department (TSD, in Tongan) Director Ana Taufa."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Ana Taufa"]
    assert speakers_in_study("“The sea is rising,” said Tonga.", TONGA_SAMOA) == ["Tonga"]


def test_a_headline_source_after_a_colon_may_be_placed_at_a_meeting():
    title = "Habitats can be managed with shared data: Tonga at Pacific meet"
    body = "Ministers met in Apia."
    assert speakers_in_study(body, TONGA_SAMOA, title=title) == ["Tonga", None]


# --- round-372 constructions (rounds 371-372, read together) ------------------------------------


def test_a_line_of_only_a_speaker_and_its_verb_closes_the_quotation_before_it():
    body = (
        "“This deal is a result of long talks. We are forging deeper ties. We have made "
        "progress.” Tonga Statistics Department Director Sione Vea said."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea", "Sione Vea"]
    # a line that goes on after its verb says something of its own
    body = "“We have made progress.” Sione Vea said the talks went well."
    assert speakers_in_study(body, TONGA_SAMOA) == [None, "Sione Vea"]


@pytest.mark.parametrize(
    "role", ["TSD Research Program Manager for Fisheries", "The Research Program Manager"]
)
def test_a_capitalised_managers_title_set_off_before_a_name_is_the_names_role(role):
    body = f"{role}, Ana Taufa, added that seaweed farming creates jobs."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Ana Taufa"]


def test_no_apposition_ends_on_a_function_word():
    body = (
        "Ms. Ana Taufa, Chief Librarian, Tonga Statistics Department, extended her gratitude to "
        "the ambassador for the friendship and thanked the Government of Samoa."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Ana Taufa"]


def test_boasting_or_venturing_a_thing_says_nothing():
    assert speakers_in_study("Tonga boasts the region's largest reef.", TONGA_SAMOA) == [None]
    body = "The Tonga Statistics Department is seeking change. It has ventured into a survey."
    assert speakers_in_study(body, TONGA_SAMOA) == [None, None]
    # closing a quotation, the verb reports it (and so does 'observed')
    assert speakers_in_study("“We are the best,” Tonga boasted.", TONGA_SAMOA) == ["Tonga"]
    assert speakers_in_study("“We are ready,” Samoa observed.", TONGA_SAMOA) == ["Samoa"]


def test_according_to_it_is_the_body_that_spoke_last():
    body = "The Tonga Statistics Department reported. According to it, exports doubled."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Tonga Statistics Department"] * 2


def test_welcoming_a_states_delegation_is_receiving_guests():
    assert speakers_in_study("Sione Vea welcomed the Samoan delegation.", TONGA_SAMOA) == [None]
    body = "Sione Vea welcomed the Samoan decision."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_an_unlisted_body_owning_the_name_closing_an_inverted_cue_is_the_names():
    body = "“The fight is a priority for the Tonga Government,” said the Tonga Embassy’s Vea."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]
    body = "“The fight is a priority,” said the Tonga Statistics Department."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Tonga Statistics Department"]


def test_sending_off_a_ship_sends_no_message():
    body = "Tonga and Samoa officials sent off a ship carrying a tsunami warning device."
    assert speakers_in_study(body, TONGA_SAMOA) == [None]
    assert speakers_in_study("Tonga sent a warning to Samoa.", TONGA_SAMOA) == ["Tonga"]


# --- round-374 constructions (rounds 373-374, read together) ------------------------------------


def test_a_title_a_state_closes_before_a_name_is_the_persons_role():
    body = (
        "Ana Taufa met with Minister of Education and Science of Tonga Sione Vea at the "
        "ministry.\n\n“We cannot overload the curriculum,” the Minister said."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == [None, "Sione Vea"]


def test_a_press_service_closing_an_inverted_verb_speaks_for_its_body():
    body = (
        "On May 1, Tonga became a full member of the Pacific Statistics Board, reports the press "
        "service of the Tonga Statistics Department."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Tonga Statistics Department"]
    # an actor set off by commas before the verb is its subject
    body = "Tonga’s chief statistician, Sione Vea, countered the Samoa Bureau of Statistics."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_a_month_between_subject_and_verb_is_skipped():
    body = "Sione Vea in January had said that the survey was late."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_a_gloss_inside_a_role_apposition_leaves_the_name_speaking():
    body = (
        "Ana Taufa, deputy director-general (Data & Surveys) at the Tonga Statistics Department "
        "(TSD) says that the census is shared."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Ana Taufa"]


def test_offering_training_or_services_is_providing_them():
    body = "The Tonga Statistics Department offers training in surveys and data services."
    assert speakers_in_study(body, TONGA_SAMOA) == [None]
    body = "Tonga offered to help Samoa with the census."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Tonga"]


def test_states_after_a_counted_actor_is_a_noun():
    title = "Eleven Pacific States Agree On New Statistics Programme"
    study = ActorSet("t", (*TONGA_SAMOA.actors, Actor("Pacific Forum", None, ("Pacific",))))
    assert speakers_in_study("Ministers met in Apia.", study, title=title) == [None, None]


# --- round-376 constructions (rounds 375-376, read together) ------------------------------------


@pytest.mark.parametrize(
    "role",
    [
        "the South- South Cooperation Officer of the Tonga Statistics Department (TSD) in Apia",
        "the administrative and financial officer of the census project",
    ],
)
def test_a_name_set_off_after_a_role_closing_an_inverted_verb_speaks(role):
    body = f"“More than 10,000 people depend on the census,” says {role}, Ana Taufa."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Ana Taufa"]


def test_a_top_level_name_opening_on_a_given_name_is_a_person():
    study = ActorSet(
        "t", (*TONGA_SAMOA.actors, Actor("Claire Williams", None, ("Claire Williams",)))
    )
    body = (
        "Claire Williams of the trade association said this was a crucial step.\n\n"
        "“The market has grown,” she said."
    )
    assert speakers_in_study(body, study) == ["Claire Williams", "Claire Williams"]
    # not a body's name, whatever its first word
    study = ActorSet("t", (*TONGA_SAMOA.actors, Actor("Grace Foundation", None, ("Grace",))))
    body = "Grace Foundation said the clinic had opened.\n\n“We are ready,” she said."
    assert speakers_in_study(body, study)[0] == "Grace Foundation"
    assert speakers_in_study(body, study)[1] != "Grace Foundation"


def test_both_leaders_after_an_opening_phrase_without_a_comma_speak_together():
    body = (
        "Sione Vea met Leota Aliielua and reiterated Tonga’s support.\n\n"
        "During the visit both leaders also confirmed their cooperation."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea", "Leota Aliielua", "Sione Vea"]


def test_a_delegation_is_a_body_whose_demand_a_person_relays():
    study = ActorSet(
        "t", (*TONGA_SAMOA.actors, Actor("Upolu Delegation", "Samoa", ("Upolu Delegation",)))
    )
    body = (
        "“We will go on working,” said Leota Aliielua. He said that the Upolu Delegation has "
        "demanded that Tonga check the sites."
    )
    assert speakers_in_study(body, study) == ["Leota Aliielua", "Leota Aliielua"]


def test_a_headline_source_may_follow_a_hyphen_glued_to_it():
    title = "Medical Team Treated 37 Cases Of Hearing Loss -TSD"
    body = "Doctors met in Apia."
    assert speakers_in_study(body, TONGA_SAMOA, title=title) == [
        "Tonga Statistics Department",
        None,
    ]
    # a hyphen joining words still joins them
    assert speakers_in_study("The Tonga-Samoa census began.", TONGA_SAMOA) == [None]


def test_a_portfolio_list_after_an_opening_adverb_titles_the_name_set_off_after_it():
    body = (
        "Meanwhile, Minister for Finance, Planning, Trade and Tourism, Sione Vea, described the "
        "moment as “the transfer of hope.”"
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


# --- round-378 constructions (rounds 377-378, read together) ------------------------------------


def test_according_to_a_title_of_a_glossed_body_closing_on_a_name():
    body = (
        "Tonga and Samoa have taken strides in cooperation, according to General Director of the "
        "Pacific Weather Administration (PWA) Ana Taufa."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Ana Taufa"]


def test_a_title_closing_an_inverted_verb_may_end_on_general():
    body = (
        "Tonga is ready, Tonga Statistics Department Deputy Director Ana Taufa told reporters.\n\n"
        "“We are looking for a partner,” said the deputy director general.\n\n"
        "Cooperation goes further than that, she noted."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Ana Taufa"] * 3


def test_a_label_line_opening_on_a_text_gives_its_issuer_the_first_person_text():
    body = (
        "The government will provide $2 million.\n\nText of statement released by the Prime "
        "Minister, Sione Vea.\n\nI am pleased to announce an initiative for the islands.\n\n"
        "Tonga will fund the project over three years."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == [None, None, "Sione Vea", "Sione Vea"]


# --- round-380 constructions (rounds 379-380, read together) ------------------------------------


def test_a_stranger_introduced_after_an_honorific_is_the_she_who_follows():
    body = (
        "Ana Taufa said the screening saves lives.\n\nDr. Mele Fonua, a cancer specialist from "
        "Fiji, also spoke at the event. She encouraged the children to talk to their mothers."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Ana Taufa", None, None]


# --- round-382 constructions (rounds 381-382, read together) ------------------------------------


def test_a_titled_name_set_off_after_opening_phrases_is_the_subject():
    body = (
        "In his remarks, after the signing ceremony, the Tonga Prime Minister Sione Vea, expressed "
        "on behalf of the people of Tonga, deep appreciation to Samoa."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_a_deputy_prime_minister_is_not_the_pm():
    body = (
        "Prime Minister Sione Vea met Samoa's envoy Leota Aliielua.\n\n"
        "A visit by Samoa's Deputy Prime Minister Malia Tuilagi is planned for next week.\n\n"
        "“The government continues to improve the ease of doing business,” the PM told the envoy."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == [None, None, "Sione Vea"]


def test_an_excellency_makes_an_actor_without_a_state_a_person():
    study = ActorSet(
        "t",
        TONGA_SAMOA.actors
        + (Actor("Saber bin Saeed Al Harbi", None, ("H.E. Saber bin Saeed Al Harbi", "Al-Harbi")),),
    )
    body = (
        "“This pact is a tangible result,” Sione Vea said.\n\n"
        "For his part, H.E. Saber bin Saeed Al Harbi explained that the pact confirms the "
        "centre's commitment. He described the pact as one of the most important."
    )
    assert speakers_in_study(body, study) == ["Sione Vea"] + ["Saber bin Saeed Al Harbi"] * 2


def test_a_name_before_an_open_role_phrase_ending_in_its_body_speaks():
    body = (
        "Ana Taufa, Director, Pacific Statistics Programme (PSP), from the Tonga Statistics "
        "Department expressed her delight with the results."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Ana Taufa"]


def test_a_day_between_an_issuing_participle_and_its_issuer():
    body = (
        "According to a statement issued yesterday by the Tonga Statistics Department, the team "
        "donated the equipment to Samoa."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Tonga Statistics Department"]


# --- round-384 constructions (rounds 383-384, read together) ------------------------------------


def test_a_quotation_running_on_into_a_paragraph_it_closes_later_is_the_closing_cues():
    body = (
        "Ana Taufa met the delegation in Apia.\n\n"
        "“This has been a big concern since Tonga exports fish to Samoa. Fish goes to Samoa in "
        "high volume.\n\n"
        "We have reached out to the ministry. We want to understand why buyers stopped buying,” "
        "said Sione Vea, secretary (exports), Tonga Fish Association."
    )
    # the last paragraph, in the first person, is one quotation that lost its opening mark
    assert speakers_in_study(body, TONGA_SAMOA) == [None] + ["Sione Vea"] * 3


def test_a_title_with_its_body_after_an_opening_participle_names_the_subject():
    body = (
        "Also addressing the conference, the President of the Samoa Bureau of Statistics Leota "
        "Aliielua, said that Samoa is one of the region's major fish exporters."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Leota Aliielua"]


def test_pitching_for_a_cause_is_speech():
    title = "Tonga, Samoa pitch for cooperation in fisheries"
    body = "The pitch for the project was made in Apia. Tonga pitched the project to Samoa."
    assert speakers_in_study(body, TONGA_SAMOA, title=title) == ["Tonga", "Samoa", None, None]


# --- round-386 constructions (rounds 385-386, read together) ------------------------------------


def test_a_release_a_bodys_officer_signs_is_the_bodys_and_so_is_its_it():
    body = (
        "The statement, signed by Mrs Ana Taufa of the Tonga Statistics Department in "
        "Nuku'alofa, said the agreement was reached after the committee visited Samoa. It said "
        "the two countries acknowledged the importance of shared data."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Tonga Statistics Department"] * 2


def test_a_role_after_its_sides_name_refers_back_to_that_sides_holder():
    body = (
        "Samoa will receive the data, Tonga Ambassador Sione Vea said in his address.\n\n"
        "“We will sign 18 agreements,” the Tonga Ambassador said.\n\n"
        "“We welcome them,” the Samoa Ambassador said."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea", "Sione Vea", None]


def test_a_title_to_a_state_before_a_name_and_a_stray_comma_names_the_subject():
    body = "The Tonga ambassador to Samoa Sione Vea, said that the project is a great symbol."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


# --- round-388 constructions (rounds 387-388, read together) ------------------------------------


def test_words_said_by_someone_are_theirs():
    body = (
        "Trade between Tonga and Samoa is gradually increasing pace was said by Additional "
        "Collector Customs Sione Vea on Sunday. He also claimed that the port will become a hub. "
        "The treaty was said by analysts to be weak."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea", "Sione Vea", None]


def test_an_inverted_title_may_follow_an_owner_and_hold_for_and_a_hyphenated_place():
    body = (
        "“Firms will help,” said TSD’s Regional Director for sub-Saharan Africa Ana Taufa, who "
        "spoke at the workshop."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Ana Taufa"]


def test_last_night_between_subject_and_verb():
    body = "The Samoa Bureau of Statistics last night announced its intention to run a census."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Samoa Bureau of Statistics"]


# --- round-390 constructions (rounds 389-390, read together) ------------------------------------


def test_volunteering_reports_words_only_with_a_complement():
    title = "Tonga deploys Tonga Statistics Department volunteers in Samoa"
    body = "“We will help with the census,” Vea volunteered."
    assert speakers_in_study(body, TONGA_SAMOA, title=title) == [None, "Sione Vea"]


def test_an_ampersand_may_join_the_titles_of_an_open_apposition():
    body = "Ana Taufa, President & CEO of Tonga Statistics Department says the census went well."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Ana Taufa"]


TONGA_SAMOA_CORPS = ActorSet(
    "t",
    (
        *TONGA_SAMOA.actors,
        Actor("Tonga Volunteer Corps", "Tonga", ("Tonga Volunteer Corps", "TVC")),
    ),
)


def test_a_corps_is_a_body_so_its_director_is_the_person_named_with_the_title():
    body = (
        "The Director of TVC, Ambassador Sione Vea, paid a courtesy call in Apia. “Help is "
        "given on the basis of need,” the Director added."
    )
    assert speakers_in_study(body, TONGA_SAMOA_CORPS) == [None, "Sione Vea"]


def test_a_title_set_off_before_a_name_may_hold_a_gloss_and_a_portfolio_list():
    body = (
        "The Director of Monitoring, Evaluation and Resources for the Tonga Statistics "
        "Department (TSD) in the Ministry of Justice, Ambassador Sione Vea, paid a courtesy "
        "call in Apia. ‘Data is shared on the basis of need’, the Director added."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == [None, "Sione Vea"]


# --- round-392 constructions (rounds 391-392, read together) ------------------------------------


def test_a_place_after_the_body_of_a_role_leaves_the_role_holder_the_subject():
    body = (
        "Ana Taufa, Head of the Tonga Statistics Department in Samoa said that a centre has "
        "been set up."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Ana Taufa"]


def test_quoted_in_a_report_between_subject_and_verb():
    body = (
        "Vea quoted in a report by the local newspaper, Matangi Tonga, said the date could not "
        "yet be decided."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_saying_nothing_is_no_statement_but_saying_nothing_will_is():
    body = (
        "Samoa has been vague about its aims; in fact it has revealed nothing at all to the "
        "media.\n\nTonga says nothing could be further from the truth."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == [None, "Tonga"]


def test_offering_opportunities_is_a_deed():
    body = "At the same time, Tonga offers opportunities for leaders to meet suppliers."
    assert speakers_in_study(body, TONGA_SAMOA) == [None]


def test_a_country_tag_before_a_headline_names_no_source():
    title = "Tonga: Tonga Statistics Department, Samoa Meet"
    body = "The two bodies met in Apia on Saturday."
    assert speakers_in_study(body, TONGA_SAMOA, title=title) == [None, None]


def test_a_known_source_cited_first_outranks_speakers_the_study_does_not_know():
    body = (
        "According to the Tonga Statistics Department, the team of scientists has said the "
        "final report will be submitted shortly."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Tonga Statistics Department"]


def test_a_state_before_a_title_is_a_federal_state_not_a_verb():
    body = "“We have benefited greatly,” said Sione Vea, Nuku'alofa state health minister."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_a_passive_agent_in_a_who_clause_is_not_the_subject():
    body = (
        "The visitor, who was welcomed by Samoan Minister of Finance, Leota Aliielua, said "
        "the number of patients would grow."
    )
    assert speakers_in_study(body, TONGA_SAMOA_MINISTERS) == [None]


def test_a_joint_statement_cited_speaks_for_the_pair_and_so_does_its_it():
    body = (
        "Tonga and Samoa discussed fisheries in Apia.\n\n“The Samoan side requested "
        "assistance with a stadium,” according to a joint statement released at the end of the "
        "visit.\n\n“The Tongan side agreed to consider the request,” it said."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == [None, "Samoa", "Tonga", "Samoa", "Tonga"]


# --- round-394 constructions (rounds 393-394, read together) ------------------------------------


def test_calling_on_someone_in_their_office_is_a_visit():
    body = (
        "A Tongan delegation led by Sione Vea called on Leota Aliielua in his office on "
        "Thursday to discuss the census."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == [None]


TONGA_SAMOA_MAYOR = ActorSet(
    "t",
    (
        *(a for a in TONGA_SAMOA.actors if a.name != "Malia Tuilagi"),
        Actor("Malia Tuilagi", "Samoa", ("Malia Tuilagi", "Apia Mayor Malia Tuilagi")),
    ),
)


def test_the_mayor_refers_back_and_may_take_a_participle_before_the_verb():
    body = (
        "Apia Mayor Malia Tuilagi met the Tongan delegation. The mayor welcoming the Tongan "
        "minister and his team said that the buses are welcome. He added that the city would "
        "benefit."
    )
    assert speakers_in_study(body, TONGA_SAMOA_MAYOR) == [None, "Malia Tuilagi", "Malia Tuilagi"]


def test_a_passive_thank_may_give_its_reason_before_its_agent():
    body = "Later that day, the delegation was thanked for their donation by Sione Vea."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


TONGA_SAMOA_SECRETARY = ActorSet(
    "t", (*TONGA_SAMOA.actors, Actor("T Nanda Kumar", None, ("T Nanda Kumar", "Nanda Kumar")))
)


def test_a_name_opening_on_an_initial_is_a_person_a_pronoun_can_mean():
    body = (
        "Sione Vea said the group will grow.\n\nT Nanda Kumar, secretary general of the group, "
        "said that it has been busy.\n\n“The market is stable,” he observed."
    )
    study = TONGA_SAMOA_SECRETARY
    assert speakers_in_study(body, study) == ["Sione Vea", "T Nanda Kumar", "T Nanda Kumar"]


def test_a_bodys_council_speaks_as_the_body_past_a_session_in_a_place():
    body = (
        "The council of the Tonga Statistics Department (TSD) in its fifth session in Apia "
        "yesterday underscored the need for more members."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Tonga Statistics Department"]


def test_calling_for_tender_is_procurement():
    body = "In April 2021, the Tonga Statistics Department called for international tender."
    assert speakers_in_study(body, TONGA_SAMOA) == [None]


# --- round-396 constructions (rounds 395-396, read together) ------------------------------------


def test_govt_abbreviation_ends_no_sentence():
    body = (
        "“We are signing this memorandum,” said Sione Vea, State Secretary of Tonga, Govt. "
        "Cyber Security Commissioner."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


TONGA_SAMOA_AGRICULTURE = ActorSet(
    "t",
    (
        *TONGA_SAMOA.actors,
        Actor(
            "Tonga Ministry of Agriculture",
            "Tonga",
            ("Tonga ministry of agriculture, forestry and fisheries",),
        ),
    ),
)


def test_a_portfolio_alias_after_of_is_no_apposition_of_its_own():
    body = (
        "“It will take at least five years,” Sione Vea, a senior official of the Tonga ministry "
        "of agriculture, forestry and fisheries, said."
    )
    assert speakers_in_study(body, TONGA_SAMOA_AGRICULTURE) == ["Sione Vea"]


def test_a_name_then_a_body_and_its_role_before_the_verb():
    body = (
        "“Sailing matters,” Ana Taufa, Tonga Statistics Department national general manager said."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Ana Taufa"]


def test_a_request_made_by_someone_is_theirs():
    body = "The request was made by Sione Vea yesterday when the envoy paid him a call."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_glossed_bodies_joined_before_a_plural_verb_speak_unless_they_report_to_someone():
    body = (
        "Tonga Statistics Department (Tonga) and The Samoa Bureau of Statistics (Samoa) pledge "
        "support for the census. The Tonga Statistics Department (TSD) and the Samoa Bureau of "
        "Statistics (SBS) report to the ministry."
    )
    speakers = ["Tonga Statistics Department", "Samoa Bureau of Statistics", None]
    assert speakers_in_study(body, TONGA_SAMOA) == speakers


# --- round-398 constructions (rounds 397-398, read together) ------------------------------------


def test_a_title_with_its_portfolio_after_an_opening_phrase_names_the_subject():
    body = (
        "Speaking at the ceremony, the Minister for Statistics, Census and Data, Mrs Ana Taufa, "
        "said the census was a success.\n\nThe Deputy Director of Division of International "
        "Cooperation, TSD Mr Sione Vea, said cooperation was vital."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Ana Taufa", "Sione Vea"]


def test_a_state_after_according_to_the_minister_takes_no_title():
    body = (
        "Minister of Finance Sione Vea has expressed readiness to cooperate. According to the "
        "Minister, Tonga will ever remain grateful to Samoa. The Minister pledged full "
        "cooperation."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"] * 3


def test_making_it_abundantly_clear_is_saying_it():
    body = "The Tonga Statistics Department made it abundantly clear that the census will go ahead."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Tonga Statistics Department"]


# --- round-400 constructions (rounds 399-400, read together) ------------------------------------


def test_a_demonym_before_an_actor_the_study_names_with_its_title():
    study = ActorSet(
        "t",
        (
            *TONGA_SAMOA.actors,
            Actor(
                "Mele Fifita",
                "Tonga",
                ("Mele Fifita", "Director-General of Tonga Post, Mele Fifita"),
            ),
        ),
    )
    body = (
        "“So, I believe it shows,” Tongan Director-General of Tonga Post, Mele Fifita, said. "
        "“It shows the resilience of people.”"
    )
    assert speakers_in_study(body, study) == ["Mele Fifita"] * 2


def test_a_spokesperson_for_someone_speaks_for_them_across_a_coordinated_verb():
    body = (
        "A spokesperson for Statistics Minister Sione Vea refused to speculate on the talks, but "
        "said the Government supports the census."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_a_glossed_body_before_its_press_release_closing_the_sentence():
    body = (
        "The envoy conferred the medal on the pilots at a ceremony held at the museum, a Tonga "
        "Statistics Department (TSD) press release said."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Tonga Statistics Department"]


def test_according_to_someone_without_commas_before_the_clause_verb():
    body = (
        "Other collaborations according to Vea include business matchmaking and delegation "
        "exchanges, the Pacific Daily reported."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_both_countries_are_the_pair_the_paragraph_named_together_before_a_third_side():
    study = ActorSet(
        "t",
        (
            *TONGA_SAMOA.actors,
            Actor("Fiji", None, ("Fiji", "Suva")),
            Actor("Fiji Pulp", "Fiji", ("Fiji Pulp",)),
        ),
    )
    body = (
        "The dispute between Tonga and Samoa over two mills, one built by the Fijian company Fiji "
        "Pulp in Apia, is intensifying. Both countries say that they will take the matter to court."
    )
    assert speakers_in_study(body, study) == [None, "Tonga", "Samoa"]


def test_an_unnamed_representative_of_a_body_speaks_for_it_before_where_and_when():
    body = (
        "“I am confident that our cooperation will expand,” said a representative from the Tonga "
        "Statistics Department in Apia during the meeting with Vea."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Tonga Statistics Department"]


def test_a_name_of_an_initial_run_into_a_given_name_is_a_person_named_in_full():
    study = ActorSet("t", (*TONGA_SAMOA.actors, Actor("D.Fonua", None, ("D.Fonua", "Fonua"))))
    body = (
        "Sione Vea discussed cooperation with Head of the TSD D.Fonua.\n\n"
        "D.Fonua stated that most programmes miss the blind.\n\n"
        "“The embosser is essential,” she said."
    )
    assert speakers_in_study(body, study) == [None, "D.Fonua", "D.Fonua"]


def test_a_name_then_the_title_with_no_comma_before_the_verb():
    body = (
        "Sione Vea the Deputy Country Director of the Samoa Bureau of Statistics (SBS) said it "
        "was a promise that had to be delivered."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_a_passive_agent_named_after_a_long_glossed_title_and_before_where_and_when():
    body = (
        "The funding was announced by the Minister of State for the Ministry of Justice (Union "
        "and Environment), Sione Vea, during a press briefing at the State House in Apia on "
        "Friday."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_offering_a_window_into_the_past_is_no_offer_made_in_words():
    body = (
        "The Tonga Statistics Department boasts the finest archives in the Pacific and offers a "
        "window into the islands' past."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == [None]


def test_only_before_a_surname_is_no_given_name():
    body = "Only Vea said his department might not be able to wait for an answer."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_the_countrys_body_opening_the_clause_speaks_through_its_participle():
    body = (
        "Tonga is reviewing the case. Earlier this month, the country's Ministry of Justice "
        "upheld the order for him to step down, saying he violated the retirement laws."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == [None, "Ministry of Justice of Tonga"]


# --- round-404 constructions (rounds 403-404, read together) ------------------------------------


def test_a_who_clause_after_an_apposition_closing_on_a_portfolio_list():
    body = (
        "Also in attendance was Sione Vea, Tongan secretary for culture, tourism and external "
        "affairs, who said: “Statistics touch all our lives.”"
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_offering_a_batch_of_aid_materials_is_a_donation():
    body = "The Tonga Statistics Department has offered a batch of aid materials to the troupe."
    assert speakers_in_study(body, TONGA_SAMOA) == [None]


def test_sending_wishes_is_speech():
    body = (
        "“The show was a success,” said Vea. He also sent early wishes for Children's Day to the "
        "children on site."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea", "Sione Vea"]


# --- round-406 constructions (rounds 405-406, read together) ------------------------------------


def test_an_inverted_speaker_after_a_body_and_a_hyphened_role():
    body = (
        "Vea has also deputed local volunteers, said Tonga Statistics Department vice-president "
        "Sione Vea, adding that the agency would extend its cooperation."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_a_name_then_a_representative_of_a_body_before_the_verb():
    body = "Sione Vea, representative of the SBS said that this is not only a training project."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_a_place_based_adjective_opens_no_longer_name():
    study = ActorSet("t", (*TONGA_SAMOA.actors, Actor("UNESCO", None, ("UNESCO",))))
    body = "The Paris-based UNESCO announced in a statement that it has listed the dish."
    assert speakers_in_study(body, study) == ["UNESCO"]


def test_an_acronym_read_as_a_word_matches_with_one_capital():
    study = ActorSet("t", (*TONGA_SAMOA.actors, Actor("UNESCO", None, ("UNESCO",))))
    body = (
        'Announcing the nominations, Unesco said kava is a symbol of generosity. "Serving kava '
        'is an important aspect of hospitality."'
    )
    assert speakers_in_study(body, study) == ["UNESCO", "UNESCO"]


def test_an_inverted_speaker_before_whom_it_was_said_to():
    body = (
        "The association is calling on the Government to ban the import of seed into Tonga, at "
        "least until December 31, said Sione Vea to our radio station."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_only_an_acronym_with_a_vowel_gets_its_one_capital_form():
    assert alias_variants("ASEAN") == {"Asean"}
    assert alias_variants("DPRK") == set()  # spelt out, never written "Dprk"


# --- round-408 constructions (rounds 407-408, read together) ------------------------------------


def test_a_participle_whose_object_makes_it_a_deed():
    body = (
        "The Tonga Statistics Department welcomed guests on Friday for the census event, "
        "offering a vibrant window into the islands' past."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == [None]


def test_complimenting_someone_is_speech():
    body = (
        "Sione Vea spoke at the event. He complimented the Samoa Bureau of Statistics for "
        "undertaking a series of outreach events."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == [None, "Sione Vea"]


def test_an_embassy_counselor_set_off_before_the_name_is_a_title():
    body = (
        "The Economic Commercial Counselor of the Tonga Statistics Department, Sione Vea, "
        "welcomed and congratulated the participants."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_volunteers_in_a_list_go_on_with_no_complement():
    body = (
        "The Tonga team of 11 players consisting of diplomats, TSD officials and volunteers, and "
        "members of NGOs defeated the Samoan team."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == [None]


def test_the_consul_general_refers_back_to_the_consul_general_named():
    body = (
        "“This is welcoming,” said Sione Vea, Consul General of Tonga in Apia.\n\n"
        "“There is significance,” said the Consul General."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea", "Sione Vea"]


def test_a_name_set_off_after_a_title_that_opens_the_clause():
    body = "“We are pleased to present them today,” the Tongan ambassador, Sione Vea, said."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_a_states_consul_general_opening_the_clause_speaks_through_its_participle():
    body = (
        "Tonga's consul general, on the occasion, shared his appreciation for the event, saying: "
        "“These artists have received great love from Apia.”"
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Tonga"]


# --- round-410 constructions (rounds 409-410, read together) ------------------------------------


def test_the_speakers_own_country_in_a_colon_introduced_body_is_what_the_speaker_says():
    body = (
        "Sione Vea mentioned in his opening remarks:\n\nOver the last 25 years Tonga and Samoa "
        "have developed strong partnerships. Tonga is committed to building on these strong "
        "foundations."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"] * 3


def test_a_ceo_set_off_before_the_name_is_a_title():
    body = (
        "Acting CEO of the Tonga Statistics Department, Sione Vea, noted that the MoU serves as a "
        "model for cooperation."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


TONGA_WITH_A_MONTH_NAME = ActorSet(
    "t", (*TONGA_SAMOA.actors, Actor("Ana May", "Tonga", ("Ana May", "Prime Minister Ana May")))
)


def test_a_surname_that_is_a_month_speaks_outside_a_date():
    body = (
        "Tonga's Prime Minister Ana May visited Apia.\n\n“It is very significant,” May told "
        "lawmakers in Nuku'alofa. In May, the forms were printed."
    )
    assert speakers_in_study(body, TONGA_WITH_A_MONTH_NAME) == [None, "Ana May", None]


def test_a_participle_after_a_degree_word_is_an_adjective():
    body = "Sione Vea is one of the most renowned and appreciated statisticians in the Pacific."
    assert speakers_in_study(body, TONGA_SAMOA) == [None]


def test_being_called_the_title_in_quotation_marks_is_a_name_not_words():
    body = (
        "Vea, who is known for bringing the census to Samoa and thus called the “Father of "
        "Statistics in Samoa”, retired last year."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == [None]


def test_officials_with_a_body_speak_for_it_and_complaining_that_reports_words():
    body = (
        "Officials with the Tonga Statistics Department responded by complaining that the "
        "schedule was too short."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Tonga Statistics Department"]


def test_that_many_after_a_verb_counts_and_hoping_to_is_an_aim():
    body = "Vea painstakingly folded that many forms and more, hoping to finish by June."
    assert speakers_in_study(body, TONGA_SAMOA) == [None]


def test_writing_a_name_on_a_thing_is_no_statement():
    body = "Taufa signed the register, writing her name on one page and “Tonga” on the other."
    assert speakers_in_study(body, TONGA_SAMOA) == [None]


# --- round-412 constructions (rounds 411-412, read together) ------------------------------------


def test_a_name_before_its_consultant_apposition_speaks():
    body = (
        "“It extends a panorama of the census,” Sione Vea, the consultant for the exhibition said."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


TONGA_WITH_AN_EMBASSY = ActorSet(
    "t", (*TONGA_SAMOA.actors, Actor("Tonga Embassy in Apia", "Tonga", ("Tonga Embassy in Apia",)))
)


def test_the_country_of_a_placed_body_inside_an_inverted_title_is_no_speaker():
    body = (
        "“The show attracted the audience,” said Chief of Art and Culture Division of the Tonga "
        "Embassy in Apia, Samoa, Sione Vea to the radio here Sunday."
    )
    assert speakers_in_study(body, TONGA_WITH_AN_EMBASSY) == ["Sione Vea"]


def test_his_excellency_opens_an_inverted_title_before_the_name():
    body = (
        "“This is part of Tonga's assistance to the census,” said His Excellency and "
        "Plenipotentiary of the Kingdom of Tonga, Dr. Sione Vea."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_detailed_by_reports_words_and_a_details_label_introduces_none():
    body = (
        "The contribution was detailed by Minister for Statistics, Hon Sione Vea.\n\n"
        "Details: Tonga will send $15 million to the SBS.\n\n"
        "Tonga is also funding “critical preparedness efforts” in Samoa."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea", None, None]


def test_a_strangers_surname_closing_a_quotation_keeps_a_later_he_from_the_last_actor():
    body = (
        "Sione Vea visited the plant of Aad Verbakel, founder of VB Group.\n\n"
        "“We have signed a pre-contract,” said Verbakel.\n\n"
        "However, he noted that bank support is needed."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == [None, None, None]


def test_a_states_representatives_speak_for_it():
    body = "Samoan representatives emphasized the importance of sharing census data."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Samoa"]


def test_a_capitalised_our_inside_a_name_is_no_first_person():
    body = (
        "Sione Vea said, “We invest a lot in statistics.”\n\n"
        "Taufa has unveiled a five-year Our Census plan to count every household."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea", None]


# --- round-414 constructions (rounds 413-414, read together) ------------------------------------


def test_giving_words_of_thanks_is_speech_and_thanks_to_is_a_cause():
    body = (
        "As part of the commemoration, Ms. Ana Taufa, the party committee member, gave words of "
        "thanks. Tonga delivered the forms thanks to Samoa's support."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Ana Taufa", None]


def test_offering_a_manual_hands_a_thing_over():
    body = (
        "The TSD demonstrated how to count households and offered a manual edited by the TSD for "
        "Vea's reference."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == [None]


def test_a_lost_opening_mark_stood_at_the_paragraph_start_when_it_speaks_in_the_first_person():
    text = "With this census, we have 30 centres. More are coming. They serve farmers,” he added."
    assert [text[q.start : q.end] for q in find_quotes(text)] == [text[: text.index(" he")]]
    body = (
        "Sione Vea said, “This is a milestone.”\n\nWith this census, we now have 30 centres. "
        "More such centres are in the pipeline. They serve the farmers,” he added."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea", "Sione Vea"]


# --- round-416 constructions (rounds 415-416, read together) ------------------------------------


def test_an_actor_after_a_short_description_closing_an_inverted_quotation_speaks():
    body = (
        "“Chess is a communication tool,” said Samoan-born Tongan chess player Sione Vea, just "
        "ahead of the match."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_informed_of_this_by_names_its_source():
    body = "The radio was informed of this by the Tonga Statistics Department."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Tonga Statistics Department"]


def test_the_speaker_after_an_opening_quotation_goes_on_in_a_coordinated_verb():
    body = (
        "“We wish to warn the public” Minister Sione Vea shared with the delegation and added "
        "that this coincides with the census."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


TONGA_WITH_A_SECRETARY = ActorSet(
    "t",
    (
        *(a for a in TONGA_SAMOA.actors if a.name != "Sione Vea"),
        Actor("Sione Vea", "Tonga", ("Sione Vea", "permanent secretary Sione Vea")),
    ),
)


def test_a_ministry_then_its_titled_officer_after_an_inverted_verb_is_the_officer():
    body = "“This is a great advantage,” said ministry of justice permanent secretary Sione Vea."
    assert speakers_in_study(body, TONGA_WITH_A_SECRETARY) == ["Sione Vea"]


def test_a_title_portfolio_may_join_its_parts_with_from():
    body = (
        "Director of Animal Health from the Director General of Husbandry and Health of the "
        "Ministry of Justice, Sione Vea, said that the partnership has supported Tonga."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_a_closing_mark_opening_a_paragraph_opens_its_quotation():
    body = (
        "”Tonga eliminated this disease in the 1960s. The TSD takes pride in the project. It is "
        "important,” said Sione Vea."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_calling_a_longer_object_a_threat_is_a_verdict():
    body = (
        "Samoan officials have also called the continued presence of the strain a threat to "
        "human health because it has become virulent."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Samoa"]


def test_a_lowercase_title_with_its_of_after_an_inverted_name_is_remembered():
    body = (
        "“It matters to my country,” said Sione Vea, ambassador of Tonga to Samoa.\n\n"
        "“Samoa is our oldest partner,” the ambassador added."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea", "Sione Vea"]


def test_went_to_say_without_its_on_goes_on_to_say():
    body = "Ana Taufa spoke. She further went to say this will be the beginning of friendship."
    assert speakers_in_study(body, TONGA_SAMOA) == [None, "Ana Taufa"]


# --- round-418 constructions (rounds 417-418, read together) ------------------------------------


def test_a_person_in_capitals_before_a_colon_is_a_transcript_turn_and_a_capital_city_a_dateline():
    body = (
        "SIONE VEA: They told us it is for fishermen. But I said yeah, that is for fishermen.\n\n"
        "NUKU'ALOFA: Samoa's minister Malia Tuilagi said the forms were printed."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea", "Sione Vea", "Malia Tuilagi"]


# --- round-420 constructions (rounds 419-420, read together) ------------------------------------


def test_a_state_closing_a_firms_name_is_not_its_officers_side():
    body = (
        "The machine was handed over by Fujifilm Tonga Vice President Takashi Miyako. "
        "“We value the trust given to us,” Fujifilm’s Miyako said."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == [None, None]


def test_has_this_to_say_before_a_colon_introduces_the_quotation():
    body = (
        "Sione Vea of the statistics department has this to say:\n\n"
        "“This exhibition signifies the bond of Tonga and Samoa. I do hope it will last.”"
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea", "Sione Vea"]


def test_an_uncued_quotation_after_the_sentence_introducing_a_person_is_theirs():
    body = (
        "Sione Vea makes traditional ceramics. “Tonga is one of the oldest centres of pottery. "
        "These traditions reach back to the 12th century.”"
    )
    assert speakers_in_study(body, TONGA_SAMOA) == [None, "Sione Vea"]


def test_in_his_speech_then_a_titled_anaphor_speaks_whatever_the_verb():
    body = (
        "Tonga's ambassador Sione Vea hosted the reception.\n\n"
        "In his speech on the occasion, the Ambassador reviewed the long relations between "
        "Tonga and Samoa."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == [None, "Sione Vea"]


def test_the_statement_whose_issuer_was_named_is_the_issuers():
    body = (
        "“We can work together,” said Sione Vea, quoted in a statement from the Ministry of "
        "Justice.\n\n"
        "According to the statement, Tonga will invest $18 million this year in Samoa."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea", "Ministry of Justice of Tonga"]


def test_the_government_after_a_state_spoke_is_that_state_not_the_one_opening_the_sentence():
    body = (
        "Samoa residents who have the disease would be best treated at home, the Tongan "
        "government says. The government on Friday announced further funds to help Samoa."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Tonga", "Tonga"]


# --- round-422 constructions (rounds 421-422, read together) ------------------------------------


def test_a_title_in_its_own_commas_after_the_subject_leaves_the_subject_speaking():
    body = "Dr Sione Vea, secretary, TSD, said the government was considering a new survey."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_he_after_a_sentence_whose_opening_clause_names_a_state_first_is_the_person_after_it():
    body = (
        "Though Samoa has already achieved the target, statistician Sione Vea thinks the country "
        "needs a further push.\n\n"
        "He said Tonga is going to help Samoa reach zero."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == [None, "Sione Vea"]


def test_an_uncued_quotation_after_an_opening_phrase_and_the_person_is_theirs():
    body = (
        "Finally, Sione Vea broke the silence. “Hey, they just called and they are only a few "
        "blocks away. Why don't we wait downstairs?”"
    )
    assert speakers_in_study(body, TONGA_SAMOA) == [None, "Sione Vea"]


def test_a_first_conjunct_with_its_place_set_off_in_commas_speaks_with_the_second():
    body = (
        "A warning system will be built in Samoa, the Tonga Statistics Department in Kolovai, "
        "Tongatapu province, and the Samoa Bureau of Statistics announced on Tuesday."
    )
    speakers = speakers_in_study(body, TONGA_SAMOA)
    assert sorted(speakers) == ["Samoa Bureau of Statistics", "Tonga Statistics Department"]


# --- round-424 constructions (rounds 423-424, read together) ------------------------------------


def test_an_inverted_title_past_its_qualifier_with_a_unit_of_its_body_names_the_person():
    body = (
        "“I am very proud of our role,” said Assistant Director of the Tonga Statistics "
        "Department Office of Law Enforcement, Sione Vea."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_welcoming_a_counted_arrival_is_no_statement():
    body = "Tonga welcomes dozens of specially reared mountain frogs."
    assert speakers_in_study(body, TONGA_SAMOA) == [None]


def test_a_factsheet_released_by_a_body_speaks_for_it():
    body = (
        "“Air pollution is a growing threat,” said a factsheet released by the Ministry of Justice."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Ministry of Justice of Tonga"]


def test_sharing_the_update_in_an_interview_reports_words():
    body = "Sione Vea, Minister of Justice, shared the update in an interview with a radio station."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


# --- round-426 constructions (rounds 425-426, read together) ------------------------------------


def test_a_deputy_title_set_off_before_the_name_is_remembered_for_the_anaphor():
    body = (
        "The Deputy Minister, Sione Vea, who made the appeal, said the project was a priority.\n\n"
        "The deputy minister said bamboo was the largest forest product of Tonga."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea", "Sione Vea"]


def test_the_government_of_an_article_datelined_in_a_state_is_that_states():
    body = (
        "Apia [Samoa], January 18 : The cabinet approved a pact with Tonga on medicines.\n\n"
        "The pact covers trade in medical products.\n\n"
        "“The pact with Tonga will help exports,” the government said."
    )
    title = "Cabinet approves pact with Tonga"  # the headline names Tonga first
    assert speakers_in_study(body, TONGA_SAMOA, title=title) == [None, None, None, "Samoa"]


def test_the_statement_a_speaker_was_cited_from_is_that_speakers():
    body = (
        "“The pact would help exports,” according to an official statement.\n\n"
        "The cabinet also approved a second pact.\n\n"
        "The pact will start next year, the statement said."
    )
    title = "Tonga cabinet approves pact"
    assert speakers_in_study(body, TONGA_SAMOA, title=title) == [None, "Tonga", None, "Tonga"]


def test_who_said_after_a_title_whose_of_phrase_describes_the_body_is_the_person():
    body = "This was echoed by Sione Vea, head of host agency TSD, who said: “We send a message.”"
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_a_capitalised_word_after_a_name_a_preposition_governs_is_no_verb():
    body = "The team will travel to Samoa for the 2024 edition of the TSD Challenge."
    assert speakers_in_study(body, TONGA_SAMOA) == [None]


# --- round-428 constructions (rounds 427-428, read together) ------------------------------------


def test_told_never_inverts_so_its_object_is_the_listener():
    body = (
        "“It was only through the President of Samoa,” Vea, who rebuilt the zoo after it was "
        "flooded in August 2002, told the Radio Apia."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_a_bracketed_interview_label_names_the_speaker_of_the_quotation_after_it():
    body = (
        "[Interview : Sione Vea, Tonga Minister of Energy] “We thank the Samoan government for "
        "the help. It matters to the village.”"
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_a_passive_agent_may_follow_a_capitalised_title_joined_by_of():
    body = (
        "The importance of this occasion was stressed by the Head of Archive Department Sione Vea."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


# --- round-430 constructions (rounds 429-430, read together) ------------------------------------


def test_a_speech_verb_joined_by_and_to_the_clauses_first_verb_shares_its_subject():
    body = (
        "Prior to the meeting, Tonga's Minister Sione Vea met with Samoa's minister Malia "
        "Tuilagi and urged Samoa to promote food safety."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_a_hyphenated_name_the_study_does_not_know_is_a_stranger_speaking():
    body = (
        "“Racing matters to us,” said Sione Vea.\n\n"
        "“This race was very important for both societies,” Sheikh Mohammed Abudel Al-Walidi "
        "told YNet."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea", None]


# --- round-432 constructions (rounds 431-432, read together) ------------------------------------


def test_a_representatives_title_set_off_before_the_name_leaves_the_person_speaking():
    resident = "The Resident Representative of the SBS in Tonga, Sione Vea, said it was useful."
    assert speakers_in_study(resident, TONGA_SAMOA) == ["Sione Vea"]
    plain = "The representative of TSD, Mr Sione Vea, said the survey was useful."
    assert speakers_in_study(plain, TONGA_SAMOA) == ["Sione Vea"]


def test_a_passive_agent_may_close_a_lowercase_role_of_a_named_body():
    body = (
        "This was reported by the deputy head of the Tonga Statistics Department Sione Vea in "
        "his speech at the conference."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_unnamed_sources_only_relay_what_a_known_actor_said():
    body = "Sources said the Samoan side said it would work with Tonga on the census."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Samoa"]


def test_a_partner_named_after_with_in_the_headline_is_not_the_home_state():
    study = ActorSet(
        "t",
        (
            *TONGA_SAMOA.actors,
            Actor("Tonga Ministry of Health", "Tonga", ("Tonga Ministry of Health",)),
            Actor("Samoa Ministry of Health", "Samoa", ("Samoa Ministry of Health",)),
        ),
    )
    body = (
        "Tonga has signed an agreement with Samoa on blood disorders. According to the "
        "Ministry of Health, the agreement focuses on patients in Tonga."
    )
    title = "Agreement signed with Samoa"
    speakers = speakers_in_study(body, study, title=title)
    assert speakers == [None, None, "Tonga Ministry of Health"]


# --- round-434 constructions (rounds 433-434, read together) ------------------------------------


def test_a_list_subject_may_hold_titles_before_its_later_names():
    body = (
        "Prime Minister Sione Vea, his Samoan counterpart Leota Aliielua and NRL rugby league "
        "boss Ana Taufa announced the agreement on Thursday."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea", "Leota Aliielua", "Ana Taufa"]


def test_the_speaker_named_last_is_the_one_a_later_he_means():
    body = (
        "Sione Vea, Leota Aliielua and Ana Taufa announced the deal, with Mr Vea declaring it a "
        "great day. “Rugby is the national sport,” he said."
    )
    speakers = speakers_in_study(body, TONGA_SAMOA)
    assert speakers[-1] == "Sione Vea"


def test_a_member_whose_name_ends_in_investigations_is_a_body_not_a_person():
    study = ActorSet(
        "t",
        (
            *TONGA_SAMOA.actors,
            Actor("Apia Homeland Investigations", "Samoa", ("Apia Homeland Investigations",)),
        ),
    )
    body = (
        "Foreign Ministry spokesman Sione Vea said the case had ended. The Apia Homeland "
        "Investigations had assisted the Tongan government to retrieve the artefacts, he said."
    )
    assert speakers_in_study(body, study) == ["Sione Vea", "Sione Vea"]


def test_a_role_named_before_speaks_after_an_opening_phrase_without_a_comma():
    body = (
        "At the reception, Ambassador Sione Vea praised the team. But at the same time the "
        "Ambassador advised the children to act as little ambassadors."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea", "Sione Vea"]


# --- round-436 constructions (rounds 435-436, read together) ------------------------------------


def test_a_participle_phrase_set_off_before_the_verb_leaves_the_subject_before_its_comma():
    remarks = (
        "TSD Director, Sione Vea, delivering remarks at the ceremony said: “I am grateful to "
        "Samoa.”"
    )
    assert speakers_in_study(remarks, TONGA_SAMOA) == ["Sione Vea"]
    items = "Mr Sione Vea, TSD Resident Representative, presenting the items said Tonga would help."
    assert speakers_in_study(items, TONGA_SAMOA) == ["Sione Vea"]


def test_a_participle_phrase_holding_a_clause_is_no_aside():
    body = (
        "The census will start in Apia, he said, adding that several meetings will follow to "
        "arrange details."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == [None]


def test_a_person_whose_title_closes_on_a_body_the_study_does_not_name_speaks():
    body = (
        "“This network would help us,” Dr Sione Vea, head of the national meteorological "
        "department said on Thursday."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_an_actor_whose_of_phrase_closes_on_an_unknown_place_speaks():
    body = "Sione Vea of the northwestern province of Vava'u said that the shows would go on."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


# --- round-438 constructions (rounds 437-438, read together) ------------------------------------


def test_what_an_emphasised_that_clause_says_after_an_opening_phrase_is_the_speakers():
    body = (
        "Sione Vea said the census was vital. He emphasised that by prioritising the census, the "
        "TSD advocates for better planning."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea", "Sione Vea"]


def test_an_apposition_naming_a_body_after_a_place_is_no_office_of_that_place():
    body = (
        "Kebede Kassa, an employee in the Apia City Administration, told reporters that he "
        "enjoyed the show."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == [None]


def test_a_bodys_gloss_may_stand_between_it_and_its_named_officer_after_an_inverted_verb():
    body = "“The visit helped,” said the Tonga Statistics Department (TSD) chairman Sione Vea."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


# --- round-440 constructions (rounds 439-440, read together) ------------------------------------


def test_a_bodys_resident_representative_in_a_place_is_its_named_voice():
    study = ActorSet(
        "t",
        (
            *TONGA_SAMOA.actors,
            Actor("Pacific Development Programme", None, ("Pacific Development Programme", "PDP")),
            Actor("Auke Lootsma", "Pacific Development Programme", ("Auke Lootsma",)),
        ),
    )
    body = (
        "“Clean water is the pressing challenge,” says PDP Resident Representative in Fiji Auke "
        "Lootsma, speaking at the inauguration ceremony."
    )
    assert speakers_in_study(body, study) == ["Auke Lootsma"]


# --- round-442 constructions (rounds 441-442, read together) ------------------------------------


def test_a_dash_before_an_inverted_verb_closes_a_dash_framed_quotation():
    body = "They also told us that there will be no anthem if our competitor wins gold - said Vea."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_a_spokesperson_named_before_the_bodys_spokesperson_title_speaks():
    body = "“More centres will open next year,” Sione Vea, TSD spokesperson said."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]
    unnamed = "“More centres will open next year,” the TSD spokesperson said."
    assert speakers_in_study(unnamed, TONGA_SAMOA) == ["Tonga Statistics Department"]


# --- round-444 constructions (rounds 443-444, read together) ------------------------------------


def test_a_headlines_capitalised_preposition_ends_the_title_words_before_a_name():
    # not "Samoa", whom "Ministry Collaborating With" does not title
    title = "Tonga: Ministry Collaborating With Samoa to Count Households"
    body = "The Ministry disclosed that the count was complete."
    speakers = speakers_in_study(body, TONGA_SAMOA, title=title)
    assert speakers == [None, "Ministry of Justice of Tonga"]


def test_a_named_person_with_a_role_at_an_unnamed_body_speaks_without_a_closing_comma():
    body = "Sione Vea, Communication Director with the Ministry told reporters that it works."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]
    lower = "Sione Vea, a director with the ministry told reporters that it works."
    assert speakers_in_study(lower, TONGA_SAMOA) == ["Sione Vea"]


def test_so_said_opens_an_inverted_source():
    body = "So said Sione Vea, deputy director of the TSD, at the opening ceremony on Nov 7."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_the_envoy_refers_back_to_the_ambassador_when_no_one_was_called_envoy():
    body = (
        "Ambassador Sione Vea emphasised the long history of ties. The envoy went on to "
        "highlight the partnership in trade and culture."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea", "Sione Vea"]


def test_a_charge_daffaires_named_in_apposition_after_an_opening_and_speaks():
    body = "And the Tongan Charge D’affairs, Sione Vea, noted that the project aimed at screening."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]
    ambassador = "And the Tongan ambassador, Sione Vea, noted that the project aimed at screening."
    assert speakers_in_study(ambassador, TONGA_SAMOA) == ["Sione Vea"]


def test_sharing_the_news_that_reports_words_but_a_news_conference_is_an_event():
    body = "Sione Vea shared the news that Tonga will receive six million dollars."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]
    event = "Sione Vea gave a news conference on Monday."
    assert speakers_in_study(event, TONGA_SAMOA) == [None]


# --- round-446 constructions (rounds 445-446, read together) ------------------------------------


def test_a_verb_coordinated_after_an_inverted_speaker_is_that_speakers():
    body = "Tonga and Samoa have close relations, said Vea, but added that more can be done."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_the_speaker_of_a_parliament_is_an_apposition_role():
    body = "Speaker of the Tongan Parliament, Sione Vea, said that the hospital is a gift."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_according_to_an_envoy_posted_to_a_state_cites_the_named_envoy():
    body = (
        "According to the Tongan Ambassador for Samoa Sione Vea, the event answered Samoa’s "
        "enthusiasm for culture."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]
    bare = "According to Tongan Ambassador Sione Vea, the event answered Samoa’s enthusiasm."
    assert speakers_in_study(bare, TONGA_SAMOA) == ["Sione Vea"]


def test_bare_words_opening_a_sentence_title_the_name_before_said_and_a_quotation():
    body = "Tongan swim team head coach Ana Taufa said, “We are open to the world.”"
    assert speakers_in_study(body, TONGA_SAMOA) == ["Ana Taufa"]


def test_according_to_a_bare_title_set_off_before_a_name_cites_the_name():
    body = "According to team leader, Ana Taufa, relations between the federations remain close."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Ana Taufa"]


def test_letters_of_agreement_exchanged_are_an_instrument_not_words():
    body = "Tonga and Samoa today exchanged letters of agreement on funding for sports facilities."
    assert speakers_in_study(body, TONGA_SAMOA) == [None]
    letter = "Tonga sent a letter to Samoa on the funding."
    assert speakers_in_study(letter, TONGA_SAMOA) == ["Tonga"]


# --- round-448 constructions (rounds 447-448, read together) ------------------------------------


def test_a_closing_role_anaphor_may_be_followed_by_a_phrase_of_when():
    body = (
        "Ambassador Sione Vea visited the SBS. “Tongan expertise has proved useful,” said the "
        "ambassador during the visit."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == [None, "Sione Vea"]


def test_a_two_letter_initial_of_a_cyrillic_name_ends_no_sentence():
    study = ActorSet("t", (*TONGA_SAMOA.actors, Actor("Ts. Khulan", "Samoa", ("Ts. Khulan",))))
    body = "Ts. Khulan, an officer at the embassy, added, “The meeting was exciting.”"
    assert speakers_in_study(body, study) == ["Ts. Khulan"]


def test_a_bodys_representative_set_off_before_a_name_is_that_person():
    body = "TSD Samoa Representative, Ana Taufa, expressed gratitude to Samoa for the funding."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Ana Taufa"]
    inverted = (
        "The donation is part of the global response, says TSD deputy representative in Samoa, "
        "Ana Taufa, on Tuesday."
    )
    assert speakers_in_study(inverted, TONGA_SAMOA) == ["Ana Taufa"]


def test_a_dash_quotation_closed_by_a_dash_and_its_speaker_is_the_speakers_throughout():
    body = (
        "– The Samoan team is one of the strongest in the region. The memorandum opens up new "
        "opportunities for our federations, – said Sione Vea."
    )
    # one quotation, both sentences of it
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_a_verb_coordinated_after_a_named_subjects_verb_shares_that_subject():
    body = (
        "The head of the archive, Sione Vea, was very pleased, thanked for all the support Samoa "
        "provided and said, “Because of the embassy, we have the right technology.”"
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


# --- round-450 constructions (rounds 449-450, read together) ------------------------------------


def test_a_name_apposed_to_a_capitalised_title_after_an_opening_phrase_speaks():
    body = (
        "Congratulating Samoa on the launch, Ministry of Justice Assistant Director "
        "Observations, Sione Vea, said the new satellite is the first of a new generation."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_responding_by_expressing_gratitude_is_speech_but_by_announcing_sanctions_is_not():
    body = "Sione Vea responded by expressing his gratitude to all the stakeholders."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]
    act = "Sione Vea responded by announcing sanctions."
    assert speakers_in_study(act, TONGA_SAMOA) == [None]


def test_a_person_named_after_a_bodys_representative_is_the_later_he():
    body = (
        "A representative of the Tonga Statistics Department (TSD), Mr. Sione Vea, gave a talk "
        "on Friday. Many handicrafts appeal to visitors, he said."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == [None, "Sione Vea"]


def test_quoted_as_saying_after_a_short_title_quotes_the_named_person():
    body = "A report quoted Tonga’s Health minister Sione Vea as saying the virus came from dogs."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


# --- round-452 constructions (rounds 451-452, read together) ------------------------------------


def test_according_to_a_bodys_web_site_cites_the_body():
    body = "Tonga will count households, according to the Samoa Bureau of Statistics' Web site."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Samoa Bureau of Statistics"]


def test_a_name_before_an_open_apposition_of_the_body_and_its_role_speaks():
    body = "“The news is good,” Sione Vea, the TSD director-general stated in a release."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_appending_signatures_is_no_speech():
    body = "The MoU runs from the date Tonga and Samoa appended their signatures."
    assert speakers_in_study(body, TONGA_SAMOA) == [None]


# --- round-454 constructions (rounds 453-454, read together) ------------------------------------


def test_a_single_opening_mark_closed_by_a_double_one_before_the_cue_is_a_quotation():
    body = (
        "‘[T]he agreement which our two countries have signed will be crucial,” said Sione Vea "
        "during a banquet held in Samoa’s honor."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_a_title_with_of_after_a_quotation_leads_to_the_name_before_a_stray_comma():
    body = "“My country needs Samoa’s help,” Tonga’s Minister of Health Sione Vea, told the media."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_registering_ones_thanks_to_someone_is_a_message_but_thanks_to_is_a_cause():
    body = "Vea registered his thanks to the government of Samoa for the gesture."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]
    cause = "Vea delivered vaccines thanks to the government of Samoa."
    assert speakers_in_study(cause, TONGA_SAMOA) == [None]


# --- round-456 constructions (rounds 455-456, read together) ------------------------------------


def test_according_to_a_possessed_role_set_off_before_a_closing_name_cites_the_name():
    body = "The academy has trained 5,000 people, according to its chairman, Sione Vea."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_a_speech_verb_pointing_back_with_this_closes_the_quotation_before_it():
    body = (
        "“It is a great pleasure to close the tournament. Let the battles be confined to the "
        "chessboard.” Sione Vea said this, addressing the entrants of the tournament."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea", "Sione Vea"]


def test_a_bodys_statement_named_by_its_noun_alone_is_the_home_bodys():
    cited = "Tonga will count its households, according to a ministry statement."
    assert speakers_in_study(cited, TONGA_SAMOA) == ["Ministry of Justice of Tonga"]
    subject = "A ministry statement said Tonga will count its households."
    assert speakers_in_study(subject, TONGA_SAMOA) == ["Ministry of Justice of Tonga"]


# --- round-459 constructions (rounds 457-459, read together) ------------------------------------


def test_a_bodys_glossed_name_opening_an_officers_title_leaves_the_officer_for_he():
    body = (
        "Addressing the meeting, Tonga Statistics Department (TSD) Director Dr Sione Vea gave an "
        "overview of the census. Households have doubled since 2016, he said."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == [None, "Sione Vea"]


def test_a_bare_title_after_a_demonym_opening_the_main_clause_refers_back():
    body = (
        "Tongan President Sione Vea visited the pavilion of Samoa. Addressing the ceremony, "
        "Tongan president noted that the two countries have long ties."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == [None, "Sione Vea"]


def test_the_head_of_state_refers_back_to_the_president():
    body = (
        "The President Sione Vea attended the opening of the census. The head of state stressed "
        "that every household will be counted."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == [None, "Sione Vea"]


def test_making_a_proposal_or_a_pledge_is_speech_but_making_a_visit_is_not():
    proposal = "Sione Vea made a proposal for a joint census office in Apia."
    assert speakers_in_study(proposal, TONGA_SAMOA) == ["Sione Vea"]
    pledge = "Tonga has also made a pledge at the meeting not to cut its census budget."
    assert speakers_in_study(pledge, TONGA_SAMOA) == ["Tonga"]
    visit = "Sione Vea made a two-day visit to Samoa."
    assert speakers_in_study(visit, TONGA_SAMOA) == [None]


def test_a_headlines_second_verb_reporting_an_agreement_reached_is_a_deed():
    title = "Sione Vea meets Samoan leaders, agrees on big steps for the census"
    assert speakers_in_study("Vea met them.", TONGA_SAMOA, title=title) == [None, None]
    said = "Sione Vea meets Samoan leaders, agrees that the census must grow"
    assert speakers_in_study("Vea met them.", TONGA_SAMOA, title=said)[0] == "Sione Vea"


# --- round-461 constructions (rounds 460-461, read together) ------------------------------------


def test_a_member_of_an_unlisted_unit_of_a_body_before_a_stray_comma_speaks():
    body = "“The first station opened in 2013,” Sione Vea of the TSD Public Information Unit, said."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_a_possessed_deputy_mayor_set_off_by_commas_before_the_name_speaks():
    body = "The City of Nuku'alofa’s Deputy Mayor, Sione Vea, says the census went well."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


# --- round-463 constructions (rounds 462-463, read together) ------------------------------------


def test_a_place_label_before_a_sentence_with_its_own_speaker_is_a_dateline():
    body = (
        "Sione Vea said Tonga had no role in the visas.\n\n"
        "Apia: Sports minister Leota Aliielua on Monday clarified that Samoa had no role."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea", "Leota Aliielua"]


def test_read_the_statement_closing_a_sentence_is_the_issuers_document():
    body = (
        "According to a press release received from the Samoa Bureau of Statistics, the census "
        "starts in May. The census will count every household, read the release."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Samoa Bureau of Statistics"] * 2


def test_being_quick_to_add_is_adding():
    body = "Sione Vea said the census starts in May. He was quick to add that Samoa would help."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea", "Sione Vea"]
    deed = "Tonga was quick to build a census office."
    assert speakers_in_study(deed, TONGA_SAMOA) == [None]


def test_according_to_a_states_envoy_set_off_before_the_name_cites_the_name():
    body = "The census shows strong ties, according to Samoan ambassador, Leota Aliielua."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Leota Aliielua"]


# --- round-465 constructions (rounds 464-465, read together) ------------------------------------


def test_a_hyphened_title_owned_by_a_body_set_off_before_the_name_after_a_quotation():
    body = (
        "TSD “must adapt to the changes of the last 60 years,” the department's "
        "Director-General, Sione Vea, told participants."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_the_title_a_person_was_named_with_refers_back_to_them():
    body = (
        "Deputy Prime Minister Sir Sione Vea said that he was happy. Vea noted that it was a "
        "comfort. “When we count, we plan,” the Deputy Prime Minister said."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"] * 3


# --- round-467 constructions (rounds 466-467, read together) ------------------------------------


def test_a_name_set_off_before_a_lower_case_role_left_open_speaks():
    body = "Sione Vea, international census minister said: “Counting every household matters.”"
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_a_relative_clause_closed_by_its_comma_alone_leaves_its_antecedent_the_speaker():
    body = "Census Minister Sione Vea who was the chief guest of the event, said that it went well."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_the_consul_general_after_a_quotation_refers_back_to_the_titled_consul_general():
    body = (
        "Consul General Sione Vea hosted the students. “Welcome,” said Vea. “It was a wonderful "
        "trip,” the Consul General told his guests."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == [None, "Sione Vea", "Sione Vea"]


# --- round-472 constructions (rounds 468-472, read together) ------------------------------------

TONGA_SAMOA_BODIES = ActorSet(
    "t",
    (
        *TONGA_SAMOA.actors,
        Actor("Inter-Services Public Relations", "Tonga", ("Inter-Services Public Relations",)),
        Actor("Pacific Census Watch", None, ("Pacific Census Watch",)),
    ),
)


def test_a_public_relations_office_is_a_body_that_it_refers_back_to():
    body = (
        "Inter-Services Public Relations said the census starts in May. "
        "It mentioned that Samoa would send observers."
    )
    assert speakers_in_study(body, TONGA_SAMOA_BODIES) == ["Inter-Services Public Relations"] * 2


def test_a_proper_name_the_gazetteer_does_not_know_as_a_state_is_an_organisation():
    body = (
        "Pacific Census Watch welcomed the census. Despite the delays, the organisation insists "
        "that counting is on schedule."
    )
    assert speakers_in_study(body, TONGA_SAMOA_BODIES) == ["Pacific Census Watch"] * 2


def test_a_quoted_description_of_someone_is_the_words_of_the_source_after_it():
    body = "Vea had “a genuine personal interest in counting every household,” Aliielua said."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Leota Aliielua"]


def test_reads_the_statement_of_the_department_is_the_departments_statement():
    body = (
        "The Tonga Statistics Department reported that the census starts in May. The census "
        "will count every household, reads the statement of the department."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Tonga Statistics Department"] * 2


# --- round-474 constructions (rounds 473-474, read together) ------------------------------------


def test_as_per_a_persons_statement_cites_the_person():
    body = "As per Sione Vea's recent statement, the census starts in May."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]
    rules = "As per Vea's rules, every household is counted."
    assert speakers_in_study(rules, TONGA_SAMOA) == [None]


def test_a_clause_of_be_then_a_colon_and_a_quotation_gives_the_quotation_to_its_subject():
    body = (
        "Leota Aliielua, the Samoan ambassador, was also part of the welcoming committee: "
        "“We are very grateful for the hard work of the census team.”"
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Leota Aliielua"]
    listing = "The census form has three parts: “household, income and housing”."
    assert speakers_in_study(listing, TONGA_SAMOA) == [None]


# --- round-476 constructions (rounds 475-476 and round 468's, read together) --------------------


def test_a_body_named_office_of_a_place_before_a_name_is_the_title_not_the_speaker():
    study = ActorSet(
        "t", (*TONGA_SAMOA.actors, Actor("Census Office of Tonga", "Tonga", ("Census Office",)))
    )
    body = "The director of the Census Office of Tonga Sione Vea said the census starts in May."
    assert speakers_in_study(body, study) == ["Sione Vea"]


def test_an_inverted_source_titled_before_and_glossed_after_with_a_short_form():
    body = (
        "“The signing has solidified our commitment,” said Major General Sione Vea, director "
        "general of the Tonga Statistics Department (TSD)."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_according_to_a_spokesperson_for_a_body_set_off_before_their_name_cites_the_name():
    body = (
        "According to a spokesperson for the Samoa Bureau of Statistics, Malia Tuilagi, the "
        "census starts in May."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Malia Tuilagi"]
    voice = "According to a spokesperson for the Samoa Bureau of Statistics, the census starts."
    assert speakers_in_study(voice, TONGA_SAMOA) == ["Samoa Bureau of Statistics"]


# --- round-478 constructions (rounds 477-478, read together) ------------------------------------


def test_a_name_set_off_before_a_role_of_a_demonyms_unnamed_body_speaks():
    body = (
        "Samoa will send observers to the census, Malia Tuilagi, political counselor of the "
        "Samoan embassy said on Tuesday."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Malia Tuilagi"]


# --- round-480 constructions (rounds 479-480, read together) ------------------------------------


def test_a_name_then_a_bare_title_then_a_bodys_short_form_left_open_speaks():
    body = "Sione Vea, Chairperson, TSD called for closer census ties with Samoa."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_the_partner_named_in_a_meeting_with_phrase_is_not_the_subject():
    body = (
        "Sione Vea in a meeting with Samoan Statistics Chief Malia Tuilagi called for closer "
        "census ties."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


# --- round-482 constructions (rounds 481-482, read together) ------------------------------------


def test_a_name_then_a_lower_case_title_then_a_bodys_short_form_set_off_speaks():
    body = (
        "Sione Vea, regional census manager of Oceania and Western Pacific, TSD, said the census "
        "starts in May."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]
    spokeswoman = "Malia Tuilagi, a spokeswoman for the TSD, said the census starts in May."
    assert speakers_in_study(spokeswoman, TONGA_SAMOA) == ["Malia Tuilagi"]


# --- round-486 constructions (rounds 483-486, read together) ------------------------------------


def test_a_bodys_short_form_set_off_after_an_inverted_sources_title_closes_it():
    body = (
        "“The report is of exceptional value for us”, comments Sione Vea, Director of the Tonga "
        "Statistics Department, TSD."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_a_label_line_naming_someones_speech_gives_them_the_speech_after_it():
    article = [
        "Tonga's Census Minister Sione Vea’s Opening Speech",
        "It is a great honour for us to host the census conference. Counting matters.",
    ]
    assert speakers_in_study("\n\n".join(article), TONGA_SAMOA) == [None, "Sione Vea", "Sione Vea"]
    quoting = "Ana Taufa praised the plan, quoting Sione Vea’s speech. Counting matters."
    assert speakers_in_study(quoting, TONGA_SAMOA) == ["Ana Taufa", None]


# --- round-488 constructions (rounds 487-488, read together) ------------------------------------


def test_likewise_between_a_titled_subject_and_its_speech_verb_is_skipped():
    body = (
        "TSD Director Sione Vea likewise highlighted the cost of the census: “We are counting "
        "every island.”"
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_a_place_word_between_an_inverted_title_and_the_name_is_part_of_the_title():
    body = "The count starts in May, remarked TSD’s Head of Office, Vavau Dr Sione Vea."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]
    rank = "The count starts in May, said the Head of Delegation, Ambassador Malia Tuilagi."
    assert speakers_in_study(rank, TONGA_SAMOA) == ["Malia Tuilagi"]


def test_a_relative_clause_right_after_an_inverted_titled_name_closes_the_speaker():
    body = (
        '"The census is ready," said Under Secretary of Finance for Statistics, Surveys, and '
        'Records Sione Vea who signed the agreement today. "Counting starts in May."'
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea", "Sione Vea"]


# --- round-490 constructions (rounds 489-490, read together) ------------------------------------


def test_a_press_occasion_may_stand_between_a_passive_speech_verb_and_its_agent():
    body = "The census plan was announced at the joint news conference by Sione Vea."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_this_was_said_by_gives_its_agent_the_narration_right_before_it():
    body = "Tonga will count every island in May. This was announced by TSD Director Sione Vea."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea", "Sione Vea"]
    # another paragraph, or an "It" that need not point back, leaves the narration alone
    apart = "Tonga will count every island in May.\n\nThis was announced by Sione Vea."
    assert speakers_in_study(apart, TONGA_SAMOA) == [None, "Sione Vea"]
    it = "Tonga will count every island in May. It was announced by Sione Vea."
    assert speakers_in_study(it, TONGA_SAMOA) == [None, "Sione Vea"]


# --- round-492 constructions (rounds 491-492, read together) ------------------------------------


def test_a_quotation_right_after_a_welcomed_delegation_is_the_hosts_words():
    body = 'Sione Vea welcomed the SBS delegation, "this census would not be possible without you."'
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]
    hosting = "Sione Vea welcomed the SBS delegation."
    assert speakers_in_study(hosting, TONGA_SAMOA) == [None]


def test_an_ambassador_to_somewhere_set_off_after_the_name_is_the_envoy_later():
    article = [
        "Sione Vea, Tonga's ambassador to the United Nations, said the census matters.",
        "The envoy said the count starts in May.",
    ]
    assert speakers_in_study("\n\n".join(article), TONGA_SAMOA) == ["Sione Vea"] * 2


def test_took_note_of_is_a_speech_act_of_a_person():
    body = "Sione Vea took note of the fact that Samoa has joined the census."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_a_headline_label_naming_a_person_the_study_sets_under_no_state_speaks():
    study = ActorSet(
        "t",
        (
            Actor("Tonga", None, ("Tonga",)),
            Actor("Keiko Sato", None, ("Keiko Sato", "Sato")),
        ),
    )
    title = "Keiko Sato: the census risks are similar"
    assert speakers_in_study("The census starts in May.", study, title=title) == [
        "Keiko Sato",
        None,
    ]


# --- round-494 constructions (rounds 493-494, read together) ------------------------------------


def test_a_place_after_in_may_stand_between_a_passive_speech_verb_and_its_agent():
    body = "The census was announced on Monday in Nuku'alofa by Sione Vea."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]
    city = "The census was announced in New Town by Sione Vea."
    assert speakers_in_study(city, TONGA_SAMOA) == ["Sione Vea"]


def test_an_owners_possessive_before_a_passive_agents_title_is_passed():
    # the study gives the title as the minister's alias, as round 493's did
    study = ActorSet(
        "t",
        (
            Actor("Tonga", None, ("Tonga",)),
            Actor("Sione Vea", "Tonga", ("Sione Vea", "Census Minister")),
        ),
    )
    body = "The census was announced by the island’s Census Minister, Sione Vea, at a ceremony."
    assert speakers_in_study(body, study) == ["Sione Vea"]


def test_an_opening_name_with_an_aside_is_the_subject_not_an_inversion_after_it():
    body = (
        "Sione Vea, from the University of Tonga, welcomed Samoa, stating the census “is a "
        "shared task for the region”."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


# --- round-496 constructions (rounds 495-496, read together) ------------------------------------


def test_a_verb_outside_the_lexicon_after_a_quotation_inverts_with_a_name_and_its_body():
    body = "“The census is ready for May,” shared Sione Vea of TSD."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_a_name_a_bare_title_and_a_bodys_short_form_before_the_verb_is_the_name():
    body = "Sione Vea Chairman TSD said that the census is an important addition."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_made_the_fact_known_is_saying_it():
    body = "Sione Vea made the fact known in Nuku'alofa during the signing of the census deal."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_reads_inverts_with_a_statement_its_issuer_names():
    body = "The census starts in May, reads a statement issued by the TSD."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Tonga Statistics Department"]


# --- round-498 constructions (rounds 497-498, read together) ------------------------------------


def test_a_release_its_owner_names_is_the_owners_whoever_signs_it():
    body = (
        "A TSD statement signed by Sione Vea, its Director of Census Operations said the count "
        "starts in May. According to the statement, Samoa will join."
    )
    assert speakers_in_study(body, TONGA_SAMOA) == ["Tonga Statistics Department"] * 2


def test_an_inverted_envoy_to_a_place_then_the_name_set_off_is_the_name():
    body = "“The census matters”, said Tonga Ambassador to New Zealand, Sione Vea."
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]


def test_a_chief_executive_owned_by_a_body_is_a_role_in_an_open_apposition():
    body = "Sione Vea, the SBS’s chief executive said: “The count starts in May.”"
    assert speakers_in_study(body, TONGA_SAMOA) == ["Sione Vea"]
