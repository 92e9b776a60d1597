"""The baseline: findings already known, which do not count.

Entries match on code, path, selector and message — not on line numbers — so
edits that move lines do not break them. A count per entry keeps identical
findings on one page apart. What is left matches in two more passes:

- the same words elsewhere on the page: an element that moved (a paragraph added
  above an image gives it another selector, "p:nth-of-type(5) > img", and the
  contract's image another index, "$.images[2]");
- the same element in other words (and for the contract, the same field): a
  newer artlint's words, or the page's text quoted differently.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from .errors import ConfigError
from .finding import Finding
from .formatters import json_document
from .lazyre import lazy

VERSION = 1


_POSITION = lazy(r"\b\d+:\d+\b")
_JSON_PATH = lazy(r"\$\S*")
_INDEX = lazy(r"\[\d+\]")


def stable_message(message: str) -> str:
    """The message without the positions it mentions (“the first is at 50:5”), which move with every edit."""
    return _POSITION.sub("…", message)


def key(finding: Finding) -> tuple[str, str, str, str]:
    return (finding.code, finding.path, finding.selector, stable_message(finding.message))


def subject(message: str) -> str:
    """What a finding is about beyond its element: the JSON path a contract finding opens with, without its indexes
    (“$.images[].alt” of “$.images[3].alt …”), since the contract reports several fields at one element (missing ones
    at the page's start), while an image's index moves when one is added above it."""
    found = _JSON_PATH.match(message)
    return unindexed(found.group()) if found else ""


def unindexed(message: str) -> str:
    """The message with the indexes of the JSON path it opens with taken out: “$.images[].credit has no credit”."""
    if not message.startswith("$"):
        return message
    path, space, rest = message.partition(" ")
    return _INDEX.sub("[]", path) + space + rest


def load(path: Path) -> Counter:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError("baseline file not found (create it with --update-baseline)", str(path)) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"baseline is not a readable JSON file: {exc}", str(path)) from None
    entries = document.get("findings") if isinstance(document, dict) else None
    if not isinstance(entries, list) or document.get("version") != VERSION:
        raise ConfigError(f"not an artlint baseline (version {VERSION} with a findings list)", str(path))
    known: Counter = Counter()
    for i, entry in enumerate(entries):
        try:
            known[(entry["code"], entry["path"], entry["selector"], stable_message(entry["message"]))] += int(entry.get("count", 1))
        except (KeyError, TypeError, ValueError):
            raise ConfigError(f"findings[{i}] lacks code, path, selector or message", str(path)) from None
    return known


def apply(findings: list[Finding], known: Counter) -> tuple[list[Finding], list[dict], int]:
    """(findings the baseline does not know, baseline entries that matched nothing, how many findings matched an entry
    by rule, page and element, not by message)."""
    left = Counter(known)
    unknown = []
    for f in findings:
        k = key(f)
        if left[k] > 0:
            left[k] -= 1
        else:
            unknown.append(f)
    # The same words elsewhere on the page (the element moved), then the same element in other words.
    moved = _match(unknown, left, lambda c, p, s, m: (c, p, unindexed(m)))
    new = _match(moved, left, lambda c, p, s, m: (c, p, s, subject(m)))
    unmatched = [
        {"code": c, "path": p, "selector": s, "message": m, "count": n}
        for (c, p, s, m), n in sorted(left.items()) if n > 0
    ]
    return new, unmatched, len(moved) - len(new)


def _match(findings: list[Finding], left: Counter, looser) -> list[Finding]:
    """The findings no entry left over matches by ``looser`` (of code, path, selector and message); each match takes
    one from the entry's count in ``left``."""
    spare: dict[tuple, list[tuple[str, str, str, str]]] = {}
    for k, n in sorted(left.items()):
        if n > 0:
            spare.setdefault(looser(*k), []).extend([k] * n)
    unmatched = []
    for f in findings:
        entries = spare.get(looser(*key(f)))
        if entries:
            left[entries.pop()] -= 1
        else:
            unmatched.append(f)
    return unmatched


def render(findings: list[Finding]) -> str:
    counts = Counter((f.code, f.path, f.selector, f.message) for f in findings)
    entries = [
        {"code": c, "path": p, "selector": s, "message": m, **({"count": n} if n > 1 else {})}
        for (c, p, s, m), n in sorted(counts.items(), key=lambda item: (item[0][1], item[0][0], item[0][2], item[0][3]))
    ]
    return json_document({"version": VERSION, "findings": entries})  # (an entry a line: light on memory, and diffs well)
