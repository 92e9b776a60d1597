"""Lint one page: run the rules (produce), then apply inline directives and per-selector ignores (decide).

The engine never prints. It returns findings, and errors as values, so the
CLI and the library API share it.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from . import directives as directives_mod
from .config import Settings
from .errors import ArtlintError, InputError
from .finding import Finding, Severity
from .load import Source, decode_input, read_source
from .locate import tag_end
from .page import Page
from .rule import Problem, Rule
from .text import visible_controls

try:  # BLAKE2 without hashlib, whose OpenSSL part costs every run some 4 ms to load (CPython builds it in)
    from _blake2 import blake2b as _blake2b
except ImportError:  # pragma: no cover - another Python
    from hashlib import blake2b as _blake2b

UNKNOWN_CODE = "ART001"
UNUSED_DIRECTIVE = "ART002"


@dataclass
class PageResult:
    path: str
    findings: list[Finding] = field(default_factory=list)
    error: ArtlintError | None = None
    # An internal error's traceback, shown with --debug.
    trace: str | None = None


class Engine:
    def __init__(self) -> None:
        self._instances: dict[type[Rule], Rule] = {}

    def _rule(self, cls: type[Rule]) -> Rule:
        rule = self._instances.get(cls)
        if rule is None:
            rule = self._instances[cls] = cls()
        return rule

    def lint_source(self, source: Source, settings: Settings) -> PageResult:
        try:
            data, charset = read_source(source, settings.max_page_size)
            return self.lint_bytes(data, source.path, settings, source.file, charset)
        except ArtlintError as exc:
            return PageResult(source.path, error=exc)

    def lint_bytes(self, data: bytes | str, path: str, settings: Settings, file: Path | None = None, charset: str | None = None) -> PageResult:
        """Lint a page's bytes, decoded as a browser decodes them (`charset` is its HTTP response's), or a page given as
        text, decoded already (see :func:`artlint.load.decode_input`)."""
        try:
            page = Page(path, decode_input(data, path, settings.max_page_size, charset), settings.style)
        except ArtlintError as exc:
            return PageResult(path, error=exc)
        return self.lint_page(page, settings, file)

    def lint_page(self, page: Page, settings: Settings, file: Path | None = None) -> PageResult:
        rules = settings.rules_for(page.path, file)
        produced: list[tuple[type[Rule], Problem]] = []
        for cls in rules:
            try:
                for problem in self._rule(cls).check(page, settings.options[cls.code]):
                    produced.append((cls, problem))
            except ArtlintError as exc:  # a pack's pattern that times out, a bad selector
                return PageResult(page.path, error=InputError(f"{exc.message} (rule {cls.code})", page.path))
            except RecursionError:
                return PageResult(page.path, error=InputError("the page is nested too deeply to check", page.path))
            except Exception as exc:  # a rule's bug must not hide the other pages
                module = cls.__module__
                whose = "please report it" if module.split(".")[0] == "artlint" else f"it comes from the plugin {module}: report it to its authors"
                error = InputError(f"internal error in rule {cls.code} ({type(exc).__name__}: {exc}); {whose}", page.path)
                trace = traceback.format_exc()
                page.release()
                return PageResult(page.path, error=error, trace=trace)
        findings = decide(page, settings, produced)
        page.release()
        return PageResult(page.path, findings)


def decide(page: Page, settings: Settings, produced: list[tuple[type[Rule], Problem]]) -> list[Finding]:
    """Drop what inline directives and the configuration's per-selector ignores suppress; report directives that are
    wrong or idle."""
    kept = _directed(page, settings, produced)
    if settings.per_selector_ignores:
        kept = _outside_ignored_elements(page, settings, kept)
    return sorted(kept, key=Finding.sort_key)


def _outside_ignored_elements(page: Page, settings: Settings, findings: list[Finding]) -> list[Finding]:
    """The findings that no per-selector ignore covers: one covers a finding of its rules on an element it matches or
    inside one (a finding at a point in the text, on the element whose start tag comes last before it)."""
    from .select import select

    def matched(css: str) -> set[etree._Element]:
        return page.memo(f"per-selector:{css}", lambda p: set(select(p.root, css)))

    codes = {code for _, covered in settings.per_selector_ignores for code in covered}
    kept = []
    for finding in findings:
        if finding.code in codes:
            el = _element_for(page, finding.offset)
            line = {el, *el.iterancestors()} if el is not None else set()
            if any(finding.code in covered and not line.isdisjoint(matched(css)) for css, covered in settings.per_selector_ignores):
                continue
        kept.append(finding)
    return kept


def _directed(page: Page, settings: Settings, produced: list[tuple[type[Rule], Problem]]) -> list[Finding]:
    """The findings inline directives leave, and the findings on wrong or idle directives."""
    registry = settings.registry
    found = [_finding(page, settings, cls, p) for cls, p in produced]
    parsed = directives_mod.parse(page) if ("artlint-" in page.text) else []
    if not parsed:
        return found

    expanded: dict[str, set[str]] = {}
    for d in parsed:
        for sel in d.selectors:
            if sel not in expanded:
                matched = registry.match(sel) if sel != directives_mod.EVERY_RULE else list(registry)
                expanded[sel] = {r.code for r in matched}

    kept: list[Finding] = []
    for (cls, problem), finding in zip(produced, found):
        ancestors = _ancestors(problem.element)
        suppressed = False
        for d in parsed:
            for sel in d.selectors:
                if finding.code in expanded[sel] and d.covers(sel, finding.offset, ancestors):
                    d.used.add(sel)
                    suppressed = True
        if not suppressed:
            kept.append(finding)

    enabled = settings.rules_for(page.path, None)
    enabled_codes = {r.code for r in enabled}
    meta: list[tuple[str, Problem]] = []
    for d in parsed:
        where = d.element if d.kind == "attribute" else None
        offset = None if d.kind == "attribute" else d.offset
        written = "data-artlint-ignore" if d.kind == "attribute" else f"artlint-{d.kind}"
        for sel in d.selectors:
            if not expanded[sel]:
                close = registry.closest(sel)
                advice = f"did you mean {close!r}?" if close else "run 'artlint rules' to list them"
                meta.append((UNKNOWN_CODE, Problem(where, f"{written} names {sel!r}, which is not a rule code, name or prefix; {advice}", offset)))
            elif sel not in d.used and expanded[sel] & enabled_codes:
                what = "every rule" if sel == directives_mod.EVERY_RULE else sel
                meta.append((UNUSED_DIRECTIVE, Problem(where, f"{written} for {what} suppresses nothing here; remove it", offset)))
    for code, problem in meta:
        cls = registry.get(code)
        if cls is not None and cls.code in enabled_codes:
            kept.append(_finding(page, settings, cls, problem))
    return kept


def _ancestors(el: etree._Element | None) -> set[etree._Element]:
    out = set()
    while el is not None:
        out.add(el)
        el = el.getparent()
    return out


def _finding(page: Page, settings: Settings, cls: type[Rule], problem: Problem) -> Finding:
    if problem.offset is not None:
        offset = problem.offset
        el = problem.element if problem.element is not None else _element_for(page, offset)
        end_line = end_column = None
    else:
        el = problem.element if problem.element is not None else page.root
        offset = page.offset(el)
        # The finding spans the element's start tag (or its nearest real ancestor's, for an element the parser made up),
        # as editors and code review mark it: the end is the position just past the ">".
        starts_tag = page.text.startswith("<", offset) and page.text[offset + 1: offset + 2].isalpha()
        end_line, end_column = page.lines.position(tag_end(page.text, offset)) if starts_tag else (None, None)
    line, column = page.lines.position(offset)
    severity = settings.severities.get(cls.code, cls.severity)
    return Finding(
        code=cls.code,
        name=cls.name,
        severity=Severity(severity),
        message=visible_controls(problem.message, one_line=True),  # (a page's ESC, quoted in a message, must not reach a terminal)
        path=page.path,
        line=line,
        column=column,
        selector=page.selector(el) if el is not None else "html",
        wcag=cls.references(),
        help=cls.help(),
        end_line=end_line,
        end_column=end_column,
        offset=offset,
        element=identity(el),
    )


def identity(el: etree._Element | None) -> str:
    """A digest of an element's tag, attributes (in any order) and the start of its text: the same element wherever
    the page puts it, and two bare headings of other words apart. (Not the text of a box of the page's parts, which
    changes with whatever is edited in it: a finding at the page's start stays the same finding.)"""
    if el is None:
        return ""
    digest = _blake2b(str(el.tag).encode("utf-8", "surrogatepass"), digest_size=6)
    for name, value in sorted(el.attrib.items()):
        digest.update(f"\x1f{name}\x1e{value}".encode("utf-8", "surrogatepass"))
    if not isinstance(el.tag, str) or el.tag in _BOXES:  # (a comment or a processing instruction has no text to walk)
        return digest.hexdigest()
    text = []
    size = 0
    for part in el.itertext():  # (the first 100 characters: a page's whole text is not read for its <html>)
        text.append(part)
        size += len(part)
        if size >= _IDENTITY_TEXT:
            break
    digest.update(("\x1d" + " ".join("".join(text).split())[:_IDENTITY_TEXT]).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


_IDENTITY_TEXT = 100
_BOXES = frozenset({"html", "head", "body", "main", "article", "section", "div", "header", "footer", "nav", "aside", "figure",
                    "form", "ul", "ol", "dl", "table", "tbody", "thead", "tr", "details", "dialog", "template"})


def _element_for(page: Page, offset: int) -> etree._Element | None:
    """The element a point in the text belongs to: the one whose start tag begins there, else the one before it."""
    el = page.element_at(offset)
    return el if el is not None else _enclosing(page, offset)


def _enclosing(page: Page, offset: int) -> etree._Element | None:
    """The element whose start tag comes last at or before ``offset``."""
    import bisect

    tokens = page.tokens
    i = bisect.bisect_right(tokens.offsets, offset) - 1
    while i >= 0:
        el = page.element_at(tokens.offsets[i])
        if el is not None:
            return el
        i -= 1
    return page.root
