"""Time: date expressions found, typed and resolved against the article's date.

- `grammar`: the date expressions wire copy uses, as spaCy Matcher patterns;
- `calendar`: anchors and arithmetic on dates at a precision;
- `refs`: relative references ("last Tuesday", "next month") read with tense;
- `resolve`: the stage itself.
"""

from newsgraph.understand.time.resolve import find_dates

__all__ = ["find_dates"]
