"""Entry points of a group, as ``importlib.metadata.entry_points(group=…)`` finds them, read directly.

Rules and formatters, artlint's own and everyone else's, register as entry points, so every run
looks them up. ``importlib.metadata`` imports the ``email`` package (with ``socket``, ``calendar``
and ``zipfile``) to read distributions' metadata, which finding entry points does not need: that
import was 6% of ``artlint page.html``. Where the installation is the usual one (the standard
path finder is the only finder of distributions, and ``sys.path`` holds folders, no zip archive or
egg), this module reads the ``entry_points.txt`` of the ``*.dist-info`` and ``*.egg-info`` folders
on ``sys.path`` as ``importlib.metadata`` does: the first distribution of a name on the path wins,
in the same order. Anywhere else, and for any file it would read differently, it asks
``importlib.metadata`` itself. A test holds the two to the same answer.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from functools import reduce
from importlib import import_module, machinery
from typing import Any

from .lazyre import lazy

# importlib.metadata's own syntax of an entry point's value, and its normalization of a distribution's name
_VALUE = lazy(r"(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])\s*)?$")
_SEPARATORS = lazy(r"[-_.]+")
_METADATA_DIRS = (".dist-info", ".egg-info")


@dataclass(frozen=True)
class EntryPoint:
    name: str
    value: str
    group: str

    def load(self) -> Any:
        """The module or object the entry point names, imported as importlib.metadata imports it."""
        match = _VALUE.match(self.value)
        if match is None:
            raise ValueError(f"{self.value!r} is not a module or module:attribute")
        return reduce(getattr, filter(None, (match["attr"] or "").split(".")), import_module(match["module"]))


def entry_points(group: str) -> list[Any]:
    """The group's entry points, each with ``name``, ``value`` and ``load()``."""
    found = _read(group)
    if found is None:
        from importlib.metadata import entry_points as from_metadata

        return list(from_metadata(group=group))
    return found


def _read(group: str) -> list[EntryPoint] | None:
    """The entry points read from the folders on sys.path, or None where importlib.metadata must be asked."""
    folders = _distributions()
    if folders is None:
        return None
    found: list[EntryPoint] = []
    for folder in folders.values():
        try:
            with open(os.path.join(folder, "entry_points.txt"), encoding="utf-8") as file:
                text = file.read()
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError, PermissionError):
            continue
        except (OSError, UnicodeDecodeError):
            return None
        pairs = _pairs(text, group)
        if pairs is None:
            return None
        found.extend(EntryPoint(key, value, group) for key, value in pairs)
    return found


def _distributions() -> dict[str, str] | None:
    """Each installed distribution's metadata folder, by normalized name, in sys.path's order; None where
    importlib.metadata must be asked."""
    finders = [finder for finder in sys.meta_path if getattr(finder, "find_distributions", None) is not None]
    if finders != [machinery.PathFinder]:
        return None
    folders: dict[str, str] = {}
    for entry in sys.path:
        if not isinstance(entry, str):
            return None
        root = entry or "."
        if root.lower().endswith(".egg") or os.path.isfile(root):
            return None
        try:
            children = os.listdir(root)
        except (OSError, ValueError):
            continue
        by_name: dict[str, list[str]] = {}  # grouped by name per path entry, as importlib.metadata does
        for child in children:
            if child.lower().endswith(_METADATA_DIRS):
                name = child.rpartition(".")[0].partition("-")[0]
                if not name or not child.endswith(_METADATA_DIRS):  # named by its metadata, not by its folder
                    return None
                by_name.setdefault(_normalize(name), []).append(os.path.join(root, child))
        for name, same_name in by_name.items():
            for folder in same_name:
                folders.setdefault(name, folder)  # the first distribution of a name on the path is the one installed
    return folders


def versions(names: tuple[str, ...]) -> dict[str, str | None]:
    """The installed version of each distribution named (None where it is not installed), read from its metadata
    folder's name ("babel-2.16.0.dist-info") where that says it, else from importlib.metadata."""
    folders = _distributions()
    found: dict[str, str | None] = {}
    for name in names:
        folder = folders.get(_normalize(name)) if folders is not None else None
        if folders is not None and folder is None:
            found[name] = None  # not installed
            continue
        stem = os.path.basename(folder).rpartition(".")[0] if folder and folder.endswith(".dist-info") else ""
        if "-" in stem:
            found[name] = stem.partition("-")[2]
            continue
        from importlib.metadata import PackageNotFoundError, version

        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = None
    return found


def _pairs(text: str, group: str) -> list[tuple[str, str]] | None:
    """The group's (name, value) pairs of an entry_points.txt, read as importlib.metadata reads it; None for a
    line of any section that it would not read as a pair."""
    section = None
    pairs = []
    for line in map(str.strip, text.splitlines()):
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line.strip("[]")
        elif section is not None:
            if "=" not in line:
                return None
            if section == group:
                key, value = line.split("=", 1)
                pairs.append((key.strip(), value.strip()))
    return pairs


def _normalize(name: str) -> str:
    return _SEPARATORS.sub("-", name).lower().replace("-", "_")
