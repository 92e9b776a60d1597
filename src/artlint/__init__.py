"""artlint: a fast, offline linter for rendered news-article HTML."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["ArtlintError", "Finding", "Severity", "__version__", "extract", "lint_paths", "lint_string"]

if TYPE_CHECKING:
    from .api import extract, lint_paths, lint_string
    from .errors import ArtlintError
    from .finding import Finding, Severity

_LAZY = {
    "lint_string": "api",
    "lint_paths": "api",
    "extract": "api",
    "Linter": "api",
    "ArtlintError": "errors",
    "Finding": "finding",
    "Severity": "finding",
}


def __getattr__(name: str) -> Any:
    # Importing artlint stays cheap: the API modules load on first use.
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'artlint' has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f".{module}", __name__), name)
