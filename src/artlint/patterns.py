"""Regular expressions from users (packs, configuration), bounded in time.

A pattern in a rule pack runs on text from every page; a catastrophic one
must not hang a CI job. Patterns compile with the ``regex`` module and every
match runs with a timeout; a pattern that times out ends the run with a clear
error naming it.

A rule option's default pattern is artlint's own, tested like the rest of its
code: marked with :func:`builtin`, it runs with Python's ``re`` as artlint's other
patterns do, and a run that uses no pattern of its user's never imports ``regex``
(a twentieth of the start-up of ``artlint page.html``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from . import lazyre
from .errors import ConfigError

if TYPE_CHECKING:
    import regex

MAX_PATTERN_LENGTH = 2000
MAX_SUBJECT_LENGTH = 10_000
TIMEOUT = 0.5  # seconds per match


_BUILTIN: set[str] = set()


def builtin(pattern: str) -> str:
    """A pattern artlint ships as a rule option's default: run with ``re``, without a time limit."""
    _BUILTIN.add(pattern)
    return pattern


def derived(pattern: str, source: str) -> str:
    """A pattern made from another (anchored, say): artlint's own when that one is."""
    if source in _BUILTIN:
        _BUILTIN.add(pattern)
    return pattern


@lru_cache(maxsize=64)
def _compile_builtin(pattern: str, ignore_case: bool) -> re.Pattern[str]:
    return lazyre.compile(pattern, re.IGNORECASE if ignore_case else 0)


@lru_cache(maxsize=512)
def compile_pattern(pattern: str, ignore_case: bool = False) -> regex.Pattern:
    if len(pattern) > MAX_PATTERN_LENGTH:
        raise ConfigError(f"regular expression is longer than {MAX_PATTERN_LENGTH} characters")
    import regex

    try:
        return regex.compile(pattern, regex.V0 | (regex.IGNORECASE if ignore_case else 0))
    except regex.error as exc:
        raise ConfigError(f"invalid regular expression {pattern!r}: {exc}") from None


def pattern_error(pattern: str) -> str | None:
    try:
        compile_pattern(pattern)
    except ConfigError as exc:
        return exc.message
    return None


def search(pattern: str, text: str, ignore_case: bool = False) -> Any:
    return _bounded("search", pattern, text, ignore_case)


def fullmatch(pattern: str, text: str, ignore_case: bool = False) -> Any:
    return _bounded("fullmatch", pattern, text, ignore_case)


def _bounded(how: str, pattern: str, text: str, ignore_case: bool) -> Any:
    """Run a user's pattern on a bounded subject with a time limit (artlint's own, on the same subject)."""
    if pattern in _BUILTIN:
        return getattr(_compile_builtin(pattern, ignore_case), how)(text[:MAX_SUBJECT_LENGTH])
    compiled = compile_pattern(pattern, ignore_case)
    try:
        return getattr(compiled, how)(text[:MAX_SUBJECT_LENGTH], timeout=TIMEOUT)
    except TimeoutError:
        raise ConfigError(
            f"regular expression {pattern!r} took longer than {TIMEOUT} s on one text; simplify it "
            "(nested repetition such as (a+)+ is the usual cause)"
        ) from None
