"""The baseline: findings already known, which do not count.

Entries match on code, path and message, and on the element: by its tag,
attributes and text (a digest), or by its selector — not on line numbers, so
edits that move lines do not break them. A count per entry keeps identical
findings on one page apart. The passes, each over what the ones before left:

1. the same element and words, wherever the element moved (a paragraph added
   above an image gives it another selector, "p:nth-of-type(5) > img", and the
   contract another index, "$.images[2]");
2. the same selector and words (the element changed where it stands);
3. the same element in other words (and for the contract, the same field): a
   newer artlint's words;
4. a page-wide check's one finding on the page, where a newer artlint puts it at
   an element, or back at the page's start ("the page has no h1" at the heading
   that holds the headline).

Entries of baselines written before the digest match by selector and words, then
by words anywhere on the page, then by selector in other words.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections import Counter
from collections.abc import Iterator
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


def key(finding: Finding) -> tuple[str, str, str, str, str]:
    """(code, path, selector, message without positions, element digest): a baseline entry's identity."""
    return (finding.code, finding.path, finding.selector, stable_message(finding.message), finding.element)


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
    """The baseline's entries as counts by (code, path, selector, message without positions, element)."""
    known: Counter = Counter()
    for e in _read(path):
        known[(e["code"], e["path"], e["selector"], stable_message(e["message"]), e.get("element", ""))] += e.get("count", 1)
    return known


def _read(path: Path) -> list[dict]:
    """The baseline's entries as written, each checked; an unreadable file or a malformed entry is an error."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError("baseline file not found (create it with --update-baseline)", str(path)) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"baseline is not a readable JSON file: {exc}", str(path)) from None
    entries = document.get("findings") if isinstance(document, dict) else None
    if not isinstance(entries, list) or document.get("version") != VERSION:
        raise ConfigError(f"not an artlint baseline (version {VERSION} with a findings list)", str(path))
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict) or not all(name in entry for name in ("code", "path", "selector", "message")):
            raise ConfigError(f"findings[{i}] lacks code, path, selector or message", str(path))
        if not all(isinstance(entry.get(name, ""), str) for name in ("code", "path", "selector", "message", "element")):
            raise ConfigError(f"findings[{i}]: code, path, selector, message and element must be strings", str(path))
        count = entry.get("count", 1)
        if not isinstance(count, int) or isinstance(count, bool) or count < 1:
            raise ConfigError(f"findings[{i}].count must be a whole number from 1, not {json.dumps(count)}", str(path))
    return entries


# The passes: what of (code, path, selector, message, element) each compares, and whether it takes only entries without
# an element digest (from baselines written before artlint kept one). By the element and the words; by the selector
# and the words; by the words anywhere on the page (an older entry's element that moved); by the element in other
# words; by the selector in other words (an older entry's). An entry with a digest never matches by words alone, nor
# by position in other words: a new fault where a fixed one was is new.
_PASSES = (
    (lambda c, p, s, m, e: (c, p, e, m) if e else None, False),
    (lambda c, p, s, m, e: (c, p, s, m), False),
    (lambda c, p, s, m, e: (c, p, unindexed(m)), True),
    (lambda c, p, s, m, e: (c, p, e, subject(m)) if e else None, False),
    (lambda c, p, s, m, e: (c, p, s, subject(m)), True),
)
_FIRST_IN_OTHER_WORDS = 3


def apply(findings: list[Finding], known: Counter, linted: set[str]) -> tuple[list[Finding], list[dict], int]:
    """(findings the baseline does not know, entries of the ``linted`` pages that matched nothing, how many findings
    matched an entry in other words). Entries of pages the run did not lint are no news."""
    left = Counter(known)
    unknown = findings
    reworded = 0
    for i, (looser, older_only) in enumerate(_PASSES):
        still = _match(unknown, left, looser, older_only)
        if i >= _FIRST_IN_OTHER_WORDS:
            reworded += len(unknown) - len(still)
        unknown = still
    still = _match_page_wide(unknown, left, {(f.path, f.element) for f in findings if f.selector == _PAGE_START})
    reworded += len(unknown) - len(still)
    unknown = still
    unmatched = [
        {"code": c, "path": p, "selector": s, "message": m, "count": n}
        for (c, p, s, m, _), n in sorted(left.items()) if n > 0 and p in linted
    ]
    return unknown, unmatched, reworded


def _match(findings: list[Finding], left: Counter, looser, older_only: bool) -> list[Finding]:
    """The findings no entry left over matches by ``looser`` (of code, path, selector, message and element; None
    compares with nothing), among the entries without an element digest when ``older_only``; each match takes one
    from the entry's count in ``left``."""
    spare: dict[tuple, list[tuple[str, str, str, str, str]]] = {}
    for k, n in sorted(left.items()):
        if n > 0 and not (older_only and k[4]) and (loose := looser(*k)) is not None:
            spare.setdefault(loose, []).extend([k] * n)
    if not spare:
        return findings
    unmatched = []
    for f in findings:
        loose = looser(*key(f))
        entries = spare.get(loose) if loose is not None else None
        if entries:
            left[entries.pop()] -= 1
        else:
            unmatched.append(f)
    return unmatched


_PAGE_START = "html"  # (the selector of a finding at the page's start)


def _match_page_wide(findings: list[Finding], left: Counter, roots: set[tuple[str, str]]) -> list[Finding]:
    """The findings left once a page-wide check's finding has matched its entry where one of the two stands at the page's
    start and the other elsewhere: the only finding of its code left on the page and the only entry, of one field for
    the contract. A newer artlint may put "the page has no main landmark" at the <article> to wrap; it is the same
    fault, which a check that reports once per page cannot have twice. An entry is at the page's start by its selector,
    or, where an older artlint named the root by its id ("#phx-wrapper"), by the digest of ``roots``' element of its
    page: the (path, element) of the run's findings at the page's start."""
    entries: dict[tuple[str, str], list[tuple[str, str, str, str, str]]] = {}
    for k, n in left.items():
        if n > 0:
            entries.setdefault((k[0], k[1]), []).extend([k] * n)
    per_page = Counter((f.code, f.path) for f in findings)
    unmatched = []
    for f in findings:
        mine = entries.get((f.code, f.path), ())
        at_start = mine[0][2] == _PAGE_START or (f.path, mine[0][4]) in roots if len(mine) == 1 else False
        if len(mine) == 1 and per_page[f.code, f.path] == 1 and (at_start or f.selector == _PAGE_START) \
                and subject(mine[0][3]) == subject(f.message):
            left[mine[0]] -= 1
        else:
            unmatched.append(f)
    return unmatched


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold the baseline's folder while an update reads the baseline and writes it anew, so that runs in parallel (the
    batches pre-commit runs at once) take turns and each keeps the entries the others wrote. An advisory lock on the
    folder, which leaves no file behind; none where the system has no flock (Windows) or the folder cannot be opened."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    try:
        fd = os.open(path.resolve().parent, os.O_RDONLY)
    except OSError:
        yield
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # (which releases the lock)


def kept(path: Path, linted: set[str]) -> list[dict]:
    """The entries of the baseline at ``path`` that an update keeps: those of pages the run did not lint (a pre-commit
    hook lints the pages a commit changes, not the site), unless the page is gone. Nothing when there is no readable
    baseline there: an update writes it anew."""
    try:
        entries = _read(path)
    except ConfigError:
        return []
    return [e for e in entries if e["path"] not in linted and (e["path"].startswith(("http://", "https://")) or Path(e["path"]).is_file())]


def render(findings: list[Finding], others: list[dict] | None = None) -> str:
    """The baseline of ``findings``, with the entries ``others`` of pages they are not on."""
    counts = Counter((f.code, f.path, f.selector, f.message, f.element) for f in findings)
    for e in others or ():
        counts[(e["code"], e["path"], e["selector"], e["message"], e.get("element", ""))] += e.get("count", 1)
    entries = [
        {"code": c, "path": p, "selector": s, "message": m, **({"element": e} if e else {}), **({"count": n} if n > 1 else {})}
        for (c, p, s, m, e), n in sorted(counts.items(), key=lambda item: (item[0][1], item[0][0], item[0][2], item[0][3], item[0][4]))
    ]
    return json_document({"version": VERSION, "findings": entries})  # (an entry a line: light on memory, and diffs well)
