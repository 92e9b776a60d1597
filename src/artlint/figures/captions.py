"""An image's caption, with its credit split off: a figure's figcaption, or the caption box a template writes without
<figure> (WordPress's wp-caption, a paragraph after the image)."""

from __future__ import annotations

import re
from itertools import islice
from typing import NamedTuple

from lxml import etree

from ..lazyre import lazy
from ..page import IMAGE_TAGS, Page
from ..text import squash, visible_text
from .boxes import ancestor_between, boxes_around, emphasized_only, holds_another_image, only_paragraph, small_boxes, wraps_only
from .credit_text import CREDIT_HINT, CREDIT_PREFIX, TRAILING_CREDIT, closing_credit, credit_in_text, reads_as_sentence
from .credits import credit_after, credit_in
from .words import BYLINE_LABEL, CAPTION_CLASS, PRINT_ONLY, caption_words, credit_words


def loose_caption(el: etree._Element, page: Page | None = None) -> tuple[etree._Element, etree._Element] | None:
    """(container, caption) for an image captioned without <figure>: WordPress's
    div.wp-caption with p.wp-caption-text, a div with the image and a .caption, within
    three levels up and holding no other image; or the caption right after the image or its link (taz:
    <a class="picture"><img></a><p class="caption">). With the page, the answer is kept for the other rules and the model."""
    if page is None:
        return _loose_caption(el)
    known = page.memo("loose-captions", lambda p: {})
    if el not in known:
        known[el] = _loose_caption(el)
    return known[el]


def _loose_caption(el: etree._Element) -> tuple[etree._Element, etree._Element] | None:
    above = set(el.iterancestors())
    # The image's <figure> is its box however deep the template nests the picture (WIRED's inline photos: <figure><div>
    # <span><picture><noscript><img></noscript></picture></span></div><div class="caption">…</div></figure>).
    figure = next((a for a in islice(boxes_around(el), 8) if a.tag == "figure"), None)
    node = el
    levels = 0
    # Three boxes up, or up to the figure; a table's rows and cells count as one with it (Blogger's "tr-caption-container"),
    # and a <picture> is the image itself.
    while levels < 3 or figure is not None and node is not figure:
        node = node.getparent()
        if node is None or node.tag in ("article", "main", "body", "html"):
            break
        if node.tag not in ("td", "th", "tr", "tbody", "thead", "tfoot", "picture"):
            levels += 1
        if node.tag == "section" and next(islice(node.iter(), 40, None), None) is not None:
            break  # a section of the article; a small one is the image's box (Amnesty: <section><picture>, description, credit)
        if holds_another_image(node, el):
            break
        for child in node.iter():
            if child is el or not isinstance(child.tag, str) or child.tag in ("img", "amp-img", "a", "picture", "source"):
                continue
            if child.tag == "figure" and next(child.iter("figcaption", *IMAGE_TAGS), None) is not None:
                continue  # another figure, not a caption (a theme's <figure class="wp-caption-text"> is one)
            # Not a box around the image, nor the caption of another figure (the BBC's next one, its image loaded by a script).
            # A <figcaption> after the image's <figure> is its caption too (90min: <figure><img></figure><div><figcaption>).
            # (or, in an ImageObject of microdata, its caption: <span itemprop="caption">; or by its id, TIME's <p id="caption">)
            if (child.tag == "figcaption" and next(child.iter("h1", "h2", "h3", "h4", "h5", "h6"), None) is None
                    or CAPTION_CLASS.search(child.get("class") or "") or child.get("itemprop") == "caption"
                    or CAPTION_CLASS.search(child.get("id") or "")) and child not in above \
                    and not ancestor_between(child, node, lambda a: a.tag == "figure" and a not in above):
                if visible_text(child):
                    return node, child
    return _caption_after(el)


def credited_box(el: etree._Element) -> tuple[etree._Element, etree._Element] | None:
    """(box, box) for an image in a small box whose words, besides the image, are a caption with its credit, a
    credit alone, or a caption that opens with a figure's label, in no element of their own (Golf Post:
    <div><img> Golf im TV: … (Foto: Getty)</div>)."""
    for node in small_boxes(el, also_stop=("a",)):
        if next(node.iter("h1", "h2", "h3", "h4", "h5", "h6"), None) is not None:
            return None  # a teaser card, with its headline
        said = caption_words(node)
        if not said:
            continue
        linked = sum(len(visible_text(a)) for a in node.iter("a"))
        credit = credit_in_text(said, CREDIT_PREFIX) if len(said) <= 300 and linked < len(said) / 2 and CREDIT_HINT.search(said) else ""
        if credit and not reads_as_sentence(credit) or not linked and len(said) <= 300 and _FIGURE_LABEL.match(said):
            return node, node  # ("Abbildung 3: Grosser Schneekristall.")
        return None
    return None


# A figure's own label, which opens its caption.
_FIGURE_LABEL = lazy(r"(?:Abbildung|Abb\.|Fig\.|Figure|Figura|Schaubild|Tabelle|Table)\s*\d*[a-z]?\s*[:.]\s+\S|(?:图注|图说|圖說|圖註|图片说明)\s*[:：]\s*\S", re.IGNORECASE)


def caption_beside_credit(el: etree._Element, credit_el: etree._Element) -> etree._Element | None:
    """The caption in the small box that holds the image and its credit, when one block besides the credit says something
    there (Tribunnews: <div><div><a><img></a></div><div>Tangkapan Layar TVRI</div><div>Jawaban Soal …</div></div>)."""
    box = next((a for a in islice(credit_el.iterancestors(), 3) if el in set(a.iterdescendants())), None)
    if box is None or box.tag in ("article", "main", "body") or next(islice(box.iter(), 30, None), None) is not None:
        return None
    around = set(el.iterancestors())
    credit_side = {credit_el, *credit_el.iterancestors(), *credit_el.iterdescendants()}
    links = set(box.iter("a"))
    blocks = [c for c in box.iterdescendants() if isinstance(c.tag, str) and c.tag in ("div", "p", "span", "small")
              and c not in around and c not in credit_side and not len(c) and visible_text(c)
              and not any(a in links for a in c.iterancestors())]  # (not a link's words: "lihat foto", "enlarge")
    return blocks[0] if len(blocks) == 1 and len(visible_text(blocks[0])) <= 300 else None


def _caption_after(el: etree._Element) -> tuple[etree._Element, etree._Element] | None:
    """A caption element that directly follows the image, or the link or picture that holds only it."""
    node = el
    # (climbing through the link or picture that holds only it, and a paragraph or box that holds nothing else:
    # golf.de's <a><div><div><picture><img></picture></div></div></a> before the caption)
    # (and a figure without a caption of its own: NBC's <div><figure><picture><img></picture></figure></div><figcaption>)
    # (and a slider's list of one photo: Avaz's <div class="picture"><ul><li><figure><a><img>…</ul></div><p class="article-image-caption">)
    while (parent := node.getparent()) is not None and (
            parent.tag in ("a", "picture") or parent.tag == "p" and not visible_text(parent)
            or parent.tag in ("div", "span", "li", "ul", "ol") and wraps_only(parent, node)
            or parent.tag == "figure" and wraps_only(parent, node) and next(parent.iter("figcaption"), None) is None) \
            and sum(1 for _ in parent.iter(*IMAGE_TAGS)) == 1:
        node = parent  # (the cheap tests first: counting the images of the article's box for each of its images is quadratic)
    after = node.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()  # a comment between them
    if after is None or (node.tail or "").strip():
        return None
    if next(after.iter(*IMAGE_TAGS, "h1", "h2", "h3", "h4", "h5", "h6"), None) is not None:
        return None  # a teaser card's text, with its headline, is not a caption
    said = visible_text(after)
    if not said:
        return None
    if CAPTION_CLASS.search(after.get("class") or "") or after.tag == "figcaption":
        return after, after
    if after.tag in ("p", "div") and len(said) <= 600 and any(CAPTION_CLASS.search(c.get("class") or "") for c in after if isinstance(c.tag, str)):
        # a line whose parts say caption and credit (infosperber's <p class="media-license"><span class="media-legend">…</span>
        # <span class="media-license-info">©</span><span class="media-license-author">zvg</span></p>)
        return after, after
    if after.tag in ("div", "span", "small", "p") and len(said) <= 120 and re.match(CREDIT_PREFIX, said, re.IGNORECASE) \
            and not (after.tag == "p" and reads_as_sentence(said)) and not BYLINE_LABEL.match(said):
        # A credit line alone under the image (der Farang's <div class="image-title">Foto: The Nation</div>, or the
        # paragraph after the image's own: <p><img></p><p><em>©iStock</em></p>), not a sentence of the text.
        return after, after
    if after.tag in ("div", "span", "small", "p", "em", "i") and len(said) <= 300 and _FIGURE_LABEL.match(said) \
            and next(after.iter("a"), None) is None:
        return after, after  # the paragraph after the image's own that opens with a figure's label (Statistics Globe: "Figure 1: …")
    if node.tag in ("p", "div") and len(said) <= 300 and (p := only_paragraph(after)) is not None and emphasized_only(p) \
            and not _DISCLOSURE.match(said):
        # The classic editors' caption: <p><img></p><p><em>Caption. Photo: Jane Doe</em></p>; and a page builder's text
        # module after its image module (Divi: <div class="et_pb_image">…</div><div class="et_pb_text"><div><p><em>…).
        return after, after
    if node.tag in ("p", "div") and after.tag == "p" and len(said) <= 300 and closing_credit(said):
        # the paragraph after the image's own that closes with its credit, in brackets as Xinhua captions a photo in the text
        # (<p><img></p><p>A cargo ship is loaded at a port in Qingdao, May 5, 2024. (Xinhua/Jane Roe)</p>), or as Chinese papers
        # name who took it ("…会议现场。新华社记者 李明 摄")
        return after, after
    if _image_box(node, after, said):
        return after, after
    return None


# An advertising disclosure, in italics under a photo as often as captions are: "*Werbung. Dieser Beitrag enthält …".
_DISCLOSURE = lazy(r"\W*(?:werbung|anzeige|advertisement|advertising|sponsored|affiliate|publicidad|publicité|pubblicità)\b", re.IGNORECASE)


def _image_box(node: etree._Element, after: etree._Element, said: str) -> bool:
    """Whether the image (or its link) and one short text after it are all that their box holds: the box's
    caption, with no class to say so (Deutsche Welle: <div class="picBox"><a><img></a><p>Tahir Della helped
    organize Berlin's new initiative</p></div>). Not a paragraph of the text beside an image, nor a product's prices, a
    gallery's "14 Bilder", a feature grid's title and text, a teaser's link, a widget's or a comment box's words."""
    box = node.getparent()
    if box is None or box.tag not in ("div", "span", "p", "section", "li", "td") or after.tag not in ("p", "div", "span", "small", "em", "i"):
        return False
    if (box.text or "").strip() or (after.tail or "").strip() or len(said) > 400:
        return False
    if len(said) > 160 and not TRAILING_CREDIT.search(said):
        return False  # a long text beside the image is a caption when its photo's credit closes it: "… (AP Photo/Jane Doe)"
    if len(_WORDS.findall(said)) < 3 and not (len(said) >= 6 and _CJK.search(said)):
        return False  # a word or two: a price, a counter, a label; Japanese and Chinese write captions without spaces
    if PRINT_ONLY.search(after.get("class") or ""):
        return False  # austria.info's copy of the alt for print
    if any("byline" in (e.get("class") or "").lower() and visible_text(e) == said for e in after.iter()):
        return False  # the photographer's byline beside the photo, its credit (Advance Local's "photo-data": "Nancy Paulsen Books")
    if re.match(CREDIT_PREFIX, said, re.IGNORECASE) and reads_as_sentence(said):
        return False  # "Foto: The Nation is a newspaper in Bangkok.": a sentence of the text, not a credit line
    if next(islice((c for c in box if isinstance(c.tag, str)), 6, None), None) is not None:
        return False  # a box of many elements is no image's own box (and reading each of them for each image is quadratic)
    for c in box:
        if c is not node and c is not after and isinstance(c.tag, str) and (
                visible_text(c) or (c.tail or "").strip() or next(c.iter(*IMAGE_TAGS, "iframe", "video", "svg"), None) is not None):
            return False  # more in the box than the image and its caption (an empty anchor, ITmedia's <a name>, is nothing)
    inner = only_paragraph(after) if after.tag == "div" else None  # (a box that holds one paragraph: Fox's <div class="summary"><p>)
    if next((inner if inner is not None else after).iterdescendants(*_NOT_IN_CAPTION), None) is not None:
        return False  # "<p><strong>Antrag ausfüllen</strong><br>Zusage in Sekunden sichern</p>": a feature's title and text
    if any(_NOT_CAPTION_BOX.search(e.get("class") or "") for e in (box, after, *node.iter(*IMAGE_TAGS))):
        return False  # a comment box's "Sign in to comment", a recipe's call to order the cookbook, a newsletter's sign-up
    if said[:1].islower() or _GALLERY_COUNT.search(said):
        return False  # a widget's "your daily newsletter"; a gallery's "Prohlédnout si 19 fotografií"
    linked = sum(len(visible_text(a)) for a in after.iter("a"))
    return linked < len(said) / 2


_WORDS = lazy(r"[^\W\d_]{2,}")


_NOT_CAPTION_BOX = lazy(r"comment|newsletter|call-to-action|(?:^|[\s_-])cta(?:$|[\s_-])|promo|sponsor|advert|product|price|shop", re.IGNORECASE)


_GALLERY_COUNT = lazy(r"\b\d+\s+(?:photos?|pictures?|images?|bilder|fotos?|fotografi\w*|immagini|imágenes|images)\b", re.IGNORECASE)


_CJK = lazy(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


_NOT_IN_CAPTION = ("br", "p", "div", "ul", "ol", "table", "form", "input", "button", "select", "textarea")


class Caption(NamedTuple):
    """An image's caption: the element, its text without the credit, the credit and where it stands."""

    element: etree._Element | None
    text: str
    credit: str
    credit_element: etree._Element | None


def caption_parts(page: Page, figure: etree._Element) -> Caption:
    """The caption of a figure: its figcaption, or the figure's caption block when the
    figcaption holds only the credit (CNN)."""
    figcaption = next((c for c in figure.iter("figcaption")), None)
    if figcaption is None:
        return Caption(None, "", "", None)
    found = split_caption(page, figure, figcaption)
    if not found.text and found.credit:
        for el in figure.iter():
            if el is not figcaption and isinstance(el.tag, str) and figcaption not in set(el.iterancestors()) \
                    and el not in set(figcaption.iterancestors()) and CAPTION_CLASS.search(el.get("class") or ""):
                said = visible_text(el)
                if said and next(el.iter(*IMAGE_TAGS), None) is None:
                    return found._replace(element=el, text=_CAPTION_LABEL.sub("", said))
    return found


def split_caption(page: Page, container: etree._Element, caption: etree._Element) -> Caption:
    """A caption element in its container (a figure, or an image box without one), its credit split off. (Kept per pair:
    the model and the caption rules ask for the same.)"""
    known: dict[tuple[etree._Element, etree._Element], Caption] = page.__dict__.setdefault("_split_caption", {})
    found = known.get((container, caption))
    if found is None:
        found = known[container, caption] = _split_caption(page, container, caption)
    return found


def _split_caption(page: Page, container: etree._Element, caption: etree._Element) -> Caption:
    credit_el, credit = credit_in(page, container, caption)
    if credit_el is None and not credit and container is caption:
        credit_el, credit = credit_after(page, caption)  # Drupal's credit field after the caption field
    elif credit_el is None and not credit and container.tag == "figure":
        credit_el, credit = credit_after(page, container)  # a credit line right after the captioned figure: <p class="photo-credit">
    if credit_el is not None:  # a credit's box that holds the description too (Haufe: <div class="copyright">Bild: pixabay
        # <span class="picture-description">Ein Gericht …</span></div>): the credit is what stands before it
        described = next((d for d in credit_el.iterdescendants() if isinstance(d.tag, str) and CAPTION_CLASS.search(d.get("class") or "")), None)
        said = visible_text(described) if described is not None else ""
        if said and credit.endswith(said) and len(credit) > len(said):
            credit = credit[: -len(said)].rstrip(" —–-|•·/,;")
    text = caption_words(caption, page)
    if credit_el is not None:
        words = credit_words(page, credit_el)
        # (the credit may be the end of its element: The New Republic's "photo-credit" holds the caption too)
        text = _without(text, credit if len(words) > len(credit) + 3 else words)
    elif credit:
        text = _without(text, credit)
    text = _without_label(text, _label_before(credit_el) if credit_el is not None else "", credit or "")
    text = _CAPTION_LABEL.sub("", text).rstrip(" —–-|•·/,;").lstrip(":;, ")
    if not credit:
        text = _EMPTY_CREDIT.sub("", text)  # "… on a table. Photo:": the template's label, and no credit after it
    # Punctuation alone is no caption: Página12's "<figcaption>. Imagen: Télam</figcaption>" says only the credit.
    return Caption(caption, text if any(c.isalnum() for c in text) else "", credit, credit_el)


# A credit's label: the whole text of an element before the credit ("Credit", "Foto:"), the word a credit opens
# with ("Credit...Jane Doe", "Photo: AP"), and a label left at the caption's end before a credit that opens with ©.
_BARE_LABEL = lazy(r"(?:Credits?|Photos?|Photograph|Image|Picture|Fotos?|Bild|Bildquelle|Quelle|Copyright|Source)\s*(?::|\.{3}|…)?",
                   re.IGNORECASE)


_OPENING_LABEL = lazy(r"(Credits?|Photos?|Photograph|Image|Picture|Fotos?|Bild|Copyright)(?=\s*(?::|\.{3}|…))")


_EMPTY_CREDIT = lazy(r"(?:^|(?<=[.!?])\s+|\s+[—–|/-]\s+)(?:Credits?|Photos?|Photograph|Image|Picture|Fotos?|Bild|Quelle|Source|Copyright)\s*:\s*$",
                     re.IGNORECASE)


_DANGLING_LABEL = lazy(r"(?:(?<=[.!?])\s+|^)(?:Credits?|Photos?|Photograph|Image|Picture|Fotos?|Bild)$")


def _label_before(credit: etree._Element) -> str:
    """A label element right before the credit, which is the credit's and not the caption's end: NYT's
    <span>Credit</span> for screen readers before <span>Credit...Jane Doe</span>, a <b>Foto:</b> before the name."""
    previous = credit.getprevious()
    while previous is not None and not isinstance(previous.tag, str):  # a comment
        previous = previous.getprevious()
    if previous is None or (previous.tail or "").strip():
        return ""
    said = visible_text(previous)
    return said if _BARE_LABEL.fullmatch(said) else ""


def _without_label(text: str, label: str, credit: str) -> str:
    """The caption's text without a credit's label left at its end: the label element before the credit, or the
    word the credit opens with, said once more right after the caption's last sentence with no space between, as
    elements leave it (NYT: "… foreign policy.Credit" before "Credit...Samuel Corum")."""
    if label and text.endswith(label):
        return text[: -len(label)].rstrip()
    opening = _OPENING_LABEL.match(credit)
    word = opening.group(1) if opening else ""
    if word and text.endswith(word) and (len(text) == len(word) or text[-len(word) - 1] in ".!?)]”\"'"):
        return text[: -len(word)]
    if credit.startswith("©"):  # "… entwickelte.<br>Foto © Peter Steiger": the label of a credit that opens with ©
        dangling = _DANGLING_LABEL.search(text)
        if dangling is not None:
            return text[: dangling.start()]
    return text


def _without(text: str, credit: str) -> str:
    """The caption's text without its credit: taken off the end or the start where it stands
    there, else its last occurrence; the same words earlier in the caption stay
    ("… (Photo: Getty Images)" before a credit "Getty")."""
    if not credit:
        return text
    if text.endswith(credit):
        rest = squash(text[: -len(credit)])
        # (said twice, the caption's and the box's: NPR's "… 2015. Chuck Burton/AP" and its <span class="credit"> after)
        return squash(rest[: -len(credit)]) if rest.endswith(credit) and len(rest) > len(credit) else rest
    if text.startswith(credit):
        return squash(text[len(credit):])
    before, found, after = text.rpartition(credit)
    if found and not after.strip(" .,;"):
        return squash(before)  # the credit and the full stop after it
    return squash(before + " " + after) if found else text


# What screen readers hear before a caption ("Image caption, …" on the BBC).
_CAPTION_LABEL = lazy(r"^(?:Image caption|Media caption|Caption|Bildunterschrift|Légende)\s*[,:]\s*", re.IGNORECASE)
