"""Places: toponyms found in the article and geocoded with a geo type.

- `sources`, `table`: build the gazetteer table from the GeoNames-derived packages;
- `gazetteer`: read it (SQLite, opened once per process);
- `resolve`: choose between homonyms from context;
- `find`: the stage itself.
"""

from newsgraph.understand.places.find import find_places

__all__ = ["find_places"]
