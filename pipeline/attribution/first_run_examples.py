"""Training examples for the confidence model from an EARLIER version of the rules.

The current rules were fitted to the gold sets, so on them they make few mistakes, and those
are not the mistakes they make on new copy. The rules as they stood when a blind set was
first scored make exactly those first-run mistakes. This script runs the attribution of any
checkout (put it first on PYTHONPATH) over gold files and writes one JSON line per attributed
sentence statement: the fields of confidence.Attribution, `right` (speaker among the gold
speakers), `group` (set/doc, for cross-validation by article) and the commit. It uses only
APIs every version has (load_gold, gold_article, chunk_article, attribute, load_study).

  PYTHONPATH=<old checkout> python pipeline/attribution/first_run_examples.py \
      --commit b217967 --out data/gold/confidence/first_run_b217967.jsonl \
      NAME=GOLD.jsonl:STUDY.yaml ...
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def records(name: str, gold_path: str, study_path: str, commit: str):
    from pipeline.actors import build_actor_set, load_study
    from pipeline.attribution import AttributionParams, attribute
    from pipeline.attribution_eval import gold_article, load_gold
    from pipeline.chunking import ChunkerParams, chunk_article

    actor_set = build_actor_set(load_study(study_path))
    try:
        from pipeline.attribution.engine import _is_person
    except ImportError:  # versions before people were told from organisations

        def _is_person(actor) -> bool:
            return actor.group is not None

    persons = {a.name for a in actor_set.actors if _is_person(a)}
    for doc_id, sentences in load_gold(gold_path).items():
        article = gold_article(doc_id, sentences)
        chunks = {c.chunk_id: c for c in chunk_article(article, ChunkerParams())}
        statements = attribute(article, list(chunks.values()), actor_set, AttributionParams())
        by_text = sorted(statements, key=lambda st: st.char_start)
        floor = -1
        ordered = sorted(sentences, key=lambda s: (not s.is_title, s.paragraph))
        for s in ordered:
            for st in by_text:
                inside = st.text in s.text and st.char_start >= floor
                if not (st.text and (inside or s.text in st.text)):
                    continue
                if inside:
                    floor = st.char_start
                if not st.actor:
                    continue
                chunk = chunks[st.chunk_id]
                yield {
                    "kind": st.attribution_kind,
                    "rule_confidence": st.attribution_confidence,
                    "cue": st.cue,
                    "mention": st.speaker_mention,
                    "person": st.actor in persons,
                    "text": st.text,
                    "chunk_chars": chunk.char_end - chunk.char_start,
                    "is_title": chunk.is_title,
                    "paragraph": chunk.paragraph,
                    "others": len(st.mentioned_actors),
                    "other_person": any(a in persons for a in st.mentioned_actors),
                    "right": st.actor in s.speakers,
                    "group": f"{name}/{doc_id}",
                    "commit": commit,
                }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commit", required=True, help="commit of the rules on PYTHONPATH")
    parser.add_argument("--out", required=True)
    parser.add_argument("sets", nargs="+", help="NAME=GOLD.jsonl:STUDY.yaml")
    args = parser.parse_args(argv)
    lines = []
    for spec in args.sets:
        name, _, paths = spec.partition("=")
        gold, _, study = paths.partition(":")
        found = records(name, gold, study, args.commit)
        lines += [json.dumps(r, ensure_ascii=False) for r in found]
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} examples -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
