"""Where a figure's credit stands: in its caption (a credit element, or the caption's last words), before it, after it,
or in a small box around an image that has no caption."""

from __future__ import annotations

import re
import unicodedata
from itertools import islice
from urllib.parse import urlsplit

from lxml import etree

from .. import patterns
from ..lazyre import lazy
from ..page import IMAGE_TAGS, Page
from ..select import select
from ..text import squash, text_before, visible_text
from .boxes import small_boxes, wraps_only
from .credit_text import BARE_CREDIT, CAPITALIZED_NAME, CREDIT_PREFIX, credit_in_text, reads_as_sentence
from .words import (BYLINE_LABEL, CAPTION_CLASS, CREDIT_CLASS, CREDIT_ONLY_CLASS, PRINT_ONLY, byline_only, caption_children, caption_words, credit_words,
                    screen_reader_only, visually_hidden)


CREDIT_SELECTORS = [
    '[class*="credit"]', '[class*="Credit"]', '[class*="copyright"]', '[class*="photographer"]', "figcaption small",
    '[itemprop="copyrightHolder"]', '[itemprop="creditText"]', "figcaption .attribution", 'figure [itemprop="author"]',
    "figcaption ~ cite", "figcaption > cite:last-child", '[class*="Copyright"]', 'figcaption [class*="source"]', 'figcaption [class*="Source"]', '[class*="caption"] [class*="source"]',
    "figcaption .author", '[class*="caption"] .author', '[class*="photo-text"] .author', '[class*="caption"] .attribution',
    '[class*="copywrite"]',  # tagDiv's Newspaper theme: "td-gallery-slide-copywrite"
    '[itemtype*="ImageObject"] [itemprop="author"]',  # the photographer of an ImageObject of microdata
    'figcaption [class*="byline"]', '[class*="caption"] [class*="byline"]',  # the photographer's byline in the caption (BLOX's "tnt-byline")
    'figcaption .firma', '[class*="caption"] .firma',  # Spanish papers' signature of the photographer (El País: "… / <span class="firma">")
]
# The options credit_in reads, as CAP002 and CAP003 default them.
DEFAULT_OPTIONS = {"credit-selectors": CREDIT_SELECTORS, "credit-prefix": CREDIT_PREFIX}


def credit_in(page: Page, figure: etree._Element, figcaption: etree._Element | None, options: dict | None = None) -> tuple[etree._Element | None, str]:
    """The credit element (if any) and credit text of a figure."""
    options = options or DEFAULT_OPTIONS
    # The figure's own elements (a figure inside it has its own credit); the selector group is matched once
    # per page, and the first match in document order wins.
    own, whole = _own_elements(figure)
    css = ", ".join(options["credit-selectors"])
    if not css:  # none configured: the credit is read from the caption and the text around the image alone
        found = []
    elif whole and len(own) <= 500 and len(page.elements) <= 5000:
        found = select(figure, css)  # a figure of its own, small, on a page of common size: matched in place
    else:  # figures inside it, a large box, or a large page (where many matches in place cost more): once for the page
        matches = page.memo("credit-matches:" + css, lambda p: set(select(p.root, css)))
        found = [el for el in own if el in matches]
    around = set(figcaption.iterancestors()) | {figcaption} if figcaption is not None else set()
    # The first fifty matches: a figure has a few credits at most, and each match costs a walk of its subtree.
    found = found[:50]
    matched = set(found)
    # A byline's class is the credit's only where nothing says credit or copyright (hessenschau's "Bild © ARD" beats its
    # video's source in "mediaBox__byline").
    found.sort(key=byline_only)
    for el in found:
        if el.tag in IMAGE_TAGS or PRINT_ONLY.search(el.get("class") or ""):
            continue  # Austria's <img class="copyright">; a copy of the caption and credit shown only on paper
        if el.tag == "cite" and figcaption is not None and figcaption in el.iterancestors() \
                and ((el.tail or "").strip() or not _after_a_sentence(el)
                     or any("quote" in (a.get("class") or "").lower() for a in (el, *islice(el.iterancestors(), 3)))):
            continue  # in the caption, a work's title in its sentence ("A scene from <cite>Moby Dick</cite> at the opera"), or the
            # name of the one a quote box quotes (CHIP's "Quote-Editor__Cite"), not the photo's credit; a <cite> after it is one
        if len(found) > 1 and _holds_caption_and_credit(el, found):
            continue  # hessenschau's "mediaBox__copyright" line holds the caption and the "figcaption__copyright"
        if el in around and el is not figure:
            continue  # NPR's <div class="credit-caption">: the box of caption and credit, not the credit
        if byline_only(el) and any(c.isdigit() for c in visible_text(el)):
            continue  # a byline's class in a caption names the photographer, not a video's length or day ("mediaInfo__byline": "27:37 Min.")
        if el.tag == "small" and figcaption is not None and not CREDIT_CLASS.search(el.get("class") or "") \
                and visible_text(el) == caption_words(figcaption, page) and not credit_in_text(visible_text(el), options["credit-prefix"]):
            continue  # La Tercera's <figcaption><p><small>Izkia Siches y …</small></p></figcaption>: all the caption says
        inner = next((c for c in islice(el.iterdescendants(), 50)
                      if isinstance(c.tag, str) and c not in matched and CAPTION_CLASS.search(c.get("class") or "")), None)
        if inner is not None:
            # Gothamist's "image-with-caption-credit" box: its caption, then the credit in a plain <span>.
            after = [c for c in inner.itersiblings() if isinstance(c.tag, str) and visible_text(c)]
            if len(after) == 1 and len(visible_text(after[0])) <= 120 and not squash(inner.tail):
                return after[0], visible_text(after[0]).lstrip(" /|·•–—-")
            if inner.tag != "a" and figcaption is not None and figcaption in el.iterancestors() and visible_text(el) == visible_text(inner):
                continue  # the box holds the caption and nothing else: the template left the credit out (not Ars Technica's
                # <div class="caption-credit"><a class="caption-link">Kevin</a></div>, a link to the photo's page)
        text = credit_words(page, el).lstrip(" /|·•–—-")  # "/ Źródło: Pixabay" after the caption
        if len(text) > 80:
            text = credit_in_text(text, options["credit-prefix"]) or text  # The New Republic's "photo-credit": the caption, then "(Saul Loeb/AFP)"
        if text:
            return el, text
        parent = el.getparent()
        if len(el) == 0 and parent is not None and parent is not figcaption and parent is not figure and parent.tag != "figcaption":
            said = visible_text(parent)  # an icon that marks the credit: <span><i class="fa-copyright"></i>Jelko Djuren</span>
            if said and len(said) <= 120:
                return parent, said
    if figcaption is not None:
        lead = _credit_before_caption(page, figcaption, options["credit-prefix"])
        if lead is not None:
            return lead, credit_words(page, lead)
        labelled = _labelled_for_screen_readers(page, figcaption, options["credit-prefix"])
        if labelled is not None:
            return labelled, credit_words(page, labelled)
        # A prefix anywhere in the caption: "… Image: picture-alliance/AP Photo"
        text = caption_words(figcaption, page)
        credit = credit_in_text(text, options["credit-prefix"]) or _site_credit(page, text)
        if credit:
            return None, credit
        last = _named_last(figcaption)
        if last is not None:
            return last, visible_text(last)
        children = caption_children(figcaption)
        if children and not (children[-1].tail or "").strip():
            said = visible_text(children[-1])  # an agency alone in the caption's last element: "… in Den Haag <span>ANP</span>"
            if BARE_CREDIT.fullmatch(said) and squash(text[: -len(said)]):
                return children[-1], said
            if said and len(said) <= 80 and _links_to_picture_library(children[-1]) and len(squash(text[: -len(said)]).split()) >= 2:
                return children[-1], said  # "…<br><a href="http://www.fotolia.com/id/755112">Fotolia 755112 – deadline concept</a>"
            # The caption's last element, labelled a credit for screen readers only: Deutsche Welle's
            # <span><span class="sr-only">Image: </span>Gleb Garanich/REUTERS</span> after the caption's words.
            shown = credit_words(page, children[-1])
            label = patterns.search(options["credit-prefix"], said, ignore_case=True) if shown and shown != said else None
            if label is not None and label.start() == 0 and text.endswith(shown) and squash(text[: -len(shown)]):
                return children[-1], shown
    # A labelled credit beside the image, outside the caption: the BBC's "Image source, Getty Images".
    pattern = options["credit-prefix"]
    boxes: set[etree._Element] = set()
    for img in (el for el in own if el.tag in IMAGE_TAGS):  # the image's own boxes
        for a in img.iterancestors():
            if a in boxes:
                break  # (marked already, with the boxes above it)
            boxes.add(a)
            if a is figure:
                break
    skip = boxes | set(figcaption.iter()) if figcaption is not None else boxes
    for el in own:
        if el in skip or el.tag in ("img", "amp-img", "picture", "svg"):  # (a second figcaption may hold the credit: Gizmodo)
            continue
        if next(islice(el.iter(), 20, None), None) is not None:
            continue  # twenty elements and more: a box, not a credit line (and a deep page is not read again at every level)
        text = visible_text(el)
        label = patterns.search(pattern, text, ignore_case=True) if text and len(text) <= 120 else None
        if label is not None and (BYLINE_LABEL.match(text) or page.is_hidden(el)):
            continue  # the article's author ("Autor: Multimedia Redaktion"), or a line no one sees (ekhn.de's hidden "article-info-opened")
        parent = el.getparent()
        if label is None:
            if text and len(text) <= 120 and BARE_CREDIT.fullmatch(text) and parent is not None and len(visible_text(parent)) <= len(text) + 10:
                return el, text  # an agency's credit alone in its element (Breitbart: <div class="attribution">JIM WATSON/AFP/Getty Images</div>)
            continue  # (not a word of the text: "a report from <em>Bloomberg</em> has suggested")
        if not any(c.isalpha() for c in text[label.end():]):
            # A label alone, the credit after it (RT: <span>©</span><span>Reuters / David Mercado</span>)
            said = visible_text(parent) if parent is not None and parent not in boxes else ""
            rest = said[said.find(text):] if text in said else ""
            if not any(c.isalpha() for c in rest[len(text):]) or len(rest) > 120:
                continue
            return parent, rest
        return el, text
    return None, ""


def _credit_before_caption(page: Page, figcaption: etree._Element, pattern: str) -> etree._Element | None:
    """A credit in its own element of the caption with the caption's words after it (Greenpeace:
    <figcaption><p>© Iona Dutz / Greenpeace</p><p>Mit Aktionstagen …</p></figcaption>); read as a prefix
    in the caption's text, the credit would run to the caption's end."""
    children = caption_children(figcaption)
    # The last child leads only when the caption's words follow it in its tail (<div>©5 Minuten</div> Spezialisiert …).
    for i, child in enumerate(children if children and squash(children[-1].tail) else children[:-1]):
        said = credit_words(page, child)
        if not said or len(said) > 120:
            continue
        label = patterns.search(pattern, said, ignore_case=True)
        if label is None or label.start() != 0 or not any(c.isalpha() for c in said[label.end():]):
            continue  # no credit, or a label alone ("<b>Photo:</b> Jane Doe")
        after = squash(child.tail) + " " + " ".join(visible_text(c) + " " + squash(c.tail) for c in children[i + 1:])
        if len(after.split()) >= 3:
            return child
    return None


def _site_credit(page: Page, text: str) -> str:
    """The site's own name after a bar at the caption's end: the paper's own photo (Líbero: "… | LÍBERO")."""
    bar = text.rfind(" | ")
    tail = text[bar + 3:].strip() if bar > 0 else ""
    if not tail or len(tail) > 40:
        return ""
    from ..model import extractor
    from ..model.names import letters

    def bare(name: str) -> str:  # "LÍBERO" is the domain's "libero"
        return "".join(ch for ch in unicodedata.normalize("NFKD", letters(name)) if not unicodedata.combining(ch))

    found = extractor(page)
    return tail if bare(tail) in {bare(n) for n in (found.site_name(), found._domain_label()) if n} else ""


def _own_elements(figure: etree._Element) -> tuple[list[etree._Element], bool]:
    """The figure and its elements in document order, without the figures inside it and their elements;
    and whether that is all of it (no figure inside)."""
    out: list[etree._Element] = []
    whole = True
    stack = [figure]
    while stack:
        el = stack.pop()
        if not isinstance(el.tag, str):
            continue
        if el.tag == "figure" and el is not figure:
            whole = False
            continue
        out.append(el)
        stack.extend(reversed(el))
    return out, whole


def _holds_caption_and_credit(el: etree._Element, credits: list[etree._Element]) -> bool:
    """Whether a credit match is a box around another match and the caption or the image
    (the BBC's "image-and-copyright-container", hessenschau's "mediaBox__copyright" line)."""
    matched = set(credits)
    inner = [c for c in el.iterdescendants() if c in matched]
    if not inner:
        return False
    if next(el.iter(*IMAGE_TAGS), None) is not None:
        return True
    return any(isinstance(c.tag, str) and c not in matched and CAPTION_CLASS.search(c.get("class") or "") for c in el.iterdescendants())


def _after_a_sentence(el: etree._Element) -> bool:
    """Whether words stand right before an element and end a sentence: a credit's <cite> follows the caption's last
    sentence ("… on Thursday. <cite>Jane Doe</cite>"); a <cite> alone under a portrait names the one it shows."""
    before = el.getprevious()
    said = text_before(el)
    if before is not None and not said.strip():
        said = visible_text(before)
    said = said.strip()
    return bool(said) and said[-1] in ".!?:;)»\"”’|—–-"


def _labelled_for_screen_readers(page: Page, figcaption: etree._Element, prefix: str) -> etree._Element | None:
    """An element of the caption that opens with a credit's label kept for screen readers, and says the credit after it
    (Der Spiegel: <span><span class="sr-only">Foto: </span>Jane Doe / dpa</span>): the label, unseen, is the only
    thing that parts the credit from the caption."""
    hidden = visually_hidden(page)
    # (and a line alone under the image that is all credit, its label unseen: the BBC's <span role="text"><span
    # class="visually-hidden">Image source, </span>BBC</span> under a map; but a <figcaption> that opens with Sky News'
    # unseen "Image:" is a caption, and so is a box classed caption)
    line = figcaption.tag != "figcaption" and not CAPTION_CLASS.search(figcaption.get("class") or "")
    whole = visible_text(figcaption) if not line else None
    for el in islice(figcaption.iter() if line else figcaption.iterdescendants(), 100):
        if not isinstance(el.tag, str) or not len(el) or (el.text or "").strip() or not screen_reader_only(el[0], hidden):
            continue
        said = visible_text(el)
        if said == whole:
            continue  # a box inside the caption that holds all it says is the caption (Sky News' words, wrapped in a <span>)
        if len(said) <= 120 and visible_text(el[0]) and said != visible_text(el[0]) and credit_in_text(said, prefix) == said:
            return el
    return None


# Stock agencies' and picture libraries' sites: a caption's closing link to one of them is the picture's source.
_PICTURE_LIBRARY = lazy(
    r"^(?:[\w-]+\.)*(?:fotolia\.(?:com|de)|stock\.adobe\.com|shutterstock\.com|istockphoto\.com|gettyimages\.[a-z.]+|unsplash\.com|"
    r"pixabay\.com|pexels\.com|flickr\.com|commons\.wikimedia\.org|dreamstime\.com|depositphotos\.com|123rf\.com|alamy\.com|"
    r"pixelio\.de|photocase\.(?:de|com)|colourbox\.(?:de|com)|freepik\.com|imago-images\.(?:de|com)|picture-alliance\.com)$"
)


def _links_to_picture_library(el: etree._Element) -> bool:
    """Whether el is (or holds only) a link to a stock agency's or a picture library's page."""
    link = el if el.tag == "a" else next((a for a in el.iter("a") if visible_text(a) == visible_text(el)), None)
    href = (link.get("href") or "").strip() if link is not None else ""
    try:
        host = urlsplit(href).hostname or ""
    except ValueError:
        return False
    return _PICTURE_LIBRARY.match(host) is not None


def _named_last(figcaption: etree._Element) -> etree._Element | None:
    """The caption's last element when it holds only a person's name after the caption's own text
    (El País: <span>Pedro Sánchez, este lunes.</span><span>Claudio Álvarez</span>)."""
    children = caption_children(figcaption)
    if figcaption.tag != "figcaption" or len(children) < 2 or (children[-1].tail or "").strip():
        return None
    last = children[-1]
    name = visible_text(last)
    before = squash(caption_words(figcaption)[: -len(name)] if name else "")
    if name and len(last) == 0 and 2 <= len(name.split()) <= 4 and len(before.split()) >= 3 and re.fullmatch(CAPITALIZED_NAME, name):
        return last
    return None


def loose_credit(page: Page, el: etree._Element) -> tuple[etree._Element | None, str]:
    """The credit element (if any) and credit text of an image without <figure> or caption, in a small box around it
    (Lebensmittel Praxis: <div class="item-page__imagecontainer"><div><picture>…</picture></div>
    <span class="imgcredits">Bildquelle: Getty Images</span></div>)."""
    for node in small_boxes(el):
        if len(visible_text(node)) > 400:
            break  # paragraphs of the text around the image, not its box
        credit_el, credit = credit_in(page, node, None)
        if not credit or len(credit) > 150 or BYLINE_LABEL.match(credit) or credit_el is not None and el in set(credit_el.iterdescendants()):
            continue  # the page's copyright notice around the image, or an author's box ("Por Felipe Morales")
        if credit_el is not None and credit_el.tag == "p" and not CREDIT_CLASS.search(credit_el.get("class") or "") and reads_as_sentence(credit):
            continue  # a paragraph of the text, not a credit
        return (credit_el if credit_el is not None else node), credit
    for node in small_boxes(el):
        byline = _photo_byline(node, el)
        if byline is not None:
            return byline, visible_text(byline)
    return _credit_line_after(el)


def _photo_byline(box: etree._Element, el: etree._Element) -> etree._Element | None:
    """The one element classed byline in the image's own small box, naming who took it (Advance Local's
    <span class="adv-photo-large"><a><img></a><span class="photo-data"><span class="byline">Foster Books</span></span></span>):
    a short line of names, with no "By" before it and no digits of a date or a length."""
    if len(visible_text(box)) > 120:
        return None  # paragraphs of the text around the image, not its box
    above = set(el.iterancestors())
    found = [c for c in box.iterdescendants() if isinstance(c.tag, str) and c not in above and "byline" in (c.get("class") or "").lower()]
    if len(found) != 1:
        return None
    said = visible_text(found[0])
    if not said or len(said) > 80 or any(ch.isdigit() for ch in said) or BYLINE_LABEL.match(said) or reads_as_sentence(said):
        return None
    return found[0]


def _credit_line_after(el: etree._Element) -> tuple[etree._Element | None, str]:
    """A credit that opens a line of the small box right after the image's own (starsinsider's gallery:
    <div class="img-container"><img></div><div class="nm-custom-label-tag"><span>2/28 photos</span>
    <span class="news-main-gallery-info">© Shutterstock</span></div>)."""
    node = el
    while (parent := node.getparent()) is not None and parent.tag in ("a", "picture", "div", "span") and wraps_only(parent, node):
        node = parent
    after = node.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()  # a comment between them
    if after is None or squash(node.tail) or after.tag not in ("div", "span", "p", "small") or next(islice(after.iter(), 8, None), None) is not None \
            or next(after.iter(*IMAGE_TAGS, "h1", "h2", "h3", "h4", "h5", "h6", "a"), None) is not None or len(visible_text(after)) > 150:
        return None, ""
    for line in after.iter():
        said = visible_text(line) if isinstance(line.tag, str) and (line is after or not len(line)) else ""
        if said and len(said) <= 100 and re.match(CREDIT_PREFIX, said, re.IGNORECASE) and not reads_as_sentence(said) and not BYLINE_LABEL.match(said):
            return line, said
    return None, ""


def credit_after(page: Page, caption: etree._Element) -> tuple[etree._Element | None, str]:
    """The credit in the element right after a caption that stands alone under its image, as Drupal renders an
    image's fields one after another: <div class="field--name-field-image">…<img>…</div>
    <div class="field--name-field-image-caption">…</div><div class="field--name-field-image-credit">Jane Doe/AP</div>.
    The element's class must say credit, or its words open with a credit's label; "" if none."""
    after = caption.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()  # a comment between them
    if after is None or squash(caption.tail) or next(after.iter(*IMAGE_TAGS), None) is not None or next(islice(after.iter(), 10, None), None) is not None:
        return None, ""
    said = credit_words(page, after).lstrip(" /|·•–—-")
    if not said or len(said) > 120 or BYLINE_LABEL.match(said):
        return None, ""  # (an author's box after the caption: "By Jane Doe")
    if CREDIT_ONLY_CLASS.search(after.get("class") or "") or re.match(CREDIT_PREFIX, said, re.IGNORECASE) and not reads_as_sentence(said):
        return after, said
    return None, ""


def shown_in(page: Page, box: etree._Element, credit: str, image: etree._Element) -> etree._Element | None:
    """The element of the box (not the image) that shows ``credit`` and nothing else, brackets aside: a credit kept in an
    attribute and shown too, where no class says it is one (TV Today's <img data-credit="Judy Eddy/WENN.com"> above
    <span class="description">Judy Eddy/WENN.com</span>); None if none does."""
    wanted = credit.strip("()[] ").casefold()
    if wanted not in visible_text(box).casefold():
        return None  # (the common case, found with one walk over the box)
    for el in islice(box.iter(etree.Element), 1, 200):
        if el is image or el.tag in IMAGE_TAGS or visible_text(el).strip("()[] ").casefold() != wanted or page.is_hidden(el):
            continue
        while len(el) == 1 and visible_text(el[0]).strip("()[] ").casefold() == wanted:
            el = el[0]  # the element that holds the words, not a box around it
        return el
    return None
