"""Who says what: direct quotes, reported speech, aliases and roles, pronouns, continuation.

A deterministic rule system (no model to download): `quotes` finds quotations, `tokens` turns a
chunk into words/quotes/actor mentions, `names` handles people the study does not name
(spokespersons introduced by a role), `cues` finds speaker patterns, `engine` resolves them
into statements.
"""

from pipeline.attribution.engine import attribute
from pipeline.attribution.params import AttributionParams

__all__ = ["AttributionParams", "attribute"]
