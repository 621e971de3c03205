"""The rules the 2004 Africa and Americas blind set (tests/understand/actors/test_wire_2004_africa.py) led to, each
checked on sentences written for this test in the style of 2004 wire copy:

- a known official of an international body keeps its code whatever title the text gives ("chief prosecutor Luis
  Moreno Ocampo", "the U.N. envoy to Sudan, Jan Pronk") and takes no state's home; a name the model tags whole
  with its military title ("General Laurent Nkunda") is looked up without it;
- a stateless body (Amnesty International) is no earlier "the ... militia" description's referent;
- a region named after another country ("the Niger Delta") is its own country's place, for actors and events;
- signing a law is no agreement; a warning of a danger is no threat; defeating a rival at the polls and being sworn
  in are no events; a disease that kills is a disaster; "too small to protect" negates the protecting;
- "told X to VERB" is a demand (10), "told reporters" bare speech;
- two subjects the parser leaves uncoordinated around "and" ("President Laurent Gbagbo and rebel leader Guillaume
  Soro agreed") are one coordinated subject, so both sides of the agreement are found; with no date, a known
  figure whose title names a role he once held ("rebel leader Guillaume Soro", later a speaker of parliament) is
  coded by that role's years, not taken for a namesake of the dateline's country;
- a denied act told as a gerund is negated as a denied clause is ("Sudan denies arming militias");
- a verb joined to a passive one does what its subject underwent the first: "was sworn in and appealed" (the one
  sworn in appeals);
- arresting a "drug trafficker" is an arrest: the compound names his trade, not the drugs PETRARCH's null
  "seize drugs" pattern is about."""

from __future__ import annotations

import pytest

from .test_wire_blind import RuleLeads

pytestmark = pytest.mark.model

LEADS = {
    "icc": "The International Criminal Court #39;s chief prosecutor Luis Moreno Ocampo opened an investigation on "
    "Thursday into killings in northern Uganda.",
    "envoy": "AP - The U.N. envoy to Sudan, Jan Pronk, said Thursday that the government had failed to disarm the "
    "militias.",
    "general": "KINSHASA (Reuters) - Troops loyal to General Laurent Nkunda shelled the town on Wednesday.",
    "amnesty": "Amnesty International accused Sudanese troops and the Janjaweed militia on Monday of burning "
    "villages in Darfur.",
    "delta": "Reuters - Militants attacked an oil pipeline in the Niger Delta on Tuesday, the army said.",
    "law": "President Bush signed a law on Thursday granting 95 million dollars in aid to Liberia.",
    "treaty": "Sudan signed a ceasefire agreement with the rebels on Thursday.",
    "famine": "U.N. officials warned on Thursday of famine in southern Somalia.",
    "threat": "The army warned the rebels on Monday to leave the town.",
    "polls": "Ghana #39;s President John Kufuor won a second term, defeating opposition leader John Atta Mills.",
    "sworn": "Abdullahi Yusuf Ahmed was sworn in as Somalia #39;s president on Thursday.",
    "cholera": "Cholera kills 40 in Congo camp",
    "too-small": "The African Union force was far too small to protect civilians, its commander said.",
    "told-to": "Colin Powell told Sudan #39;s government on Wednesday to disarm the militias.",
    "dealer": "Mexican federal agents arrested one of the country #39;s most wanted drug traffickers on Wednesday.",
    "drugs": "Police seized two tons of drugs at the port on Wednesday.",
    "both-sides": "ACCRA (Reuters) - Ivory Coast President Laurent Gbagbo and rebel leader Guillaume Soro agreed on "
    "Friday to resume the peace process.",
    "sworn-appealed": "Abdullahi Yusuf Ahmed was sworn in as Somalia #39;s president on Thursday and appealed to "
    "the world for 20,000 peacekeepers.",
    "denies-arming": "Sudan denies arming militias",
    "told-reporters": "Colin Powell told reporters on Wednesday that he had spoken to the Sudanese president.",
}


RUN = RuleLeads(LEADS)
analysed, coded = RUN.analysed, RUN.coded


def code_of(lead: str, name: str) -> str:
    found = [e for a in analysed()[lead] for e in a.get("entities") or [] if name in str(e.get("name"))]
    assert found, f"{name!r} not found in {lead}"
    return str(found[0].get("code") or "")


def test_an_international_official_keeps_his_body_s_code_under_any_title() -> None:
    assert code_of("icc", "Moreno Ocampo").startswith("IGO")
    assert code_of("envoy", "Pronk").startswith("IGO")
    assert code_of("general", "Nkunda").startswith("COD")


def test_a_stateless_body_is_no_group_s_referent() -> None:
    assert code_of("amnesty", "Amnesty").startswith("NGO")


def test_a_region_named_after_another_country_is_its_own_country_s() -> None:
    assert code_of("delta", "Niger Delta").startswith("NGA")
    assert code_of("delta", "Militants").startswith("NGA")
    assert all(t[1] != "NER" for t in coded("delta"))


def test_signing_a_law_is_no_agreement_but_signing_a_ceasefire_is() -> None:
    assert not any(t[2] == "05" for t in coded("law"))
    assert ("SDN", "SDN", "05") in coded("treaty") or ("SDN", "", "05") in coded("treaty")


def test_a_warning_of_a_danger_is_no_threat_but_a_warning_to_someone_is() -> None:
    assert not any(t[2] == "13" for t in coded("famine"))
    assert any(t[2] in ("13", "02", "10") for t in coded("threat"))


def test_polls_oaths_and_diseases_are_no_events() -> None:
    assert coded("polls") == set()
    assert coded("sworn") == set()
    assert coded("cholera") == set()


def test_too_small_to_protect_negates_the_protecting() -> None:
    assert coded("too-small") == set()


def test_telling_someone_to_act_is_a_demand_and_telling_reporters_is_speech() -> None:
    assert ("USA", "SDN", "10") in coded("told-to")
    assert coded("told-reporters") == set()


def test_arresting_a_drug_trafficker_is_an_arrest_and_seizing_drugs_no_event() -> None:
    assert ("MEX", "MEX", "17") in coded("dealer")
    assert coded("drugs") == set()


def test_two_titled_subjects_joined_by_and_are_both_sides() -> None:
    assert {("CIV", "CIV", "03")} <= coded("both-sides")
    found = [e for a in analysed()["both-sides"] for e in a.get("events") or []]
    assert {e["source_code"] for e in found} == {"CIVGOV", "CIVREB"}
    assert code_of("both-sides", "Soro") == "CIVREB"


def test_a_verb_joined_to_a_passive_is_done_by_its_patient() -> None:
    assert ("SOM", "", "02") in coded("sworn-appealed")


def test_a_denied_gerund_is_negated() -> None:
    assert not any(t[2] == "07" for t in coded("denies-arming"))
    assert any(t[2] == "12" for t in coded("denies-arming"))
