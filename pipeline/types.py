"""Typed records that flow between stages. Plain dataclasses: no Hydra, no torch."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Article:
    """One news article. `text` is the exact source text; every offset points into it."""

    article_id: str
    text: str
    title: str | None = None
    date: str | None = None  # ISO yyyy-mm-dd
    source: str | None = None  # the outlet
    url: str | None = None
    date_raw: str | None = None  # the date as read (kept when it could not be parsed)
    path: str | None = None  # the file or table it was read from
    # (start, end) of the title inside `text`, when the article has one.
    title_span: tuple[int, int] | None = None
    # (start, end) of the body inside `text`.
    body_span: tuple[int, int] | None = None


@dataclass(frozen=True)
class Chunk:
    """A sentence (or window) of an article, with offsets into `Article.text`."""

    article_id: str
    chunk_id: int
    text: str
    char_start: int
    char_end: int
    paragraph: int
    is_title: bool = False


@dataclass(frozen=True)
class Actor:
    name: str
    group: str | None = None
    aliases: tuple[str, ...] = ()

    @property
    def top_group(self) -> str:
        return self.group or self.name


@dataclass(frozen=True)
class ActorSet:
    """A study: the target of the stance and the actors who may speak about it."""

    target: str
    actors: tuple[Actor, ...]

    def get(self, name: str) -> Actor:
        for actor in self.actors:
            if actor.name == name:
                return actor
        raise KeyError(name)

    def group_of(self, name: str) -> str:
        """Top-level group of an actor (the actor itself when it has no group)."""
        return self.get(name).top_group


@dataclass
class Statement:
    """A span said by an actor (or narration, actor=None). Offsets point into Article.text."""

    article_id: str
    statement_id: str
    text: str
    char_start: int
    char_end: int
    actor: str | None
    actor_group: str | None
    speaker_mention: str | None
    cue: str | None
    attribution_confidence: float
    # How the speaker was found: quote, reported, according_to, continuation, title, narration...
    attribution_kind: str = "narration"
    # Actors only mentioned (e.g. the target of an accusation), never the speaker.
    mentioned_actors: list[str] = field(default_factory=list)
    chunk_id: int | None = None
