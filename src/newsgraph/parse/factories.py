"""Registration of newsgraph's spaCy pipeline factories.

spaCy checks a factory's settings against a model it builds from the factory's signature.
Every module here postpones annotations (`from __future__ import annotations`), so that
signature holds strings such as "Language". spaCy 3.8.7 (pinned in pyproject.toml) needs weasel
< 0.5, which needs confection < 0.2, so pip installs confection 0.1.x (and thinc 8.3.11, the last
thinc that accepts it). That confection does not resolve such strings and refuses the factory
when the pipeline adds it; confection 1.x resolves them. `factory` resolves them once, where the
factory is defined, so that either release builds the same pipeline.
"""

from __future__ import annotations

import typing
from collections.abc import Callable
from typing import Any, TypeVar

from spacy.language import Language

Factory = TypeVar("Factory", bound=Callable[..., Any])


def factory(name: str, **options: Any) -> Callable[[Factory], Factory]:
    """`Language.factory(name, **options)` for a function whose annotations are postponed."""

    def register(make: Factory) -> Factory:
        make.__annotations__ = typing.get_type_hints(make)
        Language.factory(name, **options)(make)
        return make

    return register
