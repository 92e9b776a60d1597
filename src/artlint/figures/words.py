"""The words a caption or a credit shows a reader: without the tools in it (share, enlarge), counters, file names, text for
printers only, and what only screen readers hear; the class names that mark captions, credits and bylines; and the file
names and placeholder words an alt or a title says when it describes no image."""

from __future__ import annotations

import re
from itertools import islice

from lxml import etree

from ..lazyre import lazy
from ..page import Page
from ..text import visible_text, visible_text_without


def caption_children(figcaption: etree._Element) -> list[etree._Element]:
    """The caption's child elements that can hold text (not its tools); through a box that holds all the caption says
    (<figcaption><span><span class="copy">© midi</span> Das Lebensgefühl …</span></figcaption>), that box's."""
    tools = set(_tools(figcaption))
    box = figcaption
    while not (box.text or "").strip():
        kids = [c for c in box if isinstance(c.tag, str)]
        if len(kids) != 1 or not len(kids[0]) or kids[0] in tools or (kids[0].tail or "").strip():
            break
        box = kids[0]
    return [c for c in box if isinstance(c.tag, str) and c.tag not in ("br", "img", "amp-img", "svg") and c not in tools]


# Links and buttons at the end of a caption that are the site's tools, not the caption's words.
_CAPTION_TOOL = lazy(
    r"(?:(?:purchase )?licensing rights|buy (?:this )?(?:photo|image|picture|print)|enlarge(?: (?:this )?(?:image|photo))?|expand(?: image)?|"
    r"zoom|view (?:gallery|larger|full size)|open gallery|(?:bild |foto )?vergrößern|agrandir(?: l'image)?|ampliar(?: imagen)?|ingrandisci|"
    r"pin(?: it)?|print|save"  # a recipe card's buttons under its photo
    # (and what a link says of itself to screen readers, where a stylesheet of its own hides it: Reuters' ", opens new tab")
    r")(?:\s*,?\s*\(?opens? (?:in )?(?:a )?new (?:tab|window)\)?)?",
    re.IGNORECASE,
)


def _tools(figcaption: etree._Element) -> list[etree._Element]:
    """The tool links and buttons among the caption's last ten, in document order."""
    return [el for el in list(figcaption.iter("a", "button"))[-10:] if _CAPTION_TOOL.fullmatch(_tool_words(el))]


def _tool_words(el: etree._Element) -> str:
    """A tool's words, without those for screen readers only (", opens new tab")."""
    return visible_text_without(el, _hidden_in(el, frozenset())) if len(el) else visible_text(el)


# Classes that say an element is for screen readers only (Sky News: <span class="…visually-hidden">Image:</span>).
# (and the Government Site Builder's "aural", on many German federal ministries' sites: <h1 class="aural">Bundesministerium …</h1>)
HIDDEN_CLASS = lazy(r"visually-?hidden|hidden-?visually|hide-?visually|sr-only|screen-?reader|offscreen|off-screen|element-invisible|(?<![\w-])aural(?![\w-])",
                     re.IGNORECASE)


# Parts of a caption that are not its words: the "… more" and "less" of a caption shown shortened,
# and a gallery's counter.
_TOGGLE = lazy(r"(?:\.{3}|…)?\s*(?:(?:read|show|see|view|leer|lire|ler|leggi)\s+)?(?:more|less|mehr|weniger|plus|moins|más|menos|mais|meer|minder|di più)"
              r"|(?:hide|show|toggle|close|open)\s+caption", re.IGNORECASE)  # NPR's "hide caption", "toggle caption"


# A gallery's counter ("1 of 4", "Bild 1 von 4"), or its template's placeholders that a script fills in
# (bmz.de's "--pageNumber-- von --total--").
_NUMBER = r"(?:\d+|--\w+--|\{\{\s*[\w.]+\s*\}\}|\$\{[\w.]+\})"


_COUNTER = lazy(rf"(?:(?:image|photo|picture|slide|bild|foto|imagen|immagine)\s+)?{_NUMBER}\s*(?:of|/|von|de|sur|di|van|z|\|)\s*{_NUMBER}", re.IGNORECASE)


FILE_NAME = lazy(r"\S+\.(?:jpe?g|png|gif|webp|avif|tiff?|heic|svg)", re.IGNORECASE)


_FILE_EXT = r"(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?|heic|jfif)"
# A text that is all a file's name: an image's own, a camera's, a stock picture's number, a screenshot's.
WHOLE_FILE_NAME = lazy(
    rf"^(?:[^\s/]+\.{_FILE_EXT}|(?:IMG|DSC|DSCN|DSCF|DCIM|PXL|PIC|P|SAM|GOPR|MVIMG|Screenshot)[-_ ]?\d[\w-]*|[0-9a-f]{{16,}}|\d{{5,}}(?:[-_]\d+)*"
    # a stock or agency picture's number ("shutterstock_123456789", "GettyImages-1234567890", "iStock-1234567", "AP20338123456789"),
    # a design tool's default name ("untitled-1"), a screenshot's as macOS names it ("Screen Shot 2020-12-03 at 10.00.00 AM")
    rf"|(?:shutterstock|gettyimages|istock|istockphoto|adobestock|dreamstime|depositphotos|fotolia|pexels|unsplash)[-_ ]?\d{{5,}}[\w-]*"
    rf"|AP\d{{11,}}|untitled[-_ ]?\d+|(?:Screen[-_ ]?Shot|Screenshot)[-_ ]\d{{4}}-\d\d-\d\d(?:[-_ ](?:at[-_ ])?[\d.:]+(?:[-_ ]?[AP]M)?)?"
    # (and a slug of one, "screenshot-2024-05-06-at-10.32.11"); a Reuters picture's file name
    # ("2024-05-06T103211Z_1_LYNXMPEK450AB_RTROPTP_3_USA-CONGRESS")
    rf"|\d{{4}}-?\d\d-?\d\dT\d{{6}}Z_\S+)$",
    re.IGNORECASE,
)
# A file stem written by a machine: no spaces, and digits or separators in it.
MACHINE_NAME = lazy(r"^\S*(?:\d|_|-\S*-)\S*$")
# The words that say only that there is an image.
PLACEHOLDER_WORDS = frozenset(
    "image img photo photograph picture pic graphic graphics spacer icon logo bild foto grafik abbildung "
    "imagen immagine afbeelding zdjęcie untitled alt alt text image description placeholder thumbnail "
    "blank dummy banner symbolbild symbolfoto beitragsbild vorschaubild titelbild aufmacherbild".split(" ")
) | {"alt text", "image description", "no alt", "todo", "default image", "featured image", "header image", "hero image",
     "teaser image", "lead image", "article image", "post image", "image placeholder",
     # the word for "image" or "photo" in the languages newsrooms publish in
     "imagem", "fotografia", "obraz", "obrázek", "kép", "kuva", "billede", "resim", "görsel", "fotoğraf",
     "изображение", "картинка", "фото", "фотография", "зображення", "εικόνα", "φωτογραφία", "תמונה", "صورة", "تصویر", "عکس",
     "画像", "写真", "图片", "圖片", "照片", "이미지", "사진", "hình ảnh", "ảnh", "gambar", "รูปภาพ", "चित्र", "तस्वीर", "फोटो",
     # … and in the South Slavic and Baltic languages, Bulgarian, Catalan, Galician, Basque, Welsh, Irish, Icelandic, Maltese, Swahili, Tagalog,
     # Somali, Hausa, Zulu, Azerbaijani, Kazakh, Uzbek, Mongolian, Georgian, Armenian, Amharic, Bengali, Tamil, Telugu, Marathi,
     # Nepali, Sinhala, Albanian
     "slika", "слика", "snimka", "nuotrauka", "attēls", "pilt", "снимка", "imatge", "imaxe", "argazkia", "irudia", "llun", "grianghraf", "mynd",
     "ritratt", "picha", "larawan", "sawir", "hoto", "isithombe", "şəkil", "сурет", "rasm", "зураг", "ფოტო", "სურათი", "լուսանկար",
     "նկար", "ፎቶ", "ছবি", "படம்", "ఫోటో", "छायाचित्र", "तस्बिर", "ඡායාරූපය", "imazh", "fotografi"}


# A shortened copy of the caption beside the full one (Hearst: "caption-truncated" after "caption-full").
_SHORT_COPY = lazy(r"truncat|(?:^|[-_\s])(?:short|shortened|collapsed|excerpt|preview|teaser)(?:$|[-_\s])", re.IGNORECASE)


def visually_hidden(page: Page | None) -> frozenset[str]:
    """The classes the page's own stylesheets hide from sight and keep for screen readers (clip to nothing, or
    one pixel with overflow hidden): NYT's generated "css-1ly73wi" around its "Credit" labels."""
    if page is None:
        return frozenset()

    def find(p: Page) -> frozenset[str]:
        found = set()
        for style in p.by_tag("style")[:50]:
            css = style.text or ""
            # Only the rules that clip to nothing are read: find the clip (a fast substring search), then its rule.
            pos = css.find("rect(0")
            for _ in range(200):
                if pos < 0:
                    break
                start = css.rfind("{", 0, pos)
                if start >= 0 and css.find("}", start, pos) < 0 and _CLIP_NOTHING.search(css, max(start, pos - 40), pos + 60):
                    selector = _ONE_CLASS.fullmatch(_CSS_NOISE.sub("", css[css.rfind("}", 0, start) + 1:start]))
                    if selector is not None:
                        found.add(selector.group(1))
                pos = css.find("rect(0", pos + 6)
        return frozenset(found)

    return page.memo("visually-hidden-classes", find)


_CLIP_NOTHING = lazy(r"(?<![\w-])clip\s*:\s*rect\(\s*0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?\s*\)")


# A rule's selector that is one class alone: ".css-1ly73wi".
_ONE_CLASS = lazy(r"\s*\.(-?[_a-zA-Z][\w-]*)\s*")


_CSS_NOISE = lazy(r"/\*.*?\*/|<!\[CDATA\[|<!--|-->", re.DOTALL)


def screen_reader_only(el: etree._Element, hidden: frozenset[str]) -> bool:
    """Hidden from sight by the page's stylesheets, or by a class that says so by name, whose rule a saved page
    may lack (the BBC's "ssrcss-1f9wn8f-VisuallyHidden" around "Image source, ", "visually-hidden", "sr-only")."""
    cls = el.get("class")
    if not cls:  # or by its own style, clipped to nothing (Reuters' ", opens new tab" in the link after a caption)
        return "clip" in (el.get("style") or "") and _CLIPPED_STYLE.search(el.get("style") or "") is not None
    return bool(hidden) and not hidden.isdisjoint(cls.split()) or HIDDEN_CLASS.search(cls) is not None


_CLIPPED_STYLE = lazy(r"clip\s*:\s*rect\(\s*0|clip-path\s*:\s*inset\(\s*50%", re.IGNORECASE)


def _hidden_in(el: etree._Element, hidden: frozenset[str]) -> set[etree._Element]:
    """The elements inside el for screen readers only, and a gallery's counter ("Bild 1 von 4")."""
    return {c for c in islice(el.iterdescendants(), 200)
            if isinstance(c.tag, str) and (screen_reader_only(c, hidden) or c.tag == "span" and _COUNTER.fullmatch(visible_text(c)))}


def credit_words(page: Page | None, el: etree._Element) -> str:
    """A credit element's text without labels kept for screen readers only ("Credit" at NYT) and a gallery's
    counter, unless that is all of it."""
    hidden = _hidden_in(el, visually_hidden(page))
    return (visible_text_without(el, hidden) if hidden else "") or visible_text(el)


def _not_words(figcaption: etree._Element, hidden: frozenset[str] = frozenset()) -> set[etree._Element]:
    """The caption's elements that are not its words: toggles, icons, a gallery's counter, a shortened copy,
    labels the page's stylesheets keep for screen readers only."""
    drop: set[etree._Element] = set()
    copies = []
    for el in islice(figcaption.iterdescendants(), 200):
        if not isinstance(el.tag, str):
            continue
        if screen_reader_only(el, hidden):
            drop.add(el)  # also a link past the gallery for screen readers (Greenpeace: "Überspringe die Bildergalerie")
        elif len(el) == 0 and FILE_NAME.fullmatch(visible_text(el)):
            drop.add(el)  # the image's file name (n-land: <span class="caption-filename">2022/01/Rettungsdienst_….jpeg</span>)
        elif el.tag in ("a", "button", "span", "b") and len(el) <= 1 and _TOGGLE.fullmatch(visible_text(el)):
            drop.add(el)  # "… more", or "<span><i class="fa-arrow-right"></i> Leer más</span>"
        elif el.tag == "svg":
            drop.add(el)  # an icon, whose <title> ("arrow") is no caption word
        elif PRINT_ONLY.search(el.get("class") or ""):
            drop.add(el)  # shown on paper only
        elif el.tag == "span" and _COUNTER.fullmatch(visible_text(el)):
            drop.add(el)
        elif _SHORT_COPY.search(el.get("class") or ""):
            copies.append(el)
    if copies:
        whole = visible_text(figcaption)
        for el in copies:
            start = visible_text_without(el, drop)[:30]
            if len(start) >= 10 and whole.count(start) >= 2:  # the full caption says the same words
                drop.add(el)
    return drop


def caption_words(figcaption: etree._Element, page: Page | None = None) -> str:
    """The caption's text without labels for screen readers ("Image caption, "), the tools at its end
    (Reuters' “Purchase Licensing Rights” link), a shortened copy, its toggles and a gallery's counter;
    with the page, without what its stylesheets hide from sight."""
    drop = _not_words(figcaption, visually_hidden(page))
    text = visible_text_without(figcaption, drop)
    tools = _tools(figcaption)
    end = len(text)
    for tool in reversed(tools):  # the last first: "… Enlarge | Buy photo"
        said = _tool_words(tool)
        if said and text.endswith(said, 0, end):
            end -= len(said)
            while end and text[end - 1].isspace():
                end -= 1
    text = text[:end]
    leading = _tool_words(tools[0]) if tools else ""
    if leading and text.startswith(leading):  # a tool before the words (Macwelt's "Vergrößern")
        rest = text[len(leading):].lstrip()
        if rest and visible_text_without(figcaption, drop | {tools[0]}).startswith(rest):
            return rest
    if len(text) > 4 and text[0] in _DASHES and text[-1] in _DASHES:
        return text.strip(" " + _DASHES)  # dashes around the words as an ornament (Slate.fr: "- Tapie en 2008. REUTERS/Benoit Tessier -")
    return text


_DASHES = "-–—"


# A byline's label: an author's box beside an image is no credit ("Por Felipe Morales"; a Polish or Czech page's
# "Autor: Jan Kowalski", which names the photographer only inside a caption).
BYLINE_LABEL = lazy(r"(?:by|por|von|par|door|di|av|af)\s|autor(?:ka)?\s*:", re.IGNORECASE)


# What only a printed page shows.
PRINT_ONLY = lazy(r"show-for-print|print-only|visible-print|only-print", re.IGNORECASE)


# Classes that say an element is a credit (what the generic "figcaption small" does not say).
CREDIT_CLASS = lazy(r"credit|copyright|copywrite|photographer|source|attribution|author", re.IGNORECASE)


CAPTION_CLASS = lazy(
    r"(?<!no-)caption|bildunterschrift|bildtext|legende?\b|legend-|image-text|img-text|photo-text|media-text|imagetext|media(?:-block)?[-_]+description\b|"
    r"(?:image|img|photo|picture|bild|foto)[-_]?(?:description|beschreibung)|(?:image|img|photo|pic|foto)[-_]desc\b|(?:^|(?<=[\s_-]))pic[-_]?text\b|"
    r"didascalia|pie-?(?:de-?)?foto|leyenda|legenda|onderschrift|bijschrift|kuvateksti|"
    r"absatzbild__info|(?:image|img|photo|bild|foto)[-_]+info\b",  # the ARD's (tagesschau.de) "absatzbild__info__text"
    re.IGNORECASE,
)


# Classes that say an element is a photo's credit, and not the text's source or author.
CREDIT_ONLY_CLASS = lazy(r"credit|copyright|copywrite|photographer", re.IGNORECASE)


def byline_only(el: etree._Element) -> bool:
    """Whether an element's class says byline and not credit or copyright (a caption's "tnt-byline", "mediaInfo__byline")."""
    names = el.get("class") or ""
    return "byline" in names.lower() and not CREDIT_ONLY_CLASS.search(names)
