"""Speech cues in one chunk: who (a mention, a pronoun or an unknown noun) says, by which cue.

Patterns, all on the token list of `tokens.py`:
- subject + verb: "Wang accused", "Beijing has recently emphasized", "Kerry, who ..., said",
  "Wang and Kerry said" (two cues, one verb);
- inversion after a quote, a comma or the sentence start: "“…,” said Kerry";
- a participle clause ", urging Beijing to …" inherits the clause's subject;
- "according to X" / "according to a State Department readout" (a source, used only when no
  one is the grammatical speaker);
- "Xinhua quoted Han as telling Kerry": the quoted person speaks;
- a verb outside the lexicon with a that-clause ("Beijing maintains that …");
- "the minister said": a definite role or document noun, resolved by the engine.
A negated verb ("did not say") or subject ("Neither Beijing nor Washington commented") is no cue.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import takewhile

from pipeline.actors import Mention
from pipeline.attribution import lexicon as lx
from pipeline.attribution.acronyms import is_acronym
from pipeline.attribution.evaluative import evaluative_words
from pipeline.attribution.tokens import MENTION, PUNCT, QUOTE, WORD, Token
from pipeline.demonym_table import DEMONYMS
from pipeline.quotes import OPENERS, QUOTE_CHARS, STRAIGHT_DOUBLE, STRAIGHT_SINGLE

SUBJECT, INVERSION, COORDINATED, PARTICIPLE, ACCORDING_TO, QUOTED_AS, COLON = (
    "subject",
    "inversion",
    "coordinated",
    "participle",
    "according_to",
    "quoted_as",
    "colon",
)


@dataclass(frozen=True)
class Cue:
    """One speaker candidate. `subject` is the token naming the speaker (mention, pronoun or an
    unknown noun); `verb` is the cue token index; `pattern` says which rule found it."""

    pattern: str
    verb: int
    subject: int | None
    cue_text: str

    def speaker_token(self, tokens: list[Token]) -> Token | None:
        return None if self.subject is None else tokens[self.subject]


def _counted_owner(tokens: list[Token], i: int) -> bool:
    """'15 U.S. states', 'several EU members': a number or quantifier before the actor right
    before i counts the word at i, a plural noun the actor only qualifies."""
    if i < 2 or tokens[i - 1].kind != MENTION:
        return False
    before = tokens[i - 2]
    return before.text.isdigit() or before.is_word(*lx.QUANTIFIERS)


def _member_states(tokens: list[Token], i: int) -> bool:
    """'the heads of the EAEU states', 'service in the EAEU states': after a preposition and
    'the', the actor right before 'states' at i names whose member states they are (not 'the
    deputy of the Thai FDA says')."""
    return (
        i >= 3
        and tokens[i - 1].kind == MENTION
        and tokens[i - 2].is_word("the")
        and tokens[i - 3].is_word(*lx.REGION_PREPOSITIONS, *lx.RELATIVE_PREPOSITIONS)
    )


def _listed_last(tokens: list[Token], i: int) -> bool:
    """'… with the help of armed personnel and volunteers.': a word after 'and' or 'or' that
    ends its sentence with nothing of its own after it, a list's last noun, not a verb whose
    subject a conjunction has left behind."""
    ends = i + 1 == len(tokens) or tokens[i + 1].text in (".", "!", "?")
    joined = i >= 2 and tokens[i - 1].is_word("and", "or") and tokens[i - 2].kind == WORD
    return ends and joined and tokens[i - 2].text.islower()


def _verb_lemma(tokens: list[Token], i: int) -> str | None:
    """Lemma when tokens[i] is a finite speech verb here (not an infinitive or plural noun)."""
    tok = tokens[i]
    if tok.kind != WORD:
        return None
    word = tok.lower
    prev = _prev_word(tokens, i)
    goes_on = _aspect_verb(tokens, i) is not None  # "continues to insist"
    if word in lx.FINITE_FORMS:
        lemma = lx.FINITE_FORMS[word]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is not None and (word, nxt.lower) in lx.COMPLEX_PREPOSITIONS:
            return None  # "returned to Italy thanks to U.S. Customs": because of, no thanks
        what = any(t.is_word("what") for t in tokens[max(i - 4, 0) : i])  # "what X hopes will"
        of_verb = lemma in lx.OF_LEMMAS and nxt is not None and nxt.is_word("of")
        noun = _noun_follows(tokens, i) and not of_verb
        if word.endswith("s") and noun and not what:
            return None
        if word.endswith("s") and _after_gerund_adjective(prev):
            return None  # "conflicting claims over the islets": a noun
        if word.endswith("s") and _counted_owner(tokens, i):
            return None  # "15 U.S. states allow hemp production": a counted noun
        if word.endswith("s") and _listed_last(tokens, i):
            return None  # "with the help of armed personnel and volunteers.": a noun
        if word == "states" and _member_states(tokens, i):
            return None
        if word.endswith("s") and nxt is not None and nxt.lower in lx.SAYING_FORMS:
            return None  # "…, reports said Wednesday": the noun its verb follows
        if word.endswith("s") and word != "says" and not what and _plural_predicate(tokens, i + 1):
            return None  # "Saarc states plan to set up …": the noun a plural verb follows
    elif word in lx.PERFECT_PARTICIPLES and prev is not None and prev.is_word("has", "have", "had"):
        lemma = lx.PERFECT_PARTICIPLES[word]  # "the ministry has written a letter"
    elif word in lx.FINDING_FORMS and _that_follows(tokens, i) and not _after_be(tokens, i):
        lemma = lx.FINDING_FORMS[word]  # "the Commerce Department found that imports …"
    elif word in lx.READING_FORMS and _reads_document(tokens, i, prev):
        lemma = lx.READING_LEMMA
    elif word in lx.POSTING_FORMS and _posted_on_platform(tokens, i):
        lemma = lx.POSTING_LEMMA  # "“…,” Muizzu posted on X after the ceremony"
    elif word in lx.MESSAGE_FINITE_FORMS and _sends_message(tokens, i):
        lemma = lx.MESSAGE_FINITE_FORMS[word]
    elif word in lx.MAKING_FORMS and (made := _made_speech_act(tokens, i)) is not None:
        lemma = made  # "Ambassador Kirimi Kaberia made a proposal for …"
    elif (
        word in lx.MESSAGE_BASE_FORMS
        and prev is not None
        and _takes_base_form(prev)
        and not prev.is_word(*lx.HYPOTHETICAL_MODALS, *lx.FUTURE_MODALS)  # "will lodge a protest"
        and _sends_message(tokens, i)
    ):
        lemma = lx.MESSAGE_BASE_FORMS[word]  # "Xi, Putin exchange congratulations"
    elif word in lx.PARTICIPLE_FORMS and _progressive(tokens, i, prev):
        lemma = lx.PARTICIPLE_FORMS[word]
    elif word in lx.REACHING_FORMS and _reaches_agreement(tokens, i):
        lemma = lx.AGREE_LEMMA
    elif word in ("has", "have", "had") and _words_to_say(tokens, i):
        lemma = "say"  # "Menno Fitski of the Rijksmuseum has this to say:"
    elif (particle := _speech_particle(tokens, i)) is not None:
        lemma = particle  # "Guterres spoke out against …", "Moscow put forward claims"
    elif (conveyed := _contact_purpose(tokens, i)) is not None:
        lemma = conveyed  # "spoke with his counterpart … to offer support"
    elif word in lx.HOLDING_FORMS and _holds_responsible(tokens, i, prev):
        lemma = lx.BLAME_LEMMA  # "The Cuban athletics body held U.S. authorities responsible"
    elif word in lx.STANCE_PRESENT_FORMS and not _noun_follows(tokens, i):
        if i >= 2 and tokens[i - 2].is_word("that"):
            return None  # "charges that Doha supports terrorism": someone else's claim
        if _helps_doing(tokens, i):
            return None  # "The Australian government supports Indonesia in addressing …"
        if word == "supports" and not _supports_a_position(tokens, i):
            return None  # "USAID supports people with disabilities": help given, a deed
        lemma = lx.STANCE_PRESENT_FORMS[word]  # "China supports Marcos' ban on POGOs"
    elif word in lx.BASE_FORMS and prev is not None and _inverted_plural(tokens, i, prev):
        lemma = lx.BASE_FORMS[word]  # "…, say Hungarian authorities.": a plural subject after it
    elif word in lx.BASE_FORMS and goes_on:
        lemma = lx.BASE_FORMS[word]  # "Sudan continues to insist that …"
    elif word in lx.RESUMING_FORMS and _resumes_report(tokens, i):
        lemma = lx.RESUMING_FORMS[word]  # "“…,” he continued."
    elif word in lx.BASE_FORMS and prev is not None and _takes_base_form(prev):
        if prev.is_word(*lx.HYPOTHETICAL_MODALS, *lx.FUTURE_MODALS):
            # "Russia could ask the WTO to adjudicate", "the United States will welcome Japan
            # as its partner": nothing said yet
            return None
        lemma = lx.BASE_FORMS[word]
        after = tokens[i + 1 : i + 3]
        if word == "report" and after and after[0].is_word("to"):
            return None  # "… (KINAC) report to the ministry": whom they answer to
        if len(after) == 2 and after[0].kind == WORD and after[1].lower in lx.FINITE_FORMS:
            return None  # "Chinese state media said": a noun modifier, the verb comes next
        if word == "state" and any(t.is_word(*lx.APPOSITION_ROLES) for t in after):
            return None  # "Mamoun Homeida, Khartoum state health minister,": a federal state
        if after and after[0].is_word("of") and lemma not in lx.OF_LEMMAS:
            return None  # "the southern U.S. state of Texas": a noun before its "of"
    else:
        return None
    if prev is not None and prev.is_word("to", "the", "a", "an") and not goes_on:
        return None  # "to press", "the press"
    if i >= 2 and tokens[i - 1].is_word(*lx.ADJECTIVE_ADVERBS) and tokens[i - 2].is_word("the"):
        return None  # "at the just concluded meeting": an adjective
    if _graded(tokens, i):
        return None  # "one of the most renowned and appreciated artists": an adjective
    if _name_goes_on(tokens, i):
        return None  # "… to participate in the FIRST Global Challenge.": a name goes on
    if tokens[i + 1 : i + 2] and tokens[i + 1].is_word("by") and i + 2 < len(tokens):
        ing = tokens[i + 2].lower
        words = lx.PARTICIPLE_FORMS.get(ing) in lx.SAYING_LEMMAS or (
            ing in lx.PARTICIPLE_FORMS and _words_after(tokens, i + 2, ("that",))
        )
        # its object names a message within a few words ("by expressing his sincere gratitude")
        message = any(t.lower in lx.MESSAGE_NOUNS for t in tokens[i + 3 : i + 6])
        if ing.endswith("ing") and not (words or message):
            # "Beijing responded by announcing sanctions": an act, not words; "responded by
            # saying" reports words, and so does "responded by complaining that …" or "by
            # expressing his gratitude".
            return None
    if lemma in lx.PARTICLES and not _has_particle(tokens, i, lemma):
        return None
    if tokens[i + 1 : i + 2] and tokens[i + 1].lower in lx.NON_SPEECH_PARTICLES.get(lemma, ()):
        return None  # "flagged off a train": a ceremony, no risk pointed out
    if lemma in lx.COMPLEMENT_LEMMAS and not _has_complement(tokens, i):
        return None  # "has maintained close communication": no words reported
    if lemma in lx.INTENT_LEMMAS and tokens[i + 1 : i + 2] and tokens[i + 1].is_word("to"):
        return None  # "the government hopes to negotiate": an aim, not a view stated
    if word in lx.HEARSAY_PASSIVES and (
        _words_after(tokens, i, ("to", "be")) or _words_after(tokens, i, ("to", "have"))
    ):
        return None  # "…, said to be one of the largest deposits": hearsay, no speaker
    # the object after the verb's own particle ("called for international tender")
    particle = tokens[i + 1 : i + 2] and tokens[i + 1].lower in lx.PARTICLES.get(lemma, ())
    object_from = i + 1 if particle else i
    if lemma in lx.ACT_OBJECTS and _act_object(tokens, object_from, lx.ACT_OBJECTS[lemma]):
        return None  # "Sudan denied US officials visas", "Algeria recalled its ambassador"
    if lemma in lx.ACT_OBJECTS and _title_case_passive(tokens, i, lx.ACT_OBJECTS[lemma]):
        return None  # "Kyrgyz Ambassador Recalled Over Border Clash": the envoy is recalled
    if lemma == "declare" and _declared_status(tokens, i):
        return None  # "Moscow has declared … Attache Adrian Coghill persona non grata": expelled
    if lemma == lx.HOSTING_LEMMA and _guest_received(tokens, i):
        return None  # "welcomed United Kingdom Ambassador …, Faye O'Connor, to the base"
    if _names_work(tokens, i, lemma):
        return None
    if _negated(tokens, i):
        return None  # "He did not say whether ...": nothing is said
    if _says_nothing(tokens, i):
        return None  # "it has revealed nothing at all to the media"
    if (word.endswith("ed") or word in lx.PASSIVE_PARTICIPLES) and _after_be(tokens, i):
        return None  # "China was told", "Xi was invited": the subject is not the speaker
    if word in lx.INFORMED_FORMS and tokens[i + 1 : i + 2] and tokens[i + 1].is_word("on"):
        return None  # "Lebanese delegation briefed on …": a passive without its "was"
    return lemma


def _name_goes_on(tokens: list[Token], i: int) -> bool:
    """A capitalised word right after a name a preposition governs ('to participate in the
    FIRST Global Challenge'): the name goes on, for a preposition's object has no verb."""
    if i == 0 or not tokens[i].text[:1].isupper() or tokens[i - 1].kind != MENTION:
        return False
    return _governed(tokens, i - 1, lx.PLACE_PREPOSITIONS | lx.GOVERNING_WORDS)


def _graded(tokens: list[Token], i: int) -> bool:
    """A degree word right before i, or before one word and 'and' ('most renowned and')."""
    j = i - 1
    if j >= 2 and tokens[j].is_word("and") and tokens[j - 1].kind == WORD:
        j -= 2
    return j >= 0 and tokens[j].is_word(*lx.GRADING_ADVERBS)


def _plural_predicate(tokens: list[Token], j: int) -> bool:
    """A plural subject's verb opens at j: 'have', 'were', 'will', or an aim with its 'to'
    ('plan to', 'agree to'), so the -s word before it is a plural noun."""
    if j >= len(tokens) or tokens[j].kind != WORD:
        return False
    if tokens[j].is_word(*lx.PLURAL_AUXILIARIES):
        return True
    aim = tokens[j].is_word(*lx.PLURAL_AIM_VERBS)
    return aim and j + 1 < len(tokens) and tokens[j + 1].is_word("to")


def _resumes_report(tokens: list[Token], i: int) -> bool:
    """'“…,” he continued.', '…, the commander continued.': a speaker (a pronoun, an actor or a
    definite role) closing the sentence after a quotation or a clause ("Despite the talks, he
    continued." reports nothing), with nothing after the verb."""
    k = i - 1
    if k < 1 or not _closes_sentence(tokens[i + 1 :]):
        return False
    speaker = tokens[k].is_word(*lx.PRONOUNS) or tokens[k].kind == MENTION
    if not speaker and is_anaphor(tokens, k):
        k = anaphor_qualifiers(tokens, k).start - 1  # the role's "the"
        speaker = k >= 1
    if not (speaker and _clause_comma(tokens[k - 1])):
        return False
    report = tokens[: k - 1]
    return tokens[k - 1].kind == QUOTE or any(t.is_word(*lx.CLAUSE_VERB_MARKERS) for t in report)


def _names_work(tokens: list[Token], i: int, lemma: str) -> bool:
    """'has been reporting from Russia': a correspondent's job; 'the military responded with a
    crackdown', 'adding to growing tension': a deed ('responded with a statement' and 'added
    to reporters' still say something)."""
    preposition = lx.WORK_PREPOSITIONS.get(lemma)
    if preposition is None:
        return False
    k = i + 1
    if lemma in lx.OBJECT_BEFORE_WORK:  # "Russia Adds Juice to Banned Ukrainian Imports"
        while k < i + 4 and k < len(tokens) and _plain_word(tokens[k]):
            k += 1
    if preposition == "with":
        k = _past_to_phrase(tokens, k)  # "responding to anti-government demonstrations with"
    if k + 1 >= len(tokens) or not tokens[k].is_word(preposition):
        return False
    listener = tokens[k + 1]
    if preposition == "to" and not (listener.kind == MENTION and listener.mention.possessive):
        if _listener_length(tokens[k + 1 :]) > 0:
            return False  # "added to reporters", not "adding to China's woes"
    return not _sends_message(tokens, i)


def _past_to_phrase(tokens: list[Token], k: int) -> int:
    """Past a short 'to' phrase at k that holds no other preposition ('to the US', 'to
    anti-government demonstrations'), or k itself."""
    if not (k < len(tokens) and tokens[k].is_word("to")):
        return k
    j = k + 1
    while (
        j < len(tokens)
        and j - k <= 4
        and (
            tokens[j].kind == MENTION
            or tokens[j].is_word("the", "a", "an")
            or _plain_word(tokens[j])
        )
    ):
        j += 1
    return j if j > k + 1 else k


def _plain_word(tok: Token) -> bool:
    """A content word, hyphenated or not: no function word, preposition or clause opener
    ('that')."""
    return (
        tok.kind == WORD
        and tok.text.replace("-", "").isalpha()  # "anti-government"
        and tok.lower not in lx.FUNCTION_WORDS | lx.SKIPPABLE | lx.CLAUSE_OPENERS
    )


def _inverted_plural(tokens: list[Token], i: int, prev: Token) -> bool:
    """'The fence is needed, say Hungarian authorities.': a base form after a comma, its
    subject the actor closing the sentence."""
    return prev.text == "," and _titled_closing_mention(tokens, i) is not None


def _that_follows(tokens: list[Token], i: int) -> bool:
    return i + 1 < len(tokens) and tokens[i + 1].is_word("that")


def _words_to_say(tokens: list[Token], i: int) -> bool:
    """'has this to say', 'had the following to say': the words come next, after a colon."""
    after = [t.lower for t in tokens[i + 1 : i + 5]]
    return after[:3] == ["this", "to", "say"] or after == ["the", "following", "to", "say"]


def _speech_particle(tokens: list[Token], i: int) -> str | None:
    """The lemma of a verb that reports words with the particle after it ('spoke out'), or
    one manner adverb later ('spoke highly of')."""
    if _after_be(tokens, i):
        return None  # "the standpoint was put forward": the subject is what was proposed
    j = i + 1
    if j + 1 < len(tokens) and tokens[j].kind == WORD and tokens[j].lower.endswith("ly"):
        j += 1
    elif tuple(t.lower for t in tokens[j : j + 2]) in lx.MANNER_PHRASES:
        j += 2  # "spoke at length about"
    nxt = tokens[j].lower if j < len(tokens) and tokens[j].kind == WORD else None
    return lx.PARTICLE_SPEECH.get((tokens[i].lower, nxt))


def _act_object(tokens: list[Token], i: int, objects: frozenset[str]) -> bool:
    """One of the objects that make the verb at i an act, within a few words of it and before
    any that-clause ('concluded negotiations', not 'concluded that bilateral agreements …') or
    a preposition that makes it another noun's complement ('rejects extension on pulse imports');
    not one a quotation follows after a comma or colon ('welcomed the OSU delegation, "this
    event would have not been possible …"': the act's words)."""
    for k in range(i + 1, min(i + 1 + lx.ACT_WINDOW, len(tokens))):
        t = tokens[k]
        if t.is_word("that", *lx.ACT_OBJECT_STOPS):
            return False
        # a mention may end on the object ("welcomed the Turkish delegation")
        if t.lower in objects or (t.kind == MENTION and t.lower.split()[-1] in objects):
            words = k + 2 < len(tokens) and tokens[k + 1].text in ",:"
            return not (words and tokens[k + 2].kind == QUOTE)
    return False


def _title_case_passive(tokens: list[Token], i: int, objects: frozenset[str]) -> bool:
    """A title-case headline's participle at i right after one of the objects that make it an
    act: that object is what the act was done to ('Kyrgyz Ambassador Recalled Over …')."""
    verb = tokens[i].text
    if i == 0 or not (verb[:1].isupper() and verb.endswith("ed")):
        return False
    words = tokens[i - 1].text.split()
    return bool(words) and words[-1].lower() in objects


def _declared_status(tokens: list[Token], i: int) -> bool:
    """A status the 'declare' at i confers, later in its clause however long the name of what
    gets it ('declared … Attache Adrian Coghill persona non grata', 'declared the mpox outbreak
    in the DRC a global public health emergency')."""
    for k in range(i + 1, len(tokens)):
        if tokens[k].kind == PUNCT or tokens[k].kind == QUOTE or tokens[k].is_word("that"):
            return False
        if any(
            tuple(t.lower for t in tokens[k : k + len(status)]) == status
            for status in lx.DECLARED_STATUSES
        ):
            return True
    return False


def _guest_received(tokens: list[Token], i: int) -> bool:
    """'welcomed United Kingdom Ambassador to Uruguay, Faye O'Connor, to the base', 'welcomed
    the visiting minister to Beijing': a titled guest (perhaps after the country sending them)
    and then where they were received, not words of welcome for a decision."""
    k = i + 1
    if k < len(tokens) and (tokens[k].text.isdigit() or tokens[k].is_word(*lx.ARRIVAL_COUNTS)):
        return True  # "Montserrat welcomes dozens of specially reared frogs": arrivals counted
    while k < len(tokens) and tokens[k].is_word("the", "visiting"):
        k += 1
    if _honoured_guest(tokens, k) or _guests_to_place(tokens, k):
        return True
    titled = False
    if k < len(tokens) and tokens[k].kind == MENTION and not tokens[k].mention.possessive:
        # the study's alias may hold the title ("Ambassador to Uruguay, Faye O'Connor")
        titled = any(w.lower() in lx.TITLE_WORDS for w in tokens[k].mention.surface.split())
        k += not titled
    if k + 1 >= len(tokens) or not (titled or tokens[k].is_word(*lx.TITLE_WORDS)):
        return False
    for j in range(k + 1, min(k + 1 + lx.MAX_APPOSITION, len(tokens) - 1)):
        if tokens[j].kind == QUOTE or tokens[j].text in ".;:":
            return False
        if tokens[j].is_word("to"):
            nxt = tokens[j + 1]
            return nxt.kind == MENTION or nxt.is_word(*lx.NOUN_PHRASE_OPENERS)
    return False


def _guests_to_place(tokens: list[Token], k: int) -> bool:
    """'welcomed Cuban colleagues to NOAA offices', 'welcomed the delegation to Beijing':
    visitors (after up to two modifiers, perhaps their country) received at a place."""
    j = k
    while j < len(tokens) and j - k < 2 and tokens[j].kind in (WORD, MENTION):
        if tokens[j].is_word(*lx.GUEST_NOUNS):
            break
        j += 1
    return (
        j + 2 < len(tokens)
        and tokens[j].is_word(*lx.GUEST_NOUNS)
        and tokens[j + 1].is_word("to")
        and (
            tokens[j + 2].kind == MENTION
            or tokens[j + 2].is_word(*lx.NOUN_PHRASE_OPENERS)
            or _is_name_word(tokens[j + 2])
        )
    )


def _honoured_guest(tokens: list[Token], k: int) -> bool:
    """'welcomed Dr. Obaidullah, Chairman of …': a guest named with an honorific, their
    apposition or the sentence closing after the name, is received (not 'welcomed Mr. Omer to
    lead a delegation', a view of a visit, nor 'welcomed Dr. Omer's remarks')."""
    honoured = k < len(tokens) and tokens[k].is_word(*lx.HONORIFICS)
    if honoured:
        k += 1 + (k + 1 < len(tokens) and tokens[k + 1].text == ".")  # "Dr." and "Dr"
    if not (k < len(tokens) and tokens[k].kind == MENTION) or tokens[k].mention.possessive:
        return False
    # the study's alias may hold the honorific ("Dr. Obaidullah")
    honoured = honoured or tokens[k].mention.surface.split()[0].lower().rstrip(".") in lx.HONORIFICS
    return honoured and (k + 1 == len(tokens) or tokens[k + 1].text in (".", ",", ";"))


def _after_gerund_adjective(prev: Token | None) -> bool:
    """'conflicting', 'competing', 'growing' before an '-s' form make it a plural noun."""
    return (
        prev is not None
        and prev.kind == WORD
        and prev.text.islower()
        and prev.lower.endswith("ing")
        and prev.lower not in lx.PARTICIPLE_FORMS
    )


def _reads_document(tokens: list[Token], i: int, prev: Token | None) -> bool:
    """'the statement read', '“…,” read a statement issued by the ministry': a document's
    words (not 'the minister read a letter from Kenya', an act); so is a study alias that names
    a document ('“…,” read a government statement'), or a document issued at an occasion
    ('“…,” a Joint Statement issued after the visit read')."""
    if prev is not None and _names_document(prev):
        return True
    if i > 0 and _document_of_occasion(tokens, i - 1) is not None:
        return True
    left = tokens[i - 1] if i > 0 else None
    inverted = left is not None and (left.kind == QUOTE or left.text == ",")
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    named = after is not None and after.kind == MENTION and _names_document(after)
    issued = _past_document(tokens, i + 1) > i + 1
    # "…, read the statement." after a clause (not a quotation, whose speaker the document
    # need not be: the continuation rules read those)
    closing = left is not None and left.text == "," and _document_closes(tokens, i + 1)
    return inverted and (named or issued or closing)


def _document_closes(tokens: list[Token], k: int) -> bool:
    """'the statement.', 'the release.': a document, perhaps with a few words describing it,
    at k ends the sentence, perhaps owned by the body last named ('the statement of the
    agency.')."""
    j = k + 1 if k < len(tokens) and tokens[k].is_word("a", "an", "the") else k
    j = _past_document_modifiers(tokens, j)
    if _owner_anaphor(tokens, j) is not None:
        return True
    ends = j + 1 == len(tokens) or (j + 2 == len(tokens) and tokens[j + 1].text in ".!?")
    return j < len(tokens) and tokens[j].is_word(*lx.DOCUMENT_NOUNS) and ends


def _document_owner(tokens: list[Token], k: int) -> int | None:
    """'the statement of the agency.' from k: the anaphor that owns the document."""
    return _owner_anaphor(tokens, k + 1) if k < len(tokens) and tokens[k].is_word("the") else None


def _owner_anaphor(tokens: list[Token], j: int) -> int | None:
    """'statement of the agency.' from the document noun at j: the anaphor that owns it and
    closes the sentence."""
    owned = (
        j + 2 < len(tokens)
        and tokens[j].is_word(*lx.DOCUMENT_NOUNS)
        and tokens[j + 1].is_word("of")
        and _closing_anaphor_alone(tokens, j + 2)
    )
    return _closing_anaphor(tokens, j + 2) if owned else None


def _posted_on_platform(tokens: list[Token], i: int) -> bool:
    """'posted on X', 'posts on social media': words put on a platform the article names."""
    following = [t.lower for t in tokens[i + 1 : i + 4]]
    return following[:1] == ["on"] and bool(set(following[1:]) & lx.PLATFORM_WORDS)


def _names_document(tok: Token) -> bool:
    """A document noun, or a study alias that ends in one ('a government statement')."""
    if tok.kind == MENTION:
        return tok.mention.surface.lower().split()[-1] in lx.DOCUMENT_NOUNS
    return tok.is_word(*lx.DOCUMENT_NOUNS)


def _aspect_verb(tokens: list[Token], i: int) -> int | None:
    """Index of 'continues' in 'continues to insist', of 'went' in 'went on to say': a verb of
    going on (or of beginning: 'began to warn') before 'to' and the verb at i, which then is
    finite (and of 'is' in 'is reported to have asked' or 'was quick to add'); None otherwise."""
    k = i - 1
    if k >= 3 and tokens[k].is_word("have") and tokens[k - 1].is_word("to"):
        # "is reported to have asked": the form of 'be' is the finite verb
        passive, be = tokens[k - 2], tokens[k - 3]
        hearsay = passive.is_word(*lx.HEARSAY_PASSIVES) and be.is_word(*lx.HEARSAY_BE)
        return k - 3 if hearsay else None
    if k < 1 or not tokens[k].is_word("to"):
        return None
    k -= 1
    if tokens[k].is_word("on") and k >= 1 and tokens[k - 1].is_word(*lx.GO_ON_VERBS):
        return k - 1
    if tokens[k].is_word("quick") and k >= 1 and tokens[k - 1].is_word(*lx.BE_FORMS):
        return k - 1  # "He was quick to add that …": the form of 'be' is the finite verb
    # "She further went to say this will be …": "went on" without its "on"
    return k if tokens[k].is_word(*lx.ASPECT_VERBS, *lx.GO_ON_VERBS) else None


def _progressive(tokens: list[Token], i: int, prev: Token | None) -> bool:
    """'China is urging the US', 'has been calling on', 'are now alleging': a participle after
    a form of 'be' (adverbs may stand between), with its object or complement after it (not
    '… the government is protesting,' closing an object relative clause)."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    k = i - 1
    while k > 0 and tokens[k].kind == WORD and _adverb(tokens[k]):
        k -= 1
    if k < i - 1:
        prev = tokens[k]  # the word before the adverbs
    return (
        prev is not None
        and prev.is_word(*lx.PROGRESSIVE_BE)
        and nxt is not None
        and nxt.kind in (WORD, MENTION)
    )


def _adverb(tok: Token) -> bool:
    """'now', 'also', 'still', 'repeatedly': may stand inside a verb group."""
    return tok.lower in lx.VERB_GROUP_ADVERBS or (tok.lower.endswith("ly") and len(tok.lower) > 4)


def _instrument_of(tokens: list[Token], k: int) -> bool:
    """The message noun at k names a formal instrument ('letters of agreement')."""
    return (
        k + 2 < len(tokens)
        and tokens[k + 1].is_word("of")
        and tokens[k + 2].lower in lx.INSTRUMENT_OF
    )


def _sends_message(tokens: list[Token], i: int) -> bool:
    """A message noun among the next few words of the verb's clause ("sent to Kyrgyzstan a
    note", "offered his sincere condolences"); not past punctuation or a quotation, and not a
    message "from" someone else that the subject only delivers."""
    for k in range(i + 1, min(i + 1 + lx.MESSAGE_WINDOW, len(tokens))):
        tok = tokens[k]
        if tok.kind in (PUNCT, QUOTE):
            return False
        if tok.kind == WORD and tok.lower in lx.MESSAGE_NOUNS:
            owned = tokens[k - 1].is_word(*lx.POSSESSIVE_DETERMINERS)  # "his thanks to"
            cause = tokens[k + 1 : k + 2] and tokens[k + 1].is_word("to") and not owned
            if tok.is_word("thanks") and cause:
                continue  # "delivered vaccines thanks to Japan's support": because of it
            if k + 2 < len(tokens) and tokens[k + 1].is_word("from"):
                return False  # "handed Kambuaya a letter from Najib": someone else's message
            verb = tokens[i].lower
            lemma = lx.MESSAGE_FINITE_FORMS.get(verb) or lx.MESSAGE_BASE_FORMS.get(verb)
            exchanged = lemma == lx.EXCHANGE_LEMMA
            if exchanged and tok.lower in lx.EXCHANGED_INSTRUMENTS:
                return False  # "Panama and Japan exchanged notes, formalizing a loan"
            if _instrument_of(tokens, k):
                return False  # "China and Samoa exchanged letters of agreement on …"
            # "extended its tsunami warning services": the noun only modifies another
            return k + 1 == len(tokens) or tokens[k + 1].lower not in lx.COMPOUND_HEADS
    return False


def _made_speech_act(tokens: list[Token], i: int) -> str | None:
    """'made a proposal', 'made a similar proposal': the speech verb a form of 'make' stands
    for, its noun right after a determiner and at most one modifier; else None."""
    k = i + 1
    if k < len(tokens) and tokens[k].is_word("a", "an", "the", *lx.POSSESSIVE_DETERMINERS):
        k += 1
        for _ in range(2):
            if k < len(tokens) and tokens[k].kind == WORD:
                if (lemma := lx.MADE_SPEECH_NOUNS.get(tokens[k].lower)) is not None:
                    return lemma
                k += 1
    return None


def _holds_responsible(tokens: list[Token], i: int, prev: Token | None) -> bool:
    """'held U.S. authorities directly responsible', 'hold the other accountable': blame laid
    in words, the actor holding before the verb (not 'will be held responsible')."""
    if prev is not None and prev.is_word(*lx.BE_FORMS):
        return False
    for tok in tokens[i + 1 : i + 1 + lx.HOLDING_WINDOW]:
        if tok.kind not in (WORD, MENTION):
            return False
        if tok.is_word(*lx.RESPONSIBLE_WORDS):
            return True
    return False


def _helps_doing(tokens: list[Token], i: int) -> bool:
    """'supports Indonesia in addressing the rabies outbreak': help given to someone doing a
    task, a deed; not a position taken on it."""
    for k in range(i + 1, min(i + 1 + lx.MAX_HELPED_WORDS, len(tokens) - 1)):
        if tokens[k].kind not in (WORD, MENTION):
            return False
        task = tokens[k + 1]  # a gerund, not "long-running"
        if tokens[k].is_word("in") and task.text.isalpha() and task.lower.endswith("ing"):
            return True
    return False


def _supports_a_position(tokens: list[Token], i: int) -> bool:
    """'supports Marcos' ban on POGOs', 'supports Nauru's bid': a position among the few words
    after the verb (a possessive's apostrophe may stand between)."""
    for tok in tokens[i + 1 : i + 1 + lx.MAX_POSITION_WORDS]:
        if tok.kind not in (WORD, MENTION) and tok.text not in ("'", "’"):
            return False
        if tok.is_word(*lx.SUPPORTED_POSITIONS):
            return True
    return False


def _noun_follows(tokens: list[Token], i: int) -> bool:
    """'the backs of', 'supports are': the '-s' form is a plural noun."""
    return i + 1 < len(tokens) and tokens[i + 1].is_word(*lx.NOUN_FOLLOWERS)


def _contact_purpose(tokens: list[Token], i: int) -> str | None:
    """The message a contact was made to convey: 'spoke with his Greek counterpart on
    Wednesday to offer Israeli support', 'had a phone call with Çavuşoğlu to convey the
    solidarity of Spain', 'took to Twitter on Monday to express its disapproval', 'took the
    occasion to thank his host' -> 'offer', 'convey', 'express', 'thank'. Within the clause: no
    punctuation but commas, no quotation."""
    word = tokens[i].lower
    start = i + 1
    if word in lx.TAKING_FORMS:
        occasion = [t.lower for t in tokens[i + 1 : i + 3]]
        if occasion[:1] == ["the"] and occasion[1:] and occasion[1] in lx.OCCASION_NOUNS:
            start = i + 3  # "took the occasion to thank his host"
        elif not tokens[i + 1 : i + 2] or not tokens[i + 1].is_word("to"):
            return None  # "took to Twitter", not "took steps"
        else:
            start = i + 2
    elif word in lx.CONTACT_HOLDERS:
        nouns = [
            k for k in range(i + 1, min(i + 5, len(tokens))) if tokens[k].is_word(*lx.CONTACT_NOUNS)
        ]
        if not nouns or any(tokens[k].kind != WORD for k in range(i + 1, nouns[0])):
            return None
        start = nouns[0] + 1
    elif word not in lx.CONTACT_FORMS:
        return None
    for k in range(start, min(start + lx.CONTACT_WINDOW, len(tokens) - 1)):
        tok = tokens[k]
        if tok.kind == QUOTE or (tok.kind == PUNCT and tok.text != ","):
            return None
        if tok.is_word("to") and tokens[k + 1].lower in lx.CONVEYING_LEMMAS:
            return tokens[k + 1].lower
    return None


def _reaches_agreement(tokens: list[Token], i: int) -> bool:
    """'reached an agreement', 'reached a tentative deal': an agreement noun within the next
    three words, none of them punctuation or a name."""
    for tok in tokens[i + 1 : i + 4]:
        if tok.is_word(*lx.AGREEMENT_NOUNS):
            return True
        if tok.kind != WORD:
            return False
    return False


def agreement_reached(tokens: list[Token], cue: Cue) -> bool:
    """'Kenya and Iran have agreed to form a joint committee', 'Canada, Australia agree on
    salmon', 'the sides agreed on Friday to …', 'reached an agreement on …': a cue that reports
    an agreement reached, a deed; 'agreed that …' reports what was agreed."""
    word = tokens[cue.verb].lower
    if word in lx.REACHING_FORMS:
        return True  # a reaching cue is found only before an agreement noun
    if word not in lx.AGREE_FORMS:
        return False
    # "agreed on Friday to …", "agreed last week to …", "agreed in Brussels on Tuesday to …",
    # "agreed at a meeting on Sunday to …"
    k = _past_gathering(tokens, _past_place(tokens, cue.verb + 1))
    k = _past_place(tokens, _past_time(tokens, k))
    if k + 1 < len(tokens) and tokens[k].is_word("in") and tokens[k + 1].is_word("principle"):
        k += 2  # "have agreed in principle to amendments": a manner before what was agreed
    if k >= len(tokens):
        return False
    if tokens[k].is_word(*lx.AGREED_DEED_WORDS):
        return True
    if tokens[k].is_word("with"):
        # "has agreed with China Nonferrous Metal Mining to build a smelter"
        partner = tokens[k + 1 : k + 1 + lx.MAX_AGREEMENT_PARTNER_WORDS]
        partner = [t for t in partner if t.text not in ("(", ")")]  # "(NFC)"
        to = next((t for t in partner if t.is_word("to") or t.kind == PUNCT), None)
        return to is not None and to.is_word("to")
    return _agreed_object(tokens, k)


def _agreed_object(tokens: list[Token], k: int) -> bool:
    """'China and Argentina agree landmark beef deal', 'agreed a ceasefire': what was agreed,
    a noun phrase; not a clause without its 'that' ('China, India agree troops should
    disengage', 'agreed they will launch …'); a hyphenated word may open it ('agree anti-drug
    roadmap')."""
    first = tokens[k]
    plain = first.text.replace("-", "").isalpha()
    if first.kind != WORD or not plain or first.lower in lx.PRONOUNS:
        return False
    if first.lower in lx.AGREEMENT_CONTENT_WORDS:
        return False
    phrase = tokens[k : k + lx.MAX_AGREED_OBJECT_WORDS]
    return not any(t.lower in lx.CLAUSE_VERB_MARKERS for t in phrase)


def _past_gathering(tokens: list[Token], k: int) -> int:
    """The index after 'at a meeting', 'during the talks', 'at their summit' at k (one word
    may qualify the gathering: 'at a trilateral meeting'), or k itself."""
    if k + 2 >= len(tokens) or not tokens[k].is_word("at", "during"):
        return k
    j = k + 1
    if not tokens[j].is_word(*lx.NOUN_PHRASE_OPENERS):
        return k
    for n in (j + 1, j + 2):
        if n < len(tokens) and tokens[n].is_word(*lx.GATHERING_NOUNS):
            return n + 1
    return k


def _past_time(tokens: list[Token], k: int) -> int:
    """The index after a time phrase at k ('today', 'Friday', 'on Friday', 'last week',
    'this month'), or k itself."""
    if k + 1 < len(tokens) and tokens[k].is_word("on") and tokens[k + 1].is_word(*lx.WEEKDAYS):
        return k + 2
    if k < len(tokens) and tokens[k].is_word(*lx.WEEKDAYS, "today", "yesterday", "tonight"):
        return k + 1
    if (
        k + 1 < len(tokens)
        and tokens[k].is_word("last", "this")
        and tokens[k + 1].is_word(*lx.TIME_UNITS)
    ):
        return k + 2
    return k


def _exchange_partner(tokens: list[Token], i: int) -> int | None:
    """'Xi exchanged congratulatory messages with King Felipe VI', 'Greece has reached an
    agreement with Cosco': the actor after 'with', who sends a message or agrees too."""
    word = tokens[i].lower
    lemma = lx.MESSAGE_FINITE_FORMS.get(word) or lx.MESSAGE_BASE_FORMS.get(word)
    if lemma != lx.EXCHANGE_LEMMA and word not in lx.REACHING_FORMS:
        return None
    for k in range(i + 1, min(i + 2 + lx.MESSAGE_WINDOW, len(tokens) - 1)):
        if tokens[k].kind != WORD:
            return None
        if tokens[k].is_word("with"):
            j = k + 2 if tokens[k + 1].is_word("the") and k + 2 < len(tokens) else k + 1
            return j if _is_subject(tokens[j]) and tokens[j].kind == MENTION else None
    return None


def _has_complement(tokens: list[Token], i: int) -> bool:
    """A clause or quoted sentence follows: 'observed that …', 'maintained, “We …”'; not a
    quoted noun phrase ('will observe “the entire electoral process”'). Or the verb closes the
    sentence of a quotation before it ('“…,” he boasted.')."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None or nxt.text in (".", "!", "?"):
        return any(t.kind == QUOTE for t in tokens[:i])
    if nxt.kind == QUOTE:
        words = _words_inside(nxt)
        return bool(words) and words[0][:1].isupper()
    # not a comma that goes on with a list ("JICA officials and volunteers, and members of …")
    listed = i + 2 < len(tokens) and tokens[i + 2].is_word("and", "or")
    return nxt.text == ":" or nxt.is_word("that") or (nxt.text == "," and not listed)


def _after_be(tokens: list[Token], i: int, copulas: frozenset[str] = lx.BE_FORMS) -> bool:
    """A form of 'be' before the verb, adverbs between ('It was also announced that')."""
    j = i - 1
    while (
        j >= 0
        and tokens[j].kind == WORD
        and (tokens[j].lower.endswith("ly") or tokens[j].lower in lx.PASSIVE_ADVERBS)
    ):
        j -= 1
    return j >= 0 and tokens[j].is_word(*copulas)


def _says_nothing(tokens: list[Token], i: int) -> bool:
    """'has revealed nothing at all', 'said nothing new about …': the verb's object is
    'nothing' (not 'farmers say nothing could be further from the truth', a clause)."""
    if not (i + 1 < len(tokens) and tokens[i + 1].is_word("nothing")):
        return False
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    return after is None or after.kind == PUNCT or after.is_word(*lx.AFTER_SAYING_NOTHING)


def _negated(tokens: list[Token], i: int) -> bool:
    """A 'not', 'never' or '-n't' among the auxiliaries and adverbs right before the verb."""
    j = i - 1
    while j >= 0 and tokens[j].kind == WORD:
        word = tokens[j].lower.replace("’", "'")
        if word in lx.NEGATIONS or word.endswith("n't"):
            return True
        if word not in lx.SKIPPABLE and not word.endswith("ly"):
            return False
        j -= 1
    return False


def _takes_base_form(prev: Token) -> bool:
    """A bare verb after a modal ("will insist") or a plural subject ("analysts say")."""
    if prev.kind == MENTION:
        return not prev.mention.possessive
    if prev.kind != WORD:
        return False
    word = prev.lower
    return (
        word in lx.MODALS
        or word in ("they", "we", "i", "you")
        or (word.endswith("s") and word.isalpha() and word not in lx.FUNCTION_WORDS | lx.SKIPPABLE)
    )


def is_tail_source(tokens: list[Token], cue: Cue) -> bool:
    """', the State Department said.' (or ', announced the U.S. Department of Agriculture.')
    closing a sentence whose content another speaker said: a cited source, like 'according
    to'."""
    if cue.pattern == INVERSION and cue.subject is not None and cue.verb > 0:
        rest = _after_apposition(tokens[cue.subject + 1 :])
        # "… if our competitor wins gold - said Gashi.": a dash closes a dash-framed quotation
        dash = tokens[cue.verb - 1].text in lx.ASIDE_DASHES
        return (_clause_comma(tokens[cue.verb - 1]) or dash) and _closes_sentence(rest)
    if cue.pattern != SUBJECT or cue.subject is None or cue.subject == 0:
        return False
    between = tokens[cue.subject + 1 : cue.verb]
    # ", a trade ministry official told": the body's voice
    voice = len(between) == 1 and between[0].is_word(*lx.GOVERNMENT_VOICES)
    if between and not voice and not (between[0].text == "," and between[-1].text == ","):
        return False  # only a parenthetical may stand between ("the statement, signed by …,")
    before = _voice_start(tokens, cue.subject) - 1  # ", an official from the ministry told"
    if before > 0 and tokens[before].is_word("the"):
        before -= 1  # ", the ministry said", ", the U.S. said": the subject's article
    elif before > 0 and voice and tokens[before].is_word("the", "a", "an"):
        before -= 1
    if not _clause_comma(tokens[before]):  # ", the ministry said" / "“…,” the ministry said"
        return False
    if _coordinated(tokens, cue.subject, cue.verb) is not None:
        return False  # "Japan, S. Korea agree on …": the comma joins a headline's pair
    rest = tokens[cue.verb + 1 :]
    while rest and rest[0].is_word(*lx.TAIL_SKIPPABLE):
        rest = rest[1:]
    if tokens[cue.verb].lower in lx.INVERTIBLE:
        # ", Xie told a news conference", ", an official told the Hürriyet Daily News"
        rest = rest[_listener_length(rest) or _outlet_length(rest) :]
    return _closes_sentence(rest)


def voice_before(tokens: list[Token], j: int) -> int | None:
    """Index of the voice noun whose body is the mention at j ('a spokesman for the local
    fisheries ministry', 'an official at the ministry'), or None."""
    return next((v for v in (j - 2, j - 3) if v >= 0 and body_of_voice(tokens, v) == j), None)


def _voice_for_titled(tokens: list[Token], j: int) -> int | None:
    """'A spokesperson for (Health Minister) Peter Dutton': the index of the voice noun whose
    actor is the mention at j, perhaps past its title, or None."""
    start = _title_start(tokens, j)
    if start == j:
        return voice_before(tokens, j)
    p = start - 1 - (start > 0 and tokens[start - 1].is_word("the"))
    named = p > 0 and tokens[p].is_word(*lx.VOICE_PREPOSITIONS)
    return p - 1 if named and tokens[p - 1].is_word(*lx.PERSONAL_VOICES) else None


def _voice_start(tokens: list[Token], j: int) -> int:
    """Where the voice of the body at j opens after the sentence's first word ('an official from
    the Ministry of Justice': at 'an'), or j itself when no such voice stands before it."""
    v = voice_before(tokens, j)
    if v is None or v == 0:
        return j
    k = v - 1
    while k > 0 and tokens[k].is_word(*lx.RANK_WORDS):
        k -= 1  # "a senior official of"
    return k if tokens[k].is_word("a", "an", "the") else v


def _after_apposition(rest: list[Token]) -> list[Token]:
    """What follows an inverted source's apposition (", said Chong Quan, the spokesman of the
    Chinese Ministry of Commerce."): a comma and a noun phrase with no verb, clause or quote;
    not the next item of a list (", Scott McClellan, and aides.")."""
    if not rest or rest[0].text != "," or (len(rest) > 1 and rest[1].is_word("and", "or")):
        return rest
    k = 1
    # a slash or ampersand joins words inside the phrase ("the nutrition and HIV/AIDS unit")
    while k < len(rest) and (rest[k].kind in (MENTION, WORD) or rest[k].text in ("/", "&")):
        word = rest[k].lower  # no relative, speech verb or auxiliary (", … Russia was looking")
        if word in lx.RELATIVES or word in lx.FINITE_FORMS or word in lx.AUXILIARIES:
            return rest
        k += 1
        if k + 2 < len(rest) and rest[k].text == "(" and rest[k + 2].text == ")":
            k += 3  # "the Directorate General of Drug Administration (DGDA)": a short form
    short_form = k + 1 < len(rest) and rest[k].text == "," and is_acronym(rest[k + 1].text)
    if k > 1 and short_form and (k + 2 == len(rest) or rest[k + 2].text in ".!?"):
        k += 2  # "…, President of the International Federation of Psoriasis Associations, IFPA."
    return rest[k:] if k > 1 else rest


def _clause_comma(tok: Token) -> bool:
    """A comma that ends a clause, alone or closing a quotation ('“…,” the ministry said')."""
    return tok.text == "," or (tok.kind == QUOTE and tok.text.rstrip('”"’»').endswith(","))


def _closes_sentence(rest: list[Token]) -> bool:
    """What follows a closing source says nothing more: the end, or where and how it spoke
    (", the ministry said in a statement on its website")."""
    while rest and rest[0].is_word(*lx.TAIL_SKIPPABLE):
        rest = rest[1:]
    if len(rest) > 1 and rest[0].text == ",":
        # "…, said the Director of RGZ, Borko Drašković, MSc, at the celebration", "…, said …
        # Boris Gelfand, just ahead of the match"
        k = 1
        while k < len(rest) - 1 and rest[k].is_word(*lx.TAIL_DEGREE_WORDS):
            k += 1
        if rest[k].is_word(*lx.TAIL_PREPOSITIONS):
            rest = rest[k:]
    if rest and rest[0].is_word(*lx.TAIL_PREPOSITIONS):
        return not any(t.kind == QUOTE or t.text in ",;" or t.is_word("that") for t in rest)
    if rest and rest[0].is_word("to") and len(rest) <= lx.MAX_TRAILING_WORDS + 3:
        # whom it was said to: "…, said Association representative Alexandr Slusari to our
        # radio station."
        return all(t.kind == WORD or t.text in ".!?" for t in rest[1:])
    return all(t.text in ".!?" for t in rest)


def _listener_length(rest: list[Token]) -> int:
    """Tokens of a listener right after 'told': a mention, 'reporters', 'a (regular) news
    briefing'; 0 when none."""
    if rest and rest[0].kind == MENTION:
        return 1
    k = 1 if rest and rest[0].is_word("a", "an", "the") else 0
    for n in range(k, min(k + 3, len(rest))):
        if rest[n].kind != WORD:
            return 0
        if rest[n].lower in lx.LISTENERS:
            return n + 1
    return 0


def _outlet_length(rest: list[Token]) -> int:
    """Tokens of an outlet the study does not list, right after a closing source's 'told' ('…,
    an official from the embassy told the Hürriyet Daily News on May 14', 'told the Samoa
    Observer'); 0 when none."""
    k = 1 if rest and rest[0].is_word("the") else 0
    named = k
    while named < min(k + lx.MAX_OUTLET_WORDS, len(rest)) and (
        _is_name_word(rest[named]) or _unpossessed_mention(rest[named])
    ):
        named += 1
    return named if named > k else 0


def _has_particle(tokens: list[Token], i: int, lemma: str) -> bool:
    """The particle or object the verb needs, next or one word later ("raised serious
    concerns"), or a few words later for an object ("raised a number of issues"); 'call' also
    reports speech as "what X calls" and "calls it “…”"."""
    if lemma == "refer":
        return _refers_in_words(tokens, i)
    start = i + 1
    if tokens[start : start + 1] and tokens[start].is_word("on"):
        if tokens[start + 1 : start + 2] and tokens[start + 1].lower in lx.WEEKDAYS:
            start += 2  # "called on Tuesday for …": a day, then the particle
    window = tokens[start : start + lx.PARTICLE_WINDOW.get(lemma, 2)]
    # plain words only: "called Wang on Monday" is a call to Wang, no "call on"; an owner may
    # come between ("raised Nepal's objection")
    following = takewhile(lambda t: t.kind == WORD or _possessive_mention(t), window)
    particles = {t.lower for t in following} & lx.PARTICLES[lemma]
    if particles - lx.VISIT_PARTICLES:
        return True
    if particles:
        # "called on Japan to respect …" urges; "called on the minister on Wednesday" visits
        return _urges(tokens, i)
    if lemma != "call":
        return False
    return (
        (any(t.is_word("what") for t in tokens[max(i - 4, 0) : i]) and not _place_name(tokens, i))
        or _quote_named(tokens, i)
        or _names_as(tokens, i)
        or _judged_as(tokens, i)
    )


def _quote_named(tokens: list[Token], i: int) -> bool:
    """A quotation right after "call" ('called it "a disgrace"'), or one ending a longer object
    in the same clause ('called the Turkish court's decision to annul … "a provocation"'); not
    a title in quotation marks right after "the" ('thus called the “Father of Curling in
    Japan”'), which names the subject."""
    if _quoted_title(tokens, i + 1):
        return False
    if any(t.kind == QUOTE for t in tokens[i + 1 : i + 6]):
        return True
    for tok in tokens[i + 1 : i + 1 + lx.MAX_CALLED_OBJECT]:
        if tok.kind in (QUOTE, PUNCT):
            return tok.kind == QUOTE
    return False


def _quoted_title(tokens: list[Token], k: int) -> bool:
    """'the' at k, then a quotation that ends the phrase, its words capitalised (short words
    aside)."""
    if not (k + 1 < len(tokens) and tokens[k].is_word("the") and tokens[k + 1].kind == QUOTE):
        return False
    if k + 2 < len(tokens) and tokens[k + 2].kind != PUNCT:
        return False  # "called the “America First” policy a provocation": a verdict
    words = [w.strip("“”‘’\"'") for w in tokens[k + 1].text.split()]
    return any(words) and all(w[:1].isupper() for w in words if len(w) > 3)


def _refers_in_words(tokens: list[Token], i: int) -> bool:
    """'referred to the joint adoption in 2014 of …' (the past tense, "to" right after it and a
    noun phrase after that) raises a matter in words, and so does 'referred to allegations
    that … as “tired” and “libelous”' (past "as" and an article, a quotation: the label given
    in words); 'refers to the outcrop as Takeshima' only names, 'was referring to an attempt'
    explains what was meant, 'the gloves Jurin referred to is …' cites words already given."""
    if not (
        tokens[i].is_word("referred")
        and i + 2 < len(tokens)
        and tokens[i + 1].is_word("to")
        and tokens[i + 2].kind in (WORD, MENTION)
        and tokens[i + 2].lower not in lx.AUXILIARIES
    ):
        return False
    clause = tokens[i + 2 : i + 2 + lx.MAX_CALLED_OBJECT]
    for k, tok in enumerate(clause):
        if tok.kind in (QUOTE, PUNCT):
            return True
        if tok.is_word("as"):
            label = [t for t in clause[k + 1 : k + 4] if not t.is_word("a", "an", "the")]
            return bool(label) and label[0].kind == QUOTE
    return True


def _place_name(tokens: list[Token], i: int) -> bool:
    """'referring to what Japan calls the Senkakus.': the name a side gives a place, no view;
    'what it calls market-distorting state aid' characterises and still speaks."""
    k = i + 1
    if k < len(tokens) and tokens[k].is_word("the"):
        k += 1
    names = 0
    while k < len(tokens) and tokens[k].kind in (WORD, MENTION) and tokens[k].text[:1].isupper():
        names, k = names + 1, k + 1
    return names > 0 and (k == len(tokens) or tokens[k].kind == PUNCT)


def _urges(tokens: list[Token], i: int) -> bool:
    """'called on Japan to respect …': a 'to' before a verb (or a quotation) follows in the
    sentence; not 'to a luncheon'. Closing a quotation, the call urges what it quotes ('“… we
    need action now,” she called on Member States')."""
    if i >= 2 and _is_subject(tokens[i - 1]):
        if tokens[i - 2].kind == QUOTE or _closing_mark(tokens[i - 2]):
            return True
    rest = tokens[i + 2 : i + 2 + lx.MAX_URGED_OBJECT]
    for k, (tok, nxt) in enumerate(zip(rest, rest[1:], strict=False)):
        if tok.text in ".;:?!":
            return False
        if tok.is_word("in", "at") and _visited_office(rest[k + 1 :]):
            return False  # "called on Karachi Mayor Waseem Akhtar in his office … to discuss"
        if tok.is_word("to") and (
            nxt.kind == QUOTE or nxt.kind == WORD and nxt.lower not in lx.NOUN_PHRASE_OPENERS
        ):
            return True
    return False


def _visited_office(place: list[Token]) -> bool:
    """'his office', 'the secretariat' (after an 'in' or 'at'): where a call was paid."""
    if place and place[0].is_word(*lx.POSSESSIVE_DETERMINERS, "the"):
        place = place[1:]
    return bool(place) and place[0].is_word(*lx.VISITED_PLACES)


def _names_as(tokens: list[Token], i: int) -> bool:
    """'called the outbreak a public health emergency': an object, then what it is called, an
    indefinite noun phrase (not 'called a meeting')."""
    following = tokens[i + 1 : i + 2 + lx.MAX_NAMED_OBJECT]
    if not following or following[0].is_word("a", "an"):
        return False
    for tok in following[1:]:
        if tok.kind != WORD and tok.kind != MENTION:
            return False
        if tok.is_word("a", "an"):
            return True
    return False


def _judged_as(tokens: list[Token], i: int) -> bool:
    """'calls Canada's decision to legalize cannabis hypocritical and unacceptable', 'call sharp
    increase in U.S. softwood lumber duty unfair': an object, then an evaluative word (or two
    joined by 'and') that closes the clause; not 'Calls in Syrian Ambassador over Attacks'."""
    following = tokens[i + 1 : i + 2 + lx.MAX_JUDGED_OBJECT]
    if not following or following[0].is_word("a", "an", *lx.CALL_PARTICLES):
        return False
    for k, tok in enumerate(following[1:], start=i + 2):
        if tok.kind != WORD and tok.kind != MENTION:
            return False
        if tok.lower in evaluative_words():
            after = tokens[k + 1] if k + 1 < len(tokens) else None
            if after is None or after.kind == PUNCT:
                return True
            joined = k + 2 < len(tokens) and after.is_word("and")
            if joined and tokens[k + 2].lower in evaluative_words():
                return True
    return False


def _prev_word(tokens: list[Token], i: int) -> Token | None:
    j = i - 1
    while j >= 0 and tokens[j].is_word(
        "not", "also", "again", "never", "repeatedly", "only", "both"
    ):
        j -= 1
    opening = bracket_opening(tokens, j, 4) if j > 0 and tokens[j].text == ")" else None
    if opening and tokens[opening - 1].kind == MENTION:
        j = opening - 1  # "… Committee (The Bahamas) pledge": the glossed actor
    return tokens[j] if j >= 0 else None


def _open_relative(tokens: list[Token], j: int) -> int | None:
    """'Munshi who was in Guwahati on Tuesday to attend the meeting said': a relative clause
    that no comma closes runs from its 'who' to the verb; its antecedent, an actor, is the
    subject ('The envoy who met Xie on Tuesday said': the envoy). The clause holds words,
    actors it names and possessive marks ('stakeholders’ meeting'), no other punctuation and no
    quotation."""
    k = j
    while (
        k > 0
        and j - k < lx.MAX_OPEN_RELATIVE_WORDS
        and (tokens[k].kind in (WORD, MENTION) or tokens[k].text in ("’", "'"))
    ):
        if tokens[k].is_word("who"):
            antecedent = tokens[k - 1]
            if antecedent.kind == MENTION:
                return k - 1 if _is_subject(antecedent) else None
            # "The envoy who met Xie on Tuesday said": the noun, not the actor it met
            described = k >= 2 and tokens[k - 2].is_word("the", "a", "an")
            if described and antecedent.text.isalpha():
                return k - 1
            if antecedent.lower in lx.SPOKES_NOUNS:
                # "U.S. officials who spoke to Foreign Policy indicated": the voices' owner
                return _noun_owner(tokens, k - 1)
            return None
        k -= 1
    return None


def _skip_left(tokens: list[Token], j: int) -> int:
    while j >= 0 and _is_adverb(tokens[j]):
        j -= 1
    return j


def _is_adverb(tok: Token) -> bool:
    """'also', 'strongly', and an adverb quoted alone ("China ‘strongly’ opposes …")."""
    if tok.kind == QUOTE:
        words = _words_inside(tok)
        return len(words) == 1 and words[0].lower().endswith("ly")
    return tok.kind == WORD and (tok.lower in lx.SKIPPABLE or tok.lower.endswith("ly"))


def _skip_dated(tokens: list[Token], j: int) -> int:
    """'Nagbe on Thursday, August 2, 2018 disclosed', 'Bajwa in January had said': a date with
    its commas and numbers between the subject and the verb (one that starts with a day or month
    name and does not close a parenthetical: 'Kinyanjui, in a statement on Wednesday, said')."""
    if j < 0 or tokens[j].text == ",":
        return j
    if tokens[j].is_word("ago") and j >= 1 and tokens[j - 1].lower in lx.AGO_UNITS:
        # "the UK's Home Office minutes ago confirmed", "Seoul two days ago said"
        k = j - 2
        if (
            k >= 0
            and tokens[k].kind == WORD
            and (tokens[k].text.isdigit() or tokens[k].lower in lx.AGO_COUNTS)
        ):
            k -= 1
        return _skip_left(tokens, k)
    k = j
    while k >= 0 and (tokens[k].text.isdigit() or tokens[k].text == "," or _calendar(tokens[k])):
        k -= 1
    if k == j or not _calendar(tokens[k + 1]):
        return j
    if k >= 0 and tokens[k].is_word("in"):
        k -= 1  # "Asim Saleem Bajwa in January had said"
    return _skip_left(tokens, k)


def _calendar(tok: Token) -> bool:
    """A day or month name; not a person's name that is one ("May told lawmakers")."""
    return tok.kind == WORD and tok.lower in lx.CALENDAR_WORDS


def _adverbial_starts(tokens: list[Token], j: int) -> list[int]:
    """The prepositions that open a short phrase of how or when ending at j, nearest first
    ('in the city', then 'at a function in the city'): no punctuation or relative word in the
    phrase, and no name but a place's closing it after 'in' ('in its fifth session in Dhaka')."""
    starts = []
    for k in range(j, max(j - lx.MAX_ADVERBIAL, -1), -1):
        tok = tokens[k]
        # "that" after a preposition is a determiner ("had at that time insisted")
        after_preposition = k > 0 and tokens[k - 1].is_word(*lx.ADVERBIAL_PREPOSITIONS)
        determiner = tok.is_word("that") and after_preposition
        place = tok.kind == MENTION and k == j > 0 and tokens[k - 1].is_word("in")
        if (tok.kind != WORD and not place) or (tok.lower in lx.RELATIVES and not determiner):
            break
        if tok.lower in lx.ADVERBIAL_PREPOSITIONS and k < j:
            starts.append(k)
    return starts


def _participle_clause(tokens: list[Token], j: int) -> int | None:
    """Where a 'while/when + -ing' phrase ending at j opens (no punctuation, conjunction or
    form of 'be' inside it: not 'kidnapped by Hamas while visiting … and were … confirmed')."""
    for k in range(j - 1, max(j - lx.MAX_PARENTHETICAL, 0), -1):
        if tokens[k].is_word("while", "when") and tokens[k + 1].lower.endswith("ing"):
            return k
        if (
            tokens[k].kind in (PUNCT, QUOTE)
            or tokens[k].lower in lx.CLAUSE_CONJUNCTIONS | lx.BE_FORMS
        ):
            return None
    return None


def _actor_before_unknown_place(tokens: list[Token], j: int) -> int | None:
    """The actor whose 'of' phrase closes at j on a capitalised word the study does not know
    ('Governor Mustafa Buyuk of the northwestern province of Edirne'), or None."""
    if not (tokens[j].kind == WORD and tokens[j].text[:1].isupper()):
        return None
    for k in range(j - 1, max(j - lx.MAX_PLACE_PHRASE, -1), -1):
        tok = tokens[k]
        if tok.kind == MENTION:
            return k if tokens[k + 1].is_word("of") and not tok.mention.possessive else None
        if tok.kind != WORD or not (tok.is_word("of", "the") or _plain_word(tok)):
            return None
    return None


def _subject_before_meeting(tokens: list[Token], j: int) -> int | None:
    """'Iranian Foreign Minister Zarif in a meeting with Vice-Speaker of the Hungarian National
    Assembly István Jakab called for': the actor at j is whom the subject met; the subject is
    the actor right before 'in (a) meeting with' and the partner's title."""
    k = j - 1
    while (
        k > 0
        and j - k <= lx.MAX_TITLE_RUN
        and (
            tokens[k].kind == MENTION
            or tokens[k].is_word("of", "the")
            or tokens[k].text[:1].isupper()
        )
    ):
        k -= 1
    if not (k >= 3 and tokens[k].is_word("with") and tokens[k - 1].is_word(*lx.MEETING_NOUNS)):
        return None
    k -= 2
    if tokens[k].is_word("a", "the", *lx.POSSESSIVE_DETERMINERS):
        k -= 1
    if not (k >= 1 and tokens[k].is_word("in", "during")):
        return None
    subject = tokens[k - 1]
    return k - 1 if subject.kind == MENTION and not subject.mention.possessive else None


def _comma_before_participle(tokens: list[Token], j: int) -> int | None:
    """The comma that sets off a participle phrase ending at j, with no comma closing it before
    the verb ('…, presenting the items said'); None when there is no such phrase, or when a
    clause or an infinitive runs inside it ('…, adding that several rounds will follow to
    arrange details', '…, focusing on improving capacity to tackle oceanic challenges')."""
    for k in range(j, max(j - lx.MAX_PARENTHETICAL, 1), -1):
        tok = tokens[k]
        if tok.kind != WORD or tok.lower in lx.CLAUSE_CONJUNCTIONS | lx.CLAUSE_WORDS:
            return None
        if tok.is_word("that", "to") or tok.lower in lx.BE_FORMS:
            return None
        participle = tok.lower.endswith("ing") and tok.lower not in lx.ING_PREPOSITIONS
        if participle and tokens[k - 1].text == ",":
            return k - 1
    return None


def _skip_adverbial(tokens: list[Token], j: int, phrases: int = 2) -> int:
    """'China in a statement said', 'Kerry at a function in the city said', 'Nigeria has on
    several occasions assured', 'Osinbajo responding in an emailed statement said': the
    subject before a phrase of how or when that stands between it and the verb; up to
    `phrases` such phrases ('Ponomarev at the same time in an interview with TASS said'). A
    conjunction right before the verb ends the search: 'met the president on Monday and said'
    coordinates the verb with the clause's first, so no phrase before it is skipped."""
    if j > 0 and tokens[j].kind == MENTION and tokens[j - 1].is_word("in"):
        # "The council of … (IJSG) in its fifth session in Dhaka yesterday underscored": a
        # place closing the phrases, the subject before them; else the place as it stands
        subject = _subject_before_phrases(tokens, _adverbial_starts(tokens, j), phrases)
        return j if subject is None else subject
    if j < 0 or _is_subject(tokens[j]) or tokens[j].is_word("and", "but"):
        return j
    if joint_subject(tokens, j) is not None:
        return j  # "During the visit both leaders also confirmed": the pair, after the phrase
    if _role_after_opening_phrase(tokens, j):
        return j  # "At the same time the Ambassador advised": a role named before
    if _voice_at_office(tokens, j) is not None:
        return j  # "A senior official at the ministry said": the ministry, no place
    opening = _participle_clause(tokens, j)
    if opening is not None and _is_subject(tokens[opening - 1]):
        return opening - 1  # "Unicef representative while paying compliments to … said"
    comma = _comma_before_participle(tokens, j)
    if comma is not None:
        return comma  # "Francis Zachariae, delivering remarks at the ceremony said": his comma
    starts = _adverbial_starts(tokens, j)
    subject = _subject_before_phrases(tokens, starts, phrases)
    if subject is not None:
        return subject
    # No subject before the phrase ("…, but at the same time warned"): the word before it
    # stands in, so a coordinated verb is not read as an unknown speaker's ("time warned").
    return _skip_left(tokens, starts[0] - 1) if starts else j


def _role_after_opening_phrase(tokens: list[Token], j: int) -> bool:
    """'(But) at the same time the Ambassador advised': a definite role the article named
    before, right after a phrase of when or how that opens the sentence without a comma (not
    'stuck at the checkpoint after the department instructed')."""
    if not (j > 1 and tokens[j - 1].is_word("the") and is_anaphor(tokens, j)):
        return False
    opening = 1 if tokens[0].is_word("but", "and") else 0  # "But at the same time …"
    starts = _adverbial_starts(tokens, j - 2)
    return bool(starts) and starts[-1] == opening


def _subject_before_phrases(tokens: list[Token], starts: list[int], phrases: int) -> int | None:
    """The subject before the adverbial phrases opening at `starts` (nearest first), up to
    `phrases` of them, a bracketed gloss after it passed over; None when there is none."""
    for k in starts:
        before = k - 1
        if before >= 0 and tokens[before].kind == WORD and tokens[before].lower.endswith("ing"):
            before -= 1  # "responding in …"
        subject = _skip_left(tokens, before)
        if subject > 0 and tokens[subject].text == ")":
            subject = _glossed(tokens, subject)  # "… Study Group (IJSG) in its session"
        if subject >= 0 and _is_subject(tokens[subject]):
            return subject
        if phrases > 1 and subject >= 0:
            earlier = _skip_adverbial(tokens, subject, phrases - 1)
            if earlier >= 0 and _is_subject(tokens[earlier]):
                return earlier
    return None


def _voice_at_office(tokens: list[Token], j: int) -> int | None:
    """'an official at the ministry', 'a spokesman with the embassy': the index of a person's
    voice placed at the office the role noun at j refers back to, or None."""
    qualifiers = anaphor_qualifiers(tokens, j)
    if qualifiers is None or qualifiers.start < 3:
        return None
    preposition = qualifiers.start - 2  # before "the"
    voice = preposition - 1
    placed = tokens[preposition].is_word("at", "with", "in")
    return voice if placed and tokens[voice].is_word(*lx.PERSONAL_VOICES) else None


def _is_subject(tok: Token) -> bool:
    if tok.kind == MENTION:
        return not tok.mention.possessive
    return tok.kind == WORD and tok.lower in lx.PRONOUNS


def _group_listed_in_dashes(tokens: list[Token], close: int) -> int | None:
    """'four NATO states – Estonia, Latvia, Lithuania and Poland – signaled', 'Other neighboring
    countries — Latvia, Poland, and Finland — have announced': the last actor of the list
    (its conjuncts speak with it) that a dashed aside after a plural group noun gives."""
    last = close - 1
    if last < 3 or tokens[last].kind != MENTION or not tokens[last - 1].is_word("and"):
        return None
    k = last - 2
    while k >= 0 and (tokens[k].kind == MENTION or tokens[k].text == ","):
        if tokens[k].kind == MENTION and tokens[k].mention.possessive:
            return None
        k -= 1
    grouped = k >= 1 and tokens[k].text == tokens[close].text
    return last if grouped and tokens[k - 1].lower in lx.COUNTED_GROUP_NOUNS else None


def _before_dashed_aside(tokens: list[Token], close: int) -> int | None:
    """The subject before an aside between two dashes (not always of one kind: "Nela Kuburovic
    - the Justice Minister – stated") that closes at `close`, with no quotation, colon,
    semicolon or other dash inside it, and no comma unless it opens in lowercase ("Egypt –
    downstream of the dam, like Sudan – said", not "countries bordering Ukraine—Romania,
    Poland, and Bulgaria—have expressed"); or the last actor of a group's list the aside
    gives."""
    listed = _group_listed_in_dashes(tokens, close)
    if listed is not None:
        return listed
    commas = False
    for k in range(close - 1, max(close - 1 - lx.MAX_PARENTHETICAL, 0), -1):
        if tokens[k].text in lx.ASIDE_DASHES:
            if commas and not tokens[k + 1].text.islower():
                return None
            j = _skip_left(tokens, k - 1)
            if j > 0 and tokens[j].text == ")":
                j = _glossed(tokens, j)  # "The National Institute … (NIGSD) – the training arm …"
            return j if j >= 0 and _is_subject(tokens[j]) else None
        if tokens[k].kind == QUOTE or tokens[k].text in (";", ":"):
            return None
        commas = commas or tokens[k].text == ","
    return None


# Words of the states' demonyms ("Chinese", "New Zealander"): a name before a state's name.
_DEMONYM_WORDS = frozenset(word for names in DEMONYMS.values() for d in names for word in d.split())


def _outlet_named_for_state(tokens: list[Token], j: int, verb: int) -> bool:
    """'Sputnik Azerbaijan reported', 'Radio Pakistan reports': a state's name at j after a
    capitalised word that is no title, honorific or demonym, relaying as an outlet does, is
    the end of the outlet's name."""
    state = tokens[j]
    if j < 1 or state.kind != MENTION or state.mention.possessive or state.text not in DEMONYMS:
        return False
    if not tokens[verb].is_word(*lx.RELAYING_FORMS):
        return False
    word = tokens[j - 1]
    titled = word.lower in lx.TITLE_WORDS | lx.ROLE_WORDS | lx.HONORIFICS | lx.COURTESY_TITLES
    return _is_name_word(word) and not titled and word.text not in _DEMONYM_WORDS


def _past_behalf(tokens: list[Token], j: int) -> int:
    """Where the text before an 'on behalf of' phrase ending at j ends ('Ambassador Haque on
    behalf of the Government of Pakistan and the Pakistan Navy thanked': Haque speaks for
    them); j itself when no such phrase ends there."""
    for k in range(j, max(j - lx.MAX_BEHALF_WORDS, 2) - 1, -1):
        if tokens[k].kind == PUNCT or tokens[k].kind == QUOTE:
            return j
        if (
            tokens[k].is_word("of")
            and tokens[k - 1].is_word("behalf")
            and tokens[k - 2].is_word("on")
        ):
            return k - 3 if k < j else j
    return j


def _shared_subject(tokens: list[Token], conjunction: int) -> int | None:
    """The subject a verb shares when 'and' joins it to the clause's first verb: the clause's
    first actor, followed by its own verb (a plain lower-case word), in 'Belarus expelled all
    Latvian diplomats and demanded an apology' (the clause opening at the sentence, past an
    opening phrase, or after ', and' or ';')."""
    start = 0
    for k in range(conjunction - 1, 0, -1):
        if tokens[k].text == ";" or (tokens[k].is_word("and", "but") and tokens[k - 1].text == ","):
            start = k + 1
            break
    mentions = (k for k in range(start, conjunction) if tokens[k].kind == MENTION)
    m = next((k for k in mentions if not tokens[k].mention.possessive), None)  # "Tonga's Minister"
    if m is None or any(t.is_word("which", "who", "whom") for t in tokens[m + 1 : conjunction]):
        return None  # "… against Baltic Amber, which sells … and says": the relative's verbs
    # only its title before it, and perhaps an opening phrase's comma ("Prior to the meeting,
    # Japanese Health, Labor and Welfare Minister Yoichi Masuzoe met …")
    k = m - 1
    while k >= start and (
        # a title's words, not a clause's opening ("After the Indian Mission", "A Gallaudet")
        (_is_name_word(tokens[k]) and tokens[k].lower not in lx.FUNCTION_WORDS | lx.CLAUSE_OPENERS)
        or tokens[k].kind == MENTION
        or tokens[k].is_word("the", "and")
        or tokens[k].text == ","
    ):
        k -= 1
    opens = k < start or tokens[k + 1].text == ","
    verb = tokens[m + 1]
    acts = verb.kind == WORD and verb.text.isalpha() and verb.text.islower()
    return m if opens and acts and verb.lower not in lx.FUNCTION_WORDS else None


def _subject_index(tokens: list[Token], verb: int) -> int | None:
    """Token index of the verb's subject, jumping over one comma-delimited parenthetical
    ("Kerry, who visited Japan ..., said"). An unknown name whose apposition names the office
    it speaks for ("Mao Ning, a spokeswoman for the foreign ministry, said") gives the office."""
    aspect = _aspect_verb(tokens, verb)
    verb = verb if aspect is None else aspect  # "Sudan continues to insist": Sudan
    j = _skip_left(tokens, verb - 1)
    if j >= 0 and (antecedent := _open_relative(tokens, j)) is not None:
        return antecedent  # "Munshi who was in Guwahati on Tuesday to attend … said"
    closed = j > 0 and tokens[j].text == ","
    antecedent = _open_relative(tokens, j - 1) if closed else None
    if antecedent is not None and all(_is_name_word(t) for t in tokens[:antecedent]):
        # "New Zealand High Commissioner Mark Ramsden who was the chief guest of the event,
        # said": the clause's closing comma alone written, its antecedent opening the sentence
        # (not "William Duncan, deputy secretary general of the Hague Conference who was …,")
        return antecedent
    j = _past_behalf(tokens, _skip_adverbial(tokens, _skip_dated(tokens, j)))
    if j > 0 and tokens[j].is_word("and") and (shared := _shared_subject(tokens, j)) is not None:
        return shared  # "Masuzoe met with … Chen Zhu and urged the Chinese to …": Masuzoe
    if j >= 0 and tokens[j].is_word("i", "we"):
        # "On behalf of the people of the United States, I offer": the one speaking, not the
        # actor an opening phrase names
        return None
    if j >= 0 and tokens[j].text == ")":
        j = _glossed(tokens, j)
    if j > 0 and tokens[j].text in lx.ASIDE_DASHES:
        return _before_dashed_aside(tokens, j)  # "Albin Kurti — no friend of Serbia — announced"
    if j > 0 and tokens[j].text == "," and _appositive_mention(tokens, j - 1):
        return j - 1  # "Harriett Baldwin, a Foreign Office minister, said": the study's alias
    if j > 0 and tokens[j].text == "," and (titled := _name_after_title(tokens, j)) is not None:
        return titled  # "Minister for Communications, …, Cities and the Arts the Hon Paul Fletcher"
    if j >= 0 and tokens[j].kind == PUNCT and tokens[j].text == ",":
        comma = j
        j = _before_parentheticals(tokens, j)
        if j is None:
            return _subject_before_stray_comma(tokens, comma)
        if isinstance(j, tuple):
            return j[0]
        if _name_apposed_to_role_head(tokens, j, comma):
            return comma - 1  # "The Spanish ambassador, Manuel Duran Gimenez-Rico, said": him
    if j < 0:
        return None
    occasioned = _document_of_occasion(tokens, j)
    if occasioned is not None:
        j = occasioned  # "the joint statement issued after the visit said": the statement
    if _visited_place(tokens, j):
        j -= 2  # "Officials from Qatar's transport ministry visiting Sudan told": the visitors
    if (owner := _actor_before_unknown_place(tokens, j)) is not None:
        return owner  # "Governor Mustafa Buyuk of the northwestern province of Edirne said"
    if (host := _subject_before_meeting(tokens, j)) is not None:
        return host  # "Zarif in a meeting with Vice-Speaker … István Jakab called for": Zarif
    if (opener := _subject_before_open_aside(tokens, j)) is not None:
        return opener  # "Ambassador Subasinghe, commenting on Senate approval said"
    if tokens[j].is_word("who", "which"):
        # "Foreign Minister Gyawali(,) who conveyed Nepal's claims", "China, which claims the
        # islands": the relative's antecedent
        k = j - 2 if j >= 2 and tokens[j - 1].text == "," else j - 1
        # "Lee Myeong-ku, commissioner of the Korea Customs Service, who says"; not "… met Japan,
        # China and Korea, who said": Korea
        apposed = k == j - 2 and (not _is_subject(tokens[k]) or _ends_in_body_of_role(tokens, k))
        named = (
            _named_before_apposition(tokens, k) if apposed and tokens[j].is_word("who") else None
        )
        if named is not None:
            return named
        return k if k >= 0 and _is_subject(tokens[k]) else None
    body = j - 2 if _placed_in(tokens, j) else j  # "… Sciences in China said": the body
    head = _name_before_title(tokens, body) if _unnamed_body_of_role(tokens, body) else None
    if head is not None:
        return head  # "Chaudhry, head of the national meteorological department said": him
    if _ends_in_body_of_role(tokens, body):
        head = _name_before_title(tokens, body)
        if head is None and _opening_name_then_the_title(tokens, body):
            head = 0  # "Park Youngshin the Deputy Country Director of KOICA (…) said": Park
        if head is not None:
            return head  # "X, chair of the Arctic Council stated": X, not the council
        head = _body_of_body(tokens, body)
        if head is not None:
            return head  # "the Rapid Alert System (RASFF) of the European Commission informed"
        role = body - 3 if tokens[body - 1].is_word("the") else body - 2
        if _owned_title(tokens, role):
            return role  # "North Korea's envoy to the U.N. requested": North Korea's envoy
        if tokens[role].is_word(*lx.GOVERNING_ORGANS) and tokens[role + 1].is_word("of"):
            return body  # "The council of International Jute Study Group underscored": the group
    if _body_after_open_title(tokens, j):
        head = _name_before_title(tokens, j - 2)
        if head is not None:
            return head  # "Niclas Jacobson, Deputy Director-General, Ministry of Health … said"
    head = _name_then_bare_title(tokens, j)
    if head is not None:
        return head  # "Dr. Yousuf Khushk Chairman PAL said": the chairman, not the academy
    envoy = _envoy_sent_to(tokens, j)
    if envoy is not None:
        return envoy  # "the British delegation to the meeting called": the delegation
    head = _name_before_owned_role(tokens, j, verb)
    if head is not None:
        return head  # "Muhammad Arshad, the Pakistan federation's secretary claimed": Arshad
    member = _member_with_body(tokens, j)
    if member is None:
        member = _member_of_unlisted_body(tokens, j)
    if member is not None:
        return member  # "Lance Robinson with the U.S. Customs and Border Protection said"
    if tokens[j].kind == MENTION and _governed(tokens, j, lx.OBJECT_PREPOSITIONS):
        return None  # "A diplomatic note handed to Russia stipulates": Russia receives it
    if tokens[j].kind == MENTION and _closes_between_pair(tokens, j):
        return None  # "An agreement between Russia and Nicaragua confirms": the pact's parties
    if tokens[j].kind == MENTION and _signed_pact_party(tokens, j):
        return None  # "The MOU signed by ECLAC's executive secretary … and César Núñez … states"
    if tokens[j].kind == MENTION and _region_of(tokens, j):
        return None  # "The rescue … in eastern Myanmar last month raised alarm": a place
    if _outlet_named_for_state(tokens, j, verb):
        return None  # "…, Sputnik Azerbaijan reported.": an outlet, not the state
    tok = tokens[j]
    named = name_after_role(tokens, j)
    if named is not None:
        j = named  # "foreign ministry spokesperson Zhao Lijian told": the role's actor
    elif (
        tok.kind == WORD
        and (tok.lower in lx.SPOKES_NOUNS | lx.OWNED_ORDERS or _press_unit(tokens, j))
        and (owner := _noun_owner(tokens, j)) is not None
    ):
        # "the State Department spokesperson said", "the chairman's statement cites", "the
        # committee's press service said"; "Jacques Du Toit, US Embassy spokesperson said": the
        # spokesperson named before
        return _named_before_comma(tokens, owner) if tok.is_word(*lx.SPOKESPERSONS) else owner
    elif tok.kind == MENTION and j >= 2 and tokens[j - 1].is_word(*lx.PLACE_PREPOSITIONS):
        j = _placed_subject(tokens, j)
    elif (head := _head_placed_by_pair(tokens, j)) is not None:
        j = head  # "six companies from Belarus and Lithuania asked"
    elif (body := _body_of_unnamed_officer(tokens, j)) is not None:
        return body  # "The NTSB chairman said": an unnamed officer speaks for the body
    elif _is_name_word(tok):
        j = _speaker_before_place(tokens, j)
    tok = tokens[j]
    if _is_subject(tok) or is_anaphor(tokens, j) or former_latter(tokens, j) is not None:
        return j
    if bare_placed_body(tokens, j):
        return j  # "The customs reported that …": the body the article's place names
    named = _name_before_title(tokens, j)
    if named is None:
        named = _name_before_portfolio(tokens, j)
    if named is not None:
        return named
    if joint_subject(tokens, j) is not None or counted_group(tokens, j) is not None:
        return j  # "The two sides agreed to set up a group", "The three countries said"
    if _owned_title(tokens, j):
        return j  # "Ivory Coast minister calls for …": an actor's role, whoever holds it
    lead = _leads_others(tokens, j)
    if lead is not None:
        return lead  # "The US and a number of other countries have voiced concerns"
    # An unknown speaker ("analysts say") still interrupts a chain of quotes.
    if (
        tok.kind == WORD
        and (tok.text.replace(".", "").isalpha() or _is_name_word(tok))  # "chosun.com", "Al-Walidi"
        and tok.lower not in lx.SKIPPABLE | lx.FUNCTION_WORDS
        and not tok.is_word(*lx.TIME_SUBORDINATORS | lx.SUBORDINATORS)  # "…, when asked if"
        and (
            tokens[verb].lower in lx.INVERTIBLE | {"say", *lx.PERFECT_PARTICIPLES}
            or _opening_stranger(tokens, j, verb)
        )
    ):
        return j  # "Mr Khan had written": a written word like a said one
    return None


def _opening_stranger(tokens: list[Token], j: int, verb: int) -> bool:
    """'Rocket Lab welcomed the agreement, saying …': a name of two or more capitalised words
    that no actor has opens the sentence right before its speech verb, so a speaker the study
    does not know speaks (and no one goes on speaking into it)."""
    name = tokens[: j + 1]
    return (
        verb == j + 1
        and len(name) >= 2
        and name[0].lower not in lx.FUNCTION_WORDS
        and all(_is_name_word(t) for t in name)
    )


def _envoy_sent_to(tokens: list[Token], j: int) -> int | None:
    """'the British delegation to the meeting', 'the EU mission to Russia': a delegation or
    mission whose 'to' phrase, ending at j (plain words or one actor), names where it was sent;
    the delegation's mention."""
    k = j - 1
    if _lower_content_word(tokens[j]):
        while k > j - 3 and k >= 0 and _lower_content_word(tokens[k]):
            k -= 1  # "to the climate talks"
    elif tokens[j].kind != MENTION:
        return None
    if k >= 0 and tokens[k].is_word("the"):
        k -= 1
    if k < 1 or not tokens[k].is_word("to"):
        return None
    head = tokens[k - 1]
    sent = head.kind == MENTION and not head.mention.possessive
    return k - 1 if sent and head.text.split()[-1].lower() in lx.ENVOY_NOUNS else None


def _appositive_mention(tokens: list[Token], k: int) -> bool:
    """A mention at k whose study alias holds its own apposition ('Harriett Baldwin, a Foreign
    Office minister', 'secretary general, Ronald Noble', 'WHO Regional Director for Africa, Dr
    Ebrahim M. Samba'; not 'Ministry of Works, Transport and Communications'), so the comma after
    it closes that apposition, and which is neither a second conjunct ('X, …, and Y, …, both
    described') nor a preposition's object ('Sokhun Ty, a senior official of the Cambodian
    ministry of agriculture, forestry and fisheries, said')."""
    tok = tokens[k]
    if tok.kind != MENTION or tok.mention.possessive or ", " not in tok.mention.surface:
        return False
    head, _, tail = tok.mention.surface.partition(", ")
    # "WHO Regional Director for Africa, Dr Ebrahim M. Samba": a role, then its holder
    titled = any(w.lower() in lx.APPOSITION_ROLES for w in head.split())
    if not (head[:1].islower() or tail[:1].islower() or titled):
        return False
    paired = k >= 3 and tokens[k - 1].is_word("and") and tokens[k - 3].kind == MENTION
    return not paired and not _governed(tokens, k, lx.GOVERNING_WORDS)


def _body_of_body(tokens: list[Token], j: int) -> int | None:
    """'the Rapid Alert System (RASFF) of the European Commission', 'Mathura Dangol at the
    Ministry of Water Resources': the actor an 'of' or 'at' phrase ending at j belongs to, named
    (or glossed) right before it."""
    of = j - 2 if tokens[j - 1].is_word("the") else j - 1
    if of < 1 or not tokens[of].is_word("of", "at"):
        return None
    head = _glossed(tokens, of - 1) if tokens[of - 1].text == ")" else of - 1
    return head if head >= 0 and tokens[head].kind == MENTION else None


def _glossed(tokens: list[Token], close: int) -> int:
    """'the African Union (AU) said': the subject a bracket closing at `close` glosses (-1 when
    none opens); the gloss itself when it alone names an actor ('the Ministry of Foreign
    Affairs (MOFA) said')."""
    opening = bracket_opening(tokens, close, 11)
    glossed = -1 if opening is None else _skip_left(tokens, opening - 1)
    gloss = opening is not None and close == opening + 2 and _is_subject(tokens[opening + 1])
    named = glossed >= 0 and _is_subject(tokens[glossed])
    return opening + 1 if gloss and not named else glossed


def _leads_others(tokens: list[Token], j: int) -> int | None:
    """'The US and a number of other countries': the actor joined to a group of unnamed
    others, which speaks with them."""
    if not tokens[j].is_word(*lx.OTHERS_NOUNS):
        return None
    for k in range(j - 1, max(j - 1 - lx.MAX_OTHERS_WORDS, 0), -1):
        if tokens[k].kind != WORD:
            return None
        if tokens[k].is_word("and"):
            head = k - 1
            return head if _is_subject(tokens[head]) and tokens[head].kind == MENTION else None
    return None


def _member_with_body(tokens: list[Token], j: int) -> int | None:
    """'Lance Robinson with the U.S. Customs and Border Protection said', 'Lazaro Msasalaga
    from the Tanzania Bureau of Standards told', 'Riina Solman heading the Riigikogu friendship
    group stressed': the actor right before 'with (the)', 'from (the)' or 'heading (the)' and
    the body at j that it works for or leads; the body itself after a voice ('A spokesperson
    with the Ministry of Commerce has clarified')."""
    if tokens[j].kind != MENTION or not _governed(tokens, j, lx.MEMBER_LINKS):
        return None
    member = (j - 2 if tokens[j - 1].is_word("the") else j - 1) - 1
    if member >= 0 and tokens[member].kind == MENTION and _is_subject(tokens[member]):
        return member
    if member >= 0 and tokens[member].is_word(*lx.PERSONAL_VOICES, *lx.PLURAL_VOICES):
        return j  # "Officials with Taiwan's Chinese Shaolin Association responded"
    return _opening_name_before_open_role(tokens, member)


def _opening_name_before_open_role(tokens: list[Token], end: int) -> int | None:
    """'Tobin Bradley, Director, International Narcotics and Law Enforcement (INL), from the
    United States Embassy in Mexico expressed': the actor opening the sentence, set off by a
    comma before a role phrase ending at `end` that is never closed, holding a role word and
    no other actor."""
    if not (
        2 < end < lx.MAX_APPOSITION
        and tokens[0].kind == MENTION
        and _is_subject(tokens[0])
        and tokens[1].text == ","
    ):
        return None
    phrase = tokens[2 : end + 1]
    if any(t.kind == MENTION for t in phrase) or not any(_role_word(t) for t in phrase):
        return None
    return 0


def _member_of_unlisted_body(tokens: list[Token], j: int) -> int | None:
    """'Major Ngo Ngoc Minh of the coastal border guards said': an actor, then 'of the', 'at
    the' or 'from the' and a body the study does not list (a few words ending at j, no actor
    among them): the actor speaks, not the unlisted body."""
    k = j
    while k >= 0 and j - k < lx.MAX_UNLISTED_BODY_WORDS and tokens[k].kind == WORD:
        if tokens[k].lower in lx.FUNCTION_WORDS:
            break
        k -= 1
    if k == j or k < 2 or not tokens[k].is_word("the"):
        return None  # "Iran Air of measures announced …": no body, a noun the verb describes
    k -= 1
    if not tokens[k].is_word("of", "at", "from"):
        return None
    head = k - 1
    return head if tokens[head].kind == MENTION and _is_subject(tokens[head]) else None


def _owned_title(tokens: list[Token], j: int) -> bool:
    """'Ivory Coast minister', "North Korea's top envoy": a title after its actor, a rank word
    allowed between."""
    owner = j - 2 if j > 1 and tokens[j - 1].is_word(*lx.RANK_WORDS) else j - 1
    return j >= 0 and tokens[j].is_word(*lx.TITLE_WORDS) and owner >= 0 and _owner(tokens[owner])


def _governed(tokens: list[Token], j: int, prepositions: frozenset[str]) -> bool:
    """The word before j (or before its 'the') is one of the prepositions."""
    before = j - 2 if j > 1 and tokens[j - 1].is_word("the") else j - 1
    return before >= 0 and tokens[before].is_word(*prepositions)


def _closes_between_pair(tokens: list[Token], j: int) -> bool:
    """'between Russia and Nicaragua': the mention at j closes a pair that 'between' opens."""
    k = j - 2 if j > 1 and tokens[j - 1].is_word("the") else j - 1
    if k < 2 or not tokens[k].is_word("and") or tokens[k - 1].kind != MENTION:
        return False
    return _governed(tokens, k - 1, lx.PAIR_PREPOSITIONS)


def _visited_place(tokens: list[Token], j: int) -> bool:
    """The mention at j is the place a participle sets after the subject's own mention ("Qatar's
    transport ministry visiting Sudan"), not a visiting guest joined to another subject ("Xi
    Jinping and visiting U.S. President Donald Trump")."""
    if j < 2 or tokens[j].kind != MENTION or not tokens[j - 1].is_word(*lx.VISITING_FORMS):
        return False
    visitor = tokens[j - 2]
    return visitor.kind == MENTION and not visitor.mention.possessive


def _signed_pact_party(tokens: list[Token], j: int) -> bool:
    """'The MOU signed by ECLAC's executive secretary, Alicia Bárcena, and César Núñez': the
    mention at j closes the signatories of a pact the sentence opens with, whose text then
    speaks for no one (a pact's provisions give none)."""
    by = next((k for k in range(j - 1, 1, -1) if tokens[k].is_word("by")), None)
    if by is None or not tokens[by - 1].is_word(*lx.SIGNING_PARTICIPLES):
        return False
    if any(t.kind == WORD and t.lower in lx.FINITE_FORMS for t in tokens[by + 1 : j]):
        return False  # the mention belongs to a clause of its own
    head = tokens[: by - 1]
    return 0 < len(head) <= lx.MAX_PACT_MODIFIERS + 1 and head[-1].is_word(*lx.PACT_NOUNS)


def _describing_word(tok: Token) -> bool:
    """A plain lowercase content word ('host', 'state-run'), no clause word."""
    return _plain_word(tok) and tok.text.islower() and tok.lower not in lx.CLAUSE_WORDS | {"what"}


def _ends_in_body_of_role(tokens: list[Token], j: int) -> bool:
    """'… chair of the Arctic Council', '… an adviser to Prime Minister Imran Khan', 'Mathura
    Dangol at the Ministry of Water Resources': a named body or person that closes a role's or
    a person's 'of', 'for', 'to' or 'at' phrase, perhaps after a lowercase word or two that
    describe it ('President of host broadcaster VTV'; not 'part of what the trade minister')."""
    return tokens[j].kind == MENTION and _closes_role_phrase(tokens, j)


def _unnamed_body_of_role(tokens: list[Token], j: int) -> bool:
    """'… head of the national meteorological department', '… Communication Director with the
    Ministry': a body the study does not name that closes a role's phrase as
    `_ends_in_body_of_role` has it, or a role's 'with' phrase."""
    if tokens[j].kind != WORD or tokens[j].lower not in lx.ORGANISATION_WORDS:
        return False
    k = j - 2 if j >= 2 and tokens[j - 1].is_word("the") else j - 1
    with_role = k >= 1 and tokens[k].is_word("with") and _role_word(tokens[k - 1])
    return with_role or (tokens[j].text.islower() and _closes_role_phrase(tokens, j))


def _closes_role_phrase(tokens: list[Token], j: int) -> bool:
    """The token at j closes an 'of', 'for', 'to' or 'at' phrase, perhaps after 'the' and a
    lowercase word or two or a demonym that describe it ('of the Chinese embassy')."""
    k = j - 1
    while (
        k >= 1 and j - k <= 2 and (_describing_word(tokens[k]) or tokens[k].text in _DEMONYM_WORDS)
    ):
        k -= 1
    k = k - 1 if k >= 1 and tokens[k].is_word("the") else k
    return k >= 1 and tokens[k].is_word("of", "for", "to", "at")


def _placed_in(tokens: list[Token], j: int) -> bool:
    """'the Research Center for Eco Environmental Sciences in China': an actor at j that only
    says where the actor named right before its 'in' is."""
    return (
        j >= 2
        and tokens[j].kind == MENTION
        and tokens[j - 1].is_word("in")
        and tokens[j - 2].kind == MENTION
    )


def _subject_before_open_aside(tokens: list[Token], j: int) -> int | None:
    """'Ambassador Subasinghe, commenting on Senate approval said': the actor before a comma
    and a participle of the occasion that open an aside the writer never closed, ending at j;
    or the actor right before 'quoted in' or 'quoted by' ('Khan quoted in a report by the local
    newspaper, Dawn News, said')."""
    for k in range(j, max(j - lx.MAX_OPEN_ASIDE, 0), -1):
        if tokens[k].kind not in (WORD, MENTION):
            return None
        quoted = tokens[k].is_word("quoted") and tokens[k + 1].is_word("in", "by")
        if quoted and tokens[k - 1].kind == MENTION:
            return k - 1 if _is_subject(tokens[k - 1]) else None
        if tokens[k].is_word(*lx.OCCASION_PARTICIPLES) and is_anaphor(tokens, k - 1):
            return k - 1  # "The mayor welcoming the Chinese minister and his team said"
        if tokens[k].is_word(*lx.OCCASION_PARTICIPLES) and tokens[k - 1].text == ",":
            subject = k - 2
            named = subject >= 0 and tokens[subject].kind == MENTION
            return subject if named and _is_subject(tokens[subject]) else None
    return None


def _subject_before_stray_comma(tokens: list[Token], comma: int) -> int | None:
    """'(But) Minister Dermot Ahern, has said', '“…,” European Jewish Association (EJA) Chairman
    Rabbi Menachem Margolin, was quoted': an actor that opens the clause (or follows a
    quotation), perhaps after its title, then a comma the writer put before its verb (no
    parenthetical opens before it). A named member of a body (or of a unit of it) counts as the
    actor ('“…,” James Filippatos of the US Federal Aviation Administration (FAA), told
    reporters', '“…,” Venus Valdemoro of the PAGASA Public Information Unit, said')."""
    k = comma - 1
    if k > 0 and tokens[k].text == ")":
        k = _glossed(tokens, k)
    if k >= 2 and (member := _named_member(tokens, k)) is not None:
        k = member
    elif k >= 3 and (member := _member_of_named_body(tokens, k)) is not None:
        k = member
    if k < 0 or not _is_subject(tokens[k]) or tokens[k].kind != MENTION:
        return None
    start = _title_start(tokens, k)
    opener = start == 1 and (tokens[0].is_word(*lx.CLAUSE_OPENERS) or tokens[0].kind == QUOTE)
    # the title may follow a quotation ("“…,” Pakistan’s Minister of Health Saira Afzal Tarar,")
    quoted = 1 if tokens[0].kind == QUOTE else 0
    titled = quoted < k and _opens_on_title(tokens[quoted:], k - quoted)
    return k if start == 0 or opener or titled or _opening_time(tokens, start) else None


def _opens_on_title(tokens: list[Token], k: int) -> bool:
    """'The Chinese ambassador to Nigeria Cui Jianchun, said': only a title, with a role word
    and perhaps the state it is to or of, stands before the name at k from the sentence's
    start."""
    before = tokens[1 if tokens[0].is_word("the") else 0 : k]
    return (
        0 < len(before) <= lx.MAX_STATE_TITLE_WORDS
        and any(_role_word(t) for t in before)
        and all(_title_part_of_name(t) or _role_word(t) or t.is_word("to", "of") for t in before)
    )


def _member_of_named_body(tokens: list[Token], k: int) -> int | None:
    """'Venus Valdemoro of the PAGASA Public Information Unit': the actor named right before a
    place preposition ('of', 'at', 'from', perhaps with 'the') and the capitalised name of a
    body the study does not list, which ends at k."""
    j = k
    while j > 0 and k - j <= lx.MAX_UNIT_WORDS and _is_name_word(tokens[j]):
        j -= 1
    if j == k:
        return None
    j -= tokens[j].is_word("the")
    if j < 1 or not tokens[j].is_word(*lx.PLACE_PREPOSITIONS):
        return None
    member = tokens[j - 1]
    return j - 1 if member.kind == MENTION and _is_subject(member) else None


def _named_member(tokens: list[Token], body: int) -> int | None:
    """'James Filippatos of the FAA': the actor named right before a place preposition ('of',
    'at', 'from', perhaps with 'the') and the body mentioned at `body`."""
    k = body - 1 - tokens[body - 1].is_word("the")
    if tokens[body].kind != MENTION or k < 1 or not tokens[k].is_word(*lx.PLACE_PREPOSITIONS):
        return None
    member = tokens[k - 1]
    return k - 1 if member.kind == MENTION and _is_subject(member) else None


def _title_start(tokens: list[Token], k: int) -> int:
    """Where the title right before the name at k begins: a role word ('Chairman') after
    capitalised words and at most one owner ('European Jewish Association (EJA) Chairman');
    k when no role word stands right before the name. A demonym before an actor the study
    names with its title counts too ('Ukrainian Director-General of Ukrposhta …, Ihor
    Smilianskyi')."""
    if k > 0 and tokens[k - 1].text in _DEMONYM_WORDS and _opens_on_role(tokens[k]):
        return k - 1
    if k == 0 or not tokens[k - 1].is_word(*lx.APPOSITION_ROLES):
        return k
    j, owners = k - 1, 0
    while j > 0 and (
        (tokens[j - 1].kind == WORD and tokens[j - 1].text[:1].isupper())
        or (tokens[j - 1].kind == MENTION and owners == 0)
    ):
        owners += tokens[j - 1].kind == MENTION
        j -= 1
    return j


def _opens_on_role(tok: Token) -> bool:
    """A mention whose surface begins with its title ('Director-General of Ukrposhta …, Ihor
    Smilianskyi')."""
    first = tok.text.split()[0].lower() if tok.kind == MENTION else ""
    return bool(set(first.replace("-", " ").split()) & lx.APPOSITION_ROLES)


def _opening_time(tokens: list[Token], k: int) -> bool:
    """'Last week', 'On Monday', 'Earlier': a short phrase of when that opens the sentence
    before the token at k, with no comma after it."""
    opening = tokens[:k]
    return (
        0 < k <= lx.MAX_OPENING_TIME
        and all(t.kind == WORD for t in opening)
        and opening[-1].lower in lx.CALENDAR_WORDS | lx.TIME_NOUNS
    )


def _owner(tok: Token) -> bool:
    return tok.kind == MENTION


def _named_before_comma(tokens: list[Token], k: int) -> int:
    """The actor set off by a comma right before k, or k itself."""
    named = k >= 2 and tokens[k - 1].text == "," and _unpossessed_mention(tokens[k - 2])
    return k - 2 if named else k


def _noun_owner(tokens: list[Token], j: int) -> int | None:
    """The actor right before a spokesperson or document noun, past a bracketed gloss ("a
    Department of Industrial Policy and Promotion (DIPP) clarification said"); none past a
    body noun of its own ("China's customs authorities": the customs, which the study may
    list)."""
    k = j - 2 if _press_unit(tokens, j) else j - 1  # "the committee('s) press service"
    if k > 0 and tokens[k].is_word(*lx.PLACED_BODY_NOUNS):
        return None
    if k > 0 and tokens[k].is_word(*lx.RELEASE_MODIFIERS) and tokens[j].is_word(*lx.DOCUMENT_NOUNS):
        k -= 1  # "a CPPA press release said": the kind of document between owner and noun
    if k > 0 and tokens[k].text == ")":
        # "an Inter-Services Public Relations (ISPR) press release said"
        opening = bracket_opening(tokens, k, 4)
        k = -1 if opening is None else opening - 1
    elif k > 0 and tokens[k].text.islower() and _possessive_mention(tokens[k - 1]):
        k -= 1  # "Clinton's executive order stated": one word between owner and noun
    elif k > 0 and _branch_of_voice(tokens, k, j):
        k -= 1  # "New Zealand biosecurity officials say": the branch they work in
    return k if k >= 0 and _owner(tokens[k]) else None


def _branch_of_voice(tokens: list[Token], k: int, j: int) -> bool:
    """A lower-case word at k between an actor and the people at j who speak for it."""
    voice = tokens[j].is_word(*lx.PERSONAL_VOICES, *lx.UNNAMED_OFFICIALS, *lx.ENVOY_NOUNS)
    return voice and _lower_content_word(tokens[k]) and tokens[k].text.isalpha()


def _body_of_unnamed_officer(tokens: list[Token], j: int) -> int | None:
    """'The NTSB chairman', 'The UK AAIB acting Deputy Chief Inspector of Air Accidents': the
    actor right after the clause's article whose officer, by title alone, ends at j."""
    k = j
    while k > 0 and tokens[k].kind == WORD and tokens[k].text[:1].isupper():
        k -= 1  # back over a capitalised 'of' phrase to the title it completes
    title = k - 1 if k < j and tokens[k].is_word("of") else j
    if not tokens[title].is_word(*lx.OFFICER_TITLES):
        return None
    k = title - 1
    while k >= 0 and title - k <= lx.MAX_ROLE_QUALIFIERS and tokens[k].kind == WORD:
        if not (tokens[k].text[:1].isupper() or tokens[k].is_word(*lx.OFFICER_QUALIFIERS)):
            return None
        k -= 1
    opens = k == 0 or (k > 0 and tokens[k - 1].is_word("the", "a", "an"))
    return k if k >= 0 and tokens[k].kind == MENTION and opens else None


def _lower_content_word(tok: Token) -> bool:
    """A lower-case word that is no function word ('biosecurity', 'cabinet')."""
    return tok.kind == WORD and tok.text.islower() and tok.lower not in lx.FUNCTION_WORDS


def _possessive_mention(tok: Token) -> bool:
    return tok.kind == MENTION and tok.mention.possessive


def _owns_next(tokens: list[Token], k: int) -> bool:
    """A capitalised possessive word at k right before a mention ('Embassy's Kosnett'): a body
    the study does not list, owning the actor after it."""
    tok = tokens[k]
    return (
        possessive_stem(tok) is not None
        and tok.text[:1].isupper()
        and k + 1 < len(tokens)
        and tokens[k + 1].kind == MENTION
    )


def bracket_opening(tokens: list[Token], close: int, reach: int) -> int | None:
    """The "(" at most `reach` tokens before the ")" at `close`, or None."""
    window = range(close - 1, max(close - 1 - reach, -1), -1)
    return next((k for k in window if tokens[k].text == "("), None)


def _bracket_closing(tokens: list[Token], opening: int, reach: int = 4) -> int | None:
    """The ")" at most `reach` tokens after the "(" at `opening`, or None."""
    window = range(opening + 1, min(opening + 1 + reach, len(tokens)))
    return next((k for k in window if tokens[k].text == ")"), None)


def _parenthetical_opening(tokens: list[Token], close: int) -> int | None:
    """The comma, dash or bracket that opens the parenthetical ending at `close`, stepping over
    a bracketed gloss inside it ('…, who heads … the World Trade Organization (WTO), told')."""
    k = close - 1
    while k > max(close - lx.MAX_PARENTHETICAL, -1):
        if tokens[k].text == ")":
            inner = bracket_opening(tokens, k, 5)
            if inner is not None and inner < close - 2:
                k = inner - 1
                continue
        if tokens[k].text in (",", "—", "("):
            return _relative_opening(tokens, k, close) or k
        k -= 1
    return None


def _relative_opening(tokens: list[Token], comma: int, close: int) -> int | None:
    """The comma opening a relative clause whose own list the comma at `comma` is part of
    ('Tehran, which could now purchase weapons from Russia, China and elsewhere, has hailed');
    None when `comma` itself opens one, when what follows it is no list's last items ('…, which
    solved the problem, Wang Yu, Chinese Ambassador to Afghanistan, wrote'), or when no relative
    clause holds it."""
    if comma + 1 < len(tokens) and tokens[comma + 1].is_word("which", "who"):
        return None
    if not _ends_a_list(tokens[comma + 1 : close]):
        return None
    for k in range(comma - 1, max(close - lx.MAX_PARENTHETICAL, 0), -1):
        if tokens[k].kind == QUOTE or tokens[k].text in (";", ":", "—", "(", ")"):
            return None
        if tokens[k].text == "," and tokens[k + 1].is_word("which", "who"):
            return k
    return None


def _ends_a_list(words: list[Token]) -> bool:
    """The words join a list's last item: "and", "or", or "as well as" ('which comprises the
    Governments of Côte d'Ivoire and Liberia, as well as the UNHCR,')."""
    triples = zip(words, words[1:], words[2:], strict=False)
    return any(t.is_word("and", "or") for t in words) or any(
        a.is_word("as") and b.is_word("well") and c.is_word("as") for a, b, c in triples
    )


def _name_apposed_to_role_head(tokens: list[Token], head: int, comma: int) -> bool:
    """An actor alone (perhaps after an honorific) between the commas after a head that ends
    on a role, or on a capitalised title with a role among its last words ('The Spanish
    ambassador, Manuel Duran Gimenez-Rico,', 'Bureau of Meteorology Assistant Director
    Observations, Dr Anthony Rea,'): the name of the one who holds it."""
    at = _past_honorifics(tokens, head + 2)
    named = comma == at + 1 and tokens[head + 1].text == ","
    name = tokens[at] if named else None
    title = [tokens[head]] + [
        t for t in tokens[max(head - 2, 0) : head] if t.kind == WORD and t.text[:1].isupper()
    ]
    role = any(
        t.text.split()[-1].lower() in lx.APPOSITION_ROLES | lx.PERSONAL_VOICES for t in title
    )
    # the head opens the clause, no conjunct before it ("Wang Yi and India's top diplomat,
    # Subrahmanyam Jaishankar, agreed": both; a sentence's opening "And" joins no conjunct),
    # though the bodies and places it is the role of may ("UNICEF Zimbabwe Representative, …");
    # an opening phrase set off before it is no part of it ("Congratulating Japan …, Bureau …")
    # a quotation before it is no part of it either ('FAO “must adapt …,” the agency's
    # Director-General, Jacques Diouf, told'), and its owner may be named ("FAO's")
    opening = 1 if tokens and tokens[0].is_word("and", "but") else 0
    ends = [k + 1 for k in range(head) if tokens[k].text == "," or tokens[k].kind == QUOTE]
    opening = max([opening, *ends])
    before = tokens[opening:head]
    qualified = all(
        _unpossessed_mention(t) or _possessive_mention(t) or _is_name_word(t) for t in before
    )
    alone = not any(t.is_word("and") for t in before) and (
        qualified or not any(t.kind == MENTION for t in before)
    )
    return name is not None and _unpossessed_mention(name) and role and alone


def _before_parentheticals(tokens: list[Token], comma: int) -> int | tuple[int] | None:
    """Index of the subject before one or more comma-delimited parentheticals ending at
    `comma` ("Lebatt, chief of staff to …, and its spokesman …, told"); (index,) when an
    apposition names the office an unknown speaker speaks for; None when there is no opening.
    Without a subject further back, the word before the nearest parenthetical."""
    first = None
    close = comma
    for _ in range(lx.MAX_PARENTHETICALS):
        opening = _parenthetical_opening(tokens, close)
        if opening is None:
            return first
        if _clause_between(tokens, opening, close):
            return None  # "China, too has been approached, said an official …": no aside
        if _opening_phrase(tokens, opening):
            # "According to Ashorooq TV, the chairman …, said": the chairman; "For his part, the
            # Egyptian Minister of Electricity …, said": the minister
            named = opening + 2 if tokens[opening + 1].is_word("the") else opening + 1
            if close == named + 1 and _is_subject(tokens[named]):
                return named
            role = next((k for k in range(opening + 1, close) if is_anaphor(tokens, k)), None)
            if role is not None:
                return role
        office = _apposition_office(tokens, opening, close)
        j = _skip_left(tokens, opening - 1)
        if j >= 0 and tokens[j].text == ")":
            j = _glossed(tokens, j)  # "The Centre for Food Safety (CFS), attached to …, said"
        if office is not None and j >= 0 and _is_name_word(tokens[j]):
            return (office,)
        if _names_the_role_before(tokens, opening, close, j):
            return opening + 1
        if _titled_name_after_opening(tokens, opening, close):
            return close - 1
        if first is not None and _nested_relative(tokens, first, opening):
            first = j  # "The Ambassador, who presided over the project, which included …,"
        if first is not None and _agent_in_relative(tokens, first, opening):
            first = j  # "The visitor, who was welcomed by Cuban Minister …, Marta Lomas, said"
        first = j if first is None else first
        # "…, speaking with the News Agency of Nigeria, NAN, said": an object is no subject,
        # nor, yet, a passive's agent (it may stand in a 'who' clause further back); nor is the
        # country of a city ("… at the summit in Hamburg, Germany, earlier …")
        if (
            j >= 0
            and _is_subject(tokens[j])
            and not _governed(tokens, j, lx.GOVERNING_WORDS)
            and not _governed(tokens, j, lx.AGENT_PREPOSITIONS)
            and not _country_of_city(tokens, j)
        ):
            return j
        if tokens[opening].text != ",":
            return first
        close = opening
    return first


def _agent_in_relative(tokens: list[Token], agent: int, opening: int) -> bool:
    """The actor at `agent` is a passive's agent ('by …') in the 'who' clause that the comma at
    `opening` opens: part of the aside, not the subject."""
    return tokens[opening + 1].is_word("who") and _governed(tokens, agent, lx.AGENT_PREPOSITIONS)


def _named_before_apposition(tokens: list[Token], k: int) -> int | None:
    """'Lee Myeong-ku, commissioner of the Korea Customs Service,' ending at k before a 'who':
    the named actor a comma sets the apposition off from (a 'who' clause is a person's); not
    past a bare name ('the coach of France, Didier Deschamps, who confirmed'). The commas of a
    portfolio the apposition closes on are passed over ('Fiona Hyslop MSP, Scottish secretary
    for culture, tourism and external affairs, who said')."""
    for m in range(k, max(k - lx.MAX_APPOSITION, 0), -1):
        if tokens[m].text == "," and _lists_portfolio(tokens[m - 1 : k + 1]):
            continue
        if tokens[m].text == ",":
            described = any(not _is_name_word(t) for t in tokens[m + 1 : k + 1])
            return m - 1 if described and m >= 1 and _is_subject(tokens[m - 1]) else None
        if tokens[m].kind not in (WORD, MENTION):
            return None
    return None


def _lists_portfolio(span: list[Token]) -> bool:
    """'culture, tourism and external affairs': lower-case items a comma joins, the last pair
    by 'and', closing a title's portfolio."""
    items = [t for t in span if t.text != ","]
    lower = all(t.kind == WORD and t.text.islower() and not _role_word(t) for t in items)
    return lower and any(t.is_word("and") for t in items)


def _nested_relative(tokens: list[Token], antecedent: int, opening: int) -> bool:
    """'The Ambassador, who presided over the project, which included tanks and beds, stated':
    the 'which' clause after `antecedent` hangs inside the relative clause that opens at
    `opening`, so its antecedent is no subject."""
    inner = tokens[antecedent + 2 : antecedent + 3]
    return bool(inner) and inner[0].is_word("which") and tokens[opening + 1].is_word("who", "which")


def _clause_between(tokens: list[Token], opening: int, close: int) -> bool:
    """The words between two commas carry their own verb group ('too has been approached'), so
    they are a clause, not an aside; a relative clause ('who was in Japan') is an aside."""
    inside = tokens[opening + 1 : close]
    relative = any(t.is_word(*lx.RELATIVES) for t in inside)
    pairs = zip(inside, inside[1:], strict=False)
    grouped = any(t.is_word(*lx.FINITE_AUXILIARIES) and n.is_word("been") for t, n in pairs)
    return grouped and not relative


def _country_of_city(tokens: list[Token], j: int) -> bool:
    """The mention at j follows a place and its comma inside the apposition of a subject that
    opens the sentence ('Svetlana Lukash, a Russian official who was … in Hamburg, Germany,
    …'); not a subject after an opening phrase ('Speaking in Jakarta, Minister Budi, …')."""
    return (
        j >= 5
        and _is_subject(tokens[0])
        and tokens[1].text == ","
        and tokens[j - 1].text == ","
        and (_is_name_word(tokens[j - 2]) or tokens[j - 2].kind == MENTION)
        and tokens[j - 3].is_word(*lx.PLACE_PREPOSITIONS - {"of"})
    )


def _opening_phrase(tokens: list[Token], comma: int) -> bool:
    """The comma closes a phrase that opens the sentence and names no speaker of it: 'According
    to pro-government Ashorooq TV,', a phrase of when ('Last February,') or 'For his part,'."""
    before = tokens[:comma]
    cited = len(before) > 2 and opens_citation(before, 0)
    for_part = (
        len(before) == 3
        and before[0].is_word("for")
        and before[1].is_word(*lx.POSSESSIVE_DETERMINERS)
        and before[2].is_word("part")
    )
    cited_once = cited and all(t.text != "," for t in before)
    return cited_once or for_part or _opening_time(tokens, comma)


def _name_before_title(tokens: list[Token], j: int) -> int | None:
    """A name, a comma and an apposition left open up to j: capitalised title words
    ('Antony J. Blinken, Secretary of State has said'), or words with a role among them
    ('Lene Espersen, Foreign Minister of Denmark and outgoing chair of the Arctic Council'),
    the role's body ending the apposition, a role and what it is of ('Josi Luis Santos
    Silva, assistant secretary of state for the sea told'), or a role in lower case and its
    qualifiers ('Lynne Featherstone, international development minister said:'). No apposition
    ends on a function
    word ('…, Colombo Public Library, extended her gratitude to the ambassador for the friendship
    and thanked': a verb's own clause)."""
    if tokens[j].is_word(*lx.FUNCTION_WORDS):
        return None
    k = j
    titled, has_title = True, False
    of_body = _ends_in_body_of_role(tokens, j)
    role = not of_body and _role_word_before(tokens, j)
    while k >= 0 and j - k < lx.MAX_APPOSITION:
        tok = tokens[k]
        if tok.text == ")" and (opening := bracket_opening(tokens, k, 4)) is not None:
            # a gloss inside the apposition ("deputy director-general (Telecoms & Post) at …")
            titled, k = False, opening - 1
            continue
        ampersand = tok.text == "&"  # "President & CEO of Canada World Youth"
        if tok.kind not in (WORD, MENTION) and not ampersand:
            break
        capital = tok.text[0].isupper() or tok.is_word("of", "the", "for") or ampersand
        titled = titled and (tok.kind == WORD or ampersand) and capital and j - k < 6
        has_title = has_title or _role_word(tok)
        # "Li Bin, representative of the CCEE said": a voice of the body counts as its role
        role = role or (of_body and (_role_word(tok) or tok.is_word(*lx.PERSONAL_VOICES)))
        k -= 1
    # a capitalised apposition without a role word is a name ("… in China, Smith said")
    titled = titled and has_title
    # a body, then its role ("Ben Callard, Australian Sailing national general manager-club
    # support said"); not a body's possessive ("Muhammad Arshad, the Pakistan federation's
    # secretary said, would not travel": `_name_before_owned_role` reads those), perhaps after
    # "the" ("Lee Jong-wook, the WHO director-general stated")
    phrase = tokens[k + 1 : j + 1]
    if phrase and phrase[0].is_word("the"):
        phrase = phrase[1:]
    owned = (
        len(phrase) >= 2
        and phrase[0].kind == MENTION
        and not phrase[0].mention.possessive
        and all(t.kind == WORD and not t.text.endswith(("'s", "’s")) for t in phrase[1:])
        and any(map(_role_word, phrase[-2:]))
    )
    # a role in lower case with a few words that qualify it ("Lynne Featherstone,
    # international development minister said:")
    plain_role = (
        0 < len(phrase) <= lx.MAX_ROLE_QUALIFIERS + 1
        and _role_word(phrase[-1])
        and all(_lower_content_word(t) for t in phrase)
    )
    if not (titled or role or owned or plain_role) or not (1 <= k < j and tokens[k].text == ","):
        return None
    return k - 1 if tokens[k - 1].kind == MENTION and _is_subject(tokens[k - 1]) else None


def _opening_name_then_the_title(tokens: list[Token], j: int) -> bool:
    """The sentence opens on a name and, with no comma, 'the' and a capitalised title with a
    role word, 'of' the body at j ('Park Youngshin the Deputy Country Director of KOICA')."""
    title = tokens[2:j]
    return (
        2 < j <= lx.MAX_APPOSITION
        and tokens[0].kind == MENTION
        and _is_subject(tokens[0])
        and tokens[1].is_word("the")
        and all(t.kind == WORD and (t.text[:1].isupper() or t.is_word("of", "the")) for t in title)
        and any(map(_role_word, title))
    )


def _body_after_open_title(tokens: list[Token], j: int) -> bool:
    """A body named at j right after a comma that closes a title ('…, Deputy Director-General,
    Ministry of Health and Social Affairs said'), or a state in its own commas after a bare
    capitalised title ('…, Minister of Finance, State of Qatar, highlighted'): the title's
    body, its own comma left out."""
    if not (tokens[j].kind == MENTION and j >= 3 and tokens[j - 1].text == ","):
        return False
    if set(tokens[j].lower.split()) & lx.ORGANISATION_WORDS:
        return True
    if is_acronym(tokens[j].text.split()[0].rstrip(",")) and _bare_title_before(tokens, j - 2):
        return True  # "Justice Arun Mishra, Chairperson, NHRC, India called for": an acronym
    closed = j + 1 < len(tokens) and tokens[j + 1].text == ","
    return closed and not tokens[j].mention.possessive and _bare_title_before(tokens, j - 2)


def _name_then_bare_title(tokens: list[Token], j: int) -> int | None:
    """'Dr. Yousuf Khushk Chairman PAL said': a name, then with no comma a capitalised role
    word and the short form of its body at j, right before the verb; the name's index."""
    if j < 2 or tokens[j].kind != MENTION or not is_acronym(tokens[j].text):
        return None
    title, name = tokens[j - 1], tokens[j - 2]
    if not (title.kind == WORD and title.text[:1].isupper() and _role_word(title)):
        return None
    return j - 2 if name.kind == MENTION and _is_subject(name) else None


def _bare_title_before(tokens: list[Token], j: int) -> bool:
    """Title words ending at j, capitalised or plain lower-case ones, with a role among them,
    right after a comma ('…, Minister of Finance', '…, regional program manager of Asia and
    Western Pacific'; not '…, a spokeswoman for Peru's Culture Ministry')."""
    k = j
    while k >= 0 and j - k < lx.MAX_BARE_TITLE and tokens[k].kind == WORD:
        tok = tokens[k]
        if not (tok.text[:1].isupper() or tok.is_word("of", "for", "and") or _describing_word(tok)):
            return False
        k -= 1
    title = tokens[k + 1 : j + 1]
    return k >= 1 and tokens[k].text == "," and any(_role_word(t) for t in title)


def _name_before_owned_role(tokens: list[Token], j: int, verb: int) -> int | None:
    """A name, a comma and an open apposition that ends in a role noun at j, its owner a
    possessive or the body right before it ('Muhammad Arshad, the Pakistan federation's
    secretary claimed', 'Andrey Lisenko, Ukraine Defense ministry spokesman told'). Not a role
    whose verb a comma closes ('China, the minister said, will respond': the minister's aside)."""
    if tokens[j].kind != WORD or tokens[j].lower not in lx.APPOSITION_ROLES:
        return None
    if verb + 1 < len(tokens) and tokens[verb + 1].text == ",":
        return None
    k = j - 1
    owned = attributive = False
    while k >= 0 and j - k <= lx.MAX_APPOSITION and tokens[k].text != ",":
        tok = tokens[k]
        if tok.kind == MENTION and not tok.mention.possessive:
            if k != j - 1:
                return None
            attributive = True  # "Ukraine Defense ministry spokesman"
        elif tok.kind not in (WORD, MENTION):
            return None
        owned = owned or tok.kind == MENTION
        k -= 1
    if not owned or k < 1 or tokens[k].text != ",":
        return None
    if attributive and k != 1:
        return None  # "…, a U.N. spokesman said": the name must open the sentence
    return k - 1 if tokens[k - 1].kind == MENTION and _is_subject(tokens[k - 1]) else None


def _name_before_portfolio(tokens: list[Token], j: int) -> int | None:
    """'Christopher Chiza, deputy minister for Agriculture, Food Security and Co-operatives
    said': a name, a comma, and a role whose portfolio ('for' or 'of', then capitalised words,
    perhaps a list) runs on up to j with no comma to close it."""
    k = j
    while k > 0 and j - k < lx.MAX_APPOSITION and tokens[k].text != ",":
        if tokens[k].kind not in (WORD, MENTION):
            return None
        k -= 1
        if tokens[k].text == "," and portfolio_comma(tokens, k, j):
            k -= 1
    if k < 1 or tokens[k].text != ",":
        return None
    phrase = tokens[k + 1 : j + 1]
    role = next((n for n, t in enumerate(phrase[:3]) if t.lower in lx.APPOSITION_ROLES), None)
    if role is None or role + 1 >= len(phrase) or not phrase[role + 1].is_word("for", "of"):
        return None
    portfolio = phrase[role + 2 :]
    if not portfolio or not all(_portfolio_word(t) for t in portfolio):
        return None
    name = tokens[k - 1]
    return k - 1 if name.kind == MENTION and _is_subject(name) else None


def _name_after_title(tokens: list[Token], comma: int) -> int | None:
    """'Minister for Communications, Urban Infrastructure, Cities and the Arts the Hon Paul
    Fletcher MP, said': a title opening the clause whose portfolio, commas and all, runs into
    the name before the comma, or sets the name off with one of its own ('Minister for
    Industry, Science and Technology, the Hon Karen Andrews MP, welcomed'); the name's index.
    The title may follow 'the', a qualifier ('The Deputy Director of Division of International
    Cooperation, CATAS Mr Liu Haiquing, said') and an opening phrase ('Speaking at the
    inauguration ceremony, the Minister for Environment, Science, Technology and Innovation,
    Mrs Ophelia Mensah Hayford, said')."""
    k = comma - 1
    if k < 3 or tokens[k].kind != MENTION or not _is_subject(tokens[k]):
        return None
    for t in range(k - 2):
        if not (tokens[t].lower in lx.PERSONAL_ROLE_NOUNS and tokens[t + 1].is_word("for", "of")):
            continue
        opening = t
        while opening > 0 and tokens[opening - 1].lower in lx.OFFICER_QUALIFIERS:
            opening -= 1
        if opening > 0 and tokens[opening - 1].is_word("the"):
            opening -= 1
        # an opening phrase's comma, not a name's ("Tarun Bajaj, director of the … said")
        after_phrase = opening > 1 and tokens[opening - 2].kind == WORD
        if opening > 0 and not (tokens[opening - 1].text == "," and after_phrase):
            continue
        portfolio = tokens[t + 2 : k]
        if portfolio and portfolio[-1].text == ",":
            portfolio = portfolio[:-1]
        if portfolio and all(map(_portfolio_word, portfolio)):
            return k
    return None


def portfolio_comma(tokens: list[Token], k: int, j: int) -> bool:
    """A comma inside a portfolio's list ('Agriculture, Food Security and Co-operatives'):
    capitalised words on both sides, and an 'and' before the list ends at j. Not the comma
    before a role noun: that one opens the apposition ('Chrysoula Zacharopoulou, Minister for
    State for Development, Francophonie and International Partnerships of France told')."""
    return (
        _portfolio_word(tokens[k - 1])
        and tokens[k + 1].kind == WORD
        and tokens[k + 1].text[:1].isupper()
        and tokens[k + 1].lower not in lx.APPOSITION_ROLES
        and any(t.is_word("and") for t in tokens[k + 1 : j])
    )


def _portfolio_word(tok: Token) -> bool:
    """A word of a title's portfolio: a capitalised word, an actor, or a word joining them
    ("Director of Animal Health from the Director General of …")."""
    return (
        tok.text == ","
        or tok.is_word("and", "of", "for", "the", "&", "from", "at", "in")
        or (tok.kind in (WORD, MENTION) and tok.text[:1].isupper())
    )


def _names_the_role_before(tokens: list[Token], opening: int, close: int, j: int) -> bool:
    """ "Myanmar's de facto leader, Aung San Suu Kyi, has said", "Finance Minister, Ken
    Ofori-Atta, has stated": the parenthetical is one actor's name and what it follows is a
    common noun or a title (the role it names), not a subject."""
    if not (
        close == opening + 2
        and tokens[opening].text == ","
        and _is_subject(tokens[opening + 1])
        and j >= 0
    ):
        return False
    if tokens[j].kind == MENTION and j >= 2 and tokens[j - 1].text == "(":
        # "The … High Commissioner for Refugees (UNHCR), Filippo Grandi,": a glossed role phrase
        return _role_word_before(tokens, j - 1)
    if tokens[j].kind == MENTION:
        # "The Head of Command at Hong Kong's Customs, Yueng,"; "The head of the economic desk
        # at the United States embassy in Khartoum, George Eldridge,"
        return (
            _role_of_body(tokens, j)
            or _role_word_before(tokens, j)
            or _title_opening_sentence(tokens, j)
        )
    if _is_name_word(tokens[j]) and tokens[j].lower not in lx.ROLE_PHRASE_ENDS:
        # "an undersecretary of Saudi Arabia's Ministry of Agriculture, Jaber Al-Shihri, said": a
        # body the study does not know, closing a role phrase; or a portfolio the title opening
        # the sentence lists ("Minister for Environment, Climate Change, … and Meteorology")
        return _role_word_before(tokens, j) or _title_opening_sentence(tokens, j + 1)
    # "Dr Praveen Mishra, secretary, MoHP, said": a title in its own commas after the subject
    # is that subject's, and the body after it too
    apposed = j >= 2 and tokens[j - 1].text == "," and _is_subject(tokens[j - 2])
    return (
        tokens[j].kind == WORD
        # "Finance Minister", "UKAD Chief Executive"
        and (tokens[j].text.islower() or tokens[j].lower in lx.ROLE_PHRASE_ENDS)
        and tokens[j].lower not in lx.FUNCTION_WORDS
        and not apposed
    )


def _titled_name_after_opening(tokens: list[Token], opening: int, close: int) -> bool:
    """'In his remarks, after the signing ceremony, the Vanuatu Prime Minister Charlot Salwai,
    expressed', 'Also addressing the conference, the President of the Vietnamese Tea Association
    Doan Anh Tuan, said': the parenthetical is a name and the title before it, set off after
    phrases that open the sentence with a preposition or a participle, so the name is the
    subject."""
    name = close - 1
    first = opening + 1 + tokens[opening + 1].is_word("the")
    start = 1 if _is_adverb(tokens[0]) else 0
    opener = tokens[start].is_word(*lx.OPENING_PREPOSITIONS) or (
        tokens[start].kind == WORD and tokens[start].lower.endswith("ing")
    )
    return (
        tokens[opening].text == ","
        and opener
        and tokens[name].kind == MENTION
        and _is_subject(tokens[name])
        and first < name <= first + lx.MAX_STATE_TITLE_WORDS
        and _title_part_of_name(tokens[first])
        and all(_title_part_of_name(t) or t.is_word(*lx.TITLE_JOINS) for t in tokens[first:name])
    )


def _title_part_of_name(tok: Token) -> bool:
    """A capitalised word or an actor (a state or body the title names) in a title."""
    return tok.kind == MENTION or _is_name_word(tok)


def _title_opening_sentence(tokens: list[Token], j: int) -> bool:
    """'Minister of State for the Middle East, North Africa, South Asia and United Nations at the
    British Foreign, Commonwealth and Development Office (FCDO)': the sentence opens (perhaps
    after an adverb and its comma: 'Meanwhile, Minister for Environment, Climate Change, …
    and Meteorology') on a capitalised role word and its 'of', 'for' or 'at' phrase, which runs
    unbroken by any verb (its commas list names) to the name or body at j."""
    start = 2 if len(tokens) > 2 and _is_adverb(tokens[0]) and tokens[1].text == "," else 0
    if j < start + 2 or not (_role_word(tokens[start]) and tokens[start].text[:1].isupper()):
        return False
    if not tokens[start + 1].is_word("of", "for", "at"):
        return False
    return all(
        t.kind == MENTION
        or t.text in (",", "(", ")")
        or (t.kind == WORD and (t.text[:1].isupper() or t.is_word(*lx.TITLE_LINKS)))
        for t in tokens[start + 2 : j]
    )


def _role_word_before(tokens: list[Token], j: int) -> bool:
    """A role word ('undersecretary', 'director') opens the phrase that ends at j: it stands
    within MAX_ROLE_PHRASE_WORDS before j, with an 'of', 'for', 'at', 'to' or 'with' after it
    ('Communication Director with the Ministry')."""
    start = max(j - lx.MAX_ROLE_PHRASE_WORDS, 0)
    for k in range(j - 1, start - 1, -1):
        if tokens[k].kind == PUNCT or tokens[k].kind == QUOTE:
            return False
        if _role_word(tokens[k]):
            return k + 1 < j and tokens[k + 1].is_word("of", "for", "at", "to", "with")
    return False


def _role_of_body(tokens: list[Token], j: int) -> bool:
    """'The Head of Command at Hong Kong's Customs and Excise Department': the body at j closes
    an 'of', 'for' or 'at' phrase that a role word a few words before opens."""
    k = j - 2 if j >= 2 and tokens[j - 1].is_word("the") else j - 1
    if k < 1 or not tokens[k].is_word("of", "for", "at"):
        return False
    return any(_role_word(t) for t in tokens[max(k - 4, 0) : k])


def opens_with_unknown_body(tokens: list[Token]) -> bool:
    """'China's state-run Global Times also issued threats': the clause subject is a name the
    study does not know (capitalised words, perhaps after an owner and lowercase modifiers),
    followed by its verb, so a later 'it' is not the last actor named."""
    k = 1 if tokens and (tokens[0].is_word("the") or _possessive_mention(tokens[0])) else 0
    while k < len(tokens) and tokens[k].kind == WORD and tokens[k].text.islower():
        k += 1  # "state-run"
    start = k
    while k < len(tokens) and _is_name_word(tokens[k]) and tokens[k].lower not in lx.TITLE_WORDS:
        k += 1
    if k - start < 2:
        return False
    while k < len(tokens) and tokens[k].is_word("also", "has", "have", "had", "again"):
        k += 1
    verb = tokens[k].lower if k < len(tokens) else ""
    return verb in lx.FINITE_FORMS or verb.endswith("ed")


def opens_with_pact(tokens: list[Token]) -> bool:
    """'On the other hand, the MOA on Cooperation … took note of …', 'The new accord also
    covers …': a pact is the clause subject (after an opening phrase set off by a comma), so a
    later 'it' is the pact, not the last actor named."""
    comma = next((j for j, t in enumerate(tokens[: lx.MAX_OPENING_WORDS]) if t.text == ","), -1)
    k = comma + 1
    if not (k < len(tokens) and tokens[k].is_word("the", "this", "that")):
        return False
    for j in range(k + 1, min(k + 2 + lx.MAX_PACT_MODIFIERS, len(tokens))):
        if tokens[j].kind != WORD:
            return False
        if tokens[j].is_word(*lx.PACT_NOUNS):
            return True
    return False


def opens_with_unknown_thing(tokens: list[Token]) -> bool:
    """'Svalbard may be a long way from India, but it offers …': the sentence opens with a
    capitalised name the study does not know, an auxiliary right after it, so an 'it' that opens
    a later clause of the sentence (the tokens given end right before it) is that, not the last
    actor named (a closing ', it said' still is)."""
    if not (tokens and tokens[-1].is_word(*lx.CLAUSE_OPENERS)):
        return False
    k = 0
    while (
        k < min(len(tokens), lx.MAX_UNKNOWN_NAME_WORDS)
        and tokens[k].kind == WORD
        and tokens[k].text[:1].isupper()
        and tokens[k].lower not in lx.FUNCTION_WORDS
    ):
        k += 1
    return 0 < k < len(tokens) and tokens[k].is_word(*lx.AUXILIARIES)


def introduces_stranger(tokens: list[Token]) -> bool:
    """'Steve Pasierb, president and chief executive at the Toy Association, has …', 'The
    director of the Frankfurt Book Fair, Juergen Boos, was …', 'Antonis Christou, a
    67-year-old resident of …, described …': the sentence opens by introducing a person the
    study does not know (a two-word name and a role, either first, or the name and a
    description), perhaps after an honorific ('Dr. Thandeka Mazibuko, a cancer specialist from
    South Africa, also spoke')."""
    n = _past_honorifics(tokens, 0)
    if len(tokens) > n + 3 and tokens[n + 2].text == "," and _unknown_name(tokens[n : n + 2]):
        if tokens[n + 3].is_word("a", "an"):
            return True
        role = takewhile(lambda t: t.kind == WORD, tokens[n + 3 : n + 3 + lx.MAX_ROLE_PHRASE_WORDS])
        return any(_role_word(t) for t in role)
    if _titled_stranger(tokens):
        return True
    if not tokens or not tokens[0].is_word("the", "a", "an"):
        return False
    opening = tokens[: lx.MAX_ROLE_PHRASE_WORDS + 2]
    comma = next((k for k, t in enumerate(opening) if t.text == ","), None)
    if comma is None or not any(_role_word(t) for t in tokens[1:comma] if t.kind == WORD):
        return False
    # the name may run to four words ("The Chairman of the event, Odeefuo Amoakwa Buadu VIII,")
    close = next(
        (k for k in range(comma + 3, min(comma + 6, len(tokens))) if tokens[k].text == ","), None
    )
    return close is not None and _unknown_name(tokens[comma + 1 : close])


def _titled_stranger(tokens: list[Token]) -> bool:
    """'(On the same panel,) Chopard copresident Karl-Friedrich Scheufele credited …',
    'Audemars Piguet CEO Ilaria Resta, said': the clause subject is a two-word name the study
    does not know, right after its title."""
    comma = next((k for k, t in enumerate(tokens[: lx.MAX_OPENING_WORDS]) if t.text == ","), -1)
    for k in range(comma + 1, min(comma + 1 + lx.MAX_TITLE_START, len(tokens) - 3)):
        if tokens[k].kind != WORD or tokens[k].lower not in lx.STRANGER_TITLES:
            continue
        if k - comma > lx.MAX_OPENING_WORDS and not _names_a_body(tokens[comma + 1 : k]):
            return False  # "Rutte delivered endorsements of US President Donald Trump": an object
        verb = tokens[k + 3]
        finite = verb.lower in lx.FINITE_FORMS or verb.lower.endswith("ed")
        return _unknown_name(tokens[k + 1 : k + 3]) and (verb.text == "," or finite)
    return False


def _names_a_body(tokens: list[Token]) -> bool:
    """Only a body's name: capitalised words, its brackets, 'of', 'the' and 'and'."""
    return all(
        t.kind != WORD or t.text[:1].isupper() or t.is_word("of", "the", "and") for t in tokens
    )


def _unknown_name(tokens: list[Token]) -> bool:
    """Two to four capitalised words no study actor matches, none a title or a date word (not
    "In July", "the Scottish secretary")."""
    common = lx.TITLE_WORDS | lx.FUNCTION_WORDS | lx.CALENDAR_WORDS | lx.TIME_NOUNS
    return 2 <= len(tokens) <= 4 and all(_is_name_word(t) and t.lower not in common for t in tokens)


def _role_word(tok: Token) -> bool:
    """A role that makes an apposition, alone, hyphenated ('secretary-general') or among the
    words of a mention ('Secretary of State')."""
    return bool(set(tok.lower.replace("-", " ").split()) & lx.APPOSITION_ROLES)


def _region_of(tokens: list[Token], j: int) -> bool:
    """The mention at j names a region of a place ("in eastern Myanmar", "from northern
    Kenya"): where something happened, never who speaks."""
    return (
        j >= 2
        and tokens[j - 1].is_word(*lx.REGION_ADJECTIVES)
        and tokens[j - 2].is_word(*lx.REGION_PREPOSITIONS)
    )


def _placed_subject(tokens: list[Token], j: int) -> int:
    """Subject of 'HEAD in PLACE said': 'The foreign ministry in Beijing' -> the ministry;
    'the Chinese embassy in Washington' -> China; 'officials in Beijing' -> Beijing (a body
    speaking for the place); 'analysts in Washington' -> the analysts (not an actor)."""
    head = tokens[j - 2]
    if _is_subject(head):
        return j - 2
    if head.text == ",":
        # "Nakul Chettri, a specialist with ICIMOD, in Kathmandu said": the place closes an
        # apposition; the subject stands before it
        before = _before_parentheticals(tokens, j - 2)
        return before[0] if isinstance(before, tuple) else (j if before is None else before)
    if head.kind != WORD:
        return j
    if j >= 3 and tokens[j - 3].kind == MENTION:
        return j - 3  # "the Chinese embassy", "China's embassy"
    if head.lower in lx.ENVOY_NOUNS and (owner := _noun_owner(tokens, j - 2)) is not None:
        return owner  # "The African Union observer mission in Guinea": who sent it
    return j if head.lower in lx.SPOKES_NOUNS else j - 2


def _head_placed_by_pair(tokens: list[Token], j: int) -> int | None:
    """'HEAD from X and Y', ending at the mention j: the head, when the first conjunct decides
    like a single place that the head speaks for neither ('companies from …'); None when it
    is no such pair or the place speaks ('officials from …' speak for both)."""
    pair = (
        j >= 4
        and tokens[j].kind == MENTION
        and tokens[j - 1].is_word("and")
        and tokens[j - 2].kind == MENTION
        and tokens[j - 3].is_word(*lx.PLACE_PREPOSITIONS)
    )
    head = _placed_subject(tokens, j - 2) if pair else None
    return None if head is None or head == j - 2 else head


def _speaker_before_place(tokens: list[Token], j: int) -> int:
    """'Trump in Doha has claimed', 'Kerry at New Delhi said': a named speaker, then a place the
    study does not know (one to three capitalised words after in/at/from); 'Rabbitt of the
    Justice Department's Criminal Division said': a named speaker, then the unit it works in
    (capitalised words after 'of', perhaps the unit's parent possessive before them)."""
    k = start = _place_start(tokens, j)
    while k >= 2 and tokens[k - 1].is_word("in", "at", "from"):
        if tokens[k - 2].kind == MENTION:
            return k - 2
        if not _is_name_word(tokens[k - 2]):
            break
        k = _place_start(tokens, k - 2)  # "Scientists at the TRA in Jorhat in eastern Assam"
    k = start
    if k >= 1 and tokens[k - 1].kind == MENTION and tokens[k - 1].mention.possessive:
        k -= 1
    if k >= 1 and tokens[k - 1].is_word("the"):
        k -= 1
    if k >= 2 and tokens[k - 1].is_word("of") and _is_subject(tokens[k - 2]):
        return k - 2
    return j


def _place_start(tokens: list[Token], j: int) -> int:
    """Where the place name ending at j begins: up to three capitalised words, after a region
    word if one comes first ('eastern Assam')."""
    k = j
    while k > max(j - 2, 1) and _is_name_word(tokens[k - 1]):
        k -= 1
    return k - 1 if k >= 2 and tokens[k - 1].is_word(*lx.REGION_ADJECTIVES) else k


def _is_name_word(tok: Token) -> bool:
    """A capitalised word of letters, perhaps hyphenated between capitals ('Karl-Friedrich')."""
    parts = tok.text.split("-")
    return tok.kind == WORD and all(p[:1].isupper() and p.isalpha() for p in parts)


def _apposition_office(tokens: list[Token], opening: int, closing: int) -> int | None:
    """In ', a spokeswoman for China's foreign ministry,' the mention a role noun ties the
    speaker to: the last mention of an apposition that opens with an article and has a role."""
    inner = tokens[opening + 1 : closing]
    if not inner or not inner[0].is_word("a", "an", "the"):
        return None
    if not any(t.is_word(*lx.SPOKES_NOUNS, *lx.TITLE_WORDS) for t in inner):
        return None
    mentions = [opening + 1 + n for n, t in enumerate(inner) if t.kind == MENTION]
    if mentions and _owns_private_body(tokens, mentions[-1]):
        return None  # "the president of Mexico's association of avocado producers": not Mexico
    if mentions and _names_another_body(tokens, mentions[-1]):
        return None  # "an employee in the Addis Ababa City Administration": another body
    return mentions[-1] if mentions else None


def _names_another_body(tokens: list[Token], k: int) -> bool:
    """The mention at k only opens the name of a body the study does not list ('the Addis Ababa
    City Administration'); not a possessive, whose state owns what follows ("China's State
    Council")."""
    return not tokens[k].mention.possessive and _is_name_word(tokens[k + 1])


def _owns_private_body(tokens: list[Token], k: int) -> bool:
    """The possessive mention at k owns a private body ("Mexico's association of avocado
    producers", "China's largest steel federation")."""
    if not tokens[k].mention.possessive:
        return False
    return any(
        tokens[n].kind == WORD
        and lx.private_body_head(tokens[n - 1].text if n > k + 1 else None, tokens[n].text)
        for n in range(k + 1, min(k + 4, len(tokens)))
    )


def former_latter(tokens: list[Token], j: int) -> int | None:
    """'India and Pakistan … as the former blamed': the mention 'the former' / 'the latter'
    points to in the last 'X and Y' of the sentence."""
    if not tokens[j].is_word("former", "latter") or j == 0 or not tokens[j - 1].is_word("the"):
        return None
    for k in range(j - 2, 1, -1):
        a = k - 2 if tokens[k - 1].is_word("the") else k - 1  # "China and the United States"
        if tokens[k].kind == MENTION and a >= 1 and tokens[a].is_word("and"):
            if tokens[a - 1].kind == MENTION:
                return a - 1 if tokens[j].is_word("former") else k
    return None


def joint_subject(tokens: list[Token], j: int) -> str | None:
    """'Both sides', 'the two countries', 'the parties', 'both leaders': a subject that names the
    pair of actors the article is about; returns what kind of actor the pair is."""
    tok = tokens[j]
    if j >= 2 and tokens[j - 1].text in ("’", "'") and tokens[j - 2].lower in lx.JOINT_NOUNS:
        # "the two countries’ officials": the pair's people speak for the pair
        j -= 2
        tok = tokens[j]
    if _joint_document(tokens, j):
        return "group"  # "…,” said the joint communique": its two owners, the pair
    kind = lx.JOINT_NOUNS.get(tok.lower) if tok.kind == WORD else None
    if kind is None or j == 0:
        return None
    k = j - 1
    if (
        k >= 2
        and tokens[k].kind == WORD
        and tokens[k].text.islower()
        and tokens[k - 1].is_word("two")
    ):
        k -= 1  # "the two foreign ministers", "the two state officials": past what kind
    paired = tokens[k].is_word("both") or (
        k >= 1 and tokens[k].is_word("two") and tokens[k - 1].is_word("the")
    )
    while k >= 0 and tokens[k].is_word("the", "two", "both"):
        k -= 1
    if k >= 0 and tokens[k].is_word("of"):
        return None  # "one of the parties", "the military chiefs of the two countries"
    if k >= 0 and tokens[k].is_word("whether", "if"):
        return None  # "did not say whether the two sides had agreed": no agreement reported
    if paired:
        return kind
    if tok.lower in lx.PAIRED_ONLY_NOUNS:
        return None  # "the officials said": any officials, not the pair
    # "the parties", "the sides", "the agencies", "the ministers": definite plurals that can
    # only mean the pair
    definite = tokens[j - 1].is_word("the") or _the_with_portfolio(tokens, j, kind)
    return kind if definite and (tok.lower in ("parties", "sides") or kind != "group") else None


def _the_with_portfolio(tokens: list[Token], j: int, kind: str) -> bool:
    """'the prime ministers', 'the foreign ministers': a definite plural of people with one
    lowercase word of their office between ('the world leaders', 'the other ministers' are
    others)."""
    if kind != "person" or j < 2 or not tokens[j - 2].is_word("the"):
        return False
    word = tokens[j - 1]
    lowercase = word.kind == WORD and word.text.isalpha() and word.text.islower()
    return lowercase and word.lower not in lx.UNPAIRED_MODIFIERS


def _joint_document(tokens: list[Token], j: int) -> bool:
    """'the joint statement', 'a joint communique' at j, its owners not named after it ('the
    joint statement issued by …' names them)."""
    return (
        2 <= j < len(tokens)
        and tokens[j].is_word(*lx.DOCUMENT_NOUNS)
        and tokens[j - 1].is_word("joint")
        and tokens[j - 2].is_word("the", "a")
        and _past_document(tokens, j - 2) == j - 2
    )


def counted_group(tokens: list[Token], j: int) -> int | None:
    """'The three countries', 'the four prime ministers', 'the 25 governments': a definite
    subject counting a group of three or more; returns the count."""
    if tokens[j].kind != WORD or tokens[j].lower not in lx.COUNTED_GROUP_NOUNS:
        return None
    for k in range(j - 1, max(j - 2 - lx.MAX_COUNTED_GROUP_MODIFIERS, 0), -1):
        word = tokens[k].lower
        count = int(word) if word.isdigit() else lx.GROUP_COUNTS.get(word)
        if count is not None:
            return count if count >= 3 and tokens[k - 1].is_word("the") else None
        if tokens[k].kind != WORD:
            return None
    return None


def opening_list(tokens: list[Token], end: int) -> list[str]:
    """'The countries -- Djibouti, Ethiopia, … and Yemen -- attended …', 'Malaysia and Indonesia
    have launched …': the actors a sentence opens with as one coordinated list, before `end`;
    two or more, else none. A plural pronoun after them means all of them. The list may
    follow an opening phrase of time or place ('After the report …, Ms. Claudia Agnes
    Brunner, Mr. Wolfgang Michael Schulze and Mr. Günter Karl Moser evaluated …')."""
    if tokens and tokens[0].is_word(*lx.OPENING_PREPOSITIONS):
        comma = next((k for k, t in enumerate(tokens[:end]) if t.text == ","), None)
        listed = [] if comma is None else _list_from(tokens, comma + 1, end)
        if listed:
            return listed
    return _list_from(tokens, 0, end)


def _past_honorifics(tokens: list[Token], k: int) -> int:
    """The first token from k that is no honorific ('Dr', 'Mr.'), the last one at most."""
    while k < len(tokens) - 1 and _honorific(tokens, k):
        k += 1
    return k


def _honorific(tokens: list[Token], k: int) -> bool:
    """An honorific at k ('Mr', 'Dr'), or the full stop closing one ('Dr.')."""
    if tokens[k].text == ".":
        return k > 0 and tokens[k - 1].is_word(*lx.HONORIFICS)
    return tokens[k].is_word(*lx.HONORIFICS)


def _list_from(tokens: list[Token], k: int, end: int) -> list[str]:
    """The actors of a coordinated list that starts within a few tokens of k (honorifics
    allowed: 'Mr. Moser'), two or more, else none."""
    stop = min(end, k + lx.MAX_LIST_OPENING)
    while k < stop and tokens[k].kind != MENTION:
        k += 1
    actors: list[str] = []
    while k < end:
        tok = tokens[k]
        if tok.kind == MENTION and not tok.mention.possessive:
            actors.append(tok.mention.actor)
        elif not (
            tok.text in lx.LIST_SEPARATORS or tok.is_word("and", "the") or _honorific(tokens, k)
        ):
            break
        k += 1
    actors = list(dict.fromkeys(actors))
    return actors if len(actors) >= 2 else []


def bare_placed_body(tokens: list[Token], j: int) -> bool:
    """'Police', 'the customs': a body noun no modifier qualifies ('border police', 'Japanese
    police' and 'cigarette customs value' name which, or are no body at all)."""
    if not tokens[j].is_word(*lx.PLACED_BODY_NOUNS):
        return False
    before = tokens[j - 1] if j > 0 else None
    if j >= 2 and tokens[j - 1].is_word("to") and tokens[j - 2].is_word("according"):
        return True  # "according to police"
    return before is None or before.kind != WORD or before.is_word("the", *lx.CLAUSE_OPENERS)


def is_anaphor(tokens: list[Token], j: int) -> bool:
    """'The minister', 'the foreign minister', 'the statement': a definite role or document
    noun (up to two modifiers after 'the') that refers back to someone already named."""
    return anaphor_qualifiers(tokens, j) is not None


def anaphor_qualifiers(tokens: list[Token], j: int) -> range | None:
    """The modifiers between 'the' and the role noun at j ('foreign' in 'the foreign
    minister'), or None when j is no definite role or document noun; a role phrase may end at
    j ('the head of state')."""
    if role_phrase(tokens, j) is not None:
        j -= 2
    elif postpositive_title(tokens, j):
        j -= 1  # "the Consul General told": the role noun before "General"
    elif not tokens[j].is_word(*lx.ANAPHOR_NOUNS):
        return None
    if j > 0 and tokens[j - 1].kind == QUOTE and tokens[j].text[:1].isupper():
        return range(j, j)  # "“…,” Minister said.": a translation's title without its article
    if _bare_opening_title(tokens, j):
        return range(0, j)  # "Foreign Minister assured Mr. Scalpelli …": no article either
    if _bare_title_after_opening(tokens, j):
        return range(j, j)  # "During her interaction with …, Ambassador conveyed that …"
    for k in range(j - 1, max(j - 4, -1), -1):
        if tokens[k].is_word("the") or _day_possessive(tokens[k]):
            # "both the Foreign Ministers": the pair, no one named before
            return None if k > 0 and tokens[k - 1].is_word("both", "all") else range(k + 1, j)
        if (
            tokens[k].kind == MENTION
            and not tokens[k].mention.possessive
            and tokens[j].is_word(*lx.APPOSITION_ROLES)
        ):
            continue  # "the U.S. Ambassador said": the side the person in the role is of
        if tokens[k].kind != WORD or tokens[k].lower in lx.FUNCTION_WORDS:
            return None
    return None


def postpositive_title(tokens: list[Token], j: int) -> bool:
    """'Consul General', 'Director General': a word after its title noun ends a role at j."""
    return (
        j > 0
        and tokens[j].is_word(*lx.POSTPOSITIVE_TITLE_WORDS)
        and tokens[j - 1].is_word(*lx.ANAPHOR_NOUNS)
    )


def role_phrase(tokens: list[Token], j: int) -> str | None:
    """The role a phrase ending at j names ('head of state': a president), or None."""
    return lx.ROLE_PHRASES.get(" ".join(t.lower for t in tokens[max(j - 2, 0) : j + 1]))


def _bare_opening_title(tokens: list[Token], j: int) -> bool:
    """'Foreign Minister assured …', 'Officials said …': a person's capitalised title opening
    the sentence without its article (up to two capitalised modifiers before it); not a
    body's ('Government denies …')."""
    if j > lx.MAX_ROLE_QUALIFIERS - 1 or not tokens[j].text[:1].isupper():
        return False
    if not tokens[j].is_word(*lx.TITLE_WORDS, *lx.VOICE_ANAPHORS):
        return False
    return all(
        t.kind == WORD and t.text[:1].isupper() and t.lower not in lx.FUNCTION_WORDS
        for t in tokens[:j]
    )


def _bare_title_after_opening(tokens: list[Token], j: int) -> bool:
    """'During her interaction with Dr. Martin Kocanda, …, Ambassador conveyed that …': a
    person's capitalised title without its article opening the main clause after an
    introductory phrase and its comma, a verb in lower case right after it; a courtesy title
    may stand before it ('On the occasion, Honorable Minister appreciated …'), or the side the
    person is of, the title then in either case ('Addressing the ceremony, Indian president
    noted that …')."""
    k = j - 1
    sided = k > 0 and (
        (tokens[k].kind == MENTION and not tokens[k].mention.possessive)
        or (tokens[k].kind == WORD and tokens[k].text in _DEMONYM_WORDS)
    )
    k -= sided
    comma = k - 1 if k > 0 and tokens[k].is_word(*lx.COURTESY_TITLES) else k
    return (
        0 < comma
        and j < len(tokens) - 1
        and tokens[comma].text == ","
        and tokens[0].kind == WORD
        and (sided or tokens[j].text[:1].isupper())
        and tokens[j].is_word(*lx.TITLE_WORDS)
        and tokens[j + 1].kind == WORD
        and tokens[j + 1].text.islower()
    )


def _day_possessive(tok: Token) -> bool:
    """'Monday's statement', 'yesterday's report': a day's document is a definite one."""
    day = tok.lower.removesuffix("'s").removesuffix("’s")
    return day != tok.lower and day in lx.WEEKDAYS | {"yesterday", "today"}


def _verb_closing_quotation(tokens: list[Token], i: int) -> bool:
    """'“… feed millions,” shared Dr Kuldeep Singh, Head of …': a past-tense verb outside the
    lexicon between a closing quotation mark and the actor it inverts with, who closes the
    clause; only saying stands there."""
    tok = tokens[i]
    if not (0 < i < len(tokens) - 1 and tok.text.islower() and tok.lower.endswith("ed")):
        return False
    closing = tokens[i - 1].kind == QUOTE or _closing_mark(tokens[i - 1])
    actor = tokens[i + 1]
    # the actor's body may follow ("…,” shared Pallav Ranjan of Spiny Babbler.")
    of_body = i + 3 < len(tokens) and tokens[i + 2].is_word("of") and tokens[i + 3].kind == MENTION
    return (
        closing
        and actor.kind == MENTION
        and not actor.mention.possessive
        and (_closes_clause(tokens, i + 1) or (of_body and _closes_clause(tokens, i + 3)))
    )


def _closing_mark(tok: Token) -> bool:
    """A closing double or single quotation mark (or a straight double one) left as punctuation."""
    return tok.kind == PUNCT and tok.text in (*OPENERS.values(), STRAIGHT_DOUBLE)


def _that_clause_verb(tokens: list[Token], i: int) -> bool:
    """A finite verb outside the lexicon that takes a that-clause: 'Beijing maintains that',
    'the mission posted on Facebook that', 'he made it clear that'."""
    word = tokens[i].lower
    if word in lx.MAKING_FORMS:
        made_known = any(_words_after(tokens, i, gap) for gap in lx.MADE_KNOWN)
        announced = _made_announcement(tokens, i)
        spoken = _made_the_call(tokens, i) or _made_quoted_remarks(tokens, i)
        made = _made_clear(tokens, i) or made_known or announced or spoken
        return made and not _negated(tokens, i)
    noun = i > 0 and tokens[i - 1].is_word("of", *lx.NOUN_PHRASE_OPENERS)  # "of apples that"
    if noun or _ends_name(tokens, i):
        return False
    if (
        _words_after(tokens, i, ("that",))
        and i + 2 < len(tokens)
        and tokens[i + 2].is_word(*lx.DEGREE_AFTER_THAT)
    ):
        return False  # "folded that many cranes": how many were folded, no clause
    return _that_after_venue(tokens, i + 1) and _finite_outside_lexicon(tokens, i)


def _ends_name(tokens: list[Token], i: int) -> bool:
    """'the School Feeding Programmes that they are implementing': a capitalised word after
    another, before a lowercase 'that', ends a name (a title-case headline's 'That' is
    capitalised too)."""
    before = tokens[i - 1] if i > 0 else None
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        tokens[i].text[:1].isupper()
        and before is not None
        and before.kind == WORD
        and before.text[:1].isupper()
        and after is not None
        and after.text == "that"
    )


def _made_the_call(tokens: list[Token], i: int) -> bool:
    """'Orlando Ravanera made the call as the country hosts …': the call for something just
    reported, made in words; not a telephone call made to or with someone."""
    if not _words_after(tokens, i, lx.MADE_CALL):
        return False
    nxt = tokens[i + 3] if i + 3 < len(tokens) else None
    return nxt is None or not nxt.is_word("to", "with")


def _made_quoted_remarks(tokens: list[Token], i: int) -> bool:
    """'"…," Arvind Mathur made the comments during the ceremony': remarks made on the
    quotation before them close it as "said" would. Without one ('Li made the remarks after
    talks') the sentence only places remarks reported elsewhere."""
    quoted = any(t.kind == QUOTE for t in tokens[:i])
    return quoted and any(_words_after(tokens, i, gap) for gap in lx.MADE_REMARKS)


def _made_announcement(tokens: list[Token], i: int) -> bool:
    """'made the announcement on Saturday that …', 'made a statement that …': making a spoken
    document whose that-clause follows (after a short venue or time phrase) is saying it."""
    k = i + 1
    if not (k + 1 < len(tokens) and tokens[k].is_word("the", "a", "an")):
        return False
    if not tokens[k + 1].is_word(*lx.SPOKEN_DOCUMENTS):
        return False
    after = _past_weekday(tokens, k + 2)
    return after < len(tokens) and _that_after_venue(tokens, after)


def _past_weekday(tokens: list[Token], j: int) -> int:
    """The index after 'on Saturday' when it stands at j, else j."""
    on_day = j + 1 < len(tokens) and tokens[j].is_word("on") and tokens[j + 1].lower in lx.WEEKDAYS
    return j + 2 if on_day else j


def _quote_after_colon(tokens: list[Token], i: int) -> bool:
    """A finite verb outside the lexicon whose clause ends in a colon and a quotation long
    enough to be a statement: 'Fesneau justified his decision to abstain: "We have said …"'
    (not 'France lists two products: "Roundup" and …')."""
    for k in range(i + 1, min(i + 2 + lx.MAX_COLON_OBJECT_WORDS, len(tokens) - 1)):
        if tokens[k].text == ":":
            quote = tokens[k + 1]
            statement = len(_words_inside(quote)) >= lx.MIN_STATEMENT_QUOTE_WORDS
            return quote.kind == QUOTE and statement and _finite_outside_lexicon(tokens, i)
        if tokens[k].kind != WORD:
            return False
    return False


def _finite_outside_lexicon(tokens: list[Token], i: int) -> bool:
    """The shape of a finite verb ('maintains', 'justified'), not a function word, a verb of
    knowing, a negated verb or a passive ('it was reported')."""
    word = tokens[i].lower
    return (
        word.isalpha()
        and word.endswith(("ed", "s"))
        and not word.endswith("ss")
        and word not in lx.FUNCTION_WORDS | lx.SKIPPABLE | lx.MENTAL_FORMS
        and not _negated(tokens, i)
        and not (word.endswith("ed") and _after_be(tokens, i))
    )


def _made_clear(tokens: list[Token], i: int) -> bool:
    """'made it clear that', 'has made clear he sees …': making clear a clause (with or
    without 'that') is saying it."""
    for gap in lx.MADE_CLEAR_GAPS:
        if _words_after(tokens, i, gap):
            end = i + 1 + len(gap)
            nxt = tokens[end] if end < len(tokens) else None
            return nxt is not None and (
                nxt.is_word("that") or nxt.kind == MENTION or nxt.lower in lx.PRONOUNS
            )
    return False  # "made that decision": nothing made clear


def _words_after(tokens: list[Token], i: int, words: tuple[str, ...]) -> bool:
    """The tokens right after i are these words."""
    return [t.lower for t in tokens[i + 1 : i + 1 + len(words)]] == list(words)


def _that_after_venue(tokens: list[Token], k: int) -> bool:
    """'that' at k, or after a short place-of-publication phrase ("on Facebook", "on its
    website", "in a post"): on/in/via and up to MAX_VENUE_WORDS words, none a gerund
    ("succeeded in ensuring that" is no venue)."""
    words = [t.lower if t.kind == WORD else None for t in tokens[k : k + 2 + lx.MAX_VENUE_WORDS]]
    if words[:1] == ["that"]:
        # "the crisis that has halted trading": 'that' before a verb is a relative pronoun
        relative = len(words) > 1 and words[1] in lx.AUXILIARIES
        return not relative and not _demonstrative_that(tokens, k)
    if not words or words[0] not in lx.VENUE_PREPOSITIONS:
        return False
    for n, w in enumerate(words[1:], start=1):
        if w == "that":
            return n > 1
        if w is None or not w.isalpha() or w.endswith("ing"):
            return False
    return False


def _demonstrative_that(tokens: list[Token], k: int) -> bool:
    """'has upped that support.': 'that' before a noun or two that end the clause points at a
    thing; it opens no clause of words said."""
    n = k + 1
    while n < len(tokens) and n <= k + 3 and tokens[n].kind == WORD:
        n += 1
    return 0 < n - (k + 1) <= 2 and (n == len(tokens) or tokens[n].kind == PUNCT)


# Punctuation after a verb that opens what follows instead of ending the clause.
_OPEN_AFTER_VERB = frozenset((":", "(", STRAIGHT_SINGLE, STRAIGHT_DOUBLE, *OPENERS))


def _object_relative(tokens: list[Token], subject: int, verb: int) -> bool:
    """'the accord Japan and South Korea have concluded.', 'the plan Xie had proposed,': a
    noun, then the subject, then a verb with nothing after it before the clause ends. The
    verb's object is the noun before, so the clause names a deal, not words said."""
    nxt = tokens[verb + 1] if verb + 1 < len(tokens) else None
    if tokens[subject].kind != MENTION:
        return False  # "one diplomat said": the noun phrase is the (unknown) speaker
    # a quotation mark opens what was said ("said 'last minute' security concerns …")
    if nxt is not None and (nxt.kind != PUNCT or nxt.text in _OPEN_AFTER_VERB):
        return False
    j = subject - 1
    if j >= 0 and tokens[j].is_word("the"):
        j -= 1
    if j < 0:
        return False
    prev = tokens[j]
    # "In a statement Sudaryono said,": the noun ends an opening phrase of how, not an object
    opening = j < lx.MAX_ADVERBIAL and tokens[0].is_word(*lx.ADVERBIAL_PREPOSITIONS)
    if _described_speaker(tokens, j, verb):
        return False
    # "Head coach Lidia Kapkova said, …": bare words opening the sentence title the name
    titled = tokens[0].text[:1].isupper() and all(
        t.kind == WORD and t.lower not in lx.FUNCTION_WORDS for t in tokens[: j + 1]
    )
    return (
        not titled
        and prev.kind == WORD
        and prev.text.isalpha()
        and prev.text.islower()
        and prev.lower not in lx.FUNCTION_WORDS | lx.SKIPPABLE | lx.CLAUSE_OPENERS
        and prev.lower not in lx.FINITE_FORMS
        # "… director B.P. Yadav said.": a role before the name, not the verb's object
        and prev.lower not in lx.APPOSITION_ROLES
        and not (opening and all(t.kind == WORD for t in tokens[:j]))
    )


def _described_speaker(tokens: list[Token], j: int, verb: int) -> bool:
    """'…, a frank Wang Min said.', '“…,” a smiling Trump said': after the clause's comma, an
    indefinite article and the word at j describe the speaker of a saying verb, not an object
    before it ('…, a position Taipei rejects.')."""
    if tokens[verb].lower not in lx.SAYING_FORMS:
        return False
    if j < 2 or not tokens[j - 1].is_word("a", "an"):
        return False
    return _clause_comma(tokens[j - 2])


def _agreed_on_in_relative(tokens: list[Token], subject: int, verb: int) -> bool:
    """'the few subjects on which the two parties have reached an agreement': a clause that
    names what was agreed on, not an agreement reported ('a speech in which he emphasized'
    still reports words)."""
    word = tokens[verb].lower
    if lx.FINITE_FORMS.get(word) not in lx.WEAK_LEMMAS and word not in lx.REACHING_FORMS:
        return False
    j = subject - 1
    while j >= 0 and tokens[j].is_word("the", "two", "both"):
        j -= 1
    return (
        j >= 1
        and tokens[j].is_word("which", "whom")
        and tokens[j - 1].is_word(*lx.RELATIVE_PREPOSITIONS)
    )


def _quoted_as(tokens: list[Token], i: int) -> int | None:
    """'quoted Han as telling', 'cited the ministry as saying': index of the quoted speaker."""
    k = i + 1
    if k < len(tokens) and tokens[k].is_word("the", "a", "an"):
        k += 1
    # "quoted him as", "quoted the minister as": a pronoun or a role anaphor resolved as a subject
    quoted = (
        _is_subject(tokens[k]) or tokens[k].is_word(*lx.OBJECT_PRONOUNS) or is_anaphor(tokens, k)
    )
    if k + 1 < len(tokens) and quoted and tokens[k + 1].is_word("as"):
        return k
    if quoted and _as_after_apposition(tokens, k + 1):
        return k  # "quotes S.P. Yadav, member secretary of the Board(,) as saying"
    if quoted and _saying_after(tokens, k):
        return k  # "quoted the … Director General, Raymond Murenzi on Wednesday saying"
    titled = _titled_name_from(tokens, k)
    if titled is not None and titled + 1 < len(tokens) and tokens[titled + 1].is_word("as"):
        return titled  # "quoted Malaysia’s Health minister S. Subramaniam as saying"
    voiced = body_of_voice(tokens, k)
    if voiced is not None and voiced + 1 < len(tokens) and tokens[voiced + 1].is_word("as"):
        return voiced  # "quoted an official at the … Warning Centre as claiming": the centre
    if tokens[i].is_word("citing"):
        return None  # ", citing Xie": a source like "according to" (the participle rules)
    named = tokens[k].kind == MENTION and not tokens[k].mention.possessive
    if tokens[i].is_word("quoting") and named:
        return k  # "Iranian media reported, quoting Ali Hosseini, …, that": the one quoted
    if tokens[i].is_word("quoting") and tokens[i + 1].is_word("a", "an", "the"):
        issuer = _issuer_index(tokens, i + 1)
        if issuer is not None:
            return issuer  # "Youm7 reported Sunday, quoting a statement from the Ministry"
    closing = tokens[k].kind == MENTION or tokens[k].is_word(*lx.OBJECT_PRONOUNS)
    end = _past_weekday(tokens, k + 1)
    if end == len(tokens) - 1 and closing and tokens[end].text == ".":
        # '"…," the publication quotes Grossi / BelTA quotes him / CNA quoted the FDA on
        # Tuesday.': a quote's source
        return k
    return None


def _titled_name_from(tokens: list[Token], k: int) -> int | None:
    """The name a short title opening at k leads to ('Malaysia’s Health minister S.
    Subramaniam'): a state's possessive, capitalised words and role words, then the mention."""
    m = k
    while (
        m < len(tokens)
        and m - k < lx.MAX_VOICE_RANK
        and (
            _possessive_mention(tokens[m])
            or _is_name_word(tokens[m])
            or _role_word_token(tokens[m])
        )
    ):
        m += 1
    titled = m > k and m < len(tokens) and _unpossessed_mention(tokens[m])
    return m if titled else None


def _caused_speaker(tokens: list[Token], i: int) -> int | None:
    """'…, prompting opposition spokesman James Paterson to warn: “…”': an actor some event
    moved to speak, the speech verb an infinitive after it."""
    if i < 3 or tokens[i].lower not in lx.BASE_FORMS or not tokens[i - 1].is_word("to"):
        return None
    actor = tokens[i - 2]
    if actor.kind != MENTION or actor.mention.possessive:
        return None
    return i - 2 if tokens[i - 3].is_word(*lx.CAUSING_FORMS) else None


def body_of_voice(tokens: list[Token], k: int) -> int | None:
    """'(an) official at the Warning Centre', 'spokesman of the ministry': the named body whose
    voice the noun at k is, or None."""
    if not (k + 2 < len(tokens) and tokens[k].is_word(*lx.PERSONAL_VOICES)):
        return None
    if not tokens[k + 1].is_word(*lx.VOICE_PREPOSITIONS):
        return None
    body = k + 3 if tokens[k + 2].is_word("the") else k + 2
    named = body < len(tokens) and tokens[body].kind == MENTION
    return body if named and not tokens[body].mention.possessive else None


def _saying_after(tokens: list[Token], k: int) -> bool:
    """'quoted Murenzi saying', 'quoted the Director General, Raymond Murenzi on Wednesday
    saying': a speech participle right after the one quoted, past a name in apposition that
    names the same actor and a weekday."""
    j = k + 1
    if j + 1 < len(tokens) and tokens[j].text == "," and tokens[j + 1].kind == MENTION:
        if tokens[k].kind != MENTION or tokens[j + 1].mention.actor != tokens[k].mention.actor:
            return False
        j += 2
    j = _past_weekday(tokens, j)
    return j < len(tokens) and tokens[j].lower in lx.PARTICIPLE_FORMS


def _as_after_apposition(tokens: list[Token], comma: int) -> bool:
    """', member secretary of the State Biodiversity Board as saying': an apposition opened at
    `comma`, then 'as' and an -ing verb."""
    if not (comma < len(tokens) and tokens[comma].text == ","):
        return False
    for k in range(comma + 1, min(comma + 1 + lx.MAX_APPOSITION, len(tokens) - 1)):
        if tokens[k].is_word("as"):
            return tokens[k + 1].lower.endswith("ing")
        if tokens[k].kind == QUOTE or tokens[k].text in (".", ";", ":"):
            return False
    return False


def _passive_quoted(tokens: list[Token], i: int) -> bool:
    """'Wang was quoted / cited / reported as saying', 'is cited as saying', 'officials were
    quoted saying', 'was quoted by Kompas / in the Jakarta Post as saying' (the outlet only
    relays), '“…,” Wu was quoted', 'was quoted widely by Russian media as stating'."""
    k = i + 1
    if k < len(tokens) and tokens[k].kind == WORD and tokens[k].text.endswith("ly"):
        k += 1  # an adverb of how widely or often
    if k < len(tokens) and tokens[k].is_word("by", "in"):
        # "by Xinhua News Agency on Monday as saying": the outlet may carry the day it quoted
        after = (_past_time(tokens, j) for j in range(k + 1, k + 1 + lx.MAX_OUTLET_WORDS))
        k = next((j for j in after if j < len(tokens) and tokens[j].is_word("as")), k)
    nxt = tokens[k] if k < len(tokens) else None
    adverb = i >= 2 and (tokens[i - 1].lower.endswith("ly") or tokens[i - 1].is_word("also"))
    aux = i - 2 if adverb else i - 1  # "was also quoted"
    passive = aux >= 0 and tokens[aux].is_word(*lx.PASSIVE_AUXILIARIES)
    # "“…,” Wu was quoted in an article for AFP", "“…,” Georgieva, the EU's commissioner, was
    # quoted by the New York Times": the quotation before its subject is the words
    subject = aux - 1
    if subject > 0 and tokens[subject].text == ",":
        opening = _parenthetical_opening(tokens, subject)
        subject = -1 if opening is None else opening - 1
    after_quote = subject >= 1 and tokens[subject - 1].kind == QUOTE
    # "Mashi, who …, was quoted to have said that …": the perfect infinitive reports words too
    perfect = (
        nxt is not None
        and nxt.is_word("to")
        and k + 2 < len(tokens)
        and tokens[k + 1].is_word("have")
        and tokens[k + 2].lower in lx.FINITE_FORMS
    )
    return passive and (after_quote or perfect or (nxt is not None and nxt.is_word("as", "saying")))


def is_role(mention: Mention) -> bool:
    """A role or title ("the foreign ministry", "his Chinese counterpart"), not a name."""
    words = mention.surface.replace("’s", "").replace("'s", "").split()
    return any(w[:1].islower() or w.lower() in lx.ROLE_WORDS for w in words)


def name_after_role(tokens: list[Token], j: int) -> int | None:
    """Index of the actor before an unknown name of up to three capitalised words ending at j:
    a role mention ("foreign ministry spokesperson Zhao Lijian"), or a country followed by an
    executive title ("Chinese Commerce Minister Wang Wentao", "China's Vice Premier He")."""
    k = j
    while (
        k >= 0 and j - k < 3 and _is_name_word(tokens[k]) and not tokens[k].is_word(*lx.TITLE_WORDS)
    ):
        k -= 1
    if k == j:
        return None
    if k >= 1 and tokens[k].lower in lx.SPOKES_NOUNS and _owner(tokens[k - 1]):
        return k - 1  # "China's foreign ministry spokesperson Mao Ning": the office
    if k >= 0 and tokens[k].kind == MENTION:
        own = set(tokens[k].mention.actor.lower().split())
        if all(t.lower in own for t in tokens[k + 1 : j + 1]):
            return k  # "Director-General Tedros Adhanom Ghebreyesus": the rest of their name
    titled = False
    while k >= 0 and j - k < 7 and (_is_name_word(tokens[k]) or tokens[k].is_word("of")):
        titled = titled or tokens[k].lower in lx.TITLE_WORDS
        k -= 1
    if k < 0 or tokens[k].kind != MENTION:
        return None
    if _branch_of_company(tokens, k):
        return None  # "Fujifilm Philippines Vice President Takashi Miyako": a firm's officer
    if titled:
        return k
    if not _is_subject(tokens[k]) or not is_role(tokens[k].mention):
        return None  # "US Senator Bob Menendez": a person the study does not know
    return k


def _branch_of_company(tokens: list[Token], k: int) -> bool:
    """The state mention at k closes a firm's name: an unknown capitalised word stands right
    before it ("Fujifilm Philippines", "Toyota Kenya"), one that is no title or opener word."""
    before = tokens[k - 1] if k >= 1 else None
    return (
        before is not None
        and not is_role(tokens[k].mention)
        and _is_name_word(before)
        and before.lower not in lx.NOT_NAME_WORDS
        and before.lower not in lx.TITLE_WORDS
    )


def _past_place(tokens: list[Token], k: int) -> int:
    """The index after 'in' and a capitalised place at k ('in Paris'), or k itself."""
    place = k + 1 < len(tokens) and (tokens[k + 1].kind == MENTION or _is_name_word(tokens[k + 1]))
    return k + 2 if place and tokens[k].is_word("in") else k


def _inversion_cues(tokens: list[Token], verb: int, subject: int) -> list[Cue]:
    """The inverted speaker's cue, and its partner's when "and" joins another actor to it
    ('…, said both Rasmussen and Brown, is to build capacity')."""
    cues = [Cue(INVERSION, verb, subject, tokens[verb].text)]
    k = subject + 1
    if k + 1 < len(tokens) and tokens[k].is_word("and") and tokens[k + 1].kind == MENTION:
        if not tokens[k + 1].mention.possessive:
            cues.append(Cue(COORDINATED, verb, k + 1, tokens[verb].text))
    return cues


def _opening_subject_set_off(tokens: list[Token], verb: int) -> bool:
    """'The OES Chairman Henry Jeffrey, from the University of Edinburgh, welcomed Australia':
    the sentence opens on an actor and one aside set off by commas right before the verb (a
    phrase of "from", "of" or "at", no verb in it), so that actor is the verb's subject, and
    the actor after it its object."""
    start = 1 if tokens and tokens[0].is_word("the") else 0
    if verb < start + 4 or tokens[verb - 1].text != "," or tokens[start + 1].text != ",":
        return False
    if tokens[start].kind != MENTION or not _is_subject(tokens[start]):
        return False
    aside = tokens[start + 2 : verb - 1]
    verbless = all(
        t.kind in (WORD, MENTION)
        and t.lower not in lx.FINITE_FORMS
        and t.lower not in lx.AUXILIARIES
        for t in aside
    )
    return aside[0].is_word("from", "of", "at") and verbless


def _inverted_subject(tokens: list[Token], verb: int) -> int | None:
    """Speaker after an inverted verb: '“…,” said Kerry' / 'said the ministry'; right after a
    closing quotation mark any finite speech verb inverts ('“…,” assured the minister',
    '“…,” warns Arts Minister Nathi Mthethwa'). 'Told' never inverts: what follows it is the
    listener ('…, Fejk, who rebuilt the zoo …, told the Radio Prague')."""
    if tokens[verb].is_word("told", "tells"):
        return None
    left = tokens[verb - 1] if verb > 0 else None
    # the closing mark of a quotation opened in an earlier sentence stands as punctuation
    after_quote = left is not None and (left.kind == QUOTE or _closing_mark(left))
    finite = tokens[verb].lower.endswith(("ed", "s"))  # "assured", "warns"
    speech = finite and (
        _verb_lemma(tokens, verb) is not None or _verb_closing_quotation(tokens, verb)
    )
    # not after an actor set off by commas: "Denmark's Foreign Minister, Jeppe Kofod, countered
    # the WHO" has its subject before the comma ("… a full member of the Asian Chess Federation,
    # reports the press service of …" has its object)
    set_off = (
        verb >= 2
        and tokens[verb - 2].kind == MENTION
        and (verb == 2 or tokens[verb - 3].text == ",")
    )
    # '…, claimed the release.': a role or document named before closes the sentence as well
    closing_source = (
        _closing_mention(tokens, verb) is not None
        or _closing_anaphor_alone(tokens, verb + 1)
        or _document_owner(tokens, verb + 1) is not None
        or _closing_press_unit(tokens, verb) is not None
    )
    closing = left is not None and left.text == "," and speech and not set_off and closing_source
    if tokens[verb].lower not in lx.INVERTIBLE and not (after_quote and speech) and not closing:
        return None
    if not after_quote and _opening_subject_set_off(tokens, verb):
        return None  # "Henry Jeffrey, from the University of Edinburgh, welcomed Australia"
    # a straight single mark closes a quotation the quote finder leaves as words: "'wake-up
    # call,' says …"; "So said Tong Gang, deputy director of …" looks back at what went before
    opens_so = verb == 1 and tokens[0].is_word("so", "thus")
    punctuated = after_quote or left is None or left.text in (",", ":", "—", "–", "-", "'")
    if not (punctuated or opens_so):
        return None
    k = verb + 1
    particles = lx.PARTICLES.get(lx.FINITE_FORMS.get(tokens[verb].lower), ())
    if k + 1 < len(tokens) and tokens[k].lower in particles:
        k += 1  # "“…,” points out Anrijs Matīss": the speaker after the verb's particle
    if k + 1 < len(tokens) and tokens[k].is_word(*lx.PRONOUNS) and tokens[k + 1].kind == WORD:
        return None  # "…, said she had already sold …": the pronoun opens the reported clause
    if k + 1 < len(tokens) and tokens[k].is_word("both") and tokens[k + 1].kind == MENTION:
        k += 1  # "…, said both Rasmussen and Brown, is …"
    named = k + 1 if k + 1 < len(tokens) and tokens[k].is_word("the") else k
    if named + 1 < len(tokens) and tokens[named + 1].is_word(*lx.AUXILIARIES):
        return None  # "…, said the Russian authorities had promised …": so does an actor
    if k < len(tokens) and _is_subject(tokens[k]):
        return _named_voice(tokens, k)
    owned = _closing_mention(tokens, verb)
    if owned is not None and (
        _possessive_mention(tokens[owned - 1]) or _owns_next(tokens, owned - 1)
    ):
        return _named_voice(tokens, owned)  # "…, said China's State Ocean Administration."
    if named < len(tokens) and joint_subject(tokens, named) and _phrase_closes(tokens, named + 1):
        return named  # "“…,” said the Presidents in a joint statement"
    titled = _titled_closing_mention(tokens, verb)
    if titled is not None:
        return titled
    owner = _closing_press_unit(tokens, verb)
    if owner is not None:
        return owner  # "…, reports the press service of the Chess Federation of Russia."
    if k + 1 < len(tokens) and tokens[k].is_word("the") and tokens[k + 1].kind == MENTION:
        return _named_voice(tokens, k + 1)  # "…, announced the U.S. Department of Agriculture"
    voiced = _voiced_mention(tokens, k)
    if voiced is not None:
        return voiced  # "“…,” said a WTO spokeswoman, referring to …"
    issued = _issued_document(tokens, k)
    if issued is not None:
        return issued  # "…, said a DMP media release."
    official = official_document(tokens, k + 2) if k + 2 < len(tokens) else None
    if official is not None and _phrase_closes(tokens, official + 1):
        return official  # "…, said an official statement."
    issuer = _past_document(tokens, k)  # "…,” said a statement issued by the ministry"
    if issuer != k and tokens[issuer].kind == MENTION:
        return issuer
    if k >= len(tokens):
        return None
    if _joint_document(tokens, k + 2):
        return k + 2  # "…,” said the joint communique released on Saturday"
    named = _name_set_off_after_role(tokens, k)
    if named is not None:
        return named  # "“…,” says the administrative officer of the project, Boubacar Diombana."
    described = _described_mention(tokens, k)
    if described is not None:
        return described  # "“…,” said Russian-born Israeli chess player Boris Gelfand, just …"
    owner = _document_owner(tokens, k)
    if owner is not None:
        return owner  # "…, reads the statement of the agency."
    anaphor = _closing_anaphor(tokens, k)
    return anaphor if anaphor is not None else _closing_stranger(tokens, k)


def _described_mention(tokens: list[Token], k: int) -> int | None:
    """The actor after a short description of content words alone, right after a quotation's
    verb at k - 1, that closes its clause ('“…,” said Russian-born Israeli chess player Boris
    Gelfand, just ahead of the match.'); None otherwise, and in a title-case headline ("…
    ‘Unacceptable’ Remarks about Macron")."""
    if k < 2 or tokens[k - 2].kind != QUOTE or not tokens[k - 1].text.islower():
        return None
    stops = (
        lx.FUNCTION_WORDS | lx.CALENDAR_WORDS | lx.CLAUSE_WORDS | lx.OBJECT_PREPOSITIONS | {"about"}
    )
    m = k
    while (
        m < len(tokens)
        and m - k < lx.MAX_STRANGER_WORDS
        and tokens[m].kind == WORD
        and tokens[m].lower not in stops
    ):
        m += 1
    if m == k or m >= len(tokens) or tokens[m].kind != MENTION or tokens[m].mention.possessive:
        return None
    ends = _speaker_clause_ends(tokens, m + 1) or _closes_sentence(tokens[m + 1 :])
    return m if ends else None


def _name_set_off_after_role(tokens: list[Token], k: int) -> int | None:
    """'…, says the South-South Cooperation Officer of the United Nations Development Program
    (UNDP) in Brazil, Daniel Furst.': a role phrase opening at k after an inverted verb, then the
    name a comma sets off after it, closing the sentence; None otherwise."""
    if not (k < len(tokens) and tokens[k].is_word("the", "a", "an")):
        return None
    for m in range(k + 1, min(k + 1 + lx.MAX_APPOSITION, len(tokens) - 1)):
        if tokens[m].text == ",":
            name = m + 1
            role = any(_role_word(t) for t in tokens[k + 1 : m])
            named = tokens[name].kind == MENTION and _is_subject(tokens[name])
            return name if role and named and _phrase_closes(tokens, name + 1) else None
        if tokens[m].kind not in (WORD, MENTION) and tokens[m].text not in ("(", ")", "-"):
            return None  # a gloss or a broken hyphen ("South- South") may stand in the role
    return None


def _closing_mention(tokens: list[Token], verb: int) -> int | None:
    """'…, confirmed Korea's Ministry of Foreign Affairs.': the actor alone after the verb that
    closes the sentence, so any finite speech verb inverts there, or None. Its owner may stand
    before it and its bracketed gloss after it ('…, announced China's State Ocean
    Administration (CSOA)'); a name or a description in apposition may follow ('…, indicated
    the Minister of Trade, Edgard Razafindravahy.', '…, China's marine affairs
    administrator.')."""
    k = verb + 2 if verb + 1 < len(tokens) and tokens[verb + 1].is_word("the") else verb + 1
    if k + 1 < len(tokens) and _possessive_mention(tokens[k]) and tokens[k + 1].kind == MENTION:
        k += 1
    elif k + 2 < len(tokens) and tokens[k].kind == MENTION and _owns_next(tokens, k + 1):
        k += 2  # "…, said the U.S. Embassy's Kosnett.": the actor's body owns the speaker
    if k >= len(tokens) or not _is_subject(tokens[k]) or tokens[k].kind != MENTION:
        return None
    end = _past_gloss(tokens, k + 1)
    apposition = _after_apposition(tokens[end:])
    if apposition and all(t.text in ".!?" for t in apposition):
        return k
    if end + 1 < len(tokens) and tokens[end].text == "," and tokens[end + 1].kind == MENTION:
        end += 2
    return k if _speaker_clause_ends(tokens, end) else None


def _closing_press_unit(tokens: list[Token], verb: int) -> int | None:
    """'…, reports the press service of the Chess Federation of Russia.': the body whose press
    unit closes the sentence after the verb, or None."""
    k = verb + 2 if verb + 1 < len(tokens) and tokens[verb + 1].is_word("the") else verb + 1
    owner = _press_unit_owner(tokens, k)
    return owner if owner is not None and _phrase_closes(tokens, owner + 1) else None


def _speaker_clause_ends(tokens: list[Token], end: int) -> bool:
    """The inverted speaker's clause ends at `end`: the sentence ends, or the speaker's own
    participle or relative clause goes on after a comma ("…, asserted Shoaei, adding that …",
    "…, said his spokesman, Scott McClellan, who was flying …"), or a relative clause right
    after the name ('…," said Under Secretary … I. Miley Gonzalez who signed the agreement')."""
    if end == len(tokens) or tokens[end].text == "." or tokens[end].is_word("who"):
        return True
    after = tokens[end + 1] if end + 1 < len(tokens) else None
    goes_on = after is not None and (after.lower in lx.PARTICIPLE_FORMS or after.is_word("who"))
    return tokens[end].text == "," and goes_on


def _named_with_relative(tokens: list[Token], k: int) -> bool:
    """'Althaus, who was previously the CEO of USA Rare Earth, said …': a capitalised name the
    writer describes in a relative clause is the verb's own subject, not an inversion."""
    return (
        _is_name_word(tokens[k])
        and k + 2 < len(tokens)
        and tokens[k + 1].text == ","
        and tokens[k + 2].is_word("who")
    )


def _voiced_mention(tokens: list[Token], k: int) -> int | None:
    """'a WTO spokeswoman', 'a spokesman for the provincial agriculture department', 'a senior
    official of the Authority', 'one spokesperson for the Mexican government' from k, closing
    its clause (perhaps after the body's bracketed gloss): the actor whose voice it is."""
    if not (k + 2 < len(tokens) and tokens[k].is_word("a", "an", "the", "one")):
        return None
    k += 1
    while k + 1 < len(tokens) and tokens[k].is_word(*lx.RANK_WORDS):
        k += 1  # "a senior official of the … Authority"
    actor, voice = tokens[k], tokens[k + 1]
    if actor.kind == MENTION and voice.is_word(*lx.PERSONAL_VOICES):
        body, end = k, k + 2
    else:
        body = body_of_voice(tokens, k)
        if body is None:
            return None
        end = body + 1
    end = _past_gloss(tokens, end)  # "said a spokesman for the People's Bank of China (PBOC)."
    closes = end == len(tokens) or tokens[end].text in (".", ",") or _occasion_closes(tokens, end)
    return body if closes else None


def _occasion_closes(tokens: list[Token], k: int) -> bool:
    """'… in Ulaanbaatar during the meeting with D.Gerel.': phrases of where and when, opening
    on a preposition at k, run to the sentence's end with no verb or clause of their own."""
    if not (k < len(tokens) and tokens[k].is_word(*lx.OCCASION_PREPOSITIONS)):
        return False
    rest = tokens[k:-1] if tokens[-1].text == "." else tokens[k:]
    plain = all(
        t.kind == MENTION or (t.kind == WORD and t.lower not in lx.CLAUSE_WORDS) for t in rest
    )
    return plain and len(rest) <= lx.MAX_OCCASION_WORDS


def official_document(tokens: list[Token], j: int) -> int | None:
    """'an official statement', 'an official release': a document at j that only 'official'
    qualifies, no issuer named before it; j, or None."""
    if not (j >= 2 and tokens[j].is_word(*lx.ISSUED_DOCUMENTS)):
        return None
    official = tokens[j - 1].is_word("official") and tokens[j - 2].is_word("an", "the")
    return j if official else None


def _issued_document(tokens: list[Token], k: int) -> int | None:
    """'a DMP media release', 'an FAO statement' from k, closing its clause: the actor named
    before the document issued it, so speaks (not 'a … report': a report cites as often)."""
    if not (k + 2 < len(tokens) and tokens[k].is_word("a", "an") and tokens[k + 1].kind == MENTION):
        return None
    is_document = lambda j: tokens[j].is_word(*lx.ISSUED_DOCUMENT_NOUNS)  # noqa: E731
    return None if _closing_head(tokens, k + 2, 2, is_document) is None else k + 1


def _closing_outlet(tokens: list[Token], verb: int) -> bool:
    """'Freeland said Canada “intends to …”, reports CBC News.': an outlet the study does not
    list, inverted after a comma to close the sentence, relays what the sentence reports; its
    verb has no subject to the comma's left."""
    if verb == 0 or tokens[verb - 1].text != "," or tokens[verb].lower not in lx.RELAYING_FORMS:
        return False
    tail = _without_stop(tokens[verb + 1 :])
    if tail and tail[0].is_word("the"):
        tail = tail[1:]
    name = list(takewhile(_is_name_word, tail))
    # "…, reports the Bangkok Post on April 30.": the date it reported on closes it
    return bool(name) and (len(name) == len(tail) or _dated_after(tail, len(name)))


def _closing_inversion(tokens: list[Token], verb: int) -> bool:
    """'… from countries including the UK, US and China, said the country's … Minister Yeo Bee
    Yin.': an actor closing the sentence after a comma and the verb (its title before it) is
    the inverted speaker, whatever actor a list before the comma names. So is a document's
    issuer: '… was signed by Musukwa and Hosono, …, said a statement issued by the Zambian
    embassy'."""
    if verb == 0 or tokens[verb - 1].text != ",":
        return False
    document = verb + 1 < len(tokens) and tokens[verb + 1].is_word("a", "an", "the")
    if document and _issuer_index(tokens, verb + 1) is not None:
        return True
    return _titled_closing_mention(tokens, verb) is not None


def _titled_closing_mention(tokens: list[Token], verb: int) -> int | None:
    """'…, said the country's Energy, Science, Technology, Environment and Climate Change
    Minister Yeo Bee Yin.': the actor that closes the sentence after the verb and a title of
    capitalised words (commas, 'and' and 'of' inside it), or None. A title in lower case ends
    in a role word ('…, said federal cabinet minister Sharif Naiz.'); a name may follow its
    title after a comma ('…, said today the Minister of Agriculture, Nemesia Achacollo.'), and
    so may when and where ('…, said Thursday in Paris the Algerian Prime Minister …')."""
    k = _past_place(tokens, _past_time(tokens, _past_place(tokens, verb + 1)))
    if k < len(tokens) and tokens[k].is_word("the", *lx.POSSESSIVE_DETERMINERS):
        k += 1  # "…, said his spokesman, Scott McClellan"
    k = _past_owner(tokens, k)
    start = k
    while (
        k < len(tokens)
        and k - start < lx.MAX_INVERTED_TITLE
        and (
            _body_in_title(tokens, k)
            or _placed_country(tokens, k)
            or tokens[k].kind != MENTION
            and (
                _title_part(tokens[k])
                or tokens[k].text == ","
                or tokens[k].is_word("and", "of", "for")  # "Regional Director for Africa"
                or (tokens[k].is_word("the") and tokens[k - 1].is_word("of"))
                or _honorific(tokens, k)  # "…, said the Hon. Prime Minister Lord Tu’ivakano"
            )
        )
    ):
        k += 1
    if k >= len(tokens) or tokens[k].kind != MENTION or tokens[k].mention.possessive:
        return None
    # the comma before a placed body's country is part of the place, not of a list
    commas = [
        j for j in range(start, k) if tokens[j].text == "," and not _placed_country(tokens, j + 1)
    ]
    name = k  # where the name starts, past an honorific ("Mr. Nacho Sanchez Amor")
    while name - 1 > start and _honorific(tokens, name - 1):
        name -= 1
    # "…, stated the Director of the Employment Promotion Agency, Nino Veltauri.": any role
    # that heads the body it governs
    body_end = name - 4 if _placed_country(tokens, name - 2) else name - 2
    heads_body = tokens[start].is_word(*lx.APPOSITION_ROLES) and _body_in_title(tokens, body_end)
    # "…, said the Chief Observer, Mr. Nacho Sanchez Amor": a title that opens with a role word
    # or a courtesy ("said His Excellency and Plenipotentiary of …, Dr. Zhao Yongchen")
    opening = (*lx.APPOSITION_ROLES, *lx.SPOKESPERSONS, *lx.COURTESY_TITLES)
    # past a qualifier ("…,” said Assistant Director of the U.S. Fish and Wildlife Service …)
    head = start + 1 if tokens[start].is_word(*lx.OFFICER_QUALIFIERS) and start + 1 < k else start
    # "the Chief Observer" opens with its role word, "Assistant Director" right after
    opens = tokens[start].is_word(*opening) or tokens[head].is_word(*opening)
    # "…, remarked WHO’s Head of Office, Sindh Dr Sara Salman.": one capitalised word, the
    # title's place, between its comma and the name
    placed = commas == [name - 2] and _is_name_word(tokens[name - 1])
    named_after_title = (commas == [name - 1] or placed) and (opens or heads_body)
    last = tokens[commas[-1] - 1] if named_after_title else tokens[k - 1]
    roles = (*lx.APPOSITION_ROLES, *lx.SPOKESPERSONS)
    # "…, noted the Director of the IP office Olena Orliuk.": the body the title's "of" governs
    body = last.kind == MENTION or last.is_word(*lx.ORGANISATION_WORDS)
    if k > start and not (_is_name_word(last) or last.is_word(*roles) or body):
        return None  # the title ends in a capitalised or role word right before the name
    listed = commas and any(tokens[j].is_word("and") for j in range(commas[-1], k))
    if commas and not (listed or named_after_title):
        return None  # "said Gordon Bacon, CEO of Pulse Canada": an apposition, not a list
    # "…, said the EU's executive body in a press release.": where and how may follow a verb
    # that inverts, but not "told" ("…, Balkhi told VOA in a written statement": a listener)
    inverts = tokens[verb].lower in lx.INVERTIBLE and not tokens[verb].is_word("told")
    # "…, said Nils Grede, senior policy officer in the WFP's policy division.": an apposition
    rest = _after_apposition(tokens[k + 1 :])
    ends = _speaker_clause_ends(tokens, k + 1) or (inverts and _closes_sentence(rest))
    return k if ends else None


def _unit_word(tok: Token) -> bool:
    """A word of a body's unit that may close a title: a capitalised name word or its 'of'."""
    return _is_name_word(tok) or tok.is_word("of")


def _body_in_title(tokens: list[Token], k: int) -> bool:
    """'…, stated the Director of the Employment Promotion Agency(,) Nino Veltauri.': a listed
    body the title's 'of' (perhaps 'of the') governs, right before the name of the person who
    holds it, or before a unit of it and then the name."""
    if not (0 < k < len(tokens) - 1) or tokens[k].kind != MENTION:
        return False
    governor = k - 2 if tokens[k - 1].is_word("the") else k - 1
    name = k + 1
    # a unit of the body may close the title ("… of the U.S. Fish and Wildlife Service Office
    # of Law Enforcement, Edward Grace")
    while name < len(tokens) - 1 and name - k <= lx.MAX_UNIT_WORDS and _unit_word(tokens[name]):
        name += 1
    name = name + 1 if tokens[name].text == "," else name
    name = _past_honorifics(tokens, name)  # "…, Dr. Zhao Yongchen"
    return (
        governor >= 0
        and tokens[governor].is_word("of")
        and name < len(tokens)
        and tokens[name].kind == MENTION
        and not tokens[k].mention.possessive
    )


def _placed_country(tokens: list[Token], k: int) -> bool:
    """'… of the Indonesia Embassy in Ankara, Turkey, Robertus Irawan': the actor at k, set off
    by commas, is the country of the city a body's name closes on."""
    return (
        2 <= k < len(tokens) - 1
        and tokens[k].kind == MENTION
        and tokens[k - 1].text == ","
        and tokens[k + 1].text == ","
        and tokens[k - 2].kind == MENTION
        and tokens[k - 2].text.split()[-2:-1] == ["in"]
    )


def _past_owner(tokens: list[Token], k: int) -> int:
    """Past an owner from k: 'the country's', or a name the study does not list, of up to four
    capitalised words ('…, said Frank Cable's Command Master Chief Paul Sweeney.'), or an actor's
    ('…, said USTDA’s Regional Director for sub-Saharan Africa Paul Marin')."""
    if k < len(tokens) and tokens[k].kind == MENTION and tokens[k].mention.possessive:
        return k + 1
    j = k
    while j < len(tokens) and j - k < lx.MAX_STRANGER_WORDS and _is_name_word(tokens[j]):
        j += 1
    if j < len(tokens) and possessive_stem(tokens[j]) is not None:
        return j + 1
    return k


def _title_part(tok: Token) -> bool:
    """A word that may stand in a title: capitalised, a lower-case content word, or one joined
    by a hyphen to a capitalised word ('Regional Director for sub-Saharan Africa')."""
    joined = tok.kind == WORD and "-" in tok.text and tok.text.split("-")[-1][:1].isupper()
    return _is_name_word(tok) or _lower_content_word(tok) or joined


def _closing_stranger(tokens: list[Token], k: int) -> int | None:
    """'“…,” said the Pakistani girl.': a noun phrase no actor names closing the sentence
    after an inverted verb; its head, so the quotation is a speaker's the study does not
    know rather than a continuation of the last one. So does a stranger's name of two to four
    words ('…, said Aldrianto Priadjati, an orang-utan conservationist'), also after a bare
    description ('…,” said economic expert Viorel Civriga.')."""
    described = k
    while (
        described < len(tokens)
        and described - k < lx.MAX_STRANGER_WORDS
        and tokens[described].kind == WORD
        and tokens[described].text.isalpha()
        and tokens[described].text.islower()
        and not tokens[described].is_word("the", "a", "an")
    ):
        described += 1
    name = _stranger_name_end(tokens, described)
    if name is None:
        # "…,” says Telenor Group VP of Sustainability and Partnerships Zainab Hussain Siddiqui."
        joins = (*lx.STRANGER_TITLE_JOINS, *lx.APPOSITION_ROLES)
        name = _stranger_name_end(tokens, k, lx.MAX_TITLED_STRANGER_WORDS, joins)
    if name is not None:
        return name
    if _lone_surname(tokens, k):
        return k  # "“…,” said Verbakel.": a stranger's surname, after his full name earlier
    if not tokens[k].is_word("the", "a", "an"):
        return None
    j = k + 1
    while j < len(tokens) and j - k <= lx.MAX_STRANGER_WORDS and tokens[j].kind == WORD:
        if tokens[j].is_word("who"):
            break  # "said a ministry official who did not want to be identified"
        if not tokens[j].text.isalpha():
            return None
        j += 1
    closes = j == len(tokens) or tokens[j].text in (".", ",", "who")
    # "said a spokesman": the voice of whoever spoke last, left to the continuation rules;
    # "said a senior environment ministry official" names its body
    voice = tokens[j - 1].is_word(*lx.SPOKES_NOUNS) and not tokens[j - 2].is_word(
        *lx.ORGANISATION_WORDS
    )
    return j - 1 if j > k + 1 and closes and not voice else None


def _lone_surname(tokens: list[Token], k: int) -> bool:
    """One name word at k closing the sentence right after a quotation and its verb."""
    return (
        k == len(tokens) - 2
        and k >= 2
        and tokens[k - 2].kind == QUOTE
        and _is_name_word(tokens[k])
        and tokens[k].lower not in lx.CALENDAR_WORDS
        and tokens[k + 1].text == "."
    )


def _stranger_name_end(
    tokens: list[Token], k: int, reach: int = lx.MAX_STRANGER_WORDS, joins: tuple[str, ...] = ()
) -> int | None:
    """The last word of a name no actor has (capitalised words from k, none a calendar word,
    two to `reach`, perhaps a title joined by `joins` before it) that closes its clause."""
    j = k
    while (
        j < len(tokens)
        and j - k < reach
        and (_is_name_word(tokens[j]) or tokens[j].is_word(*joins))
    ):
        if tokens[j].lower in lx.CALENDAR_WORDS:
            return None
        j += 1
    closes = j == len(tokens) or (tokens[j].kind == PUNCT and tokens[j].text in (".", ","))
    named = j - k >= 2 and all(_is_name_word(t) for t in tokens[j - 2 : j])
    return j - 1 if closes and named else None


def _glossed_before(tokens: list[Token], j: int) -> int | None:
    """The actor named just before a bracketed gloss that ends right before j ('… Quarantine
    (GAQSIQ)')."""
    if j < 4 or tokens[j - 1].text != ")":
        return None
    opening = bracket_opening(tokens, j - 1, 4)
    if not opening or tokens[opening - 1].kind != MENTION:
        return None
    return opening - 1 if _is_subject(tokens[opening - 1]) else None


def _joined_after(tokens: list[Token], k: int) -> int | None:
    """The second actor of a pair that opens with the mention at k, past a bracketed gloss on
    each: 'The American Food and Drug Administration (FDA) and the Centers for Disease Control
    and Prevention (CDC) issued'."""
    j = _past_gloss(tokens, k + 1)
    if not (j + 1 < len(tokens) and tokens[j].is_word("and")):
        return None
    j += 2 if tokens[j + 1].is_word("the") else 1
    if j >= len(tokens) or tokens[j].kind != MENTION or not _is_subject(tokens[j]):
        return None
    after = _past_gloss(tokens, j + 1)
    return j if after < len(tokens) and tokens[after].kind == WORD else None


def _closes_clause(tokens: list[Token], k: int) -> bool:
    """The mention at k (and its gloss) ends its clause: '…, as per the Authority.'"""
    j = _past_gloss(tokens, k + 1)
    return j >= len(tokens) or tokens[j].kind == PUNCT


def _past_gloss(tokens: list[Token], j: int) -> int:
    """Where the text goes on after a short bracketed gloss opening at j ('(FDA)'); j itself
    when none opens there."""
    if j < len(tokens) and tokens[j].text == "(":
        window = range(j + 1, min(j + 6, len(tokens)))
        close = next((m for m in window if tokens[m].text == ")"), None)
        if close is not None:
            return close + 1
    return j


def titles_named_officer(tokens: list[Token], k: int) -> bool:
    """'National Vector Borne Disease Control Programme (NVBDCP) Director Dr Neeraj Dhingra
    provided …': the body's mention at k (and its gloss) opens the title of the named officer
    after it, a role word first."""
    j = _past_gloss(tokens, k + 1)
    return (
        j < len(tokens) and _role_word_token(tokens[j]) and _named_past_rank(tokens, j) is not None
    )


def _placed_conjunct(tokens: list[Token], j: int) -> int | None:
    """The first conjunct before ', and' at j when a place follows it, its region set off in
    commas: 'the Institute of Care-Life in Chengdu, Sichuan province, and the Nepal Academy …
    announced'."""
    if not (j >= 5 and tokens[j].is_word("and") and tokens[j - 1].text == ","):
        return None
    k = j - 2
    while (
        k > 0
        and j - k <= lx.MAX_PLACE_WORDS
        and (
            _is_name_word(tokens[k]) or tokens[k].is_word(*lx.REGION_NOUNS) or tokens[k].text == ","
        )
    ):
        k -= 1
    region = any(t.text == "," for t in tokens[k + 1 : j - 1])  # not "… in The Hague, and …"
    placed = region and tokens[k].is_word("in") and tokens[k + 1].kind == WORD and k >= 1
    if not (placed and tokens[k - 1].kind == MENTION and _is_subject(tokens[k - 1])):
        return None
    return None if _governed(tokens, k - 1, lx.GOVERNING_WORDS) else k - 1


def _coordinated(tokens: list[Token], subject: int, verb: int) -> int | None:
    """'Wang and Kerry said', 'China and the United States said': the first conjunct of a
    subject that is a mention. A headline joins them with a comma ('China, U.S. pledge'),
    which a plural verb confirms."""
    j = subject - 1
    if tokens[subject].kind == WORD and j >= 0 and _plain_word(tokens[j]):
        j -= 1  # "the Health Ministry and state media said": an unnamed second speaker
    if j >= 0 and tokens[j].is_word("the"):
        j -= 1
    if j >= 1 and tokens[j].text == "." and _honorific(tokens, j):
        j -= 2  # "… and her Ugandan counterpart Dr. Johnson Byabashaija said"
    # "Makei and his Russian counterpart Sergey Lavrov emphasized": the second one's title,
    # whose role noun may follow plain words ("… and NRL rugby league boss Peter V'landys")
    k = j
    role = j >= 0 and tokens[j].kind == WORD and tokens[j].lower in lx.APPOSITION_ROLES
    while k > j - 4 and k >= 0 and (_title_word(tokens[k]) or (role and _plain_word(tokens[k]))):
        k -= 1
    if k != j and k >= 1 and tokens[k].is_word("and") and tokens[k - 1].kind == MENTION:
        j = k
    elif k != j and k >= 2 and tokens[k].is_word("and") and tokens[k - 1].text == ",":
        # "…, Mary Gahonzire, and her Ugandan counterpart Dr. Johnson Byabashaija said": the
        # first one set off in her own commas
        first = tokens[k - 2]
        return k - 2 if first.kind == MENTION and _is_subject(first) else None
    glossed = _glossed_before(tokens, j)
    if glossed is not None and tokens[j].is_word("and"):
        return glossed  # "The General Administration … (GAQSIQ) and the Ministry issued"
    placed = _placed_conjunct(tokens, j)
    if placed is not None:
        return placed  # "the Institute of Care-Life in Chengdu, Sichuan province, and the …"
    listed = j >= 3 and tokens[j].is_word("and") and tokens[j - 1].text == ","
    if listed and tokens[j - 3].text == "," and _is_subject(tokens[j - 2]):
        return j - 2  # "France, Sweden, Luxembourg, and Ukraine said": a serial comma
    if j >= 1 and tokens[j].is_word("and") and is_anaphor(tokens, j - 1):
        return j - 1  # "the Japanese Prime Minister and US President Joe Biden said"
    if j >= 1 and tokens[j].is_word("and") and (envoy := _envoy_sent_to(tokens, j - 1)) is not None:
        return envoy  # "The French Ambassador to Egypt and the Head of … both emphasized"
    if j < 1 or not _is_subject(tokens[j - 1]) or tokens[j - 1].kind != MENTION:
        return None
    if tokens[j].is_word("and"):
        # "Didier Reynders, Commissioner for … of the European Commission and Rohit Chopra …
        # announced": the name whose title ends the first conjunct
        titled = _name_before_title(tokens, j - 1)
        return j - 1 if titled is None else titled
    base = tokens[verb].lower in lx.BASE_FORMS or tokens[verb].lower in lx.MESSAGE_BASE_FORMS
    plural = base and not _after_modal(tokens, verb)
    # "Terrorism: Pakistan, Afghanistan agree": the pair may follow a headline's topic label,
    # and more may be listed before it ("Philippines, Malaysia, Indonesia protest China's map")
    start = min([j - 1, *_listed_before(tokens, j - 1)])
    opens = start == 0 or (start == 2 and tokens[1].text == ":")
    if tokens[j].text == "," and opens and plural:
        return j - 1
    return None


def _appositive_conjunct(tokens: list[Token], subject: int, verb: int) -> int | None:
    """'Clune, U.S. Ambassador to Laos, and Chanthasomboune, Director of the NRA, announced':
    the other of two subjects, each with its apposition, whichever one the verb found."""
    if tokens[subject].kind != MENTION:
        return None
    if subject >= 2 and tokens[subject - 1].is_word("and") and tokens[subject - 2].text == ",":
        for k in range(subject - 3, max(subject - 3 - lx.MAX_PARENTHETICAL, 0), -1):
            if tokens[k].kind == QUOTE or tokens[k].text in ";:":
                return None
            if tokens[k].text == "," and _unpossessed_mention(tokens[k - 1]):
                return k - 1 if k - 1 == 0 else None
        return None
    first = _named_before_second_title(tokens, subject) if subject >= 2 else None
    if first is not None:
        return first
    if subject + 1 >= len(tokens) or tokens[subject + 1].text != ",":
        return None
    for k in range(subject + 1, verb - 2):
        if tokens[k].text == "," and tokens[k + 1].is_word("and"):
            return _second_named(tokens, k + 2)
        if tokens[k].kind == QUOTE or tokens[k].text in ";:":
            return None
    return None


def _past_title(tokens: list[Token], k: int, step: int) -> int:
    """From k, past the words of a title ('the Chair of the Assembly') in the direction of
    `step` (1 or -1)."""
    start = k
    while (
        0 <= k < len(tokens)
        and abs(k - start) < lx.MAX_PARENTHETICAL
        and (_title_word(tokens[k]) or tokens[k].is_word("of", "the"))
    ):
        k += step
    return k


def _second_named(tokens: list[Token], k: int) -> int | None:
    """The second conjunct's name from k, right after 'and' ('…, and Chanthasomboune') or
    set off after its title ('…, and the Chair of the Assembly, Joel Kalo,')."""
    if k < len(tokens) and _unpossessed_mention(tokens[k]):
        return k
    named = _past_title(tokens, k, 1) + 1
    if named == k + 1 or named >= len(tokens) or tokens[named - 1].text != ",":
        return None
    return named if _unpossessed_mention(tokens[named]) else None


def _named_before_second_title(tokens: list[Token], subject: int) -> int | None:
    """'The Minister of Health, Mere Tora, and the envoy, Joel Kalo, said': the name set off
    before the title of the second name at `subject`, or None."""
    if tokens[subject - 1].text != ",":
        return None
    k = _past_title(tokens, subject - 2, -1)
    titled = k < subject - 2
    listed = k >= 2 and tokens[k].is_word("and") and tokens[k - 1].text == ","
    return k - 2 if titled and listed and _unpossessed_mention(tokens[k - 2]) else None


def _unpossessed_mention(tok: Token) -> bool:
    return tok.kind == MENTION and not tok.mention.possessive


def _included_subjects(tokens: list[Token], i: int) -> list[int]:
    """'Many countries including Israel, Greece, …, and the European Union, offered': the
    actors an 'including' list names, set off between the plural subject it details
    ('countries', 'nations') and the verb at i; none when there is no such list."""
    k = i - 2
    if k < 0 or tokens[i - 1].text != ",":
        return []
    members = []
    while k >= 0 and (
        _unpossessed_mention(tokens[k]) or tokens[k].text == "," or tokens[k].is_word("and", "the")
    ):
        if tokens[k].kind == MENTION:
            members.append(k)
        k -= 1
    if k < 1 or not tokens[k].is_word("including"):
        return []
    head = k - 2 if tokens[k - 1].text == "," and k >= 2 else k - 1
    # the plural opens the sentence, after a quantifier at most ("Several countries")
    opening = all(t.is_word(*lx.QUANTIFIERS, "other") for t in tokens[:head])
    return members[::-1] if opening and tokens[head].is_word(*lx.OTHERS_NOUNS) else []


def _listed_before(tokens: list[Token], first: int) -> list[int]:
    """'India, Japan and France said': the mentions listed with commas before the first
    conjunct of 'Japan and France'."""
    out = []
    while True:
        if first >= 1 and tokens[first - 1].is_word("the"):
            first -= 1  # "China, the United States and …"
        # "Albanese, his PNG counterpart James Marape and …": past the name's title
        titled = first
        while titled > first - 4 and titled >= 1 and _in_title_before_name(tokens[titled - 1]):
            titled -= 1
        title = tokens[titled:first]
        if (
            titled >= 1
            and tokens[titled - 1].text == ","
            and any(t.is_word(*_TITLE_LEADS) for t in title)
        ):
            first = titled
        if first < 2 or tokens[first - 1].text != "," or not _is_subject(tokens[first - 2]):
            break
        first -= 2
        if tokens[first].kind != MENTION:
            break
        if first >= 1 and tokens[first - 1].is_word("in", "at"):
            break  # "will be built in Nepal, the Institute … and the Academy announced": a place
        out.append(first)
    return out


_TITLE_LEADS = lx.TITLE_WORDS | frozenset(
    "his her its their counterpart visiting outgoing acting".split()
)


def _in_title_before_name(tok: Token) -> bool:
    """A word of a title, or an actor named in it ('his PNG counterpart')."""
    return _title_word(tok) or tok.kind == MENTION


def _title_word(tok: Token) -> bool:
    """A word of a title before a name: 'his Russian counterpart', 'Foreign Minister',
    'visiting U.S. President'."""
    return tok.kind == WORD and (tok.lower in _TITLE_LEADS or tok.text[0].isupper())


def _after_modal(tokens: list[Token], verb: int) -> bool:
    prev = _prev_word(tokens, verb)
    return prev is not None and prev.is_word(*lx.MODALS)


def _own_document(tokens: list[Token], k: int) -> bool:
    """'its statement', 'their joint statement', 'its press service': a document the clause's
    subject issued, or its press unit."""
    if not tokens[k].is_word("its", "their"):
        return False
    press_unit = (
        k + 2 < len(tokens)
        and tokens[k + 1].is_word(*lx.PRESS_UNIT_MODIFIERS)
        and tokens[k + 2].is_word(*lx.PRESS_UNIT_NOUNS)
    )
    return press_unit or any(t.is_word(*lx.DOCUMENT_NOUNS) for t in tokens[k + 1 : k + 3])


def _single_body_after(tokens: list[Token], owner: int) -> int | None:
    """'According to its press service, the Ministry of Transportation of Russia has …': the
    one actor that opens the clause after the owner's phrase, which 'its' points ahead to; None
    when the clause opens with a pair ('Moscow and Astana signed')."""
    phrase = range(owner + 2, min(owner + 5, len(tokens)))  # "its press service,"
    comma = next((j for j in phrase if tokens[j].text == ","), None)
    if comma is None:
        return None
    k = comma + 2 if comma + 2 < len(tokens) and tokens[comma + 1].is_word("the") else comma + 1
    if k + 1 >= len(tokens) or tokens[k].kind != MENTION or tokens[k].mention.possessive:
        return None
    return None if tokens[k + 1].is_word("and") or tokens[k + 1].text == "," else k


def _opens_sentence(tokens: list[Token], k: int) -> bool:
    return k == 0 or (k == 1 and tokens[0].is_word("the"))


def _government_document(tokens: list[Token], k: int) -> bool:
    """'a government notification', 'the government statement': the document of the
    government whose act the clause reports."""
    return (
        k + 2 < len(tokens)
        and tokens[k].is_word("a", "the")
        and tokens[k + 1].is_word("government")
        and tokens[k + 2].is_word(*lx.DOCUMENT_NOUNS)
    )


def _after_speaking(tokens: list[Token], j: int) -> bool:
    """'summoned the envoy after accusing Moscow of …': 'after' before a speech participle,
    with no later speech verb to say whose report the sentence is ('…, days after announcing a
    halt, the newspaper reported')."""
    later = tokens[j + 2 :]
    return tokens[j].is_word("after") and not any(t.lower in lx.FINITE_FORMS for t in later)


_NO_SPEAKER = -1


def _coordinated_clause_subject(tokens: list[Token], cues: list[Cue], i: int) -> int | None:
    """'X noted …, and Bert Lenten, CMS Deputy Executive Secretary, committed to ongoing
    cooperation, noting …': the actor opening the last clause joined by ', and' before the
    participle at i, when no cue found so far lies in that clause; None otherwise. The actor's
    own verb follows it (perhaps after an apposition), so it is no list's last item ('met
    officials from Tonga, Samoa, and Vanuatu at the forum, noting …', '… Central African
    Republic, and Niger speak out …, accusing')."""
    start = max((c.verb for c in cues), default=-1) + 1
    for j in range(i - 1, max(start, 3) - 1, -1):
        if tokens[j - 2].text == "," and tokens[j - 1].is_word("and") and _is_subject(tokens[j]):
            listed = tokens[j - 3].kind == MENTION
            actor = tokens[j].kind == MENTION and not tokens[j].mention.possessive
            verb = _past_set_off(tokens, j + 1, i)
            finite = verb < i and (
                tokens[verb].lower in lx.FINITE_FORMS or _finite_outside_lexicon(tokens, verb)
            )
            return j if actor and finite and not listed else None
    return None


def _past_set_off(tokens: list[Token], k: int, end: int) -> int:
    """Past an apposition set off by commas at k (', CMS Deputy Executive Secretary,'), before
    end; k when none opens there."""
    if k >= end or tokens[k].text != ",":
        return k
    close = next((j for j in range(k + 1, end) if tokens[j].text == ","), None)
    return k if close is None else close + 1


def _tail_speaker(tokens: list[Token], cues: list[Cue], k: int) -> int | None:
    """'…, Kerry said, adding that …', '…, the daily said, adding that …': a participle right
    after the comma that closes a saying verb goes on with that verb's subject; _NO_SPEAKER
    when the verb has none the cues name; None when no saying verb stands there."""
    if k < 2 or tokens[k - 1].text != "," or not tokens[k - 2].is_word(*lx.SAYING_FORMS):
        return None
    cue = next((c for c in reversed(cues) if c.verb == k - 2), None)
    return _NO_SPEAKER if cue is None or cue.subject is None else cue.subject


def _outlet_cites_outlet(tokens: list[Token], i: int) -> bool:
    """'…, Azernews reports, citing Report.': a citing participle after an outlet's relaying
    verb that names only another outlet (capitalised words closing the sentence), no source
    who speaks ('…, Reuters reported, citing Philippine naval sources' cites the navy)."""
    if i < 2 or not tokens[i].is_word(*lx.CITING_FORMS) or tokens[i - 1].text != ",":
        return False
    if not tokens[i - 2].is_word(*lx.RELAYING_FORMS):
        return False
    cited = list(takewhile(lambda t: t.kind == WORD, tokens[i + 1 :]))
    rest = tokens[i + 1 + len(cited) :]
    named = bool(cited) and all(t.text[:1].isupper() for t in cited)
    return named and all(t.kind == PUNCT for t in rest)


def _catenative_subject(tokens: list[Token], verb: int) -> int | None:
    """The actor right before a catenative verb at `verb`, one adverb allowed between: 'years
    after Animals Australia (first) began warning', in whatever clause it stands."""
    if not tokens[verb].is_word(*lx.CATENATIVE_FORMS):
        return None
    j = verb - 1
    if j > 0 and tokens[j].kind == WORD and tokens[j].text.islower():
        j -= 1  # "first", "repeatedly"
    return j if j >= 0 and tokens[j].kind == MENTION and _is_subject(tokens[j]) else None


def _owned_role_opening(tokens: list[Token], opening: int, k: int) -> bool:
    """The clause opens on an actor's possessive and a role in lower case ending at k ("Spain's
    consul general", "Canada's finance minister")."""
    words = tokens[opening + 1 : k + 1]
    owner = tokens[opening] if opening < len(tokens) else None
    return (
        owner is not None
        and owner.kind == MENTION
        and owner.mention.possessive
        and 1 <= len(words) <= 3
        and all(t.kind == WORD and t.text.islower() for t in words)
        and any(t.is_word(*lx.ROLE_WORDS) for t in words[-2:])
    )


def _clause_subject(tokens: list[Token], before: int) -> int | None:
    """Subject of the main clause: the first mention, pronoun or role anaphor that opens the
    sentence or follows an introductory phrase ("During a visit ..., Wang ..."), or the name
    that closes a title opening it. A dateline in capitals before a colon ("NEW DELHI: …")
    is no subject; the clause opens after it."""
    opening = 2 if _colon_dateline(tokens) else 0
    for k in range(opening, before):
        tok = tokens[k]
        d = k
        joint = joint_subject(tokens, k) is not None  # "The two sides discussed … and praised"
        while d > opening and (
            tokens[d - 1].is_word("the", *lx.RANK_WORDS, *(("two", "both") if joint else ()))
            or tokens[d - 1].lower in lx.COUNTRY_POSSESSIVES  # "the country's High Court"
            or _honorific(tokens, d - 1)
        ):
            d -= 1  # "The Sudanese army …", "Senior Chinese officials …", "Ms. Ana Taufa …"
        at_start = (
            d == opening
            or (
                tokens[d - 1].text == ","
                and tokens[0].kind == WORD
                and not _title_apposed_to_name(tokens, d, k)
            )
            or (d == 1 and _opens_main_clause(tokens, before))  # "But the British Council …"
            # "“…” Minister Aleksandra Pivec shared with the Pope and added that …": the speaker
            # of the quotation that opens the sentence
            or (d == 1 and tokens[0].kind == QUOTE)
            or _opening_time(tokens, d)  # "Last week Singapore took action …, alleging"
            # "…, but the Kremlin has refused to take part, arguing …": a coordinated clause
            or (d >= 2 and tokens[d - 1].is_word("but") and tokens[d - 2].text == ",")
        )
        # "A senior official at the ministry touched on …, criticizing", "A spokesperson for
        # Health Minister Peter Dutton refused to speculate …, but said"
        voice = _voice_at_office(tokens, k)
        voice = _voice_for_titled(tokens, k) if voice is None and tok.kind == MENTION else voice
        if voice is not None and all(t.is_word("a", "an", *lx.RANK_WORDS) for t in tokens[:voice]):
            return k
        named = _name_closing_title(tokens, k, before) if at_start and _role_word(tok) else None
        if named is not None:
            return named  # "The Secretary General of the OTS Ambassador Omuraliev had …"
        if at_start and joint:
            return k  # "The sides discussed the prospects … and praised …": the pair
        if _owned_role_opening(tokens, opening, k):
            return k  # "Spain's consul general, on the occasion, shared …, saying": its officer
        if at_start and (_is_subject(tok) or is_anaphor(tokens, k)) and not _place_of(tokens, k):
            if _situation_it(tokens, k):
                return _subject_in_situation(tokens, k, before)
            return k  # "Wang …", "The ministry went on to …, saying"
    return None


def _colon_dateline(tokens: list[Token]) -> bool:
    """'NEW DELHI: Union Sports Minister Anurag Thakur said …': a place in capitals and a colon."""
    return len(tokens) > 2 and tokens[1].text == ":" and tokens[0].text.isupper()


def _title_apposed_to_name(tokens: list[Token], d: int, k: int) -> bool:
    """'During his meeting with Sione Vea, the Minister of Finance of Tonga, Leota Aliielua
    emphasized': the role mention at k, opening after the comma before d, is the title of the
    name before that comma, set off by a comma of its own before the clause's subject. A body
    takes no title ('At this meeting … held at the US Embassy in Kabul, Ambassador Hugo Llorens,
    US Special Chargé d’Affaires thanked': the ambassador is the subject)."""
    if d < 2 or tokens[k].kind != MENTION or not is_role(tokens[k].mention):
        return False
    if tokens[d - 2].kind != MENTION or tokens[d - 2].mention.actor == tokens[k].mention.actor:
        return False
    if set(tokens[d - 2].lower.split()) & lx.ORGANISATION_WORDS:
        return False
    close = next((j for j in range(k + 1, len(tokens)) if tokens[j].kind == PUNCT), None)
    return (
        close is not None
        and tokens[close].text == ","
        and close + 1 < len(tokens)
        and _is_subject(tokens[close + 1])
    )


def _name_closing_title(tokens: list[Token], k: int, before: int) -> int | None:
    """The name that closes a title opening at k, right after a title word or a body ('The
    Secretary General of the Organization of Turkic States Ambassador Kubanychbek Omuraliev had
    a speech … and emphasized'); not a body the title is of ('The minister of Japan')."""
    j = k + 1
    while j < before and (
        tokens[j].kind == MENTION or _title_word(tokens[j]) or tokens[j].is_word("of", "the")
    ):
        j += 1
    last = j - 1
    if last <= k or tokens[last].kind != MENTION or tokens[last - 1].is_word("of", "the"):
        return None
    return last


def _place_of(tokens: list[Token], k: int) -> bool:
    """The mention at k is where something happens, not who acts: 'As with a meeting in Kobe,
    Japan, a week ago, where … proposals were put …' ('where' takes a place as its antecedent;
    a short phrase of when may come between)."""
    if tokens[k].kind != MENTION or k + 2 >= len(tokens) or tokens[k + 1].text != ",":
        return False
    j = k + 2
    while (
        j < len(tokens) and j - k <= 6 and tokens[j].kind == WORD and not tokens[j].is_word("where")
    ):
        j += 1
    if j > k + 2 and j < len(tokens) and tokens[j].text == ",":
        j += 1  # "…, a week ago, where"
    return j < len(tokens) and tokens[j].is_word("where") and tokens[j - 1].text == ","


def _situation_it(tokens: list[Token], k: int) -> bool:
    """'It is rare', 'It was a surprise': an 'it' with a copula and its complement names a
    situation, not a speaker (unlike 'It is urging', 'It was asked')."""
    if not (tokens[k].is_word("it") and k + 1 < len(tokens) and tokens[k + 1].is_word("is", "was")):
        return False
    j = k + 2
    while j < len(tokens) and _is_adverb(tokens[j]):
        j += 1  # "It is extremely rare"
    complement = tokens[j] if j < len(tokens) else None
    return (
        complement is not None
        and complement.kind == WORD
        and not complement.lower.endswith(("ing", "ed"))
    )


def _subject_in_situation(tokens: list[Token], k: int, before: int) -> int | None:
    """'It is not the first time the AU has suspended members, saying': the actor of the clause
    the situation 'it' at k introduces; none in 'It is extremely rare for the two to speak …' or
    in a that-clause it judges ('It was very unfortunate that … Pakistan …')."""
    for j in range(k + 2, before):
        if tokens[j].is_word("that"):
            return None
        if tokens[j].kind == MENTION and _is_subject(tokens[j]):
            return j
    return None


def _opens_main_clause(tokens: list[Token], before: int) -> bool:
    """The clause opener at 0 is followed by the subject of the clause that reaches `before`:
    always after 'But', 'And'; after a subordinator ('After', 'When') only when no comma closes
    its clause first ('After the Indian Mission forwarded …, India's foreign ministry intervened
    and told': the ministry's)."""
    if not tokens[0].is_word(*lx.CLAUSE_OPENERS):
        return False
    return tokens[0].is_word("and", "but") or all(t.text != "," for t in tokens[1:before])


def _document_of_occasion(tokens: list[Token], j: int) -> int | None:
    """'a joint statement issued after the visit': the document whose issuing participle
    names the occasion that ends at j (after, at, during or following it), no issuer; else
    None."""
    for k in range(j - 1, max(j - lx.MAX_OCCASION_WORDS - 2, 1), -1):
        if tokens[k].kind != WORD:
            return None
        if tokens[k].is_word(*lx.ISSUING_PARTICIPLES):
            occasion = tokens[k + 1].is_word(*lx.OCCASION_LINKS) and k + 1 < j
            return k - 1 if occasion and tokens[k - 1].is_word(*lx.DOCUMENT_NOUNS) else None
    return None


def _past_document(tokens: list[Token], k: int) -> int:
    """Where the issuer stands after a document named at k ('a readout from the State
    Department', 'a statement issued by the ministry', 'data from Seoul'); k itself when no
    document is there."""
    j = k + 1 if k < len(tokens) and tokens[k].is_word("a", "an", "the") else k
    owner = _signed_release_owner(tokens, j)
    if owner is not None:
        return owner
    j = _past_document_modifiers(tokens, j)
    posted = _posted_on(tokens, j)
    if posted is not None:
        return posted  # "a statement on the Shandong … Bureau website"
    # "the statement, issued late Sunday by the ministry, said": the participle set off
    set_off = j + 2 < len(tokens) and tokens[j + 1].text == ","
    participle = j + 1 + set_off
    issued = participle < len(tokens) and (
        tokens[participle].is_word(*lx.ISSUING_PARTICIPLES) or _obtained_from(tokens, participle)
    )
    link = participle + 1 if issued else j + 1  # the "from", "by" or "of" that names the issuer
    if issued and (late := _by_after_when(tokens, link)) is not None:
        link = late  # "a statement released late on June 15 by Turkey's Central Bank"
    if not (
        link + 1 < len(tokens)
        and tokens[j].is_word(*lx.SOURCE_NOUNS)
        and tokens[link].is_word("from", "by", "of")
    ):
        return k
    j = _past_site_of(tokens, link + 1)
    j = j + 1 if tokens[j].is_word("the") and j + 1 < len(tokens) else j
    j = _past_honorifics(tokens, j)  # "signed by Mrs Modupe Ogundoro", "by Dr. Ana Taufa"
    return _signatory_body(tokens, j) if tokens[participle].is_word("signed") else j


def _signed_release_owner(tokens: list[Token], j: int) -> int | None:
    """'An EU statement signed by Neven Mimica, its Commissioner …, said': a release its owner
    names right before it, then "signed", is the owner's, whoever signs it; the owner's index
    (from the owner at j, or from the release noun at j), or None."""
    if j + 2 < len(tokens) and _unpossessed_mention(tokens[j]):
        noun, owner = j + 1, j
    elif j > 0 and _unpossessed_mention(tokens[j - 1]):
        noun, owner = j, j - 1
    else:
        return None
    release = tokens[noun].is_word(*lx.SOURCE_NOUNS)
    signed = noun + 1 < len(tokens) and tokens[noun + 1].is_word("signed")
    return owner if release and signed else None


def _signatory_body(tokens: list[Token], j: int) -> int:
    """'The statement, signed by Mrs Modupe Ogundoro of the Federal Ministry of Water Resources
    in Abuja, said': a release that a body's officer signs is the body's; j when the signatory
    at j is named with no body."""
    k = j + 1
    if tokens[j].kind != MENTION or k >= len(tokens) or not tokens[k].is_word("of", "from"):
        return j
    k += 1 + (k + 1 < len(tokens) and tokens[k + 1].is_word("the"))
    return k if k < len(tokens) and tokens[k].kind == MENTION else j


def _obtained_from(tokens: list[Token], k: int) -> bool:
    """'a statement obtained from the ministry', 'a press release received from the Bangladesh
    Embassy': its issuer gave it (not 'obtained by Reuters', an outlet that got hold of it)."""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return tokens[k].is_word("obtained", "received") and nxt is not None and nxt.is_word("from")


def _past_site_of(tokens: list[Token], j: int) -> int:
    """Past '(the) website of (the)' at j ('a statement from the website of the CBN'): the
    site's owner issued what is on it; j itself when no site stands there."""
    k = j + 1 if j < len(tokens) and tokens[j].is_word("the") else j
    if not (
        k + 2 < len(tokens) and tokens[k].is_word(*lx.SITE_NOUNS) and tokens[k + 1].is_word("of")
    ):
        return j
    return k + 3 if tokens[k + 2].is_word("the") and k + 3 < len(tokens) else k + 2


def _by_after_when(tokens: list[Token], k: int) -> int | None:
    """The 'by' that a short phrase of when or where ('late on June 15', 'in Hong Kong',
    'yesterday') puts between an issuing participle and its issuer, or None."""
    if k >= len(tokens) or not tokens[k].is_word(
        *lx.ADVERBIAL_PREPOSITIONS, *lx.PARTICIPLE_WHEN_WORDS, "late", "early"
    ):
        return None
    for m in range(k + 1, min(k + lx.MAX_ADVERBIAL, len(tokens) - 1)):
        if tokens[m].is_word("by"):
            return m
        if tokens[m].kind == PUNCT:
            return None
    return None


def _past_document_modifiers(tokens: list[Token], j: int) -> int:
    """The source noun after a few words that describe it ("a joint statement", "official
    data", "the 2017 Annual report", "a Nov. 3 report"), else j."""
    m, words = j, 0
    while m < len(tokens):
        if tokens[m].is_word(*lx.SOURCE_NOUNS):
            return m if words else j
        if tokens[m].kind == WORD:
            words += 1
            if words > lx.MAX_DOCUMENT_MODIFIERS:
                return j
        elif not (tokens[m].text == "." and m > j and tokens[m - 1].end == tokens[m].start):
            return j  # only an abbreviation's full stop ("Nov.") stands among the words
        m += 1
    return j


def _posted_on(tokens: list[Token], j: int) -> int | None:
    """Where the owner stands of the site a document at j was posted on: 'a statement on the
    ministry('s) website'."""
    if not (j + 3 < len(tokens) and tokens[j].is_word(*lx.SOURCE_NOUNS)):
        return None
    if not tokens[j + 1].is_word("on"):
        return None
    k = j + 3 if tokens[j + 2].is_word("the") else j + 2
    site = k + 1 < len(tokens) and tokens[k + 1].is_word(*lx.SITE_NOUNS)
    if site and tokens[k].kind == MENTION:
        return k
    owner = _past_site_of(tokens, j + 2)  # "a statement on the website of the CBN"
    return owner if owner != j + 2 and tokens[owner].kind == MENTION else None


def _issuer_index(tokens: list[Token], j: int) -> int | None:
    """Where the actor a document at j names as its issuer stands: 'a report by the UNHCR',
    'a statement issued by the ministry'; None when it names none."""
    k = _past_document(tokens, j)
    return k if k != j and tokens[k].kind == MENTION else None


def document_issuer(tokens: list[Token], j: int) -> Token | None:
    """The issuer's mention of the document at j, or None."""
    k = _issuer_index(tokens, j)
    return None if k is None else tokens[k]


def _opening_issuer(tokens: list[Token]) -> int | None:
    """'A statement issued by the AU after a meeting of its Peace and Security Council said':
    the issuer a sentence's opening document names."""
    if not tokens or not tokens[0].is_word("a", "an", "the"):
        return None
    return _issuer_index(tokens, 0)


def _titled_holder(tokens: list[Token], k: int) -> int | None:
    """The actor named from k past up to four title words, right after an owner's possessive
    ("Mexico’s Foreign Affairs Minister Marcelo Ebrard", "China's Ministry of Commerce")."""
    j = k
    while j < len(tokens) and j - k < 4 and tokens[j].kind == WORD and _title_word(tokens[j]):
        j += 1
    named = j < len(tokens) and tokens[j].kind == MENTION and not tokens[j].mention.possessive
    return j if named else None


def _source(tokens: list[Token], k: int) -> int | None:
    """The actor after 'according to': 'the foreign ministry', 'a State Department readout',
    'Beijing's statement' (a possessive only with the document or spokesperson it owns)."""
    k = _past_document(tokens, k)
    voiced = _voiced_mention(tokens, k)
    if voiced is not None:
        # "according to a spokesperson for the PCBS, Louay Shehadeh,": the voice's name
        set_off = voiced + 1 < len(tokens) and tokens[voiced + 1].text == ","
        named = _apposed_full_name(tokens, voiced + 2) if set_off else None
        return voiced if named is None else named  # "according to a spokesman for the PBOC."
    if k < len(tokens) and tokens[k].is_word(*lx.OBJECT_PRONOUNS):
        owns = tokens[k].is_word("her") and k + 1 < len(tokens) and tokens[k + 1].kind == WORD
        if not owns:  # "According to her, …", not "according to her lawyers"
            return k  # resolved like any pronoun subject
    if k + 1 < len(tokens) and tokens[k].is_word("it") and tokens[k + 1].text == ",":
        return k  # "… reported. According to it, …": the body that spoke last
    if k < len(tokens) and tokens[k].is_word("a", "an", "the", *lx.POSSESSIVE_DETERMINERS):
        k += 1  # "according to its trade undersecretary Ceferino Rodolfo"
    if k >= len(tokens):
        return None
    named = _apposed_name(tokens, k)
    if named is None:
        named = _name_after_titled_mention(tokens, k)  # "according to Chinese ambassador, Yin."
    if named is not None:
        # "according to EMBRAPA's coordinator of International Cooperation, Sotto Pacheco,"
        return named
    named = _name_closing_role_phrase(tokens, k)
    if named is not None:
        # "citing the chairman of the Commission for Children's Rights Protection of Kazakhstan
        # Ministry of Education and Science Raissa Sher."
        return named
    owner = _press_unit_owner(tokens, k)
    if owner is not None:
        return owner  # "according to the press service of the Ministry of Defence"
    if tokens[k].kind != MENTION:
        described = _described_source(tokens, k)
        if described is None:
            anaphor = _closing_anaphor(tokens, k)
            if anaphor is None:
                # "according to a statement issued by the police": the body the article placed
                anaphor = _closing_head(tokens, k, 1, lambda j: bare_placed_body(tokens, j))
            if anaphor is None:
                anaphor = _closing_body_name(tokens, k)  # "according to the Ministry of Education,"
            return anaphor if anaphor is not None else _closing_voice(tokens, k)
        k = described
    if tokens[k].mention.possessive:
        noun = _owned_document(tokens, k)
        if noun is None:
            return _titled_holder(tokens, k + 1)  # "according to Mexico’s … Marcelo Ebrard"
        owned = not _adjective_official(tokens, noun)
        return _named_voice(tokens, k) if owned else None
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    # "according to Dr Juma of the Division of Malaria Control": the mention, then where it works;
    # "according to POLSA in a statement to Niezależna.pl": then where it said so; "according
    # to the Depati Amir airport authority in Pangkalpinang": where it sits
    placed = nxt is not None and nxt.is_word("of", "at", "in")
    if nxt is not None and nxt.is_word(*lx.RELEASE_MODIFIERS, *lx.DOCUMENT_DATES):
        # "according to a Foreign Office news release", "according to the IPAB November
        # ruling": its document
        nxt = tokens[k + 2] if k + 2 < len(tokens) else None
    # "according to a statement from the Ministry of Commerce released Wednesday": the
    # document's publication, no modifier of the source
    issued = nxt is not None and nxt.is_word(*lx.ISSUING_PARTICIPLES)
    # "according to a statement made by … Jean-Noel Barrot on Friday": when it was said
    dated = nxt is not None and _dated_after(tokens, k + 1)
    if nxt is not None and _government_owned(tokens, k + 1):
        return k  # "according to the UK government's website": the state's own document
    if _press_unit(tokens, k + 2):
        return k  # "according to the State Customs Committee press service"
    if (
        nxt is not None
        and nxt.kind == WORD
        and nxt.lower not in lx.SPOKES_NOUNS | lx.FIGURE_NOUNS | lx.SOURCE_CLOSING_VERBS | {"which"}
        and not issued
        and not dated
    ):
        return k if placed else None  # "according to US media reports": only a modifier
    return _named_voice(tokens, k)  # "according to Agriculture Secretariat data": its own too


def _name_closing_role_phrase(tokens: list[Token], k: int) -> int | None:
    """The actor that closes the clause a role word at k opens (perhaps after a capitalised word
    of its title: 'General Director of'), with no comma between ('the chairman of the Commission
    … of the Ministry of Education Raissa Sher.', 'General Director of the Vietnam
    Meteorological and Hydrological Administration (VNMHA) Tran Hong Thai.'); None otherwise."""
    if k + 1 < len(tokens) and _is_name_word(tokens[k]) and _role_word(tokens[k + 1]):
        k += 1
    role = _role_word_token(tokens[k])  # not "Chief Inspector Laanikari of"
    # a state's titled envoy ("the Indonesian Ambassador for …") is a mention of the state
    envoy = tokens[k].kind == MENTION and tokens[k].lower.split()[-1] in lx.TITLE_WORDS
    posted = bool(tokens[k + 1 : k + 2]) and tokens[k + 1].is_word("for", "to")
    if not ((role or envoy) and tokens[k + 1 : k + 2] and (posted or tokens[k + 1].is_word("of"))):
        return None
    if envoy and not posted:
        return None
    j = k + 2
    while j < min(k + lx.MAX_CITED_ROLE_PHRASE + 1, len(tokens)):
        if tokens[j].text == "(" and (close := _bracket_closing(tokens, j)) is not None:
            j = close + 1  # a gloss: "(VNMHA)"
        elif tokens[j].kind in (WORD, MENTION):
            j += 1
        else:
            break
    j -= 1
    # an envoy's post names the state sent to, then the envoy ("Ambassador for Saudi Arabia
    # Agus Maftuh Abegebriel"): never the state alone
    if posted and not (j > k + 2 and tokens[j - 1].kind == MENTION):
        return None
    return j if tokens[j].kind == MENTION and _closes_clause(tokens, j) else None


def _name_after_titled_mention(tokens: list[Token], k: int) -> int | None:
    """'Chinese ambassador, Hengmin Yin.' at k: a mention that is a role (a state's envoy by its
    demonym) set off by a comma before the name that closes the clause or is set off too."""
    tok = tokens[k]
    if tok.kind != MENTION or tok.mention.possessive or not _role_word(tok):
        return None
    if k + 1 >= len(tokens) or tokens[k + 1].text != ",":
        return None
    return _apposed_full_name(tokens, k + 2)


def _apposed_full_name(tokens: list[Token], j: int) -> int | None:
    """', Mr. Sotto Pacheco,' from j: a full name (perhaps after honorifics) that a comma or the
    sentence's full stop closes; its index, or None."""
    at = _past_honorifics(tokens, j)
    if at + 1 >= len(tokens) or tokens[at + 1].text not in (",", "."):
        return None
    name = tokens[at]
    full = name.kind == MENTION and not name.mention.possessive and " " in name.text.strip()
    return at if full else None


def _apposed_name(tokens: list[Token], k: int) -> int | None:
    """'EMBRAPA's coordinator of International Cooperation, Sotto Pacheco,' at k: a role phrase
    with its owner (a possessive or an 'of' phrase) set off by commas before the name it
    describes, or by a comma before the name that ends the sentence; the named mention is the
    source. A bare role is the source itself ('According
    to the spokesperson, Iranian diplomat Asadollah Assadi … would be swapped')."""
    end = min(k + lx.MAX_APPOSED_ROLE, len(tokens))
    comma = next((j for j in range(k, end) if tokens[j].text == ","), None)
    if comma is None:
        return None
    at = _apposed_full_name(tokens, comma + 1)  # ", Mr. Sotto Pacheco,"
    if at is None:
        return None
    role = tokens[k:comma]
    if not any(t.is_word(*lx.APPOSITION_ROLES) for t in role):
        return None
    owned = any(t.is_word("of") or (t.kind == MENTION and t.mention.possessive) for t in role)
    # "according to a report from a project coordinator, Mr Phaithoune Mounsena,": an
    # indefinite role is no source of its own, so the name it is apposed to is; nor is a role
    # without an article, a title ("According to team leader, Xu Qi, relations …"); nor one
    # a possessive owns ("…, according to its chairman, Ungi Chiring Sherpa.")
    opener = ("a", "an", "to", *lx.POSSESSIVE_DETERMINERS)
    if not owned and not (k > 0 and tokens[k - 1].is_word(*opener)):
        return None
    return at if all(t.kind in (WORD, MENTION) for t in role) else None


def _government_owned(tokens: list[Token], j: int) -> bool:
    """'government's website' at j, after a state's name: its government owns the document."""
    owner = possessive_stem(tokens[j]) in lx.GOVERNMENT_NOUNS
    return owner and _owned_document(tokens, j) is not None


def _named_voice(tokens: list[Token], k: int) -> int:
    """'Northern Fleet spokesman Vadim Serga', 'the Fleet's official spokesman Captain First Class
    Vadim Serga' after the body's mention at k: the named person whose role it is speaks, as when
    the phrase stands before its verb, the body's gloss between them or not ('the Indonesian
    Badminton Association (PBSI) chairman Gita Wirjawan'); else the body at k."""
    start = j = _past_gloss(tokens, k + 1)
    roles = 0
    while (
        j < len(tokens)
        and j - start < lx.MAX_VOICE_MODIFIERS
        and (tokens[j].is_word(*lx.VOICE_MODIFIERS) or _voice_role(tokens[j]))
    ):
        roles += _voice_role(tokens[j])  # "vice-president" too
        j += 1
    if not roles:
        return _person_headed_by_body(tokens, k)
    # "UNDP Resident Representative in Iraq Auke Lootsma": where the role is held, perhaps
    # with the name set off ("UNICEF deputy representative in Nigeria, Rownak Khan, on …")
    j = _past_place(tokens, j)
    # "United States Ambassador to South Sudan, Thomas Hushek": the post's place after "to"
    posted = j + 1 < len(tokens) and tokens[j].is_word("to")
    if posted and (tokens[j + 1].kind == MENTION or _is_name_word(tokens[j + 1])):
        j += 2
        while j < len(tokens) and tokens[j - 1].kind == WORD and _is_name_word(tokens[j]):
            j += 1  # "to New Zealand"
    if j + 1 < len(tokens) and tokens[j].text == "," and _set_off_name(tokens, j + 1):
        j += 1
    named = _named_past_rank(tokens, j)
    return k if named is None else named


def _set_off_name(tokens: list[Token], j: int) -> bool:
    """An actor named at j that a comma or the sentence closes."""
    closed = j + 1 == len(tokens) or tokens[j + 1].kind == PUNCT
    return _unpossessed_mention(tokens[j]) and closed


def _voice_role(tok: Token) -> bool:
    """A role a body's named voice may hold: one of `_role_word_token`, or a representative."""
    return _role_word_token(tok) or tok.is_word("representative")


def _role_word_token(tok: Token) -> bool:
    """A plain word that is a role, alone or hyphened ('director', 'vice-president')."""
    return tok.kind == WORD and _role_word(tok)


def _named_past_rank(tokens: list[Token], j: int) -> int | None:
    """The mention a few capitalised words of rank or name lead to from j ('Captain First
    Class Vadim Serga', 'Air Force Gen. John E. Hyten'), or None."""
    rank = j
    while j < len(tokens) and j - rank < lx.MAX_VOICE_RANK and _is_name_word(tokens[j]):
        j += 1
    named = j < len(tokens) and tokens[j].kind == MENTION and not tokens[j].mention.possessive
    return j if named else None


def _person_headed_by_body(tokens: list[Token], k: int) -> int:
    """'Brazilian Air Force (FAB, in Portuguese) Lieutenant General Jefson Borges', 'U.S. Air
    Force Gen. John E. Hyten': the body's mention at k (its gloss, and a few capitalised words
    of its name the study left out) modifies the mention closing the phrase after it, who
    speaks; else k (and so when nothing stands between them: 'according to Linkeviczius
    Lithuania should')."""
    j = _named_past_rank(tokens, _past_gloss(tokens, k + 1))
    # the officer's name closes the phrase ("according to the UN High Commission for Refugees
    # (UNHCR) Pakistan is hosting …" opens a clause)
    closes = j is not None and (j + 1 == len(tokens) or tokens[j + 1].kind == PUNCT)
    # "said ministry of commerce, trade and industry permanent secretary Kayula Siame": the
    # study's alias for the officer holds the title
    titled = j == k + 1 and any(w.lower() in lx.APPOSITION_ROLES for w in tokens[j].text.split())
    return j if closes and (j > k + 1 or titled) else k


def _owned_document(tokens: list[Token], k: int) -> int | None:
    """The document or voice a possessive at k owns: "Beijing's statement", "IPAB's November
    ruling", "the Justice Department's criminal complaint" (up to two words between)."""
    for noun in range(k + 1, min(k + 4, len(tokens))):
        if tokens[noun].is_word(*lx.SPOKES_NOUNS, *lx.FIGURE_NOUNS) or _press_unit(tokens, noun):
            return noun  # "the SCC's press service" too
        if tokens[noun].is_word("site") and tokens[noun - 1].is_word("web"):
            return noun  # "the International Cocoa Organization's Web site", its website
        if tokens[noun].kind != WORD or not tokens[noun].text.isalpha():
            return None
    return None


def _dated_after(tokens: list[Token], k: int) -> bool:
    """'on Friday', 'Friday', 'on March 3': a date that closes the clause at k."""
    if tokens[k].is_word("on") and k + 1 < len(tokens):
        k += 1
    if tokens[k].lower not in lx.CALENDAR_WORDS:
        return False
    k += 1
    while k < len(tokens) and tokens[k].kind == WORD and tokens[k].text.isdigit():
        k += 1
    return k == len(tokens) or tokens[k].text in (".", ",")


def _in_own_view(tokens: list[Token]) -> bool:
    """'In his view, …', 'In her opinion, …', 'In his words, …': the sentence opens by naming
    whose view it gives, like 'according to him'."""
    return (
        len(tokens) > 4
        and tokens[0].is_word("in")
        and tokens[1].is_word(*lx.VIEW_OWNERS)
        and tokens[2].is_word(*lx.VIEW_NOUNS)
        and tokens[3].text == ","
    )


def _opening_document_issuer(tokens: list[Token]) -> int | None:
    """'In a statement from Nigerian Film Corporation (NFC), the Agency … had meetings': a
    sentence opening on a document and who issued it names its source, like 'according to'."""
    if len(tokens) < 5 or tokens[0].text != "In" or not tokens[1].is_word("a", "an"):
        return None
    if _document_after_in(tokens, 0, lx.DOCUMENT_NOUNS) is None:
        return None  # "In a reaction to an announcement by the Iranian court, …": no document
    issuer = _issuer_index(tokens, 1)
    if issuer is None or tokens[issuer].mention.possessive:
        return None
    after = _past_gloss(tokens, issuer + 1)
    return issuer if after < len(tokens) and tokens[after].text == "," else None


def _document_after_in(tokens: list[Token], k: int, documents: frozenset[str]) -> int | None:
    """Index of the document in 'in a (written) statement', 'in its report' opening at k; None
    when no such phrase opens there."""
    if k + 2 >= len(tokens) or not tokens[k].is_word("in"):
        return None
    if not tokens[k + 1].is_word(*lx.DOCUMENT_OWNERS):
        return None
    window = range(k + 2, min(k + 5, len(tokens)))
    return next((j for j in window if tokens[j].is_word(*documents)), None)


def _closing_body_name(tokens: list[Token], k: int) -> int | None:
    """'the Ministry of Education,': a body's capitalised name the study does not list, opening
    at k after 'the' with an organisation word and closing the phrase; its last word, for the
    engine to match against the bodies of the article's state."""
    if k < 1 or not tokens[k - 1].is_word("the") or tokens[k].lower not in lx.ORGANISATION_WORDS:
        return None
    j = k
    while j + 1 < len(tokens) and j - k < lx.MAX_BODY_NAME_WORDS:
        nxt = tokens[j + 1]
        if not (_is_name_word(nxt) or nxt.is_word("of", "and")):
            break
        j += 1
    named = j > k and _is_name_word(tokens[j]) and tokens[k].text[:1].isupper()
    return j if named and _phrase_closes(tokens, j + 1) else None


def _described_source(tokens: list[Token], k: int) -> int | None:
    """'according to the U.K.-based animal welfare group Donkey Sanctuary.', 'according to Ms
    Ruiz': the actor after a few describing words (lowercase or hyphenated, no preposition) or
    a courtesy title, closing the phrase."""
    j = k
    while j < len(tokens) and j - k < lx.MAX_SOURCE_DESCRIPTORS and tokens[j].kind != MENTION:
        tok = tokens[j]
        joined = j + 1 < len(tokens) and tokens[j + 1].text in ("-", ".")  # "U.K.-based"
        if tok.kind == PUNCT and tok.text in ("-", ".") and j > k:
            j += 1
            continue
        if tok.kind != WORD or tok.lower in lx.FUNCTION_WORDS:
            return None
        # a courtesy title, or a state's title before a name ("Indonesian Ambassador Agus …")
        titled = tok.lower in lx.HONORIFICS or _role_word(tok) or tok.text in _DEMONYM_WORDS
        if not (tok.text.islower() or "-" in tok.text or joined or titled):
            return None
        j += 1
    if j == k or j >= len(tokens) or tokens[j].kind != MENTION or tokens[j].mention.possessive:
        return None
    return j if _closes_clause(tokens, j) else None


def _adjective_official(tokens: list[Token], j: int) -> bool:
    """'China's official Xinhua news agency', 'Iran's official media': 'official' as an
    adjective before a name or a media noun, no official speaking."""
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    return (
        tokens[j].is_word("official")
        and nxt is not None
        and nxt.kind == WORD
        and (nxt.text[:1].isupper() or nxt.lower in lx.MEDIA_NOUNS)
    )


def _closing_anaphor(tokens: list[Token], k: int) -> int | None:
    """A role named before that closes the phrase opening at k: 'according to the (foreign)
    minister,', '…, said the foreign minister.'"""
    return _closing_head(tokens, k, 3, lambda j: is_anaphor(tokens, j))


def _closing_anaphor_alone(tokens: list[Token], k: int) -> bool:
    """'the release.', 'the ambassador.' from k: a definite anaphor that ends the sentence."""
    if not (k + 1 < len(tokens) and tokens[k].is_word("the")):
        return False
    head = _closing_anaphor(tokens, k)
    return head is not None and (head + 1 == len(tokens) or tokens[head + 1].text == ".")


def _closing_voice(tokens: list[Token], k: int) -> int | None:
    """'according to a government official.', 'according to a senior foreign ministry
    official.', 'according to an embassy statement.': a voice, or a document right after a
    body's noun, after at least one qualifier, closing the phrase opening at k, resolved like
    'a government official said'."""
    width = 2 + lx.MAX_BODY_QUALIFIERS

    indefinite = k > 0 and tokens[k - 1].is_word("a", "an")

    def voice(j: int) -> bool:
        # not "a government notification", whose state `_government_document` finds, nor "the
        # joint administration report", one whose issuer the article does not name
        body = tokens[j - 1].is_word(*lx.ORGANISATION_WORDS - lx.GOVERNMENT_NOUNS)
        issued = indefinite and tokens[j].is_word(*lx.DOCUMENT_NOUNS) and body
        return j > k and (tokens[j].is_word(*lx.PERSONAL_VOICES) or issued)

    return _closing_head(tokens, k, width, voice)


def _phrase_closes(tokens: list[Token], k: int) -> bool:
    """The phrase ends at k: punctuation or the sentence's end, past at most a short
    prepositional phrase of plain words ('on social media', 'in a statement')."""
    if k < len(tokens) and tokens[k].is_word(*lx.TRAILING_PREPOSITIONS):
        end = k + 1
        while end < len(tokens) and end - k <= lx.MAX_TRAILING_WORDS and tokens[end].kind == WORD:
            end += 1
        k = end if end > k + 1 else k
    return k == len(tokens) or tokens[k].kind == PUNCT


def _closing_head(
    tokens: list[Token], k: int, width: int, is_head: Callable[[int], bool]
) -> int | None:
    """The first head among the plain words opening at k (within `width` of them) when it
    closes the phrase, perhaps before a short phrase of where or how ('…,” wrote the Institute
    on social media,'), else None."""
    for j in range(k, min(k + width, len(tokens))):
        if is_head(j):
            end = j + 1
            if end < len(tokens) and tokens[end].is_word(*lx.POSTPOSITIVE_TITLE_WORDS):
                end += 1  # "…,” said the deputy director general.": the director
            return j if _phrase_closes(tokens, end) else None
        if tokens[j].kind != WORD:
            return None
    return None


_QUOTE_MARKS = "".join(QUOTE_CHARS) + "'‘’ ,."


def _words_inside(tok: Token) -> list[str]:
    """The words of a token without its quotation marks ("“strongly urged”", "'confident'")."""
    return tok.text.strip(_QUOTE_MARKS).split()


def _quoted_speech_verb(tok: Token) -> str | None:
    """'Seoul also “strongly urged” Tokyo': a quotation of a few words that ends in a finite
    speech verb is the sentence's verb, quoted; its last word."""
    if tok.kind != QUOTE:
        return None
    words = _words_inside(tok)
    if not 1 <= len(words) <= lx.MAX_QUOTED_VERB_WORDS:
        return None
    return words[-1] if words[-1].lower() in lx.FINITE_FORMS else None


def _place_after_in(tokens: list[Token], k: int) -> bool:
    """The token at k is an 'in' before a place, or a word of the place: one or two
    capitalised words or an actor ('in Havana', 'in New York', 'in Beijing')."""

    def place(j: int) -> bool:
        return 0 <= j < len(tokens) and (tokens[j].kind == MENTION or _is_name_word(tokens[j]))

    if tokens[k].is_word("in"):
        return place(k + 1)
    return place(k) and (
        tokens[k - 1].is_word("in") or (place(k - 1) and tokens[k - 2].is_word("in"))
    )


def _passive_agent(tokens: list[Token], i: int) -> int | None:
    """The actor a passive speech verb names after 'by': 'polls condemned by the US
    government', 'was praised by Secretary of State Ed Davey', 'rejected as a "huge farce" by
    Tsvangirai'; or a reaction drawn from one: 'drew condemnation from the United States'."""
    word = tokens[i].lower
    # "… is gradually increasing pace was said by Additional Collector Customs Muhammad Tayyab"
    said = word == "said" and i > 0 and tokens[i - 1].is_word(*lx.PASSIVE_AUXILIARIES)
    lemma = lx.FINITE_FORMS.get(word) if word.endswith("ed") or said else None
    if lemma in lx.PARTICLES and not _has_particle(tokens, i, lemma):
        # "was ruled by the Netherlands": no "out", no speech; but a raised object stands
        # before its passive verb ("The issue was also raised by Duval")
        if not any(t.lower in lx.PARTICLES[lemma] for t in tokens[:i]):
            return None
    if lemma is not None and lemma not in lx.WEAK_LEMMAS:  # not "was agreed by Xie"
        marker, start = "by", i + 1
        if _told_in_press_unit(tokens, i):
            marker = "in"  # "Report was informed in the press service of the … Ministry"
    elif word in lx.DRAW_VERBS and tokens[i + 1 : i + 2] and tokens[i + 1].is_word(*lx.REACTIONS):
        marker, start = "from", i + 2
    elif _sent_message_passive(tokens, i):
        marker, start = "by", i + 1  # "The accusation was leveled by Sergei Lavrov"
    else:
        return None
    if _negated(tokens, i):
        return None  # "remarks which have not been denied by French authorities"
    if i >= 2 and tokens[i - 1].is_word("be") and tokens[i - 2].is_word("to"):
        return None  # "a deal to be announced by the administration": not said yet
    acts = lx.ACT_OBJECTS.get(lemma, frozenset())
    before = tokens[max(0, i - lx.ACT_WINDOW - 1) : i]
    if lemma in lx.OFFERING_LEMMAS and not any(lx.OFFERED_WORDS & _words_of(t) for t in before):
        return None  # "Grants offered by Norway", "the interest rate offered by China": things
    if any(acts & _words_of(t) for t in before):
        # "her visa was denied by the United Arab Emirates": a thing withheld; "Azerbaijan
        # ambassador Rashad Ismayilov was welcomed by …": the study's alias may hold the guest
        return None
    reason = False  # "was thanked for their donation by Prime Minister …": why, then who
    for k in range(start, min(start + lx.MAX_AGENT_GAP, len(tokens))):
        tok = tokens[k]
        if tok.is_word(marker):
            m = k + 2 if k + 2 < len(tokens) and tokens[k + 1].is_word("the") else k + 1
            if m + 1 < len(tokens) and possessive_stem(tokens[m]) is not None:
                m += 1  # "by the island’s Deputy Public Health Minister, Marcia Cobas"
            if (
                m + 1 < len(tokens)
                and tokens[m].is_word("a", "an")
                and tokens[m + 1].kind == MENTION
            ):
                m += 1  # "were contradicted by a German health spokesman"
            if m < len(tokens) and tokens[m].kind == WORD:
                m = _named_after_role(tokens, m)  # "by the deputy chairman of …, Paul Hannon"
            if m < len(tokens) and tokens[m].kind == WORD:
                m = _voiced_body(tokens, m)  # "by representatives of the trade ministry"
            if m < len(tokens) and tokens[m].kind == WORD:
                m = _past_capitalised_title(tokens, m)  # "by Additional Collector Customs …"
            if m < len(tokens) and tokens[m].kind == WORD:
                m = _past_role_of_titled_body(tokens, m)  # "by the deputy head of the Amur …"
            agent = m < len(tokens) and tokens[m].kind == MENTION
            if agent and _subject_modifier(tokens, i, m):
                return None
            return m if agent and not tokens[m].mention.possessive else None
        # only an adverb, a time ("was revealed here today by", "in November by") or an "as …"
        # wording may come between: not "condemned the sanctions imposed by the EU", where the
        # verb is active and "by" belongs to another phrase
        wording = tok.kind == QUOTE or tok.is_word("as", "a", "an") or tok.lower.endswith("ly")
        date = tok.text.isdigit() and len(tok.text) <= 2  # "was announced on July 7 by"
        month = (
            tok.is_word("in") and k + 1 < len(tokens) and tokens[k + 1].lower in lx.CALENDAR_WORDS
        )
        reason = reason or (tok.is_word("for") and lemma in lx.REASON_LEMMAS)
        # "was informed of this by Rossotrudnichestvo": what the words were about
        topic = (tok.is_word("of", "about") and _words_after(tokens, k, ("this",))) or (
            tok.is_word("this") and tokens[k - 1].is_word("of", "about")
        )
        # "This was stated at a briefing by …", "was announced at the joint news conference by"
        occasion = tok.is_word("at", "during") or tok.lower in lx.PRESS_OCCASION_WORDS
        occasion = occasion or (tok.is_word("the") and tokens[k - 1].is_word("at", "during"))
        # "was made on Wednesday in Havana by …": where, one or two capitalised words after "in",
        # in a passive with its auxiliary (not "dubbed in Arabic by", "The deal, announced in
        # Dubai by": a participle that modifies a noun)
        auxiliary = tokens[i - 1].is_word(*lx.PASSIVE_AUXILIARIES)
        occasion = occasion or (auxiliary and _place_after_in(tokens, k))
        gap = tok.is_word(*lx.AGENT_GAP_WORDS)
        if not (wording or date or month or reason or topic or occasion or gap):
            return None
    return None


def _past_capitalised_title(tokens: list[Token], m: int) -> int:
    """The actor right after a title of capitalised words from m ('by Additional Collector
    Customs Muhammad Tayyab'), perhaps joined by 'of' ('by the Head of RSO Archive Department
    Khetag Tadtaev'); m itself when no actor closes such a title."""
    k = m
    while (
        k < len(tokens)
        and k - m < lx.MAX_TITLE_RUN
        and (_is_name_word(tokens[k]) or (k > m and tokens[k].is_word("of")))
    ):
        k += 1
    return k if k > m and k < len(tokens) and tokens[k].kind == MENTION else m


def _past_role_of_titled_body(tokens: list[Token], m: int) -> int:
    """The person a lowercase role's 'of' phrase closes on, right after the body it names or
    through a title of capitalised words ('by the deputy head of the Amur BVU Rosvodresursov
    Elena Airaksinen'); m itself when no actor closes it."""
    k = m
    while k < len(tokens) and tokens[k].lower in lx.OFFICER_QUALIFIERS:
        k += 1
    if not (k + 1 < len(tokens) and tokens[k].lower in lx.APPOSITION_ROLES):
        return m
    if not tokens[k + 1].is_word("of"):
        return m
    k += 3 if k + 2 < len(tokens) and tokens[k + 2].is_word("the") else 2
    if k + 1 < len(tokens) and tokens[k].kind == MENTION:
        return k + 1 if tokens[k + 1].kind == MENTION else m  # the body, then its officer
    end = _past_capitalised_title(tokens, k)
    return end if end > k else m


def _told_in_press_unit(tokens: list[Token], i: int) -> bool:
    """'Report was informed in the press service of …': the Azerbaijani wires' 'told at' an
    office, whose body speaks (not 'was informed in Baku')."""
    return (
        tokens[i].is_word(*lx.TOLD_FORMS)
        and i + 3 < len(tokens)
        and tokens[i + 1].is_word("in")
        and tokens[i + 2].is_word("the")
        and _press_unit_owner(tokens, i + 3) is not None
    )


def _sent_message_passive(tokens: list[Token], i: int) -> bool:
    """'The accusation was leveled by …', 'a protest note was handed by …', 'The announcement
    was made by …': a message verb's passive whose subject is the message itself."""
    if i < 2 or not tokens[i - 1].is_word(*lx.BE_FORMS):
        return False
    if tokens[i].lower in lx.MESSAGE_FINITE_FORMS:
        return tokens[i - 2].lower in lx.MESSAGE_NOUNS
    return tokens[i].is_word("made") and tokens[i - 2].lower in lx.SPOKEN_DOCUMENTS


def _framed_by_speech(tokens: list[Token], i: int) -> int | None:
    """'Blesam opened the evening by emphasizing …', 'Ebrard began his speech by expressing …':
    a speech verb's -ing form after 'by' that says how someone opened or closed an occasion;
    the index of that framing verb, whose subject speaks."""
    if i < 2 or not tokens[i - 1].is_word("by") or tokens[i].lower not in lx.PARTICIPLE_FORMS:
        return None
    for k in range(i - 2, max(i - 2 - lx.MAX_FRAMED_OBJECT, -1), -1):
        if tokens[k].kind != WORD:
            return None
        if tokens[k].lower in lx.FRAMING_VERBS:
            return k
    return None


def _subject_modifier(tokens: list[Token], i: int, m: int) -> bool:
    """'The sorghum investigation, announced by China's Ministry of Commerce on Sunday, is
    expected to …': a participle set off by commas after the subject, its clause's verb after
    it, describes the subject; what the agent said is not the sentence."""
    if i < 2 or tokens[i - 1].text != "," or tokens[i - 2].kind != WORD:
        return False
    close = next((k for k in range(m + 1, len(tokens)) if tokens[k].kind != WORD), None)
    return (
        close is not None
        and tokens[close].text == ","
        and close + 1 < len(tokens)
        and tokens[close + 1].is_word(*lx.AUXILIARIES)
    )


def _voiced_body(tokens: list[Token], m: int) -> int:
    """'representatives of the trade ministry', 'officials from Seoul', 'the press service of
    the Ministry of Defence': the actor a spokes noun or press unit at m speaks for; m itself
    when none follows."""
    owner = _press_unit_owner(tokens, m)
    if owner is not None:
        return owner
    if not (tokens[m].is_word(*lx.SPOKES_NOUNS) and tokens[m + 1 : m + 2]):
        return m
    if not tokens[m + 1].is_word("of", "from"):
        return m
    k = m + 3 if m + 3 < len(tokens) and tokens[m + 2].is_word("the") else m + 2
    return k if k < len(tokens) and tokens[k].kind == MENTION else m


def _press_unit_owner(tokens: list[Token], m: int) -> int | None:
    """'press service of the Azerbaijani Ministry of Defence', 'information department of
    the ministry' at m: the body whose press unit it is, or None."""
    if not (m + 3 < len(tokens) and tokens[m].is_word(*lx.PRESS_UNIT_MODIFIERS)):
        return None
    if not (tokens[m + 1].is_word(*lx.PRESS_UNIT_NOUNS) and tokens[m + 2].is_word("of", "at")):
        return None
    body = m + 4 if tokens[m + 3].is_word("the") else m + 3
    named = body < len(tokens) and tokens[body].kind == MENTION
    return body if named and not tokens[body].mention.possessive else None


def possessive_stem(tok: Token) -> str | None:
    """'government' for the word "government's" (either apostrophe); None for no possessive word."""
    possessive = tok.kind == WORD and tok.lower.endswith(("'s", "’s"))
    return tok.lower[:-2] if possessive else None


def _words_of(tok: Token) -> set[str]:
    """A token's lower-case words: a mention's every word, else the word itself."""
    return set(tok.text.lower().split()) if tok.kind == MENTION else {tok.lower}


def _press_unit(tokens: list[Token], j: int) -> bool:
    """'press service', 'information department', 'media office' ending at j."""
    if not 0 < j < len(tokens):
        return False
    return tokens[j].is_word(*lx.PRESS_UNIT_NOUNS) and tokens[j - 1].is_word(
        *lx.PRESS_UNIT_MODIFIERS
    )


def _named_after_role(tokens: list[Token], m: int) -> int:
    """'the deputy chairman of the board of the organization, Paul Hannon': the name a role
    phrase of words alone (with a title word in it, perhaps a bracketed gloss: 'the Minister of
    State for the Office of the Vice-President (Union and Environment), Selemani Jafo') closes
    with after a comma, at the clause's end or before a phrase of where and when ('…, during a
    press briefing'); m itself when there is none."""
    k = m
    while k < min(m + lx.MAX_ROLE_PHRASE_WORDS, len(tokens) - 1):
        if tokens[k].text == "(" and (close := _bracket_closing(tokens, k)) is not None:
            k = close + 1
            continue
        if tokens[k].text == ",":
            name = _past_honorifics(tokens, k + 1)  # "…, Hon Yolande Bain-Horsford"
            after = tokens[name + 1] if name + 1 < len(tokens) else None
            titled = any(t.is_word(*lx.APPOSITION_ROLES) for t in tokens[m:k])
            closes = after is None or (after.kind == PUNCT and after.text != ",")
            closes = closes or (after.text == "," and _occasion_closes(tokens, name + 2))
            return name if titled and closes and tokens[name].kind == MENTION else m
        # the body the role is of may be an actor ("Minister of State for the Office of …")
        of_body = tokens[k].kind == MENTION and k > m and tokens[k - 1].is_word(*lx.TITLE_LINKS)
        if tokens[k].kind != WORD and not of_body:
            return m
        k += 1
    return m


def _agent_partner(tokens: list[Token], agent: int) -> int | None:
    """The second actor an agent is joined to by 'and' ('by the DEA and AFP', 'by Japan and the
    EU'), or None."""
    k = agent + 1
    if not (k < len(tokens) and tokens[k].is_word("and")):
        return None
    k += 2 if k + 1 < len(tokens) and tokens[k + 1].is_word("the") else 1
    return k if k < len(tokens) and _unpossessed_mention(tokens[k]) else None


def find_cues(tokens: list[Token]) -> list[Cue]:
    cues: list[Cue] = []
    issuer = _opening_issuer(tokens)
    for i, tok in enumerate(tokens):
        agent = _passive_agent(tokens, i) if tok.kind == WORD else None
        if agent is None and tok.kind == WORD:
            agent = _caused_speaker(tokens, i)
        if agent is None and (framing := _framed_by_speech(tokens, i)) is not None:
            agent = _subject_index(tokens, framing)  # "Blesam opened the evening by emphasizing"
        if agent is not None:
            cues.append(Cue(SUBJECT, i, agent, tok.text))
            partner = _agent_partner(tokens, agent)
            if partner is not None:  # "was assured by the DEA and AFP that"
                cues.append(Cue(COORDINATED, i, partner, tok.text))
            continue
        quoted_verb = _quoted_speech_verb(tok)
        if quoted_verb is not None:
            subject = _subject_index(tokens, i)
            if subject is not None:
                cues.append(Cue(SUBJECT, i, subject, quoted_verb))
            continue
        if tok.kind != WORD:
            continue
        if tok.lower in lx.QUOTING_VERBS:
            quoted = _quoted_as(tokens, i)
            if quoted is None and _passive_quoted(tokens, i):
                quoted = _subject_index(tokens, i)  # "Wang was quoted as saying"
            # "he was quoted as saying", "quoted him as saying": a pronoun is resolved like any
            # subject
            if quoted is not None and (
                _is_subject(tokens[quoted])
                or tokens[quoted].kind == MENTION
                or tokens[quoted].is_word(*lx.OBJECT_PRONOUNS)
                or is_anaphor(tokens, quoted)
            ):
                cues.append(Cue(QUOTED_AS, i, quoted, tok.text))
                continue
        if i == 0 and _in_own_view(tokens):
            cues.append(Cue(ACCORDING_TO, i, 1, " ".join(t.lower for t in tokens[:3])))
            continue
        if i == 0 and (opening_source := _opening_document_issuer(tokens)) is not None:
            cues.append(Cue(ACCORDING_TO, i, opening_source, " ".join(t.lower for t in tokens[:3])))
            continue
        if i == 0 and (tok.is_word(*lx.OPENING_PARTICIPLES) or tok.lower in lx.PARTICIPLE_FORMS):
            # "Adding to the chaos, the minister resigned": adding to a thing is not saying
            adds_to = tok.is_word("adding") and len(tokens) > 1 and tokens[1].is_word("to")
            subject = None if adds_to else _subject_after_opening(tokens)
            if subject is not None:  # "Citing security concerns, Canada has banned …"
                cues.append(Cue(PARTICIPLE, i, subject, tok.text))
            continue
        absolute = absolute_with(tokens, i) if tok.lower in lx.PARTICIPLE_FORMS else []
        if absolute:
            # one subject speaks like a participle's; a pair like 'X and Y said'
            pattern = PARTICIPLE if len(absolute) == 1 else COORDINATED
            cues.extend(Cue(pattern, i, subject, tok.text) for subject in absolute)
            continue
        after_document = (
            i > 0 and tokens[i - 1].is_word(*lx.DOCUMENT_NOUNS) and not _received(tokens, i - 1)
        )
        k = i - 1 if i > 1 and tokens[i - 1].is_word("only", "also") else i  # ", only noting"
        if (
            tok.lower in lx.PARTICIPLE_FORMS
            and i > 0
            and not _listed_gerund(tokens, i)
            and not tokens[i - 1].is_word("worth")  # "It is worth noting that": the writer's
            and (
                tokens[k - 1].text == ","
                or tokens[k - 1].is_word("while")  # "has forgiven the debt while urging …"
                # "Olatunji presented an overview …, before underlining …"
                or (tokens[k - 1].is_word("before") and k > 1 and tokens[k - 2].text == ",")
                or _after_speaking(tokens, k - 1)
                or tokens[k - 1].is_word(*lx.CATENATIVE_FORMS)  # "first began warning that"
                or _in_words(tokens, i)
                or after_document
                or _bare_saying(tokens, i)
                or _relayed_citing(tokens, i)
            )
        ):
            lemma = lx.PARTICIPLE_FORMS[tok.lower]
            if _names_work(tokens, i, lemma):
                continue
            # "…, offering a vibrant window into China's rich traditions": a deed; but a claim
            # given as a participle asserts it ("…, claiming a centuries-old sovereignty")
            acts = lx.ACT_OBJECTS.get(lemma) if lemma != "claim" else None
            if acts and _act_object(tokens, i, acts):
                continue
            if lemma in lx.INTENT_LEMMAS and _words_after(tokens, i, ("to",)):
                continue  # "…, hoping to get well": an aim, as "hopes to" is
            cited = _source(tokens, i + 1) if tok.is_word(*lx.CITING_FORMS) else None
            if cited is not None:
                # "Itar-Tass reported, citing Lazarev": the actor cited is the source, like
                # "according to"; "…, citing security reasons" stays the clause subject's
                if cues and _unknown_relay(tokens, cues[-1], i):
                    cues.pop()  # "…, Interfax said, citing Sechin": the agency only relays
                cues.append(Cue(ACCORDING_TO, i, cited, tok.text))
            elif _outlet_cites_outlet(tokens, i):
                continue  # "…, Azernews reports, citing Report": one outlet relays another
            elif lemma not in lx.PARTICLES or _has_particle(tokens, i, lemma):
                tail = _tail_speaker(tokens, cues, k)
                if tail == _NO_SPEAKER:
                    continue  # "…, the daily said, adding that …": its unnamed source goes on
                subject = _catenative_subject(tokens, k - 1)
                if subject is None:
                    subject = tail
                if subject is None and (joined := _coordinated_clause_subject(tokens, cues, i)):
                    # the participle is all its clause says: its actor speaks as a verb's would
                    cues.append(Cue(SUBJECT, i, joined, tok.text))
                    continue
                if subject is None:
                    subject = _clause_subject(tokens, i)
                # a pair speaks through the participle only where no speech verb came before
                # it ("Park and Kamikawa welcomed …, agreeing": the verb's cues hold the pair)
                partner = None if subject is None or cues else _joined_after(tokens, subject)
                if partner is None:
                    cues.append(Cue(PARTICIPLE, i, subject, tok.text))
                else:  # "The FDA and the CDC issued a report stating": both
                    cues.extend(Cue(COORDINATED, i, k, tok.text) for k in (subject, partner))
            continue
        if _closing_per(tokens, i):
            source = _source(tokens, i + 1)
            if source is not None and _closes_clause(tokens, source):
                cues.append(Cue(ACCORDING_TO, i, source, tok.lower))
            continue
        if _learned_from(tokens, i):
            source = _source(tokens, i + 2)  # "TASR has learnt from the Health Ministry's …"
            if source is not None and _closes_clause(tokens, source):
                cues.append(Cue(ACCORDING_TO, i, source, f"{tok.lower} from"))
            continue
        if _cited_as_in(tokens, i):
            source = _source(tokens, i + 3)
            if source is not None and tokens[source].kind == MENTION:
                cited = " ".join(t.lower for t in tokens[i : i + 3])
                cues.append(Cue(ACCORDING_TO, i, source, cited))
                continue
        if i + 2 < len(tokens) and opens_citation(tokens, i):
            source = _source(tokens, i + 2)
            if (
                source is not None
                and tok.is_word("as")
                and not _closes_clause(tokens, source)
                and _owned_document(tokens, source) is None  # "as per Erdogan's statement"
            ):
                source = None  # "as per ICAO (rules) but …": a standard followed, not a source
            if source is None and _government_document(tokens, i + 2):
                # "India has imposed …, according to a government notification": India's own,
                # when it opens the sentence (not "… were signed with Brunei, the Netherlands")
                source = _clause_subject(tokens, i)
                if source is not None and not _opens_sentence(tokens, source):
                    source = None
            if source is None and i + 4 < len(tokens) and official_document(tokens, i + 4):
                source = i + 4  # "…, according to an official statement": its government's
            if source is None and _joint_document(tokens, i + 4):
                source = i + 4  # "…, according to a joint statement released …": the pair's
            if source is None and _own_document(tokens, i + 2):
                # "X sanctioned …, according to its statement"; with no subject of its own, the
                # sentence cites the last body's ("tourists would …, according to its website")
                source = _clause_subject(tokens, i)
                if source is None and i == 0:
                    source = _single_body_after(tokens, i + 2)
                if source is None:
                    source = i + 2
            if source is not None:
                cues.append(Cue(ACCORDING_TO, i, source, f"{tok.lower} {tokens[i + 1].lower}"))
            continue
        if (
            _verb_lemma(tokens, i) is None
            and not _that_clause_verb(tokens, i)
            and not _quote_after_colon(tokens, i)
            and not _stance_adjective(tokens, i)
            and not _commitment(tokens, i)
            and not _verb_closing_quotation(tokens, i)
        ):
            continue
        if _closing_outlet(tokens, i):
            continue
        included = _included_subjects(tokens, i)
        if included:
            # "Many countries including Israel, Greece, …, and the European Union, offered"
            cues.append(Cue(SUBJECT, i, included[0], tok.text))
            cues.extend(Cue(COORDINATED, i, k, tok.text) for k in included[1:])
            continue
        subject = _subject_index(tokens, i)
        if issuer is not None and subject is not None and subject < i and issuer < i:
            # the opening document's verb, whatever its phrase names last (or the document
            # itself, when its issuer is set off: "The statement, issued by the ministry, said")
            subject = issuer
        issuer = None if issuer is not None and issuer < i else issuer
        if subject is None and _after_conjunction(tokens, i):
            relative = _relative_clause_open(tokens, i)
            if relative is not None:
                # "… against Bacardi, which distributes … and says it plans": the antecedent's
                antecedent = relative - 2
                subject = antecedent if tokens[antecedent].kind == MENTION else None
            else:
                # "didn't say …, but said", "disputes the claims and maintains that": the same
                # subject; after an inversion, its speaker ("…, said Ellison, but added that")
                subject = _inverted_speaker_before(tokens, i, cues)
                if subject is None:
                    subject = _clause_subject(tokens, i)
                if subject is None:
                    subject = _time_clause_subject(tokens, i)
        # Not an actor or pronoun (nor a name its relative clause describes), or an actor
        # alone closes the sentence after ", said": maybe an inversion after all, else an
        # unknown speaker.
        unknown = subject is not None and (
            tokens[subject].kind == WORD
            and tokens[subject].lower not in lx.PRONOUNS
            and not _named_with_relative(tokens, subject)
        )
        if subject is not None and (unknown or _closing_inversion(tokens, i)):
            inverted = _inverted_subject(tokens, i)
            if inverted is not None:
                cues.extend(_inversion_cues(tokens, i, inverted))
                continue
        elif subject is None:
            inverted = _inverted_subject(tokens, i)
            if inverted is not None:
                cues.extend(_inversion_cues(tokens, i, inverted))
            continue
        if subject > 0 and tokens[subject - 1].is_word(*lx.NEGATED_SUBJECT):
            continue  # "Neither Beijing nor Washington commented", "no official said"
        if subject > 0 and tokens[subject - 1].is_word(*lx.CAUSATIVE_VERBS):
            continue  # "The aid will help Pacific nations respond": an object, a bare verb
        first = _coordinated(tokens, subject, i)
        if _object_relative(tokens, subject if first is None else first, i):
            continue
        if _agreed_on_in_relative(tokens, subject if first is None else first, i):
            continue
        cues.append(Cue(SUBJECT, i, subject, tok.text))
        second = _appositive_conjunct(tokens, subject, i)
        if second is not None:
            cues.append(Cue(COORDINATED, i, second, tok.text))
        partner = _exchange_partner(tokens, i)
        if partner is not None:
            cues.append(Cue(COORDINATED, i, partner, tok.text))
        if first is None and _leads_others(tokens, _skip_left(tokens, i - 1)) == subject:
            # "Spain, Finland, Britain, Norway and a number of other countries announced"
            listed = _listed_before(tokens, subject)
            cues.extend(Cue(COORDINATED, i, conjunct, tok.text) for conjunct in listed)
        elif first is not None and tokens[subject].kind == MENTION:
            for conjunct in [first, *_listed_before(tokens, first)]:
                cues.append(Cue(COORDINATED, i, conjunct, tok.text))
        elif first is not None and tokens[first].kind == MENTION:
            cues.append(Cue(COORDINATED, i, first, tok.text))  # "… and state media said"
    if not cues and (opening := _statement_opening(tokens)) is not None:
        # "In a statement posted to its WeChat profile, the agency later gave coordinates …":
        # what the subject does in its statement it says, whatever the verb
        cues.append(Cue(SUBJECT, *opening, tokens[opening[0]].text))
    if not cues and (shown := _figures_showing(tokens)) is not None:
        # "Indian Commerce Ministry data showed that …": an actor's own figures speak for it
        cues.append(Cue(SUBJECT, *shown, tokens[shown[0]].text))
    return _modifiers_only_alone(tokens, _joint_only_alone(tokens, cues))


def _figures_showing(tokens: list[Token]) -> tuple[int, int] | None:
    """(verb, owner) of 'U.S. Geological Survey data shows that', '…, Malawi health ministry
    figures showed.', 'Egypt's statistical data show': an actor right before its figures (one
    plain word between) and a verb of showing right after them; or the actor the figures are
    from ('Data from ANAC indicate that', 'Data by the Directorate of Fibre Crops show')."""
    for k in range(len(tokens) - 1):
        if not tokens[k].is_word(*lx.FIGURE_NOUNS):
            continue
        source = k + 3 if k + 2 < len(tokens) and tokens[k + 2].is_word("the") else k + 2
        if (
            tokens[k + 1].is_word("from", "by")
            and source + 1 < len(tokens)
            and tokens[source].kind == MENTION
            and tokens[source + 1].is_word(*lx.SHOWING_FORMS)
        ):
            return source + 1, source
        if k == 0 or not tokens[k + 1].is_word(*lx.SHOWING_FORMS):
            continue
        owner = (
            k - 2
            if k >= 2 and tokens[k - 1].kind == WORD and tokens[k - 1].text.islower()
            else k - 1
        )
        if tokens[owner].kind == MENTION:
            return k + 1, owner
    return None


def _statement_opening(tokens: list[Token]) -> tuple[int, int] | None:
    """(document, subject) of a sentence that opens "In a (written) statement …," or "In his
    remarks," and goes on with an actor, a pronoun or a titled anaphor as its subject ("In a
    written statement released on Saturday, US President Joe Biden recognized …")."""
    document = _document_after_in(tokens, 0, lx.ISSUED_DOCUMENTS | lx.SPEAKING_OCCASIONS)
    if document is None:
        return None
    window = range(document + 1, min(document + lx.MAX_OPENING_PHRASE, len(tokens) - 1))
    comma = next((k for k in window if tokens[k].text == ","), None)
    if comma is None:
        return None
    subject = comma + 2 if tokens[comma + 1].is_word("the") else comma + 1
    if subject >= len(tokens) - 1:
        return None
    if tokens[subject].kind == MENTION:
        return None if tokens[subject].mention.possessive else (document, subject)
    if tokens[subject].is_word("he", "she") and subject == comma + 1:
        return document, subject  # "In her speech, she highlighted …"
    # "In his speech on the occasion, the Ambassador reviewed …": the speaker named before
    titles = range(subject, min(subject + 3, len(tokens) - 1))
    title = next((k for k in titles if tokens[k].is_word(*lx.TITLE_WORDS)), None)
    return (document, title) if title is not None and is_anaphor(tokens, title) else None


def _listed_gerund(tokens: list[Token], i: int) -> bool:
    """'the issues of monitoring, reporting and verification': a gerund in a list of nouns,
    no participle clause (which goes on with its object or words)."""
    return i + 1 < len(tokens) and tokens[i + 1].is_word("and", "or")


def _relayed_citing(tokens: list[Token], i: int) -> bool:
    """'TASS reports citing the ministry': 'citing' right after a speech verb with its subject
    before it, no comma (not '…, reports citing Kyrgyz media': news reports)."""
    return (
        tokens[i].is_word(*lx.CITING_FORMS)
        and i >= 2
        and tokens[i - 2].kind != PUNCT
        and _verb_lemma(tokens, i - 1) is not None
    )


def _unknown_relay(tokens: list[Token], cue: Cue, citing: int) -> bool:
    """'…, Interfax said, citing …', 'TASS reports citing …': a speaker the study does not know
    whose verb stands right before 'citing' (or the comma that opens it)."""
    return (
        cue.pattern == SUBJECT
        and cue.verb in (citing - 2, citing - 1)
        and cue.subject is not None
        and tokens[cue.subject].kind == WORD
        and tokens[cue.subject].lower not in lx.PRONOUNS
    )


def _modifies_noun(tokens: list[Token], cue: Cue) -> bool:
    """'an export ban announced by New Delhi': a passive speech verb right after its noun (no
    'was' or 'has been' before it) only modifies that noun; so does one between a noun and
    the clause's own verb ('The move announced Thursday comes after …')."""
    passive = (
        cue.pattern in (SUBJECT, COORDINATED)  # its agent, or the agent's partner
        and cue.subject is not None
        and cue.subject > cue.verb
    )
    prev = tokens[cue.verb - 1] if cue.verb > 0 else None
    if passive:
        return prev is not None and prev.kind == WORD and prev.lower not in lx.AUXILIARIES
    return _before_clause_verb(tokens, cue)


def _before_clause_verb(tokens: list[Token], cue: Cue) -> bool:
    """'The move announced Thursday comes after …', 'The ban announced last week will …': a
    participle after a noun that is no actor, a phrase of when and then the clause's verb."""
    if cue.pattern != SUBJECT or cue.subject is None or cue.subject != cue.verb - 1:
        return False
    if tokens[cue.subject].kind != WORD or tokens[cue.subject].lower in lx.PRONOUNS:
        return False
    if not tokens[cue.verb].lower.endswith("ed"):
        return False
    k = cue.verb + 1
    while k < len(tokens) and tokens[k].is_word(*lx.PARTICIPLE_WHEN_WORDS):
        k += 1
    return k > cue.verb + 1 and k < len(tokens) and tokens[k].is_word(*lx.CLAUSE_VERBS)


def _modifiers_only_alone(tokens: list[Token], cues: list[Cue]) -> list[Cue]:
    """A speech act that only modifies a noun speaks for the sentence only when nothing else
    does: '… an export ban announced by New Delhi, Egypt's supply minister said' is the
    minister's; 'Polls condemned by the US' (a headline) is the US's."""
    modifiers = [c for c in cues if _modifies_noun(tokens, c)]
    return [c for c in cues if c not in modifiers] if len(modifiers) < len(cues) else cues


def _in_words(tokens: list[Token], i: int) -> bool:
    """'has issued his support by saying that …', 'invoked Lenin in saying Moscow will …',
    'dealt imports a blow by announcing that …': the act is done in words."""
    if tokens[i - 1].is_word("in") and tokens[i].is_word("writing"):
        return False  # "shall inform the other party in writing": the medium, no act
    lemma = lx.PARTICIPLE_FORMS[tokens[i].lower]
    announced = lemma == lx.ANNOUNCING_LEMMA and _that_follows(tokens, i)
    return tokens[i - 1].is_word("by", "in") and (lemma in lx.WORDING_LEMMAS or announced)


def _received(tokens: list[Token], j: int) -> bool:
    """'he was given a note expressing …', 'received a letter saying …': the clause subject
    receives the document at j, so its words are the sender's, not the subject's."""
    k = j - 1
    while k >= 0 and tokens[k].is_word("a", "an", "the", "its", "his", "her", "their"):
        k -= 1
    return k >= 0 and tokens[k].is_word(*lx.RECEIVING_FORMS)


def absolute_with(tokens: list[Token], i: int) -> list[int]:
    """'…, with Tehran accusing Kabul of …', '…, with Kim and South Korean President Moon
    pledging …': after a comma, 'with' opens a clause whose subjects are the actors right
    before the participle at i (not '… relations with Israel saying it was …', where 'with'
    governs the actor); none when it opens no such clause."""
    actor = i - 1
    while actor > 0 and i - actor <= 3 and tokens[actor].is_word(*lx.PARTICIPLE_WHEN_WORDS):
        actor -= 1  # "…, with Prime Minister Theresa May last year accusing it of …"
    if actor < 2 or tokens[actor].kind != MENTION:
        return []
    subjects, k = [actor], actor - 1
    while k > 0 and tokens[k].kind == WORD and _title_word(tokens[k]):
        k -= 1  # "South Korean President"
    if k >= 2 and tokens[k].is_word("and") and tokens[k - 1].kind == MENTION:
        subjects, k = [k - 1, actor], k - 2
    return subjects if k >= 1 and tokens[k].is_word("with") and tokens[k - 1].text == "," else []


def _bare_saying(tokens: list[Token], i: int) -> bool:
    """'Beijing reacted today saying that …', 'Beijing hit back saying Washington was …': a
    saying participle (or a claiming one before 'that': 'took Japan to court in May 2010
    alleging that') that opens a that-clause, a quotation or a clause with its own subject
    after its clause with no comma before it, and speaks for that clause's subject
    (not 'after saying', 'of saying')."""
    prev, nxt = tokens[i - 1], tokens[i + 1] if i + 1 < len(tokens) else None
    lemma = lx.PARTICIPLE_FORMS[tokens[i].lower]
    claims = lemma in lx.CLAIMING_LEMMAS and nxt is not None and nxt.is_word("that")
    return (
        (lemma in lx.SAYING_LEMMAS or claims)
        and nxt is not None
        and (
            nxt.is_word("that")
            or nxt.kind == QUOTE
            or _is_subject(nxt)
            or _noun_clause(tokens, i + 1)
        )
        and prev.kind == WORD
        and prev.lower not in lx.FUNCTION_WORDS | lx.TIME_SUBORDINATORS
        and not prev.is_word(*lx.PROGRESSIVE_BE)  # "Washington has been asking Tokyo to …"
        and not is_anaphor(tokens, i - 1)  # "…, said the foreign minister adding that"
    )


def _noun_clause(tokens: list[Token], k: int) -> bool:
    """'saying harmful bacteria were found': a clause whose own subject, a noun phrase of one
    or two words, opens at k and runs into an auxiliary."""
    for j in range(k, min(k + 3, len(tokens))):
        if tokens[j].kind != WORD:
            return False
        if tokens[j].is_word(*lx.AUXILIARIES):
            return j > k
        if tokens[j].lower in lx.FUNCTION_WORDS:
            return False
    return False


def _joint_only_alone(tokens: list[Token], cues: list[Cue]) -> list[Cue]:
    """'The two sides agreed …' speaks for the pair only when nothing else in the sentence
    does: 'According to the ministry statement, the two sides agreed …' is the ministry's (or,
    with no actor cited, nobody's). A joint document cited is itself the pair's source
    ('“…,” according to a joint statement released …')."""
    joint = [
        c
        for c in cues
        if c.pattern != ACCORDING_TO
        and c.subject is not None
        and joint_subject(tokens, c.subject) is not None
    ]
    # a cue with no subject ("…, calling for talks" after no actor) names no one else
    others = [c for c in cues if c not in joint and c.subject is not None]
    if joint and (others or _has_according_to(tokens)):
        return [c for c in cues if c not in joint]
    return cues


def _closing_per(tokens: list[Token], i: int) -> bool:
    """'… 1,743 related deaths, per USAID.': 'per' after a comma cites like 'according to'
    (not 'per capita', which names no actor)."""
    return tokens[i].is_word("per") and 0 < i < len(tokens) - 1 and tokens[i - 1].text == ","


def _learned_from(tokens: list[Token], i: int) -> bool:
    """'…, TASR has learnt from the Health Ministry's communications department.', 'CGTN
    Digital learned from an Afghan government official.': an outlet naming whom it heard the
    news from, a source like 'according to' (not 'lessons learned from', nor 'showed what he has
    learned from the two Germans': a skill)."""
    return (
        i + 2 < len(tokens)
        and tokens[i].is_word(*lx.LEARNED_FORMS)
        and tokens[i + 1].is_word("from")
        and not tokens[i - 1].is_word("lesson", "lessons")
        and not any(t.is_word("what") for t in tokens[max(0, i - 4) : i])
    )


def _has_according_to(tokens: list[Token]) -> bool:
    return any(opens_citation(tokens, i) for i in range(len(tokens)))


def _cited_as_in(tokens: list[Token], i: int) -> bool:
    """'as noted in the Commission's announcement', 'As reported on the UK government's
    website': a document cited at i, named within the next few words."""
    if not (
        i + 3 < len(tokens)
        and tokens[i].is_word("as")
        and tokens[i + 1].is_word(*lx.AS_CITED_FORMS)
        and tokens[i + 2].is_word("in", "on")
    ):
        return False
    phrase = tokens[i + 3 : i + 3 + lx.MAX_OWNED_DOCUMENT]
    return any(t.is_word(*lx.DOCUMENT_NOUNS, *lx.SITE_NOUNS) for t in phrase)


def opens_citation(tokens: list[Token], i: int) -> bool:
    """'according to' or 'as per' opens at i: what follows names the sentence's source. So does
    'Based on' opening the sentence before a document ('Based on the statement of Dr.
    Karbasian, …'; not 'Based on UN data, …')."""
    if i + 1 >= len(tokens):
        return False
    pair = (tokens[i].lower, tokens[i + 1].lower)
    return pair in lx.SOURCE_PHRASES or (i == 0 and pair == lx.BASED_ON and _cites_document(tokens))


def _cites_document(tokens: list[Token]) -> bool:
    """After 'Based on': '(the) statement(s) / report(s) / …'."""
    k = 3 if len(tokens) > 3 and tokens[2].is_word("the") else 2
    return (
        k < len(tokens)
        and tokens[k].kind == WORD
        and tokens[k].lower.removesuffix("s") in lx.DOCUMENT_NOUNS
    )


def _stance_adjective(tokens: list[Token], i: int) -> bool:
    """'… is optimistic that', 'remains confident that', 'is confident of finalising': a view
    stated as an adjective."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    expects = (
        tokens[i].lower in lx.EXPECTING_ADJECTIVES
        and nxt is not None
        and nxt.is_word("of")
        and after is not None
        and after.lower.endswith("ing")
    )
    return (
        tokens[i].lower in lx.STANCE_ADJECTIVES
        and nxt is not None
        and (nxt.is_word("that") or expects)
        and _after_be(tokens, i, lx.STANCE_COPULAS)
    )


def _commitment(tokens: list[Token], i: int) -> bool:
    """'China remains committed to helping', 'India has committed to purchasing', 'the
    ministers committed to encouraging': a pledge to go on doing something."""
    if not (tokens[i].is_word("committed") and i + 2 < len(tokens)):
        return False
    if not (tokens[i + 1].is_word("to") and tokens[i + 2].lower.endswith("ing")):
        return False
    j = i - 1
    while j >= 0 and tokens[j].kind == WORD and tokens[j].lower.endswith("ly"):
        j -= 1  # "fully committed"
    return j >= 0 and (_is_subject(tokens[j]) or tokens[j].is_word(*lx.AUXILIARIES, *lx.REMAIN))


def _subject_after_opening(tokens: list[Token]) -> int | None:
    """The subject right after a sentence's opening phrase and its comma ("Citing …, Canada")."""
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
    if comma is None or comma + 1 >= len(tokens):
        return None
    k = comma + 2 if tokens[comma + 1].is_word("the") and comma + 2 < len(tokens) else comma + 1
    return k if _is_subject(tokens[k]) or is_anaphor(tokens, k) else None


def _time_clause_subject(tokens: list[Token], i: int) -> int | None:
    """'… got a boost when Mohammed bin Salman visited Islamabad and vowed to …': the mention
    that opens the time clause a coordinated verb at i continues, with no comma, semicolon or
    quotation mark between, and no later source or speech verb to say whose report the
    sentence is ('… after Japanese officials … confirmed …, according to Suga')."""
    if any(t.is_word("according") or t.lower in lx.FINITE_FORMS for t in tokens[i + 1 :]):
        return None
    for k in range(i - 1, 0, -1):
        if tokens[k].kind == QUOTE or tokens[k].text in ",;:":
            return None
        if tokens[k].is_word(*lx.TIME_SUBORDINATORS):
            j = k + 2 if tokens[k + 1].is_word("the") else k + 1
            return j if j < i and tokens[j].kind == MENTION and _is_subject(tokens[j]) else None
    return None


def _relative_clause_open(tokens: list[Token], i: int) -> int | None:
    """The 'which' or 'who' of a relative clause set off by a comma ('Bacardi, which
    distributes …') that no punctuation has closed before i; None when there is none."""
    for k in range(i - 1, 1, -1):
        if tokens[k].kind == QUOTE or tokens[k].kind == PUNCT:
            return None
        if tokens[k].is_word("which", "who") and tokens[k - 1].text == ",":
            return k
    return None


def _inverted_speaker_before(tokens: list[Token], verb: int, cues: list[Cue]) -> int | None:
    """'…, said Ellison, but added that …': the inverted speaker that the coordinated verb at
    `verb` follows right after its conjunction (and a comma); 'The head of the archive, Danilo
    Radunovic, …, thanked … and said': the named subject of the verb coordinated before; or
    None."""
    last = cues[-1] if cues else None
    if last is None or last.subject is None:
        return None
    if last.pattern == SUBJECT and tokens[last.subject].kind == MENTION:
        return last.subject
    if last.pattern != INVERSION:
        return None
    conjunction = verb - 1
    before = conjunction - 1 if tokens[conjunction - 1].text == "," else conjunction
    return last.subject if last.subject == before - 1 else None


def _after_conjunction(tokens: list[Token], i: int) -> bool:
    """'…, but warned', '… but at the same time warned': a verb coordinated with the last."""
    j = _skip_left(tokens, i - 1)
    starts = _adverbial_starts(tokens, j) if j >= 0 else []
    if starts and not tokens[j].is_word("but", "and"):
        j = _skip_left(tokens, starts[0] - 1)
    return j > 0 and tokens[j].is_word("but", "and")


def is_wording(tokens: list[Token], cue: Cue) -> bool:
    """'what it calls', 'In what the statement described as': a relative clause that credits
    a wording, not the sentence's statement."""
    j = cue.subject if cue.subject is not None else cue.verb
    return any(t.is_word("what") for t in tokens[max(j - 3, 0) : j])


def is_weak(tokens: list[Token], cue: Cue) -> bool:
    """A cue that reports a stance or a joint act rather than words: 'agreed', 'hopes', 'is
    optimistic that', a verb outside the lexicon before 'that'."""
    word = tokens[cue.verb].lower
    lemma = lx.FINITE_FORMS.get(word) or lx.BASE_FORMS.get(word)
    return lemma is None or lemma in lx.WEAK_LEMMAS


def in_said_content(tokens: list[Token], cue: Cue, earlier: Cue) -> bool:
    """'Mr McCully said, once the damage was known, New Zealand would offer more aid': a modal
    cue after an earlier saying verb is what was said, not a second statement; so is a passive
    one inside its that-clause ('Maru said … that the association was proposed by
    Madagascar'), and so is one in a relative clause describing a document it reports ('a
    letter in which Britain argues')."""
    if earlier.verb >= cue.subject or not tokens[earlier.verb].is_word(*lx.SAYING_FORMS):
        return False
    passive = cue.pattern == SUBJECT and cue.subject > cue.verb
    that = any(t.is_word("that") for t in tokens[earlier.verb + 1 : cue.verb])
    # "said the province has received a letter … in which Britain argues …": what the letter
    # it reports says
    described = cue.subject >= 2 and _words_after(tokens, cue.subject - 3, ("in", "which"))
    return _after_modal(tokens, cue.verb) or (passive and that) or described


def in_that_clause(tokens: list[Token], cue: Cue, earlier: Cue) -> bool:
    """'Greer explained that as part of the agreement, Vietnam has promised to cooperate': a cue
    inside the that-clause of an earlier saying verb is what was said; not after a clause of
    its own begins ('…, while Dodik said that …', '…, and the ministry warned …')."""
    if earlier.verb >= cue.subject or not tokens[earlier.verb].is_word(*lx.SAYING_FORMS):
        return False
    between = tokens[earlier.verb + 1 : cue.subject]
    if not between or not between[0].is_word("that"):
        return False
    following = [*between[1:], tokens[cue.subject]]
    joined = any(
        t.is_word("while", "but", "whereas") or t.text == ";" or (t.text, n.lower) == (",", "and")
        for t, n in zip(between, following, strict=True)
    )
    return not joined


def in_question_clause(tokens: list[Token], cue: Cue) -> bool:
    """The cue's subject opens a clause of 'whether' ('was still checking whether the DFA had
    lodged a protest', 'declined to say whether the Thai delegation raised concerns') or a
    condition ('If the ITC reaffirms the dumping determination, …', 'until the US clarifies its
    measures'): an open question or a supposition, not a statement."""
    if cue.subject is None or cue.pattern != SUBJECT:
        return False
    j = cue.subject - 1
    while j >= 0 and (tokens[j].is_word("the") or tokens[j].kind == MENTION):
        j -= 1  # "whether the Thai delegation": its modifiers
    return j >= 0 and tokens[j].is_word("whether", "if", "unless", "until")


def in_time_clause(tokens: list[Token], cue: Cue) -> bool:
    """The cue's subject opens a time clause ('after Beijing announced …')."""
    j = (cue.subject or cue.verb) - 1
    if j >= 0 and tokens[j].is_word("the"):
        j -= 1
    return j >= 0 and tokens[j].is_word(*lx.TIME_SUBORDINATORS)


def _source_separators(tokens: list[Token], title: bool) -> list[int]:
    """Where a line may name its source: colons; a dash right after a quotation ("“We condemn
    such shutdowns.”-Ms. Clinton"); and in a headline without a cue of its own a spaced dash
    ("Russia never returns POWs – Exchange Coordination HQ", "… from June 2023- president"; not
    "Nigeria–France", nor "China requests aid - Japan minister", where China speaks; an
    agreement reached is a deed, no cue: "Russia, India Agree On Cooperation - RosGeo")."""
    dashes = title and all(agreement_reached(tokens, cue) for cue in find_cues(tokens))
    return [
        k
        for k, t in enumerate(tokens)
        if t.text == ":"
        or (dashes and t.text in lx.SOURCE_DASHES and _spaced(tokens, k))
        or (t.text in lx.SOURCE_DASHES and k > 0 and tokens[k - 1].kind == QUOTE)
    ]


def _spaced(tokens: list[Token], k: int) -> bool:
    """A space on either side: a word's hyphen ("US-China") has none."""
    before = k == 0 or tokens[k - 1].end < tokens[k].start
    after = k + 1 == len(tokens) or tokens[k + 1].start > tokens[k].end
    return before or after


def _without_stop(tail: list[Token]) -> list[Token]:
    """A line's last words without the full stops, question or exclamation marks ending it."""
    while tail and tail[-1].text in ".!?":
        tail = tail[:-1]
    return tail


def _without_addressee(tail: list[Token]) -> list[Token]:
    """'…: Sri Lankan PM to China', '…: minister to AFP': a line's closing source without the
    one it spoke to."""
    addressee = len(tail) > 2 and tail[-2].is_word("to")
    if addressee and (tail[-1].kind == MENTION or _is_name_word(tail[-1])):
        return tail[:-2]
    return tail


def colon_source(tokens: list[Token], title: bool = False) -> Cue | None:
    """'…: AU', '…: Foreign Secretary Misri.': a headline or live-blog line that ends by naming
    its source after a colon (up to six words, one of them an actor; in a headline, before
    the occasion: '…: Niti Aayog after US FDA disapproved …')."""
    separators = _source_separators(tokens, title)
    colon = separators[-1] if separators else None
    if colon is None or colon == 0:
        return None
    tail = _without_addressee(_without_stop(tokens[colon + 1 :]))
    if title:
        # "…: Niti Aayog after US FDA disapproved …": the source, then why it spoke
        cut = next((n for n, t in enumerate(tail) if n and t.is_word(*lx.OCCASION_WORDS)), None)
        tail = tail[:cut]
        # "… – Domenico Scalpelli, Country Director of WFP.": the name, then its title set off
        # (not "Zimbabwe: Zim Cricket, South Africa Meet": a headline after its country tag)
        comma = next((n for n, t in enumerate(tail) if t.text == ","), len(tail))
        titled = any(_role_word(t) for t in tail[comma:])
        if comma and titled and all(_apposition_word(t) for t in tail[comma:]):
            tail = tail[:comma]
    if not 1 <= len(tail) <= 6:
        return None
    # "Ms. Clinton": an abbreviation's full stop may stand inside the name
    if not all(t.kind == MENTION or _is_name_word(t) or t.text == "." for t in tail):
        return None
    mentions = [colon + 1 + n for n, t in enumerate(tail) if t.kind == MENTION]
    if not mentions or tokens[mentions[-1]].mention.possessive:
        return None  # "…: China Rejects EU's Electric Vehicle Tariffs": a clause, no source
    if title and mentions[-1] != colon + len(tail):
        # "Safeguarding Plant Diversity: ICRISAT's Genebank Repatriates Four Crops": a
        # title-case clause after its actor, no source
        return None
    return Cue(COLON, colon, mentions[-1], ":")


def verbless_quote_source(tokens: list[Token]) -> Cue | None:
    """'“…,” Dr Pema Namgyel, the Director, Program Management, SEARO.': a quotation closed by
    a comma, then, with no verb, the actor who said it (a capitalised title before the name, an
    apposition of title words after it)."""
    closing = next((k for k, t in enumerate(tokens) if t.kind == QUOTE and _clause_comma(t)), None)
    if closing is None:
        return None
    rest = _without_stop(tokens[closing + 1 :])
    named = next((n for n, t in enumerate(rest) if not _is_name_word(t)), len(rest))
    if named == len(rest) or rest[named].kind != MENTION or rest[named].mention.possessive:
        return None
    apposition = rest[named + 1 :]
    if apposition and not (
        apposition[0].text == "," and all(_apposition_word(t) for t in apposition)
    ):
        return None
    # the line names its own source after its words, as a closing colon does
    return Cue(COLON, closing, closing + 1 + named, "”")


def be_clause_quotation(tokens: list[Token]) -> Cue | None:
    """'The High Commissioner of Canada, Sandra McCardell, was also part of the welcoming
    committee: “On behalf of Canada …': a clause of 'be' about its subject, then a colon and a
    quotation, gives the quotation to the subject."""
    colon = next((k for k, t in enumerate(tokens) if t.text == ":"), None)
    if colon is None or colon + 1 >= len(tokens) or tokens[colon + 1].kind != QUOTE:
        return None
    subject = _clause_subject(tokens, colon)
    if subject is None or tokens[subject].kind != MENTION or tokens[subject].mention.possessive:
        return None
    k = subject + 1
    if k < colon and tokens[k].text == ",":  # "Sandra McCardell, the High Commissioner, was"
        k = next((j + 1 for j in range(k + 1, colon) if tokens[j].text == ","), colon)
    return Cue(COLON, colon, subject, ":") if tokens[k].is_word(*lx.BE_FORMS) else None


def _apposition_word(tok: Token) -> bool:
    """A word of a title set off after a name: capitalised, a body, 'the', 'of', 'and', a comma."""
    return (
        tok.text == ","
        or tok.kind == MENTION
        or _is_name_word(tok)
        or tok.is_word("the", "of", "and")
    )


def headline_passive(tokens: list[Token], cue: Cue) -> bool:
    """'Britain urged to help pay off …', 'Exporters urged to tighten …', 'Rouhani Urged to
    Include Hamouns in Afghan Pact': a headline drops the 'is' of a passive, so its subject is
    the one urged, not who urges. The verb after 'to' is lower case unless the headline
    capitalises every word, the verb's own form included."""
    after = tokens[cue.verb + 1 : cue.verb + 3]
    title_case = tokens[cue.verb].text[:1].isupper()
    return (
        cue.pattern == SUBJECT
        and cue.subject == cue.verb - 1
        and tokens[cue.verb].lower in lx.URGING_FORMS
        and len(after) == 2
        and after[0].is_word("to")
        and after[1].kind == WORD
        and (after[1].text.islower() or title_case)
    )


def blamed_passive(tokens: list[Token], cue: Cue) -> bool:
    """'U.S. accused of foul play', 'the firm blamed for the leak': a verb of blame with no
    object before its preposition is a passive, so its subject is the one blamed."""
    verb = tokens[cue.verb].lower
    after = tokens[cue.verb + 1] if cue.verb + 1 < len(tokens) else None
    return (
        cue.pattern == SUBJECT
        and cue.subject == cue.verb - 1
        and verb in lx.BLAMING_FORMS
        and after is not None
        and after.is_word(lx.BLAMING_FORMS[verb])
    )


def headline_stance(tokens: list[Token]) -> Cue | None:
    """'Egypt concerned over stalemate …', 'India not concerned about …', 'WHO chief Tedros
    'confident' of …': a headline that drops the copula before an actor's stated view."""
    for i, tok in enumerate(tokens[: lx.MAX_HEADLINE_SUBJECT + 2]):
        words = _words_inside(tok) if tok.kind in (WORD, QUOTE) else []
        if len(words) != 1 or words[0].lower() not in lx.STANCE_ADJECTIVES:
            continue
        j = _skip_left(tokens, i - 1)
        j = j - 1 if j >= 0 and tokens[j].is_word("not") else j
        opens = j == 0 or tokens[j - 1].lower not in lx.FUNCTION_WORDS | lx.PLACE_PREPOSITIONS
        if 0 <= j <= lx.MAX_HEADLINE_SUBJECT and tokens[j].kind == MENTION and opens:
            return Cue(SUBJECT, i, j, tok.text) if _is_subject(tokens[j]) else None
        return None
    return None


def headline_second_verb(tokens: list[Token]) -> Cue | None:
    """'Cambodia to Ban Online Gambling, Cites Threat to Social Order', 'Govt suspends some US
    poultry imports, cites bird flu': a headline whose opening actor acts, then, after a comma,
    says something, is that actor's words. The second verb is read as if the actor stood right
    before it, so it is a cue only where it would be one there ("…, denies officials visas" is
    not)."""
    if not tokens or tokens[0].kind != MENTION or not _is_subject(tokens[0]):
        return None
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
    if comma is None or comma < 2 or tokens[1].kind != WORD:
        return None  # "Japan, S. Korea agree": the comma joins a pair
    if any(t.kind == PUNCT for t in tokens[1:comma]):
        return None  # "U.S. to Restrict Grain Imports : Commerce: …": a label, not one clause
    rest = [t for t in tokens[comma + 2 :] if t.text not in ".!?"]
    roles = lx.HEADLINE_PERSON_ROLES | lx.HEADLINE_BODY_ROLES
    if 1 <= len(rest) <= 3 and (rest[-1].kind == MENTION or rest[-1].lower in roles):
        return None  # "…, says official", "…, announce PM Khan": the verb's own speaker follows
    for cue in find_cues([tokens[0], *tokens[comma + 1 :]]):
        if cue.subject == 0 and cue.verb == 1:
            return Cue(cue.pattern, comma + 1, 0, cue.cue_text)
    return None


def colon_role(tokens: list[Token]) -> str | None:
    """'…: FM', '…: Foreign minister', 'Ministry: …', '…, minister says', '…, says the
    ministry': the role word of a source named only by its role before a headline's first
    colon, after its last, or after its last comma with "says" (up to three words, no actor
    among them)."""
    roles = lx.HEADLINE_PERSON_ROLES | lx.HEADLINE_BODY_ROLES
    words = [t for t in tokens if t.text not in ".!?"]
    comma = max((k for k, t in enumerate(words) if t.text == ","), default=None)
    part = words[comma + 1 :] if comma is not None else []
    if len(part) > 1 and part[-1].is_word("says", "said"):
        part = part[:-1]  # "Egypt exempt from India's wheat export ban, minister says"
    elif len(part) > 1 and part[0].is_word("says", "said"):
        part = part[2:] if part[1].is_word("the") else part[1:]  # "…, says the ministry"
    else:
        part = []
    if 1 <= len(part) <= 3 and all(t.kind == WORD for t in part) and part[-1].lower in roles:
        return part[-1].lower
    colons = _source_separators(tokens, title=True)
    if not colons:
        return None
    # "Lithuanian minister on Belarus potash transit: …": the speaker, then the topic;
    # "…: Sri Lankan PM to China": the speaker, then whom it addresses
    head = tokens[: colons[0]]
    head = head[: next((n for n, t in enumerate(head) if n and t.is_word("on")), len(head))]
    tail = _without_addressee([t for t in tokens[colons[-1] + 1 :] if t.text not in ".!?"])
    for part in (tail, head):
        # the role word last, perhaps after its state ("Lithuanian minister")
        if 1 <= len(part) <= 3 and part[-1].kind == WORD and part[-1].lower in roles:
            if all(t.kind == WORD or t.kind == MENTION for t in part[:-1]):
                return part[-1].lower
    return None


def _interview_label(tokens: list[Token]) -> Cue | None:
    """'[Interview : Kim Han-su, Korean Ambassador to Cambodia] "We're giving …': the actor a
    bracketed interview label names first, when a quotation follows the bracket."""
    if len(tokens) < 6 or tokens[0].text != "[" or not tokens[1].is_word(*lx.INTERVIEW_LABELS):
        return None
    if tokens[2].text != ":" or tokens[3].kind != MENTION or tokens[3].mention.possessive:
        return None
    close = next((k for k in range(4, min(len(tokens), 12)) if tokens[k].text == "]"), None)
    quoted = close is not None and close + 1 < len(tokens) and tokens[close + 1].kind == QUOTE
    return Cue(COLON, 2, 3, ":") if quoted else None


def speaker_label(tokens: list[Token], title: bool = False) -> Cue | None:
    """'Kang: A majority of people …', 'Foreign Minister Taro Kono: South Korea shares …': a
    transcript or interview line that opens by naming its speaker before a colon (up to six
    capitalised words ending in an actor, then at least three words, a quotation's counted:
    'Czech President Zeman: "Barnevernet … are gangsters who kidnap children"'). A headline may
    set its topic off before the speaker with a comma ('Albania-Bulgaria pension recognition
    agreement, Rama: Another success for Albanians'). A broadcast transcript brackets its label
    before the quotation ('[Interview : Suy Sem, Cambodia Minister of Energy] "The Prime …')."""
    if (bracketed := _interview_label(tokens)) is not None:
        return bracketed
    colon = next((k for k, t in enumerate(tokens) if t.text == ":"), None)
    start = 0
    if title and colon is not None:
        start = next((k + 1 for k in range(colon - 1, -1, -1) if tokens[k].text == ","), 0)
    if colon is not None and colon - start > 6:
        colon = None
    said = tokens[colon + 1 :] if colon is not None else []
    words = sum(len(t.text.split()) if t.kind == QUOTE else 1 for t in said)
    if colon is None or colon == start or words < 3:
        return None
    head = tokens[start:colon]
    last = head[-1]
    if last.kind != MENTION or last.mention.possessive:
        return None
    if not all(t.kind == MENTION or _is_name_word(t) for t in head):
        return None
    return Cue(COLON, colon, colon - 1, ":")


def partial_quote_subject(tokens: list[Token], headline: bool = False) -> int | None:
    """'China “hopes the American side will …”': the clause subject followed, within two words,
    by a quotation of at least four words (any length in a headline: "Tedros 'confident' of
    …"; any length when it quotes a stance: 'the government is “deeply concerned” about …')
    that continues the sentence (it opens in lower case), so the quoted words are the
    subject's own."""
    min_words = 1 if headline else lx.MIN_STATEMENT_QUOTE_WORDS
    subject = _clause_subject(tokens, len(tokens))
    if subject is None or tokens[subject].kind != MENTION:
        return None
    start = subject + 1
    if start < len(tokens) and tokens[start].text == ",":
        # "The ASEAN Foreign Ministers, during the meeting in Kunming, “expressed …”"
        window = range(start + 1, min(start + lx.MAX_PARENTHETICAL, len(tokens)))
        start = next((k + 1 for k in window if tokens[k].text == ","), start)
    for k in range(start, min(start + 3, len(tokens))):
        tok = tokens[k]
        if tok.kind == QUOTE:
            inner = tok.text[1:].lstrip()
            stance = any(w in lx.STANCE_ADJECTIVES for w in _words_inside(tok)[:3])
            long_enough = len(inner.split()) >= min_words or stance
            if not stance and tokens[k + 1 : k + 2] and tokens[k + 1].is_word("by"):
                return None  # "Morocco ‘overrun’ by locusts": a passive, not Morocco's words
            return subject if inner[:1].islower() and long_enough else None
        if tok.kind != WORD:
            return None
    return None


def quotes_a_description(tokens: list[Token], subject: int) -> bool:
    """'Wang had “a genuine personal interest …,” Barry said': a form of 'be' or 'have' outside
    the quotation and a noun phrase inside it describe the subject in the source's words."""
    k = subject + 1
    if k + 1 >= len(tokens) or not tokens[k].is_word(*lx.BE_FORMS, "has", "have", "had"):
        return False
    quote = tokens[k + 1]
    return quote.kind == QUOTE and quote.text[1:].lstrip().split(" ", 1)[0] in ("a", "an", "the")


def gives_view(tokens: list[Token]) -> bool:
    """The first auxiliary outside quotations is a modal ("should", "will"), not a past one."""
    for tok in tokens:
        if tok.kind != WORD:
            continue
        if tok.lower in lx.VIEW_MARKERS:
            return True
        if tok.lower in lx.PAST_MARKERS:
            return False
    return False


def release_issuer(tokens: list[Token]) -> int | None:
    """'Statement by Minister Joly on …', 'Statement from the Foreign Ministry', '… Brigadier
    General Jukka Sonninen’s Opening Speech': a headline that names the release or speech its
    article is, and the actor who issues or gives it."""
    owned = _owned_release(tokens)
    if owned is not None:
        return owned
    if len(tokens) < 3 or not tokens[0].is_word(*lx.RELEASE_NOUNS):
        return None
    if not tokens[1].is_word("by", "from"):
        return None
    for k in range(2, min(2 + lx.MAX_ROLE_QUALIFIERS + 1, len(tokens))):
        if _unpossessed_mention(tokens[k]):
            return k
        if not (tokens[k].is_word("the") or _title_word(tokens[k])):
            return None
    return None


def _owned_release(tokens: list[Token]) -> int | None:
    """A label line in capitals that ends on a possessive mention, at most two capitalised
    qualifiers and a release noun ('The Finnish Defence Force´s Chief of Education Brigadier
    General Jukka Sonninen’s Opening Speech'): the mention."""
    end = len(tokens) - 1 if tokens and tokens[-1].text in ".!?" else len(tokens)
    if end < 2 or not tokens[end - 1].is_word(*lx.RELEASE_NOUNS):
        return None
    owner = next(
        (k for k in range(end - 2, max(end - 5, -1), -1) if tokens[k].kind == MENTION), None
    )
    if owner is None or not tokens[owner].mention.possessive:
        return None
    # no lower-case word but joining ones (and the "s" a stray accent splits off: "Force´s")
    label = all(
        t.kind != WORD or t.text[:1].isupper() or t.is_word("of", "the", "and", "s")
        for t in tokens[:end]
    )
    return owner if label else None


def text_issuer(tokens: list[Token]) -> int | None:
    """'Here below is the text of the Fact Sheet … that the US Department of State's office of
    the spokesperson released', 'Following is the full text of the ministry's statement:': a
    sentence announcing the text the article goes on to reproduce, or a label line opening on it
    ('Text of statement released by the Prime Minister, John Howard.', '… Jukka Sonninen’s
    Opening Speech'), and where it names the text's source: its first mention, or an owning role
    ("the full text of Minister's speech")."""
    owned = _owned_release(tokens)
    if owned is not None:
        return owned  # "… Brigadier General Jukka Sonninen’s Opening Speech": a label line
    k = 0
    while k < len(tokens) and tokens[k].is_word(*lx.TEXT_ANNOUNCERS):
        k += 1
    if k and k + 3 < len(tokens) and tokens[k].is_word("is", "are"):
        k += 1 + tokens[k + 1].is_word("the")
    elif k or not tokens or tokens[0].text not in ("Text", "Full"):
        # a label line may open on the text itself: "Text of statement released by …"
        return None
    k += tokens[k].is_word("full", "complete")
    if not (k + 1 < len(tokens) and tokens[k].is_word("text") and tokens[k + 1].is_word("of")):
        return None
    return next((j for j in range(k + 2, len(tokens)) if _names_source(tokens[j])), None)


def _names_source(tok: Token) -> bool:
    """An actor's mention, or a role owning what follows ("Minister's")."""
    return tok.kind == MENTION or possessive_stem(tok) in lx.APPOSITION_ROLES


def speaks_in_person(tokens: list[Token]) -> bool:
    """A first-person pronoun outside quotations ("I am grateful", "our commitment"; case
    matters: "US" is a country, "us" a pronoun), or a second-person one outside a question
    ("… the development of your motherland"; "What's your comment?" is a reporter asking). A
    capitalised one right after a word is part of a name ("a five-year Our Network plan")."""
    words = {
        t.text
        for k, t in enumerate(tokens)
        if t.kind == WORD
        and not (t.text[:1].isupper() and t.text != "I" and k > 0 and tokens[k - 1].kind == WORD)
    }
    if words & lx.FIRST_PERSON:
        return True
    asks = any(t.text == "?" for t in tokens[-2:])
    return bool(words & lx.SECOND_PERSON) and not asks


def speaker_phrase(tokens: list[Token], j: int) -> str:
    """The noun phrase ending at j that names a speaker the study does not know ("U.S. Senator
    Bob Menendez", "European Council President Antonio Costa", "senior official"), up to six
    words: names, titles, modifiers and an adjacent actor ("U.S."), without the determiner."""
    k = j
    while k > 0 and j - k < 5:
        prev = tokens[k - 1]
        if prev.kind == MENTION and not prev.mention.possessive:
            k -= 1
        elif prev.kind == WORD and prev.lower not in lx.FUNCTION_WORDS | lx.SKIPPABLE:
            k -= 1
        elif prev.is_word("of") and k - 2 >= 0 and _is_name_word(tokens[k - 2]):
            k -= 1  # "Secretary of State"
        else:
            break
    words = [t.text for t in tokens[k : j + 1]]
    return " ".join(words)
