"""Fit the speaker model (speaker_model.py) on gold sets and write speaker_model.json.

Examples: every candidate speaker of every chunk of every gold article (the rules run with
speaker_model=none), labelled 1 when it is one of the gold speakers of the chunk's sentence.
Two logistic regressions on standardised features: `keep` over the rules' speakers, `add`
over the candidates of chunks the rules left to narration. Their thresholds (`drop`, `add_at`)
are chosen by an inner grouped cross-validation on the training articles only, maximising
chunk-level speaker accuracy.

Evaluation (`--cv`): leave-articles-out GroupKFold over the evaluation sets, each fold's model
run through the real engine (attribute_with_features) on the held-out articles and scored with
attribution_eval, next to the rules (speaker_model=none) and all-narration; plus, with
`--holdout NAME`, a model trained without that set scored on it.

    python -m pipeline.attribution.fit_speaker_model              # refit the shipped model
    python -m pipeline.attribution.fit_speaker_model --cv --holdout realnews_r3
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from pipeline.actors import build_actor_set, load_study
from pipeline.atomic import atomic_write_text
from pipeline.attribution.engine import attribute_with_features, speaker_candidates
from pipeline.attribution.params import AttributionParams
from pipeline.attribution.speaker_model import CUE_RATES_PATH, MODEL_PATH, model_from_dict
from pipeline.attribution_eval import (
    ROOT,
    gold_article,
    gold_documents,
    level_map,
    load_gold,
    metrics,
    score_sentences,
)
from pipeline.chunking import ChunkerParams, chunk_article
from pipeline.errors import UserError
from pipeline.gold_registry import GoldSet, load_registry

TRAIN_SETS = ("realnews_r1", "realnews_r2", "realnews_r3")
FOLDS = 5
DROP = (0.0, 0.1, 0.2, 0.3, 0.4)  # 0: never drop a rule speaker
ADD = (0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)  # 1.01: never add one
ONE_CLASS_LOG_ODDS = 10.0  # a training fold of one class: P(right) about 0 or 1
RULES = AttributionParams(confidence="rules", speaker_model="none")


@dataclass
class Doc:
    """One gold article: what the rules give, and its candidates with labels."""

    group: str
    gold: GoldSet | None  # None: derived chunks (PolNeAR), for training only
    doc_id: str
    chunks: list[tuple[set[str], dict[str, dict[str, float]]]]  # (gold speakers, candidates)


def _chunk_gold(article_text: str, chunk, sentences) -> set[str]:
    """Gold speakers of the sentences the chunk lies in (or that lie in it)."""
    text = article_text[chunk.char_start : chunk.char_end].strip()
    found: set[str] = set()
    for s in sentences:
        if text and (text in s.text or s.text in text):
            found.update(s.speakers)
    return found


def load_docs(sets: list[GoldSet]) -> list[Doc]:
    docs = []
    for doc in gold_documents(sets):
        _, candidates = speaker_candidates(doc.article, doc.chunks, doc.actor_set, RULES)
        text = doc.article.text
        rows = [
            ({doc.to_level(g) for g in _chunk_gold(text, chunk, doc.sentences)}, cands)
            for chunk, cands in candidates
        ]
        docs.append(Doc(f"{doc.gold.name}/{doc.doc_id}", doc.gold, doc.doc_id, rows))
    return docs


def load_chunk_file(path: Path) -> list[Doc]:
    """Training chunks written by scripts/derive_polnear_speaker_examples.py."""
    docs: dict[str, Doc] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise UserError(f"cannot read speaker chunks {path}: {exc.strerror}") from exc
    for line in lines[1:]:  # the first line is the header
        row = json.loads(line)
        doc = docs.setdefault(row["group"], Doc(row["group"], None, row["group"], []))
        doc.chunks.append((set(row["gold"]), row["candidates"]))
    return list(docs.values())


def _matrix(docs: list[Doc], names: list[str], keep: bool):
    """Rule speakers (keep) or candidates of chunks the rules left to narration (add)."""
    import numpy as np

    x, y = [], []
    for doc in docs:
        for gold, cands in doc.chunks:
            rule = any(f["rule"] for f in cands.values())
            for name, f in cands.items():
                if (keep and f["rule"]) or (not keep and not rule):
                    x.append([f[n] for n in names])
                    y.append(int(name in gold))
    return np.array(x, dtype=float), np.array(y)


def _chunk_accuracy(model, docs: list[Doc]) -> tuple[int, int]:
    right = total = 0
    for doc in docs:
        for gold, cands in doc.chunks:
            right += set(model.speakers(cands)) == gold
            total += 1
    return right, total


def _logistic(x, y, names: list[str], c: float) -> dict:
    from sklearn.linear_model import LogisticRegression

    if len(set(y.tolist())) < 2:
        # One class only (a small fold whose candidates are all right, or all wrong, or none):
        # the constant model that says so; the drop and add thresholds judge it like any other.
        width = len(names)
        right = len(y) > 0 and bool(y[0])
        return {
            "coef": [0.0] * width,
            "intercept": ONE_CLASS_LOG_ODDS if right else -ONE_CLASS_LOG_ODDS,
            "mean": [0.0] * width,
            "scale": [1.0] * width,
        }
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    lr = LogisticRegression(C=c, max_iter=5000).fit((x - mean) / scale, y)
    return {
        "coef": [round(float(w), 6) for w in lr.coef_[0]],
        "intercept": round(float(lr.intercept_[0]), 6),
        "mean": [round(float(m), 6) for m in mean],
        "scale": [round(float(s), 6) for s in scale],
    }


def _weights(docs: list[Doc], names: list[str], c: float) -> dict:
    return {
        "features": names,
        "keep": _logistic(*_matrix(docs, names, keep=True), names, c),
        "add": _logistic(*_matrix(docs, names, keep=False), names, c),
    }


def train(docs: list[Doc], c: float) -> dict:
    """Weights on all of `docs`; thresholds by inner grouped CV on the same docs (the grids
    include 'never drop' and 'never add', so the model falls back to the rules where the
    inner folds see no gain)."""
    from sklearn.model_selection import GroupKFold

    names = sorted(next(iter(f for d in docs for _, cands in d.chunks for f in cands.values())))
    # Thresholds are judged on gold articles only; derived chunks always stay in training.
    gold = [d for d in docs if d.gold is not None]
    derived = [d for d in docs if d.gold is None]
    folds = GroupKFold(n_splits=min(FOLDS, len(gold))).split(gold, groups=[d.group for d in gold])
    scores = {(d, a): 0 for d in DROP for a in ADD}
    for inner_train, inner_test in folds:
        weights = _weights([gold[i] for i in inner_train] + derived, names, c)
        held = [gold[i] for i in inner_test]
        for d, a in scores:
            model = model_from_dict({**weights, "drop": d, "add_at": a})
            scores[(d, a)] += _chunk_accuracy(model, held)[0]
    # Ties go to fewer changes to the rules (lower drop, higher add threshold).
    (drop, add_at), _ = max(scores.items(), key=lambda kv: (kv[1], -kv[0][0], kv[0][1]))
    grid = {f"drop {d} add {a}": n for (d, a), n in scores.items()}
    inner = {"right_chunks": grid, "chunks": sum(len(d.chunks) for d in gold)}
    return {**_weights(docs, names, c), "drop": drop, "add_at": add_at, "inner_cv": inner}


def evaluate(docs: list[Doc], model_dict: dict | None) -> list[dict]:
    """Score rows of the docs through the real engine: the rules (model None), or the model."""
    rows = []
    model = None if model_dict is None else model_from_dict(model_dict)
    params = AttributionParams(speaker_model="none")
    studies: dict[Path, object] = {}
    golds: dict[Path, dict] = {}
    for doc in docs:
        g = doc.gold
        if g.study not in studies:
            studies[g.study] = build_actor_set(load_study(g.study))
            golds[g.file] = load_gold(g.file)
        actor_set = studies[g.study]
        sentences = golds[g.file][doc.doc_id]
        article = gold_article(doc.doc_id, sentences)
        chunks = chunk_article(article, ChunkerParams())
        statements, _ = attribute_with_features(article, chunks, actor_set, params, model)
        rows.extend(score_sentences(sentences, statements, level_map(actor_set, g.level)))
    return rows


def _summary(rows: list[dict]) -> dict:
    m = metrics(rows)
    return {
        "n_sentences": m["n_sentences"],
        "correct_sentences": sum(r["correct"] for r in rows),
        "precision": round(m["precision"], 4),
        "recall": round(m["recall"], 4),
        "speaker_accuracy": round(m["speaker_accuracy"], 4),
    }


def _narration(rows: list[dict]) -> list[dict]:
    return [{**r, "predicted": [], "correct": not r["gold"]} for r in rows]


def cross_validate(docs: list[Doc], extra: list[Doc], c: float) -> dict:
    """GroupKFold by article over `docs`; `extra` docs join every fold's training only."""
    from sklearn.model_selection import GroupKFold

    rules_rows, model_rows, chosen = [], [], []
    for train_idx, test_idx in GroupKFold(n_splits=FOLDS).split(
        docs, groups=[d.group for d in docs]
    ):
        fold = train([docs[i] for i in train_idx] + extra, c)
        chosen.append((fold["drop"], fold["add_at"]))
        held = [docs[i] for i in test_idx]
        rules_rows += evaluate(held, None)
        model_rows += evaluate(held, fold)
    return {
        "folds": f"{FOLDS}-fold GroupKFold by article ({len(docs)} articles)",
        "thresholds_per_fold": chosen,
        "majority (all narration)": _summary(_narration(rules_rows)),
        "rules (current default)": _summary(rules_rows),
        "learned": _summary(model_rows),
    }


def holdout(docs: list[Doc], name: str, c: float) -> dict:
    """Trained without set `name`, scored on it."""
    held = [d for d in docs if d.gold is not None and d.gold.name == name]
    if not held:
        raise UserError(f"--holdout {name}: not among the training sets")
    model = train([d for d in docs if d not in held], c)
    rules_rows = evaluate(held, None)
    return {
        "trained_on": sorted({d.gold.name if d.gold else "chunks" for d in docs if d not in held}),
        "drop": model["drop"],
        "add_at": model["add_at"],
        "majority (all narration)": _summary(_narration(rules_rows)),
        "rules (current default)": _summary(rules_rows),
        "learned": _summary(evaluate(held, model)),
    }


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _relative(path: Path) -> str:
    return str(path.resolve().relative_to(ROOT))


def fit(sets: list[GoldSet], c: float) -> dict:
    docs = load_docs(sets)
    model = train(docs, c)
    rates = json.loads(CUE_RATES_PATH.read_text(encoding="utf-8"))
    return {
        "about": "speaker re-ranker: logistic regression over speaker_model.candidate_features; "
        "z = (x - mean) / scale; p = 1 / (1 + exp(-(intercept + coef . z)))",
        "command": "python -m pipeline.attribution.fit_speaker_model",
        "C": c,
        **model,
        "cue_rates": {"source": rates["source"], "sha256": _sha256(CUE_RATES_PATH)},
        "training": [
            {
                "set": g.name,
                "file": _relative(g.file),
                "sha256": _sha256(g.file),
                "study": _relative(g.study),
                "study_sha256": _sha256(g.study),
            }
            for g in sets
        ],
        "n_examples": sum(len(cands) for d in docs for _, cands in d.chunks),
        "n_articles": len(docs),
    }


def _sets(names: list[str]) -> list[GoldSet]:
    registry = {s.name: s for s in load_registry()}
    unknown = set(names) - set(registry)
    if unknown:
        raise UserError(f"unknown gold sets: {', '.join(sorted(unknown))}")
    return [registry[n] for n in names]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="*", default=list(TRAIN_SETS), help="training sets")
    parser.add_argument("--extra", nargs="*", default=[], help="sets added to training only")
    parser.add_argument(
        "--chunks", nargs="*", default=[], type=Path, help="derived training chunks (PolNeAR)"
    )
    parser.add_argument("--out", default=str(MODEL_PATH), help="model JSON to write")
    parser.add_argument("--C", type=float, default=1.0, help="inverse L2 regularisation")
    parser.add_argument("--cv", action="store_true", help="cross-validate instead of fitting")
    parser.add_argument("--holdout", nargs="*", default=[], help="with --cv: sets held out")
    args = parser.parse_args(argv)
    try:
        sets = _sets(args.sets + args.extra)
        if args.cv:
            docs = load_docs(_sets(args.sets))
            extra = load_docs(_sets(args.extra)) + [
                d for path in args.chunks for d in load_chunk_file(path)
            ]
            report = {"cross_validation": cross_validate(docs, extra, args.C)}
            for name in args.holdout:
                report[f"holdout {name}"] = holdout(docs + extra, name, args.C)
            print(json.dumps(report, indent=1))
            return 0
        model = fit(sets, args.C)
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    atomic_write_text(Path(args.out), json.dumps(model, indent=1) + "\n")
    print(f"wrote {args.out}: drop below {model['drop']}, add at {model['add_at']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
