"""Month names, shared by the chunker (a day written "6. October" ends no sentence), alias
and surname matching (the "May" of "on May 10" is no surname) and attribution (a month never
continues a name)."""

from __future__ import annotations

import re

MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)

# A month in a date ("on May 10", "In May 2022", "since May"), not the surname "May".
_BEFORE_MONTH = re.compile(r"\b(?:in|on|since|until|by|from|last|next|early|late|mid-)\s*$", re.I)
_AFTER_MONTH = re.compile(r"\s+\d")


def month_in_date(text: str, start: int, end: int) -> bool:
    """text[start:end] is a month written as part of a date."""
    if text[start:end].lower() not in MONTHS:
        return False
    before = text[max(start - 8, 0) : start]
    return bool(_BEFORE_MONTH.search(before) or _AFTER_MONTH.match(text, end))
