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
equals the gold set (narration included) / sentences. intervals: 95% percentile bootstrap
intervals of the three, resampling articles (a set's sentences are not independent draws: one
article's style decides many of them). confidence_bands: the precision of the predicted
speakers whose attribution confidence falls in each band (does confidence track correctness?
`attribution.min_confidence` keeps the bands at or above it).

The gold sets, their studies and the first-run figure of each blind set are listed in
data/gold/registry.yaml (pipeline/gold_registry.py).

CLI: python -m pipeline.attribution_eval [GOLD.jsonl ...] [--actors STUDY.yaml]
       [--level actor|group] [--speaker-model learned|none] [--json]
       (no files: every set in the registry)
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from pipeline.actors import build_actor_set, load_study
from pipeline.atomic import atomic_write_json, atomic_write_text
from pipeline.attribution import AttributionParams, attribute
from pipeline.chunking import ChunkerParams, chunk_article
from pipeline.errors import UserError
from pipeline.gold_registry import LEVELS, ROOT, GoldSet, load_registry
from pipeline.resources import config_dir
from pipeline.types import ActorSet, Article, Statement

if TYPE_CHECKING:
    from pipeline.config import PipelineConfig

log = logging.getLogger(__name__)

DEFAULT_STUDY = config_dir() / "actors/china_us_climate.yaml"
# Lower edges of the confidence bands, highest first.
BANDS = (0.9, 0.8, 0.7, 0.6, 0.0)
# Article-resampling bootstrap of the headline figures (seeded: a table reads the same twice).
N_BOOTSTRAP = 1000
INTERVAL_LEVEL = 0.95
BOOTSTRAP_SEED = 0


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


def sentence_statements(
    sentences: list[GoldSentence], statements: list[Statement]
) -> list[tuple[GoldSentence, list[Statement]]]:
    """Each gold sentence (titles first, then paragraphs) with our statements of it: those
    whose text lies inside it (a sentence cut between two speakers) or contains it (window
    chunks), taken in reading order so a repeated sentence matches its own occurrence. The
    first statement inside a sentence places it in the article; a later statement whose text
    merely recurs in it ("Magnitsky Amendment", a subheading that repeats the headline's words)
    lies elsewhere and is not its, nor is one that contains its text elsewhere."""
    ordered_statements = sorted(statements, key=lambda st: st.char_start)
    out = []
    floor = -1
    placed: set[int] = set()  # statements an earlier sentence holds inside it
    for s in _ordered(sentences):
        matched = []
        span = None
        for st in ordered_statements:
            if not any(ch.isalnum() for ch in st.text):
                continue  # a stray "." chunk lies inside every sentence and places none
            inside = st.text in s.text and st.char_start >= floor and id(st) not in placed
            if inside and span is not None:
                inside = span[0] <= st.char_start < span[1]
            if inside:
                if span is None:
                    start = st.char_start - s.text.index(st.text)
                    span = (start, start + len(s.text))
                floor = st.char_start
                matched.append(st)
            elif s.text in st.text and st.char_end > floor and _covers(st, span):
                matched.append(st)
        placed.update(id(st) for st in matched if st.text in s.text)
        out.append((s, matched))
    return out


def _covers(statement: Statement, span: tuple[int, int] | None) -> bool:
    """A statement that contains a sentence's text covers the place the sentence was found at,
    if it was found: a subheading's words recurring in the next paragraph's quotation
    ("Turkish-Japanese Technical University") do not make that quotation the subheading's."""
    return span is None or (statement.char_start <= span[0] and span[1] <= statement.char_end)


def score_sentences(
    sentences: list[GoldSentence], statements: list[Statement], to_level=None
) -> list[dict]:
    """One row per gold sentence: gold speakers, predicted speakers (with the highest
    attribution confidence of each), correct or not. `to_level` maps an actor name to the
    name it is compared as (its top-level group for group-level gold)."""
    to_level = to_level or (lambda name: name)
    rows = []
    for s, matched in sentence_statements(sentences, statements):
        confidence: dict[str, float] = {}
        for st in matched:
            if st.actor:
                name = to_level(st.actor)
                confidence[name] = max(confidence.get(name, 0.0), st.attribution_confidence)
        gold = list(dict.fromkeys(to_level(g) for g in s.speakers))
        rows.append(
            {
                "doc_id": s.doc_id,
                "text": s.text,
                "case": s.case,
                "gold": gold,
                "predicted": list(confidence),
                "confidence": confidence,
                "correct": set(confidence) == set(gold),
            }
        )
    return rows


def confidence_bands(rows: list[dict]) -> dict[str, dict]:
    """Precision of the predicted speakers in each confidence band ("0.90-1.00": n, correct,
    precision); a row without confidences (hand-made) counts every speaker as 1.0."""
    bands = {b: [0, 0] for b in BANDS}
    for r in rows:
        for name in r["predicted"]:
            conf = r.get("confidence", {}).get(name, 1.0)
            band = next(b for b in BANDS if conf >= b)
            bands[band][0] += 1
            bands[band][1] += name in r["gold"]
    out = {}
    for lo, hi in zip(BANDS, (1.0, *BANDS[:-1]), strict=True):
        n, correct = bands[lo]
        out[f"{lo:.2f}-{hi:.2f}"] = {
            "n": n,
            "correct": correct,
            "precision": correct / n if n else None,
        }
    return out


def intervals(rows: list[dict]) -> dict[str, list[float] | None]:
    """Percentile intervals of precision, recall and speaker accuracy over N_BOOTSTRAP
    resamples of the rows' articles (doc_id); None for a figure with nothing to count."""
    import numpy as np

    from pipeline.scoring import bootstrap_means

    hits = np.array([len(set(r["predicted"]) & set(r["gold"])) for r in rows], dtype=float)
    counts = {
        "precision": (hits, np.array([len(r["predicted"]) for r in rows], dtype=float)),
        "recall": (hits, np.array([len(r["gold"]) for r in rows], dtype=float)),
        "speaker_accuracy": (
            np.array([r["correct"] for r in rows], dtype=float),
            np.ones(len(rows)),
        ),
    }
    clusters = [r["doc_id"] for r in rows]
    out: dict[str, list[float] | None] = {}
    for name, (numerator, denominator) in counts.items():
        if not denominator.sum():
            out[name] = None
            continue
        # a ratio of sums: each row's ratio, weighted by its denominator
        ratio = np.divide(
            numerator, denominator, out=np.zeros_like(numerator), where=denominator > 0
        )
        _, low, high = bootstrap_means(
            ratio[:, None], denominator, clusters, N_BOOTSTRAP, INTERVAL_LEVEL, BOOTSTRAP_SEED
        )
        out[name] = [round(float(low[0]), 4), round(float(high[0]), 4)]
    return out


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
        "intervals": intervals(rows),
        "case_accuracy": {c: sum(v) / len(v) for c, v in sorted(by_case.items())},
        "confidence_bands": confidence_bands(rows),
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


def level_map(actor_set: ActorSet, level: str):
    """Name -> the name it is compared as; unknown gold names are a user error."""
    if level not in LEVELS:
        raise UserError(f"attribution level must be one of {LEVELS}, not {level!r}")
    known = {a.name for a in actor_set.actors}

    def to_level(name: str) -> str:
        if name not in known:
            raise UserError(f"gold speaker {name!r} is not an actor of the study")
        return actor_set.group_of(name) if level == "group" else name

    return to_level


@dataclass(frozen=True)
class GoldDocument:
    """One gold document rebuilt and chunked, with its set's actors and comparison level."""

    gold: GoldSet
    doc_id: str
    sentences: list[GoldSentence]
    article: Article
    chunks: list
    actor_set: ActorSet
    to_level: Callable[[str], str]


def gold_documents(sets: list[GoldSet]) -> Iterator[GoldDocument]:
    """Every document of the sets, as the fitting scripts read them (default chunker)."""
    for gold in sets:
        actor_set = build_actor_set(load_study(gold.study))
        to_level = level_map(actor_set, gold.level)
        for doc_id, sentences in load_gold(gold.file).items():
            article = gold_article(doc_id, sentences)
            chunks = chunk_article(article, ChunkerParams())
            yield GoldDocument(gold, doc_id, sentences, article, chunks, actor_set, to_level)


def evaluate_attribution(
    gold_path: str | Path,
    actor_set: ActorSet,
    chunker: ChunkerParams | None = None,
    params: AttributionParams | None = None,
    level: str = "actor",
) -> dict:
    """Rebuild every gold document, chunk and attribute it, and score all its sentences."""
    chunker = chunker or ChunkerParams()
    params = params or AttributionParams()
    to_level = level_map(actor_set, level)
    rows: list[dict] = []
    for doc_id, sentences in load_gold(gold_path).items():
        article = gold_article(doc_id, sentences)
        statements = attribute(article, chunk_article(article, chunker), actor_set, params)
        rows.extend(score_sentences(sentences, statements, to_level))
    return metrics(rows)


def evaluate_sets(
    sets: list[GoldSet],
    chunker: ChunkerParams | None = None,
    params: AttributionParams | None = None,
) -> dict[str, dict]:
    """Metrics per gold set, each with its own study and level, plus what the registry records
    (file, study, level, blind, first_run). A set whose file is absent is reported as missing."""
    results = {}
    for gold in sets:
        entry = {
            "file": _relative(gold.file),
            "study": _relative(gold.study),
            "level": gold.level,
            "blind": gold.blind,
            "first_run": None if gold.first_run is None else dataclasses.asdict(gold.first_run),
        }
        if not gold.file.exists():
            log.warning("gold set %s: %s is missing", gold.name, gold.file)
            results[gold.name] = {**entry, "missing": True}
            continue
        actor_set = build_actor_set(load_study(gold.study))
        metrics_ = evaluate_attribution(gold.file, actor_set, chunker, params, gold.level)
        results[gold.name] = {**entry, **metrics_}
    return results


def _relative(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def evaluate_gold_files(config: PipelineConfig, run_dir: Path) -> dict[str, dict]:
    """`python -m pipeline task=attribution`: every registry set with its own study, plus
    `data.gold` when it names another file (scored with the configured `actors` study), under
    the configured chunker and attribution parameters. Writes metrics.md and, last,
    metrics.json into the run directory, and prints the table."""
    sets = load_registry()
    gold = getattr(config.data, "gold", None)
    if gold and Path(gold).resolve() not in {s.file.resolve() for s in sets}:
        study_path = Path(run_dir) / "study.yaml"
        atomic_write_text(study_path, yaml.safe_dump(dataclasses.asdict(config.actors)))
        sets.append(GoldSet(name=Path(gold).stem, file=Path(gold), study=study_path))
    results = evaluate_sets(sets, config.chunker, config.attribution)
    table = format_table(results)
    print(table)
    atomic_write_text(Path(run_dir) / "metrics.md", f"# Attribution vs gold\n\n```\n{table}\n```\n")
    atomic_write_json(Path(run_dir) / "metrics.json", {"attribution": results})
    return results


def format_table(results: dict[str, dict], errors: bool = True) -> str:
    """Now vs the recorded first run per set, then precision per confidence band, then misses."""
    lines = [
        f"{'gold set':<14} {'level':<6} {'sents':>5} {'prec':>6} {'recall':>6} {'acc':>6} "
        f"{'acc 95% (articles)':>18}   first run (date commit: prec recall acc)"
    ]
    for name, m in results.items():
        if m.get("missing"):
            lines.append(f"{name:<14} {m['level']:<6} missing: {m['file']}")
            continue
        first = m.get("first_run")
        recorded = (
            f"{first['date']} {first['commit']}: {first['precision']:.3f} {first['recall']:.3f} "
            f"{first['speaker_accuracy']:.3f} (n={first['n_sentences']})"
            if first
            else ("-" if not m.get("blind") else "not recorded")
        )
        interval = m["intervals"]["speaker_accuracy"]
        span = f"{interval[0]:.3f}-{interval[1]:.3f}" if interval else "-"
        lines.append(
            f"{name:<14} {m['level']:<6} {m['n_sentences']:>5} {m['precision']:>6.3f} "
            f"{m['recall']:>6.3f} {m['speaker_accuracy']:>6.3f} {span:>18}   {recorded}"
        )
    scored = {n: m for n, m in results.items() if not m.get("missing")}
    if scored:
        bands = list(next(iter(scored.values()))["confidence_bands"])
        lines += ["", "precision by attribution confidence (correct/predicted)"]
        lines.append(f"{'gold set':<14} " + " ".join(f"{b:>12}" for b in bands))
        totals = {b: [0, 0] for b in bands}
        for name, m in scored.items():
            cells = []
            for b in bands:
                cell = m["confidence_bands"][b]
                totals[b][0] += cell["correct"]
                totals[b][1] += cell["n"]
                cells.append(f"{cell['correct']:>5}/{cell['n']:<3}" if cell["n"] else "-")
            lines.append(f"{name:<14} " + " ".join(f"{c:>12}" for c in cells))
        lines.append(
            f"{'all':<14} "
            + " ".join(
                f"{(c / n if n else float('nan')):>12.3f}" for c, n in (totals[b] for b in bands)
            )
        )
    if errors:
        for name, m in scored.items():
            for err in m["errors"]:
                lines.append(
                    f"  miss {name} [{err['case']}] gold={err['gold']} got={err['predicted']}: "
                    f"{err['text'][:70]}"
                )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline.attribution_eval",
        description="Score rule-based attribution against gold JSONL files: precision, recall, "
        "speaker accuracy and precision by confidence band per file, and every miss. "
        "Format: data/gold/README.md; the sets: data/gold/registry.yaml.",
    )
    registered = ", ".join(s.name for s in load_registry())
    parser.add_argument(
        "files", nargs="*", help=f"gold JSONL files (default: the registry's sets: {registered})"
    )
    parser.add_argument("--actors", default=str(DEFAULT_STUDY), help="actor study YAML (files)")
    parser.add_argument("--level", default="actor", choices=LEVELS, help="compare as (files)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument(
        "--speaker-model",
        choices=("learned", "none"),
        default=AttributionParams.speaker_model.value,
        help="attribution.speaker_model: the learned re-ranker over the rules, or the rules",
    )
    args = parser.parse_args(argv)
    try:
        if args.files:
            sets = [
                GoldSet(Path(f).stem, Path(f).resolve(), Path(args.actors).resolve(), args.level)
                for f in args.files
            ]
        else:
            sets = load_registry()
        results = evaluate_sets(sets, params=AttributionParams(speaker_model=args.speaker_model))
        missing = [n for n, m in results.items() if m.get("missing") and args.files]
        if missing:
            raise UserError(f"cannot read attribution gold {', '.join(missing)}")
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(results, indent=2, ensure_ascii=False) if args.json else format_table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
