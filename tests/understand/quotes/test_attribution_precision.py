"""Precision of the attribution frames: the words that name attitudes also name other things.

Each pair of groups below uses the same verbs and nouns: once in a sense that names no act of
saying, believing or intending ("troops supported by aircraft", "ordered 40 aircraft", "the
ruling party", "refused entry"), where no record may be emitted at all; once as an attribution
in the PARC / PolNeAR sense (a source, a cue, a content), where one record holds the content
with its source. Passages are written for this test in wire style (fictional people, places and
firms). The first 84 cases were written before the stage was run on them (precision 0.841,
recall 0.925 then); the comments mark the ones written later.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.understand.quotes import test_constructions as base

pytestmark = pytest.mark.model

Case = base.Case


def _not(text: str, words: str) -> Case:
    """A passage that holds no attribution: no record may be emitted from it."""
    return Case((text,), words, None, absent=True)


def _is(text: str, content: str, speaker: str | None) -> Case:
    """A passage whose one attribution holds `content`, said or held by `speaker`."""
    return Case((text,), content, speaker, direct=False)


NOT_ATTRIBUTIONS: dict[str, Case] = {
    # -- stances in a physical, financial or military sense ------------------------------------------
    "support-funds": _not("The shelters that the cities support with public money will close in May.", "shelters"),
    "support-troops-by-aircraft": _not("Government troops supported by aircraft pushed into the northern valley on Tuesday.", "troops"),
    "support-weight": _not("The old bridge supports the weight of heavy trucks.", "weight of heavy trucks"),
    "support-thing-source": _not("The new export figures support a cut in interest rates.", "cut in interest rates"),
    "support-passive-by-thing": _not("The river bank was supported by a wall of sandbags.", "river bank"),
    "favor-adjective": _not("Favorable weather helped farmers bring in a record harvest.", "weather"),
    "applaud-no-content": _not("The crowd applauded for ten minutes after the final whistle.", "ten minutes"),
    "reject-by-machine": _not("The bank card was rejected by the machine at the border post.", "bank card"),
    # -- belief verbs in a sense of handling, taking or seeing ---------------------------------------
    "consider-appeal": _not("The supreme court will consider the appeal next month.", "the appeal"),
    "consider-budget": _not("The finance committee will consider the budget on Thursday.", "the budget"),
    "recognize-wreck": _not("Rescue pilots recognized the wreck from the air on Sunday.", "the wreck"),
    "assume-office": _not("The new president assumed office on Monday after a week of talks.", "office"),
    "assume-control": _not("Rebel fighters assumed control of the airport before dawn.", "control of the airport"),
    "understand-language": _not("Few of the workers understand the local language.", "local language"),
    # -- intention verbs with a plain object or a thing as subject -----------------------------------
    "seek-job": _not("After the factory closed, Marta Kell sought a new job in the capital.", "a new job"),
    "seek-workers": _not("The shipyard seeks welders for its night shift.", "welders"),
    "seek-shelter": _not("Thousands of villagers sought shelter in schools during the storm.", "shelter"),
    "aim-at-target": _not("The artillery unit aims at targets across the river.", "targets"),
    "aim-thing-source": _not("The new dam aims to supply power to two million homes.", "supply power"),
    "refuse-entry": _not("Border guards refused entry to 40 migrants on Sunday.", "entry"),
    "refuse-thing-source": _not("The engine refused to start on the cold morning.", "start"),
    "offer-discount": _not("The airline offered a discount on flights to the coast.", "a discount"),
    "offer-shares": _not("Orvik Steel offered 500,000 new shares to investors on Tuesday.", "new shares"),
    "offer-tests": _not("The clinic offered free eye tests to children in the district.", "free eye tests"),
    "prefer-adjective": _not("Preferred shares in the bank rose 3 percent on Friday.", "shares"),
    # -- order, instruct, request, signal, rule in their other senses --------------------------------
    "order-aircraft": _not("Coastal Air ordered 40 aircraft from a European maker.", "40 aircraft"),
    "order-submarines": _not("The navy ordered two new submarines from a shipyard in the south.", "submarines"),
    "order-public": _not("Police restored public order in the capital after two days of riots.", "public order"),
    "instruct-jury-no-content": _not("The judge instructed the jury in the afternoon session.", "the jury"),
    "instructions-printed": _not("Instructions on the box were printed in four languages.", "four languages"),
    "signal-flares": _not("The crew fired signal flares before the boat sank.", "flares"),
    "signal-penalty": _not("The referee signaled a penalty in the final minute.", "a penalty"),
    "signal-radio": _not("The radio signal from the tower reached the valley after the storm.", "the valley"),
    "ruling-party": _not("The ruling party won 60 percent of the vote in the north.", "60 percent"),
    "rule-country": _not("King Aldo ruled the country for thirty years.", "the country"),
    "ruling-topic": _not("A ruling on the case is expected in June.", "the case"),
    # -- nouns without a holder or without a clause ---------------------------------------------------
    "report-topic": _not("A report on the economy will be published next week.", "the economy"),
    "plan-no-holder": _not("The plan to build a dam on the river has cost two billion dollars.", "build a dam"),
    "concern-over-prices": _not("Concern over prices pushed gold higher on Friday.", "prices"),
    "finding-body": _not("The finding of a body near the harbour closed the beach for a day.", "a body"),
    "fear-of-shortage": _not("Oil prices reflected fears of a supply shortage in the winter.", "supply shortage"),
    "request-topic": _not("The minister's request for a second car was filed in March.", "second car"),
    "aim-noun": _not("His aim was true and the arrow hit the centre of the target.", "the arrow"),
    # -- written after the first run, to check the rules on words they were not made from -------------
    "consider-whether": _not("The appeals court will consider whether to hear the mining case.", "hear the mining case"),
    "learn-whether": _not("Investors are waiting to learn whether the bank will cut rates.", "cut rates"),
    "favor-wind": _not("A strong tailwind favored the sprinters in the final.", "the sprinters"),
    "oppose-current": _not("The current opposed the rowers for the last two kilometres.", "the rowers"),
    "seek-heat": _not("The missile seeks heat from the engines of enemy aircraft.", "heat"),
    "endorse-cheque": _not("The cheque was endorsed by the machine at the bank counter.", "cheque"),
    "agreement-reached-place": _not("The two convoys reached the border town on Monday.", "border town"),
    # -- written after the fixes, before running them: the other frames of the first round ---------
    "offer-loan-purpose": _not("The bank offered a loan to the city to build a bridge.", "build a bridge"),
    "as-clause-sunset": _not("As the sun set, the fishermen returned to the harbour.", "fishermen returned"),
    "as-clause-cause": _not("The price of bread rose as the harvest failed.", "price of bread rose"),
    "runs-on-no-cue": _not("The bridge will open in May. But it would also need a second inspection.", "second inspection"),
    "order-noun-for": _not("The navy issued an order for six patrol boats.", "patrol boats"),
    "warning-noun-no-clause": _not("The storm gave no warning before it struck the coast.", "struck the coast"),
    "ruling-noun-on": _not("The judge's ruling on the case will come in June.", "the case"),
    "offer-noun-of": _not("The envoy's offer of help was welcomed in the capital.", "help"),
    "hope-noun-for": _not("The farmers' hope for rain grew as the clouds gathered.", "rain"),
    "plan-noun-for": _not("The company's plan for a new plant was approved on Monday.", "new plant"),
    "signal-thing": _not("Smoke from the fires signalled the start of the offensive.", "start of the offensive"),
    "recognize-law": _not("The new law recognizes marriages performed abroad.", "marriages performed abroad"),
    "recognize-state": _not("The government recognized the new state in March.", "the new state"),
    "understand-machines": _not("The workers understood the new machines within a week.", "new machines"),
    "assume-debts": _not("The bank assumed the debts of the failed lender.", "debts"),
    "seek-suspect": _not("Police are seeking a man in his thirties.", "a man"),
    "offer-protection": _not("The dam offered protection from the floods.", "protection"),
    "refuse-food": _not("The rebels refused food and water.", "food and water"),
    "support-with-cash": _not("The government supported the farmers with cash payments.", "cash payments"),
    "support-air-forces": _not("The coalition's air forces supported the ground offensive.", "ground offensive"),
    "support-aircraft-named": _not("NATO aircraft supported the advance of Dorvan troops.", "advance of Dorvan troops"),
}  # fmt: skip


ATTRIBUTIONS: dict[str, Case] = {
    # -- stances: the thing supported, opposed, favoured, endorsed, blamed, applauded ---------------
    "support-plan": _is("The teachers' union supports the plan to extend the school day.", "extend the school day", "union"),
    "oppose-sale": _is("Senator Ruth Abel opposed the sale of the state airline.", "sale of the state airline", "Ruth Abel"),
    "favor-ban": _is("Mayor Ana Silva favors a ban on cars in the old town.", "ban on cars", "Ana Silva"),
    "favor-gerund": _is("Most shareholders favor selling the steel unit.", "selling the steel unit", "shareholders"),
    "endorse-deal": _is("The farmers' association endorsed the new trade deal on Sunday.", "new trade deal", "association"),
    "blame-for": _is("Opposition leaders blamed the government for the fuel shortage.", "fuel shortage", "leaders"),
    "applaud-decision": _is("President Omar Vale applauded the decision to reopen the border.", "reopen the border", "Omar Vale"),
    # -- beliefs -------------------------------------------------------------------------------------
    "recognize-that": _is("The ministry recognizes that the rules were poorly explained.", "rules were poorly explained", "ministry"),
    "consider-that": _is("Most economists consider that the recovery will be slow.", "recovery will be slow", "economists"),
    "understand-that": _is("Velta Mining understands that the regulator will approve the merger.", "regulator will approve the merger", "Velta Mining"),
    "assume-that": _is("Investors assume that interest rates will stay low next year.", "interest rates will stay low", "Investors"),
    "reckon-that": _is("Analysts reckon that oil prices will rise in the spring.", "oil prices will rise", "Analysts"),
    "believe-bare": _is("Police believe the fire was started deliberately.", "fire was started deliberately", "Police"),
    "fear-noun-possessor": _is("The mayor's fear that the river would flood proved right.", "river would flood", "mayor"),
    "concern-expressed": _is("Residents expressed concern that the new road would flood their homes.", "new road would flood", "Residents"),
    # -- intentions ----------------------------------------------------------------------------------
    "seek-to": _is("Northwind Energy is seeking to sell its coal mines.", "sell its coal mines", "Northwind Energy"),
    "seek-to-union": _is("Union leaders have sought to reopen talks with the airline.", "reopen talks with the airline", "leaders"),
    "aim-to": _is("The rebels aim to take the capital before the rainy season.", "take the capital", "rebels"),
    "refuse-to": _is("Governor Paul Dent refused to sign the budget bill.", "sign the budget bill", "Paul Dent"),
    "prefer-to": _is("Most farmers prefer to sell their grain to local mills.", "sell their grain", "farmers"),
    "offer-to": _is("President Omar Vale offered to meet the rebel leaders in Geneva.", "meet the rebel leaders", "Omar Vale"),
    "hope-to": _is("The government hopes to finish the railway by 2030.", "finish the railway", "government"),
    "decision-light-verb": _is("The government made a decision to close three coal mines.", "close three coal mines", "government"),
    "agreement-reached": _is("The two parties reached an agreement to form a coalition.", "form a coalition", "parties"),
    "plan-possessor": _is("The council's plan to build a new stadium was approved on Monday.", "build a new stadium", "council"),
    "decision-possessor": _is("The president's decision to dismiss the army chief angered his allies.", "dismiss the army chief", "president"),
    # -- orders, instructions, requests, signals, rulings --------------------------------------------
    "order-to-pay": _is("The judge ordered the company to pay two million dollars in damages.", "pay two million dollars", "judge"),
    "order-to-halt": _is("The regulator ordered Bank Orlov to halt new loans.", "halt new loans", "regulator"),
    "instruct-to": _is("The interior minister instructed police to close the border crossings.", "close the border crossings", "minister"),
    "request-that": _is("The opposition requested that the vote be delayed by a week.", "vote be delayed", "opposition"),
    "signal-that": _is("The central bank signaled that it would raise rates in March.", "raise rates in March", "central bank"),
    "rule-that": _is("The high court ruled that the election law was unconstitutional.", "election law was unconstitutional", "court"),
    "order-noun-issued": _is("The army issued an order to evacuate the border villages.", "evacuate the border villages", "army"),
    "warn-that": _is("The health ministry warned that the outbreak could spread to the capital.", "outbreak could spread", "ministry"),
    # -- passive cues with a human or organisational agent -------------------------------------------
    "passive-opposed-by": _is("The proposal to raise the fuel tax was opposed by most lawmakers.", "raise the fuel tax", "lawmakers"),
    "passive-endorsed-by": _is("The ceasefire plan was endorsed by the regional bloc on Friday.", "ceasefire plan", "bloc"),
    "passive-rejected-by": _is("A plan to sell the state railway was rejected by the upper house.", "sell the state railway", "upper house"),
    # -- "as X noted" and reported speech running on -------------------------------------------------
    "as-noted-first": _is("As the finance minister noted, exports have fallen for six months.", "exports have fallen", "finance minister"),
    "as-pointed-out-last": _is("Exports have fallen for six months, as the trade minister pointed out.", "Exports have fallen", "trade minister"),
    # -- written after the first run, as above --------------------------------------------------------
    "support-magnate": _is("The shipping magnate supports a ban on fishing in the bay.", "ban on fishing", "magnate"),
    "oppose-gerund": _is("Teachers oppose closing the village school.", "closing the village school", "Teachers"),
    "blamed-passive": _is("The pilots were blamed for the crash by the safety board.", "the crash", "board"),
    "consider-that-university": _is("The university considers that the fees are fair.", "fees are fair", "university"),
    "hoping-to": _is("Rescuers are hoping to reach the trapped miners by Friday.", "reach the trapped miners", "Rescuers"),
    # -- written after the fixes, before running them, as above ---------------------------------------
    "signal-bare-clause": _is("The opposition signaled it would boycott the vote.", "boycott the vote", "opposition"),
    "warning-given": _is("The union gave a warning that strikes would follow.", "strikes would follow", "union"),
    "concern-voiced": _is("The minister voiced concern that the talks could collapse.", "talks could collapse", "minister"),
    "refusal-possessor": _is("The prime minister's refusal to resign angered the opposition.", "resign", "prime minister"),
    "order-that": _is("The general ordered that the bridge be destroyed.", "bridge be destroyed", "general"),
    "request-to": _is("The farmers requested to meet the minister.", "meet the minister", "farmers"),
    "poll-share-opposes": _is("Fifty-two percent of voters oppose the new tax.", "new tax", "percent"),
    "bill-seeks": _is("The bill seeks to ban mining near rivers.", "ban mining near rivers", "bill"),
    "consider-verdict": _is("Many in the party consider the deal a mistake.", "deal a mistake", "Many"),
    "offer-to-mediate": _is("The envoy offered to mediate between the two sides.", "mediate between the two sides", "envoy"),
    "runs-on": _is("The new port, the minister said, would open in June. But it would also need more dredging.", "need more dredging", "minister"),
}  # fmt: skip


# Cases the stage still gets wrong, each for a reason a rule on the parse cannot reach.
XFAIL: dict[str, str] = {
    "support-air-forces": "military support by an actor reads like political support: telling them apart needs "
    "the sense of the object (an offensive, an advance), not the parse",
    "offer-to-mediate": "the small parser makes 'offered' a reduced relative on 'envoy' (the envoy offered to ...), "
    "so the verb has no subject",
    "warning-given": "the small parser reads 'that' as a relative pronoun object of 'follow', so the noun "
    "has no that-clause",
}


def test_the_set_is_large_and_balanced() -> None:
    assert len(NOT_ATTRIBUTIONS) >= 40 and len(ATTRIBUTIONS) >= 40


@pytest.mark.parametrize("name", base.case_params(NOT_ATTRIBUTIONS, XFAIL))
def test_not_an_attribution(nlp: Any, dictionary: Any, name: str) -> None:
    case = NOT_ATTRIBUTIONS[name]
    _, quotes = base._analyse(nlp, dictionary, case)
    assert not quotes, [(q.text, q.speaker_text) for q in quotes]


@pytest.mark.parametrize("name", base.case_params(ATTRIBUTIONS, XFAIL))
def test_attribution(nlp: Any, dictionary: Any, name: str) -> None:
    base.check_case(nlp, dictionary, ATTRIBUTIONS[name])
