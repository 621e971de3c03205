import pytest

from newsgraph.extract.language import detect_language


@pytest.mark.parametrize(
    "headline",
    ["Rebels Seize Border Town in North", "Mayor Wins Third Term", "Gunmen kill five at market in north"],
)
def test_short_english_headlines_are_never_given_another_language(headline: str) -> None:
    assert detect_language(headline) in (None, "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le gouvernement a annoncé mardi une réforme des retraites très contestée.", "fr"),
        ("Die Regierung hat am Dienstag eine umstrittene Reform der Renten angekündigt.", "de"),
        ("The government announced a contested pension reform on Tuesday, officials said.", "en"),
    ],
)
def test_one_sentence_in_a_clear_language_is_identified(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_too_little_text_is_unknown() -> None:
    assert detect_language("OK 12") is None


@pytest.mark.parametrize(
    "text",
    [
        "LAGOS (Reuters) - Nigerians queued on Saturday to vote in a governorship race pitting Governor Babatunde "
        "Adeyemi against opposition candidate Chukwuemeka Obi.",
        "Voters in Kano and Kaduna states went to the polls as President Olusegun Obasanjo urged calm.",
    ],
)
def test_nigerian_english_news_is_english_not_pidgin(text: str) -> None:
    assert detect_language(text) == "en"


def test_real_pidgin_stays_pidgin() -> None:
    text = "Di goment don announce say dem go close all di schools for Lagos from Monday, as pipo dey fear say di wahala fit spread."
    assert detect_language(text) == "pcm"


@pytest.mark.parametrize(
    "text",
    [
        "Junichiro Koizumi visited the Yasukuni shrine, angering China.",
        "Reuters - Junichiro Koizumi visited the Yasukuni shrine, angering China.",
    ],
)
def test_english_full_of_foreign_names_is_english(text: str) -> None:
    assert detect_language(text) == "en"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le Premier ministre Tony Blair a rencontré George Bush à Washington.", "fr"),
        ("Tony Blair und George Bush trafen sich in Washington.", "de"),
        ("Tony Blair en George Bush ontmoetten elkaar in Washington.", "nl"),
    ],
)
def test_other_languages_full_of_english_names_keep_their_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_language_identifier_loads_once_before_the_first_text() -> None:
    from newsgraph.extract import language

    language.load_language_identifier()
    loads = language._identifier.cache_info().misses
    assert loads == 1
    assert language.detect_language("The minister said on Monday that talks with the rebels would resume.") == "en"
    assert language._identifier.cache_info().misses == loads
