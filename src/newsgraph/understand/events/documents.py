"""Who speaks through a document: "a European Union statement criticized Israel's barrier", "a U.N. Security
Council resolution condemned Sudan", "Israel rejected an EU statement that criticized its barrier".

A document does not act (`verbframe._non_agent`), but what a statement, resolution or report says in words is its
author's verbal act: CAMEO codes the criticism, appeal, demand or threat (02, 10, 11, 12, 13) and the praise or
promise (03, 05) its issuer makes, however the text presents it. The author is the one the document's phrase names
("EU statement", "Iran's statement", "a statement from / by X"), or the doer of the verb that issued it ("the
Council adopted a resolution that urged Sudan to ..."). What a document is about ("a resolution on Sudan") is not
its author, and a document of no named author stays no one's, nor does a draft or a text vetoed. A plan, a law
or a deal still does nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.model import ActorRef
from newsgraph.understand.events.actors import ActorContext, resolve
from newsgraph.understand.events.match import subject

_DOCUMENTS = frozenset({
    "statement", "resolution", "report", "letter", "declaration", "communique", "communiqué", "note", "message",
})  # fmt: skip
_SPOKEN_ROOTS = frozenset({"02", "03", "05", "10", "11", "12", "13"})
_OWNERS = frozenset({"compound", "poss", "amod", "nmod"})
_ISSUING = frozenset({"issue", "adopt", "pass", "release", "publish", "send", "approve", "unveil", "draft", "sign"})
# A text never adopted says nothing for anyone: a draft, or one vetoed or voted down ("vetoed a resolution that
# demanded Israel end its offensive": the Council made no demand).
_UNADOPTED = frozenset({"draft", "proposed"})
_BLOCKING = frozenset({"veto", "block", "defeat", "scuttle", "kill", "torpedo"})
# A resolution is a motion until a vote adopts it: one that someone backs, opposes, debates or votes on ("Hungary
# will support a resolution that aims to tighten sanctions") has said nothing for the body yet. A statement or
# report exists once it is named, whatever is done with it ("rejected an EU statement that criticized ...").
_MOTIONS = frozenset({"resolution"})


def document_authors(ctx: ActorContext, subj: Token | None, code: str) -> tuple[ActorRef, ...]:
    """The authors of document `subj` when the act it is the subject of is a verbal one; none otherwise."""
    table = ctx.table
    if subj is None or code[:2] not in _SPOKEN_ROOTS or table.lemma[subj.i] not in _DOCUMENTS:
        return ()
    up = table.head[subj.i]
    if table.lemma[up] in _BLOCKING or any(table.lemma[c] in _UNADOPTED for c in table.children[subj.i]):
        return ()
    if table.lemma[subj.i] in _MOTIONS and table.dep[subj.i] in ("dobj", "pobj") and table.lemma[up] not in _ISSUING:
        return ()
    named = [table.tokens[c] for c in table.children[subj.i] if table.dep[c] in _OWNERS]
    named += [
        table.tokens[p]
        for c in table.children[subj.i]
        if table.dep[c] == "prep" and table.tokens[c].lower_ in ("by", "from")
        for p in table.children[c]
        if table.dep[p] == "pobj"
    ]
    if not _aimed(ctx, subj):
        return ()
    authors = tuple(r for t in named for r in resolve(ctx, t) if r.code)
    if authors:
        return authors
    if table.dep[subj.i] in ("dobj", "nsubjpass") and table.lemma[up] in _ISSUING:
        issuer = subject(table, table.tokens[up])
        if issuer is not None:
            return tuple(r for r in resolve(ctx, issuer) if r.code)
    return ()


# Where what a document says can name whom it is aimed at: its verb's objects and clauses, and the words inside them.
_AIMS = frozenset({"dobj", "dative", "prep", "ccomp", "xcomp", "attr", "oprd"})
_INSIDE = frozenset({"pobj", "nsubj", "dobj", "prep", "poss", "compound", "conj"})


def _aimed(ctx: ActorContext, doc_word: Token) -> bool:
    """Whether what the document says is aimed at an actor: "condemned Sudan", "urged Syria to withdraw",
    "criticized Israel's barrier". A report that "foreshadowed weak income growth" is analysis, no one's act."""
    table = ctx.table
    i = doc_word.i
    verbs = [table.head[i]] if table.dep[i] in ("nsubj", "nsubjpass") else []
    verbs += [c for c in table.children[i] if table.dep[c] in ("relcl", "acl")]
    todo = [c for v in verbs for c in table.children[v] if table.dep[c] in _AIMS]
    while todo:
        t = todo.pop()
        if table.tag[t] == "PRP$" or any(r.code for r in resolve(ctx, table.tokens[t])):
            return True  # "criticized its policies": aimed at whoever "its" is
        todo += [c for c in table.children[t] if table.dep[c] in _INSIDE]
    return False


def asking_voice(ctx: ActorContext, asker: Token) -> tuple[ActorRef, ...]:
    """Who makes the appeal or demand `asker` is the subject of: a document's named author, and no one for a motion
    or a text of no named author ("a resolution that demands Serbia withdraw", backed but not yet adopted); anyone
    else is who they are."""
    if ctx.table.lemma[asker.i] in _DOCUMENTS:
        return document_authors(ctx, asker, "10")
    return tuple(resolve(ctx, asker))
