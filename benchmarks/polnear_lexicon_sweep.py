"""Would PolNeAR's attribution cues make better speech verbs? A sweep, not a feature.

Adds to the rules' speech-verb lexicon every verb lemma whose PolNeAR cue rate
(pipeline/attribution/cue_rates.json: share of its occurrences inside an attribution cue,
smoothed) is at least TAU, seen at least MIN_SEEN times, and scores the real-news rounds with
the rules for each TAU (1.1 = nothing added, today's rules). The lexicon tables are rebuilt in
this process only.

    python benchmarks/polnear_lexicon_sweep.py [--taus 1.1 0.6 0.5 0.4 0.3 0.2]
"""

from __future__ import annotations

import argparse
import json

from pipeline.actors import build_actor_set, load_study
from pipeline.attribution import AttributionParams
from pipeline.attribution import lexicon as lx
from pipeline.attribution.speaker_model import CUE_RATES_PATH
from pipeline.attribution_eval import evaluate_attribution
from pipeline.gold_registry import load_registry

SETS = ("realnews_r1", "realnews_r2", "realnews_r3")
MIN_SEEN = 20


def polnear_lemmas(tau: float, base: list[str]) -> list[str]:
    rates = json.loads(CUE_RATES_PATH.read_text(encoding="utf-8"))["rates"]
    found = set()
    for cue, _, seen, verb_share, lemma in rates.values():
        if verb_share >= 0.5 and seen >= MIN_SEEN and cue / (seen + 2) >= tau and lemma.isalpha():
            found.add(lemma)
    return sorted(found - set(base))


def use_lexicon(lemmas: list[str], base: list[str]) -> None:
    lx.SPEECH_LEMMAS[:] = sorted(set(base) | set(lemmas))
    for table, new in zip(
        (lx.FINITE_FORMS, lx.PARTICIPLE_FORMS, lx.BASE_FORMS), lx._build(), strict=True
    ):
        table.clear()
        table.update(new)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--taus", nargs="*", type=float, default=[1.1, 0.6, 0.5, 0.4, 0.3, 0.2])
    args = parser.parse_args()
    base = list(lx.SPEECH_LEMMAS)
    sets = [s for s in load_registry() if s.name in SETS]
    print(f"{'tau':>5} {'added':>5}  " + "  ".join(f"{s.name:>24}" for s in sets))
    print(f"{'':>5} {'':>5}  " + "  ".join(f"{'prec recall acc (right)':>24}" for _ in sets))
    for tau in args.taus:
        added = polnear_lemmas(tau, base) if tau <= 1 else []
        use_lexicon(added, base)
        cells = []
        for s in sets:
            m = evaluate_attribution(
                s.file, build_actor_set(load_study(s.study)), params=AttributionParams()
            )
            right = round(m["speaker_accuracy"] * m["n_sentences"])
            cells.append(
                f"{m['precision']:.3f} {m['recall']:.3f} {m['speaker_accuracy']:.3f} ({right:>3})"
            )
        print(f"{tau:>5} {len(added):>5}  " + "  ".join(f"{c:>24}" for c in cells))
    use_lexicon([], base)


if __name__ == "__main__":
    main()
