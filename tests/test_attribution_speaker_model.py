"""The learned speaker model (attribution.speaker_model=learned): its PolNeAR cue evidence,
candidate features, keep/drop/add decisions through the engine, the shipped weights and
their refit. Sentences are composed for the founding study; none is copied from a gold set."""

import hashlib
import json
import subprocess
import sys

import pytest

from pipeline.actors import build_actor_set, load_study
from pipeline.attribution import AttributionParams
from pipeline.attribution.engine import attribute_with_features
from pipeline.attribution.fit_speaker_model import ROOT, fit
from pipeline.attribution.speaker_model import (
    CUE_RATES_PATH,
    MODEL_PATH,
    cue_rates,
    load_model,
    model_from_dict,
)
from pipeline.attribution_eval import evaluate_attribution
from pipeline.chunking import ChunkerParams, chunk_article
from pipeline.errors import UserError
from pipeline.gold_registry import load_registry
from pipeline.types import Article
from tests.test_attribution import ACTORS

SHIPPED = json.loads(MODEL_PATH.read_text(encoding="utf-8"))


def attribute_text(body: str, model=None, **params):
    article = Article("doc", body, body_span=(0, len(body)))
    chunks = chunk_article(article, ChunkerParams())
    params = AttributionParams(**{"confidence": "rules", **params})
    return attribute_with_features(article, chunks, ACTORS, params, model)[0]


def one_feature_model(feature: str, weight: float, drop: float, add_at: float):
    """A model whose keep and add scores depend on one feature only (p = sigmoid(w * f))."""
    names = sorted(SHIPPED["features"])
    coef = [weight if n == feature else 0.0 for n in names]
    part = {"coef": coef, "intercept": 0.0, "mean": [0.0] * len(names), "scale": [1.0] * len(names)}
    return model_from_dict(
        {"features": names, "keep": part, "add": part, "drop": drop, "add_at": add_at}
    )


def test_polnear_cue_rates_rank_reporting_verbs_above_actions():
    rates = cue_rates()
    assert rates["said"].cue > 0.8 and rates["said"].verb
    # pooled by lemma: every form of a verb shares its counts
    assert rates["told"].cue == rates["tells"].cue
    assert rates["warned"].cue > rates["hosted"].cue
    assert not rates["monday"].verb
    table = json.loads(CUE_RATES_PATH.read_text(encoding="utf-8"))
    assert table["source"].startswith("github:networkdynamics/PolNeAR@")


def test_a_missed_speaker_with_a_cue_verb_is_a_candidate_with_its_evidence():
    # "sought" is outside the rules' speech verbs; PolNeAR counts it as a cue now and then
    body = "Kerry on Monday sought the Chinese side's cooperation."
    model = one_feature_model("verb_cue", 40.0, drop=0.0, add_at=0.99)
    statements = attribute_text(body, model)
    assert [s.actor for s in statements] == ["John Kerry"]
    assert statements[0].attribution_kind == "learned"
    assert 0.99 <= statements[0].attribution_confidence <= 1.0
    # the rules alone leave it to narration
    assert [s.actor for s in attribute_text(body)] == [None]


def test_an_add_threshold_no_candidate_reaches_keeps_the_narration():
    body = "Kerry on Monday sought the Chinese side's cooperation."
    model = one_feature_model("verb_cue", 40.0, drop=0.0, add_at=1.01)
    assert [s.actor for s in attribute_text(body, model)] == [None]


def test_a_rule_speaker_below_the_drop_threshold_becomes_narration():
    body = "China said it would cut coal use."
    rules = attribute_text(body)
    assert [s.actor for s in rules] == ["China"]
    # p = sigmoid(-40 * rule) ~ 0 for the rule speaker: dropped
    dropped = attribute_text(body, one_feature_model("rule", -40.0, drop=0.5, add_at=1.01))
    assert [s.actor for s in dropped] == [None]
    kept = attribute_text(body, one_feature_model("rule", 40.0, drop=0.5, add_at=1.01))
    assert [(s.actor, s.attribution_kind) for s in kept] == [("China", rules[0].attribution_kind)]


def test_possessive_and_object_mentions_are_told_apart_from_subjects():
    body = "China's envoy met officials from the United States."
    model = one_feature_model("sentence_initial", 40.0, drop=0.0, add_at=0.9)
    # China is named only as a possessive, the United States after "from": neither opens it
    assert [s.actor for s in attribute_text(body, model)] == [None]


def test_unknown_speaker_model_is_one_clear_error():
    with pytest.raises(UserError, match="speaker_model must be one of"):
        attribute_text("China said so.", speaker_model="bogus")


def test_shipped_model_records_its_training_files_and_cue_rates():
    for entry in SHIPPED["training"]:
        for key, digest in (("file", "sha256"), ("study", "study_sha256")):
            path = ROOT / entry[key]
            assert hashlib.sha256(path.read_bytes()).hexdigest() == entry[digest], path
    cue = hashlib.sha256(CUE_RATES_PATH.read_bytes()).hexdigest()
    assert SHIPPED["cue_rates"]["sha256"] == cue
    assert load_model().drop == SHIPPED["drop"]


def test_learned_speaker_model_keeps_the_founding_article_at_14_of_14():
    founding = next(s for s in load_registry() if s.name == "founding")
    actor_set = build_actor_set(load_study(founding.study))
    result = evaluate_attribution(
        founding.file, actor_set, params=AttributionParams(speaker_model="learned")
    )
    assert result["n_sentences"] == 14 and result["speaker_accuracy"] == 1.0


@pytest.mark.slow
def test_refit_reproduces_the_shipped_weights():
    sets = [s for s in load_registry() if s.name in {t["set"] for t in SHIPPED["training"]}]
    refit = fit(sets, SHIPPED["C"])
    assert refit["features"] == SHIPPED["features"]
    for part in ("keep", "add"):
        assert refit[part]["coef"] == pytest.approx(SHIPPED[part]["coef"], abs=1e-3)
    assert (refit["drop"], refit["add_at"]) == (SHIPPED["drop"], SHIPPED["add_at"])
    assert refit["inner_cv"] == SHIPPED["inner_cv"]


def test_eval_cli_scores_with_the_learned_model(tmp_path):
    founding = ROOT / "data/gold/founding_attribution.jsonl"
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "pipeline.attribution_eval",
            str(founding),
            "--json",
            "--speaker-model",
            "learned",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    result = json.loads(out.stdout)
    assert result["founding_attribution"]["speaker_accuracy"] == 1.0


def _token(i: int, word: str, lemma: str, start: int, pos: str) -> str:
    return (
        f'<token id="{i}"><word>{word}</word><lemma>{lemma}</lemma>'
        f"<CharacterOffsetBegin>{start}</CharacterOffsetBegin>"
        f"<CharacterOffsetEnd>{start + len(word)}</CharacterOffsetEnd><POS>{pos}</POS>"
        "<NER>O</NER></token>"
    )


def test_cue_rates_are_counted_from_polnear_cues_and_pooled_by_lemma(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    import derive_cue_rates

    # "Kerry said X. Kerry says Y. Kerry met Z." x 3 articles: say is a cue after a source
    text = "Kerry said X . Kerry says Y . Kerry met Z ."
    words = [
        ("Kerry", "kerry", "NNP"),
        ("said", "say", "VBD"),
        ("X", "x", "NN"),
        (".", ".", "."),
        ("Kerry", "kerry", "NNP"),
        ("says", "say", "VBZ"),
        ("Y", "y", "NN"),
        (".", ".", "."),
        ("Kerry", "kerry", "NNP"),
        ("met", "meet", "VBD"),
        ("Z", "z", "NN"),
        (".", ".", "."),
    ]
    tokens, pos = [], 0
    for i, (word, lemma, tag) in enumerate(words, 1):
        start = text.index(word, pos)
        tokens.append(_token(i, word, lemma, start, tag))
        pos = start + len(word)
    ann = (
        "T1\tSource 0 5\tKerry\nT2\tCue 6 10\tsaid\nT3\tSource 15 20\tKerry\nT4\tCue 21 25\tsays\n"
    )
    for n in range(3):
        (tmp_path / "data/train/corenlp").mkdir(parents=True, exist_ok=True)
        (tmp_path / "data/train/attributions").mkdir(parents=True, exist_ok=True)
        (tmp_path / f"data/train/corenlp/a{n}.txt.xml").write_text("".join(tokens))
        (tmp_path / f"data/train/attributions/a{n}_x.ann").write_text(ann)
    out = tmp_path / "rates.json"
    assert derive_cue_rates.main([str(tmp_path), "--out", str(out)]) == 0
    rates = json.loads(out.read_text())["rates"]
    # both forms of "say": 6 cue uses of 6, 6 right after a source; a verb; lemma say
    assert rates["said"] == rates["says"] == [6, 6, 6, 1.0, "say"]
    assert "met" not in rates  # a verb, but its lemma is seen 3 times, under MIN_SEEN
    assert "kerry" not in rates  # never in a cue, not a verb
    assert derive_cue_rates.main([str(tmp_path / "missing")]) == 2
