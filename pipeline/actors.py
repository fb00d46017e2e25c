"""Actor studies (pure configuration) and the alias matcher that finds actors in text.

A study is a target plus actors, and optionally its own stance label descriptions (embedding
prototypes, NLI hypotheses) with any calibration fitted for them, recorded with the data it was
fitted on. A study without descriptions gets the generic target-templated ones and no fitted
bias (pipeline/models/prompts.py). Each actor has a name, an optional group it rolls up into and
aliases (surnames, roles, titles, capitals). The matcher finds every mention, longest alias first,
with possessives ("China's", "Washington’s", "the United States’") handled and hyphenated
compounds ("Sino-US", "China-US") left alone.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from pipeline.calendar_words import month_in_date
from pipeline.demonym_table import DEMONYMS
from pipeline.errors import UserError
from pipeline.types import Actor, ActorSet

log = logging.getLogger(__name__)
# Aliases the text cannot tell from a pronoun ("He" of He Rong: every "He said" would be his);
# the matcher leaves them out, with a warning, and keeps the actor's other aliases.
PRONOUN_KEYS = frozenset("he she him her his it its they them their we".split())


@dataclass
class ActorParams:
    name: str
    group: str | None = None
    aliases: list[str] = field(default_factory=list)


@dataclass
class FittedOn:
    """What a calibration was fitted on: file, its sha256, the split and the stance target."""

    data: str = ""
    sha256: str = ""
    split: str = ""
    target: str = ""


@dataclass
class CalibrationParams:
    """Prototype-scoring calibration: logits = cosine / temperature + label_bias."""

    temperature: float = 0.05
    label_bias: dict[str, float] = field(default_factory=dict)
    fitted_on: FittedOn = field(default_factory=FittedOn)


@dataclass
class StanceDescriptions:
    """A study's stance label descriptions ({target} is filled in); empty: the generic ones."""

    prototypes: dict[str, list[str]] = field(default_factory=dict)
    hypotheses: dict[str, list[str]] = field(default_factory=dict)
    calibration: CalibrationParams | None = None


@dataclass
class StudyParams:
    target: str
    actors: list[ActorParams] = field(default_factory=list)
    stance: StanceDescriptions = field(default_factory=StanceDescriptions)


def _check_comma_split_aliases(study: StudyParams) -> None:
    """YAML reads `aliases: [Ministry of Economy, Trade and Industry]` as two aliases; an
    actor's alias equal to what follows a comma in its own name, the whole name not being an
    alias, is that mistake, so say how to fix it. Another actor's alias may be such a tail
    ("Kathmandu", Nepal's, beside "Metropolitan Police Range, Kathmandu"), and so may the
    actor's own beside its quoted whole name (["Royal Botanic Gardens, Kew", "Kew"])."""
    for actor in study.actors:
        if actor.name.strip().lower() in {alias.strip().lower() for alias in actor.aliases}:
            continue
        tails = {tail.strip().lower() for tail in actor.name.split(",")[1:] if tail.strip()}
        for alias in actor.aliases:
            if alias.strip().lower() in tails:
                raise UserError(
                    f"actor study: alias {alias!r} of {actor.name!r} is the end of its name: "
                    'quote aliases that contain commas (aliases: ["Ministry of Economy, Trade '
                    'and Industry"])'
                )


def build_actor_set(study: StudyParams) -> ActorSet:
    """Validate a study and freeze it. Every group must itself be an actor of the study."""
    if not study.target.strip():
        raise UserError("actor study: `target` must not be empty")
    names = [a.name for a in study.actors]
    if len(set(names)) != len(names):
        dup = sorted({n for n in names if names.count(n) > 1})
        raise UserError(f"actor study: duplicate actor names {dup}")
    _check_comma_split_aliases(study)
    known = set(names)
    for actor in study.actors:
        if actor.group is not None and actor.group not in known:
            raise UserError(
                f"actor study: {actor.name!r} has group {actor.group!r}, which is not an actor"
            )
    # Resolve chains (Foreign Ministry -> China) so `group` is always the top-level group.
    parent = {a.name: a.group for a in study.actors}

    def top(name: str) -> str | None:
        seen = {name}
        group = parent[name]
        while group is not None and parent[group] is not None:
            if group in seen:
                raise UserError(f"actor study: group cycle through {group!r}")
            seen.add(group)
            group = parent[group]
        return group

    actors = tuple(Actor(a.name, top(a.name), tuple(a.aliases)) for a in study.actors)
    return ActorSet(target=study.target, actors=actors)


def stance_descriptions(raw: dict | None, where: str) -> StanceDescriptions:
    """The `stance:` block of a study as typed parameters (one clear error for a bad key)."""
    raw = dict(raw or {})
    try:
        calibration = raw.pop("calibration", None)
        if calibration is not None:
            calibration = dict(calibration)
            fitted_on = FittedOn(**(calibration.pop("fitted_on", None) or {}))
            calibration = CalibrationParams(**calibration, fitted_on=fitted_on)
        return StanceDescriptions(**raw, calibration=calibration)
    except TypeError as exc:
        raise UserError(f"{where}: bad `stance` block ({exc})") from exc


def load_study(path: str | Path) -> StudyParams:
    """Read a study YAML (`target`, `actors`, optional `stance`) without Hydra."""
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise UserError(f"cannot read actor study {path}: {exc}") from exc
    if not isinstance(raw, dict) or "target" not in raw or "actors" not in raw:
        raise UserError(f"actor study {path} needs top-level keys `target` and `actors`")
    try:
        actors = [ActorParams(**a) for a in raw["actors"]]
    except TypeError as exc:
        raise UserError(f"actor study {path}: bad actor entry ({exc})") from exc
    stance = stance_descriptions(raw.get("stance"), f"actor study {path}")
    return StudyParams(target=raw["target"], actors=actors, stance=stance)


@dataclass(frozen=True)
class Mention:
    """An actor named in text: [start, end) covers the alias plus any possessive ending."""

    actor: str
    start: int
    end: int
    surface: str
    # "China's" as in "China's coal use": names the actor but cannot be a speaker.
    possessive: bool


def _normalise(text: str) -> str:
    """Same length as `text`, so offsets survive: curly apostrophes become straight."""
    return text.replace("’", "'").replace("‘", "'")


def _key(alias: str) -> str:
    return " ".join(_normalise(alias).lower().split())


# Whitespace between an alias's words: a space, or one line break at most.
_WORD_GAP = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"


def _alias_pattern(alias: str) -> str:
    """All-caps tokens ("US", "CCTV") must match exactly (so "us" is not the United States);
    other words match in any case (role aliases start sentences: "The foreign ministry").
    Words may wrap onto the next line but not across a blank line: "… in French Polynesia" then
    a paragraph opening "Customs …" names no "French Polynesia customs"."""
    parts = []
    for token in re.split(r"(\s+)", _normalise(alias).strip()):
        if token.isspace():
            parts.append(_WORD_GAP)
        elif len(token) > 1 and token.isupper():
            parts.append(f"(?-i:{re.escape(token)})")
        else:
            parts.append(re.escape(token))
    return "".join(parts)


_OFFICE = re.compile(r"\b([A-Z][a-z]+|[a-z]+) (Department|Ministry|department|ministry)\b")
_OFFICE_OF = re.compile(r"\b(Department|Ministry|department|ministry) of ([A-Z][a-z]+)\b")
_DOTTED = re.compile(r"\b(?:[A-Z]\.){2,}")
_BARE_CAPS = re.compile(r"\b[A-Z]{2,3}\b")
# An acronym read as a word (four or more capitals, a vowel among them), which some papers
# write with one capital.
_SPOKEN_ACRONYM = re.compile(r"(?=[A-Z]*[AEIOU])[A-Z]{4,}")


# Nouns for unnamed people who speak for an actor, in the other grammatical number.
_OTHER_NUMBER = {
    "official": "officials",
    "officials": "official",
    "diplomat": "diplomats",
    "diplomats": "diplomat",
}


def alias_variants(alias: str) -> set[str]:
    """Other ways wire copy writes the same name: "State Department" / "Department of State",
    "foreign ministry" / "Ministry of Foreign Affairs", "U.S." / "US", and "the US envoy" /
    "US envoy" (the article dropped only before a capitalised word, so "the ministry" stays)."""
    forms = {alias}
    for form in list(forms):
        m = _OFFICE.search(form)
        if m:
            office = m.group(1)[:1].upper() + m.group(1)[1:]
            affairs = " Affairs" if office == "Foreign" and m.group(2).lower() == "ministry" else ""
            kind = m.group(2)[:1].upper() + m.group(2)[1:]
            forms.add(form[: m.start()] + f"{kind} of {office}{affairs}" + form[m.end() :])
        m = _OFFICE_OF.search(form)
        if m:
            forms.add(form[: m.start()] + f"{m.group(2)} {m.group(1)}" + form[m.end() :])
    for form in list(forms):
        forms.add(_DOTTED.sub(lambda d: d.group().replace(".", ""), form))
        forms.add(_BARE_CAPS.sub(lambda d: ".".join(d.group()) + ".", form))
    if _SPOKEN_ACRONYM.fullmatch(alias):
        forms.add(alias.title())  # "UNESCO" / "Unesco", "ASEAN" / "Asean": British copy
    for form in list(forms):
        words = form.split(" ", 1)
        if len(words) == 2 and words[0].lower() == "the" and words[1][:1].isupper():
            forms.add(words[1])
        head, _, last = form.rpartition(" ")
        if head and last in _OTHER_NUMBER:
            forms.add(f"{head} {_OTHER_NUMBER[last]}")  # "Kyrgyz officials" / "a Kyrgyz official"
    forms.discard(alias)
    return forms


# Who speaks for a state when the article names only its demonym ("Iranian officials allege";
# "the Indian side said", its party in talks; "the French Ambassador to Egypt", its envoy).
_STATE_VOICES = (
    "officials",
    "official",
    "authorities",
    "government",
    "govt",
    "delegation",
    "side",
    "ambassador",
    "representative",
    "representatives",
)
# "Russian customs officials", "a Malaysian security official": the branch of government the
# unnamed voice works in, one or two of these words between the demonym and the voice.
_BRANCH_WORDS = (
    "customs health security defence defense border trade foreign ministry agriculture "
    "agricultural fisheries veterinary food safety immigration intelligence energy finance "
    "environment environmental government consular aviation maritime tax transport justice "
    "interior education"
).split()
# "a German health spokesman" speaks for the state as "German health officials" do
_BRANCH_VOICES = tuple("officials official authorities spokesman spokeswoman spokesperson".split())


def demonyms(name: str) -> set[str]:
    """Adjectives of a state's name: those the mledoze/countries table lists (Netherlands ->
    Dutch, United Kingdom -> British), and for a one-word name likely regular ones: Iran ->
    Iranian, Russia -> Russian, Sudan -> Sudanese, Italy -> Italian, Kyrgyzstan -> Kyrgyz,
    Uzbekistan -> Uzbek (the table gives 'Kirghiz' and 'Uzbekistani'). A wrong guess never
    occurs in text, so it matches nothing."""
    forms = set(DEMONYMS.get(name, ()))
    if " " in name or not name[:1].isupper() or len(name) < 4:
        return forms
    if name.endswith("stan"):
        forms |= {name.removesuffix("stan"), name.removesuffix("istan")}
    if name.endswith("a"):
        forms |= {name + "n", name[:-1] + "ese"}  # Kenyan; Chinese
    elif name.endswith("y"):
        forms.add(name[:-1] + "ian")  # Italian
    elif name.endswith(("i", "e")):
        forms.add(name + "an")  # Malian, Chilean
    else:
        forms |= {name + "ian", name + "i", name + "ese"}  # Iranian, Israeli, Sudanese
    return forms


def state_voices(name: str) -> set[str]:
    """'Iranian officials', 'the Kenyan authorities': unnamed people speaking for a state."""
    return {f"{d} {voice}" for d in demonyms(name) for voice in _STATE_VOICES}


# "The Ministry of Health": a capitalised name that goes on past the matched words.
_NAME_GOES_ON = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_DEMONYM_BEFORE = re.compile(r"([A-Z][a-z]+)[ ]+and[ ]+$")
# "Japanese and U.S. authorities": a state's voice right after a name that is no demonym.
_VOICE_AFTER = re.compile(rf"\s+({'|'.join(_STATE_VOICES)})(?![\w-])", re.IGNORECASE)


class AliasMatcher:
    """Finds actor mentions in text. One regex, alternatives longest first. Each alias also
    matches its `alias_variants` unless a study alias or another actor's variant claims them."""

    def __init__(self, actor_set: ActorSet) -> None:
        entries: dict[str, str] = {}
        # key -> aliases as written: their capitals matter ("NITI Aayog" and "Niti Aayog" are
        # one key, and each must match as written)
        surfaces: dict[str, list[str]] = {}
        for actor in actor_set.actors:
            for alias in (actor.name, *actor.aliases):
                key = _key(alias)
                if key in PRONOUN_KEYS:
                    log.warning(
                        "alias %r of %r is also a pronoun; it is not matched", alias, actor.name
                    )
                    continue
                if key in entries and entries[key] != actor.name:
                    raise UserError(
                        f"alias {alias!r} belongs to both {entries[key]!r} and {actor.name!r}"
                    )
                entries[key] = actor.name
                surfaces.setdefault(key, []).append(alias)
        variants: dict[str, set[str]] = {}
        for actor in actor_set.actors:
            voices = state_voices(actor.name) if actor.group is None else set()
            for alias in (actor.name, *actor.aliases):
                for variant in alias_variants(alias) | voices:
                    key = _key(variant)
                    variants.setdefault(key, set()).add(actor.name)
                    forms = surfaces.setdefault(key, [])
                    # "Unesco" shares the key of the actor's own "UNESCO", but not its capitals
                    if entries.get(key, actor.name) == actor.name and variant not in forms:
                        forms.append(variant)
        for key, owners in variants.items():
            if key not in entries and len(owners) == 1 and key not in PRONOUN_KEYS:
                entries[key] = owners.pop()
        # demonym -> state, for the first of two demonyms sharing one voice ("Bangladeshi and
        # Indian officials said")
        self._states_by_demonym = {
            d.lower(): actor.name
            for actor in actor_set.actors
            if actor.group is None
            for d in demonyms(actor.name)
        }
        demonym_alternatives = "|".join(
            re.escape(d) for d in sorted(self._states_by_demonym, key=len, reverse=True)
        )
        self._branch_voice = re.compile(
            rf"(?<![\w-])({demonym_alternatives})(?:\s+(?:{'|'.join(_BRANCH_WORDS)})){{1,2}}"
            rf"\s+({'|'.join(_BRANCH_VOICES)})(?![\w-])",
            re.IGNORECASE,
        )
        surfaces = {k: v for k, v in surfaces.items() if k in entries}
        self._by_key = entries
        # keys the study writes only as common nouns ("the ministry"): not the head of a longer
        # proper name ("The Ministry of Health" is some other ministry)
        self._common_noun_keys = {
            k for k, forms in surfaces.items() if all(f.split()[-1].islower() for f in forms)
        }
        ordered = sorted(entries, key=len, reverse=True)
        patterns = (_alias_pattern(alias) for k in ordered for alias in surfaces[k])
        alternatives = "|".join(dict.fromkeys(patterns))
        # Not glued to a word or a hyphen on either side ("Sino-US"), though a hyphen set off by
        # a space before it may open it (a headline's source: "… Hearing Loss -Awqaf"); optional
        # possessive ending.
        self._regex = re.compile(
            rf"(?<!\w)(?<!\w-)({alternatives})(?![\w-])('s\b|'(?=\s|$))?", re.IGNORECASE
        )

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        end = len(text) if end is None else end
        # Normalise only the searched range (plus the character the look-behind needs), so
        # finding mentions chunk by chunk stays linear in the article's length.
        offset = max(start - 1, 0)
        norm = _normalise(text[offset:end])
        mentions = []
        for m in self._matches(norm, start - offset):
            if month_in_date(norm, m.start(1), m.end(1)):
                continue  # "on May 10": never the surname alias "May"
            key = re.sub(r"\s+", " ", m.group(1)).lower()
            if self._heads_longer_name(norm, m, key):
                continue
            a, b = m.start() + offset, m.end() + offset
            actor = self._by_key[key]
            voice = _VOICE_AFTER.match(norm, m.end())
            voice = voice.group(1).lower() if voice else key.split()[-1]
            shared = self._shared_voice(text, start, a, voice, actor)
            if shared is not None:
                mentions.append(shared)
            mentions.append(Mention(actor, a, b, text[a:b], possessive=m.group(2) is not None))
        return self._with_branch_voices(text, start, norm, offset, mentions)

    def _heads_longer_name(self, norm: str, m: re.Match, key: str) -> bool:
        """A common-noun alias matched, capitalised, at the head of a longer name."""
        return (
            key in self._common_noun_keys
            and m.group(1).split()[-1][:1].isupper()
            and m.group(2) is None
            and _NAME_GOES_ON.match(norm, m.end()) is not None
        )

    def _with_branch_voices(
        self, text: str, start: int, norm: str, offset: int, mentions: list[Mention]
    ) -> list[Mention]:
        """Adds 'Russian customs officials' (a state's demonym, the branch, the voice) where no
        study alias already covers those words."""
        if not self._states_by_demonym:
            return mentions
        for m in self._branch_voice.finditer(norm, max(start - offset, 0)):
            a, b = m.start() + offset, m.end() + offset
            state = self._states_by_demonym[m.group(1).lower()]
            overlapping = [x for x in mentions if x.start < b and a < x.end]
            # the demonym alone may be a study alias ("Malaysian"): the voice replaces it
            if any(x.actor != state or x.start < a or x.end > b for x in overlapping):
                continue
            shared = self._shared_voice(text, start, a, m.group(2).lower(), state)
            voice = Mention(state, a, b, text[a:b], possessive=False)
            kept = [x for x in mentions if x not in overlapping]
            mentions = sorted([*kept, *([shared] if shared else []), voice], key=lambda x: x.start)
        return mentions

    def _matches(self, norm: str, pos: int) -> Iterator[re.Match]:
        """Leftmost matches, except that a name written with "the" yields to a longer name
        that starts after the article ("The U.S. Trade Representative's office": the office,
        not "The U.S.")."""
        while (m := self._regex.search(norm, pos)) is not None:
            if m.group(1)[:4].lower() == "the ":
                after = self._regex.match(norm, m.start() + 4)
                if after is not None and after.end(1) > m.end(1):
                    m = after
            yield m
            pos = max(m.end(), pos + 1)

    def _shared_voice(
        self, text: str, start: int, at: int, voice: str, voiced: str
    ) -> Mention | None:
        """'Bangladeshi and Indian officials': the first demonym shares the state voice matched
        at `at` (its last word `voice`, its state `voiced`), so it names its own state too."""
        if voice not in _STATE_VOICES:
            return None
        before = _DEMONYM_BEFORE.search(text, max(start, at - 40), at)
        state = self._states_by_demonym.get(before.group(1).lower()) if before else None
        if state is None or state == voiced:
            return None
        return Mention(state, before.start(1), before.end(1), before.group(1), False)
