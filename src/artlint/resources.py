"""Where the shipped data lives: ``rules/`` and ``schemas/``.

A wheel carries them inside the package (``artlint/_data``); a checkout or an
editable install reads them from the repository's top level.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def data_dir(name: str) -> Path:
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"artlint's {name}/ directory is missing from the installation")


@cache
def schema(name: str) -> dict:
    with open(data_dir("schemas") / name, encoding="utf-8") as handle:
        return json.load(handle)
