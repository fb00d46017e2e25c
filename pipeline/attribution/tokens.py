"""A chunk as a token list: words, punctuation, whole quotations and actor mentions.

Quotations become single QUOTE tokens, so speech verbs inside a quote ("I said") are never
cues and a possessive apostrophe inside one cannot end it. Mentions outside quotations become
single MENTION tokens (longest alias already chosen by the matcher).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.actors import Mention
from pipeline.quotes import QuoteSpan

WORD, PUNCT, QUOTE, MENTION = "word", "punct", "quote", "mention"
_PREFIXES = ("re-",)
_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Token:
    kind: str
    text: str
    start: int
    end: int
    mention: Mention | None = None
    lower: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Computed once: cue rules compare the lower-cased word many times per token. A
        # hyphenated prefix is the same word ("re-iterated" is "reiterated").
        lower = self.text.lower()
        if self.kind == WORD and lower.startswith(_PREFIXES):
            lower = lower.replace("-", "", 1)
        object.__setattr__(self, "lower", lower)

    def is_word(self, *words: str) -> bool:
        return self.kind == WORD and self.lower in words


def tokenize(
    text: str, start: int, end: int, quotes: list[QuoteSpan], mentions: list[Mention]
) -> list[Token]:
    """Tokens of text[start:end]; quotes and mentions must lie inside or overlap the range."""
    blocks: list[Token] = []
    for q in quotes:
        a, b = max(q.start, start), min(q.end, end)
        if a < b:
            blocks.append(Token(QUOTE, text[a:b], a, b))
    quoted = list(blocks)  # the chunk's few quotations
    for m in mentions:
        if (
            start <= m.start
            and m.end <= end
            and not any(t.start <= m.start < t.end for t in quoted)
        ):
            blocks.append(Token(MENTION, text[m.start : m.end], m.start, m.end, m))
    blocks.sort(key=lambda t: t.start)
    tokens: list[Token] = []
    pos = start
    for block in [*blocks, None]:
        stop = end if block is None else block.start
        for m in _TOKEN.finditer(text, pos, stop):
            kind = WORD if m.group()[0].isalnum() or m.group()[0] == "_" else PUNCT
            tokens.append(Token(kind, m.group(), m.start(), m.end()))
        if block is not None:
            tokens.append(block)
            pos = block.end
    return tokens
