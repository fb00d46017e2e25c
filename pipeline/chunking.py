"""Chunking: an article becomes sentences (or windows of sentences) with offsets into its text.

Rules, no model: a sentence ends at . ! ? (plus closing quotes/brackets) followed by space and a
capital, a digit or an opening quote, except inside a closed quotation, after a title or month
abbreviation ("Mr.", "Sept."), after an initial ("J.") and after a dotted acronym ("U.S.") unless
the next word is a typical sentence opener. Hyphenated names ("Sino-US") never contain a break.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from pipeline.calendar_words import MONTHS
from pipeline.errors import UserError
from pipeline.param_checks import choice, require
from pipeline.quotes import QUOTE_CHARS, dash_quotation, find_quotes
from pipeline.types import Article, Chunk

CHUNK_KINDS = ("sentence", "paragraph", "window")
ChunkKind = choice("ChunkKind", CHUNK_KINDS, __name__)

# Abbreviations that are never the end of a sentence (they precede a name or a number).
NON_TERMINAL = frozenset(
    "mr mrs ms dr prof gen lt col maj capt sgt cmdr adm sen rep gov pres amb rev hon st mt ft "
    "atty supt insp brig eng engr assoc asst lieut smt shri kum messrs mme mlle "
    "jan feb mar apr jun jul aug sep sept oct nov dec vs approx dept govt est fig "
    "e.g i.e cf md mohd "
    # initials of Cyrillic letters that Latin spells with two ("Ts. Khulan", "Kh. Battulga")
    "ts kh zh ch sh".split()
)
# Words that open a new sentence after an acronym such as "U.S." ends the previous one.
SENTENCE_OPENERS = frozenset(
    "the a an he she it they we i you this that these those there but and or so yet however "
    "meanwhile in on at for after before while although though when if as his her its their "
    "our my".split()
)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_CLOSERS = "”\"’»')]}"
_OPENERS = "“\"‘«'([{"


@dataclass
class ChunkerParams:
    """kind: sentence | paragraph | window. A window holds `window` sentences and moves by
    `stride` sentences; it never crosses a paragraph break unless `cross_paragraphs`."""

    kind: ChunkKind = ChunkKind.sentence
    window: int = 3
    stride: int = 2
    cross_paragraphs: bool = False

    def __post_init__(self) -> None:
        require(self.window >= 1, "window", self.window, "must be >= 1")
        require(self.stride >= 1, "stride", self.stride, "must be >= 1")


def paragraph_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Paragraphs (separated by blank lines) of text[start:end], whitespace stripped."""
    spans = []
    pos = start
    for brk in _PARAGRAPH_BREAK.finditer(text, start, end):
        spans.append((pos, brk.start()))
        pos = brk.end()
    spans.append((pos, end))
    return [s for s in (_strip(text, a, b) for a, b in spans) if s[0] < s[1]]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _word_before(text: str, pos: int, floor: int) -> str:
    """The whitespace-delimited word ending at `pos` (exclusive), without leading brackets."""
    i = pos
    while i > floor and not text[i - 1].isspace():
        i -= 1
    return text[i:pos].lstrip(_OPENERS)


def _word_after(text: str, pos: int, end: int) -> str:
    i = pos
    while i < end and not text[i].isspace():
        i += 1
    return text[pos:i].strip(_OPENERS + _CLOSERS + ",;:.")


def _is_break(text: str, dot: int, nxt: int, end: int) -> bool:
    """Whether the terminator at `dot` ends a sentence whose successor starts at `nxt`."""
    first = text[nxt]
    if not (first.isupper() or first.isdigit() or first in _OPENERS):
        return False
    if text[dot] != ".":
        return True
    word = _word_before(text, dot + 1, 0)
    stem = word[:-1].lower()
    if stem in NON_TERMINAL or (len(stem) == 1 and stem.isalpha()):
        return False
    if word in ("No.", "Nos.") and first.isdigit():  # "No. 2", but "said no. Then"
        return False
    if stem.isdigit() and len(stem) <= 2 and _word_after(text, nxt, end).lower() in MONTHS:
        return False  # a day written "(6. October, 2017)"
    if "." in stem:  # dotted acronym: U.S., U.N., a.m.
        follower = _word_after(text, nxt, end).lower()
        return first in _OPENERS or follower in SENTENCE_OPENERS
    return True


def _dateline(head: str) -> bool:
    """'BAKU. KAZINFORM …', 'MOSCOW. May 8 (Interfax) - …': a place in capitals opening the
    paragraph, which its stop does not end as a sentence."""
    words = head.split()
    return (
        0 < len(words) <= 3
        and head.isupper()
        and all(w.replace("-", "").replace("'", "").isalpha() for w in words)
    )


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside one paragraph text[start:end]."""
    dashed = dash_quotation(text, start, end)
    quotes = [dashed] if dashed is not None else find_quotes(text, start, end)
    inside = [(q.start, q.end) for q in quotes if q.closed]
    starts = [a for a, _ in inside]  # quotations are disjoint and in order: bisect, not scan
    spans: list[tuple[int, int]] = []
    sent_start = start
    i = start
    while i < end:
        if text[i] in ".!?…":
            j = i + 1
            while j < end and (text[j] in _CLOSERS or text[j] in ".!?…"):
                j += 1
            k = j
            while k < end and text[k].isspace():
                k += 1
            n = bisect_left(starts, j) - 1
            in_quote = n >= 0 and j < inside[n][1]
            dateline = sent_start == start and _dateline(text[start:i])
            if k > j and k < end and not in_quote and not dateline and _is_break(text, i, k, end):
                spans.append((sent_start, j))
                sent_start = k
            i = j
            continue
        i += 1
    spans.append((sent_start, end))
    return [s for s in (_strip(text, a, b) for a, b in spans) if s[0] < s[1]]


def _body_span(article: Article) -> tuple[int, int]:
    if article.body_span is not None:
        return article.body_span
    if article.title_span is not None:
        return (article.title_span[1], len(article.text))
    return (0, len(article.text))


def _group(
    sentences: list[tuple[int, int, int]], params: ChunkerParams
) -> list[tuple[int, int, int]]:
    """Merge (start, end, paragraph) sentences into paragraphs or sliding windows."""
    if params.kind == "sentence":
        return sentences
    if params.kind == "paragraph":
        size, stride, cross = len(sentences) or 1, len(sentences) or 1, False
    else:
        size, stride, cross = params.window, params.stride, params.cross_paragraphs
    runs: list[list[tuple[int, int, int]]] = []
    for sent in sentences:
        if runs and (cross or runs[-1][-1][2] == sent[2]):
            runs[-1].append(sent)
        else:
            runs.append([sent])
    grouped = []
    for run in runs:
        for first in range(0, len(run), stride):
            part = run[first : first + size]
            grouped.append((part[0][0], part[-1][1], part[0][2]))
            if first + size >= len(run):
                break
    return grouped


# The longest paragraph that can be a quotation's detached attribution line ("Nino
# Utiashvili, Head of the Nuclear and Radiation Safety Agency said.").
ATTRIBUTION_LINE_WORDS = 12


def _continues(text: str, before: tuple[int, int], after: tuple[int, int], alone: bool) -> bool:
    """The sentence before a paragraph break stops on a comma and the one after goes on with it:
    it opens in lower case ('…level playing field,' then 'stated Maros Sefcovic, the EU's trade
    commissioner.'), or the comma ends a quotation and the next paragraph is only a short line
    with no quotation of its own ('…growth",' then 'Nino Utiashvili, Head of the … Agency
    said.'). A new list item or a new quotation after the comma starts afresh."""
    stop = text[before[0] : before[1]].rstrip()
    if not stop.rstrip(_CLOSERS).endswith(","):
        return False
    line = text[after[0] : after[1]]
    if line[:1].islower():
        return True
    quoted = any(ch in _CLOSERS for ch in stop[-2:])  # '…growth",' or '…growth,"'
    return (
        quoted
        and alone
        and not QUOTE_CHARS.intersection(line)
        and len(line.split()) <= ATTRIBUTION_LINE_WORDS
    )


def _join_broken(sentences: list[tuple[int, int, int]], text: str) -> list[tuple[int, int, int]]:
    """Sentences with a paragraph's unfinished last one joined to the next paragraph's first
    where that goes on with it, in the earlier paragraph."""
    joined: list[tuple[int, int, int]] = []
    for k, (a, b, para) in enumerate(sentences):
        alone = k + 1 == len(sentences) or sentences[k + 1][2] != para
        if joined and joined[-1][2] < para and _continues(text, joined[-1][:2], (a, b), alone):
            joined[-1] = (joined[-1][0], b, joined[-1][2])
        else:
            joined.append((a, b, para))
    return joined


def chunk_article(article: Article, params: ChunkerParams) -> list[Chunk]:
    """Title chunk (is_title=True, paragraph 0) then body chunks, in document order."""
    if params.kind not in CHUNK_KINDS:
        raise UserError(
            f"unknown chunker kind {params.kind!r}; choose one of {', '.join(CHUNK_KINDS)}"
        )
    text = article.text
    chunks: list[Chunk] = []
    paragraph = 0
    if article.title_span is not None:
        a, b = _strip(text, *article.title_span)
        if a < b:
            chunks.append(Chunk(article.article_id, 0, text[a:b], a, b, 0, is_title=True))
            paragraph = 1
    sentences = []
    for offset, (p_start, p_end) in enumerate(paragraph_spans(text, *_body_span(article))):
        sentences.extend(
            (a, b, paragraph + offset) for a, b in split_sentences(text, p_start, p_end)
        )
    for a, b, para in _group(_join_broken(sentences, text), params):
        chunks.append(Chunk(article.article_id, len(chunks), text[a:b], a, b, para))
    return chunks
