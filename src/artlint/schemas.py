"""JSON Schema validation with messages that name the key in the user's terms."""

from __future__ import annotations

import importlib
import sys
import types
from functools import cache
from importlib.util import find_spec
from typing import Any

from .lazyre import lazy

_BARE_KEY = lazy(r"[A-Za-z0-9_-]+")


def import_jsonschema() -> None:
    """Import jsonschema with its checker of the "uri" and "uri-reference" formats loading on first use.

    jsonschema imports rfc3986-validator, when installed, to check those formats, and that module
    compiles two large patterns as it is imported: about a quarter of jsonschema's own import, on
    every run, though neither the default contract nor artlint's schemas use those formats. Here
    jsonschema imports a stand-in whose validate_rfc3986 imports the real module when first called,
    so every checker is registered exactly as before and only the moment of the import moves.
    Every import of jsonschema in artlint goes through here (a test holds it to that)."""
    if "jsonschema" in sys.modules or "rfc3986_validator" in sys.modules or find_spec("rfc3986_validator") is None:
        importlib.import_module("jsonschema")  # already imported, or nothing to defer
        return
    real: list[Any] = []

    def validate_rfc3986(url: str, rule: str = "URI") -> Any:
        if not real:  # (the stand-in left sys.modules when jsonschema was imported)
            real.append(importlib.import_module("rfc3986_validator").validate_rfc3986)
        return real[0](url, rule)

    stand_in = types.ModuleType("rfc3986_validator", "loads the real rfc3986_validator when first used")
    stand_in.validate_rfc3986 = validate_rfc3986  # type: ignore[attr-defined]
    sys.modules["rfc3986_validator"] = stand_in
    try:
        importlib.import_module("jsonschema")
    finally:
        if sys.modules.get("rfc3986_validator") is stand_in:
            del sys.modules["rfc3986_validator"]


@cache
def _validator(schema_id: int, schema_json: str):
    import json

    import_jsonschema()
    from jsonschema import Draft202012Validator

    return Draft202012Validator(json.loads(schema_json), registry=_shipped_registry())


@cache
def _shipped_registry():
    """artlint's own schemas, so that they can $ref each other by their artlint: ids."""
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    from .resources import data_dir, schema

    resources = []
    for path in sorted(data_dir("schemas").glob("*.schema.json")):
        contents = schema(path.name)
        if "$id" in contents:
            resources.append((contents["$id"], Resource.from_contents(contents, default_specification=DRAFT202012)))
    return Registry().with_resources(resources)


def validator_for(schema: dict[str, Any]):
    import json

    text = json.dumps(schema, sort_keys=True)
    return _validator(hash(text), text)


def first_error(schema: dict[str, Any], instance: Any) -> tuple[str, str] | None:
    """The most relevant validation error as (dotted key path, plain message)."""
    import_jsonschema()
    from jsonschema.exceptions import best_match

    error = best_match(validator_for(schema).iter_errors(instance))
    if error is None:
        return None
    return key_path(error.absolute_path), plain_message(error)


def key_path(path) -> str:
    """The path as TOML writes keys: bare where a key is a bare key, else in quotes, as a glob or a CSS selector needs
    (per-selector-ignores.'.ad-slot'[0], not per-selector-ignores..ad-slot[0])."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + (str(part) if _BARE_KEY.fullmatch(str(part)) else repr(str(part)))
    return out


def plain_message(error) -> str:
    """jsonschema's message, reworded where it reads like a stack trace."""
    validator = error.validator
    if validator == "additionalProperties":
        known = sorted(error.schema.get("properties", {}))
        extra = sorted(set(error.instance) - set(known))
        close = _close(extra[0], known) if len(extra) == 1 else None
        guess = f"; did you mean {close!r}?" if close else ""
        return f"unknown key {', '.join(repr(e) for e in extra)}{guess} (allowed: {', '.join(known) or 'none'})"
    if validator == "enum":
        choices = ", ".join(repr(c) for c in error.validator_value)
        return f"{error.instance!r} is not one of {choices}"
    if validator == "type":
        expected = error.validator_value
        if isinstance(expected, list):
            expected = " or ".join(expected)
        return f"expected {_article(expected)} {expected}, got {error.instance!r}"
    return error.message


def _close(word: str, words: list[str]) -> str | None:
    """The word of ``words`` a misspelt ``word`` is close to ("max-lenght": "max-length"), if one is."""
    import difflib

    found = difflib.get_close_matches(str(word), words, n=1, cutoff=0.7)
    return found[0] if found else None


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"
