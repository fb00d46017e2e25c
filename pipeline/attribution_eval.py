"""Attribution against hand-annotated gold: precision, recall and speaker accuracy.

Gold format (JSONL, one sentence per line, documents grouped by `doc_id` in reading order):
  {"doc_id", "paragraph": int, "is_title": bool, "text": sentence,
   "speakers": [actor, ...]  (empty = narration; two names = two speakers in one sentence),
   optional "case", "cue_kind", "mentioned", "note"}
A document is rebuilt from its records (title, then paragraphs of space-joined sentences), so a
gold file is self-contained; the same records also score a real article that contains the
sentences (a normal run with `data.gold=PATH`, doc_id = article id).

Metrics, per sentence: the speakers we predict are the actors of our statements of that
sentence (the statement lies inside it, or contains it for window chunks).
precision = correct predicted speakers / predicted speakers; recall = correct predicted
speakers / gold speakers; speaker_accuracy = sentences whose predicted speaker set
equals the gold set (narration included) / sentences.

CLI: python -m pipeline.attribution_eval [GOLD.jsonl ...] [--actors STUDY.yaml] [--json]
(no files: the four shipped gold files; `python -m pipeline task=attribution` runs the same
with the configured chunker and attribution parameters and writes metrics.json.)
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.actors import build_actor_set, load_study
from pipeline.atomic import atomic_write_json, atomic_write_text
from pipeline.attribution import AttributionParams, attribute
from pipeline.chunking import ChunkerParams, chunk_article
from pipeline.errors import UserError
from pipeline.resources import bundled, config_dir
from pipeline.types import ActorSet, Article, Statement

if TYPE_CHECKING:
    from pipeline.config import PipelineConfig

log = logging.getLogger(__name__)

DEFAULT_GOLD_FILES = tuple(
    Path(bundled(f"gold/{name}_attribution.jsonl"))
    for name in ("founding", "wire", "heldout", "fresh")
)
DEFAULT_STUDY = config_dir() / "actors/china_us_climate.yaml"


@dataclass(frozen=True)
class GoldSentence:
    doc_id: str
    paragraph: int
    is_title: bool
    text: str
    speakers: tuple[str, ...]
    case: str | None = None


def load_gold(path: str | Path) -> dict[str, list[GoldSentence]]:
    """Gold sentences grouped by document, in file order."""
    docs: dict[str, list[GoldSentence]] = defaultdict(list)
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise UserError(f"cannot read attribution gold {path}: {exc.strerror}") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            sentence = GoldSentence(
                doc_id=str(rec["doc_id"]),
                paragraph=int(rec["paragraph"]),
                is_title=bool(rec.get("is_title", False)),
                text=rec["text"],
                speakers=tuple(rec["speakers"]),
                case=rec.get("case"),
            )
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            raise UserError(f"{path}:{number}: bad gold record ({exc})") from exc
        docs[sentence.doc_id].append(sentence)
    return dict(docs)


def gold_article(doc_id: str, sentences: list[GoldSentence]) -> Article:
    """Rebuild the document: title line, blank line, paragraphs separated by blank lines."""
    titles = [s.text for s in sentences if s.is_title]
    paragraphs: dict[int, list[str]] = defaultdict(list)
    for s in sentences:
        if not s.is_title:
            paragraphs[s.paragraph].append(s.text)
    body = "\n\n".join(" ".join(paragraphs[p]) for p in sorted(paragraphs))
    title = " ".join(titles)
    if not title:
        return Article(doc_id, body, body_span=(0, len(body)))
    text = f"{title}\n\n{body}"
    return Article(
        doc_id, text, title=title, title_span=(0, len(title)), body_span=(len(title) + 2, len(text))
    )


def _ordered(sentences: list[GoldSentence]) -> list[GoldSentence]:
    return sorted(sentences, key=lambda s: (not s.is_title, s.paragraph))


def score_sentences(sentences: list[GoldSentence], statements: list[Statement]) -> list[dict]:
    """One row per gold sentence: gold speakers, predicted speakers, correct or not.

    Our statements of a sentence are those whose text lies inside it (a sentence cut between
    two speakers) or contains it (window chunks), taken in reading order so a repeated
    sentence matches its own occurrence."""
    ordered_statements = sorted(statements, key=lambda st: st.char_start)
    rows = []
    floor = -1
    for s in _ordered(sentences):
        predicted: list[str] = []
        for st in ordered_statements:
            inside = st.text in s.text and st.char_start >= floor
            if st.text and (inside or s.text in st.text):
                if inside:
                    floor = st.char_start
                if st.actor and st.actor not in predicted:
                    predicted.append(st.actor)
        rows.append(
            {
                "doc_id": s.doc_id,
                "text": s.text,
                "case": s.case,
                "gold": list(s.speakers),
                "predicted": predicted,
                "correct": set(predicted) == set(s.speakers),
            }
        )
    return rows


def metrics(rows: list[dict]) -> dict:
    hits = sum(len(set(r["predicted"]) & set(r["gold"])) for r in rows)
    n_pred = sum(len(r["predicted"]) for r in rows)
    n_gold = sum(len(r["gold"]) for r in rows)
    by_case: dict[str, list[bool]] = defaultdict(list)
    for r in rows:
        if r["case"]:
            by_case[r["case"]].append(r["correct"])
    return {
        "n_sentences": len(rows),
        "n_gold_speakers": n_gold,
        "n_predicted_speakers": n_pred,
        "precision": hits / n_pred if n_pred else 1.0,
        "recall": hits / n_gold if n_gold else 1.0,
        "speaker_accuracy": sum(r["correct"] for r in rows) / len(rows) if rows else 0.0,
        "case_accuracy": {c: sum(v) / len(v) for c, v in sorted(by_case.items())},
        "errors": [
            {k: r[k] for k in ("doc_id", "case", "gold", "predicted", "text")}
            for r in rows
            if not r["correct"]
        ],
    }


def metrics_for_statements(statements: list[Statement], gold_path: str | Path) -> dict | None:
    """A normal run with `data.gold=PATH`: score the run's statements against the gold
    documents whose doc_id is one of its article ids; None when the gold covers none of them."""
    docs = load_gold(gold_path)
    by_article: dict[str, list[Statement]] = defaultdict(list)
    for st in statements:
        by_article[st.article_id].append(st)
    pairs = [(docs[a], sts) for a, sts in by_article.items() if a in docs]
    if not pairs:
        return None
    return metrics([row for sentences, sts in pairs for row in score_sentences(sentences, sts)])


def evaluate_attribution(
    gold_path: str | Path,
    actor_set: ActorSet,
    chunker: ChunkerParams | None = None,
    params: AttributionParams | None = None,
) -> dict:
    """Rebuild every gold document, chunk and attribute it, and score all its sentences."""
    chunker = chunker or ChunkerParams()
    params = params or AttributionParams()
    rows: list[dict] = []
    for doc_id, sentences in load_gold(gold_path).items():
        article = gold_article(doc_id, sentences)
        statements = attribute(article, chunk_article(article, chunker), actor_set, params)
        rows.extend(score_sentences(sentences, statements))
    return metrics(rows)


def evaluate_gold_paths(
    paths: list[str | Path] | None = None,
    actor_set: ActorSet | None = None,
    chunker: ChunkerParams | None = None,
    params: AttributionParams | None = None,
) -> dict[str, dict]:
    """Metrics per gold file (the shipped files by default, with the founding study)."""
    actor_set = actor_set or build_actor_set(load_study(DEFAULT_STUDY))
    files = [Path(p) for p in (paths or DEFAULT_GOLD_FILES)]
    return {p.name: evaluate_attribution(p, actor_set, chunker, params) for p in files}


def evaluate_gold_files(config: PipelineConfig, run_dir: Path) -> dict[str, dict]:
    """`python -m pipeline task=attribution`: the shipped gold files (plus `data.gold` when it
    names another) with the configured study, chunker and attribution parameters. Writes
    metrics.md and, last, metrics.json into the run directory."""
    paths = list(DEFAULT_GOLD_FILES)
    gold = getattr(config.data, "gold", None)
    if gold and Path(gold).resolve() not in {p.resolve() for p in paths}:
        paths.append(Path(gold))
    results = evaluate_gold_paths(
        paths, build_actor_set(config.actors), config.chunker, config.attribution
    )
    table = format_table(results)
    log.info("attribution against gold:\n%s", table)
    atomic_write_text(Path(run_dir) / "metrics.md", f"# Attribution vs gold\n\n```\n{table}\n```\n")
    atomic_write_json(Path(run_dir) / "metrics.json", {"attribution": results})
    return results


def format_table(results: dict[str, dict]) -> str:
    lines = [f"{'gold file':<32} {'sents':>5} {'prec':>6} {'recall':>6} {'acc':>6}"]
    for name, m in results.items():
        lines.append(
            f"{name:<32} {m['n_sentences']:>5} {m['precision']:>6.3f} {m['recall']:>6.3f} "
            f"{m['speaker_accuracy']:>6.3f}"
        )
        for err in m["errors"]:
            lines.append(
                f"  miss [{err['case']}] gold={err['gold']} got={err['predicted']}: "
                f"{err['text'][:70]}"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline.attribution_eval",
        description="Score rule-based attribution against gold JSONL files: precision, recall "
        "and speaker accuracy per file, and every miss. Format: data/gold/README.md.",
    )
    shipped = ", ".join(p.name for p in DEFAULT_GOLD_FILES)
    parser.add_argument("files", nargs="*", help=f"gold JSONL files (default: {shipped})")
    parser.add_argument(
        "--actors",
        default=str(DEFAULT_STUDY),
        help="actor study YAML (target + actors; default: the China–US climate study)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)
    try:
        actor_set = build_actor_set(load_study(args.actors))
        results = evaluate_gold_paths(args.files or None, actor_set)
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(results, indent=2, ensure_ascii=False) if args.json else format_table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
