"""attribute(): chunks become statements with a speaker, a cue and a confidence.

Per chunk: find cues (cues.py); resolve pronouns against the running context; cut the chunk
where two different speakers meet; otherwise fall back, in order, to a participle clause's
subject, an "according to" source, a continued quotation, or narration. "The spokesman"
refers back to the last spokesperson heard.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from pipeline.actors import AliasMatcher, Mention
from pipeline.attribution import lexicon as lx
from pipeline.attribution.acronyms import defined_short_forms, is_acronym
from pipeline.attribution.confidence import Attribution, features, load_model
from pipeline.attribution.cues import (
    ACCORDING_TO,
    COLON,
    COORDINATED,
    INVERSION,
    PARTICIPLE,
    QUOTED_AS,
    SUBJECT,
    Cue,
    absolute_with,
    agreement_reached,
    anaphor_qualifiers,
    bare_placed_body,
    be_clause_quotation,
    blamed_passive,
    bracket_opening,
    colon_role,
    colon_source,
    counted_group,
    document_issuer,
    find_cues,
    former_latter,
    gives_view,
    headline_passive,
    headline_second_verb,
    headline_stance,
    in_question_clause,
    in_said_content,
    in_that_clause,
    in_time_clause,
    introduces_stranger,
    is_anaphor,
    is_role,
    is_tail_source,
    is_weak,
    is_wording,
    joint_subject,
    official_document,
    opening_list,
    opens_citation,
    opens_with_pact,
    opens_with_unknown_body,
    opens_with_unknown_thing,
    partial_quote_subject,
    portfolio_comma,
    possessive_stem,
    postpositive_title,
    quotes_a_description,
    release_issuer,
    role_phrase,
    speaker_label,
    speaker_phrase,
    speaks_in_person,
    text_issuer,
    titles_named_officer,
    verbless_quote_source,
    voice_before,
)
from pipeline.attribution.gender import given_name_first, named_as_man
from pipeline.attribution.names import (
    dateline_spans,
    drop_common_words,
    drop_name_heads,
    drop_name_tails,
    drop_other_people,
    drop_role_before_name,
    full_names,
    learned_mentions,
    role_names,
    shared_surnames,
)
from pipeline.attribution.params import AttributionParams
from pipeline.attribution.speaker_model import (
    LEARNED,
    RuleSpeaker,
    SpeakerModel,
    candidate_features,
)
from pipeline.attribution.speaker_model import load_model as load_speaker_model
from pipeline.attribution.tokens import MENTION, PUNCT, QUOTE, WORD, Token, tokenize
from pipeline.chunking import paragraph_spans
from pipeline.demonym_table import DEMONYMS
from pipeline.errors import UserError
from pipeline.quotes import QUOTE_CHARS, QuoteSpan, find_quotes, find_quotes_in_paragraphs
from pipeline.types import Actor, ActorSet, Article, Chunk, Statement

# Base confidence per way of finding the speaker (before quote / role adjustments).
CONFIDENCE = {
    SUBJECT: 0.9,
    INVERSION: 0.9,
    COORDINATED: 0.85,
    ACCORDING_TO: 0.8,
    PARTICIPLE: 0.75,
    "pronoun": 0.75,
    "pronoun_in_sentence": 0.85,
    "pronoun_from_narration": 0.6,
    QUOTED_AS: 0.85,
    COLON: 0.85,
    "spokesperson_anaphor": 0.75,
    "role_anaphor": 0.75,
    "partial_quote": 0.7,
    "weak_cue": 0.75,
    "continuation": 0.7,
    "statement_body": 0.7,
    "reported_continuation": 0.6,
}
SPEAKING = (SUBJECT, INVERSION, COORDINATED, QUOTED_AS, COLON)
# Kinds that carry an earlier speaker on rather than name one in the chunk itself.
_GOING_ON = frozenset({"continuation", "reported_continuation", "statement_body", LEARNED})
# "…, he said." / "…, she added on Tuesday.": a pronoun cue closing its sentence.
_CLOSING_PRONOUN_CUE = re.compile(r",\s+(?:he|she)\s+[a-z]+(?:\s+[A-Za-z]+)?\.$")
# "the AU mission", "the EU observer delegation": a mission or delegation right after its sender,
# past at most one word saying what it was sent to do.
_ENVOY_AFTER = re.compile(rf"(?:’s|'s)?\s+(?:[a-z-]+\s+)?(?:{'|'.join(sorted(lx.ENVOY_NOUNS))})\b")
# What may stand between two names of one list ("Thailand, Indonesia and Malaysia", "the
# United States, Japan, and Australia").
_INITIAL_RUN_INTO_NAME = re.compile(r"[A-Z][a-z]?\.[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_LIST_GAP = re.compile(r"\s*(?:,|,?\s*and)?\s*(?:the\s+)?")
# attribution.confidence: the fitted model's probability, or the hand-set scale above.
CONFIDENCE_SOURCES = ("model", "rules")
SPEAKER_MODELS = ("learned", "none")


@dataclass
class _Speaker:
    """A resolved speaker for a span of the chunk."""

    actor: str | None
    mention: str | None
    cue: str | None
    kind: str
    confidence: float


@dataclass
class _Context:
    """What earlier chunks tell the next one: the last speaker and the last clause subject."""

    speaker: str | None = None
    speaker_paragraph: int = -10
    subject: str | None = None
    subject_was_speaker: bool = False
    # "he"/"she" refer to people only: the last person who spoke or was a clause subject.
    persons: frozenset[str] = frozenset()
    # Governments of states (not organisations): never "the agency" a sentence refers back to.
    states: frozenset[str] = frozenset()
    top_group: dict[str, str] = field(default_factory=dict)
    person: str | None = None
    person_was_speaker: bool = False
    # The pronoun ("he" or "she") the article has used for each person, and the people it has
    # named, last-named last: a "she" is never someone it called "he", but the last other
    # person named ("… with Merkel, who … ' …,' she told Milliyet" after Erdogan spoke).
    pronoun_of: dict[str, str] = field(default_factory=dict)
    people_named: tuple[str, ...] = ()
    # The person the headline has speak ("Erdogan urges Germany to …"): the "he" of a body that
    # opens on a quotation before naming anyone ("“…” he told Die Zeit").
    headline_person: str | None = None
    # Actor of the last spokesperson heard: "The spokesman said" refers back to them.
    spokesperson: str | None = None
    # Role or document noun -> the actor it last named ("minister" -> Wang Yi after "Foreign
    # Minister Wang Yi"; "statement" -> the ministry after "the ministry issued a statement").
    roles: dict[str, str] = field(default_factory=dict)
    # The body each unnamed voice noun was introduced for ("an official with the CSOA"): a
    # person of its side who then speaks by name takes the role over.
    introduced_voices: dict[str, str] = field(default_factory=dict)
    # The words of each actor's own names (name and aliases): what "the Foreign Ministry" must
    # share with the ministry it refers back to (with its top group's words), and what
    # "Indonesia's environment minister" must find in one Indonesian actor's.
    name_words: dict[str, frozenset[str]] = field(default_factory=dict)
    # The capitalised words of the titles the article set off after each person ("Mandla
    # Tshawuka, Minister of Agriculture,") or put before the name ("Deputy Prime Minister Sir
    # Louis Straker"): "The Minister of Agriculture" may refer back to them.
    titled: dict[str, frozenset[str]] = field(default_factory=dict)
    # Each actor's head nouns ("authorities" of "Customs authorities in French Polynesia"):
    # "The authorities say" is the one named body so headed.
    name_heads: dict[str, frozenset[str]] = field(default_factory=dict)
    # The government an article is about (the first state it names): "the government said"
    # with no country means it, even after another government was named ("the French
    # government … On Thursday, the government said" in a report from Algiers).
    home_government: str | None = None
    # The state that opened the last chunk ("India banned wheat exports …"): a "the government
    # said" right after it is that state's, not the home government's.
    opening_state: str | None = None
    # The actor a chunk's dateline names ("BEIJING - …"): it owns the chunk's definite roles.
    dateline_place: str | None = None
    # The state the article's first dateline names ("NEW DELHI: …"): an "official statement"
    # no one is named to issue is its government's.
    dateline_state: str | None = None
    # The last chunk introduced what follows ("… said in a statement:"): its speaker owns the
    # next sentences even without quotation marks.
    introduces: bool = False
    body_paragraph: int = -10
    # The last chunk was reported speech with a cue (for cue-less present-tense follow-ons).
    reported_paragraph: int = -10
    # The last chunk's speaker is one the study does not know ("A UN official said"): a
    # following "she added" is theirs, not the last known person's.
    unknown_spoke: bool = False
    # Who last spoke in the first person without quotation marks, and in which paragraph: a
    # statement pasted without its marks runs on past a sentence of its own that has no "I".
    voice: str | None = None
    voice_paragraph: int = -10
    # The issuer of a release the headline names ("Statement by Minister Joly on …").
    release_issuer: str | None = None
    # The last speaker quoted directly, while no one else has spoken since: a quotation that
    # opens a paragraph without a cue resumes them after a few sentences of narration.
    quoted_speaker: str | None = None
    quoted_paragraph: int = -10
    # The last actor that spoke, kept through one sentence of narration: "It added …" goes on
    # with them, not with a place the narration mentioned.
    said_last: str | None = None
    said_last_paragraph: int = -10
    # The last chunk was narration opening with a body the study does not know ("China's
    # state-run Global Times also issued threats"): a closing ", it said" may be that body.
    unknown_body: bool = False
    # The study person the last chunk, a narration sentence, opened on, and its paragraph:
    # broadcast copy introduces a speaker and then plays the sound bite, uncued ("Rustam
    # Usmanov makes traditional ceramics. "Rishtan is one of the oldest …"").
    introduced: tuple[int, str] | None = None
    # The last body (no person) the previous chunk named: "… after talks with Eurocontrol. It
    # had recommended the ban": "it" is that body, not the group of the person before it.
    body: str | None = None
    # Stems of every word the article has used so far, this chunk included: which of the
    # study's police forces "police said" means ("Ottawa police" in a story set in Ottawa).
    seen_stems: set[str] = field(default_factory=set)
    # The office words ("minister", "commissioner") earlier chunks used: "the minister" of an
    # article that titled no one so is the official who spoke last.
    offices_named: set[str] = field(default_factory=set)
    # A body's name without its leading words ("Department of Agriculture" after "the Federal
    # Department of Agriculture") -> the body the article named in full, last one wins.
    body_tails: dict[str, str] = field(default_factory=dict)
    # Every actor the article has named so far, quotations included: "the ministry" is a
    # ministry named before, when one was.
    named: set[str] = field(default_factory=set)
    # Every actor the article has given a statement so far: a body only addressed later does
    # not take their role nouns over.
    spoke: set[str] = field(default_factory=set)
    # The actors the last chunk gave one joint statement, or opened with as a list ("Associations
    # such as A and B have urged …"): a "They say" right after it, or later in its paragraph,
    # is all of them.
    plural: tuple[str, ...] = ()
    plural_paragraph: int = -1
    # The issuers of the joint document each document noun last named ("a joint EU and
    # Solidaridad statement said"): "the statement added" goes on speaking for all of them, and
    # an "It noted" right after a chunk that quoted the document does too.
    joint_documents: dict[str, tuple[str, ...]] = field(default_factory=dict)
    joint_voice: tuple[str, ...] = ()
    # Stems of the words that name a state: its name and one-word aliases ("Japan", "Tokyo";
    # not "federal" of "the Federal Government").
    state_stems: frozenset[str] = frozenset()


def _quotes_first_person(quotation: str) -> bool:
    """A quotation that says "I", "we", "our" …: words someone speaks as themselves."""
    return any(word in lx.FIRST_PERSON for word in re.findall(r"[A-Za-z]+", quotation))


def _alias_words(text: str) -> list[str]:
    """An alias's or mention's words, lower-cased; a comma is no part of a word
    ("Environment Minister, Mohammad Mashnouk")."""
    return [w.strip(",") for w in text.lower().split()]


def _paragraphs(article: Article) -> list[tuple[int, int]]:
    text = article.text
    body = article.body_span or (
        (article.title_span[1], len(text)) if article.title_span else (0, len(text))
    )
    return paragraph_spans(text, *body)


def _quote_spans(article: Article) -> list[QuoteSpan]:
    title = [article.title_span] if article.title_span is not None else []
    spans = [q for a, b in title for q in find_quotes(article.text, a, b)]
    return spans + find_quotes_in_paragraphs(article.text, _paragraphs(article))


def _quoted_share(text: str, start: int, end: int, quotes: list[QuoteSpan]) -> float:
    letters = sum(map(str.isalnum, text[start:end]))
    if letters == 0:
        return 0.0
    inside = 0
    for q in quotes:
        a, b = max(q.start, start), min(q.end, end)
        inside += sum(map(str.isalnum, text[a:b])) if a < b else 0
    return inside / letters


def _quote_is_direct(tokens: list[Token]) -> bool:
    """A quotation that stands on its own ("“…,” Wang said", "told Wang, “…”"), not a phrase
    woven into reported speech ("accused Washington of a “grave mistake”")."""
    return any(
        t.kind == QUOTE and (i == 0 or tokens[i - 1].text in (",", ":"))
        for i, t in enumerate(tokens)
    )


def _going_on(actor: str | None, mark: str | None = None) -> _Speaker:
    """A speaker continuing from an earlier chunk, with the opening quotation mark if any."""
    return _Speaker(actor, None, mark, "continuation", CONFIDENCE["continuation"])


def _named(actor: str, tok: Token, pattern: str, quoted: bool) -> _Speaker:
    confidence = CONFIDENCE[pattern]
    if is_role(tok.mention):
        confidence -= 0.05
    if quoted and pattern in SPEAKING:
        confidence += 0.05
    kind = (
        pattern
        if pattern in (ACCORDING_TO, PARTICIPLE)
        else ("direct_quote" if quoted else "reported")
    )
    return _Speaker(actor, tok.text, None, kind, round(confidence, 3))


def _resolve(
    cue: Cue,
    tokens: list[Token],
    earlier: list[_Speaker],
    ctx: _Context,
    quoted: bool,
    params: AttributionParams,
) -> _Speaker:
    tok = tokens[cue.subject]
    holder = _role_holder(tokens, cue.subject, ctx) if tok.kind == MENTION else None
    pointed = former_latter(tokens, cue.subject)
    if pointed is not None:
        actor = tokens[pointed].mention.actor
        speaker = _Speaker(actor, tok.text, None, "role_anaphor", CONFIDENCE["role_anaphor"])
    elif holder is not None:
        speaker = _Speaker(holder, tok.text, None, "role_anaphor", CONFIDENCE["role_anaphor"])
    elif (state := _persons_administration(tokens, cue.subject, ctx)) is not None:
        speaker = _Speaker(state, tok.text, None, "role_anaphor", CONFIDENCE["role_anaphor"])
    elif (office := _person_office(tokens, cue.subject, ctx)) is not None:
        speaker = _Speaker(office, tok.text, None, "role_anaphor", CONFIDENCE["role_anaphor"])
    elif (person := _state_official_anaphor(tokens, cue.subject, ctx)) is not None:
        speaker = _Speaker(person, tok.text, None, "role_anaphor", CONFIDENCE["role_anaphor"])
    elif tok.kind == MENTION:
        speaker = _named(tok.mention.actor, tok, cue.pattern, quoted)
    elif tok.kind == WORD and tok.lower in lx.SUBJECT_OF_PRONOUN:
        # "it added", "he added", or a closing ", it said": the last speaker goes on
        adds = tokens[cue.verb].is_word(*lx.ADDING_FORMS) or (
            tok.is_word("it") and is_tail_source(tokens, cue) and not ctx.unknown_body
        )
        antecedent = _antecedent(tokens, cue.subject, ctx)
        opening = tokens[: cue.subject]
        stranger = (
            opens_with_unknown_thing(opening) if tok.is_word("it") else introduces_stranger(opening)
        )
        speaker = _pronoun(tok, earlier, ctx, params, antecedent, adds, stranger)
    elif _is_spokesperson_anaphor(tokens, cue.subject) and ctx.spokesperson is not None:
        confidence = CONFIDENCE["spokesperson_anaphor"]
        speaker = _Speaker(ctx.spokesperson, tok.text, None, "reported", confidence)
    elif _speaks_for_government(tokens, cue.subject) and (state := _government_meant(ctx)):
        confidence = CONFIDENCE["role_anaphor"]
        speaker = _Speaker(state, tok.text, None, "role_anaphor", confidence)
    elif (
        is_anaphor(tokens, cue.subject)
        and (role := _anaphor_role(tokens, cue.subject, ctx)) is not None
        and _qualifiers_agree(tokens, cue.subject, ctx.roles[role], ctx)
    ):
        confidence = CONFIDENCE["role_anaphor"]
        speaker = _Speaker(ctx.roles[role], tok.text, None, "role_anaphor", confidence)
    elif (office := _owned_role(tokens, cue.subject, ctx)) is not None:
        confidence = CONFIDENCE["role_anaphor"]
        speaker = _Speaker(office, tok.text, None, "role_anaphor", confidence)
    elif (last := _last_speaker_anaphor(tokens, cue.subject, ctx)) is not None:
        speaker = _Speaker(last, tok.text, None, "role_anaphor", CONFIDENCE["role_anaphor"])
    elif (body := _named_body(tokens, cue.subject, ctx)) is not None:
        speaker = _Speaker(body, tok.text, None, "role_anaphor", CONFIDENCE["role_anaphor"])
    elif (body := _body_spokesperson(tokens, cue.subject, ctx)) is not None:
        speaker = _Speaker(body, tok.text, None, "role_anaphor", CONFIDENCE["role_anaphor"])
    elif (state := _country_anaphor(tokens, cue.subject, ctx)) is not None:
        speaker = _Speaker(state, tok.text, None, "role_anaphor", CONFIDENCE["role_anaphor"])
    elif (state := _officials_of_opening_state(tokens, cue.subject, ctx)) is not None:
        speaker = _Speaker(state, tok.text, None, "role_anaphor", CONFIDENCE["role_anaphor"])
    elif (body := _placed_body(tokens, cue.subject, ctx)) is not None:
        speaker = _Speaker(body, tok.text, None, "role_anaphor", CONFIDENCE["role_anaphor"])
    elif (body := _shortened_body(tokens, cue.subject, ctx)) is not None:
        speaker = _Speaker(body, tok.text, None, "role_anaphor", CONFIDENCE["role_anaphor"])
    elif (body := _named_head(tokens, cue.subject, ctx)) is not None:
        speaker = _Speaker(body, tok.text, None, "role_anaphor", CONFIDENCE["role_anaphor"])
    elif (person := _titled_holder(tokens, cue.subject, ctx)) is not None:
        speaker = _Speaker(person, tok.text, None, "role_anaphor", CONFIDENCE["role_anaphor"])
    elif (state := _official_document_state(tokens, cue.subject, ctx)) is not None:
        speaker = _Speaker(state, tok.text, None, "role_anaphor", CONFIDENCE["role_anaphor"])
    else:  # a speaker the study does not know ("officials said")
        phrase = speaker_phrase(tokens, cue.subject)
        speaker = _Speaker(None, phrase, None, "unknown_speaker", 0.0)
    speaker.cue = cue.cue_text
    return speaker


def _government_meant(ctx: _Context) -> str | None:
    """The state 'the government said' or 'Government sources told' speaks for: the state
    that spoke in the last sentence ('…, the federal government says. The government on
    Friday announced …'), else the state the last sentence opened with, else the one the
    article's dateline places it in ('New Delhi [India], January 18 :'), else the article's."""
    spoke = ctx.speaker if ctx.speaker in ctx.states else None
    return spoke or ctx.opening_state or ctx.dateline_state or ctx.home_government


def _titled_holder(tokens: list[Token], j: int, ctx: _Context) -> str | None:
    """'The Minister of Agriculture said' after 'Hon. Mandla Tshawuka, Minister of Agriculture,':
    a definite title whose 'of' phrase ends at j is the person the article set that title off
    after, when every capitalised word of the phrase was in it (or in the person's names)."""
    k = j
    while k > 0 and tokens[k].kind == WORD and tokens[k].text[:1].isupper():
        k -= 1
    if k == j or k < 2 or not tokens[k].is_word("of"):
        return None
    head = tokens[k - 1]
    if not (head.is_word(*lx.TITLE_WORDS) and tokens[k - 2].is_word("the")):
        return None
    holder = ctx.roles.get(head.lower)
    if holder is None or holder not in ctx.persons:
        return None
    words = {t.lower for t in tokens[k + 1 : j + 1]}
    titled = words <= ctx.titled.get(holder, frozenset())
    return holder if titled or _holds_words(holder, words, ctx) else None


def _state_official_anaphor(tokens: list[Token], j: int, ctx: _Context) -> str | None:
    """'“…,” the Chinese official said' after Zhang Enliang, a Chinese mayor, spoke, 'The U.S.
    official said' after Ambassador Kathleen Kavalec did: the one person of that state who last
    spoke, not the state its demonym or name gives."""
    tok = tokens[j]
    if tok.kind != MENTION or tok.mention.actor not in ctx.states or not j:
        return None
    officer = tok.mention.surface.split()[-1].lower() in lx.STATE_OFFICERS or (
        j + 1 < len(tokens) and tokens[j + 1].is_word(*lx.STATE_OFFICERS)
    )
    if not tokens[j - 1].is_word("the") or not officer:
        return None
    person = ctx.person if ctx.person_was_speaker else None
    return person if person is not None and ctx.top_group[person] == tok.mention.actor else None


def _persons_administration(tokens: list[Token], j: int, ctx: _Context) -> str | None:
    """'President Donald Trump's administration vowed', 'The Trump administration said', 'The
    government of Thai Prime Minister Abhisit Vejjajiva has said': a person's administration
    or government is the government of the person's state."""
    tok = tokens[j]
    if tok.kind != MENTION or tok.mention.actor not in ctx.persons:
        return None
    owned = j + 1 < len(tokens) and tokens[j + 1].is_word(*lx.GOVERNMENT_OF_PERSON)
    k = j - 1
    while k > j - lx.MAX_TITLE_RUN and k >= 0 and tokens[k].text[:1].isupper():
        k -= 1  # the person's title ("Thai Prime Minister")
    of = k >= 1 and tokens[k].is_word("of") and tokens[k - 1].is_word(*lx.GOVERNMENT_OF_PERSON)
    return ctx.top_group[tok.mention.actor] if owned or of else None


def _person_office(tokens: list[Token], j: int, ctx: _Context) -> str | None:
    """'The office of U.S. Trade Representative Robert Lighthizer said': the office speaks, the
    one study actor of the person's side whose names hold 'office'."""
    tok = tokens[j]
    if tok.kind != MENTION or tok.mention.actor not in ctx.persons:
        return None
    k = j - 1
    while (
        k > j - lx.MAX_TITLE_RUN
        and k >= 0
        and (tokens[k].kind == MENTION or tokens[k].text == "." or tokens[k].text[:1].isupper())
    ):
        k -= 1  # the person's title ("U.S. Trade Representative", "Prime Minister")
    if not (k >= 1 and tokens[k].is_word("of") and tokens[k - 1].is_word("office")):
        return None
    if k >= 2 and tokens[k - 2].kind != PUNCT and not tokens[k - 2].is_word("the"):
        return None  # "the Copyright Office of Vietnam Bui Nguyen Hung": a body's name, his title
    return _side_office(ctx, ctx.top_group[tok.mention.actor], "office")


def _side_office(ctx: _Context, side: str, word: str) -> str | None:
    """The one office (no person) under a side whose own names hold a role word ("ministry",
    "office")."""
    found = [
        actor
        for actor, top in ctx.top_group.items()
        if top == side
        and actor != side
        and actor not in ctx.persons
        and word in ctx.name_words[actor]
    ]
    return found[0] if len(found) == 1 else None


def _officials_of_opening_state(tokens: list[Token], j: int, ctx: _Context) -> str | None:
    """'Cambodia has temporarily banned marriages …, officials said' (or 'official sources
    said'): bare officials sourcing a sentence after a comma speak for the state that opens it."""
    if tokens[j].is_word("sources") and j > 0 and tokens[j - 1].is_word("official"):
        j -= 1
    elif not tokens[j].is_word(*lx.UNNAMED_OFFICIALS):
        return None
    if not (j > 0 and tokens[j - 1].text == ","):
        return None
    first = 1 if tokens and tokens[0].is_word("the") else 0
    opener = tokens[first] if first < len(tokens) else None
    if opener is None or opener.kind != MENTION or opener.mention.possessive:
        return None
    if opening_list(tokens, j):
        return None  # "Iraq and Armenia signed …, officials said": whose officials, unsaid
    return opener.mention.actor if opener.mention.actor in ctx.states else None


def _placed_body(tokens: list[Token], j: int, ctx: _Context) -> str | None:
    """'Police said', 'Customs said': a bare body noun means the one study actor named by
    that noun and a place (or other word) the article has used ('Ottawa police' in a story
    from Ottawa), when exactly one such actor exists; of several, the one the article has
    named ('The customs reported' after 'Jinling Customs', not China's customs
    administration); so do its unnamed voices ('Customs officials said')."""
    voice = tokens[j].is_word(*lx.PERSONAL_VOICES, *lx.UNNAMED_OFFICIALS)
    if j > 0 and voice and bare_placed_body(tokens, j - 1):
        j -= 1
    tok = tokens[j]
    if not bare_placed_body(tokens, j):
        return None
    found = [
        name
        for name, words in ctx.name_words.items()
        if tok.lower in words
        and any(_stem(w) in ctx.seen_stems for w in words - {tok.lower} - lx.FUNCTION_WORDS)
    ]
    if len(found) > 1:
        found = [name for name in found if name in ctx.named]
    return found[0] if len(found) == 1 else None


def _named_body(tokens: list[Token], j: int, ctx: _Context) -> str | None:
    """'The ministry emphasized' after '“The NCSC under the Ministry of National Defense …,” it
    said': a definite body noun no clause gave a role is the one body so called, of the state
    the article is about, that the article has named, inside a quotation too; with none named,
    the one such body the study lists for that state ('the foreign ministry said' in a story
    about the UAE)."""
    if not is_anaphor(tokens, j):
        return None
    return _home_body(tokens, j, ctx)


def _body_spokesperson(tokens: list[Token], j: int, ctx: _Context) -> str | None:
    """'…, a ministry spokesman said', 'a ministry official told Reuters', 'according to an
    embassy statement': the voice or document of the body its noun names, the one the last
    role gave that noun, or the body named in full that its words end ("a Cricket Board
    spokesman"), else the one _home_body finds. Words between the article and the noun ('an
    environment ministry official', 'a senior foreign ministry official') must all be in the
    body's names, a rank word aside."""
    if not (j >= 2 and tokens[j].is_word(*lx.PERSONAL_VOICES, *lx.DOCUMENT_NOUNS)):
        return None
    noun = j - 1
    k = noun - 1
    while k >= 0 and noun - k <= lx.MAX_BODY_QUALIFIERS and tokens[k].kind == WORD:
        if tokens[k].is_word("a", "an", "the"):
            break
        k -= 1
    if k < 0 or not tokens[k].is_word("a", "an", "the"):
        return None
    qualifiers = [t.lower for t in tokens[k + 1 : noun] if t.lower not in lx.RANK_WORDS]
    if not qualifiers:
        if tokens[j].is_word("diplomat", "diplomats"):
            return None  # "a council diplomat": a member's, not the council's own voice
        return ctx.roles.get(tokens[noun].lower) or _home_body(tokens, noun, ctx)
    # "a Cricket Board spokesman" after "the England and Wales Cricket Board"
    tail = ctx.body_tails.get(" ".join([*qualifiers, tokens[noun].lower]))
    return tail or _home_body(tokens, noun, ctx, qualifiers)


def _home_body(
    tokens: list[Token], j: int, ctx: _Context, qualifiers: Collection[str] = ()
) -> str | None:
    """The body the noun at j names in a story about its state: the one body so called (its
    qualifiers agreeing, and its names or its state's holding every word of `qualifiers`) that
    the study lists for the article's state, preferring those the article has named."""
    if tokens[j].lower not in lx.ORGANISATION_WORDS:
        return None
    home = [
        actor
        for actor in ctx.top_group
        if actor not in ctx.persons | ctx.states
        and ctx.top_group[actor] == ctx.home_government
        and tokens[j].lower in ctx.name_words[actor]
        and _qualifiers_agree(tokens, j, actor, ctx)
        and _holds_words(actor, qualifiers, ctx)
    ]
    named = [actor for actor in home if actor in ctx.named]
    found = named or home
    return found[0] if len(found) == 1 else None


def _holds_words(actor: str, words: Collection[str], ctx: _Context) -> bool:
    """Every word is one of the actor's or its state's name words (by stem)."""
    stems = {_stem(w) for w in ctx.name_words[actor] | ctx.name_words[ctx.top_group[actor]]}
    return all(_stem(w) in stems for w in words)


def _addressed(tokens: list[Token], i: int) -> bool:
    """The mention at i is what something is sent or said to ('notices to the Ministry of
    External Affairs and the Ministry of Ports'), alone or joined by 'and' to one that is."""
    k = i - 2 if i > 1 and tokens[i - 1].is_word("the") else i - 1
    if k >= 0 and tokens[k].is_word(*lx.OBJECT_PREPOSITIONS):
        return True
    if k >= 1 and tokens[k].is_word("and") and tokens[k - 1].kind == MENTION:
        return _addressed(tokens, k - 1)
    return False


def _shortened_body(tokens: list[Token], j: int, ctx: _Context) -> str | None:
    """'In a statement, the Department of Agriculture said' after 'The Federal Department of
    Agriculture has written': a definite name that is the tail of a body the article named in
    full is that body; with none named, the one body of the article's state whose study name
    ends in it ('the Ministry of Education said' in a story from Beijing: the Chinese one)."""
    phrase = speaker_phrase(tokens, j)
    start = j - len(phrase.split())
    if start >= 0 and not tokens[start].is_word("the"):
        return None  # "India's Foreign Ministry", "a Department of Agriculture official"
    named = ctx.body_tails.get(phrase.lower())
    if named is not None or len(phrase.split()) < 2 or not phrase[:1].isupper():
        return named
    home = [
        actor
        for actor, group in ctx.top_group.items()
        if actor not in ctx.persons | ctx.states
        and group == ctx.home_government
        and actor.lower().endswith(" " + phrase.lower())
    ]
    return home[0] if len(home) == 1 else None


def _named_head(tokens: list[Token], j: int, ctx: _Context) -> str | None:
    """'The authorities say' after 'Customs authorities in French Polynesia have made a record
    seizure': a definite noun that heads the name of exactly one body the article has named.
    Role and body nouns ('the ministry', 'the council') have their own, stricter readings."""
    if not (j > 0 and tokens[j - 1].is_word("the") and tokens[j].kind == WORD):
        return None
    if tokens[j].lower in lx.ANAPHOR_NOUNS:
        return None
    found = {
        actor
        for actor in ctx.named - ctx.persons - ctx.states
        if tokens[j].lower in ctx.name_heads.get(actor, ())
    }
    return found.pop() if len(found) == 1 else None


def _name_heads(actor_set: ActorSet) -> dict[str, frozenset[str]]:
    """Each actor's head nouns: the last word of each name before any 'of', 'in', 'for', 'at'
    ('authorities' of 'Customs authorities in French Polynesia')."""
    heads = {}
    for a in actor_set.actors:
        words = set()
        for name in (a.name, *a.aliases):
            ws = name.lower().split()
            cut = next((i for i, w in enumerate(ws) if w in ("of", "in", "for", "at")), len(ws))
            if cut > 0:
                words.add(ws[cut - 1])
        heads[a.name] = frozenset(words)
    return heads


def _body_tails(tokens: list[Token], ctx: _Context) -> dict[str, str]:
    """The tails of each body's name in this chunk that still name a body ('Department of
    Agriculture' of 'the Federal Department of Agriculture'): two words or more, from a
    capitalised word, holding a body noun. A tail cut from a state's name ('Foreign Ministry'
    of 'Japanese Foreign Ministry') is left out: every state has one."""
    tails = {}
    for tok in tokens:
        if tok.kind != MENTION or tok.mention.actor in ctx.persons | ctx.states:
            continue
        words = tok.mention.surface.split()
        for i in range(1, len(words) - 1):
            tail = words[i:]
            if ctx.state_stems & {_stem(w.lower()) for w in words[:i]}:
                break
            if tail[0][:1].isupper() and lx.ANAPHOR_NOUNS & {w.lower() for w in tail}:
                tails[" ".join(tail).lower()] = tok.mention.actor
    return tails


def _state_stems(actor_set: ActorSet) -> frozenset[str]:
    return frozenset(
        _stem(word.lower())
        for a in actor_set.actors
        if _is_government(a)
        for name in (a.name, *(x for x in a.aliases if len(x.split()) == 1))
        for word in name.split()
    )


def _name_words(actor_set: ActorSet) -> dict[str, frozenset[str]]:
    return {
        a.name: frozenset(w for n in (a.name, *a.aliases) for w in n.lower().split())
        for a in actor_set.actors
    }


def _stem(word: str) -> str:
    """Words compared on their first letters: 'Russian' ~ 'Russia', 'defence' ~ 'defense'."""
    return word[: lx.STEM_LETTERS]


def _owned_role(tokens: list[Token], j: int, ctx: _Context) -> str | None:
    """'Indonesia's environment minister said', 'Ivory Coast minister calls for', before the
    article names them: the one actor under the owner's top group whose study names hold the
    role noun and every word between the owner and it; None when there is more than one, or
    none (then a state's possessive role, "Canada's finance minister", is the state's voice). A
    sentence opening with a place owns its definite roles: 'In Algiers, the Foreign Ministry
    said'. A postpositive 'general' goes with its role ("Spain's consul general said")."""
    if j > 0 and tokens[j].is_word(*lx.POSTPOSITIVE_TITLE_WORDS) and tokens[j - 1].kind == WORD:
        j -= 1
    tok = tokens[j]
    if tok.kind != WORD or tok.lower not in lx.ROLE_WORDS:
        return None
    k = j - 1
    while k >= 0 and j - k <= lx.MAX_ROLE_QUALIFIERS and tokens[k].kind == WORD:
        k -= 1
    owner = tokens[k] if k >= 0 else None
    place = _place_opener(tokens, k, ctx)
    country = next((p for p in range(k + 1, j) if tokens[p].is_word(*lx.COUNTRY_POSSESSIVES)), None)
    if place is not None:
        side, k = ctx.top_group[place], k + 1
    elif country is not None:
        side, k = _state_named_before(tokens, country, ctx), country  # "the country's premier"
        if side is None:
            return None
    elif owner is None or owner.kind != MENTION:
        return None
    else:
        side = ctx.top_group[owner.mention.actor]
    stems = {_stem(t.lower) for t in tokens[k + 1 : j]}
    found = [
        name
        for name, top in ctx.top_group.items()
        if top == side
        and name != top
        and tok.lower in ctx.name_words[name]
        and stems <= {_stem(w) for w in ctx.name_words[name]}
    ]
    possessive = owner is not None and owner.kind == MENTION and owner.mention.possessive
    if not found and side in ctx.states and possessive:
        body = owner.mention.actor
        if body not in ctx.states and body not in ctx.persons and place is None:
            # "the Russian Investigative Committee's department in the Sverdlovsk Region said"
            return body
        return side  # "Canada's finance minister said", no such minister listed: Canada's voice
    return found[0] if len(found) == 1 else None


def _state_named_before(tokens: list[Token], k: int, ctx: _Context) -> str | None:
    """The state 'the country' refers to: the last one the sentence names before k, else the
    subject of the sentence before if it is a state."""
    for t in reversed(tokens[:k]):
        if t.kind == MENTION and ctx.top_group[t.mention.actor] in ctx.states:
            return ctx.top_group[t.mention.actor]
    return ctx.subject if ctx.subject in ctx.states else None


def _country_anaphor(tokens: list[Token], j: int, ctx: _Context) -> str | None:
    """'The southern African country says …': a definite "country" or "nation" (a few
    modifiers after "the") is the state the sentence or the one before it named."""
    if not tokens[j].is_word(*lx.COUNTRY_NOUNS):
        return None
    for k in range(j - 1, max(j - 1 - lx.MAX_ROLE_QUALIFIERS, -1), -1):
        if tokens[k].is_word("the"):
            return _state_named_before(tokens, k, ctx)
        if tokens[k].kind != WORD:
            return None
    return None


def _document_after(tokens: list[Token], j: int, words: Collection[str]) -> bool:
    """One of `words` before the document at j, with only its modifiers between: 'in' opens
    'in its latest report'; a message verb sends 'issued a joint statement'."""
    for k in range(j - 1, max(j - 1 - lx.MAX_DOCUMENT_MODIFIERS, -1), -1):
        if tokens[k].kind != WORD:
            return False
        if tokens[k].lower in words:
            return True
    return False


def _cited_source(tokens: list[Token], j: int) -> bool:
    """'According to the statement, the ambassador proposed …': the document at j is the
    sentence's source, not one its speaker issued."""
    for k in range(j - 1, max(j - 1 - lx.MAX_DOCUMENT_MODIFIERS, 0), -1):
        if tokens[k].kind != WORD:
            return False
        if tokens[k].is_word("to"):
            return tokens[k - 1].is_word("according")
    return False


def _cites_body_itself(tokens: list[Token], source: Cue) -> bool:
    """'According to the Prime Minister's Office, …': the body itself, set off by a comma, not
    a document of it ('According to the ministry statement', 'according to a statement by the
    UP Government'), which may only carry what its person said."""
    k = source.subject
    opens = k == source.verb + 2 or (k == source.verb + 3 and tokens[k - 1].is_word("the"))
    words = _alias_words(tokens[k].text)
    document = bool(words) and words[-1] in lx.DOCUMENT_NOUNS
    return opens and not document and k + 1 < len(tokens) and tokens[k + 1].text == ","


def _place_opener(tokens: list[Token], k: int, ctx: _Context) -> str | None:
    """The place (its actor) that owns a definite role opening at k + 1 ('the Foreign
    Ministry'): the one a sentence opens with ('In Algiers, the Foreign Ministry said'), or the
    sentence's dateline ('BEIJING - …, the Foreign Ministry confirmed')."""
    if k + 1 >= len(tokens) or not tokens[k + 1].is_word("the"):
        return None
    if k == 2 and tokens[0].is_word("in") and tokens[2].text == ",":
        return tokens[1].mention.actor if tokens[1].kind == MENTION else None
    return ctx.dateline_place


def _anaphor_role(tokens: list[Token], j: int, ctx: _Context) -> str | None:
    """The role noun an anaphor refers back with: its own head ("the minister"), or for a
    document the role that owns it ("the Foreign Ministry statement": the ministry's)."""
    j -= postpositive_title(tokens, j)  # "the Consul General": a consul
    word = tokens[j].lower
    owner = tokens[j - 1].lower if j > 0 else None
    if word in lx.DOCUMENT_NOUNS and owner in ctx.roles and owner in lx.ANAPHOR_NOUNS:
        return owner
    phrase = role_phrase(tokens, j)
    if phrase in ctx.roles:
        return phrase
    if word in ctx.roles:
        return word
    # "The premier called on …" after "Prime Minister Hun Sen", when no one was called premier
    synonym = lx.ROLE_SYNONYMS.get(word)
    return synonym if synonym in ctx.roles else None


def _last_speaker_anaphor(tokens: list[Token], j: int, ctx: _Context) -> str | None:
    """'… Cal Fire said it is closely monitoring … "We share your concern," the agency said':
    a definite body noun whose study names none is the body that spoke last (no person, no
    state), if it spoke in this paragraph or the one before, and so is a spokesperson when none
    was named ('the Ministry of Commerce said …' then '…, said the spokesperson'); 'the
    official' is the person who spoke last ('Minister Undurraga hailed …' then 'The official
    told Xinhua …'); 'the minister' no study person holds is the ministry that spoke last
    ('According to the Ministry of Finance, …', then '“…,” the minister added'); a definite
    document no one was said to issue ('the statement read') is the last speaker's."""
    if not is_anaphor(tokens, j):
        return None
    if tokens[j].is_word(*lx.ISSUED_DOCUMENTS) and ctx.said_last not in ctx.states:
        return ctx.said_last  # "… the Commission said … '…,' the statement read": its statement
    if tokens[j].is_word(*lx.PERSON_ANAPHORS):
        return ctx.said_last if ctx.said_last in ctx.persons else None
    if (office := lx.BODY_HEADS.get(tokens[j].lower)) is not None:
        body = ctx.said_last
        if body in ctx.persons and _untitled_official(tokens, j, body, ctx):
            return body
        named = body is not None and office in body.lower().split()
        return body if named and body not in ctx.persons and body not in ctx.states else None
    if tokens[j].is_word("official"):
        if ctx.said_last in ctx.persons:
            return ctx.said_last
        # "a commerce ministry official said …", then "The official said": that body's
        return ctx.spokesperson
    # "…, said the spokesperson" with no spokesperson named before: the body's own
    spokesperson = tokens[j].is_word(*lx.SPOKESPERSONS) and ctx.spokesperson is None
    if not (tokens[j].is_word(*lx.BODY_NOUNS) or spokesperson):
        return None
    body = ctx.said_last
    if body is None or body in ctx.persons or body in ctx.states:
        return None
    return body if _qualifiers_agree(tokens, j, body, ctx) else None


def _untitled_official(tokens: list[Token], j: int, person: str, ctx: _Context) -> bool:
    """'Aziz Abdukhakimov expressed gratitude …', then 'The minister also said that …': a bare
    office noun in an article that used it for no one before names the government's official
    who spoke last, unless the study gives that person another role ('Kerry', the envoy) or the
    noun a qualifier that makes it another office ('the prime minister')."""
    return (
        tokens[j].lower not in ctx.offices_named
        and not anaphor_qualifiers(tokens, j)
        and person not in ctx.roles.values()
        and ctx.top_group.get(person) in ctx.states
    )


def _opens_unquoted_statement(tokens: list[Token]) -> bool:
    """'Commissioner Jutta Urpilainen said: This agreement is another step …': a speech verb and
    a colon, then the statement itself, with no quotation marks anywhere in the sentence; a
    subject stands before the verb ('Details: USAID will send …' is a label)."""
    colon = next((k for k, t in enumerate(tokens) if t.text == ":"), None)
    return (
        colon is not None
        and 1 < colon < len(tokens) - 2
        and tokens[colon - 1].lower in lx.FINITE_FORMS
        and all(t.kind != QUOTE for t in tokens)
    )


def _first_quote(tokens: list[Token]) -> int:
    """The index of the chunk's first quotation, or len(tokens) when it has none."""
    return next((k for k, t in enumerate(tokens) if t.kind == QUOTE), len(tokens))


def _says_unknown(tokens: list[Token]) -> bool:
    """'… in which he supported the war and said his country is fighting for "…"', 'This was
    also highlighted by Ukrainian publisher Viktor Kruglov: "…"': a speech verb before the
    quotation whose speaker no cue found; the quotation is someone else's, not the last
    speaker's going on (unlike '"…", - said in a statement' after it)."""
    return any(
        t.kind == WORD and t.lower in lx.FINITE_FORMS for t in tokens[: _first_quote(tokens)]
    )


def _cued_after_quotation(tokens: list[Token]) -> bool:
    """'“…,” said Kenya Flower Council (KFC) Chairman Richard Fox': a speech verb right after
    the quotation gives it a speaker of its own, one the study does not know."""
    first_quote = _first_quote(tokens)
    after = [t for t in tokens[first_quote + 1 : first_quote + 4] if t.kind == WORD][:2]
    return any(t.lower in lx.FINITE_FORMS for t in after)


def _qualifiers_agree(tokens: list[Token], j: int, actor: str, ctx: _Context) -> bool:
    """'the Foreign Ministry' refers back only to a ministry whose names (or its state's) say
    'foreign' (not to the agriculture ministry named last), 'the news agency' only to a news
    agency; a capitalised qualifier matches a name word on its first STEM_LETTERS letters, so
    'Russian' matches 'Russia'."""
    qualifiers = [tokens[k] for k in anaphor_qualifiers(tokens, j) or ()]  # "a ministry …": none
    telling = [
        t.lower
        for t in qualifiers
        if t.kind == WORD and (t.text[:1].isupper() or t.lower in lx.NEWS_QUALIFIERS)
    ]
    # "the Deputy Prime Minister said" after "Deputy Prime Minister Sir Louis Straker said": a
    # word of a title the article gave the person agrees too
    untitled = [w for w in telling if w not in ctx.titled.get(actor, frozenset())]
    # "the U.S. Ambassador": a side named as a qualifier is the role holder's own
    sides = {ctx.top_group.get(t.mention.actor) for t in qualifiers if t.kind == MENTION}
    return _holds_words(actor, untitled, ctx) and sides <= {ctx.top_group.get(actor)}


def _role_holder(tokens: list[Token], i: int, ctx: _Context) -> str | None:
    """'the MOFCOM spokesperson said' after 'spokesperson He Yadong': a definite role alias of
    an office (or an office and a spokesperson noun after it), when a person of that side was
    last named with the role, means that person."""
    mention = tokens[i].mention
    surface = mention.surface.lower()
    definite = surface.startswith("the ") or (i > 0 and tokens[i - 1].is_word("the"))
    spokesperson = ctx.spokesperson
    if (
        definite
        and not mention.possessive
        and tokens[i + 1 : i + 2]
        and tokens[i + 1].is_word(*lx.SPOKESPERSONS)
        and spokesperson in ctx.persons
        and ctx.top_group[spokesperson] == ctx.top_group[mention.actor]
    ):
        return spokesperson  # "The Foreign Office spokesman said" after "… spokesman Dr Faisal"
    if not definite or mention.possessive or not is_role(mention):
        return None
    if mention.actor in ctx.persons:
        return None  # "The Minister of Industry Lukáš Vlček said": the mention names its person
    side = ctx.top_group[mention.actor]
    for word in _role_heads(surface.split()):
        holder = ctx.roles.get(word)
        if (
            holder is not None
            and holder != mention.actor
            and holder in ctx.persons
            and ctx.top_group[holder] == side
        ):
            return holder
    return None


def _title_of_state_before(tokens: list[Token], i: int, ctx: _Context) -> set[str]:
    """'Minister of Education and Science of the Russian Federation Olga Vasilyeva': the words
    of a capitalised title that a state closes right before the name at i, or none."""
    k = i - 1
    if not (k >= 3 and tokens[k].kind == MENTION and not tokens[k].mention.possessive):
        return set()
    if tokens[k].mention.actor not in ctx.states:
        return set()
    k -= 2 if tokens[k - 1].is_word("the") else 1
    if not tokens[k].is_word("of"):
        return set()
    words: set[str] = set()
    for tok in reversed(tokens[max(k - lx.MAX_STATE_TITLE_WORDS, 0) : k]):
        if tok.kind != WORD or not (tok.text[:1].isupper() or tok.is_word("of", "and", "for")):
            break
        words.add(tok.lower)
    return words


def _titled_apposition(tokens: list[Token], i: int) -> bool:
    """'the minister, Prithvi Subba Gurung', 'The Deputy Minister, Mr Benito Owusu Bio': the
    mention at i names the title before its comma."""
    if not (i >= 3 and tokens[i - 1].text == "," and tokens[i - 2].is_word(*lx.TITLE_WORDS)):
        return False
    article = i - 4 if tokens[i - 3].is_word(*lx.OFFICER_QUALIFIERS) else i - 3
    return article >= 0 and tokens[article].is_word("the")


def _role_set_off_before(tokens: list[Token], i: int) -> set[str]:
    """The words of a role phrase that opens with 'the' after a comma or the sentence's start
    and that a comma sets off before the mention at i ('Earlier, the official representative of
    the Ministry of Foreign Affairs of Russia, Maria Zakharova'), or none."""
    if i < 3 or tokens[i - 1].text != ",":
        return set()
    k = i - 2
    while k >= 0 and i - 2 - k < lx.MAX_ROLE_PHRASE_WORDS and tokens[k].kind in (WORD, MENTION):
        k -= 1
    phrase = tokens[k + 1 : i - 1]
    if not (k < 0 or tokens[k].text == ",") or not phrase or not phrase[0].is_word("the"):
        return set()
    return {w for t in phrase for w in _alias_words(t.text)}


def _introduced_voice_body(tokens: list[Token], j: int) -> int | None:
    """'a senior customs official', 'an official with the international department of the
    CSOA', 'A senior official in the Ministry of Health', 'Japanese officials' (a bare plural):
    the mention of the body whose unnamed voice the noun at j introduces, or None."""
    k, owner = j - 1, None
    while k >= 0 and j - k <= lx.MAX_ROLE_QUALIFIERS + 1 and tokens[k].kind in (WORD, MENTION):
        if tokens[k].is_word("a", "an", *lx.DEFINITE_DETERMINERS):
            break
        if owner is None and tokens[k].kind == MENTION:
            owner = k
        k -= 1
    opener = tokens[k] if k >= 0 else None
    indefinite = opener is not None and opener.is_word("a", "an")
    definite = opener is not None and opener.is_word(*lx.DEFINITE_DETERMINERS)
    if not (indefinite or (tokens[j].is_word(*lx.PLURAL_VOICES) and not definite)):
        return None
    if owner is not None:
        return owner
    if j + 1 < len(tokens) and tokens[j + 1].is_word(*lx.VOICE_PREPOSITIONS):
        for m in range(j + 2, min(j + 2 + lx.MAX_ROLE_PHRASE_WORDS, len(tokens))):
            if tokens[m].kind == MENTION:
                return None if tokens[m].mention.possessive else m
            if tokens[m].kind != WORD or tokens[m].lower in lx.FINITE_FORMS:
                return None
    return None


def _apposed_title(tokens: list[Token], i: int) -> str | None:
    """'the Minister of Higher Education and Scientific Research of the Arab Republic of Egypt,
    Dr. Abdel Khalid Ghaffer': the title whose 'of' phrase a comma sets off before the person at
    i, however the phrase opens ('was received by the Minister of …'). A bracketed gloss and a
    portfolio's list may stand inside the phrase ('The Director of Monitoring, Evaluation and
    Resources for the Directorate of Technical Aid Corps (DTAC) in the Ministry …, Ambassador
    Haruna Ginsau'), and a title or an honorific may stand before the name ('…, Ambassador
    Haruna Ginsau' where the study lists only 'Haruna Ginsau')."""
    before = tokens[i - 1] if i > 0 else None
    honoured = before is not None and before.text[:1].isupper()
    start = i - 1 if honoured and before.is_word(*lx.HONORIFICS, *lx.TITLE_WORDS) else i
    if start < 4 or tokens[start - 1].text != ",":
        return None
    title = None
    k, words = start - 2, 0
    while k >= 1 and words < lx.MAX_ROLE_PHRASE_WORDS:
        if tokens[k].text == ")" and (opening := bracket_opening(tokens, k, 4)) is not None:
            k = opening - 1
            continue
        if tokens[k].text == "," and portfolio_comma(tokens, k, start - 1):
            k -= 1
            continue
        if tokens[k].kind not in (WORD, MENTION):
            break
        owned = tokens[k - 1].kind == MENTION and tokens[k - 1].mention.possessive
        if (
            (tokens[k - 1].is_word("the") or owned)  # "Oman's Minister of Health, Dr …"
            and tokens[k].is_word(*lx.APPOSITION_ROLES)
            and tokens[k].lower in lx.ANAPHOR_NOUNS
            and tokens[k + 1].is_word("of")
        ):
            title = tokens[k].lower
        k, words = k - 1, words + 1
    return title


def _person_titled_by(tokens: list[Token], i: int, persons: frozenset[str]) -> str | None:
    """The person a body's title alias at i is set off beside: before it ('Sione Vea, the
    Minister of Finance of Tonga,') or after it ('Minister for Planning, Development and
    Reform, Ahsan Iqbal'); None when the mention is no title or names no one beside it."""
    mention = tokens[i].mention
    if mention.actor in persons or not _title_heads(_alias_words(mention.surface)):
        return None
    k = i - 2 if i >= 1 and tokens[i - 1].is_word("the") else i - 1
    if k >= 1 and tokens[k].text == "," and tokens[k - 1].kind == MENTION:
        before = tokens[k - 1].mention.actor
        return before if before in persons else None
    close = next((j for j in range(i + 1, len(tokens)) if tokens[j].kind == PUNCT), None)
    if close is None or tokens[close].text != "," or close + 1 == len(tokens):
        return None
    after = tokens[close + 1]
    return after.mention.actor if after.kind == MENTION and after.mention.actor in persons else None


def _title_heads(words: list[str]) -> set[str]:
    """The role noun a capitalised title alias opens with ('minister' of 'Minister for
    Planning, Development and Reform'), as a set; empty when it opens with no role noun."""
    words = words[1:] if words[:1] == ["the"] else words
    head = words[:1]
    if not head or len(words) < 2 or words[1] not in ("of", "for"):
        return set()
    return set(head) & (lx.ANAPHOR_NOUNS - lx.BODY_ANAPHORS - lx.DOCUMENT_NOUNS) & lx.TITLE_WORDS


def _title_set_off_after(tokens: list[Token], i: int) -> tuple[str | None, frozenset[str]]:
    """'Elena Sakanyan, the Chairman of Pharmacopoeial Committee, emphasized', 'Hon. Mandla
    Tshawuka, Minister of Agriculture, Kingdom of Eswatini', 'Mariam Almheiri, UAE’s Minister of
    Climate Change': the title a comma sets off right
    after the person at i, by its head before any 'of' phrase, and the capitalised words of the
    whole title up to its closing comma ('minister', 'agriculture'); else None and none."""
    none: tuple[str | None, frozenset[str]] = (None, frozenset())
    if i + 3 >= len(tokens) or tokens[i + 1].text != ",":
        return none
    start = i + 3 if tokens[i + 2].is_word("the") else i + 2
    owner = tokens[start]
    if owner.kind == MENTION and owner.mention.possessive and start + 1 < len(tokens):
        start += 1  # "Mariam Almheiri, UAE’s Minister of Climate Change and Environment,"
    # no article: only a capitalised title ("Minister of Agriculture"), or one its "of" follows
    # ("said Remi Maréchaux, ambassador of France to Ethiopia")
    of_follows = start + 1 < len(tokens) and tokens[start + 1].is_word("of")
    capitalised = tokens[start].text[:1].isupper() or of_follows
    titled = capitalised and tokens[start].is_word(*lx.TITLE_WORDS)
    if start == i + 2 and not titled:
        return none
    k = start
    # the head stands before an "of" or "to" phrase ("China's ambassador to the United Nations")
    while (
        k < len(tokens) and k - i <= lx.MAX_ROLE_PHRASE_WORDS and not tokens[k].is_word("of", "to")
    ):
        if tokens[k].kind not in (WORD, MENTION):
            break
        k += 1
    if (
        k == start
        or k == len(tokens)
        or not (tokens[k].is_word("of", "to") or tokens[k].text == ",")
    ):
        return none
    head = tokens[k - 1].lower
    if head in lx.POSTPOSITIVE_TITLE_WORDS and k - 2 >= start:
        head = tokens[k - 2].lower  # "Consul General of Malaysia": the consul
    if head not in lx.ANAPHOR_NOUNS - lx.BODY_ANAPHORS - lx.DOCUMENT_NOUNS:
        return none
    end = next((n for n in range(k, len(tokens)) if tokens[n].kind != WORD), len(tokens))
    words = frozenset(t.lower for t in tokens[start:end] if t.text[:1].isupper())
    return head, words


def _role_heads(words: list[str]) -> list[str]:
    """The words that can head a role alias, last first: before an 'of' phrase only its head
    ('the Office of the Prime Minister' is an office, not the prime minister), unless a
    spokesperson noun closes the alias ('the Ministry of Foreign Affairs spokesperson'); after
    a possessive only what it owns ('the Chief Executive’s Office' is an office)."""
    owner = max((k for k, w in enumerate(words[:-1]) if w.endswith(("’s", "'s"))), default=None)
    if owner is not None:
        words = words[owner + 1 :]
    if "of" not in words or words[-1] in lx.SPOKESPERSONS:
        return words[::-1]
    return [words[words.index("of") - 1]]


def _inside_participle_clause(tokens: list[Token], cues: list[Cue], cue: Cue) -> bool:
    """'Baerbock ordered the recall, stating that Germany condemned the execution': the
    condemnation is what the participle's speaker states, not a second speaker."""
    return any(
        p.pattern == PARTICIPLE
        # its subject known, or it follows a comma ('…," Sarna said, adding that Russia had …')
        and (p.subject is not None or tokens[p.verb - 1].text == ",")
        and p.verb + 1 < cue.subject
        and tokens[p.verb + 1].is_word("that")
        and not any(t.text == "," for t in tokens[p.verb : cue.subject])  # not "…, Kamalvandi said"
        for p in cues
    )


def _spokesperson_offices(words: list[str]) -> set[str]:
    """The words right before a spokesperson noun: whose spokesperson ("ministry spokesperson")."""
    return {w for w, nxt in zip(words, words[1:], strict=False) if nxt in lx.SPOKESPERSONS}


def _is_spokesperson_anaphor(tokens: list[Token], i: int) -> bool:
    """'The spokesman said': a definite spokesperson the article has already introduced."""
    return tokens[i].is_word(*lx.SPOKESPERSONS) and i > 0 and tokens[i - 1].is_word("the")


def _spokesperson(tokens: list[Token], cues: list[Cue]) -> str | None:
    """Actor of the last speaker introduced as a spokesperson or an official ("a foreign
    ministry spokesman asked", "the State Department spokesperson said", "spokesman Muhammad
    Faisal said", "an official of the Ministry of Health said")."""
    found = None
    for cue in cues:
        if cue.pattern not in SPEAKING or tokens[cue.subject].kind != MENTION:
            continue
        words = tokens[cue.subject].text.lower().split()
        nxt = tokens[cue.subject + 1] if cue.subject + 1 < len(tokens) else None
        before = tokens[cue.subject - 1] if cue.subject > 0 else None
        titled = before is not None and before.is_word(*lx.SPOKESPERSONS)
        if (
            lx.PERSONAL_VOICES.intersection(words)  # "an official of the Ministry of Health"
            or (nxt and nxt.is_word(*lx.SPOKESPERSONS, "official"))
            or titled
            or voice_before(tokens, cue.subject) is not None
        ):
            found = tokens[cue.subject].mention.actor
    return found


def _qualifies_role(tokens: list[Token], k: int) -> bool:
    """'ICE assistant director for international operations': the mention at k only says whose
    role someone holds (a lower-case word may stand between), naming no one the sentence is
    about."""
    for j in range(k + 1, min(k + 3, len(tokens))):
        if tokens[j].kind != WORD or not tokens[j].text.islower():
            return False
        if tokens[j].lower in lx.APPOSITION_ROLES:
            return True
    return False


def _closes_voice_phrase(tokens: list[Token], k: int) -> bool:
    """'a representative of JETRO', 'the director at the institute': the mention at k only
    names the body a role or voice before it speaks for."""
    j = k - 2 if k >= 2 and tokens[k - 1].is_word("the") else k - 1
    if j < 1 or not tokens[j].is_word(*lx.VOICE_PREPOSITIONS):
        return False
    return tokens[j - 1].is_word(*lx.PERSONAL_VOICES, *lx.APPOSITION_ROLES)


def _named_in_apposition(tokens: list[Token], k: int) -> str | None:
    """'the council leader, Susan Aitken,': the actor a comma sets off right after the phrase
    of the role anaphor at k (a plain word or two may end that phrase), else None."""
    j = k + 1
    while j < len(tokens) and j - k <= 2 and tokens[j].kind == WORD and tokens[j].text.islower():
        j += 1
    named = j + 1 < len(tokens) and tokens[j].text == "," and tokens[j + 1].kind == MENTION
    return tokens[j + 1].mention.actor if named and not tokens[j + 1].mention.possessive else None


def _antecedent(tokens: list[Token], i: int, ctx: _Context) -> str | None:
    """The nearest earlier clause subject in the sentence that the pronoun at i can refer to
    ("the EU still has deep concerns over what it calls …"): a person for he/she, else not.
    A pronoun that sources the sentence after a comma ("X summoned … over attacks on the
    French and U.S. embassies, it said") refers to the main clause's subject, the first one."""
    personal = lx.SUBJECT_OF_PRONOUN.get(tokens[i].lower, tokens[i].lower) in ("he", "she")
    if personal and i > 1 and tokens[i - 1].is_word("which"):
        if tokens[i - 2].is_word(*lx.EVENT_RELATIVE_PREPOSITIONS):
            # "… Antony Blinken's visit to Mongolia, during which he praised …": the one person
            # the sentence has named, even as a possessive or as an agent after "by"
            people = {t.mention.actor for t in tokens[:i] if t.kind == MENTION} & ctx.persons
            if len(people) == 1:
                return people.pop()
    tail = i > 0 and tokens[i - 1].text == ","
    for k in range(i) if tail else range(i - 1, -1, -1):
        tok = tokens[k]
        if tok.kind != MENTION or tok.mention.possessive:
            continue
        opens = k == 0 or tokens[k - 1].text == "," or tokens[k - 1].is_word(*lx.CLAUSE_OPENERS)
        if k > 0 and tokens[k - 1].is_word("the"):
            opens = k == 1 or tokens[k - 2].text == "," or tokens[k - 2].is_word(*lx.CLAUSE_OPENERS)
        if k > 1 and tokens[k - 1].is_word("and") and tokens[k - 2].kind == MENTION:
            opens = False  # "As supplies in Gambia and Benin dwindled, it said": one phrase
        # "According to Kenyan authorities, … refugees whom they say …": the cited source
        cited = k > 1 and opens_citation(tokens, k - 2)
        if (opens or cited or _topic(tokens, k)) and (tok.mention.actor in ctx.persons) == personal:
            if tail and _own_body_spoke_last(tok.mention.actor, ctx):
                # "The ministry said …", then 'New Delhi also seeks to "learn …", it said': the
                # state is what the ministry speaks of; the "it" is the ministry going on
                return ctx.said_last
            return tok.mention.actor
    return None


def _holds_view(tokens: list[Token], person: str) -> bool:
    """The person's mention is the subject of a view held in a that-clause ("Nuh believed
    that …")."""
    return any(
        tok.kind == MENTION
        and tok.mention.actor == person
        and k + 2 < len(tokens)
        and tokens[k + 1].lower in lx.VIEW_FORMS
        and tokens[k + 2].is_word("that")
        for k, tok in enumerate(tokens)
    )


def _own_body_spoke_last(state: str, ctx: _Context) -> bool:
    """A body of this state (no person) was the last to speak."""
    body = ctx.said_last
    return (
        state in ctx.states
        and body is not None
        and body != state
        and body not in ctx.persons
        and ctx.top_group.get(body) == state
    )


def _topic(tokens: list[Token], k: int) -> bool:
    """'As for (Canadian Prime Minister) Justin Trudeau, he said': the mention at k is the
    sentence's announced topic, titles and "the" allowed between."""
    j = k - 1
    while (
        j >= 0
        and k - j <= 5
        and tokens[j].kind == WORD
        and (tokens[j].text[0].isupper() or tokens[j].is_word("the"))
    ):
        j -= 1
    return j >= 1 and tokens[j].is_word("for") and tokens[j - 1].is_word("as")


def _official_document_state(tokens: list[Token], j: int, ctx: _Context) -> str | None:
    """'…, an official statement said': a document no one is named to issue is the government
    of the place it was released in ('an official statement released in Nicosia'), else of the
    article's dateline, else of the state it names first."""
    if official_document(tokens, j) is None:
        return None
    place = tokens[j + 3] if j + 3 < len(tokens) else None
    if (
        place is not None
        and place.kind == MENTION
        and tokens[j + 1].is_word(*lx.ISSUING_PARTICIPLES)
        and tokens[j + 2].is_word("in")
    ):
        return ctx.top_group[place.mention.actor]
    return ctx.dateline_state or ctx.home_government


def _speaks_for_government(tokens: list[Token], i: int) -> bool:
    """'the government', 'the cabinet', or unnamed voices of it ('Government sources',
    'government officials')."""
    if tokens[i].is_word(*lx.GOVERNMENT_NOUNS):
        return True
    return (
        tokens[i].is_word(*lx.GOVERNMENT_VOICES) and i > 0 and tokens[i - 1].is_word("government")
    )


def _pronoun(
    tok: Token,
    earlier: list[_Speaker],
    ctx: _Context,
    params: AttributionParams,
    antecedent: str | None = None,
    adds: bool = False,
    stranger: bool = False,
) -> _Speaker:
    word = lx.SUBJECT_OF_PRONOUN.get(tok.lower, tok.lower)
    personal = word in ("he", "she")
    if (stranger and (personal or word == "it")) or (
        personal and earlier and earlier[-1].kind == "unknown_speaker"
    ):
        # "Yoko Ono … has added her voice …, publishing an open letter in which she urged", "The
        # director of the fair, Juergen Boos, was apologetic for what he called …", "Svalbard
        # may be …, but it offers …": the person or thing the study does not know, not the last
        # known one
        return _Speaker(None, tok.text, None, "unresolved_pronoun", 0.0)
    known = [s for s in earlier if s.actor is not None and (s.actor in ctx.persons or not personal)]
    last, was_speaker = (
        (ctx.person, ctx.person_was_speaker) if personal else (ctx.subject, ctx.subject_was_speaker)
    )
    if personal and last is None and not ctx.people_named:
        last, was_speaker = ctx.headline_person, True
    said = ctx.said_last
    if adds and not was_speaker and said is not None and (said in ctx.persons) == personal:
        # "Customs said … The items were bound for Vietnam. It added …", "the press service
        # said. The memorandum was signed at a meeting … [¶] …, it said": the speaker goes on
        last, was_speaker = said, True
    if known:
        actor, conf = known[-1].actor, CONFIDENCE["pronoun_in_sentence"]
    elif antecedent is not None:
        actor, conf = antecedent, CONFIDENCE["pronoun"]
    elif (
        params.continuation
        and last is not None
        and not ctx.unknown_spoke
        and (was_speaker or word != "they")
    ):
        actor = last
        conf = CONFIDENCE["pronoun" if was_speaker else "pronoun_from_narration"]
    else:
        return _Speaker(None, tok.text, None, "unresolved_pronoun", 0.0)
    if personal and _called_otherwise(actor, word, ctx):
        # a "she" the article has called "he", or whose first name is a man's ("John Kerry"),
        # is the last other person named who may be a "she"; with no one else to be, the text
        # slipped ("Pangestu … he told reporters")
        actor = next(
            (
                p
                for p in reversed(ctx.people_named)
                if p != actor and not _called_otherwise(p, word, ctx)
            ),
            actor,
        )
    if word == "they" and actor in ctx.persons:
        # "They agreed …" after two ministers met: plural, so not the one person last named
        return _Speaker(None, tok.text, None, "unresolved_pronoun", 0.0)
    if word == "it" and actor in ctx.persons:
        # "Garcia posted a statement from the group … It added": "it" is never the person, but
        # the last body named, else the body they speak for
        actor = ctx.body or ctx.top_group[actor]
    return _Speaker(actor, tok.text, None, "pronoun", conf)


def _opens_with_adding(tokens: list[Token]) -> bool:
    """The sentence opens "Adding," or "Adding that" (not "Adding to the chaos, …")."""
    return (
        len(tokens) > 1
        and tokens[0].is_word("adding")
        and (tokens[1].text == "," or tokens[1].is_word("that"))
    )


def _called_otherwise(person: str, word: str, ctx: _Context) -> bool:
    """The article has called the person by the other pronoun, or, having called them by
    none, is asked to be a "she" with a man's first name."""
    called = ctx.pronoun_of.get(person) or ("he" if named_as_man(person) else None)
    return called is not None and called != word


def _voice_owner(tokens: list[Token], i: int) -> bool:
    """The mention at i owns a person's voice before it: "a spokesman for", "an official of"."""
    return (
        i >= 2
        and tokens[i - 1].is_word("for", "of", "at")
        and tokens[i - 2].is_word(*lx.PERSONAL_VOICES)
    )


def _voice_named_before(tokens: list[Token], i: int) -> bool:
    """The mention at i names the body of a person's voice after it: "A Trade Ministry
    official in Tokyo said"."""
    return i + 1 < len(tokens) and tokens[i + 1].is_word(*lx.PERSONAL_VOICES)


def _states_now(tokens: list[Token], subject: int) -> bool:
    """The subject's own verb follows it unmodalised ("as NZ pledges help"), not a plan given
    as a reason ("too early to speak … as Russia will challenge the decision")."""
    return subject + 1 < len(tokens) and not tokens[subject + 1].is_word(*lx.MODALS)


def _joint_clauses(groups: list[list[tuple[Cue, _Speaker]]]) -> list[list]:
    """Consecutive speaker groups whose cues share a verb, joined: one clause, spoken jointly."""
    clauses: list[list] = []
    for group in groups:
        verbs = {c.verb for c, _ in group}
        if clauses and verbs & {c.verb for g in clauses[-1] for c, _ in g}:
            clauses[-1].append(group)
        else:
            clauses.append([group])
    return clauses


def _cut(tokens: list[Token], left_end: int, right_start: int) -> tuple[int, int] | None:
    """Where to cut between two speakers' clauses: (end of left token, start of right token)
    as token indices. Prefers "; ", ", while/but/and", a sentence end, then any comma."""
    fallback = None
    for k in range(right_start - 1, left_end, -1):
        tok = tokens[k]
        if tok.text in (";", ".", "!", "?"):
            return k, k + 1
        after_comma = tokens[k - 1].text in (",", ";")
        if tok.kind == WORD and tok.lower in lx.CLAUSE_CONJUNCTIONS and after_comma:
            return k - 1, k
        if tok.is_word(*lx.CONTRASTIVE_CONJUNCTIONS):
            return k, k  # "… to help Japan while the EU said …": no comma needed
        if tok.is_word("as") and k == right_start - 1 and _states_now(tokens, right_start):
            return k, k  # "Ardern says eruption 'concerning' as NZ pledges help"
        if tok.text == "," and fallback is None:
            fallback = (k, k + 1)
    return fallback


def _is_person(actor: Actor) -> bool:
    """A member actor whose name is no organisation ("Wang Yi", not "US State Department"), has
    no acronym in it ("CBP", "Taiwan FDA") but initials opening a longer name ("ASM Shafiul Alam
    Talukder") or a name the study also gives as "Mr <surname>" ("MAK Mahmood"), and is not a
    one-word name the study's aliases call a body ("Rospotrebnadzor", "Russia's food safety
    watchdog"), nor a name that holds its state's ("Global Affairs Canada"); or a top-level
    actor its aliases show to be a person (`_ungrouped_person`)."""
    words = set(actor.name.lower().split())
    if words & lx.BODY_ALIAS_NOUNS:
        return False  # "Nigerian Technical Aid Corps", "Chinese Academy of Sciences"
    if actor.group is None:
        return _ungrouped_person(actor)
    if set(actor.group.lower().split()) <= words:
        return False
    name = actor.name.split()
    if (
        any(map(is_acronym, name[1:] if len(name) >= 3 else name))
        and not _called_by_surname(actor)
        and not _titled_alias(actor)
    ):
        return False
    return " " in actor.name or not any(_calls_a_body(alias) for alias in actor.aliases)


def _shaped_as_name(name: str) -> bool:
    """Two or three capitalised words, no acronym and no word that names a body: a person's
    name or a proper name ('Ehab Gouda', 'Human Rights Watch', 'Costa Rica'; not 'UNDP',
    'Sinan County')."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
        and not any(map(is_acronym, words))
        and not {w.lower() for w in words} & lx.BODY_ALIAS_NOUNS
    )


# The gazetteer's states and territories, in lower case ("costa rica", "cabo verde").
_COUNTRY_NAMES = frozenset(name.lower() for name in DEMONYMS)


def _known_state(actor: Actor) -> bool:
    """The actor's name or an alias is a state or territory of the gazetteer ('Costa Rica')."""
    return any(name.lower() in _COUNTRY_NAMES for name in (actor.name, *actor.aliases))


def _ungrouped_person(actor: Actor) -> bool:
    """A top-level actor of two or more words, no state, that an alias names by a personal role
    'of' something ('Christa Rader', 'country representative of WFP') or before a body's
    acronym ('Hussein Farah', 'Director RCMRD'), by an honorific ('Colin Tukuitonga', 'Mr
    Tukuitonga', 'Dr Didacus Jules'), by the surname alone ('Esther Penunia', 'Penunia') or by a
    title ending in the whole name ('EU Commissioner for Neighbourhood Policy and Enlargement
    Negotiations Johannes Hahn'), or whose name opens on a given name ('Adib Nahas') or on an
    initial before two more words ('T Nanda Kumar'), or a patronymic's initial run into a given
    name ('D.Gerel', 'Ts.Tsolmon', as Mongolian copy writes names)."""
    if _INITIAL_RUN_INTO_NAME.fullmatch(actor.name):
        return True
    if " " not in actor.name or actor.name in DEMONYMS:
        return False
    name = actor.name.lower().split()
    initial = actor.name.split()[0].rstrip(".")
    if len(initial) == 1 and initial.isupper() and len(name) >= 3:
        return True
    for alias in actor.aliases:
        words = alias.lower().split()
        if "of" in words[1:] and words[words.index("of") - 1] in lx.PERSONAL_ROLE_NOUNS:
            return True
        if len(words) >= 2 and words[0].rstrip(".") in lx.HONORIFICS:
            return True
        if words == name[-1:] and name[-1] not in lx.ORGANISATION_WORDS:
            return True
        acronym = alias.split()[-1]
        if len(words) == 2 and words[0] in lx.PERSONAL_ROLE_NOUNS and acronym.isupper():
            return True
        titled = len(words) > len(name) and words[-len(name) :] == name
        if titled and set(words[: -len(name)]) & lx.PERSONAL_ROLE_NOUNS:
            return True
    return given_name_first(actor.name)


def _titled_alias(actor: Actor) -> bool:
    """An alias 'Finance Minister AMA Muhith' for 'AMA Muhith': a title word before the whole
    name makes its capitals initials, not an acronym."""
    name = actor.name.lower()
    return any(
        alias.lower().endswith(" " + name)
        and alias.lower()[: -len(name)].split()[-1] in lx.TITLE_WORDS
        for alias in actor.aliases
    )


def _called_by_surname(actor: Actor) -> bool:
    """An alias 'Mr Mahmood' for 'MAK Mahmood': the capitals are initials, not an acronym."""
    surname = actor.name.split()[-1].lower()
    return any(
        len(words := alias.lower().split()) == 2
        and words[0].rstrip(".") in lx.HONORIFICS
        and words[1] == surname
        for alias in actor.aliases
    )


def _calls_a_body(alias: str) -> bool:
    """An alias that names a body ("Russia's food safety watchdog"), not a role someone holds."""
    words = set(re.sub(r"[’']s\b", " ", alias.lower()).replace("-", " ").split())
    return bool(words & lx.BODY_ALIAS_NOUNS) and not words & lx.APPOSITION_ROLES


def _is_government(actor: Actor) -> bool:
    """A top-level actor that is a state, not an organisation or an acronym ("ASEAN", "ELN"),
    nor a person ("Christa Rader"), nor a proper name of two or three words that the gazetteer
    does not know as a state ("Ehab Gouda", "Human Rights Watch"; "Costa Rica" is one)."""
    words = set(actor.name.lower().split())
    return (
        actor.group is None
        and not words & lx.ORGANISATION_WORDS
        and not actor.name.isupper()
        and not _ungrouped_person(actor)
        and (_known_state(actor) or not _shaped_as_name(actor.name))
    )


def _dateline_state(places: dict[int, str | None], actor_set: ActorSet) -> str | None:
    """The state of the first actor the article's first dateline names ('NEW DELHI:')."""
    actors = {a.name: a for a in actor_set.actors}
    first = places[min(places)] if places else None
    top = actors[actors[first].top_group] if first is not None else None
    return top.name if top is not None and _is_government(top) else None


def _home_government(mentions: list[Mention], actor_set: ActorSet, text: str) -> str | None:
    """The state of the first actor the article names (headline first): its own government.
    Not a partner named after 'with' ("Agreement signed with Cyprus")."""
    actors = {a.name: a for a in actor_set.actors}
    for mention in mentions:
        if text[: mention.start].rstrip().lower().endswith((" with", "\nwith")):
            continue
        top = actors[actors[mention.actor].top_group]
        if _is_government(top):
            return top.name
    return None


def _last_speaking(tokens: list[Token], people: list[str]) -> str:
    """Of the people who speak in the sentence, the one it names last ("A, B and C announced
    …, with A declaring …": A); the last to speak when one is not named but meant ("she")."""
    named = {t.mention.actor: k for k, t in enumerate(tokens) if t.kind == MENTION}
    if any(person not in named for person in people):
        return people[-1]
    return max(people, key=named.__getitem__)


def _relayed_by_sources(tokens: list[Token], speaking: list[Cue]) -> bool:
    """Unnamed sources say what an actor the study knows said: they only relay it."""
    first, second = speaking[0], speaking[1]
    return tokens[first.subject].is_word("sources") and tokens[second.subject].kind == MENTION


def _opens_on(tokens: list[Token], person: str) -> bool:
    """A sentence without quotation marks whose subject, opening it or right after an opening
    phrase's comma, is the person ("Rustam Usmanov makes …", "Finally, Wang broke the
    silence.")."""
    if any(t.kind == QUOTE for t in tokens):
        return False
    k = next((k for k, t in enumerate(tokens) if t.kind == MENTION), None)
    opened = k == 0 or (k is not None and tokens[k - 1].text == ",")
    return opened and tokens[k].mention.actor == person


def _dash_framed(text: str) -> bool:
    """'– ‘Agreement needed’ –': a line between dashes is an agency's subheading."""
    line = text.strip()
    return len(line) > 4 and line[0] in lx.DASHES and line[-1] in lx.DASHES and line[1] == " "


def _names_own_subject(tokens: list[Token]) -> bool:
    """An actor named before the sentence's first modal is its subject ("The United States
    will host …"), so the sentence is about them, not the last speaker's words."""
    for tok in tokens:
        if tok.kind == MENTION and not tok.mention.possessive:
            return True
        if tok.is_word(*lx.VIEW_MARKERS):
            return False
    return False


def _points_back(tokens: list[Token], segments: list) -> _Speaker | None:
    """'This was announced on July 7 by the deputy chairman …, Paul Hannon.': a chunk that opens
    on 'This' and a passive speech verb whose agent it names says the narration right before
    it; that agent's speaker, or None."""
    if len(segments) != 1 or segments[0][2].actor is None or len(tokens) < 4:
        return None
    speaker = segments[0][2]
    if speaker.kind != "reported" or not tokens[0].is_word("this"):
        return None
    k = 2 if tokens[1].is_word("was") else 3 if tokens[1].is_word("has", "had") else None
    if k is None or (k == 3 and not tokens[2].is_word("been")):
        return None
    k = k + 1 if tokens[k].lower.endswith("ly") else k  # "This was also …", "… officially …"
    return speaker if tokens[k].text == speaker.cue else None


class _Attributor:
    def __init__(
        self,
        article: Article,
        actor_set: ActorSet,
        params: AttributionParams,
        speaker_model: SpeakerModel | None = None,
        collect: bool = False,
    ):
        self.article = article
        self.params = params
        self.matcher = AliasMatcher(actor_set)
        self.actor_set = actor_set
        # One pass of the alias matcher over the whole article; chunks take slices of it.
        # Datelines ("BEIJING, Jan. 15 (Xinhua) --") are left out of mentions and tokens.
        persons = {a.name for a in actor_set.actors if _is_person(a)}
        mentions = drop_common_words(self.matcher.find(article.text), persons)

        def names_person(start: int, end: int) -> bool:
            return any(m.actor in persons and start <= m.start < end for m in mentions)

        paragraphs = _paragraphs(article)
        self.paragraph_starts = [start for start, _ in paragraphs]
        self.datelines = dict(dateline_spans(article.text, paragraphs, names_person))
        self.dateline_places = {  # chunk start -> the first actor its dateline names
            start: next((m.actor for m in mentions if start <= m.start < end), None)
            for start, end in self.datelines.items()
        }
        self.all_mentions = shared_surnames(
            article.text,
            [m for m in mentions if not any(a <= m.start < b for a, b in self.datelines.items())],
            persons,
        )
        self.mention_starts = [m.start for m in self.all_mentions]
        self.quotes = _quote_spans(article)
        self.quote_starts = [q.start for q in self.quotes]
        self.quote_ends = [q.end for q in self.quotes]
        self.ctx = _Context(
            persons=frozenset(a.name for a in actor_set.actors if _is_person(a)),
            states=frozenset(a.name for a in actor_set.actors if _is_government(a)),
            top_group={a.name: a.top_group for a in actor_set.actors},
            name_words=_name_words(actor_set),
            name_heads=_name_heads(actor_set),
            state_stems=_state_stems(actor_set),
            home_government=_home_government(self.all_mentions, actor_set, article.text),
            dateline_state=_dateline_state(self.dateline_places, actor_set),
        )
        self.learned: dict[str, str] = {}  # surnames of people introduced by a role
        self.short_forms: dict[str, str] = {}  # "CSA" after "Cyber Security Agency (CSA)"
        # Role nouns in each actor's study aliases ("US Secretary of State" -> secretary).
        self.alias_roles = {
            a.name: {w for alias in a.aliases for w in _alias_words(alias)} & lx.ANAPHOR_NOUNS
            for a in actor_set.actors
        }
        # Role nouns that only say whose spokesperson a person is ("foreign ministry
        # spokesperson Choi Young-sam"): "the ministry" later is that office, not the person.
        self.alias_offices = {
            a.name: set().union(*(_spokesperson_offices(_alias_words(x)) for x in a.aliases))
            for a in actor_set.actors
        }
        self.statements: list[Statement] = []
        # Features of each attributed statement (by statement_id), for refitting the model.
        self.features: dict[str, dict[str, float]] = {}
        self.model = load_model() if params.confidence == "model" else None
        if speaker_model is None and params.speaker_model == "learned":
            speaker_model = load_speaker_model()
        self.speaker_model = speaker_model
        # (chunk, candidate features) of every chunk, for fitting the speaker model.
        self.collect = collect
        self.candidates: list[tuple[Chunk, dict[str, dict[str, float]]]] = []
        self.tokens: list[Token] = []
        # A headline ending "…: FM", waiting for the body to name who that is, with the
        # speakers its own words give should the body name no one in that role.
        self.headline_role: tuple[Chunk, str, list] | None = None
        # Chunks of a quotation left open at the end of its paragraph with no speaker yet, or
        # only the last one going on ("“Prayut said that … we need to remove them all. [¶] “To
        # ensure …,” Hun Sen said"), waiting for the next paragraph to name one, with the
        # speakers they had on their own.
        self.open_quotation: list[tuple[Chunk, list]] = []
        # Whole quotations opening a paragraph with no cue of their own, waiting for a later
        # quotation of that paragraph to name their speaker ("“IGAD calls on …”. “Prevention …”.
        # “Countries must act urgently …” said Dr Workneh Gebeyehu").
        self.quotation_run: list[tuple[Chunk, list]] = []
        self.last_paragraph = -1
        # Narration opening a paragraph right after one whose last speaker was P, waiting for
        # the paragraph to close on "…, he said" that is P again (Tofail said "…". [¶] "Only 10
        # million kilograms … Of the total … But the country has produced …, he said."): then
        # P's remarks go on through it.
        self.narration_run: list[tuple[Chunk, list]] = []
        self.narration_speaker: str | None = None
        self.paragraph_close: tuple[int, str | None] = (-10, None)
        # The last body chunk, if it was plain narration emitted as such, for a chunk after it
        # that says who said it ("… [.] This was stated by Maria Zakharova.").
        self.last_narration: Chunk | None = None

    def run(self, chunks: list[Chunk]) -> list[Statement]:
        previous: str | None = None
        previous_paragraph = -10
        for chunk in chunks:
            segments = self._chunk(chunk)
            if self.speaker_model is not None or self.collect:
                rule = [
                    RuleSpeaker(s.actor, s.kind, s.confidence)
                    for _, _, s in segments
                    if s.actor is not None
                ]
                candidates = candidate_features(
                    self.tokens,
                    rule,
                    previous,
                    chunk.paragraph - previous_paragraph <= 1,
                    chunk.is_title,
                    self.ctx.persons,
                )
                if self.collect:
                    self.candidates.append((chunk, candidates))
                if not chunk.is_title:
                    previous = next((s.actor for _, _, s in reversed(segments) if s.actor), None)
                    previous_paragraph = chunk.paragraph
                if self.speaker_model is not None:
                    segments = self._rerank(chunk, segments, candidates)
            opens_paragraph = chunk.paragraph != self.last_paragraph
            self.last_paragraph = chunk.paragraph
            close_before = self.paragraph_close
            if not chunk.is_title:
                last = next((s.actor for _, _, s in reversed(segments) if s.actor), None)
                self.paragraph_close = (chunk.paragraph, last)
            if self._narration_before_close(chunk, segments, opens_paragraph, close_before):
                if not self.narration_run:
                    self.narration_speaker = close_before[1]
                self.narration_run.append((chunk, segments))
                continue
            if self.narration_run:
                self._settle_narration_run(chunk, segments)
            if self._uncued_quotation(chunk, segments) and (
                self.quotation_run or (opens_paragraph and not self.open_quotation)
            ):
                self.quotation_run.append((chunk, segments))
                continue
            if self.quotation_run:
                self._settle_quotation_run(chunk, segments)
            if self._in_open_quotation(chunk, segments):
                self.open_quotation.append((chunk, segments))
                continue
            if self.open_quotation:
                self._settle_open_quotation(chunk, segments)
            role = colon_role(self.tokens) if chunk.is_title else None
            if role is not None:
                # its source is named further down ("Saudi rejects Iran's conditions: Official")
                self.headline_role = (chunk, role, segments)
                continue
            said_before, self.last_narration = self.last_narration, None
            pointer = _points_back(self.tokens, segments)
            if said_before is not None and said_before.paragraph == chunk.paragraph and pointer:
                self._reemit(said_before, _going_on(pointer.actor))
            for start, end, speaker in segments:
                self._emit(chunk, start, end, speaker)
            plain = all(s.actor is None and s.kind == "narration" for _, _, s in segments)
            if plain and not chunk.is_title and not any(t.kind == QUOTE for t in self.tokens):
                self.last_narration = chunk
            if self.headline_role is not None and not chunk.is_title:
                self._settle_headline(chunk.paragraph, [s.actor for _, _, s in segments])
        if self.narration_run:
            self._settle_narration_run(None, [])
        if self.quotation_run:
            self._settle_quotation_run(None, [])
        if self.open_quotation:
            self._settle_open_quotation(None, [])
        if self.headline_role is not None:
            self._settle_headline(None, [])
        self.statements.sort(key=lambda st: st.char_start)
        return self.statements

    def _quotation_at(self, pos: int) -> QuoteSpan | None:
        """The quotation whose marks enclose pos (from its opening mark on), if any."""
        k = bisect_right(self.quote_starts, pos) - 1
        return self.quotes[k] if k >= 0 and pos < self.quotes[k].end else None

    def _in_open_quotation(self, chunk: Chunk, segments: list) -> bool:
        """A body chunk inside a quotation its paragraph leaves open, with no speaker of its own
        (none, or the last one going on: the cue closing the quotation may name another)."""
        if chunk.is_title or any(s.actor and s.kind != "continuation" for _, _, s in segments):
            return False
        quote = self._quotation_at(chunk.char_start)
        if quote is None or chunk.char_end > quote.end + 1:
            return False
        if quote.closed and not (self.open_quotation and self._runs_on(quote)):
            return False  # a run-on paragraph of a held quotation is held too, up to its close
        # a quotation its own cue opened ('Dr al-Kawari said, “This donation … [.] The …') stays
        # that speaker's; one opening here, or running on from held chunks, waits for its cue
        going_on = any(s.actor for _, _, s in segments)
        return not going_on or quote.start >= chunk.char_start or bool(self.open_quotation)

    def _uncued_quotation(self, chunk: Chunk, segments: list) -> bool:
        """A body chunk that is one quotation, closed within it, with no speaker of its own
        (none, or the last one going on)."""
        if chunk.is_title or any(s.actor and s.kind != "continuation" for _, _, s in segments):
            return False
        quote = self._quotation_at(chunk.char_start)
        return (
            quote is not None
            and quote.closed
            and quote.start == chunk.char_start
            and quote.end <= chunk.char_end + 1
        )

    def _narration_before_close(
        self, chunk: Chunk, segments: list, opens_paragraph: bool, close: tuple[int, str | None]
    ) -> bool:
        """A body chunk of narration (no speaker, no quotation) that opens its paragraph, or
        goes on from held ones, right after a paragraph whose last chunk had a speaker (`close`:
        that paragraph and speaker)."""
        if chunk.is_title or any(s.actor or s.kind != "narration" for _, _, s in segments):
            return False
        if any(t.kind == QUOTE for t in self.tokens):
            return False
        if self.narration_run:
            held = self.narration_run[-1][0].paragraph == chunk.paragraph
            return held and len(self.narration_run) < lx.MAX_NARRATION_BEFORE_CLOSE
        paragraph, speaker = close
        return opens_paragraph and speaker is not None and paragraph == chunk.paragraph - 1

    def _settle_narration_run(self, chunk: Chunk | None, segments: list) -> None:
        """The held narration takes the speaker of the chunk closing its paragraph on "…, he
        said" when that is the one who spoke last before it; else it stays narration."""
        held, self.narration_run = self.narration_run, []
        speaker = None
        first = held[0][0]
        text = "" if chunk is None else self.article.text[chunk.char_start : chunk.char_end]
        if (
            chunk is not None
            and chunk.paragraph == first.paragraph
            and len(segments) == 1
            and segments[0][2].kind == "pronoun"
            and segments[0][2].actor == self.narration_speaker
            and _CLOSING_PRONOUN_CUE.search(text.rstrip())
        ):
            speaker = _going_on(segments[0][2].actor)
        self._emit_held(held, speaker)

    def _settle_quotation_run(self, chunk: Chunk | None, segments: list) -> None:
        """The held quotations take the speaker of the next chunk if it is a quotation of the
        same paragraph under a cue of its own, or the line that closes them with a cue alone;
        else they keep what they had."""
        held, self.quotation_run = self.quotation_run, []
        speaker = None
        if chunk is not None and chunk.paragraph == held[-1][0].paragraph:
            speaker = self._quotation_speaker(chunk, segments) or self._closing_cue_speaker(
                segments
            )
        self._emit_held(held, speaker)

    def _closing_cue_speaker(self, segments: list) -> _Speaker | None:
        """'“… palm oil.” Department of Trade and Industry Undersecretary Adrian S. Cristobal Jr
        said.': a chunk that is only a speaker and the speech verb closing it names the speaker
        of the quotation before it; so does one whose speech verb points back at it ('Deputy
        Prime Minister Ekaterina Zaharieva said this, addressing the entrants …')."""
        tokens = self.tokens
        words = [t for t in tokens if t.kind != PUNCT]
        pointing = any(
            tokens[i].lower in lx.FINITE_FORMS and tokens[i + 1].is_word(*lx.POINTING_BACK)
            for i in range(len(tokens) - 1)
        )
        if (
            len(segments) != 1
            or segments[0][2].actor is None
            or segments[0][2].kind in _GOING_ON
            or any(t.kind == QUOTE for t in tokens)
            or not words
            or not (words[-1].lower in lx.FINITE_FORMS or pointing)
        ):
            return None
        actor = segments[0][2].actor
        return _going_on(actor)

    def _settle_open_quotation(self, chunk: Chunk | None, segments: list) -> None:
        """The open quotation's chunks take the speaker of the next paragraph if it opens by
        going on with the quotation ("“…" or the run-on text) under a cue of its own; else
        they keep what they had."""
        held, self.open_quotation = self.open_quotation, []
        next_paragraph = chunk is not None and chunk.paragraph == held[-1][0].paragraph + 1
        closing = chunk is not None and self._closes_run_on(chunk, held[-1][0])
        speaker = None
        if next_paragraph or closing:
            speaker = self._quotation_speaker(chunk, segments, closing)
        self._emit_held(held, speaker)

    def _runs_on(self, quote: QuoteSpan) -> bool:
        """A quotation's later paragraph that goes on with no opening mark of its own."""
        return self.article.text[quote.start] not in QUOTE_CHARS

    def _closes_run_on(self, chunk: Chunk, last_held: Chunk) -> bool:
        """The chunk closes the run-on paragraph that the last held chunk is in ('“… [¶] We
        have reached out to … We want to understand why …,” said Sujit Patra')."""
        quote = self._quotation_at(chunk.char_start)
        return (
            quote is not None
            and quote.closed
            and self._runs_on(quote)
            and quote.start <= last_held.char_start
            and chunk.char_end + 1 >= quote.end
        )

    def _quotation_speaker(
        self, chunk: Chunk, segments: list, closing: bool = False
    ) -> _Speaker | None:
        """The speaker a chunk opening on a quotation ("“…" or run-on text), or `closing` the
        run-on quotation the held chunks are in, names under a cue of its own, as one going on
        into held chunks; None if it names none."""
        if not (
            (quote := self._quotation_at(chunk.char_start)) is not None
            and (quote.start == chunk.char_start or closing)
            and segments
            and segments[0][2].actor is not None
            and segments[0][2].kind not in _GOING_ON
        ):
            return None
        mark = self.article.text[chunk.char_start]
        mark = mark if mark in QUOTE_CHARS else None  # a run-on goes on without one
        actor = segments[0][2].actor
        return _going_on(actor, mark)

    def _reemit(self, chunk: Chunk, speaker: _Speaker) -> None:
        """Emit an already emitted chunk again, whole, under the speaker a later chunk named."""
        self.statements = [st for st in self.statements if st.chunk_id != chunk.chunk_id]
        self._emit(chunk, chunk.char_start, chunk.char_end, speaker)

    def _emit_held(self, held: list[tuple[Chunk, list]], speaker: _Speaker | None) -> None:
        """Emit held chunks under the speaker that settled them, else with what they had."""
        for held_chunk, held_segments in held:
            if speaker is not None:
                held_segments = [(held_chunk.char_start, held_chunk.char_end, speaker)]
            for start, end, own in held_segments:
                self._emit(held_chunk, start, end, own)

    def _settle_headline(self, paragraph: int | None, speakers: list[str | None]) -> None:
        """'…: FM' once the body names its speakers: the headline's is the first one in its role
        (a person for "FM", an office for "ministry", that speaker's state for "government"),
        within the lede's first paragraphs; else the headline keeps the speakers its own words
        give, if any."""
        chunk, role, segments = self.headline_role
        actor = None
        for name in filter(None, speakers):
            person = name in self.ctx.persons
            if role in lx.HEADLINE_PERSON_ROLES and person:
                actor = name
            elif role == "government":
                actor = self.ctx.top_group[name]
            elif role in lx.HEADLINE_BODY_ROLES and not person:
                actor = name
            if actor is not None:
                break
        expired = paragraph is None or paragraph - chunk.paragraph > lx.HEADLINE_SOURCE_PARAGRAPHS
        if actor is None and not expired:
            return
        self.headline_role = None
        if actor is None:
            for start, end, speaker in segments:
                self._emit(chunk, start, end, speaker)
            return
        speaker = _Speaker(actor, role, ":", "role_anaphor", CONFIDENCE["role_anaphor"])
        self._emit(chunk, chunk.char_start, chunk.char_end, speaker)

    def _rerank(self, chunk: Chunk, segments: list, candidates: dict) -> list:
        """The speaker model's speakers of the chunk (speaker_model.py says how). The running
        context (last speaker, roles) stays the rules': the model changes only this chunk."""
        chosen = self.speaker_model.speakers(candidates)
        if set(chosen) == {s.actor for _, _, s in segments if s.actor is not None}:
            return segments
        narration = _Speaker(None, None, None, "narration", 0.0)
        kept = [
            (a, b, s if s.actor is None or s.actor in chosen else narration) for a, b, s in segments
        ]
        if any(s.actor is not None for _, _, s in kept) or not chosen:
            return kept
        mentions = {t.mention.actor: t.text for t in reversed(self.tokens) if t.kind == MENTION}
        return [
            (chunk.char_start, chunk.char_end, _Speaker(name, mentions.get(name), None, LEARNED, p))
            for name, p in ((n, round(p, 3)) for n, p in chosen.items())
        ]

    def _chunk(self, chunk: Chunk) -> list[tuple[int, int, _Speaker]]:
        text = self.article.text
        # Quotations are disjoint and in order, so the chunk's are one slice of them.
        lo = bisect_right(self.quote_ends, chunk.char_start)
        quotes = self.quotes[lo : bisect_left(self.quote_starts, chunk.char_end, lo)]
        mentions = self._mentions(chunk.char_start, chunk.char_end)
        start = self.datelines.get(chunk.char_start, chunk.char_start)
        self.ctx.dateline_place = self.dateline_places.get(chunk.char_start)
        tokens = tokenize(text, start, chunk.char_end, quotes, mentions)
        self.tokens = tokens
        self.ctx.seen_stems.update(_stem(w) for t in tokens for w in t.text.lower().split())
        self.ctx.body_tails.update(_body_tails(tokens, self.ctx))
        self.ctx.named.update(m.actor for m in mentions)
        self.learned.update(full_names(tokens, self.ctx.persons))
        self.learned.update(role_names(tokens))
        self.short_forms.update(defined_short_forms(tokens))
        cues = find_cues(tokens)
        if self.params.agreements == "act":
            cues = [cue for cue in cues if not agreement_reached(tokens, cue)]
        cues = [cue for cue in cues if not blamed_passive(tokens, cue)]
        if chunk.is_title:
            cues = [cue for cue in cues if not headline_passive(tokens, cue)]
        quoted = _quoted_share(text, chunk.char_start, chunk.char_end, quotes) >= 0.5
        label = speaker_label(tokens, chunk.is_title)
        if label is not None and self._place_label(chunk, tokens, label, cues):
            label = None
        colon = colon_source(tokens, chunk.is_title)
        if colon is not None and not chunk.is_title and any(c.verb < colon.verb for c in cues):
            # "…,” he said, adding that the U.S. was watching the latest target: Ukraine.": the
            # line's own speech verb came first, so the colon lists, it names no source
            colon = None
        unvoiced = None if cues else verbless_quote_source(tokens) or be_clause_quotation(tokens)
        colon = colon or label or unvoiced
        stance = None
        if chunk.is_title and not cues:
            stance = headline_stance(tokens) or headline_second_verb(tokens)
        if stance is not None and self.params.agreements == "act":
            # "Umar Kremlev meets President of Cuba, agrees on big steps …": a second verb that
            # reports an agreement reached is a deed, as it is after its subject
            stance = None if agreement_reached(tokens, stance) else stance
        if stance is not None:
            cues = [stance]
        if colon is not None:
            # "…: AU" / "Kang: …": the line names its own source, whoever its words mention or cue
            cues = [colon]
        cues = self._outranked_by_partial_quote(chunk, tokens, cues)
        cues = self._own_side_in_statement_body(chunk, tokens, cues)
        cues = self._own_side_under_source(tokens, cues)
        cues = self._cited_over_strangers(tokens, cues)
        segments = self._speaking(chunk, tokens, cues, quoted and _quote_is_direct(tokens))
        if segments is None:
            segments = self._according_to_them(chunk, tokens, cues)
        if segments is None:
            segments = [
                (chunk.char_start, chunk.char_end, self._fallback(chunk, tokens, cues, quoted))
            ]
        if chunk.is_title:
            issuer = release_issuer(tokens)
            self.ctx.release_issuer = None if issuer is None else tokens[issuer].mention.actor
            self._remember_roles(tokens, segments)  # "Treasury Sanctions …", then "The department"
            people = [s.actor for _, _, s in segments if s.actor in self.ctx.persons]
            self.ctx.headline_person = people[0] if len(set(people)) == 1 else None
        else:
            self._update_context(chunk, tokens, segments)
            issuer = text_issuer(tokens)
            if issuer is not None:  # "Here below is the text of the Fact Sheet … released"
                self.ctx.release_issuer = self._text_source(tokens[issuer])
            if label is not None and segments[-1][2].actor is not None:
                # A transcript label's speaker owns the rest of its paragraph.
                self.ctx.introduces, self.ctx.body_paragraph = True, chunk.paragraph - 1
            self.ctx.spokesperson = _spokesperson(tokens, cues) or self.ctx.spokesperson
            self._remember_roles(tokens, segments)
        words = {w for t in tokens for w in t.text.lower().split()}
        self.ctx.offices_named.update(words & lx.BODY_HEADS.keys())
        return segments

    def _home_holds(self, holder: str | None, other: str) -> bool:
        """Two sides' holders of one title named in one sentence ("signed by Federal Minister
        … Dr Fehmida Mirza and Azerbaijan Minister … Azad Rahimov"): "the minister" after them
        is the one of the article's own state (the state it names first)."""
        home = self.ctx.home_government
        persons = self.ctx.persons
        return (
            home is not None
            and holder in persons
            and other in persons
            and self.ctx.top_group[holder] == home
            and self.ctx.top_group[other] != home
        )

    def _remember_roles(self, tokens: list[Token], segments: list) -> None:
        """Which actor each role noun ("minister") and document noun ("statement") last
        named: from a mention's own words, the title words right before it ("Vice Premier Han
        Zheng"), the study's aliases of a mentioned actor, and a document its speaker issued."""
        roles = self.ctx.roles
        # Roles this chunk gives an actor in its own words: a study alias of someone named
        # later does not take them over ("Foreign Minister Qureshi … with his Chilean
        # counterpart Andrés Allamand": "the Foreign Minister" is still Qureshi).
        stated: set[str] = set()
        # "I today signed the agreement with the Saudi Minister of Hajj": someone a speaker names
        # in the first person is not whom the writer's "the minister" means
        in_person = speaks_in_person(tokens)
        for i, tok in enumerate(tokens):
            if tok.kind != MENTION:
                continue
            actor = tok.mention.actor
            surface = _alias_words(tok.text)
            holder = _person_titled_by(tokens, i, self.ctx.persons)
            if holder is not None:
                # "Usama Al-Azhari, the Minister of Religious Affairs …,": a ministry's title
                # alias set off beside a person is that person's title, not the ministry's
                for word in _title_heads(surface) - stated:
                    roles[word] = holder
                    stated.add(word)
                continue
            words = set(surface) | self.alias_roles.get(actor, set())
            own = set(surface)
            if actor in self.ctx.persons:
                offices = _spokesperson_offices(surface) | self.alias_offices[actor]
                words -= offices
                for word in offices & lx.ANAPHOR_NOUNS:
                    office = _side_office(self.ctx, self.ctx.top_group[actor], word)
                    if office is not None:
                        roles[word] = office
            # the title before it, capitalised or not ("tourism minister Gurung"), also set off
            # by a comma ("said the minister, Prithvi Subba Gurung"); not across an "of" ("the
            # finance minister of Saudi Arabia" is no one the study names), and a body's across
            # none ("the Chairman of Pharmacopoeial Committee" is not the committee)
            # ("According to the Minister, Nigeria will …": a state is no one's name), nor across
            # a headline's capitalised preposition ("Ministry Collaborating With Somaliland")
            apposed = actor in self.ctx.persons and _titled_apposition(tokens, i)
            k = title = i - 2 if apposed else i - 1
            while (
                k >= 0
                and i - k <= 4
                and tokens[k].kind == WORD
                and not tokens[k].is_word(*lx.FUNCTION_WORDS - {"of"})
                and (
                    tokens[k].text[:1].isupper()
                    or (tokens[k].is_word("of") and actor in self.ctx.persons)
                    or (k == title and tokens[k].is_word(*lx.TITLE_WORDS))
                )
            ):
                words.add(tokens[k].lower)
                own.add(tokens[k].lower)
                k -= 1
            if actor in self.ctx.persons:
                words -= lx.BODY_ANAPHORS  # "the association said" is not its chairman
                state_title = _title_of_state_before(tokens, i, self.ctx)
                words |= state_title
                own |= state_title
            addressed = _addressed(tokens, i)
            for word in words & (lx.ANAPHOR_NOUNS - lx.DOCUMENT_NOUNS):
                if in_person or (word in stated and word not in own):
                    continue
                if word in stated and self._home_holds(roles.get(word), actor):
                    continue
                if addressed and roles.get(word) in self.ctx.spoke:
                    continue  # "issued notices to the MEA and the Ministry of Ports": not the one
                stated |= {word} & own
                roles[word] = tok.mention.actor
                if word in lx.BROADER_ROLES:
                    roles[lx.BROADER_ROLES[word]] = tok.mention.actor
            # "the diplomat said" after the foreign minister, or after a foreign ministry's
            # spokeswoman or representative ("Russian Foreign Ministry spokeswoman Zakharova")
            set_off = _role_set_off_before(tokens, i)
            voice = any(
                lx.FOREIGN_MINISTRY_WORDS <= role and lx.FOREIGN_MINISTRY_VOICES & role
                for role in (own, set_off)
            )
            if actor in self.ctx.persons and (lx.FOREIGN_MINISTER_WORDS <= words or voice):
                roles["diplomat"] = actor
            if (
                actor in self.ctx.persons
                and lx.PRIME_MINISTER_WORDS <= words
                and not lx.DEPUTY_WORDS & words
            ):
                roles["pm"] = actor
            title_after, title_words = _title_set_off_after(tokens, i)
            for title in (_apposed_title(tokens, i), title_after):
                if actor in self.ctx.persons and title is not None and title not in stated:
                    roles[title] = actor  # "received by the Minister of … of Egypt, Dr. Ghaffer"
            if actor in self.ctx.persons and (title_words or own):
                # the title set off after the name, or standing right before it
                titled = self.ctx.titled.get(actor, frozenset())
                self.ctx.titled[actor] = titled | title_words | own
            for word in set(surface) & lx.DOCUMENT_NOUNS:
                roles[word] = tok.mention.actor  # "a US Fifth Fleet media statement says"
        for j, tok in enumerate(tokens):
            if not tok.is_word(*lx.DOCUMENT_NOUNS):
                continue
            issued_by = document_issuer(tokens, j)
            owner = tokens[j - 1] if j > 0 else None
            if issued_by is not None:
                roles[tok.lower] = issued_by.mention.actor  # "a report by the UNHCR"
            elif owner is not None and owner.kind == MENTION and owner.mention.possessive:
                roles[tok.lower] = owner.mention.actor  # "the UN monitors' report"
        # "an official with … the CSOA told Xinhua", then "The official said": the body's
        # unnamed voice, once it has spoken here
        spoke = {speaker.actor for _, _, speaker in segments if speaker.actor}
        for j, tok in enumerate(tokens):
            body = _introduced_voice_body(tokens, j) if tok.is_word(*lx.VOICE_ANAPHORS) else None
            actor = tokens[body].mention.actor if body is not None else None
            if actor in spoke:
                roles[tok.lower] = self.ctx.introduced_voices[tok.lower] = actor
        # ... until a person of the same side speaks by name ("an official with the Trade
        # Promotion Organization of Iran said", then "…,” Behrouz Hosn-Olfat also told IRNA"):
        # the official was that person
        for _, _, speaker in segments:
            if speaker.actor not in self.ctx.persons:
                continue
            for word, body in self.ctx.introduced_voices.items():
                side = self.ctx.top_group[body] == self.ctx.top_group[speaker.actor]
                if roles.get(word) == body and side:
                    roles[word] = speaker.actor
        for _, _, speaker in segments:
            role = (speaker.mention or "").lower()
            if speaker.kind == "role_anaphor" and speaker.actor and role in lx.ANAPHOR_NOUNS:
                # "In Algiers, the Foreign Ministry said …": later, "the ministry" is the same one
                roles[role] = speaker.actor
        issuer = next((s.actor for _, _, s in reversed(segments) if s.actor), None)
        if issuer is None:
            # narration names an issuer only as its subject ("The EU issued a statement"), not
            # in passing ("a statement issued after a meeting between Infantino and Thohir")
            k = 1 if tokens and tokens[0].is_word("the") else 0
            subject = tokens[k] if k < len(tokens) else None
            if subject is not None and subject.kind == MENTION and not subject.mention.possessive:
                issuer = subject.mention.actor
        if issuer is None:
            # "South Korean civic groups issued a joint statement": someone the study does not
            # know issued it, so "the statement read" is no longer the last speaker's
            for j, tok in enumerate(tokens):
                if tok.is_word(*lx.ISSUED_DOCUMENT_NOUNS) and _document_after(
                    tokens, j, lx.MESSAGE_FINITE_FORMS
                ):
                    roles.pop(tok.lower, None)
                    self.ctx.said_last = None
        self._remember_joint_documents(tokens, segments)
        if issuer is not None:
            # "…,” according to an official statement: the statement cited is the speaker's own
            cites_own = any(s.kind == ACCORDING_TO and s.actor == issuer for _, _, s in segments)
            for j, tok in enumerate(tokens):
                # a speaker issues the statements it mentions, but only the reports it speaks
                # in ("In a twice-yearly report, the Treasury said") or issues ("issued a
                # report stating"), not those it cites, nor one whose issuer is named ("…,"
                # said McLaughlin, quoted in a statement from the US embassy)
                cited = _cited_source(tokens, j) and not cites_own
                if cited or document_issuer(tokens, j) is not None:
                    continue
                if tok.is_word(*lx.ISSUED_DOCUMENT_NOUNS) or (
                    tok.is_word(*lx.DOCUMENT_NOUNS)
                    and _document_after(tokens, j, {"in", *lx.ISSUING_PARTICIPLES})
                ):
                    roles[tok.lower] = issuer

    def _remember_joint_documents(self, tokens: list[Token], segments: list) -> None:
        """A chunk that two or more actors speak as one ("…, a joint EU and Solidaridad
        statement said") makes them the issuers of each document noun it names; a chunk in
        which someone else speaks and names one ends that (narration about it does not: "The
        statement did not give details")."""
        spans = {(start, end) for start, end, _ in segments}
        issuers = tuple(dict.fromkeys(s.actor for _, _, s in segments if s.actor is not None))
        joint = issuers if len(spans) == 1 and len(issuers) >= 2 else ()
        documents = {tok.lower for tok in tokens if tok.is_word(*lx.DOCUMENT_NOUNS)}
        for document in documents:
            if joint:
                self.ctx.joint_documents[document] = joint
            elif issuers:
                self.ctx.joint_documents.pop(document, None)
        self.ctx.joint_voice = joint if documents else ()

    def _place_label(self, chunk: Chunk, tokens: list[Token], label: Cue, cues: list[Cue]) -> bool:
        """A state (a top-level actor that names no office) before a colon is no speaker in a
        headline ("PS Kamau: Gov't won't …" and "Defence Ministry: …" speak, "Kenya: …" is a
        topic as often as a source), nor before a sentence that opens like a report ("Colombo:
        A Sri Lankan court …", "New Delhi: It is customary …", a dateline), with the state
        itself, or with a speaker of its own ("New Delhi: Union sports minister Kiren Rijiju on
        Monday clarified that …"); nor a state or a place named in capitals ("NEW DELHI: The
        ministry said …",
        "ZANZIBAR: ZANZIBAR'S efforts …": a dateline), where a person in capitals is a
        transcript's turn ("JOSE ALMONTE: They told us …") and an acronym a body ("POLSA: …")."""
        mention = tokens[label.subject].mention
        letters = [c for t in tokens[: label.verb] for c in t.text if c.isalpha()]
        if len(letters) > 3 and all(c.isupper() for c in letters):
            # a full name: a one-word "person" may be a place the study gives a state
            person = mention.actor in self.ctx.persons and " " in mention.surface
            top = self.ctx.top_group[mention.actor] == mention.actor
            named = mention.surface.lower() == mention.actor.lower()
            return not person and (top or named)
        office = set(mention.surface.lower().split()) & lx.OFFICE_NOUNS
        top = self.ctx.top_group[mention.actor] == mention.actor
        if not top or office or mention.actor in self.ctx.persons:
            # a person, though the study sets them under no state ("Shunichi Yamashita: …"),
            # or an office ("Gazan Ministry of Health: …")
            return False
        after = tokens[label.verb + 1]
        if after.kind == MENTION and after.mention.actor == mention.actor:
            return True  # "New Delhi: India has repatriated …": the state names itself after
        report_opening = lx.NOUN_PHRASE_OPENERS | lx.OPENING_PREPOSITIONS | lx.EXPLETIVE_SUBJECTS
        own_cue = any(cue.subject > label.verb for cue in cues)
        return chunk.is_title or after.lower in report_opening or own_cue

    def _mentions(self, start: int, end: int) -> list[Mention]:
        """Study actors named in text[start:end], plus people learned from their roles."""
        text = self.article.text
        lo = bisect_left(self.mention_starts, start)
        hi = bisect_left(self.mention_starts, end, lo)
        found = [m for m in self.all_mentions[lo:hi] if m.end <= end]
        title = self.article.title_span
        if title is None or not title[0] <= start < title[1]:
            # Title-case headlines capitalise every word, so a following capital proves nothing.
            found = drop_other_people(text, found, self.actor_set, end)
            found = drop_name_tails(text, found, self.actor_set, start)
            found = drop_name_heads(text, found, self.actor_set)
        found = drop_role_before_name(text, found)
        return learned_mentions(text, start, end, self.learned | self.short_forms, found)

    def _speaking(
        self, chunk: Chunk, tokens: list[Token], cues: list[Cue], quoted: bool
    ) -> list[tuple[int, int, _Speaker]] | None:
        speaking = sorted((c for c in cues if c.pattern in SPEAKING), key=lambda c: c.subject)
        speaking = [
            c
            for c in speaking
            if not _inside_participle_clause(tokens, cues, c) and not in_question_clause(tokens, c)
        ]
        if len(speaking) > 1 and _relayed_by_sources(tokens, speaking):
            speaking = speaking[1:]  # "Sources said the Japanese side said …"
        if len(speaking) > 1:
            # "… is optimistic that …, after Beijing announced a review": an event in a time
            # clause, not a second statement
            speaking = [c for c in speaking if not in_time_clause(tokens, c)] or speaking
            first = speaking[0]
            unsaid = [c for c in speaking[1:] if not self._said_content(tokens, c, first)]
            speaking = [first, *unsaid]
        if len(speaking) > 1 and is_tail_source(tokens, speaking[-1]):
            speaking = self._without_tail(tokens, speaking)
        if not speaking:
            return None
        resolved: list[tuple[Cue, _Speaker]] = []
        for cue in speaking:
            pair = self._joint_speakers(tokens, cue, chunk.char_start)
            if pair:
                word = tokens[cue.subject].text
                kind = "pronoun" if word.lower() in ("they", "it") else "role_anaphor"
                joint = [_Speaker(a, word, cue.cue_text, kind, CONFIDENCE[kind]) for a in pair]
                resolved += [(cue, speaker) for speaker in joint]
                continue
            speaker = _resolve(cue, tokens, [s for _, s in resolved], self.ctx, quoted, self.params)
            if speaker.actor is not None and is_weak(tokens, cue):
                # "agreed", "hopes", "is optimistic that": a stance more than words
                speaker.confidence = min(speaker.confidence, CONFIDENCE["weak_cue"])
            resolved.append((cue, speaker))
        # Consecutive cues of the same speaker form one group; a new speaker starts a new one.
        groups: list[list[tuple[Cue, _Speaker]]] = []
        for item in resolved:
            if groups and groups[-1][-1][1].actor == item[1].actor:
                groups[-1].append(item)
            else:
                groups.append([item])
        principal = self._principal(tokens, groups) or self._absolute_principal(
            tokens, cues, groups
        )
        if principal is not None:
            return [(chunk.char_start, chunk.char_end, principal)]
        coordinated = all(c.verb == resolved[0][0].verb for c, _ in resolved)
        if len(groups) == 1 or coordinated:
            span = (chunk.char_start, chunk.char_end)
            segments = [(*span, g[0][1]) for g in groups]
            return self._concessive(chunk, tokens, speaking, segments)
        return self._split(chunk, tokens, groups)

    def _joint_speakers(self, tokens: list[Token], cue: Cue, start: int) -> list[str]:
        """The actors a plural subject means: for "they", the list the sentence opens with, else
        the last chunk's joint speakers or list; for 'both sides' / 'the two leaders', the last
        two of different sides named before the sentence (governments for sides, people for
        leaders); for 'the agencies', the last two bodies; for 'both delegations', the last two
        senders of one."""
        if tokens[cue.subject].is_word("they"):
            return opening_list(tokens, cue.subject) or list(self.ctx.plural)
        if tokens[cue.subject].is_word("it"):
            return list(self.ctx.joint_voice)
        document = tokens[cue.subject].lower
        if document in self.ctx.joint_documents and is_anaphor(tokens, cue.subject):
            issuers = self.ctx.joint_documents[document]
            return list(issuers) if self.ctx.roles.get(document) in issuers else []
        count = counted_group(tokens, cue.subject)
        if count is not None:
            return self._last_list(count, tokens[cue.subject].start)
        kind = joint_subject(tokens, cue.subject)
        if kind is None:
            return []
        if kind == "body":
            return self._last_two_bodies(tokens[cue.subject].start)
        if kind == "envoys":
            # "the AU mission", "the EU observer delegation": who sent them, in reading order
            text = self.article.text
            senders = self._last_two_sides(
                tokens[cue.subject].start,
                lambda m, side: m.actor if _ENVOY_AFTER.match(text, m.end) else None,
            )
            return senders[::-1]
        if kind == "group":
            named_together = self._states_paired_in_paragraph(start)
            return named_together or self._last_two_sides(start, lambda m, side: side)
        persons = self.ctx.persons
        pick = lambda m, side: m.actor if m.actor in persons else None  # noqa: E731
        return self._last_two_sides(tokens[cue.subject].start, pick)

    def _last_two_sides(self, before: int, pick: Callable[[Mention, str], str | None]) -> list[str]:
        """What `pick(mention, side)` keeps of the last two mentions of different sides named
        before the offset (a mention it gives None is passed over), the later one first."""
        pair: dict[str, str] = {}  # side -> actor
        for m in reversed(self.all_mentions[: bisect_left(self.mention_starts, before)]):
            side = self.actor_set.group_of(m.actor)
            if side in pair or (kept := pick(m, side)) is None:
                continue
            pair[side] = kept
            if len(pair) == 2:
                return list(pair.values())
        return []

    def _last_two_bodies(self, before: int) -> list[str]:
        """The last two bodies (no person, no state) named before the offset, in the sentence
        too: 'NASA and Russia's space agency Roscosmos have signed …, the agencies said'."""
        bodies: list[str] = []
        no_body = self.ctx.persons | self.ctx.states
        for m in reversed(self.all_mentions[: bisect_left(self.mention_starts, before)]):
            if m.actor in no_body or m.actor in bodies:
                continue
            bodies.append(m.actor)
            if len(bodies) == 2:
                return bodies[::-1]
        return []

    def _states_paired_in_paragraph(self, before: int) -> list[str]:
        """'The dispute between Argentina and Uruguay over two mills, one by the Finnish company
        …. Both countries say': the last two states of different sides the paragraph named
        together ('X and Y') before the offset, though a third side was named since."""
        k = bisect_right(self.paragraph_starts, before) - 1
        opening = self.paragraph_starts[k] if k >= 0 else 0
        starts = self.mention_starts
        mentions = self.all_mentions[bisect_left(starts, opening) : bisect_left(starts, before)]
        for first, second in reversed(list(zip(mentions, mentions[1:], strict=False))):
            gap = self.article.text[first.end : second.start]
            sides = {self.actor_set.group_of(m.actor) for m in (first, second)}
            states = first.actor in self.ctx.states and second.actor in self.ctx.states
            if states and len(sides) == 2 and re.fullmatch(r"\s+and\s+", gap):
                return [first.actor, second.actor]
        return []

    def _last_list(self, count: int, before: int) -> list[str]:
        """The actors of the last list of exactly `count` names before the offset: names joined
        by commas and 'and' ("Thailand, Indonesia and Malaysia"); none if no such list."""
        mentions = self.all_mentions[: bisect_left(self.mention_starts, before)]
        lists: list[list[str]] = []
        for earlier, mention in zip([None, *mentions], mentions, strict=False):
            joined = earlier is not None and _LIST_GAP.fullmatch(
                self.article.text[earlier.end : mention.start]
            )
            if joined:
                lists[-1].append(mention.actor)
            else:
                lists.append([mention.actor])
        for names in reversed(lists):
            actors = list(dict.fromkeys(names))
            if len(actors) == count:
                return actors
        return []

    def _said_content(self, tokens: list[Token], cue: Cue, first: Cue) -> bool:
        """The cue reports what the first cue's speaker said. A person's words relayed in the
        that-clause stay a candidate: their own side's official may relay them (`_principal`).
        A source closing the sentence after a comma is no part of what a speaker the study does
        not know said ('the arrestees said that they had …, police said'); of what a known one
        said it is ('Japan warned that …, she said')."""
        if is_tail_source(tokens, cue) and tokens[first.subject].kind != MENTION:
            return False
        if in_said_content(tokens, cue, first):
            return True
        subject = tokens[cue.subject]
        person = subject.kind == MENTION and subject.mention.actor in self.ctx.persons
        return not person and in_that_clause(tokens, cue, first)

    def _outranked_by_partial_quote(
        self, chunk: Chunk, tokens: list[Token], cues: list[Cue]
    ) -> list[Cue]:
        """'The ASEAN ministers … “expressed serious concerns …,” the DFA statement said': the
        subject whose words are quoted outranks a cited source or a credited wording, unless
        it is a state or body of the source's own side ("China “hopes …”, the ministry said",
        'AICTO will "intensify its cooperation …," Amor said', of its secretary general); a
        person quoted keeps their words ('Kerry “expressed hope …,” the State Department
        said')."""
        speaking = [c for c in cues if c.pattern in SPEAKING]
        subject = partial_quote_subject(tokens, chunk.is_title)
        if subject is None or not speaking or quotes_a_description(tokens, subject):
            return cues
        actor = tokens[subject].mention.actor
        for cue in speaking:
            if not (is_tail_source(tokens, cue) or is_wording(tokens, cue)):
                return cues
            source = self._cue_actor(tokens, cue.subject)
            top = self.ctx.top_group
            own_side = source is not None and top[actor] == top[source]
            if own_side and actor not in self.ctx.persons:
                return cues
        return [c for c in cues if c.pattern not in SPEAKING]

    def _cue_actor(self, tokens: list[Token], k: int) -> str | None:
        """The actor a cue's subject at k names: its mention, or the holder of the role a
        definite anaphor refers back to ('Russia always “applies them …,” the minister said')."""
        if tokens[k].kind == MENTION:
            return tokens[k].mention.actor
        if is_anaphor(tokens, k) and (role := _anaphor_role(tokens, k, self.ctx)) is not None:
            return self.ctx.roles[role]
        return None

    def _in_statement_body(self, chunk: Chunk) -> bool:
        """The chunk goes on with a statement a colon introduced ("… said in her remarks:")."""
        ctx = self.ctx
        return (
            self.params.continuation
            and not chunk.is_title
            and ctx.speaker is not None
            and chunk.paragraph - ctx.speaker_paragraph <= 1
            and ctx.introduces
            and chunk.paragraph <= ctx.body_paragraph + 1
        )

    def _own_side_in_statement_body(
        self, chunk: Chunk, tokens: list[Token], cues: list[Cue]
    ) -> list[Cue]:
        """'Ambassador Farnworth mentioned in her opening remarks:', then 'The UK is committed to
        …': in the statement's body, the speaker's own country as a subject is what the speaker
        says of it, not a second speaker."""
        if not cues or not self._in_statement_body(chunk):
            return cues
        side = self.ctx.top_group.get(self.ctx.speaker)
        if side is None or side == self.ctx.speaker:
            return cues
        own = [
            c
            for c in cues
            if c.subject is not None
            and tokens[c.subject].kind == MENTION
            and tokens[c.subject].mention.actor == side
        ]
        return cues if len(own) < len(cues) else []

    def _own_side_under_source(self, tokens: list[Token], cues: list[Cue]) -> list[Cue]:
        """'According to Maas, the German side rejects …': the cited source speaks; its own
        country as the subject of what follows is what it says of its side, not a second
        speaker. A person or a person's voice cited as the source relays whatever anyone is
        said to have said in it ('According to Mr. Ouyahia, the French president also said …',
        'According to the official, …, Mercosur understands …')."""
        source = next((c for c in cues if c.pattern == ACCORDING_TO and c.verb == 0), None)
        if source is None:
            return cues
        speaking = [c for c in cues if c.pattern in SPEAKING]
        cited = tokens[source.subject]
        person = cited.kind == MENTION and cited.mention.actor in self.ctx.persons
        if speaking and (person or cited.is_word(*lx.PERSONAL_VOICES)):
            # "According to the commissioner, President Aliyev also expressed …, saying …": the
            # participle goes on with what the source relays
            return [c for c in cues if c.pattern not in SPEAKING and c.pattern != PARTICIPLE]
        if cited.kind != MENTION:
            return cues
        actor = cited.mention.actor
        side = self.ctx.top_group[actor]
        if side == actor or not speaking:
            return cues
        if _cites_body_itself(tokens, source) and all(
            self._own_person(tokens[c.subject], side) for c in speaking
        ):
            # "According to the Prime Minister's Office, Oli also reminded Xi that …": the
            # office relays what its own side's person said
            return [c for c in cues if c.pattern not in SPEAKING]
        for cue in speaking:
            subject = tokens[cue.subject]
            if subject.kind != MENTION or subject.mention.actor != side:
                return cues
        return [c for c in cues if c.pattern not in SPEAKING]

    def _cited_over_strangers(self, tokens: list[Token], cues: list[Cue]) -> list[Cue]:
        """'Local producers say they have received orders …, according to Kimonyo.': a source
        the study knows, cited after the words of speakers it does not, outranks them; the
        sentence is what the source reports; so does one cited before them ('According to the
        Prime Minister's Office, the team of scientists has said …'). So does a government's own
        official document cited after speakers it knows ('The secretary said …, according to an
        official statement')."""
        cited = next((c for c in cues if c.pattern == ACCORDING_TO), None)
        speaking = [c for c in cues if c.pattern in SPEAKING]
        if cited is None or not speaking:
            return cues
        opening = cited.verb == 0
        if not opening and any(c.verb > cited.verb for c in speaking):
            return cues
        resolve = lambda c: _resolve(c, tokens, [], self.ctx, False, self.params).actor  # noqa: E731
        if resolve(cited) is None:
            return cues
        official = not opening and official_document(tokens, cited.subject) is not None
        if not official and any(resolve(c) is not None for c in speaking):
            return cues
        return [c for c in cues if c.pattern not in SPEAKING]

    def _text_source(self, tok: Token) -> str | None:
        """The actor a mention names, or the last holder of a role ("Minister's")."""
        if tok.kind == MENTION:
            return tok.mention.actor
        return self.ctx.roles.get(possessive_stem(tok) or "")

    def _relayed_person(self, tokens: list[Token], body: str) -> str | None:
        """'The Prime Minister's Office added that Oli objected …': the person of the speaking
        body's side whose words it relays, so a later 'he said' is theirs."""
        if body in self.ctx.persons or body in self.ctx.states:
            return None
        side = self.ctx.top_group[body]
        return next((t.mention.actor for t in tokens if self._own_person(t, side)), None)

    def _own_person(self, tok: Token, side: str) -> bool:
        """The token names a person of the side."""
        actor = tok.mention.actor if tok.kind == MENTION else None
        return actor in self.ctx.persons and self.ctx.top_group[actor] == side

    def _principal(self, tokens: list[Token], groups: list) -> _Speaker | None:
        """'India's Foreign Secretary Kwatra told reporters that Modi … highlighted …': an
        official relaying, in a that-clause, what a person of their own side said; the
        sentence reports that person's words."""
        if len(groups) != 2:
            return None
        (outer_cue, outer), (inner_cue, inner) = groups[0][0], groups[1][0]
        if outer.actor is None or inner.actor is None or inner.actor not in self.ctx.persons:
            return None
        if outer.actor not in self.ctx.persons | self.ctx.states:
            return None  # "The Prime Minister's Office added that Oli objected …": the office's
        between = tokens[outer_cue.verb + 1 : inner_cue.subject]
        relayed = any(t.is_word("that") for t in between[:4])
        same_side = self.actor_set.group_of(outer.actor) == self.actor_set.group_of(inner.actor)
        if relayed and same_side and inner.actor != self.actor_set.group_of(outer.actor):
            return inner
        return None

    def _absolute_principal(
        self, tokens: list[Token], cues: list[Cue], groups: list
    ) -> _Speaker | None:
        """'Austria has voiced opposition, with tourism minister Koestinger saying that …': a
        person of the speaking side whose words an absolute 'with' clause gives is the most
        specific speaker of the sentence."""
        if len(groups) != 1 or groups[0][0][1].actor is None:
            return None
        if tokens[groups[0][0][0].verb].lower in lx.SAYING_FORMS:
            return None  # "the ministry said …, with El Attar adding …": two statements
        side = self.actor_set.group_of(groups[0][0][1].actor)
        for cue in cues:
            if cue.pattern != PARTICIPLE or absolute_with(tokens, cue.verb) != [cue.subject]:
                continue
            inner = _resolve(cue, tokens, [], self.ctx, False, self.params)
            person = inner.actor in self.ctx.persons
            if (
                person
                and inner.actor != groups[0][0][1].actor
                and self.actor_set.group_of(inner.actor) == side
            ):
                return inner
        return None

    def _without_tail(self, tokens: list[Token], speaking: list[Cue]) -> list[Cue]:
        """'Wang told Blinken …, the ministry said': the ministry is only the cited source. But
        in 'China hopes …, the MOC added' (or 'The government advocated …, said Liu') the first
        speaker is the tail speaker's own country: the tail speaker says it (a ministry speaking
        of its government as "China"). A named person closing a sentence whose speakers are
        bodies ("The Australian government had pledged …, Director … Aloko said") is its
        source too, and so is a tail of another side ("China invites NTSB …, U.S. says"); one
        person's words relayed by another ("Zhao told …, Piñol said") stay the first's."""
        tail = tokens[speaking[-1].subject]
        # the tail's actor: named, the one "he" or "she" refers to, or the one its role or
        # document noun last named
        if tail.kind == MENTION:
            actor = tail.mention.actor
        elif tail.is_word("he", "she"):
            actor = _resolve(speaking[-1], tokens, [], self.ctx, False, self.params).actor
        else:
            actor = self.ctx.roles.get(tail.lower)
        if actor is not None:
            group = self.actor_set.group_of(actor)
            heads = [tokens[c.subject] for c in speaking[:-1]]
            own_country = group != actor and all(
                (t.kind == MENTION and t.mention.actor == group)
                or t.is_word(*lx.COUNTRY_NOUNS, *lx.GOVERNMENT_NOUNS)
                for t in heads
            )
            people = any(t.kind == MENTION and t.mention.actor in self.ctx.persons for t in heads)
            named = tail.kind == MENTION and actor in self.ctx.persons and not people
            reported = [
                _resolve(c, tokens, [], self.ctx, False, self.params).actor for c in speaking[:-1]
            ]
            # "The governments … have asked for WHO's support …, the UN health agency stated":
            # speakers the study does not know, relayed by one it does
            unknown = all(a is None for a in reported)
            # "China invites NTSB to join probe, U.S. says": another side's report of what a
            # state or body did (a person's words stay the person's)
            other_side = all(
                a is not None and a not in self.ctx.persons and self.actor_set.group_of(a) != group
                for a in reported
            )
            weak = all(is_weak(tokens, c) for c in speaking[:-1])
            if own_country or named or unknown or other_side or weak:
                # "X and Y agreed …, Kishida said": agreeing is weaker than the one who says so
                return speaking[-1:]
        return speaking[:-1]

    def _split(
        self, chunk: Chunk, tokens: list[Token], groups: list[list[tuple[Cue, _Speaker]]]
    ) -> list[tuple[int, int, _Speaker]]:
        """Two or more speakers in one chunk: one statement each, cut between their clauses;
        speakers of one verb ("Indian and Pakistani officials indicated …, a press release
        said") share their clause."""
        segments = []
        start_tok = 0
        clauses = _joint_clauses(groups)
        speakers = [group[0][1] for group in clauses[0]]
        for left, right in zip(clauses, clauses[1:], strict=False):
            left_end = max(max(c.verb, c.subject) for group in left for c, _ in group)
            right_start = min(min(c.verb, c.subject) for group in right for c, _ in group)
            cut = _cut(tokens, left_end, right_start)
            if cut is None:
                continue  # no clause boundary: the earlier speakers keep the clause
            end_tok, next_tok = cut
            segments += [(tokens[start_tok].start, tokens[end_tok - 1].end, s) for s in speakers]
            start_tok, speakers = next_tok, [group[0][1] for group in right]
        segments += [(tokens[start_tok].start, chunk.char_end, s) for s in speakers]
        return segments

    def _concessive(
        self, chunk: Chunk, tokens: list[Token], speaking: list[Cue], segments: list
    ) -> list[tuple[int, int, _Speaker]]:
        """'While China has stated that …, it remains reliant on coal': the speaker owns the
        subordinate clause; the main clause after its comma is narration."""
        if len(segments) != 1 or not tokens or not tokens[0].is_word(*lx.SUBORDINATORS):
            return segments
        last_cue = max(max(c.verb, c.subject) for c in speaking)
        comma = next((k for k in range(last_cue + 1, len(tokens)) if tokens[k].text == ","), None)
        if comma is None or comma + 1 >= len(tokens):
            return segments
        narration = _Speaker(None, None, None, "narration", 0.0)
        return [
            (chunk.char_start, tokens[comma - 1].end, segments[0][2]),
            (tokens[comma + 1].start, chunk.char_end, narration),
        ]

    def _according_to_them(
        self, chunk: Chunk, tokens: list[Token], cues: list[Cue]
    ) -> list[tuple[int, int, _Speaker]] | None:
        """'Mr Hattori and Mr Kitani … told that … [.] According to them, …': the joint
        speakers of the sentence before (or the list it opened with) are the source; '“…,”
        according to a joint statement released at the end of Sushma Swaraj's visit': the pair
        the article is about."""
        cue = next((c for c in cues if c.pattern == ACCORDING_TO and c.subject is not None), None)
        if cue is None:
            return None
        them = tokens[cue.subject].is_word("them")
        if them:
            actors = list(self.ctx.plural)
        else:
            actors = self._joint_speakers(tokens, cue, chunk.char_start)
        if len(actors) < 2:
            return None
        word, conf = tokens[cue.subject].text, CONFIDENCE[ACCORDING_TO]
        kind = "pronoun" if them else "role_anaphor"
        return [
            (chunk.char_start, chunk.char_end, _Speaker(actor, word, cue.cue_text, kind, conf))
            for actor in actors
        ]

    def _fallback(
        self, chunk: Chunk, tokens: list[Token], cues: list[Cue], quoted: bool
    ) -> _Speaker:
        for pattern in (PARTICIPLE, ACCORDING_TO):
            for cue in cues:
                if cue.pattern == pattern and cue.subject is not None:
                    speaker = _resolve(cue, tokens, [], self.ctx, quoted, self.params)
                    if speaker.actor is not None:
                        speaker.kind = pattern
                        speaker.confidence = min(speaker.confidence, CONFIDENCE[pattern])
                        return speaker
        subject = partial_quote_subject(tokens, chunk.is_title)
        if subject is not None:
            mention = tokens[subject].mention
            confidence = CONFIDENCE["partial_quote"]
            return _Speaker(mention.actor, tokens[subject].text, None, "partial_quote", confidence)
        if _dash_framed(self.article.text[chunk.char_start : chunk.char_end]):
            return _Speaker(None, None, None, "narration", 0.0)  # no one continues into it
        ctx = self.ctx
        if ctx.release_issuer is not None and not chunk.is_title:
            # every sentence of a release that cites no one is its issuer's
            return _Speaker(
                ctx.release_issuer, None, None, "statement_body", CONFIDENCE["statement_body"]
            )
        chained = (
            self.params.continuation
            and not chunk.is_title
            and ctx.speaker is not None
            and chunk.paragraph - ctx.speaker_paragraph <= 1
        )
        if self._in_statement_body(chunk):
            # The body of a statement introduced by a colon ("… said in a statement:").
            return _Speaker(ctx.speaker, None, None, "statement_body", CONFIDENCE["statement_body"])
        if chained and _opens_with_adding(tokens):
            # "Balkhi said … . Adding, a group of hundred Afghans will be sent …": a participle
            # cut off from the report it goes on with, whose subject is that report's speaker
            return _Speaker(ctx.speaker, None, tokens[0].text, PARTICIPLE, CONFIDENCE[PARTICIPLE])
        voiced = ctx.voice is not None and chunk.paragraph - ctx.voice_paragraph <= 1
        if (chained or voiced) and not quoted and speaks_in_person(tokens):
            # A statement whose quotation marks the page lost ("I am grateful to our team"):
            # news narration is not written in the first person, nor addressed to "you". It
            # is the speaker's own words, so it comes before a view merely running on.
            speaker = ctx.speaker if chained else ctx.voice
            return _going_on(speaker)
        if (
            chained
            and not quoted
            and chunk.paragraph - ctx.reported_paragraph <= 1
            and gives_view(tokens)
            and not _names_own_subject(tokens)
            and not opens_with_pact(tokens)  # "The MoU also aims to …": a pact's aims
        ):
            # Reported speech running on without a cue ("Han said … . Both sides should …"):
            # a modal view right after a cued statement is still the speaker's.
            kind = "reported_continuation"
            return _Speaker(ctx.speaker, None, None, kind, CONFIDENCE[kind])
        if chained and quoted and not _says_unknown(tokens):
            # The opening mark of the continued quotation; none for its later sentences.
            marks = (t.text[0] for t in tokens if t.kind == QUOTE and t.text[0] in QUOTE_CHARS)
            mark = next(marks, None)
            return _going_on(ctx.speaker, mark)
        if (
            self.params.continuation
            and tokens[:1]
            and tokens[0].kind == QUOTE
            and ctx.introduced is not None
            and ctx.introduced[0] == chunk.paragraph
            and not _cued_after_quotation(tokens)
        ):
            # the sound bite after the sentence that introduced its speaker
            return _going_on(ctx.introduced[1], tokens[0].text[0])
        resumed = (
            self.params.continuation
            and tokens[:1]
            and tokens[0].kind == QUOTE
            and ctx.quoted_speaker is not None
            and chunk.paragraph - ctx.quoted_paragraph <= lx.QUOTE_RESUME_PARAGRAPHS
            and _quotes_first_person(tokens[0].text)
            and not _cued_after_quotation(tokens)
        )
        if resumed:
            # '"We have the ambition …"' two paragraphs after the minister's last quotation,
            # with only narration between: the minister again (someone speaking for himself or
            # his side; a quoted document's "Its main objective is …" resumes no one).
            mark = tokens[0].text[0]
            return _going_on(ctx.quoted_speaker, mark)
        return _Speaker(None, None, None, "narration", 0.0)

    def _personal(self, speaker: _Speaker, tokens: list[Token]) -> bool:
        """A person spoke: a person actor, or an office through its spokesperson, one of its
        officials or another person named for it ("Miller told reporters" for the State
        Department), also when the voice stands before the office ("A spokesman for the PIA
        said …": a later "he said" is that spokesman) or after it ("A Trade Ministry official
        said")."""
        mention = (speaker.mention or "").lower()
        return (
            speaker.actor in self.ctx.persons
            or speaker.mention in self.learned
            or bool(lx.PERSONAL_VOICES.intersection(mention.split()))
            or any(
                t.kind == MENTION
                and t.text == speaker.mention
                and (_voice_owner(tokens, k) or _voice_named_before(tokens, k))
                for k, t in enumerate(tokens)
            )
        )

    def _update_context(self, chunk: Chunk, tokens: list[Token], segments: list) -> None:
        self.ctx.opening_state = self._opening_state(tokens)
        self.ctx.introduced = None
        bodies = [
            t.mention.actor
            for t in tokens
            if t.kind == MENTION
            and not t.mention.possessive
            and t.mention.actor not in self.ctx.persons
        ]
        self.ctx.body = bodies[-1] if bodies else None
        last = segments[-1][2]
        # an unresolved "he added" after an unknown speaker goes on being theirs, and so does a
        # quotation standing alone ("Mathieson said … '…' He said …": Mathieson still)
        quoted_alone = last.actor is None and all(t.kind in (QUOTE, PUNCT) for t in tokens)
        going_on = (last.kind == "unresolved_pronoun" or quoted_alone) and self.ctx.unknown_spoke
        self.ctx.unknown_spoke = last.kind == "unknown_speaker" or going_on
        if last.kind in ("reported", "reported_continuation", "statement_body", "role_anaphor"):
            self.ctx.reported_paragraph = chunk.paragraph
        if last.kind != "statement_body":
            text = self.article.text[chunk.char_start : chunk.char_end].rstrip()
            self.ctx.introduces = last.actor is not None and text.endswith(":")
            self.ctx.body_paragraph = chunk.paragraph
            if last.actor is not None and _opens_unquoted_statement(tokens):
                # "Jutta Urpilainen said: This agreement is …": the paragraph's rest is hers
                self.ctx.introduces, self.ctx.body_paragraph = True, chunk.paragraph - 1
        spoken = [s for _, _, s in segments if s.actor is not None]
        self.ctx.unknown_body = not spoken and opens_with_unknown_body(tokens)
        self.ctx.spoke.update(s.actor for s in spoken)
        self._track_people(tokens, spoken)
        plural = self._plural(tokens, segments)
        if plural or chunk.paragraph != self.ctx.plural_paragraph:
            # "They agreed to the report …", "The project improved …": the paragraph that
            # named the list goes on about it until it names another
            self.ctx.plural, self.ctx.plural_paragraph = plural, chunk.paragraph
        self._track_quoted(chunk, tokens, segments)
        people = [s.actor for s in spoken if self._personal(s, tokens)]
        if people:
            self.ctx.person, self.ctx.person_was_speaker = _last_speaking(tokens, people), True
        elif spoken and (relayed := self._relayed_person(tokens, spoken[-1].actor)) is not None:
            self.ctx.person, self.ctx.person_was_speaker = relayed, True
        if spoken:
            unmarked = last.kind == "continuation" and last.cue is None
            self.ctx.voice = last.actor if unmarked else None
            self.ctx.voice_paragraph = chunk.paragraph
            self.ctx.speaker, self.ctx.speaker_paragraph = spoken[-1].actor, chunk.paragraph
            self.ctx.said_last, self.ctx.said_last_paragraph = spoken[-1].actor, chunk.paragraph
            self.ctx.subject, self.ctx.subject_was_speaker = spoken[-1].actor, True
            if last.actor is None or (last.mention or "").lower() in lx.JOINT_NOUNS:
                # narration or an unknown speaker ends the chain; so does a joint act ("The two
                # sides agreed …"): what follows is not one side's words
                self.ctx.speaker = None
            return
        self.ctx.speaker = None
        if chunk.paragraph - self.ctx.said_last_paragraph > 1:
            self.ctx.said_last = None
        if tokens and tokens[0].is_word(*lx.PRONOUNS):
            return  # "It summoned the British ambassador": the pronoun keeps the last subject
        subject = next((t for t in tokens if t.kind == MENTION and not t.mention.possessive), None)
        if self.ctx.unknown_body or opens_with_pact(tokens):
            self.ctx.subject, self.ctx.subject_was_speaker = None, False
        elif subject is not None:
            self.ctx.subject, self.ctx.subject_was_speaker = subject.mention.actor, False
        if introduces_stranger(tokens):
            # "Steve Pasierb, president of the Toy Association, …": a later "he" is not the
            # person the study knows
            self.ctx.person, self.ctx.person_was_speaker = None, False
            return
        person = self._first_person(tokens)
        if person is not None:
            if _opens_on(tokens, person):
                self.ctx.introduced = (chunk.paragraph, person)
            # "Meanwhile, Dr Mohammad Nuh believed that …": a view held, so a later "he added"
            # goes on with it, not with whoever spoke before
            self.ctx.person, self.ctx.person_was_speaker = person, _holds_view(tokens, person)
            if person != self.ctx.quoted_speaker:
                # a narration sentence about someone else ("Prime Minister Sharif witnessed the
                # signing."): the next quotation may be theirs
                self.ctx.quoted_speaker = None

    def _track_people(self, tokens: list[Token], spoken: list[_Speaker]) -> None:
        """Record the pronoun each person was just called by and the people the chunk named.
        Only a pronoun heading its clause counts ("She said …", "“…,” he said"): one inside a
        phrase ("in what she called self-defence") may be someone the study does not know."""
        heads = {
            t.lower
            for i, t in enumerate(tokens)
            if t.is_word("he", "she")
            and (i == 0 or tokens[i - 1].kind == QUOTE or tokens[i - 1].text == ",")
        }
        for s in spoken:
            word = (s.mention or "").lower()
            if s.kind == "pronoun" and word in heads and s.actor in self.ctx.persons:
                self.ctx.pronoun_of.setdefault(s.actor, word)
        named = [
            t.mention.actor
            for t in tokens
            if t.kind == MENTION and t.mention.actor in self.ctx.persons
        ]
        for person in named:
            kept = tuple(p for p in self.ctx.people_named if p != person)
            self.ctx.people_named = (*kept, person)

    @staticmethod
    def _plural(tokens: list[Token], segments: list) -> tuple[str, ...]:
        """The speakers of one joint statement (every segment the whole chunk, two or more
        actors), else the list the chunk opens with."""
        joint = {(start, end) for start, end, _ in segments}
        actors = tuple(dict.fromkeys(s.actor for _, _, s in segments if s.actor is not None))
        if len(joint) == 1 and len(actors) >= 2:
            return actors
        return tuple(opening_list(tokens, len(tokens)))

    def _track_quoted(self, chunk: Chunk, tokens: list[Token], segments: list) -> None:
        """Remember the last speaker quoted directly (also through a pronoun or role: '“…,” he
        said'), or a quotation continued for them; any other speaker, known or not, ends the
        right to resume them."""
        quotation = any(t.kind == QUOTE for t in tokens)
        # a quotation of a few words may be a term ('the “historic” deal'), not someone's words
        words_quoted = any(
            t.kind == QUOTE and len(t.text.split()) >= lx.MIN_QUOTED_WORDS for t in tokens
        )
        for _, _, speaker in segments:
            quoting = (
                speaker.kind == "direct_quote"
                or (speaker.kind in ("pronoun", "role_anaphor") and quotation)
                or (speaker.kind == "continuation" and speaker.cue is not None)
            )
            if quoting and speaker.actor is not None:
                self.ctx.quoted_speaker, self.ctx.quoted_paragraph = speaker.actor, chunk.paragraph
            elif speaker.kind != "narration" and speaker.actor != self.ctx.quoted_speaker:
                self.ctx.quoted_speaker = None
            elif speaker.kind == "narration" and words_quoted:
                # "… Isaac Larian, who posted on social media: “As if toy …": someone the
                # study does not know is quoted, so a later quotation is no longer the last
                # known speaker's
                self.ctx.quoted_speaker = None

    def _first_person(self, tokens: list[Token]) -> str | None:
        """The person a narration sentence is first about, if its first mention or a role
        anaphor before it names one ("the Scottish secretary persuaded Trump": the secretary,
        so a later "he" is not Trump), past a clause that opens it ("Though Bangladesh has
        achieved the target, WHO Goodwill Ambassador Yohei Sasakawa thinks …": Sasakawa)."""
        opening = bool(tokens) and tokens[0].is_word(*lx.SUBORDINATORS, *lx.TIME_SUBORDINATORS)
        comma = next((k for k, t in enumerate(tokens) if t.text == ","), None) if opening else None
        for k, tok in enumerate(tokens):
            if comma is not None and k < comma:
                continue
            if tok.kind == MENTION and not tok.mention.possessive:
                actor = tok.mention.actor
                # a body that only says whose role someone holds ("attended by Raymond
                # Villanueva, ICE assistant director, …", "A representative of JETRO, Mr. Tetsuo
                # Shibata, …", "NVBDCP Director Dr Neeraj Dhingra"), or glosses it in brackets
                # ("(JETRO)"), names no one
                only_qualifies = (
                    _qualifies_role(tokens, k)
                    or _closes_voice_phrase(tokens, k)
                    or titles_named_officer(tokens, k)
                    or (k > 0 and tokens[k - 1].text == "(")
                )
                if actor not in self.ctx.persons and only_qualifies:
                    continue
                return actor if actor in self.ctx.persons else None
            if is_anaphor(tokens, k) and (role := _anaphor_role(tokens, k, self.ctx)) is not None:
                actor = self.ctx.roles[role]
                if actor not in self.ctx.persons:
                    actor = _named_in_apposition(tokens, k)
                return actor if actor in self.ctx.persons else None
        return None

    def _opening_state(self, tokens: list[Token]) -> str | None:
        """The state a sentence opens with ("India banned …", "The United States said …")."""
        k = 1 if tokens and tokens[0].is_word("the") else 0
        if k >= len(tokens) or tokens[k].kind != MENTION:
            return None
        actor = tokens[k].mention.actor
        return actor if actor in self.ctx.states else None

    def _emit(self, chunk: Chunk, start: int, end: int, speaker: _Speaker) -> None:
        text = self.article.text
        while end > start and text[end - 1] in " ,;":
            end -= 1
        named = list(dict.fromkeys(m.actor for m in self._mentions(start, end)))
        feats = None
        if speaker.actor is not None:
            others = [a for a in named if a != speaker.actor]
            feats = features(
                Attribution(
                    kind=speaker.kind,
                    rule_confidence=speaker.confidence,
                    cue=speaker.cue,
                    mention=speaker.mention,
                    person=speaker.actor in self.ctx.persons,
                    text=text[start:end],
                    chunk_chars=chunk.char_end - chunk.char_start,
                    is_title=chunk.is_title,
                    paragraph=chunk.paragraph,
                    others=len(others),
                    other_person=any(a in self.ctx.persons for a in others),
                )
            )
            if self.model is not None and speaker.kind != LEARNED:
                # a learned speaker's confidence is already the speaker model's probability
                confidence = round(self.model.probability(feats), 3)
                speaker = _Speaker(
                    speaker.actor, speaker.mention, speaker.cue, speaker.kind, confidence
                )
        if speaker.actor is not None and speaker.confidence < self.params.min_confidence:
            speaker, feats = _Speaker(None, None, None, "narration", 0.0), None
        if speaker.actor is None and not self.params.include_narration:
            return
        # Stable across attribution settings: runs line up by span, not by numbering.
        statement_id = f"{self.article.article_id}:{start}-{end}"
        if feats is not None:
            self.features[statement_id] = feats
        mentioned = [a for a in named if a != speaker.actor]
        self.statements.append(
            Statement(
                article_id=self.article.article_id,
                statement_id=statement_id,
                text=text[start:end],
                char_start=start,
                char_end=end,
                actor=speaker.actor,
                actor_group=None
                if speaker.actor is None
                else self.actor_set.group_of(speaker.actor),
                speaker_mention=speaker.mention,
                cue=speaker.cue,
                attribution_confidence=speaker.confidence,
                attribution_kind=speaker.kind,
                mentioned_actors=mentioned,
                chunk_id=chunk.chunk_id,
            )
        )


def attribute(
    article: Article, chunks: list[Chunk], actor_set: ActorSet, params: AttributionParams
) -> list[Statement]:
    """Statements in document order; statement.text == article.text[char_start:char_end]."""
    if params.max_chars and len(article.text) > params.max_chars:
        raise UserError(
            f"article {article.article_id} has {len(article.text):,} characters, over "
            f"attribution.max_chars={params.max_chars:,}; split it, or raise the limit "
            "(attribution.max_chars=0 for none)"
        )
    return attribute_with_features(article, chunks, actor_set, params)[0]


def attribute_with_features(
    article: Article,
    chunks: list[Chunk],
    actor_set: ActorSet,
    params: AttributionParams,
    speaker_model: SpeakerModel | None = None,
) -> tuple[list[Statement], dict[str, dict[str, float]]]:
    """attribute(), plus the confidence-model features of each attributed statement.
    `speaker_model` overrides the shipped one (cross-validation fits one per fold)."""
    attributor = _attributor(article, actor_set, params, speaker_model)
    return attributor.run(chunks), attributor.features


def speaker_candidates(
    article: Article, chunks: list[Chunk], actor_set: ActorSet, params: AttributionParams
) -> tuple[list[Statement], list[tuple[Chunk, dict[str, dict[str, float]]]]]:
    """The statements and each chunk's speaker-model candidates (for fitting the model)."""
    attributor = _attributor(article, actor_set, params, None, collect=True)
    return attributor.run(chunks), attributor.candidates


def _attributor(
    article: Article,
    actor_set: ActorSet,
    params: AttributionParams,
    speaker_model: SpeakerModel | None,
    collect: bool = False,
) -> _Attributor:
    if params.confidence not in CONFIDENCE_SOURCES:
        raise UserError(
            f"attribution.confidence must be one of {CONFIDENCE_SOURCES}, not {params.confidence!r}"
        )
    if params.speaker_model not in SPEAKER_MODELS:
        raise UserError(
            f"attribution.speaker_model must be one of {SPEAKER_MODELS}, "
            f"not {params.speaker_model!r}"
        )
    return _Attributor(article, actor_set, params, speaker_model, collect)
