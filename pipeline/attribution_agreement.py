"""Agreement of two annotators on the same attribution gold sentences: the human ceiling.

`python -m pipeline.attribution_agreement FIRST.jsonl SECOND.jsonl` reads two codings of the
same sentences (the gold format, data/gold/README.md) and prints how often the second gives
the first's speakers: the speaker accuracy, precision and recall the pipeline is scored with,
plus chance-corrected agreement (Cohen's kappa on "has a speaker", Krippendorff's alpha on the
speaker sets). A pipeline cannot be judged on gold more finely than annotators agree.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pipeline.attribution_eval import load_gold, metrics
from pipeline.errors import UserError
from pipeline.validation.agreement import cohen_kappa, krippendorff_alpha_nominal


def agreement(first_path: str | Path, second_path: str | Path) -> dict:
    first, second = load_gold(first_path), load_gold(second_path)
    rows = []
    for doc_id, sentences in first.items():
        others = second.get(doc_id, [])
        if [s.text for s in others] != [s.text for s in sentences]:
            raise UserError(f"{second_path}: document {doc_id} does not hold the same sentences")
        for a, b in zip(sentences, others, strict=True):
            rows.append({"doc_id": doc_id, "case": None, "text": a.text,
                         "gold": list(a.speakers), "predicted": list(b.speakers),
                         "correct": set(a.speakers) == set(b.speakers)})  # fmt: skip
    if set(second) - set(first):
        raise UserError(f"{second_path}: documents the first file lacks")
    unused = ("case_accuracy", "confidence_bands")
    scores = {k: v for k, v in metrics(rows).items() if k not in unused}
    has = [["speaker" if r[k] else "none" for r in rows] for k in ("gold", "predicted")]
    sets = [[" | ".join(sorted(r["gold"])), " | ".join(sorted(r["predicted"]))] for r in rows]
    scores["kappa_has_speaker"] = cohen_kappa(*has, labels=["speaker", "none"])
    scores["alpha_speakers"] = krippendorff_alpha_nominal(sets)
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline.attribution_agreement", description=__doc__.splitlines()[0]
    )
    parser.add_argument("first", help="the gold file (first annotator)")
    parser.add_argument("second", help="a second annotator's labels of the same sentences")
    parser.add_argument("--json", action="store_true", help="print JSON, disagreements included")
    args = parser.parse_args(argv)
    try:
        scores = agreement(args.first, args.second)
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(scores, indent=2, ensure_ascii=False))
        return 0

    def show(x: float | None) -> str:
        return "n/a" if x is None else f"{x:.3f}"

    print(f"sentences {scores['n_sentences']}: same speakers {show(scores['speaker_accuracy'])}, "
          f"second vs first precision {show(scores['precision'])} recall {show(scores['recall'])}, "
          f"kappa (has a speaker) {show(scores['kappa_has_speaker'])}, "
          f"alpha (speaker sets) {show(scores['alpha_speakers'])}")  # fmt: skip
    for err in scores["errors"]:
        print(f"  differ: first={err['gold']} second={err['predicted']}: {err['text'][:70]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
