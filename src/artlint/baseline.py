"""The baseline: findings already known, which do not count.

Entries match on code, path, selector and message — not on line numbers — so
edits that move lines do not break them. A count per entry keeps identical
findings on one page apart.
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


def stable_message(message: str) -> str:
    """The message without the positions it mentions (“the first is at 50:5”), which move with every edit."""
    return _POSITION.sub("…", message)


def key(finding: Finding) -> tuple[str, str, str, str]:
    return (finding.code, finding.path, finding.selector, stable_message(finding.message))


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


def apply(findings: list[Finding], known: Counter) -> tuple[list[Finding], list[dict]]:
    """(findings the baseline does not know, baseline entries that matched nothing)."""
    left = Counter(known)
    new = []
    for f in findings:
        k = key(f)
        if left[k] > 0:
            left[k] -= 1
        else:
            new.append(f)
    unmatched = [
        {"code": c, "path": p, "selector": s, "message": m, "count": n}
        for (c, p, s, m), n in sorted(left.items()) if n > 0
    ]
    return new, unmatched


def render(findings: list[Finding]) -> str:
    counts = Counter((f.code, f.path, f.selector, f.message) for f in findings)
    entries = [
        {"code": c, "path": p, "selector": s, "message": m, **({"count": n} if n > 1 else {})}
        for (c, p, s, m), n in sorted(counts.items(), key=lambda item: (item[0][1], item[0][0], item[0][2], item[0][3]))
    ]
    return json_document({"version": VERSION, "findings": entries})  # (an entry a line: light on memory, and diffs well)
