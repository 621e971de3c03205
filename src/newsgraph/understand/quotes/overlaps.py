"""Speaker and content ranges that a parse makes run into each other, set apart (session 27).

The parser can hang what was said inside the phrase of the one who said it, so the speaker's noun phrase (or
the reported clause) covers both:

- "The mayor is accused by critics of favouring his donors": the charge hangs on the agent, whose phrase then
  runs over it (`attached.charge_on_agent` finds the charge); the speaker is the agent's words before it;
- "a battery that engineers say will double its range": the reported clause runs back over the speaker and
  the cue (`relatives.said_of_antecedent`).
"""

from __future__ import annotations

from newsgraph.understand.quotes.frame import Frame
from newsgraph.understand.quotes.relatives import said_of_antecedent
from newsgraph.understand.quotes.tokens import trim


def set_apart(frame: Frame) -> None:
    """Cut a speaker phrase at the content it runs into, and a content at the speaker and cue inside it."""
    said_of_antecedent(frame)
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
