"""Short forms an article defines for an actor: "The Cyber Security Agency of Singapore (CSA)
and …" makes "According to the CSA, …" later in the article a mention of that agency.

The test for a definition follows Schwartz & Hearst's abbreviation algorithm (2003): the short
form's letters appear, in order, in the long form, the first at the start of its first word.
Here the long form is the study alias just matched, so only a body the study lists can gain a
short form, and a bracketed word that does not abbreviate it ("the Commission (EU)") gains none.
"""

from __future__ import annotations

import re

from pipeline.attribution.tokens import MENTION, Token

# "CSA", "KA-CARE", "MoFA", "NDRRMC": a capital first, at least two letters.
_SHORT_FORM = re.compile(r"[A-Z][A-Za-z&-]*[A-Z][A-Za-z&-]*")


def is_acronym(word: str) -> bool:
    """'FDA', 'USCIS': three or more capitals (not initials like 'AK', nor 'XIV')."""
    return word.isupper() and word.isalpha() and len(word) > 2 and not set(word) <= set("IVXLC")


def abbreviates(short: str, long: str) -> bool:
    """Each letter of short in order in long, the first starting long's first word, the
    others anywhere after it (right to left, as Schwartz & Hearst match)."""
    letters = [c.lower() for c in short if c.isalpha()]
    text = long.lower()
    if len(letters) < 2 or not text or text[0] != letters[0]:
        return False
    k = len(text)
    for letter in reversed(letters[1:]):
        k = text.rfind(letter, 1, k)
        if k < 1:
            return False
    return True


def defined_short_forms(tokens: list[Token]) -> dict[str, str]:
    """Short form -> actor for each mention followed by a bracketed short form of it."""
    found: dict[str, str] = {}
    for i, tok in enumerate(tokens[:-3]):
        if tok.kind != MENTION or tok.mention.possessive:
            continue
        opening, short, closing = tokens[i + 1 : i + 4]
        if (
            opening.text == "("
            and closing.text == ")"
            and _SHORT_FORM.fullmatch(short.text)
            and abbreviates(short.text, tok.text)
        ):
            found[short.text] = tok.mention.actor
    return found
