"""Title Case headlines parsed as the sentences they are.

Wire headlines capitalise every word ("Iran Slams U.S. Rights Report"). The small model reads
a capitalised word as part of a name, so the headline's verb becomes a proper noun and the
sentence has no clause: the act it reports is lost to every stage that reads the parse. The
capital letters are typography, not meaning, so the parser is given the headline with its verbs
in lower case, where a sentence-case headline would have them: a present-tense form ("Slams",
"Rejects", "Denies") and a base form after "To" or a modal ("To Send", "Will Meet"), with the
"To" itself, the event nouns a sentence-case headline writes in lower case ("U.S. Air Raid on
Falluja", "Bush Visit to Canada"), and "Say" / "Says", the headline's commonest verb, whose capital makes a name of
the words around it ("Rebels Say Ready to Talk" gave a person "Say Ready"). Past participles are left alone: in a headline they are more often part of a name
("Armed Forces", "United Nations") than a verb. Only words whose stem is a verb or an event noun of the event dictionary
(`data/event_patterns.yaml`) are touched, so names ("Security Council", "Human Rights Watch") keep their capitals. Lower-casing
an ASCII letter keeps the length, so Doc offsets stay Article offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from newsgraph.data import read_yaml
from newsgraph.model import Article

# The dictionary the event coder reads; its verb entries name the verbs of political acts.
_PATTERNS_FILE = "event_patterns.yaml"
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*\.?")
# Words after which a capitalised base form is a verb ("Russia To Send Troops", "Iran Will Talk").
_BEFORE_BASE = frozenset({"to", "will", "would", "may", "might", "could", "should", "must", "can", "won't"})
_SAY = frozenset({"say", "says"})


# Event nouns that also end names or dates as often as they tell acts: "Christian Aid", "March 5".
_NAME_NOUNS = frozenset({"aid", "march"})
# Event nouns a headline as often uses as its verb's object in a name-like run ("Hamas Truce Offer",
# "Iran Rejects EU Demand"): lower-cased, the parser reads them as the verb of the words before.
_OBJECT_NOUNS = frozenset({"offer", "pledge", "promise", "appeal", "request", "demand", "plea", "invitation"})


@lru_cache(maxsize=1)
def _entries() -> tuple[frozenset[str], frozenset[str]]:
    """The one-word verb and noun entries of the event dictionary, read once for both, with libyaml's parser
    where yaml has it (a quarter of the pure-Python parser's time; the same keys). The event coder reads the
    same file with its own loader."""
    import yaml  # as `read_yaml` does: only the stages need it

    data = read_yaml(_PATTERNS_FILE, getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    verbs, nouns = data.get("verbs", {}), data.get("nouns", {})
    return frozenset(str(k) for k in verbs if " " not in str(k)), frozenset(str(k) for k in nouns if " " not in str(k))


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    """The one-word noun entries of the event dictionary ("Raid", "Visit", "Summit"), less those
    that end names or dates as often."""
    return _entries()[1] - _NAME_NOUNS - _OBJECT_NOUNS


def load_headline_words() -> None:
    """Read the dictionary's words now (the pipeline does it while loading, not at the first article)."""
    _nouns()


def event_verbs() -> frozenset[str]:
    """The one-word verb entries of the event dictionary (read once): the verbs of political acts."""
    return _entries()[0]


def present_stems(word: str) -> Iterable[str]:
    """The base forms a present-tense form may come from: "slams", "accuses", "denies", "pushes"."""
    if word.endswith("ies"):
        yield word[:-3] + "y"
    if word.endswith("es"):
        yield word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        yield word[:-1]


def title_case(title: str) -> bool:
    """Whether a headline capitalises its words (most words of four letters or more)."""
    long_words = [w for w in _WORD.findall(title) if len(w) >= 4]
    return len(long_words) >= 2 and sum(w[0].isupper() for w in long_words) > len(long_words) * 0.7


def sentence_cased(title: str) -> str:
    """The headline with its verbs in lower case, as a sentence-case headline writes them."""
    if not title_case(title):
        return title
    verbs, nouns = event_verbs(), _nouns()
    chars = list(title)
    words = list(_WORD.finditer(title))
    for n, m in enumerate(words[1:], start=1):
        word = m.group()
        if not word[0].isupper() or not word[1:].islower():
            continue  # an acronym ("U.S.", "NATO") or a lower-case word already
        low, before = word.lower(), words[n - 1].group().lower()
        base_after_modal = before in _BEFORE_BASE and low in verbs
        noun = low in nouns or any(s in nouns for s in present_stems(low))
        if base_after_modal or low in _SAY or noun or any(s in verbs for s in present_stems(low)):
            chars[m.start()] = low[0]
            if base_after_modal and words[n - 1].group()[0].isupper():
                chars[words[n - 1].start()] = before[0]
    return "".join(chars)


def headline_cased(article: Article) -> str:
    """The article's analysis text with its title block's verbs in lower case."""
    text = article.text[: article.analysis_end]
    for block in article.blocks:
        if block.kind == "title" and block.end <= len(text):
            text = text[: block.start] + sentence_cased(text[block.start : block.end]) + text[block.end :]
    return text
