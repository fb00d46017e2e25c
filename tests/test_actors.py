from pathlib import Path

import pytest

from pipeline.actors import (
    ActorParams,
    AliasMatcher,
    StudyParams,
    build_actor_set,
    load_study,
)
from pipeline.errors import UserError
from pipeline.types import Actor, ActorSet

STUDY = Path(__file__).resolve().parent.parent / "configs/actors/china_us_climate.yaml"


@pytest.fixture(scope="module")
def actor_set():
    return build_actor_set(load_study(STUDY))


def found(matcher: AliasMatcher, text: str) -> list[tuple[str, str, bool]]:
    return [(m.actor, m.surface, m.possessive) for m in matcher.find(text)]


def test_founding_study_has_target_people_and_groups(actor_set):
    assert actor_set.target == "China–US climate cooperation"
    assert actor_set.group_of("Wang Yi") == "China"
    assert actor_set.group_of("John Kerry") == "United States"
    assert actor_set.group_of("Chinese Foreign Ministry") == "China"
    assert actor_set.group_of("China") == "China"
    assert actor_set.get("China").group is None


def test_groups_resolve_to_the_top_level():
    study = StudyParams(
        "t",
        [
            ActorParams("EU"),
            ActorParams("Commission", group="EU"),
            ActorParams("von der Leyen", group="Commission", aliases=["the Commission president"]),
        ],
    )
    assert build_actor_set(study).get("von der Leyen").group == "EU"


@pytest.mark.parametrize(
    "study",
    [
        StudyParams("t", [ActorParams("A", group="Nobody")]),
        StudyParams("t", [ActorParams("A"), ActorParams("A")]),
        StudyParams(" ", [ActorParams("A")]),
    ],
)
def test_invalid_studies_are_user_errors(study):
    with pytest.raises(UserError):
        build_actor_set(study)


def test_alias_shared_by_two_actors_is_rejected():
    actor_set = build_actor_set(
        StudyParams(
            "t", [ActorParams("A", aliases=["the envoy"]), ActorParams("B", aliases=["The Envoy"])]
        )
    )
    with pytest.raises(UserError, match="(?i)the envoy"):
        AliasMatcher(actor_set)


def test_an_alias_split_at_a_comma_by_yaml_is_named_with_the_fix(tmp_path):
    study = tmp_path / "study.yaml"
    study.write_text(
        "target: trade\n"
        "actors:\n"
        "  - name: Ministry of Economy, Trade and Industry\n"
        "    aliases: [METI, Ministry of Economy, Trade and Industry]\n"
    )
    with pytest.raises(UserError, match="'Trade and Industry'.*quote aliases"):
        build_actor_set(load_study(study))
    study.write_text(
        study.read_text().replace(
            "[METI, Ministry of Economy, Trade and Industry]",
            '[METI, "Ministry of Economy, Trade and Industry"]',
        )
    )
    assert len(build_actor_set(load_study(study)).actors) == 1
    # another actor's alias may be what follows the comma in a name
    study.write_text(
        "target: trade\n"
        "actors:\n"
        "  - name: Nepal\n"
        "    aliases: [Nepal, Kathmandu]\n"
        '  - name: "Metropolitan Police Range, Kathmandu"\n'
        "    group: Nepal\n"
    )
    assert len(build_actor_set(load_study(study)).actors) == 2
    # and so may the actor's own alias beside its quoted whole name
    study.write_text(
        "target: trade\n"
        "actors:\n"
        '  - name: "Royal Botanic Gardens, Kew"\n'
        '    aliases: ["Royal Botanic Gardens, Kew", Kew]\n'
    )
    assert len(build_actor_set(load_study(study)).actors) == 1


def test_study_file_errors_are_user_errors(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("actors: []\n")
    with pytest.raises(UserError, match="target"):
        load_study(bad)
    with pytest.raises(UserError):
        load_study(tmp_path / "missing.yaml")


def test_longest_alias_wins_and_possessives(actor_set):
    matcher = AliasMatcher(actor_set)
    assert found(matcher, "China’s Foreign Minister says the ball is in Washington’s court.") == [
        ("Wang Yi", "China’s Foreign Minister", False),
        ("United States", "Washington’s", True),
    ]
    assert found(matcher, "in the United States’ court, China's coal") == [
        ("United States", "United States’", True),
        ("China", "China's", True),
    ]
    assert found(matcher, "Washington’s climate envoy visits Beijing")[0][:2] == (
        "John Kerry",
        "Washington’s climate envoy",
    )


def test_a_name_written_with_the_yields_to_a_longer_name_after_the_article():
    study = ActorSet(
        "t",
        (
            Actor("United States", None, ("the U.S.",)),
            Actor("USTR", "United States", ("U.S. Trade Representative's office",)),
        ),
    )
    matcher = AliasMatcher(study)
    text = "The U.S. Trade Representative's office said so."
    assert found(matcher, text)[0][:2] == ("USTR", "U.S. Trade Representative's office")
    # with no longer name after it, the article's name stands
    assert found(matcher, "The U.S. said so.")[0][:2] == ("United States", "The U.S.")


def test_an_alias_may_wrap_a_line_but_not_cross_a_blank_one(actor_set):
    matcher = AliasMatcher(actor_set)
    # "State Department" split by a paragraph break is "State" ending one and "Department"
    # opening the next
    assert found(matcher, "Coal talks at the State\n\nDepartment of Energy.") == []
    wrapped = found(matcher, "Coal talks at the State\nDepartment today.")
    assert wrapped[0][0] == "US State Department"


def test_case_rules(actor_set):
    matcher = AliasMatcher(actor_set)
    # Role aliases match at a sentence start; all-caps acronyms only in capitals.
    assert found(matcher, "The foreign ministry said")[0][:2] == (
        "Chinese Foreign Ministry",
        "The foreign ministry",
    )
    assert found(matcher, "let us talk") == []
    assert found(matcher, "the US ambassador")[0][0] == "John Kerry"


def test_hyphenated_compounds_are_not_mentions(actor_set):
    matcher = AliasMatcher(actor_set)
    assert found(matcher, "Sino-US relations and China-US climate cooperation") == []


def test_offsets_point_into_the_text(actor_set):
    text = "Kerry told Wang, “I think so.”"
    for m in AliasMatcher(actor_set).find(text):
        assert text[m.start : m.end] == m.surface
