"""The content contract: the article model validated against a JSON Schema.

``schemas/article.schema.json`` is the default contract. A team's contract may
``$ref`` it (``artlint:article.schema.json``) or files next to it; a remote
``$ref`` is an error before any page is linted, and no network connection is
ever made: every reference is resolved from files loaded up front.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag, urljoin, urlparse

from .errors import ConfigError
from .lazyre import lazy
from .resources import data_dir

DEFAULT = "artlint:article.schema.json"
# The types draft 3's "type" and "disallow" may name (its meta-schema lets them name anything).
DRAFT_3_TYPES = ("string", "number", "integer", "boolean", "object", "array", "null", "any")


@dataclass(frozen=True)
class Violation:
    path: str  # a JSON path into the model: $.images[0].credit
    message: str
    location: tuple[Any, ...]  # the path as keys, for finding the source


@lru_cache(maxsize=16)
def load(contract: str | None) -> Any:
    """A validator for the contract file (or the default), with every $ref resolved locally."""
    from .schemas import import_jsonschema

    import_jsonschema()
    from jsonschema import Draft3Validator, Draft202012Validator, FormatChecker
    from jsonschema.exceptions import SchemaError
    from referencing import Registry, Resource

    shipped = contract in (None, DEFAULT)
    main_path, main, resources = _sources(contract)
    # Each file's schemas are named by that file in errors (a subschema with its own $id, by the contract's).
    files = {id(doc): Path(urlparse(uri).path) for uri, doc in resources.items() if uri.startswith("file:")}
    file = main_path
    try:
        # A team's schemas are checked against their dialect's meta-schema; the shipped contract is checked by the tests.
        for doc in ([] if shipped else [main, *resources.values()]):
            file = files.get(id(doc), main_path)
            dialect = _dialect(doc, file)
            dialect.check_schema(doc)
            for pointer, key, value in _keywords(doc, _REFERENCES):  # (drafts 3 and 4's meta-schemas leave "$ref" free; the validator is not)
                if not isinstance(value, str):
                    raise ConfigError(f"invalid contract schema at {pointer}/{key}: {json.dumps(value)} is not a string", str(file))
                if (odd := next((c for c in value if c < " " or c == "\x7f"), None)) is not None:
                    raise ConfigError(f"invalid contract schema at {pointer}/{key}: {json.dumps(value)} is not an address "
                                      f"(it holds U+{ord(odd):04X})", str(file))
            if dialect is Draft3Validator:  # (its meta-schema lets "type" and "disallow" name anything; the validator knows eight)
                for pointer, key, value in _keywords(doc, ("type", "disallow")):
                    for name in value if isinstance(value, list) else [value]:
                        if isinstance(name, str) and name not in DRAFT_3_TYPES:
                            raise ConfigError(f"invalid contract schema at {pointer}/{key}: {json.dumps(name)} names no type "
                                              f"({', '.join(DRAFT_3_TYPES)})", str(file))
    except SchemaError as exc:
        where = "/" + "/".join(str(p) for p in exc.absolute_schema_path) if exc.absolute_schema_path else "/"
        pointer = "/" + "/".join(str(p) for p in exc.absolute_path)
        raise ConfigError(f"invalid contract schema at {pointer}: {exc.message} (schema rule {where})", str(file)) from None
    from referencing.jsonschema import DRAFT202012

    registry = Registry().with_resources(
        (uri, Resource.from_contents(doc, default_specification=DRAFT202012)) for uri, doc in resources.items()
    )
    if shipped:  # artlint's own patterns, as in its rules: tested, and run with re
        return Draft202012Validator(main, registry=registry, format_checker=FormatChecker())
    _check_pointers(registry, resources)
    return _bounded_validator(_dialect(main, main_path))(main, registry=registry, format_checker=FormatChecker())


def files(contract: str | None) -> list[Path]:
    """The files the contract is read from: its own and every one its $refs name, however deep (the cache's key
    covers them, so that editing a team's shared definitions is not answered from the cache)."""
    _, _, resources = _sources(contract)
    return sorted({Path(urlparse(uri).path) for uri in resources if uri.startswith("file:")})


@lru_cache(maxsize=16)
def _sources(contract: str | None) -> tuple[Path, Any, dict[str, Any]]:
    """(the contract's file, its schema, every schema loaded for it by the addresses it is known by)."""
    main_path = data_dir("schemas") / "article.schema.json" if contract in (None, DEFAULT) else Path(contract)
    resources: dict[str, Any] = {}
    main = _read(main_path)
    _collect(main, main_path, resources, main_path)
    return main_path, main, resources


# The dialects a contract may name in "$schema", for the message that names one artlint does not know.
_DIALECTS = "drafts 3, 4, 6, 7, 2019-09 and 2020-12"


def _dialect(schema: Any, path: Path) -> Any:
    """The validator class for the dialect a schema names in "$schema": 2020-12 when it names none. One that
    jsonschema does not know is an error (jsonschema itself would validate by the latest draft, warning nobody)."""
    from .schemas import import_jsonschema

    import_jsonschema()
    from jsonschema import Draft202012Validator, validators
    from referencing.jsonschema import UnknownDialect, specification_with

    dialect = schema.get("$schema") if isinstance(schema, dict) else None
    if dialect is None:
        return Draft202012Validator
    if not isinstance(dialect, str):
        raise ConfigError(f"invalid contract schema at /$schema: {dialect!r} is not a string", str(path))
    try:
        specification_with(dialect)
    except UnknownDialect:
        raise ConfigError(f"contract schema's $schema names a dialect artlint does not know: {dialect!r} "
                          f"(it knows JSON Schema {_DIALECTS})", str(path)) from None
    return validators.validator_for(schema)


@lru_cache(maxsize=8)
def _bounded_validator(dialect: Any) -> Any:
    """The dialect's validator, with a contract's "pattern" run as the patterns of packs and options are: with a time
    limit, so that a pattern that backtracks catastrophically ends the run with its name instead of hanging it."""
    from . import patterns
    from .schemas import import_jsonschema

    import_jsonschema()
    from jsonschema import ValidationError, validators

    def pattern(validator: Any, regex: str, instance: Any, schema: Any):
        if validator.is_type(instance, "string") and patterns.search(regex, instance) is None:
            yield ValidationError(f"{instance!r} does not match {regex!r}")

    return validators.extend(dialect, {"pattern": pattern})


def _check_pointers(registry: Any, resources: dict[str, Any]) -> None:
    """Every $ref of a team's schemas points at a schema: "#/$defs/byline" where the schema has no
    such definition is an invalid contract, named before any page is linted, not an error in the
    middle of a run."""
    from referencing.exceptions import Unresolvable

    seen: set[int] = set()
    for uri, doc in resources.items():
        if not uri.startswith("file:") or id(doc) in seen:
            continue  # each file once, by its own address (the shipped schemas are checked by the tests)
        seen.add(id(doc))
        id_key = _id_key(doc)
        base = _base(doc, uri, id_key)
        for pointer, key, ref, below in _refs(doc, id_key):
            # (one below a subschema with its own $id resolves against that)
            resolver = registry.resolver(base_uri=urljoin(base, below) if below is not None else base)
            try:
                found = resolver.lookup(ref).contents
            except (Unresolvable, TypeError):  # (a pointer on through true or a number: referencing indexes it)
                raise ConfigError(f"invalid contract schema at {pointer}: {key} {ref!r} points at nothing in the schema",
                                  str(Path(urlparse(uri).path))) from None
            if not isinstance(found, (dict, bool)):  # "#/$defs/byline/title": validating by it was an internal error
                raise ConfigError(f"invalid contract schema at {pointer}: {key} {ref!r} points at {_kind(found)}, not a schema",
                                  str(Path(urlparse(uri).path)))


def _read(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError("contract schema not found", str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read contract schema: {exc}", str(path)) from None
    except json.JSONDecodeError as exc:
        raise ConfigError(f"contract schema is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}", str(path)) from None


def _collect(schema: Any, path: Path, resources: dict[str, Any], main: Path) -> None:
    """Load every schema that $ref names: the shipped ones by artlint: id, local files by path. Each is
    also filed where the validator will look for it: relative to the $id of the schema that names it."""
    own = path.resolve().as_uri()
    id_key = _id_key(schema)
    for pointer, declared in _ids(schema, id_key):
        try:
            urljoin(own, declared)
        except ValueError as exc:  # "http://[x/": "[" opens an IPv6 host
            raise ConfigError(f"invalid contract schema at {pointer}: {id_key} {declared!r} is not a valid address ({exc})",
                              str(path)) from None
    base = _base(schema, own, id_key)
    if (declared := _id(schema, id_key)) is not None:
        resources.setdefault(declared, schema)
    resources.setdefault(own, schema)
    for uri, embedded in _embedded(schema, base, id_key):
        resources.setdefault(uri, embedded)  # a $ref to a subschema's own $id is local, however remote it looks
    for _, _, ref, below in _refs(schema, id_key):
        try:
            target, _ = urldefrag(ref)
            scheme = urlparse(target).scheme
            where = urljoin(urljoin(base, below) if below is not None else base, target)
        except ValueError as exc:
            raise ConfigError(f"$ref {ref!r} is not a valid address ({exc})", str(main)) from None
        if not target:
            continue  # within this schema
        known = [key for key in (target, where, urljoin(own, target)) if key in resources]
        if known:  # loaded already (an empty schema "{}" too): file it where the validator looks as well
            resources.setdefault(where, resources[known[0]])
            continue
        if target.startswith("artlint:"):
            shipped = data_dir("schemas") / target[len("artlint:"):]
            if not shipped.is_file():
                raise ConfigError(f"$ref {ref!r} names no schema that artlint ships", str(main))
            _collect(_read(shipped), shipped, resources, main)
            continue
        if scheme in ("http", "https", "ftp") or (scheme and scheme != "file" and len(scheme) > 1):
            raise ConfigError(
                f"$ref {ref!r} points at a remote address; artlint never fetches schemas — copy it next to the contract and refer to the file",
                str(main),
            )
        local = Path(urlparse(target).path) if scheme == "file" else (path.parent / target)
        if not local.is_file():
            raise ConfigError(f"$ref {ref!r}: no file {local}", str(main))
        doc = _read(local)
        resources[target] = doc
        resources.setdefault(where, doc)  # "defs.json" from a schema whose $id is https://example.org/contract.json
        _collect(doc, local, resources, main)


def _id_key(schema: Any) -> str:
    """The keyword that gives a schema's subschemas their address: "id" in drafts 3 and 4, "$id" since."""
    dialect = schema.get("$schema") if isinstance(schema, dict) else None
    return "id" if isinstance(dialect, str) and _DRAFTS_3_AND_4.fullmatch(dialect) else "$id"


_DRAFTS_3_AND_4 = lazy(r"https?://json-schema\.org/draft-0[34]/schema#?")


def _id(schema: Any, id_key: str) -> str | None:
    """The address a (sub)schema declares for itself (draft 4's "id": "#name" is a name within the file, not one)."""
    declared = schema.get(id_key) if isinstance(schema, dict) else None
    return declared if isinstance(declared, str) and not (id_key == "id" and declared.startswith("#")) else None


def _step(key: str) -> str:
    """A key as a step of a JSON pointer: "~" and "/" escaped."""
    return key.replace("~", "~0").replace("/", "~1")


_SCHEMA_IN = ("not", "if", "then", "else", "additionalItems", "additionalProperties", "contains", "propertyNames",
              "unevaluatedItems", "unevaluatedProperties", "contentSchema", "items", "extends")
_SCHEMAS_IN = ("allOf", "anyOf", "oneOf", "prefixItems", "items", "extends", "type", "disallow")
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "dependencies")


def _schemas(schema: Any, id_key: str = "$id", pointer: str = "", below: str | None = None):
    """(JSON pointer, subschema, the $id of the nearest subschema below the top that declares one, joined to those above
    it, or None) of the schema and every subschema in it. Walked keyword by keyword, as a validator reads it: the values
    of "const", "enum", "default" and "examples" are data, and a property named "$ref" is a property."""
    if not isinstance(schema, dict):
        return
    yield pointer, schema, below
    for key, value in schema.items():
        here = f"{pointer}/{_step(key)}"
        if key in _SCHEMA_IN and isinstance(value, dict):
            children: Any = ((here, value),)
        elif key in _SCHEMAS_IN and isinstance(value, list):
            children = ((f"{here}/{i}", item) for i, item in enumerate(value))
        elif key in _SCHEMA_MAPS and isinstance(value, dict):
            children = ((f"{here}/{_step(name)}", item) for name, item in value.items())
        else:
            continue
        for where, child in children:
            declared = _id(child, id_key)
            yield from _schemas(child, id_key, where, below if declared is None else urljoin(below or "", declared))


def _ids(schema: Any, id_key: str):
    """(JSON pointer, address) of every $id the schema declares, its own and its subschemas'."""
    for pointer, subschema, _ in _schemas(schema, id_key):
        if (declared := _id(subschema, id_key)) is not None:
            yield f"{pointer}/{id_key}", declared


def _base(schema: Any, own: str, id_key: str) -> str:
    """The address a schema's relative references resolve against: its $id, else where the file lies."""
    declared = _id(schema, id_key)
    return urljoin(own, declared) if declared is not None else own


def _embedded(schema: Any, base: str, id_key: str):
    """(absolute $id, subschema) of the subschemas below the top that declare their own $id."""
    for pointer, subschema, below in _schemas(schema, id_key):
        if pointer and _id(subschema, id_key) is not None:
            yield urldefrag(urljoin(base, below))[0], subschema


_REFERENCES = ("$ref", "$dynamicRef", "$recursiveRef")


def _keywords(schema: Any, names: tuple[str, ...]):
    """(JSON pointer of the schema, keyword, value) of every use of the keywords named."""
    for pointer, subschema, _ in _schemas(schema):
        for key, value in subschema.items():
            if key in names:
                yield pointer, key, value


def _refs(schema: Any, id_key: str):
    """(JSON pointer, keyword, reference, the address of the nearest subschema that declares its own $id, as in
    _schemas) of every $ref and $dynamicRef."""
    for pointer, subschema, below in _schemas(schema, id_key):
        for key, value in subschema.items():
            if key in ("$ref", "$dynamicRef") and isinstance(value, str):
                yield f"{pointer}/{_step(key)}", key, value, below


def violations(validator: Any, model: dict[str, Any]) -> list[Violation]:
    out = []
    for error in sorted(validator.iter_errors(model), key=lambda e: list(map(str, e.absolute_path))):
        location = tuple(error.absolute_path)
        out.append(Violation(json_path(location), plain(error, model), location))
    return out


def json_path(location: tuple[Any, ...]) -> str:
    out = "$"
    for part in location:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


# What a valid value looks like, for the formats contracts use most.
_FORMAT_HINTS = {
    "date-time": "a date with the time and its offset, e.g. 2016-12-06T00:21:00+01:00 (RFC 3339)",
    "date": "a full date, e.g. 2016-12-06",
    "uri": "an absolute address, e.g. https://www.example.com/article",
    "email": "an address such as desk@example.com",
}


def _date_hint(form: str, value: Any, shown: str | None = None) -> str | None:
    """What to write instead of a date that is not a valid date-time or date, where its day can be read for certain
    (see dates.value_meant): the value itself ("2016-12-06T00:21:00+0100" → 2016-12-06T00:21:00+01:00), or what it lacks
    ("2016-12-06" is a day without its time). ``shown``: the moment the value's visible text writes, if any ("Dec 13,
    2016 at 3:45 pm" → 2016-12-13T15:45:00), which fills in what the value lacks where it is of the same day."""
    if form not in ("date-time", "date") or not isinstance(value, str):
        return None
    from .dates import value_meant

    meant = value_meant(value, "")
    if meant is None:
        return None
    if form == "date":
        return f"; write {meant[:10]}"
    if _zoned(meant):
        return f"; write {meant} (RFC 3339)"
    if not _DAY_OR_LOCAL_TIME.fullmatch(value.strip()):
        return None  # (what it lacks is not certain: "2022-05-04-0305:49:00-10800")
    lacks = "the day alone" if "T" not in meant else "no offset from UTC"
    if shown is not None and "T" in shown and shown[:10] == meant[:10] and ("T" not in meant or shown[:16] == meant[:16]):
        if _zoned(shown):  # (a time to the second keeps its seconds)
            moment = shown if "T" not in meant else meant + ("Z" if shown.endswith("Z") else shown[-6:])
            return f": it gives {lacks}; write {moment}, the moment the text says (RFC 3339)"
        if "T" not in meant:
            return f": it gives the day alone; write {shown}+hh:mm, the time the text says with its offset from UTC (RFC 3339)"
    if "T" not in meant:
        return f": it gives the day alone; write {meant}Thh:mm:ss+hh:mm, with the time and its offset from UTC (RFC 3339)"
    return f": it gives no offset from UTC; write {meant}+hh:mm, with the offset (RFC 3339)"


def _zoned(moment: str) -> bool:
    """Whether an ISO 8601 value gives a time with its offset ("…T00:21:00+01:00", "…Z"); not a day's "2016-12-06"."""
    return "T" in moment and (moment.endswith("Z") or moment[-6] in "+-")


def _moment_shown(model: dict[str, Any] | None, location: Any) -> str | None:
    """For a model's "datetime", the moment its sibling "text" writes for people, to the second, with its offset where
    the text names a zone ("Dec 13, 2016 at 3:45 pm" → 2016-12-13T15:45:00); None where it writes no time of day."""
    path = list(location)
    if not isinstance(model, dict) or not path or path[-1] != "datetime":
        return None
    node: Any = model
    for step in path[:-1]:
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            return None
    text = node.get("text") if isinstance(node, dict) else None
    if not isinstance(text, str) or not text.strip() or len(text) > 120:
        return None
    from .dates import value_shown

    lang = model.get("lang")
    shown = value_shown(text, lang.get("text") or "" if isinstance(lang, dict) else "")
    if shown is None or "T" not in shown:
        return None
    return shown + ":00" if len(shown) == 16 else shown


_DAY_OR_LOCAL_TIME = lazy(r"\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:[.,]\d+)?)?)?", re.ASCII)


def plain(error, model: dict[str, Any] | None = None) -> str:
    """The reason in plain words, preferring the contract's own x-message (where "{value}" stands for the value).
    ``model``: the instance validated, whose visible text of a date may say what its machine value lacks."""
    custom = error.schema.get("x-message") if isinstance(error.schema, dict) else None
    if custom:
        return custom.replace("{value}", _shown(error.instance)) if isinstance(custom, str) else str(custom)
    validator, value = error.validator, error.instance
    if validator is None:  # the schema "false"
        return "is not allowed: the contract's schema here is false"
    if validator == "type" and value is None:
        return "is missing"
    if validator == "type":
        wanted = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        return f"is {_kind(value)}, not {' or '.join(_JSON_TYPES.get(t, str(t)) for t in wanted)}"
    if validator == "required":
        missing = [k for k in error.validator_value if not isinstance(value, dict) or k not in value]
        return f"lacks {', '.join(missing)}"
    if validator == "minLength":
        return f"is shorter than {error.validator_value} characters"
    if validator == "maxLength":
        return f"is longer than {error.validator_value} characters"
    if validator == "maxItems":
        return f"has {len(value)} item{'s' if len(value) != 1 else ''}; the contract allows at most {error.validator_value}"
    if validator == "const":
        return f"is {_kind(value)}, not {_wanted(error.validator_value)}"
    if validator == "minItems":
        return "is empty" if error.validator_value == 1 else f"has fewer than {error.validator_value} items"
    if validator == "format":
        form = error.validator_value
        hint = _date_hint(form, value, _moment_shown(model, error.absolute_path)) or (
            f"; write {_FORMAT_HINTS[form]}" if form in _FORMAT_HINTS else "")
        return f"“{_shown(value, 120)}” is not a valid {form}{hint}"
    if validator == "pattern":
        return f"“{_shown(value, 120)}” does not match the pattern {_cut(str(error.validator_value), 120)}"
    if validator == "enum":
        allowed = list(error.validator_value)
        listed = ", ".join(map(_wanted, allowed[:_MOST_LISTED])) + (f", … ({len(allowed):,} in all)" if len(allowed) > _MOST_LISTED else "")
        return f"{f'“{_shown(value, 120)}” is' if isinstance(value, str) else f'is {_kind(value)},'} not one of {_cut(listed, 240)}"
    if validator in ("anyOf", "oneOf"):
        return "matches none of the allowed shapes"
    if isinstance(value, (dict, list)):  # jsonschema's own message would print the whole value, sources and all
        return f"is {_kind(value)} that fails “{validator}”: {_cut(json.dumps(error.validator_value, ensure_ascii=False, default=str), 120)}"
    return _cut(error.message, 240)


# A contract's own values in a message (an enum's, a pattern): enough to see what it wants, not a page of them.
_MOST_LISTED = 10


def _wanted(value: Any) -> str:
    """A value of the contract's ("const", "enum") as a message shows it: text in quotation marks, others as JSON."""
    return f"“{value}”" if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _shown(value: Any, limit: int = 80) -> str:
    """A value as a message shows it (an x-message's "{value}"): text as it is, other values as JSON without their sources;
    cut short."""
    if not isinstance(value, str):
        if isinstance(value, dict):
            value = {k: v for k, v in value.items() if k != "source"}
        value = json.dumps(value, ensure_ascii=False, default=str)
    return _cut(value, limit)


_JSON_TYPES = {"string": "a string", "object": "an object", "array": "a list", "integer": "an integer", "number": "a number",
               "boolean": "true or false", "null": "null"}


def _kind(value: Any) -> str:
    """What a model value is, in a few words: “an object (text, datetime)”, “a list of 3”, “the number 4”."""
    if isinstance(value, dict):
        fields = [k for k in value if k != "source"]
        return "an object" + (f" ({', '.join(map(str, fields))})" if fields else "")
    if isinstance(value, list):
        return f"a list of {len(value)}" if value else "an empty list"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the text “{value[:60]}{'…' if len(value) > 60 else ''}”"
    return "null" if value is None else type(value).__name__
