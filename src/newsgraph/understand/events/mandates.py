"""The demanded act of a mandative verb whose clause the parser broke off: "a resolution that demands Serbia
withdraw its troops".

After "demand", "insist", "require" and the like, English puts the demanded act in the bare (subjunctive) verb
form with its doer before it: "demanded (that) Syria withdraw". Without "that", the small parser can take the doer
for the verb's object and hang the bare verb on the sentence's main verb as an adverbial clause, so the
withdrawal reads as an act the main subject did ("Hungary will back a resolution that demands Serbia withdraw"
gave Hungary a withdrawal). A bare verb with no marker, auxiliary or subject of its own, straight after such a
verb's object, is what the verb asks for: it is re-hung as the verb's clause with that object as its subject,
as the parser reads "demanded that Syria withdraw". An adverbial clause has a word that says how it attaches
("to", "if", "when") or a participle, so a real one keeps its place.
"""

from __future__ import annotations

# Verbs that take a mandative (bare-verb) clause: what someone asks, orders or proposes be done.
_MANDATIVE = frozenset({
    "demand", "insist", "require", "request", "recommend", "propose", "suggest", "order", "stipulate", "ask",
    "urge",
})  # fmt: skip
_OWN_HEAD_WORDS = frozenset({"aux", "auxpass", "mark", "nsubj", "nsubjpass", "expl"})


def _right_edge(children: list[list[int]], i: int) -> int:
    edge = i
    for c in children[i]:
        edge = max(edge, _right_edge(children, c))
    return edge


def mandated_clauses(
    dep: list[str], heads: list[int], children: list[list[int]], tag: list[str], lemma: list[str]
) -> None:
    """Re-hang each such bare verb on the mandative verb, its object made the bare verb's subject (in place)."""
    for verb, head in enumerate(heads):
        if tag[verb] != "VB" or dep[verb] != "advcl" or verb == 0:
            continue
        if any(dep[c] in _OWN_HEAD_WORDS for c in children[verb]):
            continue
        doer = next(
            (
                o
                for o in range(verb)
                if dep[o] == "dobj" and lemma[heads[o]] in _MANDATIVE and _right_edge(children, o) == verb - 1
            ),
            None,
        )
        if doer is None:
            continue
        asker = heads[doer]
        children[head].remove(verb)
        heads[verb], dep[verb] = asker, "ccomp"
        children[asker].append(verb)
        children[asker].remove(doer)
        heads[doer], dep[doer] = verb, "nsubj"
        children[verb].append(doer)
        children[asker].sort()
        children[verb].sort()
