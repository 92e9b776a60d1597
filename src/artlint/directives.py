"""Inline directives: comments and attributes that silence findings in place.

``<!-- artlint-disable CODE[, CODE] -- reason -->`` until ``<!-- artlint-enable CODE -->``
(or the end of the page); ``<!-- artlint-disable-next CODE -->`` for the next
element and its subtree; ``data-artlint-ignore="CODE …"`` for the element and
its subtree. Without codes, a directive covers every rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from .lazyre import lazy
from .page import Page

_DIRECTIVE = lazy(r"\s*artlint-(disable-next|disable|enable)(?=\s|$)(.*)", re.DOTALL)
_SPLIT = lazy(r"[\s,]+")
ATTRIBUTE = "data-artlint-ignore"
EVERY_RULE = "*"
_END = 1 << 62


@dataclass
class Directive:
    kind: str  # "disable", "disable-next" or "attribute"
    selectors: list[str]  # as written; ["*"] when it names no rule
    offset: int  # where the directive is written
    element: etree._Element | None = None  # disable-next's target, or the attribute's element
    start: int = 0  # for "disable": where it begins, and where each selector ends
    ends: dict[str, int] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)  # selectors that suppressed something

    def covers(self, selector: str, offset: int, ancestors: set[etree._Element]) -> bool:
        if self.kind == "disable":
            return self.start <= offset < self.ends[selector]
        return self.element is not None and self.element in ancestors


def _selectors(text: str) -> list[str]:
    return [s for s in _SPLIT.split(text.strip()) if s] or [EVERY_RULE]


def parse(page: Page) -> list[Directive]:
    directives: list[Directive] = []
    text = page.text
    if "artlint-" in text:
        for comment in page.tokens.comments:
            m = _DIRECTIVE.match(comment.text)
            if m is None:
                continue
            kind, rest = m.groups()
            selectors = _selectors(rest.split("--", 1)[0])
            if kind == "enable":
                _enable(directives, selectors, comment.offset)
                continue
            d = Directive(kind, selectors, comment.offset)
            if kind == "disable":
                d.start = comment.end
                d.ends = dict.fromkeys(selectors, _END)
            else:
                d.element = page.next_element(comment.end)
            directives.append(d)
    if ATTRIBUTE in text:
        for el in page.elements:
            value = el.get(ATTRIBUTE)
            if value is not None:
                directives.append(Directive("attribute", _selectors(value), page.offset(el), el))
    return directives


def _enable(directives: list[Directive], selectors: list[str], offset: int) -> None:
    """End the open disables of the named rules (all of them when it names none)."""
    for d in directives:
        if d.kind != "disable":
            continue
        for sel, end in d.ends.items():
            if end == _END and (EVERY_RULE in selectors or sel in selectors):
                d.ends[sel] = offset
