"""One code per entity per article (sentences written for this test)."""

from __future__ import annotations

import pytest

from newsgraph.evaluate.userpath import run_user_path
from newsgraph.model import ActorRef, Entity, Event, Mention, Quote, Span
from newsgraph.settings import Settings
from newsgraph.understand.agreement import one_code_per_entity

POLICE = Entity("e1", "police", "organisation", (Mention("police", 0, 6),), role="COP")
WORKERS = Entity("e2", "aid workers", "organisation", (Mention("aid workers", 20, 31),), role="NGO")
SUDAN = Entity("e3", "Sudan", "country", (Mention("Sudan", 40, 45),), country="SDN")


def _event(source: ActorRef, target: ActorRef | None) -> Event:
    return Event(source, target, "173", "ARREST", -5.0, 4, Span(0, 50), "")


def test_a_state_organ_takes_the_country_all_its_events_give_it() -> None:
    events = [_event(ActorRef("police", "SDNCOP", "e1"), ActorRef("aid workers", "SDNNGO", "e2"))]
    quote = Quote("we acted", False, 0, 8, ActorRef("police", "COP", "e1"))
    entities, quotes = one_code_per_entity([POLICE, WORKERS, SUDAN], events, [quote])
    assert [e.code for e in entities] == ["SDNCOP", "NGO", "SDN"]  # aid workers keep the actor stage's reading
    assert quotes[0].speaker is not None and quotes[0].speaker.code == "SDNCOP"


def test_events_that_disagree_or_give_no_country_leave_the_entity_as_it_is() -> None:
    events = [
        _event(ActorRef("police", "SDNCOP", "e1"), None),
        _event(ActorRef("police", "TCDCOP", "e1"), None),
    ]
    entities, _ = one_code_per_entity([POLICE], events, [])
    assert entities[0].code == "COP"
    entities, _ = one_code_per_entity([POLICE], [_event(ActorRef("police", "COP", "e1"), None)], [])
    assert entities[0].code == "COP"


def test_a_group_from_elsewhere_keeps_no_country_though_its_events_give_the_story_one() -> None:
    # "Peacekeepers disarmed Liberian fighters": they serve in Liberia, they are not Liberia's; so for "Envoys",
    # "foreign troops" and "settlers", whose country the actor stage's own rules give or refuse
    for name, role in (("Peacekeepers", "MIL"), ("Envoys", "GOV"), ("foreign troops", "MIL"), ("settlers", "REB")):
        group = Entity("e4", name, "organisation", (Mention(name, 0, len(name)),), role=role)
        entities, _ = one_code_per_entity([group], [_event(ActorRef(name, "LBR" + role, "e4"), None)], [])
        assert entities[0].code == role, name
    # a group with nothing setting it apart still takes it ("troops")
    troops = Entity("e5", "troops", "organisation", (Mention("troops", 0, 6),), role="MIL")
    entities, _ = one_code_per_entity([troops], [_event(ActorRef("troops", "LBRMIL", "e5"), None)], [])
    assert entities[0].code == "LBRMIL"


def test_an_entity_with_a_country_and_no_role_takes_the_role_all_its_events_give_it() -> None:
    party = Entity("e6", "Communist Party", "organisation", (Mention("Communist Party", 0, 15),), country="CHN")
    entities, _ = one_code_per_entity([party], [_event(ActorRef("Communist Party", "CHNPTY", "e6"), None)], [])
    assert entities[0].code == "CHNPTY"
    # events that disagree, or give another country, change nothing; a country acting as a state stays one
    two = [_event(ActorRef("Communist Party", "CHNPTY", "e6"), None), _event(ActorRef("x", "CHNGOV", "e6"), None)]
    assert one_code_per_entity([party], two, [])[0][0].code == "CHN"
    assert one_code_per_entity([party], [_event(ActorRef("x", "VNMPTY", "e6"), None)], [])[0][0].code == "CHN"
    assert one_code_per_entity([SUDAN], [_event(ActorRef("Sudan", "SDN", "e3"), None)], [])[0][0].code == "SDN"


@pytest.mark.model
def test_no_state_organ_or_armed_group_shows_two_codes_in_one_article(settings: Settings) -> None:
    texts = [
        "Police arrested three opposition activists in Minsk on Monday. Police said the men had planned a riot.",
        "AP - Rebels attacked an army post in the north of Nepal on Sunday, and the army said rebels had fled.",
        "ANKARA (Reuters) - The government accused Syria on Monday of sheltering rebels, officials said.",
    ]
    run = run_user_path([{"id": str(n), "title": "", "text": t} for n, t in enumerate(texts)], settings)
    checked = 0
    for arts in run.articles.values():
        for a in arts:
            countries = {e["id"]: e.get("country") or "" for e in a["entities"]}
            for ev in a["events"]:
                for side in ("source", "target"):
                    eid = ev.get(f"{side}_entity_id")
                    if eid in countries:
                        checked += 1
                        assert (ev[f"{side}_country"] or "") == countries[eid], (ev, a["entities"])
    assert checked
