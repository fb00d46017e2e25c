"""Experiment: a fine-tuned MiniLM cross-encoder as the speaker re-ranker, judged on later rounds.

Not a pipeline component (README, "A fine-tuned cross-encoder"): it records how the result
was measured so it can be rerun as the gold rounds grow. For every chunk of every real-news
gold round, the rules' candidates (speaker_model.candidate_features: the rules' speakers,
every actor named, the previous sentence's speaker) become pairs

    "<candidate> ; rules: yes|no [; spoke before]"
    "<chunk, the candidate's mentions in [[ ]]> || before: <previous chunk>"

labelled 1 when the candidate is a gold speaker of the chunk. The packaged all-MiniLM-L6-v2
is fine-tuned on rounds before --split (binary cross-entropy, AdamW, linear decay) and scored
on rounds from --split on, chunk by chunk, against the rules' own speakers:

    python scripts/cross_encoder_speaker_experiment.py --split 65 --epochs 1.5
    python scripts/cross_encoder_speaker_experiment.py --split 65 --epochs 2 --nonrule

`--nonrule` trains only on candidates the rules did not pick (the "add" decision). On two CPU
cores one epoch over rounds 1-64 takes about 25 minutes.
"""

from __future__ import annotations

import argparse
import random

from pipeline.actors import AliasMatcher
from pipeline.attribution.engine import speaker_candidates
from pipeline.attribution.fit_speaker_model import RULES, _chunk_gold
from pipeline.attribution_eval import gold_documents
from pipeline.gold_registry import load_registry
from pipeline.models.resolver import resolve_model


def chunk_rows() -> list[dict]:
    """One row per chunk of every real-news round: its text, the previous chunk, the gold and
    rule speakers, and each candidate with its mentions marked."""
    rows = []
    sets = [s for s in load_registry() if s.name.startswith("realnews")]
    for doc in gold_documents(sets):
        _, by_chunk = speaker_candidates(doc.article, doc.chunks, doc.actor_set, RULES)
        matcher = AliasMatcher(doc.actor_set)
        text, previous = doc.article.text, ""
        for chunk, cands in by_chunk:
            body = text[chunk.char_start : chunk.char_end]
            mentions = matcher.find(text, chunk.char_start, chunk.char_end)
            marked = {}
            for name in cands:
                spans = [
                    (m.start - chunk.char_start, m.end - chunk.char_start)
                    for m in mentions
                    if doc.to_level(m.actor) == name
                ]
                out = body
                for a, b in sorted(spans, reverse=True):
                    out = f"{out[:a]}[[{out[a:b]}]]{out[b:]}"
                marked[name] = out
            rows.append(
                {
                    "round": int(doc.gold.name.removeprefix("realnews_r")),
                    "gold": {doc.to_level(g) for g in _chunk_gold(text, chunk, doc.sentences)},
                    "rule": {n for n, f in cands.items() if f["rule"]},
                    "previous_speaker": {n for n, f in cands.items() if f["previous_speaker"]},
                    "marked": marked,
                    "before": previous,
                }
            )
            previous = body
    return rows


def pairs(rows: list[dict], nonrule: bool) -> list[tuple[str, str, int, int, str]]:
    """(text a, text b, label, row index, candidate) for every candidate of every row."""
    out = []
    for i, row in enumerate(rows):
        for name, marked in row["marked"].items():
            if nonrule and name in row["rule"]:
                continue
            a = f"{name} ; rules: {'yes' if name in row['rule'] else 'no'}"
            a += " ; spoke before" if name in row["previous_speaker"] else ""
            out.append(
                (a, f"{marked} || before: {row['before']}", int(name in row["gold"]), i, name)
            )
    return out


def encode(tokenizer, part: list, max_len: int):
    """A batch of (text a, text b, …) pairs as model inputs; only text b is ever cut."""
    return tokenizer(
        [p[0] for p in part],
        [p[1] for p in part],
        truncation="only_second",
        max_length=max_len,
        padding=True,
        return_tensors="pt",
    )


def fine_tune(train: list, epochs: float, batch: int, lr: float, max_len: int):
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    torch.manual_seed(0)
    random.seed(0)
    path = resolve_model("all-MiniLM-L6-v2").path
    tokenizer = AutoTokenizer.from_pretrained(path)
    model = AutoModelForSequenceClassification.from_pretrained(path, num_labels=1)
    steps = int(len(train) * epochs / batch)
    opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01)
    warm = max(1, int(0.06 * steps))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / warm) * max(0.0, (steps - s) / steps)
    )
    order: list[int] = []
    while len(order) < steps * batch:
        order += random.sample(range(len(train)), len(train))
    loss_fn = torch.nn.BCEWithLogitsLoss()
    model.train()
    for step in range(steps):
        part = [train[k] for k in order[step * batch : (step + 1) * batch]]
        enc = encode(tokenizer, part, max_len)
        loss = loss_fn(model(**enc).logits.squeeze(-1), torch.tensor([float(p[2]) for p in part]))
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        opt.zero_grad()
    model.eval()
    return tokenizer, model


def probabilities(tokenizer, model, test: list, max_len: int) -> list[float]:
    import torch

    out: list[float] = []
    with torch.no_grad():
        for k in range(0, len(test), 64):
            part = test[k : k + 64]
            enc = encode(tokenizer, part, max_len)
            out += torch.sigmoid(model(**enc).logits.squeeze(-1)).tolist()
    return out


def report(rows: list[dict], test: list, probs: list[float], split: int) -> None:
    from sklearn.metrics import roc_auc_score

    by_row: dict[int, dict[str, float]] = {}
    for (_, _, _, i, name), p in zip(test, probs, strict=True):
        by_row.setdefault(i, {})[name] = p
    held = sorted({p[3] for p in test} | {i for i, r in enumerate(rows) if r["round"] >= split})

    def score(choose) -> str:
        right = predicted = correct = gold = 0
        for i in held:
            row, picked = rows[i], choose(rows[i], by_row.get(i, {}))
            right += picked == row["gold"]
            predicted += len(picked)
            correct += len(picked & row["gold"])
            gold += len(row["gold"])
        return (
            f"accuracy {right / len(held):.3f}  precision {correct / max(predicted, 1):.3f}  "
            f"recall {correct / max(gold, 1):.3f}"
        )

    def top(probs_of: dict[str, float], tau: float) -> set[str]:
        ranked = sorted(probs_of.items(), key=lambda kv: -kv[1])[:2]
        return {n for n, p in ranked if p >= tau}

    nonrule = [
        (p[2], q) for p, q in zip(test, probs, strict=True) if p[4] not in rows[p[3]]["rule"]
    ]
    print(f"held-out chunks {len(held)}; all-narration {score(lambda r, _: set())}")
    print(f"rules                    {score(lambda r, _: r['rule'])}")
    if len({y for y, _ in nonrule}) == 2:
        labels, scores = zip(*nonrule, strict=True)
        print(f"AUC over candidates the rules did not pick: {roc_auc_score(labels, scores):.3f}")
    for tau in (0.3, 0.5, 0.7, 0.9):
        print(f"model alone, p >= {tau}    {score(lambda r, q, t=tau: top(q, t))}")
        print(f"rules, else model p>={tau} {score(lambda r, q, t=tau: r['rule'] or top(q, t))}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", type=int, default=65, help="first held-out round")
    parser.add_argument("--epochs", type=float, default=1.5)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--lr", type=float, default=5e-5)
    parser.add_argument("--max-len", type=int, default=160)
    parser.add_argument("--nonrule", action="store_true", help="train only on non-rule candidates")
    args = parser.parse_args()
    rows = chunk_rows()
    train = pairs(
        [r if r["round"] < args.split else {**r, "marked": {}} for r in rows], args.nonrule
    )
    test = pairs([r if r["round"] >= args.split else {**r, "marked": {}} for r in rows], False)
    tokenizer, model = fine_tune(train, args.epochs, args.batch, args.lr, args.max_len)
    report(rows, test, probabilities(tokenizer, model, test, args.max_len), args.split)


if __name__ == "__main__":
    main()
