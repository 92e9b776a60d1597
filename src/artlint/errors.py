"""Errors that end a run (or one input) with exit code 2 and one clear line."""

from __future__ import annotations

from pathlib import Path


class ArtlintError(Exception):
    """A problem with the user's input, configuration or command line."""

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message

    def __reduce__(self):  # keep the path when results cross process boundaries
        return (type(self), (self.message, self.path))


class InputError(ArtlintError):
    """One input cannot be read or parsed; the others are still linted."""


class ConfigError(ArtlintError):
    """A configuration file, rule pack or contract is invalid."""


class UsageError(ArtlintError):
    """The command line asks for something that cannot be done."""


LOOP = "symbolic links that loop and name no file"


def resolved(path: Path, error: type[ArtlintError] = UsageError, where: str | None = None) -> Path:
    """``path.resolve()``; symbolic links that loop, which make it raise RuntimeError (OSError from Python 3.13), are the
    error ``error`` naming ``where`` (default: the path)."""
    try:
        return path.resolve()
    except (RuntimeError, OSError):
        raise error(LOOP, where or str(path)) from None
