"""Regular expressions compiled on first use, and kept compiled between runs.

Python's ``re`` compiles a pattern with Python code, and artlint holds some 140
patterns at module level, many of them long (agencies, credit labels and bylines in a dozen languages).
Compiled when their modules were imported, they took a sixth of the instructions of
``artlint page.html``, though a page reaches only some of them: few pages have a Korean
byline or a Hijri date. A pattern made with :func:`lazy` compiles when it is first used
and from then on answers with the compiled pattern's own methods, so it costs nothing more
per call.

Even so, the patterns one page reaches took some 45 ms of a 300 ms run to compile, every run.
:func:`compile` keeps what ``re`` compiles them to (the program that ``_sre``, re's engine, runs)
in a file beside artlint's bytecode, as Python keeps a module's bytecode beside its source,
and the next run hands that program to the engine as ``re`` itself would. The file is
written as bytecode is: not when ``PYTHONDONTWRITEBYTECODE`` is set, nor where the
directory is read-only, and under ``PYTHONPYCACHEPREFIX`` when that is set. It holds programs
only for the Python that wrote them; another version's file is ignored and replaced. A
program is kept only after the engine built from it compares equal to ``re.compile``'s
own pattern (the same flags and program, and the same groups), so a run that reads the
file gets the pattern ``re.compile`` would give. Should anything about the file or the
engine not be as expected, :func:`compile` is ``re.compile``.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
from contextlib import suppress
from importlib.util import cache_from_source
from pathlib import Path
from typing import Any, cast

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
        compiled = compile(self.pattern, self._flags)
        for attribute in _ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled when first used. For patterns made once, at module level:
    each one is kept in ``MADE`` for the tests."""
    return cast("re.Pattern[str]", LazyPattern(pattern, flags))


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re.compile's name, as it does the same
    """``re.compile(pattern, flags)``, from the program kept by an earlier run when there is one. For artlint's
    own patterns, not a user's: every pattern given is kept."""
    flags = int(flags)
    store = _store()
    if store is None:
        return re.compile(pattern, flags)
    key = (pattern, flags)
    compiled = store.compiled.get(key)
    if compiled is not None:
        return compiled
    kept = store.programs.get(key)
    if kept is not None:
        try:
            compiled = store.compiled[key] = store.engine.compile(pattern, *marshal.loads(kept))
            return compiled
        except Exception:  # a file that claims this Python but holds what its engine refuses: trust none of it
            store.distrust()
    compiled = store.compiled[key] = re.compile(pattern, flags)
    store.keep(pattern, flags, compiled)
    return compiled


# What the file starts with: its own layout's version, and what the programs are written for.
_LAYOUT = 2


class _Store:
    """The programs of the patterns compiled so far, and the file they were read from and go to. Each program is kept
    as its own marshalled bytes, read when its pattern is first used: the file holds the programs of every language's
    date patterns, and a page needs a few."""

    def __init__(self, path: Path | None, engine: Any, header: tuple) -> None:
        self.path, self.engine, self.header = path, engine, header
        self.programs: dict[tuple[str, int], bytes] = {}
        self.compiled: dict[tuple[str, int], re.Pattern[str]] = {}  # this run's, as re keeps its own
        self.changed = False
        self.trusted = True  # the file's programs, until the engine refuses one
        if path is not None:
            self.programs = _read(path, header)

    def keep(self, pattern: str, flags: int, compiled: re.Pattern[str]) -> None:
        if self.path is None or sys.dont_write_bytecode:
            return
        try:
            program = _program(pattern, flags)
            again = self.engine.compile(pattern, *program)
        except Exception:  # re's insides are not what this module knows: keep nothing
            self.path = None
            return
        if again == compiled and again.groupindex == compiled.groupindex and again.groups == compiled.groups:
            self.programs[pattern, flags] = marshal.dumps(program)
            self._change()

    def distrust(self) -> None:
        self.programs.clear()
        self.trusted = False
        self._change()

    def _change(self) -> None:
        if not self.changed:
            self.changed = True
            atexit.register(self.save)

    def save(self) -> None:
        """Write the programs, with those another run wrote meanwhile, to a new file that then takes the old one's
        place: a reader sees the old file or the new, never half of one."""
        if self.path is None or not self.changed or sys.dont_write_bytecode:
            return
        programs = {**_read(self.path, self.header), **self.programs} if self.trusted else self.programs
        if len(programs) > _MOST:  # patterns built from many pages' or versions' words: start again from this run's
            programs = {key: programs[key] for key in self.compiled if key in programs}
        temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(marshal.dumps((self.header, programs)))
            os.replace(temporary, self.path)
        except (OSError, ValueError):  # a read-only installation, as Python's own bytecode: compile again next time
            with suppress(OSError):
                temporary.unlink(missing_ok=True)
        self.changed = False


# Patterns built from words (a locale's months, the agencies) add a few each; this many means the file only grows.
_MOST = 4000


def _program(pattern: str, flags: int) -> tuple:
    """What ``re._compiler.compile`` gives ``_sre.compile`` for this pattern, after the pattern itself."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # its opcodes are int subclasses, which marshal does not write
    groupindex = {name: int(index) for name, index in parsed.state.groupdict.items()}
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | parsed.state.flags), code, int(parsed.state.groups - 1), groupindex, tuple(indexgroup)


def _read(path: Path, header: tuple) -> dict[tuple[str, int], bytes]:
    try:
        read_header, programs = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):  # none yet, unreadable, or not a file this module wrote
        return {}
    if read_header != header or not isinstance(programs, dict):
        return {}
    return programs


_STORE: list[_Store | None] = []


def _store() -> _Store | None:
    if not _STORE:
        _STORE.append(_open(_default_path()))
    return _STORE[0]


def _open(path: Path | None) -> _Store | None:
    try:
        import _sre
    except ImportError:  # not CPython's engine
        return None
    header = (_LAYOUT, sys.hexversion, getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None))
    return _Store(path, _sre, header)


def _default_path() -> Path | None:
    try:  # the bytecode's place: __pycache__ beside this module, or under PYTHONPYCACHEPREFIX
        bytecode = Path(cache_from_source(__file__))
    except (NotImplementedError, ValueError):  # no bytecode for this Python
        return None
    return bytecode.with_name(f"patterns.{sys.implementation.cache_tag}.marshal")
