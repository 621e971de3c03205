"""Names the model labels as something else that are places all the same (no model needed: the label is given)."""

from __future__ import annotations

import pytest

from newsgraph.understand.places.find import load_gazetteer
from newsgraph.understand.places.gazetteer import Gazetteer
from newsgraph.understand.places.labels import other_label_is_place


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def _is_place(gazetteer: Gazetteer, text: str, name: str, label: str) -> bool:
    return other_label_is_place(text, text.index(name), name, label, gazetteer)


def test_labels_a_big_city_called_an_organisation_is_the_city(gazetteer: Gazetteer) -> None:
    assert _is_place(gazetteer, "Rockets shelled Kharkiv overnight.", "Kharkiv", "ORG")


def test_labels_a_division_called_an_organisation_only_when_something_of_it_is_owned(gazetteer: Gazetteer) -> None:
    assert _is_place(gazetteer, "Storms battered Cornwall's south coast.", "Cornwall", "ORG")
    assert not _is_place(gazetteer, "Bayern said on Monday it had signed the striker.", "Bayern", "ORG")


def test_labels_a_town_called_a_person_after_a_strong_locative(gazetteer: Gazetteer) -> None:
    assert _is_place(gazetteer, "Troops entered the town of Tal Afar on Sunday.", "Tal Afar", "PERSON")
    assert not _is_place(gazetteer, "Tal Afar said on Sunday he would run.", "Tal Afar", "PERSON")


def test_labels_a_country_called_a_person_only_after_a_locative(gazetteer: Gazetteer) -> None:
    assert _is_place(gazetteer, "The envoy flew to Jordan on Monday.", "Jordan", "PERSON")
    assert not _is_place(gazetteer, "Jordan scored twice on Monday.", "Jordan", "PERSON")


def test_labels_a_division_called_a_nationality_is_the_division(gazetteer: Gazetteer) -> None:
    assert _is_place(gazetteer, "Lancashire police closed the road.", "Lancashire", "NORP")
    assert not _is_place(gazetteer, "Kurdish fighters held the ridge.", "Kurdish", "NORP")


def test_labels_a_direction_between_the_locative_and_the_town(gazetteer: Gazetteer) -> None:
    assert _is_place(gazetteer, "A fire broke out in southwest Salina on Friday.", "Salina", "ORG")
    assert not _is_place(gazetteer, "Salina said on Friday it would appeal.", "Salina", "ORG")


def test_labels_a_region_called_a_person_after_a_locative_with_or_without_its_article(gazetteer: Gazetteer) -> None:
    assert _is_place(gazetteer, "Rebels attacked a convoy in the Ogaden on Monday.", "Ogaden", "PERSON")
    assert _is_place(gazetteer, "Rebels attacked a convoy in Ogaden on Monday.", "Ogaden", "PERSON")
    assert not _is_place(gazetteer, "Ogaden said on Monday he would run.", "Ogaden", "PERSON")
    # the article is skipped only for a region: a town after "in the" stays a person's name
    assert not _is_place(gazetteer, "They slept in the Lincoln bedroom.", "Lincoln", "PERSON")
