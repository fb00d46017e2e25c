"""Word lists for attribution: speech verbs and their forms, pronouns, skippable words."""

from __future__ import annotations

from pipeline.attribution.speech_verbs import DERIVED_SPEECH_LEMMAS
from pipeline.calendar_words import MONTHS

# Lemmas of verbs that report speech: the hand list of wire-copy verbs (phrasal ones need their
# particle: call on, point out) plus the list derived from WordNet and VerbNet.
_HAND_LEMMAS = (
    "say tell warn accuse urge encourage press emphasize emphasise remark challenge state stress "
    "insist note add pledge announce declare claim argue assert affirm reiterate vow promise "
    "acknowledge admit deny explain reply respond ask suggest criticize criticise condemn praise "
    "welcome demand propose predict write caution confirm maintain contend complain hail blame "
    "lament underline underscore observe recall concede counter retort tweet describe "
    "call point voice express question reject dismiss defend highlight "
    "slam blast rebuke chide scold berate decry denounce deplore lash hit agree invite hope cite "
    "raise "
    # excluded from the derived list for inanimate subjects ("figures indicate"); a cue needs
    # an actor as its subject, and with one they report speech
    "indicate characterize characterise "
    # acts done in words (WordNet verb.communication senses the derivation's frames miss)
    "thank inform outline applaud laud extol threaten communicate congratulate refute rebut "
    "allude compliment "
    # setting out particulars, like "outline" ("was detailed by Minister for Agriculture, …")
    "detail "
    # a claim gainsaid in words ("were contradicted by a German health spokesman")
    "contradict "
    # telling others what one knows or hails ("briefed his counterparts on Turkey's actions",
    # "the prime minister heralds a diplomatic win")
    "brief herald "
    # shedding light on something is explaining it ("the Chief Secretary shed light on the
    # advancements"); only with "light" after it
    "shed "
    # a stated position in diplomatic copy ("The United States values India's leadership",
    # "Japan has appreciated Cambodia's progress")
    "value appreciate "
    # naming as a verdict, like "describe" ("termed it a special day", "dubbed the move a
    # provocation")
    "term dub brand label "
    # a characterisation given in words, with its "as" ("portrayed the conference as a
    # once-in-a-decade chance")
    "portray "
    # an account given in more detail ("And now she elaborates further")
    "elaborate "
    # an attitude stated, like "welcome" and "reject" ("the EU disapproves of the ban")
    "disapprove "
    # condolences and wishes sent ("Bangladesh condoles deaths", "wished a speedy recovery")
    "condole wish pray "
    # an appeal made to someone or for something ("appealed to Beijing to approve the loans")
    "appeal "
    # a point put to listeners ("the BOC reminded the public that …", "the minister reminded
    # that the bans are still in force")
    "remind "
    # a risk pointed out in public ("The World Health Organization flagged a batch of
    # contaminated syrup", "the UN flagged Cambodia as a hotspot")
    "flag "
    # help offered is help announced ("Modi offers all possible assistance to Nepal")
    "offer "
    # a possibility excluded in words ("Australia rules out a package deal"; only with "out")
    "rule "
    # figures an actor puts out ("The CDC estimates the ban will affect 6 percent of dogs")
    "estimate "
    # a threat or impact minimised in words ("played down the threat", "has talked down the
    # potential impact"; "play" and "talk" only with "down")
    "downplay play talk "
    # a public warning ("sounded the alarm over", "sounds a warning"; only with what is sounded)
    "sound "
    # words said in jest are words said ("joked about the koala's name", "quipped that …")
    "joke quip "
    # attention drawn in words ("the ministry drew attention to the rise in rejections"; only
    # with "attention")
    "draw "
    # a matter raised or a label given in words ("Oramas referred to the joint adoption of
    # procedures", "Maduro referred to Machado as a “demonic witch”"; only with "to", and after
    # "as" only a quotation: "Japan refers to the outcrop as Takeshima" names)
    "refer "
    # a position set out in words ("A spokesperson with the Ministry of Commerce has clarified
    # export control measures", "the ministry clarified that …")
    "clarify "
    # details set out in words ("The Council specified the risks as …", "the notice only
    # specifies the tariff code")
    "specify "
    # a complaint made in public ("Malaysia Cries Foul Over EU Deforestation Claims"; only with
    # "foul")
    "cry "
    # an intention or stance made known ("four NATO states signaled their intention to
    # withdraw"; only with what is signalled)
    "signal "
    # words said again after someone ("Simataa and Worbs echoed her", "echoed Fox's
    # complaints"; only with a person or words echoed: "the recall echoes an earlier incident")
    "echo "
    # a case argued for in public ("India, Japan pitch for cooperation in bamboo sector", "The Tea
    # Board on Thursday pitched for a preferential trade agreement"; only with "for")
    "pitch "
    # a cause assigned in words ("attributed the trend to a crackdown"; only with its "to")
    "attribute"
).split()
SPEECH_LEMMAS = sorted(set(_HAND_LEMMAS) | set(DERIVED_SPEECH_LEMMAS))
# The wire-copy verbs chosen by hand (the derived list adds rarer, less certain ones).
HAND_LEMMAS = frozenset(_HAND_LEMMAS)
# Where a call is paid ("called on the mayor in his office"): a visit, not an appeal.
VISITED_PLACES = frozenset("office residence secretariat chamber chambers headquarters".split())
PARTICLES = {
    "call": {"on", "for", "upon"},
    "point": {"out", "to"},  # "pointed to shelling near the plant": cited it as a cause
    "lash": {"out"},
    "rule": {"out"},
    "play": {"down"},
    "talk": {"down"},
    "hit": {"out"},
    # "raised concerns": raising is speech only with what is raised
    "raise": set(
        "concern concerns objection objections questions doubts issue issues alarm accusations "
        "allegations".split()
    ),
    "sound": {"alarm", "warning", "warnings"},
    # a wish or prayer sent is speech; "wishes to visit" is an aim
    "wish": {"recovery", "success", "successful", "luck", "well"},  # "wished the successful talks"
    "pray": {"recovery", "peace", "victims"},
    "cry": {"foul"},
    "shed": {"light"},
    # "appealed against the sentence" is a legal act
    "appeal": {"to", "for"},
    "draw": {"attention"},
    "signal": set("intention intentions readiness willingness support opposition".split()),
    "refer": {"to"},
    "pitch": {"for"},
    "portray": {"as"},
    "attribute": {"to"},
    "echo": set(
        "her him them remarks remark comments concern concerns sentiment sentiments call calls "
        "appeal complaints criticism outrage views words message warning warnings same".split()
    ),
}
# Verbs that open or close an occasion, or deliver remarks, which a speech act after "by" may
# do ("opened the evening by emphasizing", "began his speech by expressing", "concluded by
# urging", "initiated the dialogue by highlighting"), and the longest object between them and "by".
FRAMING_VERBS = frozenset(
    "opened began started closed concluded ended wrapped opens begins starts closes "
    "concludes ends delivered delivers initiated initiates kicked kicks".split()
)
MAX_FRAMED_OBJECT = 6
# A verb form and the word after it that together make a preposition ("thanks to").
COMPLEX_PREPOSITIONS = frozenset({("thanks", "to")})
# Particles that make a speech verb something else ("flagged off the first train").
NON_SPEECH_PARTICLES = {
    "flag": frozenset({"off"}),
    "write": frozenset({"off"}),
    "send": frozenset({"off"}),  # "sent off a ship carrying a tsunami warning device"
}
# "call on"/"call upon" urges only with a 'to' clause ("called on Japan to respect …");
# without one it is a visit ("called on the Federal Minister for Railways on Wednesday").
VISIT_PARTICLES = frozenset({"on", "upon"})
MAX_URGED_OBJECT = 25  # words from the particle to the 'to' of what is urged
# Verbs that urge someone to act: active only with the one urged as object ("urged Japan to"),
# so "Britain urged to help …" in a headline is a passive with its "is" dropped.
URGING_FORMS = frozenset("urged asked pressed encouraged told invited advised instructed".split())
# Verbs of blame whose object a preposition names the fault of: active only with the one
# blamed as object ("accused Japan of"), so "U.S. accused of foul play" is a passive headline.
BLAMING_FORMS = {
    "accused": "of",
    "criticised": "for",
    "criticized": "for",
    "blamed": "for",
    "condemned": "for",
    "slammed": "for",
    "rebuked": "for",
}
# Words a noun phrase opens with: "to" before one is a preposition ("hosted to a luncheon").
NOUN_PHRASE_OPENERS = frozenset(
    "a an the his her its their our my your this that these those".split()
)
# Two-word phrases of manner between a verb and its particle ("spoke at length about").
MANNER_PHRASES = frozenset({("at", "length")})
# The lower-case words a long capitalised title may run through ("Minister of State for the
# Middle East, North Africa and United Nations at the Foreign Office").
TITLE_LINKS = frozenset("of for at the and".split())
# Prepositions a report's sentence may open with ("Delhi: In what could be …").
OPENING_PREPOSITIONS = frozenset("in on at after amid following".split())
# Empty subjects a report's sentence may open with ("New Delhi: It is customary for …").
EXPLETIVE_SUBJECTS = frozenset("it there".split())
# How far a particle or object may stand from its verb (2 otherwise): what is raised is a
# noun phrase ("raised a number of issues").
PARTICLE_WINDOW = {
    "raise": 5,
    "wish": 5,
    "pray": 5,
    "sound": 3,
    "signal": 3,
    "echo": 3,
    "portray": 5,
    "attribute": 8,
}
_IRREGULAR = {
    "say": ("said", "says", "saying"),
    "tell": ("told", "tells", "telling"),
    "write": ("wrote", "writes", "writing"),
    "admit": ("admitted", "admits", "admitting"),
    "underline": ("underlined", "underlines", "underlining"),
    "broadcast": ("broadcast", "broadcasts", "broadcasting"),
    "forecast": ("forecast", "forecasts", "forecasting"),
    "foretell": ("foretold", "foretells", "foretelling"),
    "retell": ("retold", "retells", "retelling"),
    "speak": ("spoke", "speaks", "speaking"),
    "hit": ("hit", "hits", "hitting"),
    "send": ("sent", "sends", "sending"),
    "draw": ("drew", "draws", "drawing"),
    "shed": ("shed", "sheds", "shedding"),
    "refer": ("referred", "refers", "referring"),
    "give": ("gave", "gives", "giving"),
}
# Irregular pasts that are past participles too: after a form of "be" they make a passive ("It
# is forecast that …", "China was told").
PASSIVE_PARTICIPLES = frozenset(forms[0] for forms in _IRREGULAR.values()) - {
    "wrote",
    "spoke",
    "drew",
    "gave",
}
# Verbs that report words only with a message as their object ("Tajikistan sent a note",
# "offered his condolences", "lodged a protest", "registered his thanks", "Xi and Macron
# exchanged congratulations"), within MESSAGE_WINDOW words after the verb. Not "views":
# exchanging views is a meeting whose words the article does not give, narration in the
# annotation conventions.
_MESSAGE_LEMMAS = (
    "send hand issue deliver convey offer extend share lodge release submit exchange post renew "
    "publish trade relay present level give register".split()
)
MESSAGE_NOUNS = frozenset(
    "note notes statement letter letters message messages protest condolences condolence "
    "congratulations greetings sympathies sympathy apology complaint demarche démarche "
    "declaration welcome invitation invitations "
    "communique communiqué readout warning appeal objection assurances ultimatum advisory "
    "advisories rebuke rebukes accusation accusations barbs announcement blame insults "
    "representations demand demands concern concerns plea pleas "
    # good wishes and thanks voiced to someone ("sent early wishes for Children's Day",
    # "extended his gratitude", "gave words of thanks"; not "thanks to", a cause)
    "wishes gratitude thanks "
    # an account given ("shared the update in an interview with Kazinform", "shared the news
    # that Ethiopia is one of …")
    "update updates news".split()
)
# "made a proposal", "made a pledge not to …": a speech act a form of "make" names, its noun
# right after a determiner (and at most one modifier), with the verb it stands for. Not "made
# the remarks", "made the statement" or "made the announcement" with no clause of what was
# said: the gold sets read those as the setting of words (narration) about as often as speech.
MAKING_FORMS = frozenset("make makes made making".split())
MADE_SPEECH_NOUNS = {
    "proposal": "propose",
    "proposals": "propose",
    "appeal": "appeal",
    "plea": "appeal",
    "declaration": "declare",
    "pledge": "pledge",
}
# Long enough for a recipient before the message ("sent to her Chinese counterpart Wang Yi a
# letter of condolences").
MESSAGE_WINDOW = 8
# Nouns a message noun can modify, when it names a thing, not words sent ("warning system").
COMPOUND_HEADS = frozenset(
    "system systems service services centre center centres centers mechanism mechanisms "
    "network networks sign signs form forms "
    # "gave a news conference", "the official news agency"
    "conference conferences briefing briefings agency agencies outlet outlets".split()
)
# The longest object of "call" before what it is called ("called the legislation a disgrace",
# "called the continued presence of the strain a threat").
MAX_NAMED_OBJECT = 6
# The longest object of "call" before the word that judges it ("call sharp increase in U.S.
# softwood lumber duty unfair").
MAX_JUDGED_OBJECT = 8
# "calls in the ambassador", "called off the talks": a phrasal "call" judges nothing.
CALL_PARTICLES = frozenset("in off up back out".split())
# The longest object of "call" before a quotation naming it ("called the decision to annul the
# status of Hagia Sophia as a museum “a provocation”").
MAX_CALLED_OBJECT = 25
# Modals and "did" take a bare infinitive: "China will insist", "Kerry did not say".
MODALS = frozenset("will would could should can may might must did does do".split())
# Words of a capitalised name the study does not know that opens a sentence ("Svalbard may be").
MAX_UNKNOWN_NAME_WORDS = 3
# Modals of possibility and obligation: "could ask", "may request", "the EU must respond"
# report no words said.
HYPOTHETICAL_MODALS = frozenset("could may might must".split())
# A speech act still to come: "Mandelson will recommend …" reports no words (unlike "would",
# the future of reported speech: "said it would respond").
FUTURE_MODALS = frozenset("will shall".split())
AUXILIARIES = frozenset("has have had is was are were been be".split()) | MODALS
# Finite forms before "been" that make a verb group of their own ("China, too has been
# approached, said …": a clause, not an aside).
FINITE_AUXILIARIES = frozenset("has have had".split())
# May stand between an auxiliary and its verb ("are now alleging", "is still urging").
VERB_GROUP_ADVERBS = frozenset(
    "not also again yet never already still now further therefore thus hence".split()
)
PRONOUNS = frozenset("he she they it".split())
# Object forms that can still name a source ("according to him").
OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
# "according to its website": the owner of a document cited stands for its pronoun.
OWNER_PRONOUNS = {"its": "it", "their": "they"}
# "according to its trade undersecretary …": an owner's word before a source, like "the".
POSSESSIVE_DETERMINERS = frozenset("its his her their".split())
# "In his view, …", "In her words, …": an opening that makes the owner the sentence's source.
VIEW_OWNERS = {"his": "he", "her": "she", **OWNER_PRONOUNS}
VIEW_NOUNS = frozenset("view opinion words".split())
# Every pronoun form a speaker may take, mapped to the subject pronoun it resolves like.
SUBJECT_OF_PRONOUN = {
    **{p: p for p in PRONOUNS},
    **OBJECT_PRONOUNS,
    **OWNER_PRONOUNS,
    **VIEW_OWNERS,
}
# First-person words as written (case kept: "US" is a country).
FIRST_PERSON = frozenset("I We we Our our Ours ours ourselves My my myself us me Us".split())
# Second-person words: a speaker addressing an audience ("the development of your motherland").
SECOND_PERSON = frozenset("you You your Your".split())
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# Words that may stand between a subject and its verb ("Wang on Wednesday also said", "had
# all along maintained").
# A copula of lasting state ("China remains committed to …"), skipped like "is".
REMAIN = frozenset("remain remains remained".split())
SKIPPABLE = (
    AUXILIARIES
    | WEEKDAYS
    | frozenset(
        "not also again yet never already then once further still later earlier first long now "
        "however nonetheless nevertheless meanwhile instead thus therefore hence likewise both all "
        "along "
        "on last this week weekend month year today yesterday tonight late early "
        # "The New Caledonia government last night announced"
        "night morning evening "
        "here himself herself itself themselves".split()
    )
    | REMAIN
)
# After these a "-s" form is a plural noun, not a verb ("US demands were rejected").
NOUN_FOLLOWERS = frozenset("are were have had will would is was of".split())
# Count a plural noun ("several EU members", "two U.S. states").
QUANTIFIERS = frozenset(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty several many some all most".split()
)
# Verbs whose "-s" form takes "of" ("China warns of countermeasures", "disapproves of").
OF_LEMMAS = frozenset("warn disapprove complain boast".split())
# Cannot head a speaker noun phrase ("keep its promises" is no speech act by "its").
FUNCTION_WORDS = frozenset(
    "its his her their our my your that which who whom whose the a an this these those and or "
    "but to of in on at for with by from as than then there here it he she they we i you "
    "not no so if".split()
)
# A person who speaks for an actor; "the spokesman" refers back to the last one introduced.
SPOKESPERSONS = frozenset("spokesperson spokesman spokeswoman".split())
# One person who speaks for an office ("an official of the education ministry said … He said"):
# a later "he" or "she" is that person.
PERSONAL_VOICES = SPOKESPERSONS | frozenset("official officer diplomat aide representative".split())
# Unnamed voices a later "the official said" takes up, once introduced ("a senior customs
# official"); not "diplomat", which names a foreign minister as often.
VOICE_ANAPHORS = SPOKESPERSONS | {"official", "officials", "source"}
# Voices introduced as a bare plural ("Japanese officials have said"), then "the officials said".
PLURAL_VOICES = frozenset({"officials"})
# What makes a noun phrase refer back rather than introduce ("the officials", "these officials").
DEFINITE_DETERMINERS = frozenset("the these those".split()) | POSSESSIVE_DETERMINERS
# Envoys, named by what they were sent to do or by their post ("the African Union observer
# mission", "the EU trade delegation", "the French Ambassador to Egypt"): one such word may stand
# between them and the body that sent them.
ENVOY_NOUNS = frozenset("mission delegation ambassador envoy".split())
# One person speaking for a state ("the Chinese official", "the U.S. ambassador"), who may be
# the person of that state who last spoke.
STATE_OFFICERS = frozenset("official ambassador".split())
# What joins a voice to the body it speaks for ("a spokesman for the ministry", "an official at
# the Warning Centre", "a senior official in the Ministry of Earth Sciences").
VOICE_PREPOSITIONS = frozenset("of at from for with in".split())
# A body's press unit, which speaks for it ("the press service of the Ministry of Defence").
PRESS_UNIT_MODIFIERS = frozenset("press information communications media".split())
PRESS_UNIT_NOUNS = frozenset("service office department centre center".split())
# Passive forms of being told something ("Report was informed in the press service of …").
TOLD_FORMS = frozenset("informed told".split())
# Words that make an alias a role or title rather than a name (a slightly less sure speaker).
ROLE_WORDS = frozenset(
    "minister ministry envoy ambassador counterpart secretary president premier spokesperson "
    "spokesman spokeswoman statement department administration government official side "
    "diplomat consul".split()
)
# "President Trump's administration", "the government of Prime Minister Abhisit": a person's
# government, which speaks for the person's state.
GOVERNMENT_OF_PERSON = frozenset("administration government".split())
# "The country's prime minister said": the owner is the state just named.
COUNTRY_POSSESSIVES = frozenset("country's country’s nation's nation’s".split())
COUNTRY_NOUNS = frozenset("country nation".split())
# "The US and a number of other countries voiced concerns", "UNESCO and environmentalists
# said": unnamed others joined to an actor, within MAX_OTHERS_WORDS words after the "and".
OTHERS_NOUNS = frozenset(
    "countries nations states governments members partners allies groups activists "
    "environmentalists campaigners conservationists organisations organizations ministers "
    "leaders officials".split()
)
MAX_OTHERS_WORDS = 6
# Letters a qualifier must share with a study name's word ("Russian" ~ "Russia").
STEM_LETTERS = 5
# Words between an owner and its role noun ("Indonesia's environment minister").
MAX_ROLE_QUALIFIERS = 3
# Capitalised words that never continue a personal name ("the ministry Monday").
CALENDAR_WORDS = WEEKDAYS | MONTHS
# When a document was issued, between its owner and it ("IPAB's November ruling").
DOCUMENT_DATES = CALENDAR_WORDS | frozenset("latest recent new final annual".split())
# "minutes ago", "two days ago" between a subject and its verb.
AGO_UNITS = frozenset(
    "moments minutes hours days weeks months years moment minute hour day week".split()
)
AGO_COUNTS = frozenset("a few several two three four five six seven some".split())
# Nouns of time that close a sentence-opening phrase of when ("Last week", "Earlier this
# month"), at most MAX_OPENING_TIME words.
TIME_NOUNS = frozenset("week month year yesterday today earlier later weekend".split())
# A phrase of when after a participle ("announced on Thursday", "announced last week") and
# the verbs a clause goes on with after it ("… comes after", "… will take effect").
PARTICIPLE_WHEN_WORDS = CALENDAR_WORDS | TIME_NOUNS | frozenset("on last this earlier in".split())
CLAUSE_VERBS = AUXILIARIES | frozenset("comes came follows followed".split())
MAX_OPENING_TIME = 3
# Negate the speech verb they precede ("did not say", "has never said").
NEGATIONS = frozenset("not never".split())
# Adverbs that may stand between "be" and a passive participle ("It was also announced").
PASSIVE_ADVERBS = VERB_GROUP_ADVERBS - NEGATIONS
# Open a subject that says nothing ("Neither Chinese nor U.S. officials responded").
NEGATED_SUBJECT = frozenset("neither nor no".split())
# Take an object and a bare verb ("help Pacific nations respond") or a participle ("keep
# Moscow informed"): the object is no subject.
CAUSATIVE_VERBS = frozenset(
    "help helps helped helping let lets make makes made making keep keeps kept keeping".split()
)
# Open the phrase after a sentence-final cue that says where or how, not what ("…, the
# ministry said in a statement", "…, Kerry told reporters on Tuesday").
# "China in a statement said": a phrase of how or when, of at most MAX_ADVERBIAL words,
# opening with one of these, may stand between subject and verb.
ADVERBIAL_PREPOSITIONS = frozenset("in at on during over".split())
# Words in -ing that are prepositions, not participles ("during", "according").
ING_PREPOSITIONS = frozenset(
    "during including according regarding concerning following excluding pending considering "
    "notwithstanding".split()
)
MAX_ADVERBIAL = 6
# How many words an actor's "of" phrase may run to an unknown place ("of the northwestern
# province of Edirne").
MAX_PLACE_PHRASE = 7
RELATIVES = frozenset("which who whom whose that where when".split())
TAIL_PREPOSITIONS = frozenset(
    "in on at during after before via through from late early ahead".split()
)
# How close in time, before such a phrase after a comma ("…, just ahead of the match").
TAIL_DEGREE_WORDS = frozenset("just shortly soon right".split())
# Skipped after a closing source's verb: "on" stays, as it opens a date ("said on Monday") or
# a topic ("says on reported EU refusal").
TAIL_SKIPPABLE = SKIPPABLE - TAIL_PREPOSITIONS
# May stand between a passive speech verb and its "by" ("was revealed here today by").
AGENT_GAP_WORDS = (SKIPPABLE - AUXILIARIES) | CALENDAR_WORDS | {"here"}
# The press occasion a passive speech verb may name before its agent ("was stated at a
# briefing by …", "was announced at the joint news conference by …").
PRESS_OCCASION_WORDS = frozenset(
    "briefing briefings conference conferences news press joint regular media".split()
)
# Informing verbs whose past form right before "on" ("delegation briefed on …") is a passive
# with its "was" dropped: the subject listens. Not before "about": "He briefed about the
# initiative", "the ministry informed about …" are active in South Asian and translated copy.
INFORMED_FORMS = frozenset("briefed informed apprised notified".split())
# Who is told, as the last word of the listener: "told reporters", "told a news briefing".
LISTENERS = frozenset(
    "reporters journalists lawmakers delegates conference briefing audience parliament".split()
)
# Prepositions whose object is never the clause's subject ("a note handed to Russia says"); not
# "for", which owns a spokesperson ("a spokesman for the World Bank said").
OBJECT_PREPOSITIONS = frozenset("to with against toward towards over".split())
# The preposition that opens a pair of parties ("an agreement between Russia and Nicaragua").
PAIR_PREPOSITIONS = frozenset({"between"})
# In a parenthetical, what these govern is no subject ("…, speaking with the News Agency of
# Nigeria, NAN, said": the subject lies further back).
GOVERNING_WORDS = OBJECT_PREPOSITIONS | frozenset({"of"})
AGENT_PREPOSITIONS = frozenset({"by"})  # "welcomed by Marta Lomas": the passive's agent
# The longest aside a comma and a participle of the speech's occasion open before the verb with
# no comma to close it ("Ambassador Subasinghe, commenting on Senate approval said").
MAX_OPEN_ASIDE = 8
OCCASION_PARTICIPLES = frozenset(
    "commenting speaking responding reacting replying referring addressing writing "
    "welcoming".split()
)
# Prepositions that attach a place to a speaker ("The foreign ministry in Beijing stated").
PLACE_PREPOSITIONS = frozenset("in of at from".split())
# "Lance Robinson with the U.S. Customs …", "Msasalaga from the Tanzania Bureau of Standards",
# "Riina Solman heading the Riigikogu friendship group": a member, then the body it works for
# or leads (prepositions and the participles of leading).
MEMBER_LINKS = frozenset("with from heading leading chairing".split())
# "in eastern Myanmar", "near northern Kenya": a region of a place, which never speaks.
REGION_PREPOSITIONS = PLACE_PREPOSITIONS | frozenset({"across", "near"})
REGION_ADJECTIVES = frozenset(
    "northern southern eastern western central northeastern northwestern southeastern "
    "southwestern north-eastern north-western south-eastern south-western".split()
)
# Words that introduce a new clause: where a sentence with two speakers is cut.
CLAUSE_CONJUNCTIONS = frozenset("while whereas but and although though yet".split())
# Open a second speaker's clause even without a comma ("… while the EU said …").
CONTRASTIVE_CONJUNCTIONS = frozenset("while whereas".split())
# Introduce a subordinate clause placed before the main clause ("While China has stated ...").
SUBORDINATORS = frozenset("while although though whereas".split())


def _regular_forms(lemma: str) -> tuple[str, ...]:
    """Past, third person and -ing forms; a final consonant after one vowel also doubles
    (regret -> regretted), so both spellings are listed where English is unsure."""
    cvc = lemma[-1] in "bdglmnprt" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou"
    if len(lemma) > 2 and cvc:
        d = lemma + lemma[-1]
        return lemma + "ed", lemma + "s", lemma + "ing", d + "ed", d + "ing"
    if lemma.endswith("ee"):
        return lemma + "d", lemma + "s", lemma + "ing"  # agree -> agreeing
    if lemma.endswith("e"):
        return lemma + "d", lemma + "s", lemma[:-1] + "ing"
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ied", lemma[:-1] + "ies", lemma + "ing"
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return lemma + "ed", lemma + "es", lemma + "ing"
    return lemma + "ed", lemma + "s", lemma + "ing"


def _build(lemmas) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    finite: dict[str, str] = {}
    participle: dict[str, str] = {}
    base: dict[str, str] = {}
    for lemma in lemmas:
        past, third, ing, *doubled = _IRREGULAR.get(lemma) or _regular_forms(lemma)
        finite[past] = finite[third] = lemma
        participle[ing] = lemma
        if doubled:
            finite[doubled[0]], participle[doubled[1]] = lemma, lemma
        base[lemma] = lemma
    return finite, participle, base


# form -> lemma
FINITE_FORMS, PARTICIPLE_FORMS, BASE_FORMS = _build(SPEECH_LEMMAS)
# "-s" forms that news copy uses as plural nouns far more often than as verbs ("the signals
# from China have been positive", "found signals of fraud", "paid compliments to"): no finite
# verb.
PLURAL_NOUN_FORMS = frozenset({"signals", "compliments"})
FINITE_FORMS = {
    form: lemma for form, lemma in FINITE_FORMS.items() if form not in PLURAL_NOUN_FORMS
}
# Words that give a phrase a clause of its own: a finite speech verb, an auxiliary, a relative.
CLAUSE_WORDS = frozenset(FINITE_FORMS) | AUXILIARIES | RELATIVES
MESSAGE_FINITE_FORMS, _, MESSAGE_BASE_FORMS = _build(_MESSAGE_LEMMAS)
# Exchanging a message is speech by both sides ("Xi exchanged congratulations with Putin").
EXCHANGE_LEMMA = "exchange"
# Exchanged, these are a treaty's formal step, no words given ("Panama and Japan exchanged
# notes, formalizing a loan").
EXCHANGED_INSTRUMENTS = frozenset({"notes"})
# What makes a message noun a formal instrument, not words sent ("exchanged letters of
# agreement", "presented his letter of credence").
INSTRUMENT_OF = frozenset("agreement agreements intent understanding credence ratification".split())
# Reaching an agreement is agreeing ("Nigeria and Switzerland have reached an agreement to …");
# only finite forms: "failed to reach a deal" reports none.
REACHING_FORMS = frozenset("reached reaches".split())
AGREE_LEMMA = "agree"
AGREE_FORMS = frozenset((AGREE_LEMMA, *_regular_forms(AGREE_LEMMA)))
# What an agreement reached is about ("agreed to form …", "agree on salmon"), not what was said.
AGREED_DEED_WORDS = frozenset("to on upon".split())
# Where an agreement may be said to be reached, between "agreed" and what was agreed ("agreed at
# a meeting on Sunday to take …").
GATHERING_NOUNS = frozenset("meeting talks summit conference session forum".split())
# "agreed with China Nonferrous Metal Mining to build …": how far "to" may follow "with".
MAX_AGREEMENT_PARTNER_WORDS = 10
# After "agreed", these open what was agreed as words ("agreed that …", "agreed with Wong that
# …") or a manner ("agreed in principle"), not its object.
AGREEMENT_CONTENT_WORDS = frozenset("that with in at after during and but as for".split())
# A clause without its "that" after "agree" shows a modal or a finite verb within a few words
# ("agree troops should disengage", "agreed an artistic troupe would be part of …").
MAX_AGREED_OBJECT_WORDS = 5
CLAUSE_VERB_MARKERS = frozenset(
    "should would will must can could may might shall is are was were has have had".split()
)
# "Other collaborations according to Zhang include …": the clause's own verb right after an
# unbracketed source, so the source is no modifier of a noun.
SOURCE_CLOSING_VERBS = CLAUSE_VERB_MARKERS | frozenset("include includes included".split())
# "last week", "this month": a time phrase between a verb and what follows it.
TIME_UNITS = frozenset("week month year weekend".split())
AGREEMENT_NOUNS = frozenset("agreement deal consensus understanding".split())
# "The MOA on … took note of …. It also assured …": a pact heading a sentence is what a later
# "it" refers to, so its provisions are no actor's words.
PACT_NOUNS = (AGREEMENT_NOUNS - {"consensus", "understanding"}) | frozenset(
    "agreements accord accords memorandum mou moa treaty pact protocol".split()
)
MAX_PACT_MODIFIERS = 3
# A pact's signing, whose signatories follow "by" ("The MOU signed by … states").
SIGNING_PARTICIPLES = frozenset("signed inked concluded".split())
# Open a relative clause about something else ("subjects on which the two sides agreed").
RELATIVE_PREPOSITIONS = frozenset("on in with under to by for about over".split())
# Verbs of saying proper, whatever the construction ("responded by saying").
SAYING_FORMS = frozenset(
    "said says added asked replied wrote noted remarked explained insisted stressed "
    "emphasised emphasized declared warned told".split()
)
SAYING_LEMMAS = frozenset(FINITE_FORMS[form] for form in SAYING_FORMS)
# Claims a participle makes for its clause's subject only before a that-clause.
CLAIMING_LEMMAS = frozenset("allege claim argue assert contend".split())
# Gerunds after "by" or "in" that do the clause's act in words ("responded by saying",
# "invoked Lenin in saying", "lowered the tone by stating"); "announcing" only before a
# that-clause ("by announcing that …", not "by announcing sanctions").
WORDING_LEMMAS = SAYING_LEMMAS | CLAIMING_LEMMAS | frozenset({"state"})
ANNOUNCING_LEMMA = "announce"
# Events that move someone to speak: "prompting Paterson to warn", "led the minister to say".
CAUSING_FORMS = frozenset(
    "prompt prompts prompted prompting lead leads led leading spur spurs spurred spurring "
    "force forces forced forcing compel compels compelled compelling".split()
)
# Verbs that can follow their own object quote: "“…,” said Kerry", "…, announced Hug".
# "…, say Hungarian authorities.": the plural present inverts too.
INVERTIBLE = SAYING_FORMS | frozenset("announced stated read reads tweeted say".split())
# "Xinhua quoted Han as saying": the reporting verb names a source; the speaker follows.
QUOTING_VERBS = frozenset("quoted cited quotes cites reported quoting citing".split())
# An outlet's verbs when it closes a sentence after a comma ("…, reports CBC News.").
RELAYING_FORMS = frozenset("reports reported writes wrote informs".split())
# Documents that speak for whoever issued them ("The statement said", "a statement saying").
# Verbs whose subject gets a document another actor sent ("was handed a note expressing …").
RECEIVING_FORMS = frozenset("given handed shown sent received receives receive".split())
DOCUMENT_NOUNS = frozenset(
    "statement readout communique communiqué letter post message brief briefing release "
    "report webpage "
    "complaint website announcement clarification resolution ruling notice note notification "
    "alert advisory directive decree circular document factsheet".split()
)
# "In a statement …, X …": who may own the document that opens a sentence, and how many
# tokens its phrase may run before the comma.
DOCUMENT_OWNERS = frozenset("a an its their his her".split())
# How many sentences of narration opening a paragraph may wait for a closing "…, he said" to
# give them to the speaker before it.
MAX_NARRATION_BEFORE_CLOSE = 3
# Objects of a speech verb that point back at a quotation before it ("X said this, addressing …").
POINTING_BACK = frozenset("this so".split())
MAX_OPENING_PHRASE = 20
# Documents only their speaker issues: "the statement read" with no issuer named is the last
# speaker's (not "the report", often someone else's).
ISSUED_DOCUMENTS = frozenset(
    "statement release communique communiqué readout message circular".split()
)
# A title whose holder speaks for the body they head when the study names no holder ("According
# to the Ministry of Finance, …", then "“…,” the minister added").
BODY_HEADS = {"minister": "ministry", "commissioner": "commission"}
# Occasions of speaking that open a sentence as a statement does ("In his intervention, Téte
# António considered this agreement a gain").
SPEAKING_OCCASIONS = frozenset("speech remarks address intervention comments".split())
# What an actor's figures come in: "according to data from Seoul" cites Seoul (but "the data
# said" refers back to no one, so these are no documents).
FIGURE_NOUNS = frozenset("data figures statistics estimates records".split())
# What figures do when they report ("customs data showed that …").
SHOWING_FORMS = frozenset(
    "show shows showed shown reveal reveals revealed indicate indicates indicated "
    "peg pegs pegged".split()  # "The latest CIP statistics peg the population at …"
)
# Findings cited from whoever made them ("according to research by the Bank for International
# Settlements").
STUDY_NOUNS = frozenset("research study".split())
SOURCE_NOUNS = (
    DOCUMENT_NOUNS | FIGURE_NOUNS | STUDY_NOUNS | frozenset("source sources information".split())
)
# Words between an issuer and its document ("a Foreign Office news release", "a ministry
# press statement").
RELEASE_MODIFIERS = frozenset("news press media joint written".split())
# Where an actor posts its documents ("a statement on the ministry website").
SITE_NOUNS = frozenset("website site webpage page account channel portal".split())
# Documents a sentence's speaker issued ("said in a statement"); a report mentioned is as
# often someone else's ("referring to the report declassified by the Senate"), so its issuer
# is learned only from the report's own words ("a report by the UNHCR").
ISSUED_DOCUMENT_NOUNS = DOCUMENT_NOUNS - {"report"}
MAX_DOCUMENT_MODIFIERS = 4  # words between 'in' and the document ("in its latest annual report")
# Past participles unlike the past tense, finite after has/have/had ("has written a letter").
PERFECT_PARTICIPLES = {"written": "write"}
# "The statement read": what a document says, with the document as subject.
READING_LEMMA = "read"
# Posting on a platform is writing there ("Muizzu posted on X"; not "posted on the border").
POSTING_FORMS = frozenset({"posted", "posts"})
POSTING_LEMMA = "post"
PLATFORM_WORDS = frozenset(
    "x twitter facebook instagram linkedin weibo telegram wechat social media".split()
)
# Holding someone responsible lays blame in words ("held U.S. authorities directly
# responsible"); within HOLDING_WINDOW words of the verb.
HOLDING_FORMS = frozenset("hold holds held".split())
RESPONSIBLE_WORDS = frozenset("responsible accountable".split())
BLAME_LEMMA = "blame"
HOLDING_WINDOW = 6
# Taking a side, in the present tense only, states a position ("China supports Marcos' ban",
# "Thailand supports a ceasefire", "China opposes Japan's joint drills"); the past ("Unicef
# supported delivery of the doses", "Iran-backed") mostly reports a deed.
STANCE_PRESENT_FORMS = {
    "supports": "support",
    "opposes": "oppose",
    "backs": "back",
    "endorses": "endorse",
}
# What "supports" takes a position on, within MAX_POSITION_WORDS words after it ("supports
# Marcos' ban", "supports Nauru's bid"); anything else supported is help given ("USAID supports
# people with disabilities", "Japan supports affordable crop insurance": read as a stance
# whatever its object, "supports" was right in 2 of 13 sentences over every gold set).
SUPPORTED_POSITIONS = frozenset(
    "ban bans bid bids tariff tariffs proposal proposals resolution resolutions position stance "
    "call calls decision decisions move measure measures policy policies candidacy candidature "
    "claim claims demand demands request requests sanctions ceasefire cease-fire truce solution "
    "reform reforms sovereignty independence unification reunification accession membership".split()
)
MAX_POSITION_WORDS = 6
# "supports Indonesia in addressing …": how far the "in" of a task helped with may follow.
MAX_HELPED_WORDS = 5
# Contacting someone is no speech by itself ("Herzog spoke with his Greek counterpart"), but it
# is when its purpose is a message: "spoke with … to offer Israeli support", "had a phone call
# with Çavuşoğlu to convey the solidarity of Spain".
CONTACT_FORMS = frozenset("spoke talked phoned telephoned called rang contacted summoned".split())
CONTACT_HOLDERS = frozenset("had held made".split())
# "took to Twitter to express …": a platform taken to, to say something there.
TAKING_FORMS = frozenset("took takes".split())
# "took the occasion to thank …": a moment taken to say something.
OCCASION_NOUNS = frozenset("occasion opportunity chance".split())
# Verbs that report words only with their particle: "spoke out against" is saying something in
# public, and "spoke (highly) of" or "about" a subject, unlike "spoke with"; "put forward claims"
# proposes them, unlike "put pressure on".
PARTICLE_SPEECH = {
    ("spoke", "out"): "speak",
    ("speaks", "out"): "speak",
    ("spoken", "out"): "speak",  # "has spoken out against the vote"
    **{
        (form, about): "speak"
        for form in ("spoke", "speaks", "spoken")
        for about in ("of", "about")
    },
    ("put", "forward"): "propose",
    ("puts", "forward"): "propose",
    ("chimed", "in"): "chime",  # "the United States chimed in as well, phrasing …"
    ("chimes", "in"): "chime",
    ("took", "note"): "note",  # "Yamashita took note of the fact that …"
    ("takes", "note"): "note",
}
CONTACT_NOUNS = frozenset("call conversation".split())
CONVEYING_LEMMAS = frozenset(
    "convey offer express extend reiterate reaffirm voice protest complain thank".split()
)
CONTACT_WINDOW = 14  # words from the contact to the 'to' of its purpose
READING_FORMS = frozenset({"read", "reads"})
# "a statement issued by the ministry": the document's issuer follows these and "by".
ISSUING_PARTICIPLES = frozenset("issued given released published sent made signed".split())
# "a joint statement issued after the visit": the words linking an issuing participle to the
# occasion it was issued at, and how many words that occasion may run.
OCCASION_LINKS = frozenset("after at during following on".split())
MAX_OCCASION_WORDS = 5
# Head nouns that speak for the actor named just before them ("the State Department
# spokesperson said", "a foreign ministry statement said", "US officials said").
# Orders speak for whoever owns them ("Clinton's executive order stated"), but only then: "an
# order declaring …" is an act.
OWNED_ORDERS = frozenset("order orders decree directive".split())
SPOKES_NOUNS = DOCUMENT_NOUNS | frozenset(
    "spokesperson spokesman spokeswoman spokespeople officials official "
    "representative representatives delegation government governments board management "
    # "the EU observer mission found", "Pakistan's mission to the UN said": the owner's envoys
    "mission "
    # "President Donald Trump's administration vowed": the person's government
    "administration "
    # "EU diplomats told reporters", "The U.S. regulators said", "EU inspectors recommended":
    # the owner's people
    "diplomats regulators inspectors "
    # "an Australian government source told Reuters": the owner's unnamed voice
    "source sources "
    # "U.S. authorities say", as "Italian authorities say" does
    "authorities".split()
)
# "China's official Xinhua news agency": after "official", these make it an adjective.
MEDIA_NOUNS = frozenset("media news newspaper press television radio broadcaster agency".split())
# Qualifiers that make a body noun a news outlet ("the ITAR-TASS news agency said", "the wire
# service"): such an anaphor refers back only to a body whose own names say so.
NEWS_QUALIFIERS = frozenset("news wire".split())
# Words that open a headline's occasion after its source ("…: Niti Aayog after US FDA …",
# "…: India at CAF meet").
OCCASION_WORDS = frozenset("after as amid over following despite on at".split())
# "X in a meeting with Y called for": what the subject holds with the actor named after it.
MEETING_NOUNS = frozenset("meeting meetings talks talk conversation call".split())
# Heads of a definite description that refers back to someone already named ("the minister
# stressed" after "Foreign Minister Wang Yi"; "the statement said" after "issued a statement").
# Generic names of a body: "the agency said", "the group said", "the press service said" right
# after a body spoke is that body.
BODY_NOUNS = frozenset("agency organization organisation group service department".split())
# Bodies a study often lists one per place ("Ottawa police", "Moscow police"): a bare one
# speaking is the one whose place the article names.
PLACED_BODY_NOUNS = frozenset("police customs".split())
ANAPHOR_NOUNS = DOCUMENT_NOUNS | frozenset(
    "minister ministry envoy ambassador secretary president premier vice-premier chancellor "
    "diplomat negotiator commissioner senator governor mayor leader chief adviser advisor "
    "department embassy consulate consul mission agency administration government spokesperson "
    "spokesman "
    "spokeswoman official officials "
    "ministers organization organisation committee commission council federation board "
    "authority association court bank office zoo museum university institute foundation pm "
    "group service "
    # heads of state by their titles: "In the cable, the king said …" after "King Salman"
    "king queen emir amir sultan prince "
    # a committee's head by title: "said the chairman" after "X, the Chairman of …,"
    "chairman chairwoman chairperson chair director "
    # a person by what they are, not a title: "…, the politician noted" after the president spoke
    "politician "
    # a person who heads something, bare: "…,” said the head, adding …' after the minister spoke
    "head "
    # an unnamed voice a body introduced: "A source at the consulate said …", then "the source"
    "source".split()
)
# Nouns that name the person who spoke last, whatever their title.
PERSON_ANAPHORS = frozenset({"politician", "head"})
# "a visit …, during which he praised …", "a letter in which she urged …": a relative clause on
# an occasion or a document, whose "he" or "she" is the person it was of.
EVENT_RELATIVE_PREPOSITIONS = frozenset("during at in on after".split())
# A headline that names the release its article is ("Statement by Minister Joly on …"):
# the issuer speaks every sentence of it that cites no one else.
RELEASE_NOUNS = frozenset("statement remarks message speech address".split())
# "Here below is the text of the Fact Sheet …", "Following is the full text of …": the words
# that open a sentence announcing a document's text, which the rest of the article reproduces.
TEXT_ANNOUNCERS = frozenset("here below following".split())
# Role nouns that name an office, not a state ("Gazan Ministry of Health: …" speaks).
OFFICE_NOUNS = ANAPHOR_NOUNS - DOCUMENT_NOUNS - {"government", "administration"}
# "drew condemnation from the United States": a reaction drawn from an actor is its words.
DRAW_VERBS = frozenset("draw draws drew drawn drawing sparked prompted".split())
REACTIONS = frozenset("condemnation criticism praise protests protest rebuke rebukes".split())
# The longest outlet between "was quoted by" and "as saying" ("by the state news agency"), or
# told something ("told the Hürriyet Daily News").
MAX_OUTLET_WORDS = 5
# How many words may stand between a passive speech verb and its "by" ("rejected as a … by").
# A body's own organs: "the council of the study group" speaks as the group.
GOVERNING_ORGANS = frozenset("council board secretariat assembly plenary".split())
MAX_AGENT_GAP = 6
# Verbs whose passive may give the reason before its agent ("was thanked for their donation by").
REASON_LEMMAS = frozenset("thank praise commend hail laud applaud criticise criticize".split())
# The longest noun phrase no actor names after an inverted verb ("said the Pakistani girl").
MAX_STRANGER_WORDS = 4
# A title and a name after it ("says Telenor Group VP of … Partnerships Zainab Hussain Siddiqui").
MAX_TITLED_STRANGER_WORDS = 12
# Lower-case words of such a title between capitalised ones ("says Rocket Lab founder Peter Beck").
STRANGER_TITLE_JOINS = frozenset("of and for founder co-founder ceo".split())
# Lower-case words inside a capitalised title ("the President of the Vietnamese Tea Association").
TITLE_JOINS = frozenset("of the for and".split())
# The longest role phrase before the name it closes with ("by the deputy chairman of the board
# of the organization, Paul Hannon"); APPOSITION_ROLES make a phrase a role.
MAX_ROLE_PHRASE_WORDS = 12
# The longest quotation read as a quoted verb ("Seoul “strongly urged” Tokyo").
MAX_QUOTED_VERB_WORDS = 3
# Roles that are kinds of a broader role noun: "the diplomat" after "Ambassador Andreyev", "the
# prime minister" (head "minister") after "Somali PM".
BROADER_ROLES = {
    "ambassador": "diplomat",
    "envoy": "diplomat",
    "chargé": "diplomat",
    "pm": "minister",
    # "the diplomatic mission said" after "the Russian Embassy in London"
    "embassy": "mission",
    "consulate": "mission",
}
# A foreign minister is a state's top diplomat: "the diplomat" can refer back to one.
FOREIGN_MINISTER_WORDS = frozenset({"foreign", "minister"})
# A foreign ministry's voice is a diplomat too: its spokesperson or official representative.
FOREIGN_MINISTRY_WORDS = frozenset({"foreign", "ministry"})
FOREIGN_MINISTRY_VOICES = frozenset(
    "spokesperson spokesman spokeswoman representative official".split()
)
# "the PM said" after Prime Minister Davutoglu: the abbreviation refers back to the full title.
PRIME_MINISTER_WORDS = frozenset({"prime", "minister"})
# A deputy prime minister is not "the PM" ("Deputy Prime Minister Trinh Dinh Dung").
DEPUTY_WORDS = frozenset("deputy vice".split())
# Role nouns an article uses for a title it gave in other words ("Prime Minister Hun Sen",
# then "the premier"; "Ambassador to Brazil Hossein Qaribi", then "the envoy").
ROLE_SYNONYMS = {"premier": "pm", "envoy": "ambassador"}
# "The head of state stressed …" after "The President Sadyr Japarov": the role a phrase names.
ROLE_PHRASES = {"head of state": "president", "head of government": "pm"}
# Modals of a sentence that goes on giving someone's view without a cue ("Both sides should
# …", "China will …" after "Han said"); past auxiliaries mark narration. Plain present
# ("Tensions have risen", "Climate change is …") is as common in background narration.
VIEW_MARKERS = frozenset("will would should must can cannot could need needs ought".split())
PAST_MARKERS = frozenset("was were had did".split())
# Words that make an actor's name an organisation, not a person ("he said" cannot be it).
# Head nouns of the names of private bodies: "the US Grains Council", "China Chamber of
# Commerce", "Japan Automobile Manufacturers Association". A council is a state's own when
# nothing, or one of STATE_COUNCIL_WORDS, stands before it ("EU Council", "State Council").
PRIVATE_BODY_HEADS = frozenset(
    "association federation chamber institute foundation company corporation society alliance "
    "coalition league club council".split()
)
STATE_COUNCIL_WORDS = frozenset(
    "state security national legislative executive federal privy".split()
)


def private_body_head(previous: str | None, head: str) -> bool:
    """`head` ends the name of a private body, `previous` being the word before it."""
    if head.lower() == "council":
        return previous is not None and previous.lower() not in STATE_COUNCIL_WORDS
    return head.lower() in PRIVATE_BODY_HEADS


# The longest body name after its organisation word ("the Ministry of Foreign Affairs and Trade").
MAX_BODY_NAME_WORDS = 6
ORGANISATION_WORDS = frozenset(
    "ministry department agency government administration embassy office council commission "
    "committee bank party army navy military parliament congress senate house court union "
    "organization organisation association federation institute university company corporation "
    "group media news xinhua reuters station bureau authority authorities service forces "
    "presidency cabinet secretariat kremlin customs police railway railways treasury centre center "
    "foundation board inspectorate directorate fund alliance coalition society chamber club league "
    "institution laboratory body bodies services agencies intelligence guard coastguard programme "
    "program tribunal assembly division delegation".split()
)
# What an alias calls a body, not a person ("Russia's food safety watchdog", "state-owned firm").
BODY_ALIAS_NOUNS = ORGANISATION_WORDS | frozenset(
    "watchdog regulator company firm utility operator giant producer exporter broadcaster "
    "channel network monopoly conglomerate carrier maker observatory mission corps force academy "
    "museum unit team hospital library college school initiative airlines airport consortium "
    "partnership zoo investigations relations municipality county city province prefecture "
    "district region trust wing hall festival squad post".split()
)
# Executive titles: someone so titled after a country speaks for it ("Chinese Commerce Minister
# Wang Wentao"); a senator or congressman does not.
# Anaphor nouns that name a body, not a person: in a person's title ("chairman of the Israel
# Judo Association Moshe Ponte") they name the body the person works for.
BODY_ANAPHORS = frozenset(
    "ministry department embassy agency administration government organization organisation "
    "committee commission council federation board authority association court bank office zoo "
    "museum university institute foundation".split()
)
# "the just concluded meeting", "the newly announced plan": adverbs that make the participle
# after "the" an adjective.
ADJECTIVE_ADVERBS = frozenset("just newly recently".split())
# Degree words that make the participle after them an adjective ("the most appreciated").
GRADING_ADVERBS = frozenset("most more least less very".split())
TITLE_WORDS = frozenset(
    "minister secretary president premier vice-premier ambassador envoy spokesperson spokesman "
    "spokeswoman chancellor diplomat negotiator commissioner councillor councilor adviser "
    "advisor consul".split()
)
# "X, outgoing chair of the Arctic Council stated": roles that make an open apposition, and
# how many tokens back its comma may lie.
APPOSITION_ROLES = TITLE_WORDS | frozenset(
    "chair chairman chairwoman chairperson head director coordinator chief undersecretary leader "
    # "Professor Sir John Savill, the MRC’s chief executive said"
    "official officer governor judge magistrate manager counselor counsellor ceo executive "
    "consultant boss "
    "speaker".split()  # "Speaker of the Sri Lankan Parliament, Dr. Jagath Wickramaratne, said"
    # "the agency's Director-General, Jacques Diouf, told participants"
    + "director-general secretary-general".split()
    # a chargé d'affaires, as wire copy spells it ("the Japanese Charge D’affairs, Sugiura Toshio")
    + "d'affaires d’affaires d'affairs d’affairs".split()
)
MAX_APPOSITION = 16
# How many words a body's unit may run after it in a title ("Office of Law Enforcement").
MAX_UNIT_WORDS = 4
# A top-level actor one of whose aliases is such a role "of" something ("country representative
# of WFP", "Director-general of the FAO") is a person, though the study gives them no state.
PERSONAL_ROLE_NOUNS = APPOSITION_ROLES | frozenset({"representative"})
# Words of a title in an apposition ("Minister of Finance", "regional program manager of Asia
# and Western Pacific").
MAX_BARE_TITLE = 9
# Capitalised words that end a role phrase before a name set off by commas ("Finance Minister,
# Ken Ofori-Atta,", "UKAD Chief Executive, Nicole Sapstead,", "Director General, …,", "The City
# of Cape Town’s Deputy Mayor, Eddie Andrews,").
# A word that follows its title noun ("director general", "secretary general").
POSTPOSITIVE_TITLE_WORDS = frozenset({"general"})
ROLE_PHRASE_ENDS = TITLE_WORDS | frozenset(
    "executive director general officer manager mayor".split()
)
# Titles right before the name of someone no study lists ("Chopard copresident Karl-Friedrich
# Scheufele credited …"), and how far into the sentence they may stand.
STRANGER_TITLES = APPOSITION_ROLES | frozenset("copresident co-president founder".split())
MAX_OPENING_WORDS = 6
# How far into its clause a stranger's title may stand, after the body it serves ("Banana
# Exporters' Association of Ecuador (AEBE) president Eduardo Ledesma described …").
MAX_TITLE_START = 12
# Tokens of a title between "the office of" and the person ("U.S. Trade Representative").
MAX_TITLE_RUN = 6
# Words of a title a state closes before a name ("Minister of Education and Science" before "of
# the Russian Federation Olga Vasilyeva").
MAX_STATE_TITLE_WORDS = 7
# "…, said the Energy, Science, Technology, Environment and Climate Change Minister Yeo Bee
# Yin.": how many tokens a title may run between an inverted verb and the name closing it.
MAX_INVERTED_TITLE = 14
# Tokens searched back for the opening of a parenthetical ("Kerry, who …, said"), and how
# many parentheticals in a row are jumped.
MAX_PARENTHETICAL = 40
MAX_PARENTHETICALS = 3
BE_FORMS = frozenset("is are was were been being be".split())
# A short phrase of where, when or how that may follow a closing speaker ("…,” wrote the Institute
# on social media,"): its preposition, and at most this many plain words after it.
TRAILING_PREPOSITIONS = frozenset("on in via during".split())
MAX_TRAILING_WORDS = 3
# Phrases of where and when closing the sentence after an unnamed voice ("…,” said a
# representative from the office in Ulaanbaatar during the meeting with D.Gerel.").
OCCASION_PREPOSITIONS = frozenset("in at during on".split())
MAX_OCCASION_WORDS = 14
# A sentence opening with these states the main clause subject's reason ("Citing security
# concerns, Canada has banned …").
OPENING_PARTICIPLES = frozenset({"citing"})
# "…, Itar-Tass reported, citing Lazarev": the actor cited is the source.
CITING_FORMS = frozenset({"citing", "quoting"})
# Dashes that frame an agency subheading ("– ‘Agreement needed’ –", "- Politics and paperwork -").
DASHES = "–—-"
# Dashes that set off an aside ("Albin Kurti — no friend of Serbia — announced"); a spaced
# hyphen stands for one ("Coleraine Borough Council - one of the leading objectors - said"),
# since a hyphen inside a word is never a token of its own.
ASIDE_DASHES = ("—", "–", "-")
# Verbs that take a speech participle as what their subject did ("began warning that …").
CATENATIVE_FORMS = frozenset("began begins started starts kept keeps continued continues".split())
# Describing tokens that may stand between "according to the" and the source ("the U.K.-based
# animal welfare group Donkey Sanctuary").
MAX_SOURCE_DESCRIPTORS = 8
# How far a cited role phrase may run to the name closing it ("citing the chairman of the
# Commission for Children's Rights Protection of Kazakhstan Ministry of Education and Science
# Raissa Sher").
MAX_CITED_ROLE_PHRASE = 20
# The auxiliaries of a passive verb ("was quoted as saying", "was said by").
PASSIVE_AUXILIARIES = frozenset("was were is are been".split())
# Courtesy titles written without a full stop in British style ("according to Ms Ruiz").
# "h.e" is "H.E." (His Excellency) with its last stop stripped, as aliases are compared.
HONORIFICS = frozenset("mr mrs ms dr prof sir madam hon h.e".split())
# Capitalised words beside a name that are no part of it ("Minister Wang", "But Wang", "Only
# Gnecchi-Ruscone said", "Former Chinese Premier"), and the compass words that open a state's
# own name ("South Korea").
NOT_NAME_WORDS = (
    ROLE_WORDS
    | HONORIFICS
    | frozenset(
        "foreign prime vice deputy chief state general senior top the a an "
        "but and or when while after before as if then so for in on at by with from to of "
        "only even also yet still former acting outgoing incoming "
        "north south east west great".split()
    )
)
# "Honorable Minister appreciated …": a courtesy title before an office, no name after it;
# "His Excellency and Plenipotentiary of …, Dr. Zhao Yongchen": one opening an envoy's title.
COURTESY_TITLES = frozenset("honorable honourable excellency".split())
# Two words after which a sentence names its source: "according to the ministry", "…, as per
# the National Statistics Authority" (South Asian copy).
SOURCE_PHRASES = frozenset({("according", "to"), ("as", "per")})
# "Based on the statement of Dr. Karbasian, …": a source only opening the sentence, before a
# document ("Based on UN data, …" and "This is based on a report by …" name none).
BASED_ON = ("based", "on")
# "as noted in the Commission's announcement", "As reported on the UK government's website":
# a document's owner cited as the source after "as", a participle and "in" or "on", the
# document named within MAX_OWNED_DOCUMENT words.
AS_CITED_FORMS = frozenset("reported stated noted announced mentioned indicated posted".split())
MAX_OWNED_DOCUMENT = 6
# "TASR has learnt from the ministry": the news heard from a source.
LEARNED_FORMS = frozenset("learnt learned".split())
# "continues to insist", "began to warn", "went on to say": the speech verb after these and
# "to" is finite.
ASPECT_VERBS = frozenset(
    "continue continues continued continuing begin begins began beginning start starts started "
    "starting".split()
)
# A body no study lists, after "of" and before the verb ("Major Ngo Ngoc Minh of the coastal
# border guards said"): at most this many words.
MAX_UNLISTED_BODY_WORDS = 4
GO_ON_VERBS = frozenset("go goes went going".split())
# "The authority is reported to have asked": hearsay in the passive before "to have" and the
# speech verb, whose subject is the passive's.
HEARSAY_PASSIVES = frozenset("reported said understood believed thought".split())
HEARSAY_BE = frozenset("is are was were".split())
# A present participle after these is a finite verb in the progressive ("China is urging").
PROGRESSIVE_BE = frozenset("is are was were been 's".split())
# "The government is optimistic that …": a stated view.
# Stance adjectives that state an expectation with "of" and a gerund ("is confident of
# finalising a deal"); "concerned of", "pleased of" are no such thing.
EXPECTING_ADJECTIVES = frozenset("confident hopeful optimistic sure certain convinced".split())
STANCE_ADJECTIVES = frozenset(
    "optimistic confident concerned hopeful convinced worried pleased sure certain determined "
    "disappointed satisfied eager keen ready willing grateful thankful glad happy".split()
)
# Copulas a stance adjective may follow: "is", "remains" ("remains hopeful that …").
STANCE_COPULAS = BE_FORMS | REMAIN
# Speech verbs that report a stance or a joint act more than words ("agreed", "hopes").
WEAK_LEMMAS = frozenset("agree hope".split())
# A place set off after a conjunct ("… in Chengdu, Sichuan province, and …"): the words of its
# region, and how many tokens the place may run.
REGION_NOUNS = frozenset("province state region county district prefecture city".split())
MAX_PLACE_WORDS = 6
# Open a clause that dates an event ("after Beijing announced a review").
TIME_SUBORDINATORS = frozenset("after before when since until once".split())
# Speech verbs that state an aim, not a view, before an infinitive ("hopes to negotiate").
INTENT_LEMMAS = frozenset({"hope"})
# Right after a verb outside the lexicon, "that" before these measures an amount ("folded that
# many cranes"); it opens no clause of words said.
DEGREE_AFTER_THAT = frozenset("many much".split())
# A finding announced: an inquiry, a court or an agency "found that …" states its conclusion
# (only with the that-clause: "found 20 violations" is a deed).
FINDING_FORMS = {"found": "find", "finds": "find"}
# Verbs of knowing, feeling, believing and seeming that take a that-clause without saying it
# ("officials feared that he would seek asylum", "learned that the ship had sailed", "it seems
# that …"; "Nelson believes that …" is the writer's account of a state of mind).
MENTAL_FORMS = frozenset(
    "fears feared knows learns learned realised realized realises realizes discovered noticed "
    "ensured ensures suspects suspected seems seemed appears appeared believes believed".split()
)
# A view held, though not said: "Nuh believed that …" makes a later "he added" his.
VIEW_FORMS = frozenset("believes believed thinks thought feels felt".split())
# Speech verbs that name an act, not words, with these objects (within ACT_WINDOW words):
# "denied US officials visas" withholds a thing; "recalled its ambassador" withdraws a diplomat
# and "recalled all toys" calls goods back.
# Welcoming a titled guest to a place is hosting them ("welcomed the visiting minister to
# Beijing"), not words of welcome.
# The word a broadcast transcript's bracketed label opens with ("[Interview : Suy Sem, …]").
INTERVIEW_LABELS = frozenset("interview interviewee soundbite".split())
HOSTING_LEMMA = "welcome"
# A count right after "welcomed" counts arrivals ("welcomed 2 million tourists", "welcomes
# dozens of frogs"), not words of welcome ("welcomed some of the measures" stays one).
ARRIVAL_COUNTS = frozenset(
    "two three four five six seven eight nine ten eleven twelve dozen dozens hundred hundreds "
    "thousand thousands million millions".split()
)
# Visitors welcomed to a place ("welcomed Cuban colleagues to NOAA offices").
GUEST_NOUNS = frozenset(
    "delegation delegations delegates visitors guests colleagues counterparts participants".split()
)
# Passive only with a message or figures before it ("condolences offered by Japan"); else a
# thing given ("Grants offered by Norway", "the interest rate offered by China").
OFFERING_LEMMAS = frozenset({"offer"})
OFFERED_WORDS = MESSAGE_NOUNS | FIGURE_NOUNS  # "condolences", "estimates offered by Marcellesi"
ACT_OBJECTS = {
    # "BJMC called for international tender for 17 jute mills": procurement, no appeal
    "call": frozenset("tender tenders bids applications nominations".split()),
    "deny": frozenset(
        "visa visas entry access permission asylum passage bail airspace overflight clearance "
        "landing".split()
    ),
    # "concluded negotiations", "concludes African tour": ended or sealed, not judged
    "conclude": frozenset(
        "negotiations talks discussions agreement agreements deal deals treaty treaties pact "
        "accord memorandum memoranda memorandums mou mous moa protocol protocols convention "
        "conventions contract visit tour trip mission meeting meetings deliberations "
        "session sessions conference summit inspection".split()
    ),
    # "declared independence", "has declared a national emergency": a state act, no words
    "declare": frozenset(
        "independence war emergency contingency calamity disaster martial curfew holiday "
        "mourning".split()
    ),
    # "has offered six million mosquito nets": goods handed over, not words (an offer of
    # loans, troops or help is still made in words)
    "offer": frozenset(
        "nets doses vaccines vaccine equipment vehicles scholarships tonnes tons materials "
        "supplies batch".split()
        # "offers services related to tuberculosis", "offers training in ticketing": what an
        # institution provides
        + "training services courses guidance".split()
        # "it offers opportunities for the leaders … to interface with manufacturers"
        + "opportunities opportunity platform".split()
        # "offers a window into the area's 650-million-year past": what a place lets one see
        + "window glimpse".split()
        # "offered a manual edited by the Mission for Scott's reference": a thing handed over
        + "manual manuals handbook handbooks".split()
    ),
    # "an Indonesia flagged fishing vessel": a ship's flag state, no risk pointed out
    "flag": frozenset(
        "vessel vessels ship ships boat boats tanker tankers trawler trawlers freighter "
        "freighters tugboat tugboats ferry ferries yacht".split()
    ),
    # "if they admitted him": let in, not owned up to
    "admit": frozenset("him her them refugees migrants asylum-seekers".split()),
    # "customs authorities rejected 55 seasoned laver imports": goods turned back at a border
    "reject": frozenset(
        "imports shipments shipment consignments consignment cargo cargoes batches containers "
        "tonnes tons".split()
    ),
    # "China claims 90 per cent of the South China Sea", "Vietnam, which also claims the two
    # reefs": a territory held to be one's own, a standing position the writer reports
    "claim": frozenset(
        "sovereignty territory territories island islands islet islets reef reefs shoal shoals "
        "sea seas waters area land lands per percent %".split()
    ),
    # "Peru recalled all Fisher-Price toys": goods called back, not a memory voiced
    "recall": frozenset(
        "ambassador ambassadors envoy envoys commissioner diplomat diplomats chargé toys products "
        "goods vehicles cars batches items units medicines drugs".split()
    ),
    # "has slammed the brakes on all exports", "slammed the door on talks": stopped, not said
    "slam": frozenset("brakes brake door".split()),
    # "The visiting delegation was welcomed by the region's president", "Azerbaijan ambassador
    # Rashad Ismayilov was welcomed by …", "welcomed representatives of the Union": guests
    # received; "Welcomes First Ever Seed Deposits from Spain": things delivered, received;
    # "South Korea welcomes 34 Myanmar refugees": people taken in; "Deputy Minister Nguyen Trong
    # Dam welcomed Deputy Assistant Minister of …": a visiting minister received
    "welcome": frozenset(
        "delegation delegations visitors guests arrival ambassador ambassadors envoy envoys "
        "representatives deposit deposits shipment shipments consignment consignments "
        "delivery deliveries refugees migrants minister ministers".split()
    ),
    # "…, writing her name on one wing and “peace” on the other": a name put on a thing
    "write": frozenset("name names signature signatures autograph autographs".split()),
}
ACT_WINDOW = 4
# The longest "on behalf of …" phrase between a subject and its verb ("on behalf of the
# Government of Pakistan and the Pakistan Navy").
MAX_BEHALF_WORDS = 8
# "declared the attache persona non grata", "declared the outbreak in the DRC a global public
# health emergency": a status conferred, an act however far from its verb.
DECLARED_STATUSES = (("persona", "non", "grata"), ("emergency",), ("pandemic",))
ACT_OBJECT_STOPS = frozenset("on over for against about".split())
# Speech verbs that name a job or a deed, not words, right before this preposition: a
# correspondent "has been reporting from Russia"; "the military responded with air strikes";
# "…, adding to growing trade conflict".
WORK_PREPOSITIONS = {"report": "from", "respond": "with", "add": "to"}
# Of those, verbs whose object may stand before the preposition: "added risk premiums to prices".
OBJECT_BEFORE_WORK = frozenset({"add"})
# Speech verbs that report words only with a that-clause, a quote or a comma after them
# ("maintained that …", not "maintained close communication"): "boasts Africa's largest bamboo
# resources" has them, "ventured into a bamboo project" began it.
# Words after a speech verb's object "nothing" that leave it an object, not a clause's subject
# ("revealed nothing at all", "said nothing new about"; not "say nothing could be further").
AFTER_SAYING_NOTHING = frozenset("new about at to on of in further publicly yet".split())
COMPLEMENT_LEMMAS = frozenset("maintain observe relate boast venture volunteer".split())
# A verb outside the lexicon may reach its that-clause across where the words appeared ("posted
# on Facebook that", "wrote on its website that"): one of these and up to this many words.
VENUE_PREPOSITIONS = frozenset("on in via".split())
MAX_VENUE_WORDS = 3
# The longest object between a verb and the colon that opens its quotation ("justified his
# decision to abstain: “…”").
MAX_COLON_OBJECT_WORDS = 8
# The fewest words a quotation needs to be a statement rather than a phrase or a name.
MIN_STATEMENT_QUOTE_WORDS = 4
# "made it clear that": making something clear is saying it.
MAKING_FORMS = frozenset("made makes make making".split())
MADE_CLEAR_GAPS = (
    ("it", "clear"),
    ("clear",),
    # "The Minister made it abundantly clear that …"
    *(("it", intensifier, "clear") for intensifier in "very abundantly quite crystal".split()),
)
# "The Minister … made this known in Abuja", "… made the fact known in Abuja": making known
# what came before is saying it.
MADE_KNOWN = (("this", "known"), ("that", "known"), ("it", "known"), ("the", "fact", "known"))
# "Orlando Ravanera made the call as the country hosts …": a call (for something) made in words.
MADE_CALL = ("the", "call")
# '"…," Arvind Mathur made the comments during the ceremony': remarks on the quotation before.
MADE_REMARKS = tuple(
    (determiner, noun)
    for determiner in ("the", "these", "those")
    for noun in ("comments", "remarks", "observations")
)
# "made the announcement that", "made a statement that": documents one makes by speaking.
SPOKEN_DOCUMENTS = frozenset("announcement statement declaration pledge request appeal".split())
# Words after which a clause's subject can stand ("…, although the EU …").
CLAUSE_OPENERS = frozenset(
    "and but although though while whereas as because since when after before".split()
)

# The longest relative clause no comma closes before its antecedent's verb ("Munshi who was in
# Guwahati on Tuesday to attend the meeting said").
MAX_OPEN_RELATIVE_WORDS = 16
# "Both sides stressed …", "the two countries agreed …", "the parties voiced …": a subject naming
# the pair an article is about; `group` nouns mean the two governments (top-level actors),
# `person` nouns the two people of different sides last named, `body` nouns the last two bodies
# named ("NASA and Roscosmos have signed …, the agencies said"), of one side or two, `envoys`
# nouns the last two actors named as sending a mission or delegation.
JOINT_NOUNS = {
    **dict.fromkeys("sides countries nations governments parties".split(), "group"),
    **dict.fromkeys("leaders ministers presidents officials".split(), "person"),
    # "This, the duo said, was …" after two ministers of the two sides named together
    "duo": "person",
    **dict.fromkeys("agencies organizations organisations ministries institutes".split(), "body"),
    # "Both delegations urged …" after "the AU mission" and "the EU delegation": who sent them
    **dict.fromkeys("delegations missions".split(), "envoys"),
}
# Joint nouns that mean the pair only when counted ("the two officials", not "the officials").
PAIRED_ONLY_NOUNS = frozenset({"officials"})
# Words before a joint noun that make it others than the pair ("the world leaders").
UNPAIRED_MODIFIERS = frozenset("other world".split())

# "The three countries", "the four prime ministers", "the 25 governments": a counted group
# that means the last list of that many actors the article named.
GROUP_COUNTS = {
    word: n
    for n, word in enumerate("three four five six seven eight nine ten eleven twelve".split(), 3)
}
COUNTED_GROUP_NOUNS = frozenset(JOINT_NOUNS) | frozenset(
    "states members neighbours neighbors".split()
)
MAX_COUNTED_GROUP_MODIFIERS = 2  # "the three member states", "the four prime ministers"

# How far into a sentence the list of actors it opens with may begin ("The countries --
# Djibouti, …"), and what may separate the list's names.
MAX_LIST_OPENING = 4
LIST_SEPARATORS = frozenset({",", "-", "–", "—", "--"})

# "Saudi to reopen embassy in Iran soon: FM", "…: foreign ministry": a headline that ends by
# naming its source's role; the article's first speaker in that role is the source.
HEADLINE_PERSON_ROLES = TITLE_WORDS | frozenset("fm pm official chief head".split())
HEADLINE_BODY_ROLES = frozenset("ministry office fo mofa mfa department embassy government".split())
# Dashes that, like a colon, set a line's source apart ("… – Exchange Coordination HQ").
SOURCE_DASHES = ("–", "—", "-")
# How far into a headline its subject may stand ("WHO chief Tedros 'confident' of …").
MAX_HEADLINE_SUBJECT = 5
# How many body paragraphs may pass before that source must have spoken.
HEADLINE_SOURCE_PARAGRAPHS = 3
# Nouns that mean a state's government as a whole ("the government said", "the cabinet said";
# "govt" in headlines).
GOVERNMENT_NOUNS = frozenset("government govt cabinet".split())
# Unnamed voices of a government ("Government sources told", "government officials said"),
# and its papers ("a government order said", "the government note said").
GOVERNMENT_VOICES = (
    frozenset("source sources official officials spokesman spokesperson".split())
    | DOCUMENT_NOUNS
    | OWNED_ORDERS
)
# Unnamed officials who speak for the state a sentence opens with ("Japan has banned …,
# officials said").
UNNAMED_OFFICIALS = frozenset("officials authorities".split())
# "an environment ministry official": how many words may name which body before its noun.
MAX_BODY_QUALIFIERS = 3
# "a senior foreign ministry official": words that rank the voice, not name the body.
RANK_WORDS = frozenset("senior top junior high-ranking high-level".split())
# A body's officer by title alone, no name after it ("The NTSB chairman said", "The AAIB acting
# Deputy Chief Inspector of Air Accidents said"): an unnamed officer, who speaks for the body,
# and the lower-case words that may qualify the title.
OFFICER_TITLES = frozenset(
    # "the FAA team observed that …": the body's team, sent on its work, speaks for it too
    "chairman chairwoman chairperson chair director administrator inspector head team".split()
)
OFFICER_QUALIFIERS = RANK_WORDS | frozenset(
    "acting deputy interim executive chief vice assistant resident".split()
)
# "Northern Fleet official spokesman Captain First Class Vadim Serga": lower-case words that may
# stand with the role word between a body and its named voice (at most MAX_VOICE_MODIFIERS
# words in all), and how many capitalised rank or title words may stand between the role and the
# name.
VOICE_MODIFIERS = RANK_WORDS | frozenset("official press chief deputy acting resident".split())
MAX_VOICE_MODIFIERS = 3
# A participle that sets a visited place after the subject ("officials … visiting Sudan told"):
# the place is no speaker.
VISITING_FORMS = frozenset("visiting touring".split())
# "Saarc states plan to set up …", "member states have agreed": a plural verb after an -s word
# marks it a noun, not a speech verb ("the ministry states that …").
PLURAL_AUXILIARIES = frozenset(
    "are were have had will would can could should must may might".split()
)
PLURAL_AIM_VERBS = frozenset(
    "plan agree want seek vow pledge aim hope need intend decide continue expect".split()
)
# Words of a role set off by commas before its holder's name ("according to EMBRAPA's
# coordinator of International Cooperation, Sotto Pacheco,").
MAX_APPOSED_ROLE = 8
MAX_VOICE_RANK = 4
# "It added", "he adds": the subject goes on speaking.
ADDING_FORMS = frozenset("added adds".split())
# "“…,” he continued.", "…, the commander continued.": going on is speaking only when it
# closes a report with nothing after it ("the talks continued" is no speech).
RESUMING_FORMS = {"continued": "continue", "continues": "continue"}
# How many paragraphs of narration a cue-less quotation may follow and still resume the last
# speaker quoted.
QUOTE_RESUME_PARAGRAPHS = 3
# Words a quotation in narration needs to be someone's words rather than a term in quotes.
MIN_QUOTED_WORDS = 5
