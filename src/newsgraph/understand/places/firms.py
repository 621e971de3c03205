"""A name the entity stage knows as a business or a news outlet is that, where the model called it an organisation.

Firms named after their home town (Toyota, Nokia) or a town's namesake in the gazetteer are written
in business copy as organisations: "a new hybrid model of Toyota's best-selling sedan", "according to
Toyota". The places stage takes an ORG-labelled name for a city of 200,000 or more ("shelled
Kharkiv"); where the entity stage has coded that organisation as a business (CAMEO role BUS), the
name is the firm's, and no place is reported for it. A name the model itself calls a place ("plants
in Toyota City") is read as before. News agencies named for a place are the same case ("the Xinhua
news agency said": Xinhua is no town in China here).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsgraph.model import Entity

__all__ = ["firm_names"]


def firm_names(entities: Sequence[Entity]) -> frozenset[str]:
    """The mention texts of the organisations the entity stage coded as businesses, and of news outlets."""
    return frozenset(
        m.text
        for e in entities
        if (e.kind == "organisation" and e.role == "BUS") or e.kind == "media"
        for m in e.mentions
    )
