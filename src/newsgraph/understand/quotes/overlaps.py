"""Speaker and content ranges that a parse makes run into each other, set apart (session 27).

The parser can hang what was said inside the phrase of the one who said it, so the speaker's noun phrase (or
the reported clause) covers both:

- "The mayor is accused by critics of favouring his donors": the charge hangs on the agent, whose phrase then
  runs over it (`attached.charge_on_agent` finds the charge); the speaker is the agent's words before it;
- "a battery that engineers say will double its range": the reported clause runs back over the speaker and
  the cue (`relatives.said_of_antecedent`); any other content that holds its own cue is the reporting clause
  read back as what it reports, and keeps only the words before the speaker.
"""

from __future__ import annotations

from newsgraph.understand.quotes.frame import Frame
from newsgraph.understand.quotes.relatives import said_of_antecedent
from newsgraph.understand.quotes.tokens import trim


def set_apart(frame: Frame) -> None:
    """Cut a speaker phrase at the content it runs into, and a content at the speaker and cue inside it."""
    said_of_antecedent(frame)
    frame.content = [r for r in (_without_own_cue(frame, s, e) for s, e in frame.content) if r[1] > r[0]]
    if frame.speaker is None or frame.speaker_head is None:
        return
    start, end = frame.speaker
    head = frame.speaker_head.i
    cut = min((s for s, _ in frame.content if head < s < end), default=None)
    if cut is None:
        return
    # The word that hangs the content on the speaker ("of") goes with neither.
    prep = frame.cue.doc[cut - 1]
    stop = cut - 1 if prep.dep_ == "prep" and prep.i > head else cut
    frame.speaker = trim(frame.cue.doc, start, stop)


def _without_own_cue(frame: Frame, start: int, end: int) -> tuple[int, int]:
    """A content range that holds its own cue is the reporting clause read back as what it reports: what was
    said is the words before the speaker ("the leak, which the campaign blamed on hackers": "which"), or with
    none before it the words after the cue ("many shoppers will prefer to wait": "to wait"), unless
    quoted words follow the cue ("a payout that one investor blasted on a call as “...”"), which are."""
    cue = frame.cue
    if not start <= cue.i < end or frame.speaker is None:
        return start, end  # "some 40 gunmen are believed to be hiding near the dam": a raised passive holds its cue
    if any(t.is_quote for t in cue.doc[cue.i + 1 : cue.right_edge.i + 1]):
        return start, start
    lead = frame.speaker[0] if start <= frame.speaker[0] <= cue.i else start
    before = trim(cue.doc, start, lead)
    return before if before[1] > before[0] else trim(cue.doc, cue.i + 1, end)
