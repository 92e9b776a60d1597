"""House-style rule packs: declarative TOML in ``rules/``.

A pack sets options of built-in rules, selects or ignores rules, may extend
other packs, and may declare simple rules of its own (a selector that must
exist, must be absent, must match a pattern or must not, in its text or an
attribute, must carry an attribute, or may occur at most N times). Packs are
validated against ``schemas/pack.schema.json``; errors name the pack file and
the key.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from . import patterns
from .errors import ArtlintError, ConfigError, resolved
from .finding import Severity
from .lazyre import lazy
from .resources import data_dir
from .rule import Rule
from .select import select
from .text import quote, visible_text

PREFIX = "artlint:"


def pack_path(name: str, base: Path) -> Path:
    """Where a pack named in ``extends`` lives: ``artlint:NAME`` is shipped, anything else a path."""
    if "\x00" in name:
        raise ConfigError(f"pack {name!r} holds a NUL character, which no file name can")
    if name.startswith(PREFIX):
        path = data_dir("rules") / f"{name[len(PREFIX):]}.toml"
        if not path.is_file():
            shipped = ", ".join(sorted(PREFIX + p.stem for p in data_dir("rules").glob("*.toml")))
            raise ConfigError(f"unknown pack {name!r}; shipped packs: {shipped}")
        return path
    path = resolved(base / name, ConfigError, f"pack {name!r}")
    if not path.is_file():
        raise ConfigError(f"pack {name!r} not found (looked for {path})")
    return path


def shipped_packs() -> list[Path]:
    return sorted(data_dir("rules").glob("*.toml"))


def shipped_name(path: Path) -> str | None:
    """The name ``extends`` gives a shipped pack (``artlint:dw``); None for a pack of one's own."""
    return PREFIX + path.stem if path.resolve().parent == data_dir("rules").resolve() else None


@cache
def load_pack(path: Path) -> dict[str, Any]:
    """A pack file's content, validated against the pack schema."""
    from .schemas import first_error
    from .resources import schema

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))  # a byte-order mark, as Windows editors write, is no error
    except UnicodeDecodeError:
        raise ConfigError("rule pack is not UTF-8 text", str(path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML: {exc}", str(path)) from None
    except OSError as exc:
        raise ConfigError(f"cannot read rule pack: {exc.strerror or exc}", str(path)) from None
    # Shipped packs are validated by the test suite; users' packs on every load.
    problem = None if path.parent == data_dir("rules") else first_error(schema("pack.schema.json"), data)
    if problem is not None:
        key, message = problem
        raise ConfigError(f"{key or '(top level)'}: {message}", str(path))
    for i, spec in enumerate(data.get("custom", [])):
        _check_custom(spec, f"custom[{i}]", path)
        if path.parent != data_dir("rules"):
            _check_examples(spec, f"custom[{i}]", path)
    return data


def _check_custom(spec: dict[str, Any], key: str, path: Path) -> None:
    from .select import css_error

    needs = {"matches": "pattern", "not-matches": "pattern", "has-attribute": "attribute", "max-count": "max"}.get(spec["check"])
    if needs and needs not in spec:
        raise ConfigError(f"{key}: check “{spec['check']}” needs “{needs}”", str(path))
    problem = css_error(spec["selector"])
    if problem:
        raise ConfigError(f"{key}.selector: {problem}", str(path))
    if "attribute" in spec and (odd := _NOT_IN_NAMES.search(spec["attribute"])) is not None:
        char = odd.group()
        shown = "a space" if char == " " else f"“{char}”" if char.isprintable() else f"U+{ord(char):04X}"
        raise ConfigError(f"{key}.attribute: {quote(spec['attribute'])} is not an attribute's name: it holds {shown}; "
                          "write one such as alt or data-credit", str(path))
    if "pattern" in spec:
        problem = patterns.pattern_error(spec["pattern"])
        if problem:
            raise ConfigError(f"{key}.pattern: {problem}", str(path))


# What an attribute's name cannot hold, in HTML (spaces, quotes, "/", "=", ">", control characters, noncharacters) or
# for lxml to look it up ("{…}" names an XML namespace).
_NOT_IN_NAMES = lazy("[\\s\"'/=>{}\x00-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")


def _check_examples(spec: dict[str, Any], key: str, path: Path) -> None:
    """A rule's examples do what they say: each incorrect one yields the rule, each correct one nothing. A pack whose
    selector or pattern does not do what its author meant is an error when it is loaded, not a rule that never fires."""
    from .load import Decoded
    from .page import Page

    rule = _make_rule(spec, "examples", path)()
    code, check, selector = spec["code"], spec["check"], spec["selector"]
    for kind, meant in (("incorrect", True), ("correct", False)):
        for i, example in enumerate(spec[kind]):
            where = f"{key}.{kind}[{i}]"
            try:
                page = Page(where, Decoded(example, "utf-8", "text"))  # (read as it is, as lint_string reads text)
            except ArtlintError as exc:
                raise ConfigError(f"{where}: the example cannot be linted: {exc.message}", str(path)) from None
            found = [problem.message for problem in rule.check(page, {})]
            if bool(found) == meant:
                continue
            if meant:
                matched = len(select(page.root, selector))
                raise ConfigError(f"{where}: {code} finds nothing in this example of the fault (its {check} check passes; the selector "
                                  f"“{selector}” matches {matched} element{'' if matched == 1 else 's'} in it)", str(path))
            raise ConfigError(f"{where}: {code} reports this example of the right way: “{found[0]}”", str(path))


_CUSTOM_CLASSES: dict[tuple[Path, str], type[Rule]] = {}


def custom_rules(path: Path) -> list[type[Rule]]:
    """Rule classes for a pack's own rules; created once per process and pack."""
    data = load_pack(path)
    family = data.get("pack", {}).get("name", path.stem)
    out = []
    for spec in data.get("custom", []):
        key = (path, spec["code"])
        if key not in _CUSTOM_CLASSES:
            _CUSTOM_CLASSES[key] = _make_rule(spec, family, path)
        out.append(_CUSTOM_CLASSES[key])
    return out


def _make_rule(spec: dict[str, Any], family: str, path: Path) -> type[Rule]:
    check_kind = spec["check"]
    selector = spec["selector"]
    message = spec["message"]
    attribute = spec.get("attribute")  # for matches and not-matches: the value searched instead of the text

    def check(self, page, options):
        found = [el for el in select(page.root, selector) if not page.is_hidden(el)]
        if check_kind == "exists":
            if not found:
                yield self.problem(None, message)
        elif check_kind == "absent":
            for el in found:
                yield self.problem(el, message)
        elif check_kind in ("matches", "not-matches"):
            for el in found:
                said = visible_text(el) if attribute is None else (el.get(attribute) or "")
                hit = patterns.search(spec["pattern"], said)
                shown = quote(said) if attribute is None else f"{attribute}={quote(said)}"
                if check_kind == "matches" and not hit:
                    yield self.problem(el, f"{message} ({shown})")
                elif check_kind == "not-matches" and hit:
                    part = f"{quote(hit.group())} in " if hit.group() != said else ""  # what it found, when not all of it
                    yield self.problem(el, f"{message} ({part}{shown})")
        elif check_kind == "has-attribute":
            for el in found:
                if not (el.get(spec["attribute"]) or "").strip():
                    yield self.problem(el, message)
        elif check_kind == "max-count":
            for el in found[spec["max"]:]:
                yield self.problem(el, message)

    attrs = {
        "code": spec["code"],
        "name": spec["name"],
        "family": family,
        "summary": spec["summary"],
        "rationale": spec.get("rationale", spec["summary"]),
        "fix": spec.get("fix", message),
        "wcag": tuple(spec.get("wcag", ())),
        "techniques": tuple(spec.get("techniques", ())),
        "severity": Severity.parse(spec.get("severity", "error")),
        "enabled": False,  # on where the pack is extended (or when selected by name)
        "incorrect": tuple(spec["incorrect"]),
        "correct": tuple(spec["correct"]),
        "check": check,
        "__module__": f"artlint.packs[{path.name}]",
    }
    return type(f"Custom_{spec['code']}", (Rule,), attrs)
