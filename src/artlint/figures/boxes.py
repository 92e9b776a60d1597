"""The boxes around an image: how far up they hold only it, what they wrap, viewers and lightboxes, and one picture's
addresses in its several sizes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice
from urllib.parse import unquote

from lxml import etree

from ..content import image_src
from ..lazyre import lazy
from ..page import IMAGE_TAGS


def boxes_around(el: etree._Element) -> Iterator[etree._Element]:
    """An image's ancestors, nearest first, but a <picture>, which is the image itself (its sources are the same photo in
    other formats and sizes): the boxes counted so many levels up are the same with or without it."""
    return (a for a in el.iterancestors() if a.tag != "picture")


def small_boxes(el: etree._Element, also_stop: tuple[str, ...] = ()) -> Iterator[etree._Element]:
    """The boxes around an image, up to three levels up, while they are small (under thirty elements) and hold no other
    image (the lazy-loading page's <noscript> copy of this one aside)."""
    for node in islice(boxes_around(el), 3):
        if node.tag in ("article", "main", "body", "html", *also_stop) or next(islice(node.iter(), 30, None), None) is not None:
            return
        if holds_another_image(node):
            return
        yield node


def holds_another_image(box: etree._Element, el: etree._Element | None = None) -> bool:
    """Whether a box around an image holds a second one (the lazy-loading page's <noscript> copy does not count, nor an
    icon drawn at sixteen pixels or so: Tribunnews' "zoom-in.svg" on the link that opens the photo larger; nor, given
    the image, the same photo in another size in a lightbox: NPR's "-s1100-c50.jpg" and the "-s1200.jpg" of its "enlarge_measure" box)."""
    shown = (img for img in box.iter(*IMAGE_TAGS) if not ancestor_between(img, box, lambda a: a.tag == "noscript") and not _tiny_icon(img))
    if el is not None and (own := image_key(image_src(el))):
        shown = (img for img in shown if img is not el and not (in_viewer(img) and image_key(image_src(img)) == own))
        return next(shown, None) is not None
    return next(islice(shown, 1, None), None) is not None


def _tiny_icon(img: etree._Element) -> bool:
    """An image its attributes draw at 24 pixels or less each way."""
    sizes = [(img.get(attr) or "").strip().removesuffix("px") for attr in ("width", "height")]
    return all(v.isdigit() and 0 < int(v) <= 24 for v in sizes)


def ancestor_between(el: etree._Element, within: etree._Element, test) -> bool:
    """Whether an ancestor of el below ``within`` passes ``test``."""
    for a in el.iterancestors():
        if a is within:
            return False
        if test(a):
            return True
    return False


def only_paragraph(el: etree._Element) -> etree._Element | None:
    """The paragraph that is all an element holds, through boxes that hold only it (or the element, a paragraph itself)."""
    for _ in range(4):
        if el.tag == "p":
            return el
        kids = [c for c in el if isinstance(c.tag, str)]
        if el.tag != "div" or len(kids) != 1 or (el.text or "").strip() or (kids[0].tail or "").strip():
            return None
        el = kids[0]
    return None


def emphasized_only(p: etree._Element) -> bool:
    """Whether a paragraph's words all stand in one <em>, <i> or <small>."""
    kids = [c for c in p if isinstance(c.tag, str) and c.tag != "br"]
    return len(kids) == 1 and kids[0].tag in ("em", "i", "small") and not (p.text or "").strip() \
        and all(not (c.tail or "").strip() for c in p)


def wraps_only(parent: etree._Element, node: etree._Element) -> bool:
    """Whether a box holds nothing but node (comments, and microdata's <meta> and <link>, aside: BLOX's
    <div itemprop="image" itemscope><div><img></div><meta itemprop="url" content="…"></div>)."""
    return not (parent.text or "").strip() and not (node.tail or "").strip() \
        and all(c is node or (not isinstance(c.tag, str) or c.tag in ("meta", "link")) and not (c.tail or "").strip() for c in parent)


# A box that shows photos again, larger or smaller: a lightbox, a gallery's viewer or its strip of thumbnails.
_VIEWER = lazy(r"(?:^|[\s_-])(?:gallery|lightbox|modal|swiper|slider|thumbnails?|thumbs|viewer|fullscreen|zoom|enlarge)(?:$|[\s_-])", re.IGNORECASE)


def classed_box(el: etree._Element, pattern, depth: int) -> bool:
    """Whether one of an image's boxes, within ``depth`` levels and below the article, has a class the pattern finds."""
    return any(pattern.search(a.get("class") or "") for a in islice(boxes_around(el), depth) if a.tag not in ("article", "main", "body"))


def in_viewer(el: etree._Element) -> bool:
    """Whether an image stands in a lightbox, a gallery's viewer or its thumbnails, within six levels."""
    return classed_box(el, _VIEWER, 6)


# The size, crop and density marks that CMSs add to an image's file name: "-1024x683", "_800x450", "-scaled", "@2x", NPR's "-s1100-c50".
_SIZE_MARKS = lazy(r"(?:[-_](?:\d{2,4}x\d{2,4}|scaled|large|medium|small|thumb|thumbnail|full|original|s\d{3,4}(?:-c\d{2,3})?)|@\dx)+$", re.IGNORECASE)


_GENERIC_NAMES = frozenset((
    "image", "images", "img", "photo", "picture", "preview", "default", "logo", "share", "social", "og-image", "ogimage",
    "placeholder", "fallback", "thumbnail", "cover", "header", "hero", "banner", "index", "facebook", "twitter", "sharing",
))


def image_key(url: str) -> str:
    """An image's file name without its folder, query, extensions and size marks ("" when too short or generic to tell
    one image from another): "/wp-content/uploads/2018/10/Senate-resumes-1024x683.jpg?resize=650" → "senate-resumes"."""
    name = unquote(url.split("?")[0].split("#")[0].rstrip("/").rsplit("/", 1)[-1]).lower()
    if "url=" in url and (proxied := _PROXIED.search(url)) is not None:
        return image_key(unquote(proxied["url"]))  # an image service's copy of the photo at url=: Next.js' "/_next/image?url=…&w=1920"
    stem = name.split(".")[0]
    if len(stem) < 5:  # a name of dotted words: CNN's "Gal.syria.assad.army.jpg_-1_-1.jpg" is "gal.syria.assad.army"
        stem = _IMAGE_EXTENSION.split(name, maxsplit=1)[0]
    stem = _SIZE_MARKS.sub("", _TYPO3_PROCESSED.sub(r"\1", stem))
    return stem if len(stem) >= 5 and stem not in _GENERIC_NAMES else ""


# The photo an image proxy serves, named in its query ("/_next/image?url=https%3A%2F%2F…%2Fphoto.jpg&w=1920&q=75").
_PROXIED = lazy(r"[?&](?:url|src|image)=(?P<url>(?:https?(?::|%3A)|%2F|/)[^&#]+)", re.IGNORECASE)


# TYPO3's copy of an image cut to a size: "csm_" before the original's name and a hash of ten hex digits after it
# ("/typo3temp/assets/_processed_/3/8/csm_1548246983_4a00f159fc.jpg" of "1548246983.jpg").
_TYPO3_PROCESSED = lazy(r"^csm_(.+)_[0-9a-f]{10}$")


_IMAGE_EXTENSION = lazy(r"\.(?:jpe?g|png|gif|webp|avif|svg)", re.IGNORECASE)
