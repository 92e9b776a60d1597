"""Text as people and screen readers perceive it."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lxml import etree

from .lazyre import lazy

if TYPE_CHECKING:
    from .page import Page

# (and ruby's readings: NHK's <ruby>子<rt>こ</rt></ruby>ども says "子ども", not "子こども")
_SKIP_TEXT = frozenset(("script", "style", "template", "noscript", "rt", "rp"))
# Shown only where a word breaks at the end of a line ("Mes&shy;sen&shy;ger"), or never (zero-width space, word
# joiner, byte-order mark): not part of the text people read. (Zero-width joiners stay: scripts and emoji need them.)
_INVISIBLE = ("\u00ad", "\u200b", "\u2060", "\ufeff")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"', "\u2039": "'", "\u203a": "'", "\u2013": "-", "\u2014": "-", "\u00a0": " ",
                         **dict.fromkeys(_INVISIBLE)})


# Control characters but tab and line feed: C0, DEL and C1. Browsers show none of them, a terminal obeys them (ESC
# starts a sequence that colors, moves or retitles; CR overwrites the line), and XML 1.0 cannot hold most of them.
_CONTROLS = lazy(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_LINE_CONTROLS = lazy(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")  # … and line feed, in what must stay on one line


def visible_controls(text: str, one_line: bool = False) -> str:
    """Text with each control character shown as a symbol (ESC as ␛, BEL as ␇, DEL as ␡, a C1 control as U+FFFD),
    for a message or a report: a page's text can carry them, and printed raw they would act on the reader's terminal.
    ``one_line``: a line feed too (as ␊), in a message or a file's name, which a report prints on one line."""
    controls = _LINE_CONTROLS if one_line else _CONTROLS
    if not controls.search(text):
        return text  # (the common case: no copy)
    return controls.sub(lambda m: chr(0x2400 + ord(m[0])) if m[0] < "\x20" else "\u2421" if m[0] == "\x7f" else "\ufffd", text)


def squash(text: str | None) -> str:
    """Collapse whitespace runs and trim. (str.split() breaks at the same characters as the pattern \\s+, Unicode's
    white space, and runs a few times faster; squash is called for every text a rule reads.)"""
    return " ".join(text.split()) if text else ""


def normalize(text: str | None) -> str:
    """For comparing texts: Unicode NFKC, typographic quotes and dashes, invisible characters, whitespace, case."""
    if not text:
        return ""
    return squash(unicodedata.normalize("NFKC", text).translate(_QUOTES)).casefold()


def quote(text: str, limit: int = 60) -> str:
    """Text for a message, in quotation marks and cut to ``limit`` characters with an ellipsis."""
    return "“" + (text if len(text) <= limit else text[: limit - 1].rstrip() + "…") + "”"


def quote_pair(a: str, b: str, limit: int = 60) -> tuple[str, str]:
    """Two texts that differ, quoted for a message: when they agree beyond ``limit``
    characters, both start shortly before the first difference, so the reader sees it."""
    same = 0
    for x, y in zip(a, b):
        if x != y:
            break
        same += 1
    start = 0
    if same > limit - 20 and max(len(a), len(b)) > limit:
        context = min(15, limit // 4)  # some words before the difference, from a word's start
        near = max(same - context, 0)
        start = a.rfind(" ", max(same - 2 * context - 5, 0), near) + 1 or near
    lead = "…" if start else ""
    return quote(lead + a[start:], limit), quote(lead + b[start:], limit)


def _readable(text: str) -> str:
    for ch in _INVISIBLE:
        if ch in text:
            text = text.replace(ch, "")
    return text


def readable(text: str) -> str:
    """A text as visible_text gives an element's: invisible characters dropped, whitespace collapsed."""
    return squash(_readable(text))


def visible_text(el: etree._Element) -> str:
    """The element's text without scripts, styles and templates, invisible characters and whitespace collapsed."""
    parts: list[str] = []
    _collect(el, parts, None)
    return squash(_readable("".join(parts)))


def visible_text_without(el: etree._Element, drop: set[etree._Element] | frozenset[etree._Element]) -> str:
    """The element's visible text, the elements in ``drop`` (with everything inside them) left out."""
    if not drop:
        return visible_text(el)
    parts: list[str] = []
    _collect(el, parts, None, dict.fromkeys(drop, ""))
    return squash(_readable("".join(parts)))


def accessible_text(page: Page, el: etree._Element, known: dict[etree._Element, str] | None = None, tooltip: bool = True) -> str:
    """Name from content, as the accessible-name algorithm computes it (simplified).

    ``aria-labelledby`` and ``aria-label`` win; then the text of the subtree,
    where an image contributes its ``alt`` and hidden descendants contribute nothing;
    then, with ``tooltip``, the element's title.
    ``known`` holds texts already computed for elements inside it (headings in a heading),
    which are not walked again.
    """
    labelled = el.get("aria-labelledby")
    if labelled:
        names = []
        for ident in labelled.split():
            for target in page.ids.get(ident, ())[:1]:
                names.append(visible_text(target))
        name = squash(" ".join(names))
        if name:
            return name
    label = squash(el.get("aria-label"))
    if label:
        return label
    parts: list[str] = []
    _collect(el, parts, page, known)
    # Last, its title (the tooltip): <h1 title="Folha de S.Paulo"> around a logo drawn with CSS or an SVG hidden from
    # screen readers is named by it, in browsers as in axe-core.
    return squash(_readable("".join(parts))) or (squash(el.get("title")) if tooltip else "")


def _collect(root: etree._Element, parts: list[str], page: Page | None, known: dict[etree._Element, str] | None = None) -> None:
    """Append the text of root's subtree to parts; iterative, so deep pages cannot overflow."""
    if root.text and root.tag not in _SKIP_TEXT:
        parts.append(root.text)
    # The stack holds children still to visit, as strings text still to append, and after a titled element's content
    # its title, should the content say nothing.
    stack: list[etree._Element | str | _Tooltip] = list(reversed(root))
    while stack:
        child = stack.pop()
        if isinstance(child, str):
            parts.append(child)
            continue
        if isinstance(child, _Tooltip):
            if not any(part.strip() for part in parts[child.start:]):
                parts.append(" " + child.title + " ")
            continue
        tag = child.tag
        tail = child.tail
        if known and child in known:
            pad = " " if tag in _BLOCKS else ""
            parts.append(pad + known[child] + pad)
        elif isinstance(tag, str) and tag not in _SKIP_TEXT:
            if page is not None and page.is_hidden(child):
                pass
            elif page is not None and (tag in ("img", "amp-img", "area") or (tag == "input" and child.get("type", "").lower() == "image")):
                if (child.get("role") or "").strip().lower() in ("none", "presentation") and not child.get("aria-label"):
                    pass  # a presentational image contributes nothing
                else:
                    parts.append(" " + (child.get("aria-label") or child.get("alt") or child.get("title") or "") + " ")
            elif page is not None and (child.get("aria-label") or child.get("aria-labelledby")):
                parts.append(" " + accessible_text(page, child) + " ")
            elif page is not None and tag == "svg":
                title = child.find("title")
                if title is not None:
                    parts.append(" " + visible_text(title) + " ")
            else:
                block = tag in _BLOCKS
                if block:
                    parts.append(" ")
                if tail:
                    stack.append(tail)
                if block:
                    stack.append(" ")
                title = child.get("title") if page is not None else None
                if title and title.strip():  # its title stands in for it if its content says nothing (MacTechNews'
                    stack.append(_Tooltip(len(parts), title))  # <h1><a href="/" title="MacTechNews.de"></a></h1>)
                if child.text:
                    parts.append(child.text)
                stack.extend(reversed(child))
                continue
        if tail:
            parts.append(tail)


@dataclass(slots=True)
class _Tooltip:
    """On the walk's stack, after an element's content: where its text began in the parts, and its title."""

    start: int
    title: str


_BLOCKS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table td th tr ul title".split()
)


# Elements that run inside a line of text (phrasing content): a word set in italics, a link, a name in a <span>.
INLINE = frozenset("a abbr b bdi br cite code em i mark q s small span strong sub sup time u var".split())


def text_before(el: etree._Element) -> str:
    """The text right before an element in its parent: the tail of the element before it, or the parent's own text."""
    before = el.getprevious()
    if before is not None:
        return before.tail or ""
    parent = el.getparent()
    return (parent.text or "") if parent is not None else ""


def in_svg(el: etree._Element) -> bool:
    """The element is an SVG element (the svg itself or inside one)."""
    if el.tag in ("img", "amp-img", "input", "area", "div", "span", "picture"):
        return False  # HTML elements: an SVG can only hold them through foreignObject, which names them the HTML way
    return el.tag == "svg" or any(a.tag == "svg" for a in el.iterancestors())
