"""Formatters turn a finished run into text. They never decide what counts.

Formatters register through the ``artlint.formatters`` entry-point group, the
same door third parties use.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from json import dumps  # not 'import json': the package's json formatter takes that name
from pathlib import Path
from typing import Any, Protocol

from ..entrypoints import entry_points
from ..finding import Finding, Severity
from ..lazyre import lazy

ENTRY_POINT_GROUP = "artlint.formatters"


@dataclass
class Report:
    """Everything a formatter may show about a run."""

    findings: list[Finding]
    files: list[str]  # every page that was linted, in order
    errors: list[tuple[str | None, str]] = field(default_factory=list)  # (path, message)
    fail_on: Severity = Severity.ERROR
    color: bool = False
    quiet: bool = False
    rules: list[Any] = field(default_factory=list)  # the rule classes of the run, for formats that describe them
    statistics: bool = False
    unmatched_baseline: list[dict[str, Any]] = field(default_factory=list)  # baseline entries nothing matched
    reworded_baseline: int = 0  # findings that matched a baseline entry by rule, page and element (or as a page-wide check's), not by message
    # The file each page was read from, for the formats that show the source around a finding (not standard input,
    # even with --stdin-filename naming a file on disk, whose text may be older: nor a page from the web).
    source_files: dict[str, Path] = field(default_factory=dict)
    excluded: int = 0  # pages found and not linted: exclude patterns cover them

    def pages_per_rule(self) -> dict[tuple[str, str], int]:
        """How many pages each rule's findings are on, by (code, name)."""
        from collections import Counter

        return Counter(rule for rule, _ in {((f.code, f.name), f.path) for f in self.findings})

    def recurring(self) -> list[Recurrence]:
        """The places where a rule's findings recur from page to page: the same rule at the same place in the template
        (see place()) on two pages or more, most pages first. A template's fault stands at one place on every page
        the template renders, so an archive's thousands of findings of a rule may be one fix, or several."""
        from ..baseline import subject

        groups: dict[tuple[str, str, str, str], list[Finding]] = {}
        for f in self.findings:  # (the contract's findings by field: a page's start holds each missing one's)
            groups.setdefault((f.code, f.name, subject(f.message), place(f.selector)), []).append(f)
        found = []
        for (code, name, field_, where), findings in groups.items():
            pages = len({f.path for f in findings})
            if pages > 1:
                found.append(Recurrence(code, name, field_, where, pages, len(findings), findings[0]))
        return sorted(found, key=lambda r: (-r.pages, -r.findings, r.code, r.field, r.place))

    def counts(self) -> dict[str, int]:
        counts = {"error": 0, "warning": 0, "info": 0}
        for f in self.findings:
            counts[str(f.severity)] += 1
        return counts


@dataclass(frozen=True)
class Recurrence:
    """A rule's findings at one place of the template, on several pages."""

    code: str
    name: str
    field: str  # the contract's field ("$.images[].credit"), else ""
    place: str
    pages: int
    findings: int
    example: Finding  # the first of them


_NTH = lazy(r":nth-of-type\(\d+\)")
_NUMBER = lazy(r"(?<![\\\d])\d+")  # (not a CSS escape's hex digits: "#\\31 23" is the id "123")


def place(selector: str) -> str:
    """Where a finding stands in the template the pages share: its selector without the counts that change from page
    to page with the story (":nth-of-type(5)", the fifth paragraph), and with the numbers of the id it starts from as
    "*", since CMSs give each story's box an id of its own ("#post-453434 > div > p > img" is "#post-* > div > p > img")."""
    start, sep, rest = selector.partition(" > ")
    if start.startswith("#"):
        start = _NUMBER.sub("*", start)
    return _NTH.sub("", start + sep + rest)


def fingerprints(findings: list[Finding]) -> list[str]:
    """Each finding's identity across runs, for the formats that track findings (SARIF, GitLab): its rule, page and
    element, by the element's tag and attributes (its selector when it has none), and for the contract the field.
    Not its line or selector, so edits above it keep it (a paragraph added above an image changes the image's
    selector); nor its words, so a message worded anew or a changed quoted text keeps it too. Findings alike in all
    of that on one page (two of the same icon) are told apart by their order."""
    import hashlib  # here: only the formats with fingerprints need it

    from ..baseline import subject

    seen: dict[tuple[str, ...], int] = {}
    out = []
    for f in findings:
        key = (f.code, f.path, f.element or f.selector, subject(f.message))
        n = seen[key] = seen.get(key, -1) + 1
        text = "\x1f".join((*key, str(n)))
        out.append(hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32])
    return out


# A file name that is not UTF-8 reaches artlint as Python gives it: each byte that does not decode as a lone
# surrogate ("caf\udce9.html" for the Latin-1 name "café.html"). No UTF-8 text can hold those as they are.
_SURROGATE = lazy("[\ud800-\udfff]")


def json_text(value: Any, **options: Any) -> str:
    """JSON that is valid UTF-8 whatever the file names: a name's undecodable bytes are written as JSON escapes
    ("caf\\udce9.html"), which read back as the same name (so a baseline still matches)."""
    return escape_surrogates(dumps(value, ensure_ascii=False, **options))


def json_document(value: Any) -> str:
    """JSON indented by two spaces, as ``json.dumps(value, indent=2)`` writes it, except that each item of a long list
    (the findings, SARIF's results) stands on a line of its own; and the text is joined once.

    Python's encoder indents in Python, a few strings a value, and one emoji in a message makes the whole text four
    bytes a character, which each concatenation copies again: over the corpus's 24,639 findings the JSON report took
    186 MB to format, SARIF 268 MB. Here the items of a long list go through the C encoder one at a time."""
    pieces: list[str] = []
    _write_json(value, "", pieces)
    pieces.append("\n")
    return "".join(pieces)


_LONG_LIST = 20


def _write_json(value: Any, indent: str, pieces: list[str]) -> None:
    if isinstance(value, dict) and value:
        inner = indent + "  "
        pieces.append("{")
        for i, (key, item) in enumerate(value.items()):
            pieces.append(f"{',' if i else ''}\n{inner}{escape_surrogates(dumps(str(key), ensure_ascii=False))}: ")
            _write_json(item, inner, pieces)
        pieces.append(f"\n{indent}}}")
    elif isinstance(value, list) and value:
        inner = indent + "  "
        pieces.append("[")
        for i, item in enumerate(value):
            pieces.append(f"{',' if i else ''}\n{inner}")
            if len(value) > _LONG_LIST:
                pieces.append(escape_surrogates(dumps(item, ensure_ascii=False)))
            else:
                _write_json(item, inner, pieces)
        pieces.append(f"\n{indent}]")
    else:
        pieces.append(escape_surrogates(dumps(value, ensure_ascii=False)))


def escape_surrogates(text: str) -> str:
    """JSON text with a file name's undecodable bytes (lone surrogates) written as escapes."""
    if _SURROGATE.search(text) is None:
        return text
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def readable(text: str) -> str:
    """Text for XML and HTML, which cannot hold a name's undecodable bytes nor most control characters: each byte shows as
    U+FFFD, each control as its symbol (the text itself, not a copy, when it holds none: a report can be large)."""
    from ..text import visible_controls

    return visible_controls(decodable(text))


def decodable(text: str) -> str:
    """Text with each of a name's undecodable bytes (a lone surrogate, as Python reads it) shown as U+FFFD."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def rule_index(report: Report) -> dict[str, Any]:
    """Every rule of the run by code, including those only the findings name."""
    rules = {r.code: r for r in report.rules}
    return dict(sorted(rules.items()))


class Formatter(Protocol):
    def __call__(self, report: Report) -> str: ...


def available() -> dict[str, object]:
    found = {}
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        found.setdefault(ep.name, ep)
    return found


def get(name: str) -> Formatter:
    ep = available().get(name)
    if ep is None:
        from ..errors import UsageError

        raise UsageError(f"unknown format {name!r}; choose one of: {', '.join(sorted(available()))}")
    return ep.load()
