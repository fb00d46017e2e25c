"""Derive pipeline/attribution/cue_rates.json from PolNeAR: how often each word is part of an
attribution cue, or follows an attribution's source, in real political news.

PolNeAR (networkdynamics/PolNeAR; see data/benchmarks/SOURCE.md) annotates every attribution
relation (source, cue, content) in ~1,000 US political news articles and ships CoreNLP
tokens (word, lemma, part of speech). Only its `train` compartment is read (its dev and test
stay unseen), with one annotator's file per article (the first by name). Counts are pooled by
lemma, so every form of a verb shares them ("appreciated" learns from "appreciate"); per form
the table also keeps the share of its occurrences tagged as a verb (VB*).

    python scripts/derive_cue_rates.py data/benchmarks/polnear [--out PATH]

Row per lower-cased form: [lemma occurrences in a cue, lemma occurrences right after the end
of a source span, lemma occurrences, form verb share, lemma]. The output records the source commit
and the SHA-256 of the inputs read, so a rerun on the same snapshot reproduces it byte for
byte.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = "github:networkdynamics/PolNeAR@c3eee833c035bf7b8c84f55b58c0bf7346cfae76"
MIN_SEEN = 5
OUT = ROOT / "pipeline/attribution/cue_rates.json"
TOKEN = re.compile(
    r"<word>(.*?)</word>\s*<lemma>(.*?)</lemma>\s*<CharacterOffsetBegin>(\d+)"
    r"</CharacterOffsetBegin>\s*<CharacterOffsetEnd>(\d+)</CharacterOffsetEnd>\s*<POS>(.*?)</POS>"
)


def spans(ann: str, label: str) -> list[tuple[int, int]]:
    """Character spans of one annotation label ("T2\tCue 113 119;120 125\tsaid about")."""
    out = []
    for line in ann.splitlines():
        fields = line.split("\t")
        if len(fields) < 2 or not fields[1].startswith(label + " "):
            continue
        for part in fields[1][len(label) + 1 :].split(";"):
            start, end = part.split()
            out.append((int(start), int(end)))
    return out


def _mask(length: int, found: list[tuple[int, int]]) -> bytearray:
    mask = bytearray(length + 1)
    for a, b in found:
        mask[a:b] = b"\x01" * (b - a)
    return mask


def count(folder: Path):
    seen: Counter = Counter()
    cue: Counter = Counter()
    after_source: Counter = Counter()
    form_seen: Counter = Counter()
    form_verb: Counter = Counter()
    lemma_of: dict[str, Counter] = defaultdict(Counter)
    digest = hashlib.sha256()
    annotations = sorted((folder / "data/train/attributions").glob("*.ann"))
    used = 0
    for xml_path in sorted((folder / "data/train/corenlp").glob("*.txt.xml")):
        stem = xml_path.name[: -len(".txt.xml")]
        ann = next((a for a in annotations if a.name.startswith(stem + "_")), None)
        if ann is None:
            continue
        xml = xml_path.read_text(encoding="utf-8")
        ann_text = ann.read_text(encoding="utf-8")
        digest.update(xml.encode() + ann_text.encode())
        tokens = TOKEN.findall(xml)
        length = max((int(t[3]) for t in tokens), default=0)
        in_cue = _mask(length, spans(ann_text, "Cue"))
        in_source = _mask(length, spans(ann_text, "Source"))
        previous_end = None
        for word, lemma, begin, end, pos in tokens:
            begin, end = int(begin), int(end)
            form, lemma = word.lower(), lemma.lower()
            if form[:1].isalpha():
                seen[lemma] += 1
                cue[lemma] += in_cue[begin]
                source_before = previous_end is not None and in_source[previous_end - 1]
                after_source[lemma] += bool(source_before and not in_source[begin])
                form_seen[form] += 1
                form_verb[form] += pos.startswith("VB")
                lemma_of[form][lemma] += 1
            previous_end = end
        used += 1
    return seen, cue, after_source, form_seen, form_verb, lemma_of, used, digest.hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("polnear", type=Path, help="folder holding PolNeAR's data/train")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    if not (args.polnear / "data/train/corenlp").is_dir():
        print(f"error: {args.polnear}/data/train/corenlp not found", file=sys.stderr)
        return 2
    seen, cue, after_source, form_seen, form_verb, lemma_of, used, digest = count(args.polnear)
    table = {}
    for form in sorted(form_seen):
        lemma = max(sorted(lemma_of[form]), key=lemma_of[form].get)
        verb_share = round(form_verb[form] / form_seen[form], 3)
        evidence = cue[lemma] or after_source[lemma]
        if seen[lemma] >= MIN_SEEN and (evidence or verb_share >= 0.5):
            # verbs without cue uses stay: they end the search for a mention's verb
            table[form] = [cue[lemma], after_source[lemma], seen[lemma], verb_share, lemma]
    out = {
        "about": "word form -> [its lemma's occurrences inside a PolNeAR attribution cue, "
        "right after a source span, in all; the form's share tagged as a verb; the lemma]; train "
        "compartment, one annotation per article",
        "source": SOURCE,
        "licence": "PolNeAR states no licence (README, no LICENSE file); the raw articles are "
        "not redistributed here, only these counts",
        "command": "python scripts/derive_cue_rates.py data/benchmarks/polnear",
        "articles": used,
        "inputs_sha256": digest,
        "min_seen": MIN_SEEN,
        "rates": table,
    }
    args.out.write_text(json.dumps(out, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    print(f"{len(table)} word forms from {used} articles -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
