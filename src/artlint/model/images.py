"""The article's images, with their alt text, caption and credit."""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin

from lxml import etree

from ..content import figure_of, image_src, noscript_twin, placeholder_src
from ..figures.captions import caption_beside_credit, caption_parts, credited_box, loose_caption, split_caption
from ..figures.credit_text import CREDIT_HINT, CREDIT_PREFIX, credit_in_text, title_credit
from ..figures.credits import credit_in, loose_credit, shown_in
from ..figures.selection import article_images, lead_image
from ..figures.words import MACHINE_NAME, PLACEHOLDER_WORDS, WHOLE_FILE_NAME
from ..lazyre import lazy
from ..page import Page
from ..text import squash, visible_text
from .source import Source, _once, _value, source_of


_VIDEO_CLASS = lazy(r"video|player", re.IGNORECASE)


def _video_poster(el: etree._Element) -> bool:
    """The still of a video player: the image's class or one of the three boxes around it (not past its figure)
    says video or player (Abendblatt's "video__content"; not a gallery inside a plugin's "featured-video-plus")."""
    for node in itertools.chain((el,), itertools.islice(el.iterancestors(), 3)):
        if _VIDEO_CLASS.search(node.get("class") or ""):
            return True
        if node.tag in ("figure", "article", "main", "body"):
            return False
    return False


_ADDRESS_OR_FILE = lazy(r"^/|://|\.(?:jpe?g|png|gif|webp|avif|svg)\b", re.IGNORECASE)


def _image_and_its_boxes(el: etree._Element, levels: int) -> Iterator[etree._Element]:
    """The image, then the link, figure or boxes around it that hold no other image (a box of several images says
    nothing of one of them), up to ``levels`` elements in all and never the article itself."""
    node: etree._Element | None = el
    for _ in range(levels):
        if node is None or node.tag in ("article", "main", "body") or node is not el and sum(1 for _ in node.iter("img", "amp-img")) > 1:
            return
        yield node
        node = node.getparent()


def credit_attribute(el: etree._Element) -> tuple[etree._Element, str, str] | None:
    """A credit a CMS keeps in a data attribute of the image, or of the link or figure around it that holds only it:
    data-credit (The Sun, eHow, TV Today), data-copyright, data-photographer."""
    for node in _image_and_its_boxes(el, 3):
        for attribute in ("data-credit", "data-copyright", "data-photographer"):
            value = squash(node.get(attribute))
            if value and len(value) <= 120 and not value.isdigit() and value.lower() not in ("true", "false", "null", "undefined") \
                    and not _ADDRESS_OR_FILE.search(value):  # not an address: austria.info keeps a thumbnail's path there
                return node, attribute, value
    return None


# MediaWiki's strip markers left in an attribute ("\x7f'"`UNIQ--ref-0000002A-QINU`"'\x7f"), and control characters.
_STRIP_MARKER = lazy(r"\x7f'\"`UNIQ-[^`]*-QINU`\"'\x7f|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# The scripts that open a photo in a box over the page, as links name them in their class, rel or data attributes.
_LIGHTBOX = lazy(r"lightbox|fancybox|colorbox|thickbox|magnific|glightbox|photoswipe|prettyphoto|shadowbox|slimbox|lightgallery|"
                 r"venobox|featherlight|highslide", re.IGNORECASE)


def _lightbox_caption(el: etree._Element) -> tuple[etree._Element, str, str] | None:
    """The caption a lightbox script shows for an image, with where it is kept: the data-caption of the image or of the
    link or box around it (within three levels, holding no other image), as fancybox and many gallery plugins write it,
    else the title of the lightbox's link (not the image's alt again, a file's name or a word such as "photo", nor a
    download link's); its markup, if any, dropped."""
    for node in _image_and_its_boxes(el, 4):
        value = node.get("data-caption")
        if value and value.strip():
            said = squash(_STRIP_MARKER.sub(" ", html.unescape(_TAG.sub(" ", value))))
            return (node, "data-caption", said) if said and not said.isdigit() else None
        # (not the title of a link that downloads the file: HEY World's <a download="image.png" title="Download image.png">)
        title = node.get("title") if node.tag == "a" and node.get("download") is None else None
        if title and title.strip() and any(_LIGHTBOX.search(f"{name} {v}") for name, v in node.attrib.items() if name != "href"):
            said = squash(_STRIP_MARKER.sub(" ", html.unescape(_TAG.sub(" ", title))))
            if len(said) > 2 and said.casefold() != squash(el.get("alt")).casefold() and said.casefold() not in PLACEHOLDER_WORDS \
                    and not WHOLE_FILE_NAME.match(said) and not MACHINE_NAME.match(said):
                return node, "title", said
            return None
    return None


def _described_by(page: Page, el: etree._Element) -> etree._Element | None:
    """The element an image's aria-describedby names first, when it says something."""
    for ident in (el.get("aria-describedby") or "").split()[:1]:
        for target in page.ids.get(ident, ())[:1]:
            if visible_text(target):
                return target
    return None


_TAG = lazy(r"<[^>]*>")  # a tag written into a value: a lightbox's caption, a CMS's author field


class ImageFields:
    """The images field."""

    @_once
    def images(self) -> list[dict[str, Any]]:
        page = self.page
        profiled = self._profiled("images")
        options = {"image-selector": None, "exclude-selector": None, "min-size": 100}
        # Images marked decorative (alt="") count when a caption says what they show: a news photo whose alt
        # the template left empty (Billboard, Snopes) is still the article's, and the contract wants its alt.
        images = profiled if profiled is not None else article_images(page, options, empty_alt=True)
        lead = lead_image(page) if profiled is None else None
        out = []
        for el in images:
            alt = el.get("alt")
            if not alt and placeholder_src((el.get("src") or "").strip()) and (twin := noscript_twin(el)) is not None and twin.get("alt"):
                alt = twin.get("alt")  # the placeholder's alt="" and the real image's alt in the <noscript> beside it (SVT)
            entry: dict[str, Any] = {
                "src": self._absolute(image_src(el)),
                "alt": alt,
                "caption": None,
                "credit": None,
                "source": source_of(page, el),
            }
            figure = figure_of(page, el)
            caption = caption_parts(page, figure) if figure is not None else None
            if caption is None or caption.element is None:
                # No <figure> or no <figcaption>: WordPress's wp-caption, an image box or a figure with a .caption
                loose = loose_caption(el, page) or (credited_box(el) if figure is None else None)
                caption = split_caption(page, *loose) if loose is not None else caption
            if caption is None or caption.element is None:
                described = _described_by(page, el)  # <img aria-describedby="c1"> … <p id="c1">
                if described is not None:
                    caption = split_caption(page, described.getparent() if described.getparent() is not None else described, described)
            if caption is not None and caption.element is not None:
                entry["caption"] = _value(caption.text, source_of(page, caption.element))
                where = caption.credit_element if caption.credit_element is not None else caption.element
                entry["credit"] = _value(caption.credit, source_of(page, where))
            elif figure is not None:  # a figure with a credit and no caption (ORF's <footer class="credit">)
                credit_el, credit = credit_in(page, figure, None)
                entry["credit"] = _value(credit, source_of(page, credit_el if credit_el is not None else figure))
            else:  # a credit beside the image in its box, without figure or caption
                credit_el, credit = loose_credit(page, el)
                if credit_el is not None:
                    entry["credit"] = _value(credit, source_of(page, credit_el))
                    beside = caption_beside_credit(el, credit_el) if credit_el.tag != "img" else None
                    if beside is not None:  # and the one other line of the box, its caption
                        entry["caption"] = _value(visible_text(beside), source_of(page, beside))
            if entry["caption"] is None and entry["credit"] is None and (stated := _lightbox_caption(el)) is not None:
                holder, attribute, said = stated  # the caption a lightbox shows when the photo opens (fancybox's data-caption)
                credit = credit_in_text(said, CREDIT_PREFIX) if CREDIT_HINT.search(said) else ""
                head, dash, tail = said.partition(" - ")
                if credit == said and dash and len(head) <= 40 and head.count("(") == head.count(")"):
                    credit, said = head, tail  # "Archivfoto: ON - Claudia Brandes …": the credit first
                elif credit == said and not said.startswith("©"):
                    credit = ""  # all of it a credit's words, or none: the caption (but "© Jane Doe (Lions - 2008)" is all credit)
                text = said[: -len(credit)].rstrip(" —–-|•·/,;") if credit and said.endswith(credit) else said
                where = Source(page, holder, attribute=attribute)
                entry["caption"] = _value(text, where) if text and text != credit else None
                entry["credit"] = _value(credit, where) if credit else None
            if entry["credit"] is None and (said := title_credit(el)):
                visible = shown_in(page, figure, said, el) if figure is not None else None
                entry["credit"] = _value(said, source_of(page, visible) if visible is not None else Source(page, el, attribute="title"))
            if entry["credit"] is None and (stated := credit_attribute(el)) is not None:
                holder, attribute, said = stated  # a CMS's credit field kept on the image: <img data-credit="Imago">
                visible = shown_in(page, figure, said, el) if figure is not None else None  # and shown in the figure, unmarked
                entry["credit"] = _value(said, source_of(page, visible) if visible is not None else Source(page, holder, attribute=attribute))
                shown = entry["caption"]["text"] if entry["caption"] else ""
                for tail in (f"({said})", f"[{said}]", said):  # "Glass cloche terrariums (Lucy Akins)": the credit said again
                    if shown and shown.endswith(tail) and len(shown) > len(tail):
                        entry["caption"] = {**entry["caption"], "text": shown[: -len(tail)].rstrip(" —–-|•·/,;")}
                        break
            if alt == "" and profiled is None and (not entry["caption"] and not entry["credit"] and el is not lead or _video_poster(el)):
                continue  # decorative, and no caption or credit (nor the page's metadata) says otherwise; a video's title under its poster does not
            out.append(entry)
        return out

    def _absolute(self, src: str) -> str:
        """An image's address made absolute against the page's <base href> or its own address (the canonical link, og:url),
        when the page states one; as written otherwise (and a data: URI as it is)."""
        if not src or src.startswith("data:") or any(c in src for c in " \t\n'\"<>"):
            return src  # (nor what is no address at all: a template's broken src="if(this.src!=…) …")
        try:
            if "_base" not in self.__dict__:
                self._base = None  # (an address that does not parse, "http://[x", leaves the images' as written)
                base = next((b.get("href").strip() for b in self.page.by_tag("base") if (b.get("href") or "").strip()), None)
                own = self.page.address
                self._base = urljoin(own, base) if own and base else base if base and base.startswith(("http://", "https://")) else own
            return urljoin(self._base, src) if self._base else src
        except ValueError:
            return src
