"""Regular expressions compiled on first use.

Python's ``re`` compiles a pattern with Python code, and artlint holds some 140
patterns at module level, many of them long (agencies, credit labels and bylines in a dozen languages).
Compiled when their modules were imported, they took a sixth of the instructions of
``artlint page.html``, though a page reaches only some of them: few pages have a Korean
byline or a Hijri date. A pattern made with :func:`lazy` compiles when it is first used
and from then on answers with the compiled pattern's own methods, so it costs nothing more
per call.
"""

from __future__ import annotations

import re
from typing import cast

# Every lazy pattern made, so that the tests can compile each one: a mistake in a pattern no test page reaches
# would otherwise wait for the page that does.
MADE: list[LazyPattern] = []
# What a compiled pattern offers; each is the compiled pattern's own, once compiled.
_ATTRIBUTES = ("search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer", "scanner", "flags", "groups", "groupindex")


class LazyPattern:
    __slots__ = ("pattern", "_flags", *_ATTRIBUTES)

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        MADE.append(self)

    def __getattr__(self, name: str):
        # Only a compiled pattern's attributes: pickle and copy look up others (__setstate__) on a bare instance.
        if name not in _ATTRIBUTES:
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        for attribute in _ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled when first used. For patterns made once, at module level:
    each one is kept in ``MADE`` for the tests."""
    return cast("re.Pattern[str]", LazyPattern(pattern, flags))
