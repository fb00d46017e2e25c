"""Month names, shared by the chunker (a day written "6. October" ends no sentence), alias
matching (the month "May" is no surname) and attribution (a month never continues a name)."""

from __future__ import annotations

MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
