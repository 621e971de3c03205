"""How a place's or a country's name stands in its sentence, for placing a story: where something happens
("in Najaf", "the city of Najaf"), a venue where parties from elsewhere meet, a country that acts, one a condition or a
demand only asks for, and a name that only modifies a noun ("U.S. troops", "a Baghdad neighbourhood"), as for a
country's forces, posts or people abroad."""

from __future__ import annotations

from spacy.tokens import Span, Token

_LOCATIVE = frozenset({"in", "at", "near", "inside", "across", "throughout", "into", "through", "around"})
# Conjunctions of a condition, and verbs of demanding: the act of their clause is asked for, not done.
_CONDITIONS = frozenset({"unless", "if", "until"})
_DEMANDS = frozenset({"demand", "insist", "urge", "ask", "request", "want", "order"})

# Nouns of a meeting and verbs of meeting or travel: a place they put something in is a venue, where parties from
# elsewhere come together ("talks with rebels in Oslo", "met in Washington", "a conference in Tokyo"); it tells
# nothing of where the parties are from.
_MEETINGS = frozenset(
    {"talks", "meeting", "meetings", "conference", "summit", "negotiations", "consultations", "forum", "round",
     "session", "visit"}
)
_MEET_VERBS = frozenset({"meet", "negotiate", "convene", "arrive", "visit", "travel", "fly"})

# People a headline names by their country when they are abroad: "U.S. troops kill 10", "U.S. hostage freed" (lemmas).
ABROAD_IN_HEADLINES = frozenset(
    {"troops", "soldier", "force", "marine", "army", "military", "convoy", "patrol", "jet", "warplane", "navy"}
    | {"helicopter", "peacekeeper", "embassy", "diplomat", "envoy", "ambassador", "hostage", "journalist", "reporter"}
    | {"worker", "national", "citizen", "engineer", "contractor", "tourist", "base", "consulate"}
)


# Parts of a country named with its possessive ("Sri Lanka's north", "Iraq's capital").
_PARTS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "capital", "heartland"}
    | {"border", "coast", "interior", "centre", "center"}
)


def locative(span: Span | None) -> bool:
    """Whether the name `span` is where something happens: object of "in"/"at"/"near", or of "the city of"."""
    if span is None:
        return False
    tok = span.root
    if tok.dep_ == "poss" and tok.head.lemma_.lower() in _PARTS:
        tok = tok.head  # "in Sri Lanka's north", "in Iraq's capital": the part is in the country
    for _ in range(3):
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ in _LOCATIVE:
            return True
        if tok.dep_ not in ("pobj", "compound") or head.i == tok.i:
            return False
        if tok.dep_ == "compound" and abroad_post(tok.doc[tok.i : tok.i + 1]):
            return False  # "at a U.S. base near Baquba": a country's post abroad, not where the story is
        tok = head if head.lower_ == "of" or tok.dep_ == "compound" else tok
        if tok.lower_ == "of":
            tok = tok.head  # "city" in "the city of Najaf"
    return False


def _prep_of(span: Span) -> Token | None:
    """The locative preposition a place's name is the object of ("in" of "in Oslo", of "in the town of X")."""
    tok = span.root
    for _ in range(4):
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ in _LOCATIVE:
            return head
        if tok.dep_ not in ("pobj", "compound", "appos") or head.i == tok.i:
            return None
        tok = head.head if head.lower_ == "of" else head
    return None


def venue(span: Span | None) -> bool:
    """Whether the name `span` is the venue of a meeting: the place of talks, of a conference, or of a verb of
    meeting or travel ("resume talks with communist rebels in Oslo", "met in Washington", "a conference in
    Tokyo", "talks in the Kenyan town of Naivasha"). A venue is where parties come together, not where they are
    from."""
    prep = _prep_of(span) if span is not None else None
    if prep is None:
        return False
    head = prep.head
    if head.dep_ == "pobj" and head.head.lower_ in ("with", "between"):
        head = head.head.head  # "talks with rebels in Oslo": the parser hangs the place on the party
    if head.lower_ in _MEETINGS:
        return True
    return head.pos_ in ("VERB", "AUX") and (
        head.lemma_ in _MEET_VERBS or any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _MEETINGS for c in head.children)
    )

# People whose nationality wire copy gives because they are abroad: hostages, reporters and aid workers taken or
# hurt in someone else's war.
FOREIGNERS = frozenset(
    {"journalist", "journalists", "reporter", "reporters", "hostage", "hostages", "tourist", "tourists"}
    | {"contractor", "contractors", "engineer", "engineers", "missionary", "missionaries", "nationals"}
    | {"driver", "drivers", "trucker", "truckers", "translator", "translators", "interpreter", "interpreters"}
    | {"backpacker", "backpackers", "pilgrim", "pilgrims"}
    # Workers a trade word sends abroad ("two Italian aid workers"); bare "workers" are as often at home.
    | {"aid worker", "aid workers", "relief worker", "relief workers", "humanitarian workers"}
    # session 18 force: the reporter's trades wire copy names ("war correspondent X and his cameraman").
    | {"correspondent", "correspondents", "cameraman", "cameramen", "photographer", "photographers"}
)


def foreign_trade(words: list[str]) -> bool:
    """Whether the last word, or the last two, of a lower-cased name is in FOREIGNERS."""
    return bool(words) and (words[-1] in FOREIGNERS or " ".join(words[-2:]) in FOREIGNERS)


def foreigner_taken(noun: Token) -> bool:
    """Whether `noun` names such people ("a Turkish truck driver", "two French journalists") and they do not act:
    held, freed or hurt, they are abroad, and their nationality says nothing of where the story is. When they act
    ("French journalists protested") it does."""
    head = noun
    while head.dep_ in ("compound", "amod", "appos", "conj") and head.head.i != head.i:
        head = head.head
    if head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_ in _TAKING:
        return True  # "militants holding a Japanese man", "a Turkish man was kidnapped": whoever is taken
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_ in _CAPTORS:
        return True  # "the kidnappers of two Italian women"
    before = noun.doc[noun.i - 1].lower_ if noun.i > 0 else ""
    if not foreign_trade([before, noun.lower_]):
        return False
    return not (head.dep_ == "nsubj" and head.head.pos_ in ("VERB", "AUX"))


# Verbs of taking and freeing captives: their captive's nationality is a foreigner's in the story.
_TAKING = frozenset({"hold", "kidnap", "abduct", "seize", "capture", "behead", "release", "free", "snatch"})
_CAPTORS = frozenset({"captor", "kidnapper", "abductor", "hostage-taker"})


# Acts done to someone that a headline tells with its "is" dropped ("Italian hostages freed").
_DONE_TO = frozenset(
    {"free", "release", "kill", "seize", "kidnap", "abduct", "behead", "execute", "hold", "shoot", "wound"}
    | {"capture", "snatch", "take", "murder", "slay", "injure", "abduct", "hang", "jail", "detain", "arrest"}
)


def headline_done_to(verb: Token) -> bool:
    """ "Polish hostage freed", "French reporters seized in Iraq": a headline's participle of an act done to its
    subject, read by the parser as a past tense (no object, no auxiliary, no closing stop): the subject undergoes
    it and does not act."""
    return (
        verb.lemma_ in _DONE_TO
        and verb.tag_ in ("VBN", "VBD")
        and not any(c.dep_ in ("dobj", "obj", "aux", "auxpass", "dative") for c in verb.children)
        and verb.sent[-1].text not in (".", "!", "?", '"', "”", "'")
    )


def acting(kind: str, span: Span | None) -> bool:
    """Whether a country's mention is the subject of a verb ("Pakistan says", "Pakistan will provide"); not of an act
    a condition or a demand only asks for ("unless Bulgaria pulls out", "demanded that Italy withdraw"), which
    names the country kidnappers want to move, not the one the story is in."""
    if kind != "country" or span is None or span.root.dep_ != "nsubj" or span.root.head.pos_ not in ("VERB", "AUX"):
        return False
    if _paired_with_adjective(span):
        return False  # "U.S. and Iraqi troops took control": the troops act, the country only modifies them
    return not asked_for(span)


def elsewhere(span: Span | None) -> bool:
    """Whether a place's mention names somewhere other than where the story happens: a venue where parties from
    elsewhere meet ("talks with rebel leaders in Asmara") or a capital a condition names ("unless Warsaw pulls
    out") or the seat of an organisation ("Dubai-based")."""
    return venue(span) or asked_for(span) or seat(span)


def seat(span: Span | None) -> bool:
    """Whether a place only says where an organisation sits ("Dubai-based Al-Arabiya television", "the
    London-based rights group"): its seat, not where the story happens."""
    if span is None:
        return False
    head = span.root.head
    return head.lower_ == "based" and head.i > span.root.i


def asked_for(span: Span | None) -> bool:
    """Whether a name is the subject or the object of an act a condition or a demand only asks for ("unless
    Bulgaria pulls out", "demanded that Italy withdraw", "unless Warsaw pulled its troops out")."""
    if span is None or span.root.dep_ not in ("nsubj", "dobj"):
        return False
    verb = span.root.head
    if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in verb.children):
        return True
    return verb.dep_ == "ccomp" and verb.head.lemma_ in _DEMANDS


def modifier(span: Span | None) -> bool:
    """Whether a country's or place's name only modifies the noun after it ("U.S. troops", "a Baghdad
    neighbourhood"), as an adjective would."""
    if span is None:
        return False
    root = span.root
    return (root.dep_ in ("compound", "amod", "nmod") and root.head.i > root.i) or _paired_with_adjective(span)


def abroad_post(span: Span | None) -> bool:
    """Whether a country's name only modifies a noun for its forces, posts or people, who may be abroad ("a U.S.
    base", "U.S. troops", "the British embassy")."""
    if span is None:
        return False
    root = span.root
    head = root.head
    return root.dep_ in ("compound", "nmod", "amod") and bool({head.lemma_.lower(), head.lower_} & ABROAD_IN_HEADLINES)


def _paired_with_adjective(span: Span) -> bool:
    """Whether a country's name is joined to a nationality after it ("U.S. and Iraqi troops"): the two modify one
    noun, whatever the parse makes of the first."""
    doc, i = span.doc, span.end
    return i + 1 < len(doc) and doc[i].lower_ == "and" and (doc[i + 1].ent_type_ == "NORP" or doc[i + 1].pos_ == "ADJ")


def posted_at(token: Token) -> bool:
    """Whether `token` is the object of a locative "in" or "at": where someone serves or something stands ("the top
    commander in Iraq", "its consul in Karbala"), not whose one is."""
    return token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.lower_ in ("in", "at")


# Offices a state or body fills by sending someone to another: the "to" or "for" after them names where he is sent.
_SENT = frozenset({"envoy", "envoys", "ambassador", "ambassadors", "emissary", "consul", "mediator", "negotiator"}
                  | {"diplomat", "diplomats"})


def sent_to(token: Token) -> bool:
    """Whether `token` is the object of "to" or "for" after an envoy's office ("the special envoy to Moldova", "the
    Canadian ambassador to the World Trade Organisation", "the mediator for Chad"): where he is sent, not
    whose he is."""
    while token.dep_ in ("compound", "amod", "det", "nmod") and token.head.i != token.i:
        token = token.head  # "the World Trade Organisation": the phrase's own noun hangs on the preposition
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ in ("to", "for") and prep.head.lower_ in _SENT


def posted_base(token: Token) -> bool:
    """Whether `token` names the base of envoys or diplomats ("Tripoli-based diplomats"): where they are posted,
    another state's people, not the base's own (a body's seat is its own: "a Qatar-based television")."""
    return based_at(token) and any(a.lower_ in _SENT for a in list(token.ancestors)[:3])


def based_at(token: Token) -> bool:
    """Whether `token` names a base ("the London-based envoy"): where a person lives or a body sits."""
    after = token.doc[token.i + 1 : token.i + 3].text.replace(" ", "").lower()
    return after.startswith("-based") or token.lower_.endswith("-based")


# Nouns for the posts police and troops hold: attacked, they stand for their men ("stormed a police station").
POSTS = frozenset({"station", "stations", "post", "posts", "headquarters", "checkpoint", "checkpoints", "base", "outpost"})
# Verbs of taking, holding or questioning someone, and of going somewhere (lemmas): a post they put someone in,
# at or from is where that happens ("was taken to a police station", "held at a police station", "questioned at an
# army base", "went to the police station to file a complaint"), a place and no party to the act.
_CUSTODY = frozenset(
    {"take", "bring", "hold", "keep", "detain", "arrest", "question", "interrogate", "transfer", "move", "escort"}
    | {"lodge", "file", "register", "book", "go", "come", "walk", "return", "drive", "release", "free"}
)
_CUSTODY_PREPS = frozenset({"to", "at", "in", "inside", "into", "from"})
# Going into a post is how a bomber strikes the men in it ("a suicide bomber walked into a police station", "drove
# into a police checkpoint"): with a verb of going, "into" and "inside" leave the post its men.
_GOING = frozenset({"go", "come", "walk", "return", "drive"})
_ENTERING = frozenset({"into", "inside"})


def custody_place(token: Token) -> bool:
    """Whether a post's noun (`token`, the head of "a police station") is where someone is taken, held, questioned
    or goes: the object of "to"/"at"/"in"/"from" after a verb of custody or going (`_CUSTODY`)."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in _CUSTODY_PREPS or prep.head.i == prep.i:
        return False
    verb = prep.head
    lemma = verb.lemma_.lower()
    if lemma in _GOING and prep.lower_ in _ENTERING:
        return False
    return verb.pos_ in ("VERB", "AUX") and lemma in _CUSTODY
