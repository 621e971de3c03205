"""Actors: named entities with their mentions, coded ISO3 country + CAMEO role.

- `dictionary`: the actor dictionary (project entries, user files, and the dated Phoenix import in `dated`);
- `entities`: people, organisations, countries and outlets the article names, with every mention;
  found in steps over one `clusters.Draft`: `names`, `groups` (participants named by a description) and
  `references` (titles, descriptions and pronouns that point back at a name);
- `titles`: the titles and descriptors around a name;
- `coding`: each entity's country and role, from its own words first.
"""

from newsgraph.understand.actors.coding import find_actors

__all__ = ["find_actors"]
