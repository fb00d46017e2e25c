"""Derive speaker-model training chunks from PolNeAR (data/gold/speaker/polnear_chunks.jsonl).

PolNeAR marks each attribution's source, cue and content but knows no study actors, so each
article gets a study of its own: every CoreNLP PERSON, ORGANIZATION and LOCATION name in it
is an actor (a person's last name is an alias; people belong to a "people" group so the
engine treats them as persons). The rules then run on the article exactly as on a gold
article (speaker_model=none) and every chunk's candidates are kept with its gold speakers:
the actors whose mention overlaps the source of an attribution whose cue lies in the chunk or
whose content covers most of it. A chunk with an attribution whose source is no actor ("he",
"officials", no source) is left out: its speaker is unknown here. Only the train compartment
is read.

    python scripts/derive_polnear_speaker_examples.py data/benchmarks/polnear [--out PATH]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from derive_cue_rates import SOURCE  # noqa: E402

from pipeline.attribution.engine import speaker_candidates  # noqa: E402
from pipeline.attribution.params import AttributionParams  # noqa: E402
from pipeline.chunking import ChunkerParams, chunk_article  # noqa: E402
from pipeline.types import Actor, ActorSet, Article  # noqa: E402

OUT = ROOT / "data/gold/speaker/polnear_chunks.jsonl"
NER = re.compile(
    r"<word>(.*?)</word>.*?<CharacterOffsetBegin>(\d+)</CharacterOffsetBegin>\s*"
    r"<CharacterOffsetEnd>(\d+)</CharacterOffsetEnd>.*?<NER>(.*?)</NER>",
    re.S,
)
KINDS = ("PERSON", "ORGANIZATION", "LOCATION")
PEOPLE = "people"
RULES = AttributionParams(confidence="rules", speaker_model="none")
MIN_COVER = 0.5


def entities(xml: str, text: str) -> list[tuple[str, int, int]]:
    """(kind, start, end) of each run of tokens with one NER kind."""
    out: list[tuple[str, int, int]] = []
    for _, begin, end, ner in NER.findall(xml):
        begin, end = int(begin), int(end)
        if ner not in KINDS:
            continue
        if out and out[-1][0] == ner and text[out[-1][2] : begin].strip() == "":
            out[-1] = (ner, out[-1][1], end)
        else:
            out.append((ner, begin, end))
    return out


def _key(surface: str) -> str:
    """The alias matcher's key: case, spaces and apostrophes do not tell two names apart."""
    return " ".join(surface.replace("’", "'").replace("‘", "'").lower().split())


def study(found: list[tuple[str, int, int]], text: str) -> tuple[ActorSet, dict[str, str]]:
    """The article's study, and each entity surface (lower-cased) -> its actor."""
    actor_of: dict[str, str] = {}
    kinds: dict[str, str] = {}
    for kind, a, b in found:
        surface = text[a:b]
        if _key(surface) not in actor_of and _key(surface) != PEOPLE:
            actor_of[_key(surface)] = surface
            kinds[surface] = kind
    actors = [Actor(PEOPLE)]
    for name, kind in kinds.items():
        aliases = ()
        last = name.split()[-1]
        if kind == "PERSON" and " " in name and _key(last) not in actor_of:
            aliases = (last,)
            actor_of[_key(last)] = name
        actors.append(Actor(name, PEOPLE if kind == "PERSON" else None, aliases))
    return ActorSet("politics", tuple(actors)), actor_of


def relations(ann: str) -> list[dict[str, list[tuple[int, int]]]]:
    """Each attribution's Source, Cue and Content spans."""
    by_id: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    for line in ann.splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            label, _, where = fields[1].partition(" ")
            parts = [tuple(map(int, p.split())) for p in where.split(";")]
            by_id[fields[0]] = (label, parts)
    out = []
    for line in ann.splitlines():
        if not line.startswith("E"):
            continue
        rel: dict[str, list[tuple[int, int]]] = {"Source": [], "Cue": [], "Content": []}
        for arg in line.split("\t")[1].split():
            role, _, ref = arg.partition(":")
            if role in rel and ref in by_id:
                rel[role].extend(by_id[ref][1])
        out.append(rel)
    return out


def _overlap(a: int, b: int, parts: list[tuple[int, int]]) -> int:
    return sum(max(0, min(b, y) - max(a, x)) for x, y in parts)


def article_of(name: str, text: str) -> Article:
    title, sep, _ = text.partition("\n")
    body = len(title) + len(sep)
    return Article(name, text, title=title, title_span=(0, len(title)), body_span=(body, len(text)))


def chunks_of(name: str, text: str, xml: str, ann: str) -> list[dict]:
    found = entities(xml, text)
    actor_set, actor_of = study(found, text)
    article = article_of(name, text)
    chunks = chunk_article(article, ChunkerParams())
    _, candidates = speaker_candidates(article, chunks, actor_set, RULES)
    rels = relations(ann)
    rows = []
    for chunk, cands in candidates:
        a, b = chunk.char_start, chunk.char_end
        involved = [
            r
            for r in rels
            if _overlap(a, b, r["Cue"]) or _overlap(a, b, r["Content"]) >= MIN_COVER * (b - a)
        ]
        gold = set()
        known = True
        for r in involved:
            sources = {
                actor_of[_key(text[x:y])]
                for _, x, y in found
                if _overlap(x, y, r["Source"]) and _key(text[x:y]) in actor_of
            }
            known = known and bool(sources)
            gold |= sources
        if known:
            rows.append({"group": f"polnear/{name}", "gold": sorted(gold), "candidates": cands})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("polnear", type=Path, help="folder holding PolNeAR's data/train")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--articles", type=int, default=0, help="first N articles (0 = all)")
    args = parser.parse_args(argv)
    train = args.polnear / "data/train"
    if not (train / "corenlp").is_dir():
        print(f"error: {train}/corenlp not found", file=sys.stderr)
        return 2
    annotations = sorted((train / "attributions").glob("*.ann"))
    xmls = sorted((train / "corenlp").glob("*.txt.xml"))
    if args.articles:
        xmls = xmls[: args.articles]
    digest = hashlib.sha256()
    rows = []
    for xml_path in xmls:
        stem = xml_path.name[: -len(".txt.xml")]
        ann = next((p for p in annotations if p.name.startswith(stem + "_")), None)
        text_path = train / "text" / f"{stem}.txt"
        if ann is None or not text_path.exists():
            continue
        text = text_path.read_text(encoding="utf-8")
        ann_text = ann.read_text(encoding="utf-8")
        digest.update(text.encode() + ann_text.encode())
        rows.extend(chunks_of(stem, text, xml_path.read_text(encoding="utf-8"), ann_text))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    header = {
        "source": SOURCE,
        "command": "python scripts/derive_polnear_speaker_examples.py data/benchmarks/polnear",
        "inputs_sha256": digest.hexdigest(),
        "chunks": len(rows),
    }
    lines = [json.dumps({"header": header})] + [json.dumps(r, sort_keys=True) for r in rows]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    spoken = sum(bool(r["gold"]) for r in rows)
    print(f"{len(rows)} chunks ({spoken} with a speaker) -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
