"""Abbreviated titles of wire copy kept whole by the tokenizer.

Agency style abbreviates ranks and titles before a name ("Col. Adnan Jabbar", "Sgt. Maria
Lopez", "Atty. Gen. Ruiz"). The model's tokenizer knows some ("Gen.", "Gov.", "Sen.", "Dr.")
but splits most of the others into a word and a full stop, and the parser then reads the stop
as a sentence end: "Sgt. Maria Lopez said troops fired" became two sentences, the speaker and
the doer cut off from their verb, and the rank cut off from the name it titles. Each form
here is added as a special case, so it is one token with the word it abbreviates as its norm,
and the parser sees a title; and a name after one never starts a sentence
(`hold_titles_to_names`, run with the block boundaries before the parser).

Only forms that abbreviate a title or rank are listed: a wire story ends a sentence with
"Col." far more rarely than it names a colonel. The list is AP and Reuters style
(capitalised, as a title before a name is written).
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

from spacy.attrs import LOWER, NORM, ORTH, TAG
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

# abbreviation -> the word it stands for (the token's norm)
TITLE_ABBREVIATIONS = MappingProxyType(
    {
        "Col.": "colonel",
        "Lt.": "lieutenant",
        "Capt.": "captain",
        "Cpt.": "captain",
        "Maj.": "major",
        "Sgt.": "sergeant",
        "Cpl.": "corporal",
        "Pvt.": "private",
        "Pfc.": "private first class",
        "Spc.": "specialist",
        "Brig.": "brigadier",
        "Cmdr.": "commander",
        "Cdr.": "commander",
        "Gens.": "generals",
        "Sens.": "senators",
        "Reps.": "representatives",
        "Govs.": "governors",
        "Atty.": "attorney",
        "Supt.": "superintendent",
        "Insp.": "inspector",
        "Det.": "detective",
        "Amb.": "ambassador",
        "Msgr.": "monsignor",
        "Pres.": "president",
        "Asst.": "assistant",
        "Dep.": "deputy",
        "Hon.": "honourable",
        "Ald.": "alderman",
    }
)


def use_title_abbreviations(nlp: Language) -> None:
    """Add every abbreviation above to `nlp`'s tokenizer as one token."""
    tokenizer: Any = nlp.tokenizer  # spaCy types it as any callable; the model's is a Tokenizer
    for form, word in TITLE_ABBREVIATIONS.items():
        tokenizer.add_special_case(form, [{ORTH: form, NORM: word}])


# The model's own abbreviated titles, which it already keeps whole.
_KNOWN_TITLES = frozenset({"Gen.", "Gov.", "Sen.", "Rep.", "Dr.", "Adm.", "Rev.", "Prof.", "Mr.", "Mrs.", "Ms."})


# Words before a rank that make it a complement ("promoted to Sgt.", "served as Col."), which may
# end its sentence.
_COMPLEMENT = frozenset({"to", "as", "a", "an", "the", "of"})
_TITLE_IDS = frozenset(get_string_id(t) for t in (*TITLE_ABBREVIATIONS, *_KNOWN_TITLES))
_COMPLEMENT_IDS = frozenset(get_string_id(w) for w in _COMPLEMENT)
_PROPER_TAGS = (get_string_id("NNP"), get_string_id("NNPS"))


def hold_titles_to_names(doc: Doc) -> None:
    """Keep the parser from starting a sentence after an abbreviated title that titles a name:
    "Police Capt. Adnan Jabbar said". The next word must be tagged a proper noun, and the title
    must not be a complement that can end a sentence ("was promoted to Sgt. He was deployed",
    "confirmed him as a four-star Gen. The vote"). Runs after the tagger and before the parser,
    which keeps boundaries set before it."""
    if len(doc) < 2:
        return
    # Read as arrays, the strings compared by their ids: only a title's neighbours become Tokens.
    orth, lower, tag = doc.to_array([ORTH, LOWER, TAG]).T.tolist()
    proper = (_PROPER_TAGS[0], _PROPER_TAGS[1])
    for i in range(len(doc) - 1):
        if orth[i] not in _TITLE_IDS:
            continue
        after_complement = i > 0 and lower[i - 1] in _COMPLEMENT_IDS
        if tag[i + 1] in proper and not after_complement:
            doc[i + 1].is_sent_start = False
