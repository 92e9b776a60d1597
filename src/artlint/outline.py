"""The page's headings as a screen reader lists them: h1–h6 and role="heading", visible and rendered, at their level (aria-level wins),
each with its accessible text. The heading rules read them, and the article model's headings are these."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from .page import Page
from .text import accessible_text


@dataclass(frozen=True)
class Heading:
    element: etree._Element
    level: int
    text: str


def headings(page: Page) -> list[Heading]:
    """Visible headings in document order: h1–h6 and role="heading" (aria-level wins); not those in <template> or
    <noscript>, which browsers with scripts do not render."""
    return page.memo("headings", _headings)


def _headings(page: Page) -> list[Heading]:
    out = []
    known: dict[etree._Element, str] = {}  # from the last heading up: a heading inside another is read once
    for el in reversed(page.headings):
        level = _level(el)
        if level is None or page.is_hidden(el) or el in page.inert:
            continue  # (inside <template> or <noscript>: not rendered)
        known[el] = accessible_text(page, el, known)
        out.append(Heading(el, level, known[el]))
    return out[::-1]


_GLOBAL_ARIA = ("aria-label", "aria-labelledby", "aria-describedby", "aria-live", "aria-owns", "aria-controls")


def _level(el: etree._Element) -> int | None:
    role = (el.get("role") or "").strip().lower()
    if role and role != "heading":
        # Another role replaces the heading semantics; none/presentation only
        # while no global ARIA attribute makes the browser keep them.
        if role not in ("none", "presentation") or not any(a in el.attrib for a in _GLOBAL_ARIA):
            return None
    aria = el.get("aria-level")
    if aria is not None and (el.get("role") == "heading" or el.tag[0] == "h"):
        try:
            level = int(aria.strip())
            if level >= 1:
                return level
        except ValueError:
            pass
    if el.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
        return int(el.tag[1])
    if el.get("role") == "heading":
        return 2
    return None
