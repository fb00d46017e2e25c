"""`python -m pipeline task=actors data.path=…`: who speaks in these articles but is no actor of
the study, so a researcher can extend the study file.

Speakers the rules find but cannot map to an actor ("U.S. Senator Bob Menendez said", "the
European Commission said", "a senior official told") are grouped by the phrase that names
them, sorted by how often they speak, each with one example sentence. Each phrase gets a kind:
person (a capitalised name), organisation (a capitalised name with an organisation word) or
role (a title or role noun); plain plurals ("analysts said") are counted, not listed.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from pipeline.atomic import atomic_write_json, atomic_write_text
from pipeline.attribution import AttributionParams, attribute
from pipeline.attribution import lexicon as lx
from pipeline.chunking import ChunkerParams, chunk_article
from pipeline.types import ActorSet, Article

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Suggestion:
    kind: str  # person, organisation or role
    phrase: str
    count: int
    example: str
    article_id: str


def phrase_kind(phrase: str) -> str | None:
    """person / organisation / role, or None for a generic speaker ("analysts", "experts")."""
    words = phrase.replace("’s", "").replace("'s", "").split()
    lower = {w.lower() for w in words}
    if lower & lx.ORGANISATION_WORDS and words[-1][:1].isupper():
        return "organisation"
    if lower & (lx.TITLE_WORDS | lx.ANAPHOR_NOUNS | lx.SPOKES_NOUNS - {"officials"}):
        return "role" if not _ends_in_name(words) else "person"
    capitals = [w for w in words if w[:1].isupper()]
    if len(capitals) >= 2 or (len(words) == 1 and words[0][:1].isupper() and len(words[0]) > 2):
        return "person" if len(capitals) >= 2 else None
    return None


def _ends_in_name(words: list[str]) -> bool:
    """'Senator Bob Menendez', 'President Antonio Costa': a title followed by a name."""
    tail = words[-2:]
    return len(tail) == 2 and all(
        w[:1].isupper() and w.lower() not in lx.TITLE_WORDS | lx.ANAPHOR_NOUNS for w in tail
    )


def suggest(
    articles: list[Article],
    actor_set: ActorSet,
    chunker: ChunkerParams | None = None,
    params: AttributionParams | None = None,
) -> tuple[list[Suggestion], int]:
    """Unknown speakers as suggestions (most frequent first) and how many generic ones."""
    chunker = chunker or ChunkerParams()
    params = params or AttributionParams()
    counts: Counter[tuple[str, str]] = Counter()
    examples: dict[tuple[str, str], tuple[str, str]] = {}
    generic = 0
    for article in articles:
        for st in attribute(article, chunk_article(article, chunker), actor_set, params):
            if st.attribution_kind != "unknown_speaker" or not st.speaker_mention:
                continue
            kind = phrase_kind(st.speaker_mention)
            if kind is None:
                generic += 1
                continue
            key = (kind, st.speaker_mention)
            counts[key] += 1
            examples.setdefault(key, (st.text, article.article_id))
    rows = [
        Suggestion(kind, phrase, n, *examples[(kind, phrase)])
        for (kind, phrase), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    return rows, generic


def format_suggestions(rows: list[Suggestion], generic: int) -> str:
    lines = [f"{'kind':<12} {'count':>5}  {'speaker phrase':<40} example"]
    for r in rows:
        example = r.example if len(r.example) <= 90 else r.example[:87] + "..."
        lines.append(f"{r.kind:<12} {r.count:>5}  {r.phrase:<40} [{r.article_id}] {example}")
    if not rows:
        lines.append("(every speaker found matches a study actor)")
    lines.append(f"{generic} more statements by generic speakers (analysts, experts, officials)")
    return "\n".join(lines)


def run_actor_suggestions(config, run_dir: Path) -> list[Suggestion]:
    """The entry point of `task=actors`: prints the table, writes actors.md and actors.json."""
    from pipeline.actors import build_actor_set
    from pipeline.articles import read_articles

    articles = read_articles(config.data)
    rows, generic = suggest(
        articles, build_actor_set(config.actors), config.chunker, config.attribution
    )
    table = format_suggestions(rows, generic)
    print(table)
    atomic_write_text(
        Path(run_dir) / "actors.md",
        "# Speakers that match no study actor\n\n"
        "Add the ones you need to the study file (name, group, aliases).\n\n"
        f"```\n{table}\n```\n",
    )
    atomic_write_json(
        Path(run_dir) / "actors.json",
        {"suggestions": [r.__dict__ for r in rows], "generic_statements": generic},
    )
    return rows
