"""Time: date expressions found, typed and resolved against the article's date.

- `grammar`: the date expressions wire copy uses, as regular expressions ("Aug. 20", "last Tuesday");
- `readers`: what each expression means, given the article's date and the clause's tense;
- `calendar`: anchors and arithmetic on dates at a precision;
- `refs`: time that is no date of its own ("now", "that day", durations, sets);
- `resolve`: the stage itself.
"""

from newsgraph.understand.time.resolve import find_dates

__all__ = ["find_dates"]
