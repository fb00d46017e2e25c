"""Speech verbs derived from English WordNet and VerbNet 3.4 (generated; do not edit).

Regenerate: python scripts/derive_speech_verbs.py WORDNET_GIT VERBNET_GIT
English WordNet: github:globalwordnet/english-wordnet@d94538ad0df3d7a4c77837bde6af69d7a6592c32
VerbNet: github:cu-clear/verbnet@ae8e9cfdc2c0d3414b748763612f1a0a34194cc1
355 WordNet + 187 VerbNet lemmas, 291 single-word after
exclusions (scripts/derive_speech_verbs.py lists them with reasons).
"""

DERIVED_SPEECH_LEMMAS = (
    "accent accentuate acknowledge add admit admonish adumbrate advertise advise advocate affirm "
    "alert allege animadvert announce answer apologise apologize apprise apprize argue "
    "articulate ask assert asseverate assure attest augur aver avow babble ballyhoo bark bawl "
    "bellow bellyache bitch blab blabber blare bleat blubber blunder blurt bluster boast brag "
    "bray bruit burble cackle carol caterwaul caution chant chatter chirp chortle chuckle claim "
    "cluck commend comment complain concede conclude concord concur confess confide confirm "
    "connote contend convey coo counsel counter crab croak croon crow declare deduce defend "
    "demand denote deny depone depose describe disclose divulge dogmatise dogmatize drawl "
    "ejaculate emphasise emphasize encourage enjoin enthuse exclaim explain explicate "
    "expostulate extrapolate forebode forecast foretell gabble gasconade gasp generalise "
    "generalize gibber gloat gnarl gripe grizzle groan grouch grouse growl grumble grunt "
    "guarantee guesstimate gurgle heliograph hint hiss holler hoot howl imply infer ingeminate "
    "insinuate insist instruct interject interpose intimate iterate jabber kvetch lilt lisp "
    "maintain marvel maunder mention mewl moan mumble murmur mussitate mutter nasal natter note "
    "notify object observe opine oppugn ordain overemphasise overemphasize overstress parrot "
    "particularise particularize petition plead pledge postulate prattle preach predict proclaim "
    "profess prognosticate promise promulgate prophesy propose protest publicise publicize purr "
    "quaver question quetch quip rant rasp reaffirm reassert reassure recommend reconfirm "
    "recount regret reiterate rejoin relate remark repeat reply report repugn request respond "
    "restate retell retort reveal rhapsodise rhapsodize riposte roar rumble rumor rumour say "
    "scream screech shout shriek shrill sibilate sigh simper snarl snivel snub snuffle speculate "
    "splutter squall squawk squeak squeal stammer state stress stutter suggest surmise telegraph "
    "tell testify thunder tisk tout trill trumpet twang twitter underline underscore urge utter "
    "vaticinate vaunt venture vocalize vociferate voice volunteer vouch vow wager wail warble "
    "warn wheeze whimper whine whisper whistle whoop witter write yammer yap yawp yell yelp "
    "yodel"
).split()
