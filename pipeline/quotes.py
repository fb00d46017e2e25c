"""Quotation spans in news text: curly or straight double quotes, «guillemets», ‘single’ quotes,
and a straight 'single' quotation that opens a paragraph.

Shared by sentence chunking (a sentence never ends inside a closed quotation) and attribution
(quoted words are what a speaker says). The apostrophe ’ doubles as a closing single quote, so a
possessive ("the United States’ court") never closes a double quotation, and closes a single one
only where it cannot be a possessive, or where no later mark in the paragraph closes it ("the
‘1+ Million Genomes’ initiative").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPEN_DOUBLE = "“"
CLOSE_DOUBLE = "”"
STRAIGHT_DOUBLE = '"'
STRAIGHT_SINGLE = "'"
OPEN_SINGLE = "‘"
CLOSE_SINGLE = "’"
# Translated wire copy (TASS, Anadolu, European agencies) often keeps «these».
OPEN_GUILLEMET = "«"
CLOSE_GUILLEMET = "»"
OPENERS = {OPEN_DOUBLE: CLOSE_DOUBLE, OPEN_SINGLE: CLOSE_SINGLE, OPEN_GUILLEMET: CLOSE_GUILLEMET}
# Two single marks typed where a closing double mark belongs (Indian and Pakistani copy).
DOUBLED_SINGLES = ("’’", "''")
QUOTE_CHARS = frozenset(STRAIGHT_DOUBLE + "".join(OPENERS) + "".join(OPENERS.values()))
# A closing double mark with none of these before it in its paragraph lost its opening mark
# (single marks are left out: "’" is also an apostrophe) when one of the attribution's first
# words follows it; the lost mark stood where its sentence starts, after a full stop and space.
_DOUBLE_MARKS = (QUOTE_CHARS - {OPEN_SINGLE, CLOSE_SINGLE}) | {"„"}
_ATTRIBUTION_OPENERS = frozenset("said says added told stated he she".split())
_SENTENCE_START = re.compile(r"[.!?]\s+(?=[A-Z])")
# ... unless an earlier sentence of the paragraph speaks in the first person, which narration
# does not: then the quotation, and the lost mark, opened the paragraph.
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|us|[Mm]y)\b")
# What ends a paragraph whose quotation lost its closing mark: a comma, then the attribution
# (", said Banun Harpini, head of …" or ", Foreign Affairs Minister Winston Peters says.").
# Only the commonest attribution verbs: a missing mark is told by where it was dropped.
_LOST_CLOSE = re.compile(
    r",\s+(?:(?:said|says|told|added)\s+(?:[A-Z]|the\b|an?\b|he\b|she\b)[^“”\"«»]*"
    r"|(?:(?:[A-Z][\w.’'-]*|of|the|and)\s+){1,8}(?:said|says|added)\.)\s*$"
)


@dataclass(frozen=True)
class QuoteSpan:
    """[start, end) includes the quote marks. `closed` is False for a quotation still open at the
    end of its paragraph (the wire convention for a quote that runs on into the next paragraph)."""

    start: int
    end: int
    closed: bool = True

    @property
    def inner(self) -> tuple[int, int]:
        return (self.start + 1, self.end - 1 if self.closed else self.end)


def _opens_straight(text: str, i: int) -> bool:
    """A straight quote opens when nothing word-like stands right before it."""
    return i == 0 or text[i - 1].isspace() or text[i - 1] in "([{—–-"


def _cannot_open(text: str, i: int, end: int) -> bool:
    """Punctuation, or the end of the paragraph, right after a mark: nothing is quoted there;
    nor does a mark open between a clause's closing comma and a lowercase word ('…
    Framework, “said Dimitrov')."""
    after = text[i + 1 : end].lstrip(" ")
    return not after or after[0] in ",.;:!?" or (text[i - 2 : i] == ", " and after[0].islower())


def _before_cue(text: str, i: int, end: int) -> bool:
    """A mark after the quotation's closing comma (or ? !) and before a lowercase word: where
    the attribution ('," said X') goes, so it closes the quotation, whatever its shape."""
    after = text[i + 1 : end].lstrip(" ")
    return text[i - 1 : i] in (",", "?", "!") and after[:1].islower()


def _lost_opening(text: str, i: int, end: int) -> bool:
    """A closing mark right after a word or its comma and before the attribution ('…
    industry” said Dr Ren'): it closes a quotation, where ' ”exactly match' opens one."""
    after = text[i + 1 : end].lstrip(" ").split(" ", 1)[0]
    return i > 0 and not text[i - 1].isspace() and after in _ATTRIBUTION_OPENERS


def _closes_single(text: str, i: int, end: int) -> bool:
    """’ closes a single quotation unless it is an apostrophe (it's, States’ court)."""
    after = text[i + 1] if i + 1 < end else " "
    if after.isalpha():
        return False  # contraction: it’s, don’t
    if text[i - 1 : i] in ("s", "S") and after == " ":
        # "the States’ court" (possessive) vs "‘… of the States’ he said": a lowercase noun
        # right after reads as possessive.
        rest = text[i + 2 : i + 3]
        return not rest.islower()
    return True


def _paragraph_single_quote(text: str, i: int, start: int, end: int) -> int | None:
    """Where a straight single quotation that opens a paragraph closes: a ' before a capital
    letter at the paragraph's start cannot be an apostrophe. Only with a closing ' in the
    paragraph that is no apostrophe (not "it's", not "the Philippines' government")."""
    if i != start or text[i] != STRAIGHT_SINGLE or not text[i + 1 : i + 2].isupper():
        return None
    for j in range(i + 2, end):
        if (
            text[j] == STRAIGHT_SINGLE
            and not text[j - 1].isspace()
            and _closes_single(text, j, end)
        ):
            subheading = not text[j + 1 : end].strip() and not any(c in ".!?," for c in text[i:j])
            return None if subheading else j  # "'Stronger relationship'": a BBC subheading
    return None


def find_quotes(text: str, start: int = 0, end: int | None = None) -> list[QuoteSpan]:
    """Outermost quotation spans in text[start:end] (normally one paragraph)."""
    end = len(text) if end is None else end
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    closer = ""
    possessive: int | None = None  # the first ’ an open single quotation passed as a possessive
    i = start
    while i < end or (open_at is not None and closer == CLOSE_SINGLE and possessive is not None):
        if i >= end:
            # "the ‘1+ Million Genomes’ initiative": a single quotation no later mark closes
            # closed at the ’ read as a possessive; what follows it is read again
            spans.append(QuoteSpan(open_at, possessive + 1))
            open_at, i, possessive = None, possessive + 1, None
            continue
        ch = text[i]
        if open_at is None:
            possessive = None
            if ch in OPENERS and not (ch == OPEN_SINGLE and text[i - 1 : i].isalnum()):
                # "Russia‘s neighbour": a ‘ typed for an apostrophe, inside a word, opens nothing;
                # nor does '… abroad “, assures the ministry': a closing mark typed as an opening
                # one whose own opening mark the page lost
                if ch != OPEN_DOUBLE or text[i + 1 : end].lstrip(" ")[:1] not in (",", ";"):
                    open_at, closer = i, OPENERS[ch]
            elif ch == STRAIGHT_DOUBLE and _opens_straight(text, i):
                open_at, closer = i, STRAIGHT_DOUBLE
            elif ch == CLOSE_DOUBLE and i == start and CLOSE_DOUBLE in text[i + 1 : end]:
                # '”Japan successfully eliminated … ,” said JICA Chief Representative …': a
                # closing mark typed for the opening one where the paragraph starts
                open_at, closer = i, CLOSE_DOUBLE
            elif (close := _paragraph_single_quote(text, i, start, end)) is not None:
                # "'Japan stands with the Philippines …,' says Prime Minister Shinzo Abe"
                spans.append(QuoteSpan(i, close + 1))
                i = close
            elif (
                ch == CLOSE_DOUBLE
                and not spans
                and _lost_opening(text, i, end)
                and _DOUBLE_MARKS.isdisjoint(text[start:i])
            ):
                # 'The resolution provides WHO with a clear mandate …” said Dr Ren Minghui': the
                # page lost the opening mark, at the start of the sentence the mark closes ('With
                # this inauguration, we now have 30 … . More such centres are in the pipeline.
                # … their livelihood,” he added': at the paragraph's start)
                starts = [m.end() for m in _SENTENCE_START.finditer(text, start, i)]
                opening = starts[-1] if starts else start
                if _FIRST_PERSON.search(text, start, opening):
                    opening = start
                opening += len(text[opening:i]) - len(text[opening:i].lstrip())
                spans.append(QuoteSpan(opening, i + 1))
            elif (
                ch == CLOSE_DOUBLE
                and not spans
                and not text[i + 1 : end].strip()
                and _DOUBLE_MARKS.isdisjoint(text[start:i])
            ):
                # '… were estimated to cost over US$1 billion. The risks … coming decades.”': a
                # paragraph that only closes a quotation lost the mark that opened it
                spans.append(QuoteSpan(start, i + 1))
            elif text[i : i + 2] == "''" and _opens_straight(text, i):
                # "''Bulgaria has the right …,'' said Chakarov": two straight singles typed
                # for a double mark open it (and close it, below)
                open_at, closer = i, STRAIGHT_DOUBLE
                i += 1
        elif ch == closer and (closer != CLOSE_SINGLE or _closes_single(text, i, end)):
            spans.append(QuoteSpan(open_at, i + 1))
            open_at = None
        elif ch == closer and possessive is None and not text[i + 1 : i + 2].isalpha():
            possessive = i  # "‘… of the States’ court …’": read on, but remember it
        elif closer in (CLOSE_DOUBLE, STRAIGHT_DOUBLE) and text[i : i + 2] in DOUBLED_SINGLES:
            # "“unimpeded, unhindered and unconditional’’": two single marks typed for one
            # closing double mark
            spans.append(QuoteSpan(open_at, i + 2))
            open_at = None
            i += 1
        elif OPENERS.get(ch) == closer and (
            _cannot_open(text, i, end) or _before_cue(text, i, end)
        ):
            # '“… into a Museum “, he wrote', '‘We also invite journalists …,‘ he added': an
            # opening mark typed for the closing one
            spans.append(QuoteSpan(open_at, i + 1))
            open_at = None
        elif (
            ch == CLOSE_DOUBLE and closer == STRAIGHT_DOUBLE and OPEN_DOUBLE not in text[open_at:i]
        ):
            # '"A number of documents will be signed,” the Kremlin added': scraped copy mixes a
            # straight opening mark with a curly closing one (a curly ” cannot open a quotation)
            spans.append(QuoteSpan(open_at, i + 1))
            open_at = None
        elif ch == CLOSE_DOUBLE and closer == CLOSE_SINGLE and _before_cue(text, i, end):
            # '‘[T]he … Agreement … will be crucial …,” said Mauritius Prime Minister …': a
            # single opening mark and a double closing one before the attribution
            spans.append(QuoteSpan(open_at, i + 1))
            open_at = None
        elif (
            ch == STRAIGHT_DOUBLE
            and closer == CLOSE_DOUBLE
            and not _opens_straight(text, i)
            and (CLOSE_DOUBLE not in text[i:end] or _before_cue(text, i, end))
        ):
            # '“… must play by the rules."': the reverse mix, a straight mark after a word that
            # no curly one follows in the paragraph, or one the attribution follows ('“… transit
            # camps," said Dana Sleiman, "who arrive …”')
            spans.append(QuoteSpan(open_at, i + 1))
            open_at = None
        i += 1
    if open_at is not None and (lost := _LOST_CLOSE.search(text, open_at + 1, end)):
        # '“Our supply … rejected, said Banun Harpini.': the closing mark fell before the
        # attribution that ends the paragraph; the comma stands where it was
        spans.append(QuoteSpan(open_at, lost.start() + 1))
    elif open_at is not None:
        # Trailing whitespace is not part of the quotation.
        stop = end
        while stop > open_at and text[stop - 1].isspace():
            stop -= 1
        spans.append(QuoteSpan(open_at, stop, closed=False))
    return spans


# How many paragraphs a quotation may run on without a new opening mark.
MAX_RUN_ON_PARAGRAPHS = 6


def find_quotes_in_paragraphs(text: str, paragraphs: list[tuple[int, int]]) -> list[QuoteSpan]:
    """find_quotes over each paragraph, plus quotations that run on into later paragraphs with
    no new opening mark ("he said, ‘The country has … [¶] … everyone will suffer.’"): after a
    paragraph that ends inside a quotation, the following text is quoted up to the first closing
    mark of that kind, if one comes before any opening mark within a few paragraphs. Without
    such a closer nothing is assumed (a missing closing mark is as likely as a run-on)."""
    spans = _dash_quotations(text, paragraphs)
    k, start = 0, None
    while k < len(paragraphs):
        a, b = paragraphs[k]
        found = find_quotes(text, a if start is None else start, b)
        spans.extend(found)
        start = None
        if found and not found[-1].closed:
            run = _run_on(text, paragraphs[k + 1 : k + 1 + MAX_RUN_ON_PARAGRAPHS], found[-1])
            if run:
                spans.extend(run)
                k += len(run)
                start = run[-1].end  # the rest of the paragraph the quotation closes in
                continue
        k += 1
    return sorted(spans, key=lambda q: q.start)


# A paragraph opened by a dash and a space is a quotation in the Nordic and continental style
# ("– AMR is a serious global threat …, says Minister for Food Ellen Trane Nørby."), ending
# before its closing speaker, if any, whom a second dash may set off ("…, – said Kulcsár.").
QUOTATION_DASHES = ("– ", "— ")
_DASH_SPEAKER = re.compile(
    r",\s+(?:[–—]\s+)?"
    r"(?:says|said|adds|added|states|stated|explains|explained|notes|noted)\s[^.!?]*[.!?]?\s*$"
)


def dash_quotation(text: str, start: int, end: int) -> QuoteSpan | None:
    """A paragraph text[start:end] opened by a dash, with no quotation marks, that closes with
    its speaker: the quotation up to the comma before them (a sentence never ends inside it);
    else None."""
    if not text.startswith(QUOTATION_DASHES, start) or QUOTE_CHARS.intersection(text[start:end]):
        return None
    speaker = _DASH_SPEAKER.search(text, start, end)
    return None if speaker is None else QuoteSpan(start, speaker.start() + 1)


def _dash_quotations(text: str, paragraphs: list[tuple[int, int]]) -> list[QuoteSpan]:
    """The dash-opened paragraphs with no quotation marks, as quotations, when the article
    uses the style: one of them closes with its speaker (a dashed list is no quotation). The
    others run on to their paragraph's end, and go on with the last speaker."""
    dashed = [
        (a, b)
        for a, b in paragraphs
        if text.startswith(QUOTATION_DASHES, a) and not QUOTE_CHARS.intersection(text[a:b])
    ]
    closed = [dash_quotation(text, a, b) for a, b in dashed]
    if not any(closed):
        return []
    return [
        span or QuoteSpan(a, len(text[:b].rstrip()), closed=False)
        for (a, b), span in zip(dashed, closed, strict=True)
    ]


def _run_on(text: str, paragraphs: list[tuple[int, int]], unclosed: QuoteSpan) -> list[QuoteSpan]:
    """Spans continuing `unclosed` through `paragraphs` up to its closing mark, or [] when an
    opening mark comes first or no closer comes at all."""
    opener = text[unclosed.start]
    closer = OPENERS.get(opener, STRAIGHT_DOUBLE)
    run: list[QuoteSpan] = []
    for a, b in paragraphs:
        for i in range(a, b):
            ch = text[i]
            if ch == STRAIGHT_DOUBLE and closer == STRAIGHT_DOUBLE:
                if _opens_straight(text, i):
                    return []
                return [*run, QuoteSpan(a, i + 1)]
            if ch in OPENERS or ch == STRAIGHT_DOUBLE:
                return []  # a new quotation opens: the wire convention, handled per paragraph
            if ch == closer and (closer != CLOSE_SINGLE or _closes_single(text, i, b)):
                return [*run, QuoteSpan(a, i + 1)]
        stop = b
        while stop > a and text[stop - 1].isspace():
            stop -= 1
        run.append(QuoteSpan(a, stop, closed=False))
    return []
