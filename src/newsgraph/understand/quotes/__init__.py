"""Quotes: direct and reported speech with speaker, cue and chain of sources.

- `lexicon`: the speech and belief cues;
- `marks`, `tokens`: quotation marks and the parse around them;
- `frames`, `constructs`: the attribution frames of wire copy;
- `speakers`: speakers resolved across sentences;
- `records`: one record per attribution;
- `find`: the stage itself.
"""

from newsgraph.understand.quotes.find import find_quotes

__all__ = ["find_quotes"]
