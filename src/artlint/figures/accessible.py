"""The images assistive technology exposes, and their accessible names as browsers compute them."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from ..page import IMAGE_TAGS, Page, tab_index
from ..text import in_svg, squash, visible_text


_DECORATIVE_ROLES = ("none", "presentation")


@dataclass(frozen=True)
class Named:
    """An image-like element and its accessible name (None: no name source at all)."""

    element: etree._Element
    name: str | None
    source: str  # "alt", "aria-label", "aria-labelledby", "title", "content" or ""


def accessible_name(page: Page, el: etree._Element, alt_attr: str = "alt") -> Named:
    """aria-labelledby, aria-label, then the element's own source (alt), then title."""
    labelled = el.get("aria-labelledby")
    if labelled:
        texts = [visible_text(t) for ident in labelled.split() for t in page.ids.get(ident, ())[:1]]
        name = squash(" ".join(texts))
        if name:
            return Named(el, name, "aria-labelledby")
    label = squash(el.get("aria-label"))
    if label:
        return Named(el, label, "aria-label")
    if in_svg(el):  # an SVG element is named by its own <title> child
        title = el.find("title")
        if title is not None and visible_text(title):
            return Named(el, visible_text(title), "title element")
    if alt_attr and el.get(alt_attr) is not None:
        return Named(el, el.get(alt_attr), alt_attr)
    title = squash(el.get("title"))
    if title:  # browsers name SVG elements by a title attribute too
        return Named(el, title, "title")
    return Named(el, None, "")


def images(page: Page) -> list[etree._Element]:
    """Rendered <img> (and AMP <amp-img>) elements that assistive technology exposes (not hidden, not in noscript)."""
    return page.memo("img_elements", lambda p: [
        el for el in p.images if el.tag in IMAGE_TAGS and not p.is_hidden(el) and el not in p.inert
        and not (el.tag == "amp-img" and any(i not in p.inert for i in el.iter("img")))  # rendered on the server: its <img> is the image
    ])


def decorative(el: etree._Element) -> bool:
    role = (el.get("role") or "").strip().lower()
    index = tab_index(el)
    return role in _DECORATIVE_ROLES and (index is None or index < 0)  # (one the Tab key stops on is not decorative)
