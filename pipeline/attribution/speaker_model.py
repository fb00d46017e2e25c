"""The learned speaker model: a logistic re-ranker over each sentence's candidate speakers.

The rules give each chunk its segments and speakers. The candidates of a chunk are those
speakers, every study actor named in it, and the previous sentence's speaker. Each candidate
gets light, general features (did the rules pick it and by what kind of cue, where its mention
sits, whether a word next to the mention is an attribution cue in real news — the PolNeAR
cue rates of cue_rates.json —, whether it spoke just before) and the model's probability that
it is a speaker of the sentence. The chunk's speakers become the candidates at or above the
threshold (a second one only at or above `multi`); when they equal the rules' speakers the
rules' segments stay as they are, a rule speaker below the threshold becomes narration, and a
candidate the rules missed takes the chunk when no rule speaker is kept.

Weights: speaker_model.json, fitted by `python -m pipeline.attribution.fit_speaker_model`
(grouped cross-validation by article; see its docstring).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.attribution.confidence import Logistic
from pipeline.attribution.tokens import MENTION, QUOTE, WORD, Token

MODEL_PATH = Path(__file__).with_name("speaker_model.json")
CUE_RATES_PATH = Path(__file__).with_name("cue_rates.json")
LEARNED = "learned"
# Rule kinds by how the speaker was found: a cue naming them, the running context, a fallback.
SAID_KINDS = frozenset({"reported", "direct_quote", "role_anaphor"})
CONTEXT_KINDS = frozenset({"pronoun", "continuation", "reported_continuation", "statement_body"})
OBJECT_WORDS = frozenset("to with from by for against on at of about between and".split())
WINDOW = 3
VERB_WINDOW = 5


@dataclass(frozen=True)
class CueRate:
    """PolNeAR evidence for one word form (pooled over its lemma; smoothed)."""

    cue: float  # share of occurrences inside an attribution cue
    after_source: float  # share right after an attribution's source ("Kerry said")
    verb: bool  # tagged as a verb most of the time


@lru_cache(maxsize=2)
def cue_rates(path: str | Path = CUE_RATES_PATH) -> dict[str, CueRate]:
    table = json.loads(Path(path).read_text(encoding="utf-8"))["rates"]
    return {
        form: CueRate(cue / (seen + 2), source / (seen + 2), verb_share >= 0.5)
        for form, (cue, source, seen, verb_share, _) in table.items()
    }


NO_RATE = CueRate(0.0, 0.0, False)


@dataclass(frozen=True)
class RuleSpeaker:
    """One actor the rules gave a segment of the chunk."""

    actor: str
    kind: str
    confidence: float  # the rules' hand-set confidence of that kind


def _max_cue(tokens: list[Token], indices, rates: dict[str, CueRate]) -> float:
    return max(
        (rates.get(tokens[k].lower, NO_RATE).cue for k in indices if tokens[k].kind == WORD),
        default=0.0,
    )


def _verb_after(tokens: list[Token], i: int, rates: dict[str, CueRate]) -> tuple[CueRate, int]:
    """The first verb after the mention at i within VERB_WINDOW words of its clause ("China on
    Monday hit back" -> hit), and how many words lie between; none past punctuation, a
    quotation or another mention."""
    gap = 0
    for k in range(i + 1, len(tokens)):
        tok = tokens[k]
        if tok.kind != WORD or gap == VERB_WINDOW:
            break
        rate = rates.get(tok.lower, NO_RATE)
        if rate.verb:
            return rate, gap
        gap += 1
    return NO_RATE, VERB_WINDOW


def _words_before(tokens: list[Token], i: int) -> list[int]:
    out = []
    for k in range(i - 1, -1, -1):
        if tokens[k].kind in (QUOTE, MENTION) or len(out) == WINDOW:
            break
        if tokens[k].kind == WORD:
            out.append(k)
    return out


def candidate_features(
    tokens: list[Token],
    rule: list[RuleSpeaker],
    previous: str | None,
    continues: bool,
    is_title: bool,
    persons: frozenset[str],
) -> dict[str, dict[str, float]]:
    """Candidate actor -> features, for one chunk's tokens and the rules' speakers of it.
    `previous`: the last speaker of the sentence before; `continues`: that sentence is in the
    same or the previous paragraph."""
    rates = cue_rates()
    by_rule: dict[str, RuleSpeaker] = {}
    for r in rule:
        by_rule.setdefault(r.actor, r)
    positions: dict[str, list[int]] = {}
    for i, tok in enumerate(tokens):
        if tok.kind == MENTION:
            positions.setdefault(tok.mention.actor, []).append(i)
    names = list(dict.fromkeys([*by_rule, *positions, *([previous] if previous else [])]))
    first_mention = next(
        (t.mention.actor for t in tokens if t.kind == MENTION and not t.mention.possessive), None
    )
    verbs = [k for k, t in enumerate(tokens) if t.kind == WORD and rates.get(t.lower, NO_RATE).verb]
    chunk_cue = _max_cue(tokens, verbs, rates)
    quoted = float(any(t.kind == QUOTE for t in tokens))
    out = {}
    for name in names:
        r = by_rule.get(name)
        at = positions.get(name, [])
        own = [i for i in at if not tokens[i].mention.possessive]
        head = own[0] if own else (at[0] if at else None)
        initial = bool(own) and (
            head == 0 or (head == 1 and tokens[0].is_word("the", "a", "an"))
        )
        before = _words_before(tokens, head) if head is not None else []
        verb, gap = _verb_after(tokens, head, rates) if head is not None else (NO_RATE, VERB_WINDOW)
        out[name] = {
            "rule": float(r is not None),
            "rule_confidence": r.confidence if r else 0.0,
            "rule_said": float(r is not None and r.kind in SAID_KINDS),
            "rule_context": float(r is not None and r.kind in CONTEXT_KINDS),
            "rule_other_kind": float(r is not None and r.kind not in SAID_KINDS | CONTEXT_KINDS),
            "other_rule_speaker": float(any(a != name for a in by_rule)),
            "mentioned": float(bool(own)),
            "possessive_only": float(bool(at) and not own),
            "first_mention": float(name == first_mention),
            "sentence_initial": float(initial),
            "after_comma": float(head is not None and head > 0 and tokens[head - 1].text == ","),
            "object_word_before": float(bool(before) and tokens[before[0]].lower in OBJECT_WORDS),
            "verb_cue": verb.cue,
            "verb_after_source": verb.after_source,
            "verb_adjacent": float(verb.verb and gap == 0),
            "cue_before": _max_cue(tokens, before, rates),
            "chunk_cue": chunk_cue,
            "quote": quoted,
            "previous_speaker": float(name == previous),
            "previous_continues": float(name == previous and continues),
            "is_title": float(is_title),
            "person": float(name in persons),
            "log_mentions": math.log1p(len(at)),
            "n_candidates": float(min(len(names), 4)),
        }
    return out


@dataclass(frozen=True)
class SpeakerModel:
    """`keep` scores the rules' speakers (one below `drop` becomes narration); `add` scores
    the candidates of a chunk the rules left to narration (those at or above `add_at` speak)."""

    keep: Logistic
    add: Logistic
    drop: float
    add_at: float

    def speakers(self, candidates: dict[str, dict[str, float]]) -> dict[str, float]:
        """The chosen speakers of a chunk with their probabilities, most probable first."""
        rule = {n: f for n, f in candidates.items() if f["rule"]}
        model, low = (self.keep, self.drop) if rule else (self.add, self.add_at)
        scored = sorted(((model.probability(f), n) for n, f in (rule or candidates).items()))
        return {n: p for p, n in reversed(scored) if p >= low}


def _logistic(data: dict, names: list[str]) -> Logistic:
    return Logistic(
        names=tuple(names),
        coef=tuple(data["coef"]),
        intercept=float(data["intercept"]),
        mean=tuple(data["mean"]),
        scale=tuple(data["scale"]),
    )


def model_from_dict(data: dict) -> SpeakerModel:
    return SpeakerModel(
        keep=_logistic(data["keep"], data["features"]),
        add=_logistic(data["add"], data["features"]),
        drop=float(data["drop"]),
        add_at=float(data["add_at"]),
    )


@lru_cache(maxsize=4)
def load_model(path: str | Path = MODEL_PATH) -> SpeakerModel:
    return model_from_dict(json.loads(Path(path).read_text(encoding="utf-8")))
