"""Images: an accessible name for every image, and alt text worth reading."""

from __future__ import annotations

import itertools
import re
import unicodedata
from pathlib import PurePosixPath
from urllib.parse import unquote, urlparse

from lxml import etree

from ..content import figure_of, image_src
from ..figures.accessible import accessible_name, decorative, images
from ..figures.captions import caption_parts, loose_caption, split_caption
from ..figures.credit_text import alt_credit
from ..figures.selection import article_images
from ..figures.words import MACHINE_NAME, PLACEHOLDER_WORDS, WHOLE_FILE_NAME
from ..finding import Severity
from ..lazyre import lazy
from ..page import IMAGE_TAGS, Page, tab_index
from ..rule import Rule
from ..text import accessible_text, in_svg, normalize, quote, squash, visible_text

FAMILY = "images"
_PAGE = '<!doctype html>\n<html lang="en">\n<head><title>Example</title></head>\n<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n'

# What a template or a script writes when it failed to fill the alt: a programming language's empty values, the
# template's own placeholder, an image's size.
_UNFILLED = lazy(
    r"^(?:null|undefined|nan|nil|none|\[object object\]|true|false|\d{2,4}\s*[x×]\s*\d{2,4})$"
    r"|\{\{.*\}\}|\{%.*%\}|<%.*%>|\$\{[^}]*\}|^%[\w.-]+%$|^\[\[.*\]\]$|^\[(?:alt|caption|title|image)[\w.-]*\]$",
    re.IGNORECASE,
)
# A placeholder word and a number, a gallery's counter or a CMS's numbering: "Photo 1", "Bild 1 von 5", "Image 3 of 10", "image00001".
_COUNTED = lazy(r"^(?P<word>[^\W\d_]+(?: [^\W\d_]+)?)\s*[-_#]?\s*\d{1,5}(?:\s*(?:of|von|de|di|sur|van|z|из|/)\s*\d{1,5})?$", re.IGNORECASE)
# A smiley written in punctuation, the alt a forum or a blog gives its smiley's picture: ":)", ";-)", ":(", ":-/", "<3".
_EMOTICON = lazy(r"[:;=8][-'^o]?[()\[\]DPpOo/\\|*3@$]{1,3}|[()\[\]]{1,2}[-'^]?[:;=]|<3|\^[_.-]?\^|[-o]_[-o]")
_REDUNDANT_START = lazy(r"^(?:an? )?(?:image|picture|photo|photograph|graphic|bild|foto) (?:of|von|de|di)\b", re.IGNORECASE)
# The WAI-ARIA Graphics roles that require a name (graphics-object, a group of shapes, does not).
_GRAPHICS_ROLES = ("graphics-document", "graphics-symbol")


def _example(body: str) -> str:
    return _PAGE.format(body=body)


class ImageMissingName(Rule):
    code = "IMG001"
    name = "image-missing-name"
    family = FAMILY
    summary = "An image has no accessible name and is not marked as decorative."
    rationale = (
        "Screen readers announce an image without alt as its file name (\"IMG underscore 4 7 1 1 dot jpeg\") "
        "or just \"image\"; the photo that carries the story says nothing."
    )
    fix = ('Describe the image in alt; if it is purely decorative, use alt="". An image that is all of a link is what the link '
           'says: its alt says where the link goes.')
    wcag = ("1.1.1",)
    techniques = ("H37", "H30", "F65", "ARIA6", "ARIA10")
    incorrect = (
        _example('<img src="aleppo.jpg">'),
        _example('<a href="/2016/12/aleppo-ceasefire"><img src="aleppo.jpg"></a>'),
        _example('<img src="aleppo.jpg" role="presentation" tabindex="0">'),
        _example('<amp-img src="aleppo.jpg" width="800" height="450" layout="responsive"></amp-img>'),
    )
    correct = (
        _example('<img src="aleppo.jpg" alt="Soldiers beside an armoured vehicle">'
                 '<amp-img src="aleppo.jpg" alt="Soldiers in Aleppo" width="800" height="450" layout="responsive"></amp-img>'),
        _example('<img src="divider.png" alt=""><img src="flourish.png" role="presentation">'
                 '<img src="x.jpg" aria-label="Map of Aleppo"><span id="l">Chart</span><img src="c.png" aria-labelledby="l">'
                 '<img src="a.jpg" title="Aleppo at night"><img src="hidden.jpg" hidden><noscript><img src="lazy.jpg"></noscript>'),
    )

    def check(self, page, options):
        for el in images(page):
            named = accessible_name(page, el)
            if named.name is not None or decorative(el):
                continue
            figure = figure_of(page, el)
            if figure is not None and caption_parts(page, figure).text:
                continue  # figure-image-missing-alt reports the HTML exception
            src = image_src(el)
            name = _basename(src) if src and not src.startswith("data:") else ""
            if len(name) > 100:  # a name made by a machine (an image service's base64 of its options): its start and its end
                name = name[:60] + "…" + name[-20:]
            shown = f" ({name})" if name else ""  # (no empty brackets for an address with no file name: LinkedIn's src="//:0")
            link = _nameless_link(page, el)
            if link is None:
                yield self.problem(el, f'image{shown} has no alt text; describe it in alt, or use alt="" if it is decorative')
            else:  # alt="" would leave the link nameless (IMG012)
                yield self.problem(el, f"image{shown} has no alt text, and the link to {quote(link.get('href').strip() or '#', 50)} "
                                       f"{_holds(page, link)}, so the link has no name; {_name_the_link(page, link)}")


class AltWhitespace(Rule):
    code = "IMG002"
    name = "image-alt-whitespace"
    family = FAMILY
    summary = "An image's alt is only whitespace."
    rationale = "Whitespace-only alt is neither a description nor the empty alt that marks decoration; some screen readers then fall back to the file name."
    fix = 'Describe the image, or use alt="" (nothing between the quotes) for decoration.'
    wcag = ("1.1.1",)
    techniques = ("H37", "H67")
    incorrect = (_example('<img src="aleppo.jpg" alt=" ">'),)
    correct = (_example('<img src="rule.png" alt="">'),)

    def check(self, page, options):
        for el in images(page):
            alt = el.get("alt")
            if alt and not alt.strip() and not el.get("aria-label") and not el.get("aria-labelledby"):
                yield self.problem(el, 'alt is only whitespace; describe the image, or use alt="" if it is decorative')


class AltFileName(Rule):
    code = "IMG003"
    name = "image-alt-filename"
    family = FAMILY
    summary = "An image's alt (or an image button's) is a file name."
    rationale = "A CMS that copies the file name into alt tells screen-reader users \"DSC 0 0 4 2 dot JPG\" instead of what the photo shows."
    fix = "Replace the file name with a description of what the image shows; an image button's alt says what the button does."
    wcag = ("1.1.1",)
    techniques = ("H37", "H36", "F30")
    incorrect = (_example('<img src="/img/IMG_1234.jpg" alt="IMG_1234.jpg">'), _example('<img src="x.jpg" alt="DSC0042">'),
                 _example('<form><input type="image" src="/i/search_btn.gif" alt="search_btn.gif"></form>'))
    correct = (_example('<img src="/img/IMG_1234.jpg" alt="Soldiers in Aleppo">'), _example('<img src="a.jpg" alt="Route 66 in 1950">'),
               _example('<form><input type="image" src="/i/search_btn.gif" alt="Search"></form>'))

    def check(self, page, options):
        for el, alt in _named_by_alt(page):
            if _file_name(el, alt):
                yield self.problem(el, f"alt “{alt}” is a file name; {_ask(el)}")


def _named_by_alt(page: Page) -> list[tuple[etree._Element, str]]:
    """The images and image buttons that screen readers name by their alt, with the alt (squashed, not empty); an
    aria-label or aria-labelledby that names the image comes first, and the alt is then never read."""
    def collect(p: Page) -> list[tuple[etree._Element, str]]:
        buttons = [el for el in p.by_tag("input") if (el.get("type") or "").strip().lower() == "image"
                   and not p.is_hidden(el) and el not in p.inert]
        found = []
        for el in p.in_order(set(images(p)) | set(buttons)) if buttons else images(p):
            alt = squash(el.get("alt"))
            if alt and accessible_name(p, el).source == "alt":
                found.append((el, alt))
        return found
    return page.memo("named_by_alt", collect)


def _ask(el: etree._Element) -> str:
    """What a better alt would say: an image button's, what the button does."""
    return "say what the button does" if el.tag == "input" else "describe what the image shows"


def _file_name(el: etree._Element, alt: str) -> bool:
    """Whether an image's alt is a file's name: its own file's, or one a camera or a CMS makes."""
    src_name = _basename(image_src(el))
    stem = src_name.rsplit(".", 1)[0]
    # A file's name: with its extension, a slug ("dsteer-headshot") or machine-made; not a path's last word
    # ("/services/captcha/", "/avatar/?s=80") nor a sentence the CMS put in the address, nor a compound
    # someone wrote that the slug was made from ("Mandarinen-Schmand-Kuchen" for mandarinen-schmand-kuchen.jpg).
    file_like = "." in src_name or (" " not in src_name and re.search(r"[-_]", src_name))
    written = alt != stem and (_compound(alt) or _capitalized(alt, stem))
    copied = file_like and (alt.lower() == src_name.lower() or (alt.lower() == stem.lower() and MACHINE_NAME.search(stem) and not written))
    return bool(WHOLE_FILE_NAME.match(alt) or copied)


def _capitalized(alt: str, stem: str) -> bool:
    """A name written with its capitals, of a file named in lower case: "Defence24" for defence24.svg, "Sat1" for sat1.png (a
    picture's code in capitals, "A23Q1552", is no name)."""
    return stem.islower() and re.fullmatch(r"(?:[A-Z][a-z]+)+\d*", alt) is not None


def _compound(text: str) -> bool:
    """Capitalized words joined by hyphens, as compounds are written ("Mandarinen-Schmand-Kuchen", "Baden-Württemberg")."""
    parts = text.split("-")
    return len(parts) > 1 and all(p.isalpha() and p[0].isupper() for p in parts)


class AltPlaceholder(Rule):
    code = "IMG004"
    name = "image-alt-placeholder"
    family = FAMILY
    summary = "An image's alt (or an image button's) is a placeholder, a value the template failed to fill, punctuation alone, or says that it is an image."
    rationale = "Screen readers already announce \"image\"; alt that says \"photo\" or \"image of…\" adds noise or nothing at all."
    fix = "Describe what the image shows, without \"image of\" or \"picture of\"; a logo's alt names the site, the company or the brand."
    wcag = ("1.1.1",)
    techniques = ("H37", "F30")
    incorrect = (_example('<img src="a.jpg" alt="Photo">'), _example('<img src="a.jpg" alt="Image of soldiers in Aleppo">'),
                 _example('<img src="a.jpg" alt="undefined">'), _example('<img src="a.jpg" alt="{{ image.alt }}">'),
                 _example('<img src="a.jpg" alt="Photo 1 of 5">'), _example('<img src="a.jpg" alt="...">'),
                 _example('<a href="/"><img src="dw-logo.svg" alt="Logo"></a>'))
    correct = (_example('<img src="a.jpg" alt="Soldiers in Aleppo">'), _example('<img src="a.jpg" alt="Photographers at work in Aleppo">'),
               _example('<img src="a.jpg" alt="None of the soldiers in Aleppo">'), _example('<a href="/"><img src="dw-logo.svg" alt="DW"></a>'))

    def check(self, page, options):
        for el, alt in _named_by_alt(page):
            if _file_name(el, alt):  # (IMG003 tells it: "icon1" for icon1.png, "88x31" for 88x31.png)
                continue
            if _UNFILLED.search(alt):
                yield self.problem(el, f"alt {quote(alt)} is a template's or a script's stand-in, not a description; fill it from the image's description")
            elif alt.lower().strip(".:!") in PLACEHOLDER_WORDS or (counted := _COUNTED.match(alt)) and counted["word"].lower() in PLACEHOLDER_WORDS \
                    and not WHOLE_FILE_NAME.match(alt):  # ("IMG_9362" is a file name: IMG003, whatever the image's file)
                yield self.problem(el, _placeholder(page, el, alt))
            elif all(unicodedata.category(c)[0] in "PZ" or unicodedata.category(c) in ("Sm", "Sk") for c in alt) and not _EMOTICON.fullmatch(alt):
                # (an emoji's own alt, "😀", says it; so does a smiley's, ":-)")
                yield self.problem(el, f"alt {quote(alt)} says nothing; " + (_ask(el) if el.tag == "input" else
                                       'describe what the image shows, or write alt="" if the image is decorative'))
            elif _REDUNDANT_START.match(alt):
                yield self.problem(el, f"alt {quote(alt)} starts by saying it is an image; screen readers say that already, so describe the content only")


def _placeholder(page: Page, el: etree._Element, alt: str) -> str:
    """IMG004's message for a placeholder word; for "logo", that it says what the image is, not whose logo, and, in a link to
    a home page, what to name it."""
    if alt.lower().strip(".:!") != "logo":
        return f"alt “{alt}” is a placeholder; {_ask(el)}"
    link = next((a for a in el.iterancestors() if a.tag == "a"), None)
    home = _home_page(page, link.get("href")) if link is not None and link.get("href") is not None else None
    if home is None:
        return f"alt “{alt}” says what the image is, not whose; give the logo alt that names the site, the company or the brand"
    said = f"alt “{alt}” says what the image is, not whose"
    if accessible_text(page, link).lower() == alt.lower():
        said += f", and it is all the link to {quote(link.get('href').strip(), 50)} says"
    return f"{said}; {_name_the_site(*home)}"


class AltEqualsCaption(Rule):
    code = "IMG005"
    name = "image-alt-equals-caption"
    family = FAMILY
    summary = "An image's alt repeats its caption."
    rationale = "Screen readers read the alt and then the caption, so the same sentence is heard twice and what the image shows is never said."
    fix = "Let alt describe what the image shows and the caption say what it means (who, where, when)."
    wcag = ("1.1.1",)
    techniques = ("H37", "H86")
    incorrect = (_example('<figure><img src="a.jpg" alt="Syrian army troopers in Aleppo"><figcaption>Syrian army troopers in Aleppo '
                          '<small class="credit">Image: picture-alliance/AP Photo/H. Ammar</small></figcaption></figure>'),
                 _example('<div class="picBox"><a href="#"><img src="a.jpg" alt="Syrian army troopers in Aleppo"></a>'
                          '<p>Syrian army troopers in Aleppo</p></div>'))
    correct = (_example('<figure><img src="a.jpg" alt="Soldiers beside an armoured vehicle"><figcaption>Syrian army troopers in Aleppo '
                        '<small class="credit">Image: picture-alliance/AP Photo/H. Ammar</small></figcaption></figure>'),)

    def check(self, page, options):
        from .captions import ImageWithoutCaption

        article = None
        for el in images(page):
            alt = normalize(el.get("alt"))
            if not alt:
                continue
            figure = figure_of(page, el)
            if figure is not None:
                caption = caption_parts(page, figure)
            else:  # an article image's caption without <figure>: WordPress's wp-caption, an image box's text under the image
                if article is None:
                    article = set(article_images(page, ImageWithoutCaption.defaults()))
                loose = loose_caption(el, page) if el in article else None
                if loose is None:
                    continue
                caption = split_caption(page, *loose)
            if caption.text and caption.element is not None and _said_again(alt, normalize(caption.text), normalize(caption.credit)):
                line, column = page.position(caption.element)
                yield self.problem(el, f"alt repeats the caption at {line}:{column}, so screen readers read it twice; describe what the image shows instead")


def _said_again(alt: str, caption: str, credit: str) -> bool:
    """Whether the alt says the caption: the caption alone, or the caption with its credit after it, as a
    template fills both from one field (Mediapart: alt="… à Bordeaux. © E.B" over the same legend)."""
    if alt.rstrip(".") == caption.rstrip("."):
        return True
    for said in (alt, alt.rstrip(")]")):  # the credit with its brackets, or in them: "… (Photo: AP)" with the credit "AP"
        if credit and said.endswith(credit) and len(said) > len(credit):
            rest = said[: -len(credit)].rstrip(" —–-|•·/,;([")
            rest = _LABEL_AT_END.sub("", rest).rstrip(" —–-|•·/,;([")
            if rest.rstrip(".") == caption.rstrip("."):
                return True
    return False


_LABEL_AT_END = lazy(r"(?:^|(?<=[\s(\[]))(?:credits?|photos?|photograph|image|picture|fotos?|bild|©)\s*:?$")


class AltEqualsHeadline(Rule):
    code = "IMG011"
    name = "image-alt-equals-headline"
    family = FAMILY
    summary = "An image's alt repeats the article's headline."
    rationale = (
        "Templates that fill a photo's alt from the story's title (a featured image's default in many themes) make screen "
        "readers say the headline twice, and never what the photo shows."
    )
    fix = "Write alt that describes the image; leave the headline to the h1."
    wcag = ("1.1.1",)
    techniques = ("H37", "F30")
    severity = Severity.WARNING
    incorrect = (_example('<article><h1>Russia blocks UN resolution for Aleppo ceasefire</h1>'
                          '<img src="a.jpg" alt="Russia blocks UN resolution for Aleppo ceasefire"></article>'),)
    correct = (_example('<article><h1>Russia blocks UN resolution for Aleppo ceasefire</h1>'
                        '<img src="a.jpg" alt="The UN Security Council votes in New York"></article>'),)

    def check(self, page, options):
        from ..model import extractor

        said = extractor(page).headline()
        wanted = _comparable(said["text"]) if said and said.get("text") else ""
        if len(wanted) < 12:
            return  # (a headline of a word or two says too little to tell)
        source = said["source"]
        where = ""
        if source.kind == "element" and source.element is not None:
            line, column = page.position(source.element)
            where = f" at {line}:{column}"
        from .captions import ImageWithoutCaption

        site = extractor(page)._is_site
        for el in article_images(page, ImageWithoutCaption.defaults()):  # the article's photos, not a share button's icon
            alt = el.get("alt")
            if alt and (_comparable(alt) == wanted or _with_site(alt, wanted, site)):
                yield self.problem(el, f"alt repeats the headline{where}, so screen readers hear it twice and never what the image shows; "
                                       "describe the image")


def _with_site(alt: str, wanted: str, site) -> bool:
    """Whether an alt says the headline and the site's own name beside it, as a theme fills a featured image's alt from the
    page's title ("Headline - The Paper", "The Paper | Headline"); not the headline and more words about the photo."""
    for sep in (" - ", " | ", " – ", " — ", " · ", " • "):
        head, _, tail = alt.rpartition(sep)
        if head and _comparable(head) == wanted and site(tail):
            return True
        head, _, tail = alt.partition(sep)
        if tail and _comparable(tail) == wanted and site(head):
            return True
    return False


def _comparable(text: str) -> str:
    """A text as two texts are compared for saying the same: case, punctuation, quotes and spacing aside."""
    return " ".join(re.findall(r"\w+", normalize(text)))


class AltTooLong(Rule):
    code = "IMG006"
    name = "image-alt-too-long"
    family = FAMILY
    summary = "An image's alt is longer than the configured limit."
    rationale = "Long alt cannot be navigated or re-read in parts; long descriptions belong in the caption or the text."
    fix = "Shorten the alt to what the image shows; move background into the caption or body text."
    wcag = ("1.1.1",)
    techniques = ("H37", "G92")
    severity = Severity.WARNING
    options = {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "max-length": {"type": "integer", "minimum": 1, "default": 250, "description": "The longest alt, in characters."}
        },
    }
    incorrect = (_example('<img src="a.jpg" alt="' + "Soldiers in helmets stand beside an armoured vehicle. " * 6 + '">'),)
    correct = (_example('<img src="a.jpg" alt="Soldiers in helmets stand beside an armoured vehicle">'),)

    def check(self, page, options):
        limit = options["max-length"]
        for el in images(page):
            alt = squash(el.get("alt"))
            if len(alt) > limit:
                yield self.problem(el, f"alt is {len(alt)} characters long (limit {limit}); keep it to what the image shows")


class FigureImageMissingAlt(Rule):
    code = "IMG007"
    name = "figure-image-missing-alt"
    family = FAMILY
    summary = "An image in a captioned figure has no alt."
    rationale = (
        "HTML allows omitting alt when the figure's caption stands in for it, but screen readers then "
        "announce the file name before the caption, and the caption rarely says what the image shows."
    )
    fix = "Add alt that describes the image; the caption can stay as it is."
    wcag = ("1.1.1",)
    techniques = ("H37", "H86")
    severity = Severity.WARNING
    incorrect = (_example('<figure><img src="a.jpg"><figcaption>Syrian army troopers in Aleppo</figcaption></figure>'),)
    correct = (_example('<figure><img src="a.jpg" alt="Soldiers beside an armoured vehicle"><figcaption>Syrian army troopers in Aleppo</figcaption></figure>'),)

    def check(self, page, options):
        for el in images(page):
            if accessible_name(page, el).name is not None or decorative(el):
                continue
            figure = figure_of(page, el)
            if figure is not None and caption_parts(page, figure).text:
                yield self.problem(el, "image has no alt; HTML lets the figcaption stand in, but screen readers read the file name first; add alt that describes the image")


class RoleImgMissingName(Rule):
    code = "IMG008"
    name = "graphic-missing-name"
    family = FAMILY
    summary = "An SVG or element with role=\"img\", an image button or an image-map area has no accessible name."
    rationale = "Charts, maps and icon buttons without a name are announced as \"image\" or \"button\" only, or skipped."
    fix = "Name it: aria-label or aria-labelledby (or <title> in an SVG); alt on input type=image and area."
    wcag = ("1.1.1", "4.1.2")
    techniques = ("ARIA6", "ARIA10", "H36", "H24")
    incorrect = (
        _example('<svg role="img" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>'),
        _example('<div role="img" class="map"></div>'),
        _example('<form><input type="image" src="search.png"></form>'),
        _example('<img src="map.png" alt="Map of Syria" usemap="#m"><map name="m"><area href="/aleppo" shape="rect" coords="0,0,9,9"></map>'),
    )
    correct = (
        _example('<svg role="img" aria-label="Chart of casualties"><rect width="10" height="10"/></svg>'
                 '<svg role="img"><title>Map</title></svg><svg aria-hidden="true"><path d="M0 0"/></svg>'),
        _example('<div role="img" aria-label="Map of Aleppo"></div><form><input type="image" src="s.png" alt="Search"></form>'
                 '<img src="map.png" alt="Map of Syria" usemap="#m"><map name="m"><area href="/aleppo" alt="Aleppo" shape="rect" coords="0,0,9,9"></map>'),
    )

    def check(self, page, options):
        candidates = [el for el in page.with_role("img") if el.tag not in IMAGE_TAGS]
        for role in _GRAPHICS_ROLES:
            candidates += page.with_role(role)
        if page.by_tag("svg"):  # focusable elements inside an SVG (a page without one has none)
            candidates += [el for el in page.focusable if el.tag not in ("svg", "a") and in_svg(el)]
        candidates += [el for el in page.by_tag("input") if (el.get("type") or "").lower() == "image"]
        candidates += [el for el in page.images if el.tag == "area" and el.get("href") is not None]
        for el in page.in_order(set(candidates)):
            if page.is_hidden(el) or el in page.inert:
                continue
            alt_attr = "alt" if el.tag in ("input", "area") else ""
            named = accessible_name(page, el, alt_attr)
            if named.name is None or not named.name.strip():
                role = el.get("role") or "img"
                what = {"svg": f"SVG with role=\"{role}\"", "input": "image button", "area": "image-map area"}.get(el.tag, f"<{el.tag} role=\"{role}\">")
                how = "alt" if alt_attr else "aria-label or aria-labelledby" + (" (or a <title>)" if el.tag == "svg" else "")
                yield self.problem(el, f"{what} has no accessible name; " + (_broken_reference(page, el) or f"give it {how}"))


def _broken_reference(page: Page, el: etree._Element) -> str | None:
    """Why an element's aria-labelledby names it nothing: no element has the id, the first that has it is another
    element whose text is empty while a later one's is not (ids must be unique: adac.de's search icon names the search
    field's id), or its text is empty."""
    idents = (el.get("aria-labelledby") or "").split()
    if not idents:
        return None
    said = quote(" ".join(idents), 60)
    targets = [page.ids.get(ident, ()) for ident in idents]
    if not any(targets):
        return f"its aria-labelledby names {said}, which no element in the page has as its id"
    doubled = next((found for found in targets if len(found) > 1 and any(visible_text(t) for t in found[1:])), None)
    if doubled is not None:
        line, column = page.position(doubled[0])
        return (f"its aria-labelledby names {said}, but the first element with that id is the <{doubled[0].tag}> at {line}:{column}, "
                f"whose text is empty; give each element its own id")
    return f"its aria-labelledby names {said}, whose text is empty; point it at the text that names it, or use aria-label"


class AltCredit(Rule):
    code = "IMG009"
    name = "image-alt-credit"
    family = FAMILY
    summary = "An image's alt carries the photo credit."
    rationale = (
        "Screen readers read the credit (\"Photo: Jane Doe/AP\") as if it described the image, and people "
        "who see the page never see it: CMS templates that copy caption and credit into alt do both."
    )
    fix = "Keep alt to what the image shows, and the credit in the visible caption."
    wcag = ("1.1.1",)
    techniques = ("H37",)
    severity = Severity.WARNING
    incorrect = (
        _example('<figure><img src="a.jpg" alt="Soldiers beside an armoured vehicle | Bildquelle: dpa">'
                 "<figcaption>Syrian army troopers in Aleppo</figcaption></figure>"),
        _example('<img src="a.jpg" alt="Photo: ČTK/Vít Šimánek">'),
        _example('<img src="a.jpg" alt="Roughly 13,000 US troops remain in Afghanistan [File: Reuters]">'),
    )
    correct = (
        _example('<figure><img src="a.jpg" alt="Soldiers beside an armoured vehicle"><figcaption>Syrian army troopers in Aleppo '
                 '<small class="credit">Image: picture-alliance/AP Photo/H. Ammar</small></figcaption></figure>'),
        _example('<img src="a.jpg" alt="A photographer at work in Aleppo"><img src="b.jpg" alt="The Reuters building in London">'),
    )

    def check(self, page, options):
        for el in images(page):
            alt = squash(el.get("alt"))
            credit = alt_credit(alt)
            if not credit:
                continue
            if credit == alt:
                yield self.problem(el, f"alt {quote(alt)} is a photo credit; describe what the image shows, and credit it in the caption")
            else:
                yield self.problem(el, f"alt ends with the photo credit {quote(credit)}, which screen readers read as part of the image; "
                                       "keep the credit in the caption")


class AltCutShort(Rule):
    code = "IMG010"
    name = "image-alt-cut-short"
    family = FAMILY
    summary = "An image's alt is cut short by a quote in its text or a value written without quotes: the rest became attributes."
    rationale = (
        "A template that writes alt=\"…\" around text holding a quote (Welcome to \"libertarian island\"), an inch mark (15\" MacBook) "
        "or typographic quotes as delimiters ends the value early: screen readers read the first words only, and the rest turns "
        "into attributes of the image."
    )
    fix = "Escape quotes inside alt as &quot; (or &#39; inside single quotes), and always quote the value with straight quotes."
    wcag = ("1.1.1",)
    techniques = ("H37",)
    incorrect = (
        _example('<img src="a.jpg" alt="Welcome to "libertarian island": how the tech elite sees the world">'),
        _example('<img src="a.jpg" alt=MTP daily>'),
        _example('<img src="a.jpg" alt=“more bikes for sale”>'),
    )
    correct = (
        _example('<img src="a.jpg" alt="Welcome to &quot;libertarian island&quot;: how the tech elite sees the world">'),
        _example('<img src="a.jpg" alt="Meet the Press Daily" loading="lazy" nopin>'),
    )

    def check(self, page, options):
        for el in images(page):
            attributes = list(el.attrib.items())  # (not el.get(name): lxml refuses a name the parser let through with a control character)
            names = [name for name, _ in attributes]
            if "alt" not in names:
                continue
            alt = el.get("alt") or ""
            after = attributes[names.index("alt") + 1:]
            stray = [name for name, _ in itertools.takewhile(lambda a: _stray_word(*a), after)]
            if not stray:
                continue
            # One unknown word alone is a plugin's flag ("nopin") unless the alt ends where a quote broke it off.
            broken = len(stray) >= 2 or not alt.strip() or alt[-1:].isspace() or alt[-1:] in _OPENING_QUOTES \
                or any(c in stray[0] for c in "\"'“”„«»:,") or alt[:1] in "“„«‘" and not any(c in alt[1:] for c in "”“»’") \
                or _unquoted_alt(page, el)
            if broken:
                rest = quote(" ".join(stray), 40)
                shown = re.sub(r"\s+", " ", alt)  # (a run of spaces and line breaks as one space; a space at the end, where the cut is, stays)
                yield self.problem(el, f"alt {quote(shown, 40)} is cut short: the words after it ({rest}) became attributes of the image; "
                                       "quote the value with straight quotes and escape quotes inside it as &quot;")


# Attributes an <img> may carry, and the prefixes of frameworks' and plugins' own: any other attribute that is a bare word
# right after alt is what a quote in the alt's text cut off.
_KNOWN_IMAGE_ATTRIBUTES = frozenset(
    "src alt title width height srcset sizes loading decoding class id style crossorigin usemap ismap referrerpolicy fetchpriority "
    "lang dir hidden tabindex itemprop itemscope itemtype itemid role draggable border align hspace vspace longdesc name "
    "elementtiming nonce is slot translate contenteditable accesskey autofocus inert spellcheck part exportparts popover layout "
    "typeof property about rel resource content attributionsrc nopin loading-lazy lazyload lazy async defer sizes-auto".split())
_ATTRIBUTE_PREFIXES = ("data-", "aria-", "on", "v-", "x-", "ng-", "wire:", "hx-", "th:", "sveltekit", "jsaction", "jsname", "js")
_OPENING_QUOTES = frozenset("\"'“”„‘’«»")


def _unquoted_alt(page: Page, el: etree._Element) -> bool:
    """Whether the source writes the image's alt without quotes (alt=MTP daily): its first word alone is the value."""
    start = page.offset(el)
    tag = page.text[start: start + 4000]
    tag = tag[: tag.find(">") + 1] if ">" in tag else tag
    written = _ALT_VALUE.search(tag)
    return written is not None and written.group(1) not in ("\"", "'")


_ALT_VALUE = lazy(r"\salt\s*=\s*(.)", re.IGNORECASE)


def _stray_word(name: str, value: str) -> bool:
    """An attribute without a value whose name is no attribute an image has: a word of the alt's text."""
    if value != "" or name in _KNOWN_IMAGE_ATTRIBUTES or name.startswith(_ATTRIBUTE_PREFIXES) or name[:1] in "@#[(*:":
        return False
    return any(c.isalpha() for c in name)


def _basename(src: str) -> str:
    try:
        path = urlparse(src).path
    except ValueError:
        return ""
    return unquote(PurePosixPath(path).name)


class LinkedImageWithoutName(Rule):
    code = "IMG012"
    name = "linked-image-without-name"
    family = FAMILY
    summary = "An image is a link's only content, and its alt is empty: the link has no name."
    rationale = (
        "alt=\"\" says an image is decoration, but an image that is all of a link is what the link says: with its alt "
        "empty, screen readers announce the link by its address, or as “link” alone. Teaser cards, gallery "
        "thumbnails and logos that templates render with alt=\"\" make every such link nameless."
    )
    fix = ("Give the image alt that says where the link goes (the linked story's headline, “Photo 3 of 12”; for a logo that "
           "leads to a site's home page, the site's name; for a thumbnail that opens its photo, what the photo shows); "
           "or put the text in the link, or name the link with aria-label. "
           "A picture linked again beside its headline's link (a teaser card) can instead be hidden from screen readers and the "
           "Tab key: aria-hidden=\"true\" tabindex=\"-1\".")
    wcag = ("1.1.1", "2.4.4", "4.1.2")
    techniques = ("H30", "F89")
    incorrect = (
        _example('<a href="/2016/12/aleppo-ceasefire"><img src="aleppo.jpg" alt=""></a>'),
        _example('<a href="/"><img src="logo.svg" role="presentation"></a>'),
    )
    correct = (
        _example('<a href="/2016/12/aleppo-ceasefire"><img src="aleppo.jpg" alt="Russia blocks UN resolution"></a>'),
        _example('<a href="/2016/12/aleppo-ceasefire"><img src="aleppo.jpg" alt="">Russia blocks UN resolution</a>'
                 '<a href="/" aria-label="DW home"><img src="logo.svg" alt=""></a>'
                 '<a href="/gallery/3" title="Photo 3 of 12"><img src="t3.jpg" alt=""></a>'),
        # (a gallery's thumbnail that opens its photo: what the photo shows)
        _example('<a href="/media/aleppo-convoy.jpg"><img src="aleppo-convoy-thumb.jpg" alt="Buses leave eastern Aleppo"></a>'),
        # (a teaser card's picture, linked again beside its headline's link, hidden from screen readers and the Tab key)
        _example('<a href="/2016/12/aleppo-ceasefire" aria-hidden="true" tabindex="-1"><img src="aleppo.jpg" alt=""></a>\n'
                 '<h3><a href="/2016/12/aleppo-ceasefire">Russia blocks UN resolution</a></h3>'),
    )

    def check(self, page, options):
        seen: set = set()
        for el in images(page):
            named = accessible_name(page, el)
            if named.name and named.name.strip() or named.name is None and not decorative(el):
                continue  # an alt that says something names the link; no alt at all is IMG001's
            link = _nameless_link(page, el)
            if link is None or link in seen:
                continue
            seen.add(link)
            role = (el.get("role") or "").strip().lower()
            why = (f'its role="{role}" marks it as decoration' if el.get("alt") is None and decorative(el)
                   else "its alt is empty")
            said = (f"the link to {quote(link.get('href').strip() or '#', 50)} holds only this image, and {why}, so the "
                    "link has no name")
            yield self.problem(el, f"{said}; {_name_the_link(page, link)}" + _out_of_the_figure(el, link))


def _out_of_the_figure(el: etree._Element, link: etree._Element) -> str:
    """For an image in a <figure> inside its link, that alt alone will not name the link (see IMG014)."""
    for box in el.iterancestors():
        if box is link:
            return ""
        if _is_figure(box):
            return (", and put the link inside the figure, around the image: browsers leave a figure's content, the alt in it "
                    "too, out of the name of a link around it")
    return ""


def _nameless_link(page: Page, el: etree._Element) -> etree._Element | None:
    """The link that el, an image, is all of: the nearest <a href> around it, shown, whose content (el's alt aside) and title
    say nothing. None when there is none."""
    link = next((a for a in el.iterancestors() if a.tag == "a"), None)
    if link is None or link.get("href") is None or page.is_hidden(link) or accessible_text(page, link):
        return None  # (its title names it too, when its content says nothing)
    return link


def _holds(page: Page, link: etree._Element) -> str:
    """What a nameless link around an image without alt holds: "holds only this image", or "holds only images" when it
    holds more than one."""
    shown = page.memo("img_element_set", lambda p: frozenset(images(p)))
    return "holds only images" if sum(1 for el in link.iter(*IMAGE_TAGS) if el in shown) > 1 else "holds only this image"


def _name_the_link(page: Page, link: etree._Element) -> str:
    """How to name a link that holds only an image: give the image alt that says where it goes (for a logo that leads to a
    site's home page, the site's name; for a thumbnail that opens its picture, what the picture shows); or, for a teaser
    card's picture linked again beside its headline's link, hide it."""
    home = _home_page(page, link.get("href"))
    if home is not None:
        give = _name_the_site(*home)
    elif _opens_picture(link.get("href")):
        give = "give the image alt that says what it shows: the link opens the picture"
    else:
        give = "give the image alt that says where the link goes"
    twin = _named_twin(page, link)
    if twin is None:
        return give
    # a teaser card's picture linked again beside its headline's link: screen readers need only the one
    hide = 'aria-hidden="true"' + (' (its tabindex="-1" already keeps the Tab key out)' if (tab_index(link) or 0) < 0
                                   else ' and tabindex="-1"')
    where = f"the link {quote(accessible_text(page, twin), 40)} at {':'.join(map(str, page.position(twin)))}"
    if home is None:
        return f"it repeats {where}: hide it from screen readers with {hide}, or {give}"
    return f"it repeats {where}: {give}, or hide it from screen readers with {hide}"  # a logo beside a "Home" link: its name tells whose site this is


def _opens_picture(href: str) -> bool:
    """Whether a link leads to a picture's file (a gallery's thumbnail linked to its photo, WordPress's "link to media
    file"): its name is what the picture shows."""
    try:
        path = urlparse(href.strip()).path
    except ValueError:
        return False
    return _PICTURE_FILE.search(path) is not None


_PICTURE_FILE = lazy(r"\.(?:jpe?g|png|gif|webp|avif|heic|bmp|tiff?)$", re.IGNORECASE)


def _name_the_site(ours: bool, site: str) -> str:
    """What a logo that leads to a home page should say (see _home_page): the site's name."""
    return f"give the logo alt that names the site{'' if ours else ' it leads to'}" + (f" ({quote(site, 40)})" if site else "")


def _home_page(page: Page, href: str) -> tuple[bool, str] | None:
    """Whether a link leads to a site's home page ("/", "https://example.com/"): (True, the site's name) for this site's, the
    name from og:site_name without its tagline, "" when the page states none; (False, "") for another site's; (True, "")
    for an address the page cannot compare, stating none of its own. None for any other link."""
    href = href.strip()
    try:
        parts = urlparse(href)
    except ValueError:
        return None
    if parts.path not in ("", "/") or parts.query or not (href.startswith("/") or parts.scheme in ("http", "https")) \
            or href.startswith("//") and not parts.netloc:
        return None
    if parts.netloc:
        own = page.address
        try:
            host = urlparse(own).hostname if own else None
        except ValueError:
            host = None
        if host is None:
            return True, ""
        if (parts.hostname or "").removeprefix("www.") != host.removeprefix("www."):
            return False, ""
    name = _TAGLINE.split(page.meta_said("og:site_name") or page.meta_said("application-name"), maxsplit=1)[0].strip()
    return True, name if any(c.isalpha() for c in name) else ""  # without its tagline ("Raw Story - Celebrating 18 Years of …"); not "☆☆☆"


_TAGLINE = lazy(r"\s[-–—|:]\s")


def _named_twin(page: Page, link: etree._Element) -> etree._Element | None:
    """A link to the same address close by (within 40 elements) that has a name: a teaser card's headline link beside
    the link around its picture."""
    href = link.get("href").strip()
    if not href or href == "#":
        return None
    by_address = page.memo("links_by_address", _links_by_address)
    at = page.order[link]
    return next((other for other in by_address.get(href, ()) if other is not link and abs(page.order[other] - at) <= 40
                 and not page.is_hidden(other) and accessible_text(page, other)), None)


def _links_by_address(page: Page) -> dict[str, list[etree._Element]]:
    found: dict[str, list[etree._Element]] = {}
    for a in page.links:
        href = (a.get("href") or "").strip()
        if href:
            found.setdefault(href, []).append(a)
    return found


class AltRepeatsLinkText(Rule):
    code = "IMG013"
    name = "image-alt-repeats-link-text"
    family = FAMILY
    summary = "An image's alt repeats the text of the link or button it shares with that text."
    rationale = (
        "A link's name is all its text, the image's alt included: a teaser whose picture and headline share one link, the "
        "picture's alt the headline again, is announced as the headline twice, and a share button's “Facebook” icon beside "
        "the word Facebook as “Facebook Facebook”. Screen-reader users hear every such link of a list of stories twice over."
    )
    fix = ('Give the image alt="" where the link\'s text already names the link, or alt that says what the picture adds; '
           "the link then says each thing once.")
    wcag = ("1.1.1", "2.4.4")
    techniques = ("H2",)
    severity = Severity.WARNING
    incorrect = (
        _example('<a href="/2016/12/aleppo-ceasefire"><img src="aleppo.jpg" alt="Russia blocks UN resolution">'
                 "<h3>Russia blocks UN resolution</h3></a>"),
        _example('<a href="https://www.facebook.com/dw"><img src="facebook.svg" alt="Facebook"> Facebook</a>'),
    )
    correct = (
        _example('<a href="/2016/12/aleppo-ceasefire"><img src="aleppo.jpg" alt=""><h3>Russia blocks UN resolution</h3></a>'),
        _example('<a href="/2016/12/aleppo-ceasefire"><img src="aleppo.jpg" alt="Buses leave eastern Aleppo">'
                 "<h3>Russia blocks UN resolution</h3></a>"),
    )

    def check(self, page, options):
        held: dict[etree._Element, list[etree._Element]] = {}
        for el in images(page):
            holder = next((a for a in el.iterancestors() if a.tag == "a" and a.get("href") is not None or a.tag == "button"), None)
            if holder is not None:
                held.setdefault(holder, []).append(el)
        for holder, pictures in held.items():
            if len(pictures) > 4 or holder.get("aria-label") or holder.get("aria-labelledby") or page.is_hidden(holder):
                continue  # a gallery in one link; a link named by its own label, not by its text
            el = next((el for el in pictures if _repeats_the_rest(page, holder, el)), None)
            if el is None:
                continue
            alt = el.get("alt")
            what = "link" if holder.tag == "a" else "button"
            yield self.problem(el, f"alt {quote(alt, 60)} repeats the text of the {what} it is in, so screen readers announce the "
                                   f"{what} as {quote(squash(alt) + ' ' + squash(alt), 80)}; write alt=\"\" (the {what}'s text names it), "
                                   "or alt that says what the picture adds")


def _repeats_the_rest(page: Page, holder: etree._Element, el: etree._Element) -> bool:
    """Whether el's alt says what the rest of the link or button it is in says."""
    alt = el.get("alt")
    wanted = _comparable(alt) if alt and not decorative(el) else ""
    # (the holder's content without the image: its title names it only where the content says nothing, and the alt does)
    return len(wanted) >= 3 and _comparable(accessible_text(page, holder, {el: ""}, tooltip=False)) == wanted


class LinkNameInFigure(Rule):
    code = "IMG014"
    name = "link-name-in-figure"
    family = FAMILY
    summary = "A link holds its words only in a <figure>, whose content browsers leave out of the link's name: the link has no name."
    rationale = (
        "Browsers do not look inside a figure for the name of the link around it: Chrome names the figure only by its own "
        "aria-label or title and leaves out all its content, the figcaption too; Firefox leaves out the image's alt. A teaser card "
        "written <a><figure><img alt=\"headline\"></figure></a> is announced as “link”, without a word, when the Tab key "
        "reaches it and in a screen reader's list of links. Read line by line, the alt is still there, so the fault hides "
        "from anyone who tests only that way."
    )
    fix = "Put the link inside the figure, around the image, or the figure outside the link; or make the figure a <div>."
    wcag = ("2.4.4", "4.1.2")
    techniques = ("H30",)
    incorrect = (
        _example('<a href="/2016/12/aleppo-ceasefire"><figure><img src="aleppo.jpg" alt="Russia blocks UN resolution"></figure></a>'),
    )
    correct = (
        _example('<figure><a href="/2016/12/aleppo-ceasefire"><img src="aleppo.jpg" alt="Russia blocks UN resolution"></a></figure>'),
        _example('<a href="/2016/12/aleppo-ceasefire"><div class="figure"><img src="aleppo.jpg" alt="Russia blocks UN resolution"></div></a>'),
        _example('<a href="/2016/12/aleppo-ceasefire"><figure><img src="aleppo.jpg" alt=""></figure>'
                 "<h3>Russia blocks UN resolution</h3></a>"),
    )

    def check(self, page, options):
        figures = [el for el in dict.fromkeys(page.by_tag("figure") + page.with_role("figure")) if _is_figure(el)]
        links: dict[etree._Element, list[etree._Element]] = {}
        for figure in figures:
            link = next((a for a in figure.iterancestors() if a.tag == "a" and a.get("href") is not None), None)
            if link is not None:
                links.setdefault(link, []).append(figure)
        for link in page.in_order(links):
            if page.is_hidden(link) or link in page.inert or link.get("aria-label") or link.get("aria-labelledby"):
                continue
            said = accessible_text(page, link)
            if not said or accessible_text(page, link, {figure: _figure_name(page, figure) for figure in links[link]}):
                continue  # (a link that says nothing at all is IMG012's)
            figure = links[link][0]
            what, undo = ("<figure>", "make the figure a <div>") if figure.tag == "figure" else (
                f'<{figure.tag} role="figure">', 'drop its role="figure"')
            captioned = any(child.tag == "figcaption" and not page.is_hidden(child) and visible_text(child)
                            for box in links[link] for child in box)
            left_out = ("which Chrome leaves out of the name of a link around it, figcaption and all, so the link has no name in Chrome"
                        if captioned else "whose content browsers leave out of the name of a link around it, so the link has no name")
            yield self.problem(link, f"the link to {quote(link.get('href').strip() or '#', 50)} says {quote(said, 60)} only inside a "
                                     f"{what}, {left_out}; put the link inside the figure, around the image, or {undo}")


def _is_figure(el: etree._Element) -> bool:
    """A <figure> that no role makes something else (role="none": its content names the link around it as any box's
    does), or another element with role="figure" but an image (an <img role="figure"> keeps its alt)."""
    role = (el.get("role") or "").strip().lower()
    if el.tag == "figure":
        return role not in ("none", "presentation", "generic")
    return role == "figure" and el.tag not in IMAGE_TAGS


def _figure_name(page: Page, figure: etree._Element) -> str:
    """What a figure gives the name of the link around it in Chrome: its aria-labelledby, aria-label or title; nothing of
    its content, its figcaption neither."""
    if figure.get("aria-labelledby") or figure.get("aria-label"):
        return accessible_text(page, figure)
    return squash(figure.get("title"))


RULES = [ImageMissingName, AltWhitespace, AltFileName, AltPlaceholder, AltEqualsCaption, AltTooLong, FigureImageMissingAlt, RoleImgMissingName, AltCredit,
         AltCutShort, AltEqualsHeadline, LinkedImageWithoutName, AltRepeatsLinkText, LinkNameInFigure]
