"""The fitted attribution confidence model: shipped weights, what they were fitted on, and
that a confidence threshold (attribution=strict) buys precision."""

import hashlib
import json

import pytest

from pipeline.actors import build_actor_set, load_study
from pipeline.attribution import AttributionParams
from pipeline.attribution.confidence import MODEL_PATH, Attribution, features, load_model
from pipeline.attribution.fit_confidence import ROOT, fit
from pipeline.attribution_eval import evaluate_attribution
from pipeline.errors import UserError
from pipeline.gold_registry import load_registry
from tests.test_attribution import run

SHIPPED = json.loads(MODEL_PATH.read_text(encoding="utf-8"))


def attribution(**changes) -> Attribution:
    base = dict(
        kind="reported",
        rule_confidence=0.9,
        cue="said",
        mention="Kerry",
        person=True,
        text="China must act, Kerry said.",
        chunk_chars=27,
        is_title=False,
        paragraph=2,
        others=1,
        other_person=False,
    )
    return Attribution(**{**base, **changes})


def test_shipped_model_matches_the_features_and_its_training_files():
    assert SHIPPED["features"] == list(features(attribution()))
    assert len(SHIPPED["coef"]) == len(SHIPPED["features"]) == len(SHIPPED["mean"])
    for entry in SHIPPED["training"]:
        path = ROOT / (entry.get("file") or entry["examples"])
        assert hashlib.sha256(path.read_bytes()).hexdigest() == entry["sha256"], path


def test_model_is_less_sure_of_a_pronoun_among_several_people_than_of_a_named_subject():
    model = load_model()
    named = model.probability(features(attribution()))
    pronoun = model.probability(
        features(
            attribution(
                kind="pronoun",
                mention="they",
                rule_confidence=0.6,
                text="They agreed to meet Kerry and Wang.",
                others=2,
                other_person=True,
            )
        )
    )
    assert 0.0 < pronoun < named < 1.0


def test_model_confidence_is_the_default_and_rules_scale_is_an_option():
    body = "“It is hard,” Kerry said."
    (model,) = run(body, confidence="model")
    (rules,) = run(body, confidence="rules")
    assert (model.actor, model.attribution_kind) == (rules.actor, rules.attribution_kind)
    described = attribution(
        kind=rules.attribution_kind,
        rule_confidence=rules.attribution_confidence,
        text=body,
        chunk_chars=len(body),
        paragraph=0,
        others=0,
    )
    expected = round(load_model().probability(features(described)), 3)
    assert model.attribution_confidence == expected != rules.attribution_confidence
    assert AttributionParams().confidence == "model"
    with pytest.raises(UserError, match="attribution.confidence"):
        run(body, confidence="learned")


def test_a_confidence_threshold_raises_precision_on_real_news():
    # pooled over every real-news round: one round of ~100 sentences moves by a speaker or two
    hits = {"loose": [0, 0], "strict": [0, 0]}
    for gold in (s for s in load_registry() if s.name.startswith("realnews_")):
        actors = build_actor_set(load_study(gold.study))
        for name, params in (
            ("loose", AttributionParams()),
            ("strict", AttributionParams(min_confidence=0.9)),
        ):
            m = evaluate_attribution(gold.file, actors, params=params)
            hits[name][0] += round(m["precision"] * m["n_predicted_speakers"])
            hits[name][1] += m["n_predicted_speakers"]
    (right_loose, loose), (right_strict, strict) = hits["loose"], hits["strict"]
    assert right_strict / strict > right_loose / loose
    assert strict < loose


@pytest.mark.slow
def test_refit_reproduces_the_shipped_weights():
    sets = [s for s in load_registry() if s.name in {t.get("set") for t in SHIPPED["training"]}]
    earlier = [ROOT / t["examples"] for t in SHIPPED["training"] if "examples" in t]
    refit = fit(sets, earlier, SHIPPED["C"])
    assert refit["features"] == SHIPPED["features"]
    assert refit["coef"] == pytest.approx(SHIPPED["coef"], abs=1e-3)
    assert refit["cross_validation"]["auc_model"] > refit["cross_validation"]["auc_rule_confidence"]
