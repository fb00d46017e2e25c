"""Refit the attribution confidence model on the gold sets and write confidence_model.json.

Every attributed statement of every gold sentence is one example: its features
(confidence.features) and whether its speaker is one of the sentence's gold speakers.
Cross-validation is grouped BY ARTICLE (an article's sentences share speakers and style), and
its out-of-fold probabilities give the reported precision per confidence band and at each
threshold, next to the hand-set rule confidence's. The final weights are fitted on all
examples and written as plain arrays with the SHA-256 of every training file.

    python -m pipeline.attribution.fit_confidence [--sets NAME ...] [--out PATH] [--C 0.1]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from pipeline.atomic import atomic_write_text
from pipeline.attribution.confidence import MODEL_PATH, Attribution, features
from pipeline.attribution.engine import attribute_with_features
from pipeline.attribution.params import AttributionParams
from pipeline.attribution_eval import (
    ROOT,
    gold_documents,
    sentence_statements,
)
from pipeline.errors import UserError
from pipeline.gold_registry import GoldSet, load_registry

# First-run attributions of earlier rule versions (first_run_examples.py): realistic mistakes.
EXAMPLES_DIR = ROOT / "data/gold/confidence"
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)
BANDS = (0.9, 0.8, 0.7, 0.6, 0.0)
FOLDS = 5


def examples(sets: list[GoldSet]) -> tuple[list[dict], list[int], list[str], list[float]]:
    """Features, labels (1 = right speaker), article groups and rule confidences."""
    rows, labels, groups, rule = [], [], [], []
    # the rules' own attributions: the speaker model sits on top and has its own probability
    params = AttributionParams(confidence="rules", speaker_model="none")
    for doc in gold_documents(sets):
        statements, feats = attribute_with_features(doc.article, doc.chunks, doc.actor_set, params)
        for sentence, matched in sentence_statements(doc.sentences, statements):
            gold_names = {doc.to_level(g) for g in sentence.speakers}
            for st in matched:
                if st.actor and st.statement_id in feats:
                    rows.append(feats[st.statement_id])
                    labels.append(int(doc.to_level(st.actor) in gold_names))
                    groups.append(f"{doc.gold.name}/{doc.doc_id}")
                    rule.append(st.attribution_confidence)
    return rows, labels, groups, rule


def earlier_examples(paths: list[Path]) -> tuple[list[dict], list[int], list[str], list[float]]:
    rows, labels, groups, rule = [], [], [], []
    fields = {f for f in Attribution.__dataclass_fields__}
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                rows.append(features(Attribution(**{k: rec[k] for k in fields})))
                labels.append(int(rec["right"]))
                groups.append(rec["group"])
                rule.append(rec["rule_confidence"])
    return rows, labels, groups, rule


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _bands(probs, labels) -> dict[str, dict]:
    out = {}
    for lo, hi in zip(BANDS, (1.0, *BANDS[:-1]), strict=True):
        picked = [y for p, y in zip(probs, labels, strict=True) if lo <= p < hi or p == hi == 1.0]
        out[f"{lo:.2f}-{hi:.2f}"] = {"n": len(picked), "correct": sum(picked)}
    return out


def _thresholds(probs, labels) -> dict[str, dict]:
    total = sum(labels)
    out = {}
    for t in THRESHOLDS:
        kept = [y for p, y in zip(probs, labels, strict=True) if p >= t]
        out[f"{t:.2f}"] = {
            "kept": len(kept),
            "precision": round(sum(kept) / len(kept), 4) if kept else None,
            "right_kept": round(sum(kept) / total, 4) if total else None,
        }
    return out


def fit(sets: list[GoldSet], earlier: list[Path], c: float) -> dict:
    import numpy as np
    import sklearn
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import GroupKFold

    current = examples(sets)
    earlier_rows = earlier_examples(earlier)
    rows, labels, groups, rule = (a + b for a, b in zip(current, earlier_rows, strict=True))
    names = list(rows[0])
    x = np.array([[r[n] for n in names] for r in rows])
    y = np.array(labels)
    if y.min() == y.max():
        raise UserError("the gold sets give only right (or only wrong) attributions; need both")
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale

    def model():
        return LogisticRegression(C=c, max_iter=2000)

    oof = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=FOLDS).split(z, y, groups):
        oof[test] = model().fit(z[train], y[train]).predict_proba(z[test])[:, 1]
    final = model().fit(z, y)
    return {
        "about": "attribution confidence: logistic regression over confidence.features(); "
        "z = (x - mean) / scale; p = 1 / (1 + exp(-(intercept + coef . z)))",
        "command": "python -m pipeline.attribution.fit_confidence",
        "sklearn": sklearn.__version__,
        "C": c,
        "features": names,
        "coef": [round(float(w), 6) for w in final.coef_[0]],
        "intercept": round(float(final.intercept_[0]), 6),
        "mean": [round(float(m), 6) for m in mean],
        "scale": [round(float(s), 6) for s in scale],
        "training": [
            {
                "set": g.name,
                "file": str(g.file.resolve().relative_to(ROOT)),
                "sha256": _sha256(g.file),
                "study": str(g.study.resolve().relative_to(ROOT)),
                "study_sha256": _sha256(g.study),
            }
            for g in sets
        ]
        + [
            {"examples": str(p.resolve().relative_to(ROOT)), "sha256": _sha256(p)}
            for p in earlier
        ],
        "n_examples": len(y),
        "n_examples_current_rules": len(current[1]),
        "n_wrong": int((y == 0).sum()),
        "cross_validation": {
            "folds": f"{FOLDS}-fold GroupKFold by article ({len(set(groups))} articles)",
            "auc_model": round(float(roc_auc_score(y, oof)), 4),
            "auc_rule_confidence": round(float(roc_auc_score(y, rule)), 4),
            "auc_model_current_rules": round(
                float(roc_auc_score(y[: len(current[1])], oof[: len(current[1])])), 4
            ),
            "bands_model": _bands(oof.tolist(), labels),
            "bands_rule_confidence": _bands(rule, labels),
            "thresholds_model": _thresholds(oof.tolist(), labels),
            "thresholds_rule_confidence": _thresholds(rule, labels),
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="*", help="registry set names (default: all)")
    parser.add_argument("--out", default=str(MODEL_PATH), help="model JSON to write")
    parser.add_argument(
        "--examples",
        nargs="*",
        default=[str(p) for p in sorted(EXAMPLES_DIR.glob("*.jsonl"))],
        help="first-run examples of earlier rules (default: data/gold/confidence/*.jsonl)",
    )
    parser.add_argument("--C", type=float, default=0.1, help="inverse L2 regularisation")
    args = parser.parse_args(argv)
    try:
        sets = load_registry()
        if args.sets:
            unknown = set(args.sets) - {s.name for s in sets}
            if unknown:
                raise UserError(f"unknown gold sets: {', '.join(sorted(unknown))}")
            sets = [s for s in sets if s.name in args.sets]
        earlier = [Path(p) for p in args.examples]
        model = fit([s for s in sets if s.file.exists()], earlier, args.C)
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    atomic_write_text(Path(args.out), json.dumps(model, indent=1) + "\n")
    print(json.dumps(model["cross_validation"], indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
