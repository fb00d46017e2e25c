"""Evaluative words, from the VADER lexicon that ships with the vaderSentiment package: what a
side calls something when it calls it "unfair", "hypocritical" or "unacceptable", and the
verdicts of diplomatic copy VADER lacks."""

from functools import cache
from importlib.resources import files

# Words at least this far from neutral on VADER's -4..4 scale ("unfair" -2.1, "wrong" -2.1);
# milder ones ("limited", "big") describe more often than they judge.
MIN_VALENCE = 1.5
# Verdicts of diplomatic and legal copy that VADER's social-media lexicon lacks ("called
# Lithuania's withdrawal from the Convention unprecedented", "called the charges baseless").
VERDICT_WORDS = frozenset(
    "unprecedented illegitimate premature baseless groundless unfounded absurd unjustified "
    "unwarranted inappropriate provocative discriminatory untrue counterproductive "
    "politicized politicised".split()
)


@cache
def evaluative_words() -> frozenset[str]:
    lexicon = files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    words = set()
    for line in lexicon.splitlines():
        word, valence, *_ = line.split("\t")
        if word.isalpha() and word.islower() and abs(float(valence)) >= MIN_VALENCE:
            words.add(word)
    return frozenset(words) | VERDICT_WORDS
