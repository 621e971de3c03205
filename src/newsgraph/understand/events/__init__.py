"""Events: CAMEO and PLOVER codes with source, target, place, date and evidence.

- `codebook`: the verb patterns, CAMEO and PLOVER tables;
- `match`: patterns matched on the parse;
- `actors`: sources and targets resolved to coded entities;
- `guards`, `modality`: the precision guards and the hypothetical and negated flags;
- `output`: event records with their place, date and evidence;
- `find`: the stage itself.
"""

from newsgraph.understand.events.find import find_events

__all__ = ["find_events"]
