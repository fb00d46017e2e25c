"""Readers of the public benchmarks placed under data/benchmarks (see SOURCE.md there).

TweetEval stance and sentiment: label ids follow TweetEval's mapping.txt. Stance targets are the
SemEval-2016 Task 6 target phrases, which is what a zero-shot model is given as the target text.
TweetEval's sentiment train text file is over the snapshot size limit, so sentiment heads train
on the SemEval-2017 Task 4A training tweets (2013-2016; the pool TweetEval's train split came
from), with every tweet that also occurs in TweetEval's sentiment val or test removed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import UserError

BENCHMARKS = Path(__file__).resolve().parent.parent / "data" / "benchmarks"
ROOT = BENCHMARKS / "tweeteval"
SEMEVAL_ROOT = BENCHMARKS / "semeval2017_4a"
STANCE_IDS = {"0": "none", "1": "against", "2": "favor"}
SENTIMENT_IDS = {"0": "negative", "1": "neutral", "2": "positive"}
# folder -> the SemEval-2016 Task 6 target phrase
STANCE_TARGETS = {
    "abortion": "Legalization of Abortion",
    "atheism": "Atheism",
    "climate": "Climate Change is a Real Concern",
    "feminist": "Feminist Movement",
    "hillary": "Hillary Clinton",
}
SPLITS = ("train", "val", "test")


@dataclass(frozen=True)
class Split:
    texts: list[str]
    labels: list[str]
    files: tuple[Path, Path]


def _read(folder: Path, split: str, ids: dict[str, str]) -> Split:
    if split not in SPLITS:
        raise UserError(f"TweetEval split {split!r}: use one of {', '.join(SPLITS)}")
    text_file, label_file = folder / f"{split}_text.txt", folder / f"{split}_labels.txt"
    if not text_file.is_file() or not label_file.is_file():
        raise UserError(f"TweetEval files {text_file} / {label_file} are missing")
    texts = text_file.read_text(encoding="utf-8").splitlines()
    labels = [ids[x.strip()] for x in label_file.read_text().splitlines()]
    if len(texts) != len(labels):
        raise UserError(f"{text_file}: {len(texts)} texts but {len(labels)} labels")
    return Split([t.strip() for t in texts], labels, (text_file, label_file))


def stance_split(target: str, split: str, root: Path = ROOT) -> Split:
    if target not in STANCE_TARGETS:
        raise UserError(f"TweetEval stance target {target!r}: use one of {sorted(STANCE_TARGETS)}")
    return _read(root / "stance" / target, split, STANCE_IDS)


def sentiment_split(split: str, root: Path = ROOT) -> Split:
    return _read(root / "sentiment", split, SENTIMENT_IDS)


_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


def _clean_tweet(raw: str) -> str:
    """Some SemEval files keep JSON escapes (\\u002c) and outer quotes; TweetEval has neither."""
    text = _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), raw.strip().strip('"'))
    return re.sub(r"@\w+", "@user", text)


def _tweet_key(text: str) -> str:
    """What survives TweetEval's preprocessing (mentions -> @user, some links and quotes
    dropped): the words and numbers outside links, lower-cased."""
    text = re.sub(r"https?://\S+", " ", re.sub(r"@\w+", "@user", text)).lower()
    return " ".join(re.findall(r"[a-z0-9]+", text))


def sentiment_train_pool(root: Path = SEMEVAL_ROOT, tweeteval_root: Path = ROOT) -> Split:
    """SemEval-2017 4A training tweets (id, label, text .tsv files), deduplicated, with every
    tweet that TweetEval's sentiment val or test split holds left out."""
    files = sorted(root.glob("twitter-*-A.tsv"))
    if not files:
        raise UserError(f"no SemEval-2017 4A files (twitter-*-A.tsv) under {root}")
    held_out = {
        _tweet_key(_clean_tweet(t))
        for split in ("val", "test")
        for t in sentiment_split(split, tweeteval_root).texts
    }
    seen: set[str] = set()
    texts, labels = [], []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) < 3 or parts[1] not in SENTIMENT_IDS.values():
                continue
            text = _clean_tweet(parts[2])
            key = _tweet_key(text)
            if key in seen or key in held_out:
                continue
            seen.add(key)
            texts.append(text)
            labels.append(parts[1])
    return Split(texts, labels, (root, root))
