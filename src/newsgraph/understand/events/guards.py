"""Precision guards for the event coder, each from the CAMEO codebook and the coding guidelines.

- Figurative force: an act of force aimed at an argument, a policy or a social ill ("attacked
  the plan", "fight against corruption") is criticism (111) when the verb can be verbal, else
  no event (CAMEO codes material force only against actors and their property).
- Personnel: forcing out, ousting or expelling an organisation's staff ("forced out agents",
  "ousted the head of the field office") is a personnel decision, like firing them, not
  coercion (17); arresting them (173) still is, and so is a state expelling them (174).
- Agency credits: "(AP)" closing a headline or "(Reuters) -" opening a lead names who reports
  the story, never a participant in it.
- Armed attackers: a force verb read as criticism because of its object ("attacked the
  government", "hit government troops") is force when the subject is an armed actor: CAMEO's
  verbal reading of "attack" belongs to politicians, not to troops and rebels.
- Figurative attacks and walkouts told as nouns: "a verbal attack on the minister", "an attack
  on the tax policy" are criticism (111); "workers launched a strike" is a walkout (143).
- Information: a release of information or documents is sharing it (064), not a release of
  persons (0841), and so is what an appeal or demand for it asks for.
- Unattributed violence: a killing, wounding or shooting with no named doer ("were killed when a
  bomb hit their truck", "a blast killed eight") is a bombing (183) when something exploded, force
  (19) when the clause tells fighting, else assault (18), CAMEO's unconventional violence; one
  caused by an accident or a natural disaster ("killed in a bus crash") is no event. Whatever a
  bomb with no named owner does ("a roadside bomb hit their patrol") is that bombing.
- Background: an event noun inside "after / since / amid / over ..." or dated by its own modifier
  ("the 2002 attack"), or the charge or grievance a judging verb names ("sentenced for attacks"),
  names an earlier event the item does not tell; it is not a new event.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

from newsgraph.model import ActorRef, Article
from newsgraph.roles import split_code
from newsgraph.understand.events.actors import ActorContext, resolve
from newsgraph.understand.events.hostages import counted_people, unofficial_holder
from newsgraph.understand.events.match import Match, TokenTable, prep_objects, subject, subtree
from newsgraph.understand.events.spoken import press, speaks_only

# A noun under these names an earlier or surrounding event as background ("after the 2001
# attacks", "since the war", "amid the fighting") or the grievance a statement is about
# ("criticised Japan over the minister's visit"): the item does not tell it, so it is not coded.
BACKGROUND_PREPS = frozenset(
    {"after", "before", "since", "following", "amid", "amidst", "despite", "until", "over"}
)
EARLIER = frozenset({"last", "previous", "earlier", "former", "past", "recent"})
# "recalled its envoy in protest at the arrest", "in retaliation for the raid": the act these nouns answer is the
# grievance, someone else's and named only as its cause, as "over" names it.
GRIEVANCES = frozenset({"protest", "response", "retaliation", "reaction", "revenge", "anger", "outrage"})
# Force and coercion roots: with an abstract object they are figurative ("attacked the plan").
FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
# Verbs whose figurative use against an argument or policy is criticism (CAMEO 111); other
# force verbs with such an object ("fight corruption", "battle inflation") code nothing.
CRITICISM_VERBS = frozenset({
    "attack", "assail", "hit", "blast", "strike", "slam", "hammer", "bombard", "savage", "lash", "fire",
    "target"
})  # fmt: skip


def abstract_object(ctx: ActorContext, m: Match) -> bool:
    """Whether the act is aimed at an argument, a policy or a social ill rather than at an actor
    or a thing: the direct object, else what "against / on" names, is an abstract noun."""
    if m.sense.objects or m.sense.objects_all:
        # The sense itself names its object ("impose martial law", "declare a curfew"): the
        # dictionary already read the object literally, so it is not figurative.
        return False
    abstract = ctx.codebook.classes.get("abstract", frozenset())
    table = ctx.table
    obj = m.obj if m.obj is not None and not m.passive else None
    aimed = [obj] if obj is not None else prep_objects(table, m.trigger, ("against", "on"))
    # An actor the object itself names is no argument; one its possessor names ("India's proposal") leaves it one.
    return any(table.lemma[t.i] in abstract and not _names_actor(ctx, t) for t in aimed)


def _names_actor(ctx: ActorContext, tok: Token) -> bool:
    return ctx.lookup.covering(ctx.table.start[tok.i], ctx.table.end[tok.i]) is not None


# Words that make an attack told as a noun a verbal one: "a verbal attack on the minister", "a
# diplomatic offensive against the plan". CAMEO codes such criticism 111, never force.
VERBAL_MARKS = frozenset(
    {"verbal", "diplomatic", "political", "rhetorical", "personal", "written", "scathing"}
)
_ATTACK_NOUNS = frozenset({"attack", "assault", "offensive", "onslaught", "broadside"})


# What an attack is told in when it is told in words: "attacked Bush in a speech", "hit out at Washington in an
# interview", "blasted the rebels in a statement".
_SPOKEN_IN = frozenset(
    {"speech", "interview", "statement", "address", "remark", "sermon", "editorial", "column", "article", "letter"}
    | {"op-ed", "debate", "broadcast", "commentary", "message", "communique", "memoir", "blog", "tirade", "briefing"}
)


def called_verdict(ctx: ActorContext, m: Match) -> str | None:
    """ "called the plan a disaster", "called his views old-fashioned": naming something so is criticism (111) when
    the verdict is a harsh word (the codebook's condemning words); "" (no event) when the naming elaborates another
    act or hedges a description. None when "call" takes no verdict ("called a strike") or another one: the verb's
    other senses decide."""
    table = ctx.table
    if m.key not in ("call", "call for"):
        return None
    i = m.trigger.i
    verdicts = [c for c in table.children[i] if table.dep[c] in ("oprd", "xcomp", "ccomp")]
    if m.key == "call for":
        # "called the plan a disaster for the peace process": the "for" is the verdict's, no appeal is made (a
        # clause read as the verdict counts only when the parser left "for" off the verb).
        direct = any(table.dep[c] == "prep" and table.tokens[c].lower_ == "for" for c in table.children[i])
        verdicts = [v for v in verdicts if table.dep[v] == "oprd" or not direct]
        if not verdicts:
            return None
    words = {table.lemma[t] for v in verdicts for t in subtree(table, v)}
    if not verdicts or not words & ctx.codebook.classes.get("condemning", frozenset()):
        return None if m.key == "call" else ""
    # "dismissed the offer, calling it propaganda": the naming is the act its verb tells; "over what officials called
    # hostile statements" only hedges a description.
    elaborates = table.tag[i] == "VBG" and table.dep[i] in ("advcl", "xcomp", "conj")
    hedges = any(table.lemma[c] == "what" and table.dep[c] in ("dobj", "nsubj") for c in table.children[i])
    return "" if elaborates or hedges else "111"


def spoken_attack(ctx: ActorContext, m: Match, code: str) -> bool:
    """Whether a force verb of criticism is told in words: its own "in" names a speech, an interview or a text
    ("Chavez attacked the United States in a speech"), and its doer is no armed man. CAMEO codes such an attack 111,
    never force."""
    if code[:2] not in FORCE_ROOTS or m.key.split()[0] not in CRITICISM_VERBS:
        return False
    table = ctx.table
    doer = subject(table, m.trigger)
    if doer is not None and table.lemma[doer.i] in ctx.codebook.classes.get("irregular", frozenset()):
        return False  # "gunmen attacked worshippers in a sermon": armed men attack bodily
    if press(table, doer):
        return True  # "state television attacked the defence chief": the press attacks in words only
    # Only "in": "during a speech" and "at a rally" tell when and where a real attack may fall; nor someone else's
    # speech ("in a speech by the ambassador").
    told_in = prep_objects(table, m.trigger, ("in",))
    return any(
        table.lemma[t.i] in _SPOKEN_IN
        and not any(table.dep[c] == "prep" and table.tokens[c].lower_ == "by" for c in table.children[t.i])
        for t in told_in
    )


def figurative_noun(ctx: ActorContext, noun: Token, verb: Token | None = None) -> bool:
    """Whether an attack told as a noun is figurative, as `abstract_object` reads a force verb:
    marked verbal or diplomatic, or aimed ("on / against", on the noun or on the light `verb`
    that carries it) at an argument or policy rather than at an actor or a thing ("an attack
    on the government's tax policy")."""
    table = ctx.table
    if table.lemma[noun.i] not in _ATTACK_NOUNS:
        return False
    kids = table.children[noun.i]
    if any(table.dep[c] in ("amod", "compound") and table.lemma[c] in VERBAL_MARKS for c in kids):
        return True
    if verb is not None and press(table, subject(table, verb)):
        return True  # "the party newspaper launched a fierce attack on Washington"
    abstract = ctx.codebook.classes.get("abstract", frozenset())
    aimed = prep_objects(table, noun, ("against", "on"))
    if not aimed and verb is not None:
        aimed = prep_objects(table, verb, ("against", "on"))
    # The holder a possessor names ("the Commission's budget plan") is the criticised party;
    # the head word says whether the attack is aimed at an actor or at an argument.
    return any(table.lemma[t.i] in abstract for t in aimed)


# What makes a strike an armed one ("an air strike", "a missile strike"), and what makes it a
# walkout ("a general strike", "a 24-hour strike").
_ARMED_STRIKE = frozenset({
    "air", "aerial", "missile", "drone", "rocket", "artillery", "military", "nuclear", "naval", "airborne",
    "preemptive", "pre-emptive", "retaliatory", "surgical"
})  # fmt: skip
_WALKOUT_STRIKE = frozenset({"general", "nationwide", "national", "wildcat", "indefinite", "labour", "labor"})
# Who strikes by walking out: workers, people, and a state's own civilian staff (judges, police officers, civil
# servants strike for pay too); an armed force's strike is force.
_STRIKING_ROLES = frozenset({"LAB", "CVL", "EDU", "AGR", "MED", "BUS", "OPP", "REF", "JUD", "HLH"})


def labour_strike(ctx: ActorContext, noun: Token, doer: Token | None) -> bool:
    """Whether "strike" names a walkout, not a military strike: CAMEO 143 (conduct strike or
    boycott) when workers, unions or people strike ("truck drivers launched a strike against the
    government"); only a strike by armed forces or aircraft ("an air strike on") is force."""
    table = ctx.table
    if table.lemma[noun.i] != "strike":
        return False
    mods = {table.lemma[c] for c in table.children[noun.i] if table.dep[c] in ("amod", "compound", "nummod")}
    if mods & _ARMED_STRIKE:
        return False
    if mods & _WALKOUT_STRIKE or any(m.endswith("-hour") or m.endswith("-day") for m in mods):
        return True
    if table.dep[noun.i] == "pobj" and table.tokens[table.head[noun.i]].lower_ == "on":
        return True  # "went on strike", "are on strike": only a walkout is gone on
    if doer is None:
        return False
    strikers = ctx.codebook.classes.get("labor", frozenset()) | ctx.codebook.classes.get("crowd", frozenset())
    return table.lemma[doer.i] in strikers or any(
        _role(r.code) in _STRIKING_ROLES for r in resolve(ctx, doer)
    )


def protesters_blockade(ctx: ActorContext, doer: Token) -> bool:
    """Whether a blockade's doer is people, not armed forces: CAMEO 144 (obstruct passage, block) for
    "a blockade by villagers / truck drivers"; 191 "when the blockade includes military forces"."""
    people = ctx.codebook.classes.get("labor", frozenset()) | ctx.codebook.classes.get("crowd", frozenset())
    if ctx.table.lemma[doer.i] in people:
        return True
    return any(_role(r.code) in _STRIKING_ROLES for r in resolve(ctx, doer))


# An appeal, demand or refusal about a release (CAMEO 0253, 1053, 1243), and the kind of ask; a
# release itself ("ordered the release of the report", 0841) asks nothing.
_RELEASE_ASKS = {"0253": "appeal", "1053": "demand", "1243": "refuse", "0841": ""}


def information_release(ctx: ActorContext, m: Match, code: str) -> str | None:
    """The code of an ask for "the release of information / documents": CAMEO's release codes
    are for persons, and a release of information is sharing it (064), so the ask is for that
    (0214, 1014, 121) as `derive` would code it, and an order of such a release is the sharing."""
    kind = _RELEASE_ASKS.get(code)
    if kind is None or m.obj is None or ctx.table.lemma[m.obj.i] != "release":
        return None
    info = ctx.codebook.classes.get("information", frozenset())
    if not any(ctx.table.lemma[t.i] in info for t in prep_objects(ctx.table, m.obj, ("of",))):
        return None
    return ctx.codebook.derived(kind, "064") if kind else "064"


# Actor roles that fight: their "attack" on a government or its troops is force.
ARMED_ROLES = frozenset({"MIL", "REB", "INS", "SEP", "UAF"})


def armed_force(ctx: ActorContext, m: Match, code: str) -> str | None:
    """The force code of a criticism sense ("attack" + "government") whose subject is armed,
    as the built-in senses code it (an irregular group assaults, 180; others fight, 190)."""
    if code[:2] != "11" or m.key.split()[0] not in CRITICISM_VERBS or m.passive:
        return None
    abstract = ctx.codebook.classes.get("abstract", frozenset())
    if m.obj is not None and ctx.table.lemma[m.obj.i] in abstract:
        return None  # "rebels attacked the government's plan" is still criticism
    subj = subject(ctx.table, m.trigger)
    if subj is None or speaks_only(ctx.table, subj) or not any(_role(r.code) in ARMED_ROLES for r in resolve(ctx, subj)):
        return None
    return "180" if ctx.table.lemma[subj.i] in ctx.codebook.classes.get("irregular", frozenset()) else "190"


# Verbs of killing, wounding, shooting, bombing and taking people: no riot, even by demonstrators.
_LETHAL = frozenset(
    {
        "kill",
        "wound",
        "injure",
        "shoot",
        "maim",
        "fire",
        "open",
        "bomb",
        "blow",
        "stab",
        "behead",
        "execute",
        "kidnap",
        "abduct",
        "seize",
        "capture",
        "take",
        "hold",
    }
)

# Quantity heads whose "of" phrase names who they are ("hundreds of protesters").
_QUANTITIES = frozenset({"hundred", "thousand", "dozen", "ten", "score", "crowd", "group", "band"})


def street_violence(ctx: ActorContext, m: Match, code: str) -> str | None:
    """CAMEO 145 (protest violently, riot) for force or destruction by demonstrators ("protesters stoned
    the embassy", "hundreds of demonstrators stormed parliament"), as PETRARCH2's verb dictionary codes
    DEMONSTRATOR/PROTESTOR with its assault, clash, storm and demolish verbs. Killing, shooting or
    bombing, and force by armed men among them, stay force."""
    if (code[:2] not in ("18", "19") and not code.startswith("1712")) or m.passive:
        return None
    if m.key.split()[0] in _LETHAL:
        return None  # killing, shooting or bombing is force whoever does it (PETRARCH's dictionary agrees)
    table = ctx.table
    head = table.head[m.trigger.i]
    own_subject = any(table.dep[c] in ("nsubj", "nsubjpass") for c in table.children[m.trigger.i])
    if (
        head != m.trigger.i
        and table.dep[m.trigger.i] in ("advcl", "conj")
        and table.lemma[head] in _PROTESTING
        and not own_subject
    ):
        # "rioted in the capital, burning cars": the destruction is the riot, told a second time; not
        # "protested while soldiers demolished their homes", a clause with a doer of its own.
        return "145"
    subj = subject(ctx.table, m.trigger)
    if subj is None:
        return None
    doer = subj
    if ctx.table.lemma[subj.i] in _QUANTITIES:
        doer = next(iter(prep_objects(ctx.table, subj, ("of",))), subj)
    if ctx.table.lemma[doer.i] not in ctx.codebook.classes.get("rioters", frozenset()):
        return None
    if any(ctx.table.lemma[c] in ("armed", "arm") for c in ctx.table.children[doer.i]):
        return None  # "armed protesters opened fire": men with guns fight
    if any(_role(r.code) in ARMED_ROLES for r in resolve(ctx, subj)):
        return None
    return "145"


# Verbs of protest a participle of destruction can hang on: the protesters' own act.
_PROTESTING = frozenset({"riot", "protest", "demonstrate", "rally", "march", "rampage"})


def _role(code: str) -> str:
    """The role block of an actor code, a role alone ("REB": gunmen of no known country) included."""
    return split_code(code)[1][:3]


# Verbs of killing, wounding and shooting: their force code says nothing of who used force how.
# "crush" and "trample" as a crowd's harm ("crushed to death in a stampede"): with no doer named, the clause says
# whether an accident or an attack did it, as for "kill".
_HARM = frozenset({"kill", "wound", "injure", "shoot", "hurt", "maim", "crush", "trample"})


def unattributed_violence(
    ctx: ActorContext, m: Match, code: str, doer: Token | None, unknown: bool
) -> str | None:
    """The code of a killing, wounding or shooting whose doer is no actor (`unknown`) or an act
    ("a car bomb killed"): `code` unless the clause says more; None when an accident or a
    disaster caused it. The clause is the verb's phrase and its doer's (a participle's inherited
    subject: "a car bomb exploded ..., killing nine")."""
    table, classes = ctx.table, ctx.codebook.classes
    if code[:2] not in ("18", "19"):
        return code
    bomb = doer is not None and table.lemma[doer.i] in classes.get("blast", frozenset()) - {"bomber"}
    if m.key.split()[0] not in _HARM and not bomb:
        return code
    words = set(subtree(table, m.trigger.i)) | (set(subtree(table, doer.i)) if doer is not None else set())
    lemmas = {table.lemma[i] for i in words if table.dep[i] != "dobj" or table.lemma[i] != "fire"}
    if unknown and lemmas & classes.get("accident", frozenset()):
        return None
    if bomb:
        # "a roadside bomb hit their patrol", "ETA bombs hit petrol stations": whatever the verb and whoever
        # set it, a bomb's act is a bombing.
        return "183"
    if lemmas & classes.get("fighting", frozenset()):
        return code
    if lemmas & classes.get("blast", frozenset()):
        return "183"
    if code[:2] == "18":
        return code
    if doer is not None and table.lemma[doer.i] in classes.get("irregular", frozenset()):
        return "180"  # as "kill" by irregulars: "were killed when gunmen opened fire"
    victims = [r for t in ([m.obj] if m.obj is not None else []) for r in resolve(ctx, t)]
    soldiers = victims and all(_role(r.code) in ARMED_ROLES for r in victims)
    # A soldier killed with nothing said of how may have died in battle; anyone else, or anyone
    # shot, was assaulted.
    return "180" if unknown and (not soldiers or m.key.startswith("shoot")) else code


# Verbs that tell an accident: the harm a participle after them reports is the accident's.
_ACCIDENT_VERBS = frozenset(
    {"crash", "collide", "capsize", "derail", "overturn", "sink", "plunge", "collapse", "skid"}
)


def accident_result(table: TokenTable, m: Match, code: str, disasters: frozenset[str] = frozenset()) -> bool:
    """ "A helicopter carrying 17 soldiers crashed ..., killing all on board": the killing is the
    crash's result, no one's act of force, whoever the inherited subject names. So is force whose
    subject is a natural disaster (`disasters`): "giant waves smashed into the coast"."""
    if code[:2] not in ("18", "19", "20"):
        return False
    i = m.trigger.i
    h = table.head[i]
    subj = subject(table, m.trigger)
    if subj is not None and table.lemma[subj.i] in disasters:
        return True
    return table.dep[i] == "advcl" and table.tag[i] == "VBG" and h != i and table.lemma[h] in _ACCIDENT_VERBS


def counted_victims(table: TokenTable, obj: Token | None) -> bool:
    """ "killing nine recruits": victims told by their number are people, coded or not."""
    return obj is not None and (
        table.pos[obj.i] == "NUM" or any(table.dep[c] == "nummod" for c in table.children[obj.i])
    )


# Attacks a passive killing may be told "in" or "after", besides the fighting class.
_ATTACKS = frozenset({"attack", "ambush", "assault", "bombing", "incursion"})


def when_doer(ctx: ActorContext, verb: Token) -> tuple[Token | None, tuple[ActorRef, ...]]:
    """Who did a passive act with no agent, told in its "when" clause: in "five people were
    killed when gunmen opened fire on a bus" the gunmen killed them. The clause's subject and its
    actors; a subject that is an act ("when a bomb exploded") has none. Else the other side of
    the fighting it happened in ("killed in clashes with insurgents")."""
    table = ctx.table
    for c in table.children[verb.i]:
        if table.dep[c] == "advcl" and any(
            table.dep[k] in ("mark", "advmod") and table.tokens[k].lower_ == "when" for k in table.children[c]
        ):
            doer = subject(table, table.tokens[c])
            if doer is not None and table.dep[doer.i] != "nsubjpass":
                return doer, tuple(resolve(ctx, doer))
    # "Two soldiers were killed in clashes with insurgents": the side the fighting was with;
    # "killed in an ambush by rebels", "killed after a raid by rebels": the attack's doer.
    fighting = ctx.codebook.classes.get("fighting", frozenset()) | _ATTACKS
    for fight in prep_objects(table, verb, ("in", "during", "after")):
        if table.lemma[fight.i] in fighting:
            for side in prep_objects(table, fight, ("by", "with")):
                found = tuple(r for r in resolve(ctx, side) if r.code)
                if found:
                    return side, found
    return None, ()


# Verbs of laying hands on someone, or keeping them ("the group, which is holding an Italian reporter"): what they
# code depends on who is taken and by whom.
TAKING = frozenset(
    {"seize", "capture", "grab", "snatch", "nab", "arrest", "detain", "apprehend", "round up", "hold"}
)
# Verbs that say a state took the person: an arrest whatever pattern the word's block shares.
ARRESTING = frozenset({"arrest", "detain", "apprehend"})
# Pronouns that stand for a person only ("gunmen seized him"); "them" may be weapons or goods.
_PERSONAL = frozenset({"him", "her"})


def _someone(ctx: ActorContext, tok: Token) -> bool:
    """Whether a name stands for a person or a body: an entity that is not a place ("seized Aleppo" takes a
    town), else what NER calls a person."""
    table = ctx.table
    entity = ctx.lookup.covering(table.start[tok.i], table.end[tok.i])
    if entity is not None:
        return entity.kind in ("person", "organisation")
    return table.pos[tok.i] == "PROPN" and tok.ent_type_ == "PERSON"


def idle_warning(ctx: ActorContext, m: Match) -> bool:
    """ "warned that the bird flu outbreak could spread": a warning is a threat (13) when it is
    made to someone ("warned Syria") or tells what some actor will do ("warned that it would
    retaliate", "that Syria would face sanctions"); one whose that-clause is about a thing no
    actor names (a disease, the weather, prices) is a statement, no event."""
    table = ctx.table
    if m.key != "warn" or m.obj is not None:
        return False
    clauses = [c for c in table.children[m.trigger.i] if table.dep[c] == "ccomp"]
    subjects = [s for c in clauses for s in table.children[c] if table.dep[s] in ("nsubj", "nsubjpass")]
    acts = ctx.codebook.classes.get("attack", frozenset())
    if not clauses:
        # "warned of a humanitarian disaster", "of a possible attack": a forecast or an alert (CAMEO 012, no event);
        # "warned of retaliation", "of sanctions", "of consequences" name what the one warning would do.
        kids = table.children[m.trigger.i]  # and "warned on Monday of ...", as the parser hangs it
        dated = [table.tokens[o] for c in kids if table.dep[c] == "prep" for o in table.children[c]]
        things = [t for w in (m.trigger, *dated) for t in prep_objects(table, w, ("of", "about"))]
        threats = ctx.codebook.classes.get("sanction", frozenset()) | _THREATENED
        return bool(things) and all(
            ctx.lookup.covering(t.idx, t.idx + len(t)) is None and table.lemma[t.i] not in threats for t in things
        )
    if any(table.lemma[o] in _DANGERS for c in clauses for o in table.children[c] if table.dep[o] in ("dobj", "obj")):
        return True  # "warned that millions could face hunger": a danger to them, which no one threatens
    return bool(subjects) and all(
        table.pos[s] in ("NOUN", "PROPN")
        and not resolve(ctx, table.tokens[s])
        and table.lemma[s] not in acts  # "warned that attacks would continue": force, a threat
        for s in subjects
    )


# What a warning's that-clause says its subject may "face" or "suffer" that is no one's act (session 18 verbal).
_DANGERS = frozenset({"hunger", "famine", "starvation", "shortage", "drought", "epidemic", "disease", "poverty"})
# What a warning "of" names that is someone's act against the one warned.
_THREATENED = frozenset({"consequence", "retaliation", "reprisal", "response", "action", "measure", "war", "revenge"}
                        | {"punishment", "force", "violence", "reaction", "step"})


def personnel(ctx: ActorContext, m: Match, code: str) -> bool:
    """A coercion code other than arrest whose object is staff: a personnel decision. Laying hands
    on staff ("seized the director") is no decision about them: `taken_person` codes it."""
    if code[:2] != "17" or code.startswith("173") or m.obj is None or m.key in TAKING:
        return False
    staff = ctx.codebook.classes.get("staff", frozenset())
    if ctx.table.lemma[m.obj.i] not in staff:
        return False
    # A state expelling someone's staff, or ordering them out, sends them out of its country (174), and one banning
    # or barring them ("banned foreign journalists from covering the vote") restricts them (172), whoever employs
    # them.
    subj = subject(ctx.table, m.trigger) if m.key in ("expel", "deport", "ban", "bar", "restrict", "order") else None
    return subj is None or not any(_state(r.code) for r in resolve(ctx, subj))


def state_protest(ctx: ActorContext, m: Match, code: str) -> str | None:
    """ "Japan protests Chinese sub intrusion", "Britain protested to Iran": a state or its government that
    protests complains officially (114); only people take to the streets (141)."""
    if not code.startswith("141") or m.key.split()[0] != "protest":
        return None
    subj = subject(ctx.table, m.trigger)
    refs = resolve(ctx, subj) if subj is not None else []
    # A country's people ("Kenyans", "Palestinians") protest in the street; the state is a country's name.
    named = subj is not None and subj.ent_type_ in ("GPE", "ORG")
    return "114" if refs and all(_role(r.code) == "GOV" or (named and _state(r.code)) for r in refs) else None


def press_audience(ctx: ActorContext, m: Match, code: str) -> bool:
    """ "talked to reporters", "spoke with the press", "met journalists in Cairo": speaking to the news
    media or a crowd is the bare speech the guidelines leave out ("told reporters"), not a meeting (04)
    with them. Only when every party the verb names is such an audience."""
    if code[:2] != "04":
        return False
    table = ctx.table
    heard = prep_objects(table, m.trigger, ("to", "with")) or ([m.obj] if m.obj is not None else [])
    audience = ctx.codebook.classes.get("audience", frozenset())
    if heard and all(
        table.lemma[t.i] in audience or any(_role(r.code) == "MED" for r in resolve(ctx, t)) for t in heard
    ):
        return True  # "spoke with the BBC", "talked to Al Jazeera": an interview
    # "spoke with authority", "spoke with a group of soldiers": speaking with someone consults only a party
    # the text names, or a state's leaders ("spoke with Israeli and Palestinian leaders").
    unnamed = [t for t in heard if table.pos[t.i] != "PROPN"]
    states = [r for t in unnamed for r in resolve(ctx, t)]
    return m.key == "speak" and code == "040" and bool(unnamed) and not (states and all(_state(r.code) for r in states))


def _state(code: str) -> bool:
    """Whether an actor code names a state: a country alone or its government."""
    country, role = split_code(code)
    return bool(country) and role[:3] in ("", "GOV")


# "... Somalia (AP)", "GAZA (Reuters) - ...", "AFP - ...": a short parenthesised or dashed credit.
_TITLE_CREDIT = re.compile(r"\(([^()]{1,40})\)\s*$")
_LEAD_CREDIT = re.compile(
    r"^(?:[^\n()]{0,60}?\(([^()]{1,40})\)|([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2}))\s+[-\u2013\u2014]+\s"
)


def agency_credits(article: Article) -> list[tuple[int, int]]:
    """Character spans of the agency credits in the article's title and at its lead's opening."""
    spans: list[tuple[int, int]] = []
    for block in article.blocks:
        text = article.text[block.start : block.end]
        if block.kind == "title":
            m = _TITLE_CREDIT.search(text)
            if m:
                spans.append((block.start + m.start(), block.start + m.end()))
        elif block.kind == "paragraph" and not any(
            b.kind == "paragraph" and b.start < block.start for b in article.blocks
        ):
            m = _LEAD_CREDIT.match(text)
            if m:
                g = 1 if m.group(1) is not None else 2
                spans.append((block.start + m.start(g), block.start + m.end(g)))
    return spans


# Roles that hold no public office: a person they take is abducted, not arrested.
# Takers who hold no office: armed men, and civilians ("tribesmen seized two tourists"), who have no power of arrest.
_NO_OFFICE = frozenset({"REB", "INS", "SEP", "CRM", "UAF", "CVL"})


def taken_person(ctx: ActorContext, m: Match, code: str, sources: tuple[ActorRef, ...]) -> str:
    """The code of seizing or capturing a person, who is never property confiscated (1711, as the
    imported "arrest ... in raid" has it): an arrest (173) by a state's forces, an abduction (181)
    by armed men who hold no office ("gunmen seized a truck driver", "rebels captured three
    soldiers"). `code` when nothing is taken or what is taken is no person."""
    table = ctx.table
    if code[:3] not in ("171", "173", "181") or m.key not in TAKING:
        return code
    taken = m.obj  # the object, or in the passive the one taken ("engineers were seized")
    if taken is not None and table.pos[taken.i] == "NUM":
        # "arrested 15 wanted Palestinians", parsed as two objects: the number counts the people after it.
        taken = next((table.tokens[c] for c in table.children[m.trigger.i] if c > taken.i and table.dep[c] == "dobj"), taken)
    taken = counted_people(table, taken)  # "seized dozens of villagers": the villagers
    people = ctx.codebook.classes.get("person", frozenset())
    if taken is None or not (table.lemma[taken.i] in people or taken.lower_ in _PERSONAL or _someone(ctx, taken)):
        return code
    irregular = ctx.codebook.classes.get("irregular", frozenset())
    if any(
        _role(s.code) in _NO_OFFICE or (s.name.lower().split() or [""])[-1] in irregular or unofficial_holder(s)
        for s in sources
    ):
        return "181"
    # Only a state arrests ("was arrested" by no named hand too): the imported "seize ... minister" (181) is an
    # abduction by other hands, never what "arrested" says.
    return "173" if code.startswith("171") or (code == "181" and m.key in ARRESTING) else code



def commerce(code: str, sources: Sequence[ActorRef], targets: Sequence[ActorRef]) -> bool:
    """A bank's loan to a company, a company's takeover of a rival, a firm's offer to its customers: trade, not aid,
    force or an intent to cooperate. CAMEO's aid (07) and offers (03) pass between political actors, and companies
    take nothing by force (19)."""
    if not sources or not all(s.code[3:6] == "BUS" for s in sources):
        return False
    if code[:2] in ("19", "03"):
        return code[:2] == "19" or all(t.code[3:6] in ("BUS", "CVL", "") for t in targets)
    return code[:2] == "07" and bool(targets) and all(t.code[3:6] == "BUS" for t in targets)
