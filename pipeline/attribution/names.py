"""People the study does not name, met through the names it does.

- A surname alias glued to a further name is someone else: "spokesperson Wang Wenbin" is not
  Wang Yi, so that mention is dropped and the name stays an unknown word.
- A full name introduced by a role ("State Department spokesperson Matthew Miller") speaks for
  the role's actor, and its surname alone later in the article ("Miller told reporters") does too.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection

from pipeline.actors import Mention
from pipeline.attribution import lexicon as lx
from pipeline.attribution.cues import is_role, name_after_role
from pipeline.attribution.tokens import MENTION, WORD, Token
from pipeline.calendar_words import MONTHS, month_in_date
from pipeline.types import ActorSet

_NEXT_WORD = re.compile(r"[ \t]+([A-Z][\w’'-]*)")


def _is_name_word(word: str) -> bool:
    """A capitalised word that can continue a personal name (not "Monday", not "Says")."""
    lower = word.lower()
    return (
        word[:1].isupper()
        and lower not in lx.CALENDAR_WORDS
        and lower not in lx.FINITE_FORMS
        and lower not in lx.BASE_FORMS
    )


def drop_other_people(
    text: str, mentions: list[Mention], actor_set: ActorSet, end: int
) -> list[Mention]:
    """Mentions without the one-word person aliases, alone or after a title ("president Xi"),
    that are only the start of a longer name ("president Xi Guohua"). Persons are the actors
    with a group; a country's alias ("Beijing") is left alone."""
    starts = {m.start for m in mentions}
    kept = []
    for m in mentions:
        nxt = _NEXT_WORD.match(text, m.end, end)
        glued = (
            nxt is not None
            and nxt.start(1) not in starts
            and _is_name_word(nxt.group(1))
            and not m.possessive
            and ((" " not in m.surface and not is_role(m)) or _titled_surname(m.surface))
            and actor_set.get(m.actor).group is not None
        )
        if not glued:
            kept.append(m)
    return kept


_SURNAME_TITLES = lx.ROLE_WORDS | lx.TITLE_WORDS | lx.HONORIFICS


def _titled_surname(surface: str) -> bool:
    """'president Xi', 'Mr Wang': titles, then one capitalised name word."""
    *titles, name = surface.split()
    return (
        bool(titles) and _is_name_word(name) and all(w.lower() in _SURNAME_TITLES for w in titles)
    )


# Up to three capitalised words, then a head noun that names a private body.
_BODY_HEADS = "|".join(w.title() for w in lx.PRIVATE_BODY_HEADS)
_BODY_AFTER = re.compile(rf"[ ]+((?:[A-Z][\w’'-]*[ ]+){{0,3}})({_BODY_HEADS})\b")
# Two capitalised words right before a mention ("Radio Free Europe").
_NAME_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]*)[ ]+([A-Z][\w’'-]*)[ ]+$")


def drop_name_tails(
    text: str, mentions: list[Mention], actor_set: ActorSet, start: int
) -> list[Mention]:
    """Mentions without the one-word alias of a state or organisation that only ends a longer
    name: 'Europe' in 'Radio Free Europe' names a broadcaster, not the EU."""
    ends = {m.end for m in mentions}
    kept = []
    for m in mentions:
        before = _NAME_BEFORE.search(text, max(start, m.start - 40), m.start)
        tail = (
            before is not None
            and " " not in m.surface
            and actor_set.get(m.actor).group is None
            and not any(e > before.start() for e in ends if e <= m.start)
            and all(_names_part(w) for w in before.groups())
        )
        if not tail:
            kept.append(m)
    return kept


def _names_part(word: str) -> bool:
    """A capitalised word that may stand in a longer name: no title, and no adjective a hyphen
    joins to a place ('Paris-based', 'Beijing-backed')."""
    adjective = "-" in word and word.rsplit("-", 1)[1].islower()
    return _is_name_word(word) and word.lower() not in lx.TITLE_WORDS and not adjective


def drop_common_words(mentions: list[Mention], persons: Collection[str]) -> list[Mention]:
    """Mentions without one word of a person's name written in lower case, a common word: "the
    visa ban" does not name Ban Ki-moon."""

    def common(m: Mention) -> bool:
        word = m.surface.replace("’", "'").split("'")[0]  # without a possessive ending
        return m.actor in persons and word.islower() and word.title() in m.actor.split()

    return [m for m in mentions if not common(m)]


def drop_name_heads(text: str, mentions: list[Mention], actor_set: ActorSet) -> list[Mention]:
    """Mentions without a state that only opens the name of a body the study does not list:
    'the US Grains Council', 'the China Chamber of International Commerce' are trade groups,
    not the state."""
    starts = {m.start for m in mentions}
    kept = []
    for m in mentions:
        head = _BODY_AFTER.match(text, m.end)
        if head is not None and not lx.private_body_head(_last_word(head.group(1)), head.group(2)):
            head = None  # "the US National Security Council": the state's own
        inside = head is not None and any(m.end < s < head.end() for s in starts)
        if head is None or m.possessive or inside or actor_set.get(m.actor).group is not None:
            kept.append(m)
    return kept


def _last_word(words: str) -> str | None:
    return words.split()[-1] if words.strip() else None


def drop_role_before_name(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions without a role that the next words name as someone else: in "his Chinese
    counterpart Xie Zhenhua" the apposition, not the study's reading of the role, says who."""
    kept = []
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        apposition = (
            nxt is not None
            and nxt.actor != m.actor
            and not m.possessive
            and is_role(m)
            and not is_role(nxt)
            and text[m.end : nxt.start].isspace()
        )
        if not apposition:
            kept.append(m)
    return kept


def role_names(tokens: list[Token]) -> dict[str, str]:
    """Surname -> actor for each "ROLE First Last" (two or three name words after a role
    mention) and each "COUNTRY Title First Last" ("Chinese Premier Li Qiang" -> China)."""
    learned: dict[str, str] = {}
    for i, tok in enumerate(tokens):
        if tok.kind == MENTION and not tok.mention.possessive and is_role(tok.mention):
            k = i + 1
            while k < len(tokens) and k - i <= 3 and _is_name_token(tokens[k]):
                k += 1
            if k - i - 1 >= 2:
                learned[tokens[k - 1].text] = tok.mention.actor
        last_name = _is_name_token(tok) and not (
            i + 1 < len(tokens) and _is_name_token(tokens[i + 1])
        )
        owner = name_after_role(tokens, i) if last_name and i > 1 else None
        if (
            owner is not None
            and not is_role(tokens[owner].mention)
            and _is_name_token(tokens[i - 1])
            and not tokens[i - 1].is_word(*lx.TITLE_WORDS)
        ):
            # Chinese names put the surname first ("Li Qiang" -> "Li"), Western ones last.
            learned[tok.text] = learned[tokens[i - 1].text] = tokens[owner].mention.actor
    return learned


def full_names(tokens: list[Token], persons: frozenset[str]) -> dict[str, str]:
    """Name word -> person for each study person named in full, by the study's name for them
    ("Lu Kang", "Ambassador Lu Shaye"): a study may leave out a surname two of its people
    share, yet an article that names one of them in full calls that one by the surname alone
    ("Lu said"). Both ends of the name are kept, as Chinese names put the surname first. Later
    full names overwrite earlier ones, so the surname means whoever was named last. A month
    may be a name here ("Theresa May"); `learned_mentions` leaves it out of dates."""
    learned: dict[str, str] = {}
    for tok in tokens:
        if tok.kind != MENTION or tok.mention.actor not in persons:
            continue
        name = tok.mention.actor.split()
        words = tok.mention.surface.replace("’s", "").replace("'s", "").split()
        named = all(_is_name_word(w) or w.lower() in MONTHS for w in name)
        if 2 <= len(name) <= 3 and words[-len(name) :] == name and named:
            learned[name[0]] = learned[name[-1]] = tok.mention.actor
    return learned


def _is_name_token(tok: Token) -> bool:
    return tok.kind == WORD and tok.text.isalpha() and _is_name_word(tok.text)


def learned_mentions(
    text: str, start: int, end: int, learned: dict[str, str], mentions: list[Mention]
) -> list[Mention]:
    """Mentions of learned surnames in text[start:end] that no study alias already covers and
    that are not part of someone else's full name ("Stephen Miller" after "Matthew Miller")."""
    found = []
    for name, actor in learned.items():
        pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])(['’]s\b)?")
        for m in pattern.finditer(text, start, end):
            if any(a.start < m.end() and m.start() < a.end for a in mentions):
                continue
            if _in_other_name(text, m.start(), m.end(), m.group(1) is not None):
                continue
            if name.lower() in lx.SUBJECT_OF_PRONOUN and _opens_sentence(text, m.start()):
                continue  # "He said" opening a sentence is the pronoun, not the surname He
            if month_in_date(text, m.start(), m.start() + len(name)):
                continue  # "on May 10" after "Theresa May"
            found.append(Mention(actor, m.start(), m.end(), m.group(), m.group(1) is not None))
    return sorted([*mentions, *found], key=lambda m: m.start)


def _opens_sentence(text: str, pos: int) -> bool:
    """Only spaces and quotation marks stand between pos and the text's start or the last
    sentence's end ('…," He said' is mid-sentence; '… time. He spoke' is not)."""
    head = text[max(pos - 8, 0) : pos].rstrip(" \t\n\"“”‘’'")
    return not head or head[-1] in ".!?"


def _in_other_name(text: str, start: int, end: int, possessive: bool) -> bool:
    """A capitalised name word right before or (unless possessive) right after the surname."""
    before = _BEFORE.search(text, max(0, start - 40), start)
    after = None if possessive else _AFTER.match(text, end)
    return any(
        other is not None
        and _is_name_word(other.group(1))
        and other.group(1).lower() not in lx.NOT_NAME_WORDS
        and not other.group(1).endswith(("'s", "’s"))
        for other in (before, after)
    )


# "BEIJING, Jan. 15 (Xinhua) --", "MANILA, Philippines (UPDATED) –", "WASHINGTON -",
# "BEIJING (UrduPoint News / Sputnik - 03rd January, 2023)", "(Bloomberg) —", one scraped
# twice ("PARIS - PARIS (AP) -"), and the date first ("April 6, 2014 (KHARTOUM) –").
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(
    r"(?:(?:[A-Z][A-Z.'-]+(?:[ ][A-Z][A-Z.'-]+)*(?:,[^\n(–—]{0,40}?)?[ ]*"
    r"(?:\([^)\n]{0,80}\)[ ]*(?:(?:–|—|--|-)[ ]+)?|(?:–|—|--|-)[ ]+)"
    rf"|(?:{_MONTH}[ ]\d{{1,2}},?[ ]\d{{4}}[ ]*)?\([A-Z][^)\n]{{0,40}}\)[ ]*(?:–|—|--|-)[ ]+))+"
)


# Only at the opening of the first body paragraph, where wire copy puts its dateline:
# "Addis Ababa, Sep 11 (IANS) The …", "New Delhi (NVI): A day …", "Caracas, SANA -Venezuelan …",
# "Kathmandu, March 12 (efe-epa).- The …", "New Delhi [India], January 18 : The …"
# (a place in title case with an agency), and "Tehran: …", "WINDHOEK: …" (a place and a colon).
_LEAD_DATELINE = re.compile(
    r"[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2}"
    r"(?:[ ]\[[A-Z][A-Za-z ]{1,30}\])?"  # ANI's country: "New Delhi [India], January 18 :"
    r"(?:(?:,[ ][^\n(]{0,20}?\d[^\n(]{0,10}?)?[ ]*\([A-Za-z][A-Za-z-]{1,15}\)[ ]*"
    r"\.?(?:(?:–|—|--|-|:)[ ]*)?"
    r"|,[ ][A-Z]{2,8}[ ]*(?:–|—|--|-)[ ]*"
    r"|,[ ][A-Z][a-z]{2,8}\.?[ ]\d{1,2}[ ]*:[ ]*)"  # a date and a colon, the agency left out
    # the sentence goes on after it ("Royal Yachting Association (UK) and The National …
    # Committee pledge"): no dateline
    r"(?![ ]*[a-z])"
)
_COLON_DATELINE = re.compile(r"[A-Z][A-Za-z.'-]+(?:[ ][A-Z][A-Za-z.'-]+){0,2}[ ]?:[ ]+(?=[A-Z])")


def _glosses_its_name(opening: str) -> bool:
    """'The European Commission (EC)': the bracket holds the initials of the capitalised words
    before it, so it glosses a name rather than crediting an agency ('Addis Ababa (IANS)')."""
    bracket = re.search(r"\(([^)]*)\)", opening)
    if bracket is None:
        return False
    words = [w for w in opening[: bracket.start()].split() if w[:1].isupper() and w != "The"]
    return "".join(w[0] for w in words) == bracket.group(1)


def dateline_spans(
    text: str, paragraphs: list[tuple[int, int]], names_person: Callable[[int, int], bool]
) -> list[tuple[int, int]]:
    """Where each paragraph's wire dateline is: the place a story was filed from does not
    speak, and the sentence's grammar starts after it. A colon after the first paragraph's
    opening words is a dateline unless they name a person ("Kang: …" is a transcript label)."""
    spans = []
    for k, (start, end) in enumerate(paragraphs):
        m = _DATELINE.match(text, start, end)
        if m is None and k == 0:
            m = _LEAD_DATELINE.match(text, start, end)
            if m is not None and _glosses_its_name(m.group()):
                m = None  # "The European Commission (EC) said …": a name and its initials
            colon = _COLON_DATELINE.match(text, start, end)
            if m is None and colon is not None and not names_person(*colon.span()):
                m = colon
        if m is not None:
            spans.append((m.start(), m.end()))
    return spans


def shared_surnames(text: str, mentions: list[Mention], persons: set[str]) -> list[Mention]:
    """A one-word person alias ("Wang", "Park") names whoever the article last named in full
    with that word: the alias's own person, another study person ("spokesperson Wang Wenbin"),
    or someone the study does not know ("Wang Wentao"). The latest such full name decides;
    an unknown person means the mention is dropped, so the line gets no speaker rather than the
    wrong one. One pass over the mentions (in text order) and one search per distinct word."""
    covered = sorted((k.start, k.end) for k in mentions if " " in k.surface)
    cover_starts = [a for a, _ in covered]

    def uncovered(start: int) -> bool:
        k = bisect_right(cover_starts, start) - 1
        return k < 0 or not covered[k][0] <= start < covered[k][1]

    unknown: dict[str, list[int]] = {}
    last_known: dict[str, tuple[int, str]] = {}  # name word -> (start, person) of a full name
    out = []
    for m in mentions:
        word = m.surface.replace("’s", "").replace("'s", "")
        # a person the study names in one word ("D.Gerel") is named in full
        if " " in word or m.actor not in persons or word == m.actor or not _is_name_word(word):
            if m.actor in persons and " " in m.surface:
                for w in m.surface.split():
                    last_known[w] = (m.start, m.actor)
            out.append(m)
            continue
        if word not in unknown:
            unknown[word] = sorted(filter(uncovered, _unknown_full_names(text, word, len(text))))
        k = bisect_left(unknown[word], m.start) - 1
        last_unknown = unknown[word][k] if k >= 0 else None
        known = last_known.get(word)
        if last_unknown is not None and (known is None or last_unknown > known[0]):
            continue
        if known is not None and known[1] != m.actor:
            m = Mention(known[1], m.start, m.end, m.surface, m.possessive)
        out.append(m)
    return out


_BEFORE = re.compile(r"([A-Z][\w’'-]+)[ \t]+$")
_AFTER = re.compile(r"[ \t]+([A-Z][\w’'-]+)")


def _unknown_full_names(text: str, word: str, end: int):
    """Starts of 'WORD Given' / 'Given WORD' before `end` ("Wang Wentao", "Antony Blinken")
    whose other word can be part of a personal name."""
    for occ in re.finditer(rf"\b{re.escape(word)}\b", text[:end]):
        after = _AFTER.match(text, occ.end())
        before = _BEFORE.search(text, max(0, occ.start() - 40), occ.start())
        for other, start in ((after, occ.start()), (before, before and before.start())):
            name = other.group(1) if other else None
            # "France's Macron": an owner, not a given name
            owner = name is not None and name.endswith(("'s", "’s"))
            if name and _is_name_word(name) and name.lower() not in lx.NOT_NAME_WORDS and not owner:
                yield start
