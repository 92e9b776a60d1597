"""Captions and credits: every article image in a captioned figure, credited in house format. (Which images are the
article's, and where their captions and credits are, is the figures package's: the article model reads it too.)"""

from __future__ import annotations

import re

from lxml import etree

from .. import lazyre, patterns
from ..content import figure_of
from ..figures.captions import credited_box, loose_caption, split_caption
from ..figures.credit_text import CREDIT_PREFIX, alt_credit, title_credit
from ..figures.credits import CREDIT_SELECTORS, credit_in, shown_in
from ..figures.selection import article_images
from ..finding import Severity
from ..lazyre import lazy
from ..model import extractor
from ..model.images import credit_attribute
from ..rule import Rule
from ..text import quote, squash, visible_text

FAMILY = "captions"
_PAGE = '<!doctype html>\n<html lang="en">\n<head><title>Example</title></head>\n<body>\n<main>\n<article>\n<h1>Headline</h1>\n{body}\n</article>\n</main>\n</body>\n</html>\n'


def _example(body: str) -> str:
    return _PAGE.format(body=body)


# Words that label a credit and name no one: the BBC's "Image copyright" for screen readers, its credit left out by the template
# (a credit of words like these is CAP003's, as "Image:" is).
_LABEL_ALONE = lazy(r"(?:(?:image|photo|picture|foto|bild|credits?|copyright|source|quelle|bildrechte|bildquelle|rights|fotos?|©|\(c\))[\s:,.]*)+",
                    re.IGNORECASE)


_IMAGE_OPTIONS = {
    "image-selector": {
        "type": ["string", "null"],
        "format": "css-selector",
        "default": None,
        "description": "CSS selector of the article images; default: images in the article (not in asides, navs or footers).",
    },
    "exclude-selector": {
        "type": ["string", "null"],
        "format": "css-selector",
        "default": None,
        "description": "CSS selector of images that are never article images.",
    },
    "min-size": {
        "type": "integer",
        "minimum": 0,
        "default": 100,
        "description": "Images whose width or height attribute is smaller than this many pixels are not article images.",
    },
}
_CREDIT_OPTIONS = {
    "credit-selectors": {
        "type": "array",
        "items": {"type": "string", "format": "css-selector"},
        "default": CREDIT_SELECTORS,
        "description": "CSS selectors, inside the figure, of the element that holds the credit.",
    },
    "credit-prefix": {
        "type": "string",
        "format": "regex",
        "default": CREDIT_PREFIX,
        "description": "Regular expression (case-insensitive) for how a credit starts inside a caption.",
    },
}


class ImageWithoutCaption(Rule):
    code = "CAP001"
    name = "image-without-caption"
    family = FAMILY
    summary = "An article image is not in a figure with a non-empty figcaption."
    rationale = (
        "News images need context: who, where, when. A figure with a figcaption ties the caption to "
        "the image for assistive technology, reading modes and syndication; a template that drops it "
        "publishes unexplained photos."
    )
    fix = "Wrap the image in <figure> and put the caption (and credit) in its <figcaption>."
    wcag = ("1.1.1", "1.3.1")
    techniques = ("H86", "G74")
    severity = Severity.WARNING
    options = {"type": "object", "additionalProperties": False, "properties": dict(_IMAGE_OPTIONS)}
    incorrect = (
        _example('<img src="aleppo.jpg" alt="Soldiers beside an armoured vehicle" width="940" height="529"><p>Text.</p>'),
        _example('<figure><img src="aleppo.jpg" alt="Soldiers beside an armoured vehicle"><figcaption> </figcaption></figure>'),
        _example('<div class="wp-caption"><img src="aleppo.jpg" alt="Soldiers beside an armoured vehicle" width="940" height="529">'
                 '<p class="wp-caption-text">Syrian army troopers in Aleppo</p></div>'),
    )
    correct = (
        _example('<figure><img src="aleppo.jpg" alt="Soldiers beside an armoured vehicle"><figcaption>Syrian army troopers in Aleppo</figcaption></figure>'),
        _example('<img class="author-avatar" src="me.jpg" alt="Lisa Schmidt"><img src="pixel.gif" alt="" width="1" height="1">'
                 '<img src="icon.svg" alt="Share" width="16" height="16"><aside><img src="teaser.jpg" alt="Teaser"></aside>'
                 '<div class="author-bio"><a rel="author" href="/authors/lisa-schmidt"><img src="lisa.jpg" alt="Lisa Schmidt"></a></div>'),
    )

    def check(self, page, options):
        for el in article_images(page, options):
            figure = figure_of(page, el)
            figcaption = figure.find(".//figcaption") if figure is not None else None
            if figure is not None and figcaption is not None and visible_text(figcaption):
                continue
            elsewhere = _caption_elsewhere(page, el) if figcaption is None else None
            if elsewhere is not None:
                holder, said = elsewhere
                shown = f"its caption ({quote(said, 50)}) stands in {_tag_of(holder)}"
                if figure is None:
                    yield self.problem(el, f"article image is not in a <figure>: {shown}, which browsers and screen readers do not tie to "
                                           "the image; make the box around both a <figure> and the caption its <figcaption>")
                elif figure in set(holder.iterancestors()):
                    yield self.problem(el, f"the figure of this article image has no <figcaption>: {shown}; make that element its <figcaption>")
                else:
                    yield self.problem(el, f"the figure of this article image has no <figcaption>: {shown} outside the figure; move it into "
                                           "the figure as its <figcaption>")
            elif figure is None:
                yield self.problem(el, "article image is not in a <figure>; wrap it in one with a <figcaption> that says who, where and when")
            else:
                what = "has no <figcaption>" if figcaption is None else "has an empty <figcaption>"
                yield self.problem(el, f"the figure of this article image {what}; caption it: who, where, when")


def _caption_elsewhere(page, el: etree._Element) -> tuple[etree._Element, str] | None:
    """The element and text of the caption the article model reads for an image outside any <figcaption>: WordPress's
    <p class="wp-caption-text">, an image box's caption <div>, a <figcaption> after the figure (None for one kept in an
    attribute, or none)."""
    def read(p) -> dict:
        found = {}
        for image in extractor(p).images():
            caption = image.get("caption")
            source = caption.get("source") if caption else None
            holder = getattr(source, "element", None)
            if holder is not None and not source.extra and holder.tag != "img" and isinstance(caption.get("text"), str):
                found[image["source"].element] = (holder, caption["text"])
        return found

    return page.memo("captions:read-elsewhere", read).get(el)


def _tag_of(el: etree._Element) -> str:
    """An element's start tag as a message names it: <div class="caption">, its class cut to two words."""
    classes = (el.get("class") or "").split()
    return f'<{el.tag} class="{" ".join(classes[:2])}">' if classes else f"<{el.tag}>"


class ImageWithoutCredit(Rule):
    code = "CAP002"
    name = "image-without-credit"
    family = FAMILY
    summary = "A captioned article image carries no photo credit."
    rationale = "Agencies and photographers license images on condition of a credit; a template that drops it exposes the newsroom legally."
    fix = "Add the credit inside the figure, e.g. <small class=\"credit\">Image: picture-alliance/AP Photo/H. Ammar</small>."
    wcag = ()
    techniques = ()
    options = {"type": "object", "additionalProperties": False, "properties": {**_IMAGE_OPTIONS, **_CREDIT_OPTIONS}}
    incorrect = (
        _example('<figure><img src="a.jpg" alt="Soldiers beside an armoured vehicle"><figcaption>Syrian army troopers in Aleppo</figcaption></figure>'),
        _example('<figure><img src="a.jpg" alt="Soldiers beside an armoured vehicle" title="Soldiers in Aleppo (picture-alliance/AP Photo/H. Ammar)">'
                 '<figcaption>Syrian army troopers in Aleppo</figcaption></figure>'),
    )
    correct = (
        _example('<figure><img src="a.jpg" alt="Soldiers beside an armoured vehicle"><figcaption>Syrian army troopers in Aleppo '
                 '<small class="credit">Image: picture-alliance/AP Photo/H. Ammar</small></figcaption></figure>'),
        _example('<figure><img src="a.jpg" alt="Soldiers beside an armoured vehicle"><figcaption>Syrian army troopers in Aleppo. '
                 'Photo: Hassan Ammar/AP</figcaption></figure>'),
        _example('<figure><img src="a.jpg" alt="Soldiers"><figcaption>Soldiers in Aleppo <span itemprop="copyrightHolder">AP</span></figcaption></figure>'),
    )

    def check(self, page, options):
        for el in article_images(page, options):
            figure = figure_of(page, el)
            if figure is None:
                continue  # image-without-caption reports it
            figcaption = figure.find(".//figcaption")
            if figcaption is None or not visible_text(figcaption):
                continue
            _, credit = credit_in(page, figure, figcaption, options)
            if credit:
                continue
            hidden = _credit_not_shown(el)
            if hidden is not None and shown_in(page, figure, hidden[1], el) is not None:
                continue  # an attribute's credit the figure shows as well, in an element no class marks as the credit
            if hidden is None:
                yield self.problem(el, "article image has no credit; add one to the caption, e.g. “Image: picture-alliance/AP Photo/H. Ammar”")
            else:
                where, said = hidden
                unseen = _UNSEEN.get(where, "which no reader sees")
                yield self.problem(el, f"article image has no credit in its caption, only in its {where} ({quote(said, 80)}), {unseen}; "
                                       "move the credit into the caption")


# Who misses a credit that an image keeps in an attribute, by the attribute (a data attribute: everyone).
_UNSEEN = {"alt": "which screen readers read as part of the image", "title": "which readers see only while the pointer rests on the image"}


def _credit_not_shown(el: etree._Element) -> tuple[str, str] | None:
    """Where an image keeps the credit its caption lacks, out of readers' sight, and the credit: its alt's end (Deutsche
    Welle's "Tahir Della (picture-alliance/dpa/L. Schwedes)"), its title, or a CMS's data attribute on it or its box
    (<img data-credit="Imago">); None if it keeps none."""
    if credit := alt_credit(squash(el.get("alt"))):
        return "alt", credit
    if credit := title_credit(el):
        return "title", credit
    if (kept := credit_attribute(el)) is not None:
        return f"{kept[1]} attribute", kept[2]  # (its own, or its link's or figure's)
    return None


class CreditRule(Rule):
    code = "CAP003"
    name = "credit-format"
    family = FAMILY
    summary = "A photo credit names no source, or does not follow the house format."
    rationale = ("Credits are read by people and by syndication and rights systems; an empty “Image:”, a placeholder (“Image: NA”, "
                 "“Foto: unbekannt”) or a free-form credit breaks both.")
    fix = "Write the credit as the house format says, e.g. “Image: picture-alliance/AP Photo/H. Ammar” (agency or photographer, slash-separated)."
    severity = Severity.ERROR
    options = {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            **_IMAGE_OPTIONS,
            **_CREDIT_OPTIONS,
            "pattern": {
                "type": ["string", "null"],
                "format": "regex",
                "default": None,
                "description": "Regular expression the whole credit must match, e.g. DW's ^Image: [^/\\s][^/]*(?:/[^/\\s][^/]*)*$.",
            },
            "format-hint": {
                "type": "string",
                "default": "the house format",
                "description": "How the format is described in messages, e.g. “Image: <agency or photographer>[/<…>]”.",
            },
        },
    }
    incorrect = (
        _example('<figure><img src="a.jpg" alt="Soldiers"><figcaption>Syrian army troopers in Aleppo <small class="credit">Image:</small></figcaption></figure>'),
        _example('<div class="wp-caption"><img src="a.jpg" alt="Soldiers" width="940" height="529"><p class="wp-caption-text">'
                 'Syrian army troopers in Aleppo <span class="credit">(Image: NA)</span></p></div>'),
    )
    correct = (
        _example('<figure><img src="a.jpg" alt="Soldiers"><figcaption>Syrian army troopers in Aleppo <small class="credit">Image: picture-alliance/AP Photo/H. Ammar</small></figcaption></figure>'),
        _example('<div class="wp-caption"><img src="a.jpg" alt="Soldiers" width="940" height="529"><p class="wp-caption-text">'
                 'Syrian army troopers in Aleppo <span class="credit">(Image: Hassan Ammar/AP)</span></p></div>'),
    )

    def check(self, page, options):
        for el in article_images(page, options):
            figure = figure_of(page, el)
            if figure is not None:
                figcaption = figure.find(".//figcaption")
                credit_el, credit = credit_in(page, figure, figcaption, options)
                where = credit_el if credit_el is not None else (figcaption if figcaption is not None else el)
            else:  # a caption box without <figure> (WordPress's wp-caption, Reach's "newsCaption"), as the model reads it
                loose = loose_caption(el, page) or credited_box(el)
                if loose is None:
                    continue
                found = split_caption(page, *loose)
                credit_el, credit = found.credit_element, found.credit
                where = credit_el if credit_el is not None else loose[1]
            if not credit:
                continue
            source = squash(lazyre.compile(CREDIT_PREFIX, re.IGNORECASE).sub("", credit.strip(" ()[]"), count=1).strip(" :/()[]"))
            said = source.casefold().strip(" .")
            if not re.search(r"\w", source) or _LABEL_ALONE.fullmatch(source) \
                    or said in _NO_SOURCE and not (source == "NA" and page.lang.lower().startswith("es")):
                # (in Spanish, "NA" is an agency: Argentina's Noticias Argentinas, "(Foto: NA)")
                yield self.problem(where, f"credit “{credit}” names no source; name the agency or photographer")
            elif options["pattern"] and not patterns.fullmatch(options["pattern"], credit):
                yield self.problem(where, f"credit {quote(credit, 80)} does not follow {options['format-hint']}")


# What a template or an editor writes where the credit's source was not filled in: "(Image: NA)", "Foto: unbekannt".
_NO_SOURCE = frozenset((
    "na", "n/a", "n.a", "n. a", "nn", "n.n", "unknown", "none", "null", "undefined", "tbd", "tbc", "xx", "xxx", "x", "?", "-", "–",
    "credit", "source", "photographer", "photo credit", "image credit", "copyright",
    "unbekannt", "k.a", "k. a", "o.a", "ohne angabe", "quelle", "fotograf", "inconnu", "inconnue", "desconocido", "sconosciuto", "onbekend",
))


RULES = [ImageWithoutCaption, ImageWithoutCredit, CreditRule]
