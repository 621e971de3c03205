"""Title Case headlines handed to the parser with their verbs in lower case (parse.headline)."""

from __future__ import annotations

import datetime as dt

from newsgraph.extract.build import build_article
from newsgraph.parse.headline import headline_cased, sentence_cased, title_case


def test_a_title_case_headline_has_its_verbs_lowered() -> None:
    assert sentence_cased("Norway Slams Sweden Over Fishing Quotas") == "Norway slams Sweden Over Fishing Quotas"
    assert sentence_cased("Ruritania Denies Freedonian Charges") == "Ruritania denies Freedonian charges"
    assert sentence_cased("Rebels Say Ready to Talk") == "Rebels say Ready to talk"
    # A base form after "To" or a modal, and the "To" with it.
    assert sentence_cased("Norway To Send Envoy to Sweden") == "Norway to send Envoy to Sweden"


def test_names_acronyms_and_participles_keep_their_capitals() -> None:
    assert sentence_cased("U.N. Security Council Meets on Darfur") == "U.N. Security Council meets on Darfur"
    assert sentence_cased("Armed Forces Chief Visits Oslo") == "Armed Forces Chief visits Oslo"
    # The first word is where any sentence starts with a capital; a bare base form may be a noun.
    assert sentence_cased("Attacks Kill Five in Oslo") == "Attacks Kill Five in Oslo"


def test_event_nouns_are_lowered_but_not_names_or_months() -> None:
    # "Raid" and "Visit" tell the act as a sentence-case headline writes them; "Aid" ends charity
    # names and "March" is a month as often as a protest.
    assert sentence_cased("Ruritanian Air Raid on Oslo Kills 8") == "Ruritanian Air raid on Oslo kills 8"
    assert sentence_cased("Premier's Visit to Oslo Draws Crowds") == "Premier's visit to Oslo draws Crowds"
    assert sentence_cased("Nordic Aid Group Warns Oslo") == "Nordic Aid Group warns Oslo"
    assert sentence_cased("Oslo Summit Set for Late March") == "Oslo summit Set for Late March"


def test_an_offer_or_a_demand_keeps_its_capital_after_a_name() -> None:
    # Lower-cased after a name ("Rebel Truce offer"), the parser reads it as the verb of the words before.
    assert sentence_cased("Oslo Rejects Rebel Truce Offer") == "Oslo rejects Rebel truce Offer"
    assert sentence_cased("Oslo Rejects Union Demand") == "Oslo rejects Union Demand"


def test_a_sentence_case_headline_is_left_alone() -> None:
    assert not title_case("Norway slams Sweden over fishing quotas")
    assert sentence_cased("Norway slams Sweden over fishing quotas") == "Norway slams Sweden over fishing quotas"


def test_only_the_title_block_changes_and_the_length_stays() -> None:
    article = build_article(
        source="t",
        paragraphs=["OSLO (Reuters) - Norway Slams the plan, officials said."],
        title="Norway Slams Sweden Over Quotas",
        published=dt.date(2025, 3, 12),
        date_precision="day",
        language="en",
    )
    text = article.text[: article.analysis_end]
    cased = headline_cased(article)
    assert len(cased) == len(text)
    assert "Norway slams Sweden" in cased
    assert "Norway Slams the plan" in cased  # the body is parsed as written


def test_the_dictionary_words_read_once_with_libyaml_are_those_the_plain_loader_reads() -> None:
    from newsgraph.data import read_yaml
    from newsgraph.parse import headline

    plain = read_yaml("event_patterns.yaml")  # yaml's SafeLoader
    verbs = frozenset(str(k) for k in plain["verbs"] if " " not in str(k))
    nouns = frozenset(str(k) for k in plain["nouns"] if " " not in str(k))
    assert headline.event_verbs() == verbs
    assert headline._nouns() == nouns - headline._NAME_NOUNS - headline._OBJECT_NOUNS
