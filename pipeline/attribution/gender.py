"""Men by their first name, from gender-guesser's dictionary of about 40,000 first names by
country (Jörg Michael's list; it installs with its data, offline): a "she" is not "John Kerry".
A name that opens on any given name of the dictionary is a person's ("Adib Nahas").

Only the dictionary's plain "male" reading counts. Its female readings take in men's names of
the regions it covers least ("Nana" Akufo-Addo, "Priya Ranjan" Dasmunshi, "Sameh" Shoukry), and
names it finds in both genders or does not know (most Chinese, Khmer and Ethiopian given names)
say nothing. What an article calls a person outranks the name.
"""

from __future__ import annotations

from functools import cache

from gender_guesser.detector import Detector

from pipeline.attribution import lexicon as lx


@cache
def _detector() -> Detector:
    return Detector(case_sensitive=False)


@cache
def named_as_man(name: str) -> bool:
    """The full name's first word is a man's given name in the dictionary."""
    words = [w for w in name.split() if w.lower().rstrip(".") not in lx.HONORIFICS]
    # a single name ("Lula", "Suharto") is as often a surname as a given name
    return len(words) >= 2 and _detector().get_gender(words[0]) == "male"


@cache
def given_name_first(name: str) -> bool:
    """A name of two or three capitalised words whose first is a given name in the dictionary,
    of either gender, and none a body's ('Adib Nahas', 'Claire Williams'; not 'Save the
    Children', 'Grace Foundation')."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and not {w.lower() for w in words} & lx.ORGANISATION_WORDS
        and _detector().get_gender(words[0]) in ("male", "female", "mostly_male", "mostly_female")
    )
